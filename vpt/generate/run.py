"""Generate the workbooks (and e-mail drafts) for many units, on several cores if asked."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from xlsxwriter.exceptions import FileCreateError

from vpt.errors import OutputNotEmpty, VptError
from vpt.findings import Finding, Report, Severity
from vpt.generate.contact import sender
from vpt.generate.content import PlanContext, plan_context
from vpt.generate.email import is_sendable_address, write_draft
from vpt.generate.filenames import name_key, unique_names
from vpt.generate.identity import Identity
from vpt.generate.overwrite import OutputInspection, inspect_output
from vpt.generate.place import write_in_place
from vpt.generate.workbook import write_workbook
from vpt.model import Plan

__all__ = ["GenerateResult", "GeneratedFile", "Progress", "generate", "generate_workbook"]

Progress = Callable[[int, int, str], None]
"""Called after each unit as ``progress(done, total, unit_id)``."""

Job = tuple[str, Path, bool]
"""A unit, the path of its workbook, and whether a file there may be replaced (vpt's own blank)."""

_APPEARED = "en annan fil dök upp där under tiden och lämnades orörd"

_PARALLEL_FROM = 8
"""Fewer units than this are generated in this process: starting workers costs more."""


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    """One unit's workbook (and draft), with the number of indicator rows it holds."""

    unit_id: str
    workbook: Path
    rows: int
    draft: Path | None = None


@dataclass
class GenerateResult:
    """Every file written, in unit order, and what there is to say about the run."""

    files: list[GeneratedFile] = field(default_factory=list)
    report: Report = field(default_factory=Report)


def generate_workbook(
    plan: Plan,
    unit_id: str,
    period_id: str,
    path: Path,
    *,
    deadline: date | None = None,
    created: datetime | None = None,
    previous: Mapping[str, float | bool | str] | None = None,
) -> Identity:
    """Write the uppföljning workbook for one unit and period to ``path``; return its identity."""
    _require(plan, period_id, [unit_id])
    context = plan_context(
        plan, period_id, deadline=deadline, created=_created(created), previous=previous
    )
    return write_workbook(context, unit_id, Path(path))


def generate(
    plan: Plan,
    period_id: str,
    out_dir: Path,
    *,
    units: Sequence[str] | None = None,
    deadline: date | None = None,
    eml: bool = False,
    created: datetime | None = None,
    previous: Mapping[str, float | bool | str] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    previous_by_unit: Mapping[str, Mapping[str, float | bool | str]] | None = None,
    force: bool = False,
) -> GenerateResult:
    """One workbook per unit (all units unless ``units`` names some) in ``out_dir``.

    ``workers`` is the number of processes (default: the CPUs available, at most the units);
    1 keeps everything in this process. ``previous`` is the previous utfall per indicator ID for
    all units, ``previous_by_unit`` per unit ID and indicator ID (it wins).

    A folder where a file would be replaced, or that holds filled-in workbooks, is refused with
    :class:`OutputNotEmpty` (nothing is written) unless ``force``; even then only vpt's own blank
    workbooks (and drafts) for the same plan, period and unit are replaced, and a new workbook that
    would land on anything else gets a name of its own, with a finding. Raises :class:`VptError`
    otherwise only when the period is unknown or the folder cannot be made.
    """
    result = GenerateResult()
    wanted = list(units) if units else [u.id for u in plan.units]
    known = _require(plan, period_id, [])
    for unit_id in wanted:
        if unit_id not in known:
            result.report.add(_finding("unknown-unit", Severity.ERROR, unit_id,
                f"Enheten {unit_id} finns inte i planens blad Enheter. "
                "Kontrollera enhetens ID eller lägg till den i planen."))  # fmt: skip
    wanted = list(dict.fromkeys(u for u in wanted if u in known))
    context = plan_context(
        plan,
        period_id,
        deadline=deadline,
        created=_created(created),
        previous=previous,
        previous_by_unit=previous_by_unit,
    )
    out_dir = Path(out_dir)
    inspection = inspect_output(out_dir, plan, period_id, wanted, eml=eml)
    if inspection.needs_confirmation and not force:
        raise OutputNotEmpty(_not_empty_message(inspection), inspection)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VptError(
            f"Mappen {out_dir} kan inte skapas ({exc.strerror or exc}). Välj en annan mapp för "
            "arbetsböckerna."
        ) from exc
    jobs, drafts = _placed(inspection, result.report)
    for unit_id, _, _ in jobs:
        if not any(
            i.applies_to(unit_id, period_id) for i in plan.indicators if i.id in context.rules
        ):
            result.report.add(_finding("unit-without-indicators", Severity.WARNING, unit_id,
                f"Inga indikatorer eller uppdrag gäller enheten {unit_id} perioden "
                f"{context.period_name}. Arbetsboken blir tom; kontrollera Gäller för och "
                "Perioder i planen."))  # fmt: skip
    written = dict(_run(context, jobs, progress, _workers(workers, len(jobs))))
    for unit_id, path, _ in jobs:
        identity = written[unit_id]
        if isinstance(identity, str):
            result.report.add(_finding("workbook-not-written", Severity.ERROR, unit_id,
                f"Arbetsboken för enheten {unit_id} kunde inte skrivas till {path} ({identity}). "
                "Stäng filen om den är öppen i Excel, kontrollera mappen och kör igen."))  # fmt: skip
            continue
        draft = _draft(context, unit_id, path, drafts[unit_id], result.report) if eml else None
        result.files.append(GeneratedFile(unit_id, path, len(identity.rows), draft))
    return result


def _run(
    context: PlanContext,
    jobs: Sequence[Job],
    progress: Progress | None,
    workers: int,
) -> Iterable[tuple[str, Identity | str]]:
    total = len(jobs)
    if workers <= 1:
        for done, (unit_id, path, may_replace) in enumerate(jobs, start=1):
            yield unit_id, _write(context, unit_id, path, may_replace)
            if progress is not None:
                progress(done, total, unit_id)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(context,)) as pool:
        pending: set[Future[list[tuple[str, Identity | str]]]] = set()
        chunk = max(1, min(32, total // (workers * 4)))
        for start in range(0, total, chunk):
            pending.add(pool.submit(_work, jobs[start : start + chunk]))
        done = 0
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                for unit_id, identity in future.result():
                    done += 1
                    yield unit_id, identity
                    if progress is not None:
                        progress(done, total, unit_id)


_WORKER_CONTEXT: PlanContext | None = None


def _init_worker(context: PlanContext) -> None:
    global _WORKER_CONTEXT  # noqa: PLW0603 - one context per worker process, set once
    _WORKER_CONTEXT = context


def _work(jobs: Sequence[Job]) -> list[tuple[str, Identity | str]]:
    assert _WORKER_CONTEXT is not None
    return [(u, _write(_WORKER_CONTEXT, u, path, may)) for u, path, may in jobs]


def _write(context: PlanContext, unit_id: str, path: Path, may_replace: bool) -> Identity | str:
    """The workbook's identity, or why the file could not be written (open in Excel, no access,
    or a file that appeared at ``path`` meanwhile, which is left as it is)."""
    try:
        return write_in_place(
            path, lambda temporary: write_workbook(context, unit_id, temporary), replace=may_replace
        )
    except FileExistsError:
        return _APPEARED
    except (OSError, FileCreateError) as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
        return getattr(cause, "strerror", None) or str(cause)


def _workers(requested: int | None, jobs: int) -> int:
    if requested is not None:
        return max(1, min(requested, jobs))
    if jobs < _PARALLEL_FROM:
        return 1
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(available or 1, jobs))


def _draft(
    context: PlanContext,
    unit_id: str,
    workbook: Path,
    target: tuple[Path, bool],
    report: Report,
) -> Path | None:
    plan = context.plan
    unit = plan.unit(unit_id)
    assert unit is not None
    spec = context.template["email"]
    if not unit.email:
        report.add(_finding("unit-without-email", Severity.WARNING, unit_id,
            f"Enheten {unit_id} saknar e-postadress i planens blad Enheter. Utkastet skrivs utan "
            "mottagare; fyll i adressen i utkastet eller i planen."))  # fmt: skip
    elif not is_sendable_address(unit.email):
        report.add(_finding("invalid-email", Severity.WARNING, unit_id,
            f"Enheten {unit_id}s e-postadress ”{unit.email.strip()}” går inte att skicka till. "
            "Utkastet skrivs utan mottagare; rätta adressen i planen (se vpt plan check) eller "
            "fyll i den i utkastet."))  # fmt: skip
    deadline = context.deadline.isoformat() if context.deadline else spec["no_deadline"]
    texts = {
        "plan": plan.name,
        "period": context.period_name,
        "unit": unit.name or unit.id,
        "contact": unit.contact or spec["greeting_fallback"],
        "deadline": deadline,
        "filename": workbook.name,
        "signature": sender(plan).contact,
        "return_to": sender(plan).return_address or spec["no_return_address"],
    }
    path, may_replace = target

    def write(temporary: Path) -> None:
        write_draft(
            temporary,
            unit=unit,
            subject=spec["subject"].format(**texts),
            body=spec["body"].format(**texts),
            attachment=workbook,
            created=context.created,
        )

    try:
        write_in_place(path, write, replace=may_replace)
    except OSError as exc:
        reason = _APPEARED if isinstance(exc, FileExistsError) else exc.strerror or str(exc)
        report.add(_finding("draft-not-written", Severity.ERROR, unit_id,
            f"E-postutkastet för enheten {unit_id} kunde inte skrivas till {path} ({reason}). "
            "Arbetsboken finns; bifoga den själv eller kör igen."))  # fmt: skip
        return None
    return path


def _placed(
    inspection: OutputInspection, report: Report
) -> tuple[list[Job], dict[str, tuple[Path, bool]]]:
    """Where each unit's workbook and draft go: a path that holds something protected is left
    alone and the new file gets a name of its own; every such move is a finding."""
    protected = {name_key(p.path.name): p for p in inspection.why}
    taken = {*inspection.existing}
    taken.update(name_key(p.name) for _, p in (*inspection.targets, *inspection.drafts))
    for unit_id in inspection.renamed:
        path = dict(inspection.targets)[unit_id]
        report.add(_finding("file-name-clash", Severity.WARNING, unit_id,
            f"Enheten {unit_id} skulle få samma filnamn som en annan enhet (tecken som inte får "
            "finnas i filnamn byts ut, stora och små bokstäver räknas lika och långa namn "
            f"kortas). Arbetsboken heter därför {path.name}."))  # fmt: skip
    replaceable = set(inspection.replaceable)
    placed: list[list[Job]] = [[], []]
    for kind, pairs in enumerate((inspection.targets, inspection.drafts)):
        for unit_id, path in pairs:
            kept = protected.pop(name_key(path.name), None)
            if kept is not None:
                ((fresh, _),) = unique_names([path.stem], path.suffix, taken)
                taken.add(name_key(fresh))
                report.add(_finding("output-kept", Severity.WARNING, unit_id,
                    f"{path.name} finns redan i {inspection.out_dir} och lämnas orörd "
                    f"({kept.reason}). Den nya filen för enheten {unit_id} heter {fresh}."))  # fmt: skip
                placed[kind].append((unit_id, path.with_name(fresh), False))
            else:
                placed[kind].append((unit_id, path, path in replaceable))
    for kept in protected.values():
        report.add(_finding("output-kept", Severity.WARNING, kept.unit_id,
            f"{kept.path.name} finns redan i {inspection.out_dir} och lämnas orörd "
            f"({kept.reason})."))  # fmt: skip
    return placed[0], {unit_id: (path, may) for unit_id, path, may in placed[1]}


def _not_empty_message(inspection: OutputInspection) -> str:
    shown = [p.name for p in (*inspection.protected, *inspection.replaceable)]
    listed = ", ".join(shown[:3]) + (f" och {len(shown) - 3} till" if len(shown) > 3 else "")
    parts = []
    if inspection.replaceable:
        parts.append(f"{len(inspection.replaceable)} tomma filer som vpt har skapat tidigare")
    if inspection.protected:
        parts.append(f"{len(inspection.protected)} ifyllda arbetsböcker eller andra filer")
    return (
        f"Mappen {inspection.out_dir} innehåller redan {' och '.join(parts)} ({listed}). Inget "
        "skrevs. Välj en tom mapp, eller bekräfta att vpt:s egna tomma filer får ersättas; "
        "ifyllda arbetsböcker och andra filer ersätts aldrig."
    )


def _require(plan: Plan, period_id: str, units: Sequence[str]) -> set[str]:
    """The plan's unit IDs; raises when the period or a named unit is not in the plan."""
    if plan.period(period_id) is None:
        known = ", ".join(p.id for p in plan.periods) or "inga"
        raise VptError(
            f"Perioden {period_id} finns inte i planens blad Perioder (där finns: {known}). "
            "Välj en av dem med --period."
        )
    ids = {u.id for u in plan.units}
    for unit_id in units:
        if unit_id not in ids:
            raise VptError(
                f"Enheten {unit_id} finns inte i planens blad Enheter. Kontrollera enhetens ID."
            )
    return ids


def _created(created: datetime | None) -> datetime:
    return created if created is not None else datetime.now(UTC).replace(microsecond=0)


def _finding(code: str, severity: Severity, value: str, message: str) -> Finding:
    return Finding(code=code, severity=severity, message=message, sheet="Enheter", value=value)
