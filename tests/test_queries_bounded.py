"""Bounded reads for a million people (issue 12): the same answers as the walks they replaced.

The shortest connection searched from both ends (graph.connections), the anniversary list read
from the documents of a month, the conferring bodies counted only where they may rank and the
co-recipient network built from whole cohorts (graph.analytics): on 300 generated people,
on the embedded store and on the real Neo4j server.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from graph import analytics, connections
from graph.queries import run
from graph.store import GraphStore
from tests.conftest import STORES, open_test_store

WALK_SHORTEST = """
MATCH (a:Person|Organization {id: $source}), (b:Person|Organization {id: $target})
«shortest path a b 8 FACT_RELS»
RETURN path
"""
# on_this_day as it read before: every award of the year, then its documents of the month
WALK_ON_THIS_DAY = """
MATCH (p:Person)-[:RECEIVED]->(a:Award {year: $year})-[:OF_HONOR]->(h:Honor)
MATCH (a)-[:EVIDENCED_BY]->(d:Document) WHERE d.date STARTS WITH $month
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organization)
RETURN p.id AS person_id, p.name AS name, collect(DISTINCT o.name) AS organizations, h.id AS honor_id,
       h.name AS honour, h.rank AS rank, coalesce(h.rank_order, 0) AS rank_order, a.year AS year,
       a.edition AS edition, collect(DISTINCT d.title) AS documents, min(d.date) AS date
"""


@pytest.fixture(scope="module")
def generated_rows() -> Any:
    from bench.generate import generate

    return generate(300, seed=11)


@pytest.fixture(scope="module", params=STORES)
def graph(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, generated_rows: Any
) -> Iterator[GraphStore]:
    """300 generated people (seed 11) with their roll-ups, once per store kind."""
    from graph.bulk import bulk_load
    from graph.rollups import refresh_rollups

    store = open_test_store(request.param, Path(tmp_path_factory.mktemp("bounded")), request)
    bulk_load(store, generated_rows.nodes, generated_rows.rels)
    refresh_rollups(store)
    yield store
    store.close()


def _pairs(graph: GraphStore) -> list[tuple[str, str]]:
    """Twelve pairs of people and organisations, the same on every run."""
    people = [r["id"] for r in graph.read("MATCH (p:Person) RETURN p.id AS id ORDER BY id").rows]
    orgs = [r["id"] for r in graph.read("MATCH (o:Organization) RETURN o.id AS id ORDER BY id").rows]
    return [(people[i], people[-1 - 7 * i]) for i in range(8)] + [(people[5 * i], orgs[3 * i]) for i in range(4)]


def _length(rows: list[dict[str, Any]]) -> int | None:
    return len(rows[0]["path"]["rels"]) if rows else None


# --- shortest connection -----------------------------------------------------------------------
def test_the_search_from_both_ends_is_as_short_as_the_stores_own_shortest_path(graph: GraphStore) -> None:
    for source, target in _pairs(graph):
        found = connections.search_from_both_ends(graph, source, target)
        walked = graph.read(WALK_SHORTEST, {"source": source, "target": target}).rows
        assert found.complete and _length(found.rows) == _length(walked), (source, target)


def test_a_chain_found_runs_from_one_end_to_the_other_link_by_link(graph: GraphStore) -> None:
    source, target = _pairs(graph)[0]
    path = connections.search_from_both_ends(graph, source, target).rows[0]["path"]
    nodes, rels = path["nodes"], path["rels"]
    assert nodes[0]["id"] == source and nodes[-1]["id"] == target and len(nodes) == len(rels) + 1
    for left, rel, right in zip(nodes, rels, nodes[1:], strict=False):
        assert {rel["_src"], rel["_dst"]} == {left["_eid"], right["_eid"]}
        assert "Document" not in (left["_label"], right["_label"])


def test_a_search_that_would_read_more_than_its_budget_stops_and_says_so(graph: GraphStore) -> None:
    source, target = _pairs(graph)[1]
    stopped = connections.search_from_both_ends(graph, source, target, budget=3)
    assert stopped.rows == [] and not stopped.complete and stopped.read <= 3


def test_the_shortest_connection_is_as_short_as_the_named_query_on_either_store(graph: GraphStore) -> None:
    for source, target in _pairs(graph)[8:]:
        found = connections.shortest_connection(graph, source, target)
        named = run(graph, "shortest_connection", source=source, target=target).rows
        assert found.complete and _length(found.rows) == _length(named)


def test_an_honour_is_not_an_end_of_a_connection(graph: GraphStore) -> None:
    honour = graph.read("MATCH (h:Honor) RETURN h.id AS id ORDER BY id LIMIT 1").rows[0]["id"]
    person = _pairs(graph)[0][0]
    found = connections.search_from_both_ends(graph, person, honour)
    assert found.rows == [] and found.complete


# --- on this day ---------------------------------------------------------------------------------
def _same(rows: list[dict[str, Any]]) -> list[str]:
    """The rows as comparable text, lists sorted (their order is the store's)."""
    return sorted(
        repr(sorted({**r, "organizations": sorted(r["organizations"]), "documents": sorted(r["documents"])}.items()))
        for r in rows
    )


def test_on_this_day_read_from_the_months_documents_finds_what_every_award_of_the_year_gave(
    graph: GraphStore,
) -> None:
    months = [
        r["month"]
        for r in graph.read(
            "MATCH (a:Award)-[:EVIDENCED_BY]->(d:Document) WHERE a.year IS NOT NULL AND d.date IS NOT NULL "
            "RETURN DISTINCT d.date AS month ORDER BY month LIMIT 40"
        ).rows
    ]
    found = 0
    for month in sorted({m[:7] for m in months}):
        params = {"year": int(month[:4]), "month": month}
        walked = graph.read(WALK_ON_THIS_DAY, params).rows
        got = run(graph, "on_this_day", **params, top=100_000).rows
        assert _same(got) == _same(walked), month
        found += len(got)
    assert found > 0


def test_on_this_day_without_a_month_takes_the_documents_of_the_whole_year(graph: GraphStore) -> None:
    year = graph.read(  # a year with awards whose source was published that same year
        "MATCH (a:Award)-[:EVIDENCED_BY]->(d:Document) WHERE d.date STARTS WITH «str a.year» "
        "RETURN a.year AS year, count(*) AS n ORDER BY n DESC, year LIMIT 1"
    ).rows[0]["year"]
    whole = run(graph, "on_this_day", year=year, month="", top=100_000).rows
    walked = graph.read(WALK_ON_THIS_DAY, {"year": year, "month": str(year)}).rows
    assert _same(whole) == _same(walked) and whole
    assert run(graph, "on_this_day", year=0, month="").rows == []


# --- analytics -----------------------------------------------------------------------------------
def test_the_conferring_bodies_counted_where_they_may_rank_are_those_of_every_conferral(
    graph: GraphStore,
) -> None:
    walked = run(graph, "connecting_conferrers", top=5).rows
    assert analytics.connecting_conferrers(graph, top=5) == [dict(r) for r in walked]


def _cohort_pairs(rows: Any) -> Counter[tuple[str, str]]:
    honour_of = {r["src"]: r["dst"] for r in rows.rels["OF_HONOR"]}
    cohort: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for r in rows.rels["RECEIVED"]:
        award = rows.nodes["Award"][r["dst"]]
        cohort[(honour_of[r["dst"]], award["year"], award["edition"])].append(r["src"])
    pairs: Counter[tuple[str, str]] = Counter()
    for people in cohort.values():
        for a, b in combinations(sorted(people), 2):
            if a != b:
                pairs[(a, b)] += 1
    return pairs


def test_a_network_above_its_pair_bound_is_a_sample_of_whole_cohorts_and_says_so(
    graph: GraphStore, generated_rows: Any
) -> None:
    whole = analytics.co_recipient_graph(graph)
    sample = analytics.co_recipient_graph(graph, max_pairs=whole.number_of_edges() // 4)
    assert not whole.graph["truncated"] and sample.graph["truncated"]
    read, of_all = sample.graph["cohorts"]
    assert 0 < read < of_all and 0 < sample.number_of_edges() <= whole.number_of_edges() // 4
    expected = _cohort_pairs(generated_rows)
    assert all(tuple(sorted(e)) in expected for e in sample.edges)
