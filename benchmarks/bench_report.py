"""Benchmark: the Word report (vpt report) from a 500-unit, 60-indicator summary.

The summary is written by the real pipeline: bench_check.make_returns fills 500 generated
workbooks as units would, check_returns reads them and consolidate writes the summary (kept in
--dir between runs). Each measured run is a fresh process (imports included, as a user's
``vpt report`` pays them): read the summary, build the sections and charts, write the .docx.
Wall-clock time and the process's CPU time are both shown: on a shared machine the wall clock
says as much about the neighbours as about vpt.

Run: .venv/bin/python benchmarks/bench_report.py [--files 500] [--dir DIR] [--repeat 3]
Figures go to docs/performance.md ("Rapport").
"""

from __future__ import annotations

import argparse
import json
import os
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


def summary_for(files: int, folder: Path) -> Path:
    """The summary of ``files`` filled returns, written once into ``folder``."""
    summary = folder / f"Sammanställning {files}.xlsx"
    if summary.exists():
        return summary
    plan = bench_plan(60, files)
    returns = folder / "returns"
    returns.mkdir(parents=True, exist_ok=True)
    paths = make_returns(plan, returns)[:files]
    consolidate(plan, check_returns(plan, paths, period_id="T1"), summary)
    return summary


def measure(summary: Path, out: Path) -> dict[str, float]:
    """One run in this process, imports included; time in s, peak memory in MiB."""
    start = time.perf_counter()
    from vpt.report import write_report  # noqa: PLC0415  (the imports are part of the time)

    imported = time.perf_counter()
    write_report(summary, out)
    done = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "cpu": usage.ru_utime + usage.ru_stime,
        "imports": imported - start,
        "report": done - imported,
        "total": done - start,
        "peak_mib": usage.ru_maxrss / 1024,  # KiB on Linux
        "docx_kib": out.stat().st_size / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="keep the returns and the summary here")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        with tempfile.TemporaryDirectory(prefix="vpt-bench-report-") as tmp:
            print(json.dumps(measure(args.measure, Path(tmp) / "Rapport.docx")))
        return
    with tempfile.TemporaryDirectory(prefix="vpt-bench-report-") as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        summary = summary_for(args.files, folder)
        load = os.getloadavg()[0]
        runs = []
        for _ in range(args.repeat):
            command = [sys.executable, __file__, "--measure", str(summary)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            runs.append(json.loads(output))
        size = summary.stat().st_size / 1024
    print(f"{args.files} units × 60 indicators, summary {size:.0f} KiB; {platform.machine()}, "
          f"Python {platform.python_version()}, python-docx {version('python-docx')}, "
          f"matplotlib {version('matplotlib')}, pandas {version('pandas')}")  # fmt: skip
    print(f"load average before the runs: {load:.1f} ({os.cpu_count()} CPUs)")
    print(f"| what | best (median) of {args.repeat} |")
    print("|---|---|")
    for key, label in (("imports", "imports (pandas, matplotlib, python-docx)"),
                       ("report", "write_report: read, build, charts, write"),
                       ("total", "vpt report in all"),
                       ("cpu", "CPU time of the process (user + system)")):  # fmt: skip
        values = [r[key] for r in runs]
        print(f"| {label} | {min(values):.2f} s ({statistics.median(values):.2f} s) |")
    peaks = [r["peak_mib"] for r in runs]
    print(f"| peak memory (process) | {min(peaks):.0f} MiB ({statistics.median(peaks):.0f} MiB) |")
    print(f"| report size | {runs[0]['docx_kib']:.0f} KiB |")


if __name__ == "__main__":
    main()
