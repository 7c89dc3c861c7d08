"""Page breaks that keep a heading with the row after it: a literal table of small layouts."""

from __future__ import annotations

import pytest

from vpt.pages import page_starts, scale_to_width


@pytest.mark.parametrize(
    ("heights", "headings", "starts"),
    [
        ([10, 10, 10], set(), []),  # all fit on one page of 30
        ([10, 10, 10, 10], set(), [3]),  # the fourth row starts page 2
        ([10, 10, 10, 10], {2}, [2]),  # the heading at 2 would end page 1: it moves along
        ([10, 10, 10, 10], {1, 2}, [1]),  # two headings in a row move together
        ([10, 10, 10, 10], {0, 1, 2}, [3]),  # headings filling a page cannot all move
        ([40, 10], set(), [1]),  # a row taller than a page still gets a page of its own
        ([10, 10, 10, 10, 10, 10, 10], {2, 5}, [2, 5]),
        ([15, 15, 0.5], set(), [2]),  # just above the page: 30,5 > 30
        ([15, 14.5, 0.5], set(), []),  # on the page: 30 ≤ 30
    ],
)
def test_page_starts(heights: list[float], headings: set[int], starts: list[int]) -> None:
    assert page_starts(heights, headings, page_height=30) == starts


def test_repeated_headings_and_the_title_take_room() -> None:
    assert page_starts([10, 10, 10], set(), page_height=30, repeated=10) == [2]
    assert page_starts([10, 10, 10], set(), page_height=30, first=10) == [2]


@pytest.mark.parametrize(
    ("widths", "scale"),
    [([10], 100), ([133], 100), ([134], 99), ([100, 100, 100], 44), ([10000], 10)],
)
def test_scale_fits_the_columns_on_one_page_wide(widths: list[float], scale: int) -> None:
    # Column pixels are 7 per character plus 5; the page holds 940 at 100 %.
    assert scale_to_width(widths) == scale
