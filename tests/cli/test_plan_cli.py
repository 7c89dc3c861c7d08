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


def test_plan_show_prints_how_each_target_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_book(tmp_path / "plan.xlsx", GOOD)
    assert main(["plan", "show", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[4] == (
        "          Läses som: minst 75 % (högre är bättre); delvis uppfyllt från 67,5 %"
    )
    assert lines[6] == (
        "          Läses som: högst 30 dagar (lägre är bättre); delvis uppfyllt upp till 33 dagar"
    )


REAL = [
    ["ID", "Mål-ID", "Indikator", "Typ", "Målvärde", "Riktning", "Ingångsvärde"],
    # Region Jämtland Härjedalen, Norrköping, Enköping: texts from the corpus
    ["I1", "E1", "Skuldsättningstak", "Procent", "<14% (2024)<15% (2025)<15% (2026)", "", ""],
    ["I2", "E1", "Andel grönyta", "Procent", "E. Andelen grönyta i staden ska öka jämfört med "
     "2022*.", "", "2021: 30 % 2023: 35 %"],
    ["I3", "E1", "Gymnasiebehörighet", "Procent", "Alla elever når gymnasiebehörighet", "", ""],
    ["I4", "E1", "Klimatpåverkan", "", "B. Aktiviteter genomförs för att minska klimatpåverkan.",
     "", ""],
]  # fmt: skip


def test_plan_check_json_gives_the_reading_of_every_indicator(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_book(tmp_path / "plan.xlsx", {**GOOD, "Indikatorer": REAL})
    assert main(["plan", "check", str(path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    readings = {r["indicator"]: r for r in payload["readings"]}
    assert readings["I1"]["reading"] == (
        "under 15 % (lägre är bättre); delvis uppfyllt upp till 16,5 % (värdet för 2025)"
    )
    assert (readings["I1"]["year_used"], readings["I1"]["op"]) == (2025, "<")
    assert (readings["I2"]["kind"], readings["I2"]["reference"]) == ("change", 2022)
    assert readings["I3"]["doubt"]
    assert readings["I4"]["reading"] == (
        "uppdrag eller aktivitet, inte mätbart: enhetens egen bedömning"
    )
    warnings = {(f["code"], f.get("cell")) for f in payload["findings"]}
    # the chosen reading of "Alla …" and the missing 2022 in Ingångsvärde are warnings
    assert ("target-reading-doubt", "E4") in warnings
    assert ("baseline-year-missing", "G3") in warnings


def test_a_multi_year_target_without_a_plan_year_blocks_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = [row for row in GOOD["Plan"] if row[0] != "År"]
    path = write_book(tmp_path / "plan.xlsx", {**GOOD, "Plan": plan, "Indikatorer": REAL[:2]})
    assert main(["plan", "check", str(path), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    errors = [f for f in payload["findings"] if f["severity"] == "error"]
    assert [(f["code"], f["cell"]) for f in errors] == [("target-multiple", "E2")]
    assert "Fyll i År" in errors[0]["message"]
