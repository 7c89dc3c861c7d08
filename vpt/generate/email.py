"""E-mail drafts (.eml) that Outlook and Thunderbird open as unsent messages, workbook attached."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from vpt.model import Unit

__all__ = ["XLSX_MIME", "write_draft"]

XLSX_MIME = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def write_draft(
    path: Path,
    *,
    unit: Unit,
    subject: str,
    body: str,
    attachment: Path,
    created: datetime,
) -> None:
    """Write an .eml draft to ``unit``'s e-mail with ``attachment``; ``X-Unsent: 1`` makes it a draft."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["To"] = formataddr((unit.contact or unit.name, unit.email)) if unit.email else ""
    message["Subject"] = subject
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
