"""Programming errors in vpt, kept apart from what a file can cause.

Where one source must not stop the others (a returned file, an e-mail), the edge catches what the
file can cause by name and turns it into a finding that tells the unit what to do. Anything else
there is a bug in vpt, and must not look like the unit's mistake: :func:`internal_finding` writes
the traceback to vpt's log file and gives a finding that says so, names the log and an incident
number to quote. With ``VPT_STRICT=1`` in the environment (the test suite sets it) the error is
raised instead, so that a bug fails the tests rather than becoming a finding.
"""

from __future__ import annotations

import os
import secrets
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from vpt import __version__
from vpt.findings import Finding, Severity

__all__ = ["STRICT_ENV", "internal_finding", "log_internal", "log_path"]

STRICT_ENV = "VPT_STRICT"
_LOG_ENV = "VPT_LOG"


def log_path() -> Path:
    """Where vpt writes what support needs: ``VPT_LOG``, else the platform's place for logs."""
    given = os.environ.get(_LOG_ENV)
    if given:
        return Path(given)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "vpt"
    elif sys.platform == "darwin":
        base = home / "Library" / "Logs" / "vpt"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state") / "vpt"
    return base / "vpt.log"


def log_internal(exc: BaseException, doing: str) -> tuple[str, Path | None]:
    """Append ``exc``'s traceback to the log; return the incident number and the log (None when
    it could not be written). Raises ``exc`` again under ``VPT_STRICT=1``."""
    if os.environ.get(STRICT_ENV) == "1":
        raise exc
    incident = secrets.token_hex(4)
    path: Path | None = log_path()
    text = "".join(traceback.format_exception(exc))
    entry = (
        f"--- {datetime.now(UTC).isoformat(timespec='seconds')} vpt {__version__} "
        f"händelse {incident}: {doing}\n{text}\n"
    )
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(entry)
    except OSError:
        path = None
    return incident, path


def internal_finding(exc: BaseException, *, file: str, doing: str) -> Finding:
    """The finding for a bug in vpt met while ``doing`` something with ``file``."""
    incident, path = log_internal(exc, f"{doing}: {file}")
    where = f"loggfilen {path}" if path is not None else "en skärmbild av det här meddelandet"
    return Finding(
        code="internal-error",
        severity=Severity.ERROR,
        file=file,
        value=f"{type(exc).__name__} (händelse {incident})",
        message=f"Internt fel i vpt – kontakta supporten. Det är inte enhetens fel: vpt "
        f"kunde inte {doing} ({type(exc).__name__}). Skicka {where} och händelsenumret "
        f"{incident} till supporten; läs in filen igen när felet är rättat.",
    )
