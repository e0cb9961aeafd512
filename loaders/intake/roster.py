"""名单 (award lists, rosters) → people in the profile format, one person per name in a row.

A table is a list of rows of cells as a spreadsheet, CSV, DOCX/HTML table or a
tab-separated block of text gives them.  The loader

- finds the header row (the first of the top 20 rows with a 姓名 column) by the
  headings of data/dictionaries/roster_headers.yaml, joining a second header row
  under merged cells (荣誉 over 称号 | 年度); unknown columns become warnings;
- reads the honour from the 荣誉称号 column, else from a section row inside the
  table (一、劳动模范), else from title rows above the header (2023年焦作市劳动模范名单),
  else from the document's title or file name; honour phrases go through
  ``loaders.honours.parse_honour`` (series, edition, year, level, conferrer);
- splits rows naming several people (张伟、李娜) and keeps collectives (班组,
  工作室, 车间, 队 …) apart: the profile format has no place for an organisation's
  honour, so they are reported as "collectives not loaded", never made people;
- skips and reports blank rows, 合计 rows and footnotes (注：…);
- refuses impossible rows (year 20221, born 1899 and honoured 2023, a repeated
  row, a row without a name) with an InputError naming file, sheet, row and
  column, or, with ``skip_bad_rows``, skips and reports each of them.

Every person, position and honour carries the row as evidence:
``名单 第5行：3 | 张伟 | 男 | …`` with confidence 1.0 (the list says so); columns of
personal data (身份证号, 联系电话) are neither loaded nor quoted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputError
from loaders.dates import cell_date
from loaders.honours import ParsedHonour, parse_honour
from loaders.intake.headers import PERSONAL, header_field
from loaders.orgs import canonical_org, is_org_name, org_kind, split_org_list

HEADER_SCAN_ROWS = 20
FIRST_HONOUR_YEAR = 1949
MIN_AGE, MAX_AGE = 16, 100
_DICTS = Path(__file__).resolve().parents[2] / "data" / "dictionaries"

_TOTAL_RE = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|共\s*计|总数|合计人数)")
_NOTE_RE = re.compile(r"^(?:注|备注|说明|附注|注释|填表说明)\s*\d*\s*[:：]|^[*※＊]")
_NAME_SPLIT_RE = re.compile(r"[、，,;；/／]+|\s+")
# Text a spreadsheet would run: =…, @…, +cmd, -2+3 (a bare number such as -3 is data).
_FORMULA_RE = re.compile(r"^(?:[=@]|[+\-](?!\d+(?:\.\d+)?$)[\w(=@+\-])")
_NAME_RE = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf·•．.A-Za-z]+$")
_COLLECTIVE_WORDS = ("班组", "工作室", "车间", "团队", "集体", "小组", "项目部", "实验室", "党支部", "工区", "分会")
# Last characters of units that org_kinds.yaml does not list as kinds (检验一室, 农技站, 环卫处).
_UNIT_ENDINGS = (
    "室",
    "组",
    "班",
    "队",
    "所",
    "站",
    "处",
    "科",
    "部",
    "中心",
    "车间",
    "厂",
    "矿",
    "馆",
    "院",
    "局",
    "店",
    "岗",
)
_SECTION_PREFIX_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*"
)
_COUNT_RE = re.compile(r"[（(]\s*(?:共)?\s*\d+\s*[名人个]?\s*[）)]$")
_LEVELS = {"国家级": "国家", "国家": "国家", "全国": "国家", "省级": "省", "省部级": "省", "省": "省", "市级": "市",
           "市": "市", "地市级": "市", "县级": "县", "区级": "县", "县": "县", "县区级": "县", "行业": "行业",
           "行业级": "行业", "企业": "企业", "企业级": "企业", "公司级": "企业"}  # fmt: skip


@dataclass
class Table:
    """Cells of one sheet or table as read; ``first_row`` is the number the user sees for ``rows[0]``."""

    rows: list[list[Any]]
    sheet: str | None = None
    first_row: int = 1
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Merged ranges (first row, first column, last row, last column), 0-based, inclusive."""
    title_hint: str | None = None
    """Text just above the table in a document (a heading), read for the honour like a title row."""


@dataclass
class RosterContext:
    """What the document around a table tells: its file, title and date."""

    file: str
    title: str | None = None
    document_year: int | None = None
    require_header: bool = True
    """Spreadsheets and CSV must have a 姓名 column; tables inside documents may be layout."""
    skip_bad_rows: bool = False


@dataclass
class RosterResult:
    """People read from a table, and everything the reader must be told."""

    people: list[dict[str, Any]] = field(default_factory=list)
    collectives: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rows: int = 0
    is_roster: bool = False
    title: str | None = None


class _RowError(Exception):
    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.column = column


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    data = yaml.safe_load((_DICTS / "names.yaml").read_text(encoding="utf-8")) or {}
    single = frozenset(str(data.get("surnames") or "").replace(" ", ""))
    return single, frozenset(data.get("compound_surnames") or [])


def is_person_name(text: str) -> bool:
    """A plausible Chinese personal name (not a team or a workshop).

    >>> is_person_name("张伟"), is_person_name("欧阳建国"), is_person_name("李科")
    (True, True, True)
    >>> is_person_name("机电运转队"), is_person_name("李娜创新工作室")
    (False, False)
    """
    single, compound = _surnames()
    if "·" in text or "•" in text:  # 阿不都·热合曼: names of minority nationalities
        return not org_kind(text)
    if len(text) in (2, 3) and text[0] in single:
        return True
    if len(text) in (3, 4) and text[:2] in compound:
        return True
    return len(text) <= 4 and not org_kind(text) and not any(w in text for w in _COLLECTIVE_WORDS)


def is_collective(text: str) -> bool:
    """A team, workshop or studio named where a person's name should be (机电运转队, 李娜创新工作室).

    >>> is_collective("九里山矿机电运转队"), is_collective("张伟")
    (True, False)
    """
    if is_person_name(text):
        return False
    return (
        bool(org_kind(text))
        or any(w in text for w in _COLLECTIVE_WORDS)
        or (len(text) > 4 and "·" not in text and text.endswith(_UNIT_ENDINGS))
    )


def _is_collective_honour(phrase: str) -> bool:
    """工人先锋号, 先进集体, 巾帼文明岗: honours only collectives receive."""
    return any(
        w in phrase for w in ("工人先锋号", "先进集体", "文明岗", "青年文明号", "劳动奖状", "先进班组", "模范集体")
    )


@lru_cache(maxsize=4096)
def _parse_honour_cached(raw: str, doc_year: int | None) -> ParsedHonour | None:
    return parse_honour(raw, doc_year=doc_year)


_TITLE_TAIL_RE = re.compile(
    r"(?:的?(?:决定|通报|通知|公示|公告|批复|报告))?"
    r"(?:拟?(?:表彰|推荐|授予|评选)?(?:对象|人选|人员|候选人)?(?:名单|名录|汇总表|统计表|一览表|花名册|推荐表|审批表|表))?$"
)


def title_honour(text: str, *, doc_year: int | None = None) -> tuple[ParsedHonour | None, list[str]]:
    """The honour a title names for every row, and the bodies that confer it.

    >>> h, by = title_honour("2023年焦作市劳动模范名单")
    >>> (h.title, h.year, h.level, by)
    ('焦作市劳动模范', 2023, '市', [])
    >>> h, by = title_honour("焦作市人民政府关于表彰2023年焦作市劳动模范的决定")
    >>> (h.title, h.year, by)
    ('焦作市劳动模范', 2023, ['焦作市人民政府'])
    >>> title_honour("关于表彰劳动模范和先进工作者的决定")[0] is None
    True
    """
    s = re.sub(r"\.(?:xlsx|xls|ods|csv|tsv|docx|pdf|html?|txt)$", "", str(text).strip(), flags=re.I)
    s = re.sub(r"[\s\u3000]+", "", s)
    s = _SECTION_PREFIX_RE.sub("", s)
    s = _COUNT_RE.sub("", s)
    conferrers: list[str] = []
    m = re.match(r"^(?P<org>.+?)关于(?P<rest>.+)$", s)
    if m:
        orgs = split_org_list(m["org"])
        if orgs and all(is_org_name(o) for o in orgs):
            conferrers = orgs
        s = m["rest"]
    elif s.startswith("关于"):
        s = s[2:]
    s = re.sub(r"^(?:表彰|授予|命名|公布|推荐|评选|认定)", "", s)
    s = _TITLE_TAIL_RE.sub("", s)
    s = re.sub(r"^(?:表彰|授予|命名|公布|推荐|评选|认定)", "", s)
    s = re.sub(r"(?:荣誉称号|称号|获得者|获奖者)+$", "", s)
    if not s or len(s) > 40:
        return None, conferrers
    parts = [p for p in re.split(r"[和及与、]", s) if p]
    if len(parts) > 1 and sum(1 for p in parts if _parse_honour_cached(p, doc_year)) > 1:
        return None, conferrers  # 劳动模范和先进工作者: which one a row holds needs a column
    parsed = _parse_honour_cached(s, doc_year)
    return parsed, conferrers


def _text(value: Any) -> str:
    """A cell as the user sees it: numbers without a trailing .0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return re.sub(r"[\u00a0\u3000]", " ", str(value)).strip()


def _fill_merged(rows: list[list[Any]], merged: list[tuple[int, int, int, int]]) -> None:
    """Copy a merged range's value into every cell it covers (a 单位 merged over five people holds for each)."""
    for r0, c0, r1, c1 in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if row[c] in (None, ""):
                    row[c] = value


@dataclass
class _Columns:
    by_field: dict[str, list[int]]
    headings: list[str]
    personal: set[int]
    header_index: int
    data_start: int


def _find_header(rows: list[list[Any]], res: RosterResult, ctx: RosterContext, where: str) -> _Columns | None:
    best_without_name: tuple[int, int] | None = None
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = [header_field(c) if isinstance(c, str) else None for c in row]
        known = sum(1 for f in fields if f)
        if "name" in fields:
            headings = [_text(c) for c in row]
            data_start = i + 1
            if i + 1 < len(rows):  # a second header row under merged cells: 荣誉 over 称号 | 年度
                sub = rows[i + 1]
                sub_fields = [header_field(c) if isinstance(c, str) else None for c in sub]
                new = [
                    c
                    for c, f in enumerate(sub_fields)
                    if f and (c >= len(headings) or _text(sub[c]) != headings[c]) and f != "name"
                ]
                if new and all(
                    not _text(c) or header_field(_text(c)) or (j < len(headings) and _text(c) == headings[j])
                    for j, c in enumerate(sub)
                ):
                    for c in new:
                        if c < len(headings):
                            headings[c] = _text(sub[c])
                        else:
                            headings.append(_text(sub[c]))
                    data_start = i + 2
            by_field: dict[str, list[int]] = {}
            personal: set[int] = set()
            for c, heading in enumerate(headings):
                f = header_field(heading)
                if f is None:
                    if heading:
                        res.warnings.append(
                            f"{where}: column {heading!r} is not a known 名单 column: not loaded "
                            "(add its heading to data/dictionaries/roster_headers.yaml if it should be)"
                        )
                    continue
                if f == PERSONAL:
                    res.warnings.append(f"{where}: column {heading!r} holds personal data: not loaded")
                    personal.add(c)
                    continue
                by_field.setdefault(f, []).append(c)
            return _Columns(by_field, headings, personal, i, data_start)
        if known >= 2 and best_without_name is None:
            best_without_name = (i, known)
    if ctx.require_header and best_without_name is not None:
        i = best_without_name[0]
        heads = "、".join(_text(c) for c in rows[i] if _text(c))
        raise InputError(
            f"the header row ({heads}) has no 姓名 column: a 名单 needs one name per row",
            file=where,
            row=i + 1,
            field="姓名",
        )
    return None


def read_roster(table: Table, ctx: RosterContext) -> RosterResult:
    """People, collectives, warnings and skipped rows of one table.

    Raises InputError (file [sheet], row, column) for a bad row unless
    ``ctx.skip_bad_rows``.  A header row of known headings without 姓名 raises
    when ``ctx.require_header``; a table with no header row at all is not a
    名单 (``is_roster`` False) and the caller decides.
    """
    res = RosterResult()
    where = f"{ctx.file} [{table.sheet}]" if table.sheet else ctx.file
    rows = [list(r) for r in table.rows]
    _fill_merged(rows, table.merged)
    if not any(_text(c) for r in rows for c in r):
        if ctx.require_header:
            res.warnings.append(f"{where}: empty sheet, nothing to read")
        return res
    cols = _find_header(rows, res, ctx, where)
    if cols is None:
        if ctx.require_header:
            res.warnings.append(
                f"{where}: no header row with a 姓名 column in the first {HEADER_SCAN_ROWS} rows: not a 名单, skipped"
            )
        return res
    res.is_roster = True
    title_texts = [t for t in (_row_text(r) for r in rows[: cols.header_index]) if t]
    res.title = title_texts[0] if title_texts else None
    candidates = [*title_texts, table.title_hint, ctx.title]
    doc_honour: ParsedHonour | None = None
    doc_conferrers: list[str] = []
    for text in candidates:
        if not text:
            continue
        honour, conferrers = title_honour(text, doc_year=ctx.document_year)
        doc_conferrers = doc_conferrers or conferrers
        if honour and doc_honour is None:
            doc_honour = honour
    if "honour" not in cols.by_field and doc_honour is None:
        res.warnings.append(
            f"{where}: no 荣誉称号 column and no title naming the honour: people are loaded without an honour"
        )
    title_year = next((y for y in (_title_year(t) for t in candidates if t) if y), None)
    reader = _RowReader(cols, ctx, where, table, doc_honour, doc_conferrers, title_year)
    for offset, row in enumerate(rows[cols.data_start :]):
        number = table.first_row + cols.data_start + offset
        try:
            reader.read(row, number, res)
        except _RowError as exc:
            column = exc.column
            if not ctx.skip_bad_rows:
                raise InputError(str(exc), file=where, row=number, field=column) from None
            res.skipped.append(f"{where}: row {number}{f': field {column}' if column else ''}: {exc} (skipped)")
    return res


def _title_year(text: str) -> int | None:
    """The year a list's title names (2023年…名单): the year of every honour in it that names none."""
    m = re.search(r"(?<!\d)((?:19|20)\d\d)\s*年", text)
    return int(m.group(1)) if m else None


def _row_text(row: list[Any]) -> str:
    return " ".join(dict.fromkeys(t for t in (_text(c) for c in row) if t))


class _RowReader:
    """Turns data rows into people; remembers section honours and rows already seen."""

    def __init__(
        self,
        cols: _Columns,
        ctx: RosterContext,
        where: str,
        table: Table,
        doc_honour: ParsedHonour | None,
        doc_conferrers: list[str],
        title_year: int | None = None,
    ) -> None:
        self.cols, self.ctx, self.where, self.table = cols, ctx, where, table
        self.title_year = title_year
        self.loaded_columns = {c for cs in cols.by_field.values() for c in cs}
        self.doc_honour, self.doc_conferrers = doc_honour, doc_conferrers
        self.section_honour: ParsedHonour | None = None
        self.seen: dict[tuple[Any, ...], int] = {}
        self.after_note = False
        self.this_year = dt.date.today().year

    def _get(self, row: list[Any], name: str) -> list[tuple[str, Any]]:
        return [(self.cols.headings[c], row[c]) for c in self.cols.by_field.get(name, []) if c < len(row)]

    def _first(self, row: list[Any], name: str) -> tuple[str, str]:
        for heading, value in self._get(row, name):
            if _text(value):
                return heading, _text(value)
        return (self.cols.headings[self.cols.by_field[name][0]] if name in self.cols.by_field else name), ""

    def read(self, row: list[Any], number: int, res: RosterResult) -> None:
        texts = [_text(c) for c in row]
        filled = [t for t in texts if t]
        label = f"{self.where}: row {number}"
        if not filled:
            res.skipped.append(f"{label}: blank row (skipped)")
            return
        if any(_TOTAL_RE.match(t) for t in filled[:3]):
            res.skipped.append(f"{label}: total row {' '.join(filled)[:40]!r} (skipped)")
            return
        if _NOTE_RE.match(filled[0]) or (self.after_note and len(set(filled)) == 1):
            self.after_note = True
            res.skipped.append(f"{label}: footnote {filled[0][:40]!r} (skipped)")
            return
        name_heading, name_cell = self._first(row, "name")
        distinct = list(dict.fromkeys(filled))
        if len(distinct) == 1 and (filled.count(distinct[0]) > 1 or not name_cell or not _NAME_RE.match(name_cell)):
            honour, _ = title_honour(distinct[0], doc_year=self.ctx.document_year)
            if honour:
                self.section_honour = honour
                res.warnings.append(f"{label}: section heading {distinct[0]!r}: rows below receive {honour.title}")
            else:
                res.skipped.append(f"{label}: heading row {distinct[0][:40]!r} (skipped)")
            return
        res.rows += 1
        for c, t in enumerate(texts):
            if c in self.loaded_columns and _FORMULA_RE.match(t):
                heading = self.cols.headings[c] if c < len(self.cols.headings) else f"column {c + 1}"
                raise _RowError(
                    f"cell {t[:30]!r} is a spreadsheet formula, not data (it could run when the list is opened)",
                    heading or f"column {c + 1}",
                )
        if not name_cell:
            raise _RowError("the 姓名 cell is empty", name_heading)
        evidence = {"sentence": self._sentence(number, texts), "confidence": 1.0}
        honours = self._honours(row, evidence)
        born_heading, born_cell = self._first(row, "born")
        born = self._born(row, born_heading)
        employer = self._employer(row)
        names = self._names(name_cell, name_heading)
        collective_honour = bool(honours) and all(_is_collective_honour(h["raw"] or h["title"]) for h in honours)
        for name in names:
            if is_collective(name) or (collective_honour and not is_person_name(name)):
                res.collectives.append(
                    {
                        "name": name,
                        "honours": [h["title"] for h in honours],
                        "row": number,
                        "sheet": self.table.sheet,
                        "evidence": evidence,
                    }
                )
                what = "、".join(h["title"] for h in honours) or "no honour"
                res.warnings.append(
                    f"{label}: {name} is a collective ({what}): collectives are not loaded "
                    "(the profile format holds people's honours only)"
                )
                continue
            if not _NAME_RE.match(name) or len(name) > 20:
                raise _RowError(f"{name!r} is not a person's name", name_heading)
            for h in honours:
                self._check_age(born, h.get("year"), born_heading, born_cell)
                key = (name, employer, h["title"], h.get("year"), h.get("edition"))
                if key in self.seen:
                    raise _RowError(
                        f"repeats row {self.seen[key]} ({name}, {h['title']}, {h.get('year') or 'no year'})",
                        name_heading,
                    )
                self.seen[key] = number
            if not honours:
                key = (name, employer, None, born, None)
                if key in self.seen:
                    raise _RowError(f"repeats row {self.seen[key]} ({name})", name_heading)
                self.seen[key] = number
            res.people.append(self._person(row, name, born, employer, honours, evidence, len(names) > 1))

    def _sentence(self, number: int, texts: list[str]) -> str:
        where = f"{self.table.sheet} 第{number}行" if self.table.sheet else f"第{number}行"
        # personal data (ID numbers, phones) stays out of the evidence too
        return f"{where}：" + " | ".join(t for c, t in enumerate(texts) if t and c not in self.cols.personal)

    def _names(self, cell: str, heading: str) -> list[str]:
        compact = re.sub(r"[\s\u3000]+", "", cell)
        if len(compact) <= 4 or is_collective(compact) or not _NAME_SPLIT_RE.search(cell):
            return [compact]
        names = [n for n in _NAME_SPLIT_RE.split(cell) if n]
        if len(names) > 1 and all(len(n) == 1 for n in names):
            return [compact]  # 张 伟 spaced out for alignment
        return names

    def _employer(self, row: list[Any]) -> str | None:
        _, employer = self._first(row, "employer")
        if not employer:
            _, combined = self._first(row, "employer_post")
            employer = split_employer_post(combined)[0] if combined else ""
        return canonical_org(employer) if employer else None

    def _posts(self, row: list[Any], employer: str | None) -> list[str]:
        posts = [p for _, v in self._get(row, "post") for p in re.split(r"[、,，;；/／]+", _text(v)) if p.strip()]
        _, combined = self._first(row, "employer_post")
        if combined:
            post = split_employer_post(combined)[1]
            if post:
                posts.append(post)
        return list(dict.fromkeys(p.strip() for p in posts))

    def _born(self, row: list[Any], heading: str) -> str | None:
        for _, value in self._get(row, "born"):
            if not _text(value):
                continue
            try:
                born = cell_date(value)
            except ValueError as exc:
                raise _RowError(f"{exc}", heading) from None
            if isinstance(value, dt.date) and born and born.endswith("-01"):
                # 出生年月 typed as 1983.11 becomes a date cell on the 1st: the list gave the month only
                born = born[:7]
            if born is None:
                raise _RowError(f"{_text(value)!r} is not a date (write 1980.02, 1980年2月 or 1980-02)", heading)
            return born
        return None

    def _check_age(self, born: str | None, year: int | None, heading: str, cell: str) -> None:
        if not born:
            return
        by = int(born[:4])
        if by < 1900:
            raise _RowError(f"born {cell!r}: a birth before 1900 is impossible for a living honouree", heading)
        if year is not None and not MIN_AGE <= year - by <= MAX_AGE:
            raise _RowError(
                f"born {cell!r} but honoured in {year}: {year - by} years old is impossible "
                f"(expected {MIN_AGE}–{MAX_AGE})",
                heading,
            )

    def _year(self, row: list[Any]) -> int | None:
        heading, cell = self._first(row, "year")
        if not cell:
            return None
        m = re.fullmatch(r"(\d+)(?:\.0)?\s*(?:年度?|年)?", cell)
        if m:
            year = int(m.group(1))
        else:
            try:
                iso = cell_date(cell)
            except ValueError as exc:
                raise _RowError(str(exc), heading) from None
            if iso is None:
                raise _RowError(f"{cell!r} is not a year", heading)
            year = int(iso[:4])
        if not FIRST_HONOUR_YEAR <= year <= self.this_year + 1:
            raise _RowError(f"year {cell!r} is impossible (expected {FIRST_HONOUR_YEAR}–{self.this_year + 1})", heading)
        return year

    def _honours(self, row: list[Any], evidence: dict[str, Any]) -> list[dict[str, Any]]:
        year = self._year(row)
        _, raw = self._first(row, "honour")
        parsed: list[ParsedHonour] = []
        if raw:
            doc_year = year or (self.doc_honour.year if self.doc_honour else None) or self.ctx.document_year
            whole = _parse_honour_cached(raw, doc_year)
            pieces = [p for p in re.split(r"[、；;，,]|\n", raw) if p.strip()]
            if len(pieces) > 1 and all(_parse_honour_cached(p.strip(), doc_year) for p in pieces):
                parsed = [h for h in (_parse_honour_cached(p.strip(), doc_year) for p in pieces) if h]
            elif whole:
                parsed = [whole]
            else:  # the list's own wording is still the honour it names
                parsed = [ParsedHonour(title=raw.strip(), raw=raw)]
        elif self.section_honour:
            parsed = [self.section_honour]
        elif self.doc_honour:
            parsed = [self.doc_honour]
        ed_heading, edition_cell = self._first(row, "edition")
        _, conferrer_cell = self._first(row, "conferrer")
        _, level_cell = self._first(row, "level")
        out = []
        for h in parsed:
            edition = h.edition
            if edition_cell:
                edition = edition_cell
                if edition.isdigit():
                    edition = f"第{edition}{'批' if '批' in ed_heading else '届'}"
            conferred = (
                split_org_list(conferrer_cell) if conferrer_cell else (h.conferred_by or list(self.doc_conferrers))
            )
            h_year = year or h.year
            if h_year is None and self.doc_honour is not None and h.title == self.doc_honour.title:
                h_year = self.doc_honour.year
            if h_year is None and self.doc_honour is not None and not raw:
                h_year = self.doc_honour.year
            h_year = h_year or self.title_year
            out.append(
                {
                    "title": h.title,
                    "raw": h.raw,
                    "edition": edition,
                    "year": h_year,
                    "level": _LEVELS.get(level_cell, h.level) if level_cell else h.level,
                    "category": h.category,
                    "conferred_by": [c for c in conferred if c],
                    "evidence": evidence,
                }
            )
        return out

    def _person(
        self,
        row: list[Any],
        name: str,
        born: str | None,
        employer: str | None,
        honours: list[dict[str, Any]],
        evidence: dict[str, Any],
        shared_row: bool,
    ) -> dict[str, Any]:
        _, gender = self._first(row, "gender")
        _, ethnicity = self._first(row, "ethnicity")
        gender = {"男性": "男", "女性": "女", "M": "男", "F": "女"}.get(gender, gender)
        if ethnicity and len(ethnicity) == 1:
            ethnicity += "族"
        person: dict[str, Any] = {
            "name": name,
            # a row naming two people gives one birth date, gender and ethnicity for neither
            "gender": gender if gender in ("男", "女") and not shared_row else None,
            "born": None if shared_row else born,
            "ethnicity": (ethnicity or None) if not shared_row else None,
            "employers": [employer] if employer else [],
            "positions": [{"title": p, "org": employer, "evidence": evidence} for p in self._posts(row, employer)],
            "honors": [dict(h) for h in honours],
            "evidence": evidence,
        }
        return person


@lru_cache(maxsize=1)
def _post_endings() -> tuple[str, ...]:
    data = yaml.safe_load((_DICTS / "posts.yaml").read_text(encoding="utf-8")) or {}
    words = list(data.get("endings") or []) + list(data.get("grades") or [])
    return tuple(sorted(set(words), key=len, reverse=True))


def split_employer_post(text: str) -> tuple[str, str | None]:
    """A 单位及职务 cell → (employer, post).

    >>> split_employer_post("焦煤集团九里山矿机电运转队队长")
    ('焦煤集团九里山矿机电运转队', '队长')
    >>> split_employer_post("焦作市第一人民医院 护士长")
    ('焦作市第一人民医院', '护士长')
    >>> split_employer_post("焦煤集团九里山矿")
    ('焦煤集团九里山矿', None)
    """
    text = text.strip()
    parts = re.split(r"[\s\u3000,，、/／]+", text)
    if len(parts) > 1:
        return "".join(parts[:-1]), parts[-1]
    for ending in _post_endings():
        if text.endswith(ending) and len(text) > len(ending):
            head = text[: -len(ending)]
            extra = re.search(r"(?:副|常务|首席|主任|高级|党支部|党委|工会)+$", head)
            cut = extra.start() if extra and extra.start() > 0 else len(head)
            if org_kind(head[:cut]):
                return head[:cut], text[cut:]
    return text, None
