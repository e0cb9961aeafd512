"""Honour phrases → the honour series, edition, year, level, category and conferring bodies.

Conventions (shared with the annotators, see tests/data/honour_parses.yaml):
- ``title`` is the series as commonly named, in simplified script, without edition
  words, year, quotes, 称号/荣誉称号/获得者: 第三屆焦作工匠 → 焦作工匠;
  河南省首批“中原大工匠” → 中原大工匠; 全国第六批煤炭行业（工程技术人员）技能大师 →
  全国煤炭行业技能大师.  A region or issuer that is part of the series name stays
  (哈尔滨市“最美农民” → 哈尔滨市最美农民; 霍州煤電集團第二屆「技術能手」 →
  霍州煤电集团技术能手); one that precedes a series carrying its own brand goes
  (东风公司第二届“东风工匠” → 东风工匠, conferred by 东风公司).
- ``edition`` holds 第N届 / 第N批 / 首届 / 首批 only; years (2021年度) go to ``year``;
  去年/今年/前年 are resolved against ``doc_year`` (None when it is unknown).
- ``level`` ∈ ``graph.schema.LEVELS`` (国家/省/市/县/行业/企业) or None; ``category`` ∈ the categories of
  data/dictionaries/honour_series.yaml, 其他 when no keyword matches.
- ``conferred_by`` lists bodies the phrase itself names, spelt as written
  (被焦作市总工会授予…, 焦煤集团大工匠 → 焦煤集团); never guessed from the series.
Competition placings (一等奖, 金奖), posts and appointments (队长, 被聘为…首席技师),
collectives' honours (工人先锋号), events and benefits are not a person's honours:
``parse_honour`` returns None for them and ``phrase_kind`` tells which they are.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from graph.hanzi import to_simplified
from loaders.dates import CN_NUM, RELATIVE_RE, YEAR, cn_to_int, relative_year
from loaders.orgs import (
    is_org_name,
    is_place,
    is_suffix_boundary,
    kinds_in,
    known_organizations,
    local_scope,
    org_kind,
    places,
    resolve_local,
    split_org_list,
)
from loaders.textnorm import _FULLWIDTH, squeeze

SERIES_FILE = Path(__file__).resolve().parents[1] / "data" / "dictionaries" / "honour_series.yaml"

EDITION_RE = re.compile(rf"第\s*(?:\d+|[{CN_NUM}]+)\s*[届批期]|首届|首批")
# 2014-2016年度 / 2010—2014年度 / 2016至2018年度: a period of years before an honour's name
YEAR_RANGE_RE = re.compile(rf"{YEAR}\s*年?\s*[-—–~～至到]\s*{YEAR}\s*(?:年度|年)")
# (a bare four digits before a count word is a head count: 授予2064人全国劳动模范)
YEAR_PHRASE_RE = re.compile(rf"[（(]\s*{YEAR}\s*年?度?\s*[）)]|{YEAR}(?!\s*[人名位个余多])\s*(?:年度|年|届)?")
# 111年度 / 98年度 / 112年: a year of the Minguo era (1912 = 1), as Taiwanese series are dated; two digits
# only with 年度 (a bare 98年 may be 1998 written short), three with either
ROC_YEAR_RE = re.compile(
    r"""
    (?<![\d.])
    (?: (?P<n>1[01]\d)\s*年度?(?!代)  # 111年度 / 112年
    | (?P<n2>[4-9]\d)\s*年度 )  # 98年度
    """,
    re.VERBOSE,
)
APPOINTMENT_RE = re.compile(r"聘|担任|任命|兼任|现任|出任|当选为?.*代表|聘任")
LEADING_VERBS = re.compile(
    r"^(?:(?:先后|曾经|曾|还|又|再次|再度|多次|屡次|数次|[一二三四五六七八九十两\d]{1,2}次|连续|相继|分别|均|已|也|并)*"
    # 获选为 / 獲選模範勞工 (Taiwan): chosen as; 选(为) is what a bare 获 leaves (no name opens with 选)
    r"(?:荣获|获得|获评|获选为|获选|选为|选(?![树拔派调])|获授|获颁|获|被评为|被评选为|被授予|被命名为|被表彰为|被选为|评为|授予|当选为|当选|荣膺|入选|被评|"
    r"捧回|摘得|成为|作为|系|是|了|过|喜获|命名为|表彰为"  # (过: 曾荣获过…, no name opens with it)
    # 获追授省优秀共产党员, 被追认为革命烈士: a posthumous conferral, no part of the honour's name
    r"|被?追授|被?追认为|被?追记"
    # 其中涌现出“时代楷模”李某: a group's yield, no part of the honour's name
    r"|(?:其?中)?(?:涌现出了?|涌现了|推出了?|评选出了?|选出了?|产生了?)))+"
)
# the holders a list names before the series (授予某公司职工王某等16位同志X, 命名800名个人X, 王某同志X,
# 王某等人X): no part of its name
HOLDERS_LEAD_RE = re.compile(
    r"^(?:[^“”「」『』，,。；;]{0,40}?"
    rf"(?:等\s*(?:\d+|[{CN_NUM}]+)?\s*(?:位|名)?\s*(?:同志|个人)|等\s*(?:\d+|[{CN_NUM}]+)?\s*(?:位|名)(?=[“「\d])|等人|同志)"
    rf"|(?:\d+|[{CN_NUM}]+)\s*(?:位|名)\s*(?:同志|个人))"
    r"(?=\S{4})"
)
# 陈某等33位基层工会干部 / 某公司工会等35家基层工会: a counted list of holders, never a conferring body
# 荣获X称号并受到表彰 / …称号，又…: 称号 closes the name and a second predicate follows
TITLE_THEN_VERB_RE = re.compile(r"称号(?=[并又还也再且])")
COUNTED_HOLDERS_RE = re.compile(rf"等\s*(?:\d+|[{CN_NUM}]+)\s*[家个名位人]")
# a word that describes a body's members, not a body (全国优秀工会 of 全国优秀工会工作者)
NOT_BODY_WORDS_RE = re.compile(r"优秀|先进|模范|杰出|最美")
# 获先进工作者表彰; 获五一劳动奖章殊荣 (the distinction); 獲選為全國模範勞工當選人 / 獲得模範勞工肯定
# (Taiwan): the elected, the recognition
TRAILING_WORDS = re.compile(r"(?:等)?(?:荣誉称号|光荣称号|荣誉|称号|殊荣|获得者|当选人|当选者|肯定|表彰|等|之一)+$")
# 全國模範勞工產業勞工組 / 事業單位組 (Taiwan): the selection's category, glued after the series, is
# no part of its name (a crew, 班组 / 小组, is another thing)
CATEGORY_GROUP_RE = re.compile(
    r"""^(?P<series>.*(?:劳工|模范|劳模|工匠|工作者))  # the series, up to its last head word
    (?![\u4e00-\u9fff]*(?:班|小)组$)               # not a crew
    [\u4e00-\u9fff]{2,6}组$""",
    re.VERBOSE,
)
CONFER_VERBS = (
    r"(?:联合|共同|同步)?(?:授予的|颁发的|表彰的|公布的|命名的|评选的|"
    r"授予|评为|命名为|表彰为|颁发|评选为|认定为|公布了?|发布了?|印发了?)"
)
CONFERRER_RE = re.compile(rf"^(?:被|由|经|荣获|获得|获)?(?P<orgs>[^“”「」《》]+?){CONFER_VERBS}(?:他|她|其)?")
# 新中国第一批全国劳动模范 / 我国首批全国技术能手: the nation named before a national honour's round
NATION_BEFORE_EDITION_RE = re.compile(r"(?:新中国|我国|中华人民共和国|共和国)(?:成立后|成立以来)?的?")
QUOTED_RE = re.compile(r"[“\"‘「『]([^“”\"‘’「」『』]+)[”\"’」』]")
QUOTE_CHARS = '“”"‘’「」『』《》'
PAREN_RE = re.compile(r"[（(][^（）()]*[）)]")
RANK_RE = re.compile(r"^.*?(?:第[一二三四五六七八九十\d]+[位个名]|首位|首个)")

RECIPIENTS_RE = re.compile(
    rf"^等?(?:\d+|[{CN_NUM}]+)(?:位|名|人)(?:优秀|先进)?(?:女性|个人|职工|同志|工作者|劳动者|人物|女职工|青年)?"
)

PhraseKind = Literal["honour", "competition", "position"]


@dataclass
class ParsedHonour:
    """One honour as the conventions describe it; ``usual_conferrer`` is dictionary background."""

    title: str
    raw: str
    edition: str | None = None
    year: int | None = None
    level: str | None = None
    category: str | None = None
    conferred_by: list[str] = field(default_factory=list)
    usual_conferrer: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Tables:
    series: dict[str, dict[str, Any]]
    categories: tuple[tuple[str, str], ...]
    keywords: tuple[str, ...]
    placings: tuple[str, ...]
    competition_words: tuple[str, ...]
    counted_selections: tuple[str, ...]
    industries: tuple[str, ...]
    industry_prefixes: tuple[str, ...]
    collective_words: tuple[str, ...]
    not_honour_words: tuple[str, ...]
    not_honour_exceptions: tuple[re.Pattern[str], ...]  # compiled once: ~340 substitutions a page
    # phrase_kind's answers: a page asks ~400 times for ~130 phrases; forget_phrase_kinds empties it
    kinds: dict[str, PhraseKind | None] = field(default_factory=dict, compare=False)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    from loaders.extract.diskcache import parsed_yaml

    data = parsed_yaml(SERIES_FILE) or {}  # kept parsed in the user cache (start-up)
    series: dict[str, dict[str, Any]] = {}
    for entry in data.get("series") or []:
        for name in [entry["title"], *(entry.get("aliases") or [])]:
            series[_key(name)] = entry
    return _Tables(
        series=series,
        categories=tuple((k, v) for k, v in data.get("categories") or []),
        keywords=tuple(sorted(data.get("honour_keywords") or [], key=len, reverse=True)),
        placings=tuple(data.get("placings") or []),
        competition_words=tuple(data.get("competition_words") or []),
        counted_selections=tuple(data.get("counted_selections") or []),
        industries=tuple(data.get("industries") or []),
        industry_prefixes=tuple(data.get("industry_prefixes") or []),
        collective_words=tuple(data.get("collective_words") or []),
        not_honour_words=tuple(data.get("not_honour_words") or []),
        not_honour_exceptions=tuple(re.compile(w) for w in data.get("not_honour_exceptions") or []),
    )


@lru_cache(maxsize=1)
def short_body_names() -> frozenset[str]:
    """Short names of conferring bodies (全总, 中国技协 …; data/dictionaries/conferrer_aliases.yaml)."""
    path = SERIES_FILE.with_name("conferrer_aliases.yaml")
    from loaders.extract.diskcache import parsed_yaml

    data = parsed_yaml(path) or {}
    return frozenset(str(k) for k in data)


_KEY_DROP_RE = re.compile(rf"[\s{QUOTE_CHARS}·]")  # compiled once: _key runs ~900 times a page


def _key(text: str) -> str:
    return _KEY_DROP_RE.sub("", text)


# Posts and appointments: a phrase ending in one of these names a post, not an honour.
# 优秀班主任 / 模范矿长 / 十佳班组长: praise right before the post that ends a phrase. The post may
# name the kind of unit it heads (优秀村级党组织书记, 优秀农村党支部书记, 四星级农村党支部书记): such
# unit words do not count towards the post's length, since the phrase still praises a kind of office.
# A star rating (四星级) is praise too.
PRAISED_POST_RE = re.compile(
    r"""(?:优秀|模范|十佳|十大|杰出|卓越|最美|金牌|标兵|[一二三四五]星级)
        (?:村级|农村|社区|基层|村|党总支|党支部|党组织|团支部|党委|[\u4e00-\u9fff]){0,4}$""",
    re.VERBOSE,
)
POST_ENDINGS = (
    "队长",
    "班长",
    "组长",
    "主任",
    "主席",
    "书记",
    "经理",
    "厂长",
    "矿长",
    "局长",
    "科长",
    "部长",
    "站长",
    "委员",
    "会长",
    "理事",
    "专家",
    "裁判",
    "评委",
    "顾问",
    "监事",
    "董事",
    "总监",
    "总工程师",
    "工程师",
    "技术员",
    "秘书长",
    "干事",
    "院长",
    "校长",
    "所长",
    "处长",
    "区长",
    "县长",
    "市长",
    "镇长",
    "村长",
    "负责人",
    "领班",
    "工长",
    "值班长",
    "代表",
    "成员",
    "教授",
    "讲师",
    "考评员",
)
GRADES = ("高级技师", "技师", "高级工", "中级工", "初级工", "高级工程师", "工程师")


_DIGITS_CN = "零一二三四五六七八九"


def _cn_numeral(n: int) -> str:
    """1–999 in Chinese numerals as editions are written: 十, 十六, 二十四, 一百零五."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = _DIGITS_CN[hundreds] + "百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS_CN[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (_DIGITS_CN[ones] if ones else "")


def edition_numerals(edition: str | None) -> str | None:
    """An edition with Chinese numerals, the form the keys use (第24届 → 第二十四届, 第3批 → 第三批);
    any other edition as given."""
    if not edition:
        return edition
    m = re.fullmatch(r"第\s*(\d{1,3})\s*([届批期屆])", edition)
    if not m or not 0 < int(m.group(1)) < 1000:
        return edition
    return f"第{_cn_numeral(int(m.group(1)))}{m.group(2).replace('屆', '届')}"


RANKED_PLACING_RE = re.compile(r"[一二三四五六七八九十\d]+等奖|第[一二三四五六七八九十\d]+名")  # 一等奖, 第三名


def is_placing(text: str) -> bool:
    """一等奖, 第一名, 金奖 …; 金牌 only together with a competition (金牌工人 is an honour)."""
    s = _key(to_simplified(text))
    t = _tables()
    if RANKED_PLACING_RE.search(s):
        return True
    for p in t.placings:
        # 金牌工人 is an honour, but a medal ending the phrase (个人金牌, 团体银牌) is a placing
        if p in s and (not p.endswith("牌") or s.endswith(p) or any(w in s for w in t.competition_words)):
            return not _selected_laureate(s, p, t)
    return False


def _selected_laureate(s: str, placing: str, t: _Tables) -> bool:
    """Whether a 状元 (榜眼, 探花) names the laureates of a counted selection rather than a contest's
    winner: 全国十大农民女状元 is a title the women's federation confers; 技能大赛状元 stays a placing."""
    if placing not in ("状元", "榜眼", "探花") or any(w in s for w in t.competition_words):
        return False
    head = s[: s.index(placing)]
    return any(w in head for w in t.counted_selections)


def _not_honour_word(s: str, t: _Tables) -> bool:
    """Whether ``s`` holds a word that makes a phrase no honour (大会, 精神 …), outside the compounds
    that honours are named with (全国精神文明十佳人物: 精神文明 is no 精神)."""
    for w in t.not_honour_exceptions:
        s = w.sub("", s)  # each a pattern (精神奖(?![励金]): a prize, not a reward's kind)
    return any(w in s for w in t.not_honour_words)


def phrase_kind(phrase: str) -> PhraseKind | None:
    """'competition' for placings, 'position' for posts, 'honour' for a person's honours, None otherwise."""
    kinds = _tables().kinds
    if phrase not in kinds:
        kinds[phrase] = _phrase_kind(phrase)
    return kinds[phrase]


def forget_phrase_kinds() -> None:
    """Empty phrase_kind's and parse_honour's memos (the extraction bench starts every round from nothing)."""
    _tables().kinds.clear()
    _PARSED.clear()


def _phrase_kind(phrase: str) -> PhraseKind | None:
    s = _key(to_simplified(phrase))
    t = _tables()
    if is_placing(s):
        return "competition"
    if APPOINTMENT_RE.search(s):
        return "position"
    if any(w in s for w in t.collective_words) or _not_honour_word(s, t) or "《" in phrase:
        return None
    if s in t.series:
        return "honour"
    if s.endswith(POST_ENDINGS) and PRAISED_POST_RE.search(s):
        return "honour"  # 全国优秀班主任 / 十佳班组长: a post qualified by praise is an honour's name
    if s.endswith(POST_ENDINGS) or s in GRADES:
        return "position"
    if any(k in s for k in t.keywords):
        return "honour"
    if NATIONAL_AWARD_RE.fullmatch(s) and not any(w in s for w in t.competition_words) and not WORK_AWARD_RE.search(s):
        return "honour"  # 全国脱贫攻坚奖奋进奖 / 中国质量奖: a national award by its name, no contest's
    return None


# an award for a piece of work (a project, a patent, a result), not for the person: 中国机械工业科学技术奖
WORK_AWARD_RE = re.compile(r"科学技术奖|科技进步奖|技术发明奖|自然科学奖|专利|成果|论文|作品")
# a national award named as one: 全国/中国/中华 … 奖 (全国脱贫攻坚奖, 中国青年科技奖, 全国创新争先奖)
NATIONAL_AWARD_RE = re.compile(
    r"(?:(?:19|20)\d\d年度?)?(?:第[一二三四五六七八九十百\d]{1,4}届|首届)?(?:全国|中国|中华)[\u4e00-\u9fff]{2,12}奖"
)


def known_series(title: str) -> bool:
    """Whether ``title`` is a series the dictionary names (data/dictionaries/honour_series.yaml)."""
    return _key(to_simplified(title)) in _tables().series


def is_honour(phrase: str) -> bool:
    """True for a person's honour (not a placing, a post, a collective's honour or plain text)."""
    return phrase_kind(phrase) == "honour"


def honour_category(title: str) -> str:
    """The category by series dictionary, else by the first matching keyword, else 其他."""
    t = _tables()
    entry = t.series.get(_key(title))
    if entry and entry.get("category"):
        return str(entry["category"])
    for keyword, category in t.categories:
        if keyword in title:
            return category
    return "其他"


# a sector's name run together (教科文卫体系统, 科教文卫): no body's name ends inside it (河南省教|科 is no 科)
SECTOR_RUN_RE = re.compile(r"教?科文卫体?|科教文卫体?")


def _continued_body(title: str, n: int) -> bool:
    """Whether the words after ``title[:n]`` make it a longer body's name (中国石油 + 大学)."""
    return any(org_kind(title[: n + k]) is not None and is_org_name(title[: n + k]) for k in (2, 3))


def org_prefix(title: str) -> str | None:
    """An organisation named at the start of a title (焦煤集团大工匠 → 焦煤集团)."""
    known = known_organizations()
    inside = {k for m in SECTOR_RUN_RE.finditer(title) for k in range(m.start() + 1, m.end())}
    for n in range(len(title) - 1, 1, -1):
        head = title[:n]
        if NOT_BODY_WORDS_RE.search(head) or n in inside:
            continue
        if head in known and not is_place(head):
            if _continued_body(title, n):
                continue  # 中国石油大学杰出校友: the brand 中国石油 begins a university's name, not the title
            return head
        if n <= 2:
            break  # 煤矿技工榜样: a bare kind word (煤矿, 公司) names no body
        kind = org_kind(head)
        if (
            (
                kind in kinds_in("honour_title")
                or (
                    kind == "政府部门"
                    and head.endswith("局")
                    and not is_place(head[:-1] or "X")
                    and not re.search(r"[省市县区]", head)
                )
            )
            and is_org_name(head)
            and not head.startswith("被")
            and is_suffix_boundary(title, n, head[-2:])
        ):
            return head
    return None


def _starts_with_any(title: str, names: Collection[str]) -> str | None:
    """The longest of ``names`` that ``title`` opens with (one candidate a length: its prefix)."""
    for n in range(len(title), -1, -1):
        if title[:n] in names:
            return title[:n]
    return None


# a county, district or banner opening a title (某某县, 南海区, 达拉特旗); not 三八红旗手, 优秀社区工作者, 工业园区
COUNTY_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:县|(?<![社园景小片辖])区|(?<!红)旗)")


def _county_city_before(title: str) -> bool:
    """Whether ``title`` opens with a county-level city written with 市 (宜兴市…, 张家港市…)."""
    m = re.match(r"^([\u4e00-\u9fff]{2,4}?)市", title)
    return m is not None and m.group(1) in places()["county_cities"]


def honour_level(title: str) -> str | None:
    """国家/省/市/县/行业/企业 from the series dictionary or the title's own words; None if silent."""
    t = _tables()
    entry = t.series.get(_key(title))
    if entry and entry.get("level"):
        return str(entry["level"])
    org = org_prefix(title)
    if org:
        if org_kind(org) in kinds_in("enterprise") or (org in known_organizations() and not org_kind(org)):
            return "企业"
        title = org  # a union or public body: its own name tells the level (焦作市总工会 → 市)
    body = re.sub(r"^(?:全国|中国|中华全国|国家)", "", title)
    if (
        title.startswith(t.industry_prefixes)
        or (body != title and body.startswith(t.industries))
        or re.search(r"(?:行业|系统)(?!内)", title)
        or "协会" in title
    ):
        return "行业"
    if title.startswith(("全国", "中华", "国家", "中国", "大国", "国务院", "中央", "首都")):
        return "国家"
    p = places()
    if (
        title.startswith(("省级", "省部级", "省"))
        or _starts_with_any(title, p["provinces"])
        or _starts_with_any(title, p["province_nicknames"])
    ):
        return "省"
    if _county_city_before(title):
        return "县"  # 宜兴市劳动模范: a county-level city's honour (before 2–4 characters + 市 reads 市)
    if (
        title.startswith(("市级", "市", "地市级", "我市", "本市", "全市"))
        or _starts_with_any(title, p["cities"])
        or _starts_with_any(title, p["city_nicknames"])
        or re.match(r"^[\u4e00-\u9fff]{2,4}市", title)
    ):
        return "市"
    if title.startswith(("县级", "县", "区级", "我县", "本县", "全县")) or COUNTY_RE.match(title):
        return "县"
    if title.startswith(("企业", "公司", "集团", "厂级", "矿级")):
        return "企业"
    return None


class _Twin:
    """The simplified phrase and its source spelling, edited together (deletions only)."""

    def __init__(self, raw: str) -> None:
        self.r = re.sub(r"^[^\w“「『（(]+", "", squeeze(raw)).strip("，,。；;、 ")
        self.s = to_simplified(self.r).translate(_FULLWIDTH)

    def cut(self, start: int, end: int) -> None:
        self.s, self.r = self.s[:start] + self.s[end:], self.r[:start] + self.r[end:]

    def raw_of(self, text: str, start: int = 0) -> str:
        i = self.s.find(text, start)
        return self.r[i : i + len(text)] if i >= 0 else text


def _conferrers(tw: _Twin) -> list[str]:
    """Bodies in a leading 被X、Y授予 / X授予他 / X公布的 clause (removed from the phrase)."""
    m = CONFERRER_RE.match(tw.s)
    if not m:
        return []
    names = split_org_list(m["orgs"].lstrip("被由经"))
    if not names or not all(is_org_name(n) or _local_body(n) for n in names):
        return []
    out, province = [], None
    for n in names:
        raw = tw.raw_of(n)
        prov = re.match(r"^[\u4e00-\u9fff]{2,3}?省", n)
        province = province or (prov.group() if prov else None)
        if local_scope(n) and province:  # 辽宁省委、省政府: the second shares the first's province
            raw = resolve_local(raw, province=province)
        out.append(raw)
    tw.cut(0, m.end())
    return out


def _local_body(name: str) -> bool:
    scope = local_scope(name)
    return bool(scope and (org_kind(scope[1]) is not None or any(name.endswith(s) for s in ("政府", "总工会", "委"))))


def _has_own_brand(quoted: str, prefix_org: str | None) -> bool:
    """中原大工匠 names its region, 东风工匠 its company: the prefix is not part of the title."""
    if honour_level(quoted) is not None:
        return True
    return bool(prefix_org and quoted[:2] == prefix_org[:2])


# a deictic or a joining word left at a title's front (本次, 本届, 和, 为): no part of the name
# 出: the tail of 评选出/选出; 有 opens 有色金属行业…/有机农业… as a word of the name, not a verb
TITLE_LEAD_RE = re.compile(r"^(?:本次|此次|这次|本届|和|及|与|为|有(?![色机])|出)")
# a word of praise that makes a role an honour (优秀人大代表, 模范委员)
PRAISE_RE = re.compile(r"优秀|模范|先进|杰出|十佳|最美|标兵|突出贡献")


def titled_kind(phrase: str) -> PhraseKind | None:
    """The kind of a phrase the sentence itself marks as a title (被评为“X”, 荣获“X”称号): any name that
    is no placing, grade, appointment, collective's honour or event is an honour there, even one without
    an honour word (全国种粮大户) or ending in a role (三明市优秀人大代表, 中国石油技能专家).

    >>> titled_kind("全国种粮大户"), titled_kind("一等奖"), titled_kind("高级技师")
    ('honour', 'competition', 'position')
    """
    s = _key(to_simplified(phrase))
    t = _tables()
    kind = phrase_kind(s)
    if kind == "honour" or kind == "competition":
        return kind
    if APPOINTMENT_RE.search(s) or s in GRADES or s.endswith(GRADES[:2]):
        return "position"
    if s.endswith(("代表", "委员")) and not PRAISE_RE.search(s):
        return "position"  # 第十二届全国人大代表 is a seat; 三明市优秀人大代表 is an honour
    if any(w in s for w in t.collective_words) or _not_honour_word(s, t) or "《" in phrase:
        return None
    if any(w in s for w in t.competition_words):
        return "competition"  # 荣获“振兴杯”: a cup names a competition
    return "honour" if len(re.findall(r"[\u4e00-\u9fff]", s)) >= 3 else None


# 1962年出生、 / 1973年5月生， : a birth date in the words before an honour
BIRTH_RE = re.compile(r"(?:19|20)\d\d\s*年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生)(?:[、，,\s]+|$)")


def parse_honour(raw: str, *, doc_year: int | None = None, titled: bool = False) -> ParsedHonour | None:
    """Parse one honour phrase as written; None when the phrase is not a person's honour.

    ``titled``: the sentence marks the phrase as a title (被评为“X”, 荣获“X”称号), so a name without an
    honour word is one too (:func:`titled_kind`)."""
    # remembered per (phrase, year, titled) — a page asks again for a quarter of its phrases — and
    # handed out as a copy (callers extend the lists); forgotten with forget_phrase_kinds and when
    # the series or organisation tables are others
    tables, known = _tables(), known_organizations()
    if _PARSED_TABLES[0] is not tables or _PARSED_TABLES[1] is not known:
        _PARSED.clear()
        _PARSED_TABLES[:] = [tables, known]
    key = (raw, doc_year, titled)
    if key in _PARSED:
        kept = _PARSED[key]
    else:
        if len(_PARSED) >= 4096:
            _PARSED.clear()
        kept = _PARSED[key] = _parse_honour(raw, doc_year=doc_year, titled=titled)
    if kept is None:
        return None
    return replace(kept, conferred_by=list(kept.conferred_by), usual_conferrer=list(kept.usual_conferrer))


_PARSED: dict[tuple[str, int | None, bool], ParsedHonour | None] = {}
_PARSED_TABLES: list[object] = [None, None]


# 中国科学院年度人物和年度团队: a person's honour paired with its team twin
PAIR_JOIN_RE = re.compile(r"和|及|与")


def _person_part(raw: str, kind_of: Any) -> str | None:
    """The person's honour of a pair whose other half is a team's (…年度人物和年度团队 → …年度人物),
    when the half before the join is an honour by itself; else None.  (A wider reading, any
    collective word after the join, lost precision on dev.)"""
    t = _tables()
    for m in PAIR_JOIN_RE.finditer(raw):
        left, right = raw[: m.start()], raw[m.end() :]
        # the pair is inside the quote when there is one (某某等8个个人和团队获得2019年“X和Y”)
        core = to_simplified(re.split(r"[“「『]", left)[-1])
        right = re.sub(r"[”」』]?(?:荣誉称号|称号)?$", "", to_simplified(right))
        twin = right.endswith("团队") and core.endswith("人物")
        if twin and not any(w in core for w in t.collective_words) and kind_of(core) == "honour":
            return left
    return None


def _cut_unmatched_brackets(tw: _Twin) -> None:
    """（省政府同时授予湖南省先进工作者）: an honour read inside a bracketed aside ends at the aside's
    closing bracket, which is no part of its name; so is an opening bracket left at its start."""
    if tw.s[-1:] in ("）", ")") and not re.search(r"[（(]", tw.s):
        tw.cut(len(tw.s) - 1, len(tw.s))
    if tw.s[:1] in ("（", "(") and not re.search(r"[）)]", tw.s):
        tw.cut(0, 1)


def _parse_honour(raw: str, *, doc_year: int | None = None, titled: bool = False) -> ParsedHonour | None:
    """:func:`parse_honour`'s reading of a phrase (its answer is never handed out itself)."""
    kind_of = titled_kind if titled else phrase_kind
    if raw.endswith("代表") and len(raw) > 4 and phrase_kind(raw[:-2]) == "honour":
        # 全国劳动模范代表张某发言: the holder speaking for the honourees holds the honour, not a
        # "representative" title (人大代表 stays whole: 人大 has no honour word, even when quoted)
        return _parse_honour(raw[:-2], doc_year=doc_year, titled=titled)
    tw = _Twin(raw)
    if not tw.s:
        return None
    if kind_of(tw.s) != "honour":
        # (only a quoted name: unquoted, the pair is two honours of a commendation, one each)
        own = _person_part(raw, kind_of) if titled else None
        return _parse_honour(own, doc_year=doc_year, titled=titled) if own else None
    year = None
    born = BIRTH_RE.search(tw.s)
    if born:  # 是1973年出生、2013年被评为“X”: a birth date dates no honour
        tw.cut(born.start(), born.end())
    span = YEAR_RANGE_RE.search(tw.s)
    if span:  # 2014-2016年度金山区先进生产者: a range names no single year (the conferral's may stand)
        tw.cut(span.start(), span.end())
    lead = re.match(
        rf"^(?:{YEAR}(?!\s*[人名位个余多])\s*(?:年度|年)?|前年|去年|今年|上年|当年|本年|次年|翌年|同年)", tw.s
    )
    if lead:  # 2020年被…授予…, 去年荣获…: the date opens the phrase
        year = (
            cn_to_int(lead.group()[:4])
            if lead.group()[:1].isdigit() or lead.group()[:1] in CN_NUM
            else relative_year(lead.group(), doc_year)
        )
        tw.cut(0, lead.end())
    conferred = _conferrers(tw)
    m = LEADING_VERBS.match(tw.s)
    if m:
        tw.cut(0, m.end())
    while m := HOLDERS_LEAD_RE.match(tw.s) or LEADING_VERBS.match(tw.s):  # 等16位同志X, 同志喜获“X”
        tw.cut(0, m.end())
    m = RANK_RE.match(tw.s)  # 成为沈阳动车段第一位全国五一劳动奖章获得者
    if m:
        tw.cut(0, m.end())
    conferred += _conferrers(tw)  # 入选…公布的…
    if re.match(r"(?:以下|下列|如下)", tw.s):
        return None  # 授予以下同志X: the honour of the list below, read with the list
    # an organisation followed by a year or an edition is the issuer, not part of the series
    head = org_prefix(tw.s)
    if (
        head
        and re.match(rf"(?:{YEAR}|第|首届|首批)", tw.s[len(head) :])
        and not re.match(r"[“「『]", tw.s[len(head) :].lstrip("0123456789年度第一二三四五六七八九十届批首"))
    ):
        conferred.append(tw.raw_of(head))
        tw.cut(0, len(head))
    rel = RELATIVE_RE.search(tw.s)
    if rel:
        year = year or relative_year(rel.group(), doc_year)
        tw.cut(rel.start(), rel.end())
    ym = YEAR_PHRASE_RE.search(tw.s)
    if ym:
        digits = re.search(YEAR, ym.group())  # always found: YEAR_PHRASE_RE is built on YEAR
        if digits:
            year = year or cn_to_int(digits.group())
        tw.cut(ym.start(), ym.end())
    roc = ROC_YEAR_RE.search(tw.s) if year is None else None
    if roc:  # 南投縣111年度模範勞工: a Taiwanese series dated in the Minguo era
        year = int(roc.group("n") or roc.group("n2")) + 1911
        tw.cut(roc.start(), roc.end())
    if tw.s.startswith("年度"):
        tw.cut(0, 2)
    # 3月月度中国好医生 / 第一季度“江苏好人”: the period of a monthly or quarterly series is no part of its name
    pm = re.match(r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|第?[一二三四]季度)?(?:月度|季度)?", tw.s)
    if pm and pm.end() and len(tw.s) - pm.end() >= 3:
        tw.cut(0, pm.end())
    edition = None
    em = EDITION_RE.search(tw.s)
    if em:
        edition = re.sub(r"\s+", "", em.group())
        era = NATION_BEFORE_EDITION_RE.fullmatch(tw.s[: em.start()])
        tw.cut(em.start(), em.end())
        if era and tw.s[era.end() :].startswith("全国"):
            tw.cut(0, era.end())  # 新中国第一批全国劳动模范 / 我国首批…: the nation, not part of the name
    while pm := PAREN_RE.search(tw.s):
        tw.cut(pm.start(), pm.end())
    _cut_unmatched_brackets(tw)
    local_level = None
    title = tw.s
    qm = next((q for q in QUOTED_RE.finditer(tw.s) if kind_of(q.group(1)) == "honour"), None)
    if qm:
        prefix, quoted = tw.s[: qm.start()], qm.group(1)
        suffix = TRAILING_WORDS.sub("", tw.s[qm.end() :])
        prefix = LEADING_VERBS.sub("", prefix)
        if "为" in prefix:
            # 授予…等6名环卫工人为杭州市“最美环卫人” / 何某(女)为…: the holders before 为 are no part of it
            rest = prefix.rsplit("为", 1)[1]
            if not rest or is_place(rest) or rest.endswith(("省", "市", "县", "区")) or is_org_name(rest):
                prefix = rest
        orgs = split_org_list(prefix) if prefix else []
        if prefix in ("我市", "本市", "全市", "我县", "本县", "我省", "本省"):
            local_level = {"市": "市", "县": "县", "省": "省"}[prefix[-1]]
            title = quoted + suffix
        elif len(orgs) > 1 and all(is_org_name(o) for o in orgs):
            conferred += [tw.raw_of(o) for o in orgs]
            title = quoted + suffix
        elif prefix and _scope_of_units(prefix):  # 上海市中等职业学校“…好班主任”: where, not who confers
            title = prefix + quoted + suffix
        elif prefix and (is_org_name(prefix) or prefix in short_body_names()):  # 中国技协“煤矿技工榜样”
            conferred.append(tw.raw_of(prefix))
            title = quoted + suffix if _has_own_brand(quoted, prefix) else prefix + quoted + suffix
        elif prefix and (is_place(prefix) or prefix.endswith(("省", "市", "县", "区"))):
            title = quoted + suffix if honour_level(quoted) is not None else prefix + quoted + suffix
        elif prefix == "全国" and not quoted.startswith("全国"):
            title = prefix + quoted + suffix  # 被授予全国“五一劳动奖章”: the level word before the quote is its own
        else:
            title = quoted + suffix  # 站上了首届“长三角大工匠”: words around the series are not its name
    title = TRAILING_WORDS.sub("", "".join(ch for ch in title if ch not in QUOTE_CHARS)).strip("，,、 ")
    title = CATEGORY_GROUP_RE.sub(r"\g<series>", title)
    title = LEADING_VERBS.sub("", title) or title
    lead_word = TITLE_LEAD_RE.match(title)
    rest = title[lead_word.end() :] if lead_word else ""
    if (
        lead_word
        and len(rest) >= 4
        and kind_of(rest) == "honour"
        and (len(lead_word.group()) > 1 or honour_level(rest) is not None or org_prefix(rest))
    ):
        # 本次省劳动模范 / 和集团公司技术标兵 / 为某市劳动模范 / 有全国优秀警察 (but 和谐…, 为民…, 有为… stay)
        title = rest
    # 在…作出突出贡献的10位优秀女性全国三八红旗手标兵: the recipients described before the series
    # (a relative clause, a head count and who they are) are not its name
    if "的" in title:
        head, tail = title.split("的", 1)[0], title.rsplit("的", 1)[1]
        if len(tail) >= 4 and phrase_kind(tail) == "honour":
            title = tail
        elif (
            len(head) >= 4
            and phrase_kind(head) == "honour"
            and re.search(r"(?:会员|职工|员工|同志|代表|人员|人士|者|\d名个人)(?:有|是|为)?$", tail)
        ):
            title = head  # 全国五一劳动奖章的民进会员有 / …奖章的166名个人: the holders described after the series
    counted = RECIPIENTS_RE.sub("", title)
    title = counted if len(counted) >= 4 and phrase_kind(counted) == "honour" else title
    org = org_prefix(title)
    if org and not conferred and "的" not in org:  # 五一劳动奖章的某公司董事长: a holder's unit, no issuer
        conferred.append(tw.raw_of(org))
    title = re.sub(r"(?:和|及|与)(?:证书|奖金|奖杯|奖牌|奖状)$", "", title)  # 颁发了“全国五一劳动奖章”和证书
    if not title or kind_of(title) not in ("honour", None) or re.search(r"了|却|这么|那么", title):
        return None  # …煤矿工人却感动了共和国原总理: a clause, not a name
    title = _full_series_word(title)
    level = honour_level(title) or local_level or _level_of_bodies(conferred)
    entry = _tables().series.get(_key(title)) or {}
    return ParsedHonour(
        title=title,
        raw=raw,
        edition=edition,
        year=year,
        level=level,
        category=honour_category(title),
        conferred_by=list(dict.fromkeys(conferred)),
        usual_conferrer=list(entry.get("usual_conferrer") or []),
    )


# a class of schools over a place (上海市中等职业学校, 全市中小学): the scope a series
# is held in, never a body that confers it, as a named school or company is
UNIT_SCOPE_RE = re.compile(
    r"""
    (?:[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|州)|全国|全省|全市|全县|全区)?  # the place, if any
    (?:中等职业学校|中等职业技术学校|职业院校|高等学校|普通高校|高校|中小学校?|中小学幼儿园|幼儿园)  # the class
    """,
    re.VERBOSE,
)


def _scope_of_units(prefix: str) -> bool:
    """上海市中等职业学校 / 全市中小学: a class of schools, not one of them (a 系统 is left alone:
    read so, it changed dev keys' honours for the worse)."""
    return UNIT_SCOPE_RE.fullmatch(to_simplified(prefix)) is not None


def _full_series_word(title: str) -> str:
    """A level's or place's 劳模 is the series 劳动模范 (全国劳模 → 全国劳动模范, 天津市劳模 →
    天津市劳动模范); a descriptive level (省级劳模) or a company's name stays as written.

    >>> _full_series_word("全国劳模"), _full_series_word("市劳模"), _full_series_word("省级劳模")
    ('全国劳动模范', '市劳动模范', '省级劳模')
    """
    if not title.endswith("劳模"):
        return title
    head = title[:-2]
    if head in ("全国", "省", "市", "县", "区", "州") or (
        head.endswith(("省", "市", "县", "区", "州", "自治区")) and (is_place(head) or len(head) <= 8)
    ):
        return head + "劳动模范"
    return title


def _level_of_bodies(bodies: list[str]) -> str | None:
    """The level a conferring body implies: 修武县总工会 → 县, 九里山矿 → 企业."""
    for body in bodies:
        simple = to_simplified(body)
        if org_kind(simple) in kinds_in("enterprise") or (
            simple in known_organizations()
            and not org_kind(simple)
            and not simple.startswith(("中共", "国务院", "全国", "中华"))
        ):
            return "企业"
        level = honour_level(simple)
        if level:
            return level
    return None
