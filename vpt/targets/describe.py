"""How vpt reads a målvärde, in plain Swedish: the phrase, the direction and the band.

``target_phrase`` is the short form used inside assessment reasons ("minst 75 %").
``describe_target`` adds the direction and the band a unit meets with the plan's default tolerance
("högst 14 % (lägre är bättre); delvis uppfyllt upp till 15,4 %"). ``describe_reading`` is the
full "Läses som" text with the plan's own tolerance and the indicator's gränsvärde, as shown by
`vpt plan show`, `vpt plan check --json` and next to the målvärde in the unit's workbook.
"""

from __future__ import annotations

from vpt.model import Direction
from vpt.targets.bands import bands
from vpt.targets.numbers import format_number, format_value
from vpt.targets.types import Bands, Target, TargetKind

__all__ = ["describe_reading", "describe_target", "indicator_reading", "target_phrase"]

_OP_WORDS = {">=": "minst", ">": "över", "<=": "högst", "<": "under"}
_DEFAULT_TOLERANCE = 0.10


def target_phrase(target: Target) -> str:
    """The target in plain Swedish, lower case: "minst 75 %", "77–80", "ja", "öka med 10 %"."""
    unit = target.unit
    if target.kind is TargetKind.THRESHOLD and target.value is not None:
        shown = format_value(target.value, unit)
        if target.op:
            return f"{_OP_WORDS[target.op]} {shown}"
        if target.direction is not None:
            return f"{shown} ({target.direction.label.lower()})"
        return shown
    if target.kind is TargetKind.RANGE and target.low is not None and target.high is not None:
        low, high = format_number(target.low), format_number(target.high)
        return f"{low}–{high} {unit}".rstrip()
    if target.kind is TargetKind.YESNO:
        return "ja" if target.expected else "nej"
    if target.kind is TargetKind.CHANGE:
        lower = target.change_direction is Direction.LOWER
        verb = "minska" if lower else "öka"
        if target.change_direction is None:
            verb = "förbättra"  # "ska förbättras" before Riktning says which way is better
        if target.op in (">=", "<=") and target.change_amount is None:
            if target.change_direction is None:
                return "bibehålla nivån"
            return "bibehålla eller minska" if lower else "bibehålla eller öka"
        if target.change_amount is None:
            return verb
        by = f"{verb} med {'mer än' if target.op in ('>', '<') else 'minst'}"
        if not target.change_relative and unit == "%":
            return f"{by} {format_number(target.change_amount)} procentenheter"
        amount = format_value(target.change_amount, "%" if target.change_relative else unit)
        return f"{by} {amount}"
    if target.kind is TargetKind.UNMEASURABLE:
        return "inget mätbart målvärde"
    if target.kind is TargetKind.REPORTED:
        return "redovisas utan målvärde"
    if target.kind is TargetKind.MULTIPLE:
        return "flera mål i samma cell"
    return "målvärdet går inte att läsa"


def describe_target(target: Target) -> str:
    """The target with its direction and band in words, with the default tolerance of 10 %."""
    return describe_reading(target)


def describe_reading(
    target: Target,
    tolerance: float = _DEFAULT_TOLERANCE,
    threshold: str = "",
) -> str:
    """The whole reading: kind, direction, band and reference, as one Swedish sentence.

    "minst 75 % (högre är bättre); delvis uppfyllt från 67,5 %";
    "öka jämfört med 2021 (högre är bättre); en minskning är ej uppfyllt";
    "inte mätbart: enhetens egen bedömning". Never raises.
    """
    text = _reading(target, tolerance, threshold)
    if target.year_used is not None and len(target.years) > 1:
        text += f" (värdet för {target.year_used})"
    return text


def _reading(target: Target, tolerance: float, threshold: str) -> str:
    kind = target.kind
    if kind is TargetKind.UNMEASURABLE:
        if target.basis == "activity":
            return "uppdrag eller aktivitet, inte mätbart: enhetens egen bedömning"
        return "inte mätbart: enhetens egen bedömning"
    if kind is TargetKind.REPORTED:
        return "redovisas utan målvärde: utfallet rapporteras men bedöms inte (ej bedömt)"
    if kind is TargetKind.YESNO:
        return f"ja eller nej: uppfyllt när svaret är {target_phrase(target)}"
    if kind in (TargetKind.MULTIPLE, TargetKind.UNREADABLE):
        return target_phrase(target)
    if kind is TargetKind.CHANGE:
        return _change(target)
    phrase = target_phrase(target)
    if kind is TargetKind.THRESHOLD and target.op is None and target.direction is not None:
        phrase = format_value(target.value or 0.0, target.unit)
    if kind is TargetKind.THRESHOLD and target.direction is None:
        return f"{phrase}: det framgår inte om högre eller lägre är bättre (fyll i Riktning)"
    found = bands(target, threshold_text=threshold, tolerance=tolerance)
    head = phrase
    if target.direction is not None and kind is TargetKind.THRESHOLD:
        if target.op is None:
            word = "minst" if target.direction is Direction.HIGHER else "högst"
            head = f"{word} {phrase}"
        head += f" ({target.direction.label.lower()})"
    elif kind is TargetKind.RANGE:
        head += " (inom intervallet)"
    if found is None or not found.has_partly:
        return f"{head}; inget delvis uppfyllt-intervall"
    return f"{head}; delvis uppfyllt {_partly(found, target.unit)}"


def _partly(found: Bands, unit: str) -> str:
    """The delvis band in words. A strict target with a gränsvärde at the target value ("> 75",
    gränsvärde 75) has a band of one point: exactly 75 is delvis uppfyllt."""
    low, high = found.partly_low, found.partly_high
    below = (
        low is not None
        and found.met_low is not None
        and (
            low < found.met_low
            or (low == found.met_low and found.met_low_strict and not found.partly_low_strict)
        )
    )
    above = (
        high is not None
        and found.met_high is not None
        and (
            high > found.met_high
            or (high == found.met_high and found.met_high_strict and not found.partly_high_strict)
        )
    )
    if below and above and low is not None and high is not None:
        return f"{format_number(low)}–{format_value(high, unit)}"
    if below and low is not None:
        exact = low == found.met_low
        return f"{'vid exakt' if exact else 'från'} {format_value(low, unit)}"
    if above and high is not None:
        exact = high == found.met_high
        return f"{'vid exakt' if exact else 'upp till'} {format_value(high, unit)}"
    return "saknas"


def _change(target: Target) -> str:
    if target.direction is None:
        return (
            f"{target_phrase(target)} {_reference(target)}: det framgår inte om högre eller "
            "lägre är bättre (fyll i Riktning)"
        )
    lower = target.direction is Direction.LOWER
    phrase = target_phrase(target)
    head = f"{phrase} {_reference(target)} ({target.direction.label.lower()})"
    worse = "en ökning" if lower else "en minskning"
    if target.op in (">=", "<=") and target.change_amount is None:
        return f"{head}; oförändrat är uppfyllt, {worse} är ej uppfyllt"
    if target.change_amount is not None:
        return (
            f"{head}; en {'minskning' if lower else 'ökning'} som inte når hela vägen är delvis "
            f"uppfyllt, oförändrat eller {worse} är ej uppfyllt"
        )
    return f"{head}; oförändrat eller {worse} är ej uppfyllt"


def _reference(target: Target) -> str:
    if target.reference_year is not None:
        return f"jämfört med {target.reference_year}"
    return "jämfört med föregående period (eller ingångsvärdet)"


def indicator_reading(
    target: Target, *, tolerance: float = _DEFAULT_TOLERANCE, threshold: str = ""
) -> dict[str, object]:
    """The reading as data for `vpt plan check --json`: the sentence and its parts."""
    reference: object = None
    if target.kind is TargetKind.CHANGE:
        reference = target.reference_year if target.reference_year is not None else "previous"
    value = target.value
    if target.kind is TargetKind.CHANGE:
        value = target.change_amount
    return {
        "reading": describe_reading(target, tolerance, threshold),
        "kind": target.kind.value,
        "op": target.op,
        "value": value,
        "low": target.low,
        "high": target.high,
        "unit": target.unit,
        "direction": target.direction.value if target.direction is not None else None,
        "reference": reference,
        "year_used": target.year_used,
        "basis": target.basis or None,
        "doubt": target.doubt or None,
    }
