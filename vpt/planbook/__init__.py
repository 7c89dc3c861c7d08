"""The plan workbook: read it, check it, write a blank one (``vpt plan new``)."""

from vpt.planbook.checks import check_plan
from vpt.planbook.reader import read_plan
from vpt.planbook.writer import write_plan

__all__ = ["check_plan", "read_plan", "write_plan"]
