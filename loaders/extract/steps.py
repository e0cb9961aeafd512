"""Article-level steps of the extraction that read the facts found so far and give facts back.

Each step takes the article's facts (and what it needs of the read-only context) and returns new
facts or an updated copy of the list: an updated fact is a new ``Fact`` (``dataclasses.replace``
with a new value dict), never the same object edited, and a fact no step touched is returned as
it came.  ``loaders.extract.stages.run_stages`` calls them in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from loaders.dates import parse_year
from loaders.extract.document import Article, Sentence
from loaders.extract.facts import Context, Fact, Found
from loaders.extract.orgfind import brand_host
from loaders.extract.posts import parse_post
from loaders.extract.relations import RESUME_RE, recent_event
from loaders.orgs import employer_of, is_org_name, is_place, org_kind, org_tier, split_org, split_org_list
from loaders.textnorm import to_simplified

BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")
EMPLOYER_KINDS = {"公司", "集团", "厂", "矿", "医院", "学校"}
# three companies or more in an opening paragraph that names none more often: a list of people, each
# at their own company, not the profile of one company whose units its people work at
LEAD_LIST_MIN = 3
ORGANISERS_RE = re.compile(
    r"由(?P<orgs>[^，。；]{4,120}?)(?:联合|共同)?(?:主办|举办|开展|组织|评选|发起)的"
    r"(?P<lead>[^，。；“「]{0,16})[“「](?P<h>[^”」]{2,30})[”」]"
    r"(?P<more>(?:[、和及与]?[“「][^”」]{2,30}[”」])*)"
)
SAME_HONOUR_RE = re.compile(r"(?:获|得|享|摘得|获得)此(?:殊荣|荣誉|称号|奖项|荣誉称号)|^\s*其中[，,]")
# 中建集团有14名全国劳模受到表彰。其中，…: a sentence that picks members out of a counted group
MEMBERS_RE = re.compile(r"^\s*其中[，,]")
COUNTED_GROUP_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)")


TITLE_MARKS_RE = re.compile(r"[\s“”\"'‘’《》「」『』（）()·、，,。.:：;；!！?？—\-]")


# a page compares its few titles again and again (the seed page: 192 calls, 14 titles)
@lru_cache(maxsize=4096)
def norm_title(text: str | None) -> str:
    """A title compared without quotes, brackets, punctuation or spaces, in simplified script."""
    return TITLE_MARKS_RE.sub("", to_simplified(text or ""))


def revalued(f: Fact, **changes: Any) -> Fact:
    """``f`` with some of its value's keys changed (a new fact and a new value dict)."""
    return replace(f, value={**f.value, **changes})


def _updated(facts: list[Fact], new: dict[int, Fact]) -> list[Fact]:
    """``facts`` with the facts keyed by ``id`` swapped for their updated copies."""
    return [new.get(id(f), f) for f in facts]


def section_roles(ctx: Context) -> list[Fact]:
    """01｜领衔人：张伟: a post as the label of a person's section line is that person's role."""
    from loaders.extract.people import SECTION_LINE_RE

    out = Found(ctx)
    t = ctx.text
    for start, _, name in ctx.sections:
        line_end = t.find("\n", start)
        m = SECTION_LINE_RE.match(t[start : line_end if line_end >= 0 else len(t)])
        label = m["label"] if m else None
        post = parse_post(label) if label else None
        if post and post[0] is None and m and m["name"] == name:  # a post means a label, so m matched
            sent = next((x for x in ctx.art.sentences if x.start <= start < x.end), None)
            if sent is not None:
                out.add(
                    "position",
                    {"title": post[1], "org": None, "raw_org": None, "year": None, "current": True, "appointed": False},
                    sent,
                    start,
                    persons=[name],
                    confidence=0.7,
                )
    return out


def noted_conferrers(ctx: Context, facts: list[Fact], earlier: list[Fact], bodies: list[str], pos: int) -> list[Fact]:
    """这项由上海市总工会、…共同开展的选树活动: the bodies of the note confer the honours of the sentence
    before (``earlier``) that name no conferrer."""
    new = {
        id(f): revalued(f, conferred_by=[ctx.resolve_org(b, pos) or b for b in bodies])
        for f in earlier
        if not f.value["conferred_by"]
    }
    return _updated(facts, new)


def _praised_head(ctx: Context, sent: Sentence, f: Fact) -> bool:
    """Whether an honour is the noun 获此殊荣的 describes (唯一获此殊荣的漳州工匠): the person it
    points at, not an honour of its own."""
    m = SAME_HONOUR_RE.search(ctx.text, sent.start, sent.end)
    return m is not None and m.start() <= f.pos <= m.end() + 1 and ctx.text.startswith("的", m.end())


def same_honour(ctx: Context, facts: list[Fact], sent: Sentence, before: int) -> list[Fact]:
    """同样获此殊荣的还有…的潘国良: the people of ``sent`` hold the honour it points back to — the last
    one named before it (``facts[:before]``) that the headline names too, else simply the last one.
    Returns the new facts."""
    earlier = [f for f in facts[:before] if f.kind == "honor"]
    # an honour the sentence itself confers is the one 此殊荣 means; one written before a name as its
    # description (省劳动模范、某公司总工程师曾某是…唯一获此殊荣的) is an earlier one, and leaves it open
    own = [f for f in facts[before:] if f.kind == "honor" and not f.value.get("_apposition")]
    if any(not _praised_head(ctx, sent, f) for f in own):
        return []
    members = MEMBERS_RE.match(sent.text)
    if members and not SAME_HONOUR_RE.search(sent.text, members.end()):
        return group_members(ctx, sent)
    if not earlier:
        return []
    head = norm_title(ctx.art.title.text if ctx.art.title else "") + norm_title(
        ctx.art.subtitle.text if ctx.art.subtitle else ""
    )
    headed = [f for f in earlier if norm_title(f.value["title"]) and norm_title(f.value["title"]) in head]
    source = (headed or earlier)[-1]
    return [
        Fact("honor", dict(source.value), sent, m.start, [m.name], source.confidence * 0.9)
        for m in ctx.names_in(sent.start, sent.end)
    ]


# 14名全国劳模受到表彰 / 3名职工荣获“某某工匠”称号: a counted group and the honour it holds
COUNTED_HOLDERS_RE = re.compile(
    r"(?:\d+|[一二三四五六七八九十两百]+)\s*(?:名|位|人)(?:职工|同志)?"
    r"(?:(?P<h1>[^，,。；;！？]{2,20}?)(?:受到表彰|获得表彰|获表彰)"
    r"|(?:荣获|获评|获得|被评为|被授予)(?P<h2>[^，,。；;！？]{2,30}?)(?:荣誉)?(?:称号)?(?:[，,。；;！？]|$))"
)


def group_members(ctx: Context, sent: Sentence) -> list[Fact]:
    """中建集团有14名全国劳模受到表彰。其中，某公司总工程师陆某作为代表上台领奖: the first person
    ``sent`` names holds the honour of the counted group the sentence just before it names.  Returns
    the new facts."""
    from loaders.honours import parse_honour

    sentences = ctx.art.sentences
    k = next((i for i, x in enumerate(sentences) if x is sent), 0)
    if k == 0 or sentences[k - 1].kind != "prose":
        return []
    prev = sentences[k - 1]
    m = COUNTED_HOLDERS_RE.search(prev.text)
    if not m:
        return []
    raw = m["h1"] or m["h2"]
    parsed = parse_honour(raw, doc_year=ctx.doc.year)
    names = ctx.names_in(sent.start, sent.end)
    if parsed is None or not names:
        return []
    value = {
        "title": parsed.title,
        "raw": raw,
        "edition": parsed.edition,
        "year": parsed.year or (ctx.doc.year if ctx.art.news else None),
        "level": parsed.level,
        "category": parsed.category,
        "conferred_by": list(parsed.conferred_by),
    }
    return [Fact("honor", value, sent, names[0].start, [names[0].name], 0.7)]


def _placed(org: str) -> bool:
    """丰县疾病控制中心, 沛县某站: a unit-kind name opening with a place names that place's own body."""
    return any(is_place(org[:k]) for k in range(2, min(len(org) - 2, 6) + 1))


def units_under_bodies(ctx: Context, facts: list[Fact]) -> tuple[list[Fact], list[tuple[str, str | None]]]:
    """研发中心主任 / 合成一车间操作工 in a profile of one company: a post at a unit named alone is
    held at the company the article keeps naming (three times, or twice and in its headline), or
    at the last company its opening paragraph names, when no company is named more often.
    Returns the facts (those posts with the company as ``parent``) and the (unit, company) links."""
    counts: Counter[str] = Counter()
    lead = next((x for x in ctx.art.sentences if x.kind == "prose" and x.text.rstrip().endswith("。")), None)
    para = BLANK_LINE_RE.search(ctx.text, lead.start, ctx.art.end) if lead else None
    lead_end = para.start() if para else ctx.art.end
    in_lead: list[str] = []
    for m in ctx.orgs.at(ctx.art.start, ctx.art.end):
        if m.generic or m.party_state:
            continue
        company = employer_of(m.resolved)  # 某公司GIS事业部 counts for 某公司
        if company and org_kind(company) in EMPLOYER_KINDS and org_tier(company) == "body":
            counts[company] += 1
            if lead and lead.start <= m.start < lead_end:
                in_lead.append(company)
    if not counts:
        return facts, []
    (body, n), *rest = [*counts.most_common(2), ("", 0)]
    headline = ctx.art.title
    titled = headline is not None and body in ctx.text[headline.start : headline.end]
    if n >= 3 or (n >= 2 and titled):
        if rest[0][1] * 2 > n:
            return facts, []
    elif in_lead and counts[in_lead[-1]] >= n and len(set(in_lead)) < LEAD_LIST_MIN:
        # (three companies or more in the lead, none named more often: a list of people, each at their own)
        body = in_lead[-1]  # 在X集团旗下Y公司Z事业部的装配车间: the narrowest body of the lead
    else:
        return facts, []
    out: list[Fact] = []
    links: list[tuple[str, str | None]] = []
    for f in facts:
        org = f.value.get("org") if f.kind == "position" else None
        parts = split_org(org) if org and not f.value.get("appointed") else []
        if not parts or any(org_tier(p.name) != "unit" for p in parts) or brand_host(org or "") or _placed(org or ""):
            # (斯尔邦石化烯烃事业部: a unit of the company its short name names, not the article's;
            # 丰县疾病控制中心: a place's own centre, station or team, no unit of the article's company)
            out.append(f)
            continue
        out.append(revalued(f, parent=body))
        links.append((parts[0].name, body))
    return out, links


def announced_to_sections(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An announcement (10位…获评2024年“某某年度人物”。以下是其中6位的简介) followed by one
    section per person: each person of a section holds the announced honour.  Returns the new facts."""
    if len(ctx.sections) < 2:
        return []
    first = ctx.sections[0][0]
    announced = [
        f
        for f in facts
        if f.kind == "honor" and f.pos < first and not f.persons and not [m for m in ctx.names_in(f.sent.start, f.pos)]
    ]
    if not announced:
        return []
    shares = counted_shares(ctx, announced, len(ctx.sections))
    introduced = introduced_honour(ctx, announced, first)
    out: list[Fact] = []
    for k, (start, _, name) in enumerate(ctx.sections):
        # the announcement nearest before the section (我区有1名职工获…奖章。… 我区共有3人荣获…称号。…)
        later = [
            g
            for g in facts
            if g.kind == "honor"
            and first <= g.pos < start
            and not g.persons
            and not ctx.names_in(g.sent.start, g.pos)
            and COUNTED_GROUP_RE.search(ctx.text, g.sent.start, g.pos)
        ]
        f = later[-1] if later else shares[k] if shares else introduced or announced[-1]
        f = _section_heading_honour(ctx, facts, f, ctx.sections[k - 1][0] if k else first, start) or f
        out.append(Fact("honor", dict(f.value), f.sent, start, [name], f.confidence))
    return out


def _section_heading_honour(ctx: Context, facts: list[Fact], f: Fact, lo: int, start: int) -> Fact | None:
    """02 / 2019年度感动中国人物 / 樊某: the same series written again, with its own year, just above a
    section (after the previous one began) heads that section — the announced year is the first
    section's, not every one's.  The last such person-less mention, or None."""
    heads = [
        g
        for g in facts
        if g.kind == "honor"
        and lo <= g.pos < start
        and not g.persons
        and g.value.get("title") == f.value.get("title")
        and not ctx.names_in(g.sent.start, g.pos)
    ]
    return heads[-1] if heads else None


def introduced_honour(ctx: Context, announced: list[Fact], first: int) -> Fact | None:
    """让我们先一睹“西安十佳工匠之星”的风采: the announced honour the text names, in quotes, last before
    the sections (after the announcement that named several), or None."""
    from loaders.honours import QUOTED_RE, parse_honour

    lo = max(f.sent.end for f in announced)
    for q in reversed(list(QUOTED_RE.finditer(ctx.text, lo, first))):
        parsed = parse_honour(q.group(1))
        title = parsed.title if parsed else q.group(1)
        named = [f for f in announced if f.value.get("title") == title]
        if named:
            return named[-1]
    return None


NUMERALS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def counted_shares(ctx: Context, announced: list[Fact], n: int) -> list[Fact] | None:
    """其中，温州有1人获“X”称号，1人获“Y”称号 over two sections: the announcing sentence's honours, each
    after its own head count, taken in order by as many sections as the counts say (None unless the
    counts add up to ``n``, the number of sections)."""
    last = announced[-1].sent
    same = sorted((f for f in announced if f.sent is last), key=lambda f: f.pos)
    if len(same) < 2:
        return None
    out: list[Fact] = []
    lo = last.start
    for f in same:
        counts = list(COUNTED_GROUP_RE.finditer(ctx.text, lo, f.pos))
        if not counts:
            return None
        word = counts[-1].group()[:-1]
        k = int(word) if word.isdigit() else NUMERALS.get(word, 0)
        out += [f] * k
        lo = f.pos
    return out if len(out) == n else None


def series_organisers_confer(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """由全国总工会、某电视台联合主办的2024年“某某年度人物”发布活动: the organisers confer that
    honour (and its nominations) wherever the article gives it without a conferrer."""
    from loaders.extract.frames import is_body, joined_bodies
    from loaders.honours import parse_honour

    t = ctx.text
    series: list[tuple[str, list[str], int | None]] = []
    for sent in ctx.art.sentences:
        for m in ORGANISERS_RE.finditer(t, sent.start, sent.end):
            # 山西日报社和山西广播电视台 reads as one name (it ends in one): two bodies joined by 和
            names = [part for n in split_org_list(m["orgs"]) for part in joined_bodies(n)]
            if not names or not all(is_body(n) for n in names):  # a newspaper (山西日报社) is a body too
                continue
            dated = re.search(r"((?:19|20)\d\d)\s*年", m["lead"])
            orgs = [ctx.resolve_org(n, m.start()) or n for n in names]
            # 2024年度“最美乡村医生”“最美环卫工”发布仪式: every series of the run, with its edition year
            for h in [m["h"], *re.findall(r"[“「]([^”」]{2,30})[”」]", m["more"] or "")]:
                parsed = parse_honour(h)
                if parsed:
                    series.append((norm_title(parsed.title), orgs, int(dated.group(1)) if dated else None))
    if not series:
        return facts
    out: list[Fact] = []
    for f in facts:
        changes: dict[str, Any] = {}
        if f.kind == "honor":
            title = norm_title(f.value["title"])
            for key, orgs, year in series:
                if title.startswith(key):
                    if not f.value["conferred_by"]:
                        changes["conferred_by"] = list(orgs)
                    if f.value.get("year") is None and year:
                        changes["year"] = year
                    break
        out.append(revalued(f, **changes) if changes else f)
    return out


def share_within_sentence(facts: list[Fact]) -> list[Fact]:
    """…厅同步公布了2022年度“齐鲁首席技师”名单，其中，孔祥伟…3人同时获评“齐鲁首席技师”: the second
    mention of a series in a sentence takes the year and bodies the first one gave."""
    out = list(facts)
    honours = [k for k, f in enumerate(out) if f.kind == "honor"]
    for i in honours:
        for j in honours:
            f, g = out[i], out[j]
            if i == j or g.sent is not f.sent or norm_title(g.value["title"]) != norm_title(f.value["title"]):
                continue
            changes: dict[str, Any] = {}
            if not f.value["conferred_by"] and g.value["conferred_by"]:
                changes["conferred_by"] = list(g.value["conferred_by"])
            if f.value.get("year") is None and g.value.get("year") is not None:
                changes["year"] = g.value["year"]
            if len(g.value.get("raw") or "") > len(f.value.get("raw") or "") and g.pos < f.pos:
                changes["raw"] = g.value["raw"]
            if changes:
                out[i] = revalued(f, **changes)
    return out


# the bodies a sentence says confer a series, beyond those relations.organisers_confer reads:
STATED_RE = re.compile(
    r"""
    (?:^|(?<=[，,。；;！？\n]))
    (?P<orgs>[^，,。；;！？“”「」:：\n]{2,30}?)
    (?:
      (?:在|于)[^，,。；;！？“”\n]{1,12}?(?:公布|发布|揭晓|印发)了?  # 人社部在其官网公布了…名单，共表彰…
      (?P<list>[^。；;！？\n]*?(?:名单|决定|通报)[^。；;！？\n]*)
    # 党中央、国务院每五年评选表彰一次的…
    | (?:每[一二三四五六七八九十\d]+年|每年|定期)(?:评选表彰|评选|表彰|授予|命名)(?:一次)?的
      (?P<series>[^。；;！？，,\n]{2,40})
    # 市妇联命名28名优秀女性为… / 省总工会命名了首批100名“安徽工匠”
    | (?:决定[，,]?)?(?:授予|命名|表彰)了?
      (?=(?:首批|第[一二三四五六七八九十\d]+批)?(?:\d+|[一二三四五六七八九十两百千]+)(?:名|位|人))
      (?P<counted>[^。；;！？\n]{2,120})
    )
    """,
    re.VERBOSE,
)
# …“中国好医生、中国好护士”现场交流活动…，该活动由中央文明办、国家卫生健康委员会主办: the organisers of
# an activity named just before confer the series it is about
NOTED_ACTIVITY_RE = re.compile(
    r"(?:这项|该项|此项|这一|该|此)(?:活动|评选|评选活动|选树活动|推选活动|评议活动)由"
    r"(?P<orgs>[^，,。；;！？“”\n]{4,80}?)(?:共同|联合)?(?:主办|举办|开展|组织|发起|评选)"
)
# 首届长沙十大最美护士评选由A、B、C共同主办: the series named before its own 评选…由
NAMED_ACTIVITY_RE = re.compile(
    r"(?P<series>[^，,。；;！？“”\n]{4,30}?)(?:评选|选树|推选)(?:活动)?由"
    r"(?P<orgs>[^，,。；;！？“”\n]{4,80}?)(?:共同|联合)?(?:主办|举办|开展|组织|发起)"
)
# 表彰由A、B联合评选出的2016-2020年度河北省优秀公安局…和优秀人民警察: what the bodies chose, unquoted
CHOSEN_BY_RE = re.compile(
    r"由(?P<orgs>[^，,。；;！？“”\n]{4,80}?)(?:共同|联合)?(?:评选出|评出|选出|推选出)的(?P<series>[^。；;！？\n]{2,80})"
)
# the words before a series' name in its clause (…的 / 在 / 为 / 是), its year and its round
# 2014年全国模范教师由人社部、教育部组织评选 / …奖由省总工会颁发: a series, then the bodies that choose it
SERIES_BY_RE = re.compile(
    r"(?:^|(?<=[，,。；;！？\n]))\s*(?:据了解[，,]?)?(?P<series>[^，,。；;！？“”\n由]{4,30}?)由"
    r"(?P<orgs>[^，,。；;！？“”\n]{2,80}?)(?:共同|联合)?(?:组织|负责)?(?:评选|评定|评审|授予|颁发|命名)(?=$|[。，,；;！])"
)
SERIES_NOISE_RE = re.compile(r"^.*?(?:的|[在为是])|(?:19|20)\d\d年度?|第[一二三四五六七八九十\d]+[届批]|首届|首批")
SERIES_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区|市)")
STATED_NEED_RE = re.compile(r"公布|发布|揭晓|印发|每[一二三四五六七八九十\d]*年|定期|授予|命名|表彰")


def stated_conferrers(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """人社部在其官网公布了…表彰名单，共表彰30名中华技能大奖和295名全国技术能手 / 党中央、国务院每五年
    评选表彰一次的全国劳动模范和先进工作者 / 市妇联命名28名优秀女性为2016年度“三八红旗手”: the
    sentence's bodies confer the series it names, wherever the article gives one without a conferrer."""
    from loaders.extract.frames import split_bodies
    from loaders.extract.relations import canonical_bodies, covers, series_phrases

    t = ctx.text
    art = ctx.art
    named: list[tuple[list[str], tuple[str, ...]]] = []
    for sent in ctx.art.sentences:
        if sent.kind != "prose" or not STATED_NEED_RE.search(sent.text):
            continue
        for m in STATED_RE.finditer(sent.text.strip()):
            rest = m["list"] or m["series"] or m["counted"] or ""
            bodies = split_bodies(m["orgs"], t[art.start : sent.start])
            if bodies and not re.search(r"拟|候选|推荐|公示", rest):
                named.append((series_phrases(re.sub(r"(?:19|20)\d\d年度?", "", rest)), bodies))
    named += noted_activities(ctx)
    if not named:
        return facts
    new: dict[int, Fact] = {}
    for f in facts:
        if f.kind != "honor" or f.value.get("conferred_by"):
            continue
        for phrases, bodies in named:
            if covers(phrases, f.value.get("title") or ""):
                resolved = [ctx.resolve_org(b, f.pos) or b for b in bodies]
                new[id(f)] = revalued(f, conferred_by=canonical_bodies(resolved))
                break
    return _updated(facts, new)


def noted_activities(ctx: Context) -> list[tuple[list[str], tuple[str, ...]]]:
    """该活动由A、B主办: (the series quoted in the sentence before the note, or in the sentence
    before that one, and the bodies) for each such note of the article."""
    from loaders.extract.frames import split_bodies
    from loaders.extract.relations import series_phrases

    t = ctx.text
    art = ctx.art
    out: list[tuple[list[str], tuple[str, ...]]] = []
    prose = [s for s in art.sentences if s.kind == "prose"]
    for k, sent in enumerate(prose):
        # every pattern of this step needs 由: a sentence without it is not searched
        m = NOTED_ACTIVITY_RE.search(t, sent.start, sent.end) if t.find("由", sent.start, sent.end) >= 0 else None
        if m is None:
            continue
        bodies = split_bodies(m["orgs"], t[art.start : sent.start])
        quoted = re.findall(r"[“「]([^”」]{2,40})[”」]", t[sent.start : m.start()])
        if not quoted and k:
            quoted = re.findall(r"[“「]([^”」]{2,40})[”」]", prose[k - 1].text)
        phrases = [p for q in quoted for p in series_phrases(q)]
        if bodies and phrases:
            out.append((phrases, bodies))
    for sent in prose:
        if "由" not in sent.text:
            continue
        for m in CHOSEN_BY_RE.finditer(sent.text):
            series = re.sub(r"(?:19|20)\d\d(?:\s*[-—–~至]\s*(?:19|20)\d\d)?年度?", "", m["series"])
            bodies = _named_bodies(m["orgs"], t[art.start : sent.start])
            phrases = series_phrases(series)
            place = SERIES_PLACE_RE.match(series)  # 河北省优秀公安局、…和优秀人民警察: each the province's
            if place:
                phrases += [place.group() + p for p in phrases if not p.startswith(place.group())]
            if bodies and phrases:
                out.append((phrases, bodies))
        for m in SERIES_BY_RE.finditer(sent.text):
            series = SERIES_NOISE_RE.sub("", m["series"])
            bodies = _named_bodies(m["orgs"], t[art.start : sent.start])
            phrases = series_phrases(series)
            if bodies and phrases:
                out.append((phrases, bodies))
        for m in NAMED_ACTIVITY_RE.finditer(sent.text):
            series = SERIES_NOISE_RE.sub("", m["series"])
            bodies = _named_bodies(m["orgs"], t[art.start : sent.start])
            phrases = series_phrases(series)
            if bodies and phrases:
                out.append((phrases, bodies))
    return out


def _named_bodies(run: str, context: str) -> tuple[str, ...]:
    """长沙市卫生局、长沙市文明办、长沙市妇联: every 、-item a body (an office known by its short name too),
    each by its full local name (长沙市妇联 → 长沙市妇女联合会); () when an item is no body."""
    from loaders.extract.context import OFFICE_RE, full_local_body
    from loaders.extract.frames import split_bodies

    out: list[str] = []
    for piece in (p.strip() for p in run.split("、") if p.strip()):
        known = OFFICE_RE.fullmatch(piece) or full_local_body(piece) != piece  # 长沙市文明办
        found = split_bodies(piece, context) or ((piece,) if known else ())
        if not found:
            return ()
        out += [full_local_body(b) for b in found]
    return tuple(dict.fromkeys(out))


# a level written as a grade (省级劳动模范, 市级先进工作者): the level's own series (省劳动模范)
LEVEL_WORD_RE = re.compile(r"^([省市县区])级")


# the verb a decision's title opens its series with (关于表彰… / 关于授予…)
DECISION_VERB_RE = re.compile(r"^(?:表彰|授予|命名|追授|表扬)")


def decision_covers(body: str, title: str) -> bool:
    """Whether a decision 《关于授予2024年株洲市五一劳动奖状、奖章…》 confers ``title``."""
    title = LEVEL_WORD_RE.sub(r"\1", title)  # 省级劳动模范 under 《关于表彰安徽省劳动模范…》: 省劳动模范
    if title in body or (len(title) > 4 and title[:-1] in body):  # 全国五一劳动奖章 in …全国五一劳动奖和…
        return True
    # 《关于表彰全国劳动模范和先进工作者的决定》: each honour the title joins, the level shared
    series = DECISION_VERB_RE.sub("", body)
    if title in (_coordinated_parts(series) or ()):
        return True
    # 《关于表彰全国卫生健康系统先进集体、先进工作者及…的决定》: an item written bare after the first shares
    # the scope the first names before its own words (全国卫生健康系统先进工作者)
    items = [i.strip("“”‘’「」") for i in re.split(r"[、和及与]", series) if i]
    for item in items[1:]:
        scope = title[: -len(item)] if len(item) >= 3 and title.endswith(item) else ""
        if len(scope) >= 2 and items[0].startswith(scope) and len(items[0]) > len(scope):
            return True
    if len(title) > 4 and title in re.sub(r"(?<=[\u4e00-\u9fff]{2})市", "", series):
        return True  # 滨州劳动模范 under 《关于表彰滨州市劳动模范的决定》: the city written without 市
    place = re.match(r"^[\u4e00-\u9fff]{2,4}?[省市县]", title)
    rest = title[place.end() :] if place else title
    return place is not None and place.group() in body and (rest in body or rest[-2:] in body)


# 近日，他又被评为… / 工区近来双喜临门，…也同时荣获…: a conferral told as recent news
# 如今，他又获得“河北省劳动模范”的殊荣: 如今 opening the clause tells the latest honour too
RECENT_WORD_RE = re.compile(r"近日|日前|近期|近来|前不久|不久前|刚刚|^\s*如今")
# 台海网11月27日讯 据…报道，日前，…决定，授予… / 近日，某部决定，授予…: a lead told as the day's news
NEWS_LEAD_RE = re.compile(
    r"^\s*(?:[^，,。；;！？\s]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)"
    r"|[^。；;！？]{0,40}?(?:近日|日前|近期|前不久|前夕|传来喜讯|刚刚))"  # 五一前夕，…表彰大会上传来喜讯
)
LEAD_EVENT_RE = re.compile(
    r"表彰|授予|命名|颁奖|颁发|荣获|获评|评为|决定|名单|大会|仪式|揭晓|公布|发布|获此殊荣|当选|入选"
)
# 温州发布 2023-07-30 10:42:24: a source and time stamp, not the lead
STAMP_RE = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}")


# 浙江在线10月20日讯（记者 …）/ 新华社北京4月26日电 / 本报讯: a news item's dateline
DATELINE_OPEN_RE = re.compile(
    r"^\s*(?:[^，,。；;！？\s]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)|本报讯"
    r"|[^，,。；;！？\s]{2,12}(?:讯|消息)\s*(?:[（(]|通讯员|记者))"
)
# a headline the layout joined to the paragraph under it: …大会召开,99个单位受表彰河北日报消息(记者 某某)近日,
GLUED_DATELINE_RE = re.compile(
    r"[^，,。；;！？\s“”]{2,12}(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电)\s*[（(]\s*(?:记者|通讯员)"
)
GLUED_WITHIN = 80
# how many of an article's first prose sentences a dateline may open (past a lead-in or teaser)
DATELINE_WITHIN = 4


def news_lead(ctx: Context) -> bool:
    """Whether the article's first sentence of prose (past a source-and-time stamp) tells the
    day's conferral: a dateline (某某网11月27日讯) or a recent-news opening (近日，…决定，授予…);
    or whether a dateline opens a paragraph among its first sentences of prose (a teaser line or
    two before 浙江在线10月20日讯…): the item is the day's news."""
    first = True
    for k, sent in enumerate(s for s in ctx.art.sentences if s.kind == "prose"):
        if k >= DATELINE_WITHIN:
            break
        if STAMP_RE.search(sent.text) and not re.search(r"[，,。；]", sent.text):
            continue
        if first and NEWS_LEAD_RE.match(sent.text) and LEAD_EVENT_RE.search(sent.text):
            return True
        if first and GLUED_DATELINE_RE.search(sent.text[:GLUED_WITHIN]):
            return True
        first = False
        line_start = ctx.text.rfind("\n", 0, sent.start) + 1
        if not ctx.text[line_start : sent.start].strip() and DATELINE_OPEN_RE.match(sent.text):
            return True
    return False


# a day written without its year (5月10日 / 记者22日从…获悉 / 于4月28日): in a dated document, a day of its year
# (not a dateline's day, 宁波在线10月20日讯: where it opens the item news_lead judges it)
DAY_RE = re.compile(r"(?<![\d年])(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?!\s*[讯电])")
DATED_DAY_RE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d")


# 随后的全国赛事中，他…获得全国技术能手称号 / 此后又被评为…: a sentence that goes on from the one before it
SEQUEL_OPEN_RE = re.compile(r"\s*(?:随后|此后|之后|其后|后来|不久|接着)")
# a year the sentence before writes (2021年，他参加了…选拔赛), not a birth year
SEQUEL_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年(?!度|代)(?!\d{0,2}月?\d{0,2}日?\s*(?:出生|生))")


def sequel_of_dated(ctx: Context, f: Fact) -> bool:
    """Whether the honour's sentence opens with a sequel word (随后, 此后, 后来) after a sentence of its
    paragraph that writes another year than the page's: the item narrates that earlier story, and the
    honour is of then, not of the day's news."""
    if not SEQUEL_OPEN_RE.match(f.sent.text):
        return False
    t = ctx.text
    para = t.rfind("\n", 0, f.sent.start) + 1
    years = [int(m.group(1)) for m in SEQUEL_YEAR_RE.finditer(t, para, f.sent.start)]
    return bool(years) and years[-1] != ctx.doc.year


# 中央宣传部、…发布了张某等一批“最美铁路人”先进事迹 / 公布了李某等10名“X”名单: a release naming holders of
# a quoted honour, the news the item reports
PUBLISHED_HOLDERS_RE = re.compile(
    r"""
    (?:发布|公布|揭晓)了?                           # the release
    [^。；;！？“”]{0,40}?等                           # the holders it names, 张某等
    (?:一批|\d{1,4}[名位人]|[一二三四五六七八九十百]{1,4}[名位人])?
    [“「][^”」]{2,20}[”」]                            # the quoted honour
    (?:先进事迹|事迹|名单|获得者)
    """,
    re.VERBOSE,
)
# 新华社北京1月8日电 / 本报讯 on a line of its own near the article's top (a heading line, not its prose)
DATELINE_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)|本报讯")
DATELINE_WITHIN_CHARS = 200
SENTENCE_YEAR_RE = re.compile(r"(?:19|20)\d\d\s*年|[今去前]年|上一?年度")


def published_holders_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A dated news item (a dateline opens it) whose sentence tells a release naming holders of a
    quoted honour (发布了张某等一批“最美铁路人”先进事迹) and writes no year: that sentence's undated
    honours are of the document's year, as the conventions date a conferral a news item reports."""
    year = ctx.doc.year
    head = ctx.text[ctx.art.start : ctx.art.start + DATELINE_WITHIN_CHARS]
    if not year or not (ctx.art.news or news_lead(ctx) or DATELINE_RE.search(head)):
        return facts
    released = {
        s.start
        for s in ctx.art.sentences
        if s.kind == "prose" and PUBLISHED_HOLDERS_RE.search(s.text) and not SENTENCE_YEAR_RE.search(s.text)
    }
    new: dict[int, Fact] = {}
    for f in facts:
        v = f.value
        if f.kind == "honor" and v.get("year") is None and not v.get("_past") and f.sent.start in released:
            new[id(f)] = revalued(f, year=year)
    return _updated(facts, new)


def recent_in_sentence(ctx: Context, f: Fact) -> bool:
    """近日，他又被评为“河南省劳动模范” / 近来…也同时荣获… / 记者22日从…会议上获悉，会议还授予…: a
    recent-news word, or a day written without a year, before the honour in its own sentence, outside
    quotes."""
    head = ctx.text[f.sent.start : max(f.sent.start, f.pos)] if f.pos > f.sent.start else ""
    clause = head or f.sent.text
    clause = re.sub(r"[“「][^”」]*[”」]", "", clause)
    if DAY_RE.search(DATED_DAY_RE.sub("", clause)):
        return True
    return bool(RECENT_WORD_RE.search(clause))


# 2022年12月底，人社部…公布了…表彰名单，共表彰30名中华技能大奖和295名全国技术能手: a dated opening
DATED_EVENT_RE = re.compile(r"^\s*[^，,。；;！？]{0,12}?((?:19|20)\d\d)\s*年(?!度)[^，,。；;！？]{0,10}[，,]")
DATED_EVENT_WORD_RE = re.compile(r"表彰|授予|命名|公布|揭晓|评选|颁奖|颁发")


def _undated_honours(facts: list[Fact]) -> Iterator[tuple[Fact, str]]:
    """The undated honours not held earlier, each with its folded title (four characters or more:
    a shorter one would match inside any sentence)."""
    for f in facts:
        if f.kind != "honor" or f.value.get("year") is not None or f.value.get("_past"):
            continue
        key = norm_title(f.value.get("title"))
        if len(key) >= 4:
            yield f, key


def dated_event_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """2022年12月底，人社部…公布了…名单，共表彰30名中华技能大奖和295名全国技术能手 … 此次，…获此殊荣: a
    sentence opening with its year that reports a conferral dates the undated honours it names that the
    article goes on to give (not those held earlier)."""
    events: list[tuple[int, str, int]] = []  # (end, folded sentence, year)
    for sent in ctx.art.sentences:
        if sent.kind != "prose":
            continue
        m = DATED_EVENT_RE.match(sent.text)
        if m and DATED_EVENT_WORD_RE.search(sent.text, m.end()):
            events.append((sent.end, norm_title(sent.text), int(m.group(1))))
    if not events:
        return facts
    new: dict[int, Fact] = {}
    for f, key in _undated_honours(facts):
        years = [year for end, text, year in events if end <= f.pos and key in text]
        if years:
            new[id(f)] = revalued(f, year=years[-1])
    return _updated(facts, new)


# a sentence announcing a group's conferral: a conferral word and a head count or a list
# (2010年建材系统受表彰的全国劳动模范共有20人 / 2012年全市劳动模范名单 / 表彰了60位2013年度…)
GROUP_CONFERRAL_RE = re.compile(r"表彰|授予|评为|评选|当选|命名|揭晓|获得者|荣获|获评|名单")
GROUP_COUNT_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)\s*(?:名|位|人)|名单")
# a year of the announcement: not a decade, a range's end or start, or a period's start (2014年以来); not
# a 年度 (表彰一批2015年度…先进单位，授予2名个人X: the 年度 is the other honour's, the conferral is later)
ANNOUNCED_YEAR_RE = re.compile(
    r"""(?<![\d\-—–~～至到])((?:19|20)\d\d)\s*年(?![代度])  # 2015年度 may qualify another honour
        (?![^，,。；;！？]{0,3}(?:以来|至今|起|开始))      # 自2014年以来: a period
        (?!\s*度?\s*[\-—–~～至到])                      # 2013至2015年度: a range""",
    re.VERBOSE,
)
RANGE_YEAR_RE = re.compile(r"(?:19|20)\d\d\s*年?度?\s*[\-—–~～至到]\s*(?:19|20)?\d\d")
# 1985年3月出生: a birth, no conferral's year
BORN_YEAR_RE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*(?:出生|生)")


def _announced_years(ctx: Context) -> list[tuple[int, str, int]]:
    """The article's sentences (headline included) that announce a group's conferral and write one
    year: (start, folded text, year)."""
    art = ctx.art
    sents = ([art.title] if art.title is not None else []) + [s for s in art.sentences if s is not art.title]
    out: list[tuple[int, str, int]] = []
    for sent in sents:
        text = to_simplified(sent.text)
        if RANGE_YEAR_RE.search(text) or not (GROUP_CONFERRAL_RE.search(text) and GROUP_COUNT_RE.search(text)):
            continue
        years = {int(m.group(1)) for m in ANNOUNCED_YEAR_RE.finditer(text)}
        if len(years) == 1 and not BORN_YEAR_RE.search(text):
            out.append((sent.start, norm_title(text), years.pop()))
    return out


def announced_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """2010年建材系统受表彰的全国劳动模范和先进工作者共有20人 under the headline 宋志平、邢涛等20人被评为
    全国劳模: an undated honour (not held before, its own sentence writing no year) takes the year of
    a sentence announcing a group's conferral of the same title (a conferral word and a head count or
    名单) that stands before it, when all such sentences give one year.  A headline's honour takes the
    body's year only on an undated page: a dated page's headline reports the page's news (on dev, one
    dated text lost when its headline took an earlier year from the body).  One person's résumé
    sentence (2016年4月，某获得…) announces no group and dates no one else."""
    announced = _announced_years(ctx)
    if not announced:
        return facts
    art = ctx.art
    head = art.title
    new: dict[int, Fact] = {}
    for f, key in _undated_honours(facts):
        if ANY_WRITTEN_YEAR_RE.search(f.sent.text):
            continue  # its own sentence writes a time: that governs
        in_head = ctx.doc.year is None and head is not None and head.start <= f.pos < head.end
        years = {year for start, text, year in announced if key in text and (in_head or start <= f.pos)}
        if len(years) == 1:
            new[id(f)] = revalued(f, year=years.pop())
    return _updated(facts, new)


# 表彰2016年度玉柴“金牌工人” / 2021年度省总工会“安徽工匠”: a year, a short qualifier (the body
# or series the honour belongs to) and the honour in quotes, in one clause
QUALIFIED_MENTION_RE = re.compile(
    r"((?:19|20)\d\d)\s*年度?([^，,。；;：:！？\n“”「」『』（）()\d]{1,8})[“「『]([^”」』]{2,20})[”」』]"
)
# a qualifier that tells someone's own conferral (2019年获得“X”) or a period (2003年以来“X”) dates no series
QUALIFIER_NOT_RE = re.compile(r"[获被评授曾起至到前后]|以来|期间")


# 省总工会于今年6月启动了2021年度“安徽工匠”选树活动: the round of a series, named with its 年度
SERIES_ROUND_RE = re.compile(
    r"((?:19|20)\d\d)\s*年度[“「『]([^”」』]{2,20})[”」』](?:学习宣传|选树|评选|推选|选拔|表彰)(?:活动|工作)"
)


def dated_by_qualified_mention(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """表彰2016年度玉柴“金牌工人” … 为10名“金牌工人”颁奖，他们分别为…: an undated honour the article
    named earlier in quotes after a year and a short qualifier takes that year; so does one whose
    series the article names as a round of a year anywhere (启动了2021年度“安徽工匠”选树活动)."""
    t = ctx.text
    art = ctx.art
    mentions = [
        (m.start(), norm_title(m.group(3)), int(m.group(1)))
        for m in QUALIFIED_MENTION_RE.finditer(t, art.start, art.end)
        if not QUALIFIER_NOT_RE.search(m.group(2))
    ]
    mentions += [
        (art.start - 1, norm_title(m.group(2)), int(m.group(1)))
        for m in SERIES_ROUND_RE.finditer(t, art.start, art.end)
    ]
    if not mentions:
        return facts
    new: dict[int, Fact] = {}
    for f, key in _undated_honours(facts):
        years = {year for start, quoted, year in mentions if start < f.pos and quoted == key}
        if len(years) == 1:
            new[id(f)] = revalued(f, year=years.pop())
    return _updated(facts, new)


# 2022年度“最美巾帼奋斗者”: a series written with the 年度 it is of
YEARLY_SERIES_RE = re.compile(r"((?:19|20)\d\d)\s*年度\s*[“「『]([^”」』]{2,20})[”」』]")


def yearly_series_years(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A series the article writes once with its 年度 (省妇联颁发的2022年度“最美巾帼奋斗者”荣誉证书) is of
    that year: an honour of that series given the document's year (a headline's 获湖北省“最美巾帼奋斗者”
    on a 2023 page) takes the 年度's year instead — the conventions' N年度 title takes N even when
    the text dates the conferral later.  Only when the article gives the series one 年度."""
    year = ctx.doc.year
    if year is None:
        return facts
    found: dict[str, set[int]] = {}
    for m in YEARLY_SERIES_RE.finditer(ctx.text, ctx.art.start, ctx.art.end):
        found.setdefault(norm_title(m.group(2)), set()).add(int(m.group(1)))
    new: dict[int, Fact] = {}
    for f in facts:
        if f.kind != "honor" or f.value.get("year") != year:
            continue
        key = norm_title(f.value.get("title"))
        years = {y for series, ys in found.items() if len(series) >= 4 and key.endswith(series) for y in ys}
        if len(years) == 1 and (only := years.pop()) != year:
            new[id(f)] = revalued(f, year=only)
    return _updated(facts, new)


# 决定对…予以表彰 / 决定授予…称号 / 特授予: the sentence of a decision or notice that confers
# (决定分别授予甲、乙…: a decision conferring on several)
DECIDED_RE = re.compile(
    r"决定(?:分别|一并)?(?:对|授予|命名|给予|表彰|追授|追认)|予以(?:表彰|表扬|通报表扬|嘉奖)|特(?:授予|命名)"
)
# a decision's date alone on a line under it: 2009年5月11日 / 二〇〇九年五月十一日 / 二00九年五月十一日
# (a digit zero or a letter O written for 〇 in a reprint)
_CN_ZERO = "〇○零0OＯ０"
SIGNED_DATE_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<y>(?:19|20)\d\d|[一二][{_CN_ZERO}九][{_CN_ZERO}一二三四五六七八九]{{2}})[ \t\u3000]*年"
    rf"[ \t\u3000]*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[ \t\u3000]*月"
    rf"[ \t\u3000]*(?:\d{{1,2}}|[一二三四五六七八九十{_CN_ZERO}]{{1,3}})[ \t\u3000]*日[ \t\u3000]*$"
)


def _signed_year(text: str) -> int:
    """2009 / 二〇〇九 / 二00九 → 2009."""
    if text.isdigit():
        return int(text)
    digits = "".join("0" if c in _CN_ZERO else str("〇一二三四五六七八九".index(c)) for c in text)
    return int(digits)


# the title of a decision or notice (关于授予…的决定 / 关于发布…的通报 / …表彰决定)
ISSUED_TITLE_RE = re.compile(
    r"^\s*(?:[^，,。；;！？]{0,40})?关于.{2,80}的(?:决定|通报|通知|命令)\s*$|表彰(?:决定|通报)\s*$"
)


def _issues_decision(art: Article, decided: Sentence) -> bool:
    """The article is the decision or notice itself: its title names one, or the conferring sentence
    is among its first three sentences of prose."""
    if art.title is not None and ISSUED_TITLE_RE.search(to_simplified(art.title.text)):
        return True
    prose = [s for s in art.sentences if s.kind == "prose"]
    return decided in prose[:3]


def signed_decision_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """决定对沈某等10名“某区十佳护士长”…予以表彰 … 二〇〇九年五月十一日 … 附件：名单: a decision or notice
    whose conferring sentence is followed by its date on a line of its own dates the honours it
    leaves undated from that sentence on (the list attached under the signature included)."""
    t = ctx.text
    art = ctx.art
    decided = next(
        (s for s in art.sentences if s.kind == "prose" and DECIDED_RE.search(s.text)),
        None,
    )
    if decided is None:
        return facts
    sign = SIGNED_DATE_RE.search(t, decided.end, art.end)
    if sign is not None:
        year = _signed_year(sign.group("y"))
    elif ctx.doc.year and _issues_decision(art, decided):
        # 关于发布第一届“最美水利人”的通报 / 2018-06-06 … 决定授予…: the page is the decision itself,
        # dated by its stamp (or a signature set above the body): its undated honours are of that year
        year = ctx.doc.year
    else:
        return facts
    if not 1949 <= year <= 2100:
        return facts
    new = {
        id(f): revalued(f, year=year)
        for f in facts
        if f.kind == "honor" and f.value.get("year") is None and not f.value.get("_past") and f.pos >= decided.start
    }
    return _updated(facts, new)


HEADLINE_EVENT_RE = re.compile(
    r"(?:表彰|颁奖|命名|授称|表扬)(?:大会|会|典礼|仪式|活动)?[^，,。；;！？]{0,4}(?:举行|召开|举办|隆重)|(?:名单|结果)(?:揭晓|公布|出炉)"
)


# 荣获“X”称号的西门班班长杨某 / 全国“三八红旗手”获得者米某: after the honour, 的 or 获得者 and, in the
# same clause, the person it describes
DESCRIBED_TAIL_RE = re.compile(
    r"""
    [”"」』]?\s*(?:(?:荣誉|光荣)?称号\s*的|(?:荣誉|光荣)?(?:称号)?\s*(?:获得者|获奖者))
    (?P<gap>[^，,。；;！？!?：:、“”「」]{0,30})  # the unit and post before the name
    """,
    re.VERBOSE,
)


def describes_person(ctx: Context, f: Fact) -> bool:
    """The honour qualifies its holder's name as a description (a relative clause or a holder noun
    before the name) rather than telling a conferral."""
    v = f.value
    if v.get("_relative"):
        return True
    raw = v.get("raw") or ""
    # a finder may place the fact inside its raw (at the quote of 全国“三八红旗手”)
    at = ctx.text.find(raw, max(f.sent.start, f.pos - len(raw)), f.sent.end) if raw else -1
    m = DESCRIBED_TAIL_RE.match(ctx.text, at + len(raw)) if at >= 0 else None
    return bool(m and f.persons and any(m.group("gap").endswith(p) for p in f.persons))


def reported_titles(ctx: Context, facts: list[Fact]) -> set[str]:
    """The folded titles of the honours the text tells as conferred: a verb, not held before, and
    not a description of a person (an apposition, a relative clause, a holder noun)."""
    return {
        norm_title(f.value.get("title"))
        for f in facts
        if f.kind == "honor"
        and f.value.get("_verb")
        and not f.value.get("_past")
        and not f.value.get("_apposition")
        and not describes_person(ctx, f)
    }


def descriptions_held_before(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """此次受表彰者中，…省劳动竞赛标兵、某公司技术主管赵某: in a text that tells the conferral of some
    honours, an apposition honour (no verb) that is not one of those told is held from before: it is
    marked so (``_past``) and no year reader dates it.  So is a relative clause or holder noun
    (荣获X称号的杨某, X获得者米某) in a clause opened by 有 (受表彰者中，有…；也有…), which presents people
    by what they are; elsewhere such a description is not marked: on dev the items that write one
    mostly report that very conferral (2 texts fell when all were)."""
    reported = reported_titles(ctx, facts)
    if not reported:
        return facts
    new: dict[int, Fact] = {}
    for f in facts:
        v = f.value
        if f.kind != "honor" or v.get("_past") or norm_title(v.get("title")) in reported:
            continue
        if (v.get("_apposition") and not v.get("_verb")) or (_existential(ctx, f) and describes_person(ctx, f)):
            new[id(f)] = revalued(f, _past=True)
    return _updated(facts, new)


# 此次受表彰者中，有荣获“X”称号的杨某；也有…的X获得者米某: a clause opened by 有 that presents people
EXISTENTIAL_OPEN_RE = re.compile(r"(?:^|[，,；;。：:])\s*(?:其中|既|也|还|更)?有[^，,；;。：:]*$")


def _existential(ctx: Context, f: Fact) -> bool:
    """The honour stands in a clause opened by 有 (…中，有荣获X称号的某): the clause presents people by
    what they are, it tells no conferral."""
    return EXISTENTIAL_OPEN_RE.search(ctx.text[f.sent.start : max(f.sent.start, f.pos)]) is not None


# an opening sentence that reports a commendation being held: …表彰动员大会在京召开 / 2017年…闭幕式在市劳动人民文化宫
# 隆重举行 / 9月8日上午在京举行的全国…表彰大会上 (a meeting that confers, then its being held, in one clause)
OPENING_EVENT_RE = re.compile(
    r"""
    (?:表彰|颁奖|授称|命名|揭晓|表扬|庆祝[^，,。；;！？]{0,12}?劳动节|大赛|竞赛)
    [^，,。；;！？]{0,16}?(?:大会|典礼|仪式|盛典|晚会|会议|闭幕式)
    [^，,。；;！？]{0,12}?(?:举行|召开|举办|落幕|落下帷幕)
    |(?:举行|召开)的[^，,。；;！？]{0,30}?(?:表彰|颁奖|授称)[^，,。；;！？]{0,8}?(?:大会|典礼|仪式)上
    """,
    re.VERBOSE,
)
# how many of an article's first prose sentences may report its event (past a slogan or a photo line)
OPENING_WITHIN = 3
ANY_WRITTEN_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年(?!代)|[去前]年")
OPENING_MONTH_RE = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*\d{1,2}\s*日")


def opening_event(ctx: Context) -> bool:
    """Whether one of the article's first prose sentences reports a commendation being held
    (…表彰大会在京召开, …颁奖典礼在某地举行) at the time of the dated page: it writes no year but the
    page's and no day of a later month than the page's.  The item is then the news of that conferral."""
    year = ctx.doc.year
    if not year:
        return False
    month = int(ctx.doc.date[5:7]) if ctx.doc.date and len(ctx.doc.date) >= 7 else None
    prose = [s for s in ctx.art.sentences if s.kind == "prose"][:OPENING_WITHIN]
    for sent in prose:
        text = re.sub(r"[“「][^”」]*[”」]", "", sent.text)  # a year in a quoted series name is no time
        if not OPENING_EVENT_RE.search(text):
            continue
        written = {int(m.group(1)) if m.group(1) else 0 for m in ANY_WRITTEN_YEAR_RE.finditer(text)}
        months = [int(m.group(1)) for m in OPENING_MONTH_RE.finditer(text)]
        # another year, or a later month than the page's: an earlier meeting the item recalls
        return not (written - {year} or (month and any(m > month for m in months)))
    return False


def _resume_of_held(ctx: Context, f: Fact) -> bool:
    """获得A、B、C等荣誉称号 / 她是X获得者: the honour's sentence lists honours held, not the day's."""
    return bool(RESUME_RE.search(f.sent.text) or RESUME_CLOSE_RE.search(ctx.text, f.pos, f.sent.end))


def news_year_and_conferrers(
    ctx: Context, facts: list[Fact], decisions: list[tuple[str, list[str]]], host: str | None
) -> list[Fact]:
    """A conferral a news item tells (or a paragraph opening 近日，/4月27日，) is of the document's
    year; an honour with no conferrer takes the bodies of a decision the article names that covers
    it, else, in a news item, the body that hosted the ceremony."""
    art = ctx.art
    lead = news_lead(ctx)
    # 湖南日报3月8日讯(记者 …): a dateline the segmenter does not take for one still opens a news item
    first = next((s for s in art.sentences if s.kind == "prose"), None)
    dated = first is not None and bool(DATELINE_OPEN_RE.match(first.text))
    # 某某表彰大会举行 / “X”名单揭晓: a headline that reports the day's commendation makes the page news of it
    event_head = art.title is not None and bool(HEADLINE_EVENT_RE.search(art.title.text))
    # 全国造林绿化表彰动员大会在京召开，… / (a slogan, then) 4月28日，…表彰大会召开: the opening reports it
    opening = opening_event(ctx)
    out: list[Fact] = []
    for f in facts:
        if f.kind != "honor":
            out.append(f)
            continue
        v = f.value
        changes: dict[str, Any] = {}
        told = v.get("_verb") and not v.get("_past") and not v.get("_apposition")
        event = (art.news or dated) and told
        if (
            v.get("year") is None
            and told
            and not v.get("_list")
            and (
                art.news
                or lead
                or event_head
                or (opening and not _resume_of_held(ctx, f))
                or recent_event(ctx, f)
                or recent_in_sentence(ctx, f)
            )
            and not sequel_of_dated(ctx, f)
        ):
            changes["year"] = ctx.doc.year
        if not v["conferred_by"]:
            for body, orgs in decisions:
                if decision_covers(body, v["title"]):
                    changes["conferred_by"] = list(orgs)
                    break
            else:
                if host and event:
                    changes["conferred_by"] = [host]
        out.append(revalued(f, **changes) if changes else f)
    return out


# what may follow an honour word inside a title (国务院政府特殊津贴专家, 全国五一巾帼标兵岗, …提名奖)
HONOUR_TAIL_RE = re.compile(
    r"(?:专家|岗|号|手|兵|称号|荣誉称号|提名|提名奖|(?:后备|培育|学习宣传|提名)?人选|[^的是]{0,4}奖)"
)
# a title run past its honour: 自治区劳动模范的31人中 / …9人 / 五一劳动奖章是… / 【青岛工匠】钢筋工
# (…获得全国技术能手光荣称号 read without 称号: 光荣 praises the title, it is no part of it)
RUN_ON_TAIL_RE = re.compile(
    r"""^(?:[的是】」』]|光荣$|(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人|个)
    | 并(?:奖励|颁发|发放|给予|授予|记)  # 授予…五一劳动奖章并奖励1万元奖金: a further grant joined by 并
    | (?:荣誉|光荣)?称号[的了后]  # 他是2010年获得全国劳动模范荣誉称号的: the clause goes on past 称号
    # 张家口市劳动模范桥东区宝善街小学教师朱洁: the holder's unit and post written after the honour
    # (a collective's words, 单位/集体/班组/工作室, are no holder's unit: that title is no person's)
    | (?![^，,。；;]*(?:单位|集体|班组|工作室|团队|车间$|岗$))
      [^，,。；;\d]{1,14}?(?:区|县|镇|乡|村|公司|厂|矿|学校|小学|中学|大学|学院|医院|局|所|站|段|中心|社区|集团)
      [^，,。；;\d]{0,8}$
    # 全国道德模范及提名奖百万人拥有量高出…: a joint, then a statement running on past any name
    | [及和与][^，,。；;]{10,}$
    )""",
    re.VERBOSE,
)


def tailed_titles(facts: list[Fact]) -> list[Fact]:
    """An honour whose title runs on past its last honour word (data/dictionaries/triggers.yaml:
    honour_suffixes) into a 的/是 clause, a head count or a closing bracket is cut at that word
    (自治区劳动模范的31人中 → 自治区劳动模范, 【青岛工匠】钢筋工 → 青岛工匠).  Other tails are kept: a
    headline's are often part of its honour."""
    from loaders.extract.frames import trigger_table
    from loaders.honours import parse_honour

    suffix_re = trigger_table().suffix_word_re
    out: list[Fact] = []
    for f in facts:
        title = (f.value.get("title") or "") if f.kind == "honor" else ""
        ends = [m.end() for m in suffix_re.finditer(title)]
        tail = title[ends[-1] :].strip() if ends else ""
        if not tail or HONOUR_TAIL_RE.fullmatch(norm_title(tail)) or not norm_title(tail):
            out.append(f)
            continue
        if RUN_ON_TAIL_RE.match(tail):
            head = title[: ends[-1]]
            raw = f.value.get("raw") or ""
            cut = raw.find(head[-2:], max(0, len(head) - 4))
            # the level was read from the run-on words (…的泉州市南音传承中心演员 → 企业): read the cut name
            parsed = parse_honour(head)
            title, level = (parsed.title, parsed.level) if parsed else (head, f.value.get("level"))
            out.append(revalued(f, title=title, level=level, raw=raw[: cut + 2] if cut >= 0 else head))
        else:
            out.append(f)
    return out


# 同志喜获“X” / 等16位同志X: a verb or the end of a list of holders left at the front of a finder's raw
# (parse_honour cuts them from the title)
RAW_LEAD_RE = re.compile(
    r"^(?:(?:获|被)?(?:命名为|授予|评为|表彰为|荣获|获得)|喜获"
    r"|等\s*(?:\d+|[一二三四五六七八九十两百]+)?\s*[位名人](?:同志)?|同志"
    # a particle or a conjunction read with the name (了“全国技术能手”, 和全省…, 等2019年度“X”)
    r"|[了过和及与等](?=[“「]|全国|全省|(?:19|20)\d\d)"
    # 了 never opens an honour's name (获得了广东省五一劳动奖章)
    r"|了(?!了))(?=\S{4})"
)
# a conferral verb with the words before it left at the front of ``raw`` (老师光荣当选“X”, 颁发“X”)
RAW_VERB_RE = re.compile(
    # (a date before the verb is the clause's, not the name's: 在2001年获得过“火车头奖章”)
    r"^(?:[^“”「」\d]|\d+(?=[人名位])|(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?){0,10}?(?:光荣|荣幸地?|再次|又|还)?"
    r"(?:当选|成为|入选|颁授|颁发|荣获|获得|获评|评为|授予|追授|追认为|命名为|喜获|摘得|[获为])[了的过]?(?=[^者]\S{3})"
)
# 某公司颁发的“X” / 省总工会授予的X: a conferrer's verb and 的 between the body and the name
GIVEN_VERB_RE = re.compile(r"(?:颁发|颁授|授予|命名|评选|评定|表彰)的(?=\S{2})")
# the words after a name that are not part of it (称号, 荣誉称号), at the end of ``raw``
RAW_TITLE_WORD_RE = re.compile(r"(?:(?:荣誉|光荣)?称号|获得者|荣誉|光荣|之一)$")


# 某市总工会举办首届“X” (…颁奖典礼): the body and the verb of the event it held, before an edition or a quote
RAW_EVENT_RE = re.compile(
    r"^[^“”「」\d，,。]{2,20}?(?:举办|举行|召开|开展|主办|启动|表彰)了?"
    r"(?=(?:首届|首批|第[一二三四五六七八九十百\d]+[届批]|(?:19|20)\d\d年度?)?[“「])"
)


def _raw_lead_words(raw: str, title: str, bodies: list[str]) -> int:
    """How many characters of ``raw`` (simplified) come before the honour's name: a conferral verb and
    the words before it (老师光荣当选“2017全国最美教师”), the body and verb of an event held for it
    (某市总工会举办首届“X”), or a conferring body written before it (西藏自治区总工会2023年“西藏工匠”年度人物)."""
    held = RAW_EVENT_RE.match(raw)
    if held and not RAW_EVENT_RE.match(title):
        return held.end()
    m = RAW_VERB_RE.match(raw)
    if m and title[:2] and title[:2] in raw[m.end() :]:
        return m.end()
    for body in bodies:
        b = to_simplified(body)
        # a company's name qualifies its own honour (某供电公司劳动模范) and stays; a body before a year
        # or a quote is the conferrer's (西藏自治区总工会2023年“西藏工匠”)
        if len(b) >= 3 and raw.startswith(b) and re.match(r"(?:19|20)\d\d年|[“「]", raw[len(b) :]):
            return len(b)
        given = GIVEN_VERB_RE.match(raw, len(b)) if len(b) >= 2 and raw.startswith(b) else None
        if given:  # 地铁总公司颁发的“金手柄”奖: the body and its verb are no part of the name
            return given.end()
    return 0


# what stands between a glued year or edition and the quote of an honour's name
GLUED_LEAD_RE = re.compile(r"(?:(?:19|20)\d\d\s*年度?|第[一二三四五六七八九十百\d]+[届批]|首届|首批)\s*$")
# a list's remnant read before a quoted name: a head count (等115个团组织, (含追授1人)), a measure word cut
# from its count (名共青团员2015年度“X”), or the holders' own noun (…团干部2015年度“X”)
REMNANT_RE = re.compile(
    r"等|[\d一二三四五六七八九十百]\s*(?:个|名|人|位|家)|[()（）]|^[名个位家人]|(?:团员|干部|团组织|团支部|团委|职工|同志|选手)$"
)


def _raw_list_remnant(raw: str) -> int:
    """How many characters of ``raw`` (simplified) before its quoted name (and the year or edition
    glued to it) are the remnant of a list read with it: 公司团委等115个团组织“X” → “X”,
    名共青团员2015年度“X” → 2015年度“X”; 0 when the words before the name are a level or a body."""
    q = min((i for i in (raw.find("“"), raw.find("「")) if i > 0), default=-1)
    if q <= 0:
        return 0
    head = raw[:q]
    glued = GLUED_LEAD_RE.search(head)
    if glued:
        head = head[: glued.start()]
    return len(head) if head.strip() and REMNANT_RE.search(head.strip()) else 0


def _raw_holder_unit(raw: str, title: str) -> int:
    """How many characters of ``raw`` (simplified) before its quoted name are a unit the title leaves
    out: the holder's (华山医院“白求恩奖章”获得者某某 → “白求恩奖章”); 0 when the words are part of the
    title (河南省“五一劳动奖章”, 公司“技能标兵” named by the company) or no unit's name."""
    q = min((i for i in (raw.find("“"), raw.find("「")) if i > 0), default=-1)
    if q <= 1:
        return 0
    head = raw[:q]
    return q if head not in title and is_org_name(head) and org_kind(head) is not None else 0


# an honour as written that no one holds: a candidacy (优先推荐参评“泉州市技能大师”) or a description
# (他是一位公认的铆装钳工全面能手)
NOT_HELD_RE = re.compile(r"^[^“”「」]{0,6}?(?:推荐参评|参评|申报|候选)|^(?:他|她)?是一(?:位|名|个)")
# 全国三八红旗手候选人推荐名单 / 某市劳动模范候选人: a candidacy named after the honour, held by no one
CANDIDACY_RE = re.compile(r"候选|推荐对象|拟表彰对象|公示对象")
# 此奖章我深受鼓舞，这是对我们的一种认同 / 劳动就是最美的盛放 / 它是对…的最高行政奖励: a clause (its
# punctuation, a copula, a pronoun or a caption's 合影留念) read as an honour's name; no honour is named so
CLAUSE_TITLE_RE = re.compile(r"[，,。！？!?；;]|是|[我你他她它这此]|合影|留念")
# a comment run on after the name (劳动英雄中有老劳模, 全国劳模年龄最大, …称号次数最多, 劳动模范简称劳模) or
# a master or apprentice named for one (当过朱先进师傅的黄某: 先进 in a name)
COMMENT_TITLE_RE = re.compile(r"中有|年龄|次数|简称|(?:师傅|师父|徒弟)$")


# a title naming a kind of unit as its holder (…和谐企业, …优秀集团, …协调公司, …先进单位)
UNIT_HONOUR_RE = re.compile(r"(?:公司|集团|企业|单位|基层工会|先进集体|班组)[”」]?$")
# 二、 / （三） / 2. : the number of a list's section heading
ENUMERATOR_RE = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
# a title this short is a bare word of praise (工匠, 劳模, 英雄), not an honour's name
BARE_TITLE_MAX = 2
# 连续五届获得全国劳模 / 能成为全国劳模 / 继9月17日获授“共和国勋章”: a clause up to a conferral verb read
# into the name; the name is what follows the verb
TITLE_VERB_RE = re.compile(r"(?:获得(?!者)了?|荣获了?|获授|喜获|成长为|成为了?|被评为|当选为?|被授予)")
# 通报表彰2020年中华护理学会“X”: the commending verb read into the front of a level prefix, of the title and
# of the body the prefix gives; no honour's name and no body's name opens with it
GRANT_LEAD_RE = re.compile(r"^(?:通报表彰|通报表扬|隆重表彰|集中表彰|表彰|授予|命名)")


# the subject read into the name, with a copula before a scoped name (他们湖北省…, 她是全国五一巾帼标兵)
SUBJECT_PRONOUN_RE = re.compile(r"^(?:[他她它我你]们?|其)(?:是(?=全国|中国|[\u4e00-\u9fff]{1,3}[省市县区]))?(?=\S{4})")
# 全国五一劳动奖章获得者是某公司司机: what closes an honour's name before the clause that describes it
CLAUSE_HEAD_TAIL_RE = re.compile(r"(?:获得者|获奖者|得主|称号|荣誉称号|的)+$")


def _clause_head(text: str) -> str | None:
    """全国五一劳动奖章获得者 (before 是…) → 全国五一劳动奖章: the honour a clause opens with, when the
    text before its first clause word ends on an honour word; None otherwise."""
    from loaders.extract.frames import trigger_table

    head = CLAUSE_HEAD_TAIL_RE.sub("", text).strip()
    if len(norm_title(head)) <= 3:
        return None
    ends = [m.end() for m in trigger_table().suffix_word_re.finditer(head)]
    return head if ends and ends[-1] == len(head) else None


# a bracket's end (and the verb after it) opening a title: 者)获阜阳市五一劳动奖章
CLOSING_STUB_RE = re.compile(r"^[^（(“”「」]{0,8}?[)）](?:荣获|获得|获评|获)?")
# a headline's separator closing a title: “七一勋章”获得者丨 / …获得者|
HEADLINE_SEP_RE = re.compile(r"\s*[丨|｜│]\s*$")
TRAILING_HOLDER_RE = re.compile(r"(?:获得者|获奖者|之一)$")


def _grant_lead_cut(f: Fact, verb: str) -> Fact:
    """``f`` without the commending ``verb`` at the front of its title and of the bodies that open
    with it (通报表彰中华护理学会 → 中华护理学会); a body that is the verb alone goes."""
    title = f.value.get("title") or ""
    bodies = [b[len(verb) :] if b.startswith(verb) else b for b in f.value.get("conferred_by") or []]
    return revalued(f, title=title[len(verb) :], conferred_by=list(dict.fromkeys(b for b in bodies if b)))


def honours_tidied(facts: list[Fact]) -> list[Fact]:
    """An honour written as a candidacy or a description (优先推荐参评“X” / 他是一位公认的…能手) is
    dropped, and a conferral verb or a list's head count left at the front of its ``raw`` is cut
    (同志喜获“德清县劳动模范” → 喜获… → “德清县劳动模范”), and so are a particle (了“X”, 和全省…), a clause
    before its verb (温州有1人获“X”, 深圳有两人成为2021年“X”) and a holder word after the name (X获得者).
    A holders' pronoun is cut from the front
    (他们湖北省优秀环卫工人); a title run into a clause (…获得者是某公司司机) keeps the honour before it, and
    one that is a clause (此奖章我深受鼓舞，…) or a candidacy (…候选人推荐) is marked not held: the person
    stays, without it.  Honours written together (全国劳动模范和先进工作者) are split."""
    from loaders.textnorm import to_simplified

    new: dict[int, Fact] = {}
    dropped: set[int] = set()
    for f in facts:
        if f.kind != "honor":
            continue
        key = id(f)
        raw = f.value.get("raw") or ""
        if NOT_HELD_RE.search(to_simplified(raw)):
            dropped.add(key)
            continue
        title = to_simplified(f.value.get("title") or "")
        stub = CLOSING_STUB_RE.match(title)
        if stub and len(norm_title(title[stub.end() :])) >= 4:
            # 60位同志(含…第一名获得者)获“X”: the rest of a bracket and its verb read before the name
            sraw = to_simplified(raw)
            lead = CLOSING_STUB_RE.match(sraw)
            raw = raw[lead.end() :] if lead else raw
            title = title[stub.end() :]
            f = revalued(f, title=title, raw=raw)
            new[key] = f
        sep = HEADLINE_SEP_RE.search(title)
        if sep and len(norm_title(title[: sep.start()])) >= 4:
            # “七一勋章”获得者丨某某: a headline's separator and the holder word before it
            title = TRAILING_HOLDER_RE.sub("", title[: sep.start()])
            sep_at = HEADLINE_SEP_RE.search(raw)
            raw = TRAILING_HOLDER_RE.sub("", raw[: sep_at.start()]) if sep_at else raw
            f = revalued(f, title=title, raw=raw)
            new[key] = f
        if re.match(r"年(?!度|代)", title) and len(norm_title(title)) > 4:
            # 1956年、1959年全国先进生产者 read from the second year's 年: the stub is no part of the name
            title = title[1:]
            raw = raw[1:] if to_simplified(raw).startswith("年") else raw
            f = revalued(f, title=title, raw=raw)
            new[key] = f
        if title.startswith("的") and len(norm_title(title)) > 4:
            # 国务院授予他的全国劳动模范称号: the particle of the clause before the name
            title = title[1:]
            raw = raw[1:] if to_simplified(raw).startswith("的") else raw
            f = revalued(f, title=title, raw=raw)
            new[key] = f
        verb = TITLE_VERB_RE.search(title)
        rest = title[verb.end() :] if verb else ""
        if verb and verb.start() > 0 and len(norm_title(rest)) >= 4 and not TITLE_VERB_RE.search(rest):
            at = to_simplified(raw).rfind(verb.group())
            raw = raw[at + len(verb.group()) :] if at >= 0 else rest
            title = rest
            f = revalued(f, title=title, raw=raw)
            new[key] = f
        grant = GRANT_LEAD_RE.match(title)
        if grant and len(norm_title(title[grant.end() :])) >= 4:
            f = _grant_lead_cut(f, grant.group())
            title = f.value["title"]
            new[key] = f
        subject = SUBJECT_PRONOUN_RE.match(title)
        if subject:  # 他们湖北省优秀环卫工人: the sentence's subject read into the name
            title = title[subject.end() :]
            lead = SUBJECT_PRONOUN_RE.match(to_simplified(raw))
            raw = raw[lead.end() :] if lead else raw
            f = revalued(f, title=title, raw=raw)
            new[key] = f
        clause = CLAUSE_TITLE_RE.search(title)
        if not clause:
            clause = COMMENT_TITLE_RE.search(title)
        if clause:
            head = _clause_head(title[: clause.start()])
            if head:
                at = to_simplified(raw).find(head)
                new[key] = revalued(f, title=head, raw=raw[: at + len(head)] if at >= 0 else head)
            else:
                new[key] = revalued(f, _not_held=True)  # the person stays, the clause names no honour
            continue
        if CANDIDACY_RE.search(to_simplified(f.value.get("title") or "")):
            # 全国三八红旗手候选人推荐名单: its people are named (with units and posts), holding nothing yet
            new[key] = revalued(f, _not_held=True)
            continue
        if UNIT_HONOUR_RE.search(to_simplified(f.value.get("title") or "")):
            # 全国示范劳动关系和谐企业 / 全国环卫领域优秀集团: a company's honour; the person stays, without it
            new[key] = revalued(f, _not_held=True)
            continue
        if len(norm_title(f.value.get("title"))) <= BARE_TITLE_MAX:
            dropped.add(key)  # 等五位工匠 / 被誉为“英雄”: a bare word of praise names no honour
            continue
        if f.value.get("_apposition") and ENUMERATOR_RE.match(f.value.get("title") or ""):
            dropped.add(key)  # 钱某 / 二、某区“十佳护士”: the next section's heading, not this name's
            continue
        cut = 0
        while lead := RAW_LEAD_RE.match(to_simplified(raw[cut:])):
            cut += lead.end()
        cut += _raw_lead_words(to_simplified(raw[cut:]), title, f.value.get("conferred_by") or [])
        cut += _raw_list_remnant(to_simplified(raw[cut:]))
        cut += _raw_holder_unit(to_simplified(raw[cut:]), title)
        end = len(raw)
        tail = RAW_TITLE_WORD_RE.search(to_simplified(raw))
        if tail and tail.start() > cut + 3:
            end = tail.start()  # …“西藏工匠”年度人物称号 → …“西藏工匠”年度人物
        if raw[cut:end].strip() != raw:  # (and the space a list left before a quote: 、 “X”)
            new[key] = revalued(f, raw=raw[cut:end].strip())
    kept = [f for f in _updated(facts, new) if id(f) not in dropped]
    return coordinated_split(kept)


# 全国劳动模范和先进工作者 / 全国青年岗位能手、全国技术能手、某集团劳动模范: honours written together
COORDINATOR_RE = re.compile(r"[、和及与]")
# a unit's honour, joined in one title to a person's (全国优秀施工企业和…优秀职业经理人)
COLLECTIVE_END_RE = re.compile(r"(?:企业|单位|集体|班组|车间|团队|工作室|先锋号|文明号|文明岗|示范岗|之家)$")
# the level an honour opens with, shared by the next one that names none (全国劳动模范和先进工作者)
LEVEL_OPENING_RE = re.compile(r"^(?:全国|中央企业|[\u4e00-\u9fff]{2,3}?(?:省|自治区|市))")


def _coordinated_parts(title: str) -> list[str] | None:
    """全国劳动模范和先进工作者 → [全国劳动模范, 全国先进工作者]: the honours of a title that joins
    several, each ending on an honour word (全国石油和化学工业劳动模范 is one); None if not so."""
    from loaders.extract.frames import trigger_table
    from loaders.honours import honour_level, phrase_kind

    suffix_re = trigger_table().suffix_word_re
    parts = [p.strip() for p in COORDINATOR_RE.split(title)]
    if len(parts) < 2 or any(len(p) < 4 for p in parts):
        return None
    level = LEVEL_OPENING_RE.match(parts[0])
    first = parts[0]
    # 全国优秀施工企业和中国工程建设优秀职业经理人: a unit's honour joined to a person's; the person holds theirs
    own = [p for p in parts if not COLLECTIVE_END_RE.search(p)]
    if own and len(own) < len(parts):
        if not all(phrase_kind(p) == "honour" for p in own):
            return None
        parts = own
    else:
        for p in parts:
            ends = [m.end() for m in suffix_re.finditer(p)]
            if not ends or ends[-1] != len(p):
                return None
    out = []
    for p in parts:
        shared = level and p is not first and honour_level(p) is None and not LEVEL_OPENING_RE.match(p)
        out.append(level.group() + p if level and shared else p)
    return out


# one pair of quotes round a 、-run of names (“优秀党员、公司劳模、西安市劳模”)
QUOTED_RUN_RE = re.compile(r"^[“「]([^“”「」]+、[^“”「」]+)[”」]$")


def _quoted_run_parts(raw: str) -> list[str] | None:
    """“优秀党员、公司劳模、西安市劳模” → its three honours: a writer who quotes a whole list at once
    still names each honour in it, when every part is one (the honour table's judgement)."""
    from loaders.honours import phrase_kind

    m = QUOTED_RUN_RE.match(raw.strip())
    if not m:
        return None
    parts = [p.strip() for p in m.group(1).split("、")]
    if any(len(p) < 4 or phrase_kind(p) != "honour" for p in parts):
        return None
    return parts


def _parsed_title(phrase: str) -> str:
    """The title the honour table gives ``phrase``, else the phrase itself."""
    from loaders.honours import parse_honour

    parsed = parse_honour(phrase)
    return parsed.title if parsed else phrase


def coordinated_split(facts: list[Fact]) -> list[Fact]:
    """An honour whose title joins several honours (全国先进生产者和全国劳动模范, a list read whole) is
    as many honours, each with the year and bodies of the whole; the level written once before the
    first is each one's (全国劳动模范和先进工作者 → 全国劳动模范, 全国先进工作者)."""
    from loaders.textnorm import to_simplified

    out: list[Fact] = []
    for f in facts:
        parts = _coordinated_parts(to_simplified(f.value.get("title") or "")) if f.kind == "honor" else None
        if parts is None and f.kind == "honor":
            run = _quoted_run_parts(to_simplified(f.value.get("raw") or ""))
            if run is not None:  # each part's title as the honour table spells it (西安市劳模 → 西安市劳动模范)
                out += [revalued(f, title=_parsed_title(p), raw=p) for p in run]
                continue
        if parts is None:
            out.append(f)
            continue
        bodies = list(f.value.get("conferred_by") or [])
        out += [revalued(f, title=p, raw=p, conferred_by=_part_bodies(bodies, p, parts)) for p in parts]
    return out


def _part_bodies(bodies: list[str], part: str, parts: list[str]) -> list[str]:
    """The bodies of the whole that one part holds: a body read from a part's own words (冶金部 of
    冶金部劳动模范和湖北省劳动模范) is that part's only; bodies no part writes (全国总工会授予…) are all's."""
    from loaders.textnorm import to_simplified

    def written(body: str, text: str) -> bool:
        return to_simplified(body) in text

    return [b for b in bodies if written(b, part) or not any(written(b, p) for p in parts)]


# 2015年、2018年两次获得X / 2009年和2014年先后两次被评为X: one conferral for each year the run names
REPEATED_YEARS = (
    r"((?:19|20)\d\d)年?(?:\s*[、,，和及与]\s*(?:19|20)\d\d年?)+(?:度)?[，,]?\s*"
    r"(?:[他她])?(?:先后|曾|还|又|也|分别|均)*(?:[两二三四五六七八九]|\d)次[^。；;！？，,“”]{0,6}"
)
REPEATED_YEARS_RE = re.compile(REPEATED_YEARS + "$")  # before the honour
REPEATED_RAW_RE = re.compile("^" + REPEATED_YEARS + "(?=[“「])")  # opening the raw honour
REPEATED_ONE_RE = re.compile(r"(?:19|20)\d\d")


def repeated_years(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An honour its sentence says came in a run of years counted as so many times (2015年、2018年两次
    获得X) is held once for each year of the run; the extractor dated it with the run's last year."""
    t = ctx.text
    out: list[Fact] = []
    for f in facts:
        out.append(f)
        year = f.value.get("year") if f.kind == "honor" else None
        if year is None:
            continue
        before = t[max(f.sent.start, f.pos - 60) : f.pos]
        m = REPEATED_YEARS_RE.search(before) or REPEATED_RAW_RE.match(f.value.get("raw") or "")
        if m is None:
            continue
        years = [int(y) for y in REPEATED_ONE_RE.findall(m.group(0))]
        if year not in years:
            continue
        out += [revalued(f, year=y) for y in dict.fromkeys(years) if y != year]
    return out


# a year written in an introduction (2012年, 2022年度); not one that opens a period (2003年以来, 2010—2014年度)
INTRO_YEAR_RE = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d\d)\s*年(?!以来|至|到|[—\-–~～]|代)")
# how far before the list its introduction may reach (the lead paragraph or two)
INTRO_SPAN = 400


def list_intro_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """…于2012年3月设立“左英护理奖”。…获奖名单如下 / 工会决定授予陈某等11位同志2022年度五一奖，具体名单如下：
    a list of names under an honour that no step dated takes the year its introduction gives, when
    the prose before the list names one year and one only (a list of honours held earlier keeps none)."""
    art = ctx.art
    listed = [
        f
        for f in facts
        if f.kind == "honor" and f.value.get("_list") and f.value.get("year") is None and not f.value.get("_past")
    ]
    if not listed:
        return facts
    first = min(f.sent.start for f in listed)
    intro = [s.text for s in art.sentences if s.kind == "prose" and s.end <= first and s.start >= first - INTRO_SPAN]
    years = {int(y) for text in intro for y in INTRO_YEAR_RE.findall(text)}
    if len(years) != 1:
        return facts
    year = years.pop()
    return _updated(facts, {id(f): revalued(f, year=year) for f in listed})


def same_title_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """国家电网公司…24人荣获全国五一劳动奖章(2016) … 国网某公司黄某荣获全国五一劳动奖章: an honour told as
    conferred (not held earlier) that no step dated takes the year the article gives the same title
    elsewhere, when every dated mention of it gives one year."""
    years: dict[str, set[int]] = {}
    for f in facts:
        if f.kind == "honor" and f.value.get("year") is not None:
            years.setdefault(norm_title(f.value.get("title")), set()).add(int(f.value["year"]))
    new: dict[int, Fact] = {}
    for f in facts:
        v = f.value
        if (
            f.kind != "honor"
            or v.get("year") is not None
            or v.get("_past")
            or v.get("_apposition")
            or not v.get("_verb")
        ):
            continue
        key = norm_title(v.get("title"))
        found = years.get(key, set())
        if not found:  # 建德工匠提名奖 beside 建德工匠 (2021): a series' own nomination or special award
            series = SERIES_AWARD_RE.sub("", key)
            found = years.get(series, set()) if series != key and len(series) >= 4 else set()
        if len(found) == 1:
            new[id(f)] = revalued(f, year=next(iter(found)))
    return _updated(facts, new)


# the award a series gives besides its title (…提名奖, …特别奖, …提名人选)
SERIES_AWARD_RE = re.compile(r"(?:提名奖|特别奖|提名人选|提名)$")


# 4月28日上午，武汉市2017年庆祝“五一”国际劳动节大会在…召开 / 2019年全市劳模表彰大会今天举行: the year a
# meeting is named with (not 2019年度, a period 2016—2020年 or a decade)
MEETING_YEAR_RE = re.compile(
    r"(?<![\d—\-–~～至到])((?:19|20)\d\d)\s*年(?!度|代|以来|[—\-–~～至到])[^，,。；;！？\d]{0,40}?"
    r"(?:大会|表彰会|颁奖会|颁奖典礼|颁奖仪式|表彰仪式|授称仪式|命名仪式"
    r"|工作(?:部署|推进|总结)?会议)"  # 召开2019年工会工作部署会议，…会议还表彰了…: the year's work meeting
)
# 2017年全国脱贫攻坚奖40名获奖者13日揭晓 / 2019年“最美职工”名单近日公布: a series' results revealed in the
# year named with them (not 2019年度, a period or a decade), like a meeting's
REVEAL_YEAR_RE = re.compile(
    r"""(?<![\d—\-–~～至到])((?:19|20)\d\d)\s*年(?!度|代|以来|[—\-–~～至到])
    [^，,。；;！？]{2,40}?(?:\d{1,2}日|近日|日前|今天|今日|昨天|昨日)?\s*(?:揭晓|出炉|名单公布|结果公布)""",
    re.VERBOSE,
)
# how many of the article's first sentences of prose may name the meeting
MEETING_LEAD_WITHIN = 2
# 2008年3月27日上午，由…组织的“…表彰暨先进事迹报告会”在…举行 / 4月28日上午，兰考县庆祝“五一”…表彰大会在县
# 礼堂召开 / …，在5月11日举办的…表彰大会上受到表彰: a meeting the opening sentence dates by its day (the year
# written with the day, else the document's), named in the same clause run
MEETING_WORD = r"(?:大会|表彰会|报告会|颁奖会|座谈会|颁奖典礼|颁奖仪式|表彰仪式|授称仪式|命名仪式|发布仪式)"
MEETING_DAY_RE = re.compile(
    r"(?:^|[，,])\s*(?:在|于)?(?:((?:19|20)\d\d)\s*年)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日[^。；;！？]{0,80}?"
    + MEETING_WORD
)  # (29日，…大会召开: a news item's day without its month is of the page's month)
# a later paragraph that goes on reporting the opening's meeting: 会上，… / 在会上，… / 大会对…
MEETING_BACK_RE = re.compile(
    r"""^\s*(?:(?:同时|此外|另外)[，,]?\s*)?  # 同时，大会还对…: a connective opening the report
    (?:在?(?:大?会|会议|仪式|典礼)上|(?:大会|会议)(?:还|也|同时)?(?:对|为|向|授予|表彰))""",
    re.VERBOSE,
)


def meeting_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """4月28日上午，武汉市2017年庆祝“五一”国际劳动节大会在武汉剧院召开。…会上表彰了… 余某被授予武汉五一劳动
    奖章: an article that opens on a meeting named with its year reports that meeting's conferrals, so the
    honours its opening paragraph tells as conferred (not held earlier) that no step dated are of that year
    (unless the document is dated to another)."""
    art = ctx.art
    lead = [s for s in art.sentences if s.kind == "prose"][:MEETING_LEAD_WITHIN]
    found = next(
        ((s, int(m.group(1))) for s in lead if (m := MEETING_YEAR_RE.search(s.text) or REVEAL_YEAR_RE.search(s.text))),
        None,
    )
    written = False
    if found is None:
        day = next((m for s in lead if (m := MEETING_DAY_RE.search(s.text))), None)
        year_of_day = _day_year(day, ctx.doc.year) if day is not None else None
        if day is not None and year_of_day is not None:
            opening = next(s for s in lead if MEETING_DAY_RE.search(s.text))
            # the meeting's own date (2012年5月4日上午，…召开…大会) stands against a later document date
            found, written = (opening, year_of_day), day.group(1) is not None
    if found is None:
        return facts
    opening, year = found
    if ctx.doc.year is not None and ctx.doc.year != year and not written:
        return facts
    para_end = ctx.text.find("\n", opening.end)
    para_end = art.end if para_end < 0 else min(para_end, art.end)
    spans = [(opening.start, para_end)]
    if ctx.doc.year is None:
        # an undated page about a meeting: every conferral it tells after the opening is the meeting's
        spans = [(opening.start, art.end)]
    for sent in art.sentences:
        if sent.start >= para_end and MEETING_BACK_RE.match(sent.text):
            end = ctx.text.find("\n", sent.start)
            spans.append((sent.start, art.end if end < 0 else min(end, art.end)))
    new: dict[int, Fact] = {}
    for f in facts:
        v = f.value
        if (
            f.kind == "honor"
            and v.get("year") is None
            and v.get("_verb")
            and not v.get("_past")
            and not v.get("_apposition")
            and any(lo <= f.pos < hi for lo, hi in spans)
        ):
            new[id(f)] = revalued(f, year=year)
    return _updated(facts, new)


def _day_year(m: re.Match[str], doc_year: int | None) -> int | None:
    return int(m.group(1)) if m.group(1) else doc_year


# a year glued before an honour's name, a level before the name included (2021年“南粤工匠”, 2017年度全国
# “最美职工”, 2017年省“浙江工匠”); not one closing a run of years (2015年、2018年) or a date (2021年5月)
# (one plain space may stand between the words, 2025 年度 “X”; a wider gap is a table's columns)
GLUED_YEAR = r"(?<![\d至到—\-–~～])(?<!年[、和及与])((?:19|20)\d\d) ?年(?: ?度)? ?"
GLUED_LEVEL = r"(?:(?:全国|全省|全市|省|市|[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|州|县|区)) ?)?"
# a short series prefix glued between the year and a quoted name (2016年度玉柴“金牌工人”): the name's own
# qualifier, not a verb, a count, a body or a joined clause
GLUED_PREFIX = (
    r"(?:(?![^“\"「『]*?[获被评授表彰选树命名为的和与及、等名位人会部局委厅办])[\u4e00-\u9fff]{2,4}(?=[“\"「『]))?"
)
# what the honour's name heads when the year qualifies something else: a meeting or a campaign
# (2021年度“安徽工匠”选树活动, 2020年全国劳动模范和先进工作者表彰大会) or a pair (…劳动模范和先进工作者)
GLUED_NOT_NAME_RE = re.compile(
    r"\s*(?:(?:学习)?(?:宣传|选树|评选|推选|寻访|表彰|颁奖|发布|命名|授称|授牌)?"
    r"(?:活动|大会|会议|仪式|典礼|晚会|论坛|盛典|工作|启动))"
)
# the name of another honour the match is the start of (公布2023年度全国三八红旗手标兵、全国三八红旗手…:
# the year is 标兵's, written before the first item of the run)
GLUED_LONGER_RE = re.compile(r"标兵|集体|提名|候选|之星|团队|班组|单位|工作室|[岗号]")
# an unquoted name joined to the next (2020年全国劳动模范和先进工作者): the year is the pair's; a quoted
# name closes before the join (表彰2018年“西安十佳工匠之星”和“西安工匠”) and keeps it
GLUED_PAIR_RE = re.compile(r"\s*[和及与、暨]")
QUOTE_OR_SPACE = r"[\s“”\"「」『』]*"
# a table's columns (2020年　全国劳动模范　中共中央): an ideographic space, a tab or a run of spaces
COLUMN_GAP_RE = re.compile(r"[\u3000\t]|  ")
YEAR_LEAD_RE = re.compile(r"^\s*(?:19|20)\d\d\s*年")


@lru_cache(maxsize=1024)
def _glued_re(pattern: str) -> re.Pattern[str]:
    """A glued-year pattern, compiled once a process (one per honour name; ``re``'s own cache is smaller)."""
    return re.compile(pattern)


WRITTEN_YEAR_RE = re.compile(r"((?:19|20)\d\d) ?年")


@lru_cache(maxsize=16)
def _written_years(text: str) -> frozenset[int]:
    """The years ``text`` writes before 年 (what ``GLUED_YEAR`` can match at all)."""
    return frozenset(int(m.group(1)) for m in WRITTEN_YEAR_RE.finditer(text))


YEAR_AT_RE = re.compile(r"(?=((?:19|20)\d\d) ?年)")
# how far after its year's first digit a glued name can start: GLUED_YEAR (9 characters at most),
# GLUED_LEVEL (10), GLUED_PREFIX (4), a quote and a space (2) make 25; 40 leaves room
GLUED_REACH = 40
_QUOTE_CHARS = '“”"「」『』'


@lru_cache(maxsize=16)
def _year_places(text: str) -> dict[int, tuple[int, ...]]:
    """Where ``text`` writes each year before 年 (every place, overlapping ones too)."""
    places: dict[int, list[int]] = {}
    for m in YEAR_AT_RE.finditer(text):
        places.setdefault(int(m.group(1)), []).append(m.start())
    return {year: tuple(at) for year, at in places.items()}


def _spelled_at(text: str, i: int, core: str) -> bool:
    """Whether ``core`` is written at ``i``, quotes or spaces allowed between its characters."""
    n = len(text)
    for k, ch in enumerate(core):
        if k:
            while i < n and (text[i].isspace() or text[i] in _QUOTE_CHARS):
                i += 1
        if i >= n or text[i] != ch:
            return False
        i += 1
    return True


@lru_cache(maxsize=16)
def _year_starts(text: str) -> tuple[int, ...]:
    """Every place ``text`` writes a year before 年, in order."""
    return tuple(sorted(p for at in _year_places(text).values() for p in at))


def _glued_matches(pat: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``pat.finditer(text, start, end)`` for a glued-year pattern, tried only where a year before 年
    starts (where every match starts), not at every character."""
    starts = _year_starts(text)
    last = start
    for p in starts[bisect_left(starts, start) :]:
        if p >= end:
            break
        if p >= last:
            m = pat.match(text, p, end)
            if m:
                last = m.end()
                yield m


def _glued_somewhere(text: str, year: int, core: str) -> bool:
    """Whether ``core`` is written within GLUED_REACH of a place writing ``year`` before 年: what a
    glued-year pattern needs to match at all (so most honours need no pattern compiled)."""
    for p in _year_places(text).get(year, ()):
        q = text.find(core[0], p + 5, p + GLUED_REACH + 1)
        while q >= 0:
            if _spelled_at(text, q, core):
                return True
            q = text.find(core[0], q + 1, p + GLUED_REACH + 1)
    return False


def _glued_year_at(ctx: Context, f: Fact, core: str) -> str | None:
    """The honour's name with the year written right before it (and a level between), as written, where
    the text so writes it with the honour's own year: the fact's sentence first, then its article, then the
    document (a headline, a list heading); None if nowhere."""
    year = f.value.get("year")
    if year not in _written_years(ctx.text):
        return None  # the honour's year is nowhere written before 年: no pattern to build
    if not _glued_somewhere(ctx.text, year, core):
        return None  # nor with the name right after it
    name = QUOTE_OR_SPACE.join(re.escape(ch) for ch in core)
    pat = _glued_re(GLUED_YEAR + GLUED_LEVEL + GLUED_PREFIX + r"[“\"「『]? ?" + name + r"(?: ?[”\"」』])?")
    t = ctx.text
    spans = [(f.sent.start, f.sent.end), (ctx.art.start, ctx.art.end), (0, len(t))]
    for start, end in spans:
        for m in _glued_matches(pat, t, start, end):
            if int(m.group(1)) != year or GLUED_NOT_NAME_RE.match(t, m.end()) or GLUED_LONGER_RE.match(t, m.end()):
                continue
            if not re.search(r"[”\"」』]\s*$", m.group()) and GLUED_PAIR_RE.match(t, m.end()):
                continue
            written = ctx.raw(m.start(), m.end())
            if not COLUMN_GAP_RE.search(written):
                return written
    return None


def glued_year_raws(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An honour's ``raw`` keeps the year the text glues before its name in its report of this
    conferral (2021年“南粤工匠” in a headline, a list heading, an announcement or the person's line),
    even where the sentence that gave the honour writes the name bare; a year elsewhere in the clause
    (于2021年被评为X), before a head count (2021年10位X) or before a meeting or campaign named after the
    honour (2021年度“安徽工匠”选树活动) is not the name's."""
    new: dict[int, Fact] = {}
    for f in facts:
        if f.kind != "honor" or not isinstance(f.value.get("year"), int):
            continue
        raw = f.value.get("raw") or ""
        simple = to_simplified(raw)
        if not raw or YEAR_LEAD_RE.match(simple):
            continue
        core = re.sub(QUOTE_OR_SPACE, "", simple)
        if len(core) < 3:
            continue
        glued = _glued_year_at(ctx, f, core)
        if glued:
            new[id(f)] = revalued(f, raw=glued)
    return _updated(facts, new)


def _same_words(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two honours read from the same written words: their ``raw`` alike but for quotes and blanks."""
    ra, rb = (re.sub(QUOTE_OR_SPACE, "", to_simplified(h.get("raw") or "")) for h in (a, b))
    return len(ra) >= 4 and ra == rb


def nested_honours_merged(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One person's honours where one title ends another of theirs (十佳最美护士 beside
    满洲里市十佳最美护士, 劳动模范 beside 全国劳动模范, 劳动奖章 beside 五一劳动奖章) are one honour
    read twice, once without its level or series prefix: the shorter is folded into the fuller,
    which takes its year, edition and conferrers where it has none.  Kept apart: titles of
    different years; a title that only begins the other (中国好人 beside 中国好人榜: the longer
    may run on past the honour); a short title under 60 % of the long one (the scorer's bound:
    above it the fuller title stands for the shorter), unless both were read from the same words
    (杰出护理工作者 and 中华护理学会杰出护理工作者, both raw “杰出护理工作者”: one mention, one read
    without the body that qualifies it)."""
    keys = [norm_title(h.get("title")) for h in items]
    gone: set[int] = set()
    out = [dict(h) for h in items]
    for i, short in enumerate(keys):
        if len(short) < 4:
            continue
        for j, long_ in enumerate(keys):
            if i == j or j in gone or len(short) >= len(long_) or not long_.endswith(short):
                continue
            a, b = out[i], out[j]
            if 5 * len(short) < 3 * len(long_) and not _same_words(a, b):
                continue
            if a.get("year") is not None and b.get("year") is not None and a["year"] != b["year"]:
                continue
            for k in ("year", "edition", "level", "category"):
                if b.get(k) is None and a.get(k) is not None:
                    b[k] = a[k]
            b["conferred_by"] = list(dict.fromkeys((b.get("conferred_by") or []) + (a.get("conferred_by") or [])))
            gone.add(i)
            break
    return [h for k, h in enumerate(out) if k not in gone]


NOMINATION_TAIL = "提名奖"


def nominated_mains_dropped(items: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """A person who holds X提名奖 does not also hold X of the same year: the nomination prize is
    given beside the main award, to others (“2012感动中原十大优秀护士”提名奖 … 全省仅有10人获此殊荣,
    另有8人获…提名奖: the 10 hold X).  X goes when the sentence of the nomination names the
    person and the sentence X was read from does not (it was reached through 获此殊荣 or a list
    head); where both name them, both stay.  The nomination takes X's conferrers when it has none."""
    items = [dict(h) for h in items]
    titles = {norm_title(h.get("title")): h for h in items}
    gone: set[int] = set()
    for k, h in enumerate(items):
        nominated = titles.get(norm_title(h.get("title")) + NOMINATION_TAIL)
        if nominated is None or nominated.get("year") != h.get("year"):
            continue
        if name in _evidence_sentence(nominated) and name not in _evidence_sentence(h):
            gone.add(k)
            if not nominated.get("conferred_by"):  # the series' organisers give the nomination too
                nominated["conferred_by"] = list(h.get("conferred_by") or [])
    return [h for k, h in enumerate(items) if k not in gone]


def _evidence_sentence(h: dict[str, Any]) -> str:
    return str((h.get("evidence") or {}).get("sentence") or "")


def holder_cut_from_titles(items: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """An honour whose title holds its holder's own name ran over the person's introduction
    (…村委会主任助理张广秀全国三八红旗手): the title and ``raw`` are the words after the name."""
    if len(name) < 2:
        return items
    out: list[dict[str, Any]] = []
    for h in items:
        title, raw = h.get("title") or "", h.get("raw") or ""
        cut = title.rfind(name)
        rest = title[cut + len(name) :] if cut >= 0 else ""
        if cut < 0 or len(norm_title(rest)) < 4:
            out.append(h)
            continue
        at = raw.rfind(name)
        out.append({**h, "title": rest, "raw": raw[at + len(name) :] if at >= 0 else raw})
    return out


COORDINATED_TITLE_RE = re.compile(r"[和及与、暨]")


def coordinated_duplicates_dropped(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A title that joins two honours (全国五一巾帼标兵岗和全国五一巾帼标兵) beside one of its parts
    held by the same person is the sentence's pair read whole: the part stands, the pair goes."""
    keys = [norm_title(h.get("title")) for h in items]
    out: list[dict[str, Any]] = []
    for i, h in enumerate(items):
        parts = [norm_title(p) for p in COORDINATED_TITLE_RE.split(h.get("title") or "")]
        if len(parts) > 1 and all(len(p) >= 3 for p in parts):
            year = h.get("year")
            if any(
                k in parts and (year is None or items[j].get("year") in (None, year))
                for j, k in enumerate(keys)
                if j != i
            ):
                continue
        out.append(h)
    return out


# 有全国著名的拥军模范某某 / 在雅江上筑就“无裂缝大坝”的水电先锋某某 / 而今，老劳模某某: a name praised by a
# relative clause or by 老 is described, not titled, when the words name no level or series
EPITHET_BEFORE_RE = re.compile(r"的\s*$")


def epithets_dropped(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An honour word set before a name as a description (著名的拥军模范某某, …的水电先锋某某, 老劳模某某)
    is no conferred honour: an apposition after 的 whose title names no level (全国, 省, a place or a
    body), or one headed by 老, is dropped."""
    from loaders.honours import honour_level

    out: list[Fact] = []
    for f in facts:
        v = f.value
        if f.kind == "honor" and v.get("_apposition") and not v.get("_verb"):
            title = v.get("title") or ""
            before = ctx.text[max(ctx.art.start, f.pos - 4) : f.pos]
            if title.startswith("老") or (EPITHET_BEFORE_RE.search(before) and honour_level(title) is None):
                continue
        out.append(f)
    return out


# any year a text may write: 2015 / 二〇一五年 / 去年, 同年, 当年 / 2015年度 / 九十年代
ANY_YEAR_RE = re.compile(
    r"(?:19|20)\d\d|[一二][〇○零O0一二三四五六七八九]{3}\s*年|[去今前上本明当同次翌]年|年度|年代|民[國国]\s*\d"
)


# a resume of honours held, closed by 等(多项)荣誉称号 (获得A、B、C等荣誉称号): no conferral of the page's
RESUME_CLOSE_RE = re.compile(r"等(?:多项|多个|诸多|一系列)?(?:荣誉|光荣)?称号|等(?:多项|多个|诸多|一系列)?荣誉")


def yearless_document_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A dated document (its date given with it or found outside its words) that writes no year at
    all (no 2015, 二〇一五年, 去年, 同年, 年度 …) can only report conferrals of its own year: its undated
    honours take the document's year, except those it tells as held before (先后获得, 曾获, a resume
    closed by 等荣誉称号).  A text that writes any year is left to the year readers."""
    year = ctx.doc.year
    if year is None or ANY_YEAR_RE.search(ctx.text):
        return facts
    new = {
        id(f): revalued(f, year=year)
        for f in facts
        if f.kind == "honor"
        and f.value.get("year") is None
        and not f.value.get("_past")
        and not RESUME_CLOSE_RE.search(ctx.text, f.pos, f.sent.end)
    }
    return _updated(facts, new)


# a year that opens a sentence of conferrals cut by semicolons: 2024年，甲被授予X；乙被授予Y，丙被授予Z。
CHAIN_LEAD_RE = re.compile(r"\s*((?:19|20)\d\d)\s*年度?(?:\d{1,2}月(?:\d{1,2}日)?)?[，,]")
# a conferral verb in the clause the year opens: the chain reports grants, not a career
CHAIN_GRANT_RE = re.compile(r"授予|荣获|获得|获评|被评为|被命名为|命名为|当选")
# a clause telling an honour held before, or dated by a year of its own
CHAIN_OWN_TIME_RE = re.compile(r"(?:19|20)\d\d|〇|○|曾|先后|此前|以前|去年|前年|今年|同年|次年")


def semicolon_chain_years(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """2024年，某车间被授予“全国工人先锋号”；于某等10人被授予“X”；张某被授予“Y”。: the sentence is cut
    into clauses at each ；, and an undated honour of a later clause takes the year that opens the
    sentence's first clause, when that clause reports a grant and no clause between writes a time of
    its own."""
    t = ctx.text
    new: dict[int, Fact] = {}
    for f in facts:
        if f.kind != "honor" or f.value.get("year") is not None or f.value.get("_past"):
            continue
        head = max(t.rfind(c, 0, f.sent.start) for c in "。！？!?\n") + 1
        chain = t[head : f.sent.start]
        if not re.search(r"[；;]\s*$", chain):
            continue  # the honour's clause opens its own sentence
        lead = CHAIN_LEAD_RE.match(chain)
        if lead is None or not CHAIN_GRANT_RE.search(chain, lead.end()):
            continue
        if CHAIN_OWN_TIME_RE.search(chain, lead.end()) or CHAIN_OWN_TIME_RE.search(t, f.sent.start, f.pos):
            continue
        new[id(f)] = revalued(f, year=int(lead.group(1)))
    return _updated(facts, new)


# 据悉，今年，全市共有省劳动模范23名…。其中，…是甲和乙: the time that opens the sentence a 其中 sentence
# goes on from (its source phrase 据悉/据了解 before it)
COUNT_TIME_LEAD_RE = re.compile(
    r"\s*(?:(?:据悉|据了解|记者了解到|记者获悉)[，,]?\s*)?(今年|去年|(?:19|20)\d\d\s*年)(?!度|代|以来)[，,]?"
)
AMONG_RE = re.compile(r"\s*其中[，,]?")


def among_count_years(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """据悉，今年，全市共有省劳动模范23名和先进工作者9名。其中，桂阳县的2名…是甲和乙: a 其中 sentence names
    some of the people the sentence before counted, so an undated honour it tells takes the time that
    sentence opens with, when that sentence names the same honour."""
    sents = ctx.art.sentences
    new: dict[int, Fact] = {}
    for f in facts:
        if f.kind != "honor" or f.value.get("year") is not None or f.value.get("_past"):
            continue
        if not AMONG_RE.match(f.sent.text):
            continue
        at = next((i for i, s in enumerate(sents) if s.start == f.sent.start), 0)
        if at == 0:
            continue
        before = sents[at - 1]
        lead = COUNT_TIME_LEAD_RE.match(before.text)
        title = f.value.get("title") or ""
        if lead is None or not title or title[-4:] not in to_simplified(before.text):
            continue
        year = parse_year(lead.group(1), doc_year=ctx.doc.year)
        if year is not None:
            new[id(f)] = revalued(f, year=year)
    return _updated(facts, new)


# a conferral dated by its month (and day) alone, opening its sentence or clause: 5月13日，…授予… / 11月，荣获…
MONTH_LEAD_RE = re.compile(
    r"(?m)(?:^|(?<=[。；;，,]))\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*\d{1,2}\s*日)?(?:[上中下]旬)?[，,]?"
)
# a full year written in the paragraph (2017年4月25日，…): not a 年度, a decade, a period's start or a birth
CHRONICLE_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年(?!度|代|以来|生|出生)")


def month_day_years(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """2017年4月25日，中央宣传部授予…；5月13日，贵州省委授予…称号；11月，荣获…: in a chronicle, an
    undated conferral whose clause opens with a month (or a day) and no year is of the year the
    paragraph last wrote before it."""
    if ctx.doc.year is not None:
        return facts  # (a dated page's day without a year is the page's: recent_in_sentence)
    t = ctx.text
    new: dict[int, Fact] = {}
    for f in facts:
        if f.kind != "honor" or f.value.get("year") is not None or f.value.get("_past"):
            continue
        leads = list(MONTH_LEAD_RE.finditer(t, f.sent.start, f.pos))
        if not leads or CHRONICLE_YEAR_RE.search(t, leads[-1].start(), f.pos):
            continue
        para = max(t.rfind("\n", ctx.art.start, leads[-1].start()) + 1, ctx.art.start)
        years = list(CHRONICLE_YEAR_RE.finditer(t, para, leads[-1].start()))
        if years:
            new[id(f)] = revalued(f, year=int(years[-1].group(1)))
    return _updated(facts, new)


# 甲、乙、丙等10名个人和某班组（1个集体） / 推选出甲、乙…9名个人: a bare run of names closed by its head count
# (the count right after the last name; without 等 only after a selection's verb, SELECTED_RE)
RUN_COUNT_RE = re.compile(r"等?\s*(\d+|[一二三四五六七八九十两]+)\s*(?:名|位|人)")
# 最终推选出 / 评选出了: the verb whose object is the selection's yield, the run of holders
SELECTED_RE = re.compile(r"(?:推选|评选|遴选|选树|选)出了?\s*$")
# 9名个人和某班组1个集体 / 9名个人。: a count that closes a roster (not 3名“X”…, 两位老师被评为…)
ROSTER_TAIL_RE = re.compile(r"(?:个人|同志)?\s*(?:[和及与、，,。；;]|$)")
# 、 / ， between two names of the run, after a gender or ethnicity note (周某(女)、)
RUN_SEP_RE = re.compile(r"\s*(?:[（(](?:[男女]|[\u4e00-\u9fff]{1,5}族)[）)])?\s*[、，,]\s*")
RUN_OFFICIALS_RE = re.compile(r"出席|参加|主持|讲话|致辞|颁奖|颁发|陪同|会见|慰问|宣读")
_COUNT_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}


def _count_of(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if len(word) == 1:
        return _COUNT_DIGITS.get(word)
    if len(word) == 2 and word[0] == "十":
        return 10 + _COUNT_DIGITS.get(word[1], -100)
    if len(word) in (2, 3) and word[1] == "十":
        return _COUNT_DIGITS.get(word[0], -100) * 10 + (_COUNT_DIGITS.get(word[2], -100) if len(word) == 3 else 0)
    return None


def _run_has_own_honour(ctx: Context, own: list[Fact], count_at: int) -> bool:
    """Whether the sentence of a counted run gives the run an honour of its own: one written after the
    run (甲、乙等2人获X) or one the profile gives someone.  An unheld series named before the run is the
    sentence's subject (2023年“最美职工”注重…，最终推选出甲、乙…9名个人), not the run's own."""
    from loaders.extract.profile import attribute

    return any(f.pos >= count_at or attribute(ctx, f) for f in own)


def counted_run_holders(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """孙某、林某、…杨某等10名个人和某班组，都是…: a bare run of names whose head count is the number
    of names it writes is a complete roster; when no honour of its sentence reaches them and the
    article announced an honour nobody holds yet (中央宣传部、全国总工会发布2018年“最美职工”), the
    roster's names hold that honour."""
    from loaders.extract.people import is_official
    from loaders.extract.profile import attribute
    from loaders.extract.rolls import run_names

    t = ctx.text
    out = Found(ctx)
    honours = sorted((f for f in facts if f.kind == "honor"), key=lambda f: f.pos)
    if not honours or RUN_COUNT_RE.search(t, ctx.art.start, ctx.art.end) is None:
        return []
    held: set[str] | None = None  # who holds an honour already, read at the first roster
    for sent in ctx.art.sentences:
        own = [f for f in honours if sent.start <= f.pos < sent.end]
        for m in RUN_COUNT_RE.finditer(t, sent.start, sent.end):
            # 甲、乙3名“X”作表态发言 / 甲、乙两位老师被评定为X: the sentence's own words follow the count;
            # only 等N名 or a count that closes a roster (9名个人和…) ends a run of holders
            closes = bool(ROSTER_TAIL_RE.match(t, m.end()))
            if (own or not m.group().startswith("等")) and not closes:
                continue
            if own and _run_has_own_honour(ctx, own, m.start()):
                continue
            names = run_names(t, ctx.names_in(sent.start, m.start()))
            if not names or names[-1].end != m.start():
                continue
            run = [names[-1]]
            for prev in reversed(names[:-1]):
                if not RUN_SEP_RE.fullmatch(t[prev.end : run[0].start]):
                    break
                run.insert(0, prev)
            if len(run) < 2 or _count_of(m.group(1)) != len(run):
                continue
            if not m.group().startswith("等") and not SELECTED_RE.search(t, sent.start, run[0].start):
                continue  # 白某、姜某3名“X”作表态发言: a bare count after a run describes it, no roster
            if RUN_OFFICIALS_RE.search(t, m.end(), sent.end):
                continue  # 甲、乙等2名同志出席发布仪式并讲话: the officials of the event
            if held is None:
                held = {n for f in honours for n in attribute(ctx, f)}
            if any(n.name in held or is_official(t, n.name) for n in run):
                continue
            announced = [f for f in honours if f.pos < m.start() and not f.persons and not attribute(ctx, f)]
            if not announced:
                continue
            f = announced[-1]
            for n in run:
                value = dict(f.value)
                value["conferred_by"] = list(f.value.get("conferred_by") or [])
                out.add("honor", value, sent, n.start, persons=[n.name], confidence=0.7)
    return list(out)


# 仪式，为孝老爱亲模范甲、乙；诚实守信模范丙、丁；…等10名X颁奖: the count and X close the ceremony's list
CEREMONY_COUNT_RE = re.compile(
    r"""等\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)  # the head count of the whole list
        (?P<honour>[^，,。；;：:、]{2,30}?)                       # the honour they are given
        (?:颁奖|颁发|授牌|颁证)                                   # the ceremony's verb""",
    re.VERBOSE,
)
# the clause-opening 为 of the ceremony (a comma before it: not 助人为乐, 见义勇为)
CEREMONY_FOR_RE = re.compile(r"[，,]\s*为(?!期|止|此|了)")


def ceremony_chain_holders(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """…颁奖仪式，为A模范甲、乙；B模范丙、丁；…C模范戊、己等10名X颁奖: the list is cut into sentences at
    each ；, so the readers give X only to the names of the last clause; the head count and X close
    the whole list back to the ceremony's 为, so the names of the earlier clauses hold X too."""
    out = Found(ctx)
    held = {(n, f.value.get("title")) for f in facts if f.kind == "honor" for n in f.persons or []}
    done: set[int] = set()
    for f in facts:
        if f.kind != "honor" or not f.persons or f.sent.start in done:
            continue
        names = _ceremony_chain_names(ctx, f)
        if not names:
            continue
        done.add(f.sent.start)
        for name in names:
            if (name, f.value.get("title")) in held:
                continue
            held.add((name, f.value.get("title")))
            value = dict(f.value)
            value["conferred_by"] = list(f.value.get("conferred_by") or [])
            out.add("honor", value, f.sent, f.pos, persons=[name], confidence=f.confidence)
    return list(out)


def _ceremony_chain_names(ctx: Context, f: Fact) -> list[str]:
    """The names of the ；-clauses before ``f``'s sentence, back to the ceremony's 为, when ``f`` is the
    counted honour (等N名X颁奖) that closes the list."""
    t = ctx.text
    sent = f.sent
    counts = CEREMONY_COUNT_RE.finditer(t, sent.start, sent.end)
    if not any(m.start("honour") <= f.pos < m.end("honour") for m in counts):
        return []
    head = max(t.rfind(c, 0, sent.start) for c in "。！？!?\n") + 1
    if not re.search(r"[；;]\s*$", t[head : sent.start]):
        return []  # the count's clause is the whole sentence: its readers cover it
    opener = CEREMONY_FOR_RE.search(t, head, sent.start)
    if opener is None:
        return []
    return [m.name for m in ctx.names_in(opener.end(), sent.start)]


# 宣布交投十佳最美女职工获得者，她们分别是甲、乙、丙 / “X”称号获得者依次为：…: the holders of a named honour
HOLDERS_NAMED_RE = re.compile(
    r"(?P<honour>[^，,。；;：:！？!?\n]{2,40}?)(?:荣誉)?(?:称号)?(?:获得者|获奖者)\s*[，,]?\s*"
    r"(?:他们|她们)?(?:分别|依次)?(?:是|为)\s*[：:]?"
)
HOLDERS_WORD_RE = re.compile(r"(?:获得者|获奖者)\s*[，,]?\s*(?:他们|她们)?(?:分别|依次)?[是为]")
HOLDERS_LEAD_RE = re.compile(r"^.*(?:宣布|公布|揭晓|产生了?|评出|评选出|表彰了?|命名了?|颁发)(?:了)?")


def named_holders(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """宣布交投十佳最美女职工获得者，她们分别是甲、乙、丙: the names after an honour's 获得者…分别是 hold it,
    when no honour of their sentence reaches them already."""
    from loaders.extract.awards import add_list_person
    from loaders.extract.listrows import ListPerson
    from loaders.extract.people import is_official
    from loaders.extract.profile import attribute
    from loaders.honours import parse_honour, phrase_kind

    t = ctx.text
    out = Found(ctx)
    if HOLDERS_WORD_RE.search(t, ctx.art.start, ctx.art.end) is None:
        return []
    honours = [f for f in facts if f.kind == "honor"]
    for sent in ctx.art.sentences:
        if HOLDERS_WORD_RE.search(t, sent.start, sent.end) is None:
            continue
        for m in HOLDERS_NAMED_RE.finditer(t, sent.start, sent.end):
            raw = HOLDERS_LEAD_RE.sub("", m["honour"]).strip().strip('“”「」"')
            if not raw or re.search(r"候选|拟|推荐|公示|人选|提名", raw):
                continue
            parsed = parse_honour(raw, doc_year=ctx.doc.year, titled=True)
            if parsed is None or phrase_kind(raw) != "honour":
                continue
            names = [n for n in ctx.names_in(m.end(), sent.end) if not is_official(t, n.name)]
            # a reader that gave them an honour of this clause already has it (one read before the
            # clause, 《关于表彰“寻找…”活动的通报》, is the campaign's name, not theirs)
            here = {n for f in honours if f.pos >= m.start() for n in attribute(ctx, f)}
            for n in names:
                if n.name in here:
                    continue
                add_list_person(out, sent, n.start, ListPerson(n.name), parsed, raw, None, [])
    return list(out)


# the levels a run of 、 names before one honour word (市、省劳动模范 / 企业、市级、省级“劳动模范”)
LEVEL_WORD = r"(?:全国|国家|省|市|县|区|乡|镇|企业|公司|集团|厂|矿)级?"
LEVEL_RUN_RAW_RE = re.compile(
    rf"^(?P<run>(?:{LEVEL_WORD}\s*、\s*)+{LEVEL_WORD})(?:[两二三四五]级)?(?P<rest>[“「『]?[\u4e00-\u9fff].*)$"
)
# …before the honour: not glued to a word it ends (城市、, 本省、, 全县、)
# (the last level may stand right before the quote when the reading kept only the quoted name)
LEVEL_RUN_BEFORE_RE = re.compile(
    rf"(?<![城都超门外本全该我])(?P<run>(?:{LEVEL_WORD}\s*、\s*)+)(?P<last>{LEVEL_WORD}[“「『])?$"
)
LEVEL_HEAD_RE = re.compile(rf"^{LEVEL_WORD}(?:[两二三四五]级)?")


def _level_run(ctx: Context, f: Fact) -> list[str]:
    """The levels of a 、-run that one honour word ends (市、省劳动模范 → 市, 省), in order; [] when
    the honour names one level or none."""
    raw = f.value.get("raw") or ""
    m = LEVEL_RUN_RAW_RE.match(raw)
    if m:
        return [x.strip() for x in m.group("run").split("、")]
    head = LEVEL_HEAD_RE.match(f.value.get("title") or "")
    end = f.pos + 1 if ctx.text[f.pos : f.pos + 1] in ("“", "「", "『") else f.pos  # up to the quote, inside
    before = LEVEL_RUN_BEFORE_RE.search(ctx.text, max(f.sent.start, f.pos - 20), end)
    if not before or bool(head) == bool(before.group("last")):
        return []  # the honour's own level is written once: in its title or right before its quote
    own = re.sub(r"[两二三四五]级$", "", head.group()) if head else before.group("last")[:-1]
    return [x.strip() for x in before.group("run").split("、") if x.strip()] + [own]


def level_run_honours(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """先后被评为市、省劳动模范 / 先后获得企业、市级、省级“劳动模范”称号: one honour word after a run of
    levels is one honour for each level, its level in the title (the convention keys levels apart).
    Returns the facts, each such honour as one fact per level."""
    out: list[Fact] = []
    for f in facts:
        levels = _level_run(ctx, f) if f.kind == "honor" else []
        if len(levels) < 2:
            out.append(f)
            continue
        title = f.value.get("title") or ""
        head = LEVEL_HEAD_RE.match(title)
        base = title[head.end() :] if head else title
        m = LEVEL_RUN_RAW_RE.match(f.value.get("raw") or "")
        raw = f.value.get("raw") or ""
        # the words as written after the level: 市级“劳动模范”; a raw that kept only the quote keeps it
        raw_base = m.group("rest") if m else (base if head else raw)
        if len(base) < 2:
            out.append(f)
            continue
        out += [revalued(f, title=lvl + base, raw=lvl + raw_base, conferred_by=[]) for lvl in levels]
    return out
