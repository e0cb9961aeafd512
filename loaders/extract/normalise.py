"""The matching copy of a text, and the way back from it to the text as written.

    from loaders.extract.normalise import normalise

    norm = normalise("第三屆「焦作工匠」")
    norm.text                      # '第三届「焦作工匠」'   (match, tag and parse this)
    norm.to_original(2, 3)         # (2, 3)               (offsets into norm.original)
    norm.quote(0, 3)               # '第三屆'              (quote evidence as written)

Interface (stable; the extraction pipeline's stages build on it):

- ``normalise(text: str) -> NormalisedText``
- ``NormalisedText.original: str``, ``.text: str``, ``.offsets: tuple[int, ...]``
  (``offsets[i]`` is the index in ``original`` of the character ``text[i]`` came from;
  ``offsets[len(text)] == len(original)``)
- ``NormalisedText.to_original(start: int, end: int) -> tuple[int, int]``: the span of
  ``original`` that ``text[start:end]`` came from (it includes any line break that was
  removed inside the span); ValueError when the span is not inside ``text``.
- ``NormalisedText.quote(start: int, end: int) -> str``: ``original`` over that span.
- ``NormalisedText.raw(start: int, end: int) -> str``: the span's characters as written, without
  the line breaks and zero-width characters removed inside it (for ``raw`` fields).

What ``text`` differs in, and why:

- Layout line breaks inside a sentence are removed (page columns and WeChat copies break
  lines mid-sentence and even mid-word: 实|用新型 → 实用新型).  A line break is a layout
  break when the line before it does not end a sentence (。！？；：… or a closing quote after
  one) and either ends in ，、（“《「 or is cut inside quotes or brackets the next line closes
  (第二届“上虞市|优秀护士”), or reads like prose (punctuated, or at least 30 characters) while
  the next line is prose too.  These lines are never joined: a heading, list item, bullet or
  credit line (一、 （二） 1. ● 🏅 ## —— 本报讯 记者 …), a line of blank-separated fields (a
  name-list or table row: 王磊　交警大队副大队长), a short unpunctuated line (a title, a name).
  The break and the blanks around it are dropped (one space is kept between Latin letters or
  digits).  Paragraph breaks stay: a blank line is kept unless the line before it is visibly
  cut (it ends in ，、（“《 or is a punctuated line of 30 characters or more) and the next is prose.
- Full-width Latin letters, digits, the ideographic space and a few ASCII signs
  (％ ＋ － ． ／ ＃ ＆ ＠ ＝ ＿) become half-width; Chinese punctuation (，。：（）！？) stays.
- NBSP, the ideographic space and other Unicode spaces become an ASCII space (one for one,
  runs are not squeezed: name lists pad names with them); zero-width spaces, word joiners and
  BOMs and the ``\\r`` of ``\\r\\n`` are dropped (zero-width joiners stay: they hold emoji
  together); a lone ``\\r`` becomes ``\\n``.
- Traditional script becomes simplified (OpenCC t2s).  t2s is character-for-character for
  almost all text, but its phrase rules may change a length: the text is converted whole and
  checked, then line by line, and a line whose length changed is converted one character at a
  time so the offset map stays exact.

A 3,000-character page normalises in about a millisecond once OpenCC is loaded (the converter
is created on first use, once per process).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

# A line ending in one of these ends its sentence (or is a heading / lead-in that does).
SENTENCE_END = "。！？!?…；;：:"
# Closing quotes/brackets end a sentence only right after a sentence end (……说。”).
CLOSERS = "”’」』）)》】"
# A line ending in one of these is certainly continued on the next line.
OPEN_END = "，,、（(“‘《「『"
# A line holding one of these reads like prose (a title or a name line holds none).
PROSE_MARKS = "，,。、；;！？"
# Without prose marks a line this long is still prose (a title is shorter).
MIN_PROSE_LINE = 30
# A line before a blank line is cut only if it is this long (a paragraph, not a heading).
MIN_CUT_PARAGRAPH = 30
# The start of a heading, list item or credit line: such a line never continues the one before.
HEADING_START_RE = re.compile(
    r"[ \t\u3000\u00a0]*(?:"
    r"[（(][一二三四五六七八九十百\d]{1,3}[)）]"
    r"|[一二三四五六七八九十百]{1,3}[、.．]"
    r"|[\d０-９]{1,3}[、.．)）]"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节条部分篇]"
    r"|[#■●◆▲★☆□◇○•·＊*【〖|｜>-]"
    r"|——|本报讯|本报记者|记者|通讯员|实习生|编辑|责任编辑|责编|来源|文[／/:：]|图[／/:：]|附件|注[：:]"
    r")"
)
FIELDS_RE = re.compile(r"[\u4e00-\u9fff）)][ \t\u3000\u00a0]+[\u4e00-\u9fff（(]")
BRACKETED_RE = re.compile(r"[（(][^（）()]*[）)]|“[^“”]*”|《[^《》]*》|「[^「」]*」")
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

_FOLD: dict[int, str | None] = {c: chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({c: chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({c: chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD.update({ord(c): chr(ord(c) - 0xFEE0) for c in "％＋－．／＃＆＠＝＿"})
_FOLD.update({c: " " for c in (0x3000, 0x00A0, 0x202F, 0x205F, *range(0x2000, 0x200B))})
_DROPPED = "\u200b\u2060\ufeff"  # not the joiners: 👨\u200d🔧 is one emoji
_NEEDS_CARE_RE = re.compile("[\r" + _DROPPED + "]")

_converter: Callable[[str], str] | None = None
_converter_lock = threading.Lock()


@dataclass(frozen=True)
class NormalisedText:
    """A text for matching (``text``) and the text as written (``original``), with the map between them."""

    original: str
    text: str
    offsets: tuple[int, ...] = field(repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that ``text[start:end]`` came from.

        >>> norm = normalise("他获得发明专利3项、实\\n用新型专利12项。")
        >>> norm.text
        '他获得发明专利3项、实用新型专利12项。'
        >>> norm.to_original(10, 14)
        (10, 15)
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is not inside the normalised text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """``text[start:end]`` as written in the original (traditional script, line breaks and all).

        >>> normalise("第三屆「焦作工匠」").quote(0, 3)
        '第三屆'
        """
        s, e = self.to_original(start, end)
        return self.original[s:e]

    def raw(self, start: int, end: int) -> str:
        """``text[start:end]`` spelled as in the original, without what normalising removed inside it
        (the layout break of 实|用新型, a zero-width space), as a ``raw`` field wants it.

        >>> normalise("第三屆「焦作工匠」，實\\n用新型專利多項。").raw(10, 14)
        '實用新型'
        """
        s, e = self.to_original(start, end)
        kept = sorted(set(self.offsets[start:end]))  # one source character may give two (t2s expansions)
        return "".join(self.original[k] for k in kept if s <= k < e)


def normalise(text: str) -> NormalisedText:
    """The matching copy of ``text`` (see the module docstring) with its offset map.

    >>> normalise("全国劳动模范ＧＢ／Ｔ\\u3000２０２３").text
    '全国劳动模范GB/T 2023'
    """
    pieces: list[str] = []
    src: list[int] = []
    pos = 0
    for cut_from, cut_to, filler in _layout_breaks(text):
        _copy(text, pos, cut_from, pieces, src)
        if filler:
            pieces.append(filler)
            src.append(cut_from)
        pos = cut_to
    _copy(text, pos, len(text), pieces, src)
    folded = "".join(pieces)
    simple, offsets = _to_simplified(folded, src)
    offsets.append(len(text))
    return NormalisedText(original=text, text=simple, offsets=tuple(offsets))


def _copy(text: str, a: int, b: int, pieces: list[str], src: list[int]) -> None:
    """Append ``text[a:b]`` folded (spaces, full-width forms, zero-width characters) with its offsets."""
    if a >= b:
        return
    chunk = text[a:b]
    if not _NEEDS_CARE_RE.search(chunk):  # the common case: one character for one
        pieces.append(chunk.translate(_FOLD))
        src.extend(range(a, b))
        return
    for k in range(a, b):
        ch = text[k]
        if ch in _DROPPED or (ch == "\r" and k + 1 < len(text) and text[k + 1] == "\n"):
            continue
        pieces.append("\n" if ch == "\r" else ch.translate(_FOLD))
        src.append(k)


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, content end, line end with its break) of every line."""
    out: list[tuple[int, int, int]] = []
    for m in _LINE_RE.finditer(text):
        s, e = m.span()
        if s == e and s == len(text) and out:
            break
        body = m.group().rstrip("\r\n")
        out.append((s, s + len(body), e))
        if e == len(text):
            break
    return out


def _is_prose(line: str) -> bool:
    return any(ch in PROSE_MARKS for ch in line) or len(line) >= MIN_PROSE_LINE


def _ends_sentence(line: str) -> bool:
    last = line[-1]
    if last in SENTENCE_END:
        return True
    # ……说。” closes its sentence; a bare closing bracket (见附件）) may not
    return last in CLOSERS and len(line) >= 2 and line[-2] in SENTENCE_END + CLOSERS


def _is_item(line: str) -> bool:
    """A heading, list item, bullet or credit line: 一、 （二） 1. ● 🏅 ## —— 本报讯 记者 …"""
    return bool(HEADING_START_RE.match(line)) or unicodedata.category(line[0]).startswith("S")


def _has_fields(line: str) -> bool:
    """Blank-separated fields (a name-list or table row: 王磊　交警大队副大队长), brackets and quotes aside."""
    return bool(FIELDS_RE.search(BRACKETED_RE.sub("", line)))


def _continues(line: str, nxt: str, *, blank_between: bool) -> bool:
    """Whether the (stripped) ``line`` is cut by layout and ``nxt`` carries its sentence on."""
    if _ends_sentence(line) or _is_item(nxt):
        return False
    if line[-1] in OPEN_END:
        return True
    for opening, closing in (("“", "”"), ("《", "》"), ("（", "）"), ("「", "」")):
        # cut inside quotes or brackets that the next line closes: 第二届“上虞市 / 优秀护士”和…
        if line.count(opening) > line.count(closing) and closing in nxt:
            first_open = nxt.find(opening)
            if first_open < 0 or nxt.find(closing) < first_open:
                return True
    if _is_item(line) or _has_fields(line) or _has_fields(nxt):
        return False
    heading_like = not any(ch in PROSE_MARKS for ch in nxt) and len(nxt) <= 40
    if heading_like:
        return False
    if blank_between:
        return len(line) >= MIN_CUT_PARAGRAPH and any(ch in PROSE_MARKS for ch in line)
    return _is_prose(line)


def _layout_breaks(text: str) -> list[tuple[int, int, str]]:
    """Spans (from, to, filler) to cut out of ``text``: the breaks (and blanks around them) inside sentences."""
    if "\n" not in text and "\r" not in text:
        return []
    lines = _lines(text)
    cuts: list[tuple[int, int, str]] = []
    i = 0
    blanks = " \t\u3000\u00a0"
    while i < len(lines):
        s, ce, _ = lines[i]
        line = text[s:ce].strip(blanks)
        if not line:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not text[lines[j][0] : lines[j][1]].strip(blanks):
            j += 1
        if j >= len(lines):
            break
        ns, nce, _ = lines[j]
        nxt = text[ns:nce].strip(blanks)
        if _continues(line, nxt, blank_between=j > i + 1):
            cut_from = s + len(text[s:ce].rstrip(blanks))
            cut_to = ns + (len(text[ns:nce]) - len(text[ns:nce].lstrip(blanks)))
            latin = line[-1] in _ASCII_ALNUM and nxt[0] in _ASCII_ALNUM
            cuts.append((cut_from, cut_to, " " if latin else ""))
        i = j
    return cuts


def _t2s() -> Callable[[str], str]:
    """OpenCC's traditional → simplified converter, created once per process."""
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s").convert
    return _converter


def _to_simplified(text: str, src: list[int]) -> tuple[str, list[int]]:
    """``text`` in simplified script with its offsets, exact even where t2s changes a length."""
    if not text or text.isascii():
        return text, src
    convert = _t2s()
    whole = convert(text)
    if len(whole) == len(text):
        return whole, src
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        conv = convert(line)
        if len(conv) == len(line):
            out.append(conv)
            offsets.extend(src[pos : pos + len(line)])
        else:
            for k, ch in enumerate(line):
                c = convert(ch) or ch
                out.append(c)
                offsets.extend([src[pos + k]] * len(c))
        pos += len(line)
    return "".join(out), offsets
