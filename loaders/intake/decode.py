"""Bytes → text for CSV, TXT and HTML: UTF-8 (with or without BOM), GB18030/GBK, UTF-16.

Order: a byte-order mark decides (and must be right: a UTF-8 BOM over GBK bytes
is a mislabelled file and an error, not a guess); then strict UTF-8; then
``charset-normalizer`` among the encodings Chinese offices use.  Whatever
decodes is then checked for mojibake — text that was already decoded with the
wrong encoding once and saved again (鐒︿綔 for 焦作, 锟斤拷, Ã¥Â¼Â) — which is
refused: such text would load as names nobody has.
"""

from __future__ import annotations

import codecs
import re

from graph.errors import InputError

# Encodings charset-normalizer may choose from when the bytes are not UTF-8.
CANDIDATES = ("gb18030", "utf_16_le", "utf_16_be", "big5")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_MOJIBAKE_RE = re.compile(r"[\u00c0-\u00ef][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]")


def decode_bytes(data: bytes, *, file: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of ``data``; InputError naming the file when it is not text or is mojibake.

    ``declared`` is an encoding the file itself claims (an HTML ``<meta charset>``);
    bytes that contradict it are an error.

    >>> decode_bytes("焦作工匠".encode("gbk"), file="a.txt")
    ('焦作工匠', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "张伟".encode(), file="a.csv")
    ('张伟', 'utf-8-sig')
    """
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _utf16_without_bom(data, file=file)
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data, "utf-8-sig", file=file, why="starts with a UTF-8 byte-order mark"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", file=file, why="starts with a UTF-16 byte-order mark"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if declared and codecs.lookup(declared).name == "utf-8":
                raise InputError(
                    f"declares charset {declared} but is not UTF-8 (byte {exc.start}): the file is mislabelled; "
                    "save it again as UTF-8",
                    file=file,
                ) from exc
            text, encoding = _guess(data, file=file)
    check_mojibake(text, file=file)
    return text, encoding


def _strict(data: bytes, encoding: str, *, file: str, why: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{why} but is not {encoding.replace('-sig', '')} (byte {exc.start}): the file is mislabelled "
            "(GBK bytes saved behind a UTF-8 mark?); save it again as UTF-8 or as GBK without the mark",
            file=file,
        ) from exc


def _utf16_without_bom(data: bytes, *, file: str) -> tuple[str, str]:
    # ASCII-heavy UTF-16 has a zero in every other byte; which side tells the byte order
    even = data[0:4096:2].count(0)
    odd = data[1:4096:2].count(0)
    encoding = "utf-16-be" if even > odd else "utf-16-le"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise InputError(f"binary data, not text (a zero byte at {data.index(0)})", file=file) from exc


def _guess(data: bytes, *, file: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if best is None:
        raise InputError("not text in UTF-8, GB18030/GBK, UTF-16 or Big5 (the bytes fit none of them)", file=file)
    encoding = "gb18030" if best.encoding in ("gb2312", "gbk", "gb18030") else best.encoding
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:  # charset-normalizer tolerates a few bad bytes; we do not
        raise InputError(f"not valid {encoding} text (byte {exc.start})", file=file) from exc


def check_mojibake(text: str, *, file: str) -> None:
    """InputError when ``text`` is mojibake: UTF-8 read as GBK or Latin-1 and saved again, or replacement characters.

    >>> check_mojibake("焦作市劳动模范", file="a.txt")
    >>> check_mojibake("鐒︿綔甯傚姵鍔ㄦā鑼", file="a.txt")
    Traceback (most recent call last):
    graph.errors.InputError: a.txt: the text is mojibake (UTF-8 bytes decoded as GBK and saved again, ...
    """
    sample = text[:200_000]
    bad = sample.count("\ufffd")
    if "锟斤拷" in sample or bad >= 10 or (bad and bad * 200 > len(sample)):
        raise InputError(
            "the text holds replacement characters (� or 锟斤拷): it was damaged by a wrong conversion "
            "before it reached us; ask for the original file",
            file=file,
        )
    wide = "".join(ch for ch in sample if ord(ch) > 0x7F)
    if len(wide) >= 4 and _CJK_RE.search(wide):
        # genuine Chinese re-encoded as GB18030 is almost never valid UTF-8; mojibake nearly always is
        again = wide.encode("gb18030", errors="replace").decode("utf-8", errors="replace")
        good, bad = len(_CJK_RE.findall(again)), again.count("\ufffd")
        if good >= 2 and good > 4 * bad:
            raise InputError(
                f"the text is mojibake (UTF-8 bytes decoded as GBK and saved again, e.g. {wide[:12]}): "
                "ask for the original file",
                file=file,
            )
    if not _CJK_RE.search(sample) and len(_LATIN_MOJIBAKE_RE.findall(sample)) >= 3:
        for enc in ("cp1252", "latin-1"):
            try:
                again = wide.encode(enc).decode("utf-8")
            except UnicodeError:
                continue
            if _CJK_RE.search(again):
                raise InputError(
                    f"the text is mojibake (UTF-8 bytes decoded as Latin-1 and saved again, e.g. {wide[:12]}): "
                    "ask for the original file",
                    file=file,
                )
