"""Outcome normalisation: what a unit typed or a reader got from a cell → :class:`Outcome`.

Percent indicators come out in percent points. A percent-formatted cell holds a fraction (0.75
for 75 %, 2.5 for 250 %, up to 1 000 %); a larger number there was typed without "%" and is read
as percent points, with a warning. A number typed as text is read as written ("75 %", "75"), and a fraction such as
"0,72" is read as 72 % but flagged, because it could also mean 0,72 %.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, datetime, time

from vpt.model import IndicatorType
from vpt.targets.numbers import UNIT_PATTERN, clean_text, format_number, parse_number
from vpt.targets.reading import PERCENT_FRACTION_MAX, ROUND_DIGITS
from vpt.targets.types import Outcome, Target

__all__ = ["implausible_percent", "normalise_outcome"]

_YES = {"ja", "j", "yes", "y", "sant", "true", "x", "uppfyllt", "genomfört", "klart"}
_NO = {"nej", "n", "no", "falskt", "false", "ej", "inte", "ej uppfyllt", "ej genomfört"}
_PARTLY = {"delvis", "delvis uppfyllt", "delvis genomfört", "pågår", "påbörjat"}
_NUMBER_WITH_UNIT = re.compile(
    rf"^(?P<number>[-+−]?[\d\s.,]*\d)\s*(?P<unit>{UNIT_PATTERN})?\s*\.?$", re.IGNORECASE
)
_ERRORS = ("#VALUE!", "#VÄRDEFEL!", "#N/A", "#SAKNAS!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!")


def normalise_outcome(raw: object, type: IndicatorType, *, percent_cell: bool = False) -> Outcome:
    """Read one utfall. Never raises: what cannot be read carries a Swedish problem and a code."""
    try:
        return _normalise(raw, type, percent_cell)
    except (ValueError, TypeError, OverflowError, ArithmeticError):
        return _unreadable("Utfallet går inte att läsa. Skriv ett tal, till exempel 72.")


def _normalise(raw: object, type: IndicatorType, percent_cell: bool) -> Outcome:
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return Outcome(None, empty=True)
    if isinstance(raw, str) and not clean_text(raw):
        return Outcome(None, empty=True)
    if type in (IndicatorType.TEXT, IndicatorType.TASK):
        return Outcome(_as_text(raw))
    if type is IndicatorType.YESNO:
        return _yesno(raw)
    if isinstance(raw, bool):
        return _unreadable("Utfallet ska vara ett tal, inte sant/falskt. Skriv ett tal.")
    if isinstance(raw, datetime | date | time):
        return _unreadable(
            "Utfallet blev ett datum, inte ett tal. Skriv talet igen, till exempel 72.",
            "outcome-date",
        )
    if isinstance(raw, int | float):
        return _number(float(raw), type, percent_cell)
    text = clean_text(str(raw))
    if text.upper() in _ERRORS:
        return _unreadable(f"Cellen visar felet {text}. Skriv utfallet som ett tal.")
    m = _NUMBER_WITH_UNIT.match(text)
    value = parse_number(m["number"]) if m else None
    if m is None or value is None:
        return _unreadable(
            f"Utfallet ”{text}” går inte att läsa som ett tal. Skriv bara talet, t.ex. 72."
        )
    unit = (m["unit"] or "").lower()
    if unit in ("%", "procent"):
        return Outcome(round(value, ROUND_DIGITS))
    return _number(value, type, percent_cell=False)


def _number(value: float, type: IndicatorType, percent_cell: bool) -> Outcome:
    if not math.isfinite(value):
        return _unreadable("Utfallet är inte ett ändligt tal. Skriv ett tal.")
    outcome = _scaled(value, type, percent_cell)
    if isinstance(outcome.value, float):
        return replace(outcome, value=round(outcome.value, ROUND_DIGITS))
    return outcome


def _scaled(value: float, type: IndicatorType, percent_cell: bool) -> Outcome:
    if type is not IndicatorType.PERCENT:
        return Outcome(value)
    if percent_cell:
        if abs(value) > PERCENT_FRACTION_MAX:
            return Outcome(
                value,
                code="outcome-percent-missing",
                probably_missing_percent=True,
                problem=(
                    f"Utfallet står som {format_number(value * 100)} %. Menade du "
                    f"{format_number(value)} %? Skriv talet med procenttecken: "
                    f"{format_number(value)} %."
                ),
            )
        return Outcome(value * 100)
    if 0 < abs(value) < 1:  # never a whole number: 0,72 typed or stored is read as 72 %
        shown = format_number(value * 100)
        return Outcome(
            value * 100,
            code="outcome-percent-ambiguous",
            ambiguous=True,
            problem=(
                f"Utfallet {format_number(value)} är läst som {shown} %. Stämmer inte det, skriv "
                f"utfallet i procent med procenttecken, till exempel {format_number(value)} %."
            ),
        )
    return Outcome(value)


def _yesno(raw: object) -> Outcome:
    if isinstance(raw, bool):
        return Outcome(raw)
    if isinstance(raw, int | float) and raw in (0, 1):
        return Outcome(bool(raw))
    word = clean_text(str(raw)).lower().strip(" .!")
    if word in _YES:
        return Outcome(True)
    if word in _NO:
        return Outcome(False)
    if word in _PARTLY:
        return Outcome("delvis")
    return _unreadable(
        f"Utfallet ”{clean_text(str(raw))}” går inte att läsa. Välj Ja eller Nej.",
        "outcome-not-yesno",
    )


def _as_text(raw: object) -> str:
    if isinstance(raw, float) and raw == round(raw):
        return format_number(raw)
    return clean_text(str(raw))


def _unreadable(message: str, code: str = "outcome-unreadable") -> Outcome:
    return Outcome(None, problem=message, code=code)


def implausible_percent(value: float, type: IndicatorType, target: Target) -> bool:
    """Whether a percent outcome over 100 % meets a target that never goes over 100 %.

    Such a value is read as typed (a cost coverage of 250 % is real), but the unit is asked
    whether 4,2 typed into a percent cell (420 %) meant 4,2 %.
    """
    if type is not IndicatorType.PERCENT or value <= 100:
        return False
    numbers = [n for n in (target.value, target.low, target.high) if n is not None]
    return bool(numbers) and max(numbers) <= 100
