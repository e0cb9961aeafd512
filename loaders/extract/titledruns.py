"""Titled runs: a category head and the people it lists, each written unit, name and a word after it.

Commendation pages from Taiwan (and Hong Kong) list their people with the form of address or the
post AFTER the name, the school or unit before it, the category heading the run:

    特殊优良校长为大武国中李某校长、光明国小张某校长。
    今年师铎奖得主为永庆高中郭某校长和协同高中黄某老师。
    澎湖县特殊优良教师包括，白沙国中陈某、龙门国小王某、鸟屿国小林某。

(the text is read simplified, as normalised).  The head before 为/是/包括/有 names the honour each
item holds; an item is ``[unit][post]NAME[word]`` where the word after the name is a post (校长,
主任, 组长, 工友 …, a post of the unit) or a form of address (小姐, 先生, 女士: never part of the name,
and no post).  Every item must close on a name the name finder found, and carry a unit, a post or
such a word: a bare run of names is the other list readers' (:mod:`loaders.extract.rolls`).

A fallback: only names no honour reaches yet are given one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.facts import Context, Fact, Found
from loaders.extract.listrows import ListPerson, is_collective, is_name
from loaders.extract.posts import parse_post
from loaders.honours import ParsedHonour, parse_honour, phrase_kind, titled_kind
from loaders.orgs import employer_of, is_org_name

# 特殊优良教师为 / 师铎奖得主为 / 澎湖县特殊优良教师包括， — the category and the copula that opens the run
HEAD_RE = re.compile(
    r"""(?P<head>[^，,。；;：:、！？!?“”「」（）()\s]{3,24}?)
        (?P<holders>得主|得奖者|获奖者|获奖人|当选人|获奖人员)?
        (?:分别)?
        (?:(?<![成作认因称视])为|(?<![但于还就也都正不而即总要凡])是|包括|有(?=[：:，,])|(?<=[主者人])有)
        [：:，,]?""",
    re.VERBOSE,
)
# 今年师铎奖 / 另有优良教师: time and linking words before the category are not its name
HEAD_LEAD_RE = re.compile(r"^(?:今年|去年|本年度|本届|其中|另有|另外|此外|而|以及|及)+")
# a head that names people in general, not a category of honour (与会人员为, 来宾有)
GENERIC_HEAD_RE = re.compile(r"(?:人员|来宾|嘉宾|代表|成员|对象|学生|家长|评委|委员)$")
# 获奖的8位教师分别是: a head count names a group of people, not the category they hold
COUNTED_HEAD_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)\s*[位名人]")
# 特殊优良教师 / 师铎奖 / 模范劳工: the words a category of honour ends with (a head the honour
# lexicon does not know must end so: 某集团股份有限公司 is no category)
HONOUR_TAIL_RE = re.compile(r"(?:奖|教师|校长|劳工|职员工|模范|标兵|楷模|之星|能手|工匠|先进|奖章|典范|教育人员)$")
# the words written after a name in these lists: posts of the unit before it …
POST_AFTER = ("校长", "副校长", "主任", "组长", "护理长", "工友", "教练", "教官", "老师", "教师", "园长", "会计员")
# … and forms of address, which are no post
ADDRESS_AFTER = ("小姐", "先生", "女士")
WORD_AFTER_RE = re.compile("(?:" + "|".join(sorted(POST_AFTER + ADDRESS_AFTER, key=len, reverse=True)) + ")$")
# the school short forms of Taiwan (大武国中, 光明国小, 淡水商工, 苗栗农工): units the org lexicon lacks
TW_SCHOOL_RE = re.compile(
    r"""[\u4e00-\u9fff]{2,12}
        (?:国中|国小|国中小|高工|高职|高商|高农|商工|农工|家商|附小|附中|特教学校)$""",
    re.VERBOSE,
)
ITEM_SEP_RE = re.compile(r"[、，,]")
RUN_END_RE = re.compile(r"[。；;！？!?\n]")
RUN_MIN = 2  # items a bare copula head needs; a 得主为 head announces its holders with one
ITEM_MAX = 30


@dataclass(frozen=True)
class TitledItem:
    person: ListPerson
    at: int  # where the name starts in the text


def head_honour(head: str, doc_year: int | None) -> tuple[ParsedHonour, str] | None:
    """特殊优良教师 / 102年特殊优良校长 / 今年师铎奖: the honour a category head names, else None."""
    head = HEAD_LEAD_RE.sub("", head.rsplit("的", 1)[-1])  # 由县府推荐的师铎奖: the words after 的
    if len(head) < 3 or GENERIC_HEAD_RE.search(head) or COUNTED_HEAD_RE.search(head):
        return None
    if not (phrase_kind(head) == "honour" or (HONOUR_TAIL_RE.search(head) and titled_kind(head) == "honour")):
        return None
    parsed = parse_honour(head, doc_year=doc_year, titled=True)
    return (parsed, head) if parsed else None


def is_unit(text: str) -> bool:
    """A unit written before a name: an organisation the lexicon reads, or a Taiwan school short form."""
    return bool(TW_SCHOOL_RE.fullmatch(text)) or (is_org_name(text) and bool(employer_of(text)))


def unit_and_post(prefix: str) -> tuple[str | None, str | None]:
    """宝桑国中事务组长 → (宝桑国中, 事务组长); 泰源国中工友 → (泰源国中, 工友); 白沙国中 → (白沙国中, None):
    the unit and the post written before a name; (None, None) when the words read as neither."""
    if is_unit(prefix):
        return prefix, None
    for i in range(len(prefix) - 1, 1, -1):
        rest = prefix[i:]
        if not is_unit(prefix[:i]):
            continue
        read = parse_post(rest, allow_grade=True)
        if rest in POST_AFTER or (read and read[1] == rest):
            return prefix[:i], rest
    read = parse_post(prefix, allow_grade=True)
    if read and read[0]:  # 台北市立文山特教学校主任: the post reader splits its own units
        return employer_of(read[0]) or read[0], read[1]
    return None, None


def _framed_name(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """永庆高中郭某校长: the name the name finder missed (it read 和协 of 和协同高中), framed by a unit
    before it and a post or form of address after it — a three-character name (two when the
    three would not read)."""
    for k in (3, 2):
        at = end - k
        if at - start >= 2 and is_name(text[at:end]) and is_unit(text[start:at]):
            return [(text[at:end], at)]
    return []


def read_item(ctx: Context, start: int, end: int) -> TitledItem | None:
    """宝桑国中事务组长邱某 / 大武国中李某校长 / 南投林区管理处萧某小姐: the person of one item, or None
    when the item does not close on a found name with a unit, post or word after it."""
    t = ctx.text
    body = t[start:end].strip()
    lead = start + (len(t[start:end]) - len(t[start:end].lstrip()))
    if not body or len(body) > ITEM_MAX:
        return None
    word = WORD_AFTER_RE.search(body)
    core_end = lead + (word.start() if word else len(body))
    names = [(m.name, m.start) for m in ctx.names_in(lead, core_end) if m.end == core_end]
    if not names and word:
        names = _framed_name(t, lead, core_end)
    if not names or is_collective(names[0][0]):
        return None
    name, at = names[0]
    prefix = t[lead:at]
    after = word.group(0) if word else None
    unit = post_org = post = None
    if prefix:
        unit, post = unit_and_post(prefix)
        if unit is None and post is None:
            return None
        post_org = unit if post else None
    if after and after not in ADDRESS_AFTER and not post:
        post, post_org = after, unit
    if not (unit or post or after):
        return None
    return TitledItem(ListPerson(name, unit, post_org, post), at)


def _items(ctx: Context, start: int, end: int) -> list[TitledItem]:
    """The items of the run from ``start`` up to ``end``, apart by 、，, or by 和/及/与 after a closing
    word or name; the run stops at the first item that does not read."""
    t = ctx.text
    cuts = [start] + [m.end() for m in ITEM_SEP_RE.finditer(t, start, end)] + [end + 1]
    pieces = [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]
    items: list[TitledItem] = []
    for a, b in pieces:
        if a >= b:
            continue
        parts = _joined_parts(ctx, a, b)
        read = [x for s, e in parts if (x := read_item(ctx, s, e))]
        if len(read) != len(parts):
            break
        items.extend(read)
    return items


def _joined_parts(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """郭某校长和协同高中黄某老师: one piece cut at a 和/及/与 that follows a name or a closing word."""
    t = ctx.text
    closes = {m.end for m in ctx.names_in(start, end)}
    for m in re.finditer(r"[和及与]", t[start:end]):
        j = start + m.start()
        if j in closes or WORD_AFTER_RE.search(t[start:j]):
            return [(start, j), *_joined_parts(ctx, j + 1, end)]
    return [(start, end)]


def titled_runs(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """特殊优良教师为某国中甲老师、某国小乙老师: each person of a run under a category head holds the
    category's honour, with the unit before the name and the post after it (names no honour reaches
    yet only); an employer read over the head for one of them (特殊优良教师为某国中) gives way."""
    from loaders.extract.awards import add_list_person
    from loaders.extract.profile import attribute

    t = ctx.text
    out = Found(ctx)
    holders: set[str] | None = None
    for sent in ctx.art.sentences:
        for m in HEAD_RE.finditer(t, sent.start, sent.end):
            found = head_honour(m["head"], ctx.doc.year)
            if found is None:
                continue
            stop = RUN_END_RE.search(t, m.end(), sent.end)
            items = _items(ctx, m.end(), stop.start() if stop else sent.end)
            if len(items) < (1 if m["holders"] else RUN_MIN):
                continue
            if holders is None:
                holders = {n for f in facts if f.kind == "honor" for n in attribute(ctx, f)}
            parsed, raw = found
            for item in items:
                if item.person.name not in holders:
                    add_list_person(out, sent, item.at, item.person, parsed, raw, None, [])
    if not out:
        return facts
    units = {(f.persons[0], f.value["value"]) for f in out if f.kind == "employer" and f.persons}
    return [f for f in facts if not _run_over(f, units)] + list(out)


def _run_over(fact: Fact, units: set[tuple[str, str]]) -> bool:
    """特殊优良教师为兰屿高中 as the employer of the run's first person: a unit read over the head,
    which ends with the unit the run gives that person."""
    if fact.kind != "employer" or not fact.persons or len(fact.persons) != 1:
        return False
    value = str(fact.value.get("value") or "")
    return any(p == fact.persons[0] and value != u and value.endswith(u) for p, u in units)


__all__ = ["TitledItem", "head_honour", "is_unit", "read_item", "titled_runs"]
