"""Reshape the summary's Data sheet with pandas: per-goal indicator tables, counts, trends, comments.

Everything here is plain data (frames, tuples of text) that :mod:`vpt.report.sections` lays out;
nothing here knows about Word.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from vpt.report.source import SummarySource
from vpt.report.status import ReportStatus
from vpt.targets.numbers import format_number

__all__ = [
    "ASSESSED",
    "Remark",
    "goal_counts",
    "goal_rows",
    "indicator_totals",
    "indicators",
    "outcome_text",
    "per_unit_table",
    "provenance_by_indicator",
    "remarks",
    "result_counts",
    "status_per_top_goal",
    "trend",
    "trend_counts",
    "unit_list",
]

ASSESSED = (ReportStatus.MET, ReportStatus.PARTLY_MET, ReportStatus.NOT_MET,
            ReportStatus.NOT_ASSESSED)  # fmt: skip
_YESNO = "Ja/Nej"
_FREE_TEXT = ("Text",)


def indicators(source: SummarySource) -> pd.DataFrame:
    """One row per indicator in plan order (goal order from Översikt, then the Data sheet's order)."""
    if "indicators" not in source.cache:
        source.cache["indicators"] = _indicators(source)
    found: pd.DataFrame = source.cache["indicators"]
    return found


def goal_rows(source: SummarySource, goal_id: str) -> pd.DataFrame:
    """The Data rows of one goal's own indicators (split once, then looked up)."""
    if "by_goal" not in source.cache:
        source.cache["by_goal"] = dict(list(source.data.groupby("goal_id", sort=False)))
    found: pd.DataFrame | None = source.cache["by_goal"].get(goal_id)
    return found if found is not None else source.data.iloc[0:0]


def _indicators(source: SummarySource) -> pd.DataFrame:
    data = source.data
    goal_order = {g.id: n for n, g in enumerate(source.goals)}
    columns = ["indicator_id", "indicator", "goal_id", "type", "measure_unit", "target",
               "threshold"]  # fmt: skip
    first = data.drop_duplicates("indicator_id")[columns].copy()
    # Within one unit the Data sheet lists indicators in plan order; a unit an indicator does not
    # apply to skips it, so the position inside the longest unit list is the plan position.
    position = data.groupby("unit_id").cumcount()
    first["rank"] = first["indicator_id"].map(
        pd.Series(position.values, index=data["indicator_id"]).groupby(level=0).max()
    )
    first["goal_rank"] = first["goal_id"].map(goal_order).fillna(len(goal_order))
    return (
        first.sort_values(["goal_rank", "rank"], kind="stable")
        .drop(columns=["goal_rank", "rank"])
        .reset_index(drop=True)
    )


def outcome_text(row: pd.Series) -> str:
    """The utfall as a Swedish reader expects: "72,1 %", "48,8", "Ja", "Pågår"; "" when none."""
    number = row["outcome"]
    if row["type"] == _YESNO and row["outcome_text"]:
        return str(row["outcome_text"])
    if pd.notna(number):
        unit = row["measure_unit"]
        shown = format_number(float(number))
        return f"{shown} {unit}" if unit else shown
    if row["type"] in _FREE_TEXT:
        return ""
    return str(row["outcome_text"])


def _cell(row: pd.Series) -> str:
    state: ReportStatus = row["state"]
    if state is ReportStatus.MISSING:
        return state.text
    shown = outcome_text(row)
    return f"{state.symbol} {shown}" if shown else state.text


def per_unit_table(source: SummarySource, goal_id: str, units: list[str]) -> pd.DataFrame:
    """Indicators of one goal × the given units: each cell the status symbol and the utfall."""
    rows = goal_rows(source, goal_id)
    rows = rows[rows["unit_id"].isin(units)]
    if rows.empty:
        return pd.DataFrame()
    cells = rows.assign(cell=rows.apply(_cell, axis=1), state_code=rows["state"].map(str))
    table = cells.pivot(index="indicator_id", columns="unit_id", values="cell")
    states = cells.pivot(index="indicator_id", columns="unit_id", values="state_code")
    order = [i for i in indicators(source).query("goal_id == @goal_id")["indicator_id"]
             if i in table.index]  # fmt: skip
    present = [u for u in units if u in table.columns]
    return pd.concat(
        {"cell": table.loc[order, present].fillna(""), "state": states.loc[order, present]},
        axis=1,
    )


def indicator_totals(source: SummarySource, goal_id: str) -> pd.DataFrame:
    """Per indicator of a goal, over the units that returned: status counts and the utfall's spread."""
    rows = goal_rows(source, goal_id)
    rows = rows[rows["state"] != ReportStatus.MISSING]
    if rows.empty:
        return pd.DataFrame()
    counts = (
        rows.groupby(["indicator_id", "state"]).size().unstack(fill_value=0)
        .reindex(columns=list(ASSESSED), fill_value=0)
    )  # fmt: skip
    spread = pd.Series({i: _spread(group) for i, group in rows.groupby("indicator_id")})
    order = [i for i in indicators(source).query("goal_id == @goal_id")["indicator_id"]
             if i in counts.index]  # fmt: skip
    result = counts.loc[order].copy()
    result["spread"] = spread.reindex(order).fillna("")
    return result


def _spread(rows: pd.DataFrame) -> str:
    """Median and range of numeric utfall ("median 72,1 % (61–89,6 %)"), or counts of Ja/Nej."""
    first = rows.iloc[0]
    if first["type"] == _YESNO:
        yes = int((rows["outcome"] == 1).sum())
        no = int((rows["outcome"] == 0).sum())
        return f"{yes} ja, {no} nej"
    numbers = rows["outcome"].dropna()
    if numbers.empty:
        return ""
    unit = f" {first['measure_unit']}" if first["measure_unit"] else ""
    if len(numbers) == 1:
        return f"{format_number(float(numbers.iloc[0]))}{unit}"
    low, mid, high = (float(numbers.min()), float(numbers.median()), float(numbers.max()))
    return f"median {format_number(mid)}{unit} ({format_number(low)}–{format_number(high)}{unit})"


def unit_list(units: pd.DataFrame) -> str:
    """Units as a Swedish reader expects them: "Område diagnostik (DIAG), Område X (X)"."""
    return ", ".join(f"{n} ({u})" for u, n in zip(units["unit_id"], units["unit"], strict=True))


def result_counts(source: SummarySource) -> dict[ReportStatus, int]:
    """Unit × indicator results per status, units that returned only."""
    states = source.data["state"]
    return {s: int((states == s).sum()) for s in ASSESSED}


def goal_counts(source: SummarySource) -> dict[ReportStatus, int]:
    """Goals (all levels, all units together) per rolled-up status; goals with nothing left out."""
    counts = dict.fromkeys(ASSESSED, 0)
    for goal in source.goals:
        if goal.status is not None and goal.status in counts:
            counts[goal.status] += 1
    return counts


def status_per_top_goal(source: SummarySource) -> pd.DataFrame:
    """Units per status for each top-level goal (the second level when there is only one top)."""
    tops = [g for g in source.goals if g.depth == 0]
    if len(tops) < 2:
        tops = [g for g in source.goals if g.depth == 1] or tops
    frame = source.unit_goal_status
    wanted = [g.id for g in tops if g.status is not None]
    if frame.empty or not wanted:
        return pd.DataFrame()
    rows = frame[frame["goal_id"].isin(wanted)]
    columns = [*ASSESSED, ReportStatus.MISSING]
    counts = rows.groupby(["goal_id", "status"]).size().unstack(fill_value=0)
    counts = counts.reindex(index=wanted, columns=columns, fill_value=0)
    if not counts[ReportStatus.MISSING].any():
        counts = counts.drop(columns=[ReportStatus.MISSING])
    titles = {g.id: g.title for g in tops}
    counts.insert(0, "title", [titles[i] for i in counts.index])
    return counts


def _numeric_pairs(source: SummarySource) -> pd.DataFrame:
    data = source.data
    if "previous" not in data:
        return data.iloc[0:0]
    previous = pd.to_numeric(data["previous"], errors="coerce")
    rows = data.assign(before=previous)
    return rows[rows["outcome"].notna() & rows["before"].notna()
                & (rows["state"] != ReportStatus.MISSING)]  # fmt: skip


def trend_counts(source: SummarySource) -> tuple[int, int, int]:
    """How many comparable results rose, fell or stayed since the previous summary."""
    pairs = _numeric_pairs(source)
    difference = pairs["outcome"] - pairs["before"]
    return (int((difference > 1e-9).sum()), int((difference < -1e-9).sum()),
            int((difference.abs() <= 1e-9).sum()))  # fmt: skip


def trend(source: SummarySource, limit: int = 15) -> pd.DataFrame:
    """Median previous and current utfall per percent indicator with history, in plan order."""
    pairs = _numeric_pairs(source)
    pairs = pairs[pairs["measure_unit"] == "%"]
    if pairs.empty:
        return pd.DataFrame()
    medians = pairs.groupby("indicator_id")[["before", "outcome"]].median()
    order = [i for i in indicators(source)["indicator_id"] if i in medians.index][:limit]
    names = pairs.drop_duplicates("indicator_id").set_index("indicator_id")["indicator"]
    result = medians.loc[order]
    result.insert(0, "indicator", names.loc[order])
    return result


@dataclass(frozen=True)
class Remark:
    """One text a unit wrote, with every indicator of the goal it wrote it for."""

    unit: str
    indicators: tuple[str, ...]
    text: str


def remarks(source: SummarySource, goal_id: str, column: str) -> list[Remark]:
    """A unit's identical comments (``column`` = comment, actions or outcome_text) for one goal,
    collated: each text once per unit, with the indicators it was written for, in plan order."""
    rows = goal_rows(source, goal_id)
    rows = rows[rows[column] != ""]
    if column == "outcome_text":
        rows = rows[rows["type"].isin(_FREE_TEXT)]
    if rows.empty:
        return []
    unit_names = dict(zip(source.units["unit_id"], source.units["unit"], strict=True))
    # The Data sheet lists units in order and each unit's indicators in plan order, so the order
    # of first appearance is the order to show.
    grouped = rows.groupby(["unit_id", column], sort=False)["indicator"].agg(list)
    result = []
    for key, names in grouped.items():
        unit_id, written = str(key[0]), str(key[1])  # type: ignore[index]
        label = f"{unit_names.get(unit_id, unit_id)} ({unit_id})"
        result.append(Remark(label, tuple(dict.fromkeys(names)), written))
    return result


def provenance_by_indicator(source: SummarySource) -> pd.DataFrame:
    """Per indicator: the sheet and cell most units' figure came from, and the units that differ."""
    data = source.data
    rows = data[(data["cell"] != "") & (data["state"] != ReportStatus.MISSING)]
    if rows.empty:
        return pd.DataFrame(columns=["indicator", "place", "exceptions"])
    rows = rows.assign(place=rows["sheet"] + "!" + rows["cell"])
    usual = rows.groupby("indicator_id")["place"].agg(lambda s: s.mode().iloc[0])
    rows = rows.assign(usual=rows["indicator_id"].map(usual))
    odd = rows[rows["place"] != rows["usual"]]
    exceptions = {
        indicator_id: "; ".join(f"{u}: {p}" for u, p in zip(g["unit_id"], g["place"], strict=True))
        for indicator_id, g in odd.groupby("indicator_id")
    }
    order = [i for i in indicators(source)["indicator_id"] if i in usual.index]
    names = rows.drop_duplicates("indicator_id").set_index("indicator_id")["indicator"]
    return pd.DataFrame(
        index=pd.Index(order, name="indicator_id"),
        data={
            "indicator": names.loc[order].to_list(),
            "place": usual.loc[order].to_list(),
            "exceptions": [exceptions.get(i, "") for i in order],
        },
    )
