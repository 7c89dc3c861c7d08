"""How vpt reads one indicator's målvärde in its plan: the "Läses som" shown by the CLI and the app."""

from __future__ import annotations

from vpt.model import Indicator, IndicatorType, Plan
from vpt.targets import Target, describe_reading, parse_target, resolve_type

__all__ = ["indicator_target", "reading"]


def indicator_target(plan: Plan, indicator: Indicator) -> Target:
    """The indicator's målvärde parsed for the plan's year (multi-year cells pick that year)."""
    kind: IndicatorType | None = resolve_type(indicator)
    if indicator.type is None and kind is IndicatorType.TEXT:
        kind = None  # inferred as text: read the sentence itself (activity or qualitative)
    return parse_target(indicator.target, type=kind, direction=indicator.direction, year=plan.year)


def reading(plan: Plan, indicator: Indicator) -> str:
    """ "Läses som" for one indicator: what vpt will compute, in plain Swedish."""
    if indicator.type is IndicatorType.TASK:
        return "uppdrag: status och enhetens egen bedömning"
    if indicator.type is IndicatorType.TEXT:
        return "text: enhetens egen bedömning"
    return describe_reading(indicator_target(plan, indicator), plan.tolerance, indicator.threshold)
