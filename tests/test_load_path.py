"""How `laomo load` spends its statements and its recounts (issue 12: the load near the bulk path).

Row making remembers its pure steps across documents (organisation strings, honour titles), and
forgets them when the organisation dictionaries are read again; the embedded store writes a slice
in fewer, larger transactions than Neo4j; a load large beside the store recounts every roll-up.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from graph.store import GraphStore
from loaders import pipeline
from loaders.graph_rows import profile_rows
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile
from tests.test_load_split import gongshi


def union_list(employer: str) -> dict[str, Any]:
    """A 焦作 union's list naming one 劳动模范 of ``employer``."""
    return normalise_profile(
        {
            "document": {
                "title": "焦作市劳动模范名单",
                "source": "jiaozuo-laomo.json",
                "sha256": "c" * 64,
                "date": "2023-04",
                "publisher": "焦作市总工会",
            },
            "people": [
                {
                    "name": "李秀英",
                    "employers": [employer],
                    "honors": [{"title": "焦作市劳动模范", "year": 2023, "conferred_by": ["焦作市总工会"]}],
                }
            ],
        }
    )


def organisation_names(profile: dict[str, Any]) -> set[str]:
    return {row["name"] for row in profile_rows(profile).nodes["Organization"].values()}


def test_rows_follow_an_organisation_alias_added_after_earlier_rows_were_made(request: pytest.FixtureRequest) -> None:
    assert "焦作总工会" in organisation_names(union_list("焦作总工会"))  # made (and remembered) before the alias
    request.getfixturevalue("union_alias")
    names = organisation_names(union_list("焦作总工会"))
    assert "焦作市总工会" in names and "焦作总工会" not in names


def test_the_embedded_store_writes_a_slice_in_larger_transactions_than_neo4j(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch, document_transactions: list[int]
) -> None:
    transactions = document_transactions
    monkeypatch.setattr(pipeline, "TX_STEPS", 1)  # a transaction is bounded by its rows only
    monkeypatch.setattr(pipeline, "TX_ROWS", 100)  # fewer rows than two documents of 5 people
    monkeypatch.setattr(pipeline, "TX_ROWS_EMBEDDED", 1_000_000)
    load_profiles(store, [gongshi(n) for n in range(6)])
    assert sum(transactions) == 6
    if store.name == "embedded":
        assert transactions == [6]
    else:
        assert len(transactions) >= 3


def recounts(store: GraphStore, monkeypatch: pytest.MonkeyPatch, profiles: list[dict[str, Any]]) -> list[Any]:
    """The ``docs`` each roll-up refresh of a load was given (None: every organisation and honour)."""
    import graph.rollups

    seen: list[Any] = []
    refresh = graph.rollups.refresh_rollups

    def noting(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("docs"))
        return refresh(*args, **kwargs)

    monkeypatch.setattr(graph.rollups, "refresh_rollups", noting)
    load_profiles(store, profiles)
    monkeypatch.setattr(graph.rollups, "refresh_rollups", refresh)
    return seen


def test_a_load_into_an_empty_store_recounts_every_roll_up(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    assert recounts(store, monkeypatch, [gongshi(n) for n in range(3)]) == [None]


def test_one_document_added_to_thirty_recounts_only_what_it_touches(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_profiles(store, [gongshi(n) for n in range(30)])
    (docs,) = recounts(store, monkeypatch, [gongshi(30)])
    assert docs is not None and len(docs) == 1


def namesake_reads(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch, profiles: list[dict[str, Any]], **load: Any
) -> int:
    """How many times a load asked the store for the people bearing some names."""
    asked: list[str] = []
    read = store.read

    def noting(cypher: str, *args: Any, **kwargs: Any) -> Any:
        if "p.name = nm" in cypher:
            asked.append(cypher)
        return read(cypher, *args, **kwargs)

    monkeypatch.setattr(store, "read", noting)
    load_profiles(store, profiles, slice_docs=2, **load)
    monkeypatch.setattr(store, "read", read)
    return len(asked)


def stopped_at_the_second_slice(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch, profiles: list[dict[str, Any]]
) -> None:
    """Load ``profiles`` two documents a slice, with the disk filling at the second slice's write."""
    from graph.errors import StoreError

    write = store.write
    writes: list[int] = []

    def the_disk_fills_at_the_second_slice(batches: Any) -> Any:
        writes.append(1)
        if len(writes) == 2:
            raise StoreError("the disk is full")
        return write(batches)

    monkeypatch.setattr(pipeline, "TX_STEPS", 1)  # a transaction per slice of two documents
    monkeypatch.setattr(store, "write", the_disk_fills_at_the_second_slice)
    try:
        with pytest.raises(StoreError, match=re.escape("not written: gongshi-002.json、gongshi-003.json")):
            load_profiles(store, [dict(p) for p in profiles], slice_docs=2)
    finally:
        monkeypatch.setattr(store, "write", write)


def test_a_load_into_an_empty_store_never_asks_it_for_namesakes(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert namesake_reads(store, monkeypatch, [gongshi(n) for n in range(6)]) == 0


def test_a_load_into_a_store_holding_people_asks_it_for_their_namesakes(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_profiles(store, [gongshi(n) for n in range(6)])
    assert namesake_reads(store, monkeypatch, [gongshi(n, year=2022) for n in range(6, 12)]) > 0


def test_a_load_stopped_by_a_failed_slice_keeps_the_slices_before_it_and_completes_when_run_again(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_load_split import content

    profiles = [gongshi(n) for n in range(6)]
    stopped_at_the_second_slice(store, monkeypatch, profiles)
    assert sorted(d["source"] for d in content(store)["nodes"]["Document"]) == ["gongshi-000.json", "gongshi-001.json"]
    load_profiles(store, [dict(p) for p in profiles], slice_docs=2)
    completed = content(store)
    again = load_profiles(store, [dict(p) for p in profiles], slice_docs=2)
    assert content(store) == completed
    assert (again.facts_added, again.facts_updated, again.documents_unchanged) == (0, 0, 6)
    store.clear()
    load_profiles(store, [dict(p) for p in profiles])
    assert content(store) == completed  # the graph one uninterrupted load makes


# --- resuming a stopped load: the documents the store holds are not resolved again -------------------
def test_a_resume_asks_the_store_for_no_namesakes_of_the_documents_it_holds(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_profiles(store, [gongshi(n) for n in range(6)])
    assert namesake_reads(store, monkeypatch, [gongshi(n) for n in range(6)], resume=True) == 0


def test_a_load_stopped_by_a_failed_slice_and_resumed_gives_the_graph_of_one_uninterrupted_load(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_load_split import content

    profiles = [gongshi(n) for n in range(6)]
    stopped_at_the_second_slice(store, monkeypatch, profiles)
    resumed = load_profiles(store, [dict(p) for p in profiles], slice_docs=2, resume=True)
    completed = content(store)
    assert (resumed.documents, resumed.documents_unchanged) == (6, 2)
    store.clear()
    load_profiles(store, [dict(p) for p in profiles])
    assert content(store) == completed


def test_without_resume_a_profile_extracted_again_from_a_stored_text_still_brings_its_new_facts(
    store: GraphStore,
) -> None:
    load_profiles(store, [gongshi(0)])
    again = gongshi(0)  # the same text (same content hash), a fact more read from it
    again["people"][0]["honors"].append({"title": "河南省五一劳动奖章", "year": 2024, "conferred_by": ["河南省总工会"]})
    report = load_profiles(store, [normalise_profile(again)])
    assert report.facts_added > 0
