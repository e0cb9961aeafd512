"""A long load on the embedded store does not keep a prepared statement per write.

The ladybug driver caches a prepared statement for every ``LOAD FROM $data`` it runs with an
Arrow table, keyed by the table object, so each slice of ``laomo load`` added one (holding its
table) until the connection closed: 485 after 5,000 people, and the 100,000-person load grew
~1.2 GB a minute.  The store drops those statements after each write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph import schema
from graph.store import BulkTable
from tests.conftest import embedded_store

NAMES = ("张伟", "王芳", "李军萍", "赵来宾", "刘秀英", "陈建国")


def _people(first: int, n: int) -> BulkTable:
    props = schema.node("Person").props
    rows: list[tuple[Any, ...]] = []
    for k in range(first, first + n):
        values = {"id": f"p-{k:016x}", "name": NAMES[k % len(NAMES)]}
        rows.append(tuple(values.get(p.name) for p in props))
    return BulkTable("Person", props, rows)


def test_writing_new_people_slice_after_slice_keeps_no_statement_per_slice(tmp_path: Path) -> None:
    store = embedded_store(tmp_path / "laomo.lbug")
    try:
        store.write([_people(0, 3)])
        cached = len(store._writer._pybind_implicit_prepared_cache)  # type: ignore[attr-defined]
        for s in range(1, 30):
            store.write([_people(3 * s, 3)])
        assert len(store._writer._pybind_implicit_prepared_cache) == cached  # type: ignore[attr-defined]
        assert store.read("MATCH (p:Person) RETURN count(p) AS n").rows == [{"n": 90}]
    finally:
        store.close()
