"""The app's models and plain helpers, without any widget."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from ui.models import findings as fm
from ui.models import units as um
from ui.models.rollup import RollupModel, RollupRow, cell_text
from ui.round import Round, stamp
from ui.settings import clamp
from vpt.findings import Finding, Report, Severity
from vpt.model import Indicator, Period, Plan, Unit
from vpt.read.results import CheckResult, ReturnedFile, Submission
from vpt.targets import Status

PLAN = Plan(
    name="Plan",
    goals=(),
    indicators=(Indicator("I1", "M1", "Andel"),),
    units=(Unit("A", "Alfa"), Unit("B", "Beta"), Unit("C", "Gamma"), Unit("D", "Delta")),
    periods=(Period("T1", "Tertial 1"), Period("Delår", "Delårsrapport")),
)
WHEN = datetime(2024, 9, 2, 8, 30)


def _finding(severity: Severity, file: str, message: str = "Fyll i utfall.") -> Finding:
    return Finding("missing-outcome", severity, message, file=file, sheet="Uppföljning", cell="I7")


def test_findings_model_shows_the_summary_words_and_the_file_name_with_its_path() -> None:
    model = fm.FindingsModel()
    model.set_rows([_finding(Severity.ERROR, "/svar/mars/a.xlsx")], {"/svar/mars/a.xlsx": "A Alfa"})
    assert model.headerData(fm.COL_SEVERITY, Qt.Orientation.Horizontal) == "Allvarlighet"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Allvarlighet", "Enhet", "Fil", "Cell", "Meddelande",
    ]  # fmt: skip
    assert model.data(model.index(0, fm.COL_SEVERITY)) == "✖ fel"
    assert model.data(model.index(0, fm.COL_UNIT)) == "A Alfa"
    assert model.data(model.index(0, fm.COL_PLACE)) == "Uppföljning!I7"
    assert model.data(model.index(0, fm.COL_FILE)) == "a.xlsx"
    assert model.data(model.index(0, fm.COL_FILE), Qt.ItemDataRole.ToolTipRole) == (
        "/svar/mars/a.xlsx"
    )


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("C:\\Svar\\b.xlsx", "b.xlsx"),
        ("/svar/brev.eml › bilaga.xlsx", "brev.eml › bilaga.xlsx"),
        ("a.xlsx", "a.xlsx"),
    ],
)
def test_file_name_keeps_an_attachment_after_its_e_mail(path: str, shown: str) -> None:
    assert fm.file_name(path) == shown


def test_findings_filter_by_unit_and_severity_and_sort_errors_first() -> None:
    model = fm.FindingsModel()
    model.set_rows(
        [
            _finding(Severity.INFO, "a.xlsx", "info a"),
            _finding(Severity.WARNING, "b.xlsx", "varning b"),
            _finding(Severity.ERROR, "a.xlsx", "fel a"),
        ],
        {"a.xlsx": "A Alfa", "b.xlsx": "B Beta"},
    )

    def shown() -> list[str]:
        return [model.index(n, fm.COL_MESSAGE).data() for n in range(model.rowCount())]

    assert shown() == ["fel a", "varning b", "info a"]
    model.sort(fm.COL_MESSAGE, Qt.SortOrder.DescendingOrder)
    assert shown() == ["varning b", "info a", "fel a"]
    model.sort(fm.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
    model.set_unit("A Alfa")
    assert shown() == ["fel a", "info a"]
    model.set_severities({Severity.ERROR, Severity.WARNING})
    assert shown() == ["fel a"]
    model.set_unit("")
    assert shown() == ["fel a", "varning b"]
    assert model.total == 3


def _file(name: str, unit: str, period: str, submission: Submission) -> ReturnedFile:
    return ReturnedFile(name, "0" * 64, WHEN, submission, unit_id=unit, period_id=period)


def test_unit_rows_name_every_state_of_the_round() -> None:
    result = CheckResult(
        "Delår",
        files=(
            _file("/s/a.xlsx", "A", "Delår", Submission.ACCEPTED),
            _file("/s/a-gammal.xlsx", "A", "Delår", Submission.DUPLICATE),
            _file("/s/b.xlsx", "B", "T1", Submission.REJECTED),
            _file("/s/c.xlsx", "C", "Delår", Submission.REJECTED),
            _file("/s/x.xlsx", "", "", Submission.REJECTED),
        ),
        findings=Report([
            _finding(Severity.ERROR, "/s/a.xlsx"), _finding(Severity.ERROR, "/s/a.xlsx"),
            _finding(Severity.WARNING, "/s/a.xlsx"), _finding(Severity.ERROR, "/s/c.xlsx"),
        ]),
    )  # fmt: skip
    rows = um.unit_rows(PLAN, result)
    assert [(r.unit_id, r.state, r.note, r.errors, r.warnings) for r in rows] == [
        ("A", "Mottagen", "+1 fil till", 2, 1),
        ("B", "Fel period", "T1", 0, 0),
        ("C", "Avvisad", "", 1, 0),
        ("D", "Saknas", "", 0, 0),
        ("", "Avvisad", "", 0, 0),
    ]
    model = um.UnitsModel()
    model.set_rows(rows)
    assert model.data(model.index(0, um.COL_STATE)) == "Mottagen (+1 fil till)"
    assert model.data(model.index(0, um.COL_FILE)) == "a.xlsx"
    assert model.data(model.index(0, um.COL_RECEIVED)) == "2024-09-02 08:30"
    assert model.data(model.index(3, um.COL_ERRORS)) == ""
    assert model.data(model.index(4, um.COL_UNIT)) == "okänd enhet"


def test_without_a_check_every_unit_is_missing() -> None:
    assert [r.state for r in um.unit_rows(PLAN, None)] == ["Saknas"] * 4


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (Status.MET, "√ Uppfyllt"),
        (Status.PARTLY_MET, "± Delvis uppfyllt"),
        (Status.NOT_MET, "× Ej uppfyllt"),
        (Status.NOT_ASSESSED, "– Ej bedömt"),
        (None, "Saknas"),
    ],
)
def test_rollup_cells_carry_word_and_symbol(status: Status | None, text: str) -> None:
    assert cell_text(status) == text


def test_a_missing_unit_is_not_coloured_like_a_status() -> None:
    # The summary's palette: Saknas is white with dark text, Ej uppfyllt is red, Ej bedömt grey.
    model = RollupModel()
    model.set_rows(
        ["A Alfa", "B Beta"], [RollupRow("M1 Mål", Status.NOT_MET, (None, Status.NOT_MET))]
    )
    colours = [
        model.data(model.index(0, column), Qt.ItemDataRole.BackgroundRole).name().upper()
        for column in (2, 3)
    ]
    assert colours[0] == "#FFFFFF"
    assert colours[1] != "#FFFFFF"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole).name().upper() == "#5C1F00"


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (QRect(0, 0, 1100, 700), QRect(0, 0, 910, 512)),  # too large: shrunk to the screen
        (QRect(500, 400, 900, 500), QRect(10, 12, 900, 500)),  # off-screen: moved back
        (QRect(0, 0, 910, 512), QRect(0, 0, 910, 512)),  # exactly fits
        (QRect(0, 0, 911, 513), QRect(0, 0, 910, 512)),  # one pixel too large
        (QRect(0, 0, 300, 200), QRect(0, 0, 900, 500)),  # too small: the minimum
    ],
)
def test_geometry_is_clamped_to_a_1366x768_screen_at_150_percent(
    wanted: QRect, expected: QRect
) -> None:
    assert clamp(wanted, QRect(0, 0, 910, 512), (900, 500)) == expected


def test_a_check_is_current_until_a_file_changes(tmp_path: Path) -> None:
    first = tmp_path / "a.xlsx"
    first.write_bytes(b"ett")
    state = Round()
    state.add_returns([tmp_path])
    before = stamp([tmp_path])
    state.set_result(CheckResult("T1"), [tmp_path], before)
    assert state.result_is_current(stamp([tmp_path]))
    first.write_bytes(b"ett till")  # another size
    assert not state.result_is_current(stamp([tmp_path]))
    state.set_result(CheckResult("T1"), [tmp_path], stamp([tmp_path]))
    (tmp_path / "b.xlsx").write_bytes(b"ny")  # a new file in the folder
    assert not state.result_is_current(stamp([tmp_path]))


def test_opening_another_plan_empties_the_returns(tmp_path: Path) -> None:
    state = Round()
    state.add_returns([tmp_path / "a.xlsx"])
    state.set_result(CheckResult("T1"), [tmp_path / "a.xlsx"], frozenset())
    state.set_plan(tmp_path / "plan.xlsx", PLAN, Report())
    assert state.returns == []
    assert state.result is None
