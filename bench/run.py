"""``laomo bench``: generate synthetic graphs and time loads, named queries and UI pages.

    laomo bench generate --people 100000 --seed 7 --store embedded --db data/generated/bench.lbug
    laomo bench load    --sizes 1000,10000,100000 --merge-max 10000 [--stores embedded,neo4j]
    laomo bench queries --people 100000 --repeat 5
    laomo bench pages   --people 100000 --repeat 3
    laomo bench search  --people 100000 --repeat 20   (the people search, p50/p95)
    laomo bench neo4j-import --sizes 100000   (neo4j-admin initial import vs UNWIND; bench.scale)
    laomo bench stream-memory --sizes 10000,40000   (the streamed generator's memory; bench.scale)
    laomo bench extract --rounds 5            (text extraction throughput, one core)
    … --report docs/benchmarks.md      (rewrite that command's section of the file)

Both stores are timed side by side in one run (the machines are shared and
noisy: figures from different runs do not compare well).  Neo4j is the server
named by NEO4J_URI, or else a throwaway local server started with
``tools.neo4j.server.start()`` and stopped at the end.  Progress goes to stderr,
Markdown tables to stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.generate import generate
from bench.profiles import profiles_from_rows
from graph import queries
from graph.bulk import bulk_load
from graph.errors import ConfigError, InputError, LaomoError, QueryTimeout
from graph.rollups import refresh_rollups
from graph.store import Batch, GraphStore, QueryResult, StoreConfig, open_store
from graph.writer import batches_for
from loaders import ids
from loaders.graph_rows import GraphRows
from ui.pages import LOW_RANK_FROM, WINDOW_FROM, YEARS_FROM
from ui.pages import PAGES as UI_PAGES

DOC = Path("docs/benchmarks.md")
QUERY_TIMEOUT_S = 60.0
MERGE_TX_ROWS = 50_000
# Above this many people queries and pages stream the graph into the stores (bench.scale).
STREAM_ABOVE = 200_000


# --- progress and output ---------------------------------------------------------
def progress(message: str) -> None:
    """One status line on stderr, overwritten by the next."""
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + message)
    else:
        sys.stderr.write(message + "\n")
    sys.stderr.flush()


def progress_done() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}" if v < 10 else f"{v:.1f}"
        return "" if v is None else str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    info = {"date": dt.date.today().isoformat(), "cpus": str(os.cpu_count()), "python": platform.python_version()}
    with contextlib.suppress(OSError):
        mem = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
        if mem:
            info["ram"] = f"{int(mem.group(1)) / 1024 / 1024:.0f} GB"
    with contextlib.suppress(OSError):
        cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        if cpu:
            info["cpu"] = cpu.group(1).strip()
    with contextlib.suppress(Exception):
        import ladybug

        info["ladybug"] = str(ladybug.__version__)
    with contextlib.suppress(Exception):
        import neo4j

        info["neo4j driver"] = neo4j.__version__
    return info


def measured_line(info: dict[str, str], neo_version: str = "") -> str:
    """The report line saying when and on what a section was measured."""
    return f"Measured {info['date']} on {machine_line(info)}" + (f"; {neo_version}" if neo_version else "") + "."


def machine_line(info: dict[str, str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in info.items() if k != "date")


def write_section(path: Path, key: str, body: str) -> None:
    """Replace (or append) the ``<!-- bench:key -->`` section of the Markdown report."""
    start, end = f"<!-- bench:{key} -->", f"<!-- /bench:{key} -->"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- stores ------------------------------------------------------------------------
@contextlib.contextmanager
def neo4j_settings() -> Iterator[dict[str, str]]:
    """NEO4J_URI's server, or a throwaway local one for the length of the run."""
    if os.environ.get("NEO4J_URI"):
        yield {
            "uri": os.environ["NEO4J_URI"],
            "user": os.environ.get("NEO4J_USER", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
        }
        return
    from tools.neo4j.server import start

    progress("starting a local Neo4j server (tools.neo4j.server) …")
    with start() as server:
        yield {"uri": server.uri, "user": server.user, "password": server.password}


class Stores:
    """Opens fresh, empty stores of each kind for one bench run."""

    def __init__(self, kinds: Sequence[str], stack: contextlib.ExitStack, workdir: Path) -> None:
        self.kinds, self.workdir = list(kinds), workdir
        self.neo = stack.enter_context(neo4j_settings()) if "neo4j" in kinds else None
        self._n = 0

    def fresh(self, kind: str) -> GraphStore:
        """An empty store of this kind with the schema in place."""
        if kind == "embedded":
            self._n += 1
            path = self.workdir / f"bench-{self._n}.lbug"
            _remove_db(path)
            return open_store(StoreConfig(kind="embedded", db_path=path))
        if self.neo is None:
            raise ConfigError("this bench run was not started with the neo4j store")
        store = open_store(
            StoreConfig(kind="neo4j", uri=self.neo["uri"], user=self.neo["user"], password=self.neo["password"])
        )
        store.clear()
        return store

    def neo4j_version(self) -> str:
        """The server's agent string (the console refuses dbms.* procedures, so ask the driver)."""
        if not self.neo:
            return ""
        from neo4j import GraphDatabase

        with GraphDatabase.driver(self.neo["uri"], auth=(self.neo["user"], self.neo["password"])) as driver:
            return driver.get_server_info().agent


def _remove_db(path: Path) -> None:
    for p in (path, Path(str(path) + ".wal"), Path(str(path) + ".lock")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def _kinds(text: str) -> list[str]:
    kinds = [k.strip() for k in text.split(",") if k.strip()]
    bad = [k for k in kinds if k not in ("embedded", "neo4j")]
    if bad or not kinds:
        raise InputError(f"stores are embedded and/or neo4j, not {', '.join(bad) or 'nothing'}", field="--stores")
    return kinds


def _sizes(text: str) -> list[int]:
    try:
        return [int(s.replace("_", "").replace("k", "000").replace("M", "000000")) for s in text.split(",")]
    except ValueError as exc:
        raise InputError(f"sizes are numbers such as 1000,10k,100k, not {text!r}", field="--sizes") from exc


def row_count(rows: GraphRows) -> tuple[int, int]:
    return sum(len(v) for v in rows.nodes.values()), sum(len(v) for v in rows.rels.values())


def merge_load(
    store: GraphStore,
    rows: GraphRows,
    *,
    tx_rows: int = MERGE_TX_ROWS,
    on_batch: Callable[[int, int], None] | None = None,
) -> float:
    """The transactional MERGE path (``graph.writer``) over generated rows, ``tx_rows`` per transaction
    (``laomo load`` writes one transaction per document; one for a whole 100k-person graph
    would not fit Neo4j's heap).  Returns seconds."""
    started = time.perf_counter()
    batches = batches_for(rows.nodes, rows.rels)
    total, done = sum(len(b.rows) for b in batches), 0
    for batch in batches:
        for i in range(0, len(batch.rows), tx_rows):
            part = batch.rows[i : i + tx_rows]
            store.write([Batch(batch.cypher, part)])
            done += len(part)
            if on_batch:
                on_batch(done, total)
    return time.perf_counter() - started


# --- generate ----------------------------------------------------------------------------
def cmd_generate(args: argparse.Namespace) -> int:
    # streamed at every size: the same graph as generate(), in bounded memory (bench.scale)
    from bench import scale

    progress(f"generating {args.people} people (seed {args.seed}) …")
    db = Path(args.db) if args.db else None
    print(scale.stream_generate(args.people, args.seed, args.store, db, args.replace))
    return 0


# --- load ----------------------------------------------------------------------------------
def _bulk_progress(what: str) -> Callable[[str, int, float], None]:
    def report(table: str, rows: int, seconds: float) -> None:
        progress(f"{what}: bulk {table} ({rows} rows, {seconds:.1f} s)")

    return report


def _merge_progress(what: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        progress(f"{what}: MERGE {done}/{total} rows")

    return report


def warm_up(stores: Stores, kinds: Sequence[str], seed: int) -> None:
    """One untimed small load per store and path: the JVM compiles, caches fill, the first
    timed figure is not the cold start's."""
    rows = generate(500, seed + 1)
    for kind in kinds:
        progress(f"{kind}: warming up …")
        store = stores.fresh(kind)
        try:
            bulk_load(store, rows.nodes, rows.rels)
            store.clear()
            merge_load(store, rows)
        finally:
            store.close()


LAOMO_LOAD_COLUMNS = [
    "people",
    "store",
    "documents",
    "`laomo load` s",
    "bulk s",
    "`laomo load` / bulk",
    "validate s",
    "rows s",
    "resolve s",
    "diff s",
    "write s",
    "after-load s",
    "before: MERGE per document s",
    "peak RSS GB",
]
LAOMO_LOAD_NOTE = (
    "`laomo load` = what the command does after reading the files, on the same generated graph written "
    "back as profiles (`bench.profiles`, one per newspaper page): validate every profile, then "
    "`loaders.pipeline.load_profiles` with entity resolution, into an empty store; its phases: graph rows, "
    "resolution, diff against the store, writing (new rows inserted in the write transaction, existing ones "
    "MATCH … SET, whole documents per transaction), and what follows a load (roll-up counts).  "
    "*before* = the same load with `split=False` (every added row MERGEd, one transaction per document).  "
    "The loader takes the profiles a slice at a time (`loaders.pipeline.SLICE_ROWS` graph rows), each "
    "validated as it is taken; rows s excludes that.  "
    "Peak RSS is the bench process's so far (generation and the generated profiles included)."
)


def _validated_copies(profiles: Sequence[dict[str, Any]], seconds: list[float]) -> Iterator[dict[str, Any]]:
    """As `laomo load` reads files: one validated copy at a time, as the loader's slices take them
    (the time validating is added to ``seconds[0]``)."""
    import copy

    from loaders.profile_io import validate_profile

    for p in profiles:
        mark = time.perf_counter()
        p = copy.deepcopy(p)
        validate_profile(p, file=str(p["document"].get("source")))
        seconds[0] += time.perf_counter() - mark
        yield p


def laomo_loads(
    store: GraphStore, profiles: Sequence[dict[str, Any]], size: int, before_max: int, what: str
) -> list[Any]:
    """Time `laomo load` (validation + load_profiles) into the emptied store, and the MERGE-per-document
    loader up to ``before_max`` people: [documents, seconds, validate s, rows, resolve, diff, write, after,
    before s, peak RSS GB]; [] without profiles."""
    import resource

    from loaders.pipeline import load_profiles

    if not profiles:
        return []
    timed: dict[bool, tuple[float, float, dict[str, float]]] = {}
    for split in (True, False) if size <= before_max else (True,):
        store.clear()
        progress(f"{what}: laomo load{'' if split else ' (MERGE per document)'} of {len(profiles)} documents …")
        validating = [0.0]
        started = time.perf_counter()
        todo = _validated_copies(profiles, validating)
        report = load_profiles(store, todo, split=split, actor="bench", total=len(profiles))
        timed[split] = (time.perf_counter() - started, validating[0], report.timings)
    seconds, validated, phases = timed[True]
    rss_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    before = timed[False][0] if False in timed else "not run"
    return [
        len(profiles),
        seconds,
        validated,
        *(phases.get(k, 0.0) for k in ("rows", "resolve", "diff", "write", "after")),
        before,
        round(rss_gb, 2),
    ]


def cmd_load(args: argparse.Namespace) -> int:
    sizes, kinds = _sizes(args.sizes), _kinds(args.stores)
    info = machine()
    results: list[list[Any]] = []
    ours_rows: list[list[Any]] = []
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="laomo-bench-")))
        stores = Stores(kinds, stack, work)
        neo_version = stores.neo4j_version()
        warm_up(stores, kinds, args.seed)
        for size in sizes:
            progress(f"generating {size} people …")
            t0 = time.perf_counter()
            rows = generate(size, args.seed)
            gen_s = time.perf_counter() - t0
            n_nodes, n_rels = row_count(rows)
            profiles = profiles_from_rows(rows) if args.laomo_load else []
            for kind in kinds:
                store = stores.fresh(kind)
                try:
                    report = bulk_load(store, rows.nodes, rows.rels, progress=_bulk_progress(f"{kind} {size}"))
                    bulk_s = report.elapsed_s
                    merge_s: float | None = None
                    if size <= args.merge_max:
                        store.clear()
                        merge_s = merge_load(store, rows, on_batch=_merge_progress(f"{kind} {size}"))
                    ours = laomo_loads(store, profiles, size, args.before_max, f"{kind} {size}")
                finally:
                    store.close()
                speedup = f"{merge_s / bulk_s:.1f}×" if merge_s else "—"
                results.append(
                    [size, kind, n_nodes, n_rels, gen_s, bulk_s, merge_s if merge_s is not None else "not run", speedup]
                )
                if ours:
                    ours_rows.append([size, kind, *ours[:2], bulk_s, f"{ours[1] / bulk_s:.1f}×", *ours[2:]])
    progress_done()
    body = [
        "### Loading: bulk (COPY / UNWIND CREATE) vs MERGE",
        "",
        measured_line(info, neo_version),
        f"Command: `laomo bench load --sizes {args.sizes} --merge-max {args.merge_max} --stores {args.stores}"
        f" --before-max {args.before_max} --seed {args.seed}`.  One run, both stores side by side; seconds, "
        "wall clock, each load into an "
        "empty store; bulk includes the Python-side preparation; MERGE = `graph.writer` batches of 1000 rows, "
        f"{MERGE_TX_ROWS} rows per transaction.",
        "",
        markdown_table(
            ["people", "store", "nodes", "relationships", "generate s", "bulk s", "MERGE s", "MERGE / bulk"], results
        ),
    ]
    if ours_rows:
        body += ["", LAOMO_LOAD_NOTE, "", markdown_table(LAOMO_LOAD_COLUMNS, ours_rows)]
    print("\n".join(body))
    if args.report:
        write_section(Path(args.report), f"load-{args.sizes}-{args.stores}".replace(",", "_"), "\n".join(body))
    return 0


# --- queries ---------------------------------------------------------------------------------
@dataclass
class BenchParams:
    """Realistic parameters for every named query, picked from the generated rows."""

    values: dict[str, Any] = field(default_factory=dict)
    by_query: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_query(self, name: str) -> dict[str, Any]:
        nq = queries.REGISTRY[name]
        out = {k: self.values[k] for k in nq.params if k in self.values}
        out.update({k: v for k, v in self.by_query.get(name, {}).items() if k in nq.params})
        return out


def pick_params(rows: GraphRows, seed: int = 7) -> BenchParams:
    """A busy person, the largest group, a national and a city honour, etc., from the rows alone."""
    import random

    rng = random.Random(seed)
    awards_of: dict[str, int] = {}
    for r in rows.rels.get("RECEIVED", []):
        awards_of[r["src"]] = awards_of.get(r["src"], 0) + 1
    busiest = max(sorted(awards_of), key=lambda p: awards_of[p])
    people = sorted(rows.nodes["Person"])
    other = rng.choice(people)
    part_of = {r["src"]: r["dst"] for r in rows.rels.get("PART_OF", [])}
    works_at = {r["src"]: r["dst"] for r in rows.rels.get("WORKS_AT", [])}

    def top_of(org: str) -> str:
        for _ in range(10):
            if org not in part_of:
                return org
            org = part_of[org]
        return org

    per_group: dict[str, int] = {}
    for org in works_at.values():
        g = top_of(org)
        per_group[g] = per_group.get(g, 0) + 1
    group = max(sorted(per_group), key=lambda g: per_group[g])
    team = next(o for o in sorted(part_of) if part_of.get(part_of[o]) == group)
    orgs = rows.nodes["Organization"]
    union = ids.org_id("中华全国总工会")
    honours = {h["name"]: h["id"] for h in rows.nodes["Honor"].values()}
    may1 = honours.get("全国五一劳动奖章", "")
    city_craft = honours.get("焦作工匠") or next((i for n, i in sorted(honours.items()) if n.endswith("工匠")), "")
    name = rows.nodes["Person"][busiest]["name"]
    return BenchParams(
        values={
            "person": busiest,
            "org": group,
            "honor": city_craft,
            "node": busiest,
            "source": busiest,
            "target": other,
            "q": "张伟",
            "year": 0,
            "edition": "",
            "level": "",
            "category": "",
        },
        by_query={
            "org_chain": {"org": team},
            "org_rollup": {"org": union if union in orgs else group},
            "honour_recipients": {"honor": may1, "year": 2021},
            "recipients_by_year_edition": {"honor": may1},
            "co_recipient_network": {"honor": may1},
            "honour_by_name": {"name": "全国五一劳动奖章"},
            "org_by_name": {"name": orgs[group]["name"]},
            "search": {"q": name},
            "people_cards": {"ids": [busiest]},
            "people_search_at": {"q": name, "t1": orgs[group]["name"]},
            "people_search_at_total": {"q": name, "t1": orgs[group]["name"]},
        },
    )


@dataclass
class TimedQuery:
    """One named query as the queries bench times it; ``page`` holds the parameters its page passes
    where they differ from the bench's picks (``as_page``)."""

    store: GraphStore
    name: str
    args: dict[str, Any]
    page: dict[str, Any] = field(default_factory=dict)
    unfound: str = ""  # why the page's parameters could not be found (then the bench's are timed)

    def __call__(self) -> QueryResult:
        return queries.run(self.store, self.name, timeout_s=QUERY_TIMEOUT_S, **self.args)

    @property
    def label(self) -> str:
        """The query's cell in the bench's table: its name, and the page's parameters if it took them."""
        if self.unfound:
            return f"`{self.name}` (its page's parameters not found: {self.unfound})"
        if not self.page:
            return f"`{self.name}`"
        shown = ", ".join(f"{k}={_shown(v)}" for k, v in sorted(self.page.items()))
        return f"`{self.name}` (as its page: {shown})"


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return f"[{len(value)} series]" if value and isinstance(value[0], str) else f"[{len(value)}]"
    return repr(value) if isinstance(value, str) else str(value)


# Queries whose page finds some parameters from an answer (``ui.pages``), and co_recipients, whose
# default page is every line (a million): their defaults read what no page asks for
# (co_recipient_network every cohort of a series, org_conferred every award a group conferred,
# honour_roll and org_people_ranks every rank, co_recipients 27,744 lines for the busiest person at
# a million people), so the queries bench times them as their page calls them.
AS_PAGE = (*YEARS_FROM, *WINDOW_FROM, *LOW_RANK_FROM, "co_recipients")
AS_PAGE_NOTE = (
    f"{', '.join(f'`{n}`' for n in AS_PAGE)} run as their page calls them (`ui.pages`; the window, years or "
    "lowest rank found once from the stored counts before the timing, the parameters shown by the name)."
)


def as_page(store: GraphStore, name: str, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters the first page running ``name`` passes (``ui.pages.PAGES``: its own values,
    then the window, years or lowest rank it finds from the stored counts, as the pages bench
    finds them) over the bench's ``params``; ``params`` for a query not in ``AS_PAGE``."""
    if name not in AS_PAGE:
        return params
    own = next(c.params for p in UI_PAGES.values() for c in (*p.first_visit, *p.on_request) if c.name == name)
    args = {**params, **own}
    args.update(_found(store, name, args))
    return args


def _found(store: GraphStore, name: str, args: dict[str, Any]) -> dict[str, Any]:
    """What a page finds from an answer for this query's call (``ui.pages`` LOW_RANK_FROM,
    WINDOW_FROM, YEARS_FROM), unless ``args`` already holds it."""
    found: dict[str, Any] = {}
    if name in LOW_RANK_FROM and "low_rank" not in args:
        found["low_rank"] = _page_low(store, name, args)
    if name in WINDOW_FROM and "series" not in args:
        found.update(_window(store, name, args))
    if name in YEARS_FROM and "from_year" not in args:
        found.update(_years(store, name, args))
    return found


def _query_call(store: GraphStore, name: str, params: dict[str, Any]) -> TimedQuery:
    """The call the queries bench times: ``params``, or for a query of ``AS_PAGE`` what its page
    passes (found once, before the timing)."""
    try:
        args = as_page(store, name, params)
    except LaomoError as exc:  # a stored-count read failed: time the bench's own call and say so
        return TimedQuery(store, name, params, unfound=str(exc)[:80])
    defaults = queries.REGISTRY[name].params
    page = {k: v for k, v in args.items() if params.get(k, defaults.get(k)) != v}
    return TimedQuery(store, name, args, page)


def time_call(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any, str]:
    """(first run s, median of the following runs s, last result, error) of ``fn``."""
    times: list[float] = []
    result, error = None, ""
    for _ in range(repeat + 1):
        started = time.perf_counter()
        try:
            result = fn()
        except QueryTimeout:
            return QUERY_TIMEOUT_S, QUERY_TIMEOUT_S, None, f"timeout > {QUERY_TIMEOUT_S:.0f} s"
        except LaomoError as exc:
            return 0.0, 0.0, None, str(exc)[:120]
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:]) if len(times) > 1 else times[0], result, error


def _loaded(stores: Stores, kinds: Sequence[str], rows: GraphRows, people: int) -> dict[str, GraphStore]:
    out = {}
    for kind in kinds:
        store = stores.fresh(kind)
        report = bulk_load(store, rows.nodes, rows.rels, progress=_bulk_progress(kind))
        rolled = refresh_rollups(store)  # the roll-up counts the pages read (graph.rollups)
        progress(f"{kind}: {people} people loaded in {report.elapsed_s:.1f} s, roll-ups {rolled.elapsed_s:.1f} s")
        out[kind] = store
    return out


def cmd_queries(args: argparse.Namespace) -> int:
    if args.people > STREAM_ABOVE:  # the whole graph would not fit in memory: bench.scale streams it
        from bench import scale

        return scale.cmd_queries(args)
    kinds = _kinds(args.stores)
    info = machine()
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="laomo-bench-")))
        stores = Stores(kinds, stack, work)
        neo_version = stores.neo4j_version()
        progress(f"generating {args.people} people …")
        rows = generate(args.people, args.seed)
        params = pick_params(rows, args.seed)
        loaded = _loaded(stores, kinds, rows, args.people)
        names = [n for n in queries.REGISTRY if not args.only or n in args.only.split(",")]
        table: list[list[Any]] = []
        for name in names:
            p = params.for_query(name)
            line: list[Any] = [f"`{name}`"]
            for kind in kinds:
                progress(f"{kind}: {name} …")
                call = _query_call(loaded[kind], name, p)
                line[0] = call.label
                first, median, result, error = time_call(call, args.repeat)
                line += [error or median, first if not error else "", len(result.rows) if result else ""]
            table.append(line)
        for store in loaded.values():
            store.close()
    progress_done()
    headers = ["query"] + [h for k in kinds for h in (f"{k} median s", f"{k} first s", f"{k} rows")]
    n_nodes, n_rels = row_count(rows)
    body = [
        f"### Named queries at {args.people} people",
        "",
        measured_line(info, neo_version),
        f"Command: `laomo bench queries --people {args.people} --repeat {args.repeat} --stores {args.stores} "
        f"--seed {args.seed}`.  Generated graph: {n_nodes} nodes, {n_rels} relationships, bulk-loaded.  "
        f'Each query runs once cold ("first") and {args.repeat} more times; the median of those is shown, '
        f"in seconds, through `graph.queries.run` (so including driver and conversion time).  Parameters: "
        f"the person with most awards, the largest 集团, 全国五一劳动奖章 (2021) and a city 工匠 series; "
        f"{AS_PAGE_NOTE}  Timeout {QUERY_TIMEOUT_S:.0f} s.",
        "",
        markdown_table(headers, table),
    ]
    print("\n".join(body))
    if args.report:
        write_section(Path(args.report), f"queries-{args.people}", "\n".join(body))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from bench import search

    kinds = ["embedded"] if args.db else _kinds(args.stores)
    info = machine()
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="laomo-bench-")))
        if args.db:  # a store already loaded (e.g. by `laomo bench generate`), read-only
            loaded = {"embedded": open_store(StoreConfig(kind="embedded", db_path=Path(args.db), read_only=True))}
            neo_version, size = "", "a store made by `laomo bench generate`"
        elif args.workdir:  # stores built (or kept) by bench.scale: streamed, Neo4j by neo4j-admin import
            from bench import scale

            prepared = scale.prepare(kinds, args.people, args.seed, Path(args.workdir), stack)
            loaded, neo_version = prepared.stores, prepared.neo_version
            size = f"{args.people} people, stores in --workdir"
        else:
            stores = Stores(kinds, stack, work)
            neo_version = stores.neo4j_version()
            progress(f"generating {args.people} people …")
            rows = generate(args.people, args.seed)
            loaded = _loaded(stores, kinds, rows, args.people)
            size = f"{args.people} people"
        people = next(iter(loaded.values())).read("MATCH (p:Person) RETURN count(*) AS n").rows[0]["n"]
        cases = search.pick_cases(next(iter(loaded.values())))
        index = search.key_counts(next(iter(loaded.values())))
        progress("timing searches …")
        table = search.time_cases(loaded, cases, args.repeat)
        for store in loaded.values():
            store.close()
    progress_done()
    headers = ["query", "typed"] + [h for k in kinds for h in (f"{k} p50 ms", f"{k} p95 ms", f"{k} found")]
    body = [
        f"### People search at {people} people",
        "",
        measured_line(info, neo_version),
        f"Command: `laomo bench search {'--db FILE' if args.db else f'--people {args.people}'}"
        f"{' --workdir DIR' if args.workdir and not args.db else ''} "
        f"--repeat {args.repeat} --stores {','.join(kinds)} --seed {args.seed}` ({size}).  "
        f"Name index: {index['keys']} keys, {index['edges']} key → person edges.  "
        f"One search = the total, the first page of {search.PAGE} and that page's cards (units, honours), "
        f"as the overview runs them; p50/p95 of {args.repeat} runs after one warm-up.",
        "",
        markdown_table(headers, table),
    ]
    print("\n".join(body))
    if args.report:
        write_section(Path(args.report), f"search-{people}", "\n".join(body))
    return 0


# --- pages ---------------------------------------------------------------------------------------
Step = tuple[str, Callable[[GraphStore, BenchParams], Any]]


def _q(name: str, **override: Any) -> Step:
    def call(store: GraphStore, params: BenchParams) -> Any:
        args = {**params.for_query(name), **override}
        args.update(_found(store, name, args))
        return queries.run(store, name, timeout_s=QUERY_TIMEOUT_S, **args)

    return name, call


# The rows of a query a page has already read (``ui.pages.YEARS_FROM``), per store and parameters:
# the page reads them once, in a step timed on its own, so the bench reads them once too (in the
# cold run) rather than again inside the step that uses them.
_READ_BEFORE: dict[tuple[int, str, str], list[dict[str, Any]]] = {}


def _years(store: GraphStore, name: str, args: dict[str, Any]) -> dict[str, Any]:
    """The years a page of ``honour_recipients`` reaches, or the years ``co_recipient_network``
    draws (``ui.pages.YEARS_FROM``), found as the honours page finds them from the
    per-year-and-edition counts it has read."""
    from ui.cohorts import network_window
    from ui.recipients import recipients_window

    given = {**queries.REGISTRY[name].params, **args}
    source = YEARS_FROM[name]
    source_args = {k: v for k, v in given.items() if k in queries.REGISTRY[source].params}
    key = (id(store), source, repr(sorted(source_args.items())))
    if key not in _READ_BEFORE:
        _READ_BEFORE[key] = queries.run(store, source, **source_args).rows
    if name == "co_recipient_network":
        return network_window(_READ_BEFORE[key]).params()
    return recipients_window(_READ_BEFORE[key], given["year"], given["edition"], given["skip"], given["top"])


def _page_low(store: GraphStore, name: str, args: dict[str, Any]) -> int:
    """The ``low_rank`` the organisations page passes (``ui.pages.LOW_RANK_FROM``), found as it finds
    it from ``org_summary``'s stored counts; that key read (milliseconds) is timed with the step."""
    from graph.ranks import page_low

    given = {**queries.REGISTRY[name].params, **args}
    if given.get("year_from") or given.get("year_to"):
        return 0
    summary = queries.run(store, "org_summary", org=given["org"]).rows
    counts = summary[0][LOW_RANK_FROM[name]] if summary else None
    return page_low(counts, given["min_rank"], given["max_rank"], given["skip"], given["top"])


def _window(store: GraphStore, name: str, args: dict[str, Any]) -> dict[str, Any]:
    """The series a page of ``org_conferred`` reaches (``ui.pages.WINDOW_FROM``), found as the
    organisations page finds them from ``org_summary``'s stored counts; that read is timed with the step."""
    from graph.conferrals import window

    given = {**queries.REGISTRY[name].params, **args}
    summary = queries.run(store, "org_summary", org=given["org"]).rows
    return window(summary[0][WINDOW_FROM[name]] if summary else None, given["skip"], given["top"])


def _network(store: GraphStore, params: BenchParams) -> Any:
    from graph import analytics

    G = analytics.co_recipient_graph(store, "")
    return analytics.centrality(G, top=10), analytics.communities(G)


def _conferrers(store: GraphStore, params: BenchParams) -> Any:
    from graph import analytics

    return analytics.connecting_conferrers(store, top=10)


def _connection(store: GraphStore, params: BenchParams) -> Any:
    from graph import connections

    ends = params.for_query("shortest_connection")
    return connections.shortest_connection(store, ends["source"], ends["target"])


# Page extras that are not named queries: explore's network analytics and its bounded path search
# (graph.connections; the named ``shortest_connection`` runs only behind its "whole graph" button).
ANALYTICS: dict[str, list[Step]] = {
    "explore": [
        ("co_recipient_graph + centrality + communities", _network),
        ("connecting_conferrers", _conferrers),
        ("connections.shortest_connection", _connection),
    ],
}


def page_steps() -> dict[str, list[Step]]:
    """What each UI page asks the store (``ui.pages.PAGES``, the pages' own list): a first
    visit, then what runs behind its buttons or search box as a row of its own."""
    out: dict[str, list[Step]] = {}
    for key, page in UI_PAGES.items():
        if page.first_visit:
            out[key] = [_q(c.name, **c.params) for c in page.first_visit]
        on_request = [_q(c.name, **c.params) for c in page.on_request] + ANALYTICS.get(key, [])
        if on_request:
            out[f"{key}, on request"] = on_request
    return out


def time_page(
    store: GraphStore, params: BenchParams, steps: Sequence[Step], repeat: int, label: str
) -> tuple[list[float], dict[str, float], list[str]]:
    """One page's server time: the total of its steps for each of ``repeat`` warm runs (after one
    cold run), each step's mean warm time, and the errors met (a page that fails still reports)."""
    totals: list[float] = []
    slowest: dict[str, float] = {}
    errors: list[str] = []
    for run_no in range(repeat + 1):
        total = 0.0
        for name, call in steps:
            progress(f"{label} / {name} (run {run_no + 1}) …")
            started = time.perf_counter()
            try:
                call(store, params)
            except QueryTimeout:
                errors.append(f"{name} timed out")
            except LaomoError as exc:
                errors.append(f"{name}: {str(exc)[:80]}")
            took = time.perf_counter() - started
            total += took
            if run_no:
                slowest[name] = slowest.get(name, 0.0) + took / repeat
        if run_no:
            totals.append(total)
    return totals, slowest, errors


def cmd_pages(args: argparse.Namespace) -> int:
    """``laomo bench pages``: every UI page's first-visit server time, p50/p95, at any size.

    One path for every size: ``bench.scale`` streams the generated graph into each store (in
    ``--workdir`` when given, so a later run reuses it) and times the steps of ``page_steps()``.
    """
    pages = page_steps()
    missing = {
        name for steps in pages.values() for name, _ in steps if name.isidentifier() and name not in queries.REGISTRY
    }
    if missing:
        raise ConfigError(f"pages use named queries that are not registered: {', '.join(sorted(missing))}")
    from bench import scale

    return scale.cmd_pages(args)


# --- entry point ---------------------------------------------------------------------------------
def extraction_throughput(texts: Sequence[str], seed_text: str, rounds: int) -> dict[str, float]:
    """Characters per second of ``loaders.extract`` on one core, as seed-length articles per minute.

    Warm-up first (the compiled dictionary and the name tagger load on first use); the
    extractor's caches of dictionary windows and tagged sentences are cleared before each text
    so repeats are not answered from them.  Wall-clock and CPU time (``time.process_time``) are
    both kept: on a shared machine the CPU figure is the one that says what one core can do.
    """
    from loaders.extract import extract_text, names, nlp

    def fresh() -> None:
        nlp.clear_caches()
        names.clear_caches()

    extract_text(seed_text)
    chars, started, cpu = 0, time.perf_counter(), time.process_time()
    for i in range(rounds):
        for j, text in enumerate(texts):
            progress(f"extract: round {i + 1}/{rounds}, text {j + 1}/{len(texts)}")
            fresh()
            extract_text(text)
            chars += len(text)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    seed_wall: list[float] = []
    seed_cpu: list[float] = []
    for _ in range(max(rounds, 5)):
        fresh()
        started, c0 = time.perf_counter(), time.process_time()
        extract_text(seed_text)
        seed_wall.append(time.perf_counter() - started)
        seed_cpu.append(time.process_time() - c0)
    progress_done()
    return {
        "texts": len(texts),
        "chars_per_round": chars / rounds,
        "chars_per_s": chars / elapsed,
        "articles_per_min": chars / elapsed * 60 / len(seed_text),
        "articles_per_min_cpu": chars / cpu * 60 / len(seed_text),
        "seed_ms": statistics.median(seed_wall) * 1000,
        "seed_cpu_ms": statistics.median(seed_cpu) * 1000,
    }


def extraction_startup(seed_path: Path, runs: int = 5) -> dict[str, float]:
    """Median wall and CPU seconds of a whole ``laomo extract SEED`` process (interpreter included).

    As an installed command runs: one run first writes the compiled tables and patterns to the
    user cache and Python's bytecode (to a temporary folder, even where the environment turns
    bytecode off), then ``runs`` runs are timed.
    """
    import os
    import resource
    import subprocess
    import tempfile

    walls: list[float] = []
    cpus: list[float] = []
    pycache = tempfile.TemporaryDirectory(prefix="laomo-bench-pyc-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache.name
    command = [sys.executable, "-m", "laomo.cli", "extract", str(seed_path)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=seed_path.parents[3], env=env)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=seed_path.parents[3], env=env)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    pycache.cleanup()
    return {"wall_s": statistics.median(walls), "cpu_s": statistics.median(cpus)}


def cmd_extract(args: argparse.Namespace) -> int:
    repo = Path(__file__).resolve().parents[1]
    seed = (repo / "tests" / "data" / "seed" / "000_64891347c8508dc7.txt").read_text(encoding="utf-8")
    texts = [seed] + [
        p.read_text(encoding="utf-8")
        for d in ("extraction", "extraction_holdout")
        for p in sorted((repo / "tests" / "data" / d).glob("*.txt"))
    ]
    r = extraction_throughput(texts, seed, args.rounds)
    start = extraction_startup(repo / "tests" / "data" / "seed" / "000_64891347c8508dc7.txt")
    info = machine()
    body = [
        "### Text extraction throughput (one core)",
        "",
        measured_line(info),
        f"Command: `laomo bench extract --rounds {args.rounds}`.  The seed page plus every annotated text "
        f"({r['texts']} texts, {r['chars_per_round']:,.0f} characters a round), {args.rounds} rounds in one "
        "process after a warm-up, caches cleared before each text; goal: at least 1,000 seed-length articles "
        "per minute on one core (≤ 60 ms CPU a seed page) and a `laomo extract` call that starts in well "
        "under 0.5 s.  CPU time is the process's own (`time.process_time`); wall time includes waiting for "
        "a shared core.",
        "",
        markdown_table(
            ["measure", "wall clock", "CPU time"],
            [
                ["characters / s", f"{r['chars_per_s']:,.0f}", ""],
                [
                    "seed-length articles / min",
                    f"{r['articles_per_min']:,.0f}",
                    f"{r['articles_per_min_cpu']:,.0f}",
                ],
                ["seed page alone (median)", f"{r['seed_ms']:.0f} ms", f"{r['seed_cpu_ms']:.0f} ms"],
                [
                    "`laomo extract` on the seed, whole process (median of 5, after a warm-up run)",
                    f"{start['wall_s']:.2f} s",
                    f"{start['cpu_s']:.2f} s",
                ],
            ],
        ),
    ]
    print("\n".join(body))
    if args.report:
        write_section(Path(args.report), "extract", "\n".join(body))
    return 0


def cmd_neo4j_import(args: argparse.Namespace) -> int:
    from bench import scale

    return scale.cmd_neo4j_import(args)


def cmd_stream_memory(args: argparse.Namespace) -> int:
    from bench import scale

    return scale.cmd_stream_memory(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="laomo bench", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("generate", help="generate a synthetic graph and bulk-load it into an empty store")
    p.add_argument("--people", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    p.add_argument("--db", default="data/generated/bench.lbug", help="embedded store path")
    p.add_argument("--replace", action="store_true", help="empty the store first")
    p.set_defaults(func=cmd_generate)

    def common(p: argparse.ArgumentParser, people: bool = True) -> None:
        if people:
            p.add_argument("--people", type=int, default=100_000)
        p.add_argument("--seed", type=int, default=7)
        p.add_argument("--stores", default="embedded,neo4j", help="embedded,neo4j (default both)")
        p.add_argument(
            "--workdir",
            default=None,
            help=f"build the stores with bench.scale in DIR (streamed; always above {STREAM_ABOVE} people), "
            "or reuse them from an earlier run",
        )
        p.add_argument(
            "--report",
            default=None,
            metavar="FILE.md",
            help=f"also write the table into this Markdown file's section (e.g. {DOC})",
        )

    p = sub.add_parser("load", help="time bulk vs MERGE loads of generated graphs, both stores")
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--merge-max", type=int, default=10_000, help="skip MERGE above this many people")
    p.add_argument(
        "--laomo-load", action=argparse.BooleanOptionalAction, default=True, help="also time `laomo load` itself"
    )
    p.add_argument(
        "--before-max", type=int, default=10_000, help="time the MERGE-per-document loader up to this many people"
    )
    common(p, people=False)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("queries", help="time every named query on a generated graph, both stores")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--only", default="", help="comma-separated query names")
    common(p)
    p.set_defaults(func=cmd_queries)

    p = sub.add_parser("search", help="time the people search (total, page, cards) on a generated graph")
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--db", default=None, help="time an embedded store already loaded instead of generating one")
    common(p)  # --workdir DIR: the stores built with bench.scale in DIR, or reused from it
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("neo4j-import", help="Neo4j initial import (neo4j-admin) vs UNWIND, local server")
    p.add_argument("--sizes", default="100000")
    p.add_argument("--unwind-max", type=int, default=100_000, help="skip UNWIND above this many people")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--report", default=None, metavar="FILE.md", help="rewrite this command's section of FILE.md")
    p.set_defaults(func=cmd_neo4j_import)

    p = sub.add_parser("stream-memory", help="peak memory of the streamed generator (tracemalloc), per size")
    p.add_argument("--sizes", default="10000,40000")
    p.add_argument("--chunk", type=int, default=5_000, help="people per piece")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--report", default=None, metavar="FILE.md", help="rewrite this command's section of FILE.md")
    p.set_defaults(func=cmd_stream_memory)

    p = sub.add_parser("extract", help="text extraction throughput on one core (seed-length articles/min)")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--report", default=None, metavar="FILE.md", help="rewrite this command's section of FILE.md")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("pages", help="time each UI page's named queries on a generated graph")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--only", default="", help="comma-separated page keys (overview, person, honours, orgs, …)")
    p.add_argument("--browser", action="store_true", help="also time each page in headless chromium (bench.browser)")
    p.add_argument(
        "--server", action=argparse.BooleanOptionalAction, default=True, help="the server-side table (sum of queries)"
    )
    common(p)
    p.set_defaults(func=cmd_pages)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``laomo bench …``; returns the exit code."""
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    if getattr(args, "people", 1) < 1 or any(s < 1 for s in _sizes(getattr(args, "sizes", "1"))):
        raise InputError("sizes must be at least 1 person", field="--people")
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
