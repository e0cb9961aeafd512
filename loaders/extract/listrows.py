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
from loaders.orgs import employer_of, is_org_name, is_place, org_kind, places

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
    r"(?:工人先锋号|班组|[一二三四五六七八九十\d]?班|车间|团队|工作室|小组|队|站|所|科|(?<!干)部|中心|集体|示范岗)$"
)  # 某办公室干部: a cadre (干部) is a person's status, not a department (部)


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
# 杨   辉 某医院副院长: a two-character name padded to three columns, its given name then a single
# blank before the unit (so the cell split would tie 辉 to the unit)
PADDED_HEAD_RE = re.compile(r"^([\u4e00-\u9fff])[ \u3000]{2,}([\u4e00-\u9fff])(?=[ \u3000])")
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
    s = _padded_head_joined(s)
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


def _name_with_note(cell: str) -> re.Match[str] | None:
    """``NAME_NOTE_RE`` over the whole cell, tried only on a cell that opens a bracket (most do not)."""
    return NAME_NOTE_RE.fullmatch(cell) if "（" in cell or "(" in cell else None


def _name_note(cell: str, out: list[str]) -> bool:
    """罗建平（潍坊钢铁集团有限公司电工） / 罗建平（女） / 和晓燕（回族）: a name with its note, put into
    ``out`` as the name and each item of the note; False when ``cell`` is no such name."""
    m = _name_with_note(cell)
    if not (m and is_name(m.group(1))):
        return False
    out.append(m.group(1))
    out.extend(x for x in NOTE_SEP_RE.split(m.group(2)) if x)
    return True


def _padded_head_joined(s: str) -> str:
    """杨   辉 某医院副院长 → 杨辉 某医院副院长: the padded name that opens a line, joined."""
    m = PADDED_HEAD_RE.match(s)
    if not m or not lexicon().is_surname_at(m.group(1), 0):
        return s
    return m.group(1) + m.group(2) + s[m.end() :]


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
    line = _uncited(line)
    if (epithet_named := _epithet_name(line)) is not None:
        return ListPerson(epithet_named)
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
    if (
        is_collective("".join(c for c in cells if not SEQ_RE.fullmatch(c)))
        and not any(is_name(c) and not is_collective(c) for c in cells)
        and not _glued_person(cells)
    ):
        return None  # 郴州某公司　刀具车间 / 某某劳模创新工作室: a collective honouree, no person
    # exactly one name cell first: a line with none or several is no person line, and its other
    # cells need no post reading (the costly part of ``_kind``)
    named = [not SEQ_RE.fullmatch(c) and not MARK_RE.match(c) and is_name(c) for c in cells]
    if not any(named):
        cells = _unglued(cells)  # 郑某万永嘉县某村党支部书记: the name glued to its unit
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
    rest = _without_grades(
        [(_unprefixed(c), k) for c, k in zip(cells, kinds) if k not in ("name", "mark", "seq") and not _bio_cell(c)]
    )
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
        elif (cut := _unit_end(joined)) is not None:
            # 嘉兴市某区某镇人民政府民政助理: a place-led unit, then a post no reader knows (a status
            # such as 包装车间工人 is no post: the unit alone)
            status = any(joined.endswith(w) for w in lexicon().not_posts)
            rest = [(joined[:cut], "unit")] + ([] if status else [(joined[cut:], "post")])
        else:
            return None if len(cells) <= 2 and rest else person
    units = [c for c, k in rest if k in ("unit", "unitpost")]
    posts = [c for c, k in rest if k == "post"]
    if len(units) >= 2 and not posts and all(k == "unitpost" for _, k in rest):
        # 石某 某大学教授,某协会会长,某研究院院长: each cell a whole unit+post, offices at bodies of
        # their own, read as a 、 run (each post at its own body, the first one the job), not as the
        # pieces of one unit's name glued together
        units = ["、".join(units)]
    _fill(person, units, posts)
    if rare and not (person.unit and person.post):
        return None  # a rare surname is a name only with the unit and the post beside it
    return person


# 航天某公司数控车工、高级技师，何某：把最普通的事情干到极致。— unit and post, the name, then the
# person's own words after the colon
CITED_ROW_RE = re.compile(
    r"""(?P<lead>[^，,：:。！？“”]{4,60})[，,]\s*
        (?P<name>[\u4e00-\u9fff·]{2,8})\s*[：:]\s*
        (?P<words>\S.*)""",
    re.VERBOSE,
)


def _uncited(line: str) -> str:
    """A line of 单位+职务，姓名：引语 as the name and its unit+post (何某　航天某公司数控车工、高级技师):
    the words after the name's colon are the person's quote, not a cell.  Only when the words before
    the name read as a unit or a post (a lead such as 一起来听听 is neither)."""
    m = CITED_ROW_RE.fullmatch(line.strip())
    if not m or not is_name(m["name"]):
        return line
    lead = BULLET_RE.sub("", m["lead"], count=1).strip()
    if parse_post(lead, allow_grade=True) is None and not is_org_name(lead):
        return line
    return f"{m['name']}\u3000{lead}"


# 1、钱伟长——科学泰斗 / 一、中华之光——朱光亚 / 2、孙水林、孙东林——信义兄弟: a media selection's item,
# the names and the epithet the selection gave (either first), apart by a dash
EPITHET_ROW_RE = re.compile(r"(?P<a>[\u4e00-\u9fff·、]{2,20})\s*(?:——|--|—)\s*(?P<b>[\u4e00-\u9fff·、]{2,20})")


def epithet_names(line: str) -> list[str]:
    """The names of a numbered 姓名——称誉 (or 称誉——姓名) item, where the other side is a short epithet:
    no name, no unit, no post (钱伟长——科学泰斗; not 张某——某公司, which the cell reader takes); one
    side may join two names with 、 (孙水林、孙东林——信义兄弟).  Empty for any other line."""
    numbered = BULLET_RE.match(line)
    m = EPITHET_ROW_RE.fullmatch(line[numbered.end() :].strip()) if numbered else None
    if not m:
        return []
    sides = [m["a"].split("、"), m["b"].split("、")]
    named = [k for k, parts in enumerate(sides) if all(is_name(x) for x in parts)]
    if len(named) != 1:
        return []
    other = sides[1 - named[0]]
    if len(other) != 1 or len(other[0]) > 10 or is_name(other[0]):
        return []
    word = other[0]
    if is_org_name(word) or org_kind(word) or is_place(word) or parse_post(word, allow_grade=True):
        return []
    return sides[named[0]]


def _epithet_name(line: str) -> str | None:
    """The one name of a numbered 姓名——称誉 item (:func:`epithet_names`), else None."""
    names = epithet_names(line)
    return names[0] if len(names) == 1 else None


# 36岁 / 大学学历 / 中共党员 / (1970 / 2017): a profile list's age, schooling, party and life dates
BIO_CELL_RE = re.compile(
    r"""\d{1,3}\s*岁
      | [\u4e00-\u9fff]{0,4}(?:学历|文化|毕业)
      | 中共(?:预备)?党员 | 共青团员 | 中共党员
      | [（(]?\s*(?:19|20)\d\d\s*(?:年\s*(?:\d{1,2}\s*月)?)?\s*(?:生|出生)?\s*[）)]?""",
    re.VERBOSE,
)
# 生前系某村卫生室医生 / 现任某团团长: the verb before a profile's unit and post
BIO_VERB_RE = re.compile(r"^(?:生前系|生前是|生前任|现任|现系|系)")


def _bio_cell(cell: str) -> bool:
    """A profile cell of a 姓名：男，36岁，大学学历，中共党员，某局高级工程师 line: no unit, no post."""
    return bool(BIO_CELL_RE.fullmatch(cell.strip()))


def _unprefixed(cell: str) -> str:
    """生前系温州某村卫生室医生 → 温州某村卫生室医生: the unit and post without the profile's verb."""
    return BIO_VERB_RE.sub("", cell)


def _unglued(cells: list[str]) -> list[str]:
    """The cells with a first cell that glues a name to its unit (郑某万永嘉县某村党支部书记,
    徐某芬(女)浙江某集团董事长) cut into name, mark and unit; the cells as they are otherwise."""
    first = next((k for k, c in enumerate(cells) if not SEQ_RE.fullmatch(c)), None)
    if first is None:
        return cells
    cell = cells[first]
    k = glued_name(cell)
    if not k:
        return cells
    m = NAME_MARK_RE.fullmatch(cell)
    parts = [m.group(1), m.group(2), m.group(3)] if m and len(m.group(1)) == k else [cell[:k], cell[k:]]
    return cells[:first] + [p for p in parts if p] + cells[first + 1 :]


def _glued_person(cells: list[str]) -> bool:
    """赵某许昌市烟草公司烟叶营销中心: the first cell glues a name to a place-led unit, so the line
    names a person and that person's unit, though the line as a whole ends like a collective's
    (中心, 科, 研究所); 某公司装卸一队 (no name before the place) stays a collective."""
    first = next((c for c in cells if not SEQ_RE.fullmatch(c)), None)
    if first is None:
        return False
    k = glued_name(first)
    return k > 0 and _unit_opens(first[k:])


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
    if post_text and not unit_text and (cut := _unit_end(post_text)) is not None:
        # 丽水市某区殡仪馆主任 read as one post: the place-led unit is the person's
        unit_text, post_text = post_text[:cut], post_text[cut:]
    if unit_text and not post_text:
        post = parse_post(unit_text, allow_grade=True)
        if post and post[0]:
            person.unit, person.post_org, person.post = post[0], post[0], _without_titles(post[1])
            return
        if post:
            person.post = _without_titles(post[1])
            return
        person.unit = unit_text if is_org_name(unit_text) or org_kind(unit_text) else None
        person.post_org = person.unit
        return
    if post_text:
        post = parse_post(post_text, allow_grade=True)
        sub = post[0] if post else None
        person.unit = unit_text or None
        person.post_org = (unit_text + sub if sub else unit_text) or sub
        person.post = _without_titles(post[1] if post else post_text)


# 教授, 高级农艺师, 推广研究员, 中学高级教师: professional titles a list writes after the post (职务、职称)
PROFESSIONAL_RE = re.compile(
    r"""(?:正|副)?(?:高级|中级|初级|教授级高级|推广)?
        (?:工程师|农艺师|兽医师|畜牧师|经济师|会计师|统计师|审计师|政工师|实验师|工艺美术师|讲师|研究员|教授|编审|馆员
          |主任[医护药技]师|主管[护药技]师|主治医师|执业[医药]师)
      | (?:中学|小学)?(?:正高级|高级|一级|二级)教师""",
    re.VERBOSE,
)


def _without_titles(post: str) -> str:
    """某站副站长、高级农艺师 → 副站长: the professional titles written after a post (a list's
    职务、职称 column) are no posts; a title that is the only post given stays."""
    items = post.split("、")
    keep = [x for x in items if not (_is_qualification(x) or x in lexicon().grades or PROFESSIONAL_RE.fullmatch(x))]
    return "、".join(keep) if keep and len(keep) < len(items) else post


def is_collective(cell_or_line: str) -> bool:
    """潍坊港务有限公司装卸一队 / 炼钢厂二车间电工班 / 张伟劳模创新工作室: a collective, not a person."""
    s = BLANKS_RE.sub("", cell_or_line)
    return bool(COLLECTIVE_RE.search(s)) and (org_kind(s) is not None or "工作室" in s or "先锋号" in s)


# --- rosters flattened onto one line -------------------------------------------------------
# A page that loses a table's line breaks writes a whole 名单 as one run of cells apart by blanks:
# 名单 张某 某局某站副站长、高级农艺师 李某 某县某中心站长 … (name first), 复旦大学教授 张某 中国人民大学
# 教授 王某 … (unit first), 姓名 单位 职务 周某 某医院 护士长 … (a header, then the rows), or a grid
# of bare names (兰某华 李某保 陈 忠).  ``roster_cuts`` cuts such a run back into one row per person,
# so that the list readers see the table as it was.

# a blank between two Chinese words (王伟 某公司): the cheap test a sentence must pass twice
RUN_GAP_RE = re.compile(r"[\u4e00-\u9fff）)][ \u3000\t]+[\u4e00-\u9fff（(]")
TOKEN_RE = re.compile(r"\S+")
COMMA_RE = re.compile(r"，")
# 作者：王某 李某 / 摄影 / 文/图: the label of a byline, whose names are no roster
BYLINE_LABEL_RE = re.compile(r"(?:作者|记者|编辑|责编|通讯员|摄影|摄|文|图|来源|审核|校对|监制|主编)\s*[：:/|｜]?\s*$")
# …名单 / 名单如下： / 分别是 / 获得者: the words that open a list of names
LIST_CUE_RE = re.compile(
    r"(?:名单|名录|如下|人选|获得者|获奖者|分别[是为]|依次[是为]|[他她]们是|的有)\s*[（(]?[^（）()]{0,30}[）)]?\s*[：:，,]?\s*$"
)
# 名单 / 二、某某先进工作者 / 获得者: a line that opens a list of honourees (a grid of bare names may follow)
LIST_HEAD_RE = re.compile(r"名单|名录|获得者|获奖者|称号|^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[、.．])")
# 候选人, 建议人选, 提名, 拟表彰, 推荐, 公示, 入围: a list of people proposed, who hold nothing yet
NOMINEE_RE = re.compile(r"候选|建议人选|提名(?!奖)|拟|推荐|公示|入围|参评|初评")
# 来源：某报 作者：记者某某 / 责任编辑：某某: a page's footer run on after a flattened list
FOOTER_RE = re.compile(r"(?:来源|作者|责任编辑|编辑|责编)[：:]")
# 某市五一劳动奖章（4名）: a list's heading with its head count
COUNTED_HEAD_RE = re.compile(r"[（(]\s*\d+\s*[名个人位]\s*[）)]$")
TOKEN_TAIL_RE = re.compile(r"[，,、；;。：:]+$")
# 徐某芬(女)浙江某集团董事长: a name with its mark in brackets, glued to the unit after it
NAME_MARK_RE = re.compile(r"([\u4e00-\u9fff·]{2,6})[（(]([^（）()]{1,8})[）)](.*)")
# 张家港市某医院: a cell opening on a county-level city or county (its name is no person's)
PLACE_LED_RE = re.compile(r"[\u4e00-\u9fff]{2,3}[市县]")
# a unit that opens on an ordinal, a national body, an elided place or a two-character place with
# its tier (第二军医大学, 中国某局, 省公路局, 东阳市某镇)
UNIT_OPENING_RE = re.compile(
    r"第[一二三四五六七八九十百\d]|中国|国家|国网|中共|[省市县区]|[\u4e00-\u9fff]{2}[省市县区州旗盟]"
)


@dataclass(frozen=True)
class Cut:
    """A part of a sentence: the words before a list ("heading" or "prose"), or one "row"."""

    start: int
    end: int
    kind: str


def _is_cell(tok: str) -> bool:
    """A table cell beside a name: a unit, a post, unit and post, a grade, a mark or a number
    (某大学教授、中国工程院院士: the first of several posts decides)."""
    if SEQ_RE.fullmatch(tok) or MARK_RE.match(tok) or tok in lexicon().grades:
        return True
    if TRAILING_NOTE_RE.search(tok):
        tok = TRAILING_NOTE_RE.sub("", tok)  # 某医院副护士长（副主任护师）
    if "、" in tok:
        tok = tok.split("、")[0]
    return bool(
        tok
        and (
            parse_post(tok, allow_grade=True) is not None
            or is_org_name(tok)
            or org_kind(tok)
            or lexicon().post_suffix(tok)
            or _opens_on_unit(tok)
        )
    )


POST_WORDS_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")
# where a unit's name may end inside a longer cell (某镇人民政府民政助理: 政府)
UNIT_END_RE = re.compile(r"政府|公司|集团|医院|学校|大学|学院|中学|小学|[局厂所院站队社矿馆场行处署]")


def _opens_on_unit(text: str) -> bool:
    """Whether ``text`` opens on a place-led unit (嘉兴市某区某镇人民政府民政助理): the unit, then
    words no reader knows as a post."""
    return _unit_end(text) is not None


def _unit_end(text: str) -> int | None:
    """Where the place-led unit ``text`` opens on ends (嘉兴市某镇人民政府|民政助理), when words follow
    it; None when ``text`` opens on no such unit."""
    if not _unit_opens(text):
        return None
    ends = [
        m.end()
        for m in UNIT_END_RE.finditer(text)
        if 4 <= m.end() < len(text) and (is_org_name(text[: m.end()]) or org_kind(text[: m.end()]))
    ]
    if not ends:
        return None
    post = text[ends[-1] :]
    # 民政助理, 主任: a post's words; 、某公司 (a second unit) or a long clause is no post
    if not POST_WORDS_RE.fullmatch(post) or is_org_name(post) or org_kind(post):
        return None
    return ends[-1]


def _unit_opens(rest: str) -> bool:
    """Whether ``rest`` opens on a place or a unit's usual first words (上海市…, 第二…, 中国…)."""
    if UNIT_OPENING_RE.match(rest):
        return True
    p = places()
    return any(rest[:k] in p["provinces"] or rest[:k] in p["cities"] for k in (2, 3, 4) if len(rest) > k)


def glued_name(tok: str) -> int:
    """The length of the name a cell opens on when the name is glued to its unit and post
    (郑某万永嘉县某村党支部书记 → 3; 李某第二军医大学附属医院 → 2); 0 when the cell is no such pair.

    The rest must read as a unit (or unit and post) of at least four characters; of the
    readings a three- and a two-character name allow, one whose rest opens on a place or an
    ordinal wins, else the three-character name (the commoner)."""
    m = NAME_MARK_RE.fullmatch(tok)
    if m and is_name(m.group(1)) and len(m.group(3)) >= 4 and _is_cell(m.group(3)):
        return len(m.group(1))
    if is_name(tok) or _unit_opens(tok) or PLACE_LED_RE.match(tok):
        return 0  # 黄山市某局, 国网某公司, 张家港市某医院: a unit opening on a place is no name
    fits = []
    for order, k in enumerate((3, 2, 4)):
        name, rest = tok[:k], tok[k:]
        if len(rest) < 4 or not is_name(name):
            continue
        post = parse_post(rest, allow_grade=True)
        if not ((post and post[0] and post[1]) or (_unit_opens(rest) and (is_org_name(rest) or _opens_on_unit(rest)))):
            continue
        fits.append((not _unit_opens(rest), order, k))
    return min(fits)[2] if fits else 0


def _token_kind(tok: str) -> str:
    """name, glued (a name and its unit in one cell), header, cell or prose."""
    tok = TOKEN_TAIL_RE.sub("", tok)
    if not tok:
        return "prose"
    if all(part in HEADER_KINDS for part in tok.split("、")):
        return "header"  # 姓名, 单位职务、职称
    if is_name(tok) or ((m := _name_with_note(tok)) is not None and is_name(m.group(1))):
        return "name"
    if glued_name(tok):
        return "glued"
    return "cell" if _is_cell(tok) else "prose"


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The blank-separated cells of ``text`` with their offsets; a name padded to the width of
    three (陈 忠) is one cell, and a comma before a name glued to its unit parts two cells (the
    normaliser reads a blank between two long cells of a flattened page as a comma)."""
    raw = [piece for m in TOKEN_RE.finditer(text) for piece in _comma_cells(m.start(), m.group())]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(raw):
        j = i
        while j < len(raw) and HAN_RE.fullmatch(raw[j][2]):
            j += 1
        # 叶 飞 张 云: a run of single characters pairs up, surname first, when it can; two alone
        # are one padded name (娜 佳) whatever the first
        pairs = j - i >= 2 and (j - i) % 2 == 0
        if pairs and (j - i == 2 or all(lexicon().is_surname_at(raw[k][2], 0) for k in range(i, j, 2))):
            out.extend((raw[k][0], raw[k + 1][1], raw[k][2] + raw[k + 1][2]) for k in range(i, j, 2))
            i = j
            continue
        out.append(raw[i])
        i += 1
    return out


def _comma_cells(start: int, tok: str) -> list[tuple[int, int, str]]:
    """``tok`` (at ``start``) cut at each comma that a glued name and unit, or a counted list
    heading, follows: 名单，郑某万永嘉县某村党支部书记，邵某祥东阳市某村党委书记 → three cells;
    某公司，某医院，某市五一劳动奖章（4名） → the heading apart."""
    if "，" not in tok:
        return [(start, start + len(tok), tok)]
    out: list[tuple[int, int, str]] = []
    s = 0
    for m in COMMA_RE.finditer(tok):
        nxt = COMMA_RE.search(tok, m.end())
        part = tok[m.end() : nxt.start() if nxt else len(tok)]
        if glued_name(part) or COUNTED_HEAD_RE.search(part):
            out.append((start + s, start + m.start(), tok[s : m.start()]))
            s = m.end()
    out.append((start + s, start + len(tok), tok[s:]))
    return [piece for piece in out if piece[2]]


def _rows(kinds: list[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """How a run of cell kinds reads ("name" or "unit" first) and its rows as (first, last) cell
    indexes: name first (each row opens on a name, every row has cells or none has), else unit
    first (each row closes on a bare name after cells of its own); None when the run reads
    neither way or holds fewer than two rows."""
    # 王某 国网某公司班长: right after a bare name, a cell that opens on a name is the name's unit
    kinds = ["cell" if k == "glued" and i and kinds[i - 1] == "name" else k for i, k in enumerate(kinds)]
    starts = [i for i, k in enumerate(kinds) if k in ("name", "glued")]
    if starts and starts[0] == 0:
        rows = [(s, e - 1) for s, e in zip(starts, [*starts[1:], len(kinds)], strict=True)]
        # a glued row carries its unit in its own cell
        filled = [e > s or kinds[s] == "glued" for s, e in rows]
        grid = all(k == "name" for k in kinds)
        if len(rows) >= 2 and (grid or all(filled)):
            return "name", rows
    ends = [i for i, k in enumerate(kinds) if k == "name"]
    if ends and ends[-1] == len(kinds) - 1:
        rows = [(s, e) for s, e in zip([0] + [e + 1 for e in ends[:-1]], ends, strict=True)]
        if len(rows) >= 2 and all(e > s for s, e in rows):
            return "unit", rows
    return None


def roster_cuts(text: str, *, grid: bool = False) -> list[Cut] | None:
    """The parts of a sentence that holds a roster flattened onto one line: the words before
    each run of rows, one "row" per person (and one for a header row of column names), the
    words after; None when the sentence holds no such run (two rows at least).  A line made only
    of names is cut only when ``grid`` (the caller knows a list of honourees opened above it)."""
    if len(RUN_GAP_RE.findall(text)) < 2 and not ("名单" in text and text.count("，") >= 2):
        return None
    toks = _tokens(text)
    kinds = [_token_kind(tok) for _, _, tok in toks]
    if grid and _name_column(toks, kinds):
        kinds = ["name"] * len(toks)  # 方工, 和平 in a grid of names under a list: names too
    cuts: list[Cut] = []
    done = 0  # the offset up to which ``text`` is cut
    i = 0
    while i < len(toks):
        if kinds[i] == "prose":
            i += 1
            continue
        j = i
        while j < len(toks) and kinds[j] != "prose":
            j += 1
        h = i
        while h < j and kinds[h] == "header":
            h += 1
        read = _rows(kinds[h:j])
        if read is None or (h > i and h - i < 2) or not _fits(text, toks, kinds, i, j, read[0], grid):
            i = j
            continue
        rows = read[1]
        if i and kinds[i - 1] == "prose" and toks[i - 1][0] > done and toks[i - 1][1] - toks[i - 1][0] <= 40:
            # 某市五一劳动奖状（2个） 某公司 某市五一劳动奖章（4名） 张某 …: the heading right before the run
            # is the run's own, apart from what comes before it
            if text[done : toks[i - 1][0]].strip():
                cuts.append(_lead(text, done, toks[i - 1][0], after=bool(cuts)))
            done = toks[i - 1][0]
        if toks[i][0] > done:
            cuts.append(_lead(text, done, toks[i][0], after=bool(cuts)))
        if h > i:
            cuts.append(Cut(toks[i][0], toks[h - 1][1], "row"))
        cuts.extend(Cut(toks[h + a][0], toks[h + b][1], "row") for a, b in rows)
        done = toks[j - 1][1]
        i = j
    if not cuts:
        return None
    if text[done:].strip():
        cuts.append(_lead(text, done, len(text), after=True))
    return cuts


def _name_column(toks: list[tuple[int, int, str]], kinds: list[str]) -> bool:
    """A line of two to four-character words, two in three of them names: a grid of names, in
    which a name that is also a word (方工, 和平) stands in a name's place."""
    return (
        len(toks) >= 2
        and all(HAN_NAME_RE.fullmatch(tok) for _, _, tok in toks)
        and 3 * kinds.count("name") >= 2 * len(kinds)
    )


def is_name_grid(line: str) -> bool:
    """A line of names only, blank-separated (兰某华 李某保 陈 忠): another line of a grid."""
    toks = _tokens(line)
    return _name_column(toks, [_token_kind(tok) for _, _, tok in toks])


def _fits(
    text: str, toks: list[tuple[int, int, str]], kinds: list[str], i: int, j: int, order: str, grid: bool
) -> bool:
    """Whether the run of cells ``toks[i:j]`` is a roster by what stands around it: never after a
    byline's label or inside brackets (作者：王某 李某, （汤某 何某）); a run of bare names only as
    a line of its own under a list of honourees (``grid``) or after a list's words (名单, 如下) in
    its sentence; a run whose rows end on their names (复旦大学教授 张某 …) only up to the
    sentence's end (我校医学院 金某 教授、附属医院 柯某 教授荣获… is prose with blanks)."""
    lead = text[: toks[i][0]]
    tail = text[toks[j - 1][1] :]
    if BYLINE_LABEL_RE.search(lead) or lead.count("(") + lead.count("（") > lead.count(")") + lead.count("）"):
        return False
    if all(k == "name" for k in kinds[i:j]):
        whole = not lead.strip() and not tail.strip()
        cued = LIST_CUE_RE.search(lead) is not None and not NOMINEE_RE.search(lead)
        if not (cued or (whole and grid)):
            return False
    return not (order == "unit" and tail.strip(" \u3000\t。；;，,"))


def opens_name_list(line: str) -> bool:
    """Whether a line opens a list of honourees whose names may follow in a grid (一、…名单(20个),
    二、全国某某先进工作者): a list's words, no nominee's (候选, 建议人选, 提名, 拟表彰)."""
    return len(line) <= 120 and LIST_HEAD_RE.search(line) is not None and not NOMINEE_RE.search(line)


def _lead(text: str, start: int, end: int, *, after: bool = False) -> Cut:
    """The words before (or ``after``) a run, trimmed: a short unpunctuated line is the list's
    heading; the page's source and author lines that a flattened page runs on after a list are
    "meta"."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    if after and FOOTER_RE.search(text, start, end):
        return Cut(start, end, "meta")
    kind = "heading" if end - start <= 60 and not re.search(r"[。！？]", text[start:end]) else "prose"
    return Cut(start, end, kind)


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
