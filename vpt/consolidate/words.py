"""The summary's generated Swedish sentences: plural by count, numbers rounded half up.

The roll-up's counts come from :mod:`vpt.targets.rollup`; the words for the nämnd are made here,
so that "1 ej bedömd", "0 av 1 uppfylld" and "medelpoäng 1,13" (for 1,125) read as Swedish.
"""

from __future__ import annotations

from vpt.targets import Rollup, RollupKind, RollupRule
from vpt.targets.numbers import format_number

__all__ = ["basis_for_all", "count_phrase", "explain"]

# (singular, plural) of the participle that agrees with "indikator" or "mål" (both common gender).
_WORDS = {
    "met": ("uppfylld", "uppfyllda"),
    "partly": ("delvis uppfylld", "delvis uppfyllda"),
    "not_met": ("ej uppfylld", "ej uppfyllda"),
    "not_assessed": ("ej bedömd", "ej bedömda"),
    "missing": ("saknas", "saknas"),
}


def count_phrase(count: int, key: str) -> str:
    """ "1 ej bedömd", "2 ej bedömda"."""
    singular, plural = _WORDS[key]
    return f"{count} {singular if count == 1 else plural}"


def explain(rolled: Rollup, rule: RollupRule) -> str:
    """The basis of a roll-up: "3 av 4 uppfyllda, 1 delvis uppfylld (medelpoäng 1,75)"."""
    assessed = rolled.assessed
    if assessed == 0:
        if rolled.not_assessed:
            return f"Inget bedömt ({count_phrase(rolled.not_assessed, 'not_assessed')})."
        return "Inget att bedöma."
    singular, plural = _WORDS["met"]
    parts = [f"{rolled.met} av {assessed} {singular if assessed == 1 else plural}"]
    if rolled.partly_met:
        parts.append(count_phrase(rolled.partly_met, "partly"))
    if rolled.not_met:
        parts.append(count_phrase(rolled.not_met, "not_met"))
    if rolled.not_assessed:
        parts.append(count_phrase(rolled.not_assessed, "not_assessed"))
    text = ", ".join(parts)
    if rolled.score is not None and rule.kind is RollupKind.POINTS:
        text += f" (medelpoäng {format_number(rolled.score)})"
    elif rolled.score is not None:
        text += f" (andel uppfyllda {format_number(rolled.score * 100)} %)"
    return text


def basis_for_all(rolled: Rollup, rule: RollupRule, returned: int, expected: int) -> str:
    """The "Alla enheter" basis, what it rests on first: "4 av 5 enheter: 3 av 4 uppfyllda, …"."""
    if returned == expected:
        rests_on = "Den enda enheten" if expected == 1 else f"Alla {expected} enheter"
    else:
        rests_on = f"{returned} av {expected} {'enhet' if expected == 1 else 'enheter'}"
    return f"{rests_on}: {explain(rolled, rule)}"
