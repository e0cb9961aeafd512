"""Finding people's names without a statistical tagger.

A Chinese name is a surname (data/dictionaries/names.yaml) plus one or two
characters, and several surnames are ordinary words (和, 向, 游, 甘, 常, 万), so
a name is accepted only where its context shows it is one:
- after a post, job or relation word (快递员王晓峰, 队长张伟, 徒弟刘洋);
- at the end of a profile's subtitle (——记…队长张伟) or before the colon of a headline;
- opening an introduction (张伟，男，…; 白振宇（…）);
- in a list of names after a quoted honour (“最美货车司机”孙宏亮、秦建军);
- after a byline word (记者李新和): such names are credits, never subjects.
Once known, every occurrence of the name in the document is a mention.
Whether a name has two or three characters is decided by what follows it:
張伟擦了 → 张伟 (擦 usually follows a name), 王晓峰日前 → 王晓峰.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from loaders.extract import person_gate
from loaders.extract.document import Article, Document, Sentence
from loaders.extract.lexicon import alternation, lexicon
from loaders.extract.names import garbled_at, joins_nouns, never_names, tibetan_name, titles_after_re
from loaders.extract.nlp import crosses_word, word_freq, word_tag
from loaders.extract.wordre import followed_by
from loaders.honours import phrase_kind
from loaders.textnorm import PINYIN_GLOSS_RE

# A third character from this set never ends a name, even before punctuation.
NEVER_LAST = set("的了在是说等着过也都就还又将要会已并而但之所被把对从向为以于")
# Characters that never occur inside a name (organisation and place markers, numerals).
NOT_IN_NAME = set(
    "省市县区镇乡村局厂矿队部委司院校会组班站所段总们某等各全该本这那此其年月日号第一二三四五六七八九十百千万零两几"
)
MAX_GIVEN = 2
# Conjunctions that are also names' last characters (李景和, 王建与): before a verb they join nothing.
CONJUNCTIONS = frozenset("和与及")
OPENING_QUOTES = '“「『《"'
INTRO_NUMERALS = "一二三四五六七八九十百千万两"  # numerals a given name may hold (丁百元, 李三喜)
# What opens a predicate right after a subject's full name (陶明辉是…, 齐向阳则…, 邵红英已经…).
PREDICATE_START = set("是则已也就还在说从每带把被")
# A unit word, 的, then a name closing its clause: 城山村卫生室的潘国良。
CREDIT_RE = re.compile(
    r"(?:文字|图片|摄影|编辑|责编|审核|校对|来源|排版|图|摄|文)[：:｜|/／][\s]*([\u4e00-\u9fff]{2,3})(?=[\s）)]|$)",
    re.M,
)
# A run of names ending right before an award verb: 范某、翟某、洪某荣获… / 周某、陶某某等5人被评为…
NAME_RUN_RE = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})(?=(?:等(?:\d+|[一二三四五六七八九十两]+)(?:人|名|位))?"
    r"(?:同时|分别|均|都)?(?:荣获|获评|获得|被评为|被授予|当选|入选))"
)
# a township or village named by the word (玉麦乡, 搶古村); not a post held there (刘江县长, 王伟村委…)
PLACE_AFTER = r"(?:乡|镇|村|县|街道|嘎查|苏木)(?![长民委干支党])"
# a gender or ethnicity mark in brackets right after a name: (女), （彝族）, (女，土家族)
MARK_AFTER_NAME_RE = re.compile(r"[（(](?:男|女|[\u4e00-\u9fff]{1,4}族)(?:[，,、][^（）()]{0,12})?[）)]")
# the words that end a unit's name; a "name" that ends inside one of them is part of the unit
UNIT_WORDS = ("大学", "学院", "中学", "小学", "医院", "公司", "集团", "银行")
# a head count written right after a word (南海7人获评): the word is a place, not a name (孔某等3人 has 等)
PLACE_COUNT = r"(?:\d+|[一二三四五六七八九十两]+)[人名位个]"
# what follows a brand inside a company's name (烟台张裕集团有限公司)
BRAND_AFTER = r"(?:集团|股份|有限公司|公司)"
CREDIT_LINE_RE = re.compile(
    r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{0,12}?(?:记者|通讯员|实习生|见习记者|特约记者)"
    r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3})+[ \t\u3000]*)+"
    r"(?:文/图|文／图|摄影|摄|图|文|报道)?[ \t\u3000\r]*$",
    re.M,
)
# 某某 摄 ending a line, or （某某 摄） / 新华社记者 某某 摄) closing a photo caption's brackets
PHOTO_CREDIT_RE = re.compile(
    r"""([\u4e00-\u9fff]{2,3}) \s+ 摄 \s* $
      | (?<=[（(\s]) ([\u4e00-\u9fff]{2,3}) \s+ 摄 \s* [）)]""",
    re.M | re.VERBOSE,
)
# A bracketed name after the paragraph's last full stop, or alone on its line, ending the line.
CLOSING_CREDIT_RE = re.compile(
    r"(?:^|(?<=[。！？”」]))[ \t\u3000]*[（(][ \t\u3000]*"
    # （工程技术部：某某）: a department or a credit word before the name
    # （报道：某某）, and a converter's pinyin gloss inside the credit word (報(bào)道：某某)
    r"(?:(?:[\u4e00-\u9fff]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)){0,10}"
    r"(?:部|处|科|室|办|中心|车间|工会|党委|团委|供稿|撰稿|报道|报导|摄影|编辑)[ \t\u3000]*[：:/／][ \t\u3000]*)?"
    r"([\u4e00-\u9fff]{2,3})[ \t\u3000]*[）)][ \t\u3000\r]*$",
    re.M,
)
# （新闻中心 某某）5月15日下午…: a paragraph opening on a bracketed department and a name is the
# writer's credit before the lead (a school's or a company's news office writes it so)
OPENING_CREDIT_RE = re.compile(
    r"""^[ \t\u3000]*[（(][ \t\u3000]*
        [\u4e00-\u9fff]{0,8}(?:新闻中心|宣传部|党委宣传部|团委|工会|办公室|新闻网|融媒体中心|[部处科室办])
        (?:[ \t\u3000]+|[ \t\u3000]*[：:/／][ \t\u3000]*)
        ([\u4e00-\u9fff]{2,3})[ \t\u3000]*[）)]""",
    re.M | re.VERBOSE,
)
# 农生文率我市代表团赴邕, 工会主席陈武汉率团参加: a name leading a delegation
# (not 张伟率团队攻关: a worker leading his team)
DELEGATION_RE = re.compile(r"([\u4e00-\u9fff]{2,3})率(?:领)?[\u4e00-\u9fff]{0,6}?(?:代表团|团)(?!队)")
# 代表团由全总副主席某某率领 / 由某某担任团长: the delegation's leader, named before the verb
LED_BY_RE = re.compile(r"(?:代表团|团)由([^。；;！？]{2,40}?)(?:率领|率队|带队|担任团长)")
# 新华社香港10月20日电(某某某): the writer in brackets right after a dateline, credit word or not
DATELINE_CREDIT_RE = re.compile(
    r"\d{1,2}月\d{1,2}日(?:电|讯)[ \t\u3000]*[（(]([\u4e00-\u9fff]{2,3}(?:[、，, \u3000]+[\u4e00-\u9fff]{2,3})*)[）)]"
)
# an ethnicity as a profile's infobox or introduction writes it (蒙古族, 柯尔克孜族, 回族)
ETHNICITY_RE = re.compile(r"[\u4e00-\u9fff]{1,4}族")
# 何某某 发布时间:2018-12-30 / 娄某某 發布時間: a writer named before the page's date stamp
PAGE_STAMP_CREDIT_RE = re.compile(
    r"""(?:^|(?<=[\s　]))([\u4e00-\u9fff]{2,3})[ \t\u3000]+
        (?:发布时间|发表时间|发布日期|发表日期|更新时间)[：:]""",
    re.M | re.X,
)
# what follows an official handing over awards: 亲自颁奖给…, 为新当选的工匠授牌, 向劳模颁发证书
PRESENTER_AFTER = r"(?:亲自|分别|共同|还|也)?(?:[为向][^。；;！？，,]{0,40}?)?(?:颁奖|颁发|授牌|颁证)"
# 主席甲和…书记乙20日向十佳单位和十佳标兵颁发了奖牌: the day of the ceremony before the recipients,
# and every name of the run of presenters before it
DATED_PRESENTER_AFTER = (
    r"(?:[和、][^。；;！？，,]{2,30}?)?(?:\d{1,2}日|今天|昨天|当天|日前)(?:上午|下午|晚上)?" + PRESENTER_AFTER
)
# 习某总书记, 毛某思想, 以某某同志为核心: a leader the text cites, never a subject
CITED_LEADER_RE = re.compile(
    r"([\u4e00-\u9fff]{2,3})(?:总书记|主席|同志)?(?:新时代[\u4e00-\u9fff]{0,12})?(?:思想|理论)"
    r"|([\u4e00-\u9fff]{2,3})(?:总书记|同志为核心)"
)
CITED_LEADER_WORDS = ("思想", "理论", "总书记", "同志为核心")  # one of them ends each match
# 受到了甲、乙、丙等党和国家领导人的亲切接见 / 甲、乙等领导同志出席: a run of leaders
LEADER_RUN_RE = re.compile(
    r"((?:[\u4e00-\u9fff]{2,3}[、，,和])*[\u4e00-\u9fff]{2,3})等(?:党和国家|党和政府|中央|省|市|县|区)?(?:主要)?领导(?:人|同志)"
)
# _scan_article's per-sentence patterns, compiled once (each was looked up in re's cache ~95 times a page)
# an introduction: 张伟，男，… / 于冬梅，1983年6月出生 / 白振宇（…）
INTRO_RE = re.compile(
    r"""\s*([\u4e00-\u9fff]{2,4}?)
        (?:[，,]\s*(?:男|女|汉族|回族|[\u4e00-\u9fff]{1,3}族|\d{4}年|一九)
          |[（(])""",
    re.VERBOSE,
)
JOB_END_RE = re.compile(r"[工员师长手]")  # 护林员陶明辉
QUOTED_RE = re.compile(r"[“「『]([^”」』]{2,20})[”」』]")  # “最美货车司机”孙宏亮
COUNTED_RUN_RE = re.compile(r"等?(?:\d+|[一二三四五六七八九十两]+)(?:人|名|位)")  # 郑丽3人
NAMED_ARE_RE = re.compile(r"的(?:有|是)[：:]")  # 获评先进生产者的有：
DASH_RE = re.compile(r"——")  # ——万志成。

UNIT_OF_RE = re.compile(
    r"(?:室|站|所|厂|矿|场|公司|队|院|局|中心|车间|班组|村|合作社|医院|学校)的([\u4e00-\u9fff]{2,3})(?=[，。、；！？])"
)


@dataclass
class Mention:
    name: str
    start: int
    end: int
    context: str  # byline | post | subtitle | headline | intro | list | dash | row | text


@dataclass
class People:
    """Names found in a document and where they occur."""

    mentions: list[Mention] = field(default_factory=list)
    bylines: set[str] = field(default_factory=set)
    gated: set[str] = field(default_factory=set)  # subjects the person gate admits (person_gate.py)
    female: set[str] = field(default_factory=set)
    male: set[str] = field(default_factory=set)

    def names(self) -> set[str]:
        return {m.name for m in self.mentions}

    # the mentions' starts, for in_span to bisect (empty when they are out of order), and the list and
    # its length they were read from
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _starts_of: tuple[list[Mention] | None, int] = field(default=(None, 0), init=False, repr=False, compare=False)

    def in_span(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``start``–``end``, in the list's order."""
        ms = self.mentions
        if self._starts_of[0] is not ms or self._starts_of[1] != len(ms):
            starts = [m.start for m in ms]
            self._starts = starts if all(a <= b for a, b in pairwise(starts)) else []
            self._starts_of = (ms, len(ms))
        if not self._starts:
            return [m for m in ms if start <= m.start and m.end <= end]
        out = []
        for i in range(bisect_left(self._starts, start), len(ms)):
            m = ms[i]
            if m.start > end:
                break
            if m.end <= end:
                out.append(m)
        return out


def written_name(doc: Document, m: Mention) -> str:
    """How the source writes a mentioned name (梁浩軒), without a mirror converter's pinyin gloss
    (黎新發(fā) → 黎新發: a gloss is no part of a name) or the blanks padding a roster (贺 彪)."""
    return re.sub(r"[ \u3000]", "", PINYIN_GLOSS_RE.sub("", doc.norm.written(m.start, m.end)))


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def name_at(text: str, i: int, *, end: int | None = None, strict_end: bool = False) -> str | None:
    """The name starting at ``text[i]`` (surname first), or None.

    ``end`` bounds the name (a list item or table cell); ``strict_end`` requires
    the name to fill the text up to ``end``.
    """
    lex = lexicon()
    sl = lex.is_surname_at(text, i)
    if not sl:
        return None
    limit = len(text) if end is None else end
    g = ""
    j = i + sl
    while j < limit and len(g) < MAX_GIVEN and _is_cjk(text[j]):
        g += text[j]
        j += 1
    if not g or any(ch in NOT_IN_NAME for ch in g[:1]):
        return None
    if strict_end:
        return text[i : i + sl + len(g)] if i + sl + len(g) == limit and not any(c in NOT_IN_NAME for c in g) else None
    if len(g) == 2:
        nxt = text[j] if j < limit else ""
        c2 = g[1]
        if c2 in NEVER_LAST or c2 in NOT_IN_NAME:
            g = g[:1]
        elif nxt in OPENING_QUOTES and c2 in lex.after_name:
            g = g[:1]  # 主任医师郝莹获“…”: a verb (获, 成) before a quoted title ends no name
        elif not _is_cjk(nxt) or titles_after_re().match(text, j):
            pass  # 苏长来教授: before a professional title the last character is the name's own
        elif c2 in CONJUNCTIONS and AWARDED_AFTER_RE.match(text, j) and not text.startswith("获奖", j):
            pass  # 护林员李景和荣获…: a conjunction joins no verb, so 和 right before 荣获 is the name's own
        elif c2 in lex.after_name:
            g = g[:1]
    return text[i : i + sl + len(g)]


def _post_goes_on(t: str, i: int, name: str) -> bool:
    """工长孙某: the post goes on (工长), so no compound surname (长孙) starts at ``t[i]``."""
    return name[:2] in lexicon().compound_surnames and lexicon().is_post(t[i - 1 : i + 1])


def _byline_names(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """Names in a credit: 本报记者　孙立娟　通讯员　魏东 / （记者李新和 通讯员王影）."""
    lex = lexicon()
    out = []
    rx = alternation(lex.byline_words, r"[\s:：|｜/／]*")
    for m in rx.finditer(text, start, end):
        j = m.end()
        while j < end:
            run = re.match(r"[\u4e00-\u9fff]+", text[j:end])
            if not run:
                break
            word = run.group()
            if word in lex.byline_words or any(word.startswith(b) for b in lex.byline_words if len(b) > 1):
                break
            if 2 <= len(word) <= 3 + (1 if word[:2] in lex.compound_surnames else 0) and lex.is_surname_at(word, 0):
                out.append((word, j))
            else:
                break
            j += len(word)
            sep = re.match(r"[\s\u3000]*[、，,][\s\u3000]*|[\s\u3000]+", text[j:end])  # 记者某某、某某
            if not sep:
                break
            j += sep.end()
    return out


SECTION_LINE_RE = re.compile(
    r"^\s*[^\u4e00-\u9fff]{0,8}(?:(?P<label>[\u4e00-\u9fff]{1,8}|[“「]?[\u4e00-\u9fff]{1,6}[”」][\u4e00-\u9fff]{0,6})\s*[：:｜|]\s*)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
    r"\s*(?:[（(][^（）()]{1,12}[）)])?\s*[^\u4e00-\u9fff\w]{0,3}$"
)

# 1、甘当人民勤务员的掏粪工人--某某。 / 一心为乘客——某某: an item heading that describes a person, a dash,
# then the name closing the line
DASH_SECTION_RE = re.compile(
    r"^\s*[^\u4e00-\u9fff]{0,8}(?P<label>[^\n\-—－~～]{2,24}?)\s*(?:-{2}|—{1,2}|－{1,2})\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[。.！!]?\s*$"
)

# 黄河网（李某　王某）: a news source opening its report, with its reporters in the bracket
MEDIA_DATELINE_RE = re.compile(
    r"\s*[\u4e00-\u9fff]{1,8}(?:网|报|刊|日报|晚报|电视台|广播电台|新闻|客户端)(?:讯|消息)?\s*"
    r"[（(](?P<credits>[\u4e00-\u9fff \u3000、，,]{2,20})[）)]"
)


# the line above goes on into this one (no closing mark), the line below closes it (。” …): a
# sentence broken by the page's layout, not a heading (…都是大国工匠的\n苗子\n。”)
LINE_CONTINUES_RE = re.compile(r"[\u4e00-\u9fff\w][ \t\u3000]*\n[ \t\u3000]*$")
LINE_CLOSES_RE = re.compile(r"[ \t\u3000]*\n?[ \t\u3000]*[。，,、；;：:！!？?”」』)）]")


def _broken_off(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is the middle of a sentence the layout broke."""
    if not LINE_CONTINUES_RE.search(text, max(0, start - 4), start + 1 if text[start : start + 1] == "\n" else start):
        return False
    return LINE_CLOSES_RE.match(text, end) is not None


def section_name(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The person a short line names on its own: 02｜技术骨干：李红, 王强（湖南）, 姓名：赵刚,
    艾力·买买提（新疆）.  Such a line heads the part of an article about that person."""
    line = text[start:end]
    if "\n" in line.strip() or len(line.strip()) > 30 or _broken_off(text, start, end):
        return None
    m = SECTION_LINE_RE.match(line) or DASH_SECTION_RE.match(line)
    if not m:
        return _name_then_unit(text, line, start, end)
    lex = lexicon()
    label, name = m["label"], m["name"]
    name = re.sub(r"[ \u3000]", "", name)  # 航天卫士：杨 峰 — a two-character name padded to the width of three
    if label and (label in lex.byline_words or any(label.endswith(b) for b in lex.byline_words)):
        return None  # 编辑：杨柳 is a credit
    if "·" in name:
        # 四平好人·最美时代女性名单: a list's heading, whatever its dot
        return None if re.search(r"(?:名单|名录|名册)$", name) else (name, start + m.start("name"))
    if not lex.is_surname_at(name, 0) or any(c in NOT_IN_NAME for c in name[1:]) or _reads_as_words(name):
        return None
    if len(name) == 4 and name[:2] not in lex.compound_surnames:
        return None
    return name, start + m.start("name")


# 孙某某　新乡市中心医院护士长 / 周 某　烟台某某集团有限公司: a name (a two-character one maybe padded),
# a blank, then the person's unit or post and nothing else
NAME_UNIT_LINE_RE = re.compile(
    r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]|[\u4e00-\u9fff]{3})[ \t\u3000]+"
    r"(?P<rest>[\u4e00-\u9fff][\u4e00-\u9fff（）() ]{2,24}[\u4e00-\u9fff])[ \t\u3000\r]*$"
)
NAME_ROW_START_RE = re.compile(
    r"[ \t\u3000]*([\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]|[\u4e00-\u9fff]{3})[ \t\u3000]+[\u4e00-\u9fff]"
)
UNIT_WORD_END_RE = re.compile(r"(?:公司|集团|医院|学校|大学|学院|中心|研究院|研究所|[厂局站所院矿处馆队])$")


def _name_then_unit(text: str, line: str, start: int, end: int) -> tuple[str, int] | None:
    """A section line that names a person and their unit or post (孙某某　某某医院护士长); a line of a
    roster (another such line right above or below it) is a list row, no section."""
    m = NAME_UNIT_LINE_RE.match(line)
    if not m:
        return None
    lex = lexicon()
    head = text[max(0, start - 200) : start].rstrip()
    tail = text[end : end + 200].lstrip()
    for near in (head[head.rfind("\n") + 1 :], tail.split("\n", 1)[0]):  # the nearest lines with text
        row = NAME_ROW_START_RE.match(near)
        if row and lex.is_surname_at(row.group(1), 0):
            return None
    name = re.sub(r"[ \u3000]", "", m["name"])
    rest = m["rest"]
    if not lex.is_surname_at(name, 0) or any(c in NOT_IN_NAME for c in name[1:]) or _reads_as_words(name):
        return None
    if name in lex.not_names or any(name.startswith(b) for b in lex.byline_words):
        return None
    tail = re.sub(r"[ （）()]", "", rest)
    if not (lex.post_suffix(tail) or UNIT_WORD_END_RE.search(tail)):
        return None
    return name, start + m.start("name")


def _subtitle_name(text: str, s: int, e: int) -> tuple[str, int] | None:
    """The person a subtitle "——记…队长张伟" is about: the name closing it."""
    line = text[s:e].rstrip(" 　。")
    lex = lexicon()
    for k in (3, 2, 4):
        if len(line) < k + 1:
            continue
        i = len(line) - k
        cand = line[i:]
        if not all(_is_cjk(c) for c in cand) or not lex.is_surname_at(line, i):
            continue
        if any(c in NOT_IN_NAME for c in cand[1:]):
            continue
        before = line[:i]
        if (
            before.endswith(("、", "”", "」", "』", "记", "—"))
            or lex.is_post(before[-6:])
            or lex.post_suffix(before)
            or before[-1:] in lex.post_single
        ):
            return cand, s + i
    # 队长令耀伟 with a surname the list lacks: a post before it and the name repeated in the text
    return _repeated_name_closing(text, s, s + len(line))


# 阿思里别克，哈萨克族，1988年5月出生: a name of five to eight characters opening an introduction
LONG_INTRO_RE = re.compile(r"\s*([\u4e00-\u9fff]{5,8})[，,]\s*(?:男|女|[\u4e00-\u9fff]{1,4}族)[，,]")
# 拉毛某某，女，藏族，1986年9月出生: a four-character name introduced with a people other than the Han
MINORITY_INTRO_RE = re.compile(
    r"""\s*(?P<name>[\u4e00-\u9fff]{4})[，,]\s*
        (?:[男女][，,]\s*)?
        (?P<people>[\u4e00-\u9fff]{1,4}族)[，,]""",
    re.VERBOSE,
)


def _long_translit_intro(text: str, line: str) -> str | None:
    """The name a line introduces when it is longer than a Han name: a Kazakh, Uyghur or Mongolian
    name written without a dot (阿思里别克，哈萨克族，…), every character a transliteration's and the
    name written again in the text (the intro pattern for Han names stops at four characters); one
    character outside the transliteration table is let pass, but not at either end."""
    from loaders.extract import names as nm

    minority = _minority_intro(text, line)
    if minority:
        return minority
    m = LONG_INTRO_RE.match(line)
    if not m or m.group(1).endswith("族"):
        return None
    name = m.group(1)
    foreign = sum(not nm._translit_char(c) for c in name)  # 思 of 阿思里别克: the table is not complete
    if foreign > 1 or not nm._translit_char(name[0]) or not nm._translit_char(name[-1]) or text.count(name) < 2:
        return None
    return name


def _minority_intro(text: str, line: str) -> str | None:
    """拉毛某某，女，藏族，…: a four-character name with no compound surname that opens an introduction
    stating a people other than the Han, and is written again in the text, is a Tibetan, Mongolian or
    Yi name (they have no surname, and the transliteration table knows few of their syllables)."""
    m = MINORITY_INTRO_RE.match(line)
    if not m or m["people"] in ("汉族", "民族") or m["name"].endswith("族"):
        return None
    name = m["name"]
    if name[:2] in lexicon().compound_surnames or text.count(name) < 2 or _reads_as_words(name):
        return None
    return name


def _repeated_name_closing(text: str, s: int, e: int) -> tuple[str, int] | None:
    """The name closing ``text[s:e]`` (a subtitle, or a headline's part before its colon) when it has
    no surname the lists know: 队长令耀伟, 牧民完玛卡着, 三八红旗手达卓玛 (Tibetan and Mongolian
    names have none).  A post or an honour-holder's word stands right before it and the text
    writes the name at least three times; the shortest such reading wins (队长令耀伟, not 长令耀伟), and
    a name of five or six characters (嘎查委员会委员额尔敦达来) is read only when no shorter one is."""
    from loaders.extract import names as nm

    r = nm._rules()
    # (five and six characters last: a Mongolian name written without a dot, 委员额尔敦达来)
    for k in (3, 2, 4, 5, 6):
        i = e - k
        cand = text[i:e]
        if i <= s or not all(_is_cjk(c) for c in cand) or any(c in NOT_IN_NAME for c in cand):
            continue
        tb = nm._title_before(r, text, i)
        before = text[s:i]
        titled = lexicon().is_post(before[-6:]) or lexicon().post_suffix(before) or (tb and tb[1] != "byline")
        if titled and text.count(cand) >= 3 and not _reads_as_words(cand):
            return cand, i
    return None


class _Collector:
    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, str] = {}  # name → best context
        self.bylines: set[str] = set()

    def add(self, name: str | None, context: str, *, listed: bool = False) -> None:
        """Keep ``name``, found in ``context``; ``listed``: it stands between names of a list, so a
        surname the list lacks is no reason to drop it (see ``_list_kinds``)."""
        if not name or len(name) < 2:
            return
        lex = lexicon()
        # a name is never a name plus a verb: 张伟说 → 张伟 (speech verbs: data/dictionaries/triggers.yaml)
        from loaders.extract.frames import trigger_table

        for verb in trigger_table().speech_verbs:
            if name.endswith(verb) and len(name) - len(verb) >= 2:
                name = name[: -len(verb)]
                break
        # 荣获, 文字: common words are never names, and a name needs a known surname
        rare_surname = listed or (context == "subtitle" and self.text.count(name) >= 3)  # 令耀伟: see _subtitle_name
        rare_surname = rare_surname or (context == "opening" and self.text.count(name) >= 2)  # see _opening_name
        rare_surname = rare_surname or tibetan_name(name)  # 仁增, 扎西白珍: no surname at all
        if (
            name in lex.not_names
            or ETHNICITY_RE.fullmatch(name)  # 民族：蒙古族 / 满都拉，蒙古族，: a people, never a person
            or name in never_names()  # (丰收节 after 农民: the name rules' words that are never names)
            or name[:2] in lex.not_names
            or (len(name) == 3 and name[1:] in lex.not_names)  # 暨优秀, 暨先进
            or (len(name) <= 3 and not lex.is_surname_at(name, 0) and not rare_surname)
        ):
            return
        if context == "byline":
            self.bylines.add(name)
        self.found.setdefault(name, context)


def _occurrences(name: str, text: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text``, left to right without overlaps; a two-character name may
    have blanks inside (贺 彪, 杨   辉: padded to align a roster's columns).  A plain search, not a pattern
    per name: those filled re's cache with a text's names."""
    out: list[tuple[int, int]] = []
    at = text.find(name[0]) if name else -1
    while at >= 0:
        end = -1
        if len(name) == 2:
            j = at + 1
            while j < at + 4 and text[j : j + 1] in (" ", "\u3000"):
                j += 1  # 杨   辉: padded to three columns with one to three blanks
            if text[j : j + 1] == name[1]:
                end = j + 1
        elif text.startswith(name, at):
            end = at + len(name)
        if end >= 0:
            out.append((at, end))
        at = text.find(name[0], end if end >= 0 else at + 1)
    return out


def find_people(doc: Document) -> People:
    """All person names of the document, with every occurrence."""
    name: str | None
    t = doc.text
    lex = lexicon()
    col = _Collector(t)
    female: set[str] = set()
    male: set[str] = set()
    for art in doc.articles:
        _scan_article(doc, art, col)
    # credits inside a dateline: 本报讯（记者李新和 通讯员王影）
    for m in re.finditer(r"[（(](?:本报)?(?:记者|通讯员)[^（）()]{1,40}[）)]", t):
        for name, _ in _byline_names(t, m.start() + 1, m.end() - 1):
            col.add(name, "byline")
    for m in DATELINE_CREDIT_RE.finditer(t):
        for word in re.split(r"[、，, \u3000]+", m.group(1)):
            if lex.is_surname_at(word, 0):
                col.add(word, "byline")
    # credit lines: 文字：某某　图片：某某　编辑：某某 — the values are credits, never subjects
    for m in CREDIT_RE.finditer(t):
        if lex.is_surname_at(m.group(1), 0):
            col.add(m.group(1), "byline")
    for m in PAGE_STAMP_CREDIT_RE.finditer(t):
        if lex.is_surname_at(m.group(1), 0):
            col.add(m.group(1), "byline")
    # 某某 摄 ending a line, or closing the brackets of a photo caption wherever the line goes on
    # (新华社发（杨某某 摄）: a caption's line is joined to the next one)
    for m in PHOTO_CREDIT_RE.finditer(t) if "摄" in t else ():  # (tried at every character: only where 摄 is)
        name = m.group(1) or m.group(2)
        if lex.is_surname_at(name, 0):
            col.add(name, "byline")
    # 深圳特区报驻穗记者 刘某某 通讯员 陈某某 林某某 文/图: every name of a line made only of credits
    for m in CREDIT_LINE_RE.finditer(t):
        for run in re.finditer(r"[\u4e00-\u9fff]+", m.group()):
            word = run.group()
            if 2 <= len(word) <= 3 and lex.is_surname_at(word, 0) and word not in lex.byline_words:
                col.add(word, "byline")
    # …良好效果。（宋某某） / a line that is only （李某）: a bracketed name closing a paragraph is its writer
    for m in CLOSING_CREDIT_RE.finditer(t):
        if lex.is_surname_at(m.group(1), 0) and not any(c in NOT_IN_NAME for c in m.group(1)[1:]):
            col.add(m.group(1), "byline")
    for m in OPENING_CREDIT_RE.finditer(t):
        if lex.is_surname_at(m.group(1), 0) and not any(c in NOT_IN_NAME for c in m.group(1)[1:]):
            col.add(m.group(1), "byline")
    # gender marks in lists: 甘露（女）, 覃晓燕（女，土家族）
    for m in re.finditer(r"([\u4e00-\u9fff]{2,4})[（(](女|男)[，,、）)]", t):
        cand = m.group(1)
        for k in (3, 2):
            if len(cand) == 4 and cand[:2] in lex.compound_surnames:
                k = 4
            name = cand[-k:] if k <= len(cand) else None
            if name and lex.is_surname_at(name, 0) and not any(c in NOT_IN_NAME for c in name[1:]):
                col.add(name, "row")
                (female if m.group(2) == "女" else male).add(name)
                break
    _repeated_subjects(doc, col)
    # the statistical tagger (stage 3): names no context rule introduces (刘建国荣获…)
    from loaders.extract.mentions import person_spans

    spans = person_spans(t)
    for span in spans:
        # 记者鄭嘉欣報道 / 通讯员 王影: a name right after a credit word is a byline, never a subject
        # (a list heading ending in 先进工作者 is no credit: 工作者 holds 作者)
        if re.search(
            r"(?:记者|通讯员|实习生|见习记者|特约记者|编辑|责编|摄影|(?<!工)作者|文/|图/)[\s　：:]*$",
            t[max(0, span.start - 8) : span.start],
        ) and not AWARDED_AFTER_RE.match(t, span.end):
            col.add(span.name, "byline")
            continue
        # 表彰和奖励: a surname that is also a conjunction, right after a word, joins two words
        conjunction = span.name[0] in "和与及同" and span.start > 0 and "\u4e00" <= t[span.start - 1] <= "\u9fff"
        if conjunction and not _plausible(t, span.start, span.name):
            continue
        shorter = [n for n in col.found if span.name.startswith(n) and len(n) < len(span.name)]
        # 校长蒋宗会，: a titled name closing its clause is whole even when its last character is a verb
        closed = (
            span.source in ("rule", "both")
            and span.end < len(t)
            and t[span.end] in "，,。；;、）)"
            and any(lex.is_post(t[max(0, span.start - k) : span.start]) for k in (2, 3, 4))
        ) or (span.source in ("rule", "both") and ON_LIST_AFTER_RE.match(t, span.end) is not None)
        if shorter and (word_tag(span.name[len(shorter[0]) :]) or "").startswith("v") and not closed:
            continue  # 队长张伟擦了一把脸: the context rules cut the name before the verb (not 母永强)
        if span.source != "both" and _no_person(t, span.name):
            continue  # 列车长原型。/ 管理期 / 张裕、长城… : a word or a brand the tagger does not read as a name
        if span.source == "tagger" and followed_by(t, span.name, PLACE_AFTER):
            continue  # 玉麦乡玉麦村的卓嘎…在玉麦这个…乡: a word the text also writes as a village is a place
        if _cut_unit_word(t, span.end):
            continue  # 苏州大学团委书记李某: the tagger's 苏州大 ends inside the unit word 大学
        if span.source == "tagger" and _in_quote(t, span.start):
            continue  # 「劳动新纪元，劳耀您创造」: a word of a slogan the tagger alone reads as a name
        if span.source in ("rule", "both", "tagger") and span.name not in col.bylines:
            col.found.setdefault(span.name, "tagger")  # the name stage's own rules vouch for it
        elif _plausible(t, span.start, span.name):
            col.add(span.name, "tagger")
    # 习某总书记 / 毛某思想 / 甲、乙等党和国家领导人的接见: leaders the text cites, no subjects
    # (tried at every character: only a text with one of the words that end its two forms is scanned)
    for m in CITED_LEADER_RE.finditer(t) if any(w in t for w in CITED_LEADER_WORDS) else ():
        if (m[1] or m[2]) in col.found:
            col.bylines.add(m[1] or m[2])
    # (the run is tried at every character: only a text that writes 领导人 or 领导同志 is scanned)
    for m in LEADER_RUN_RE.finditer(t) if "领导人" in t or "领导同志" in t else ():
        for word in re.split(r"[、，,和]", m[1]):
            if word in col.found:
                col.bylines.add(word)
    # 副部长某某通报…名单 / 某某一行…，为某某颁发: a leader announcing the list or handing over the award
    for name in list(col.found):
        if followed_by(t, name, ANNOUNCES_AFTER):
            col.bylines.add(name)
    # 市委书记农生文率我市代表团…: the leader of a delegation to the ceremony is an official, no subject
    for m in DELEGATION_RE.finditer(t):
        if m.group(1) in col.found:
            col.bylines.add(m.group(1))
    for m in LED_BY_RE.finditer(t):
        col.bylines.update(name for name in col.found if m.group(1).endswith(name))
    # the learned person gate (on unless LAOMO_PERSON_GATE=0): the names it admits are subjects, written
    # out even without an honour; a name the rules dropped becomes a mention (in text order: deterministic)
    admitted = person_gate.admitted(t, spans, col.found, col.bylines) if person_gate.enabled() else []
    gated = set(admitted)
    for name in admitted:
        if name in col.bylines or name not in col.found:
            col.bylines.discard(name)
            col.found[name] = "tagger"
    people = People(bylines=col.bylines, female=female, male=male, gated=gated)
    names = sorted(col.found, key=len, reverse=True)
    taken = [False] * len(t)
    for name in names:
        # 贺 彪: a two-character name padded to align a roster's columns is the same name
        for start, end in _occurrences(name, t):
            if any(taken[start:end]) or garbled_at(t, start, end):
                continue  # (挢 of 斯?;び邢挢?任: bytes a mirror lost read as a name)
            # 刘洋 inside 刘洋洋 is not a mention of 刘洋
            if len(name) == 2 and end < len(t) and f"{name}{t[end]}" in col.found:
                continue
            for k in range(start, end):
                taken[k] = True
            people.mentions.append(Mention(name, start, end, col.found[name]))
    people.mentions.sort(key=lambda x: x.start)
    return people


SUBJECT_RE = re.compile(
    r"(?:^|[。！？；\n]|(?:^|[。！？；\n])(?:(?:19|20)\d\d年(?:\d{1,2}月)?|今年|去年|如今|此后|后来)[，,]?)"
    r"([\u4e00-\u9fff]{3})(?=[是说在从把被带每已也还就则曾先又将对用和与荣获])"
)


def _repeated_subjects(doc: Document, col: _Collector) -> None:
    """柯某某是…。…柯某某说，…: a three-character surname-led word opening two sentences or more,
    each time followed by a predicate, is the name of the person they are about."""
    t = doc.text
    lex = lexicon()
    counts: Counter[str] = Counter()
    for m in SUBJECT_RE.finditer(t):
        cand = m.group(1)
        if lex.is_surname_at(cand, 0) and _plausible(t, m.start(1), cand) and not word_freq(cand[1:]) > 5000:
            counts[cand] += 1
    for cand, n in counts.items():
        if n >= 2:
            col.add(cand, "text")
    for cand in _posted_openers(t):
        col.add(cand, "text", listed=True)  # (the helper checked the shape: its surname may be unlisted)


def _posted_openers(t: str) -> list[str]:
    """…重症监护室护士长脱某某荣列其中。脱某某从事护理工作26年: a three-character word written right
    after a post and opening a later sentence before a predicate is a name, even when its surname
    (脱, 令, 揭 …) is in no list; it must not read as words nor be a known word."""
    lex = lexicon()
    out: list[str] = []
    for m in SUBJECT_RE.finditer(t):
        cand = m.group(1)
        if cand in out or lex.is_surname_at(cand, 0) or not _plausible(t, m.start(1), cand):
            continue
        if word_freq(cand) > 0 or word_freq(cand[:2]) > 5000 or word_freq(cand[1:]) > 5000:
            continue
        posted = any(lex.is_post(t[max(0, k - w) : k]) for k in _starts_before(t, cand, m.start(1)) for w in (2, 3, 4))
        if posted:
            out.append(cand)
    return out


def _starts_before(t: str, cand: str, end: int) -> list[int]:
    """Where ``cand`` is written before ``end``."""
    out, k = [], t.find(cand)
    while 0 <= k < end:
        out.append(k)
        k = t.find(cand, k + 1)
    return out


OPENING_RE = re.compile(r"\s*([\u4e00-\u9fff]{3})(?:[：:，,]|是)")


def _opening_name(t: str, start: int, end: int) -> str | None:
    """A profile that opens on its subject's three-character name (琚永安：以劳动托起中国梦 / 裔式娟是…)
    and names them again later: the name, even when its surname is in no list; None when the opening
    reads as words (编者按：, 原标题：) or is never repeated."""
    m = OPENING_RE.match(t, start, end)
    if not m:
        return None
    name = m.group(1)
    if t.count(name) < 2 or not _plausible(t, m.start(1), name) or _no_person(t, name):
        return None
    return name


def _writer_under_headline(art: Article, s: Sentence, t: str, name: str) -> bool:
    """国庆劳模载誉归 / 杨某 / 930，荣获…的王某…: a bare name alone on the line right under the
    headline, with the body straight after it, and written nowhere else in the text, is the writer's
    credit.  A person a section heads is named again in it (or an item line labels them: 01｜张某)."""
    k = next((i for i, x in enumerate(art.sentences) if x is s), -1)
    if k != 1 or art.sentences[0].kind not in ("title", "heading") or len(art.sentences) < 3:
        return False
    if art.sentences[2].kind != "prose" or t.count(name) != 1:
        return False
    if not re.search(r"[，,。！？!?]", art.sentences[2].text):
        return False  # 郑某 / 某公司党总支书记、董事长: a unit and post line under the name, no body
    return re.fullmatch(r"\s*[\u4e00-\u9fff]{2,3}\s*", s.text) is not None


def _scan_article(doc: Document, art: Article, col: _Collector) -> None:
    name: str | None
    t = doc.text
    lex = lexicon()
    post_rx = alternation(lex.post_endings + lex.person_nouns)
    for s in art.sentences:
        if s.kind == "meta":
            continue
        if s.kind == "byline":
            for name, _ in _byline_names(t, s.start, s.end):
                col.add(name, "byline")
            continue
        if s is art.sentences[0]:
            opening = _opening_name(t, s.start, s.end)
            if opening:
                col.add(opening, "opening")
        if s.kind == "subtitle":
            hit = _subtitle_name(t, s.start, s.end)
            if hit:
                col.add(hit[0], "subtitle")
        if s.kind in ("title", "heading", "subtitle"):
            # “焊缝艺术家”柯某某: a quoted nickname, then the name closing the headline
            m = re.search(r"[”」』]([\u4e00-\u9fff]{2,3})\s*$", s.text)
            if m and lex.is_surname_at(m.group(1), 0) and _plausible(t, s.start + m.start(1), m.group(1)):
                col.add(m.group(1), "headline")
        if s.kind in ("title", "heading"):
            # 西藏自治区三八红旗手达卓玛：努力…: a surname-less name closing the part before the colon
            m = re.match(r"[^：:]{3,30}(?=[：:])", s.text)
            hit = _repeated_name_closing(t, s.start, s.start + m.end()) if m else None
            if hit and hit[0] not in col.found:
                col.add(hit[0], "headline", listed=True)  # the helper asked for the repetition
        if s.kind == "title":
            m = re.search(r"(?:^|[”」』\s])([\u4e00-\u9fff]{2,4}?)[：:]", s.text)
            if m and lex.is_surname_at(m.group(1), 0) and len(m.group(1)) in (2, 3):
                col.add(m.group(1), "headline")

            m = re.match(r"\s*([\u4e00-\u9fff]{2,4})[（(]", s.text)
            if m and lex.is_surname_at(m.group(1), 0) and len(m.group(1)) in (2, 3):
                col.add(m.group(1), "intro")
        # a line that is only a name heads a person's section: 01｜领衔人：张伟 / 李红（四川） / 姓名：王强
        hit = section_name(t, s.start, s.end)
        if hit and _writer_under_headline(art, s, t, hit[0]):
            col.add(hit[0], "byline")
        elif hit:
            col.add(hit[0], "section")
        # an introduction: 张伟，男，… / 于冬梅，1983年6月出生 / 白振宇（…）
        m = INTRO_RE.match(s.text)
        # 丁百元，回族，: before a gender or a nationality the given name may hold a numeral
        sure = m is not None and re.match(r"[，,]\s*(?:男|女|[\u4e00-\u9fff]{1,3}族)", s.text[m.end(1) :])
        barred = NOT_IN_NAME - set(INTRO_NUMERALS) if sure else NOT_IN_NAME
        dateline = MEDIA_DATELINE_RE.match(s.text)
        if dateline:  # 某某网（李某　王某）: a news site's dateline and its reporters, no introduction
            for word in re.findall(r"[\u4e00-\u9fff]+", dateline["credits"]):
                if 2 <= len(word) <= 3 and lex.is_surname_at(word, 0):
                    col.add(word, "byline")
        elif m and lex.is_surname_at(m.group(1), 0) and not any(c in barred for c in m.group(1)[1:]):
            col.add(m.group(1), "intro")
        else:
            long_name = _long_translit_intro(t, s.text)
            if long_name:
                col.add(long_name, "intro", listed=True)
        # after a post, job or relation word
        for pm in post_rx.finditer(t, s.start, s.end):
            if post_rx.match(t, pm.end()):
                continue  # 瓦工班长柏某: the post goes on (班长), no name starts at 班
            name = name_at(t, pm.end(), end=s.end)
            if name and _plausible(t, pm.end(), name) and not _ends_quotation(t, pm.end(), name):
                col.add(_to_mark(t, pm.end(), name), "post")
        for name in _marked_names(t, s.start, s.end):
            col.add(name, "post", listed=True)  # 所长达林台（蒙古族）: a post before, a mark after
        for pm in JOB_END_RE.finditer(t[s.start : s.end]):
            i = s.start + pm.end()
            name = name_at(t, i, end=s.end)
            if name and _post_goes_on(t, i, name):
                continue
            if (
                name
                and len(name) == 3
                and _plausible(t, i, name)
                and (_is_boundary(t, i + 3) or (i + 3 < s.end and t[i + 3] in PREDICATE_START))
                and not _ends_quotation(t, i, name)  # “最美延长石油人”: a title's end
            ):
                col.add(name, "post")  # 护林员陶明辉是…: a full name may go straight on with its predicate
        # after a quoted honour: “最美货车司机”孙宏亮、秦建军，…等
        for qm in QUOTED_RE.finditer(t[s.start : s.end]):
            if phrase_kind(qm.group(1)) != "honour":
                continue
            i = s.start + qm.end()
            while i < s.end:
                name = name_at(t, i, end=s.end)
                # “最美环卫工”丁根福则是…: a full name may go straight on with its predicate
                runs_on = name is not None and len(name) == 3 and i + 3 < s.end and t[i + 3] in PREDICATE_START
                if (
                    not name
                    or not (_is_boundary(t, i + len(name), list_mode=True) or runs_on)
                    or not _plausible(t, i, name)
                ):
                    break
                col.add(name, "list")
                i += len(name)
                if i < s.end and t[i] in "、和":
                    i += 1
                else:
                    break
        # 卫生室的潘国良。 / 车间的李强， : a worker named as "of" a unit, closing a clause
        for um in UNIT_OF_RE.finditer(t, s.start, s.end):
            name = um.group(1)
            if lex.is_surname_at(name, 0) and _plausible(t, um.start(1), name):
                col.add(name, "post")
        # 孔祥伟，马国栋，郑丽3人: names enumerated before a head count
        for hm in COUNTED_RUN_RE.finditer(t[s.start : s.end]):
            seg = t[s.start : s.start + hm.start()]
            pieces = re.split(r"[，、,]", seg)
            kinds = _list_kinds(pieces, max_len=4)
            names = []
            for k in range(len(pieces) - 1, -1, -1):
                if kinds[k] == "no":
                    break
                names.append(pieces[k])
            if len(names) >= 2:
                for x in names:
                    col.add(x, "list", listed=True)
        for rm in NAME_RUN_RE.finditer(t, s.start, s.end):
            pieces = rm.group(1).split("、")
            # the first piece may carry a lead-in (经评选，范某 → only the tail after punctuation counts)
            if "no" not in _list_kinds(pieces, max_len=3):
                for x in pieces:
                    col.add(x, "list", listed=True)
        # 获评先进生产者的有：邵某（机加车间）、祁某（装配班组）、甘某
        for lm in NAMED_ARE_RE.finditer(t[s.start : s.end]):
            i = s.start + lm.end()
            for piece in re.split(r"[、，,]", t[i : s.end].rstrip("。；;")):
                x = re.sub(r"[（(][^（）()]*[）)]", "", piece).strip()
                if 2 <= len(x) <= 3 and lex.is_surname_at(x, 0) and not any(c in NOT_IN_NAME for c in x[1:]):
                    col.add(x, "list")
        # ——万志成。 (a WeChat lead naming the person after a dash)
        for dm in DASH_RE.finditer(t[s.start : s.end]):
            i = s.start + dm.end()
            name = name_at(t, i, end=s.end)
            if name and _is_boundary(t, i + len(name), list_mode=True) and _plausible(t, i, name):
                col.add(name, "dash")


def _list_kinds(pieces: list[str], *, max_len: int) -> list[str]:
    """Each piece of an enumeration as "name" (a known surname and a given name), "rare" (three
    characters, no known surname and no word, before a name in a list of two names or more:
    刘仁海、蓬铁权、王登礼 — a surname the list lacks) or "no"."""
    lex = lexicon()
    kinds = []
    for x in pieces:
        shaped = not any(c in NOT_IN_NAME for c in x[1:]) and not _reads_as_words(x)
        if (
            2 <= len(x) <= max_len
            and shaped
            and lex.is_surname_at(x, 0)
            and (len(x) <= 3 or x[:2] in lex.compound_surnames or max_len == 4)
        ):
            kinds.append("name")
        elif len(x) == 3 and shaped and all(_is_cjk(c) for c in x) and not word_freq(x[:2]) and not word_freq(x[1:]):
            kinds.append("rare")
        else:
            kinds.append("no")
    named = kinds.count("name")
    for k, kind in enumerate(kinds):
        if kind == "rare" and not (named >= 2 and k + 1 < len(kinds) and kinds[k + 1] == "name"):
            kinds[k] = "no"
    return kinds


def _is_boundary(t: str, j: int, *, list_mode: bool = False) -> bool:
    """Whether a name may end at ``t[j]``: punctuation, a line end, or (in lists) 等."""
    if j >= len(t) or not _is_cjk(t[j]):
        return True
    return list_mode and t[j] in "等和"


def _plausible(t: str, i: int, name: str) -> bool:
    """A candidate from a weak context is a name unless it reads as ordinary words
    (项目, 成长) or cuts through a word of its sentence (生产和工人 → 和工)."""
    rest = name[1:]
    if any(c in NOT_IN_NAME for c in rest):
        return False
    j = i + len(name)
    # 队长是…, 主任的… : the particle follows the post, so this is no name
    if (len(name) == 2 and name[1] in NEVER_LAST) or (j < len(t) and t[j] in "长员师"):
        return False
    if _reads_as_words(name) or joins_nouns(t, i, j):
        return False  # 代表和典范: 和 joins two words
    return not crosses_word(t, i, j)


def _ends_quotation(t: str, i: int, name: str) -> bool:
    """Whether ``name`` at ``t[i]`` closes a quotation opened before it: the end of a quoted title
    (“中国农民丰收节”: 农民 is no post before a name there)."""
    j = i + len(name)
    return t[j : j + 1] in ("”", "」", "』") and _in_quote(t, i)


def _marked_names(text: str, start: int, end: int) -> list[str]:
    """副局长次旺卓玛（女，藏族） / 所长达林台（蒙古族）: the words between a post and a gender or
    ethnicity mark are a name, with or without a surname the lexicon knows (a minority name);
    the shortest two to five characters that have a post right before them."""
    lex = lexicon()
    out = []
    for m in MARK_AFTER_NAME_RE.finditer(text, start, end):
        for size in range(2, 6):
            at = m.start() - size
            if at <= start or not all(_is_cjk_at(text, i) for i in range(at, m.start())):
                break
            if any(lex.is_post(text[at - k : at]) for k in (2, 3, 4) if at - k >= start):
                out.append(text[at : m.start()])
                break
    return out


def _to_mark(text: str, start: int, name: str) -> str:
    """大队长解古依格(女): a name read after a post and cut one character before the gender or
    ethnicity mark that closes it (解古依) runs on to the mark; other names stay as read."""
    end = start + len(name)
    if len(name) == 3 and _is_cjk_at(text, end) and MARK_AFTER_NAME_RE.match(text, end + 1):
        return text[start : end + 1]
    return name


def _is_cjk_at(text: str, i: int) -> bool:
    return i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def _cut_unit_word(text: str, end: int) -> bool:
    """True when the text at ``end`` (a name's end) cuts a unit word in two: 苏州大|学, 某某医|院."""
    return any(text.startswith(word, end - k) for word in UNIT_WORDS for k in range(1, len(word)))


def _in_quote(t: str, i: int) -> bool:
    """Whether ``t[i]`` lies inside a quotation opened earlier on its line (“…” or 「…」)."""
    line = t[t.rfind("\n", 0, i) + 1 : i]
    return line.count("“") > line.count("”") or line.count("「") > line.count("」")


# a document number's year in its own brackets right after the issuing office (焦政〔2023〕12号)
FILE_NUMBER_AFTER = r"[〔［\[]\s*(?:19|20)\d\d\s*[〕］\]]"


def _no_person(t: str, name: str) -> bool:
    """Whether a name candidate no tagger-and-rule agreement vouches for is no person: a frequent common
    noun, even after a title (列车长原型), or any very frequent word (“劳动光荣”) — rarer words that are
    also names stay (炉前工白音, 快递员常乐, 甘露去年被表彰为…), as do words the dictionary marks as names;
    a place only when the text counts people right after it (南海7人获评…, but 高山被…命名为… stays);
    a frequent word plus one character (管理期); a brand the text also writes as a company (张裕 beside
    烟台张裕集团有限公司); an issuing office before a document number (焦政〔2023〕12号)."""
    tag = word_tag(name) or ""
    freq = word_freq(name)
    if tag and not tag.startswith(("nr", "ns", "nz")) and freq >= (300 if tag[0] == "n" else 1000):
        return True
    if tag.startswith("ns") and followed_by(t, name, PLACE_COUNT):
        return True  # 南海7人获评…: a place word counting its people
    head = name[:2]
    if (
        len(name) == 3
        and word_freq(head) >= 1000
        and (word_tag(head) or "")[:1] in ("n", "v", "a", "d")
        and not (word_tag(head) or "").startswith(("nr", "ns", "nz"))
    ):
        return True
    if followed_by(t, name, FILE_NUMBER_AFTER):
        return True  # 焦政〔2023〕12号: an issuing office's short name opening a document number
    return followed_by(t, name, BRAND_AFTER)


# locative words that close a place noun (公园内, 厂区外, 车间里) and hardly ever end a given name
LOCATIVE_LAST = set("内外里旁")


def _noun_and_locative(name: str) -> bool:
    """劳模公园内有…: a frequent common noun (公园) and a locative after it read as words, no name."""
    head = name[:2]
    return len(name) == 3 and name[2] in LOCATIVE_LAST and word_tag(head) == "n" and word_freq(head) >= 1000


def _reads_as_words(name: str) -> bool:
    """项目, 宣讲团 (dictionary words) or 和+工匠 (a conjunction before a word) are no names."""
    tag = word_tag(name) or ""
    if word_freq(name) and not tag.startswith(("nr", "ns", "nz")):
        return True
    if _noun_and_locative(name):
        return True
    lex = lexicon()
    sl = 2 if name[:2] in lex.compound_surnames else 1
    sur, given = name[:sl], name[sl:]
    if (
        len(given) == 2
        and (word_tag(sur) or "")[:1] in ("c", "p", "d", "v", "m", "a", "u")
        and word_freq(sur) >= 5000
        and (word_tag(given) or "")[:1] in ("n", "v", "a", "d")
        and not (word_tag(given) or "").startswith("nr")
        and word_freq(given) >= 500
    ):
        return True
    return False


def _name_heading(doc: Document, art: Article, people: People) -> str | None:
    """An article headed by a line that only names a person (an encyclopedia entry: 张伟（中国工匠）)
    is about that person."""
    first = next((x for x in art.sentences if x.kind != "meta"), None)
    if first is None or first.kind not in ("title", "heading"):
        return None
    hit = section_name(doc.text, first.start, first.end)
    if not hit or hit[0] not in people.names() or hit[0] in people.bylines:
        return None
    # ■ 朱某某 over a news lead that never names him again is the writer's credit, not an entry's subject
    again = [m for m in people.in_span(first.end, art.end) if m.name == hit[0]]
    return hit[0] if again else None


def main_subject(doc: Document, art: Article, people: People) -> str | None:
    """The person an article profiles: named in its subtitle or headline, else its most mentioned worker."""
    mentions = [m for m in people.in_span(art.start, art.end) if m.name not in people.bylines]
    officials = {n for n in {m.name for m in mentions} if is_official(doc.text, n)}
    mentions = [m for m in mentions if m.name not in officials]  # 刘某在发布仪式上说: no profile's subject
    if not mentions:
        return None
    for s in (art.subtitle, art.title):
        if s is None:
            continue
        inside = [m for m in mentions if s.start <= m.start < s.end]
        if inside and s is art.subtitle:
            return inside[-1].name
        if inside and re.search(re.escape(inside[0].name) + r"[：:]", s.text):
            return inside[0].name
    head = _name_heading(doc, art, people)
    if head:
        return head
    counts = Counter(m.name for m in mentions)
    name, n = counts.most_common(1)[0]
    intro = [m for m in mentions if m.context == "intro"]
    if intro and (counts[intro[0].name] >= 2 or not art.news):
        return intro[0].name
    if n >= 3 and n >= 0.5 * sum(counts.values()) and not art.news and not _presents_awards(doc.text, name):
        return name
    return None


def lone_titled_worker(doc: Document, art: Article, people: People) -> str | None:
    """以匠心恪守初心 / …公司水轮机装配特级技师崔某某步伐稳健…。…崔某某在…潜心钻研: a feature (no news
    item) that names one worker only, twice or more, once right after their post or in an introduction,
    is about that worker, though the text gives them no honour of their own."""
    if art.news:
        return None
    mentions = [m for m in people.in_span(art.start, art.end) if m.name not in people.bylines]
    names = {m.name for m in mentions}
    if len(names) != 1:
        return None
    name = names.pop()
    titled = any(m.context in ("post", "intro", "section") for m in mentions)
    if len(mentions) < 2 or not titled or is_official(doc.text, name) or _presents_awards(doc.text, name):
        return None
    if followed_by(doc.text, name, r"一行") or DISPATCH_RE.search(doc.text, art.start, min(art.end, art.start + 120)):
        return None  # 副主席某某一行走访慰问… / 某某网讯: a visiting official, a news item's dispatch
    return name


# 陕西工人报讯 / 本报讯 / 新华网北京5月1日电: a news dispatch's opening (a feature has none)
DISPATCH_RE = re.compile(r"[报网]讯|\d{1,2}日电")


# 人民日报高级编辑某某等20人获全国五一劳动奖章: a credit word before a name that an award verb follows
# is the person's trade, not a credit (记者某某获悉 is one)
AWARDED_AFTER_RE = re.compile(
    r"(?:等\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:人|名|位))?(?:同时|均|分别)?"
    r"(?:荣获|获评|获得|获(?![悉知])|被评为|被授予|被命名为|当选|入选|荣膺)"
)
# 队长郑某发名列其中 / 某某发上榜: a name the name stage closes on a verb-like character before
# "is on the list" keeps it (not 队长郑某 + 发名列其中)
ON_LIST_AFTER_RE = re.compile(
    r"(?:等\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:人|名|位))?(?:上榜|榜上有名|[名位]列其中)"
)
# 副部长某某通报…获奖名单 / 某某副主席一行专程赶到，为某某颁发奖章: a leader announcing the list or the
# decision, or handing someone else the award in the next clause, is an official of it, never its subject
ANNOUNCES_AFTER = (
    r"(?:(?:通报|宣布|公布)(?:了)?[^。；;！？，,]{0,30}(?:名单|决定)|"
    r"[^。；;！？，,“”获授评选]{0,24}[，,][为向](?![其他她])[^。；;！？，,“”]{0,16}(?:颁奖|颁发|授牌|颁证))"
)

# 某某在会上发表重要讲话 / 某某总书记重要指示精神 / 某某主持大会 / 某某宣读表彰决定: a leader speaking, chairing,
# reading out the decision or cited
OFFICIAL_AFTER_RE = (
    r"(?:同志)?(?:[、和][\u4e00-\u9fff]{2,3}){0,6}(?:等)?(?:在[^。；;！？，,]{0,8}(?:发表|作)[^。；;！？，,]{0,4}讲话|(?:作|做)[^。；;！？，,]{0,4}(?:讲话|报告)|"
    r"总书记(?:的|对|关于|重要|在)|主持(?:会议|大会|仪式)|出席(?:会议|仪式|[，,。；;])|"
    # 出席了颁奖典礼 / 在发布仪式上说: attending the ceremony or speaking at it
    r"出席(?:了)?[^。；;！？，,“”]{0,8}(?:典礼|仪式|大会|会议)|"
    r"在[^。；;！？，,“”]{0,10}(?:典礼|仪式|大会|会议)上(?:说|讲话|表示|指出|强调|致辞)|"
    r"对[^。；;！？，,]{0,10}提出[^。；;！？，,]{0,4}要求|为核心的|"
    # 某某代表市总工会致辞 / 某某致了辞 / 某某在致辞中指出: the speaker of the ceremony (发言 is left out:
    # 劳模代表某某发言 is an honouree's)
    # (致词 is the same speech written with 词; 县长某某特出席致贺 / 亲自出席并致辞: attending to congratulate)
    r"(?:代表[^。；;！？，,“”]{2,16}?)?(?:致(?:了)?(?:欢迎)?[辞词]|在[^。；;！？，,“”]{0,6}(?:致[辞词]|讲话|总结)中)|"
    r"(?:特|亲自|专程)?出席(?:并)?致(?:贺|[辞词])|(?:都|均|也)?到场(?:观礼|祝贺|致贺)|"
    # 理事长某某逐一颁发奖状 / 某某逐一向甲等87位劳工颁发奖状: the one who hands over the awards (not 获颁)
    r"(?:逐一|亲自|分别|共同)(?:向[^。；;！？，,“”]{1,20})?颁(?:发|奖)|"
    # 某某任评委并讲话 / 某某出席并作重要讲话: a role at the event, then the speech
    r"[^。；;！？，,“”]{0,8}并(?:作|发表)?(?:了)?(?:重要)?讲话|"
    r"宣读(?:了)?[^。；;！？，,]{0,10}(?:决定|通报|命令|贺信|贺电)|" + ANNOUNCES_AFTER + ")"
)


def is_official(t: str, name: str) -> bool:
    """Whether the text has ``name`` speak at the meeting, chair it or be cited as a leader (习某总书记
    重要指示精神): an official of the event, never the subject a zero-subject sentence is about."""
    return (
        followed_by(t, name, OFFICIAL_AFTER_RE)
        or followed_by(t, name, ATTENDING_RUN)
        or followed_by(t, name, DATED_PRESENTER_AFTER)
    )


# 副省长某某，省政协副主席某某出席仪式: every name of a run that closes on 出席 attends as an official
ATTENDING_RUN = (
    r"(?:[，,、][^。；;！？，,、“”]{2,20}){1,12}?(?:等(?:领导)?)?"
    # 等出席表彰大会 / 等出席颁奖典礼: the meeting may be named, as after a single name
    r"(?:(?:出席|莅临)(?:了)?(?:[^。；;！？，,、“”]{0,8}(?:会议|仪式|大会|活动|典礼)|[，,。；;])"
    # 县议员甲、乙…主任丙都到场观礼: guests watching the ceremony
    r"|(?:都|均|也)?到场(?:观礼|祝贺|致贺))"
)


# 如今，他又获得… opening an excerpt: a pronoun subject written before the text names anyone
PRONOUN_SUBJECT_RE = re.compile(r"(?:^|[，,。；;！？\s])(?:他|她)(?:又|还|也|曾|先后|再次|已|便)?")


def cataphoric_subject(t: str, sent_start: int, pos: int, names: list[Mention]) -> str | None:
    """The person a 他/她 sentence before any name is about (如今，他又获得“某省劳动模范”的殊荣。某某说，…):
    the name the article then mentions most (the first on a tie), not an official; None when the
    sentence has no pronoun subject before ``pos`` or the article names nobody after it."""
    if not PRONOUN_SUBJECT_RE.search(t, sent_start, pos):
        return None
    after = [m for m in names if m.start >= pos and not is_official(t, m.name)]
    if not after:
        return None
    counts = Counter(m.name for m in after)
    order = {m.name: -i for i, m in reversed(list(enumerate(after)))}
    return max(order, key=lambda n: (counts[n], order[n]))


# 当选全国人大代表 / 当选为“湖北省第十三届人大代表”: a deputy the text has elected
ELECTED_DEPUTY_RE = re.compile(r"当选(?:为)?[“「]?(?P<title>[^，,。；;！？!?、“”「」]{2,24}?(?:代表|委员))[”」]?")


def elected_deputy(t: str, positions: list[tuple[str, int]]) -> bool:
    """Whether one of ``positions`` (title, where read) is a deputy office the text says the person
    was elected to (环卫工某某当选全国人大代表): a worker the text reports on for it, a subject even
    without an honour (deputy offices are posts, not honours)."""
    for title, pos in positions:
        if not title.endswith(("代表", "委员")):
            continue
        for m in ELECTED_DEPUTY_RE.finditer(t, max(0, pos - 8), pos + len(title) + 4):
            if title in m["title"] or m["title"] in title:
                return True
    return False


def _presents_awards(t: str, name: str) -> bool:
    """Whether the text has ``name`` hand over awards (市长某某亲自颁奖给…, 某某为获奖者颁发证书): an
    official at the ceremony, whoever the text mentions most."""
    return followed_by(t, name, PRESENTER_AFTER) or followed_by(t, name, DATED_PRESENTER_AFTER)
