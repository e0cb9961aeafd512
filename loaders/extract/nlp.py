"""jieba's dictionary, compiled: is this string an ordinary word, which part of speech does a word
have, where do the words of a short window start.

The extractor asks only these small questions, so it does not run jieba itself: the first call
in a process reads one compiled table (word → frequency and tag, from jieba's dictionary plus the
known organisations and places this module adds to it) from the user cache
(``loaders.extract.diskcache``), and :func:`cut` segments with jieba's own algorithm (a word DAG
and a maximum-frequency route, ``jieba.cut(text, HMM=False)``) over that table.  Importing
jieba, reading its 350 000-line dictionary and its part-of-speech table took seconds of every
start; the table loads in about a tenth of that.  jieba itself is imported only to build the
table when the cache is missing or stale (its dictionary or ours changed).

The table is kept compact: the words in one byte string and an open-addressing hash index over
them (CRC-32 of the UTF-8 word, linear probing).  Loading it is a copy of two byte strings
(a few milliseconds) instead of building 350 000 Python strings (~0.13 s of every start); a
looked-up word is remembered, so a long run pays the index's cost once per distinct word.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from math import log
from pathlib import Path

from loaders.extract.diskcache import PackedWords, pack_words

DATA = Path(__file__).resolve().parents[2] / "data"

# jieba's own block patterns (jieba/__init__.py: re_han_default, re_skip_default, re_eng)
_HAN_RE = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP_RE = re.compile("(\r\n|\\s)")
_ENG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # re_eng: [a-zA-Z0-9]


class _Table:
    """Words with their frequency and tag (one int each: ``freq << 8 | tag number``), jieba's total."""

    def __init__(self, index: bytes, records: bytes, tags: list[str | None], total: int, longest: int) -> None:
        self.words = PackedWords(index, records)
        self.tags = tags
        self.log_total = log(total)
        self.longest = longest


def _sources() -> list[Path]:
    from importlib.util import find_spec

    spec = find_spec("jieba")  # where jieba's dictionary is, without importing jieba
    jieba_dict = Path(spec.origin if spec and spec.origin else "jieba").parent / "dict.txt"
    ours = sorted(p for d in ("dictionaries", "aliases") for p in (DATA / d).glob("*") if p.is_file())
    return [jieba_dict, *ours]


def _build() -> tuple[bytes, bytes, list[str | None], int, int]:
    """The packed table (:func:`_pack`) of :func:`_build_words`."""
    words, names, total, longest = _build_words()
    return (*pack_words(words), names, total, longest)


def _build_words() -> tuple[dict[str, int], list[str | None], int, int]:
    """Run jieba once: its dictionary, our additions (known organisations nt, places ns), its tag table."""
    logging.getLogger("jieba").setLevel(logging.ERROR)
    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    from loaders.orgs import known_organizations, places

    for name in known_organizations():
        jieba.add_word(name, freq=2000, tag="nt")
    p = places()
    for name in list(p["provinces"]) + list(p["cities"]):
        jieba.add_word(name, freq=2000, tag="ns")
    tags: dict[str, str] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    tags.update({w: t for w, t in jieba.dt.user_word_tag_tab.items() if t})
    names: list[str | None] = [None, *sorted(set(tags.values()))]
    number = {t: i for i, t in enumerate(names)}
    words = {w: (f << 8) | number[tags[w]] if w in tags else f << 8 for w, f in jieba.dt.FREQ.items() if f}
    for w, t in tags.items():  # a tagged word jieba gave no frequency still has its tag
        words.setdefault(w, number[t])
    longest = max(map(len, words))  # prefixes (below) are never longer
    # every prefix of a word is kept too (value 0: no frequency, no tag, as for a missing word),
    # as jieba keeps them, so cut() stops lengthening a fragment at the first one that is absent
    for w in [w for w, v in words.items() if v >> 8]:
        for end in range(1, len(w)):
            words.setdefault(w[:end], 0)
    return words, names, int(jieba.dt.total), longest


@lru_cache(maxsize=1)
def _table() -> _Table:
    from loaders.extract.diskcache import compiled

    return _Table(*compiled("jieba-words", _sources(), _build))  # "jieba-table" had no prefixes


_CLEARED_WITH: list[Callable[[], None]] = []  # other modules' caches of answers built on this table


def clear_with(forget: Callable[[], None]) -> None:
    """Have :func:`clear_caches` call ``forget`` too (``posts`` remembers parsed post phrases)."""
    _CLEARED_WITH.append(forget)


def clear_caches() -> None:
    """Forget segmented windows and remembered look-ups (the table itself stays loaded)."""
    cut.cache_clear()
    if _table.cache_info().currsize:
        _table().words.clear_memo()
    for forget in _CLEARED_WITH:
        forget()


def word_freq(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 if it is not a word)."""
    return _table().words.get(word, 0) >> 8


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag for a dictionary word (n, v, nr, ns, nt …); words this
    module added (places, known organisations) carry the tag they were added with."""
    t = _table()
    return t.tags[t.words.get(word, 0) & 0xFF]


@lru_cache(maxsize=4096)
def cut(text: str) -> tuple[str, ...]:
    """Dictionary segmentation of a short window (no HMM guesses): ``jieba.cut(text, HMM=False)``."""
    t = _table()
    out: list[str] = []
    for blk in _HAN_RE.split(text):
        if not blk:
            continue
        if _HAN_RE.match(blk):
            out.extend(_cut_block(t, blk))
        else:
            for x in _SKIP_RE.split(blk):
                if _SKIP_RE.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return tuple(out)


def _cut_block(t: _Table, s: str) -> list[str]:
    """jieba's ``__cut_DAG_NO_HMM``: the most probable route through the dictionary's words."""
    words, log_total, n = t.words, t.log_total, len(s)
    lookup, longest, remembered = words.lookup, t.longest, words.remembered()
    # from the last start to the first: each start's possible word ends with the word's log
    # frequency (looked up once, not twice; a fragment that is no word and no word's prefix ends
    # the search: no longer word starts so), then the best route from there (jieba's max over
    # (score, end), taken directly when there is one end only)
    route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    for k in range(n - 1, -1, -1):
        ends = []
        for i in range(k, min(n, k + longest)):
            frag = s[k : i + 1]
            value = remembered(frag)
            if value is None:
                value = lookup(frag)
            if value < 0:
                break
            if value >> 8:
                ends.append((i, log(value >> 8) - log_total))
        if len(ends) > 1:
            route[k] = max((w + route[x + 1][0], x) for x, w in ends)
        elif ends:
            x, w = ends[0]
            route[k] = (w + route[x + 1][0], x)
        else:
            route[k] = (-log_total + route[k + 1][0], k)  # an unknown character is a word of its own (log 1 = 0)
    out: list[str] = []
    x, buf = 0, ""
    while x < n:
        y = route[x][1] + 1
        word = s[x:y]
        if len(word) == 1 and word in _ENG_CHARS:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
    return out


def is_common_word(word: str, *, min_freq: int = 20, allow: tuple[str, ...] = ("nr", "nrfg", "nrt")) -> bool:
    """An ordinary dictionary word (项目, 成长), not a name jieba knows as one."""
    tag = word_tag(word) or ""
    return word_freq(word) >= min_freq and not tag.startswith(allow)


def crosses_word(text: str, start: int, end: int, *, window: int = 3) -> bool:
    """Whether the span [start, end) cuts through a dictionary word of its surroundings.

    和工 in 生产和工人的 cuts 工人 in two: it is no name.
    """
    lo, hi = max(0, start - window), min(len(text), end + window)
    pos = lo
    for tok in cut(text[lo:hi]):
        s, e = pos, pos + len(tok)
        if len(tok) > 1 and (s < start < e or s < end < e):
            return True
        pos = e
    return False


def word_ends_at(text: str, at: int) -> bool:
    """Whether the dictionary segmentation of ``text`` ends a word at ``at`` (or runs out before it).

    柳工|结构件 ends a word after 柳工; 绿化委|员会办公室 would cut 委员会 in two.
    """
    end = 0
    for tok in cut(text):
        end += len(tok)
        if end >= at:
            return end == at
    return True
