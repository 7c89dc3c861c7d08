"""Plan check of what goes into file names and e-mail headers: addresses, control characters and
unit names that would give two units one file name. What plan check calls ready must generate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.read.returns import PLAN
from vpt.generate.run import generate
from vpt.model import Unit
from vpt.planbook import read_plan
from vpt.planbook.checks import check_plan

UNITS_HEADER = ["ID", "Namn", "Kontaktperson", "E-post"]


@pytest.mark.parametrize(
    ("address", "sendable"),
    [
        ("anna@example.se", True),
        ("anna.andersson+t1@region-test.example.se", True),
        ("a@b.se", True),
        ("åsa@example.se", False),
        ("anna@exämpel.se", False),
        ("anna example@example.se", False),
        ("Anna <anna@example.se>", False),
        ("anna@example.se, bo@example.se", False),
        ("anna@example", False),
        ("anna@@example.se", False),
        ("anna.@example.se", False),
        ("anna@-example.se", False),
        ("anna@example..se", False),
    ],
)
def test_email_addresses(make_plan: Callable[..., Path], address: str, sendable: bool) -> None:
    units = [UNITS_HEADER, ["A", "Förvaltning A", "Anna", address]]
    plan, report = read_plan(make_plan(Enheter=units))
    assert plan is not None
    expected = [] if sendable else [["invalid-email", "warning", "D2"]]
    assert report.flatten(("code", "severity", "cell")) == expected


@pytest.mark.parametrize(
    ("row", "cell"),
    [
        (["A", "Förvaltning\nA", "Anna", "anna@example.se"], "B2"),
        (["A", "Förvaltning A", "An\rna", "anna@example.se"], "C2"),
    ],
    ids=["newline-in-name", "carriage-return-in-contact"],
)
def test_control_characters_in_names_are_errors(
    make_plan: Callable[..., Path], row: list[str], cell: str
) -> None:
    units = [UNITS_HEADER, row]
    indicators = [
        ["ID", "Mål-ID", "Indikator", "Typ", "Målvärde"],
        ["I1", "E1", "Andel besök inom 3 dagar", "Procent", "Minst 75%"],
    ]
    plan, report = read_plan(make_plan(Enheter=units, Indikatorer=indicators))
    assert plan is not None
    assert report.flatten(("code", "severity", "cell")) == [["control-character", "error", cell]]


def test_a_line_break_in_the_plan_name_is_an_error(make_plan: Callable[..., Path]) -> None:
    sheet = [["Nyckel", "Värde"], ["Namn", "Test\nplan"], ["Organisation", "Region Test"]]
    plan, report = read_plan(make_plan(Plan=sheet))
    assert plan is not None
    assert ["control-character", "error"] in report.flatten(("code", "severity"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (["A/B", "Vård"], ["A:B", "Vård"]),
        (["A", "Enhet Öst"], ["a", "ENHET ÖST"]),
        (["x" * 130 + "1", "Vård"], ["x" * 130 + "2", "Vård"]),
    ],
    ids=["separators", "case", "cut"],
)
def test_units_that_would_share_a_file_name_are_warned_and_still_generate(
    make_plan: Callable[..., Path], tmp_path: Path, first: list[str], second: list[str]
) -> None:
    units = [UNITS_HEADER, [*first, "Anna", "anna@example.se"], [*second, "Bo", "bo@example.se"]]
    indicators = [
        ["ID", "Mål-ID", "Indikator", "Typ", "Målvärde"],
        ["I1", "E1", "Andel besök inom 3 dagar", "Procent", "Minst 75%"],
    ]
    plan, report = read_plan(make_plan(Enheter=units, Indikatorer=indicators))
    assert plan is not None
    assert report.flatten(("code", "severity", "cell")) == [["file-name-clash", "warning", "A3"]]
    result = generate(plan, "T1", tmp_path / "ut", workers=1, eml=True)
    assert len(result.files) == 2
    assert len(list((tmp_path / "ut").iterdir())) == 4
    assert result.report.codes() == ["file-name-clash"]


def test_a_plan_check_calls_ready_generates_with_drafts(
    make_plan: Callable[..., Path], tmp_path: Path
) -> None:
    units = [UNITS_HEADER, ["A", "Förvaltning A", "Anna", "åsa@exempel.se"]]
    plan, report = read_plan(make_plan(Enheter=units))
    assert plan is not None and not report.has_errors
    result = generate(plan, "T1", tmp_path, workers=1, eml=True)
    assert result.report.codes() == ["invalid-email"]
    draft = result.files[0].draft
    assert draft is not None and draft.read_bytes().startswith(b"X-Unsent: 1\r\nTo:\r\n")


def test_any_control_character_in_a_plan_built_in_code_is_an_error() -> None:
    plan = replace(PLAN, units=(Unit("A", "Förvaltning\x07Alfa", "Anna", "anna@example.se"),))
    assert [[f.code, f.sheet, f.row] for f in check_plan(plan)] == [
        ["control-character", "Enheter", None]
    ]
