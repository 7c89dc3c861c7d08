"""Check returned workbooks: collect, guard, identify, read by key, validate, settle duplicates.

:func:`check_returns` is the one entry point (``vpt check`` and the app call it). One bad file never
stops the others, and no exception escapes for a file: whatever goes wrong becomes a finding at
this edge. Inputs are only ever read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vpt.errors import ReturnUnreadable
from vpt.findings import Finding, Report, Severity
from vpt.generate.identity import Identity
from vpt.model import Plan
from vpt.read.guard import check_container, unreadable_finding
from vpt.read.identity import guess_identity, read_identity
from vpt.read.results import CheckResult, ReturnedFile, ReturnedValue, Submission
from vpt.read.sources import Candidate, collect
from vpt.read.validate import Place, validate_sheet
from vpt.read.workbook import ReadSheet, open_workbook, read_sheet

__all__ = ["Progress", "check_returns"]

Progress = Callable[[int, int, str], None]
"""Called after each file as ``progress(done, total, file_name)``."""


@dataclass
class _Return:
    """One candidate on its way through the check."""

    candidate: Candidate
    sheet: ReadSheet | None = None
    identity: Identity | None = None
    source: str = ""  # "sheet", "properties", "headers" or ""
    unit_id: str = ""
    period_id: str = ""
    submission: Submission = Submission.ACCEPTED
    findings: list[Finding] = field(default_factory=list)
    values: list[ReturnedValue] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.candidate.name

    def reject(self, finding: Finding) -> None:
        self.submission = Submission.REJECTED
        self.findings.append(finding)


def check_returns(
    plan: Plan,
    inputs: Sequence[Path],
    *,
    period_id: str | None = None,
    previous: Mapping[tuple[str, str], float | bool | str] | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Read and validate every returned workbook in ``inputs`` (files, folders, saved e-mails).

    ``period_id`` None takes the period most returns are for. ``previous`` maps (unit ID,
    indicator ID) to the previous period's utfall, the reference of change targets.
    """
    collected = collect([Path(p) for p in inputs])
    report = Report(collected.findings)
    returns: list[_Return] = []
    total = len(collected.candidates)
    for done, candidate in enumerate(collected.candidates, start=1):
        returns.append(_identify(plan, candidate))
        if progress is not None:
            progress(done, total, candidate.name)
    period = period_id or _common_period(plan, returns)
    for item in returns:
        if item.submission is Submission.ACCEPTED:
            _settle(plan, item, period, previous)
    _duplicates(returns)
    values: list[ReturnedValue] = []
    for item in returns:
        report.extend(item.findings)
        if item.submission is Submission.ACCEPTED:
            values.extend(item.values)
    return CheckResult(period, tuple(_file(item) for item in returns), tuple(values), report)


def _identify(plan: Plan, candidate: Candidate) -> _Return:
    """Guard, open and identify one candidate; every failure becomes a finding."""
    item = _Return(candidate)
    try:
        check_container(candidate.data, candidate.suffix)
        workbook = open_workbook(candidate.data, candidate.suffix)
        item.identity, item.source = read_identity(workbook)
        item.sheet = read_sheet(workbook)
    except ReturnUnreadable as exc:
        item.reject(unreadable_finding(exc, candidate.name))
        return item
    except Exception as exc:  # the edge: a reader's surprise must not stop the other files
        item.reject(_unexpected(candidate.name, exc))
        return item
    if item.sheet is None:
        item.reject(_error(candidate.name, "followup-sheet-missing",
            "Arbetsboken har inget uppföljningsblad (inga kolumner ID och Utfall). Be enheten "
            "fylla i uppföljningsarbetsboken från vpt och skicka den."))  # fmt: skip
        return item
    if item.identity is not None:
        item.unit_id, item.period_id = item.identity.unit_id, item.identity.period_id
        return item
    guess = guess_identity(plan, item.sheet.title, Path(candidate.name).name)
    item.source, item.unit_id, item.period_id = "headers", guess.unit_id, guess.period_id
    if not guess.unit_id:
        item.reject(_error(candidate.name, "unit-unknown",
            "Arbetsboken saknar vpt:s identitet och det går inte att se vilken enhet den gäller. "
            "Be enheten fylla i sin egen uppföljningsarbetsbok från vpt och skicka den."))  # fmt: skip
        return item
    unit = plan.unit(guess.unit_id)
    item.findings.append(Finding(
        code="no-identity", severity=Severity.WARNING, file=candidate.name,
        message=f"Arbetsboken saknar vpt:s identitet (dolt blad och dokumentegenskaper). Den "
        f"har kopplats till {unit.name if unit else guess.unit_id} genom rubrikerna och "
        "indikatorernas ID och texter. Kontrollera att det stämmer.",
    ))  # fmt: skip
    return item


def _settle(
    plan: Plan,
    item: _Return,
    period: str,
    previous: Mapping[tuple[str, str], float | bool | str] | None,
) -> None:
    """Check unit, period and plan version, then validate the rows."""
    name = item.name
    if plan.unit(item.unit_id) is None:
        item.reject(_error(name, "unit-unknown",
            f"Arbetsboken gäller enheten ”{item.unit_id}”, som inte finns i planen. Kontrollera "
            "att det är rätt plan, eller lägg till enheten i planens blad Enheter."))  # fmt: skip
        return
    if not item.period_id and item.source == "headers":
        item.period_id = period
    if item.period_id != period:
        shown = plan.period(item.period_id)
        item.reject(_error(name, "wrong-period",
            f"Arbetsboken gäller perioden ”{shown.name if shown else item.period_id}”, inte den "
            f"som kontrolleras (”{_period_name(plan, period)}”). Be enheten fylla i arbetsboken "
            "för rätt period och skicka den."))  # fmt: skip
        return
    same_plan = item.identity is None or item.identity.plan_fingerprint == plan.fingerprint
    expected = item.identity.row_ids if item.identity is not None else []
    assert item.sheet is not None
    place = Place(name, item.candidate.sha256, item.unit_id, period)
    try:
        values, findings = validate_sheet(
            plan, item.sheet, place, expected=expected if same_plan else (),
            same_plan=same_plan, previous=previous,
        )  # fmt: skip
    except Exception as exc:  # the edge again: one file's surprise is that file's finding
        item.reject(_unexpected(name, exc))
        return
    item.values = values
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
            message=f"Arbetsboken är skapad från en annan version av planen. "
            f"{len(values)} rader stämmer fortfarande och läses ({_cut(matched)}); övriga rader "
            "läses inte. Be enheten fylla i de övriga i den aktuella arbetsboken från vpt.",
        ))  # fmt: skip
    item.findings.extend(findings)


def _duplicates(returns: list[_Return]) -> None:
    """Keep the newest return per unit and period; the others are duplicates."""
    groups: dict[tuple[str, str], list[_Return]] = {}
    for item in returns:
        if item.submission is Submission.ACCEPTED:
            groups.setdefault((item.unit_id, item.period_id), []).append(item)
    for group in groups.values():
        if len(group) < 2:
            continue
        newest = max(group, key=lambda r: r.candidate.received)
        for item in group:
            if item is newest:
                continue
            same = item.candidate.sha256 == newest.candidate.sha256
            item.submission = Submission.DUPLICATE
            item.findings = [Finding(
                code="duplicate", severity=Severity.INFO if same else Severity.WARNING,
                file=item.name, value=newest.name,
                message=(f"Samma arbetsbok finns också i {newest.name}; den läses en gång."
                         if same else
                         f"Enheten har skickat flera arbetsböcker för perioden. Den nyaste "
                         f"({newest.name}, {newest.candidate.received:%Y-%m-%d %H:%M}) används, "
                         "inte den här. Stämmer det inte, be enheten skicka den rätta igen."),
            )]  # fmt: skip


def _common_period(plan: Plan, returns: list[_Return]) -> str:
    """The period most identified returns are for; ties go to the later period of the plan."""
    counts = Counter(r.period_id for r in returns if r.period_id and r.unit_id)
    if not counts:
        return plan.periods[0].id if plan.periods else ""
    order = {p.id: n for n, p in enumerate(plan.periods)}
    return max(counts, key=lambda p: (counts[p], order.get(p, -1)))


def _file(item: _Return) -> ReturnedFile:
    c = item.candidate
    return ReturnedFile(
        name=c.name,
        sha256=c.sha256,
        received=c.received,
        submission=item.submission,
        unit_id=item.unit_id,
        period_id=item.period_id,
        plan_fingerprint=item.identity.plan_fingerprint if item.identity else "",
        identity=item.source,
        sender=c.sender,
    )


def _period_name(plan: Plan, period_id: str) -> str:
    period = plan.period(period_id)
    return period.name if period is not None and period.name else period_id


def _cut(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _error(file: str, code: str, message: str) -> Finding:
    return Finding(code=code, severity=Severity.ERROR, message=message, file=file)


def _unexpected(file: str, exc: Exception) -> Finding:
    return _error(file, "file-unreadable",
        f"Arbetsboken kunde inte läsas ({type(exc).__name__}). Be enheten öppna den, spara på "
        "nytt som .xlsx och skicka den igen.")  # fmt: skip
