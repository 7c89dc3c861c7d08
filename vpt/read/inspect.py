"""Tell whether a workbook in a folder is one vpt generated and whether it has been filled in.

``generate`` asks this before it writes into a folder that already holds files (see
:mod:`vpt.generate.overwrite`): only a blank workbook of vpt's own may ever be replaced.
"""

from __future__ import annotations

from pathlib import Path

from vpt.errors import ReturnUnreadable
from vpt.generate import layout as L
from vpt.generate.identity import Identity
from vpt.internal import log_internal
from vpt.read.guard import MAX_FILE_BYTES, check_container
from vpt.read.identity import read_identity
from vpt.read.native import is_native_failure
from vpt.read.workbook import is_blank, open_workbook, read_sheet

__all__ = ["read_own_workbook"]

_INPUTS = tuple(c.key for c in L.INPUT_COLUMNS)


def read_own_workbook(path: Path) -> tuple[Identity, bool] | str:
    """(identity, filled) of the vpt workbook at ``path``, or why it is not one (Swedish).

    Filled means that some input cell (utfall, egen bedömning, kommentar, åtgärder) or some cell
    outside the table holds a value. Whatever the file holds, this never raises for it.
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return "filen är större än en arbetsbok från vpt"
        data = path.read_bytes()
        suffix = path.suffix.lower()
        check_container(data, suffix)
        workbook = open_workbook(data, suffix)
        identity, _ = read_identity(workbook)
        if identity is None:
            return "filen är inte en arbetsbok som vpt har skapat"
        sheet = read_sheet(workbook)
    except (OSError, ReturnUnreadable):
        return "filen går inte att läsa som en arbetsbok från vpt"
    except Exception as exc:  # a bug in vpt: keep the file, as for any file it cannot judge
        incident, log = log_internal(exc, f"avgöra om {path} är ifylld")
        return f"vpt kunde inte avgöra om den är ifylld (internt fel {incident}, se {log})"
    except BaseException as exc:  # a native reader's panic is a BaseException
        if not is_native_failure(exc):
            raise
        return "filen går inte att läsa som en arbetsbok från vpt"
    if sheet is None:
        return "arbetsboken har inget uppföljningsblad, så vpt kan inte se om den är ifylld"
    rows = [*sheet.rows.values(), *sheet.repeated, *sheet.unkeyed]
    filled = bool(sheet.stray) or any(
        not is_blank(row.cells.get(key, "")) for row in rows for key in _INPUTS
    )
    return identity, filled
