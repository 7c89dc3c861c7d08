"""What goes into one unit's workbook: the rows, in order, and the per-plan rules behind them.

The per-plan part (:class:`PlanContext`: live rules, template) is computed once and shared by every
unit's workbook; :func:`rows_for` then picks the goals and indicators that apply to one unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from vpt.generate.formulas import LiveRule, live_rule
from vpt.model import Goal, Indicator, Plan
from vpt.templates import load_template

__all__ = ["GoalRow", "IndicatorRow", "PlanContext", "Row", "plan_context", "rows_for"]


@dataclass(frozen=True, slots=True)
class GoalRow:
    """A goal heading: the plan's level name, the title, the depth (0 = top)."""

    goal: Goal
    level: str
    depth: int


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """An indicator or uppdrag row with its live rule and the previous period's utfall."""

    indicator: Indicator
    rule: LiveRule
    previous: float | bool | str | None = None


Row = GoalRow | IndicatorRow


@dataclass(frozen=True)
class PlanContext:
    """What every unit's workbook of one plan and period shares."""

    plan: Plan
    period_id: str
    period_name: str
    deadline: date | None
    created: datetime
    rules: Mapping[str, LiveRule]
    previous: Mapping[str, float | bool | str] = field(default_factory=dict)
    previous_by_unit: Mapping[str, Mapping[str, float | bool | str]] = field(default_factory=dict)
    template: Mapping[str, Any] = field(default_factory=dict)


def plan_context(
    plan: Plan,
    period_id: str,
    *,
    deadline: date | None,
    created: datetime,
    previous: Mapping[str, float | bool | str] | None = None,
    previous_by_unit: Mapping[str, Mapping[str, float | bool | str]] | None = None,
) -> PlanContext:
    """Resolve everything that does not depend on the unit, once.

    ``previous`` is the previous utfall per indicator ID for every unit; ``previous_by_unit``
    adds (and overrides) per unit. Percentages are in percent points, as vpt.targets gives them.
    """
    period = plan.period(period_id)
    rules = {
        i.id: live_rule(plan, i, previous)
        for i in plan.indicators
        if not i.periods or period_id in i.periods
    }
    return PlanContext(
        plan=plan,
        period_id=period_id,
        period_name=period.name if period is not None and period.name else period_id,
        deadline=deadline if deadline is not None else (period.deadline if period else None),
        created=created,
        rules=rules,
        previous=dict(previous or {}),
        previous_by_unit={unit: dict(values) for unit, values in (previous_by_unit or {}).items()},
        template=load_template("uppfoljning"),
    )


def rows_for(context: PlanContext, unit_id: str) -> list[Row]:
    """Goal headings and indicator rows for one unit, in plan order.

    A goal is shown when it or a sub-goal has an indicator for the unit; indicators whose goal is
    missing from the plan come last, so that nothing that applies is ever left out.
    """
    plan = context.plan
    applicable = [i for i in plan.indicators if i.id in context.rules and i.applies_to(
        unit_id, context.period_id)]  # fmt: skip
    by_goal: dict[str, list[Indicator]] = {}
    for indicator in applicable:
        by_goal.setdefault(indicator.goal_id, []).append(indicator)

    walked = list(plan.walk())
    shown: set[str] = set()
    for goal, _ in walked:
        if goal.id in by_goal:
            shown.update(g.id for g in plan.goal_path(goal.id))

    rows: list[Row] = []
    placed: set[str] = set()
    for goal, depth in walked:
        if goal.id not in shown:
            continue
        rows.append(GoalRow(goal, plan.level_name(goal.id), depth))
        for indicator in by_goal.get(goal.id, []):
            rows.append(_indicator_row(context, indicator, unit_id))
            placed.add(indicator.id)
    rows.extend(_indicator_row(context, i, unit_id) for i in applicable if i.id not in placed)
    return rows


def _indicator_row(context: PlanContext, indicator: Indicator, unit_id: str) -> IndicatorRow:
    own = context.previous_by_unit.get(unit_id, {})
    if indicator.id not in own:
        rule = context.rules[indicator.id]
        return IndicatorRow(indicator, rule, context.previous.get(indicator.id))
    # This unit's own previous utfall is the reference of its change targets.
    previous = {**context.previous, **own}
    return IndicatorRow(indicator, live_rule(context.plan, indicator, previous), own[indicator.id])
