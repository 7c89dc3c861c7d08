"""`vpt report SUMMARY --out RAPPORT.docx [--template MALL.docx]`: the Word draft for the nämnd."""

from __future__ import annotations

import argparse
from pathlib import Path

from vpt.report import write_report

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report",
        help="skriv ett utkast till uppföljningsrapporten (Word) ur sammanställningen",
        description=(
            "Läser en sammanställning som ”vpt consolidate” skrev och skriver ett utkast till "
            "uppföljningsrapporten som Word-dokument: sammanfattning, ett avsnitt per mål med "
            "status, indikatorer och enheternas kommentarer, diagram och en bilaga om metod och "
            "underlag."
        ),
    )
    parser.add_argument("summary", type=Path, metavar="SAMMANSTÄLLNING",
                        help="sammanställningen (.xlsx) som vpt consolidate skrev")  # fmt: skip
    parser.add_argument("--out", required=True, type=Path, metavar="FIL",
                        help="rapporten som skrivs (.docx)")  # fmt: skip
    parser.add_argument(
        "--template", type=Path, metavar="MALL",
        help="regionens Word-mall (.docx eller .dotx): dess formatmallar, sidhuvud och logotyp",
    )  # fmt: skip
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    out = write_report(args.summary, args.out, args.template)
    print(f"Rapporten är skriven: {out}")
    return 0
