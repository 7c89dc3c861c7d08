"""Consolidate: one summary workbook from a plan and what reading the returns yielded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from vpt.consolidate.atomic import write_atomic
from vpt.consolidate.outpath import check_summary_path
from vpt.consolidate.summary import write_summary
from vpt.consolidate.table import PreviousValues, Summary, build_summary
from vpt.model import Plan
from vpt.read.results import CheckResult

__all__ = ["consolidate", "save_summary", "summarise_result"]


def summarise_result(
    plan: Plan,
    result: CheckResult,
    *,
    previous: PreviousValues | None = None,
    previous_label: str = "",
    created: datetime | None = None,
) -> Summary:
    """The summary's content without writing it (for the app's views and for tests)."""
    moment = created or datetime.now().replace(microsecond=0)
    return build_summary(
        plan, result, created=moment, previous=previous, previous_label=previous_label
    )


def consolidate(
    plan: Plan,
    result: CheckResult,
    out: Path,
    *,
    previous: PreviousValues | None = None,
    previous_label: str = "",
    created: datetime | None = None,
) -> Path:
    """Write the summary workbook to ``out`` atomically and return its path.

    ``previous`` is the previous summary's utfall per (unit ID, indicator ID) (see
    :func:`vpt.consolidate.read_previous`); with it, the Indikatorer sheet shows trend markers.
    Raises :class:`vpt.errors.OutputLocked` when ``out`` is open or cannot be replaced; the old
    file is then untouched. Raises :class:`vpt.errors.OutputRefused` when ``out`` is one of the
    returned files, lies in a folder they came from, or is no .xlsx path
    (:func:`vpt.consolidate.outpath.check_summary_path`).
    """
    returned = {Path(f.name.split(" › ")[0]) for f in result.files}
    folders = {p.parent for p in returned}
    check_summary_path(Path(out), inputs=sorted({*returned, *folders}))
    summary = summarise_result(
        plan, result, previous=previous, previous_label=previous_label, created=created
    )
    return save_summary(summary, out)


def save_summary(summary: Summary, out: Path) -> Path:
    """Write an already arranged summary to ``out`` atomically (see :func:`consolidate`)."""
    return write_atomic(Path(out), lambda path: write_summary(summary, path))
