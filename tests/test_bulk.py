"""The bulk path: an empty store loaded without MERGE holds the graph the MERGE path builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate
from graph.bulk import bulk_load, bulk_tables
from graph.errors import ReadOnlyError, StoreError
from graph.export import dump
from graph.store import GraphStore
from graph.writer import batches_for
from loaders.pipeline import graph_counts, load_files
from tests.conftest import SAMPLE_PROFILE, embedded_store


@pytest.fixture(scope="module")
def rows():
    return generate(300, seed=11)


def _merge_target(store: GraphStore, tmp_path: Path) -> GraphStore:
    """A second empty store of the same kind.  Neo4j Community has one user database,
    so the Neo4j comparison empties the store after dumping the bulk load."""
    if store.name == "neo4j":
        store.clear()
        return store
    return embedded_store(tmp_path / "merge.lbug")


def test_bulk_and_merge_loads_of_300_generated_people_give_identical_dumps(
    store: GraphStore, rows, tmp_path: Path
) -> None:
    report = bulk_load(store, rows.nodes, rows.rels)
    bulk_dump = dump(store)
    other = _merge_target(store, tmp_path)
    other.write(batches_for(rows.nodes, rows.rels))
    merge_dump = dump(other)
    assert len(bulk_dump["nodes"]["Person"]) == 300
    assert report.nodes == sum(len(v) for v in bulk_dump["nodes"].values())
    assert bulk_dump == merge_dump


def test_the_sample_profile_bulk_loaded_matches_its_merge_load(store: GraphStore, tmp_path: Path) -> None:
    from loaders.graph_rows import profile_rows
    from loaders.profile_io import read_profile

    load_files(store, [SAMPLE_PROFILE])
    merged = dump(store)
    for doc in merged["nodes"]["Document"]:  # who loaded it and when: a stamp of that load, not of the graph
        doc["loaded_by"] = doc["loaded_at"] = None
    store.clear()
    rows = profile_rows(read_profile(SAMPLE_PROFILE))
    bulk_load(store, rows.nodes, rows.rels)
    assert dump(store) == merged


def test_bulk_load_into_a_store_that_holds_data_is_refused_and_changes_nothing(seeded: GraphStore, rows) -> None:
    before = graph_counts(seeded)
    with pytest.raises(StoreError, match=r"empty store.*laomo load"):
        bulk_load(seeded, rows.nodes, rows.rels)
    assert graph_counts(seeded) == before


def test_relationships_to_missing_nodes_are_dropped_and_counted_like_the_merge_path_ignores_them() -> None:
    nodes = {
        "Person": {"p-1": {"id": "p-1", "name": "张伟"}},
        "Organization": {"o-1": {"id": "o-1", "name": "九里山矿"}},
    }
    rels = {
        "WORKS_AT": [
            {"src": "p-1", "dst": "o-1", "src_label": "Person", "dst_label": "Organization", "doc": "d"},
            {"src": "p-1", "dst": "o-404", "src_label": "Person", "dst_label": "Organization", "doc": "d"},
        ]
    }
    tables, dropped = bulk_tables(nodes, rels)
    works_at = next(t for t in tables if t.name == "WORKS_AT")
    assert dropped == 1 and [r[:2] for r in works_at.rows] == [("p-1", "o-1")]


def test_repeated_relationship_facts_collapse_on_their_merge_keys() -> None:
    nodes = {
        "Person": {"p-1": {"id": "p-1", "name": "王芳"}},
        "Organization": {"o-1": {"id": "o-1", "name": "焦作市总工会"}},
    }
    same = {"src": "p-1", "dst": "o-1", "src_label": "Person", "dst_label": "Organization"}
    rels = {
        "WORKS_AT": [
            {**same, "doc": "doc-a", "sentence": "一"},
            {**same, "doc": "doc-a", "sentence": "二"},
            {**same, "doc": "doc-b", "sentence": "三"},
        ]
    }
    tables, _ = bulk_tables(nodes, rels)
    works_at = next(t for t in tables if t.name == "WORKS_AT")
    sentences = sorted(r[3] for r in works_at.rows)  # (src, dst, doc, sentence, …)
    assert sentences == ["三", "二"]  # one edge per document, the last statement wins


def test_a_failed_bulk_load_leaves_the_store_empty(store: GraphStore) -> None:
    # People go in first; the award's raw text is a map, which neither store can hold
    nodes = {
        "Person": {"p-1": {"id": "p-1", "name": "张伟", "born": "1980-02"}},
        "Award": {"a-1": {"id": "a-1", "year": 2021, "raw": {"text": "第三届焦作工匠"}}},
    }
    with pytest.raises(StoreError, match="emptied again"):
        bulk_load(store, nodes, {})
    assert graph_counts(store).get("Person", 0) == 0


def test_a_read_only_embedded_store_refuses_a_bulk_load(tmp_path: Path) -> None:
    path = tmp_path / "ro.lbug"
    embedded_store(path).close()
    ro = embedded_store(path, read_only=True)
    rows = generate(5, seed=1)
    with pytest.raises(ReadOnlyError):
        bulk_load(ro, rows.nodes, rows.rels)
    ro.close()


def test_a_stored_row_holds_each_value_as_stored_value_gives_it_and_null_for_what_is_missing() -> None:
    from graph import schema
    from graph.bulk import stored_row, stored_value

    person = {"id": "p-1", "name": "张伟", "aliases": [], "born": "1980-02"}
    award = {"id": "a-1", "year": 2021, "edition": None}
    for label, row in (("Person", person), ("Award", award)):
        props = schema.node(label).props
        assert stored_row(props)(row) == tuple(stored_value(row.get(p.name), p) for p in props)
    assert stored_row(schema.node("Person").props)({**person, "aliases": ["张 伟"]}).count(["张 伟"]) == 1
