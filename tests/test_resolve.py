"""Entity resolution: one person, one node — and namesakes stay apart.

Store tests run on the embedded store and on the real Neo4j server; the scorer's unit
tests need no store.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from graph import export
from graph.errors import InputError
from graph.store import GraphStore
from loaders import people
from loaders.pipeline import load_files, load_profiles
from loaders.resolve import PersonRecord, compare, decide, weights
from tests.conftest import SAMPLE_PROFILE, numbered_page

JIUS = (("o-jls", "九里山矿"), ("o-jm", "焦煤集团"), ("o-hn", "河南能源化工集团"))


def profile(n: int, persons: list[dict[str, Any]], source: str | None = None) -> dict[str, Any]:
    """A small document (its sha256 made from ``n``) stating ``persons``."""
    return numbered_page(n, persons, source=source)


def honour(title: str, year: int, sentence: str) -> dict[str, Any]:
    return {"title": title, "year": year, "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)}}


def persons_named(store: GraphStore, name: str) -> list[dict[str, Any]]:
    return store.read(
        "MATCH (p:Person {name: $name}) OPTIONAL MATCH (p)-[:EVIDENCED_BY]->(d:Document) "
        "RETURN p.id AS id, collect(DISTINCT d.id) AS docs ORDER BY id",
        {"name": name},
    ).rows


def dump(store: GraphStore) -> str:
    return export.to_json(export.dump(store))


def content(store: GraphStore) -> str:
    """The dump without the load stamp (``Document.loaded_at``): for comparing two separate loads."""
    data = export.dump(store)
    for d in data["nodes"]["Document"]:
        d.pop("loaded_at", None)
    return export.to_json(data)


ZHANG_AT_MINE = {
    "name": "张伟",
    "employers": ["焦煤集团九里山矿"],
    "born": "1980-02",
    "honors": [honour("焦作工匠", 2021, "2021年，张伟获评第三届焦作工匠。")],
}


# --- the store ------------------------------------------------------------------------------
def test_the_same_zhang_wei_under_two_organisation_strings_is_one_person_with_both_sources(store: GraphStore) -> None:
    other_spelling = {
        "name": "张伟",
        "employers": ["河南能源焦煤公司九里山矿"],
        "honors": [honour("焦作工匠", 2021, "河南能源焦煤公司九里山矿张伟获得焦作工匠称号。")],
    }
    load_profiles(store, [profile(1, [ZHANG_AT_MINE]), profile(2, [other_spelling])])
    [zhang] = persons_named(store, "张伟")
    assert sorted(zhang["docs"]) == ["doc-0000000000000001", "doc-0000000000000002"]
    awards = store.read(
        "MATCH (:Person {id: $id})-[:RECEIVED]->(a:Award)-[:EVIDENCED_BY]->(d:Document) "
        "RETURN a.id AS award, count(DISTINCT d) AS docs",
        {"id": zhang["id"]},
    ).rows
    assert len(awards) == 1 and awards[0]["docs"] == 2


def test_a_zhang_wei_named_at_the_group_joins_the_one_at_its_mine_with_the_reasons(store: GraphStore) -> None:
    at_group = {"name": "张伟", "employers": ["焦煤集团"], "born": "1980-02"}
    report = load_profiles(store, [profile(1, [ZHANG_AT_MINE]), profile(2, [at_group])])
    assert len(persons_named(store, "张伟")) == 1
    decision = report.decisions[1]
    assert decision["action"] == "merge"
    codes = [r.split(":")[0] for r in decision["reasons"]]
    assert codes == ["name_match", "common_name", "org_hierarchy", "born_same_month"]
    assert "九里山矿⊂焦煤集团" in decision["reasons"][2]


def test_a_zhang_wei_of_another_company_and_province_stays_apart(store: GraphStore) -> None:
    henan = {**ZHANG_AT_MINE, "employers": ["河南能源焦煤公司九里山矿"]}
    shanxi = {"name": "张伟", "employers": ["山西焦煤集团西山煤电公司"]}
    report = load_profiles(store, [profile(1, [henan]), profile(2, [shanxi])])
    assert len(persons_named(store, "张伟")) == 2
    assert report.decisions[1]["action"] == "new"
    assert any(r.startswith("org_other_province") for r in report.decisions[1]["reasons"])


def test_two_wang_lei_in_one_list_with_different_units_stay_two_and_a_reload_changes_nothing(
    store: GraphStore,
) -> None:
    wang = [
        {"name": "王磊", "employers": ["焦煤集团九里山矿"]},
        {"name": "王磊", "employers": ["焦煤集团古汉山矿"]},
    ]
    load_profiles(store, [profile(1, wang)])
    first = dump(store)
    report = load_profiles(store, [profile(1, wang)])
    assert len(persons_named(store, "王磊")) == 2
    assert dump(store) == first
    assert report.people_by_action()["same"] == 2 and report.facts_added == 0


def test_a_person_first_seen_without_an_employer_joins_when_a_later_document_names_one(store: GraphStore) -> None:
    bare = {"name": "郜卫东", "employers": [], "honors": [honour("焦作工匠", 2022, "郜卫东获评焦作工匠。")]}
    placed = {"name": "郜卫东", "employers": ["焦煤集团九里山矿"]}
    report = load_profiles(store, [profile(1, [bare]), profile(2, [placed])])
    [gao] = persons_named(store, "郜卫东")
    assert len(gao["docs"]) == 2 and report.decisions[1]["action"] == "merge"
    works = store.read("MATCH (:Person {id: $id})-[:WORKS_AT]->(o) RETURN o.name AS org", {"id": gao["id"]}).rows
    assert works == [{"org": "九里山矿"}]


def test_with_two_candidates_a_person_without_distinguishing_facts_goes_to_review(store: GraphStore) -> None:
    bare = {"name": "郜卫东", "employers": [], "born": "1975"}
    elsewhere = {"name": "郜卫东", "employers": ["郑州煤矿机械集团"], "born": "1969"}
    placed = {"name": "郜卫东", "employers": ["焦煤集团九里山矿"]}
    load_profiles(store, [profile(1, [bare]), profile(2, [elsewhere])])
    report = load_profiles(store, [profile(3, [placed])])
    assert report.decisions[0]["action"] == "review"
    assert len(persons_named(store, "郜卫东")) == 3
    [item] = people.review_items(store)
    bare_id = next(p["id"] for p in persons_named(store, "郜卫东") if p["docs"] == ["doc-0000000000000001"])
    assert item["person_a"] == bare_id and item["status"] == "pending"
    assert any(r.startswith("other_candidates") for r in item["reasons"])


def test_a_review_item_merged_then_split_restores_the_graph_exactly(store: GraphStore) -> None:
    load_files(store, [SAMPLE_PROFILE])
    zhang = persons_named(store, "张伟")[0]["id"]
    # the same 张伟 under a unit the graph cannot place, with the 2021 焦作工匠 again
    elsewhere = {
        "name": "张伟",
        "employers": ["机电微创中心"],
        "honors": [honour("焦作工匠", 2021, "机电微创中心张伟获第三届焦作工匠。")],
    }
    load_profiles(store, [profile(7, [elsewhere])])
    before = dump(store)
    other = next(p["id"] for p in persons_named(store, "张伟") if p["id"] != zhang)
    result = people.merge(store, zhang, other)
    assert len(persons_named(store, "张伟")) == 1 and result.moved > 0
    assert dump(store) != before
    people.split(store, zhang, other)
    assert dump(store) == before


def test_after_a_merge_reloading_the_absorbed_persons_document_changes_nothing(store: GraphStore) -> None:
    bare = {"name": "张伟", "employers": [], "honors": [honour("最美劳动者", 2023, "张伟获评最美劳动者。")]}
    load_profiles(store, [profile(1, [ZHANG_AT_MINE]), profile(2, [bare])])
    a, b = (p["id"] for p in persons_named(store, "张伟"))
    people.merge(store, a, b)
    merged = dump(store)
    report = load_profiles(store, [profile(2, [bare])])
    assert dump(store) == merged and report.people_by_action()["same"] == 1


def test_a_merge_made_by_a_load_is_recorded_and_split_gives_the_graph_a_separate_load_makes(
    store: GraphStore,
) -> None:
    at_group = {
        "name": "张伟",
        "employers": ["焦煤集团"],
        "born": "1980-02",
        "honors": [
            honour("焦作工匠", 2021, "焦煤集团张伟获评焦作工匠。"),
            honour("中原大工匠", 2022, "张伟获评中原大工匠。"),
        ],
    }
    load_profiles(store, [profile(1, [ZHANG_AT_MINE]), profile(2, [at_group])])
    [record] = people.merge_records(store)
    assert record["reasons"][0] == "name_match:+4:张伟" and record["score"] >= weights().merge_at
    people.split(store, record["kept"], record["absorbed"])
    after_split = content(store)
    store.clear()
    load_profiles(store, [profile(1, [ZHANG_AT_MINE])])
    load_profiles(store, [profile(2, [at_group])], keep_apart={"张伟"})
    assert content(store) == after_split
    assert len(persons_named(store, "张伟")) == 2 and people.merge_records(store) == []


def test_keep_separate_closes_the_review_item_and_a_reload_does_not_reopen_it(store: GraphStore) -> None:
    load_profiles(store, [profile(1, [{"name": "郜卫东", "employers": [], "born": "1975"}])])
    load_profiles(store, [profile(2, [{"name": "郜卫东", "employers": ["郑州煤矿机械集团"], "born": "1969"}])])
    placed = profile(3, [{"name": "郜卫东", "employers": ["焦煤集团九里山矿"]}])
    load_profiles(store, [placed])
    [item] = people.review_items(store)
    people.keep_separate(store, item["person_a"], item["person_b"])
    load_profiles(store, [placed])
    assert people.review_items(store) == []
    assert [i["status"] for i in people.review_items(store, status="")] == ["separate"]
    with pytest.raises(InputError, match="different people"):
        people.merge(store, item["person_a"], item["person_b"])


def test_a_dry_run_of_a_document_names_the_match_without_writing(store: GraphStore) -> None:
    load_profiles(store, [profile(1, [ZHANG_AT_MINE])])
    before = dump(store)
    at_group = {"name": "张伟", "employers": ["焦煤集团"], "born": "1980-02"}
    report = load_profiles(store, [profile(2, [at_group])], dry_run=True)
    assert dump(store) == before
    [d] = report.decisions
    assert d["action"] == "merge" and d["candidate_names"][d["candidate"]] == "张伟（九里山矿）"


# --- the scorer -------------------------------------------------------------------------------
def rec(pid: str, name: str = "张伟", **kw: Any) -> PersonRecord:
    return PersonRecord(id=pid, name=name, keys=[pid], **kw)


def test_the_weights_file_sets_thresholds_with_merge_above_review() -> None:
    w = weights()
    assert w.merge_at > w.review_at
    assert w["org_other_province"] < w["org_unrelated"] < 0 < w["org_related"] < w["org_hierarchy"] < w["org_same"]
    assert "张伟" in w.common_names and "郜卫东" not in w.common_names


def test_a_common_name_at_the_same_mine_with_the_same_birth_month_scores_as_certain() -> None:
    w = weights()
    c = compare(rec("p-1", orgs=[JIUS], born="1980-02"), rec("p-2", orgs=[JIUS[:1]], born="1980-02"), candidates=1, w=w)
    assert c.texts() == [
        "name_match:+4:张伟",
        "common_name:-3:张伟",
        "org_same:+6:九里山矿",
        "born_same_month:+5:1980-02",
    ]
    assert c.score == 12.0


def test_different_birth_years_outweigh_the_same_organisation() -> None:
    w = weights()
    c = compare(rec("p-1", orgs=[JIUS], born="1980"), rec("p-2", orgs=[JIUS], born="1986-03"), candidates=1, w=w)
    assert c.score < w.review_at and c.reasons[-1].code == "born_differs"


def test_two_mentions_in_one_document_are_never_one_person() -> None:
    w = weights()
    c = compare(rec("p-1", docs={"doc-1"}), rec("p-2", docs={"doc-1"}), candidates=1, w=w)
    assert c.score == float("-inf") and c.reasons[-1].code == "same_document"


def test_a_shared_honour_of_the_same_year_and_a_shared_post_count_once_each() -> None:
    w = weights()
    honours = {("焦作工匠", 2021), ("中原大工匠", 2022)}
    c = compare(
        rec("p-1", name="郜卫东", honours=honours, posts={"队长", "班长"}),
        rec("p-2", name="郜卫东", honours=honours, posts={"队长", "班长"}),
        candidates=1,
        w=w,
    )
    assert [r.code for r in c.reasons] == ["name_match", "honour_shared", "post_shared"]
    assert c.score == w["name_match"] + w["honour_shared"] + w["post_shared"]


def test_sibling_units_of_one_group_are_weak_evidence_and_unrelated_bodies_count_against() -> None:
    w = weights()
    guhanshan = (("o-ghs", "古汉山矿"), ("o-jm", "焦煤集团"))
    zhengzhou = (("o-zz", "郑州煤矿机械集团"),)
    mine = rec("p-1", orgs=[JIUS])
    assert compare(mine, rec("p-2", orgs=[guhanshan]), candidates=1, w=w).reasons[-1].code == "org_related"
    unrelated = compare(rec("p-1", orgs=[(("o-x", "修武县总工会"),)]), rec("p-2", orgs=[zhengzhou]), candidates=1, w=w)
    assert unrelated.reasons[-1].code == "org_unrelated"


def test_two_certain_candidates_go_to_review_rather_than_a_guess() -> None:
    w = weights()
    mention = rec("p-new", name="郜卫东", orgs=[JIUS])
    d = decide(mention, [rec("p-1", name="郜卫东", orgs=[JIUS]), rec("p-2", name="郜卫东", orgs=[JIUS])], w)
    assert d.action == "review" and {c for c, _, _ in d.review} == {"p-1", "p-2"}
    assert d.reasons[-1].startswith("ambiguous")


def test_a_known_mention_key_lands_on_its_node_without_scoring() -> None:
    d = decide(rec("p-9", name="郜卫东"), [PersonRecord(id="p-1", name="郜卫东", keys=["p-1", "p-9"])], weights())
    assert (d.action, d.person_id, d.reasons) == ("same", "p-1", [])


def test_decisions_serialise_to_json() -> None:
    d = decide(rec("p-new", name="郜卫东", docs={"doc-2"}), [rec("p-1", name="郜卫东", docs={"doc-1"})], weights())
    assert json.loads(json.dumps(d.as_dict()))["action"] == "merge"


def test_the_cli_merges_splits_and_keeps_people_separate(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from graph.store_ladybug import LadybugStore
    from laomo.cli import main

    db = str(tmp_path / "people.lbug")
    store = LadybugStore(db)
    store.ensure_schema()
    load_profiles(store, [profile(1, [{"name": "郜卫东", "employers": [], "born": "1975"}])])
    load_profiles(store, [profile(2, [{"name": "郜卫东", "employers": ["郑州煤矿机械集团"], "born": "1969"}])])
    a, b = (p["id"] for p in persons_named(store, "郜卫东"))
    before = dump(store)
    store.close()
    assert main(["people", "merge", a, b, "--db", db]) == 0
    assert f"laomo people split {a} {b}" in capsys.readouterr().out
    assert main(["people", "split", a, b, "--db", db]) == 0
    assert main(["people", "keep-separate", a, b, "--db", db]) == 0
    assert main(["people", "merge", a, b, "--db", db]) == 2  # they were marked as different people
    capsys.readouterr()
    assert main(["people", "review", "--all", "--format", "json", "--db", db]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["status"] == "separate" and {item["person_a"], item["person_b"]} == {a, b}
    store = LadybugStore(db, read_only=True)
    try:
        after, expected = json.loads(dump(store)), json.loads(before)
        assert after["nodes"].pop("ReviewItem") and not expected["nodes"].pop("ReviewItem")
        assert after == expected  # merge, split: as before, plus the editor's decision
    finally:
        store.close()


def test_a_document_read_again_differently_never_merges_a_person_into_one_it_already_names(store: GraphStore) -> None:
    load_profiles(store, [profile(41, [ZHANG_AT_MINE])])
    reread = dict(ZHANG_AT_MINE, employers=["焦煤集团"])  # the same page, read with the group for the mine
    report = load_profiles(store, [profile(41, [reread])])
    [decision] = report.decisions
    assert decision["action"] == "new" and any(r.startswith("same_document") for r in decision["reasons"])
    assert len(persons_named(store, "张伟")) == 2
