"""The server store: Neo4j through the official ``neo4j`` driver.

Reads go through ``session.execute_read`` in READ access mode, so a
``neo4j://`` routing URI sends them to followers in a cluster or Aura, and the
server itself refuses writes there.  Writes run all batches inside one
``execute_write`` transaction function (retried by the driver on transient
errors, all-or-nothing).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from typing import Any

import neo4j
from neo4j import GraphDatabase, unit_of_work
from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable

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

MACROS = {
    "shortest": lambda p, a, b, hops, types="*": (
        f"MATCH {p} = shortestPath(({a})-[{rel_types(types)}*1..{int(hops)}]-({b}))"
    ),
    "reltype": lambda r: f"type({r})",
    "label": lambda n: f"labels({n})[0]",
    "nodeid": lambda n: f"{n}.id",
    "int": lambda x: f"toInteger({x})",
    "float": lambda x: f"toFloat({x})",
}

# LOAD CSV reads files and hosts, dbms.* procedures reach server settings, apoc.* may reach
# anything: none of them runs through read(), whatever the server's configuration.
_FORBIDDEN_READ = re.compile(r"\bLOAD\s+CSV\b|\bCALL\s+(dbms|apoc)\.|\bapoc\.", re.I)


def ddl() -> list[str]:
    """Constraints and indexes for every label declared in graph.schema."""
    out = []
    for n in schema.NODES:
        out.append(
            f"CREATE CONSTRAINT {n.label.lower()}_{n.key} IF NOT EXISTS FOR (n:{n.label}) REQUIRE n.{n.key} IS UNIQUE"
        )
        for prop in n.indexed:
            out.append(f"CREATE INDEX {n.label.lower()}_{prop} IF NOT EXISTS FOR (n:{n.label}) ON (n.{prop})")
    return out


def to_plain(value: Any) -> Any:
    """Driver values → the project's plain shapes (same as the embedded store's)."""
    if isinstance(value, neo4j.graph.Node):
        label = next(iter(value.labels), None)
        return {"_label": label, "_eid": value.element_id, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {
            "_type": value.type,
            "_eid": value.element_id,
            "_src": value.start_node.element_id if value.start_node else None,
            "_dst": value.end_node.element_id if value.end_node else None,
            **{k: to_plain(v) for k, v in value.items()},
        }
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [to_plain(n) for n in value.nodes], "rels": [to_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return value


class Neo4jStore:
    """GraphStore over a Neo4j server, cluster or Aura."""

    name = "neo4j"
    macros = MACROS

    def __init__(self, uri: str, user: str, password: str, *, database: str | None = None) -> None:
        self.uri, self.database = uri, database
        try:
            self._driver = GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except (DriverError, Neo4jError, ValueError, OSError) as exc:
            raise StoreError(f"cannot connect to Neo4j at {uri}: {exc}") from exc

    def _session(self, mode: str) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=mode)

    def ensure_schema(self) -> None:
        with self._session(neo4j.WRITE_ACCESS) as session:
            for stmt in ddl():
                session.run(stmt).consume()

    def clear(self) -> None:
        with self._session(neo4j.WRITE_ACCESS) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        limit: int | None = None,
        timeout_s: float | None = None,
    ) -> QueryResult:
        cypher = render_macros(cypher, MACROS)
        check_bounded_paths(cypher)
        if _FORBIDDEN_READ.search(cypher):
            raise ReadOnlyError(f"not allowed in a read query: {_FORBIDDEN_READ.search(cypher).group(0)}")

        @unit_of_work(timeout=timeout_s or DEFAULT_TIMEOUT_S)
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            result = tx.run(cypher, params or {})
            columns = list(result.keys())
            rows, truncated = [], False
            for record in result:
                if limit is not None and len(rows) >= limit:
                    truncated = True
                    break
                rows.append({k: to_plain(record[k]) for k in columns})
            return QueryResult(columns, rows, truncated)

        started = time.perf_counter()
        try:
            with self._session(neo4j.READ_ACCESS) as session:
                out = session.execute_read(work)
        except Neo4jError as exc:
            raise self._translate(exc) from exc
        except (DriverError, ServiceUnavailable) as exc:
            raise StoreError(f"Neo4j at {self.uri}: {exc}") from exc
        out.elapsed_s = time.perf_counter() - started
        return out

    def write(self, batches: Iterable[Batch]) -> WriteSummary:
        materialised = [(render_macros(b.cypher, MACROS), list(rows)) for b in batches for rows in chunks(list(b.rows))]

        def work(tx: neo4j.ManagedTransaction) -> None:
            for cypher, rows in materialised:
                tx.run(cypher, {"rows": rows}).consume()

        started = time.perf_counter()
        try:
            with self._session(neo4j.WRITE_ACCESS) as session:
                session.execute_write(work)
        except Neo4jError as exc:
            raise self._translate(exc) from exc
        except (DriverError, ServiceUnavailable) as exc:
            raise StoreError(f"Neo4j at {self.uri}: {exc}") from exc
        return WriteSummary(len(materialised), sum(len(r) for _, r in materialised), time.perf_counter() - started)

    # --- bulk path (graph.bulk) -------------------------------------------------
    BULK_BATCH_ROWS = 10_000
    BULK_TX_ROWS = 100_000

    def bulk_insert(self, tables: Iterable[Any], done: Callable[[Any, float], None] | None = None) -> None:
        """``UNWIND $rows AS r CREATE …`` per ``graph.bulk.BulkTable``, rows sent as lists.

        Batches of 10k rows, about 100k rows per transaction: one transaction for
        a million rows would not fit the server's heap, and CREATE skips the
        index look-up MERGE does for every row.  Relationship endpoints are found
        through the unique-key constraints of ``ensure_schema``.
        """
        for table in tables:
            started = time.perf_counter()
            cypher = self._bulk_cypher(table)
            rows = [list(r) for r in table.rows]
            step = self.BULK_TX_ROWS

            def work(tx: neo4j.ManagedTransaction, part: list[list[Any]]) -> None:
                for i in range(0, len(part), self.BULK_BATCH_ROWS):
                    tx.run(cypher, {"rows": part[i : i + self.BULK_BATCH_ROWS]}).consume()

            try:
                with self._session(neo4j.WRITE_ACCESS) as session:
                    for i in range(0, len(rows), step):
                        session.execute_write(work, rows[i : i + step])
            except Neo4jError as exc:
                raise self._translate(exc) from exc
            except (DriverError, ServiceUnavailable) as exc:
                raise StoreError(f"Neo4j at {self.uri}: {exc}") from exc
            if done:
                done(table, time.perf_counter() - started)

    @staticmethod
    def _bulk_cypher(table: Any) -> str:
        offset = 2 if table.is_rel else 0
        props = ", ".join(f"{p.name}: r[{i + offset}]" for i, p in enumerate(table.columns))
        if table.is_rel:
            return (
                f"UNWIND $rows AS r MATCH (a:{table.src_label} {{id: r[0]}}) MATCH (b:{table.dst_label} {{id: r[1]}}) "
                f"CREATE (a)-[:{table.name}{' {' + props + '}' if props else ''}]->(b)"
            )
        return f"UNWIND $rows AS r CREATE (:{table.name} {{{props}}})"

    @staticmethod
    def _translate(exc: Neo4jError) -> StoreError:
        code = exc.code or ""
        if "AccessMode" in code or "Forbidden" in code or "read access mode" in str(exc).lower():
            return ReadOnlyError(f"the store refused a write: {exc.message}")
        if "TransactionTimedOut" in code or "Terminated" in code:
            return QueryTimeout("query interrupted: it ran past its time limit")
        if isinstance(exc, ClientError):
            return StoreError(f"query error: {exc.message}")
        return StoreError(f"Neo4j: {exc}")

    def close(self) -> None:
        self._driver.close()
