"""Swedish numbers as people write them, and back: decimal comma, spaces as thousands separator,
count words ("fyra") and units ("procent", "veckors", "tkr")."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal

__all__ = [
    "COUNT_WORDS",
    "NUMBER_PATTERN",
    "UNIT_PATTERN",
    "canonical_unit",
    "clean_text",
    "format_number",
    "format_value",
    "parse_number",
]

# Unsigned digits with optional thousands groups (a space or a dot) and an optional decimal part.
NUMBER_PATTERN = r"(?:\d{1,3}(?:[ .]\d{3}(?!\d))+|\d+)(?:[.,]\d+)?(?!\d)"

COUNT_WORDS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "femton": 15,
    "tjugo": 20,
}

_UNITS = {
    "%": "%",
    "procent": "%",
    "procents": "%",
    "procentenheter": "%",
    "st": "st",
    "st.": "st",
    "stycken": "st",
    "dag": "dagar",
    "dagar": "dagar",
    "dagars": "dagar",
    "vecka": "veckor",
    "veckor": "veckor",
    "veckors": "veckor",
    "månad": "månader",
    "månader": "månader",
    "månaders": "månader",
    "mån": "månader",
    "timmar": "timmar",
    "timme": "timmar",
    "kr": "kr",
    "kronor": "kr",
    "tkr": "tkr",
    "mkr": "mkr",
    "mnkr": "mkr",
    "poäng": "poäng",
    "indexpoäng": "poäng",
    "index": "poäng",
}
UNIT_PATTERN = (
    r"(?:%|procentenheter|procents|procent|stycken|st\.?|dagars|dagar|dag|veckors|veckor|vecka|"
    r"månaders|månader|månad|mån|timmar|timme|kronor|tkr|mkr|mnkr|kr|indexpoäng|poäng|index)"
    r"(?![a-zåäö])"
)

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")


def clean_text(text: str) -> str:
    """One line with single ordinary spaces, typographic dashes and signs made plain."""
    text = _SPACES.sub(" ", text).strip()
    return (
        text.replace("–", "-")
        .replace("—", "-")
        .replace("−", "-")
        .replace("＝", "=")
        .replace("≧", "≥")
        .replace("≦", "≤")
    )


def canonical_unit(word: str) -> str:
    """The unit as vpt writes it: "procent" → "%", "veckors" → "veckor"; unknown words → ""."""
    return _UNITS.get(word.strip().lower(), "")


def parse_number(text: str) -> float | None:
    """A Swedish or plain number ("1 234,5", "5,2", "0.75", "−3") as a float, else None."""
    text = clean_text(text).replace(" ", "")  # clean_text already made "−" a "-"
    if not text:
        return None
    # Dots as thousands separators: "1.234,5" or "1.234.567".
    if re.fullmatch(r"[-+]?\d{1,3}((\.\d{3})+,\d+|(\.\d{3}){2,})", text):
        text = text.replace(".", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", text):
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def format_number(value: float, decimals: int = 2) -> str:
    """Swedish: decimal comma, a space between thousands, at most ``decimals`` decimals rounded
    half up as a spreadsheet shows them (1,125 → "1,13", 2,675 → "2,68"), no trailing zeros."""
    if not math.isfinite(value):
        return str(value)
    # The shortest decimal that is the float (repr), so 2.675 is 2,675 and not 2,67499….
    exact = Decimal(repr(float(value)))
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, _WIDE)
    if rounded == 0:
        rounded = Decimal(0)  # no minus sign before a number that rounds to zero
    whole, _, fraction = f"{abs(rounded):,f}".partition(".")
    fraction = fraction.rstrip("0")
    text = whole.replace(",", " ") + (f",{fraction}" if fraction else "")
    return f"-{text}" if rounded < 0 else text


# Enough digits to round the largest float (about 1,8e308) to hundredths without an error.
_WIDE = Context(prec=400)


def format_value(value: float, unit: str) -> str:
    """A number with its unit as a Swedish reader expects: "72 %", "18 månader", "1 000"."""
    number = format_number(value)
    return f"{number} {unit}" if unit else number
