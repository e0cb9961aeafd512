"""One schema, two dialects of DDL, both generated from graph.schema."""

from __future__ import annotations

from graph import schema
from graph.store_ladybug import ddl as ladybug_ddl
from graph.store_neo4j import ddl as neo4j_ddl
from graph.writer import node_merge_cypher, rel_merge_cypher


def test_every_label_gets_a_table_and_a_uniqueness_constraint() -> None:
    lb, n4 = "\n".join(ladybug_ddl()), "\n".join(neo4j_ddl())
    for nt in schema.NODES:
        assert f"CREATE NODE TABLE IF NOT EXISTS {nt.label}(" in lb
        assert f"FOR (n:{nt.label}) REQUIRE n.id IS UNIQUE" in n4


def test_declared_indexes_become_neo4j_indexes() -> None:
    n4 = "\n".join(neo4j_ddl())
    assert "FOR (n:Award) ON (n.year)" in n4 and "FOR (n:Person) ON (n.name)" in n4


def test_provenance_can_hang_off_every_fact_label() -> None:
    pairs = schema.rel("EVIDENCED_BY").pairs
    assert {a for a, _ in pairs} == set(schema.FACT_LABELS) and {b for _, b in pairs} == {"Document"}


def test_writes_are_parameterised_merges_on_the_key() -> None:
    cypher = node_merge_cypher("Award")
    assert cypher.startswith("UNWIND $rows AS r MERGE (n:Award {id: r.id})") and "'" not in cypher
    rel = rel_merge_cypher("WORKS_AT", "Person", "Organization")
    assert "MERGE (a)-[e:WORKS_AT {doc: r.doc}]->(b)" in rel


def test_the_readme_diagram_is_the_schema_diagram() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert schema.mermaid() in readme
