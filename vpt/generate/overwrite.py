"""What generating into a folder would create, replace or must never touch.

:func:`inspect_output` looks at every path ``generate`` would write and at every workbook already in
the folder. A workbook vpt generated itself for the same plan, period and unit, with every input
cell still empty, may be replaced (``replaceable``). A workbook that has been filled in (any input
cell holds something) is ``protected`` whatever its name, because it is recognised by the identity
vpt stored in it; so is any other file that a new workbook would land on (a file vpt did not write,
one it cannot read, a folder, a link). Nothing here writes anything.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vpt.generate.filenames import name_key, planned_stems, unique_names
from vpt.generate.identity import Identity
from vpt.model import Plan
from vpt.read.inspect import read_own_workbook

__all__ = ["OutputInspection", "Protected", "inspect_output"]

_WORKBOOKS = (".xlsx", ".xlsm", ".ods")
_DRAFT_MARK = b"X-Unsent: 1"
_DRAFT_PEEK = 4096


@dataclass(frozen=True, slots=True)
class Protected:
    """A file generate must not replace, why (Swedish, for the user) and whose return it is."""

    path: Path
    reason: str
    unit_id: str = ""
    period_id: str = ""


@dataclass(frozen=True, slots=True)
class OutputInspection:
    """The paths generate would write, sorted by what is there now.

    ``targets`` pairs each unit with the workbook path planned for it (names that clash after being
    made file-safe are already made unique), ``drafts`` likewise for e-mail drafts (empty without
    drafts). ``renamed`` are the units whose planned name had to be made unique.
    """

    out_dir: Path
    targets: tuple[tuple[str, Path], ...]
    drafts: tuple[tuple[str, Path], ...]
    new: tuple[Path, ...]
    replaceable: tuple[Path, ...]
    protected: tuple[Path, ...]
    why: tuple[Protected, ...]
    renamed: tuple[str, ...]
    existing: frozenset[str]
    """The :func:`~vpt.generate.filenames.name_key` of every entry now in the folder."""

    @property
    def is_empty_folder(self) -> bool:
        """True when the folder does not exist yet or holds nothing but hidden files."""
        return not self.existing

    @property
    def needs_confirmation(self) -> bool:
        """True when generating would replace a file, or the folder holds filled workbooks."""
        return bool(self.replaceable or self.protected)


def inspect_output(
    out_dir: Path,
    plan: Plan,
    period_id: str,
    unit_ids: Sequence[str],
    *,
    eml: bool = False,
) -> OutputInspection:
    """What generating the workbooks of ``unit_ids`` (and drafts with ``eml``) into ``out_dir``
    would create, replace, or must not touch. Never raises for what is in the folder."""
    out_dir = Path(out_dir)
    entries = _entries(out_dir)
    names = unique_names(planned_stems(plan, period_id, unit_ids), ".xlsx")
    targets = tuple((u, out_dir / n) for u, (n, _) in zip(unit_ids, names, strict=True))
    renamed = tuple(u for u, (_, again) in zip(unit_ids, names, strict=True) if again)
    drafts: tuple[tuple[str, Path], ...] = ()
    if eml:
        draft_names = unique_names(planned_stems(plan, period_id, unit_ids, "eml_name"), ".eml")
        drafts = tuple((u, out_dir / n) for u, (n, _) in zip(unit_ids, draft_names, strict=True))
    new: list[Path] = []
    replaceable: list[Path] = []
    why: dict[str, Protected] = {}
    hit: set[str] = set()
    placed: list[tuple[str, Path]] = []
    for unit_id, path in targets:
        found = entries.get(name_key(path.name))
        if found is None:
            new.append(path)
        else:
            hit.add(name_key(found.name))
            verdict = _judge_workbook(found, plan, period_id, unit_id)
            if verdict is None:  # replace it under its own spelling, never beside it
                replaceable.append(found)
                placed.append((unit_id, found))
                continue
            why[name_key(found.name)] = verdict
        placed.append((unit_id, path))
    placed_drafts: list[tuple[str, Path]] = []
    for unit_id, path in drafts:
        found = entries.get(name_key(path.name))
        if found is None:
            new.append(path)
        else:
            hit.add(name_key(found.name))
            if _is_own_draft(found):
                replaceable.append(found)
                placed_drafts.append((unit_id, found))
                continue
            why[name_key(found.name)] = Protected(found, _FOREIGN)
        placed_drafts.append((unit_id, path))
    for key, path in sorted(entries.items()):
        if key in hit or not path.name.lower().endswith(_WORKBOOKS):
            continue
        filled = _filled_elsewhere(path)
        if filled is not None:
            why[key] = filled
    protected = tuple(sorted(why.values(), key=lambda p: p.path.name))
    return OutputInspection(
        out_dir=out_dir,
        targets=tuple(placed),
        drafts=tuple(placed_drafts),
        new=tuple(new),
        replaceable=tuple(replaceable),
        protected=tuple(p.path for p in protected),
        why=protected,
        renamed=renamed,
        existing=frozenset(entries),
    )


_FOREIGN = "filen är inte en arbetsbok som vpt har skapat"


def _entries(folder: Path) -> dict[str, Path]:
    """Every visible entry of ``folder`` by its case- and form-folded name ({} if none)."""
    try:
        with os.scandir(folder) as scan:
            return {name_key(e.name): Path(e.path) for e in scan if not e.name.startswith(".")}
    except OSError:
        return {}


def _judge_workbook(path: Path, plan: Plan, period_id: str, unit_id: str) -> Protected | None:
    """None when ``path`` is vpt's own blank workbook for this plan, period and unit."""
    read = _read_own(path)
    if isinstance(read, str):
        return Protected(path, read)
    identity, filled = read
    if filled:
        return _filled(path, identity)
    same = (
        identity.plan_name == plan.name
        and identity.organisation == plan.organisation
        and identity.period_id == period_id
        and identity.unit_id == unit_id
    )
    if not same:
        return Protected(
            path, f"arbetsboken gäller {identity.plan_name}, {identity.period_name}, enheten "
            f"{identity.unit_id}, inte den som skapas nu", identity.unit_id, identity.period_id
        )  # fmt: skip
    return None


def _filled_elsewhere(path: Path) -> Protected | None:
    """A filled vpt workbook under any name; None for anything else (it is not in the way)."""
    read = _read_own(path)
    if isinstance(read, str) or not read[1]:
        return None
    return _filled(path, read[0])


def _filled(path: Path, identity: Identity) -> Protected:
    return Protected(
        path, f"arbetsboken är ifylld av enheten {identity.unit_name or identity.unit_id} "
        f"({identity.period_name})", identity.unit_id, identity.period_id
    )  # fmt: skip


def _read_own(path: Path) -> tuple[Identity, bool] | str:
    """The identity of a vpt workbook at ``path`` and whether any input cell is filled, or (as a
    Swedish reason) why it cannot be told: then the file is treated as not vpt's to replace."""
    try:
        info = os.lstat(path)
    except OSError:
        return _FOREIGN
    if stat.S_ISDIR(info.st_mode):
        return "det är en mapp"
    if not stat.S_ISREG(info.st_mode):
        return "det är en länk eller specialfil, ingen vanlig fil"
    return read_own_workbook(path)


def _is_own_draft(path: Path) -> bool:
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            return False
        with path.open("rb") as stream:
            head = stream.read(_DRAFT_PEEK)
    except OSError:
        return False
    header = head.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return any(line.strip() == _DRAFT_MARK for line in header.splitlines())
