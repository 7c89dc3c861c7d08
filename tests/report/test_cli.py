"""`vpt report` on the command line: bad inputs get a Swedish message and exit code 2, inputs are
never written, and the report is written atomically."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.report.conftest import BLEKINGE, read_back
from vpt.cli import main
from vpt.demo import examples_dir
from vpt.report import ReportRefused, write_report


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_report_is_written_and_the_summary_untouched(summaries: dict[str, Path], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    summary = summaries[BLEKINGE]
    before = _digest(summary)
    out = tmp_path / "Rapport Delår.docx"
    assert main(["report", str(summary), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"Rapporten är skriven: {out}\n"
    assert _digest(summary) == before
    assert read_back(out).headings[0] == (1, "Sammanfattning")
    assert [p.name for p in tmp_path.iterdir()] == ["Rapport Delår.docx"]  # no temporary left


def _broken(tmp_path: Path, summary: Path) -> dict[str, tuple[Path, str]]:
    truncated = tmp_path / "avbruten.xlsx"
    truncated.write_bytes(summary.read_bytes()[:5000])
    text = tmp_path / "anteckningar.xlsx"
    text.write_text("inte en arbetsbok", encoding="utf-8")
    return {
        "truncated": (truncated, "vpt: avbruten.xlsx är ingen Excel-arbetsbok (.xlsx) eller är "
                                 "skadad. Ange den sammanställning som ”vpt consolidate” skrev.\n"),
        "text": (text, "vpt: anteckningar.xlsx är ingen Excel-arbetsbok (.xlsx) eller är skadad. "
                       "Ange den sammanställning som ”vpt consolidate” skrev.\n"),
        "plan": (examples_dir() / "blekinge-primarvard-2024.xlsx",
                 "vpt: blekinge-primarvard-2024.xlsx saknar bladen Översikt, Data, Om och är inte "
                 "en sammanställning som vpt skrev. Ange den .xlsx som ”vpt consolidate” skrev "
                 "(med bladen Översikt, Data och Om).\n"),
        "absent": (tmp_path / "finns-inte.xlsx",
                   f"vpt: Sammanställningen {tmp_path / 'finns-inte.xlsx'} finns inte.\n"),
    }  # fmt: skip


@pytest.mark.parametrize("case", ["truncated", "text", "plan", "absent"])
def test_not_a_summary_is_a_swedish_message_and_exit_2(
    case: str, summaries: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = _broken(tmp_path, summaries[BLEKINGE])[case]
    out = tmp_path / "r.docx"
    assert main(["report", str(path), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err == message
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_data_sheet_without_its_headers_is_refused(summaries: dict[str, Path], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    changed = tmp_path / "ändrad.xlsx"
    shutil.copy(summaries[BLEKINGE], changed)
    book = load_workbook(changed)
    book["Data"]["Q1"] = "Status (ändrad)"
    book.save(changed)
    assert main(["report", str(changed), "--out", str(tmp_path / "r.docx")]) == 2
    assert capsys.readouterr().err == (
        "vpt: Bladet Data i ändrad.xlsx saknar kolumnerna Status. Ange en sammanställning som vpt "
        "consolidate skrev, utan ändrade rubriker.\n"
    )


def test_out_may_not_be_an_input(summaries: dict[str, Path], template: Path,
                                 tmp_path: Path) -> None:  # fmt: skip
    summary = summaries[BLEKINGE]
    before = _digest(summary)
    with pytest.raises(ReportRefused, match=r"ange ett filnamn som slutar på \.docx"):
        write_report(summary, summary)
    assert _digest(summary) == before
    disguised = tmp_path / "sammanställning.docx"
    shutil.copy(summary, disguised)
    with pytest.raises(ReportRefused, match="är sammanställningen som rapporten byggs av"):
        write_report(disguised, tmp_path / "." / "sammanställning.docx")
    folder = tmp_path / "rapporter.docx"
    folder.mkdir()
    with pytest.raises(ReportRefused, match="är en mapp"):
        write_report(summary, folder)
    mall = tmp_path / "mall.docx"
    shutil.copy(template, mall)
    before = _digest(mall)
    with pytest.raises(ReportRefused, match="är Word-mallen"):
        write_report(summary, mall, mall)
    assert _digest(mall) == before


def test_a_bad_template_is_a_swedish_message(summaries: dict[str, Path], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    bad = tmp_path / "mall.docx"
    bad.write_text("ingen mall", encoding="utf-8")
    code = main(["report", str(summaries[BLEKINGE]), "--out", str(tmp_path / "r.docx"),
                 "--template", str(bad)])  # fmt: skip
    assert code == 2
    assert capsys.readouterr().err == (
        "vpt: Word-mallen mall.docx går inte att använda: den är inget Word-dokument (.docx eller "
        ".dotx) eller är skadad. Spara mallen i Word som .docx och försök igen.\n"
    )


def test_an_open_report_is_not_overwritten(summaries: dict[str, Path], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out = tmp_path / "Rapport.docx"
    out.write_bytes(b"den gamla rapporten")
    (tmp_path / "~$Rapport.docx").write_bytes(b"")
    assert main(["report", str(summaries[BLEKINGE]), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"vpt: Rapporten {out} verkar vara öppen i Word eller LibreOffice (låsfilen ~$Rapport.docx "
        f"finns). Stäng den och kör igen. Är den inte öppen, ta bort låsfilen "
        f"{tmp_path / '~$Rapport.docx'}. Den gamla rapporten är orörd.\n"
    )
    assert out.read_bytes() == b"den gamla rapporten"


def test_progress_is_reported_step_by_step(summaries: dict[str, Path], tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    write_report(summaries[BLEKINGE], tmp_path / "r.docx",
                 progress=lambda step, steps, what: seen.append((step, steps, what)))  # fmt: skip
    steps = {s for _, s, _ in seen}
    assert steps == {8}  # 4 goals + reading, summary, appendix, saving
    assert [s for s, _, _ in seen] == sorted(s for s, _, _ in seen)
    assert seen[0] == (1, 8, "Läser sammanställningen")
    assert seen[-1] == (8, 8, "Sparar rapporten")
