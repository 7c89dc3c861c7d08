"""Start the vpt desktop app (`vpt-app`)."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.logs import install_excepthook, setup_logging
from ui.main_window import MainWindow, icon
from ui.translations import install_swedish

__all__ = ["create_app", "main"]


def create_app(args: list[str]) -> QApplication:
    """The QApplication with vpt's names, Swedish Qt texts, icon, log and excepthook."""
    app = QApplication(args)
    app.setOrganizationName("vpt")
    app.setApplicationName("vpt")
    app.setWindowIcon(icon())
    install_swedish(app)
    setup_logging()
    install_excepthook()
    return app


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # generation uses worker processes, also when frozen
    args = list(sys.argv if argv is None else argv)
    app = create_app(args)
    window = MainWindow()
    plans = [Path(a) for a in args[1:] if a.lower().endswith((".xlsx", ".xlsm", ".ods"))]
    if plans:
        window.plan_view.load_plan(plans[0])
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
