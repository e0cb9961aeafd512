"""Chinese text extraction: union newspaper pages, WeChat articles, encyclopedia profiles and
award lists → profile facts with evidence (see docs/extraction.md).

    from loaders.extract import extract_text, extract_file
    profile = extract_text(text, source="page.txt")

Offline and in-process: rules and dictionaries (data/dictionaries, data/aliases) over
OpenCC and jieba's dictionary; jieba is imported lazily and quietly on first use.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from graph.errors import InputError

__all__ = ["InputError", "decode_bytes", "extract_file", "extract_text"]

_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

# The rules use ~750 regular expressions written inline (``re.search(r"…", s)``) besides the
# compiled ones, and a document adds its own (a name + a pattern).  ``re`` keeps 512 compiled
# patterns and drops the oldest when full, so a document's patterns pushed the rules' out and
# every document compiled a few hundred of them again (~0.2 ms each, ~8 % of the run; docs/
# benchmarks.md, 6 December 2026).  A larger cache ends that; the patterns are the same.
RE_CACHE = 4096
if getattr(re, "_MAXCACHE", RE_CACHE) < RE_CACHE:
    re._MAXCACHE = RE_CACHE  # type: ignore[attr-defined]


def extract_text(
    text: str,
    *,
    source: str | None = None,
    document_date: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Facts of one text as a profile dict (valid against data/profile.schema.json).

    ``document_date`` (YYYY, YYYY-MM or YYYY-MM-DD) resolves 去年/今年; when absent it is
    read from the text (a masthead, a dateline), else from the date in ``url`` (the address
    the page was published at: ``…/2019/04/24/…``), else left unknown.  ``publisher`` is read
    from the text too (a masthead, a closing 焦作市总工会 line) when not given.
    """
    if document_date is not None and not _DATE_RE.match(document_date):
        raise InputError(f"document date {document_date!r} is not YYYY, YYYY-MM or YYYY-MM-DD", field="document_date")
    from loaders.extract.profile import build_profile
    from loaders.extract.urldate import date_from_url

    profile = build_profile(text, source=source, document_date=document_date, publisher=publisher)
    if url and document_date is None and not profile["document"].get("date"):
        address_date = date_from_url(url)
        if address_date:  # the text names no date of its own: read it again with the page's
            profile = build_profile(text, source=source, document_date=address_date, publisher=publisher)
    if url:
        profile["document"]["url"] = url
    return profile


def decode_bytes(data: bytes, *, file: str) -> str:
    """UTF-8 (with or without BOM), else GB18030; InputError when neither decodes."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            last = exc
    raise InputError(f"not UTF-8 or GB18030 text (byte {last.start})", file=file) from last


def extract_file(path: str | Path, **kwargs: Any) -> dict[str, Any]:
    """Read a text file (UTF-8, UTF-8 with BOM or GB18030) and extract it."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(p)) from exc
    return extract_text(decode_bytes(data, file=str(p)), source=str(p), **kwargs)
