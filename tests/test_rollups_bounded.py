"""A whole-graph roll-up refresh on a store that caps each transaction's memory (Neo4j's
``db.memory.transaction.max``) reads a chunk of people or awards at a time and writes in
transactions of a bounded number of rows, whatever the size of the graph, and stores the same
counts as walking the graph.  The bounds are made small here so that 300 generated people (units
under 集团 → 矿 → 队, national to enterprise honours) need many pieces; both stores run the
capped path, Neo4j as it always does."""

from __future__ import annotations

from typing import Any

import pytest

from bench.generate import generate
from graph import rollups
from graph.bulk import bulk_load
from graph.rollups import refresh_rollups
from graph.store import Batch, GraphStore, QueryResult
from tests.test_rollups import direct, stored

CHUNK, TX_ROWS = 40, 50


@pytest.fixture
def capped(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> GraphStore:
    """300 generated people bulk-loaded (no roll-ups yet), the store treated as capped with small bounds."""
    rows = generate(300, seed=11)
    bulk_load(store, rows.nodes, rows.rels)
    monkeypatch.setattr(rollups, "_CAPPED", (store.name,))
    monkeypatch.setattr(rollups, "_CAPPED_BULK", CHUNK)
    monkeypatch.setattr(rollups, "_TX_ROWS", TX_ROWS)
    return store


def test_a_capped_store_refreshed_whole_in_pieces_holds_the_walked_counts(capped: GraphStore) -> None:
    refresh_rollups(capped)
    assert stored(capped) == direct(capped)


def test_a_capped_stores_refresh_writes_no_transaction_above_the_row_bound(
    capped: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []
    write = capped.write

    def counting(batches: Any) -> Any:
        batches = list(batches)
        if not any("year_awards" in b.cypher for b in batches):  # one row per series: graph.honour_years
            sizes.append(sum(len(b.rows) for b in batches if isinstance(b, Batch)))
        return write(batches)

    monkeypatch.setattr(capped, "write", counting)
    refresh_rollups(capped)
    people = capped.read("MATCH (p:Person) RETURN count(p) AS n").rows[0]["n"]
    assert max(sizes) <= TX_ROWS and sum(sizes) >= people  # every person's highest rank, among others


def test_a_capped_stores_whole_refresh_reads_a_chunk_of_people_or_awards_at_a_time(
    capped: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunks: list[int] = []
    read = capped.read

    def counting(cypher: str, params: dict[str, Any] | None = None, **kw: Any) -> QueryResult:
        chunks.extend(len(params[k]) for k in ("people", "awards") if params and k in params)
        return read(cypher, params, **kw)

    monkeypatch.setattr(capped, "read", counting)
    refresh_rollups(capped)
    assert chunks and max(chunks) <= CHUNK
