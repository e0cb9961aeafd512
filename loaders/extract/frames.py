"""Stage 4 of the pipeline: trigger frames — who received which honour, from whom, in which year.

The frames are data (data/dictionaries/triggers.yaml); this module reads one sentence with
the person mentions found in it (stage 3) and answers with :class:`HonourRelation` records:

- receive: ``SUBJECT [year] TRIGGER HONOUR`` — 刘建国荣获全国五一劳动奖章;
  2022年，韩冰被评为第二届“洛阳工匠”;
- passive with a conferrer: ``SUBJECT 被 BODY VERB HONOUR`` — 张伟被焦作市总工会授予…;
- grant: ``BODY 授予 SUBJECT(S) HONOUR 称号`` — 市总工会授予张伟“焦作工匠”称号;
- relative clause: ``TRIGGER HONOUR 的 SUBJECT`` — 荣获“全国劳动模范”称号的高凤林;
- coordination: 张伟、王强和李娜荣获… gives each of them the honour; 先后荣获A、B、C等荣誉
  gives each honour.

A sentence without a named subject before its trigger (他/她, or none: 2016年，被评为…)
yields relations with ``persons == ()``: the caller gives them the document's subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import EllipsisType
from typing import Protocol

from loaders.dates import cn_to_int, ends_in_open_range, parse_year
from loaders.honours import (
    COUNTED_HOLDERS_RE,
    TITLE_THEN_VERB_RE,
    ParsedHonour,
    is_placing,
    parse_honour,
    phrase_kind,
    short_body_names,
)

TRIGGERS_FILE = Path(__file__).resolve().parents[2] / "data" / "dictionaries" / "triggers.yaml"
LOCAL_SHORT_FILE = TRIGGERS_FILE.with_name("local_body_short_names.yaml")

__all__ = [
    "HonourRelation",
    "TriggerTable",
    "blocked_spans",
    "honour_relations",
    "is_body",
    "split_bodies",
    "trigger_table",
    "vetoed",
]


class Span(Protocol):
    """A person mention: its name and its character span in the sentence's text."""

    @property
    def name(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class TriggerTable:
    """The word lists of triggers.yaml, compiled once."""

    receive: tuple[str, ...]
    passive_verbs: tuple[str, ...]
    grant_verbs: tuple[str, ...]
    negators: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    honour_suffixes: tuple[str, ...]
    honour_headings: tuple[str, ...]
    trigger_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    suffix_word_re: re.Pattern[str]  # one honour suffix word alone (劳模, 奖章)


def _alternation(words: Sequence[str]) -> str:
    # longest first; ties in a fixed order, so every process builds the same pattern
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))


@lru_cache(maxsize=1)
def trigger_table() -> TriggerTable:
    """The trigger frames of data/dictionaries/triggers.yaml (read once per process)."""
    from loaders.extract.diskcache import parsed_yaml

    data = parsed_yaml(TRIGGERS_FILE) or {}  # kept parsed in the user cache (start-up)

    def words(key: str) -> tuple[str, ...]:
        # longest first, ties fixed
        return tuple(sorted({str(w) for w in data.get(key) or []}, key=lambda w: (-len(w), w)))

    receive, passive, grant = words("receive"), words("passive_verbs"), words("grant_verbs")
    suffixes = words("honour_suffixes")
    trigger_re = re.compile(
        r"""
        (?P<passive>被)(?P<body>[^，。；：“”被]{2,30}?)(?P<pverb>"""
        + _alternation(passive)
        + r""")  # 被 BODY 授予
        | (?P<receive>"""
        + _alternation(receive)
        + r""")  # 荣获 / 被评为 / 入选
        | (?P<grant>"""
        + _alternation(grant)
        + r""")  # BODY 授予 PERSON …称号
        | (?<=[\u4e00-\u9fff])(?P<present>"""
        + _alternation(words("present_verbs"))
        + r""")  # BODY 为 PERSON 颁发 HONOUR
        """,
        re.VERBOSE,
    )
    suffix_re = re.compile(
        r"""
        (?!(?<=[\d一二三四五六七八九十两百千])[人个])  # 授予2064人全国劳动模范, 12个省劳模: a count word opens no name
        (?!(?<=[—\-－–])记)  # ——记全国劳模某公司某某: a feature subtitle's 记 opens no name
        (?:(?:19|20)\d\d\s*年度?)?  # an optional year the honour is dated with
        (?:第\d{1,3}[届批])?  # an edition in Arabic digits (第46届南丁格尔奖章), not 届南丁格尔奖章
        [^，。；：、“”\s\d和及与获得评为被授予的了位名是在有—\-－–]{0,24}?  # the series words (河南省), no dash
        (?:"""
        + _alternation(suffixes)
        + r""")  # an honour suffix (劳动奖章, 工匠)
        (?:[（(][^（）()，,。；;\s]{2,10}[）)])?  # a name in brackets: 河北省十大工匠(河北大工匠)
        (?:提名奖|提名人选|称号|荣誉称号)?  # a tail the honour parser drops
        (?:(?:19|20)\d\d(?![\d年月日.．/\-—]))?  # 感动中国十大人物2020(名单如下): the round's year, written after
        """,
        re.VERBOSE,
    )
    return TriggerTable(
        receive=receive,
        passive_verbs=passive,
        grant_verbs=grant,
        negators=words("negators"),
        speech_verbs=words("speech_verbs"),
        honour_suffixes=suffixes,
        honour_headings=words("honour_headings"),
        trigger_re=trigger_re,
        suffix_re=suffix_re,
        suffix_word_re=re.compile(_alternation(suffixes)),
    )


@dataclass(frozen=True)
class HonourRelation:
    """One person–honour link read from a sentence (offsets are into the sentence's text).

    ``persons`` is empty when the sentence names no subject (the caller resolves 他/她 and
    zero subjects to the document's subject).
    """

    persons: tuple[str, ...]
    raw: str
    title: str
    year: int | None
    edition: str | None
    conferred_by: tuple[str, ...]
    start: int
    end: int
    trigger: str
    paired: bool = False  # the year was paired with this honour by 分别于…和…
    relative: bool = False  # 荣获“X”称号的张某: the honour describes the person named after 的

    @classmethod
    def of(
        cls,
        parsed: ParsedHonour,
        persons: tuple[str, ...],
        span: tuple[int, int],
        trigger: str,
        *,
        year: int | EllipsisType | None = ...,
        conferred_by: tuple[str, ...] = (),
        paired: bool = False,
        relative: bool = False,
    ) -> HonourRelation:
        """The link of ``persons`` to a parsed honour, with the parse's year and bodies unless the
        reader gives its own (``year``, even None; a non-empty ``conferred_by``)."""
        return cls(
            persons=persons,
            raw=parsed.raw,
            title=parsed.title,
            year=parsed.year if isinstance(year, EllipsisType) else year,
            edition=parsed.edition,
            conferred_by=conferred_by or tuple(parsed.conferred_by),
            start=span[0],
            end=span[1],
            trigger=trigger,
            paired=paired,
            relative=relative,
        )


CLAUSE_END = "，,；;﹔。！？!?：:"
YEAR_RE = re.compile(
    r"""
    (?P<y>(?:19|20)\d\d)\s*年(?!代)  # 2022年 (not 80年代)
    | (?P<rel>今年|去年|前年)  # relative years, resolved against the document
    """,
    re.VERBOSE,
)
LIST_SPLIT_RE = re.compile(r"[、，,]|(?<=[”」』])(?:和|及|与|以及)|(?:以及|及)")
JOINER_RE = re.compile(
    r"""
    \s*(?:同志)?\s*(?:（[^（）]{1,12}）)?\s*  # 李娜同志 / 于洋（女）
    (?:、|，|,|和|与|及|以及)  # the joiner
    (?:(?:他|她)的(?:徒弟|师傅|同事|搭档|妻子|丈夫|儿子|女儿|父亲|母亲))?\s*  # 赵刚和他的徒弟孙琳
    """,
    re.VERBOSE,
)
LIST_ENTRY_RE = re.compile(
    r"""
    (?:同志)?\s*[，,、；;]\s*  # the comma closing the previous entry
    [^，,。；;！？“”「」:：]{2,60}?  # the next entry's unit and post (鞍钢股份炼铁总厂总作业长)
    (?<![是在说为了把被将对向从])  # … but no clause of its own (…是, …在)
    """,
    re.VERBOSE,
)


COORD_ENTRY_RE = re.compile(
    r"""
    (?:同志)?\s*(?:和|与|及|以及)\s*  # 国网衡水供电公司程旭和国网邯郸供电公司王彦军荣获…
    [^，,。；;！？“”「」:：、]{1,40}?(?:公司|集团|厂|矿|院|局|所|站|段|队|中心|学校|医院|银行|车间|工区|大学|协会|委员会)
    [^，,。；;！？“”「」:：、的]{0,10}  # the post after the unit (…车间主任)
    的?  # …和太仓市第一人民医院的朱某
    (?<![是在说为了把被将对向从])
    """,
    re.VERBOSE,
)


# 授予承德市妇联主席赵某及塞罕坝机械林场总场工作人员陈某…: a conjunction and the next holder's own
# unit and post; inside a grant's object the words between two names belong to the second (a unit
# of any kind, 林场 or 社区 too), so no unit word is asked for, only that no clause or honour begins
GRANT_COORD_RE = re.compile(
    r"""
    (?:同志)?\s*(?:和|与|及|以及)\s*  # the conjunction
    (?:(?!称号|荣誉|授予|表彰|命名|获)[^，,。；;！？“”「」:：、]){2,40}  # the next entry's unit and post
    (?<![是在说为了把被将对向从的])  # … but no clause of its own
    """,
    re.VERBOSE,
)


# 授予在某森林火灾扑救中为保护森林资源作出突出贡献的甲、乙…: the praise clause between the grant verb
# and its run of names says why they are honoured; it opens with a circumstance word (在/为/对/于) or
# closes with a word of merit (突出的, 贡献的), and its 的 stands right before the first name
PRAISE_CLAUSE_RE = re.compile(
    r"""
    (?:
        (?:在|为|為|对|對|于|於|长期|長期)[^，,。；;！？“”「」:：、]{2,80}的
      | [^，,。；;！？“”「」:：、]{2,80}(?:突出|贡献|貢獻|先进|先進|优秀|優秀|事迹|事跡)的
    )
    """,
    re.VERBOSE,
)


def praise_end(text: str, pos: int, first: int) -> int | None:
    """Where the name run starts when a praise clause ending in 的 fills ``text[pos:first]``
    (``first`` the first name's start), else None."""
    m = PRAISE_CLAUSE_RE.match(text, pos)
    return first if m is not None and m.end() == first else None


def _repeated_grant(text: str, clause_lo: int) -> bool:
    """Whether an earlier clause of the sentence is a grant (…决定，授予赵某…称号，授予…): a bare
    授予 clause after it repeats that agent's verb, so whoever follows the verb is its recipient and
    the names before it are not; when no name follows, the recipient is a unit or a group."""
    return any(_quote_depth(text, g.start()) == 0 for g in re.finditer(r"(?<!被)授予", text[:clause_lo]))


def _quote_depth(text: str, pos: int) -> int:
    """How many quotes are open at ``pos`` (a stray closing quote opens nothing)."""
    if "“" not in text and "「" not in text and "『" not in text:
        return 0  # (most sentences open no quote)
    depth = 0
    for ch in text[:pos]:
        if ch in "“「『":
            depth += 1
        elif ch in "”」』" and depth:
            depth -= 1
    return depth


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end], with commas inside quotes ignored."""
    lo = start
    while lo > 0 and not (text[lo - 1] in CLAUSE_END and _quote_depth(text, lo - 1) == 0):
        lo -= 1
    hi = end
    while hi < len(text) and not (text[hi] in CLAUSE_END and _quote_depth(text, hi) == 0):
        hi += 1
    return lo, hi


# the joint before a clause of its own (甲喜获“X”、乙喜获“Y”): where one person's object ends
NEXT_CLAUSE_JOINT_RE = re.compile(r"[、，,；;]|和|及|与")


def _before_next_trigger(text: str, start: int, hi: int) -> int:
    """甲喜获“X”荣誉称号、乙喜获“Y”荣誉称号: a trigger outside quotes inside the object, after a joint
    and a subject of its own, opens the next clause: the object ends at that joint."""
    table = trigger_table()
    for m in table.trigger_re.finditer(text, start, hi):
        if _quote_depth(text, m.start()) or HOLDER_NOUN_RE.match(text, m.end()):
            continue
        joints = [j for j in NEXT_CLAUSE_JOINT_RE.finditer(text, start, m.start()) if not _quote_depth(text, j.start())]
        if joints and m.start() - joints[-1].end() >= 2:
            return joints[-1].start()
    return hi


def _object_end(text: str, start: int) -> int:
    """Where the honour object after a trigger ends: a clause end outside quotes, unless the
    object is a list that goes on (A，B、C等荣誉) — then the list's 等/荣誉 tail."""
    hi = start
    while hi < len(text) and not (text[hi] in "。！？!?" and _quote_depth(text, hi) == 0):
        hi += 1
    semi = start
    while semi < hi and not (text[semi] in "；;﹔" and _quote_depth(text, semi) == 0):
        semi += 1
    # an honour list may run across semicolons (A“x”“y”；B“z”等多项荣誉称号); else the semicolon ends it
    if not LIST_TAIL_RE.search(text[semi:hi]):
        hi = semi
    hi = _before_next_trigger(text, start, hi)
    first = start
    while first < hi and not (text[first] in "，,：:；;﹔" and _quote_depth(text, first) == 0):
        first += 1
    tail = LIST_TAIL_RE.search(text, start, hi)
    if tail and tail.start() > first:
        return tail.start()
    titled = TITLE_THEN_VERB_RE.search(text, start, first)
    if titled and _quote_depth(text, titled.start()) == 0:
        return titled.end()  # 荣获西安市劳动模范称号并受到表彰: the clause goes on after 称号
    return first


# …等多项荣誉称号 / …等十余项国家级、省市级荣誉: the tail that closes a list of honours
LIST_TAIL_RE = re.compile(
    r"等(?:[\d一二三四五六七八九十百多数余]+[项个种])?(?:[^，,。；;！？“”]{0,12}?)(?:荣誉|称号|奖项)"
)


# …“五一”劳动奖章 / “金手柄”奖: the words after a quote that finish the name (a prize's 奖, not its 奖金)
# …“贾思勰农业奖”杰出贡献奖 / “X”特别奖: a prize's own class after the quote (not a placing: 一等奖,
# 大赛…, 第三名, nor the prize's 奖金)
QUOTE_TAIL = (
    r"(?:劳动奖章|[ \u3000]?提名奖|[ \u3000]?提名人选|荣誉称号|称号|奖章|获得者"
    r"|(?:(?:19|20)\d\d\s*年度?)?(?:十大|十佳)[\u4e00-\u9fff]{0,3}?人物|人物"  # (“感动中国”2016年度十大人物)
    r"|(?:(?![一二三四五六七八九十特]等|等|赛|名|[金银铜]奖)[\u4e00-\u9fff]){0,4}?奖章?(?![金励状杯牌品项]))?"
)


# 地铁总公司颁发的“金手柄”奖: a body and its conferral verb, then 的, right before the quoted name
GIVEN_BEFORE_QUOTE_RE = re.compile(
    r"(?<![^，,、；;\s])(?P<body>[^，,、。；;“”「」\s]{2,30}?)(?:颁发|颁授|授予|命名|评选|评定|表彰)的$"
)


# a joint after a closed honour (“A”称号和 / “A”、): what follows opens the next honour, not a body list
HONOUR_CLOSED_JOINT_RE = re.compile(r"(?:(?:荣誉|光荣)?称号|[”」』])\s*[、和及]\s*$")


# the joint between two quoted names that share the honour word after the second (“爱岗敬业”和“业务技能”标兵)
SHARED_TAIL_JOINT_RE = re.compile(r"\s*(?:和|、|及|与)\s*")


def _shared_tails(
    obj: str, items: list[tuple[str, int, int]], ends: list[tuple[int, int]]
) -> list[tuple[str, int, int]]:
    """“爱岗敬业”和“业务技能”标兵: a quoted name with no word of its own after it, joined to the next
    quoted name by 和/、, takes the honour word that follows the next (爱岗敬业标兵, 业务技能标兵).
    称号 and 荣誉称号 close a name and are no shared word."""
    out = list(items)
    for k in range(len(items) - 2, -1, -1):
        (q_end, own_end), (next_q, next_end) = ends[k], ends[k + 1]
        start_next = items[k + 1][1]
        tail = obj[next_q:next_end]
        if (
            own_end == q_end
            and tail
            and not re.fullmatch(r"(?:荣誉)?称号|获得者", tail)
            and SHARED_TAIL_JOINT_RE.fullmatch(obj[q_end:start_next])
        ):
            text, lo, hi = out[k]
            out[k] = (text + tail, lo, hi)
            ends[k] = (q_end, q_end + len(tail))  # so a third name before it shares the word too
    return out


def _honour_items(obj: str) -> list[tuple[str, int, int]]:
    """The honour phrases of an object (quoted first; else the 、-separated items)."""
    from loaders.extract.mentions import honour_spans

    items: list[tuple[str, int, int]] = []
    # top-level items (A“x”“y”；B“z”、C), each read on its own
    pieces = []
    lo = 0
    for i, ch in enumerate(obj):
        if ch in "、，,；;﹔" and _quote_depth(obj, i) == 0:
            pieces.append((lo, i))
            lo = i + 1
    if pieces:
        pieces.append((lo, len(obj)))
        for a, b in pieces:
            items.extend((x, a + xa, a + xb) for x, xa, xb in _honour_items(obj[a:b]))
        return items
    spans = honour_spans(obj)
    quoted = [h for h in spans if h.quoted]
    if quoted:
        prefix = ""
        prev_end = -1
        ends: list[tuple[int, int]] = []  # each item's quote end and its own end (past a tail word)
        for h in quoted:
            # the words before the quote that belong to the honour: 第二届“洛阳工匠”, 河南省“五一劳动奖章”
            lo = h.start
            m = re.search(r"(?:(?:19|20)\d\d\s*年度?)?[^，,、。；;“”\s和及与获评为被授予的]{0,12}$", obj[: h.start])
            given = GIVEN_BEFORE_QUOTE_RE.search(obj[: h.start])
            if given and is_body(given.group("body")):
                lo = given.start()  # 荣获地铁总公司颁发的“金手柄”奖: the body and its verb stay with the honour
            # the last body of a 、-list before the quote confers it (九里山矿、河南能源“优秀员工”)
            elif m and (
                not obj[: m.start()].rstrip().endswith(("、", "和", "及"))
                or HONOUR_CLOSED_JOINT_RE.search(obj[: m.start()])
            ):
                # …“江西省劳动模范”称号和江西省“种粮大户”: after a closed honour the words are the next one's level
                lo = m.start()
            if lo == h.start and h.start == prev_end and prefix:
                own = prefix  # 焦煤公司“首席员工”“技术标兵”: the run shares its prefix
            else:
                own = obj[lo : h.start]
                prefix = own
            prev_end = h.end
            hi = h.end
            # …“五一”劳动奖章: the quote marks only part of the name
            tail = re.match(QUOTE_TAIL, obj[h.end :])
            if tail and not is_placing(tail.group()):  # (“金桥奖”优秀奖: the placing is no part of it)
                hi += tail.end()
            if hi == h.end and h.end - h.start <= 6:
                # 全国“三八”红旗手称号: a short quote (a festival, a slogan) inside a name its honour word ends
                hi = _suffix_end(obj, h.end, 10) or hi
            items.append((own + obj[h.start : hi], lo, hi))
            ends.append((h.end, hi))
        return _shared_tails(obj, items, ends)
    pos = 0
    for piece in re.split(r"(、|和|及|以及|与|，|,)", obj):
        if piece and not re.fullmatch(r"、|和|及|以及|与|，|,", piece):
            items.append((piece, pos, pos + len(piece)))
        pos += len(piece)
    out = []
    for text, lo, _ in items:
        text2 = re.sub(r"[…\s.]+$", "", text)
        text2 = re.sub(r"(?:等[\d一二三四五六七八九十多数]*[项个种]?)?(?:荣誉称号|荣誉|称号|奖项)?$", "", text2)
        if text2:
            out.append((text2, lo, lo + len(text2)))
    return out


def _suffix_end(obj: str, start: int, span: int) -> int | None:
    """Where the longest honour name that ends in a suffix word ends, read from ``start`` over at
    most ``span`` characters: “三八”红旗手标兵 is one name, not 红旗手 and a stray 标兵."""
    suffix = trigger_table().suffix_re
    for end in range(min(len(obj), start + span), start, -1):
        if suffix.fullmatch(obj, start, end) and not re.search(r"[“”「」『』]", obj[start:end]):
            return end
    return None


# a later clause that opens with its own subject: 他们/该公司/以及有多名会员…
OWN_SUBJECT_RE = re.compile(
    r"[，,；;](?:他们|她们|该|其中|团队|公司|单位|以及|另有|还有|有(?:多|\d|[一二三四五六七八九十两]))"
)


def _subjects_before(text: str, persons: Sequence[Span], clause_lo: int, trig: int) -> tuple[str, ...]:
    """The named subject(s) of a trigger: the nearest person before it outside quotes, plus any
    coordinated with it (张伟、王强和李娜)."""
    cands = [p for p in persons if p.end <= trig and _quote_depth(text, p.start) == 0]
    if not cands:
        return ()
    last = cands[-1]
    between = text[last.end : trig]
    # a later clause that opens with its own subject word (他们/该公司) is not the person's
    if OWN_SUBJECT_RE.search(between):
        return ()
    group = [last]
    for p in reversed(cands[:-1]):
        gap = text[p.end : group[0].start]
        # 张伟、王强和李娜 / a comma list of unit+post+name entries (…作业长张允东，…班长刘加纯…)
        # …测量工白某和中铁宝桥电焊工王某荣获…: the next entry's unit need not end in a unit word
        if (
            JOINER_RE.fullmatch(gap)
            or LIST_ENTRY_RE.fullmatch(gap)
            or COORD_ENTRY_RE.fullmatch(gap)
            or GRANT_COORD_RE.fullmatch(gap)
        ):
            group.insert(0, p)
        else:
            break
    return tuple(dict.fromkeys(p.name for p in group))


# 甲、乙等10人和丙、丁等10名同学: a head count closes one group of names, a conjunction opens the next
COUNTED_JOINT_RE = re.compile(
    r"""
    \s*等\s*(?:\d+|[一二三四五六七八九十两百]+)\s*(?:名|位|人)  # 等10人 / 等10名
    (?:同志|同学|职工|个人|学生|青年|少年)?\s*  # the head noun
    (?:和|及|与|以及|、|，|,)\s*  # the joiner of the next group
    """,
    re.VERBOSE,
)


def _subject_groups(text: str, persons: Sequence[Span], trig: int) -> list[tuple[str, ...]]:
    """甲、乙等10人和丙、丁等10名同学分别被授予“A”和“B”: the groups of names before a trigger, in
    order, each closed by its head count; one group when no count divides them."""
    cands = [p for p in persons if p.end <= trig and _quote_depth(text, p.start) == 0]
    if not cands:
        return []
    groups: list[list[Span]] = [[cands[-1]]]
    for p in reversed(cands[:-1]):
        gap = text[p.end : groups[0][0].start]
        if COUNTED_JOINT_RE.fullmatch(gap):
            groups.insert(0, [p])
        elif JOINER_RE.fullmatch(gap) or LIST_ENTRY_RE.fullmatch(gap) or COORD_ENTRY_RE.fullmatch(gap):
            groups[0].insert(0, p)
        else:
            break
    return [tuple(dict.fromkeys(p.name for p in g)) for g in groups]


# 有突出贡献的中青年专家 / 作出突出贡献的高技能人才: a 的 inside an honour's own name
NAMED_DE_RE = re.compile(r"(?:有|作出|做出)(?:突出|重大|特殊)贡献$")


# 、中央电视台评为…: a list item that names its own body and verb (after the first body's items)
NEXT_AGENT_RE = re.compile(r"[、，,][^、，,。；;！？“”「」]{2,20}?(?:评为|授予|命名为|评选为|表彰为|认定为)")


def _outside_quotes_de(obj: str) -> int:
    """Index of the first 的 outside quotes in ``obj`` that does not belong to an honour's name, or -1."""
    for i, ch in enumerate(obj):
        if ch == "的" and _quote_depth(obj, i) == 0:
            if NAMED_DE_RE.search(obj, 0, i):
                continue
            return i
    return -1


def dates_event(text: str, end: int) -> bool:
    """在2022年度职业技能竞赛中取得优异成绩的选手: a year (or 年度, or a range of them) that heads the
    name of an event (a competition, a campaign; data/dictionaries/triggers.yaml: event_nouns)
    dates that event, not the conferral."""
    from loaders.extract.falsehonours import event_noun_re

    m = re.match(r"年?(?:\s*[—\-－~至到]\s*(?:19|20)\d\d\s*年)?度?", text[end:])  # 2022年度 / 2019—2020年度
    if not m:
        return False
    # the year's noun phrase, no verb or preposition of its own between (2020年全国行业职业技能竞赛; not
    # 2020年在全省技能大赛中获…)
    event = re.match(
        r"[^，,。；;：:“”「」在于获被评授荣]{0,12}?(?:" + event_noun_re().pattern + ")", text[end + m.end() :]
    )
    # 在2016年的评选中，…获评X: a bare selection, the one that chose the honour, dates the conferral
    return event is not None and not BARE_SELECTION_RE.fullmatch(event.group())


# the words after a year that name only a selection, no competition or campaign of its own (的评选 / 评比)
BARE_SELECTION_RE = re.compile(r"的?(?:评选|评比|推选)")


# what after a year makes it a period's start: 2003年以来 / 1980年来，…先后荣获…
SINCE_YEAR_RE = re.compile(r"度?(?:以来|来(?=[，,]|先后|相继|一直|共|累计|曾|多次|[他她]))")


def _year_of(text: str, lo: int, trig: int, doc_year: int | None) -> int | None:
    """The year the sentence dates its trigger with: the last year phrase before it in the
    sentence (2022年，…被评为 / 于2019年荣获)."""
    best = None
    for m in YEAR_RE.finditer(text, 0, trig):
        if (
            _quote_depth(text, m.start()) == 0
            and not re.match(r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生|参加工作|入职|进入|毕业)", text[m.end() :])
            and not re.search(r"(?:从|自|自从)$", text[max(0, m.start() - 2) : m.start()])  # 从2005年…以来: a period
            and not SINCE_YEAR_RE.match(text, m.end())  # 1980年来，…先后荣获 / 2003年以来: a period's start
            and not dates_event(text, m.end())
        ):
            best = m
    if best is None or series_after(text[best.end() : trig], text[: best.start()]):
        return None  # …2021年度获得公司特殊贡献奖，先后获得A、B: the year is the clause before's
    if ends_in_open_range(text[: best.start()]):
        return None  # 2015-2016年，某某荣获A: a range is no single year
    if best.group("y"):
        return int(best.group("y"))
    return parse_year(best.group("rel"), doc_year=doc_year)


# 先后获得 / 陆续荣获 / 相继被评为 (the verb, or the honour's position after it): honours received one after
# another, each in a year of its own, so a year an earlier clause wrote dates none of them
SERIES_LEAD_RE = re.compile(r"(?:先后|陆续|相继)(?:[被又还也]|分别)?(?:获得|荣获|获评|被评为|评为|被授予|授予|获|$)")


# a year that heads the series' own clause: 2019年，他先后获得A、B / 2019年4月，张某相继被评为 — the year's
# words end at the comma and only the subject stands between the comma and the series' verb
YEAR_LED_SERIES_RE = re.compile(
    r"""^年?(?:\d{1,2}月(?:\d{1,2}日)?|[初底末中])?\s*[，,]\s*  # 2019年， / 2019年4月，
    (?:[他她其]|[^\W\d获评授荣被入进到在任和与及、]{2,4})?\s*$  # 他 / 张建国, no verb of its own""",
    re.VERBOSE,
)


def series_after(rest: str, before: str = "") -> bool:
    """Whether the words after a year open a new clause whose verb is 先后获得 (…年度获得X，先后获得A、B):
    the year belongs to the clause before; the series' honours came one after another.  A single year
    that only heads the series' clause (2019年，他先后获得A、B) dates the series itself; the end of a range
    (``before`` ends 2010年至) does not."""
    leads = list(SERIES_LEAD_RE.finditer(rest))
    if not leads or not re.search(r"[，,；;]", rest[: leads[-1].start()]):
        return False
    return ends_in_open_range(before) or not YEAR_LED_SERIES_RE.match(rest[: leads[-1].start()])


def _negated(text: str, lo: int, trig: int) -> bool:
    _, hi = _clause_bounds(text, trig, trig)
    if NEGATIVE_CLAUSE_RE.search(text, lo, hi):
        return True  # 参评…落选 / 被确定为…候选人
    words = trigger_table().negators
    before = text[max(lo, trig - 6) : trig]
    return any(before.endswith(w) or (w in before and len(w) > 1) for w in words)


BODY_SPLIT_RE = re.compile(r"[、，,]|和|与|及|以及")
BODY_NOISE_RE = re.compile(
    r"""
    ^(?:经(?![济信贸开管营销])|由|在|受到|报经|研究|了)*  # 经…研究决定 / 由X授予 / 受到了X表彰 (not 经济日报)
    | (?:联合|共同|研究|决定|分别|专门|正式|隆重|日前|近日|还|又|也)+$  # X联合授予 / X决定授予
    | ^原(?=国家|中央|[\u4e00-\u9fff]{1,8}部$)  # 原国家卫生部: the former body, named as it was
    | (?:今天|今日|昨天|昨日|近期|(?<!中)共|先后|首次|再次|集中|公开|向全社会)+$  # X今天举行 / X共表彰
    | 等(?:[\d一二三四五六七八九十]+[个個家]?)?(?:部门|部門|单位|單位|部委|机构|機構)$  # …、人社厅等部门: the last body
    | 通过[\u4e00-\u9fff]{2,12}$  # X通过中国文明网(发布…): the means, no part of the body
    """,
    re.VERBOSE,
)
TIME_LEAD_RE = re.compile(
    r"^(?:(?:19|20)\d\d年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|前年|次年|同年|当年|近日|日前|随后|此后)[，,]?"
)
# 本报北京9月6日电 / 新华社北京4月26日电 / 本报讯 / 本刊讯: a news item's dateline before the body that opens its
# lead, and the byline in brackets after it or alone (（记者 郝勇）中华全国总工会…): no body's name opens with a bracket
DATELINE_LEAD_RE = re.compile(
    r"""^\s*
    (?:
        (?:[^，,。；;！？\s]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)|本(?:报|刊|网|台|站)讯)[\s\u3000]*
        (?:[（(][^（()）]{1,20}[)）])?
      | [（(][^（()）]{1,20}[)）]
    )[\s\u3000]*""",
    re.VERBOSE,
)
# X、Y于1993年12月6日(在京联合召开…): the date the bodies acted on, after their names
DATE_TAIL_RE = re.compile(r"于\s*(?:(?:19|20)\d\d\s*年|\d{1,2}\s*月\d{1,2}\s*日).*$")
PLACE_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(市|省|自治区)")
# 获此殊荣 / 获此奖 / 获得该奖项 / 荣列其中: an object that points back to the honour named before
ANAPHORA_RE = re.compile(
    r"""
    ^(?:了)?
    (?:此殊荣|此荣誉|此称号|这一称号|该称号|这一荣誉|这一殊荣|该荣誉|这一桂冠|其中|之列
    | 此奖项?|该奖项?|这一奖项|此项(?:荣誉|殊荣|奖项?)|这项(?:荣誉|殊荣|奖项?))?$
    """,
    re.VERBOSE,
)
LIST_HEAD_RE = re.compile(
    r"""
    (?:分别是|分别为|依次是|他们是|她们是|名单如下|如下|的有|的是|是|有|中  # …分别是： / 获得…称号的有：
    | [\d一二三四五六七八九十两]+(?:人|名|位)(?:是|为)?  # 我市有三人：
    | [”」』]  # 2022年度“大国工匠年度人物”：
    | ^[\d一二三四五六七八九十两]+(?:人|名|位)[^，,、“”：:]{2,30}  # 17名北京市劳动模范：
    | [（(][\d一二三四五六七八九十两]+(?:人|名|位)[）)]  # 全国劳动模范（5名）：
    )[：:]$
    """,
    re.VERBOSE,
)
VETO_TITLE_RE = re.compile(
    r"(?:候选人|(?<!提名)人选|推荐对象|(?<!培育)对象|成果|方案|项目|工作室|小组|班组|团队|集体|学位|资格|"
    r"之家|小家|先锋号|文明号|先进单位|红旗单位)$"  # 全国模范职工之家, 全国工人先锋号: a unit's honour
)
GENERIC_TITLES = frozenset({"优秀", "合格", "称职", "良好", "先进", "第一", "冠军"})
# a visit's or an event's verb inside a title read from a suffix word (县总工会慰问困难劳模, 开展走访劳模
# 活动): the words are a clause about the holders, no honour's name
CLAUSE_TITLE_RE = re.compile(r"慰问|走访|看望|探望|拜访|开展|举办|召开")
# 授予在改革开放…中做出突出贡献的耿某等15名同志“X”: the merit a relative clause tells of the holders,
# read as a title when it stands where the honour does; no honour's name says where or what was achieved
MERIT_CLAUSE_TITLE_RE = re.compile(
    r"""
    ^在[\u4e00-\u9fff]{2,}中  # 在改革开放和社会主义现代化建设中
    | (?:作出|做出)了?[\u4e00-\u9fff]{0,4}贡献$  # …做出突出贡献
    """,
    re.VERBOSE,
)


# a city that has a government or a party committee of its own in the text (宜兴市人民政府): a city
# for this text even when the gazetteer lists only prefecture-level ones
GOVERNED_CITY_RE = re.compile(r"(?<![\u4e00-\u9fff]{2}市)([\u4e00-\u9fff]{2,3}?)市(?:人民政府|委员会|委|政府)")


def _place_of(context: str) -> tuple[str | None, str | None]:
    """The last city and province named in ``context`` (郑州市举行… → 郑州); a county-level city
    counts when the text names its government (宜兴市人民政府 … 无锡市…条例 … 宜兴市… → 宜兴)."""
    from loaders.orgs import places

    p = places()
    governed = _governed_cities(context)
    city = province = None
    for m in PLACE_RE.finditer(context):
        stems = [m.group(1)[k:] for k in range(len(m.group(1)))]
        if m.group(2) == "市":
            # the gazetteer first: 合影留念广州市委 is 广州, whatever a run before it reads as
            found = next((st for st in stems if st in p["cities"]), None)
            city = found or next((st for st in stems if st in governed), None) or city
        else:
            province = next((st for st in stems if st in p["provinces"]), None) or province
    return city, province


def _governed_cities(context: str) -> set[str]:
    """The cities whose government or committee ``context`` names, each read as the ending of its
    run that the text writes most often before 市 (根据宜兴市人民政府 … 《宜兴市… → 宜兴, not 据宜兴)."""
    out: set[str] = set()
    for m in GOVERNED_CITY_RE.finditer(context) if "市" in context and ("委" in context or "政府" in context) else ():
        run = m.group(1)
        endings = [run[k:] for k in range(len(run) - 1)]
        out.add(max(endings, key=lambda e: (context.count(e + "市"), -len(e))))
    return out


# one kind of body written once for two or three levels (省、市总工会, 省市两级妇联): each level's own
ELIDED_LEVELS_RE = re.compile(
    r"(?:^|(?<=[，,。；;、\s被由和及与到获受经在的]))"
    r"(?P<levels>[省市县区](?:、?[省市县区]){1,2})(?:两级|三级)?(?P<kind>[\u4e00-\u9fff]{1,10})"
)


def elided_levels_spelt(text: str) -> str:
    """省、市总工会 → 省总工会、市总工会: a body kind shared by the levels written before it, spelt out
    for each level when the level and the kind make a body (省委、市委; not 省、市领导).

    >>> elided_levels_spelt("省、市总工会"), elided_levels_spelt("省市两级妇联")
    ('省总工会、市总工会', '省妇联、市妇联')
    """

    def spelt(m: re.Match[str]) -> str:
        levels = [c for c in m["levels"] if c != "、"]
        if len(set(levels)) < len(levels) or not is_body(levels[0] + m["kind"]):
            return m.group()
        return "、".join(level + m["kind"] for level in levels)

    return ELIDED_LEVELS_RE.sub(spelt, text)


def split_bodies(text: str, context: str = "") -> tuple[str, ...]:
    """The conferring bodies of a phrase: split on 、/和/与/及, with 联合/决定 dropped, an elided place
    restored from the first body (辽宁省委、省政府 → 辽宁省委, 辽宁省政府) and a bare 市/省 resolved
    to the city or province ``context`` names (郑州市…，市委 → 郑州市委).

    >>> split_bodies("人社部和全国总工会联合")
    ('人社部', '全国总工会')
    >>> split_bodies("辽宁省委、省政府")
    ('辽宁省委', '辽宁省政府')
    >>> split_bodies("市总工会", "宜昌市召开大会")
    ('宜昌市总工会',)
    """
    from loaders.textnorm import to_simplified

    text = TIME_LEAD_RE.sub("", DATELINE_LEAD_RE.sub("", text).strip())
    text = DATE_TAIL_RE.sub("", text)  # 国家税务总局、国家人事部于1993年12月6日: the bodies, not the date
    text = APPROVAL_LEAD_RE.sub("", text)  # 经省委、省政府研究决定: 经 opens the clause, no body's name
    text = ADDRESSEE_TAIL_RE.sub("", text)  # 市总工会向全市各级工会(下发…决定): those it writes to
    text = elided_levels_spelt(text)  # 省、市总工会 → 省总工会、市总工会
    out: list[str] = []
    lead = None
    city, province = _place_of(context)
    pieces: list[str] = []
    for chunk in re.split(r"[、，,]", text):
        pieces.extend(joined_bodies(chunk))
    for piece in pieces:
        body = _agent_tail(piece.strip())
        prev = None
        while body != prev:
            prev = body
            body = BODY_NOISE_RE.sub("", body).strip()
        if len(body) < 2 or NOT_BODY_RE.search(body) or COUNTED_HOLDERS_RE.search(body):
            continue  # …陈某等33位基层工会干部 / 某公司工会等35家基层工会: the holders, not a body
        m = re.match(r"^(中共)?([\u4e00-\u9fff]{2,4}?)(省|市|自治区)", body)
        if m and lead is None and body[0] not in "省市":
            lead = (m.group(2), m.group(3))
        if body[0] in "省市" and len(body) > 1:
            if lead and lead[1] == body[0]:
                body = full_local_body(lead[0] + body)
            elif body[0] == "市" and city:
                body = full_local_body(city + body)
            elif body[0] == "省" and province:
                body = full_local_body(province + body)
        if re.fullmatch(r"国家[\u4e00-\u9fff]{2,12}部", to_simplified(body)):
            body = body[2:]  # 国家人力资源和社会保障部: a ministry's name has no 国家
        if is_body(body):
            out.append(body)
    return tuple(dict.fromkeys(out))


def joined_bodies(chunk: str) -> list[str]:
    """Bodies joined by 和/与/及 apart: 人社部和全国总工会 is two bodies; 河南省人力资源和社会保障厅 and
    中国石油和化学工业协会 are one (their part before 和 ends no body's name).

    >>> joined_bodies("人力资源社会保障部和民政部"), joined_bodies("中国石油和化学工业协会")
    (['人力资源社会保障部', '民政部'], ['中国石油和化学工业协会'])
    """
    parts = [x for x in re.split(r"和|与|及|以及", chunk) if x]
    if (
        len(parts) > 1
        and all(is_body(BODY_NOISE_RE.sub("", x).strip()) for x in parts)
        and (all(_ends_as_body(x) for x in parts[:-1]) or all(x[0] in "省市县区" for x in parts[1:]))
    ):
        return parts
    return [chunk]


# the last character of a body's name (部, 总工会, 人民政府, 团委, 集团公司, 电视台 …)
BODY_END_RE = re.compile(r"[会部局府厅委联司台团院室央办社所处署站馆宫盟协组]$")
# a clause's words before the body it names: 日前结束的由X联合主办 / 会上宣读了X的决定
LED_BODY_RE = re.compile(r"^.*(?:的由?|宣读了|宣布了|公布了)(?=[^的由]{3,}$)")


def _ends_as_body(name: str) -> bool:
    """石油工业部和化学工业部 is two bodies; 中国石油和化学工业协会 is one (中国石油 ends no body's name)."""
    from loaders.textnorm import to_simplified

    simple = to_simplified(BODY_NOISE_RE.sub("", name).strip())
    return bool(BODY_END_RE.search(simple)) or simple in STATE_BODIES or simple in short_body_names()


def _agent_tail(piece: str) -> str:
    """The body a clause ends with: 日前结束的由国家人社部 → 国家人社部 (when that is a body)."""
    m = LED_BODY_RE.match(piece)
    if m is None:
        return piece
    tail = piece[m.end() :]
    return tail if is_body(tail) else piece


@lru_cache(maxsize=1)
def _local_short_names() -> dict[str, dict[str, str]]:
    from loaders.extract.diskcache import parsed_yaml

    data = parsed_yaml(LOCAL_SHORT_FILE) or {}
    return {kind: {str(k): str(v) for k, v in (data.get(kind) or {}).items()} for kind in ("written", "restored")}


# an autonomous region's party committee, written short (新疆维吾尔自治区党委)
REGION_PARTY_RE = re.compile(r"(?!中共)(?P<place>[\u4e00-\u9fff]{2,8}自治区)党委(?P<dept>宣传部|组织部|统战部|政法委)?")
LOCAL_PLACE_RE = re.compile(r"^(.+?)(?:省|市|自治区|州|县|区)$")


def full_local_body(body: str, restored: bool = True) -> str:
    """The full name of a local body known by a short name (data/dictionaries/local_body_short_names.yaml):
    杭州城管委 → 杭州市城市管理委员会; 佛山市妇联 → 佛山市妇女联合会 only when its place was just
    restored (``restored``: the text wrote 市妇联); any other body as it is.

    >>> full_local_body("佛山市妇联"), full_local_body("四川省妇联", restored=False)
    ('佛山市妇女联合会', '四川省妇联')
    >>> full_local_body("杭州城管委", restored=False), full_local_body("佛山市总工会")
    ('杭州市城市管理委员会', '佛山市总工会')
    """
    from loaders.orgs import places
    from loaders.textnorm import to_simplified

    table = _local_short_names()
    simple = to_simplified(body)
    region = REGION_PARTY_RE.fullmatch(simple)
    if region:  # 内蒙古自治区党委宣传部 → 中共内蒙古自治区委员会宣传部
        return f"中共{region['place']}委员会{region['dept'] or ''}"
    for kind in ("written", "restored") if restored else ("written",):
        for short, full in table[kind].items():
            if not simple.endswith(short) or len(simple) <= len(short):
                continue
            place = simple[: -len(short)]
            named = LOCAL_PLACE_RE.match(place)
            # a county may have a one-character name (攸县, 沛县); 全县/我县 is no place's name
            one_char_county = len(place) == 2 and place.endswith("县") and place[0] not in "全我本该此各每"
            unnamed = named is None or (len(named.group(1)) < 2 and not one_char_county)
            if unnamed or place.startswith("自治区"):
                if place not in places()["cities"]:
                    continue
                place += "市"  # 杭州城管委: a city named without 市
            return place + full
    return body


def _own_place(name: str) -> bool:
    """我省 / 本市 / 全县: the writer's own place or a whole area, never a body."""
    return re.fullmatch(r"(?:我|本|全|该|此)(?:省|市|县|区|州|镇|乡|村|地)", name) is not None


# a meeting or an activity is no body; a people's congress (人民代表大会常务委员会) is
NOT_BODY_RE = re.compile(r"[他她我们]|(?<!人民代表)大会|会议|活动")


# the bodies a notice is sent to, after its issuer and before the verb (市总工会向全市各级工会下发…;
# 省妇联向各市妇联印发…): not 向阳 (a place's name)
ADDRESSEE_TAIL_RE = re.compile(r"(?<=[会委局府厅部办联])向(?!阳)[^、，,。；;]{2,20}$")
# 经 before the bodies that decided or approved (经市人民政府研究决定), not 经济/经信/经贸…
APPROVAL_LEAD_RE = re.compile(r"^经(?![济信贸开管营销])")
# the ends of bodies' names that is_org_name does not know as kinds (全国城市轨道交通企业工会联委会, 健康报社)
BODY_TAILS = (
    *("技协", "总工会", "工会", "妇联", "团委", "青联", "团中央", "科协", "文联", "侨联", "残联", "记协", "作协"),
    *("报社", "杂志社", "联委会", "组委会", "基金会", "红十字会", "慈善总会", "工程院"),
    # a newspaper that runs a selection (黑龙江日报报业集团农村报, 某某晚报): named by its kind of paper
    *("日报", "晚报", "早报", "时报", "商报", "农村报", "农民报", "青年报", "工人报", "妇女报", "科技报", "法制报"),
)
# a ministry's department (卫生部医政司, 教育部教师工作司)
MINISTRY_OFFICE_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}部[\u4e00-\u9fff]{2,8}司$")
STATE_BODIES = frozenset({"党中央", "中共中央", "国务院", "中央军委", "中央文明委", "中央文明办", "中宣部"})


def is_body(name: str) -> bool:
    """An organisation's name (人社部, 省委, 焦煤集团, 山西省總工會), not a phrase (为大力弘扬劳模精神)."""
    from loaders.orgs import is_org_name
    from loaders.textnorm import to_simplified

    simple = to_simplified(name)
    return (
        simple in STATE_BODIES
        or simple in short_body_names()  # 全总, 中国技协 (data/dictionaries/conferrer_aliases.yaml)
        or is_org_name(simple)
        or MINISTRY_OFFICE_RE.search(simple) is not None  # 卫生部医政司: a ministry's department
        or simple.endswith(BODY_TAILS)
    )


# 继1979年后时隔36年 / 2010年以来 / 自2003年起: a year that opens or closes a span dates no fact
SPAN_ANCHOR_RE = re.compile(r"\s*(?:以来|之后|后(?!半)|之前|前(?!夕)|起|开始|至今)")


# 这一奖励是在1912年…设立的 / 评选表彰始于1985年 / 该活动自1994年启动实施: the clause tells when the
# award itself began, background to a list of this year's holders and no date of theirs
AWARD_FOUNDED_RE = re.compile(r"设立|创立|创设|始于|启动|起源|首创|开创")
AWARD_WORD_RE = re.compile(r"奖|评选|表彰|称号|荣誉|活动")


def _founding_clause(context: str, start: int, end: int) -> bool:
    """Whether the clause around ``context[start:end]`` (a year) tells when an award was founded."""
    lo = max((context.rfind(c, 0, start) for c in "，,。；;！？\n"), default=-1) + 1
    his = [k for k in (context.find(c, end) for c in "，,。；;！？\n") if k >= 0]
    clause = context[lo : min(his) if his else len(context)]
    return AWARD_FOUNDED_RE.search(clause) is not None and AWARD_WORD_RE.search(clause) is not None


def _context_year(context: str) -> int | None:
    """The year of the last dated fact in ``context`` (birth and joining years are no fact's,
    nor is the anchor of a span: 继1979年后, 2010年以来, nor the year an award was founded)."""
    best = None
    for m in re.finditer(
        r"((?:19|20)\d\d)\s*年(?!代)(?!\d{0,2}月?\d{0,2}日?(?:出生|生|参加工作|入职|进入|毕业))", context
    ):
        if SPAN_ANCHOR_RE.match(context, m.end()) or _founding_clause(context, m.start(), m.end()):
            continue
        best = int(m.group(1))
    return best


# a studio named after model workers (省劳模工作室, 省级劳模创新工作室)
STUDIO_AFTER_RE = re.compile(r"(?:创新)?工作室")


def _last_honour(context: str, doc_year: int | None) -> tuple[str, int | None] | None:
    """The honour a 获此殊荣 / 当选。/ 位列其中 points back to, and its year: the honour ``context``
    names most often (an announcement repeats its series: headline, dateline, each laureate),
    the latest on a tie — not merely the last phrase (去年还被评为“市级优秀护林员”)."""
    from loaders.extract.mentions import honour_spans

    found: dict[str, tuple[int, str, int | None]] = {}  # title → (count, raw, year) of its latest mention
    for h in honour_spans(context):
        m = re.search(
            r"(?:((?:19|20)\d\d)\s*年度?)?\s*(?:第[一二三四五六七八九十百\d]{1,4}[届批]|首届|首批)?$",
            context[: h.start],
        )
        raw = (context[m.start() : h.start] if m else "") + context[h.start : h.end]
        raw = re.sub(r"^.*?((?:19|20)\d\d)", r"\1", raw) if m and m.group(1) else raw
        raw = re.sub(r"^(?:一大批|一批批|一批)", "", raw)  # 表彰了一批全国五一劳动奖章获得者 … 获此殊荣
        if phrase_kind(h.raw) not in (None, "honour"):
            continue
        if not h.quoted and STUDIO_AFTER_RE.match(context, h.end):
            continue  # 12个省劳模工作室分别为A劳模工作室、B…: the list names studios, not holders
        titled = _marked_title(context, h.start, h.end) if h.quoted else False
        parsed = parse_honour(raw, doc_year=doc_year, titled=titled) or parse_honour(
            h.raw, doc_year=doc_year, titled=titled
        )
        if parsed is None or vetoed(parsed.title):
            continue
        year = parsed.year
        if year is None and m and m.group(1):
            year = int(m.group(1))
        count = found[parsed.title][0] + 1 if parsed.title in found else 1
        if year is None and parsed.title in found:
            year = found[parsed.title][2]
        found[parsed.title] = (count, raw, year)
        found[parsed.title] = found.pop(parsed.title)  # latest last: ties go to the latest
    if not found:
        return _ceremony_series(context)
    best = max(reversed(list(found)), key=lambda k: found[k][0])
    return found[best][1], found[best][2]


# 表彰大会还对天津市“五一”劳动奖章获得者进行了表彰，我校刘某…获此殊荣: a conferral written in the
# trigger's own sentence, just before it
OWN_CONFERRAL_RE = re.compile(
    r"""
    (?:表彰|授予|命名|评选出|评出|评为|荣获|获得|获评|当选|揭晓)  # the conferral of the sentence
    | 获得者|获奖者  # 对…获得者进行了表彰
    """,
    re.VERBOSE,
)


def _own_sentence_honour(sentence: str, doc_year: int | None) -> tuple[str, int | None] | None:
    """The honour a 获此殊荣 means when its own sentence confers one before it: that one, not the
    series the earlier text repeats most (a meeting's report names several honours, each sentence
    its own holders); None when the sentence names none or names it without a conferral."""
    if not OWN_CONFERRAL_RE.search(sentence):
        return None
    from loaders.extract.mentions import honour_spans

    if not honour_spans(sentence):
        return None
    commended = COMMENDED_HOLDERS_RE.search(sentence)
    if commended:
        parsed = parse_honour(commended["honour"], doc_year=doc_year)
        if parsed is not None and not vetoed(parsed.title):
            return commended["honour"], parsed.year
    return _last_honour(sentence, doc_year)


# 对天津市“五一”劳动奖章获得者进行了表彰: the holders a meeting commends, named whole by their honour
# (a quote inside the name, so the quoted words alone are no honour)
COMMENDED_HOLDERS_RE = re.compile(
    r"""
    对(?P<honour>[^，,。；;！？对]{2,30}?)(?:获得者|获奖者|获奖人员)  # 对 天津市“五一”劳动奖章 获得者
    (?:进行了?|予以)?表彰
    """,
    re.VERBOSE,
)


# 对58名“湖南好医生”进行了表彰 / 荣获“湖南好医生”称号: a quoted name counted in people or followed by
# 称号 is a title even without an honour word, so a later 获此殊荣 can point back to it
COUNTED_BEFORE_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百千两]+)\s*(?:名|位|人)\s*$")
TITLE_AFTER_RE = re.compile(r"(?:荣誉)?称号")


def _marked_title(context: str, start: int, end: int) -> bool:
    """Whether the quoted honour phrase at ``start``–``end`` (quotes included or not) is marked as a
    title: a head count of people right before its opening quote, or 称号 right after its closing one."""
    lo = start - 1 if start > 0 and context[start - 1] in "“「『" else start
    hi = end + 1 if end < len(context) and context[end] in "”」』" else end
    return bool(COUNTED_BEFORE_RE.search(context[max(0, lo - 8) : lo]) or TITLE_AFTER_RE.match(context, hi))


# 中国传统工艺大师颁奖典礼…举行，…等7人获得这一称号: a ceremony named by its series, which opens
# its clause; a pair (劳动模范和先进工作者表彰大会) or a festival (庆祝“五一”…暨表彰大会) names no one series
CEREMONY_SERIES_RE = re.compile(
    r"""
    (?:^|(?<=[，,。；;！？\s—]))  # the series opens its clause
    (?P<raw>[^，,。；;！？\s—“”「」『』、和及与暨]{4,24}?)  # 中国传统工艺大师
    (?:颁奖典礼|颁奖大会|颁奖晚会|颁奖仪式|表彰大会|命名大会)
    """,
    re.VERBOSE,
)

# 第六届中国医师奖今天(11月13日)在北京人民大会堂颁奖 / 2020年度X奖揭晓: an award that opens its clause,
# then a time or a place and the event of its conferral, names the series a later 获此殊荣 means
AWARD_EVENT_RE = re.compile(
    r"""
    (?:^|(?<=[，,。；;！？\s—]))  # the award opens its clause
    (?P<raw>[^，,。；;！？\s—“”「」『』、和及与暨]{3,24}?奖章?)  # 第六届中国医师协会中国医师奖
    (?=[^，,。；;！？“”]{0,24}?(?:颁奖|揭晓|颁发))  # 今天(11月13日)在北京人民大会堂 颁奖
    """,
    re.VERBOSE,
)


def _ceremony_series(context: str) -> tuple[str, int | None] | None:
    """The series a ceremony is named by (中国传统工艺大师颁奖典礼), the last one in ``context``, for a
    这一称号 that no honour phrase before it explains; None when no ceremony names a series."""
    matches = [*CEREMONY_SERIES_RE.finditer(context), *AWARD_EVENT_RE.finditer(context)]
    for m in sorted(matches, key=lambda m: m.start(), reverse=True):
        raw = m["raw"]
        if "庆祝" in raw or phrase_kind(raw) not in (None, "honour"):
            continue
        parsed = parse_honour(raw, titled=True)
        if parsed is None or vetoed(parsed.title):
            continue
        return raw, parsed.year
    return None


def _persons_after(text: str, persons: Sequence[Span], start: int, stop: int) -> list[Span]:
    """Persons of a list between ``start`` and ``stop`` (entries of unit+post+name, 、/，/；-separated);
    not a name written as its family (柳某夫妇: the household holds the list's honour, not the named one)."""
    return [
        p
        for p in persons
        if start <= p.start
        and p.end <= stop
        and _quote_depth(text, p.start) == 0
        and not KIN_AFTER_NAME_RE.match(text, p.end)
    ]


# 柳某夫妇 / 王某一家 in a list: a family named by one member
KIN_AFTER_NAME_RE = re.compile(r"夫妇|夫妻|一家|母女|母子|父女|父子|婆媳|兄弟|姐妹")


APPOSITION_GLUE_RE = re.compile(
    r"""
    (?:[（(]\s*(?P<y>(?:19|20)\d\d)\s*年?度?\s*[）)])?  # 全国劳动模范（2020年）
    (?:(?:称号获得者|获得者)、[^，,。；;！？：:“”「」\s]{0,40}  # 获得者、某公司某部某站快递员: a full descriptor
    | (?:称号获得者|获得者)?
    、?[^，,。；;！？：:“”「」\s]{0,16})  # 、徐矿总医院主任医师 / 数控车工
    """,
    re.VERBOSE,
)


# the 者 of 获得者/获奖者: a trigger's word read as a noun
HOLDER_NOUN_RE = re.compile(r"者")


def _apposition_relations(text: str, persons: Sequence[Span], doc_year: int | None) -> list[HonourRelation]:
    """全国劳动模范（2020年）韦东海，现任… / …的全国劳动模范、主任医师荣良群和维护员马奔: an honour named
    right before a person (with a bracketed year, a post or a unit between) is theirs, unless a
    trigger governs the phrase (荣获…) — the frames read that."""
    from loaders.extract.mentions import honour_spans

    table = trigger_table()
    out: list[HonourRelation] = []
    for h in honour_spans(text):
        if _quote_depth(text, h.start) != 0:
            continue
        # (the person right after the honour first: most honours have none, and need no clause read)
        glue = APPOSITION_GLUE_RE.match(text, h.end)
        stop = glue.end() if glue else h.end
        first = next((p for p in persons if h.end <= p.start <= stop and _quote_depth(text, p.start) == 0), None)
        gap = text[h.end : first.start].lstrip("、") if first else ""
        if first is None or not re.fullmatch(r"(?:[（(][^（）()]*[）)])?[^，,。；;！？：:“”「」\s]*", gap):
            continue
        lo, _ = _clause_bounds(text, h.start, h.end)
        # (获得者 names holders: X获得者代表甲、乙和Y代表丙 governs nothing after it)
        governing = [m for m in table.trigger_re.finditer(text, lo, h.start) if not HOLDER_NOUN_RE.match(text, m.end())]
        if governing or re.search(r"为[^，,。；;]*$", text[lo : h.start]):
            continue  # 荣获全国劳动模范… (a frame) / 为…“焦作工匠”授牌 (an official)
        if COLLECTIVE_RE.match(text, first.end):
            continue
        names = _subjects_after_de(text, persons, first.start)
        raw = text[h.start : h.end]
        raw = re.sub(r"^[“「『]|[”」』]$", "", raw)
        parsed = parse_honour(raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title) or phrase_kind(raw) not in (None, "honour"):
            continue
        year = int(glue.group("y")) if glue and glue.group("y") else parsed.year
        out.append(HonourRelation.of(parsed, names or (first.name,), (h.start, h.end), "apposition", year=year))
    return out


# 荣获某公司颁发的“金手柄”奖 / 获得省总工会授予的…: the body's conferral verb before 的
# words before 授予 that name no body: a decision's title (关于授予…), a purpose or a ground (为了, 根据)
NO_AGENT_WORD_RE = re.compile(r"关于|对于|为了|根据|按照|依据|号召|通知")
GIVEN_BY_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:颁发|颁授|授予|命名|评选|评定|表彰)$")
# 李某是全国劳动模范、全国五一劳动奖章获得者 / 张某也是首届某某工匠之一: a person said to be a holder
COPULA_RE = re.compile(r"(?:同志)?(?:也|还|更|就|又|则)?是(?:一名|一位)?(?=[^，,。；;！？]{4})")
COPULA_TAIL_RE = re.compile(r"(?:荣誉)?(?:称号)?(?:的?(?:获得者|获奖者))?(?:之一)?$")
# 张某、王某和郝某，都是全国劳动模范: a run of names said together to be holders (都/均 before 是)
PLURAL_COPULA_RE = re.compile(
    r"\s*[，,]?\s*(?:他们|她们|二人|两人|三人)?(?:也|还|就|又|同样)?(?:都|均|全)(?:是|为)(?:一名|一位)?(?=[^，,。；;！？]{4})"
)
RUN_JOINT_RE = re.compile(r"\s*[、，,和及与]\s*")


def _run_joint(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two names of one run: a mark or a conjunction, or the next
    entry's unit and post after one (工程师吴某，拖拉机厂的车工林某和高压开关厂的青年车工吴某)."""
    return any(
        rx.fullmatch(text, start, end) for rx in (RUN_JOINT_RE, JOINER_RE, LIST_ENTRY_RE, COORD_ENTRY_RE, COORD_DE_RE)
    )


# …和高压开关厂的青年车工吴某: a conjunction, the next entry's unit, 的 and its post
COORD_DE_RE = re.compile(
    r"\s*(?:和|与|及|以及)\s*[^，,。；;！？“”「」:：、的]{1,30}?(?:公司|集团|厂|矿|院|局|所|站|段|队|中心|学校|医院|车间)"
    r"的[^，,。；;！？“”「」:：、的]{1,10}(?<![是在说为了把被将对向从])"
)


def _copula_relations(text: str, persons: Sequence[Span], doc_year: int | None) -> list[HonourRelation]:
    """李某是全国劳动模范、全国五一劳动奖章获得者 / 张某也是首届某某工匠之一: every item of the clause after
    a person's 是 that is an honour title whole (with an optional 获得者/之一) is theirs; a clause
    holding anything else (是全国劳动模范评选的组织者) gives nothing."""
    out: list[HonourRelation] = []
    suffix = trigger_table().suffix_re
    # 她是新中国第一批全国劳动模范: a pronoun opening the clause is the person the article is about
    pronouns = list(PRONOUN_SUBJECT_RE.finditer(text))
    subjects: list[tuple[Span | _Pronoun, tuple[str, ...]]] = [(p, (p.name,)) for p in persons]
    subjects += [(_Pronoun(m.start(), m.end()), ()) for m in pronouns]
    for p, names in subjects:
        m = COPULA_RE.match(text, p.end)
        plural = PLURAL_COPULA_RE.match(text, p.end) if m is None and not isinstance(p, _Pronoun) else None
        if plural and not isinstance(p, _Pronoun):
            # the run's names back from the last one, joined by 、/，/和 (张某、王某和郝某，都是…)
            k = persons.index(p)
            run: list[Span] = [p]
            while k > 0 and _run_joint(text, persons[k - 1].end, run[0].start):
                k -= 1
                run.insert(0, persons[k])
            m, names = plural, tuple(x.name for x in run)
        if not m or _quote_depth(text, p.start) != 0:
            continue
        _, hi = _clause_bounds(text, m.end(), m.end() + 1)
        items = re.split(r"[、和及]", text[m.end() : hi])
        found: list[tuple[ParsedHonour, int, int]] = []
        pos = m.end()
        for item in items:
            raw = COPULA_TAIL_RE.sub("", item)
            raw = re.sub(r"^[“「『]|[”」』]$", "", raw.replace("”", "").replace("“", ""))
            raw = re.sub(r"(?<=[市省县区])(?:著名|有名|知名)的", "", raw)  # 沈阳市著名的工业劳动模范
            parsed = parse_honour(raw, doc_year=doc_year) if raw and suffix.fullmatch(raw) else None
            if parsed is None or vetoed(parsed.title) or phrase_kind(raw) not in (None, "honour"):
                break  # 是全国劳动模范评选的组织者: one item that is no honour voids the clause
            found.append((parsed, pos, pos + len(item)))
            pos += len(item) + 1
        else:
            # 马某是全国五一劳动奖章的获得者，全国煤炭工业劳动模范，辽宁省劳动模范: the comma-clauses right
            # after, while each is an honour title whole, go on the list
            while found and text[hi : hi + 1] in ("，", ","):
                nxt = re.match(r"[^，,。；;！？：:]+", text[hi + 1 :])
                raw = COPULA_TAIL_RE.sub("", nxt.group()) if nxt else ""
                parsed = parse_honour(raw, doc_year=doc_year) if raw and suffix.fullmatch(raw) else None
                if nxt is None or parsed is None or vetoed(parsed.title) or phrase_kind(raw) not in (None, "honour"):
                    break
                found.append((parsed, hi + 1, hi + 1 + len(nxt.group())))
                hi += 1 + len(nxt.group())
            out.extend(HonourRelation.of(h, names, (lo, end), "apposition") for h, lo, end in found)
    return out


# 刘某、李某、罗某三位全国劳动模范的事迹: a run of names closed by its head count and an honour
COUNTED_APPOSITION_RE = re.compile(
    r"(?P<n>\d+|[一二三四五六七八九十两]+)\s*(?:位|名)(?P<h>[^，,。；;！？：:“”「」\s的]{4,30}?)"
    r"(?=的|[，,。；;！？]|$|在|来|到|参加|出席|受到|走进|代表|发言|讲述|分享|也|都|同时|一起|共同)"
)
_COUNTS = {c: n for n, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _counted_appositions(text: str, persons: Sequence[Span], doc_year: int | None) -> list[HonourRelation]:
    """刘某、李某、罗某三位全国劳动模范的事迹: a run of two or more names joined by 、/和 whose head count
    (written right after it) is the number of names it writes, then an honour title whole: each
    name holds it."""
    out: list[HonourRelation] = []
    suffix = trigger_table().suffix_re
    for k, p in enumerate(persons):
        m = COUNTED_APPOSITION_RE.match(text, p.end)
        if m is None or _quote_depth(text, p.start) != 0:
            continue
        n = int(m["n"]) if m["n"].isdigit() else _COUNTS.get(m["n"]) if len(m["n"]) == 1 else None
        run = [p]
        while k > 0 and _run_joint(text, persons[k - 1].end, run[0].start):
            k -= 1
            run.insert(0, persons[k])
        if n is None or n != len(run) or n < 2:
            continue
        pos = m.start("h")
        found: list[tuple[ParsedHonour, int, int]] = []
        for item in re.split(r"[、和及]", m["h"]):
            raw = COPULA_TAIL_RE.sub("", item)
            parsed = parse_honour(raw, doc_year=doc_year) if raw and suffix.fullmatch(raw) else None
            if parsed is None or vetoed(parsed.title) or phrase_kind(raw) not in (None, "honour"):
                found = []
                break  # 三位劳模代表: one item that is no honour voids the clause
            found.append((parsed, pos, pos + len(item)))
            pos += len(item) + 1
        names = tuple(x.name for x in run)
        out.extend(HonourRelation.of(h, names, (lo, end), "apposition") for h, lo, end in found)
    return out


# 她是… / ，他也是…: a third-person pronoun opening a clause, before its copula
PRONOUN_SUBJECT_RE = re.compile(r"(?:^|(?<=[，,。；;！？]))\s*(?:他|她)(?=(?:同志)?(?:也|还|更|就|又|则)?是)")


@dataclass(frozen=True)
class _Pronoun:
    """Where a pronoun subject stands in the sentence (a person span without a name)."""

    start: int
    end: int


# 刘某作为全国五一劳动奖章获得者代表发言 / 作为全国劳动模范，刘某…: a person speaking as a holder holds it
AS_HOLDER_RE = re.compile(
    r"作为(?:一名|一位)?(?P<h>[^，,。；;！？：:“”「」\s]{4,30}?)(?:称号)?(?:获得者|获奖者)?(?:代表)?(?=[，,]|[在参出发上作进])"
)


def _as_holder_relations(text: str, persons: Sequence[Span], doc_year: int | None) -> list[HonourRelation]:
    """刘某作为全国五一劳动奖章获得者代表在大会上发言 / 作为全国劳动模范，刘某…: the person the clause has speak
    as a holder of an honour (or as the holders' representative) holds it."""
    out: list[HonourRelation] = []
    for m in AS_HOLDER_RE.finditer(text):
        if _quote_depth(text, m.start()) != 0:
            continue
        raw = re.sub(r"^[“「『]|[”」』]$", "", m["h"])
        parsed = parse_honour(raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title) or phrase_kind(raw) not in (None, "honour"):
            continue
        if not trigger_table().suffix_re.fullmatch(raw):
            continue
        lo, _ = _clause_bounds(text, m.start(), m.end())
        before = [p for p in persons if lo <= p.start and p.end <= m.start() and _quote_depth(text, p.start) == 0]
        after = re.match(r"[，,]\s*", text[m.end() :])
        first = next((p for p in persons if p.start == m.end() + after.end()), None) if after and not before else None
        who = before[-1:] or ([first] if first else [])
        if who and re.fullmatch(r"[^，,。；;！？]{0,4}", text[who[0].end : m.start()] if before else ""):
            out.append(HonourRelation.of(parsed, (who[0].name,), (m.start("h"), m.end("h")), "as-holder"))
    return out


@lru_cache(maxsize=4)
def _heading_re(headings: tuple[str, ...]) -> re.Pattern[str]:
    """A heading of honours (主要荣誉：, 主要成就：) after a sentence's end or a space, built once a table."""
    return re.compile(r"(?:^|[。；;\n\s])(?:" + _alternation(headings) + r"|主要成就)[：:]")


def _heading_relations(text: str, doc_year: int | None) -> list[HonourRelation]:
    """主要荣誉：全国劳动模范（2020年）、全国技术能手（2014年）: the honours of a heading line belong to
    the document's subject (``persons`` empty); a bracketed year dates its item."""
    m = _heading_re(trigger_table().honour_headings).search(text)
    if m is None:
        return []
    out: list[HonourRelation] = []
    body = text[m.end() :]
    pos = m.end()
    for item in re.split(r"([、，,；;。])", body):
        if item in ("、", "，", ",", "；", ";", "。") or not item.strip():
            pos += len(item)
            continue
        y = re.search(r"[（(]\s*((?:19|20)\d\d)\s*年?度?\s*[）)]", item)
        raw = re.sub(r"[（(][^（）()]*[）)]", "", item).strip()
        pos_item = pos
        pos += len(item)
        if re.search(r"所在|班组|团队|车间|工作室", raw) or phrase_kind(raw) not in (None, "honour"):
            continue  # 所在班组获全国工人先锋号: a collective's honour
        parsed = parse_honour(raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title):
            continue
        out.append(
            HonourRelation.of(
                parsed, (), (pos_item, pos_item + len(item)), "heading", year=int(y.group(1)) if y else parsed.year
            )
        )
    return out


LIST_MARK_RE = re.compile(
    r"""
    (?:他们|她们)?(?:分别是|分别为|依次是|依次为)[：:]?  # …，他们分别是A，B
    | (?:他们是|她们是)[：:]?
    | [：:]  # any colon: the head before it decides (…的有： / 我市有三人： / “X”：)
    """,
    re.VERBOSE,
)


# 这些光荣当选最美乡村医生的人分别是 / 被评为十佳青年的同志有：a list head that names its honour unquoted as
# the object of an election verb, closed by 的 and the people it heads (re.VERBOSE)
UNQUOTED_HEAD_RE = re.compile(
    r"""(?:当选|当选为|被评为|评为|获评|荣获|获得)
        (?P<y>(?:19|20)\d\d\s*年度?)?
        (?P<h>[^，,、。；;：:“”「」的]{3,20}?)
        (?:荣誉)?(?:称号)?的(?:人|同志|个人|人员|人士)\s*$""",
    re.VERBOSE,
)


def _unquoted_head_honour(head: str) -> tuple[str, int | None] | None:
    """The unquoted honour a list head elects its people to (当选最美乡村医生的人), when it parses."""
    m = UNQUOTED_HEAD_RE.search(head)
    if m is None:
        return None
    year = int(m.group("y")[:4]) if m.group("y") else None
    return ((m.group("y") or "") + m.group("h"), year)


def _list_relations(text: str, persons: Sequence[Span], doc_year: int | None) -> list[HonourRelation]:
    """A list under an honour: 2023年10位“大国工匠年度人物”分别是：A，B，C。 / 获得2024年“三晋工匠”称号的有：… /
    7名同志获得“全国劳动模范”荣誉称号，他们分别是A，B﹔3名同志获得…，他们分别是C。  Each person
    listed (up to the next list or a semicolon) gets the honour of the head."""
    marks = []
    for m in LIST_MARK_RE.finditer(text):
        if _quote_depth(text, m.start()) != 0:
            continue
        head_lo = max(text.rfind(c, 0, m.start()) for c in "。！？\n；;﹔") + 1
        head = text[head_lo : m.end()]
        if m.group().startswith(("：", ":")) and not LIST_HEAD_RE.search(head):
            continue
        if _negated_sentence(head):
            continue
        marks.append((head_lo, m))
    out: list[HonourRelation] = []
    for k, (head_lo, m) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        semi = re.search(r"[；;﹔。]", text[m.end() : stop])
        if semi and not re.match(r"\s*\d+[.、．]", text[m.end() + semi.end() :]):
            stop = m.end() + semi.start()  # the list ends at a semicolon unless numbered items go on
        listed = _persons_after(text, persons, m.end(), stop)
        if not listed:
            continue
        head = text[head_lo : m.start()]
        found = _last_honour(head, doc_year) or _unquoted_head_honour(head)
        if found is None:
            continue
        raw, year = found
        parsed = parse_honour(raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title):
            continue
        if year is None:
            year = _context_year(head)
        own = _own_years(text, listed, m.end())
        if own:  # 前三位分别是1959年陈某、1989年俞某: each person's year written before the name
            out += [HonourRelation.of(parsed, (p.name,), (head_lo, m.start()), "list", year=y) for p, y in own]
            continue
        out.append(
            HonourRelation.of(
                parsed, tuple(dict.fromkeys(p.name for p in listed)), (head_lo, m.start()), "list", year=year
            )
        )
    return out


ITEM_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年度?\s*$")


def _own_years(text: str, listed: Sequence[Span], lo: int) -> list[tuple[Span, int]] | None:
    """分别是1959年陈某、1989年俞某、2005年蒋某: each listed person with the year written just before
    the name in its own item, or None unless every one of at least two has one."""
    out = []
    for p in listed:
        item_lo = max([lo, *(text.rfind(c, lo, p.start) + 1 for c in "、，,；;")])
        m = ITEM_YEAR_RE.search(text, item_lo, p.start)
        if not m:
            return None
        out.append((p, int(m.group(1))))
    return out if len(out) >= 2 else None


# a list published for public comment (第七届道德模范名单进行公示，…等60人入选 / …等10位候选人进入为期三天的
# 公示阶段): the people named are candidates; either script, as the fallback reads the text as written
PUBLIC_NOTICE_RE = re.compile(
    r"""名[单單](?:正在|開始|开始)?(?:[进進]行)?公示(?!无异议|無異議|期满|期滿|结束|結束|后|後)
    | [进進]入[^，,。；;]{0,12}?公示(?:[阶階][段]|期)""",
    re.VERBOSE,
)
NEGATIVE_SENTENCE_RE = re.compile(
    r"公示稿|予以公示|拟推荐|拟授予|拟表彰|拟命名|推荐人选|" + PUBLIC_NOTICE_RE.pattern, re.VERBOSE
)
# 参评…落选 / 被确定为…候选人 / 对符合相应条件的…授予 (a conditional grant names no one)
NEGATIVE_CLAUSE_RE = re.compile(r"落选|申报|参评|候选|提名(?!人选|奖|人物)|符合[^，,。；;]{0,8}条件")


# remembered: a sentence is asked about again by each finder and frame (the seed page: 380 asks, 95 sentences)
@lru_cache(maxsize=1024)
def _negated_sentence(text: str) -> bool:
    return bool(NEGATIVE_SENTENCE_RE.search(text))


def vetoed(title: str) -> bool:
    """A title that names no person's honour: a candidacy, a collective, a project, a grade word.

    >>> vetoed("全国劳动模范候选人"), vetoed("优秀"), vetoed("焦作工匠")
    (True, True, False)
    """
    return (
        title in GENERIC_TITLES
        or bool(VETO_TITLE_RE.search(title))
        or bool(CLAUSE_TITLE_RE.search(title))
        or bool(MERIT_CLAUSE_TITLE_RE.search(title))
    )


LIST_OPENER_RE = re.compile(r"分别|依次|包括|是")


def _subjects_after_de(text: str, persons: Sequence[Span], at: int) -> tuple[str, ...]:
    """荣获“…”称号的采煤队长向前进 / …的太钢炉前工李虎和潞安化工采煤工郝强: the names a relative
    clause ending at ``at`` (just after 的) describes: the first within a short post glue, plus its
    coordination."""
    after = [p for p in persons if p.start >= at and _quote_depth(text, p.start) == 0]
    # the glue is the holder's unit and post (…的泉州市南音传承中心演员庄某: 11 characters), no list
    # opener (…称号的民警分别是A，以及B: a list, read as one)
    glue = text[at : after[0].start] if after else ""
    if not after or not re.fullmatch(r"[^，,。；;！？：:“”\s]{0,20}", glue):
        return ()
    if len(glue) > 10 and LIST_OPENER_RE.search(glue):
        return ()
    group = [after[0]]
    suffix_re = trigger_table().suffix_word_re
    for p in after[1:]:
        gap = text[group[-1].end : p.start]
        if not re.fullmatch(r"\s*(?:、|和|与|及)[^，,。；;！？“”\s]{0,16}", gap):
            break
        if suffix_re.search(gap):
            break  # …劳动模范甲、乙、河南省劳动模范丙: another honour opens a run of its own
        if trigger_table().trigger_re.search(gap):
            break  # 获得X称号的甲和获得Y称号的乙: 乙 heads a relative clause of its own
        group.append(p)
    return tuple(dict.fromkeys(p.name for p in group))


def honour_relations(
    text: str,
    persons: Sequence[Span],
    *,
    doc_year: int | None = None,
    before: str = "",
) -> list[HonourRelation]:
    """Person–honour links of one sentence ``text`` given its person mentions (offsets into ``text``).

    ``before`` is the article text before the sentence: it dates 同年/次年, names the honour of
    获此殊荣 and the city a bare 市总工会 belongs to.

    >>> from loaders.extract.mentions import PersonSpan
    >>> s = "2022年，韩冰被评为第二届“洛阳工匠”。"
    >>> r = honour_relations(s, [PersonSpan("韩冰", 6, 8)])
    >>> [(x.persons, x.title, x.year, x.edition) for x in r]
    [(('韩冰',), '洛阳工匠', 2022, '第二届')]
    """
    table = trigger_table()
    out: list[HonourRelation] = []
    seen: set[tuple[tuple[str, ...], str]] = set()
    if _negated_sentence(text):
        return out
    for rel in _heading_relations(text, doc_year):
        seen.add((rel.persons, rel.title))
        out.append(rel)
    for rel in _list_relations(text, persons, doc_year):
        seen.add((rel.persons, rel.title))
        out.append(rel)
    pos = 0
    while True:
        m = table.trigger_re.search(text, pos)
        if m is None:
            break
        pos = m.end()
        if _quote_depth(text, m.start()) != 0:
            continue
        trig_start = m.start()
        clause_lo, _ = _clause_bounds(text, trig_start, m.end())
        if _negated(text, clause_lo, trig_start) or text.startswith("的", m.end()):
            continue  # 有望获得 / 宋二兵斩获的第三个一等奖 (a relative clause, not a frame)
        if re.match(r"(?:了)?(?:一名|一位|一个|一批|一种)", text[m.end() :]):
            continue  # 立志成为一名大国工匠: a description, not a conferral
        conferrers: tuple[str, ...] = ()
        obj_start = m.end()
        subjects: tuple[str, ...] = ()
        context = before + text[:trig_start]
        if m.group("passive"):
            body = m.group("body").strip()
            if re.search(r"[\u4e00-\u9fff]", body) and not any(body == p.name for p in persons):
                conferrers = split_bodies(body, context)
        elif m.group("grant"):
            # BODY 授予 PERSON(S) HONOUR: the persons follow the verb
            after = [p for p in persons if p.start >= m.end() and _quote_depth(text, p.start) == 0]
            run: list[Span] = []
            cursor = m.end()
            # a post glued before the name (授予郑州地铁列车司机马骏…); a whole unit+post when a head
            # count follows the name (授予中国铁路哈尔滨局…车站值班员姚海清等720名先进个人…)
            counted = bool(after) and bool(COUNT_TAIL_RE.match(text, after[0].end))
            glue = (
                re.match(
                    r"[^，,。；;“”「」\s]{0,"
                    + str(48 if counted else 24)
                    + "}?(?="
                    + "|".join(re.escape(p.name) for p in after[:1])
                    + ")",
                    text[cursor:],
                )
                if after
                else None
            )
            if glue and after and after[0].start == cursor + glue.end():
                cursor = after[0].start  # 授予郑州地铁列车司机马骏…: a post glued before the name
            elif after and praise_end(text, cursor, after[0].start) is not None:
                cursor = after[0].start  # 授予在…中作出突出贡献的甲、乙: the praise clause is no unit
            for p in after:
                gap = text[cursor : p.start]
                if (
                    p.start == cursor
                    or JOINER_RE.fullmatch(gap)
                    or LIST_ENTRY_RE.fullmatch(gap)
                    or GRANT_COORD_RE.fullmatch(gap)
                ):
                    run.append(p)
                    cursor = p.end
                else:
                    break
            pronoun = re.match(r"(?:了)?[他她]", text[m.end() :])
            trig_body = text[clause_lo:trig_start].strip()
            # 全国妇联决定，授予王志勤…，授予张晓欢…: the body that decided, in an earlier clause
            decided = DECIDED_BODY_RE.search(text[:clause_lo]) if not trig_body and clause_lo > 0 else None
            if decided:
                trig_body = decided.group(1)
            if DECIDE_ONLY_RE.fullmatch(trig_body) and clause_lo > 0:
                # 经县政府研究，决定授予…: the body that studied the matter decides
                studied = STUDIED_BODY_RE.search(text[:clause_lo])
                trig_body = studied["body"] if studied else trig_body
            if not trig_body and clause_lo > 0:
                # 四川省总工会在成都召开大会，授予吕志刚…: the body opens the sentence
                first = re.match(r"[^，,。；;]{2,40}?(?=在|召开|举行|于|，|,)", text)
                trig_body = first.group() if first else ""
            if not trig_body and m.group("grant") == "授予" and text.lstrip().startswith("授予"):
                trig_body = meeting_owner(before)  # 某总工会庆祝…大会在京召开。授予…: who held it
            if run or pronoun:
                subjects = tuple(dict.fromkeys(p.name for p in run))
                obj_start = run[-1].end if run else m.end() + pronoun.end()  # type: ignore[union-attr]
                count = COUNT_TAIL_RE.match(text, obj_start) if run else None
                if count:
                    obj_start = count.end()  # 授予王志勤等10人全国三八红旗手标兵称号: the head count is no honour
                copula = GRANT_COPULA_RE.match(text, obj_start) if run else None
                if copula:
                    obj_start = copula.end()  # 授予罗某等8名同志为优秀团干: 为 names what they are made
                if 2 <= len(trig_body) <= 40 and not re.search(r"[他她]", trig_body):
                    conferrers = split_bodies(trig_body, context)
                    bare = BODY_NOISE_RE.sub("", TIME_LEAD_RE.sub("", trig_body)).strip()
                    if (
                        not conferrers
                        and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", bare)
                        and not re.search(r"[的了在是]", bare)
                        and not _own_place(bare)
                        and not bare.startswith("我")  # 我省对…予以表彰: the writer's own place, no brand
                        and not NO_AGENT_WORD_RE.search(bare)  # 关于授予…的决定: a title's words, no body
                    ):
                        conferrers = (bare,)  # 2018年，中国一汽授予…: a brand the dictionary does not know
            elif m.group("grant") == "授予" and not text[clause_lo:trig_start].strip():
                if _repeated_grant(text, clause_lo):
                    continue  # 授予赵某…称号，授予某社区“…集体”称号: the agent's next grant goes to a unit
                pass  # a zero-subject 授予 is a plain receive: （他）被…授予
            elif by := BY_BODY_RE.fullmatch(text, clause_lo, trig_start):
                conferrers = split_bodies(by["body"], context)  # …，并由省委、省政府分别授予: a passive
            else:
                continue
        elif m.group("present"):
            # BODY 为 PERSON(S)[同志] 颁发 HONOUR: the persons stand between 为 and the verb
            shape = PRESENT_TO_RE.fullmatch(text, clause_lo, trig_start)
            inner = (
                [p for p in persons if shape.start("inner") <= p.start and p.end <= shape.end("inner")] if shape else []
            )
            if (
                not shape
                or not inner
                or not PRESENT_INNER_RE.fullmatch(shape["inner"][inner[-1].end - shape.start("inner") :])
            ):
                continue
            subjects = tuple(dict.fromkeys(p.name for p in inner))
            obj_start = m.end() + (1 if text.startswith("了", m.end()) else 0)
            body = re.sub(r"^[^，,]*?代表(?=[^，,]{2})", "", shape["body"].strip())  # 张某代表省总工会为…: the body
            if 2 <= len(body) <= 40 and not re.search(r"[他她]", body):
                conferrers = split_bodies(body, before + text[:trig_start])
        elif m.group("receive") in ("评为", "评选为", "命名为", "表彰为"):
            # BODY 把/将 PERSON 评为 HONOUR
            ba = re.search(
                r"(?P<body>[^，,。；;]{2,40}?)(?:把|将)(?P<glue>[^，,。；;]{0,14})$", text[clause_lo:trig_start]
            )
            if ba:
                near = [p for p in persons if clause_lo + ba.start("glue") <= p.start and p.end <= trig_start]
                if near:
                    subjects = (near[-1].name,)
                    conferrers = split_bodies(ba.group("body"), context)
        obj_end = _object_end(text, obj_start)
        if conferrers:
            # 被A评为X、B评为Y、Z: A's object ends where another body's verb begins
            other = NEXT_AGENT_RE.search(text, obj_start, obj_end)
            if other and _quote_depth(text, other.start()) == 0:
                obj_end = other.start()
        obj = text[obj_start:obj_end]
        relative = False
        if not subjects:
            subjects = _subjects_before(text, persons, clause_lo, trig_start)
            # relative clause: 荣获“全国劳动模范”称号的高凤林
            de = _outside_quotes_de(obj)
            if de >= 0:
                rel_subjects = _subjects_after_de(text, persons, obj_start + de + 1)
                if rel_subjects:
                    subjects = rel_subjects
                    obj = obj[:de]
                    relative = True
        if not subjects and not m.group("grant") and not _zero_subject(text[clause_lo:trig_start]):
            continue  # 10位…一线技术工人获评…: the clause has a subject, and it is no one named
        de = _outside_quotes_de(obj)
        # 荣获地铁总公司颁发的“金手柄”奖: a body's conferral before 的 belongs to the honour phrase
        by_body = de > 0 and bool(GIVEN_BY_RE.search(obj[:de]))
        if de > 0 and not by_body and not trigger_table().suffix_re.fullmatch(obj[de + 1 :]):
            if not subjects and re.match(r"的(?:是|有)?[：:]", obj[de:] + text[obj_end : obj_end + 1]):
                continue  # 荣获…称号的是：— the list after the colon is read as a list
            obj = obj[:de]  # 获得全国五一劳动奖章的民进会员有：the honour ends at 的
        year = _year_of(text, clause_lo, trig_start, doc_year)
        rel_years = list(re.finditer(r"(同年|当年|次年|翌年|第二年)", text[:trig_start]))
        rel_year = rel_years[-1] if rel_years else None
        if rel_year and not re.search(r"(?:19|20)\d\d\s*年", text[rel_year.end() : trig_start]):
            base = _context_year(before + text[: rel_year.start()])
            if base is not None:
                year = base + (0 if rel_year.group(1) in ("同年", "当年") else 1)
        items = _honour_items(obj)
        obj_words = re.sub(r"[，,。；;！？\s]", "", obj)
        anaphora = ANAPHORA_RE.match(obj_words) or re.fullmatch(r"(?:这一|该|此)(?:称号|荣誉|殊荣)", obj_words)
        nomination = obj_words in ("提名人选", "提名")  # 同车间的汪海被评为提名人选
        if anaphora or nomination:
            # 获此殊荣 / 当选。/ 位列其中: the honour named last before the trigger
            found = _own_sentence_honour(text[:trig_start], doc_year) or _last_honour(
                before + text[:trig_start], doc_year
            )
            if found is None:
                continue
            raw_h, h_year = found
            items = [(raw_h + ("提名人选" if nomination else ""), 0, 0)]
            if year is None:
                year = h_year
        pairs = _respectively(text[clause_lo:trig_start], len(items))
        # 雷某和唐某…，并由省委、省政府分别授予“A”和“B”称号: the persons take the honours in order
        one_each = "分别" in text[clause_lo:trig_start] and len(subjects) == len(items) > 1 and not pairs
        holders = [(x,) for x in subjects] if one_each else [subjects] * len(items)
        if "分别" in text[clause_lo:trig_start] and not pairs and len(items) > 1:
            # 甲、乙等10人和丙、丁等10名同学分别被授予“A”和“B”: each counted group takes its honour
            groups = _subject_groups(text, persons, trig_start)
            if len(groups) == len(items) and any(len(g) > 1 for g in groups):
                holders = groups
        for k, (raw, lo, hi) in enumerate(items):
            raw_clean = re.sub(r"之列$", "", raw.strip())
            # 荣获“全国种粮大户”称号 / 被评为“三明市优秀人大代表”: a conferral verb and quotes or 称号 mark a
            # title, so a name without an honour word (or ending in a role) is one
            # (被某总队评为“X”: a passive frame's own verb decides, its body between 被 and the verb)
            titled = (m.group("pverb") or m.group()) in TITLE_TRIGGERS and (
                bool(re.search(r"[“「『]", raw_clean))
                or obj[hi : hi + 4].startswith(("称号", "荣誉称号"))
                or (bool(anaphora) and "称号" in obj_words)  # 获得这一称号: what it points back to is a title
            )
            # 获此殊荣 pointing back to a quoted title (对58名“湖南好医生”进行了表彰): _last_honour only
            # returns a quoted name without an honour word when the text marks it as a title
            titled = titled or (bool(anaphora) and bool(re.search(r"[“「『]", raw_clean)))
            if not raw_clean or (phrase_kind(raw_clean) not in (None, "honour") and not titled):
                continue
            parsed = parse_honour(raw_clean, doc_year=doc_year, titled=titled)
            if parsed is None or vetoed(parsed.title):
                continue
            key = (holders[k], parsed.title)
            if key in seen:
                continue
            seen.add(key)
            own_year = pairs[k] if pairs else year
            out.append(
                HonourRelation.of(
                    parsed,
                    holders[k],
                    (obj_start + lo, obj_start + hi),
                    m.group(),
                    year=parsed.year if parsed.year is not None else own_year,
                    conferred_by=conferrers,
                    paired=bool(pairs),
                    relative=relative,
                )
            )
    for rel in _owned_list_relations(text, persons, doc_year):
        if not any(r.title == rel.title for r in out):
            seen.add((rel.persons, rel.title))
            out.append(rel)
    for rel in (
        _apposition_relations(text, persons, doc_year)
        + _as_holder_relations(text, persons, doc_year)
        + _copula_relations(text, persons, doc_year)
        + _counted_appositions(text, persons, doc_year)
        + _presented_holders(text, persons, doc_year)
    ):
        if (rel.persons, rel.title) not in seen and not any(r.title == rel.title for r in out):
            seen.add((rel.persons, rel.title))
            out.append(rel)
    if not out and not persons:
        out.extend(_continued_list(text, before, doc_year))
    return out


# 向优秀党员荣誉的获得者缪某同志、李某同志颁发证书: a ceremony's recipients named as the honour's holders
PRESENTED_HOLDERS_RE = re.compile(
    r"""
    (?:向|为|给)  # the recipients of a ceremony's presentation
    (?P<h>[^，,。；;！？：:、“”「」\s向为给]{2,30}?)  # the honour (优秀党员)
    (?:荣誉|称号)*的?(?:荣誉)?(?:获得者|获奖者)  # …荣誉的获得者
    """,
    re.VERBOSE,
)
PRESENT_VERB_RE = re.compile(r"颁发|颁奖|授牌|颁授|佩戴|戴上|献花|发放")


def _presented_holders(text: str, persons: Sequence[Span], doc_year: int | None) -> list[HonourRelation]:
    """向优秀党员荣誉的获得者缪某同志、李某同志颁发证书: the names right after 获得者, a run of them, hold
    the honour named before it, when the clause goes on to present them something."""
    out: list[HonourRelation] = []
    for m in PRESENTED_HOLDERS_RE.finditer(text):
        if _quote_depth(text, m.start()) != 0:
            continue
        run: list[Span] = []
        cursor = m.end()
        for p in persons:
            if p.start < cursor:
                continue
            if p.start == cursor or (run and JOINER_RE.fullmatch(text, cursor, p.start)):
                run.append(p)
                cursor = p.end + (2 if text.startswith("同志", p.end) else 0)
            else:
                break
        _, hi = _clause_bounds(text, m.start(), cursor)
        if not run or not PRESENT_VERB_RE.search(text, cursor, hi):
            continue
        raw = m["h"]
        parsed = parse_honour(raw, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title) or phrase_kind(raw) != "honour":
            continue
        names = tuple(dict.fromkeys(p.name for p in run))
        out.append(HonourRelation.of(parsed, names, (m.start("h"), m.end("h")), "apposition", year=parsed.year))
    return out


# 收获了很多荣誉：A、B、C等 / 获得的荣誉包括A、B: the honours a person holds, listed after a word for them
OWNED_LIST_RE = re.compile(
    r"(?:获得|收获|荣获|取得|赢得)(?:了|过)?(?:很多|诸多|多项|许多|众多|一系列|不少)?的?(?:荣誉|荣誉称号|奖项|殊荣)"
    r"(?:[:：]|包括|主要有|有)[:：]?"
)
# 背后有着许多难得的殊荣——A、B，C / 他拥有多项荣誉：A、B: honours owned, listed after a dash or colon
HELD_LIST_RE = re.compile(
    r"(?:拥有|有着|有)(?:很多|诸多|多项|许多|众多|一系列|不少)(?:[\u4e00-\u9fff]{1,3}的)?(?:荣誉|荣誉称号|奖项|殊荣)"
    r"(?:[:：]|——|—)"
)


def _owned_list_relations(text: str, persons: Sequence[Span], doc_year: int | None) -> list[HonourRelation]:
    """吕义聪收获了很多荣誉：全国劳动模范、中国青年五四奖章、全国技术能手等 / …，获得的荣誉包括A、B: each
    listed honour (up to the sentence's end, 等… dropped) is the subject's; a list of two or more items."""
    out: list[HonourRelation] = []
    for m in [*OWNED_LIST_RE.finditer(text), *HELD_LIST_RE.finditer(text)]:
        if _quote_depth(text, m.start()) != 0:
            continue
        clause_lo, _ = _clause_bounds(text, m.start(), m.end())
        if _negated(text, clause_lo, m.start()):
            continue
        end = re.search(r"[。；;！？\n]|$", text[m.end() :])
        obj = text[m.end() : m.end() + (end.start() if end else 0)]
        obj = re.sub(r"等(?:多项|多个|一系列)?(?:荣誉|称号|奖项|殊荣)?(?:称号)?$", "", obj.rstrip().rstrip("…."))
        items = _honour_items(obj)
        if len(items) < 2:
            continue
        subjects = _subjects_before(text, persons, 0, m.start())
        for raw, lo, hi in items:
            parsed = parse_honour(raw.strip(), doc_year=doc_year)
            if parsed is None or vetoed(parsed.title):
                continue
            out.append(HonourRelation.of(parsed, subjects, (m.end() + lo, m.end() + hi), m.group()))
    return out


CONTINUED_RE = re.compile(r"(?:荣获|获得|获评|被评为|被授予|获)[^。！？]*[；;﹔]\s*$")


def _continued_list(text: str, before: str, doc_year: int | None) -> list[HonourRelation]:
    """先后荣获焦煤公司“首席员工”；河南能源“技术能手”；…；全国煤炭行业技术能手、全国煤炭行业技能大师等多项荣誉称号。
    A sentence that goes on a semicolon list of honours opened by a receive verb before it, and closes
    it (…等多项荣誉称号), names honours of that verb's subject (left to the caller, ``persons == ()``)."""
    tail = LIST_TAIL_RE.search(text)
    if tail is None or not CONTINUED_RE.search(before[-400:]) or trigger_table().trigger_re.search(text):
        return []
    out: list[HonourRelation] = []
    for raw, lo, hi in _honour_items(text[: tail.start()]):
        raw_clean = raw.strip().rstrip("”」』")
        parsed = parse_honour(raw_clean, doc_year=doc_year)
        if parsed is None or vetoed(parsed.title) or phrase_kind(raw_clean) not in (None, "honour"):
            continue
        out.append(HonourRelation.of(parsed, (), (lo, hi), "continued"))
    return out


ZERO_SUBJECT_RE = re.compile(
    r"""
    (?:(?:19|20)\d\d\s*年(?:度)?(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|前年|次年|同年|当年|翌年|第二年)?  # a date
    [，,\s]*
    (?:他|她|其|本人)?  # a pronoun standing for the document's subject
    (?:还|也|又|曾|曾经|先后|再次|相继|已|均|同时|分别|更|并|于|在|连续|多次|\d{4}年|年|度|被|当年|同年|次年|\s)*
    # 从小学徒(成长为…) / 由一名普通农民工逐步(成长为…): where the subject started, not a subject
    (?:(?:从|由)[^，,。；;！？“”「」他她]{1,16}?(?:逐步|逐渐|一步步|一步一步|最终)?)?
    # 在第十六届高技能人才表彰大会上(被授予…): the occasion, not a subject
    (?:在?[^，,。；;！？“”「」他她]{2,30}?(?:大会|会议|仪式|典礼|表彰会|颁奖会|活动|评选|大赛|竞赛)(?:上|中)[，,\s]*
      (?:他|她|其|本人)?(?:还|也|又|再次|同时|更|并|\s)*)?
    """,
    re.VERBOSE,
)


def _zero_subject(pre: str) -> bool:
    """Whether the words before a trigger leave its subject unsaid (2016年，被评为… / 他还荣获…)
    rather than naming one the name finder does not know (10位一线技术工人获评…)."""
    return ZERO_SUBJECT_RE.fullmatch(pre.strip()) is not None


def _respectively(before_trigger: str, n: int) -> list[int] | None:
    """分别于2016年和2019年被评为A和B: the years paired with the honours in order."""
    m = re.search(r"分别(?:于|在)?((?:(?:19|20)\d\d\s*年[、和及与，,]?\s*)+)", before_trigger)
    if not m:
        return None
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(1))]
    return years if len(years) == n and n > 1 else None


# a sentence telling that a body's own meeting was held (中华全国总工会庆祝“五一”国际劳动节大会在北京
# 人民大会堂隆重召开): its date lead, and what follows the body's name
MEETING_DATE_LEAD_RE = re.compile(r"\s*(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[，,]?)?")
MEETING_TAIL_RE = re.compile(
    r"""
    (?:庆祝|纪念)?[^。；;！？\n]{0,40}?(?:大会|表彰会|颁奖会|命名会)
    (?:在[^。；;！？，,\n]{2,30}?)?(?:隆重)?(?:召开|举行)[。！；;]?\s*$
    """,
    re.VERBOSE,
)


def meeting_owner(before: str) -> str:
    """The body whose meeting the sentence right before ``before``'s end says was held, else "".

    >>> meeting_owner("4月27日，中华全国总工会庆祝“五一”国际劳动节大会在北京人民大会堂隆重召开。")
    '中华全国总工会'
    >>> meeting_owner("西安市劳动模范和先进集体表彰大会在西安举行。")
    ''
    """
    pieces = [x for x in re.split(r"(?<=[。！？；;\n])", before.rstrip()) if x.strip()]
    while pieces and pieces[-1].lstrip().startswith("授予"):
        pieces.pop()  # 授予A…；授予B…: the grants run on from the one sentence that tells the meeting
    sentence = pieces[-1] if pieces else ""
    lead = MEETING_DATE_LEAD_RE.match(sentence)
    at = lead.end() if lead else 0
    for end in range(min(len(sentence), at + 30), at + 1, -1):  # the longest body name first
        name = sentence[at:end]
        if re.search(r"[，,。；;：:“”「」在\s]", name):
            continue
        if MEETING_TAIL_RE.match(sentence, end) and is_body(name):
            return name
    return ""


# a clause before 授予 that holds nothing but the decision (决定授予 / 研究决定，授予)
DECIDE_ONLY_RE = re.compile(r"(?:经?研究)?决定[，,]?")
# …the clause before it names who studied the matter (经县政府研究， / 经市总工会党组研究同意，)
STUDIED_BODY_RE = re.compile(
    r"(?:^|(?<=[，,。；;\s]))经(?P<body>[^，,。；;：:“”]{2,30}?)(?:党组|常务会议|常委会)?(?:研究|审定|审议)(?:同意|通过)?[，,]\s*$"
)
DECIDED_BODY_RE = re.compile(
    r"""
    ([^，,。；;：:《》]{2,40}?)
    # 团中央近日还作出决定 / 省人社厅、团省委、省青联作出表彰决定 / 人社部、全国总工会联合印发决定 /
    # 襄阳市委、市政府印发《关于表彰…的决定》: the words between the body and its decision
    (?:近日|日前|近期)?(?:还|又|也|再次)?(?:联合|共同)?(?:作出|做出|印发|下发|发出|出台)?了?
    (?:(?:表彰)?(?:经?研究)?决定|《关于[^《》]{2,80}?的决定》)
    [，,]?(?:授予|命名|追授)?[^。；;]*[，,]$
    """,
    re.VERBOSE,
)
# conferral verbs after which a quoted name or one followed by 称号 is a title (被誉为/成为 give nicknames)
TITLE_TRIGGERS = frozenset(
    {"荣获", "喜获", "获得", "获评", "获授", "获颁", "荣膺", "被评为", "评为", "评选为", "被评选为", "被授予", "授予"}
    | {"被命名为", "命名为", "被表彰为", "追授", "被追授"}
)
BY_BODY_RE = re.compile(r"\s*(?:并|还|又|同时|也|均)?\s*由(?P<body>[^，,。；;]{2,40}?)(?:分别|共同|联合)?\s*")
# 授予罗某等8名同志为优秀团干 / 授予罗某同志为…: the copula between the grantees and the honour
GRANT_COPULA_RE = re.compile(r"(?:同志)?为(?=[^了])")
COUNT_TAIL_RE = re.compile(
    r"""
    等[\d一二三四五六七八九十百千两]+(?:人|名|位)  # 等10人 / 等720名
    (?:先进个人|先进职工|优秀职工|优秀女性|同志|职工|个人|[\u4e00-\u9fff]{1,6}?(?=[“「『]))?  # …先进个人 / …医务人员“
    (?:\s*[（(](?:名单|具体名单)?(?:附后|见附件|另附)[）)])?  # 等243名同志（名单附后）“X”: the decision's note
    """,
    re.VERBOSE,
)
# …徐矿集团首次两位职工同时获评…: a counted group right before the trigger is the clause's subject
COUNTED_SUBJECT_RE = re.compile(
    r"(?:\d+|[一二三四五六七八九十百两]+)(?:位|名|人)[\u4e00-\u9fff]{0,6}?(?:同时|均|都|也|还|先后|分别)?$"
)
# “X”和“Y”获得者享受省部级表彰奖励获得者待遇: what holders of a series are entitled to, said of no one
BENEFIT_RE = re.compile(r"享受[^，,。；;！？]{0,20}待遇")
GROUP_SUBJECT_RE = re.compile(
    r"\s*(?:(?:以及|另有|还有|同时|此外)(?:有|共有)?|有|共有)(?:多|\d+|[一二三四五六七八九十百两]+)(?:名|位|人|个|批)[\u4e00-\u9fff]{0,6}?(?:均|都|也|还)?"
)
# 全国五一劳动奖章是中华全国总工会授予…的光荣称号 / …是全国妇联授予优秀女性的至高荣誉: what a series is, not
# who received it
DEFINITION_RE = re.compile(
    r"是[^，,。；;！？]{2,40}?(?:授予|颁发|设立|评选)[^，,。；;！？]{0,60}?的(?:至高|最高|光荣|崇高)?(?:荣誉|称号|奖项)"
)
COLLECTIVE_RE = re.compile(r"(?:劳模)?(?:创新)?(?:工作室|班组|团队|小组|车间|合作社|护理组)")
# 省总工会为王某同志颁发“全国五一劳动奖章”: the body, and the persons named between 为 and the verb
PRESENT_TO_RE = re.compile(r"(?P<body>[^，,。；;！？]{0,40}?)[为向](?P<inner>[^，,。；;！？“”]{2,60}?)")
PRESENT_INNER_RE = re.compile(
    r"(?:等)?(?:\d+|[一二三四五六七八九十两]+)?(?:名|位)?(?:同志|劳模|职工)?(?:分别|隆重|正式|现场)?"
)
OFFICIAL_RE = re.compile(r"为(?P<inner>[^。；;！？]{2,80}?)(?:授牌|颁奖|颁发|佩戴|戴上)")
HANDING_VERB_RE = re.compile(r"授牌|颁奖|颁发|佩戴|戴上")  # what OFFICIAL_RE and GIVER_RE each end on
# 【青岛工匠】 opening a headline: the name of a newspaper's column
COLUMN_LABEL_RE = re.compile(r"^\s*【[^】]{2,12}】")
# 市长陈某亲自颁奖给获奖的优秀模范劳工 / 向全国劳动模范代表颁发荣誉证书: an official handing awards to
# holders the clause does not name
GIVER_RE = re.compile(
    r"(?:颁奖|颁发|授牌)给(?P<inner>[^。；;！？，,]{2,80})|向(?P<inner2>[^。；;！？，,]{2,80}?)(?:颁奖|颁发|授牌)"
)


# 授予…10位优秀女性全国三八红旗手标兵荣誉称号，其中包括“最美妈妈”吴某、…: the holders of the honour
# granted, named with the epithets they are known by
EPITHETS_RE = re.compile(
    r"授予[^。；;！？]*?(?:\d+|[一二三四五六七八九十两百]+)\s*(?:位|名)[^。；;！？]*?称号[，,]\s*(?P<inner>其中(?:包括|有)[^。；;！？]+)"
)


# a head count opening a clause (甲、乙、丙，3人获得…): how many it counts
RUN_COUNT_RE = re.compile(r"\s*(?P<n>\d+|[一二三四五六七八九十两]+)(?:位|名|人)")
# between two names of the run: a joint, perhaps the next entry's unit and post (、某站站长)
RUN_JOINT_RE = re.compile(r"\s*[、，,和及与][^，,；;。：:！？!?“”]{0,30}")


def _counts_the_run(text: str, persons: Sequence[Span], lo: int) -> bool:
    """甲、乙、丙，3人获得…: the clause's head count is the run of names just before it (a comma
    between, as many names as it counts), so the clause is about them, not another group."""
    m = RUN_COUNT_RE.match(text, lo)
    if m is None:
        return False
    run = [p for p in persons if p.end <= lo]
    if not run or not re.fullmatch(r"[，,]\s*", text[run[-1].end : lo]):
        return False
    size = 1
    while size < len(run) and RUN_JOINT_RE.fullmatch(text, run[-size - 1].end, run[-size].start):
        size += 1
    n = int(m["n"]) if m["n"].isdigit() else cn_to_int(m["n"])
    return n == size


def blocked_spans(text: str, persons: Sequence[Span]) -> list[tuple[int, int]]:
    """Spans of ``text`` where no honour is conferred on a person, whatever a finder reads there:
    a negated or hoped-for trigger's clause (未能入选, 有望获得), a collective subject (孙丽华创新工作室入选…),
    an official handing over an award (市长孙志刚为新当选的“焦作工匠”授牌), a whole sentence about
    candidates or a public notice (拟授予…（公示稿）).

    >>> blocked_spans("赵强未能入选“三秦工匠”。", [])
    [(0, 12)]
    """
    if _negated_sentence(text) or DEFINITION_RE.search(text) or (not persons and BENEFIT_RE.search(text)):
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    table = trigger_table()
    for m in table.trigger_re.finditer(text):
        if _quote_depth(text, m.start()) != 0:
            continue
        lo, hi = _clause_bounds(text, m.start(), m.end())
        before = [p for p in persons if lo <= p.start and p.end <= m.start()]
        collective = bool(before) and bool(COLLECTIVE_RE.match(text, before[-1].end))
        aspiration = bool(re.match(r"(?:了)?(?:一名|一位|一个)", text[m.end() :]))
        # 李卫东荣获…，以及有多名会员获得…: a later clause about a counted group, not the person named before
        group = (
            not before
            and any(p.end <= lo for p in persons)
            and not _counts_the_run(text, persons, lo)
            and bool(GROUP_SUBJECT_RE.fullmatch(text, lo, m.start()) or COUNTED_SUBJECT_RE.search(text, lo, m.start()))
        )
        if _negated(text, lo, m.start()) or collective or aspiration or group:
            out.append((lo, hi))
    # both patterns end on a handing-over verb: a sentence without one is not scanned (costly at every 为)
    handing = HANDING_VERB_RE.search(text) is not None
    for m in OFFICIAL_RE.finditer(text) if handing else ():
        inner = [p for p in persons if m.start("inner") <= p.start < m.end("inner")]
        if not inner:
            out.append((m.start(), m.end()))
    for m in EPITHETS_RE.finditer(text):
        out.append((m.start("inner"), m.end("inner")))
    label = COLUMN_LABEL_RE.match(text)
    if label:  # 【青岛工匠】钢筋工宋某：…: the column's name, not his honour
        out.append((0, label.end()))
    for m in GIVER_RE.finditer(text) if handing else ():
        part = "inner" if m["inner"] else "inner2"
        if not [p for p in persons if m.start(part) <= p.start < m.end(part)]:
            out.append((m.start(part), m.end(part)))
    return out
