"""Loading profile files into a store: validate, resolve people, diff, one transaction per document.

All files are read and validated before the first write, so a malformed file in a batch
of ten leaves the store untouched.  Then the load is taken a slice of whole documents at a
time (``SLICE_ROWS`` graph rows; a large load's files are read again as their slice comes),
and for each slice:

1. entity resolution (``loaders.resolve``): the slice's names not looked up before are
   looked up in the store, and each person is matched, merged or put up for review (the
   people index carries over between slices, with the people earlier slices wrote);
2. a diff against the store (one query per label / relationship type per slice): every node
   and relationship is *added*, *updated* or *unchanged*;
3. the writes: only what is added or updated is sent, so loading the same file twice
   writes nothing.  What is *new* (not in the store before this load) goes in through the
   store's bulk mechanism inside the write transaction (``store.write`` with
   ``graph.store.BulkTable``: ``LOAD FROM`` an Arrow table ``… CREATE`` on ladybug,
   ``UNWIND … CREATE`` on Neo4j); what already exists is updated with ``MATCH … SET``
   (``graph.writer.node_set_cypher``); no MERGE.  Consecutive documents are written together,
   whole documents per transaction (at most ``TX_ROWS`` rows and a ``TX_STEPS``-th of the
   load), so each document is all there or absent, as before, with far fewer statements.
   A document that replaces an earlier version is written alone, with MERGE, in one
   transaction with the removal of that version.

Why not ``COPY``: it cannot join a transaction on ladybug 0.22 (a COPY inside
``BEGIN TRANSACTION`` crashed the process after a rollback, measured), and a load must
leave the store as it was if it fails.  ``LOAD FROM $table CREATE`` runs at about COPY's
speed (200,000 nodes in 0.4 s) inside the transaction and rolls back with it.

A document whose source (its file name, or its address: ``loaders.removal.source_key``)
was loaded before with other content replaces that earlier version: the earlier
version's facts that no other document supports are removed in the same transaction.

``dry_run=True`` runs steps 1 and 2 and writes nothing; the report says what a real load
would add, update, merge, leave unchanged and flag for review.  What earlier slices of a dry
run would have written is kept as hashed keys (``_Written``), not rows, so a later slice
counts it as existing.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from graph import schema
from graph.bulk import node_table, stored_row
from graph.errors import InputError, StoreError
from graph.hanzi import to_simplified
from graph.store import Batch, BulkTable, GraphStore
from graph.writer import _clean, batches_for, node_set_cypher, rel_set_cypher
from loaders import ids
from loaders.graph_rows import Binding, GraphRows, profile_rows
from loaders.profile_io import normalise_profile, read_profile, validate_profile
from loaders.removal import removal_batches, source_key
from loaders.resolve import (
    DOCUMENTS_HELD_CYPHER,
    MERGE,
    NEW,
    REVIEW,
    SAME,
    Decision,
    PeopleIndex,
    PersonRecord,
    Pool,
    compare,
    decide,
    fact_ids,
    grown,
    weights,
)

PROFILE_SUFFIXES = (".json", ".yaml", ".yml")
ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"
CHUNK = 2000
# Documents written together share a transaction of at most TX_ROWS rows (what one Neo4j
# transaction holds comfortably with a 1 GB heap) and at most a TX_STEPS-th of the load's
# documents, so progress moves and an interrupted load keeps what it committed.
TX_ROWS = 50_000
TX_STEPS = 16
# The embedded store has no server heap to fit: its transactions may hold a whole slice, which
# halves the bulk statements and commits of a large load (each ~2.5 ms CPU and ~10 ms on a
# loaded machine, whatever its size: 16,000 of them at 1M people with TX_ROWS).
TX_ROWS_EMBEDDED = 100_000
# More documents than this: the sources already in the store are read once, not per document.
SOURCES_AT_ONCE = 20
# A load is taken a slice of whole documents at a time (rows → resolution → diff → writes, then
# the slice is dropped): at most SLICE_ROWS graph rows or SLICE_DOCS documents (a larger document
# alone), so memory holds one slice whatever the size of the load.
SLICE_ROWS = 100_000
SLICE_DOCS = 5_000
# Reading files: up to this many people the profiles read for validation are kept for the load;
# beyond it they are read again, a slice at a time.
KEEP_PEOPLE = 20_000

# (label zh, label en) of the report's lines; the UI may translate the English keys itself.
_LINE_LABELS = {
    "documents": ("文献", "documents"),
    "people": ("人物", "people"),
    "Honor": ("荣誉", "honours"),
    "Award": ("获奖", "awards"),
    "Organization": ("组织", "organisations"),
    "facts": ("事实", "facts"),
    "removed": ("移除", "removed"),
    "warning": ("注意", "warning"),
}


# A decision as the report keeps it: index, name, action, person, candidate, score, reasons,
# review ((candidate, score, reasons), …), candidate names ((id, label), …), document.
_Decided = tuple[
    int,
    str,
    str,
    str,
    str | None,
    float | None,
    tuple[str, ...],
    tuple[tuple[str, float, tuple[str, ...]], ...],
    tuple[tuple[str, str], ...],
    str,
]


def _decided(d: Decision, doc_id: str) -> _Decided:
    score = None if d.score is None or math.isinf(d.score) else d.score
    review = tuple((c, s, tuple(r)) for c, s, r in d.review)
    return (
        d.index,
        sys.intern(d.name),
        d.action,
        d.person_id,
        d.candidate,
        score,
        tuple(map(sys.intern, d.reasons)),  # "name_match:+0:张伟" and the like repeat
        review,
        tuple(d.candidate_names.items()),
        doc_id,
    )


def _decision_dict(t: _Decided) -> dict[str, Any]:
    """``{**Decision.as_dict(), "doc": …}`` again."""
    index, name, action, person, candidate, score, reasons, review, names, doc = t
    return {
        "index": index,
        "name": name,
        "action": action,
        "person": person,
        "candidate": candidate,
        "score": score,
        "reasons": list(reasons),
        "review": [{"candidate": c, "score": s, "reasons": list(r)} for c, s, r in review],
        "candidate_names": dict(names),
        "doc": doc,
    }


@dataclass
class LoadReport:
    """What a load did — or, with ``dry_run``, would do."""

    dry_run: bool = False
    documents: int = 0
    documents_unchanged: int = 0
    replaced: list[str] = field(default_factory=list)  # "source: old doc id → new doc id"
    people: int = 0  # people as the documents state them (mentions)
    # one per mention, as tuples (``decisions`` gives them as dicts): a million dicts were 0.84 GB
    decided: list[_Decided] = field(default_factory=list, repr=False)
    nodes: dict[str, dict[str, int]] = field(default_factory=dict)  # label → {added, updated, unchanged}
    facts_added: int = 0
    facts_updated: int = 0
    facts_unchanged: int = 0
    removed: dict[str, int] = field(default_factory=dict)  # label → nodes removed with replaced versions
    warnings: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # rows / resolve / diff / write seconds
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)

    @property
    def facts(self) -> int:
        """Relationships the documents state (added, updated or unchanged)."""
        return self.facts_added + self.facts_updated + self.facts_unchanged

    @property
    def decisions(self) -> list[dict[str, Any]]:
        """One per mention, in load order: ``loaders.resolve.Decision.as_dict`` with its ``doc``."""
        return [_decision_dict(t) for t in self.decided]

    def add_decisions(self, decisions: Iterable[Decision], doc_id: str) -> None:
        self.decided.extend(_decided(d, doc_id) for d in decisions)

    def people_by_action(self) -> dict[str, int]:
        """new / same (already there) / merge / review → how many incoming people."""
        counts = Counter(t[2] for t in self.decided)
        return {a: counts.get(a, 0) for a in (NEW, MERGE, REVIEW, SAME)}

    def changes(self) -> dict[str, int]:
        keys = sorted(set(self.before) | set(self.after))
        return {
            k: self.after.get(k, 0) - self.before.get(k, 0)
            for k in keys
            if self.after.get(k, 0) != self.before.get(k, 0)
        }

    def summary_lines(self) -> list[str]:
        """The report as short lines, Chinese first (CLI and UI print these)."""

        def lab(key: str) -> str:
            zh, en = _LINE_LABELS[key]
            return f"{zh} {en}"

        def counts(c: Mapping[str, int]) -> str:
            return " · ".join(
                f"{zh} {en} {c.get(k, 0)}"
                for k, zh, en in (
                    (ADDED, "新增", "added"),
                    (UPDATED, "更新", "updated"),
                    (UNCHANGED, "未变", "unchanged"),
                )
            )

        p = self.people_by_action()
        lines = []
        if self.dry_run:
            lines.append("预演：未写入任何内容 (dry run: nothing was written)")
        lines.append(
            f"{lab('documents')}: {self.documents}（未变 unchanged {self.documents_unchanged}，"
            f"替换旧版 replacing an earlier version {len(self.replaced)}）"
        )
        lines.append(
            f"{lab('people')}: {self.people} — 新增 new {p[NEW]} · 合并 merged {p[MERGE]} · "
            f"待核对 for review {p[REVIEW]} · 已在库 already there {p[SAME]}"
        )
        for label in ("Honor", "Award", "Organization"):
            lines.append(f"{lab(label)}: {counts(self.nodes.get(label, {}))}")
        lines.append(
            f"{lab('facts')}: "
            + counts({ADDED: self.facts_added, UPDATED: self.facts_updated, UNCHANGED: self.facts_unchanged})
        )
        if self.removed:
            lines.append(f"{lab('removed')}: " + " · ".join(f"{k} {v}" for k, v in sorted(self.removed.items())))
        lines.extend(f"{lab('warning')}: {w}" for w in self.warnings)
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "documents": self.documents,
            "documents_unchanged": self.documents_unchanged,
            "replaced": self.replaced,
            "people": self.people_by_action(),
            "nodes": self.nodes,
            "facts": {ADDED: self.facts_added, UPDATED: self.facts_updated, UNCHANGED: self.facts_unchanged},
            "removed": self.removed,
            "warnings": self.warnings,
            "decisions": self.decisions,
        }


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders contribute their profile files, sorted."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(f for f in p.rglob("*") if f.suffix in PROFILE_SUFFIXES and not f.name.endswith(".schema.json"))
            )
        elif p.exists():
            out.append(p)
        else:
            raise InputError("no such file or folder", file=str(p))
    return out


def graph_counts(store: GraphStore) -> dict[str, int]:
    from graph.queries import run

    counts = {r["label"]: r["count"] for r in run(store, "counts").rows}
    counts.update({r["type"]: r["count"] for r in run(store, "rel_counts").rows})
    return counts


# --- one document's plan ---------------------------------------------------------------
@dataclass
class _Plan:
    profile: dict[str, Any]
    doc_id: str
    rows: GraphRows
    decisions: list[Decision]
    replaces: list[str]  # ids of earlier versions of the same source


def mention_record(
    m: Any, doc_id: str, parents: Mapping[str, list[str]], names: Mapping[str, str], index: PeopleIndex
) -> PersonRecord:
    person = m.person
    return PersonRecord(
        id=m.key,
        name=m.name,
        keys=[m.key],
        aliases=[to_simplified(a) for a in person.get("aliases", [])],
        born=person.get("born"),
        gender=person.get("gender"),
        native_place=person.get("native_place"),
        orgs=[index.chain(e, parents, names) for e in m.employers],
        honours={(to_simplified(h["title"]).strip(), int(h["year"])) for h in person["honors"] if h.get("year")},
        posts={p["title"] for p in person["positions"]},
        docs={doc_id},
    )


def document_orgs(rows: GraphRows) -> tuple[dict[str, list[str]], dict[str, str]]:
    """A document's PART_OF parents (in row order) and organisation names, for ``mention_record``."""
    parents: dict[str, list[str]] = defaultdict(list)
    for r in rows.rels.get("PART_OF", []):
        parents[r["src"]].append(r["dst"])
    return parents, {oid: row["name"] for oid, row in rows.nodes.get("Organization", {}).items()}


def _facts_by_person(rows: GraphRows) -> dict[str, dict[tuple[Any, ...], str]]:
    """Natural keys of the person-owned facts ``rows`` give each person (for later documents to reuse)."""
    out: dict[str, dict[tuple[Any, ...], str]] = defaultdict(dict)
    honour_of = {r["src"]: r["dst"] for r in rows.rels.get("OF_HONOR", [])}
    at = {r["src"]: r["dst"] for r in rows.rels.get("AT", [])}
    for r in rows.rels.get("RECEIVED", []):
        a = rows.nodes["Award"][r["dst"]]
        out[r["src"]][("award", honour_of.get(r["dst"]), a.get("year"), a.get("edition"))] = r["dst"]
    for r in rows.rels.get("HELD", []):
        pos = rows.nodes["Position"][r["dst"]]
        out[r["src"]][("position", pos["title"], at.get(r["dst"]), pos.get("start_year"))] = r["dst"]
    for rel, label in (("INVENTED", "Patent"), ("WORKED_ON", "Project")):
        for r in rows.rels.get(rel, []):
            node = rows.nodes[label][r["dst"]]
            out[r["src"]][(label, node["title"], node.get("number") if label == "Patent" else None)] = r["dst"]
    return out


def _review_rows(d: Decision, doc_id: str) -> list[dict[str, Any]]:
    out = []
    for cand, score, reasons in d.review:
        pair = sorted((cand, d.person_id))
        out.append(
            {
                "id": ids.review_id(pair[0], pair[1]),
                "status": "pending",
                "person_a": cand,
                "person_b": d.person_id,
                "name": d.name,
                "score": score,
                "reasons": reasons,
                "doc": doc_id,
                "merge": None,
            }
        )
    return out


def _resolve_document(
    store: GraphStore,
    profile: dict[str, Any],
    provisional: GraphRows,
    index: PeopleIndex,
    resolve: bool,
    report: LoadReport,
    keep_apart: Collection[str] = (),
    sources: Mapping[str, list[str]] | None = None,
) -> _Plan:
    doc_id = ids.document_id(profile["document"]["sha256"])
    w = weights()
    bindings: dict[int, Binding] = {}
    decisions: list[Decision] = []
    parents, org_names = document_orgs(provisional)
    for m in provisional.mentions:
        mention = mention_record(m, doc_id, parents, org_names, index)
        names = [m.name, *mention.aliases]
        pool = index.pool(names) if resolve else []
        if m.name in keep_apart:  # the editor said: a person of their own (a reload still lands there)
            pool = [c for c in pool if m.key in c.keys or m.key == c.id]
        d = decide(mention, pool, w)
        d.index = m.index
        named = {d.candidate, *(x for x, _, _ in d.review)}
        shown = pool.only(named) if isinstance(pool, Pool) else pool  # not a walk of every namesake
        d.candidate_names = {c.id: _label(c) for c in shown if c.id in named}
        target = index.record(d.person_id) if d.action in (SAME, MERGE) else None
        if target is not None:
            keys = list(dict.fromkeys([*target.keys, m.key]))
            bindings[m.index] = Binding(target.id, keys, list(target.aliases), dict(target.facts))
            if d.action == SAME and resolve and doc_id not in target.docs:
                check = compare(mention, target, candidates=1, w=w)
                if check.score < w.review_at:
                    conflicts = [r.text() for r in check.reasons if r.weight < 0]
                    report.warnings.append(
                        f"{m.name}: same name and employer as {target.id} but {', '.join(conflicts)}"
                    )
        else:
            bindings[m.index] = Binding(m.key, [m.key])
        decisions.append(d)
        # later mentions (this document's and the next documents') see this one
        index.learn(target, mention, bindings[m.index].keys, doc_id)
    # a document whose people all land on their own new nodes gives the rows it gave unbound
    rows = provisional if all(_plain(bindings[m.index], m, provisional) for m in provisional.mentions) else None
    rows = rows or profile_rows(profile, bindings)
    owned = _facts_by_person(rows)
    for d in decisions:
        # Only a person read from the store keeps the ids of its facts: those of a person this
        # load made are what ``profile_rows`` gives again from the person's id and the fact's
        # natural key (``loaders.ids``: the facts are keyed on their person), so remembering
        # them (1.25 KB a person, most of the index at a million people) gives nothing.
        if d.person_id in index.from_store and (placed := index.record(d.person_id)) is not None:
            fact_ids(placed).update(owned.get(d.person_id, {}))
        for item in _review_rows(d, doc_id):
            rows.add_node("ReviewItem", item)
    if sources is None:
        earlier = [str(r["id"]) for r in _same_source(store, profile)]
    else:
        earlier = sources.get(_source_of(profile), [])
    replaces = [r for r in earlier if r != doc_id]
    return _Plan(profile, doc_id, rows, decisions, replaces)


def _plain(binding: Binding, m: Any, rows: GraphRows) -> bool:
    """True when ``profile_rows`` with this binding gives the same rows as without one."""
    if binding.id != m.key or binding.keys != [m.key] or binding.aliases or binding.facts:
        return False
    aliases = (rows.nodes.get("Person", {}).get(m.key) or {}).get("aliases") or []
    return len(set(aliases)) == len(aliases)  # a binding de-duplicates aliases


def _source_of(profile: Mapping[str, Any]) -> str:
    doc = profile["document"]
    key = source_key(doc.get("source") or doc.get("file"))
    return "" if not key or key.startswith("<") else key


def _sources_in_store(store: GraphStore) -> dict[str, list[str]]:
    """Source key → ids of the documents loaded from it (one read of every Document)."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in store.read("MATCH (d:Document) RETURN d.id AS id, d.source AS source ORDER BY id", timeout_s=600).rows:
        key = source_key(r["source"])
        if key and not key.startswith("<"):
            out[key].append(str(r["id"]))
    return out


def _label(rec: PersonRecord) -> str:
    orgs = "、".join(dict.fromkeys(c[0][1] for c in rec.orgs if c))
    return f"{rec.name}（{orgs}）" if orgs else rec.name


def _same_source(store: GraphStore, profile: dict[str, Any]) -> list[dict[str, Any]]:
    from graph.queries import run

    source = profile["document"].get("source") or profile["document"].get("file")
    key = source_key(source)
    if not key or key.startswith("<"):
        return []
    return [
        r for r in run(store, "documents_by_source", source=source, tail=key).rows if source_key(r["source"]) == key
    ]


# --- diff against the store (and, within a load, against what earlier documents wrote) ---
class _Written:
    """In a dry run: what earlier slices would have written that the store does not hold, as
    hashed keys (no rows), so a later slice counts it as existing.

    A relationship's state is its properties, so the hash of the last ones tells unchanged from
    updated exactly.  A node's state accumulates over rows: it counts as unchanged when the row
    is the one last applied to it, as updated otherwise (a row that repeats a subset of it
    would be unchanged in a real load).
    """

    def __init__(self) -> None:
        self.nodes: dict[int, int] = {}
        self.rels: dict[int, int] = {}


# Relationships (type, source label) the diff reads from their target's ids, the others from their
# source's: a NameKey such as 张伟 or zw points at thousands of people (each person at a few keys),
# and an organisation or an honour is evidenced by every document naming it (a document by tens).
_READ_FROM_DST = frozenset({("KEY_OF", "NameKey"), ("EVIDENCED_BY", "Organization"), ("EVIDENCED_BY", "Honor")})


def _fingerprint(values: Any) -> int:
    return hash(repr(values))


class _Diff:
    def __init__(self, store: GraphStore, written: _Written | None = None) -> None:
        self.store = store
        self.written = written  # dry run: what earlier slices would have written
        self.nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)  # label → id → stored props
        self.rels: dict[tuple[str, str, str], dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)

    def fetch(self, plans: list[_Plan]) -> None:
        """Read every node and relationship the plans touch: one query per label / type per chunk."""
        want: dict[str, set[str]] = defaultdict(set)
        pairs: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
        # relationships stated per document (``doc`` among their merge keys) and the documents stating them
        stated: dict[tuple[str, str, str], dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
        for plan in plans:
            for label, rows in plan.rows.nodes.items():
                want[label].update(rows)
            for t, rels in plan.rows.rels.items():
                by_doc = "doc" in schema.rel(t).merge_on
                for r in rels:
                    key = (t, r["src_label"], r["dst_label"])
                    if by_doc:
                        stated[key][(r["src"], r["dst"])].add(r.get("doc") or "")
                    else:
                        pairs[key].add((r["src"], r["dst"]))
        for label, wanted in want.items():
            nt = schema.node(label)
            cols = ", ".join(f"n.{p} AS {p}" for p in nt.prop_names)
            todo = sorted(wanted)
            for i in range(0, len(todo), CHUNK):
                cypher = f"UNWIND $ids AS x MATCH (n:{label} {{id: x}}) RETURN {cols}"
                for row in self.store.read(cypher, {"ids": todo[i : i + CHUNK]}, timeout_s=600).rows:
                    self.nodes[label][row["id"]] = row
        # A relationship one document states (PART_OF, WORKS_AT, CONFERRED_BY …) can be stored only if
        # that document is: the others between the same two nodes (one per earlier document, thousands
        # for 焦煤集团 ⊃ 九里山矿) are not read.  At 36,000 people the PART_OF read had grown to
        # 0.4–0.7 s a slice, the largest part of the diff, and it kept growing with the load.
        stored_docs = self.nodes["Document"].keys() | {""}
        for key, docs_of in stated.items():
            pairs[key].update(pair for pair, docs in docs_of.items() if not docs.isdisjoint(stored_docs))
        for (t, a, b), wanted_pairs in pairs.items():
            # a relationship can be stored only between two stored nodes: a fresh load reads none
            wanted_pairs = {(s, d) for s, d in wanted_pairs if s in self.nodes[a] and d in self.nodes[b]}
            rt = schema.rel(t)
            cols = "".join(f", e.{p} AS {p}" for p in rt.prop_names)
            # Read from one end's ids and keep the pairs asked: ladybug answers a MATCH bound at both
            # ends by scanning the whole first node table (a hash join), which grew with the store
            # (docs/benchmarks.md: 3-10x slower than from one end at 10,000 people).  From the end with
            # few such relationships (``_READ_FROM_DST``).
            by_dst = (t, a) in _READ_FROM_DST
            ends = sorted({d if by_dst else s for s, d in wanted_pairs})
            anchor = f"(a:{a})-[e:{t}]->(b:{b} {{id: x}})" if by_dst else f"(a:{a} {{id: x}})-[e:{t}]->(b:{b})"
            cypher = f"UNWIND $ids AS x MATCH {anchor} RETURN a.id AS src, b.id AS dst{cols}"
            for i in range(0, len(ends), CHUNK):
                for row in self.store.read(cypher, {"ids": ends[i : i + CHUNK]}, timeout_s=600).rows:
                    if (row["src"], row["dst"]) not in wanted_pairs:
                        continue
                    identity = (row["src"], row["dst"], *((row.get(k) or "") for k in rt.merge_on))
                    self.rels[(t, a, b)][identity] = {p: row.get(p) for p in rt.prop_names}

    def has_node(self, label: str, nid: str) -> bool:
        """In the store, written by this load, or (dry run) by an earlier slice of it."""
        if nid in self.nodes[label]:
            return True
        return self.written is not None and hash((label, nid)) in self.written.nodes

    def node_status(self, label: str, row: dict[str, Any]) -> str:
        stored = self.nodes[label].get(row["id"])
        if stored is None:
            if self.written is not None and (h := self.written.nodes.get(hash((label, row["id"])))) is not None:
                return UNCHANGED if h == _fingerprint(sorted(row.items())) else UPDATED
            return ADDED
        for p in schema.node(label).props:
            v = row.get(p.name)
            if p.type == schema.STRINGS:
                if v and list(v) != list(stored.get(p.name) or []):
                    return UPDATED
            elif v is not None and v != stored.get(p.name):
                return UPDATED
        return UNCHANGED

    def apply_node(self, label: str, row: dict[str, Any]) -> None:
        if self.written is not None:  # what the store does not hold: the last row applied
            key = hash((label, row["id"]))
            if row["id"] not in self.nodes[label] or key in self.written.nodes:
                self.written.nodes[key] = _fingerprint(sorted(row.items()))
        # as the writer does: null and [] never overwrite, and [] is stored as null
        stored = self.nodes[label].get(row["id"])
        if stored is None:  # most rows of a load: a node not seen before
            self.nodes[label][row["id"]] = {k: None if v is None or v == [] else v for k, v in row.items()}
            return
        for k, v in row.items():
            if v is None or v == []:
                stored.setdefault(k, None)
            else:
                stored[k] = v

    def rel_status(self, t: str, r: dict[str, Any]) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
        shape = _rel_shape(t)
        props, identity = _rel_props(r, shape)
        others = shape[3]
        stored = self.rels[(t, r["src_label"], r["dst_label"])].get(identity)
        if stored is None:
            if self.written is not None:
                key = hash((t, r["src_label"], r["dst_label"], identity))
                if (h := self.written.rels.get(key)) is not None:
                    return (UNCHANGED if h == _rel_fingerprint(schema.rel(t), props) else UPDATED), identity, props
            return ADDED, identity, props
        same = all(_same(props.get(p), stored.get(p)) for p in others)
        return (UNCHANGED if same else UPDATED), identity, props

    def apply_rel(self, t: str, r: dict[str, Any], identity: tuple[Any, ...], props: dict[str, Any]) -> None:
        state = self.rels[(t, r["src_label"], r["dst_label"])]
        if self.written is not None:  # what the store does not hold: its properties
            key = hash((t, r["src_label"], r["dst_label"], identity))
            if identity not in state or key in self.written.rels:
                self.written.rels[key] = _rel_fingerprint(schema.rel(t), props)
        state[identity] = props

    def forget(self, doc: str, nodes: Mapping[str, Iterable[str]], kept: GraphRows) -> None:
        """After document ``doc`` was removed: what went with it is no longer in the store
        (except what ``kept``, the replacing version, wrote again)."""
        gone = {(label, i) for label, ids_ in nodes.items() for i in ids_ if i not in kept.nodes.get(label, {})}
        gone.add(("Document", doc))
        for label, i in gone:
            self.nodes[label].pop(i, None)
        for (t, a, b), rels in self.rels.items():
            merge_on = schema.rel(t).merge_on
            at = 2 + merge_on.index("doc") if "doc" in merge_on else None
            for identity in [
                k for k in rels if (a, k[0]) in gone or (b, k[1]) in gone or (at is not None and k[at] == doc)
            ]:
                del rels[identity]


@functools.cache
def _rel_shape(t: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A relationship type's properties, its list properties, its merge keys and the properties
    that are not merge keys (``rel_status`` asks these for every row of a load)."""
    rt = schema.rel(t)
    names = tuple(p.name for p in rt.props)
    lists = tuple(p.name for p in rt.props if p.type == schema.STRINGS)
    return names, lists, tuple(rt.merge_on), tuple(n for n in names if n not in rt.merge_on)


def _rel_props(
    r: Mapping[str, Any], shape: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """A relationship row's properties as ``graph.writer._clean`` gives them ([] for no list, "" for
    no merge key) and its identity: (source, target, merge keys)."""
    names, lists, merge_on, _ = shape
    props = {n: r.get(n) for n in names}
    for n in lists:
        if props[n] is None:
            props[n] = []
    for k in merge_on:
        if props.get(k) is None:
            props[k] = ""
    return props, (r["src"], r["dst"], *(props[k] for k in merge_on))


def _rel_fingerprint(rt: Any, props: Mapping[str, Any]) -> int:
    return _fingerprint([props.get(p) for p in rt.prop_names if p not in rt.merge_on])


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    return bool(a == b)


@dataclass
class _Trace:
    """What one document's load found in the store before writing (for undoing a load-time merge)."""

    nodes: dict[tuple[str, str], tuple[str, dict[str, Any]]] = field(default_factory=dict)
    rels: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # status, row, before


_NodeChange = tuple[str, str, dict[str, Any], str]  # label, id, row, status
_RelChange = tuple[str, dict[str, Any], tuple[Any, ...], str]  # type, row, identity, status


def _changes(
    plan: _Plan, diff: _Diff, report: LoadReport, trace: _Trace | None = None
) -> tuple[list[_NodeChange], list[_RelChange]]:
    """Count what the document adds/updates/leaves unchanged, and apply it to ``diff``."""
    node_changes: list[_NodeChange] = []
    for label, rows in plan.rows.nodes.items():
        counts = report.nodes.setdefault(label, {ADDED: 0, UPDATED: 0, UNCHANGED: 0})
        for nid, row in rows.items():
            status = diff.node_status(label, row)
            if label == "ReviewItem" and status != ADDED:
                continue  # an editor may have decided it already: never reopen it
            counts[status] += 1
            node_changes.append((label, nid, row, status))
            if trace is not None:
                trace.nodes[(label, nid)] = (status, dict(diff.nodes[label].get(nid) or {}))
            diff.apply_node(label, row)
    rel_changes: list[_RelChange] = []
    for t, rel_rows in plan.rows.rels.items():
        seen: set[tuple[Any, ...]] = set()
        for r in rel_rows:
            status, identity, props = diff.rel_status(t, r)
            if (t, r["src_label"], r["dst_label"], identity) in seen:
                continue
            seen.add((t, r["src_label"], r["dst_label"], identity))
            if status == ADDED:
                report.facts_added += 1
            elif status == UPDATED:
                report.facts_updated += 1
            else:
                report.facts_unchanged += 1
            rel_changes.append((t, r, identity, status))
            if trace is not None:
                before = diff.rels[(t, r["src_label"], r["dst_label"])].get(identity) or {}
                trace.rels.append((status, {"type": t, **r, **props}, dict(before)))
            diff.apply_rel(t, r, identity, props)
    return node_changes, rel_changes


def _document_batches(
    plan: _Plan, diff: _Diff, report: LoadReport, write_all: bool, trace: _Trace | None = None
) -> list[Batch]:
    """Count what the document adds/updates/leaves unchanged; MERGE batches that write the first two
    (everything with ``write_all``)."""
    node_changes, rel_changes = _changes(plan, diff, report, trace)
    nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for label, nid, row, status in node_changes:
        if status != UNCHANGED or write_all:
            nodes[label][nid] = row
    rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t, r, _, status in rel_changes:
        if status != UNCHANGED or write_all:
            rels[t].append(r)
    return batches_for(nodes, rels)


@dataclass
class _Group:
    """Consecutive documents written in one transaction: new rows inserted, existing ones updated.

    What each document adds or updates is applied to the diff as the documents come, so
    when the group is written the diff holds each touched node's and relationship's final
    state: a node the group creates is inserted once, as the last document leaves it.
    """

    docs: list[tuple[int, _Plan]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # documents that change something (stamped)
    new_nodes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    set_nodes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # relationship identities in the order the documents gave them (a dict as an ordered set: sorting
    # them by ``repr`` before each write cost ~1 s of a 10,000-person load)
    new_rels: dict[tuple[str, str, str], dict[tuple[Any, ...], None]] = field(default_factory=lambda: defaultdict(dict))
    set_rels: dict[tuple[str, str, str], dict[tuple[Any, ...], None]] = field(default_factory=lambda: defaultdict(dict))
    extra: list[Batch] = field(default_factory=list)
    rows: int = 0

    def add(self, i: int, plan: _Plan, changes: tuple[list[_NodeChange], list[_RelChange]], extra: list[Batch]) -> None:
        node_changes, rel_changes = changes
        before = self.rows
        for label, nid, _, status in node_changes:
            if status == ADDED:
                self.new_nodes[label].add(nid)
            elif status == UPDATED and nid not in self.new_nodes[label]:
                self.set_nodes[label].add(nid)
            self.rows += status != UNCHANGED
        for t, r, identity, status in rel_changes:
            key = (t, r["src_label"], r["dst_label"])
            if status == ADDED:
                self.new_rels[key][identity] = None
            elif status == UPDATED and identity not in self.new_rels[key]:
                self.set_rels[key][identity] = None
            self.rows += status != UNCHANGED
        self.extra.extend(extra)
        self.rows += sum(len(b.rows) for b in extra)
        self.docs.append((i, plan))
        if self.rows > before:
            self.written.append(plan.doc_id)

    def writes(self, diff: _Diff) -> list[Batch | BulkTable]:
        """New nodes, updated nodes, new relationships, updated relationships, merge records."""
        out: list[Batch | BulkTable] = []
        for nt in schema.NODES:
            if new := self.new_nodes.get(nt.label):
                out.append(node_table(nt.label, [diff.nodes[nt.label][i] for i in sorted(new)]))
        for nt in schema.NODES:
            if changed := self.set_nodes.get(nt.label):
                rows = [_clean(diff.nodes[nt.label][i], nt.props) for i in sorted(changed)]
                out.append(Batch(node_set_cypher(nt.label), rows))
        for (t, a, b), identities in sorted(self.new_rels.items()):
            # the diff's state of a relationship is ``_clean``'s (merge keys never null), one per identity
            state, props = diff.rels[(t, a, b)], schema.rel(t).props
            values = stored_row(props)
            out.append(BulkTable(t, props, [(k[0], k[1], *values(state[k])) for k in identities], a, b))
        for (t, a, b), identities in sorted(self.set_rels.items()):
            state = diff.rels[(t, a, b)]
            rows = [{"src": k[0], "dst": k[1], **state[k]} for k in identities]
            out.append(Batch(rel_set_cypher(t, a, b), rows))
        return [*out, *self.extra]


# Facts that belong to one person (their ids are keyed on the person): a split takes them along.
_OWNED = ("Award", "Position", "Patent", "Standard", "Project")


def _owned_rows(rows: Iterable[tuple[str, dict[str, Any], dict[str, Any]]], pid: str) -> list[Any]:
    """The relationship rows of ``pid`` and of the fact nodes it points to."""
    rows = list(rows)
    facts = {r["dst"] for _, r, _ in rows if r["src"] == pid and r["dst_label"] in _OWNED}
    return [x for x in rows if x[1]["src"] == pid or x[1]["src"] in facts]


def _load_merge_records(plan: _Plan, trace: _Trace | None) -> list[Batch]:
    """A MergeRecord for each person this document merged into an existing one: what to undo, exactly.

    Undoing (``loaders.people.split``) removes what this document's mention added to the
    person and its facts, restores what it updated, and writes the mention as a person of
    its own — the graph a load that kept it apart would have made.
    """
    out: list[Batch] = []
    for d in plan.decisions:
        if d.action != MERGE:
            continue
        if trace is None:
            raise ValueError("a document that merges people is written with a trace of what it found")
        pid = d.person_id
        owned = _owned_rows(trace.rels, pid)
        fact_ids = {pid} | {r["dst"] for _, r, _ in owned if r["src"] == pid and r["dst_label"] in _OWNED}
        added_nodes = [[label, nid] for (label, nid), (st, _) in trace.nodes.items() if nid in fact_ids and st == ADDED]
        before_nodes = [
            [label, before] for (label, nid), (st, before) in trace.nodes.items() if nid in fact_ids and st == UPDATED
        ]
        undo = {
            "load": {
                "doc": plan.doc_id,
                "key": d.key,
                "index": d.index,
                "document": plan.profile["document"],
                "organizations": plan.profile.get("organizations", []),
                "person": plan.profile["people"][d.index],
            },
            "added_rels": [r for st, r, _ in owned if st == ADDED],
            "rels_before": [{**r, **before} for st, r, before in owned if st == UPDATED],
            "added_nodes": added_nodes,
            "props_before": before_nodes,
        }
        row: dict[str, Any] = {
            "id": ids.merge_id(pid, d.key, plan.doc_id),
            "kept": pid,
            "absorbed": d.key,
            "name": d.name,
            "score": d.score,
            "reasons": d.reasons,
            "review": None,
            "undo": json.dumps(undo, ensure_ascii=False, sort_keys=True, default=str),
            "at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "doc": plan.doc_id,
        }
        out.extend(batches_for({"MergeRecord": {row["id"]: row}}, {}))
    return out


def _row_count(rows: GraphRows) -> int:
    return sum(len(r) for r in rows.nodes.values()) + sum(len(r) for r in rows.rels.values())


def _slices(
    profiles: Iterable[dict[str, Any]], slice_rows: int, slice_docs: int, timings: dict[str, float]
) -> Iterator[tuple[list[tuple[dict[str, Any], GraphRows]], bool]]:
    """Whole documents with their first graph rows, at most ``slice_rows`` rows (a larger document
    alone) and ``slice_docs`` documents a slice; with each slice, whether it is the last.

    The caller drops a slice before asking for the next, so at most one slice of rows is alive
    (the next profile is read ahead to know whether a slice is the last)."""
    it = iter(profiles)
    mark = time.perf_counter()
    ahead = next(it, None)
    timings["read"] += time.perf_counter() - mark
    while ahead is not None:
        batch: list[tuple[dict[str, Any], GraphRows]] = []
        rows = 0
        while ahead is not None and (not batch or (rows < slice_rows and len(batch) < slice_docs)):
            mark = time.perf_counter()
            first = profile_rows(ahead)
            timings["rows"] += time.perf_counter() - mark
            batch.append((ahead, first))
            rows += _row_count(first)
            del first
            mark = time.perf_counter()
            ahead = next(it, None)
            timings["read"] += time.perf_counter() - mark
        yield batch, ahead is None
        del batch  # before the next slice's rows are made


class _Load:
    """One load, slice by slice: what carries over between slices (the people index, the sources
    seen, the stamps, and in a dry run the keys of what earlier slices would have written)."""

    def __init__(
        self,
        store: GraphStore,
        report: LoadReport,
        progress: Callable[[int, int, str], None] | None,
        total: int | None,
        *,
        resolve: bool,
        keep_apart: Collection[str],
        actor: str | None,
        split: bool,
        resume: bool = False,
    ) -> None:
        self.store, self.report, self.progress, self.total = store, report, progress, total
        self.resolve, self.keep_apart, self.split, self.resume = resolve, keep_apart, split, resume
        self.dry_run = report.dry_run
        self.index = PeopleIndex()
        self.stamps = _Stamps(actor)
        self.written = _Written() if self.dry_run else None
        self.loaded_sources: dict[str, str] = {}  # source key → the latest document of this load
        self.sources: Mapping[str, list[str]] | None = None
        self.doc_ids: list[str] = []  # every document of the load, in order (the roll-ups)
        self.done = 0  # documents of the slices before this one
        self.slices = 0
        # People the store held when the load began: the only ones resolution must read from it
        # (those this load writes are in the index already, under every name the load has seen).
        # None in an empty store, so no slice asks it for namesakes: that query scans every
        # Person of the store, once a slice (at 1M people a cost that grew with the load).
        self.store_people = report.before.get("Person", 0)

    def known(self, in_slice: int) -> int:
        """The load's documents, as far as known (all of them when the caller said how many)."""
        return self.total if self.total is not None else self.done + in_slice

    def run(self, batch: list[tuple[dict[str, Any], GraphRows]], last: bool) -> None:
        """Resolve, diff and write one slice of documents."""
        timings, report = self.report.timings, self.report
        mark = time.perf_counter()
        if self.resume and self.store_people:
            self._skip_stored(batch)
            if not batch:
                return
        slice_docs = [ids.document_id(p["document"]["sha256"]) for p, _ in batch]
        if self.resolve:
            names = {
                n
                for _, rows in batch
                for m in rows.mentions
                for n in (m.name, *map(to_simplified, m.person.get("aliases", [])))
            }
            org_ids = {oid for _, rows in batch for oid in rows.nodes.get("Organization", {})}
            # the incoming people as ``_resolve_document`` will give them to ``decide`` (their chains
            # without the store's part, not read yet): the index reads only the facts they could need
            mentions = [
                mention_record(m, doc_id, *document_orgs(rows), self.index)
                for (_, rows), doc_id in zip(batch, slice_docs, strict=True)
                for m in rows.mentions
            ]
            self.index.load(self.store, names if self.store_people else (), org_ids, docs=slice_docs, mentions=mentions)
            del mentions
            if self.slices and self.store_people:
                self._note_documents(slice_docs)
        if self.slices == 0 and (self.total if self.total is not None else len(batch) + (not last)) > SOURCES_AT_ONCE:
            self.sources = _sources_in_store(self.store)  # once, before anything is written
        plans = [
            _resolve_document(self.store, p, rows, self.index, self.resolve, report, self.keep_apart, self.sources)
            for p, rows in batch
        ]
        batch.clear()  # the plans hold what is needed of the slice's rows
        timings["resolve"] += time.perf_counter() - mark
        mark = time.perf_counter()
        diff = _Diff(self.store, self.written)
        diff.fetch(plans)
        timings["diff"] += time.perf_counter() - mark
        mark = time.perf_counter()
        self._write(plans, diff)
        timings["write"] += time.perf_counter() - mark
        self.done += len(plans)
        self.slices += 1

    def _skip_stored(self, batch: list[tuple[dict[str, Any], GraphRows]]) -> None:
        """``resume``: drop from ``batch`` the documents the store holds already (by content hash), before
        resolution, counted as unchanged.  One look-up by key for the slice."""
        doc_ids = [ids.document_id(p["document"]["sha256"]) for p, _ in batch]
        cypher = "UNWIND $ids AS x MATCH (d:Document {id: x}) RETURN d.id AS id"
        stored = {str(r["id"]) for r in self.store.read(cypher, {"ids": sorted(set(doc_ids))}, timeout_s=600).rows}
        if not stored:
            return
        kept = []
        for (profile, rows), doc_id in zip(batch, doc_ids, strict=True):
            if doc_id not in stored:
                kept.append((profile, rows))
                continue
            doc = profile["document"]
            self.report.documents += 1
            self.report.documents_unchanged += 1
            self.report.people += len(profile.get("people", []))
            key = source_key(doc.get("source") or doc.get("file"))
            if key and not key.startswith("<"):
                self.loaded_sources[key] = doc_id  # a later version in this load still replaces it
            self.done += 1
            if self.progress:
                self.progress(self.done, self.known(0), doc.get("source") or "")
        batch[:] = kept

    def _note_documents(self, doc_ids: list[str]) -> None:
        """People read from the store by earlier slices who are evidenced by this slice's documents
        (resolution keeps two people of one document apart).  Only for the documents the store holds:
        by key the look-up costs nothing, while the ``EVIDENCED_BY`` join cost ladybug 0.8–1.7 s a
        slice at 500,000 people for none (a slice's documents are new, docs/benchmarks.md)."""
        held = self.store.read(DOCUMENTS_HELD_CYPHER, {"docs": sorted(set(doc_ids))}, timeout_s=600).rows
        if not held:
            return
        cypher = (
            "UNWIND $docs AS d MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(p:Person) "
            "RETURN DISTINCT p.id AS id, d AS doc"
        )
        for r in self.store.read(cypher, {"docs": sorted({str(r["id"]) for r in held})}, timeout_s=600).rows:
            rec = self.index.by_id.get(str(r["id"]))  # not ``record``: that would read facts person by person
            if rec is not None:
                rec.docs = grown(rec.docs, (str(r["doc"]),))

    def _write(self, plans: list[_Plan], diff: _Diff) -> None:
        report, store, dry_run = self.report, self.store, self.dry_run
        group = _Group()
        per_group = max(1, -(-self.known(len(plans)) // TX_STEPS))
        tx_rows = TX_ROWS_EMBEDDED if store.name == "embedded" else TX_ROWS

        def flush() -> None:
            nonlocal group
            if group.written and not dry_run:
                try:
                    store.write([*group.writes(diff), self.stamps.batch(group.written)])
                except StoreError as exc:  # say which documents are absent (and that those before them are in)
                    names = [Path(str(g.profile["document"].get("source") or g.doc_id)).name for _, g in group.docs]
                    shown = "、".join(names[:5]) + (f" … ({len(names)})" if len(names) > 5 else "")
                    done = group.docs[0][0]
                    raise type(exc)(
                        f"{exc} — not written: {shown}"
                        + (f"; the {done} document(s) before them were written" if done else "")
                    ) from exc
            if self.progress:
                for j, written in group.docs:
                    self.progress(j + 1, self.known(len(plans)), written.profile["document"].get("source") or "")
            group = _Group()

        for k, plan in enumerate(plans):
            i = self.done + k
            doc = plan.profile["document"]
            report.documents += 1
            report.people += len(plan.profile.get("people", []))
            report.add_decisions(plan.decisions, plan.doc_id)
            if diff.has_node("Document", plan.doc_id) and not plan.replaces:
                report.documents_unchanged += 1
            self.doc_ids.append(plan.doc_id)
            key = source_key(doc.get("source") or doc.get("file"))
            in_store = set(plan.replaces)
            if key and not key.startswith("<"):
                earlier = self.loaded_sources.get(key)
                if earlier and earlier != plan.doc_id and earlier not in plan.replaces:
                    plan.replaces.append(earlier)  # an earlier version came in this same load
                self.loaded_sources[key] = plan.doc_id
            if self.split and not plan.replaces:
                # what was stored before is kept only for a merge's undo record (a copy of every row's
                # prior state cost ~1 s of a 10,000-person load that merged 45 people)
                trace = _Trace() if any(d.action == MERGE for d in plan.decisions) else None
                group.add(i, plan, _changes(plan, diff, report, trace), _load_merge_records(plan, trace))
                if group.rows >= tx_rows or len(group.docs) >= per_group:
                    flush()
                continue
            flush()  # what came before is in the store: the removal below reads it
            removals = []
            for old in plan.replaces:
                if dry_run and old not in in_store:
                    report.warnings.append(f"{key}: {plan.doc_id} would replace {old} of this same load")
                    continue
                removal = removal_batches(store, old)
                removals.append(removal)
                report.replaced.append(f"{source_key(doc.get('source') or doc.get('file'))}: {old} → {plan.doc_id}")
                for label, n in removal.counts().items():
                    report.removed[label] = report.removed.get(label, 0) + n
            trace = _Trace()
            batches = _document_batches(plan, diff, report, write_all=bool(plan.replaces), trace=trace)
            batches += _load_merge_records(plan, trace)
            removal_batches_ = [b for removal in removals for b in removal.batches]
            if not dry_run and (batches or removal_batches_):
                store.write([*removal_batches_, *batches, self.stamps.batch([plan.doc_id])])
            for removal in removals:
                diff.forget(removal.doc, removal.nodes, plan.rows)
            if self.progress:
                self.progress(i + 1, self.known(len(plans)), doc.get("source") or "")
        flush()


def load_profiles(
    store: GraphStore,
    profiles: Iterable[dict[str, Any]],
    progress: Callable[[int, int, str], None] | None = None,
    *,
    dry_run: bool = False,
    resolve: bool = True,
    keep_apart: Collection[str] = (),
    actor: str | None = None,
    split: bool = True,
    total: int | None = None,
    slice_rows: int = SLICE_ROWS,
    slice_docs: int = SLICE_DOCS,
    resume: bool = False,
) -> LoadReport:
    """Write already-validated profiles, whole documents per transaction (none with ``dry_run``).

    ``profiles`` may be any iterable (a generator reading files one by one): they are taken a
    slice at a time (at most ``slice_rows`` graph rows or ``slice_docs`` documents; a larger
    document alone), resolved, diffed against the store and written, and the slice is dropped
    before the next is read, so memory holds one slice, the people index and the report.
    ``progress(done, total, source)`` follows each document written; ``total`` is
    ``len(profiles)`` or the ``total`` given, else the documents read so far.
    ``keep_apart`` names people (simplified names) an editor wants kept as new people.
    ``actor`` (the signed-in editor, the CLI user) is stamped on each Document written, with the
    time, in that document's own transaction (``loaded_by``, ``loaded_at``).
    ``resolve=False`` skips entity resolution: each person lands on the node its mention
    key names (the benchmark's baseline; not for real data).
    ``split=False`` writes each document in a transaction of its own with MERGE for everything
    added or updated (the loader before new and existing rows were split; the benchmark and the
    tests compare the two).
    ``resume=True`` is for running a stopped load again over the same files: a document whose content
    hash (its Document id) the store holds already is taken as loaded and skipped before resolution
    (a resume otherwise resolves every document again, nearly a fresh load's cost).  Without it such
    a document still goes through resolution and the diff, since a profile extracted again from the
    same text may bring new facts (the import page's case).
    """
    report = LoadReport(dry_run=dry_run, before=graph_counts(store))
    report.timings.update(dict.fromkeys(("read", "rows", "resolve", "diff", "write"), 0.0))
    started = time.perf_counter()
    if total is None and isinstance(profiles, Sized):
        total = len(profiles)
    load = _Load(
        store, report, progress, total, resolve=resolve, keep_apart=keep_apart, actor=actor, split=split, resume=resume
    )
    for batch, last in _slices(profiles, max(1, slice_rows), max(1, slice_docs), report.timings):
        load.run(batch, last)
        del batch
    mark = time.perf_counter()
    # --- the load is written: what must follow every successful load goes here ---
    if not dry_run and load.doc_ids:  # roll-up counts (graph.rollups)
        from graph.rollups import refresh_rollups

        refresh_rollups(store, docs=None if _recount_all(report, len(load.doc_ids)) else load.doc_ids)
    report.timings["after"] = time.perf_counter() - mark
    report.elapsed_s = time.perf_counter() - started
    report.after = report.before if dry_run else graph_counts(store)
    return report


# A load that brings at least this share of the documents the store held recounts every roll-up:
# at 10,000 people the whole recount took 0.40 s where recounting what the last tenth of the
# documents touch took 1.37 s (docs/benchmarks.md); a small load into a large store recounts
# what its documents touch (the whole recount grows with the store: 3.2 s at 90,000 people).
RECOUNT_ALL_SHARE = 0.1


def _recount_all(report: LoadReport, loaded_docs: int) -> bool:
    """Recount every roll-up (not only what the documents touch) after this load?  Always after a
    re-import (what the removed version counted must go) and when the load is large beside the store."""
    return bool(report.replaced) or loaded_docs >= RECOUNT_ALL_SHARE * report.before.get("Document", 0)


class _Stamps:
    """Who wrote each document and when, set in the same transaction as its facts.

    Times are to the microsecond and strictly increase through a load (a document written
    in the same microsecond as the one before it is stamped one microsecond later), so the
    recent loads have a total order.
    """

    def __init__(self, actor: str | None) -> None:
        self.actor = actor or ""
        self.last: datetime | None = None

    def batch(self, doc_ids: Iterable[str]) -> Batch:
        rows = []
        for doc_id in doc_ids:
            at = datetime.now(UTC)
            if self.last is not None and at <= self.last:
                at = self.last + timedelta(microseconds=1)
            self.last = at
            rows.append({"id": doc_id, "by": self.actor, "at": at.isoformat(timespec="microseconds")})
        return Batch("UNWIND $rows AS r MATCH (d:Document {id: r.id}) SET d.loaded_by = r.by, d.loaded_at = r.at", rows)


def load_files(
    store: GraphStore,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
    *,
    dry_run: bool = False,
    actor: str | None = None,
) -> LoadReport:
    """Validate every file first (raises InputError before any write), then load them.

    Up to ``KEEP_PEOPLE`` people the profiles read for validation are loaded as read; a larger
    load reads each file again as its slice comes, so only one slice of profiles is held.
    """
    files = expand_paths(paths)
    if not files:
        raise InputError("no profile files (.json, .yaml) found in the given paths")
    kept: list[dict[str, Any]] | None = []
    people = 0
    for f in files:
        profile = read_profile(f)
        people += len(profile.get("people", []))
        if kept is not None:
            kept.append(profile)
            if people > KEEP_PEOPLE:
                kept = None
    profiles = kept if kept is not None else (read_profile(f) for f in files)
    return load_profiles(store, profiles, progress, dry_run=dry_run, actor=actor, total=len(files))


def load_profile_dict(
    store: GraphStore,
    profile: dict[str, Any],
    *,
    source: str = "<upload>",
    dry_run: bool = False,
    keep_apart: Collection[str] = (),
    actor: str | None = None,
) -> LoadReport:
    """Validate and load one profile held in memory (the UI's import page); ``actor`` as in load_profiles."""
    validate_profile(profile, file=source)
    return load_profiles(store, [normalise_profile(profile)], dry_run=dry_run, keep_apart=keep_apart, actor=actor)


def preview_people(store: GraphStore, profile: dict[str, Any]) -> list[dict[str, Any]]:
    """What resolution would decide for each person of one profile (a dry run; nothing is written)."""
    return load_profile_dict(store, copy.deepcopy(profile), dry_run=True).decisions
