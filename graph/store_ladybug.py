"""The embedded store: ladybug (the maintained fork of Kùzu), one file, no server.

Dialect notes (measured, see shared/notes/stack-facts.md): schema-first DDL,
``label(r)`` instead of ``type(r)``, ``-[* SHORTEST 1..n]-`` instead of
``shortestPath()``, no ``SET n += map``.  An unbounded variable-length path can
hang the engine, so every read runs under a query timeout.

Concurrency (measured, see docs/architecture.md): one read-write ``Database`` per
process and a small bounded pool of ``Connection`` objects, one per running read, so
a slow query never holds up another page; writes share one connection behind a lock.

The console (``read(…, console=True)``: the console page and ``laomo query``) runs on
a second, read-only ``Database`` over the same file with a capped buffer pool and one
thread, so a runaway query fails with a clear message instead of taking the machine's
memory or the main pool's pages.  That database sees the file as it was when it was
opened, so it is reopened after every write this process makes.  Read-only is then
enforced three times: ``graph.cypher_guard`` (tokens, not raw text), the read-only
database, and ``BEGIN TRANSACTION READ ONLY``.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import ladybug

from graph import schema
from graph.cypher_guard import check_read
from graph.disk_space import check_free, write_size
from graph.errors import QueryStopped, QueryTimeout, ReadOnlyError, StoreError
from graph.store import (
    CONSOLE_CONNECTIONS,
    CONSOLE_MEMORY_MB,
    DEFAULT_TIMEOUT_S,
    READ_CONNECTIONS,
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

# How long a read waits for a free connection before saying the store is busy.
POOL_WAIT_S = 30.0
# ladybug reserves max_db_size of address space per Database up front; its default (8 TiB)
# lets only about 16 open in one process (each store opens two: main and console).  1 TiB is
# still far beyond a million people (tens of GB).
MAX_DB_BYTES = 1 << 40
# ladybug checkpoints (writes the log into the data file) whenever its log passes this size
# after a commit; at its default (16 MiB) a 10,000-person load spent 15 s of 40 in 16
# checkpoints, each rewriting more as the file grows.  256 MiB: a few per 100,000 people.
CHECKPOINT_BYTES = 256 << 20
# The store's buffer pool in MiB (LAOMO_BUFFER_POOL_MB); 0: ladybug's default, 80% of the RAM,
# which a long load fills and keeps (a 100,000-person load passed 9 GB, docs/benchmarks.md).
BUFFER_POOL_MB = int(os.environ.get("LAOMO_BUFFER_POOL_MB", "0"))
# Share of the buffer pool in use past which the store closes and reopens its Database before its
# next statement.  ladybug keeps memory some reads used (a join's build side: the 1M store's
# ``resolution_awards`` took a 2 GB pool from 1.0 to 1.8 GB) until the Database closes: closing the
# results, the driver's prepared statements or every connection frees none of it, the same read
# again reuses it, but a different read finds the pool full — and then every statement fails
# (docs/benchmarks.md, "What holds ladybug's buffer pool").  Reopening took 0.2 s there.
POOL_REOPEN_SHARE = 0.8
# A reopen's close checkpoints the log only once it holds this much; below, the reopened Database
# replays it.  At 1M people a checkpoint took the close 13–37 s whatever the log's size (13–23 MB,
# 0.2 s with none), about once a slice, while replaying took ~0.08 s a MB (36 MB 1.4 s, 82 MB 6 s,
# 128 MB 13 s): checkpointing past 64 MB keeps the two near their least sum (docs/benchmarks.md).
REPLAY_LOG_BYTES = 64 << 20

MACROS: dict[str, Callable[..., str]] = {
    # «shortest p a b 8 TYPES» → a bounded shortest path between bound nodes a and b
    "shortest": lambda p, a, b, hops, types="*": (
        f"MATCH {p} = ({a})-[{rel_types(types)}* SHORTEST 1..{int(hops)}]-({b})"
    ),
    "reltype": lambda r: f"label({r})",
    "label": lambda n: f"label({n})",
    "nodeid": lambda n: f"{n}.id",
    "int": lambda x: f"CAST({x} AS INT64)",
    "str": lambda x: f"CAST({x} AS STRING)",
    "float": lambda x: f"CAST({x} AS DOUBLE)",
    # «joined xs» → the strings of list xs joined by '|' (graph.search matches words in it)
    "joined": lambda xs: f"list_to_string('|', {xs})",
    # «joinon p» → Neo4j's planner hint USING JOIN ON p; ladybug plans joins itself
    "joinon": lambda var: "",
}


def ddl() -> list[str]:
    """CREATE statements for every table declared in graph.schema.

    Schema types are written in ladybug's spelling already (STRING, INT64, STRING[]).
    """
    out = []
    for n in schema.NODES:
        cols = ", ".join(f"{p.name} {p.type}" for p in n.props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {n.label}({cols}, PRIMARY KEY ({n.key}))")
    for r in schema.RELS:
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in r.pairs)
        cols = "".join(f", {p.name} {p.type}" for p in r.props)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {r.type}({pairs}{cols})")
    return out


def added_columns() -> list[str]:
    """``ALTER TABLE … ADD IF NOT EXISTS`` for every declared property (no-ops where the column exists).

    A file made before a property was declared (Person.keys, Honor.rank, …) gets the column, so a
    new release opens an old store without a migration step.  Each no-op costs about 0.4 ms.
    """
    out = []
    tables = [(n.label, n.props, n.key) for n in schema.NODES] + [(r.type, r.props, None) for r in schema.RELS]
    for table, props, key in tables:
        for p in props:
            if p.name == key:
                continue
            default = " DEFAULT []" if p.type == schema.STRINGS else ""
            out.append(f"ALTER TABLE {table} ADD IF NOT EXISTS {p.name} {p.type}{default}")
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


def _arrow(table: BulkTable, prefix: str = "") -> Any:
    """A ``BulkTable`` as an Arrow table: ``from``/``to`` then one column per property (names prefixed)."""
    import pyarrow as pa

    types = {
        schema.STRING: pa.string(),
        schema.INT: pa.int64(),
        schema.FLOAT: pa.float64(),
        schema.STRINGS: pa.list_(pa.string()),
    }
    width = len(table.columns) + 2 * table.is_rel
    columns = list(zip(*table.rows, strict=True)) if table.rows else [()] * width
    arrays, names = [], []
    if table.is_rel:
        arrays += [pa.array(columns[0], pa.string()), pa.array(columns[1], pa.string())]
        names += [f"{prefix}from", f"{prefix}to"]
        columns = columns[2:]
    arrays += [pa.array(col, types[prop.type]) for col, prop in zip(columns, table.columns, strict=True)]
    names += [f"{prefix}{prop.name}" for prop in table.columns]
    return pa.Table.from_arrays(arrays, names=names)


# Rows a write's size is estimated from, per batch (``_rough_size``).
SIZE_SAMPLE = 256


def _rough_size(batches: Sequence[Batch | BulkTable]) -> int:
    """``write_size`` of the batches' rows, from an evenly spread sample of each large batch: the
    text form of every row cost 0.27 s of a 10,000-person load's 11 s CPU.

    >>> rows = [{"id": f"p-{i}", "name": "张伟"} for i in range(10_000)]
    >>> abs(_rough_size([Batch("", rows)]) - write_size([rows])) < 0.05 * write_size([rows])
    True
    """
    total = 0
    for batch in batches:
        rows = batch.rows
        step = max(1, len(rows) // SIZE_SAMPLE)
        sample = list(rows[::step])
        total += write_size([sample]) * len(rows) // max(1, len(sample))
    return total


def _load_create_cypher(table: BulkTable) -> str:
    """``LOAD FROM $data … CREATE`` for the rows of ``_arrow(table, "c_")``: each row a new node or relationship."""
    props = ", ".join(f"{p.name}: c_{p.name}" for p in table.columns)
    if table.is_rel:
        return (
            f"LOAD FROM $data MATCH (a:{table.src_label} {{id: c_from}}) MATCH (b:{table.dst_label} {{id: c_to}}) "
            f"CREATE (a)-[:{table.name}{' {' + props + '}' if props else ''}]->(b)"
        )
    return f"LOAD FROM $data CREATE (:{table.name} {{{props}}})"


def _forget_object_statements(conn: ladybug.Connection) -> None:
    """Drop ``conn``'s cached prepared statements whose parameters include a Python object (an
    Arrow table): each such statement serves that one object only.  The cache is the driver's
    (``Connection._pybind_implicit_prepared_cache``, its lock ``_prepared_cache_lock``); a driver
    without it has nothing to drop."""
    cache: dict[tuple[str, tuple[Any, ...]], Any] | None = getattr(conn, "_pybind_implicit_prepared_cache", None)
    lock = getattr(conn, "_prepared_cache_lock", None)
    if cache is None or lock is None:
        return
    with lock:
        for key in [k for k in cache if any(_names_object(sig) for _, sig in k[1])]:
            prepared = cache.pop(key)
            close = getattr(prepared, "close", None)  # C-API statements own C++ memory; pybind ones free themselves
            if callable(close):
                with contextlib.suppress(RuntimeError):
                    close()


def _names_object(signature: Any) -> bool:
    return isinstance(signature, tuple) and bool(signature) and signature[0] == "pointer"


class _PoolFull(StoreError):
    """The store's buffer pool was full (not the console's): the statement may succeed on a reopened Database."""


class _Pool:
    """At most ``size`` connections on one ``Database``, one per running query, made on demand."""

    def __init__(self, db: ladybug.Database, size: int, what: str, threads: int | None = None) -> None:
        self._db, self.size, self._what, self._threads = db, size, what, threads
        self._free = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._idle: list[ladybug.Connection] = []

    @contextlib.contextmanager
    def drained(self) -> Iterator[bool]:
        """Every connection's turn taken at once, without waiting: True when none was in use (no
        query runs on this pool until the block ends), False when one was."""
        taken = 0
        try:
            while taken < self.size and self._free.acquire(blocking=False):
                taken += 1
            yield taken == self.size
        finally:
            for _ in range(taken):
                self._free.release()

    def rebind(self, db: ladybug.Database) -> None:
        """Serve later queries from ``db``: the idle connections (on the old Database) are closed.
        Call it only while ``drained``."""
        self.close()
        self._db = db

    @contextlib.contextmanager
    def connection(self, wait_s: float = POOL_WAIT_S) -> Iterator[ladybug.Connection]:
        if not self._free.acquire(timeout=wait_s):
            raise StoreError(
                f"all {self.size} {self._what} connections were busy for {wait_s:.0f} s: "
                "try again in a moment, or stop a long query"
            )
        try:
            with self._lock:
                conn = self._idle.pop() if self._idle else None
            if conn is None:
                conn = ladybug.Connection(self._db)
                if self._threads:
                    conn.set_max_threads_for_exec(self._threads)
            try:
                yield conn
            finally:
                with self._lock:
                    self._idle.append(conn)
        finally:
            self._free.release()

    def close(self) -> None:
        with self._lock:
            for conn in self._idle:
                with contextlib.suppress(Exception):
                    conn.close()
            self._idle.clear()


class _ConsoleDatabase:
    """The read-only, memory-capped ``Database`` console queries run on, as of one store version."""

    def __init__(self, path: Path, version: int) -> None:
        self.version, self.users, self.retired = version, 0, False
        self.db = ladybug.Database(
            str(path),
            read_only=True,
            buffer_pool_size=CONSOLE_MEMORY_MB * 1024 * 1024,
            max_num_threads=1,
            max_db_size=MAX_DB_BYTES,
        )
        self.pool = _Pool(self.db, CONSOLE_CONNECTIONS, "console", threads=1)

    def close(self) -> None:
        self.pool.close()
        with contextlib.suppress(Exception):
            self.db.close()


def lock_holders(path: Path) -> list[tuple[int, str]]:
    """Processes (pid, command line) holding ``path`` or its side files open, found by scanning /proc.

    Empty where /proc is missing (macOS, Windows) or the holder belongs to another user.
    """
    wanted = str(path.resolve())
    me, found = os.getpid(), []
    for entry in Path("/proc").glob("[0-9]*") if Path("/proc").is_dir() else []:
        pid = int(entry.name)
        if pid == me:
            continue
        try:
            targets = [os.readlink(fd) for fd in (entry / "fd").iterdir()]
        except OSError:  # gone, or not ours to read
            continue
        if any(t == wanted or t.startswith(wanted + ".") for t in targets):
            try:
                cmd = " ".join((entry / "cmdline").read_bytes().decode(errors="replace").replace("\0", " ").split())
            except OSError:
                cmd = "?"
            found.append((pid, cmd))
    return found


def _open_error(path: Path, exc: Exception) -> StoreError:
    """Say who holds a locked file and what to do, instead of ladybug's bare 'Could not set lock'."""
    text = str(exc)
    if "lock" not in text.lower():
        return StoreError(f"cannot open embedded store {path}: {text}")
    holders = lock_holders(path)
    who = (
        "; ".join(f"process {pid} ({cmd[:120]})" for pid, cmd in holders)
        if holders
        else "another process (not visible to this user)"
    )
    return StoreError(
        f"the embedded store {path} is in use by {who}: one process at a time may open it. "
        "Import through the explorer's import page while it runs, or stop that process and run this again, "
        "or use Neo4j (LAOMO_STORE=neo4j), which many processes can share."
    )


class LadybugStore:
    """GraphStore over a ladybug database file."""

    name = "embedded"

    def __init__(self, path: str | Path, *, read_only: bool = False, buffer_pool_mb: int | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        pool_mb = BUFFER_POOL_MB if buffer_pool_mb is None else buffer_pool_mb
        self.pool_mb = pool_mb
        self._db, self._writer = self._open()
        # How often the Database was closed and reopened for a full buffer pool (``_reopen_if_full``).
        self.reopened = 0
        self._reads = _Pool(self._db, READ_CONNECTIONS, "read")
        # Writes share one connection: ladybug allows one write transaction at a time anyway.
        self._write_lock = threading.RLock()
        # Bumped by every write in this process; the console database is reopened when it lags.
        self._version = 0
        self._console: _ConsoleDatabase | None = None
        self._console_lock = threading.Lock()

    def _open(self) -> tuple[ladybug.Database, ladybug.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = ladybug.Database(
                str(self.path),
                buffer_pool_size=max(0, self.pool_mb) << 20,  # 0: the driver's default
                read_only=self.read_only,
                max_db_size=MAX_DB_BYTES,
                checkpoint_threshold=CHECKPOINT_BYTES,
            )
            return db, ladybug.Connection(db)
        except Exception as exc:  # the driver raises RuntimeError for locked/corrupt files
            raise _open_error(self.path, exc) from exc

    def pool_use(self) -> tuple[int, int]:
        """Bytes of the buffer pool in use, and its size (``CALL bm_info()``, ~0.1 ms)."""
        with self._write_lock:
            result = self._writer.execute("CALL bm_info() RETURN mem_usage, mem_limit")
            row = (result[0] if isinstance(result, list) else result).get_next()
        used, size = row.values() if isinstance(row, dict) else row
        return int(used), int(size)

    def _log_bytes(self) -> int:
        """Size of the write-ahead log not yet checkpointed into the file (0 when there is none)."""
        try:
            return self.path.with_name(self.path.name + ".wal").stat().st_size
        except OSError:
            return 0

    def _reopen_if_full(self, *, force: bool = False) -> bool:
        """Close and reopen the Database when its buffer pool is more than ``POOL_REOPEN_SHARE``
        used, before a statement, outside any transaction: writes hold the write lock from BEGIN to
        COMMIT, and the read connections are all taken for the swap.  Skipped (False) while another
        thread writes or reads; the next statement checks again.  ``force``: whatever the pool's use
        (a statement just found it full: the memory it lacked may be held, not in use)."""
        if not self._write_lock.acquire(blocking=False):
            return False
        try:
            if not force:
                try:
                    used, size = self.pool_use()
                except RuntimeError:  # a pool so full that not even ``bm_info`` runs (measured at 1M)
                    used, size = 1, 0
                if used <= POOL_REOPEN_SHARE * size:
                    return False
            with self._reads.drained() as idle:
                if not idle:
                    return False
                self._reads.close()
                if self._log_bytes() < REPLAY_LOG_BYTES:  # the reopened Database replays the log
                    with contextlib.suppress(RuntimeError):  # else this close checkpoints: slower, no harm
                        self._writer.execute("CALL force_checkpoint_on_close=false")
                try:
                    self._writer.close()
                    self._db.close()
                except Exception as exc:
                    # A second Database on a file the first still holds lost primary-key entries
                    # at 1M (documents and people found by a scan but not by key): stop instead.
                    raise StoreError(
                        f"{self.path}: closing the database to free its buffer pool failed ({exc}); "
                        "nothing more was written — close the store and open it again"
                    ) from exc
                self._db, self._writer = self._open()
                self._reads.rebind(self._db)
                self.reopened += 1
                return True
        finally:
            self._write_lock.release()

    # --- schema -------------------------------------------------------------
    def ensure_schema(self) -> None:
        refuse_if_read_only(self, "schema changes")
        check_free(self.path)
        with self._write_lock:
            for stmt in ddl():
                self._execute(self._writer, stmt)
            # A file made before a property was declared gets the column (Person.keys, …).
            for stmt in added_columns():
                self._execute(self._writer, stmt)
            self._version += 1

    def clear(self) -> None:
        refuse_if_read_only(self, "clear")
        with self._write_lock:
            for n in schema.NODES:
                self._execute(self._writer, f"MATCH (n:{n.label}) DETACH DELETE n")
            self._version += 1

    # --- reads --------------------------------------------------------------
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
        if console:
            return self._read_once(cypher, params, limit, timeout_s, console, cancel)
        self._reopen_if_full()
        try:
            return self._read_once(cypher, params, limit, timeout_s, console, cancel)
        except _PoolFull:
            # what an earlier read left in the pool may be what this one lacked: once more on a fresh pool
            if not self._reopen_if_full(force=True):
                raise
            return self._read_once(cypher, params, limit, timeout_s, console, cancel)

    def _read_once(
        self,
        cypher: str,
        params: dict[str, Any] | None,
        limit: int | None,
        timeout_s: float | None,
        console: bool,
        cancel: Cancel | None,
    ) -> QueryResult:
        timeout = timeout_s or DEFAULT_TIMEOUT_S
        started = time.perf_counter()
        with self._connection(console) as conn:
            conn.set_query_timeout(int(timeout * 1000))
            self._execute(conn, "BEGIN TRANSACTION READ ONLY")
            try:
                with cancel.interrupts(conn.interrupt) if cancel else contextlib.nullcontext():
                    result = self._execute(conn, cypher, params, timeout_s=timeout, console=console, cancel=cancel)
                    columns = result.get_column_names()
                    rows: list[dict[str, Any]] = []
                    truncated = False
                    while result.has_next():
                        if limit is not None and len(rows) >= limit:
                            truncated = True
                            break
                        rows.append(dict(zip(columns, (to_plain(v) for v in result.get_next()), strict=True)))
            finally:
                self._rollback_quietly(conn)
                conn.set_query_timeout(0)
        return QueryResult(columns, rows, truncated, time.perf_counter() - started)

    @contextlib.contextmanager
    def _connection(self, console: bool) -> Iterator[ladybug.Connection]:
        if not console:
            with self._reads.connection() as conn:
                yield conn
            return
        holder = self._console_database()
        try:
            with holder.pool.connection() as conn:
                yield conn
        finally:
            with self._console_lock:
                holder.users -= 1
                if holder.retired and holder.users == 0:
                    holder.close()

    def _console_database(self) -> _ConsoleDatabase:
        """The console database as of the current version, opened (again) after a write."""
        with self._console_lock:
            current = self._console
            if current is None or current.version != self._version:
                # Opened between writes: the read-only database replays the log as it stands.
                with self._write_lock:
                    try:
                        fresh = _ConsoleDatabase(self.path, self._version)
                    except Exception as exc:
                        raise StoreError(f"cannot open the console's read-only view of {self.path}: {exc}") from exc
                if current is not None:
                    current.retired = True
                    if current.users == 0:
                        current.close()
                self._console = current = fresh
            current.users += 1
            return current

    # --- writes -------------------------------------------------------------
    def write(self, batches: Iterable[Batch | BulkTable]) -> WriteSummary:
        refuse_if_read_only(self, "write")
        batches = list(batches)
        # a full disk mid-transaction aborts ladybug and tears its WAL: refuse before writing (graph.disk_space)
        check_free(self.path, need=_rough_size(batches))
        try:
            return self._write_once(batches)
        except _PoolFull:
            # the transaction was rolled back whole: once more on a fresh pool (see ``read``)
            if not self._reopen_if_full(force=True):
                raise
            return self._write_once(batches)

    def _write_once(self, batches: list[Batch | BulkTable]) -> WriteSummary:
        summary = WriteSummary()
        started = time.perf_counter()
        with self._write_lock:
            self._reopen_if_full()
            self._execute(self._writer, "BEGIN TRANSACTION")
            try:
                for batch in batches:
                    if isinstance(batch, BulkTable):
                        # new rows: LOAD FROM an Arrow table … CREATE, inside this transaction (COPY cannot
                        # join one: ladybug 0.22 crashed on COPY after a rolled-back transaction, measured)
                        if batch.rows:
                            self._execute_scan(self._writer, _load_create_cypher(batch), _arrow(batch, "c_"))
                            summary.statements += 1
                            summary.rows += len(batch.rows)
                        continue
                    for rows in chunks(list(batch.rows)):
                        self._execute(self._writer, render_macros(batch.cypher, MACROS), {"rows": list(rows)})
                        summary.statements += 1
                        summary.rows += len(rows)
                self._execute(self._writer, "COMMIT")
            except BaseException:
                self._rollback_quietly(self._writer)
                raise
            finally:
                self._version += 1
        summary.elapsed_s = time.perf_counter() - started
        return summary

    # --- bulk path (graph.bulk) -------------------------------------------------
    def bulk_insert(self, tables: Iterable[BulkTable], done: TableDone | None = None) -> None:
        """``COPY`` each ``graph.bulk.BulkTable`` from an Arrow table: no MERGE, no per-row Cypher.

        COPY runs outside an explicit transaction (ladybug 0.22 crashes on COPY
        inside ``BEGIN TRANSACTION``), one statement per table; a relationship
        table declared with several FROM/TO pairs names its pair:
        ``COPY EVIDENCED_BY FROM $t (from='Award', to='Document')``.
        """
        refuse_if_read_only(self, "bulk insert")
        for table in tables:
            started = time.perf_counter()
            data = _arrow(table)
            pair = f" (from='{table.src_label}', to='{table.dst_label}')" if table.is_rel else ""
            with self._write_lock:
                self._reopen_if_full()
                try:
                    self._execute_scan(self._writer, f"COPY {table.name} FROM $data{pair}", data)
                finally:
                    self._version += 1
            if done:
                done(table, time.perf_counter() - started)

    # --- plumbing -----------------------------------------------------------
    def _execute(
        self,
        conn: ladybug.Connection,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_s: float | None = None,
        console: bool = False,
        cancel: Cancel | None = None,
    ) -> Any:
        try:
            return conn.execute(cypher, params or {})
        except RuntimeError as exc:
            text = str(exc)
            if "Interrupted" in text:
                if cancel is not None and cancel.cancelled:
                    raise QueryStopped("the query was stopped: change it and run it again") from exc
                limit = f"{timeout_s:g} s" if timeout_s else "its time limit"
                raise QueryTimeout(
                    f"the query ran past {limit} and was stopped: bound path lengths (*1..4), "
                    "add LIMIT, or raise the time limit"
                ) from exc
            if "buffer pool is full" in text or "Unable to allocate memory" in text:
                if console:
                    raise StoreError(
                        f"the query needed more memory than the console's {CONSOLE_MEMORY_MB} MiB limit and was "
                        "stopped: bound path lengths (*1..4), add LIMIT or aggregate earlier (count(*) instead "
                        "of whole paths)"
                    ) from exc
                # a load or a page, not a console query: the advice is the pool's size, not the Cypher
                pool = f"{self.pool_mb} MiB" if self.pool_mb > 0 else "ladybug's default, 80 % of the RAM"
                raise _PoolFull(
                    f"the store's buffer pool ({pool}) was full and the statement was stopped: set "
                    "LAOMO_BUFFER_POOL_MB higher (a large store needs more) and run it again"
                ) from exc
            if "read-only" in text:
                raise ReadOnlyError(f"the store refused a write: the console only reads ({text})") from exc
            raise StoreError(f"query error: {text}") from exc

    def _execute_scan(self, conn: ladybug.Connection, cypher: str, data: Any) -> None:
        """Run ``cypher`` reading the Arrow table ``data`` as ``$data``, then drop the driver's
        prepared statement for it.  The driver caches a statement per table object (its cache key
        names the object), so a load kept every one, with what it holds, until the connection
        closed: 485 after 5,000 people, and ~1.2 GB a minute at 100,000 (docs/benchmarks.md)."""
        try:
            self._execute(conn, cypher, {"data": data})
        finally:
            _forget_object_statements(conn)

    @staticmethod
    def _rollback_quietly(conn: ladybug.Connection) -> None:
        # an error inside a transaction already rolled it back
        with contextlib.suppress(RuntimeError):
            conn.execute("ROLLBACK")

    def close(self) -> None:
        with self._write_lock, self._console_lock:
            if self._console is not None:
                self._console.close()
                self._console = None
            self._reads.close()
            try:
                self._writer.close()
                self._db.close()
            except Exception:  # closing twice is harmless
                pass
