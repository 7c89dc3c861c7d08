"""Benchmark: checking 500 returned workbooks of a 60-indicator plan.

Compares ``check_returns`` (guard, identity, read by key, validate, assess) with a pandas.read_excel
loop over the same files and with a bare python-calamine read of the follow-up sheet (the floor).

Run: .venv/bin/python benchmarks/bench_check.py [--files 500] [--dir DIR] [--repeat 3]
Figures go to docs/performance.md ("Kontrollera").
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import openpyxl
import pandas as pd
import python_calamine
from bench_generate import bench_plan

from vpt.generate import layout as L
from vpt.generate.run import generate
from vpt.model import IndicatorType, Plan
from vpt.read import check_returns
from vpt.read.guard import check_container
from vpt.read.identity import read_identity
from vpt.read.sources import collect
from vpt.read.workbook import open_workbook, read_sheet
from vpt.targets import resolve_type

_TYPED: dict[IndicatorType, float | str] = {
    IndicatorType.PERCENT: 0.78,
    IndicatorType.NUMBER: 25,
    IndicatorType.YESNO: "Ja",
    IndicatorType.TASK: "Pågår",
    IndicatorType.TEXT: "Arbetet går enligt plan.",
}


def make_returns(plan: Plan, folder: Path) -> list[Path]:
    """Generate one workbook per unit and fill every row as a unit would (openpyxl save)."""
    existing = sorted(folder.glob("*.xlsx"))
    if len(existing) >= len(plan.units):
        return existing[: len(plan.units)]
    blanks = folder / "blank"
    generated = generate(plan, "T1", blanks, workers=2)
    for item in generated.files:
        book = openpyxl.load_workbook(item.workbook)
        sheet = book[L.FOLLOWUP_SHEET]
        for row in sheet.iter_rows(min_row=L.FIRST_DATA_ROW + 1):
            indicator = plan.indicator(str(row[L.KEY_COLUMN].value or ""))
            if indicator is None:
                continue
            row[L.column("outcome")].value = _TYPED[resolve_type(indicator)]
            row[L.column("own")].value = "Delvis uppfyllt"
            row[L.column("comment")].value = "Bemanningen har varit ansträngd under perioden."
            row[L.column("actions")].value = "Rekrytering pågår."
        book.save(folder / item.workbook.name)
    return sorted(folder.glob("*.xlsx"))


def with_vpt(plan: Plan, files: list[Path]) -> int:
    result = check_returns(plan, files, period_id="T1")
    assert len(result.files) == len(files) and all(f.accepted for f in result.files)
    return len(result.values)


def vpt_read_only(files: list[Path]) -> int:
    """vpt's reading without validation: collect, guard, open, identity, rows by key, cell scan."""
    rows = 0
    for candidate in collect(files).candidates:
        data = candidate.read()
        check_container(data, candidate.suffix)
        workbook = open_workbook(data, candidate.suffix)
        read_identity(workbook)
        sheet = read_sheet(workbook)
        rows += len(sheet.rows) if sheet is not None else 0
    return rows


def with_pandas(files: list[Path]) -> int:
    rows = 0
    for path in files:
        frame = pd.read_excel(
            path, sheet_name=L.FOLLOWUP_SHEET, header=L.HEADER_ROW, engine="openpyxl"
        )
        rows += len(frame)
    return rows


def with_calamine(files: list[Path]) -> int:
    rows = 0
    for path in files:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        rows += len(book.get_sheet_by_name(L.FOLLOWUP_SHEET).to_python(skip_empty_area=False))
    return rows


def best_of(repeat: int, run: Callable[[], int]) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="keep the returns here between runs")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plan = bench_plan(60, args.files)
    with tempfile.TemporaryDirectory(prefix="vpt-bench-check-") as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        files = make_returns(plan, folder)
        size = statistics.mean(p.stat().st_size for p in files) / 1024
        print(f"{len(files)} returns, {size:.0f} KiB each; {platform.machine()}, "
              f"Python {platform.python_version()}, python-calamine {version('python-calamine')}, "
              f"pandas {version('pandas')}, openpyxl {version('openpyxl')}")  # fmt: skip
        runs = {
            "bare python-calamine read (floor)": lambda: with_calamine(files),
            "vpt: reading only (guard, identity, rows by key)": lambda: vpt_read_only(files),
            "vpt check_returns (reading + validation)": lambda: with_vpt(plan, files),
            "pandas.read_excel loop": lambda: with_pandas(files),
        }
        found = {name: best_of(args.repeat, run) for name, run in runs.items()}
        floor = found["bare python-calamine read (floor)"][0]
        print(f"| what | {len(files)} files, best (median) | per file | × floor |")
        print("|---|---|---|---|")
        for name, (best, median) in found.items():
            per_file = best / len(files) * 1000
            print(f"| {name} | {best:.2f} s ({median:.2f} s) | {per_file:.2f} ms "
                  f"| {best / floor:.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
