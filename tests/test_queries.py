"""Every named query, on both stores, against the seed page's sample profile."""

from __future__ import annotations

import pytest

from graph import queries
from graph.errors import InputError
from graph.queries import run
from graph.store import GraphStore
from tests.conftest import person_id


def _honour(store: GraphStore, name: str) -> str:
    return run(store, "honour_by_name", name=name).rows[0]["id"]


def _org(store: GraphStore, name: str) -> str:
    return run(store, "org_by_name", name=name).rows[0]["id"]


def test_every_query_documents_the_question_it_answers() -> None:
    for nq in queries.REGISTRY.values():
        assert nq.question.endswith("?") or "?" in nq.question, nq.name
        assert nq.title_zh, nq.name


def test_an_unknown_query_or_parameter_is_an_input_error(seeded: GraphStore) -> None:
    with pytest.raises(InputError):
        run(seeded, "no_such_query")
    with pytest.raises(InputError):
        run(seeded, "person_profile", nobody="x")


def test_timeline_lists_dated_honours_in_year_order_then_undated(seeded: GraphStore) -> None:
    rows = run(seeded, "honour_timeline", person=person_id(seeded, "张伟")).rows
    dated = [(r["year"], r["honor"]) for r in rows if r["dated"]]
    assert dated == [(2019, "全国煤炭行业技能大师"), (2020, "焦煤集团大工匠"), (2021, "焦作工匠"), (2022, "中原大工匠")]
    undated = {r["honor"] for r in rows if not r["dated"]}
    assert undated == {"优秀员工", "先进工作者", "创新标兵", "劳动模范"}
    assert [r["dated"] for r in rows] == sorted((r["dated"] for r in rows), reverse=True)


def test_timeline_carries_edition_and_conferring_bodies(seeded: GraphStore) -> None:
    rows = run(seeded, "honour_timeline", person=person_id(seeded, "张伟")).rows
    jz = next(r for r in rows if r["honor"] == "焦作工匠")
    assert jz["edition"] == "第三届" and jz["raw"] == "第三屆焦作工匠"
    assert sorted(jz["conferred_by"]) == sorted(["焦作市总工会", "焦作市人力资源和社会保障局"])


def test_profile_shows_employer_and_birth(seeded: GraphStore) -> None:
    row = run(seeded, "person_profile", person=person_id(seeded, "张伟")).rows[0]
    assert row["born"] == "1980-02" and row["gender"] == "男" and row["employers"] == ["九里山矿"]


def test_positions_are_listed_with_organisation_and_year(seeded: GraphStore) -> None:
    rows = run(seeded, "person_positions", person=person_id(seeded, "张伟")).rows
    committee = next(r for r in rows if r["title"] == "委员")
    assert committee["start"] == 2018 and committee["org"].endswith("高级技师评审委员会")
    assert rows[-1]["start"] is None  # 队长, undated, listed last


def test_organisation_chain_goes_team_mine_group(seeded: GraphStore) -> None:
    rows = run(seeded, "org_chain", org=_org(seeded, "机电运转队")).rows
    assert [r["name"] for r in rows] == ["九里山矿", "焦煤集团"]


def test_people_of_an_organisation_tree_include_sub_units(seeded: GraphStore) -> None:
    names = {r["name"] for r in run(seeded, "org_tree_people", org=_org(seeded, "焦煤集团")).rows}
    assert names == {"张伟"}


def test_everything_an_organisation_conferred_is_one_query(seeded: GraphStore) -> None:
    rows = run(seeded, "org_rollup", org=_org(seeded, "修武县总工会")).rows
    conferred = {(r["person"], r["honor"]) for r in rows if r["relation"] == "conferred"}
    assert {("王来宾", "最美外卖送餐员"), ("孙宏亮", "最美货车司机"), ("孙芳芳", "最美家政服务员")} <= conferred


def test_what_a_group_s_people_received_rolls_up_through_part_of(seeded: GraphStore) -> None:
    rows = run(seeded, "org_rollup", org=_org(seeded, "焦煤集团")).rows
    received = {r["honor"] for r in rows if r["relation"] == "received"}
    assert {"焦作工匠", "中原大工匠", "焦煤集团大工匠"} <= received


def test_recipients_of_an_honour_filter_by_year_and_edition(seeded: GraphStore) -> None:
    jz = _honour(seeded, "焦作工匠")
    assert [r["name"] for r in run(seeded, "honour_recipients", honor=jz, year=2021).rows] == ["张伟"]
    assert [r["name"] for r in run(seeded, "honour_recipients", honor=jz, edition="第三届").rows] == ["张伟"]
    assert run(seeded, "honour_recipients", honor=jz, year=2020).rows == []


def test_co_recipients_share_honour_year_and_edition(seeded: GraphStore) -> None:
    rows = run(seeded, "co_recipients", person=person_id(seeded, "孙宏亮")).rows
    assert [(r["name"], r["honor"], r["year"]) for r in rows] == [("秦建军", "最美货车司机", 2023)]


def test_co_recipient_network_has_an_edge_per_pair(seeded: GraphStore) -> None:
    rows = run(seeded, "co_recipient_network", honor=_honour(seeded, "最美货车司机")).rows
    assert len(rows) == 1 and {rows[0]["source_name"], rows[0]["target_name"]} == {"孙宏亮", "秦建军"}


def test_patents_and_standards_of_a_person(seeded: GraphStore) -> None:
    rows = run(seeded, "person_works", person=person_id(seeded, "张伟")).rows
    kinds = [r["kind"] for r in rows]
    assert kinds.count("Patent") == 8 and kinds.count("Standard") == 5 and kinds.count("Project") == 12
    counts = run(seeded, "person_patent_counts", person=person_id(seeded, "张伟")).rows
    assert counts[0]["count"] == 9


def test_every_fact_of_a_person_has_a_source_sentence(seeded: GraphStore) -> None:
    rows = run(seeded, "person_sources", person=person_id(seeded, "张伟")).rows
    assert len(rows) >= 8 + 8 + 5 + 12 + 5 and all(r["sentence"] and r["document"] for r in rows)


def test_shortest_connection_between_two_people(seeded: GraphStore) -> None:
    path = run(
        seeded, "shortest_connection", source=person_id(seeded, "孙宏亮"), target=person_id(seeded, "孙芳芳")
    ).rows[0]["path"]
    labels = [n["_label"] for n in path["nodes"]]
    assert labels[0] == labels[-1] == "Person" and "Document" not in labels and len(path["rels"]) == 4


def test_search_finds_by_pinyin_initials_and_traditional_spelling(seeded: GraphStore) -> None:
    by_initials = {r["name"] for r in run(seeded, "search", q="zw").rows if r["kind"] == "Person"}
    assert "张伟" in by_initials
    from graph.search import normalise_query

    trad = run(seeded, "search", q=normalise_query("張偉")).rows
    assert any(r["name"] == "张伟" and r["organizations"] == ["九里山矿"] for r in trad)


def test_overview_counts_and_charts(seeded: GraphStore) -> None:
    per_year = {(r["year"], r["level"]): r["awards"] for r in run(seeded, "honours_per_year").rows}
    assert per_year[(2021, "市")] == 1 and per_year[(2023, "县")] == 4
    top = run(seeded, "top_organizations").rows
    assert top[0]["name"] in {"九里山矿", "焦煤集团"} and top[0]["awards"] == 8
