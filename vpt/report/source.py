"""Read a summary workbook that vpt consolidate wrote into plain data and pandas frames.

Every sheet is read by its headers (the names in ``workbook_templates/sammanstallning.toml``), so a
column added by a later version or moved by the controller changes nothing. The goal tree, its
levels and the roll-ups come from Översikt; the figures, comments and provenance from Data (with
the controller's edits from Kommentarer, see :mod:`vpt.report.edits`); who returned from
Inlämning; organisation, plan, period and the rules from Om.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from vpt.report.edits import apply_comment_edits
from vpt.report.errors import SummaryUnreadable
from vpt.report.status import ReportStatus
from vpt.report.workbook import Grid, find_header_row, open_grids, text
from vpt.templates import load_template

__all__ = ["ASSESSMENT_HEADER", "ASSESSMENT_NOTE_HEADER", "Goal", "SummarySource", "read_summary"]

ASSESSMENT_HEADER = "Samlad bedömning"
ASSESSMENT_NOTE_HEADER = "Kommentar till bedömningen"

# Data columns the report cannot do without (keys of the summary template's data columns).
_REQUIRED = ("unit_id", "unit", "goal_id", "indicator_id", "indicator", "outcome", "status")
_MISSING_STATE = "saknas"
_UNIT_HEADER = re.compile(r"\(([^()]+)\)\s*$")


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
    has_assessment_column: bool = False


@dataclass
class SummarySource:
    """Everything the report needs from one summary workbook."""

    path: Path
    plan: str
    organisation: str
    period: str
    created: str
    previous_label: str
    rules: dict[str, str]  # "tolerance", "assessment", "rollup", "all_units", "trace"
    goals: list[Goal]
    unit_goal_status: pd.DataFrame  # goal_id, unit_id, status (ReportStatus)
    data: pd.DataFrame  # the Data sheet, columns by the template's keys
    submissions: pd.DataFrame  # unit_id, unit, state, file, received
    units: pd.DataFrame  # unit_id, unit, missing (bool); in the summary's order
    has_previous: bool = False
    cache: dict[str, Any] = field(default_factory=dict)  # frames computed once

    @property
    def missing_units(self) -> pd.DataFrame:
        return self.units[self.units["missing"]]


def read_summary(path: Path) -> SummarySource:
    """Read ``path``; raise :class:`SummaryUnreadable` with a Swedish message when it is no summary."""
    spec = load_template("sammanstallning")
    sheets = spec["sheets"]
    names = [sheets[k] for k in ("overview", "data", "comments", "submissions", "about")]
    grids = open_grids(path, names, required=[sheets["overview"], sheets["data"], sheets["about"]])
    about = _about(grids[sheets["about"]], spec)
    data = _data(grids[sheets["data"]], spec, Path(path))
    apply_comment_edits(data, grids.get(sheets["comments"], []), spec)
    submissions = _submissions(grids.get(sheets["submissions"], []), spec)
    units = _units(data, submissions)
    missing = data["unit_id"].isin(units.loc[units["missing"], "unit_id"])
    data.loc[missing, "state"] = ReportStatus.MISSING
    goals, unit_goal_status = _overview(grids[sheets["overview"]], spec, Path(path), units)
    if not about.get("rollup"):
        about["rollup"] = _overview_rule(grids[sheets["overview"]], spec)
    previous_label = about.pop("previous", "")
    has_previous = "previous" in data and bool(data["previous"].notna().any())
    if previous_label == spec["about"]["no_previous"]:
        previous_label = ""
    return SummarySource(
        path=Path(path),
        plan=about.pop("plan", "") or _first(data, "plan"),
        organisation=about.pop("organisation", ""),
        period=about.pop("period", "") or _first(data, "period"),
        created=about.pop("created", ""),
        previous_label=previous_label,
        rules=about,
        goals=goals,
        unit_goal_status=unit_goal_status,
        data=data,
        submissions=submissions,
        units=units,
        has_previous=has_previous or bool(previous_label),
    )


def _first(data: pd.DataFrame, key: str) -> str:
    if key not in data or data.empty:
        return ""
    return text(data[key].iloc[0])


def _about(grid: Grid, spec: dict[str, Any]) -> dict[str, str]:
    """Plan, organisation, period, created, previous and the rules in words, from Om."""
    labels = dict(spec["about"]["fields"])
    keys = {
        "plan": "{plan}",
        "organisation": "{organisation}",
        "period": "{period}",
        "created": "{created}",
        "previous": "{previous}",
    }
    by_template = {template: label for label, template in labels.items()}
    wanted = {by_template[t]: k for k, t in keys.items() if t in by_template}
    prefixes = {
        "tolerance": "Tolerans",
        "rollup": "Sammanvägning av mål",
        "assessment": "Mätbara målvärden",
        "all_units": "Alla enheter",
        "trace": "Varje värde",
    }
    found: dict[str, str] = {}
    for row in grid:
        cells = [text(v) for v in row[:3]] + ["", ""]
        label, value = cells[0], cells[1]
        if label in wanted and wanted[label] not in found:
            found[wanted[label]] = value
            continue
        for key, prefix in prefixes.items():
            if not label and value.startswith(prefix) and key not in found:
                found[key] = _after_colon(value) if key == "rollup" else value
    return found


def _after_colon(value: str) -> str:
    return value.split(":", 1)[1].strip() if ":" in value else value


def _overview_rule(grid: Grid, spec: dict[str, Any]) -> str:
    prefix = spec["overview"]["rule"].split("{", 1)[0]
    for row in grid[:10]:
        first = text(row[0]) if row else ""
        if first.startswith(prefix):
            return first[len(prefix) :].strip()
    return ""


def _data(grid: Grid, spec: dict[str, Any], path: Path) -> pd.DataFrame:
    columns = {header.lower(): key for key, header, _ in spec["data"]["columns"]}
    if not grid:
        raise _no_data(path, spec)
    header = [text(v).lower() for v in grid[0]]
    where = {columns[h]: n for n, h in enumerate(header) if h in columns}
    lacking = [k for k in _REQUIRED if k not in where]
    if lacking:
        names = {key: header for key, header, _ in spec["data"]["columns"]}
        raise SummaryUnreadable(
            f"Bladet {spec['sheets']['data']} i {path.name} saknar kolumnerna "
            f"{', '.join(names[k] for k in lacking)}. Ange en sammanställning som vpt consolidate "
            "skrev, utan ändrade rubriker."
        )
    body = [row for row in grid[1:] if any(v not in ("", None) for v in row)]
    frame = pd.DataFrame(
        {key: [row[n] if n < len(row) else "" for row in body] for key, n in where.items()},
        dtype=object,
    )
    for key in (k for k in where if k not in ("outcome", "previous")):
        frame[key] = [v.strip() if type(v) is str else text(v) for v in frame[key]]
    frame["outcome"] = pd.to_numeric(frame["outcome"].replace("", None), errors="coerce")
    if "previous" in frame:
        frame["previous"] = frame["previous"].replace("", None)
    frame = frame[(frame["unit_id"] != "") & (frame["indicator_id"] != "")].reset_index(drop=True)
    codes = frame["status_code"] if "status_code" in frame else pd.Series("", index=frame.index)
    frame["state"] = [
        ReportStatus.read(code, label) or ReportStatus.NOT_ASSESSED
        for code, label in zip(codes, frame["status"], strict=True)
    ]
    for key in ("goal_path", "type", "measure_unit", "target", "threshold", "outcome_text", "own",
                "reason", "comment", "actions", "file", "sheet", "cell", "sha256"):  # fmt: skip
        if key not in frame:
            frame[key] = ""
    return frame


def _no_data(path: Path, spec: dict[str, Any]) -> SummaryUnreadable:
    return SummaryUnreadable(
        f"Bladet {spec['sheets']['data']} i {path.name} är tomt. Ange en sammanställning som vpt "
        "consolidate skrev."
    )


def _submissions(grid: Grid, spec: dict[str, Any]) -> pd.DataFrame:
    headers = spec["submissions"]["headers"]  # Enhet-ID, Enhet, Inlämning, Fil, Mottagen, ...
    keys = ("unit_id", "unit", "state", "file", "received")
    row = find_header_row(grid, headers[:3])
    if row is None:
        return pd.DataFrame({k: pd.Series(dtype=object) for k in keys})
    names = [text(v).lower() for v in grid[row]]
    where = {k: names.index(h.lower()) for k, h in zip(keys, headers, strict=False)
             if h.lower() in names}  # fmt: skip
    rows = []
    for values in grid[row + 1 :]:
        cells = {k: values[n] if n < len(values) else "" for k, n in where.items()}
        if not text(cells.get("unit_id")):
            continue
        rows.append({k: (text(cells.get(k)) if k != "received" else cells.get(k)) for k in keys})
    return pd.DataFrame(rows, columns=list(keys))


def _units(data: pd.DataFrame, submissions: pd.DataFrame) -> pd.DataFrame:
    """Units in the summary's order; missing when Inlämning says Saknas or Data says so throughout."""
    units = data[["unit_id", "unit"]].drop_duplicates("unit_id").reset_index(drop=True)
    states: dict[str, set[str]] = {}
    for unit_id, state in zip(submissions["unit_id"], submissions["state"], strict=True):
        states.setdefault(unit_id, set()).add(str(state).lower())
    missing_by_submission = {u for u, s in states.items() if s == {_MISSING_STATE}}
    all_missing = data.groupby("unit_id")["state"].agg(
        lambda s: all(x is ReportStatus.MISSING for x in s)
    )
    missing_by_data = set(all_missing[all_missing].index)
    extra = submissions[
        submissions["unit_id"].isin(missing_by_submission)
        & ~submissions["unit_id"].isin(units["unit_id"])
    ][["unit_id", "unit"]].drop_duplicates("unit_id")
    units = pd.concat([units, extra], ignore_index=True)
    units["missing"] = units["unit_id"].isin(missing_by_submission | missing_by_data)
    return units


def _overview(
    grid: Grid, spec: dict[str, Any], path: Path, units: pd.DataFrame
) -> tuple[list[Goal], pd.DataFrame]:
    texts = spec["overview"]
    top = find_header_row(grid, [texts["level"], texts["goal_id"], texts["goal"]])
    if top is None:
        raise SummaryUnreadable(
            f"Bladet {spec['sheets']['overview']} i {path.name} har ingen rubrikrad med "
            f"{texts['level']}, {texts['goal_id']} och {texts['goal']}. Ange en sammanställning "
            "som vpt consolidate skrev."
        )
    groups = [text(v) for v in grid[top]]
    subs = [text(v) for v in grid[top + 1]] if top + 1 < len(grid) else []
    lower = [g.lower() for g in groups]
    level_col = lower.index(texts["level"].lower())
    id_col = lower.index(texts["goal_id"].lower())
    title_col = lower.index(texts["goal"].lower())
    assessment_col = _column(groups, subs, ASSESSMENT_HEADER)
    note_col = _column(groups, subs, ASSESSMENT_NOTE_HEADER)
    status_columns = _status_columns(groups, subs, texts, units)
    overall_col = status_columns.pop("", None)
    first = top + 2 if any(s == texts["status"] for s in subs) else top + 1
    goals: list[Goal] = []
    per_unit: list[tuple[str, str, ReportStatus]] = []
    missing = set(units.loc[units["missing"], "unit_id"])
    rows = []
    for row in grid[first:]:
        if not text(_at(row, id_col)):
            break
        rows.append(row)
    titles = [str(_at(row, title_col) or "") for row in rows]
    indents = [len(t) - len(t.lstrip(" ")) for t in titles]
    levels = list(dict.fromkeys(text(_at(row, level_col)) for row in rows))
    for row, title, indent in zip(rows, titles, indents, strict=True):
        goal_id = text(_at(row, id_col))
        level = text(_at(row, level_col))
        # The summary indents sub-goals by three spaces a level; without indents, the order in
        # which level names first appear is the depth (the tree is listed parents first).
        depth = indent // 3 if any(indents) else levels.index(level)
        status = ReportStatus.read(label=text(_at(row, overall_col))) if overall_col else None
        goals.append(
            Goal(
                id=goal_id,
                level=level,
                title=title.strip(),
                depth=depth,
                status=status,
                basis=text(_at(row, overall_col + 1)) if overall_col is not None else "",
                assessment=text(_at(row, assessment_col)) if assessment_col is not None else "",
                assessment_note=text(_at(row, note_col)) if note_col is not None else "",
                has_assessment_column=assessment_col is not None,
            )
        )
        for unit_id, col in status_columns.items():
            unit_status = ReportStatus.read(label=text(_at(row, col)))
            if unit_id in missing:
                unit_status = ReportStatus.MISSING
            if unit_status is not None:
                per_unit.append((goal_id, unit_id, unit_status))
    frame = pd.DataFrame(per_unit, columns=["goal_id", "unit_id", "status"])
    return goals, frame


def _at(row: list[Any], col: int | None) -> Any:
    return row[col] if col is not None and col < len(row) else None


def _column(groups: list[str], subs: list[str], header: str) -> int | None:
    for cells in (groups, subs):
        lowered = [c.lower() for c in cells]
        if header.lower() in lowered:
            return lowered.index(header.lower())
    return None


def _status_columns(
    groups: list[str], subs: list[str], texts: dict[str, Any], units: pd.DataFrame
) -> dict[str, int]:
    """Status column per unit ID ("" for all units together), from the merged group headers."""
    known = set(units["unit_id"])
    result: dict[str, int] = {}
    group = ""
    for col, sub in enumerate(subs):
        if col < len(groups) and groups[col]:
            group = groups[col]
        if sub != texts["status"]:
            continue
        if group == texts["all_units"]:
            result[""] = col
            continue
        match = _UNIT_HEADER.search(group)
        if match and match.group(1) in known:
            result[match.group(1)] = col
    return result
