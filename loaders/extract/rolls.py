"""Rolls: the people of a list whom no other reader named, given the honour of their list.

A roll line is a line of a list made only of names (``沈某、周某`` / ``张某　李某　王某``), optionally
after a unit and a colon (``某人民医院：沈某、周某``) or with a bracketed note after each name
(``陈某（某合作社）``).  Every item must read as a name by the list reader's rules
(:func:`loaders.extract.listrows.is_name`); a line of one name counts only inside a block of three
such lines or more.  Whatever words introduce the list, its people share its honour:

- a name that other readers missed, on a line (or block) where a listed neighbour holds an honour,
  holds the same honour (the list is one list);
- else the honours read on the heading line right above the block (一、某区“十佳护士长”) are theirs.

The same holds within one sentence (:func:`chain_honours`): a run of three names or more, each apart
from the next by one separator and its description (甲、某公司技师乙、丙), or items separated by
semicolons that each close on a name (分别是：某厂技师甲；…乙；…丙。) — an honour read outside the run that
reaches one of its names reaches all; one read inside an item stays with that item.

A line that names an honour, a colon and its holders (``【某市五一劳动奖章】：张某 某医院主任`` /
``某奖获得者：张某、李某``) gives that honour to each of them, with the unit and post of a one-person
line (:func:`labelled_line`); a label that names no honour (会议地点：, 主持人：) opens no list.

Only names no honour reaches yet are given one (a fallback: nothing the other readers decided
changes); the unit before the colon, or an organisation in the bracket, employs them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from loaders.extract.document import Sentence
from loaders.extract.editions import edition_rolls
from loaders.extract.facts import Context, Fact, Found
from loaders.extract.frames import KIN_AFTER_NAME_RE
from loaders.extract.listrows import (
    BULLET_RE,
    ListPerson,
    _is_qualification,
    is_collective,
    is_name,
    parse_list_line,
)
from loaders.extract.openers import HOLDERS_OPEN
from loaders.extract.people import Mention
from loaders.honours import QUOTED_RE, ParsedHonour, parse_honour, phrase_kind, titled_kind
from loaders.orgs import employer_of, is_org_name, org_kind
from loaders.textnorm import to_simplified

# the separators of a roll line's items, outside a bracket (张某（女，某公司）、李某): a note's comma parts no names
ITEM_SEP_RE = re.compile(
    r"""(?:[、，,；;]|[ \t\u3000]+)
        (?![^（()]*[）)])   # not inside a bracket still open""",
    re.VERBOSE,
)
# 某人民医院： / 一等奖： — a label before the names of a roll line
LABEL_RE = re.compile(r"^(?P<label>[^：:]{2,40})[：:]\s*")
# 等五人为…获得者 / 等10名 / （共3人）: a head count closing the run
TAIL_RE = re.compile(r"(?:等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[人名位].*|[（(]共?\d+[人名][）)])$")
NOTE_RE = re.compile(r"[（(]([^（）()]{1,40})[）)]$")
BLOCK_MIN = 3  # single-name lines make a roll only in a block of this many
# （10名） / (共3人): the head count a heading gives the list under it
HEAD_COUNT_RE = re.compile(r"[（(]\s*共?\s*(\d+)\s*[名人位]\s*[）)]\s*[：:]?\s*$")


@dataclass
class RollLine:
    start: int  # the line's offset in the document
    end: int
    unit: str | None  # the unit before the colon
    items: list[tuple[str, int, str | None]]  # (name, offset, unit in its bracket)
    person: ListPerson | None = None  # a line of one person with unit and post columns


def roll_line(text: str, start: int, end: int) -> RollLine | None:
    """The names of a roll line (with its unit), or None when the line is no roll line."""
    line = text[start:end]
    body = BULLET_RE.sub("", line.strip(), count=1).rstrip("。.")
    unit = None
    m = LABEL_RE.match(body)
    if m:
        label = m["label"].strip()
        if not (is_org_name(label) or org_kind(label)) or is_name(label):
            return None
        unit, body = label, body[m.end() :]
    body = TAIL_RE.sub("", body).strip()
    if not body or re.search(r"[。！？!?“”「」《》]", body):
        return None
    items = _name_items(text, start, end, body)
    if items is None and unit is None:
        # 张某　某医院护士长 / 某公司电工　张某: one person a line, with the unit and post
        person = parse_list_line(body)
        at = _find_padded(text, person.name, start, end) if person else -1
        if person is None or at < 0 or not (person.unit or person.post) or is_collective(person.name):
            return None
        return RollLine(start, end, None, [(person.name, at, person.unit)], person)
    if not items:
        return None
    return RollLine(start, end, unit, items)


def _find_padded(text: str, name: str, start: int, end: int) -> int:
    """Where ``name`` is written between ``start`` and ``end``, also padded (李　静), else -1."""
    at = text.find(name, start, end)
    if at >= 0:
        return at
    m = re.compile(r"[ \t\u3000]?".join(map(re.escape, name))).search(text, start, end)
    return m.start() if m else -1


def _name_items(text: str, start: int, end: int, body: str) -> list[tuple[str, int, str | None]] | None:
    """The names of a line made only of names (each with an optional bracketed unit), else None."""
    items: list[tuple[str, int, str | None]] = []
    pos = start
    for piece in ITEM_SEP_RE.split(body):
        if not piece:
            continue
        note = None
        nm = NOTE_RE.search(piece)
        name = piece
        if nm:
            name, note = piece[: nm.start()], nm.group(1)
            read = _note_unit(note)
            if read is None:
                return None
            note = read or None
        if not is_name(name) or is_collective(name):
            return None
        at = text.find(name, pos, end)
        if at < 0:
            return None
        pos = at + len(name)
        items.append((name, at, note))
    return items


GENDER_NOTE_RE = re.compile(r"[男女]|[\u4e00-\u9fff]{1,4}族")
# 高某（航天） / 王某（医师类） / 李某（铁路系统）: a sector or category note, which names no employer
SECTOR_NOTE_RE = re.compile(r"(?![左右中前后][一二三四五六七八九]?$)[\u4e00-\u9fff]{2,6}")


def _note_unit(note: str) -> str | None:
    """The unit a name's bracketed note gives (``""`` when it gives none), or None when the note
    does not read as a list's note: each part (女，某公司) is a gender or ethnicity, a unit, or a
    sector or category word (航天 / 医师类)."""
    unit = ""
    for part in re.split(r"[，,、]", note):
        part = part.strip()
        if is_org_name(part) or org_kind(part):
            unit = unit or part
        elif not (GENDER_NOTE_RE.fullmatch(part) or SECTOR_NOTE_RE.fullmatch(part)):
            return None
    return unit


def _lines(ctx: Context) -> list[tuple[int, int]]:
    t = ctx.text
    out = []
    for m in re.finditer(r"[^\n]+", t[ctx.art.start : ctx.art.end]):
        s, e = ctx.art.start + m.start(), ctx.art.start + m.end()
        if t[s:e].strip():
            out.append((s, e))
    return out


def _honours_on(facts: list[Fact], start: int, end: int, names: set[str] | None = None) -> list[Fact]:
    """Honour facts read between ``start`` and ``end`` (of one of ``names`` when given)."""
    out = []
    for f in facts:
        if f.kind != "honor" or f.others or not (start <= f.pos < end):
            continue
        if names is not None and f.persons and not set(f.persons) & names:
            continue
        out.append(f)
    return out


def roll_honours(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Honour and employer facts for the people of roll lines whom no honour reaches yet."""
    lines = _lines(ctx)
    rolls: list[RollLine | None] = [roll_line(ctx.text, s, e) for s, e in lines]
    labelled = [hit for s, e in lines if (hit := labelled_line(ctx.text, s, e))]
    out = Found(ctx)
    from loaders.extract.profile import attribute  # the profile's reading of whom a fact is about

    held = {(n, f.value.get("title")) for f in facts if f.kind == "honor" and not f.others for n in attribute(ctx, f)}
    enumerated = counted_enumerations(ctx, facts, held)
    out.extend(enumerated)
    held |= {(n, f.value.get("title")) for f in enumerated for n in f.persons or []}
    out.extend(member_enumerations(ctx, facts, held))
    runs = counted_runs(ctx, facts, held)
    out.extend(runs)
    held |= {(n, f.value.get("title")) for f in runs for n in f.persons or []}
    out.extend(standout_runs(ctx, facts, held))
    out.extend(among_awardees(ctx, facts, held))
    labels = counted_label_runs(ctx, held)
    out.extend(labels)
    held |= {(n, f.value.get("title")) for f in labels for n in f.persons or []}
    editions = edition_rolls(ctx, facts, held, lines)
    out.extend(editions)
    held |= {(n, f.value.get("title")) for f in editions for n in f.persons or []}
    if not any(rolls) and not labelled:
        return list(out)
    for start, end, raw, people in labelled:
        _read_labelled(ctx, start, end, raw, people, held, out)
    found = {n for n, _ in held}
    found |= ctx.people.bylines
    k = 0
    while k < len(lines):
        if rolls[k] is None:
            k += 1
            continue
        j = k
        while j < len(lines) and rolls[j] is not None:
            j += 1
        block = [r for r in rolls[k:j] if r is not None]
        multi = any(len(r.items) >= 2 for r in block)
        heading = _heading_above(ctx.text, lines, k)
        # “某奖”特别奖（1名） over one line: the heading's head count vouches for a short block
        counted = heading is not None and head_count(ctx.text[heading[0] : heading[1]]) == len(block)
        if len(block) >= BLOCK_MIN or multi or counted:
            _read_block(ctx, facts, block, heading, found, out, counted=counted)
        k = j
    return list(out)


# a line of table punctuation only (| / ｜ / ---): a flattened table's cell border, no heading
BORDER_RE = re.compile(r"[\s|｜\-—=+]+")


def _heading_above(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The line that heads the block starting at line ``k``: the one right above it, passing over
    the border lines of a table flattened to one cell a line (杰出志愿者 / | / 王某、李某)."""
    i = k - 1
    while i >= 0 and BORDER_RE.fullmatch(text[lines[i][0] : lines[i][1]]):
        i -= 1
    return lines[i] if i >= 0 else None


ENTRY_PUNCT_RE = re.compile(r"[，,。；;：:！？!?“”「」《》—#]")
ENTRY_MAX = 60
# 2017“感动山西”十大人物 / “感动中国”2016年度人物: a heading whose quote marks part of its name
QUOTE_IN_NAME_RE = re.compile(
    r"""(?P<year>(?:(?:19|20)\d\d\s*年?度?)?)   # the edition's year before the quote
        [“「](?P<name>[^”」“「]{2,16})[”」]
        (?P<tail>(?:(?:19|20)\d\d\s*年度?)?(?:十大|十佳)[\u4e00-\u9fff]{0,3}?人物|年度人物|特别奖|提名奖)""",
    re.VERBOSE,
)
# 不忘初心…的著名导演——中国电影导演协会副会长贾樟柯: the words of praise a dash sets before the entry
PRAISE_DASH_RE = re.compile(r"^[^—]{4,60}?\s*(?:——|—)\s*(?=\S)")


def _honour_heading(ctx: Context, start: int, end: int) -> tuple[ParsedHonour, str] | None:
    """●“全国优秀人民警察” / ★2023年度某市优秀护士: a line that is only an honour's name (its bullet aside)."""
    from loaders.extract.awards import drop_heading_frame

    if any(x.kind in ("title", "subtitle") and x.start < end and start < x.end for x in ctx.art.sentences):
        return None  # a headline (## 煤海深处的最美劳动者) heads an article, not a list
    line = BULLET_RE.sub("", ctx.text[start:end].strip(), count=1).strip()
    q = re.fullmatch(r"[“「]([^”」]{2,30})[”」](?:称号|荣誉称号)?[：:]?", line)
    head = q.group(1) if q else drop_heading_frame(line.rstrip("：:"))
    framed = QUOTE_IN_NAME_RE.fullmatch(to_simplified(head)) if not q else None
    written = head
    if framed:  # 2017“感动山西”十大人物: the quote marks part of the name the line gives whole
        head = framed["year"] + framed["name"] + framed["tail"]
    if not q and (len(head) > 30 or re.search(r"[，,。；;：:！？!?、“”「」（）()\s]", head)):
        return None
    if (titled_kind(head) if q else phrase_kind(head)) != "honour":
        return None
    parsed = parse_honour(head, doc_year=ctx.doc.year, titled=bool(q))
    return (parsed, written) if parsed else None


def _entry_of(ctx: Context, start: int, end: int) -> tuple[ListPerson, int] | None:
    """某市公安局某派出所二级警长张某 / 张某　某医院护士长 / …大队长姚某等3名同志: the person a list entry names."""
    from loaders.extract.awards import split_person_item

    t = ctx.text
    body = BULLET_RE.sub("", t[start:end].strip(), count=1).rstrip("。.；;")
    body = TAIL_RE.sub("", body).strip()
    praise = PRAISE_DASH_RE.match(body)
    if praise:
        body = body[praise.end() :]
    if not body or len(body) > ENTRY_MAX or ENTRY_PUNCT_RE.search(body):
        return None
    person = parse_list_line(body)
    if person is None:
        name, unit, post_org, post, _ = split_person_item(body)
        if name and (unit or post):
            person = ListPerson(name, unit, post_org, post)
        elif praise:
            # …的孝心少年——翼城县职业技术学校学生张美静: a line its praise marks an entry closes on
            # the person's name, even where its unit and post do not read
            person = _closing_name(ctx, start, end)
        if person is None:
            return None
    at = _find_padded(t, person.name, start, end)
    if at < 0 or is_collective(person.name) or not any(m.start == at for m in ctx.names_in(start, end)):
        return None
    return person, at


def _praised_line(ctx: Context, start: int, end: int) -> bool:
    """…的著名导演——某协会副会长贾某: a line of praise, a dash and the entry (read or not)."""
    body = BULLET_RE.sub("", ctx.text[start:end].strip(), count=1)
    return PRAISE_DASH_RE.match(body) is not None


def _closing_name(ctx: Context, start: int, end: int) -> ListPerson | None:
    """The person whose name closes the line (its full stop aside), as a name-only entry."""
    close = start + len(ctx.text[start:end].rstrip().rstrip("。.；;"))
    last = [m for m in ctx.names_in(start, end) if m.end == close]
    return ListPerson(last[0].name) if last else None


EntryOf = Callable[[int, int], tuple[ListPerson, int] | None]


def _entries_of(ctx: Context) -> EntryOf:
    """:func:`_entry_of` remembered by line: ``_roster_head`` reads each line once for every line
    above it that may head a roster (up to ``BLOCK_MIN`` + 2 times), and one reader's run adds
    no person mention that would change the answer."""
    memo: dict[tuple[int, int], tuple[ListPerson, int] | None] = {}

    def entry_of(start: int, end: int) -> tuple[ListPerson, int] | None:
        if (start, end) not in memo:
            memo[start, end] = _entry_of(ctx, start, end)
        return memo[start, end]

    return entry_of


def headed_entries(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """●“某奖” over the lines of its holders (某局某所二级警长张某, one a line): each holds the heading's
    honour (with the unit and post of the line); the heading's honour is theirs, not the name's above it."""
    from loaders.extract.awards import add_list_person

    lines = _lines(ctx)
    out = Found(ctx)
    used: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        heading = _honour_heading(ctx, *lines[k])
        if heading is None:
            k += 1
            continue
        entries = []
        j = k + 1
        while j < len(lines):
            entry = _entry_of(ctx, *lines[j])
            if entry:
                entries.append((lines[j], entry))
            elif not _praised_line(ctx, *lines[j]):
                break  # (a praised line whose name does not read is still one of the list's entries)
            j += 1
        if j > k + 1 and not entries:
            used.append(lines[k])  # 2017“感动山西”特别奖 over …——山西蓝天救援队: a collective's, no name's above
        if entries:
            parsed, raw = heading
            used.append(lines[k])
            for (s, e), (person, at) in entries:
                sent = next((x for x in ctx.art.sentences if x.start <= at < x.end), Sentence(s, e, ctx.text[s:e]))
                add_list_person(out, sent, at, person, parsed, raw, None, [])
        k = max(j, k + 1)
    if not out:
        return facts
    kept = [
        replace(f, others=True) if f.kind == "honor" and not f.persons and any(s <= f.pos < e for s, e in used) else f
        for f in facts
    ]
    return kept + list(out)


ROSTER_LOOKBACK = 2  # lines above a roster searched for the honour its people hold


def _roster_head(
    ctx: Context, facts: list[Fact], lines: list[tuple[int, int]], k: int, entry_of: EntryOf
) -> tuple[ParsedHonour, str, int] | None:
    """评选出22名“最美护林员”… over lines of 单位+岗位+姓名 (three or more, one person a line): the
    honour named last in the line above the roster (else the one above it), quoted, the object of
    an award verb or a counted noun (22名全国最美护林员), and the first line searched; None when
    line ``k`` heads no roster."""
    below = lines[k + 1 : k + 2 + BLOCK_MIN]  # one line of the roster may be unread (a name missed)
    if not below:
        return None
    reach = max(0, k - ROSTER_LOOKBACK + 1)
    if sum(1 for x in below if entry_of(*x)) < BLOCK_MIN or not entry_of(*below[0]):
        # one line of 、-separated entries: under a line saying who holds what (荣获X的职工：)
        if not (HOLDERS_HEAD_RE.search(ctx.text, *lines[k]) and _run_entries(ctx, *below[0])):
            return None
        reach = k
    for s, e in reversed(lines[reach : k + 1]):
        found = _named_honour(ctx, facts, s, e) or _counted_noun(ctx, s, e)
        if found and not re.search(r"候选|拟|推荐|公示|人选|初评|入围", ctx.text[s:e]):
            return found[0], found[1], lines[reach][0]
    return None


RUN_SEP_RE = re.compile(r"[、，,；;]")


def _run_entries(ctx: Context, start: int, end: int) -> list[tuple[ListPerson, int]]:
    """某集团一院型号总设计师甲、某集团五院某部负责人乙，…丙。: a line that is only a run of entries
    (单位+岗位+姓名, apart by 、，；), three or more, at most one of them unread; else []."""
    t = ctx.text
    body_end = end
    while body_end > start and t[body_end - 1] in "。.；; \t\u3000":
        body_end -= 1
    cuts = [start] + [m.end() for m in RUN_SEP_RE.finditer(t, start, body_end)] + [body_end + 1]
    items = [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]
    read = [e for a, b in items if (e := _entry_of(ctx, a, b))]
    if len(read) < BLOCK_MIN or len(items) - len(read) > max(1, len(items) // 4):
        return []
    return read


def prose_rosters(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """国家林业和草原局…评选出22名“最美护林员”… over lines of 单位+岗位+姓名, one person a line (three or
    more; one line whose name went unread may stand among them): each person of the roster whom no
    honour reaches yet holds the honour the text names just above it (:func:`_roster_head`), with
    the unit and post of the line.  A fallback after every other list reader."""
    from loaders.extract.awards import add_list_person
    from loaders.extract.profile import attribute

    holders: set[str] | None = None  # read once a roster heading is found: most pages have none
    lines = _lines(ctx)
    out = Found(ctx)
    entry_of = _entries_of(ctx)
    k = 0
    while k < len(lines):
        heading = _roster_head(ctx, facts, lines, k, entry_of)
        if heading is None:
            k += 1
            continue
        if holders is None:
            holders = {n for f in facts if f.kind == "honor" for n in attribute(ctx, f)}
        entries = []
        j = k + 1
        run = _run_entries(ctx, *lines[j])
        roster_len = 0
        if run:  # one line holding the whole roster
            entries = [(lines[j], x) for x in run]
            roster_len = len(RUN_SEP_RE.findall(ctx.text, *lines[j])) + 1
            j += 1
        while j < len(lines) and not run:
            entry = entry_of(*lines[j])
            if entry is None and j + 1 < len(lines) and entry_of(*lines[j + 1]):
                j += 1  # a roster line whose name went unread: the roster goes on below it
                continue
            if entry is None:
                break
            entries.append((lines[j], entry))
            j += 1
        roster_len = roster_len or j - k - 1
        parsed, raw, head_from = heading
        # a head count written above the roster (22名…) must be its length: else it is some other list
        counts = _counts(ctx.text[head_from : lines[k][1]])
        if counts and roster_len not in counts:
            entries = []
        for (s, e), (person, at) in entries:
            if person.name in holders:
                continue
            sent = next((x for x in ctx.art.sentences if x.start <= at < x.end), Sentence(s, e, ctx.text[s:e]))
            add_list_person(out, sent, at, person, parsed, raw, None, [])
        k = max(j, k + 1)
    return list(out)


def head_count(line: str) -> int | None:
    """The head count closing a list heading (“某奖”（10名）： → 10), or None."""
    m = HEAD_COUNT_RE.search(line.strip())
    return int(m.group(1)) if m else None


def _read_block(
    ctx: Context,
    facts: list[Fact],
    block: list[RollLine],
    heading: tuple[int, int] | None,
    found: set[str],
    out: Found,
    *,
    counted: bool = False,
) -> None:
    listed = {name for r in block for name, _, _ in r.items}
    known = listed & found
    for r in block:
        if len(r.items) < 2 and len(block) < BLOCK_MIN and not counted:
            continue
        missed = [(n, at, note) for n, at, note in r.items if n not in found]
        if not missed:
            continue
        # a neighbour's honour on the same line, else on the block, else the heading's
        honours = _honours_on(facts, r.start, r.end, known)
        if not honours:
            honours = _honours_on(facts, block[0].start, block[-1].end, known)
        if not honours and heading:
            if _heading_honour(ctx, heading, r, missed, out):
                continue  # the heading names the honour itself
            honours = [f for f in _honours_on(facts, *heading) if not f.persons]
        titles: dict[str, Fact] = {}
        for f in honours:
            titles.setdefault(str(f.value.get("title")), f)
        if not titles:
            continue
        sent = next(
            (s for s in ctx.art.sentences if s.start <= r.start < s.end or r.start <= s.start < r.end),
            Sentence(r.start, r.end, ctx.text[r.start : r.end]),
        )
        for name, at, note in missed:
            for f in titles.values():
                value = dict(f.value)
                value["conferred_by"] = list(f.value.get("conferred_by") or [])
                out.add("honor", value, sent, at, persons=[name], confidence=0.7)
            unit = note or r.unit
            body = employer_of(unit) if unit and is_org_name(unit) else None
            if body:
                value = {"value": ctx.resolve_org(body, at), "raw_org": unit, "_stated": True}
                out.add("employer", value, sent, at, persons=[name])


# what may stand between two names of one enumeration: the next person's unit and post after a
# separator (，某公司高级技师) — never an award verb, a quote or a clause of its own
CHAIN_GAP_RE = re.compile(r"[^。！？!?“”「」《》：:获荣授说和与及]{0,40}")
# 评 / 选 end a gap only as a verb (评为 / 入选 / 评选), not inside a unit (选矿分公司 / 评估中心)
CHAIN_VERB_RE = re.compile(r"[入当获推]选|选[为出拔树]|评[为选上]|[被获参]评")
CHAIN_SEP_RE = re.compile(r"[、；;，,]")
CHAIN_MIN = 3


# a professional title written after its holder's name (医学院 金国华 教授、附属医院 柯开富 教授荣获…)
TRAILING_TITLE_RE = re.compile(
    r"""\s*(?:[\u4e00-\u9fff]{0,4}
        (?:教授|研究员|工程师|医师|医生|技师|教师|讲师|馆员|会计师|经济师|农艺师|畜牧师|护师|药师)
    | 同志)\s*""",
    re.VERBOSE,
)


def _past_title(text: str, pos: int) -> int:
    """Where a name's own trailing title (张某 教授 / 张某同志) ends, or ``pos`` when none follows."""
    m = TRAILING_TITLE_RE.match(text, pos)
    return m.end() if m else pos


def _graded_gap(gap: str) -> str:
    """The gap after a name without the grade or professional title written right after it
    (授予某医院李某副主任医师、某医院陶某主治医师…: 副主任医师 is the first one's, not a clause)."""
    m = CHAIN_SEP_RE.search(gap)
    return gap[m.start() :] if m and m.start() > 0 and _is_qualification(gap[: m.start()]) else gap


def _chain_gap(gap: str) -> bool:
    """One separator and the next one's description, whose posts may be joined by 、 (党支部书记、司机长);
    the name before it may keep its own trailing title (金国华 教授、…) or grade (李某副主任医师、…)."""
    gap = _graded_gap(gap[_past_title(gap, 0) :])
    seps = CHAIN_SEP_RE.findall(gap)
    if not seps or CHAIN_SEP_RE.match(gap) is None or len(seps) > MAX_GAP_SEPS or any(x != "、" for x in seps[1:]):
        return False
    return all(
        CHAIN_GAP_RE.fullmatch(piece) is not None and not CHAIN_VERB_RE.search(piece)
        for piece in CHAIN_SEP_RE.split(gap)[1:]
    )


MAX_GAP_SEPS = 3
# 授予选手甲、乙等3人以及主教练丙、丁等7人X称号 / 甲、乙等13名老师和丙、丁3名同学被授予X: two counted
# groups joined under one verb are one run (the first group's noun, 老师, may stand before the joint)
GROUP_JOIN_RE = re.compile(
    r"^等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[人名位](?:同志|(?![获评授被荣当])[\u4e00-\u9fff]{1,3}?)?"
    r"(?:以及|及|和|与|、|，|,)"
)
RESPECTIVELY_RE = re.compile(r"分别")


def run_names(text: str, found: list[Mention]) -> list[Mention]:
    """The names that may make a run: a "name" right before the next one with no separator between
    (作业区电焊工李某 read as 区电焊) is part of that one's description."""
    return [
        a
        for a, b in itertools.zip_longest(found, found[1:])
        if b is None or len(text[a.end : b.start]) > 4 or CHAIN_SEP_RE.search(text[a.end : b.start])
    ]


def _chains(ctx: Context, sent: Sentence, honour_pos: set[int]) -> list[list[str]]:
    """Runs of three names or more in one sentence, each apart from the next by one list
    separator and the next one's description (no honour read in between)."""
    t = ctx.text
    names = run_names(t, ctx.names_in(sent.start, sent.end))
    chains: list[list[str]] = []
    cur: list[str] = []
    paused = True  # every link of the run is a pause mark (、)

    def close() -> None:
        # 某所所长甲、某总队政委乙荣获X: two names joined by 、 are a run too
        if len(cur) >= CHAIN_MIN or (len(cur) == 2 and paused):
            chains.append(cur)

    for a, b in itertools.pairwise(names):
        gap = t[a.end : b.start]
        # “某某号”机车组: a quoted name that is no honour may stand in a description
        bare = QUOTED_RE.sub(lambda q: "" if phrase_kind(q.group(1)) is None else q.group(), gap)
        if not RESPECTIVELY_RE.search(t, b.end, sent.end):
            bare = GROUP_JOIN_RE.sub("、", bare, count=1)  # 甲、乙等3人以及主教练丙、丁等7人: one run
        ok = _chain_gap(bare) and not any(a.end <= p < b.start for p in honour_pos)
        if ok:
            paused = paused if cur else True
            paused = paused and bare[_past_title(bare, 0) :].startswith("、")
            cur = cur or [a.name]
            cur.append(b.name)
        else:
            close()
            cur = []
            paused = True
    close()
    return chains


def chain_honours(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """甲（某公司）、乙（某医院）、丙…荣获X / 分别是：某厂技师甲；某所工程师乙；…: when an honour of the
    sentence reaches some names of an enumeration, it reaches every name of it."""
    from loaders.extract.profile import attribute

    out = Found(ctx)
    by_sent: dict[int, list[tuple[Fact, list[str]]]] = {}
    every = [(f, attribute(ctx, f)) for f in facts if f.kind == "honor"]
    for f, whom in every:
        # 某班组点检员甲、…乙荣获X: a clause the profile still gives its named holders; a run its reader
        # closed with a head count (甲、乙…8名X获得者) is whole already
        if whom and not f.value.get("_closed"):
            by_sent.setdefault(f.sent.start, []).append((f, whom))
    for group in _item_groups(ctx):
        held = [x for s in group for x in by_sent.get(s.start, [])]
        if len(group) >= CHAIN_MIN:
            closing = set(_item_names(ctx, group))
            if closing and not any(closing & set(whom) for _, whom in held):
                _give_items(ctx, group, _document_honour(ctx, group, every), out)
                continue
        if not held:
            if len(group) == 1:
                _give_run(ctx, group[0], every, out)
            continue
        span = Sentence(group[0].start, group[-1].end, ctx.text[group[0].start : group[-1].end])
        # items that each close on a name, else (one sentence, or items that do not) runs of names
        items = _item_names(ctx, group) if len(group) > 1 else []
        # an honour read again later for the same people (司机长某某等77名个人荣获X) marks no item boundary
        # (an honour a list reader gave each item, at the item, is not written there and marks none either)
        marks = {
            f.pos
            for f, whom in held
            if _written_at(ctx.text, f)
            and not any(
                g.pos > f.pos and g.value.get("title") == f.value.get("title") and set(w) == set(whom) for g, w in held
            )
        }
        chains = [items] if items else _chains(ctx, span, marks)
        for chain in chains:
            members = set(chain)
            spots = [m for m in ctx.names_in(span.start, span.end) if m.name in members]
            if not spots:
                continue
            first, last = min(m.start for m in spots), max(m.end for m in spots)
            for f, whom in held:
                # an honour inside an item (…的水电先锋胡某；) is that item's; one outside the list is all of it
                inside = first <= f.pos < last and _written_at(ctx.text, f)
                if not members & set(whom) or inside:
                    continue
                verb = re.compile(r"\s*(?:荣获|获得|获评|被授予|被评为|当选|入选)")
                if (
                    len(chain) == 2
                    and not verb.match(ctx.text, _past_title(ctx.text, last))
                    and not _bare_pair_apposition(ctx, f, spots)
                ):
                    continue  # a pair shares only its own verb's honour, or a bare pair's apposition
                title = f.value.get("title")
                for name in chain:
                    if name in whom or any(g.value.get("title") == title and name in w for g, w in held):
                        continue
                    spot = next(m for m in ctx.names_in(span.start, span.end) if m.name == name)
                    if KIN_AFTER_NAME_RE.match(ctx.text, spot.end):
                        continue  # 熊某夫妇 in the run: a family's honour, not the named one's
                    pos = spot.start
                    sent = next((s for s in group if s.start <= pos < s.end), group[0])
                    best = max(
                        (g for g, w in every if g.value.get("title") == title and members & set(w)),
                        key=lambda g: len(str(g.value.get("raw") or "")),
                        default=f,
                    )
                    value = dict(best.value)
                    value["conferred_by"] = list(best.value.get("conferred_by") or [])
                    out.add("honor", value, sent, pos, persons=[name], confidence=0.7)
    return list(out)


# the join of a bare pair: 、 or 和 and nothing else between the two names
BARE_PAIR_JOIN_RE = re.compile(r"\s*[、和]\s*")


def _bare_pair_apposition(ctx: Context, f: Fact, spots: list[Mention]) -> bool:
    """慰问高龄劳模甲、乙 / 全国劳动模范甲和乙家里: an honour written right before the first of two
    names joined by a bare 、 or 和 describes both (the second has no words of its own that could
    describe it otherwise).  A pair where the second name has its own description (劳模甲、记者乙)
    is no bare pair and keeps the verb rule."""
    if not f.value.get("_apposition") or len(spots) != 2:
        return False
    a, b = sorted(spots, key=lambda m: m.start)
    raw = str(f.value.get("raw") or "")
    written_before = f.pos + len(raw) == a.start
    join = BARE_PAIR_JOIN_RE.fullmatch(ctx.text, a.end, b.start)
    return written_before and join is not None


def _document_honour(ctx: Context, group: list[Sentence], every: list[tuple[Fact, list[str]]]) -> list[Fact]:
    """他们中，有…作业长甲；…员工乙；…小哥丙。 / 如…经理丁；…员工戊；…职工己。: items that each close on a name,
    no honour read among them: a member's honour read elsewhere in the article (one title), else the one
    honour the article's people hold (one title, named with a conferral verb), is the items' honour."""
    names = set(_item_names(ctx, group))
    if not names:
        return []
    # honours read outside the items for the people they name (one read inside an item is that item's)
    outside = [
        (f, whom)
        for f, whom in every
        if f.persons and not group[0].start <= f.pos < group[-1].end and not f.value.get("_not_held")
    ]
    own = [(f, whom) for f, whom in outside if names & set(whom)]
    pool = own or outside
    titles = {str(f.value.get("title")) for f, _ in pool}
    if len(titles) != 1:
        return []
    return [f for f, _ in pool]


def _give_items(ctx: Context, group: list[Sentence], honours: list[Fact], out: Found) -> None:
    """Each name closing an item of ``group`` that no fact of ``honours`` names holds their honour."""
    if not honours:
        return
    best = max(honours, key=lambda g: len(str(g.value.get("raw") or "")))
    holders = {n for f in honours for n in f.persons or []}
    t = ctx.text
    for sent in group:
        end = sent.start + len(t[sent.start : sent.end].rstrip().rstrip("；;。"))
        last = next((m for m in ctx.names_in(sent.start, sent.end) if m.end == end), None)
        if last is None or last.name in holders:
            continue
        value = dict(best.value)
        value["conferred_by"] = list(best.value.get("conferred_by") or [])
        out.add("honor", value, sent, last.start, persons=[last.name], confidence=0.7)


def _written_at(text: str, f: Fact) -> bool:
    """Whether the honour of ``f`` is written where it stands (…的水电先锋胡某), not only given there to
    an item of a list whose honour is named before it (包括某公司总经理李某，… after 荣获“X”的7位)."""
    raw = to_simplified(str(f.value.get("raw") or ""))  # raw is as the source writes it
    title = str(f.value.get("title") or "")
    near = text[max(0, f.pos - 2) : f.pos + max(len(raw), len(title)) + 4]
    quoted = QUOTED_RE.search(raw)
    cores = [quoted.group(1) if quoted else re.sub(r"^[\d年度]+", "", raw), title]
    return not any(cores) or any(c and c in near for c in cores)


def _item_groups(ctx: Context) -> list[list[Sentence]]:
    """The sentences of an article, those of one line that end in ；/; grouped with the next."""
    t = ctx.text
    groups: list[list[Sentence]] = []
    for sent in ctx.art.sentences:
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and t[prev.start : prev.end].rstrip().endswith(("；", ";"))
            and "\n" not in t[prev.end : sent.start]
        ):
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return groups


def _item_names(ctx: Context, group: list[Sentence]) -> list[str]:
    """分别是：某厂技师甲；某所工程师乙；…丙。: the name closing each item, when every item closes on one
    (three items at least); else none."""
    t = ctx.text
    names = []
    for sent in group:
        end = sent.start + len(t[sent.start : sent.end].rstrip().rstrip("；;。"))
        last = [m for m in ctx.names_in(sent.start, sent.end) if m.end == end]
        if not last:
            if _collective_item(t[sent.start : end]):
                continue  # …的凤县公安局交通管理大队；: a collective among the people, no break of the list
            return []
        names.append(last[0].name)
    return names if len(names) >= CHAIN_MIN else []


def _collective_item(item: str) -> bool:
    """“平安道上写风采…”的凤县公安局交通管理大队: an item that closes on a collective (its praise cut
    at the last 的), in either script."""
    return is_collective(to_simplified(item).rsplit("的", 1)[-1])


# 【全国先进工作者】：张某 某医院主任 / 一等奖：张某、李某 / ★最美职工获得者：张某（某公司）
LABELLED_RE = re.compile(
    r"\s*[【\[〖]?(?P<label>[^：:【】\[\]〖〗。！？，,]{2,40}?)[】\]〗]?\s*[：:]\s*(?P<rest>\S.*?)\s*$"
)
LABEL_TAIL_RE = re.compile(r"(?:获得者|获奖者|获奖人员|人员|名单|人选|得主)$")


def labelled_line(text: str, start: int, end: int) -> tuple[int, int, str, list[ListPerson]] | None:
    """A line that names an honour, a colon and its holders (``【X】：张某 某医院主任`` /
    ``X获得者：张某、李某``): (offset of the holders, line end, the honour as written, the people)."""
    m = LABELLED_RE.match(text, start, end)
    if not m:
        return None
    from loaders.extract.awards import drop_heading_frame

    label = drop_heading_frame(BULLET_RE.sub("", m["label"], count=1).strip())
    raw = LABEL_TAIL_RE.sub("", label) or label
    rest = m["rest"].rstrip("。；;")
    pieces = [x for x in re.split(r"[、，,；;\s]+", rest) if x]
    names_only = bool(pieces) and all(is_name(x) and not is_collective(x) for x in pieces)
    # 爱岗奖：甲、乙、丙 — an award (…奖, no placing) over two names or more is an honour too
    award = raw.endswith("奖") and titled_kind(raw) == "honour" and names_only and len(pieces) >= 2
    if phrase_kind(raw) != "honour" and not award:
        return None
    if names_only:
        return m.start("rest"), end, raw, [ListPerson(x) for x in pieces]
    # 张某 某医院主任；李某 某公司技师: one person an item, each with the unit and post
    people = [parse_list_line(part) for part in re.split(r"[；;]", rest) if part.strip()]
    if not people or any(p is None or not (p.unit or p.post) for p in people):
        return None  # 全国劳动模范：高某某说… — one name in prose is no list
    return m.start("rest"), end, raw, [p for p in people if p is not None]


def _read_labelled(
    ctx: Context, start: int, end: int, raw: str, people: list[ListPerson], held: set[tuple[str, object]], out: Found
) -> None:
    from loaders.extract.awards import add_list_person

    honour = parse_honour(raw, doc_year=ctx.doc.year) or parse_honour(raw, doc_year=ctx.doc.year, titled=True)
    if honour is None:
        return
    sent = next(
        (s for s in ctx.art.sentences if s.start <= start < s.end),
        Sentence(start, end, ctx.text[start:end]),
    )
    pos = start
    for person in people:
        at = ctx.text.find(person.name, pos, end)
        pos = at + len(person.name) if at >= 0 else pos
        if (person.name, honour.title) in held:
            continue
        add_list_person(out, sent, max(at, start), person, honour, raw, None, [])


def _heading_honour(
    ctx: Context, heading: tuple[int, int], r: RollLine, missed: list[tuple[str, int, str | None]], out: Found
) -> bool:
    """三、某区“优秀护士” / 某市五一劳动奖章获得者名单（20名） over a roll: the honour the heading names,
    for each name of the line that no honour reaches yet."""
    from loaders.extract.awards import add_list_person, list_heading

    line = ctx.text[heading[0] : heading[1]].strip()
    head = list_heading(line)
    if head is None and len(line) <= 30 and not re.search(r"[，,。；;：:！？!?、]", line):
        head = line  # 2023年度某市优秀护士: a line that is only the honour's name
    # “某护理奖” 特别奖: a quoted heading marks its phrase as a title (an award without an honour word)
    titled = head is not None and re.search(r"[“「]", head) is not None
    if head is not None and titled:
        head = re.sub(r"[“”「」\s]", "", head)
    honour = parse_honour(head, doc_year=ctx.doc.year, titled=titled) if head else None
    kind = titled_kind if titled else phrase_kind
    if head is None or honour is None or kind(re.sub(r"[“”「」]", "", head)) != "honour":
        return False
    sent = next(
        (s for s in ctx.art.sentences if s.start <= r.start < s.end),
        Sentence(r.start, r.end, ctx.text[r.start : r.end]),
    )
    for name, at, note in missed:
        person = r.person or ListPerson(name, unit=note or r.unit)
        add_list_person(out, sent, at, person, honour, head, None, [])
    return True


# 我市入选的7人分别为： / 集团内九人上榜，具体是： / 获奖的7名护理工作者分别是： — a counted enumeration
ENUM_OPEN_RE = re.compile(r"(?:(?:具体|他们|她们)[是为][：:]|(?:分别|依次)[是为][：:]?)|" + HOLDERS_OPEN, re.VERBOSE)
COUNT_RE = re.compile(r"(\d+|[一二三四五六七八九十两]+)\s*(?:名|位|人)")
# 获得南丁格尔奖 / 荣获第49届南丁格尔奖: the object of an award verb, up to the clause's end
AWARD_OBJECT_RE = re.compile(
    r"(?:荣获|获得|获评|荣膺|被评为|被授予|入选)([^，,。；;！？!?、：:“”「」（）()]{3,24})(?=[，,。；;！？!?]|$)"
)
# 荣获全国五一劳动奖章的职工包括： — who hold it, after the honour's name
HOLDER_TAIL_RE = re.compile(r"的(?:职工|同志|人员|个人|先进个人|有|是|包括).*$")
# 国防科技工业系统荣获全国五一劳动奖章的职工包括： — a line announcing the holders of an honour
HOLDERS_HEAD_RE = re.compile(
    r"(?:荣获|获得|获评|荣膺|被授予|授予|入选)[^，,。；;！？!?]{2,30}的(?:职工|同志|人员|个人|先进个人|有|是|包括)"
)
# 2018年度淄博市首席技师名单公布 / 公布了第三届某市工匠名单: the honour a published list is of
LIST_NAMED_RE = re.compile(
    r"(?:公布|发布|揭晓)了?(?P<a>[^，,。；;！？!?、：:“”「」（）()]{3,24}?)名单"
    r"|(?P<b>[^，,。；;！？!?、：:“”「」（）()]{3,24}?)名单(?=(?:正式)?(?:公布|发布|揭晓|出炉))"
)
ENUM_LOOKBACK = 3  # sentences before the enumeration searched for its honour
# the words that state the head count make the counted candidates (候选人中…3位; 提名 is not one:
# 提名奖 is an award)
CANDIDATES_COUNTED_RE = re.compile(r"候选")
# 欢送11名全国劳动模范和先进工作者进京 / 22名全国最美护林员: a head count before the honour its people hold
COUNTED_NOUN_RE = re.compile(
    r"(?:\d+|[一二三四五六七八九十两百]+)\s*(?:名|位)(?:新晋|新当选的?|受表彰的)?"
    r"(?P<h>[^，,。；;！？!?、：:“”「」（）()\s\d]{4,24}?)"
    r"(?=进京|接受|代表|在内|的先进事迹|[，,。；;！？!?]|$)"
)


def _counts(text: str) -> set[int]:
    """The head counts written in ``text`` (7名 / 九人)."""
    from loaders.dates import cn_to_int

    return {n for c in COUNT_RE.findall(text) if (n := cn_to_int(c)) is not None}


def _named_honour(ctx: Context, facts: list[Fact], start: int, end: int) -> tuple[ParsedHonour, str] | None:
    """The last honour named between ``start`` and ``end``: a quoted title, the object of an award
    verb, or an honour another reader found there (for no one in particular)."""
    t = ctx.text
    found: list[tuple[int, ParsedHonour, str]] = []
    for q in QUOTED_RE.finditer(t, start, end):
        parsed = parse_honour(q.group(1), doc_year=ctx.doc.year, titled=True)
        if parsed and titled_kind(q.group(1)) == "honour":
            found.append((q.start(), parsed, q.group(1)))
    for m in AWARD_OBJECT_RE.finditer(t, start, end):
        obj = HOLDER_TAIL_RE.sub("", m.group(1))
        parsed = parse_honour(obj, doc_year=ctx.doc.year, titled=True)
        if parsed and titled_kind(obj) == "honour" and not re.search(r"[“”「」]", obj):
            found.append((m.start(1), parsed, obj))
    for m in LIST_NAMED_RE.finditer(t, start, end):
        obj = re.sub(r"^(?:近日|日前|今天|昨天|昨日)", "", m["a"] or m["b"])
        if re.search(r"候选|拟|推荐|公示|人选|初评|入围", obj):
            continue  # 全国劳动模范候选人名单公布: a list of candidates
        parsed = parse_honour(obj, doc_year=ctx.doc.year)
        if parsed and phrase_kind(obj) == "honour":
            found.append((m.start(), parsed, obj))
    for f in facts:
        if f.kind == "honor" and start <= f.pos < end and not f.persons:
            parsed = parse_honour(str(f.value.get("raw") or f.value.get("title")), doc_year=ctx.doc.year)
            if parsed:
                found.append((f.pos, parsed, str(f.value.get("raw") or f.value.get("title"))))
    if not found:
        return None
    _, parsed, raw = max(found, key=lambda x: x[0])
    return parsed, raw


def _counted_noun(ctx: Context, start: int, end: int) -> tuple[ParsedHonour, str] | None:
    """欢送11名全国劳动模范和先进工作者进京: the last honour written as a counted noun between
    ``start`` and ``end`` (a last resort, when no scope names one otherwise)."""
    found: tuple[ParsedHonour, str] | None = None
    for m in COUNTED_NOUN_RE.finditer(ctx.text, start, end):
        obj = m.group("h")
        parsed = parse_honour(obj, doc_year=ctx.doc.year)
        if parsed and phrase_kind(obj) == "honour" and not re.search(r"候选|拟|推荐|公示|人选|初评|入围", obj):
            found = (parsed, obj)
    return found


def counted_enumerations(ctx: Context, facts: list[Fact], held: set[tuple[str, object]]) -> list[Fact]:
    """我市入选的7人分别为：某公司副经理甲，某公司总工程师乙，… after a sentence naming “某工匠”: when
    the names after the colon are exactly as many as the head count before it, each holds the honour
    named last before the colon (in the sentence, else in the three before it)."""
    from loaders.extract.awards import add_list_person
    from loaders.extract.profile import attribute

    t = ctx.text
    out = Found(ctx)
    sents = ctx.art.sentences
    placed: list[tuple[Fact, list[str]]] | None = None  # read once an enumeration opens: most pages have none
    titles = [ctx.art.title] if ctx.art.title else []
    for k, sent in enumerate(sents):
        m = ENUM_OPEN_RE.search(t, sent.start, sent.end)
        if not m:
            continue
        if placed is None:
            placed = [(f, attribute(ctx, f)) for f in facts if f.kind == "honor" and not f.others]
        stop = m.end()
        while stop < len(t) and t[stop] not in "。\n":
            stop += 1
        names: list[tuple[str, int]] = []
        rows: dict[str, ListPerson] = {}  # 分别是： then one entry a line (●张某 某医院护士长)
        if not t[m.end() : stop].strip():
            stop, names, rows = _line_items(ctx, stop)
        for mention in ctx.names_in(m.end(), stop) if not rows else []:
            if mention.name not in (n for n, _ in names):
                names.append((mention.name, mention.start))
        if len(names) < 2:
            continue
        # the scopes that may state the head count: the words before the colon, then the sentences before
        scopes = [(sent.start, m.start())] + [(s.start, s.end) for s in reversed(sents[max(0, k - ENUM_LOOKBACK) : k])]
        at_count = next((x for x in scopes if len(names) in _counts(t[x[0] : x[1]])), None)
        if at_count is None:
            continue
        honour = None
        # 在感动中国2005年度候选人中，还有3位…当选，他们分别是: the counted are candidates, and hold
        # neither the series they stand for nor an honour an earlier sentence gave someone else
        candidates = CANDIDATES_COUNTED_RE.search(t, at_count[0], at_count[1]) is not None
        for scope in [at_count] + [x for x in scopes if x != at_count] if not candidates else []:
            honour = honour or _named_honour(ctx, facts, *scope)
        if honour is None and not candidates:  # 欢送11名全国劳动模范进京: the counted group's noun
            honour = next((h for x in scopes if (h := _counted_noun(ctx, *x))), None)
        for scope in [(x.start, x.end) for x in titles] if not candidates else []:
            honour = honour or _named_honour(ctx, facts, *scope)
        nominated = False
        if honour is None and rows:
            # 公示了…推荐人选名单，我市有7人入围。入围的7人分别是：: nominees, named and holding nothing yet
            honour = next((h for x in scopes if (h := _candidacy(ctx, *x))), None)
            nominated = True
        if honour is None:
            continue
        parsed, raw = honour
        # a fallback: a name given an honour around the list (by another reader) keeps its own
        first = min(x[0] for x in scopes)
        holders = {n for f, whom in placed if first <= f.pos < stop for n in whom}
        for name, at in names:
            if name in holders or (name, parsed.title) in held:
                continue
            line = next((s for s in sents if s.start <= at < s.end), sent)
            before = len(out)
            add_list_person(out, line, at, rows.get(name) or ListPerson(name), parsed, raw, None, [])
            if nominated:
                out[before:] = [
                    replace(f, value={**f.value, "_not_held": True}) if f.kind == "honor" else f for f in out[before:]
                ]
    return list(out)


# 优秀共产党员6名，甲、乙… / 表彰劳动模范3名：甲、乙、丙；: an honour, its head count and the names
COUNTED_LABEL_RE = re.compile(
    r"(?P<h>[^，,。；;：:、“”「」（）()\s\d]{3,24}?)\s*(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:名|位|人)"
    r"\s*[，,：:]\s*"
)
# what every COUNTED_LABEL_RE match holds (a count, its measure word, then a comma or colon): the
# lazy label is tried at every character, so a sentence without this is not scanned for it
COUNTED_LABEL_GATE_RE = re.compile(
    r"""[\d一二三四五六七八九十两] \s* (?:名|位|人) \s* [，,：:]""",
    re.VERBOSE,
)
# a piece of a counted run: a name of two to four characters (padded 张 英 included)
RUN_PIECE_RE = re.compile(r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}")
# 此次共评出 / 公司决定表彰: the words that open the clause before the honour's name
COUNTED_LABEL_LEAD_RE = re.compile(
    r"^(?:此次|本次|这次|今年|其中|共|决定|研究决定)*(?:表彰|评出|评选出|选出|推选出|授予|命名|产生)?"
)


def counted_label_runs(ctx: Context, held: set[tuple[str, object]]) -> list[Fact]:
    """表彰先进基层党组织2个，…，优秀共产党员6名，甲、乙、丙、丁、戊、己，优秀党务工作者2名，庚、辛: an
    honour and a head count, then a run of names (apart by 、) exactly as long as the count: each name
    holds the honour.  A run of another length, or with a piece that is no name, gives nothing."""
    from loaders.dates import cn_to_int
    from loaders.extract.awards import add_list_person

    t = ctx.text
    out = Found(ctx)
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "heading") or not COUNTED_LABEL_GATE_RE.search(t, sent.start, sent.end):
            continue
        for m in COUNTED_LABEL_RE.finditer(t, sent.start, sent.end):
            raw = COUNTED_LABEL_LEAD_RE.sub("", m["h"])
            parsed = parse_honour(raw, doc_year=ctx.doc.year) if raw else None
            if parsed is None or phrase_kind(raw) != "honour":
                continue
            stop = m.end()
            while stop < sent.end and t[stop] not in "，,；;。！？!?：:\n":
                stop += 1
            pieces = [(x.group(), m.end() + x.start()) for x in re.finditer(r"[^、]+", t[m.end() : stop])]
            found = {n.name for n in ctx.names_in(m.end(), stop)}
            # the count vouches for a piece of two to four characters the name rules do not know (潮小李),
            # when most pieces are names they know
            if (
                len(pieces) != cn_to_int(m["n"])
                or not all(RUN_PIECE_RE.fullmatch(x) for x, _ in pieces)
                or 2 * sum(x.replace(" ", "") in found for x, _ in pieces) < len(pieces)
            ):
                continue
            for piece, at in pieces:
                name = piece.replace(" ", "")
                if (name, parsed.title) not in held and not is_collective(name):
                    add_list_person(out, sent, at, ListPerson(name), parsed, raw, None, [])
    return list(out)


# 公示了我省全国劳动模范和先进工作者推荐人选名单: the honour a list of nominees is for
CANDIDACY_LIST_RE = re.compile(
    r"(?:公示|公布|发布|确定)了?(?P<h>[^，,。；;！？!?、：:“”「」（）()]{3,40}?)"
    r"(?:推荐人选|候选人|推荐对象|拟表彰对象|拟推荐对象|候选对象|推荐人员)(?:建议)?名单"
)


def _candidacy(ctx: Context, start: int, end: int) -> tuple[ParsedHonour, str] | None:
    """The honour a list of nominees published between ``start`` and ``end`` is for."""
    for m in CANDIDACY_LIST_RE.finditer(ctx.text, start, end):
        raw = re.sub(r"^(?:我省|我市|我区|我县|本市|全省|全市)", "", m["h"])
        parsed = parse_honour(raw, doc_year=ctx.doc.year)
        if parsed:
            return parsed, raw
    return None


def _line_items(ctx: Context, end: int) -> tuple[int, list[tuple[str, int]], dict[str, ListPerson]]:
    """The entries of the lines after a colon that ends its line, one person a line (●张某 某医院护士长 /
    某公司班组长刘某；), up to the first line that is no entry: where they stop, their names and rows."""
    from loaders.extract.awards import split_person_item

    t = ctx.text
    names: list[tuple[str, int]] = []
    rows: dict[str, ListPerson] = {}
    stop = end
    for lm in re.finditer(r"[^\n]*", t[end : ctx.art.end]):
        s, e = end + lm.start(), end + lm.end()
        line = t[s:e].strip()
        if not line:
            if names and e > s:
                break
            continue
        body = BULLET_RE.sub("", line, count=1).rstrip("；;。，,")
        person = parse_list_line(body)
        at = t.find(person.name, s, e) if person else -1
        if person is None or at < 0 or is_collective(person.name):
            closing = [m for m in ctx.names_in(s, e) if t[m.end : e].strip() in ("", "；", ";", "。", "，", ",")]
            if not closing:
                break
            person, at = ListPerson(closing[-1].name), closing[-1].start
            item = split_person_item(BULLET_RE.sub("", t[s : closing[-1].end].strip(), count=1))
            if item[0] == person.name:
                person = ListPerson(person.name, item[1], item[2], item[3])
        if person.name in rows:
            break
        names.append((person.name, at))
        rows[person.name] = person
        stop = e
    return stop, names, rows


# 甲公司张三、乙公司李四等239人获得表彰 (headline: 239名全国劳动模范获表彰): a run of names closed
# by a head count the honour is stated with elsewhere
COUNTED_RUN_RE = re.compile(r"等\s*(\d+|[一二三四五六七八九十百千两]+)\s*(?:人|名|位)")


# 239名全国劳动模范获表彰 / 5名荣获全国五一劳动奖章的先进代表: a head count and the honour its group holds
COUNTED_HONOUR_RE = re.compile(
    r"(\d+|[一二三四五六七八九十百千两]+)\s*[名位](?:[^，,。；;：:、\s“”]{0,6}?(?:荣获|获得|获评))?“?"
    r"(?P<h>[^，,。；;：:、\s“”]{2,16}?)”?(?=称号|的|获|受|荣获|光荣|[，,。；;！？]|$)"
)


def _counted_honour(ctx: Context, start: int, end: int, count: int) -> tuple[ParsedHonour, str] | None:
    """The honour ``count`` people are named by between ``start`` and ``end`` (239名全国劳动模范)."""
    from loaders.dates import cn_to_int

    for m in COUNTED_HONOUR_RE.finditer(ctx.text, start, end):
        raw = m.group("h")
        if cn_to_int(m.group(1)) != count or phrase_kind(raw) != "honour":
            continue
        parsed = parse_honour(raw, doc_year=ctx.doc.year)
        if parsed:
            return parsed, raw
    return None


def counted_runs(ctx: Context, facts: list[Fact], held: set[tuple[str, object]]) -> list[Fact]:
    """甲、乙、丙等239人获得表彰 where the headline (or one of the three sentences before) says
    239名全国劳动模范: each name of the run that no honour reaches yet holds the honour named with the
    same head count.  The count ties the two; a count no scope names with an honour gives nothing."""
    from loaders.dates import cn_to_int
    from loaders.extract.awards import add_list_person

    t = ctx.text
    out = Found(ctx)
    sents = ctx.art.sentences
    reached = {n for n, _ in held}  # the names an honour reaches already
    for k, sent in enumerate(sents):
        last_run = sent.start
        for m in COUNTED_RUN_RE.finditer(t, sent.start, sent.end):
            count = cn_to_int(m.group(1))
            start = m.start()
            while start > sent.start and t[start - 1] not in "，,；;：:。！？":
                start -= 1
            start, last_run = max(start, last_run), m.end()
            if count and _count_named(ctx, sent, start, m, count, held, out):
                continue
            names: list[tuple[str, int]] = []
            for mention in ctx.names_in(start, m.start()):
                if mention.name not in (n for n, _ in names):
                    names.append((mention.name, mention.start))
            if count is None or not 2 <= len(names) < count or any(n in reached for n, _ in names):
                continue
            if any(n in _framed_here(facts, sent) for n, _ in names):
                continue  # 甲、乙等10人和丙、丁等10名同学分别被授予A和B: the frame gave each group its own
            scopes = [(m.end(), sent.end), (sent.start, start)]
            scopes += [(s.start, s.end) for s in reversed(sents[max(0, k - ENUM_LOOKBACK) : k])]
            if ctx.art.title:
                scopes.append((ctx.art.title.start, ctx.art.title.end))
            honour = next(
                (
                    h
                    for x in scopes
                    if count in _counts(t[x[0] : x[1]])
                    and (h := _counted_honour(ctx, x[0], x[1], count) or _named_honour(ctx, facts, *x))
                ),
                None,
            )
            if honour is None:
                continue
            parsed, raw = honour
            for name, at in names:
                if (name, parsed.title) not in held:
                    add_list_person(out, sent, at, ListPerson(name), parsed, raw, None, [])
        if k > 0 and not COUNTED_RUN_RE.search(t, sent.start, sent.end):
            _counted_next(ctx, sent, sents[k - 1], reached, held, out)
    return list(out)


def _framed_here(facts: list[Fact], sent: Sentence) -> set[str]:
    """The names an honour read in ``sent`` names as its holders: a frame that names them reaches them,
    though the clause's head count (等10人) marks the fact as about a group."""
    return {n for f in facts if f.kind == "honor" and f.sent.start == sent.start and f.persons for n in f.persons}


# 对甲、乙等14名省优秀城市美容师，丙等15名市优秀城市美容师进行表彰: the group's honour right after its head count
NAMED_GROUP_RE = re.compile(r"(?P<h>[^，,。；;：:、“”「」（）()\s]{3,24}?)(?=[，,。；;和及与、]|进行|受到|称号|荣誉|$)")
# (等13名先进职工获全国五一劳动奖章: a group word before the award verb describes; the verb's object is the honour)
# the commendation the group is the object of: 对…等N名X进行表彰 / …等N名X受到表彰 / 授予…等N名X称号
GROUP_VERB_AFTER_RE = re.compile(r"表彰|称号")
GROUP_VERB_BEFORE_RE = re.compile(r"授予|命名|表彰")


def _count_named(
    ctx: Context, sent: Sentence, start: int, m: re.Match[str], count: int, held: set[tuple[str, object]], out: Found
) -> bool:
    """甲、乙等14名浙江省优秀城市美容师 in a sentence that confers (表彰/授予/荣获…): the names of the run
    (one or more, no more than the count) hold the honour the head count names; True when read so."""
    t = ctx.text
    g = NAMED_GROUP_RE.match(t, m.end(), sent.end)
    if not g or not (
        GROUP_VERB_AFTER_RE.search(t, g.end(), sent.end) or GROUP_VERB_BEFORE_RE.search(t, sent.start, start)
    ):
        return False
    raw = g["h"]
    if (
        re.search(r"获|授予|评为|当选|入选|表彰|表扬|通报|嘉奖|奖励|予以|给予", raw)
        or phrase_kind(raw) != "honour"
        or (parsed := parse_honour(raw, doc_year=ctx.doc.year)) is None
    ):
        return False
    names: list[Mention] = []
    for mention in run_names(t, ctx.names_in(start, m.start())):
        # each name closes an item of the run (海曙区某中心张某: 海曙 is no item's name)
        if mention.end != m.start() and not re.match(r"\s*(?:[、，,和及与]|以及)", t[mention.end : m.start()]):
            continue
        if mention.name not in (n.name for n in names):
            names.append(mention)
    if not names or len(names) > count or names[-1].end != m.start():
        return False
    reached = {n for n, _ in held}
    for mention in names:
        if mention.name not in reached:  # a fallback: a name an honour reaches already keeps its own
            _give(out, held, sent, mention, parsed, raw)
    return True


COUNTED_NEXT_MIN = 3
# 在获奖者当中，… / 获奖表扬劳工中，由某县推荐的甲… / 受表彰的职工中: what follows, to the paragraph's end, is about
# the award's holders
AMONG_RE = re.compile(
    r"(?:获奖者|得奖者|获奖[\u4e00-\u9fff]{1,4}?|受表彰的?[\u4e00-\u9fff]{1,4}?|获表彰的?[\u4e00-\u9fff]{1,4}?)"
    r"(?:当中|之中|中)[，,]"
)


# 入选本次表彰的…从业者，… 他们中有…的某公司驾驶员甲；有…乙: the group a pronoun stands for was named as
# honoured in the sentences before (one of them holds a word of being honoured)
PRONOUN_AMONG_RE = re.compile(r"(?:他们|她们)(?:当中|之中|中)[，,]?(?=有|包括)")
HONOURED_GROUP_RE = re.compile(r"表彰|入选|获奖|荣获|授予|获评|当选")


def _pronoun_among(t: str, sents: list[Sentence], k: int) -> re.Match[str] | None:
    """他们中有… in sentence ``k`` where its start or the sentences before it say the group was honoured."""
    sent = sents[k]
    m = PRONOUN_AMONG_RE.search(t, sent.start, sent.end)
    if m is None:
        return None
    lead = [t[s.start : s.end] for s in sents[max(0, k - ENUM_LOOKBACK) : k]] + [t[sent.start : m.start()]]
    return m if any(HONOURED_GROUP_RE.search(x) for x in lead) else None


def among_awardees(ctx: Context, facts: list[Fact], held: set[tuple[str, object]]) -> list[Fact]:
    """在获奖者当中，…。某学院系主任甲多次…: a person named after 获奖者当中 (or 获奖劳工中, 受表彰的职工中, or
    他们中有 after a sentence saying the group was honoured) and before the paragraph ends, whom no honour
    reaches yet, holds the honour the article names before it (in the paragraph, the three sentences
    before, or the headline)."""

    t = ctx.text
    out = Found(ctx)
    sents = ctx.art.sentences
    reached = {n for n, _ in held}
    for k, sent in enumerate(sents):
        m = AMONG_RE.search(t, sent.start, sent.end)
        if m is None:
            m = _pronoun_among(t, sents, k)
        if m is None:
            continue
        stop = t.find("\n", m.end())
        stop = len(t) if stop < 0 else stop
        names = [x for x in ctx.names_in(m.end(), stop) if x.name not in reached]
        if not names:
            continue
        scopes = [(sent.start, m.start())] + [(s.start, s.end) for s in reversed(sents[max(0, k - ENUM_LOOKBACK) : k])]
        if ctx.art.title:
            scopes.append((ctx.art.title.start, ctx.art.title.end))
        # the honour the other holders named in the article hold, else the one named before
        common = Counter(
            (str(f.value.get("raw") or f.value.get("title")), f.value.get("title"))
            for f in facts
            if f.kind == "honor" and f.persons and ctx.art.start <= f.pos < ctx.art.end
        ).most_common(1)
        shared = parse_honour(common[0][0][0], doc_year=ctx.doc.year) if common else None
        honour = (
            (shared, common[0][0][0])
            if shared
            else next((h for x in scopes if (h := _named_honour(ctx, facts, *x)) and _reads_as_honour(h[1])), None)
        )
        if honour is None:
            continue
        parsed, raw = honour
        for mention in names:
            at = next(s for s in sents if s.start <= mention.start < s.end)
            _give(out, held, at, mention, parsed, raw)
    return list(out)


def _reads_as_honour(raw: str) -> bool:
    """入选本次表彰的从业者 / 获得评审委员一致的肯定: the awardees' honour is an honour phrase, not just any
    object of an award verb (else the sentences before are searched)."""
    return phrase_kind(QUOTED_RE.sub(r"\1", raw)) == "honour"


def _counted_next(
    ctx: Context, sent: Sentence, before: Sentence, reached: set[str], held: set[tuple[str, object]], out: Found
) -> None:
    """5名荣获全国五一劳动奖章的先进代表与记者面对面交流。见面会现场，某公司技师甲，…，某公司总监戊在…:
    a sentence naming exactly as many people (three or more, none with an honour yet) as the sentence
    before counts holders of an honour gives each of them that honour."""
    from loaders.extract.awards import add_list_person

    names: list[tuple[str, int]] = []
    for mention in ctx.names_in(sent.start, sent.end):
        if mention.name not in (n for n, _ in names):
            names.append((mention.name, mention.start))
    if len(names) < COUNTED_NEXT_MIN or any(n in reached for n, _ in names):
        return
    honour = _counted_honour(ctx, before.start, before.end, len(names))
    if honour is None:
        return
    parsed, raw = honour
    for name, at in names:
        if (name, parsed.title) not in held:
            add_list_person(out, sent, at, ListPerson(name), parsed, raw, None, [])


# 石油系统有四十一名劳动英雄，其中包括甲、乙… / 二十二名劳动英雄中有老劳模丙、丁…等: holders named
# after a counted group of an honour
MEMBERS_RE = re.compile(
    r"(?:\d+|[一二三四五六七八九十百两]+)\s*[名位](?P<honour>[^，,。；;：:、\s“”]{2,12}?)"
    r"(?:中|当中)?[，,]?(?:其中)?(?:包括|有)"
)
MEMBERS_END_RE = re.compile(r"等(?:人|同志)?(?=[。，,；;]|$)|。")
TOGETHER_RE = re.compile(r"\s*(?:一起|一道|一同)")


def member_enumerations(ctx: Context, facts: list[Fact], held: set[tuple[str, object]]) -> list[Fact]:
    """二十二名劳动英雄中有老劳模甲、乙和已故的某厂党总支书记丙等: each name of the run holds the honour
    the counted group is named by (not one quoted, nor one said of someone the run only mentions)."""

    t = ctx.text
    out = Found(ctx)
    for sent in ctx.art.sentences:
        for m in MEMBERS_RE.finditer(t, sent.start, sent.end):
            raw = m["honour"]
            if phrase_kind(raw) != "honour":
                continue
            parsed = parse_honour(raw, doc_year=ctx.doc.year)
            if parsed is None:
                continue
            end_m = MEMBERS_END_RE.search(t, m.end(), sent.end)
            stop = end_m.start() if end_m else sent.end
            for mention in ctx.names_in(m.end(), stop):
                if _in_quotes(t, m.end(), mention.start) or TOGETHER_RE.match(t, mention.end):
                    continue  # “钢铁钻工” / 同王某一起被誉为…: a nickname or a companion, not a holder
                _give(out, held, sent, mention, parsed, raw)
    return list(out)


# 在“某市工匠”选树活动中，甲、乙、丙等一批…职工脱颖而出 / 今年评选的是第五批某市首席技师，甲等22人…脱颖而出:
# the names a selection singles out
STANDOUT_RE = re.compile(r"等[^。；;！？!?等]{0,60}?(?:脱颖而出|胜出)")
# 甲、乙、丙等五人为提名奖获得者 / 甲等3人为“某市工匠”: a run named holders of an honour
NAMED_AS_RE = re.compile(
    r"等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[人名位](?:同志)?为(?P<h>[^，,。；;！？!?]{2,30}?)"
    r"(?:称号|荣誉称号)?(?:获得者|获奖者)?(?=[，,。；;！？!?]|$)"
)


def _in_full(text: str, short: str, before: int) -> str:
    """提名奖 as the text names it in full before ``before`` (“某市工匠”提名奖), else as written."""
    bare = re.sub(r"[“”「」]", "", short)
    full = [m for m in re.finditer(r"[“「]([^”」]{2,20})[”」]" + re.escape(bare), text[:before])]
    return full[-1].group(1) + bare if full and len(bare) <= 4 else short


# 今年所评选的是第五批某市首席技师: the honour a selection is for
SELECTED_FOR_RE = re.compile(
    r"(?:评选|评出|选树|选拔)的是([^，,。；;！？!?、：:“”「」（）()]{3,24})(?=[，,。；;！？!?]|$)"
)


def standout_runs(ctx: Context, facts: list[Fact], held: set[tuple[str, object]]) -> list[Fact]:
    """甲、乙、丙等一批…职工脱颖而出 after “某市工匠”选树活动中 in the same sentence: each name of the run
    closed by 等 holds the honour the sentence names before it (quoted, the object of an award verb,
    or 评选的是X)."""

    t = ctx.text
    out = Found(ctx)
    for sent in ctx.art.sentences:
        for last in ctx.names_in(sent.start, sent.end):
            named_as = NAMED_AS_RE.match(t, last.end, sent.end)
            if not STANDOUT_RE.match(t, last.end, sent.end) and not named_as:
                continue
            names = ctx.names_in(sent.start, last.end)
            run = [names[-1]]
            for a in reversed(names[:-1]):
                if not _chain_gap(t[a.end : run[0].start]) or t[a.end] != "、":
                    break
                run.insert(0, a)
            # what the selection is for (评选的是X), else the honour the sentence names last before the run
            chosen = list(SELECTED_FOR_RE.finditer(t, sent.start, run[0].start))
            obj = chosen[-1].group(1) if chosen else None
            if named_as:  # 甲、乙等五人为提名奖获得者: the honour after 为, in full as the text names it before
                obj = _in_full(t, named_as["h"], sent.start)
            parsed = parse_honour(obj, doc_year=ctx.doc.year) if obj and phrase_kind(obj) == "honour" else None
            honour = (parsed, obj) if parsed and obj else _named_honour(ctx, facts, sent.start, run[0].start)
            if honour is None:
                continue
            parsed, raw = honour
            for mention in run:
                _give(out, held, sent, mention, parsed, raw)
    return list(out)


def _in_quotes(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened after ``start``."""
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


# …、丙10名青工上榜 / 我区的甲、乙榜上有名: the names before it are on the list just named
ON_LIST_RE = re.compile(
    r"(?:等)?(?:\s*(?:\d+|[一二三四五六七八九十两]+)\s*[名位人][\u4e00-\u9fff]{0,4}?)?(?:上榜|榜上有名|名列其中)"
)
ON_LIST_WORDS = ("上榜", "榜上有名", "名列其中")  # the words ON_LIST_RE closes on
# where the clause holding the names opens
LISTED_OPEN_RE = re.compile(r"[。！？；;：:，,\n]")
LISTED_REACH = 200  # how far before the names the honour of the list may be written


def _line_ends(t: str, i: int) -> bool:
    """Whether the line break at ``t[i]`` ends a paragraph, not a line of a hard-wrapped one (a long
    line broken mid-sentence, as a copy from a PDF is)."""
    line = t.rfind("\n", 0, i) + 1
    return i - line < 30 or not re.match(r"[\u4e00-\u9fff，、]", t[i - 1 : i]) or not t[i + 1 : i + 2].strip()


def listed_honours(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """“X”名单揭晓，甲、乙、丙10名青工上榜 / 公布了…X名单。我市的甲榜上有名: the names of the clause
    that closes on 上榜 hold the honour written last before them in the paragraph, when no honour
    of the clause reaches them already."""
    from loaders.extract.profile import attribute

    t = ctx.text
    out = Found(ctx)
    honours = sorted((f for f in facts if f.kind == "honor"), key=lambda f: f.pos)
    # every match ends on one of these words: an article without them is not scanned (the pattern's
    # optional head count is tried at every character)
    on_list = any(t.find(w, ctx.art.start, ctx.art.end) >= 0 for w in ON_LIST_WORDS)
    lists = list(ON_LIST_RE.finditer(t, ctx.art.start, ctx.art.end)) if on_list else []
    # whom each honour reaches, read only when something is 上榜 (most pages: nothing)
    held = {(n, str(f.value.get("title"))) for f in honours for n in attribute(ctx, f)} if lists else set()
    for m in lists:
        opens = [
            o.end()
            for o in LISTED_OPEN_RE.finditer(t, max(ctx.art.start, m.start() - 400), m.start())
            if o.group() != "\n" or _line_ends(t, o.start())
        ]
        # the clause: from the last mark before the names (a list of 、 items has none)
        start = opens[-1] if opens else max(ctx.art.start, m.start() - 400)
        names = run_names(t, ctx.names_in(start, m.start()))
        if not names or names[-1].end != m.start():
            continue  # 上榜 right after the last name (or its head count)
        para = start
        while para > ctx.art.start and not (t[para - 1] == "\n" and _line_ends(t, para - 1)):
            para -= 1
        before = [f for f in honours if max(para, start - LISTED_REACH) <= f.pos < start]
        if any(start <= f.pos < m.end() for f in honours):
            continue
        if not before:
            _named_list_honour(ctx, max(para, start - LISTED_REACH), start, names, held, out)
            continue
        f = before[-1]
        title = str(f.value.get("title"))
        for n in names:
            if (n.name, title) in held:
                continue
            sent = next((s for s in ctx.art.sentences if s.start <= n.start < s.end), f.sent)
            value = dict(f.value)
            value["conferred_by"] = list(f.value.get("conferred_by") or [])
            out.add("honor", value, sent, n.start, persons=[n.name], confidence=0.7)
    return list(out) + prose_rosters(ctx, facts + list(out))  # the last list reader: rosters under prose


def _named_list_honour(
    ctx: Context, start: int, end: int, names: list[Mention], held: set[tuple[str, str]], out: Found
) -> None:
    """The honour of a list no honour fact names, written as what was published (公布了…X名单)."""
    from loaders.extract.awards import add_list_person

    named = _named_honour(ctx, [], start, end)
    if named is None:
        return
    honour, raw = named
    for n in names:
        if (n.name, honour.title) in held:
            continue
        sent = next((s for s in ctx.art.sentences if s.start <= n.start < s.end), Sentence(start, end, ""))
        add_list_person(out, sent, n.start, ListPerson(n.name), honour, raw, None, [])


def _give(
    out: Found, held: set[tuple[str, object]], sent: Sentence, mention: Mention, parsed: ParsedHonour, raw: str
) -> None:
    """``mention`` holds the honour (once: a name already holding that title is left as it is)."""
    from loaders.extract.awards import add_list_person

    if (mention.name, parsed.title) in held:
        return
    held.add((mention.name, parsed.title))
    add_list_person(out, sent, mention.start, ListPerson(mention.name), parsed, raw, None, [])


RUN_HELD_MIN = 2  # members of a bare run who hold its title elsewhere (a headline's 甲、乙等20人被评为X)


def _give_run(ctx: Context, sent: Sentence, every: list[tuple[Fact, list[str]]], out: Found) -> None:
    """宋某、邢某等20人被评为X (headline) … 某集团董事长宋某，某公司副总裁邢某，某厂厂长冯某…: a sentence that
    is a bare run of names and reads no honour gives the one title two or more of its members hold
    elsewhere in the article to every member."""
    for chain in _chains(ctx, sent, set()):
        members = set(chain)
        outside = [(f, whom) for f, whom in every if not sent.start <= f.pos < sent.end and members & set(whom)]
        titles = {str(f.value.get("title")) for f, _ in outside}
        holders = {n for _, whom in outside for n in whom if n in members}
        if len(titles) != 1 or len(holders) < RUN_HELD_MIN:
            continue
        best = max((f for f, _ in outside), key=lambda g: len(str(g.value.get("raw") or "")))
        for m in ctx.names_in(sent.start, sent.end):
            if m.name in members and m.name not in holders:
                holders.add(m.name)
                value = dict(best.value) | {"conferred_by": list(best.value.get("conferred_by") or [])}
                out.add("honor", value, sent, m.start, persons=[m.name], confidence=0.6)
