"""An argparse parser that speaks Swedish: its own words in help, usage and error lines.

argparse writes a few fixed English texts ("usage:", "options:", "show this help message and
exit", "error: the following arguments are required: …"). Python ships no Swedish catalogue for
them, so :class:`SwedishParser` rewrites them through argparse's public interface: it adds its
own ``-h/--help`` with a Swedish help text, hands its help formatter the Swedish usage prefix,
renames the two standard headings in the finished help text, and translates the message that
reaches :meth:`error`.

The messages are matched by pattern, tolerant of the ways Python 3.11–3.13 (and 3.14's
suggestion) word them; a message no pattern knows still gets the Swedish ``fel:`` line and
argparse's exit code 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

__all__ = ["SwedishParser", "translate_error"]

_SWEDISH_USAGE = "användning: "
_HEADINGS = {
    "positional arguments:": "argument:",
    "options:": "flaggor:",
    "optional arguments:": "flaggor:",  # Python before 3.10
}

# A value as repr() quotes it: 'x', or "x" when x holds a single quote.
_QUOTED = r"""(?P<q>['"])(?P<value>.*?)(?P=q)"""


def _choices(text: str) -> str:
    """ "'a', 'b'" (Python 3.11) or "a, b" (newer) → "a, b"."""
    return ", ".join(re.sub(r"""^(['"])(.*)\1$""", r"\2", item) for item in text.split(", "))


def _invalid_choice(match: re.Match[str]) -> str:
    meant = match["meant"]
    hint = f" Menade du ”{meant}”?" if meant else ""
    return f"ogiltigt val ”{match['value']}” (välj bland {_choices(match['choices'])}).{hint}"


def _invalid_value(match: re.Match[str]) -> str:
    value = match["value"]
    kind = {"int": "inget heltal", "float": "inget tal"}.get(match["type"])
    return f"”{value}” är {kind}" if kind else f"ogiltigt värde ”{value}”"


_AMOUNTS = {"one": "ett värde", "at most one": "högst ett värde", "at least one": "minst ett värde"}


def _expected(match: re.Match[str]) -> str:
    count = match["count"]
    if count is None:
        return f"kräver {_AMOUNTS[match['amount']]}"
    return "kräver ett värde" if count == "1" else f"kräver {count} värden"


# (pattern over the whole message part, Swedish text or function of the match).
_MESSAGES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        "följande argument saknas: {names}",
    ),
    (
        re.compile(
            rf"invalid choice: {_QUOTED}"
            r"""(?:,? maybe you meant ['"](?P<meant>.*?)['"]\??)? \(choose from (?P<choices>.*)\)"""
        ),
        _invalid_choice,
    ),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"), "okända argument: {args}"),
    (
        re.compile(
            r"expected (?:(?P<amount>one|at most one|at least one)|(?P<count>\d+)) arguments?"
        ),
        _expected,
    ),
    (re.compile(rf"invalid (?P<type>\S+) value: {_QUOTED}"), _invalid_value),
    (
        re.compile(r"ambiguous option: (?P<option>.+?) could match (?P<matches>.+)"),
        "flaggan {option} är tvetydig: den kan vara {matches}",
    ),
    (re.compile(r"not allowed with argument (?P<other>.+)"), "går inte att kombinera med {other}"),
    (
        re.compile(r"one of the arguments (?P<names>.+) is required"),
        "ett av argumenten {names} krävs",
    ),
    (
        re.compile(rf"ignored explicit argument {_QUOTED}"),
        "tar inget värde (fick ”{value}”)",
    ),
]

_ARGUMENT = re.compile(r"argument (?P<name>.+?): (?P<rest>.*)", re.DOTALL)


def _translate_part(message: str) -> str:
    for pattern, swedish in _MESSAGES:
        match = pattern.fullmatch(message)
        if match is not None:
            if isinstance(swedish, str):
                return swedish.format(**match.groupdict())
            return swedish(match)
    return message


def translate_error(message: str) -> str:
    """argparse's English error message in Swedish; an unknown message comes back as it was.

    "argument --year: invalid int value: 'x'" → "flaggan --year: ”x” är inget heltal".
    """
    named = _ARGUMENT.fullmatch(message)
    if named is None:
        return _translate_part(message)
    name = named["name"]
    who = "flaggan" if name.startswith("-") else "argumentet"
    return f"{who} {name}: {_translate_part(named['rest'])}"


class _SwedishFormatter(argparse.HelpFormatter):
    """Writes "användning:" where argparse writes "usage:".

    ``formatter_class`` is argparse's public way to shape help; ``add_usage`` and its ``prefix``
    argument (unchanged since Python 2.7) are the formatter's own, as the library documents
    only the class names. Passing the prefix here, rather than replacing it in the finished
    text, lets argparse wrap the usage to the longer Swedish prefix.
    tests/cli/test_swedish_parser.py fails if a Python changes this.
    """

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _SWEDISH_USAGE if prefix is None else prefix)


class SwedishParser(argparse.ArgumentParser):
    """An :class:`argparse.ArgumentParser` whose help, usage and errors are Swedish.

    Sub-parsers made with ``add_subparsers().add_parser`` are of this class too (argparse uses
    the parent's class by default).
    """

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        if sys.version_info >= (3, 14):  # colour codes around "usage:" would hide it from us
            kwargs.setdefault("color", False)
        kwargs.setdefault("formatter_class", _SwedishFormatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", help="visa den här hjälpen och avsluta"
            )

    def format_help(self) -> str:
        lines = super().format_help().split("\n")
        return "\n".join(_HEADINGS.get(line, line) for line in lines)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {translate_error(message)}\n")
