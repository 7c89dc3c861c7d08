"""What the summary shows, as plain data: one row per unit × indicator, goal roll-ups, submissions.

Built from the plan and a :class:`~vpt.read.results.CheckResult`; the sheets in
:mod:`vpt.consolidate.summary` only lay this out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from vpt.findings import Report
from vpt.model import Goal, Indicator, IndicatorType, Plan, Unit
from vpt.read.check import expected_units
from vpt.read.results import CheckResult, ReturnedFile, ReturnedValue, Submission
from vpt.targets import Rollup, RollupRule, Status, parse_rollup_rule, rollup, rollup_goals
from vpt.targets.numbers import format_number
from vpt.targets.parse import resolve_type

__all__ = [
    "MISSING",
    "PreviousValues",
    "SubmissionRow",
    "Summary",
    "SummaryRow",
    "build_summary",
    "format_outcome",
    "outcome_text",
    "submission_label",
    "trend_marker",
]

PreviousValues = Mapping[tuple[str, str], float | bool | str]
"""A previous period's utfall per (unit ID, indicator ID)."""

MISSING = "missing"
"""The submission state of a unit that returned nothing usable (beside :class:`Submission`)."""

_SUBMISSION_ORDER = {MISSING: 0, "rejected": 1, "duplicate": 2, "accepted": 3}


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One unit × indicator: what the unit returned (or nothing) and its status."""

    unit: Unit
    indicator: Indicator
    type: IndicatorType
    goals: tuple[Goal, ...]
    value: ReturnedValue | None
    previous: float | bool | str | None = None
    returned: bool = True  # False: the unit sent no usable workbook (saknas, not ej bedömt)

    @property
    def status(self) -> Status:
        return self.value.status if self.value is not None else Status.NOT_ASSESSED

    @property
    def missing(self) -> bool:
        """The unit did not return: shown as "saknas", never folded into ej bedömt."""
        return not self.returned

    @property
    def outcome(self) -> float | bool | str | None:
        return self.value.value if self.value is not None else None


@dataclass(frozen=True, slots=True)
class SubmissionRow:
    """One line of the Inlämning sheet: a unit with no usable file, or one returned file."""

    unit_id: str
    unit_name: str
    state: str  # MISSING or a Submission value
    file: ReturnedFile | None = None


@dataclass
class Summary:
    """Everything the summary workbook shows."""

    plan: Plan
    period_id: str
    period_name: str
    created: datetime
    units: list[Unit]
    rows: list[SummaryRow]
    rule: RollupRule
    goal_status: dict[str, dict[str, Rollup]]  # unit ID → goal ID → roll-up
    overall: dict[str, Rollup]  # goal ID → roll-up over the units (one voice each)
    submissions: list[SubmissionRow]
    findings: Report
    has_previous: bool = False
    previous_label: str = ""
    received: set[str] = field(default_factory=set)

    def row(self, unit_id: str, indicator_id: str) -> SummaryRow | None:
        return self._index.get((unit_id, indicator_id))

    def __post_init__(self) -> None:
        self._index = {(r.unit.id, r.indicator.id): r for r in self.rows}


def build_summary(
    plan: Plan,
    result: CheckResult,
    *,
    created: datetime,
    previous: PreviousValues | None = None,
    previous_label: str = "",
) -> Summary:
    """Arrange a check result by the plan: units × applicable indicators, in plan order."""
    period_id = result.period_id
    period = plan.period(period_id)
    values = {(v.unit_id, v.indicator_id): v for v in result.values}
    ordered = _indicators_in_goal_order(plan)
    units = expected_units(plan, period_id)
    rows: list[SummaryRow] = []
    goal_status: dict[str, dict[str, Rollup]] = {}
    rule = parse_rollup_rule(plan.rollup)
    goal_paths = {g.id: tuple(plan.goal_path(g.id)) for g in plan.goals}
    # Values come only from accepted files; a unit with either has returned.
    received = {f.unit_id for f in result.files if f.accepted} | {v.unit_id for v in result.values}
    for unit in units:
        statuses: dict[str, Status] = {}
        for indicator in ordered:
            if not indicator.applies_to(unit.id, period_id):
                continue
            before = previous.get((unit.id, indicator.id)) if previous else None
            row = SummaryRow(
                unit,
                indicator,
                resolve_type(indicator),
                goal_paths.get(indicator.goal_id, ()),
                values.get((unit.id, indicator.id)),
                before,
                unit.id in received,
            )
            rows.append(row)
            statuses[indicator.id] = row.status
        goal_status[unit.id] = rollup_goals(plan, statuses, rule)
    overall = {
        goal.id: rollup(
            [
                goal_status[u.id][goal.id].status
                for u in units
                if u.id in received
                and goal.id in goal_status[u.id]
                and _counts(goal_status[u.id][goal.id])
            ],
            rule,
        )
        for goal in plan.goals
    }
    return Summary(
        plan=plan,
        period_id=period_id,
        period_name=period.name if period is not None else period_id,
        created=created,
        units=units,
        rows=rows,
        rule=rule,
        goal_status=goal_status,
        overall=overall,
        submissions=_submissions(units, result.files),
        findings=result.findings.sorted(),
        has_previous=previous is not None,
        previous_label=previous_label,
        received=received,
    )


def _counts(rolled: Rollup) -> bool:
    return bool(rolled.assessed or rolled.not_assessed)


def _indicators_in_goal_order(plan: Plan) -> list[Indicator]:
    """Indicators as the goal tree lists them; those of unknown goals last."""
    ordered: list[Indicator] = []
    for goal, _depth in plan.walk():
        ordered.extend(plan.indicators_of(goal.id))
    seen = {i.id for i in ordered}
    ordered.extend(i for i in plan.indicators if i.id not in seen)
    return ordered


def _submissions(units: list[Unit], files: tuple[ReturnedFile, ...]) -> list[SubmissionRow]:
    names = {u.id: u.name for u in units}
    with_file = {f.unit_id for f in files if f.unit_id}
    rows = [SubmissionRow(u.id, u.name, MISSING) for u in units if u.id not in with_file]
    rows.extend(
        SubmissionRow(f.unit_id, names.get(f.unit_id, ""), f.submission.value, f) for f in files
    )
    unit_order = {u.id: n for n, u in enumerate(units)}
    rows.sort(
        key=lambda r: (
            _SUBMISSION_ORDER[r.state],
            unit_order.get(r.unit_id, len(unit_order)),
            r.file.name if r.file else "",
        )
    )
    return rows


def submission_label(state: str) -> str:
    """The Swedish word for a submission state."""
    return "Saknas" if state == MISSING else Submission(state).label


def outcome_text(row: SummaryRow) -> str:
    """The utfall as a Swedish reader expects it: "72,5 %", "Ja", "Pågår", or the unit's text.

    An uppdrag shows its status and a text indicator the narrative the unit wrote, never the
    unit's rating in their place (the rating has its own column and sets the colour).
    """
    value = row.value
    if value is None:
        return ""
    if row.type is IndicatorType.TASK:
        return value.task_status or (value.value if isinstance(value.value, str) else "")
    if row.type is IndicatorType.TEXT:
        return value.value.strip() if isinstance(value.value, str) else ""
    return format_outcome(value.value, row.indicator.unit, row.type)


def format_outcome(value: float | bool | str | None, measure_unit: str, type: IndicatorType) -> str:
    """One value as text: numbers with decimal comma and unit, booleans as Ja/Nej."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, int | float):
        unit = "%" if type is IndicatorType.PERCENT else measure_unit
        number = format_number(float(value))
        return f"{number} {unit}" if unit else number
    return str(value)


def trend_marker(current: object, before: object) -> str:
    """↑, ↓ or → for a number (or Ja/Nej) against the previous one; "" when not comparable."""
    now, then = _comparable(current), _comparable(before)
    if now is None or then is None:
        return ""
    if abs(now - then) < 1e-9:
        return "→"
    return "↑" if now > then else "↓"


def _comparable(value: object) -> float | None:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    return None
