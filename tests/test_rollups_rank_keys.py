"""The organisations page's rank keys (graph.rankkeys) stay right after every kind of write.

For every organisation and highest rank, its key names everyone working in it or a unit below it
(``PART_OF*0..6``) whose highest honour has that rank, and each person names the keys it is in:
exactly what a walk of the hierarchy finds, after a load, a later document, a merge and its
split, a removal, a bulk load and on a store written before the keys existed — on the embedded
store and on the real Neo4j server.  The pages that read them are checked in
tests/test_rollups_ranks.py (every page together is the whole list, in its order).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph import orgtree, rankkeys
from graph.errors import StoreError
from graph.queries import MAX_ORG_DEPTH, run
from graph.rollups import ensure_rollups
from graph.store import Batch, GraphStore, QueryResult
from loaders import people
from loaders.pipeline import load_profiles
from loaders.removal import remove_document
from tests.conftest import embedded_store, load_generated
from tests.test_rollups import LI_FANG, WANG_JIANGUO, _honour, _profile, load_namesake_elsewhere

# 李芳 of 九里山矿 named a national model worker by a later page
LI_FANG_NATIONAL = {**LI_FANG, "honors": [_honour("全国劳动模范", 2025, "九里山矿李芳被授予全国劳动模范称号。")]}
# a worker of two groups: 九里山矿 (焦煤集团) and a mine of 平煤神马集团
ZHAO_LEI = {
    "name": "赵磊",
    "gender": "男",
    "born": "1981-02",
    "employers": ["焦煤集团九里山矿", "平煤神马集团一矿"],
    "honors": [_honour("焦作工匠", 2022, "九里山矿赵磊获评第四届焦作工匠。")],
}

WALK = f"""
MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization)
OPTIONAL MATCH (p)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
WITH o, p, coalesce(max(h.rank_order), 0) AS top
RETURN DISTINCT o.id AS org, p.id AS person, top
"""


def walked(store: GraphStore) -> set[tuple[str, str]]:
    """(key, person) for every person under every organisation, found by walking the hierarchy."""
    return {(rankkeys.key(r["org"], r["top"]), r["person"]) for r in store.read(WALK).rows}


def held(store: GraphStore) -> set[tuple[str, str]]:
    """(key, person) as each person stores the keys it is in."""
    rows = store.read("MATCH (p:Person) RETURN p.id AS id, p.rank_keys AS keys").rows
    return {(k, r["id"]) for r in rows for k in r["keys"] or ()}


def listed(store: GraphStore) -> set[tuple[str, str]]:
    """(key, person) as the keys list their people, people who still exist."""
    living = {r["id"] for r in store.read("MATCH (p:Person) RETURN p.id AS id").rows}
    rows = store.read("MATCH (k:OrgRankKey) RETURN k.id AS id, k.people AS people").rows
    return {(r["id"], p) for r in rows for p in r["people"] or () if p in living}


def assert_keys_right(store: GraphStore) -> None:
    truth = walked(store)
    assert truth  # the store has people at units
    assert held(store) == truth
    assert listed(store) == truth


def _id(store: GraphStore, label: str, name: str) -> str:
    rows = store.read(f"MATCH (n:{label} {{name: $name}}) RETURN n.id AS id", {"name": name}).rows
    assert len(rows) == 1, rows
    return str(rows[0]["id"])


def test_a_load_stores_each_organisations_people_by_highest_rank(seeded: GraphStore) -> None:
    assert_keys_right(seeded)
    group, zhang = _id(seeded, "Organization", "焦煤集团"), _id(seeded, "Person", "张伟")
    assert (rankkeys.key(group, 5), zhang) in held(seeded)  # 中原大工匠, 省部级, at the group through his mine


def test_a_later_national_honour_moves_the_person_to_the_higher_key_and_a_removal_back(seeded: GraphStore) -> None:
    load_profiles(seeded, [_profile(1, [LI_FANG, WANG_JIANGUO])])
    assert_keys_right(seeded)
    li, group = _id(seeded, "Person", "李芳"), _id(seeded, "Organization", "焦煤集团")
    load_profiles(seeded, [_profile(2, [LI_FANG_NATIONAL])])
    assert (rankkeys.key(group, 6), li) in held(seeded)
    assert (rankkeys.key(group, 5), li) not in listed(seeded)
    assert_keys_right(seeded)
    remove_document(seeded, "jiaozuo-daily-2.json")
    assert (rankkeys.key(group, 5), li) in held(seeded)
    assert_keys_right(seeded)


def test_a_person_working_in_two_groups_is_in_a_key_of_each(seeded: GraphStore) -> None:
    load_profiles(seeded, [_profile(3, [ZHAO_LEI])])
    zhao = _id(seeded, "Person", "赵磊")
    roots = {k.split(rankkeys.SEP)[0] for k, p in held(seeded) if p == zhao}
    assert {_id(seeded, "Organization", "焦煤集团"), _id(seeded, "Organization", "平煤神马集团")} <= roots
    assert_keys_right(seeded)


def test_a_merge_and_its_split_keep_the_keys_exact(seeded: GraphStore) -> None:
    zhang = _id(seeded, "Person", "张伟")
    other = load_namesake_elsewhere(seeded, zhang)
    before = held(seeded)
    people.merge(seeded, zhang, other)
    group = _id(seeded, "Organization", "焦煤集团")
    assert (rankkeys.key(group, 6), zhang) in held(seeded)  # the kept 张伟 now holds the national honour
    assert_keys_right(seeded)
    people.split(seeded, zhang, other)
    assert held(seeded) == before
    assert_keys_right(seeded)


def test_a_bulk_loaded_graph_gets_every_key_and_a_group_page_reads_them(store: GraphStore) -> None:
    load_generated(store, 300)
    assert_keys_right(store)
    group = store.read("MATCH (o:Organization) RETURN o.id AS id ORDER BY o.people_total DESC, id LIMIT 1").rows[0]
    page = run(store, "org_people_ranks", org=group["id"], top=10).rows
    assert [(rankkeys.key(group["id"], r["rank_order"]), r["id"]) for r in page] == [
        (k, p)
        for k, p in sorted(
            ((k, p) for k, p in walked(store) if k.startswith(group["id"] + rankkeys.SEP)),
            key=lambda kp: (-int(kp[0].rsplit(rankkeys.SEP, 1)[1]), _name(store, kp[1]), kp[1]),
        )
    ][:10]


def _name(store: GraphStore, person: str) -> str:
    return str(store.read("MATCH (p:Person {id: $id}) RETURN p.name AS n", {"id": person}).rows[0]["n"])


def test_a_store_written_before_the_keys_gets_them_when_opened_for_writing(seeded: GraphStore) -> None:
    expected = held(seeded)
    seeded.write(
        [
            Batch("MATCH (k:OrgRankKey) DELETE k", [{}]),
            Batch("MATCH (p:Person) SET p.rank_keys = NULL", [{}]),
        ]
    )  # as a store written before the keys existed
    assert rankkeys.stale(seeded)
    assert ensure_rollups(seeded) is True
    assert held(seeded) == expected
    assert_keys_right(seeded)
    assert ensure_rollups(seeded) is False  # nothing left to fill


def test_a_whole_refresh_reads_the_units_above_everyone_a_level_at_a_time_not_a_unit_at_a_time(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_generated(store, 300)
    units = store.read("MATCH (p:Person)-[:WORKS_AT]->(u:Organization) RETURN count(DISTINCT u) AS n").rows[0]["n"]
    assert units > MAX_ORG_DEPTH + 1  # more employers than levels: one read per unit would show
    parents_reads: list[str] = []
    read = store.read

    def counting(cypher: str, *args: Any, **kwargs: Any) -> QueryResult:
        if cypher == orgtree.PARENTS:
            parents_reads.append(cypher)
        return read(cypher, *args, **kwargs)

    def write(batches: list[Batch]) -> None:
        store.write(batches)

    monkeypatch.setattr(store, "read", counting)
    rankkeys.refresh_rank_keys(store, None, write)
    monkeypatch.undo()
    assert 0 < len(parents_reads) <= MAX_ORG_DEPTH
    assert_keys_right(store)


class _Stopped(Exception):
    """The process stopped between two of a refresh's transactions."""


def _stopping_after(store: GraphStore, transactions: int) -> Any:
    """A writer that writes this many transactions, then stops (as a killed fill)."""
    done: list[int] = []

    def write(batches: list[Batch]) -> None:
        if len(done) == transactions:
            raise _Stopped
        store.write(batches)
        done.append(1)

    return write


def _key_ids(store: GraphStore) -> set[str]:
    return {str(r["id"]) for r in store.read("MATCH (k:OrgRankKey) RETURN k.id AS id").rows}


def test_a_whole_fill_stopped_half_way_is_refilled_on_the_next_writable_open(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_generated(store, 300)
    expected = held(store)
    monkeypatch.setattr(rankkeys, "BATCHES_PER_WRITE", 1)  # a transaction a batch: many, as at a million people
    monkeypatch.setattr(rankkeys, "IDS_PER_BATCH", 100)
    store.write([Batch("MATCH (k:OrgRankKey) DELETE k", [{}]), Batch("MATCH (p:Person) SET p.rank_keys = NULL", [{}])])
    with pytest.raises(_Stopped):
        rankkeys.refresh_rank_keys(store, None, _stopping_after(store, 2))
    assert 0 < len(_key_ids(store) - {rankkeys.FILLING}) < len({k for k, _ in expected})  # some keys, not all
    assert rankkeys.stale(store)
    assert ensure_rollups(store) is True
    assert held(store) == expected
    assert_keys_right(store)
    assert rankkeys.FILLING not in _key_ids(store)
    assert ensure_rollups(store) is False


def test_a_later_refresh_stopped_half_way_leaves_the_store_marked_for_a_refill(
    seeded: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rankkeys, "BATCHES_PER_WRITE", 1)
    load_profiles(seeded, [_profile(1, [LI_FANG, WANG_JIANGUO])])
    everyone = {str(r["id"]) for r in seeded.read("MATCH (p:Person) RETURN p.id AS id").rows}
    seeded.write([Batch("MATCH (p:Person) SET p.rank_keys = NULL", [{}])])  # every person's keys to rewrite
    with pytest.raises(_Stopped):
        rankkeys.refresh_rank_keys(seeded, everyone, _stopping_after(seeded, 1))
    assert rankkeys.stale(seeded)
    assert ensure_rollups(seeded) is True
    assert_keys_right(seeded)
    assert not rankkeys.stale(seeded)


def test_a_store_whose_keys_are_complete_is_not_refilled_when_opened_for_writing(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rankkeys, "BATCHES_PER_WRITE", 1)  # the load's whole refresh in many transactions
    load_generated(store, 300)
    assert not rankkeys.stale(store)
    assert rankkeys.FILLING not in _key_ids(store)
    assert ensure_rollups(store) is False


def test_keys_cleared_for_a_repair_are_refilled_whole_on_the_next_writable_open(store: GraphStore) -> None:
    load_generated(store, 300)
    expected = held(store)
    rankkeys.clear_held(store)
    assert held(store) == set()
    assert rankkeys.stale(store)
    assert ensure_rollups(store) is True
    assert held(store) == expected
    assert_keys_right(store)
    assert not rankkeys.stale(store)


# ladybug's error for a column whose string dictionary is corrupt (LadybugDB/ladybug#992)
CORRUPT_DICTIONARY = "query error: Storage exception: String dictionary index is outside the offset table."


def test_an_embedded_store_whose_person_keys_cannot_be_read_gets_them_rebuilt_on_the_next_writable_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = embedded_store(tmp_path / "damaged.lbug")
    load_generated(store, 300)
    expected = held(store)
    damaged = [True]  # until the column is dropped, every read of it fails as on the damaged 1M store
    read, write = store.read, store.write

    def failing_read(cypher: str, *args: Any, **kwargs: Any) -> QueryResult:
        if damaged[0] and "rank_keys" in cypher:
            raise StoreError(CORRUPT_DICTIONARY)
        return read(cypher, *args, **kwargs)

    def watching_write(batches: Any) -> Any:
        batches = list(batches)
        if any("DROP rank_keys" in getattr(b, "cypher", "") for b in batches):
            damaged[0] = False
        return write(batches)

    monkeypatch.setattr(store, "read", failing_read)
    monkeypatch.setattr(store, "write", watching_write)
    assert rankkeys.unreadable(store)
    assert rankkeys.stale(store)
    assert ensure_rollups(store) is True
    assert not damaged[0]
    assert held(store) == expected
    assert_keys_right(store)
    assert not rankkeys.stale(store)
    store.close()
