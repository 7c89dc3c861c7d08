"""The data that the target grammar, outcome normalisation, assessment and roll-up exchange.

Numbers are in the unit the plan writes: percentages as percent points ("Minst 75%" → 75.0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from vpt.model import Direction

__all__ = [
    "Assessment",
    "Bands",
    "Outcome",
    "Rollup",
    "RollupKind",
    "RollupRule",
    "Status",
    "Target",
    "TargetKind",
]


class TargetKind(StrEnum):
    THRESHOLD = "threshold"  # a bound ("Minst 75%") or a bare value with a Riktning ("95%")
    RANGE = "range"  # "77-80", "mellan 77 och 80"
    YESNO = "yesno"  # "Ja", "Nej"
    CHANGE = "change"  # against a reference: "Öka", "Minska med 10 %"
    UNMEASURABLE = "unmeasurable"  # "", "ska beskrivas", "Enligt budget"
    UNREADABLE = "unreadable"  # text vpt cannot read
    MULTIPLE = "multiple"  # several targets packed in one cell
    REPORTED = "reported"  # "Redovisa antal …": a figure reported without a target


@dataclass(frozen=True, slots=True)
class Target:
    """One målvärde as vpt reads it. ``text`` is what the plan says, verbatim."""

    text: str
    kind: TargetKind
    op: str | None = None  # ">=", ">", "<=", "<"; None for ranges, yes/no, change, bare values
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    expected: bool | None = None
    change_direction: Direction | None = None
    change_amount: float | None = None
    change_relative: bool = False  # "Öka med 10%": amount is percent of the reference
    note: str = ""
    direction: Direction | None = None
    problem: str = ""
    # Where a change is measured from: a named year ("öka jämfört med 2021"); None = the
    # previous period, else the ingångsvärde.
    reference_year: int | None = None
    # The plan year whose value a multi-year cell ("12 % (2025) 10 % (2026)") gave, and the
    # years the cell lists.
    year_used: int | None = None
    years: tuple[int, ...] = ()
    # Why a target is not measurable: "activity" (an uppdrag or insats), "qualitative" (a
    # sentence), "" otherwise. "keep" marks a keep-level change ("bibehålla").
    basis: str = ""
    # A reading vpt chose where the text allows another: plan check shows it as a warning.
    doubt: str = ""

    @property
    def measurable(self) -> bool:
        """Whether an outcome can be computed against this target (a yes/no counts)."""
        if self.kind in (TargetKind.RANGE, TargetKind.YESNO):
            return True
        kinds = (TargetKind.THRESHOLD, TargetKind.CHANGE)
        return self.kind in kinds and self.direction is not None

    @property
    def percent(self) -> bool:
        return self.unit == "%"


class Status(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NOT_ASSESSED = "not_assessed"

    @property
    def label(self) -> str:
        """The Swedish word: Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej bedömt."""
        return _STATUS_LABELS[self]

    @property
    def symbol(self) -> str:
        """A symbol that survives black-and-white print (all in Arial, Calibri and DejaVu)."""
        return _STATUS_SYMBOLS[self]

    @classmethod
    def from_label(cls, text: object) -> Status | None:
        """Read what a unit picked or typed ("Uppfyllt", "delvis", "ej uppfyllt"); None if not."""
        return _status_from_label(text)


_STATUS_LABELS = {
    Status.MET: "Uppfyllt",
    Status.PARTLY_MET: "Delvis uppfyllt",
    Status.NOT_MET: "Ej uppfyllt",
    Status.NOT_ASSESSED: "Ej bedömt",
}
# Latin-1/WGL4 characters only: every common font (Calibri, Arial, DejaVu, Liberation) has them,
# so no font fallback is needed in Excel, LibreOffice or a PDF export.
_STATUS_SYMBOLS = {
    Status.MET: "√",
    Status.PARTLY_MET: "±",
    Status.NOT_MET: "×",
    Status.NOT_ASSESSED: "–",
}


_WORDS = {
    "uppfyllt": Status.MET,
    "uppfylld": Status.MET,
    "uppfyllda": Status.MET,
    "uppnått": Status.MET,
    "ja": Status.MET,
    "grön": Status.MET,
    "gron": Status.MET,
    "delvis": Status.PARTLY_MET,
    "delvis uppfyllt": Status.PARTLY_MET,
    "delvis uppfylld": Status.PARTLY_MET,
    "delvis uppnått": Status.PARTLY_MET,
    "gul": Status.PARTLY_MET,
    "ej uppfyllt": Status.NOT_MET,
    "ej uppfylld": Status.NOT_MET,
    "inte uppfyllt": Status.NOT_MET,
    "icke uppfyllt": Status.NOT_MET,
    "ej uppnått": Status.NOT_MET,
    "inte uppnått": Status.NOT_MET,
    "nej": Status.NOT_MET,
    "röd": Status.NOT_MET,
    "rod": Status.NOT_MET,
    "ej bedömt": Status.NOT_ASSESSED,
    "ej bedömd": Status.NOT_ASSESSED,
    "inte bedömt": Status.NOT_ASSESSED,
    "kan ej bedömas": Status.NOT_ASSESSED,
    "kan inte bedömas": Status.NOT_ASSESSED,
    "grå": Status.NOT_ASSESSED,
}


def _status_from_label(text: object) -> Status | None:
    """The status a label, code or symbol stands for, or None when it cannot be read."""
    if isinstance(text, Status):
        return text
    if not isinstance(text, str):
        return None
    return _status_from_text(text)


@lru_cache(maxsize=1024)
def _status_from_text(text: str) -> Status | None:
    """Cached: every returned row has an egen bedömning picked from the same short list."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower()).strip(" .!")
    if not cleaned:
        return None
    for status in Status:
        if cleaned in (status.value, status.label.lower(), status.symbol):
            return status
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    first = cleaned.split(" ", 1)[0]
    # A symbol picked from the list followed by the word ("√ Uppfyllt").
    for status in Status:
        if first == status.symbol:
            return _status_from_text(cleaned[len(first) :]) or status
    return None


@dataclass(frozen=True, slots=True)
class Outcome:
    """An utfall after normalisation. ``value`` is a float (percent points for percent
    indicators), a bool for yes/no, a str for text indicators, or None when empty or unreadable."""

    value: float | bool | str | None
    empty: bool = False
    problem: str = ""  # Swedish, tells the unit what to do
    code: str = ""  # finding code when there is a problem or a doubt
    ambiguous: bool = False  # "0,72" for a percent: read as 72 %, but say so
    probably_missing_percent: bool = False  # 75 typed into a percent cell → 7500 %

    @property
    def readable(self) -> bool:
        return not self.empty and self.value is not None


@dataclass(frozen=True, slots=True)
class Bands:
    """A numeric target resolved to plain numbers, so Excel formulas can agree with Python.

    A value is met when inside [met_low, met_high], partly met when inside [partly_low, partly_high],
    otherwise not met; an end marked strict is excluded. None means unbounded. Without a tolerance
    band (a target of 0) the partly interval equals the met interval.
    """

    met_low: float | None = None
    met_low_strict: bool = False
    met_high: float | None = None
    met_high_strict: bool = False
    partly_low: float | None = None
    partly_low_strict: bool = False
    partly_high: float | None = None
    partly_high_strict: bool = False
    target_value: float | None = None  # the value the target resolved to (change targets)

    def is_met(self, value: float) -> bool:
        return _inside(
            value, self.met_low, self.met_low_strict, self.met_high, self.met_high_strict
        )

    def is_partly(self, value: float) -> bool:
        return _inside(
            value,
            self.partly_low,
            self.partly_low_strict,
            self.partly_high,
            self.partly_high_strict,
        )

    def status(self, value: float) -> Status:
        if self.is_met(value):
            return Status.MET
        if self.is_partly(value):
            return Status.PARTLY_MET
        return Status.NOT_MET

    @property
    def has_partly(self) -> bool:
        """Whether the partly band adds anything beyond the met interval."""
        return (
            self.partly_low,
            self.partly_low_strict,
            self.partly_high,
            self.partly_high_strict,
        ) != (self.met_low, self.met_low_strict, self.met_high, self.met_high_strict)


def _inside(
    value: float, low: float | None, low_strict: bool, high: float | None, high_strict: bool
) -> bool:
    if low is not None and (value < low or (low_strict and value == low)):
        return False
    return not (high is not None and (value > high or (high_strict and value == high)))


@dataclass(frozen=True, slots=True)
class Assessment:
    """The computed status of one outcome, the unit's own, and why."""

    status: Status
    reason: str
    own: Status | None = None
    disagrees: bool = False
    bands: Bands | None = None
    computed: bool = True  # False when the status is the unit's egen bedömning
    by_own: bool = (
        False  # a measurable target the numbers cannot decide: "enligt enhetens bedömning"
    )


class RollupKind(StrEnum):
    POINTS = "points"  # average of met 2, partly 1, not met 0
    WORST = "worst"  # the worst status wins
    SHARE = "share"  # share of met


@dataclass(frozen=True, slots=True)
class RollupRule:
    """How a goal's status follows from its indicators' and sub-goals' statuses.

    For POINTS, ``met_at``/``partly_at`` are average points (0-2); for SHARE they are shares (0-1).
    """

    kind: RollupKind = RollupKind.POINTS
    met_at: float = 1.5
    partly_at: float = 0.5
    problem: str = ""  # Swedish, when the plan's Sammanvägning text could not be read

    @property
    def description(self) -> str:
        """A Swedish sentence for the summary's Om sheet."""
        return _describe_rule(self)


@dataclass(frozen=True, slots=True)
class Rollup:
    """A goal's rolled-up status with the counts behind it."""

    status: Status
    met: int = 0
    partly_met: int = 0
    not_met: int = 0
    not_assessed: int = 0
    explanation: str = ""
    score: float | None = None  # average points or share met, as the rule computes it
    children: tuple[str, ...] = field(default=())

    @property
    def assessed(self) -> int:
        return self.met + self.partly_met + self.not_met


def _describe_rule(rule: RollupRule) -> str:
    """A Swedish sentence that states the rule."""
    if rule.kind is RollupKind.WORST:
        return "Målets status är den sämsta bland dess indikatorer och delmål."
    if rule.kind is RollupKind.SHARE:
        return (
            f"Målet är uppfyllt när minst {_pct(rule.met_at)} av de bedömda indikatorerna och "
            f"delmålen är uppfyllda, delvis uppfyllt från {_pct(rule.partly_at)}, "
            "annars ej uppfyllt."
        )
    return (
        "Varje indikator och delmål ger poäng: uppfyllt 2, delvis uppfyllt 1, ej uppfyllt 0. "
        f"Målet är uppfyllt när medelpoängen är minst {_num(rule.met_at)}, delvis uppfyllt från "
        f"{_num(rule.partly_at)}, annars ej uppfyllt. Ej bedömda räknas inte."
    )


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _pct(share: float) -> str:
    return f"{_num(round(share * 100, 1))} %"
