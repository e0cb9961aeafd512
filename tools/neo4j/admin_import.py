"""Neo4j's initial import (``neo4j-admin database import full``) for the local launcher's store.

Loading a large graph through Cypher (``UNWIND … CREATE``) costs Neo4j a transaction log and
index updates per row: 117 s for 100,000 people.  ``neo4j-admin database import full`` writes
the store files directly from CSV into an empty, stopped database.  The import tool is a
Maven artefact (``org.neo4j:neo4j-import-tool``, a dependency of ``org.neo4j:neo4j`` and so
already in ``tools/neo4j/target/lib``); it runs as ``org.neo4j.cli.AdminTool`` on the
launcher's classpath with ``NEO4J_HOME`` set to the launcher's data directory, so no Neo4j
distribution or Docker is needed.

The CSV files follow ``graph.schema`` (the one place for labels, keys and properties):
one header file and one data file per node label and per relationship type and endpoint pair,
node keys as ``id:ID(Label)`` (one ID space per label), relationship ends as
``:START_ID(Label)`` / ``:END_ID(Label)``, typed columns (``year:long``,
``confidence:double``, ``aliases:string[]``).  Rows come as pieces
(``bench.generate.generate_chunks``, or ``store_pieces`` over any store) and are prepared as
``graph.bulk_stream`` prepares them for ladybug, so the imported graph is the one a bulk load
makes.  After the import: start the server on the directory, ``ensure_schema`` (constraints and
indexes, built over the imported data) and recompute the roll-up counts.

    python -m tools.neo4j.admin_import csv --db data/laomo.lbug -o import/     # from the embedded store
    python -m tools.neo4j.admin_import import import/ [--data-dir data/neo4j/db]
    python -m tools.neo4j.admin_import finish      # after importing on another server (NEO4J_URI …)

``csv`` also writes ``neo4j-admin.txt``: the command for a Neo4j elsewhere, run in that directory.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from graph import schema
from graph.bulk_stream import NameIndex, Piece, piece_arrow
from graph.errors import ConfigError, StoreError
from graph.store import BulkTable, GraphStore

if TYPE_CHECKING:
    from tools.neo4j.server import Memory

# Between the elements of a list value (aliases): a control character no text of ours holds.
ARRAY_DELIMITER = "\x1f"
ADMIN_MAIN = "org.neo4j.cli.AdminTool"
# Off-heap memory the importer may take (its default is 90 % of the machine's).
DEFAULT_OFF_HEAP = "2G"
_TYPES = {schema.STRING: "", schema.INT: ":long", schema.FLOAT: ":double", schema.STRINGS: ":string[]"}
_PAGE = 50_000


@dataclass
class ImportFiles:
    """The header and data files of one import, and what the command line needs to know."""

    directory: Path
    nodes: dict[str, list[Path]] = field(default_factory=dict)  # label → [header, data]
    rels: dict[str, tuple[str, list[Path]]] = field(default_factory=dict)  # title → (type, [header, data])
    rows: dict[str, int] = field(default_factory=dict)
    multiline: bool = False  # some text holds a line break: the importer must be told
    seconds: float = 0.0

    @property
    def node_count(self) -> int:
        return sum(self.rows[label] for label in self.nodes)

    @property
    def rel_count(self) -> int:
        return sum(self.rows[title] for title in self.rels)


def header(table: BulkTable) -> list[str]:
    """The neo4j-admin header of a table: key or ends first, then typed properties."""
    if table.is_rel:
        ends = [f":START_ID({table.src_label})", f":END_ID({table.dst_label})"]
        return ends + [f"{p.name}{_TYPES[p.type]}" for p in table.columns]
    key = schema.node(table.name).key
    return [f"{p.name}:ID({table.name})" if p.name == key else f"{p.name}{_TYPES[p.type]}" for p in table.columns]


def _csv_ready(data: pa.Table) -> tuple[pa.Table, bool]:
    """List columns joined with ``ARRAY_DELIMITER``; whether any text holds a line break."""
    multiline = False
    for i, column in enumerate(data.columns):
        if pa.types.is_list(column.type):
            data = data.set_column(i, data.column_names[i], pc.binary_join(column, ARRAY_DELIMITER))
            column = data.column(i)
        if pa.types.is_string(column.type) and not multiline:
            multiline = bool(pc.any(pc.match_substring_regex(column, r"[\r\n]")).as_py())
    return data, multiline


def write_csv(pieces: Iterable[Piece], directory: str | Path, *, name_index: bool = True) -> ImportFiles:
    """Write the import files for a graph that comes in pieces (see ``graph.bulk_stream``).

    ``name_index`` adds the people-search index to generated rows (``graph.bulk_stream.NameIndex``);
    rows read from a store hold it already.  Memory is that of one piece.
    """
    started = time.perf_counter()
    out = ImportFiles(Path(directory))
    out.directory.mkdir(parents=True, exist_ok=True)
    index = NameIndex() if name_index else None
    writers: dict[str, tuple[pcsv.CSVWriter, Any]] = {}
    try:
        for piece in pieces:
            for table, data in piece_arrow(index(piece) if index else piece):
                data, multiline = _csv_ready(data)
                out.multiline = out.multiline or multiline
                if table.title not in writers:
                    stem = out.directory / f"{len(writers):03d}-{table.name}"
                    files = [stem.with_name(stem.name + "-header.csv"), stem.with_name(stem.name + ".csv")]
                    files[0].write_text(",".join(header(table)) + "\n", encoding="utf-8")
                    sink = open(files[1], "wb")  # noqa: SIM115 - closed with its writer below
                    options = pcsv.WriteOptions(include_header=False, quoting_style="needed")
                    writers[table.title] = (pcsv.CSVWriter(sink, data.schema, write_options=options), sink)
                    if table.is_rel:
                        out.rels[table.title] = (table.name, files)
                    else:
                        out.nodes[table.name] = files
                writers[table.title][0].write_table(data)
                out.rows[table.title] = out.rows.get(table.title, 0) + data.num_rows
    finally:
        for writer, sink in writers.values():
            writer.close()
            sink.close()
    _save_manifest(out)
    out.seconds = time.perf_counter() - started
    return out


def store_pieces(store: GraphStore, page: int = _PAGE) -> Iterator[Piece]:
    """A store's graph as pieces of at most ``page`` rows, nodes first (what ``laomo export`` dumps).

    Each label and each relationship type and pair is read in key order, page by page.
    """

    @dataclass
    class _Part:
        nodes: dict[str, Any] = field(default_factory=dict)
        rels: dict[str, Any] = field(default_factory=dict)

    def paged(cypher: str) -> Iterator[list[dict[str, Any]]]:
        skip = 0
        while True:
            rows = store.read(f"{cypher} SKIP $skip LIMIT $page", {"skip": skip, "page": page}, timeout_s=3600).rows
            if rows:
                yield rows
            if len(rows) < page:
                return
            skip += page

    for nt in schema.NODES:
        cols = ", ".join(f"n.{p} AS {p}" for p in nt.prop_names)
        for rows in paged(f"MATCH (n:{nt.label}) RETURN {cols} ORDER BY n.{nt.key}"):
            yield _Part(nodes={nt.label: {r[nt.key]: r for r in rows}})
    for rt in schema.RELS:
        for src, dst in rt.pairs:
            cols = "".join(f", e.{p} AS {p}" for p in rt.prop_names)
            cypher = (
                f"MATCH (a:{src})-[e:{rt.type}]->(b:{dst}) RETURN a.id AS src, b.id AS dst{cols} "
                f"ORDER BY src, dst" + "".join(f", {p}" for p in rt.merge_on)
            )
            for rows in paged(cypher):
                yield _Part(rels={rt.type: [{"src_label": src, "dst_label": dst, **r} for r in rows]})


@dataclass
class ImportResult:
    seconds: float
    command: list[str]
    output: str


def import_command(files: ImportFiles, database: str = "neo4j", *, off_heap: str = DEFAULT_OFF_HEAP) -> list[str]:
    """The ``neo4j-admin database import full`` arguments for these files."""
    args = ["database", "import", "full"]
    for label, paths in files.nodes.items():
        args.append(f"--nodes={label}={','.join(str(p) for p in paths)}")
    for rel_type, paths in files.rels.values():
        args.append(f"--relationships={rel_type}={','.join(str(p) for p in paths)}")
    args += [
        f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
        f"--max-off-heap-memory={off_heap}",
        f"--report-file={files.directory / 'import.report'}",
        "--overwrite-destination=true",
    ]
    if files.multiline:
        args.append("--multiline-fields=true")
    return [*args, database]


def run_import(
    files: ImportFiles,
    home: str | Path,
    database: str = "neo4j",
    *,
    heap: str = "1g",
    off_heap: str = DEFAULT_OFF_HEAP,
) -> ImportResult:
    """Run the import into ``home`` (a launcher data directory; the server must be stopped).

    Raises ``StoreError`` with the tool's output when it fails.
    """
    from tools.neo4j.server import _java, build, classpath

    build()
    home = Path(home).resolve()
    home.mkdir(parents=True, exist_ok=True)
    cmd = [_java(), f"-Xmx{heap}", "-cp", classpath(), ADMIN_MAIN, *import_command(files, database, off_heap=off_heap)]
    started = time.perf_counter()
    proc = subprocess.run(cmd, env={**os.environ, "NEO4J_HOME": str(home)}, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise StoreError(f"neo4j-admin database import failed (exit {proc.returncode}):\n{output[-4000:]}")
    return ImportResult(seconds, cmd, output)


@dataclass
class Imported:
    """The figures of one import into a fresh directory, then the server made ready on it."""

    csv_s: float
    import_s: float
    schema_s: float
    nodes: int
    rels: int


def finish(uri: str, user: str, password: str) -> float:
    """After the server started on imported files: constraints and indexes (built over the data,
    awaited) and the roll-up counts.  Returns seconds."""
    from neo4j import GraphDatabase

    from graph.rollups import refresh_rollups
    from graph.store import StoreConfig, open_store

    started = time.perf_counter()
    store = open_store(StoreConfig(kind="neo4j", uri=uri, user=user, password=password))
    try:
        store.ensure_schema()
        with GraphDatabase.driver(uri, auth=(user, password)) as driver:
            driver.execute_query("CALL db.awaitIndexes(3600)")
        refresh_rollups(store)
    finally:
        store.close()
    return time.perf_counter() - started


def counts(uri: str, user: str, password: str) -> tuple[int, int]:
    """(nodes, relationships) the server holds."""
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
        rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    return int(nodes), int(rels)


def import_into(
    files: ImportFiles, home: str | Path, password: str | None = None, memory: Memory | None = None
) -> Imported:
    """Import into the launcher directory ``home``, start a server on it, build the schema and the
    roll-ups, count what it holds, stop it.  ``home`` must not be in use by a running server.
    ``memory``: the server's heap, page cache and transaction limit (a million people need more
    than the launcher's defaults for the whole-graph roll-ups)."""
    from tools.neo4j.server import DEFAULT_PASSWORD, start

    result = run_import(files, home)
    with start(data_dir=home, password=password or DEFAULT_PASSWORD, memory=memory) as server:
        schema_s = finish(server.uri, server.user, server.password)
        nodes, rels = counts(server.uri, server.user, server.password)
    return Imported(files.seconds, result.seconds, schema_s, nodes, rels)


# --------------------------------------------------------------------------- CLI


def _store_pieces(args: argparse.Namespace, stack: contextlib.ExitStack) -> Iterator[Piece]:
    from graph.store import config_from_env, open_store

    store = open_store(config_from_env(args.store, Path(args.db) if args.db else None, read_only=True))
    stack.callback(store.close)
    return store_pieces(store)


def main(argv: list[str] | None = None) -> int:
    """``csv`` (write the import files) / ``import`` (run neo4j-admin on them, then make the server ready)."""
    parser = argparse.ArgumentParser(prog="python -m tools.neo4j.admin_import", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("csv", help="write neo4j-admin import files from a store")
    c.add_argument("-o", "--out", required=True, help="directory for the header and data files")
    c.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    c.add_argument("--db", help="embedded store path (default $LAOMO_DB or data/laomo.lbug)")
    i = sub.add_parser("import", help="import a directory written by `csv` into the launcher's (stopped) database")
    i.add_argument("directory")
    i.add_argument("--data-dir", help="launcher data directory (default: the dev server's, data/neo4j/db)")
    i.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD"))
    i.add_argument("--heap", default="", help="server heap while it builds indexes and roll-ups, e.g. 3g")
    i.add_argument("--page-cache", default="", help="its page cache, e.g. 3g")
    i.add_argument("--tx-memory", default="", help="memory one transaction may use, e.g. 2g")
    f = sub.add_parser("finish", help="after an import on any server (NEO4J_URI …): constraints, indexes, roll-ups")
    f.add_argument("--uri", default=os.environ.get("NEO4J_URI"))
    f.add_argument("--user", default=os.environ.get("NEO4J_USER", "neo4j"))
    f.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD"))
    args = parser.parse_args(argv)
    try:
        if args.command == "finish":
            if not args.uri or not args.password:
                raise ConfigError("finish needs NEO4J_URI and NEO4J_PASSWORD (or --uri, --password)")
            seconds = finish(args.uri, args.user, args.password)
            nodes, rels = counts(args.uri, args.user, args.password)
            print(f"{args.uri}: {nodes} nodes, {rels} relationships; constraints, indexes, roll-ups in {seconds:.1f} s")
            return 0
        if args.command == "csv":
            with contextlib.ExitStack() as stack:
                files = write_csv(_store_pieces(args, stack), args.out, name_index=False)
            print(
                f"wrote {files.node_count} nodes and {files.rel_count} relationships "
                f"({len(files.nodes) + len(files.rels)} tables) to {files.directory} in {files.seconds:.1f} s"
            )
            return 0
        from tools.neo4j.server import STATE_DIR, _pid_alive_launcher, _read_pid

        pid = _read_pid()
        if not args.data_dir and pid is not None and _pid_alive_launcher(pid):
            raise ConfigError("the dev server is running: stop it first (`python -m tools.neo4j.server stop`)")
        home = Path(args.data_dir) if args.data_dir else STATE_DIR / "db"
        from tools.neo4j.server import Memory

        memory = Memory(heap=args.heap, page_cache=args.page_cache, tx_memory=args.tx_memory)
        done = import_into(read_files(Path(args.directory)), home, args.password, memory)
        print(
            f"imported {done.nodes} nodes and {done.rels} relationships into {home}: neo4j-admin "
            f"{done.import_s:.1f} s, constraints, indexes and roll-ups {done.schema_s:.1f} s; "
            "start the server with `python -m tools.neo4j.server start"
            + (f" --data-dir {home}`" if args.data_dir else "`")
        )
        return 0
    except (StoreError, ConfigError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


MANIFEST = "import.json"


def _save_manifest(files: ImportFiles) -> None:
    data = {
        "nodes": {label: [p.name for p in paths] for label, paths in files.nodes.items()},
        "rels": {title: [rel_type, [p.name for p in paths]] for title, (rel_type, paths) in files.rels.items()},
        "rows": files.rows,
        "multiline": files.multiline,
    }
    (files.directory / MANIFEST).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    # For a server elsewhere (a Neo4j distribution, the docker image): run from this directory.
    args = import_command(files, off_heap="90%")
    relative = [a.replace(f"{files.directory}/", "") for a in args if not a.startswith("--report-file")]
    text = "neo4j-admin database import full \\\n  " + " \\\n  ".join(relative[3:]) + "\n"
    (files.directory / "neo4j-admin.txt").write_text(text, encoding="utf-8")


def read_files(directory: Path) -> ImportFiles:
    """The import files ``write_csv`` left in ``directory`` (its ``import.json`` lists them)."""
    try:
        data = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ConfigError(f"{directory}: no readable {MANIFEST} ({err}); write the files with `csv` first") from err
    files = ImportFiles(directory, multiline=bool(data["multiline"]), rows=dict(data["rows"]))
    files.nodes = {label: [directory / n for n in names] for label, names in data["nodes"].items()}
    files.rels = {title: (t, [directory / n for n in names]) for title, (t, names) in data["rels"].items()}
    return files


if __name__ == "__main__":
    sys.exit(main())
