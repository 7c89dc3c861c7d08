"""Put a newly written file in place without ever landing on one that appeared meanwhile.

``generate`` looks at the folder first (:mod:`vpt.generate.overwrite`), but a file can still appear
while hundreds of workbooks are written: a colleague saving a returned workbook into the same
folder. Each file is therefore written under a temporary name and then linked to its real name,
which the file system refuses if that name is taken; only a file vpt was allowed to replace (its
own blank workbook or draft) is moved over.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["write_in_place"]

T = TypeVar("T")


def write_in_place(path: Path, write: Callable[[Path], T], *, replace: bool) -> T:
    """Call ``write(temporary)`` and give the result the name ``path``; return what ``write`` did.

    Raises FileExistsError when ``path`` exists and ``replace`` is false; ``path`` is then
    untouched and the temporary file removed.
    """
    temporary = path.with_name(
        f"~vpt-sparas-{os.getpid()}-{secrets.token_hex(4)}-{path.name[:80]}.tmp"
    )
    try:
        result = write(temporary)
        if replace:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    return result


def _link_new(temporary: Path, path: Path) -> None:
    try:
        os.link(temporary, path)  # refused with FileExistsError when the name is taken
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if os.name != "nt" and os.path.lexists(path):  # Windows' rename refuses by itself
            raise FileExistsError(errno.EEXIST, "finns redan", str(path)) from None
        os.rename(temporary, path)
