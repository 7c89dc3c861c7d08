"""Qt's own Swedish translations, so that stock dialogs and buttons speak Swedish."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

__all__ = ["install_swedish"]


def install_swedish(app: QApplication) -> bool:
    """Load ``qtbase_sv.qm`` from Qt's translations folder; True when it was found."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)  # the application owns it, so it lives as long as the app
    if not translator.load("qtbase_sv", folder):
        return False
    return app.installTranslator(translator)
