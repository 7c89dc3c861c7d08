"""Row heights for wrapped text in the workbooks vpt writes.

Neither Excel nor LibreOffice grows a row to fit wrapped text in a file it opens, and xlsxwriter
cannot measure text, so without an explicit height long texts overlap the next row on screen and in
print. The height is estimated from characters per line: measured in a LibreOffice PDF export, a
column of width w holds about w characters of 10 pt Calibri prose (bold runs about 10 % wider).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

__all__ = ["fit_row", "fitted_height", "line_count"]

_POINTS_PER_LINE_PER_POINT = 1.3  # a 10 pt line takes 13 pt
_BOLD_WIDTH = 1.1


def line_count(text: str, width: float, *, font_size: float = 10, bold: bool = False) -> int:
    """How many lines ``text`` takes in a wrapped column of ``width`` (Excel's width units)."""
    per_line = max(int(width * 10 / font_size / (_BOLD_WIDTH if bold else 1.0)), 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def fitted_height(
    texts: Iterable[tuple[str, float]], *, font_size: float = 10, bold: bool = False
) -> float | None:
    """The row height in points for (text, column width) pairs, or None when one line fits."""
    lines = max(
        (line_count(text, width, font_size=font_size, bold=bold) for text, width in texts if text),
        default=1,
    )
    return round(lines * font_size * _POINTS_PER_LINE_PER_POINT, 1) if lines > 1 else None


class _Sheet(Protocol):
    def set_row(self, row: int, height: float | None) -> object: ...


def fit_row(
    sheet: _Sheet,
    row: int,
    texts: Iterable[tuple[str, float]],
    *,
    font_size: float = 10,
    bold: bool = False,
) -> float | None:
    """Give an xlsxwriter row the height its wrapped texts need (none when one line fits).

    Returns the height set, or None when the row keeps the default one.
    """
    height = fitted_height(texts, font_size=font_size, bold=bold)
    if height is not None:
        sheet.set_row(row, height)
    return height
