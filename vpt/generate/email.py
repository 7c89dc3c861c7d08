"""E-mail drafts (.eml) that Outlook and Thunderbird open as unsent messages, workbook attached."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from vpt.model import Unit

__all__ = ["XLSX_MIME", "is_sendable_address", "write_draft"]

XLSX_MIME = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# An address every mail client and server takes: ASCII local part and domain (RFC 5322
# dot-atom), no display name, one address. Åäö need SMTPUTF8, which not every server has.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def is_sendable_address(text: str) -> bool:
    """Whether ``text`` is one plain e-mail address that a draft can be addressed to."""
    return _ADDRESS.fullmatch(text) is not None


def _one_line(text: str) -> str:
    """A header value: line breaks and other control characters become a space."""
    return " ".join(_CONTROL.sub(" ", text).split())


def write_draft(
    path: Path,
    *,
    unit: Unit,
    subject: str,
    body: str,
    attachment: Path,
    created: datetime,
) -> None:
    """Write an .eml draft to ``unit``'s e-mail with ``attachment``; ``X-Unsent: 1`` makes it a draft.

    An address that is not :func:`is_sendable_address` is left out (the caller says so).
    """
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    to = ""
    if is_sendable_address(unit.email):
        to = formataddr((_one_line(unit.contact or unit.name), unit.email))
    message["To"] = to
    message["Subject"] = _one_line(subject)
    message["Date"] = format_datetime(created)
    message.set_content(body, subtype="plain", charset="utf-8")
    message.add_attachment(
        attachment.read_bytes(),
        maintype=XLSX_MIME[0],
        subtype=XLSX_MIME[1],
        filename=attachment.name,
    )
    # A boundary from the content keeps the draft byte-for-byte reproducible.
    digest = hashlib.sha256(f"{subject}\n{body}".encode() + attachment.read_bytes())
    message.set_boundary("vpt-" + digest.hexdigest()[:32])
    path.write_bytes(message.as_bytes())
