"""Generating for many units: the example plans, progress, several processes, the CLI."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from tests.generate.conftest import CREATED
from vpt.cli import main
from vpt.errors import VptError
from vpt.generate import layout as L
from vpt.generate.run import generate
from vpt.model import Indicator, Plan
from vpt.planbook import read_plan, write_plan

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.xlsx"))


def test_there_are_five_example_plans() -> None:
    assert len(EXAMPLES) == 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_period_and_unit_generates(path: Path, tmp_path: Path) -> None:
    plan, report = read_plan(path)
    assert plan is not None, report.to_dicts()  # plan check findings belong to vpt plan check
    for period in plan.periods:
        out = tmp_path / period.id
        result = generate(plan, period.id, out, eml=True, created=CREATED, workers=1)
        assert [f.unit_id for f in result.files] == [u.id for u in plan.units]
        assert not result.report.has_errors
        assert len({f.workbook.name for f in result.files}) == len(result.files)
        for item in result.files:
            expected = [i.id for i in plan.applicable(item.unit_id, period.id)]
            book = openpyxl.load_workbook(item.workbook, read_only=True)
            keys = [
                row[L.KEY_COLUMN]
                for row in book[L.FOLLOWUP_SHEET].iter_rows(
                    min_row=L.FIRST_DATA_ROW + 1, values_only=True
                )
                if row[L.KEY_COLUMN]
            ]
            book.close()
            assert sorted(keys) == sorted(expected) and item.rows == len(expected)
            assert item.draft is not None and item.draft.exists()


def test_progress_is_reported_per_unit_and_processes_give_the_same_bytes(
    tmp_path: Path, plan: Plan
) -> None:
    many = replace(plan, units=tuple(replace(plan.units[0], id=f"U{n:02}", name=f"Enhet {n}")
                                     for n in range(12)))  # fmt: skip
    calls: list[tuple[int, int, str]] = []
    single = generate(many, "T1", tmp_path / "one", created=CREATED, workers=1,
                      progress=lambda d, t, u: calls.append((d, t, u)))  # fmt: skip
    assert calls == [(n + 1, 12, f"U{n:02}") for n in range(12)]
    calls.clear()
    pooled = generate(many, "T1", tmp_path / "two", created=CREATED, workers=2,
                      progress=lambda d, t, u: calls.append((d, t, u)))  # fmt: skip
    assert [d for d, _, _ in calls] == list(range(1, 13))
    assert sorted(u for _, _, u in calls) == [f"U{n:02}" for n in range(12)]
    assert [f.unit_id for f in pooled.files] == [f.unit_id for f in single.files]
    for a, b in zip(single.files, pooled.files, strict=True):
        assert a.workbook.name == b.workbook.name
        assert a.workbook.read_bytes() == b.workbook.read_bytes()


def test_named_units_only_and_unknown_units_reported(tmp_path: Path, plan: Plan) -> None:
    result = generate(plan, "T1", tmp_path, units=["B", "X9"], created=CREATED)
    assert [f.unit_id for f in result.files] == ["B"]
    assert result.report.flatten(["code", "severity", "value"]) == [["unknown-unit", "error", "X9"]]


def test_unknown_period_cannot_continue(tmp_path: Path, plan: Plan) -> None:
    with pytest.raises(VptError, match="Perioden Q9 finns inte"):
        generate(plan, "Q9", tmp_path)


def test_drafts_name_period_and_deadline_and_warn_without_address(
    tmp_path: Path, plan: Plan
) -> None:
    result = generate(plan, "T1", tmp_path, eml=True, created=CREATED)
    assert result.report.flatten(["code", "value"]) == [["unit-without-email", "B"]]
    draft = result.files[0].draft
    assert draft is not None
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Anna Andersson <anna@example.se>"
    assert message["Subject"] == "Uppföljning Tertial 1: Testplan & co, svara senast 2025-05-15"
    [attachment] = message.iter_attachments()
    assert attachment.get_filename() == result.files[0].workbook.name
    assert attachment.get_content() == result.files[0].workbook.read_bytes()


def test_deadline_argument_wins_over_the_plans(tmp_path: Path, plan: Plan) -> None:
    result = generate(plan, "T1", tmp_path, units=["A"], deadline=date(2025, 6, 1),
                      created=datetime(2025, 3, 1, tzinfo=UTC))  # fmt: skip
    book = openpyxl.load_workbook(result.files[0].workbook)
    pairs = {r[0]: r[1] for r in book[L.IDENTITY_SHEET].iter_rows(values_only=True) if r[0]}
    assert pairs["deadline"] == "2025-06-01"
    assert book[L.INSTRUCTIONS_SHEET]["B8"].value == datetime(2025, 6, 1)  # a real date


@pytest.mark.parametrize(
    ("case", "code"),
    [("good", 0), ("with-errors", 1), ("unreadable", 2)],
)
def test_cli_exit_codes(
    case: str, code: int, tmp_path: Path, plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.xlsx"
    if case == "unreadable":
        path.write_text("inte en arbetsbok")
    elif case == "with-errors":
        broken = replace(plan, indicators=(*plan.indicators, Indicator("I99", "NOPE", "Fel")))
        write_plan(broken, path)
    else:
        write_plan(plan, path)
    out = tmp_path / "ut"
    assert main(["generate", str(path), "--period", "T1", "--out", str(out), "--eml"]) == code
    captured = capsys.readouterr()
    files = sorted(p.name for p in out.glob("*")) if out.exists() else []
    if code == 0:
        assert len(files) == 4 and "Klart: 2 arbetsböcker" in captured.out
        assert "2/2" in captured.err
    else:
        assert files == []
        assert "Inga arbetsböcker skapades" in captured.err


def test_a_file_that_cannot_be_written_is_a_finding(tmp_path: Path, plan: Plan) -> None:
    target_b = tmp_path / "Uppföljning Tertial 1 B Vård- Väst.xlsx"

    def block_b(done: int, total: int, unit_id: str) -> None:
        if unit_id == "A":  # a folder appears where B's workbook goes: like a file locked by Excel
            target_b.mkdir()

    result = generate(plan, "T1", tmp_path, created=CREATED, workers=1, progress=block_b)
    assert [f.unit_id for f in result.files] == ["A"]
    assert result.report.flatten(["code", "severity", "value"]) == [
        ["workbook-not-written", "error", "B"]
    ]


def test_previous_by_unit_gives_each_unit_its_own_reference(tmp_path: Path, plan: Plan) -> None:
    result = generate(plan, "T1", tmp_path, created=CREATED, previous={"I8": 100.0},
                      previous_by_unit={"A": {"I8": 300.0}})  # fmt: skip
    found = {}
    for item in result.files:
        sheet = openpyxl.load_workbook(item.workbook)[L.FOLLOWUP_SHEET]
        for row in sheet.iter_rows(min_row=L.FIRST_DATA_ROW + 1):
            if row[L.KEY_COLUMN].value == "I8":
                found[item.unit_id] = (row[L.column("previous")].value,
                                       ">=330" in row[L.column("status")].value,
                                       ">=110" in row[L.column("status")].value)  # fmt: skip
    assert found == {"A": (300, True, False), "B": (100, False, True)}
