"""A document's word followed by one of the rules' patterns, without a pattern per word.

The rules often ask whether a name or a title the document holds is followed somewhere by some
pattern: ``re.search(re.escape(name) + PLACE_COUNT, text)``.  Written that way every new name
compiles a new pattern (0.2–2 ms each: the patterns' CJK ranges are costly to compile), and a
document with a few dozen names spent more time compiling than matching.  :func:`followed_by`
gives the same answer from the word's occurrences (``str.find``) and the pattern compiled once.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def followed_by(text: str, word: str, pattern: str) -> bool:
    """``re.search(re.escape(word) + pattern, text) is not None``: some occurrence of ``word``
    (overlapping ones too) is followed by a match of ``pattern``.  ``pattern`` is matched where
    the word ends, in the whole text, so its look-behinds, ``^`` and ``\\b`` see what they would.

    >>> followed_by("焦政〔2023〕12号：焦作市…", "焦政", r"[〔［\\[]\\s*(?:19|20)\\d\\d\\s*[〕］\\]]")
    True
    >>> followed_by("南海区7人获评", "南海", r"\\d+人")
    False
    """
    rx = _compiled(pattern)
    n = len(word)
    i = text.find(word)
    while i != -1:
        if rx.match(text, i + n):
            return True
        i = text.find(word, i + 1)
    return False
