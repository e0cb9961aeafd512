"""Honours read from words that only describe a person: dropped after the sentence stage.

Each step takes the article's facts and returns the list without the honours it judges false; it
never edits a fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.facts import Context, Fact

# a quoted name (its 的 belongs to the name: “实干苦干的新型矿工”)
QUOTED_RE = re.compile(r"[“「『][^”」』]*[”」』]")
# a generation or an era qualifying an honour word (新中国第一代劳模, 新时代的劳模): a description
GENERATION_RE = re.compile(r"第[一二三四五六七八九十]代")


def describes(title: str, raw: str) -> bool:
    """Whether an honour's words describe rather than name it: a 的 outside quotes after words
    that name no level, place or body (坚持“退而不休”的老劳模, 新时代的劳模, 诚实守信的青年榜样;
    北京市的劳动模范 names a place and stays), or a generation (新中国第一代全国劳动模范)."""
    from loaders.honours import honour_level

    bare = QUOTED_RE.sub("", raw or title)
    if GENERATION_RE.search(QUOTED_RE.sub("", title)) or GENERATION_RE.search(bare):
        return True
    if "的" not in bare:
        return False
    head = bare[: bare.index("的")].strip()
    return not head or honour_level(head) is None


def descriptions_dropped(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An honour whose words describe the person (…的老劳模, 第一代劳模) is no conferred honour."""
    return [
        f for f in facts if not (f.kind == "honor" and describes(f.value.get("title") or "", f.value.get("raw") or ""))
    ]


@lru_cache(maxsize=1)
def event_noun_re() -> re.Pattern[str]:
    """The nouns that name an event, a campaign or a competition (data/dictionaries/triggers.yaml:
    event_nouns), longest first."""
    from loaders.extract.diskcache import parsed_yaml
    from loaders.extract.frames import TRIGGERS_FILE

    data = parsed_yaml(TRIGGERS_FILE) or {}  # kept parsed in the user cache (start-up)
    nouns = sorted({str(w) for w in data.get("event_nouns") or []}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, nouns)))


@lru_cache(maxsize=1)
def _event_after_re() -> re.Pattern[str]:
    """A quote's next words when they name an event: up to four words of its own (大型公益), then an
    event noun."""
    return re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + event_noun_re().pattern + ")")


# the last quoted name of an honour as written
LAST_QUOTE_RE = re.compile(r"[“「『]([^”」』]+)[”」』](?!.*[“「『])")
# the further quoted names of a list the quote opens (“道德模范”“巴中好人”等评选活动): the event noun
# comes after the whole list
QUOTE_RUN_RE = re.compile(
    r"""(?:
          [、，,和与及]?          # the list's joint, if any
          [“「『][^”」』]{1,20}[”」』]
        )*""",
    re.VERBOSE,
)


def _names_event(ctx: Context, f: Fact) -> bool:
    """Whether the quoted name an honour ends in is followed by an event noun and no honour word:
    “寻找最美教师2017”大型公益活动中…, 全省“五小”创新大赛一等奖 (a placing is no honour word)."""
    from loaders.extract.frames import trigger_table
    from loaders.honours import is_placing

    raw = f.value.get("raw") or ""
    last = LAST_QUOTE_RE.search(raw)
    if not last or not raw.rstrip().endswith(("”", "」", "』")):
        return False
    quoted = last.group(0)
    at = ctx.text.find(quoted, max(f.sent.start, f.pos - len(raw)), f.sent.end)
    if at < 0:
        return False
    after = ctx.text[at + len(quoted) : f.sent.end]
    run = QUOTE_RUN_RE.match(after)
    after = after[run.end() :] if run else after
    m = _event_after_re().match(after)
    if not m or after.startswith("出", m.end()):
        return False  # “最美职工”最终推选出甲、乙: 推选出 is the selection's verb, its yield the holders
    rest = re.split(r"[，,。；;！？、]", after[m.end() :], maxsplit=1)[0][:10]
    if trigger_table().suffix_word_re.search(rest) or re.search(r"获得者|称号", rest):
        return False
    return not (re.search(r"奖", rest) and not is_placing(rest))


# 技能大赛获优秀个人奖 / 在全省比武中荣获最佳操作奖: the clause names the contest the prize is of
CONTEST_CLAUSE_RE = re.compile(r"竞赛|大赛|比赛|比武|技能赛|锦标赛|挑战赛|邀请赛|擂台赛")
CLAUSE_STOP = "，,。；;！？!?\n"


def _contest_prize(ctx: Context, f: Fact) -> bool:
    """A prize (a title ending in 奖 that is no known series) won in the contest its clause names
    before it: the contest's placing, not an honour (中华技能大奖 and other named series stay)."""
    from loaders.honours import known_series
    from loaders.textnorm import to_simplified

    title = to_simplified(f.value.get("title") or "")
    if not title.endswith("奖") or known_series(title):
        return False
    t = ctx.text
    lo = f.pos
    while lo > f.sent.start and t[lo - 1] not in CLAUSE_STOP:
        lo -= 1
    return bool(CONTEST_CLAUSE_RE.search(to_simplified(t[lo : f.pos])))


def events_dropped(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """An honour whose quoted name names an event, a campaign or a competition is none; so is a
    prize its clause says was won in a contest."""
    return [f for f in facts if not (f.kind == "honor" and (_names_event(ctx, f) or _contest_prize(ctx, f)))]


# a collective's honour: a post or team (巾帼标兵岗, 巾帼文明岗, 工人先锋号), a unit's banner (劳动奖状), 先进集体
# (and a Youth League body's banner, 全国五四红旗团委 / 山西省五四红旗团支部: held by the 团委, not its members)
# (and a party branch's or a village's: 先进党支部, 先进基层党组织, 生态文明示范村, 文明村, 文明社区)
COLLECTIVE_TITLE_RE = re.compile(
    r"(?:岗|奖状|先锋号|先进集体|集体|红旗团委|红旗团支部|红旗团总支|党支部|党总支|党组织|示范村|文明村|文明社区"
    # (and a couple's or a family's: 广东十大银婚好夫妻, 最美家庭 — held by the household, not one person)
    r"|夫妻|夫妇|家庭"
    # (and an institution's or a unit's: 十佳基层医疗卫生机构, 全国技术能手培养突出贡献单位)
    r"|机构|单位)$"
)


def collectives_dropped(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """全国五一巾帼标兵岗 / 全国五一劳动奖状 read as a person's honour: a collective's honour (a post,
    a team or a unit) is no person's own; the person holds the series' individual honour, if any."""
    return [f for f in facts if not (f.kind == "honor" and COLLECTIVE_TITLE_RE.search(f.value.get("title") or ""))]


# the words that give a nickname rather than confer an honour (被誉为“航空工匠”, 人称“独手焊侠”)
NICKNAME_VERB_RE = re.compile(r"(?:被?(?:誉为|称为|称作|叫做|喻为)|人称|号称|堪称|素有)[了是]?\s*$")
# a listicle's numbered line: an ordinal, then the epithet and the name (1，金牌工人许振超 / 3.航空工匠胡双钱)
ORDINAL_LINE_RE = re.compile(
    r"^\s*(?:[\d一二三四五六七八九十]{1,3}\s*[、.,，．:：)）]|[(（][\d一二三四五六七八九十]{1,3}[)）])\s*"
)


def _levelless(title: str) -> bool:
    """A title that names no level, place or body and is no known series (航空工匠, 金牌工人)."""
    from loaders.honours import honour_level, known_series

    return honour_level(title) is None and not known_series(title)


# …创造“中国制造”神话的大国工匠——太钢集团某某: praise closing on an epithet, a dash, then the person
PRAISE_EPITHET_AFTER_RE = re.compile(r"\s*[—–]{1,2}")
AWARD_WORD_RE = re.compile(r"荣获|获得|获评|评为|授予|当选|入选|表彰|命名")


def _praise_epithet(ctx: Context, f: Fact, raw: str) -> bool:
    """Whether the honour is the epithet a line of praise closes on (…神话的大国工匠——某公司王某): 的
    right before it, a dash right after, and no award verb in the praise."""
    t = ctx.text
    at = t.find(raw, f.sent.start, f.sent.end)
    if at <= f.sent.start or t[at - 1] != "的" or not PRAISE_EPITHET_AFTER_RE.match(t, at + len(raw)):
        return False
    line_start = t.rfind("\n", 0, at) + 1
    return AWARD_WORD_RE.search(t, line_start, at) is None


def _nicknamed(ctx: Context, f: Fact) -> bool:
    """Whether an honour is only a nickname: its title holds its holder's name (航空工匠胡双钱, read
    from a heading), a nickname verb stands right before it (被誉为“航空工匠”), or it opens a numbered
    line that holds nothing but it and the name (1，金牌工人许振超) — the last two only when the title
    names no level and no known series (被誉为全国劳动模范 would still be one)."""
    v = f.value
    title = v.get("title") or ""
    raw = v.get("raw") or title
    names = [p for p in f.persons or [] if len(p) >= 2]
    if any(p in title for p in names):
        return True
    if _praise_epithet(ctx, f, raw):
        return True
    if not _levelless(title):
        return False
    at = ctx.text.find(raw, f.sent.start, f.sent.end)
    if at >= 0 and NICKNAME_VERB_RE.search(ctx.text[max(f.sent.start, at - 6) : at]):
        return True
    line = ORDINAL_LINE_RE.sub("", ctx.text[f.sent.start : f.sent.end]).strip().rstrip("。")
    return bool(v.get("_apposition")) and any(line == raw + p for p in names)


def nicknames_dropped(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A nickname is no honour (the conventions: 华夏第一炼钢工): 被誉为“航空工匠”, a listicle's
    1，金牌工人许振超, a heading's 航空工匠胡双钱 read as one title."""
    return [f for f in facts if not (f.kind == "honor" and _nicknamed(ctx, f))]
