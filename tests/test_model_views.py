"""What a reader sees of the graph as a whole — the per-label counts (``laomo stats``, a load's
report) and the GraphML export — is the model: people, organisations, honours, awards,
documents, review records.  The people-search index (graph.schema.SEARCH_NODES: a name key per
spelling of a name, with KEY_OF edges to its people) is derived, not a fact, and stays out of
them; the JSON dump and the Cypher script recreate a store and keep it.  On both stores, with
the seed page's sample (张伟 and the others)."""

from __future__ import annotations

import io

import networkx as nx

from graph import export
from graph.queries import run
from graph.schema import RANK_KEY_NODES, SEARCH_NODES, SEARCH_RELS
from graph.store import GraphStore

INDEX_LABELS = {n.label for n in SEARCH_NODES if n not in RANK_KEY_NODES}  # the name keys
INDEX_TYPES = {r.type for r in SEARCH_RELS}


def _held(store: GraphStore, labels: set[str]) -> int:
    return sum(store.read(f"MATCH (n:{label}) RETURN count(n) AS n").rows[0]["n"] for label in labels)


def test_counts_name_the_model_labels_and_not_the_search_index(seeded: GraphStore) -> None:
    assert _held(seeded, INDEX_LABELS) > 0  # the sample's people have name keys
    counts = {r["label"]: r["count"] for r in run(seeded, "counts").rows}
    assert not INDEX_LABELS & counts.keys()
    assert counts["Person"] == seeded.read("MATCH (p:Person) RETURN count(p) AS n").rows[0]["n"]
    assert {"Organization", "Honor", "Award", "Document"} <= counts.keys()


def test_rel_counts_name_the_model_types_and_not_the_search_index(seeded: GraphStore) -> None:
    types = {r["type"] for r in run(seeded, "rel_counts").rows}
    assert not INDEX_TYPES & types
    assert {"WORKS_AT", "RECEIVED", "OF_HONOR", "EVIDENCED_BY"} <= types


def test_graphml_holds_the_facts_without_the_search_index(seeded: GraphStore) -> None:
    data = export.dump(seeded)
    g = nx.read_graphml(io.BytesIO(export.to_graphml(data).encode("utf-8")))
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert not INDEX_LABELS & labels
    assert not INDEX_TYPES & {d["type"] for *_, d in g.edges(data=True)}
    model = {label for label, rows in data["nodes"].items() if rows and label not in INDEX_LABELS}
    assert labels == model
    assert any(d.get("name") == "张伟" for _, d in g.nodes(data=True))


def test_json_dump_and_cypher_script_keep_the_search_index_to_recreate_a_store(seeded: GraphStore) -> None:
    data = export.dump(seeded)
    held = {label: len(data["nodes"][label]) for label in INDEX_LABELS}
    assert held == {label: _held(seeded, {label}) for label in INDEX_LABELS} and all(held.values())
    script = export.to_cypher(data)
    assert all(f"MERGE (:{label} " in script for label in INDEX_LABELS)
    assert all(f"CREATE (a)-[:{t} " in script for t in INDEX_TYPES)


def test_a_json_dump_leaves_out_the_rank_keys_a_store_rebuilds_from_its_facts(seeded: GraphStore) -> None:
    assert _held(seeded, {n.label for n in RANK_KEY_NODES}) > 0
    data = export.dump(seeded)
    assert not {n.label for n in RANK_KEY_NODES} & set(data["nodes"])
