"""One job at a time for the whole window: start, report progress, cancel, wait at closing.

The views hand their work to the runner; the main window shows its progress and cancel button.
Callbacks (``done``) run in the GUI thread, when the job's queued ``finished`` signal arrives.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from ui.jobs import Job, Progress, ProgressFn, start

__all__ = ["SWITCH_INTERVAL", "Runner"]

SWITCH_INTERVAL = 0.0005


class Runner(QObject):
    started = Signal(str)  # what the job does, in Swedish
    progressed = Signal(object)  # Progress
    succeeded = Signal(str)  # the status line to show
    failed = Signal(str)  # a Swedish message
    cancelled = Signal()
    idle = Signal()  # after any of the three above

    def __init__(self) -> None:
        super().__init__()
        # The GUI thread waits for the GIL while a job runs Python code; Python hands it over
        # after the switch interval (5 ms by default), and the GUI thread needs it many times per
        # event. 0.5 ms kept the window's longest stall near the machine's floor
        # (docs/performance.md, "Appen").
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.job: Job | None = None
        self._done: Callable[[Any], str] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(
        self, label: str, work: Callable[[ProgressFn], Any], done: Callable[[Any], str]
    ) -> bool:
        """Run ``work`` off the GUI thread; ``done(result)`` (GUI thread) returns the status line.

        Returns False (and starts nothing) while another job runs.
        """
        if self.job is not None:
            return False
        job = Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self.job, self._done = job, done
        self.started.emit(label)
        start(job)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def cancel_and_wait(self, seconds: float = 60.0) -> bool:
        """Cancel and block until the work has stopped (for closing the window)."""
        job = self.job
        if job is None:
            return True
        job.cancel()
        stopped = job.wait(seconds)
        QThreadPool.globalInstance().waitForDone(int(seconds * 1000))
        return stopped

    def _on_progress(self, progress: Progress) -> None:
        if self.job is not None and not self.job.cancel_requested:
            self.progressed.emit(progress)

    def _finish(self) -> Callable[[Any], str] | None:
        done, self.job, self._done = self._done, None, None
        return done

    def _on_finished(self, result: object) -> None:
        done = self._finish()
        message = done(result) if done is not None else ""
        self.succeeded.emit(message)
        if self.job is None:  # ``done`` may have started the next job
            self.idle.emit()

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
        self.idle.emit()

    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()
        self.idle.emit()
