"""One returned workbook through the check: guard, open, identify, read by key, validate.

Everything here works on a single candidate and never raises for it: whatever goes wrong becomes
a finding on that file. :mod:`vpt.read.check` runs it for many files (in several processes when
there are many) and settles what depends on all of them: the period and the duplicates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vpt.errors import ReturnUnreadable
from vpt.findings import Finding, Severity
from vpt.generate.identity import Identity
from vpt.internal import internal_finding
from vpt.model import Plan
from vpt.read.cap import cap_findings
from vpt.read.guard import check_container, unreadable_finding
from vpt.read.identity import guess_identity, identity_conflict, read_identity
from vpt.read.results import ReturnedValue, Submission
from vpt.read.sources import Candidate
from vpt.read.validate import Place, validate_sheet
from vpt.read.workbook import ReadSheet, open_workbook, read_sheet

__all__ = ["Checked", "Previous", "check_one", "wrong_period"]

Previous = Mapping[tuple[str, str], float | bool | str]


@dataclass
class Checked:
    """What one candidate came to: its identity, its values and what was found.

    ``validated_for`` is the period the rows were validated against ("" when they were not, because
    the file was rejected or its period could not be told yet). ``findings`` are about the file,
    ``row_findings`` about its rows: a duplicate or a file for another period drops the latter.
    """

    submission: Submission = Submission.ACCEPTED
    identity: Identity | None = None
    source: str = ""  # "sheet", "properties", "headers" or ""
    unit_id: str = ""
    period_id: str = ""
    validated_for: str = ""
    findings: list[Finding] = field(default_factory=list)
    row_findings: list[Finding] = field(default_factory=list)
    values: list[ReturnedValue] = field(default_factory=list)

    def reject(self, finding: Finding) -> None:
        self.submission = Submission.REJECTED
        self.findings.append(finding)
        self.row_findings, self.values = [], []


def check_one(
    plan: Plan, candidate: Candidate, period_id: str | None, previous: Previous | None
) -> Checked:
    """Check one candidate against ``period_id`` (None: the period its identity names)."""
    item = Checked()
    try:
        sheet = _identify(plan, candidate, item)
        if sheet is not None and item.submission is Submission.ACCEPTED:
            period = period_id or item.period_id
            if period:
                _validate(plan, candidate, item, sheet, period, previous)
    except Exception as exc:  # what a file can cause is a finding already: this is a bug in vpt
        item.reject(internal_finding(exc, file=candidate.name, doing="kontrollera arbetsboken"))
    return item


def wrong_period(plan: Plan, name: str, item: Checked, period: str) -> Finding:
    shown = plan.period(item.period_id)
    return _error(name, "wrong-period",
        f"Arbetsboken gäller perioden ”{shown.name if shown else item.period_id}”, inte den som "
        f"kontrolleras (”{_period_name(plan, period)}”). Be enheten fylla i arbetsboken för rätt "
        "period och skicka den.")  # fmt: skip


def _identify(plan: Plan, candidate: Candidate, item: Checked) -> ReadSheet | None:
    name = candidate.name
    try:
        data = candidate.read()
    except OSError as exc:
        item.reject(_error(name, "file-unreadable",
            f"Filen kunde inte läsas ({exc.strerror or exc}). Kontrollera att den finns kvar och "
            "inte är öppen i ett annat program, och försök igen."))  # fmt: skip
        return None
    try:
        check_container(data, candidate.suffix)
        workbook = open_workbook(data, candidate.suffix)
        item.identity, item.source = read_identity(workbook)
        sheet = read_sheet(workbook)
    except ReturnUnreadable as exc:
        item.reject(unreadable_finding(exc, name))
        return None
    if sheet is not None and sheet.name in workbook.hidden:
        item.reject(_error(name, "followup-sheet-hidden",
            f"Bladet ”{sheet.name}”, där vpt läser utfallen, är dolt: det den som fyllde i såg är "
            "inte det som skulle läsas. Arbetsboken läses inte. Be enheten visa bladet (högerklicka "
            "på en bladflik > Visa), kontrollera det och skicka arbetsboken igen."))  # fmt: skip
        return None
    if sheet is None:
        item.reject(_error(name, "followup-sheet-missing",
            "Arbetsboken har inget uppföljningsblad (inga kolumner ID och Utfall). Be enheten "
            "fylla i uppföljningsarbetsboken från vpt och skicka den."))  # fmt: skip
        return None
    if item.identity is not None:
        item.unit_id, item.period_id = item.identity.unit_id, item.identity.period_id
        conflict = identity_conflict(workbook, item.identity) if item.source == "sheet" else ""
        if conflict:
            item.findings.append(Finding(
                code="identity-mismatch", severity=Severity.WARNING, file=name, value=conflict,
                message=f"Arbetsbokens dolda identitetsblad och dess dokumentegenskaper säger olika "
                f"saker ({conflict}). vpt följer bladet. Kontrollera att arbetsboken kommer från "
                "rätt enhet och inte är kopierad från en annan enhets arbetsbok.",
            ))  # fmt: skip
    else:
        guess = guess_identity(plan, sheet.title, Path(name).name)
        item.source, item.unit_id, item.period_id = "headers", guess.unit_id, guess.period_id
        if not guess.unit_id:
            item.reject(_error(name, "unit-unknown",
                "Arbetsboken saknar vpt:s identitet och det går inte att se vilken enhet den "
                "gäller. Be enheten fylla i sin egen uppföljningsarbetsbok från vpt och skicka "
                "den."))  # fmt: skip
            return None
        unit = plan.unit(guess.unit_id)
        item.findings.append(Finding(
            code="no-identity", severity=Severity.WARNING, file=name,
            message="Arbetsboken saknar vpt:s identitet (dolt blad och dokumentegenskaper). Den "
            f"har kopplats till {unit.name if unit else guess.unit_id} genom rubrikerna och "
            "indikatorernas ID och texter. Kontrollera att det stämmer.",
        ))  # fmt: skip
    if plan.unit(item.unit_id) is None:
        item.reject(_error(name, "unit-unknown",
            f"Arbetsboken gäller enheten ”{item.unit_id}”, som inte finns i planen. Kontrollera "
            "att det är rätt plan, eller lägg till enheten i planens blad Enheter."))  # fmt: skip
        return None
    return sheet


def _validate(
    plan: Plan,
    candidate: Candidate,
    item: Checked,
    sheet: ReadSheet,
    period: str,
    previous: Previous | None,
) -> None:
    """Validate the rows against ``period``; reject a file for another period or plan."""
    name = candidate.name
    if not item.period_id and item.source == "headers":
        item.period_id = period
    if item.period_id != period:
        item.reject(wrong_period(plan, name, item, period))
        return
    same_plan = item.identity is None or item.identity.plan_fingerprint == plan.fingerprint
    expected = item.identity.row_ids if item.identity is not None and same_plan else []
    place = Place(name, candidate.sha256, item.unit_id, period)
    values, findings = validate_sheet(
        plan, sheet, place, expected=expected, same_plan=same_plan, previous=previous
    )
    item.validated_for = period
    if not same_plan:
        if not values:
            item.reject(_error(name, "plan-other",
                "Arbetsboken är skapad från en annan plan (eller en mycket äldre version av "
                "planen) och ingen rad stämmer med den här planen. Be enheten fylla i den "
                "aktuella arbetsboken från vpt och skicka den."))  # fmt: skip
            return
        matched = ", ".join(v.indicator_id for v in values)
        item.findings.append(Finding(
            code="plan-version", severity=Severity.WARNING, file=name, value=matched,
            message=f"Arbetsboken är skapad från en annan version av planen. {len(values)} "
            f"rader stämmer fortfarande och läses ({_cut(matched)}); övriga rader läses inte. "
            "Be enheten fylla i de övriga i den aktuella arbetsboken från vpt.",
        ))  # fmt: skip
    item.values, item.row_findings = values, cap_findings(findings, name)


def _period_name(plan: Plan, period_id: str) -> str:
    period = plan.period(period_id)
    return period.name if period is not None and period.name else period_id


def _cut(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _error(file: str, code: str, message: str) -> Finding:
    return Finding(code=code, severity=Severity.ERROR, message=message, file=file)
