"""The rules for reading an outcome cell, shared by the reader and the workbook's live formula.

``vpt check`` (:mod:`vpt.targets.normalise`, :mod:`vpt.read.validate`) and the live status
formula that :mod:`vpt.generate.formulas` writes into every generated workbook both take these
numbers from here, so the status a unit sees while typing and the status the controller gets
cannot drift apart by a constant copied by hand.
"""

from __future__ import annotations

from vpt.model import IndicatorType

__all__ = [
    "BY_OWN_SUFFIX",
    "OUTCOME_LIMITS",
    "PARTLY_WORD",
    "PERCENT_FRACTION_MAX",
    "ROUND_DIGITS",
    "within_limits",
]

ROUND_DIGITS = 9
"""Outcomes are rounded to this many decimals before they are compared (Excel: ROUND(x; 9)), so
that 0.29 in a percent cell is 29 % on both sides and not 28.999999999999996."""

PERCENT_FRACTION_MAX = 10.0
"""A number in a percent cell up to this size (1 000 %) is the fraction the cell shows; a larger
one is taken as percent points typed without "%" (75 typed in LibreOffice is stored as 7 500 %)."""

OUTCOME_LIMITS: dict[IndicatorType, tuple[float, float]] = {
    IndicatorType.PERCENT: (-100.0, 1000.0),
    IndicatorType.NUMBER: (-1_000_000_000.0, 1_000_000_000.0),
}
"""The plausible range of a numeric outcome, inclusive (percent indicators in percent points).
Outside it the value is not assessed: the workbook refuses it and says "kontrollera värdet"."""

BY_OWN_SUFFIX = " (enligt enhetens bedömning)"
"""Added wherever a status is shown that comes from egen bedömning because the numbers cannot
decide it (a change target without any comparison value): workbook, vpt check and summary."""

PARTLY_WORD = "Delvis"
"""A Ja/Nej outcome may also be this word, which is partly met."""


def within_limits(value: float, type: IndicatorType) -> bool:
    """Whether a normalised numeric outcome lies in :data:`OUTCOME_LIMITS` for its type."""
    limits = OUTCOME_LIMITS.get(type)
    if limits is None:
        return True
    return limits[0] <= value <= limits[1]
