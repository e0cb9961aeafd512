"""Stage 4 wiring: the trigger frames of :mod:`loaders.extract.frames` run over an article's sentences.

Which honours does a sentence give, and to whom?  For each prose, title or subtitle sentence
the frames read the sentence with its person mentions; each relation becomes an honour fact
for the assembly (stage 5).  A relation the article's other readers already hold (same
sentence, same title) only fills in what they lack (year, conferrer, person); a new one is
added.  A relation without a named subject (他/她, 2016年，被评为…) is left to the assembly,
which gives it to the section's or the article's subject.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders.extract.document import Sentence
from loaders.extract.facts import AWARD_VERB_RE, ITEM_YEAR_LEAD_RE, PAST_MARKERS, Context, Fact, year_before
from loaders.extract.frames import COLLECTIVE_RE, HonourRelation, blocked_spans, honour_relations, is_body, vetoed
from loaders.orgs import employer_of, is_org_name, org_tier
from loaders.scoring import fold

__all__ = [
    "as_written",
    "canonical_body",
    "clean_list_titles",
    "frame_honours",
    "organisers_confer",
    "recent_event",
    "written_conferrers",
]


class _Local:
    """A person mention with offsets into the sentence text."""

    __slots__ = ("end", "name", "start")

    def __init__(self, name: str, start: int, end: int) -> None:
        self.name, self.start, self.end = name, start, end


def _doc_year(ctx: Context) -> int | None:
    return ctx.doc.year


# a name whose own clause makes it a nominee or candidate (王某入围提名人选 / 李某成为候选人)
NOMINEE_AFTER_RE = re.compile(
    r"""(?:也|还|均|同时)?(?:入围|入选|成为|被列为|被确定为)了?
    [\u4e00-\u9fff“”]{0,10}?(?:提名人选|候选人|初评名单)""",
    re.VERBOSE,
)


def frame_honours(ctx: Context, sent: Sentence, facts: list[Fact], before: int) -> list[Fact]:
    """Honour facts of ``sent`` read by the trigger frames: ``facts`` with them added, where the
    sentence's honours found so far (the honours of ``facts[before:]``) are completed, split or
    dropped rather than repeated.  Those honours are copied first: the step completes its own
    copies, never the facts it was given."""
    t = ctx.text
    out = list(facts)
    existing: list[Fact] = []
    for k in range(before, len(out)):
        if out[k].kind == "honor":
            out[k] = replace(out[k], value=dict(out[k].value))
            existing.append(out[k])
    text = t[sent.start : sent.end]
    persons = [
        _Local(m.name, m.start - sent.start, m.end - sent.start)
        for m in ctx.names_in(sent.start, sent.end)
        if not NOMINEE_AFTER_RE.match(text, m.end - sent.start)  # …王某入围提名人选: holds nothing named here
    ]
    # the honours other readers found where nothing is conferred (未能入选, 拟授予, 孙丽华创新工作室入选…)
    blocked = blocked_spans(text, persons)
    for f in list(existing):
        rel_pos = f.pos - sent.start
        if vetoed(f.value.get("title", "")) or any(lo <= rel_pos < hi for lo, hi in blocked):
            out.remove(f)
            existing.remove(f)
    clean_list_titles(ctx, existing)
    split_quote_runs(ctx, sent, existing, out)
    lead = t[ctx.art.start : sent.start]
    listed: set[str] = set()
    described: set[str] = set()  # examples described before their unit (以…精神…的上海长柳轮服务员杨某)
    relations = honour_relations(text, persons, doc_year=_doc_year(ctx), before=lead)
    relations += counted_holders(text, persons, relations, _doc_year(ctx))
    relations += holder_examples(text, persons, relations, lead, _doc_year(ctx))
    relations += issued_with(text, relations, _doc_year(ctx))
    relations += named_holders(text, persons, relations, _doc_year(ctx))
    for rel in relations:
        if rel.trigger != "list":
            after = listed_after(text, persons, rel.end)  # 被命名为“X”的有A、B和C等30人
            # (…奖章获得者是A，B，C: the title read before A's name is the whole list's)
            if not rel.persons or set(rel.persons) < set(after):
                rel = replace(rel, persons=after)
            if not rel.persons and rel.trigger not in ("apposition", "holders"):
                rel = replace(rel, persons=listed_after(text, persons, rel.end, HELD_BY_RE))
        if rel.trigger != "list" and any(lo <= rel.start < hi for lo, hi in blocked):
            continue  # (a list names its people after its head: 3名同志获得…，他们分别是…)
        if rel.trigger == "list" or len(rel.persons) > 1:
            listed.update(rel.persons)
        if rel.trigger == "examples":
            described.update(rel.persons)
        key = fold(rel.title)
        # the same honour another reader found, perhaps with its conferrer in the title
        same = [f for f in existing if _same_title(fold(f.value.get("title")), key)]
        for f in list(same):
            if rel.persons and f.persons and not set(f.persons) & set(rel.persons):
                # …授予郑红梅等20人“X”称号，授予李桂英等5人“Y”称号 / 葛某被评为X(A类)，张某和陈某等3名同志被
                # 评选为X(B类): another reader gave the frame's honour to another person; where it read the
                # frame's own honour phrase the frame's subjects get it, else it is that person's own
                if rel.start <= f.pos - sent.start <= rel.end:
                    f.persons = list(rel.persons)
                else:
                    same.remove(f)
        # 河南能源“青年岗位能手”“技术能手” read as one honour by another reader: the frame's items
        # (one honour a quote, sharing the prefix) replace it
        runs = [
            f for f in same if len(QUOTE_RE.findall(f.value.get("raw") or "")) > 1 >= len(QUOTE_RE.findall(rel.raw))
        ]
        # 分别于2012年和2016年获得全国技术能手和中华技能大奖 read as one honour by another reader: the
        # frame's items, each with its own year, replace it
        runs += [
            f
            for f in same
            if rel.paired
            and f not in runs
            and fold(f.value.get("title")) != key
            and JOINED_TITLE_RE.search(f.value.get("title") or "")
        ]
        for f in runs:
            out.remove(f)
            existing.remove(f)
            same.remove(f)
        if same:
            _complete(ctx, sent, same, rel)
            continue
        out.append(_new_fact(ctx, sent, rel))
    if listed:
        entry_facts(ctx, sent, [p for p in persons if p.name in listed], out, described=described)
    return out


# …称号的有 / …的是: the honour's holders follow (获评“X”的有某公司张某、某厂李某和某站王某等30人)
# (按得票多少为序): a note on the order may stand before the holders
HOLDERS_AFTER_RE = re.compile(
    r"(?:荣誉称号|称号|荣誉)?(?:的|获得者|获奖者)(?:分别)?(?:有|是|为|包括)[：:]?\s*(?:[（(][^（）()]{0,16}[）)][：:]?\s*)?"
)
# the unit before the first holder: an organisation's name, no clause of its own
FIRST_GLUE_RE = re.compile(r"[^，,。；;！？“”「」:：、的]{0,40}?(?<![是在说为了把被将对向从])")


# 获得广东省五一劳动奖章的某公司董事长石某表示: a verb with no subject, its object's holder after 的
HELD_BY_RE = re.compile(r"(?:荣誉称号|称号|荣誉)?的(?![有是为])")


def listed_after(
    text: str, persons: list[_Local], end: int, opener: re.Pattern[str] = HOLDERS_AFTER_RE
) -> tuple[str, ...]:
    """The holders an honour's relative clause lists after it (被命名为“石狮工匠”的有中联品检公司林某、
    某公司丁某和某码头公司黄某等30人): the first name after 的有 (a unit may stand before it), then
    every name joined to it by 、/和 or by a comma entry of unit+post+name; empty when no name
    follows at once."""
    from loaders.extract.frames import COORD_ENTRY_RE, JOINER_RE, LIST_ENTRY_RE

    m = opener.match(text, end)
    if m is None:
        return ()
    after = [p for p in persons if p.start >= m.end()]
    if not after or not FIRST_GLUE_RE.fullmatch(text, m.end(), after[0].start):
        return ()
    group = [after[0]]
    for p in after[1:]:
        gap = text[group[-1].end : p.start]
        if JOINER_RE.fullmatch(gap) or LIST_ENTRY_RE.fullmatch(gap) or COORD_ENTRY_RE.fullmatch(gap):
            group.append(p)
        else:
            break
    return tuple(dict.fromkeys(p.name for p in group))


def named_holders(
    text: str, persons: list[_Local], relations: list[HonourRelation], doc_year: int | None
) -> list[HonourRelation]:
    """受表彰的全国五一劳动奖章获得者是某港司机郭某，某大学院长包某 / 获得X荣誉称号的为：…: an honour
    no frame read, its holders listed right after it (获得者是, 的为, 的有), hold it."""
    from loaders.extract.mentions import honour_spans
    from loaders.honours import parse_honour

    out: list[HonourRelation] = []
    for h in honour_spans(text):
        if any(rel.start < h.end and h.start < rel.end for rel in relations):
            continue
        names = listed_after(text, persons, h.end)
        if not names:
            continue
        parsed = parse_honour(h.raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title):
            continue
        out.append(HonourRelation.of(parsed, names, (h.start, h.end), "holders"))
    return out


# 等20名“最美职工” / 等3人全国技术能手: a head count closing a run of names, the honour right after it
COUNTED_HONOUR_RE = re.compile(
    r"(?:同志)?等(?:\d+|[一二三四五六七八九十百两]+)(?:名|位|人)(?:同志|个人|职工)?(?=[“「『]|[\u4e00-\u9fff])"
)


LEVEL_PREFIX_RE = re.compile(
    r"(?:(?:19|20)\d\d年度?)?(?:全国|全省|全市|[\u4e00-\u9fff]{2,5}?(?:省|市|自治区|县|区))?"
)  # 2022年度 / 青海省 before the honour's quote


ON_LIST_AFTER_RE = re.compile(r"\s*(?:光荣)?(?:上榜|榜上有名|[名位]列其中)")


def counted_holders(
    text: str, persons: list[_Local], relations: list[HonourRelation], doc_year: int | None
) -> list[HonourRelation]:
    """选出了某公司快递员孟某、某集团电工廖某等20名“最美职工”: the names that close with a head count
    and an honour hold it, whatever verb the clause has (选出, 产生, 涌现出).  Only where no frame
    gave those names an honour in the sentence; the run is the names joined by 、/和 or by comma
    entries of unit+post+name."""
    from loaders.extract.frames import COORD_ENTRY_RE, JOINER_RE, LIST_ENTRY_RE, _negated_sentence, _quote_depth
    from loaders.extract.mentions import honour_spans
    from loaders.honours import parse_honour

    if _negated_sentence(text):
        return []
    held = {p for rel in relations for p in rel.persons}
    out: list[HonourRelation] = []
    for m in COUNTED_HONOUR_RE.finditer(text):
        if _quote_depth(text, m.start()) != 0:
            continue
        before = [p for p in persons if p.end == m.start() and _quote_depth(text, p.start) == 0]
        if not before:
            continue
        group = [before[0]]
        for p in reversed([q for q in persons if q.end <= group[0].start]):
            gap = text[p.end : group[0].start]
            if JOINER_RE.fullmatch(gap) or LIST_ENTRY_RE.fullmatch(gap) or COORD_ENTRY_RE.fullmatch(gap):
                group.insert(0, p)
            else:
                break
        names = tuple(dict.fromkeys(p.name for p in group))
        if set(names) & held:
            continue
        # the honour: a quote or an honour-suffix run right after the count (a year or place may lead)
        spans = [
            h for h in honour_spans(text[m.end() :]) if LEVEL_PREFIX_RE.fullmatch(text, m.end(), m.end() + h.start)
        ]
        if not spans:
            continue
        h = max(spans, key=lambda x: x.end)
        if ON_LIST_AFTER_RE.match(text, m.end() + h.end):
            continue  # 甲、乙等5名浏阳工匠榜上有名: the group's noun; the list named before gives the honour
        raw = text[m.end() : m.end() + h.end]
        parsed = parse_honour(raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title):
            continue
        out.append(HonourRelation.of(parsed, names, (m.end(), m.end() + h.end), "counted"))
    return out


# 授予王某等16位同志X，并颁发Y: a medal handed with the title, to the same people
ISSUED_WITH_RE = re.compile(
    r"(?:荣誉称号|称号)?[，,]\s*(?:并|同时)(?:向(?:其|他们|她们))?(?:颁发|授予)(?P<obj>[^，,。；;！？]{3,40})"
)


def issued_with(text: str, relations: list[HonourRelation], doc_year: int | None) -> list[HonourRelation]:
    """授予王某等22位同志年度安徽省劳动竞赛先进个人，并颁发安徽省五一劳动奖章: the honour a grant hands
    with its title goes to the grant's persons, from the same bodies, in the same year."""
    from loaders.honours import parse_honour

    out: list[HonourRelation] = []
    for rel in relations:
        if rel.trigger not in GRANTS or not rel.persons:
            continue
        m = ISSUED_WITH_RE.match(text, rel.end)
        if m is None:
            continue
        raw = re.sub(r"(?:荣誉称号|称号)$", "", m["obj"].strip())
        parsed = parse_honour(raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title) or parsed.title == rel.title:
            continue
        out.append(
            replace(
                rel,
                raw=parsed.raw,
                title=parsed.title,
                year=parsed.year if parsed.year is not None else rel.year,
                edition=parsed.edition,
                conferred_by=tuple(parsed.conferred_by) or rel.conferred_by,
                start=m.start("obj"),
                end=m.end("obj"),
            )
        )
    return out


# the holders of an honour spoken of as a group (这些获奖者 / …奖章的获得者中 / 获奖者当中)
HOLDERS_RE = re.compile(r"获奖者|获得者|获奖人员|受表彰者|受表彰的|获此殊荣")
EXAMPLES_OPEN_RE = re.compile(r"(?:^|(?<=[，,；;：:。]))\s*(?:例如|比如|如)(?=[^，,。；;])")


def holder_examples(
    text: str, persons: list[_Local], relations: list[HonourRelation], before: str, doc_year: int | None
) -> list[HonourRelation]:
    """这些获奖者…，如北京10路汽车售票员杨某、上海长柳轮服务员杨某等 / …奖章的获得者中还包括了一大批厂长。
    如某厂厂长马某、某厂厂长桂某等: names given as examples (如…等) where the paragraph speaks of an
    honour's holders hold the honour the article names most."""
    from loaders.extract.frames import _last_honour, _negated_sentence, _quote_depth
    from loaders.honours import parse_honour

    if _negated_sentence(text):
        return []
    held = {p for rel in relations for p in rel.persons}
    paragraph = before[before.rfind("\n") + 1 :]
    out: list[HonourRelation] = []
    for m in EXAMPLES_OPEN_RE.finditer(text) if "如" in text else ():
        if _quote_depth(text, m.start()) != 0 or not HOLDERS_RE.search(paragraph + text[: m.start()]):
            continue
        close = m.end()
        while close < len(text) and not (text[close] == "等" and _quote_depth(text, close) == 0):
            if text[close] in "。！？；;":
                close = len(text)
            close += 1
        if close >= len(text):
            continue
        names = tuple(
            dict.fromkeys(
                p.name
                for p in persons
                if m.end() <= p.start and p.end <= close and _quote_depth(text, p.start) == 0 and p.name not in held
            )
        )
        found = _last_honour(before + text[: m.start()], doc_year) if names else None
        if found is None:
            continue
        parsed = parse_honour(found[0], doc_year=doc_year)
        if parsed is None or vetoed(parsed.title):
            continue
        out.append(
            HonourRelation.of(
                parsed, names, (m.start(), close), "examples", year=parsed.year if parsed.year is not None else found[1]
            )
        )
    return out


# words that show a title read with the clause before the honour (等10人…, 被陕西省人民委员会以著名…)
CLAUSE_PREFIX_RE = re.compile(r"等[\d一二三四五六七八九十百千两]+(?:人|名|位)|授予|被|以著名|由")
GRANTS = frozenset({"授予", "命名", "追授"})
QUOTE_RE = re.compile(r"[“「『][^”」』]+[”」』]")


def split_quote_runs(ctx: Context, sent: Sentence, existing: list[Fact], out: list[Fact]) -> None:
    """河南能源“青年岗位能手”“技术能手”: a run of quoted honours after one prefix is one honour a
    quote, each with the prefix (河南能源青年岗位能手, 河南能源技术能手), however another reader read it."""
    from loaders.extract.frames import _honour_items
    from loaders.honours import parse_honour

    for f in [f for f in existing if len(QUOTE_RE.findall(f.value.get("raw") or "")) > 1]:
        raw = (f.value.get("raw") or "").strip()
        items = _honour_items(raw)
        parsed = [(item, parse_honour(item, doc_year=ctx.doc.year)) for item, _, _ in items]
        if len(parsed) < 2 or any(p is None for _, p in parsed):
            continue
        out.remove(f)
        existing.remove(f)
        for item, p in parsed:
            assert p is not None
            value = dict(f.value) | {
                "title": p.title,
                "raw": item,
                "conferred_by": list(f.value.get("conferred_by") or []),
            }
            value["edition"] = value.get("edition") or p.edition
            split = ctx.fact("honor", value, sent, f.pos, persons=f.persons, confidence=f.confidence)
            out.append(split)
            existing.append(split)


ENTRY_START_RE = re.compile(r"[，,、；;：:﹔]|分别是|分别为|他们是|她们是|依次是|(?:获得|获奖)者(?:是|为)")
BROKEN_ORG_RE = re.compile(r"[，,：:；;。]|分别是|分别为")


def entry_facts(
    ctx: Context, sent: Sentence, persons: list[_Local], out: list[Fact], *, described: set[str] | None = None
) -> None:
    """Employer and post of each person of a list or coordination, read from their own entry
    (鞍钢股份炼焦总厂五炼焦作业区作业长张允东、… → 鞍钢股份炼焦总厂, 作业长 at …五炼焦作业区); another
    reader's employer or post for that person in the sentence gives way to it.  For the names in
    ``described`` the entry starts after the last 的 of its description (十四年干完五十三年工作量的湖南女工)."""
    from loaders.extract.awards import split_person_item

    t = ctx.text
    text = t[sent.start : sent.end]
    everyone = [_Local(m.name, m.start - sent.start, m.end - sent.start) for m in ctx.names_in(sent.start, sent.end)]
    for p in persons:
        # an entry opens after a comma or colon (东营市看守所副所长、一级警长孟祥梅 keeps its 、),
        # or after the previous person's name (张允东、钢铁研究院研究室主任郑之旺)
        starts = [m.end() for m in ENTRY_START_RE.finditer(text, 0, p.start) if m.group() != "、"]
        starts += [q.end + 1 for q in everyone if q.end < p.start and text[q.end : q.end + 1] in "、和及与"]
        # 当选X的包括(按得票多少为序)某局营销管理员李某: the honour and its opener are no part of the unit
        starts += [m.end() for m in HOLDERS_AFTER_RE.finditer(text, 0, p.start)]
        lo = max(starts) if starts else 0
        if described and p.name in described:
            lo = max(lo, text.rfind("的", lo, p.start) + 1)
        name, unit, post_org, post, _ = split_person_item(text[lo : p.end])
        if name is None:
            # a unit and the name with no post between (国网衡水供电公司程旭和…): the unit is the employer
            head = re.sub(r"^\s*(?:其中|分别是|分别为)?\s*", "", text[lo : p.start]).strip()
            if head and is_org_name(head) and employer_of(head):
                name, unit, post_org, post = p.name, head, None, None
        if name != p.name or not (unit or post):
            continue
        pos = sent.start + p.start
        for f in [
            f
            for f in out
            if f.kind in ("employer", "position")
            and sent.start <= f.pos < sent.end
            and (
                f.persons == [p.name] or BROKEN_ORG_RE.search(str(f.value.get("raw_org") or f.value.get("value") or ""))
            )
            and (f.persons == [p.name] or sent.start + lo <= f.pos <= pos)
        ]:
            out.remove(f)
        if unit:
            org = ctx.resolve_org(employer_of(unit) or unit, pos)
            employed = {"value": org, "raw_org": unit, "_stated": True}
            out.append(ctx.fact("employer", employed, sent, pos, persons=[p.name]))
        if post:
            org_of_post = ctx.resolve_org(post_org, pos) if post_org else None
            value = {"title": post, "org": org_of_post, "raw_org": unit, "year": None, "current": False}
            value |= {"appointed": False, "listed": True}
            out.append(ctx.fact("position", value, sent, pos, persons=[p.name], confidence=0.8))


# two honours joined in one title by a conjunction (全国技术能手和中华技能大奖)
JOINED_TITLE_RE = re.compile(r"[和与及、]")


def _same_title(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or a in b or b in a)


def _prefer_frame(old: list[str], new: list[str]) -> bool:
    """Whether the frame's bodies should replace another reader's: none stated, fewer, unsplit
    (人社部和全国总工会), unresolved (市委) or the same bodies spelt shorter (国家电网公司)."""
    if not old or set(old) < set(new):
        return True
    if any(b[:1] in "市省" or not is_body(b) or re.search(r"[和、与及]", b) for b in old):
        return True
    if any(org_tier(b) == "unit" and org_tier(b) != org_tier(n) for b in old for n in new):
        return True  # …车务段车站值班(员姚海清): a recipient's team read as the body, not the union that decided
    return all(any(o[:2] == n[:2] for n in new) for o in old)


def _complete(ctx: Context, sent: Sentence, facts: list[Fact], rel: HonourRelation) -> None:
    for f in facts:
        v = f.value
        # 全国五一劳动奖章的民进会员有 read by another finder: the frame's title is the honour
        if "的" in v.get("title", "") and fold(rel.title) in fold(v["title"]) and "的" not in rel.title:
            v["title"], v["raw"] = rel.title, rel.raw
        # 等10人全国三八红旗手标兵 / …值班员姚海清等720名先进个人火车头奖章 read by another finder: the
        # frame's title has the head count (and the unit before it) cut off
        cut = ""  # the words cut off the front: a body read from them was the holder's unit, no conferrer
        for field, new in (("title", rel.title), ("raw", rel.raw)):
            old_value = v.get(field) or ""
            head = old_value[: -len(new)]
            named = any(n and n in head for n in rel.persons)  # 授予某公司驾驶员吴某X: the holder's name
            if old_value != new and old_value.endswith(new) and (CLAUSE_PREFIX_RE.search(head) or named):
                cut = cut or head
                v["title"], v["raw"] = rel.title, rel.raw
        if cut and v.get("conferred_by") and all(fold(b) in fold(cut) for b in v["conferred_by"]):
            v["conferred_by"] = []  # 授予某集团电工吴某等100名职工X: 某集团 is his unit
        # a coordination the frame read in full (张允东、郑之旺被授予…; a comma list of entries)
        if rel.trigger == "list" or (rel.persons and (f.persons is None or set(f.persons) < set(rel.persons))):
            f.persons = list(rel.persons)
        if rel.paired or (v.get("year") is None and rel.year is not None):  # 分别于2016年和2019年
            v["year"] = rel.year
        if rel.relative:
            v["_relative"] = True
        # the frame's bodies are split and resolved (市委、市政府 → 郑州市委, 郑州市政府): they replace
        # bodies another reader left unsplit or unresolved (人社部和全国总工会, 市委)
        old = list(v.get("conferred_by") or [])
        if rel.trigger == "apposition":
            # 以著名全国劳动模范郝建秀的名字命名…: a title the person is named with; the clause's verb and
            # bodies are about something else, only the phrase's own body confers it
            v["conferred_by"] = [ctx.resolve_org(c, sent.start + rel.start) or c for c in rel.conferred_by]
        elif rel.conferred_by and _prefer_frame(old, list(rel.conferred_by)):
            v["conferred_by"] = [ctx.resolve_org(c, sent.start + rel.start) or c for c in rel.conferred_by]
        if not v.get("edition") and rel.edition:
            v["edition"] = rel.edition
        raw = v.get("raw") or ""
        if raw and rel.raw.startswith(raw) and re.fullmatch(r"[（(][^（）()]{2,10}[）)]", rel.raw[len(raw) :]):
            v["raw"] = rel.raw  # 河北省十大工匠(河北大工匠): the name in brackets is part of the honour as written


def _new_fact(ctx: Context, sent: Sentence, rel: HonourRelation) -> Fact:
    t = ctx.text
    pos = sent.start + rel.start
    year = rel.year
    if year is None:
        year, _, _ = year_before(ctx, sent, pos)
    value = {
        "title": rel.title,
        "raw": rel.raw,
        "edition": rel.edition,
        "year": year,
        "level": None,
        "category": None,
        "conferred_by": [ctx.resolve_org(c, pos) or c for c in rel.conferred_by],
        # a conferral verb in the sentence up to the honour (a list's head counts): a news event
        "_verb": bool(AWARD_VERB_RE.search(t[sent.start : sent.start + rel.end])) or rel.trigger == "list",
        "_past": any(m in t[sent.start : pos] for m in PAST_MARKERS),
        "_relative": rel.relative,
    }
    from loaders.honours import parse_honour

    parsed = parse_honour(rel.raw, doc_year=_doc_year(ctx))
    if parsed is not None:
        value["level"], value["category"] = parsed.level, parsed.category
    persons = list(rel.persons) or None
    return ctx.fact("honor", value, sent, pos, persons=persons, confidence=0.8)


LIST_TAIL_RE = re.compile(
    r"""(?:分别是|分别为|依次是|名单如下|如下|名单|公布|发布|揭晓|的有|的是
    | (?:最终|最后|共|先后|再次|依次)?(?:推选|评选|遴选|选树|选)出(?:了)?  # “最美职工”最终推选出A: its verb
    )$""",
    re.VERBOSE,
)
ORGANISER_RE = re.compile(
    r"""
    (?:
      由(?P<orgs1>[^，,。；;！？“”「」由]{3,120}?)(?:联合|共同)?  # 由A、B(联合)…
      | (?P<orgs>[^，,。；;！？“”「」]{3,120}?)(?:将|于\d{1,2}月\d{1,2}日)?(?:联合|共同)  # A、B将共同…
    )
    (?:主办|举办|开展|组织|评选|发起|发布|命名|表彰|推出|授予
      |颁发(?=的))  # …主办 / …发布 / 获得由山东省总工会颁发的“齐鲁工匠”证书: the issuer of the honour
    # what they organised: the honour is named in it, after a long activity name too (联合举办了2015年第二季
    # 白山好人发布厅·最美职工和最美基层工会主席专场发布会活动，授予于美文等13名同志“…”荣誉称号)
    (?P<rest>[^。；;！？]{0,120})
    """,
    re.VERBOSE,
)
# a later clause of the organisers' sentence that tells of something else, with its own place, time,
# giver or holder (…联合授予“甘肃省岗位能手”，在神华工作期间，获“…”标兵…): its honours are not theirs
# (在全市卫生系统开展的“X”评选: where they act, still their clause; 在神华工作期间: another time)
OTHER_CLAUSE_RE = re.compile(
    r"""
    [，,；;]\s*
    (?=在[^，,。；;]{1,20}?(?:期间|时)|获|荣获|获得|被|曾|先后|此外|另外|[他她]|其)
    """,
    re.VERBOSE,
)
ANNOUNCED_RE = re.compile(
    r"""
    (?P<orgs>[^，,。；;！？“”「」:：]{3,60}?)  # 四川省委宣传部、四川省总工会
    (?:日前|近日|正式|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日)?
    (?:公布|发布|揭晓|印发)了?  # …公布
    (?P<rest>[^。；;！？，,]{2,60}?名单)  # 2025年四川省“最美职工”名单
    """,
    re.VERBOSE,
)
COMMENDED_BY_RE = re.compile(
    r"""
    在(?P<orgs>[^，,。；;！？“”]{2,30}?)的?(?:表彰|评选|命名)(?:活动|大会)?中  # 在辽宁省政府的表彰中，…
    | (?:受到|荣获|获得|获)(?P<orgs2>[^，,。；;！？“”]{2,30}?)(?:的)?(?:表彰|嘉奖)  # 受到党中央、国务院表彰，被授予…
    | (?:^|(?<=[，,。；;！？\n]))(?:近日|日前|\d{1,2}月\d{1,2}日)?[，,]?  # 近日，浙江省总工会表彰2023年先进典型
      # …发布关于表彰… / 县委、县政府印发《关于表彰2021年度…的决定》: the issuers, the verb and 《 go
      (?P<orgs3>[^，,。；;！？“”\n]{2,30}?)(?:召开大会|(?:发布|印发|下发|发出|作出|做出|出台)了?《?关于)?表彰
      (?=(?:19|20)\d\d年|一批)
    | (?:^|(?<=[，,。；;！？\n]))  # 省委、省政府对496名先进模范人物予以表彰，其中…荣获…
      (?P<orgs4>[^，,。；;！？“”\n]{2,30}?)对[^。；;！？\n]{2,80}?(?:予以|进行了?|给予)表彰
    """,
    re.VERBOSE,
)


DECIDED_RE = re.compile(
    r"""
    (?:^|(?<=[，,。；;！？\n]))(?:近日|日前|\d{1,2}月\d{1,2}日)?[，,]?
    (?P<orgs>[^，,。；;！？“”「」:：\n]{2,40}?)  # 中华全国总工会 / 全国妇联
    (?:日前|近日|正式|今天|今日|昨天|昨日)?(?:经?研究)?
    (?:(?:下发|作出|做出|发布|印发|发出)了?(?:表彰)?决定|(?<!的)决定)  # …下发决定 / …决定 (not 关于…的决定)
    (?!让|请|邀请|安排)  # 区总工会决定让劳模张某为…颁奖: who presents, not who is honoured
    (?P<rest>
      [：:]\s*(?:(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])[^\n]*\n?\s*)+
      # 决定：一、授予…二、授予…: the numbered items under the decision
      | [^。！？\n]{0,200}  # the honours the decision names, to the sentence's end
    )
    """,
    re.VERBOSE,
)
MEETING_RE = re.compile(
    r"""
    (?:^|(?<=[，,。；;！？\n]))(?:近日|日前|\d{1,2}月\d{1,2}日)?[，,]?
    (?P<orgs>[^，,。；;！？“”「」:：\n]{2,40}?)  # 湖北省总工会
    (?:在[\u4e00-\u9fff]{2,8}?)?(?:隆重)?(?:召开|举行|举办)了?  # 在武汉举行
    (?:
      (?P<rest>[^。；;！？，,\n]{0,80}?(?:表彰|授称|命名|颁奖)[^。；;！？，,\n]{0,40})  # …“荆楚工匠”授称大会
      # 某公司召开…报告会，授予张某“某钢最美职工”称号: the body that held the meeting grants in its next clause
      | [^。；;！？，,\n]{2,60}?(?:会|仪式|典礼)[”」』]?[，,](?:会上|并)?[，,]?(?:授予|命名)
        [^“「。；;！？，,\n]{0,12}?(?P<granted>[“「][^”」\n]{2,30}[”」])
    )
    """,
    re.VERBOSE,
)
DEFINED_RE = re.compile(
    r"""
    (?P<rest>[^。！？，,；;：:\n]{2,60}?)是  # 全国五一劳动奖状、奖章是…
    (?P<orgs>[^，,。；;！？“”「」\n]{2,30}?)(?:去年|今年|前年|(?:19|20)\d\d年)?
    (?:授予|颁发|设立|评选|命名|表彰|给予)  # …中华全国总工会授予…的光荣称号 / …全总去年设立的 / …国务院给予…的最高荣誉
    """,
    re.VERBOSE,
)


# the words a match of each organiser pattern must hold: sentences without them are not searched
ORGANISER_NEED_RE = re.compile(
    r"(?:由|联合|共同)[^。！？]*?(?:主办|举办|开展|组织|评选|发起|发布|命名|表彰|推出|授予|颁发的)"
)
ANNOUNCED_NEED_RE = re.compile(r"(?:公布|发布|揭晓|印发)[^。！？]*?名单")
COMMENDED_NEED_RE = re.compile(r"表彰|评选|命名|嘉奖")
MEETING_NEED_RE = re.compile(r"(?:召开|举行|举办)[^。！？]*?(?:表彰|授称|命名|颁奖|授予)")
DEFINED_NEED_RE = re.compile(r"是[^。！？]*?(?:授予|颁发|设立|评选|命名|表彰|给予)")
# a line break ends a span too: a headline or a source line runs into no body name below it
SENTENCE_SPAN_RE = re.compile(r"[^。！？\n]+[。！？]*")
# a statement about candidates, not holders (拟表彰对象, 候选人, 推荐人选, 公示); 拟 only as the verb
# of a proposal (拟授予), not inside a word (虚拟现实)
NOMINATION_RE = re.compile(r"拟(?:表彰|授予|命名|推荐|评选|认定|入选|对象|人选)|候选|推荐|公示")


def _in_sentences(rx: re.Pattern[str], need: re.Pattern[str], t: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches of ``rx`` in the sentences of ``t[lo:hi]`` that hold the words ``need`` asks for
    (a long page is searched only where a match can be: the patterns are costly at every position)."""
    out: list[re.Match[str]] = []
    for s in SENTENCE_SPAN_RE.finditer(t, lo, hi):
        if need.search(t, s.start(), s.end()):
            out.extend(rx.finditer(t, s.start(), s.end()))
    return out


def series_phrases(text: str) -> list[str]:
    """The honour names a coordination spells out, with the words it leaves out restored
    (全国劳动模范和先进工作者 → also 全国先进工作者; 全国五一劳动奖状、奖章 → also 全国五一劳动奖章), folded.

    >>> any(p.startswith("全国先进工作者") for p in series_phrases("全国劳动模范和先进工作者表彰大会"))
    True
    """
    pieces = [fold(p) for p in re.split(r"[、和及与暨]|以及", text) if fold(p)]
    out = list(pieces)
    for prev, p in itertools.pairwise(pieces):
        out.extend(prev[:k] + p for k in range(1, len(prev)))
    return out


def covers(phrases: list[str], title: str) -> bool:
    """Whether a series named in ``phrases`` is the honour ``title`` (a medal named by its award:
    全国五一劳动奖 covers 全国五一劳动奖章)."""
    key = fold(title)
    if len(key) < 3:
        return False
    return any(key in p or (len(key) >= 5 and key[-1] in "章状" and key[:-1] in p) for p in phrases)


def clean_list_titles(ctx: Context, facts: list[Fact]) -> None:
    """最美职工分别是 / 大国工匠年度人物公布: a list head read into an honour's title loses its tail
    (edits the facts in place: the sentence's honours inside ``frame_honours``)."""
    for f in facts:
        _cut_list_tail(f.value)


# 荣获本届中国十大杰出青年称号的是: the word 称号 before the list head is no part of the name either
TITLE_WORD_TAIL_RE = re.compile(r"(?:荣誉)?称号$")


def _cut_list_tail(v: dict[str, Any]) -> None:
    title = v.get("title") or ""
    cut = LIST_TAIL_RE.sub("", title)
    if cut != title:
        cut = TITLE_WORD_TAIL_RE.sub("", cut)
    if cut != title and len(cut) >= 2:
        v["title"] = cut
        v["raw"] = TITLE_WORD_TAIL_RE.sub("", LIST_TAIL_RE.sub("", v.get("raw") or cut))


def edited(f: Fact, edit: Callable[[dict[str, Any]], None]) -> Fact:
    """``f`` after ``edit`` (a function that edits a value dict in place) ran on a copy of its
    value: a new fact when the value changed, else ``f`` itself."""
    value = dict(f.value)
    edit(value)
    return f if value == f.value else replace(f, value=value)


def list_titles_cut(facts: list[Fact]) -> list[Fact]:
    """``clean_list_titles`` over an article's honours, as new facts."""
    return [edited(f, _cut_list_tail) if f.kind == "honor" else f for f in facts]


def posts_at_units_dropped(facts: list[Fact]) -> list[Fact]:
    """湘潭钢铁集团有限公司轧钢厂首席技师 read as an honour: a post held at that unit, dropped."""
    return [f for f in facts if not (f.kind == "honor" and _post_at_unit(f.value))]


def counted_groups(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An honour counted out to a group (10位“最美职工”) is dropped from one person, unless the
    person is named after it in its sentence; then the head count and verb leave its raw."""
    out: list[Fact] = []
    for f in facts:
        if not (f.kind == "honor" and _counted(f)):
            out.append(f)
        elif _named_after(ctx, f):
            raw = re.sub(r"^.*?(?:\d+|[两二三四五六七八九十百]+)(?:位|名)", "", f.value.get("raw") or "")
            # 10位荣获“大国工匠年度人物”
            out.append(replace(f, value={**f.value, "raw": re.sub(r"^(?:荣获|获得|获评|入选|当选|获)", "", raw)}))
    return out


def as_written(ctx: Context, name: str) -> str:
    """A body's name in the script of the source (山西省總工會 in a traditional text)."""
    i = ctx.text.find(name)
    if i < 0:
        return name
    raw = ctx.raw(i, i + len(name))
    return raw if len(raw) == len(name) else name


def written_conferrers(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Conferrers keep the source's script, as names are kept (國務院, 霍州煤電集團)."""
    return [
        replace(f, value={**f.value, "conferred_by": [as_written(ctx, b) for b in f.value["conferred_by"]]})
        if f.kind == "honor" and f.value.get("conferred_by")
        else f
        for f in facts
    ]


ALIASES_FILE = Path(__file__).resolve().parents[2] / "data" / "dictionaries" / "conferrer_aliases.yaml"
# the democratic parties' committees (农工党湖南省委, 民盟江苏省委) are no Communist Party committee
OTHER_PARTY = (
    r"农工党|民盟|民进|民革|民建|致公党|九三学社|台盟|中国(?:农工民主党|民主同盟|民主促进会|民主建国会|致公党)"
)
LOCAL_BODY_RE = re.compile(
    r"^(?!中共|共青团|" + OTHER_PARTY + r")"
    r"(?P<place>[^入选获评被授予为的和与及、，,\s]{1,10}?(?:省|市|自治区|自治州|县|区))(?:省|市|县|区)??"
    r"(?P<kind>委宣传部|委组织部|委|政府)$"  # 富源县县委: the level written again before 委
)
# a place's party committee and government written as one name (武汉市委市政府, 郧西县委县政府, 市委市政府)
GLUED_PAIR_RE = re.compile(
    r"^(?P<committee>(?:中共)?(?P<place>[^入选获评被授予为的和与及、，,\s]{0,10}?)(?P<level>省|市|县|区|州)委)"
    r"(?P=level)(?:人民)?政府$"
)


def glued_pair(body: str) -> list[str]:
    """武汉市委市政府 → 武汉市委, 武汉市政府: the committee and the government of one place, written as
    one name; any other body as it is.

    >>> glued_pair("武汉市委市政府"), glued_pair("市委市政府"), glued_pair("武汉市人民政府")
    (['武汉市委', '武汉市政府'], ['市委', '市政府'], ['武汉市人民政府'])
    """
    m = GLUED_PAIR_RE.match(body)
    if m is None or re.match(OTHER_PARTY, m["place"]):
        return [body]
    return [m["committee"], f"{m['place']}{m['level']}政府"]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    from loaders.extract.diskcache import parsed_yaml

    data = parsed_yaml(ALIASES_FILE)  # kept parsed in the user cache (start-up)
    return {str(k): str(v) for k, v in (data or {}).items()}


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t").convert


# a national ministry written with the state's name before it (中国人力资源社会保障部)
# 中华人民共和国教育部 / 中国人力资源社会保障部 / 国家人力资源社会保障部 (国家卫生部 → 卫生部): the ministry's own
# name after the state's (国家安全部 is that ministry's own name)
STATE_MINISTRY_RE = re.compile(
    r"""(?:中华人民共和国|中国|国家(?!安全部))
    ((?:(?!公司|集团|银行|协会|学会)[\u4e00-\u9fff]){2,12}部)""",
    re.VERBOSE,
)
READ_OUT_RE = re.compile(r"^(?:宣读|宣布|下发|印发|公布|发布|传达|学习)了?(?=[\u4e00-\u9fff]{4})")


def canonical_body(name: str) -> str:
    """The full name of a conferring body written short: a national body's common short name
    (data/dictionaries/conferrer_aliases.yaml) or a named place's party committee / government.
    A bare 省委 (the place unnamed) and every other name stay as written; a traditional-script
    name stays traditional.

    >>> canonical_body("中宣部"), canonical_body("辽宁省政府"), canonical_body("湖南省委")
    ('中共中央宣传部', '辽宁省人民政府', '中共湖南省委')
    >>> canonical_body("省委"), canonical_body("焦作市总工会"), canonical_body("重慶市政府")
    ('省委', '焦作市总工会', '重慶市人民政府')
    """
    from loaders.textnorm import to_simplified

    simple = to_simplified(name)
    traditional = simple != name
    full = _aliases().get(simple)
    if full is not None:
        return str(_s2t()(full)) if traditional else full
    state = STATE_MINISTRY_RE.fullmatch(simple)
    if state:  # 中国人力资源社会保障部 / 中华人民共和国教育部: the ministry's own name
        return canonical_body(name[len(name) - len(state.group(1)) :])
    # read on the simplified name, so that 共青團甘肅省委 is the League's as 共青团甘肃省委 is
    m = LOCAL_BODY_RE.match(simple) if len(simple) == len(name) else LOCAL_BODY_RE.match(name)
    if not m or len(m["place"]) < 3:  # 省委 / 市政府: the place is not named
        return name
    place = name[: len(m["place"])]
    kind = name[m.start("kind") :]
    if m["kind"] == "政府":
        if _in_taiwan(to_simplified(place)):
            return name  # 澎湖縣政府, 臺中市政府: a Taiwan county or city government is so named
        return f"{place}人民政府"
    return f"中共{place}{kind}"


def _in_taiwan(place: str) -> bool:
    """Whether ``place`` (simplified, with its 县/市) is a Taiwan county or city (places.yaml)."""
    from loaders.orgs import places

    core = re.sub(r"[县市]$", "", place)
    return bool(places()["city_to_province"].get(core) == "台湾")


_LEAD_VERB_RE = re.compile(r"^(?:荣获|获得|获)(?=\S{3})")
_BARE_BODY_RE = re.compile(r"^(?P<level>省|市|州|县|区)(?:委宣传部|委组织部|委|政府)$")


# what a clause before 授予 may open with that is never a body's name
_PURPOSE_RE = re.compile(r"^(?:关于|为了?(?:表彰|进一步|激励|弘扬|鼓励|树立)|根据|按照|依据)")


# national bodies a headline sets side by side with a space the page lost (中宣部 国家卫生健康委发布… /
# 中共中央 国务院关于表彰…): besides the short names of the alias list, the two state bodies
_STATE_ANCHORS = ("中共中央", "国务院")


def glued_national(body: str) -> list[str]:
    """Two or more national bodies read as one name because the space between them was dropped
    (中宣部国家卫生健康委 → 中宣部, 国家卫生健康委); split only when every part is itself a known
    national body, so that a body's own long name is never cut.

    >>> glued_national("中宣部国家卫生健康委"), glued_national("中共中央国务院")
    (['中宣部', '国家卫生健康委'], ['中共中央', '国务院'])
    >>> glued_national("国务院国资委")
    ['国务院国资委']
    """
    from loaders.textnorm import to_simplified

    simple = to_simplified(body)
    known = set(_aliases()) | set(_STATE_ANCHORS)
    if simple in known or len(simple) != len(body):
        return [body]

    def cut(rest: str) -> list[int] | None:  # the lengths of the known names that make up ``rest``
        if rest in known:
            return [len(rest)]
        for k in range(len(rest) - 2, 1, -1):
            if rest[:k] in known and (tail := cut(rest[k:])) is not None:
                return [k, *tail]
        return None

    lengths = cut(simple)
    if not lengths or len(lengths) < 2:
        return [body]
    out, at = [], 0
    for n in lengths:  # the parts as written (a traditional name stays traditional)
        out.append(body[at : at + n])
        at += n
    return out


def canonical_bodies(bodies: list[str]) -> list[str]:
    """The full names of one honour's conferrers: a verb caught at the front is dropped
    (荣获嘉峪关市委 → 嘉峪关市委), and a body whose place is left out after a named one takes
    that place (嘉峪关市委、市政府 → 中共嘉峪关市委, 嘉峪关市人民政府).

    >>> canonical_bodies(["荣获嘉峪关市委", "市政府"])
    ['中共嘉峪关市委', '嘉峪关市人民政府']
    >>> canonical_bodies(["市政府"])
    ['市政府']
    """
    out: list[str] = []
    places: dict[str, str] = {}  # level character (省, 市 …) → the last place named at that level
    for raw in (pair for b in bodies for part in glued_national(b) for pair in glued_pair(part)):
        body = _LEAD_VERB_RE.sub("", raw)
        if _PURPOSE_RE.match(body):
            continue  # 关于授予… / 为表彰先进，…授予: the decision's topic or purpose, no body
        m = LOCAL_BODY_RE.match(body)
        if m and len(m["place"]) >= 3:
            places[m["place"][-1]] = m["place"]
        elif (bare := _BARE_BODY_RE.match(body)) and bare["level"] in places:
            body = places[bare["level"]] + body[1:]
        out.append(canonical_body(body))
    return list(dict.fromkeys(out))


def canonical_conferrers(facts: list[Fact]) -> list[Fact]:
    """Conferrers written short get their full names (中宣部 → 中共中央宣传部, 辽宁省政府 → 辽宁省人民政府)."""
    return [
        replace(
            f,
            value={**f.value, "conferred_by": canonical_bodies(f.value["conferred_by"])},
        )
        if f.kind == "honor" and f.value.get("conferred_by")
        else f
        for f in facts
    ]


def organisers_confer(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """The bodies an article says organised or commended an honour confer it where no conferrer is
    stated: 由A、B联合主办的2022年「齐鲁最美职工」评选 / A、B、C将共同发布10位“最美职工” /
    在辽宁省政府的表彰中，…荣获辽宁省劳动模范称号 (for that paragraph)."""
    from loaders.extract.context import is_venue, venues_named
    from loaders.extract.frames import split_bodies
    from loaders.extract.mentions import honour_spans

    t = ctx.text
    art = ctx.art
    series: list[tuple[str, tuple[str, ...]]] = []
    announced = _in_sentences(ANNOUNCED_RE, ANNOUNCED_NEED_RE, t, art.start, art.end)
    found = [
        (m["orgs1"] or m["orgs"], m) for m in _in_sentences(ORGANISER_RE, ORGANISER_NEED_RE, t, art.start, art.end)
    ]
    # a body that publishes the list of an honour's holders confers it (X、Y日前公布2025年“最美职工”名单)
    found += [(m["orgs"], m) for m in announced]
    for orgs, m in found:
        bodies = split_bodies(orgs, t[art.start : m.start()])
        if not bodies:
            continue
        spans = honour_spans(OTHER_CLAUSE_RE.split(m["rest"], maxsplit=1)[0])
        if not spans and m.groupdict().get("orgs1"):  # “荆楚工匠”由A、B联合开展评选: the series named before 由
            spans = honour_spans(t[_clause_start(t, art.start, m.start()) : m.start()])
        for h in spans:
            series.append((fold(re.sub(r"^(?:(?:19|20)\d\d年度?)", "", h.raw)), bodies))
    # a body that decides, holds the commendation meeting of, or is said to confer a series confers
    # it wherever the article gives it without a conferrer: 全国妇联决定，授予… / 中华全国总工会下发决定，
    # …获全国五一劳动奖章 / 湖北省总工会在武汉举行第三届“荆楚工匠”授称大会 / 全国五一劳动奖章是中华全国总工会授予…
    named: list[tuple[list[str], tuple[str, ...]]] = []
    stated = [
        # its numbered items run over sentences (only an article that writes 决定 is scanned)
        *(DECIDED_RE.finditer(t, art.start, art.end) if t.find("决定", art.start, art.end) >= 0 else ()),
        *_in_sentences(MEETING_RE, MEETING_NEED_RE, t, art.start, art.end),
        *_in_sentences(DEFINED_RE, DEFINED_NEED_RE, t, art.start, art.end),
        *announced,
    ]
    venues = venues_named(t, art.start, art.end)
    for m in stated:
        # 唐山市工人文化宫隆重举行…表彰大会 where the page says it was held 在工人文化宫: a hall, no body
        bodies = tuple(b for b in split_bodies(m["orgs"], t[art.start : m.start()]) if not is_venue(b, venues))
        rest = m["rest"] or m.groupdict().get("granted") or ""
        if bodies and not NOMINATION_RE.search(rest):
            named.append((series_phrases(re.sub(r"(?:19|20)\d\d年度?", "", rest)), bodies))
    scopes: list[tuple[int, int, tuple[str, ...], int | None]] = []
    commended = _in_sentences(COMMENDED_BY_RE, COMMENDED_NEED_RE, t, art.start, art.end)
    for k, m in enumerate(commended):
        bodies = split_bodies(m["orgs"] or m["orgs2"] or m["orgs3"] or m["orgs4"], t[art.start : m.start()])
        if bodies:
            nl = t.find("\n", m.end())
            nxt = commended[k + 1] if k + 1 < len(commended) else None
            end = min(x for x in (nl if nl >= 0 else art.end, nxt.start() if nxt else art.end, art.end))
            end = _commended_list_end(t, end, art.end, nxt.start() if nxt else art.end)
            lo = m.start()
            if (
                m["orgs2"]
                and re.search(r"(?:并|同时|还|均|也)$", t[max(art.start, lo - 3) : lo])
                and not m.group().endswith("嘉奖")
            ):
                # …荣获“全国劳动模范”称号，并受到中共中央、国务院的表彰: the sentence's honours
                # (…等荣誉称号，并获市政府嘉奖: a commendation of its own, not the bodies of those)
                lo = max(t.rfind(c, art.start, lo) for c in "。！？\n") + 1
            elif m["orgs2"] and m.group().startswith("受到") and t[lo - 1 : lo] in ("，", ","):
                # …荣获了“甘肃省技术标兵”称号，受到了甘肃省总工会表彰: the honour its sentence names
                lo = max(t.rfind(c, art.start, lo) for c in "。！？\n") + 1
                end = min(end, *(k for c in "。！？" if (k := t.find(c, m.end(), end)) >= 0))
            # 江苏省总工会发布了关于表彰2023年省五一劳动奖…的名单。…陈祖萍获…: the paragraph's year
            dated = re.match(r"((?:19|20)\d\d)年", t[m.end() : m.end() + 6]) if m["orgs3"] else None
            scopes.append((max(lo, art.start), end, bodies, int(dated.group(1)) if dated else None))

    def confer(f: Fact) -> Fact:
        v = dict(f.value)
        scope = next((s for s in scopes if s[0] <= f.pos < s[1]), None)
        if scope and scope[3] and v.get("year") is None:
            v["year"] = scope[3]
        if v.get("conferred_by"):
            pass
        elif scope:
            v["conferred_by"] = [ctx.resolve_org(b, f.pos) or b for b in scope[2]]
        else:
            key = fold(v.get("title"))
            for skey, bodies in series:
                if skey and key and (key.endswith(skey) or skey.endswith(key)):
                    v["conferred_by"] = [ctx.resolve_org(b, f.pos) or b for b in bodies]
                    break
            else:
                for phrases, bodies in named:
                    if covers(phrases, v.get("title") or ""):
                        v["conferred_by"] = [ctx.resolve_org(b, f.pos) or b for b in bodies]
                        break
        return f if v == f.value else replace(f, value=v)

    return same_series_conferrers([confer(f) if f.kind == "honor" else f for f in facts])


def _clause_start(t: str, lo: int, at: int) -> int:
    """Where the clause holding ``at`` opens: after the last comma or sentence end before it."""
    return max(lo, *(t.rfind(c, lo, at) + 1 for c in "，,。；;！？\n"))


def same_series_conferrers(facts: list[Fact]) -> list[Fact]:
    """An honour the article gives with its conferrer (全国妇联决定，授予张晓欢等596人全国三八红旗手称号)
    is conferred by the same bodies where the article names it again without one (a roster of
    local laureates under 全国三八红旗手).  A series given by two sets of bodies is left alone."""
    known: dict[str, list[str]] = {}
    clash: set[str] = set()
    for f in facts:
        bodies = f.value.get("conferred_by") if f.kind == "honor" else None
        if bodies:
            key = fold(f.value.get("title"))
            if key in known and set(known[key]) != set(bodies):
                clash.add(key)
            known.setdefault(key, list(bodies))
    out: list[Fact] = []
    for f in facts:
        bare = fold(f.value.get("title")) if f.kind == "honor" and not f.value.get("conferred_by") else None
        if bare is not None and bare in known and bare not in clash:
            f = replace(f, value={**f.value, "conferred_by": list(known[bare])})
        out.append(f)
    return out


def raw_and_bodies_cleaned(facts: list[Fact]) -> list[Fact]:
    """An honour as written loses the body before its quote, a head count and verb (10位荣获“…”);
    its conferrers lose a clause read with them (因此被人力资源和社会保障部)."""
    return [edited(f, _clean_raw_and_bodies) if f.kind == "honor" else f for f in facts]


def _clean_raw_and_bodies(v: dict[str, Any]) -> None:
    _raw_without_body(v)
    v["raw"] = COUNTED_RAW_RE.sub("", v.get("raw") or "") or v.get("raw")
    bodies = [b.rsplit("被", 1)[-1] for b in v.get("conferred_by") or []]
    bodies = [READ_OUT_RE.sub("", b) for b in bodies]  # 宣读了集团公司团委: the verb is no part of the name
    # 获得由X颁发的… / 经X研究决定: 由 and 经 open the clause, no part of X's name
    bodies = [re.sub(r"^(?:由|经(?![济信贸开管营销]))(?=[\u4e00-\u9fff]{2})", "", b) for b in bodies]
    v["conferred_by"] = [b for b in bodies if len(b) >= 2]


# a lead that reports the day's event: 近日，… / 东北网4月17日电 昨天，… / 12月2日上午，…表彰大会在成都举行
EVENT_LEAD_RE = re.compile(
    r"^[^，,。；;！？]{0,40}?(?:(?P<word>近日|日前|近期|昨天|昨日|今天|今日|本月)|(?<![\d年])(?P<m>\d{1,2})月\d{1,2}日(?![电讯]))"
)
# …、全国技术能手等荣誉称号 / 等多项荣誉: honours held, listed in a résumé
RESUME_RE = re.compile(
    r"""、[^。！？；;]{0,40}?等(?:多项|多个|一系列)?(?:荣誉|称号|奖项|殊荣)
        |荣誉(?:包括|有)|所获荣誉  # 获得的荣誉包括A、B: a list of what is held
        |^\s*[他她](?:也|还|更|又)?是[^，,。；;！？]*$|是[^，,。；;！？]{2,30}获得者  # 她是X / 是X获得者: a state""",
    re.VERBOSE,
)
# 在“五一”国际劳动节前夕 / 在“七一”来临之际: a news lead dated by the festival it reports before
FESTIVAL_EVE_RE = re.compile(r"在[^，,。；;！？]{0,16}?(?:节|[”」])(?:前夕|来临之际|到来之际)")
# (a series' results revealed or published, and those selected: 发布第五届“齐鲁最美职工”，张某入选 / …揭晓)
EVENT_WORD_RE = re.compile(r"表彰|授予|命名|颁奖|颁发|荣获|获评|大会|仪式|名单|揭晓|发布|入选|当选|上榜")


def event_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A dated news item whose lead reports the day's commendation (12月2日上午，…表彰大会在成都举行 /
    昨天，记者从省第十届劳动模范表彰大会上获悉): the undated honours it goes on to list are of the
    document's year (of the year before when the lead's month is later than the document's).  Honours
    held earlier (曾获, 先后荣获) keep no year.  Returns the facts, those honours as new facts."""
    year = ctx.doc.year
    if not year:
        return facts
    prose = [s.text for s in ctx.art.sentences if s.kind == "prose"][:2]
    # a long line above the article's first sentence (湖南日报3月8日讯…, read as its header) leads it
    first = bool(ctx.doc.articles) and ctx.doc.articles[0] is ctx.art
    above = [x for x in ctx.text[: ctx.art.start].splitlines() if len(x.strip()) > 40][:1] if first else []
    # the lead is the first sentence, or the second after a headline or a site's line read as prose
    # (第十四届中华技能大奖评选揭晓 / 进入移动版，省流量) that names no time of its own
    leads = above + prose[:1] + [x for x in prose[1:2] if not prose[0].endswith(("。", "！", "？"))]
    m = next((m for x in leads if (m := EVENT_LEAD_RE.match(x.strip()))), None)
    # 在“三八”国际妇女节前夕，全国妇联做出决定，授予…: a festival's eve is the day's time word too
    eve = m is None and any(FESTIVAL_EVE_RE.search(x) for x in leads)
    if (m is None and not eve) or not any(EVENT_WORD_RE.search(x) for x in above + prose):
        return facts
    month = int(ctx.doc.date[5:7]) if ctx.doc.date and len(ctx.doc.date) >= 7 else None
    if m is not None and m["m"] and month and int(m["m"]) > month:
        year -= 1
    titles: dict[int, set[str]] = {}
    for f in facts:
        if f.kind == "honor":
            titles.setdefault(f.sent.start, set()).add(fold(f.value.get("title")))
    out: list[Fact] = []
    for f in facts:
        v = f.value
        # 获得北京市…、全国五一劳动奖章、全国技术能手等荣誉称号: a résumé of honours held, not the day's
        if (
            f.kind != "honor"
            or v.get("year") is not None
            or v.get("_past")
            or f.pos < ctx.art.start
            or len(titles.get(f.sent.start, ())) >= 3
            or RESUME_RE.search(f.sent.text)
        ):
            out.append(f)
            continue
        out.append(replace(f, value={**v, "year": year}))
    return out


def broken_employers(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An employer that runs over a clause mark or another person's name (10位…分别是:湖南华菱…,
    …焊接顾问艾爱国,中交一航局…) is a list read as one unit: it is dropped."""
    names = {m.name for m in ctx.names_in(ctx.art.start, ctx.art.end)}
    out: list[Fact] = []
    for f in facts:
        if f.kind != "employer":
            out.append(f)
            continue
        org = str(f.value.get("value") or "")
        # 水师营村第一书记、水师营村股份经济合作社 / …的全国劳动模范、徐矿总医院: the unit is the last item
        last = org.rsplit("、", 1)[-1]
        if last != org and is_org_name(last) and not any(n in last for n in names):
            org = employer_of(last) or last
            f = replace(f, value={**f.value, "value": org})
        if not (BROKEN_ORG_RE.search(org) or any(_name_in_unit(n, org) for n in names if len(n) >= 2)):
            out.append(f)
    return out


# 蓝山县中医院: a "name" the finder read in a place (蓝山 before 县) is the unit's own place
PLACE_AFTER_NAME_RE = re.compile(r"[县市区镇乡旗州省]")


def _name_in_unit(name: str, org: str) -> bool:
    """Whether ``name`` stands in ``org`` as a person's name: not where a place-level character follows it
    (蓝山县中医院 holds the county 蓝山, not a person 蓝山)."""
    return any(not PLACE_AFTER_NAME_RE.match(org, m.end()) for m in re.finditer(re.escape(name), org))


# professional titles (not skill grades such as 技师, 高级技师): kept as the post when they are the only
# ones a person is given, several joined with 、 included (the dev README: 张怀东 高级工程师)
PROFESSIONAL_TITLES = frozenset(
    {"工程师", "高级工程师", "正高级工程师", "助理工程师", "经济师", "高级经济师", "主任医师", "副主任医师", "主治医师"}
)
RANK_RE = re.compile(r"^(?:[一二三四]级|高级|中级|初级)?(?:警长|警督|警司|警员|消防士|消防长|消防员)$|^(?:副)?研究员$")
STATUS_WORDS = frozenset({"工人", "职工", "村民", "农民", "员工", "党员", "中共党员"})
POST_UNIT_RE = re.compile(r"^(?:.*?(?:研究室|试验室|实验室|剧团|博物馆|焊接线|生产线|大区|作业区)|.*[)）.．])(?=.)")


def _post_part(part: str, *, alone: bool = False) -> str | None:
    """One 、-part of a post title as a post: grades, ranks, professional titles and status words
    beside a post are none (副所长、一级警长 → 副所长); a unit glued before the post goes
    (家电与汽车用钢研究室主任 → 主任, 10.四川广汉三星堆博物馆文物修复师 → 文物修复师)."""
    from loaders.extract.lexicon import lexicon

    lex = lexicon()
    part = part.strip()
    # a professional title that is the only post given is kept (张怀东 高级工程师)
    if not part or (not alone and (part in lex.grades or part in STATUS_WORDS or RANK_RE.match(part))):
        return None
    m = POST_UNIT_RE.match(part)
    if m:
        rest = part[m.end() :]
        if len(rest) >= 2 and lex.is_post(rest) and rest not in lex.grades:
            return rest
    return part


def _sibling_department(org: str, part: str) -> dict[str, str]:
    """焊装部部长 listed after 海马集团总装部部长: the post is held at its own department, under the
    body the first department belongs to (海马集团焊装部); no change when the part names none."""
    from loaders.extract.posts import _dept_post, _own_department, parse_post

    post = parse_post(part) if org else None
    parent = employer_of(org)
    body = parent if parent and parent != org and org.startswith(parent) else ""
    dept = _dept_post(part.strip()) if post and not post[0] else None
    if dept:
        # 某公司总工程师、技术部部长: the department named before the second post is the company's
        # (or the first unit's body's), the bare post its title, as a department written alone is
        return {"title": dept[1], "org": (body or org) + dept[0]}
    ward = _ward_title(part.strip()) if post and not post[0] else None
    if ward:
        # 某医院副院长、心内科教授: the ward written before the second title is the first body's
        return {"title": ward[1], "org": org + ward[0]}
    if not post or not _own_department(post, org):
        return {}
    return {"title": post[1], "org": body + str(post[0])}


# a hospital's or school's ward, section or faculty written before a title (心内科, 手术室, 中文系)
WARD_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:科|室|系)")


def _ward_title(part: str) -> tuple[str, str] | None:
    """心内科教授 → (心内科, 教授), 骨科主任医师 → (骨科, 主任医师): a ward or section, then a post or
    professional title held there; None when the part has no such head or no title after it."""
    from loaders.extract.lexicon import lexicon
    from loaders.extract.posts import GENERIC_DEPTS

    lex = lexicon()
    for k in range(2, len(part) - 1):
        ward, title = part[:k], part[k:]
        if WARD_RE.fullmatch(ward) and (title in PROFESSIONAL_TITLES or lex.is_post(title)):
            if ward in GENERIC_DEPTS or lex.is_post(ward):
                return None
            return ward, title
    return None


# 胃肠外科中心主任, 消化内镜中心副主任: a hospital's (or company's) own centre before its head's post
ROW_CENTRE_RE = re.compile(r"([\u4e00-\u9fff]{2,8}中心)((?:副)?主任)")


def _row_department(f: Fact) -> Fact:
    """周某 某医院 肝脏外科副主任: a list row's post cell that names a department before its head's
    post is held at that department of the row's unit (某医院肝脏外科, 副主任), as a sentence's
    某医院护理部主任 is; other facts are returned as they are."""
    from loaders.extract.posts import NUMBERED_RE, _dept_post, _dept_unit_post

    title, org = str(f.value.get("title") or ""), str(f.value.get("org") or "")
    listed = f.kind == "position" and f.value.get("listed") and org
    # 肝胆外科副主任 (a department), 骨科主任 / 手术室护士长 (a ward or room, as a sentence reads it)
    centre = ROW_CENTRE_RE.fullmatch(title)
    dept = (_dept_post(title) or _dept_unit_post(title) or (centre and centre.groups())) if listed else None
    if not dept or org.endswith(dept[0]) or NUMBERED_RE.match(dept[0]):
        return f
    return replace(f, value={**f.value, "title": dept[1], "org": org + dept[0]})


def _ward_post(f: Fact) -> Fact:
    """心内科教授 at 某医院 (某医院副院长、心内科教授): a post whose title opens with a ward or section
    is held at that ward of its body (某医院心内科, 教授), as 某医院心内科教授 written whole is read;
    other facts are returned as they are."""
    title, org = str(f.value.get("title") or ""), str(f.value.get("org") or "")
    ward = _ward_title(title) if f.kind == "position" and org else None
    if not ward or org.endswith(ward[0]):
        return f
    return replace(f, value={**f.value, "title": ward[1], "org": org + ward[0]})


# 中新网拉萨3月3日电 全国人大代表某某: a headline's dateline glued before the post it opens with
POST_DATELINE_RE = re.compile(r"^[^，,。；;！？“”]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)(?=[\u4e00-\u9fff]{2})")


def _dateline_cut(f: Fact) -> Fact:
    """A post whose title opens with a news dateline (某网某地3月3日电全国人大代表) keeps what follows it."""
    title = str(f.value.get("title") or "") if f.kind == "position" else ""
    lead = POST_DATELINE_RE.match(title)
    return replace(f, value={**f.value, "title": title[lead.end() :]}) if lead else f


def clean_posts(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Post titles read with a list of titles or a unit glued on are cut to the posts themselves
    (主任、主任医师 → 主任; 党委书记、总经理 → both, the second a new fact at the end; 工人、高级技师 → none);
    a dateline before the title goes (``_dateline_cut``)."""
    out: list[Fact] = []
    extras: list[Fact] = []
    for f in map(_dateline_cut, facts):
        title = str(f.value.get("title") or "") if f.kind == "position" else ""
        pieces = re.split(r"[、，,]", title)
        parts = [p for p in (_post_part(x, alone=len(pieces) == 1) for x in pieces) if p]
        if not parts and all(x.strip() in PROFESSIONAL_TITLES for x in pieces):
            parts = [x.strip() for x in pieces]  # 某分行工程师、经济师: professional titles, the only posts given
        if f.kind != "position" or parts == [title]:
            out.append(_ward_post(_row_department(f)))
            continue
        if not parts:
            continue
        out.append(replace(f, value={**f.value, "title": parts[0]} | _own_body_post(parts[0])))
        for extra in parts[1:]:
            org = str(f.value.get("org") or "")
            value = dict(f.value) | {"title": extra} | (_own_body_post(extra) or _sibling_department(org, extra))
            extras.append(ctx.fact("position", value, f.sent, f.pos, persons=f.persons, confidence=f.confidence))
    return out + extras


SEAT_TITLE_RE = re.compile(r"委员|代表|常委|顾问|专家")


def _own_body_post(part: str) -> dict[str, str]:
    """某局主任科员 as one part of 某村第一书记、某局主任科员: a part that names a body of its own before
    its title is held there (title and org); no change when the part names none."""
    from loaders.extract.posts import parse_post

    post = parse_post(part) if len(part) > 4 else None
    if not post or not post[0] or org_tier(employer_of(post[0]) or post[0]) != "body":
        return {}
    if SEAT_TITLE_RE.search(post[1]):
        return {}  # 市政协委员, 省人大代表: a seat, written whole as the title (no employing body)
    return {"title": post[1], "org": post[0], "raw_org": post[0]}


COUNTED_RE = re.compile(
    r"(?:\d+|[两二三四五六七八九十百]+)(?:位|名)(?:荣获|获得|获评|入选|当选)?(?:(?:19|20)\d\d年度?)?(?:全国|全省|全市)?[“「『]?$"
)


COUNTED_RAW_RE = re.compile(
    r"^.*?(?:\d+|[两二三四五六七八九十百]+)(?:位|名)(?:荣获|获得|获评|入选|当选|获)?(?=(?:(?:19|20)\d\d年度?)?[“「『])"
)


def _counted(f: Fact) -> bool:
    """10位“最美职工” / 10位荣获“大国工匠年度人物”: an honour counted out to a group names the
    group's honour; read into one person's (the speaker, a headline given to the article's
    subject) it is wrong — each member gets it from the list that follows."""
    raw = f.value.get("raw") or ""
    quote = re.search(r"[“「『]", raw)
    head = raw[: quote.start() + 1] if quote else raw
    return (
        not f.value.get("_list")
        and (f.persons is None or len(f.persons) == 1)
        and bool(COUNTED_RE.search(head if quote else ""))
    )


def _named_after(ctx: Context, f: Fact) -> bool:
    """Whether the fact's person is named after the honour in its sentence (湖南省表彰100名“湖湘工匠”，
    …龚伟被省总工会授予该称号): then the sentence gives it to that person."""
    t = ctx.text
    end = f.pos
    while end < len(t) and t[end] not in "。！？\n":
        end += 1
    return bool(f.persons) and any(m.name in (f.persons or []) for m in ctx.names_in(f.pos, end))


# the year and level an honour's full name may write before its quote (2017年全国“最美职工”)
# (an edition may stand before them: 第三届贵州省“最美劳动者”, where 届贵州省 would be no province)
FULLER_EDITION = r"(?:第[一二三四五六七八九十百\d]{1,4}[届批]|首届|首批)"
# a place's character: not a clause word the run of CJK before a quote may also hold
# (胡某获市“最美乡村教师”: 某获市 is the tail of a name and its verb, not a city)
FULLER_PLACE_CHAR = r"(?:(?![获评授予被为的及与等是对])[\u4e00-\u9fff])"
FULLER_PREFIX = (
    r"(?:(?:19|20)\d\d年度?)?" + FULLER_EDITION + r"?"
    r"(?:全国|全省|全市|"
    + FULLER_PLACE_CHAR
    + r"{2,3}省|"
    + FULLER_PLACE_CHAR
    + r"{2,3}市|"
    + FULLER_PLACE_CHAR
    + r"{2,5}自治区)?"
)
FULLER_RE = r"(" + FULLER_PREFIX + r")[“「『]"
FULLER_PREFIX_RE = re.compile(FULLER_PREFIX)
FULLER_PREFIX_MAX = 20  # its longest: 2019年度 + 第十二届 + 五个字自治区
OPEN_QUOTES, CLOSE_QUOTES = "“「『", "”」』"


def fuller_prefixes(text: str, name: str) -> list[str]:
    """The year and level written before each quoted ``name`` in ``text``, in order (``""`` where
    none is): ``[m.group(1) for m in re.finditer(FULLER_RE + re.escape(name) + "[”」』]", text)]``
    without compiling a pattern for each honour (a compile cost ~1.7 ms, a document's whole reading
    of some short texts).  A prefix is digits and CJK characters only, so a match ends at the quote
    that closes the run of such characters it starts in; it starts at the leftmost place from which
    the prefix reaches that quote, at or after the end of the match before.

    >>> fuller_prefixes("10位2017年全国“最美职工”，…“最美职工”分别是", "最美职工")
    ['2017年全国', '']
    """
    out: list[str] = []
    n, size = len(name), len(text)
    pos = 0  # where the previous match ended
    j = text.find(name, 1) if n else -1
    while j != -1:
        k, e = j - 1, j + n  # the opening quote, the closing quote
        if k >= pos and text[k] in OPEN_QUOTES and e < size and text[e] in CLOSE_QUOTES:
            lo = k
            while lo > pos and k - lo < FULLER_PREFIX_MAX and _prefix_char(text[lo - 1]):
                lo -= 1
            start = next(p for p in range(lo, k + 1) if FULLER_PREFIX_RE.fullmatch(text, p, k))
            out.append(text[start:k])
            pos = e + 1
        j = text.find(name, j + 1)
    return out


def _prefix_char(c: str) -> bool:
    """A character ``FULLER_PREFIX`` can match: a decimal digit (``\\d``) or a CJK ideograph."""
    return "\u4e00" <= c <= "\u9fff" or c.isdecimal()


def fuller_titles(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A list that repeats an honour short (10位“最美职工”分别是：…) means the honour the article
    named in full before (10位2017年全国“最美职工”): its members get that year and, where the full
    name carries a level (全国, 四川省), the full raw.  Returns the facts, those honours as new facts."""
    from loaders.honours import parse_honour

    t = ctx.text
    art = ctx.art
    renamed: dict[str, str] = {}

    def fuller(v: dict[str, Any]) -> None:
        if v.get("_past"):
            return  # 先后获得“X”、“Y”: a career's honours, not the list that repeats the one announced
        raw = v.get("raw") or ""
        m = re.fullmatch(r"[“「『]([^”」』]{2,20})[”」』]", raw)
        # 20名最美职工分别是：… after 2022年度内蒙古自治区“最美职工”: a short name the article quotes in full
        bare = not m and 2 <= len(raw) <= 20 and re.search(f"[“「『]{re.escape(raw)}[”」』]", t[art.start : art.end])
        if not m and not bare:
            return
        short = m.group(1) if m else raw
        best = ""
        for prefix in fuller_prefixes(t[art.start : art.end], short):
            if len(prefix) > len(best):
                best = prefix
        if not best:
            return
        parsed = parse_honour(best + raw, doc_year=ctx.doc.year)
        if parsed is not None and v.get("year") is None:
            v["year"] = parsed.year
        if parsed is not None and v.get("edition") is None and parsed.edition:
            v["edition"] = parsed.edition  # 关于公布第二届“最美公路人”名单的通知 … “最美公路人”: 第二届
        if not re.search(r"全国|全省|全市|省|市|自治区", best):  # a year alone dates the honour, it does not rename it
            return
        full = best + raw
        parsed = parse_honour(full, doc_year=ctx.doc.year)
        if parsed is None:
            return
        if m:  # the raw is the words at the list: an unquoted short name stays as written
            v["raw"] = full
        # the level written before the quote belongs to the name (全国“最美职工” → 全国最美职工)
        level = re.sub(r"^(?:(?:19|20)\d\d年度?)?" + FULLER_EDITION + "?", "", best)
        # (评选出荆门市“X”: the parser kept the place and dropped the verb's tail 出; its title stands)
        kept = any(parsed.title.startswith(level[i:]) for i in range(len(level) - 1))
        title = parsed.title if kept else level + parsed.title
        if fold(title).endswith(fold(v.get("title"))):
            renamed[fold(v.get("title"))] = title
            v["title"] = title
        if v.get("year") is None and parsed.year is not None:
            v["year"] = parsed.year

    out = [edited(f, fuller) if f.kind == "honor" else f for f in facts]
    # the article's other readings of the short name are the same honour
    return [
        replace(f, value={**f.value, "title": renamed[fold(f.value.get("title"))]})
        if f.kind == "honor" and fold(f.value.get("title")) in renamed
        else f
        for f in out
    ]


# the items of an enumeration, for finding an honour the article names in full without quotes
ITEM_SPLIT_RE = re.compile(r"[，,、。；;：:“”「」（）()\n]")
# a clause, not a name (石油系统有四十名劳动英雄): a head count or a verb inside it
# (中国护士喜获南丁格尔奖章: a receiving verb inside is a clause, the honour is what follows it)
CLAUSE_IN_NAME_RE = re.compile(r"[\d一二三四五六七八九十百千两]+\s*[名位个人]|有|是|的|获")
# how far before the honour its full name may be written (the lead paragraph)
UNQUOTED_FULL_SPAN = 600


# a line that lists those the line before says were commended (受表彰的9名先进个人分别是…)
COMMENDED_LIST_RE = re.compile(r"(?:受|获|受到)表彰的")


def _commended_list_end(t: str, end: int, art_end: int, next_scope: int) -> int:
    """A commendation's scope that ends its line runs on over the next line when that line lists the
    ones commended (…受到党中央、国务院表彰。\n 菏泽市受表彰的9名先进个人分别是…)."""
    if end >= art_end or t[end : end + 1] != "\n":
        return end
    start = end
    while start < art_end and t[start] in " \t\u3000\n":
        start += 1  # past blank lines
    nxt_end = t.find("\n", start)
    nxt_end = art_end if nxt_end < 0 else min(nxt_end, art_end)
    if nxt_end <= next_scope and COMMENDED_LIST_RE.search(t, start, min(nxt_end, start + 40)):
        return nxt_end
    return end


def unquoted_full_titles(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """大会对全国脱贫攻坚楷模…、全国脱贫攻坚先进个人、先进集体进行了表彰 … 受表彰的9名先进个人分别是…: an
    honour that names no level means the one honour the article named before it in full, unquoted,
    with that ending and a level, when it names exactly one.  Returns the facts, those honours as new
    facts (raw as written)."""
    from loaders.honours import honour_level, parse_honour

    t = ctx.text
    out = list(facts)
    for k, f in enumerate(facts):
        title = f.value.get("title") or "" if f.kind == "honor" else ""
        if len(title) < 4 or honour_level(title) is not None:
            continue
        lo = max(ctx.art.start, f.pos - UNQUOTED_FULL_SPAN)
        fuller = set()
        for item in ITEM_SPLIT_RE.split(t[lo : f.pos]):
            if len(item) > len(title) and item.endswith(title):
                parsed = parse_honour(item, doc_year=ctx.doc.year)
                if (
                    parsed is not None
                    and parsed.title.endswith(title)
                    and honour_level(parsed.title) is not None
                    and not CLAUSE_IN_NAME_RE.search(parsed.title)
                ):
                    fuller.add(parsed.title)
        if len(fuller) == 1:
            out[k] = replace(f, value={**f.value, "title": fuller.pop()})
    return out


LEVEL_RANK = {"县": 1, "市": 2, "省": 3, "国家": 4}


def _local_core(title: str) -> str | None:
    """汕头优秀护士 → 优秀护士: the honour's name after a place that opens it, when the rest names no
    level of its own; None otherwise."""
    from loaders.honours import honour_level
    from loaders.orgs import is_place

    for k in (4, 3, 2):
        rest = title[k:]
        if len(rest) >= 3 and is_place(title[:k]) and honour_level(rest) is None:
            return rest
    return None


def headed_in_full(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """关于表彰第二届“上虞市优秀护士”和“上虞市先进护士”的决定 … 一、优秀护士: a list heading that names an
    honour short, without its place, means the one honour the article names in full with that ending;
    its holders get the full title, raw and edition.  So does a heading that names the honour with a
    place below its level (广东省…授予80名护士“广东省优秀护士” … 汕头优秀护士名单(3名)): the place says
    whose share of the list follows.  Returns the facts, those honours as new facts."""
    from loaders.honours import honour_level, parse_honour

    t = ctx.text
    art = ctx.art
    short = [
        k
        for k, f in enumerate(facts)
        if f.kind == "honor"
        and f.value.get("_list")
        and (honour_level(f.value.get("title") or "X") is None or _local_core(f.value.get("title") or ""))
    ]
    if not short:
        return facts
    full: dict[str, list[tuple[str, Any]]] = {}
    for q in re.finditer(
        r"(?:(?:19|20)\d\d年度?)?(?:第[一二三四五六七八九十\d]{1,3}[届批]|首届|首批)?[“「『]([^”」』]{3,20})[”」』]",
        t[art.start : art.end],
    ):
        parsed = parse_honour(q.group(), doc_year=ctx.doc.year)
        if parsed is not None and honour_level(parsed.title) is not None:
            full.setdefault(fold(parsed.title), []).append((q.group(), parsed))
    out = list(facts)
    for k in short:
        v = dict(out[k].value)
        title = v.get("title") or ""
        if len(title) < 3:
            continue
        core = _local_core(title) if honour_level(title) is not None else None
        key = fold(core or title)
        longer = {x for x in full if x != key and x.endswith(key)}
        if len(longer) != 1:
            continue
        raw, parsed = full[next(iter(longer))][0]
        if core is not None and LEVEL_RANK.get(parsed.level or "", 0) <= LEVEL_RANK.get(honour_level(title) or "", 9):
            continue  # 汕头市优秀护士 beside 汕头市优秀护士: the place is the honour's own level
        v["title"], v["raw"] = parsed.title, raw
        v["edition"] = v.get("edition") or parsed.edition
        v["level"] = v.get("level") or parsed.level
        out[k] = replace(out[k], value=v)
    return out


# (the end of a range, 2019-2020年度, is no year of the series: the sixth-round range rule)
DATED_MENTION_RE = re.compile(
    r"(?<!\d[-—–~～至])((?:19|20)\d\d)\s?年度?(?:第[一二三四五六七八九十\d]+[届批]|首届|首批)?[“「『]?"
)


def _list_item_year(t: str, lo: int, at: int) -> bool:
    """Whether a year at ``at`` is written inside a list of honours, glued to one item (after the
    list's 、 or the verb of a 先后 list)."""
    return bool(ITEM_YEAR_LEAD_RE.search(t, max(lo, at - 12), at))


def dated_by_mention(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An undated honour the article named earlier with a year (2020年全国劳动模范和先进工作者表彰大会 …
    其中7名同志获得“全国劳动模范”; 发布了2025年大国工匠人才名单 … 分别是…) takes that year."""
    t = ctx.text
    art = ctx.art
    out: list[Fact] = []
    for f in facts:
        v = f.value
        title = v.get("title") or ""
        if f.kind != "honor" or v.get("year") is not None or len(title) < 4:
            out.append(f)
            continue
        year = None
        key = fold(title)
        award = key[:-1] if key[-1:] in ("章", "状") else None  # 全国五一劳动奖 names the award of 全国五一劳动奖章
        for m in DATED_MENTION_RE.finditer(t, art.start, max(art.start, f.pos)):
            seg = re.match(r"[^，,。；;！？\n]{0,40}", t[m.end() :])
            if _list_item_year(t, art.start, m.start()):
                seg = None  # 荣获A、2018年“B”、C: the year dates its own item, not the items after it
            # 2020年全国劳动模范和先进工作者表彰大会 … 3名同志获得“全国先进工作者”: a coordination shares its year
            if t.startswith(title, m.end()) or (
                seg and any(p.startswith(key) or (award and p.startswith(award)) for p in series_phrases(seg.group()))
            ):
                year = int(m.group(1))
        out.append(f if year is None else replace(f, value={**v, "year": year}))
    return signed_year(ctx, out)


DECISION_TITLE_RE = re.compile(r"关于(?:表彰|授予|命名|表扬|通报表扬)[^。]{2,80}?的(?:决定|通报|通知)")
SIGNATURE_DATE_RE = re.compile(r"(?m)^\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def signed_year(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """关于表彰第五届中华技能大奖获得者…的决定 … 2000年12月8日: an official decision or notice is dated on a
    line of its own under its text; the honours it confers and leaves undated are of that year."""
    t = ctx.text
    art = ctx.art
    title = DECISION_TITLE_RE.search(t, art.start, art.end)
    if title is None:
        return facts
    sign = SIGNATURE_DATE_RE.search(t, title.end())  # the date under the text (a page may end an article before it)
    if sign is None:
        return facts
    return [
        replace(f, value={**f.value, "year": int(sign.group(1))})
        if f.kind == "honor" and f.value.get("year") is None and f.pos >= title.start()
        else f
        for f in facts
    ]


RECENT_LEAD_RE = re.compile(r"\s*(?:近日|日前|近期|昨天|昨日|今天|今日|本月|\d{1,2}月\d{1,2}日|\d{1,2}日)")


def recent_event(ctx: Context, f: Fact) -> bool:
    """Whether a fact is told in a paragraph that opens as news of the day (近日，… / 4月27日，…): in a
    dated document its undated conferral is of the document's year."""
    t = ctx.text
    para = max(t.rfind("\n", ctx.art.start, f.pos) + 1, ctx.art.start)
    return bool(RECENT_LEAD_RE.match(t, para))


def _raw_without_body(value: dict[str, Any]) -> None:
    """焦煤公司“首席员工” conferred by 焦煤公司: the honour as written is the quoted name; the
    body before it is its conferrer (the title keeps it: 焦煤公司首席员工)."""
    raw = (value.get("raw") or "").strip()
    for body in value.get("conferred_by") or []:
        if raw.startswith(body) and raw[len(body) : len(body) + 1] in ("“", "「", "『"):
            value["raw"] = raw[len(body) :]
            return


def _post_at_unit(value: dict[str, Any]) -> bool:
    """湘潭钢铁集团有限公司轧钢厂首席技师: a unit's name followed by a post word is a post held there,
    not an honour (齐鲁首席技师, named by no unit, stays an honour)."""
    from loaders.extract.lexicon import lexicon

    title = value.get("title") or ""
    post = lexicon().post_suffix(title)
    bodies = value.get("conferred_by") or []
    return bool(post) and any(title.startswith(b) and re.search(r"有限公司|厂|车间|分公司|矿$", b) for b in bodies)


LIST_HEADING_TAIL_RE = re.compile(r"(?:获得者|获奖者|人员|人选)?(?:名单|名录)$")


def trigger_suffix_re() -> re.Pattern[str]:
    """An honour phrase ending in an honour suffix (data/dictionaries/triggers.yaml)."""
    from loaders.extract.frames import trigger_table

    return trigger_table().suffix_re


def _name_first_row(ctx: Context, sent: Sentence, name: Any, out: list[Fact]) -> None:
    """贺彪 国网湖南省电力有限公司长沙供电分公司…工作负责人: a roster row that opens with the name
    gives the unit and post after it (the employer is the unit down to the company or branch)."""
    from loaders.extract.posts import parse_post

    t = ctx.text
    line = t[sent.start : sent.end]
    if line[: name.start - sent.start].strip():
        return
    # 李娜（女）　焦作市人民医院护士: the gender/ethnicity mark is not part of the unit
    rest = re.sub(r"^\s*[（(][^（）()]{1,12}[）)]", "", line[name.end - sent.start :]).strip()
    parsed = parse_post(rest, allow_grade=True) if rest else None
    unit, post = parsed if parsed else (None, "")
    if not unit or any(f.kind == "employer" and f.persons == [name.name] for f in out):
        return
    employer = employer_of(unit) or unit
    pos = name.start
    employed = {"value": ctx.resolve_org(employer, pos), "raw_org": unit, "_stated": True}
    out.append(ctx.fact("employer", employed, sent, pos, persons=[name.name]))
    value = {"title": post, "org": ctx.resolve_org(unit, pos), "raw_org": unit, "year": None, "current": False}
    value |= {"appointed": False, "listed": True}
    out.append(ctx.fact("position", value, sent, pos, persons=[name.name], confidence=0.8))


# 一、 / 2. / （三）: a heading's number; a résumé line's dotted date (2015.05获…) is no number
HEADING_NUMBER_RE = re.compile(
    r"""^\s*(?:[一二三四五六七八九十]+[、.．]
        | (?!(?:19|20)\d\d[.．]\d)\d+[、.．]
        | [（(][一二三四五六七八九十\d]+[）)])\s*""",
    re.VERBOSE,
)
ROSTER_LINE_MAX = 80


def roster_lines(
    ctx: Context, sent: Sentence, facts: list[Fact], existing: list[Fact], state: dict[str, Any]
) -> list[Fact]:
    """One person a line under a list's opening: a line ending in a colon that names an honour
    (…被命名为2024年度“华晟集团首席技师”…：) or a numbered heading that is one (二、优秀共产党员（公司党委表彰）).
    Each following short line naming one person gives them that honour, until a line of prose.
    Returns ``facts`` with the line's facts added and an earlier heading's honours dropped;
    ``state`` carries the open list from line to line."""
    from loaders.extract.awards import drop_heading_frame
    from loaders.extract.frames import _context_year, _last_honour, vetoed
    from loaders.honours import parse_honour

    t = ctx.text
    out = list(facts)
    text = t[sent.start : sent.end].strip()
    # 赵梦桃小组 on a roster line names a team, not the person it is named after
    names = [n for n in ctx.names_in(sent.start, sent.end) if not COLLECTIVE_RE.match(t, n.end)]
    opened = state.get("honour")
    ls = t.rfind("\n", 0, sent.start) + 1
    le = t.find("\n", sent.end)
    whole_line = t[ls : le if le >= 0 else len(t)].strip() == text  # a row is a line, not a sentence of prose
    if opened and names and whole_line and len(text) <= ROSTER_LINE_MAX and not re.search(r"[。！？]", text[:-1]):
        titles = {fold(f.value.get("title")) for f in existing}
        # 獲授予榮譽勳章者為： over 陈某 金蓮花榮譽勳章: a row naming its own grade of the heading's honour
        # holds that grade, not the heading's general name besides
        graded = any(fold(opened["title"]) in title for title in titles if title)
        if not graded and not any(f.value.get("_list") for f in existing):
            value = dict(opened)
            value["conferred_by"] = list(opened["conferred_by"])
            out.append(ctx.fact("honor", value, sent, names[0].start, persons=[names[0].name], confidence=0.75))
        for f in state.pop("heading_facts", []):
            if f in out:
                out.remove(f)
        _name_first_row(ctx, sent, names[0], out)
        return out
    if (
        opened
        and not names
        and whole_line
        and len(text) <= ROSTER_LINE_MAX
        and not re.search(r"[。！？!?，,；;：:]", text)
    ):
        heading = trigger_suffix_re().fullmatch(LIST_HEADING_TAIL_RE.sub("", text)) or text.endswith(("奖", "章"))
        if not heading and not HEADING_NUMBER_RE.match(text):
            return out  # 青岛市…总公司党总支书记 under 王玉团: the unit and post line of the name above
    state.pop("honour", None)
    if re.search(r"[。！？]", text):
        # 江苏省五一劳动奖章 / 江苏省工人先锋号 / 4月27日，…陈祖萍获“江苏省五一劳动奖章”。: headings over a
        # paragraph that tells who received the honour are no honours of the article's subject
        line = fold(t[ls : le if le >= 0 else len(t)])
        for f in state.pop("heading_facts", []):
            if f in out and fold(f.value.get("title")) in line:
                out.remove(f)
    head = HEADING_NUMBER_RE.sub("", text)
    numbered = head != text and len(text) <= 40 and not names
    # a line that is an honour's name and nothing else (名单如下: / 全国五一劳动奖章 / 贺彪 …)
    listed = LIST_HEADING_TAIL_RE.sub("", text)
    bare = (
        not numbered
        and len(text) <= 30
        and not names
        and not re.search(r"[，,。；;！？!?、]", text)
        and bool(trigger_suffix_re().fullmatch(listed))
    )
    if bare:
        head = listed
    numbered = numbered or bare
    if not (text.endswith(("：", ":")) or numbered):
        return out
    doc_year = ctx.doc.year
    if numbered:
        core = drop_heading_frame(re.sub(r"[（(][^（）()]*[）)]\s*$", "", head).strip())
        parsed = parse_honour(core, doc_year=doc_year)
        raw = core
    else:
        found = _last_honour(text, doc_year)
        parsed = parse_honour(found[0], doc_year=doc_year) if found else None
        raw = found[0] if found else ""
    if parsed is None or vetoed(parsed.title):
        return out
    before = t[ctx.art.start : sent.end]
    # 一、优秀护士 / 銀紫荊星章 over lines of names: once a name follows, the heading is no honour of
    # whoever was named before it (under 所获荣誉： the same bare lines are the subject's honours)
    state["heading_facts"] = [*state.get("heading_facts", []), *existing]
    state["honour"] = {
        "title": parsed.title,
        "raw": raw,
        "edition": parsed.edition,
        "year": parsed.year or _context_year(before),
        "level": parsed.level,
        "category": parsed.category,
        "conferred_by": list(parsed.conferred_by),
        "_list": True,
        "_verb": True,
    }
    return out


# 附：名单 / 名单如下：: a list of names, one entry a line, that follows the text's head count
LIST_OPEN_RE = re.compile(r"^[^\n]{0,12}名单[^\n]{0,6}[：:]?[^\S\n]*$", re.M)
# 16名全省劳动模范 / 我市7名省劳模 / 16人荣获…: a head count and the honour right after it
HEAD_COUNT_RE = re.compile(r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:名|位|人)")
# (10名) / （共20人）: the list's head count on a line of its own, under its heading and above its names
COUNT_LINE_RE = re.compile(r"[（(]?\s*共?\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*[名人位]\s*[）)]?")
# 授予许某等十人2017年度“X”荣誉称号: a year of the honour between the count and its name
COUNT_YEAR_GAP_RE = re.compile(r"(?:19|20)\d\d\s*年度?")
# 附件：2017年度“X”名单 / 附：名单: the decision says a list of names is attached below its signature
ATTACHED_LIST_RE = re.compile(r"^附(?:件\s*\d?)?\s*[：:.．]?[^\n]{0,40}名单", re.M)
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _, units = word.partition("十")
        return _CN_DIGITS.get(tens, 1 if not tens else 0) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    return _CN_DIGITS.get(word) if len(word) == 1 else None


def counted_list(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """我市16名全省劳动模范… / 附：名单 / 陈某（某合作社）/ 何某（某公司）…: a list of names, one a line,
    none of them given an honour, holds the honour the text counts its people for when the count
    is the list's length (the only such honour: two counts of that length and it is left)."""
    from loaders.extract.mentions import honour_spans
    from loaders.honours import parse_honour

    t = ctx.text
    art = ctx.art
    honoured = {p for f in facts if f.kind == "honor" for p in f.persons or []}
    out: list[Fact] = []
    for m in LIST_OPEN_RE.finditer(t, art.start, art.end):
        names: list[str] = []
        pos = m.end()
        for line in re.finditer(r"[^\n]+", t[pos : art.end]):
            if not line.group().strip():
                continue
            lo, hi = pos + line.start(), pos + line.end()
            found = [n for n in ctx.names_in(lo, hi) if t[lo : n.start].strip(" \t\u3000.．、0123456789") == ""]
            if not found and not names and COUNT_LINE_RE.fullmatch(line.group().strip()):
                continue  # (10名) under the heading: the count, the names follow
            if not found:
                break
            names.append(found[0].name)
        names = list(dict.fromkeys(names))
        if len(names) < 2 or len(set(names) & honoured) > 1:  # (陈某等16人为…候选人: the head of the list)
            continue
        counted: list[tuple[Sentence, int, int, str]] = []
        for sent in _decision_sentences(ctx):
            if sent.start >= m.start():
                break
            text = t[sent.start : sent.end]
            for c in HEAD_COUNT_RE.finditer(text):
                if _count(c["n"]) != len(names):
                    continue
                rest = text[c.end() :]
                spans = [h for h in honour_spans(rest) if h.start <= 4 or COUNT_YEAR_GAP_RE.fullmatch(rest[: h.start])]
                if spans:
                    h = spans[0]
                    counted.append((sent, c.end() + h.start, c.end() + h.end, h.raw))
        # the counts' honours, one honour said in full and in short (全省劳动模范 / 省劳模): the fullest
        read = [(c, p) for c in counted if (p := parse_honour(c[3], doc_year=_doc_year(ctx))) and not vetoed(p.title)]
        if not read:
            continue
        (sent, start, end, _), parsed = max(read, key=lambda x: len(x[1].title))
        if not all(fold(p.title) in fold(parsed.title) for _, p in read):
            continue
        province = _one_province(t[art.start : m.start()]) if re.match(r"全?省", parsed.title) else None
        if province:  # 全省劳动模范 in a text naming 湖北省 alone: 湖北省劳动模范
            title = province + re.sub(r"^全?省", "", parsed.title)
            parsed = replace(parsed, title=title, level="省")
        rel = HonourRelation.of(parsed, tuple(names), (start, end), "list")
        years = set(re.findall(r"((?:19|20)\d\d)年", t[sent.start : sent.end]))
        if rel.year is None and len(years) == 1:  # …16名全省劳动模范…参加…2015年省劳动模范…表彰大会
            rel = replace(rel, year=int(years.pop()))
        out.append(_new_fact(ctx, sent, rel))
    return facts + out


def _decision_sentences(ctx: Context) -> list[Sentence]:
    """The sentences a list's head count may stand in: its article's, after those of the decision
    before it when the list is that decision's attachment (附件：…名单 / 某妇联 / 2017年3月8日 / 附件 /
    …名单), which its signature sets apart as an article of its own."""
    arts = ctx.doc.articles
    i = next((k for k, a in enumerate(arts) if a is ctx.art), 0)
    if i == 0 or not ATTACHED_LIST_RE.search(ctx.text, arts[i - 1].start, arts[i - 1].end):
        return list(ctx.art.sentences)
    return [*arts[i - 1].sentences, *ctx.art.sentences]


def _one_province(text: str) -> str | None:
    """The province a text names (湖北省庆祝…表彰大会), when it names one only."""
    from loaders.extract.document import _places_longest_first

    provinces, _ = _places_longest_first()
    named = {m.group() for m in re.finditer("|".join(f"{p}省" for p in provinces), text)}
    return named.pop() if len(named) == 1 else None
