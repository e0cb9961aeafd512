"""The named queries the Streamlit pages added, on both stores, against the seed page's sample."""

from __future__ import annotations

from graph.queries import REGISTRY, run
from graph.store import GraphStore

UI_QUERIES = ("people", "honour_series", "org_tree_counts", "org_conferred_counts")


def test_ui_queries_are_registered_with_a_title_and_a_question() -> None:
    for name in UI_QUERIES:
        assert REGISTRY[name].title_zh and "?" in REGISTRY[name].question, name


def test_people_lists_everyone_most_honoured_first_with_employers(seeded: GraphStore) -> None:
    rows = run(seeded, "people").rows
    assert len(rows) == 7
    assert rows[0]["name"] == "张伟" and rows[0]["awards"] == 8 and rows[0]["organizations"] == ["九里山矿"]
    assert [r["awards"] for r in rows] == sorted((r["awards"] for r in rows), reverse=True)


def test_honour_series_filters_by_year(seeded: GraphStore) -> None:
    names = {r["name"] for r in run(seeded, "honour_series", year=2023).rows}
    assert names == {"最美货车司机", "最美外卖送餐员", "最美家政服务员"}


def test_honour_series_filters_by_level_and_category(seeded: GraphStore) -> None:
    rows = run(seeded, "honour_series", level="市", category="工匠").rows
    assert [(r["name"], r["awards"], r["first_year"]) for r in rows] == [("焦作工匠", 1, 2021)]


def test_org_tree_counts_roll_people_and_awards_up_to_the_group(seeded: GraphStore) -> None:
    rows = {r["name"]: r for r in run(seeded, "org_tree_counts").rows}
    # 张伟 works at 九里山矿, which is PART_OF 焦煤集团: the group counts him and his 8 awards
    assert (rows["焦煤集团"]["people"], rows["焦煤集团"]["awards"]) == (1, 8)
    assert rows["九里山矿"]["parent_id"] == rows["焦煤集团"]["id"]
    assert rows["机电运转队"]["parent_id"] == rows["九里山矿"]["id"] and rows["机电运转队"]["people"] == 0


def test_org_conferred_counts_include_sub_units(seeded: GraphStore) -> None:
    rows = {r["name"]: r["conferred"] for r in run(seeded, "org_conferred_counts").rows}
    assert rows["修武县总工会"] == 4
    # 焦煤集团 conferred its 大工匠 and, jointly with its 九里山矿, four company honours:
    # counting its sub-unit's conferrals does not count those four twice
    assert (rows["焦煤集团"], rows["九里山矿"]) == (5, 4)
