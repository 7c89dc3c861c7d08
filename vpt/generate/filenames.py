"""File names that say period and unit and are safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_STEM", "safe_file_name"]

MAX_STEM = 120
"""Characters of a name before its extension: leaves room for a deep folder within MAX_PATH 260."""

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
             *(f"LPT{i}" for i in range(10))}  # fmt: skip
_DROPPED = re.compile(r'[<>"?*\x00-\x1f\x7f]')
_SEPARATORS = re.compile(r"[:/\\|]")


def safe_file_name(stem: str, extension: str) -> str:
    """``stem`` + ``extension`` made safe: no reserved characters or names, no trailing dots.

    Åäö are kept (every file system in use stores them), in composed form (NFC) so that a name
    written on macOS matches the same name typed on Windows.
    """
    text = unicodedata.normalize("NFC", stem)
    text = re.sub(r"\s+", " ", text)
    text = _SEPARATORS.sub("-", _DROPPED.sub("", text)).strip()
    text = text[:MAX_STEM].rstrip(" .")
    text = text.lstrip(" ")
    if not text:
        text = "arbetsbok"
    if text.split(".", 1)[0].upper().rstrip() in _RESERVED:
        text = "_" + text
    return text + extension
