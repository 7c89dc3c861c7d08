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
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
    """One workbook to read: a file, or an attachment of a saved e-mail.

    Its bytes are not kept: :meth:`read` fetches them when the file is checked, so that only one
    input is in memory at a time however many there are.
    """

    name: str  # what the user sees; a file name that is not UTF-8 shows � for the odd bytes
    path: Path
    suffix: str
    received: datetime
    sha256: str
    carrier: Carrier
    sender: str = ""
    attachment: int = -1  # the e-mail's workbook attachment number, for carrier "email"

    def read(self) -> bytes:
        """The workbook's bytes. Raises OSError when the file cannot be read (any more)."""
        if self.carrier == "file":
            with self.path.open("rb") as stream:
                return stream.read(MAX_FILE_BYTES + 1)
        with self.path.open("rb") as stream:
            message = message_from_bytes(stream.read(_MAX_EMAIL_BYTES + 1), policy=policy.default)
        for number, (part, _) in enumerate(_workbook_attachments(message)):
            if number == self.attachment:
                return _payload(part)
        raise OSError(f"bilagan {self.name} finns inte längre i e-brevet")


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
        if _is_dir(given):
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
            key = _resolved(path)
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
    if not _is_regular(path, report):
        return
    if suffix == ".eml":
        raw = _read(path, _MAX_EMAIL_BYTES, report)
        if raw is not None:
            _collect_email(path, raw, out, report)
        return
    digest = _digest(path, report)
    if digest is None:
        return
    received = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    out.append(Candidate(_shown(path), path, suffix, received, digest, "file"))


def _is_regular(path: Path, report: Report) -> bool:
    """A FIFO or device named like a workbook would hang or never end: say so and skip it."""
    try:
        if stat.S_ISREG(path.stat().st_mode):
            return True
    except OSError as exc:
        report.add(_unreadable(path, exc))
        return False
    report.add(_finding("not-a-regular-file", Severity.WARNING, path,
        "Det här är ingen vanlig fil (utan till exempel en kanal eller en enhet) och hoppas "
        "över. Spara arbetsboken som en vanlig fil och läs in den igen."))  # fmt: skip
    return False


def _digest(path: Path, report: Report) -> str | None:
    """The file's SHA-256, read in pieces; None (with a finding) when it is too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            report.add(_too_large(path, size, MAX_FILE_BYTES))
            return None
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError as exc:
        report.add(_unreadable(path, exc))
        return None


def _resolved(path: Path) -> Path:
    """The path with links resolved, for not reading one file twice; a link loop stays as it is."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
        return path.absolute()


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _shown(path: Path | str) -> str:
    """A path as the user sees it: bytes that are not UTF-8 become �, so that it can be written."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _read(path: Path, limit: int, report: Report) -> bytes | None:
    try:
        size = path.stat().st_size
        if size > limit:
            report.add(_too_large(path, size, limit))
            return None
        with path.open("rb") as stream:
            return stream.read(limit + 1)
    except OSError as exc:
        report.add(_unreadable(path, exc))
        return None


def _too_large(path: Path, size: int, limit: int) -> Finding:
    return _finding("too-large", Severity.ERROR, path,
        f"Filen är {size // (1024 * 1024)} MB, större än de {limit // (1024 * 1024)} MB vpt läser. "
        "Be enheten ta bort inklistrade bilder och skicka igen.")  # fmt: skip


def _unreadable(path: Path, exc: OSError) -> Finding:
    return _finding("file-unreadable", Severity.ERROR, path,
        f"Filen kunde inte läsas ({exc.strerror or exc}). Kontrollera att den inte är öppen i ett "
        "annat program och att du har behörighet, och försök igen.")  # fmt: skip


def _collect_email(path: Path, raw: bytes, out: list[Candidate], report: Report) -> None:
    """The workbooks attached to one saved e-mail. The e-mail package raises many kinds of error
    on headers it cannot take (group syntax, broken encoded words, dates past year 9999), so
    everything about this one message is guarded here and named by its file."""
    found: list[Candidate] = []
    try:
        message = message_from_bytes(raw, policy=policy.default)
        fallback = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
        for number, (part, envelope) in enumerate(_workbook_attachments(message)):
            filename = _attachment_name(part)
            name = f"{_shown(path)} › {_shown(filename)}"
            if PurePath(filename).suffix.lower() == ".xls":
                report.add(_old_xls(name))
                continue
            data = _payload(part)
            received = _email_date(envelope) or fallback
            digest = hashlib.sha256(data).hexdigest()
            sender = _header(envelope, "From")
            found.append(Candidate(name, path, PurePath(filename).suffix.lower(), received,
                                   digest, "email", sender, number))  # fmt: skip
    except Exception as exc:  # the e-mail package raises many kinds of error on bad headers
        report.add(_finding("email-unreadable", Severity.ERROR, path,
            f"E-brevet kunde inte läsas ({type(exc).__name__}: något i brevets huvud eller "
            "delar går inte att tolka). Spara bilagan som fil och läs in den i stället."))  # fmt: skip
        return
    out.extend(found)
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


def _workbook_attachments(message: Message) -> Iterator[tuple[Message, Message]]:
    """The attachments that are workbooks (or old .xls), in order, with their envelopes."""
    for part, envelope in _attachments(message, message):
        filename = _attachment_name(part)
        suffix = PurePath(filename).suffix.lower()
        if suffix == ".xls" or (suffix in WORKBOOK_SUFFIXES and not _is_ignored(filename)):
            yield part, envelope


def _payload(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _header(message: Message, name: str) -> str:
    """A header as text, "" when the e-mail package cannot parse it."""
    try:
        return str(message.get(name, "") or "")
    except Exception:  # header parsing raises many kinds of error
        return ""


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


def _old_xls(name: str) -> Finding:
    return Finding(
        code="old-xls",
        severity=Severity.WARNING,
        file=name,
        message="Filen är en gammal Excel-fil (.xls) som vpt inte läser. Be enheten spara den "
        "som Excel-arbetsbok (.xlsx) och skicka igen.",
    )


def _finding(code: str, severity: Severity, path: Path, message: str) -> Finding:
    return Finding(code=code, severity=severity, message=message, file=_shown(path))
