"""Organisation names: kinds, hierarchy, canonical names.

- ``split_org`` cuts a composite name at organisation-kind suffixes
  (焦煤集团九里山矿机电运转队 → 焦煤集团 ⊃ 九里山矿 ⊃ 机电运转队); the suffixes live
  in data/dictionaries/org_kinds.yaml so users can add kinds.
- ``canonical_org`` joins short and full names of one body through the editable
  alias file data/aliases/organizations.yaml (河南能源 → 河南能源化工集团) and
  resolves names that only say "the city's" / "the county's" (市总工会, 县总工会)
  when the caller knows which city or county the document is about.
- ``employer_of`` keeps the body an employee works for and drops the unit inside
  it (焦煤集团九里山矿机电运转队 → 焦煤集团九里山矿).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import ConfigError

# libyaml's C loader when present: the dictionaries load ten times faster (start-up)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DATA = Path(__file__).resolve().parents[1] / "data"
ALIASES = DATA / "aliases" / "organizations.yaml"
KINDS = DATA / "dictionaries" / "org_kinds.yaml"
PLACES = DATA / "dictionaries" / "places.yaml"

# A name that starts with one of these means "this city's / county's …" (市总工会).
LOCAL_PREFIXES = {
    "市": "city",
    "我市": "city",
    "全市": "city",
    "县": "county",
    "我县": "county",
    "区": "county",
    "我区": "county",
    "省": "province",
    "我省": "province",
    "全省": "province",
}


_ORDINAL = re.compile(r"^(?:第[〇零一二三四五六七八九十\d]+.*|[一二三四五六七八九十\d]+)$")
# Bodies named after their host with nothing between (车身厂工会, 兴隆村党支部).
# the party committees a unit or body ends with (某厂党支部, 某局机关党委): one alternation for the
# post readers (loaders/extract/posts.py) and the organisation finder (loaders/extract/orgfind.py)
PARTY_COMMITTEES = r"党委|党总支部?|党支部|党工委"
_JOINED_UNITS = ("工会", "党支部", "公司", "分公司", "子公司")
_SUBSIDIARY_FORMS = ("有限公司", "有限责任公司", "股份有限公司")
_GLOSS_RE = re.compile(r"[(（][a-zA-Z\u00c0-\u024f]")  # a converter gloss, 鄉(xiāng): such names stay as they were
_BRACKETED_WORD_RE = re.compile(r"[(（][\u4e00-\u9fff]")
_TOWNSHIP_END_RE = re.compile(r"(?:镇|鎮|乡|鄉|街道)$")
_BARE_NUMBER = re.compile(r"第?[一二三四五六七八九十\d]+")
_LEGAL_FORMS = ("股份", "有限", "集团", "公司", "分公司", "控股")


@dataclass(frozen=True)
class OrgPart:
    name: str
    kind: str | None


@dataclass(frozen=True)
class _Suffix:
    suffix: str
    kind: str
    tier: str


@dataclass(frozen=True)
class _Dictionary:
    suffixes: tuple[_Suffix, ...]
    followers: dict[str, str]
    known: frozenset[str]
    public_kinds: frozenset[str]
    kind_groups: dict[str, frozenset[str]]
    not_suffix_words: tuple[str, ...]
    industry_words: tuple[str, ...]
    brand_ends: tuple[str, ...]
    not_brands: frozenset[str]
    place_named_words: frozenset[str]
    suffix_re: re.Pattern[str]
    end_re: re.Pattern[str]
    by_suffix: dict[str, _Suffix]
    suffix_words_by_last: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    from loaders.extract.diskcache import parsed_yaml

    data = parsed_yaml(KINDS) or {}  # kept parsed in the user cache (start-up)
    suffixes = tuple(_Suffix(s["suffix"], s["kind"], s.get("tier", "body")) for s in data.get("suffixes", []))
    # longest first, whatever order the file lists them in
    suffixes = tuple(sorted(suffixes, key=lambda s: -len(s.suffix)))
    return _Dictionary(
        suffixes=suffixes,
        followers={k: str(v) for k, v in (data.get("inside_word_followers") or {}).items()},
        known=frozenset(data.get("known_organizations") or []),
        public_kinds=frozenset(data.get("public_kinds") or []),
        kind_groups={name: frozenset(kinds) for name, kinds in (data.get("kind_groups") or {}).items()},
        not_suffix_words=tuple(data.get("not_suffix_words") or []),
        industry_words=tuple(sorted(data.get("industry_words") or [], key=len, reverse=True)),
        brand_ends=tuple(data.get("brand_ends") or []),
        not_brands=frozenset(data.get("not_brands") or []),
        place_named_words=frozenset(data.get("place_named_words") or []),
        suffix_re=re.compile("|".join(re.escape(s.suffix) for s in suffixes)),
        end_re=re.compile("(?:" + "|".join(re.escape(s.suffix) for s in suffixes) + ")$"),
        by_suffix={s.suffix: s for s in suffixes},
        suffix_words_by_last=_by_last(data.get("not_suffix_words") or []),
    )


def _by_last(words: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def places() -> dict[str, Any]:
    """Provinces, their cities and nicknames (data/dictionaries/places.yaml)."""
    from loaders.extract.diskcache import parsed_yaml

    data = parsed_yaml(PLACES) or {}  # kept parsed in the user cache (start-up)
    provinces: dict[str, list[str]] = data.get("provinces") or {}
    city_to_province = {c: p for p, cities in provinces.items() for c in cities}
    county_cities: dict[str, list[str]] = data.get("county_cities") or {}
    return {
        # county-level cities (宜兴, 晋江), apart from the prefecture-level ``cities``
        "county_cities": frozenset(c for names in county_cities.values() for c in names),
        "county_city_to_province": {c: p for p, names in county_cities.items() for c in names},
        "provinces": frozenset(provinces),
        "cities": frozenset(city_to_province),
        "city_to_province": city_to_province,
        "province_nicknames": data.get("province_nicknames") or {},
        "city_nicknames": frozenset(data.get("city_nicknames") or []),
    }


@dataclass(frozen=True)
class _AliasFile:
    names: dict[str, str]  # short name → canonical name
    brand_prefixes: dict[str, str]  # 国网 → 国家电网有限公司


@lru_cache(maxsize=1)
def _alias_file() -> _AliasFile:
    """data/aliases/organizations.yaml, read once (both of its sections)."""
    data = (yaml.load(ALIASES.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}) if ALIASES.exists() else {}
    names = {}
    for canonical, short_names in (data.get("organizations") or {}).items():
        for name in short_names or []:
            names[name] = canonical
    return _AliasFile(names, dict(data.get("brand_prefixes") or {}))


def _aliases() -> dict[str, str]:
    return _alias_file().names


def alias_names() -> dict[str, str]:
    """Every short name in the alias file → its canonical name (do not modify)."""
    return _aliases()


@lru_cache(maxsize=1)
def known_organizations() -> frozenset[str]:
    """Names that are organisations without a kind suffix (顺丰), plus every name in the alias file."""
    aliases = _aliases()
    return _dictionary().known | frozenset(aliases) | frozenset(aliases.values())


@lru_cache(maxsize=65536)
def _suffix_of(name: str) -> _Suffix | None:
    d = _dictionary()
    if d.suffixes and not name.endswith("\n"):  # (``end_re``'s $ also matches before a final newline)
        # what end_re.search finds, by looking up the name's last 1 … 8 characters (most names end in
        # no suffix: no need to try them all)
        n = len(name)
        for p in range(max(0, n - len(d.suffixes[0].suffix)), n):
            found = d.by_suffix.get(name[p:])
            if found is not None:
                if p:
                    return found
                break
        else:
            return None
    m = d.end_re.search(name)
    if not m or m.start() == 0:
        # the longest suffix may be the whole name (公司): try the shorter ones it ends with
        for s in d.suffixes:
            if name.endswith(s.suffix) and len(name) > len(s.suffix):
                return s
        return None
    return d.by_suffix[m.group()]


def is_kind_suffix(text: str) -> bool:
    """Whether ``text`` is itself a kind suffix (政府, 总工会): 省政府 then means the province's."""
    return text in _dictionary().by_suffix  # (every suffix is a key)


def _only_industry_words(stem: str) -> bool:
    words = _dictionary().industry_words
    rest = stem
    while rest:
        w = next((w for w in words if rest.startswith(w)), None)
        if not w:
            return False
        rest = rest[len(w) :]
    return bool(stem)


def org_kind(name: str) -> str | None:
    """集团, 公司, 矿, 厂, 车间, 队, 班组, 工会, 政府部门, 协会, 学校, 医院, … or None."""
    s = _suffix_of(name)
    return s.kind if s else None


def kinds_in(group: str) -> frozenset[str]:
    """The organisation kinds of one ``kind_groups`` entry of org_kinds.yaml.

    >>> "班组" in kinds_in("enterprise") and "工会" not in kinds_in("enterprise")
    True
    """
    groups = _dictionary().kind_groups
    if group not in groups:
        raise ConfigError(f"{KINDS.name} has no kind_groups.{group} (it has {', '.join(sorted(groups))})")
    return groups[group]


def org_tier(name: str) -> str | None:
    """'body' (an employer or public body), 'unit' (a team, workshop) or None when unknown."""
    s = _suffix_of(name)
    return s.tier if s else None


def is_place(text: str) -> bool:
    """A bare place name: 焦作, 焦作市, 博爱县, 河南省, 解放区 (district), 清化镇."""
    p = places()
    core = _PLACE_TIER_END_RE.sub("", text)
    if core in p["provinces"] or core in p["cities"]:
        return True
    return bool(_SMALL_PLACE_RE.fullmatch(text)) and len(text) <= 4


# is_place's patterns, compiled once (it runs ~2,000 times a newspaper page)
_PLACE_TIER_END_RE = re.compile(r"(?:省|市|县|区|镇|乡|自治区|自治州|自治县|地区)$")
_SMALL_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:县|区|镇|乡|旗)")


# a numbered stage of a plan or a check (第一阶段, 二阶段), whose 段 is no depot
NUMBERED_STAGE_RE = re.compile(r"[一二三四五六七八九十\d]阶段$")


def is_suffix_word(text: str, start: int, end: int) -> bool:
    """Whether the suffix at [start, end) belongs to a plain word (值班, 开局, 团队) rather than a name;
    a traditional page's word is read in simplified script (階段 as 阶段)."""
    text = _simplified_before(text, end)
    if NUMBERED_STAGE_RE.search(text, max(0, end - 8), end):
        return True  # 2017年第一阶段: the segmenter reads 第一阶段 whole, and a stage is no depot (段)
    words = _dictionary().suffix_words_by_last.get(text[end - 1], ()) if end > 0 else ()
    for w in words:
        s = end - len(w)
        if s >= 0 and text.startswith(w, s):
            # 焊接班: 接班 is a word, but 焊接 claims its 接 first — the suffix ends a team's name
            if s > 0 and _claimed(text, s, end):
                continue
            if w in _dictionary().place_named_words and _place_before(text, s):
                continue  # 郑州车站: the place's station, a name
            return True
    return False


def _simplified_before(text: str, end: int) -> str:
    """``text`` with the few characters before ``end`` in simplified script (the same length: the
    plain words are listed in simplified script, a converter mirror writes 階段, 團隊)."""
    from loaders.textnorm import to_simplified

    lo = max(0, end - 8)
    window = to_simplified(text[lo:end])
    if window == text[lo:end] or len(window) != end - lo:
        return text
    return text[:lo] + window + text[end:]


def _station(suffix: str) -> bool:
    """车站, 火车站, 站: a station that employs its staff, named by its place (郑州车站, 大连站), is a part
    of its own after a railway body, not a branch joined to it (铁塔集团焦作公司)."""
    found = _dictionary().by_suffix.get(suffix)
    return found is not None and found.kind == "站" and (found.tier == "body" or suffix == "站")


def _place_station(name: str) -> bool:
    """大连站, 衡阳站: a station named by its place alone, a railway station (an employer's level,
    as a depot is), unlike 变电站 or 服务站."""
    return name.endswith("站") and len(name) >= 3 and is_place(name[:-1])


def _place_before(text: str, at: int) -> bool:
    """Whether a place name (郑州, 衡阳市) ends right at ``at``."""
    return any(at >= k and is_place(text[at - k : at]) for k in (2, 3, 4))


def _claimed(text: str, start: int, end: int) -> bool:
    """Whether the word segmenter reads text[start - 1] with text[start] (焊接|班), so the plain word
    at [start, end) is not there."""
    from loaders.extract.nlp import cut

    lo = max(0, start - 2)
    pos = lo
    for tok in cut(text[lo:end]):
        if pos < start < pos + len(tok):
            return True
        pos += len(tok)
    return False


def is_suffix_boundary(text: str, end: int, suffix: str) -> bool:
    """Whether a suffix ending at ``end`` really ends a name (矿 in 矿用 does not)."""
    if end >= len(text):
        return True
    if text.startswith(_LEGAL_FORMS, end):  # 煤业股份有限公司, 煤矿有限公司: one name
        return False
    if text.startswith(("）", ")"), end) and text[max(0, end - len(suffix) - 1)] in "（(":
        return False  # 西安飞机工业（集团）有限责任公司
    if suffix.endswith(_UNIVERSITIES) and _LIFE_SCIENCE_UNIT_RE.match(text, end):
        return True  # 浙江大学生命科学学院: 生 begins a school's discipline, no 大学生 (students)
    after = text[end]
    for key, followers in _dictionary().followers.items():
        if after in followers and suffix.endswith(key):  # (the cheap test first: ~20 keys, ~300 calls a page)
            # 广州铁路公安局长沙公安处: 长 begins a city whose body follows, no 局长
            return _city_body_re().match(text, end) is not None
    return True


# a university's school or institute named for a life science (生命/生物/生态/生化/生理/生殖/生药 …)
_LIFE_SCIENCE_UNIT_RE = re.compile(
    r"""[生][命物态態化理殖药藥]
        [\u4e00-\u9fff与與和]{0,12}?
        (?:学院|學院|学系|學系|系|研究所|研究院|研究中心|实验室|實驗室)""",
    re.VERBOSE,
)


@lru_cache(maxsize=1)
def _city_body_re() -> re.Pattern[str]:
    """A city (长沙, 长春) and the name of a body of it, up to its kind suffix (长沙公安处)."""
    cities = sorted(places()["cities"], key=lambda w: (-len(w), w))
    kinds = sorted((x.suffix for x in _dictionary().suffixes), key=lambda w: (-len(w), w))
    city = "|".join(map(re.escape, cities))
    kind = "|".join(map(re.escape, kinds))
    return re.compile(f"(?:{city})市?[\u4e00-\u9fff]{{1,8}}?(?:{kind})")


@lru_cache(maxsize=8192)
def _brand_heads(stem: str, rest: int = 2) -> tuple[str, ...]:
    """Brand names without a kind word heading a part's stem (太钢不锈|炼钢二厂, 攀钢|西昌钢钒|炼铁厂):
    each ends in a brand ending of org_kinds.yaml at a word boundary, is no place, and leaves a
    name of at least two characters after it. () when there is none."""
    from loaders.extract.nlp import cut

    ends = _dictionary().brand_ends
    if not ends or len(stem) < 4:
        return ()
    bounds, pos = set(), 0
    for tok in cut(stem):
        pos += len(tok)
        bounds.add(pos)
    best = 0
    for k in range(2, min(len(stem) - rest, 8) + 1):
        head = stem[:k]
        if (
            k in bounds
            and head.endswith(ends)
            and not is_place(head)
            and head not in _dictionary().not_brands
            and not _only_industry_words(stem[k:])  # 兖矿能源+集团: the legal form goes on the name
        ):
            best = k
    if not best:
        return ()
    best += _industry_after_brand(stem, best, rest)
    inner = _brand_heads(stem[:best], 4)  # 攀钢西昌钢钒 → 攀钢, 西昌钢钒 (but 太钢不锈 is one)
    return (*inner, stem[len("".join(inner)) : best])


def _industry_after_brand(stem: str, at: int, rest: int) -> int:
    """鞍钢|矿业|齐大山铁 → 鞍钢矿业: an industry word right after a brand names the brand's subsidiary
    (鞍钢矿业, 攀钢矿业), the head of the chain, when a name of at least ``rest`` characters still
    follows; its length, or 0."""
    from loaders.textnorm import to_simplified

    simp = to_simplified(stem)
    word = next((w for w in _dictionary().industry_words if simp.startswith(w, at)), "")
    return len(word) if word and len(stem) - at - len(word) >= rest else 0


def split_org(name: str) -> list[OrgPart]:
    """Split a composite name at organisation-kind suffixes; a plain name gives one part.

    A part named only by a place (焦作公司 in 铁塔集团焦作公司) is a branch, not a
    body of its own, and stays joined to what precedes it.
    """
    # remembered per name (a page asks ~190 times for ~60 names), a fresh list each call; forgotten
    # with ``forget_splits`` (``nlp.clear_caches``) and when the dictionary or alias tables are others
    d, known = _dictionary(), known_organizations()
    if _SPLIT_MEMO_TABLES[0] is not d or _SPLIT_MEMO_TABLES[1] is not known:
        _SPLIT_MEMO.clear()
        _SPLIT_MEMO_TABLES[:] = [d, known]
    parts = _SPLIT_MEMO.get(name)
    if parts is None:
        if len(_SPLIT_MEMO) >= 8192:
            _SPLIT_MEMO.clear()
        parts = _SPLIT_MEMO[name] = tuple(_split_org(name))
    return list(parts)


_SPLIT_MEMO: dict[str, tuple[OrgPart, ...]] = {}
_SPLIT_MEMO_TABLES: list[object] = [None, None]


def forget_splits() -> None:
    """Empty split_org's memo (the extraction bench starts every text from nothing)."""
    _SPLIT_MEMO.clear()


_UNIVERSITIES = ("大学", "大學")
_HOSPITALS = ("医院", "醫院")


def _stationed(piece: str) -> bool:
    """驻村工作队, 驻北京办事处: a unit named by where it is stationed (驻 + place or body), which names
    no body of its own at that place (驻马店, a city, is no such word)."""
    return piece.startswith("驻") and not piece.startswith("驻马店")


# a national industrial union's committee (中国海员建设工会全国委员会, 中国能源化学工会全国委员会)
_NATIONAL_UNION_RE = re.compile(r"中国[\u4e00-\u9fff]{2,10}?工会全国委员会")


def _split_org(name: str) -> list[OrgPart]:
    """:func:`split_org`'s reading of a name."""
    name = re.sub(r"\s+", "", name)
    d = _dictionary()
    parts: list[OrgPart] = []
    start = 0
    known = known_organizations()
    head = next(  # the longest known name heading ``name`` (one candidate a length: its prefix)
        (
            k
            for k in (name[:n] for n in range(len(name) - 2, -1, -1))
            if k in known and org_kind(k) is None and not k.startswith(("国务院", "中共", "全国", "中华"))
        ),
        None,
    )
    if head:
        # 京东物流广东佛山鄱阳营业部, 顺丰速运广州分公司: the trade word after a known brand is its name's end
        trade = next((w for w in d.industry_words if name.startswith(w, len(head))), "")
        if trade and len(name) - len(head) - len(trade) >= 2 and not _only_industry_words(name[len(head) :]):
            head += trade
    if head:
        nxt = d.suffix_re.search(name, len(head))
        stem = name[len(head) : nxt.start()] if nxt else ""
        if not stem or _only_industry_words(stem):
            head = None  # 焦煤集团, 河南能源化工集团: the known short name begins a longer one
    national = _NATIONAL_UNION_RE.match(name)
    if national:  # 中国教科文卫体工会全国委员会: one body, though 科 and 能源 inside it end other names
        head = None
        parts.append(OrgPart(national.group(), "工会"))
        start = national.end()
    if head:  # 中国石化胜利油田分公司: a known name without a kind suffix heads the chain
        parts.append(OrgPart(head, None))
        start = len(head)
    held = -1  # where a stationed unit's place (驻村 of 驻村工作队) was passed over
    for m in d.suffix_re.finditer(name):
        end = m.end()
        if end <= start or not is_suffix_boundary(name, end, m.group()) or is_suffix_word(name, m.start(), end):
            continue
        if (
            m.start() - start >= 4
            # 首钢京唐钢铁联合有限责任公司, 马钢矿渣综合利用公司: a subsidiary company's own name
            and m.group() not in (*_SUBSIDIARY_FORMS, "公司")
            and d.by_suffix[m.group()].tier == "body"  # 天津港煤码头操作一队: a unit stays with its host
        ):
            for brand in _brand_heads(name[start : m.start()]):  # 天津港+煤码头: the brand heads the chain
                parts.append(OrgPart(brand, None))
                start += len(brand)
        if end < len(name) and org_tier(name[start:end]) == "place":
            continue  # 清化镇卫生院: the town names the body after it
        piece = name[start:end]
        if parts and end < len(name) and _stationed(piece) and held != start:
            held = start  # (once: 驻村工作队二组 is the team's group)
            continue  # 某局驻村工作队: the place it is stationed at is no body of the chain
        stem = piece[: -len(m.group())]
        if parts and is_place(stem) and m.group() in _SUBSIDIARY_FORMS:
            # 山东钢铁集团日照有限公司: a subsidiary company carries its parent's name
            piece = parts[-1].name + piece
        elif parts and (
            (stem in ("", "分", "子") and m.group() in _JOINED_UNITS)
            or (stem == "" and len(parts[-1].name) <= 2)  # 纺部车间 (but 总工会+办公室 are two)
            # 河南省胸科+医院: a body's bare kind word after a unit names no body of its own under
            # that unit (no hospital sits in a 科); the unit's word is part of the body's name
            or (stem == "" and org_tier(parts[-1].name) == "unit" and d.by_suffix[m.group()].tier == "body")
            # 胃肠外科+中心: a bare 中心 after a unit names no unit of its own; it ends the unit's name
            or (stem == "" and org_tier(parts[-1].name) == "unit" and m.group() == "中心")
            or (stem == "总" and org_tier(parts[-1].name) != "place")  # 徐矿总医院
            or (
                is_place(stem)
                and not m.group().startswith("分")
                and not _station(m.group())
                # 红岗分局+新华镇派出所: a unit a township names is one of its own, no branch by place
                and not _TOWNSHIP_END_RE.search(stem)
            )
            or (_only_industry_words(stem) and org_kind("X" + m.group()) in ("公司", "集团"))
            # 上海振华重工+(集团)股份有限公司: the bracket is inside the name (a converter gloss, (xiāng), is not)
            or _BRACKETED_WORD_RE.match(stem)
        ):
            # 车身厂+工会, 焦作+公司, 兖矿+能源集团股份有限公司: the suffix continues the previous name
            piece = parts.pop().name + piece
        elif parts and re.match(r"(?:第[一二三四五六七八九十\d]+)?附属", stem):
            # 华东师范大学第一附属中学: an affiliated school or hospital carries its parent's name
            piece = parts[-1].name + piece
        elif parts and parts[-1].name.endswith(_UNIVERSITIES) and m.group() in _HOSPITALS:
            # 四川大学华西医院, 北京大学人民医院: a university's hospital is named whole, its parent's
            # name included (the conventions' 南华大学附属第一医院, without the word 附属)
            piece = parts[-1].name + piece
        elif (
            parts
            and _ORDINAL.match(stem)
            and org_kind(piece) in ("公司", "集团")
            and not parts[-1].name.endswith("公司")
            and not (_BARE_NUMBER.fullmatch(stem) and m.group() in ("公司", "分公司"))
        ):
            # 中建八局第一建设有限公司: a numbered subsidiary company carries its parent's short name
            # (but a bare number, 中铁七局三公司, names the part by itself: 三公司 under 中铁七局);
            # after a full company name (…集团有限公司第六建筑工程公司) and for a numbered plant, mine
            # or unit (…集团有限公司一分厂, 冷轧厂三分厂) the number begins a part of its own
            piece = parts[-1].name + piece
        elif not parts and len(piece) <= len(m.group()):
            continue
        elif (
            parts
            and end < len(name)
            and org_kind(piece) is None
            and not _GLOSS_RE.search(name)
            and not _stationed(piece)
        ):
            continue  # 公安局+科尔沁分局, 有限公司+白龙港污水处理厂: a piece that names no body begins the next one
        parts.append(OrgPart(piece, org_kind(piece)))
        start = end
    if start < len(name):
        tail = name[start:]
        if parts and _stationed(tail):
            parts.append(OrgPart(tail, org_kind(tail)))  # 某林业局驻某林场监督中心站: the stationed unit
        elif parts:
            parts[-1] = OrgPart(parts[-1].name + tail, org_kind(parts[-1].name + tail))
        else:
            parts.append(OrgPart(tail, org_kind(tail)))
    # the union of a unit hangs under that unit: 车身厂工会 ⊂ 车身厂
    if parts and parts[-1].name.endswith("工会") and not parts[-1].name.endswith("总工会"):
        host = parts[-1].name[:-2]
        if len(parts) >= 1 and org_kind(host) and is_suffix_boundary(host + "工会", len(host), host[-1]):
            hosts = split_org(host)
            parts = parts[:-1] + [p for p in hosts if p not in parts] + [parts[-1]]
    return parts or [OrgPart(name, org_kind(name))]


def employer_of(name: str) -> str:
    """The body someone works for: the chain up to its last body, units dropped.

    焦煤集团九里山矿机电运转队 → 焦煤集团九里山矿; a name of units only stays whole;
    a town (张家产镇) employs nobody: "".
    """
    parts = split_org(name)
    end, pos = len(name), 0
    prev = ""
    for part in parts:  # where each part ends in the written name
        found = name.find(part.name, pos)
        if found < 0:
            break
        # 浙江农林大学茶文化学院: a university's college is a part of the university
        college = part.name.endswith("学院") and prev.endswith("大学")
        # 某钢铁研究院环境与资源研究所: an institute's own institute is a part of it
        college = college or (part.name.endswith(("研究所", "研究室")) and prev.endswith("研究院"))
        tier = "body" if _place_station(part.name) else org_tier(part.name)
        if tier is None and is_kind_suffix(part.name):
            tier = org_tier("某" + part.name)  # 某公司实验室: a unit word alone after its body is that body's unit
        if tier not in ("unit", "place") and not college:
            end = found + len(part.name)
        pos, prev = found, part.name
    else:
        if all(org_tier(p.name) == "place" for p in parts):
            return ""
        if all(org_tier(p.name) in ("unit", "place") for p in parts):
            return name
    return name[:end]


def local_scope(name: str) -> tuple[str, str] | None:
    """('city'|'county'|'province', rest) for names like 市总工会, 我市…; None otherwise."""
    for prefix in sorted(LOCAL_PREFIXES, key=len, reverse=True):
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            rest = name[len(prefix) :]
            if prefix in ("市", "县", "区", "省") and rest[0] in "级委长直属辖区内外":
                return None  # 市级, 市委, 县长: not "the city's X"
            return LOCAL_PREFIXES[prefix], rest
    return None


def resolve_local(name: str, *, city: str | None = None, county: str | None = None, province: str | None = None) -> str:
    """市总工会 → 焦作市总工会 when the city is known; unchanged otherwise.

    ``city``/``county``/``province`` are names with their suffix (焦作市, 修武县, 河南省).
    """
    scope = local_scope(name)
    if not scope:
        return name
    where, rest = scope
    if org_kind(rest) is None and rest not in known_organizations() and not is_kind_suffix(rest):
        return name
    place = {"city": city, "county": county, "province": province}[where]
    return place + rest if place else name


def canonical_org(name: str, *, city: str | None = None, county: str | None = None, province: str | None = None) -> str:
    """The full name of a body, through the editable alias file (河南能源 → 河南能源化工集团)."""
    name = re.sub(r"\s+", "", name)
    name = resolve_local(name, city=city, county=county, province=province)
    return _aliases().get(name, name)


def is_org_name(text: str) -> bool:
    """Whether ``text`` reads as one organisation's name (has a kind suffix or is known)."""
    return (
        bool(text)
        and (text in known_organizations() or org_kind(text) is not None)
        and not re.search(r"[，,、。；;：:！？“”\s]", text)
    )


def is_brand(text: str) -> bool:
    """茂名石化, 青岛港, 乌海能源: a company's short name without a kind word, by its brand ending
    (org_kinds.yaml ``brand_ends``) after a word of at least two characters; no place, no plain word."""
    d = _dictionary()
    if not 3 <= len(text) <= 8 or text in d.not_brands or is_place(text):
        return False
    end = next((e for e in sorted(d.brand_ends, key=len, reverse=True) if text.endswith(e)), None)
    if end is None or len(text) - len(end) < 2:
        return False
    return _brand_heads(text + "厂", 1)[-1:] == (text,)


def split_org_list(text: str) -> list[str]:
    """焦作市总工会、焦作市人力资源和社会保障局 → both names; 和/与/及 split only between two names."""
    out: list[str] = []
    for piece in re.split(r"[、，,；;]", text):
        piece = piece.strip()
        if not piece:
            continue
        if is_org_name(piece):
            out.append(piece)
            continue
        for m in re.finditer(r"[和与及]", piece):
            left, right = piece[: m.start()], piece[m.end() :]
            if is_org_name(left) and is_org_name(right):
                out.extend([left, right])
                break
        else:
            out.append(piece)
    return out


def brand_prefixes() -> dict[str, str]:
    """国网 → 国家电网有限公司 (data/aliases/organizations.yaml, brand_prefixes; do not modify)."""
    return _alias_file().brand_prefixes
