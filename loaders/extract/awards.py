"""Award lists: one line per person under an honour heading, and enumerations of honourees.

- Rows: 湖北宜化集团有限责任公司合成氨厂　操作工　向前进（土家族） under a heading
  二、宜昌市五一劳动奖章（20名）: unit, post and name in columns.
- Enumerations: 他们是：<单位><工种><姓名>、…  after a sentence naming the honour, and
  <单位><工种><姓名>、…等N名职工获<honour>.
In both, the name is what is left at the end of an item once its unit and post
are read, so names that are ordinary words (和平, 高峰, 甘露) are found too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.dates import cn_to_int, find_dates
from loaders.extract.document import Sentence
from loaders.extract.facts import SUFFIX_KEEP_RE, Context, Fact, Found, _split_items, cut_at, year_before
from loaders.extract.lexicon import lexicon
from loaders.extract.listrows import (
    ListPerson,
    cells_of,
    epithet_names,
    header_kinds,
    is_collective,
    is_name,
    is_rule,
    parse_list_line,
)
from loaders.extract.openers import HOLDERS_OPEN
from loaders.extract.posts import parse_post
from loaders.honours import QUOTED_RE, ParsedHonour, parse_honour, phrase_kind
from loaders.orgs import employer_of, is_org_name, is_place

HEADING_NUM_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])\s*")
ENUM_START_RE = re.compile(
    r"(?:他们是|她们是|分别是|名单如下|具体名单|获奖者是|获奖名单)[：:]|" + HOLDERS_OPEN, re.VERBOSE
)
ETC_RE = re.compile(
    r"等\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)(?:职工|同志|员工|个人)?"
    r"(?:分别)?(?P<verb>获评|获得|荣获|获|被命名为|被授予|被评为|当选)"
)
# 甲、乙等214名“女状元”成为“三八”红旗手: a group's epithet in quotes, then the verb and the quoted honour
ETC_QUOTED_RE = re.compile(
    r"等\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)[“「][^”」]{1,8}[”」]"
    r"(?:分别|均|都)?(?P<verb>获评|获得|荣获|获|被命名为|被授予|被评为|当选|成为)(?=[^，,。；;]{0,4}[“「])"
)
MARK_RE = re.compile(r"[（(]([^（）()]*)[）)]\s*$")
COUNT = r"(?:等\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人))?(?:同志|职工|员工|个人)?"
# 决定授予A、B、C等3名同志“X”称号: bare names (each may carry its unit in brackets) after 授予
GRANT_ENUM_RE = re.compile(r"授予(?P<items>[^“”「」。；;：:，,]{2,300}?)" + COUNT + r"[“「](?P<h>[^”」]{2,40})[”」]")
# 授予A、B、C等24人为X荣誉称号: the same enumeration with the honour unquoted after 为
GRANT_AS_ENUM_RE = re.compile(
    r"授予(?P<items>[^“”「」。；;：:，,]{2,300}?)" + COUNT + r"为(?P<h>[^，,。；;：:“”「」]{2,40}?)(?:荣誉)?称号"
)
# 最终评选出A、B、C等9名来自基层一线的“X”: the names a selection produced, then the quoted honour they
# are counted as, after a short description ending in 的 (re.VERBOSE)
SELECTED_ENUM_RE = re.compile(
    r"""(?:评选出|评出|选出|推选出|选树出|产生(?:了)?)
        (?P<items>[^“”「」。；;：:，,]{2,300}?)
        等?\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)
        (?:[^“”「」。；;，,]{0,16}的)?
        [“「](?P<h>[^”」]{2,40})[”」]""",
    re.VERBOSE,
)
# A、B、C（单位）获“X”称号 / A（单位）、B（单位）分别荣获…
GET_ENUM_RE = re.compile(
    r"(?P<items>[^，,。；;：:“”「」！？]{2,300}?)"
    + COUNT
    + r"(?:分别|同时|均)?(?:获评|荣获|获得|获|被授予|被评为|被命名为|当选为?)[“「](?P<h>[^”」]{2,40})[”」]"
)
# 获评先进生产者的有：A（机加车间）、B / 荣获“岗位能手”称号的是：A、B — the honour named before 的有/的是;
# 当选本届X的包括（按得票多少为序）A、B: 包括 needs no colon, and a note in brackets may precede the items
DE_LIST_RE = re.compile(
    r"(?:获评|荣获|获得|被评为|被授予|当选为?)(?P<h>[“「][^”」]{2,40}[”」]|[^，,。；;：:“”「」的]{2,30}?)"
    r"(?:荣誉)?(?:称号)?的(?:(?:有|是)(?:[（(][^（）()]{0,16}[）)])?[：:]|包括(?:[（(][^（）()]{0,16}[）)])?[：:]?)"
    r"(?P<items>[^。；;！？：:]{2,300})"
)
# 甲、乙…8名第43届南丁格尔奖章获得者等共50余人参加座谈会: a run of names counted as the holders of an
# honour named, with no verb, before 获得者 (the honour may be quoted or bare)
HOLDERS_ENUM_RE = re.compile(
    r"""(?P<items>[^“”「」。；;：:，,]{2,300}?)
        等?\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:名|位)
        (?P<h>[“「]?[^“”「」，,。；;：:、等]{2,40}?[”」]?)
        (?:荣誉)?(?:称号)?(?:获得者|获奖者)""",
    re.VERBOSE,
)
# each enumeration pattern with the words any match of it holds (a cheap test before the costly search)
ENUMERATION_PATTERNS = (
    (GRANT_ENUM_RE, re.compile(r"授予[^“「]*[“「]")),
    (GRANT_AS_ENUM_RE, re.compile(r"授予[^。；;]*为[^。；;]*称号")),
    (GET_ENUM_RE, re.compile(r"(?:获评|荣获|获得|获|被授予|被评为|被命名为|当选为?)[“「]")),
    (DE_LIST_RE, re.compile(r"的(?:有|是|包括)")),
    (SELECTED_ENUM_RE, re.compile(r"(?:评选出|评出|选出|推选出|选树出|产生)[^。；;]*[“「]")),
    (HOLDERS_ENUM_RE, re.compile(r"[名位][^，,。；;]{2,44}(?:获得者|获奖者)")),
)
# 2021年度某市首席技师53人名单公布: a list of an honour the text says was published (its rows may follow)
LIST_OUT_RE = re.compile(
    r"(?P<h>[^，,。；;：:“”「」]{2,40}?)\s*(?:\d+|[一二三四五六七八九十百两]+)?\s*(?:人|名)?(?:表彰|获奖|入选)?"
    r"名单(?:正式)?(?:公布|发布|出炉|揭晓)"
)
# 日前，市总工会公布“X”名单: a list published just now, in the year of the report
RECENT_LIST_RE = re.compile(r"(?:日前|近日|近期)[^。；;！？]{0,60}?(?:公布|发布|公示|揭晓)[^。；;！？]{0,60}?名单")
YEAR_RE = re.compile(r"(?:19|20)\d\d\s*年|[今去前]年|上一?年度")
# 其中，我市4名同志获此殊荣: a sentence that points back to an honour named before it
ANAPHOR_RE = re.compile(r"获此殊荣|获此荣誉|获此称号|荣膺此誉|获此表彰")
# 在南京揭晓评选结果 / 发布了年度人物评选结果: a selection's results made known (not a list, a notice or
# a meeting: those have their own readers)
RESULTS_RE = re.compile(r"(?:揭晓|发布|公布)[^。；，,]{0,6}?(?:评选|评选活动)?结果|[”」]\s*(?:评选)?(?:正式)?揭晓")
# 2011“感动中国”年度人物评选 / 第三届“最美乡村教师”评选: a heading that is the round of a quoted
# series and nothing else; the numbered 称誉——姓名 items under it are its results
ROUND_HEADING_RE = re.compile(
    r"""^(?:(?:19|20)\d\d\s*年?度?|第[一二三四五六七八九十\d]{1,3}届)\s*
        [“「][^”」]{2,12}[”」]
        \s*(?:年度)?(?:十大)?(?:人物)?评选$""",
    re.VERBOSE,
)
ANNOUNCE_RE = re.compile(r"(?:发布|公布|公示|命名|表彰|揭晓)[^。；]{0,60}?(?:名单|结果|人选|对象)")


# 阿迪力·吾休尔, 木沙江·马克来克: a name in two parts joined by a middle dot
DOTTED_NAME_END_RE = re.compile(r"[\u4e00-\u9fff]{2}[·•・][\u4e00-\u9fff]{2,8}$")


def split_person_item(item: str) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """<单位>　<工种>　<姓名>（女，土家族） → (name, unit, post's org, post, marks); the name ends the item.

    The unit column is the employer as written; a department written in the post
    column (心血管内科主任医师) goes to the post's organisation only.
    """
    lex = lexicon()
    item = item.strip()
    marks = None
    m = MARK_RE.search(item)
    if m:
        marks, item = m.group(1), item[: m.start()].strip()
    cols = [c for c in re.split(r"\s+", item) if c]
    if len(cols) >= 2 and 2 <= len(cols[-1]) <= 4 and lex.is_surname_at(cols[-1], 0):
        name = cols[-1]
        if len(cols) == 2:  # unit and post run together in one column, or the unit alone
            post = parse_post(cols[0], allow_grade=True)
            if post and post[0]:
                return name, employer_of(post[0]) or post[0], post[0], post[1], marks
            if post:
                return name, None, None, post[1], marks
            unit = cols[0] if is_org_name(cols[0]) and employer_of(cols[0]) else None
            return name, unit, None, None, marks
        unit = cols[0]
        post_text = "".join(cols[1:-1])
        post = parse_post(post_text, allow_grade=True)
        sub = post[0] if post else None
        return name, unit, unit + sub if sub else unit, post[1] if post else post_text, marks
    text = "".join(cols)
    dotted = DOTTED_NAME_END_RE.search(text)
    for k in range(2, 7) if dotted else ():  # 某杂技团队长阿迪力·吾某: a name with its middle dot ends the item
        dot = text.rfind("·") if "·" in text else max(text.rfind("•"), text.rfind("・"))
        post = parse_post(text[: dot - k], allow_grade=True) if dot - k > 0 else None
        if post:
            return text[dot - k :], employer_of(post[0]) if post[0] else None, post[0], post[1], marks
    for k in (3, 2, 4):
        if len(text) <= k:
            continue
        i = len(text) - k
        sl = lex.is_surname_at(text, i)
        # a four-character name needs a double surname, unless a mark closes it: 解古依格(女), a minority name
        if not sl or (k == 4 and sl != 2 and not marks):
            continue
        post = parse_post(text[:i], allow_grade=True)
        if post:
            return text[i:], employer_of(post[0]) if post[0] else None, post[0], post[1], marks
    return None, None, None, None, marks


def _add_person(
    out: Found,
    sent: Sentence,
    pos: int,
    item: str,
    honour: ParsedHonour,
    raw: str,
    year: int | None,
    conferrers: list[str],
) -> None:
    name, unit, post_org, post, marks = split_person_item(item)
    if not name:
        return
    add_list_person(
        out,
        sent,
        pos,
        ListPerson(name, unit, post_org, post, re.split(r"[，,、]", marks or "")),
        honour,
        raw,
        year,
        conferrers,
    )


def add_list_person(
    out: Found,
    sent: Sentence,
    pos: int,
    person: ListPerson,
    honour: ParsedHonour | None,
    raw: str,
    year: int | None,
    conferrers: list[str],
) -> None:
    ctx = out.ctx
    name, unit, post_org, post = person.name, person.unit, person.post_org, person.post
    # 邹丽萍（女） in a name column: the bracket is a gender or ethnicity note, not part of the name
    name = re.sub(r"\s*[（(][^（）()]{1,12}[）)]\s*$", "", name)
    if is_collective(name):
        return  # 细纱车间甲班, 张某创新工作室: collectives are never people
    if person.honour:  # an honour column: each row its own honour
        own = parse_honour(person.honour, doc_year=ctx.doc.year)
        if own:
            honour, raw = own, person.honour
    if honour is None:
        return
    before = len(out)
    value = {
        "title": honour.title,
        "raw": raw,
        "edition": honour.edition,
        "year": honour.year or year,
        "level": honour.level,
        "category": honour.category,
        "conferred_by": list(conferrers),
        "_list": True,
        "_verb": True,
        "_past": False,
    }
    out.add("honor", value, sent, pos, persons=[name], confidence=0.9)
    if unit:
        org = ctx.resolve_org(employer_of(unit) or unit, pos)
        out.add("employer", {"value": org, "raw_org": unit}, sent, pos, persons=[name], confidence=0.9)
    if post:
        org = ctx.resolve_org(post_org, pos) if post_org else None
        out.add(
            "position",
            {
                "title": post,
                "org": org,
                "raw_org": unit,
                "year": None,
                "current": False,
                "appointed": False,
                "listed": True,
            },
            sent,
            pos,
            persons=[name],
            confidence=0.85,
        )
    for mark in person.marks or []:
        if mark in ("女", "男"):
            out.add("gender", {"value": mark}, sent, pos, persons=[name], confidence=0.95)
        elif mark.endswith("族"):
            out.add("ethnicity", {"value": mark}, sent, pos, persons=[name], confidence=0.95)
    for k in range(before, len(out)):
        out[k] = replace(out[k], identity=unit)


def _list_year(ctx: Context, text: str) -> int | None:
    years = [d.year for d in find_dates(text, doc_year=ctx.doc.year) if d.year]
    return years[0] if years else None


def lists_in(ctx: Context, issuers: list[str]) -> list[Fact]:
    """Honourees of the article's row lists and enumerations: the new facts (no list reader looks
    at another reader's facts)."""
    return _read_lists(ctx, issuers)


def _read_lists(ctx: Context, issuers: list[str]) -> list[Fact]:
    out = Found(ctx)
    t = ctx.text
    doc_year = ctx.doc.year
    title_year = _list_year(ctx, " ".join(s.text for s in ctx.art.sentences if s.kind in ("title", "heading"))[:300])
    current = None
    current_raw = ""
    header: list[str] | None = None
    prev_line: Sentence | None = None
    earlier: list[Sentence] = []  # the sentences before the current one that may name a list's honour
    list_bodies = issuers
    lead_bodies: list[str] = []  # 近日，X总工会、X人社局联合发布…名单: the publishers of the list that follows
    lead_year: int | None = None
    published: tuple[ParsedHonour, str] | None = None  # 2021年度某市首席技师53人名单公布 (rows follow)
    results_lead: tuple[ParsedHonour, str] | None = None  # …“大国工匠年度人物”…揭晓评选结果 (one block of rows)
    for sent in ctx.art.sentences:
        line = t[sent.start : sent.end].strip()
        if sent.kind in ("byline", "meta") or not line:
            continue
        ann = ANNOUNCE_RE.search(line) if sent.kind in ("prose", "title", "heading") else None
        if ann:
            bodies = _bodies_before(ctx, sent, line[: ann.end()])
            if bodies:
                lead_bodies = bodies
                lead_year = _list_year(ctx, line[: ann.end()]) or lead_year
        if results_lead is None and sent.kind in ("title", "heading") and ROUND_HEADING_RE.match(line):
            results_lead = _round_heading(ctx, sent, line)
        elif results_lead is None and sent.kind in ("title", "heading") and RESULTS_RE.search(line):
            results_lead = _announced(ctx, sent)  # “感动中国2010年度十大人物”揭晓: a headline naming the results
        if sent.kind in ("title", "subtitle"):
            prev_line = sent
            earlier.append(sent)
            continue
        if sent.kind == "prose" and "名单" in line and (out_m := LIST_OUT_RE.search(line)):
            named = parse_honour(out_m["h"], doc_year=doc_year) if phrase_kind(out_m["h"]) == "honour" else None
            published = (named, re.sub(r"^(?:19|20)\d\d\s*年度?", "", out_m["h"])) if named else published
        elif published is None and sent.kind == "prose" and RESULTS_RE.search(line):
            results_lead = _announced(ctx, sent) or results_lead
        if current is None and not header and published is not None and parse_list_line(line, None) is not None:
            current, current_raw = published  # the rows of a list the text just said was published
            list_bodies = issuers or lead_bodies
        elif current is None and not header and results_lead is not None and parse_list_line(line, None) is not None:
            current, current_raw = results_lead  # the one block of rows after a lead that made results known
            list_bodies = issuers or lead_bodies
            if not HEADING_NUM_RE.match(line):
                results_lead = None  # numbered items (1、某某——称誉) stay one list across their citations
        person = parse_list_line(line, header) if current is not None or header else None
        pair = epithet_names(line) if person is None and not header else []
        if len(pair) >= 2 and (current is not None or results_lead is not None):
            # 2、孙水林、孙东林——信义兄弟: an item of the list naming two people, each an honouree
            if current is None and results_lead is not None:
                current, current_raw = results_lead
                list_bodies = issuers or lead_bodies
            lead = len(t[sent.start : sent.end]) - len(t[sent.start : sent.end].lstrip())
            for name in pair:
                add_list_person(
                    out,
                    sent,
                    sent.start + lead + line.find(name),
                    ListPerson(name),
                    current,
                    current_raw,
                    (current.year if current else None) or title_year or doc_year,
                    list_bodies,
                )
            continue
        head = list_heading(line) if person is None else None
        if head is not None and current is not None and group_heading(head):
            continue  # 安康市（7名） / 二、省直单位: a group of the list under way, whose honour goes on
        if head is not None:
            current = parse_honour(head, doc_year=doc_year) if phrase_kind(head) == "honour" else None
            current_raw = re.sub(r"^(?:19|20)\d\d\s*年度?", "", head)  # the year is the honour's date, not its name
            list_bodies = issuers or lead_bodies
            if current is not None and current.year is None:
                current.year = lead_year  # 2024年度 stated in the lead, not in the heading
            if not head.strip() and prev_line is not None:
                # 日前，市总工会发布2024年度“X”名单。…名单如下：: the honour (and its year and
                # publishers) of the sentence before the bare list word
                found = _honour_of(ctx, prev_line)
                if found is None and ANAPHOR_RE.search(prev_line.text):
                    # 授予…“X”称号，授予…“Y”称号。其中，我市4名同志获此殊荣。名单如下：: the honour the
                    # anaphor points back to, in the sentences just before it
                    found = next((h for s in reversed(earlier[-3:-1]) if (h := _honour_of(ctx, s, first=True))), None)
                if found:
                    current, current_raw, list_year, conf = found
                    current.year = current.year or list_year
                    list_bodies = conf or issuers
            header = None
            continue
        if is_rule(line):
            continue
        kinds = header_kinds(cells_of(line))
        if kinds:
            header = kinds
            continue
        if person is not None and (current is not None or person.honour):
            add_list_person(
                out,
                sent,
                sent.start
                + max(line.find(person.name), 0)
                + (len(t[sent.start : sent.end]) - len(t[sent.start : sent.end].lstrip())),
                person,
                current,
                current_raw,
                (current.year if current else None) or title_year or doc_year,
                list_bodies,
            )
            continue
        if current is None:
            prev_line = sent
            earlier.append(sent)
            continue
        if sent.kind == "row":
            _add_person(
                out,
                sent,
                sent.start,
                t[sent.start : sent.end],
                current,
                current_raw,
                current.year or title_year or doc_year,
                list_bodies,
            )
            continue
        # 焦煤集团九里山矿综采队队长王建国，河南能源…电工李红（女），…: a paragraph of 单位+岗位+姓名 items
        items = _split_people(t, sent)
        people = [(item, off) for item, off in items if split_person_item(item)[0]]
        if len(items) >= 2 and len(people) >= 0.6 * len(items):
            for item, off in people:
                _add_person(
                    out, sent, off, item, current, current_raw, current.year or title_year or doc_year, list_bodies
                )
        elif sent.kind == "prose" and len(items) < 2:
            current = None
    prev: Sentence | None = None
    said: list[Sentence] = []  # the sentences before ``sent``
    announced: list[tuple[str, list[str], int | None]] = []  # (series, bodies, year) announced earlier
    for sent in ctx.art.sentences:
        s_text = t[sent.start : sent.end]
        _enumerations(ctx, out, sent, issuers, announced, title_year)
        found = _honour_of(ctx, sent) if sent.kind in ("prose", "title", "heading") else None
        if found and (found[3] or found[2]):
            announced.append((found[0].title, found[3], found[0].year or found[2]))
        em = ENUM_START_RE.search(s_text)
        if em and prev is not None:
            honour = _honour_of(ctx, prev) or _pointed_back(ctx, said[-3:], s_text[: em.end()], prev)
            titled = None if honour else _titled_list(ctx, sent, s_text[: em.end()])
            honour = honour or titled
            if honour:
                parsed, raw, year, conf = honour
                body = s_text[em.end() :].rstrip("。；;")
                items = _enumeration_items(body, sent.start + em.end())
                stated = {
                    cn_to_int(n) if not n.isdigit() else int(n) for n in STATED_COUNT_RE.findall(s_text, 0, em.end())
                }
                if stated and len(items) not in stated:
                    items = []  # 入选的5人分别为： with four items: the list is not the counted group
                for item, off in items:
                    # 感动中国十大人物2020名单如下：甲、乙: a list its own words title holds bare names
                    bare = _bare_name(item) if titled else None
                    if bare and not split_person_item(item)[0]:
                        add_list_person(out, sent, off, ListPerson(bare), parsed, raw, year, conf or issuers)
                        continue
                    _add_person(out, sent, off, item, parsed, raw, year, conf or issuers)
        if sent.kind == "prose":
            _holders_listed(ctx, out, sent, prev, issuers)
        etc = ETC_RE.search(s_text) or ETC_QUOTED_RE.search(s_text)
        if etc:
            after = s_text[etc.end() :]
            after = cut_at(after, r"[；;。，,]|$")
            named = parse_honour(after, doc_year=doc_year)
            if named:
                start = max(s_text.rfind(c, 0, etc.start()) for c in "，,；;：:") + 1
                year = (
                    named.year or year_before(ctx, sent, sent.start + start)[0] or (doc_year if ctx.art.news else None)
                )
                body = s_text[start : etc.start()]
                raw = ctx.raw(sent.start + etc.end(), sent.start + etc.end() + len(after))
                for item, off in _split_items(body, sent.start + start):
                    _add_person(out, sent, off, item, named, raw, year, [])
        if sent.kind in ("prose", "heading", "title"):
            prev = sent
            said.append(sent)
    # one name on two rows with different units is two people; otherwise the name is enough
    units: dict[str, set[str]] = {}
    for f in out:
        if f.identity and f.persons:
            units.setdefault(f.persons[0], set()).add(f.identity)
    return [
        replace(f, identity=None) if f.identity and f.persons and len(units.get(f.persons[0], ())) < 2 else f
        for f in out
    ]


# 感动中国十大人物2020名单如下： / 2021年度某市劳动模范获奖名单如下：: the list's own words name its honour
TITLED_LIST_RE = re.compile(r"(?P<h>[^，,。；;：:、“”「」\s]{4,30}?)(?:获奖|表彰|入选)?名单如下[：:]$")


def _bare_name(item: str) -> str | None:
    """甲 / 谢某，下面请看榜单详细内容: an enumeration item that is a bare name (the last one may run on
    after a comma); None for a unit, a couple (甲夫妇) or a collective (国测一大队)."""
    head = re.split(r"[，,]", item, maxsplit=1)[0].strip()
    # (a dotted item may be a title glued to a name, 新时代·好少年张某: the item readers' own)
    plain = re.fullmatch(r"[\u4e00-\u9fff]{2,4}", head) is not None
    return head if plain and is_name(head) and not is_collective(head) else None


def _titled_list(ctx: Context, sent: Sentence, before: str) -> tuple[ParsedHonour, str, int | None, list[str]] | None:
    """The honour an opener's own sentence names, unquoted, right before 名单如下： (感动中国十大人物2020名单如下：
    甲、乙…), when the sentence before names none: its title, raw and year; no body is named."""
    m = TITLED_LIST_RE.search(before.strip())
    if not m or phrase_kind(m["h"]) != "honour":
        return None
    parsed = parse_honour(m["h"], doc_year=ctx.doc.year)
    return (parsed, m["h"], parsed.year, []) if parsed else None


# 获此奖的还有： / 获此殊荣的共有53位…。…还有：: an opener or a sentence before it that points back
POINTS_BACK_RE = re.compile(ANAPHOR_RE.pattern + r"|获此奖|获此奖项|获得此项|荣获此项")


def _pointed_back(
    ctx: Context, said: list[Sentence], opener: str, prev: Sentence
) -> tuple[ParsedHonour, str, int | None, list[str]] | None:
    """The honour an enumeration's opener means when it or the sentence before it points back
    (杜某荣获“X”。和杜某一起获此殊荣的共有53位…。获此奖的还有：A、B): the last one named in the
    sentences just before, nearest first."""
    if not (POINTS_BACK_RE.search(opener) or POINTS_BACK_RE.search(prev.text)):
        return None
    return next((h for s in reversed(said) if s is not prev and (h := _honour_of(ctx, s))), None)


# 荣获2016年度某市“三八红旗手”称号的7位标兵…，包括某公司总经理李某，某中学副校长白某，…: the counted
# holders of an honour, then each as 单位+岗位+姓名 after 包括/分别是
HOLDERS_LISTED_RE = re.compile(
    r"(?:荣获|获评|获得|被评为|被授予|获)(?P<pre>[^，,。；;：:“”「」]{0,20}?)[“「](?P<h>[^”」]{2,40})[”」]"
    r"(?:荣誉)?(?:称号)?的\s*(?:\d+|[一二三四五六七八九十两百]+)\s*(?:位|名|人)"
    r"[^。！？]*?(?:包括|分别是|分别为|依次是|依次为)[：:]?(?P<items>[^。！？]+)"
)


def _holders_listed(ctx: Context, out: Found, sent: Sentence, prev: Sentence | None, issuers: list[str]) -> None:
    """荣获X称号的7位标兵…；包括A单位总经理李某，B中学副校长、党支部书记白某，…: each item of ``sent``
    that ends in a name holds X, named in ``sent`` or in the sentence before it (at least two items,
    and most of them)."""
    t = ctx.text
    m = HOLDERS_LISTED_RE.search(t, prev.start if prev is not None else sent.start, sent.end)
    if not m or m.start("items") < sent.start:
        return
    parsed = parse_honour(m["pre"] + "“" + m["h"] + "”", doc_year=ctx.doc.year)
    if not parsed:
        return
    items: list[tuple[str, int]] = []
    lo = m.start("items")
    for piece in re.finditer(r"[^，,；;]+", m["items"]):
        item = piece.group().strip()
        if item:
            items.append((item, lo + piece.start() + piece.group().find(item)))
    people = [(item, off) for item, off in items if split_person_item(item)[0]]
    if len(people) < 2 or len(people) < 0.6 * len(items):
        return
    raw = ctx.raw(m.start("pre"), m.end("h") + 1)
    year = parsed.year or year_before(ctx, sent, m.start("h"))[0] or (ctx.doc.year if ctx.art.news else None)
    for item, off in people:
        _add_person(out, sent, off, item, parsed, raw, year, list(issuers))


def _described_people(items_text: str) -> list[tuple[str, str | None]] | None:
    """某市电信局营销管理员李某、某省人民医院副院长耿某(女)、… → [(李某, 某市电信局), (耿某, 某省人民医院)]:
    the holders a 的有/的包括 list gives each with unit and post, when most items read so (a
    colleague's bare name or a broken item may stand among them)."""
    items = [x.strip() for x, _ in _split_items(items_text, 0)]
    read = [split_person_item(x) for x in items]
    people = [(r[0], r[1]) for r in read if r[0] and is_name(r[0])]
    if len(people) < 2 or len(people) < 0.6 * len(items):
        return None
    return people


def enumerated_people(items_text: str) -> list[tuple[str, str | None]] | None:
    """谭某新、肖某（衡阳某钢管有限公司） → [(谭某新, 衡阳某钢管有限公司), (肖某, 衡阳某钢管有限公司)].

    Every item must be a name, bare or with its unit in brackets; a unit after the last name
    of a run of bare names is theirs too (the usual way of writing colleagues).  None when any
    item is not a name or names a collective (车间, 班组, 工作室, 团队…).
    """
    items = [x.strip() for x, _ in _split_items(items_text, 0)]
    if len(items) == 1:  # A和B / A及B
        m = re.fullmatch(r"(.+?)[和及与](.+)", items[0])
        if m and all(is_name(re.sub(r"[（(].*", "", g)) for g in m.groups()):
            items = list(m.groups())
    out: list[tuple[str, str | None]] = []
    for item in items:
        m = re.fullmatch(r"([\u4e00-\u9fff·]{2,8})(?:[（(]([^（）()]+)[）)])?", item)
        if not m or is_collective(item) or not is_name(m.group(1)):
            return None
        unit = m.group(2)
        if unit and not is_org_name(unit):
            unit = None if re.fullmatch(r"[男女]|[\u4e00-\u9fff]{1,5}族", unit) else unit
            if unit:
                return None
        out.append((m.group(1), unit))
    if len(out) < 2 and not (out and out[0][1]):
        return None
    # a trailing unit covers the bare names before it
    for k in range(len(out) - 1, -1, -1):
        if out[k][1]:
            j = k - 1
            while j >= 0 and out[j][1] is None:
                out[j] = (out[j][0], out[k][1])
                j -= 1
    return out


def _enumerations(
    ctx: Context,
    out: Found,
    sent: Sentence,
    issuers: list[str],
    announced: list[tuple[str, list[str], int | None]],
    title_year: int | None,
) -> None:
    """授予A、B、C等3名同志“X”称号 and A、B（单位）获“X”: one honour per person, conferred by the
    bodies of the sentence (市总工会决定授予…), else the document's issuers, else the bodies that
    announced the same series earlier in the article."""
    t = ctx.text
    s_text = t[sent.start : sent.end]
    for rx, need in ENUMERATION_PATTERNS:
        if not need.search(s_text):
            continue  # the pattern's fixed words are absent: no need to try it at every position
        for m in rx.finditer(s_text):
            people = enumerated_people(m["items"].strip())
            if people is None and rx is DE_LIST_RE:
                people = _described_people(m["items"])  # 的包括：某局营销管理员李某、某医院副院长耿某
            # the quoted patterns capture inside the quotes; 的有 lists may name the honour bare
            h = m["h"].strip("“”「」")
            quoted = rx not in (DE_LIST_RE, GRANT_AS_ENUM_RE, HOLDERS_ENUM_RE)
            # A、B等10人获“X” 提名奖: the words after the quote that still name it (its nomination)
            tail = SUFFIX_KEEP_RE.match(s_text[m.end("h") + 1 :]) if quoted else None
            if not people or phrase_kind(h) != "honour":
                continue
            parsed = parse_honour(h + (tail.group().strip() if tail else ""), doc_year=ctx.doc.year)
            if not parsed:
                continue
            before = re.sub(r"(?:经(?:研究|审定|评审)[，,]?)?(?:研究)?决定$", "", s_text[: m.start()].rstrip("，, "))
            conf = _bodies_before(ctx, sent, before + "授予") if rx in (GRANT_ENUM_RE, GRANT_AS_ENUM_RE) else []
            earlier = next(((b, y) for series, b, y in reversed(announced) if series == parsed.title), ([], None))
            conf = conf or list(issuers) or earlier[0]
            q = sent.start + m.start("h") - (1 if quoted else 0)
            year = (
                parsed.year
                or year_before(ctx, sent, q)[0]
                or earlier[1]
                or title_year
                or (ctx.doc.year if ctx.art.news else None)
            )
            raw = ctx.raw(q, sent.start + m.end("h") + (1 if quoted else 0) + (tail.end() if tail else 0))
            before_run = len(out)
            for name, unit in people:
                pos = sent.start + m.start("items") + max(m["items"].find(name), 0)
                add_list_person(out, sent, pos, ListPerson(name, unit, unit), parsed, raw, year, conf)
            if rx is HOLDERS_ENUM_RE:
                # 司长王某，甲、乙…8名X获得者: the head count closes the run, so the honour reaches no
                # name before it (rolls.chain_honours would carry it over the officials' commas)
                for f in out[before_run:]:
                    if f.kind == "honor":
                        f.value["_closed"] = True


LIST_WORDS_RE = re.compile(
    r"(?:获得者|获奖者|人员)?(?:名单|名录)|获得者$|[（(]\s*\d+\s*(?:名|人|个)[^）)]*[）)]|"
    r"(?:授予|表彰)?以下(?:同志|个人|职工)|如下|[：:]$"
)


# 名单(20个，按姓氏笔画排序，事迹详见…): the note closing a list heading
LIST_NOTE_RE = re.compile(r"(?<=名单|名录)\s*[（(][^（）()]*[）)]\s*$")
# 附件：优秀员工名单 / 附件2: / 附：某奖名单: a document's attachment label before the list's own heading
ATTACHMENT_RE = re.compile(r"^\s*附\s*(?:件\s*\d*)?\s*[：:]\s*")
# 优秀共产党员5名： / 科技进步奖27名 / 先进个人（共12人）: the head count a heading ends with, not the honour's name
HEADING_COUNT_RE = re.compile(
    r"""[（(]?\s*(?:共|计)?\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:名|人|位)   # 27名 / 五人 / （3名）
        \s*[）)]?\s*[：:]?\s*$""",
    re.VERBOSE,
)


def list_heading(line: str) -> str | None:
    """The honour a list heading announces (二、宜昌市五一劳动奖章（20名） / …获得者名单（4名）), or None.
    A long note in brackets after the list's words (名单(20个，按姓氏笔画排序，事迹详见…)) counts for
    nothing in the heading's length."""
    if re.search(r"[。！？]", line):
        return None
    if len(line) > 60:
        line = LIST_NOTE_RE.sub("", line)
        if len(line) > 60:
            return None
    numbered = HEADING_NUM_RE.match(line)
    if not numbered and not LIST_WORDS_RE.search(line):
        return None
    head = HEADING_NUM_RE.sub("", line)
    head = LIST_WORDS_RE.sub("", head)
    head = re.sub(r"^.*?(?:决定|同意)?(?:授予|表彰)", "", head) if re.search(r"授予|表彰", head) else head
    head = re.sub(r"[（(][^（）()]*[）)]\s*$", "", head).strip("：: ")
    return drop_heading_frame(head)


# 省直单位 / 教育系统 / 中央企业: the kind of unit a list's group gathers, not an honour
GROUP_WORDS_RE = re.compile(r"(?:单位|系统|企业|部门|机关|行业|战线|领域|地区)$")


def group_heading(head: str) -> bool:
    """Whether a list heading (numbering, list words and head count gone) names a group of the
    list above (安康市（7名）, 一、宁陕县, 省直单位（12人）) rather than a new honour: a place or a kind
    of unit, short and with no honour word."""
    label = drop_heading_frame(head).strip("：: ")
    if not 2 <= len(label) <= 12 or phrase_kind(label) == "honour":
        return False
    return is_place(label) or bool(GROUP_WORDS_RE.search(label))


def drop_heading_frame(head: str) -> str:
    """The heading's words without its attachment label and trailing head count (附件：X名单 → X;
    优秀共产党员5名 → 优秀共产党员): neither is part of the honour's name."""
    head = ATTACHMENT_RE.sub("", head)
    bare = HEADING_COUNT_RE.sub("", head).strip("：: ")
    return bare if len(bare) >= 2 else head


# 这10位杰出青年是： / 入选的5人分别为：: the head count an enumeration's opener states
# 入选的5人分别为： (not the 2020 of 感动中国十大人物2020名单如下：)
STATED_COUNT_RE = re.compile(r"(\d+|[一二三四五六七八九十两]+)\s*(?:名(?!单)|位|人)")
COMMA_ITEM_RE = re.compile(r"(?:[^，,（(]|[（(][^）)]*[）)])+")


def _enumeration_items(body: str, start: int) -> list[tuple[str, int]]:
    """The items after an enumeration's colon: apart by commas when most comma pieces read as
    单位+岗位+姓名 (某学院院长、教授陈某，某公司总裁陆某 — the 、 then joins one person's posts),
    else apart by 、 (甲、乙、丙)."""
    pieces = [(m.group().strip(), start + m.start()) for m in COMMA_ITEM_RE.finditer(body) if m.group().strip()]
    people = [p for p in pieces if split_person_item(p[0])[0]]
    if len(pieces) >= 2 and len(people) >= 2 and len(people) >= 0.6 * len(pieces):
        return pieces
    return _split_items(body, start)


def _split_people(t: str, sent: Sentence) -> list[tuple[str, int]]:
    out, start = [], sent.start
    for m in re.finditer(r"[，,、；;。]|$", t[sent.start : sent.end]):
        end = sent.start + m.start()
        item = t[start:end].strip()
        if item:
            out.append((item, start + (len(t[start:end]) - len(t[start:end].lstrip()))))
        start = sent.start + m.end()
        if not m.group():
            break
    return out


def _honour_of(
    ctx: Context, sent: Sentence, *, first: bool = False
) -> tuple[ParsedHonour, str, int | None, list[str]] | None:
    """The honour an enumeration lists: the last quoted honour of the sentence before it (the
    first one, ``first``, when an anaphor points back to a sentence that names several)."""
    t = ctx.text
    quoted = list(QUOTED_RE.finditer(t, sent.start, sent.end))
    for q in quoted if first else reversed(quoted):
        if phrase_kind(q.group(1)) != "honour":
            continue
        parsed = parse_honour(q.group(1), doc_year=ctx.doc.year)
        if not parsed:
            continue
        year = year_before(ctx, sent, q.start())[0]
        raw_start = q.start()
        # 省总工会、省人社厅联合开展2022年度“齐鲁大工匠”选树活动: the bodies and year of the selection
        before = t[sent.start : q.start()]
        for q2 in QUOTED_RE.finditer(t, sent.start, q.start()):
            if q2.group(1) == q.group(1):
                before = t[sent.start : q2.start()]
                year = year_before(ctx, sent, q2.start())[0] or year
                qual = re.search(r"(?:(?:19|20)\d\d\s*年度?|第[一二三四五六七八九十\d]+[届批]|首届|首批)+$", before)
                raw_start = sent.start + qual.start() if qual else q2.start()
                q = q2
                break
        conf = _bodies_before(ctx, sent, before)
        return parsed, ctx.raw(raw_start, q.end()), year, conf
    return None


def _announced(ctx: Context, sent: Sentence) -> tuple[ParsedHonour, str] | None:
    """The quoted honour whose results a lead announces (…联合举办的2022年“大国工匠年度人物”发布活动，
    在南京揭晓评选结果。), dated by the year written before it: the honour of the rows that follow
    with no heading of their own."""
    found = _honour_of(ctx, sent, first=True)
    if found is None:
        return None
    parsed, raw, year, _ = found
    return replace(parsed, year=parsed.year or year), raw


def _round_heading(ctx: Context, sent: Sentence, line: str) -> tuple[ParsedHonour, str] | None:
    """The honour of a 2011“感动中国”年度人物评选 heading, of the year it opens with (not the page's:
    a later copy of the results is dated years after them)."""
    found = _announced(ctx, sent)
    year = re.match(r"(?:19|20)\d\d", line)
    if found is None or year is None:
        return found
    parsed, raw = found
    return replace(parsed, year=parsed.year or int(year.group())), raw


def _bodies_before(ctx: Context, sent: Sentence, before: str) -> list[str]:
    from loaders.orgs import is_org_name, split_org_list

    m = re.search(
        r"(?P<orgs>[\u4e00-\u9fff、]{3,80}?)(?:联合|共同)?(?:开展|组织|评选|公布|命名|授予|表彰|发布)", before
    )
    if not m:
        return []
    names = split_org_list(re.sub(r"^(?:今年|去年|近日|日前)?(?:年初|年底)?", "", m["orgs"]))
    if names and all(is_org_name(n) or ctx.orgs.resolve(n, sent.start) != n for n in names):
        return [ctx.resolve_org(n, sent.start) or n for n in names]
    return []


def recent_list_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """日前/近日…公布…名单 with no year of its own, in a dated document: the undated honours of that
    sentence and of the sentence after it are of the document's year (a list is reported when it
    comes out).  An honour held earlier (曾获) keeps no year; an undated document gives none.
    Returns the facts, those honours as new facts with the year."""
    year = ctx.doc.year
    if not year:
        return facts
    sents = [s for s in ctx.art.sentences if s.kind in ("prose", "title", "heading")]
    covered: set[int] = set()
    for k, sent in enumerate(sents):
        if not RECENT_LIST_RE.search(sent.text) or YEAR_RE.search(sent.text):
            continue
        covered.add(sent.start)
        if k + 1 < len(sents) and not YEAR_RE.search(sents[k + 1].text):
            covered.add(sents[k + 1].start)
    if not covered:
        return facts
    return [
        replace(f, value={**f.value, "year": year})
        if f.kind == "honor" and f.value.get("year") is None and not f.value.get("_past") and f.sent.start in covered
        else f
        for f in facts
    ]
