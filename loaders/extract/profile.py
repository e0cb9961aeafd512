"""Assembling a profile (data/profile.schema.json) from a document's facts.

Each article's facts come from ``loaders.extract.stages.run_stages`` (the finders and the steps
after them, in order).  Facts go to people: to the names a finder attached, else to the nearest name
before them in their sentence, else to the person the article profiles.  The
people kept are the subjects: everyone with an honour, the profiled person
of each feature and a worker elected a deputy (当选全国人大代表); bylines,
officials who only speak or attend, and colleagues who are only quoted are
left out (their organisations stay).  Facts about one person are merged (an
undated honour joins the dated one of the same series).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from loaders.extract import person_gate
from loaders.extract.document import Article, Document, Sentence, _place_of, parse_document
from loaders.extract.entries import lowest_employers, own_body_employers, post_employers
from loaders.extract.facts import Context, Fact
from loaders.extract.frames import STATE_BODIES
from loaders.extract.lexicon import lexicon
from loaders.extract.orgfind import (
    OrgIndex,
    OrgMention,
    bare_kind,
    brand_host,
    child_name,
    full_company,
    group_child,
    is_generic,
    top_body,
    trade_name_before,
)
from loaders.extract.people import (
    People,
    cataphoric_subject,
    elected_deputy,
    find_people,
    is_official,
    lone_titled_worker,
    main_subject,
    section_name,
    written_name,
)
from loaders.extract.posts import _specific, dept_unit_tail, is_village, own_part_name, village_resident
from loaders.extract.relations import _aliases as _body_aliases
from loaders.extract.relations import canonical_body
from loaders.extract.stages import run_stages
from loaders.extract.steps import (
    BLANK_LINE_RE,
    coordinated_duplicates_dropped,
    holder_cut_from_titles,
    nested_honours_merged,
    nominated_mains_dropped,
)
from loaders.extract.steps import norm_title as _norm_title
from loaders.honours import edition_numerals
from loaders.orgs import (
    OrgPart,
    alias_names,
    brand_prefixes,
    canonical_org,
    employer_of,
    is_brand,
    is_place,
    known_organizations,
    org_kind,
    org_tier,
    places,
    split_org,
    split_org_list,
)
from loaders.textnorm import to_simplified

FORMAT = "laomo-profile/1"
ONE_DOT = str.maketrans("•‧・", "···")  # the dots of minority names, read as one
PRONOUN_MALE = re.compile(r"他(?!们|人|乡|国|日|年|山)")
PRONOUN_FEMALE = re.compile(r"她(?!们)")
STRONG_KINDS = {"公司", "集团", "学校", "医院", "协会", "工会", "矿", "厂"}
NATIONAL_PREFIXES = ("中国", "中华", "全国", "国家", "国务院", "中共")


class _Person:
    def __init__(self, key: str) -> None:
        self.name = key.split("\x1f")[0]
        self.facts: list[Fact] = []


class _TwinRows(dict[tuple[str, int], str]):
    """(name, row) → unit for the names an article gives two people (a roster's rows that name one
    at two units); ``twins`` holds those names."""

    twins: frozenset[str] = frozenset()


def _written_unmentioned(doc: Document, name: str) -> str:
    """A name a list reader read where the name finder found none (永庆高中郭某校长): as the text
    writes it at its first occurrence (黃明真, not the simplified 黄明真)."""
    at = doc.text.find(name)
    if at < 0:
        return name
    return re.sub(r"[ \u3000]", "", doc.norm.written(at, at + len(name))) or name


def _twin_rows(attributed: list[tuple[Fact, list[str]]]) -> _TwinRows:
    """The rows of the names an article gives two people.  A name whose facts carry one unit (a flat
    roster's row) beside facts without one (another reader of the same row) is one person; a name
    at two units is two, and another reader's fact of a row goes to that row's unit."""
    units: dict[str, set[str]] = {}
    rows = _TwinRows()
    for fact, names in attributed:
        if fact.identity:
            for name in names:
                units.setdefault(name, set()).add(fact.identity)
                rows[(name, fact.sent.start)] = fact.identity
    rows.twins = frozenset(name for name, found in units.items() if len(found) >= 2)
    return rows


def _evidence(doc: Document, sent: Sentence, confidence: float) -> dict[str, Any]:
    start, end = doc.norm.span(sent.start, sent.end)
    return {
        "sentence": doc.norm.raw(sent.start, sent.end).strip(),
        "start": start,
        "end": end,
        "confidence": round(confidence, 2),
    }


def attribute(ctx: Context, fact: Fact) -> list[str]:
    """The people a fact belongs to: those it names, else the last name before it in its sentence
    (with the names of a counted list before that, 甲，乙，丙3人同时获评…), else the section's,
    the paragraph's or the article's subject."""
    if fact.persons:
        return fact.persons
    before = [m for m in ctx.names_in(fact.sent.start, fact.pos) if not _inside_quote(ctx.text, m.start, fact.sent)]
    # 刘某在发布仪式上说，“X”是…: a leader speaking at or attending the event in this sentence holds nothing
    sentence = ctx.text[fact.sent.start : fact.sent.end]
    before = [m for m in before if not is_official(sentence, m.name)]
    if before and _presents(ctx.text, before[-1].end, fact):
        return []  # 徐某为“最美职工”颁奖: the name hands the honour over, its holders are others
    if before:
        group = [before[-1]]
        t = ctx.text
        # 孔祥伟，马国栋，郑丽3人同时获评…: a list of names ending in a head count
        if re.match(r"(?:等)?(?:\d+|[一二三四五六七八九十两]+)(?:人|名|位)", t[group[0].end : fact.pos]):
            for m in reversed(before[:-1]):
                if re.fullmatch(r"[，,、和及\s]", t[m.end : group[0].start]):
                    group.insert(0, m)
                else:
                    break
        return [m.name for m in group]
    if fact.others or (fact.kind == "employer" and not fact.value.get("_stated")):
        return []
    if fact.kind == "honor" and GROUP_SUBJECT_RE.search(_clause_before(ctx, fact)):
        return []  # …培养出一大批人才，其中多人荣获“全国技术能手”: the group's honours, not the profiled person's
    section = ctx.section_at(fact.pos)
    if section:
        return [section]
    opener = _paragraph_subject(ctx, fact.pos)
    if opener:
        return [opener]
    if ctx.main:
        return [ctx.main]
    salient = _salient(ctx, fact.pos)
    return [salient] if salient else []


# a clause whose subject is a group of others (其中多人, 5名徒弟, 他带的学员): the honours after its verb
GROUP_SUBJECT_RE = re.compile(
    r"""
    (?:^|[，,；;。])\s*(?:其中|其|并有|还有|已有|共有|有)?\s*
    (?:(?:多|数|几|十几|\d+|[一二三四五六七八九十两百]+)\s*(?:人|名|位)
      |(?:他|她)?(?:的|带的|培养的)?(?:徒弟|弟子|学员|学生|团队成员|队员)(?:中)?(?:有)?[\d一二三四五六七八九十两多]*(?:人|名|位)?)
    [\u4e00-\u9fff]{0,4}?
    (?:先后|分别|相继|均|都|已)?(?:荣获|获得|获评|被评为|被授予|获)
    [^，,；;。]*$
    """,
    re.VERBOSE,
)


def _clause_before(ctx: Context, fact: Fact) -> str:
    """The words of a fact's sentence up to the fact, from the start of the clause before the verb."""
    return ctx.text[max(fact.sent.start, fact.pos - 60) : fact.pos]


# between a presenter's name and the honour: 为, after the presenter's own attendance (出席…并为)
PRESENTER_GAP_RE = re.compile(
    r"""(?:(?:出席|参加|来到|走上|登上)[^，,。；;！？]{0,12}?并)?
        为(?:首届|第[一二三四五六七八九十百\d]+届|(?:19|20)\d\d年度?)?[“「『]?""",
    re.VERBOSE,
)
# …the honour, then the handing over (…“金东工匠”颁发荣誉证书和奖杯 / …“最美职工”颁奖)
PRESENTING_RE = re.compile(r"[^，,。；;！？]{0,30}?(?:颁奖|颁发|授奖|授牌|颁证|颁授)")


def _presents(text: str, name_end: int, fact: Fact) -> bool:
    """Whether the name right before an honour presents it (某某为“最美职工”颁奖, 某某出席发布仪式并为
    “最美职工”颁发证书) rather than receives it."""
    return (
        PRESENTER_GAP_RE.fullmatch(text, name_end, fact.pos) is not None
        and PRESENTING_RE.match(text, fact.pos, fact.sent.end) is not None
    )


def _salient(ctx: Context, pos: int) -> str | None:
    """The document's subject for a 他/她 or zero-subject sentence of an article without a
    profiled person: the name the article mentions most (outside quotes), the nearest before
    ``pos`` on a tie; when the article names nobody before ``pos``, the person a 他/她 sentence
    there is about (people.cataphoric_subject), else None."""
    t = ctx.text
    before = [m for m in ctx.names_in(ctx.art.start, pos) if t[max(ctx.art.start, m.start - 2) : m.start] != "记者"]
    before = [m for m in before if not is_official(t, m.name)]  # people.py: a leader speaking or cited
    if not before:
        sent = next((s for s in ctx.art.sentences if s.start <= pos < s.end), None)  # 如今，他又获得…
        return cataphoric_subject(t, sent.start, pos, ctx.names_in(pos, ctx.art.end)) if sent else None
    counts = Counter(m.name for m in ctx.names_in(ctx.art.start, ctx.art.end))
    order = {m.name: i for i, m in enumerate(before)}
    return max(order, key=lambda n: (counts[n], order[n]))


def _paragraph_subject(ctx: Context, pos: int) -> str | None:
    """The one person the first sentence of a paragraph introduces (…操作工张桂花是公司一线职工的代表。
    她…): unnamed facts later in that paragraph are theirs, not the article's main subject's."""
    t = ctx.text
    # a paragraph is a block between blank lines where the article has them (a list under
    # 专利有： stays with the sentence that opens it), else a line
    if BLANK_LINE_RE.search(t, ctx.art.start, ctx.art.end):
        blanks = [m.end() for m in BLANK_LINE_RE.finditer(t, ctx.art.start, pos)]
        para = blanks[-1] if blanks else ctx.art.start
    else:
        para = max(t.rfind("\n", ctx.art.start, pos) + 1, ctx.art.start)
    para = max(para, _name_line_start(ctx, para, pos))
    first_end = next((i for i in range(para, pos) if t[i] in "。！？"), None)
    if first_end is None:
        return None  # the fact is in the opening sentence itself
    sent = Sentence(para, first_end, t[para:first_end])
    names = {
        m.name
        for m in ctx.names_in(para, first_end)
        if not _inside_quote(t, m.start, sent) and not ALIAS_BEFORE_RE.search(t, max(para, m.start - 3), m.start)
    }
    if len(names) != 1:
        return None
    name = names.pop()
    if is_official(t, name):
        return None  # 刘某在发布仪式上说，…: the paragraph reports a leader's speech, not a profile
    return name if name != ctx.main else None


# 原名/曾用名… before a name: the same person's other name, no second person
ALIAS_BEFORE_RE = re.compile(r"(?:原名|本名|曾用名|又名|笔名|乳名|小名)$")
# a line that opens with a name and its introduction (• 张某，原名…/ 张某(1984年2月-)，男): a bullet or
# indent before it, then the name, then a comma, colon or bracket
NAME_LINE_RE = re.compile(r"[ \t\u3000•·●◆■▪►\-*]*")


def _name_line_start(ctx: Context, lo: int, pos: int) -> int:
    """The start of the last line in ``lo``–``pos`` that opens by introducing a person (a profile
    list's entries, one a line inside one block): its facts are that person's.  ``lo`` when none."""
    t = ctx.text
    at = t.rfind("\n", lo, pos)
    while at >= lo:
        lead = NAME_LINE_RE.match(t, at + 1)  # always matches: every part of it is optional
        start = lead.end() if lead else at + 1
        if any(m.start == start and t[m.end : m.end + 1] in ",，(（:：" for m in ctx.names_in(start, start + 5)):
            return at + 1
        at = t.rfind("\n", lo, at)
    return lo


def _inside_quote(text: str, pos: int, sent: Sentence) -> bool:
    seg = text[sent.start : pos]
    return seg.count("“") > seg.count("”") or seg.count("「") > seg.count("」")


def _same_org(a: str, b: str) -> bool:
    """焦煤集团九里山矿 and 九里山矿; 中国铁路沈阳局集团有限公司 and 沈阳局集团公司 (short form)."""

    def core(x: str) -> str:
        return re.sub(r"有限责任|股份有限|有限|股份|[（()）]", "", canonical_org(x))

    ca, cb = core(a), core(b)
    return ca.endswith(cb) or cb.endswith(ca)


def _merge_honours(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for h in items:
        key = _norm_title(h["title"])
        match = None
        for o in out:
            if _norm_title(o["title"]) != key:
                continue
            if o.get("year") == h.get("year") or o.get("year") is None or h.get("year") is None:
                match = o
                break
        if match is None:
            out.append(dict(h))
            continue
        dated = h if match.get("year") is None and h.get("year") is not None else None
        if dated:
            for k in ("year", "raw", "edition", "evidence"):
                match[k] = dated.get(k) if dated.get(k) is not None else match.get(k)
        for k in ("edition", "level", "category"):
            match[k] = match.get(k) or h.get(k)
        match["conferred_by"] = list(dict.fromkeys(match.get("conferred_by", []) + h.get("conferred_by", [])))
    return out


def _other_departments(a: str | None, b: str | None) -> bool:
    """总装部 and 焊装部: one title held at two departments is two posts (先后担任总装部部长、
    焊装部部长); the same unit written longer or shorter (海马集团总装部, 总装部) is one."""
    if not a or not b or a in b or b in a:
        return False
    return org_tier(a) == "unit" and org_tier(b) == "unit"


def _short_named(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """中天董事长 (no org) beside 董事长 at 中天科技集团: a body's short name glued to the title is the
    same post as the bare title held at the body that name opens."""
    title, bare, org = _norm_title(a["title"]), _norm_title(b["title"]), b.get("org") or ""
    if a.get("org") or not org or len(bare) < 2 or not title.endswith(bare):
        return False
    prefix = title[: -len(bare)]
    return 2 <= len(prefix) <= 4 and org.startswith(prefix)


def _merge_positions(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in items:
        match = next(
            (
                o
                for o in out
                if _norm_title(o["title"]) == _norm_title(p["title"])
                and (o.get("year") is None or p.get("year") is None or o.get("year") == p.get("year"))
                and not _other_departments(o.get("org"), p.get("org"))
            ),
            None,
        )
        if match is None:
            short = next((o for o in out if _short_named(o, p) or _short_named(p, o)), None)
            if short is None:
                out.append(dict(p))
            elif _short_named(short, p):
                short.update({k: v for k, v in p.items() if k in ("title", "org")})
            continue
        for k in ("year", "start", "end"):
            if match.get(k) is None and p.get(k) is not None:
                match[k] = p[k]
        if p.get("org") and (not match.get("org") or len(p["org"]) > len(match["org"])):
            match["org"] = p["org"]
    return out


def _dedupe(items: list[dict[str, Any]], key: str = "title") -> list[dict[str, Any]]:
    seen, out = set(), []
    for item in items:
        k = _norm_title(item[key])
        if k and k not in seen:
            seen.add(k)
            out.append(item)
    return out


class _Extraction:
    def __init__(self, text: str, *, source: str | None, document_date: str | None, publisher: str | None) -> None:
        self.text = text
        self.doc = parse_document(text)
        if document_date:
            self.doc.date = document_date
        if publisher:
            self.doc.publisher = publisher
            city, province = _place_of(publisher)
            self.doc.city, self.doc.province = city or self.doc.city, province or self.doc.province
        self.source = source
        self.people = find_people(self.doc)
        self.orgs = OrgIndex(self.doc.text, city=self.doc.city, province=self.doc.province)
        self.persons: dict[str, _Person] = {}
        self.mains: dict[str, list[str]] = defaultdict(list)  # name → articles it profiles (by title)
        self.relations: list[tuple[str, str | None]] = []
        self.issuers: list[str] = []
        self._fulls: list[str] | None = None

    def run(self) -> dict[str, Any]:
        doc = self.doc
        for art in doc.articles:
            self.orgs.scan(art.start, art.end, county=art.county)
        self.orgs.expand_short_names()
        self.issuers = self._issuers()
        for art in doc.articles:
            main = main_subject(doc, art, self.people)
            sections, openers = _sections(doc, art, self.people)
            ctx = Context(doc, art, self.people, self.orgs, main, sections, openers)
            for _, _, name in ctx.sections:
                self._person(name)
                self.mains[name].append(art.title.text if art.title else "")
            found = run_stages(ctx, self.issuers)
            self.relations += found.relations
            # a feature about one titled worker is theirs even when no finder gives them a fact; the
            # worker is kept as its subject but does not become the context's main (attribution unchanged)
            kept = main or lone_titled_worker(doc, art, self.people)
            if kept:
                self._person(kept)
                self.mains[kept].append(art.title.text if art.title else "")
            genders = self._pronoun_gender(ctx) if main else None
            attributed = [(fact, attribute(ctx, fact)) for fact in found.facts]
            rows = _twin_rows(attributed)
            for fact, names in attributed:
                for name in names:
                    unit = (fact.identity or rows.get((name, fact.sent.start))) if name in rows.twins else None
                    self._person(f"{name}\x1f{unit}" if unit else name).facts.append(fact)
            if main and genders:
                self._person(main).facts.append(
                    Fact("gender", {"value": genders}, art.sentences[0], art.start, [main], 0.7)
                )
        self._peer_honours()
        for name in sorted(self.people.gated - self.people.bylines):  # an admitted subject no reader gave a fact
            if not any(key == name or key.startswith(name + "\x1f") for key in self.persons):
                self._person(name)
        return self._profile()

    def _peer_honours(self) -> None:
        """An admitted subject no reader gave an honour shares the one honour the others named in its
        sentence hold (person_gate.peer_honour)."""
        for name in sorted(self.people.gated - self.people.bylines):
            own = self.persons.get(name)
            if own is not None and any(f.kind == "honor" for f in own.facts):
                continue
            at = [m.start for m in self.people.mentions if m.name == name]
            others = [(p.name, f) for p in self.persons.values() if p.name != name for f in p.facts]
            shared = person_gate.peer_honour(self.doc.text, at, others)
            if isinstance(shared, Fact):
                self._person(name).facts.append(replace(shared, persons=[name], identity=None))

    # -- reading
    def _issuers(self) -> list[str]:
        """The body issuing an award document: 宜昌市总工会关于授予…的决定 / 市总工会决定：授予…."""
        t = self.doc.text
        # 芜湖市总工会　芜湖市人社局 / 关于表彰…的决定: every body on the line(s) above the title
        # issues it; so do the bodies of 市总工会、市人社局决定，授予…
        for m in _issue_heads(t):
            text = re.sub(r"^.*[，。；：:]", "", m["orgs"]).strip()
            pieces = [x for part in re.split(r"\s+", text) if part for x in split_org_list(part)]
            orgs = [self.orgs.resolve(x, m.start()) for x in pieces]
            orgs = [o for o in orgs if org_kind(o)]
            if orgs and len(orgs) == len(pieces):
                return list(dict.fromkeys(orgs))
        return self._notice_issuers()

    def _notice_issuers(self) -> list[str]:
        """关于2024年度…拟表彰对象的公示 / 关于公布…名单的通知: the bodies on the line above or below
        the title (a signature line of names only), else the signature at the foot, issue it."""
        t = self.doc.text
        lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", t) if m.group().strip()]
        for k, (start, line) in enumerate(lines):
            if not NOTICE_TITLE_RE.match(line):
                continue
            for j in (k - 1, k + 1):
                if not 0 <= j < len(lines):
                    continue
                pieces = [x for part in re.split(r"\s+", lines[j][1]) if part for x in split_org_list(part)]
                orgs = [self.orgs.resolve(x, lines[j][0]) for x in pieces]
                if orgs and all(org_kind(o) and org_tier(o) != "unit" for o in orgs):
                    return list(dict.fromkeys(orgs))
            pub = self.doc.publisher
            if pub and org_kind(pub) and not pub.endswith("报"):
                return [pub]
            break
        return []

    def _full_names(self) -> list[str]:
        """The top bodies of the document's organisation mentions (computed once)."""
        if self._fulls is None:
            tops = (split_org(m.resolved) for m in self.orgs.mentions if not m.generic)
            self._fulls = list(dict.fromkeys(parts[0].name for parts in tops if parts))
        return self._fulls

    def _pronoun_gender(self, ctx: Context) -> str | None:
        body = "".join(s.text for s in ctx.art.sentences if s.kind in ("prose", "row"))
        he, she = len(PRONOUN_MALE.findall(body)), len(PRONOUN_FEMALE.findall(body))
        if she > he:
            return "女"
        if he > 0 and she == 0:
            return "男"
        return None

    def _person(self, name: str) -> _Person:
        # 沙吾尔•芒力克 and 沙吾尔·芒力克: one person whichever dot the text writes
        key = name.translate(ONE_DOT)
        if key not in self.persons:
            self.persons[key] = _Person(key)
        return self.persons[key]

    # -- output
    def _profile(self) -> dict[str, Any]:
        doc = self.doc
        people_out = []
        org_links: list[tuple[str, str | None]] = []  # (name as written, for chains)
        conferrers: list[str] = []
        for key, person in self.persons.items():
            name = person.name
            if name in self.people.bylines:
                continue
            honours = [f for f in person.facts if f.kind == "honor"]
            if not honours and name not in self.mains and not self._elected(person) and name not in self.people.gated:
                continue
            record = self._person_record(person)
            people_out.append(record)
            org_links += [(e, None) for e in record["employers"]]
            for p in record["positions"]:
                if p.get("org") and not p.pop("_appointed", False):
                    ward = dept_unit_tail(p["org"])  # 某医院手术室: the ward under its body
                    org_links.append((ward[0] if ward else p["org"], None))
                    if ward and ward[1]:
                        self.relations.append((ward[1], own_part_name(ward[0])))
                p.pop("_appointed", None)
            for h in record["honors"]:
                conferrers += h.get("conferred_by") or []
        organizations = self._organizations(org_links, conferrers)
        # conferrers are written as the conferrer steps wrote them, national bodies by their full name
        bodies = {to_simplified(c) for c in conferrers} | STATE_BODIES | set(_body_aliases().values())
        _respelled(doc.norm.respell, people_out, organizations, bodies)  # units and posts as written
        sha = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        document = {
            "id": f"doc-{sha[:16]}",
            "title": doc.title,
            "file": None,
            "source": self.source,
            "publisher": doc.publisher,
            "date": doc.date,
            "sha256": sha,
            "kind": self._kind(),
        }
        if self.source:
            document["file"] = re.split(r"[\\/]", self.source)[-1]
        return {"format": FORMAT, "document": document, "people": people_out, "organizations": organizations}

    def _elected(self, person: _Person) -> bool:
        """A worker elected a deputy (当选全国人大代表), a subject without an honour (people.py)."""
        posts = [(str(f.value.get("title") or ""), f.pos) for f in person.facts if f.kind == "position"]
        return elected_deputy(self.doc.text, posts)

    def _kind(self) -> str:
        arts = self.doc.articles
        if len(arts) > 1:
            return "newspaper page"
        if any(f.value.get("_list") for p in self.persons.values() for f in p.facts if f.kind == "honor"):
            return "award list"
        return "profile" if self.mains else "article"

    def _person_record(self, person: _Person) -> dict[str, Any]:
        doc = self.doc
        facts = sorted(person.facts, key=lambda f: f.pos)
        by = defaultdict(list)
        for f in facts:
            by[f.kind].append(f)

        def ev(f: Fact) -> dict[str, Any]:
            return _evidence(doc, f.sent, f.confidence)

        honours = []
        for f in by["honor"]:
            if f.value.get("_not_held"):
                continue  # a candidacy (某某候选人) or a remark read as an honour: the person stays, no honour
            v = {k: f.value.get(k) for k in ("title", "raw", "edition", "year", "level", "category")}
            v["edition"] = edition_numerals(v["edition"])  # 第24届 → 第二十四届, as the keys write it
            v["conferred_by"] = list(f.value.get("conferred_by") or [])
            v["evidence"] = ev(f)
            honours.append(v)
        honours = holder_cut_from_titles(honours, person.name)  # …主任助理张广秀全国三八红旗手
        honours = _merge_honours(honours)
        honours = coordinated_duplicates_dropped(honours)  # X岗和X beside X
        honours = nested_honours_merged(honours)  # 十佳最美护士 beside 满洲里市十佳最美护士
        honours = nominated_mains_dropped(honours, person.name)  # X提名奖 beside X of its year
        positions = []
        for f in by["position"]:
            v = f.value
            pos = {
                "title": v["title"],
                "org": v.get("org"),
                "year": v.get("year"),
                "start": v.get("year"),
                "end": v.get("end"),
                "evidence": ev(f),
                "_appointed": bool(v.get("appointed")),
            }
            positions.append(pos)
        positions = _merge_positions(positions)
        employers: list[str] = []
        for f in by["employer"]:
            # 鞍钢矿业武装保卫部 in a list of 单位+职务: a department after a company's short name is
            # that company's unit, and the company employs (as for a post's organisation below)
            # (江苏省连云港市某哨所: a place-led name opens with a city, no brand)
            value = f.value["value"]
            employers.append(value if _place_prefixed(value) else brand_host(value) or value)
        for f in by["position"]:
            v = f.value
            if (
                v.get("current")
                and v.get("org")
                and not v.get("appointed")
                and not re.search(r"书记", v["title"])
                and not village_resident(v["org"], v["title"])  # 某村乡村医生: no employer
                and not is_village(v["org"])  # 某村村委会主任: the village is the post's, employs no one
            ):
                if any(org_tier(p.name) not in ("unit", "place") for p in split_org(v["org"])):
                    # a team alone (电工班) names no employer; 某医院手术室: the body employs
                    ward = dept_unit_tail(v["org"])
                    employers.append(employer_of(ward[0] if ward else v["org"]))
                elif _place_prefixed(v["org"]) or _local_unit(v["org"]):
                    employers.append(v["org"])  # 某县矿山救护大队, 某区某镇环卫站: a local body of its own
                elif v.get("parent"):
                    employers.append(v["parent"])
                elif host := brand_host(v["org"]):
                    employers.append(host)  # 斯尔邦石化烯烃事业部总经理: the company its short name names
        joined = [employer_of(f.value["org"]) for f in by["position"] if f.value.get("joined") and f.value.get("org")]
        employers = self._merge_employers(employers, joined)
        if not employers:
            employers = self._merge_employers(joined, [])  # 1974年进入某厂当车工 and no later body named
        if not employers:
            employers = self._merge_employers(post_employers(by["position"]), [])  # 馆长 of 某馆 in a list
        if not employers:  # 某事业部某车间主操 in a company's own news: the company
            employers = self.orgs.home_employer(
                [f.value.get("org") for f in by["position"] if not f.value.get("appointed")]
            )
        if employers:
            employers = list(dict.fromkeys(full_company(e, self._full_names()) for e in employers))
            employers = lowest_employers(employers)
            # 公司总经理李某 in a text that names no company: a kind word alone employs no one
            employers = [e for e in employers if not bare_kind(e)]
            employers = own_body_employers(employers, self.orgs.home_body())
        gender = next((f.value["value"] for f in by["gender"] if f.confidence >= 0.9), None)
        if gender is None and person.name in self.people.female:
            gender = "女"
        if gender is None and person.name in self.mains:
            gender = next((f.value["value"] for f in by["gender"]), None)
        born = next((f.value["value"] for f in by["born"]), None)
        # (a name padded for alignment, 贺 彪, is written without its space, a pinyin gloss left out)
        raw_counts = Counter(
            written_name(doc, m) for m in self.people.mentions if m.name.translate(ONE_DOT) == person.name
        )
        # names are found on the simplified copy but reported as the text writes them (梁浩軒);
        # the simplified spelling stays as an alias so both forms resolve
        written = raw_counts.most_common(1)[0][0] if raw_counts else _written_unmentioned(doc, person.name)
        record: dict[str, Any] = {
            "name": written,
            "aliases": sorted((set(raw_counts) | {person.name}) - {written}),
            "gender": gender,
            "born": born,
            "native_place": next((f.value["value"] for f in by["native_place"]), None),
            "ethnicity": next((f.value["value"] for f in by["ethnicity"]), None),
            "employers": employers,
            "positions": positions,
            "honors": honours,
            "competitions": _dedupe(
                [
                    {**{k: f.value.get(k) for k in ("title", "placing", "year")}, "evidence": ev(f)}
                    for f in by["competition"]
                ]
            ),
            "patents": _dedupe(
                [{**{k: f.value.get(k) for k in ("title", "kind")}, "evidence": ev(f)} for f in by["patent"]]
            ),
            "patent_counts": [
                {"count": f.value["count"], "kind": f.value.get("kind"), "evidence": ev(f)} for f in by["patent_count"]
            ],
            "standards": _dedupe(
                [
                    {**{k: f.value.get(k) for k in ("title", "code", "kind", "role", "year")}, "evidence": ev(f)}
                    for f in by["standard"]
                ]
            ),
            "projects": _dedupe(
                [{**{k: f.value.get(k) for k in ("title", "year", "role")}, "evidence": ev(f)} for f in by["project"]]
            ),
        }
        first = facts[0] if facts else None
        mention = next((m for m in self.people.mentions if m.name.translate(ONE_DOT) == person.name), None)
        if mention:
            sent = next((s for a in doc.articles for s in a.sentences if s.start <= mention.start < s.end), None)
            if sent:
                record["evidence"] = _evidence(doc, sent, 0.9 if person.name in self.mains else 0.8)
        elif first:
            record["evidence"] = ev(first)
        return record

    @staticmethod
    def _merge_employers(current: list[str], joined: list[str]) -> list[str]:
        out: list[str] = []
        for e in current:
            if not e:
                continue
            for j in joined:  # 车身厂 (now) and 东风商用车有限公司车身厂 (joined): the fuller name
                if j != e and j.endswith(e):
                    e = j
            hit = next((i for i, o in enumerate(out) if _same_org(o, e)), None)
            if hit is None:
                out.append(e)
            elif len(e) > len(out[hit]):
                out[hit] = e
        return out

    def _organizations(self, links: list[tuple[str, str | None]], conferrers: list[str]) -> list[dict[str, Any]]:
        orgs: dict[str, dict[str, Any]] = {}
        self._aliases_of: dict[str, list[str]] = defaultdict(list)
        for alias, canonical in alias_names().items():
            self._aliases_of[canonical].append(alias)

        def broken(name: str) -> bool:
            # a list read as one name (…分别是:湖南华菱…, 焊接顾问艾爱国,中交一航局) or half an aside ((中心)
            opened = name.count("(") + name.count("（")
            return bool(
                re.search(r"[，,：:；;。、]|分别是|分别为", name)
                or opened != name.count(")") + name.count("）")
                or legal_form_tail(name)
            )

        def add(name: str, parent: str | None = None, evidence: dict[str, Any] | None = None) -> None:
            # 3.天津港集团第一港埠有限公司: a list's number is not part of the name
            name = canonical_org(to_simplified(re.sub(r"^\s*\d{0,3}[.、．]\s*", "", name)))
            name = canonical_body(name)  # 人社部 → 人力资源和社会保障部, 湖南省委 → 中共湖南省委, as conferrers
            if not name or name == parent or broken(name) or bare_kind(name):  # 车间, 我公司: no body named
                return
            parent = canonical_body(canonical_org(parent)) if parent and not broken(parent) else None
            parent = None if parent and bare_kind(parent) else parent
            entry = orgs.get(name)
            if entry is None:
                aliases = [a for a in self._aliases_of.get(name, ()) if a in self.doc.text]
                orgs[name] = {"name": name, "parent": parent, "kind": org_kind(name), "aliases": aliases}
                if evidence:
                    orgs[name]["evidence"] = evidence
            elif parent and not entry.get("parent"):
                entry["parent"] = parent

        def add_chain(text: str) -> str | None:
            text = last_list_item(text)
            parts = [p for p in split_org(text) if org_tier(p.name) != "place"]
            # 塔牌集团部分集团公司: a part that names no particular body (部分/各/所属…) ends the chain
            parts = list(itertools.takewhile(lambda p: not ANY_BODY_HEAD_RE.match(p.name), parts))
            prev, written = None, ""
            for part in parts:
                part = OrgPart(post_joined_cut(part.name), part.kind)
                name = child_name(prev, part.name, written)  # 汕头大学 + 医学院 → 汕头大学医学院
                add(name, prev)
                prev, written = name, part.name
            return prev

        for name, _ in links:
            add_chain(named_rest(name))  # 基层派出所: no body; 我院泌尿外科: the department the text names
        for c in conferrers:
            for body in joined_bodies(c):
                add(body)
        for child, parent in self.relations:
            if parent:
                add_chain(parent)
            add(child, parent)
        names = [p.name for p in self.persons.values()]
        for m in self.orgs.mentions:
            if self._listable(m):
                add_chain(inner_name_cut(name_cut(self.doc.text, m.start, m.end, m.resolved, names), names))
        for owner, owned in owned_units(self._owner_phrases()):
            # the listed body the owned words begin with (北京陶瓷厂有限责任公司 in …有限责任公司党委)
            owned = to_simplified(owned)
            top = max((o for o in orgs if owned.startswith(o) and len(o) >= 4), key=len, default="")
            if top and not orgs[top].get("parent"):
                parent = add_chain(owner)  # 金隅集团所属北京陶瓷厂: the group owns the plant it names
                if parent and parent in orgs and parent != top:
                    orgs[top]["parent"] = parent
        pub = self.doc.publisher
        if pub and org_kind(pub) and not pub.endswith("报"):
            add(pub)
        # 国网河南省电力公司 belongs to 国家电网有限公司 when the document names the group
        for prefix, group in brand_prefixes().items():
            if group in orgs:
                for o in orgs.values():
                    if o["name"].startswith(prefix) and o["name"] != group and not o.get("parent"):
                        o["parent"] = group
        _split_group_children(orgs)
        # a short name and its full name in one document are one body: keep the full one
        names = list(orgs)
        for a in names:
            for b in names:
                if a != b and a in orgs and b in orgs and org_tier(a) != "unit" and _short_form(a, b):
                    orgs[b]["aliases"] = list(dict.fromkeys(orgs[b]["aliases"] + [a]))
                    for o in orgs.values():
                        if o.get("parent") == a:
                            o["parent"] = b
                    del orgs[a]
        return list(orgs.values())

    def _owner_phrases(self) -> list[str]:
        """The mentions as found, and two mentions joined by the owning word between them (临江控股集团
        旗下的临江汽车公司, found as two names), for ``owned_units``."""
        t, mentions = self.doc.text, self.orgs.mentions
        phrases = [m.resolved for m in mentions]
        starts = {m.start: m for m in mentions}
        for m in mentions:
            word = OWNER_WORD_RE.match(t, m.end)
            after = starts.get(word.end()) if word else None
            if word and after:
                phrases.append(m.resolved + word.group() + after.resolved)
        return phrases

    def _listable(self, m: OrgMention) -> bool:
        """An organisation named in the text in its own right (not generic, not a party organ, not an aside)."""
        t = self.doc.text
        if m.generic or m.party_state or m.in_parens or m.local or top_body(m.resolved):
            return False  # (国务院, 中共中央: listed as a conferrer only)
        seg = t[max(0, m.start - 60) : m.start]
        if seg.count("《") > seg.count("》"):
            return False  # inside a document title
        if OFFICIAL_AFTER_RE.match(t, m.end):
            return False  # 外交部部长王毅出席: an official's office, named for the official, not in its own right
        parts = split_org(m.resolved)
        name = parts[0].name  # the chain is listed when its top body is
        if org_kind(name) is None and len(parts) > 1 and is_brand(name):
            name = parts[1].name  # 黄陵矿业一号煤矿: a brand heads the chain; its body says what it is
        kind = org_kind(name)
        if re.match(r"[^，。；]{0,12}?(?:竞赛|大赛|比赛|比武|杯)", t[m.end : m.end + 14]):
            return False  # 中国中车职业技能竞赛: the body names a competition here
        if org_tier(name) == "place":
            return False
        if re.match(r"[\u4e00-\u9fff]{0,4}(?:示范|先进|标兵|文明|先锋|模范|劳模|工匠|技术能手)", t[m.end : m.end + 8]):
            return False  # 国家农民合作社示范社: the body's name inside an honour's
        if kind in PLACE_STANDING_KINDS and len(parts) == 1 and _place_prefixed(name) and _specific(name):
            return True  # 四川省卫生宣传新闻中心, 五华县植物检疫站: a centre or station a place names, standing alone
        if _enterprise_bureau(parts):
            return True  # 中建二局二公司: a 局 with companies under it is an engineering group, not a government office
        if org_tier(name) == "unit" or kind is None:
            # 申通快递: a known brand with its trade word is as listable as the brand
            return (name in known_organizations() or trade_name_before(name) == name) and not is_place(name)
        placed = _place_prefixed(name)
        if kind in ("委员会",) and not _standing_commission(m.resolved, placed):
            return False
        if not _specific(name):
            return False
        if placed or name.startswith(NATIONAL_PREFIXES):
            return True
        return kind in STRONG_KINDS and kind not in ("政府部门", "工会") and len(name) >= 4


# a company's legal form with nothing before it: the name was cut at a stray space of the page
# (蒙草生态环境 (集团)股份有限公司, 山海关船舶重工有限 责任公司), so the tail names no body
LEGAL_FORM_TAIL_RE = re.compile(
    r"""(?:[(（]集团[)）])?            # (集团) of 某某(集团)股份有限公司
        (?:股份)?(?:有限)?(?:责任)?公司  # 有限公司, 责任公司, 股份有限公司 …
    """,
    re.VERBOSE,
)


def legal_form_tail(name: str) -> bool:
    """True when ``name`` opens with a legal form (有限公司二厂, 责任公司, (集团)股份有限公司): a fragment."""
    m = LEGAL_FORM_TAIL_RE.match(name)
    return bool(m and m.end() > 2 and not re.match(r"公司", name))


# the words that open a part naming bodies at large, no one body (部分集团公司, 各分公司, 所属企业)
ANY_BODY_HEAD_RE = re.compile(r"部分|各(?!族)|所属|下属|有关|相关")  # (not 龙胜各族自治县)


# "our"/"this" body before a unit of it: 我院泌尿外科, 本厂机修车间, 该局办公室
OWN_BODY_HEAD_RE = re.compile(r"(?:我|本|该)(?:公司|集团|院|校|局|所|站|厂|矿|段)")


# 某集团所属/下属/旗下(的)某公司: the body before the word owns the one after it
OWNER_WORD_RE = re.compile(r"(?:所属|下属|旗下|权属)的?")


def owned_units(names: Iterable[str]) -> list[tuple[str, str]]:
    """(owner, owned) for each name written as 甲所属乙 / 甲旗下的乙, when 甲 is a body (a kind word or a
    brand: 金隅集团, 中集安瑞科) and 乙 names one (not 所属单位, 下属企业)."""
    out: list[tuple[str, str]] = []
    for name in names:
        m = OWNER_WORD_RE.search(name)
        if not m or OWNER_WORD_RE.search(name, m.end()):
            continue
        owner, owned = name[: m.start()], name[m.end() :]
        if len(owned) < 3 or bare_kind(owned) or is_generic(owned):
            continue
        if org_kind(owner) or is_brand(owner):
            out.append((owner, owned))
    return out


def name_cut(text: str, start: int, end: int, resolved: str, names: Sequence[str]) -> str:
    """A roster row without a gap (汤绍雄福建省闽清某林场股长) gives a mention that opens with the
    person's name, or its last characters (汝根 of 谢汝根): the name ends where the person's does,
    when what is left is a body's name as written.  ``resolved`` as it is otherwise."""
    if text[start:end] != resolved:
        return resolved  # (a resolved short name: not read here)
    for name in names:
        if len(name) < 2:
            continue
        at = text.find(name, max(0, start - len(name) + 1), start + len(name))
        while 0 <= at <= start < at + len(name):
            rest = text[at + len(name) : end]
            if len(rest) >= 4 and org_kind(to_simplified(rest)) and not is_generic(rest):
                return rest
            at = text.find(name, at + 1, start + len(name))
    return resolved


def inner_name_cut(name: str, names: Sequence[str]) -> str:
    """Two roster rows glued without a gap (…矿业有限公司赵要峰中色东方集团有限公司) give one mention
    with a person's name inside it: the name is no part of either unit, so it is taken out when the
    words before and after it are each a body's name.  Otherwise ``name`` stays whole.  (The chain
    of the two stays: on dev, keeping the parent scored better than listing two top bodies.)"""
    for person in names:
        if len(person) < 2:
            continue
        at = name.find(person, 4)
        if at < 0:
            continue
        before, rest = name[:at], name[at + len(person) :]
        if (
            len(rest) >= 4
            and org_kind(to_simplified(before))
            and org_kind(to_simplified(rest))
            and not is_generic(rest)
        ):
            return before + rest
    return name


# 企业技术中心副主任及工业设计中心主任: a post and a conjunction glued before the next unit's name
POST_JOINED_RE = re.compile(r"^(?P<post>[\u4e00-\u9fff]{2,6}?)(?:及|和|兼|并)(?P<unit>[\u4e00-\u9fff（）()]{3,})$")


def post_joined_cut(name: str) -> str:
    """副主任及工业设计中心 → 工业设计中心: a part that opens with a post title and 及/和/兼 (the post
    of the unit before it) names only the unit after the conjunction; other names stay."""
    m = POST_JOINED_RE.match(name)
    if m and lexicon().is_post(m.group("post")) and org_kind(to_simplified(m.group("unit"))):
        return m.group("unit")
    return name


def named_rest(name: str) -> str:
    """A unit word after a generic head (基层派出所, 一线班组) names no body: "".  A unit after "our"
    body (我院泌尿外科) is the unit the text names: 泌尿外科.  Other names stay as they are."""
    if not name or not is_generic(name):
        return name
    m = OWN_BODY_HEAD_RE.match(name)
    if m:
        rest = name[m.end() :]
        return rest if len(rest) >= 3 and org_kind(rest) and not bare_kind(rest) else name
    heads = (h for h in lexicon().generic_starts if name.startswith(h))
    return "" if any(bare_kind(name[len(h) :]) for h in heads) else name


def last_list_item(org: str) -> str:
    """…发电厂电力首席工程师高大全、攀钢矿业选矿厂破碎车间: a post's unit that swallowed the list's
    items before it is the last item's chain (攀钢矿业选矿厂破碎车间), the one written with the post."""
    return re.split(r"[、，,；;：:]", org)[-1]


def joined_bodies(name: str) -> list[str]:
    """中国铁路总公司宣传部和新华社新媒体中心: two bodies joined by 和/与/及 read as one name are
    listed one by one when every side names a body of its own (not 各路局); 人力资源和社会保障部 stays whole."""
    masked = name
    for compound in lexicon().conjunction_compounds:
        masked = masked.replace(compound, "\0" * len(compound))  # (same length: positions stay)
    cuts = [i for i, ch in enumerate(masked) if ch in "和与及"]
    if not cuts:
        return [name]
    sides = [name[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(name)], strict=True)]
    if all(len(x) >= 3 and org_kind(x) and not is_generic(x) for x in sides):
        return sides
    return [name]


# kinds whose unit stands as a body of its own when a place names it and nothing heads it
PLACE_STANDING_KINDS = ("中心", "站")


def _enterprise_bureau(parts: Sequence[OrgPart]) -> bool:
    """中建二局 → 二公司, 中铁十一局 → 三公司: a chain whose 局 heads a company.  A government bureau
    has no companies under it, so the 局 is a construction group's numbered bureau."""
    return len(parts) > 1 and parts[0].name.endswith("局") and org_kind(parts[1].name) in ("公司", "集团")


# the office of an official who attends, speaks or presents (外交部部长, 市总工会党组书记、常务副主席)
OFFICIAL_AFTER_RE = re.compile(
    r"(?:党组|党委)?(?:常务)?副?(?:部长|局长|厅长|市长|省长|县长|区长|书记|主席|委员长|副总理|总理)"
    r"(?:[、，,][^，,。；;]{0,12}?)?[一-鿿]{2,3}(?:出席|主持|讲话|致辞|宣读|颁奖|为|等|同志)"
)


# committees of a meeting or a selection (评审委员会, 组委会) and of a village or neighbourhood
AD_HOC_COMMITTEE_RE = re.compile(r"评审|评委|组委|组织委员会|专家|筹委|筹备|居民|村民|居委|村委|选举|考核|领导小组")


def _standing_commission(name: str, placed: bool) -> bool:
    """全国绿化委员会, 浙江省卫生健康委员会: a standing commission a place or the nation names is a body
    of its own; a meeting's or selection's committee (评审委员会, 组委会) and a village's are not."""
    return (placed or name.startswith(NATIONAL_PREFIXES)) and not AD_HOC_COMMITTEE_RE.search(name)


def _respelled(
    respell: Callable[[str], str], people: list[dict[str, Any]], orgs: list[dict[str, Any]], bodies: set[str]
) -> None:
    """Employers, posts and organisations are read on the simplified copy; a traditional-script
    text has them written as it writes them (港鐵公司, 常務(wù)副主席 with a mirror's pinyin gloss),
    as names are.  A name the text does not hold (a resolved full name) stays as it is, and so
    does a conferring body (``bodies``: written as ``written_conferrers`` writes it, no gloss)."""
    for person in people:
        person["employers"] = list(dict.fromkeys(respell(e) for e in person["employers"]))
        for post in person["positions"]:
            post["title"] = respell(post["title"])
            if post.get("org"):
                post["org"] = respell(post["org"])
    for org in orgs:
        if org["name"] not in bodies:
            org["name"] = respell(org["name"])
        if org.get("parent") and org["parent"] not in bodies:
            org["parent"] = respell(org["parent"])


NOT_COUNTY = re.compile(
    r"(?:园|矿|社|城|片|辖|景|厂|校|库|山|灾|牧|林|郊|市|县|地|小|营|战|商|学|功能|开发|试验|示范|保护)区$"
)


# 城关镇环卫所, 市环卫处, 县林业站: a township, or a bare level word (the page's own city or county),
# before a local service unit
LOCAL_UNIT_RE = re.compile(
    r"""^(?:[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)   # a township named before the unit
        |[市县区])                               # or the page's own city, county or district
        (?![委长])[\u4e00-\u9fff]{1,6}(?:所|站|处)$  # a station, office or bureau section""",
    re.VERBOSE,
)


def _local_unit(name: str) -> bool:
    """城关镇环卫所环卫工, 市环卫处环卫工人: a local service unit under a township or the page's own
    city employs the person who holds a post there (a village's posts are kept out before)."""
    return bool(LOCAL_UNIT_RE.match(to_simplified(name)))


def _place_prefixed(name: str) -> bool:
    """焦作市…, 河南省…, 修武县…, 解放区…: a name that opens with a real place."""
    p = places()
    provinces, cities = p["provinces"], p["cities"]
    if any(name[:n] in provinces or name[:n] in cities for n in range(len(name) + 1)):
        return True  # a province or city opens the name (its prefixes looked up, not every place tried)
    m = re.match(r"^[\u4e00-\u9fff]{2,3}?(?:县|区|旗|市)", name)
    if m is None and re.match(r"^[\u4e00-\u9fff][县縣]", name) and is_place(name[:2]):
        return len(name) > 3  # 丰县, 沛县: a county of one character before 县, known as a place
    return m is not None and not NOT_COUNTY.search(m.group()) and len(name) > len(m.group()) + 1


# the bodies before 关于授予… / …决定，授予: an issuer's names, then the words of the decision
ISSUE_HEAD_RE = re.compile(
    r"(?P<orgs>[\u4e00-\u9fff、\s]{3,80}?)(?:联合)?(?:关于授予|关于命名|关于表彰|(?:研究)?决定[，,：:]?\s*授予)"
)
ISSUE_WORDS_RE = re.compile(r"(?=(?:联合)?(?:关于授予|关于命名|关于表彰|(?:研究)?决定[，,：:]?\s*授予))")


def _issue_heads(t: str) -> Iterator[re.Match[str]]:
    """``ISSUE_HEAD_RE.finditer(t)``, tried only 3 to 80 characters before the decision's words (at
    every place its lazy run of names is costly: up to 80 steps a character)."""
    starts = sorted({s for w in ISSUE_WORDS_RE.finditer(t) for s in range(max(0, w.start() - 80), w.start() - 2)})
    end = 0
    for s in starts:
        if s >= end:
            m = ISSUE_HEAD_RE.match(t, s)
            if m:
                end = m.end()
                yield m


NOTICE_TITLE_RE = re.compile(r"^关于[^\n。！？]{2,80}?的(?:公示|通知|通报|决定|公告)$")
BLANK_RUN_RE = re.compile(r"\n(?:[ \t\u3000\r]*\n)*")


def paragraph_break(text: str, start: int, end: int) -> re.Pattern[str]:
    """What separates paragraphs in ``text[start:end]``: one blank line, or, in a copy that puts
    a blank line between all its lines (WeChat, web pages), two."""
    gaps = [m.group().count("\n") - 1 for m in BLANK_RUN_RE.finditer(text, start, end)]
    if gaps and min(gaps) >= 1 and len(gaps) >= 3:
        return re.compile(r"\n(?:[ \t\u3000\r]*\n){%d,}" % (min(gaps) + 1))
    return BLANK_LINE_RE


def _sections(doc: Document, art: Article, people: People) -> tuple[list[tuple[int, int, str]], dict[int, str]]:
    """Parts of an article under a line that only names a person (01｜领衔人：张伟, 王强（湖南））.

    A part runs from its line to the end of the paragraph block under it (the next blank
    line) or to the next such line: the facts there without a name of their own are that
    person's.
    """
    t = doc.text
    heads = []
    names = people.names()
    first = next((k for k, s in enumerate(art.sentences) if s.kind != "meta"), None)
    for k, s in enumerate(art.sentences):
        hit = section_name(t, s.start, s.end)
        if k == first and s.kind in ("title", "heading"):
            continue  # a name heading the whole article makes it that person's, not a section
        if hit and s.kind == "row" and _shares_line(t, art.sentences, k):
            continue  # 兰某华 李某保 …: one name of a roster line cut into rows heads no section
        if hit and hit[0] in names and hit[0] not in people.bylines and s.kind != "byline":
            heads.append((k, s, hit[0]))
    out: list[tuple[int, int, str]] = []
    openers: dict[int, str] = {}
    brk = paragraph_break(t, art.start, art.end) if heads else BLANK_LINE_RE
    for n, (k, s, name) in enumerate(heads):
        gap = re.compile(r"\s*").match(t, s.end)
        content = gap.end() if gap else s.end  # the pattern always matches
        blank = brk.search(t, content, art.end)
        end = blank.start() if blank else art.end
        if n + 1 < len(heads):
            end = min(end, heads[n + 1][1].start)
        out.append((s.start, end, name))
        nxt = art.sentences[k + 1] if k + 1 < len(art.sentences) else None
        if nxt is not None and nxt.start < end:
            openers[nxt.start] = name
    return out, openers


def _shares_line(text: str, sentences: list[Sentence], k: int) -> bool:
    """Whether sentence ``k`` shares its line with the sentence before or after it."""
    s = sentences[k]
    before = k > 0 and "\n" not in text[sentences[k - 1].end : s.start]
    after = k + 1 < len(sentences) and "\n" not in text[s.end : sentences[k + 1].start]
    return before or after


def _short_form(short: str, full: str) -> bool:
    """沈阳局集团公司 is 中国铁路沈阳局集团有限公司 written short; 唐钢 is 唐钢公司; 国家电网公司 is
    国家电网有限公司."""
    if len(short) >= len(full):
        return False
    kind = org_kind(full)
    if (
        org_kind(short) is None
        and kind
        and full.startswith(short)
        and len(short) >= 2
        and re.fullmatch(r"(?:集团|股份|有限|责任|公司)+", full[len(short) :])
    ):
        return True  # 唐钢 + 公司, 中国一重 + 集团有限公司
    if org_kind(short) != kind and {org_kind(short), kind} != {"集团", "公司"}:
        return False
    core_s = re.sub(r"有限责任|股份有限|有限|股份", "", short)
    core_f = re.sub(r"有限责任|股份有限|有限|股份", "", full)
    return core_f.endswith(core_s) and len(core_s) >= 4


def build_profile(
    text: str, *, source: str | None = None, document_date: str | None = None, publisher: str | None = None
) -> dict[str, Any]:
    """The profile dict for one decoded text."""
    return _Extraction(text, source=source, document_date=document_date, publisher=publisher).run()


def _split_group_children(orgs: dict[str, dict[str, Any]]) -> None:
    """山西焦煤霍州煤电吕梁山煤电有限公司 in a document that names 霍州煤电集团 on its own: the company is
    the group's child, named by its own part (吕梁山煤电有限公司 < 霍州煤电集团), its units under it.
    Only a group listed in its own right splits a name: a shared prefix alone may be a brand."""
    groups = [o["name"] for o in orgs.values() if org_kind(o["name"]) == "集团"]
    for name in [n for n, o in orgs.items() if not o.get("parent") and org_kind(n) == "公司"]:
        found = next(((g, c) for g in groups if (c := group_child(name, g))), None)
        if found is None:
            continue
        group, child = found
        entry = orgs.pop(name)
        if child in orgs:  # (霍州煤电集团吕梁山煤电有限公司 written too: the child is listed already)
            orgs[child]["parent"] = orgs[child].get("parent") or group
        else:
            orgs[child] = {**entry, "name": child, "parent": group, "kind": org_kind(child)}
        for o in orgs.values():
            if o.get("parent") == name:
                o["parent"] = child
