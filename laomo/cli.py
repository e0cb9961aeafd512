"""The ``laomo`` command: the composition root.  Each sub-command parses its
arguments, opens the store and calls one function of graph/ or loaders/.

Exit codes: 0 ok, 2 bad input (the message names the file and field), 1 internal error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.errors import InputError, LaomoError

if TYPE_CHECKING:
    from graph.store import GraphStore


# `laomo load` caps the embedded store's buffer pool (ladybug's default, 80 % of RAM, is filled and
# kept by a long load: 100,000 people passed 9 GB; with 2 GB the load peaked at 3.2 GB and took
# no longer; docs/benchmarks.md).  LAOMO_BUFFER_POOL_MB overrides it.
LOAD_BUFFER_POOL_MB = 2048


def _store(args: argparse.Namespace, *, read_only: bool = False, buffer_pool_mb: int | None = None) -> GraphStore:
    from graph.store import config_from_env, open_store

    config = config_from_env(args.store, args.db, read_only=read_only)
    if buffer_pool_mb is not None and "LAOMO_BUFFER_POOL_MB" not in os.environ:
        config.buffer_pool_mb = buffer_pool_mb
    return open_store(config)


def _param(text: str) -> tuple[str, Any]:
    if "=" not in text:
        raise InputError(f"--param takes k=v, got {text!r}", field="--param")
    key, raw = text.split("=", 1)
    try:
        value = json.loads(raw)  # numbers, null, lists; anything else stays a string
    except json.JSONDecodeError:
        value = raw
    return key, value


def _print_rows(columns: list[str], rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        from graph.csv_cells import safe_cell

        for row in rows:
            writer.writerow(
                {
                    k: safe_cell(json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                    for k, v in row.items()
                }
            )
        print(buf.getvalue(), end="")
    else:
        cells = [[_cell(r.get(c)) for c in columns] for r in rows]
        widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
        print("  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)))
        for line in cells:
            print("  ".join(_pad(v, w) for v, w in zip(line, widths, strict=True)))


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _width(s: str) -> int:  # CJK characters take two columns in a terminal
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


def _actor() -> str:
    """Who a CLI load or merge is recorded as: $LAOMO_ACTOR, else ``cli:<login name>``."""
    import getpass

    return os.environ.get("LAOMO_ACTOR") or f"cli:{getpass.getuser()}"


def cmd_hash_password(args: argparse.Namespace) -> int:
    """Ask for an editor's password twice and print the LAOMO_EDITORS entry (name:hash) to configure."""
    import getpass

    from ui.credentials import hash_password, parse_editors

    if not args.name.strip() or any(c in args.name for c in ":,"):
        raise InputError("an editor name cannot be empty or contain ':' or ','", field="NAME")
    if args.stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise InputError("the two passwords differ", field="password")
    if len(password) < 10:
        raise InputError("an editor password needs at least 10 characters", field="password")
    line = f"{args.name.strip()}:{hash_password(password)}"
    parse_editors(line)  # what is printed must read back
    print(line)
    print("add it to LAOMO_EDITORS (comma-separated) in the environment or .streamlit/secrets.toml", file=sys.stderr)
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    """Read every file (any format loaders.intake reads), validate all, then load; nothing is written on a bad file.

    Up to ``loaders.pipeline.KEEP_PEOPLE`` people the profiles read are kept for the load; a larger
    load reads each file again as its slice comes (``load_profiles`` takes a slice at a time), so
    memory holds one slice of profiles, not the whole load.
    """
    from collections.abc import Iterator

    from laomo.progress import Progress
    from loaders import pipeline
    from loaders.intake import expand_inputs, read_document
    from loaders.pipeline import load_profiles

    files = expand_inputs(args.paths)
    if not files:
        raise InputError("no files to load in the given folders (see README: What `laomo load` accepts)")
    if args.url and len(files) > 1:
        raise InputError("--url names the address of one text: give one file with it", field="--url")

    def read_file(path: Path) -> Any:
        return read_document(
            path, document_date=args.date, publisher=args.publisher, skip_bad_rows=args.skip_bad_rows, url=args.url
        )

    reading = Progress("reading", len(files))
    kept: list[dict[str, Any]] | None = []
    collectives: list[dict[str, Any]] = []
    employers: set[str] = set()
    read_counts = dict.fromkeys(("rows", "people", "honours", "warnings", "skipped rows"), 0)
    for i, path in enumerate(files):
        result = read_file(path)
        for line in [*result.warnings, *result.skipped]:
            print(f"laomo: warning: {line}", file=sys.stderr)
        read_counts["rows"] += result.rows
        read_counts["people"] += result.people
        read_counts["honours"] += result.honours
        read_counts["warnings"] += len(result.warnings)
        read_counts["skipped rows"] += len(result.skipped)
        collectives.extend(result.collectives)
        employers.update(o for p in result.profile["people"] for o in p.get("employers") or [])
        if kept is not None:
            kept.append(result.profile)
            if read_counts["people"] > pipeline.KEEP_PEOPLE:
                kept = None
        reading.update(i + 1, rows=result.rows, current=path.name)
    reading.finish()

    def again() -> Iterator[dict[str, Any]]:
        for path in files:
            yield read_file(path).profile

    writing = Progress("dry run" if args.dry_run else "writing", len(files), unit="documents")
    store = _store(args, buffer_pool_mb=LOAD_BUFFER_POOL_MB)
    try:
        report = load_profiles(
            store,
            kept if kept is not None else again(),
            progress=lambda i, n, src: writing.update(i, current=Path(src).name if src else ""),
            dry_run=args.dry_run,
            actor=_actor(),
            total=len(files),
            resume=args.resume,
        )
    finally:
        store.close()
    writing.finish()
    read = {
        "files": len(files),
        "rows": read_counts["rows"],
        "people": read_counts["people"],
        "honours": read_counts["honours"],
        "employers": len(employers),
        "warnings": read_counts["warnings"],
        "skipped rows": read_counts["skipped rows"],
        "collectives not loaded": len(collectives),
    }
    print("读取 read: " + ", ".join(f"{v} {k}" for k, v in read.items()))
    if collectives:
        print("未导入的集体 collectives not loaded: " + "、".join(dict.fromkeys(c["name"] for c in collectives)))
    for line in report.summary_lines():
        print(line)
    print(
        f"{report.documents} document(s), {report.facts} facts in {report.elapsed_s:.2f} s; "
        f"changes: {json.dumps(report.changes(), ensure_ascii=False)}"
    )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from loaders.extract.recache import install

    install()  # the rules' compiled regular expressions from earlier runs: start-up (docs/extraction.md)
    from loaders.extract import extract_text
    from loaders.intake import expand_inputs, read_document

    outputs = []
    if not args.paths or args.paths == ["-"]:
        outputs.append(extract_text(sys.stdin.read(), source="<stdin>", document_date=args.date, url=args.url))
    else:
        # Every format `laomo load` reads (articles, Word/PDF/web pages, 名单 sheets), in one process.
        files = expand_inputs(args.paths)
        if args.url and len(files) > 1:
            raise InputError("--url names the address of one text: give one file with it", field="--url")
        outputs.extend(read_document(f, document_date=args.date, url=args.url).profile for f in files)
    print(json.dumps(outputs[0] if len(outputs) == 1 else outputs, ensure_ascii=False, indent=1))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from graph import queries
    from graph.store import PendingRead

    params = dict(_param(p) for p in args.param or [])
    store = _store(args)
    try:
        if args.named:
            result = queries.run(store, args.cypher, limit=args.limit, timeout_s=args.timeout, **params)
        else:
            # Typed Cypher runs like the console's: classified by the store, memory-capped, and
            # in a worker thread so Ctrl-C interrupts it instead of waiting for the engine.
            pending = PendingRead(store, args.cypher, params, limit=args.limit, timeout_s=args.timeout, console=True)
            try:
                while not pending.wait(0.2):
                    pass
            except KeyboardInterrupt:
                pending.stop()
                print("laomo: query stopped (Ctrl-C)", file=sys.stderr)
                return 130
            result = pending.result()
    finally:
        store.close()
    _print_rows(result.columns, result.rows, args.format)
    if result.truncated:
        print(f"(first {args.limit} rows shown)", file=sys.stderr)
    return 0


def cmd_queries(args: argparse.Namespace) -> int:
    from graph.queries import REGISTRY

    for nq in REGISTRY.values():
        print(f"{nq.name:28} {nq.title_zh}  {nq.question.splitlines()[0]}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from loaders.pipeline import graph_counts

    store = _store(args)
    try:
        counts = graph_counts(store)
    finally:
        store.close()
    _print_rows(["kind", "count"], [{"kind": k, "count": v} for k, v in counts.items()], args.format)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from graph import export

    store = _store(args)
    try:
        data = export.dump(store)
    finally:
        store.close()
    text = {"json": export.to_json, "graphml": export.to_graphml, "cypher": export.to_cypher}[args.format](data)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_import_dump(args: argparse.Namespace) -> int:
    from graph import export

    path = Path(args.file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read dump: {exc}", file=str(path)) from exc
    store = _store(args)
    try:
        rows = export.import_dump(store, data, file=str(path))
        from graph.rollups import refresh_rollups

        refresh_rollups(store)  # a dump holds facts; the roll-up counts are recomputed from them
    finally:
        store.close()
    print(f"imported {rows} rows from {path}")
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    if args.store:
        env["LAOMO_STORE"] = args.store
    if args.db:
        env["LAOMO_DB"] = str(Path(args.db).resolve())
    app = Path(__file__).resolve().parents[1] / "ui" / "app.py"
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.port",
        str(args.port),
        "--server.address",
        args.address,
        "--browser.gatherUsageStats",
        "false",
        "--server.headless",
        "true",
    ]
    return _run_forwarding_signals(cmd, env=env, cwd=str(app.parents[1]))


def _run_forwarding_signals(cmd: list[str], *, env: dict[str, str], cwd: str) -> int:
    """Run ``cmd`` and wait for it; SIGTERM, SIGINT and SIGHUP sent to this process are passed on.

    Streamlit holds the port and the embedded store's lock: stopping ``laomo ui``
    (a service manager's SIGTERM, Ctrl-C) must stop it too, not leave it running.
    """
    started: list[subprocess.Popen[bytes]] = []
    received: list[int] = []

    def forward(signum: int, _frame: object) -> None:
        received.append(signum)
        for child in started:
            if child.poll() is None:
                child.send_signal(signum)

    # Handlers first: a signal arriving while the child starts is not lost, and the child
    # does not inherit an ignored SIGINT (`laomo ui &` in a script) it could not be stopped with.
    wanted = [signal.SIGTERM, signal.SIGINT] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {s: signal.signal(s, forward) for s in wanted}
    try:
        child = subprocess.Popen(cmd, env=env, cwd=cwd)
        started.append(child)
        if received:  # stopped while the child was starting
            child.send_signal(received[-1])
        code = child.wait()  # interrupted by a forwarded signal, then waits on (PEP 475)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    return code if code >= 0 else 128 - code  # killed by signal N: the shell's 128 + N


def cmd_eval(args: argparse.Namespace) -> int:
    from loaders import scoring

    gold, pred = Path(args.gold), Path(args.pred)
    if gold.is_dir() != pred.is_dir():
        raise InputError("GOLD and PRED must both be files or both be folders", file=str(pred))
    if gold.is_dir():
        keys = sorted(gold.glob("*.gold.json"))
        pairs = [(k, pred / k.name.replace(".gold.json", ".json")) for k in keys]
    else:
        pairs = [(gold, pred)]
    for _, p in pairs:
        if not p.is_file():
            raise InputError("no predicted file for this answer key", file=str(p))
    cats = scoring.pool((scoring.read_json(g), scoring.read_json(p)) for g, p in pairs)
    if args.format == "json":
        print(json.dumps(scoring.as_json(cats), ensure_ascii=False, indent=1))
    else:
        print(scoring.report(cats, misses=args.misses))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from bench.run import main as bench_main

    return bench_main(args.bench_args)


def cmd_people(args: argparse.Namespace) -> int:
    """laomo people review | merge A B | split A [B] | keep-separate A B (loaders.people)."""
    from loaders import people

    store = _store(args)
    try:
        if args.action == "review":
            rows = people.review_items(store, status="" if args.all else "pending")
            cols = ["id", "status", "name", "score", "person_a", "orgs_a", "born_a", "person_b", "orgs_b", "born_b"]
            cols += ["reasons"]
            _print_rows(cols, rows, args.format)
        elif args.action == "merge":
            res = people.merge(store, args.a, args.b, actor=_actor())
            print(f"merged {res.absorbed} into {res.kept}: {res.moved} relationship(s) moved")
            print(f"undo: laomo people split {res.kept} {res.absorbed}")
        elif args.action == "split":
            res = people.split(store, args.a, args.b)
            print(f"split {res.absorbed} from {res.kept} again (merge record {res.record} undone)")
        else:
            if not args.b:
                raise InputError("keep-separate takes two person ids", field="B")
            print(f"{args.a} and {args.b} kept separate (review item {people.keep_separate(store, args.a, args.b)})")
    finally:
        store.close()
    return 0


def cmd_remove_document(args: argparse.Namespace) -> int:
    """Remove one document (id, sha256, file name or address) and what only it supports."""
    from loaders.removal import remove_document

    store = _store(args)
    try:
        for r in remove_document(store, args.document, dry_run=args.dry_run):
            verb = "would remove" if args.dry_run else "removed"
            print(f"{verb} {r.doc} ({r.source}): {r.facts} fact(s); nodes {json.dumps(r.counts(), ensure_ascii=False)}")
    finally:
        store.close()
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import datetime as dt

    from graph import queries, reports

    store = _store(args, read_only=args.report == "roll" or args.report == "on-this-day")
    try:
        if args.report == "ranks":
            changed = reports.refresh_ranks(store)
            print(f"{changed} honour series changed rank")
            return 0
        if args.report == "on-this-day":
            today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
            result = queries.run(store, "on_this_day", **reports.anniversary(today, args.years))
            _print_rows(result.columns, result.rows, args.format if args.format in ("json", "csv") else "table")
            return 0
        if not args.org:
            raise InputError("report roll needs --org (a name, alias or id)", field="--org")
        roll = reports.honour_roll(store, args.org, year_from=args.year_from, year_to=args.year_to, rank=args.rank)
    finally:
        store.close()
    from ui import roll_files

    fmt = args.format if args.format in roll_files.FORMATS else "json"
    data = roll_files.write(roll, fmt)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"{roll.title}: {len(roll.lines)} lines → {args.output}", file=sys.stderr)
    elif fmt in ("csv", "json"):
        sys.stdout.write(data.decode("utf-8").lstrip("\ufeff"))
    else:
        raise InputError(f"--format {fmt} writes a binary file: give -o FILE", field="-o")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        choices=["embedded", "neo4j"],
        default=None,
        help="embedded (default, a file under data/) or neo4j (NEO4J_URI …)",
    )
    common.add_argument("--db", default=None, help="embedded store path (default data/laomo.lbug or $LAOMO_DB)")
    parser = argparse.ArgumentParser(prog="laomo", description="laomo-graph: model workers and craftsmen as a graph")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "load",
        parents=[common],
        help="load files or folders: profiles (JSON/YAML), 名单 (XLSX/XLS/ODS/CSV/TSV), documents (DOCX/PDF/HTML/TXT)",
    )
    p.add_argument("paths", nargs="+", help="files or folders (folders: every supported file below them)")
    p.add_argument(
        "--extract", action="store_true", help="accepted for compatibility and ignored: texts are always extracted"
    )
    p.add_argument("--dry-run", action="store_true", help="read, check and report; write nothing")
    p.add_argument(
        "--resume",
        action="store_true",
        help="run a stopped load again over the same files: documents the store holds already are skipped unread",
    )
    p.add_argument(
        "--skip-bad-rows", action="store_true", help="skip (and report) bad 名单 rows instead of refusing the file"
    )
    p.add_argument("--date", default=None, help="document date (YYYY, YYYY-MM) for 去年/今年 in texts")
    p.add_argument("--publisher", default=None, help="publisher of the documents, when they do not say")
    p.add_argument(
        "--url", default=None, help="the address the one text was published at (its date stands in when it has none)"
    )
    p.set_defaults(func=cmd_load)

    p = sub.add_parser(
        "extract", parents=[common], help="extract profile facts from articles, documents and 名单 sheets"
    )
    p.add_argument("paths", nargs="*", help="files or folders; '-' or nothing reads standard input")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--date", default=None, help="document date (YYYY-MM) for 去年/今年 when the text gives none")
    p.add_argument(
        "--url", default=None, help="the address the text was published at (its date stands in when the text has none)"
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("query", parents=[common], help="run a read-only Cypher query (or --named NAME)")
    p.add_argument("cypher")
    p.add_argument("--param", action="append", metavar="K=V")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument("--named", action="store_true", help="CYPHER is the name of a registered query")
    p.add_argument("--limit", type=int, default=10_000)
    p.add_argument("--timeout", type=float, default=30.0)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("queries", help="list the named queries")
    p.set_defaults(func=cmd_queries)

    p = sub.add_parser("stats", parents=[common], help="node and relationship counts")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export", parents=[common], help="export the whole graph")
    p.add_argument("--format", choices=["json", "graphml", "cypher"], default="json")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import-dump", parents=[common], help="load a JSON dump made by 'laomo export'")
    p.add_argument("file")
    p.set_defaults(func=cmd_import_dump)

    p = sub.add_parser("hash-password", help="make an editor credential line for LAOMO_EDITORS (name:hash)")
    p.add_argument("name", metavar="NAME", help="the editor's sign-in name")
    p.add_argument("--stdin", action="store_true", help="read the password from one line of standard input")
    p.set_defaults(func=cmd_hash_password)
    p = sub.add_parser("ui", parents=[common], help="start the Streamlit UI")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default="127.0.0.1")
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("eval", help="score extracted facts against an answer key (files or folders)")
    p.add_argument("gold", help="a NAME.gold.json answer key, or a folder of them")
    p.add_argument("pred", help="the extractor's NAME.json output, or a folder holding NAME.json per key")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--misses", action="store_true", help="list every missed and extra fact")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("people", parents=[common], help="review, merge, split or keep apart same-named people")
    p.add_argument("action", choices=["review", "merge", "split", "keep-separate"])
    p.add_argument("a", nargs="?", help="person id (kept on merge)")
    p.add_argument("b", nargs="?", help="second person id (merged into A; for split: which merge to undo)")
    p.add_argument("--all", action="store_true", help="review: decided items too")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.set_defaults(func=cmd_people)

    p = sub.add_parser("remove-document", parents=[common], help="remove a document and what only it supports")
    p.add_argument("document", help="document id, sha256, file name or address")
    p.add_argument("--dry-run", action="store_true", help="say what would go, change nothing")
    p.set_defaults(func=cmd_remove_document)

    p = sub.add_parser(
        "report",
        parents=[common],
        help="honour rolls (XLSX/DOCX/CSV/JSON), on-this-day lists, re-derive honour ranks",
    )
    p.add_argument(
        "report",
        choices=["roll", "on-this-day", "ranks"],
        help="roll: an organisation's honour roll; on-this-day: honours N years ago this month; "
        "ranks: re-derive every honour's rank after editing data/dictionaries/honour_ranks.yaml",
    )
    p.add_argument("--org", help="roll: organisation name, alias or id (its sub-units are included)")
    p.add_argument("--from", dest="year_from", type=int, default=0, help="roll: first year (undated awards drop out)")
    p.add_argument("--to", dest="year_to", type=int, default=0, help="roll: last year")
    p.add_argument("--rank", default="", help="roll: 国家级, 省部级 … or 省部级及以上, 地市级及以上, 县级及以上")
    p.add_argument("--format", choices=["xlsx", "docx", "csv", "json", "table"], default="xlsx")
    p.add_argument("-o", "--output", help="file to write (needed for xlsx and docx)")
    p.add_argument("--years", type=int, default=10, help="on-this-day: how many years ago")
    p.add_argument("--today", default=None, help="on-this-day: the date to count back from (YYYY-MM-DD)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("bench", help="benchmarks (see docs/benchmarks.md)")
    p.add_argument("bench_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except InputError as exc:
        print(f"laomo: error: {exc}", file=sys.stderr)
        return 2
    except LaomoError as exc:
        print(f"laomo: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `laomo export | head` closed the pipe: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
