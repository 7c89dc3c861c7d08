"""`vpt consolidate PLAN INPUT... --period ID --out FILE`: the summary workbook for the nämnd."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vpt.cli.plan import print_findings
from vpt.consolidate import read_previous
from vpt.consolidate.outpath import check_summary_path
from vpt.consolidate.run import save_summary, summarise_result
from vpt.consolidate.table import MISSING
from vpt.planbook import read_plan
from vpt.read import check_returns

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "consolidate",
        help="kontrollera inlämnade arbetsböcker och skriv sammanställningen",
        description=(
            "Läser de inlämnade arbetsböckerna som ”vpt check” gör och skriver en "
            "sammanställning (.xlsx) med måluppfyllelse i färg, kommentarer, data och fynd."
        ),
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="planboken (.xlsx)")
    parser.add_argument(
        "inputs", type=Path, nargs="+", metavar="INDATA",
        help="inlämnade arbetsböcker, mappar med dem eller sparade e-postmeddelanden",
    )  # fmt: skip
    parser.add_argument("--period", required=True, metavar="ID", help="periodens ID, t.ex. Delår")
    parser.add_argument("--out", required=True, type=Path, metavar="FIL",
                        help="sammanställningen som skrivs (.xlsx)")  # fmt: skip
    parser.add_argument(
        "--previous", type=Path, metavar="SAMMANSTÄLLNING",
        help="föregående periods sammanställning: ger trendpilar och referens för förändringsmål",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    check_summary_path(args.out, inputs=args.inputs, plan=args.plan, previous=args.previous)
    plan, report = read_plan(args.plan)
    if plan is None or report.has_errors:
        print_findings(report.sorted())
        print(
            f"vpt: planen {args.plan} går inte att använda. Rätta felen (se ”vpt plan check "
            f"{args.plan}”). Ingen sammanställning skrevs.",
            file=sys.stderr,
        )
        return 2
    if plan.period(args.period) is None:
        known = ", ".join(p.id for p in plan.periods) or "inga"
        print(f"vpt: perioden {args.period} finns inte i planen. Välj en av: {known}.",
              file=sys.stderr)  # fmt: skip
        return 2
    previous = read_previous(args.previous) if args.previous else None
    result = check_returns(plan, args.inputs, period_id=args.period, previous=previous)
    label = args.previous.name if args.previous else ""
    summary = summarise_result(plan, result, previous=previous, previous_label=label)
    out = save_summary(summary, args.out)
    missing = [s.unit_id for s in summary.submissions if s.state == MISSING]
    received = sorted(summary.received & {u.id for u in summary.units})
    if args.json:
        payload = {
            "summary": str(out),
            "period": result.period_id,
            "units": {
                "expected": [u.id for u in summary.units],
                "received": received,
                "missing": missing,
            },
            "files": [
                {
                    "name": f.name,
                    "unit": f.unit_id,
                    "submission": f.submission.value,
                    "sha256": f.sha256,
                }
                for f in result.files
            ],
            "findings": result.findings.to_dicts(),
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_findings(result.findings.sorted())
        print(f"Inlämnade: {len(received)} av {len(summary.units)} enheter.")
        if missing:
            print(f"Saknas: {', '.join(missing)}.")
        print(f"Sammanställningen är skriven: {out}")
    return 1 if result.findings.has_errors else 0
