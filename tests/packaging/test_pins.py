"""Reproducible builds: what the bundle contains is pinned, and XlsxWriter's private interfaces
that vpt relies on behave as vpt assumes in the pinned version.

vpt overrides ``Worksheet._prepare_formula`` (vpt/generate/workbook.py: skip the future-function
renaming, a third of generation time) and calls ``Format._get_xf_index`` (vpt/consolidate/bulk.py:
the style index of rows it writes as XML itself). Neither is public; a new XlsxWriter minor
version may rename or change them. These tests fail loudly on another version.
"""

from __future__ import annotations

import re
import tomllib
import zipfile
from importlib.metadata import version
from pathlib import Path

import xlsxwriter
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from vpt.generate.workbook import _PlainFormulaSheet

ROOT = Path(__file__).resolve().parents[2]
PROVEN_MINOR = "3.3"


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for text in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = text.split("#", 1)[0].strip()
        if line:
            name, _, pinned = line.partition("==")
            assert pinned, f"constraints.txt: {line!r} is not an exact pin (name==version)"
            pins[canonicalize_name(name)] = pinned
    return pins


def test_xlsxwriter_is_the_proven_minor_version() -> None:
    assert xlsxwriter.__version__.rsplit(".", 1)[0] == PROVEN_MINOR, (
        f"XlsxWriter {xlsxwriter.__version__} is installed, but vpt's use of its private "
        f"_prepare_formula and Format._get_xf_index is proven on {PROVEN_MINOR}.x only. Read "
        "both in the new version, run these tests, then move PROVEN_MINOR, pyproject.toml and "
        "constraints.txt (scripts/lock) together."
    )


def test_pyproject_allows_only_the_proven_minor_version() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    requirement = next(
        Requirement(r) for r in project["dependencies"] if Requirement(r).name == "xlsxwriter"
    )
    allowed = requirement.specifier
    assert "3.3.0" in allowed and "3.3.99" in allowed
    assert "3.2.9" not in allowed and "3.4.0" not in allowed and "4.0" not in allowed


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return book.read("xl/worksheets/sheet1.xml").decode()


def test_prepare_formula_is_the_hook_vpt_overrides(tmp_path: Path) -> None:
    """XlsxWriter renames FILTER to _xlfn._xlws.FILTER in _prepare_formula; vpt's sheet skips it."""
    plain, overridden = tmp_path / "plain.xlsx", tmp_path / "overridden.xlsx"
    for path, sheet_class in ((plain, None), (overridden, _PlainFormulaSheet)):
        book = xlsxwriter.Workbook(str(path))
        sheet = book.add_worksheet("Blad1", worksheet_class=sheet_class)
        sheet.write_formula("A1", "=FILTER(B1:B3,B1:B3>0)")
        book.close()
    formula = re.compile(r'<c r="A1"[^>]*><f[^>]*>([^<]*)</f>')
    assert formula.findall(_sheet_xml(plain)) == ["_xlfn._xlws.FILTER(B1:B3,B1:B3&gt;0)"]
    assert formula.findall(_sheet_xml(overridden)) == ["FILTER(B1:B3,B1:B3&gt;0)"]


def test_get_xf_index_is_the_style_index_xlsxwriter_writes(tmp_path: Path) -> None:
    path = tmp_path / "styles.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    bold = book.add_format({"bold": True})
    red = book.add_format({"font_color": "#C00000"})
    sheet.write("A1", "fet", bold)
    sheet.write("A2", "röd", red)
    indexes = (bold._get_xf_index(), red._get_xf_index())
    book.close()
    assert indexes == (1, 2)  # 0 is the default cell format
    xml = _sheet_xml(path)
    assert re.search(r'<c r="A1" s="1" t="s">', xml)
    assert re.search(r'<c r="A2" s="2" t="s">', xml)


def test_constraints_pin_what_the_bundle_contains() -> None:
    """Every runtime dependency, Qt and PyInstaller are pinned, and installed as pinned."""
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    wanted = [*project["dependencies"], *project["optional-dependencies"]["dist"]]
    pins = _pins()
    for text in wanted:
        name = canonicalize_name(Requirement(text).name)
        assert name in pins, (
            f"{name} is a dependency of the app but not pinned in constraints.txt: install it "
            "(scripts/setup --test), run scripts/lock and then scripts/test"
        )
        assert Requirement(text).specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {name}=={pins[name]}, which pyproject.toml does not allow"
        )
    for name, pinned in pins.items():
        try:
            installed = version(name)
        except Exception:  # pinned for another platform or extra: not installed here
            continue
        assert installed == pinned, (
            f"{name} {installed} is installed but constraints.txt pins {pinned}: run "
            "scripts/setup (it installs with -c constraints.txt) or scripts/lock"
        )
