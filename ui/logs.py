"""The log file (the engine's, in the platform's place for logs) and the last guard against tracebacks.

:func:`install_excepthook` logs every uncaught exception. On the GUI thread it then shows a
Swedish message box; on any other thread it only logs and asks the GUI thread (through a queued
signal) to show the message, because widgets may only be touched from the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from vpt.internal import log_path

__all__ = ["CRASH_MESSAGE", "install_excepthook", "log_folder", "setup_logging"]

log = logging.getLogger("vpt")

CRASH_MESSAGE = (
    "Ett oväntat fel inträffade. Spara ditt arbete, starta om vpt och försök igen. Kvarstår "
    "felet, kontakta supporten och bifoga loggen (Hjälp › Öppna loggmappen)."
)


def log_folder() -> Path:
    """Where vpt's log is kept: the engine's place (:func:`vpt.internal.log_path`), so that the
    incident number an internal finding quotes is in the same file the app logs to."""
    return log_path().parent


def setup_logging() -> Path:
    """Log to ``vpt.log`` in :func:`log_folder` (rotated at 1 MB); returns the file's path."""
    path = log_path()
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # an unwritable profile must not stop the app
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class _Notifier(QObject):
    """Lives in the GUI thread; a signal emitted from a worker reaches it queued."""

    crashed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.crashed.connect(self.show)

    def show(self) -> None:
        QMessageBox.critical(QApplication.activeWindow(), "vpt", CRASH_MESSAGE)


_notifier: _Notifier | None = None


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log.error("unexpected error", exc_info=(kind, error, tb))
    if _notifier is None:
        return
    if _on_gui_thread():
        _notifier.show()
    else:
        _notifier.crashed.emit()


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    _excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install_excepthook() -> None:
    """Route uncaught exceptions of every thread to the log and one Swedish message."""
    global _notifier  # noqa: PLW0603 - one notifier per application
    _notifier = _Notifier()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
