"""`vpt plan new|check|show`: write a blank plan, check a plan, show its goal tree."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vpt.findings import Report, Severity
from vpt.model import Plan
from vpt.planbook import read_plan, write_plan
from vpt.planbook.reading import indicator_target, reading
from vpt.planbook.summary import summarise
from vpt.planbook.writer import blank_plan
from vpt.targets import indicator_reading

__all__ = ["print_findings", "reading", "register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("plan", help="skapa, kontrollera och visa en planbok")
    plan_sub = parser.add_subparsers(dest="plan_command", metavar="ÅTGÄRD", required=True)

    new = plan_sub.add_parser("new", help="skriv en tom planbok med instruktioner och exempelrader")
    new.add_argument("file", type=Path, metavar="FIL")
    new.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    new.set_defaults(handler=_new)

    check = plan_sub.add_parser("check", help="kontrollera planen och visa en sammanfattning")
    check.add_argument("file", type=Path, metavar="PLAN")
    check.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    check.set_defaults(handler=_check)

    show = plan_sub.add_parser("show", help="visa målträdet med indikatorer och målvärden")
    show.add_argument("file", type=Path, metavar="PLAN")
    show.set_defaults(handler=_show)


def _new(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.exists() and not args.force:
        print(
            f"vpt: {path} finns redan. Välj ett annat namn eller använd --force.", file=sys.stderr
        )
        return 1
    write_plan(blank_plan(), path)
    print(f"Skrev en ny planbok: {path}")
    print("Fyll i bladen Plan, Mål, Indikatorer, Enheter och Perioder och kontrollera sedan med")
    print(f"  vpt plan check {path}")
    return 0


def _check(args: argparse.Namespace) -> int:
    plan, report = read_plan(args.file)
    report = report.sorted()
    code = 2 if plan is None else (1 if report.has_errors else 0)
    if args.json:
        payload = {
            "summary": summarise(plan).to_dict() if plan is not None else None,
            "findings": [_json_finding(f) for f in report.to_dicts()],
            "readings": _json_readings(plan) if plan is not None else [],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return code
    if plan is not None:
        print("\n".join(summarise(plan).lines()))
        print()
    print_findings(report)
    if plan is None:
        print("Planen går inte att använda.")
    elif report.has_errors:
        print("Rätta felen ovan och kontrollera igen.")
    else:
        print("Planen är klar att använda.")
    return code


def _json_finding(data: dict[str, object]) -> dict[str, object]:
    """The JSON shape: code, severity, sheet, cell or row, column, message, value."""
    keep = ("code", "severity", "sheet", "cell", "row", "column", "message", "value", "file")
    return {k: data[k] for k in keep if data.get(k) not in ("", None) or k in ("code", "severity")}


def _json_readings(plan: Plan) -> list[dict[str, object]]:
    """How every indicator's målvärde is read ("Läses som"), one entry per indicator."""
    entries: list[dict[str, object]] = []
    for indicator in plan.indicators:
        entry: dict[str, object] = {
            "indicator": indicator.id,
            "target": indicator.target,
            "row": indicator.row,
        }
        entry.update(
            indicator_reading(
                indicator_target(plan, indicator),
                tolerance=plan.tolerance,
                threshold=indicator.threshold,
            )
        )
        entry["reading"] = reading(plan, indicator)
        entries.append(entry)
    return entries


def print_findings(report: Report) -> None:
    """Findings grouped by severity, one line each, with their place."""
    if not len(report):
        print("Inga anmärkningar.")
        return
    counts = ", ".join(f"{report.count_of(s)} {s.label}" for s in Severity if report.count_of(s))
    print(f"Anmärkningar: {counts}")
    for finding in report:
        place = f" [{finding.place}]" if finding.place else ""
        print(f"  {finding.severity.label.upper():8}{place} {finding.message}")


def _show(args: argparse.Namespace) -> int:
    plan, report = read_plan(args.file)
    if plan is None:
        print_findings(report)
        return 2
    print_tree(plan)
    if report.has_errors:
        print()
        print(f"Obs: planen har {len(report.errors)} fel. Kör ”vpt plan check {args.file}”.")
    return 0


def print_tree(plan: Plan) -> None:
    """The goal tree with each goal's indicators and their målvärde, indented by level."""
    print(plan.name)
    for goal, depth in plan.walk():
        indent = "  " * (depth + 1)
        print(f"{indent}{plan.level_name(goal.id)} {goal.id}: {goal.title}")
        for ind in plan.indicators_of(goal.id):
            target = f"  → {ind.target}" if ind.target else ""
            print(f"{indent}  • {ind.id} {ind.name}{target}")
            print(f"{indent}      Läses som: {reading(plan, ind)}")
