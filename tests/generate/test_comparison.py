"""Change targets in the first round: Örebro's "ska öka jämfört med föregående år" indicators have
no ingångsvärde, so the workbook asks the unit for the comparison value (Jämförelsevärde (fg år)).

The unit's typed comparison value decides the live status and vpt check's status alike; with no
comparison value the status is the unit's egen bedömning, marked "enligt enhetens bedömning" in
the workbook, in vpt check and in the summary.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from tests.clients import LibreOffice
from tests.examples.common import load
from vpt.consolidate import consolidate
from vpt.generate import layout as L
from vpt.generate.run import generate_workbook
from vpt.read import check_returns
from vpt.targets import Status

CREATED = datetime(2025, 1, 1, tzinfo=UTC)
UNIT, PERIOD = "USÖ", "T1"
CHANGE_ROWS = ("I1.2", "I6.2", "I8.1", "IP.1", "IP.5", "I9.3", "I9.4", "I9.5", "I9.6")
"""Örebro's nine change targets without ingångsvärde (plan check warns about each)."""

# indicator: (Jämförelsevärde typed, Utfall typed, Egen bedömning, status shown by LibreOffice,
#             status by vpt check, by_own). A change has no tolerance around its direction:
#             "öka" is strict, "bibehållen eller ökad" is not, a move the wrong way is not met.
TYPED = {
    "I1.2": ("1 200", "1 250", "", "√ Uppfyllt", Status.MET, False),
    "I6.2": ("200", "200", "", "× Ej uppfyllt", Status.NOT_MET, False),  # unchanged: not a rise
    "I8.1": ("50", "44", "", "× Ej uppfyllt", Status.NOT_MET, False),  # a fall on "ökat"
    "IP.1": ("60%", "60%", "", "√ Uppfyllt", Status.MET, False),  # kept the level
    "IP.5": (
        "",
        "30",
        "Delvis uppfyllt",
        "± Delvis uppfyllt (enligt enhetens bedömning)",
        Status.PARTLY_MET,
        True,
    ),
    "I9.3": ("", "30", "", "– Ej bedömt", Status.NOT_ASSESSED, False),
    "I9.4": ("'40", "45", "", "! Kontrollera värdet", Status.MET, False),  # 40 as text
    "I9.5": ("80%", "81%", "", "√ Uppfyllt", Status.MET, False),
    "I9.6": ("12%", "13,3%", "", "× Ej uppfyllt", Status.NOT_MET, False),  # a rise on "minska"
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    plan, _ = load("orebro-hsn-2024")
    path = tmp_path_factory.mktemp("orebro") / "usö.xlsx"
    identity = generate_workbook(plan, UNIT, PERIOD, path, created=CREATED)
    return path, dict(identity.rows)


def test_only_change_targets_without_reference_get_an_input_cell(
    generated: tuple[Path, dict[str, int]],
) -> None:
    path, rows = generated
    sheet = openpyxl.load_workbook(path)[L.FOLLOWUP_SHEET]
    c = L.column("comparison") + 1
    assert sheet.cell(L.HEADER_ROW + 1, c).value == "Jämförelsevärde (fg år)"
    letter = openpyxl.utils.get_column_letter(c)
    assert sheet.column_dimensions[letter].hidden is False
    unlocked = {key for key, r in rows.items() if sheet.cell(r, c).protection.locked is False}
    assert unlocked == set(CHANGE_ROWS)
    validated = {
        ref for dv in sheet.data_validations.dataValidation for ref in str(dv.sqref).split()
    }
    assert {key for key, r in rows.items() if f"{letter}{r}" in validated} == set(CHANGE_ROWS)
    assert sheet.cell(rows["IP.1"], c).number_format == "0.0\\ %"
    assert sheet.cell(rows["I6.2"], c).number_format == "General"


@pytest.mark.roundtrip
def test_orebro_change_targets_are_assessed_from_the_typed_comparison_value(
    libreoffice_sv: LibreOffice,
    generated: tuple[Path, dict[str, int]],
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    plan, _ = load("orebro-hsn-2024")
    src, rows = generated
    col = {k: chr(ord("A") + L.column(k)) for k in ("comparison", "outcome", "own", "status")}
    entries = [
        (L.FOLLOWUP_SHEET, f"{col[key]}{rows[ind]}", text)
        for ind, (comparison, outcome, own, *_) in TYPED.items()
        for key, text in (("comparison", comparison), ("outcome", outcome), ("own", own))
        if text
    ]
    dst = tmp_path / "usö-ifylld.xlsx"
    libreoffice_sv.fill(src, dst, entries)
    shown = libreoffice_sv.values(
        dst, [(L.FOLLOWUP_SHEET, f"{col['status']}{rows[ind]}") for ind in TYPED]
    )
    result = check_returns(plan, [dst], period_id=PERIOD)
    values = {v.indicator_id: v for v in result.values}

    assert {
        ind: shown[(L.FOLLOWUP_SHEET, f"{col['status']}{rows[ind]}")].text for ind in TYPED
    } == {ind: expected[3] for ind, expected in TYPED.items()}
    assert {ind: (values[ind].status, values[ind].by_own) for ind in TYPED} == {
        ind: (expected[4], expected[5]) for ind, expected in TYPED.items()
    }
    assert "enligt enhetens bedömning" in values["IP.5"].reason.lower()
    codes = {
        (f.code, f.cell)
        for f in result.findings
        if f.code.startswith(("comparison", "status-by-own"))
    }
    assert codes == {
        ("status-by-own", f"{col['comparison']}{rows['IP.5']}"),
        ("comparison-missing", f"{col['comparison']}{rows['I9.3']}"),
        ("comparison-as-text", f"{col['comparison']}{rows['I9.4']}"),
    }

    elsewhere = tmp_path_factory.mktemp("summary")  # never among the returns vpt reads
    summary = consolidate(plan, result, elsewhere / "sammanställning.xlsx", created=CREATED)
    matrix = openpyxl.load_workbook(summary)["Indikatorer"]
    cells = {
        str(matrix.cell(r, 1).value): [str(c.value) for c in matrix[r]]
        for r in range(1, matrix.max_row + 1)
    }
    assert any("(enligt enhetens bedömning)" in text for text in cells["IP.5"])
    assert not any("enligt enhetens bedömning" in text for text in cells["I9.5"])
