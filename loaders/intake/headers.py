"""Column headings of a 名单 → fields, from data/dictionaries/roster_headers.yaml.

Real lists spell the same column many ways (单位 / 工作单位 / 所在单位, 出生年月 /
出生日期), break headings over lines (姓\n名), pad them with full-width spaces
(姓　　名) and add notes (出生年月（年.月）).  ``header_field`` undoes all of that.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

HEADERS_FILE = Path(__file__).resolve().parents[2] / "data" / "dictionaries" / "roster_headers.yaml"
PERSONAL = "personal"
"""The field of columns that are known but never loaded (ID numbers, phones)."""

_NOTE_RE = re.compile(r"[（(][^（）()]*[）)]$")
_SPACE_RE = re.compile(r"[\s\u3000:：*＊]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = yaml.safe_load(HEADERS_FILE.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for field, words in (data.get("fields") or {}).items():
        for word in words:
            out[_clean(str(word))] = field
    for word in data.get("personal") or []:
        out[_clean(str(word))] = PERSONAL
    return out


def _clean(text: str) -> str:
    return _SPACE_RE.sub("", text).lower()


def header_field(heading: object) -> str | None:
    """The field a column heading fills, ``"personal"`` for data never loaded, None when unknown.

    >>> header_field("工作单位")
    'employer'
    >>> header_field("姓　　名")
    'name'
    >>> header_field("出生年月\\n（年.月）")
    'born'
    >>> header_field("身份证号") is None
    False
    >>> header_field("爱好") is None
    True
    """
    if heading is None:
        return None
    text = _clean(str(heading))
    if not text:
        return None
    table = _table()
    if text in table:
        return table[text]
    stripped = _NOTE_RE.sub("", text)
    return table.get(stripped) if stripped else None


def known_headings() -> dict[str, str]:
    """Every heading the dictionary knows (cleaned) → its field; for documentation and tests."""
    return dict(_table())
