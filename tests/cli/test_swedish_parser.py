"""The command line speaks Swedish: argparse's own help words and error lines, and the plan's
words for --direction and --type."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest

from vpt.cli import main
from vpt.cli.parser import SwedishParser, translate_error

# argparse's English that must never reach the user.
ENGLISH = ("usage", "options", "positional", "arguments", "show this", "help message", "error")

# Every sub-command, and `plan`'s own, as `vpt --help` and `vpt plan --help` list them.
COMMANDS = ["plan", "target", "generate", "check", "consolidate", "report", "demo"]
SUBCOMMANDS = [["plan", "new"], ["plan", "check"], ["plan", "show"]]


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    # argparse wraps to the terminal's width; the expected lines below are for 80 columns.
    monkeypatch.setenv("COLUMNS", "80")


def _help(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--help"])
    assert exited.value.code == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def _error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> list[str]:
    """The lines `vpt ARGV` writes to stderr, after checking it exits with argparse's code 2."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err.splitlines()


def _assert_no_english(text: str) -> None:
    lowered = text.casefold()
    assert [word for word in ENGLISH if word in lowered] == []


def test_vpt_help_is_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, [])
    lines = out.splitlines()
    assert lines[0] == "användning: vpt [-h] [--version] KOMMANDO ..."
    assert "argument:" in lines
    assert "flaggor:" in lines
    assert "  -h, --help   visa den här hjälpen och avsluta" in lines
    assert "  --version    visa vpt:s version och avsluta" in lines
    listed = [line.split()[0] for line in lines if line.startswith("    ") and line[4] != " "]
    assert listed == COMMANDS
    _assert_no_english(out)


def test_vpt_target_help_is_swedish_and_lists_the_swedish_values(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _help(capsys, ["target"])
    lines = out.splitlines()
    # The wrapped usage lines start under "vpt": argparse wrapped for the Swedish prefix (this
    # fails if Python stops passing our prefix through HelpFormatter.add_usage).
    assert lines[:4] == [
        "användning: vpt target [-h] [--type TYP] [--direction RIKTNING]",
        "                       [--threshold V] [--year ÅR] [--tolerance P] [--value V]",
        "                       [--previous V] [--baseline V] [--own S] [--json]",
        "                       MÅLVÄRDE",
    ]
    assert 'Exempel: vpt target "Minst 75%" --value 72' in lines
    assert "  MÅLVÄRDE              målvärdet som det står i planen" in lines
    assert "  -h, --help            visa den här hjälpen och avsluta" in lines
    assert "  --type TYP            indikatorns typ (Typ i planen): tal, procent, ja/nej," in lines
    assert "  --direction RIKTNING  Riktning i planen: högre eller lägre (Högre är bättre," in lines
    assert lines.index("argument:") < lines.index("flaggor:")
    _assert_no_english(out)


@pytest.mark.parametrize("argv", [[c] for c in COMMANDS] + SUBCOMMANDS, ids=" ".join)
def test_every_sub_command_help_is_swedish(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _help(capsys, argv)
    lines = out.splitlines()
    assert lines[0].startswith(f"användning: vpt {' '.join(argv)} [-h]")
    assert "flaggor:" in lines
    assert any(
        line.startswith("  -h, --help ") and line.endswith(" visa den här hjälpen och avsluta")
        for line in lines
    )
    assert all(len(line) <= 78 for line in lines)
    _assert_no_english(out)


@pytest.mark.parametrize(
    ("argv", "usage", "message"),
    [
        (
            ["target"],
            "användning: vpt target",
            "vpt target: fel: följande argument saknas: MÅLVÄRDE",
        ),
        (
            ["consolidate", "plan.xlsx", "in"],
            "användning: vpt consolidate",
            "vpt consolidate: fel: följande argument saknas: --period, --out",
        ),
        (
            ["nope"],
            "användning: vpt [-h]",
            "vpt: fel: argumentet KOMMANDO: ogiltigt val ”nope” (välj bland plan, target, "
            "generate, check, consolidate, report, demo).",
        ),
        (
            ["plan", "gör"],
            "användning: vpt plan",
            "vpt plan: fel: argumentet ÅTGÄRD: ogiltigt val ”gör” (välj bland new, check, show).",
        ),
        (["target", "x", "y"], "användning: vpt [-h]", "vpt: fel: okända argument: y"),
        (
            ["target", "x", "--year"],
            "användning: vpt target",
            "vpt target: fel: flaggan --year: kräver ett värde",
        ),
        (
            ["target", "x", "--year", "tjugo"],
            "användning: vpt target",
            "vpt target: fel: flaggan --year: ”tjugo” är inget heltal",
        ),
        (
            ["generate", "p.xlsx", "--period", "T1", "--out", "ut", "--workers", "två"],
            "användning: vpt generate",
            "vpt generate: fel: flaggan --workers: ”två” är inget heltal",
        ),
        (
            ["target", "x", "--t", "1"],
            "användning: vpt target",
            "vpt target: fel: flaggan --t är tvetydig: den kan vara --type, --threshold, "
            "--tolerance",
        ),
        (
            ["target", "x", "--json=ja"],
            "användning: vpt target",
            "vpt target: fel: flaggan --json: tar inget värde (fick ”ja”)",
        ),
        (
            ["target", "x", "--direction", "upp"],
            "användning: vpt target",
            "vpt target: fel: flaggan --direction: riktningen ”upp” går inte att läsa. Skriv "
            "högre eller lägre (som i planen: Högre är bättre, Lägre är bättre).",
        ),
        (
            ["target", "x", "--type", "tja"],
            "användning: vpt target",
            "vpt target: fel: flaggan --type: typen ”tja” finns inte. Skriv tal, procent, "
            "ja/nej, uppdrag eller text.",
        ),
        (
            ["generate", "p.xlsx", "--period", "T1", "--out", "ut", "--deadline", "igår"],
            "användning: vpt generate",
            "vpt generate: fel: flaggan --deadline: ”igår” är inget datum. Skriv sista "
            "svarsdag som ÅÅÅÅ-MM-DD, t.ex. 2025-05-15.",
        ),
    ],
)
def test_argument_errors_are_swedish(
    argv: list[str], usage: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _error(capsys, argv)
    assert lines[0].startswith(usage)
    assert lines[-1] == message
    _assert_no_english("\n".join(lines))


def _prov() -> SwedishParser:
    """A parser with what vpt's commands lack today, so argparse's real words for it are seen."""
    parser = SwedishParser(prog="prov")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--kort", action="store_true")
    group.add_argument("--lang", action="store_true")
    parser.add_argument("--andel", type=float)
    parser.add_argument("--filer", nargs="+")
    parser.add_argument("--kanske", nargs="?")
    parser.add_argument("--par", nargs=2)
    parser.add_argument("--en", nargs=1)
    return parser


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--kort", "--lang"], "prov: fel: flaggan --lang: går inte att kombinera med --kort"),
        ([], "prov: fel: ett av argumenten --kort --lang krävs"),
        (["--kort", "--andel", "hälften"], "prov: fel: flaggan --andel: ”hälften” är inget tal"),
        (["--kort", "--filer"], "prov: fel: flaggan --filer: kräver minst ett värde"),
        (["--kort", "--par", "a"], "prov: fel: flaggan --par: kräver 2 värden"),
        (["--kort", "--en"], "prov: fel: flaggan --en: kräver ett värde"),
    ],
)
def test_argparse_own_words_for_other_arguments(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        _prov().parse_args(argv)
    assert exited.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("användning: prov [-h] (--kort | --lang)")
    assert lines[-1] == message


def test_an_unknown_message_keeps_the_swedish_prefix_and_code_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        _prov().error("something argparse says one day")
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == "prov: fel: something argparse says one day"


@pytest.mark.parametrize(
    ("english", "swedish"),
    [
        # Python 3.11 quotes the choices, 3.12.8 and 3.13.1 on do not; 3.14 may suggest one.
        (
            "argument --d: invalid choice: 'upp' (choose from 'higher', 'lower')",
            "flaggan --d: ogiltigt val ”upp” (välj bland higher, lower).",
        ),
        (
            "argument --d: invalid choice: 'upp' (choose from higher, lower)",
            "flaggan --d: ogiltigt val ”upp” (välj bland higher, lower).",
        ),
        (
            "argument --d: invalid choice: \"it's\" (choose from 'a', \"b's\")",
            "flaggan --d: ogiltigt val ”it's” (välj bland a, b's).",
        ),
        (
            "argument KOMMANDO: invalid choice: 'chek', maybe you meant 'check'? "
            "(choose from plan, check)",
            "argumentet KOMMANDO: ogiltigt val ”chek” (välj bland plan, check). Menade du ”check”?",
        ),
        ("argument --k: expected at most one argument", "flaggan --k: kräver högst ett värde"),
        ("argument --k: expected 3 arguments", "flaggan --k: kräver 3 värden"),
        ("argument --d: invalid _date value: 'igår'", "flaggan --d: ogiltigt värde ”igår”"),
        ("the following arguments are required: --out", "följande argument saknas: --out"),
        ("unrecognized arguments: --x y", "okända argument: --x y"),
        (
            "ambiguous option: --p=1 could match --period, --previous",
            "flaggan --p=1 är tvetydig: den kan vara --period, --previous",
        ),
        ("argument --x: something new", "flaggan --x: something new"),
        ("something new", "something new"),
    ],
)
def test_translate_error_variants(english: str, swedish: str) -> None:
    assert translate_error(english) == swedish


@pytest.mark.parametrize(
    ("swedish", "english"),
    [
        ("högre", "higher"),
        ("Högre är bättre", "higher"),
        ("HÖGRE ÄR BÄTTRE", "higher"),
        ("lägre", "lower"),
        ("Lägre är bättre", "lower"),
        ("LOWER", "lower"),
    ],
)
def test_swedish_direction_reads_as_the_english(
    swedish: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _reading(capsys, "75", "--direction", swedish) == _reading(
        capsys, "75", "--direction", english
    )


def test_direction_matters_for_that_target(capsys: pytest.CaptureFixture[str]) -> None:
    higher = _reading(capsys, "75", "--direction", "higher")
    lower = _reading(capsys, "75", "--direction", "lower")
    assert (higher["status"], lower["status"]) == ("met", "partly_met")


@pytest.mark.parametrize(
    ("swedish", "english"),
    [
        ("tal", "number"),
        ("Tal", "number"),
        ("procent", "percent"),
        ("Procent", "percent"),
        ("uppdrag", "task"),
        ("Uppdrag", "task"),
        ("text", "text"),
        ("Text", "text"),
        ("ja/nej", "yesno"),
        ("Ja/Nej", "yesno"),
        ("Number", "number"),
    ],
)
def test_swedish_type_reads_as_the_english(
    swedish: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _reading(capsys, "50", "--type", swedish) == _reading(capsys, "50", "--type", english)


def test_type_matters_for_that_target(capsys: pytest.CaptureFixture[str]) -> None:
    units = {t: _reading(capsys, "50", "--type", t)["target"]["unit"] for t in ("tal", "procent")}
    assert units == {"tal": "", "procent": "%"}


def _reading(capsys: pytest.CaptureFixture[str], text: str, *options: str) -> dict[str, Any]:
    main(["target", text, *options, "--value", "80", "--json"])
    payload: dict[str, Any] = json.loads(capsys.readouterr().out)
    return payload


GUIDE = Path(__file__).parents[2] / "docs" / "malvarden.md"


def test_the_guides_target_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    examples = [
        shlex.split(line.strip())[1:]
        for line in GUIDE.read_text(encoding="utf-8").splitlines()
        if line.startswith("    vpt target ")
    ]
    assert len(examples) == 6
    for argv in examples:
        assert main(argv) == 0, argv
        assert capsys.readouterr().err == ""
