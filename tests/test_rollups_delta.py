"""After any sequence of loads, new versions, merges and removals the stored roll-ups equal a whole
recount (``refresh_rollups(store)``), and a load's exact differences (``graph.rollups.LoadChanges``:
the rows it added, the ranks and years it changed) added to the counts right before it give that
same recount — on the embedded store and on the real Neo4j server.

The documents are drawn at random (seeded) from one pool: people of 焦煤集团's mines and teams
who appear in several documents, some with two employers under one group, units first named
without their group and later placed under it, honours from national to enterprise level.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import pytest

from graph import schema
from graph.rollups import ADDED, HIGH_RANK, UPDATED, LoadChanges, refresh_rollups
from graph.store import Batch, GraphStore
from loaders import people
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile
from loaders.removal import remove_document
from tests.test_rollups import RANK_FIELDS, stored

# name, born, the units they may be named with (a mine alone, a team under it, a unit under another group)
POOL = (
    ("张伟", "1972-03", ("焦煤集团九里山矿机电运转队", "焦煤集团九里山矿")),
    ("李芳", "1979-08", ("九里山矿综采一队", "焦煤集团九里山矿综采一队")),
    ("王建国", "1975-03", ("焦煤集团演马庄矿掘进二队", "焦煤集团")),
    ("赵丽", "1983-11", ("焦煤集团演马庄矿", "焦作市总工会")),
    ("刘洋", "1988-06", ("河南能源集团古汉山矿运输队", "古汉山矿运输队")),
    ("陈静", "1990-01", ("焦作市第二人民医院", "焦煤集团中马村矿机电运转队")),
)
# title, level, the bodies that may be named as conferring it (some of them units of the pool)
HONOURS = (
    ("全国五一劳动奖章", "国家", ("中华全国总工会",)),
    ("河南省劳动模范", "省", ("河南省人民政府",)),
    ("焦作工匠", "市", ("焦作市总工会", "焦作市人力资源和社会保障局")),
    ("焦作市五一劳动奖章", "市", ("焦作市总工会",)),
    ("焦煤集团劳动模范", "企业", ("焦煤集团", "焦煤集团九里山矿")),
)


def _honour(title: str, level: str, year: int, unit: str, name: str, by: list[str] | None = None) -> dict[str, Any]:
    sentence = f"{unit}{name}荣获{''.join(by or [])}授予的{year}年{title}称号。"
    honour = {"title": title, "level": level, "year": year}
    return {**honour, "conferred_by": by or [], "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}


def _page(n: int, persons: list[dict[str, Any]], source: str | None = None, sha: str | None = None) -> dict[str, Any]:
    return normalise_profile(
        {
            "document": {
                "title": f"焦作日报 第{n}期",
                "source": source or f"jiaozuo-daily-{n}.json",
                "sha256": sha or f"{n:016x}" + "0" * 48,
                "date": "2023-05",
            },
            "people": persons,
        }
    )


def _document(rng: random.Random, n: int, source: str | None = None) -> dict[str, Any]:
    """A newspaper page naming two to four people of the pool, each with one or two units and
    honours, the conferring bodies named or not."""
    persons = []
    for name, born, units in rng.sample(POOL, rng.randint(2, 4)):
        employers = rng.sample(units, rng.randint(1, 2))
        honours = [
            _honour(title, level, rng.randint(2015, 2023), employers[0], name, rng.sample(bodies, rng.randint(0, 1)))
            for title, level, bodies in rng.sample(HONOURS, rng.randint(1, 2))
        ]
        persons.append({"name": name, "born": born, "employers": employers, "honors": honours})
    return _page(n, persons, source, f"{n:016x}{rng.getrandbits(64):016x}" + "0" * 32)


def recount(store: GraphStore) -> dict[str, dict[str, Any]]:
    """The counts a whole recount stores."""
    refresh_rollups(store)
    return stored(store)


@dataclass
class Before:
    """The graph's rows and roll-ups right before a load: what the load's diff compares against."""

    nodes: dict[str, dict[str, Any]]  # label → id → the property the roll-ups read (rank, year) or None
    rels: dict[str, set[tuple[Any, ...]]]  # type → (src, dst, doc …) as the load's diff keys them
    counts: dict[str, dict[str, Any]]

    @classmethod
    def take(cls, store: GraphStore) -> Before:
        prop = {"Person": "id", "Organization": "id", "Award": "year", "Honor": "rank_order"}
        nodes = {
            label: {r["id"]: r["v"] for r in store.read(f"MATCH (n:{label}) RETURN n.id AS id, n.{p} AS v").rows}
            for label, p in prop.items()
        }
        rels: dict[str, set[tuple[Any, ...]]] = {}
        for t in ("WORKS_AT", "PART_OF", "RECEIVED", "OF_HONOR", "CONFERRED_BY"):
            merge_on = schema.rel(t).merge_on
            cols = "".join(f", e.{k} AS {k}" for k in merge_on)
            rows = store.read(f"MATCH (a)-[e:{t}]->(b) RETURN a.id AS src, b.id AS dst{cols}").rows
            rels[t] = {(r["src"], r["dst"], *((r[k] or "") for k in merge_on)) for r in rows}
        return cls(nodes, rels, stored(store))

    def changes_since(self, store: GraphStore) -> LoadChanges:
        """What a load's diff notes: rows that are new, and the former rank or year of those it updated."""
        after = Before.take(store)
        nodes: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for label, now in after.nodes.items():
            for nid in now:
                if nid not in self.nodes[label]:
                    nodes[(label, nid)] = (ADDED, {})
                elif label in ("Award", "Honor"):
                    key = "year" if label == "Award" else "rank_order"
                    nodes[(label, nid)] = (UPDATED, {key: self.nodes[label][nid]})
        rels: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        for t, identities in after.rels.items():
            for src, dst, *merged in identities - self.rels[t]:
                row = {"type": t, "src": src, "dst": dst, **dict(zip(schema.rel(t).merge_on, merged, strict=True))}
                rels.append((ADDED, row, {}))
        changes = LoadChanges()
        changes.note(nodes, rels)
        return changes

    def put_counts_back(self, store: GraphStore) -> None:
        """Store the roll-ups as they were before the load (none on what it added)."""
        orgs, honours = [], []
        for nid in self.nodes["Organization"]:
            orgs.append({"id": nid, **self.counts[nid]})
        for nid in self.nodes["Honor"]:
            honours.append({"id": nid, **self.counts[nid]})
        tops = [{"id": nid, "top": self.counts[nid]["top_rank"]} for nid in self.nodes["Person"]]
        listed = [
            {"id": nid, "series": self.counts[nid]["conferred_series"]}
            for nid in self.nodes["Organization"]
            if self.counts[nid]["conferred_series"]
        ]
        by_rank = "".join(f", o.{f} = NULL" for f in RANK_FIELDS)
        set_by_rank = "".join(f", o.{f} = r.{f}" for f in RANK_FIELDS)
        store.write(
            [
                Batch(
                    "MATCH (o:Organization) SET o.people_total = NULL, o.awards_total = NULL, "
                    f"o.holders_total = NULL, o.high_total = NULL, o.conferred_total = NULL{by_rank}, "
                    "o.conferred_series = NULL",
                    [{}],
                ),
                Batch("MATCH (p:Person) SET p.top_rank = NULL", [{}]),
                *(
                    [Batch("UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.top_rank = r.top", tops)]
                    if tops
                    else []
                ),
                Batch(
                    "MATCH (h:Honor) SET h.awards_total = NULL, h.recipients_total = NULL, "
                    "h.first_year = NULL, h.last_year = NULL",
                    [{}],
                ),
                Batch(
                    "UNWIND $rows AS r MATCH (o:Organization {id: r.id}) SET o.people_total = r.people, "
                    "o.awards_total = r.awards, o.holders_total = r.holders, o.high_total = r.high, "
                    f"o.conferred_total = r.conferred{set_by_rank}",
                    orgs,
                ),
                *(  # each organisation's conferral rows per series and year (none written: nothing conferred)
                    [
                        Batch(
                            "UNWIND $rows AS r MATCH (o:Organization {id: r.id}) SET o.conferred_series = r.series",
                            listed,
                        )
                    ]
                    if listed
                    else []
                ),
                Batch(
                    "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.awards_total = r.awards, "
                    "h.recipients_total = r.recipients, h.first_year = r.first_year, h.last_year = r.last_year",
                    honours,
                ),
            ]
        )


def added_by_differences(store: GraphStore, profile: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Load ``profile``; return the counts its exact differences give (added to those before
    it) and the counts of a whole recount."""
    before = Before.take(store)
    load_profiles(store, [profile])
    expected = recount(store)
    before.put_counts_back(store)
    refresh_rollups(store, changes=before.changes_since(store))
    return stored(store), expected


@pytest.mark.parametrize("seed", [3, 17, 2024])
def test_each_loads_exact_differences_give_a_whole_recount(store: GraphStore, seed: int) -> None:
    rng = random.Random(seed)
    for n in range(1, 5):
        by_differences, expected = added_by_differences(store, _document(rng, n))
        assert by_differences == expected


def test_a_unit_later_placed_under_its_group_is_recounted_with_the_group(store: GraphStore) -> None:
    li: dict[str, Any] = {"name": "李芳", "born": "1979-08", "employers": ["九里山矿综采一队"]}
    li["honors"] = [_honour("焦作工匠", "市", 2021, "九里山矿综采一队", "李芳", ["焦作市总工会"])]
    load_profiles(store, [_page(1, [li])])
    placed = {**li, "employers": ["焦煤集团九里山矿综采一队"]}  # the same mine, now under its group
    by_differences, expected = added_by_differences(store, _page(2, [placed]))
    assert by_differences == expected
    group = store.read("MATCH (o:Organization {name: '焦煤集团'}) RETURN o.id AS id").rows[0]["id"]
    assert expected[group]["people"] == 1


def test_a_known_person_with_a_second_unit_and_conferrer_in_the_same_group_counts_once_there(
    store: GraphStore,
) -> None:
    unit = "焦煤集团九里山矿机电运转队"
    zhang: dict[str, Any] = {"name": "张伟", "born": "1972-03", "employers": [unit]}
    zhang["honors"] = [
        _honour("河南省劳动模范", "省", 2020, unit, "张伟"),
        _honour("焦煤集团劳动模范", "企业", 2019, unit, "张伟", ["焦煤集团九里山矿"]),
    ]
    load_profiles(store, [_page(1, [zhang])])
    again: dict[str, Any] = {**zhang, "employers": ["焦煤集团九里山矿"]}  # the mine itself, above his team
    again["honors"] = [
        _honour("焦煤集团劳动模范", "企业", 2019, "焦煤集团九里山矿", "张伟", ["焦煤集团", "焦作市总工会"]),
        _honour("焦作工匠", "市", 2021, "焦煤集团九里山矿", "张伟", ["焦煤集团"]),
    ]
    by_differences, expected = added_by_differences(store, _page(2, [again]))
    assert by_differences == expected
    named = {r["name"]: r["id"] for r in store.read("MATCH (o:Organization) RETURN o.name AS name, o.id AS id").rows}
    mine, group, union = expected[named["九里山矿"]], expected[named["焦煤集团"]], expected[named["焦作市总工会"]]
    assert (mine["people"], mine["awards"], group["people"], group["conferred"], union["conferred"]) == (1, 3, 1, 2, 1)


def test_a_series_raised_to_provincial_rank_and_a_redated_award_are_counted_exactly(store: GraphStore) -> None:
    unit = "焦煤集团九里山矿机电运转队"
    zhang: dict[str, Any] = {"name": "张伟", "born": "1972-03", "employers": [unit]}
    zhang["honors"] = [
        _honour("焦作工匠", "市", 2021, unit, "张伟"),
        _honour("河南省劳动模范", "省", 2020, unit, "张伟"),
    ]
    li: dict[str, Any] = {"name": "李芳", "born": "1979-08", "employers": ["焦煤集团九里山矿综采一队"]}
    li["honors"] = [_honour("焦作工匠", "市", 2019, "焦煤集团九里山矿综采一队", "李芳")]
    load_profiles(store, [_page(1, [zhang, li])])
    before = Before.take(store)
    store.write(  # as a later source would: 焦作工匠 ranked 省部级, the provincial award dated 2018
        [
            Batch(
                "UNWIND $rows AS r MATCH (h:Honor {name: r.name}) SET h.rank_order = r.rank",
                [{"name": "焦作工匠", "rank": HIGH_RANK}],
            ),
            Batch(
                "UNWIND $rows AS r MATCH (a:Award)-[:OF_HONOR]->(:Honor {name: r.name}) SET a.year = r.year",
                [{"name": "河南省劳动模范", "year": 2018}],
            ),
        ]
    )
    expected = recount(store)
    before.put_counts_back(store)
    refresh_rollups(store, changes=before.changes_since(store))
    assert stored(store) == expected != before.counts
    mine = store.read("MATCH (o:Organization {name: '九里山矿'}) RETURN o.id AS id").rows[0]["id"]
    assert expected[mine]["high"] == 2  # both now hold an honour of 省部级 rank


def test_after_loads_a_new_version_a_merge_and_a_removal_the_counts_are_a_whole_recount(store: GraphStore) -> None:
    rng = random.Random(11)
    pages = [_document(rng, n) for n in range(1, 4)]
    for page in pages:
        load_profiles(store, [page])
        assert stored(store) == recount(store)
    corrected = _document(rng, 9, source=pages[0]["document"]["source"])  # a new version of the first page
    load_profiles(store, [corrected])
    assert stored(store) == recount(store)
    two = [r["id"] for r in store.read("MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 2").rows]
    people.merge(store, two[0], two[1])  # an editor decides two people are one
    assert stored(store) == recount(store)
    remove_document(store, pages[1]["document"]["source"])
    assert stored(store) == recount(store)
