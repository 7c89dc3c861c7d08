"""The consolidated summary workbook (vpt consolidate): colours, roll-ups, tables and history."""

from vpt.consolidate.atomic import write_atomic
from vpt.consolidate.previous import PreviousUnreadable, read_previous, values_for_unit
from vpt.consolidate.run import consolidate, save_summary, summarise_result
from vpt.consolidate.summary import status_text
from vpt.consolidate.table import Summary, SummaryRow, build_summary

__all__ = [
    "PreviousUnreadable",
    "Summary",
    "SummaryRow",
    "build_summary",
    "consolidate",
    "read_previous",
    "save_summary",
    "status_text",
    "summarise_result",
    "values_for_unit",
    "write_atomic",
]
