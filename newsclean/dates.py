"""Finding a calendar date in a short text and writing it as ISO 8601 (`YYYY-MM-DD`)."""
from __future__ import annotations

import datetime
import re

import regex

MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    # English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish/Danish/Norwegian
    1: "january jan januar janvier janv enero ene gennaio genn gen janeiro januari",
    2: "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari",
    3: "march mar märz maerz mars marzo março marco maart",
    4: "april apr avril abril aprile avr",
    5: "may mai mayo maggio maio mei maj",
    6: "june jun juni juin junio giugno giu junho",
    7: "july jul juli juillet juil julio luglio lug julho",
    8: "august aug août aout agosto ago augustus augusti",
    9: "september sep sept septembre septiembre setiembre settembre set setembro",
    10: "october oct oktober octobre octubre ottobre ott outubro out okt",
    11: "november nov novembre noviembre novembro",
    12: "december dec dez dezember décembre decembre déc diciembre dic dicembre dezembro",
}
# Romanian, Indonesian and Malay, Hungarian, Turkish, Czech (and its genitive), Finnish, Arabic (both sets of
# names); names the languages above share are not repeated
_MORE_MONTH_NAMES = {
    1: "ianuarie január ocak leden ledna tammikuuta tammikuu يناير",
    2: "februarie pebruari február şubat únor února helmikuuta helmikuu فبراير شباط",
    3: "martie maret március mart březen března maaliskuuta maaliskuu مارس آذار",
    4: "aprilie április nisan duben dubna huhtikuuta huhtikuu أبريل ابريل نيسان",
    5: "május mayıs květen května toukokuuta toukokuu مايو أيار ايار",
    6: "iunie június haziran červen června kesäkuuta kesäkuu يونيو حزيران",
    7: "iulie július temmuz červenec července heinäkuuta heinäkuu يوليو تموز",
    8: "agustus augusztus ağustos srpen srpna elokuuta elokuu أغسطس اغسطس آب",
    9: "septembrie szeptember eylül září syyskuuta syyskuu سبتمبر أيلول ايلول",
    10: "octombrie október ekim říjen října lokakuuta lokakuu أكتوبر اكتوبر",
    11: "noiembrie kasım listopad listopadu marraskuuta marraskuu نوفمبر",
    12: "decembrie desember aralık prosinec prosince joulukuuta joulukuu ديسمبر",
}
for _number, _names in (*_MONTH_NAMES.items(), *_MORE_MONTH_NAMES.items()):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# Polish, Russian and Ukrainian months are written in the genitive after a day; their stems suffice.
_MONTH_STEMS = {
    "stycz": 1, "lut": 2, "marc": 3, "kwiet": 4, "maj": 5, "czerw": 6, "lip": 7, "sierp": 8, "wrze": 9,
    "paźdz": 10, "pazdz": 10, "listop": 11, "grud": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "верес": 9,
    "жовт": 10, "листоп": 11, "груд": 12,
}

# a month may be named twice, in two calendars' words ("آب/اغسطس"). Its letters are read possessively: what
# follows a month's name is no letter, so fewer of them never match where all of them do not.
_MONTH = r"(?P<mon>\p{L}{2,12}+)(?:/\p{L}{2,12}+)?\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_HYPHEN, _YEAR_MARK, _SLASH_OR_DOT = re.compile("-"), re.compile("[年년]"), re.compile("[/.]")
_DATE_FORMS: list[tuple[regex.Pattern[str], re.Pattern[str] | None]] = [
    (regex.compile(r"(?<!\d)" + _YEAR + r"-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"), _HYPHEN),
    (regex.compile(r"(?<!\d)" + _YEAR + r"\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]?"),
     _YEAR_MARK),
    (regex.compile(r"(?<!\d)" + _YEAR + r"(?:[/.]|\.\s)(?P<m>[01]?\d)(?:[/.]|\.\s)(?P<d>[0-3]?\d)(?!\d)"),
     _SLASH_OR_DOT),
    (regex.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"(?!\d)"), None),
    # "3 May 2024", "12 de marzo de 2019", and "04-Aug-2021", "25.Jun.2019" written with hyphens or full stops
    (regex.compile(r"(?<!\d)" + _DAY + r"(?:\s*(?:de\s+)?|-)" + _MONTH + r"(?:,?\s+(?:de\s+)?|-|(?<=\.))" + _YEAR
                   + r"(?!\d)"), None),
    (regex.compile(r"(?<!\d)(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)" + _YEAR + r"(?!\d)"),
     _SLASH_OR_DOT),
]
"""The date patterns, each with a search for the characters one of which it needs to match (None where it needs
none): a text holding none of them is not searched with it (the quick search beats the pattern's)."""
DATE_PATTERNS = [pattern for pattern, _ in _DATE_FORMS]
YEAR = re.compile(r"(?:19|20)\d\d")
"""What every date pattern holds: a year of the 1900s or 2000s."""


def month_number(name: str) -> int | None:
    """The month a name (or abbreviation) stands for. Stems of declined months ("listopada", "ноября") are
    matched only in lower case, as those languages write them: a capitalised "Marcus" is not March."""
    folded = name.casefold().rstrip(".")
    found = MONTHS.get(folded)
    if found is not None or not name[:1].islower():
        return found
    for stem, number in _MONTH_STEMS.items():
        if folded.startswith(stem) and len(folded) - len(stem) <= 4:
            return number
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None  # "February 31" is no date


def find_date(text: str, day_first: bool = False) -> tuple[str, int, int] | None:
    """The first date in `text` as (ISO date, start, end), or None. Texts past 300 characters are not searched.

    Numeric dates with "/" are read month first ("11/02/2023" is November 2) unless `day_first`; with "." day
    first. Either way, a date that cannot be read in that order is read in the other ("11.14.2019")."""
    if len(text) > 300 or ("19" not in text and "20" not in text) or YEAR.search(text) is None:
        return None  # every pattern holds a year of the 1900s or 2000s
    best: tuple[str, int, int] | None = None
    for pattern, needs in _DATE_FORMS:
        if needs is not None and needs.search(text) is None:
            continue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            year = int(groups["year"])
            if groups.get("mon") is not None:
                month = month_number(groups["mon"])
                iso = None if month is None else _valid(year, month, int(groups["day"]))
            elif groups.get("a") is not None:
                a, b = int(groups["a"]), int(groups["b"])
                if groups["sep"] == "/" and not day_first:
                    iso = _valid(year, a, b) or _valid(year, b, a)
                else:
                    iso = _valid(year, b, a) or _valid(year, a, b)
            else:
                iso = _valid(year, int(groups["m"]), int(groups["d"]))
            if iso is None:
                continue  # try this pattern's next match
            if best is None or m.start() < best[1]:
                best = (iso, m.start(), m.end())
            break
    return best


_TIME_UNIT = (r"(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|minuten?|stunden?|tage?n?|"
              r"wochen?|monate?n?|jahre?n?|minutes?|heures?|jours?|semaines?|mois|ans?|minutos?|horas?|días?|dias?|"
              r"semanas?|mes(?:es)?|años?|anos?|minuti|ore|giorni|settimane|mesi|anni)")
# "2 days ago", "vor 3 Stunden", "il y a 5 jours", "hace 2 días", "3 giorni fa": a time relative to the reader's now.
RELATIVE_TIME = regex.compile(
    rf"(?i)^(?:(?:vor|il y a|hace|há)\s+(?:\d+|une?|ein(?:em|er)?)\s+{_TIME_UNIT}"
    rf"|(?:\d+|an?|one)\s+{_TIME_UNIT}\s+(?:ago|fa|atrás))\.?$"
)
