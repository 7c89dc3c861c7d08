"""Structural checks of a plan: IDs, references, the goal tree, units and periods.

Each check yields findings and never raises. Positions come from the sheet layouts the reader
found; for a plan built in code (no layouts) findings still name sheet, row and column.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

from vpt.findings import Finding, Severity
from vpt.generate.email import is_sendable_address
from vpt.generate.filenames import name_key, planned_stems, safe_file_name
from vpt.model import Plan
from vpt.planbook.schema import GOALS, INDICATORS, PERIODS, PLAN, UNITS, SheetLayout, SheetSpec

__all__ = ["check_plan"]

# Line breaks, tabs and other control characters: they cannot go into an e-mail header or a
# file name, and nobody means one in a name.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class _Row(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def row(self) -> int | None: ...


class _Locator:
    def __init__(self, layouts: Mapping[str, SheetLayout], file: str) -> None:
        self.layouts = layouts
        self.file = file

    def finding(
        self,
        spec: SheetSpec,
        key: str,
        row: int | None,
        code: str,
        message: str,
        severity: Severity = Severity.ERROR,
        value: str = "",
    ) -> Finding:
        layout = self.layouts.get(spec.key) or SheetLayout(spec, spec.name)
        place: dict[str, Any] = layout.place(key, row)
        return Finding(code, severity, message, file=self.file, value=value, **place)


def check_plan(
    plan: Plan, layouts: Mapping[str, SheetLayout] | None = None, *, file: str = ""
) -> list[Finding]:
    """All structural findings for ``plan``, errors before warnings before info."""
    at = _Locator(layouts or {}, file)
    findings = [
        *_ids(at, GOALS, plan.goals, "målet"),
        *_ids(at, INDICATORS, plan.indicators, "indikatorn"),
        *_ids(at, UNITS, plan.units, "enheten"),
        *_ids(at, PERIODS, plan.periods, "perioden"),
        *_goals(at, plan),
        *_indicators(at, plan, layouts or {}),
        *_units(at, plan),
        *_file_names(at, plan),
        *_periods(at, plan),
        *_control_characters(at, plan),
        *_whole_plan(at, plan, layouts or {}),
    ]
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(findings, key=lambda f: order[f.severity])


def _ids(at: _Locator, spec: SheetSpec, rows: Sequence[_Row], what: str) -> Iterator[Finding]:
    counts = Counter(r.id for r in rows if r.id)
    first_row: dict[str, int | None] = {}
    for item in rows:
        if not item.id:
            yield at.finding(
                spec,
                "id",
                item.row,
                "missing-id",
                f"Raden saknar ID. Ge {what} ett kort, unikt ID, t.ex. ”{spec.name[0]}1”.",
            )
        elif counts[item.id] > 1:
            if item.id in first_row:
                yield at.finding(
                    spec,
                    "id",
                    item.row,
                    "duplicate-id",
                    f"ID ”{item.id}” finns redan på rad {first_row[item.id]}. "
                    f"Ge {what} ett eget ID.",
                    value=item.id,
                )
            else:
                first_row[item.id] = item.row


def _goals(at: _Locator, plan: Plan) -> Iterator[Finding]:
    ids = {g.id for g in plan.goals}
    for goal in plan.goals:
        if not goal.title:
            yield at.finding(
                GOALS,
                "title",
                goal.row,
                "missing-name",
                f"Målet ”{goal.id}” saknar rubrik. Skriv målets rubrik som i planen.",
            )
        if goal.parent_id is not None and goal.parent_id not in ids:
            yield at.finding(
                GOALS,
                "parent_id",
                goal.row,
                "unknown-parent",
                f"Överordnat ID ”{goal.parent_id}” finns inte bland målen. Rätta ID:t eller "
                "lämna cellen tom för ett mål på översta nivån.",
                value=goal.parent_id,
            )
        if goal.parent_id == goal.id or _in_cycle(plan, goal.id):
            yield at.finding(
                GOALS,
                "parent_id",
                goal.row,
                "goal-cycle",
                f"Målet ”{goal.id}” ligger i en cirkel av överordnade mål (ett mål kan inte vara "
                "överordnat sig självt). Rätta Överordnat ID.",
                value=goal.parent_id or "",
            )


def _in_cycle(plan: Plan, goal_id: str) -> bool:
    seen = {goal_id}
    goal = plan.goal(goal_id)
    while goal is not None and goal.parent_id is not None:
        if goal.parent_id == goal_id:
            return True
        if goal.parent_id in seen:
            return False  # a cycle above this goal, reported on the goals inside it
        seen.add(goal.parent_id)
        goal = plan.goal(goal.parent_id)
    return False


def _indicators(at: _Locator, plan: Plan, layouts: Mapping[str, SheetLayout]) -> Iterator[Finding]:
    goal_ids = {g.id for g in plan.goals}
    # References into a sheet that is missing altogether are not reported one by one.
    unit_ids = {u.id for u in plan.units} if _present(layouts, UNITS) else None
    period_ids = {p.id for p in plan.periods} if _present(layouts, PERIODS) else None
    for ind in plan.indicators:
        if not ind.name:
            yield at.finding(
                INDICATORS,
                "name",
                ind.row,
                "missing-name",
                f"Indikatorn ”{ind.id}” saknar namn. Skriv indikatorns eller uppdragets namn.",
            )
        if not ind.goal_id:
            yield at.finding(
                INDICATORS,
                "goal_id",
                ind.row,
                "missing-goal",
                f"Indikatorn ”{ind.id}” saknar Mål-ID. Skriv ID:t för målet den hör till.",
            )
        elif ind.goal_id not in goal_ids and _present(layouts, GOALS):
            yield at.finding(
                INDICATORS,
                "goal_id",
                ind.row,
                "unknown-goal",
                f"Mål-ID ”{ind.goal_id}” finns inte på bladet Mål. Rätta ID:t eller lägg till målet.",
                value=ind.goal_id,
            )
        for unit_id in ind.units:
            if unit_ids is not None and unit_id not in unit_ids:
                yield at.finding(
                    INDICATORS,
                    "units",
                    ind.row,
                    "unknown-unit",
                    f"Enheten ”{unit_id}” i Gäller för finns inte på bladet Enheter. Rätta ID:t "
                    "eller lägg till enheten.",
                    value=unit_id,
                )
        for period_id in ind.periods:
            if period_ids is not None and period_id not in period_ids:
                yield at.finding(
                    INDICATORS,
                    "periods",
                    ind.row,
                    "unknown-period",
                    f"Perioden ”{period_id}” finns inte på bladet Perioder. Rätta ID:t eller "
                    "lägg till perioden.",
                    value=period_id,
                )


def _present(layouts: Mapping[str, SheetLayout], spec: SheetSpec) -> bool:
    """Whether a sheet was read (always true for a plan built in code, which has no layouts)."""
    return not layouts or spec.key in layouts


def _units(at: _Locator, plan: Plan) -> Iterator[Finding]:
    for unit in plan.units:
        if not unit.name:
            yield at.finding(
                UNITS,
                "name",
                unit.row,
                "missing-name",
                f"Enheten ”{unit.id}” saknar namn. Skriv förvaltningens eller enhetens namn.",
            )
        if unit.email and not is_sendable_address(unit.email):
            yield at.finding(
                UNITS,
                "email",
                unit.row,
                "invalid-email",
                f"E-postadressen ”{_shown(unit.email)}” går inte att skicka till: den ska vara en "
                "enda adress som namn@region.se, utan mellanslag, namn inom <> eller å, ä, ö. "
                "Rätta den; till dess skrivs enhetens e-postutkast utan mottagare.",
                severity=Severity.WARNING,
                value=unit.email,
            )


def _file_names(at: _Locator, plan: Plan) -> Iterator[Finding]:
    """Units whose workbooks would get the same file name in some period."""
    ids = [u.id for u in plan.units]
    clashes: dict[str, tuple[str, str]] = {}
    for period in plan.periods or ():
        first: dict[str, str] = {}
        for unit_id, stem in zip(ids, planned_stems(plan, period.id, ids), strict=True):
            name = safe_file_name(stem, ".xlsx")
            other = first.setdefault(name_key(name), unit_id)
            if other != unit_id and unit_id not in clashes:
                clashes[unit_id] = (other, name)
    for unit in plan.units:
        if unit.id in clashes:
            other, name = clashes[unit.id]
            yield at.finding(
                UNITS,
                "id",
                unit.row,
                "file-name-clash",
                f"Enheten ”{unit.id}” får samma filnamn som enheten ”{other}” ({name}): tecken som "
                "inte får finnas i filnamn byts ut, stora och små bokstäver räknas lika och långa "
                "namn kortas. Arbetsboken får då ” (2)” i namnet. Ge gärna enheterna ID eller namn "
                "som skiljer sig åt tydligare.",
                severity=Severity.WARNING,
                value=unit.id,
            )


def _control_characters(at: _Locator, plan: Plan) -> Iterator[Finding]:
    """Names that end up in file names and e-mail headers may hold no line break or tab."""
    checked: list[tuple[SheetSpec, str, int | None, str]] = [
        (PLAN, "value", None, plan.name),
        (PLAN, "value", None, plan.organisation),
    ]
    for unit in plan.units:
        checked += [(UNITS, "id", unit.row, unit.id), (UNITS, "name", unit.row, unit.name),
                    (UNITS, "contact", unit.row, unit.contact)]  # fmt: skip
    for period in plan.periods:
        checked += [(PERIODS, "id", period.row, period.id),
                    (PERIODS, "name", period.row, period.name)]  # fmt: skip
    for spec, key, row, text in checked:
        if _CONTROL.search(text):
            yield at.finding(
                spec,
                key,
                row,
                "control-character",
                f"”{_shown(text)}” innehåller en radbrytning, tabb eller annat styrtecken, som "
                "inte fungerar i filnamn och e-post. Skriv texten på en rad utan styrtecken.",
                value=text,
            )


def _shown(text: str) -> str:
    """``text`` with control characters made visible, for a message."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def _periods(at: _Locator, plan: Plan) -> Iterator[Finding]:
    for period in plan.periods:
        if not period.name:
            yield at.finding(
                PERIODS,
                "name",
                period.row,
                "missing-name",
                f"Perioden ”{period.id}” saknar namn. Skriv t.ex. ”Tertial 1” eller ”Delår”.",
            )
        if period.start and period.end and period.start > period.end:
            yield at.finding(
                PERIODS,
                "end",
                period.row,
                "period-ends-before-start",
                f"Perioden ”{period.id}” slutar ({period.end}) före den börjar ({period.start}). "
                "Rätta datumen.",
            )
        if period.deadline and period.start and period.deadline < period.start:
            yield at.finding(
                PERIODS,
                "deadline",
                period.row,
                "deadline-before-period",
                f"Sista svarsdag för ”{period.id}” ({period.deadline}) ligger före periodens "
                "början. Kontrollera datumet.",
                severity=Severity.WARNING,
            )


def _whole_plan(at: _Locator, plan: Plan, layouts: Mapping[str, SheetLayout]) -> Iterator[Finding]:
    with_indicators = {i.goal_id for i in plan.indicators}
    for goal, _depth in plan.walk():
        if not _subtree_has(plan, goal.id, with_indicators):
            yield at.finding(
                GOALS,
                "id",
                goal.row,
                "goal-without-indicators",
                f"Målet ”{goal.id}” har inga indikatorer eller uppdrag och följs därför inte upp.",
                severity=Severity.INFO,
            )
    if INDICATORS.key in layouts and not plan.indicators:
        yield at.finding(
            INDICATORS,
            "id",
            None,
            "no-indicators",
            "Planen har inga indikatorer eller uppdrag. Fyll i bladet Indikatorer.",
            severity=Severity.WARNING,
        )
    if UNITS.key in layouts and not plan.units:
        yield at.finding(
            UNITS,
            "id",
            None,
            "no-units",
            "Planen har inga enheter. Fyll i bladet Enheter med de förvaltningar eller enheter "
            "som ska rapportera.",
        )
    if PERIODS.key in layouts and not plan.periods:
        yield at.finding(
            PERIODS,
            "id",
            None,
            "no-periods",
            "Planen har inga perioder. Fyll i bladet Perioder, t.ex. T1, Delår och Helår.",
        )
    deepest = max((d for _g, d in plan.walk()), default=-1) + 1
    if plan.levels and deepest > len(plan.levels):
        yield at.finding(
            PLAN,
            "value",
            None,
            "levels-missing",
            f"Målträdet har {deepest} nivåer men Nivåer namnger bara {len(plan.levels)}. "
            "Lägg till namnen, t.ex. ”Perspektiv; Effektmål; Delmål”.",
            severity=Severity.WARNING,
        )


def _subtree_has(plan: Plan, goal_id: str, with_indicators: set[str]) -> bool:
    stack, seen = [goal_id], set()
    while stack:
        current = stack.pop()
        if current in with_indicators:
            return True
        seen.add(current)
        stack.extend(g.id for g in plan.children(current) if g.id not in seen)
    return False
