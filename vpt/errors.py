"""Exceptions for the cases where vpt cannot continue at all.

Everything that can be reported and worked around is a :class:`vpt.findings.Finding` instead.
Every exception carries a Swedish message meant for the user (``str(exc)``).

    VptError
    ├── PlanUnreadable      the plan file cannot be used at all (not a workbook, no sheets)
    ├── ReturnUnreadable    a returned file cannot be opened (becomes a finding at the edge)
    ├── OutputLocked        a summary or workbook cannot be written where the user asked
    ├── OutputRefused       the output path is an input (plan, return, previous summary) or no
    │                       place for a workbook (not .xlsx, a device)
    └── OutputNotEmpty      generate would replace files in the output folder and was not told to
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vpt.generate.overwrite import OutputInspection

__all__ = [
    "OutputLocked",
    "OutputNotEmpty",
    "OutputRefused",
    "PlanUnreadable",
    "ReturnUnreadable",
    "VptError",
]


class VptError(Exception):
    """Base of every vpt error; ``str(error)`` is a Swedish message for the user."""


class PlanUnreadable(VptError):
    """The plan workbook cannot be used at all."""


class ReturnUnreadable(VptError):
    """A returned file cannot be opened; the caller turns it into a finding."""

    def __init__(self, message: str, code: str = "file-unreadable") -> None:
        super().__init__(message)
        self.code = code


class OutputLocked(VptError):
    """The output file is open in another program or cannot be replaced."""


class OutputRefused(VptError):
    """The output path would replace an input, or is no path a workbook can be saved to."""


class OutputNotEmpty(VptError):
    """The output folder holds files generate would replace; ``inspection`` says which."""

    def __init__(self, message: str, inspection: OutputInspection) -> None:
        super().__init__(message)
        self.inspection = inspection
