"""The controller's edits of the units' comments, made in the summary's Kommentarer sheet.

The summary writes each comment twice: in Data (the record, also the next period's history) and
in Kommentarer (the filterable table a controller reads and tidies). Where a Kommentarer row says
something else than Data, the controller has edited it, and the report uses the edited text.
Rows are matched by unit, goal and indicator as Kommentarer shows them; a combination that occurs
more than once cannot be matched safely and is left as Data has it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from vpt.report.workbook import Grid, find_header_row, text

__all__ = ["apply_comment_edits"]


def apply_comment_edits(data: pd.DataFrame, grid: Grid, spec: dict[str, Any]) -> int:
    """Put the edited texts into ``data`` (comment, actions); return how many cells changed."""
    headers = spec["comments"]["headers"]  # Enhet, Mål, Indikator, Utfall, Status, ..., Åtgärder
    wanted = {"unit": headers[0], "goal": headers[1], "indicator": headers[2],
              "comment": headers[6], "actions": headers[7]}  # fmt: skip
    top = find_header_row(grid, list(wanted.values()))
    if top is None or data.empty:
        return 0
    names = [text(v).lower() for v in grid[top]]
    where = {k: names.index(h.lower()) for k, h in wanted.items()}
    edits: dict[tuple[str, str, str], tuple[str, str]] = {}
    seen: set[tuple[str, str, str]] = set()
    for row in grid[top + 1 :]:
        cells = {k: text(row[n]) if n < len(row) else "" for k, n in where.items()}
        key = (cells["unit"], cells["goal"], cells["indicator"])
        if not key[0]:
            continue
        if key in seen:
            edits.pop(key, None)
            continue
        seen.add(key)
        edits[key] = (cells["comment"], cells["actions"])
    if not edits:
        return 0
    labels = data["unit"] + " (" + data["unit_id"] + ")"
    goals = data["goal_path"].str.rsplit(" › ", n=1).str[-1]
    changed = 0
    for n, key in enumerate(zip(labels, goals, data["indicator"], strict=True)):
        edit = edits.get(key)
        if edit is None:
            continue
        for column, value in zip(("comment", "actions"), edit, strict=True):
            if data.at[n, column] != value:
                data.at[n, column] = value
                changed += 1
    return changed
