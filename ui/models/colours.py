"""The summary workbook's palette, so that a colour means the same in the window as on paper."""

from __future__ import annotations

from PySide6.QtGui import QColor

from vpt.templates import load_template

__all__ = ["background", "foreground"]


def _spec(group: str, key: str) -> dict[str, str]:
    formats = load_template("sammanstallning")["formats"]
    if group == "missing":  # one format of its own: a unit that did not return is no status
        missing: dict[str, str] = formats["missing"]
        return missing
    spec: dict[str, str] = formats[group].get(key, formats["status"]["not_assessed"])
    return spec


def background(group: str, key: str) -> QColor:
    """The fill for ``key`` ("met", "missing", "error" …) of ``group`` (status, submission, severity);
    group "missing" is the summary's own format for a unit that did not return (key unused)."""
    return QColor(_spec(group, key)["bg"])


def foreground(group: str, key: str) -> QColor:
    return QColor(_spec(group, key)["fg"])
