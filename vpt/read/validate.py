"""Validate one read follow-up sheet: normalise and assess every indicator row, and say what is wrong.

Every problem is a :class:`~vpt.findings.Finding` with file, sheet and cell, and a Swedish message
that tells the unit what to do. A row with a problem still yields what can be used of it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from vpt.findings import Finding, Severity, cell_ref
from vpt.generate import layout as L
from vpt.model import Indicator, IndicatorType, Plan
from vpt.read.results import ReturnedValue
from vpt.read.workbook import ReadSheet, SheetRow, is_blank
from vpt.targets import (
    Status,
    Target,
    TargetKind,
    assess,
    normalise_outcome,
    parse_baseline,
    parse_target,
    resolve_type,
)
from vpt.targets.normalise import implausible_percent
from vpt.targets.numbers import format_number
from vpt.targets.reading import OUTCOME_LIMITS, PARTLY_WORD
from vpt.templates import load_template

__all__ = ["Place", "validate_sheet"]

Previous = Mapping[tuple[str, str], float | bool | str]
_MAX_STRAY_FINDINGS = 10
_OUTCOME_ERRORS = ("outcome-unreadable", "outcome-date", "outcome-not-yesno")
_TASK_STATUSES = {s.casefold(): s for s in L.TASK_STATUSES}


@dataclass(frozen=True, slots=True)
class Place:
    """Where the values come from, for every finding and value of one file."""

    file: str
    sha256: str
    unit_id: str
    period_id: str


def validate_sheet(
    plan: Plan,
    sheet: ReadSheet,
    place: Place,
    *,
    expected: Collection[str] = (),
    same_plan: bool = True,
    previous: Previous | None = None,
) -> tuple[list[ReturnedValue], list[Finding]]:
    """Values and findings for every indicator the plan asks of this unit in this period.

    ``expected`` are the row keys the workbook was generated with (its identity), so that a row
    missing from the sheet is known to have been deleted. With ``same_plan`` False (another plan
    version), only rows whose indicator text still matches the plan are used.
    """
    values: list[ReturnedValue] = []
    findings: list[Finding] = []
    check = _Checker(plan, sheet, place, previous or {})
    by_text = {_words(r.cells.get("indicator")): r for r in sheet.unkeyed}
    applicable = plan.applicable(place.unit_id, place.period_id)
    wanted = {i.id for i in applicable}
    for indicator in applicable:
        row = sheet.rows.get(indicator.id) or by_text.get(_words(indicator.name))
        if row is None:
            findings.append(check.missing_row(indicator, deleted=indicator.id in expected))
            continue
        if not same_plan and _words(row.cells.get("indicator")) != _words(indicator.name):
            findings.append(check.changed_row(indicator, row))
            continue
        value, found = check.row(indicator, row)
        values.append(value)
        findings.extend(found)
    for key, row in sheet.rows.items():
        if key not in wanted:
            findings.append(check.foreign_row(key, row, plan.indicator(key) is not None))
    findings.extend(check.repeated_row(row) for row in sheet.repeated)
    findings.extend(check.stray())
    return values, findings


class _Checker:
    def __init__(self, plan: Plan, sheet: ReadSheet, place: Place, previous: Previous) -> None:
        self.plan, self.sheet, self.place, self.previous = plan, sheet, place, previous
        spec = load_template("uppfoljning")["validation"]
        self.text_max = int(spec["text_max"])
        self.limits = OUTCOME_LIMITS

    # -- one indicator row ---------------------------------------------------------------------

    def row(self, indicator: Indicator, row: SheetRow) -> tuple[ReturnedValue, list[Finding]]:
        kind, target, baseline = _rule(indicator, self.plan.year)
        findings: list[Finding] = []
        at = self._at(row)
        raw = row.cells.get("outcome")  # the reader requires the column; None would be empty
        error = self.sheet.errors.get((row.row, self._col("outcome")))
        if error is not None and is_blank(raw):
            raw = error
        for key in ("outcome", "own", "comment", "actions"):
            if (row.row, self._col(key)) in self.sheet.formulas:
                findings.append(self._formula(indicator, row, key))

        task_status = ""
        if kind is IndicatorType.TASK:
            outcome = normalise_outcome(raw, kind)
            task_status = _TASK_STATUSES.get(str(outcome.value or "").casefold(), "")
            if outcome.readable and not task_status:
                findings.append(self._task_status(indicator, at("outcome"), raw))
        else:
            outcome = normalise_outcome(raw, kind, percent_cell=_is_number(raw))
        if outcome.empty:
            findings.append(self._missing_outcome(indicator, kind, at("outcome")))
        elif outcome.code:
            severity = Severity.ERROR if outcome.code in _OUTCOME_ERRORS else Severity.WARNING
            findings.append(self._finding(outcome.code, severity, at("outcome"), raw,
                                          f"{indicator.id}: {outcome.problem}"))  # fmt: skip
        value = outcome.value
        if (
            isinstance(value, float)
            and kind in self.limits
            and not _within(value, self.limits[kind])
        ):
            findings.append(self._out_of_range(indicator, kind, at("outcome"), raw, value))
            outcome = replace(outcome, value=None, problem="utfallet ligger utanför det rimliga.")
            value = None
        elif outcome.readable and not outcome.code:
            # The live status shows "Kontrollera värdet" for these; say why, so that the unit
            # and the controller never see different statuses without being told.
            if isinstance(value, float) and isinstance(raw, str):
                findings.append(self._as_text(indicator, kind, at("outcome"), raw, value))
            elif kind is IndicatorType.YESNO and not _in_list(raw):
                findings.append(self._not_in_list(indicator, at("outcome"), raw, value))
            elif isinstance(value, float) and implausible_percent(value, kind, target):
                findings.append(self._implausible(indicator, at("outcome"), raw, value))

        own_raw = row.cells.get("own", "")
        own = Status.from_label(own_raw) if not is_blank(own_raw) else None
        if own is None and not is_blank(own_raw):
            findings.append(self._own_unreadable(indicator, at("own"), own_raw))
        previous = _reference(self.previous.get((self.place.unit_id, indicator.id)))
        comparison = None
        # As the live formula: a change against a named year ignores the previous period.
        asks_comparison = (
            target.kind is TargetKind.CHANGE
            and target.measurable
            and (previous is None or target.reference_year is not None)
            and baseline is None
        )
        if asks_comparison:
            comparison = self._comparison(indicator, kind, row, at("comparison"), findings)
        assessment = assess(
            target,
            outcome,
            threshold_text=indicator.threshold,
            tolerance=self.plan.tolerance,
            previous=previous,
            baseline=baseline,
            own=own,
            comparison=comparison,
        )
        if asks_comparison and comparison is None and outcome.readable:
            findings.append(self._by_own(indicator, at("comparison"), assessment.by_own))
        if assessment.disagrees and own is not None:
            findings.append(self._disagrees(indicator, at("own"), own, assessment.status,
                                            assessment.reason))  # fmt: skip
        if not assessment.computed and own is None and not outcome.empty:
            findings.append(self._own_missing(indicator, at("own")))
        if not assessment.computed and own is not None and not _own_in_list(own_raw):
            findings.append(self._own_not_in_list(indicator, at("own"), own_raw, own))

        comment = _text(row.cells.get("comment", ""))
        actions = _text(row.cells.get("actions", ""))
        if assessment.status in (Status.PARTLY_MET, Status.NOT_MET):
            if not comment:
                findings.append(self._explain_missing(indicator, "comment", at("comment"),
                                                      assessment.status))  # fmt: skip
            if not actions:
                findings.append(self._explain_missing(indicator, "actions", at("actions"),
                                                      assessment.status))  # fmt: skip
        for key, text in (("comment", comment), ("actions", actions), ("outcome", value)):
            if isinstance(text, str) and len(text) > self.text_max:
                findings.append(self._too_long(indicator, at(key), text))

        returned = ReturnedValue(
            unit_id=self.place.unit_id,
            indicator_id=indicator.id,
            value=value,
            status=assessment.status,
            reason=assessment.reason,
            own=own,
            by_own=assessment.by_own,
            task_status=task_status,
            comment=comment,
            actions=actions,
            raw=_text(raw),
            file=self.place.file,
            sheet=self.sheet.name,
            cell=at("outcome"),
            sha256=self.place.sha256,
        )
        return returned, findings

    def _comparison(
        self,
        indicator: Indicator,
        kind: IndicatorType,
        row: SheetRow,
        cell: str,
        findings: list[Finding],
    ) -> float | None:
        """The jämförelsevärde the unit typed for a change target without reference, if usable."""
        raw = row.cells.get("comparison")  # a sheet without the column: None, which is empty
        read = normalise_outcome(raw, kind, percent_cell=_is_number(raw))
        value = read.value
        if read.empty:
            return None
        if not isinstance(value, float):  # every unreadable outcome has no value
            findings.append(self._finding(
                "comparison-unreadable", Severity.ERROR, cell, raw,
                f"{indicator.id}: jämförelsevärdet ”{_text(raw)}” går inte att läsa som ett tal. "
                "Skriv bara talet, till exempel 72 eller 72 %.",
            ))  # fmt: skip
            return None
        if not _within(value, self.limits[kind]):
            findings.append(self._finding(
                "comparison-out-of-range", Severity.ERROR, cell, raw,
                f"{indicator.id}: jämförelsevärdet {format_number(value)} ligger utanför det "
                "rimliga. Kontrollera och rätta det.",
            ))  # fmt: skip
            return None
        if read.code:
            findings.append(self._finding(read.code, Severity.WARNING, cell, raw,
                                          f"{indicator.id}: jämförelsevärdet: {read.problem}"))  # fmt: skip
        elif isinstance(raw, str):
            findings.append(self._finding(
                "comparison-as-text", Severity.WARNING, cell, raw,
                f"{indicator.id}: jämförelsevärdet ”{_text(raw)}” står som text, så arbetsboken "
                f"visade ”Kontrollera värdet”. vpt läser det som {format_number(value)}. Skriv "
                "bara talet nästa gång.",
            ))  # fmt: skip
        return value

    # -- structure -----------------------------------------------------------------------------

    def missing_row(self, indicator: Indicator, *, deleted: bool) -> Finding:
        if deleted:
            return self._finding(
                "row-deleted", Severity.ERROR, "", indicator.id,
                f"Raden för {indicator.id} ”{_short(indicator.name)}” har tagits bort ur "
                "arbetsboken. Be enheten fylla i den (i en ny arbetsbok från vpt, eller genom att "
                "ångra borttagningen) och skicka igen.",
            )  # fmt: skip
        return self._finding(
            "row-missing", Severity.WARNING, "", indicator.id,
            f"Arbetsboken har ingen rad för {indicator.id} ”{_short(indicator.name)}”, som planen "
            "följer upp för enheten. Be enheten fylla i den i en ny arbetsbok från vpt.",
        )  # fmt: skip

    def changed_row(self, indicator: Indicator, row: SheetRow) -> Finding:
        return self._finding(
            "row-changed", Severity.WARNING, self._at(row)("outcome"), indicator.id,
            f"Indikatorn {indicator.id} har ändrats i planen sedan arbetsboken skapades, så "
            "värdet används inte. Be enheten fylla i raden i en ny arbetsbok från vpt.",
        )  # fmt: skip

    def foreign_row(self, key: str, row: SheetRow, in_plan: bool) -> Finding:
        where = cell_ref(row.row, self.sheet.columns["id"])
        if in_plan:
            return self._finding(
                "row-not-applicable", Severity.INFO, where, key,
                f"Raden {key} följs inte upp för den här enheten och perioden enligt planen och "
                "läses inte.",
            )  # fmt: skip
        return self._finding(
            "row-unknown", Severity.WARNING, where, key,
            f"Raden med ID {key} finns inte i planen och läses inte. Har ID:t ändrats? Skriv "
            "inte i ID-kolumnen.",
        )  # fmt: skip

    def repeated_row(self, row: SheetRow) -> Finding:
        return self._finding(
            "row-repeated", Severity.WARNING, cell_ref(row.row, self.sheet.columns["id"]), row.key,
            f"ID {row.key} finns på flera rader; bara den första läses. Ta bort den kopierade "
            "raden och skicka igen om värdena skiljer sig.",
        )  # fmt: skip

    def stray(self) -> list[Finding]:
        found: list[Finding] = []
        for r, c, value in self.sheet.stray[:_MAX_STRAY_FINDINGS]:
            found.append(self._finding(
                "value-outside-input", Severity.WARNING, cell_ref(r, c), value,
                "Ett värde står utanför de vita inmatningscellerna och läses inte. Skriv utfall, "
                "egen bedömning, kommentar och åtgärder i de vita cellerna på indikatorns rad.",
            ))  # fmt: skip
        rest = len(self.sheet.stray) - _MAX_STRAY_FINDINGS
        if rest > 0:
            found.append(self._finding(
                "value-outside-input", Severity.WARNING, "", f"{rest} celler",
                f"Ytterligare {rest} värden står utanför inmatningscellerna och läses inte.",
            ))  # fmt: skip
        return found

    # -- findings ------------------------------------------------------------------------------

    def _formula(self, indicator: Indicator, row: SheetRow, key: str) -> Finding:
        return self._finding(
            "formula-in-input", Severity.WARNING, self._at(row)(key), row.cells.get(key),
            f"{indicator.id}: cellen innehåller en formel; vpt använder det beräknade värdet. "
            "Skriv in själva värdet i stället för en formel.",
        )  # fmt: skip

    def _task_status(self, indicator: Indicator, cell: str, raw: object) -> Finding:
        choices = ", ".join(L.TASK_STATUSES)
        return self._finding(
            "task-status-unreadable", Severity.WARNING, cell, raw,
            f"{indicator.id}: uppdragets status ”{_text(raw)}” är inget av {choices}. Välj en "
            "status i listan.",
        )  # fmt: skip

    def _missing_outcome(self, indicator: Indicator, kind: IndicatorType, cell: str) -> Finding:
        what = {
            IndicatorType.TASK: "Välj uppdragets status (Genomfört, Pågår eller Ej påbörjat)",
            IndicatorType.YESNO: "Välj Ja eller Nej",
            IndicatorType.TEXT: "Skriv utfallet",
        }.get(kind, "Fyll i utfallet som ett tal")
        return self._finding(
            "outcome-missing", Severity.WARNING, cell, "",
            f"{indicator.id}: utfall saknas. {what}, eller skriv i Kommentar/analys varför det "
            "inte finns.",
        )  # fmt: skip

    def _out_of_range(
        self, indicator: Indicator, kind: IndicatorType, cell: str, raw: object, value: float
    ) -> Finding:
        low, high = self.limits[kind]
        unit = " %" if kind is IndicatorType.PERCENT else ""
        return self._finding(
            "outcome-out-of-range", Severity.ERROR, cell, raw,
            f"{indicator.id}: utfallet {format_number(value)}{unit} ligger utanför det rimliga "
            f"({format_number(low)}{unit} till {format_number(high)}{unit}). Kontrollera och "
            "rätta utfallet.",
        )  # fmt: skip

    def _as_text(
        self, indicator: Indicator, kind: IndicatorType, cell: str, raw: object, value: float
    ) -> Finding:
        unit = " %" if kind is IndicatorType.PERCENT else ""
        return self._finding(
            "outcome-as-text", Severity.WARNING, cell, raw,
            f"{indicator.id}: utfallet ”{_text(raw)}” står som text, inte som tal, så arbetsboken "
            f"visade ”Kontrollera värdet” i stället för måluppfyllelsen. vpt läser det som "
            f"{format_number(value)}{unit}. Stämmer det inte, rätta utfallet; skriv bara talet "
            "nästa gång.",
        )  # fmt: skip

    def _not_in_list(self, indicator: Indicator, cell: str, raw: object, value: object) -> Finding:
        shown = {True: L.YES_NO[0], False: L.YES_NO[1]}.get(value, PARTLY_WORD)  # type: ignore[call-overload]
        return self._finding(
            "outcome-not-in-list", Severity.WARNING, cell, raw,
            f"{indicator.id}: utfallet ”{_text(raw)}” är inget av Ja och Nej i listan, så "
            f"arbetsboken visade ”Kontrollera värdet”. vpt läser det som {shown}. Stämmer det "
            "inte, välj rätt svar i listan.",
        )  # fmt: skip

    def _implausible(self, indicator: Indicator, cell: str, raw: object, value: float) -> Finding:
        return self._finding(
            "outcome-percent-implausible", Severity.WARNING, cell, raw,
            f"{indicator.id}: utfallet är {format_number(value)} %, över 100 % fast målvärdet "
            f"inte är det. Menade du {format_number(value / 100)} %? Skriv då talet med "
            "procenttecken.",
        )  # fmt: skip

    def _by_own(self, indicator: Indicator, cell: str, by_own: bool) -> Finding:
        if by_own:
            return self._finding(
                "status-by-own", Severity.INFO, cell, "",
                f"{indicator.id}: jämförelsevärde saknas, så måluppfyllelsen är enligt enhetens "
                "bedömning. Fyll i Ingångsvärde i planen inför nästa period.",
            )  # fmt: skip
        return self._finding(
            "comparison-missing", Severity.WARNING, cell, "",
            f"{indicator.id}: målvärdet jämförs med föregående års värde, som saknas. Skriv "
            "Jämförelsevärde (fg år), eller välj egen bedömning.",
        )  # fmt: skip

    def _own_unreadable(self, indicator: Indicator, cell: str, raw: object) -> Finding:
        return self._finding(
            "own-unreadable", Severity.WARNING, cell, raw,
            f"{indicator.id}: egen bedömning ”{_text(raw)}” går inte att läsa. Välj Uppfyllt, "
            "Delvis uppfyllt eller Ej uppfyllt i listan.",
        )  # fmt: skip

    def _own_not_in_list(
        self, indicator: Indicator, cell: str, raw: object, own: Status
    ) -> Finding:
        return self._finding(
            "own-not-in-list", Severity.WARNING, cell, raw,
            f"{indicator.id}: egen bedömning ”{_text(raw)}” är inget av orden i listan, så "
            f"arbetsboken visade ”Kontrollera värdet”. vpt läser det som {own.label}. Stämmer "
            "det inte, välj rätt bedömning i listan.",
        )  # fmt: skip

    def _own_missing(self, indicator: Indicator, cell: str) -> Finding:
        return self._finding(
            "own-missing", Severity.WARNING, cell, "",
            f"{indicator.id}: egen bedömning saknas, och måluppfyllelsen kan bara bedömas av "
            "enheten. Välj Uppfyllt, Delvis uppfyllt eller Ej uppfyllt.",
        )  # fmt: skip

    def _disagrees(
        self, indicator: Indicator, cell: str, own: Status, computed: Status, reason: str
    ) -> Finding:
        return self._finding(
            "own-disagrees", Severity.WARNING, cell, own.label,
            f"{indicator.id}: egen bedömning är ”{own.label}” men utfallet ger "
            f"”{computed.label}” ({reason}) Kontrollera utfallet, eller förklara bedömningen i "
            "Kommentar/analys.",
        )  # fmt: skip

    def _explain_missing(
        self, indicator: Indicator, key: str, cell: str, status: Status
    ) -> Finding:
        what = "Kommentar/analys" if key == "comment" else "Åtgärder"
        return self._finding(
            f"{'comment' if key == 'comment' else 'actions'}-missing", Severity.WARNING, cell, "",
            f"{indicator.id}: måluppfyllelsen är ”{status.label}” men {what} är tom. Skriv "
            f"{'en analys av varför målet inte nås' if key == 'comment' else 'vilka åtgärder som planeras'}.",
        )  # fmt: skip

    def _too_long(self, indicator: Indicator, cell: str, text: str) -> Finding:
        return self._finding(
            "text-too-long", Severity.WARNING, cell, text[:60] + "…",
            f"{indicator.id}: texten är {len(text)} tecken, längre än {self.text_max}. Korta "
            "texten; längre resonemang hör hemma i verksamhetsberättelsen.",
        )  # fmt: skip

    def _finding(
        self, code: str, severity: Severity, cell: str, value: object, message: str
    ) -> Finding:
        return Finding(
            code=code,
            severity=severity,
            message=message,
            file=self.place.file,
            sheet=self.sheet.name,
            cell=cell,
            value=_text(value),
        )

    def _col(self, key: str) -> int:
        return self.sheet.columns.get(key, -1)

    def _at(self, row: SheetRow) -> Any:
        def at(key: str) -> str:
            col = self._col(key)
            return cell_ref(row.row, col) if col >= 0 else ""

        return at


@lru_cache(maxsize=4096)
def _rule(indicator: Indicator, year: int | None) -> tuple[IndicatorType, Target, float | None]:
    """The indicator's type, parsed målvärde and ingångsvärde: the same for every return.

    ``year`` is the plan's year, which picks the value of a multi-year målvärde; a change against
    a named year takes that year's ingångsvärde.
    """
    kind = resolve_type(indicator)
    target = parse_target(indicator.target, type=kind, direction=indicator.direction, year=year)
    return kind, target, parse_baseline(indicator.baseline, year=target.reference_year)


def _reference(value: object) -> float | None:
    """The previous utfall as a number for change targets; yes/no and text have none."""
    return float(value) if _is_number(value) else None  # type: ignore[arg-type]


def _is_number(raw: object) -> bool:
    return isinstance(raw, int | float) and not isinstance(raw, bool)


def _within(value: float, limits: tuple[float, float]) -> bool:
    return math.isfinite(value) and limits[0] <= value <= limits[1]


_YESNO_WORDS = {w.casefold() for w in (*L.YES_NO, PARTLY_WORD)}


_OWN_WORDS = {w.casefold() for w in L.OWN_ASSESSMENTS}


def _own_in_list(raw: object) -> bool:
    """Whether the live formula recognises the egen bedömning (it compares whole words)."""
    return isinstance(raw, str) and raw.casefold() in _OWN_WORDS


def _in_list(raw: object) -> bool:
    """Whether the live formula recognises the Ja/Nej answer (it compares whole words)."""
    return isinstance(raw, str) and raw.casefold() in _YESNO_WORDS


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _words(value: object) -> str:
    return " ".join(_text(value).casefold().split())


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
