"""The resolver's reading of the organisation tree: each ``PART_OF`` pair read once, however many
documents state it, and a chain's order (which unit ``org_related`` names) set by a rule, not by the
order the store holds the documents in.

A village under two towns (张村 and 李村, each under 甲镇 in one bulletin and 乙镇 in another) is
the case: the two villages share two towns at one distance.  Store tests run on the embedded store
and on the real Neo4j server.
"""

from __future__ import annotations

from typing import Any

import pytest

from graph.store import GraphStore
from loaders.pipeline import load_profiles
from loaders.resolve import PeopleIndex
from tests.conftest import numbered_page, person_id

TOWNS = ("甲镇", "乙镇")
COUNTY = "修武县"
WANG = {"name": "王秀英", "employers": ["张村"], "born": "1968", "gender": "女"}


def bulletin(n: int, people: list[dict[str, Any]], orgs: list[dict[str, Any]]) -> dict[str, Any]:
    """A village affairs bulletin (its sha256 made from ``n``) stating ``people`` and ``orgs``."""
    return numbered_page(
        n, people, title=f"修武县村务简报 第{n}期", source=f"xiuwu-bulletin-{n}.json", mark="b", organizations=orgs
    )


def villages_under(town: str) -> list[dict[str, Any]]:
    return [
        {"name": "张村", "parent": town},
        {"name": "李村", "parent": town},
        {"name": town, "parent": COUNTY},
    ]


def load_villages(store: GraphStore, first_town: str) -> None:
    """王秀英 of 张村, and the two villages under both towns, the town ``first_town`` stated first."""
    towns = sorted(TOWNS, key=lambda t: t != first_town)
    for n, town in enumerate(towns, start=1):
        load_profiles(store, [bulletin(n, [WANG] if n == 1 else [], villages_under(town))])


def org_id(store: GraphStore, name: str) -> str:
    [row] = store.read("MATCH (o:Organization {name: $name}) RETURN o.id AS id", {"name": name}).rows
    return str(row["id"])


@pytest.mark.parametrize("first_town", TOWNS)
def test_a_villages_ancestors_are_nearest_first_then_by_name_whatever_order_they_were_stated_in(
    store: GraphStore, first_town: str
) -> None:
    load_villages(store, first_town)
    index = PeopleIndex()
    village = org_id(store, "张村")
    index.load_orgs(store, [village])
    assert [name for _, name in index.ancestors[village]] == [*sorted(TOWNS), COUNTY]


@pytest.mark.parametrize("first_town", TOWNS)
def test_the_shared_town_named_for_two_villages_is_the_same_whatever_order_the_bulletins_came_in(
    store: GraphStore, first_town: str
) -> None:
    load_villages(store, first_town)
    moved = bulletin(3, [{**WANG, "employers": ["李村"]}], [])
    [decision] = load_profiles(store, [moved], dry_run=True).decisions
    assert decision["candidate"] == person_id(store, "王秀英")
    related = [r for r in decision["reasons"] if r.startswith("org_related:")]
    # both towns are one step above both villages: the first by name is named
    assert related == [f"org_related:+1:{sorted(TOWNS)[0]}"]


def test_a_part_of_stated_by_many_bulletins_is_read_once(store: GraphStore) -> None:
    for n in range(1, 6):
        load_profiles(store, [bulletin(n, [], villages_under("甲镇"))])
    village = org_id(store, "张村")
    copies = store.read(
        "MATCH (:Organization {id: $id})-[r:PART_OF]->(:Organization) RETURN count(r) AS n", {"id": village}
    ).rows
    assert copies == [{"n": 5}]
    index = PeopleIndex()
    index.load_orgs(store, [village])
    # one row a unit on the way up: 张村 → 甲镇, 甲镇 → 修武县, and 修武县 with no parent
    assert index.reads.rows["org_parents"] == 3
    assert [name for _, name in index.ancestors[village]] == ["甲镇", COUNTY]
