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
from functools import lru_cache

from loaders.extract.lexicon import lexicon
from loaders.extract.nlp import clear_with
from loaders.extract.posts import parse_post, staff_unit
from loaders.orgs import employer_of, is_org_name, is_place, org_kind

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
    return (bool(RULE_RE.match(line)) and "-" in line) or bool(DASHES_RE.fullmatch(line))


# a note's character, or a bracket inside it (郑磊（百得（苏州）科技有限公司）)
NOTE_BODY = r"(?:[^（）()]|[（(][^（）()]{1,12}[）)])"
# compiled once (a roster page reads these on every cell: ~1,400 calls a page)
NAME_NOTE_RE = re.compile(r"([\u4e00-\u9fff·]{2,6})[（(](" + NOTE_BODY + r"+)[）)]")  # 罗建平（女）
PADDED_GIVEN_RE = re.compile(r"[\u4e00-\u9fff](?:[（(]" + NOTE_BODY + r"{1,40}[）)])?")  # 林　珊（女）: 珊（女）
BRACKET_NOTE_RE = re.compile(r"(.{2,}?)[（(]([^（）()]{1,20})[）)]")  # …公司电工（高级技师）
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
DOT_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}")
SEQ_RE = re.compile(r"\d{1,4}")
NOTE_SEP_RE = re.compile(r"[，,、]")
ITEM_SEP_RE = re.compile(r"[，,、\s]+")
BLANKS_RE = re.compile(r"\s+")
DASHES_RE = re.compile(r"\s*[-—=]{3,}\s*")
NOTE_TAIL_RE = re.compile(r"[（(].*")
PAD_RE = re.compile(r"[ \u3000]")
# （副主任护师） / (工程师): a bracketed note closing a unit+post cell
TRAILING_NOTE_RE = re.compile(r"[（(][^（）()]{1,12}[）)]$")


def cells_of(line: str) -> list[str]:
    """Cells of a list line, with bullets and serial numbers taken off."""
    return list(_cells_remembered(line))


# the list readers split the same line more than once (a header test, then the line's person);
# forgotten with ``nlp.clear_caches``
@lru_cache(maxsize=4096)
def _cells_remembered(line: str) -> tuple[str, ...]:
    return tuple(_cells_of(line))


clear_with(_cells_remembered.cache_clear)


def _cells_of(line: str) -> list[str]:
    s = line.strip().strip("|｜").strip()
    s = BULLET_RE.sub("", s, count=1)
    s = s.rstrip("。；;，,")
    cells = [c.strip() for c in CELL_SEP_RE.split(s) if c and c.strip()]
    out: list[str] = []
    for c in _join_padded(cells):
        if _name_note(c, out):
            continue
        # a single blank between Chinese words separates cells too (罗建平 潍坊…公司 电工, 罗建平(男) 某局)
        for part in _join_padded([p for p in c.split(" ") if p]):
            if not _name_note(part, out):
                out.extend(_bracket_note(part))
    return out


def _name_note(cell: str, out: list[str]) -> bool:
    """罗建平（潍坊钢铁集团有限公司电工） / 罗建平（女） / 和晓燕（回族）: a name with its note, put into
    ``out`` as the name and each item of the note; False when ``cell`` is no such name."""
    m = NAME_NOTE_RE.fullmatch(cell)
    if not (m and is_name(m.group(1))):
        return False
    out.append(m.group(1))
    out.extend(x for x in NOTE_SEP_RE.split(m.group(2)) if x)
    return True


def _join_padded(cells: list[str]) -> list[str]:
    """何　强 / 何 强: a two-character name padded to the width of three is one cell."""
    if not any(len(c) == 1 for c in cells):
        return cells
    out: list[str] = []
    i = 0
    while i < len(cells):
        c = cells[i]
        if (
            i + 1 < len(cells)
            and HAN_RE.fullmatch(c)
            and PADDED_GIVEN_RE.fullmatch(cells[i + 1])  # 林　珊（女）
            and lexicon().is_surname_at(c, 0)
            and not (i + 2 < len(cells) and HAN_RE.fullmatch(cells[i + 2]))
        ):
            out.append(c + cells[i + 1])
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _bracket_note(cell: str) -> list[str]:
    """…公司电工（高级技师） / …医院护士（女）: a unit+post cell with its grade or mark in brackets.

    The grade is a qualification, not a post, and goes when the cell holds a post of its
    own; a gender or ethnicity mark becomes a cell of its own.
    """
    m = BRACKET_NOTE_RE.fullmatch(cell)
    if not m or is_name(m.group(1)):
        return [cell]
    head, notes = m.group(1), [x for x in ITEM_SEP_RE.split(m.group(2)) if x]
    lex = lexicon()
    marks = [x for x in notes if MARK_RE.match(x)]
    if not notes or any(not (MARK_RE.match(x) or x in lex.grades) for x in notes):
        return [cell]
    if len(marks) < len(notes) and parse_post(head, allow_grade=False) is None:
        return [cell]  # 某某（高级技师） with no post of its own: leave it to the caller
    return [head, *marks]


def header_kinds(cells: list[str]) -> list[str] | None:
    """The column kinds of a header row, or None when the row is no header."""
    kinds = [HEADER_KINDS.get(BLANKS_RE.sub("", c)) for c in cells]
    if len(cells) >= 2 and all(kinds) and "name" in kinds:
        return kinds  # type: ignore[return-value]
    return None


def is_name(cell: str) -> bool:
    """A person's name: 2–4 characters from a known surname (two-character surnames too), or a
    name with a middle dot; never an organisation, a post or a mark."""
    if "·" in cell:
        return bool(DOT_NAME_RE.fullmatch(cell))
    if not HAN_NAME_RE.fullmatch(cell):
        return False
    lex = lexicon()
    sl = lex.is_surname_at(cell, 0)
    if not sl or len(cell) - sl < 1 or (len(cell) == 4 and sl != 2 and "某" not in cell):
        return False
    if MARK_RE.match(cell) or is_org_name(cell) or org_kind(cell) or cell in HEADER_KINDS or is_place(cell):
        return False  # 吉林：高某 长春市…: a province or city before the name is no name
    return parse_post(cell, allow_grade=True) is None


@lru_cache(maxsize=1)
def _rare_surnames() -> frozenset[str]:
    from loaders.extract.lexicon import _chars, _load

    return _chars(_load("names.yaml").get("rare_surnames"))


def _rare_name(cell: str) -> bool:
    """丘某某 in a list's name cell: a rare surname (names.yaml rare_surnames), where the line's other
    cells already say a name stands here (checked by the caller)."""
    return (
        len(cell) == 3  # 后勤, 年度: a two-character cell is too often a word
        and HAN_NAME_RE.fullmatch(cell) is not None
        and cell[0] in _rare_surnames()
        and not (is_org_name(cell) or org_kind(cell) or is_place(cell) or cell in HEADER_KINDS)
        and parse_post(cell, allow_grade=True) is None
    )


def _kind(cell: str) -> str:
    if SEQ_RE.fullmatch(cell):
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


# a unit cell led by its place (伊通县云鹏饲料店, 四平市社会精神病院): 县/市/区… then the unit's own words
PLACED_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,7}?(?:省|市|县|区|州|旗|盟|镇|乡)[\u4e00-\u9fff]{3,24}")


def parse_list_line(line: str, header: list[str] | None = None) -> ListPerson | None:
    """The person a list line names, with unit, post and marks; None for no person line."""
    cells = cells_of(line)
    if not cells:
        return None
    if header and len(cells) == len(header):
        by: dict[str, list[str]] = {}
        for kind, cell in zip(header, cells):
            by.setdefault(kind, []).append(cell)
        names = by.get("name")
        if not names or not is_name(NOTE_TAIL_RE.sub("", names[0])):
            return None
        person = ListPerson(names[0])
        marks = [c for k in ("gender", "ethnicity") for c in by.get(k, []) if MARK_RE.match(c)]
        if by.get("honour"):
            person.honour = by["honour"][0]
        _fill(person, by.get("unit", []) + by.get("unitpost", []), by.get("post", []))
        person.marks = marks
        return person
    if is_collective("".join(c for c in cells if not SEQ_RE.fullmatch(c))) and not any(
        is_name(c) and not is_collective(c) for c in cells
    ):
        return None  # 郴州某公司　刀具车间 / 某某劳模创新工作室: a collective honouree, no person
    # exactly one name cell first: a line with none or several is no person line, and its other
    # cells need no post reading (the costly part of ``_kind``)
    named = [not SEQ_RE.fullmatch(c) and not MARK_RE.match(c) and is_name(c) for c in cells]
    rare = False
    if not any(named) and len(cells) >= 2:
        # 丘某某　某公司高级技师: a rare surname opening the line, a unit or post after it
        first = next((k for k, c in enumerate(cells) if not SEQ_RE.fullmatch(c)), None)
        rare = first is not None and first < len(cells) - 1 and _rare_name(cells[first])
        if rare and first is not None:
            named[first] = True
    if named.count(True) != 1:
        return None
    kinds = ["name" if n else _kind(c) for c, n in zip(cells, named, strict=True)]
    if kinds.count("name") != 1 or is_collective(cells[kinds.index("name")]):
        return None
    if kinds.index("name") > 0 and is_place(cells[0]):
        cells, kinds = cells[1:], kinds[1:]  # 吉林：高某 长春市…: the region the list is grouped by
    i = kinds.index("name")
    person = ListPerson(cells[i])
    person.marks = [m for c, k in zip(cells, kinds) if k == "mark" for m in ITEM_SEP_RE.split(c)]
    rest = _without_grades([(c, k) for c, k in zip(cells, kinds) if k not in ("name", "mark", "seq")])
    if [k for _, k in rest] == ["other", "post"] and PLACED_UNIT_RE.fullmatch(rest[0][0]):
        # 谢杰 四平市社会精神病院 副院长: a place-led cell before a post cell is the unit, whatever its
        # ending (joined, 精神病院副院长 would split at 院长)
        rest = [(rest[0][0], "unit"), rest[1]]
    if any(k == "other" for _, k in rest):
        # a cell that is neither unit nor post: read the rest as one unit+post phrase
        joined = "".join(c for c, _ in rest)
        post = parse_post(joined, allow_grade=True)
        if post is None and TRAILING_NOTE_RE.search(joined):
            # 某医院副护士长（副主任护师）: a grade in brackets after the post
            joined = TRAILING_NOTE_RE.sub("", joined)
            post = parse_post(joined, allow_grade=True)
        staff = None if post else staff_unit(joined)
        if post:
            rest = [(joined, "unitpost" if post[0] else "post")]
        elif is_org_name(joined):
            rest = [(joined, "unit")]
        elif staff:
            rest = [(staff, "unit")]  # 刘某 某公司包装车间工人: the unit employs them, the status is no post
        else:
            return None if len(cells) <= 2 and rest else person
    units = [c for c, k in rest if k in ("unit", "unitpost")]
    posts = [c for c, k in rest if k == "post"]
    _fill(person, units, posts)
    if rare and not (person.unit and person.post):
        return None  # a rare surname is a name only with the unit and the post beside it
    return person


def _grade_cell(cell: str) -> bool:
    """高级技师 / 正高级工程师、首席技师: a cell of grades and professional titles only."""
    return all(_is_qualification(item) for item in NOTE_SEP_RE.split(cell) if item)


def _without_grades(rest: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The row's unit and post cells without a grade cell after the post (某公司设备工程师，高级技师;
    某厂操作工，首席技师): the README keeps a grade as the post only when it is the only post given."""
    grades = [k == "post" and _grade_cell(c) for c, k in rest]
    if not any(grades) or not any(k in ("post", "unitpost") and not g for (_, k), g in zip(rest, grades, strict=True)):
        return rest
    return [ck for ck, g in zip(rest, grades, strict=True) if not g]


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
    s = BLANKS_RE.sub("", cell_or_line)
    return bool(COLLECTIVE_RE.search(s)) and (org_kind(s) is not None or "工作室" in s or "先锋号" in s)


ENTRY_LIST_RE = re.compile(r"[：:]")
ENTRY_SEP_RE = re.compile(r"[，,；;。]")
ENTRY_RE = re.compile(r"\s*([\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[ \u3000]+(\S.*?)\s*$")


@dataclass
class Entry:
    """One ``姓名 单位职务、职务`` entry of a run-in list: where the name stands, the person, every post."""

    start: int
    person: ListPerson
    posts: list[str]


def name_first_entries(text: str) -> list[Entry]:
    """获先进工作者表彰的有：张某海 某市中心医院院长、党委副书记、主任医师，李某 某疾控中心主任 →
    one entry per person with its unit and posts.

    The entries follow the sentence's last colon and are separated by commas or semicolons; each
    opens on a name, then a blank, then the unit with the first post, then further posts after 、.
    Skill grades and professional titles (主任医师, 副研究员, 高级技师) are no posts beside a post.
    Every piece must read so (two at least), else the sentence is prose and gives nothing.
    """
    colon = max((m.end() for m in ENTRY_LIST_RE.finditer(text)), default=-1)
    if colon < 0:
        return []
    pieces: list[tuple[int, str]] = []
    pos = colon
    for part in ENTRY_SEP_RE.split(text[colon:]):
        if part.strip():
            pieces.append((pos, part))
        pos += len(part) + 1
    out: list[Entry] = []
    for off, piece in pieces:
        m = ENTRY_RE.fullmatch(piece)
        if not m:
            return []
        name = PAD_RE.sub("", m.group(1))
        if not is_name(name):
            return []
        first, *more = m.group(2).split("、")
        post = parse_post(first, allow_grade=True)
        if not post or not post[0]:
            return []
        person = ListPerson(name, unit=post[0], post_org=post[0], post=post[1])
        titles = [post[1]] + [p[1] for p in (parse_post(x, allow_grade=True) for x in more) if p and not p[0]]
        posts = [t for t in titles if not _is_qualification(t)] or titles[:1]
        out.append(Entry(off + m.start(1), person, posts))
    return out if len(out) >= 2 else []


def _is_qualification(title: str) -> bool:
    """主任医师, 副研究员, 高级技师, 教授级高工: a grade or professional title, not a post held."""
    lex = lexicon()
    return title in lex.grades or bool(
        re.fullmatch(
            r"(?:副|助理)?(?:研究员|教授|编审|馆员)|教授级高工|(?:副)?主任[医护药技]师|主管[护药技]师|主治医师", title
        )
    )
