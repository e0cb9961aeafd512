"""Named queries rewritten for a million people (issue 12) answer as the graph walks they replaced.

Each query below now reads the roll-up counts stored on organisations and honour series
(graph.rollups), counts per label or type, or finds a node by its key in each node table.
The walk it replaced is kept here as the reference: on 300 generated people (units under
集团 → 矿 → 队, national to enterprise honours) both must give the same rows, on the
embedded store and on the real Neo4j server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.queries import MAX_ORG_DEPTH, run
from graph.ranks import rank_case
from graph.schema import SEARCH_NODES, SEARCH_RELS
from graph.store import GraphStore
from tests.conftest import STORES, open_test_store

CHAIN = f"-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->"

WALK_TOP_ORGANIZATIONS = f"""
MATCH (p:Person){CHAIN}(o:Organization)
MATCH (p)-[:RECEIVED]->(a:Award)
RETURN o.id AS id, o.name AS name, count(DISTINCT a) AS awards, count(DISTINCT p) AS people
ORDER BY awards DESC, name LIMIT $top
"""
WALK_ORG_TREE_COUNTS = f"""
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
OPTIONAL MATCH (p:Person){CHAIN}(o)
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award)
RETURN o.id AS id, o.name AS name, o.kind AS kind, parent.id AS parent_id,
       count(DISTINCT p) AS people, count(DISTINCT a) AS awards
"""
WALK_ORG_RANK_COUNTS = f"""
MATCH (p:Person){CHAIN}(o:Organization)
MATCH (p)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
WITH o, p, coalesce(max(h.rank_order), 0) AS top
WHERE top > 0
RETURN o.id AS id, o.name AS name, {rank_case("top")} AS rank, top AS rank_order, count(DISTINCT p) AS people
"""
WALK_HONOURS = """
MATCH (h:Honor)
OPTIONAL MATCH (h)<-[:OF_HONOR]-(a:Award)
WITH h, count(DISTINCT a) AS awards, min(a.year) AS first_year, max(a.year) AS last_year
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank, awards,
       first_year, last_year
"""
WALK_HONOURS_BY_LEVEL = """
MATCH (a:Award)-[:OF_HONOR]->(h:Honor)
RETURN coalesce(h.level, '未知') AS level, coalesce(h.category, '其他') AS category, count(DISTINCT a) AS awards
ORDER BY awards DESC, level, category
"""
WALK_HONOURS_PER_YEAR = """
MATCH (h:Honor)<-[:OF_HONOR]-(a:Award) WHERE a.year IS NOT NULL
RETURN a.year AS year, h.level AS level, count(*) AS awards ORDER BY year, level
"""
WALK_HONOUR_SERIES = """
MATCH (h:Honor)<-[:OF_HONOR]-(a:Award)
WHERE ($level = '' OR h.level = $level) AND ($year = 0 OR a.year = $year)
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank,
       count(DISTINCT a) AS awards, min(a.year) AS first_year, max(a.year) AS last_year
ORDER BY awards DESC, name, id
"""
WALK_COUNTS = "MATCH (n) RETURN «label n» AS label, count(*) AS count ORDER BY label"
WALK_REL_COUNTS = "MATCH ()-[r]->() RETURN «reltype r» AS type, count(*) AS count ORDER BY type"
# What the walks find of the people-search index (graph.schema.SEARCH_NODES / SEARCH_RELS), not counted.
INDEX = {n.label for n in SEARCH_NODES} | {r.type for r in SEARCH_RELS}
WALK_NEIGHBOURS = """
MATCH (n {id: $node})-[r]-(m) WHERE «label m» <> 'Document' AND «label m» <> 'NameKey'
RETURN m.id AS id
"""

WALK_RANKED = f"""
MATCH (k:NameKey) WHERE k.id CONTAINS $q
MATCH (k)-[r:KEY_OF]->(p:Person)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
OPTIONAL MATCH (p){CHAIN}(o:Organization)
WITH p.id AS id, p.name AS name, min(r.sort) AS sort, collect(coalesce(o.search, '')) AS chain,
     max(coalesce(h.rank_order, 0)) AS top,
     min(CASE WHEN k.id = $q AND (r.kind = 'name' OR r.kind = 'alias') THEN 0 WHEN k.id = $q THEN 1
              WHEN k.id STARTS WITH $q THEN 2 ELSE 3 END) AS match
WITH id, name, sort, match, top, «joined chain» AS units
WHERE ($t1 = '' OR units CONTAINS $t1) AND ($t2 = '' OR units CONTAINS $t2) AND ($t3 = '' OR units CONTAINS $t3)
  AND top >= $min_rank AND top <= $max_rank
"""


@pytest.fixture(scope="module", params=STORES)
def graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """300 generated people (seed 11) with their roll-ups, once per store kind."""
    from bench.generate import generate
    from graph.bulk import bulk_load
    from graph.rollups import refresh_rollups

    store = open_test_store(request.param, Path(tmp_path_factory.mktemp("rewritten")), request)
    rows = generate(300, seed=11)
    bulk_load(store, rows.nodes, rows.rels)
    refresh_rollups(store)
    yield store
    store.close()


def _sorted(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(tuple(str(v) for v in r.values()) for r in rows)


def _busiest(store: GraphStore, cypher: str) -> str:
    return str(store.read(cypher).rows[0]["id"])


def test_top_organizations_are_those_whose_peoples_awards_a_walk_counts_most(graph: GraphStore) -> None:
    got = run(graph, "top_organizations", top=10).rows
    walked = graph.read(WALK_TOP_ORGANIZATIONS, {"top": 10}).rows
    assert [(r["awards"], r["people"]) for r in got] == [(r["awards"], r["people"]) for r in walked]
    assert {r["id"] for r in got if r["awards"] > got[-1]["awards"]} <= {r["id"] for r in walked}


def test_org_tree_counts_are_every_organisations_walked_people_and_awards(graph: GraphStore) -> None:
    got = run(graph, "org_tree_counts", top=100_000).rows
    assert _sorted(got) == _sorted(graph.read(WALK_ORG_TREE_COUNTS).rows)
    assert len(got) > 50


def test_org_tree_counts_come_a_page_at_a_time(graph: GraphStore) -> None:
    whole = [r["id"] for r in run(graph, "org_tree_counts", top=100_000).rows]
    paged = [r["id"] for s in range(0, len(whole), 40) for r in run(graph, "org_tree_counts", skip=s, top=40).rows]
    assert sorted(paged) == sorted(whole)


def test_org_rank_counts_are_those_of_walking_each_persons_awards_per_unit(graph: GraphStore) -> None:
    got = run(graph, "org_rank_counts", top=100_000).rows
    assert _sorted(got) == _sorted(graph.read(WALK_ORG_RANK_COUNTS).rows)
    assert any(r["rank_order"] > 0 for r in got)


def test_honours_are_every_series_with_the_awards_a_walk_counts(graph: GraphStore) -> None:
    got = run(graph, "honours", top=100_000).rows
    assert _sorted(got) == _sorted(graph.read(WALK_HONOURS).rows)
    assert [r["awards"] for r in got] == sorted((r["awards"] for r in got), reverse=True)


def test_honour_levels_are_the_awards_counted_one_by_one(graph: GraphStore) -> None:
    assert run(graph, "honour_levels").rows == graph.read(WALK_HONOURS_BY_LEVEL).rows


def test_honours_per_year_are_the_dated_awards_counted_one_by_one(graph: GraphStore) -> None:
    got = run(graph, "honours_per_year").rows
    assert got == graph.read(WALK_HONOURS_PER_YEAR).rows and len(got) > 5


@pytest.mark.parametrize("level", ["", "市"])
def test_honour_series_of_any_year_are_the_walked_series_with_awards(graph: GraphStore, level: str) -> None:
    got = run(graph, "honour_series", level=level, top=100_000).rows
    assert got == graph.read(WALK_HONOUR_SERIES, {"level": level, "year": 0}).rows and got
    assert run(graph, "honour_series_count", level=level).rows[0]["total"] == len(got)


def test_honour_series_of_one_year_count_that_years_awards(graph: GraphStore) -> None:
    year = graph.read(
        "MATCH (a:Award) WHERE a.year IS NOT NULL RETURN a.year AS y, count(*) AS n ORDER BY n DESC, y LIMIT 1"
    ).rows[0]["y"]
    got = run(graph, "honour_series", year=year, top=100_000).rows
    assert got == graph.read(WALK_HONOUR_SERIES, {"level": "", "year": year}).rows and got
    assert {(r["first_year"], r["last_year"]) for r in got} == {(year, year)}
    assert run(graph, "honour_series_count", year=year).rows[0]["total"] == len(got)


def test_counts_give_each_labels_nodes_as_grouping_every_node_does(graph: GraphStore) -> None:
    assert run(graph, "counts").rows == [r for r in graph.read(WALK_COUNTS).rows if r["label"] not in INDEX]


def test_rel_counts_give_each_types_relationships_as_grouping_every_one_does(graph: GraphStore) -> None:
    assert run(graph, "rel_counts").rows == [r for r in graph.read(WALK_REL_COUNTS).rows if r["type"] not in INDEX]


@pytest.mark.parametrize(
    "busiest",
    [
        "MATCH (p:Person)-[:RECEIVED]->(a) RETURN p.id AS id, count(a) AS n ORDER BY n DESC, id LIMIT 1",
        "MATCH (o:Organization) RETURN o.id AS id ORDER BY o.people_total DESC, id LIMIT 1",
        "MATCH (h:Honor) RETURN h.id AS id ORDER BY h.awards_total DESC, id LIMIT 1",
    ],
    ids=["person", "organisation", "honour"],
)
def test_a_nodes_neighbours_are_found_by_its_key_as_by_scanning(graph: GraphStore, busiest: str) -> None:
    node = _busiest(graph, busiest)
    got = run(graph, "neighbourhood", node=node, top=100_000).rows
    assert sorted(r["neighbour"]["id"] for r in got) == sorted(
        r["id"] for r in graph.read(WALK_NEIGHBOURS, {"node": node}).rows
    )
    assert {r["node"]["id"] for r in got} == {node}


def test_the_shortest_connection_between_a_person_and_a_group_is_found_by_key(graph: GraphStore) -> None:
    person, group = (
        graph.read(
            "MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF]->(:Organization)-[:PART_OF]->(g:Organization) "
            "RETURN p.id AS person, g.id AS grp ORDER BY person, grp LIMIT 1"
        )
        .rows[0]
        .values()
    )
    walked = graph.read(
        "MATCH (a {id: $source}), (b {id: $target}) «shortest path a b 8 FACT_RELS» RETURN path",
        {"source": person, "target": group},
    ).rows
    got = run(graph, "shortest_connection", source=person, target=group).rows
    assert [len(r["path"]["rels"]) for r in got] == [len(r["path"]["rels"]) for r in walked] != []


def test_a_persons_co_recipients_page_by_page_are_the_whole_list_and_its_count(graph: GraphStore) -> None:
    person = _busiest(  # one of the largest cohort (a series, year and edition)
        graph,
        "MATCH (p:Person)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) "
        "WITH h, coalesce(a.year, -1) AS y, coalesce(a.edition, '') AS e, count(*) AS n, min(p.id) AS id "
        "RETURN id ORDER BY n DESC, id LIMIT 1",
    )
    whole = [(r["honor"], r["id"]) for r in run(graph, "co_recipients", person=person).rows]
    paged = [
        (r["honor"], r["id"])
        for skip in range(0, len(whole), 3)
        for r in run(graph, "co_recipients", person=person, skip=skip, top=3).rows
    ]
    assert paged == whole and len(whole) > 3
    assert run(graph, "co_recipients_count", person=person).rows[0]["total"] == len(whole)


# The walk the co-recipients' list and total replaced: every award of each of the person's series.
WALK_CO_RECIPIENTS = """
MATCH (p:Person {id: $person})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
MATCH (other:Person)-[:RECEIVED]->(b:Award)-[:OF_HONOR]->(h)
WHERE other.id <> p.id AND coalesce(b.year, -1) = coalesce(a.year, -1)
      AND coalesce(b.edition, '') = coalesce(a.edition, '')
RETURN h.id AS honor_id, a.year AS year, a.edition AS edition, other.id AS id
"""
MOST_AWARDED = (  # the people holding the most awards: several series, years and editions each
    "MATCH (p:Person)-[:RECEIVED]->(a:Award) WITH p.id AS id, count(a) AS n RETURN id ORDER BY n DESC, id LIMIT 8"
)


def test_co_recipients_are_whom_the_walk_over_each_series_finds_once_a_cohort(graph: GraphStore) -> None:
    """A co-recipient is one line per cohort (series, year, edition) they share with the person,
    not one per pair of awards: the list reads as the people of the person's cohorts."""
    for person in [str(r["id"]) for r in graph.read(MOST_AWARDED).rows]:
        rows = run(graph, "co_recipients", person=person).rows
        got = [(r["honor_id"], r["year"], r["edition"], r["id"]) for r in rows]
        walked = {tuple(r.values()) for r in graph.read(WALK_CO_RECIPIENTS, {"person": person}).rows}
        assert len(got) == len(set(got)) and set(got) == walked


def test_co_recipients_count_is_the_people_of_each_cohort_less_the_person(graph: GraphStore) -> None:
    """The total beside the list counts people per cohort, as the honours page's per-edition counts
    do, so it is summed from those stored counts and equals the walk's distinct co-recipients."""
    totals = []
    for person in [str(r["id"]) for r in graph.read(MOST_AWARDED).rows]:
        walked = {tuple(r.values()) for r in graph.read(WALK_CO_RECIPIENTS, {"person": person}).rows}
        total = run(graph, "co_recipients_count", person=person).rows[0]["total"]
        assert total == len(walked) and isinstance(total, int)  # a count, not ladybug's 128-bit sum
        totals.append(total)
    assert any(totals)


@pytest.mark.parametrize("ranks", [(0, 99), (5, 99), (1, 4)], ids=["any rank", "provincial and above", "below"])
def test_people_search_ranked_finds_whom_the_walk_over_honours_and_units_found(
    graph: GraphStore, ranks: tuple[int, int]
) -> None:
    name, unit = (
        graph.read(  # the name most people share, and the name of the largest group
            "MATCH (k:NameKey)-[r:KEY_OF]->() WHERE r.kind = 'name' WITH k.id AS name, count(*) AS n "
            "ORDER BY n DESC, name LIMIT 1 "
            "MATCH (o:Organization) WITH name, o ORDER BY o.people_total DESC, o.id LIMIT 1 RETURN name, o.name AS unit"
        )
        .rows[0]
        .values()
    )
    found = 0
    for words in ({"t1": ""}, {"t1": unit}):
        params = {"q": name[:1], "t2": "", "t3": "", "min_rank": ranks[0], "max_rank": ranks[1], **words}
        walked = graph.read(WALK_RANKED + "RETURN id, name, match ORDER BY match, sort, id", params).rows
        assert run(graph, "people_search_ranked", **params, top=100_000).rows == walked
        found += len(walked)
        counted = graph.read(WALK_RANKED + "RETURN match, count(*) AS people ORDER BY match", params).rows
        assert run(graph, "people_search_ranked_total", **params).rows == counted
    assert found > 0
