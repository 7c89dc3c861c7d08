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

import gc
import logging
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

    def run(self) -> None:
        # A full garbage collection over the objects of 500 returns holds the GIL for 0.2-0.4 s,
        # which freezes the window. None runs while a job works; at the end what is alive is
        # frozen (never scanned again), so later collections stay short. Cost: cyclic garbage
        # left at that moment is kept (docs/performance.md).
        gc.disable()
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
        finally:
            gc.freeze()
            gc.enable()
        self.signals.ended.emit()


def start(job: Job) -> None:
    QThreadPool.globalInstance().start(job)
