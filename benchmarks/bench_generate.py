"""Benchmark: 500 uppföljning workbooks of a 60-indicator plan, and an openpyxl template fill.

Run: .venv/bin/python benchmarks/bench_generate.py [--units 500] [--workers 2]
Figures go to docs/performance.md ("Generera").
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from vpt.generate import layout as L
from vpt.generate.run import generate, generate_workbook
from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit

CREATED = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
_TARGETS = [
    (IndicatorType.PERCENT, "Minst 75%", None),
    (IndicatorType.PERCENT, "> 90%", None),
    (IndicatorType.NUMBER, "Högst 30 dagar", Direction.LOWER),
    (IndicatorType.NUMBER, "77-80", None),
    (IndicatorType.YESNO, "Ja", None),
    (IndicatorType.TASK, "", None),
    (IndicatorType.TEXT, "ska beskrivas", None),
    (IndicatorType.NUMBER, "Öka med 10% jämfört med fg år", None),
    (IndicatorType.PERCENT, "Högst 5 %", None),
    (IndicatorType.NUMBER, "Minst 3 st", None),
]


def bench_plan(indicators: int = 60, units: int = 500) -> Plan:
    """4 perspektiv × 3 effektmål, 60 indicators of every kind, ``units`` units."""
    goals = [Goal(f"P{p}", f"Perspektiv {p}") for p in range(1, 5)]
    goals += [Goal(f"E{p}.{e}", f"Effektmål {p}.{e} med en rubrik av vanlig längd", f"P{p}")
              for p in range(1, 5) for e in range(1, 4)]  # fmt: skip
    leaf = [g.id for g in goals if g.parent_id]
    rows = []
    for n in range(indicators):
        kind, target, direction = _TARGETS[n % len(_TARGETS)]
        rows.append(Indicator(
            f"I{n + 1:02}", leaf[n % len(leaf)],
            f"Indikator {n + 1}: andel patienter som fått vård inom fastställd tid enligt rutin",
            type=kind, target=target, direction=direction, baseline="2023: 200",
            source="Kvalitetsregister", threshold="70 %" if n % 7 == 0 else "",
        ))  # fmt: skip
    return Plan(
        name="Benchmarkplan 2025",
        organisation="Region Test",
        levels=("Perspektiv", "Effektmål"),
        goals=tuple(goals),
        indicators=tuple(rows),
        units=tuple(
            Unit(f"U{n:03}", f"Vårdcentral {n}", f"Kontakt {n}", f"vc{n}@example.se")
            for n in range(units)
        ),
        periods=(Period("T1", "Tertial 1"),),
    )


def fill_template(template: Path, plan: Plan, unit_id: str, path: Path) -> None:
    """The alternative: open a finished template with openpyxl, set the unit's cells, save."""
    book = openpyxl.load_workbook(template)
    unit = plan.unit(unit_id)
    assert unit is not None
    book[L.FOLLOWUP_SHEET]["A1"] = f"Uppföljning Tertial 1: {unit.name}"
    book[L.INSTRUCTIONS_SHEET]["B5"] = unit.name
    identity = book[L.IDENTITY_SHEET]
    for row in identity.iter_rows(max_row=len(L.IDENTITY_KEYS)):
        if row[0].value == "unit_id":
            row[1].value = unit_id
        elif row[0].value == "unit_name":
            row[1].value = unit.name
    for prop in book.custom_doc_props.props:
        if prop.name == L.property_name("unit_id"):
            prop.value = unit_id
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--template-units", type=int, default=50)
    args = parser.parse_args()
    plan = bench_plan(units=args.units)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"Python {platform.python_version()}, {platform.machine()}, {cpus} CPUs available")
    print(f"Plan: {len(plan.indicators)} indicators, {len(plan.units)} units")

    work = Path(tempfile.mkdtemp(prefix="vpt-bench-"))
    try:
        timings: dict[int, list[float]] = {}
        for workers in sorted({1, args.workers}):
            for attempt in range(args.repeat):
                out = work / f"w{workers}-{attempt}"
                start = time.perf_counter()
                result = generate(plan, "T1", out, created=CREATED, workers=workers)
                timings.setdefault(workers, []).append(time.perf_counter() - start)
                assert len(result.files) == args.units
                shutil.rmtree(out)
        for workers, seconds in timings.items():
            best = min(seconds)
            print(f"vpt generate, {workers} process(es): {args.units} workbooks in {best:.2f} s "
                  f"(best of {args.repeat}; median {statistics.median(seconds):.2f} s), "
                  f"{best / args.units * 1000:.1f} ms per workbook")  # fmt: skip

        template = work / "template.xlsx"
        generate_workbook(plan, plan.units[0].id, "T1", template, created=CREATED)
        size = template.stat().st_size
        start = time.perf_counter()
        for unit in plan.units[: args.template_units]:
            fill_template(template, plan, unit.id, work / f"t-{unit.id}.xlsx")
        per = (time.perf_counter() - start) / args.template_units
        print(f"openpyxl template fill, 1 process: {per * 1000:.1f} ms per workbook "
              f"({per * args.units:.1f} s for {args.units}); workbook {size // 1024} KiB")  # fmt: skip
        start = time.perf_counter()
        for unit in plan.units[: args.template_units]:
            generate_workbook(plan, unit.id, "T1", work / f"g-{unit.id}.xlsx", created=CREATED)
        per = (time.perf_counter() - start) / args.template_units
        print(f"vpt generate_workbook one at a time (plan resolved each call): "
              f"{per * 1000:.1f} ms per workbook")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
