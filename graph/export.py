"""Whole-graph export (JSON dump, GraphML, Cypher script) and re-import of a JSON dump.

The dump is generated from graph.schema and sorted, so ``export`` → ``import-dump``
into a fresh store → ``export`` gives identical bytes, on either store and
from the embedded store into Neo4j: moving to a server is one command.  The dump and the
Cypher script recreate a store, so they hold everything, the people-search index included;
GraphML is for reading the graph in Gephi, yEd or networkx and holds the model only (facts,
documents, review records), not the search index's name keys (``schema.SEARCH_NODES``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from graph import schema
from graph.errors import InputError
from graph.store import GraphStore
from graph.writer import batches_for

DUMP_FORMAT = "laomo-dump/1"
# The people-search index (name keys and their KEY_OF edges): derived rows, left out of GraphML.
_INDEX_LABELS = frozenset(n.label for n in schema.SEARCH_NODES)
_INDEX_TYPES = frozenset(r.type for r in schema.SEARCH_RELS)
# The organisations page's rank keys: wholly derived (ids and lists), so a dump leaves them out and the
# store they are imported into rebuilds them (graph.rollups.ensure_rollups finds none and fills them);
# a bulk load and a merge load of the same facts then dump alike.
_DERIVED_LABELS = frozenset(n.label for n in schema.RANK_KEY_NODES)
_PAGE = 50_000


def _paged(store: GraphStore, cypher: str) -> Iterator[dict[str, Any]]:
    skip = 0
    while True:
        rows = store.read(f"{cypher} SKIP $skip LIMIT $page", {"skip": skip, "page": _PAGE}, timeout_s=600).rows
        yield from rows
        if len(rows) < _PAGE:
            return
        skip += _PAGE


def dump(store: GraphStore) -> dict[str, Any]:
    """Every node and relationship declared in the schema (the rank keys aside), as plain sorted data."""
    nodes: dict[str, list[dict[str, Any]]] = {}
    for nt in schema.NODES:
        if nt.label in _DERIVED_LABELS:
            continue
        cols = ", ".join(f"n.{p} AS {p}" for p in nt.prop_names)
        nodes[nt.label] = list(_paged(store, f"MATCH (n:{nt.label}) RETURN {cols} ORDER BY n.{nt.key}"))
    rels: dict[str, list[dict[str, Any]]] = {}
    for rt in schema.RELS:
        out: list[dict[str, Any]] = []
        for src, dst in rt.pairs:
            cols = "".join(f", e.{p} AS {p}" for p in rt.prop_names)
            cypher = (
                f"MATCH (a:{src})-[e:{rt.type}]->(b:{dst}) RETURN a.id AS src, b.id AS dst{cols} "
                f"ORDER BY src, dst" + "".join(f", {p}" for p in rt.merge_on)
            )
            out.extend({"src_label": src, "dst_label": dst, **r} for r in _paged(store, cypher))
        rels[rt.type] = sorted(out, key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
    return {"format": DUMP_FORMAT, "nodes": nodes, "rels": rels}


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def to_graphml(data: dict[str, Any]) -> str:
    """GraphML for Gephi, yEd, networkx.read_graphml: the model, without the search index."""
    keys, lines = [], []
    for nt in schema.NODES:
        if nt.label in _INDEX_LABELS:
            continue
        for p in nt.prop_names:
            keys.append(f'<key id="n_{nt.label}_{p}" for="node" attr.name="{p}" attr.type="string"/>')
    for rt in schema.RELS:
        if rt.type in _INDEX_TYPES:
            continue
        for p in rt.prop_names:
            keys.append(f'<key id="e_{rt.type}_{p}" for="edge" attr.name="{p}" attr.type="string"/>')
    keys.append('<key id="label" for="node" attr.name="label" attr.type="string"/>')
    keys.append('<key id="type" for="edge" attr.name="type" attr.type="string"/>')
    for label, rows in data["nodes"].items():
        if label in _INDEX_LABELS:
            continue
        for row in rows:
            attrs = "".join(
                f'<data key="n_{label}_{k}">{escape(_text(v))}</data>' for k, v in row.items() if v is not None
            )
            lines.append(f'<node id={quoteattr(row["id"])}><data key="label">{label}</data>{attrs}</node>')
    for rtype, rows in data["rels"].items():
        if rtype in _INDEX_TYPES:
            continue
        for row in rows:
            attrs = "".join(
                f'<data key="e_{rtype}_{k}">{escape(_text(v))}</data>'
                for k, v in row.items()
                if v is not None and k not in ("src", "dst", "src_label", "dst_label")
            )
            lines.append(
                f"<edge source={quoteattr(row['src'])} target={quoteattr(row['dst'])}>"
                f'<data key="type">{rtype}</data>{attrs}</edge>'
            )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
        + "\n".join(keys)
        + '\n<graph edgedefault="directed">\n'
        + "\n".join(lines)
        + "\n</graph>\n</graphml>\n"
    )


def _text(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list) else str(v)


def to_cypher(data: dict[str, Any]) -> str:
    """A Cypher script that recreates the graph (one parameter-free statement per row)."""

    def lit(v: Any) -> str:
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        if isinstance(v, list):
            return "[" + ", ".join(lit(x) for x in v) + "]"
        return json.dumps(str(v), ensure_ascii=False)

    out = []
    for label, rows in data["nodes"].items():
        for row in rows:
            props = ", ".join(f"{k}: {lit(v)}" for k, v in row.items() if v is not None)
            out.append(f"MERGE (:{label} {{{props}}});")
    for rtype, rows in data["rels"].items():
        for row in rows:
            props = ", ".join(
                f"{k}: {lit(v)}"
                for k, v in row.items()
                if v is not None and k not in ("src", "dst", "src_label", "dst_label")
            )
            out.append(
                f"MATCH (a:{row['src_label']} {{id: {lit(row['src'])}}}), "
                f"(b:{row['dst_label']} {{id: {lit(row['dst'])}}}) CREATE (a)-[:{rtype} {{{props}}}]->(b);"
            )
    return "\n".join(out) + "\n"


def import_dump(store: GraphStore, data: dict[str, Any], *, file: str = "<dump>") -> int:
    """Load a JSON dump in one transaction; returns the number of rows written."""
    if data.get("format") != DUMP_FORMAT:
        raise InputError(f"not a {DUMP_FORMAT} file", file=file, field="format")
    for label in data.get("nodes", {}):
        if label not in schema.NODE_BY_LABEL:
            raise InputError(f"unknown label {label!r}", file=file, field=f"nodes.{label}")
    for rtype in data.get("rels", {}):
        if rtype not in schema.REL_BY_TYPE:
            raise InputError(f"unknown relationship type {rtype!r}", file=file, field=f"rels.{rtype}")
    nodes = {label: {r["id"]: r for r in rows} for label, rows in data["nodes"].items()}
    summary = store.write(batches_for(nodes, data["rels"]))
    return summary.rows
