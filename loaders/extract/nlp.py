"""Lazy, quiet access to jieba's dictionary and segmenter.

jieba is imported on first use (not when loaders.extract is imported) and its
logger is silenced first, so nothing is printed.  The extractor asks it only
small questions: is this string an ordinary word, where do the words of this
short window start, which part of speech does a word have.
"""

from __future__ import annotations

import logging
from functools import lru_cache


@lru_cache(maxsize=1)
def _jieba():
    logging.getLogger("jieba").setLevel(logging.ERROR)
    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    from loaders.orgs import known_organizations, places

    for name in known_organizations():
        jieba.add_word(name, freq=2000, tag="nt")
    p = places()
    for name in list(p["provinces"]) + list(p["cities"]):  # type: ignore[operator]
        jieba.add_word(name, freq=2000, tag="ns")
    return jieba, _word_tags(jieba)


def _word_tags(jieba) -> dict[str, str]:
    """jieba's part-of-speech table, read from a marshal cache next to jieba's own (importing
    jieba.posseg parses the 350 000-line dictionary on every start: seconds, not milliseconds)."""
    import marshal
    import os
    import tempfile

    source = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    cache = os.path.join(tempfile.gettempdir(), f"laomo-jieba-tags-{int(os.path.getmtime(source))}.marshal")
    try:
        with open(cache, "rb") as fh:
            return marshal.load(fh)  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tags: dict[str, str] = {}
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    try:
        tmp = f"{cache}.{os.getpid()}"
        with open(tmp, "wb") as fh:
            marshal.dump(tags, fh)
        os.replace(tmp, cache)  # atomic: concurrent processes never read a half-written cache
    except OSError:
        pass  # a read-only temp dir: the table is rebuilt next time
    return tags


def word_freq(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 if it is not a word)."""
    jieba, _ = _jieba()
    return jieba.dt.FREQ.get(word, 0) or 0


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag for a dictionary word (n, v, nr, ns, nt …); words this
    module added (places, known organisations) carry the tag they were added with."""
    jieba, tags = _jieba()
    return jieba.dt.user_word_tag_tab.get(word) or tags.get(word)


@lru_cache(maxsize=4096)
def cut(text: str) -> tuple[str, ...]:
    """Dictionary segmentation of a short window (no HMM guesses)."""
    jieba, _ = _jieba()
    return tuple(jieba.cut(text, HMM=False))


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
