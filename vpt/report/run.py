"""Write the report: read the summary, build the blocks, lay them out, save atomically."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from docx import Document as open_document
from docx.document import Document

from vpt.consolidate.atomic import lock_files, write_atomic
from vpt.errors import OutputLocked
from vpt.report.errors import ReportRefused, TemplateUnreadable
from vpt.report.sections import build_blocks
from vpt.report.source import read_summary
from vpt.report.writer import render

__all__ = ["Progress", "write_report"]

Progress = Callable[[int, int, str], None]
"""Called as ``progress(step, steps, what)`` while the report is written (step counts from 1)."""

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def write_report(
    summary: Path,
    out: Path,
    template: Path | None = None,
    progress: Progress | None = None,
    *,
    today: date | None = None,
    matrix_max_units: int | None = None,
) -> Path:
    """Write a Word draft of the uppföljningsrapport from ``summary`` to ``out``; return ``out``.

    ``template`` is the region's own .docx (or .dotx): its styles, page setup, headers and logo
    are used. Raises a :class:`vpt.errors.VptError` with a Swedish message when an input cannot be
    used or ``out`` cannot be written; the summary and the template are only ever read.
    """
    summary, out = Path(summary), Path(out)
    _refuse(summary, out, template)
    report = progress or (lambda _step, _steps, _what: None)
    source = read_summary(summary)
    steps = len(source.goals) + 4
    step = 1
    report(step, steps, "Läser sammanställningen")
    loaded = _template(template) if template is not None else None

    def section(what: str) -> None:
        nonlocal step
        step = min(step + 1, steps - 1)
        report(step, steps, what)

    extra = {"matrix_max_units": matrix_max_units} if matrix_max_units is not None else {}
    when = today or date.today()
    blocks = build_blocks(source, today=when, progress=section, **extra)
    title = f"Uppföljningsrapport {source.period}: {source.plan}"
    document = render(
        blocks,
        loaded,
        title=title,
        subject=f"Uppföljning av {source.plan}, {source.period}",
        header=" – ".join(p for p in (source.organisation, source.plan, source.period) if p),
        today=when,
    )
    report(steps, steps, "Sparar rapporten")
    locks = lock_files(out)
    if locks:
        raise OutputLocked(
            f"Rapporten {out} verkar vara öppen i Word eller LibreOffice (låsfilen "
            f"{locks[0].name} finns). Stäng den och kör igen. Är den inte öppen, ta bort "
            f"låsfilen {locks[0]}. Den gamla rapporten är orörd."
        )
    try:
        return write_atomic(out, lambda path: document.save(str(path)))
    except OutputLocked as exc:  # the shared writer speaks of the summary; this is the report
        message = str(exc).replace("Sammanställningen", "Rapporten").replace("i Excel", "i Word")
        raise OutputLocked(message.replace("sammanställningen", "rapporten")) from exc


def _same(first: Path, second: Path) -> bool:
    try:
        if first.exists() and second.exists():
            return os.path.samefile(first, second)
    except OSError:
        pass
    return first.resolve() == second.resolve()


def _refuse(summary: Path, out: Path, template: Path | None) -> None:
    if out.is_dir():
        raise ReportRefused(
            f"{out} är en mapp. Ange ett filnamn för rapporten, t.ex. {out / 'Rapport.docx'}."
        )
    if out.suffix.lower() != ".docx":
        raise ReportRefused(
            f"Rapporten skrivs som Word-dokument: ange ett filnamn som slutar på .docx, "
            f"t.ex. {out.with_suffix('.docx').name}."
        )
    if _same(summary, out):
        raise ReportRefused(
            f"{out} är sammanställningen som rapporten byggs av. vpt skriver aldrig över det "
            "den läser: ange ett annat filnamn för rapporten."
        )
    if template is not None and _same(Path(template), out):
        raise ReportRefused(
            f"{out} är Word-mallen. vpt skriver aldrig över det den läser: ange ett annat "
            "filnamn för rapporten."
        )


def _template(path: Path) -> Document:
    """The template as a document; a .dotx is read as the .docx it would create."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TemplateUnreadable(
            f"Word-mallen {path} går inte att öppna ({exc.strerror or exc})."
        ) from exc
    try:
        return open_document(io.BytesIO(_as_document(data)))
    except Exception as exc:  # python-docx raises many kinds for a file that is no .docx
        raise TemplateUnreadable(
            f"Word-mallen {Path(path).name} går inte att använda: den är inget Word-dokument "
            "(.docx eller .dotx) eller är skadad. Spara mallen i Word som .docx och försök igen."
        ) from exc


def _as_document(data: bytes) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml")
            if _TEMPLATE_TYPE not in types:
                return data
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
                for info in archive.infolist():
                    content = archive.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    copy.writestr(info, content)
            return buffer.getvalue()
    except (zipfile.BadZipFile, KeyError, OSError):
        return data
