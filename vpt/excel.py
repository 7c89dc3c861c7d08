"""Excel's own limits, which every workbook vpt writes keeps within.

Excel counts a cell's text in UTF-16 code units: an emoji or another character outside the Basic
Multilingual Plane counts twice, so cutting at 32 767 characters can still be too long.
"""

from __future__ import annotations

__all__ = ["MAX_CELL_UNITS", "MAX_COLUMNS", "MAX_ROWS", "cut_cell"]

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELL_UNITS = 32_767
_MARK = "…"


def cut_cell(text: str, limit: int = MAX_CELL_UNITS) -> str:
    """``text`` cut (with "…") to at most ``limit`` UTF-16 code units, never inside a pair."""
    if len(text) * 2 <= limit:  # fast: even all-astral text fits
        return text
    units = len(text.encode("utf-16-le")) // 2
    if units <= limit:
        return text
    budget = limit - 1  # room for the mark
    cut = []
    used = 0
    for ch in text:
        size = 2 if ord(ch) > 0xFFFF else 1
        if used + size > budget:
            break
        cut.append(ch)
        used += size
    return "".join(cut) + _MARK
