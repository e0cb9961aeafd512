"""Two-stage resolution: reading the candidates' facts only where a decision could depend on
them changes no decision.

The store holds a 焦煤集团 honour list with many 张伟 and 王芳 (one per mine and team, born
in different years, honoured in different years) and a few rarer names; two later lists
name some of them again: at the same team (their key), at the mine above their team, with
an honour they already hold, born in another year, under another spelling.  Each list is
resolved once reading every candidate's awards, posts and works (``PeopleIndex.load``
without ``mentions``, ``decide`` comparing every pair) and once in two stages (with them,
``decide`` leaving out far namesakes); the decisions must be the same, score and reasons
included.  Store tests run on the embedded store and on the real Neo4j
server.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from bench.resolution import resolve_profiles
from graph.store import GraphStore
from loaders.pipeline import load_profiles
from loaders.resolve import (
    MERGE,
    NEW,
    REVIEW,
    SAME,
    Chain,
    PeopleIndex,
    PersonRecord,
    compare,
    decide,
    score_bounds,
    weights,
)
from tests.conftest import numbered_page

MINES = ("九里山矿", "古汉山矿", "演马庄矿", "中马村矿")
TEAMS = ("机电运转队", "综采一队", "掘进二队")
HONOURS = ("焦作市劳动模范", "焦煤集团劳动模范", "河南省劳动模范")


def worker(
    name: str,
    employer: str,
    born: str | None,
    honours: list[tuple[str, int]],
    *,
    gender: str = "男",
    aliases: list[str] | None = None,
    post: str | None = None,
) -> dict[str, Any]:
    sentence = f"{employer}{name}"
    person: dict[str, Any] = {
        "name": name,
        "employers": [employer],
        "born": born,
        "gender": gender,
        "honors": [
            {"title": t, "year": y, "evidence": {"sentence": f"{sentence}，{t}（{y}年）。"}} for t, y in honours
        ],
    }
    if aliases:
        person["aliases"] = aliases
    if post:
        person["positions"] = [{"title": post, "org": employer, "evidence": {"sentence": f"{sentence}任{post}。"}}]
    return person


def honour_list(n: int, title: str, people: list[dict[str, Any]]) -> dict[str, Any]:
    return numbered_page(n, people, title=title, source=f"jiaozuo-honours-{n}.json", mark="a")


def stored_lists() -> list[dict[str, Any]]:
    """What the store holds: 12 张伟 and 12 王芳 of 焦煤集团, and a few rarer people."""
    people = []
    for i, (mine, team) in enumerate(itertools.product(MINES, TEAMS)):
        unit = f"焦煤集团{mine}{team}"
        people.append(worker("张伟", unit, f"{1966 + i}-{1 + i % 12:02d}", [(HONOURS[i % 3], 2015 + i % 5)]))
        born = f"{1970 + i}" if i % 2 else None
        people.append(worker("王芳", unit, born, [(HONOURS[(i + 1) % 3], 2016 + i % 4)], gender="女", post="班组长"))
    people += [
        worker("李军萍", "修武县总工会", "1971-04", [("焦作市五一劳动奖章", 2019)], gender="女"),
        worker("赵来宾", "焦煤集团冯营矿", "1964-08", [("全国五一劳动奖章", 2015)], post="矿长"),
        worker("赵来宾", "郑州煤矿机械集团", "1970", [("河南省劳动模范", 2012)]),
    ]
    return [honour_list(1, "焦煤集团劳动模范和先进工作者名单（2015—2020年）", people)]


def incoming_lists() -> list[dict[str, Any]]:
    """Two later lists naming some of them again, and some new people of the same names."""
    first = [
        worker("张伟", "焦煤集团九里山矿机电运转队", "1966-01", [("焦作市劳动模范", 2015)]),  # its key
        worker("张伟", "焦煤集团古汉山矿", "1969-04", [("焦作市劳动模范", 2018)]),  # the mine above a team
        worker("张伟", "焦煤集团演马庄矿综采一队", "1990", []),  # born in another year
        worker("张伟", "焦煤集团", None, [("河南省劳动模范", 2016)]),  # an honour several hold
        worker("王芳", "焦煤集团中马村矿", "1981", [("焦作市劳动模范", 2019)], gender="女", post="班组长"),
        worker("王芳", "焦煤集团九里山矿", "1988", [], gender="女"),
        worker("李君萍", "修武县妇联", "1971", [], gender="女", aliases=["李军萍"]),
    ]
    second = [
        worker("张伟", "焦煤集团古汉山矿掘进二队", "1969", [("焦作市劳动模范", 2018)]),  # the one merged above
        worker("张伟", "平煤神马集团一矿", "1990-02", [("平顶山市劳动模范", 2021)]),
        worker("赵来宾", "焦煤集团", "1964", [("全国五一劳动奖章", 2015)], post="矿长"),
        worker("王芳", "焦煤集团中马村矿综采一队", None, [("焦作工匠", 2022)], gender="女"),
    ]
    return [
        honour_list(2, "焦作市劳动模范名单（2023年）", first),
        honour_list(3, "焦煤集团先进个人表彰决定（2023年）", second),
    ]


@pytest.fixture
def honoured(store: GraphStore) -> GraphStore:
    load_profiles(store, stored_lists())
    return store


def test_two_stage_resolution_decides_every_incoming_person_as_reading_everything_does(honoured: GraphStore) -> None:
    exhaustive = resolve_profiles(honoured, incoming_lists(), two_stage=False, every_pair=True)
    two_stage = resolve_profiles(honoured, incoming_lists(), two_stage=True)
    assert {d["action"] for d in exhaustive.decisions} == {NEW, SAME, MERGE, REVIEW}
    assert two_stage.decisions == exhaustive.decisions


def test_two_stage_resolution_over_slices_of_documents_decides_as_reading_everything_does(
    honoured: GraphStore,
) -> None:
    exhaustive = resolve_profiles(honoured, incoming_lists(), two_stage=False, every_pair=True)
    sliced = resolve_profiles(honoured, incoming_lists(), two_stage=True, slice_docs=1)
    assert sliced.decisions == exhaustive.decisions


def test_two_stage_resolution_reads_the_facts_of_only_the_namesake_who_could_be_the_person(
    honoured: GraphStore,
) -> None:
    # born 1971-06 at 古汉山矿: of the twelve stored 张伟 only the one of its 掘进二队 matches
    incoming = [honour_list(4, "焦作市劳动模范名单（2024年）", [worker("张伟", "焦煤集团古汉山矿", "1971-06", [])])]
    exhaustive = resolve_profiles(honoured, incoming, two_stage=False)
    two_stage = resolve_profiles(honoured, incoming, two_stage=True)
    assert two_stage.reads.candidates == exhaustive.reads.candidates == 12
    assert (exhaustive.reads.with_facts, two_stage.reads.with_facts) == (12, 1)
    assert two_stage.decisions == exhaustive.decisions


# --- the bounds, without a store --------------------------------------------------------
JIUS: Chain = (("o-jls-jd", "九里山矿机电运转队"), ("o-jls", "九里山矿"), ("o-jm", "焦煤集团"))
GUHAN: Chain = (("o-ghs", "古汉山矿"), ("o-jm", "焦煤集团"))
PINGMEI: Chain = (("o-pm1", "平煤神马集团一矿"), ("o-pm", "平煤神马集团"))
NO_ORGS: list[Chain] = []


def test_score_bounds_hold_every_score_compare_gives_whatever_honours_and_posts_turn_out_to_be() -> None:
    w = weights()
    mention = PersonRecord(
        id="p-in",
        name="张伟",
        born="1975-03",
        gender="男",
        orgs=[JIUS],
        honours={("焦作市劳动模范", 2019)},
        posts={"队长"},
        docs={"d-2"},
    )
    for orgs, born, gender, honours, posts, n in itertools.product(
        (NO_ORGS, [JIUS], [GUHAN], [PINGMEI]),
        (None, "1975", "1975-03", "1975-08", "1982"),
        (None, "男", "女"),
        (set(), {("焦作市劳动模范", 2019)}, {("焦作市劳动模范", 2020)}),
        (set(), {"队长"}),
        (1, 3, 24),
    ):
        full = PersonRecord(id="p-st", name="张伟", born=born, gender=gender, orgs=orgs, honours=honours, posts=posts)
        unread = PersonRecord(id="p-st", name="张伟", born=born, gender=gender, orgs=orgs)
        score = compare(mention, full, candidates=n, w=w).score
        lo, hi = score_bounds(mention, unread, candidates=(1, 24), w=w, facts_known=False)
        assert lo <= score <= hi
        lo, hi = score_bounds(mention, full, candidates=(n, n), w=w)
        assert lo <= score <= hi


def test_decide_leaving_out_far_namesakes_decides_as_comparing_every_pair() -> None:
    w = weights()
    mines = [(f"o-{i}", f"{mine}{team}") for i, (mine, team) in enumerate(itertools.product(MINES, TEAMS))]
    pool = [
        PersonRecord(
            id=f"p-{i}",
            name="张伟",
            born=f"{1960 + i % 30}-{1 + i % 12:02d}",
            gender="男" if i % 5 else "女",
            orgs=[((oid, unit), ("o-jm", "焦煤集团"))] if i % 3 else [PINGMEI],
            honours={(HONOURS[i % 3], 2015 + i % 9)},
            posts={"班组长"} if i % 4 == 0 else set(),
        )
        for i, (oid, unit) in enumerate(mines * 20)
    ]
    at_mine: Chain = ((mines[4][0], mines[4][1]), ("o-jm", "焦煤集团"))
    for born, orgs, honours in itertools.product(
        ("1975-03", "1975", "1990", None),
        (NO_ORGS, [at_mine], [JIUS], [PINGMEI]),
        (set(), {("焦煤集团劳动模范", 2019)}),
    ):
        mention = PersonRecord(id="p-in", name="张伟", keys=["p-in"], born=born, orgs=orgs, honours=honours)
        assert decide(mention, pool, w) == decide(mention, pool, w, every_pair=True)


def test_a_candidate_stage_two_did_not_foresee_comes_with_its_facts_when_asked_for(honoured: GraphStore) -> None:
    index = PeopleIndex()
    index.load(honoured, ["赵来宾"], [], docs=[], mentions=[])  # no incoming people: no one foreseen
    at_mine = next(c for c in index.pool(["赵来宾"]) if c.born == "1964-08")
    assert at_mine.facts == {} and not at_mine.honours  # nobody to compare it with: nothing read
    record = index.record(at_mine.id)
    assert record is not None
    assert {k[0] for k in record.facts} == {"award", "position"}
    assert record.honours == {("全国五一劳动奖章", 2015)}
