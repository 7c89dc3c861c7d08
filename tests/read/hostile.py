"""Hostile returns built by hand: a real return's zip with one part rewritten.

Each helper takes the bytes of a workbook vpt generated and a unit filled, and changes one thing
in its XML the way an attacker or a broken program could, leaving the rest as it was.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

from tests.read.returns import PLAN, fill, generated

FILLED_A = {("I1", "outcome"): 0.8, ("I2", "outcome"): 25, ("I6", "outcome"): 510}
GOOD_B = {("I1", "outcome"): 0.9, ("I2", "outcome"): 20, ("I3", "outcome"): "Ja"}

Change = Callable[[bytes], bytes]


def filled(folder: Path, unit: str = "A", name: str = "") -> Path:
    """A return of ``unit`` filled as a unit would (openpyxl's save)."""
    values = FILLED_A if unit == "A" else GOOD_B
    blank = generated(folder / f"blank-{unit}.xlsx", unit, "T1", PLAN)
    path = fill(blank, folder / (name or f"Uppföljning T1 {unit}.xlsx"), values)
    blank.unlink()
    return path


def sheet_part(data: bytes, sheet: str) -> str:
    """The zip part of ``sheet``, found by reading workbook.xml and its relationships by hand."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        book = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    tag = re.search(rf'<sheet [^>]*name="{re.escape(sheet)}"[^>]*>', book)
    assert tag is not None, sheet
    rel = re.search(r'r:id="([^"]+)"', tag[0])
    assert rel is not None
    target = re.search(rf'<Relationship [^>]*Id="{rel[1]}"[^>]*>', rels)
    assert target is not None
    path = re.search(r'Target="([^"]+)"', target[0])
    assert path is not None
    return path[1].lstrip("/") if path[1].startswith("/") else "xl/" + path[1]


def rewrite(
    data: bytes, changes: Mapping[str, Change], added: Mapping[str, bytes] | None = None
) -> bytes:
    """The zip ``data`` with each named part passed through its change, and parts added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            part = zin.read(info)
            if info.filename in changes:
                part = changes[info.filename](part)
            zout.writestr(info, part, zipfile.ZIP_DEFLATED)
        for name, part in (added or {}).items():
            zout.writestr(name, part, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def change_sheet(path: Path, sheet: str, change: Change, out: Path | None = None) -> Path:
    """Rewrite ``sheet``'s XML in the workbook at ``path`` (in place unless ``out``)."""
    data = path.read_bytes()
    target = out or path
    target.write_bytes(rewrite(data, {sheet_part(data, sheet): change}))
    return target


def far_cell(ref: str, value: bytes = b"<v>1</v>") -> Change:
    """Add one cell holding ``value`` at ``ref`` (e.g. "XFD1048576") at the end of the sheet."""
    row = re.fullmatch(r"[A-Z]*([0-9]*)", ref)
    assert row is not None
    cell = f'<c r="{ref}">'.encode() + value + b"</c>"
    if not ref[0].isalpha():  # no column: a cell without a reference in its own row
        cell = b"<c>" + value + b"</c>"
    number = row[1] or ref
    return lambda xml: xml.replace(
        b"</sheetData>", f'<row r="{number}">'.encode() + cell + b"</row></sheetData>"
    )


def add_style_and_value(ref: str, value: str, format_code: str) -> Callable[[Path], Path]:
    """Give cell ``ref`` of the follow-up sheet ``value`` under a new number format."""

    def make(path: Path) -> Path:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            styles = archive.read("xl/styles.xml")
        count = int(re.search(rb'<cellXfs count="([0-9]+)"', styles)[1])  # type: ignore[index]
        styles = _add_format(styles, format_code, count)

        def set_cell(xml: bytes) -> bytes:
            cell = f'<c r="{ref}" s="{count}"><v>{value}</v></c>'.encode()
            pattern = rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)'
            replaced, n = re.subn(pattern, cell, xml, count=1, flags=re.DOTALL)
            assert n == 1, ref
            return replaced

        part = sheet_part(data, "Uppföljning")
        path.write_bytes(rewrite(data, {part: set_cell, "xl/styles.xml": lambda _: styles}))
        return path

    return make


def _add_format(styles: bytes, code: str, count: int) -> bytes:
    fmt = f'<numFmt numFmtId="200" formatCode="{code}"/>'.encode()
    if b"<numFmts" in styles:
        styles = re.sub(rb"(<numFmts[^>]*>)", rb"\1" + fmt, styles, count=1)
    else:
        styles = re.sub(rb"(<styleSheet[^>]*>)", rb"\1<numFmts count=\"1\">" + fmt + b"</numFmts>",
                        styles, count=1)  # fmt: skip
    xf = b'<xf numFmtId="200" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'
    styles = styles.replace(b"</cellXfs>", xf + b"</cellXfs>", 1)
    return re.sub(rb'<cellXfs count="[0-9]+"', f'<cellXfs count="{count + 1}"'.encode(), styles)
