"""Why a report cannot be written: an input that is not what it should be.

VptError (vpt.errors)
├── SummaryUnreadable    the summary is not one vpt wrote, or is damaged
├── TemplateUnreadable   the Word template cannot be used
└── ReportRefused        the output would replace an input, or is not a .docx
"""

from __future__ import annotations

from vpt.errors import VptError

__all__ = ["ReportRefused", "SummaryUnreadable", "TemplateUnreadable"]


class SummaryUnreadable(VptError):
    """The file is not a summary workbook vpt wrote, or it cannot be read."""


class TemplateUnreadable(VptError):
    """The Word template is not a .docx/.dotx that python-docx can open."""


class ReportRefused(VptError):
    """The output path is one of the inputs, or not a Word document."""
