"""The `vpt` command line: a thin face on the engine's functions.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``handler``; a handler returns the exit code. No traceback reaches the user: an
unexpected error becomes one Swedish line and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from vpt import __version__
from vpt.cli.parser import SwedishParser
from vpt.errors import VptError
from vpt.internal import log_internal

__all__ = ["main"]

# Sub-command modules, in the order `vpt --help` lists them.
_COMMANDS = ("plan", "target", "generate", "check", "consolidate", "report", "demo")


def build_parser() -> argparse.ArgumentParser:
    parser = SwedishParser(
        prog="vpt",
        description=(
            "Uppföljning av verksamhetsplaner: plan, arbetsböcker, kontroll, sammanställning "
            "och rapport."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"vpt {__version__}",
        help="visa vpt:s version och avsluta",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in _COMMANDS:
        try:
            module = importlib.import_module(f"vpt.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"vpt.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args))
    except VptError as exc:
        print(f"vpt: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of our output went away (``vpt plan show … | head``): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("vpt: avbrutet.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in vpt: no traceback for the user, all of it in the log
        incident, log = log_internal(exc, f"vpt {' '.join(argv or sys.argv[1:])}")
        where = f"loggfilen {log}" if log is not None else "det här meddelandet"
        print(
            f"vpt: internt fel i vpt – kontakta supporten ({type(exc).__name__}). Skicka {where} "
            f"och händelsenumret {incident} till supporten.",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
