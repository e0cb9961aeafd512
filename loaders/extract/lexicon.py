"""Word lists the extractor reads from data/dictionaries (names, posts, organisation boundaries).

Loaded once per process; every list is plain YAML that users may extend.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DICT = Path(__file__).resolve().parents[2] / "data" / "dictionaries"
CJK = r"\u4e00-\u9fff"


def _load(name: str) -> dict[str, Any]:
    """A dictionary file as parsed YAML, kept parsed in the user cache (start-up: diskcache)."""
    from loaders.extract.diskcache import parsed_yaml

    return parsed_yaml(DICT / name) or {}


def _chars(text: str | None) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", "", text or ""))


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    after_name: frozenset[str]
    byline_words: tuple[str, ...]
    not_names: frozenset[str]
    person_nouns: tuple[str, ...]
    post_endings: tuple[str, ...]
    post_single: frozenset[str]
    grades: frozenset[str]
    not_posts: frozenset[str]
    left_stops: tuple[str, ...]
    conjunction_compounds: tuple[str, ...]
    generic_starts: tuple[str, ...]
    party_state: tuple[str, ...]
    post_end_re: re.Pattern[str]

    def is_surname_at(self, text: str, i: int) -> int:
        """Length of the surname starting at ``text[i]`` (2 for 欧阳), 0 if none."""
        if text.startswith(self.compound_surnames, i):
            return 2
        return 1 if i < len(text) and text[i] in self.surnames else 0

    def post_suffix(self, text: str) -> str | None:
        """The post word ``text`` ends with (队长, 技师), or None."""
        m = self.post_end_re.search(text)
        return m.group() if m else None

    def is_post(self, text: str) -> bool:
        """A job or post title (外卖送餐员, 队长, 焊接技师); grades and statuses are not."""
        if not text or text in self.grades or text in self.not_posts:
            return False
        if _PHRASE_MARK_RE.search(text):
            return False
        return self.post_suffix(text) is not None or (len(text) >= 2 and text[-1] in self.post_single)


@lru_cache(maxsize=32)
def alternation(words: tuple[str, ...], after: str = "") -> re.Pattern[str]:
    """``(?:w1|w2|…)`` and then ``after``, the words escaped in the order given, compiled once per
    list (a finder that builds it per article escapes hundreds of words each time)."""
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")" + after)


# punctuation or a blank: a phrase, not one post (compiled once: is_post runs ~500 times a page)
_PHRASE_MARK_RE = re.compile(r"[，,。；;：:！？\s“”]")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    names = _load("names.yaml")
    posts = _load("posts.yaml")
    kinds = _load("org_kinds.yaml")
    endings = tuple(sorted(set(posts.get("endings") or []), key=lambda w: (-len(w), w)))  # ties fixed: same pattern
    return Lexicon(
        surnames=_chars(names.get("surnames")),
        compound_surnames=tuple(names.get("compound_surnames") or []),
        after_name=_chars(names.get("after_name")),
        byline_words=tuple(sorted(names.get("byline_words") or [], key=len, reverse=True)),
        not_names=frozenset(names.get("not_names") or []),
        person_nouns=tuple(sorted(names.get("person_nouns") or [], key=len, reverse=True)),
        post_endings=endings,
        post_single=_chars(posts.get("single_char_endings")),
        grades=frozenset(posts.get("grades") or []),
        not_posts=frozenset(posts.get("not_posts") or []),
        left_stops=tuple(sorted(kinds.get("left_stop_words") or [], key=len, reverse=True)),
        conjunction_compounds=tuple(kinds.get("conjunction_compounds") or []),
        generic_starts=tuple(sorted(kinds.get("generic_starts") or [], key=len, reverse=True)),
        party_state=tuple(kinds.get("party_and_state_prefixes") or []),
        post_end_re=re.compile("(?:" + "|".join(map(re.escape, endings)) + ")$"),
    )
