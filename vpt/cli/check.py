"""`vpt check PLAN INPUT... [--period ID] [--json]`: read and validate returned workbooks.

Exit codes: 0 no errors, 1 errors found, 2 nothing usable was read (or the plan cannot be used).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vpt.cli.plan import print_findings
from vpt.findings import Finding, Report, Severity
from vpt.model import Unit
from vpt.planbook import read_plan
from vpt.read import CheckResult, ReturnedValue, check_returns, missing_units

__all__ = ["register", "result_json"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check",
        help="kontrollera inkomna uppföljningsarbetsböcker",
        description="Läser inkomna uppföljningsarbetsböcker (filer, mappar, sparade e-brev .eml) "
        "och visar per fil enhet, period och anmärkningar.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="planboken (.xlsx)")
    parser.add_argument("inputs", type=Path, nargs="+", metavar="INDATA",
                        help="arbetsböcker, mappar eller sparade e-brev (.eml)")  # fmt: skip
    parser.add_argument("--period", metavar="ID",
                        help="periodens ID, t.ex. T1 (utan: den period de flesta svar gäller)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    plan, plan_report = read_plan(args.plan)
    if plan is None:
        print_findings(plan_report.sorted())
        print(f"vpt: planen {args.plan} går inte att läsa. Inget kontrollerades.", file=sys.stderr)
        return 2
    if args.period is not None and plan.period(args.period) is None:
        known = ", ".join(p.id for p in plan.periods) or "inga"
        print(f"vpt: perioden ”{args.period}” finns inte i planen (perioder: {known}).",
              file=sys.stderr)  # fmt: skip
        return 2
    result = check_returns(plan, args.inputs, period_id=args.period)
    missing = missing_units(plan, result)
    if args.json:
        payload = result_json(result)
        payload["missing"] = [u.id for u in missing]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_text(result, missing)
    if not any(f.accepted for f in result.files):
        return 2
    return 1 if result.findings.has_errors else 0


def result_json(result: CheckResult) -> dict[str, Any]:
    """The result as one JSON-ready object: files, findings and values."""
    return {
        "period": result.period_id,
        "files": [
            {
                "path": f.name,
                "unit": f.unit_id,
                "period": f.period_id,
                "accepted": f.accepted,
                "submission": f.submission.value,
                "identity": f.identity,
                "received": f.received.isoformat() if f.received else None,
                "sha256": f.sha256,
            }
            for f in result.files
        ],
        "findings": result.findings.to_dicts(),
        "values": [_value_json(v) for v in result.values],
    }


def _value_json(value: ReturnedValue) -> dict[str, Any]:
    return {
        "unit": value.unit_id,
        "indicator": value.indicator_id,
        "value": value.value,
        "status": value.status.value,
        "own": value.own.value if value.own is not None else None,
        "by_own": value.by_own,
        "task_status": value.task_status,
        "comment": value.comment,
        "actions": value.actions,
        "reason": value.reason,
        "raw": value.raw,
        "file": value.file,
        "sheet": value.sheet,
        "cell": value.cell,
    }


def _print_text(result: CheckResult, missing: Sequence[Unit]) -> None:
    by_file: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_file.setdefault(finding.file, []).append(finding)
    values = {f.name: 0 for f in result.files}
    for v in result.values:
        values[v.file] = values.get(v.file, 0) + 1
    print(f"Period: {result.period_id or '(okänd)'}")
    for f in result.files:
        found = Report(by_file.get(f.name, []))
        counts = ", ".join(f"{found.count_of(s)} {s.label}" for s in Severity)
        unit = f.unit_id or "okänd enhet"
        period = f.period_id or "okänd period"
        print(f"{f.name}: {unit}, {period}, {f.submission.label.lower()}, "
              f"{values.get(f.name, 0)} värden, {counts}")  # fmt: skip
    for absent in missing:
        print(f"Saknas: ingen arbetsbok från {absent.name} ({absent.id}).")
    for name, findings in by_file.items():
        print()
        print(f"== {name or '(indata)'} ==")
        print_findings(Report(findings).sorted())
    accepted = sum(1 for f in result.files if f.accepted)
    print()
    print(f"Klart: {accepted} av {len(result.files)} arbetsböcker används, "
          f"{len(result.values)} värden, {len(result.findings.errors)} fel.")  # fmt: skip
