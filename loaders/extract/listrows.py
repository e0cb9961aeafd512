"""One line of an award list → (name, unit, post, marks), whatever its layout.

A list line is cut into cells at every separator a list uses (full-width spaces, runs of
blanks, tabs, ｜ or |, ：, ，, —, a single blank between Chinese words) and into
``姓名（说明）``.  Each cell is then read for its kind: a person's name (2–4 characters
starting with a known surname, not an organisation or a post), a unit (kind suffix or a
known body), a post, a unit+post, a gender or ethnicity mark, a serial number.  A header
row (姓名　单位　职务, in any order) fixes the kinds of the columns below it; without one
the kinds are inferred cell by cell.  The same person thus comes out of a table, a
markdown table, a one-liner (``姓名（单位职务）``, ``单位职务 姓名``, ``▲姓名：单位…``,
``1. 姓名，单位…``, ``🏅 姓名｜单位 职务``, ``姓名 — 单位``) alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.lexicon import lexicon
from loaders.extract.posts import parse_post
from loaders.orgs import employer_of, is_org_name, org_kind

HEADER_KINDS = {
    "姓名": "name",
    "名字": "name",
    "人员": "name",
    "获奖者": "name",
    "获得者": "name",
    "职工姓名": "name",
    "单位": "unit",
    "工作单位": "unit",
    "所在单位": "unit",
    "推荐单位": "skip",
    "单位名称": "unit",
    "单位及职务": "unitpost",
    "工作单位及职务": "unitpost",
    "单位职务": "unitpost",
    "单位及职务职称": "unitpost",
    "单位及岗位": "unitpost",
    "工作单位及岗位": "unitpost",
    "所在单位及职务": "unitpost",
    "职务": "post",
    "岗位": "post",
    "职务/岗位": "post",
    "职务岗位": "post",
    "工种": "post",
    "职称": "post",
    "职务职称": "post",
    "岗位/工种": "post",
    "职业": "post",
    "性别": "gender",
    "民族": "ethnicity",
    "序号": "seq",
    "编号": "seq",
    "排名": "seq",
    "荣誉": "honour",
    "荣誉称号": "honour",
    "称号": "honour",
    "奖项": "honour",
    "获得荣誉": "honour",
    "出生年月": "skip",
    "年龄": "skip",
    "学历": "skip",
    "政治面貌": "skip",
    "备注": "skip",
    "文化程度": "skip",
}
BULLET_RE = re.compile(
    r"^\s*(?:[▲△●○■□◆◇★☆▶►•·※✅✔☑➤→\-*#>]+|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+"
    r"|\d{1,3}\s*[.．、)）]|[（(]\d{1,3}[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．])\s*"
)
CELL_SEP_RE = re.compile(r"\s*(?:[｜|\t：:，,]|——|—|–|－{1,2}|--)\s*|\u3000+|\s{2,}")
MARK_RE = re.compile(r"^(?:[男女]|[\u4e00-\u9fff]{1,5}族)(?:[，,、\s]+(?:[男女]|[\u4e00-\u9fff]{1,5}族))*$")
RULE_RE = re.compile(r"^[\s|｜:：\-—=+]+$")
COLLECTIVE_RE = re.compile(
    r"(?:工人先锋号|班组|[一二三四五六七八九十\d]?班|车间|团队|工作室|小组|队|站|所|科|部|中心|集体|示范岗)$"
)


@dataclass
class ListPerson:
    name: str
    unit: str | None = None  # the unit as written (employer = its body)
    post_org: str | None = None  # the organisation of the post (unit + a department in the post column)
    post: str | None = None
    marks: list[str] | None = None
    honour: str | None = None  # an honour column

    @property
    def employer(self) -> str | None:
        if not self.unit:
            return None
        return employer_of(self.unit) or None


def is_rule(line: str) -> bool:
    """|---|---| and ——— lines between a table's header and its body."""
    return (bool(RULE_RE.match(line)) and "-" in line) or bool(re.fullmatch(r"\s*[-—=]{3,}\s*", line))


def cells_of(line: str) -> list[str]:
    """Cells of a list line, with bullets and serial numbers taken off."""
    s = line.strip().strip("|｜").strip()
    s = BULLET_RE.sub("", s, count=1)
    s = s.rstrip("。；;，,")
    cells = [c.strip() for c in CELL_SEP_RE.split(s) if c and c.strip()]
    out: list[str] = []
    for c in cells:
        # 罗建平（潍坊钢铁集团有限公司电工） / 罗建平（女） / 和晓燕（回族）: a name with its note
        m = re.fullmatch(r"([\u4e00-\u9fff·]{2,6})[（(]([^（）()]+)[）)]", c)
        if m and is_name(m.group(1)):
            out.append(m.group(1))
            out.extend(x for x in re.split(r"[，,、]", m.group(2)) if x)
            continue
        # a single blank between Chinese words separates cells too (罗建平 潍坊…公司 电工)
        out.extend(p for p in c.split(" ") if p)
    return out


def header_kinds(cells: list[str]) -> list[str] | None:
    """The column kinds of a header row, or None when the row is no header."""
    kinds = [HEADER_KINDS.get(re.sub(r"\s+", "", c)) for c in cells]
    if len(cells) >= 2 and all(kinds) and "name" in kinds:
        return kinds  # type: ignore[return-value]
    return None


def is_name(cell: str) -> bool:
    """A person's name: 2–4 characters from a known surname (two-character surnames too), or a
    name with a middle dot; never an organisation, a post or a mark."""
    if "·" in cell:
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}", cell))
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", cell):
        return False
    lex = lexicon()
    sl = lex.is_surname_at(cell, 0)
    if not sl or len(cell) - sl < 1 or (len(cell) == 4 and sl != 2 and not re.search(r"[某]", cell)):
        return False
    if MARK_RE.match(cell) or is_org_name(cell) or org_kind(cell) or cell in HEADER_KINDS:
        return False
    return parse_post(cell, allow_grade=True) is None


def _kind(cell: str) -> str:
    if re.fullmatch(r"\d{1,4}", cell):
        return "seq"
    if MARK_RE.match(cell):
        return "mark"
    if is_name(cell):
        return "name"
    post = parse_post(cell, allow_grade=True)
    if post:
        return "unitpost" if post[0] else "post"
    if is_org_name(cell):
        return "unit"
    return "other"


def parse_list_line(line: str, header: list[str] | None = None) -> ListPerson | None:
    """The person a list line names, with unit, post and marks; None for no person line."""
    cells = cells_of(line)
    if not cells:
        return None
    if header and len(cells) == len(header):
        by = {}
        for kind, cell in zip(header, cells):
            by.setdefault(kind, []).append(cell)
        names = by.get("name")
        if not names or not is_name(re.sub(r"[（(].*", "", names[0])):
            return None
        person = ListPerson(names[0])
        marks = [c for k in ("gender", "ethnicity") for c in by.get(k, []) if MARK_RE.match(c)]
        if by.get("honour"):
            person.honour = by["honour"][0]
        _fill(person, by.get("unit", []) + by.get("unitpost", []), by.get("post", []))
        person.marks = marks
        return person
    if is_collective("".join(c for c in cells if not re.fullmatch(r"\d{1,4}", c))) and not any(
        is_name(c) and not is_collective(c) for c in cells
    ):
        return None  # 郴州某公司　刀具车间 / 某某劳模创新工作室: a collective honouree, no person
    kinds = [_kind(c) for c in cells]
    if kinds.count("name") != 1 or is_collective(cells[kinds.index("name")]):
        return None
    i = kinds.index("name")
    person = ListPerson(cells[i])
    person.marks = [m for c, k in zip(cells, kinds) if k == "mark" for m in re.split(r"[，,、\s]+", c)]
    rest = [(c, k) for c, k in zip(cells, kinds) if k not in ("name", "mark", "seq")]
    if any(k == "other" for _, k in rest):
        # a cell that is neither unit nor post: read the rest as one unit+post phrase
        joined = "".join(c for c, _ in rest)
        post = parse_post(joined, allow_grade=True)
        if post:
            rest = [(joined, "unitpost" if post[0] else "post")]
        elif is_org_name(joined):
            rest = [(joined, "unit")]
        else:
            return None if len(cells) <= 2 and rest else person
    units = [c for c, k in rest if k in ("unit", "unitpost")]
    posts = [c for c, k in rest if k == "post"]
    _fill(person, units, posts)
    return person


def _fill(person: ListPerson, units: list[str], posts: list[str]) -> None:
    unit_text = "".join(units)
    post_text = "".join(posts)
    if unit_text and not post_text:
        post = parse_post(unit_text, allow_grade=True)
        if post and post[0]:
            person.unit, person.post_org, person.post = post[0], post[0], post[1]
            return
        if post:
            person.post = post[1]
            return
        person.unit = unit_text if is_org_name(unit_text) or org_kind(unit_text) else None
        person.post_org = person.unit
        return
    if post_text:
        post = parse_post(post_text, allow_grade=True)
        sub = post[0] if post else None
        person.unit = unit_text or None
        person.post_org = (unit_text + sub if sub else unit_text) or sub
        person.post = post[1] if post else post_text


def is_collective(cell_or_line: str) -> bool:
    """潍坊港务有限公司装卸一队 / 炼钢厂二车间电工班 / 张伟劳模创新工作室: a collective, not a person."""
    s = re.sub(r"\s+", "", cell_or_line)
    return bool(COLLECTIVE_RE.search(s)) and (org_kind(s) is not None or "工作室" in s or "先锋号" in s)
