"""The plan: metadata, a goal tree of any depth, indicators and uppdrag, units and periods.

Everything is immutable. Source rows (``row``) are kept for pointing findings at the plan
workbook but take no part in equality or in the fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property

__all__ = [
    "Direction",
    "Goal",
    "Indicator",
    "IndicatorType",
    "Period",
    "Plan",
    "Unit",
]


class IndicatorType(StrEnum):
    PERCENT = "percent"
    NUMBER = "number"
    YESNO = "yesno"
    TASK = "task"
    TEXT = "text"

    @property
    def label(self) -> str:
        """The Swedish word used in the plan workbook's Typ column."""
        return TYPE_LABELS[self]

    @property
    def measurable(self) -> bool:
        return self in (IndicatorType.PERCENT, IndicatorType.NUMBER, IndicatorType.YESNO)


TYPE_LABELS = {
    IndicatorType.PERCENT: "Procent",
    IndicatorType.NUMBER: "Tal",
    IndicatorType.YESNO: "Ja/Nej",
    IndicatorType.TASK: "Uppdrag",
    IndicatorType.TEXT: "Text",
}


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"

    @property
    def label(self) -> str:
        return DIRECTION_LABELS[self]


DIRECTION_LABELS = {Direction.HIGHER: "Högre är bättre", Direction.LOWER: "Lägre är bättre"}


@dataclass(frozen=True, slots=True)
class Goal:
    """A goal at any level (övergripande mål, perspektiv, effektmål, delmål …)."""

    id: str
    title: str
    parent_id: str | None = None
    description: str = ""
    row: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator (indikator, mått) or an uppdrag, attached to a goal.

    ``type`` is the type the administrator wrote; ``None`` means "infer it from the målvärde"
    (see :func:`vpt.targets.resolve_type`). ``periods`` and ``units`` are plan IDs; empty means all.
    """

    id: str
    goal_id: str
    name: str
    description: str = ""
    type: IndicatorType | None = None
    unit: str = ""
    target: str = ""
    threshold: str = ""
    direction: Direction | None = None
    baseline: str = ""
    source: str = ""
    periods: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    row: int | None = field(default=None, compare=False)

    def applies_to(self, unit_id: str, period_id: str) -> bool:
        """Whether this indicator is followed up by ``unit_id`` in ``period_id``."""
        return (not self.units or unit_id in self.units) and (
            not self.periods or period_id in self.periods
        )


@dataclass(frozen=True, slots=True)
class Unit:
    """A reporting unit (förvaltning, verksamhet, enhet)."""

    id: str
    name: str
    contact: str = ""
    email: str = ""
    row: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period (T1, Delår, Helår) with its dates and deadline (sista svarsdag)."""

    id: str
    name: str
    start: date | None = None
    end: date | None = None
    deadline: date | None = None
    row: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Plan:
    """A whole plan. ``levels`` are the plan's own names for goal levels, top first."""

    name: str
    organisation: str = ""
    year: int | None = None
    levels: tuple[str, ...] = ()
    tolerance: float = 0.10
    rollup: str = ""
    notes: tuple[tuple[str, str], ...] = ()
    goals: tuple[Goal, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    units: tuple[Unit, ...] = ()
    periods: tuple[Period, ...] = ()

    # -- look-ups -------------------------------------------------------------------------

    @cached_property
    def _goal_index(self) -> dict[str, Goal]:
        return {g.id: g for g in self.goals}

    def goal(self, goal_id: str) -> Goal | None:
        return self._goal_index.get(goal_id)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def unit(self, unit_id: str) -> Unit | None:
        return next((u for u in self.units if u.id == unit_id), None)

    def period(self, period_id: str) -> Period | None:
        return next((p for p in self.periods if p.id == period_id), None)

    def children(self, goal_id: str | None) -> list[Goal]:
        """Sub-goals of ``goal_id`` (top-level goals for ``None``), in plan order."""
        return [g for g in self.goals if g.parent_id == goal_id]

    def indicators_of(self, goal_id: str) -> list[Indicator]:
        return [i for i in self.indicators if i.goal_id == goal_id]

    def depth(self, goal_id: str) -> int:
        """0 for a top-level goal. Cycles (which plan checks report) stop the walk."""
        depth, seen = 0, {goal_id}
        goal = self.goal(goal_id)
        while goal is not None and goal.parent_id is not None and goal.parent_id not in seen:
            seen.add(goal.parent_id)
            goal = self.goal(goal.parent_id)
            depth += 1
        return depth

    def level_name(self, goal_id: str) -> str:
        """The plan's own name for the goal's level ("Effektmål"), or "Mål" beyond the list."""
        depth = self.depth(goal_id)
        return self.levels[depth] if depth < len(self.levels) else "Mål"

    def goal_path(self, goal_id: str) -> list[Goal]:
        """The goal and its ancestors, top first."""
        path: list[Goal] = []
        seen: set[str] = set()
        goal = self.goal(goal_id)
        while goal is not None and goal.id not in seen:
            seen.add(goal.id)
            path.append(goal)
            goal = self.goal(goal.parent_id) if goal.parent_id is not None else None
        return path[::-1]

    def walk(self) -> Iterator[tuple[Goal, int]]:
        """Goals depth-first in plan order, with their depth; goals stuck in a cycle are skipped."""
        seen: set[str] = set()

        def visit(parent: str | None, depth: int) -> Iterator[tuple[Goal, int]]:
            for goal in self.children(parent):
                if goal.id in seen:
                    continue
                seen.add(goal.id)
                yield goal, depth
                yield from visit(goal.id, depth + 1)

        yield from visit(None, 0)

    def applicable(self, unit_id: str, period_id: str) -> list[Indicator]:
        """Indicators followed up by one unit in one period, in plan order."""
        return [i for i in self.indicators if i.applies_to(unit_id, period_id)]

    # -- identity -------------------------------------------------------------------------

    @cached_property
    def fingerprint(self) -> str:
        """A stable hash of the plan's content: same content, same fingerprint; any change, new one.

        Source row numbers do not count, so re-sorting nothing but blank rows keeps it.
        """
        payload = json.dumps(_content(self), ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _content(plan: Plan) -> dict[str, object]:
    def strip(obj: object) -> dict[str, object]:
        return {
            name: getattr(obj, name)
            for name in obj.__dataclass_fields__  # type: ignore[attr-defined]
            if name != "row"
        }

    return {
        "name": plan.name,
        "organisation": plan.organisation,
        "year": plan.year,
        "levels": list(plan.levels),
        "tolerance": plan.tolerance,
        "rollup": plan.rollup,
        "notes": [list(n) for n in plan.notes],
        "goals": [strip(g) for g in plan.goals],
        "indicators": [strip(i) for i in plan.indicators],
        "units": [strip(u) for u in plan.units],
        "periods": [strip(p) for p in plan.periods],
    }
