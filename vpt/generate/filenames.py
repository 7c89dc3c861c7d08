"""File names that say period and unit and are safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from vpt.model import Plan
from vpt.templates import load_template

__all__ = ["MAX_STEM", "name_key", "planned_stems", "safe_file_name", "unique_names"]

MAX_STEM = 120
"""Characters of a name before its extension: leaves room for a deep folder within MAX_PATH 260."""

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
             *(f"LPT{i}" for i in range(10))}  # fmt: skip
_DROPPED = re.compile(r'[<>"?*\x00-\x1f\x7f]')
_SEPARATORS = re.compile(r"[:/\\|]")


def safe_file_name(stem: str, extension: str, limit: int = MAX_STEM) -> str:
    """``stem`` + ``extension`` made safe: no reserved characters or names, no trailing dots.

    Åäö are kept (every file system in use stores them), in composed form (NFC) so that a name
    written on macOS matches the same name typed on Windows.
    """
    text = unicodedata.normalize("NFC", stem)
    text = re.sub(r"\s+", " ", text)
    text = _SEPARATORS.sub("-", _DROPPED.sub("", text)).strip()
    text = text[:limit].rstrip(" .")
    text = text.lstrip(" ")
    if not text:
        text = "arbetsbok"
    if text.split(".", 1)[0].upper().rstrip() in _RESERVED:
        text = "_" + text
    return text + extension


def name_key(name: str) -> str:
    """What a file system that folds case and Unicode forms (Windows, macOS) sees as one name."""
    return unicodedata.normalize("NFC", name).casefold()


def unique_names(
    stems: Sequence[str], extension: str, taken: Collection[str] = ()
) -> list[tuple[str, bool]]:
    """A safe, distinct file name per stem, in order, and whether it had to be made unique.

    Names are distinct under :func:`name_key` among themselves and from ``taken`` (names already
    in the folder, as :func:`name_key` keys): the first of a clash keeps its name, the others get
    " (2)", " (3)" … within :data:`MAX_STEM`.
    """
    used = set(taken)
    names: list[tuple[str, bool]] = []
    for stem in stems:
        name = safe_file_name(stem, extension)
        renamed = False
        number = 2
        while name_key(name) in used:
            suffix = f" ({number})"
            base = safe_file_name(stem, "", MAX_STEM - len(suffix))
            name = base + suffix + extension
            renamed = True
            number += 1
        used.add(name_key(name))
        names.append((name, renamed))
    return names


def planned_stems(
    plan: Plan, period_id: str, unit_ids: Sequence[str], key: str = "name"
) -> list[str]:
    """The file name stems (before making them safe) of the units' workbooks or drafts."""
    template = load_template("uppfoljning")["file"][key]
    period = plan.period(period_id)
    period_name = period.name if period is not None and period.name else period_id
    stems = []
    for unit_id in unit_ids:
        unit = plan.unit(unit_id)
        stems.append(
            template.format(
                period=period_name, unit_id=unit_id, unit_name=unit.name if unit else ""
            )
        )
    return stems
