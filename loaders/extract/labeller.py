"""A trained character labeller: person names (PER) and honour phrases (HON) with their spans.

A linear-chain CRF (python-crfsuite) over the characters of one sentence, tags B-/I-PER,
B-/I-HON and O.  It was trained on the hand-written answer keys of the real development
texts (tests/data/real/dev): every occurrence of a key person's name is a PER span, every
occurrence of an honour's ``raw`` (else ``title``) a HON span.  The model ships at
data/models/labeller.crfsuite and is rebuilt with ``loaders/extract/train_labeller.py``.

    from loaders.extract.labeller import label_spans
    label_spans("2021年，韩冰被评为第二届“洛阳工匠”。")   # [Span('PER', 5, 7), Span('HON', 14, 18)]

Features of a character: itself, its neighbours (±2) and the bigrams around it, its class
(CJK, digit, Latin, quote, punctuation), whether it is a surname (data/dictionaries/names.yaml),
where it sits in the dictionary word that covers it (jieba's dictionary segmentation,
``loaders.extract.nlp.cut``) and that word's part of speech, whether an honour suffix
(data/dictionaries/triggers.yaml: 劳动模范, 奖章, 工匠 …) ends here, starts here or ends
a few characters ahead in the same clause, whether it is inside quotes, and digits/年.

The extractor asks the labeller only when ``LAOMO_LABELLER=1`` (see ``enabled``);
``LAOMO_LABELLER_MODEL`` points it at another model file (cross-validation).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["MODEL_FILE", "Span", "enabled", "features", "label_spans", "name_spans", "sentences", "tags_to_spans"]

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "models" / "labeller.crfsuite"

# a sentence: up to and including its end mark and a closing quote after it, never across a line break
SENTENCE_RE = re.compile(r"[^\n。！？!?；;]+[。！？!?；;]*[”」』’]?")
OPEN_QUOTES = '“「『《"‘'
CLOSE_QUOTES = '”」』》"’'
PUNCT = "，,。；;：:、！？!?（）()【】—…·"
# the extractor takes a labelled span only when each of its tags has at least this marginal probability
MIN_P = 0.6


@dataclass(frozen=True)
class Span:
    """A labelled span ``text[start:end]`` of kind PER or HON."""

    kind: str
    start: int
    end: int
    p: float = 1.0  # the least marginal probability of the span's tags


def enabled() -> bool:
    """Whether the extractor uses the labeller as an extra mention source (``LAOMO_LABELLER=1``)."""
    return os.environ.get("LAOMO_LABELLER", "0") == "1"


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with their start offsets (the labeller's unit)."""
    return [(m.start(), m.group()) for m in SENTENCE_RE.finditer(text)]


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    from loaders.extract.frames import trigger_table

    return trigger_table().honour_suffixes


@lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern[str]:
    words = sorted(_suffixes(), key=lambda w: (-len(w), w))
    return re.compile("(?=(" + "|".join(map(re.escape, words)) + "))")


def _cls(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha():
        return "L"
    if c in OPEN_QUOTES:
        return "Q"
    if c in CLOSE_QUOTES:
        return "q"
    if c.isspace():
        return "S"
    if c in PUNCT:
        return "P"
    return "O"


def features(sentence: str) -> list[list[str]]:
    """The feature strings of each character of one sentence."""
    from loaders.extract.lexicon import lexicon
    from loaders.extract.nlp import cut, word_tag

    lex = lexicon()
    n = len(sentence)
    pad = "^^" + sentence + "$$"
    # the dictionary word covering each character: its position (B/M/E/S), length and tag
    wpos = [""] * n
    wtag = [""] * n
    wlen = [0] * n
    pos = 0
    for w in cut(sentence):
        k = len(w)
        tag = (word_tag(w) or "x")[:2] if k > 1 or "\u4e00" <= w <= "\u9fff" else "x"
        for j in range(k):
            if pos + j < n:
                wpos[pos + j] = "S" if k == 1 else "B" if j == 0 else "E" if j == k - 1 else "M"
                wtag[pos + j] = tag
                wlen[pos + j] = min(k, 5)
        pos += k
    # honour suffixes: where one ends and where one starts
    sfx_end = [False] * n
    sfx_start = [False] * n
    for m in _suffix_re().finditer(sentence):
        sfx_start[m.start()] = True
        sfx_end[m.start() + len(m.group(1)) - 1] = True
    # distance to the next suffix end in the same clause (no punctuation in between)
    ahead = [0] * n
    nxt = -1
    for i in range(n - 1, -1, -1):
        if sentence[i] in PUNCT or sentence[i].isspace():
            nxt = -1
        if sfx_end[i]:
            nxt = i
        ahead[i] = nxt - i if nxt >= 0 else -1
    # inside quotes
    inq = [False] * n
    depth = 0
    for i, c in enumerate(sentence):
        if c in "“「『":
            depth += 1
        elif c in "”」』" and depth:
            depth -= 1
        inq[i] = depth > 0
    out: list[list[str]] = []
    for i in range(n):
        c = sentence[i]
        p = i + 2
        a = ahead[i]
        f = [
            "b",
            "c=" + c,
            "c-1=" + pad[p - 1],
            "c+1=" + pad[p + 1],
            "c-2=" + pad[p - 2],
            "c+2=" + pad[p + 2],
            "b-1=" + pad[p - 1 : p + 1],
            "b+1=" + pad[p : p + 2],
            "b-2=" + pad[p - 2 : p],
            "b+2=" + pad[p + 1 : p + 3],
            "t=" + pad[p - 1 : p + 2],
            "k=" + _cls(c),
            "k-1=" + _cls(pad[p - 1]),
            "k+1=" + _cls(pad[p + 1]),
        ]
        if wpos[i]:
            f += ["w=" + wpos[i] + str(wlen[i]), "wt=" + wtag[i], "wt/w=" + wtag[i] + wpos[i]]
        if lex.is_surname_at(sentence, i):
            f.append("sur")
            if i + 1 < n and sentence[i + 1] in lex.after_name:
                f.append("sur+after")
            if i > 0 and sentence[i - 1] in lex.after_name:
                f.append("after+sur")
        if c in lex.after_name:
            f.append("after")
        if sfx_end[i]:
            f.append("sfx_end")
        if sfx_start[i]:
            f.append("sfx_start")
        if a >= 0:
            f.append("ahead=" + _bucket(a))
        if inq[i]:
            f.append("inq")
        if c == "年" and i > 0 and sentence[i - 1].isdigit():
            f.append("year")
        if i == 0:
            f.append("first")
        if i == n - 1:
            f.append("last")
        out.append(f)
    return out


def _bucket(a: int) -> str:
    return "0" if a == 0 else "1-3" if a <= 3 else "4-8" if a <= 8 else "9-16" if a <= 16 else ">16"


def tags_to_spans(tags: list[str], offset: int = 0) -> list[Span]:
    """B-/I- tags → spans (an I- without its B- opens a span)."""
    out: list[Span] = []
    kind, start = "", -1
    for i, t in enumerate([*tags, "O"]):
        if t.startswith("I-") and kind == t[2:]:
            continue
        if kind:
            out.append(Span(kind, offset + start, offset + i))
            kind = ""
        if t != "O":
            kind, start = t[2:], i
    return out


@lru_cache(maxsize=4)
def _tagger(path: str) -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def _model_path() -> str:
    return os.environ.get("LAOMO_LABELLER_MODEL") or str(MODEL_FILE)


@lru_cache(maxsize=8192)
def _label_sentence(sentence: str, model: str) -> tuple[Span, ...]:
    if not re.search(r"[\u4e00-\u9fff]", sentence):
        return ()
    tagger = _tagger(model)
    tags = list(tagger.tag(features(sentence)))
    return tuple(
        Span(s.kind, s.start, s.end, min(tagger.marginal(tags[i], i) for i in range(s.start, s.end)))
        for s in tags_to_spans(tags)
    )


def label_spans(text: str) -> list[Span]:
    """PER and HON spans of ``text``, sentence by sentence, in order."""
    model = _model_path()
    out: list[Span] = []
    for start, sent in sentences(text):
        out.extend(Span(s.kind, start + s.start, start + s.end, s.p) for s in _label_sentence(sent, model))
    return out


def name_spans(text: str, min_p: float = MIN_P) -> list[tuple[str, Span]]:
    """The PER spans of ``text`` shaped like a Chinese name, with the name as written without spaces
    (马 伟: a roster pads a two-character name): two or three characters led by a surname (four with a
    compound one: 欧阳志远), not a listed non-name, on one line, each tag's marginal at least ``min_p``."""
    from loaders.extract.lexicon import lexicon

    lex = lexicon()
    out = []
    for s in label_spans(text):
        if s.kind != "PER" or s.p < min_p or "\n" in text[s.start : s.end]:
            continue
        name = re.sub(r"\s", "", text[s.start : s.end])
        longest = 4 if lex.is_surname_at(name, 0) == 2 else 3
        if 2 <= len(name) <= longest and lex.is_surname_at(name, 0) and name not in lex.not_names:
            out.append((name, s))
    return out
