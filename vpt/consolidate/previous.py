"""Read a previous summary's Data sheet: the history that trend markers and change targets use."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from vpt.errors import VptError
from vpt.templates import load_template

__all__ = ["PreviousUnreadable", "read_previous", "values_for_unit"]

_YES_NO_TYPE = "Ja/Nej"
_WANTED = ("unit_id", "indicator_id", "outcome", "outcome_text", "type")


class PreviousUnreadable(VptError):
    """The previous summary cannot be used: not a workbook, or no Data sheet vpt wrote."""


def read_previous(path: Path) -> dict[tuple[str, str], float | bool | str]:
    """Utfall per (unit ID, indicator ID) from a summary vpt wrote; numbers, Ja/Nej or text."""
    spec = load_template("sammanstallning")
    sheet_name = spec["sheets"]["data"]
    headers = {key: header for key, header, _ in spec["data"]["columns"]}
    try:
        workbook = load_workbook(Path(path), read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PreviousUnreadable(
            f"Föregående sammanställning {path} går inte att läsa ({exc}). Ange den .xlsx som "
            "vpt consolidate skrev förra perioden."
        ) from exc
    try:
        if sheet_name not in workbook.sheetnames:
            raise PreviousUnreadable(
                f"{path} har inget blad {sheet_name}. Ange en sammanställning som vpt "
                "consolidate skrev (den har bladen Översikt, Indikatorer … Data)."
            )
        rows = workbook[sheet_name].iter_rows(values_only=True)
        first = next(rows, None) or ()
        found = {str(v).strip(): n for n, v in enumerate(first) if v is not None}
        where = {key: found.get(headers[key]) for key in _WANTED}
        lacking = [headers[k] for k in _WANTED if where[k] is None]
        if lacking:
            raise PreviousUnreadable(
                f"Bladet {sheet_name} i {path} saknar kolumnerna {', '.join(lacking)}. Ange en "
                "sammanställning som vpt consolidate skrev, utan ändrade rubriker."
            )
        result: dict[tuple[str, str], float | bool | str] = {}
        for values in rows:
            cells = {k: _get(values, where[k]) for k in _WANTED}
            unit_id, indicator_id = _id(cells["unit_id"]), _id(cells["indicator_id"])
            if not unit_id or not indicator_id:
                continue
            value = _value(cells["outcome"], cells["outcome_text"], cells["type"])
            if value is not None:
                result[(unit_id, indicator_id)] = value
        return result
    finally:
        workbook.close()


def values_for_unit(
    previous: dict[tuple[str, str], float | bool | str], unit_id: str
) -> dict[str, float | bool | str]:
    """One unit's previous utfall per indicator ID, as ``vpt generate --previous`` needs it."""
    return {ind: value for (unit, ind), value in previous.items() if unit == unit_id}


def _get(values: tuple[Any, ...], index: int | None) -> Any:
    return values[index] if index is not None and index < len(values) else None


def _id(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else ""


def _value(number: Any, text: Any, type_label: Any) -> float | bool | str | None:
    shown = str(text).strip() if text is not None else ""
    if type_label == _YES_NO_TYPE and shown in ("Ja", "Nej"):
        return shown == "Ja"
    if isinstance(number, bool):
        return bool(number)
    if isinstance(number, int | float):
        return float(number)
    return shown or None
