"""Network analytics read through named queries, on both stores: the sample page and a generated graph."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx
import pytest

from bench.generate import generate
from graph import analytics
from graph.bulk import bulk_load
from graph.queries import run
from graph.rollups import refresh_rollups
from graph.store import GraphStore
from tests.conftest import person_id


# --- the sample page -------------------------------------------------------------
def test_two_truck_drivers_honoured_together_are_joined_in_the_co_recipient_network(seeded: GraphStore) -> None:
    G = analytics.co_recipient_graph(seeded)
    sun, qin = person_id(seeded, "孙宏亮"), person_id(seeded, "秦建军")
    assert G.has_edge(sun, qin)
    assert G[sun][qin]["weight"] == 1 and G[sun][qin]["honours"] == ["2023 最美货车司机"]
    assert G.nodes[sun]["name"] == "孙宏亮"


def test_a_person_with_no_shared_award_is_not_in_the_network(seeded: GraphStore) -> None:
    G = analytics.co_recipient_graph(seeded)
    assert person_id(seeded, "张伟") not in G


def test_the_county_union_connects_the_most_people_on_the_sample_page(seeded: GraphStore) -> None:
    rows = analytics.connecting_conferrers(seeded, top=3)
    assert rows[0]["name"] == "修武县总工会" and rows[0]["people"] == 4
    assert [r["people"] for r in rows] == sorted((r["people"] for r in rows), reverse=True)
    assert "修武县总工会" in analytics.describe_conferrers(rows)


def test_the_connecting_conferrers_query_is_registered_with_a_chinese_title() -> None:
    from graph.queries import REGISTRY

    nq = REGISTRY["connecting_conferrers"]
    assert nq.title_zh and "?" in nq.question


# --- a generated graph --------------------------------------------------------------
@pytest.fixture(scope="module")
def rows():
    return generate(400, seed=5)


@pytest.fixture
def generated(store: GraphStore, rows) -> GraphStore:
    bulk_load(store, rows.nodes, rows.rels)
    refresh_rollups(store)  # the stored counts every write path keeps: the network picks its cohorts by them
    return store


def _expected_pairs(rows, honor: str = "") -> Counter:
    """Shared awards per pair, computed from the generated rows without any store."""
    honour_of = {r["src"]: r["dst"] for r in rows.rels["OF_HONOR"]}
    cohort: dict[tuple, set[str]] = defaultdict(set)
    for r in rows.rels["RECEIVED"]:
        award = rows.nodes["Award"][r["dst"]]
        h = honour_of[r["dst"]]
        if not honor or h == honor:
            cohort[(h, award["year"], award["edition"])].add(r["src"])
    pairs: Counter = Counter()
    for people in cohort.values():
        for a, b in combinations(sorted(people), 2):
            pairs[(a, b)] += 1
    return pairs


def test_edge_weights_count_the_awards_two_people_shared(generated: GraphStore, rows) -> None:
    G = analytics.co_recipient_graph(generated)
    expected = _expected_pairs(rows)
    assert not G.graph["truncated"]
    assert {tuple(sorted(e)): d["weight"] for *e, d in G.edges(data=True)} == dict(expected)


def test_the_network_of_one_honour_holds_only_its_recipients(generated: GraphStore, rows) -> None:
    may1 = run(generated, "honour_by_name", name="全国五一劳动奖章").rows[0]["id"]
    G = analytics.co_recipient_graph(generated, honor=may1)
    assert {tuple(sorted(e)) for e in G.edges} == set(_expected_pairs(rows, may1))
    assert all(h.endswith("全国五一劳动奖章") for *_, d in G.edges(data=True) for h in d["honours"])


def test_centrality_ranks_by_betweenness_and_reports_degree(generated: GraphStore) -> None:
    G = analytics.co_recipient_graph(generated)
    top = analytics.centrality(G, top=5)
    assert len(top) == 5
    assert [r["betweenness"] for r in top] == sorted((r["betweenness"] for r in top), reverse=True)
    for r in top:
        assert r["degree"] == G.degree(r["id"]) and r["name"] == G.nodes[r["id"]]["name"]
        assert r["weighted_degree"] >= r["degree"]
    assert top[0]["name"] in analytics.describe_centrality(top)


def test_communities_partition_the_network_largest_first_and_repeat_exactly(generated: GraphStore) -> None:
    G = analytics.co_recipient_graph(generated)
    groups = analytics.communities(G)
    members = [p for g in groups for p in g]
    assert sorted(members) == sorted(G.nodes) and len(members) == len(set(members))
    assert [len(g) for g in groups] == sorted((len(g) for g in groups), reverse=True)
    assert analytics.communities(G) == groups
    assert f"{len(groups)}个群体" in analytics.describe_communities(groups, G)


def test_connecting_conferrers_count_the_people_their_awards_reach(generated: GraphStore, rows) -> None:
    holder = {r["dst"]: r["src"] for r in rows.rels["RECEIVED"]}
    reached: dict[str, set[str]] = defaultdict(set)
    for r in rows.rels["CONFERRED_BY"]:
        reached[r["dst"]].add(holder[r["src"]])
    top = analytics.connecting_conferrers(generated, top=3)
    assert [r["people"] for r in top] == sorted((len(v) for v in reached.values()), reverse=True)[:3]
    assert all(r["people"] == len(reached[r["id"]]) for r in top)


# --- networkx only ---------------------------------------------------------------------
def test_betweenness_is_estimated_on_large_networks_and_still_finds_the_hub() -> None:
    G = nx.barabasi_albert_graph(2500, 2, seed=3)
    nx.set_node_attributes(G, {n: f"工人{n}" for n in G}, "name")
    hub = max(G.nodes, key=G.degree)
    top = analytics.centrality(G, top=3)
    assert top[0]["id"] == hub and top[0]["name"] == f"工人{hub}"
    assert analytics.centrality(G, top=3) == top  # seeded sampling: same answer every time


def test_an_empty_network_has_no_central_people_and_no_communities() -> None:
    G = nx.Graph()
    assert analytics.centrality(G) == [] and analytics.communities(G) == []
    assert "为空" in analytics.describe_centrality([]) and "为空" in analytics.describe_communities([])
