"""Real spreadsheet applications as test clients: LibreOffice (headless, UNO) and Gnumeric."""

from .gnumeric import GnumericError, gnumeric_convert, gnumeric_missing
from .libreoffice import CellValue, LibreOffice, LibreOfficeError, libreoffice_missing

__all__ = [
    "CellValue",
    "GnumericError",
    "LibreOffice",
    "LibreOfficeError",
    "gnumeric_convert",
    "gnumeric_missing",
    "libreoffice_missing",
]
