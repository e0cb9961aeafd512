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

from loaders.dates import DATE_RE, YEAR, cn_to_int, month_day
from loaders.orgs import org_kind, places
from loaders.textnorm import NormText, _looks_like_heading, normalise

SENT_END = "。！？!?；;"
CLOSE = "”’」』）)》"
BYLINE_RE = re.compile(r"^(?:文[／/|｜]\s*)?(?:本报(?:记者|通讯员)|记者|通讯员|特约记者|见习记者|实习生|作者|文[／/])")
DATELINE_RE = re.compile(r"^\s*(?:本报讯|本报[\u4e00-\u9fff]{1,4}(?:\d{1,2}月\d{1,2}日)?讯|[\u4e00-\u9fff]{2,6}讯[（(])")
SUBTITLE_RE = re.compile(r"^\s*(?:——|--|－－|—)\s*[\u4e00-\u9fff“]")
PAPER_RE = re.compile(r"^\s*(?P<pub>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|工人报|工会报|时报|商报|周报|报))(?:[·•][\u4e00-\u9fff]{1,6}版)?(?=\s|$|\d)")
REPRINT_RE = re.compile(r"转载自《(?P<pub>[^》]{2,20})》")
WECHAT_RE = re.compile(r"^\s*(?:原创\s*)?(?P<pub>[\u4e00-\u9fff]{2,20})\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})")
FILE_HEAD_RE = re.compile(r"^\s*(?P<pub>[\u4e00-\u9fff]{2,20})文件\s*$")
PUBLISHED_IN_RE = re.compile(r"发表于(?P<prov>[\u4e00-\u9fff]{2,3})")
DATELINE_CITY_RE = re.compile(r"本报(?P<city>[\u4e00-\u9fff]{2,3}?)(?:\d{1,2}月\d{1,2}日)?讯")
COLUMNS_RE = re.compile(r"\S(?:\s{2,}|\t|\u3000)\S")
SPECIAL_PROVINCES = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
                     "新疆": "新疆维吾尔自治区", "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
                     "香港": "香港特别行政区", "澳门": "澳门特别行政区"}


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    kind: str = "prose"  # prose | title | subtitle | byline | row | heading


@dataclass
class Article:
    start: int
    end: int
    title: Sentence | None = None
    subtitle: Sentence | None = None
    sentences: list[Sentence] = field(default_factory=list)
    news: bool = False            # opens with a dateline: "本报讯 … 2月6日"
    event_month: int | None = None
    county: str | None = None     # 修武县 in an article about 修武县

    @property
    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.kind in ("prose", "row", "heading")]


@dataclass
class Document:
    norm: NormText
    articles: list[Article]
    publisher: str | None = None
    date: str | None = None
    city: str | None = None       # 焦作市
    province: str | None = None   # 河南省
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


def split_sentences(text: str, start: int, end: int, kind: str = "prose") -> list[Sentence]:
    """Cut ``text[start:end]`` at sentence ends; closing quotes stay with their sentence."""
    out: list[Sentence] = []
    i = s = start
    while i < end:
        ch = text[i]
        if ch in SENT_END or (ch == "…" and text[i:i + 2] == "……"):
            j = i + 1
            while j < end and (text[j] in CLOSE or text[j] == "…"):
                j += 1
            if text[s:j].strip():
                out.append(Sentence(s, j, text[s:j], kind))
            s = i = j
            continue
        i += 1
    if text[s:end].strip():
        out.append(Sentence(s, end, text[s:end], kind))
    return out


def _place_of(name: str | None) -> tuple[str | None, str | None]:
    """(city, province) named in a publisher or body name: 焦作市总工会 → (焦作市, 河南省)."""
    if not name:
        return None, None
    p = places()
    for prov in sorted(p["provinces"], key=len, reverse=True):  # type: ignore[arg-type]
        if name.startswith(prov):
            full = SPECIAL_PROVINCES.get(prov, prov + "省")
            rest = name[len(prov):].lstrip("省")
            for city in p["cities"]:  # type: ignore[union-attr]
                if rest.startswith(city) and p["city_to_province"][city] == prov:  # type: ignore[index]
                    return city + "市", full
            return None, full
    for city in sorted(p["cities"], key=len, reverse=True):  # type: ignore[arg-type]
        if name.startswith(city):
            prov = p["city_to_province"][city]  # type: ignore[index]
            return city + "市", SPECIAL_PROVINCES.get(prov, prov + "省")
    return None, None


def _header(lines: list[tuple[int, int, str]]) -> tuple[str | None, str | None, int]:
    """Publisher and date from the first lines (masthead, WeChat header, reprint note)."""
    publisher = date = None
    seen, last_header = 0, -1
    for idx, (_, _, line) in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        seen += 1
        if seen > 5:
            break
        hit = False
        for rx in (WECHAT_RE, REPRINT_RE, FILE_HEAD_RE, PAPER_RE):
            m = rx.search(s)
            if m and not publisher:
                publisher = m["pub"]
                hit = True
                break
        d = _full_date(s)
        if d and not date and (hit or len(s) <= 40 or REPRINT_RE.search(s)):
            date, hit = d, True
        if hit:
            last_header = idx
    return publisher, date, last_header


def _is_org_line(s: str) -> bool:
    return len(s) <= 20 and org_kind(s) is not None and not re.search(r"[，。、：\s]", s)


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


def is_byline(s: str) -> bool:
    """记者李新和 / 本报记者　孙立娟　通讯员　魏东: a credit line, not prose."""
    return bool(BYLINE_RE.match(s)) and len(s) <= 40 and not re.search(r"[，。；！？]", s)


def _is_article_head(lines, i: int) -> bool:
    s = lines[i][2].strip()
    if s.startswith("#"):
        return True
    if not _looks_like_heading(s) or is_byline(s) or SUBTITLE_RE.match(s) or DATELINE_RE.match(s) \
            or re.search(r"[？！?!。]", s):
        return False
    following = [ln[2].strip() for ln in lines[i + 1:] if ln[2].strip()][:2]
    return any(SUBTITLE_RE.match(f) or is_byline(f) or DATELINE_RE.match(f) or f.startswith("（转载")
               for f in following)


def _county(article: Article, text: str) -> str | None:
    scope = (article.title.text if article.title else "") + " " + text[article.start:article.end][:400]
    for m in re.finditer(r"([\u4e00-\u9fff]{2,3}?)(县|区)(?=总工会|委|人民政府|政府|人大|“|[\u4e00-\u9fff]{0,6}(?:举行|开展|召开))", scope):
        if not m.group(1).startswith(("各", "全", "本", "该", "我", "城", "社", "园", "矿", "片", "辖")):
            return m.group(1) + m.group(2)
    return None


def parse_document(text: str) -> Document:
    """Normalise ``text`` and cut it into articles and sentences with header facts."""
    norm = normalise(text)
    t = norm.text
    lines = _lines(t)
    publisher, date, header_end = _header(lines)
    if not publisher or not date:
        fpub, fdate = _footer(lines)
        publisher, date = publisher or fpub, date or fdate

    heads = []
    for i in range(header_end + 1, len(lines)):
        if lines[i][2].strip() and _is_article_head(lines, i):
            if heads and i - heads[-1] <= 2 and not lines[i][2].strip().startswith("#"):
                continue  # a second heading line right under the first is its subtitle
            heads.append(i)
    if not heads or any(lines[j][2].strip() for j in range(header_end + 1, heads[0])):
        heads.insert(0, header_end + 1)
    articles: list[Article] = []
    for k, h in enumerate(heads):
        last = heads[k + 1] if k + 1 < len(heads) else len(lines)
        art = Article(start=lines[h][0] if h < len(lines) else len(t),
                      end=lines[last - 1][1] if last - 1 < len(lines) and last > h else len(t))
        titled = False
        for li in range(h, last):
            s0, e0, line = lines[li]
            stripped = line.strip()
            if not stripped:
                continue
            lead = len(line) - len(line.lstrip())
            s0 += lead
            if stripped.startswith("#"):
                s0 += len(stripped) - len(stripped.lstrip("#").lstrip())
            if not titled and (li == h and _is_article_head(lines, li)):
                art.title = Sentence(s0, e0, t[s0:e0], "title")
                art.sentences.append(art.title)
                titled = True
                continue
            if SUBTITLE_RE.match(stripped) or (titled and art.subtitle is None and li <= h + 2
                                                and _looks_like_heading(stripped) and not is_byline(stripped)
                                                and not DATELINE_RE.match(stripped)):
                art.subtitle = Sentence(s0, e0, t[s0:e0], "subtitle")
                art.sentences.append(art.subtitle)
                continue
            if is_byline(stripped):
                art.sentences.append(Sentence(s0, e0, t[s0:e0], "byline"))
                continue
            src_line = norm.original[norm.src[s0]:norm.src[e0 - 1] + 1] if e0 > s0 else ""
            if COLUMNS_RE.search(src_line) and not re.search(r"[。；]", stripped):
                art.sentences.append(Sentence(s0, e0, t[s0:e0], "row"))
                continue
            kind = "heading" if _looks_like_heading(stripped) and not DATELINE_RE.match(stripped) else "prose"
            art.sentences.extend(split_sentences(t, s0, e0, kind))
        body = [s for s in art.sentences if s.kind == "prose"]
        if body and DATELINE_RE.match(body[0].text):
            art.news = True
            md = next((m for m in (month_day(b.text) for b in body[:3]) if m), None)
            art.event_month = md[0] if md else None
        art.county = _county(art, t)
        articles.append(art)

    if not date:  # a page without a masthead date: a dateline's month + a year in its sentence
        for art in articles:
            first = next((s for s in art.sentences if s.kind == "prose"), None)
            if art.news and art.event_month and first:
                years = [int(m.group()) for m in re.finditer(r"(?:19|20)\d\d(?=年)", first.text)]
                if years:
                    date = f"{max(years):04d}-{art.event_month:02d}"
                    break
    city, province = _place_of(publisher)
    if not city:
        m = DATELINE_CITY_RE.search(t[:3000])
        if m and m["city"] in places()["cities"]:  # type: ignore[operator]
            city = m["city"] + "市"
            province = province or _place_of(m["city"])[1]
    if not province:
        m = PUBLISHED_IN_RE.search(t[:500])
        if m:
            province = _place_of(m["prov"])[1]
    title = next((a.title.text.strip().lstrip("#").strip() for a in articles if a.title), None)
    return Document(norm, articles, publisher, date, city, province, title)
