"""Who the units answer to: the controller's contact and return address, from the plan's notes.

The Plan sheet's key/value rows that are not plan fields (Namn, År …) are kept as notes. Two of
them, when present, are for the units: ``Kontaktperson`` (who answers questions) and
``Returadress`` (where the filled workbook goes). Every other note is the administrator's own
and is never copied into the units' workbooks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vpt.model import Plan

__all__ = ["CONTACT_LABELS", "RETURN_LABELS", "Sender", "sender"]

CONTACT_LABELS = ("kontaktperson", "kontakt", "frågor till", "controller", "ansvarig")
RETURN_LABELS = ("returadress", "skicka till", "svar till", "svara till", "e-post för svar",
                 "svarsadress", "inlämning")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sender:
    """The controller's side of the round, as the plan states it; empty when it does not."""

    contact: str = ""
    return_address: str = ""


def sender(plan: Plan) -> Sender:
    """The first note of each kind, matched case-insensitively on its label."""
    found: dict[str, str] = {}
    for label, raw in plan.notes:
        key = re.sub(r"[\s:]+", " ", label).strip().casefold()
        value = raw.strip()
        if not value:
            continue
        if key in CONTACT_LABELS:
            found.setdefault("contact", value)
        elif key in RETURN_LABELS:
            found.setdefault("return_address", value)
    return Sender(**found)
