"""Article-level steps of the extraction that read the facts found so far and give facts back.

Each step takes the article's facts (and what it needs of the read-only context) and returns new
facts or an updated copy of the list: an updated fact is a new ``Fact`` (``dataclasses.replace``
with a new value dict), never the same object edited, and a fact no step touched is returned as
it came.  ``loaders.extract.stages.run_stages`` calls them in order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from loaders.extract.document import Sentence
from loaders.extract.facts import Context, Fact, Found
from loaders.extract.posts import parse_post
from loaders.extract.relations import recent_event
from loaders.orgs import employer_of, org_kind, org_tier, split_org, split_org_list
from loaders.textnorm import to_simplified

BLANK_LINE_RE = re.compile(r"\n[ \t\u3000]*\n")
EMPLOYER_KINDS = {"公司", "集团", "厂", "矿", "医院", "学校"}
ORGANISERS_RE = re.compile(
    r"由(?P<orgs>[^，。；]{4,120}?)(?:联合|共同)?(?:主办|举办|开展|组织|评选|发起)的"
    r"(?P<lead>[^，。；“「]{0,16})[“「](?P<h>[^”」]{2,30})[”」]"
    r"(?P<more>(?:[、和及与]?[“「][^”」]{2,30}[”」])*)"
)
SAME_HONOUR_RE = re.compile(r"(?:获|得|享|摘得|获得)此(?:殊荣|荣誉|称号|奖项|荣誉称号)")
COUNTED_GROUP_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)")


def norm_title(text: str | None) -> str:
    """A title compared without quotes, brackets, punctuation or spaces, in simplified script."""
    return re.sub(r"[\s“”\"'‘’《》「」『』（）()·、，,。.:：;；!！?？—\-]", "", to_simplified(text or ""))


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


def same_honour(ctx: Context, facts: list[Fact], sent: Sentence, before: int) -> list[Fact]:
    """同样获此殊荣的还有…的潘国良: the people of ``sent`` hold the honour it points back to — the last
    one named before it (``facts[:before]``) that the headline names too, else simply the last one.
    Returns the new facts."""
    earlier = [f for f in facts[:before] if f.kind == "honor"]
    if not earlier or any(f.kind == "honor" for f in facts[before:]):
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
    elif in_lead and counts[in_lead[-1]] >= n:
        body = in_lead[-1]  # 在X集团旗下Y公司Z事业部的装配车间: the narrowest body of the lead
    else:
        return facts, []
    out: list[Fact] = []
    links: list[tuple[str, str | None]] = []
    for f in facts:
        org = f.value.get("org") if f.kind == "position" else None
        parts = split_org(org) if org and not f.value.get("appointed") else []
        if not parts or any(org_tier(p.name) != "unit" for p in parts):
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
    out: list[Fact] = []
    for start, _, name in ctx.sections:
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
        f = (later or announced)[-1]
        out.append(Fact("honor", dict(f.value), f.sent, start, [name], f.confidence))
    return out


def series_organisers_confer(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """由全国总工会、某电视台联合主办的2024年“某某年度人物”发布活动: the organisers confer that
    honour (and its nominations) wherever the article gives it without a conferrer."""
    from loaders.honours import parse_honour
    from loaders.orgs import is_org_name

    t = ctx.text
    series: list[tuple[str, list[str], int | None]] = []
    for sent in ctx.art.sentences:
        for m in ORGANISERS_RE.finditer(t, sent.start, sent.end):
            names = split_org_list(m["orgs"])
            if not names or not all(is_org_name(n) for n in names):
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


def decision_covers(body: str, title: str) -> bool:
    """Whether a decision 《关于授予2024年株洲市五一劳动奖状、奖章…》 confers ``title``."""
    if title in body or (len(title) > 4 and title[:-1] in body):  # 全国五一劳动奖章 in …全国五一劳动奖和…
        return True
    place = re.match(r"^[\u4e00-\u9fff]{2,4}?[省市县]", title)
    rest = title[place.end() :] if place else title
    return place is not None and place.group() in body and (rest in body or rest[-2:] in body)


def news_year_and_conferrers(
    ctx: Context, facts: list[Fact], decisions: list[tuple[str, list[str]]], host: str | None
) -> list[Fact]:
    """A conferral a news item tells (or a paragraph opening 近日，/4月27日，) is of the document's
    year; an honour with no conferrer takes the bodies of a decision the article names that covers
    it, else, in a news item, the body that hosted the ceremony."""
    art = ctx.art
    out: list[Fact] = []
    for f in facts:
        if f.kind != "honor":
            out.append(f)
            continue
        v = f.value
        changes: dict[str, Any] = {}
        told = v.get("_verb") and not v.get("_past") and not v.get("_apposition")
        event = art.news and told
        if v.get("year") is None and told and not v.get("_list") and (art.news or recent_event(ctx, f)):
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
