"""Each person's highest rank and each organisation's people and roll lines per rank (graph.rollups)
stay right after a load, a merge and its split, and a removal, on the embedded store and on the
real Neo4j server; the organisations page pages its people and roll rank by rank from them, and
the pages put together are the whole lists in their order.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from bench.generate import generate
from graph import ranks
from graph.bulk import bulk_load
from graph.queries import run
from graph.ranks import RankFilter
from graph.rollups import ensure_rollups, refresh_rollups
from graph.schema import RANK_ORDERS
from graph.store import Batch, GraphStore
from loaders import people
from loaders.graph_rows import GraphRows
from loaders.pipeline import load_profiles
from loaders.removal import remove_document
from tests.test_rollups import LI_FANG, RANK_FIELDS, _honour, _profile, direct, load_namesake_elsewhere, stored

# 李芳 of 九里山矿 named a national model worker by a later page
LI_FANG_NATIONAL = {
    **LI_FANG,
    "honors": [_honour("全国劳动模范", 2025, "九里山矿李芳被授予全国劳动模范称号。")],
}


def _id(store: GraphStore, label: str, name: str) -> str:
    rows = store.read(f"MATCH (n:{label} {{name: $name}}) RETURN n.id AS id", {"name": name}).rows
    assert len(rows) == 1, rows
    return str(rows[0]["id"])


def _top(store: GraphStore, person: str) -> Any:
    return store.read("MATCH (p:Person {id: $id}) RETURN p.top_rank AS top", {"id": person}).rows[0]["top"]


def _group_ranks(store: GraphStore) -> dict[str, int]:
    return {k: v for k, v in stored(store)[_id(store, "Organization", "焦煤集团")].items() if k in RANK_FIELDS and v}


def test_every_rank_of_the_rank_table_has_its_stored_counts() -> None:
    assert set(ranks.table().orders.values()) | {0} <= set(RANK_ORDERS)


def test_a_person_stores_the_rank_of_the_highest_honour_held(seeded: GraphStore) -> None:
    zhang = _id(seeded, "Person", "张伟")
    assert _top(seeded, zhang) == 5  # 中原大工匠, 省部级, above his city, industry and enterprise honours
    # his eight roll lines: 中原大工匠 (省部级), 焦作工匠 (地市级), 全国煤炭行业技能大师 (行业), five of 企业 rank
    assert _group_ranks(seeded) == {
        "people_rank5": 1,
        "awards_rank5": 1,
        "awards_rank4": 1,
        "awards_rank2": 1,
        "awards_rank1": 5,
    }


def test_a_later_national_honour_raises_the_rank_and_removing_its_page_lowers_it_again(seeded: GraphStore) -> None:
    load_profiles(seeded, [_profile(1, [LI_FANG])])
    li = _id(seeded, "Person", "李芳")
    assert _top(seeded, li) == 5  # 中原大工匠
    load_profiles(seeded, [_profile(2, [LI_FANG_NATIONAL])])
    assert _top(seeded, li) == 6
    assert _group_ranks(seeded)["people_rank6"] == 1
    assert stored(seeded) == direct(seeded)
    remove_document(seeded, "jiaozuo-daily-2.json")
    assert _top(seeded, li) == 5
    assert "people_rank6" not in _group_ranks(seeded)
    assert stored(seeded) == direct(seeded)


def test_a_merge_gives_the_kept_person_the_higher_rank_and_a_split_gives_each_their_own(seeded: GraphStore) -> None:
    zhang = _id(seeded, "Person", "张伟")
    other = load_namesake_elsewhere(seeded, zhang)
    before = stored(seeded)
    people.merge(seeded, zhang, other)
    assert _top(seeded, zhang) == 6
    assert _group_ranks(seeded)["people_rank6"] == 1  # 焦煤集团's 张伟 now holds the national honour
    assert stored(seeded) == direct(seeded)
    people.split(seeded, zhang, other)
    assert (_top(seeded, zhang), _top(seeded, other)) == (5, 6)
    assert stored(seeded) == before == direct(seeded)


def test_a_store_without_the_ranks_gets_them_when_opened_for_writing(seeded: GraphStore) -> None:
    expected = stored(seeded)
    cleared = ", ".join(f"o.{f} = NULL" for f in RANK_FIELDS)
    seeded.write(
        [Batch(f"MATCH (o:Organization) SET {cleared}", [{}]), Batch("MATCH (p:Person) SET p.top_rank = NULL", [{}])]
    )  # as a store written before these roll-ups existed
    assert ensure_rollups(seeded) is True
    assert stored(seeded) == expected


# --- the organisations page: pages rank by rank are the whole list -----------------------------------
@pytest.fixture(scope="module")
def rows() -> GraphRows:
    return generate(400, seed=5)


@pytest.fixture
def generated(store: GraphStore, rows: GraphRows) -> GraphStore:
    bulk_load(store, rows.nodes, rows.rels)
    refresh_rollups(store)
    return store


def _largest_group(rows: GraphRows) -> tuple[str, set[str]]:
    """The group with the most people, and those people (working at it or any unit below it)."""
    parent = {r["src"]: r["dst"] for r in rows.rels["PART_OF"]}

    def root(org: str) -> str:
        while org in parent:
            org = parent[org]
        return org

    members: dict[str, set[str]] = defaultdict(set)
    for r in rows.rels["WORKS_AT"]:
        members[root(r["dst"])].add(r["src"])
    group = max(members, key=lambda o: (len(members[o]), o))
    return group, members[group]


def _ranked(rows: GraphRows, members: set[str], low: int = 0, high: int = 99) -> tuple[list[str], list[str]]:
    """The group's people (highest rank first, then name, id) and roll (rank, year, name,
    honour, award) within a rank filter, from the generated rows alone."""
    honour_of = {r["src"]: r["dst"] for r in rows.rels["OF_HONOR"]}
    honours, awards, persons = rows.nodes["Honor"], rows.nodes["Award"], rows.nodes["Person"]
    lines = [(r["src"], r["dst"]) for r in rows.rels["RECEIVED"] if r["src"] in members]
    rank = {a: honours[honour_of[a]]["rank_order"] or 0 for _, a in lines}
    top = {p: max((rank[a] for q, a in lines if q == p), default=0) for p in members}
    people = sorted((p for p in members if low <= top[p] <= high), key=lambda p: (-top[p], persons[p]["name"], p))
    year = {a: awards[a]["year"] for _, a in lines}
    roll = sorted(
        ((p, a) for p, a in lines if low <= rank[a] <= high),
        key=lambda pa: (
            -rank[pa[1]],
            year[pa[1]] is None,
            year[pa[1]] or 0,
            persons[pa[0]]["name"],
            honours[honour_of[pa[1]]]["name"],
            pa[1],
        ),
    )
    return people, [a for _, a in roll]


def _pages(store: GraphStore, name: str, key: str, size: int, **params: Any) -> list[Any]:
    return _pages_from(store, name, key, size, None, params)


def _pages_from(
    store: GraphStore, name: str, key: str, size: int, counts: list[int] | None, params: dict[str, Any]
) -> list[Any]:
    """Every page of a list in turn; with ``counts`` (org_summary's per-rank counts) each page is
    also given the lowest rank it reaches, as the organisations page gives it."""
    out: list[Any] = []
    while True:
        if counts is not None:
            params["low_rank"] = ranks.page_low(counts, params["min_rank"], params["max_rank"], len(out), size)
        page = run(store, name, skip=len(out), top=size, **params).rows
        out += [r[key] for r in page]
        if len(page) < size:
            return out


@pytest.mark.parametrize("rank", ["", "省部级及以上", "地市级", "企业"])
def test_a_groups_people_page_by_page_are_its_people_in_rank_order(
    generated: GraphStore, rows: GraphRows, rank: str
) -> None:
    group, members = _largest_group(rows)
    limits = RankFilter.parse(rank).params()
    expected, _ = _ranked(rows, members, limits["min_rank"], limits["max_rank"])
    assert _pages(generated, "org_people_ranks", "id", 7, org=group, **limits) == expected != []
    assert run(generated, "org_people_count", org=group, **limits).rows[0]["total"] == len(expected)


@pytest.mark.parametrize("rank", ["", "省部级及以上", "地市级", "企业"])
def test_a_groups_roll_page_by_page_is_its_roll_in_rank_order(
    generated: GraphStore, rows: GraphRows, rank: str
) -> None:
    group, members = _largest_group(rows)
    limits = RankFilter.parse(rank).params()
    _, expected = _ranked(rows, members, limits["min_rank"], limits["max_rank"])
    assert _pages(generated, "honour_roll", "award", 11, org=group, **limits) == expected != []
    assert run(generated, "honour_roll_count", org=group, **limits).rows[0]["lines"] == len(expected)


@pytest.mark.parametrize("rank", ["", "省部级及以上", "企业"])
def test_pages_given_their_lowest_rank_from_the_stored_counts_are_the_same_people_and_roll(
    generated: GraphStore, rows: GraphRows, rank: str
) -> None:
    group, members = _largest_group(rows)
    limits = RankFilter.parse(rank).params()
    people, roll = _ranked(rows, members, limits["min_rank"], limits["max_rank"])
    summary = run(generated, "org_summary", org=group).rows[0]
    by_people, by_lines = summary["people_by_rank"], summary["lines_by_rank"]
    assert _pages_from(generated, "org_people_ranks", "id", 7, by_people, {"org": group, **limits}) == people
    assert _pages_from(generated, "honour_roll", "award", 11, by_lines, {"org": group, **limits}) == roll != []


def test_the_lowest_rank_a_page_reaches_is_the_same_found_by_the_page_and_by_the_query(
    generated: GraphStore, rows: GraphRows
) -> None:
    group, _ = _largest_group(rows)
    summary = run(generated, "org_summary", org=group).rows[0]
    in_query = f"MATCH (o:Organization {{id: $org}}) RETURN {ranks.page_low_rank('o', 'people_rank')} AS low"
    seen = set()
    for low, high in ((0, 99), (5, 99), (4, 4), (1, 3)):
        for skip in range(0, sum(summary["people_by_rank"]) + 20, 3):
            limits = {"min_rank": low, "max_rank": high, "skip": skip, "top": 7}
            found = generated.read(in_query, {"org": group, **limits}).rows[0]["low"]
            assert ranks.page_low(summary["people_by_rank"], low, high, skip, 7) == found
            seen.add(found)
    assert len(seen) > 2  # pages of several ranks were compared


def test_a_groups_people_count_for_a_rank_filter_is_the_sum_of_its_stored_counts(
    generated: GraphStore, rows: GraphRows
) -> None:
    group, members = _largest_group(rows)
    for low, high in ((0, 99), (5, 99), (4, 4), (6, 6), (7, 99)):
        expected, _ = _ranked(rows, members, low, high)
        assert run(generated, "org_people_count", org=group, min_rank=low, max_rank=high).rows[0]["total"] == len(
            expected
        )
    assert run(generated, "org_people_count", org="o-不存在的单位").rows[0]["total"] == 0


def test_the_rank_breakdown_is_the_count_of_the_groups_people_by_highest_rank(
    generated: GraphStore, rows: GraphRows
) -> None:
    group, members = _largest_group(rows)
    people, _ = _ranked(rows, members, 1)
    by_rank = {r["rank_order"]: r["people"] for r in run(generated, "org_rank_breakdown", org=group).rows}
    tops = {r["id"]: r["rank_order"] for r in run(generated, "org_people_ranks", org=group, min_rank=1).rows}
    expected: dict[int, int] = defaultdict(int)
    for p in people:
        expected[tops[p]] += 1
    assert by_rank == dict(expected) and sum(by_rank.values()) == len(people) > 0
