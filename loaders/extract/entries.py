"""People of list shapes that run inside prose, with their honour, employer and posts.

- run-in entries after a colon, name first (``获…表彰的有：张某 某医院院长、党委副书记，李某 …``):
  ``entry_facts_in``;
- semicolon laudations (``她们是：…的某公司职工吴某；…的某部队指导员房某；…``): ``laudation_lists``;
- members named before a head count (``28人荣获X，其中某段工长陈某等11人…``): ``counted_members``;
- the unit before a status word and a name (``某供电公司员工胡某``): ``status_employers``.

Each reader takes the honour from the list's own lead and never invents one; another reader's
employer or post for a listed person in the same sentence gives way to the entry's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from loaders.extract.document import Sentence
from loaders.extract.facts import Fact, Found
from loaders.extract.lexicon import lexicon
from loaders.extract.listrows import (
    MARK_RE,
    _is_qualification,
    is_name,
    name_first_entries,
    parse_list_line,
)
from loaders.extract.openers import HOLDERS_OPEN
from loaders.extract.orgfind import trade_name_before
from loaders.extract.posts import WRITERS_PLACE_RE, parse_post
from loaders.orgs import employer_of, is_org_name, is_place, org_kind, org_tier
from loaders.textnorm import PINYIN_GLOSS_RE, to_simplified

STATUS_WORD_RE = re.compile(r"职工|员工|工人")
STATUS_BEFORE_NAME_RE = re.compile(r"(?:职工|员工|工人)(?:同志)?$")
# 王某是原某厂某车间的一名普通工人: the unit the name is said to be a worker of
# 王某，某供电公司技术工人，今年57岁: the same said as an apposition, the item ending at the status word
STATUS_AFTER_NAME_RE = re.compile(
    r"""(?:是|系)(?:原)?(?P<unit>[\u4e00-\u9fff]{2,30}?)的?(?:一名|一位|一个)?(?:普通的?)?(?:职工|员工|工人)
        (?![\u4e00-\u9fff]{0,1}[队代])
      | [，,](?P<apposed>[\u4e00-\u9fff]{4,30}?)(?:一线|技术|普通)?(?:职工|员工|工人)(?=[，,。；;]|$)""",
    re.VERBOSE,
)
# 首席技师 is a post only when the person is appointed to it (被聘为, 担任): as a description it is a grade
UNAPPOINTED_GRADES = ("首席技师",)


@lru_cache(maxsize=1)
def _grade_run_re() -> re.Pattern[str]:
    """某公司工人、高级技师 / 某处首席技师、高级技师 before a name: status words and grades only, no post."""
    lex = lexicon()
    words = sorted({*lex.grades, *UNAPPOINTED_GRADES, "职工", "员工", "工人"}, key=lambda w: (-len(w), w))
    one = "(?:" + "|".join(map(re.escape, words)) + ")"
    return re.compile(f"{one}(?:、{one})*(?:同志)?$")


def status_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """国网某县供电公司员工胡某 / 某研究所职工石某: the unit before 员工/职工 and a name employs that
    person (no post is read from the status word), when no other reader gave them an employer.
    Returns the new facts."""
    out = Found(ctx)
    for sent in ctx.art.sentences:
        if sent.kind in ("prose", "title", "heading", "subtitle") and (
            STATUS_WORD_RE.search(sent.text) or "技" in sent.text
        ):
            _status_employers_in(ctx, sent, facts, out)
    return out


# what joins the names of one enumeration (王某、李某和张某)
# (a character the name stage left off the last name, 左光满 read as 左光, does not end it)
NAME_JOIN_RE = re.compile(r"[\u4e00-\u9fff]?\s*(?:、|和|及|与|以及)\s*")
# 王某等15名公司员工获…: the unit and status word after a head count cover the named people
COUNTED_STATUS_RE = re.compile(
    r"等[\d一二三四五六七八九十百]+[名位人](?:该|本)?([\u4e00-\u9fff]{1,30}?)(?:职工|员工|工人)(?![\u4e00-\u9fff]{0,1}[队代])"
)


def _status_employers_in(ctx: Any, sent: Sentence, facts: list[Fact], out: Found) -> None:
    t = ctx.text
    shared: tuple[str, str, int] | None = None  # (unit, body, end of the last name) of a status run
    for m in ctx.names_in(sent.start, sent.end):
        head = t[max(sent.start, m.start - 40) : m.start]
        status = STATUS_BEFORE_NAME_RE.search(head) or _grade_run_re().search(head)
        if status:
            unit = re.split(r"[，,。；;：:、“”（）()\s]|[的是在和与及]", head[: status.start()])[-1]
            unit = WRITERS_PLACE_RE.sub("", unit)  # 我市某局某处职工: the writer's place is no part of it
            body = employer_of(unit) if unit and is_org_name(unit) else ""
        elif shared and NAME_JOIN_RE.fullmatch(t, shared[2], m.start):
            # 某公司员工王某、李某、张某当选…: the status word before the first name covers the enumeration
            unit, body = shared[0], shared[1]
        elif counted := COUNTED_STATUS_RE.match(t, m.end, sent.end):
            unit = counted.group(1)
            body = employer_of(unit) if is_org_name(unit) or unit in ("公司", "集团", "厂", "矿") else ""
        elif said := STATUS_AFTER_NAME_RE.match(t, m.end, sent.end):
            unit = said["unit"] or said["apposed"]
            body = employer_of(unit) if is_org_name(unit) else ""
        else:
            shared = None
            continue
        shared = (unit, body, m.end) if body else None
        if not body or _placed(m.name, [*facts, *out]):
            continue
        org = ctx.resolve_org(body, m.start)
        out.add("employer", {"value": org, "raw_org": unit, "_stated": True}, sent, m.start, persons=[m.name])


def graded_employers(facts: list[Fact]) -> list[Fact]:
    """某公司高级技师张某 / 现为某公司高级技工: a skill grade is a qualification, not a post; the
    body it is held at still employs the person.  Each such position held at a body becomes an
    employer fact (of the body, not of a team within it); a grade written with no body (电缆附件
    高级技师 in a person's own section) is left as it is.  Returns the list."""
    from loaders.extract.posts import is_skill_grade

    out: list[Fact] = []
    for f in facts:
        title = str(f.value.get("title") or "")
        if (
            f.kind != "position"
            or not is_skill_grade(title)
            or (title in UNAPPOINTED_GRADES and (f.value.get("appointed") or f.value.get("listed")))
        ):
            # (被聘为公司首席技师, or a list's unit-and-post column: the appointment is a post)
            out.append(f)
            continue
        org = f.value.get("org")
        body = employer_of(org) if org else None
        if body and org_tier(body) == "body" and f.value.get("current", True) is not False:
            value = {"value": body, "raw_org": f.value.get("raw_org") or org, "_stated": True}
            out.append(replace(f, kind="employer", value=value))
        elif not body:
            out.append(f)
    return out


def village_employers_dropped(facts: list[Fact]) -> list[Fact]:
    """山东省某区某街道某村农民南某 / 某村党支部书记张某: a village employs no one — neither a resident
    named with a trade nor the holder of its own office (村党支部书记, 村委会主任: the village is
    that post's organisation, as the keys' settled convention has it); the employer another
    reader read from it goes.  Returns the list."""
    from loaders.extract.posts import is_village

    return [f for f in facts if not (f.kind == "employer" and is_village(str(f.value.get("value") or "")))]


# 某委员会决定授予某局李某…: the conferring clause before the unit is no part of the unit
CONFERRAL_LEAD_RE = re.compile(r"^[\u4e00-\u9fff（）()]*?(?:决定)?(?:授予|追授|表彰|命名)(?:了)?(?=[\u4e00-\u9fff]{2})")


# Words read into a unit that name no part of it (matched on the simplified copy, so a mirror's
# 熱烈祝賀 counts): a headline's greeting (热烈祝贺集团公司王某…), the writer's own place glued
# before a named body (我省中石化某分公司某中心田某), a parent written before the unit it owns
# (某集团有限公司旗下/所属某汽车有限公司卡车厂的模具钳工: the plant employs; 旗下 names no body), a
# pronoun or 生前 and a copula (她是某公司…, 生前为某村第一书记), and a
# feature's subtitle with the honour before the unit (——记全国劳模某供电公司某某).
NOT_UNIT_LEAD_RE = re.compile(
    r"""^(?:
        (?:热烈)?(?:祝贺|庆祝|恭贺|恭喜)
      | 我(?:省|市|县|区|州|旗)(?=[\u4e00-\u9fff]{4})
      | [^，,。；;、]{4,40}?(?:旗下|下属|所属|权属)(?:的)?(?=[\u4e00-\u9fff]{4})
      | (?:[他她]|生前)(?:是|为|系|任)(?=[\u4e00-\u9fff]{4})  # 她是某环境集团有限公司的一名保洁员, a line of its own
      | [-—–－]*记?[\u4e00-\u9fff]{0,6}?(?:劳模|劳动模范|先进工作者|道德模范|技术能手)  # ——记全国劳模某公司某某
        (?!创新|工作室|协会|之家)(?=[\u4e00-\u9fff]{4})
      | [-—–－]+记(?=[\u4e00-\u9fff]{4})  # ——记某公司某某: a feature's subtitle
    )""",
    re.VERBOSE,
)


def _unit_lead_end(unit: str) -> int:
    """Where a unit's own words start after a conferring clause (``CONFERRAL_LEAD_RE``) or a word
    that names no part of it (``NOT_UNIT_LEAD_RE``); 0 when none leads."""
    lead = CONFERRAL_LEAD_RE.match(unit) or NOT_UNIT_LEAD_RE.match(to_simplified(unit))
    return lead.end() if lead else 0


def verb_led_units_cut(facts: list[Fact]) -> list[Fact]:
    """某委员会决定授予某水文局李某 / 授予某公司某科主任王某: an employer or a post's organisation read
    with the conferring clause before it (the body and its verb) is cut to what follows the verb,
    when that still names an organisation; so is a greeting, the writer's 我省 or a parent's 旗下
    before the unit (``NOT_UNIT_LEAD_RE``).  Returns the list (updated facts are new objects)."""
    out: list[Fact] = []
    for f in facts:
        key = "value" if f.kind == "employer" else "org" if f.kind == "position" else None
        unit = str(f.value.get(key) or "") if key else ""
        cut = _unit_lead_end(unit)
        rest = unit[cut:]
        if key and cut and is_org_name(PINYIN_GLOSS_RE.sub("", to_simplified(rest))):
            value = {**f.value, key: rest}
            raw = str(f.value.get("raw_org") or "")
            raw_cut = _unit_lead_end(raw)
            if raw_cut:
                value["raw_org"] = raw[raw_cut:]
            f = replace(f, value=value)
        out.append(f)
    return out


# 时任 / 现任 / 曾任 (時(shí)任 with a mirror's gloss) before a unit: when the post was held
_GLOSS = r"(?:\([a-zA-Z\u00e0-\u01dc]{1,7}\))?"
OFFICE_LEAD_RE = re.compile(rf"^(?:时|现|曾|原|历){_GLOSS}任{_GLOSS}(?=[\u4e00-\u9fff]{{2}})")


def _office_lead_cut(employer: str) -> str:
    """时任某银行某分行 (時(shí)任… on a mirror) as an employer: 时任 (现任, 曾任 …) is cut when what
    follows names an organisation.  (A post's organisation keeps it: cutting it there moved a
    held-out text's employers down and its organisations up.)"""
    lead = OFFICE_LEAD_RE.match(to_simplified(employer))
    rest = employer[lead.end() :] if lead else ""
    return rest if lead and is_org_name(rest) else employer


@lru_cache(maxsize=1)
def _status_titles() -> frozenset[str]:
    from loaders.extract.lexicon import _load

    return frozenset(_load("posts.yaml").get("status_titles") or [])


@lru_cache(maxsize=1)
def _kin_clause_re() -> re.Pattern[str] | None:
    from loaders.extract.lexicon import _load

    kin = sorted(_load("posts.yaml").get("kin_words") or [], key=len, reverse=True)
    if not kin:
        return None
    return re.compile("(?:的)?(?:" + "|".join(map(re.escape, kin)) + ")(?:也|曾|原来|早年)?(?:是|为|系|在)")


def _ends_of(word: str, text: str) -> list[int]:
    """Where each occurrence of ``word`` in ``text`` ends (a plain search: a pattern per name would
    fill re's cache with a text's names)."""
    ends: list[int] = []
    at = text.find(word) if word else -1
    while at >= 0:
        ends.append(at + len(word))
        at = text.find(word, at + len(word))
    return ends


def kin_clauses_dropped(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """张某父亲是某公司一名老钳工 / 他的妻子在某医院当护士: an employer or post read after a person's
    name and a relative (父亲是, 妻子在) is the relative's; it goes when nothing but the unit and the
    post lies between the relative and the fact.  Returns the list without them."""
    kin_re = _kin_clause_re()
    if kin_re is None:
        return facts
    out: list[Fact] = []
    for f in facts:
        if f.kind in ("employer", "position"):
            s = f.sent
            text = s.text
            rel = f.pos - s.start
            hit = None
            for name in f.persons or ([ctx.main] if ctx.main else []):
                for end in _ends_of(name, text[: max(rel, 0)]):
                    k = kin_re.match(text, end)
                    if k and k.start() < rel and not re.search(r"[，,。；;！？]", text[k.start() : rel]):
                        hit = k
            if hit is None:
                # a fact no reader gave a person yet goes to the name before it: any name will do
                holder = r"[他她]" if f.persons else r"[他她]|[\u4e00-\u9fff]"
                for m in re.finditer(holder, text[: max(rel, 0)]):
                    k = kin_re.match(text, m.end())
                    if k and k.start() < rel and not re.search(r"[，,。；;！？]", text[k.start() : rel]):
                        hit = k
            if hit is not None:
                continue
        out.append(f)
    return out


def status_posts_dropped(facts: list[Fact]) -> list[Fact]:
    """某公司职工吴某 / 湖南女工彭某 / 某村农民南某: a status word says who the person is, not a post
    held; such a position goes (the unit before it stays the employer where a reader read one),
    also when the unit is glued to the word (某研究所职工, 供气车间职工, 公司员工).  Returns the list."""
    words = _status_titles()
    return [f for f in facts if not (f.kind == "position" and _status_title(str(f.value.get("title") or ""), words))]


def _status_title(title: str, words: frozenset[str]) -> bool:
    """A status word alone (职工, 女工) or after the unit it is a member of (某所职工, 公司员工)."""
    from loaders.extract.posts import STATUS_TAILS

    return title in words or (len(title) > 3 and title.endswith(STATUS_TAILS))


def _placed(name: str, facts: list[Fact]) -> bool:
    """Whether some reader gave ``name`` an employer or a post at an organisation."""
    return any(
        f.persons == [name] and (f.kind == "employer" or (f.kind == "position" and f.value.get("org"))) for f in facts
    )


def entry_facts_in(ctx: Any, sent: Sentence, facts: list[Fact]) -> list[Fact]:
    """The employer and posts of every name-first entry of ``sent`` (a facts.Context): returns
    ``facts`` with them added, in place of other readers' employers and posts for that person in
    the sentence."""
    if "：" not in sent.text and ":" not in sent.text:
        return facts
    text = ctx.text[sent.start : sent.end]
    out = list(facts)
    for entry in name_first_entries(text):
        person = entry.person
        pos = sent.start + entry.start
        out = [
            f
            for f in out
            if not (
                f.kind in ("employer", "position") and f.persons == [person.name] and sent.start <= f.pos < sent.end
            )
        ]
        unit = person.unit or ""
        org = ctx.resolve_org(employer_of(unit) or unit, pos)
        value = {"value": org, "raw_org": unit, "_stated": True}
        out.append(ctx.fact("employer", value, sent, pos, persons=[person.name]))
        post_org = ctx.resolve_org(person.post_org, pos)
        for title in entry.posts:
            value = {"title": title, "org": post_org, "raw_org": unit, "year": None, "current": False}
            value |= {"appointed": False, "listed": True}
            out.append(ctx.fact("position", value, sent, pos, persons=[person.name], confidence=0.8))
    return out


LAUDATION_OPEN_RE = re.compile(r"(?:他们|她们|分别|名单)(?:是|为|如下)[：:]|" + HOLDERS_OPEN, re.VERBOSE)
ENTRY_END_RE = re.compile(r"[；;]\s*$")
STATUS_POSTS = ("职工", "员工", "工人", "农民", "村民")


def laudation_entry(item: str) -> tuple[str, str | None, str | None, list[str]] | None:
    """…把危险留给自己的某某网络技术有限公司职工吴某; → (name, unit, post's org, posts).

    The entry is what follows the last 的 of the laudation (or its last comma): unit, post(s)
    joined by 、 or 兼, and the name at the end.  None when no unit+post+name is there.
    """
    from loaders.extract.awards import split_person_item

    item = re.sub(r"[；;。，,\s]+$", "", item)
    item = _without_mark(item)  # 盘某(女，瑶族): the mark after the name is no part of it
    cut = max(item.rfind("的"), item.rfind("，"), item.rfind(","), item.rfind("："), item.rfind(":"))
    tail = _without_epithets(item[cut + 1 :])
    name, unit, post_org, post, _ = split_person_item(tail)
    if not name or not is_name(name):
        return None
    body = tail[: -len(name)]
    first, *more = re.split(r"、|兼", body)
    parsed = parse_post(first, allow_grade=True)
    if parsed and parsed[0]:
        unit, post_org, posts = parsed[0], parsed[0], [parsed[1]]
    elif body.endswith(STATUS_POSTS) and is_org_name(body[:-2]):
        unit, post_org, posts = body[:-2], body[:-2], [body[-2:]]  # 某某公司职工: the list's word for the job
    elif unit and post:
        posts = [post]
        more = []
    else:
        return None
    for piece in more:
        extra = parse_post(piece, allow_grade=True)
        if extra and not _is_qualification(extra[1]):
            posts.append(_post_without_unit(extra[1]))
    if unit and post_org:
        lead = _epithet_before_place(unit)
        unit, post_org = unit[len(lead) :], post_org[len(lead) :] if post_org.startswith(lead) else post_org
    return name, unit, post_org, posts


PLACE_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{2,7}?(?:省|市|自治区)")
# the head nouns of a laudation's epithet (不倒英雄, 科技尖兵, 警坛女侠): a person, not a body (国网, 南方电网)
EPITHET_END_RE = re.compile(r"(?:英雄|卫士|尖兵|先锋|能手|专家|模范|标兵|女侠|战士|好人|楷模|带头人|领头雁)$")


def _epithet_before_place(unit: str) -> str:
    """不倒英雄武汉市公安局 → 不倒英雄: an epithet glued before the unit, up to where the unit's place
    name (a province or city) starts; empty when the unit starts at once or the words before name no person."""
    for k in range(2, min(7, len(unit) - 4)):
        m = PLACE_HEAD_RE.match(unit, k)
        if m and is_place(m.group()) and EPITHET_END_RE.search(unit[:k]) and not org_kind(unit[:k]):
            return unit[:k]
    return ""


TRAILING_BRACKET_RE = re.compile(r"[（(]([^（）()]*)[）)]$")


def _without_mark(item: str) -> str:
    """某小学教师盘某(女，瑶族) → 某小学教师盘某: a gender/ethnicity mark in brackets after the name."""
    m = TRAILING_BRACKET_RE.search(item)
    return item[: m.start()] if m and MARK_RE.match(m.group(1)) else item


def _without_epithets(tail: str) -> str:
    """警坛女侠、某铁路公安处某派出所副主任科员丁某 → 某铁路公安处某派出所副主任科员丁某.

    A laudation often calls the person by descriptive nouns before the unit (民营企业家、, 青年火箭专家、,
    “场上灵魂”、); they name no unit, so the entry starts at the first 、-piece that names one (or at
    the last piece, when only it does).  A piece that ends in a quote is an epithet or an honour."""
    from loaders.extract.awards import split_person_item

    pieces = tail.split("、")
    for k, piece in enumerate(pieces[:-1]):
        parsed = parse_post(piece, allow_grade=True)
        if parsed and parsed[0] and not piece.endswith(("”", "」")):
            return "、".join(pieces[k:]) if k else tail
    if len(pieces) > 1 and split_person_item(pieces[-1])[1]:
        return pieces[-1]
    return tail


def laudation_entries(item: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """The entries of one laudation item: one, or colleagues sharing unit and post, their names
    joined by 、 at the end (…的重庆市公安局沙坪坝分局民警王某、周某； → both 民警 of that unit).
    Each partner must read as a bare name; empty when the item holds no unit+post+name."""
    found = laudation_entry(item)
    if found:
        return [found]
    body = re.sub(r"[；;。，,\s]+$", "", item)
    head, *partners = body.split("、")
    if not partners or not all(is_name(x) for x in partners):
        return []
    first = laudation_entry(head)
    if not first:
        return []
    _, unit, post_org, posts = first
    return [first] + [(x, unit, post_org, list(posts)) for x in partners]


def _post_without_unit(title: str) -> str:
    """侦查局局长 → 局长: a unit the post parser kept in the title (a common word before 局) goes."""
    lex = lexicon()
    for k in range(2, len(title) - 1):
        if org_kind(title[:k]) and lex.is_post(title[k:]):
            return title[k:]
    return title


def laudation_lists(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """她们是：…的某公司职工吴某；…的某部队指导员房某；… — each entry's person gets the list's honour
    (the one the sentence before the list or its first entry named), employer and posts.

    The run starts at 他们是/她们是/分别是/名单如下 or a holders' opener (荣获…称号的是, 当选者是, 这10位…是)
    with a colon and goes on while each sentence ends in a semicolon (the last one in a full stop); a
    line ending in the opener's colon starts a run of the lines after it.  At least two entries, and
    most of the run, must read as unit+post+name.
    Returns ``facts`` with those facts added, in place of other readers' employers and posts for
    the entry's person in the entry's sentence.
    """
    sents = [s for s in ctx.art.sentences if s.kind in ("prose", "heading")]  # 荣获…称号的是： may stand alone
    t = ctx.text
    sents = _without_captions(t, sents)  # a photo between two items does not end the run
    out = list(facts)
    for k, sent in enumerate(sents):
        head = t[sent.start : sent.end]
        opener = LAUDATION_OPEN_RE.search(head)
        if not opener:
            continue
        # the entries follow in this sentence, or one a line after a line that ends in the colon
        colon_line = not head[opener.end() :].strip()
        if not (ENTRY_END_RE.search(head) or colon_line):
            continue
        run = [sent]
        while (len(run) == 1 or ENTRY_END_RE.search(t[run[-1].start : run[-1].end])) and k + len(run) < len(sents):
            run.append(sents[k + len(run)])
        entries: list[tuple[Sentence, tuple[str, str | None, str | None, list[str]]]] = []
        for j, s in enumerate(run):
            text = t[s.start : s.end]
            if j == 0:
                text = text[opener.end() :]
            found = laudation_entries(text) or (_closing_names(ctx, s) if j else [])
            entries.extend((s, one) for one in found)
        run = _without_closing_aside(run, entries)
        read = len({id(s) for s, _ in entries})  # colleagues of one entry count once
        if read < 2 or read < 0.6 * (len(run) - colon_line):  # a colon line holds no entry
            continue
        templates = _list_honours(ctx, [sent] + ([sents[k - 1]] if k else []), out)
        # the first item's words of praise, after the colon, describe that item and name no honour of the list
        at = sent.start + opener.end()
        described = {f.value.get("title") for f in out if f.sent is sent and f.pos >= at and _described_honour(f, {})}
        templates = {title: v for title, v in templates.items() if title not in described}
        templates = templates or _shared_honours(out, entries)
        out = _laudation_facts(ctx, out, entries, templates)
    return _headed_runs(ctx, out, sents)


Entry = tuple[Sentence, tuple[str, str | None, str | None, list[str]]]


def _closing_names(ctx: Any, sent: Sentence) -> list[tuple[str, str | None, str | None, list[str]]]:
    """The people a laudation item closes on when no unit+post reads before them: the name the
    name finder found at the item's end (…的乌兰察布市卓资县自强青年刘某；), with a partner joined
    by 、 right before it (…的博士夫妇布某、澈某；); empty when the item ends on no found name."""
    t = ctx.text
    text = t[sent.start : sent.end]
    tail = ENTRY_TAIL_RE.search(text)
    end = sent.start + (tail.start() if tail else len(text))
    found = {m.end: m for m in ctx.names_in(sent.start, sent.end)}
    out: list[tuple[str, str | None, str | None, list[str]]] = []
    while end in found:
        out.insert(0, (found[end].name, None, None, []))
        end = found[end].start - 1
        if end < sent.start or t[end] != "、":
            break
    return out


def _shared_honours(facts: list[Fact], entries: list[Entry]) -> dict[str, dict[str, Any]]:
    """The list's honours when its head names none that parse (获评“X”2019网络人物评选十大感动人物分别是：):
    the named honours that other readers already gave two or more of the run's people, by title."""
    names = {name for _, (name, *_rest) in entries}
    holders: dict[str, set[str]] = {}
    values: dict[str, dict[str, Any]] = {}
    for f in facts:
        whom = names.intersection(f.persons or [])
        if f.kind != "honor" or not whom or _described_honour(f, {}):
            continue
        title = str(f.value.get("title") or "")
        holders.setdefault(title, set()).update(whom)
        values.setdefault(title, {**f.value, "_list": True})
    return {title: values[title] for title, held in holders.items() if len(held) >= 2}


# a photo's credit in brackets (新华网某某摄), and the short caption line before one (颁奖典礼现场。)
PHOTO_CREDIT_RE = re.compile(r"\s*[（(][^（）()]{0,30}摄[）)]\s*")
CAPTION_RE = re.compile(r"\s*[^，,；;：:]{2,14}。\s*")


def _without_captions(text: str, sents: list[Sentence]) -> list[Sentence]:
    """The sentences without photo captions: a bracketed credit (…摄) and the short line right before
    it that it credits (颁奖典礼现场。)."""
    drop: set[int] = set()
    for k, s in enumerate(sents):
        if PHOTO_CREDIT_RE.fullmatch(text, s.start, s.end):
            drop.add(k)
            if k and CAPTION_RE.fullmatch(text, sents[k - 1].start, sents[k - 1].end):
                drop.add(k - 1)
    return [s for k, s in enumerate(sents) if k not in drop]


def _without_closing_aside(run: list[Sentence], entries: list[Entry]) -> list[Sentence]:
    """A run closed by a sentence that holds no entry (a photo caption after the last item ended in
    a semicolon: 颁奖典礼现场。) ends before it, so the aside does not count against the run."""
    read = {id(s) for s, _ in entries}
    while len(run) > 2 and id(run[-1]) not in read:
        run = run[:-1]
    return run


def _laudation_facts(
    ctx: Any, facts: list[Fact], entries: list[Entry], templates: dict[str, dict[str, Any]]
) -> list[Fact]:
    """Each entry's employer, posts and the list's honours, in place of other readers' employers and
    posts for that person in the entry's sentence."""
    t = ctx.text
    out = list(facts)
    for s, (name, unit, post_org, posts) in entries:
        pos = t.find(name, s.start, s.end)
        pos = pos if pos >= 0 else s.start
        if unit or posts:  # a name-only entry leaves other readers' unit and post for the person
            out = [f for f in out if not (f.kind in ("employer", "position") and f.persons == [name] and f.sent is s)]
        if unit:
            org = ctx.resolve_org(employer_of(unit) or unit, pos)
            value = {"value": org, "raw_org": unit, "_stated": True}
            out.append(ctx.fact("employer", value, s, pos, persons=[name]))
        for title in posts:
            value = {"title": title, "org": ctx.resolve_org(post_org, pos), "raw_org": unit, "year": None}
            value |= {"current": False, "appointed": False, "listed": True}
            out.append(ctx.fact("position", value, s, pos, persons=[name], confidence=0.8))
        # 北大毕业的村支书、农民致富带头人、某村党支部书记吴某: the item's words of praise describe, no honour
        out = [f for f in out if not (f.sent is s and _described_honour(f, templates))]
        held = {f.value["title"] for f in out if f.kind == "honor" and name in (f.persons or [])}
        for title, value in templates.items():
            if title not in held:
                out.append(ctx.fact("honor", dict(value), s, pos, persons=[name], confidence=0.85))
    return out


ENTRY_TAIL_RE = re.compile(r"(?:[（(][^（）()]{0,12}[）)])?[；;。，,…\s]*$")


def _closing_entry(ctx: Any, sent: Sentence) -> tuple[str, str | None, str | None, list[str]] | None:
    """The person a laudation item closes on, with unit and posts when they read as such
    (…的某救助局飞行队搜救教员黄某；), else the name alone (…的山西快递小哥李某；)."""
    t = ctx.text
    text = t[sent.start : sent.end]
    read = laudation_entries(text)
    if len(read) == 1:
        return read[0]
    tail = ENTRY_TAIL_RE.search(text)
    end = sent.start + (tail.start() if tail else len(text))
    last = [m for m in ctx.names_in(sent.start, sent.end) if m.end == end]
    return (last[0].name, None, None, []) if last else None


def _described_honour(f: Fact, templates: dict[str, dict[str, Any]]) -> bool:
    """An honour another reader read in a laudation item that is not the list's: unquoted, with no
    level, place or body and no known series (农民致富带头人, 好军嫂) — the item's description."""
    from loaders.honours import honour_level, known_series

    if f.kind != "honor" or f.value.get("title") in templates:
        return False
    title = str(f.value.get("title") or "")
    raw = str(f.value.get("raw") or title)
    return not re.search(r"[“”「」『』\"]", raw) and honour_level(title) is None and not known_series(title)


# 罗某等10名个人和集体荣获“X”: the head of a counted group and the count
GROUP_HEAD_RE = re.compile(r"等\s*(\d+|[一二三四五六七八九十两]+)\s*(?:名|位|人)")


def _headed_runs(ctx: Any, facts: list[Fact], sents: list[Sentence]) -> list[Fact]:
    """…的某公司装调工罗某；…的某公路养路工普某；…的某航班机长刘某；… with no opener, after a lead
    罗某等10名个人和集体荣获“X”称号: when one entry's person heads a counted group holding X (the count
    at least the run's entries), every entry of the run holds X, with its unit and posts.

    A run is three or more sentences in a row that each end in a semicolon (and the sentence
    after the last), most of them read as unit+post+name."""
    from loaders.dates import cn_to_int

    t = ctx.text
    out = list(facts)
    k = 0
    while k < len(sents):
        if not ENTRY_END_RE.search(t[sents[k].start : sents[k].end]):
            k += 1
            continue
        j = k
        while j < len(sents) and ENTRY_END_RE.search(t[sents[j].start : sents[j].end]):
            j += 1
        run = sents[k : j + 1]  # the sentences ending in a semicolon, and the one closing the run
        k = j + 1
        if len(run) < 3 or LAUDATION_OPEN_RE.search(t[run[0].start : run[0].end]):
            continue  # an opener's run is laudation_lists' own
        entries = [(s, found) for s in run if (found := _closing_entry(ctx, s))]
        read = len(entries)
        if read < 3 or read < 0.6 * len(run):
            continue
        names = {e[1][0] for e in entries}
        templates: dict[str, dict[str, Any]] = {}
        for f in out:
            whom = [n for n in f.persons or [] if n in names]
            if f.kind != "honor" or not whom or f.pos >= run[0].start:
                continue
            m = GROUP_HEAD_RE.match(t, t.find(whom[0], f.sent.start, f.sent.end) + len(whom[0]))
            count = (int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))) if m else None
            if count is not None and count >= read:
                templates.setdefault(str(f.value.get("title")), {**f.value, "_list": True})
        if templates:
            out = _laudation_facts(ctx, out, entries, templates)
    return out


COUNTED_HEAD_RE = re.compile(
    r"^.*?(?:\d+|[一二三四五六七八九十百两]+)\s*(?:人|位|名)(?:[\u4e00-\u9fff]{0,4}?(?:女性|同志|职工|个人|劳动者))?"
)


# 10名“最美警察”代表被授予…: a quoted epithet right after a head count, the group then acting
COUNTED_EPITHET_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位)[“「『]$")
GROUP_AFTER_RE = re.compile(r"(?:代表|同志|们)?(?:被|获|荣获|成为|当选)")


def _list_honours(ctx: Any, sents: list[Sentence], facts: list[Fact]) -> dict[str, dict[str, Any]]:
    """The honours a list's lead names, by title: 授予…10位优秀女性全国三八红旗手标兵荣誉称号 → 全国三八红旗手标兵.

    A head count before the title (等10人, 10位优秀女性) is cut off; a quoted nickname directly
    before a person's name (“最美妈妈”吴某) is no honour of the list."""
    from loaders.honours import parse_honour

    out: dict[str, dict[str, Any]] = {}
    ids = {id(s) for s in sents}
    t = ctx.text
    for f in facts:
        if f.kind != "honor" or id(f.sent) not in ids:
            continue
        title = COUNTED_HEAD_RE.sub("", str(f.value.get("title") or ""))
        parsed = parse_honour(title, doc_year=ctx.doc.year) if title else None
        if parsed is None or re.search(r"[的在]", parsed.title):
            continue
        at = t.find(parsed.title, f.sent.start, f.sent.end)
        after = at + len(parsed.title) if at >= 0 else -1
        while 0 <= after < len(t) and t[after] in "”」』":
            after += 1
        if after >= 0 and any(m.start == after for m in ctx.names_in(after, after + 6)):
            continue  # “最美妈妈”吴某: a nickname
        if at >= 0 and COUNTED_EPITHET_RE.search(t, max(0, at - 8), at) and GROUP_AFTER_RE.match(t, after):
            continue  # 10名“最美警察”代表被授予…: the counted group's epithet, not the list's honour
        raw = str(f.value.get("raw") or "")
        value = dict(f.value) | {"title": parsed.title, "_list": True}
        if parsed.title in raw and raw != parsed.title:
            value["raw"] = raw[raw.index(parsed.title) :]  # the head count is no part of the honour
        value["year"] = value.get("year") or parsed.year or (ctx.doc.year if ctx.art.news or ctx.doc.year else None)
        out.setdefault(parsed.title, value)
    return out


EDITION_BEFORE_RE = r"(?:第[\d一二三四五六七八九十百]+届|首届)\s*[“「]?"


def this_editions(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """Honours written 本届X (荣获本届X称号的是：) take the edition the text names with X."""
    return [_with_this_edition(ctx, f) for f in facts]


def _with_this_edition(ctx: Any, f: Fact) -> Fact:
    """An honour written 本届X (荣获本届X称号的是：) with the edition the text names with X."""
    if f.kind != "honor" or f.value.get("edition") or "本届" not in to_simplified(str(f.value.get("raw") or "")):
        return f
    edition = _this_edition(ctx.text, str(f.value.get("title") or ""))
    return replace(f, value={**f.value, "edition": edition}) if edition else f


def _this_edition(text: str, title: str) -> str | None:
    """荣获本届X称号 after 第16届“X”评选揭晓: 本届 is the edition the text names with the series."""
    from loaders.honours import parse_honour

    m = re.search(EDITION_BEFORE_RE + re.escape(title), text)
    parsed = parse_honour(m.group(), titled=True) if m else None
    return parsed.edition if parsed else None


COUNTED_HONOUR_RE = re.compile(
    r"(?:\d+|[一二三四五六七八九十百两]+)\s*(?:人|名|位)(?:职工|同志|个人|劳模|台胞|侨胞|农民工|[\u4e00-\u9fff]{1,2}员)?(?:分别)?"
    r"(?:荣获|获得|获评为?|获|被授予|被评为|当选为?)(?P<h>[^，,。；;：:]{2,40})[，,]\s*其中"
)
MEMBERS_RE = re.compile(
    r"(?P<items>[^，,。；;：:]{3,200}?)等\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:人|名|位)(?:同志|职工)?(?!个)"
)
# 5名台胞获评为福建省劳动模范，其中甲、乙是作为车间技术工人入选的: bare names right after 其中, then what they are
BARE_MEMBERS_RE = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)+?)(?=是|为|均|都|来自|作为)")


def counted_members(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """28人荣获全国五一劳动奖章，其中某局集团有限公司某车辆段工长陈某等11人经铁路推荐，…: the people named
    with their unit and post before 等N人 in the 其中 clauses hold the counted honour.

    The honour's year and conferrers come from the same honour read elsewhere in the article (a
    headline, a lead); a clause counting collectives (等18个集体) names no person.  Returns the new facts."""
    from loaders.extract.awards import split_person_item
    from loaders.honours import parse_honour

    out = Found(ctx)
    t = ctx.text
    for sent in [s for s in ctx.art.sentences if s.kind == "prose"]:
        if "其中" not in sent.text:
            continue
        text = t[sent.start : sent.end]
        head = COUNTED_HONOUR_RE.search(text)
        if not head:
            continue
        parsed = parse_honour(head.group("h").strip(), doc_year=ctx.doc.year)
        if parsed is None:
            continue
        value = _honour_like(ctx, parsed, head.group("h").strip(), [*facts, *out])
        for k, clause in enumerate(re.split(r"[，,；;]", text[head.end() :])):
            m = MEMBERS_RE.match(clause) or (BARE_MEMBERS_RE.match(clause) if k == 0 else None)
            if not m:
                continue
            for item in m.group("items").split("、"):
                name, unit, post_org, post, _ = split_person_item(item)
                if name is None and is_name(item):
                    name = item  # 其中甲、乙是…: a bare name, no unit or post before it
                if not name or not is_name(name):
                    continue
                pos = t.find(name, sent.start + head.end(), sent.end)
                pos = pos if pos >= 0 else sent.start
                held = {f.value["title"] for f in [*facts, *out] if f.kind == "honor" and name in (f.persons or [])}
                if parsed.title not in held:
                    out.add("honor", dict(value), sent, pos, persons=[name], confidence=0.85)
                if unit:
                    org = ctx.resolve_org(employer_of(unit) or unit, pos)
                    out.add("employer", {"value": org, "raw_org": unit, "_stated": True}, sent, pos, persons=[name])
                if post:
                    pv = {"title": post, "org": ctx.resolve_org(post_org, pos), "raw_org": unit, "year": None}
                    pv |= {"current": False, "appointed": False, "listed": True}
                    out.add("position", pv, sent, pos, persons=[name], confidence=0.8)
    return out


def _honour_like(ctx: Any, parsed: Any, raw: str, facts: list[Fact]) -> dict[str, Any]:
    """The honour value for list members: the article's own reading of that honour (year,
    conferrers) in ``facts`` when it has one, else the phrase's."""
    same = [f.value for f in facts if f.kind == "honor" and f.value.get("title") == parsed.title]
    if same:
        best = max(same, key=lambda v: (v.get("year") is not None, len(v.get("conferred_by") or [])))
        value = dict(best) | {"raw": raw, "_list": True}
        value["year"] = value.get("year") or parsed.year or _title_year(ctx)
        value["conferred_by"] = list(
            value.get("conferred_by") or max(same, key=lambda v: len(v.get("conferred_by") or []))["conferred_by"] or []
        )
        return value
    return {
        "title": parsed.title,
        "raw": raw,
        "edition": parsed.edition,
        "year": parsed.year or _title_year(ctx) or (ctx.doc.year if ctx.art.news else None),
        "level": parsed.level,
        "category": parsed.category,
        "conferred_by": list(parsed.conferred_by),
        "_list": True,
        "_verb": True,
        "_past": False,
    }


def _title_year(ctx: Any) -> int | None:
    """The year the article's headline states (…荣获二〇一九年全国五一劳动奖章), if any."""
    from loaders.dates import find_dates

    heads = [s for s in ctx.art.sentences if s.kind in ("title", "heading")][:1]
    if not heads:
        return None
    years = [d.year for d in find_dates(heads[0].text, doc_year=ctx.doc.year) if d.year]
    return years[0] if years else None


BRACKET_ROW_RE = re.compile(r"\s*([\u4e00-\u9fff·]{2,6})\s*[（(]([\u4e00-\u9fff（）()]{2,30})[）)]\s*[。；;，,]?\s*")
BRANCH_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}分(?:厂|公司|院|局|部)$")
ROSTER_MIN = 3  # a run of fewer lines may be prose that happens to fit


def _roster_row(line: str) -> tuple[str, str, str | None, str | None, bool] | None:
    """One roster line → (name, unit, post's organisation, post, unit has a kind), or None.

    A line ``姓名（单位）`` with a short unit (京山轻机, 市二医) reads too: the run it stands in
    decides whether such a bracket is a unit (see ``roster_employers``)."""
    if "：" in line or ":" in line or len(line) > 80:
        return None
    person = parse_list_line(line)
    if person is not None and person.unit:
        return person.name, person.unit, person.post_org, person.post, True
    m = BRACKET_ROW_RE.fullmatch(line)
    if not m or not is_name(m.group(1)):
        return None
    note = m.group(2)
    if MARK_RE.match(note) or parse_post(note, allow_grade=True) is not None or note in lexicon().grades:
        return None
    return m.group(1), note, note, None, bool(org_kind(note) or is_org_name(note))


def roster_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """陈某（某食用菌专业合作社） / 王某（某小学） … one person a line, three lines or more: each
    line's unit employs its person (and its post, when the line has one), when no other reader
    placed them.  At least half the lines must name a unit by its kind, so a run of
    ``姓名（说明）`` lines whose brackets are notes, not units, gives nothing.  Returns the new facts."""
    out = Found(ctx)
    t = ctx.text
    run: list[tuple[Sentence, tuple[str, str, str | None, str | None, bool]]] = []
    for sent in [*ctx.art.sentences, None]:
        row = None
        if sent is not None and sent.kind not in ("byline", "meta", "title", "subtitle"):
            row = _roster_row(t[sent.start : sent.end].strip())
        if sent is not None and row is not None:
            run.append((sent, row))
            continue
        if len(run) >= ROSTER_MIN and 2 * sum(1 for _, r in run if r[4]) >= len(run):
            for s, r in run:
                _roster_facts(ctx, s, r, facts, out)
        run = []
    return out


def _roster_facts(
    ctx: Any, sent: Sentence, row: tuple[str, str, str | None, str | None, bool], facts: list[Fact], out: Found
) -> None:
    name, unit, post_org, post, _ = row
    if any(f.kind == "employer" and f.persons == [name] for f in [*facts, *out]):
        return
    pos = sent.start + max(ctx.text.find(name, sent.start, sent.end) - sent.start, 0)
    body = employer_of(unit) or unit
    if body == unit or not BRANCH_RE.search(body):
        # 铸锻分厂锻造车间…班: a branch named without its company is no employer (the company is elsewhere)
        org = ctx.resolve_org(body, pos)
        out.add("employer", {"value": org, "raw_org": unit, "_stated": True}, sent, pos, persons=[name])
    if post and not any(f.kind == "position" and f.persons == [name] for f in [*facts, *out]):
        value = {"title": post, "org": ctx.resolve_org(post_org, pos), "raw_org": unit, "year": None, "current": False}
        value |= {"appointed": False, "listed": True}
        out.add("position", value, sent, pos, persons=[name], confidence=0.8)


def next_line_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """A line that is only a name, and under it a line that is only a unit and post
    (孙某 / 某蟹业有限公司研发中心主任): the unit employs that person and the post is theirs, when no
    other reader placed them.  Returns the new facts."""
    out = Found(ctx)
    sents = [s for s in ctx.art.sentences if s.kind not in ("byline", "meta")]
    for sent, below in pairwise(sents):
        names = ctx.names_in(sent.start, sent.end)
        line = sent.text.strip()
        if len(names) != 1 or names[0].name != line or _placed(line, [*facts, *out]):
            continue
        text = below.text.strip().rstrip("。")
        post = parse_post(text, allow_grade=True) if len(text) <= 50 else None
        if not post or not post[0] or not is_org_name(post[0]) or ctx.names_in(below.start, below.end):
            continue
        body = employer_of(post[0])
        if not body:
            continue
        m = names[0]
        out.add(
            "employer",
            {"value": ctx.resolve_org(body, m.start), "raw_org": post[0], "_stated": True},
            sent,
            m.start,
            persons=[m.name],
        )
        value = {"title": post[1], "org": ctx.resolve_org(post[0], m.start), "raw_org": post[0], "year": None}
        value |= {"current": True, "appointed": False, "listed": True}
        out.add("position", value, sent, m.start, persons=[m.name], confidence=0.8)
    return out


FOUNDED_RE = re.compile(
    r"(?:创办|创建|创立|领办|牵头成立|组建)(?:了|起)?[“「]?(?P<org>[^，,。；;、“”「」（）()]{4,40}?)[”」]?(?=[，,。；;（(]|$)"
)


def founded_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """2003年，他…创办了某县恒丰蔬菜专业合作社: the body a person founded (a company, a cooperative, a
    farm) employs them, when no other reader placed them.  The founder is the last name before the
    verb in the sentence, else the person whose section or profile it is.  Returns the new facts."""
    out = Found(ctx)
    t = ctx.text
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "heading"):
            continue
        for m in FOUNDED_RE.finditer(t, sent.start, sent.end):
            org = m["org"]
            if not is_org_name(org) or org_tier(org) != "body" or employer_of(org) != org:
                continue
            before = ctx.names_in(sent.start, m.start())
            who = before[-1].name if before else (ctx.section_at(m.start()) or ctx.main)
            if not who or _placed(who, [*facts, *out]):
                continue
            value = {"value": ctx.resolve_org(org, m.start("org")), "raw_org": org, "_stated": True}
            out.add("employer", value, sent, m.start(), persons=[who])
    return out


BRACKET_AFTER_RE = re.compile(r"[（(]([^（()）]{4,60})[）)]")


def _unplaced_names_before(
    ctx: Any, facts: list[Fact], out: Found, pattern: re.Pattern[str]
) -> Iterator[tuple[Any, Any, re.Match[str]]]:
    """(sentence, name, match) for each name in running text that ``pattern`` matches right after,
    whom no fact of ``facts`` nor of ``out`` (as it grows) places yet."""
    t = ctx.text
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "heading"):
            continue
        for m in ctx.names_in(sent.start, sent.end):
            hit = pattern.match(t, m.end, sent.end)
            if hit and not _placed(m.name, [*facts, *out]):
                yield sent, m, hit


def bracket_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """王某（某集团有限公司盾构机主司机）、李某（某供电公司）荣获…: a unit, with or without a post, in
    brackets right after a name in running text employs that person (and gives the post), when no
    other reader placed them.  Each 、-part of the bracket is tried; a part with a post at a body
    wins, else the first part naming a body.  Returns the new facts."""
    out = Found(ctx)
    for sent, m, bm in _unplaced_names_before(ctx, facts, out, BRACKET_AFTER_RE):
        parts = [p.strip() for p in re.split(r"[、，,]", bm.group(1)) if p.strip()]
        posts = [(p, parse_post(p, allow_grade=True)) for p in parts]
        held = next(((p, r) for p, r in posts if r and r[0] and is_org_name(r[0])), None)
        if held:
            unit: str | None = held[1][0]
            post: tuple[str | None, str] | None = held[1]
        else:
            unit = next((p for p in parts if is_org_name(p) and org_tier(p) == "body"), None)
            post = None
        body = employer_of(unit) if unit else None
        if not unit or not body:
            continue
        out.add(
            "employer",
            {"value": ctx.resolve_org(body, m.start), "raw_org": unit, "_stated": True},
            sent,
            m.start,
            persons=[m.name],
        )
        if post:
            value = {"title": post[1], "org": ctx.resolve_org(post[0], m.start), "raw_org": unit, "year": None}
            value |= {"current": True, "appointed": False, "listed": True}
            out.add("position", value, sent, m.start, persons=[m.name], confidence=0.8)
    return out


LIST_GAP_RE = re.compile(r"[。；;！？!?：:\n]")


def shared_body_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """航天某厂五车间探伤工王某、二车间贴片工李某 / 某市医院骨科护士长张某、肿瘤内科护士何某: a list
    names the body once, with its first item's department; a later item's department alone
    (二车间, 肿瘤内科) is a part of that body, which employs its person too (the post is held at
    body+department).

    Only a department named by itself (a unit-tier kind, no body of its own in it) is read so,
    and only after an earlier item of the same clause run (no full stop, semicolon or colon
    between) whose employer is a body.  Returns ``facts`` with those employers and posts updated
    (as new facts)."""
    from loaders.orgs import org_tier

    t = ctx.text
    out = list(facts)
    employers = [k for k, f in enumerate(out) if f.kind == "employer" and f.persons and len(f.persons) == 1]
    placed = [k for k, f in enumerate(out) if f.kind in ("employer", "position") and f.persons and len(f.persons) == 1]
    for k in employers:
        f = out[k]
        assert f.persons is not None  # (employers holds only facts with one person)
        unit = f.value.get("value") or ""
        if not unit or org_tier(unit) != "unit" or employer_of(unit) != unit or len(unit) > 8:
            continue
        earlier = [
            (g.pos, body)
            for g in (out[j] for j in placed)
            if g.sent.start == f.sent.start
            and g.pos < f.pos
            and g.persons != f.persons
            and (body := _body_of(g))
            and not LIST_GAP_RE.search(t, g.pos, f.pos)
        ]
        if not earlier:
            continue
        body = max(earlier)[1]
        name = f.persons[0]
        out[k] = replace(f, value={**f.value, "value": body})
        for j, p in enumerate(out):
            if p.kind == "position" and p.persons == [name] and p.value.get("org") == unit:
                out[j] = replace(p, value={**p.value, "org": body + unit})
    return out


def _body_of(fact: Any) -> str:
    """The body of an employer or position fact that names body+department (航天某厂五车间,
    某市医院骨科), else '': only a list whose first item spells out the department path leaves
    the body out of the next ones; 原某厂张某、铸造事业部杨某 names two units side by side."""
    from loaders.orgs import org_tier

    written = (fact.value.get("raw_org") if fact.kind == "employer" else fact.value.get("org")) or ""
    body = employer_of(written)
    if not body or body == written or org_tier(body) != "body" or org_tier(written) != "unit":
        return ""
    return body


# what may stand between a clause's start and the unit glued before a name (我县/其中/近日…)
UNIT_LEAD_RE = re.compile(r"^(?:其中|另外|此外|同时|近日|日前|我(?:省|市|县|区|州|旗))*")
UNIT_CUT_RE = re.compile(r"[，,。；;：:、“”「」（）()！？!?\s]|[的是在和与及由]|共有|还有|包括")
# 全国能源电力系统共有某供电公司张某: a verb of counting before the unit is no part of it
UNIT_VERB_RE = re.compile(r"共有|还有|包括")


_PLACE_HEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|旗)")


def _place_service_unit(unit: str) -> bool:
    """某区环境卫生服务中心, 某县环卫管理站: a centre, station or office a town or district names is a
    public body of its own (the dev README's 站/中心 at the employer level), not a company's part."""
    from loaders.orgs import is_place, org_kind, split_org

    if org_kind(unit) not in ("中心", "站", "其他", "部") or len(split_org(unit)) != 1:
        return False
    if not unit.endswith(("中心", "站", "所", "处")):
        return False
    head = _PLACE_HEAD_RE.match(unit)
    return bool(head and is_place(head.group()) and len(unit) - head.end() >= 4)


def _employ_if_body(out: Found, facts: list[Fact], unit: str, m: Any, sent: Sentence) -> None:
    """``unit`` (written just before the name ``m``) employs that person, if it reads as a body by
    its kind and no reader has placed them yet."""
    from loaders.orgs import is_brand, org_tier

    brand = is_brand(unit) and not re.search(r"[，,、。；;：:！？“”\s]", unit)  # 茂名石化吴某: no kind word
    brand = brand or trade_name_before(unit) == unit  # 顺丰速运的张某: a known brand and its trade word
    body = brand or (is_org_name(unit) and (org_tier(unit) == "body" or _place_service_unit(unit)))
    if len(unit) < 4 or not body or employer_of(unit) != unit:
        return
    if _placed(m.name, [*facts, *out]):
        return
    org = out.ctx.resolve_org(unit, m.start)
    out.add("employer", {"value": org, "raw_org": unit, "_stated": True}, sent, m.start, persons=[m.name])


def unit_name_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """沭阳公司丁某被授予… / 我县某管件有限公司袁某被授予…: a body named right before a person's
    name, opening its clause, employs that person when no other reader placed them.

    The unit must open the clause (after a lead such as 其中 or 我县) and read as a body by its
    kind suffix; a department (车间, 班组) or a place names no employer, and a unit followed by
    a post (…公司经理王某) is the post readers' business.  Returns the new facts."""

    out = Found(ctx)
    t = ctx.text
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "title", "heading"):
            continue
        for m in ctx.names_in(sent.start, sent.end):
            head = _epithet_cut(t[max(sent.start, m.start - 40) : m.start])
            unit = UNIT_CUT_RE.split(head)[-1]
            unit = UNIT_LEAD_RE.sub("", unit)
            # 中联品检（福建）检测服务有限公司林某: the name the organisation finder read (brackets and all)
            whole = next(
                (
                    o.name
                    for o in ctx.orgs.mentions
                    if o.end == m.start and o.name.endswith(unit) and not UNIT_VERB_RE.search(o.name)
                ),
                unit,
            )
            _employ_if_body(out, facts, _department_host(whole) if unit else unit, m, sent)
    return out


# 某医院、人民的好医生王某: a laud of the person (someone's good doctor) between the unit and the name
EPITHET_TAIL_RE = re.compile(r"、[\u4e00-\u9fff]{1,6}的好[\u4e00-\u9fff]{1,4}$")


def _epithet_cut(head: str) -> str:
    """The words before a name with a laud after 、 left out (武汉市某医院、人民的好医生 → 武汉市某医院),
    so the unit the clause opens with is the one written before the name."""
    return EPITHET_TAIL_RE.sub("", head)


def _department_host(unit: str) -> str:
    """徐州市第一人民医院眼防所 before a name: a department written after its body (a hospital's
    institute, a company's division) is where the person works, and the body employs them; the name
    as written otherwise."""
    from loaders.orgs import org_tier

    body = employer_of(unit)
    return body if body and body != unit and org_tier(unit) == "unit" and org_tier(body) == "body" else unit


OF_UNIT_OPEN_RE = re.compile(r"分别是|分别为|他们是|她们是|依次是|包括|名单如下|[：:]")
OF_UNIT_CUT_RE = re.compile(r"[，,。；;：:、“”「」（）()！？!?\s]|以及|分别是|分别为|他们是|她们是|依次是|包括|和|及")


def of_unit_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """他们分别是某建设集团有限公司的张某、某职业培训学校的李某以及…的王某: in an enumeration, the body
    written before 的 and a name employs that person, when no other reader placed them.

    Only items after an enumeration opener (分别是, 他们是, 包括, a colon) are read, and the unit must
    read as a body by its kind (a place, a department or an epithet before 的 names no employer).
    Outside an enumeration, a body the organisation finder read whole before 的 and a name is
    read too (``_of_found_body``), and in any sentence a post after 现任/时任 closed by 的 before a
    name (``_current_post_of``).  Returns the new facts."""

    out = Found(ctx)
    t = ctx.text
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "heading"):
            continue
        _current_post_of(ctx, sent, facts, out)
        opener = OF_UNIT_OPEN_RE.search(t, sent.start, sent.end)
        if opener is None:
            _of_found_body(ctx, sent, facts, out)
            continue
        for m in ctx.names_in(opener.end(), sent.end):
            if t[m.start - 1 : m.start] != "的":
                continue
            unit = OF_UNIT_CUT_RE.split(t[max(opener.end(), m.start - 41) : m.start - 1])[-1]
            _employ_if_body(out, facts, unit, m, sent)
    return out


OF_STATUS_RE = re.compile(r"的(?:(?:退休|老|青年|女)?(?:职工|员工|工人))?$")


def _of_found_body(ctx: Any, sent: Sentence, facts: list[Fact], out: Found) -> None:
    """长沙某厂的退休工人廖某 / 上海某电缆股份有限公司的韩某教授: outside an enumeration, a body the
    organisation finder read whole, then 的 (and at most a status word), then a name, employs
    that person when no other reader placed them."""
    t = ctx.text
    for m in ctx.names_in(sent.start, sent.end):
        head = t[max(sent.start, m.start - 12) : m.start]
        of = OF_STATUS_RE.search(head)
        if of is None:
            continue
        at = m.start - (len(head) - of.start())
        org = next((o for o in ctx.orgs.mentions if o.end == at and o.start >= sent.start), None)
        if org is not None:
            _employ_if_body(out, facts, org.name, m, sent)
            continue
        trade = trade_name_before(t[max(sent.start, at - 8) : at])  # 顺丰速运的张某: a brand and its trade word
        if trade:
            _employ_if_body(out, facts, trade, m, sent)


CURRENT_POST_RE = re.compile(r"(?:现任|现为|时任|身为)(?P<post>[^，,。；;、：:“”「」（）()\s]{2,30})的$")


def _current_post_of(ctx: Any, sent: Sentence, facts: list[Fact], out: Found) -> None:
    """…、现任某矿综采队副队长的王某: a post introduced by 现任/时任 and closed by 的 before a name is
    that person's post (and its body, if any, their employer when no other reader placed them)."""
    t = ctx.text
    for m in ctx.names_in(sent.start, sent.end):
        c = CURRENT_POST_RE.search(t, max(sent.start, m.start - 36), m.start)
        post = parse_post(c["post"]) if c else None
        if c is None or post is None:
            continue
        org, title = post
        generic = re.match(r"(?:企业|单位|公司|集团)(?P<rest>.{2,})$", title) if not org else None
        if generic and lexicon().is_post(generic["rest"]):
            title = generic["rest"]  # 身为企业总工程师的王某: an unnamed 企业 is no part of the title
        mine = [*facts, *out]
        if any(f.kind == "position" and f.persons == [m.name] and f.value.get("title") == title for f in mine):
            continue
        value = {"title": title, "org": ctx.resolve_org(org, m.start) if org else None, "raw_org": org, "year": None}
        value |= {"current": c.group().startswith(("现", "身")), "appointed": False}
        out.add("position", value, sent, m.start, persons=[m.name], confidence=0.8)
        if org:
            _employ_if_body(out, facts, employer_of(org) or "", m, sent)


DEPUTY_CUT_RE = re.compile(r"[，,。；;：:、“”「」‘’（）()《》\s]")


def deputy_posts(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """环卫工某某当选全国人大代表 / …，党的十九大代表、中国工会十八大代表，… / 获得…、第十二届全国人大代表等荣誉称号:
    an elected deputy's office is a post of the person the sentence is about (the nearest name
    before it, else the section's or the article's person), wherever the text writes it; a
    deputy written before a name (全国人大代表张某) is the descriptor reader's.  Returns the new facts."""
    from loaders.extract.posts import DEPUTY_END_RE, deputy_title

    out = Found(ctx)
    t = ctx.text
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "title", "heading", "subtitle") or "代表" not in sent.text:
            continue
        for m in DEPUTY_END_RE.finditer(t, sent.start, sent.end):
            start = m.start()
            while start > sent.start and not DEPUTY_CUT_RE.match(t[start - 1]):
                start -= 1
            title = deputy_title(t[start : m.end()])
            if not title:
                continue
            pos = m.end() - len(title)
            if any(n.start == m.end() for n in ctx.names_in(m.end(), min(m.end() + 5, sent.end))):
                continue  # 全国人大代表张某: a descriptor
            if any(
                f.kind == "position"
                and f.sent.start == sent.start
                and (title in f.value["title"] or f.value["title"] in title)
                for f in [*facts, *out]
            ):
                continue
            value = {"title": title, "org": None, "raw_org": None, "year": None, "current": False, "appointed": True}
            out.add("position", value, sent, pos, confidence=0.8)
    return out


def post_employers(positions: list[Fact]) -> list[str]:
    """The bodies a person's posts are held at, for a person no reader gave an employer (馆长 of
    某艺术馆 in a list, 常务副书记 of 某工委 in a past clause): each post held at a body (not a
    team alone, a village, a secondment or an appointment such as 专家, 委员, 代表) names it."""
    from loaders.extract.posts import is_village
    from loaders.orgs import split_org

    out: list[str] = []
    for f in positions:
        org = str(f.value.get("org") or "")
        if not org or len(org) > 40 or re.search(r"[，,、；;：:]", org):
            continue  # a list read as one unit
        if f.value.get("appointed") or org.startswith("驻") or is_village(org):
            continue
        if not any(org_tier(p.name) == "body" for p in split_org(org)):
            continue
        body = employer_of(org)
        if body and body not in out:
            out.append(body)
    return out


UNIT_ROSTER_RE = re.compile(
    r"\s*(?P<unit>[^：:，,。；;、\s]{3,40})\s*[：:]\s*(?P<names>[^：:。；;]{2,200}?)\s*[。；;]?\s*"
)


def unit_roster_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """某人民医院：沈某、周某 / 某卫生院：张某 — a list line that names a unit, a colon and the names of
    its people (the 名单 grouped by unit): the unit employs each of them, when no other reader
    placed them.  Every item after the colon must read as a name and the unit as a body by its kind;
    a line with one name counts only among two such lines or more.  Returns the new facts."""
    out = Found(ctx)
    t = ctx.text
    lines = []
    for sent in ctx.art.sentences:
        if sent.kind in ("byline", "meta", "title", "subtitle"):
            continue
        m = UNIT_ROSTER_RE.fullmatch(t, sent.start, sent.end)
        if not m:
            continue
        items = [x for x in re.split(r"[、，,\s]+", m["names"]) if x]
        body = employer_of(m["unit"]) if is_org_name(m["unit"]) else ""
        if items and all(is_name(x) for x in items) and body and org_tier(body) == "body":
            lines.append((sent, m, body, items))
    for sent, m, body, items in lines:
        if len(items) < 2 and len(lines) < 2:
            continue  # one unit and one name, alone: a line of prose may read so
        unit = m["unit"]
        pos = m.start("names")
        for item in items:
            at = t.find(item, pos, sent.end)
            pos = at + len(item)
            if _placed(item, [*facts, *out]):
                continue
            value = {"value": ctx.resolve_org(body, at), "raw_org": unit, "_stated": True}
            out.add("employer", value, sent, at, persons=[item])
    return out


JOINED_RE = re.compile(
    r"(?:从(?P<came>[^，。；、：（()从]{3,30}?))?"
    r"(?:来到|进入|入职|分配到|分配至|调入|调到|调进|招工到|招工进入|(?<=[年岁])(?:进|到))"
    r"(?P<org>[^，。；、：（()]{3,40}?)(?=工作|从事|当|做|任职|任教|担任|成为|上班|时[，,]|[，。；]|$)"
)
JOINED_NOT_RE = re.compile(
    r"学习|读书|就读|深造|进修|参观|调研|考察|慰问|看望|视察|走访|参加|培训|交流|采访|宣讲|比赛|竞赛"
)
SCHOOL_KINDS = ("学校",)


def joined_employers(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """1948年进入某机务段工作 / 大学毕业的王某来到某供电公司从事检修工作 / 从某水泥厂调入某救护队: the body
    a person went to work at (and the one they came from) employs them — a profile's employers
    include the past ones.  The person is the nearest name before the verb in the sentence, else the
    one the profile is about.  A visit (来到某公司调研), a course (进入某学校学习) or a team alone names
    no employer; a school does only when the person works there (进入某中学任教).  Returns the new facts."""
    out = Found(ctx)
    t = ctx.text
    for sent in ctx.art.sentences:
        if sent.kind not in ("prose", "heading"):
            continue
        for m in JOINED_RE.finditer(t, sent.start, sent.end):
            clause_end = next((i for i in range(m.end(), sent.end) if t[i] in "，。；"), sent.end)
            after = t[m.end() : clause_end]
            if JOINED_NOT_RE.search(after):
                continue
            names = ctx.names_in(sent.start, m.start())
            persons = [names[-1].name] if names else None
            for key in ("came", "org"):
                unit = (m[key] or "").strip()
                body = employer_of(unit) if unit and is_org_name(unit) else ""
                if not body or org_tier(body) != "body":
                    continue
                if org_kind(body) in SCHOOL_KINDS and not re.match(r"工作|任教|任职|当老师|当教师", after):
                    continue
                value = {"value": ctx.resolve_org(body, m.start(key)), "raw_org": unit, "_stated": True}
                out.add("employer", value, sent, m.start(key), persons=persons, confidence=0.75)
    return out


# 张某为某理发店主任 / 李某系某公司职工: the formal copula right after a name, then the unit and post
COPULA_RE = re.compile(r"[为系](?:原|现)?")


def copula_posts(ctx: Any, facts: list[Fact]) -> list[Fact]:
    """王某为某公司下属某店主任，…: a name, the formal copula 为 or 系, then a post at a unit up to the
    clause's end — the unit employs that person and the post is theirs, when no other reader placed
    them (被评为, 称为 and the like have no name right before 为).  Returns the new facts."""
    out = Found(ctx)
    t = ctx.text
    for sent, m, cm in _unplaced_names_before(ctx, facts, out, COPULA_RE):
        end = next((i for i in range(cm.end(), sent.end) if t[i] in "，,。；;：:！？（("), sent.end)
        phrase = re.sub(r"^.{0,8}?(?:下属|所属|旗下)(?:原|现)?", "", t[cm.end() : end])
        post = parse_post(phrase) if 4 <= len(phrase) <= 40 else None
        if not post or not post[0] or not is_org_name(post[0]):
            continue
        body = employer_of(post[0])
        if not body or org_tier(body) != "body":
            continue
        start = end - len(phrase)
        value = {"value": ctx.resolve_org(body, start), "raw_org": post[0], "_stated": True}
        out.add("employer", value, sent, start, persons=[m.name])
        pos = {"title": post[1], "org": ctx.resolve_org(post[0], start), "raw_org": post[0], "year": None}
        pos |= {"current": True, "appointed": False}
        out.add("position", pos, sent, start, persons=[m.name], confidence=0.75)
    return out


UNIT_LIST_MARK_RE = re.compile(r"[、，,；;]")


def lowest_employers(employers: list[str]) -> list[str]:
    """A person's employers as the profile gives them: 时任 before a unit cut (``_office_lead_cut``);
    白玉县国有林业局 and 白玉县国有林业局拉龙林场 as one person's employers: the body the longer
    name writes whole before a unit of its own is that unit's parent, and the employer is the
    lowest unit (the convention: down to the mine/factory/plant/branch); the parent goes."""
    employers = list(dict.fromkeys(_office_lead_cut(e) for e in employers))
    # 某协会会员、某研究会理事、某协会: a run of memberships read as one unit names no employer
    employers = [e for e in employers if not UNIT_LIST_MARK_RE.search(e)]
    if len(employers) < 2:
        return employers
    out: list[str] = []
    for e in employers:
        rests = [r for r in (_rest_after(e, o) for o in employers if o != e) if r and len(r) >= 2]
        if any(org_tier(r) == "body" for r in rests):
            continue
        out.append(e)
    return out


def _rest_after(body: str, longer: str) -> str | None:
    """What ``longer`` writes after ``body``: 白玉县国有林业局拉龙林场 after 白玉县国有林业局 → 拉龙林场;
    a city written before the body counts as the same body's place (随州市曾都区公安分局西城派出所
    after 曾都区公安分局 → 西城派出所).  None when ``longer`` does not write ``body`` so."""
    at = longer.find(body)
    if at < 0 or (at > 0 and not is_place(longer[:at])):
        return None
    return longer[at + len(body) :]


# 我院急诊科, 我校材料科学与工程学院, 本厂机修车间: a unit of the page's own body, named only as "our" body
# (or the reference alone, 我院 of 我院院长: no unit named)
OWN_BODY_UNIT_RE = re.compile(r"^(?:我|本)(?P<kind>公司|集团|院|校|局|所|站|厂|矿|段)(?=[\u4e00-\u9fff]{2}|$)")
# the own-body words a page writes for the one enterprise it names (orgfind.HOME_KINDS)
ENTERPRISE_REFERENCES = ("公司", "集团", "厂", "矿")


def own_body_employers(employers: list[str], home: str | None) -> list[str]:
    """An employer written as a unit of "our" body (我院急诊科主任苏某: the page's own hospital) is
    the one enterprise the page names (``home``, for 我公司/我厂/我矿), else the unit as the text
    names it without "our" body (急诊科, as a department written alone is kept) — nothing is
    supplied from outside the text, and 我院 is no part of any name."""
    out: list[str] = []
    for e in employers:
        m = OWN_BODY_UNIT_RE.match(to_simplified(e))
        if not m:
            out.append(e)
        elif home and m.group("kind") in ENTERPRISE_REFERENCES:
            out.append(home)
        elif org_kind(rest := e[m.end() :]):
            out.append(rest)
    return list(dict.fromkeys(out))
