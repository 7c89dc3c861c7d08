"""Start the vpt desktop app (`vpt-app`)."""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from ui.main_window import MainWindow

__all__ = ["main"]

log = logging.getLogger("vpt")


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error and tell the user in Swedish, never with a traceback."""
    log.error("unexpected error", exc_info=(kind, error, tb))
    QMessageBox.critical(
        None,
        "vpt",
        "Ett oväntat fel inträffade. Spara ditt arbete, starta om vpt och försök igen; "
        "kvarstår felet, kontakta supporten och bifoga loggen.",
    )


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # generation uses worker processes, also when frozen
    args = list(sys.argv if argv is None else argv)
    if args[1:2] == ["--selftest"]:  # the whole round without a screen (packaging, support)
        from ui.selftest import main as selftest  # noqa: PLC0415 - only when asked

        return selftest()
    if args[1:2] == ["--cli"]:  # the command line from the app's own executable
        from vpt.cli import main as cli  # noqa: PLC0415 - only when asked

        return cli(args[2:])
    logging.basicConfig(
        filename=str(Path.home() / ".vpt.log"), level=logging.INFO, encoding="utf-8"
    )
    app = QApplication(args)
    app.setApplicationName("vpt")
    sys.excepthook = _excepthook
    window = MainWindow()
    plans = [Path(a) for a in args[1:] if a.lower().endswith((".xlsx", ".xlsm", ".ods"))]
    if plans:
        window.load_plan(plans[0])
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
