"""Check returned workbooks: collect them, check each one, then settle the period and duplicates.

:func:`check_returns` is the one entry point (``vpt check`` and the app call it). One bad file never
stops the others, and no exception escapes for a file (see :mod:`vpt.read.one`). Inputs are only
ever read.

The files are checked in this process: several processes were measured slower, because sending
every value and finding back from the workers costs more than checking them (docs/performance.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from pathlib import Path

from vpt.findings import Finding, Report, Severity
from vpt.model import Plan, Unit
from vpt.read.one import Checked, Previous, check_one, wrong_period
from vpt.read.results import CheckResult, ReturnedFile, ReturnedValue, Submission
from vpt.read.sources import Candidate, collect

__all__ = ["Progress", "check_returns", "expected_units", "missing_units"]

_KEPT_ON_DUPLICATES = frozenset({"received-in-future", "sender-not-unit"})
_CLOCK_SLACK = timedelta(days=1)
"""Clocks and time zones differ: only a date more than a day ahead is in the future."""

Progress = Callable[[int, int, str], None]
"""Called after each file as ``progress(done, total, file_name)``."""


def check_returns(
    plan: Plan,
    inputs: Sequence[Path],
    *,
    period_id: str | None = None,
    previous: Previous | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Read and validate every returned workbook in ``inputs`` (files, folders, saved e-mails).

    ``period_id`` None takes the period most returns are for. ``previous`` maps (unit ID,
    indicator ID) to the previous period's utfall, the reference of change targets.
    """
    collected = collect([Path(p) for p in inputs])
    candidates = collected.candidates
    checked = _run(plan, candidates, period_id, previous, progress)
    period = period_id or _common_period(plan, checked)
    for index, (candidate, item) in enumerate(zip(candidates, checked, strict=True)):
        if item.submission is not Submission.ACCEPTED or item.validated_for == period:
            continue
        if item.period_id and item.period_id != period:
            item.reject(wrong_period(plan, candidate.name, item, period))
        else:  # its period could only be told now: a workbook without identity
            checked[index] = check_one(plan, candidate, period, previous)
    now = datetime.now(UTC)
    _suspicious(plan, candidates, checked, now)
    _duplicates(candidates, checked, now)
    report = Report(collected.findings)
    values: list[ReturnedValue] = []
    for item in checked:
        report.extend(item.findings)
        report.extend(item.row_findings)
        if item.submission is Submission.ACCEPTED:
            values.extend(item.values)
    files = tuple(_file(c, item) for c, item in zip(candidates, checked, strict=True))
    return CheckResult(period, files, tuple(values), report)


def expected_units(plan: Plan, period_id: str) -> list[Unit]:
    """The units that follow up at least one indicator or uppdrag in ``period_id``, in plan order."""
    return [u for u in plan.units if any(i.applies_to(u.id, period_id) for i in plan.indicators)]


def missing_units(plan: Plan, result: CheckResult) -> list[Unit]:
    """Expected units from which no workbook at all came back (not even a rejected one)."""
    with_file = {f.unit_id for f in result.files if f.unit_id}
    return [u for u in expected_units(plan, result.period_id) if u.id not in with_file]


def _run(
    plan: Plan,
    candidates: Sequence[Candidate],
    period_id: str | None,
    previous: Previous | None,
    progress: Progress | None,
) -> list[Checked]:
    checked: list[Checked] = []
    for done, candidate in enumerate(candidates, start=1):
        checked.append(check_one(plan, candidate, period_id, previous))
        if progress is not None:
            progress(done, len(candidates), candidate.name)
    return checked


def _suspicious(
    plan: Plan, candidates: Sequence[Candidate], checked: list[Checked], now: datetime
) -> None:
    """Findings for a return that claims to come from the future, or by e-mail from an address
    that is not its unit's."""
    for candidate, item in zip(candidates, checked, strict=True):
        if candidate.received > now + _CLOCK_SLACK:
            when = f"{candidate.received:%Y-%m-%d %H:%M}"
            item.findings.append(Finding(
                code="received-in-future", severity=Severity.WARNING, file=candidate.name,
                value=when,
                message=f"Filen säger sig vara skickad eller sparad {when}, efter i dag. Datumet används inte för att välja den nyaste av flera "
                "inlämningar. Kontrollera att den kommer från enheten.",
            ))  # fmt: skip
        unit = plan.unit(item.unit_id) if item.unit_id else None
        if candidate.carrier != "email" or unit is None or not unit.email:
            continue
        sender = parseaddr(candidate.sender)[1].strip().casefold()
        expected = unit.email.strip().casefold()
        if sender == expected:
            continue
        same_domain = sender.rpartition("@")[2] == expected.rpartition("@")[2] != ""
        item.findings.append(Finding(
            code="sender-not-unit", severity=Severity.INFO if same_domain else Severity.WARNING,
            file=candidate.name, value=sender,
            message=f"E-brevet kommer från {sender or 'en okänd avsändare'}, inte från enhetens "
            f"adress i planen ({unit.email}). Kontrollera att arbetsboken verkligen kommer från "
            f"{unit.name or unit.id}.",
        ))  # fmt: skip


def _duplicates(candidates: Sequence[Candidate], checked: list[Checked], now: datetime) -> None:
    """Keep the newest return per unit and period (by e-mail date or file time); a return dated
    in the future never wins over one that is not."""
    groups: dict[tuple[str, str], list[int]] = {}
    for index, item in enumerate(checked):
        if item.submission is Submission.ACCEPTED:
            groups.setdefault((item.unit_id, item.period_id), []).append(index)
    for group in groups.values():
        if len(group) < 2:
            continue
        cutoff = now + _CLOCK_SLACK
        newest = max(
            group, key=lambda i: (candidates[i].received <= cutoff, candidates[i].received)
        )
        kept = candidates[newest]
        for index in group:
            if index == newest:
                continue
            item, candidate = checked[index], candidates[index]
            same = candidate.sha256 == kept.sha256
            item.submission = Submission.DUPLICATE
            item.values, item.row_findings = [], []
            kept_findings = [f for f in item.findings if f.code in _KEPT_ON_DUPLICATES]
            item.findings = [*kept_findings, Finding(
                code="duplicate", severity=Severity.INFO if same else Severity.WARNING,
                file=candidate.name, value=kept.name,
                message=(f"Samma arbetsbok finns också i {kept.name}; den läses en gång."
                         if same else
                         f"Enheten har skickat flera arbetsböcker för perioden. Den nyaste "
                         f"({kept.name}, {kept.received:%Y-%m-%d %H:%M}) används, inte den här. "
                         "Stämmer det inte, be enheten skicka den rätta igen."),
            )]  # fmt: skip


def _common_period(plan: Plan, checked: Sequence[Checked]) -> str:
    """The period most identified returns are for; ties go to the later period of the plan."""
    counts = Counter(c.period_id for c in checked if c.period_id and c.unit_id)
    if not counts:
        return plan.periods[0].id if plan.periods else ""
    order = {p.id: n for n, p in enumerate(plan.periods)}
    return max(counts, key=lambda p: (counts[p], order.get(p, -1)))


def _file(candidate: Candidate, item: Checked) -> ReturnedFile:
    return ReturnedFile(
        name=candidate.name,
        sha256=candidate.sha256,
        received=candidate.received,
        submission=item.submission,
        unit_id=item.unit_id,
        period_id=item.period_id,
        plan_fingerprint=item.identity.plan_fingerprint if item.identity else "",
        identity=item.source,
        sender=candidate.sender,
    )
