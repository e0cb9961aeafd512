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
from dataclasses import dataclass

from loaders.extract.document import Sentence
from loaders.extract.facts import Context, Fact, Found
from loaders.extract.listrows import BULLET_RE, ListPerson, is_collective, is_name, parse_list_line
from loaders.honours import parse_honour, phrase_kind
from loaders.orgs import employer_of, is_org_name, org_kind

ROLL_SEP_RE = re.compile(r"[、，,；;]|[ \t\u3000]+")
# 某人民医院： / 一等奖： — a label before the names of a roll line
LABEL_RE = re.compile(r"^(?P<label>[^：:]{2,40})[：:]\s*")
# 等五人为…获得者 / 等10名 / （共3人）: a head count closing the run
TAIL_RE = re.compile(r"(?:等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[人名位].*|[（(]共?\d+[人名][）)])$")
NOTE_RE = re.compile(r"[（(]([^（）()]{1,40})[）)]$")
BLOCK_MIN = 3  # single-name lines make a roll only in a block of this many


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
        at = text.find(person.name, start, end) if person else -1
        if person is None or at < 0 or not (person.unit or person.post) or is_collective(person.name):
            return None
        return RollLine(start, end, None, [(person.name, at, person.unit)], person)
    if not items:
        return None
    return RollLine(start, end, unit, items)


def _name_items(text: str, start: int, end: int, body: str) -> list[tuple[str, int, str | None]] | None:
    """The names of a line made only of names (each with an optional bracketed unit), else None."""
    items: list[tuple[str, int, str | None]] = []
    pos = start
    for piece in ROLL_SEP_RE.split(body):
        if not piece:
            continue
        note = None
        nm = NOTE_RE.search(piece)
        name = piece
        if nm:
            name, note = piece[: nm.start()], nm.group(1)
            if not (is_org_name(note) or org_kind(note) or re.fullmatch(r"[男女]|[\u4e00-\u9fff]{1,4}族", note)):
                return None
            if re.fullmatch(r"[男女]|[\u4e00-\u9fff]{1,4}族", note):
                note = None
        if not is_name(name) or is_collective(name):
            return None
        at = text.find(name, pos, end)
        if at < 0:
            return None
        pos = at + len(name)
        items.append((name, at, note))
    return items


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
    if not any(rolls) and not labelled:
        return []
    from loaders.extract.profile import attribute  # the profile's reading of whom a fact is about

    held = {(n, f.value.get("title")) for f in facts if f.kind == "honor" and not f.others for n in attribute(ctx, f)}
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
        if len(block) >= BLOCK_MIN or multi:
            heading = lines[k - 1] if k > 0 else None
            _read_block(ctx, facts, block, heading, found, out)
        k = j
    return list(out)


def _read_block(
    ctx: Context,
    facts: list[Fact],
    block: list[RollLine],
    heading: tuple[int, int] | None,
    found: set[str],
    out: Found,
) -> None:
    listed = {name for r in block for name, _, _ in r.items}
    known = listed & found
    for r in block:
        if len(r.items) < 2 and len(block) < BLOCK_MIN:
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
CHAIN_GAP_RE = re.compile(r"[^。！？!?“”「」《》：:获荣授评选说和与及]{0,40}")
CHAIN_SEP_RE = re.compile(r"[、；;，,]")
CHAIN_MIN = 3


def _chains(ctx: Context, sent: Sentence, honour_pos: set[int]) -> list[list[str]]:
    """Runs of three names or more in one sentence, each apart from the next by one list
    separator and the next one's description (no honour read in between)."""
    t = ctx.text
    names = ctx.names_in(sent.start, sent.end)
    chains: list[list[str]] = []
    cur: list[str] = []
    for a, b in itertools.pairwise(names):
        gap = t[a.end : b.start]
        ok = (
            len(CHAIN_SEP_RE.findall(gap)) == 1
            and CHAIN_SEP_RE.match(gap) is not None
            and CHAIN_GAP_RE.fullmatch(gap) is not None
            and not any(a.end <= p < b.start for p in honour_pos)
        )
        if ok:
            cur = cur or [a.name]
            cur.append(b.name)
        else:
            if len(cur) >= CHAIN_MIN:
                chains.append(cur)
            cur = []
    if len(cur) >= CHAIN_MIN:
        chains.append(cur)
    return chains


def chain_honours(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """甲（某公司）、乙（某医院）、丙…荣获X / 分别是：某厂技师甲；某所工程师乙；…: when an honour of the
    sentence reaches some names of an enumeration, it reaches every name of it."""
    from loaders.extract.profile import attribute

    out = Found(ctx)
    by_sent: dict[int, list[tuple[Fact, list[str]]]] = {}
    every = [(f, attribute(ctx, f)) for f in facts if f.kind == "honor"]
    for f, whom in every:
        if not f.others:
            by_sent.setdefault(f.sent.start, []).append((f, whom))
    for group in _item_groups(ctx):
        held = [x for s in group for x in by_sent.get(s.start, [])]
        if not held:
            continue
        span = Sentence(group[0].start, group[-1].end, ctx.text[group[0].start : group[-1].end])
        chains = _chains(ctx, span, {f.pos for f, _ in held}) if len(group) == 1 else [_item_names(ctx, group)]
        for chain in chains:
            members = set(chain)
            spots = [m for m in ctx.names_in(span.start, span.end) if m.name in members]
            if not spots:
                continue
            first, last = min(m.start for m in spots), max(m.end for m in spots)
            for f, whom in held:
                # an honour inside an item (…的水电先锋胡某；) is that item's; one outside the list is all of it
                inside = first <= f.pos < last
                if not members & set(whom) or inside:
                    continue
                title = f.value.get("title")
                for name in chain:
                    if name in whom or any(g.value.get("title") == title and name in w for g, w in held):
                        continue
                    pos = next(m.start for m in ctx.names_in(span.start, span.end) if m.name == name)
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
            return []
        names.append(last[0].name)
    return names if len(names) >= CHAIN_MIN else []


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
    label = BULLET_RE.sub("", m["label"], count=1).strip()
    raw = LABEL_TAIL_RE.sub("", label) or label
    if phrase_kind(raw) != "honour":
        return None
    rest = m["rest"].rstrip("。；;")
    pieces = [x for x in re.split(r"[、，,；;\s]+", rest) if x]
    if pieces and all(is_name(x) and not is_collective(x) for x in pieces):
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

    honour = parse_honour(raw, doc_year=ctx.doc.year)
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
    honour = parse_honour(head, doc_year=ctx.doc.year) if head else None
    if head is None or honour is None or phrase_kind(re.sub(r"[“”「」]", "", head)) != "honour":
        return False
    sent = next(
        (s for s in ctx.art.sentences if s.start <= r.start < s.end),
        Sentence(r.start, r.end, ctx.text[r.start : r.end]),
    )
    for name, at, note in missed:
        person = r.person or ListPerson(name, unit=note or r.unit)
        add_list_person(out, sent, at, person, honour, head, None, [])
    return True
