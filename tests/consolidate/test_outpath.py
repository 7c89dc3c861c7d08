"""`consolidate --out` never names an input, and never anything but an .xlsx file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.consolidate.conftest import PERIOD, Returned
from vpt.cli import main
from vpt.consolidate import consolidate
from vpt.consolidate.outpath import check_summary_path
from vpt.demo import examples_dir
from vpt.errors import OutputRefused

PLAN_FILE = examples_dir() / "blekinge-primarvard-2024.xlsx"


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    svar = tmp_path / "svar"
    svar.mkdir()
    (svar / "enhet a.xlsx").write_bytes(b"en inlamning")
    single = tmp_path / "losa" / "enhet b.xlsx"
    single.parent.mkdir()
    single.write_bytes(b"en annan inlamning")
    plan = tmp_path / "plan.xlsx"
    plan.write_bytes(b"planen")
    previous = tmp_path / "Sammanställning T1.xlsx"
    previous.write_bytes(b"forra")
    return {"svar": svar, "single": single, "plan": plan, "previous": previous}


def _check(out: Path, inputs: dict[str, Path]) -> None:
    check_summary_path(
        out, inputs=[inputs["svar"], inputs["single"]], plan=inputs["plan"],
        previous=inputs["previous"],
    )  # fmt: skip


def test_a_new_file_beside_the_inputs_is_fine(tmp_path: Path, inputs: dict[str, Path]) -> None:
    _check(tmp_path / "Sammanställning Delår.xlsx", inputs)
    _check(tmp_path / "ny mapp" / "Sammanställning.XLSX", inputs)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("plan.xlsx", "är planen"),
        ("Sammanställning T1.xlsx", "föregående sammanställning"),
        ("losa/enhet b.xlsx", "inlämnade filerna"),
        ("svar/enhet a.xlsx", "ligger i mappen med inlämnade"),
        ("svar/ny sammanställning.xlsx", "ligger i mappen med inlämnade"),
        ("svar/../svar/./enhet a.xlsx", "ligger i mappen med inlämnade"),
    ],
)
def test_an_input_is_refused(tmp_path: Path, inputs: dict[str, Path], name: str, said: str) -> None:
    with pytest.raises(OutputRefused, match=said):
        _check(tmp_path / name, inputs)


def test_a_link_to_an_input_is_refused(tmp_path: Path, inputs: dict[str, Path]) -> None:
    link = tmp_path / "länk.xlsx"
    link.symlink_to(inputs["plan"])
    with pytest.raises(OutputRefused, match="är planen"):
        _check(link, inputs)


def test_a_hard_link_to_an_input_is_refused(tmp_path: Path, inputs: dict[str, Path]) -> None:
    hard = tmp_path / "hård.xlsx"
    os.link(inputs["single"], hard)
    with pytest.raises(OutputRefused, match="inlämnade filerna"):
        _check(hard, inputs)


def test_a_link_to_the_returns_folder_is_seen_through(
    tmp_path: Path, inputs: dict[str, Path]
) -> None:
    (tmp_path / "genväg").symlink_to(inputs["svar"], target_is_directory=True)
    with pytest.raises(OutputRefused, match="ligger i mappen med inlämnade"):
        _check(tmp_path / "genväg" / "Sammanställning.xlsx", inputs)


@pytest.mark.parametrize("name", ["Sammanställning", "Sammanställning.xls", "s.xlsx.pdf", "s.ods"])
def test_only_an_xlsx_name_is_taken(tmp_path: Path, inputs: dict[str, Path], name: str) -> None:
    with pytest.raises(OutputRefused, match=r"ska sparas som en \.xlsx-fil"):
        _check(tmp_path / name, inputs)


def test_a_device_or_fifo_is_refused(tmp_path: Path, inputs: dict[str, Path]) -> None:
    with pytest.raises(OutputRefused, match=r"\.xlsx-fil"):
        _check(Path("/dev/null"), inputs)
    fifo = tmp_path / "kanal.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(OutputRefused, match="ingen vanlig fil"):
        _check(fifo, inputs)


def test_cli_refuses_an_input_as_out_and_leaves_it(
    returned: Returned, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = sorted(returned.folder.glob("*.xlsx"))[0]
    before = victim.read_bytes()
    code = main(["consolidate", str(PLAN_FILE), str(victim), "--period", PERIOD, "--out",
                 str(victim)])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "skriver aldrig över det den läser" in err and "Traceback" not in err
    assert victim.read_bytes() == before
    code = main(["consolidate", str(PLAN_FILE), str(returned.folder), "--period", PERIOD,
                 "--out", str(PLAN_FILE)])  # fmt: skip
    assert code == 2
    assert "är planen" in capsys.readouterr().err


def test_the_engine_refuses_a_returned_file_or_its_folder(
    returned: Returned, tmp_path: Path
) -> None:

    victim = sorted(returned.folder.glob("*.xlsx"))[0]
    before = victim.read_bytes()
    with pytest.raises(OutputRefused, match="ligger i mappen med inlämnade"):
        consolidate(returned.plan, returned.result, victim)
    with pytest.raises(OutputRefused, match="ligger i mappen med inlämnade"):
        consolidate(returned.plan, returned.result, returned.folder / "Sammanställning.xlsx")
    assert victim.read_bytes() == before
    assert consolidate(returned.plan, returned.result, tmp_path / "S.xlsx").exists()
