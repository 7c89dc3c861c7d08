"""Numeric targets resolved to plain numbers (:class:`Bands`), the one place where direction,
strict signs, gränsvärde, tolerance and change-from-reference become limits.

The workbook generator writes these same numbers into its live Excel formulas, so Excel's colour
and vpt's assessment agree by construction.
"""

from __future__ import annotations

from functools import lru_cache

from vpt.model import Direction
from vpt.targets.numbers import clean_text
from vpt.targets.parse import parse_baseline
from vpt.targets.types import Bands, Target, TargetKind

__all__ = ["bands", "change_target_value", "parse_threshold"]


@lru_cache(maxsize=8192)
def bands(
    target: Target,
    *,
    threshold_text: str = "",
    tolerance: float = 0.10,
    reference: float | None = None,
) -> Bands | None:
    """Limits for a numeric target, or None (yes/no, not measurable, change without reference).

    Partly met is "not reached, but within the gränsvärde", else within ``tolerance`` (a share of
    the target value: 0.10 makes "Minst 75%" partly met from 67,5). A target of 0 has no band.
    Cached: checking returns asks the same question for every unit.
    """
    threshold = parse_threshold(threshold_text)
    if target.kind is TargetKind.RANGE and target.low is not None and target.high is not None:
        return _range(target.low, target.high, threshold, tolerance)
    if target.kind is TargetKind.CHANGE:
        value = change_target_value(target, reference)
        if value is None or reference is None or target.direction is None:
            return None
        strict = target.op in (">", "<")
        return _change_bound(value, reference, target.direction, strict, threshold)
    if target.kind is TargetKind.THRESHOLD and target.value is not None:
        if target.direction is None:
            return None
        strict = target.op in (">", "<")
        return _bound(target.value, target.direction, strict, threshold, tolerance)
    return None


@lru_cache(maxsize=8192)
def parse_threshold(text: str) -> float | None:
    """The gränsvärde as a number ("70 %", "70", "2013: 70"), or None when empty or unreadable."""
    if not isinstance(text, str) or not clean_text(text):
        return None
    return parse_baseline(text)


def change_target_value(target: Target, reference: float | None) -> float | None:
    """The value a change target asks for, given the reference (previous outcome or baseline)."""
    if reference is None or target.kind is not TargetKind.CHANGE:
        return None
    amount = target.change_amount or 0.0
    if target.change_relative:
        amount = abs(reference) * amount / 100
    sign = -1.0 if target.change_direction is Direction.LOWER else 1.0
    return _exact(reference + sign * amount)


def _bound(
    value: float, direction: Direction, strict: bool, threshold: float | None, tolerance: float
) -> Bands:
    band = _exact(abs(value) * max(tolerance, 0.0))
    if direction is Direction.HIGHER:
        if threshold is not None and threshold <= value:
            partly: float | None = threshold
        else:
            partly = _exact(value - band) if band > 0 else None
        if partly is None:
            return Bands(
                met_low=value,
                met_low_strict=strict,
                partly_low=value,
                partly_low_strict=strict,
                target_value=value,
            )
        return Bands(met_low=value, met_low_strict=strict, partly_low=partly, target_value=value)
    if threshold is not None and threshold >= value:
        partly = threshold
    else:
        partly = _exact(value + band) if band > 0 else None
    if partly is None:
        return Bands(
            met_high=value,
            met_high_strict=strict,
            partly_high=value,
            partly_high_strict=strict,
            target_value=value,
        )
    return Bands(met_high=value, met_high_strict=strict, partly_high=partly, target_value=value)


def _change_bound(
    value: float, reference: float, direction: Direction, strict: bool, threshold: float | None
) -> Bands:
    """A change has no tolerance around its direction: moving the wrong way, or not at all on
    "ska öka", is not met. Between the reference and an asked-for amount ("öka med 10 %") is
    partly met; a gränsvärde between the reference and the goal starts that band instead. A
    gränsvärde on the far side of the reference is not used: a fall on "öka" is never partly
    met (docs/malvarden.md)."""
    if direction is Direction.HIGHER:
        partly = reference if value > reference else None
        if threshold is not None and reference < threshold < value:
            partly = threshold
        if partly is None:
            return Bands(
                met_low=value,
                met_low_strict=strict,
                partly_low=value,
                partly_low_strict=strict,
                target_value=value,
            )
        return Bands(
            met_low=value,
            met_low_strict=strict,
            partly_low=partly,
            partly_low_strict=partly == reference,
            target_value=value,
        )
    partly = reference if value < reference else None
    if threshold is not None and value < threshold < reference:
        partly = threshold
    if partly is None:
        return Bands(
            met_high=value,
            met_high_strict=strict,
            partly_high=value,
            partly_high_strict=strict,
            target_value=value,
        )
    return Bands(
        met_high=value,
        met_high_strict=strict,
        partly_high=partly,
        partly_high_strict=partly == reference,
        target_value=value,
    )


def _range(low: float, high: float, threshold: float | None, tolerance: float) -> Bands:
    partly_low = _exact(low - abs(low) * max(tolerance, 0.0))
    partly_high = _exact(high + abs(high) * max(tolerance, 0.0))
    if threshold is not None and threshold <= low:
        partly_low = threshold
    elif threshold is not None and threshold >= high:
        partly_high = threshold
    return Bands(met_low=low, met_high=high, partly_low=partly_low, partly_high=partly_high)


def _exact(value: float) -> float:
    """Round away binary noise (77 × 0,9 = 69.30000000000001) so Excel and Python share limits."""
    return round(value, 9)
