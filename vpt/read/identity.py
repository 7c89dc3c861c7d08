"""Which plan, unit, period and rows a returned workbook is for.

The generator stores the identity twice: a very hidden sheet and custom document properties
(docProps/custom.xml in .xlsx, user-defined fields in meta.xml in .ods). Either may be lost on
the way (a client that drops custom properties, a unit that deletes a sheet), so the sheet is read
first and the properties are the fallback. Without either, :func:`guess_identity` matches the unit
and period by the texts vpt wrote above the table and by the file name.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from defusedxml import ElementTree as SafeET

from vpt.errors import ReturnUnreadable
from vpt.generate import layout as L
from vpt.generate.identity import Identity
from vpt.model import Plan
from vpt.read.workbook import Workbook, is_blank

__all__ = [
    "Guess",
    "guess_identity",
    "identity_conflict",
    "identity_from_properties",
    "identity_from_sheet",
    "read_identity",
]

_CUSTOM_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_META_NS = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


def read_identity(workbook: Workbook) -> tuple[Identity | None, str]:
    """The stored identity and where it came from ("sheet" or "properties"), or (None, "")."""
    if L.IDENTITY_SHEET in workbook.sheet_names:
        try:
            found = identity_from_sheet(workbook.rows(L.IDENTITY_SHEET))
        except ReturnUnreadable:  # an unreadable identity sheet is as good as none
            found = None
        if found is not None:
            return found, "sheet"
    found = identity_from_properties(workbook.data, workbook.suffix)
    if found is not None:
        return found, "properties"
    return None, ""


def identity_conflict(workbook: Workbook, identity: Identity) -> str:
    """How the document properties contradict the identity read from the sheet ("" when they
    agree or are gone): a sign that the sheet was copied from another unit's workbook."""
    props = identity_from_properties(workbook.data, workbook.suffix)
    if props is None:
        return ""
    differ = [
        f"{what} {mine} i bladet men {theirs} i egenskaperna"
        for what, mine, theirs in (
            ("enheten", identity.unit_id, props.unit_id),
            ("perioden", identity.period_id, props.period_id),
            ("planens fingeravtryck", identity.plan_fingerprint, props.plan_fingerprint),
        )
        if mine != theirs
    ]
    return "; ".join(differ)


def identity_from_sheet(rows: Sequence[Sequence[Any]]) -> Identity | None:
    """The identity from the identity sheet's key/value pairs and row keys."""
    pairs: dict[str, object] = {}
    keys: list[tuple[str, int]] = []
    in_rows = False
    for row in rows:
        key = _text(row[0]) if row else ""
        value = row[1] if len(row) > 1 else ""
        if not key:
            continue
        if key == L.ROWS_MARKER:
            in_rows = True
        elif in_rows:
            keys.append((key, _number(value)))
        elif key in L.IDENTITY_KEYS:
            pairs[L.property_name(key)] = value
    identity = Identity.from_properties(pairs)
    if identity is None:
        return None
    return replace(identity, rows=tuple(keys))


def identity_from_properties(data: bytes, suffix: str) -> Identity | None:
    """The identity from custom document properties (xlsx) or user-defined fields (ods)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            props = _ods_properties(archive) if suffix == ".ods" else _xlsx_properties(archive)
    except (KeyError, zipfile.BadZipFile, SafeET.ParseError, ValueError, OSError):
        return None
    return Identity.from_properties(props)


def _xlsx_properties(archive: zipfile.ZipFile) -> dict[str, object]:
    root = SafeET.fromstring(archive.read("docProps/custom.xml"))
    props: dict[str, object] = {}
    for prop in root.iter(f"{_CUSTOM_NS}property"):
        name = prop.get("name", "")
        value = next(iter(prop), None)
        if name.startswith(L.PROPERTY_PREFIX) and value is not None:
            props[name] = _typed(value.tag, value.text or "")
    return props


def _ods_properties(archive: zipfile.ZipFile) -> dict[str, object]:
    root = SafeET.fromstring(archive.read("meta.xml"))
    props: dict[str, object] = {}
    for field in root.iter(f"{_META_NS}user-defined"):
        name = field.get(f"{_META_NS}name", "")
        if name.startswith(L.PROPERTY_PREFIX):
            kind = field.get(f"{_META_NS}value-type", "string")
            props[name] = _typed(kind, field.text or "")
    return props


def _typed(kind: str, text: str) -> object:
    """A property value: LibreOffice may store a string identity value as a number."""
    if kind.rsplit("}", 1)[-1] in ("r8", "r4", "float", "i4", "i8", "int", "decimal"):
        try:
            return float(text)
        except ValueError:
            return text
    return text


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if is_blank(value) else str(value).strip()


def _number(value: object) -> int:
    try:
        return int(float(str(value)))
    except (ValueError, OverflowError):  # text, or inf/nan
        return 0


# -- no identity at all --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Guess:
    """A unit and period found by name in the sheet's title or the file name ("" when not)."""

    unit_id: str
    period_id: str


def guess_identity(plan: Plan, title: str, file_name: str) -> Guess:
    """Match a unit and a period by the names vpt wrote in the title block, else the file name."""
    unit_id = _match(title, [(u.id, u.name) for u in plan.units]) or _match(
        file_name, [(u.id, u.name) for u in plan.units]
    )
    periods = [(p.id, p.name) for p in plan.periods]
    period_id = _match(title, periods) or _match(file_name, periods)
    return Guess(unit_id, period_id)


def _match(text: str, candidates: Sequence[tuple[str, str]]) -> str:
    """The one candidate whose name (else ID) is a whole word in ``text``; the longest wins."""
    folded = " ".join(text.casefold().replace("_", " ").split())
    for pick in (1, 0):
        hits = [c for c in candidates if c[pick] and _word_in(c[pick].casefold(), folded)]
        if hits:
            return max(hits, key=lambda c: len(c[pick]))[0]
    return ""


def _word_in(needle: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", text) is not None
