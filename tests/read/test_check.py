"""A corpus of bad returns, each beside a good one: every bad file gives its finding and never an
exception, the good file beside it is still read, and no input is ever written to."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.read.returns import (
    PLAN,
    changed_plan,
    delete_row,
    fill,
    generated,
    sort_rows,
)
from vpt.model import Plan, Unit
from vpt.read import CheckResult, Submission, check_returns

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOOD_B = {("I1", "outcome"): 0.9, ("I2", "outcome"): 20, ("I3", "outcome"): "Ja"}
FILLED_A = {("I1", "outcome"): 0.8, ("I2", "outcome"): 25, ("I6", "outcome"): 510}
MAY_1 = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
MAY_2 = datetime(2025, 5, 2, 9, 0, tzinfo=UTC)


def returned_a(folder: Path, name: str = "Uppföljning T1 Alfa.xlsx", **options: Any) -> Path:
    blank = generated(folder / f"blank-{name}")
    path = fill(blank, folder / name, FILLED_A, **options)
    blank.unlink()
    return path


def old_template(folder: Path) -> Path:
    return returned_a(folder)  # checked against changed_plan(): another fingerprint


def wrong_period(folder: Path) -> Path:
    blank = generated(folder / "blank-delar.xlsx", "A", "Delår")
    return fill(blank, folder / "Uppföljning Delår Alfa.xlsx", FILLED_A)


def unknown_unit(folder: Path) -> Path:
    plan = replace(PLAN, units=(*PLAN.units, Unit("C", "Förvaltning Gamma")))
    blank = generated(folder / "blank-c.xlsx", "C", "T1", plan)
    return fill(blank, folder / "Uppföljning T1 Gamma.xlsx", FILLED_A)


def other_plan(folder: Path) -> Path:
    indicators = tuple(replace(i, id=f"X{i.id}", name=f"Annat {i.name}") for i in PLAN.indicators)
    plan = replace(PLAN, name="En annan plan", indicators=indicators)
    blank = generated(folder / "blank-other.xlsx", "A", "T1", plan)
    return fill(blank, folder / "Annan plan.xlsx", {("XI1", "outcome"): 0.8})


def no_identity(folder: Path) -> Path:
    return returned_a(folder, drop_identity_sheet=True, drop_properties=True)


def rows_sorted(folder: Path) -> Path:
    return returned_a(folder, edit=sort_rows)


def row_deleted(folder: Path) -> Path:
    return returned_a(folder, edit=delete_row("I3"))


def formula_in_input(folder: Path) -> Path:
    def edit(sheet: Worksheet) -> None:
        sheet["J8"] = "=20+5"

    return returned_a(folder, edit=edit)


def typed_outside_inputs(folder: Path) -> Path:
    def edit(sheet: Worksheet) -> None:
        sheet["N7"] = 42  # right of the table
        sheet["J5"] = "80 %"  # the Utfall column of a goal heading

    return returned_a(folder, edit=edit)


def eml_carrier(folder: Path) -> Path:
    attachment = returned_a(folder, name="bilaga.xlsx")
    data = attachment.read_bytes()
    attachment.unlink()
    message = EmailMessage()
    message["From"] = "Anna <anna@example.se>"
    message["To"] = "controller@example.se"
    message["Subject"] = "Uppföljning T1"
    message["Date"] = format_datetime(MAY_1)
    message.set_content("Här kommer vår uppföljning.")
    message.add_attachment(data, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           filename="Uppföljning T1 Alfa.xlsx")  # fmt: skip
    path = folder / "svar.eml"
    path.write_bytes(message.as_bytes())
    return path


def lock_file(folder: Path) -> Path:
    path = folder / "~$Uppföljning T1 Alfa.xlsx"
    path.write_bytes(b"\x05Anna" + b"\x00" * 160)
    return path


def corpus(name: str) -> Callable[[Path], Path]:
    def copy(folder: Path) -> Path:
        return Path(shutil.copyfile(CORPUS / name, folder / name))

    return copy


# (what it shows, how to make it, the plan it is checked against, expected code, its submission)
BAD: list[tuple[str, Callable[[Path], Path], Plan, str, Submission | None]] = [
    ("old-template", old_template, changed_plan(), "plan-version", Submission.ACCEPTED),
    ("wrong-period", wrong_period, PLAN, "wrong-period", Submission.REJECTED),
    ("unknown-unit", unknown_unit, PLAN, "unit-unknown", Submission.REJECTED),
    ("other-plan", other_plan, PLAN, "plan-other", Submission.REJECTED),
    ("no-identity", no_identity, PLAN, "no-identity", Submission.ACCEPTED),
    ("row-deleted", row_deleted, PLAN, "row-deleted", Submission.ACCEPTED),
    ("formula-in-input", formula_in_input, PLAN, "formula-in-input", Submission.ACCEPTED),
    ("typed-outside", typed_outside_inputs, PLAN, "value-outside-input", Submission.ACCEPTED),
    ("truncated-zip", corpus("truncated-zip.xlsx"), PLAN, "corrupt-zip", Submission.REJECTED),
    ("not-a-zip", corpus("not-a-zip.xlsx"), PLAN, "not-a-workbook", Submission.REJECTED),
    ("pdf-renamed", corpus("pdf-renamed.xlsx"), PLAN, "not-a-workbook", Submission.REJECTED),
    ("encrypted", corpus("encrypted.xlsx"), PLAN, "encrypted", Submission.REJECTED),
    ("zip-bomb", corpus("zip-bomb.xlsx"), PLAN, "zip-bomb", Submission.REJECTED),
    ("entity-bomb", corpus("entity-bomb.xlsx"), PLAN, "unsafe-xml", Submission.REJECTED),
    ("not-a-return", corpus("valid.xlsx"), PLAN, "followup-sheet-missing", Submission.REJECTED),
    ("lock-file", lock_file, PLAN, "", None),  # skipped silently: no file, no finding
]


def good_b(folder: Path, plan: Plan) -> Path:
    blank = generated(folder / "blank-b.xlsx", "B", "T1", plan)
    (folder / "in").mkdir(exist_ok=True)
    path = fill(blank, folder / "in" / "Uppföljning T1 Beta.xlsx", GOOD_B)
    (folder / "blank-b.xlsx").unlink()
    return path


def check_folder(tmp_path: Path, make: Callable[[Path], Path], plan: Plan) -> CheckResult:
    work = tmp_path / "work"
    work.mkdir()
    made = make(work)
    inbox = tmp_path / "in"
    good_b(tmp_path, plan)
    shutil.move(made, inbox / made.name)
    return check_returns(plan, [inbox], period_id="T1")


@pytest.mark.parametrize(
    ("shows", "make", "plan", "code", "submission"), BAD, ids=[b[0] for b in BAD]
)
def test_bad_return_gives_its_finding_and_the_good_one_is_still_read(
    tmp_path: Path,
    shows: str,
    make: Callable[[Path], Path],
    plan: Plan,
    code: str,
    submission: Submission | None,
) -> None:
    result = check_folder(tmp_path, make, plan)

    good = [f for f in result.files if f.unit_id == "B"]
    assert [f.submission for f in good] == [Submission.ACCEPTED]
    b_values = {v.indicator_id: v.value for v in result.values if v.unit_id == "B"}
    assert b_values["I1"] == pytest.approx(90.0)
    assert b_values["I3"] is True
    bad = [f for f in result.files if f.unit_id != "B"]
    if submission is None:
        assert bad == []
        assert [f.file for f in result.findings if "~$" in f.file] == []
        return
    assert [f.submission for f in bad] == [submission]
    assert code in [f.code for f in result.findings if f.file == bad[0].name]


def test_old_template_reads_the_rows_that_still_match(tmp_path: Path) -> None:
    result = check_folder(tmp_path, old_template, changed_plan())
    a = {v.indicator_id: v.value for v in result.values if v.unit_id == "A"}
    assert a["I1"] == pytest.approx(80.0)
    assert "I2" not in a  # reworded in the newer plan: not used
    assert ("row-changed", "J8") in [(f.code, f.cell) for f in result.findings]


@pytest.mark.parametrize(
    ("make", "identity"),
    [
        (returned_a, "sheet"),
        (lambda d: returned_a(d, drop_identity_sheet=True), "properties"),
        (lambda d: returned_a(d, drop_properties=True), "sheet"),
        (no_identity, "headers"),
    ],
)
def test_identity_from_whichever_survived(
    tmp_path: Path, make: Callable[[Path], Path], identity: str
) -> None:
    result = check_returns(PLAN, [make(tmp_path)], period_id="T1")
    [file] = result.files
    assert (file.unit_id, file.period_id, file.identity, file.accepted) == (
        "A",
        "T1",
        identity,
        True,
    )
    assert {v.indicator_id: v.value for v in result.values}["I2"] == 25.0


def test_sorted_rows_read_by_key(tmp_path: Path) -> None:
    result = check_returns(PLAN, [rows_sorted(tmp_path)], period_id="T1")
    values = {v.indicator_id: (v.value, v.cell) for v in result.values}
    assert values["I1"][0] == pytest.approx(80.0)
    assert values["I2"][0] == 25.0
    assert values["I1"][1] != "J7"  # it moved, and the finding points where it is now


def test_deleted_row_is_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    result = check_returns(PLAN, [row_deleted(tmp_path)], period_id="T1")
    assert [f.value for f in result.findings if f.code == "row-deleted"] == ["I3"]
    assert {v.indicator_id for v in result.values} == {"I1", "I2", "I4", "I5", "I6", "I7"}


def test_duplicate_keeps_the_newest_by_file_time(tmp_path: Path) -> None:
    newest = returned_a(tmp_path, name="forsta.xlsx", mtime=MAY_2)
    older = fill(newest, tmp_path / "andra.xlsx", {("I2", "outcome"): 27}, mtime=MAY_1)
    eml = eml_carrier(tmp_path)  # dated MAY_1: the e-mail's date counts, not the attachment's
    result = check_returns(PLAN, [older, eml, newest], period_id="T1")
    by_name = {Path(f.name.split(" › ")[0]).name: f.submission for f in result.files}
    assert by_name == {
        "forsta.xlsx": Submission.ACCEPTED,
        "andra.xlsx": Submission.DUPLICATE,
        "svar.eml": Submission.DUPLICATE,
    }
    assert [f.code for f in result.findings].count("duplicate") == 2
    assert {v.indicator_id: v.value for v in result.values}["I2"] == 25.0


def test_eml_carrier_is_read_with_its_sender_and_date(tmp_path: Path) -> None:
    result = check_returns(PLAN, [eml_carrier(tmp_path)], period_id="T1")
    [file] = result.files
    assert file.accepted and file.unit_id == "A"
    assert file.received == MAY_1
    assert file.sender == "Anna <anna@example.se>"
    assert file.name.endswith("svar.eml › Uppföljning T1 Alfa.xlsx")
    assert {v.indicator_id: v.value for v in result.values}["I2"] == 25.0


def test_period_is_the_one_most_returns_are_for(tmp_path: Path) -> None:
    a = returned_a(tmp_path)
    delar = wrong_period(tmp_path)
    b = good_b(tmp_path, PLAN)
    result = check_returns(PLAN, [a, b, delar])
    assert result.period_id == "T1"
    assert [f.submission for f in result.files] == [
        Submission.ACCEPTED, Submission.ACCEPTED, Submission.REJECTED,
    ]  # fmt: skip


def test_no_input_is_ever_written_to(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    for _, make, _, _, _ in BAD:
        work = tmp_path / f"w{len(list(tmp_path.iterdir()))}"
        work.mkdir()
        made = make(work)
        name = made.name if made.name.startswith("~") else f"{work.name}-{made.name}"
        shutil.move(made, inbox / name)
    files = sorted(p for p in inbox.rglob("*") if p.is_file())
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files}

    result = check_returns(PLAN, [inbox], period_id="T1")

    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files}
    assert after == before
    assert sorted(p for p in inbox.rglob("*") if p.is_file()) == files
    assert len(result.files) == len(BAD) - 1  # all but the lock file


def test_layout_header_row_is_found_when_rows_are_inserted_above(tmp_path: Path) -> None:
    def edit(sheet: Worksheet) -> None:
        sheet.insert_rows(1, 2)

    result = check_returns(PLAN, [returned_a(tmp_path, edit=edit)], period_id="T1")
    values = {v.indicator_id: (v.value, v.cell) for v in result.values}
    assert values["I2"] == (25.0, "J10")  # J8 before the two rows were inserted
