"""Removing one document's facts: what only it supports goes, what others support stays.

A document supports a fact through a sourced relationship (``doc`` = its id: WORKS_AT,
PART_OF, CONFERRED_BY, INVENTED, DRAFTED, WORKED_ON), an ``EVIDENCED_BY`` edge from a
fact node, or ``REPORTED_PATENTS``.  Removing it deletes those, the document, and every
node it evidenced that is left without evidence from another document and without a
relationship another document states; honours left without awards go too, and review
items about a person who goes.  Node properties are not tracked per source: a person
kept because another document speaks of them keeps the birth date this one gave.

``removal_batches`` only computes (reads); the caller writes the batches in the same
transaction as whatever replaces the document (``loaders.pipeline``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import schema
from graph.errors import InputError
from graph.rollups import affected, refresh_rollups
from graph.search import unused_keys_batch
from graph.store import Batch, GraphStore

SOURCED_RELS = tuple(r for r in schema.RELS if "doc" in r.prop_names)


@dataclass
class Removal:
    """What removing one document deletes."""

    doc: str
    source: str | None = None
    nodes: dict[str, list[str]] = field(default_factory=dict)  # label → ids
    facts: int = 0  # sourced relationships and evidence edges
    batches: list[Batch] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {label: len(ids) for label, ids in self.nodes.items() if ids}


def source_key(source: str | None) -> str:
    """What makes two documents versions of one source: an address as given, a file by its name.

    >>> source_key("data/profiles/jiaozuo-2023-02.json"), source_key("https://example.org/a.html#p2")
    ('jiaozuo-2023-02.json', 'https://example.org/a.html')
    """
    if not source:
        return ""
    if "://" in source:
        return source.split("#", 1)[0]
    return Path(source.replace("\\", "/")).name


def documents_for(store: GraphStore, ref: str) -> list[dict[str, object]]:
    """Documents named by an id (doc-…), a sha256, or a source file name / address."""
    rows = store.read(
        "MATCH (d:Document) WHERE d.id = $ref OR d.sha256 = $ref RETURN d.id AS id, d.source AS source", {"ref": ref}
    ).rows
    if rows:
        return rows
    from graph.queries import run

    key = source_key(ref)
    return [r for r in run(store, "documents_by_source", source=ref, tail=key).rows if source_key(r["source"]) == key]


def _ids(store: GraphStore, cypher: str, params: Mapping[str, Any]) -> set[str]:
    return {r["id"] for r in store.read(cypher, dict(params), timeout_s=300).rows}


def removal_batches(store: GraphStore, doc_id: str) -> Removal:
    """The deletes that remove document ``doc_id`` (nothing is written here)."""
    found = store.read("MATCH (d:Document {id: $doc}) RETURN d.source AS source", {"doc": doc_id}).rows
    if not found:
        raise InputError(f"no document {doc_id} in the graph")
    out = Removal(doc_id, found[0]["source"])
    p = {"doc": doc_id}
    evidenced: dict[str, set[str]] = {}
    for label in schema.FACT_LABELS:
        evidenced[label] = _ids(
            store, f"MATCH (n:{label})-[:EVIDENCED_BY]->(:Document {{id: $doc}}) RETURN DISTINCT n.id AS id", p
        )
    for rt in SOURCED_RELS:
        for a, b in rt.pairs:
            for label in {a, b}:
                evidenced[label] |= _ids(
                    store,
                    f"MATCH (n:{label})-[e:{rt.type}]-(:{b if label == a else a}) WHERE e.doc = $doc "
                    "RETURN DISTINCT n.id AS id",
                    p,
                )
    evidenced["Person"] |= _ids(
        store, "MATCH (n:Person)-[:REPORTED_PATENTS]->(:Document {id: $doc}) RETURN DISTINCT n.id AS id", p
    )
    doomed: dict[str, list[str]] = {}
    for label, members in evidenced.items():
        if not members:
            continue
        q = {"ids": sorted(members), "doc": doc_id}
        kept = _ids(
            store,
            f"UNWIND $ids AS x MATCH (n:{label} {{id: x}})-[:EVIDENCED_BY]->(d:Document) WHERE d.id <> $doc "
            "RETURN DISTINCT n.id AS id",
            q,
        )
        for rt in SOURCED_RELS:
            for a, b in rt.pairs:
                if label in (a, b):
                    other = b if label == a else a
                    kept |= _ids(
                        store,
                        f"UNWIND $ids AS x MATCH (n:{label} {{id: x}})-[e:{rt.type}]-(:{other}) WHERE e.doc <> $doc "
                        "RETURN DISTINCT n.id AS id",
                        q,
                    )
        if label == "Person":
            kept |= _ids(
                store,
                "UNWIND $ids AS x MATCH (n:Person {id: x})-[:REPORTED_PATENTS]->(d:Document) WHERE d.id <> $doc "
                "RETURN DISTINCT n.id AS id",
                q,
            )
        doomed[label] = sorted(members - kept)
    awards = doomed.get("Award", [])
    if awards:
        honours = store.read(
            "UNWIND $ids AS x MATCH (a:Award {id: x})-[:OF_HONOR]->(h:Honor) "
            "MATCH (h)<-[:OF_HONOR]-(other:Award) RETURN h.id AS id, collect(DISTINCT other.id) AS awards",
            {"ids": awards},
        ).rows
        gone = set(awards)
        doomed["Honor"] = sorted(r["id"] for r in honours if set(r["awards"]) <= gone)
    out.nodes = {k: v for k, v in doomed.items() if v}
    out.facts = (
        sum(
            store.read(f"MATCH ()-[e:{rt.type}]->() WHERE e.doc = $doc RETURN count(e) AS n", p).rows[0]["n"]
            for rt in SOURCED_RELS
        )
        + store.read("MATCH ()-[e]->(:Document {id: $doc}) RETURN count(e) AS n", p).rows[0]["n"]
    )
    for rt in SOURCED_RELS:
        for a, b in rt.pairs:
            out.batches.append(
                Batch(f"UNWIND $rows AS r MATCH (:{a})-[e:{rt.type}]->(:{b}) WHERE e.doc = r.doc DELETE e", [p])
            )
    for label, gone_ids in out.nodes.items():
        out.batches.append(
            Batch(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) DETACH DELETE n", [{"id": i} for i in gone_ids])
        )
    people = out.nodes.get("Person", [])
    if people:
        out.batches.append(
            Batch(
                "UNWIND $rows AS r MATCH (n:ReviewItem) WHERE n.person_a = r.id OR n.person_b = r.id DETACH DELETE n",
                [{"id": i} for i in people],
            )
        )
        out.batches.append(unused_keys_batch())  # the people-search index (graph.search)
    # merges this document's load made can no longer be undone once it is gone
    out.batches.append(Batch("UNWIND $rows AS r MATCH (m:MergeRecord) WHERE m.doc = r.doc DETACH DELETE m", [p]))
    out.batches.append(Batch("UNWIND $rows AS r MATCH (d:Document {id: r.doc}) DETACH DELETE d", [p]))
    return out


def remove_document(store: GraphStore, ref: str, *, dry_run: bool = False) -> list[Removal]:
    """Remove the document(s) ``ref`` names (id, sha256, file name or address), one transaction each."""
    docs = documents_for(store, ref)
    if not docs:
        raise InputError(f"no document with id, sha256 or source {ref!r} in the graph", field="document")
    out = []
    for d in docs:
        removal = removal_batches(store, str(d["id"]))
        if not dry_run:
            touched = affected(store, docs=[str(d["id"])])  # asked before the document's facts go
            store.write(removal.batches)
            refresh_rollups(store, touched.orgs, honour_ids=touched.honours)
        out.append(removal)
    return out
