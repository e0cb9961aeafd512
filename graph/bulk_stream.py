"""Bulk loading of a graph that arrives in pieces, into an EMPTY store: any size, bounded memory.

``graph.bulk.bulk_load`` takes the whole graph at once; a million generated people
(≈29 million rows) do not fit in memory that way.  ``stream_load`` takes the graph as
an iterable of pieces (``bench.generate.generate_chunks``, or anything shaped like
``loaders.graph_rows.GraphRows``: ``nodes[label][key] = props``, ``rels[type]`` a
list of rows with src/dst/src_label/dst_label) and inserts each piece through the
store's bulk path (``COPY`` on ladybug, ``UNWIND … CREATE`` on Neo4j) before reading
the next, so memory is that of one piece.

What a stream promises, and what this module therefore does not check (checking it
would mean holding every key in memory):

* each node key comes in one piece only;
* a relationship comes in the piece of its endpoints or a later one.

Within a piece the rows are prepared as ``graph.bulk`` does (relationship rows
de-duplicated on source, target and merge keys, a missing merge key stored as ``""``,
empty lists as null), column by column.  A relationship whose endpoint is missing
fails the load (ladybug's COPY refuses it) instead of being dropped silently; the
store is then emptied again.

    >>> from bench.generate import generate_chunks
    >>> report = stream_load(empty_store, generate_chunks(200, seed=7, chunk_people=64))
    >>> report.nodes, report.rels       # people, their facts and the name index of graph.search
    (2298, 5454)
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from graph import schema
from graph.bulk import BulkReport, Progress, _empty_again, node_count, require_empty
from graph.errors import ReadOnlyError, StoreError
from graph.search import with_name_keys
from graph.store import BulkTable, GraphStore, refuse_if_read_only

if TYPE_CHECKING:
    from graph.store_ladybug import LadybugStore

__all__ = [
    "NameIndex",
    "Piece",
    "StreamReport",
    "arrow_table",
    "load_new_file",
    "piece_arrow",
    "piece_tables",
    "stream_load",
]


class Piece(Protocol):
    """One piece of a graph: ``loaders.graph_rows.GraphRows`` or alike."""

    @property
    def nodes(self) -> Mapping[str, Mapping[str, Mapping[str, Any]]]: ...

    @property
    def rels(self) -> Mapping[str, Sequence[Mapping[str, Any]]]: ...


class _Rows(Sequence[tuple[Any, ...]]):
    """Column lists seen as a sequence of row tuples (what ``BulkTable.rows`` holds), built lazily."""

    def __init__(self, columns: list[list[Any]]) -> None:
        self.columns = columns
        self._n = len(columns[0]) if columns else 0

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return list(zip(*(c[i] for c in self.columns), strict=True))
        return tuple(c[i] for c in self.columns)

    def __iter__(self) -> Any:
        return zip(*self.columns, strict=True)


def _column(values: list[Any], prop: schema.Prop, merge_key: bool = False) -> list[Any]:
    if prop.type == schema.STRINGS:
        return [list(v) if v else None for v in values]
    if merge_key:
        return ["" if v is None else v for v in values]
    return values


def _node_table(label: str, rows: Mapping[str, Mapping[str, Any]]) -> BulkTable:
    nt = schema.node(label)
    records = list(rows.values())
    columns = [_column([r.get(p.name) for r in records], p) for p in nt.props]
    return BulkTable(label, nt.props, _Rows(columns))  # type: ignore[arg-type]


def _rel_tables(rel_type: str, rows: Sequence[Mapping[str, Any]], *, dedupe: bool = True) -> list[BulkTable]:
    rt = schema.rel(rel_type)
    if len(rt.pairs) == 1:
        groups: dict[tuple[str, str], Sequence[Mapping[str, Any]]] = {rt.pairs[0]: rows}
    else:
        grouped: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        for r in rows:
            grouped.setdefault((r["src_label"], r["dst_label"]), []).append(r)
        groups = dict(grouped)
    tables = []
    for (src, dst), part in groups.items():
        src_col = [r["src"] for r in part]
        dst_col = [r["dst"] for r in part]
        props = [_column([r.get(p.name) for r in part], p, p.name in rt.merge_on) for p in rt.props]
        columns = [src_col, dst_col, *props]
        if dedupe:
            keys = [c for p, c in zip(rt.props, props, strict=True) if p.name in rt.merge_on]
            keep = _unique_rows(list(zip(src_col, dst_col, *keys, strict=True)))
            if keep is not None:
                columns = [[c[i] for i in keep] for c in columns]
        tables.append(BulkTable(rel_type, rt.props, _Rows(columns), src, dst))  # type: ignore[arg-type]
    return tables


def _unique_rows(identity: Sequence[tuple[Any, ...]]) -> list[int] | None:
    """Indices of the rows to keep when some identities repeat (the last row of an identity wins,
    at the place of the first, as ``graph.bulk`` keeps them); ``None`` when all are distinct."""
    unique = dict(zip(identity, range(len(identity)), strict=True))
    return list(unique.values()) if len(unique) < len(identity) else None


def piece_tables(piece: Piece, *, dedupe: bool = True) -> list[BulkTable]:
    """One piece → bulk tables in the schema's order, nodes first (no endpoint check, see above).

    ``dedupe=False`` leaves repeated relationship rows in (``piece_arrow`` removes them in Arrow).
    """
    unknown = (set(piece.nodes) - set(schema.NODE_BY_LABEL)) | (set(piece.rels) - set(schema.REL_BY_TYPE))
    if unknown:
        raise StoreError(f"not in the schema: {', '.join(sorted(unknown))}")
    tables = [_node_table(nt.label, piece.nodes[nt.label]) for nt in schema.NODES if piece.nodes.get(nt.label)]
    for rt in schema.RELS:
        if piece.rels.get(rt.type):
            tables.extend(_rel_tables(rt.type, piece.rels[rt.type], dedupe=dedupe))
    return tables


def piece_arrow(piece: Piece) -> list[tuple[BulkTable, pa.Table]]:
    """One piece → (table, its rows as Arrow) in the schema's order, relationship rows de-duplicated.

    Whether any identity repeats is asked of Arrow (one joined key column, ``count_distinct``);
    only a table where one does is de-duplicated row by row.
    """
    out = []
    for table in piece_tables(piece, dedupe=False):
        data = arrow_table(table)
        if table.is_rel:
            rt = schema.rel(table.name)
            keys = [data["from"], data["to"], *(data[k] for k in rt.merge_on)]
            if pc.count_distinct(pc.binary_join_element_wise(*keys, "\x1f")).as_py() < data.num_rows:
                identity = list(zip(*(k.to_pylist() for k in keys), strict=True))
                keep = _unique_rows(identity)
                if keep is not None:
                    data = data.take(pa.array(keep, pa.int64()))
        out.append((table, data))
    return out


def arrow_table(table: BulkTable) -> pa.Table:
    """A bulk table as an Arrow table: ``from``/``to`` columns first for a relationship, then the
    schema's properties with their declared types (so every piece of a table has one Arrow schema)."""
    columns = table.rows.columns if isinstance(table.rows, _Rows) else [list(c) for c in zip(*table.rows, strict=True)]
    if not columns:
        columns = [[] for _ in range(len(table.columns) + 2 * table.is_rel)]
    arrays, names = [], []
    if table.is_rel:
        arrays += [pa.array(columns[0], pa.string()), pa.array(columns[1], pa.string())]
        names += ["from", "to"]
        columns = columns[2:]
    arrays += [pa.array(col, ARROW_TYPES[p.type]) for col, p in zip(columns, table.columns, strict=True)]
    names += [p.name for p in table.columns]
    return pa.Table.from_arrays(arrays, names=names)


ARROW_TYPES = {
    schema.STRING: pa.string(),
    schema.INT: pa.int64(),
    schema.FLOAT: pa.float64(),
    schema.STRINGS: pa.list_(pa.string()),
}


@dataclass
class _Piece:
    nodes: dict[str, Any]
    rels: dict[str, Any]


class NameIndex:
    """Adds the people-search index of a piece's Person rows (``graph.search.with_name_keys``, as
    every write path adds it); a ``NameKey`` shared by people of several pieces comes once."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, piece: Piece) -> Piece:
        nodes, rels = with_name_keys(piece.nodes, piece.rels)
        keys = nodes.get("NameKey")
        if keys:
            nodes["NameKey"] = {k: v for k, v in keys.items() if k not in self.seen}
            self.seen.update(keys)
        return _Piece(nodes, rels)


def stream_load(
    store: GraphStore,
    pieces: Iterable[Piece],
    *,
    progress: Progress | None = None,
    spool_dir: str | Path | None = None,
) -> StreamReport:
    """Insert a graph that comes in pieces into an empty store.

    On ladybug each piece's tables are appended to one Parquet file per table in a
    temporary directory (in ``spool_dir``, default the system's), and each table is then
    copied in with one ``COPY … FROM`` file, nodes first: measured at 100,000 people, one
    COPY from a file takes about half the time of COPYs from in-memory Arrow tables and a
    fraction of many small COPYs into a growing table.  On Neo4j each piece goes through
    ``store.bulk_insert`` (batched ``UNWIND … CREATE``) as it comes.

    Raises ``StoreError`` when the store is not empty and when an insert fails (the
    store is then emptied again); ``ReadOnlyError`` from a read-only store.
    ``report.tables`` sums the seconds per table; ``report.prepare_s`` is the time spent
    preparing and spooling rows, inside ``elapsed_s`` but outside the time ``pieces`` took.
    """
    require_empty(store)
    started, cpu0 = time.perf_counter(), time.process_time()
    report = StreamReport()
    done = _done(report, progress)

    try:
        from graph.store_ladybug import LadybugStore

        if isinstance(store, LadybugStore):
            _spool_and_copy(_store_copy(store), _timed(pieces, report), report, done, spool_dir)
        else:
            index = NameIndex()
            for piece in _timed(pieces, report):
                t0 = time.perf_counter()
                tables = piece_tables(index(piece))
                report.prepare_s += time.perf_counter() - t0
                store.bulk_insert(tables, lambda t, s: done(t.title, len(t.rows), s, t.is_rel))
    except ReadOnlyError:
        raise
    except Exception as exc:  # LaomoError, or a driver error the store did not translate
        _empty_again(store)
        raise StoreError(f"bulk load failed, the store was emptied again: {exc}") from exc
    report.elapsed_s = time.perf_counter() - started
    report.cpu_s = time.process_time() - cpu0
    return report


@dataclass
class StreamReport(BulkReport):
    """``BulkReport`` plus where the time went: making the pieces, preparing rows, inserting."""

    source_s: float = 0.0
    prepare_s: float = 0.0
    cpu_s: float = 0.0  # this process's CPU time over the whole load, all threads (ladybug's COPY too)
    source_cpu_s: float = 0.0
    prepare_cpu_s: float = 0.0

    @property
    def insert_s(self) -> float:
        return self.elapsed_s - self.source_s - self.prepare_s


def _timed(pieces: Iterable[Piece], report: StreamReport) -> Iterator[Piece]:
    """The pieces, adding the time each took to make to ``report.source_s``."""
    it = iter(pieces)
    while True:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            piece = next(it)
        except StopIteration:
            return
        report.source_s += time.perf_counter() - t0
        report.source_cpu_s += time.process_time() - c0
        yield piece


def _spool_and_copy(
    copy: Callable[[str, bool], None],
    pieces: Iterable[Piece],
    report: StreamReport,
    done: Callable[[str, int, float, bool], None],
    spool_dir: str | Path | None,
) -> None:
    """Spool the pieces to one Parquet file per table, then ``copy`` a COPY statement per table, nodes first."""
    with tempfile.TemporaryDirectory(prefix="laomo-spool-", dir=spool_dir) as tmp:
        writers: dict[str, tuple[BulkTable, pq.ParquetWriter, Path]] = {}
        rows: dict[str, int] = {}
        try:
            index = NameIndex()
            for piece in pieces:
                t0, c0 = time.perf_counter(), time.process_time()
                for table, data in piece_arrow(index(piece)):
                    if table.title not in writers:
                        path = Path(tmp) / f"{len(writers):03d}.parquet"
                        writers[table.title] = (table, pq.ParquetWriter(path, data.schema, compression="none"), path)
                    writers[table.title][1].write_table(data)
                    rows[table.title] = rows.get(table.title, 0) + data.num_rows
                report.prepare_s += time.perf_counter() - t0
                report.prepare_cpu_s += time.process_time() - c0
        finally:
            for _, writer, _ in writers.values():
                writer.close()
        order = {t: i for i, t in enumerate([n.label for n in schema.NODES] + [r.type for r in schema.RELS])}
        for title, (table, _, path) in sorted(writers.items(), key=lambda kv: order[kv[1][0].name]):
            t0 = time.perf_counter()
            copy(copy_statement(table, path), table.is_rel)
            done(title, rows[title], time.perf_counter() - t0, table.is_rel)


def copy_statement(table: BulkTable, path: Path) -> str:
    """``COPY table FROM 'file.parquet'`` (with the endpoint pair of a relationship table).

    ladybug takes a file to COPY from only as a literal (a parameter must be an in-memory
    table), so the path — one this module made in its own temporary directory — is written
    into the statement; a path with a quote or backslash is refused rather than escaped.
    """
    text = str(path)
    if "'" in text or "\\" in text:
        raise StoreError(f"cannot COPY from a path with a quote or backslash: {text}")
    pair = f" (from='{table.src_label}', to='{table.dst_label}')" if table.is_rel else ""
    return f"COPY {table.name} FROM '{text}'{pair}"


def _store_copy(store: LadybugStore) -> Callable[[str, bool], None]:
    """Run a COPY on the store's write connection, outside a transaction (as ``bulk_insert`` does)."""

    def copy(statement: str, is_rel: bool) -> None:
        with store._write_lock:
            try:
                _run(store._writer, statement, is_rel)
            finally:
                store._version += 1

    return copy


# The buffer pool of the database ``load_new_file`` copies into, in MB; 0 is ladybug's default
# (80 % of the machine's memory).  Measured at a million people: with the default the load
# peaked at 5.2 GB; with a 1 GB pool the COPY of OF_HONOR (3 million rows) slowed to 147 s and
# the next table failed with "the buffer pool is full".  A cap suits smaller graphs only.
BULK_BUFFER_POOL_MB = 0


def load_new_file(
    path: str | Path,
    pieces: Iterable[Piece],
    *,
    progress: Progress | None = None,
    spool_dir: str | Path | None = None,
    buffer_pool_mb: int = BULK_BUFFER_POOL_MB,
) -> StreamReport:
    """``stream_load`` into the embedded store file ``path`` (new, or empty), on a database of its own.

    The file is made (schema included) through ``graph.store.open_store`` and closed again; the
    COPY statements then run on a database opened on it with ``buffer_pool_mb`` of buffer pool
    (0: ladybug's default; see ``BULK_BUFFER_POOL_MB`` for what a cap costs) and node tables
    copied on ``NODE_COPY_THREADS``.  Raises ``StoreError`` when the file already holds nodes or
    the load fails (the file is then emptied).
    """
    import ladybug

    from graph.store import StoreConfig, open_store
    from graph.store_ladybug import MAX_DB_BYTES

    config = StoreConfig(kind="embedded", db_path=Path(path))
    store = open_store(config)
    try:
        refuse_if_read_only(store, "bulk load")
        held = node_count(store)
    finally:
        store.close()
    if held:
        raise StoreError(
            f"bulk load needs an empty store, {path} holds {held} nodes; "
            "load into it with `laomo load` (MERGE, incremental) or remove it first"
        )
    started, cpu0 = time.perf_counter(), time.process_time()
    report = StreamReport()
    db = ladybug.Database(str(path), buffer_pool_size=max(buffer_pool_mb, 0) * 1024 * 1024, max_db_size=MAX_DB_BYTES)
    conn = ladybug.Connection(db)
    failed: Exception | None = None
    try:
        _spool_and_copy(
            lambda statement, is_rel: _run(conn, statement, is_rel),
            _timed(pieces, report),
            report,
            _done(report, progress),
            spool_dir,
        )
    except Exception as exc:  # reported below, after the database is closed
        failed = exc
    finally:
        conn.close()
        db.close()
    if failed is not None:
        again = open_store(config)
        try:
            _empty_again(again)
        finally:
            again.close()
        raise StoreError(f"bulk load failed, the store was emptied again: {failed}") from failed
    report.elapsed_s = time.perf_counter() - started
    report.cpu_s = time.process_time() - cpu0
    return report


# A node table's COPY runs on one thread: ladybug 0.22's primary-key index builder deadlocked
# (two workers waiting on each other's read-write lock, no CPU, forever) copying a million
# people's NameKey table with two threads.  One thread costs ~20 % of the node COPYs' time.
NODE_COPY_THREADS = 1


def _run(conn: Any, statement: str, is_rel: bool) -> None:
    if is_rel:
        conn.execute(statement)
        return
    conn.set_max_threads_for_exec(NODE_COPY_THREADS)
    try:
        conn.execute(statement)
    finally:
        conn.set_max_threads_for_exec(os.cpu_count() or 1)


def _done(report: StreamReport, progress: Progress | None) -> Callable[[str, int, float, bool], None]:
    def done(title: str, rows: int, seconds: float, is_rel: bool) -> None:
        report.tables[title] = report.tables.get(title, 0.0) + seconds
        if is_rel:
            report.rels += rows
        else:
            report.nodes += rows
        if progress:
            progress(title, rows, seconds)

    return done
