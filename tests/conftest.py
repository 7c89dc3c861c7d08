"""Shared fixtures. Real clients: LibreOffice under sv-SE and en-US, Gnumeric's ssconvert.

A missing application FAILS the test (the test scripts install them); a skip would hide a
missing install step.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

from tests.clients import LibreOffice, gnumeric_missing, libreoffice_missing

# A bug in vpt must fail the tests, not become an "internt fel" finding (see vpt/internal.py);
# the tests of that finding turn this off for themselves.
os.environ["VPT_STRICT"] = "1"


def _started(locale: str) -> Iterator[LibreOffice]:
    missing = libreoffice_missing()
    if missing is not None:
        pytest.fail(f"LibreOffice is needed for this test: {missing}", pytrace=False)
    with LibreOffice(locale=locale) as office:
        yield office


@pytest.fixture(scope="session")
def libreoffice_sv() -> Iterator[LibreOffice]:
    """One headless LibreOffice under sv-SE (decimal comma, "75%" typing) for the whole session."""
    yield from _started("sv_SE")


@pytest.fixture(scope="session")
def libreoffice_en() -> Iterator[LibreOffice]:
    """One headless LibreOffice under en-US for the whole session."""
    yield from _started("en_US")


@pytest.fixture(scope="session")
def gnumeric() -> None:
    """Fail clearly when Gnumeric's ssconvert is missing; request it before gnumeric_convert."""
    missing = gnumeric_missing()
    if missing is not None:
        pytest.fail(f"Gnumeric is needed for this test: {missing}", pytrace=False)


@pytest.fixture(autouse=True)
def _fresh_caches_under_mutation() -> None:
    """Under mutmut (scripts/mutation) every test starts with empty functools caches.

    mutmut forks each mutant's test run from a process that has already run the tests, so a
    cached ``bands()`` would hand the unmutated answer to the mutant and hide it.
    """
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    for name, module in list(sys.modules.items()):
        if name.startswith("vpt") and module is not None:
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()
