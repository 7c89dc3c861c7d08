"""Read a summary workbook that vpt consolidate wrote into plain data and pandas frames.

Every sheet is read by its headers (the names in ``workbook_templates/sammanstallning.toml``), so a
column added by a later version or moved by the controller changes nothing. The goal tree, its
levels and the roll-ups come from Översikt; the figures, comments and provenance from Data (with
the controller's edits from Kommentarer, see :mod:`vpt.report.edits`); who returned from
Inlämning; organisation, plan, period and the rules from Om.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from vpt.report.edits import apply_comment_edits
from vpt.report.errors import SummaryUnreadable
from vpt.report.overview import Goal, read_overview
from vpt.report.status import ReportStatus
from vpt.report.workbook import Grid, company, find_header_row, open_grids, text
from vpt.templates import load_template

__all__ = ["SummarySource", "read_summary"]


# Data columns the report cannot do without (keys of the summary template's data columns).
_REQUIRED = ("unit_id", "unit", "goal_id", "indicator_id", "indicator", "outcome", "status")
_MISSING_STATE = "saknas"


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
    goals, unit_goal_status = read_overview(
        grids[sheets["overview"]], sheets["overview"], Path(path), units, data
    )
    if not about.get("rollup"):
        about["rollup"] = _overview_rule(grids[sheets["overview"]], spec)
    previous_label = about.pop("previous", "")
    has_previous = "previous" in data and bool(data["previous"].notna().any())
    if previous_label == spec["about"]["no_previous"]:
        previous_label = ""
    return SummarySource(
        path=Path(path),
        plan=about.pop("plan", "") or _first(data, "plan"),
        organisation=about.pop("organisation", "") or company(Path(path)),
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
