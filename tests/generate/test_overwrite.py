"""Generating into a folder that already holds files: never over a filled or foreign file."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.read.returns import CREATED, PLAN, fill
from vpt.cli import main
from vpt.errors import OutputNotEmpty
from vpt.generate import inspect_output
from vpt.generate.run import GenerateResult, generate
from vpt.model import Unit
from vpt.planbook import write_plan

A_NAME = "Uppföljning Tertial 1 A Förvaltning Alfa.xlsx"
B_NAME = "Uppföljning Tertial 1 B Förvaltning Beta.xlsx"
LATER = datetime(2025, 4, 21, 9, 0, tzinfo=UTC)


def _generate(
    out: Path, *, force: bool = False, created: datetime = CREATED, eml: bool = False
) -> GenerateResult:
    return generate(PLAN, "T1", out, created=created, workers=1, force=force, eml=eml)


def test_an_empty_or_missing_folder_is_all_new(tmp_path: Path) -> None:
    inspection = inspect_output(tmp_path / "ny", PLAN, "T1", ["A", "B"])
    assert inspection.is_empty_folder
    assert not inspection.needs_confirmation
    assert [p.name for p in inspection.new] == [A_NAME, B_NAME]
    assert inspection.replaceable == ()
    assert inspection.protected == ()


def test_hidden_files_leave_a_folder_empty(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"x")
    assert inspect_output(tmp_path, PLAN, "T1", ["A"]).is_empty_folder


def test_a_second_run_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    _generate(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(OutputNotEmpty) as caught:
        _generate(tmp_path, created=LATER)
    assert [p.name for p in caught.value.inspection.replaceable] == [A_NAME, B_NAME]
    assert caught.value.inspection.protected == ()
    assert "Inget skrevs" in str(caught.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_force_replaces_only_vpts_own_blank_workbooks(tmp_path: Path) -> None:
    _generate(tmp_path)
    old = (tmp_path / A_NAME).read_bytes()
    result = _generate(tmp_path, force=True, created=LATER)
    assert [f.workbook.name for f in result.files] == [A_NAME, B_NAME]
    assert len(result.report) == 0
    assert (tmp_path / A_NAME).read_bytes() != old
    assert sorted(p.name for p in tmp_path.iterdir()) == [A_NAME, B_NAME]


def test_a_filled_workbook_is_never_replaced_even_with_force(tmp_path: Path) -> None:
    _generate(tmp_path)
    fill(tmp_path / A_NAME, tmp_path / A_NAME, {("I1", "outcome"): 80})
    filled = (tmp_path / A_NAME).read_bytes()
    inspection = inspect_output(tmp_path, PLAN, "T1", ["A", "B"])
    assert [p.name for p in inspection.protected] == [A_NAME]
    assert [p.name for p in inspection.replaceable] == [B_NAME]
    assert "ifylld" in inspection.why[0].reason
    result = _generate(tmp_path, force=True, created=LATER)
    assert (tmp_path / A_NAME).read_bytes() == filled
    assert [f.workbook.name for f in result.files] == [
        "Uppföljning Tertial 1 A Förvaltning Alfa (2).xlsx",
        B_NAME,
    ]
    assert result.report.codes() == ["output-kept"]


@pytest.mark.parametrize("column", ["outcome", "own", "comment", "actions"])
def test_any_input_cell_makes_a_workbook_filled(tmp_path: Path, column: str) -> None:
    _generate(tmp_path)
    value = "Uppfyllt" if column == "own" else "text"
    fill(tmp_path / A_NAME, tmp_path / A_NAME, {("I4", column): value})
    assert [p.name for p in inspect_output(tmp_path, PLAN, "T1", ["A"]).protected] == [A_NAME]


def test_a_filled_workbook_is_recognised_under_any_name(tmp_path: Path) -> None:
    _generate(tmp_path / "utskick")
    returned = fill(
        tmp_path / "utskick" / A_NAME, tmp_path / "svar från alfa.xlsx", {("I2", "outcome"): 12}
    )
    kept = returned.read_bytes()
    inspection = inspect_output(tmp_path, PLAN, "T1", ["A", "B"])
    assert [p.name for p in inspection.protected] == ["svar från alfa.xlsx"]
    assert inspection.why[0].unit_id == "A"
    with pytest.raises(OutputNotEmpty):
        _generate(tmp_path)
    result = _generate(tmp_path, force=True)
    assert returned.read_bytes() == kept
    assert [f.workbook.name for f in result.files] == [A_NAME, B_NAME]
    assert result.report.codes() == ["output-kept"]


def test_a_foreign_file_at_the_target_is_kept_and_the_workbook_renamed(tmp_path: Path) -> None:
    (tmp_path / A_NAME).write_bytes(b"min egen anteckning")
    inspection = inspect_output(tmp_path, PLAN, "T1", ["A"])
    assert [p.name for p in inspection.protected] == [A_NAME]
    result = _generate(tmp_path, force=True)
    assert (tmp_path / A_NAME).read_bytes() == b"min egen anteckning"
    assert [f.workbook.name for f in result.files] == [
        "Uppföljning Tertial 1 A Förvaltning Alfa (2).xlsx",
        B_NAME,
    ]


def test_a_folder_or_fifo_at_the_target_is_protected(tmp_path: Path) -> None:
    (tmp_path / A_NAME).mkdir()
    os.mkfifo(tmp_path / B_NAME)
    inspection = inspect_output(tmp_path, PLAN, "T1", ["A", "B"])
    assert [p.name for p in inspection.protected] == [A_NAME, B_NAME]
    result = _generate(tmp_path, force=True)
    assert [f.workbook.name for f in result.files] == [
        "Uppföljning Tertial 1 A Förvaltning Alfa (2).xlsx",
        "Uppföljning Tertial 1 B Förvaltning Beta (2).xlsx",
    ]


def test_a_blank_workbook_for_another_unit_is_protected(tmp_path: Path) -> None:
    generate(PLAN, "T1", tmp_path, units=["B"], created=CREATED, workers=1)
    (tmp_path / B_NAME).rename(tmp_path / A_NAME)
    inspection = inspect_output(tmp_path, PLAN, "T1", ["A"])
    assert [p.name for p in inspection.protected] == [A_NAME]
    assert inspection.replaceable == ()


def test_a_blank_workbook_of_another_period_is_protected(tmp_path: Path) -> None:
    generate(PLAN, "Delår", tmp_path, units=["A"], created=CREATED, workers=1)
    (tmp_path / "Uppföljning Delårsrapport A Förvaltning Alfa.xlsx").rename(tmp_path / A_NAME)
    assert [p.name for p in inspect_output(tmp_path, PLAN, "T1", ["A"]).protected] == [A_NAME]


def test_a_blank_workbook_of_an_edited_plan_is_replaceable(tmp_path: Path) -> None:
    edited = replace(PLAN, indicators=PLAN.indicators[:-1])
    generate(edited, "T1", tmp_path, created=CREATED, workers=1)
    inspection = inspect_output(tmp_path, PLAN, "T1", ["A", "B"])
    assert [p.name for p in inspection.replaceable] == [A_NAME, B_NAME]


def test_a_target_differing_only_in_case_replaces_under_its_own_spelling(tmp_path: Path) -> None:
    _generate(tmp_path)
    (tmp_path / A_NAME).rename(tmp_path / A_NAME.upper())
    result = _generate(tmp_path, force=True, created=LATER)
    assert result.files[0].workbook.name == A_NAME.upper()
    assert sorted(p.name for p in tmp_path.iterdir()) == [A_NAME.upper(), B_NAME]


def test_drafts_of_vpt_are_replaced_and_foreign_mail_kept(tmp_path: Path) -> None:
    _generate(tmp_path, eml=True)
    draft_b = tmp_path / "Utkast Tertial 1 B Förvaltning Beta.eml"
    draft_b.write_bytes(b"From: bo@example.se\r\nSubject: svar\r\n\r\nHej")
    inspection = inspect_output(tmp_path, PLAN, "T1", ["A", "B"], eml=True)
    assert [p.name for p in inspection.protected] == [draft_b.name]
    assert [p.name for p in inspection.replaceable] == [
        A_NAME,
        B_NAME,
        "Utkast Tertial 1 A Förvaltning Alfa.eml",
    ]
    result = _generate(tmp_path, force=True, eml=True)
    assert draft_b.read_bytes().startswith(b"From: bo@example.se")
    assert [f.draft.name for f in result.files if f.draft] == [
        "Utkast Tertial 1 A Förvaltning Alfa.eml",
        "Utkast Tertial 1 B Förvaltning Beta (2).eml",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("A/B", "A:B"), ("Enhet", "ENHET"), ("x" * 130 + "1", "x" * 130 + "2")],
    ids=["separators", "case", "cut"],
)
def test_names_that_clash_get_unique_files(tmp_path: Path, first: str, second: str) -> None:
    plan = replace(PLAN, units=(Unit(first, "Förvaltning"), Unit(second, "Förvaltning")))
    result = generate(plan, "T1", tmp_path, created=CREATED, workers=1)
    names = [f.workbook.name for f in result.files]
    assert len(names) == 2
    assert len({n.casefold() for n in names}) == 2
    assert names[1].endswith(" (2).xlsx")
    assert len(names[1]) <= 120 + len(".xlsx")
    assert result.report.codes() == ["file-name-clash"]
    assert len(list(tmp_path.iterdir())) == 2


def test_cli_refuses_then_force_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "plan.xlsx"
    write_plan(PLAN, plan_file)
    out = tmp_path / "ut"
    assert main(["generate", str(plan_file), "--period", "T1", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["generate", str(plan_file), "--period", "T1", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Inget skrevs" in err and "--force" in err and "Traceback" not in err
    assert main(["generate", str(plan_file), "--period", "T1", "--out", str(out), "--force"]) == 0


def test_a_file_that_appears_while_generating_is_left_alone(tmp_path: Path) -> None:
    def colleague_saves_a_return(done: int, total: int, unit_id: str) -> None:
        if unit_id == "A":
            (tmp_path / B_NAME).write_bytes(b"en ifylld arbetsbok")
            (tmp_path / "Utkast Tertial 1 B Förvaltning Beta.eml").write_bytes(b"svar")

    result = generate(PLAN, "T1", tmp_path, created=CREATED, workers=1, eml=True,
                      progress=colleague_saves_a_return)  # fmt: skip
    assert (tmp_path / B_NAME).read_bytes() == b"en ifylld arbetsbok"
    assert (tmp_path / "Utkast Tertial 1 B Förvaltning Beta.eml").read_bytes() == b"svar"
    assert [f.unit_id for f in result.files] == ["A"]
    [finding] = result.report
    assert finding.code == "workbook-not-written"
    assert "en annan fil dök upp där under tiden och lämnades orörd" in finding.message
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("~vpt-")]


def test_several_processes_write_the_same_files(tmp_path: Path) -> None:
    result = generate(PLAN, "T1", tmp_path, created=CREATED, workers=2, eml=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        A_NAME,
        B_NAME,
        "Utkast Tertial 1 A Förvaltning Alfa.eml",
        "Utkast Tertial 1 B Förvaltning Beta.eml",
    ]
    assert len(result.report) == 0
