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
from collections.abc import Iterator

__all__ = ["is_native_failure", "native_quiet"]

_NATIVE_NAMES = frozenset({"PanicException"})
_STDERR = 2


def is_native_failure(exc: BaseException) -> bool:
    """True for a panic raised by a native library (never for Ctrl-C, exit or a Python error)."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        return False
    return any(t.__name__ in _NATIVE_NAMES for t in type(exc).__mro__)


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
