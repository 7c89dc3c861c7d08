"""The report to the nämnd (vpt report): a Word draft of the uppföljningsrapport from a summary.

    summary workbook ──read──▶ SummarySource ──frames/sections──▶ blocks ──writer──▶ .docx

:func:`write_report` is the one entry point for the command line and the app.
"""

from vpt.report.errors import ReportRefused, SummaryUnreadable, TemplateUnreadable
from vpt.report.run import Progress, write_report
from vpt.report.source import SummarySource, read_summary

__all__ = [
    "Progress",
    "ReportRefused",
    "SummarySource",
    "SummaryUnreadable",
    "TemplateUnreadable",
    "read_summary",
    "write_report",
]
