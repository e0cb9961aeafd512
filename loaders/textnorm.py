"""Text normalisation that never loses its way back to the source.

Newspaper pages and WeChat copies break lines in the middle of sentences and
even of words (工作实 / 际).  Extraction works on a repaired, simplified-script
copy of the text; every character of that copy remembers the offset of the
character it came from, so evidence offsets and ``raw`` spellings are read from
the original (第三屆焦作工匠 stays traditional in ``raw``).

Repairs are deletions and one-for-one replacements only, which is what keeps
the map a plain list of indices:
- a line that does not end a sentence is joined to the next one (the line
  break and surrounding blanks are dropped);
- traditional characters become simplified (``graph.hanzi.to_simplified``, the
  project's one converter: OpenCC t2s, character-for-character), and the few Hong Kong variants
  t2s leaves (衞生院 → 卫生院) are folded too;
- full-width digits and Latin letters become ASCII (ＧＢ／Ｔ → GB/T);
- a pinyin gloss that a mirror site's converter left after a character (業(yè), 協(xié)) is
  dropped from the working copy, and kept in ``raw`` (the source spelling).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from graph.hanzi import to_simplified as to_simplified  # re-exported: the extractors import it from here

# A line ending in one of these closes its sentence (or is a heading that does).
SENTENCE_END = "。！？!?…；;：:"
# Closing quotes/brackets end a sentence only right after a sentence end (……说。”).
CLOSERS = "”’」』）)》"
# A line ending in one of these is certainly continued on the next line.
OPEN_END = "，,、（(“‘《「『—-"
# A long line is a broken paragraph only if it reads like prose (has inner punctuation).
PROSE_MARKS = "，,。、；;"
MIN_BROKEN_LINE = 30
HEADING_PREFIXES = ("#", "本报讯", "——", "—", "【", "■", "●", "◆", "▲")
# A numbered item or section (一、 （二） 3. 第四条) starts its own line, whatever the line before.
ITEM_START = re.compile(
    r"""[ \t\u3000\u00a0]*(?:
        [（(][一二三四五六七八九十\d]{1,3}[)）]      # （二）
      | [一二三四五六七八九十]{1,3}、                # 一、
      | \d{1,2}[、.．](?!\d)                         # 3.  (not a decimal: 2.5倍)
      | 第[一二三四五六七八九十百\d]{1,4}[章节条]    # 第四条
    )""",
    re.VERBOSE,
)
# A list row of one person (单位、职务 then a blank and the name) is complete: 带电作业班班长　程旭.
# The blank must follow a word, not a clause mark (其中， 李明 / 获得… is prose cut by the layout).
_ROW_STOPS = re.escape(PROSE_MARKS + OPEN_END + "：:")
ROW_NAME_END = re.compile(r"[^\s" + _ROW_STOPS + r"][ \t\u3000\u00a0]+[\u4e00-\u9fff]{2,4}$")

# 廖代均 北京某公司设备工程师，高级技师 / 张莉(女) 某公司主任，高级工程师: a list row that opens with the
# name cell; its comma before the grade makes it read like a broken prose line, but a block of
# such rows (no full stop in them) is one person a line
ROW_NAME_START = re.compile(
    r"""[ \t\u3000]*
        [\u4e00-\u9fff]{2,4}                 # the name
        (?:[(（][^()（）\n]{1,8}[)）])?         # (女) / （女，回族）
        [ \t\u3000]+[\u4e00-\u9fff]         # a blank, then the unit""",
    re.VERBOSE,
)
# 秦某贵：男，36岁，大学学历，中共党员，某局高级工程师: a profile row that opens with the name and a
# colon; its commas make it read like a broken prose line, but a block of such rows is one person a line.
# 李某武 : 某研究所创新团队首席，研究员: the unit cell may follow the colon as well (a block of two rows
# or more is required by _row_block, so a lone 记者：… line broken by the layout is still joined)
ROW_NAME_COLON = re.compile(
    r"""[ \t\u3000]*
        (?:\d{1,3}[、.．]\s*)?                # 1、 a number before the name
        [\u4e00-\u9fff]{2,4}                 # the name
        [ \t\u3000]*[：:][ \t\u3000]*
        (?:[男女][，,]|[（(]\s*(?:19|20)\d\d  # 男， / （1970——2017）: the profile's first cell
          | [\u4e00-\u9fff]{2})              # 某研究所…: the unit cell""",
    re.VERBOSE,
)
_FULL_STOPS = "。！？!?"

_FULLWIDTH = {
    c: chr(c - 0xFEE0) for c in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))
}
_FULLWIDTH.update({0xFF0F: "/", 0xFF0D: "-", 0xFF0B: "+", 0xFF0E: ".", 0x3000: " "})
# Hong Kong variants that OpenCC t2s leaves as they are (縣城南衞生院): folded for matching only
_VARIANTS: dict[int, str] = {ord(a): b for a, b in zip("敍枱粧糭衞衹", "叙台妆粽卫只", strict=True)}
_MATCHING: dict[int, str] = {**_FULLWIDTH, **_VARIANTS}


@dataclass(frozen=True)
class NormText:
    """Normalised text plus, for each of its characters, the source offset.

    ``src`` has one entry more than ``text``: ``src[len(text)]`` is the length
    of the source, so half-open spans map cleanly.
    """

    text: str
    src: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets [start, end) of the normalised span [start, end)."""
        if end <= start:
            s = self.src[start]
            return s, s
        return self.src[start], self.src[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """The source over a normalised span, exactly as written (line breaks and all), for evidence."""
        s, e = self.span(start, end)
        return self.original[s:e]

    def raw(self, start: int, end: int) -> str:
        """The source spelling of a normalised span, without the dropped line breaks (a dropped
        pinyin gloss inside the span stays: it is part of the source's spelling)."""
        if start < end:
            at = self.src[start]
            if self.src[start:end] == tuple(range(at, at + end - start)):
                return self.original[at : at + end - start]  # nothing dropped inside: the source's own run
        out: list[str] = []
        for i in range(start, end):
            at = self.src[i]
            out.append(self.original[at])
            if i + 1 < end and self.src[i + 1] > at + 1:
                gap = self.original[at + 1 : self.src[i + 1]]
                out.extend(c for c in gap if not (c.isspace() or ZERO_WIDTH_RE.match(c)))
        return "".join(out)

    def written(self, start: int, end: int) -> str:
        """How the source writes a name or unit over a normalised span: :meth:`raw`, plus a pinyin
        gloss right after its last character (蔣興權(quán), 晉江市總工會(huì)), which belongs to it."""
        out = self.raw(start, end)
        if start < end:
            after = self.src[end - 1] + 1
            if self.src[end] > after and (m := PINYIN_GLOSS_RE.match(self.original, after)):
                out += m.group()
        return out

    def respell(self, phrase: str) -> str:
        """``phrase`` (a name or unit read from ``text``) as the source writes it where it first
        occurs (港鐵公司, 常務(wù)副主席); a phrase the text does not hold (a resolved full name) is
        returned unchanged."""
        at = self.text.find(phrase) if phrase else -1
        if at < 0:
            return self._respell_parts(phrase)
        written = self.written(at, at + len(phrase))
        # only script and glosses may differ (not full-width digits, blanks or a joined line break)
        same = to_simplified(PINYIN_GLOSS_RE.sub("", written)).translate(_VARIANTS) == phrase
        return written if same else phrase

    def _respell_parts(self, phrase: str) -> str:
        """A unit composed from two places of the text (象山 + 县中医院 → 象山县中医院, for a 县中医院
        the text puts in 象山县) as the source writes each part (象山縣中醫(yī)院): its longest tail
        the text holds, and the head before it, which the text must hold too (a resolved full name,
        中华 + 全国总工会, stays as given).  Nothing changes in a simplified text."""
        if self.text == self.original or len(phrase) < 4:
            return phrase
        for cut in range(2, len(phrase) - 1):
            head, tail = phrase[:cut], phrase[cut:]
            if tail in self.text:
                return self.respell(head) + self.respell(tail) if head in self.text else phrase
        return phrase


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _looks_like_heading(line: str) -> bool:
    """Short, unpunctuated lines (titles, section heads, bylines) never continue a sentence."""
    s = line.strip()
    if s.startswith(HEADING_PREFIXES) or ITEM_START.match(s):
        return True
    return len(s) <= 40 and not any(ch in s for ch in PROSE_MARKS)


# a caption closing with its photo credit (…獲選模範勞工。圖/南投縣政府提供 / …表揚。(縣府提供)): the
# caption ends there, and the paragraph after it opens a sentence of its own
PHOTO_CREDIT_END_RE = re.compile(
    r"""(?:[图圖](?:片)?\s*[/／:：][^。！？/／]{1,20}
        | [(（][^()（）]{1,16}(?:提供|摄|攝)[)）]
    )$""",
    re.VERBOSE,
)


def _continues(line: str, nxt: str) -> bool:
    """Whether ``line`` is cut off and ``nxt`` carries on its sentence."""
    s = line.strip()
    if not s or s.startswith(HEADING_PREFIXES):
        return False
    last = s[-1]
    if last in SENTENCE_END or (last in CLOSERS and (len(s) < 2 or s[-2] in SENTENCE_END + CLOSERS)):
        return False
    for opening, closing in (("“", "”"), ("《", "》"), ("（", "）"), ("「", "」")):
        # cut inside quotes or brackets that the next line closes: 首届“全 / 国十佳农民”（见…
        if (
            s.count(opening) > s.count(closing)
            and closing in nxt
            and nxt.find(closing) < (nxt.find(opening) if opening in nxt else len(nxt))
        ):
            return True
    if _looks_like_heading(nxt) or ROW_NAME_END.search(s) or PHOTO_CREDIT_END_RE.search(s):
        return False
    if last in OPEN_END:
        return True
    return len(s) >= MIN_BROKEN_LINE and any(ch in s for ch in PROSE_MARKS)


def _is_row(line: str) -> bool:
    """A list row that opens with its name cell (张莉(女) 某公司主任，高级工程师): no full stop in it."""
    opens = ROW_NAME_START.match(line) or ROW_NAME_COLON.match(line)
    return bool(opens) and not any(ch in line for ch in _FULL_STOPS)


def _row_block(lines: list[str]) -> list[bool]:
    """For each line, whether it is a name-first row beside another one (the non-blank line before
    or after it): such a row is complete, whatever its commas suggest."""
    rows = [_is_row(line) for line in lines]
    filled = [k for k, line in enumerate(lines) if line.strip()]
    block = [False] * len(lines)
    for n, k in enumerate(filled):
        before = n > 0 and rows[filled[n - 1]]
        after = n + 1 < len(filled) and rows[filled[n + 1]]
        block[k] = rows[k] and (before or after)
    return block


def _as_read(line: str) -> str:
    """A line as a reader sees it, for judging the layout: without a mirror converter's pinyin glosses
    and bracketed emoji, which lengthen a line (a 30-character row reads as a broken prose line) and
    split a name cell (周總(zǒng)光 四川大學(xué)… is a name-first row)."""
    return PINYIN_GLOSS_RE.sub("", BRACKETED_EMOJI_RE.sub("", line)) if "(" in line or "（" in line else line


def repair_layout(text: str) -> NormText:
    """Join lines broken by page layout; other line structure is kept as is."""
    lines = _line_spans(text)
    read = [_as_read(text[s:e]) for s, e in lines]
    in_block = _row_block(read)
    keep = [True] * len(text)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        j = i + 1
        while j < len(lines) and not read[j].strip():
            j += 1
        if j < len(lines) and not in_block[i] and _continues(read[i], read[j]):
            # drop trailing blanks of this line, the breaks, and leading blanks of the next
            cut_from = s + len(text[s:e].rstrip())
            ns, ne = lines[j]
            cut_to = ns + (len(text[ns:ne]) - len(text[ns:ne].lstrip()))
            keep[cut_from:cut_to] = [False] * max(0, cut_to - cut_from)
            i = j  # the joined line may itself continue further
            continue
        i += 1
    # (compress: a page's characters are kept or dropped without a Python step for each)
    src = (*compress(range(len(text)), keep), len(text))
    return NormText("".join(compress(text, keep)), src, text)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# 業(yè) / 協(xié): a syllable with a tone mark in brackets right after a character; a spam mirror's
# converter writes it with a blank before the bracket closes (高级(jí )技师), and then a syllable
# of the neutral tone has no mark (中的(de )杰出), so the blank marks it as a gloss instead
PINYIN_GLOSS_RE = re.compile(
    r"""(?<=[\u4e00-\u9fff])[(（]
        (?: (?=[a-zü]*["""
    + _TONED
    + r"""])[a-zü"""
    + _TONED
    + r"""]{1,6}[ ]?   # 業(yè), 级(jí )
          | [a-zü"""
    + _TONED
    + r"""]{1,6}[ ]                                   # 的(de )
        )[)）]""",
    re.VERBOSE,
)


# 二院283 厂 / 授予966 名职工: a blank between a number and the counter or unit it belongs to
NUMBER_BLANK_RE = re.compile(r"(?<=[0-9０-９]) (?=[厂廠所院个個名位年月日号號车車室队隊部处處科站局届屆期])")
# zero-width spaces, word joiners and BOMs that web copies leave inside names (张\u200b伟); not the
# zero-width joiner, which holds an emoji together
ZERO_WIDTH_RE = re.compile("[\u200b\u2060\ufeff]")
# 余爱 华等4位老师获得… / 主任医师杨　辉荣获… / 余爱⏎华荣获…: a blank or a line break inside a name in prose
# (a two-character name padded to the width of three, a PDF line end); only where a single character
# stands between the gap and a verb or word that follows a name, so two names apart (张伟 李娜荣获)
# keep their blank.  A blank (not a line break: 姓名：张某⏎男，汉族) before a single character and a
# list or clause mark is a padded name too: 名单：杨　辉、王　芳 / 医院的杨　辉，2022年… (not a credit:
# （王某 摄）/ 记者 李某 文，)
_NAME_FOLLOWS = r"(?:荣获|榮獲|获得|獲得|获评|獲評|被评为|被評為|被授予|当选|當選|入选|入選|荣膺|榮膺|同志|等\d)"
NAME_GAP_RE = re.compile(
    r"""(?<=[\u4e00-\u9fff])
        (?:[ \u3000]{1,2}(?![摄攝图圖文])(?=[\u4e00-\u9fff](?:"""
    + _NAME_FOLLOWS
    + r"""|[、，,；;。！？（(]))
          |[ \t\u3000]*\n[ \t\u3000]*(?=[\u4e00-\u9fff]"""
    + _NAME_FOLLOWS
    + r"""))""",
    re.VERBOSE,
)

# 蒙草生态环境 (集团)股份有限公司, 山海关船舶重工有限 责任公司: a page's line wrap left a blank inside a
# company's name, before its bracketed word or its legal form; the blank is no part of the name
LEGAL_FORM_GAP_RE = re.compile(
    r"""(?<=[\u4e00-\u9fff])[ \u3000]
        (?= [(（][\u4e00-\u9fff]{1,4}[)）](?:股份)?有限(?:责任|責任)?公司
          | (?:有限|股份有限)(?:责任|責任)?公司
          | (?:责任|責任)公司
        )""",
    re.VERBOSE,
)
# 奖章</SPAN>，: markup a page copy left in its text, glued to the honour or name before it; also a
# closing tag whose < a garbling mirror ate with a lost character (獎?wù)?/SPAN>) — only after a
# Chinese character or the mirror's ?, so a path or a ratio in ASCII text stays
MARKUP_TAG_RE = re.compile(
    r"""<  /? [A-Za-z][A-Za-z0-9]{0,9} (?: [ ][^<>\n]{0,200} )? /?>    # <span class="x">, </SPAN>, <br/>
      | (?<=[\u4e00-\u9fff?]) / [A-Za-z][A-Za-z0-9]{0,9} >           # 章/SPAN> with its < lost
    """,
    re.VERBOSE,
)
# 廖(😚)代均, 有限(😶)公司, 高(gā(🈵)o )级: a spam mirror's emoji in brackets, strewn inside names,
# units and even glosses; dropped before the glosses, so a gloss it split is whole again
BRACKETED_EMOJI_RE = re.compile(
    r"""[(（]
        [\u2190-\u21ff\u2300-\u23ff\u24c2\u25a0-\u27bf\u2b00-\u2bff\u303d\u3297\u3299\U0001f000-\U0001faff]
        \ufe0f?
        [)）]""",
    re.VERBOSE,
)


def _drop(norm: NormText, pattern: re.Pattern[str]) -> NormText:
    """The text without what ``pattern`` matches, each kept character mapped to its source."""
    spans = [m.span() for m in pattern.finditer(norm.text)]
    if not spans:
        return norm
    keep = [True] * len(norm.text)
    for s, e in spans:
        keep[s:e] = [False] * (e - s)
    src = (*compress(norm.src[:-1], keep), norm.src[-1])
    return NormText("".join(compress(norm.text, keep)), src, norm.original)


def drop_glosses(norm: NormText) -> NormText:
    """The text without bracketed emoji and pinyin glosses (協(xié) → 協, 高(gā(🈵)o )级 → 高级),
    each kept character mapped to its source."""
    return _drop(_drop(norm, BRACKETED_EMOJI_RE), PINYIN_GLOSS_RE)


# 獎(jiǎng)?wù)隆睒s譽 — a mirror that lost 章's first byte: the ? and the gloss stand for 章, and the
# characters after it are read one byte out of step until a single-byte character puts them back
_LOST_ZHANG_RE = re.compile(r"(?<=[奖獎])\?wù\)")
_REALIGN_MAX = 12  # characters after the lost 章 read out of step, at most
# the gloss of a character the realigned run lost, its opening bracket read into the run: shí)
_ORPHAN_GLOSS_RE = re.compile(r"(?=[a-zü]*[" + _TONED + r"])[a-zü" + _TONED + r"]{1,6}[)）]")


def _realigned(run: str) -> tuple[str, int] | None:
    """The characters ``run`` stands for when read one byte later (章's second byte, 0xC2, first),
    and how many of its characters they replace: the shortest prefix that decodes cleanly, an ASCII
    character also tried as the full-width one the stored page folded (＋ → +)."""
    import itertools

    try:
        if run[:1].encode("gbk")[:1] != b"\xc2":
            return None
    except UnicodeEncodeError:
        return None
    for end in range(1, min(len(run), _REALIGN_MAX) + 1):
        head = run[:end]
        if head[-1] in "?\n":  # the mirror's ? (or the line's end): what decodes before it, the ? dropped
            try:
                data = head[:-1].encode("gbk")[1:]
            except UnicodeEncodeError:
                return None
            while data:
                try:
                    return data.decode("gbk"), end if head[-1] == "?" else end - 1
                except UnicodeDecodeError:
                    data = data[:-1]
            return "", end if head[-1] == "?" else end - 1
        ascii_at = [k for k, c in enumerate(head) if " " < c < "\x7f"]
        for widths in itertools.product((False, True), repeat=min(len(ascii_at), 3)):
            chars = list(head)
            for k, wide in zip(ascii_at, widths, strict=False):
                if wide:
                    chars[k] = chr(ord(chars[k]) + 0xFEE0)
            try:
                data = "".join(chars).encode("gbk")
            except UnicodeEncodeError:
                return None
            try:
                return data[1:].decode("gbk"), end
            except UnicodeDecodeError:
                continue
    return None


def repair_lost_zhang(norm: NormText) -> NormText:
    """奖?wù)隆睒s誉 → 奖章”榮譽 (a mirror's lost byte, see ``_LOST_ZHANG_RE``): deletions and one-for-one
    replacements, so each character keeps its source offset; characters that cannot be read back
    up to a ``?`` the mirror left are dropped."""
    t = norm.text
    if not _LOST_ZHANG_RE.search(t):
        return norm
    chars: list[str] = []
    src: list[int] = []
    i = 0
    for m in _LOST_ZHANG_RE.finditer(t):
        if m.start() < i:
            continue
        chars += t[i : m.start()]
        src += norm.src[i : m.start()]
        chars.append("章")
        src.append(norm.src[m.start()])
        i = m.end()
        fixed = _realigned(t[i : i + _REALIGN_MAX])
        if fixed is not None:
            read, used = fixed
            if read[:1].isalnum() and read[:1].encode("gbk")[:1] == b"\xa3":
                # Ｄ川: a full-width letter stands for the full-width mark whose second byte went
                # missing with the next character's first (，四川): read as a clause break
                read = "，" + read[1:]
            chars += read
            src += norm.src[i + used - len(read) : i + used]
            i += used
            if orphan := _ORPHAN_GLOSS_RE.match(t, i):  # 器?shí)業: the lost character's gloss
                i = orphan.end()
    chars += t[i:]
    src += norm.src[i:-1]
    return NormText("".join(chars), (*src, norm.src[-1]), norm.original)


def normalise(text: str) -> NormText:
    """Layout repair, pinyin glosses, zero-width characters and markup tags dropped, then simplified script and
    ASCII digits/letters, offsets kept."""
    joined = _drop(drop_glosses(repair_layout(text)), ZERO_WIDTH_RE)
    joined = repair_lost_zhang(_drop(joined, MARKUP_TAG_RE))
    joined = _drop(joined, NUMBER_BLANK_RE)
    joined = _drop(joined, NAME_GAP_RE)
    joined = _drop(joined, LEGAL_FORM_GAP_RE)
    simple = to_simplified(joined.text).translate(_MATCHING)
    simple = _HALF_PUNCT_RE.sub(_full_punct, simple)
    simple = _OPENER_COMMA_RE.sub("：", simple)
    simple = _COMMEND_MEETING_RE.sub("表彰", simple)
    return roc_years(NormText(blank_clauses(simple), joined.src, text))


# Taiwan's word for a commendation meeting (模範勞工表揚大會 / 表揚典禮) is the mainland's 表彰大会: read
# as that in the working copy (two characters for two), so the body holding it confers the series
_COMMEND_MEETING_RE = re.compile(r"表扬(?=大会|典礼)")


# A page stored with ASCII commas (某公司,从事…; 1,000 stays): read as the Chinese marks the
# readers' patterns are written with, one character for one
_HALF_PUNCT_RE = re.compile(r"(?<![\d,]),|,(?![\d,])|;|(?<=[\u4e00-\u9fff”」）])[:](?![/\d])")
_FULL_PUNCT = {",": "，", ";": "；", ":": "："}
# 获得“某劳动模范”荣誉称号的有，某厂主任甲、某矿班长乙、…: an enumeration opener written with a comma
# before a 、-list (two 、 at least before the sentence ends) stands for the colon of the list
_OPENER_COMMA_RE = re.compile(
    r"(?:(?<=的有)|(?<=分别[是为])|(?<=依次[是为])|(?<=[他她]们是))，"
    r"(?=[^。！？\n：]*、[^。！？\n：]*、)"
)


def _full_punct(m: re.Match[str]) -> str:
    return _FULL_PUNCT[m.group()]


# 表彰大会 在北京人民大会堂隆重举行: a copy that lost its commas keeps a blank between clauses
# A blank after 是/为 (获得…的是 甲、乙) stands for the colon of an enumeration, not a clause break.
_BLANK_CLAUSE_RE = re.compile(r"(?<=[^\s" + _ROW_STOPS + r"。]{5})(?<![是为])[ \t](?=[^\s" + _ROW_STOPS + r"。]{5})")
MIN_BLANK_CLAUSES = 2


def blank_clauses(text: str) -> str:
    """A single blank between two clauses of a prose line (one with a full stop) read as a comma,
    in a line that has at least ``MIN_BLANK_CLAUSES`` of them; a list row (单位　姓名) has no full
    stop, and a name beside a blank is too short to be a clause."""
    if " " not in text and "\t" not in text:
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if "。" in line and len(found := _BLANK_CLAUSE_RE.findall(line)) >= MIN_BLANK_CLAUSES and found:
            line = _BLANK_CLAUSE_RE.sub("，", line)
        out.append(line)
    return "".join(out)


# 民國103年 (a Taiwan page's year of the Republic) is the year 2014: 1911 + the number
_ROC_YEAR_RE = re.compile(r"民国(\d{2,3})(?=年)")
ROC_BASE = 1911


def roc_years(norm: NormText) -> NormText:
    """民国103年 → 2014年, 民国89年 → 2000年 in the working copy: the four digits of the common era
    take the places of 民 and the number (国 is dropped; a two-digit number leaves it a place), so
    offsets and quotes stay on the source's 民國103年."""
    t = norm.text
    if "民国" not in t:
        return norm
    chars = list(t)
    keep = [True] * len(t)
    for m in _ROC_YEAR_RE.finditer(t):
        year = ROC_BASE + int(m.group(1))
        if year > 2100:
            continue
        at = [m.start(), *range(m.end() - 3, m.end())]  # 民 and the last three places
        if len(m.group(1)) == 3:
            keep[m.start() + 1] = False  # 国 dropped
        else:
            at = list(range(m.start(), m.end()))
        for k, digit in zip(at, str(year), strict=True):
            chars[k] = digit
    if all(keep):
        return NormText("".join(chars), norm.src, norm.original)
    kept = [k for k in range(len(t)) if keep[k]]
    return NormText("".join(chars[k] for k in kept), (*(norm.src[k] for k in kept), norm.src[-1]), norm.original)


_SPACES = re.compile(r"[ \t\u3000\u00a0]+")


def squeeze(text: str) -> str:
    """Drop blanks inside a phrase (names and titles are written without spaces)."""
    return _SPACES.sub("", text)
