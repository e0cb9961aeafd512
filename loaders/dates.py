"""Dates as Chinese profiles write them, as partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD).

- Chinese and Arabic numerals: 一九八〇年二月, 1980年2月, 1980.02, 2023-2-6;
- relative years resolved against the document date when it is known and
  left unresolved (None) otherwise: 去年, 今年, 前年, 明年, 上年;
- periods: 2019年至今 → (2019, None), 2014年至2018年 / 2014—2018年 → (2014, 2018);
- birth phrases: 1980年2月出生, 出生于1980年2月, 生于1980年 → "1980-02" / "1980".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUM = "〇零○一二两三四五六七八九十百千万"
RELATIVE_YEARS = {"前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "当年": 0, "本年": 0, "明年": 1}

NUM = rf"(?:\d+|[{CN_NUM}]+)"
YEAR = r"(?:(?<!\d)(?:19|20)\d\d(?!\d)|[一二][〇零○九][〇零○一二三四五六七八九]{2})"
# what joins the two years of a range (2016至2018年, 2016到2018年, 2016—2018年, 2016-2018年, 2016～2018年):
# the one reader of ranges for DATE_RE, PERIOD_RE, YEAR_SPAN_RE and RANGE_OPEN_RE
YEAR_RANGE_TO = r"(?:至|到|[—–\-－~～])"
# 2023年2月6日, 2023.2.6, 2023-02-06, 2023/2/6, 一九八〇年二月 (month and day optional)
DATE_RE = re.compile(
    rf"(?P<y>{YEAR})\s*(?:年\s*(?:(?P<m>{NUM})\s*月(?:\s*(?P<d>{NUM})\s*[日号])?)?"
    rf"|[.\-/](?P<m2>\d{{1,2}})(?:[.\-/](?P<d2>\d{{1,2}}))?(?!\d)"
    # 2015 10 13、: a copy that lost its 年月日 leaves the three numbers spaced (all three, so a year
    # followed by a count stays no date)
    rf"|(?<=\d)[ \u3000](?P<m3>0?[1-9]|1[0-2])[ \u3000](?P<d3>0?[1-9]|[12]\d|3[01])(?![\d.])"
    rf"|(?=\s*{YEAR_RANGE_TO}\s*{YEAR}))"
)
RELATIVE_RE = re.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
MONTH_DAY_RE = re.compile(rf"(?<![\d年])(?P<m>\d{{1,2}}|[{CN_NUM}]{{1,2}})月(?P<d>\d{{1,2}}|[{CN_NUM}]{{1,3}})[日号]")
_TO = rf"\s*(?:年)?\s*{YEAR_RANGE_TO}\s*"
PERIOD_RE = re.compile(rf"(?P<a>{YEAR})(?:年(?:\d{{1,2}}月)?)?{_TO}(?:(?P<now>今|现在|目前|今天)|(?P<b>{YEAR})年?)")
# a span of years written whole, 2015-2016年 / 2016至2018年 (not a 2010—2014年度 series, one item's year)
YEAR_SPAN_RE = re.compile(
    rf"""(?:19|20)\d\d\s*年?\s*{YEAR_RANGE_TO}\s*  # 2015- / 2016年至
    (?:19|20)\d\d\s*年(?!度)  # 2016年, not 2016年度""",
    re.VERBOSE,
)
# the first year of a range and its joining word, at the end of the words read (2010年至 / 2016—)
RANGE_OPEN_RE = re.compile(rf"(?:19|20)\d\d年?\s*{YEAR_RANGE_TO}\s*$")
BIRTH_RES = (
    re.compile(
        rf"(?P<date>{YEAR}\s*(?:年\s*(?:{NUM}\s*月)?|[.\-/]\d{{1,2}}))\s*(?:出生|生人|生于|生(?![产活效])|出世)"
    ),
    re.compile(
        rf"(?:出生于|生于|出生年月[:：]?|出生日期[:：]?|出生[:：])\s*(?P<date>{YEAR}\s*(?:年\s*(?:{NUM}\s*月(?:{NUM}[日号])?)?|[.\-/]\d{{1,2}}(?:[.\-/]\d{{1,2}})?))"
    ),
    # 一九八八年在香港出生: a place between the date and 出生
    re.compile(rf"(?P<date>{YEAR}\s*年\s*(?:{NUM}\s*月)?)\s*在[\u4e00-\u9fff]{{1,8}}?出生"),
    re.compile(rf"[（(]\s*(?P<date>{YEAR}\s*(?:年\s*(?:{NUM}\s*月)?|[.\-/]\d{{1,2}}))\s*[—–\-－~～]+\s*[）)]"),
)


def year_span(text: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
    """The first span of years written whole in ``text[lo:hi]`` (2015-2016年), None if there is none."""
    return YEAR_SPAN_RE.search(text, lo, len(text) if hi is None else hi)


def ends_in_open_range(text: str) -> bool:
    """Whether ``text`` ends with a range's first year and its joining word (2010年至, 2016—): the year
    read next closes a range, and a range is no single year."""
    return RANGE_OPEN_RE.search(text) is not None


def cn_to_int(text: str) -> int | None:
    """Chinese or Arabic numeral → int: 九 → 9, 二十三 → 23, 一百零二 → 102, 一九八〇 → 1980."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(ch in _DIGITS for ch in text):  # digit by digit, as in years: 一九八〇
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                total = (total + section + (digit or 0)) * unit
                section, digit = 0, None
            else:
                section += (1 if digit is None else digit) * unit
                digit = None
        else:
            return None
    return total + section + (digit or 0)


def _year(text: str) -> int | None:
    y = cn_to_int(text)
    return y if y is not None and 1900 <= y <= 2100 else None


@dataclass(frozen=True)
class DateMention:
    """A date found in text: its span and the parts it gives."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    relative: bool = False

    def iso(self) -> str | None:
        return to_iso(self.year, self.month, self.day)


def to_iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """Partial ISO date; None without a year, month dropped when out of range."""
    if year is None:
        return None
    if month is None or not 1 <= month <= 12:
        return f"{year:04d}"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def relative_year(word: str, doc_year: int | None) -> int | None:
    """去年 → doc_year - 1 and so on; None when the document date is unknown."""
    delta = RELATIVE_YEARS.get(word)
    return None if delta is None or doc_year is None else doc_year + delta


def find_dates(text: str, *, doc_year: int | None = None) -> list[DateMention]:
    """Absolute and relative dates in ``text`` in order of appearance."""
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        year = _year(m["y"])
        if year is None:
            continue
        month = cn_to_int(m["m"] or m["m2"] or m["m3"] or "")
        day = cn_to_int(m["d"] or m["d2"] or m["d3"] or "")
        out.append(DateMention(m.start(), m.end(), year, month, day))
    for m in RELATIVE_RE.finditer(text):
        out.append(DateMention(m.start(), m.end(), relative_year(m.group(), doc_year), relative=True))
    out.sort(key=lambda d: d.start)
    return out


def parse_date(text: str, *, doc_year: int | None = None) -> str | None:
    """The first date in ``text`` as a partial ISO date (None if there is none or it is unresolvable)."""
    for d in find_dates(text, doc_year=doc_year):
        if d.year is not None:
            return d.iso()
        return None
    return None


def parse_year(text: str, *, doc_year: int | None = None) -> int | None:
    """The first year in ``text``: 2021年度 → 2021, 去年 → doc_year - 1."""
    iso = parse_date(text, doc_year=doc_year)
    return int(iso[:4]) if iso else None


def parse_period(text: str) -> tuple[int | None, int | None] | None:
    """2019年至今 → (2019, None); 2014年至2018年 → (2014, 2018); None if no period."""
    m = PERIOD_RE.search(text)
    if not m:
        return None
    start = _year(m["a"])
    end = None if m["now"] else _year(m["b"])
    return start, end


def parse_birth(text: str) -> str | None:
    """Birth date from 1980年2月出生 / 出生于1980年2月 / （1980年2月— ）; None if absent."""
    if "生" not in text and "出世" not in text and ")" not in text and "）" not in text:
        return None  # each pattern needs one of these: most sentences are not searched four times
    for rx in BIRTH_RES:
        m = rx.search(text)
        if m:
            return parse_date(m["date"])
    return None


def month_day(text: str) -> tuple[int, int] | None:
    """A date written without its year (2月6日) → (month, day)."""
    m = MONTH_DAY_RE.search(text)
    if not m:
        return None
    month, day = cn_to_int(m["m"]), cn_to_int(m["d"])
    if month and day and 1 <= month <= 12 and 1 <= day <= 31:
        return month, day
    return None


EXCEL_EPOCH = (1899, 12, 30)  # Excel's day 0 (it counts the non-existent 1900-02-29)


def excel_serial(days: float) -> str:
    """An Excel date serial → ISO date: 29252 → 1980-02-01.

    >>> excel_serial(29252)
    '1980-02-01'
    """
    import datetime as _dt

    return (_dt.date(*EXCEL_EPOCH) + _dt.timedelta(days=int(days))).isoformat()


def _digits_date(digits: str) -> str | None:
    if len(digits) == 4:
        year = int(digits)
        if not 1800 <= year <= 2100:
            raise ValueError(f"year {digits} is impossible")
        return f"{year:04d}"
    if len(digits) in (6, 8):
        year, month = int(digits[:4]), int(digits[4:6])
        day = int(digits[6:]) if len(digits) == 8 else None
        if not 1800 <= year <= 2100 or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            raise ValueError(f"{digits} is not a date (expected YYYYMM or YYYYMMDD)")
        return to_iso(year, month, day)
    return None


def cell_date(value: object) -> str | None:
    """A date as a spreadsheet cell holds it → partial ISO date; ValueError when it cannot be one.

    Forms: 1980.02 (text or a number), 1980年2月, 1980-02-15, 198002, 19800215,
    an Excel date serial (29252), a ``datetime.date``.  None for an empty cell
    or text holding no date.

    >>> [cell_date(v) for v in ("1980.02", 1980.02, 1980.1, "1980年2月", "198002", 198002, 29252, "一九八〇年二月")]
    ['1980-02', '1980-02', '1980-10', '1980-02', '1980-02', '1980-02', '1980-02-01', '1980-02']
    >>> cell_date("20221")
    Traceback (most recent call last):
    ValueError: 20221 is not a date: a 5-digit year is impossible
    """
    import datetime as _dt

    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a date")
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            n = int(value)
            as_digits = _digits_date(str(n)) if len(str(n)) in (4, 6, 8) else None
            if as_digits:
                return as_digits
            if 1 <= n <= 2958465:
                return excel_serial(n)
            raise ValueError(f"{n} is not a date")
        whole = int(value)
        if 1800 <= whole <= 2100:  # 1980.02 typed as a number; 1980.1 is October written 1980.10
            month = round((float(value) - whole) * 100)
            if not 1 <= month <= 12:
                raise ValueError(f"{value} is not a date: month {month} is impossible")
            return to_iso(whole, month)
        if 1 <= value <= 2958465:
            return excel_serial(value)
        raise ValueError(f"{value} is not a date")
    text = str(value).strip()
    if not text:
        return None
    if text.isdigit():
        if len(text) == 5:
            raise ValueError(f"{text} is not a date: a 5-digit year is impossible")
        return _digits_date(text) or cell_date(int(text))
    if re.search(r"(?<!\d)\d{5,}(?!\d)", text):
        long_run = re.search(r"\d{5,}", text)
        raise ValueError(f"{text} is not a date: {long_run.group() if long_run else text} is not a year")
    m = re.fullmatch(r"((?:18|19|20)\d\d)\s*[.\-/年]\s*(\d{1,2})\s*月?(?:\s*[.\-/]?\s*(\d{1,2})\s*[日号]?)?", text)
    if m:
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"{text} is not a date: month {month} is impossible")
        return to_iso(int(m.group(1)), month, int(m.group(3)) if m.group(3) else None)
    return parse_date(text)
