"""The målvärde in words beside the plan's text: which way is better and where the bands start.

Made from the same :class:`~vpt.generate.formulas.LiveRule` bands that the live status formula
uses, so the words and the colour the unit sees can never disagree.
"""

from __future__ import annotations

from vpt.generate.formulas import LiveKind, LiveRule
from vpt.model import IndicatorType
from vpt.targets.numbers import format_number
from vpt.targets.types import Bands, TargetKind

__all__ = ["reading"]


def reading(rule: LiveRule) -> str:
    """ "högre är bättre: uppfyllt från 75 %, delvis uppfyllt från 67,5 %"; "" for uppdrag/text."""
    if rule.type in (IndicatorType.TASK, IndicatorType.TEXT):
        return ""
    if rule.kind is LiveKind.YESNO:
        return f"uppfyllt vid {'Ja' if rule.expected else 'Nej'}"
    if rule.kind is LiveKind.BANDS and rule.bands is not None:
        return _bands(rule.bands, "%" if rule.percent else "")
    if rule.kind is LiveKind.COMPARE:
        return (
            f"{rule.target.direction.label.lower() + ': ' if rule.target.direction else ''}"
            "jämförs med det ni skriver i kolumnen Jämförelsevärde; lämnas den tom gäller er "
            "egen bedömning"
        )
    if rule.kind is LiveKind.NONE:
        if rule.target.kind is TargetKind.REPORTED:
            return "redovisas utan målvärde: ingen måluppfyllelse räknas fram"
        return "kan inte räknas fram: jämförelsevärdet saknas"
    if not rule.target.text:
        return ""
    return "inget mätbart målvärde: er egen bedömning gäller"


def _bands(b: Bands, unit: str) -> str:
    def value(x: float) -> str:
        return f"{format_number(x)} {unit}".rstrip()

    def low(x: float, strict: bool) -> str:
        return f"{'över' if strict else 'från'} {value(x)}"

    def high(x: float, strict: bool) -> str:
        return f"{'under' if strict else 'upp till'} {value(x)}"

    # A strict bound with its gränsvärde at the target value ("> 75", gränsvärde 75) has a delvis
    # band of one point, which the words must still name: same bounds, different strictness.
    same = (b.partly_low, b.partly_high, b.partly_low_strict, b.partly_high_strict) == (
        b.met_low,
        b.met_high,
        b.met_low_strict,
        b.met_high_strict,
    )
    if b.met_low is not None and b.met_high is None:
        text = f"högre är bättre: uppfyllt {low(b.met_low, b.met_low_strict)}"
        if not same and b.partly_low is not None:
            text += f", delvis uppfyllt {low(b.partly_low, b.partly_low_strict)}"
        return text
    if b.met_high is not None and b.met_low is None:
        text = f"lägre är bättre: uppfyllt {high(b.met_high, b.met_high_strict)}"
        if not same and b.partly_high is not None:
            text += f", delvis uppfyllt {high(b.partly_high, b.partly_high_strict)}"
        return text
    if b.met_low is not None and b.met_high is not None:
        text = f"uppfyllt {value(b.met_low)}–{value(b.met_high)}"
        if not same and b.partly_low is not None and b.partly_high is not None:
            text += f", delvis uppfyllt {value(b.partly_low)}–{value(b.partly_high)}"
        return text
    return ""
