"""The summary's sentences: Swedish plural by count and half-up rounding, written by hand."""

from __future__ import annotations

import pytest

from vpt.consolidate.table import format_outcome
from vpt.consolidate.words import basis_for_all, count_phrase, explain
from vpt.model import IndicatorType
from vpt.targets import Rollup, RollupKind, RollupRule, Status
from vpt.targets.numbers import format_number

POINTS = RollupRule()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.125, "1,13"),  # half up, not to even
        (1.124, "1,12"),
        (1.135, "1,14"),
        (0.005, "0,01"),
        (0.0049, "0"),
        (-0.0001, "0"),
        (1.5, "1,5"),
        (2.0, "2"),
        (1234.5, "1 234,5"),
        (-2.675, "-2,68"),
    ],
)
def test_numbers_round_half_up_with_decimal_comma(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("count", "key", "text"),
    [
        (0, "not_assessed", "0 ej bedömda"),
        (1, "not_assessed", "1 ej bedömd"),
        (2, "not_assessed", "2 ej bedömda"),
        (1, "partly", "1 delvis uppfylld"),
        (3, "not_met", "3 ej uppfyllda"),
    ],
)
def test_count_phrases_agree_with_their_number(count: int, key: str, text: str) -> None:
    assert count_phrase(count, key) == text


@pytest.mark.parametrize(
    ("rolled", "text"),
    [
        (
            Rollup(Status.NOT_MET, 0, 0, 1, 0, score=0.0),
            "0 av 1 uppfylld, 1 ej uppfylld (medelpoäng 0)",
        ),
        (Rollup(Status.MET, 1, 0, 0, 1, score=2.0), "1 av 1 uppfylld, 1 ej bedömd (medelpoäng 2)"),
        (Rollup(Status.NOT_ASSESSED, 0, 0, 0, 1), "Inget bedömt (1 ej bedömd)."),
        (Rollup(Status.NOT_ASSESSED, 0, 0, 0, 2), "Inget bedömt (2 ej bedömda)."),
        (Rollup(Status.NOT_ASSESSED), "Inget att bedöma."),
        (
            Rollup(Status.PARTLY_MET, 3, 2, 3, 0, score=1.125),
            "3 av 8 uppfyllda, 2 delvis uppfyllda, 3 ej uppfyllda (medelpoäng 1,13)",
        ),
    ],
)
def test_explanations_in_swedish(rolled: Rollup, text: str) -> None:
    assert explain(rolled, POINTS) == text


def test_share_rule_states_the_share_in_percent() -> None:
    rule = RollupRule(RollupKind.SHARE, 0.75, 0.5)
    rolled = Rollup(Status.PARTLY_MET, 2, 0, 1, 0, score=2 / 3)
    assert explain(rolled, rule) == "2 av 3 uppfyllda, 1 ej uppfylld (andel uppfyllda 66,67 %)"


@pytest.mark.parametrize(
    ("returned", "expected", "start"),
    [(7, 7, "Alla 7 enheter: "), (1, 7, "1 av 7 enheter: "), (1, 1, "Den enda enheten: "),
     (6, 7, "6 av 7 enheter: ")],
)  # fmt: skip
def test_all_units_says_how_many_units_it_rests_on(
    returned: int, expected: int, start: str
) -> None:
    rolled = Rollup(Status.MET, 1, 0, 0, 0, score=2.0)
    assert (
        basis_for_all(rolled, POINTS, returned, expected)
        == start + "1 av 1 uppfylld (medelpoäng 2)"
    )


@pytest.mark.parametrize(
    ("value", "unit", "kind", "text"),
    [
        (1.125, "", IndicatorType.NUMBER, "1,13"),
        (72.5, "", IndicatorType.PERCENT, "72,5 %"),
        (1234.5, "kr", IndicatorType.NUMBER, "1 234,5 kr"),
        (True, "", IndicatorType.YESNO, "Ja"),
    ],
)
def test_outcomes_in_the_summary_round_half_up(
    value: float, unit: str, kind: IndicatorType, text: str
) -> None:
    assert format_outcome(value, unit, kind) == text
