"""A short description of a plan: counts per goal level and indicator type, units, periods."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from vpt.model import TYPE_LABELS, Plan
from vpt.targets import resolve_type

__all__ = ["PlanSummary", "summarise"]


@dataclass(frozen=True, slots=True)
class PlanSummary:
    name: str
    organisation: str
    year: int | None
    fingerprint: str
    goals_per_level: dict[str, int]
    indicators_per_type: dict[str, int]
    indicators: int
    units: int
    periods: int

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "organisation": self.organisation,
            "year": self.year,
            "fingerprint": self.fingerprint,
            "goals_per_level": self.goals_per_level,
            "indicators_per_type": self.indicators_per_type,
            "indicators": self.indicators,
            "units": self.units,
            "periods": self.periods,
        }

    def lines(self) -> list[str]:
        """The summary in Swedish, a line each, for the terminal."""
        levels = ", ".join(f"{n} {name.lower()}" for name, n in self.goals_per_level.items())
        types = ", ".join(f"{n} {label.lower()}" for label, n in self.indicators_per_type.items())
        return [
            f"Plan: {self.name}" + (f" ({self.organisation}, {self.year})" if self.year else ""),
            f"Mål: {levels or 'inga'}",
            f"Indikatorer och uppdrag: {self.indicators} ({types or 'inga'})",
            f"Enheter: {self.units}   Perioder: {self.periods}",
            f"Fingeravtryck: {self.fingerprint}",
        ]


def summarise(plan: Plan) -> PlanSummary:
    per_level: Counter[str] = Counter()
    for goal, _depth in plan.walk():
        per_level[plan.level_name(goal.id)] += 1
    per_type = Counter(resolve_type(i) for i in plan.indicators)
    return PlanSummary(
        name=plan.name,
        organisation=plan.organisation,
        year=plan.year,
        fingerprint=plan.fingerprint,
        goals_per_level=dict(per_level),
        indicators_per_type={TYPE_LABELS[t]: per_type[t] for t in TYPE_LABELS if per_type[t]},
        indicators=len(plan.indicators),
        units=len(plan.units),
        periods=len(plan.periods),
    )
