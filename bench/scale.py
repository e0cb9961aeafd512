"""Benchmarks at a million people: streamed generation, bounded-memory loads, stores kept between runs.

``bench.generate.generate`` holds the whole graph in memory (7.2 GB at 300,000 people), so
above ``STREAM_ABOVE`` people ``laomo bench queries`` and ``laomo bench pages`` come here:

* the graph is generated in pieces (``generate_chunks``) and loaded as it comes, the
  embedded store through ``graph.bulk_stream.stream_load`` (Parquet spool + one COPY per
  table) and a local Neo4j through ``neo4j-admin database import full``
  (``tools.neo4j.admin_import``: CSV files, import, start, constraints, indexes, roll-ups);
  a Neo4j named by ``NEO4J_URI`` is loaded with ``UNWIND … CREATE`` instead, much slower;
* the benchmark parameters are picked from the pieces as they pass (``ParamsCollector``:
  the same choices ``bench.run.pick_params`` makes from the whole graph);
* with ``--workdir DIR`` the stores and the parameters are kept in ``DIR/<people>-<seed>/``
  and reused by the next command (a million people take minutes to build);
* each query or page runs once cold, then ``--repeat`` times: p50 and p95 of those.

``laomo bench generate`` streams at every size (``stream_generate``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.generate import generate_chunks
from graph import queries
from graph.bulk_stream import BULK_BUFFER_POOL_MB, Piece, StreamReport, load_new_file, stream_load
from graph.errors import ConfigError, LaomoError, QueryTimeout
from graph.rollups import refresh_rollups
from graph.store import GraphStore, StoreConfig, config_from_env, open_store
from loaders.graph_rows import GraphRows

CHUNK_PEOPLE = 20_000
# The local Neo4j at this scale: the launcher's defaults (1 GB heap, 256 MB page cache, 512 MB a
# transaction) are sized for tests; the whole-graph roll-ups of a million people need more.
NEO4J_MEMORY = {"heap": "3g", "page_cache": "3g", "tx_memory": "2g"}


def peak_rss_gb() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def cpu_s() -> float:
    """CPU seconds of this process, all threads (ladybug's COPY threads too)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- parameters from the stream ---------------------------------------------------------------
class ParamsCollector:
    """Keeps, from pieces passing by, what ``bench.run.pick_params`` reads from a whole graph, and
    hands it a skeleton of the graph (ids and counts, not the rows) to choose the same parameters."""

    def __init__(self) -> None:
        self.awards_of: dict[str, int] = {}
        self.names: dict[str, str] = {}
        self.employers: dict[str, int] = {}
        self.part_of: list[dict[str, str]] = []
        self.orgs: dict[str, dict[str, Any]] = {}
        self.honours: dict[str, dict[str, Any]] = {}
        self.nodes = 0
        self.rels = 0

    def watch(self, pieces: Iterable[Piece]) -> Iterator[Piece]:
        for piece in pieces:
            self.take(piece)
            yield piece

    def take(self, piece: Piece) -> None:
        self.nodes += sum(len(v) for v in piece.nodes.values())
        self.rels += sum(len(v) for v in piece.rels.values())
        self.part_of += [{"src": r["src"], "dst": r["dst"]} for r in piece.rels.get("PART_OF", ())]
        self.names.update((pid, p["name"]) for pid, p in piece.nodes.get("Person", {}).items())
        self.orgs.update((oid, {"name": o["name"]}) for oid, o in piece.nodes.get("Organization", {}).items())
        self.honours.update(
            (h["id"], {"id": h["id"], "name": h["name"]}) for h in piece.nodes.get("Honor", {}).values()
        )
        for r in piece.rels.get("RECEIVED", ()):
            self.awards_of[r["src"]] = self.awards_of.get(r["src"], 0) + 1
        for r in piece.rels.get("WORKS_AT", ()):
            self.employers[r["dst"]] = self.employers.get(r["dst"], 0) + 1

    def skeleton(self) -> GraphRows:
        """What ``pick_params`` reads: every person (name), award counts, employers, the forest, honours."""
        rows = GraphRows()
        rows.nodes = {
            "Person": {pid: {"name": name} for pid, name in self.names.items()},
            "Organization": self.orgs,
            "Honor": self.honours,
        }
        received: list[dict[str, str]] = []
        for pid, n in self.awards_of.items():
            received += [{"src": pid}] * n
        works_at = [{"src": f"{org}#{i}", "dst": org} for org, n in self.employers.items() for i in range(n)]
        rows.rels = {"RECEIVED": received, "WORKS_AT": works_at, "PART_OF": self.part_of}
        return rows

    def params(self, seed: int) -> Any:
        """``bench.run.BenchParams`` as ``pick_params(rows, seed)`` chooses them from the whole graph."""
        from bench.run import pick_params

        return pick_params(self.skeleton(), seed)


# --- building the stores -------------------------------------------------------------------------
@dataclass
class Build:
    """How one store was filled: seconds (wall and this process's CPU) and peak memory."""

    kind: str
    how: str
    nodes: int
    rels: int
    generate_s: float
    prepare_s: float
    insert_s: float
    rollups_s: float
    total_s: float
    cpu_s: float
    peak_rss_gb: float
    generate_cpu_s: float = 0.0
    prepare_cpu_s: float = 0.0
    insert_cpu_s: float = 0.0


def _progress(message: str) -> None:
    from bench.run import progress

    progress(message)


def load_embedded(path: Path, people: int, seed: int, collector: ParamsCollector | None = None) -> Build:
    """Generate and stream ``people`` into a new embedded store at ``path`` (``load_new_file``: capped
    buffer pool), then the roll-ups."""
    from bench.run import _remove_db

    _remove_db(path)
    started, cpu0 = time.perf_counter(), cpu_s()
    pieces: Iterable[Piece] = generate_chunks(people, seed, CHUNK_PEOPLE)
    if collector is not None:
        pieces = collector.watch(pieces)
    report = load_new_file(
        path, pieces, progress=lambda t, n, s: _progress(f"embedded: COPY {t} ({n} rows, {s:.1f} s)")
    )
    rss = peak_rss_gb()
    store = open_store(StoreConfig(kind="embedded", db_path=path))
    try:
        t0 = time.perf_counter()
        refresh_rollups(store)
        rollups_s = time.perf_counter() - t0
    finally:
        store.close()
    pool = f"{BULK_BUFFER_POOL_MB} MB" if BULK_BUFFER_POOL_MB else "ladybug's default"
    how = f"load_new_file: Parquet spool, one COPY per table, buffer pool {pool}"
    return _build("embedded", how, report, rollups_s, started, cpu0, rss)


def _build(
    kind: str, how: str, report: StreamReport, rollups_s: float, started: float, cpu0: float, rss: float = 0.0
) -> Build:
    return Build(
        kind,
        how,
        report.nodes,
        report.rels,
        report.source_s,
        report.prepare_s,
        report.insert_s,
        rollups_s,
        time.perf_counter() - started,
        cpu_s() - cpu0,
        rss or peak_rss_gb(),
        report.source_cpu_s,
        report.prepare_cpu_s,
        report.cpu_s - report.source_cpu_s - report.prepare_cpu_s,
    )


def import_neo4j(home: Path, csv_dir: Path, people: int, seed: int) -> Build:
    """Generate ``people`` into neo4j-admin CSV files, import them into ``home``, make the server ready."""
    from tools.neo4j.admin_import import counts, finish, run_import, write_csv
    from tools.neo4j.server import Memory, start

    shutil.rmtree(home, ignore_errors=True)
    started, cpu0 = time.perf_counter(), cpu_s()
    _progress(f"neo4j: writing import files for {people} people …")
    files = write_csv(generate_chunks(people, seed, CHUNK_PEOPLE), csv_dir)
    _progress("neo4j: neo4j-admin database import full …")
    result = run_import(files, home)
    _progress("neo4j: starting, constraints, indexes, roll-ups …")
    with start(data_dir=home, memory=Memory(**NEO4J_MEMORY)) as server:
        schema_s = finish(server.uri, server.user, server.password)
        nodes, rels = counts(server.uri, server.user, server.password)
    shutil.rmtree(csv_dir, ignore_errors=True)
    return Build(
        "neo4j",
        "neo4j-admin database import full (CSV written from the stream)",
        nodes,
        rels,
        0.0,
        files.seconds,
        result.seconds,
        schema_s,
        time.perf_counter() - started,
        cpu_s() - cpu0,
        peak_rss_gb(),
    )


def load_neo4j_unwind(conf: dict[str, str], people: int, seed: int) -> tuple[GraphStore, Build]:
    """Stream ``people`` into the Neo4j server ``conf`` names, with ``UNWIND … CREATE``."""
    store = open_store(StoreConfig(kind="neo4j", uri=conf["uri"], user=conf["user"], password=conf["password"]))
    store.clear()
    started, cpu0 = time.perf_counter(), cpu_s()
    report = stream_load(store, generate_chunks(people, seed, CHUNK_PEOPLE))
    t0 = time.perf_counter()
    refresh_rollups(store)
    return store, _build("neo4j", "stream_load: UNWIND … CREATE", report, time.perf_counter() - t0, started, cpu0)


@dataclass
class Prepared:
    stores: dict[str, GraphStore]
    params: Any
    nodes: int
    rels: int
    builds: list[Build]
    neo_version: str
    here: Path
    ui_env: dict[str, dict[str, str]]  # per store: the variables that point the explorer at it


def prepare(kinds: Sequence[str], people: int, seed: int, workdir: Path, stack: contextlib.ExitStack) -> Prepared:
    """Both stores holding ``people`` generated people, built in ``workdir`` or reused from it."""
    from bench.run import BenchParams

    here = workdir / f"{people}-{seed}"
    here.mkdir(parents=True, exist_ok=True)
    saved = here / "params.json"
    builds: list[Build] = []
    known = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else None
    db = here / "embedded.lbug"
    if known is None or ("embedded" in kinds and not db.exists()):
        collector = ParamsCollector()
        if "embedded" in kinds:
            _progress(f"embedded: generating and loading {people} people …")
            builds.append(_kept(here, load_embedded(db, people, seed, collector)))
        else:
            for piece in generate_chunks(people, seed, CHUNK_PEOPLE):
                collector.take(piece)
        params = collector.params(seed)
        known = {
            "values": params.values,
            "by_query": params.by_query,
            "nodes": builds[0].nodes if builds else collector.nodes,
            "rels": builds[0].rels if builds else collector.rels,
        }
        saved.write_text(json.dumps(known, ensure_ascii=False, indent=1), encoding="utf-8")
    params = BenchParams(values=known["values"], by_query=known["by_query"])
    stores: dict[str, GraphStore] = {}
    ui_env: dict[str, dict[str, str]] = {}
    neo_version = ""
    if "embedded" in kinds:
        stores["embedded"] = stack.enter_context(_closing(open_store(StoreConfig(kind="embedded", db_path=db))))
        ui_env["embedded"] = {"LAOMO_STORE": "embedded", "LAOMO_DB": str(db)}
    if "neo4j" in kinds:
        if os.environ.get("NEO4J_URI"):
            conf = {
                "uri": os.environ["NEO4J_URI"],
                "user": os.environ.get("NEO4J_USER", "neo4j"),
                "password": os.environ.get("NEO4J_PASSWORD", ""),
            }
            store, build = load_neo4j_unwind(conf, people, seed)
            builds.append(build)
        else:
            from tools.neo4j.server import Memory, start

            home = here / "neo4j"
            if not (home / "data" / "databases" / "neo4j").is_dir():
                builds.append(_kept(here, import_neo4j(home, here / "neo4j-csv", people, seed)))
            _progress("neo4j: starting the server on the imported store …")
            server = stack.enter_context(start(data_dir=home, memory=Memory(**NEO4J_MEMORY)))
            conf = {"uri": server.uri, "user": server.user, "password": server.password}
            store = open_store(StoreConfig(kind="neo4j", uri=conf["uri"], user=conf["user"], password=conf["password"]))
        stores["neo4j"] = stack.enter_context(_closing(store))
        ui_env["neo4j"] = {
            "LAOMO_STORE": "neo4j",
            "NEO4J_URI": conf["uri"],
            "NEO4J_USER": conf["user"],
            "NEO4J_PASSWORD": conf["password"],
        }
        from neo4j import GraphDatabase

        with GraphDatabase.driver(conf["uri"], auth=(conf["user"], conf["password"])) as driver:
            neo_version = driver.get_server_info().agent
    return Prepared(stores, params, known["nodes"], known["rels"], builds, neo_version, here, ui_env)


def _kept(here: Path, build: Build) -> Build:
    """Log a finished build at once (in ``builds.jsonl`` beside the stores, and on stderr)."""
    with open(here / "builds.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(asdict(build), ensure_ascii=False) + "\n")
    _progress(f"{build.kind}: built in {build.total_s:.0f} s, peak RSS {build.peak_rss_gb:.2f} GB ({asdict(build)})")
    return build


@contextlib.contextmanager
def _closing(store: GraphStore) -> Iterator[GraphStore]:
    try:
        yield store
    finally:
        store.close()


# --- timing ------------------------------------------------------------------------------------------
def percentiles(times: Sequence[float]) -> tuple[float, float]:
    """(p50, p95) of the timed runs (nearest rank)."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]
    return statistics.median(ordered), p95


def time_runs(fn: Callable[[], Any], repeat: int, timeout_s: float) -> tuple[float, list[float], Any, str]:
    """(cold run s, the following runs s, last result, error)."""
    times: list[float] = []
    result: Any = None
    for _ in range(repeat + 1):
        started = time.perf_counter()
        try:
            result = fn()
        except QueryTimeout:
            return timeout_s, [timeout_s], None, f"timeout > {timeout_s:.0f} s"
        except LaomoError as exc:
            return 0.0, [0.0], None, str(exc)[:120]
        times.append(time.perf_counter() - started)
    return times[0], times[1:] or times, result, ""


def _build_lines(prepared: Prepared) -> list[str]:
    if not prepared.builds:
        return ["Stores reused from the work directory (built by an earlier run, figures there)."]
    from bench.run import markdown_table

    rows = [
        [
            b.kind,
            b.how,
            b.nodes,
            b.rels,
            b.generate_s,
            b.prepare_s,
            b.insert_s,
            b.rollups_s,
            b.total_s,
            f"{b.generate_cpu_s:.0f} / {b.prepare_cpu_s:.0f} / {b.insert_cpu_s:.0f}" if b.kind == "embedded" else "",
            b.cpu_s,
            f"{b.peak_rss_gb:.2f}",
        ]
        for b in prepared.builds
    ]
    headers = [
        "store",
        "how",
        "nodes",
        "relationships",
        "generate s",
        "prepare s",
        "insert / import s",
        "roll-ups (+ Neo4j schema) s",
        "total s",
        "CPU s: generate / prepare / insert",
        "CPU s, all",
        "peak RSS GB",
    ]
    return [markdown_table(headers, rows)]


def cmd_queries(args: argparse.Namespace) -> int:
    """``laomo bench queries`` above ``STREAM_ABOVE`` people: p50/p95 per named query, both stores."""
    from bench.run import (
        AS_PAGE_NOTE,
        QUERY_TIMEOUT_S,
        _kinds,
        _query_call,
        machine,
        markdown_table,
        measured_line,
        write_section,
    )

    kinds = _kinds(args.stores)
    info = machine()
    with contextlib.ExitStack() as stack:
        workdir = _workdir(args, stack)
        prepared = prepare(kinds, args.people, args.seed, workdir, stack)
        names = [n for n in queries.REGISTRY if not args.only or n in args.only.split(",")]
        table: list[list[Any]] = []
        slow: list[str] = []
        for name in names:
            p = prepared.params.for_query(name)
            line: list[Any] = [f"`{name}`"]
            for kind in kinds:
                _progress(f"{kind}: {name} …")
                call = _query_call(prepared.stores[kind], name, p)
                line[0] = call.label
                first, times, result, error = time_runs(call, args.repeat, QUERY_TIMEOUT_S)
                p50, p95 = percentiles(times)
                if error:
                    line += [error, "", "", ""]
                else:
                    line += [p50, p95, first, len(result.rows) if result else ""]
                    if p50 > 1.0:
                        slow.append(f"`{name}` on {kind} ({p50:.1f} s)")
            table.append(line)
    _done()
    headers = ["query"] + [h for k in kinds for h in (f"{k} p50 s", f"{k} p95 s", f"{k} first s", f"{k} rows")]
    body = [
        f"### Named queries at {args.people} people",
        "",
        measured_line(info, prepared.neo_version),
        f"Command: `nice -n 10 laomo bench queries --people {args.people} --repeat {args.repeat} "
        f"--stores {args.stores} --seed {args.seed}`.  Generated graph: {prepared.nodes} nodes, "
        f"{prepared.rels} relationships, streamed (`generate_chunks`) into each store.  Each query runs once "
        f'cold ("first") and {args.repeat} more times; p50 and p95 (nearest rank) of those, in seconds, through '
        f"`graph.queries.run`.  Parameters as at 100,000 people (`pick_params`); {AS_PAGE_NOTE}  "
        f"Timeout {QUERY_TIMEOUT_S:.0f} s.",
        "",
        *_build_lines(prepared),
        "",
        markdown_table(headers, table),
        "",
        "Slower than 1 s (p50): " + (", ".join(slow) if slow else "none") + ".",
    ]
    print("\n".join(body))
    if args.report:
        write_section(Path(args.report), f"queries-{args.people}", "\n".join(body))
    return 0


def cmd_pages(args: argparse.Namespace) -> int:
    """``laomo bench pages`` at any size (via ``bench.run.cmd_pages``): p50/p95 server time per page,
    and with ``--browser`` each page's time in headless chromium (``bench.browser``)."""
    from bench.run import _kinds, machine, page_steps, write_section

    kinds = _kinds(args.stores)
    info = machine()
    only = [k for k in getattr(args, "only", "").split(",") if k]
    pages = {k: v for k, v in page_steps().items() if not only or k.split(",")[0] in only}
    sections: list[tuple[str, list[str]]] = []
    part = f"-{'_'.join(only)}" if only else ""  # a run of some pages reports in a section of its own
    with contextlib.ExitStack() as stack:
        workdir = _workdir(args, stack)
        prepared = prepare(kinds, args.people, args.seed, workdir, stack)
        if getattr(args, "server", True):
            sections.append((f"pages-{args.people}{part}", _server_pages(args, kinds, pages, prepared, info)))
        if getattr(args, "browser", False):
            for kind in kinds:  # the explorer opens the store itself: ladybug lets one process hold the file
                prepared.stores[kind].close()
            key = f"pages-browser-{args.people}-{'_'.join(kinds)}{part}"
            sections.append((key, _browser_pages(args, kinds, only, prepared, info)))
    _done()
    for key, body in sections:
        print("\n".join(body) + "\n")
        if args.report:
            write_section(Path(args.report), key, "\n".join(body))
    return 0


def _server_pages(
    args: argparse.Namespace, kinds: Sequence[str], pages: dict[str, Any], prepared: Prepared, info: dict[str, str]
) -> list[str]:
    from bench.run import markdown_table, measured_line, time_page

    table: list[list[Any]] = []
    detail: list[str] = []
    for page, steps in pages.items():
        line: list[Any] = [page]
        for kind in kinds:
            totals, slowest, errors = time_page(
                prepared.stores[kind], prepared.params, steps, args.repeat, f"{kind}: {page}"
            )
            detail.append(step_line(page, kind, slowest))
            worst = max(slowest, key=lambda n: slowest[n])
            p50, p95 = percentiles(totals)
            line += [
                p50,
                p95,
                "yes" if p50 < 1.0 else "**no**",
                f"`{worst}` {slowest[worst]:.2f} s" + (f"; {errors[0]}" if errors else ""),
            ]
        table.append(line)
    headers = ["page"] + [h for k in kinds for h in (f"{k} p50 s", f"{k} p95 s", f"{k} < 1 s", f"{k} slowest step")]
    return [
        f"### UI pages at {args.people} people (server time per page)",
        "",
        measured_line(info, prepared.neo_version),
        f"Command: `nice -n 10 laomo bench pages --people {args.people} --repeat {args.repeat} "
        f"{'--only ' + args.only + ' ' if getattr(args, 'only', '') else ''}"
        f"--stores {args.stores} --seed {args.seed}`.  Generated graph: {prepared.nodes} nodes, "
        f"{prepared.rels} relationships, streamed into each store.  A page's time is the sum of the named "
        "queries (and analytics) its first visit runs, without Streamlit's rendering or its caches; p50/p95 of "
        f"{args.repeat} warm runs after one cold run.  Goal: under 1 s per page.",
        "",
        markdown_table(headers, table),
        "",
        "Each step's mean warm time, in page order (s):",
        "",
        *detail,
    ]


def step_line(page: str, kind: str, steps: dict[str, float]) -> str:
    """One page's steps on one store with their mean warm times, in page order, for the report.

    >>> step_line("honours", "neo4j", {"honour_levels": 0.0123, "honour_recipients": 0.31})
    '- honours, neo4j: `honour_levels` 0.012, `honour_recipients` 0.310'
    """
    return f"- {page}, {kind}: " + ", ".join(f"`{name}` {s:.3f}" for name, s in steps.items())


def _browser_pages(
    args: argparse.Namespace, kinds: Sequence[str], only: Sequence[str], prepared: Prepared, info: dict[str, str]
) -> list[str]:
    from bench import browser
    from bench.run import markdown_table, measured_line

    every = browser.page_addresses(prepared.params.values)
    addresses = {k: v for k, v in every.items() if not only or k in only}
    results = {
        kind: browser.time_pages(
            prepared.ui_env[kind], addresses, args.repeat, prepared.here / f"streamlit-{kind}.log", _progress, every
        )
        for kind in kinds
    }
    for kind, visits in results.items():  # every visit's figures, beside the stores
        raw = {key: asdict(v) for key, v in visits.items()}
        (prepared.here / f"browser-{kind}.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    table: list[list[Any]] = []
    for key in addresses:
        line: list[Any] = [key]
        for kind in kinds:
            v = results[kind][key]
            if v.error and not v.browser:
                line += [v.error, "", "", "", "", "", "", ""]
                continue
            p50, p95 = percentiles(v.browser or [0.0])
            nav = f"— {v.nav_error}"
            if v.nav:
                nav = f"{statistics.median(v.nav):.2f} ({statistics.median(v.nav_server):.2f})"
            line += [
                f"{v.cold_browser:.2f} ({v.cold_server:.2f})",
                f"{p50:.2f} ({statistics.median(v.server or [0.0]):.2f})",
                f"{p95:.2f}",
                nav,
                f"{statistics.median(v.draw[1:] or v.draw or [0.0]):.2f}",
                "yes" if v.cold_browser < 1.0 else "**no**",
                "yes" if p50 < 1.0 else "**no**",
                "yes" if v.nav and statistics.median(v.nav) < 1.0 else "**no**",
            ]
        table.append(line)
    headers = [
        "page",
        *[
            h
            for k in kinds
            for h in (
                f"{k} cold s (server)",
                f"{k} warm p50 s (server)",
                f"{k} warm p95 s",
                f"{k} in-app p50 s (server)",
                f"{k} drawing after idle p50 s",
                f"{k} cold < 1 s",
                f"{k} warm < 1 s",
                f"{k} in-app < 1 s",
            )
        ],
    ]
    pages_text = ", ".join(f"{k} `{a}`" for k, a in addresses.items())
    reached = {
        k: next((results[kind][k].nav_address for kind in kinds if results[kind][k].nav_address), "") for k in addresses
    }
    nav_text = "; ".join(
        f"{k} from {browser.NAVIGATION[k]}" + (f" (reached `{reached[k]}`)" if reached[k] and reached[k] != a else "")
        for k, a in addresses.items()
        if k in browser.NAVIGATION
    )
    return [
        f"### UI pages at {args.people} people in a browser (headless chromium)",
        "",
        measured_line(info, prepared.neo_version),
        f"Command: `nice -n 10 laomo bench pages --browser --no-server --people {args.people} "
        f"{'--only ' + ','.join(only) + ' ' if only else ''}"
        f"--repeat {args.repeat} --stores {args.stores} --seed {args.seed}` (`bench.browser`).  For each page a "
        "fresh `streamlit run ui/app.py` over the store (read-only, as a reader sees it); cold = the first visit "
        "(empty Streamlit and browser caches, the store opened by that visit), warm = "
        f"{args.repeat} further visits, each in a new tab (a new Streamlit session; the browser's cache and the "
        "app's cached whole-graph answers, `ui.data`, kept).  Seconds from navigation to an idle page "
        "(the run's finished message received, Streamlit's script state \"not running\", the server-time "
        "caption drawn, no Stop button: the page "
        "stamps that moment itself), and in brackets the page's own server time.  In-app = "
        f"{args.repeat} clicks on a link to the page from another page of the app, in the same tab (no "
        "reload, the session and scripts already there), clicked once that page has drawn (1 s without a long "
        "task, its graphs' iframes included), from the click to the new page idle: "
        f"{nav_text}.  Drawing after idle = how long the tab's main thread stayed busy past the warm "
        "visit's idle stamp (the end of its last long task, 50 ms+, its graphs' iframes included): what a "
        f"reader waits for the page's graph to be laid out.  Addresses: {pages_text} "
        "(the busiest person, the largest group, the bench honour).  Goal: under 1 s per page.",
        "",
        markdown_table(headers, table),
    ]


def _workdir(args: argparse.Namespace, stack: contextlib.ExitStack) -> Path:
    if getattr(args, "workdir", None):
        return Path(args.workdir)
    return Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="laomo-bench-")))


def _done() -> None:
    from bench.run import progress_done

    progress_done()


# --- laomo bench generate ------------------------------------------------------------------------
def stream_generate(people: int, seed: int, store_kind: str, db: Path | None, replace: bool) -> str:
    """Generate ``people`` in pieces and bulk-load them into an empty store; the summary line."""
    from bench.run import _remove_db

    if store_kind == "neo4j" and not os.environ.get("NEO4J_URI"):
        raise ConfigError(
            "--store neo4j needs NEO4J_URI (start one with `make neo4j` or `python -m tools.neo4j.server start`)"
        )
    if store_kind == "embedded" and db and replace:
        _remove_db(db)
    started, cpu0 = time.perf_counter(), cpu_s()
    pieces = generate_chunks(people, seed, CHUNK_PEOPLE)

    def shown(t: str, n: int, s: float) -> None:
        _progress(f"bulk insert {t}: {n} rows in {s:.1f} s")

    if store_kind == "embedded":
        report = load_new_file(db or config_from_env("embedded").db_path, pieces, progress=shown)
    store = open_store(config_from_env(store_kind, db))
    try:
        if store_kind == "neo4j":
            if replace:
                store.clear()
            report = stream_load(store, pieces, progress=shown)
        t0 = time.perf_counter()
        refresh_rollups(store)
        rollups_s = time.perf_counter() - t0
    finally:
        store.close()
    _done()
    build = _build(store_kind, "stream", report, rollups_s, started, cpu0)
    where = db or "NEO4J_URI"
    return (
        f"generated {people} people (seed {seed}): {build.nodes} nodes, {build.rels} relationships, "
        f"bulk-loaded into {store_kind} {where} in {build.total_s:.1f} s (generating {build.generate_s:.1f} s, "
        f"preparing {build.prepare_s:.1f} s, inserting {build.insert_s:.1f} s, roll-ups {build.rollups_s:.1f} s; "
        f"CPU {build.cpu_s:.1f} s: generating {build.generate_cpu_s:.1f}, preparing {build.prepare_cpu_s:.1f}, "
        f"inserting {build.insert_cpu_s:.1f}; peak RSS {build.peak_rss_gb:.2f} GB)"
    )


# --- laomo bench neo4j-import -------------------------------------------------------------------------
def cmd_neo4j_import(args: argparse.Namespace) -> int:
    """Neo4j's initial import (neo4j-admin, CSV from the stream) beside ``UNWIND … CREATE``, per size."""
    from bench.run import _sizes, machine, markdown_table, measured_line, write_section
    from tools.neo4j.admin_import import counts, finish, run_import, write_csv
    from tools.neo4j.server import Memory, start

    info = machine()
    memory = Memory(**NEO4J_MEMORY)
    table: list[list[Any]] = []
    version = ""
    with tempfile.TemporaryDirectory(prefix="laomo-bench-neo4j-") as tmp:
        work = Path(tmp)
        for size in _sizes(args.sizes):
            home = work / f"admin-{size}"
            started = time.perf_counter()
            _progress(f"neo4j-admin {size}: writing import files …")
            files = write_csv(generate_chunks(size, args.seed, CHUNK_PEOPLE), work / f"csv-{size}")
            _progress(f"neo4j-admin {size}: import …")
            result = run_import(files, home)
            with start(data_dir=home, memory=memory) as server:
                _progress(f"neo4j-admin {size}: constraints, indexes, roll-ups …")
                schema_s = finish(server.uri, server.user, server.password)
                nodes, rels = counts(server.uri, server.user, server.password)
            total = time.perf_counter() - started
            shutil.rmtree(home, ignore_errors=True)
            shutil.rmtree(work / f"csv-{size}", ignore_errors=True)
            table.append([size, "neo4j-admin import full", nodes, rels, files.seconds, result.seconds, schema_s, total])
            if size > args.unwind_max:
                table.append([size, "UNWIND … CREATE", "", "", "", "not run", "", ""])
                continue
            with start(memory=memory) as server:
                from neo4j import GraphDatabase

                with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
                    version = driver.get_server_info().agent
                conf = {"uri": server.uri, "user": server.user, "password": server.password}
                started = time.perf_counter()
                _progress(f"UNWIND {size}: streaming …")
                store, build = load_neo4j_unwind(conf, size, args.seed)
                store.close()
                table.append(
                    [
                        size,
                        "UNWIND … CREATE (stream_load)",
                        build.nodes,
                        build.rels,
                        build.prepare_s,
                        build.insert_s,
                        build.rollups_s,
                        time.perf_counter() - started,
                    ]
                )
    _done()
    headers = ["people", "how", "nodes", "relationships", "prepare / CSV s", "insert / import s", "then s", "total s"]
    body = [
        "### Neo4j: initial import (neo4j-admin) vs UNWIND",
        "",
        measured_line(info, version),
        f"Command: `nice -n 10 laomo bench neo4j-import --sizes {args.sizes} --unwind-max {args.unwind_max} "
        f"--seed {args.seed}`.  The graph streamed from `generate_chunks`; seconds, wall clock.  neo4j-admin: CSV "
        "files written from the stream (`tools.neo4j.admin_import.write_csv`), `neo4j-admin database import full` "
        'into a fresh launcher directory, then the server started on it and "then" = constraints and indexes '
        "(built over the data, awaited) and the roll-up counts.  UNWIND: `graph.bulk_stream.stream_load` into a "
        'running server with the schema in place, "then" = the roll-ups.  Launcher memory: heap '
        f"{memory.heap}, page cache {memory.page_cache}, {memory.tx_memory} a transaction; "
        f"total includes generating the graph for both.",
        "",
        markdown_table(headers, table),
    ]
    print("\n".join(body))
    if args.report:
        write_section(Path(args.report), f"neo4j-import-{args.sizes}".replace(",", "_"), "\n".join(body))
    return 0


# --- laomo bench stream-memory ------------------------------------------------------------------------
def stream_memory(people: int, seed: int, chunk_people: int) -> dict[str, float]:
    """Peak Python memory (tracemalloc) of streaming ``people`` in pieces, and what stays per person.

    The pieces are dropped as they come, as a loader does; "kept" is what the generator still
    holds at the end (names taken per employer, team members): the part that grows with people.
    """
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    biggest = 0
    chunks = generate_chunks(people, seed, chunk_people)
    for piece in chunks:
        biggest = max(biggest, sum(len(v) for v in piece.nodes.values()) + sum(len(v) for v in piece.rels.values()))
        del piece
        kept = tracemalloc.get_traced_memory()[0] - base
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return {"people": people, "chunk": chunk_people, "peak_mb": peak / 2**20, "kept_mb": kept / 2**20, "rows": biggest}


def cmd_stream_memory(args: argparse.Namespace) -> int:
    from bench.run import _sizes, machine, markdown_table, measured_line, write_section

    info = machine()
    rows = []
    for _ in generate_chunks(2000, args.seed + 1, 500):  # warm-up: dictionaries, rank rules, pinyin tables
        pass
    for size in _sizes(args.sizes):
        _progress(f"stream-memory: {size} people …")
        m = stream_memory(size, args.seed, args.chunk)
        rows.append([size, args.chunk, m["rows"], f"{m['peak_mb']:.0f}", f"{m['kept_mb']:.0f}"])
    _done()
    body = [
        "### Streaming the generator: memory",
        "",
        measured_line(info),
        f"Command: `laomo bench stream-memory --sizes {args.sizes} --chunk {args.chunk} --seed {args.seed}`.  "
        "Python memory traced with `tracemalloc` while `generate_chunks` streams the graph and each piece "
        "is dropped after use (as `load_new_file` does), after a warm-up of 2,000 people (module caches: "
        "dictionaries, rank rules, pinyin): the peak, and what the generator still holds at the last piece "
        "(names taken per employer, team members for co-inventors, search text of names met), which grows "
        "with people.",
        "",
        markdown_table(["people", "people per piece", "rows in the largest piece", "peak MB", "kept MB"], rows),
    ]
    print("\n".join(body))
    if args.report:
        write_section(Path(args.report), "stream-memory", "\n".join(body))
    return 0
