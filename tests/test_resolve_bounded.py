"""Resolution reads a store namesake's honours and posts only when ``decide`` can compare it
(``PeopleIndex.load_brief``: those ``_Foreseen`` foresees for the slice, and any other just before
``decide`` compares it), and decides every incoming person exactly as reading every namesake's
facts and comparing every pair does: action, person, candidate, score, reasons, review list.

The store holds honour rolls of many 张伟 and 王芳 spread over the units of several groups and
provinces (焦煤集团's mines and teams, 平煤神马集团, 郑州煤矿机械集团, 山西焦煤西山煤电), born in
many years or not said, with honours and posts of their own; later lists name some of them again
(at their team, at the mine above it, with an honour they hold, born in another year) and new people
of the same names.  Store tests run on the embedded store and on the real Neo4j server.
"""

from __future__ import annotations

from typing import Any

import pytest

import loaders.resolve as resolve
from bench.resolution import resolve_profiles
from graph.store import GraphStore
from loaders.pipeline import load_profiles
from loaders.resolve import MERGE, NEW, REVIEW, SAME, PeopleIndex, PersonRecord, decide, weights
from tests.test_resolve_two_stage import honour_list, worker

MINES = ("九里山矿", "古汉山矿", "演马庄矿", "中马村矿", "冯营矿", "韩王矿")
TEAMS = ("机电运转队", "综采一队", "掘进二队", "运输队")
UNITS = (
    *(f"焦煤集团{mine}{team}" for mine in MINES for team in TEAMS),
    *(f"平煤神马集团{unit}" for unit in ("一矿", "二矿", "帘子布公司")),
    *(f"郑州煤矿机械集团{unit}" for unit in ("铸锻厂", "结构件厂")),
    *(f"山西焦煤西山煤电{unit}" for unit in ("杜儿坪矿", "马兰矿")),
)
HONOURS = ("焦作市劳动模范", "焦煤集团劳动模范", "河南省劳动模范", "山西省劳动模范")
POSTS = ("班组长", "队长", "技术员", None)


def stored_zhang(i: int) -> tuple[str, str | None, list[tuple[str, int]], str | None]:
    """The i-th stored 张伟: unit, birth, honours, post (one a unit)."""
    born = None if i % 7 == 3 else f"{1962 + i % 30}" if i % 3 else f"{1962 + i % 30}-{1 + i % 12:02d}"
    return UNITS[i], born, [(HONOURS[i % 4], 2014 + i % 6)] if i % 5 else [], POSTS[i % 4]


def stored_rolls() -> list[dict[str, Any]]:
    """Two rolls: a 张伟 at each of 31 units of four groups in two provinces, a 王芳 at every other one."""
    zhang = [
        worker("张伟", unit, born, honours, post=post) for unit, born, honours, post in map(stored_zhang, range(31))
    ]
    wang = [
        worker("王芳", unit, f"{1968 + i % 20}" if i % 2 else None, [(HONOURS[(i + 1) % 4], 2016 + i % 5)], gender="女")
        for i, unit in enumerate(UNITS[::2])
    ]
    return [
        honour_list(11, "焦煤集团劳动模范名单（2014—2020年）", zhang),
        honour_list(12, "河南省和山西省劳动模范名单（2016—2021年）", wang),
    ]


def incoming_rolls() -> list[dict[str, Any]]:
    """Three later lists: some of the stored people again, and new namesakes."""
    at_team, at_mine = stored_zhang(0), stored_zhang(6)  # 九里山矿机电运转队; 古汉山矿掘进二队, born 1968-07
    return [
        honour_list(
            13,
            "焦作市劳动模范名单（2022年）",
            [
                worker("张伟", at_team[0], at_team[1], []),  # its key
                worker("张伟", "焦煤集团古汉山矿", at_mine[1], at_mine[2]),  # the mine above its team
                worker("张伟", "山西焦煤西山煤电", "1999", []),  # born in a year none of them was
                worker("张伟", "焦煤集团", None, [("焦煤集团劳动模范", 2015)], post="队长"),  # the group only
                worker("王芳", "郑州煤矿机械集团", "1969", [("焦煤集团劳动模范", 2017)], gender="女"),
            ],
        ),
        honour_list(
            14,
            "平顶山市劳动模范名单（2023年）",
            [
                worker("张伟", "平煤神马集团一矿", "1970", [("河南省劳动模范", 2016)], post="技术员"),
                worker("张伟", "平煤神马集团", "1988-05", []),
                worker("王芳", "平煤神马集团帘子布公司", None, [("山西省劳动模范", 2018)], gender="女"),
                worker("王芳", "焦煤集团九里山矿综采一队", "1975", [], gender="女", post="班组长"),
            ],
        ),
        honour_list(
            15,
            "焦煤集团先进个人名单（2024年）",
            [
                worker("张伟", "焦煤集团古汉山矿", "1968", at_mine[2]),  # the one merged above
                worker("张伟", "郑州煤矿机械集团", "1999", [("焦作工匠", 2024)]),
                worker("王芳", "焦煤集团中马村矿", "1980", [], gender="女"),
            ],
        ),
    ]


@pytest.fixture
def rolls(store: GraphStore) -> GraphStore:
    load_profiles(store, stored_rolls())
    return store


def test_bounded_reading_decides_every_person_as_reading_every_namesake_does(rolls: GraphStore) -> None:
    exhaustive = resolve_profiles(rolls, incoming_rolls(), two_stage=False, every_pair=True)
    bounded = resolve_profiles(rolls, incoming_rolls(), two_stage=True, slice_docs=1)
    assert {d["action"] for d in exhaustive.decisions} >= {NEW, SAME, MERGE, REVIEW}
    assert bounded.decisions == exhaustive.decisions


def test_bounded_reading_leaves_unread_the_honours_and_posts_of_namesakes_never_compared(rolls: GraphStore) -> None:
    bounded = resolve_profiles(rolls, incoming_rolls(), two_stage=True, slice_docs=1)
    assert bounded.reads.candidates == 31 + 16
    assert 0 < bounded.reads.brief < bounded.reads.candidates


def test_every_namesake_compared_has_its_honours_and_posts_read_and_foreseen(
    rolls: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    indexes: list[PeopleIndex] = []
    unread: list[str] = []
    init, compare = PeopleIndex.__init__, resolve.compare

    def keep(self: PeopleIndex) -> None:
        init(self)
        indexes.append(self)

    def checked(mention: PersonRecord, candidate: PersonRecord, **kwargs: Any) -> resolve.Comparison:
        if any(candidate.id in index.without_brief for index in indexes):
            unread.append(candidate.id)
        return compare(mention, candidate, **kwargs)

    monkeypatch.setattr(PeopleIndex, "__init__", keep)
    monkeypatch.setattr(resolve, "compare", checked)
    bounded = resolve_profiles(rolls, incoming_rolls(), two_stage=True, slice_docs=1)
    assert unread == []
    assert bounded.reads.late_brief == 0  # the slice's reading foresaw everyone decide compared


def test_decide_reads_the_honours_of_namesakes_nobody_foresaw_before_comparing_them(rolls: GraphStore) -> None:
    w = weights()
    index = PeopleIndex()
    index.load(rolls, ["张伟"], [], docs=[], mentions=[])  # no incoming people: nobody's honours read
    mention = PersonRecord(
        id="p-in", name="张伟", keys=["p-in"], born="1966", orgs=[], honours={("河南省劳动模范", 2017)}, docs={"d-in"}
    )
    everything = PeopleIndex()
    everything.load(rolls, ["张伟"], [])  # every namesake's facts
    assert index.reads.brief == 0
    assert decide(mention, index.pool(["张伟"]), w) == decide(mention, list(everything.pool(["张伟"])), w)
    assert index.reads.late_brief > 0
