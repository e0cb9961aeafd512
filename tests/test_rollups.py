"""Roll-up counts on organisations and honour series (graph.rollups) always equal a direct count.

A direct count walks the graph as the named queries do (``PART_OF*0..6`` from every
person); the stored roll-ups must give the same numbers after every kind of write — a load,
a reload, a document removed, two people merged and split again, a bulk load — on the
embedded store and on the real Neo4j server.
"""

from __future__ import annotations

from typing import Any

from graph import conferrals, schema
from graph.bulk import bulk_load
from graph.export import dump
from graph.honour_years import encode_editions
from graph.queries import MAX_ORG_DEPTH, run
from graph.rollups import HIGH_RANK, affected, refresh_rollups
from graph.store import Batch, GraphStore
from loaders import people
from loaders.pipeline import load_files, load_profiles
from loaders.removal import remove_document
from tests.conftest import SAMPLE_PROFILE, numbered_page


def _profile(n: int, persons: list[dict[str, Any]]) -> dict[str, Any]:
    """A small union-paper document stating ``persons`` (its sha256 made from ``n``)."""
    return numbered_page(n, persons)


def _honour(title: str, year: int, sentence: str) -> dict[str, Any]:
    return {"title": title, "year": year, "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}


# a second worker of 九里山矿 with a provincial (中原大工匠, 省部级) and a city honour
LI_FANG = {
    "name": "李芳",
    "gender": "女",
    "born": "1979-08",
    "employers": ["焦煤集团九里山矿"],
    "honors": [
        _honour("中原大工匠", 2022, "九里山矿李芳荣获中原大工匠称号。"),
        _honour("焦作工匠", 2021, "九里山矿李芳获评第三届焦作工匠。"),
    ],
}


# a worker of 九里山矿 whose honour no other document names
WANG_JIANGUO = {
    "name": "王建国",
    "gender": "男",
    "born": "1975-03",
    "employers": ["焦煤集团九里山矿"],
    "honors": [_honour("焦作市五一劳动奖章", 2019, "九里山矿王建国获焦作市五一劳动奖章。")],
}


# per organisation and rank_order: people whose highest honour has it, roll lines (award, series) of it
RANK_FIELDS = tuple(p.name for p in schema.ORG_RANK_ROLLUPS)


def stored(store: GraphStore) -> dict[str, dict[str, Any]]:
    """The roll-ups as stored, by organisation, honour and person id."""
    out: dict[str, dict[str, Any]] = {}
    by_rank = "".join(f", o.{f} AS {f}" for f in RANK_FIELDS)
    for r in store.read(
        "MATCH (o:Organization) RETURN o.id AS id, o.people_total AS people, o.awards_total AS awards, "
        f"o.holders_total AS holders, o.high_total AS high, o.conferred_total AS conferred{by_rank}, "
        "o.conferred_series AS conferred_series"
    ).rows:
        r["conferred_series"] = sorted(r["conferred_series"] or [])  # never written: nothing conferred
        out[r.pop("id")] = r
    for r in store.read("MATCH (p:Person) RETURN p.id AS id, p.top_rank AS top_rank").rows:
        out[r.pop("id")] = r
    for r in store.read(
        "MATCH (h:Honor) RETURN h.id AS id, h.awards_total AS awards, h.recipients_total AS recipients, "
        "h.first_year AS first_year, h.last_year AS last_year, h.edition_recipients AS editions"
    ).rows:
        r["editions"] = sorted(r["editions"] or [])
        out[r.pop("id")] = r
    return out


def direct(store: GraphStore) -> dict[str, dict[str, Any]]:
    """The same numbers counted by walking the graph (here, or by the named queries that still walk)."""
    out: dict[str, dict[str, Any]] = {}
    for r in store.read(
        "MATCH (o:Organization) "
        f"OPTIONAL MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o) "
        "OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award) "
        "RETURN o.id AS id, count(DISTINCT p) AS people, count(DISTINCT a) AS awards"
    ).rows:
        out[r["id"]] = {"people": r["people"], "awards": r["awards"], "holders": 0, "high": 0, "conferred": 0}
        out[r["id"]].update(dict.fromkeys(RANK_FIELDS, 0))
    tops = {
        r["id"]: r["top"]
        for r in store.read(
            "MATCH (p:Person) OPTIONAL MATCH (p)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor) "
            "RETURN p.id AS id, coalesce(max(h.rank_order), 0) AS top"
        ).rows
    }
    for r in store.read(
        f"MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization) "
        "RETURN DISTINCT o.id AS id, p.id AS person"
    ).rows:
        out[r["id"]][f"people_rank{tops[r['person']]}"] += 1
    for r in store.read(
        f"MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization) "
        "WITH DISTINCT o, p MATCH (p)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor) "
        "RETURN o.id AS id, coalesce(h.rank_order, 0) AS rank, count(*) AS n"
    ).rows:
        out[r["id"]][f"awards_rank{r['rank']}"] += r["n"]
    for r in store.read(
        "MATCH (p:Person)-[:RECEIVED]->(:Award) WITH DISTINCT p "
        f"MATCH (p)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization) "
        "RETURN o.id AS id, count(DISTINCT p) AS n"
    ).rows:
        out[r["id"]]["holders"] = r["n"]
    for r in run(store, "org_rank_counts", top=1_000_000).rows:
        if r["rank_order"] >= HIGH_RANK:
            out[r["id"]]["high"] += r["people"]
    for r in run(store, "org_conferred_counts", top=1_000_000).rows:
        out[r["id"]]["conferred"] = r["conferred"]
    series: dict[str, dict[tuple[str, int | None], int]] = {o: {} for o in out}
    for r in store.read(
        f"MATCH (a:Award)-[:CONFERRED_BY]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization) "
        "WITH DISTINCT o, a MATCH (p:Person)-[:RECEIVED]->(a)-[:OF_HONOR]->(h:Honor) "
        "RETURN o.id AS id, h.name AS name, a.year AS year, count(*) AS n"
    ).rows:
        series[r["id"]][(r["name"], r["year"])] = r["n"]
    for o, counts in series.items():
        out[o]["conferred_series"] = sorted(conferrals.encode(counts))
    recipients = {
        r["id"]: r["n"]
        for r in store.read(
            "MATCH (p:Person)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor) RETURN h.id AS id, count(DISTINCT p) AS n"
        ).rows
    }
    editions: dict[str, dict[tuple[int | None, str | None], int]] = {}
    for r in store.read(
        "MATCH (p:Person)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) "
        "RETURN h.id AS id, a.year AS year, a.edition AS edition, count(DISTINCT p) AS n"
    ).rows:
        editions.setdefault(r["id"], {})[(r["year"], r["edition"])] = r["n"]
    for r in store.read(
        "MATCH (h:Honor) OPTIONAL MATCH (h)<-[:OF_HONOR]-(a:Award) "
        "RETURN h.id AS id, count(DISTINCT a) AS awards, min(a.year) AS first_year, max(a.year) AS last_year"
    ).rows:
        out[r["id"]] = {
            "awards": r["awards"],
            "recipients": recipients.get(r["id"], 0),
            "first_year": r["first_year"],
            "last_year": r["last_year"],
            "editions": sorted(encode_editions(editions.get(r["id"], {}))),
        }
    for pid, top in tops.items():
        out[pid] = {"top_rank": top}
    return out


def test_a_load_stores_counts_equal_to_a_direct_count(seeded: GraphStore) -> None:
    assert stored(seeded) == direct(seeded)


def test_the_group_counts_its_mines_people_and_awards(seeded: GraphStore) -> None:
    group = run(seeded, "org_by_name", name="焦煤集团").rows[0]["id"]
    load_profiles(seeded, [_profile(1, [LI_FANG])])
    counts = stored(seeded)[group]
    assert (counts["people"], counts["awards"]) == (2, 10)  # 张伟's eight awards and 李芳's two
    assert stored(seeded) == direct(seeded)


def test_a_second_document_updates_only_what_it_touches_and_stays_exact(seeded: GraphStore) -> None:
    load_profiles(seeded, [_profile(1, [LI_FANG])])
    jz = run(seeded, "honour_by_name", name="焦作工匠").rows[0]["id"]
    assert stored(seeded)[jz]["recipients"] == 2
    assert stored(seeded) == direct(seeded)


def test_reloading_the_same_documents_changes_no_count(seeded: GraphStore) -> None:
    load_profiles(seeded, [_profile(1, [LI_FANG])])
    before = stored(seeded)
    load_files(seeded, [SAMPLE_PROFILE])
    load_profiles(seeded, [_profile(1, [LI_FANG])])
    assert stored(seeded) == before


def test_a_new_version_of_a_document_recounts_what_the_old_one_held(seeded: GraphStore) -> None:
    load_profiles(seeded, [_profile(1, [LI_FANG])])
    moved = {**LI_FANG, "employers": ["焦作市总工会"]}  # the corrected version places her elsewhere
    new_version = _profile(1, [moved])
    new_version["document"]["sha256"] = "f" * 64
    load_profiles(seeded, [new_version])
    group = run(seeded, "org_by_name", name="焦煤集团").rows[0]["id"]
    assert stored(seeded)[group]["people"] == 1
    assert stored(seeded) == direct(seeded)


def test_removing_a_document_takes_its_counts_away(seeded: GraphStore) -> None:
    before = stored(seeded)
    load_profiles(seeded, [_profile(1, [WANG_JIANGUO])])
    assert stored(seeded) != before
    remove_document(seeded, "jiaozuo-daily-1.json")
    assert stored(seeded) == direct(seeded)
    assert stored(seeded) == {k: v for k, v in before.items() if k in stored(seeded)}


def test_affected_names_the_units_above_a_documents_people(seeded: GraphStore) -> None:
    load_profiles(seeded, [_profile(1, [LI_FANG])])
    doc = seeded.read("MATCH (d:Document {source: 'jiaozuo-daily-1.json'}) RETURN d.id AS id").rows[0]["id"]
    touched = affected(seeded, docs=[doc])
    names = {
        r["name"]
        for r in seeded.read(
            "MATCH (o:Organization) WHERE o.id IN $ids RETURN o.name AS name", {"ids": sorted(touched.orgs)}
        ).rows
    }
    assert {"九里山矿", "焦煤集团"} <= names


def test_merging_two_people_and_splitting_them_again_keeps_the_counts_exact(seeded: GraphStore) -> None:
    zhang = run(seeded, "search", q="张伟").rows[0]["id"]
    # the same 张伟 under a unit the graph cannot place, with the 2021 焦作工匠 again
    elsewhere = {
        "name": "张伟",
        "employers": ["机电微创中心"],
        "honors": [_honour("焦作工匠", 2021, "机电微创中心张伟获第三届焦作工匠。")],
    }
    load_profiles(seeded, [_profile(7, [elsewhere])])
    before = stored(seeded)
    other = next(
        r["id"] for r in seeded.read("MATCH (p:Person {name: '张伟'}) RETURN p.id AS id").rows if r["id"] != zhang
    )
    people.merge(seeded, zhang, other)
    jz = run(seeded, "honour_by_name", name="焦作工匠").rows[0]["id"]
    assert stored(seeded)[jz]["recipients"] == 1  # one person now, holding one 2021 焦作工匠
    assert stored(seeded) == direct(seeded)
    people.split(seeded, zhang, other)
    assert stored(seeded) == before == direct(seeded)


def test_a_bulk_loaded_graph_refreshed_whole_or_in_part_matches_a_direct_count(store: GraphStore) -> None:
    from bench.generate import generate

    rows = generate(300, seed=11)
    bulk_load(store, rows.nodes, rows.rels)
    report = refresh_rollups(store)
    assert report.whole_graph and report.orgs == len(rows.nodes["Organization"])
    expected = direct(store)
    assert stored(store) == expected
    # spoil one team's counts and those of every unit above it, and one series' counts
    team = next(r["src"] for r in rows.rels["PART_OF"] if any(q["src"] == r["dst"] for q in rows.rels["PART_OF"]))
    series = sorted(rows.nodes["Honor"])[0]
    store.write(
        [
            Batch(
                "UNWIND $rows AS r MATCH (:Organization {id: r.team})"
                f"-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization) "
                "SET o.people_total = -1, o.awards_total = -1, o.high_total = -1, o.conferred_total = -1, "
                "o.conferred_series = ['1|2020|spoilt']",
                [{"team": team}],
            ),
            Batch(
                "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) "
                "SET h.awards_total = -1, h.edition_recipients = ['1202000000001spoilt']",
                [{"id": series}],
            ),
        ]
    )
    assert stored(store) != expected
    refresh_rollups(store, [team], honour_ids=[series])
    assert stored(store) == expected


def test_rollups_are_left_out_of_exports(seeded: GraphStore) -> None:
    data = dump(seeded)
    assert "people_total" not in data["nodes"]["Organization"][0]
    assert "recipients_total" not in data["nodes"]["Honor"][0]


# --- paged lists: the pages put together are the whole list, and the count says how long it is ---
def _generated(store: GraphStore) -> dict[str, str]:
    """300 generated people with their roll-ups; the busiest group and honour series."""
    from bench.generate import generate

    rows = generate(300, seed=11)
    bulk_load(store, rows.nodes, rows.rels)
    refresh_rollups(store)
    group = store.read("MATCH (o:Organization) RETURN o.id AS id ORDER BY o.people_total DESC, id LIMIT 1").rows
    honour = store.read("MATCH (h:Honor) RETURN h.id AS id ORDER BY h.recipients_total DESC, id LIMIT 1").rows
    return {"org": group[0]["id"], "honor": honour[0]["id"]}


def _pages(store: GraphStore, name: str, key: str, size: int, **params: Any) -> list[Any]:
    out: list[Any] = []
    while True:
        page = run(store, name, skip=len(out), top=size, **params).rows
        out += [r[key] for r in page]
        if len(page) < size:
            return out


def test_an_organisations_people_page_by_page_are_all_its_people(store: GraphStore) -> None:
    org = _generated(store)["org"]
    whole = [r["id"] for r in run(store, "org_people_ranks", org=org).rows]
    assert _pages(store, "org_people_ranks", "id", 7, org=org) == whole
    assert run(store, "org_people_count", org=org).rows[0]["total"] == len(whole) > 7


def test_an_honours_recipients_page_by_page_are_all_its_recipients(store: GraphStore) -> None:
    honor = _generated(store)["honor"]
    whole = [(r["id"], r["year"]) for r in run(store, "honour_recipients", honor=honor).rows]
    paged = _pages(store, "honour_recipients", "id", 5, honor=honor)
    assert paged == [person for person, _ in whole]
    assert run(store, "honour_recipients_count", honor=honor).rows[0]["total"] == len(whole) > 5


def test_an_honour_roll_page_by_page_is_the_whole_roll(store: GraphStore) -> None:
    org = _generated(store)["org"]
    whole = [r["award"] for r in run(store, "honour_roll", org=org).rows]
    assert _pages(store, "honour_roll", "award", 11, org=org) == whole
    counted = run(store, "honour_roll_count", org=org).rows[0]
    assert counted["lines"] == len(whole) > 11


def test_the_honour_series_page_by_page_are_every_series_with_awards(store: GraphStore) -> None:
    _generated(store)
    paged = _pages(store, "honour_list", "id", 13)
    with_awards = {r["id"] for r in run(store, "honours", top=100_000).rows if r["awards"]}
    assert sorted(paged) == sorted(with_awards) and len(set(paged)) == len(paged)
    assert run(store, "honour_list_count").rows[0]["total"] == len(with_awards) > 13


def test_the_top_level_organisations_page_by_page_are_every_root(store: GraphStore) -> None:
    _generated(store)
    roots: list[str] = []
    while True:
        page = {r["root"] for r in run(store, "org_roots", active=False, skip=len(roots), top=4).rows}
        roots += sorted(page)
        if len(page) < 4:
            break
    parents = {r["id"] for r in store.read("MATCH (o:Organization)-[:PART_OF]->(:Organization) RETURN o.id AS id").rows}
    every = {r["id"] for r in store.read("MATCH (o:Organization) RETURN o.id AS id").rows} - parents
    assert sorted(roots) == sorted(every) and len(set(roots)) == len(roots)
    assert run(store, "org_roots_count", active=False).rows[0]["total"] == len(every)


def test_what_an_organisation_conferred_page_by_page_is_every_award_it_conferred(store: GraphStore) -> None:
    _generated(store)
    body = run(store, "org_conferred_counts").rows[0]  # the body that conferred most, counted by walking
    paged = _pages(store, "org_conferred", "award", 9, org=body["id"])
    assert len(paged) == len(set(paged)) == body["conferred"] > 9
    assert run(store, "org_summary", org=body["id"]).rows[0]["conferred"] == body["conferred"]


def load_namesake_elsewhere(store: GraphStore, zhang: str) -> str:
    """The same 张伟 under a unit the graph cannot place, a national model worker, loaded as a second
    person beside ``zhang``; his id."""
    elsewhere = {
        "name": "张伟",
        "employers": ["机电微创中心"],
        "honors": [_honour("全国劳动模范", 2020, "机电微创中心张伟被授予全国劳动模范称号。")],
    }
    load_profiles(store, [_profile(7, [elsewhere])])
    rows = store.read("MATCH (p:Person {name: '张伟'}) RETURN p.id AS id").rows
    return next(r["id"] for r in rows if r["id"] != zhang)
