"""The structure of a source text: header (publisher, date), articles, sentences.

A newspaper page holds several unrelated articles; an article starts at a
heading (a ``#`` line, or a short unpunctuated line followed by a subtitle
"——记…", a byline or a "本报讯" dateline).  Sentences are cut at 。！？； and
table-like lines (columns separated by runs of blanks) stay whole.  All offsets
are into the normalised text (see loaders.textnorm); NormText maps them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.dates import DATE_RE, YEAR, cn_to_int, month_day
from loaders.extract.listrows import is_name_grid, opens_name_list, roster_cuts
from loaders.orgs import org_kind, places
from loaders.textnorm import NormText, _looks_like_heading, normalise, to_simplified

SENT_END = "。！？!?；;"
SENT_END_RE = re.compile("[" + SENT_END + "]|……")  # a sentence end, or an ellipsis
CLOSE = "”’」』）)》"
BYLINE_RE = re.compile(
    r"^(?:文[／/|｜]\s*)?(?:本[报刊台网](?:记者|通讯员)|记者|通讯员|特约记者|见习记者|实习生|作者|文[／/])"
)
DATELINE_RE = re.compile(
    r"^\s*(?:本报讯|本报[\u4e00-\u9fff]{1,4}(?:\d{1,2}月\d{1,2}日)?讯|[\u4e00-\u9fff]{2,6}讯[（(]"
    r"|本报[\u4e00-\u9fff]{0,4}(?:\d{1,2}月)?\d{1,2}日[讯电])"  # 本报6日讯 / 本报北京4月26日电
)
SUBTITLE_RE = re.compile(r"^\s*(?:——|--|－－|—)\s*[\u4e00-\u9fff“]")
PAPER_RE = re.compile(
    r"^\s*(?P<pub>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|工人报|工会报|时报|商报|周报|新闻|报))(?:[·•][\u4e00-\u9fff]{1,6}版)?(?=\s|$|\d|[·•|｜])"
)
REPRINT_RE = re.compile(r"转载自《(?P<pub>[^》]{2,20})》")
WECHAT_RE = re.compile(r"^\s*(?:原创\s*)?(?P<pub>[\u4e00-\u9fff]{2,20})\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})")
FILE_HEAD_RE = re.compile(r"^\s*(?P<pub>[\u4e00-\u9fff]{2,20})文件\s*$")
PUBLISHED_IN_RE = re.compile(r"发表于(?P<prov>[\u4e00-\u9fff]{2,3})")
DATELINE_CITY_RE = re.compile(r"本报(?P<city>[\u4e00-\u9fff]{2,3}?)(?:\d{1,2}月\d{1,2}日)?讯")
# 建议人选, 拟表彰对象, 拟推荐: an article about people proposed for an honour, not its holders
CANDIDATES_RE = re.compile(r"建议人选|拟(?:表彰|推荐|授予|命名)|推荐人选")
COLUMNS_RE = re.compile(r"\S(?:\s{2,}|\t|\u3000)\S")
# Layout lines that carry no article text: what is left of a masthead line once the paper, dates,
# weekdays and page numbers are taken out, and editor/source credits (来源：…, 责任编辑：…).
_MASTHEAD_REST_RE = re.compile(
    r"(?:(?:19|20)\d\d\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?"
    r"|星期[一二三四五六日天]|周[一二三四五六日]|[第]?[A-Z]?\d{1,3}\s*版(?:[：:\s]\s*[\u4e00-\u9fff]{2,8}$)?|[\u4e00-\u9fff]{0,4}版|农历[\u4e00-\u9fff]{2,6}"
    r"|[·•|｜/／,，、\s])*"
)
META_LABEL_RE = re.compile(
    r"^[（(【\[]?(?:图片来源|图片|图文|供图|摄影|视频|责任编辑|值班编辑|编辑|责编|审核|审校|校对|终审|初审|复审|监制|出品|来源|排版|美编|主编"
    r"|统筹|策划|制作|新闻来源|信息来源|文章来源|图片来源|稿件来源|发布时间|发布日期|时间|日期)\s*[：:｜|]"
)
# 2010年｜四川省技术能手｜四川省人社厅: a table pasted with bars between its cells (two bars at least)
PIPE_ROW_RE = re.compile(r"^[^｜|]+[｜|][^｜|]+[｜|][^｜|]+")
RUN_IN_HEAD_RE = re.compile(r"([\u4e00-\u9fff]{2,6})(?:\u3000+|[ \t]{2,})(?=[\u4e00-\u9fff“])(?=[^\n]{20,}[。！？])")
SPECIAL_PROVINCES = {
    "内蒙古": "内蒙古自治区",
    "广西": "广西壮族自治区",
    "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区",
    "北京": "北京市",
    "天津": "天津市",
    "上海": "上海市",
    "重庆": "重庆市",
    "香港": "香港特别行政区",
    "澳门": "澳门特别行政区",
}


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    kind: str = "prose"  # prose | title | subtitle | byline | row | heading | meta


@dataclass
class Article:
    start: int
    end: int
    title: Sentence | None = None
    subtitle: Sentence | None = None
    sentences: list[Sentence] = field(default_factory=list)
    news: bool = False  # opens with a dateline: "本报讯 … 2月6日"
    event_month: int | None = None
    county: str | None = None  # 修武县 in an article about 修武县

    @property
    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.kind in ("prose", "row", "heading")]


@dataclass
class Document:
    norm: NormText
    articles: list[Article]
    publisher: str | None = None
    date: str | None = None
    city: str | None = None  # 焦作市
    province: str | None = None  # 河南省
    title: str | None = None

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append((pos, pos + len(body), body))
        pos += len(raw)
    return out


def _full_date(text: str) -> str | None:
    for m in DATE_RE.finditer(text):
        if (m["d"] or m["d2"]) and (m["m"] or m["m2"]):
            y, mo, d = cn_to_int(m["y"]), cn_to_int(m["m"] or m["m2"]), cn_to_int(m["d"] or m["d2"])
            if y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def roster_rows(text: str, sent: Sentence, *, grid: bool = False) -> list[Sentence]:
    """A sentence that holds a roster flattened onto one line (名单 张某 某公司电工 李某 某医院护士…),
    cut into the words before the list and one "row" sentence per person, as the table was; the
    sentence alone otherwise.  A line of bare names is cut when ``grid`` (a list of honourees
    opened above it)."""
    cuts = roster_cuts(sent.text, grid=grid)
    if cuts is None:
        return [sent]
    kinds = {"row": "row", "heading": "heading", "meta": "meta", "prose": sent.kind}
    return [
        Sentence(
            sent.start + c.start, sent.start + c.end, text[sent.start + c.start : sent.start + c.end], kinds[c.kind]
        )
        for c in cuts
    ]


def _grid_continues(cut: list[Sentence], grid: bool) -> bool:
    """A line of names under a list (cut into rows, or a grid the cutter left whole) keeps the list
    open for the next line."""
    return grid and bool(cut) and ((len(cut) >= 2 and all(s.kind == "row" for s in cut)) or is_name_grid(cut[0].text))


def split_sentences(text: str, start: int, end: int, kind: str = "prose") -> list[Sentence]:
    """Cut ``text[start:end]`` at sentence ends; closing quotes stay with their sentence."""
    out: list[Sentence] = []
    s = start
    # (searched for, not stepped through: a page is read a character at a time only at its ends)
    while (m := SENT_END_RE.search(text, s, end)) is not None:
        j = m.start() + 1
        while j < end and (text[j] in CLOSE or text[j] == "…"):
            j += 1
        if text[s:j].strip():
            out.append(Sentence(s, j, text[s:j], kind))
        s = j
    if text[s:end].strip():
        out.append(Sentence(s, end, text[s:end], kind))
    return out


@lru_cache(maxsize=1)
def _places_longest_first() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Province and city names, longest first; ties in a fixed order (a set's order changes with
    the hash seed, and "the first place a name starts with" must not)."""
    p = places()
    return (
        tuple(sorted(p["provinces"], key=lambda w: (-len(w), w))),
        tuple(sorted(p["cities"], key=lambda w: (-len(w), w))),
    )


def _place_of(name: str | None) -> tuple[str | None, str | None]:
    """(city, province) named in a publisher or body name: 焦作市总工会 → (焦作市, 河南省)."""
    if not name:
        return None, None
    p = places()
    provinces, cities = _places_longest_first()
    for prov in provinces:
        if name.startswith(prov):
            full = SPECIAL_PROVINCES.get(prov, prov + "省")
            rest = name[len(prov) :].lstrip("省")
            for city in cities:
                if rest.startswith(city) and p["city_to_province"][city] == prov:
                    return city + "市", full
            return None, full
    for city in cities:
        if name.startswith(city):
            prov = p["city_to_province"][city]
            return city + "市", SPECIAL_PROVINCES.get(prov, prov + "省")
    return None, None


def _header(lines: list[tuple[int, int, str]]) -> tuple[str | None, str | None, int]:
    """Publisher and date from the first lines (masthead, WeChat header, reprint note)."""
    publisher = date = None
    seen, last_header, leading = 0, -1, True
    for idx, (_, _, line) in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > 5:
            break
        hit = is_meta_line(s)
        for rx in (WECHAT_RE, REPRINT_RE, FILE_HEAD_RE, PAPER_RE):
            m = rx.search(s)
            if m and not publisher:
                publisher = m["pub"]
                # 湖南日报3月8日讯(记者 …)…。: a dateline opening the lead names the paper; the line is text
                hit = rx is not PAPER_RE or not re.search(r"[。；！？]", s)
                break
        d = _full_date(s) or _day_first_date(s)
        if d and not date and (hit or len(s) <= 40 or REPRINT_RE.search(s) or PAGE_STAMP_RE.match(s)):
            date, hit = d, True
        elif d and not date and LABELLED_DATE_RE.search(s):
            date = d  # the page's date; the line may still hold its headline, so it stays text
        # Only the run of header lines the text opens with is cut off: a masthead pasted
        # under a headline gives its facts but must not swallow the headline above it.
        if hit and leading:
            last_header = idx
        leading = leading and hit
    return publisher, date, last_header


# 稿件来源:某院 作者:… 编辑:… 发布日期:2013-05-14 阅读量: a long credits line whose date its label names
LABELLED_DATE_RE = re.compile(r"(?:发布|发表|更新|上传)(?:日期|时间)\s*[：:]\s*(?:19|20)\d\d")
# a page's time stamp opening a line of page credits: 2019-04-30 10:33:50 | 来源:某日报 | 编辑:…
PAGE_STAMP_RE = re.compile(
    r"^\s*(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[|｜丨]|来源|编辑|作者|$)"
)
# a day-first page stamp on a line of its own: 27.02.2019 16:04
DAY_FIRST_RE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _day_first_date(s: str) -> str | None:
    m = DAY_FIRST_RE.match(s)
    if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31):
        return None
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"


# 新华社记者刘夏村: a byline's role inside a line makes it a credit (the name may end in 村), no body
BYLINE_ROLE_RE = re.compile(r"记者|通讯员|摄影|编辑|作者")


def _is_org_line(s: str) -> bool:
    return (
        len(s) <= 20
        and org_kind(s) is not None
        and not re.search(r"[，。、：\s]", s)
        and not BYLINE_ROLE_RE.search(to_simplified(s))
    )


def _footer(lines: list[tuple[int, int, str]]) -> tuple[str | None, str | None]:
    """A signature: an organisation's name alone on a line with a date under it (anywhere),
    or else alone on one of the last lines (a page's closing 焦作市总工会)."""
    filled = [line.strip() for _, _, line in lines if line.strip()]
    for k, s in enumerate(filled[:-1]):
        if _is_org_line(s) and re.fullmatch(rf"{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日", filled[k + 1]):
            return s, _full_date(filled[k + 1])
    for s in filled[-10:]:
        if _is_org_line(s):
            return s, None
    return None, None


@lru_cache(maxsize=8192)
def is_meta_line(s: str) -> bool:
    """A layout line between or around articles: a masthead (江淮工人日报　2024年5月6日　第2版), a
    bare date or page line, a WeChat header (原创 XX工会 2024-05-06 08:00 河南), a source or editor
    credit (来源：XX工人报, 责任编辑：…).  Such lines never open, title or continue an article."""
    s = s.strip().lstrip("#").strip()
    s = BULLET_RE.sub("", s)  # - 2013/04/26 15:28:00 / - 来源:某公司: a page's stamp set as a list
    if not s or len(s) > 60 or re.search(r"[。；！？，]", s):
        return False
    if META_LABEL_RE.match(s):
        return True
    if SITE_STAMP_RE.match(s) and _full_date(s):
        return True  # http://www.sina.com.cn 2004年09月07日07:02 黑龙江日报: a page's address and stamp
    s = re.sub(r"[《》]", "", s)  # 《江淮工人日报》2024年11月19日
    m = PAPER_RE.match(s)
    rest = s[m.end() :] if m else s
    if m and not rest.strip():
        return len(s) <= 12  # a paper's name alone on its line
    dated = _full_date(rest) is not None
    paged = bool(re.search(r"\d+\s*版", rest))
    if _MASTHEAD_REST_RE.fullmatch(rest) and (m or dated or paged):
        return True
    if (m or paged) and (dated or paged) and _leftover_words(rest) <= 6:
        return True  # 江淮工人日报·第3版·要闻　2024年11月19日: a page's section name may stand in it
    if re.fullmatch(r"原创\s*[\u4e00-\u9fff]{2,20}", s):
        return True  # 原创　XX工会: a WeChat account's credit
    o = re.match(r"(?:原创\s*)?([\u4e00-\u9fff]{3,24})\s*(?=\d)", s)
    # 泰州市化工行业协会　2024年7月12日 / 江淮工会 2024年11月19日 08:00 安徽 / 中工网 2024-11-19
    poster = o and (org_kind(o.group(1)) or WECHAT_RE.match(s) or re.search(SITE_END, o.group(1)))
    if poster and o and _full_date(s[o.end() :]) and _leftover_words(s[o.end() :]) <= 4:
        return True
    w = WECHAT_RE.match(s)
    if w:
        tail = s[w.end() :]
        return bool(re.fullmatch(r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\u4e00-\u9fff]{2,4})?\s*", tail))
    return False


BULLET_RE = re.compile(r"^[-•·]\s+")
# a line opening with a web address (the stamp a copied page carries under its headline)
SITE_STAMP_RE = re.compile(r"(?:https?://|www\.)[\w./-]+\s")
SITE_END = r"(?:网|融媒|客户端|新闻|发布|在线|头条|视界)$"  # 中工网 2024-11-19, 青溪融媒 2024年…


def _leftover_words(rest: str) -> int:
    """Chinese characters of a header line left once dates, times, weekdays and pages are gone."""
    stripped = re.sub(
        r"(?:19|20)\d\d\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?"
        r"|星期[一二三四五六日天]|周[一二三四五六日]|第?[A-Z]?\d{1,3}\s*版",
        "",
        rest,
    )
    return len(re.findall(r"[\u4e00-\u9fff]", stripped))


def is_byline(s: str) -> bool:
    """记者李新和 / 本报记者　孙立娟　通讯员　魏东: a credit line, not prose."""
    return bool(BYLINE_RE.match(s)) and len(s) <= 40 and not re.search(r"[，。；！？]", s)


SIGNATURE_DATE_RE = re.compile(rf"{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日")


def _signs_text(lines: list[tuple[int, int, str]], i: int, nonblank: list[str]) -> bool:
    """Whether line ``i`` is the signature of a decision that attaches a list (…再创佳绩。⏎附件：⏎
    陕西省人民政府⏎2025年8月3日): a body's name over a full date, right under the decision's
    attachment label.  The attached list follows the signature and belongs to the same text, not to
    a new article; a signature with no attachment label above it may close one text of several."""
    before = next((ln[2].strip() for ln in reversed(lines[:i]) if ln[2].strip()), "")
    return (
        _is_org_line(lines[i][2].strip())
        and bool(nonblank)
        and bool(SIGNATURE_DATE_RE.fullmatch(nonblank[0]))
        and bool(ATTACHMENT_LABEL_RE.match(before))
    )


# 附件： / 附件1: / 附件：2018年度“某某”名单 — the attachment label a decision puts above its signature
ATTACHMENT_LABEL_RE = re.compile(r"^附\s*件\s*\d*\s*[：:]")


def _is_article_head(lines: list[tuple[int, int, str]], i: int) -> bool:
    s = lines[i][2].strip()
    if is_meta_line(s):
        return False
    if s.startswith("#"):
        return True
    if (
        not _looks_like_heading(s)
        or is_byline(s)
        or SUBTITLE_RE.match(s)
        or DATELINE_RE.match(s)
        or re.search(r"[？！?!。]", s)
    ):
        return False
    nonblank = [ln[2].strip() for ln in lines[i + 1 : i + 12] if ln[2].strip()]
    if _signs_text(lines, i, nonblank):
        return False
    if (
        nonblank
        and is_meta_line(nonblank[0])
        and not is_byline(nonblank[0])
        and any(not is_meta_line(f) for f in nonblank[1:])
    ):
        return True  # a headline with the paper's masthead or a source line pasted under it (not a
        # text's last line above its closing source credit)
    following = [f for f in nonblank if not is_meta_line(f)][:2]
    return any(
        SUBTITLE_RE.match(f) or is_byline(f) or DATELINE_RE.match(f) or f.startswith("（转载") for f in following
    )


# a two-character word whose second character a county name read from the left would open with
# (开展泉港区“最美创城人”评选 → 展泉港区; 中共竹山县委 → 共竹山县): the name starts after it
WORD_BEFORE_PLACE = frozenset({"中共", "开展", "举办", "组织", "参加", "推进", "来到", "走进", "前往", "深入", "覆盖"})
COUNTY_RE = re.compile(
    r"([\u4e00-\u9fff]{2,3}?)(县|区)(?=总工会|委|人民政府|政府|人大|“|[\u4e00-\u9fff]{0,6}(?:举行|开展|召开))"
)


def _county(article: Article, text: str) -> str | None:
    scope = (article.title.text if article.title else "") + " " + text[article.start : article.end][:400]
    pos = 0
    while (m := COUNTY_RE.search(scope, pos)) is not None:
        pos = m.end()
        if scope[m.start() - 1 : m.start() + 1] in WORD_BEFORE_PLACE:
            pos = m.start() + 1  # the word's last character is no part of the name: look again after it
            continue
        if not m.group(1).startswith(
            ("各", "全", "本", "该", "我", "城", "社", "园", "矿", "片", "辖")
        ) and not re.search(r"[在的于和与及是为对向从到了式会]", m.group(1)):  # 仪式在县… is no county
            return m.group(1) + m.group(2)
    return None


def _home_county(publisher: str | None, text: str) -> str | None:
    """A county paper (长兴新闻, 安吉日报) that says 我县 or 县总工会 is about its own county."""
    if not publisher or not re.search(
        r"我县|(?<![\u4e00-\u9fff])县(?:总工会|委|政府|人民政府)|[，。、由]县[\u4e00-\u9fff]{1,8}局", text
    ):
        return None
    m = re.match(r"([\u4e00-\u9fff]{2})(?:县)?(?:新闻|日报|报|融媒|发布|广播电视台)", publisher)
    if not m or m.group(1) in places()["cities"] or m.group(1) in places()["provinces"]:
        return None
    return m.group(1) + "县"


def parse_document(text: str) -> Document:
    """Normalise ``text`` and cut it into articles and sentences with header facts."""
    norm = normalise(text)
    t = norm.text
    lines = _lines(t)
    publisher, date, header_end = _header(lines)
    if not publisher or not date:
        fpub, fdate = _footer(lines)
        publisher, date = publisher or fpub, date or fdate

    # Distances between lines count only lines with article text: blank lines and masthead,
    # source or editor lines in between change nothing.
    content = [i for i, ln in enumerate(lines) if ln[2].strip() and not is_meta_line(ln[2])]
    rank = {i: k for k, i in enumerate(i for i in content if not is_byline(lines[i][2].strip()))}
    heads: list[int] = []
    for i in content:
        if i > header_end and _is_article_head(lines, i):
            if heads and rank.get(i, -9) - rank.get(heads[-1], -9) <= 1 and not lines[i][2].strip().startswith("#"):
                continue  # a second heading line right under the first is its subtitle
            heads.append(i)
    first = next((i for i in content if i > header_end), None)
    if not heads or (first is not None and first < heads[0]):
        heads.insert(0, first if first is not None else header_end + 1)
    articles: list[Article] = []
    for k, h in enumerate(heads):
        last = heads[k + 1] if k + 1 < len(heads) else len(lines)
        art = Article(
            start=lines[h][0] if h < len(lines) else len(t),
            end=lines[last - 1][1] if last - 1 < len(lines) and last > h else len(t),
        )
        titled = False
        grid_head = False  # the line above opens a list of honourees (or is a grid of their names)
        proposed = False  # the article so far speaks of people proposed (建议人选, 拟表彰): no grid holds honourees
        for li in range(h, last):
            s0, e0, line = lines[li]
            stripped = line.strip()
            if not stripped:
                continue
            if is_meta_line(stripped) and not is_byline(stripped):
                lead = len(line) - len(line.lstrip())
                art.sentences.append(Sentence(s0 + lead, e0, t[s0 + lead : e0], "meta"))
                continue
            lead = len(line) - len(line.lstrip())
            s0 += lead
            if stripped.startswith("#"):
                s0 += len(stripped) - len(stripped.lstrip("#").lstrip())
            if not titled and (li == h and _is_article_head(lines, li)):
                art.title = Sentence(s0, e0, t[s0:e0], "title")
                art.sentences.append(art.title)
                titled = True
                grid_head = opens_name_list(stripped)
                proposed = CANDIDATES_RE.search(stripped) is not None
                continue
            if SUBTITLE_RE.match(stripped) or (
                titled
                and art.subtitle is None
                and rank.get(li, 99) <= rank.get(h, -9) + 1
                and _looks_like_heading(stripped)
                and not is_byline(stripped)
                and not DATELINE_RE.match(stripped)
            ):
                art.subtitle = Sentence(s0, e0, t[s0:e0], "subtitle")
                art.sentences.append(art.subtitle)
                grid_head = opens_name_list(stripped)
                continue
            if is_byline(stripped):
                art.sentences.append(Sentence(s0, e0, t[s0:e0], "byline"))
                grid_head = False
                continue
            src_line = norm.original[norm.src[s0] : norm.src[e0 - 1] + 1] if e0 > s0 else ""
            grid, grid_head = grid_head and not proposed, False
            proposed = proposed or CANDIDATES_RE.search(stripped) is not None
            if (COLUMNS_RE.search(src_line) or PIPE_ROW_RE.search(stripped)) and not re.search(r"[。；]", stripped):
                parts = roster_rows(t, Sentence(s0, e0, t[s0:e0], "row"), grid=grid)
                art.sentences.extend(parts)
                grid_head = _grid_continues(parts, grid) or opens_name_list(stripped)
                continue
            kind = "heading" if _looks_like_heading(stripped) and not DATELINE_RE.match(stripped) else "prose"
            run_in = RUN_IN_HEAD_RE.match(src_line.lstrip()) if kind == "prose" else None
            if run_in:
                # 创新实力　公司累计获得…: a run-in paragraph head set off by a wide blank
                cut = s0 + len(run_in.group(1))
                art.sentences.append(Sentence(s0, cut, t[s0:cut], "heading"))
                s0 = cut + (len(t[cut:e0]) - len(t[cut:e0].lstrip()))
            parts = [part for sent in split_sentences(t, s0, e0, kind) for part in roster_rows(t, sent, grid=grid)]
            art.sentences.extend(parts)
            grid_head = _grid_continues(parts, grid) or opens_name_list(stripped)
        body = [s for s in art.sentences if s.kind == "prose"]
        if body and DATELINE_RE.match(body[0].text):
            art.news = True
            md = next((m for m in (month_day(b.text) for b in body[:3]) if m), None)
            art.event_month = md[0] if md else None
        art.county = _county(art, t) or _home_county(publisher, t[art.start : art.end])
        articles.append(art)

    if not date:  # a page without a masthead date: a dateline's month + a year in its sentence
        for art in articles:
            opening = next((s for s in art.sentences if s.kind == "prose"), None)
            if art.news and art.event_month and opening:
                years = [int(m.group()) for m in re.finditer(r"(?:19|20)\d\d(?=年)", opening.text)]
                if years:
                    date = f"{max(years):04d}-{art.event_month:02d}"
                    break
    city, province = _place_of(publisher)
    if not city:
        m = DATELINE_CITY_RE.search(t[:3000])
        if m and m["city"] in places()["cities"]:
            city = m["city"] + "市"
            province = province or _place_of(m["city"])[1]
    if not province:
        m = PUBLISHED_IN_RE.search(t[:500])
        if m:
            province = _place_of(m["prov"])[1]
    title = next((a.title.text.strip().lstrip("#").strip() for a in articles if a.title), None)
    return Document(norm, articles, publisher, date, city, province, title)
