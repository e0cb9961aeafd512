"""A node's neighbours found by its label's key, and awards per year read from each series' stored counts.

The explore page passes each node's label to ``neighbourhood`` so ladybug looks the node up by
key in that one table; the overview's ``honours_per_year`` sums the counts per year that
graph.honour_years keeps on every honour series with the other roll-ups.  Both must answer as
the walks they replaced: on 300 generated people (units under 集团 → 矿 → 队, national to
enterprise honours), on the sample profiles loaded document by document, and after a series
gains an award, on the embedded store and on the real Neo4j server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.queries import run
from graph.rollups import refresh_rollups
from graph.store import Batch, GraphStore
from tests.conftest import STORES, open_test_store

WALK_NEIGHBOURS = """
MATCH (n {id: $node})-[r]-(m) WHERE «label m» <> 'Document' AND «label m» <> 'NameKey'
RETURN m.id AS id
"""
WALK_HONOURS_PER_YEAR = """
MATCH (h:Honor)<-[:OF_HONOR]-(a:Award) WHERE a.year IS NOT NULL
RETURN a.year AS year, h.level AS level, count(*) AS awards ORDER BY year, level
"""
BUSIEST = {
    "Person": "MATCH (p:Person)-[:RECEIVED]->(a) RETURN p.id AS id, count(a) AS n ORDER BY n DESC, id LIMIT 1",
    "Organization": "MATCH (o:Organization) RETURN o.id AS id ORDER BY o.people_total DESC, id LIMIT 1",
    "Honor": "MATCH (h:Honor) RETURN h.id AS id ORDER BY h.awards_total DESC, id LIMIT 1",
    "Award": "MATCH (a:Award)-[:CONFERRED_BY]->(o) RETURN a.id AS id, count(o) AS n ORDER BY n DESC, id LIMIT 1",
}


@pytest.fixture(scope="module", params=STORES)
def graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """300 generated people (seed 11) with their roll-ups, once per store kind."""
    from bench.generate import generate
    from graph.bulk import bulk_load

    store = open_test_store(request.param, Path(tmp_path_factory.mktemp("neighbours")), request)
    rows = generate(300, seed=11)
    bulk_load(store, rows.nodes, rows.rels)
    refresh_rollups(store)
    yield store
    store.close()


def _busiest(store: GraphStore, label: str) -> str:
    return str(store.read(BUSIEST[label]).rows[0]["id"])


@pytest.mark.parametrize("label", sorted(BUSIEST))
def test_a_nodes_neighbours_found_by_its_labels_key_are_those_a_scan_finds(graph: GraphStore, label: str) -> None:
    node = _busiest(graph, label)
    got = run(graph, "neighbourhood", node=node, label=label, top=100_000).rows
    walked = graph.read(WALK_NEIGHBOURS, {"node": node}).rows
    assert sorted(r["neighbour"]["id"] for r in got) == sorted(r["id"] for r in walked) != []
    assert {r["node"]["id"] for r in got} == {node}


def test_a_node_asked_for_under_another_label_has_no_neighbours(graph: GraphStore) -> None:
    person = _busiest(graph, "Person")
    assert run(graph, "neighbourhood", node=person, label="Honor").rows == []


@pytest.mark.parametrize("label", ["Document", "NameKey", "Person) DETACH DELETE (n"])
def test_a_label_that_is_not_a_fact_is_refused(graph: GraphStore, label: str) -> None:
    with pytest.raises(InputError, match="label"):
        run(graph, "neighbourhood", node=_busiest(graph, "Person"), label=label)


def test_awards_per_year_of_generated_people_are_the_dated_awards_counted_one_by_one(graph: GraphStore) -> None:
    got = run(graph, "honours_per_year").rows
    assert got == graph.read(WALK_HONOURS_PER_YEAR).rows and len(got) > 5


def test_awards_per_year_of_profiles_loaded_one_by_one_are_those_counted(seeded: GraphStore) -> None:
    got = run(seeded, "honours_per_year").rows
    assert got == seeded.read(WALK_HONOURS_PER_YEAR).rows and got


def test_a_series_gaining_an_award_counts_it_in_its_year_after_its_refresh(seeded: GraphStore) -> None:
    honour = seeded.read("MATCH (h:Honor {name: '焦作工匠'}) RETURN h.id AS id").rows[0]["id"]
    person = seeded.read("MATCH (p:Person {name: '李军萍'}) RETURN p.id AS id").rows[0]["id"]
    seeded.write(
        [
            Batch(
                "UNWIND $rows AS r MATCH (h:Honor {id: r.honour}), (p:Person {id: r.person}) "
                "CREATE (a:Award {id: r.id, year: r.year, raw: r.raw}) "
                "CREATE (p)-[:RECEIVED]->(a) CREATE (a)-[:OF_HONOR]->(h)",
                [{"honour": honour, "person": person, "id": "a-test-2023", "year": 2023, "raw": "2023年焦作工匠"}],
            )
        ]
    )
    refresh_rollups(seeded, honour_ids=[honour])
    got = run(seeded, "honours_per_year").rows
    assert got == seeded.read(WALK_HONOURS_PER_YEAR).rows
    assert any(r["year"] == 2023 and r["level"] == "市" for r in got)
