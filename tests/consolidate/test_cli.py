"""`vpt demo` and `vpt consolidate` from the command line."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.consolidate.conftest import PERIOD, Returned
from vpt.cli import main
from vpt.demo import examples_dir

PLAN = str(examples_dir() / "blekinge-primarvard-2024.xlsx")


def test_demo_runs_fast_and_says_where_everything_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.perf_counter()
    assert main(["demo", "--out", str(tmp_path / "demo")]) == 0
    assert time.perf_counter() - started < 5
    out = capsys.readouterr().out
    summary = tmp_path / "demo" / "3 Sammanställning Delår.xlsx"
    assert str(summary) in out and "Sammanställningen till nämnden" in out
    assert "VC-KHN saknas" in out
    assert len(list((tmp_path / "demo" / "1 Utskick").glob("*.xlsx"))) == 5
    assert len(list((tmp_path / "demo" / "2 Inlämnade").glob("*.xlsx"))) == 4
    assert len(list((tmp_path / "demo" / "2 Inlämnade").glob("*.eml"))) == 1  # a first draft
    assert load_workbook(summary, read_only=True).sheetnames[0] == "Översikt"


def test_consolidate_json(
    returned: Returned, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.xlsx"
    code = main(["consolidate", PLAN, str(returned.folder), "--period", PERIOD, "--out",
                 str(out), "--json"])  # fmt: skip
    payload = json.loads(capsys.readouterr().out)
    assert code == (1 if returned.result.findings.has_errors else 0)
    assert payload["summary"] == str(out) and out.exists()
    assert payload["units"]["missing"] == ["VC-KHN"]
    assert sorted(payload["units"]["received"]) == ["VC-KNA", "VC-OLO", "VC-RON", "VC-SOL"]
    assert {f["submission"] for f in payload["files"]} == {"accepted", "duplicate"}
    assert len(payload["findings"]) == len(returned.result.findings)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "T9"], "perioden T9 finns inte i planen"),
        (["--period", PERIOD, "--previous", "saknas.xlsx"], "går inte att läsa"),
    ],
)
def test_consolidate_refuses_with_a_swedish_message(
    returned: Returned,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "s.xlsx"
    code = main(["consolidate", PLAN, str(returned.folder), "--out", str(out), *args])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_consolidate_onto_an_open_summary(
    returned: Returned, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.xlsx"
    out.write_bytes(b"old")
    (tmp_path / "~$s.xlsx").write_bytes(b"")
    code = main(["consolidate", PLAN, str(returned.folder), "--period", PERIOD, "--out",
                 str(out)])  # fmt: skip
    assert code == 2
    assert "Stäng den och kör igen" in capsys.readouterr().err
    assert out.read_bytes() == b"old"
