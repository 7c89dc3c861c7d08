"""Where a summary may be written: never over what the run reads, never anywhere but an .xlsx file.

:func:`check_summary_path` is asked before any reading starts, so a wrong ``--out`` costs nothing.
A path is an input when it is the same file as the plan, the previous summary or a returned file
(compared by the file system's own identity, so links, case-insensitive names and hard links are
seen through). A summary is not written into a folder of returns either, where it would be read
as a return the next time.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from vpt.errors import OutputRefused

__all__ = ["check_summary_path"]

_SUFFIX = ".xlsx"


def check_summary_path(
    out: Path,
    *,
    inputs: Sequence[Path] = (),
    plan: Path | None = None,
    previous: Path | None = None,
) -> None:
    """Raise :class:`OutputRefused` (a Swedish message) unless ``out`` may take the summary."""
    out = Path(out)
    if out.suffix.lower() != _SUFFIX:
        raise OutputRefused(
            f"Sammanställningen ska sparas som en .xlsx-fil, inte som {out}. Ange ett filnamn som "
            "slutar på .xlsx, till exempel ”Sammanställning Delår.xlsx”."
        )
    for folder in (Path(p) for p in inputs):
        if folder.is_dir() and _within(out.parent, folder):
            raise OutputRefused(
                f"{out} ligger i mappen med inlämnade arbetsböcker ({folder}), som vpt läser: "
                "sammanställningen skulle läsas som en inlämning nästa gång, och vpt skriver aldrig "
                "bland det den läser. Spara sammanställningen i en annan mapp."
            )
    try:
        info = os.stat(out)
    except OSError:
        return  # nothing there yet (or nothing reachable): it cannot be an input
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(
            f"{out} är ingen vanlig fil (utan en mapp, en enhet eller en kanal) och ersätts inte. "
            "Ange ett filnamn som slutar på .xlsx för sammanställningen."
        )
    named = [(plan, "planen"), (previous, "föregående sammanställning")]
    named += [(Path(p), "en av de inlämnade filerna") for p in inputs]
    for path, what in named:
        if path is not None and _same(out, Path(path)):
            raise OutputRefused(
                f"{out} är {what}, som vpt läser, och vpt skriver aldrig över det den läser. Ange "
                "ett annat filnamn för sammanställningen."
            )


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _within(folder: Path, base: Path) -> bool:
    """Whether ``folder`` is ``base`` or lies under it (links and case seen through)."""
    current = folder.resolve()
    while True:
        if _same(current, base):
            return True
        if current == current.parent:
            return False
        current = current.parent
