"""The goal tree and its roll-ups from the summary's Översikt sheet, found by header names.

Two layouts are read. The first has a header row Nivå | Mål-ID | Mål | Alla enheter | … with a
second row of Status | Underlag under each unit ("Name (ID)"), and sub-goals indented by three
spaces. The second (the tertialrapport layout) has one header row Mål-ID | Mål | Alla enheter |
Underlag, alla enheter | Samlad bedömning | Kommentar till bedömningen | one status column per
unit name | …, and the level in the goal's text ("Effektmål: …"). Both give the same goals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from vpt.report.errors import SummaryUnreadable
from vpt.report.status import ReportStatus
from vpt.report.workbook import Grid, find_header_row, text

__all__ = ["ASSESSMENT_HEADER", "ASSESSMENT_NOTE_HEADER", "Goal", "read_overview"]

ASSESSMENT_HEADER = "Samlad bedömning"
ASSESSMENT_NOTE_HEADER = "Kommentar till bedömningen"
_LEVEL = "Nivå"
_GOAL_ID = "Mål-ID"
_GOAL = "Mål"
_ALL_UNITS = "Alla enheter"
_ALL_UNITS_BASIS = "Underlag, alla enheter"
_STATUS = "Status"
_UNIT_LABEL = re.compile(r"^(.*)\(([^()]+)\)\s*$")


@dataclass(frozen=True)
class Goal:
    """One goal row of Översikt, in plan order."""

    id: str
    level: str
    title: str
    depth: int
    status: ReportStatus | None  # all units together; None when nothing applies
    basis: str
    assessment: str = ""  # the controller's "Samlad bedömning", as written
    assessment_note: str = ""


def read_overview(
    grid: Grid, sheet: str, path: Path, units: pd.DataFrame, data: pd.DataFrame
) -> tuple[list[Goal], pd.DataFrame]:
    """Goals in plan order, and every unit's status per goal (goal_id, unit_id, status)."""
    top = find_header_row(grid, [_GOAL_ID, _GOAL])
    if top is None:
        raise SummaryUnreadable(
            f"Bladet {sheet} i {path.name} har ingen rubrikrad med {_GOAL_ID} och {_GOAL}. Ange "
            "en sammanställning som vpt consolidate skrev."
        )
    headers = [text(v) for v in grid[top]]
    subs = [text(v) for v in grid[top + 1]] if top + 1 < len(grid) else []
    two_rows = _STATUS in subs
    columns = _Columns(headers, subs if two_rows else [], units)
    rows = []
    for row in grid[top + (2 if two_rows else 1) :]:
        if not text(_at(row, columns.goal_id)):
            break
        rows.append(row)
    parsed = [columns.goal_text(row) for row in rows]
    depths = _depths([g for g, _ in zip(rows, parsed, strict=True)], parsed, columns, data)
    goals: list[Goal] = []
    per_unit: list[tuple[str, str, ReportStatus]] = []
    missing = set(units.loc[units["missing"], "unit_id"])
    for row, (level, title, _), depth in zip(rows, parsed, depths, strict=True):
        goal_id = text(_at(row, columns.goal_id))
        goals.append(
            Goal(
                id=goal_id,
                level=level,
                title=title,
                depth=depth,
                status=ReportStatus.read(label=text(_at(row, columns.overall))),
                basis=text(_at(row, columns.basis)),
                assessment=text(_at(row, columns.assessment)),
                assessment_note=text(_at(row, columns.note)),
            )
        )
        for unit_id, col in columns.units.items():
            status = ReportStatus.read(label=text(_at(row, col)))
            if unit_id in missing:
                status = ReportStatus.MISSING
            if status is not None:
                per_unit.append((goal_id, unit_id, status))
    return goals, pd.DataFrame(per_unit, columns=["goal_id", "unit_id", "status"])


def _at(row: list[Any], col: int | None) -> Any:
    return row[col] if col is not None and col < len(row) else None


class _Columns:
    """Where each thing is in Översikt's header row(s)."""

    def __init__(self, headers: list[str], subs: list[str], units: pd.DataFrame) -> None:
        lower = [h.lower() for h in headers]

        def find(name: str) -> int | None:
            return lower.index(name.lower()) if name.lower() in lower else None

        self.level = find(_LEVEL)
        self.goal_id = find(_GOAL_ID)
        self.goal = find(_GOAL)
        self.overall = find(_ALL_UNITS)
        self.basis = find(_ALL_UNITS_BASIS)
        if self.basis is None and self.overall is not None and subs:
            self.basis = self.overall + 1  # "Underlag" under the merged "Alla enheter"
        self.assessment = _in_either(headers, subs, ASSESSMENT_HEADER)
        self.note = _in_either(headers, subs, ASSESSMENT_NOTE_HEADER)
        self.units = _unit_columns(headers, units)

    def goal_text(self, row: list[Any]) -> tuple[str, str, int]:
        """Level, title and indentation (spaces) of a goal row."""
        raw = str(_at(row, self.goal) or "")
        indent = len(raw) - len(raw.lstrip(" "))
        title = raw.strip()
        if self.level is not None:
            return text(_at(row, self.level)), title, indent
        level, _, rest = title.partition(": ")
        return (level, rest, indent) if rest else ("", title, indent)


def _in_either(headers: list[str], subs: list[str], name: str) -> int | None:
    for cells in (headers, subs):
        lowered = [c.lower() for c in cells]
        if name.lower() in lowered:
            return lowered.index(name.lower())
    return None


def _unit_columns(headers: list[str], units: pd.DataFrame) -> dict[str, int]:
    """A unit's status column: headed "Name (ID)", or by its name when that name is unique."""
    ids = set(units["unit_id"])
    names = units.groupby("unit")["unit_id"].agg(list)
    by_name = {name: found[0] for name, found in names.items() if len(found) == 1}
    result: dict[str, int] = {}
    for col, header in enumerate(headers):
        match = _UNIT_LABEL.match(header)
        if match and match.group(2) in ids:
            result.setdefault(match.group(2), col)
        elif header in by_name:
            result.setdefault(by_name[header], col)
    return result


def _depths(
    rows: list[list[Any]], parsed: list[tuple[str, str, int]], columns: _Columns,
    data: pd.DataFrame,
) -> list[int]:  # fmt: skip
    """Each goal's depth: from the indentation when there is one; else from the Data sheet's goal
    paths (a goal with indicators), else the depth its level name has elsewhere, else the order
    in which level names first appear (the tree is listed parents first)."""
    if any(indent for _, _, indent in parsed):
        return [indent // 3 for _, _, indent in parsed]
    paths = data.drop_duplicates("goal_id").set_index("goal_id")["goal_path"]
    known = {str(g): p.count(" › ") for g, p in paths.items() if p}
    levels = list(dict.fromkeys(level for level, _, _ in parsed))
    by_level: dict[str, int] = {}
    for row, (level, _, _) in zip(rows, parsed, strict=True):
        goal_id = text(_at(row, columns.goal_id))
        if goal_id in known:
            by_level.setdefault(level, known[goal_id])
    result = []
    for row, (level, _, _) in zip(rows, parsed, strict=True):
        goal_id = text(_at(row, columns.goal_id))
        depth = known.get(goal_id, by_level.get(level, levels.index(level)))
        result.append(depth)
    return result
