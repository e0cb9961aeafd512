"""The read path is the query console's only door: hostile input is refused by the store."""

from __future__ import annotations

import pytest

from graph.cypher_guard import check_read
from graph.errors import InputError, QueryTimeout, ReadOnlyError, StoreError
from graph.store import GraphStore

REFUSED = [
    "MATCH (n) DETACH DELETE n",
    "MERGE (p:Person {id: 'p-evil', name: '黑客'}) RETURN p",
    "MATCH (p:Person) SET p.name = '篡改' RETURN count(p)",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD FROM '/etc/passwd' RETURN *",
    "COPY Person FROM 'people.csv'",
    "INSTALL fts",
    "CALL dbms.listConfig() YIELD name RETURN name",
    "CREATE CONSTRAINT evil IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS UNIQUE",
    "DROP TABLE Person",
]


@pytest.mark.parametrize("cypher", REFUSED)
def test_writes_and_outside_access_are_refused(seeded: GraphStore, cypher: str) -> None:
    before = seeded.read("MATCH (p:Person) RETURN count(*) AS n").rows
    with pytest.raises(StoreError):
        seeded.read(cypher)
    assert seeded.read("MATCH (p:Person) RETURN count(*) AS n").rows == before
    assert seeded.read("MATCH (p:Person {name: '张伟'}) RETURN p.name AS n").rows == [{"n": "张伟"}]


def test_unbounded_paths_are_refused_before_they_run(seeded: GraphStore) -> None:
    with pytest.raises(InputError, match="bound every variable-length path"):
        seeded.read("MATCH (a:Person)-[*]-(b:Person) RETURN count(*)")


def test_a_slow_query_is_interrupted_at_its_time_limit(seeded: GraphStore) -> None:
    with pytest.raises(QueryTimeout):
        seeded.read(
            "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y "
            "WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS n",
            timeout_s=0.5,
        )


def test_refusals_are_read_only_errors_with_a_clear_message(seeded: GraphStore) -> None:
    with pytest.raises(ReadOnlyError) as err:
        seeded.read("CREATE (:Person {id: 'x'})")
    assert "read" in str(err.value).lower() or "refused" in str(err.value).lower()


# --- the text layer (graph.cypher_guard): tokens, never a regex over the raw text -------------------------
@pytest.mark.parametrize(
    "cypher",
    [
        "RETURN 'import' AS x",
        'RETURN "CREATE" AS x',
        "RETURN 'it''s a DELETE' AS x",
        "MATCH (p:Person) WHERE p.name CONTAINS 'delete' RETURN p.name",
        "MATCH (p:Person) RETURN p.`set` AS `remove`",
        "// CREATE (:Person)\nMATCH (p:Person) /* DETACH DELETE p; */ RETURN p.name",
        "MATCH (a:Person)-[:RECEIVED*1..3]-(b) RETURN count(*)",
        "UNWIND range(1, 1000) AS x RETURN sum(x)",
    ],
)
def test_words_in_strings_comments_and_names_do_not_count(cypher: str) -> None:
    check_read(cypher)


@pytest.mark.parametrize(
    ("cypher", "word"),
    [
        ("MATCH (p:Person) WITH p cReAtE (:Person {id: 'x'})", "CREATE"),
        ("MATCH (p) WITH p CREATE/**/(:X)", "CREATE"),
        ("MATCH (p) // harmless\nDETACH DELETE p", "DETACH"),
        ("CALL { MATCH (p) SET p.name = 'x' } RETURN 1", "SET"),
    ],
)
def test_a_write_clause_is_found_after_comments_and_in_any_casing(cypher: str, word: str) -> None:
    with pytest.raises(ReadOnlyError, match=word):
        check_read(cypher)


def test_a_semicolon_between_statements_is_refused_but_one_inside_a_string_is_not() -> None:
    check_read("RETURN 'a;b' AS x;")
    with pytest.raises(ReadOnlyError, match="one statement at a time"):
        check_read("MATCH (n) RETURN n; MATCH (m) RETURN m")


def test_a_range_larger_than_a_million_values_is_refused_with_its_size() -> None:
    with pytest.raises(InputError, match="100,000,000 values"):
        check_read("UNWIND range(1, 100000000) AS x RETURN sum(x)")
    with pytest.raises(InputError, match="100,000,000 values"):
        check_read("UNWIND range(1, $n) AS x RETURN x", {"n": 100_000_000})
    with pytest.raises(InputError, match="whole numbers or \\$parameters"):
        check_read("UNWIND range(1, 10000 * 10000) AS x RETURN x")


def test_unclosed_strings_and_comments_are_input_errors() -> None:
    with pytest.raises(InputError, match="quote is not closed"):
        check_read("RETURN 'abc")
    with pytest.raises(InputError, match="comment is not closed"):
        check_read("RETURN 1 /* CREATE")


# --- the store layer on its own: the text check is a second line, not the only one ------------------------
STORE_REFUSES = [
    "CREATE (:Person {id: 'p-evil', name: '黑客'})",
    "MERGE (p:Person {id: 'p-evil'}) RETURN p",
    "MATCH (p:Person) SET p.name = '篡改' RETURN count(p)",
    "MATCH (n) DETACH DELETE n",
    # ladybug has no CALL subqueries (a syntax error there); Neo4j's plan says it writes
    "CALL { MATCH (p:Person) CREATE (:Person {id: 'p-evil2'}) } RETURN 1",
]


@pytest.mark.parametrize("cypher", STORE_REFUSES)
def test_the_store_refuses_a_console_write_even_without_the_text_check(
    seeded: GraphStore, cypher: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(f"graph.store_{'ladybug' if seeded.name == 'embedded' else 'neo4j'}.check_read", _no_check)
    before = seeded.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id").rows
    subquery_on_ladybug = seeded.name == "embedded" and cypher.startswith("CALL {")
    with pytest.raises(StoreError if subquery_on_ladybug else ReadOnlyError):
        seeded.read(cypher, console=True)
    assert seeded.read("MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id").rows == before


def _no_check(cypher: str, params: object = None) -> None:
    """Stands in for graph.cypher_guard.check_read: lets every query through to the store."""
