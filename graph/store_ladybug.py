"""The embedded store: ladybug (the maintained fork of Kùzu), one file, no server.

Dialect notes (measured, see shared/notes/stack-facts.md): schema-first DDL,
``label(r)`` instead of ``type(r)``, ``-[* SHORTEST 1..n]-`` instead of
``shortestPath()``, no ``SET n += map``.  An unbounded variable-length path can
hang the engine, so every read runs under a query timeout.

Read-only enforcement: a read runs inside ``BEGIN TRANSACTION READ ONLY``.
Because a statement such as ``COMMIT`` would end that transaction early, reads
are first prepared (ladybug refuses to prepare several statements at once) and
statements that control transactions or the database are refused outright.
"""

from __future__ import annotations

import re
import threading
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import ladybug

from graph import schema
from graph.errors import QueryTimeout, ReadOnlyError, StoreError
from graph.store import (
    DEFAULT_TIMEOUT_S,
    Batch,
    QueryResult,
    WriteSummary,
    check_bounded_paths,
    chunks,
    rel_types,
    render_macros,
)

# First keywords a read may start with; anything else (BEGIN, COMMIT, COPY,
# INSTALL, ATTACH, CREATE, …) never reaches the engine through read().
_READ_START = re.compile(r"^\s*(MATCH|OPTIONAL|RETURN|WITH|UNWIND|CALL|EXPLAIN|PROFILE)\b", re.I)
# Clauses that reach files, hosts or the catalogue; never from a read, wherever they appear.
_FORBIDDEN = re.compile(
    r"\b(LOAD\s+FROM|LOAD\s+EXTENSION|INSTALL|ATTACH|DETACH\s+DATABASE|COPY|EXPORT|IMPORT|CHECKPOINT)\b", re.I
)
_PROCEDURES_OK = re.compile(r"^\s*CALL\s+(show_tables|table_info|show_connection|current_setting|db_version)\b", re.I)

MACROS = {
    # «shortest p a b 8 TYPES» → a bounded shortest path between bound nodes a and b
    "shortest": lambda p, a, b, hops, types="*": (
        f"MATCH {p} = ({a})-[{rel_types(types)}* SHORTEST 1..{int(hops)}]-({b})"
    ),
    "reltype": lambda r: f"label({r})",
    "label": lambda n: f"label({n})",
    "nodeid": lambda n: f"{n}.id",
    "int": lambda x: f"CAST({x} AS INT64)",
    "float": lambda x: f"CAST({x} AS DOUBLE)",
}


def _ddl_type(t: str) -> str:
    return t  # schema types are written in ladybug's spelling already


def ddl() -> list[str]:
    """CREATE statements for every table declared in graph.schema."""
    out = []
    for n in schema.NODES:
        cols = ", ".join(f"{p.name} {_ddl_type(p.type)}" for p in n.props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {n.label}({cols}, PRIMARY KEY ({n.key}))")
    for r in schema.RELS:
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in r.pairs)
        cols = "".join(f", {p.name} {_ddl_type(p.type)}" for p in r.props)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {r.type}({pairs}{cols})")
    return out


def _eid(internal: dict[str, int] | None) -> str | None:
    return f"{internal['table']}:{internal['offset']}" if internal else None


def to_plain(value: Any) -> Any:
    """Ladybug values → the project's plain shapes (same as the Neo4j store's)."""
    if isinstance(value, dict):
        if "_NODES" in value:
            return {"nodes": [to_plain(n) for n in value["_NODES"]], "rels": [to_plain(r) for r in value["_RELS"]]}
        if "_LABEL" in value and "_SRC" in value:
            props = {k: to_plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
            return {
                "_type": value["_LABEL"],
                "_eid": _eid(value.get("_ID")),
                "_src": _eid(value["_SRC"]),
                "_dst": _eid(value["_DST"]),
                **props,
            }
        if "_LABEL" in value and "_ID" in value:
            label = value["_LABEL"]
            declared = schema.NODE_BY_LABEL.get(label)
            keep = set(declared.prop_names) if declared else None
            props = {k: to_plain(v) for k, v in value.items() if not k.startswith("_") and (keep is None or k in keep)}
            return {"_label": label, "_eid": _eid(value["_ID"]), **props}
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


class LadybugStore:
    """GraphStore over a ladybug database file."""

    name = "embedded"
    macros = MACROS

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except Exception as exc:  # the driver raises RuntimeError for locked/corrupt files
            raise StoreError(f"cannot open embedded store {self.path}: {exc}") from exc
        # One connection is shared by Streamlit's threads; ladybug connections are not.
        self._lock = threading.RLock()

    # --- schema -------------------------------------------------------------
    def ensure_schema(self) -> None:
        with self._lock:
            for stmt in ddl():
                self._execute(stmt)

    def clear(self) -> None:
        with self._lock:
            for n in schema.NODES:
                self._execute(f"MATCH (n:{n.label}) DETACH DELETE n")

    # --- reads --------------------------------------------------------------
    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        limit: int | None = None,
        timeout_s: float | None = None,
    ) -> QueryResult:
        cypher = render_macros(cypher, MACROS)
        self._check_single_read(cypher)
        started = time.perf_counter()
        with self._lock:
            self._conn.set_query_timeout(int((timeout_s or DEFAULT_TIMEOUT_S) * 1000))
            self._execute("BEGIN TRANSACTION READ ONLY")
            try:
                result = self._execute(cypher, params)
                columns = result.get_column_names()
                rows: list[dict[str, Any]] = []
                truncated = False
                while result.has_next():
                    if limit is not None and len(rows) >= limit:
                        truncated = True
                        break
                    rows.append(dict(zip(columns, (to_plain(v) for v in result.get_next()))))
            finally:
                self._rollback_quietly()
                self._conn.set_query_timeout(0)
        return QueryResult(columns, rows, truncated, time.perf_counter() - started)

    def _check_single_read(self, cypher: str) -> None:
        check_bounded_paths(cypher)
        if _FORBIDDEN.search(cypher):
            raise ReadOnlyError(f"not allowed in a read query: {_FORBIDDEN.search(cypher).group(0)}")
        if not _READ_START.match(cypher):
            raise ReadOnlyError("only read queries (MATCH, RETURN, WITH, UNWIND, CALL …) are allowed here")
        if re.match(r"^\s*CALL\b", cypher, re.I) and not _PROCEDURES_OK.match(cypher):
            raise ReadOnlyError("only catalogue procedures (show_tables, table_info) may be called here")
        with self._lock, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            prepared = self._conn.prepare(cypher)
        if not prepared.is_success():
            message = prepared.get_error_message()
            if "multiple statements" in message:
                raise ReadOnlyError("one statement at a time: the console refuses ';'-separated scripts")
            raise StoreError(f"query error: {message}")

    # --- writes -------------------------------------------------------------
    def write(self, batches: Iterable[Batch]) -> WriteSummary:
        if self.read_only:
            raise ReadOnlyError(f"embedded store {self.path} is open read-only")
        summary = WriteSummary()
        started = time.perf_counter()
        with self._lock:
            self._execute("BEGIN TRANSACTION")
            try:
                for batch in batches:
                    for rows in chunks(list(batch.rows)):
                        self._execute(render_macros(batch.cypher, MACROS), {"rows": list(rows)})
                        summary.statements += 1
                        summary.rows += len(rows)
                self._execute("COMMIT")
            except BaseException:
                self._rollback_quietly()
                raise
        summary.elapsed_s = time.perf_counter() - started
        return summary

    # --- bulk path (graph.bulk) -------------------------------------------------
    def bulk_insert(self, tables: Iterable[Any], done: Callable[[Any, float], None] | None = None) -> None:
        """``COPY`` each ``graph.bulk.BulkTable`` from an Arrow table: no MERGE, no per-row Cypher.

        COPY runs outside an explicit transaction (ladybug 0.22 crashes on COPY
        inside ``BEGIN TRANSACTION``), one statement per table; a relationship
        table declared with several FROM/TO pairs names its pair:
        ``COPY EVIDENCED_BY FROM $t (from='Award', to='Document')``.
        """
        import pyarrow as pa

        if self.read_only:
            raise ReadOnlyError(f"embedded store {self.path} is open read-only")
        types = {
            schema.STRING: pa.string(),
            schema.INT: pa.int64(),
            schema.FLOAT: pa.float64(),
            schema.STRINGS: pa.list_(pa.string()),
        }
        for table in tables:
            started = time.perf_counter()
            columns = list(zip(*table.rows)) if table.rows else [()] * (len(table.columns) + 2 * table.is_rel)
            arrays, names = [], []
            if table.is_rel:
                arrays += [pa.array(columns[0], pa.string()), pa.array(columns[1], pa.string())]
                names += ["from", "to"]
                columns = columns[2:]
            arrays += [pa.array(col, types[prop.type]) for col, prop in zip(columns, table.columns)]
            names += [prop.name for prop in table.columns]
            data = pa.Table.from_arrays(arrays, names=names)
            pair = f" (from='{table.src_label}', to='{table.dst_label}')" if table.is_rel else ""
            with self._lock:
                self._execute(f"COPY {table.name} FROM $data{pair}", {"data": data})
            if done:
                done(table, time.perf_counter() - started)

    # --- plumbing -----------------------------------------------------------
    def _execute(self, cypher: str, params: dict[str, Any] | None = None) -> Any:
        try:
            return self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            text = str(exc)
            if "Interrupted" in text:
                raise QueryTimeout("query interrupted: it ran past its time limit") from exc
            if "read-only" in text:
                raise ReadOnlyError(f"the store refused a write: {text}") from exc
            raise StoreError(f"embedded store: {text}") from exc

    def _rollback_quietly(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:
            pass  # an error inside a transaction already rolled it back

    def close(self) -> None:
        with self._lock:
            try:
                self._conn.close()
                self._db.close()
            except Exception:  # closing twice is harmless
                pass
