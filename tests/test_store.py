"""The GraphStore contract, on both stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import schema
from graph.errors import ReadOnlyError, StoreError
from graph.store import Batch, BulkTable, GraphStore
from tests.conftest import STORES, open_test_store

PEOPLE = "UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p.name = r.name"


def test_a_batched_write_is_readable_with_parameters(store: GraphStore) -> None:
    store.write([Batch(PEOPLE, [{"id": "p-1", "name": "张伟"}, {"id": "p-2", "name": "李军萍"}])])
    result = store.read("MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id", {"name": "李军萍"})
    assert result.columns == ["id"] and result.rows == [{"id": "p-2"}]


def test_writing_the_same_rows_twice_changes_nothing(store: GraphStore) -> None:
    rows = [{"id": "p-1", "name": "张伟"}]
    store.write([Batch(PEOPLE, rows)])
    store.write([Batch(PEOPLE, rows)])
    assert store.read("MATCH (p:Person) RETURN count(*) AS n").rows == [{"n": 1}]


def test_a_failing_batch_rolls_back_the_whole_transaction(store: GraphStore) -> None:
    good = Batch(PEOPLE, [{"id": "p-1", "name": "张伟"}])
    bad = Batch("UNWIND $rows AS r MERGE (p:Person {id: r.id}) SET p.name = r.name", [{"id": None, "name": "无名"}])
    with pytest.raises(StoreError):
        store.write([good, bad])
    assert store.read("MATCH (p:Person) RETURN count(*) AS n").rows == [{"n": 0}]


def test_reads_refuse_writes_through_the_store(store: GraphStore) -> None:
    with pytest.raises(ReadOnlyError):
        store.read("CREATE (p:Person {id: 'p-x', name: '王晓峰'}) RETURN p")
    with pytest.raises(ReadOnlyError):
        store.read("MATCH (p:Person) SET p.name = '改名' RETURN p")
    assert store.read("MATCH (p:Person) RETURN count(*) AS n").rows == [{"n": 0}]


def test_a_script_that_commits_and_writes_is_refused(store: GraphStore) -> None:
    with pytest.raises(StoreError):
        store.read("COMMIT; CREATE (:Person {id: 'p-x'})")
    with pytest.raises(StoreError):
        store.read("MATCH (n) RETURN n; MATCH (n) DETACH DELETE n")
    assert store.read("MATCH (p:Person) RETURN count(*) AS n").rows == [{"n": 0}]


def test_row_limit_truncates_and_says_so(store: GraphStore) -> None:
    store.write([Batch(PEOPLE, [{"id": f"p-{i}", "name": f"工人{i}"} for i in range(30)])])
    result = store.read("MATCH (p:Person) RETURN p.id AS id", limit=10)
    assert len(result.rows) == 10 and result.truncated


def test_nodes_come_back_as_plain_dicts_with_label(store: GraphStore) -> None:
    store.write([Batch(PEOPLE, [{"id": "p-1", "name": "张伟"}])])
    node = store.read("MATCH (p:Person) RETURN p").rows[0]["p"]
    assert node["_label"] == "Person" and node["name"] == "张伟" and isinstance(node["_eid"], str)


def test_rows_are_written_in_chunks_beyond_one_batch(store: GraphStore) -> None:
    summary = store.write([Batch(PEOPLE, [{"id": f"p-{i}", "name": "张伟"} for i in range(2500)])])
    assert summary.statements == 3 and summary.rows == 2500
    assert store.read("MATCH (p:Person) RETURN count(*) AS n").rows == [{"n": 2500}]


def test_a_syntax_error_is_a_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError, match=r"query error|Parser|Invalid"):
        store.read("MATCH (p:Person RETURN p")


@pytest.mark.parametrize("kind", STORES)
def test_a_read_only_store_reads_but_refuses_writes_bulk_inserts_clear_and_schema_changes(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    writable = open_test_store(kind, tmp_path, request)
    writable.write([Batch(PEOPLE, [{"id": "p-1", "name": "张伟"}])])
    writable.close()
    ro = open_test_store(kind, tmp_path, request, read_only=True)
    try:
        assert ro.read_only
        refused = {
            "write": lambda: ro.write([Batch(PEOPLE, [{"id": "p-2", "name": "李军萍"}])]),
            "bulk_insert": lambda: ro.bulk_insert([BulkTable("Person", schema.node("Person").props, [])]),
            "clear": ro.clear,
            "ensure_schema": ro.ensure_schema,
        }
        for what, attempt in refused.items():
            with pytest.raises(ReadOnlyError, match="read-only"):
                attempt()
            assert ro.read("MATCH (p:Person) RETURN p.name AS name").rows == [{"name": "张伟"}], what
    finally:
        ro.close()
