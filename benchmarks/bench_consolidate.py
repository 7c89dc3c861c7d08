"""Benchmark: check + consolidate 500 returned workbooks of a 60-indicator plan.

Each measured run is a fresh process (so its peak memory is the run's own): read and check every
return with ``check_returns``, then write the summary workbook with ``consolidate``. The returns are
made by bench_check.make_returns (generated, then filled and saved with openpyxl as a unit would).

Run: .venv/bin/python benchmarks/bench_consolidate.py [--files 500] [--dir DIR] [--repeat 3]
Figures go to docs/performance.md ("Sammanställa").
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

from bench_check import make_returns  # type: ignore[import-not-found]
from bench_generate import bench_plan  # type: ignore[import-not-found]

from vpt.consolidate import consolidate
from vpt.read import check_returns


def measure(files: int, folder: Path, out: Path) -> dict[str, float]:
    """One run in this process: check, then consolidate; times in s, peak memory in MiB."""
    plan = bench_plan(60, files)
    paths = sorted(folder.glob("*.xlsx"))[:files]
    start = time.perf_counter()
    result = check_returns(plan, paths, period_id="T1")
    checked = time.perf_counter()
    consolidate(plan, result, out)
    done = time.perf_counter()
    assert len(result.values) == 60 * files, len(result.values)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "check": checked - start,
        "consolidate": done - checked,
        "total": done - start,
        "peak_mib": peak,
        "summary_kib": out.stat().st_size / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="keep the returns here between runs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vpt-bench-consolidate-") as tmp:
        folder = args.dir or Path(tmp)
        if args.measure:
            print(json.dumps(measure(args.files, folder, Path(tmp) / "summary.xlsx")))
            return
        folder.mkdir(parents=True, exist_ok=True)
        make_returns(bench_plan(60, args.files), folder)
        runs = []
        for _ in range(args.repeat):
            command = [sys.executable, __file__, "--measure", "--files", str(args.files),
                       "--dir", str(folder)]  # fmt: skip
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            runs.append(json.loads(output))
    print(f"{args.files} returns × 60 indicators; {platform.machine()}, "
          f"Python {platform.python_version()}, XlsxWriter {version('xlsxwriter')}, "
          f"python-calamine {version('python-calamine')}")  # fmt: skip
    print(f"| what | best (median) of {args.repeat} |")
    print("|---|---|")
    for key, label in (("check", "check_returns"), ("consolidate", "consolidate (write summary)"),
                       ("total", "check + consolidate")):  # fmt: skip
        values = [r[key] for r in runs]
        print(f"| {label} | {min(values):.2f} s ({statistics.median(values):.2f} s) |")
    peaks = [r["peak_mib"] for r in runs]
    print(f"| peak memory (process) | {min(peaks):.0f} MiB ({statistics.median(peaks):.0f} MiB) |")
    print(f"| summary size | {runs[0]['summary_kib']:.0f} KiB |")


if __name__ == "__main__":
    main()
