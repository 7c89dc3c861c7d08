"""`vpt generate PLAN --period ID --out DIR`: one uppföljning workbook per unit, with drafts."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vpt.cli.plan import print_findings
from vpt.consolidate import read_previous, values_for_unit
from vpt.errors import OutputNotEmpty
from vpt.generate.run import generate
from vpt.planbook import read_plan

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "generate",
        help="skapa en uppföljningsarbetsbok per enhet (och e-postutkast)",
        description="Skapar en uppföljningsarbetsbok per enhet för en period, med e-postutkast.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="planboken (.xlsx)")
    parser.add_argument("--period", required=True, metavar="ID", help="periodens ID, t.ex. T1")
    parser.add_argument("--out", required=True, type=Path, metavar="MAPP", help="utmapp")
    parser.add_argument(
        "--unit", action="append", default=[], metavar="ID",
        help="bara den här enheten (kan anges flera gånger); utan: alla enheter",
    )  # fmt: skip
    parser.add_argument(
        "--deadline", type=_date, metavar="ÅÅÅÅ-MM-DD",
        help="sista svarsdag (annars periodens sista svarsdag i planen)",
    )  # fmt: skip
    parser.add_argument("--eml", action="store_true", help="skriv också e-postutkast (.eml)")
    parser.add_argument("--workers", type=int, metavar="N", help="antal processer")
    parser.add_argument(
        "--previous", type=Path, metavar="SAMMANSTÄLLNING",
        help="föregående sammanställning: fyller Föregående utfall och referensen för förändringsmål",
    )  # fmt: skip
    parser.add_argument(
        "--force", action="store_true",
        help="ersätt vpt:s egna tomma arbetsböcker i utmappen (ifyllda ersätts aldrig)",
    )  # fmt: skip
    parser.set_defaults(handler=_handle)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"”{text}” är inget datum. Skriv sista svarsdag som ÅÅÅÅ-MM-DD, t.ex. 2025-05-15."
        ) from None


def _handle(args: argparse.Namespace) -> int:
    plan, report = read_plan(args.plan)
    if plan is None:
        print_findings(report.sorted())
        print(f"vpt: planen {args.plan} går inte att läsa. Inga arbetsböcker skapades.",
              file=sys.stderr)  # fmt: skip
        return 2
    if report.has_errors:
        print_findings(report.sorted())
        print(
            f"vpt: planen har {len(report.errors)} fel. Rätta dem (se ”vpt plan check "
            f"{args.plan}”) innan arbetsböckerna skapas. Inga arbetsböcker skapades.",
            file=sys.stderr,
        )
        return 1
    by_unit = None
    if args.previous is not None:
        previous = read_previous(args.previous)
        by_unit = {u.id: values_for_unit(previous, u.id) for u in plan.units}
    try:
        result = generate(
            plan,
            args.period,
            args.out,
            units=args.unit or None,
            deadline=args.deadline,
            eml=args.eml,
            progress=_progress_bar,
            workers=args.workers,
            previous_by_unit=by_unit,
            force=args.force,
        )
    except OutputNotEmpty as exc:
        print(f"vpt: {exc}", file=sys.stderr)
        if exc.inspection.replaceable:
            print("Kör med --force för att ersätta vpt:s egna tomma filer.", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    for item in result.files:
        draft = f" + {item.draft.name}" if item.draft else ""
        print(f"{item.workbook}{draft} ({item.rows} rader)")
    if len(result.report):
        print_findings(result.report)
    print(f"Klart: {len(result.files)} arbetsböcker i {args.out}.")
    return 1 if result.report.has_errors else 0


def _progress_bar(done: int, total: int, unit_id: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "-" * (width - filled)
    print(f"\r[{bar}] {done}/{total} {unit_id[:20]:20}", end="", file=sys.stderr, flush=True)
