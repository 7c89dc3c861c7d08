"""The identity a generated workbook carries: which plan, unit, period and rows it is for.

It is written twice (a very hidden sheet and custom document properties, see
:mod:`vpt.generate.layout`) so that either survives alone. This module turns an
:class:`Identity` into those key/value pairs and back, without any spreadsheet library.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from vpt import __version__
from vpt.generate.layout import (
    FORMAT_VERSION,
    IDENTITY_KEYS,
    PROPERTY_MAX_CHARS,
    ROW_COUNT_KEY,
    ROW_KEYS_PROPERTY,
    ROW_KEYS_SEPARATOR,
    property_name,
)
from vpt.model import Plan

__all__ = ["Identity", "identity_for", "row_key_chunks"]


@dataclass(frozen=True, slots=True)
class Identity:
    """Everything that identifies one generated workbook. ``rows`` maps indicator ID → 1-based row."""

    plan_name: str
    plan_fingerprint: str
    organisation: str
    unit_id: str
    unit_name: str
    period_id: str
    period_name: str
    deadline: str
    generated: str
    rows: tuple[tuple[str, int], ...]
    vpt_version: str = __version__
    format_version: str = FORMAT_VERSION

    @property
    def row_ids(self) -> list[str]:
        return [key for key, _ in self.rows]

    def pairs(self) -> list[tuple[str, str]]:
        """The key/value pairs of :data:`~vpt.generate.layout.IDENTITY_KEYS`, in order, as text."""
        values = {
            "format_version": self.format_version,
            "plan_name": self.plan_name,
            "plan_fingerprint": self.plan_fingerprint,
            "organisation": self.organisation,
            "unit_id": self.unit_id,
            "unit_name": self.unit_name,
            "period_id": self.period_id,
            "period_name": self.period_name,
            "deadline": self.deadline,
            "generated": self.generated,
            "vpt_version": self.vpt_version,
            ROW_COUNT_KEY: str(len(self.rows)),
        }
        return [(key, values[key]) for key in IDENTITY_KEYS]

    def properties(self) -> dict[str, str]:
        """Custom document properties: every identity pair plus the row keys in chunks."""
        props = {property_name(key): value for key, value in self.pairs()}
        for number, chunk in enumerate(row_key_chunks(self.row_ids), start=1):
            props[f"{ROW_KEYS_PROPERTY}.{number}"] = chunk
        return props

    @classmethod
    def from_properties(cls, props: Mapping[str, object]) -> Identity | None:
        """The identity back from custom document properties; None when the essentials are gone."""
        values = {key: _text(props.get(property_name(key))) for key in IDENTITY_KEYS}
        if not values["plan_fingerprint"] or not values["unit_id"] or not values["period_id"]:
            return None
        chunks = sorted(
            (int(name.rsplit(".", 1)[1]), _text(value))
            for name, value in props.items()
            if name.startswith(ROW_KEYS_PROPERTY + ".") and _is_number(name.rsplit(".", 1)[1])
        )
        ids = [i for _, chunk in chunks for i in chunk.split(ROW_KEYS_SEPARATOR) if i]
        return cls(
            plan_name=values["plan_name"],
            plan_fingerprint=values["plan_fingerprint"],
            organisation=values["organisation"],
            unit_id=values["unit_id"],
            unit_name=values["unit_name"],
            period_id=values["period_id"],
            period_name=values["period_name"],
            deadline=values["deadline"],
            generated=values["generated"],
            rows=tuple((i, 0) for i in ids),
            vpt_version=values["vpt_version"],
            format_version=values["format_version"],
        )


def row_key_chunks(ids: Sequence[str]) -> Iterator[str]:
    """IDs joined by the separator into chunks no longer than a property may be."""
    chunk: list[str] = []
    length = 0
    for key in ids:
        extra = len(key) + (1 if chunk else 0)
        if chunk and length + extra > PROPERTY_MAX_CHARS:
            yield ROW_KEYS_SEPARATOR.join(chunk)
            chunk, length = [], 0
            extra = len(key)
        chunk.append(key)
        length += extra
    if chunk:
        yield ROW_KEYS_SEPARATOR.join(chunk)


def identity_for(
    plan: Plan,
    unit_id: str,
    period_id: str,
    rows: Sequence[tuple[str, int]],
    *,
    deadline: date | None,
    generated: datetime,
) -> Identity:
    """The identity of the workbook for one unit and period."""
    unit = plan.unit(unit_id)
    period = plan.period(period_id)
    return Identity(
        plan_name=plan.name,
        plan_fingerprint=plan.fingerprint,
        organisation=plan.organisation,
        unit_id=unit_id,
        unit_name=unit.name if unit is not None else "",
        period_id=period_id,
        period_name=period.name if period is not None else period_id,
        deadline=deadline.isoformat() if deadline is not None else "",
        generated=generated.isoformat(timespec="seconds"),
        rows=tuple(rows),
    )


def _is_number(text: str) -> bool:
    """ASCII digits only: ``"²".isdigit()`` is true, but ``int("²")`` fails."""
    return text.isascii() and text.isdigit()


def _text(value: object) -> str:
    """A property value as text; LibreOffice may have turned a number into a float."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
