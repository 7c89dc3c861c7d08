"""What the report says, read back from the .docx: headings, statuses, figures and comments.

Expected values are written by hand from the sample returns in examples/returns/ (the same
figures the summary's Indikatorer sheet shows).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.report.conftest import BLEKINGE, OREBRO, TODAY, read_back
from vpt.report import write_report
from vpt.report.sections import PLACEHOLDER
from vpt.report.workbook import company

BLEKINGE_GOALS = [
    (
        1,
        "Övergripande mål: Ett Blekinge som växer med fler Blekingebor och god kompetensförsörjning",
    ),
    (1, "Övergripande mål: En tillgänglig verksamhet med hög kvalitet"),
    (1, "Övergripande mål: En attraktiv arbetsgivare med medarbetare som trivs och utvecklas"),
    (1, "Övergripande mål: En ansvarsfull och resurseffektiv ekonomi med budget i balans"),
]
OREBRO_GOALS = [
    (1, "Perspektiv: Invånare och samhälle"),
    (2, "Effektmål: Länets invånare har en god, jämlik och jämställd hälsa."),
    (2, "Effektmål: Länets invånare får högkvalitativ och tillgänglig hälso- och sjukvård"),
    (2, "Effektmål: Forskning som bedrivs är av hög kvalitet och kommer länets invånare till godo"),
    (
        2,
        "Effektmål: Utbildning som bedrivs är av hög kvalitet och kommer länets invånare till godo",
    ),
    (2, "Effektmål: Länets invånare har tillgång till bra digitala tjänster utifrån deras behov."),
    (1, "Perspektiv: Process"),
    (2, "Effektmål: Hälsa- och sjukvården är en kunskapsorganisation som ständigt utvecklas"),
    (1, "Perspektiv: Resurs"),
    (
        2,
        "Effektmål: Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, jämställda "
        "och jämlika arbetsplatser som bidrar till en hållbar kompetensförsörjning.",
    ),
    (
        2,
        "Effektmål: Region Örebro läns har en långsiktig stark och hållbar ekonomi samt uppnår en "
        "verksamhetsmässig och finansiell god hushållning",
    ),
]
APPENDIX = [(1, "Bilaga: metod och underlag"), (2, "Så sätts statusen"), (2, "Inlämning"),
            (2, "Varifrån siffrorna kommer")]  # fmt: skip


@pytest.fixture(scope="module")
def blekinge(summaries: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "Rapport Blekinge.docx"
    return write_report(summaries[BLEKINGE], out, today=TODAY)


@pytest.fixture(scope="module")
def orebro(summaries: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "Rapport Örebro.docx"
    return write_report(summaries[OREBRO], out, today=TODAY)


@pytest.mark.parametrize(
    ("name", "goals"), [("blekinge", BLEKINGE_GOALS), ("orebro", OREBRO_GOALS)]
)
def test_headings_follow_the_plan(name: str, goals: list[tuple[int, str]],
                                  request: pytest.FixtureRequest) -> None:  # fmt: skip
    report = read_back(request.getfixturevalue(name))
    assert report.headings == [(1, "Sammanfattning"), *goals, *APPENDIX]


def test_title_block_names_organisation_plan_period_and_date(blekinge: Path) -> None:
    texts = [t for _, t in read_back(blekinge).paragraphs[:8]]
    assert texts[:2] == ["Uppföljningsrapport Delår", "Bilaga Uppföljning 2024"]
    assert "Organisation: Region Blekinge" in texts
    assert "Period: Delår" in texts
    assert "Datum: 2024-09-25" in texts


def test_summary_says_who_returned_and_counts_by_status(blekinge: Path) -> None:
    report = read_back(blekinge)
    texts = [t for _, t in report.section("Sammanfattning")]
    assert ("4 av 5 enheter har lämnat in sin uppföljning för Delår. Saknas: Vårdcentralen "
            "Karlshamn (VC-KHN).") in texts  # fmt: skip
    # Översikt, Alla enheter: M1 and M4 uppfyllt, M2 delvis; M3 has nothing to follow up.
    assert ("Av 3 mål med indikatorer för perioden är 2 uppfyllda, 1 delvis uppfyllda och 0 ej "
            "uppfyllda sett till alla enheter tillsammans; 0 går inte att bedöma.") in texts  # fmt: skip
    counts = report.tables_after("Sammanfattning")[0]
    assert counts[0] == ["Status", "Mål (alla enheter)", "Indikatorresultat (enhet × indikator)"]
    assert counts[1][:2] == ["√ Uppfyllt", "2"]
    assert counts[2][:2] == ["± Delvis uppfyllt", "1"]


@pytest.mark.parametrize(
    ("heading", "status", "score"),
    [
        (BLEKINGE_GOALS[0][1], "√ Uppfyllt", "medelpoäng 1,5"),
        (BLEKINGE_GOALS[1][1], "± Delvis uppfyllt", "medelpoäng 1,25"),
        (BLEKINGE_GOALS[3][1], "√ Uppfyllt", "medelpoäng 1,75"),
    ],
)
def test_each_goal_states_its_status_in_words(
    blekinge: Path, heading: str, status: str, score: str
) -> None:
    """The status with symbol and word, and the summary's own basis for it (Översikt)."""
    section = [t for _, t in read_back(blekinge).section(heading)]
    assert section[0].startswith(f"Status, alla enheter: {status} (")
    assert f"({score}))." in section[0]
    assert section[1].startswith("Så har statusen vägts samman: Varje indikator och delmål ger "
                                 "poäng: uppfyllt 2, delvis uppfyllt 1, ej uppfyllt 0; målet är")  # fmt: skip


def test_goal_without_indicators_says_so(blekinge: Path) -> None:
    section = [t for _, t in read_back(blekinge).section(BLEKINGE_GOALS[2][1])]
    assert section[0] == "Inga indikatorer följs upp under målet för Delår."
    assert section[-1] == f"Bedömning: {PLACEHOLDER}"


def test_indicator_figures_equal_the_summary(blekinge: Path) -> None:
    tables = read_back(blekinge).tables_after(BLEKINGE_GOALS[1][1])
    (table,) = tables
    assert table[0] == ["Indikator", "Målvärde", "VC-KNA", "VC-RON", "VC-OLO", "VC-SOL"]
    rows = {row[0]: row[2:] for row in table[1:]}
    assert rows["Tillgänglighet"] == ["± 96,1 %", "√ 100 %", "× 87 %", "× 87,6 %"]
    assert rows["Kontinuitet"] == ["√ 61 %", "± 54,7 %", "± 58,7 %", "√ 60,2 %"]
    assert rows["Tidbok"] == ["√ Ja", "× Nej", "√ Ja", "√ Ja"]
    assert rows["Kontinuitet, kontinuitetsindex"] == ["– 52", "– 48,7", "– 48,4", "– 44"]
    assert rows["Primärvårdskvalitet (PVQ)"] == ["± Pågår", "√ Genomfört", "√ Genomfört",
                                                 "√ Genomfört"]  # fmt: skip
    assert len(rows) == 20
    first = read_back(blekinge).tables_after(BLEKINGE_GOALS[0][1])[0]
    assert first[2] == ["Miljöledning", "Vårdenheterna ska vara miljöcertifierade i enlighet med "
                        "miljöledningsstandarden ISO 14001:2015 eller likvärdigt system.",
                        "√ Ja", "× Nej", "√ Ja", "× Nej"]  # fmt: skip


def test_many_units_give_totals_per_indicator(summaries: dict[str, Path], tmp_path: Path) -> None:
    out = write_report(summaries[BLEKINGE], tmp_path / "r.docx", today=TODAY, matrix_max_units=3)
    (table,) = read_back(out).tables_after(BLEKINGE_GOALS[1][1])
    assert table[0] == ["Indikator", "Målvärde", "Utfall", "√ Uppfyllt", "± Delvis uppfyllt",
                        "× Ej uppfyllt", "– Ej bedömt"]  # fmt: skip
    rows = {row[0]: row[2:] for row in table[1:]}
    # 96,1, 100, 87 and 87,6: the median is (87,6 + 96,1) / 2.
    assert rows["Tillgänglighet"] == ["median 91,85 % (87–100 %)", "1", "1", "2", "0"]
    assert rows["Tidbok"] == ["3 ja, 1 nej", "3", "0", "1", "0"]
    assert rows["Primärvårdskvalitet (PVQ)"] == ["", "3", "1", "0", "0"]


def _comments(summary: Path) -> list[dict[str, str]]:
    """Every (unit, goal, indicator, comment, actions) in the summary's Data sheet, via openpyxl."""
    sheet = load_workbook(summary, read_only=True)["Data"]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h) for h in next(rows)]
    return [{k: str(v) if v is not None else "" for k, v in zip(header, row, strict=False)}
            for row in rows]  # fmt: skip


@pytest.mark.parametrize(("slug", "name", "goals"), [(BLEKINGE, "blekinge", BLEKINGE_GOALS),
                                                     (OREBRO, "orebro", OREBRO_GOALS)])  # fmt: skip
def test_every_comment_is_there_once_and_attributed(
    slug: str, name: str, goals: list[tuple[int, str]], summaries: dict[str, Path],
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    report = read_back(request.getfixturevalue(name))
    titles = {text.split(": ", 1)[1]: text for _, text in goals}
    checked = 0
    for row in _comments(summaries[slug]):
        goal_title = row["Målsökväg"].split(" › ")[-1]
        bullets = [t for s, t in report.section(titles[goal_title]) if s == "List Bullet"]
        for text in (row["Kommentar/analys"], row["Åtgärder"]):
            if not text:
                continue
            attribution = f"{row['Enhet']} ({row['Enhet-ID']}) om "
            found = [b for b in bullets if b.startswith(attribution) and b.endswith(f": {text}")]
            assert len(found) == 1, (row["Enhet-ID"], row["Indikator-ID"], text)
            assert row["Indikator"] in found[0]
            checked += 1
    assert checked > 20


def test_assessment_is_a_marked_placeholder_without_the_column(blekinge: Path) -> None:
    report = read_back(blekinge)
    placeholders = [t for _, t in report.paragraphs if t == f"Bedömning: {PLACEHOLDER}"]
    assert len(placeholders) == 4
    runs = [r for p in report.document.paragraphs for r in p.runs if r.text == PLACEHOLDER]
    assert {r.style.name for r in runs} == {"Platshållare"}


def _assess(sheet: Worksheet, goal_id: str, status: str, note: str = "") -> None:
    """Fill the controller's columns in Översikt (added as lane i11 adds them, if absent)."""
    header = next(r for r in range(1, 20)
                  if "Mål-ID" in [c.value for c in sheet[r]])  # fmt: skip
    names = [c.value for c in sheet[header]]
    if "Samlad bedömning" not in names:
        sheet.cell(header, len(names) + 1, "Samlad bedömning")
        sheet.cell(header, len(names) + 2, "Kommentar till bedömningen")
        names += ["Samlad bedömning", "Kommentar till bedömningen"]
    id_column = names.index("Mål-ID") + 1
    row = next(r for r in range(header + 1, sheet.max_row + 1)
               if sheet.cell(r, id_column).value == goal_id)  # fmt: skip
    sheet.cell(row, names.index("Samlad bedömning") + 1, status)
    sheet.cell(row, names.index("Kommentar till bedömningen") + 1, note or None)


def _with_assessments(summary: Path, out: Path) -> Path:
    """The controller's own assessment filled in for two goals."""
    shutil.copy(summary, out)
    book = load_workbook(out)
    _assess(book["Översikt"], "M1", "Delvis uppfyllt", "Rekryteringen går långsammare än planerat.")
    _assess(book["Översikt"], "M4", "Uppfyllt")
    book.save(out)
    return out


def test_controllers_assessment_is_used_when_the_summary_has_it(
    summaries: dict[str, Path], tmp_path: Path
) -> None:
    summary = _with_assessments(summaries[BLEKINGE], tmp_path / "bedömd.xlsx")
    report = read_back(write_report(summary, tmp_path / "r.docx", today=TODAY))

    def last(heading: str) -> str:
        return [t for _, t in report.section(heading) if t][-1]

    assert last(BLEKINGE_GOALS[0][1]) == (
        "Bedömning: ± Delvis uppfyllt. Rekryteringen går långsammare än planerat."
    )
    assert last(BLEKINGE_GOALS[3][1]) == "Bedömning: √ Uppfyllt"
    assert last(BLEKINGE_GOALS[1][1]) == f"Bedömning: {PLACEHOLDER}"


def test_status_saknas_in_the_data_sheet_is_a_missing_unit(
    summaries: dict[str, Path], tmp_path: Path
) -> None:
    """Lane i11's Saknas for a unit that did not return, distinct from Ej bedömt."""
    out = tmp_path / "saknas.xlsx"
    shutil.copy(summaries[BLEKINGE], out)
    book = load_workbook(out)
    sheet = book["Data"]
    header = [c.value for c in sheet[1]]
    unit, code, word = (header.index(h) + 1 for h in ("Enhet-ID", "Statuskod", "Status"))
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, unit).value == "VC-KHN":
            sheet.cell(row, code, "missing")
            sheet.cell(row, word, "Saknas")
    book["Inlämning"].delete_rows(1, book["Inlämning"].max_row)
    book.save(out)
    report = read_back(write_report(out, tmp_path / "r.docx", today=TODAY))
    texts = [t for _, t in report.section("Sammanfattning")]
    assert ("4 av 5 enheter har lämnat in sin uppföljning för Delår. Saknas: Vårdcentralen "
            "Karlshamn (VC-KHN).") in texts  # fmt: skip
    (table,) = report.tables_after(BLEKINGE_GOALS[1][1])
    assert "VC-KHN" not in table[0]


def test_history_gives_the_change_and_a_trend_chart(with_previous: Path, tmp_path: Path) -> None:
    report = read_back(write_report(with_previous, tmp_path / "r.docx", today=TODAY))
    texts = [t for _, t in report.section("Sammanfattning")]
    change = [t for t in texts if t.startswith("Jämfört med föregående sammanställning")]
    assert len(change) == 1
    assert "(Sammanställning T1.xlsx)" in change[0]
    captions = [t for s, t in report.paragraphs if t.startswith("Figur ")]
    assert captions == [
        "Figur 1. Enheternas måluppfyllelse per övergripande mål",
        "Figur 2. Utfall nu och i föregående sammanställning, median av enheterna",
    ]


def test_without_history_no_trend(blekinge: Path) -> None:
    report = read_back(blekinge)
    assert not any(t.startswith("Jämfört med föregående") for _, t in report.paragraphs)
    assert [t for _, t in report.paragraphs if t.startswith("Figur ")] == [
        "Figur 1. Enheternas måluppfyllelse per övergripande mål"
    ]


def test_appendix_traces_figures_to_file_and_cell(blekinge: Path) -> None:
    report = read_back(blekinge)
    (submitted,) = report.tables_after("Inlämning")
    assert submitted[1][:3] == ["Vårdcentralen Karlshamn (VC-KHN)", "Saknas", ""]
    assert ["Vårdcentralen Ronneby (VC-RON)", "Mottagen",
            "Uppföljning Delår VC-RON Vårdcentralen Ronneby.xlsx"] in [r[:3] for r in submitted]  # fmt: skip
    (places,) = report.tables_after("Varifrån siffrorna kommer")
    assert places[0] == ["ID", "Indikator", "Blad och cell", "Annan cell hos"]
    rows = {r[0]: r[1:] for r in places[1:]}
    assert rows["I2.1"] == ["Tillgänglighet", "Uppföljning!J9", ""]


def test_comments_edited_in_kommentarer_replace_the_units_text(
    summaries: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "redigerad.xlsx"
    shutil.copy(summaries[BLEKINGE], out)
    book = load_workbook(out)
    sheet = book["Kommentarer"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Enhet")
    names = [c.value for c in sheet[header]]
    unit, indicator, comment = (names.index(h) + 1 for h in ("Enhet", "Indikator",
                                                              "Kommentar/analys"))  # fmt: skip
    for row in range(header + 1, sheet.max_row + 1):
        if (sheet.cell(row, unit).value, sheet.cell(row, indicator).value) == (
            "Vårdcentralen Ronneby (VC-RON)", "Tidbok"):  # fmt: skip
            sheet.cell(row, comment, "Controllerns förtydligande: tidboken öppnas i november.")
    book.save(out)
    report = read_back(write_report(out, tmp_path / "r.docx", today=TODAY))
    bullets = [t for s, t in report.section(BLEKINGE_GOALS[1][1]) if s == "List Bullet"]
    assert ("Vårdcentralen Ronneby (VC-RON) om Tidbok: Controllerns förtydligande: tidboken "
            "öppnas i november.") in bullets  # fmt: skip
    assert not any("Rekryteringsläget" in b and "Tidbok" in b and "VC-RON" in b for b in bullets)


def _tertial_layout(summary: Path, out: Path) -> Path:
    """Översikt as lane i11 lays it out for the tertialrapport: one header row, the level in the
    goal's text, no indentation, one status column per unit headed by its name, Saknas."""
    shutil.copy(summary, out)
    book = load_workbook(out)
    sheet = book["Översikt"]
    header = next((r for r in range(1, 20) if sheet.cell(r, 1).value == "Nivå"), None)
    if header is not None:  # the earlier layout: rewrite it
        for merged in list(sheet.merged_cells.ranges):
            sheet.unmerge_cells(str(merged))
        rows = list(sheet.iter_rows(min_row=header, values_only=True))
        units = [str(v).rsplit(" (", 1)[0] for v in rows[0][5::2] if v]
        goals = [r for r in rows[2:] if r[1]]
        goals = goals[: next((n for n, r in enumerate(goals) if not r[0]), len(goals))]
        sheet.delete_rows(header, sheet.max_row)
        sheet.append(["Mål-ID", "Mål", "Alla enheter", "Underlag, alla enheter",
                      "Samlad bedömning", "Kommentar till bedömningen", *units])  # fmt: skip
        for row in goals:
            statuses = ["Saknas" if u == "Område diagnostik" else row[5 + 2 * n]
                        for n, u in enumerate(units)]  # fmt: skip
            sheet.append([row[1], f"{row[0]}: {str(row[2]).strip()}", row[3], row[4], "", "",
                          *statuses])  # fmt: skip
    _assess(sheet, "E1", "Uppfyllt")
    book.save(out)
    return out


def test_the_tertialrapport_layout_of_oversikt_reads_the_same(
    summaries: dict[str, Path], tmp_path: Path
) -> None:
    summary = _tertial_layout(summaries[OREBRO], tmp_path / "tertial.xlsx")
    out = write_report(summary, tmp_path / "r.docx", today=TODAY)
    report = read_back(out)
    assert report.headings == [(1, "Sammanfattning"), *OREBRO_GOALS, *APPENDIX]
    section = [t for _, t in report.section(OREBRO_GOALS[1][1]) if t]
    assert section[0].startswith("Status, alla enheter: √ Uppfyllt (")
    assert section[0].endswith("(medelpoäng 1,75)).")
    assert section[-1] == "Bedömning: √ Uppfyllt"
    document = read_back(out).document
    (alt,) = [d.get("descr") for d in document.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]  # fmt: skip
    assert "Invånare och samhälle: 1 uppfyllt, 3 delvis uppfyllt, 1 saknas" in alt


@pytest.mark.parametrize(("most", "layout"), [(3, "totals"), (4, "per unit"), (5, "per unit")])
def test_one_column_per_unit_up_to_the_limit(most: int, layout: str, summaries: dict[str, Path],
                                             tmp_path: Path) -> None:  # fmt: skip
    """Blekinge has 4 units that returned: a limit of 4 or more gives a column per unit."""
    out = write_report(summaries[BLEKINGE], tmp_path / "r.docx", today=TODAY,
                       matrix_max_units=most)  # fmt: skip
    (table,) = read_back(out).tables_after(BLEKINGE_GOALS[1][1])
    assert (table[0][2] == "VC-KNA") == (layout == "per unit")
    assert (table[0][2] == "Utfall") == (layout == "totals")


def test_organisation_is_also_in_the_document_properties(summaries: dict[str, Path],
                                                          tmp_path: Path) -> None:  # fmt: skip
    """The fallback when Om has no Organisation row: the Company property consolidate writes."""
    assert company(summaries[BLEKINGE]) == "Region Blekinge"
    assert company(summaries[OREBRO]) == "Region Örebro län"
    broken = tmp_path / "x.xlsx"
    broken.write_bytes(b"PK not a zip")
    assert company(broken) == ""
