"""Every example plan loads with only the findings its document explains, and equals its source."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.examples.common import EXAMPLES, SLUGS, load, source_plan
from vpt.cli import main
from vpt.model import IndicatorType

P, N, Y, T, X = (
    IndicatorType.PERCENT,
    IndicatorType.NUMBER,
    IndicatorType.YESNO,
    IndicatorType.TASK,
    IndicatorType.TEXT,
)

# The plans' real counts: goals per level (the plan's own level names) and indicators per the
# type the plan states (None: left for vpt to infer from the målvärde).
COUNTS: dict[str, tuple[dict[str, int], dict[IndicatorType | None, int]]] = {
    "blekinge-2015": (
        {"Målområde": 4, "Landstingsstyrelsens mål": 16, "Förvaltningens mål": 37},
        {Y: 25, P: 8, N: 6, T: 3},
    ),
    "blekinge-primarvard-2024": ({"Övergripande mål": 4}, {P: 13, N: 2, Y: 3, T: 2, X: 3}),
    # The indicator groups (Målgrupp, Verksamhet, …) sit beside the fokusområden at the top.
    "halland-narsjukvard-2022": (
        {"Fokusområde": 10, "Regiongemensamt uppdrag": 14},
        {P: 10, N: 10, T: 16, None: 2},
    ),
    "orebro-hsn-2024": ({"Perspektiv": 3, "Effektmål": 8}, {P: 8, N: 8, Y: 3, T: 1, X: 10}),
    "vasterbotten-hsn-2025": ({"Mål": 6, "Delmål": 13}, {P: 12, N: 12, None: 4}),
}

NO_REFERENCE = ["warning", "target-no-reference", "Indikatorer"]
"""A change target ("ska öka", "Öka med 10% jämfört med fg år") without Ingångsvärde."""

FINDINGS = {
    # The stab only "bidrar aktivt" to the HSN goal: it has no mått of its own.
    "blekinge-2015": [["info", "goal-without-indicators", "Mål", "A36"]],
    # Övergripande mål 3 has no row in the document's table. I2.5, I2.10, I2.17, I2.19 "ska öka"
    # or "ska minska" with no ingångsvärde in the document.
    "blekinge-primarvard-2024": [["info", "goal-without-indicators", "Mål", "A4"]]
    + [[*NO_REFERENCE, cell] for cell in ("J8", "J13", "J20", "J22")],
    # The uppdrag listed twice in the document is kept once, under F3.1. K1.3, K1.4, K1.7, K1.9
    # compare with the previous year, which the document does not give.
    "halland-narsjukvard-2022": [["info", "goal-without-indicators", "Mål", "A10"]]
    + [[*NO_REFERENCE, cell] for cell in ("J20", "J21", "J24", "J26")],
    # 9 of the 30 indicators compare with the previous year and have no ingångsvärde: I1.2, I6.2,
    # I8.1, IP.1, IP.5, I9.3, I9.4, I9.5, I9.6.
    "orebro-hsn-2024": [
        [*NO_REFERENCE, cell]
        for cell in ("J3", "J13", "J16", "J18", "J22", "J26", "J27", "J28", "J29")
    ],
    "vasterbotten-hsn-2025": [],
}


def test_every_example_is_listed() -> None:
    assert set(FINDINGS) == set(COUNTS) == set(SLUGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_real_counts(slug: str) -> None:
    plan, _ = load(slug)
    levels, types = COUNTS[slug]
    assert dict(Counter(plan.level_name(g.id) for g in plan.goals)) == levels
    assert dict(Counter(i.type for i in plan.indicators)) == types


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
