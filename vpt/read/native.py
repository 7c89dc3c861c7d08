"""Failures that come out of native reading code rather than from Python.

python-calamine is Rust; a Rust panic reaches Python as ``pyo3_runtime.PanicException``, which
derives from ``BaseException`` so that ``except Exception`` does not catch it. The module that
defines it exists only once a panic has happened, so it is recognised by its name.
"""

from __future__ import annotations

__all__ = ["is_native_failure"]

_NATIVE_NAMES = frozenset({"PanicException"})


def is_native_failure(exc: BaseException) -> bool:
    """True for a panic raised by a native library (never for Ctrl-C, exit or a Python error)."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        return False
    return any(t.__name__ in _NATIVE_NAMES for t in type(exc).__mro__)
