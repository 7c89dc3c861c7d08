"""The layout of the uppföljning workbook: the contract between the generator and the reader.

Everything a reader needs to find its way in a generated workbook is here, as plain constants.
Positions are 0-based (row, col) as in the code; the user sees them 1-based (``Uppföljning!H5``).

The follow-up sheet (:data:`FOLLOWUP_SHEET`)
    Rows ``0 .. HEADER_ROW - 1`` are a title block (title, subtitle, and in row 2 a formula in
    column A counting the filled-in utfall beside the colour legend as one sentence; a reader
    ignores them). Row :data:`HEADER_ROW` holds the column headers
    of :data:`COLUMNS` (the Swedish ``header`` of each column, in this order, at its ``index``).
    From :data:`FIRST_DATA_ROW` on, every row is either

    * a goal heading: :data:`KEY_COLUMN` is empty, :data:`GOAL_KEY_COLUMN` holds the goal ID and
      the ``indicator`` column holds "<level name>: <goal title>"; or
    * an indicator or uppdrag row: :data:`KEY_COLUMN` holds the indicator ID (the row's stable key,
      written as text) and the input columns (``input=True``) are the only unlocked cells. The
      indicator's description, when the plan has one, is a note (comment) on its ``indicator``
      cell; the ``target`` cell holds the plan's målvärde and, on a new line in parentheses, how
      vpt reads it. Indicator rows carry no custom height, so the program may grow them.

    The rows are in plan order, but a reader must find them by key, never by position.

    For uppdrag the ``outcome`` (Utfall) cell holds the uppdrag's status, one of
    :data:`TASK_STATUSES`; for Ja/Nej indicators one of :data:`YES_NO`; for Procent a number
    formatted as percent (0.75 is 75 %); for Tal a number; for Text free text. ``own`` (Egen
    bedömning) holds one of :data:`OWN_ASSESSMENTS`. ``status`` is a formula (read-only) and
    carries a text from :data:`STATUS_TEXTS`; its cached value in a file vpt wrote is not computed.

    The columns :data:`OPTIONAL_COLUMNS` are always there but hidden when no row of the unit has a
    value in them.

The identity (:data:`IDENTITY_SHEET`, very hidden, and custom document properties)
    The identity sheet has key/value pairs in columns A/B from row 0: the keys in
    :data:`IDENTITY_KEYS`. After them one empty row, then the row keys: a row with
    ``ROWS_MARKER`` in column A, then one row per indicator row with the indicator ID in column A
    and its 1-based row number in the follow-up sheet in column B (as text).

    The same facts are in custom document properties named :data:`PROPERTY_PREFIX` + key (all
    values are strings, because LibreOffice turns integers into floats). The row keys are in
    ``vpt.rows.1``, ``vpt.rows.2``, … (see :data:`ROW_KEYS_PROPERTY`), each a chunk of at most
    :data:`PROPERTY_MAX_CHARS` characters of indicator IDs joined by :data:`ROW_KEYS_SEPARATOR`;
    concatenating the chunks in numeric order with the separator gives all IDs in row order.
    :data:`ROW_COUNT_KEY` states how many IDs there are, so a truncated set is detectable.

Defined names (workbook scope) cover the input columns from the first to the last data row:
:data:`DEFINED_NAMES`.
"""

from __future__ import annotations

from dataclasses import dataclass

from vpt.targets.types import Status

__all__ = [
    "COLUMNS",
    "COLUMN_BY_KEY",
    "DEFINED_NAMES",
    "FIRST_DATA_ROW",
    "FOLLOWUP_SHEET",
    "FORMAT_VERSION",
    "GOAL_KEY_COLUMN",
    "HEADER_ROW",
    "IDENTITY_KEYS",
    "IDENTITY_SHEET",
    "INPUT_COLUMNS",
    "INSTRUCTIONS_SHEET",
    "KEY_COLUMN",
    "OPTIONAL_COLUMNS",
    "OWN_ASSESSMENTS",
    "PROPERTY_MAX_CHARS",
    "PROPERTY_PREFIX",
    "ROWS_MARKER",
    "ROW_COUNT_KEY",
    "ROW_KEYS_PROPERTY",
    "ROW_KEYS_SEPARATOR",
    "STATUS_TEXTS",
    "TASK_STATUSES",
    "YES_NO",
    "Column",
    "column",
    "property_name",
]

FORMAT_VERSION = "1"
"""Bumped whenever anything below changes in a way a reader must know about."""

INSTRUCTIONS_SHEET = "Instruktioner"
FOLLOWUP_SHEET = "Uppföljning"
IDENTITY_SHEET = "vpt_identitet"

HEADER_ROW = 3
FIRST_DATA_ROW = HEADER_ROW + 1


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the follow-up sheet."""

    key: str
    index: int
    header: str
    input: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("id", 0, "ID"),
    Column("goal_id", 1, "Mål-ID"),
    Column("indicator", 2, "Indikator / uppdrag"),
    Column("target", 3, "Målvärde"),
    Column("threshold", 4, "Gränsvärde"),
    Column("baseline", 5, "Ingångsvärde"),
    Column("previous", 6, "Föregående utfall"),
    Column("source", 7, "Källa"),
    Column("comparison", 8, "Jämförelsevärde (fg år)", input=True),
    Column("outcome", 9, "Utfall", input=True),
    Column("own", 10, "Egen bedömning", input=True),
    Column("status", 11, "Måluppfyllelse"),
    Column("comment", 12, "Kommentar/analys", input=True),
    Column("actions", 13, "Åtgärder", input=True),
)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}
INPUT_COLUMNS = tuple(c for c in COLUMNS if c.input)
OPTIONAL_COLUMNS = ("threshold", "baseline", "previous", "source", "comparison")

KEY_COLUMN = COLUMN_BY_KEY["id"].index
"""Holds the indicator ID, as text, in every indicator row; empty in goal headings."""
GOAL_KEY_COLUMN = COLUMN_BY_KEY["goal_id"].index
"""Holds the goal ID in goal headings and the indicator's goal ID in indicator rows."""


def column(key: str) -> int:
    """The 0-based index of the column with ``key``."""
    return COLUMN_BY_KEY[key].index


OWN_ASSESSMENTS = ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")
TASK_STATUSES = ("Genomfört", "Pågår", "Ej påbörjat")
YES_NO = ("Ja", "Nej")

STATUS_TEXTS = {status.value: f"{status.symbol} {status.label}" for status in Status}
"""What the live status cell shows per status code ("met" → "√ Uppfyllt"): symbol and word."""

# Identity keys, in the order they are written.
IDENTITY_KEYS = (
    "format_version",
    "plan_name",
    "plan_fingerprint",
    "organisation",
    "unit_id",
    "unit_name",
    "period_id",
    "period_name",
    "deadline",
    "generated",
    "vpt_version",
    "row_count",
)
ROW_COUNT_KEY = "row_count"
ROWS_MARKER = "rows"

PROPERTY_PREFIX = "vpt."
ROW_KEYS_PROPERTY = "vpt.rows"
ROW_KEYS_SEPARATOR = ";"
PROPERTY_MAX_CHARS = 255


def property_name(key: str) -> str:
    """The custom document property holding identity ``key``: ``"vpt.unit_id"``."""
    return PROPERTY_PREFIX + key


DEFINED_NAMES = {
    "outcome": "vpt_Utfall",
    "own": "vpt_EgenBedomning",
    "comment": "vpt_Kommentar",
    "actions": "vpt_Atgarder",
}
"""Workbook-scope names of the input ranges, by column key."""
