"""Page breaks that keep a goal heading with its first indicator on paper.

A spreadsheet has no "keep with next": Excel and LibreOffice break a page wherever it fills up,
and a goal heading can end one page with its indicators on the next. Here the rows are laid out
on pages from the heights vpt gave them (:mod:`vpt.rowfit` estimates on the generous side, so the
real rows take at most that much room) at a fixed print scale, and a break goes before every row
that starts a page, moved up to the heading when a heading would be a page's last row. Fit-to-width
is replaced by that scale, since Excel ignores manual breaks on a sheet fitted to pages.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "A4_LANDSCAPE_HEIGHT",
    "A4_LANDSCAPE_WIDTH",
    "DEFAULT_ROW_HEIGHT",
    "page_starts",
    "scale_to_width",
]

A4_LANDSCAPE_WIDTH = (
    940  # column pixels one A4 landscape page holds at 100 %, measured in LibreOffice
)
A4_LANDSCAPE_HEIGHT = 500.0  # points between 0,6" margins, leaving room for header and footer
DEFAULT_ROW_HEIGHT = 15.0  # points: a row without a height of its own


def scale_to_width(widths: Sequence[float], page_pixels: int = A4_LANDSCAPE_WIDTH) -> int:
    """The print scale in percent (10–100) at which columns of these widths fit one page wide."""
    pixels = sum(int(w * 7 + 5) for w in widths)
    return max(10, min(100, page_pixels * 100 // max(pixels, 1)))


def page_starts(
    heights: Sequence[float],
    headings: set[int],
    *,
    page_height: float,
    repeated: float = 0.0,
    first: float = 0.0,
) -> list[int]:
    """Indexes (into ``heights``) of the rows that start a new page.

    ``headings`` are the indexes of rows to keep with the row after them; ``repeated`` is the
    height of the title rows printed on every page and ``first`` what precedes the rows on page 1.
    """
    room = page_height - repeated
    used = first
    starts: list[int] = []
    for n, height in enumerate(heights):
        if used + height <= room or used <= 0:
            used += height
            continue
        start = n
        page_first = starts[-1] if starts else 0
        # A heading (or a run of them) must not end a page: move the break up before it,
        # unless the page would then hold nothing but headings.
        while start - 1 in headings and start - 1 > page_first:
            start -= 1
        if start - 1 == page_first and page_first in headings:
            start = n
        starts.append(start)
        used = sum(heights[start : n + 1])
    return starts
