"""The read path is the query console's only door: hostile input is refused by the store."""

from __future__ import annotations

import pytest

from graph.errors import InputError, QueryTimeout, ReadOnlyError, StoreError
from graph.store import GraphStore

REFUSED = [
    "MATCH (n) DETACH DELETE n",
    "MERGE (p:Person {id: 'p-evil', name: '黑客'}) RETURN p",
    "MATCH (p:Person) SET p.name = '篡改' RETURN count(p)",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD FROM '/etc/passwd' RETURN *",
    "COPY Person FROM '/tmp/people.csv'",
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
