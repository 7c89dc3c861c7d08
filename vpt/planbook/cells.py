"""Reading single plan-workbook cells as people type them.

Each parser takes the raw cell value (str, int, float, bool, datetime, date or None) and returns
the parsed value, or raises ``CellError`` with a Swedish message saying what was expected.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from vpt.model import Direction, IndicatorType

__all__ = [
    "CellError",
    "parse_date",
    "parse_direction",
    "parse_id_list",
    "parse_levels",
    "parse_tolerance",
    "parse_type",
    "parse_year",
    "text",
]


class CellError(ValueError):
    """A cell that cannot be read; ``str(error)`` is a Swedish message."""


def text(raw: object) -> str:
    """A cell as clean text: numbers typed as numbers become the text a person sees (1.0 → "1")."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "Ja" if raw else "Nej"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    return re.sub(r"[ \t\u00a0]+", " ", str(raw)).strip()


def parse_id_list(raw: object) -> tuple[str, ...]:
    """IDs separated by ";" (or ","): "T1; Delår; Helår" → ("T1", "Delår", "Helår")."""
    return tuple(part.strip() for part in re.split(r"[;,]", text(raw)) if part.strip())


def parse_levels(raw: object) -> tuple[str, ...]:
    """Goal level names separated by ";": "Perspektiv; Effektmål"."""
    return tuple(part.strip() for part in text(raw).split(";") if part.strip())


def parse_year(raw: object) -> int | None:
    value = text(raw)
    if not value:
        return None
    if re.fullmatch(r"(19|20)\d\d", value):
        return int(value)
    raise CellError(f"Året ”{value}” är inte ett årtal. Skriv det med fyra siffror, t.ex. 2025.")


def parse_tolerance(raw: object) -> float | None:
    """ "10 %", "10%", "10", 0.1 or "0,1" → 0.10. Empty → None (the default applies)."""
    if raw is None or text(raw) == "":
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = float(raw)
        fraction = value if value <= 1 else value / 100
    else:
        cleaned = text(raw).replace("\u00a0", " ").replace(",", ".")
        match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(%|procent)?", cleaned, flags=re.IGNORECASE)
        if match is None:
            raise CellError(
                f"Toleransen ”{text(raw)}” går inte att läsa. Skriv en procentsats, t.ex. 10 %."
            )
        value = float(match.group(1))
        fraction = value / 100 if match.group(2) or value > 1 else value
    if not 0 <= fraction < 1:
        raise CellError(
            f"Toleransen ”{text(raw)}” är orimlig. Skriv en procentsats mellan 0 och 99 %."
        )
    return round(fraction, 10)


_TYPES = {
    "procent": IndicatorType.PERCENT,
    "andel": IndicatorType.PERCENT,
    "%": IndicatorType.PERCENT,
    "tal": IndicatorType.NUMBER,
    "antal": IndicatorType.NUMBER,
    "belopp": IndicatorType.NUMBER,
    "janej": IndicatorType.YESNO,
    "uppdrag": IndicatorType.TASK,
    "aktivitet": IndicatorType.TASK,
    "text": IndicatorType.TEXT,
}


def parse_type(raw: object) -> IndicatorType | None:
    value = re.sub(r"[\s/\-]+", "", text(raw)).casefold()
    if not value:
        return None
    if value in _TYPES:
        return _TYPES[value]
    raise CellError(
        f"Typen ”{text(raw)}” finns inte. Välj Procent, Tal, Ja/Nej, Uppdrag eller Text, "
        "eller lämna tomt så tolkas typen från målvärdet."
    )


def parse_direction(raw: object) -> Direction | None:
    value = text(raw).casefold()
    if not value:
        return None
    if value.startswith(("högre", "hög", "öka", "stor")) or value in {"↑", "+"}:
        return Direction.HIGHER
    if value.startswith(("lägre", "låg", "minska", "lite")) or value in {"↓", "-"}:
        return Direction.LOWER
    raise CellError(
        f"Riktningen ”{text(raw)}” går inte att läsa. Välj ”Högre är bättre” eller ”Lägre är bättre”."
    )


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y", "%Y%m%d")


def parse_date(raw: object) -> date | None:
    if raw is None or text(raw) == "":
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    value = text(raw)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise CellError(
        f"Datumet ”{value}” går inte att läsa. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2025-05-15."
    )
