"""Long work off the GUI thread: a job runs one engine function and reports through signals.

The work function gets a ``progress(done, total, what)`` callback. Every call is also the place
where a cancelled job stops: the callback raises :class:`Cancelled`, so the engine stops between
files, and the job reports ``cancelled`` only after the work function has returned, i.e. when no
more files will be written.

A job never touches a widget and never lets an exception reach the user as a traceback: a
:class:`vpt.errors.VptError` becomes its Swedish message, anything else a general Swedish message
(the details go to the log). Results cross to the GUI thread only through the signals (queued).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from vpt.errors import VptError

__all__ = ["UNEXPECTED", "Cancelled", "Job", "Progress", "ProgressFn", "start"]

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]

UNEXPECTED = (
    "Ett oväntat fel inträffade. Kontrollera filerna och försök igen; kvarstår felet, "
    "kontakta supporten och bifoga loggen (Hjälp › Öppna loggmappen)."
)


_WORKER_NICE = 10


class Cancelled(Exception):
    """Raised inside the work function when the user cancelled the job."""


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a job has come: ``done`` of ``total`` items, the last being ``what``."""

    done: int
    total: int
    what: str


class JobSignals(QObject):
    """Created in the GUI thread; emitted from the worker, delivered queued to the GUI thread."""

    progress = Signal(object)  # Progress
    finished = Signal(object)  # the work function's result
    failed = Signal(str)  # a Swedish message
    cancelled = Signal()
    ended = Signal()  # always, after one of the three above


class Job(QRunnable):
    """Runs ``work(progress)`` in the thread pool; cancel with :meth:`cancel`, wait with :meth:`wait`."""

    def __init__(self, work: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it until it has ended
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at the next file."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def wait(self, seconds: float) -> bool:
        """Block until the work function has returned (True) or ``seconds`` have passed."""
        return self._done.wait(seconds)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def _progress(self, done: int, total: int, what: str) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(Progress(done, total, what))

    def check_cancel(self) -> None:
        """For work that loops by itself: raise :class:`Cancelled` if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def run(self) -> None:
        _yield_to_the_window()
        try:
            result = self.work(self._progress)
        except Cancelled:
            self._done.set()
            self.signals.cancelled.emit()
        except VptError as exc:
            self._done.set()
            self.signals.failed.emit(str(exc))
        except Exception:  # the last guard before a traceback would reach a user
            log.exception("job failed")
            self._done.set()
            self.signals.failed.emit(UNEXPECTED)
        else:
            self._done.set()
            self.signals.finished.emit(result)
        self.signals.ended.emit()


def _yield_to_the_window() -> None:
    """Give the worker thread a lower priority than the GUI thread (Linux: per-thread nice).

    Both threads share the GIL; when the machine is busy, the GUI thread is then scheduled first
    as soon as the worker hands the GIL over, so the window keeps answering.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _WORKER_NICE)


def start(job: Job) -> None:
    QThreadPool.globalInstance().start(job)
