"""The round the window works on: plan, returns, the last check and the last summary.

One object that the step views observe through its signals; views never reach into each other.
It holds no widgets and does no file work except :func:`stamp` (a stat of the returns).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.models.units import Prepared
from vpt.consolidate.table import Summary
from vpt.findings import Report
from vpt.model import Plan
from vpt.read.results import CheckResult

__all__ = ["Round", "Stamp", "stamp"]

Stamp = frozenset[tuple[str, int, int]]
"""Every file under the returns with its modification time and size."""


def stamp(inputs: Iterable[Path]) -> Stamp:
    """What the returns are now: (path, mtime_ns, size) of every file under ``inputs``."""
    seen: set[tuple[str, int, int]] = set()
    for item in inputs:
        paths = [item]
        if item.is_dir():
            paths = [Path(root) / name for root, _, names in os.walk(item) for name in names]
        for path in paths:
            try:
                info = path.stat()
            except OSError:
                seen.add((str(path), -1, -1))
                continue
            seen.add((str(path), info.st_mtime_ns, info.st_size))
    return frozenset(seen)


class Round(QObject):
    """Plan → utskick → inlämning → sammanställning, as the views share it."""

    plan_changed = Signal()
    returns_changed = Signal()
    checked = Signal()
    summarised = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.plan: Plan | None = None
        self.plan_path: Path | None = None
        self.plan_report = Report()
        self.returns: list[Path] = []
        self.period_choice = ""  # "" takes the period from the returns
        self.result: CheckResult | None = None
        self.result_stamp: Stamp = frozenset()
        self.result_inputs: tuple[Path, ...] = ()
        self.prepared: Prepared | None = None
        self.summary: Summary | None = None
        self.summary_path: Path | None = None

    # -- plan -----------------------------------------------------------------------------

    def set_plan(self, path: Path, plan: Plan | None, report: Report) -> None:
        """A newly read plan: the returns, check and summary of the old one no longer apply."""
        self.plan, self.plan_path, self.plan_report = plan, path, report
        self.returns = []
        self.period_choice = ""
        self._forget_check()
        self.plan_changed.emit()
        self.returns_changed.emit()

    @property
    def plan_blocked(self) -> str:
        """Why the plan cannot be sent out, in Swedish; empty when it can."""
        if self.plan is None:
            return (
                "Ingen plan är öppnad."
                if self.plan_path is None
                else (f"{self.plan_path.name} går inte att använda som plan.")
            )
        errors = len(self.plan_report.errors)
        if errors:
            return (
                f"Planen har {errors} fel. Rätta dem i planboken (se steget Plan) och öppna "
                "den igen innan utskicket."
            )
        if not self.plan.periods:
            return "Planen har inga perioder. Fyll i bladet Perioder."
        if not self.plan.units:
            return "Planen har inga enheter. Fyll i bladet Enheter."
        return ""

    # -- returns --------------------------------------------------------------------------

    def add_returns(self, paths: Sequence[Path]) -> int:
        """Add files, folders or e-mails; returns how many were new."""
        added = 0
        for path in paths:
            if path not in self.returns:
                self.returns.append(path)
                added += 1
        if added:
            self.returns_changed.emit()
        return added

    def remove_returns(self, paths: Sequence[Path]) -> None:
        self.returns = [p for p in self.returns if p not in paths]
        self.returns_changed.emit()

    def clear_returns(self) -> None:
        self.returns = []
        self._forget_check()
        self.returns_changed.emit()

    def reads(self, path: Path, *others: Path) -> bool:
        """Whether ``path`` is a file vpt reads: the plan, a return, or one of ``others``."""
        read = {Path(name) for name, _, _ in stamp(self.returns)} | set(others)
        if self.plan_path is not None:
            read.add(self.plan_path)
        target = path.resolve()
        return any(target == p.resolve() for p in read)

    # -- check and summary ----------------------------------------------------------------

    def set_result(
        self,
        result: CheckResult,
        inputs: Sequence[Path],
        when: Stamp,
        prepared: Prepared | None = None,
    ) -> None:
        """A new check of ``inputs`` as they were at ``when``; ``prepared`` is what Inlämning shows."""
        self.result, self.result_inputs, self.result_stamp = result, tuple(inputs), when
        self.prepared = prepared
        self.summary = None
        self.checked.emit()

    def result_is_current(self, now: Stamp) -> bool:
        """Whether the last check still describes the returns (same list, files unchanged)."""
        return (
            self.result is not None
            and self.result_inputs == tuple(self.returns)
            and self.result_stamp == now
            and (not self.period_choice or self.period_choice == self.result.period_id)
        )

    def set_summary(self, summary: Summary, path: Path) -> None:
        self.summary, self.summary_path = summary, path
        self.summarised.emit()

    def _forget_check(self) -> None:
        self.result = None
        self.result_stamp = frozenset()
        self.result_inputs = ()
        self.prepared = None
        self.summary = None
        self.summary_path = None
        self.checked.emit()
