"""Failures that come out of native reading code rather than from Python.

python-calamine is Rust; a Rust panic reaches Python as ``pyo3_runtime.PanicException``, which
derives from ``BaseException`` so that ``except Exception`` does not catch it. The module that
defines it exists only once a panic has happened, so it is recognised by its name. Before it
unwinds, Rust's panic hook writes "thread … panicked at …" straight to file descriptor 2, past
Python; :func:`native_quiet` sends that descriptor to the null device while calamine works, so
that no such text reaches the user (the panic itself becomes a finding).
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Iterator

import python_calamine

__all__ = ["READ_ERRORS", "is_native_failure", "is_read_failure", "native_quiet"]

# What reading a damaged or hostile file can raise: calamine's own errors, the zip and XML
# layers' ValueError (UnicodeDecodeError is one), OSError, and OverflowError for a number calamine
# cannot turn into a date. Anything else (AttributeError, TypeError, KeyError, ...) is a bug in vpt
# and must not be reported as the file's fault.
READ_ERRORS: tuple[type[Exception], ...] = (
    python_calamine.CalamineError,
    zipfile.BadZipFile,
    ValueError,
    OSError,
    OverflowError,
    EOFError,
)

_NATIVE_NAMES = frozenset({"PanicException"})
_STDERR = 2


def is_native_failure(exc: BaseException) -> bool:
    """True for a panic raised by a native library (never for Ctrl-C, exit or a Python error)."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        return False
    return any(t.__name__ in _NATIVE_NAMES for t in type(exc).__mro__)


def is_read_failure(exc: BaseException) -> bool:
    """True for what a bad file can make a reader raise; False for a bug in vpt or Ctrl-C."""
    return isinstance(exc, READ_ERRORS) or is_native_failure(exc)


@contextlib.contextmanager
def native_quiet() -> Iterator[None]:
    """Silence file descriptor 2 for the duration (a no-op where there is none, as in a GUI)."""
    try:
        saved = os.dup(_STDERR)
    except OSError:
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, _STDERR)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, _STDERR)
        os.close(saved)
