"""A seeded generator of realistic synthetic profile data, as graph rows.

The benchmarks and the analytics tests need graphs far larger than the sample
page, shaped like the real thing: common Chinese names that collide (many
张伟, 王芳 …), an organisation forest per city (集团 → 矿/厂/公司 →
队/车间/班组), honours drawn from real series with their cadence and edition
words (全国劳动模范 every five years, 全国五一劳动奖章 yearly except in
those years, 第N届 city 工匠 titles, 第N批 industry 技能大师, undated enterprise
titles), conferring bodies, positions, patents with valid ZL numbers, standards
with real code prefixes, projects, and an evidence sentence with character
offsets for every fact.

The rows follow the same keys and conventions as ``loaders.graph_rows`` (keys
from ``loaders.ids``, ``search`` text from ``graph.search``, generic units keyed
under their parent), so the graph loads through ``graph.writer.batches_for`` or
``graph.bulk.bulk_load`` like any profile.  Same arguments, same graph::

    >>> rows = generate(200, seed=7)
    >>> len(rows.nodes["Person"])
    200
    >>> generate(200, seed=7).nodes == rows.nodes
    True

Series beyond those in the domain notes (a few industry titles, the 最美
occupations) are plausible inventions, not a record of real awards; all
people, companies and numbers are fictitious.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph.ranks import rank_props
from graph.search import search_text
from loaders import ids
from loaders.graph_rows import GraphRows
from loaders.orgs import kinds_in

LAST_YEAR = 2024
FIRST_YEAR = 1995

# --- names --------------------------------------------------------------------
# Surnames with rough shares (per mille) of the Chinese population: the head of
# the distribution is what makes same-name people common.
SURNAMES = (
    ("王", 71),
    ("李", 70),
    ("张", 67),
    ("刘", 54),
    ("陈", 45),
    ("杨", 31),
    ("黄", 22),
    ("赵", 20),
    ("吴", 20),
    ("周", 19),
    ("徐", 17),
    ("孙", 15),
    ("马", 15),
    ("朱", 14),
    ("胡", 13),
    ("郭", 12),
    ("何", 12),
    ("林", 11),
    ("高", 11),
    ("罗", 10),
    ("郑", 10),
    ("梁", 9),
    ("谢", 8),
    ("宋", 8),
    ("唐", 8),
    ("许", 7),
    ("韩", 7),
    ("冯", 7),
    ("邓", 7),
    ("曹", 7),
    ("彭", 6),
    ("曾", 6),
    ("肖", 6),
    ("田", 6),
    ("董", 5),
    ("袁", 5),
    ("潘", 5),
    ("于", 5),
    ("蒋", 5),
    ("蔡", 5),
    ("余", 5),
    ("杜", 5),
    ("叶", 4),
    ("程", 4),
    ("苏", 4),
    ("魏", 4),
    ("吕", 4),
    ("丁", 4),
    ("任", 4),
    ("沈", 4),
    ("姚", 4),
    ("卢", 4),
    ("姜", 3),
    ("崔", 3),
    ("钟", 3),
    ("谭", 3),
    ("陆", 3),
    ("汪", 3),
    ("范", 3),
    ("金", 3),
    ("石", 3),
    ("廖", 3),
    ("贾", 3),
    ("夏", 3),
    ("韦", 2),
    ("付", 2),
    ("方", 2),
    ("白", 2),
    ("邹", 2),
    ("孟", 2),
    ("熊", 2),
    ("秦", 2),
    ("邱", 2),
    ("江", 2),
    ("尹", 2),
    ("薛", 2),
    ("闫", 2),
    ("段", 2),
    ("雷", 2),
    ("侯", 2),
    ("龙", 2),
    ("史", 2),
    ("陶", 2),
    ("黎", 2),
    ("贺", 2),
    ("顾", 2),
    ("毛", 2),
    ("郝", 2),
    ("龚", 1),
    ("邵", 1),
    ("万", 1),
    ("钱", 1),
    ("严", 1),
    ("武", 1),
    ("戴", 1),
    ("孔", 1),
)
# Very common given names, most common first; drawn with Zipf-like weights.
GIVEN_MALE = (
    "伟",
    "强",
    "磊",
    "军",
    "勇",
    "杰",
    "涛",
    "明",
    "超",
    "刚",
    "平",
    "辉",
    "鹏",
    "华",
    "飞",
    "建华",
    "建国",
    "建军",
    "志强",
    "国强",
    "宏亮",
    "海涛",
    "新民",
    "卫东",
    "春生",
    "德胜",
    "红军",
    "永刚",
    "来宾",
    "保国",
    "振华",
    "文斌",
    "俊杰",
    "国庆",
    "立新",
    "东升",
)
GIVEN_FEMALE = (
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "艳",
    "娟",
    "霞",
    "秀英",
    "桂英",
    "丹",
    "玲",
    "萍",
    "红梅",
    "海燕",
    "芳芳",
    "玉兰",
    "秀兰",
    "丽娟",
    "春燕",
    "晓燕",
    "雪梅",
    "秀珍",
    "桂芳",
)
# Characters composed into rarer two-character given names.
GIVEN_CHARS_MALE = "志国建文明永德海春晓金宝长兴振学庆新光伟利军军福荣成俊向立家东亮彬斌峰"
GIVEN_CHARS_FEMALE = "秀玉桂丽春晓美淑凤彩红雪翠慧婷莉琳静娟芬兰英霞燕萍"

ETHNICITIES = (
    ("汉族", 920),
    ("回族", 20),
    ("满族", 15),
    ("壮族", 15),
    ("蒙古族", 8),
    ("土家族", 8),
    ("苗族", 7),
    ("彝族", 7),
)


# --- places and bodies ------------------------------------------------------------
@dataclass(frozen=True)
class City:
    name: str  # 焦作市
    short: str  # 焦作
    counties: tuple[str, ...]
    craft: str = ""  # the city's craftsman title; default f"{short}工匠"


@dataclass(frozen=True)
class Province:
    name: str
    short: str
    craft: str  # the provincial craftsman title
    craft_first: int
    craft_style: str  # 届 / 批 / 年度
    model_year: int  # a year of the provincial 劳模 conference (every 5 years)
    cities: tuple[City, ...]
    craft_bodies: tuple[str, ...] = ()  # default: the provincial union and 人社厅


PROVINCES = (
    Province(
        "河南省",
        "河南",
        "中原大工匠",
        2019,
        "批",
        2017,
        (
            City("焦作市", "焦作", ("修武县", "博爱县", "武陟县")),
            City("郑州市", "郑州", ("中牟县", "新郑市"), "郑州大工匠"),
            City("平顶山市", "平顶山", ("宝丰县", "叶县")),
            City("洛阳市", "洛阳", ("伊川县", "宜阳县"), "河洛工匠"),
        ),
    ),
    Province(
        "山东省",
        "山东",
        "齐鲁大工匠",
        2018,
        "年度",
        2016,
        (
            City("济南市", "济南", ("平阴县", "商河县"), "泉城工匠"),
            City("淄博市", "淄博", ("桓台县", "高青县")),
            City("枣庄市", "枣庄", ("滕州市",)),
        ),
    ),
    Province(
        "陕西省",
        "陕西",
        "三秦工匠",
        2016,
        "届",
        2015,
        (
            City("西安市", "西安", ("蓝田县", "周至县")),
            City("榆林市", "榆林", ("神木市", "府谷县")),
            City("宝鸡市", "宝鸡", ("岐山县",)),
        ),
    ),
    Province(
        "湖北省",
        "湖北",
        "荆楚工匠",
        2017,
        "届",
        2019,
        (
            City("武汉市", "武汉", ("蔡甸区", "新洲区")),
            City("宜昌市", "宜昌", ("远安县", "兴山县")),
            City("襄阳市", "襄阳", ("南漳县", "谷城县")),
        ),
    ),
    Province(
        "江苏省",
        "江苏",
        "长三角大工匠",
        2023,
        "届",
        2020,
        (
            City("南京市", "南京", ("高淳区", "溧水区"), "石城工匠"),
            City("徐州市", "徐州", ("沛县", "丰县"), "彭城工匠"),
            City("苏州市", "苏州", ("常熟市", "昆山市")),
        ),
        ("江苏省总工会", "浙江省总工会", "上海市总工会", "安徽省总工会"),
    ),
)


@dataclass(frozen=True)
class Industry:
    name: str  # 煤业 (part of a group's name)
    units: tuple[tuple[str, str], ...]  # (suffix, kind) of a 2nd-level unit
    teams: tuple[tuple[str, str], ...]  # (name, kind) of a 3rd-level unit
    posts: tuple[str, ...]
    association: str
    honours: tuple[tuple[str, str, str, int, int, str], ...]  # title, category, style, first, every, raw pattern
    std_prefix: str
    devices: tuple[str, ...]


INDUSTRIES = (
    Industry(
        "煤业",
        (("矿", "矿"), ("煤矿", "矿")),
        (
            ("综采一队", "队"),
            ("综采二队", "队"),
            ("掘进一队", "队"),
            ("掘进二队", "队"),
            ("机电运转队", "队"),
            ("通风队", "队"),
            ("运输队", "队"),
            ("开拓队", "队"),
            ("安装队", "队"),
            ("洗选车间", "车间"),
        ),
        ("队长", "副队长", "班长", "电工", "机电技术员", "综采维修工", "首席技师", "通风工程师"),
        "中国煤炭工业协会",
        (
            ("全国煤炭行业技能大师", "技能大师", "批", 2008, 2, "全国第{n}批煤炭行业技能大师"),
            ("全国煤炭工业劳动模范", "劳动模范", "year", 1997, 4, "{y}年全国煤炭工业劳动模范"),
        ),
        "MT/T",
        (
            "液压支架",
            "刮板输送机",
            "采煤机",
            "瓦斯抽采管路",
            "皮带输送机",
            "馈电开关",
            "乳化液泵站",
            "局部通风机",
            "矿用自清洗过滤器",
            "防爆变频器",
        ),
    ),
    Industry(
        "电力",
        (("供电公司", "公司"), ("发电厂", "厂")),
        (
            ("变电运维班", "班"),
            ("输电运检班", "班"),
            ("配电运维班", "班"),
            ("继电保护班", "班"),
            ("检修车间", "车间"),
            ("运行车间", "车间"),
            ("带电作业班", "班"),
        ),
        ("班长", "副班长", "技术员", "运维专责", "首席技师", "车间主任", "检修工"),
        "中国电力企业联合会",
        (("全国电力行业技术能手", "技术能手", "届", 2004, 2, "第{n}届全国电力行业技术能手"),),
        "DL/T",
        ("变压器", "断路器", "绝缘子", "输电线路", "继电保护装置", "开关柜", "带电作业工具", "汽轮机", "锅炉给水泵"),
    ),
    Industry(
        "机械",
        (("机械厂", "厂"), ("重工公司", "公司")),
        (
            ("装配车间", "车间"),
            ("机加工车间", "车间"),
            ("铸造车间", "车间"),
            ("热处理车间", "车间"),
            ("焊接班组", "班组"),
            ("数控班组", "班组"),
        ),
        ("班组长", "车间主任", "数控车工", "钳工", "焊工", "首席技师", "工艺员"),
        "中国机械工业联合会",
        (
            ("全国机械工业劳动模范", "劳动模范", "year", 1998, 5, "{y}年全国机械工业劳动模范"),
            ("机械工业技术能手", "技术能手", "届", 2006, 2, "第{n}届机械工业技术能手"),
        ),
        "JB/T",
        ("数控车床", "齿轮箱", "液压缸", "焊接机器人", "夹具", "减速机", "轴承座", "铸件"),
    ),
    Industry(
        "化工",
        (("化工厂", "厂"), ("化肥厂", "厂")),
        (
            ("合成车间", "车间"),
            ("精馏车间", "车间"),
            ("仪表班组", "班组"),
            ("维修车间", "车间"),
            ("分析班组", "班组"),
            ("空分车间", "车间"),
        ),
        ("班长", "主操", "仪表工", "化验员", "车间主任", "首席技师", "安全员"),
        "中国石油和化学工业联合会",
        (("全国石油和化学工业劳动模范", "劳动模范", "year", 1999, 5, "{y}年全国石油和化学工业劳动模范"),),
        "HG/T",
        ("反应釜", "换热器", "精馏塔", "压缩机", "离心泵", "合成氨装置", "尿素造粒塔"),
    ),
    Industry(
        "建工",
        (("建设公司", "公司"), ("路桥公司", "公司")),
        (("钢筋班组", "班组"), ("测量队", "队"), ("机械化施工队", "队"), ("安装队", "队"), ("预制构件车间", "车间")),
        ("项目经理", "施工员", "测量员", "钢筋工", "架子工", "班组长", "技术负责人"),
        "中国建筑业协会",
        (("全国建设行业技术能手", "技术能手", "届", 2005, 3, "第{n}届全国建设行业技术能手"),),
        "JGJ/T",
        ("脚手架", "模板支撑", "塔吊", "盾构机", "钢筋笼", "混凝土泵车", "装配式墙板"),
    ),
    Industry(
        "交通",
        (("公交公司", "公司"), ("运输公司", "公司")),
        (("第一车队", "队"), ("第二车队", "队"), ("维修车间", "车间"), ("调度班组", "班组"), ("客运车队", "队")),
        ("驾驶员", "车队长", "修理工", "调度员", "安全员", "首席技师"),
        "中国交通运输协会",
        (("全国交通技术能手", "技术能手", "届", 2006, 2, "第{n}届全国交通技术能手"),),
        "JT/T",
        ("公交车", "新能源客车", "车载终端", "制动系统", "电池包", "轮胎"),
    ),
)

BRANDS = (
    "恒达",
    "宏源",
    "鑫盛",
    "华泰",
    "中联",
    "金桥",
    "天宇",
    "东方",
    "永安",
    "新兴",
    "瑞丰",
    "盛达",
    "安泰",
    "福源",
    "光明",
    "长城",
    "泰山",
    "黄河",
    "长江",
    "昆仑",
    "神州",
    "华夏",
    "中原",
    "齐鲁",
    "秦川",
    "楚天",
    "江淮",
    "苏南",
    "豫龙",
    "晋阳",
    "嘉禾",
    "鸿运",
    "锦华",
    "腾飞",
    "远航",
    "凯达",
)
PLACES = (
    "九里山",
    "古汉山",
    "赵固",
    "演马",
    "中马村",
    "白庄",
    "红旗",
    "东风",
    "胜利",
    "新河",
    "北山",
    "南湖",
    "白沙",
    "青龙",
    "金岭",
    "石门",
    "柳林",
    "杨庄",
    "李楼",
    "大峪",
    "龙山",
    "凤凰",
    "桃园",
    "三里桥",
    "西坡",
    "王家岭",
    "张村",
    "马头",
    "新安",
    "八一",
    "曙光",
    "前进",
    "永红",
    "长青",
    "望京",
    "平安",
    "东山",
    "西湖",
    "北岭",
    "南岗",
    "河口",
    "沙河",
    "清水",
    "双桥",
    "五里堡",
    "高庄",
)
BEAUTIFUL = (
    "最美货车司机",
    "最美快递员",
    "最美外卖送餐员",
    "最美家政服务员",
    "最美环卫工人",
    "最美职工",
    "最美劳动者",
    "最美公交司机",
)


# --- small helpers ------------------------------------------------------------------
_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 16 → 十六, 23 → 二十三 (editions run below 100)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def edition_word(n: int, style: str) -> str:
    """The edition phrase as written: 首届, 第三届, 首批, 第六批."""
    return ("首" if n == 1 else f"第{cn_number(n)}") + ("届" if style == "届" else "批")


def patent_number(year: int, kind_digit: int, serial: int) -> str:
    """A Chinese patent number with its check digit: ZL 2019 2 1234567.8."""
    digits = f"{year}{kind_digit}{serial:07d}"
    check = sum(int(d) * w for d, w in zip(digits, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True)) % 11
    return f"ZL{digits}.{'X' if check == 10 else check}"


@cache
def _search(*names: str) -> str:
    # names repeat a lot (张伟 …): pinyin is the costly part of generation
    return search_text(names)


def _weighted(rng: random.Random, items: tuple[tuple[str, int], ...]) -> Callable[[], str]:
    values = [v for v, _ in items]
    cum, total = [], 0
    for _, w in items:
        total += w
        cum.append(total)
    return lambda: rng.choices(values, cum_weights=cum)[0]


# --- the honour catalogue -------------------------------------------------------------
@dataclass
class Series:
    """An honour series with its cadence: which years it was conferred and how editions are named."""

    title: str
    level: str
    category: str
    bodies: tuple[str, ...]
    years: tuple[int, ...]
    style: str = "year"  # year: 2021年度…; 届 / 批: 第N届…; none: undated
    raw: str = ""  # pattern with {y} / {n} / {e}; default by style
    hid: str = ""

    def __post_init__(self) -> None:
        self.hid = ids.honor_id(self.title)

    def edition_of(self, year: int) -> str | None:
        if self.style not in ("届", "批"):
            return None
        return edition_word(self.years.index(year) + 1, self.style)

    def raw_of(self, year: int | None, rng: random.Random) -> str:
        if year is None:
            return self.title
        edition = self.edition_of(year)
        n = self.years.index(year) + 1
        if self.raw:
            return self.raw.format(y=year, n=cn_number(n), e=edition or "")
        if edition:
            return f"{edition}{self.title}"
        return f"{year}{rng.choice(('年', '年度'))}{self.title}"


def _every(first: int, step: int, *, skip: tuple[int, ...] = ()) -> tuple[int, ...]:
    return tuple(y for y in range(first, LAST_YEAR + 1, step) if y not in skip)


NATIONAL_MODEL_YEARS = (1995, 2000, 2005, 2010, 2015, 2020)


# --- the generator ------------------------------------------------------------------
@dataclass
class _Unit:
    oid: str
    name: str
    kind: str
    group: _Group
    teams: list[_Unit] = field(default_factory=list)
    parent: _Unit | None = None


@dataclass
class _Group:
    oid: str
    name: str
    industry: Industry
    city: City
    province: Province
    doc: str
    units: list[_Unit] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)


class _Doc:
    """A newspaper page being written: evidence sentences get running offsets."""

    def __init__(self, gen: _Generator, city: City, index: int, capacity: int) -> None:
        self.gen, self.city, self.capacity = gen, city, capacity
        sha = hashlib.sha256(f"laomo-synthetic:{gen.seed}:{index}".encode()).hexdigest()
        self.id = ids.document_id(sha)
        self.sha, self.index, self.offset, self.people, self.latest = sha, index, 0, 0, 2010
        self.mentioned: set[str] = set()

    def evidence(self, sentence: str) -> dict[str, Any]:
        start = self.offset
        self.offset += len(sentence)
        return {
            "sentence": sentence,
            "span_start": start,
            "span_end": self.offset,
            "confidence": round(self.gen.rng.uniform(0.82, 1.0), 2),
        }

    def mention(self, oid: str, ev: dict[str, Any]) -> None:
        """An organisation named on this page is evidenced by it, once per page (as the loader does)."""
        if oid not in self.mentioned:
            self.mentioned.add(oid)
            self.gen.rows.add_rel("EVIDENCED_BY", oid, self.id, "Organization", "Document", **ev)

    def close(self) -> None:
        rng = self.gen.rng
        year = min(LAST_YEAR, self.latest + rng.randint(0, 2))
        month = rng.randint(1, 12)
        self.gen.rows.add_node(
            "Document",
            {
                "id": self.id,
                "title": f"{self.city.short}工人报 {year}年{month}月 第{rng.randint(1, 8)}版",
                "publisher": f"{self.city.name}总工会",
                "date": f"{year}-{month:02d}",
                "source": f"synthetic/{self.gen.seed}/{self.index:06d}.txt",
                "sha256": self.sha,
                "kind": "报纸版面",
            },
        )


class _Generator:
    def __init__(self, people: int, seed: int) -> None:
        self.n, self.seed = people, seed
        self.rng = random.Random(seed)
        self.rows = GraphRows()
        self.surname = _weighted(self.rng, SURNAMES)
        self.ethnicity = _weighted(self.rng, ETHNICITIES)
        self.taken: set[tuple[str, str]] = set()
        self.bodies: dict[str, str] = {}
        self.docs: dict[str, _Doc] = {}
        self.doc_count = 0
        self.patent_serial = 0
        self.standards: dict[str, list[tuple[str, str, str]]] = {}
        self.dir_offset: dict[str, int] = {}
        self.team_people: dict[str, list[str]] = {}
        self.group_by_name: dict[str, _Group] = {}
        self.emitted: dict[str, set[str]] = {label: set() for label in _REPEATED_LABELS}
        self.held: dict[str, list[dict[str, Any]]] = {}

    # organisations -----------------------------------------------------------
    def body(self, name: str, kind: str) -> str:
        """A conferring body (union, government, association): created on first use."""
        oid = self.bodies.get(name)
        if oid is None:
            oid = self.bodies[name] = ids.org_id(name)
            self.rows.add_node(
                "Organization", {"id": oid, "name": name, "aliases": [], "kind": kind, "search": _search(name)}
            )
        return oid

    @staticmethod
    def body_kind(name: str) -> str:
        for suffix, kind in (
            ("总工会", "工会"),
            ("协会", "协会"),
            ("联合会", "协会"),
            ("人民政府", "政府"),
            ("局", "政府部门"),
            ("厅", "政府部门"),
            ("部", "政府部门"),
            ("总台", "媒体"),
        ):
            if name.endswith(suffix):
                return kind
        return "党政机关"

    def org(self, name: str, kind: str, parent: _Unit | _Group | None, doc: str, aliases: list[str]) -> str:
        # the loader's rule: generic units (机电运转队 exists at many mines) are keyed under their parent
        qualified = f"{parent.name}/{name}" if parent is not None and kind in kinds_in("generic_unit") else name
        oid = ids.org_id(qualified)
        self.rows.add_node(
            "Organization",
            {"id": oid, "name": name, "aliases": aliases, "kind": kind, "search": _search(name, *aliases)},
        )
        sentence = (
            f"{name}隶属于{parent.name}。"
            if parent is not None
            else f"{name}是{aliases[0]}的简称。"
            if aliases
            else f"{name}。"
        )
        start = self.dir_offset.get(doc, 0)
        self.dir_offset[doc] = start + len(sentence)
        ev = {"sentence": sentence, "span_start": start, "span_end": start + len(sentence), "confidence": 1.0}
        self.rows.add_rel("EVIDENCED_BY", oid, doc, "Organization", "Document", **ev)
        if parent is not None:
            self.rows.add_rel("PART_OF", oid, parent.oid, "Organization", "Organization", doc=doc, **ev)
        return oid

    def forest(self) -> list[_Group]:
        """Groups per city scaled to the people wanted: about 20–40 people per team."""
        rng = self.rng
        # provinces take turns, so even a small graph spans several of them
        depth = max(len(p.cities) for p in PROVINCES)
        cities = [(p, p.cities[i]) for i in range(depth) for p in PROVINCES if i < len(p.cities)]
        n_groups = max(2 * len(PROVINCES), self.n // 800)
        groups: list[_Group] = []
        used_names: set[str] = set()
        brands = [(b, ind) for b in BRANDS for ind in INDUSTRIES]
        rng.shuffle(brands)
        for g in range(n_groups):
            province, city = cities[g % len(cities)]
            brand, industry = brands[g % len(brands)]
            name = f"{brand}{industry.name}集团"
            if name in used_names:
                name = f"{city.short}{name}"
            used_names.add(name)
            full = f"{city.short}{brand}{industry.name}集团有限公司"
            doc = self.directory(name, full)
            oid = self.org(name, "集团", None, doc, [full])
            group = _Group(oid, name, industry, city, province, doc)
            for _ in range(rng.randint(3, 7)):
                suffix, kind = rng.choice(industry.units)
                place = rng.choice(PLACES)
                uname = next(
                    n
                    for n in (
                        f"{place}{suffix}",
                        f"{city.short}{place}{suffix}",
                        f"{brand}{place}{suffix}",
                        *(f"{brand}{place}{cn_number(k)}{suffix}" for k in range(2, 99)),
                    )
                    if n not in used_names
                )
                used_names.add(uname)
                unit = _Unit(self.org(uname, kind, group, doc, []), uname, kind, group)
                for tname, tkind in rng.sample(industry.teams, rng.randint(3, len(industry.teams))):
                    team = _Unit(self.org(tname, tkind, unit, doc, []), tname, tkind, group, parent=unit)
                    unit.teams.append(team)
                group.units.append(unit)
            group.series = self.enterprise_series(group)
            groups.append(group)
        return groups

    def directory(self, name: str, full: str) -> str:
        """The organisation directory of one group: the source of its hierarchy."""
        sha = hashlib.sha256(f"laomo-synthetic-dir:{self.seed}:{name}".encode()).hexdigest()
        did = ids.document_id(sha)
        self.rows.add_node(
            "Document",
            {
                "id": did,
                "title": f"{full}组织机构名录",
                "publisher": full,
                "date": "2024",
                "source": f"synthetic/{self.seed}/dir-{sha[:8]}.txt",
                "sha256": sha,
                "kind": "名录",
            },
        )
        return did

    # honours -----------------------------------------------------------------
    def national_series(self) -> dict[str, Series]:
        s = {
            "model": Series(
                "全国劳动模范",
                "国家",
                "劳动模范",
                ("中共中央", "国务院"),
                NATIONAL_MODEL_YEARS,
                raw="{y}年全国劳动模范",
            ),
            "may1": Series(
                "全国五一劳动奖章",
                "国家",
                "五一劳动奖章",
                ("中华全国总工会",),
                _every(FIRST_YEAR, 1, skip=NATIONAL_MODEL_YEARS),
            ),
            "expert": Series("全国技术能手", "国家", "技术能手", ("人力资源和社会保障部",), _every(1995, 2), "届"),
            "grand": Series("中华技能大奖", "国家", "技能大师", ("人力资源和社会保障部",), _every(1995, 2), "届"),
            "craft": Series(
                "大国工匠年度人物",
                "国家",
                "工匠",
                ("中华全国总工会", "中央广播电视总台"),
                _every(2018, 1),
                raw="{y}年大国工匠年度人物",
            ),
            "woman": Series(
                "全国五一巾帼奖章",
                "国家",
                "巾帼",
                ("中华全国总工会",),
                _every(FIRST_YEAR, 1, skip=NATIONAL_MODEL_YEARS),
            ),
        }
        return s

    def province_series(self, p: Province) -> list[Series]:
        craft_bodies = p.craft_bodies or (f"{p.name}总工会", f"{p.name}人力资源和社会保障厅")
        return [
            Series(
                f"{p.name}劳动模范",
                "省",
                "劳动模范",
                (f"{p.name}人民政府",),
                _every(p.model_year - 20, 5),
                raw="{y}年" + p.name + "劳动模范",
            ),
            Series(f"{p.name}五一劳动奖章", "省", "五一劳动奖章", (f"{p.name}总工会",), _every(FIRST_YEAR, 1)),
            Series(
                p.craft,
                "省",
                "工匠",
                craft_bodies,
                _every(p.craft_first, 1),
                p.craft_style if p.craft_style != "年度" else "year",
            ),
        ]

    def city_series(self, c: City) -> list[Series]:
        first = 2014 + sum(map(ord, c.name)) % 5
        return [
            Series(
                c.craft or f"{c.short}工匠",
                "市",
                "工匠",
                (f"{c.name}总工会", f"{c.name}人力资源和社会保障局"),
                _every(first, 1 + sum(map(ord, c.short)) % 2),
                "届",
            ),
            Series(
                f"{c.name}劳动模范",
                "市",
                "劳动模范",
                (f"{c.name}人民政府",),
                _every(1996, 5),
                raw="{y}年" + c.name + "劳动模范",
            ),
            Series(f"{c.name}五一劳动奖章", "市", "五一劳动奖章", (f"{c.name}总工会",), _every(FIRST_YEAR, 1)),
        ]

    def enterprise_series(self, g: _Group) -> list[Series]:
        first = 2008 + self.rng.randint(0, 8)
        return [
            Series(f"{g.name}大工匠", "企业", "工匠", (g.name,), _every(first, 1), "届"),
            Series(f"{g.name}劳动模范", "企业", "劳动模范", (g.name,), _every(2000, 1)),
            Series(f"{g.name}先进工作者", "企业", "先进工作者", (g.name,), _every(2000, 1)),
            Series(f"{g.name}创新标兵", "企业", "创新", (g.name,), _every(2010, 1)),
            Series(f"{g.name}优秀员工", "企业", "优秀员工", (g.name,), _every(2000, 1)),
            Series(f"{g.name}青年岗位能手", "企业", "青年", (g.name,), _every(2005, 1)),
        ]

    def industry_series(self, ind: Industry) -> list[Series]:
        out = []
        for title, category, style, first, every, raw in ind.honours:
            out.append(
                Series(
                    title,
                    "行业",
                    category,
                    (ind.association,),
                    _every(first, every),
                    style if style in ("届", "批") else "year",
                    raw,
                )
            )
        return out

    def add_series(self, s: Series) -> None:
        self.rows.add_node(
            "Honor",
            {
                "id": s.hid,
                "name": s.title,
                "level": s.level,
                "category": s.category,
                "search": _search(s.title),
                **rank_props(s.title, s.level, s.category, s.bodies),
            },
        )

    # people ------------------------------------------------------------------
    def name(self, female: bool) -> str:
        rng = self.rng
        surname = self.surname()
        if rng.random() < 0.5:
            pool = GIVEN_FEMALE if female else GIVEN_MALE
            # Zipf-like: the first names of the pool (伟, 芳 …) dominate
            given = pool[min(int(rng.paretovariate(1.1)) - 1, len(pool) - 1)]
        else:
            chars = GIVEN_CHARS_FEMALE if female else GIVEN_CHARS_MALE
            given = rng.choice(chars) + rng.choice(chars) if rng.random() < 0.8 else rng.choice(chars)
        return surname + given

    def doc_for(self, city: City) -> _Doc:
        doc = self.docs.get(city.name)
        if doc is None or doc.people >= doc.capacity:
            if doc is not None:
                doc.close()
            doc = _Doc(self, city, self.doc_count, capacity=self.rng.randint(1, 8))
            self.doc_count += 1
            self.docs[city.name] = doc
        doc.people += 1
        return doc

    def person(
        self,
        groups: list[_Group],
        national: dict[str, Series],
        provincial: dict[str, list[Series]],
        city_series: dict[str, list[Series]],
        beautiful: list[Series],
        industry_series: dict[str, list[Series]],
    ) -> None:
        rng, rows = self.rng, self.rows
        group = (
            groups[min(int(rng.paretovariate(0.7)) - 1, len(groups) - 1)] if rng.random() < 0.3 else rng.choice(groups)
        )
        unit = rng.choice(group.units)
        team = rng.choice(unit.teams)
        employer = team if rng.random() < 0.7 else unit
        female = rng.random() < 0.28
        for _ in range(50):
            name = self.name(female)
            if (name, employer.oid) not in self.taken:
                break
        else:  # a crowded team: this person is listed at the unit instead
            employer = unit
            name = self.name(female)
            while (name, employer.oid) in self.taken:
                name = self.name(female)
        self.taken.add((name, employer.oid))
        doc = self.doc_for(group.city)
        pid = ids.person_id(name, employer.oid, doc.id)
        born = rng.randint(1958, 1996)
        start = born + rng.randint(18, 24)
        post = rng.choice(group.industry.posts)
        intro = doc.evidence(f"——记{employer.name}{post}{name}。")
        rows.add_node(
            "Person",
            {
                "id": pid,
                "name": name,
                "aliases": [],
                "gender": "女" if female else "男",
                "born": f"{born}-{rng.randint(1, 12):02d}" if rng.random() < 0.6 else str(born),
                "native_place": f"{group.province.name}{rng.choice(group.city.counties)}"
                if rng.random() < 0.4
                else None,
                "ethnicity": self.ethnicity() if rng.random() < 0.5 else None,
                "summary": f"{group.name}{employer.name}{post}，{start}年参加工作。",
                "search": _search(name),
            },
        )
        rows.add_rel("EVIDENCED_BY", pid, doc.id, "Person", "Document", **intro)
        rows.add_rel("WORKS_AT", pid, employer.oid, "Person", "Organization", doc=doc.id, **intro)
        doc.mention(employer.oid, intro)
        self.positions(pid, name, post, employer, unit, start, doc)

        # The honour ladder: almost everyone has enterprise titles, fewer climb higher.
        chosen: list[Series] = []
        chosen += rng.sample(group.series, rng.choice((1, 1, 2, 2, 3)))
        r = rng.random()
        if r < 0.55:
            chosen += rng.sample(city_series[group.city.name], rng.choice((1, 1, 2)))
        if r < 0.22:
            chosen += rng.sample(provincial[group.province.name], 1)
        if r < 0.06:
            chosen.append(
                national["may1"]
                if rng.random() < 0.6
                else national["woman"]
                if female
                else rng.choice((national["model"], national["expert"], national["grand"]))
            )
        if r < 0.004:
            chosen.append(national["craft"])
        if rng.random() < 0.10:
            chosen.append(rng.choice(industry_series[group.industry.name]))
        if rng.random() < 0.04:
            chosen.append(rng.choice(beautiful))
        latest = start
        for s in chosen:
            latest = max(latest, self.award(pid, name, s, start, group, doc) or 0)
        if rng.random() < 0.01:  # an undated list of company titles, as profiles often write them
            self.undated_titles(pid, name, unit, group, doc)
        doc.latest = max(doc.latest, latest)
        self.works(pid, name, group, team, unit, start, doc)

    def positions(self, pid: str, name: str, post: str, employer: _Unit, unit: _Unit, start: int, doc: _Doc) -> None:
        rng = self.rng
        posts = [(post, employer, start + rng.randint(3, 15) if rng.random() < 0.7 else None)]
        if rng.random() < 0.35:
            posts.append(("劳模创新工作室领衔人", unit, rng.randint(min(max(start + 5, 2010), LAST_YEAR), LAST_YEAR)))
        for title, org, year in posts:
            year = min(year, LAST_YEAR) if year else None
            pos_id = ids.position_id(pid, title, org.oid, year)
            ev = doc.evidence(f"{year}年起任{org.name}{title}。" if year else f"{name}现任{org.name}{title}。")
            self.rows.add_node("Position", {"id": pos_id, "title": title, "start_year": year, "end_year": None})
            self.rows.add_rel("HELD", pid, pos_id, "Person", "Position")
            self.rows.add_rel("AT", pos_id, org.oid, "Position", "Organization")
            self.rows.add_rel("EVIDENCED_BY", pos_id, doc.id, "Position", "Document", **ev)
            doc.mention(org.oid, ev)

    def award(self, pid: str, name: str, s: Series, start: int, group: _Group, doc: _Doc) -> int | None:
        rng = self.rng
        years = [y for y in s.years if y >= start + 3]
        if not years:
            return None
        year: int | None = rng.choice(years)
        if s.level == "企业" and rng.random() < 0.15:
            year = None  # enterprise titles are often named without a year
        edition = s.edition_of(year) if year else None
        aid = ids.award_id(pid, s.hid, year, edition)
        if aid in self.rows.nodes["Award"]:
            return None
        raw = s.raw_of(year, rng)
        # a 最美 title comes from the union of the person's county
        bodies = s.bodies or (f"{rng.choice(group.city.counties)}总工会",)
        if rng.random() < 0.25:
            bodies = ()  # the profile does not say who conferred it
        by = f"被{'、'.join(bodies)}授予" if bodies else "获得"
        sentence = f"{year}年，{name}{by}“{raw}”称号。" if year else f"{name}先后荣获{raw}等称号。"
        ev = doc.evidence(sentence)
        self.rows.add_node("Award", {"id": aid, "year": year, "edition": edition, "raw": raw})
        self.rows.add_rel("RECEIVED", pid, aid, "Person", "Award")
        self.rows.add_rel("OF_HONOR", aid, s.hid, "Award", "Honor")
        for body in bodies:
            oid = self.bodies.get(body) or self._named_org(body)
            self.rows.add_rel("CONFERRED_BY", aid, oid, "Award", "Organization", doc=doc.id, **ev)
            doc.mention(oid, ev)
        self.rows.add_rel("EVIDENCED_BY", aid, doc.id, "Award", "Document", **ev)
        return year

    def _named_org(self, name: str) -> str:
        group = self.group_by_name.get(name)
        return group.oid if group else self.body(name, self.body_kind(name))

    def undated_titles(self, pid: str, name: str, unit: _Unit, group: _Group, doc: _Doc) -> None:
        """ "先后荣获九里山矿、焦煤集团‘优秀员工’‘先进工作者’等称号": generic series, undated."""
        titles = self.rng.sample(
            (("优秀员工", "优秀员工"), ("先进工作者", "先进工作者"), ("创新标兵", "创新"), ("劳动模范", "劳动模范")), 2
        )
        ev = doc.evidence(
            f"{name}先后荣获{unit.name}、{group.name}" + "".join(f"“{t}”" for t, _ in titles) + "等称号。"
        )
        for title, category in titles:
            hid = ids.honor_id(title)
            self.rows.add_node(
                "Honor",
                {
                    "id": hid,
                    "name": title,
                    "level": "企业",
                    "category": category,
                    "search": _search(title),
                    **rank_props(title, "企业", category, (unit.name, group.name)),
                },
            )
            aid = ids.award_id(pid, hid, None, None)
            self.rows.add_node("Award", {"id": aid, "year": None, "edition": None, "raw": title})
            self.rows.add_rel("RECEIVED", pid, aid, "Person", "Award")
            self.rows.add_rel("OF_HONOR", aid, hid, "Award", "Honor")
            for org in (unit, group):
                self.rows.add_rel("CONFERRED_BY", aid, org.oid, "Award", "Organization", doc=doc.id, **ev)
                doc.mention(org.oid, ev)
            self.rows.add_rel("EVIDENCED_BY", aid, doc.id, "Award", "Document", **ev)

    def works(self, pid: str, name: str, group: _Group, team: _Unit, unit: _Unit, start: int, doc: _Doc) -> None:
        rng, rows, ind = self.rng, self.rows, group.industry
        if rng.random() < 0.3:
            named = rng.choice((1, 1, 2, 3, 5))
            for _ in range(named):
                device = rng.choice(ind.devices)
                kind = "发明" if rng.random() < 0.3 else "实用新型"
                year = rng.randint(min(max(start + 2, 2004), LAST_YEAR), LAST_YEAR)
                self.patent_serial += 1
                number = patent_number(year, 1 if kind == "发明" else 2, (self.patent_serial * 7919) % 10_000_000)
                title = (
                    f"一种{rng.choice(('矿用', '新型', '自动', '便携式', '智能', '防爆', '组合式'))}{device}"
                    f"{rng.choice(('清洗装置', '检测装置', '保护装置', '固定装置', '控制系统', '维修平台'))}"
                )
                pat_id = ids.patent_id(title, number, pid)
                rows.add_node("Patent", {"id": pat_id, "title": title, "kind": kind, "number": number})
                ev = doc.evidence(f"{name}发明的《{title}》获得国家{kind}专利（{number}）。")
                # co-inventors: a patent often names colleagues of the same team
                colleagues = self.team_people.get(team.oid, [])
                inventors = [pid, *rng.sample(colleagues, min(len(colleagues), rng.choice((0, 0, 1, 2))))]
                for inventor in inventors:
                    rows.add_rel("INVENTED", inventor, pat_id, "Person", "Patent", doc=doc.id, **ev)
                rows.add_rel("EVIDENCED_BY", pat_id, doc.id, "Patent", "Document", **ev)
            if rng.random() < 0.5:
                count = named + rng.randint(2, 30)  # profiles report more patents than they name
                rows.add_rel(
                    "REPORTED_PATENTS",
                    pid,
                    doc.id,
                    "Person",
                    "Document",
                    count=count,
                    kind="全部",
                    **doc.evidence(f"{name}累计获得国家专利{count}项。"),
                )
        self.team_people.setdefault(team.oid, []).append(pid)
        if rng.random() < 0.05:
            pool = self.standards.setdefault(ind.name, [])
            if len(pool) < 40 and (not pool or rng.random() < 0.3):
                year = rng.randint(2008, LAST_YEAR)
                code = f"{ind.std_prefix} {rng.randint(1000, 1999)}-{year}"
                kind_of_rule = rng.choice(("安装与验收规范", "检修规程", "技术条件", "安全操作规程", "检测方法"))
                title = f"{rng.choice(ind.devices)}{kind_of_rule}"
                pool.append((ids.standard_id(title, code), title, code))
            std_id, title, code = rng.choice(pool)
            rows.add_node("Standard", {"id": std_id, "title": title, "code": code, "kind": "行业"})
            role = rng.choice(("主要起草人", "参与起草"))
            ev = doc.evidence(f"{name}作为{role}参与制定了{code}《{title}》。")
            rows.add_rel("DRAFTED", pid, std_id, "Person", "Standard", doc=doc.id, role=role, **ev)
            rows.add_rel("EVIDENCED_BY", std_id, doc.id, "Standard", "Document", **ev)
        if rng.random() < 0.25:
            title = (
                f"{rng.choice(ind.devices)}{rng.choice(('技术改造', '智能化升级', '节能降耗攻关', '安全隐患治理'))}项目"
            )
            prj_id = ids.project_id(title, pid)
            year = rng.randint(min(max(start + 2, 2005), LAST_YEAR), LAST_YEAR)
            role = rng.choice(("主持", "参与"))
            ev = doc.evidence(f"{year}年，{name}{role}{title}。")
            rows.add_node("Project", {"id": prj_id, "title": title})
            rows.add_rel("WORKED_ON", pid, prj_id, "Person", "Project", doc=doc.id, role=role, year=year, **ev)
            rows.add_rel("EVIDENCED_BY", prj_id, doc.id, "Project", "Document", **ev)

    def chunks(self, chunk_people: int | None) -> Iterator[GraphRows]:
        """The graph in pieces of ``chunk_people`` people (``None``: one piece, the whole graph).

        Drawing the random numbers does not depend on the pieces, so the pieces together are
        the graph ``run()`` returns.  Each node is in exactly one piece, and every relationship
        comes in the piece of its later endpoint or after it: a relationship to a newspaper page
        still being written waits until the page (its ``Document`` node) is complete.
        """
        groups = self.forest()
        self.group_by_name = {g.name: g for g in groups}
        national = self.national_series()
        provincial = {p.name: self.province_series(p) for p in PROVINCES}
        cities = {c.name: self.city_series(c) for p in PROVINCES for c in p.cities}
        industries = {i.name: self.industry_series(i) for i in INDUSTRIES}
        beautiful = [Series(t, "县", "最美", (), _every(2015, 1)) for t in BEAUTIFUL]
        for s in [
            *national.values(),
            *(x for v in provincial.values() for x in v),
            *(x for v in cities.values() for x in v),
            *(x for v in industries.values() for x in v),
            *beautiful,
            *(x for g in groups for x in g.series),
        ]:
            self.add_series(s)
        for i in range(self.n):
            self.person(groups, national, provincial, cities, beautiful, industries)
            if chunk_people and (i + 1) % chunk_people == 0 and i + 1 < self.n:
                yield self._flush(final=False)
        for doc in self.docs.values():
            doc.close()
        yield self._flush(final=True)

    def _flush(self, *, final: bool) -> GraphRows:
        """Hand over the rows made since the last piece; keep back what must wait (see ``chunks``)."""
        rows, self.rows = self.rows, GraphRows()
        rows.nodes = dict(rows.nodes)
        rows.rels = dict(rows.rels)
        # Honours (the generic undated titles) and standards are met again by later people:
        # a later piece does not repeat them.
        for label in _REPEATED_LABELS:
            table = rows.nodes.get(label)
            if table:
                if self.emitted[label]:
                    rows.nodes[label] = table = {k: v for k, v in table.items() if k not in self.emitted[label]}
                self.emitted[label].update(table)
        open_docs = set() if final else {doc.id for doc in self.docs.values()}
        for rel_type in _TO_DOCUMENT:
            # a page may stay open over several pieces: what was held is held again while it is
            waiting = self.held.pop(rel_type, []) + rows.rels.get(rel_type, [])
            if open_docs:
                later = [r for r in waiting if r["dst"] in open_docs]
                if later:
                    self.held[rel_type] = later
                    waiting = [r for r in waiting if r["dst"] not in open_docs]
            if waiting:
                rows.rels[rel_type] = waiting
            else:
                rows.rels.pop(rel_type, None)
        return rows

    def run(self) -> GraphRows:
        (rows,) = self.chunks(None)
        return rows


# Node labels a later person can add again (a standard drafted by several people, the generic
# enterprise titles) and relationship types that point at a Document: see ``_Generator.chunks``.
_REPEATED_LABELS = ("Honor", "Standard")
_TO_DOCUMENT = ("EVIDENCED_BY", "REPORTED_PATENTS")


def generate(people: int, seed: int = 7) -> GraphRows:
    """``people`` synthetic people with their organisations, honours and works, as graph rows.

    Deterministic: the same ``people`` and ``seed`` give the same rows (the same
    keys, properties and evidence).  About 6.5 nodes and 23 relationships per person.

    >>> rows = generate(50, seed=1)
    >>> sorted(rows.nodes)[:3]
    ['Award', 'Document', 'Honor']
    """
    if people < 0:
        raise ValueError("people must be >= 0")
    return _Generator(people, seed).run()


def generate_chunks(people: int, seed: int = 7, chunk_people: int = 10_000) -> Iterator[GraphRows]:
    """The graph ``generate(people, seed)`` makes, streamed in pieces of ``chunk_people`` people.

    Memory is the rows of one piece (about 24 KB a person as Python objects) plus a little
    per person generated so far (the names taken at each employer, each team's members for
    co-inventors), so any size can be generated (``laomo bench stream-memory`` measures it).
    Together the pieces hold exactly the nodes and relationships of ``generate``; each node
    is in one piece, and a relationship never comes before both its endpoints have::

        >>> pieces = list(generate_chunks(200, seed=7, chunk_people=64))
        >>> [len(p.nodes.get("Person", {})) for p in pieces]
        [64, 64, 64, 8]
        >>> whole = generate(200, seed=7)
        >>> {k: v for p in pieces for k, v in p.nodes["Award"].items()} == whole.nodes["Award"]
        True
    """
    if people < 0:
        raise ValueError("people must be >= 0")
    if chunk_people < 1:
        raise ValueError("chunk_people must be >= 1")
    return _Generator(people, seed).chunks(chunk_people)
