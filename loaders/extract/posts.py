"""Post phrases → (organisation, title): 焦煤集团九里山矿机电运转队队长 → (焦煤集团九里山矿机电运转队, 队长).

The organisation is the longest head of the phrase that ends at an
organisation-kind boundary and leaves a post behind it; a listed post word wins
over a shorter one (兴隆村 + 党支部书记 rather than 兴隆村党支部 + 书记).  Two
further cases:
- a competition names the body of a referee or judge:
  全国行业职业技能竞赛——山西“焦煤杯”电工裁判 → (…“焦煤杯”, 电工裁判);
- coordinated posts share their head: 职业技能等级认定技师、高级技师评审专家 →
  技师、高级技师评审专家.
Skill grades (高级技师) and statuses (中共党员) are no posts, except where a list
column says they are the person's job (主任医师 in an award list).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from loaders.extract.lexicon import lexicon
from loaders.extract.nlp import clear_with, cut, is_common_word, word_ends_at, word_tag
from loaders.orgs import (
    PARTY_COMMITTEES,
    _dictionary,
    employer_of,
    is_brand,
    is_place,
    is_suffix_boundary,
    is_suffix_word,
    known_organizations,
    org_kind,
    org_tier,
    places,
    split_org,
)
from loaders.textnorm import to_simplified

LEAD_JUNK = re.compile(
    r"^(?:(?:他|她)?(?:就|正|便)是|(?:这|這|那)(?:就|正|便)?是|现为|了|为|成为|一名|一位|一个|名|位|的|是|任|现任|担任|兼任|同时|还|又|也|并|普通的?|(?:总|集团)?公司的?)+"
)
# a verb or a lead that a descriptor or a list item carries before its unit (来自某公司电工, 授予某段值班员,
# 其中某公司工长, 1951年起历任某医院护士长): no part of the unit's name
UNIT_LEAD_JUNK = re.compile(
    r"^(?:来自|授予|其中|包括|(?:19|20)\d\d年(?:起|至今)?(?:历任|先后任))+(?=[\u4e00-\u9fff]{4})"
)
# 被授予…的民警分别是某市公安局某支队支队长: what opens an enumeration is no part of the unit
ENUM_OPEN_RE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:分别是|分别为|依次是|依次为|他们是|她们是)(?=[\u4e00-\u9fff]{4})")
# 获得某称号的是某校教师, 获奖者之一某公司环卫工: the words that name the list the person is in
# (…的先进个人有某公司车工, 获奖者有某校教师: a group noun with 有 opens the list as 的有 does)
LIST_LEAD_RE = re.compile(
    r"""^[\u4e00-\u9fff\d]{1,20}?
        (?:的是|的有|者之一|(?:个人|同志|人员|人物|获奖者|获得者|代表)有)
        (?=[\u4e00-\u9fff]{4})""",
    re.VERBOSE,
)
# 张家口市劳动模范某区某小学教师: an honour the person holds, written before a place-led unit, is
# no part of the unit's name (the unit opens on the place after it)
HONOUR_LEAD_RE = re.compile(
    r"""^[\u4e00-\u9fff]{0,8}?
        (?:劳动模范|劳模|先进工作者|先进个人|道德模范|五一劳动奖章获得者|三八红旗手|工匠)
        (?=[\u4e00-\u9fff]{4})""",
    re.VERBOSE,
)
# 评审委员会核定某医院…, 从中遴选出某公司…: a selection verb before the unit ends the words that open the list
SELECTION_LEAD_RE = re.compile(
    r"^[\u4e00-\u9fff\d]*(?:核定|核准|遴选出?|评选出|推选出|选出|评出)(?=[\u4e00-\u9fff]{4})"
)
# 第一、二、三届全国人民代表大会代表, 第十届、十一届全国人大代表: a run of terms before an office is
# one office held several times, not posts joined by 、; the office is written bare
TERM_RUN_RE = re.compile(
    r"""^第?[一二三四五六七八九十百\d]+[届屆]?
        (?:、第?[一二三四五六七八九十百\d]+[届屆]?)+
        (?<=[届屆])(?=[\u4e00-\u9fff]{2})""",
    re.VERBOSE,
)
WRITERS_PLACE_RE = re.compile(r"^我(?:省|市|县|区|州|旗|镇|乡)(?=[\u4e00-\u9fff]{4})")
TAIL_JUNK = re.compile(r"(?:职务|一职|等职|至今|以来|期间|工作)+$")
# 历任队长、区长等职务 / 担任村党支部书记27年: a list's closing 等 and a term's length are no part of a post
TITLE_LEAD_RE = re.compile(r"^(?:的(?:一名|一位)?|一名|一位)(?=[\u4e00-\u9fff]{2})")
CAREER_TAIL_JUNK = re.compile(r"(?:等|(?:\d+|[一二三四五六七八九十]+)多?年)$")
COMPETITION_RE = re.compile(r".*(?:竞赛|大赛|比赛|比武|技能赛|锦标赛|[杯]”|杯」|杯)")
PARTY_POST_RE = re.compile(r"(?:党委|党总支部?|党支部|党组|党工委)(?:副)?书记$")
PARTY_BODY_END_RE = re.compile(rf"(?:机关|機關)?(?:{PARTY_COMMITTEES}|党组|纪委)$")
PARTY_BODY_POST_RE = re.compile(r"(?:副)?书记|委员|常委|(?:副)?(?:组长|主任)")
# 某镇某社区党委书记: a community, a unit the organisation finder does not split at, holds the party post
COMMUNITY_WORDS = ("社区", "居委会", "嘎查")
GENERIC_KIND_WORDS = ("煤矿", "矿", "工厂", "厂", "企业", "医院", "学校")


def _specific(org: str) -> bool:
    """河南省煤矿 (a province's mines) or 动车组 (a word) name no particular body; a bare kind
    word (公司, 合作社) means the one the text is about and is resolved by the caller."""
    if org in _bare_kinds():
        return True
    if is_common_word(org, min_freq=5, allow=("nt", "ns", "nz", "nr")) and org not in known_organizations():
        return False
    for word in GENERIC_KIND_WORDS:
        if org.endswith(word) and is_place(org[: -len(word)] or "X"):
            return False
    return len(org) >= 2


def _own_department(post: tuple[str | None, str] | None, first_org: str) -> bool:
    """焊装部 after 总装部部长、: a part's own named department (a unit, no bare kind word such
    as 公司 or 车间), other than the body of the first post."""
    if not post or not post[0] or post[0] == first_org or first_org.endswith(post[0]):
        return False
    return org_tier(post[0]) == "unit" and post[0] not in _bare_kinds() and len(post[0]) >= 3


def _office_community(head: str) -> bool:
    """某街道办事处某社区: a community after an office (a body of its own) that it belongs to."""
    parts = split_org(head)
    return head.endswith(COMMUNITY_WORDS) and len(parts) >= 2 and org_tier(parts[-2].name) == "body"


@lru_cache(maxsize=1)
def _bare_kinds() -> frozenset[str]:
    """Kind suffixes of two characters or more (公司, 合作社): each may stand for "the" body."""
    return frozenset(s.suffix for s in _dictionary().suffixes if len(s.suffix) >= 2)


QUOTED_UNIT_RE = re.compile(r"[“「]([^”」]{2,20})[”」]")
# 某福利会会长, 某研发总院代理副院长: the unit's head named by its kind again, a deputy's or an
# acting head's marks between the two (the kind 院 ends no name of its own: 医院 is a word)
DOUBLED_HEAD_RE = re.compile(
    r"""(?P<org>[\u4e00-\u9fff]{2,})(?P<k>[\u4e00-\u9fff])
        (?P<mod>(?:代理|常务|执行)?副?)
        (?P<head>(?P=k)长)""",
    re.VERBOSE,
)
BLANKS_RE = re.compile(r"\s+")
CLAUSE_MARK_RE = re.compile(r"[，。；！？]")


@lru_cache(maxsize=4)
def _name_lengths(names: frozenset[str]) -> tuple[int, ...]:
    """The lengths of ``names``, longest first."""
    return tuple(sorted({len(n) for n in names}, reverse=True))


def _boundaries(phrase: str) -> list[int]:
    """Offsets where an organisation name may end inside ``phrase``."""
    out = set()
    for m in _dictionary().suffix_re.finditer(phrase):
        bare_head = m.start() == 0 and len(m.group()) >= 2  # 合作社理事长, 公司首席技师: "the" body
        rest = phrase[m.end() :].removeprefix("副")
        if (
            m.end() < len(phrase)
            and (m.start() > 0 or bare_head)
            and (
                is_suffix_boundary(phrase, m.end(), m.group())
                or _doubled(m.group(), rest)
                or _trade_after(phrase[m.end() :])
                or _whole_post_after(rest)
            )
            and not is_suffix_word(phrase, m.start(), m.end())
        ):
            # (某管理处处长: the unit's head is named by its kind again, 处处 being no word there)
            out.add(m.end())
    known = known_organizations()
    for k in _name_lengths(known):  # (each known name's length, not each name: ~260 names, ~15 lengths)
        if k < len(phrase) and phrase[:k] in known:
            out.add(k)
    # …有限公司“杨峰班组”班组长: a quoted unit name ends at its closing quote
    for q in QUOTED_UNIT_RE.finditer(phrase):
        if q.end() < len(phrase) and org_kind(q.group(1)):
            out.add(q.end())
    # …总公司党总支书记: a party post ends the phrase although 公司党委 is a name of its own
    party = PARTY_POST_RE.search(phrase)
    before = phrase[: party.start()] if party else ""
    if (
        party
        and party.start() > 0
        and (org_kind(before) or before in _bare_kinds() or before.endswith(COMMUNITY_WORDS))
    ):
        out.add(party.start())
        # (…村党总支部书记: the 部 of 党总支部 ends no unit of its own)
        out = {b for b in out if not party.start() < b < party.end()}
    return sorted(out)


def _trade_after(rest: str) -> bool:
    """某疾病预防控制中心医生, 某煤矿工程师: the character after a kind suffix usually keeps the suffix
    inside a longer word (中心医院, 矿工), but a whole job title after it (医生, 工程师, 技术员) ends
    the unit there.  Offices (主席, 主任, 书记) and 班+组长 keep the followers' reading."""
    return (
        len(rest) >= 2
        and rest in lexicon().post_endings
        and rest[-1] in "生师员工"
        and rest not in ("成员", "委员", "组员", "会员", "队员")  # 党组成员: a seat in the body, read whole
    )


def _whole_post_after(rest: str) -> bool:
    """某客运段和田一队列车长: a listed post of three characters or more fills the rest of the phrase,
    so the unit's kind ends before it although the two characters make a word (队列); a rest that
    opens with 长 is the unit's head (消防救援站站长助理: 站长助理 after 站)."""
    return len(rest) >= 3 and not rest.startswith("长") and rest in lexicon().post_endings


def _doubled(suffix: str, rest: str) -> bool:
    """处 + 处长, 科 + 科长: the post after a unit is that unit's head, named by the same kind."""
    return rest in lexicon().post_endings and rest[0] == suffix[-1] and rest.endswith("长")


def _coordinated(title: str) -> str:
    """技师、高级技师评审专家 keeps its coordination; what precedes the first conjunct goes."""
    if "、" not in title:
        return title
    left, right = title.split("、", 1)
    lex = lexicon()
    for k in range(min(len(left), 6), 1, -1):
        word = left[-k:]
        if right.endswith(word) or (lex.is_post(left) and right in lex.grades):
            continue  # 首席技师、高级技师: the right part is a whole title of its own, no head to share
        if word in right and (lex.is_post(word) or word in lex.grades):
            return word + "、" + right
    return title


@lru_cache(maxsize=4)
def _longest_first(grades: frozenset[str]) -> tuple[str, ...]:
    """The grades longest first (ties in code-point order): sorted once, not at every title."""
    return tuple(sorted(grades, key=lambda w: (-len(w), w)))


def _strip_grade(title: str) -> str:
    """钢筋工高级技师 → 钢筋工 (the grade is a qualification, the job is the post)."""
    lex = lexicon()
    if LEAD_ENGINEER_RE.fullmatch(title):
        return title  # 主任工程师, 主管设计师: a role named by its title, not 主任 with a grade
    for grade in _longest_first(lex.grades):
        if title.endswith(grade) and len(title) > len(grade):
            head = title[: -len(grade)]
            if lex.is_post(head):
                return head
    return title


# 主任工程师, 副主任设计师, 主管会计师: the engineer or designer in charge, one role
LEAD_ENGINEER_RE = re.compile(r"(?:副)?(?:主任|主管)(?:工程师|设计师|会计师|经济师|工艺师)")


SKILL_GRADE_RE = re.compile(r"(?:技师|技工|[高中初]级工)$")


STAR_GRADE_RE = re.compile(r"^(?:[一二三四五六七八九十]星级?|特级)(?:技师|技工)$")  # a company's own grades
RANK_RE = re.compile(
    r"^(?:[一二三四]级高级|[一二三四]级|高级|中级|初级)(?:警长|警督|警司|警员|警监|消防士|消防长|指挥长)$"
    r"|^(?:副)?(?:警督|警司|警监)$"
    r"|^(?:[一二三四]级)(?:主任科员|科员|调研员|巡视员)$"  # a civil servant's grade
)


# seats and memberships that end like a trade (党员, 委员, 会员 …): no job
_MEMBER_ENDINGS = ("党员", "成员", "委员", "会员", "队员", "社员", "组员", "学员", "团员", "学生")


def trade_title(title: str) -> bool:
    """客车驾驶员, 乡村教师, 环卫工: a job named by a listed trade ending (a word of two characters or
    more from ``posts.yaml`` ending in 工/员/师/生/手), so 是一名客车驾驶员 names the person's job even
    with no unit; 老党员 and 委员 are memberships, no trade."""
    if title.endswith(_MEMBER_ENDINGS):
        return False
    return any(len(e) >= 2 and e[-1] in "工员师生手" and title.endswith(e) for e in lexicon().post_endings)


def is_skill_grade(title: str) -> bool:
    """高级技师, 技师, 高级工: a skill grade (not 高级工程师 or 主任医师, professional titles that
    are kept when they are the only post given); also a police or fire rank (四级警长, 一级消防士)."""
    if RANK_RE.match(title) or STAR_GRADE_RE.match(title):
        return True
    return title in lexicon().grades and bool(SKILL_GRADE_RE.search(title))


# 新中国第一位女火车司机, 人民的好医生: an epithet (a first, a "good" one), not the post held
EPITHET_RE = re.compile(r"第一(?:位|个|名|代)|首位|首个|^好(?=[\u4e00-\u9fff]{2})")
# 优秀护士长, 普通焊工: praise or plainness is no part of the post
PRAISE_RE = re.compile(r"^(?:的)?(?:优秀|最美|杰出|模范|普通的?)(?=[\u4e00-\u9fff]{2})")
# 第13任生产组长 / 第五任厂长 / 首任站长: the holder's place in the post's line
TERM_ORDINAL_RE = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}|首|末)任(?=[\u4e00-\u9fff]{2})")
NAMED_TEAM_POST_RE = re.compile(
    r"(?P<team>[\u4e00-\u9fff]{2,8}(?:小组|班组))(?:第[一二三四五六七八九十百零〇\d]{1,4}任|首任)?(?P<post>[\u4e00-\u9fff]{2,6})"
)
TEAM_HEAD_RE = re.compile(r"(?P<team>[\u4e00-\u9fff]{2,8}(?<!班)(?P<k>[班组]))长")


CLAUSE_TAGS = ("uv", "uz", "ul", "ug", "p")  # particles (地, 着, 了, 过) and prepositions (以, 在)


@lru_cache(maxsize=4096)
def _clause_words(title: str) -> bool:
    """Whether a title holds a verbal particle or a preposition (jieba's dictionary tags):
    post titles are noun phrases (装配钳工, 村党支部书记), clauses are not."""
    return any((word_tag(w) or "").startswith(CLAUSE_TAGS) for w in cut(title))


def org_head(text: str) -> str | None:
    """The longest head of ``text`` that names an organisation (某公交集团有限公司四分公司 of
    某公交集团有限公司四分公司9路车), or None; a phrase opening with a verb (享受国务院政府特殊津贴) names none."""
    words = cut(text)
    if not words or word_tag(words[0]) == "v":
        return None
    if org_kind(text) or text in known_organizations():
        return text
    ends = [
        m.end()
        for m in _dictionary().suffix_re.finditer(text)
        if m.start() > 0
        and is_suffix_boundary(text, m.end(), m.group())
        and not is_suffix_word(text, m.start(), m.end())
    ]
    for end in sorted(ends, reverse=True):
        if org_kind(text[:end]) and _specific(text[:end]):
            return text[:end]
    return None


BARE_UNITS = ("车间", "工段", "科室")

VILLAGE_OFFICE_RE = re.compile(r"(?:主任|村长|书记|委员|会计|文书|社长|理事长|组长)$")


def is_village(org: str | None) -> bool:
    """某镇某村: a village, where a post is held but (unless it is the village's own office) no
    one is employed."""
    body = employer_of(org) if org else ""
    return bool(body) and body.endswith("村") and org_kind(body) is not None


def village_resident(org: str | None, title: str) -> bool:
    """乡村医生 / 农民 at 某村: a post held in a village that is not the village's own office; the
    village employs no one by it."""
    return is_village(org) and not VILLAGE_OFFICE_RE.search(title)


STATUS_TAILS = ("职工", "员工")


def _status_of_unit(title: str) -> bool:
    """某矿职工 / 某公司员工 / 某车间工人: a status word after a unit or body, no job title."""
    for tail in (*STATUS_TAILS, "工人"):
        head = title[: -len(tail)]
        if title.endswith(tail) and head and (tail in STATUS_TAILS or org_kind(head) or head in known_organizations()):
            return True
    return False


@lru_cache(maxsize=1)
def _status_words() -> tuple[str, ...]:
    """The status words of posts.yaml (职工, 一线工人, 退休职工 …), longest first."""
    from loaders.extract.lexicon import _load

    return tuple(sorted(_load("posts.yaml").get("status_titles") or [], key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _degrees() -> frozenset[str]:
    """The academic degrees of posts.yaml (博士, 硕士 …)."""
    from loaders.extract.lexicon import _load

    return frozenset(_load("posts.yaml").get("degrees") or [])


def _degrees_cut(phrase: str) -> str:
    """某办公厅教卫处主任科员、博士 → 某办公厅教卫处主任科员: degrees listed after a post are who the person
    is, not posts; the phrase without them (as it is when nothing else remains)."""
    parts = phrase.split("、")
    while len(parts) > 1 and parts[-1] in _degrees():
        parts.pop()
    return "、".join(parts)


def staff_unit(phrase: str) -> str | None:
    """某粮油食品有限责任公司包装车间工人 → 某粮油食品有限责任公司包装车间: the unit a status word (工人,
    职工, 退休职工) follows names where the person works, though the status is no post; None when
    the phrase does not end in a status word after a unit read by its kind or known name."""
    word = next((w for w in _status_words() if phrase.endswith(w) and len(phrase) > len(w) + 1), None)
    if word is None:
        return None
    unit = phrase[: -len(word)].removesuffix("的")
    return unit if _specific(unit) and (org_kind(unit) or unit in known_organizations()) else None


# a unit named by a kind the organisation finder does not split at (社区, 病室, 班组): the post after it
UNIT_TAIL_RE = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,}?(?:社区|病室|病区|班组|站|所))(?P<title>[\u4e00-\u9fff]{2,})$")
# 综合管理室值班调度长, 金属结构产线冷作钣金工: a room or a line of a body holds the known post after it
ROOM_LINE_RE = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,}?(?:室|产线|流水线|装配线))(?P<title>[\u4e00-\u9fff]{2,})$")


def _unit_before_post(title: str) -> tuple[str | None, str]:
    """中山检测院院长 / 某福利会会长: a unit whose head is named by its kind again (院+院长, 会+会长)
    holds the post 院长; 西堡社区人民调解员 / 二病室护士长: a unit ending in a department kind holds
    the known post after it.  (None, title) when the title names no such unit."""
    lex = lexicon()
    m = DOUBLED_HEAD_RE.fullmatch(title)
    # (a deputy's head of a division, 某法院民一庭副庭长, 某科副科长, is the ward readers' to place)
    known_kind = bool(m and m["mod"] and m["k"] in "庭科室部处股组班队段区")
    if m and m["k"] + "长" in lex.post_endings and _specific(m["org"] + m["k"]) and not known_kind:
        return m["org"] + m["k"], m["mod"] + m["head"]
    u = UNIT_TAIL_RE.match(title)
    if u and lex.is_post(u["title"]) and _specific(u["org"]) and u["org"] not in _bare_kinds():
        return u["org"], u["title"]
    return None, title


def _shared_head_cut(unit: str) -> str:
    """泉州市实验小学校长 → 泉州市实验小学 + 校长: when the unit's last character both ends a longer kind
    word (小学校) and starts its head's title (校长), and the unit without it still names a body of
    its own (小学, 中学), the shorter name is the one written; 两器焊接线 (线长) keeps its line."""
    shorter = unit[:-1]
    return shorter if len(shorter) >= 3 and org_kind(shorter) and org_kind(shorter) == org_kind(unit) else unit


def _grades_only(p: str) -> tuple[str, str] | None:
    """某公司工人、高级技师: a unit, then only grades and status words, no post → (the unit, the
    last skill grade), which keeps the unit as the employer; None otherwise."""
    lex = lexicon()
    left, *rest = p.split("、")
    words = lex.grades | lex.not_posts
    if not rest or any(x not in words for x in rest):
        return None
    head = next((w for w in sorted(words, key=lambda w: (-len(w), w)) if left.endswith(w) and len(left) > len(w)), None)
    org = left[: -len(head)] if head else ""
    if not head or not (org_kind(org) or org in known_organizations()) or not _specific(org):
        return None
    grade = next((x for x in reversed([head, *rest]) if is_skill_grade(x)), None)
    return (org, grade) if grade else None


UNIT_WORD_RE = re.compile(r"\d|^[A-Za-z]+$|[号路线轮]$")


def _unit_word(word: str) -> bool:
    """A word that names a unit rather than a job: a number (10, 十三号), a route or line (路, 线,
    轮), Latin letters (ICU), or a place (广东电信, 北京)."""
    return bool(UNIT_WORD_RE.search(word)) or is_place(word) or (len(word) > 2 and is_place(word[:2]))


def _unit_words_cut(title: str) -> str:
    """北京10路汽车售票员 / 北京地铁十三号线地铁司机 / 广东电信首席专家 / ICU护士长: a title glued to a unit
    no kind suffix ends keeps only the words after the last word naming the unit (a number, a line,
    a place), when those words are a post; the title as it is otherwise."""
    if len(title) < 5:
        return title
    words = cut(title)
    k = len(words)
    while k > 0 and not _unit_word(words[k - 1]):
        k -= 1
    tail = "".join(words[k:])
    if k == 0 or len(tail) < 2 or not lexicon().is_post(tail) or tail.endswith(("代表", "委员", "常委")):
        return title  # (三明市人大代表, 某市政协委员: the place names the assembly, part of the seat)
    if is_place(title[: -len(tail)]):
        return title  # 河南省…考核定级专家: a place alone scopes an appointment, no unit is glued on
    return tail


# 中科院院士、 / 中国工程院院士， before a post: an academy's membership (an honour, no post) leading
# the phrase is no part of the unit that follows
ACADEMICIAN_LEAD_RE = re.compile(
    r"""^(?:中国科学院|中国工程院|中科院|工程院|科学院)?  # the academy, when written
        (?:外籍)?院士[、，,]                          # the membership and its separator""",
    re.VERBOSE,
)


# a department (部, 科, 处, 室, 办) named by two characters or more, then its head's post; 技术部长 is
# 技术部 + 部长, its kind written once
DEPT_POST_RE = re.compile(
    r"(?P<dept>[\u4e00-\u9fff]{2,8}?[部科处室办])(?P<post>(?:副)?(?:主任|部长|科长|处长|经理|主管))"
    r"|(?P<dept2>[\u4e00-\u9fff]{2,8}?)(?P<k>[部科处])长"
)
GENERIC_DEPTS = ("办公室", "科室", "总部", "本部", "全部", "各部", "内部", "台区")  # (台区经理: a grid's service area)
# a nurse's or doctor's professional grade written right after the post (护士长护师, 主任主任医师)
PRO_TAIL_RE = re.compile(r"(?<=[长任管])(?:主管|副主任|主任|主治)?[护医药技]师$")
# a ward, room, section, department or numbered plant of a named body written before its post
# (手术室护士长, 颐养区护士长, 二病区主任, 蚕桑系主任, 10号高炉总作业长, ICU护士长)
DEPT_UNIT_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,7}(?:室|区|系|科|庭|高炉|转炉)|[A-Za-z]{2,6}|[\d一二三四五六七八九十]+号[\u4e00-\u9fff]{1,3})"
)


NUMBERED_RE = re.compile(r"[\d一二三四五六七八九十]+号")
# 212队, 3号井, 5#高炉, 2车间: a number that names a unit inside a chain, not a date or a count
NUMBERED_UNIT_RE = re.compile(
    r"(?<![\d.])[A-Za-z]?\d{1,4}[A-Za-z]?(?:号|#)?(?=(?:[\u4e00-\u9fff]{0,4}?)(?:队|班|组|车间|工区|井|站|高炉|转炉|线))"
    r"(?![年月日届期批名位人个项次岁多余])"
)


def stray_digits(text: str) -> bool:
    """Whether ``text`` holds a number other than one naming a unit (212队, 3号井, 2车间): a date,
    a count or an age keeps a phrase from being read as a post."""
    return bool(re.search(r"\d", NUMBERED_UNIT_RE.sub("", text)))


EXPERT_END_RE = re.compile(r"专家$")
HELD_EXPERT_KINDS = ("公司", "集团", "厂", "矿", "医院")  # (某医院骨科专家: the hospital employs its doctor)


def held_expert(title: str, org: str | None) -> bool:
    """某供电公司电网检修专家 / 某厂工人专家 before a name: an expert post an enterprise gives its own
    staff, held there (the company employs the person), not an appointment to an outside panel
    (省科协评审专家, 某协会专家 stay appointments)."""
    if not org or not EXPERT_END_RE.search(title) or "委员" in title:
        return False
    body = employer_of(org)
    return bool(body) and org_tier(body) == "body" and org_kind(body) in HELD_EXPERT_KINDS


def _named_place(unit: str) -> bool:
    """朝阳区, 浦东新区: a province, city or district the gazetteer knows (颐养区, a ward, is none)."""
    p = places()
    core = re.sub(r"(?:新区|区|市|省)$", "", unit)
    return core in p["provinces"] or core in p["cities"]


def _dept_unit_post(title: str) -> tuple[str, str] | None:
    """手术室护士长 → (手术室, 护士长), 10号高炉总作业长 → (10号高炉, 总作业长): a department, ward or
    numbered plant of the named body, then a listed post (副/总 allowed before it); None otherwise."""
    lex = lexicon()
    for k in range(2, len(title) - 1):
        unit, post = title[:k], title[k:]
        post = PRO_TAIL_RE.sub("", post) if len(post) > 4 else post  # 护士长护师: the post, not its grade
        core = post.removeprefix("副").removeprefix("总")
        if (post in lex.post_endings or core in lex.post_endings) and DEPT_UNIT_RE.fullmatch(unit):
            if unit in GENERIC_DEPTS or lex.is_post(unit) or unit.startswith("副") or _named_place(unit):
                return None  # (某公司朝阳区经理: a district of the city is no department)
            return unit, post
    return None


def dept_unit_tail(org: str) -> tuple[str, str] | None:
    """某医院手术室 → (某医院, 手术室): a position's organisation that ends in a ward, room, section
    or numbered plant (:func:`_dept_unit_post`) after a named body, as the source writes both; the
    organisation finder does not split there.  None otherwise."""
    s = to_simplified(org)
    if len(s) != len(org):
        return None
    for k in range(len(s) - 2, 1, -1):
        body, unit = s[:k], s[k:]
        if (
            DEPT_UNIT_RE.fullmatch(unit)
            and unit not in GENERIC_DEPTS
            and word_ends_at(s, k)  # 绿化委|员会办公室: a cut inside 委员会 names no unit
            and not unit.startswith("副")
            and not _named_place(unit)
            and (org_kind(body) or body in known_organizations())
            and _specific(body)
        ):
            parts = [x.name for x in split_org(org) if org_tier(x.name) != "place"]
            if len(parts) > 1 and to_simplified(parts[-1]).endswith(unit):
                return None  # 某医院心内科: the organisation finder splits there already
            return org[:k], ("" if unit.isascii() else org[k:])  # (ICU: a ward's letters name no organisation)
    return None


def own_part_name(body: str) -> str:
    """The name a chain's last part is listed under (鞍钢股份冷轧厂三分厂 → 三分厂), as the organisations
    list names it."""
    from loaders.extract.orgfind import child_name

    prev, written = None, ""
    for part in (x for x in split_org(body) if org_tier(x.name) != "place"):
        prev, written = child_name(prev, part.name, written), part.name
    return prev or body


def _dept_post(title: str) -> tuple[str, str] | None:
    """护理部主任 → (护理部, 主任), 技术部长 → (技术部, 部长); None for a generic room (办公室主任) or
    a title that is no department's head."""
    m = DEPT_POST_RE.fullmatch(title)
    if not m:
        return None
    dept, post = (m["dept"], m["post"]) if m["dept"] else (m["dept2"] + m["k"], m["k"] + "长")
    if dept in GENERIC_DEPTS or lexicon().is_post(dept) or dept.startswith("副"):
        return None
    return dept, post


def department_after(item: str, first_org: str | None) -> tuple[str, str] | None:
    """技术部部长 after 某公司总工程师、: a department head's post written with no body of its own,
    after a post at a named body, is held at that body's department (某公司技术部, 部长); None when
    the item names no department or no body went before."""
    dept = _dept_post(item) if first_org else None
    if not dept or not first_org:
        return None
    return (employer_of(first_org) or first_org) + dept[0], dept[1]


FORMER_MARKS = ("原", "前")


def _former_cut(title: str) -> str:
    """原副总裁 / 工联会前副会长: 原 or 前 marks a post held earlier; a leading mark goes, and a body
    written before the mark (a name or abbreviation, 工联会) is no part of the title.  The title as
    it is otherwise."""
    lex = lexicon()
    if title[:1] == "原" and len(title) >= 3 and lex.is_post(title[1:]):
        return title[1:]
    words = cut(title)
    for i, w in enumerate(words[1:-1], 1):
        rest = "".join(words[i + 1 :])
        if (
            w in FORMER_MARKS
            and len(rest) >= 2
            and lex.is_post(rest)
            and all((word_tag(x) or "")[:2] in ("j", "nt", "ns") for x in words[:i])
        ):
            return rest
    return title


def _brand_post(title: str) -> tuple[str, str] | None:
    """中国一冶砌筑工 → (中国一冶, 砌筑工): a company's short name without a kind word (its brand ending,
    org_kinds.yaml ``brand_ends``) before a post is the body the post is held at; None otherwise."""
    lex = lexicon()
    bounds, pos = set(), 0
    for word in cut(to_simplified(title)):
        pos += len(word)
        bounds.add(pos)
    for k in range(min(len(title) - 2, 8), 2, -1):
        head, rest = title[:k], title[k:]
        # (贵金属冶炼工: the brand ending must end a word of the phrase, not cut 冶炼 in two)
        if k in bounds and lex.is_post(rest) and is_brand(to_simplified(head)):
            return head, rest
    return None


COUNTED_LEAD_RE = re.compile(r"^[\u4e00-\u9fff]{2,12}?的?(?:一名|一位)(?P<post>[\u4e00-\u9fff]{2,})$")


def _counted_lead_cut(title: str) -> str:
    """成为家族企业的一名木材检尺员: what stands before 一名/一位 (a place of work that names no body)
    is no part of the post; the post is what follows the count."""
    m = COUNTED_LEAD_RE.match(title)
    return m["post"] if m and lexicon().is_post(m["post"]) else title


JOINED_POST_RE = re.compile(r"(?P<left>[\u4e00-\u9fff]{2,4})[和与及](?P<right>[\u4e00-\u9fff]{2,})")


def _joined_word_cut(title: str) -> str:
    """在领导的关怀和项目经理某某的帮助下: a noun joined by 和/与/及 before a post (关怀和项目经理) belongs to
    the clause around the name, not to the post; the post is what follows the conjunction.  Two posts
    joined (书记和主任) or a trade before its post stay as they are."""
    m = JOINED_POST_RE.fullmatch(title)
    if not m:
        return title
    lex = lexicon()
    left, right = m["left"], m["right"]
    if lex.is_post(left) or left in lex.grades or not lex.is_post(right):
        return title
    return right


# 这个群体的成员, 这支队伍的队长: a phrase opening with a demonstrative names no body of its own
DEMONSTRATIVE_RE = re.compile(r"^(?:这|那|這)(?:个|些|支|一|個)")


def _honourees_delegate(p: str) -> bool:
    """全国劳动模范和先进工作者代表, 劳模代表: the honourees' representative at a meeting, no office."""
    if not p.endswith("代表") or len(p) < 5:
        return False
    from loaders.honours import parse_honour

    head = to_simplified(p[:-2])
    return bool(re.search(r"劳动模范|劳模|先进工作者|获奖者|获得者|先进个人", head)) or parse_honour(head) is not None


def parse_post(phrase: str, *, allow_grade: bool = False) -> tuple[str | None, str] | None:
    """(organisation or None, post title) for a post phrase; None when it names no post.

    Remembered per phrase (a page asks about the same cell or phrase several times: list rows,
    roster rows, facts); ``nlp.clear_caches`` forgets, and a changed alias file is a new key."""
    return _parsed_post(phrase, allow_grade, known_organizations())


@lru_cache(maxsize=8192)
def _parsed_post(phrase: str, allow_grade: bool, _known: frozenset[str]) -> tuple[str | None, str] | None:
    return _parse_post(phrase, allow_grade=allow_grade)


clear_with(_parsed_post.cache_clear)


# 我院院长, 本校副校长: the page's own body in one character of kind, then the post of its head
OWN_BODY_POST_RE = re.compile(r"^(?:我|本)(?P<kind>院|校|所|站|局|段)(?=(?:常务|执行)?副?(?P=kind)长$)")


def _own_body_post(p: str) -> tuple[str, str] | None:
    """(我院, 院长) for 我院院长: "our" body written with one kind character before the post of its
    head (院长, 副院长, 校长), which the splitter cannot cut (院 is also the post's first character);
    None otherwise."""
    m = OWN_BODY_POST_RE.match(to_simplified(p))
    return (p[: m.end()], p[m.end() :]) if m else None


def honour_lead(p: str) -> int:
    """How long the honour is that 某市劳动模范某区某小学教师 opens with, before a unit that opens
    on a place (8: 某市劳动模范); 0 when the rest opens on no place (某公司劳模创新工作室主任)."""
    m = HONOUR_LEAD_RE.match(p)
    if not m:
        return 0
    rest = p[m.end() :]
    return m.end() if any(is_place(rest[:k]) for k in (2, 3, 4)) else 0


def _honour_lead_cut(p: str) -> str:
    """某市劳动模范某区某小学教师 → 某区某小学教师: the honour before a place-led unit is no part of it."""
    return p[honour_lead(p) :]


def _parse_post(phrase: str, *, allow_grade: bool = False) -> tuple[str | None, str] | None:
    """:func:`parse_post`'s reading of a phrase."""
    lex = lexicon()
    p = BLANKS_RE.sub("", phrase).strip("，,。、；;：:")
    p = TAIL_JUNK.sub("", LEAD_JUNK.sub("", p))
    if len(p) > 3:
        p = TAIL_JUNK.sub("", CAREER_TAIL_JUNK.sub("", p))
    p = UNIT_LEAD_JUNK.sub("", p)
    p = ENUM_OPEN_RE.sub("", p)
    p = LIST_LEAD_RE.sub("", p)
    p = _honour_lead_cut(p)
    sel = SELECTION_LEAD_RE.match(to_simplified(p))
    if sel:
        p = p[sel.end() :]  # 从43位受推荐人中选出最具贡献者核定某医院主治医师: the selection is no part of the unit
    p = TERM_RUN_RE.sub("", p)
    p = ACADEMICIAN_LEAD_RE.sub("", p)  # 中科院院士、某研究所所长: the membership is no part of the unit
    p = WRITERS_PLACE_RE.sub("", p)  # 我市某局某处首席技师: the writer's own place is no part of the name
    if not p or CLAUSE_MARK_RE.search(p):
        return None
    own_head = _own_body_post(p)
    if own_head:
        return own_head
    if DEMONSTRATIVE_RE.match(p) or _honourees_delegate(p):
        return None  # 成为这个杰出群体的新成员, 新当选的全国劳动模范和先进工作者代表: a group, not a post
    if "兼" in p[2:-1]:
        # 红会一矿二采区副区长兼综放二队队长: the post after 兼 is held at the same body
        left, right = p.rsplit("兼", 1)
        first, second = parse_post(left, allow_grade=allow_grade), parse_post(right, allow_grade=allow_grade)
        if first and second:
            if first[0] and second[0] and len(second[0]) <= 6:
                body = employer_of(first[0]) or first[0]  # 反渎局, 综放二队: a part of the first post's body
                return body + second[0], second[1]
            if second[0]:
                return second
            return first[0], f"{first[1]}、{second[1]}"  # 党总支副书记兼院长: both posts, one body
        if second and not first and org_kind(left) and not left.endswith("兼"):
            # 某医院急诊重症医学科兼血透室护士长: a unit, then 兼 and the post of a second unit of the same body
            j_unit, j_title = second[0] or "", second[1]
            j_cut = next(
                (
                    k
                    for k in range(2, len(j_title) - 1)
                    if (org_kind(j_title[:k]) or j_title[k - 1] == "室") and lex.is_post(j_title[k:])
                ),
                0,
            )
            j_own = j_title[:j_cut] if org_kind(j_title[:j_cut]) else ""  # (血透室, no kind of its own, is left out)
            return left + j_unit + j_own, j_title[j_cut:]
    if PARTY_POST_RE.fullmatch(p):
        return None, p  # 党支部书记: the party post as a whole
    if "代表" in p and deputy_title(p) == p:
        return None, p  # 中国工会十八大代表: a deputy's office as a whole, its assembly no employer
    if "、" in p:
        kept = _degrees_cut(p)
        if kept != p:
            return parse_post(kept, allow_grade=allow_grade)  # 某处主任科员、博士: the post reads alone
        # 某集团有限公司党委书记、总经理: a full post phrase, then further posts at the same body
        # (the caller splits the titles); 技师、高级技师评审专家 shares its head instead
        left, right = p.split("、", 1)
        first = parse_post(left, allow_grade=allow_grade)
        others = [parse_post(x, allow_grade=allow_grade) for x in right.split("、")]
        if first and first[0]:
            # 某车间班长、公司首席技师: a grade after a post at a body is read as one of its titles
            # (later dropped as no post), not as a reason to read the phrase as one unit
            others = [r or parse_post(x, allow_grade=True) for r, x in zip(others, right.split("、"), strict=True)]
        own_bodies = [r[0] for r in others if r and r[0] and org_tier(r[0]) != "unit"]
        shared = first is not None and any(first[1].endswith(g) and g in right for g in lex.grades)
        if first and first[0] and others and all(others) and not own_bodies and not shared:
            # 总装部部长、焊装部部长: a later post at a department of its own keeps that department
            # before its title, for the title splitter to place it beside the first one's unit
            pieces = right.split("、")
            return first[0], "、".join(
                [first[1]]
                + [
                    x.strip() if _own_department(r, first[0]) or _dept_post(x.strip()) else r[1]
                    for r, x in zip(others, pieces, strict=True)
                    if r
                ]
            )
        graded = _grades_only(p)
        if graded:
            return graded  # 某公司工人、高级技师: no post; the grade keeps the unit as the employer
        if first and first[0] and others and all(others) and own_bodies and not shared:
            # 某文化宫主任、驻某村第一书记: each post at its own body, every title kept; the body is
            # the first one not held as a secondment (驻…) or a party post (村第一书记、合作社理事长)
            parts = [first] + [r for r in others if r]
            own = next((r for r in parts if r[0] and not r[0].startswith("驻") and "书记" not in r[1]), first)
            # a part held at another body keeps that body before its title (某村第一书记、某局主任科员),
            # for the title splitter to give it its own organisation
            written = [left, *right.split("、")]
            return own[0], "、".join(
                x.strip() if own is not first and r[0] and r[0] != own[0] and org_tier(r[0]) == "body" else r[1]
                for r, x in zip(parts, written, strict=True)
            )
        career = [r or parse_post(x, allow_grade=True) for r, x in zip(others, right.split("、"), strict=True)]
        if first and not first[0] and career and all(career) and lex.is_post(first[1]):
            # 历任采煤队长、工程师、区长、生产矿长…: a career's posts, the first at no named body; each
            # title is kept and no later part's body is stretched over the list
            return None, "、".join([first[1]] + [r[1] for r in career if r])
    org: str | None = None
    m = COMPETITION_RE.match(p)
    if m and m.end() < len(p):
        org, title = p[: m.end()], p[m.end() :]
    else:
        title = p
        best_exact = best_any = None
        for b in _boundaries(p):
            head, rest = p[:b], p[b:]
            if rest.startswith("组长") and head.endswith("班"):
                continue  # 砌筑工班组长: 班组长 is one post, not 组长 of a 班
            if _office_community(head):
                continue  # 某街道办事处某社区人民调解员: the post stays at the office
            # a grade after a department is that person's job there (心内科主任医师)
            if not _specific(head) or not (lex.is_post(_strip_grade(rest)) or rest in lex.grades):
                continue
            if rest in lex.post_endings and best_exact is None:
                best_exact = b
            best_any = b
        cut = best_exact if best_exact is not None else best_any
        if cut is not None:
            org, title = p[:cut], p[cut:]
            party = PARTY_BODY_END_RE.search(org)
            if party and party.start() >= 2 and PARTY_BODY_POST_RE.fullmatch(title):
                # 某医院党委委员, 某分局党组副书记: the party body is part of the post, held at the unit
                org, title = org[: party.start()], party.group() + title
            elif party and party.start() == 1 and PARTY_BODY_POST_RE.fullmatch(title):
                org, title = "", p  # 村党支部书记, 厂党委书记: a bare kind's party post is one title
            bare = next((w for w in BARE_UNITS if org.endswith(w) and len(org) > len(w)), None)
            if bare and org_tier(org[: -len(bare)]) == "unit" and org_kind(org[: -len(bare)]) == "部":
                pass  # 一分厂纺部车间: a workshop named by its department (纺部) is no bare kind
            elif bare and (org_kind(org[: -len(bare)]) or org[: -len(bare)] in known_organizations()):
                # 某公司车间主任: a workshop named by its kind alone is part of the title (车间主任)
                org, title = org[: -len(bare)], bare + title
        unit = title[:-1]
        if (
            len(title) > 3
            and title.endswith("长")
            and title not in lex.post_endings
            and title[-2:] in lex.post_endings
            and any(
                unit.endswith(k) and len(unit) > len(k) and unit != "副" + k and k + "长" not in lex.post_endings
                for k in _bare_kinds()
            )
            and _specific(unit)
        ):
            # 两器焊接线长: the unit's last character starts its head's title (线长); a one-character
            # kind (瓦工班长) is read as the trade's title instead; 副支队长 is a deputy's whole title
            org, title = (org or "") + _shared_head_cut(unit), title[-2:]
    if org:
        team = TEAM_HEAD_RE.fullmatch(title)
        longer = team is not None and any(
            title.endswith(w) and len(w) > 2 for w in lex.post_endings if w.endswith(("班长", "组长"))
        )  # 大值班长: 值班长 is a post of its own, no 值班 team's head
        if team and not longer and _specific(org) and "班组" not in team["team"] and not lex.is_post(team["team"][:-1]):
            # 某车间压缩分离班长: a named team goes into the post's organisation, its head's title is
            # 班长/组长; a team named by its trade (瓦工班长, 电工班长) is the trade's title
            org, title = org + team["team"], team["k"] + "长"
    if org:
        # 某公司的特级技师 / 成为某集团的一名砌筑工: the particle and the count between the unit and
        # its post are no part of the title
        title = TITLE_LEAD_RE.sub("", title)
    if "的" in title[1:]:
        return None  # 航天领域的关键部件数控加工: a clause about the work, not a post
    title = _strip_grade(_coordinated(title))
    if EPITHET_RE.search(title):
        return None  # 新中国第一位女火车司机: an epithet, not the post held
    title = PRAISE_RE.sub("", title)  # 优秀护士长: the praise is no part of the post
    if title.startswith("院士") and lex.is_post(title[2:]):
        title = title[2:]  # 某大学院士,教授 read as 院士教授: the membership is an honour, the post 教授
    title = TERM_ORDINAL_RE.sub("", title)  # 第五任厂长, 首任站长: which holder of the post, no part of it
    team = NAMED_TEAM_POST_RE.fullmatch(title) if org else None
    if org and team and lex.is_post(team["post"]) and not lex.is_post(team["team"]):
        org, title = org + team["team"], team["post"]  # 某车间赵梦桃小组第13任生产组长: the team is the post's unit
    if not org and (branded := _brand_post(title)):
        org, title = branded  # 中国一冶砌筑工: the company's short name, then the job
    if not org:
        title = _counted_lead_cut(_joined_word_cut(_former_cut(title)))
    if not org:
        # 湖南女工: a place before a job names where the person works, not the post
        lead = next((k for k in (4, 3, 2) if len(title) - k >= 2 and is_place(title[:k])), 0)
        rest = title[lead:]
        if lead and lex.is_post(rest) and (len(rest) <= 3 or rest in lex.post_endings):
            title = rest
        else:
            title = _unit_words_cut(title)
    own_unit, title = _unit_before_post(title)
    room = ROOM_LINE_RE.match(title) if org and not own_unit else None
    if room and lex.is_post(room["title"]) and _specific(room["org"]):
        # 某总厂综合管理室值班调度长: the room goes with the body's unit, its post is the title
        title = room["title"]
    whole = (org or "") + (own_unit or "")
    if own_unit and (not org or (org_kind(whole) and not _office_community(whole)) or whole in known_organizations()):
        org = whole  # (某街道办事处西堡社区: a body that is no name of its own leaves the post at the office)
    if not title or (title in lex.grades and not (allow_grade or org)) or title in lex.not_posts:
        return None
    if not (lex.is_post(title) or ((allow_grade or org) and title in lex.grades)):
        return None
    if _clause_words(title):
        return None  # 羡慕地望着工长, 要以工长: a clause that ends in a post word, not a title
    if not allow_grade and _status_of_unit(title):
        return None  # 地质测量科职工, 首钢员工: a unit's staff, no post (the unit is read as the employer)
    if org and not m and org.endswith(("”", "」")):
        org = re.sub(r"[“”「」]", "", org)  # …有限公司“杨峰班组”: the quoted unit, without its marks
    dept = _dept_post(title)
    if dept:
        # 某医院护理部主任 / 某公司技术部长: a named department before its head's post is the post's
        # unit under the body (the bare post the title), as the keys' settled convention has it; with
        # no body named (省委组织部部长) the department alone is no organisation to keep
        org, title = (org + dept[0] if org else None), dept[1]
    community_party = bool(org and org.endswith(COMMUNITY_WORDS) and PARTY_POST_RE.fullmatch(title))
    brand_org = bool(org) and is_brand(to_simplified(org or ""))  # 中国一冶, 巴陵石化: a body without a kind word
    if (
        org
        and org_kind(org) is None
        and org not in known_organizations()
        and not m
        and not community_party
        and not brand_org
    ):
        org = None
    ward = _dept_unit_post(title) if org and not dept else None
    if org and ward:
        # 某医院手术室护士长, 某厂10号高炉总作业长: the ward, room or plant goes into the post's organisation
        # (a numbered furnace or converter, 1号转炉, is equipment, no unit: the body keeps the post)
        org, title = (org if NUMBERED_RE.match(ward[0]) else org + ward[0]), ward[1]
    if not org:
        named = NAMED_HEAD_RE.fullmatch(title)
        if (
            named
            and not HEAD_MODIFIERS_RE.fullmatch(named["name"])
            and not lex.is_post(named["name"])
            and any(is_place(named["name"][:k]) for k in (2, 3) if len(named["name"]) > k + 1)
        ):
            # 徐州卧牛山厂长: a body named by its place and its own name, without its kind word (the head's
            # title names the kind), before its head's post: the body is the post's organisation
            return named["name"], named["post"]
    return _head_trimmed(org) or None, title


def _head_trimmed(org: str | None) -> str | None:
    """最终区中医医院 → 区中医医院: an adverb (最终, 随后, 目前 is a time word and stays) opens no
    unit's name; the rest is the unit when it still names a body."""
    if not org or org in known_organizations():
        return org
    words = cut(org)
    if len(words) > 1 and len(words[0]) >= 2 and word_tag(words[0]) == "d" and org_kind(org[len(words[0]) :]):
        return org[len(words[0]) :]
    return org


NAMED_HEAD_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?P<post>(?:厂|矿|校|院|局|馆|社|站|所)长)")
# what may stand before a head's title without naming a body: 副, 常务副, 名誉, 首任, 老 …
HEAD_MODIFIERS_RE = re.compile(
    r"(?:副|常务|执行|名誉|荣誉|代理|代|总|老|前|原|新|首任|第[一二三四五六七八九十\d]+任|[历曾现时新继首]任|临时|女|男)+"
    r"|(?:我|该|本|此|贵)[\u4e00-\u9fff]?"
)


# ---------------------------------------------------------------- deputies
# an elected deputy's office (党的十九大代表, 第十二届全国人大代表, 中国工会十八大代表, 中国共产党某市第十二次
# 代表大会代表): a post by the corpus conventions, even when a text lists it among honours
DEPUTY_END_RE = re.compile(r"代表(?![大团们性作处队员])")
DEPUTY_BODY_RE = re.compile(
    r"人大|人民代表大会|党代会|代表大会|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}大(?=代表)"
)
DEPUTY_START_RE = re.compile(
    r"^(?:党的|中国共产党|中共|全国|第|中国|[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|自治区|盟|旗))"
)
DEPUTY_LEAD_RE = re.compile(
    r"^.*(?:当选为|当选|被选为|选为|连任|担任|兼任|作为|成为|还是|也是|是|系|获得了|获得|荣获|曾任|现任)"
)
DEPUTY_NOT_RE = re.compile(r"优秀|候选|列席|特邀|名誉|的(?!十)|[们等]|^(?:人大|党代会)")


def deputy_title(left: str) -> str | None:
    """The deputy's office that ``left`` (the text up to and including 代表, from the last comma
    or 、) ends in, or None: a verb before it and a term count (连任四届) go; the office must name its
    assembly (人大, 党代会, 代表大会, 十九大) and its level or term (全国, 某省, 第十三届, 党的)."""
    phrase = DEPUTY_LEAD_RE.sub("", left)
    phrase = re.sub(r"^[一二三四五六七八九十两\d]+届(?=[\u4e00-\u9fff])", "", phrase)
    if not 4 <= len(phrase) <= 30 or not re.fullmatch(r"[\u4e00-\u9fff\d]+", phrase):
        return None
    if not DEPUTY_BODY_RE.search(phrase) or not DEPUTY_START_RE.match(phrase) or DEPUTY_NOT_RE.search(phrase):
        return None
    return phrase


# ---------------------------------------------------------------- a post shared by a run of names
NAME_JOIN_CHARS = ("、", "和", "及", "与")


def shared_post_names(ctx: Any, facts: list[Any]) -> list[Any]:
    """某厂车间主任王某、李某被评为…: a unit and post written once before a run of bare names (each
    joined to the last by 、/和/及 with nothing between) is held by every name of the run that no
    reader gave a post; the first name's position (and the employer read with it) is copied to them.
    Returns the new facts."""
    from dataclasses import replace

    t = ctx.text
    with_post = {p for f in facts if f.kind in ("position", "employer") for p in (f.persons or [])}
    out: list[Any] = []
    for f in facts:
        if f.kind != "position" or not f.persons or len(f.persons) != 1 or f.value.get("appointed"):
            continue
        names = ctx.names_in(f.sent.start, f.sent.end)
        first = next((m for m in names if m.name == f.persons[0] and m.start >= f.pos), None)
        title = str(f.value.get("title") or "")
        if first is None or not title or not t.startswith(title, first.start - len(title)):
            continue  # (the post written right before the first name: 车间主任王某)
        end = first.end
        run: list[Any] = []
        for m in names:
            if m.start <= first.start:
                continue
            if m.start != end + 1 or t[end] not in NAME_JOIN_CHARS:
                break
            if m.end < len(t) and t[m.end] in "（(":
                break  # 王某、李某（某公司）: the second name's own unit follows
            if m.name not in with_post:
                run.append(m)
            end = m.end
        if run and (end >= len(t) or t[end] in "；;。\n"):
            # (the run closes its item: 一建项目经理陈某、史某；二建项目经理周某)
            out += [replace(f, value=dict(f.value), persons=[m.name], pos=m.start) for m in run]
    return out


COUNTED_TRADE_RE = re.compile(
    r"等[\d一二三四五六七八九十百两]+[名位](?P<trade>[\u4e00-\u9fff]{2,6}?)(?=获|荣获|被|受到|入选|当选|分别)"
)


def counted_trade_posts(ctx: Any, facts: list[Any]) -> list[Any]:
    """彭某等10名环卫工人获得…: the trade the head count names is the named person's job (an
    occupation is a position by the dev README), when no reader gave that person a post.  Statuses
    (职工, 工人) and grades are no trade.  Returns the new facts."""
    lex = lexicon()
    t = ctx.text
    with_post = {p for f in facts if f.kind == "position" for p in (f.persons or [])}
    out: list[Any] = []
    for sent in ctx.art.sentences:
        for m in ctx.names_in(sent.start, sent.end):
            c = COUNTED_TRADE_RE.match(t, m.end, sent.end)
            if not c or m.name in with_post:
                continue
            trade = c["trade"]
            if trade in lex.grades or trade in lex.not_posts or _status_of_unit(trade) or not lex.is_post(trade):
                continue
            if trade not in lex.post_endings and len(trade) > 3:
                continue
            value = {"title": trade, "org": None, "raw_org": None, "year": None, "current": False}
            out.append(
                ctx.fact("position", value | {"appointed": False, "listed": True}, sent, m.start, persons=[m.name])
            )
            with_post.add(m.name)
    return out
