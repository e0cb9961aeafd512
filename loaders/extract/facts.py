"""Sentence-level fact finders: honours, posts, competitions, patents, standards, projects, birth.

Each finder is a function ``(ctx, sentence) -> list[Fact]``: it reads one sentence of an article
over a read-only ``Context`` and returns the facts it found (a ``Found`` list of its own), each with
the offset it hangs on.  ``loaders.extract.stages`` runs the finders in order and the article's
later steps; ``loaders.extract.profile`` then gives each fact to a person (a name the finder
attached, else the nearest name before it in the sentence, else the person the article profiles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from loaders.dates import MONTH_DAY_RE, cn_to_int, ends_in_open_range, find_dates, parse_birth, parse_period, year_span
from loaders.extract.document import Article, Document, Sentence
from loaders.extract.lexicon import lexicon
from loaders.extract.orgfind import OrgIndex, bracketed_name_start
from loaders.extract.people import Mention, People
from loaders.extract.posts import (
    department_after,
    held_expert,
    honour_lead,
    org_head,
    parse_post,
    stray_digits,
    trade_title,
)
from loaders.honours import (
    COUNTED_HOLDERS_RE,
    QUOTED_RE,
    RANK_RE,
    TITLE_THEN_VERB_RE,
    ParsedHonour,
    honour_level,
    is_placing,
    parse_honour,
    phrase_kind,
)
from loaders.orgs import employer_of, is_org_name, org_kind, org_tier, split_org_list

CLAUSE_END = "，,；;。！？!?：:"
# words before an honour that tell it as held before the page's news (曾获, 获得的荣誉包括 …, 她是…获得者)
PAST_MARKERS = (
    "曾",
    "先后",
    "此前",
    "之前",
    "多年来",
    "以来",
    "历年",
    "过去",
    "早在",
    "相继",
    "荣誉包括",
    "荣誉有",
    "所获荣誉",
    "获得的荣誉",
    # 两次荣获“全国劳动模范”称号 / 多次被评为…: a count of conferrals sums up a career, it reports none
    "两次",
    "兩次",
    "多次",
    "屡次",
    "屢次",
    "数次",
    "數次",
)
HONOUR_VERB_RE = re.compile(
    r"(?:荣获|获得|获评为?|获授|获颁|被评为|被评选为|评为|被授予|授予(?:他|她|其)?|当选为?|荣膺|入选|被命名为|命名为|"
    r"捧回了?|摘得|荣登|成为|获称(?![赞颂道许])|获)"  # 获称: 获得…称号, written short (not 获称赞)
)
GIVEN_BY_RE = re.compile(r"(?P<b>[^，。；“”]{4,60}?)(?:联合|共同)?(?:授予|颁发|评选|命名|表彰)的(?P<h>.{2,40})$")
PODIUM_RE = re.compile(r"(?:站上|登上|走上)了?(?P<h>[^，。；“”]{4,30}?)的?(?:最高)?领奖台")
AWARD_VERB_RE = re.compile(r"授予|追授|表彰|命名|评为|获评|获得|荣获|当选|入选|捧回|获")  # 追授: a posthumous award
AWARD_CONTEXT_RE = re.compile(
    r"授予|追授|表彰|命名|评为|获评|获得|荣获|当选|入选|捧回|获|名单|领奖|称号|揭晓|成为|授牌|荣膺|摘得|"
    r"发布|晚会|颁奖|"
    r"(?:推选|选树|评选)为"  # 甲、乙成功推选为第三届某省“最美劳动者” / 被选树为“最美职工”
)
# the words after a quote that still name the honour (“感动中国”年度人物, “感动山西”十大人物, …提名奖),
# past a space the page left (“最美妇联人” 提名奖) or the edition's year (“感动中国”2016年度十大人物)
SUFFIX_KEEP_RE = re.compile(
    r"^[ \u3000]?(?:(?:(?:19|20)\d\d\s*年度?)?(?:十大|十佳)[\u4e00-\u9fff]{0,3}?人物|年度人物提名人选|年度人物|人物"
    r"|提名人选|提名奖|特别奖|获得者)"
)
SUFFIX_DROP_RE = re.compile(r"^(?:等)?(?:荣誉称号|光荣称号|称号|荣誉)")
POSITION_VERB_RE = re.compile(
    r"(?:被聘任为|被聘请为|被聘为|被任命为|被选为|被推选为|被推举为|聘任为|聘为|任命为|转岗成为|成长为|当选为|当选|"
    # (担任过…等职务, 逐步升为班长、队长: a career's verbs)
    r"担任过|当过|担任|兼任|现任|现为|出任|升任|调任|晋升为|提拔为|提升为|(?<![晋提])升为|"
    r"(?<![责信担兼现出升调聘主])任(?![务何性意期职])|作为|成为|是)"
)
APPOINTED_RE = re.compile(r"聘|兼任|同时担任|兼职")
JOIN_RE = re.compile(
    r"(?:进入|加入|调入|分配到|来到|入职|(?<=[年岁])(?:进|到))(?P<org>[^，,。；;、（(]{2,40}?)(?:[（(][^）)]*[）)])?(?:[，,]?\s*(?:从|当(?:上|起)?了?|成为|做了?|担任)(?:一名|一位|了一名)?(?:普通的?)?(?P<job>[^，。；、]{2,12}?)(?:干起|做起|开始|成长|起步)?)(?=[，,。；;]|成长|$)"
)
STANDARD_SUFFIX_RE = re.compile(r"(?:规范|标准|规程|导则|细则|办法|规定|指南|守则|准则|要求|制度|工法|规则|条件|方法)$")
POLICY_RE = re.compile(r"^关于|通知$|意见$|决定$|方案$|纲要$|规划$|\d{4}$|报$|(?<![办方])法$")
STD_CODE_RE = re.compile(
    r"(?P<code>(?:GB/T|GB/Z|GB|DB\d{2,6}/T|DB\d{2,6}|T/[A-Z]{2,12}|Q/[A-Z0-9]{1,12}|[A-Z]{2,3}/T|[A-Z]{2,3})"
    r"\s*\d+(?:\.\d+)?(?:\s*[-—]\s*\d{4})?)\s*$"
)
STD_ROLE_RE = re.compile(
    r"主要起草人|参与起草|参与制定|参与编写|参与编制|参与修订|主持编写|主持制定|主持修订|牵头制定|牵头编写|"
    r"牵头修订|参编|起草|编制|编写|制定|修订|主持"
)
PATENT_KIND_RE = re.compile(r"发明|实用新型|外观设计")
PATENT_COUNT_RE = re.compile(
    r"(?:(?P<kind1>发明|实用新型|外观设计)?专利(?:授权)?\s*(?P<n1>\d+|[一二三四五六七八九十两]+)\s*[项件个])"
    r"|(?:(?P<n2>\d+|[一二三四五六七八九十两]+)\s*[项件个](?:国家)?(?P<kind2>发明|实用新型|外观设计)?专利)"
)
PROJECT_VERB_RE = re.compile(r"主持|完成|参与|负责|牵头|开展|承担|提出|研发|研制|实施|攻克|带领[^，。]{0,8}开展")
PROJECT_NOUN_RE = re.compile(
    r"(?:项目|研究|攻关|改造|课题|工程|技术|系统|工艺|示范|推广|应用|研制|开发|优化|设计|创新|"
    r"自动化|模式|管理|实践|升级|建设|试验|检测|工装|装置|平台|构建)$"
)
LIST_TAIL_RE = re.compile(
    r"^等(?:一系列|多项|\d+项|[一二三四五六七八九十两]+项)?(?:研究|技术|攻关|科研|创新)?"
    r"(?:项目|研究|课题|工作|内容|攻关|成果|技术工作|技术)"
)
METHOD_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}(?:法|操作法|工作法|检查法|下料法))")
# A clause whose subject is someone else: 其中1人获评…, 合作社被评为…, 指导的选手获得…
NOT_PERSON_CLAUSE_RE = re.compile(
    r"^[^被由]*?(?:其中\d+人|其中[一二三四五六七八九十两]+人|\d+人|[一二三四五六七八九十两]+人|"
    r"[一二三四五六七八九十两\d]+名|团队|班组|科室|集体|合作社|工作室|示范社|所在|他们|她们|"
    r"大家|工友|同事|徒弟|学生|选手|[\u4e00-\u9fff]{1,6}(?:班|组|队|室)(?:先后|也|又|还|均)?被)"
)
ETHNIC_RE = re.compile(
    r"^(?:汉|回|满|蒙古|藏|维吾尔|苗|彝|壮|布依|朝鲜|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|"
    r"拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|"
    r"俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族$"
)


@dataclass
class Fact:
    kind: str
    value: dict[str, Any]
    sent: Sentence
    pos: int
    persons: list[str] | None = None
    confidence: float = 0.8
    others: bool = False  # the clause is about someone else (其中1人, 团队…): never the profiled person
    identity: str | None = None  # tells apart two people of one name in a list (their unit)

    @property
    def key(self) -> tuple[str, Any]:
        return self.kind, self.value.get("title") or self.value.get("count") or self.value.get("value")


@dataclass(frozen=True)
class Context:
    """What every reader of an article may read and none edits: the document, the article, its
    people and organisations, the person it profiles and its sections."""

    doc: Document
    art: Article
    people: People
    orgs: OrgIndex
    main: str | None
    # (start, end, name): the parts of the article about one person, each under a line naming them
    sections: list[tuple[int, int, str]] = field(default_factory=list)
    # sentence start → the person whose section it opens (its comma items describe that person)
    section_openers: dict[int, str] = field(default_factory=dict)

    def section_at(self, pos: int) -> str | None:
        """The person whose section holds ``pos``, or None."""
        return next((n for s, e, n in self.sections if s <= pos < e), None)

    @property
    def text(self) -> str:
        return self.doc.text

    def fact(
        self,
        kind: str,
        value: dict[str, Any],
        sent: Sentence,
        pos: int,
        *,
        persons: list[str] | None = None,
        confidence: float = 0.8,
    ) -> Fact:
        """A new fact at ``pos`` (nothing is recorded): its clause tells whether it is about someone else."""
        clause = clause_text(self.text, sent, pos)
        others = bool(NOT_PERSON_CLAUSE_RE.search(clause[0])) if kind in ("honor", "competition", "position") else False
        return Fact(kind, value, sent, pos, persons, confidence, others)

    def names_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.people.in_span(start, end) if m.name not in self.people.bylines]

    def raw(self, start: int, end: int) -> str:
        return self.doc.norm.raw(start, end)

    def resolve_org(self, name: str | None, pos: int) -> str | None:
        if not name:
            return None
        return self.orgs.resolve(name, pos, county=self.art.county)


class Found(list[Fact]):
    """The facts one finder found in one sentence: a list of its own, filled and returned (the
    finder never sees another finder's facts)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx

    def add(
        self,
        kind: str,
        value: dict[str, Any],
        sent: Sentence,
        pos: int,
        *,
        persons: list[str] | None = None,
        confidence: float = 0.8,
    ) -> Fact:
        fact = self.ctx.fact(kind, value, sent, pos, persons=persons, confidence=confidence)
        self.append(fact)
        return fact


def clause_text(text: str, sent: Sentence, pos: int) -> tuple[str, int, int]:
    """The clause around ``pos`` (between commas or semicolons), with its offsets."""
    s = pos
    while s > sent.start and text[s - 1] not in CLAUSE_END:
        s -= 1
    e = pos
    while e < sent.end and text[e] not in CLAUSE_END:
        e += 1
    return text[s:pos], s, e


def cut_at(text: str, pattern: str) -> str:
    """``text`` up to the first match of ``pattern`` (all of it when nothing matches).

    >>> cut_at("全国劳动模范，2020年", r"[，。；]|$")
    '全国劳动模范'
    """
    m = re.search(pattern, text)
    return text[: m.start()] if m else text


def _in_brackets(text: str, start: int, end: int, pos: int) -> bool:
    """Whether ``pos`` is inside 《…》 or （…） (a title or an aside: its dates date something else)."""
    seg = text[start:pos]
    return seg.count("《") > seg.count("》") or seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")


def _aside_closed(text: str, date_at: int, pos: int) -> bool:
    """Whether the bracket holding a date closes before ``pos``: 张某（1965年出生）荣获X dates nothing
    of X, while 张某（2016年全国技术能手） dates the honour written in the same aside."""
    return re.search(r"[）)》]", text[date_at:pos]) is not None


# 2003年以来 / 1980年来，…先后荣获…: a period's start written after the year
SINCE_AFTER_YEAR = r"(?:年度?)?(?:以来|来(?=[，,]|先后|相继|一直|共|累计|曾|多次|[他她]))"
# 1992年参加工作以来，两次被…授予 / 2005年入职后: a year that dates an event of the person's own life
LIFE_EVENT_AFTER_YEAR = (
    r"(?:年度?)?(?:\d{1,2}月)?(?:\d{1,2}日)?\s*(?:参加工作|入职|进厂|毕业|入党|参军|入伍|退休|退伍|调入|"
    r"參加工作|入職|進廠|畢業|入黨|參軍|調入)"
)


# what stands before a year glued to one item of a list: the list's 、, or the verb of a 先后 list
ITEM_YEAR_LEAD_RE = re.compile(r"(?:、|(?:先后|相继)[\u4e00-\u9fff]{0,2}?" + HONOUR_VERB_RE.pattern + r")\s*$")


def _item_year_passed(rel: str, start: int, end: int) -> bool:
    """Whether a year written inside a list of honours dates only its own item, which ends before the
    list's next 、 (荣获全国劳动模范、2018年“大国工匠年度人物”、全国五一劳动奖章: the medal is undated).
    A year that opens a clause of its own (1998年、2003年被评为A、B) dates what its verb names."""
    if not ITEM_YEAR_LEAD_RE.search(rel[:start]):
        return False
    cut = rel.find("、", end)
    return cut >= 0 and not HONOUR_VERB_RE.search(rel, end, cut)


# 两年后 / 3年后 / 五年之后: a count of years after the date written before it
YEARS_LATER_RE = re.compile(r"(?<![\d年])(\d|[一二两三四五六七八九十])\s*年(?:之)?后")


def year_before(ctx: Context, sent: Sentence, pos: int) -> tuple[int | None, int | None, bool]:
    """(year, end year, open-ended) of the last date before ``pos`` in its sentence.

    Birth dates and years inside 《》 do not count; in a news article a date
    written without its year (2月7日) is the document's year.
    """
    t = ctx.text
    rel = t[sent.start : pos]
    best = None
    nxt = None
    life = None
    from loaders.extract.frames import dates_event, series_after

    for m in re.finditer(r"次年|翌年|第二年", rel):
        nxt = m
    later = None  # 2016年被评为X，两年后获得Y: Y is two years on
    for m in YEARS_LATER_RE.finditer(rel):
        later = m
    for d in find_dates(rel, doc_year=ctx.doc.year):
        after = rel[d.end : d.end + 4]
        if re.match(r"\s*(?:出生|生人|生于|生[，,)）]|年生|生$)", after) or (
            _in_brackets(t, sent.start, sent.end, sent.start + d.start) and _aside_closed(t, sent.start + d.start, pos)
        ):
            continue
        if re.search(r"(?:从|自|自从)$", rel[max(0, d.start - 2) : d.start]) and (
            re.search(r"以来|开始", rel[d.end :]) or re.match(r"\s*起", rel[d.end :])
        ):
            continue  # 从2008年进入宝钢以来 / 从2006年起，…获得…: the start of a period, not the award's date
        if re.match(SINCE_AFTER_YEAR, rel[d.end :]):
            continue  # 对2003年以来…作出显著贡献的…授予: a period's start, not the award's date
        if re.match(LIFE_EVENT_AFTER_YEAR, rel[d.end :]):
            life = d
            continue  # 1992年参加工作以来，两次被…授予: the year the person started work, not the award's
        if dates_event(rel, d.end):
            continue  # 在2022年度职业技能竞赛中取得优异成绩的选手: the year of the competition, not the award's
        if re.search(r"[”」』]的(?!(?:光荣|荣誉)?称号|荣誉)", rel[d.end :]):
            continue  # 入选2017年“浙江工匠”的周某…命名为“X”: the year of a relative clause's honour
        if _first_held_tally(rel, d.start, d.end):
            continue  # 首届…于2018年举办，迄今已是第四届，共推选出甲、乙…: holders of every edition since
        best = d
    md = None
    if ctx.art.news or ctx.doc.date:
        for m in MONTH_DAY_RE.finditer(rel):
            if best is None or m.start() > best.end:
                md = m
    if md is not None and (best is None or md.start() > best.start) and ctx.art.news:
        return ctx.doc.year, None, False
    if best is not None and ends_in_open_range(rel[: best.start]):
        return None, None, False  # 2015-2016年，某某荣获A、B: a range is no single year
    if best is not None and series_after(rel[best.end :], rel[: best.start]):
        return None, None, False  # …2021年度获得公司特殊贡献奖，先后获得A、B: one after another, undated
    if best is not None and _item_year_passed(rel, best.start, best.end):
        return None, None, False  # 荣获A、2018年“B”、C: the year is B's own, C is undated
    if best is None:
        if nxt is not None and life is not None and nxt.start() > life.end and life.year:
            return life.year + 1, None, False  # 1992年参加工作，次年被评为…
        return None, None, False
    if nxt is not None and nxt.start() > best.end and best.year:
        return best.year + 1, None, False  # 2008年…，次年被授予…
    gap = cn_to_int(later.group(1)) if later is not None and later.start() > best.end else None
    if gap and best.year:
        return best.year + gap, None, False  # 2016年…，两年后获得…
    period = parse_period(rel[best.start :])
    if period and rel[best.start :].find("至") <= 12:
        return period[0], period[1], period[1] is None
    return best.year, None, False


# 首届“X”发布活动于2018年举办 / 该奖项设立于1985年: the clause of a year that tells when a series began
FIRST_HELD_RE = re.compile(r"(?:首届|第一届)[^，,。；;]*(?:举办|举行|开展|启动|揭晓)|设立|创立|创设|始于")
# …，迄今已是第四届，共推选出 / 至今累计表彰: what follows tallies every edition since then
TALLY_AFTER_RE = re.compile(r"迄今|至今|累计|先后共|共计")


def _first_held_tally(rel: str, start: int, end: int) -> bool:
    """Whether the year at ``rel[start:end]`` dates a series' first edition (its clause tells it began)
    and the sentence then tallies the holders of every edition since (迄今, 累计): no holder's year."""
    lo = max((rel.rfind(c, 0, start) for c in "，,。；;"), default=-1) + 1
    his = [k for k in (rel.find(c, end) for c in "，,。；;") if k >= 0]
    clause = rel[lo : min(his) if his else len(rel)]
    return FIRST_HELD_RE.search(clause) is not None and TALLY_AFTER_RE.search(rel, end) is not None


# ---------------------------------------------------------------- honours
TIME_WORDS = r"(?:此次|这次|本次|今年|去年|前年|次年|同年|当年|近日|日前|随后|此后|后来|如今|目前|年初|年底|年末)"


def _strip_subject(ctx: Context, text: str, offset: int) -> tuple[str, int]:
    """Drop a leading 他/她/name/time words/adverbs so a clause starts at its verb or object."""
    m = re.match(
        rf"^(?:[他她其]|这位[\u4e00-\u9fff]{{0,4}})?(?:{TIME_WORDS}|还|又|也|更|都|已|曾|先后|相继|分别|均|再次|多次|连续|同时)*",
        text,
    )
    cut = m.end() if m else 0
    for mention in ctx.names_in(offset, offset + len(text)):
        if mention.start == offset:
            cut = max(cut, mention.end - offset)
    return text[cut:], offset + cut


# what closes one quoted honour of a list before the next item: (荣誉)称号、 / 称号和 / 、
HONOUR_JOINT_RE = re.compile(r"(?:(?:荣誉|光荣)?称号)?[、和及与暨]")


def _honour_prefix(ctx: Context, sent: Sentence, start: int) -> int:
    """Where the phrase of a quoted honour starting at ``start`` begins (its clause, minus relative
    clauses, the person it is about and time words)."""
    t = ctx.text
    s = start
    while s > sent.start and t[s - 1] not in "，,；;。！？!?：:”」』—":
        s -= 1
    if t.startswith("记", s) and t[s - 1 : s] == "—":
        s += 1
    if t[s - 1 : s] in "”」』":
        # “A”称号、“B”称号和江西省“C”称号: the list's joint after the last item starts no phrase
        joint = HONOUR_JOINT_RE.match(t, s, start)
        s = joint.end() if joint else s
    for mention in ctx.names_in(s, start):
        s = max(s, mention.end)
    # “业务技能”标兵以及神华国神集团“劳动模范”: 以及 joins the next item; the words after it are its prefix
    next_item = t.rfind("以及", s, start)
    if next_item >= 0:
        s = next_item + 2
    seg = t[s:start]
    de = seg.rfind("的")
    if de >= 0 and not re.search(r"(?:表彰|授予|命名|评选|公布|颁发)的$", seg[: de + 1]):
        s += de + 1
    stripped, s2 = _strip_subject(ctx, t[s:start], s)
    m = HOLDERS_COUNT_RE.match(t[s2:start])
    if m and m.end():
        s2 += m.end()
    else:
        # 甲、乙、某公司(集体)等10位个人(集体)“X”: holders the name rules do not read stand before the count
        closing = [c for c in HOLDERS_COUNT_RE.finditer(t, s2, start) if t.startswith("等", c.start())]
        if closing and "、" in t[s2 : closing[-1].start()] and closing[-1].end() == start:
            s2 = closing[-1].end()
    return s2


# 等10位个人(集体) / 3人均获评: the holders' head count before an honour's name (a bracket noting units
# counted with the people is no part of the name; 等十对婆媳获…: pairs counted by 对 and a bare 获 too)
HOLDERS_COUNT_RE = re.compile(
    r"(?:等)?(?:\d+|[一二三四五六七八九十两]+)(?:人|名|位|对(?=婆媳|夫妻|夫妇))(?:职工|同志|员工|个人|婆媳|夫妻|夫妇)?"
    r"(?:[（(](?:集体|单位|个人|集体和个人|个人和集体)[）)])?(?:同时|均|都|分别|共|一起)*"
    r"(?:获评|获得|荣获|被评为|被命名为|被授予|当选|入选|获(?=[^得评奖]))?"
)


def honours_in(ctx: Context, sent: Sentence) -> list[Fact]:
    """Quoted honours (with their prefix and suffix) and unquoted objects of award verbs."""
    out = Found(ctx)
    t = ctx.text
    doc_year = ctx.doc.year
    quoted_spans: list[tuple[int, int]] = []
    quotes = [m for m in QUOTED_RE.finditer(t, sent.start, sent.end) if phrase_kind(m.group(1)) == "honour"]
    if not AWARD_CONTEXT_RE.search(t, sent.start, sent.end) and sent.kind not in ("title", "subtitle", "row"):
        # 让更多的“齐鲁大工匠”脱颖而出: a mention, not an award — unless names follow it
        quotes = [q for q in quotes if _names_after(ctx, sent, q.end())]
    i = 0
    while i < len(quotes):
        run = [quotes[i]]
        while i + 1 < len(quotes) and re.fullmatch(r"[、和及与]?", t[run[-1].end() : quotes[i + 1].start()]):
            i += 1
            run.append(quotes[i])
        i += 1
        p_start = _honour_prefix(ctx, sent, run[0].start())
        listed = t.rfind("、", p_start, run[0].start())
        if listed >= 0 and not QUOTED_RE.search(t, p_start, run[0].start()):
            # 荣获全国五一劳动奖章、全国技术能手、“大国工匠”等称号: the unquoted items are honours of their own
            items = re.split(r"、", _lead_strip(t[p_start:listed]))
            if items and all(parse_honour(x) for x in items if x):
                p_start = listed + 1
        after = t[run[-1].end() : sent.end]
        keep = SUFFIX_KEEP_RE.match(after)
        s_end = run[-1].end() + (keep.end() if keep else 0)
        drop = SUFFIX_DROP_RE.match(t[s_end : sent.end])
        tail_end = s_end + (drop.end() if drop else 0)
        prefix = t[p_start : run[0].start()]
        for q in run:
            # 河南省“五一劳动奖章”、“全国劳动模范”: a later name with a level of its own shares no prefix
            own = q is not run[0] and honour_level(q.group(1)) is not None
            prefix = "" if own else t[p_start : run[0].start()]
            raw_text = prefix + t[q.start() : q.end()] + (keep.group() if keep and q is run[-1] else "")
            if len(run) > 1 and keep and q is not run[-1]:
                raw_text = prefix + t[q.start() : q.end()]
            parsed = parse_honour(raw_text, doc_year=doc_year)
            if not parsed:
                continue
            rest = _lead_strip(prefix)
            lead = len(prefix) - len(rest)
            pieces = split_org_list(rest) if rest else []
            if len(pieces) > 1 and all(is_org_name(x) for x in pieces):
                lead = len(prefix)  # 九里山矿、焦煤集团、河南能源“优秀员工”: the bodies are conferrers, not the phrase
            raw_start = p_start + lead
            head = "" if own else ctx.raw(raw_start, run[0].start())
            raw_src = head + ctx.raw(q.start(), q.end() if q is not run[-1] else s_end)
            _add_honour(out, sent, q.start(), parsed, raw_src, tail_end)
        quoted_spans.append((p_start, tail_end))
    if sent.kind in ("title", "subtitle"):
        return out  # appositions there are read by descriptors()
    for pm in PODIUM_RE.finditer(t, sent.start, sent.end):
        # 站上了全国五一劳动奖章的领奖台: an honour named in an idiom
        parsed = parse_honour(pm["h"], doc_year=doc_year)
        if parsed and phrase_kind(pm["h"]) == "honour":
            _add_honour(out, sent, pm.start("h"), parsed, ctx.raw(pm.start("h"), pm.end("h")), pm.end("h"))
    for vm in HONOUR_VERB_RE.finditer(t, sent.start, sent.end):
        if any(s <= vm.start() < e for s, e in quoted_spans) or t.startswith(("者", "的"), vm.end()):
            continue
        obj_end = vm.end()
        depth = 0
        while obj_end < sent.end:
            ch = t[obj_end]
            depth += ch in "（("
            depth -= ch in "）)"
            if depth <= 0 and ch in "，,；;。！？!?：:":
                break
            obj_end += 1
        titled_end = TITLE_THEN_VERB_RE.search(t, vm.end(), obj_end)
        if titled_end:
            obj_end = titled_end.end()  # 荣获西安市劳动模范称号并受到表彰: the name closes at 称号
        obj = t[vm.end() : obj_end]
        if not obj:
            continue
        obj, obj_start = _strip_subject(ctx, obj, vm.end())
        persons = None
        names = ctx.names_in(vm.end(), obj_start + 1)
        if names:  # 授予邹海洋全国五一劳动奖章
            persons = [names[0].name]
        held = _relative_holder(ctx, obj_start, obj_end)
        if held is not None and persons is None:  # 慰问了被评为省劳模的赵某: the name after 的 holds it
            persons = [held.name]
            obj = t[obj_start : held.start - 1]
        bodies = _bodies_of_clause(ctx, sent, vm.start())
        # 先后被评为A、B、C等荣誉称号: the list's close marks every item a title
        titled = bool(TITLED_LIST_RE.search(obj))
        for item, off in _split_items(obj, obj_start):
            if re.search(r"[“「『”」』]", item):
                continue  # quoted items are read with their prefix above
            core = re.sub(r"(?:等)?(?:荣誉称号|光荣称号|称号|荣誉|等)$", "", ITEM_TAIL_RE.sub("", item))
            if COUNTED_AMONG_RE.search(core):
                continue  # 获表彰的80位优秀医师中，有四位…: the group some people are among, no honour
            lead = 0
            given = GIVEN_BY_RE.match(core) or (ITEM_BODY_RE.match(core) if titled else None)
            own_bodies = None
            if given and split_org_list(given["b"]) and all(is_org_name(b) for b in split_org_list(given["b"])):
                # 获广东省总工会授予的广东省五一劳动奖章: the bodies confer, the rest is the honour
                own_bodies = [ctx.resolve_org(b, off) or b for b in split_org_list(given["b"])]
                lead = given.start("h")
                core = given["h"]
                if titled:
                    bodies = []  # the clause's body named the items before this one; those after are unstated
            parsed = parse_honour(core, doc_year=doc_year, titled=titled and "、" in obj)
            if not parsed:
                continue
            if own_bodies:
                parsed.conferred_by = own_bodies
            if not parsed.conferred_by and bodies:
                parsed.conferred_by = list(bodies)
            bracket = re.search(r"[（(]\s*((?:19|20)\d\d)\s*年?\s*[）)]", item)
            if bracket:
                parsed.year = int(bracket.group(1))
            phrase = re.sub(r"[（(][^）)]*[）)]$", "", core)
            rank = RANK_RE.match(phrase)  # 沈阳动车段第一位全国五一劳动奖章获得者 → 全国五一劳动奖章
            off, item = off + lead, item[lead:]
            lead = rank.end() if rank else 0
            phrase = re.sub(r"获得者$", "", phrase)
            _add_honour(
                out, sent, off, parsed, ctx.raw(off + lead, off + len(phrase)), off + len(item), persons=persons
            )
    return out


def _relative_holder(ctx: Context, start: int, end: int) -> Mention | None:
    """The name a relative clause closes on: in 被评为省劳模的赵某 the award verb's object ends at 的,
    and the name after it holds the honour (not the subject of the sentence, 县长某一行还慰问了…)."""
    for m in ctx.names_in(start, end):
        if m.start > start + 1 and ctx.text[m.start - 1] == "的":
            return m
    return None


# 80位优秀医师中 / 受表彰的100名职工当中: a counted group, the place some of it is picked from
COUNTED_AMONG_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)\s*[位名人][^，,。]{1,12}?(?:当中|之中|中)$")
# 被A评为X、中央电视台评为Y、Z等荣誉称号: an item of a titled list with a body and verb of its own
ITEM_BODY_RE = re.compile(r"(?P<b>[^，。；“”、]{2,30}?)(?:评为|授予|命名为)(?P<h>.{2,40})$")
# 继获得A、B等多项荣誉之后的又一至高荣誉 / 获得B称号后: the list's close and what the clause says
# after it (之后, 的又一…) are no part of the last item's name
ITEM_TAIL_RE = re.compile(
    r"""(?:
        等(?:[\d一二三四五六七八九十百多数余]+[项个种])?[^，,。；;“”「」]{0,12}?(?:荣誉|称号|奖项)  # 等多项荣誉
        | (?:荣誉称号|光荣称号|称号|荣誉)(?=之后|以后|之外|以外|后)                            # 称号后
    ).*$""",
    re.VERBOSE,
)
# …、…等荣誉称号 / …等称号 / …等光荣称号 closing an award verb's object
TITLED_LIST_RE = re.compile(r"等(?:荣誉|光荣)?称号$|等荣誉$")


def _bodies_of_clause(ctx: Context, sent: Sentence, verb_start: int) -> list[str]:
    """被中共中央、国务院授予 / 中华全国总工会授予他: the bodies before an award verb in its clause."""
    t = ctx.text
    cs = _clause_start(t, sent, verb_start)
    head = t[cs:verb_start]
    m = re.search(r"(?:被|由)?(?P<orgs>[^，。；“”被由]{2,80}?)(?:联合|共同)?$", head)
    if not m:
        return []
    text = re.sub(r"^[^\u4e00-\u9fff\d]+", "", m["orgs"])
    text = re.sub(r"^(?:(?:19|20)\d\d年度?|去年|今年|前年|次年|翌年|同年|随后|此后|[他她]|\s)+", "", text)
    text = re.sub(r"^.*[被由]", "", text)
    if COUNTED_HOLDERS_RE.search(text):
        return []  # 陈某等33位基层工会干部荣获…: the holders, not bodies
    names = split_org_list(text)
    if names and all(is_org_name(n) or _resolves(ctx, n, cs) for n in names):
        return [ctx.resolve_org(n, cs) or n for n in names]
    return []


def _resolves(ctx: Context, name: str, at: int) -> bool:
    """Whether ``name`` is a short or local name the document resolves to another. Resolving drops
    blanks, so a headline's lost-space phrase (鄭綱慈18歲 今年退休獲…) is not resolved by that alone."""
    return ctx.orgs.resolve(name, at) != re.sub(r"\s+", "", name)


def _lead_strip(prefix: str) -> str:
    """The honour phrase inside a clause prefix: drops 2020年被X授予 / 荣获 / 他还先后 but keeps
    a year that qualifies the honour (2022年度“中原大工匠”)."""
    from loaders.honours import CONFERRER_RE, LEADING_VERBS

    year = re.match(r"^(?:(?:19|20)\d\d\s*(?:年度|年)|前年|去年|今年)", prefix)
    if year and (prefix[year.end() : year.end() + 1].isspace() or prefix[year.end() : year.end() + 1] in ("｜", "|")):
        return prefix[year.end() :].lstrip(
            " \t\u3000｜|"
        )  # 2018年　首批“三秦工匠”: a date column, not part of the phrase
    s = prefix[year.end() :] if year else prefix
    m = CONFERRER_RE.match(s)
    if m:
        s = s[m.end() :]
    s2 = LEADING_VERBS.sub("", s)
    if year and s2 == s and s == prefix[year.end() :]:
        return prefix  # nothing but the year: it belongs to the phrase
    return s2


def _clause_start(t: str, sent: Sentence, pos: int) -> int:
    s = pos
    while s > sent.start and t[s - 1] not in "，,；;。！？!?：:":
        s -= 1
    return s


TRAILING_DOTS_RE = re.compile(r"[…．.]+$")


# 本届“中国最美女医师”之一复旦大学…教授: "one of" a group closes what the person is counted among;
# the unit and post written after it are an item of their own
ONE_OF_RE = re.compile(r"之一(?=[\u4e00-\u9fff]{4})")


def _one_of_split(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each item cut after a 之一 that a unit or post follows: the group before it (an honour's
    holders) and what follows it are read apart, so no unit's name opens with the group."""
    out: list[tuple[str, int]] = []
    for item, off in items:
        m = ONE_OF_RE.search(item)
        if m is None:
            out.append((item, off))
            continue
        out += [(item[: m.start()], off), (item[m.end() :], off + m.end())]
    return [(x, o) for x, o in out if x]


def _split_items(obj: str, start: int) -> list[tuple[str, int]]:
    """A list object split at 、 (brackets kept whole), with offsets."""
    out, depth, cur, cur_start = [], 0, "", start
    for k, ch in enumerate(obj):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if ch == "、" and depth == 0:
            out.append((cur, cur_start))
            cur, cur_start = "", start + k + 1
            continue
        cur += ch
    if cur:
        out.append((cur, cur_start))
    # (the offset moves past the spaces the strip takes off the front: the raw starts at the item)
    return [(TRAILING_DOTS_RE.sub("", s).strip(), o + len(s) - len(s.lstrip())) for s, o in out if s.strip()]


# 将报请人社部授予“全国技术能手”称号 / 将报请全总推荐参加“全国五一劳动奖章”评选: a conferral still to
# be asked for (a future request, a nomination to a selection) gives nobody the honour yet
PROPOSED_RE = re.compile(
    r"""[将將拟擬](?:要)?(?:[报報][请請]|[提][请請]|推[荐薦])   # 将报请 / 拟提请 / 将推荐
      | 推[荐薦][参參](?:加|评|評)                           # 推荐参加…评选""",
    re.VERBOSE,
)


def _add_honour(
    out: Found,
    sent: Sentence,
    pos: int,
    parsed: ParsedHonour,
    raw_src: str,
    end: int,
    persons: list[str] | None = None,
) -> None:
    ctx = out.ctx
    t = ctx.text
    if parsed.title in ctx.people.names():
        return  # 张伟（中国工匠）: a person named with a disambiguating note, not an honour
    if PROPOSED_RE.search(clause_text(t, sent, pos)[0]):
        return  # 将报请…授予“X”: asked for, not conferred
    value = {
        "title": parsed.title,
        "raw": raw_src,
        "edition": parsed.edition,
        "year": parsed.year,
        "level": parsed.level,
        "category": parsed.category,
        "conferred_by": [ctx.resolve_org(c, pos) or c for c in parsed.conferred_by],
    }
    if value["year"] is None:
        year, _, _ = year_before(ctx, sent, pos)
        value["year"] = year
    bracket = re.match(r"\s*[（(]\s*((?:19|20)\d\d)\s*年?\s*[）)]", t[end : end + 10])
    if bracket:
        value["year"] = int(bracket.group(1))
    clause, cs, ce = clause_text(t, sent, pos)
    value["_verb"] = bool(AWARD_VERB_RE.search(t[sent.start : ce]))
    value["_past"] = any(m in t[sent.start : pos] for m in PAST_MARKERS) or bool(
        year_span(t, sent.start, pos)  # 2015-2016年，某某还荣获了A、B: held before the item's day
    )
    if persons is None:
        persons = _names_after(ctx, sent, end)
    out.add("honor", value, sent, pos, persons=persons, confidence=0.85 if parsed.conferred_by else 0.75)


# “X”代表 / X获得者代表 right after an honour: a holder speaking for the others
REPRESENTATIVE_AFTER_RE = re.compile(
    r"(?:获得者|获奖者)?代表(?!大会|会议|会|座谈|团|队|处|性|作)(?=、|[\u4e00-\u9fff])"  # not 代表大会/代表团
)


def _names_after(ctx: Context, sent: Sentence, end: int) -> list[str] | None:
    """Names an honour phrase introduces: “最美货车司机”孙宏亮、秦建军 / …称号的县雁子…送餐员王来宾."""
    t = ctx.text
    j = end
    rep = REPRESENTATIVE_AFTER_RE.match(t, j)
    if t.startswith("的", j) or rep:
        # …的<descriptor><name>: the descriptor holds no clause punctuation; 2017年度“最美晋中人”代表、
        # …总经理李某: the representative of the honour's holders, named after the descriptor
        k = rep.end() if rep else j + 1
        while k < sent.end and t[k] not in "，,；;。！？!?：:“":
            hit = next((m for m in ctx.names_in(k, sent.end) if m.start == k), None)
            if hit:
                return [hit.name]
            k += 1
        return None
    names = []
    while j < sent.end:
        hit = next((m for m in ctx.names_in(j, sent.end) if m.start == j), None)
        if not hit:
            break
        names.append(hit.name)
        j = hit.end
        if j < sent.end and t[j] in "、和":
            j += 1
        else:
            break
    return names or None


BULLET_RE = re.compile(r"^[^\u4e00-\u9fff\d“「]*")
# ▲ 2019年　省技术能手 / 2017年度湖北省劳动模范 / 全国劳动模范（2020年度）: the line's year, 年度 whole
# the date a résumé line opens with (2019年　省技术能手; 2015.05 / 2015-05 / 2015.05.01 / 2015年5月 全国五一劳动奖章)
# or closes with in brackets (全国劳动模范（2020年）): the month and day go with the year, no part of the honour
LINE_YEAR_RE = re.compile(
    r"""^(?P<y1>(?:19|20)\d\d)\s*
        (?:[.．/\-－](?:0?[1-9]|1[0-2])(?:[.．/\-－](?:0?[1-9]|[12]\d|3[01]))?(?!\d)  # 2015.05 / 2015-05-01
          | 年度 | 年(?:\d{1,2}月(?:\d{1,2}日)?)?)?\s*  # 2015年度 / 2015年5月
      | [（(]\s*(?P<y2>(?:19|20)\d\d)\s*(?:年度|年)?\s*[）)]\s*$""",
    re.VERBOSE,
)


# a line that is only a date (2019年 / 2019.05 / 2019年度), as a table's time column leaves it over its cell
YEAR_ONLY_LINE_RE = re.compile(
    r"[ \t\u3000]*((?:19|20)\d\d)[ \t\u3000]*(?:年度|年(?:\d{1,2}月)?|[.．/\-－](?:0?[1-9]|1[0-2]))?[ \t\u3000]*"
)


def _year_line_before(t: str, start: int) -> int | None:
    """The year of the line right above ``start`` when that line is only a date: a table of honours whose
    cells came apart line by line (2019年 / 全国五一劳动奖章)."""
    line_start = t.rfind("\n", 0, start) + 1
    if t[line_start:start].strip():
        return None  # the honour does not open its line
    prev_start = t.rfind("\n", 0, max(0, line_start - 1)) + 1
    m = YEAR_ONLY_LINE_RE.fullmatch(t, prev_start, max(prev_start, line_start - 1))
    return int(m.group(1)) if m else None


def line_honours(ctx: Context, sent: Sentence) -> list[Fact]:
    """A line that is only an honour, as in WeChat and 百科 lists: 🏅 全国劳动模范（2020年）,
    ▲ 2019年　省技术能手, · 市五一劳动奖章、市技术标兵."""
    out = Found(ctx)
    t = ctx.text
    text = t[sent.start : sent.end]
    body = BULLET_RE.sub("", text).rstrip("。；; ")
    if not body or len(body) > 40 or re.search(r"[，,。：:]", body):
        return out
    off = sent.start + len(text) - len(BULLET_RE.sub("", text))
    year = None
    core = body
    for m in LINE_YEAR_RE.finditer(body):
        year = int(m["y1"] or m["y2"])
    core = LINE_YEAR_RE.sub("", core).strip()
    if year is None:
        year = _year_line_before(t, sent.start)
    # 决定表彰 / 李某、王某4人 / 为见义勇为先进个人: a grant broken over short lines ends on 为 + the
    # honour; the copula is no part of its name (为民服务… is a name, not a copula)
    core = re.sub(r"^为(?![民人国])(?=[\u4e00-\u9fff“「]{4})", "", core)
    if not core or AWARD_CONTEXT_RE.search(core) or re.search(r"[？?！!被从到吗呢]", core):
        return out  # a clause (被…授予, 从…到…, a question), not a list item: honours_in reads it
    start = off + body.find(core)
    own = _row_own_honour(ctx, core, start)
    if own is not None:
        name, row_honour, at, words = own
        _add_honour(out, sent, at, row_honour, ctx.raw(at, at + len(words)), at + len(words), persons=[name])
        return out
    for item, pos in _split_items(core, start):
        item = re.sub(r"(?:荣誉称号|光荣称号|称号|荣誉)$", "", item)
        if phrase_kind(item.strip("“”「」")) != "honour":
            continue
        if ctx.names_in(pos, pos + len(item)):
            continue  # …的水电先锋胡某: a laudation ending in its holder's name, read by descriptors
        parsed = parse_honour(item, doc_year=ctx.doc.year)
        if not parsed:
            continue
        if parsed.year is None:
            parsed.year = year
        _add_honour(out, sent, pos, parsed, ctx.raw(pos, pos + len(item)), pos + len(item))
    return out


# 陈某　金莲花荣誉勋章: a roster row, a name, a blank and the honour that row's person holds
ROW_OWN_HONOUR_RE = re.compile(
    r"""(?P<name>[\u3400-\u9fff]{2,4})      # the row's name
        [ \t\u3000\u00a0]+                  # the blank a table cell leaves
        (?P<honour>[\u3400-\u9fff“”「」]{4,20})  # its honour, nothing else""",
    re.VERBOSE,
)


def _row_own_honour(ctx: Context, core: str, start: int) -> tuple[str, ParsedHonour, int, str] | None:
    """(name, honour, position, words) of a line that is a name and its own honour apart by a blank: the
    row's honour is its person's, whatever honour heads the block (獲授予榮譽勳章者為： over 陈某 金蓮花…)."""
    m = ROW_OWN_HONOUR_RE.fullmatch(core)
    if m is None or not any(x.start == start and x.name == m["name"] for x in ctx.names_in(start, start + len(core))):
        return None
    item = m["honour"]
    if phrase_kind(item.strip("“”「」")) != "honour":
        return None
    parsed = parse_honour(item, doc_year=ctx.doc.year)
    return (m["name"], parsed, start + m.start("honour"), item) if parsed else None


# ---------------------------------------------------------------- descriptors (appositions)
# what ends the words before a name (【青岛工匠】钢筋工宋某: a column's bracketed label is no descriptor)
DESCRIPTOR_STOPS = "，,；;。！？!?：:（(）)[]【】\n"


# a head count after a name (甲等10名同志“X”、乙等5名同志“Y”): where it opens a descriptor item and
# follows the next name too, the item's honour is the first group's, not the next group's head's
COUNTED_ITEM_RE = re.compile(r"等(?:\d+|[一二三四五六七八九十百两]+)(?:名|位|人)")


# offices held in a body of their own (全国人大代表, 省科协委员, 某协会会长), not at the employer
OWN_BODY_POST_RE = re.compile(r"代表|委员|专家|顾问|兼职|名誉|会长|理事|主席|评委")


def _shared_body(org: str | None, title: str) -> tuple[str, str] | None:
    """The body of the post read just before, for a post written after it with no body of its own
    (某公司党委书记、总经理: the company's 总经理); None for an office held in another body."""
    if not org or OWN_BODY_POST_RE.search(title):
        return None
    return org, title


# the words of an item up to a closing quote it never opened: the tail of a quotation before the item
QUOTE_TAIL_RE = re.compile(r"[^“”「」『』]*[”」』]")


def descriptors(ctx: Context, sent: Sentence) -> list[Fact]:
    """省级劳模、县总工会副主席李军萍: honours and posts written before a name."""
    out = Found(ctx)
    t = ctx.text
    names = ctx.names_in(sent.start, sent.end)
    prev_end = sent.start
    for mention in names:
        prev_start = prev_end  # (where the words before this name may start: after the name before it)
        s = mention.start
        k = s
        while k > max(prev_end, sent.start) and t[k - 1] not in DESCRIPTOR_STOPS and t[k - 1] != "的":
            k -= 1
            if t[k - 1] in "）)":  # 顺丰速运(宁夏)有限公司快递员: the bracket is inside the company's name
                k -= bracketed_name_start(t, k, max(prev_end, sent.start))
        prev_end = mention.end
        text = t[k:s]
        # 焊花里的青春——记全国技术能手X: what stands before the dash is the headline, not a descriptor
        # (2016年全国脱贫攻坚奖贡献奖——吴某: a dash right before the name closes the descriptor itself)
        closed = re.search(r"(?:——|—)$", text)
        end = s - (len(closed.group()) if closed else 0)
        text = text[: len(text) - (s - end)]
        text = re.sub(r"^.*(?:——|—)(?:记|专访|访谈|对话|走近|致敬)?|^(?:-)?(?:记|专访|访谈|对话|走近|致敬)", "", text)
        if not text:
            continue
        offset = end - len(text)
        items = _reveal_items(t, max(prev_start, sent.start), k, mention.end, sent.end) + _one_of_split(
            _split_items(text, offset)
        )
        run_org: str | None = None  # the body of the last post read before this name
        for n, (item, off) in enumerate(items):
            item = re.sub(
                r"^(?:专访|访谈|对话|致敬|提起|说起|谈起|看到|找到|见到|走近|采访|带领|率领|指导|陪同|包括|还有|随着|如|像|由|与|和|跟|同|对|向|给|让|请)"
                # 在全国劳模、师傅某的指引下 / 经省劳模某介绍 / 受劳模某邀请: the preposition that opens the
                # phrase around the name is no part of the honour
                r"|^(?:在|经|受)(?=[^“”「」]{3})"
                # 颁奖仪式，为孝老爱亲模范某、某颁奖 / 为全国劳模某颁发奖章: the ceremony's 为 (to whom it is
                # given) opens the phrase; no honour's name starts with it
                r"|^为(?=[^“”「」]{3})"
                # 装配二班是全国劳动模范某同志所在的班组 / 他的师傅是省劳模某: the clause's subject and its
                # copula stand before the descriptor; no honour's name holds 是
                r"|^[^“”「」]*是(?=[^“”「」]{3})"
                # 走访慰问了劳模某 / 来到市劳模某家中 / 县总工会走访慰问劳模某: a visit's verbs (and the
                # visitor before them) before the descriptor
                r"|^[^“”「」]*(?:来到|走访|慰问|看望|探望|拜访|前往)了?"
                # 其中涌现出“时代楷模”李某: a group's yield before the descriptor
                r"|^(?:其?中)?(?:涌现出了?|涌现了|推出了?|评选出了?|选出了?|产生了?)"
                # 荣获奖章的先进个人有某公司车工某: the group that 有 lists is no part of the unit or post
                r"|^[^“”「」]*?(?:个人|同志|人员|人物|获奖者|获得者)有(?=[^“”「」]{4})",
                "",
                whole := item,
            )
            off += len(whole) - len(item)  # the raw starts where the stripped words end
            inside = QUOTE_TAIL_RE.match(item)
            if inside:  # “宁肯一人脏，换来万户净”全国著名劳动模范: the item starts inside a slogan's quote
                item, off = item[inside.end() :], off + inside.end()
            if not item or (COUNTED_ITEM_RE.match(item) and COUNTED_ITEM_RE.match(t, mention.end)):
                continue  # 授予甲等10名同志“X”、乙等5名同志“Y”: X is the counted group's, 乙 heads another
            if n == 0 and PREDICATE_ITEM_RE.match(item) and _names_before(names, mention):
                continue  # 甲及乙被授予“X”荣誉称号、丙及丁被授予“Y”: X is what 甲、乙 were given, not 丙's
            lead = honour_lead(item)
            held = parse_honour(item[:lead], doc_year=ctx.doc.year) if lead else None
            if held and (lead_post := parse_post(item[lead:])) and lead_post[0]:
                # 某市劳动模范某区某小学教师某: the honour held, then the place-led unit and post
                _add_descriptor_honour(out, sent, off, held, item[:lead], mention.name)
                item, off = item[lead:], off + lead
            parsed = parse_honour(item, doc_year=ctx.doc.year)
            if parsed:
                _add_descriptor_honour(out, sent, off, parsed, item, mention.name)
                continue
            post = parse_post(item)
            ref = REF_HEAD_RE.match(item)
            if post and post[0] is None and ref:
                post = (ref.group(), post[1])  # 公司总工程师: the company the article has named
            if post and post[0] is None:
                # 某公司总工程师、技术部部长 (the company's department), 某公司党委书记、总经理 and
                # 某村党总支书记、村委会主任 (the same body's other office)
                post = department_after(item, run_org) or _shared_body(run_org, post[1]) or post
            if post and not is_placing(item):
                org, title = post
                run_org = org or run_org
                out.add(
                    "position",
                    {
                        "title": title,
                        "org": ctx.resolve_org(org, off),
                        "raw_org": org,
                        "year": None,
                        "current": True,
                        "appointed": bool(re.search(r"专家|(?<!党委)(?<!纪委)委员|代表|顾问|兼职|名誉", title))
                        and not held_expert(title, org),
                    },
                    sent,
                    off,
                    persons=[mention.name],
                    confidence=0.8,
                )
    return out


# 他就是某管理处主任，浙江省先进工作者，某奖章获得者张某。: a reveal that closes its sentence with the name
REVEAL_RE = re.compile(r"(?:他|她|这|這)(?:就|正|便)?是(?:一位|一名)?")
REVEAL_END_RE = re.compile(r"(?:同志)?\s*(?:[。！!？?]|$)")
BRACKET_ASIDE_RE = re.compile(r"[（(][^（()）]{1,12}[）)]")


def _reveal_items(t: str, floor: int, k: int, name_end: int, sent_end: int) -> list[tuple[str, int]]:
    """The comma-separated items a reveal gives before the words next to the name: in 他就是A，B，C张某。
    each of A and B is a post or an honour of 张某 as much as C (the words the descriptor reader sees).
    Read only when the name closes the sentence and every item reads as a post or an honour, so a
    clause between the reveal and the name (他就是在岗位上坚守三十年，被誉为…的张某) gives nothing.
    A bracketed alias inside an item (某管理处(西湖区林场)主任) is left out of its reading."""
    if k <= floor or t[k - 1] not in "，," or not REVEAL_END_RE.match(t, name_end, sent_end + 1):
        return []
    opener = None
    for m in REVEAL_RE.finditer(t, floor, k):
        opener = m
    if opener is None:
        return []
    out: list[tuple[str, int]] = []
    pos = opener.end()
    for chunk in re.split(r"[，,]", t[opener.end() : k - 1]):
        item = BRACKET_ASIDE_RE.sub("", chunk).strip()
        if not item or not (parse_honour(item) or parse_post(item)):
            return []
        out.append((item, pos))
        pos += len(chunk) + 1
    return out


# a conferral verb opening the words before a name: the predicate of the names before them
PREDICATE_ITEM_RE = re.compile(
    r"(?:被|先后|分别|均|都)?(?:授予|评为|荣获|获得|获评|当选|命名为|被评选为|认定为|选树为|推选为)"
)


def _names_before(names: list[Mention], mention: Mention) -> bool:
    """Whether a name stands before ``mention`` in the sentence (whose predicate a verb after it is)."""
    return any(m.end <= mention.start for m in names)


REF_HEAD_RE = re.compile(r"^(?:该|本)?(?:公司|集团|厂|矿|医院|学校)(?=[\u4e00-\u9fff]{2})")


# 彭某等30名优秀工会工作者和张某等50名优秀工会积极分子: the head of a counted group named by its
# honour holds it.  The honour runs to the next joint, stop or verb; a group of 职工/同志 is no honour.
COUNTED_HEAD_RE = re.compile(
    r"""等\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)   # the head count after the name
        (?!职工|同志|员工|个人|人员|工人|干部|代表)                 # 等100名职工…: a group, read by the verb
        (?P<honour>[^，,。；;：:、和及（(]{2,20}?)                # the group's honour, as a noun
        (?=和|及|、|[，,。；;]|$|颁发|颁奖|发放|送奖|授牌)          # ends at a joint, a stop or the
                                                                # ceremony's verb (为…等5名X颁发证书)""",
    re.VERBOSE,
)


# 王某等120名优秀环卫工人通报表扬: the group is the object of a clause, its words are no honour's name;
# 甲、乙等5名浏阳工匠榜上有名: a group on a list named elsewhere is described, the list's reader
# (rolls.listed_honours) gives its honour
GROUP_CLAUSE_RE = re.compile(
    r"表扬|表彰|通报|授予|给予|予以|受到|参加|进行|成为|当选|评为|获|被|的|上榜|榜上有名|[名位]列其中"
)


def counted_group_heads(ctx: Context, sent: Sentence) -> list[Fact]:
    """高坑煤矿彭某等30名优秀工会工作者: the named head of a counted group holds the group's honour."""
    out = Found(ctx)
    t = ctx.text
    if "等" not in t[sent.start : sent.end]:
        return out
    for mention in ctx.names_in(sent.start, sent.end):
        m = COUNTED_HEAD_RE.match(t, mention.end, sent.end)
        if m is None:
            continue
        item = m["honour"]
        if phrase_kind(item) != "honour" or AWARD_CONTEXT_RE.search(item) or GROUP_CLAUSE_RE.search(item):
            continue  # 等10名职工获…, 等5人被评为…: the verb's reader gives the honour
        parsed = parse_honour(item, doc_year=ctx.doc.year)
        if parsed:
            _add_descriptor_honour(out, sent, m.start("honour"), parsed, item, mention.name)
    return out


def _add_descriptor_honour(out: Found, sent: Sentence, off: int, parsed: ParsedHonour, item: str, name: str) -> None:
    ctx = out.ctx
    value = {
        "title": parsed.title,
        "raw": ctx.raw(off, off + len(item)),
        "edition": parsed.edition,
        "year": parsed.year,
        "level": parsed.level,
        "category": parsed.category,
        "conferred_by": [ctx.resolve_org(c, off) or c for c in parsed.conferred_by],
        "_verb": False,
        "_past": False,
        "_apposition": True,
    }
    out.add("honor", value, sent, off, persons=[name], confidence=0.8)


# ---------------------------------------------------------------- posts
# 第六项目管理(高铁)分公司, 东南(福建)汽车工业有限公司: a short bracket with the name going on after it is
# part of the unit's name, not a note on the post (技术员(高级) or 经理（副处级）， end the phrase)
GLUED_BRACKET_RE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)](?=[\u4e00-\u9fff]{2})")


# 先生/女士/同志 after a name a relative clause describes (…担任技术员的庄某先生)
NAME_HONORIFIC_RE = re.compile(r"(?:先生|女士|同志|师傅)?")


def described_name(ctx: Context, de: int, end: int) -> str | None:
    """The person a relative clause ending in 的 at ``de`` describes, when the clause's object runs
    on to the name up to ``end`` (担任某公司运维专责的吴某 / 在某局任职的金某): that name, else None.
    Only a name that fills the rest of the clause (an honorific aside) counts, so 的 before a noun
    (担任某公司的总经理) is left to the post reader."""
    if ctx.text[de : de + 1] != "的":
        return None
    for m in ctx.names_in(de + 1, end):
        if m.start != de + 1:
            continue
        tail = NAME_HONORIFIC_RE.match(ctx.text, m.end, end)
        if tail is not None and tail.end() == end:
            return m.name
    return None


def _described_object(ctx: Context, obj_start: int, end: int) -> tuple[int, str | None]:
    """Where a post verb's object ends and whom it describes: the object cut before 的 when a name
    the relative clause describes follows it (担任某公司变电运维管理专责的吴某), else as it was."""
    de = ctx.text.rfind("的", obj_start, end)
    name = described_name(ctx, de, end) if de > obj_start else None
    return (de, name) if name else (end, None)


# the verbs of a post held at a unit named before them (在某公司担任技术员, 于某局任科长)
SERVING_VERBS = frozenset({"担任", "任", "现任", "出任", "兼任", "担任过"})
# 在/于 + a unit, right before the post verb: where the post is held
UNIT_BEFORE_VERB_RE = re.compile(r"[在于於](?P<unit>[^，,。；;！？在于於的]{3,40})$")


def _unit_before_verb(t: str, sent: Sentence, verb_at: int) -> str | None:
    """The unit a clause names with 在/于 just before a post verb (王某在某港务公司担任桥吊司机 →
    某港务公司): the body the post is held at, when the object names none; None when the words
    before the verb are no organisation (在工作中, 在2010年)."""
    _, cs, _ = clause_text(t, sent, verb_at)
    m = UNIT_BEFORE_VERB_RE.search(t, cs, verb_at)
    if not m:
        return None
    unit = m["unit"].strip()
    return unit if is_org_name(unit) and org_kind(unit) else None


def positions_in(ctx: Context, sent: Sentence) -> list[Fact]:
    """Posts taken up (2017年被聘为…专家, 现任…组长, 是…队长) and first jobs (进入…当了一名焊工学徒)."""
    out = Found(ctx)
    t = ctx.text
    for vm in POSITION_VERB_RE.finditer(t, sent.start, sent.end):
        verb = vm.group()
        end = vm.end()
        while end < sent.end and t[end] not in "，,；;。！？!?：:（(":
            end += 1
            # (the pattern opens with a bracket: tried only at one, not at every character of the object)
            glued = GLUED_BRACKET_RE.match(t, end, sent.end) if t[end : end + 1] in ("（", "(") else None
            if glued:
                end = glued.end()  # 第六项目管理(高铁)分公司技术员: a bracket inside a unit's name
        end, described = _described_object(ctx, vm.end(), end)
        obj = t[vm.end() : end]
        if not obj or stray_digits(obj) or re.search(r"人成为|名成为", obj):
            continue
        if "的" in obj and verb in ("成长为", "成为"):
            # 成长为公司最年轻的焊接技师: the superlative goes, the post and its body stay
            head, _, tail = obj.rpartition("的")
            obj = re.sub(r"最[\u4e00-\u9fff]*$", "", head) + tail
        if verb in ("是", "成为", "作为", "任") and (re.search(r"的", obj) or len(obj) > 40):
            continue
        if verb in ("当选", "当选为", "成为", "成长为"):
            if parse_honour(obj, doc_year=ctx.doc.year):
                continue  # 当选为全国劳动模范: an honour
        # 担任“某某技能大师工作室”领衔人: the quotes only mark the studio's name
        post = (
            parse_post(obj)
            or (parse_post(obj.split("——")[0]) if "——" in obj else None)
            or (parse_post(re.sub(r"[“”「」]", "", obj)) if re.search(r"[“「]", obj) else None)
        )
        if not post:
            continue
        org, title = post
        if not org and verb in SERVING_VERBS:
            org = _unit_before_verb(t, sent, vm.start())
        if (
            verb in ("是", "作为")
            and not org
            and title not in lexicon().post_endings
            and not _one_of_a_trade(obj, title)
        ):
            continue
        year, end_year, open_ended = year_before(ctx, sent, vm.start())
        clause, cs, _ = clause_text(t, sent, vm.start())
        appointed = bool(APPOINTED_RE.search(t[cs : vm.end()])) or bool(
            re.search(r"专家|(?<!党委)(?<!纪委)委员|代表|顾问|裁判|评委|考评员", title)
        )
        current = verb in ("现任", "现为", "是", "担任") and (year is None or open_ended) and not appointed
        out.add(
            "position",
            {
                "title": title,
                "org": ctx.resolve_org(org, vm.end()),
                "raw_org": org,
                "year": year,
                "end": end_year,
                "current": current or (open_ended and not appointed),
                "appointed": appointed,
            },
            sent,
            vm.start(),
            persons=[described] if described else None,
            confidence=0.8,
        )
    for dm in DE_JOB_RE.finditer(t, sent.start, sent.end):
        # 丁根福则是某某环境服务有限公司的一名垃圾清运车驾驶员: a post held at a body
        # (是某公交公司四分公司9路车的驾驶员: the body is the head of the phrase that names one)
        job = parse_post(dm["job"])
        org = org_head(dm["org"].strip()) or ""
        if not job or not org_kind(org):
            continue
        out.add(
            "position",
            {
                "title": job[1],
                "org": ctx.resolve_org(org, dm.start()),
                "raw_org": org,
                "year": None,
                "current": True,
                "appointed": False,
            },
            sent,
            dm.start(),
            confidence=0.75,
        )
    for jm in JOIN_RE.finditer(t, sent.start, sent.end):
        job = parse_post(jm["job"])
        if not job:
            continue
        year, _, _ = year_before(ctx, sent, jm.start())
        org = ctx.resolve_org(jm["org"].strip(), jm.start())
        out.add(
            "position",
            {
                "title": job[1],
                "org": org,
                "raw_org": jm["org"],
                "year": year,
                "current": False,
                "appointed": False,
                "joined": True,
            },
            sent,
            jm.start(),
            confidence=0.7,
        )
    return out


INDEFINITE_ONE_RE = re.compile(r"一名|一位")


def _one_of_a_trade(obj: str, title: str) -> bool:
    """是一名客车驾驶员 / 作为一名乡村教师: "one of" a trade names the person's job (the seventh
    round keys an occupation with no unit as a post); a bare 是教师 may describe anyone's kin."""
    return bool(INDEFINITE_ONE_RE.match(obj)) and trade_title(title)


DE_JOB_RE = re.compile(
    r"(?:是|为)(?P<org>[^，,。；;的是为]{3,40}?)的(?:一名|一位|一个)?(?P<job>[^，,。；;的]{2,16}?)(?=[，,。；;]|$)"
)


EMPLOYED_RE = re.compile(
    r"(?:来自|就职于|供职于|任职于|工作于|效力于)(?P<org>[^，。；、：（()]{3,40}?(?:[（(](?:集团|控股|股份)[）)][^，。；、：（()]{2,20}?)?)"
    r"(?=[，。；、（(]|的|$)"
    r"|在(?P<org2>[^，。；、：在从]{3,40}?)(?:工作|任职|上班)(?![人室组])"
    # 作为某药业股份有限公司的一名员工 / 是某公司的普通职工: a status word names no post, but the body employs
    r"|(?:是|为)(?P<org3>[^，,。；;的是为]{3,40}?)的(?:一名|一位)?(?:普通的?)?(?:员工|职工|工人)(?=[，,。；;]|$)"
)


def _clause_end(t: str, pos: int, limit: int) -> int:
    """Where the clause at ``pos`` ends (the next comma, semicolon or stop), at most ``limit``."""
    m = CLAUSE_STOP_RE.search(t, pos, limit)
    return m.start() if m else limit


CLAUSE_STOP_RE = re.compile(r"[，,；;。！？!?：:]")


def employers_in(ctx: Context, sent: Sentence) -> list[Fact]:
    """宋某来自某某股份有限公司 / 她在某某公司工作了二十年 / 作为某公司的一名员工: the body someone
    works for, said outright."""
    out = Found(ctx)
    t = ctx.text
    for m in EMPLOYED_RE.finditer(t, sent.start, sent.end):
        raw = (m["org"] or m["org2"] or m["org3"]).strip()
        org = ctx.resolve_org(raw, m.start())
        if not org or not org_kind(org) or is_org_name(org) is False:
            continue
        body = employer_of(org)
        if not body or org_tier(body) != "body":
            continue
        # 在某局任职的金某: the clause describes the name after it, not the sentence's subject
        described = described_name(ctx, m.end(), _clause_end(t, m.end(), sent.end)) if m["org2"] else None
        out.add(
            "employer",
            {"value": body, "raw_org": raw, "_stated": True},
            sent,
            m.start(),
            persons=[described] if described else None,
            confidence=0.75,
        )
    return out


# ---------------------------------------------------------------- competitions
COMPETITION_RE = re.compile(
    r"(?:在|参加|代表[^，。]{2,12}参加|于)?(?P<title>[^，。；、在]{2,50}?(?:竞赛|大赛|比赛|比武|技能赛|锦标赛)"
    r"(?:[^，。；]{0,8}?决赛)?)"
)
PLACING_RE = re.compile(
    r"(?P<placing>[\u4e00-\u9fff]{0,8}?(?:特等奖|[一二三四五六七八九十\d]等奖|第[一二三四五六七八九十\d]+名|金奖|银奖|铜奖|"
    r"金牌|银牌|铜牌|冠军|亚军|季军|优胜奖|优秀奖))"
)


def competitions_in(ctx: Context, sent: Sentence) -> list[Fact]:
    out = Found(ctx)
    t = ctx.text
    if t.find("赛", sent.start, sent.end) < 0 and t.find("比武", sent.start, sent.end) < 0:
        return out  # COMPETITION_RE's words (竞赛, 大赛 … 比武): no need to try its run at every character
    for cm in COMPETITION_RE.finditer(t, sent.start, sent.end):
        tail = t[cm.end() : min(sent.end, cm.end() + 40)]
        stop = re.search(r"[。；]", tail)
        tail = tail[: stop.start()] if stop else tail
        pm = PLACING_RE.search(tail)
        if not pm:
            continue
        title = re.sub(r"^(?:在|参加|于|他|她|[\u4e00-\u9fff]{2,4}在)", "", cm["title"]).lstrip("中")
        placing = re.sub(r"^(?:中|上|里)?(?:获得|获|夺得|拿下|荣获|摘得|取得)", "", pm["placing"])
        year, _, _ = year_before(ctx, sent, cm.start())
        out.add("competition", {"title": title, "placing": placing, "year": year}, sent, cm.start(), confidence=0.7)
    return out


# ---------------------------------------------------------------- patents, standards, projects
BOOK_TITLE_RE = re.compile(r"《([^《》]{2,80})》")
QUOTED_ITEM_RE = re.compile(r"[“「『]([^”」』]{3,60})[”」』]")


def works_in(ctx: Context, sent: Sentence) -> list[Fact]:
    """《…》 titles: patents in a patent sentence, standards by their endings; counts of patents."""
    out = Found(ctx)
    t = ctx.text
    s_text = t[sent.start : sent.end]
    titles = list(BOOK_TITLE_RE.finditer(s_text))
    runs: list[list[re.Match[str]]] = []
    for m in titles:
        if runs and re.fullmatch(r"[、和及与\s]*", s_text[runs[-1][-1].end() : m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    is_patent_sentence = "专利" in s_text or bool(ZL_RE.search(s_text))
    for run in runs:
        right = s_text[run[-1].end() :]
        right = cut_at(right, r"[，。；]|$")
        left_start = max((s_text.rfind(c, 0, run[0].start()) for c in "，。；"), default=-1) + 1
        left = s_text[left_start : run[0].start()]
        for m in run:
            title = m.group(1).strip()
            pos = sent.start + m.start()
            near = s_text[max(0, m.start() - 12) : m.end() + 12]
            patent_like = "专利" in near or title.startswith("一种")
            if STANDARD_SUFFIX_RE.search(title) and not POLICY_RE.search(title) and not patent_like:
                code_m = STD_CODE_RE.search(s_text[: m.start()])
                code = re.sub(r"\s+", " ", code_m["code"]).replace("—", "-") if code_m else None
                role_m = STD_ROLE_RE.search(left)
                year, _, _ = year_before(ctx, sent, pos)
                out.add(
                    "standard",
                    {
                        "title": title,
                        "code": code,
                        "kind": _standard_kind(title, code, left + right),
                        "role": role_m.group() if role_m else None,
                        "year": year,
                    },
                    sent,
                    pos,
                    confidence=0.85,
                )
            elif (is_patent_sentence and not POLICY_RE.search(title)) or title.startswith("一种"):
                own = re.match(r"\s*[（(]([^）)]*)[）)]", s_text[m.end() :])
                kinds = set(PATENT_KIND_RE.findall(own.group(1) if own else right or left))
                kind = kinds.pop() if len(kinds) == 1 else None
                zl = ZL_RE.search(s_text, m.end(), min(len(s_text), m.end() + 40))
                if zl:
                    kind = ZL_KINDS[zl["kind"]]
                out.add("patent", {"title": title, "kind": kind}, sent, pos, confidence=0.8)
    if is_patent_sentence or ZL_RE.search(s_text):
        out.extend(quoted_patents(ctx, sent))
    line = ZL_LINE_RE.match(s_text)
    if line and not titles and not QUOTED_RE.search(s_text):
        # a bare list line: 一种…装置（ZL 2019 2 1234567.8）
        zl = ZL_RE.search(line["zl"])
        out.add(
            "patent",
            {"title": line["title"].strip(), "kind": ZL_KINDS[zl["kind"]] if zl else None},
            sent,
            sent.start + line.start("title"),
            confidence=0.8,
        )
    for cm in PATENT_COUNT_RE.finditer(s_text):
        from loaders.dates import cn_to_int

        n = cn_to_int(cm["n1"] or cm["n2"])
        kind = cm["kind1"] or cm["kind2"]
        if n is not None:
            out.add("patent_count", {"count": n, "kind": kind}, sent, sent.start + cm.start(), confidence=0.85)
    return out


ZL_RE = re.compile(r"(?:ZL|专利号[：:]?\s*)\s*(?P<year>(?:19|20)\d\d)\s*(?P<kind>[1-3])\s*\d{5,7}\s*\.?\s*[\dXx]")
ZL_KINDS = {"1": "发明", "2": "实用新型", "3": "外观设计"}
ZL_LINE_RE = re.compile(
    r"^[^\u4e00-\u9fff]*(?P<title>[\u4e00-\u9fff][^，。；：:（()]{3,60}?)\s*[（(]\s*(?P<zl>(?:ZL|专利号)[^）)]{8,30})[）)]\s*[。；]?\s*$"
)
DEVICE_RE = re.compile(
    r"(?:装置|设备|工装|工具|夹具|机构|系统|方法|工艺|阀|器|机|仪|架|台|车|模具|组件|结构|总成|平台)$"
)


def quoted_patents(ctx: Context, sent: Sentence) -> list[Fact]:
    """Patents named in quotes in a patent sentence: 获实用新型专利，其中“一种…装置”…; 发明专利“…”;
    “…”（ZL 2021 2 1234567.8）. A ZL number's kind digit gives the kind (1 发明, 2 实用新型, 3 外观设计)."""
    out = Found(ctx)
    t = ctx.text
    s_text = t[sent.start : sent.end]
    for qm in re.finditer(r"[“「『]([^“”「」『』]{4,60})[”」』]", s_text):
        title = qm.group(1).strip()
        if phrase_kind(title) == "honour" or re.search(r"[，。；！？]", title):
            continue
        near = s_text[max(0, qm.start() - 20) : qm.end() + 24]
        zl = ZL_RE.search(s_text, qm.end(), min(len(s_text), qm.end() + 40))
        if not (title.startswith("一种") or (DEVICE_RE.search(title) and "专利" in near) or zl):
            continue
        if re.match(
            r"^[^，。；]{0,3}(?:项目|课题|攻关|研究|工程)|^[^，。；]{0,4}获[^，。；]{0,20}奖", s_text[qm.end() :]
        ):
            continue  # “…装置研制”项目, “…工装”获…科技进步奖: an achievement, read by projects_in
        kind: str | None
        if zl:
            kind = ZL_KINDS[zl["kind"]]
        else:
            kinds = set(PATENT_KIND_RE.findall(near))
            kind = kinds.pop() if len(kinds) == 1 else None
        out.add("patent", {"title": title, "kind": kind}, sent, sent.start + qm.start(), confidence=0.75)
    return out


def _standard_kind(title: str, code: str | None, context: str) -> str | None:
    if re.search(r"办法|细则|制度|规定|守则", title):
        return "管理办法"
    if code:
        if code.startswith("GB"):
            return "国家"
        if code.startswith("DB"):
            return "地方"
        if code.startswith("T/"):
            return "团体"
        if code.startswith("Q/"):
            return "企业"
        return "行业"
    for word, kind in (
        ("国家标准", "国家"),
        ("行业标准", "行业"),
        ("地方标准", "地方"),
        ("团体标准", "团体"),
        ("企业标准", "企业"),
        ("企业规范", "企业"),
    ):
        if word in context:
            return kind
    return None


def projects_in(ctx: Context, sent: Sentence) -> list[Fact]:
    """Projects led or completed: quoted (“…”项目/攻关) or listed after 主持/完成 … 等项目."""
    out = Found(ctx)
    t = ctx.text
    s_text = t[sent.start : sent.end]
    taken: list[tuple[int, int]] = []
    for qm in QUOTED_ITEM_RE.finditer(s_text):
        inner = qm.group(1)
        if phrase_kind(inner) == "honour" or METHOD_RE.match(s_text[qm.end() :]) or re.search(r"法$", inner):
            continue
        after = s_text[qm.end() :]
        if re.match(r"^[^，。；]{0,8}专利", after):
            continue  # “…工装”已获实用新型专利授权: a patent
        clause_left = s_text[max((s_text.rfind(c, 0, qm.start()) for c in "，。；"), default=-1) + 1 : qm.start()]
        follows = re.match(
            r"^(?:[“「『][^”」』]+[”」』]|[、和])*(?:(?:等|两|二|三|[\d]+)?(?:个|项)?(?:攻关)?(?:项目|攻关|研究|课题|工程|成果))",
            after,
        )
        noun_tail = re.match(r"^[\u4e00-\u9fff]{0,8}?(?:系统|装置|平台|工装)", after)
        award = re.match(r"^[^，。；]{0,4}获[^，。；]{0,20}奖", after)
        if follows or award or (PROJECT_VERB_RE.search(clause_left) and (PROJECT_NOUN_RE.search(inner) or noun_tail)):
            title = inner
            if noun_tail and not follows and not PROJECT_NOUN_RE.search(inner):
                title = s_text[qm.start() : qm.end() + noun_tail.end()]
            year, _, _ = year_before(ctx, sent, sent.start + qm.start())
            role = PROJECT_VERB_RE.search(clause_left)
            out.add(
                "project",
                {"title": title, "year": year, "role": role.group() if role else None},
                sent,
                sent.start + qm.start(),
                confidence=0.8,
            )
            taken.append((qm.start(), qm.end()))
    for vm in PROJECT_VERB_RE.finditer(s_text):
        if any(s <= vm.end() <= e for s, e in taken):
            continue
        rest = s_text[vm.end() :]
        rest = re.sub(r"^(?:了|完成了?|开展了?|参与了?|的)", "", rest)
        offset = len(s_text) - len(rest)
        stop = re.search(r"[，。；！？“「《]", rest)
        obj = rest[: stop.start()] if stop else rest
        if not obj or any(s <= offset < e for s, e in taken):
            continue
        items = _split_items(obj, sent.start + offset)
        tail = LIST_TAIL_RE.search(items[-1][0][items[-1][0].find("等") :]) if items and "等" in items[-1][0] else None
        if tail:
            last, off = items[-1]
            items[-1] = (last[: last.find("等")], off)
        for item, off in items:
            item = item.strip()
            if not item or len(item) < 4 or len(item) > 40:
                continue
            if (tail and len(items) >= 1) or (len(items) == 1 and re.search(r"(?:攻关|项目|课题|研究)$", item)):
                year, _, _ = year_before(ctx, sent, off)
                out.add("project", {"title": item, "year": year, "role": vm.group()}, sent, off, confidence=0.7)
    return out


# ---------------------------------------------------------------- personal data
GENDER_ITEM_RE = re.compile(r"(?:^|[，,、（(])\s*(男|女)\s*(?=[，,、）)])")
ETHNIC_ITEM_RE = re.compile(r"(?:^|[，,、（(])\s*([\u4e00-\u9fff]{1,5}族)\s*(?=[，,、）)]|$)")
NATIVE_ITEM_RE = re.compile(r"(?:^|[，,])\s*([\u4e00-\u9fff]{2,8})人\s*(?=[，,。]|$)")
NATIVE_LINE_RE = re.compile(r"\s*(?:籍\s*贯|出\s*生\s*地)\s+(\S+)")
ETHNIC_LINE_RE = re.compile(r"\s*民\s*族\s+(\S+族)")


def personal_in(ctx: Context, sent: Sentence) -> list[Fact]:
    """Birth, gender, ethnicity and native place, from 1980年2月出生 / 张伟，男，回族，陕西渭南人."""
    out = Found(ctx)
    t = ctx.text
    s_text = t[sent.start : sent.end]
    born = parse_birth(s_text)
    if born:
        m = re.search(r"(?:19|20)\d\d|[一二][〇零○九]", s_text)
        out.add("born", {"value": born}, sent, sent.start + (m.start() if m else 0), confidence=0.9)
    for m in GENDER_ITEM_RE.finditer(s_text):
        out.add("gender", {"value": m.group(1)}, sent, sent.start + m.start(1), confidence=0.95)
    for m in ETHNIC_ITEM_RE.finditer(s_text):
        if ETHNIC_RE.match(m.group(1)):
            out.add("ethnicity", {"value": m.group(1)}, sent, sent.start + m.start(1), confidence=0.9)
    m = NATIVE_ITEM_RE.search(s_text)
    if m and not re.search(r"[\d名个位多]|工人|家人|军人|商人|本人|他人|主人|新人|匠人", m.group(0)):
        out.add("native_place", {"value": m.group(1)}, sent, sent.start + m.start(1), confidence=0.7)
    m = NATIVE_LINE_RE.match(s_text)
    if m:
        out.add("native_place", {"value": m.group(1)}, sent, sent.start + m.start(1), confidence=0.9)
    m = ETHNIC_LINE_RE.match(s_text)
    if m:
        out.add("ethnicity", {"value": m.group(1)}, sent, sent.start + m.start(1), confidence=0.9)
    return out


OPENING_RE = re.compile(r"\s*(?:【[^】]{1,8}】|[^\u4e00-\u9fff“]{1,6})?")


# 曾任某厂厂长, 1998年进入某公司: an item about a career step, not the post held now; 任 inside a
# word (有限责任公司, 主任医师, 任务) is no such verb
CAREER_VERB_RE = re.compile(r"担任|(?<![责主信])任(?![务何])|聘|进入|加入|毕业|参加")


def _post_after_colon(text: str, at: int, end: int) -> bool:
    """章某：某医院护士长，…: a colon after the opening name leads a post phrase; a colon before
    speech or anything else (王某：我觉得…) opens no introduction."""
    if not text.startswith(("：", ":"), at):
        return False
    first = re.split(r"[，,。；;]", text[at + 1 : end], maxsplit=1)[0].strip()
    return bool(first) and all(parse_post(x) for x in first.split("、"))


def intro_items(ctx: Context, sent: Sentence) -> list[Fact]:
    """白振宇，男，回族，…，中航西飞总装厂装配钳工，…，全国劳动模范: each comma item classified."""
    out = Found(ctx)
    t = ctx.text
    names = ctx.names_in(sent.start, sent.start + 12)
    opening = OPENING_RE.match(t[sent.start : sent.end])
    lead = opening.end() if opening else 0  # the pattern always matches (every part is optional)
    opened = ctx.section_openers.get(sent.start)
    if names and names[0].start > sent.start + lead and t.startswith(("，", ","), names[0].end):
        # “铁人”叫刘某，某机务段司机长，全国五一劳动奖章获得者: the name a naming verb introduces opens the items
        named = re.fullmatch(r"[^，,。；;！？]{0,8}?(?:名叫|叫做|叫|就是)", t[sent.start + lead : names[0].start])
        lead = names[0].start - sent.start if named else lead
    if names and names[0].start == sent.start + lead and t.startswith(("，", ","), names[0].end):
        name = names[0].name  # 【人物名片】张伟，男，…
        pos = names[0].end + 1
    elif names and names[0].start == sent.start + lead and _post_after_colon(t, names[0].end, sent.end):
        name = names[0].name  # - 章某：某医院护理部副主任、内四科护士长，在…: a roll line's name and its post
        pos = names[0].end + 1
    elif opened:
        name = opened  # the first line under “李红（四川）”: 某公司装配工，女，1979年生
        pos = sent.start + lead
    else:
        return out
    pieces: list[str] = []
    shared_org: dict[str, str] = {}  # 某公司党总支书记、董事长: later posts of a 、-group are held at its body
    for item in re.split(r"[，,]", t[pos : sent.end].rstrip("。")):
        # 某厂采油工、某公司技能专家: posts listed with 、 are items of their own
        sub = item.split("、")
        if len(sub) > 1 and all(parse_post(x) for x in sub):
            pieces += sub
            head_org = (parse_post(sub[0]) or (None, ""))[0]
            if head_org:
                shared_org |= {x.strip(): head_org for x in sub[1:] if not (parse_post(x) or (None, ""))[0]}
        else:
            pieces.append(item)
    for item in pieces:
        item_start = t.find(item, pos)
        pos = item_start + len(item)
        item = item.strip()
        if (
            not item
            or (
                re.match(r"^(?:男|女|[\u4e00-\u9fff]{1,5}族|.*出生|.*人|中共党员|.*党员|群众)$", item)
                and phrase_kind(item) != "honour"
            )  # 河北保定人, 中共党员 — but 全国优秀共产党员, 广东好人 are honours
            or stray_digits(item)
            or CAREER_VERB_RE.search(item)
        ):
            continue
        parsed = parse_honour(item, doc_year=ctx.doc.year)
        post = parse_post(item, allow_grade=bool(opened))
        if opened and post and not post[0]:
            grade = next((g for g in sorted(lexicon().grades, key=lambda w: (-len(w), w)) if post[1].endswith(g)), None)
            if grade:
                post = (None, grade)  # 电缆附件高级技师: the grade is the post, the trade only qualifies it
        if parsed and not (post and post[0]):  # 某公司焊接首席技师: a post at a body, not an honour
            _add_descriptor_honour(out, sent, item_start, parsed, item, name)
            continue
        if post:
            org, title = post
            org = org or shared_org.get(item)
            out.add(
                "position",
                {
                    "title": title,
                    "org": ctx.resolve_org(org, item_start),
                    "raw_org": org,
                    "year": None,
                    "current": True,
                    "appointed": bool(re.search(r"专家|(?<!党委)(?<!纪委)委员|代表|顾问", title))
                    and not held_expert(title, org),
                },
                sent,
                item_start,
                persons=[name],
                confidence=0.8,
            )
    return out


FOUNDED_RE = re.compile(
    r"(?P<parent>[\u4e00-\u9fff]{2,30}?)(?:以[^，。]{0,8}名字)?成立了?(?P<child>“[^”]{2,30}”|[\u4e00-\u9fff]{2,20}?(?:中心|工作室|小组|班|队|协会|联盟))"
)
STUDIO_QUOTE_RE = re.compile(r"[“「『]([^”」』]{2,30}(?:工作室|创新中心))[”」』]")
GRADUATED_RE = re.compile(
    r"(?:从|毕业于)([\u4e00-\u9fff（）()]{3,30}?(?:大学|学院|学校|技校|中学))(?:[\u4e00-\u9fff]{0,8}专业)?(?:毕业)?"
)
SCHOOL_LINE_RE = re.compile(r"\s*毕业院校\s+(\S+)")


def org_relations_in(ctx: Context, sent: Sentence) -> list[tuple[str, str | None, int]]:
    """(organisation, parent or None, offset): 九里山矿成立了机电微创中心; studios; schools graduated from."""
    t = ctx.text
    s_text = t[sent.start : sent.end]
    out = []
    for m in FOUNDED_RE.finditer(s_text) if "成立" in s_text else ():
        parent = ctx.resolve_org(re.sub(r"^.*[，,]", "", m["parent"]), sent.start + m.start())
        child = m["child"].strip("“”")
        parents = [
            o
            for o in ctx.orgs.at(sent.start + m.start(), sent.start + m.start("child"))
            if o.end <= sent.start + m.start("child")
        ]
        par = ctx.resolve_org(parents[-1].name, sent.start + m.start()) if parents else None
        if par is None and parent in ("公司", "集团", "矿", "厂"):
            par = ctx.resolve_org(parent, sent.start + m.start())
        if par is None:
            word = re.search(r"(该?(?:公司|集团|矿|厂|段))$", m["parent"])
            par = ctx.resolve_org(word.group(1), sent.start + m.start()) if word else None
        out.append((child, par if par and par != child else None, sent.start + m.start("child")))
    for m in STUDIO_QUOTE_RE.finditer(s_text) if "工作室" in s_text or "创新中心" in s_text else ():
        out.append((m.group(1), None, sent.start + m.start(1)))
    for m in GRADUATED_RE.finditer(s_text):
        if m.group(0).startswith("毕业于") or "毕业" in s_text[m.end() - 2 : m.end() + 4]:
            out.append((m.group(1), None, sent.start + m.start(1)))
    school = SCHOOL_LINE_RE.match(s_text)
    if school:
        out.append((school.group(1), None, sent.start + school.start(1)))
    return out


CONFERRER_NOTE_RE = re.compile(
    r"\s*(?:这项|该项|此项|这一|该)[^，。]{0,10}?由(?P<orgs>[^，。]{4,120}?)(?:共同|联合)?(?:开展|组织|主办|评选|发起|举办|命名)"
)


def conferrer_notes(ctx: Context, sent: Sentence) -> list[str]:
    """这项由上海市总工会、…共同开展的选树活动: bodies behind the honour of the sentence before."""
    t = ctx.text
    m = CONFERRER_NOTE_RE.match(t[sent.start : sent.end])
    if not m:
        return []
    names = split_org_list(m["orgs"])
    return names if names and all(is_org_name(n) for n in names) else []


# 市总工会《关于授予…的决定》 / 《西安市人民政府关于表彰…的通报》
DECISION_RE = re.compile(
    # 《中共中央 国务院关于表彰…的决定》: issuers written apart by a space, as in a decision's title
    r"(?P<orgs>[\u4e00-\u9fff、]{3,80}?(?:[ \u3000][\u4e00-\u9fff、]{2,40}?)*)"
    r"(?:关于|《关于)(?P<body>[^》。]{4,120}?)的(?:决定|通知|通报)"
)


# 根据全国人大常委会关于…的决定 / 按照市总工会…: the clause's opening words are no part of the issuer
DECISION_LEAD_RE = re.compile(r"^.*?(?:根据|按照|依据|依照)")


# …国家林业和草原局三部门联合印发: the count of the issuers listed goes with the verb
_ISSUE_VERB_TAIL = (
    r"(?:(?<=[会部局厅委办府联])[两二三四五六七八九十\d]+个?(?:部门|单位|部委))?"
    r"(?:联合|共同)?(?:印发|发布|公布|下发|发文|发出|作出|做出|出台)了?$"
)


# an officer of a body reading out a decision whose title names no issuer: the body issued it
READER_RE = re.compile(
    r"(?:[^、]*、)?(?P<body>[\u4e00-\u9fff]{2,30}?)(?:党组书记|党委书记|常务副主席|副主席|主席|副书记|书记|"
    r"副部长|部长|副厅长|厅长|副局长|局长|副主任|主任|秘书长|副会长|会长)[\u4e00-\u9fff]{2,3}宣读了"
)


def _issuer_name(name: str) -> bool:
    """An organisation's name, or the short name of a conferring body (全国人大常委会, 全总)."""
    from loaders.honours import short_body_names
    from loaders.textnorm import to_simplified

    return is_org_name(name) or to_simplified(name) in short_body_names()


def decisions_in(ctx: Context, sent: Sentence) -> list[tuple[str, list[str]]]:
    """市总工会《关于授予…株洲市五一劳动奖章…的决定》: (decision text, issuing bodies)."""
    from loaders.extract.frames import joined_bodies

    t = ctx.text
    out: list[tuple[str, list[str]]] = []
    if t.find("关于", sent.start, sent.end) < 0:
        return out  # DECISION_RE's 关于: no need to try its run of names at every character
    for m in DECISION_RE.finditer(t[sent.start : sent.end]):
        officer = READER_RE.fullmatch(m["orgs"].rstrip("《"))  # 省人社厅副厅长王某宣读了《关于…的决定》
        text = officer["body"] if officer else re.sub(r"^.*?宣读了", "", m["orgs"]).rstrip("《")
        text = DECISION_LEAD_RE.sub("", re.sub(_ISSUE_VERB_TAIL, "", text))
        runs = re.split(r"[ \u3000]+", re.sub(r"^[和与及]", "", text))
        # 国家人力资源社会保障部和民政部发布《关于…的决定》: two issuers joined by 和
        # 全国人大常委会关于授予…的决定: a body known by its short name issues it too
        orgs = [b for run in runs for o in split_org_list(run) for b in joined_bodies(o) if _issuer_name(b)]
        if orgs:
            out.append((m["body"], [ctx.resolve_org(o, sent.start + m.start()) or o for o in orgs]))
    return out


HOST_RE = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{3,30}?)(?:在[京沪津渝穗蓉]|在[\u4e00-\u9fff]{2,4}[省市县区])?(?:举行|举办|召开)的?[^，。]{0,30}?(?:仪式|大会|表彰会|颁奖会)"
)


def host_in(ctx: Context, sent: Sentence) -> str | None:
    """在修武县总工会举行的…仪式上: the body holding an award ceremony."""
    s_text = ctx.text[sent.start : sent.end]
    if "举行" not in s_text and "举办" not in s_text and "召开" not in s_text:
        return None  # HOST_RE's verbs: no need to try its run of names at every character
    m = HOST_RE.search(s_text)
    if not m:
        return None
    name = re.sub(r"^(?:在|由)", "", m["org"])
    return ctx.resolve_org(name, sent.start + m.start()) if is_org_name(name) else None


# ---------------------------------------------------------------- tables and sections
SECTION_RE = re.compile(
    r"^(?:\d+\s*)?(?P<name>人物经历|个人经历|人物简介|个人简介|主要成就|荣誉表彰|所获荣誉|主要荣誉|荣誉称号|获奖情况|"
    r"社会任职|社会兼职|任职情况|参考资料|参考文献|注释|目录|相关链接|延伸阅读|往期推荐|往期回顾)\s*$"
)
KEY_HONOURS_RE = re.compile(r"^(?:主要成就|主要荣誉|荣誉称号|所获荣誉|获得荣誉|荣誉)\s+")
REF_MARK_RE = re.compile(r"\[\d+\]")


def section_of(sent: Sentence) -> str | None:
    """The section a heading line opens (社会任职, 参考资料 …), or None."""
    m = SECTION_RE.match(sent.text.strip())
    return m["name"] if m else None


def rows_in(ctx: Context, sent: Sentence) -> list[Fact]:
    """Table rows: 2012年　第十一届全国技术能手　人力资源和社会保障部; ✅ 2017年　十堰市劳动模范;
    主要成就　全国劳动模范、中华技能大奖 (a key and its list)."""
    out = Found(ctx)
    t = ctx.text
    found = honours_in(ctx, sent)
    cols_all = [c for c in re.split(r"\s+|[｜|]", REF_MARK_RE.sub("", t[sent.start : sent.end])) if c]
    if found:
        # 2018年　首批“三秦工匠”　陕西省总工会: the last column names the conferrers
        bodies = split_org_list(cols_all[-1]) if len(cols_all) >= 3 else []
        if bodies and all(is_org_name(b) for b in bodies):
            found = [f if f.value["conferred_by"] else _conferred(ctx, f, bodies, sent.start) for f in found]
        out.extend(found)
        return out
    text = REF_MARK_RE.sub("", t[sent.start : sent.end])
    text = re.sub(r"^[^\u4e00-\u9fff\d]+", "", text)
    key = KEY_HONOURS_RE.match(text)
    if key:
        off = sent.start + t[sent.start : sent.end].find(text[key.end() : key.end() + 2])
        for item, pos in _split_items(text[key.end() :], off):
            parsed = parse_honour(item, doc_year=ctx.doc.year)
            if parsed:
                _add_honour(out, sent, pos, parsed, ctx.raw(pos, pos + len(item)), pos + len(item))
        return out
    cols = [c for c in re.split(r"\s+|[｜|]", text) if c]
    if len(cols) < 2:
        return out
    year = None
    dated = [c for c in cols if re.fullmatch(r"(?:19|20)\d\d\s*年?(?:\d{1,2}月)?|(?:今年|去年|前年)(?:\d{1,2}月)?", c)]
    if dated:
        ds = find_dates(dated[0], doc_year=ctx.doc.year)
        year = ds[0].year if ds else None
    for k, col in enumerate(cols):
        if col in dated:
            continue
        parsed = parse_honour(col, doc_year=ctx.doc.year)
        if not parsed:
            continue
        if parsed.year is None:
            parsed.year = year
        bodies = split_org_list(cols[k + 1]) if k + 1 < len(cols) else []
        if bodies and all(is_org_name(b) for b in bodies) and not parsed.conferred_by:
            parsed.conferred_by = bodies
        pos = sent.start + t[sent.start : sent.end].find(col[:2])
        _add_honour(out, sent, pos, parsed, ctx.raw(pos, pos + len(col)), pos + len(col))
        break
    return out


def _conferred(ctx: Context, f: Fact, bodies: list[str], pos: int) -> Fact:
    """``f`` as conferred by ``bodies`` (each resolved at ``pos``)."""
    return replace(f, value={**f.value, "conferred_by": [ctx.resolve_org(b, pos) or b for b in bodies]})


def section_item(ctx: Context, sent: Sentence, section: str) -> list[Fact]:
    """A line under 社会任职 (a post, maybe with （2017年起）) or under a 荣誉 heading (an honour)."""
    out = Found(ctx)
    t = ctx.text
    text = REF_MARK_RE.sub("", t[sent.start : sent.end]).strip()
    since = re.search(r"[（(]\s*((?:19|20)\d\d)\s*年?(?:起|至今|—|-)?\s*[）)]", text)
    item = (text[: since.start()] + text[since.end() :]).strip("。；; ") if since else text.strip("。；; ")
    if section in ("社会任职", "社会兼职", "任职情况"):
        post = parse_post(item)
        if post:
            org, title = post
            out.add(
                "position",
                {
                    "title": title,
                    "org": ctx.resolve_org(org, sent.start),
                    "raw_org": org,
                    "year": int(since.group(1)) if since else None,
                    "current": False,
                    "appointed": False,
                },
                sent,
                sent.start,
                confidence=0.8,
            )
    return out
