"""Bulk loading a graph that arrives in pieces (graph.bulk_stream): the same graph as a whole-graph bulk load."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate, generate_chunks
from graph.bulk import bulk_load
from graph.bulk_stream import piece_arrow, stream_load
from graph.errors import StoreError
from graph.export import dump
from graph.store import GraphStore
from loaders.graph_rows import GraphRows
from loaders.pipeline import graph_counts
from tests.conftest import embedded_store


def test_a_streamed_load_gives_the_graph_a_whole_graph_bulk_load_gives(store: GraphStore, tmp_path: Path) -> None:
    whole = embedded_store(tmp_path / "whole.lbug")
    try:
        rows = generate(400, seed=9)
        bulk_load(whole, rows.nodes, rows.rels)
        report = stream_load(store, generate_chunks(400, seed=9, chunk_people=90))
        stored = dump(store)
        assert stored == dump(whole)
        assert report.nodes == sum(len(v) for v in stored["nodes"].values())
        assert report.rels == sum(len(v) for v in stored["rels"].values())
    finally:
        whole.close()


def _works_at(doc: str, sentence: str) -> dict:
    return {
        "src": "p-1",
        "dst": "o-1",
        "src_label": "Person",
        "dst_label": "Organization",
        "doc": doc,
        "sentence": sentence,
        "span_start": 0,
        "span_end": len(sentence),
        "confidence": 0.9,
    }


def _two_sources_one_repeated() -> GraphRows:
    rows = GraphRows()
    rows.add_node("Person", {"id": "p-1", "name": "张伟", "aliases": [], "born": "1980-02"})
    rows.add_node("Organization", {"id": "o-1", "name": "九里山矿", "aliases": [], "kind": "矿"})
    for doc, sentence in (
        ("d-1", "张伟是九里山矿电工。"),
        ("d-2", "张伟在九里山矿工作。"),
        ("d-1", "张伟，九里山矿首席技师。"),
    ):
        rows.rels["WORKS_AT"].append(_works_at(doc, sentence))
    return rows


def test_a_fact_stated_twice_by_one_document_is_one_edge_the_last_statement_wins() -> None:
    (data,) = [d for t, d in piece_arrow(_two_sources_one_repeated()) if t.name == "WORKS_AT"]
    assert sorted(zip(data["doc"].to_pylist(), data["sentence"].to_pylist(), strict=True)) == [
        ("d-1", "张伟，九里山矿首席技师。"),
        ("d-2", "张伟在九里山矿工作。"),
    ]


def test_a_streamed_load_into_a_store_that_holds_data_is_refused(seeded: GraphStore) -> None:
    before = graph_counts(seeded)
    with pytest.raises(StoreError, match="empty store"):
        stream_load(seeded, generate_chunks(20, seed=1, chunk_people=10))
    assert graph_counts(seeded) == before


def test_a_relationship_whose_endpoint_never_came_fails_the_load_and_leaves_the_store_empty(tmp_path: Path) -> None:
    store = embedded_store(tmp_path / "broken.lbug")
    try:
        rows = _two_sources_one_repeated()
        del rows.nodes["Organization"]  # 九里山矿 is missing: the stream broke its promise
        with pytest.raises(StoreError, match="emptied again"):
            stream_load(store, [rows])
        assert graph_counts(store).get("Person", 0) == 0
    finally:
        store.close()
