"""The resolver's look-ups of a short list of people (``loaders.resolve.FEW_IDS_CYPHER``) give the
rows of the named queries they stand in for, so the people index, and every decision made from it,
is the same whichever form read it.  Store tests run on the embedded store and on the real Neo4j
server."""

from __future__ import annotations

from typing import Any

import pytest

from graph.queries import run
from graph.store import GraphStore
from loaders import resolve
from loaders.resolve import FEW_IDS, FEW_IDS_CYPHER, PeopleIndex, PersonRecord
from tests.conftest import load_generated

# the named queries that order their rows (the index keeps their order: employers' chains, fact ids)
ORDERED = {"resolution_employers", "resolution_awards", "resolution_positions"}


def _plain(rows: list[dict[str, Any]]) -> list[tuple[tuple[str, str], ...]]:
    out = []
    for r in rows:
        r = dict(r)
        for k in ("honours", "posts"):  # collected lists: their order is the store's
            if r.get(k) is not None:
                r[k] = sorted(map(str, r[k]))
        out.append(tuple(sorted((k, str(v)) for k, v in r.items())))
    return out


def _people_with_facts(store: GraphStore) -> list[str]:
    """Up to ``FEW_IDS`` people holding an award, a post or a patent or project, and some without."""
    rows = store.read(
        "MATCH (p:Person) OPTIONAL MATCH (p)-[r:RECEIVED|HELD|INVENTED|WORKED_ON]->() "
        "WITH p, count(r) AS facts RETURN p.id AS id, facts ORDER BY facts DESC, id"
    ).rows
    with_facts = [r["id"] for r in rows if r["facts"]]
    without = [r["id"] for r in rows if not r["facts"]]
    return sorted(with_facts[: FEW_IDS - 5] + without[:5])


@pytest.mark.parametrize("query", sorted(FEW_IDS_CYPHER))
def test_a_short_list_of_people_reads_the_rows_of_the_named_query(store: GraphStore, query: str) -> None:
    load_generated(store, 200)
    ids = _people_with_facts(store)
    named = run(store, query, ids=ids).rows
    few = store.read(FEW_IDS_CYPHER[query], {"ids": ids}).rows
    assert named, f"{query}: the generated people hold none of what it reads"
    if query in ORDERED:
        assert _plain(few) == _plain(named)
    else:
        assert sorted(_plain(few)) == sorted(_plain(named))


def _records(index: PeopleIndex) -> dict[str, PersonRecord]:
    return {pid: rec for pid, rec in sorted(index.by_id.items())}


def test_the_people_index_is_the_same_read_in_short_lists_or_long(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_generated(store, 200)
    held = store.read("MATCH (p:Person) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name").rows
    names, people = [], 0
    for r in held:  # the commonest names, as many as one short list holds
        if people + r["n"] <= FEW_IDS:
            names.append(str(r["name"]))
            people += r["n"]
    assert people > FEW_IDS // 2
    short = PeopleIndex()
    short.load(store, names, ())  # every look-up by one short list
    monkeypatch.setattr(resolve, "FEW_IDS", 0)
    long = PeopleIndex()
    long.load(store, names, ())  # the named queries only
    assert short.reads.candidates == long.reads.candidates > 0
    assert _records(short) == _records(long)
    assert short.ancestors == long.ancestors


def test_the_people_of_the_documents_being_loaded_are_read_only_for_those_the_store_holds(store: GraphStore) -> None:
    load_generated(store, 200)
    [held] = store.read(
        "MATCH (d:Document)<-[:EVIDENCED_BY]-(p:Person) WITH d, collect(p.name) AS names "
        "RETURN d.id AS doc, names ORDER BY size(names) DESC, doc LIMIT 1"
    ).rows
    names = sorted(set(held["names"]))
    arriving = "doc-" + "f" * 16  # a document the store has never held
    fresh = PeopleIndex()
    fresh.load(store, names, (), docs=[arriving])
    assert fresh.reads.rows["documents_held"] == 0
    assert "documents_loaded" not in fresh.reads.rows
    again = PeopleIndex()
    again.load(store, names, (), docs=[held["doc"], arriving])
    assert again.reads.rows["documents_loaded"] == len(held["names"])
    sources = {pid: rec.docs for pid, rec in again.by_id.items() if rec.docs}
    assert len(sources) == len(held["names"]) and all(docs == {held["doc"]} for docs in sources.values())


def test_a_load_asks_for_the_people_of_its_documents_only_for_those_the_store_holds(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loaders import ids
    from loaders.pipeline import load_profiles
    from tests.test_resolve_two_stage import honour_list, worker

    def roll(n: int, unit: str) -> dict[str, Any]:
        return honour_list(n, "焦作市劳动模范名单（2022年）", [worker("张伟", f"焦煤集团{unit}", "1975", [])])

    kept = roll(21, "九里山矿")
    load_profiles(store, [kept])
    asked: list[list[str]] = []
    read = store.read

    def recording(cypher: str, params: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        if "<-[:EVIDENCED_BY]-(p:Person)" in cypher and params and "docs" in params:
            asked.append(list(params["docs"]))
        return read(cypher, params, **kwargs)

    monkeypatch.setattr(store, "read", recording)
    load_profiles(store, [roll(22, "古汉山矿"), roll(23, "演马庄矿")], slice_docs=1)  # new documents only
    assert asked == []
    load_profiles(store, [roll(24, "中马村矿"), kept], slice_docs=1)  # the second slice's is held
    assert asked == [[ids.document_id(kept["document"]["sha256"])]]
