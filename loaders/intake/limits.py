"""How big an input may be, and the checks that refuse zip bombs and XML entities.

The limits are documented in README.md ("What `laomo load` accepts").  A union
office's list or announcement is kilobytes to a few megabytes; anything far
larger is a mistake or an attack, and is refused with a message saying which
limit it broke rather than read for minutes.
"""

from __future__ import annotations

import io
import re
import zipfile

from graph.errors import InputError

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file read at all (20 MiB)."""
MAX_LINE_CHARS = 100_000
"""Longest line of a text, CSV or HTML file (a 名单 row or a paragraph is far shorter)."""
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
"""Largest total size of the parts inside a DOCX/XLSX/ODS once unpacked."""
MAX_ZIP_RATIO = 200
"""Largest ratio of unpacked to packed size of one part (ordinary XML packs 5–20×)."""
MAX_ZIP_MEMBERS = 10_000
MAX_TABLE_ROWS = 200_000
"""Most rows read from one sheet or table."""

# A DTD in an office document is never legitimate; it is how external and expanding entities arrive.
_DTD_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def check_size(data: bytes, *, file: str) -> None:
    """Refuse a file over MAX_FILE_BYTES before anything parses it."""
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"file is {len(data) / 1048576:.1f} MB, over the {MAX_FILE_BYTES // 1048576} MB limit for one file; "
            "split it into smaller files",
            file=file,
        )


def check_lines(text: str, *, file: str) -> None:
    """Refuse text with a line longer than MAX_LINE_CHARS (a file with no line breaks, or binary data)."""
    start = 0
    n = len(text)
    line_no = 1
    while start < n:
        end = text.find("\n", start)
        end = n if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            raise InputError(
                f"line {line_no} is {end - start:,} characters long, over the {MAX_LINE_CHARS:,}-character limit "
                "for one line: this is not a text, CSV or HTML file as written by an office program",
                file=file,
            )
        start, line_no = end + 1, line_no + 1


def check_zip(data: bytes, *, file: str, kind: str) -> None:
    """A DOCX/XLSX/ODS container: a readable zip, within the size limits, with no DTD in any XML part.

    ``kind`` names the expected format in messages (``XLSX``).
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InputError(
            f"not a valid {kind} file (the zip container is damaged or truncated: {exc})", file=file
        ) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise InputError(f"{kind} holds {len(infos)} parts, over the {MAX_ZIP_MEMBERS} limit", file=file)
        total = 0
        for info in infos:
            total += info.file_size
            if total > MAX_UNZIPPED_BYTES:
                raise InputError(
                    f"{kind} unpacks to more than {MAX_UNZIPPED_BYTES // 1048576} MB: refused as a zip bomb", file=file
                )
            if info.file_size > 1_000_000 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise InputError(
                    f"{kind} part {info.filename} unpacks {info.file_size // max(info.compress_size, 1)}× its packed "
                    "size: refused as a zip bomb",
                    file=file,
                )
        for info in infos:
            if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with zf.open(info) as fh:
                    head = fh.read(min(info.file_size, MAX_UNZIPPED_BYTES))
            except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
                raise InputError(
                    f"not a valid {kind} file (part {info.filename} is damaged or truncated: {exc})", file=file
                ) from exc
            if _DTD_RE.search(head):
                raise InputError(
                    f"{kind} part {info.filename} declares a DTD or an XML entity (<!DOCTYPE/<!ENTITY): "
                    "refused, office programs never write one and it can make a reader fetch files or addresses",
                    file=file,
                )
