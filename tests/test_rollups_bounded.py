"""A whole-graph roll-up refresh on a store that caps each transaction's memory (Neo4j's
``db.memory.transaction.max``) reads a chunk of people or awards at a time and writes in
transactions of a bounded number of rows, whatever the size of the graph, and stores the same
counts as walking the graph.  The bounds are made small here so that 300 generated people (units
under 集团 → 矿 → 队, national to enterprise honours) need many pieces; both stores run the
capped path, Neo4j as it always does.  A store without that cap (ladybug, whose buffer pool is
one all the same) reads the whole graph in chunks too once it is large, and stores the same counts."""

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


# --- a large store without a transaction cap (ladybug: its buffer pool is the cap) --------------


@pytest.fixture
def uncapped(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> GraphStore:
    """300 generated people bulk-loaded (no roll-ups yet), the store treated as uncapped."""
    rows = generate(300, seed=11)
    bulk_load(store, rows.nodes, rows.rels)
    monkeypatch.setattr(rollups, "_CAPPED", ())
    return store


def _people_read(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many people or awards each read of the store is given (filled as it reads)."""
    chunks: list[int] = []
    read = store.read

    def counting(cypher: str, params: dict[str, Any] | None = None, **kw: Any) -> QueryResult:
        chunks.extend(len(params[k]) for k in ("people", "awards") if params and k in params)
        return read(cypher, params, **kw)

    monkeypatch.setattr(store, "read", counting)
    return chunks


def test_a_large_stores_whole_refresh_in_chunks_stores_what_one_read_stores(
    uncapped: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rollups, "_ONE_READ_PEOPLE", 10**9)  # a small store: the whole graph in one read
    refresh_rollups(uncapped)
    in_one_read = stored(uncapped)
    monkeypatch.setattr(rollups, "_ONE_READ_PEOPLE", 0)  # every store large: chunks of CHUNK people or awards
    monkeypatch.setattr(rollups, "_WHOLE_BULK", CHUNK)
    chunks = _people_read(uncapped, monkeypatch)
    refresh_rollups(uncapped)
    assert len(chunks) > 1 and max(chunks) <= CHUNK
    assert stored(uncapped) == in_one_read == direct(uncapped)


def test_a_small_uncapped_stores_whole_refresh_reads_the_graph_in_one_statement(
    uncapped: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rollups, "_ONE_READ_PEOPLE", 10**9)
    chunks = _people_read(uncapped, monkeypatch)
    refresh_rollups(uncapped)
    assert chunks == []
    assert stored(uncapped) == direct(uncapped)
