"""Every example plan loads with only the findings its document explains, and equals its source."""

from __future__ import annotations

import pytest

from tests.examples.common import EXAMPLES, SLUGS, load, source_plan
from vpt.cli import main

FINDINGS = {
    # The stab only "bidrar aktivt" to the HSN goal: it has no mått of its own.
    "blekinge-2015": [["info", "goal-without-indicators", "Mål", "A36"]],
    # Övergripande mål 3 has no row in the document's table.
    "blekinge-primarvard-2024": [["info", "goal-without-indicators", "Mål", "A4"]],
    # The uppdrag listed twice in the document is kept once, under F3.1.
    "halland-narsjukvard-2022": [["info", "goal-without-indicators", "Mål", "A10"]],
    "orebro-hsn-2024": [],
    "vasterbotten-hsn-2025": [],
}


def test_every_example_is_listed() -> None:
    assert set(FINDINGS) == set(SLUGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_findings(slug: str) -> None:
    _, findings = load(slug)
    assert findings == FINDINGS[slug]


@pytest.mark.parametrize("slug", SLUGS)
def test_workbook_equals_its_source_module(slug: str) -> None:
    plan, _ = load(slug)
    source = source_plan(slug)
    assert plan == source
    assert plan.fingerprint == source.fingerprint


@pytest.mark.parametrize("slug", SLUGS)
def test_plan_check_exits_0(slug: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "check", str(EXAMPLES / f"{slug}.xlsx")]) == 0
    assert "Planen är klar att använda." in capsys.readouterr().out
