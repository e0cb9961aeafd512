"""The one seam between the project and a graph database.

``GraphStore`` is deliberately small: run a read, run batched writes in one
transaction, close.  Everything store-specific (DDL dialect, value conversion,
read-only enforcement, timeouts) lives in ``store_ladybug`` and ``store_neo4j``.
Data crosses this boundary as plain dicts and dataclasses, never driver objects.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from graph import schema
from graph.errors import ConfigError, QueryStopped, ReadOnlyError

DEFAULT_DB = Path(os.environ.get("LAOMO_DB", "data/laomo.lbug"))
# Every environment variable the app reads (docker-compose.yml is tested against this list).
ENV_VARS = (
    "LAOMO_STORE",
    "LAOMO_DB",
    "LAOMO_READER",
    "LAOMO_LOAD_SAMPLE",
    "NEO4J_URI",
    "NEO4J_USER",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
    "LAOMO_EDITORS",  # editor credentials name:hash,… (ui/auth.py; `laomo hash-password`)
    "LAOMO_CONSOLE",  # editors (default) or readers: who may use the console
    "LAOMO_ACTOR",  # who CLI loads and merges are recorded as (default cli:<login>)
    "LAOMO_MIN_FREE_MB",  # disk kept free before an embedded write (graph/disk_space.py)
    "LAOMO_READ_CONNECTIONS",  # read connections per process on the embedded store (default 4)
    "LAOMO_CONSOLE_MEMORY_MB",  # buffer pool of the embedded console's read-only database (default 256)
    "LAOMO_BUFFER_POOL_MB",  # the embedded store's buffer pool (default: ladybug's 80 % of RAM; 2048 for `laomo load`)
)
DEFAULT_TIMEOUT_S = 30.0
BATCH_ROWS = 1000
# Read connections a process keeps (embedded store): small and bounded whatever the graph's size.
READ_CONNECTIONS = int(os.environ.get("LAOMO_READ_CONNECTIONS", "4"))
# Console / `laomo query` queries at once per process, each on a memory-capped connection.
CONSOLE_CONNECTIONS = 2
# Memory one console query may use: ladybug's buffer pool of the console database, Neo4j's
# db.memory.transaction.max (tools/neo4j, docker-compose.yml).
CONSOLE_MEMORY_MB = int(os.environ.get("LAOMO_CONSOLE_MEMORY_MB", "256"))


class Cancel:
    """Stops a running read from another thread: the console's Stop or rerun, Ctrl-C in ``laomo query``.

    The store registers how to interrupt the query while it runs (``conn.interrupt()``
    on ladybug, terminating the transaction on Neo4j); ``cancel()`` calls it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hooks: list[Callable[[], None]] = []
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            hooks = list(self._hooks)
        for hook in hooks:
            with contextlib.suppress(Exception):  # the query may have just finished
                hook()

    @contextlib.contextmanager
    def interrupts(self, hook: Callable[[], None]) -> Iterator[None]:
        """While the block runs, ``cancel()`` calls ``hook``; a cancelled query never starts."""
        with self._lock:
            if self.cancelled:
                raise QueryStopped("the query was stopped before it started")
            self._hooks.append(hook)
        try:
            yield
        finally:
            with self._lock:
                self._hooks.remove(hook)
            if self.cancelled:
                raise QueryStopped("the query was stopped: change it and run it again")


@dataclass(frozen=True)
class Batch:
    """One parameterised write: ``UNWIND $rows AS r …`` applied to ``rows``."""

    cypher: str
    rows: Sequence[dict[str, Any]]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False
    elapsed_s: float = 0.0

    def values(self, column: str) -> list[Any]:
        return [r[column] for r in self.rows]


@dataclass
class WriteSummary:
    statements: int = 0
    rows: int = 0
    elapsed_s: float = 0.0


@dataclass
class BulkTable:
    """Rows of one node label or one relationship type between one pair of labels.

    ``rows`` hold values in ``columns`` order; a relationship row starts with
    the source and target keys.  Values are already in the stored form
    (``graph.bulk`` builds these from graph rows).
    """

    name: str
    columns: tuple[schema.Prop, ...]
    rows: list[tuple[Any, ...]]
    src_label: str | None = None
    dst_label: str | None = None

    @property
    def is_rel(self) -> bool:
        return self.src_label is not None

    @property
    def title(self) -> str:
        return f"{self.name}({self.src_label}→{self.dst_label})" if self.is_rel else self.name


TableDone = Callable[[BulkTable, float], None]
"""Called by ``bulk_insert`` after each table with the seconds it took."""


@runtime_checkable
class GraphStore(Protocol):
    """A graph database the project can read from and write to.

    ``read_only`` means the same on both stores: reads work; ``write``,
    ``bulk_insert``, ``clear`` and ``ensure_schema`` raise ``ReadOnlyError``
    before anything reaches the database.
    """

    name: str
    read_only: bool

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
        """Run a query in a read-only transaction; writes are refused by the store.

        ``console=True`` marks a query a person typed (the console, ``laomo query``):
        the store classifies it itself (``graph.cypher_guard`` first) and runs it
        under the console's memory and thread limits.  ``cancel`` stops it from
        another thread.
        """

    def write(self, batches: Iterable[Batch | BulkTable]) -> WriteSummary:
        """Run all batches in one transaction, in order: all of them take effect or none.

        A ``BulkTable`` among them is inserted without MERGE (its rows must be new: the
        loader checked), the fastest way the store has inside a transaction: ``LOAD FROM``
        an Arrow table ``… CREATE`` on ladybug, ``UNWIND $rows … CREATE`` on Neo4j.
        """

    def bulk_insert(self, tables: Iterable[BulkTable], done: TableDone | None = None) -> None:
        """Insert rows into an EMPTY store without MERGE, each table the fastest way
        the store has (``graph.bulk.bulk_load`` checks emptiness and cleans up)."""

    def ensure_schema(self) -> None:
        """Create the tables / constraints / indexes declared in ``graph.schema``."""

    def clear(self) -> None:
        """Delete every node and relationship (tests, import into a fresh store)."""

    def close(self) -> None: ...


# Macros let a named query say "shortest path" once; each store renders its dialect.
_MACRO = re.compile(r"«(\w+)((?:\s+[^»\s]+)*)\s*»")


def rel_types(arg: str) -> str:
    """``FACT_RELS`` → ``:RECEIVED|OF_HONOR|…`` (``graph.schema.FACT_RELS``); ``*`` → any type.

    >>> rel_types("HELD|AT")
    ':HELD|AT'
    >>> rel_types("*")
    ''
    """
    if arg == "*":
        return ""
    names = schema.FACT_RELS if arg == "FACT_RELS" else tuple(arg.split("|"))
    return ":" + "|".join(names)


def render_macros(cypher: str, macros: dict[str, Callable[..., str]]) -> str:
    """Replace ``«name arg …»`` with ``macros[name](*args)``."""

    def sub(m: re.Match[str]) -> str:
        fn = macros[m.group(1)]
        return fn(*m.group(2).split())

    return _MACRO.sub(sub, cypher)


def check_bounded_paths(cypher: str) -> None:
    """Refuse variable-length patterns without an upper bound (they can hang the embedded engine)."""
    from graph.cypher_guard import check_paths, tokenize

    check_paths(tokenize(cypher))


class PendingRead:
    """A read running in a worker thread, so the caller stays responsive and can stop it.

    The console page polls ``wait`` (each poll lets Streamlit deliver Stop or a
    rerun) and calls ``stop`` when interrupted; ``laomo query`` does the same on Ctrl-C.
    """

    def __init__(self, store: GraphStore, cypher: str, params: dict[str, Any] | None = None, **kw: Any) -> None:
        self.cancel = Cancel()
        self._result: QueryResult | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(store, cypher, params, kw), name="laomo-read", daemon=True
        )
        self._thread.start()

    def _run(self, store: GraphStore, cypher: str, params: dict[str, Any] | None, kw: dict[str, Any]) -> None:
        try:
            self._result = store.read(cypher, params, cancel=self.cancel, **kw)
        except BaseException as exc:  # handed to the caller's thread by result()
            self._error = exc

    def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds``; True once the query has finished (rows or an error)."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def stop(self, grace_s: float = 5.0) -> None:
        """Interrupt the query and give it ``grace_s`` to unwind."""
        self.cancel.cancel()
        self._thread.join(grace_s)

    def result(self) -> QueryResult:
        if self._error is not None:
            raise self._error
        assert self._result is not None, "result() before the query finished"
        return self._result


def refuse_if_read_only(store: GraphStore, what: str) -> None:
    """The one read-only check both stores make before a write, bulk insert, clear or DDL."""
    if store.read_only:
        raise ReadOnlyError(f"the {store.name} store is open read-only: {what} refused")


def chunks(rows: Sequence[dict[str, Any]], size: int = BATCH_ROWS) -> Iterable[Sequence[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


@dataclass
class StoreConfig:
    kind: str = "embedded"
    db_path: Path = field(default_factory=lambda: DEFAULT_DB)
    uri: str | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None
    read_only: bool = False
    # Embedded only: the buffer pool in MiB (None: LAOMO_BUFFER_POOL_MB, else ladybug's 80 % of RAM).
    buffer_pool_mb: int | None = None


def config_from_env(kind: str | None = None, db_path: str | Path | None = None, read_only: bool = False) -> StoreConfig:
    """Store settings from arguments, then LAOMO_STORE / LAOMO_DB / NEO4J_* variables."""
    kind = kind or os.environ.get("LAOMO_STORE", "embedded")
    if kind not in ("embedded", "neo4j"):
        raise ConfigError(f"unknown store {kind!r}: use embedded or neo4j")
    return StoreConfig(
        kind=kind,
        db_path=Path(db_path) if db_path else Path(os.environ.get("LAOMO_DB", str(DEFAULT_DB))),
        uri=os.environ.get("NEO4J_URI"),
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD"),
        database=os.environ.get("NEO4J_DATABASE") or None,
        read_only=read_only,
    )


def open_store(config: StoreConfig) -> GraphStore:
    """Open the store a config names, with its schema in place."""
    if config.kind == "neo4j":
        from graph.store_neo4j import Neo4jStore

        if not config.uri:
            raise ConfigError("NEO4J_URI is not set (e.g. neo4j://host:7687 or bolt://127.0.0.1:7687)")
        store: GraphStore = Neo4jStore(
            config.uri,
            config.user or "neo4j",
            config.password or "",
            database=config.database,
            read_only=config.read_only,
        )
    else:
        from graph.store_ladybug import LadybugStore

        store = LadybugStore(config.db_path, read_only=config.read_only, buffer_pool_mb=config.buffer_pool_mb)
    if not config.read_only:
        store.ensure_schema()
        from graph.rollups import ensure_rollups

        ensure_rollups(store)  # an older store gets the counts its pages read
    return store
