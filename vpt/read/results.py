"""What reading returned workbooks yields: the files, the values, and the findings.

This is the contract between the reader (``vpt check``) and the consolidation (``vpt consolidate``,
the app): plain immutable data, every value traceable to the file, sheet and cell it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from vpt.findings import Report
from vpt.targets.types import Status

__all__ = ["CheckResult", "ReturnedFile", "ReturnedValue", "Submission"]


class Submission(StrEnum):
    """What became of a returned file."""

    ACCEPTED = "accepted"  # its values are used
    DUPLICATE = "duplicate"  # an older or second file for the same unit and period: not used
    REJECTED = "rejected"  # unreadable, unsafe, another period, unknown unit or plan: not used

    @property
    def label(self) -> str:
        return {"accepted": "Mottagen", "duplicate": "Dubblett", "rejected": "Avvisad"}[self.value]


@dataclass(frozen=True, slots=True)
class ReturnedFile:
    """One returned workbook (a file, or an e-mail attachment) and what it was identified as."""

    name: str  # what the user sees: the path, or "brev.eml › bilaga.xlsx"
    sha256: str
    received: datetime | None
    submission: Submission
    unit_id: str = ""
    period_id: str = ""
    plan_fingerprint: str = ""
    identity: str = ""  # where the identity came from: "sheet", "properties", "headers" or ""
    sender: str = ""

    @property
    def accepted(self) -> bool:
        return self.submission is Submission.ACCEPTED


@dataclass(frozen=True, slots=True)
class ReturnedValue:
    """One indicator row of one accepted file: what the unit typed, normalised and assessed."""

    unit_id: str
    indicator_id: str
    value: float | bool | str | None  # percent in percent points; None when empty or unreadable
    status: Status  # the computed måluppfyllelse (or the unit's own, for uppdrag and text)
    reason: str  # one Swedish sentence
    own: Status | None = None  # the unit's egen bedömning
    by_own: bool = (
        False  # status from egen bedömning: the numbers cannot decide it (no jämförelsevärde)
    )
    task_status: str = ""  # for uppdrag: Genomfört / Pågår / Ej påbörjat
    comment: str = ""
    actions: str = ""
    raw: str = ""  # the cell as typed, for the controller's eyes
    file: str = ""
    sheet: str = ""
    cell: str = ""  # the Utfall cell in A1
    sha256: str = ""


@dataclass(frozen=True)
class CheckResult:
    """Everything read from a set of returns for one plan and period."""

    period_id: str
    files: tuple[ReturnedFile, ...] = ()
    values: tuple[ReturnedValue, ...] = ()
    findings: Report = field(default_factory=Report)

    @property
    def accepted_units(self) -> set[str]:
        return {f.unit_id for f in self.files if f.accepted}
