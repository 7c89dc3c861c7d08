"""`vpt check PLAN INPUT... [--period ID] [--json]`: lines per file, findings by file, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.planbook.conftest import GOOD, write_book
from tests.read.returns import fill, generated
from vpt.cli import main
from vpt.planbook import read_plan

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    return write_book(tmp_path / "plan.xlsx", GOOD)


def returned(
    tmp_path: Path, plan_file: Path, name: str, values: dict[tuple[str, str], Any]
) -> Path:
    plan, _ = read_plan(plan_file)
    assert plan is not None
    blank = generated(tmp_path / f"blank-{name}", "A", "T1", plan)
    return fill(blank, tmp_path / name, values)


@pytest.mark.parametrize(
    ("values", "extra", "code"),
    [
        ({("I1", "outcome"): 0.8, ("I2", "outcome"): 12}, None, 0),
        ({("I1", "outcome"): "mycket", ("I2", "outcome"): 12}, None, 1),
        ({("I1", "outcome"): 0.8, ("I2", "outcome"): 12}, "not-a-zip.xlsx", 1),
        (None, "not-a-zip.xlsx", 2),
    ],
)
def test_exit_code(
    tmp_path: Path,
    plan_file: Path,
    capsys: pytest.CaptureFixture[str],
    values: dict[tuple[str, str], Any] | None,
    extra: str | None,
    code: int,
) -> None:
    inputs = [] if values is None else [returned(tmp_path, plan_file, "a.xlsx", values)]
    if extra is not None:
        inputs.append(Path(shutil.copyfile(CORPUS / extra, tmp_path / extra)))
    assert main(["check", str(plan_file), *map(str, inputs), "--period", "T1"]) == code


def test_text_output_has_a_line_per_file_and_findings_by_file(
    tmp_path: Path, plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = returned(tmp_path, plan_file, "a.xlsx", {("I1", "outcome"): "mycket"})
    bad = Path(shutil.copyfile(CORPUS / "encrypted.xlsx", tmp_path / "encrypted.xlsx"))
    main(["check", str(plan_file), str(good), str(bad), "--period", "T1"])
    out = capsys.readouterr().out
    assert f"{good}: A, T1, mottagen, 2 värden, 1 fel" in out
    assert f"{bad}: okänd enhet, okänd period, avvisad, 0 värden, 1 fel" in out
    assert f"== {good} ==" in out
    assert "[Uppföljning!J7]" in out
    assert "lösenord" in out
    assert "Saknas: ingen arbetsbok från Förvaltning B (B)." in out


def test_json_has_files_findings_and_values(
    tmp_path: Path, plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = returned(tmp_path, plan_file, "a.xlsx", {
        ("I1", "outcome"): 0.8, ("I1", "own"): "Uppfyllt", ("I2", "outcome"): 45,
        ("I2", "comment"): "Sjukskrivningar.", ("I2", "actions"): "Inhyrd personal.",
    })  # fmt: skip
    assert main(["check", str(plan_file), str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"] == [
        {
            "path": str(path),
            "unit": "A",
            "period": "T1",
            "accepted": True,
            "submission": "accepted",
            "identity": "sheet",
            "received": data["files"][0]["received"],
            "sha256": data["files"][0]["sha256"],
        }
    ]
    values = {v["indicator"]: v for v in data["values"]}
    assert values["I1"]["value"] == pytest.approx(80.0)
    assert (values["I1"]["status"], values["I1"]["own"], values["I1"]["cell"]) == (
        "met", "met", "J7",
    )  # fmt: skip
    assert (values["I2"]["value"], values["I2"]["status"]) == (45.0, "not_met")
    assert (values["I2"]["comment"], values["I2"]["actions"]) == (
        "Sjukskrivningar.", "Inhyrd personal.",
    )  # fmt: skip
    assert data["findings"] == []
    assert data["missing"] == ["B"]


def test_unknown_period_is_refused(
    tmp_path: Path, plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(plan_file), str(tmp_path), "--period", "T9"]) == 2
    assert "T9" in capsys.readouterr().err
