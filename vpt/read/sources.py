"""Where returned workbooks come from: files, folders and saved e-mails, as candidates to read.

:func:`collect` turns what the controller dropped on vpt into :class:`Candidate` workbooks (each
read once into memory; no input is ever written to) and findings for what cannot be used. It
does not judge the bytes: the caller runs :func:`vpt.read.guard.check_container` on each one.
Folders are walked recursively in sorted order, so the result does not depend on the disk.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import quopri
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from pathlib import Path, PurePath, PureWindowsPath
from typing import Literal

from vpt.findings import Finding, Report, Severity
from vpt.read.guard import MAX_FILE_BYTES

__all__ = ["WORKBOOK_SUFFIXES", "Candidate", "Collected", "collect"]

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods")
# A saved e-mail carries its attachments base64-encoded (4/3 the size) beside the text.
_MAX_EMAIL_BYTES = 2 * MAX_FILE_BYTES

Carrier = Literal["file", "email"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One workbook to read: a file, or an attachment of a saved e-mail."""

    name: str
    path: Path
    data: bytes = field(repr=False)
    suffix: str
    received: datetime
    sha256: str
    carrier: Carrier
    sender: str = ""


@dataclass(frozen=True, slots=True)
class Collected:
    """The workbooks found, in a stable order, and what was said about the rest."""

    candidates: tuple[Candidate, ...]
    findings: Report


def collect(inputs: Sequence[Path]) -> Collected:
    """Find every returned workbook in ``inputs`` (files, folders, .eml); never raises for a file."""
    candidates: list[Candidate] = []
    report = Report()
    seen: set[Path] = set()
    for given in inputs:
        if given.is_dir():
            paths, explicit = _walk(given), False
        elif given.exists():
            paths, explicit = iter([given]), True
        else:
            report.add(
                _finding(
                    "input-missing",
                    Severity.ERROR,
                    given,
                    "Filen eller mappen finns inte. Kontrollera sökvägen och försök igen.",
                )
            )
            continue
        for path in paths:
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            _collect_file(path, explicit, candidates, report)
    return Collected(tuple(candidates), report)


def _walk(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, sorted, not following links, skipping hidden folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            yield Path(root) / name


def _is_ignored(name: str) -> bool:
    """Lock, hidden and temporary files: skipped without a word.

    Covers Office's ``~$name.xlsx`` owner files, LibreOffice's ``.~lock.name.xlsx#``, macOS's
    ``._name`` and ``.DS_Store``, and ``~name.tmp`` / ``*.tmp`` files Excel leaves while saving.
    """
    return name.startswith(("~", ".")) or name.lower().endswith(".tmp")


def _collect_file(path: Path, explicit: bool, out: list[Candidate], report: Report) -> None:
    if _is_ignored(path.name):
        return
    suffix = path.suffix.lower()
    if suffix == ".msg":
        report.add(
            _finding(
                "msg-not-supported",
                Severity.WARNING,
                path,
                "Outlook-brev (.msg) kan inte läsas ännu. Spara bilagan som fil, eller spara "
                "brevet som .eml, och läs in den igen.",
            )
        )
        return
    if suffix == ".xls":
        report.add(_old_xls(str(path)))
        return
    if suffix not in (*WORKBOOK_SUFFIXES, ".eml"):
        if explicit:
            report.add(
                _finding(
                    "not-a-workbook-file",
                    Severity.INFO,
                    path,
                    "Filen är varken en arbetsbok (.xlsx, .xlsm, .ods) eller ett sparat e-brev "
                    "(.eml) och hoppas över.",
                )
            )
        return
    data = _read(path, _MAX_EMAIL_BYTES if suffix == ".eml" else MAX_FILE_BYTES, report)
    if data is None:
        return
    if suffix == ".eml":
        _collect_email(path, data, out, report)
        return
    received = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    out.append(_candidate(str(path), path, data, suffix, received, "file", ""))


def _read(path: Path, limit: int, report: Report) -> bytes | None:
    try:
        size = path.stat().st_size
        if size > limit:
            report.add(
                _finding(
                    "too-large",
                    Severity.ERROR,
                    path,
                    f"Filen är {size // (1024 * 1024)} MB, större än de {limit // (1024 * 1024)} "
                    "MB vpt läser. Be enheten ta bort inklistrade bilder och skicka igen.",
                )
            )
            return None
        with path.open("rb") as stream:
            return stream.read(limit + 1)
    except OSError as exc:
        report.add(
            _finding(
                "file-unreadable",
                Severity.ERROR,
                path,
                f"Filen kunde inte läsas ({exc.strerror or exc}). Kontrollera att den inte är "
                "öppen i ett annat program och att du har behörighet, och försök igen.",
            )
        )
        return None


def _collect_email(path: Path, raw: bytes, out: list[Candidate], report: Report) -> None:
    try:
        message = message_from_bytes(raw, policy=policy.default)
    except Exception:  # the parser is lenient; this is only for what it still cannot take
        report.add(
            _finding(
                "email-unreadable",
                Severity.ERROR,
                path,
                "E-brevet kunde inte läsas. Spara bilagan som fil och läs in den i stället.",
            )
        )
        return
    fallback = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    found = 0
    for part, envelope in _attachments(message, message):
        filename = _attachment_name(part)
        suffix = PurePath(filename).suffix.lower()
        name = f"{path} › {filename}"
        if suffix == ".xls":
            report.add(_old_xls(name))
            continue
        if suffix not in WORKBOOK_SUFFIXES or _is_ignored(filename):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        received = _email_date(envelope) or fallback
        sender = str(envelope.get("From", "") or "")
        out.append(_candidate(name, path, data, suffix, received, "email", sender))
        found += 1
    if not found:
        report.add(
            _finding(
                "email-without-workbook",
                Severity.WARNING,
                path,
                "E-brevet har ingen arbetsbok (.xlsx, .xlsm, .ods) som bilaga. Be enheten "
                "skicka den ifyllda uppföljningsarbetsboken som bilaga.",
            )
        )


def _attachments(part: Message, envelope: Message) -> Iterator[tuple[Message, Message]]:
    """Every leaf part that has a file name, with the innermost message that carried it.

    A forwarded e-mail (message/rfc822) counts: its own Date and From describe the return.
    """
    if part.get_content_type() == "message/rfc822":
        for inner in _forwarded(part):
            yield from _attachments(inner, inner)
        return
    if part.is_multipart():
        for sub in part.get_payload() or []:
            if isinstance(sub, Message):
                yield from _attachments(sub, envelope)
        return
    if part.get_filename():
        yield part, envelope


def _forwarded(part: Message) -> list[Message]:
    """The message inside a message/rfc822 part.

    RFC 2046 forbids encoding such a part, but some clients base64 it anyway; the parser then
    sees a message without headers whose body is the encoded text, so decode and parse that.
    """
    inner = [m for m in part.get_payload() or [] if isinstance(m, Message)]
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding not in ("base64", "quoted-printable") or len(inner) != 1:
        return inner
    body = inner[0].get_payload()
    if not isinstance(body, str):
        return inner
    try:
        raw = (
            base64.b64decode(body)
            if encoding == "base64"
            else quopri.decodestring(body.encode("ascii", errors="replace"))
        )
    except (binascii.Error, ValueError):
        return inner
    return [message_from_bytes(raw, policy=policy.default)]


def _attachment_name(part: Message) -> str:
    """The attachment's own file name, without any folder a mail client put in front."""
    raw = str(part.get_filename() or "")
    return PureWindowsPath(raw).name or raw


def _email_date(message: Message) -> datetime | None:
    try:
        header = message.get("Date") if isinstance(message, EmailMessage) else None
    except (ValueError, TypeError, IndexError):  # a Date header the parser cannot take
        return None
    when = getattr(header, "datetime", None)
    if not isinstance(when, datetime):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _candidate(
    name: str,
    path: Path,
    data: bytes,
    suffix: str,
    received: datetime,
    carrier: Carrier,
    sender: str,
) -> Candidate:
    digest = hashlib.sha256(data).hexdigest()
    return Candidate(name, path, data, suffix, received, digest, carrier, sender)


def _old_xls(name: str) -> Finding:
    return Finding(
        code="old-xls",
        severity=Severity.WARNING,
        file=name,
        message="Filen är en gammal Excel-fil (.xls) som vpt inte läser. Be enheten spara den "
        "som Excel-arbetsbok (.xlsx) och skicka igen.",
    )


def _finding(code: str, severity: Severity, path: Path, message: str) -> Finding:
    return Finding(code=code, severity=severity, message=message, file=str(path))
