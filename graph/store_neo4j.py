"""The server store: Neo4j through the official ``neo4j`` driver.

Reads go through ``session.execute_read`` in READ access mode, so a
``neo4j://`` routing URI sends them to followers in a cluster or Aura, and the
server itself refuses writes there.  Writes run all batches inside one
``execute_write`` transaction function (retried by the driver on transient
errors, all-or-nothing).

Console queries (``read(…, console=True)``) are classified by the server: ``EXPLAIN``
first, and only a plan whose query type is ``r`` runs, in an explicit READ
transaction with a timeout and metadata that ``Cancel`` uses to terminate it
(``TERMINATE TRANSACTIONS``, from another session).  The server's
``db.memory.transaction.max`` caps each transaction's memory (tools/neo4j,
docker-compose.yml); hitting it is reported, never retried.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import neo4j
from neo4j import GraphDatabase, unit_of_work
from neo4j.exceptions import ClientError, DriverError, Neo4jError, ServiceUnavailable

from graph import schema
from graph.cypher_guard import check_read
from graph.errors import QueryStopped, QueryTimeout, ReadOnlyError, StoreError
from graph.store import (
    DEFAULT_TIMEOUT_S,
    Batch,
    BulkTable,
    Cancel,
    QueryResult,
    TableDone,
    WriteSummary,
    chunks,
    refuse_if_read_only,
    rel_types,
    render_macros,
)

MACROS: dict[str, Callable[..., str]] = {
    "shortest": lambda p, a, b, hops, types="*": (
        f"MATCH {p} = shortestPath(({a})-[{rel_types(types)}*1..{int(hops)}]-({b}))"
    ),
    "reltype": lambda r: f"type({r})",
    "label": lambda n: f"labels({n})[0]",
    "nodeid": lambda n: f"{n}.id",
    "int": lambda x: f"toInteger({x})",
    "str": lambda x: f"toString({x})",
    "float": lambda x: f"toFloat({x})",
    "joined": lambda xs: f"reduce(s = '', x IN {xs} | s + '|' + x)",
    "joinon": lambda var: f"USING JOIN ON {var}",
}

# A plan of any other type (w, rw, s: writes, schema) never runs from the console.
_READ_PLAN = "r"
_EXPLAIN_PREFIX = re.compile(r"^\s*(EXPLAIN|PROFILE)\b", re.I)


def ddl() -> list[str]:
    """Constraints and indexes for every label declared in graph.schema."""
    out = []
    for n in schema.NODES:
        out.append(
            f"CREATE CONSTRAINT {n.label.lower()}_{n.key} IF NOT EXISTS FOR (n:{n.label}) REQUIRE n.{n.key} IS UNIQUE"
        )
        for prop in n.indexed:
            out.append(f"CREATE INDEX {n.label.lower()}_{prop} IF NOT EXISTS FOR (n:{n.label}) ON (n.{prop})")
        for prop in n.text_indexed:
            out.append(f"CREATE TEXT INDEX {n.label.lower()}_{prop}_text IF NOT EXISTS FOR (n:{n.label}) ON (n.{prop})")
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
    # shortestPath() searches from both ends inside the server (0.01–0.4 s at 100,000 people):
    # graph.connections asks it rather than searching level by level over the wire.
    searches_from_both_ends = True

    def __init__(
        self, uri: str, user: str, password: str, *, database: str | None = None, read_only: bool = False
    ) -> None:
        self.uri, self.database = uri, database
        # Refused in this process (graph.store.refuse_if_read_only) whatever the user may do on the server.
        self.read_only = read_only
        try:
            self._driver = GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except (DriverError, Neo4jError, ValueError, OSError) as exc:
            raise StoreError(f"cannot connect to Neo4j at {uri}: {exc}") from exc

    def _session(self, mode: str) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=mode)

    def ensure_schema(self) -> None:
        refuse_if_read_only(self, "schema changes")
        with self._session(neo4j.WRITE_ACCESS) as session:
            for stmt in ddl():
                session.run(stmt).consume()

    def clear(self) -> None:
        refuse_if_read_only(self, "clear")
        with self._session(neo4j.WRITE_ACCESS) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        limit: int | None = None,
        timeout_s: float | None = None,
        console: bool = False,
        cancel: Cancel | None = None,
    ) -> QueryResult:
        cypher = render_macros(cypher, MACROS)
        check_read(cypher, params)
        timeout = timeout_s or DEFAULT_TIMEOUT_S
        token = uuid.uuid4().hex

        def fetch(result: neo4j.Result) -> QueryResult:
            columns = list(result.keys())
            rows: list[dict[str, Any]] = []
            truncated = False
            for record in result:
                if limit is not None and len(rows) >= limit:
                    truncated = True
                    break
                rows.append({k: to_plain(record[k]) for k in columns})
            return QueryResult(columns, rows, truncated)

        @unit_of_work(timeout=timeout, metadata={"laomo_read": token})
        def work(tx: neo4j.ManagedTransaction) -> QueryResult:
            return fetch(tx.run(cypher, params or {}))

        started = time.perf_counter()
        hook = cancel.interrupts(lambda: self._terminate(token)) if cancel else None
        try:
            with self._session(neo4j.READ_ACCESS) as session:
                if hook is not None:
                    hook.__enter__()
                try:
                    if console:
                        self._refuse_unless_read_plan(session, cypher, params)
                        # An explicit transaction: a memory-limit error is reported, not retried for 30 s.
                        with session.begin_transaction(timeout=timeout, metadata={"laomo_read": token}) as tx:
                            out = fetch(tx.run(cypher, params or {}))
                    else:
                        out = session.execute_read(work)
                finally:
                    if hook is not None:
                        hook.__exit__(None, None, None)
        except Neo4jError as exc:
            raise self._translate(exc, timeout_s=timeout, cancel=cancel) from exc
        except (DriverError, ServiceUnavailable) as exc:
            if cancel is not None and cancel.cancelled:
                raise QueryStopped("the query was stopped: change it and run it again") from exc
            raise StoreError(f"Neo4j at {self.uri}: {exc}") from exc
        out.elapsed_s = time.perf_counter() - started
        return out

    @staticmethod
    def _refuse_unless_read_plan(session: neo4j.Session, cypher: str, params: dict[str, Any] | None) -> None:
        """Ask the server what the query does (``EXPLAIN``: planned, not run); only plain reads pass."""
        summary = session.run("EXPLAIN " + _EXPLAIN_PREFIX.sub("", cypher, count=1), params or {}).consume()
        kind = summary.query_type
        if kind != _READ_PLAN:
            what = {"w": "writes", "rw": "reads and writes", "s": "changes the schema"}.get(str(kind), f"is a {kind}")
            raise ReadOnlyError(f"the server says this query {what}: the console only reads (MATCH … RETURN …)")

    def _terminate(self, token: str) -> None:
        """Terminate the transaction carrying ``token`` from a second session (a Stop or a rerun)."""
        with self._driver.session(database=self.database) as session:
            ids = [
                r["transactionId"]
                for r in session.run(
                    "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.laomo_read = $t "
                    "RETURN transactionId",
                    t=token,
                )
            ]
            if ids:
                session.run("TERMINATE TRANSACTIONS $ids", ids=ids).consume()

    def write(self, batches: Iterable[Batch | BulkTable]) -> WriteSummary:
        refuse_if_read_only(self, "write")
        materialised: list[tuple[str, list[Any]]] = []
        for b in batches:
            if isinstance(b, BulkTable):  # new rows: UNWIND … CREATE, as the bulk path, in this transaction
                cypher, rows = self._bulk_cypher(b), [list(r) for r in b.rows]
                step = self.BULK_BATCH_ROWS
                materialised += [(cypher, rows[i : i + step]) for i in range(0, len(rows), step)]
            else:
                materialised += [(render_macros(b.cypher, MACROS), list(rows)) for rows in chunks(list(b.rows))]

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

    def bulk_insert(self, tables: Iterable[BulkTable], done: TableDone | None = None) -> None:
        """``UNWIND $rows AS r CREATE …`` per ``graph.bulk.BulkTable``, rows sent as lists.

        Batches of 10k rows, about 100k rows per transaction: one transaction for
        a million rows would not fit the server's heap, and CREATE skips the
        index look-up MERGE does for every row.  Relationship endpoints are found
        through the unique-key constraints of ``ensure_schema``.
        """
        refuse_if_read_only(self, "bulk insert")

        def work(tx: neo4j.ManagedTransaction, cypher: str, part: list[list[Any]]) -> None:
            for i in range(0, len(part), self.BULK_BATCH_ROWS):
                tx.run(cypher, {"rows": part[i : i + self.BULK_BATCH_ROWS]}).consume()

        for table in tables:
            started = time.perf_counter()
            cypher = self._bulk_cypher(table)
            rows = [list(r) for r in table.rows]
            step = self.BULK_TX_ROWS
            try:
                with self._session(neo4j.WRITE_ACCESS) as session:
                    for i in range(0, len(rows), step):
                        session.execute_write(work, cypher, rows[i : i + step])
            except Neo4jError as exc:
                raise self._translate(exc) from exc
            except (DriverError, ServiceUnavailable) as exc:
                raise StoreError(f"Neo4j at {self.uri}: {exc}") from exc
            if done:
                done(table, time.perf_counter() - started)

    @staticmethod
    def _bulk_cypher(table: BulkTable) -> str:
        offset = 2 if table.is_rel else 0
        props = ", ".join(f"{p.name}: r[{i + offset}]" for i, p in enumerate(table.columns))
        if table.is_rel:
            return (
                f"UNWIND $rows AS r MATCH (a:{table.src_label} {{id: r[0]}}) MATCH (b:{table.dst_label} {{id: r[1]}}) "
                f"CREATE (a)-[:{table.name}{' {' + props + '}' if props else ''}]->(b)"
            )
        return f"UNWIND $rows AS r CREATE (:{table.name} {{{props}}})"

    @staticmethod
    def _translate(exc: Neo4jError, *, timeout_s: float | None = None, cancel: Cancel | None = None) -> StoreError:
        code = exc.code or ""
        message = exc.message or str(exc)
        if "AccessMode" in code or "Forbidden" in code or "read access mode" in message.lower():
            return ReadOnlyError(f"the store refused a write: the console only reads ({message})")
        if "MemoryPoolOutOfMemory" in code or "memory.transaction" in message:
            return StoreError(
                "the query needed more memory than one transaction may use on the server "
                "(db.memory.transaction.max) and was stopped: bound path lengths (*1..4), add LIMIT or "
                "aggregate earlier (count(*) instead of whole paths)"
            )
        if cancel is not None and cancel.cancelled:
            return QueryStopped("the query was stopped: change it and run it again")
        if "TransactionTimedOut" in code or "Terminated" in code:
            limit = f"{timeout_s:g} s" if timeout_s else "its time limit"
            return QueryTimeout(
                f"the query ran past {limit} and was stopped: bound path lengths (*1..4), "
                "add LIMIT, or raise the time limit"
            )
        if isinstance(exc, ClientError):
            return StoreError(f"query error: {message}")
        return StoreError(f"Neo4j: {exc}")

    def close(self) -> None:
        self._driver.close()
