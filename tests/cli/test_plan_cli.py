from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.planbook.conftest import GOOD, write_book
from vpt.cli import main


def test_plan_new_writes_a_plan_that_checks_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ny plan.xlsx"
    assert main(["plan", "new", str(path)]) == 0
    assert main(["plan", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Planen är klar att använda." in out
    assert "Mål: 1 perspektiv, 1 effektmål" in out


def test_plan_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"befintlig")
    assert main(["plan", "new", str(path)]) == 1
    assert path.read_bytes() == b"befintlig"
    assert "finns redan" in capsys.readouterr().err


def test_plan_check_json_shape_and_exit_code_on_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = dict(GOOD)
    sheets["Mål"] = [["ID", "Överordnat ID", "Rubrik"], ["P1", None, "A"], ["E1", "P9", "B"]]
    path = write_book(tmp_path / "plan.xlsx", sheets)
    assert main(["plan", "check", str(path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["summary"]["units"] == 2
    assert payload["summary"]["fingerprint"]
    errors = [f for f in payload["findings"] if f["severity"] == "error"]
    assert [(f["code"], f["sheet"], f["cell"]) for f in errors] == [("unknown-parent", "Mål", "B3")]
    assert all(f["message"] for f in payload["findings"])


def test_plan_check_exit_2_when_unusable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"%PDF-1.4 inte en arbetsbok")
    assert main(["plan", "check", str(path)]) == 2
    assert "går inte att använda" in capsys.readouterr().out


def test_plan_show_prints_the_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_book(tmp_path / "plan.xlsx", GOOD)
    assert main(["plan", "show", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:4] == [
        "  Perspektiv P1: Invånare",
        "    Effektmål E1: Tillgänglig vård",
        "      • I1 Andel besök inom 3 dagar  → Minst 75%",
    ]
