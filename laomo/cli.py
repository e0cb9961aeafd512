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
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graph.errors import InputError, LaomoError


def _store(args: argparse.Namespace, *, read_only: bool = False):
    from graph.store import config_from_env, open_store

    return open_store(config_from_env(args.store, args.db, read_only=read_only))


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
        for row in rows:
            writer.writerow(
                {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()}
            )
        print(buf.getvalue(), end="")
    else:
        cells = [[_cell(r.get(c)) for c in columns] for r in rows]
        widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
        print("  ".join(_pad(c, w) for c, w in zip(columns, widths)))
        for row in cells:
            print("  ".join(_pad(v, w) for v, w in zip(row, widths)))


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


def cmd_load(args: argparse.Namespace) -> int:
    from loaders.pipeline import load_files, load_profiles

    store = _store(args)
    try:
        if args.extract:
            from loaders.extract import extract_file
            from loaders.profile_io import normalise_profile

            profiles = [normalise_profile(extract_file(p)) for p in args.paths]
            report = load_profiles(store, profiles)
        else:
            report = load_files(
                store, args.paths, progress=lambda i, n, src: print(f"[{i}/{n}] {src}", file=sys.stderr)
            )
    finally:
        store.close()
    print(
        f"loaded {report.documents} document(s), {report.people} people, {report.facts} facts "
        f"in {report.elapsed_s:.2f} s; changes: {json.dumps(report.changes(), ensure_ascii=False)}"
    )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from loaders.extract import extract_file, extract_text

    outputs = []
    if not args.paths or args.paths == ["-"]:
        outputs.append(extract_text(sys.stdin.read(), source="<stdin>", document_date=args.date))
    else:
        for raw in args.paths:
            p = Path(raw)
            files = sorted(f for f in p.rglob("*.txt")) if p.is_dir() else [p]
            outputs.extend(extract_file(f) for f in files)
    print(json.dumps(outputs[0] if len(outputs) == 1 else outputs, ensure_ascii=False, indent=1))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from graph import queries

    params = dict(_param(p) for p in args.param or [])
    store = _store(args)
    try:
        if args.named:
            result = queries.run(store, args.cypher, limit=args.limit, timeout_s=args.timeout, **params)
        else:
            result = store.read(args.cypher, params, limit=args.limit, timeout_s=args.timeout)
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
    return subprocess.call(cmd, env=env, cwd=str(app.parents[1]))


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

    p = sub.add_parser("load", parents=[common], help="load profile files (or texts with --extract)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--extract", action="store_true", help="extract facts from Chinese text files first")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("extract", parents=[common], help="extract profile facts from Chinese text")
    p.add_argument("paths", nargs="*", help="files or folders; '-' or nothing reads standard input")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--date", default=None, help="document date (YYYY-MM) for 去年/今年 when reading stdin")
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

    p = sub.add_parser("bench", help="benchmarks (see docs/benchmarks.md)")
    p.add_argument("bench_args", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
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
