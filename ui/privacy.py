"""Reader mode: what a public reading-room screen may show.

With ``LAOMO_READER=1`` the explorer hides the import page and the Cypher
console, shows birth dates to the month at most, and blanks out identity-card
and telephone numbers wherever free text (evidence sentences, summaries) is
shown or exported.  Publicity staff run the full mode; the public gets this.
"""

from __future__ import annotations

import os
import re
from typing import Any

# 18-digit resident identity numbers (last character may be X) and 15-digit old ones.
_ID_CARD = re.compile(r"(?<!\d)(\d{17}[\dXx]|\d{15})(?![\dXx])")
# Mainland mobile numbers (1[3-9]x xxxx xxxx, optionally +86 / spaced / dashed).
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)")
# Landlines with an area code: 0391-1234567, (0391)1234567, 0391 12345678.
_LANDLINE = re.compile(r"(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-\s])\d{7,8}(?!\d)")
MASK = "＊＊＊"


def reader_mode() -> bool:
    """True when the explorer runs for the public (environment LAOMO_READER=1)."""
    return os.environ.get("LAOMO_READER", "").strip().lower() in ("1", "true", "yes", "on")


def redact(text: str | None) -> str | None:
    """``text`` with identity-card and telephone numbers replaced by a mask."""
    if not text:
        return text
    for pattern in (_ID_CARD, _MOBILE, _LANDLINE):
        text = pattern.sub(MASK, text)
    return text


def born_for_reader(born: str | None) -> str | None:
    """A birth date cut to year and month (``1980-02-14`` → ``1980-02``)."""
    if not born:
        return born
    return born[:7]


# Free-text properties that may quote a telephone or identity number (ids and names never do).
TEXT_KEYS = ("sentence", "summary", "what", "raw", "title", "native_place", "notes")


def scrub_row(row: dict[str, Any], text_keys: tuple[str, ...] = TEXT_KEYS) -> dict[str, Any]:
    """A copy of a query row fit for reader mode: free text redacted, birth to the month.

    Nodes, relationships and paths inside the row are scrubbed too: the graph
    pictures show every property of a clicked node.
    """
    return _scrub(row, text_keys)


def _scrub(value: Any, text_keys: tuple[str, ...]) -> Any:
    if isinstance(value, list):
        return [_scrub(v, text_keys) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key == "born" and isinstance(item, str):
            out[key] = born_for_reader(item)
        elif key in text_keys and isinstance(item, str):
            out[key] = redact(item)
        else:
            out[key] = _scrub(item, text_keys)
    return out
