"""Benchmark: the longest event-loop stall of the app while 500 returns are checked and a
500-unit summary is written (the window must answer within 100 ms throughout).

A 2 ms QTimer ticks in the GUI thread of the real main window; the longest gap between two ticks,
less the interval, is the stall a user would feel. The returns are those of bench_check.py.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui_stall.py [--files 500] [--dir DIR] [--repeat 3]
Figures go to docs/performance.md ("Appen").
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_check import make_returns
from bench_generate import bench_plan
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui.ask import Ask, Kind
from ui.main_window import MainWindow
from ui.settings import Settings
from vpt.findings import Report

INTERVAL_MS = 2
LIMIT_MS = 100


class Yes(Ask):
    """Answers every question with its first button, so the round runs through."""

    def choose(
        self,
        parent: QWidget | None,
        kind: Kind,
        title: str,
        text: str,
        buttons: Sequence[str],
        *,
        details: str = "",
    ) -> int:
        if kind is Kind.ERROR:
            raise SystemExit(text)
        return 0 if title != "Sammanställningen är sparad" else len(buttons) - 1


class StallMeter:
    """The longest gap between ticks of a fast timer in the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0
        self.ticks = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def measure(self, start: Callable[[], None], done: object) -> tuple[float, int]:
        """Run ``start`` and the event loop until ``done`` (a signal) fires: (seconds, stall ms)."""
        loop = QEventLoop()
        done.connect(loop.quit)  # type: ignore[attr-defined]
        self.longest, self.ticks = 0, 0
        self.clock.start()
        self.last = 0
        began = time.perf_counter()
        self.timer.start()
        QTimer.singleShot(0, start)
        loop.exec()
        self.timer.stop()
        self._tick()
        done.disconnect(loop.quit)  # type: ignore[attr-defined]
        return time.perf_counter() - began, max(0, self.longest - INTERVAL_MS)


class Spun(QObject):
    done = Signal()


def spin(seconds: float, signals: Spun) -> Callable[[], None]:
    """The floor: a thread that only runs Python bytecode (shares the GIL, nothing else)."""

    def start() -> None:
        def run() -> None:
            end = time.perf_counter() + seconds
            count = 0
            while time.perf_counter() < end:
                count += 1
            signals.done.emit()

        threading.Thread(target=run, daemon=True).start()

    return start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="keep the returns here between runs")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    plan = bench_plan(60, args.files)
    with tempfile.TemporaryDirectory(prefix="vpt-bench-ui-") as tmp:
        folder = args.dir or Path(tmp) / "svar"
        folder.mkdir(parents=True, exist_ok=True)
        files = make_returns(plan, folder)
        returns = folder / "returns"
        returns.mkdir(exist_ok=True)
        for path in files:  # only the filled returns, not the blanks beside them
            target = returns / path.name
            if not target.exists():
                target.hardlink_to(path)
        settings = Settings(QSettings(str(Path(tmp) / "vpt.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ask=Yes(), settings=settings)
        window.services.open_files = False
        window.resize(1100, 700)
        window.show()
        window.round.set_plan(Path(tmp) / "plan.xlsx", plan, Report())
        window.returns_view.add_returns([returns])
        meter = StallMeter()
        print(f"load average {os.getloadavg()[0]:.1f}; {len(files)} returns, "
              f"{len(plan.indicators)} indicators; {platform.machine()}, "
              f"{os.cpu_count()} CPUs, Python {platform.python_version()}, PySide6 "
              f"{pyside_version}")  # fmt: skip
        print("| run | step | time | longest stall of the window |")
        print("|---|---|---|---|")
        worst = 0
        for run in range(1, args.repeat + 1):
            seconds, stall = meter.measure(window.returns_view.check, window.returns_view.checked)
            assert window.round.result is not None
            assert len(window.round.result.accepted_units) == len(files)
            print(f"| {run} | check {len(files)} returns | {seconds:.1f} s | {stall} ms |")
            out = Path(tmp) / f"Sammanställning {run}.xlsx"
            seconds2, stall2 = meter.measure(
                lambda out=out: window.summary_view.write_to(out), window.summary_view.written
            )
            assert out.is_file()
            print(
                f"| {run} | write the {len(files)}-unit summary | {seconds2:.1f} s | {stall2} ms |"
            )
            signals = Spun()
            seconds3, floor = meter.measure(spin(5.0, signals), signals.done)
            print(f"| {run} | floor: a thread running only Python for {seconds3:.0f} s | – | "
                  f"{floor} ms |")  # fmt: skip
            worst = max(worst, stall, stall2)
        window.close()
        print(f"load average {os.getloadavg()[0]:.1f} at the end; longest stall {worst} ms "
              f"(limit {LIMIT_MS} ms): {'OK' if worst < LIMIT_MS else 'TOO LONG'}")  # fmt: skip
        app.quit()
        if worst >= LIMIT_MS:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
