"""`vpt target`: how an administrator checks a målvärde before the plan goes out."""

from __future__ import annotations

import json

import pytest

from vpt.cli import main


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(["target", *argv, "--json"]) in (0, 1)
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_json_reading_and_assessment(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "Minst 75%", "--value", "72")
    target = data["target"]
    assert isinstance(target, dict)
    assert (target["kind"], target["op"], target["value"], target["unit"]) == (
        "threshold",
        ">=",
        75.0,
        "%",
    )
    assert data["status"] == "partly_met"
    assert data["reason"] == "Utfall 72 % mot målvärde minst 75 %: inom toleransen 10 %."


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["> 90%", "--value", "90"], "partly_met"),
        (["> 90%", "--value", "90", "--tolerance", "0"], "not_met"),
        (["14%", "--direction", "lower", "--value", "13"], "met"),
        (["14%", "--direction", "lower", "--threshold", "15", "--value", "15,5"], "not_met"),
        (["Öka", "--value", "5"], "not_assessed"),
        (["Öka", "--value", "5", "--previous", "4"], "met"),
        (["Öka", "--value", "5,5", "--baseline", "2012: 3 2013: 6"], "not_met"),
        (["Öka", "--value", "6,5", "--baseline", "2012: 3 2013: 6"], "met"),
        (["Ja", "--value", "nej"], "not_met"),
        (["77-80", "--type", "number", "--value", "88"], "partly_met"),
        (["ska beskrivas", "--value", "x", "--own", "Uppfyllt"], "met"),
    ],
)
def test_statuses(capsys: pytest.CaptureFixture[str], argv: list[str], status: str) -> None:
    assert _json(capsys, *argv)["status"] == status


def test_without_value_there_is_no_status(capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, "Minst 75%")
    assert data["status"] is None
    bands = data["bands"]
    assert isinstance(bands, dict)
    assert (bands["met_low"], bands["partly_low"]) == (75.0, 67.5)


def test_unreadable_target_exits_1_and_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "80% på SÄBO och 55%"]) == 1
    out = capsys.readouterr().out
    assert "flera mål" in out


def test_text_output_is_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "Minst 75%", "--value", "72"]) == 0
    out = capsys.readouterr().out
    assert "Delvis uppfyllt" in out
    assert "från och med 67,5 %" in out


def test_bad_tolerance_is_a_message_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "Minst 75%", "--tolerance", "mycket"]) == 2
    assert "toleransen" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["-15,8%", "--value", "-14,5", "--direction", "higher"], "met"),
        (["-15,8%", "--value", "-17,4", "--direction", "higher"], "not_met"),
        (["Minst -2 %", "--value", "-2"], "met"),
        (["Minst -2 %", "--value", "-2,1"], "partly_met"),
        (["Öka", "--value", "-3", "--previous", "-4"], "met"),
    ],
)
def test_negative_targets_and_values_need_no_double_dash(
    capsys: pytest.CaptureFixture[str], argv: list[str], status: str
) -> None:
    assert _json(capsys, *argv)["status"] == status


@pytest.mark.parametrize(
    ("year", "value", "status"),
    [
        # The cell's value for 2026 is 10 %: 9,5 % meets it, 10,5 % is within 10 % tolerance.
        ("2026", "9,5", "met"),
        ("2026", "10,5", "partly_met"),
        # For 2025 the value is 12 %: 10,5 % meets it.
        ("2025", "10,5", "met"),
        # For 2027 the value is 8 %: partly met up to 8,8 %.
        ("2027", "8,7", "partly_met"),
        ("2027", "8,9", "not_met"),
    ],
)
def test_year_picks_the_value_of_a_multi_year_cell(
    capsys: pytest.CaptureFixture[str], year: str, value: str, status: str
) -> None:
    data = _json(
        capsys,
        "12 % (2025) 10 % (2026) 8 % (2027)",
        "--year",
        year,
        "--direction",
        "lower",
        "--value",
        value,
    )
    assert data["status"] == status


def test_multi_year_cell_without_year_is_not_guessed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "12 % (2025) 10 % (2026)", "--direction", "lower"]) == 1
    assert "2025, 2026" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "reading"),
    [
        # The reading uses this run's gränsvärde and tolerance, as the assessment does.
        (["> 75", "--threshold", "75"], "över 75 (högre är bättre); delvis uppfyllt vid exakt 75"),
        (["> 75", "--threshold", "70"], "över 75 (högre är bättre); delvis uppfyllt från 70"),
        (["Minst 75 %", "--tolerance", "20"],
         "minst 75 % (högre är bättre); delvis uppfyllt från 60 %"),
        (["Minst 75 %"], "minst 75 % (högre är bättre); delvis uppfyllt från 67,5 %"),
    ],
)  # fmt: skip
def test_laeses_som_follows_the_threshold_and_tolerance_given(
    capsys: pytest.CaptureFixture[str], argv: list[str], reading: str
) -> None:
    assert main(["target", *argv]) == 0
    assert f"Läses som:  {reading}\n" in capsys.readouterr().out
    assert _json(capsys, *argv)["target"]["description"] == reading  # type: ignore[index]


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        # What starts the delvis band: the gränsvärde only where the band begins at it.
        (["Minst 75 %", "--threshold", "70"], "Delvis:     från och med 70 % (gränsvärde 70)"),
        (["Minst 75 %", "--threshold", "80"],
         "Delvis:     från och med 67,5 % (tolerans 10 %)"),
        (["Minst 75 %"], "Delvis:     från och med 67,5 % (tolerans 10 %)"),
        # A change has no tolerance: the band is the right way from the reference.
        (["Öka med 10 %", "--previous", "100"],
         "Delvis:     över 100 (rätt håll från jämförelsevärdet)"),
        (["Öka med 10 %", "--previous", "100", "--threshold", "105"],
         "Delvis:     från och med 105 (gränsvärde 105)"),
    ],
)  # fmt: skip
def test_delvis_names_what_starts_the_band(
    capsys: pytest.CaptureFixture[str], argv: list[str], line: str
) -> None:
    assert main(["target", *argv]) == 0
    assert f"{line}\n" in capsys.readouterr().out


def test_a_doubtful_reading_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "öka antalet besökare med 2000"]) == 0
    assert (
        "Obs:        ”med 2000” läses inte som en förändring med 2000, eftersom 2000 kan vara "
        "ett årtal. Menar du ett antal, skriv till exempel ”med 2000 st”.\n"
    ) in capsys.readouterr().out
