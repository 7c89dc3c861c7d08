"""The summary workbook's palette, so that a colour means the same in the window as on paper."""

from __future__ import annotations

from PySide6.QtGui import QColor

from vpt.templates import load_template

__all__ = ["background", "foreground"]


def _spec(group: str, key: str) -> dict[str, str]:
    formats = load_template("sammanstallning")["formats"]
    spec: dict[str, str] = formats[group].get(key, formats["status"]["not_assessed"])
    return spec


def background(group: str, key: str) -> QColor:
    """The fill for ``key`` ("met", "missing", "error" …) of ``group`` (status, submission, severity)."""
    return QColor(_spec(group, key)["bg"])


def foreground(group: str, key: str) -> QColor:
    return QColor(_spec(group, key)["fg"])
