"""Long work off the GUI thread: a job runs one engine function and reports through signals.

A job never lets an exception reach the user as a traceback: a :class:`vpt.errors.VptError`
becomes its Swedish message, anything else a general Swedish message (the details go to the log).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from vpt.errors import VptError

__all__ = ["Job", "Progress", "start"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs ``work(progress)`` in the thread pool; ``signals`` report progress, result or failure."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except VptError as exc:
            self.signals.failed.emit(str(exc))
        except Exception:  # the last guard before a traceback would reach a user
            log.exception("job failed")
            self.signals.failed.emit(
                "Ett oväntat fel inträffade. Kontrollera filerna och försök igen; "
                "kvarstår felet, kontakta supporten och bifoga loggen."
            )
        else:
            self.signals.finished.emit(result)


def start(job: Job) -> None:
    QThreadPool.globalInstance().start(job)
