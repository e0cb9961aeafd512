"""The fallback reading: an article that names honours and names people never comes back empty.

The ordinary readings give an honour to a person through a shape they recognise (an award verb
after a name, a list under a heading, an introduction).  When an article's shape is none of
them, every honour it names reaches nobody and the article yields no person at all.  Two steps
read such an article again after every other step (``fallback_holders``), only when no honour of
the article reaches a person:

- ``unread_honours``: an honour's name written in a sentence (“成都工匠”, 全国先进工作者 — a quoted
  honour, a series the honour tables know, or a phrase ending in an honour word after a scope:
  全国, 省, a place) is held by the people that sentence names, with the year the sentence gives
  (the year steps are not run again: on the development texts they dated these honours wrongly);
- ``orphan_holders``: an honour a finder read but attribution gives to nobody is held by the
  people of its sentence, else by the person the paragraph then reveals (……获得者。他就是某某),
  else — when its sentence names nobody and it is that sentence's one honour — by the names of
  the next line under a heading line (……荣获X的职工 / 甲、乙…) or of a next sentence that picks
  them out (其中，甲、乙…获得表彰).

Never holders: bylines, officials (is_official; a name after a leader's post, 区领导甲、乙), a
name speaking right there (某某说), a relative (父亲某某), a name inside a quotation; collectives'
honours (先锋号, 奖状, 模范集体) are no person's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extract import falsehonours
from loaders.extract.context import CANDIDATES_RE
from loaders.extract.document import Sentence
from loaders.extract.facts import Context, Fact, year_before
from loaders.extract.falsehonours import COLLECTIVE_TITLE_RE
from loaders.extract.frames import PUBLIC_NOTICE_RE
from loaders.extract.names import never_names
from loaders.extract.people import Mention, is_official
from loaders.extract.steps import epithets_dropped
from loaders.honours import _key, _tables, is_honour, parse_honour
from loaders.orgs import is_place

# a leader's post (or a credit) right before a name, or before the run of names it heads
LEADER_BEFORE_RE = re.compile(
    # (公司工会主席刘某: a company's union chair is one of its workers, no official of the event)
    r"(?:领导|书记|(?<!公司工会)(?<![厂矿院校]工会)主席|省长|市长|县长|区长|镇长|乡长|局长|厅长|部长|总经理|董事长|主持人|负责人|常委|"
    r"记者|通讯员|编辑|摄影|作者|父亲|母亲|妻子|丈夫|儿子|女儿|爱人|师傅|徒弟)[：:\s]*$"
)
PERSON_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff·•]{1,12}")
# a name speaking (某某说 / 某某表示), or presenting the honour (某某为…颁奖 is is_official's)
SPEAKS_AFTER_RE = re.compile(r"[\s]*(?:在电话里)?(?:说|表示|介绍|告诉|谈到|坦言|指出|强调|宣读)")
# a negated or hoped-for conferral, or an aim: 未能入选, 没有评上, 无缘, 有望获得, 立志成为
NEGATED_RE = re.compile(
    r"(?:未能|没能|没有|未曾|未|无缘|有望|力争|争取)(?:被)?(?:入选|获得|获评|荣获|当选|评上|评为|获)"
    r"|(?:立志|梦想|希望|渴望|想要|决心|努力)(?:成为|当)|争当|争做|争创"  # 立志成为一名大国工匠: an aim
)
BOOK_RE = re.compile(r"《[^《》]*》")
# what may follow an honour's name inside a phrase (称号, 荣誉, 人物事迹, 获得者, 代表, 奖章)
# (家中/家里: 到甲、乙等省级劳动模范家中 — a visit to the holders' homes, the honour ends before it)
# (平均: 全国劳动模范平均年龄为47岁 — the group's average, the honour ends before it)
HONOUR_AFTER_RE = re.compile(r"称号|荣誉|人物|事迹|风采|名单|获得者|代表|奖|标兵|殊荣|待遇|家中|家里|平均")
# an application or a candidacy right before the honour's name (申报了今年的“X”, 参评第三届“X”)
NOT_HELD_BEFORE_RE = re.compile(r"(?:申报|参评|参选|竞选)[^，,；;。]{0,6}$")
# a later clause of the sentence saying it came to nothing (…，最终落选)
CLAUSE_AFTER_NOT_RE = re.compile(r"落选|未能|没有入选|无缘")
# a run of names: 甲、乙、丙 (the second and later names share the first's standing)
RUN_JOINT_RE = re.compile(r"[、，,和及与]")
# 他就是某某 / 她便是某某: the paragraph names the person its earlier sentences described
REVEAL_RE = re.compile(r"(?:他|她|这)(?:就|便|正|也就)?是$")
# what stops an unquoted honour's name on its left (成为…, 是…, 获得…, 的…)
STOP_CHARS = set("的是为获被评选和与及了在等个名位这些其该此将把向对从由作称有中让给于以年予授彰行")
QUOTED_RE = re.compile(r"[“「『]([^“”「」『』]{2,24})[”」』]")
PUNCT_RE = re.compile(r"[，,、；;。！!？?：:\s]")  # a slogan's clauses: no honour's name
MIN_QUALIFIER = 2  # characters before an honour word that make it a name (成都工匠; not 劳模 alone)
MAX_QUALIFIER = 12


def _keyword_re() -> re.Pattern[str]:
    words = sorted(_tables().keywords, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


KEYWORD_RE = _keyword_re()


# what a collective's honour adds after an honour word (工人先锋号, 劳动奖状, 巾帼文明岗)
COLLECTIVE_AFTER_RE = re.compile(r"[号岗状]|集体|班组|单位")
# an event or a spirit named after the honour (全国劳动模范表彰大会, 劳模精神, 劳模事迹报告会)
EVENT_AFTER_RE = re.compile(
    r"(?:和[\u4e00-\u9fff]{2,8})?(?:表彰|评选|推荐|座谈|颁奖|事迹|精神|大会|会议|活动|报告会|宣讲|工作室|创新工作室|协会|联谊会|待遇)"
)
NATIONAL_RE = re.compile(r"全国|中国|国家|中华")
# a scope opening an honour's name: 全国劳动模范, 省五一劳动奖章, 全市技术能手
LEVEL_RE = re.compile(r"(?:全国|中国|国家|中央|中华|全省|全市|全区|全县|省|市|县|区|自治区)")


def _named_scope(title: str, qualifier: int) -> bool:
    """Whether ``title`` opens on a scope (全国, 省, a place: 成都工匠, 内蒙古自治区五一劳动奖章) or is a
    series the honour tables know (大国工匠): a named honour, not a verb phrase (弘扬劳模)."""
    if _key(title) in _tables().series or LEVEL_RE.match(title):
        return True
    return any(is_place(title[:k]) for k in range(2, min(qualifier, 6) + 1))


def _qualifier_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in STOP_CHARS


def _is_collective(title: str) -> bool:
    return COLLECTIVE_TITLE_RE.search(title) is not None or not is_honour(title)


def _holds_honours(ctx: Context, facts: list[Fact]) -> bool:
    """Whether some honour of ``facts`` reaches a person who is no byline."""
    from loaders.extract.profile import attribute  # profile imports the stages: read at call time

    for f in facts:
        if f.kind != "honor":
            continue
        if any(n not in ctx.people.bylines for n in attribute(ctx, f)):
            return True
    return False


def _eligible(ctx: Context, m: Mention, sent: Sentence) -> bool:
    t = ctx.text
    if m.name in ctx.people.bylines or m.context == "byline" or is_official(t, m.name):
        return False
    if not PERSON_NAME_RE.fullmatch(m.name):
        return False  # 上海工匠·第九季: a title the name stage took for a name
    if m.name in never_names():
        return False  # 经研究，市总工会决定命名…: a decision's opening formula, not a name
    seg = t[sent.start : m.start]
    if seg.count("“") > seg.count("”") or seg.count("「") > seg.count("」") or seg.count("《") > seg.count("》"):
        return False  # a name inside a quotation or a work's title
    if SPEAKS_AFTER_RE.match(t, m.end):
        return False
    return not LEADER_BEFORE_RE.search(t[max(sent.start, m.start - 8) : m.start])


def _candidacy(t: str, sent: Sentence) -> bool:
    """拟推荐…候选人 / 拟表彰名单: a sentence of candidates, who hold nothing yet."""
    return bool(CANDIDATES_RE.search(t, sent.start, sent.end) or PUBLIC_NOTICE_RE.search(t, sent.start, sent.end))


def _holders(ctx: Context, sent: Sentence) -> list[str]:
    """The people a sentence names who may hold its honour (a run of names shares its head's standing)."""
    t = ctx.text
    out: list[str] = []
    if _candidacy(t, sent):
        return out
    prev: Mention | None = None
    prev_ok = False
    for m in ctx.names_in(sent.start, sent.end):
        joined = prev is not None and RUN_JOINT_RE.fullmatch(t[prev.end : m.start]) is not None
        ok = prev_ok if joined else _eligible(ctx, m, sent)
        if ok and m.name not in out:
            out.append(m.name)
        prev, prev_ok = m, ok
    return out


def _word_ends(text: str, end: int) -> bool:
    """Whether an honour word ends its phrase at ``end``: punctuation, a particle, or a word that
    follows an honour's name (称号, 人物, 获得者), not another noun (优秀|质量管理小组)."""
    return (
        end >= len(text)
        or not "\u4e00" <= text[end] <= "\u9fff"
        or text[end] in STOP_CHARS
        or (HONOUR_AFTER_RE.match(text, end) is not None)
    )


def _not_held(text: str, pos: int) -> bool:
    """申报了今年的“X” / 参评X, or a later clause saying it came to nothing (…，最终落选)."""
    hi = min([k for k in (text.find(c, pos) for c in "，,；;。") if k >= 0] or [len(text)])
    before = NOT_HELD_BEFORE_RE.search(text, max(0, pos - 8), pos) is not None
    return before or CLAUSE_AFTER_NOT_RE.search(text, hi) is not None


def _honour_names(text: str) -> list[tuple[str, int, int]]:
    """The honours a sentence's text names: quoted honours and unquoted names ending in an honour
    word with a qualifier before it (全国先进工作者, 成都工匠), with the offsets of the span each is
    written in (a quoted name's quotes included)."""
    out: list[tuple[str, int, int]] = []
    quoted: list[tuple[int, int]] = []
    quoted += [(m.start(), m.end()) for m in BOOK_RE.finditer(text)]  # 《大国工匠》: a work's title
    for m in QUOTED_RE.finditer(text):
        quoted.append((m.start(), m.end()))
        named = not PUNCT_RE.search(m[1]) and len(m[1]) >= 4 and not _is_collective(m[1])
        if named and not EVENT_AFTER_RE.match(text, m.end()) and not _not_held(text, m.start()):
            out.append((m[1], m.start(), m.end()))
    for m in KEYWORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in quoted) or COLLECTIVE_AFTER_RE.match(text, m.end()):
            continue  # 全国工人先锋号: the word opens a collective's honour
        if not _word_ends(text, m.end()) or _not_held(text, m.start()):
            continue  # 全国优秀质量管理小组成果: the word runs on into another noun
        i = m.start()
        while (
            i > 0
            and m.start() - i < MAX_QUALIFIER
            and "\u4e00" <= text[i - 1] <= "\u9fff"
            and text[i - 1] not in STOP_CHARS
        ):
            i -= 1
        if EVENT_AFTER_RE.match(text, m.end()):
            continue
        starts = [
            j
            for j in range(i, m.start() - MIN_QUALIFIER + 1)
            if _named_scope(text[j : m.end()], m.start() - j) and not _is_collective(text[j : m.end()])
        ]
        # 阜阳市本届全国五一劳动奖章: a national scope inside the run opens the honour's name
        national = [j for j in starts if NATIONAL_RE.match(text, j)]
        if starts:
            j = (national or starts)[0]
            out.append((text[j : m.end()], j, m.end()))
    return _outermost(out)


def _outermost(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """上海市三八红旗手标兵 holds the keyword 红旗手 and ends in 标兵: the name read up to the inner
    keyword lies inside the whole one and is the same honour, not a second one."""
    return [
        (title, a, b)
        for title, a, b in spans
        if not any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for _, a2, b2 in spans)
    ]


# 2019年“乡村校长之星” / 2018“最美浙江人·最美工匠”: the article announces a quoted honour with its year
# glued before it (年 may be left out before a quote in a headline), its series' words and a · maybe
# before the name a later sentence writes alone
ANNOUNCED_RE = r"((?:19|20)\d\d)(?:\s*年度?\s*|(?=[“「『]))[“「『]([^“”「」『』，,。；;\s]{{1,12}}[·•])?{name}[”」』]"


def _announced(ctx: Context, name: str) -> tuple[int, str, str] | None:
    """(year, fuller name, written announcement) of the quoted honour ``name`` where the article
    announces it glued to one year (and one series' name before a ·); None otherwise."""
    t = ctx.text
    found = list(re.finditer(ANNOUNCED_RE.format(name=re.escape(name)), t[ctx.art.start : ctx.art.end]))
    if not found or len({m.group(1) for m in found}) != 1 or len({m.group(2) for m in found}) != 1:
        return None
    m = next((m for m in found if "年" in m.group()), found[0])
    start = ctx.art.start + m.start()
    return int(m.group(1)), (m.group(2) or "") + name, ctx.raw(start, start + len(m.group()))


def _honour_value(ctx: Context, sent: Sentence, pos: int, end: int, name: str) -> dict[str, object] | None:
    """An honour's value as the finders write it (parse_honour: title, edition, year, level, conferrers);
    ``raw`` is the source over [pos, end), the whole quote of a quoted name (“師(shī)德標兵”: glosses
    make the written span longer than the name). A quoted name the sentence leaves undated that the
    article announces with one year (2019年“X”, 2018“A·X”) takes that year, the announced name and
    its written form."""
    doc_year = ctx.doc.year
    quoted = ctx.text[pos : pos + 1] in "“「『"
    written = ctx.raw(pos, end)
    announced = _announced(ctx, name) if quoted else None
    parsed = parse_honour(announced[1] if announced else name, doc_year=doc_year)
    if parsed is None:
        return None
    year = parsed.year if parsed.year is not None else year_before(ctx, sent, pos)[0]
    if year is None and announced is not None:
        year, written = announced[0], announced[2]
    return {
        "title": parsed.title,
        "raw": written,
        "edition": parsed.edition,
        "year": year,
        "level": parsed.level,
        "category": parsed.category,
        "conferred_by": [ctx.resolve_org(c, pos) or c for c in parsed.conferred_by],
        "_verb": False,
        "_past": False,
    }


HEADING_KINDS = ("heading", "subtitle", "title")
# a name as its line's subject: 张冬伟，沪东中华造船集团焊工。/ 今年53岁的高凤林，是…
SUBJECT_AFTER_RE = re.compile(r"[，,：:（(]|是")
MAX_BLOCK_LINES = 12
MAX_LEAD = 8  # what may come before the subject on its line (今年53岁的高凤林)


def _opens_line(t: str, line: int, m: Mention) -> bool:
    """Whether ``m`` is the subject opening its line: a short lead without a clause before it, a
    comma, colon, bracket or 是 after it."""
    lead = t[line : m.start]
    return len(lead) <= MAX_LEAD and not PUNCT_RE.search(lead) and SUBJECT_AFTER_RE.match(t, m.end) is not None


def _block_subjects(ctx: Context, head: Sentence) -> list[str]:
    """Under a heading naming an honour and nobody (大国工匠人物事迹介绍【篇2】), the subject of each
    line up to the next heading: the line's first name, opening the line as its subject."""
    t = ctx.text
    out: list[str] = []
    lines: set[int] = set()
    for s in ctx.art.sentences:
        if s.start <= head.start:
            continue
        if s.kind in HEADING_KINDS or len(lines) > MAX_BLOCK_LINES:
            break
        line = t.rfind("\n", 0, s.start) + 1
        if line in lines or s.kind != "prose":
            continue
        lines.add(line)
        first = next(iter(ctx.names_in(s.start, s.end)), None)
        if first and _opens_line(t, line, first) and _eligible(ctx, first, s) and first.name not in out:
            out.append(first.name)
    return out


def fallback_holders(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """The fallback step (module docstring): unread honours first (through the filters every honour
    passes: epithets, descriptions, events, nicknames, collectives), then orphaned ones."""
    new = unread_honours(ctx, facts)
    for drop in (
        epithets_dropped,
        falsehonours.descriptions_dropped,
        falsehonours.events_dropped,
        falsehonours.nicknames_dropped,
    ):
        new = drop(ctx, new)
    new = falsehonours.collectives_dropped(ctx, new)
    return orphan_holders(ctx, facts + new)


def _epithet(ctx: Context, pos: int, title: str) -> bool:
    """“最美妈妈”吴某: a quoted phrase without a scope right before a name describes the person."""
    end = ctx.text.find("”", pos) + 1 if ctx.text[pos : pos + 1] == "“" else -1
    if end <= 0 or _named_scope(title, len(title) - 2):
        return False
    return any(m.start == end for m in ctx.names_in(end, end + 5))


def unread_honours(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Honours no finder read, in an article where no honour reaches a person yet: held by the
    people of their sentence (module docstring)."""
    if _holds_honours(ctx, facts):
        return []
    t = ctx.text
    out: list[Fact] = []
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "heading", "title", "subtitle") or _candidacy(t, sent):
            continue
        text = t[sent.start : sent.end]
        if NEGATED_RE.search(text):
            continue  # 赵强未能入选“三秦工匠”: nothing conferred
        for title, off, end in _honour_names(text):
            pos = sent.start + off
            if _epithet(ctx, pos, title):
                continue
            holders = _holders(ctx, sent)
            if not holders and sent.kind in HEADING_KINDS:
                holders = _block_subjects(ctx, sent)
            value = _honour_value(ctx, sent, pos, sent.start + end, title) if holders else None
            if value:
                out.append(Fact("honor", value, sent, pos, holders, 0.5))
    return out


def orphan_holders(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Honours that reach nobody, in an article where none reaches a person: held by the people of
    their sentence, else by the person the paragraph then reveals (……获得者。他就是某某)."""
    if not any(f.kind == "honor" for f in facts) or _holds_honours(ctx, facts):
        return facts
    from loaders.extract.profile import attribute

    out = []
    for f in facts:
        if f.kind == "honor" and not attribute(ctx, f) and not _is_collective(str(f.value.get("title") or "")):
            holders = [] if _candidacy(ctx.text, f.sent) else _holders(ctx, f.sent) or _revealed(ctx, f.sent)
            if not holders and not _candidacy(ctx.text, f.sent) and _sole_title(ctx, facts, f):
                holders = _listed_after(ctx, f.sent)
            if not holders and not _candidacy(ctx.text, f.sent):
                holders = _sole_person(ctx, f.sent)
            if holders:
                f = replace(f, persons=holders)
        out.append(f)
    return out


# what a short item's one person is introduced by: a post or a unit (context post), an introduction, a row
INTRODUCED_CONTEXTS = frozenset({"post", "intro", "row", "section", "subtitle", "headline"})


def _sole_person(ctx: Context, sent: Sentence) -> list[str]:
    """…将年度选树的20名“广西工匠”予以揭晓。某公司的覃某，他是高级技师…: an honour whose sentence names
    nobody, in an article that names one person only (bylines and officials aside), introduced by a
    post, a unit or an introduction after that sentence, is that person's — a short item picks out
    the one holder it names."""
    if ctx.names_in(sent.start, sent.end):
        return []
    people: dict[str, bool] = {}
    for s in ctx.art.sentences:
        mentions = ctx.names_in(s.start, s.end)
        eligible = [m for m in mentions if _eligible(ctx, m, s)]  # no official, credit, relative, quote
        # 部长甲，市人大常委会副主任乙，副市长丙…参加了典礼: a name listed with officials is one of them
        among_officials = len(eligible) < len({m.name for m in mentions})
        for m in eligible:
            introduced = m.context in INTRODUCED_CONTEXTS and m.start >= sent.end and not among_officials
            people[m.name] = people.get(m.name, False) or introduced
    if len(people) != 1:
        return []
    name, introduced = people.popitem()
    return [name] if introduced else []


def _revealed(ctx: Context, sent: Sentence) -> list[str]:
    """他就是某某 in a sentence after ``sent`` in its paragraph: that person."""
    t = ctx.text
    end = t.find("\n", sent.end)
    end = len(t) if end < 0 else end
    for s in ctx.art.sentences:
        if s.start < sent.end or s.start >= end:
            continue
        for m in ctx.names_in(s.start, s.end):
            if REVEAL_RE.search(t[max(s.start, m.start - 4) : m.start]) and _eligible(ctx, m, s):
                return [m.name]
    return []


# the sentence after an honour's that picks its holders out: 其中，甲、乙…获得表彰
PICKED_OUT_RE = re.compile(r"\s*(?:其中|他们是|她们是|分别是)[，,：:]?")
COMMENDED_RE = re.compile(r"表彰|获奖|受奖|上榜|榜上有名|入选")


def _sole_title(ctx: Context, facts: list[Fact], f: Fact) -> bool:
    """Whether ``f`` is the one person's honour its sentence names (授予…“X”称号 — not 表彰了
    X标兵、X…: which of several a later name holds, the text does not say)."""
    titles = {
        str(g.value.get("title") or "")
        for g in facts
        if g.kind == "honor" and g.sent.start == f.sent.start and not _is_collective(str(g.value.get("title") or ""))
    }
    return len(titles) == 1


def _names_no_honour(ctx: Context, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` names no honour of its own."""
    return not _honour_names(ctx.text[start:end])


def _listed_after(ctx: Context, sent: Sentence) -> list[str]:
    """The people an honour's sentence that names nobody hands on to: the names of the next line
    when the honour's line is a heading without a full stop (……荣获全国五一劳动奖章的职工包括 /
    甲、乙、丙…), or of the next sentence when it picks them out (其中，甲、乙…获得表彰) — in
    either case only when that line or sentence names no honour of its own."""
    t = ctx.text
    if ctx.names_in(sent.start, sent.end):
        return []
    line_end = t.find("\n", sent.end)
    line_end = len(t) if line_end < 0 else line_end
    line_start = t.rfind("\n", 0, sent.start) + 1
    later = [s for s in ctx.art.sentences if s.start >= sent.end and s.kind == "prose"]
    if not later:
        return []
    nxt = later[0]
    if "。" not in t[line_start:line_end] and nxt.start > line_end:
        next_end = t.find("\n", nxt.start)
        next_end = len(t) if next_end < 0 else next_end
        if t[line_end : nxt.start].strip() or not _names_no_honour(ctx, nxt.start, next_end):
            return []  # a line between, or the list line names an honour of its own
        out: list[str] = []
        for s in later:
            if s.start >= next_end:
                break
            out += [n for n in _holders(ctx, s) if n not in out]
        return out
    picked = PICKED_OUT_RE.match(t, nxt.start) and COMMENDED_RE.search(t, nxt.start, nxt.end)
    if picked and nxt.start - sent.end <= 2 and _names_no_honour(ctx, nxt.start, nxt.end):
        return _holders(ctx, nxt)
    return []


# 年龄最大的是…, 最年轻的是…: a superlative that picks one member out of a group named before it
SUPERLATIVE_RE = re.compile(r"(?:年龄|年纪|岁数)最(?:大|小|长|轻)的(?:是|为)|最年(?:长|轻)的(?:是|为)")
# 计有94位模范劳工受奖，其中… / 表彰了87名劳动模范，其中…: a counted group named by a bare honour word, which
# _honour_names leaves (no scope before it) but a superlative after it makes the group's honour
COUNTED_GROUP_RE = re.compile(
    r"""(?:\d+|[一二三四五六七八九十百两]+)\s*(?:位|名)
        (?P<h>[\u4e00-\u9fff]{2,8}?)
        (?:受奖|受表彰|接受表彰|获表彰|受到表彰)?[，,]\s*(?:其中)?$""",
    re.VERBOSE,
)


def superlative_members(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """武汉地区全国劳动模范平均年龄为47岁，年龄最大的是62岁的…徐某；年龄最小的是…陈某: the member a
    superlative picks out of a group holds the honour that names the group, the honour written in
    its sentence before the superlative, or in the sentence before when that one picked a member of
    the same group (a ；-separated pair)."""
    t = ctx.text
    out = list(facts)
    group: tuple[str, Sentence, int, int] | None = None
    for sent in ctx.art.sentences:
        # (each form writes 最: a sentence without it is not scanned)
        scanned = sent.kind == "prose" and t.find("最", sent.start, sent.end) >= 0
        m = SUPERLATIVE_RE.search(t, sent.start, sent.end) if scanned else None
        if m is None:
            group = None
            continue
        named = _honour_names(t[sent.start : m.start()]) or _counted_group(t[sent.start : m.start()])
        if named:
            title, off, end = named[-1]
            group = (title, sent, sent.start + off, sent.start + end)
        if group is None or _candidacy(t, sent):
            continue
        member = _member_after(ctx, sent, m.end())
        title, where, pos, end = group
        value = _honour_value(ctx, where, pos, end, title) if member else None
        if member and value:
            out.append(Fact("honor", value, sent, m.end(), [member], 0.6))
    return out


def _counted_group(text: str) -> list[tuple[str, int, int]]:
    """The bare honour word a counted group right before a superlative is named by (94位模范劳工，其中)."""
    m = COUNTED_GROUP_RE.search(text)
    if m is None or not is_honour(m.group("h")):
        return []
    return [(m.group("h"), m.start("h"), m.end("h"))]


def _member_after(ctx: Context, sent: Sentence, start: int) -> str | None:
    """The first eligible name after ``start`` in its clause (up to the next ，；。 after the name)."""
    clause_end = next((k for k in range(start, sent.end) if ctx.text[k] in "；;。"), sent.end)
    for m in ctx.names_in(start, clause_end):
        return m.name if _eligible(ctx, m, sent) else None
    return None


# 他们都获得了…, 两人均被授予… (a sentence whose subject is a plural pronoun or a head count, then only
# adverbs before its award verb), or 市总工会授予这5名同志“X”称号 (a demonstrative head count as the
# award's object): the people are the ones the sentence before names
PLURAL_SUBJECT_RE = re.compile(
    r"""\s*(?:[他她]们|[他她]俩|(?P<n>[二两三四五六七八九十\d])(?:人|位|名同志))
        (?:也|还|都|均|分别|同时|先后|已|已经|又|双双|一同|共同)*
        (?:荣获|获得|获评|被评为|被授予|荣膺|当选|入选|获)""",
    re.VERBOSE,
)
DEMONSTRATIVE_OBJECT_RE = re.compile(
    r"""(?:授予|授于|命名|表彰|评为)
        (?:这|上述|以上)(?P<n>[二两三四五六七八九十]|\d{1,2})(?:名|位)
        (?:同志|选手|职工|员工|个人|同学|教师|劳模)?""",
    re.VERBOSE,
)
COUNT_DIGITS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def plural_antecedents(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """如…的吴某、…的林某等。他们都获得了X / …甲、乙等5名选手获…。市总工会授予这5名同志X: an honour
    of a sentence that names nobody and refers to people by 他们 (两人) or 这N名同志 is held by the
    people the sentence before it in its paragraph names — two or more, as many as a head count says,
    none of them a byline, an official or a speaker."""
    t = ctx.text
    out = []
    for f in facts:
        if f.kind == "honor" and not f.persons and not ctx.names_in(f.sent.start, f.sent.end):
            m = PLURAL_SUBJECT_RE.match(t, f.sent.start, f.sent.end) or DEMONSTRATIVE_OBJECT_RE.search(
                t, f.sent.start, f.sent.end
            )
            if m and m.end() <= f.pos:
                holders = _previous_sentence_people(ctx, f.sent)
                wanted = _head_count(m["n"])
                if len(holders) >= 2 and wanted in (None, len(holders)):
                    f = replace(f, persons=holders)
        out.append(f)
    return out


def _head_count(n: str | None) -> int | None:
    if n is None:
        return None
    return int(n) if n.isdigit() else COUNT_DIGITS[n]


def _previous_sentence_people(ctx: Context, sent: Sentence) -> list[str]:
    """The eligible people the prose sentence right before ``sent`` names, when no line break stands
    between them (the antecedents)."""
    before = [s for s in ctx.art.sentences if s.end <= sent.start and s.kind == "prose"]
    if not before or "\n" in ctx.text[before[-1].end : sent.start]:
        return []
    return _holders(ctx, before[-1])
