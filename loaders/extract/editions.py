"""Edition rolls: a series' list of holders, one edition a line (历届获奖者名单).

``第29届（1983年）王某`` / ``第一届（2016年）：张某、李某`` / ``2018年 第三届 王某 某单位`` — each
line gives an edition, its year and the people who held the series' honour that year.  The
honour is the series' own, named on the heading or in a line right above the first edition line
(南丁格尔奖章历届获得者 / 我国自1983年首次参加第29届南丁格尔奖章评选以来…); each person holds it
with the year of their line (not the document's).  Only names no honour of that title reaches yet
are given one: a fallback, as the other roll readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loaders.extract.document import Sentence
from loaders.extract.facts import Context, Fact, Found
from loaders.extract.listrows import BULLET_RE, ListPerson, is_collective, is_name, parse_list_line
from loaders.honours import ParsedHonour

EDITION_NUM = r"(?:\d{1,3}|[一二三四五六七八九十百零〇两]{1,5})"
YEAR = r"(?:19|20)\d\d"
# 第29届（1983年）王某 / 第一届(2016年)：张某 / 2018年 第三届 王某 某单位 / 2018年（第三届）：张某
EDITION_LINE_RE = re.compile(
    rf"""^(?:
          第\s*{EDITION_NUM}\s*[届期]\s*[（(]\s*(?P<y1>{YEAR})\s*年?度?\s*[）)]
        | (?P<y2>{YEAR})\s*年度?\s*[（(]?\s*第\s*{EDITION_NUM}\s*[届期]\s*[）)]?
        )
        \s*[：:]?\s*(?P<rest>\S.*)$""",
    re.VERBOSE,
)
SERIES_LOOKBACK = 3  # lines above the first edition line searched for the series' honour
# 参加第29届南丁格尔奖章评选 / 第46届某奖获得者: an edition number before the series' honour names it
EDITION_NAMED_RE = re.compile(
    rf"""第\s*{EDITION_NUM}\s*[届期]\s*
        (?P<h>[^，,。；;！？!?、：:“”「」（）()\s\d]{{3,20}}?)
        (?=评选|获得者|获奖者|得主|颁奖|名单|[，,。；;！？!?：:]|$)""",
    re.VERBOSE,
)
ITEM_SEP_RE = re.compile(r"[、，,；;]|[ \t\u3000]+")


@dataclass
class EditionLine:
    start: int
    end: int
    year: int
    people: list[tuple[ListPerson, int]]  # each person with the offset of their name


def edition_line(text: str, start: int, end: int) -> EditionLine | None:
    """The year and the people of one edition line, or None when the line is not one."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    body = BULLET_RE.sub("", line.strip(), count=1).rstrip("。.；;")
    m = EDITION_LINE_RE.match(body)
    if not m:
        return None
    year = int(m["y1"] or m["y2"])
    rest = m["rest"].strip()
    offset = start + lead + (len(line.strip()) - len(BULLET_RE.sub("", line.strip(), count=1))) + m.start("rest")
    people = _names_only(text, offset, end, rest) or _one_person(text, offset, end, rest)
    return EditionLine(start, end, year, people) if people else None


def _names_only(text: str, start: int, end: int, rest: str) -> list[tuple[ListPerson, int]]:
    """张某、李某、王某: every item a name (a gender note in brackets aside), else []."""
    out: list[tuple[ListPerson, int]] = []
    pos = start
    for piece in ITEM_SEP_RE.split(rest):
        name = re.sub(r"[（(](?:[男女]|[\u4e00-\u9fff]{1,4}族)[）)]$", "", piece)
        if not piece:
            continue
        if not is_name(name) or is_collective(name):
            return []
        at = text.find(name, pos, end)
        if at < 0:
            return []
        pos = at + len(name)
        out.append((ListPerson(name), at))
    return out


def _one_person(text: str, start: int, end: int, rest: str) -> list[tuple[ListPerson, int]]:
    """王某 某单位 / 王某 某医院护士长: one person with the unit and post columns, else []."""
    person = parse_list_line(rest)
    if person is None or is_collective(person.name):
        return []
    at = text.find(person.name, start, end)
    return [(person, at)] if at >= 0 else []


def _series_honour(
    ctx: Context, facts: list[Fact], lines: list[tuple[int, int]], k: int
) -> tuple[ParsedHonour, str] | None:
    """The honour of the series whose first edition line is line ``k``: the nearest line above
    (up to ``SERIES_LOOKBACK``) that is a heading naming an honour or names one in prose."""
    from loaders.extract.awards import list_heading
    from loaders.extract.rolls import _honour_heading, _named_honour
    from loaders.honours import parse_honour, phrase_kind

    for i in range(k - 1, max(-1, k - 1 - SERIES_LOOKBACK), -1):
        s, e = lines[i]
        line = ctx.text[s:e].strip()
        head = list_heading(_without_series_words(line))
        if head:
            parsed = parse_honour(head, doc_year=ctx.doc.year)
            if parsed and phrase_kind(head) == "honour":
                return parsed, head
        found = _honour_heading(ctx, s, e) or _named_honour(ctx, facts, s, e) or _edition_named(ctx, s, e)
        if found:
            return found
    title = next((x for x in ctx.art.sentences if x.kind == "title"), None)
    return _edition_named(ctx, title.start, title.end) if title else None


def _edition_named(ctx: Context, start: int, end: int) -> tuple[ParsedHonour, str] | None:
    """6名护士喜获第46届南丁格尔奖章 / 参加第29届某奖章评选: the honour an edition number names."""
    from loaders.honours import parse_honour, phrase_kind

    for m in EDITION_NAMED_RE.finditer(ctx.text, start, end):
        head = m["h"]
        parsed = parse_honour(head, doc_year=ctx.doc.year)
        if parsed and phrase_kind(head) == "honour":
            return parsed, head
    return None


def _without_series_words(line: str) -> str:
    """南丁格尔奖章历届获得者 / 历届“某奖”获得者名单: the heading without the words of a series."""
    return re.sub(r"历届|历年|往届|各届", "", line)


def edition_rolls(
    ctx: Context, facts: list[Fact], held: set[tuple[str, object]], lines: list[tuple[int, int]]
) -> list[Fact]:
    """Honour facts for the people of edition lines (blocks of them), each with the year of their line."""
    from loaders.extract.awards import add_list_person

    out = Found(ctx)
    k = 0
    series: tuple[ParsedHonour, str] | None = None
    while k < len(lines):
        ed = edition_line(ctx.text, *lines[k])
        if ed is None:
            series = None  # a line of another shape closes the series
            k += 1
            continue
        if series is None:
            series = _series_honour(ctx, facts, lines, k)
        if series is not None:
            parsed, raw = series
            honour = replace(parsed, year=ed.year, edition=None)
            sent = next(
                (x for x in ctx.art.sentences if x.start <= ed.start < x.end),
                Sentence(ed.start, ed.end, ctx.text[ed.start : ed.end]),
            )
            for person, at in ed.people:
                if (person.name, honour.title) in held:
                    continue
                add_list_person(out, sent, at, person, honour, raw, None, [])
        k += 1
    return list(out)
