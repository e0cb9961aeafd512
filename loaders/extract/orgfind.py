"""Organisation names in running text.

A name ends in a kind suffix (集团, 公司, 矿, 总工会, 局, 队 …, see
data/dictionaries/org_kinds.yaml); its start is found by walking left until
punctuation or a word that cannot be inside a name (到, 由, 带领, 进入 …), with
the few names that hold a conjunction kept whole (人力资源和社会保障局).
Consecutive names make one chain (焦煤集团九里山矿机电运转队).

References are resolved here too: 市总工会 / 县总工会 / 省总工会 through the
document's city, the article's county and the province; 该公司 / 该段 / 公司 to
the last organisation of that kind named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.lexicon import lexicon
from loaders.extract.nlp import clear_with, crosses_word, word_ends_at
from loaders.orgs import (
    PARTY_COMMITTEES,
    _dictionary,
    forget_splits,
    is_brand,
    is_kind_suffix,
    is_place,
    is_suffix_boundary,
    is_suffix_word,
    known_organizations,
    local_scope,
    org_kind,
    org_tier,
    places,
    resolve_local,
    split_org,
)
from loaders.textnorm import to_simplified

clear_with(forget_splits)  # split_org's memo goes with the segmenter's caches

PUNCT = set('，,。；;：:！？!?、“”"‘’《》〈〉（）()[]【】「」『』<>—…·|｜/／\n\r\t 　')
# 该公司, 本厂; 我公司项目部, 我厂: a body's own page names itself as "our" body (我市, 我省 are places)
REFERENCE_RE = re.compile(r"(?:该|本|此|我(?=公司|集团|厂|矿|院|校|局|段|所|站))([\u4e00-\u9fff]{1,2})")
PARTY_STATE_RE = re.compile(r"(?:^|[市县区省镇乡])(?:委|人大|人大常委会|政协|纪委|政府)$|党委$|党组$|人大常委会|政协")
MAX_NAME = 40


def _reference(name: str) -> re.Match[str] | None:
    """该公司 / 本厂 / 我公司 at the start of ``name``: a reference to a body named elsewhere."""
    return REFERENCE_RE.match(name)


BULLETS = set("■□●◆◇★☆▲△▼▽►▶◀※→•◎√")  # (not ○, a zero in 二○一九)


@dataclass
class OrgMention:
    name: str  # as written (blanks removed)
    start: int
    end: int
    resolved: str  # 市总工会 → 焦作市总工会; unchanged when nothing to resolve
    local: bool  # named only relative to the place (市总工会, 县人社局)
    generic: bool  # not a proper name (各级工会, 新业态工会)
    party_state: bool  # party committees and people's congresses (县委, 人大常委会)
    in_parens: bool  # an aside in brackets: （铁塔集团）

    @property
    def proper(self) -> bool:
        return not (self.local and self.resolved == self.name) and not self.generic


@lru_cache(maxsize=1)
def _known_re() -> re.Pattern[str] | None:
    # longest first, ties fixed (a set's order changes with the hash seed)
    names = sorted((n for n in known_organizations() if len(n) >= 2), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, names))) if names else None


@lru_cache(maxsize=1)
def _stops_by_last() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in lexicon().left_stops:
        out.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _left_start(text: str, suffix_start: int, floor: int, simp: str | None = None) -> int:
    """Where the name ending at a suffix starting at ``suffix_start`` begins (``simp``: the text in
    simplified script, as long as ``text``, for the stop words: 選出 stops as 选出 does)."""
    lex = lexicon()
    stops_in = simp if simp is not None else text
    j = suffix_start
    while j > floor and suffix_start - j < MAX_NAME:
        ch = text[j - 1]
        if ch in "）)" and re.search(r"[（(](?:集团|控股|股份)[）)]$", text[max(floor, j - 4) : j]):
            j -= 4  # 西安飞机工业（集团）有限责任公司: the bracket is part of the name
            continue
        placed = _bracketed_place(text, j, floor)
        if placed:
            j -= placed  # 中联品检（福建）检测服务有限公司: a place in brackets inside a company name
            continue
        if ch == "记" and j - 2 >= floor and text[j - 2] in "—-":
            break  # ——记沈阳局集团公司…: the subtitle's 记 is not part of the name
        if ch in PUNCT or ch.isspace():
            break
        if ch in BULLETS:
            break  # ■某县供电公司, ★某厂: a bullet or other mark is no part of a name
        if ch in "和与及":
            if any(text.startswith(c, j - len(c.split(ch)[0]) - 1) for c in lex.conjunction_compounds if ch in c):
                j -= 1
                continue
            if _brand_with_conjunction(text, j - 1, floor):
                j -= 1  # 江苏瑞和医药…公司: 和 inside a trade name right after a place
                continue
            break
        if any(stops_in.endswith(w, 0, j) and len(w) <= j - floor for w in _stops_by_last().get(stops_in[j - 1], ())):
            if j == suffix_start and stops_in.endswith(_inside_stops(), 0, j):
                j -= 1  # 检测服务有限公司: 服务 right before the suffix is part of the name
                continue
            break
        j -= 1
    return j


@lru_cache(maxsize=1)
def _inside_stops() -> tuple[str, ...]:
    from loaders.extract.lexicon import _load

    return tuple(_load("org_kinds.yaml").get("stop_words_before_suffix") or ())


@lru_cache(maxsize=1)
def _bracketed_place_re() -> re.Pattern[str]:
    p = places()
    names = sorted({"中国", *p["provinces"], *p["cities"]}, key=lambda w: (-len(w), w))
    return re.compile(r"[\u4e00-\u9fff]{2}[（(](?:" + "|".join(map(re.escape, names)) + r")[）)]$")


def _bracketed_place(text: str, j: int, floor: int) -> int:
    """Length of a bracketed place ending at ``text[j - 1]`` inside a trade name (品检（福建）, 朝聚
    （内蒙古）, 阿里巴巴（中国）): the trade name goes on to its left.  0 when there is none."""
    if text[j - 1] not in "）)":
        return 0
    m = _bracketed_place_re().search(text, max(floor, j - 12), j)
    return len(m.group()) - 2 if m else 0


@lru_cache(maxsize=1)
def _place_tail_re() -> re.Pattern[str]:
    p = places()
    names = sorted(
        {x + suf for x in list(p["provinces"]) + list(p["cities"]) for suf in ("", "省", "市")},
        key=lambda w: (-len(w), w),  # longest first, ties fixed
    )
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")([\u4e00-\u9fff]{1,2})$")


def _brand_with_conjunction(text: str, at: int, floor: int) -> bool:
    """Whether the 和/与/及 at ``text[at]`` sits inside a trade name: a province or city, then one
    or two characters, then the conjunction (江苏瑞和, 杭州和达)."""
    m = _place_tail_re().search(text[max(floor, at - 12) : at])
    # 在河南省和国家电投集团…: a place and its level word before the conjunction is a place, no trade name
    return m is not None and m.group(1) not in ("省", "市", "县", "区")


HOME_KINDS = ("公司", "集团", "厂", "矿")  # the kinds of a company whose own news lists its workers by unit

LEGAL_FORM_RE = re.compile(r"(?:集团)?(?:有限责任公司|股份有限公司|有限公司|公司)$|集团$")


def _short_cores(names: list[str]) -> dict[str, str]:
    """core → full name for the companies named in full: 广西柳工机械股份有限公司 → 柳工."""
    d = _dictionary()
    p = places()
    out: dict[str, str] = {}
    # the chain's top body, in text order (a set here made the first matching core depend on the hash seed)
    tops = dict.fromkeys(parts[0].name for parts in (split_org(n) for n in names) if parts)
    for full in tops:
        legal = LEGAL_FORM_RE.search(full)
        if not legal or len(full) < 8:
            continue
        core = full[: legal.start()]
        for place in sorted(list(p["provinces"]) + list(p["cities"]), key=lambda w: (-len(w), w)):
            if core.startswith(place):
                core = re.sub(r"^[省市]", "", core[len(place) :])
                break
        stripped = True
        while stripped:
            stripped = False
            for w in d.industry_words:
                if core.endswith(w) and len(core) > len(w):
                    core, stripped = core[: -len(w)], True
                    break
        if 2 <= len(core) <= 4 and len(core) < len(full) - 3 and org_kind(core) is None:  # 柳工, 徐工, 唐钢
            out[core] = full
    # 首钢 of 北京首钢建设投资有限公司 is in 中国首钢国际贸易工程有限公司 too: the brand the group's
    # companies share stands for none of them
    fulls = [f for f in tops if LEGAL_FORM_RE.search(f)]
    shared = {core for core, full in out.items() if any(core in f and f != full for f in fulls)}
    return {core: full for core, full in out.items() if core not in shared}


# what may follow a group's core inside a child company's name: the child's own stem, a legal form last
CHILD_COMPANY_RE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,12}?)(?:有限责任公司|股份有限公司|有限公司)$")
GROUP_WORD_RE = re.compile(r"(?:控股)?集团(?:有限责任公司|有限公司|公司)?$")
# a numbered branch (第八工程局) or the group's own legal words: no child company's own stem
CHILD_STEM_NOT_RE = re.compile(r"第|[一二三四五六七八九十\d]|集团|股份|控股|有限")


def group_child(name: str, group: str) -> str | None:
    """The child company's own name when ``name`` writes a group the document names on its own
    (霍州煤电集团) by its core before the child's (山西焦煤霍州煤电吕梁山煤电有限公司 → 吕梁山煤电有限公司);
    None when the group's core is not in ``name`` or what follows it is no company of its own
    (霍州煤电集团有限公司, a numbered 第一分公司, a place's 日照有限公司, trade words alone)."""
    from loaders.orgs import _only_industry_words

    word = GROUP_WORD_RE.search(group)
    core = group[: word.start()] if word else ""
    at = name.find(core) if len(core) >= 3 else -1
    if at < 0 or name.startswith(group) or group.startswith(name):
        return None
    rest = name[at + len(core) :]
    child = CHILD_COMPANY_RE.fullmatch(rest)
    if not child:
        return None
    stem = child["stem"]
    if CHILD_STEM_NOT_RE.match(stem) or is_place(stem) or _only_industry_words(stem):
        return None
    return rest


# a legal form or group word anywhere in what follows a short core: a company of its own
OWN_FORM_RE = re.compile(r"集团|股份|有限|公司")


def expand_short(name: str, cores: dict[str, str]) -> str:
    """The full name a short one stands for (柳工结构件制造厂 → 广西柳工机械股份有限公司结构件制造厂)."""
    for core, full in cores.items():
        if name.startswith(core) and not name.startswith(full) and name != full:
            rest = name[len(core) :]
            if LEGAL_FORM_RE.search(rest) or OWN_FORM_RE.search(rest):
                # 中车株洲电力机车研究所有限公司, 鞍钢股份有限公司技术中心 (core 鞍钢 of 鞍钢实业集团有限公司):
                # a company or group of its own, with its parts, not a part of the full name's
                continue
            if rest and not word_ends_at(name, len(core)):
                continue  # 交通运输部 (core 交通 of 江苏交通控股有限公司): the core is half of another word
            if not rest or org_kind(rest):
                return full + rest
    return name


ALLOWANCE_RE = re.compile(r"(?:政府)?特殊津贴")
QUOTED_TITLE_AFTER_RE = re.compile(r"[”」](?:[、，,]?[“「][^”」]{1,15}[”」])*(?:等)?(?:殊荣|荣誉|称号|荣誉称号)")
PARTS_AFTER_RE = re.compile(r"(?:有关|相关|所属|下属|各)(?:部门|单位|部委|机构|企业)")
# a unit's party or youth body written before its officer's post (某厂党支部书记, 某所团委副书记): the
# body has officers of its own and its post is the title (the conventions' 党支部书记), held at the unit
OWN_OFFICER_BODY_RE = re.compile(rf"(?:{PARTY_COMMITTEES}|团委|团总支|团支部)$")
COMMUNITY_WORDS = ("社区", "社區", "居委会", "嘎查")
OFFICER_POST_RE = re.compile(r"(?:常务)?副?书记|(?:组织|宣传|纪检)?委员")


# 某校首个技能大师工作室, 某公司第一家…中心: a count after a name says which of its units is meant;
# the words after it describe that unit and name no body
COUNTED_UNIT_RE = re.compile(r"首个|首家|第一个|第一家|唯一一?[个家]|又一[个家]")


def _counted_unit_cut(t: str, s: int, e: int) -> int:
    """Where a name followed by a count of its units ends (某校首个技能大师工作室 → 某校); else ``e``."""
    for m in COUNTED_UNIT_RE.finditer(t, s, e):
        if m.start() - s >= 3 and org_kind(t[s : m.start()]):
            return m.start()
    return e


def _officer_body_cut(t: str, s: int, e: int) -> int:
    """Where a name ending in a party or youth body followed by its officer's post ends: before that
    body, when what precedes it is a name of its own (炼钢厂党支部书记 → 炼钢厂); else ``e``."""
    body = OWN_OFFICER_BODY_RE.search(t, s, e)
    if body is None or not OFFICER_POST_RE.match(t, e) or body.start() - s < 3:
        return e
    host = t[s : body.start()]
    if host.endswith(COMMUNITY_WORDS):
        return e  # 某街道某社区党委书记: the post's own chain lists the community under its street office
    return body.start() if org_kind(host) else e


def full_company(name: str, fulls: list[str]) -> str:
    """江城重工 → 江城重工有限公司, 大庆油田第二采油厂 → 大庆油田有限责任公司第二采油厂, when the text names
    that company in full: an employer is given by its full name."""
    for full in sorted(dict.fromkeys(fulls), key=len, reverse=True):  # ties stay in text order
        legal = LEGAL_FORM_RE.search(full)
        if not legal or len(full) < 6:
            continue
        stem = full[: legal.start()]
        if len(stem) >= 4 and name.startswith(stem) and not name.startswith(full):
            rest = name[len(stem) :]
            if legal.group().startswith("集团") and rest.startswith("集团"):
                continue  # 某航天科技集团九院: the group named by its own name, as written
            if not rest or (org_kind(rest) and not LEGAL_FORM_RE.search(rest)):
                return full + rest
    return _expand_initials(name, fulls)


def _expand_initials(name: str, fulls: list[str]) -> str:
    """靖煤集团红会一矿 → 靖远煤业集团红会一矿 when the text also writes 靖远煤业集团: a short name made of
    the first characters of the full name's two-character words stands for it."""
    m = re.match(r"([\u4e00-\u9fff]{2,3})(集团|股份|公司)", name)
    if not m:
        return name
    short, kind = m.groups()
    for full in fulls:
        k = full.find(kind)
        stem = full[:k]
        if k == 2 * len(short) and all(stem[2 * i] == c for i, c in enumerate(short)) and stem != short:
            return stem + name[len(short) :]
    return name


# a part whose name says nothing without its parent's: a university's 医学院, 附属医院 and numbered
# 第二医院 (山西医科大学第二医院), a committee's 组织部 and 宣传部, a body's own 党委, 团委 and 工会
DEPENDENT_CHILD_RE = re.compile(
    r"^(?:第[一二三四五六七八九十]+)?附[属屬]|^第[一二三四五六七八九十]+(?:临床|臨床)?(?:医院|醫院)$"
    r"|^(?:医学院|醫學院|党委|黨委|党组|黨組|团委|團委|纪委|紀委|工会|工會|工委|组织部|組織部|宣传部|宣傳部|统战部|統戰部|办公厅|辦公廳)$"
)


def child_name(parent: str | None, child: str, parent_part: str = "") -> str:
    """The name a part of a chain is listed under: 汕头大学 + 医学院 → 汕头大学医学院, 中共某市委 + 组织部 →
    中共某市委组织部, 某公司 + 党委 → 某公司党委; any other part keeps its own name (某公司 + 运维检修部).
    ``parent_part`` is the parent as the chain wrote it, which a part may repeat (医学院 +
    医学院第一附属医院 under 汕头大学 → 汕头大学医学院第一附属医院)."""
    if not parent:
        return child
    if parent_part and child.startswith(parent_part) and DEPENDENT_CHILD_RE.search(child[len(parent_part) :]):
        return parent + child[len(parent_part) :]
    if DEPENDENT_CHILD_RE.search(child) and not child.startswith(parent):
        return parent + child
    return child


# 全国优秀公安局, 全国先进基层工会, 全国文明村: a collective honour's title, no particular body
HONOURED_KIND_RE = re.compile(
    r"(?:优秀|先进|示范性?|模范|标兵|最美|杰出)[\u4e00-\u9fff]{0,14}$|文明(?:村|单位|社区|家庭|城市|校园)$"
    # 五四红旗团委, 三八红旗集体, 红旗班组: a red-banner honour's collective (not 红旗 of a brand's name)
    r"|红旗(?:团委|团支部|团总支|班组|车间|集体|单位)$"
)


# a head count of bodies inside a name: 36000多个, 373名, 20余家 (a count before its measure word)
COUNTED_RE = re.compile(r"\d+[多余]?[个名家]")


def is_generic(name: str) -> bool:
    """各级工会, 新业态工会, 焦煤所属煤矿: no particular body; 全国优秀公安局: an honour's title."""
    lex = lexicon()
    if re.search(r"所属|下属|旗下|相关|有关|各类|各级|各省|各市|各县", name):  # (全国各省级团委)
        return True
    if COUNTED_RE.search(name):
        return True  # 全国36000多个乡镇卫生院, 共有373名乡镇卫生院院长: a count of bodies, no body
    if HONOURED_KIND_RE.search(name):
        return True
    return name.startswith(lex.generic_starts) and not name.startswith(("全国", "中华全国", "全路"))


# Parts of speech that cannot open an organisation's name (verbs, pronouns, times, numbers …).
_HEAD_JUNK_TAGS = (
    "v",
    "r",
    "p",
    "t",
    "d",
    "c",
    "m",
    "q",
    "y",
    "e",
    "o",
    "a",
    "ad",
    "z",
    "uj",
    "ul",
    "uz",
    "ug",
    "uv",
    "ud",
    "k",  # a suffix cut from the word before it (获得者山东某公司: the 者 of 获得者)
)


@lru_cache(maxsize=1)
def _post_then_place_re() -> re.Pattern[str]:
    """A post title (教练, 主任, 技师 …, two characters or more) directly followed by a place name
    that has its level word (苏州市, 江苏省, 某某县)."""
    posts = sorted((w for w in lexicon().post_endings if len(w) >= 2), key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(map(re.escape, posts)) + r")(?=[\u4e00-\u9fff]{2,6}?[省市县区])")


def _shared_head_end(t: str, s: int, e: int) -> int:
    """泉州市实验小学校长: the suffix's last character (校) starts the head's title (校长) while the name
    without it is a body of the same kind (实验小学), so the name ends one character earlier."""
    shorter = to_simplified(t[s : e - 1])
    if e < len(t) and t[e] in "长長" and len(shorter) >= 3 and org_kind(shorter) == org_kind(to_simplified(t[s:e])):
        return e - 1
    return e


def _body_then_name(t: str, s: int, at: int) -> bool:
    """Whether ``t[s:at]`` is a body's name (a school, a company) and one character more: what
    follows the body starts a person's name, not a village."""
    head = t[s : at - 1]
    return len(head) >= 4 and org_tier(head) == "body" and org_kind(head) not in ("镇", "乡", "村")


def _post_ends_at(t: str, at: int) -> bool:
    """Whether a post title (护林员, 投递员, 司机长; two or three characters) ends at ``at``: a 段
    after it opens the next person's name (段 is a surname), not a depot's."""
    lex = lexicon()
    return any(at - k >= 0 and lex.is_post(t[at - k : at]) and t[at - 1] in "员工长师手" for k in (3, 2))


_EDITION_HEAD = re.compile(r"^(?:第[一二三四五六七八九十\d]+[届批次]|首届|首批|(?:19|20)\d\d年度?)")
# 2017年度洛阳镇商会: the year's digits stop the walk left; its 年度 is no name's first word either
_YEAR_TAIL_HEAD = re.compile(r"(?<=\d)年度?")


# a national name's first words (中国女医师协会, 全国总工会): after 原/现/前 they begin the body's name
NATIONAL_HEADS = ("中国", "中华", "全国", "国家", "中共")


def _former_mark(text: str, s: int, e: int) -> bool:
    """原/现/前 before a body that opens with a place or a national word (原中国某协会, 现上海市某局):
    a mark of when its officer held the post, no part of the name (原平市 opens with no place after 原)."""
    if text[s : s + 1] not in ("原", "现", "前") or e - s < 5:
        return False
    rest = text[s + 1 : e]
    return rest.startswith(NATIONAL_HEADS) or bool(_place_head_re().match(rest))


@lru_cache(maxsize=1)
def _place_head_re() -> re.Pattern[str]:
    """A province or city the gazetteer knows, opening a name (上海市, 南京)."""
    p = places()
    names = sorted({*p["provinces"], *p["cities"]}, key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(map(re.escape, names)) + ")")


# a list's verb cut as a word of its own (先进集体有…, 获奖单位是…): no name holds it alone
LIST_COPULAS = ("有", "是")
# one-character prepositions the dictionary does not tag as such when cut alone
ONE_CHARACTER_PREPOSITIONS = ("经", "經")


def _trim_head(text: str, s: int, e: int) -> tuple[int, bool]:
    """Drop words that cannot begin a name (融入市总工会 → 市总工会; 第三届焦煤集团 → 焦煤集团).

    Returns the new start and whether a number word was dropped (建一座加工厂: an
    indefinite noun, no named body).
    """
    from loaders.extract.nlp import cut, word_tag

    m = _EDITION_HEAD.match(text, s)
    if m:
        s = m.end()
    if _former_mark(text, s, e):
        s += 1  # 原中国女医师协会会长: the former holder's 原, not the body's first character
    name = text[s:e]
    if name in known_organizations():
        return s, False
    # 金牌项目主教练苏州市某技师学院: a post written before the unit's place ends the words before it
    post = _post_then_place_re().search(name)
    if post and e - (s + post.end()) >= 4:
        s, name = s + post.end(), name[post.end() :]
    indefinite = False
    pos = s
    toks = cut(name)
    for i, tok in enumerate(toks):
        tag = word_tag(tok) or ("m" if tok.isdigit() else "")
        if i == 0 and tok in ONE_CHARACTER_PREPOSITIONS:
            tag = "p"  # 经行业协会推荐: the dictionary tags a lone 经 as a noun; before a body it is "through"
        if e - (pos + len(tok)) < 2 or tok in known_organizations():
            break
        if not tag.startswith(_HEAD_JUNK_TAGS) or tag.startswith(("vn", "nr", "ns", "nt", "nz")):
            break
        if tag == "a" and len(tok) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            break  # 高庄煤业公司, 红庙坡街办: a one-character adjective cut from the next character is a name's first
        if tag in ("m", "q") and not re.fullmatch(r"\d+|年", tok):
            indefinite = True
        pos += len(tok)
    pos = _after_preposition(toks, s, pos)
    year = _YEAR_TAIL_HEAD.match(text, pos)
    if year and e - year.end() >= 2:
        pos = year.end()  # (2017 cut as a number word above, its 年度 after it)
    return pos, indefinite


def _after_preposition(toks: Sequence[str], s: int, pos: int) -> int:
    """评选活动经过医院推荐: a preposition of two characters or more (经过, 通过, 根据) inside the
    words before a kind word ends the words before it, which are no part of a name; ``pos`` (the
    start the head trim reached) when there is none."""
    from loaders.extract.nlp import word_tag

    at = s
    for tok in toks[:-1]:
        at += len(tok)
        if at > pos and len(tok) >= 2 and word_tag(tok) == "p" and tok not in known_organizations():
            pos = at
        elif at > pos and tok in LIST_COPULAS:
            pos = at  # 先进集体有国网某公司某中心等32家: the list's subject and its 有 precede the name
    return pos


def _trade_word_end(simp: str, brand: str, at: int, end: int) -> int:
    """Where a known brand's name ends: 申通快递, 顺丰速运 — a brand without a kind word (申通, 顺丰)
    followed by its trade word is the company's name as written, not the bare brand."""
    if org_kind(to_simplified(brand)) is not None:
        return at
    for trade in sorted(_dictionary().industry_words, key=len, reverse=True):
        if at + len(trade) <= end and simp.startswith(trade, at) and not _post_from(simp, at, len(trade)):
            return at + len(trade)  # (but 顺丰快递员: 快递员 is the worker's post, not the trade word)
    return at


def _post_from(simp: str, at: int, n: int) -> bool:
    """Whether the word of ``n`` characters at ``at`` begins a post title (快递 of 快递员, 快递小哥)."""
    lex = lexicon()
    return any(lex.is_post(simp[at : at + n + k]) for k in (1, 2))


class OrgIndex:
    """Organisation mentions of one document, with place and reference resolution."""

    def __init__(self, text: str, *, city: str | None, province: str | None) -> None:
        self.text = text
        self.city, self.province = city, province
        self.mentions: list[OrgMention] = []
        self._cores: dict[str, str] = {}

    def scan(self, start: int, end: int, *, county: str | None = None) -> list[OrgMention]:
        """Find the organisation names in ``text[start:end]`` (called once per article)."""
        t = self.text
        d = _dictionary()
        spans: dict[int, int] = {}
        simp = " " * start + to_simplified(t[start:end])  # (as long as t up to end; only [start:end] is read)
        for m in d.suffix_re.finditer(t, start, end):
            e = m.end()
            if m.start() <= start or not is_suffix_boundary(t, e, m.group()) or is_suffix_word(t, m.start(), e):
                continue
            if m.group() in ("镇", "乡") and crosses_word(t, m.start(), e):
                continue  # 解热镇痛: a place suffix inside a longer word
            if m.group() == "段" and _post_ends_at(t, m.start()):
                continue  # 东风林场护林员段金龙: after a post, 段 is a name's first character, no depot
            s = _left_start(t, m.start(), start, simp)
            if m.start() - s < 1 or BATCH_RE.search(t, s, m.start()):
                continue  # 舒城县第四批语文学科带头人: a selection's batch, inside an honour's title
            if m.group() == "村" and _body_then_name(t, s, m.start()):
                continue  # 某技师学院王村伟: 村 is a character of the name after the body, no village
            e = _counted_unit_cut(t, s, _officer_body_cut(t, s, _shared_head_end(t, s, e)))
            spans[s] = max(spans.get(s, 0), e)
        known = _known_re()
        if known:
            for m in known.finditer(t, start, end):
                if m.start() not in spans and not any(s <= m.start() < e for s, e in spans.items()):
                    spans[m.start()] = _trade_word_end(simp, m.group(), m.end(), end)
        found: list[OrgMention] = []
        for s, e in sorted(spans.items()):
            if found and s < found[-1].end:
                continue
            found.append(self._mention(s, e, county))
        self.mentions.extend(found)
        self.mentions.sort(key=lambda x: x.start)
        return found

    def expand_short_names(self) -> None:
        """柳工结构件制造厂 in a text that also names 广西柳工机械股份有限公司: the short name (the full
        name without its place, trade words and legal form) stands for the full one."""
        cores = _short_cores([m.resolved for m in self.mentions if not m.generic])
        self._cores = cores
        if not cores:
            return
        for m in self.mentions:
            m.resolved = expand_short(m.resolved, cores)

    def _mention(self, s: int, e: int, county: str | None) -> OrgMention:
        t = self.text
        s, indefinite = _trim_head(t, s, e)
        name = re.sub(r"\s+", "", t[s:e])
        scope = local_scope(name)
        resolved = resolve_local(name, city=self.city, county=county, province=self.province)
        if _reference(name):
            resolved = self.resolve_reference(name, s) or name
        in_parens = s > 0 and t[s - 1] in "（(" and e < len(t) and t[e] in "）)"
        # 享受国务院政府特殊津贴: an allowance named after a body names no organisation of the text
        allowance = bool(ALLOWANCE_RE.match(t, e)) or bool(ALLOWANCE_RE.match(t, s + len("国务院")))
        if allowance and name.startswith("国务院"):
            indefinite = True
        if s > 0 and t[s - 1] in "“「" and QUOTED_TITLE_AFTER_RE.match(t, e):
            indefinite = True  # 斩获“绿色工厂”“行业领军”等殊荣: a quoted honour's title, no body
        if PARTS_AFTER_RE.match(t, e):
            indefinite = True  # 国务院有关部门, 省直各单位: the body's departments at large, not the body
        return OrgMention(
            name,
            s,
            e,
            resolved,
            scope is not None or bool(_reference(name)),
            (is_generic(name) and scope is None) or indefinite,
            bool(PARTY_STATE_RE.search(name)),
            in_parens,
        )

    def resolve(self, name: str, pos: int, *, county: str | None = None) -> str:
        """A name as the document means it: local prefixes and 该X references resolved."""
        name = re.sub(r"\s+", "", name)
        if _reference(name) or name in ("公司", "集团", "矿", "厂", "段", "局"):
            return self.resolve_reference(name, pos) or name
        local = resolve_local(name, city=self.city, county=county, province=self.province)
        return expand_short(local, self._cores) if self._cores else local

    def resolve_reference(self, word: str, pos: int) -> str | None:
        """该公司 / 该段 / 公司 → the last organisation of that kind named before ``pos``."""
        m = _reference(word)
        tail = m.group(1) if m else word
        kind = org_kind("X" + tail)
        for mention in reversed([x for x in self.mentions if x.end <= pos]):
            cand = mention.resolved
            if _reference(mention.name) or len(cand) <= len(tail):
                continue
            if cand.endswith(tail) or (kind and org_kind(cand) == kind):
                return cand
            # 江苏常熟金梭纺织股份有限公司细纱车间 holds the 公司 that 该公司 means
            written = 0
            for part in split_org(cand):
                at = cand.find(part.name, written)
                if (
                    at >= 0
                    and (part.name.endswith(tail) or (kind and org_kind(part.name) == kind))
                    and at + len(part.name) < len(cand)
                ):
                    return cand[: at + len(part.name)]
                written = max(written, at)
        return None

    def at(self, start: int, end: int) -> list[OrgMention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def home_body(self) -> str | None:
        """The one enterprise a document names (a company's own news: 某石化公司 … 烯烃事业部一联合车间
        工艺技术员刘某): the top body of every proper mention, when they are all one company, factory
        or mine.  None when the text names two such bodies or none."""
        tops: set[str] = set()
        for m in self.mentions:
            if m.generic or m.party_state or m.in_parens or _reference(m.name):
                continue
            parts = split_org(m.resolved)
            if not parts:
                continue
            top = parts[0].name
            if org_tier(top) == "body" and org_kind(top) in HOME_KINDS:
                tops.add(top)
        return next(iter(tops)) if len(tops) == 1 else None

    def home_employer(self, post_orgs: list[str | None]) -> list[str]:
        """[the document's one enterprise] for a person whose posts are held at its units only
        (热电事业部, 取水车间, 综采队) and whom no reader gave an employer; [] otherwise."""
        units = [o for o in post_orgs if o and all(org_tier(p.name) == "unit" for p in split_org(o))]
        if not units:
            return []
        home = self.home_body()
        return [home] if home else []


OFFICIAL_START_RE = re.compile(r"^(?:中共|国务院|全国|中华|共青团|中央)")


def trade_name_before(text: str) -> str | None:
    """…顺丰速运 / …京东快递 at the end of ``text``: a known company named by its brand (顺丰, 京东 —
    org_kinds.yaml ``known_organizations`` without a kind word) and its trade word (速运, 快递 —
    ``industry_words``), which names the company though no kind word ends it; None otherwise."""
    d = _dictionary()
    for trade in sorted(d.industry_words, key=len, reverse=True):
        if not text.endswith(trade):
            continue
        head = text[: -len(trade)]
        for k in range(min(len(head), 6), 1, -1):
            brand = head[-k:]
            if brand in known_organizations() and org_kind(brand) is None and not OFFICIAL_START_RE.match(brand):
                return brand + trade
    return None


def brand_host(org: str) -> str | None:
    """斯尔邦石化烯烃事业部 → 斯尔邦石化: a unit (a division, a workshop, a team) written after a
    company's short name that carries no kind word (its brand ending: 石化, 钢, 港, 冶 …) is that
    company's unit, and the company is the host that employs its staff.  The longest such head
    before a unit name of at least two characters; None when the name opens with no brand."""
    for k in range(min(len(org) - 2, 8), 2, -1):
        head, rest = org[:k], org[k:]
        if is_brand(head) and org_tier(rest) == "unit":
            return head
    return None


BRACKETED_GROUP_RE = re.compile(r"[\u4e00-\u9fff]{2}[（(]集团[）)]$")


def bracketed_name_start(text: str, k: int, floor: int) -> int:
    """How far a bracketed place or 集团 ending at ``text[k - 1]`` reaches back inside a company's
    name (顺丰速运(宁夏)有限公司, 某制药(集团)股份有限公司): a reader walking left from a name goes on
    past it to the trade name.  0 when ``text[k - 1]`` closes no such bracket."""
    if k <= floor or text[k - 1] not in "）)":
        return 0
    m = BRACKETED_GROUP_RE.search(text, max(floor, k - 8), k)
    return len(m.group()) - 2 if m else _bracketed_place(text, k, floor)


# 第四批, 第2批: the batch of a selection, written inside an honour's title and in no body's name
BATCH_RE = re.compile(r"第[\d一二三四五六七八九十百]+批")

# what may stand before a bare kind word without naming a body: 我公司, 该厂
BARE_LEAD_RE = re.compile(r"^(?:我|该|本|其|此)?")
NAMED_KINDS = ("中华全国总工会", "总工会")  # kind words that are also one body's name
# legal forms written alone for "the" company (股份公司优秀成果奖, 总公司表彰): no body named, though
# the dictionary reads them as the company kind's longer spellings
LEGAL_FORMS = ("股份公司", "总公司", "集团有限公司", "集团股份有限公司", "控股公司", "控股集团")


def bare_kind(name: str) -> bool:
    """车间, 医院, 集团公司, 我公司, 该厂: a kind word alone (or after a word that names no body) is no
    organisation of its own."""
    rest = BARE_LEAD_RE.sub("", name, count=1)
    if rest in PARTY_BODIES:
        return True  # 团委 as a heading: whose committee is not said
    return bool(rest) and rest not in NAMED_KINDS and (is_kind_suffix(rest) or rest in LEGAL_FORMS)


# a party or youth body's word alone
PARTY_BODIES = ("团委", "团支部", "团总支", "党委", "党支部", "党总支", "党工委")


# the party's and the state's top bodies: named in a text for its policy, its leaders' titles or a
# national commendation; the keys list them only as the conferring body of an honour
TOP_BODIES = ("国务院", "中华人民共和国国务院", "中共中央", "党中央", "中共中央政治局", "中央政治局")


def top_body(name: str) -> bool:
    """国务院, 中共中央: a body listed among a text's organisations only when it confers an honour."""
    return name in TOP_BODIES
