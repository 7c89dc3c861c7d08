"""The målvärde grammar: Swedish target prose → :class:`Target`.

The reader looks for target phrases anywhere in the text (plans write "Minst 75% av de listade
… ska ha vaccinerats"): a bound ("minst 75 %", "> 90%", "högst 100 %"), a range ("77-80",
"mellan 77 och 80"), a change ("ska öka", "Öka med 10% jämfört med fg år"), a yes/no, or a bare
value ("95%", "79 (kan revideras …)"). Everything around the phrase is kept as ``note``. A second
target phrase of the same kind makes the text ``multiple``: it is never read as its first number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from vpt.model import Direction, Indicator, IndicatorType
from vpt.targets.numbers import (
    COUNT_WORDS,
    NUMBER_PATTERN,
    UNIT_PATTERN,
    canonical_unit,
    clean_text,
    format_number,
    parse_number,
)
from vpt.targets.types import Target, TargetKind

__all__ = ["parse_baseline", "parse_target", "resolve_type"]

_NUM = rf"(?P<num>{NUMBER_PATTERN}|(?:{'|'.join(COUNT_WORDS)})(?![a-zåäö]))"
_UNIT = rf"(?:\s?(?P<unit>{UNIT_PATTERN}))?"

# Words and signs for bounds, longest first so "mer än" wins over a bare sign.
_OPS = {
    ">=": ">=",
    "=>": ">=",
    "≥": ">=",
    "<=": "<=",
    "=<": "<=",
    "≤": "<=",
    ">": ">",
    "<": "<",
    "minst": ">=",
    "lägst": ">=",
    "minimum": ">=",
    "som minst": ">=",
    "inte under": ">=",
    "inte lägre än": ">=",
    "över": ">",
    "mer än": ">",
    "fler än": ">",
    "högre än": ">",
    "större än": ">",
    "högst": "<=",
    "max": "<=",
    "max.": "<=",
    "maximalt": "<=",
    "maximum": "<=",
    "som mest": "<=",
    "upp till": "<=",
    "inte över": "<=",
    "inte mer än": "<=",
    "inte högre än": "<=",
    "under": "<",
    "uppgår till": ">=",
    "inte överstiger": "<=",
    "inte överstiga": "<=",
    "inte överskrider": "<=",
    "inte överskrida": "<=",
    "överstiger inte": "<=",
    "inte understiger": ">=",
    "inte understiga": ">=",
    "understiger inte": ">=",
    "överstiger": ">",
    "överstiga": ">",
    "understiger": "<",
    "understiga": "<",
    "uppgå till": ">=",
    "mindre än": "<",
    "färre än": "<",
    "lägre än": "<",
}
# A word may stand between the bound and its number: "Minst index 41", "Lägst NMI 70".
_INTERPOSED = r"(?:(?P<word>index|indexvärde|värde|nivå|betyg|(?-i:[A-ZÅÄÖ]{2,5}))\s)?"
_OP_SIGNS = "|".join(
    re.escape(w) for w in sorted(_OPS, key=len, reverse=True) if not w[0].isalpha()
)
_OP_NAMES = "|".join(re.escape(w) for w in sorted(_OPS, key=len, reverse=True) if w[0].isalpha())
# A sign may follow a word directly ("ska vara> 2 %"); a word may not be the end of another word.
_BOUND = re.compile(
    rf"(?P<op>{_OP_SIGNS}|(?<![a-zåäö])(?:{_OP_NAMES}))\s?{_INTERPOSED}(?P<sign>-)?\s?{_NUM}{_UNIT}",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"(?:mellan\s)?(?P<low>{NUMBER_PATTERN})\s?(?P<unit1>{UNIT_PATTERN})?\s?(?:-|till|och)\s?"
    rf"(?P<high>{NUMBER_PATTERN}){_UNIT}",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?:(?<![\w,.-])(?P<sign>-)\s?)?(?<![\d,.])(?P<num>{NUMBER_PATTERN})\s?(?P<unit>%|procent)(?![a-zåäö])"
)
# "öka med minst 10 %" reaches the amount; "minska med mer än 5" must pass it.
_AT_LEAST = r"(?:minst\s|(?P<more>mer än|över)\s)?"
_CHANGE = re.compile(
    r"(?<![a-zåäö])(?P<neg>(?:inte|ej|icke|ingen)\s)?"
    r"(?P<verb>halveras|halvera|fördubblas|fördubbla|ökning|minskning|öka|ökas|ökar|höjas|höjs|minska|minskas|minskar|sänkas|sänks|förbättras|"
    r"förkortas|kortas|försämras|(?<=har )ökat|(?<=har )minskat|(?<=ha )ökat|(?<=ha )minskat)"
    r"(?![a-zåäö])"
    rf"(?:\s(?:varje\s\w+\s)?med\s{_AT_LEAST}(?P<num>{NUMBER_PATTERN}|"
    rf"(?:{'|'.join(COUNT_WORDS)})(?![a-zåäö])){_UNIT})?",
    re.IGNORECASE,
)
_KEEP_OR_RAISE = re.compile(
    r"^(?:bibehållen eller ökad|bibehållen eller höjd|minst bibehållen|oförändrad eller högre)"
    r"|^(?:fortsatt\s)?(?:ökad|ökat|ökade|höjd|minskad|minskat|minskade|sänkt|kortare|färre|fler|"
    r"förbättrad|förbättrat|förbättrade)"
    r"(?![a-zåäö])"
    r"|(?:ökad|ökat|ökade|minskad|minskat|minskade)\s[\w\s]*?(?:jämfört|i jämförelse)"
    # "… ska i en högre utsträckning få behovet tillgodosett": the share should rise
    r"|(?<![a-zåäö])(?:ska|skall|bör)\s(?:[a-zåäö]+\s){0,3}?i\s(?:en\s)?"
    r"(?:högre|större|lägre|mindre)\sutsträckning(?![a-zåäö])",
    re.IGNORECASE,
)
_LOWER_WORDS = ("minsk", "sänk", "kort", "förkort", "färre", "halver")
# A change verb in a purpose clause is what an activity is for, not the target:
# "Insatser görs för att minska X", "genom att minska avståndet".
_PURPOSE = re.compile(
    r"(?:för att|i syfte att|genom att|syftar till att|arbetar med att|arbeta med att)\s$",
    re.IGNORECASE,
)
# Keep the level: direction comes from Riktning unless the text says "minst samma nivå".
_KEEP = re.compile(
    r"(?<![a-zåäö])(?<!med )(?:bibehålla|bibehållas|bibehålls|bibehållen|bibehållet|behålla|"
    r"oförändrad|oförändrat|ligga kvar|samma nivå)(?![a-zåäö])",
    re.IGNORECASE,
)
_KEEP_AT_LEAST = re.compile(r"minst (?:samma|oförändrad|bibehållen) nivå", re.IGNORECASE)
_REFERENCE_YEAR = re.compile(
    r"(?:jämfört med|jämförelse med|jmf med|jmf\.|i förhållande till|sedan|från(?! och med)|nivå som|basår|"
    r"basåret|basår är|med basår)\s"
    r"(?:[a-zåäö]+\s){0,3}?(?:år\s)?(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_ALL = re.compile(r"^(?:alla|samtliga|alltid|100\s?%?\s?/\s?alla)\s?[.!]?$", re.IGNORECASE)
_ALL_START = re.compile(r"^(?:alla|samtliga)\s", re.IGNORECASE)
_REPORTED = re.compile(
    r"^(?:redovisa|redovisas|redovisning av)\s(?:antal|antalet|andel|andelen|kostnad|"
    r"kostnaden|utfall|nyckeltal|resultat|värdet)(?![a-zåäö])"
    r"|^redovisas(?:\s(?:årligen|i\s\w+|per\s\w+))?[.]?$"
    r"|^(?:följs upp|bevakas|mäts)(?:\s.*)?$",
    re.IGNORECASE,
)
_ACTIVITY = re.compile(
    r"^(?:insatser|aktiviteter|åtgärder|arbete|arbetet)\s(?:\w+\s){0,3}?"
    r"(?:görs|genomförs|ska genomföras|pågår|bedrivs|vidtas)(?![a-zåäö])"
    r"|^redovisa\s(?:insatser|exempel|hur|arbetet|åtgärder|aktiviteter|vilka)(?![a-zåäö])"
    r"|(?:ska|skall)\s(?:tas fram|utredas|upprättas|utarbetas)(?![a-zåäö])",
    re.IGNORECASE,
)
# "Förbättras" means higher or lower depending on the indicator: Riktning decides.
_IMPROVE = "förbättr"
_YESNO = re.compile(r"^(?P<word>ja|nej)\s*[.!]?\s*(?:\((?P<note>.*)\))?$", re.IGNORECASE)
_BARE = re.compile(
    rf"^(?:målvärde:?\s)?(?P<sign>-)?{_NUM}{_UNIT}(?P<rest>(?![\d,.]).*)$", re.IGNORECASE
)
_UNMEASURABLE = re.compile(
    r"inte klart|ej klart|ej fastställ|inte fastställ|enligt budget|beskriv|redovisa|"
    r"^-+$|^saknas$|^ej aktuellt$|^tas fram|^se\s",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
_YEARS = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_SENTENCE_VERB = re.compile(r"(?<![a-zåäö])(?:ska|skall|bör|ska ha|ska vara)(?![a-zåäö])", re.I)
_EMBEDDED = re.compile(r"målvärde:\s?(?P<value>.+)$", re.IGNORECASE)
# "Årets resultat ska vara positivt": a result or budget deviation above zero.
_POSITIVE = re.compile(
    r"(?<![a-zåäö])(?:resultat|resultatet|budgetavvikelse|budgetavvikelsen|kassaflöde|"
    r"kassaflödet|balanskravsresultat|balanskravsresultatet)\s(?:(?!inte|ej)[a-zåäö]+\s){0,2}"
    r"(?:vara|bli|är|blir)\spositiv[at]?(?![a-zåäö])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    target: Target
    stated: bool = False  # a target phrase in its own right ("minska till högst 5 dagar")


def parse_target(
    text: str,
    *,
    type: IndicatorType | None = None,
    direction: Direction | None = None,
    year: int | None = None,
) -> Target:
    """Read one målvärde. Never raises: what cannot be read becomes ``unreadable`` with a reason.

    ``year`` is the plan's year (Plan sheet, key År): it picks the value of a multi-year cell
    ("12 % (2025) 10 % (2026)").
    """
    original = text if isinstance(text, str) else str(text)
    cleaned = clean_text(original)
    if type in (IndicatorType.TASK, IndicatorType.TEXT):
        return Target(original, TargetKind.UNMEASURABLE, note=cleaned)
    if not cleaned:
        return Target(original, TargetKind.UNMEASURABLE)
    embedded = _EMBEDDED.search(cleaned)
    if embedded:
        cleaned = embedded["value"].strip()
    cleaned = _LIST_LABEL.sub("", cleaned)
    years = split_years(cleaned)
    if years:
        return _multi_year(original, years, type, direction, year)
    target = _read(original, cleaned, type)
    if type is IndicatorType.YESNO and target.kind is not TargetKind.YESNO:
        # A Ja/Nej indicator whose målvärde states what should be true: the answer sought is Ja.
        return Target(original, TargetKind.YESNO, expected=True, note=cleaned)
    return _resolve(target, type, direction)


_YEAR_PAREN = re.compile(r"\(\s?(?P<years>(?:19|20)\d\d(?:\s?[,;]\s?(?:19|20)\d\d)*)\s?\)")
_YEAR_COLON = re.compile(r"(?:^|(?<=[\s,;]))(?P<year>(?:19|20)\d\d)\s?:\s?")
_LABEL = re.compile(r"^[^\d<>≤≥=-]*?:\s?")
# Years in running text: "… ska år 2020 uppgå till högst 60 procent år 2025 uppgå till högst
# 35 procent" (the value follows the year) and "minst 25 % senast 2016 och minst 30 % senast
# 2020" (the value comes before it).
_YEAR_LEAD = re.compile(r"(?<![a-zåäö])år\s(?P<year>(?:19|20)\d\d)(?!\d)\s", re.IGNORECASE)
_YEAR_TRAIL = re.compile(
    r"\s(?:senast|till|före)\s(?:år\s)?(?P<year>(?:19|20)\d\d)(?![\d%])", re.IGNORECASE
)
_YEARS_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def split_years(text: str) -> dict[int, str]:
    """The values of a multi-year cell by year, or {} when the cell is not one.

    "12 % (2025) 10 % (2026)" and "<20 (2025) <18 (2026)" give one segment before each year in
    parentheses; "2025: 80 %, 2026: 85 %" one after each "year:"; "95 % (2024, 2025, 2026)" the
    same value for each listed year. A lone "Minst 80 % (2025)" is a one-year cell.
    """
    parens = list(_YEAR_PAREN.finditer(text))
    if parens and not text[parens[-1].end() :].strip(" .,;"):
        found: dict[int, str] = {}
        start = 0
        for m in parens:
            segment = text[start : m.start()].strip(" ,;")
            if start == 0:
                segment = _LABEL.sub("", segment)
            for year in re.findall(r"\d{4}", m["years"]):
                found[int(year)] = segment
            start = m.end()
        if all(found.values()):
            return found
        return {}
    colons = list(_YEAR_COLON.finditer(text))
    if len(colons) >= 2 and colons[0].start() == 0:
        found = {}
        for i, m in enumerate(colons):
            stop = colons[i + 1].start() if i + 1 < len(colons) else len(text)
            found[int(m["year"])] = text[m.end() : stop].strip(" ,;")
        if all(found.values()):
            return found
    return _years_in_prose(text)


def _years_in_prose(text: str) -> dict[int, str]:
    """ "år 2020 uppnå 9 procent år 2025 uppnå 15 procent": a value for each of two or more
    years, said in a sentence. Every part must hold a number besides its year."""

    def valued(segment: str) -> bool:
        return bool(re.search(r"\d", _YEARS_IN_TEXT.sub("", segment)))

    lead = list(_YEAR_LEAD.finditer(text))
    if len(lead) >= 2:
        found: dict[int, str] = {}
        for i, m in enumerate(lead):
            stop = lead[i + 1].start() if i + 1 < len(lead) else len(text)
            found[int(m["year"])] = text[m.end() : stop].strip(" ,;.")
        if len(found) == len(lead) and all(valued(v) for v in found.values()):
            return found
    trail = list(_YEAR_TRAIL.finditer(text))
    if len(trail) >= 2 and not text[trail[-1].end() :].strip(" ,;."):
        found = {}
        start = 0
        for m in trail:
            found[int(m["year"])] = text[start : m.start()].strip(" ,;.")
            start = m.end()
        if len(found) == len(trail) and all(valued(v) for v in found.values()):
            return found
    return {}


def _multi_year(
    original: str,
    years: dict[int, str],
    type: IndicatorType | None,
    direction: Direction | None,
    year: int | None,
) -> Target:
    listed = tuple(sorted(years))
    shown = ", ".join(str(y) for y in listed)
    readings = {y: parse_target(years[y], type=type, direction=direction) for y in listed}
    doubt = ""
    if year is not None and year in years:
        chosen = year
    elif year is None:
        if len({_signature(t) for t in readings.values()}) > 1:
            return Target(
                original,
                TargetKind.MULTIPLE,
                years=listed,
                problem=(
                    f"Målvärdet anger olika värden för flera år ({shown}). Fyll i År på bladet "
                    "Plan, så använder vpt värdet för planens år."
                ),
            )
        chosen = listed[-1]
    else:
        earlier = [y for y in listed if y < year]
        chosen = earlier[-1] if earlier else listed[0]
        doubt = (
            f"Målvärdet anger värden för {shown} men inte för planens år {year}; vpt använder "
            f"värdet för {chosen}. Skriv värdet för {year} i målvärdet om det är ett annat."
        )
    reading = readings[chosen]
    if reading.kind in (TargetKind.UNREADABLE, TargetKind.MULTIPLE):
        return replace(reading, text=original, years=listed, year_used=chosen)
    return replace(
        reading, text=original, years=listed, year_used=chosen, doubt=reading.doubt or doubt
    )


def _signature(target: Target) -> tuple[object, ...]:
    return (
        target.kind,
        target.op,
        target.value,
        target.low,
        target.high,
        target.unit,
        target.expected,
    )


_QUALITATIVE_WORDS = 4
# A list label before the target: "A. Andelen …", "3. Medborgare …", "Måluppfyllelse 2: …",
# "Mål 3: Ungdomar har …", "Mål 2 - Kunskaperna …".
_LIST_LABEL = re.compile(
    r"^(?:[A-H]|\d{1,2})\.\s(?=[A-ZÅÄÖ])|^måluppfyllelse\s\d{1,2}:\s"
    r"|^(?:mål|delmål|effektmål|nämndmål)\s\d{1,2}\s?[:.-]\s(?=[A-ZÅÄÖ])",
    re.I,
)
_ALL_WORD = re.compile(r"(?<![a-zåäö])(?:alla|samtliga|alltid)(?![a-zåäö])", re.IGNORECASE)


def _read(original: str, text: str, type: IndicatorType | None = None) -> Target:
    yesno = _YESNO.match(text)
    if yesno:
        return Target(
            original,
            TargetKind.YESNO,
            expected=yesno["word"].lower() == "ja",
            note=(yesno["note"] or "").strip(),
        )
    if _ALL.match(text):
        return Target(original, TargetKind.THRESHOLD, ">=", 100.0, unit="%", basis="all")
    if _REPORTED.search(text):
        return Target(original, TargetKind.REPORTED, note=text)
    if _ACTIVITY.search(text):
        return Target(original, TargetKind.UNMEASURABLE, note=text, basis="activity")
    body, notes = _split_notes(text)
    found = _find_targets(original, body)
    if len(found) > 1:
        shown = " och ".join(body[m.start : m.end].strip() for m in found[:3])
        return Target(
            original,
            TargetKind.MULTIPLE,
            problem=(
                f"Målvärdet innehåller flera mål ({shown}). Dela upp det på en indikator per mål, "
                "så att varje mål kan bedömas för sig."
            ),
        )
    if found:
        match = found[0]
        note = _join_notes(body[: match.start], body[match.end :], *notes)
        return replace(match.target, note=note)
    for remark in notes:
        # "… täcka minst hela skulden (d v s minst 100 procents konsolidering)"
        inside = [m for m in _find_targets(original, remark) if m.target.unit or m.target.op]
        if len(inside) == 1:
            return replace(inside[0].target, note=_join_notes(body))
    if _ALL_WORD.search(text) and type is IndicatorType.PERCENT:
        return Target(
            original,
            TargetKind.THRESHOLD,
            ">=",
            100.0,
            unit="%",
            basis="all",
            doubt=(
                f"Målvärdet ”{text}” läses som minst 100 % (alla), eftersom Typ är Procent. "
                "Skriv ”100 %” om det är rätt, eller sätt Typ till Text om målet inte ska mätas."
            ),
        )
    if _POSITIVE.search(body):
        return Target(original, TargetKind.THRESHOLD, ">", 0.0)
    if _UNMEASURABLE.search(body) or _SENTENCE_VERB.search(body):
        return Target(original, TargetKind.UNMEASURABLE, note=text, basis=_basis(body))
    # A sentence whose only numbers are years ("… ett klimatneutralt Salem senast år 2045") is
    # a qualitative goal: a year is when, not how much.
    if len(body.split()) >= _QUALITATIVE_WORDS and not re.search(r"\d", _YEARS.sub("", body)):
        return Target(original, TargetKind.UNMEASURABLE, note=text, basis=_basis(body))
    return Target(
        original,
        TargetKind.UNREADABLE,
        problem=(
            f"Målvärdet ”{text}” går inte att läsa som ett mål. Skriv det till exempel som "
            "”Minst 75 %”, ”Högst 5 dagar”, ”77–80”, ”Ja” eller ”Öka jämfört med föregående år”, "
            "eller sätt Typ till Text om det inte ska mätas."
        ),
    )


def _basis(body: str) -> str:
    """An uppdrag-like sentence ("… för att minska …") is an activity; the rest qualitative."""
    if re.search(r"(?:för att|genom att|i syfte att)\s", body, re.IGNORECASE):
        return "activity"
    return "qualitative"


def _split_notes(text: str) -> tuple[str, list[str]]:
    """Parenthesised remarks come out of the text: "79 (kan revideras efter utfall 2021)"."""
    notes = [m.strip() for m in re.findall(r"\(([^()]*)\)", text)]
    body = re.sub(r"\s?\([^()]*\)", "", text)
    return body.strip(), [n for n in notes if n]


def _join_notes(*parts: str) -> str:
    cleaned = [p.strip(" .,:;-") for p in parts]
    return " ".join(p for p in cleaned if p)


def _find_targets(original: str, body: str) -> list[_Match]:
    """Every target phrase in ``body``, in text order, without overlaps."""
    changes = _changes(original, body) + _amounts_than_year(original, body)
    candidates = [
        *_changes_to(original, body),
        *_or_more(original, body),
        *_bounds(original, body),
        *_ranges(original, body),
        *changes,
        *_percents(original, body),
        *_ratios(original, body),
        *_tops(original, body),
    ]
    if changes:
        # "… möter under 14 dagar ska … minska": next to a change, "under" means during.
        candidates = [m for m in candidates if not body[m.start :].lower().startswith("under ")]
    chosen: list[_Match] = []
    for match in sorted(candidates, key=lambda m: (m.start, -m.end)):  # the longest first
        if any(match.start < c.end and c.start < match.end for c in chosen):
            continue
        chosen.append(match)
    if not chosen:
        bare = _bare(original, body)
        return [bare] if bare else []
    return _significant(chosen)


# "Öka till 85 %", "Sjukfrånvaron ska minska till högst 6 %": the level to reach, not a change.
# "ska öka från 81 procent till 85 procent", "minska från 91 stycken till 85 stycken",
# "förbättras från 81 procent till 84 procent": the level after "till" is the target too; the
# starting level (with an optional year, "från 17 % 2011 till 30 %") is where it comes from.
_CHANGE_TO = re.compile(
    r"(?<![a-zåäö])(?P<verb>öka|ökas|ökar|höjas|höjs|höja|minska|minskas|minskar|sänkas|sänks|"
    r"sänka|förkortas|kortas|förbättras|förbättra|dubbleras|fördubblas)"
    rf"(?:\s+från\s+(?P<from>{NUMBER_PATTERN})\s?(?P<from_unit>{UNIT_PATTERN})?"
    r"(?:\s(?:19|20)\d\d)?)?"
    r"\s+till\s+(?:(?P<op>minst|lägst|högst|max|maximalt)\s)?"
    rf"(?P<sign>-)?{_NUM}{_UNIT}",
    re.IGNORECASE,
)


# "ska 2020 vara 20 procent lägre jämfört med 2009": a change by 20 % from 2009, not a level.
_AMOUNT_THAN_YEAR = re.compile(
    rf"(?<![\d,.])(?P<num>{NUMBER_PATTERN})\s?(?P<unit>%|procent)\s"
    r"(?P<word>lägre|högre|mindre|större)\s(?:jämfört med|än)\s(?:år\s)?(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _amounts_than_year(original: str, body: str) -> list[_Match]:
    found = []
    for m in _AMOUNT_THAN_YEAR.finditer(body):
        amount = _number(m["num"])
        if amount is None:
            continue
        lower = m["word"].lower() in ("lägre", "mindre")
        target = Target(
            original,
            TargetKind.CHANGE,
            "<=" if lower else ">=",
            change_direction=_change_direction(lower),
            change_amount=amount,
            change_relative=True,
            reference_year=int(m["year"]),
        )
        found.append(_Match(m.start(), m.end(), target))
    return found


def _changes_to(original: str, body: str) -> list[_Match]:
    found = []
    for m in _CHANGE_TO.finditer(body):
        if _negated(body, m.start()) or _PURPOSE.search(body[: m.start()]):
            continue
        if _is_year(m["num"], m["unit"]):
            continue  # "öka till 2030": until a year
        value = _number(m["num"])
        if value is None:
            continue
        verb = m["verb"].lower()
        lower = verb.startswith(_LOWER_WORDS)
        start = parse_number(m["from"]) if m["from"] else None
        if start is not None and not m["sign"]:
            if start == value or (not verb.startswith(_IMPROVE) and (value < start) != lower):
                continue  # "öka från 85 till 80": the numbers contradict the verb; no guess
            lower = value < start  # "förbättras från 81 till 84": the numbers say which way
        op: str | None = _OPS[m["op"].lower()] if m["op"] else ("<=" if lower else ">=")
        if start is None and verb.startswith(_IMPROVE) and not m["op"]:
            op = None  # "förbättras till 84 %" alone: the level to reach; Riktning says which way
        unit = canonical_unit(m["unit"]) if m["unit"] else ""
        target = Target(
            original,
            TargetKind.THRESHOLD,
            op,
            -value if m["sign"] else value,
            unit=unit,
        )
        found.append(_Match(m.start(), m.end(), target, stated=True))
    return found


def _significant(found: list[_Match]) -> list[_Match]:
    """Keep the phrases that are targets in their own right.

    "Minst 75 % av patienterna … minst en gång under året" holds one target: a second bound only
    counts when it is a percentage or has the first one's unit; a change, or a change to a level
    ("… och minska till högst 5 dagar"), always counts.
    """
    first = found[0]
    kept = [first]
    for match in found[1:]:
        target = match.target
        if _signature(target) == _signature(first.target):
            continue  # the same target said twice: "… uppnå 40 % … ska vara 40 %"
        same_unit = bool(target.unit) and target.unit == first.target.unit
        if target.kind is TargetKind.CHANGE or match.stated or same_unit or target.unit == "%":
            kept.append(match)
    return kept


def _number(token: str) -> float | None:
    word = token.lower()
    if word in COUNT_WORDS:
        return float(COUNT_WORDS[word])
    return parse_number(token)


def _is_year(token: str, unit: str | None) -> bool:
    return not unit and bool(_YEAR.match(token))


# Bound words that also mean "during" or "until" before a year ("Under 2023 ska andelen öka");
# after the others ("Högst 2000", "Minst 2000 besök") a four-digit number is a count.
_TIME_WORDS = frozenset({"under", "till", "före", "efter", "från"})


def _followed_by_age(body: str, end: int) -> bool:
    return bool(re.match(r"\s?(?:år|års|åring)(?![a-zåäö])", body[end:], re.IGNORECASE))


def _bounds(original: str, body: str) -> list[_Match]:
    found = []
    for m in _BOUND.finditer(body):
        unit = m["unit"]
        is_year = _is_year(m["num"], unit) and m["op"].lower() in _TIME_WORDS
        comparative = m["op"].lower().endswith(" än")  # "Högst 2000" is a count, not a year
        year = _COMPARED_YEAR.match(body, m.start("num")) if comparative and not unit else None
        if is_year or (_followed_by_age(body, m.end()) and not year):
            continue  # "minst 18 år" is an age; "högre än 2021 års nivå" a year to compare with
        value = _number(m["num"])
        if value is None:
            continue
        if m["sign"]:
            value = -value
        word = m["num"].lower()
        canonical = canonical_unit(unit) if unit else ("st" if word in COUNT_WORDS else "")
        op = _OPS[m["op"].lower()]
        start = m.start()
        negation = _NEGATED_BOUND.search(body[max(0, start - 30) : start])
        if negation:
            op, start = _FLIPPED[op], start - len(negation.group(0))
        if year:
            # "ska inte vara lägre än 2022", "högre än 2021": a year to compare with
            target = _compared_with_year(original, op, int(m["num"]))
            if not m["op"].lower().endswith(("lägre än", "högre än")):
                target = replace(
                    target,
                    doubt=(
                        f"”{m.group(0).strip()}” läses som en jämförelse med år {m['num']}. "
                        f"Menar du ett antal, skriv till exempel ”{m.group(0).strip()} st”."
                    ),
                )
            found.append(_Match(start, m.end(), target))
            continue
        found.append(
            _Match(
                start,
                m.end(),
                Target(original, TargetKind.THRESHOLD, op, value, unit=canonical),
            )
        )
    return found


# "ej understiga 75", "ska inte vara lägre än 80 %", "får aldrig överstiga 5 %", "där antalet
# inte är fler än 30", "får inte överskridas mer än 35 gånger": the negation turns the bound
# around. "inte under", "inte överstiga" … are bound words of their own.
_NEGATED_BOUND = re.compile(
    r"(?<![a-zåäö])(?:inte|ej|icke|aldrig)\s"
    r"(?:(?:vara|bli|ligga|hamna|gå|är|blir|ligger|hamnar|går|överskridas|överskrids)\s)?$",
    re.IGNORECASE,
)
_FLIPPED = {">": "<=", "<": ">=", ">=": "<", "<=": ">"}
# A year after a comparison word, with nothing measurable after it: "lägre än 2022.", "… 2022s nivå"
_COMPARED_YEAR = re.compile(
    r"(?:19|20)\d\d(?:s|\sårs)?(?:\snivå)?\s?(?:$|[.,;)](?!\d))", re.IGNORECASE
)


def _compared_with_year(original: str, op: str, year: int) -> Target:
    """ "högre än 2021" rises from 2021's value; "inte lägre än 2022" keeps 2022's level or more."""
    lower = op.startswith("<")
    return Target(
        original,
        TargetKind.CHANGE,
        op,
        change_direction=_change_direction(lower),
        reference_year=year,
        basis="keep" if "=" in op else "",
    )


# "… när de positiva svaren är 90 procent eller högre": the value with "or more" after it.
_OR_MORE = re.compile(
    rf"(?<![\d,.])(?P<sign>-)?{_NUM}{_UNIT}\s+eller\s+"
    r"(?P<way>högre|mer|fler|större|över|lägre|mindre|färre|under|kortare)(?![a-zåäö])",
    re.IGNORECASE,
)


def _or_more(original: str, body: str) -> list[_Match]:
    found = []
    for m in _OR_MORE.finditer(body):
        value = _number(m["num"])
        if value is None or _is_year(m["num"], m["unit"]):
            continue
        lower = m["way"].lower() in ("lägre", "mindre", "färre", "under", "kortare")
        unit = canonical_unit(m["unit"]) if m["unit"] else ""
        target = Target(
            original,
            TargetKind.THRESHOLD,
            "<=" if lower else ">=",
            -value if m["sign"] else value,
            unit=unit,
        )
        found.append(_Match(m.start(), m.end(), target))
    return found


def _ranges(original: str, body: str) -> list[_Match]:
    found = []
    for m in _RANGE.finditer(body):
        text = m.group(0)
        if " och " in f" {text} " and not text.lower().startswith("mellan"):
            continue
        if " till " in f" {text} " and not text.lower().startswith("mellan"):
            continue
        if _followed_by_age(body, m.end()) or _is_year(m["low"], m["unit"]):
            continue
        low, high = parse_number(m["low"]), parse_number(m["high"])
        if low is None or high is None or low > high:
            continue
        unit = canonical_unit(m["unit"] or m["unit1"] or "")
        found.append(
            _Match(
                m.start(),
                m.end(),
                Target(original, TargetKind.RANGE, low=low, high=high, unit=unit),
            )
        )
    return found


def _changes(original: str, body: str) -> list[_Match]:
    found = []
    for m in _CHANGE.finditer(body):
        if _PURPOSE.search(body[: m.start()]):
            continue  # "för att minska X": what an activity is for
        target, end = _change(original, body, m), m.end()
        later = None if m["num"] else _LATER_AMOUNT.match(body, m.end())
        if later and _COMPARED.search(later.group(0)):
            later = None  # "öka jämfört med 2022": a reference, not an amount
        if later and _is_year(later["num"], later["unit"]):
            # "öka antalet besökare med 2000": a year or a number; never dropped in silence
            year = later["num"]
            target = replace(
                target,
                doubt=(
                    f"”med {year}” läses inte som en förändring med {year}, eftersom {year} kan "
                    f"vara ett årtal. Menar du ett antal, skriv till exempel ”med {year} st”."
                ),
            )
            later = None
        if later and target.basis != "keep":
            target, end = _with_amount(target, later), later.end()
        found.append(_Match(m.start(), end, target))
    if not found:
        previous = _THAN_PREVIOUS.search(body)
        if previous and not _PURPOSE.search(body[: previous.start()]):
            than = _than_previous(original, previous["cmp"].lower(), bool(previous["neg"]))
            if than is not None:
                found.append(_Match(previous.start(), previous.end(), than))
    if not found:
        keep = _KEEP_OR_RAISE.search(body)
        if keep:
            phrase = keep.group(0).lower()
            lower = any(
                w in phrase
                for w in ("minsk", "sänkt", "kortare", "färre", "lägre utstr", "mindre utstr")
            )
            keeping = "bibehållen" in phrase or "oförändrad" in phrase
            improve = _IMPROVE in phrase
            op = ">=" if keeping else ("<" if lower else ">")
            target = Target(
                original,
                TargetKind.CHANGE,
                op,
                change_direction=None if improve else _change_direction(lower),
                reference_year=_reference_year(body),
            )
            found.append(_Match(keep.start(), keep.end(), target))
    if not found:
        kept = _KEEP.search(body)
        if kept and not _PURPOSE.search(body[: kept.start()]):
            at_least = bool(_KEEP_AT_LEAST.search(body))
            target = Target(
                original,
                TargetKind.CHANGE,
                ">=",
                change_direction=Direction.HIGHER if at_least else None,
                reference_year=_reference_year(body),
                basis="keep",
            )
            found.append(_Match(kept.start(), kept.end(), target))
    return found


def _change(original: str, body: str, m: re.Match[str]) -> Target:
    verb = m["verb"].lower()
    lower = verb.startswith(_LOWER_WORDS) or verb.startswith("försämr")
    improve = verb.startswith(_IMPROVE)
    amount = _number(m["num"]) if m["num"] else None
    unit = canonical_unit(m["unit"]) if m["unit"] else ""
    relative = amount is not None and unit == "%" and not _points(m["unit"])
    if verb.startswith(("halver", "fördubbl")):
        # "halveras jämfört med 2019": down by 50 %; "fördubblas": up by 100 %
        amount, relative = (50.0 if verb.startswith("halver") else 100.0), True
    reference_year = _reference_year(body) or _reference_year(original)
    keep_too = _KEEP_BEFORE.search(body[: m.start()]) or _KEEP_AFTER.match(body, m.end())
    if keep_too and not m["neg"] and not _negated(body, m.start()):
        # "oförändrat eller öka", "minska eller vara oförändrad": keep the level or move that way
        return Target(
            original,
            TargetKind.CHANGE,
            "<=" if lower and not improve else ">=",
            change_direction=None if improve else _change_direction(lower),
            reference_year=reference_year,
            basis="keep",
        )
    if m["neg"] or _negated(body, m.start()) or _NEGATION_AFTER.match(body, m.end()):
        # "ska inte minska": keep the level or rise; "får inte öka": keep it or fall.
        direction = None if improve else _change_direction(not lower)
        if verb.startswith("försämr"):
            direction = None  # "inte försämras": keep the level, better is what Riktning says
        return Target(
            original,
            TargetKind.CHANGE,
            "<=" if direction is Direction.LOWER else ">=",
            change_direction=direction,
            reference_year=reference_year,
            basis="keep",
        )
    # Any move counts when no amount is given; an amount is reached, or passed on "mer än".
    inclusive = amount is not None and not m["more"]
    op = ("<" if lower else ">") + ("=" if inclusive else "")
    return Target(
        original,
        TargetKind.CHANGE,
        op,
        unit="" if relative else unit,
        change_direction=None if improve else _change_direction(lower),
        change_amount=amount,
        change_relative=relative,
        reference_year=reference_year,
    )


def _points(unit: str | None) -> bool:
    """ "öka med 2 procentenheter" is 2 points up, not 2 % of the value."""
    return unit is not None and unit.lower().startswith("procentenhet")


# "oförändrat eller öka", "bibehållas eller minska"; "öka eller vara oförändrad"
_KEEP_WORDS = (
    r"(?:oförändrad|oförändrat|oförändrade|bibehållas|bibehålls|bibehållen|bibehållet|"
    r"på samma nivå|samma nivå)"
)
_KEEP_BEFORE = re.compile(rf"{_KEEP_WORDS}\s+eller\s+(?:\w+\s)?$", re.IGNORECASE)
_KEEP_AFTER = re.compile(
    rf"\s+eller\s+(?:vara\s|bli\s|ligga\s|ligga kvar\s)?{_KEEP_WORDS}", re.IGNORECASE
)
# "försämras inte", "minskar inte", "ökar ej"
_NEGATION_AFTER = re.compile(r"\s(?:inte|ej|icke)(?![a-zåäö])", re.IGNORECASE)


# "minska vår klimatpåverkan … med minst 25 procent": the amount a few words after the verb;
# "från och med 2014", "till och med 2025" say when, not how much.
_LATER_AMOUNT = re.compile(
    rf"[^.;]{{0,80}}?(?<!\soch)\smed\s{_AT_LEAST}(?P<num>{NUMBER_PATTERN}){_UNIT}", re.IGNORECASE
)


# "Lägre än föregående år", "ska inte vara sämre än förra året", "fler än föregående mätning"
_THAN_PREVIOUS = re.compile(
    r"(?<![a-zåäö])(?P<neg>(?:inte|ej|icke)\s(?:(?:vara|bli|ligga)\s)?)?"
    r"(?P<cmp>lägre|högre|fler|färre|mer|mindre|kortare|längre|bättre|sämre)\s(?:än|jämfört med)\s"
    r"(?:föregående|förra|fg\.?)\s(?:året|år|perioden|period|mätningen|mätning|mättillfälle)",
    re.IGNORECASE,
)


def _than_previous(original: str, word: str, negated: bool) -> Target | None:
    """ "Lägre än föregående år" must fall; "inte lägre än …" keeps the level or rises;
    "inte sämre än …" keeps it, better being what Riktning says."""
    if word in ("bättre", "sämre"):
        if (word == "bättre") == negated:
            return None  # "sämre än föregående år" or "inte bättre än …" is not a goal to read
        return Target(
            original,
            TargetKind.CHANGE,
            ">=" if negated else ">",
            basis="keep" if negated else "",
        )
    lower = word in ("lägre", "färre", "mindre", "kortare")
    if negated:
        lower = not lower
        return Target(
            original,
            TargetKind.CHANGE,
            "<=" if lower else ">=",
            change_direction=_change_direction(lower),
            basis="keep",
        )
    return Target(
        original,
        TargetKind.CHANGE,
        "<" if lower else ">",
        change_direction=_change_direction(lower),
    )


_COMPARED = re.compile(r"(?:jämfört|jämförelse|jmf|förhållande)\s+med\s+\S+$", re.IGNORECASE)


def _with_amount(target: Target, m: re.Match[str]) -> Target:
    amount = parse_number(m["num"])
    unit = canonical_unit(m["unit"]) if m["unit"] else ""
    relative = unit == "%" and not _points(m["unit"])
    lower = target.change_direction is Direction.LOWER
    return replace(
        target,
        op=("<" if lower else ">") + ("" if m["more"] else "="),
        change_amount=amount,
        change_relative=relative,
        unit="" if relative else unit,
    )


_NEGATION_BEFORE = re.compile(
    r"(?<![a-zåäö])(?:inte|ej|icke|aldrig|ingen|inte någon)\s(?:längre\s|heller\s)?$",
    re.IGNORECASE,
)


def _negated(body: str, start: int) -> bool:
    """ "ska inte minska", "får ej öka", "inte längre minska": a negation shortly before."""
    return bool(_NEGATION_BEFORE.search(body[max(0, start - 40) : start]))


_SPAN_AFTER_AMOUNT = re.compile(
    r"(?:%|procent)\s(?:under\s)?(?P<year>(?:19|20)\d\d)\s?-\s?(?:19|20)\d\d(?!\d)", re.IGNORECASE
)


def _reference_year(body: str) -> int | None:
    """The year a change is compared with: "öka jämfört med 2021" → 2021, "Basår 2007" → 2007,
    "minska med minst 20 % 2009-2020" → 2009."""
    m = _REFERENCE_YEAR.search(body) or _SPAN_AFTER_AMOUNT.search(body)
    return int(m["year"]) if m else None


def _change_direction(lower: bool) -> Direction:
    return Direction.LOWER if lower else Direction.HIGHER


def _percents(original: str, body: str) -> list[_Match]:
    found = []
    for m in _PERCENT.finditer(body):
        value = parse_number(m["num"])
        if value is None:
            continue
        if m["sign"]:
            value = -value
        found.append(
            _Match(
                m.start(), m.end(), Target(original, TargetKind.THRESHOLD, None, value, unit="%")
            )
        )
    return found


_RATIO = re.compile(
    rf"(?<![\w,.])(?P<a>\d{{1,4}}|{'|'.join(COUNT_WORDS)})\s+av\s+(?P<b>\d{{1,4}}|tio|hundra)(?![\w,.])",
    re.IGNORECASE,
)
_TENS = {"tio": 10, "hundra": 100}


def _ratios(original: str, body: str) -> list[_Match]:
    """ "Åtta av tio" is a share (80 %); "12 av 15" a count of things out of a known number."""
    found = []
    for m in _RATIO.finditer(body):
        a, b = m["a"].lower(), m["b"].lower()
        if a.isdigit() and b.isdigit():
            target = Target(original, TargetKind.THRESHOLD, ">=", float(a), unit="st")
        elif not a.isdigit() and b in _TENS and a in COUNT_WORDS:
            share = round(COUNT_WORDS[a] / _TENS[b] * 100, 6)
            target = Target(original, TargetKind.THRESHOLD, ">=", share, unit="%")
        else:
            continue
        found.append(_Match(m.start(), m.end(), target))
    return found


_TOP = re.compile(
    r"(?<![\w,.])(?P<n>\d{1,3})\s(?:i\s)?topp(?![a-zåäö])|(?<![a-zåäö])topp\s(?P<m>\d{1,3})(?![\d,.])"
    rf"|(?<![a-zåäö])bland\sde\s(?P<k>\d{{1,3}}|{'|'.join(COUNT_WORDS)})\s(?:första|bästa)(?![a-zåäö])",
    re.I,
)


def _tops(original: str, body: str) -> list[_Match]:
    """ "bland de 10 i topp", "topp 5", "bland de tre första": a ranking place, lower is better."""
    found = []
    for m in _TOP.finditer(body):
        place = _number(m["n"] or m["m"] or m["k"])
        if place is None:
            continue
        found.append(
            _Match(m.start(), m.end(), Target(original, TargetKind.THRESHOLD, "<=", place))
        )
    return found


def _bare(original: str, body: str) -> _Match | None:
    """A text that starts with a value: "95%", "80", "Två vårdprocesser ska ha kartlagts"."""
    m = _BARE.match(body)
    if not m or (_is_year(m["num"], m["unit"]) and m["rest"].strip()):
        return None
    if _followed_by_age(body, m.end("num")):
        return None
    value = _number(m["num"])
    if value is None:
        return None
    if m["sign"]:
        value = -value
    word = m["num"].lower()
    if word in ("en", "ett"):
        return None  # an article ("En handlingsplan …"), not a count
    counted = word in COUNT_WORDS
    unit = canonical_unit(m["unit"]) if m["unit"] else ("st" if counted else "")
    # A count in words is a number of things to get done: reaching it is the target.
    op = ">=" if counted else None
    end = m.end("unit") if m["unit"] else m.end("num")
    return _Match(0, end, Target(original, TargetKind.THRESHOLD, op, value, unit=unit))


def _resolve(target: Target, type: IndicatorType | None, direction: Direction | None) -> Target:
    """Settle unit and direction with what the indicator's Typ and Riktning say."""
    if target.kind not in (TargetKind.THRESHOLD, TargetKind.RANGE, TargetKind.CHANGE):
        return target
    if type is IndicatorType.PERCENT and not target.unit and not target.change_relative:
        target = replace(target, unit="%")
    if target.kind is TargetKind.RANGE:
        return target
    if target.kind is TargetKind.CHANGE:
        if target.change_direction is None:
            return _improvement(target, direction)
        resolved = target.change_direction
        problem = _conflict(target, resolved, direction)
        return replace(target, direction=resolved, problem=problem)
    if target.op is not None:
        resolved = Direction.HIGHER if target.op.startswith(">") else Direction.LOWER
        return replace(target, direction=resolved, problem=_conflict(target, resolved, direction))
    if direction is not None:
        return replace(target, direction=direction)
    if target.unit == "%" and target.value == 100:
        # Nothing is above 100 %: reaching it is the target.
        return replace(target, direction=Direction.HIGHER)
    if target.value == 0:
        return replace(target, direction=Direction.LOWER)
    return replace(
        target,
        problem=(
            f"Målvärdet ”{clean_text(target.text)}” säger inte om högre eller lägre är bättre. "
            "Fyll i Riktning (Högre är bättre eller Lägre är bättre) eller skriv till exempel "
            f"”Minst {format_number(target.value or 0)}{_unit_suffix(target.unit)}”."
        ),
    )


def _improvement(target: Target, direction: Direction | None) -> Target:
    """ "Ska förbättras": better is what Riktning says it is."""
    if direction is None:
        return replace(
            target,
            problem=(
                f"Målvärdet ”{clean_text(target.text)}” säger inte om högre eller lägre är "
                "bättre. Fyll i Riktning (Högre är bättre eller Lägre är bättre)."
            ),
        )
    # Strictly better, unless the reading allows the level itself: a kept level ("inte
    # försämras") or an amount ("förbättras med 5 %") is read as ">=" before Riktning is known.
    op = ("<" if direction is Direction.LOWER else ">") + ("=" if target.op == ">=" else "")
    return replace(target, op=op, change_direction=direction, direction=direction)


def _unit_suffix(unit: str) -> str:
    return f" {unit}" if unit else ""


def _conflict(target: Target, resolved: Direction | None, stated: Direction | None) -> str:
    if stated is None or resolved is None or stated == resolved:
        return ""
    return (
        f"Målvärdet ”{clean_text(target.text)}” betyder att {resolved.label.lower()}, men "
        f"Riktning säger {stated.label}. Rätta målvärdet eller Riktning; vpt följer målvärdet."
    )


def resolve_type(indicator: Indicator) -> IndicatorType:
    """The declared Typ, else what the målvärde and Enhet suggest."""
    if indicator.type is not None:
        return indicator.type
    target = parse_target(indicator.target)
    if target.kind is TargetKind.YESNO:
        return IndicatorType.YESNO
    if canonical_unit(indicator.unit) == "%" or target.unit == "%":
        return IndicatorType.PERCENT
    if target.kind in (TargetKind.THRESHOLD, TargetKind.RANGE, TargetKind.CHANGE):
        return IndicatorType.NUMBER
    if target.kind is TargetKind.REPORTED:
        return IndicatorType.NUMBER  # a figure is reported, without a target to assess it by
    return IndicatorType.TEXT


def parse_baseline(text: object, *, year: int | None = None) -> float | None:
    """The latest value of an ingångsvärde: "2012: 63,6 % 2013: 40 %" → 40.0; None if none.

    With ``year`` (a change compared with a named year, "öka jämfört med 2012"), the value for
    that year: 63.6 here; None when the ingångsvärde does not give that year.
    """
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, int | float):
        return float(text) if year is None else None
    cleaned = clean_text(str(text))
    years = re.findall(rf"((?:19|20)\d\d)\s?:\s?(-?\s?{NUMBER_PATTERN})", cleaned)
    if year is not None:
        named = [value for found, value in years if int(found) == year]
        if not named:
            return None
        return parse_number(named[-1])
    if years:
        # the latest year; of two values for one year, the one written last (as for a named year)
        latest = sorted(years, key=lambda pair: int(pair[0]))[-1]
        return parse_number(latest[1])
    m = re.fullmatch(rf"(?P<sign>-)?({NUMBER_PATTERN})\s?(?:{UNIT_PATTERN})?", cleaned, re.I)
    if m:
        value = parse_number(m.group(2))
        return -value if value is not None and m["sign"] else value
    return None
