"""Chinese script: traditional → simplified, the one converter of the project.

Everything that folds script uses this: the search index and the user's query
(``graph.search``), the loaders' names and honour titles, the layout-repaired
text of ``loaders.textnorm`` and the scorer.  One converter means a name indexed
at load time and the same name typed in the UI fold the same way.

The rule is OpenCC ``t2s`` applied per line, kept only when it is
character-for-character; on a line where a phrase rule changed the length, each
character is converted on its own; a few variant forms t2s leaves (陜, 衞) are folded
after it (``VARIANTS``).  The length guarantee is what lets
``loaders.textnorm`` keep one source offset per character.

>>> to_simplified("第三屆焦作工匠")
'第三届焦作工匠'
>>> to_simplified("勞動模範\\n霍州煤電集團")
'劳动模范\\n霍州煤电集团'
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc  # loaded on first use: about 0.1 s

    convert: Callable[[str], str] = opencc.OpenCC("t2s").convert
    return convert


def to_simplified(text: str) -> str:
    """``text`` in simplified script, exactly as long as ``text``."""
    if len(text) <= _SHORT:
        return _short_simplified(text)
    return _long_simplified(text)


# Names, honours and bodies are folded again and again (the extractor compares every conferring
# body with every organisation name of a document): a short string's answer is remembered.
_SHORT = 64


@lru_cache(maxsize=16384)
def _short_simplified(text: str) -> str:
    return _simplified(text)


# A few long texts too: the extractor folds the same whole document (5,700 characters of the seed
# page: 6 times) and article (6 times) while reading one page, ~4 % of its time.  Only the last
# few are kept, so a long run holds no more than a few pages; ``forget_long`` empties it.
@lru_cache(maxsize=8)
def _long_simplified(text: str) -> str:
    return "".join(map(_line_simplified, text.splitlines(keepends=True)))


# ... and their lines: an article, a paragraph or a heading's run of lines is folded after the
# whole document was, line by line as ``_simplified`` folds it, so the same lines are answered
# from here (the seed page's ~40 long texts: ~2 ms).
@lru_cache(maxsize=4096)
def _line_simplified(line: str) -> str:
    return _simplified(line)


def forget_long() -> None:
    """Forget the long texts and their lines remembered (benchmarks call this so a repeated page
    is folded again)."""
    _long_simplified.cache_clear()
    _line_simplified.cache_clear()


# Variant forms that OpenCC t2s leaves as they are, though big5 mirrors and Hong Kong / Taiwan
# pages write them (陜西省, 縣城南衞生院, 鑛務局): each is folded to its simplified character.
VARIANTS: dict[int, str] = {
    ord(a): b
    for a, b in zip(
        "陜敍枱粧糭衞衹缐塲槪鑛砿鉄鐡勲緖郞鄕凖汚効隣淸靑囯浄",
        "陕叙台妆粽卫只线场概矿矿铁铁勋绪郎乡准污效邻清青国净",
        strict=True,
    )
}


def _simplified(text: str) -> str:
    convert = _t2s()
    out = []
    for line in text.splitlines(keepends=True):
        conv = convert(line)
        if len(conv) != len(line):  # a phrase rule changed the length: go char by char
            conv = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        out.append(conv.translate(VARIANTS))
    return "".join(out)
