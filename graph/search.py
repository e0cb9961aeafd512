"""The Chinese search index, built without the store's full-text extension.

ladybug's ``fts`` extension downloads from the internet, so every searchable
node carries a ``search`` string instead: its names and aliases in the written
and simplified script, full pinyin and pinyin initials, lower-cased and joined
by ``|``.  A query matches with CONTAINS on either store.

>>> search_text(["張偉"])
'張偉|张伟|zhangwei|zw'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from graph.hanzi import to_simplified


@lru_cache(maxsize=65536)  # a load builds rows more than once and names repeat: pypinyin is the slow part
def _pinyin(text: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin

    full = "".join(lazy_pinyin(text, errors="ignore"))
    initials = "".join(s[0] for s in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore") if s)
    return full.lower(), initials.lower()


def search_text(names: Iterable[str | None]) -> str:
    """All the spellings a user might type for these names, for CONTAINS search."""
    keys: list[str] = []
    for name in names:
        if not name:
            continue
        simple = to_simplified(name)
        full, initials = _pinyin(simple)
        for key in (name.lower(), simple.lower(), full, initials):
            if key and key not in keys:
                keys.append(key)
    return "|".join(keys)


def normalise_query(query: str) -> str:
    """A user's query in the index's spelling: simplified, lower case, no spaces."""
    return to_simplified(query.strip()).lower().replace(" ", "")
