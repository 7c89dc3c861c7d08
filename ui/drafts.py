"""Reminders and correction lists for units, as text and as .eml drafts.

The drafts have the shape of the utskick's (:mod:`vpt.generate.email`): ``X-Unsent: 1`` so that
Outlook and Thunderbird open them as unsent messages, the unit's contact as recipient.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from vpt.findings import Finding, Severity
from vpt.generate.filenames import safe_file_name
from vpt.model import Plan, Unit

__all__ = ["corrections_text", "reminder_text", "write_message"]


def write_message(path: Path, unit: Unit, subject: str, body: str, created: datetime) -> Path:
    """Write an unsent e-mail draft to ``unit`` at ``path``; returns the path."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["To"] = formataddr((unit.contact or unit.name, unit.email)) if unit.email else ""
    message["Subject"] = subject
    message["Date"] = format_datetime(created)
    message.set_content(body, subtype="plain", charset="utf-8")
    path.write_bytes(message.as_bytes())
    return path


def draft_path(folder: Path, kind: str, unit: Unit) -> Path:
    return folder / safe_file_name(f"{kind} {unit.id} {unit.name}", ".eml")


def reminder_text(plan: Plan, period_id: str, unit: Unit, deadline: date | None) -> tuple[str, str]:
    """Subject and body of a reminder to a unit that has not returned its workbook."""
    period = plan.period(period_id)
    name = period.name if period is not None else period_id
    subject = f"Påminnelse: uppföljning {name} av {plan.name}"
    when = f" senast {deadline.isoformat()}" if deadline else " så snart som möjligt"
    body = (
        f"Hej {unit.contact or unit.name},\n\n"
        f"Vi har ännu inte fått {unit.name or unit.id}s arbetsbok för uppföljningen {name} av "
        f"{plan.name}.\n\n"
        f"Fyll i arbetsboken du fick i utskicket och skicka tillbaka den som bilaga{when}. "
        "Har du redan skickat den, svara på det här meddelandet så letar vi efter den.\n\n"
        "Tack på förhand!\n"
    )
    return subject, body


def corrections_text(unit: Unit, file_name: str, findings: Sequence[Finding]) -> str:
    """The unit's errors and warnings as a list to send back, one line per finding."""
    wanted = [f for f in findings if f.severity is not Severity.INFO]
    if not wanted:
        return f"{unit.id} {unit.name}: inget att rätta i {file_name}."
    lines = [
        f"Hej {unit.contact or unit.name},",
        "",
        f"I arbetsboken {file_name} behöver följande rättas:",
        "",
    ]
    for finding in wanted:
        place = f" [{finding.place}]" if finding.place else ""
        lines.append(f"• {finding.severity.label.capitalize()}{place}: {finding.message}")
    lines += ["", "Rätta i samma arbetsbok, spara den och skicka tillbaka den som bilaga.", ""]
    return "\n".join(lines)
