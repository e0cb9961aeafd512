"""An editor's decisions about people: review, merge, split (undo a merge), keep separate.

``merge(store, A, B)`` moves every relationship of B onto A (an award both hold — the
same honour, year and edition — becomes one award with both sources), fills A's empty
properties from B, gives A B's mention keys (so the next load of B's documents lands on
A), deletes B and writes a ``MergeRecord`` holding exactly what it changed: B's node and
relationships, the relationships it added to A, A's properties before.  ``split`` plays
that record backwards and deletes it, so merge then split gives back the graph as it was
(``laomo export`` identical).  Each runs in one transaction.

``keep_separate(store, A, B)`` marks their review item decided; later loads do not
raise it again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graph import schema
from graph.errors import InputError
from graph.rollups import refresh_rollups
from graph.search import search_text
from graph.store import Batch, GraphStore
from graph.writer import _clean, _value, batches_for, node_merge_cypher, rel_merge_cypher
from loaders import ids

PENDING, MERGED, SEPARATE = "pending", "merged", "separate"


@dataclass
class MergeResult:
    record: str
    kept: str
    absorbed: str
    moved: int = 0  # relationships moved onto the kept person (or its awards)
    awards_joined: int = 0
    undo: dict[str, Any] = field(default_factory=dict)


def review_items(store: GraphStore, status: str = PENDING) -> list[dict[str, Any]]:
    """Review items (``pending`` by default, '' = all) with both people's organisations and reasons."""
    from graph.queries import run

    return run(store, "review_items", status=status).rows


def merge_records(store: GraphStore, person: str = "") -> list[dict[str, Any]]:
    from graph.queries import run

    return run(store, "merge_records", person=person).rows


# --- reading a node with its relationships ----------------------------------------------
def _node(store: GraphStore, label: str, node_id: str) -> dict[str, Any] | None:
    nt = schema.node(label)
    cols = ", ".join(f"n.{p} AS {p}" for p in nt.prop_names)
    rows = store.read(f"MATCH (n:{label} {{id: $id}}) RETURN {cols}", {"id": node_id}).rows
    return rows[0] if rows else None


def _rels(store: GraphStore, label: str, node_id: str) -> list[dict[str, Any]]:
    """Every relationship touching the node, as {type, src_label, src, dst_label, dst, props…}."""
    out: list[dict[str, Any]] = []
    for rt in schema.RELS:
        cols = "".join(f", e.{p} AS {p}" for p in rt.prop_names)
        for a, b in rt.pairs:
            if a == label:
                cypher = f"MATCH (x:{a} {{id: $id}})-[e:{rt.type}]->(y:{b}) RETURN x.id AS src, y.id AS dst{cols}"
                out.extend(
                    {"type": rt.type, "src_label": a, "dst_label": b, **r}
                    for r in store.read(cypher, {"id": node_id}).rows
                )
            if b == label:  # incoming (both sides for PART_OF between two organisations)
                cypher = f"MATCH (y:{a})-[e:{rt.type}]->(x:{b} {{id: $id}}) RETURN y.id AS src, x.id AS dst{cols}"
                out.extend(
                    {"type": rt.type, "src_label": a, "dst_label": b, **r}
                    for r in store.read(cypher, {"id": node_id}).rows
                )
    return out


def _identity(rel: dict[str, Any]) -> tuple[Any, ...]:
    rt = schema.rel(rel["type"])
    return (rel["type"], rel["src"], rel["dst"], *((rel.get(k) or "") for k in rt.merge_on))


# --- batches ------------------------------------------------------------------------------
def _create_rels(rels: list[dict[str, Any]]) -> list[Batch]:
    out = []
    for rel in rels:
        rt = schema.rel(rel["type"])
        row = {"src": rel["src"], "dst": rel["dst"], **_clean(rel, rt.props, rt.merge_on)}
        out.append(Batch(rel_merge_cypher(rel["type"], rel["src_label"], rel["dst_label"]), [row]))
    return out


def _delete_rels(rels: list[dict[str, Any]]) -> list[Batch]:
    out = []
    for rel in rels:
        rt = schema.rel(rel["type"])
        where = " AND ".join(f"e.{k} = r.{k}" for k in rt.merge_on)
        row = {"src": rel["src"], "dst": rel["dst"], **{k: rel.get(k) or "" for k in rt.merge_on}}
        out.append(
            Batch(
                f"UNWIND $rows AS r MATCH (a:{rel['src_label']} {{id: r.src}})-[e:{rel['type']}]->"
                f"(b:{rel['dst_label']} {{id: r.dst}})" + (f" WHERE {where}" if where else "") + " DELETE e",
                [row],
            )
        )
    return out


def _set_exactly(label: str, props: dict[str, Any]) -> Batch:
    """Set every declared property to the given value, nulls included (restores a node exactly)."""
    nt = schema.node(label)
    sets, row = [], {"id": props["id"]}
    for p in nt.props:
        if p.name == nt.key:
            continue
        value = props.get(p.name)
        if value is None:
            sets.append(f"n.{p.name} = NULL")
        else:
            sets.append(f"n.{p.name} = {_value(p.name, p.type)}")
            row[p.name] = value
    return Batch(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET " + ", ".join(sets), [row])


def _create_node(label: str, props: dict[str, Any]) -> list[Batch]:
    nt = schema.node(label)
    return [Batch(node_merge_cypher(label), [_clean(props, nt.props)]), _set_exactly(label, props)]


def _delete_node(label: str, node_id: str) -> Batch:
    return Batch(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) DETACH DELETE n", [{"id": node_id}])


# --- merge ----------------------------------------------------------------------------------
def _award_key(store: GraphStore, person: str) -> dict[tuple[Any, ...], str]:
    rows = store.read(
        "MATCH (:Person {id: $id})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) "
        "RETURN a.id AS id, h.id AS honor, a.year AS year, a.edition AS edition",
        {"id": person},
    ).rows
    return {(r["honor"], r["year"], r["edition"]): r["id"] for r in rows}


def _repoint(
    rels: list[dict[str, Any]], old: str, new: str, existing: set[tuple[Any, ...]], mapping: dict[str, str], skip: str
) -> tuple[list[dict[str, Any]], int]:
    """``rels`` of node ``old`` moved to ``new``; those already present (or to ``skip``) are left out."""
    added, moved = [], 0
    for rel in rels:
        if skip and skip in (rel["src"], rel["dst"]):
            continue  # goes with the node ``skip`` (restored from its own record)
        moved_rel = dict(rel)
        for end in ("src", "dst"):
            if rel[end] == old:
                moved_rel[end] = new
            elif rel[end] in mapping:
                moved_rel[end] = mapping[rel[end]]
        if _identity(moved_rel) in existing:
            continue
        existing.add(_identity(moved_rel))
        added.append(moved_rel)
        moved += 1
    return added, moved


def merge(
    store: GraphStore,
    kept: str,
    absorbed: str,
    *,
    score: float | None = None,
    reasons: list[str] | None = None,
    actor: str | None = None,
) -> MergeResult:
    """Merge person ``absorbed`` into person ``kept`` (one transaction), recording how to undo it
    and who (``actor``: the signed-in editor, the CLI user) merged when (MergeRecord ``by``, ``at``)."""
    if kept == absorbed:
        raise InputError("a person cannot be merged with itself", field="person")
    a, b = _node(store, "Person", kept), _node(store, "Person", absorbed)
    for pid, node in ((kept, a), (absorbed, b)):
        if node is None:
            raise InputError(f"no person {pid} in the graph", field="person")
    assert a is not None and b is not None
    review_id = ids.review_id(kept, absorbed)
    review = _node(store, "ReviewItem", review_id)
    if review is not None and review.get("status") == SEPARATE:
        raise InputError(f"{kept} and {absorbed} were marked as different people (review item {review_id})")

    restore_nodes: list[tuple[str, dict[str, Any]]] = [("Person", b)]
    restore_rels: list[dict[str, Any]] = []
    added: list[dict[str, Any]] = []
    deletes: list[Batch] = []
    mapping: dict[str, str] = {}
    joined = 0
    # an award both hold becomes one award: B's award folds into A's
    mine = _award_key(store, kept)
    for key, award in _award_key(store, absorbed).items():
        if key in mine and mine[key] != award:
            target = mine[key]
            mapping[award] = target
            award_node = _node(store, "Award", award)
            assert award_node is not None
            award_rels = _rels(store, "Award", award)
            existing = {_identity(r) for r in _rels(store, "Award", target)}
            award_moved, _ = _repoint(award_rels, award, target, existing, {}, absorbed)
            restore_nodes.append(("Award", award_node))
            restore_rels.extend(award_rels)
            added.extend(award_moved)
            deletes.append(_delete_node("Award", award))
            joined += 1
    b_rels = _rels(store, "Person", absorbed)
    existing = {_identity(r) for r in _rels(store, "Person", kept)} | {_identity(r) for r in added}
    moved_rels, moved = _repoint(b_rels, absorbed, kept, existing, mapping, "")
    restore_rels.extend(b_rels)
    added.extend(moved_rels)
    deletes.append(_delete_node("Person", absorbed))

    new_a = dict(a)
    for p in ("gender", "born", "native_place", "ethnicity", "summary"):
        if new_a.get(p) is None:
            new_a[p] = b.get(p)
    extra = [b["name"]] if b["name"] != a["name"] else []
    new_a["aliases"] = list(dict.fromkeys([*(a.get("aliases") or []), *(b.get("aliases") or []), *extra]))
    new_a["keys"] = list(dict.fromkeys([*(a.get("keys") or [a["id"]]), *(b.get("keys") or []), absorbed]))
    new_a["search"] = search_text([a["name"], *new_a["aliases"]])

    at = datetime.now(UTC).isoformat(timespec="microseconds")
    record = ids.merge_id(kept, absorbed, at)
    undo = {
        "restore_nodes": [[label, props] for label, props in restore_nodes],
        "restore_rels": restore_rels,
        "added_rels": added,
        "props_before": [["Person", a]] + ([["ReviewItem", review]] if review else []),
    }
    batches = [*_create_rels(added), _set_exactly("Person", new_a), *deletes]
    batches += _create_node(
        "MergeRecord",
        {
            "id": record,
            "kept": kept,
            "absorbed": absorbed,
            "name": a["name"],
            "score": score if score is not None else (review or {}).get("score"),
            "reasons": reasons or list((review or {}).get("reasons") or []),
            "review": review_id if review else None,
            "undo": json.dumps(undo, ensure_ascii=False, sort_keys=True),
            "at": at,
            "by": actor or "",
        },
    )
    if review is not None:
        batches.append(_set_exactly("ReviewItem", {**review, "status": MERGED, "merge": record}))
    store.write(batches)
    refresh_rollups(store, people=[kept])  # the kept person now holds both people's facts
    return MergeResult(record, kept, absorbed, moved, joined, undo)


def split(store: GraphStore, person: str, other: str | None = None) -> MergeResult:
    """Undo the latest merge that involved ``person`` (and ``other``, when given), exactly."""
    records = [r for r in merge_records(store, person) if other is None or other in (r["kept"], r["absorbed"])]
    if not records:
        raise InputError(f"no merge involving {person}{' and ' + other if other else ''} to undo", field="person")
    rec = records[0]
    full = _node(store, "MergeRecord", rec["id"])
    assert full is not None
    undo = json.loads(full["undo"])
    if _node(store, "Person", rec["kept"]) is None:
        raise InputError(f"{rec['kept']} was merged again since: split that merge first", field="person")
    if _node(store, "Person", rec["absorbed"]) is not None:
        raise InputError(f"{rec['absorbed']} exists again: nothing to split", field="person")
    if "load" in undo:
        store.write([*_load_split_batches(undo), _delete_node("MergeRecord", rec["id"])])
        refresh_rollups(store, people=[rec["kept"], rec["absorbed"]])
        return MergeResult(rec["id"], rec["kept"], rec["absorbed"], len(undo["added_rels"]), 0, undo)
    batches = _delete_rels(undo["added_rels"])
    for label, props in undo["restore_nodes"]:
        batches += _create_node(label, props)
    for label, props in undo["props_before"]:
        batches.append(_set_exactly(label, props))
    batches += _create_rels(undo["restore_rels"])
    batches.append(_delete_node("MergeRecord", rec["id"]))
    store.write(batches)
    refresh_rollups(store, people=[rec["kept"], rec["absorbed"]])
    return MergeResult(rec["id"], rec["kept"], rec["absorbed"], len(undo["restore_rels"]), 0, undo)


def _load_split_batches(undo: dict[str, Any]) -> list[Batch]:
    """Undo a merge a load made: take the document's mention back off the person, as a person of its own."""
    from loaders.graph_rows import Binding, profile_rows
    from loaders.pipeline import _OWNED

    load = undo["load"]
    batches = _delete_rels(undo["added_rels"])
    batches += [_delete_node(label, nid) for label, nid in undo["added_nodes"]]
    batches += _create_rels(undo["rels_before"])
    batches += [_set_exactly(label, props) for label, props in undo["props_before"]]
    # the mention as the load would have written it on its own (same ids: keyed on the mention)
    mini = {"document": load["document"], "organizations": load["organizations"], "people": [load["person"]]}
    key = load["key"]
    rows = profile_rows(mini, {0: Binding(key, [key])})
    facts = {r["dst"] for rs in rows.rels.values() for r in rs if r["src"] == key and r["dst_label"] in _OWNED}
    owners = {key} | facts
    nodes = {
        label: {nid: row for nid, row in by_id.items() if nid in owners}
        for label, by_id in rows.nodes.items()
        if label == "Person" or label in _OWNED
    }
    rels = {t: [r for r in rs if r["src"] in owners] for t, rs in rows.rels.items()}
    return batches + batches_for(nodes, rels)


def keep_separate(store: GraphStore, a: str, b: str) -> str:
    """Record that ``a`` and ``b`` are different people; returns the review item's id."""
    for pid in (a, b):
        if _node(store, "Person", pid) is None:
            raise InputError(f"no person {pid} in the graph", field="person")
    rid = ids.review_id(a, b)
    item = _node(store, "ReviewItem", rid)
    if item is not None and item.get("status") == MERGED:
        raise InputError(f"{a} and {b} are merged (record {item.get('merge')}): split them first")
    name = (_node(store, "Person", a) or {}).get("name")
    row = item or {"id": rid, "person_a": a, "person_b": b, "name": name, "reasons": ["editor:+0:"]}
    store.write(_create_node("ReviewItem", {**row, "status": SEPARATE}))
    return rid
