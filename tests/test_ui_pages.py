"""The Streamlit pages, run headless with AppTest against a store holding the seed page's sample.

Each test opens the app the way a reader would (a page, a deep link, a click)
and checks what the page says: 张伟's honours in year order, the 焦作工匠
recipients, the console refusing a write, an import changing the graph.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from graph.queries import run
from loaders.pipeline import load_files, load_profiles
from loaders.profile_io import normalise_profile
from tests.conftest import EDITORS, SAMPLE_PROFILE, embedded_store, neo4j_store, person_id, signed_in

APP = Path(__file__).resolve().parents[1] / "ui" / "app.py"
TIMEOUT = 120


def _embedded(path: Path, profiles: list[dict[str, Any]] | None = None, sample: bool = True) -> Path:
    """An embedded store file holding the sample (and any extra profiles), closed again."""
    store = embedded_store(path)
    if sample:
        load_files(store, [SAMPLE_PROFILE])
    if profiles:
        load_profiles(store, [normalise_profile(copy.deepcopy(p)) for p in profiles])
    store.close()
    return path


def _ids(path: Path) -> dict[str, str]:
    """Ids the deep links use, read from the store file (then closed again)."""
    store = embedded_store(path, read_only=True)
    try:
        return {
            "张伟": person_id(store, "张伟"),
            "焦作工匠": run(store, "honour_by_name", name="焦作工匠").rows[0]["id"],
            "焦煤集团": run(store, "org_by_name", name="焦煤集团").rows[0]["id"],
            "焦作市总工会": run(store, "org_by_name", name="焦作市总工会").rows[0]["id"],
        }
    finally:
        store.close()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _embedded(tmp_path_factory.mktemp("ui") / "sample.lbug")


@pytest.fixture(scope="module")
def ids(sample_db: Path) -> dict[str, str]:
    return _ids(sample_db)


@pytest.fixture
def app_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI", "LAOMO_CONSOLE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)  # each session below signs in as the test editor
    return monkeypatch


@pytest.fixture
def on_sample(app_env: pytest.MonkeyPatch, sample_db: Path) -> Path:
    app_env.setenv("LAOMO_DB", str(sample_db))
    return sample_db


def _app(**query: str) -> AppTest:
    at = signed_in(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _table(at: AppTest, *columns: str) -> pd.DataFrame:
    """The first table (grid or static) on the page with all these column headers."""
    frames = [f.value for f in at.dataframe] + [f.value for f in at.table]
    for frame in frames:
        if set(columns) <= set(frame.columns):
            return frame
    raise AssertionError(f"no table with columns {columns}; tables: {[list(f.columns) for f in frames]}")


def _texts(at: AppTest) -> str:
    parts = (
        [e.value for e in at.markdown]
        + [e.value for e in at.caption]
        + [e.value for e in at.header]
        + [e.value for e in at.subheader]
        + [e.value for e in at.info]
        + [e.value for e in at.success]
    )
    return "\n".join(str(p) for p in parts)


def _links(at: AppTest) -> list[tuple[str, str, str]]:
    """(page address, label, query string) of every page link on the page."""
    return [(p.proto.page, p.proto.label, p.proto.query_string) for p in at.get("page_link")]


def _graph_nodes(at: AppTest, key_part: str) -> dict[str, str]:
    """Caption → id of the nodes a graph component was given."""
    for el in at.get("component_instance"):
        args = json.loads(el.proto.json_args)
        if key_part in str(args.get("key")):
            return {n["data"]["name"]: n["data"]["id"] for n in args["elements"]["nodes"]}
    raise AssertionError(f"no graph {key_part} on the page")


def _graph_names(at: AppTest, key_part: str) -> set[str]:
    return set(_graph_nodes(at, key_part))


def _graph_layout(at: AppTest, key_part: str) -> dict[str, Any]:
    """The cytoscape layout a graph component was given."""
    for el in at.get("component_instance"):
        args = json.loads(el.proto.json_args)
        if key_part in str(args.get("key")):
            layout: dict[str, Any] = args["layout"]
            return layout
    raise AssertionError(f"no graph {key_part} on the page")


# --- overview ----------------------------------------------------------------------
def test_overview_counts_what_the_sample_holds(on_sample: Path) -> None:
    at = _app()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["人物"] == "7" and metrics["荣誉"] == "13" and metrics["获奖"] == "14"
    assert "九里山矿" in set(_table(at, "单位", "获奖次数")["单位"])


@pytest.mark.parametrize("query", ["张伟", "張偉", "zw", "ZhangWei"])
def test_overview_search_finds_zhang_wei_by_name_traditional_or_pinyin(
    on_sample: Path, ids: dict[str, str], query: str
) -> None:
    at = _app()
    at.text_input(key="overview.q").input(query).run()
    hits = [(label, qs) for page, label, qs in _links(at) if page == "person"]
    assert hits == [
        (
            "张伟（焦煤集团 › 九里山矿 · 省部级 · "
            "中原大工匠 2022、焦作工匠 2021、全国煤炭行业技能大师 2019 等 8 项荣誉）",
            f"person={ids['张伟']}",
        )
    ]


# --- person --------------------------------------------------------------------------
def test_a_person_deep_link_opens_the_timeline_in_year_order(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(person=ids["张伟"])
    assert at.header[0].value == "张伟"
    dated = _table(at, "年份", "荣誉", "届次")
    assert list(dated["年份"]) == [2019, 2020, 2021, 2022]
    assert list(dated["荣誉"]) == ["全国煤炭行业技能大师", "焦煤集团大工匠", "焦作工匠", "中原大工匠"]
    jz = dated[dated["荣誉"] == "焦作工匠"].iloc[0]
    assert jz["届次"] == "第三届" and "焦作市总工会" in jz["授予单位"]


def test_the_person_page_lists_undated_honours_with_their_conferring_bodies(
    on_sample: Path, ids: dict[str, str]
) -> None:
    at = _app(person=ids["张伟"])
    undated = [m.value for m in at.markdown if m.value.startswith("- **")]
    assert {u.split("**")[1] for u in undated} == {"优秀员工", "先进工作者", "创新标兵", "劳动模范"}
    assert all("九里山矿" in u and "焦煤集团" in u for u in undated)


def test_the_person_page_shows_organisation_chain_works_sources_and_network(
    on_sample: Path, ids: dict[str, str]
) -> None:
    at = _app(person=ids["张伟"])
    text = _texts(at)
    assert "焦煤集团 › 九里山矿" in text and "1980-02" in text
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["专利"] == "9"  # 8 named, 9 reported ("九项成果…获得国家实用新型或发明专利")
    sources = _table(at, "事实", "证据句", "来源文献")
    assert any("第三屆焦作工匠" in s for s in sources["证据句"])
    assert {"焦作工匠", "九里山矿", "焦作市总工会"} <= _graph_names(at, "person.graph")


def test_the_person_page_offers_card_downloads(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(person=ids["张伟"])
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"下载名片 PNG", "下载名片 PDF", "下载名片数据 JSON"} <= labels


def test_the_person_page_without_a_link_asks_for_a_name(on_sample: Path) -> None:
    at = _page(_app(), "person")
    assert "在上面输入姓名查找人物" in _texts(at) and not at.header


def test_the_person_picker_switches_person_and_address(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(person=ids["张伟"])
    at.text_input(key="person.find").input("王来宾").run()
    assert "找到 1 人" in _texts(at)
    picker = at.selectbox(key="person.selected")
    picker.select_index(next(i for i, o in enumerate(picker.options) if o.startswith("王来宾"))).run()
    assert at.header[0].value == "王来宾"
    assert at.query_params["person"] != [ids["张伟"]]


# --- honours ---------------------------------------------------------------------------
def test_an_honour_deep_link_lists_its_recipients(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(honor=ids["焦作工匠"])
    assert at.header[0].value == "焦作工匠"
    recipients = [(label, qs) for page, label, qs in _links(at) if page == "person"]
    assert recipients == [("张伟（2021 第三届 · 九里山矿）", f"person={ids['张伟']}")]
    assert list(_table(at, "年份", "届次", "获奖人数")["获奖人数"]) == [1]


def test_honour_filters_narrow_the_series(on_sample: Path) -> None:
    at = _page(_app(), "honours")
    at.selectbox(key="honours.year").select(2023).run()
    assert set(_table(at, "荣誉", "级别", "获奖次数")["荣誉"]) == {"最美货车司机", "最美外卖送餐员", "最美家政服务员"}
    at.selectbox(key="honours.selected").select_index(0).run()
    assert {"孙宏亮", "秦建军"} <= _graph_names(at, "honours.graph")  # the two 最美货车司机 of 2023


# --- organisations ---------------------------------------------------------------------------
def test_the_organisation_tree_rolls_counts_up_from_sub_units(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(org=ids["焦煤集团"])
    tree = _table(at, "单位", "人数（含下级）", "获奖（含下级）")
    names = list(tree["单位"])
    assert names.index("焦煤集团") + 1 == names.index("\u3000└ 九里山矿")
    group = tree[tree["单位"] == "焦煤集团"].iloc[0]
    assert (group["人数（含下级）"], group["获奖（含下级）"]) == (1, 8)
    people = [label for page, label, _ in _links(at) if page == "person"]
    assert people == ["张伟（九里山矿 · 省部级）"]
    assert set(_table(at, "人物", "荣誉", "荣誉等级", "来源文献")["荣誉"]) >= {"焦作工匠", "中原大工匠"}
    given = _table(at, "人物", "荣誉", "经由单位")  # what the group and its mine conferred
    assert len(given) == 5 and "焦煤集团大工匠" in set(given["荣誉"])


# --- ranks, honour rolls, on this day (issue 13) ------------------------------------------------
def test_the_organisation_page_counts_people_at_or_above_provincial_rank(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(org=ids["焦煤集团"])
    tree = _table(at, "单位", "省部级及以上（含同等待遇）")
    assert tree[tree["单位"] == "焦煤集团"].iloc[0]["省部级及以上（含同等待遇）"] == 1
    assert {m.label: m.value for m in at.metric}["省部级及以上（含同等待遇）"] == "1"
    assert "各等级人数（含下级单位，每人按最高等级计）**：省部级 1" in _texts(at)


def test_the_organisation_roll_filters_by_year_and_rank_and_offers_four_downloads(
    on_sample: Path, ids: dict[str, str]
) -> None:
    at = _app(org=ids["焦煤集团"])
    roll = _table(at, "人物", "荣誉", "荣誉等级", "来源文献")
    assert len(roll) == 8 and set(roll["人物"]) == {"张伟"}
    at.number_input(key="orgs.roll_from").set_value(2015).run()
    at.number_input(key="orgs.roll_to").set_value(2021).run()
    assert list(_table(at, "人物", "荣誉", "荣誉等级", "来源文献")["荣誉"]) == [
        "焦作工匠",
        "全国煤炭行业技能大师",
        "焦煤集团大工匠",
    ]
    at.selectbox(key="orgs.roll_rank").select("地市级及以上").run()
    assert list(_table(at, "人物", "荣誉", "荣誉等级", "来源文献")["荣誉"]) == ["焦作工匠"]
    assert "名册共 1 条，涉及 1 人" in _texts(at)
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"下载 XLSX", "下载 DOCX", "下载 CSV", "下载 JSON"} <= set(labels)


def test_the_organisation_people_list_filters_by_highest_rank(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(org=ids["焦煤集团"])
    at.selectbox(key="orgs.people_rank").select("国家级").run()
    assert [label for page, label, _ in _links(at) if page == "person"] == []
    assert "人员及最高荣誉等级（0 人）" in _texts(at)


def test_the_honours_network_of_one_cohort_is_drawn_on_rings_without_animation(on_sample: Path) -> None:
    at = _page(_app(), "honours")
    at.selectbox(key="honours.year").select(2023).run()
    at.selectbox(key="honours.selected").select_index(0).run()
    layout = _graph_layout(at, "honours.graph")
    assert layout["name"] == "concentric" and layout["animate"] is False


def test_the_honours_page_filters_series_by_rank(on_sample: Path) -> None:
    at = _page(_app(), "honours")
    at.selectbox(key="honours.rank").select("省部级及以上").run()
    series = _table(at, "荣誉", "荣誉等级", "获奖次数")
    assert set(series["荣誉"]) == {"中原大工匠", "省级劳模"} and set(series["荣誉等级"]) == {"省部级"}


def test_overview_search_with_a_rank_filter_keeps_people_of_that_rank(on_sample: Path) -> None:
    at = _app()
    at.selectbox(key="overview.rank").select("省部级及以上").run()
    at.text_input(key="overview.q").input("最美").run()
    assert [label for page, label, _ in _links(at) if page == "person"] == []
    at.selectbox(key="overview.rank").select("县级").run()
    honours = sorted(label for page, label, _ in _links(at) if page == "honours")
    assert honours == ["最美外卖送餐员（荣誉 · 县级）", "最美家政服务员（荣誉 · 县级）", "最美货车司机（荣誉 · 县级）"]


def test_overview_shows_honours_of_ten_years_ago_this_month(app_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import datetime as dt

    today = dt.date.today()
    then = f"{today.year - 10}-{today.month:02d}"
    page = json.loads(SAMPLE_PROFILE.read_text("utf-8"))
    page["document"].update(sha256="a" * 64, date=then, title=f"{then} 最美快递员名单")
    page["people"] = [p for p in page["people"] if p["name"] == "王晓峰"]
    page["people"][0]["honors"][0]["year"] = today.year - 10
    app_env.setenv("LAOMO_DB", str(_embedded(tmp_path / "then.lbug", [page])))
    at = _app()
    assert f"10 年前的本月（{then}）" in _texts(at)
    rows = _table(at, "人物", "荣誉", "荣誉等级")
    assert list(zip(rows["人物"], rows["荣誉"], rows["荣誉等级"], strict=True)) == [("王晓峰", "最美快递员", "地市级")]


def test_the_person_header_shows_the_highest_rank(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(person=ids["张伟"])
    assert "最高荣誉等级：省部级" in _texts(at)
    assert "省部级" in set(_table(at, "年份", "荣誉", "荣誉等级")["荣誉等级"])


# --- explore -----------------------------------------------------------------------------------
def _found(at: AppTest, *typed: str) -> AppTest:
    """The explore page after its find box was given each of ``typed`` in turn."""
    for text in typed:
        at.text_input(key="explore.find_person").input(text).run()
    return at


def test_explore_keeps_what_its_find_box_found_in_the_pickers(on_sample: Path) -> None:
    at = _found(_page(_app(), "explore"), "张伟", "焦作市总工会")
    assert "另有 1 个单位" in _texts(at)
    options = at.selectbox(key="explore.source").options
    assert options[:2] == ["焦作市总工会（单位）", "张伟（焦煤集团 › 九里山矿）"]  # newest first


def test_explore_finds_the_shortest_connection(on_sample: Path, ids: dict[str, str]) -> None:
    at = _found(_page(_app(), "explore"), "张伟", "焦作市总工会")
    at.selectbox(key="explore.source").select(ids["张伟"])
    at.selectbox(key="explore.target").select(ids["焦作市总工会"])
    at.button(key="explore.find").click().run()
    path = next(m.value for m in at.markdown if m.value.startswith("2 步"))
    assert path.index("张伟") < path.index("第三屆焦作工匠") < path.index("焦作市总工会")


def test_explore_says_when_its_bounded_search_stopped_and_can_search_the_whole_graph(
    on_sample: Path, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph import connections

    monkeypatch.setattr(connections, "READ_BUDGET", 1)  # as a search through a hub of a million-person graph
    at = _found(_page(_app(), "explore"), "张伟", "焦作市总工会")
    at.selectbox(key="explore.source").select(ids["张伟"])
    at.selectbox(key="explore.target").select(ids["焦作市总工会"])
    at.button(key="explore.find").click().run()
    assert "搜索在读取" in _texts(at) and not any(m.value.startswith("2 步") for m in at.markdown)
    at.button(key="explore.search_whole").click().run()
    assert any(m.value.startswith("2 步") for m in at.markdown)


def test_explore_draws_a_neighbourhood_on_rings_around_its_centre_without_animation(
    on_sample: Path, ids: dict[str, str]
) -> None:
    at = _found(_page(_app(), "explore"), "焦作市总工会")
    at.selectbox(key="explore.start").select(ids["焦作市总工会"])
    at.button(key="explore.begin").click().run()
    layout = _graph_layout(at, "explore.graph")
    assert layout["name"] == "concentric" and layout["animate"] is False  # not cytoscape's force layout


def test_explore_expands_a_neighbourhood_step_by_step(on_sample: Path, ids: dict[str, str]) -> None:
    at = _found(_page(_app(), "explore"), "焦作市总工会")
    at.selectbox(key="explore.start").select(ids["焦作市总工会"])
    at.button(key="explore.begin").click().run()
    before = _graph_names(at, "explore.graph")
    assert "张伟" not in before  # the union conferred an award; the person is one step further
    award = next(nid for name, nid in _graph_nodes(at, "explore.graph").items() if "焦作工匠" in name)
    at.selectbox(key="explore.expand_which").select(award)
    at.button(key="explore.expand").click().run()
    assert {"张伟", "焦作工匠"} <= _graph_names(at, "explore.graph")


# --- console -------------------------------------------------------------------------------------
def test_the_console_runs_a_read_query_with_parameters(on_sample: Path) -> None:
    at = _page(_app(), "console")
    at.text_area(key="console.cypher").input(
        "MATCH (p:Person)-[:RECEIVED]->(a:Award) WHERE p.name = $name RETURN a.year AS year ORDER BY year"
    )
    at.text_area(key="console.params").input('{"name": "张伟"}')
    at.button(key="console.run").click().run()
    assert at.success and at.success[0].value.startswith("8 行")
    assert list(at.dataframe[0].value["year"])[:4] == ["2019", "2020", "2021", "2022"] or list(
        at.dataframe[0].value["year"]
    )[:4] == [2019, 2020, 2021, 2022]


def test_the_console_refuses_a_write_with_a_clear_message(on_sample: Path) -> None:
    at = _page(_app(), "console")
    at.text_area(key="console.cypher").input("CREATE (p:Person {id: 'x', name: '李四'})")
    at.button(key="console.run").click().run()
    assert at.error and "只读控制台拒绝了这条语句" in at.error[0].value
    at = _page(_app(), "console")  # nothing was written
    at.text_area(key="console.cypher").input("MATCH (p:Person {name: '李四'}) RETURN p")
    at.button(key="console.run").click().run()
    assert at.success[0].value.startswith("0 行")


def test_the_console_explains_bad_parameters(on_sample: Path) -> None:
    at = _page(_app(), "console")
    at.text_area(key="console.params").input("{name: 张伟}")
    at.button(key="console.run").click().run()
    assert "参数不是有效的 JSON 对象" in at.error[0].value


def test_a_saved_example_loads_into_the_console_and_runs(on_sample: Path) -> None:
    at = _page(_app(), "console")
    at.selectbox(key="console.example").select("honours_per_year")
    at.button(key="console.use").click().run()
    assert "year_awards" in at.text_area(key="console.cypher").value
    at.button(key="console.run").click().run()
    assert at.success[0].value.startswith("6 行")


# --- import -----------------------------------------------------------------------------------------
def test_import_previews_facts_then_loads_the_accepted_ones(app_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app_env.setenv("LAOMO_DB", str(_embedded(tmp_path / "empty.lbug", sample=False)))
    at = _page(_app(), "import_profiles")
    at.file_uploader(key="import.file").set_value(
        (SAMPLE_PROFILE.name, SAMPLE_PROFILE.read_bytes(), "application/json")
    ).run()
    assert not at.exception
    review = at.dataframe[0].value
    assert review["accept"].all() and "第三屆焦作工匠" in " ".join(review["fact"])
    assert any("授予第三屆焦作工匠" in s for s in review["sentence"])
    at.button(key="import.load").click().run()
    assert at.success and "7 人" in at.success[0].value
    changes = _table(at, "类型", "变化")
    assert "+7" in set(changes[changes["类型"].str.contains("Person")]["变化"])


def test_import_names_the_field_of_an_invalid_profile(app_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    app_env.setenv("LAOMO_DB", str(_embedded(tmp_path / "empty.lbug", sample=False)))
    at = _page(_app(), "import_profiles")
    bad = {
        "document": {"title": "坏文件"},
        "people": [{"name": "张伟", "honors": [{"title": "焦作工匠", "year": "去年"}]}],
    }
    at.file_uploader(key="import.file").set_value(
        ("bad.json", json.dumps(bad, ensure_ascii=False).encode(), "application/json")
    ).run()
    assert "people[0].honors[0].year" in at.error[0].value


# --- language and reader mode ----------------------------------------------------------------------------
def test_the_language_switch_turns_the_interface_english(on_sample: Path, ids: dict[str, str]) -> None:
    at = _app(person=ids["张伟"])
    at.radio(key="app.lang").set_value("en").run()
    assert at.title[0].value == "People" and at.header[0].value == "张伟"
    assert "Year" in _table(at, "Year", "Honour").columns


READER_PROFILE = {
    "document": {"title": "测试报道", "date": "2024-05", "publisher": "焦作市总工会"},
    "people": [
        {
            "name": "赵小红",
            "gender": "女",
            "born": "1975-06-12",
            "employers": ["九里山矿"],
            "summary": "联系电话 13812345678，身份证号 410802197506120023。",
            "honors": [
                {
                    "title": "焦作工匠",
                    "raw": "第四届焦作工匠",
                    "year": 2024,
                    "edition": "第四届",
                    "evidence": {"sentence": "赵小红（电话 0391-2345678）获评第四届焦作工匠。"},
                }
            ],
        }
    ],
}


def test_reader_mode_hides_writing_pages_birth_day_and_numbers(app_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    db = _embedded(tmp_path / "reader.lbug", [READER_PROFILE])
    app_env.setenv("LAOMO_DB", str(db))
    app_env.setenv("LAOMO_READER", "1")
    with_store = embedded_store(db, read_only=True)
    zhao = person_id(with_store, "赵小红")
    with_store.close()
    at = _app(person=zhao)
    text = (
        _texts(at)
        + json.dumps([f.value.to_dict() for f in at.dataframe], ensure_ascii=False)
        + "".join(el.proto.json_args for el in at.get("component_instance"))
    )  # a clicked node shows all it holds
    assert "1975-06" in text and "1975-06-12" not in text
    for number in ("13812345678", "410802197506120023", "0391-2345678"):
        assert number not in text
    assert "＊＊＊" in text
    for page in ("console", "import_profiles"):  # not in the navigation in reader mode …
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(f"views/{page}.py")
    direct = AppTest.from_file(str(APP.parent / "views" / "console.py"), default_timeout=TIMEOUT)
    direct.run()  # … and refusing to work when its file is run anyway
    assert direct.error[0].value == "阅览模式下不提供查询控制台。" and not direct.text_area


# --- Neo4j -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def neo4j_sample(neo4j_server: dict[str, str]) -> Iterator[dict[str, str]]:
    store = neo4j_store(neo4j_server)
    store.clear()
    load_files(store, [SAMPLE_PROFILE])
    conf = dict(
        neo4j_server, zhang=person_id(store, "张伟"), honour=run(store, "honour_by_name", name="焦作工匠").rows[0]["id"]
    )
    store.close()
    yield conf


def _on_neo4j(app_env: pytest.MonkeyPatch, conf: dict[str, str]) -> None:
    app_env.setenv("LAOMO_STORE", "neo4j")
    app_env.setenv("NEO4J_URI", conf["uri"])
    app_env.setenv("NEO4J_USER", conf["user"])
    app_env.setenv("NEO4J_PASSWORD", conf["password"])


def test_the_person_page_on_neo4j_shows_the_same_timeline(
    app_env: pytest.MonkeyPatch, neo4j_sample: dict[str, str]
) -> None:
    _on_neo4j(app_env, neo4j_sample)
    at = _app(person=neo4j_sample["zhang"])
    assert at.header[0].value == "张伟"
    assert list(_table(at, "年份", "荣誉", "届次")["年份"]) == [2019, 2020, 2021, 2022]
    assert {"焦作工匠", "九里山矿"} <= _graph_names(at, "person.graph")


def test_the_honour_page_and_console_on_neo4j(app_env: pytest.MonkeyPatch, neo4j_sample: dict[str, str]) -> None:
    _on_neo4j(app_env, neo4j_sample)
    at = _app(honor=neo4j_sample["honour"])
    assert [label for page, label, _ in _links(at) if page == "person"] == ["张伟（2021 第三届 · 九里山矿）"]
    at = _page(_app(), "console")
    at.text_area(key="console.cypher").input("CREATE (p:Person {id: 'x', name: '李四'})")
    at.button(key="console.run").click().run()
    assert "只读控制台拒绝了这条语句" in at.error[0].value


def test_explore_runs_analytics_only_when_asked(on_sample: Path) -> None:
    at = _page(_app(), "explore")
    assert not [m.value for m in at.markdown if m.value.startswith("> ")]
    assert any("计算网络分析" in c.value for c in at.caption)


def test_explore_explains_the_analytics_in_a_sentence(on_sample: Path) -> None:
    at = _page(_app(), "explore")
    at.button(key="explore.run_analytics").click().run()
    sentences = [m.value for m in at.markdown if m.value.startswith("> ")]
    assert any("中介中心度" in s for s in sentences)  # centrality
    assert any("个群体" in s for s in sentences)  # communities
    assert any("连接获奖者最多的授奖机构" in s for s in sentences)  # conferrers
    conferrers = _table(at, "单位", "人数", "获奖次数")
    assert conferrers.iloc[0]["单位"] == "修武县总工会" and conferrers.iloc[0]["人数"] == 4


def test_an_article_goes_through_the_extractor_with_the_date_and_publisher_given(
    app_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The import page's wiring for .txt, with a stand-in extractor (the real one has its own tests)."""
    import sys
    import types

    calls: list[dict[str, Any]] = []

    def extract_text(
        text: str,
        *,
        source: str | None = None,
        document_date: str | None = None,
        publisher: str | None = None,
        url: str | None = None,
    ) -> dict[str, Any]:
        calls.append({"text": text, "source": source, "document_date": document_date, "publisher": publisher})
        sentence = "修武县总工会副主席李军萍荣获省级劳模称号。"
        evidence = {"sentence": sentence, "start": 0, "end": 21}
        return {
            "document": {"title": "修武县工会动态", "date": document_date, "publisher": publisher, "source": source},
            "people": [
                {
                    "name": "李军萍",
                    "employers": ["修武县总工会"],
                    "evidence": {**evidence, "confidence": 0.9},
                    "honors": [
                        {
                            "title": "省级劳模",
                            "raw": "省级劳模",
                            "level": "省",
                            "category": "劳动模范",
                            "evidence": {**evidence, "confidence": 0.8},
                        }
                    ],
                }
            ],
        }

    app_env.setitem(sys.modules, "loaders.extract", types.SimpleNamespace(extract_text=extract_text))
    app_env.setenv("LAOMO_DB", str(_embedded(tmp_path / "empty.lbug", sample=False)))
    at = _page(_app(), "import_profiles")
    at.text_input(key="import.date").input("2023-02")
    at.text_input(key="import.publisher").input("焦作市总工会").run()
    at.file_uploader(key="import.file").set_value(
        ("xiuwu.txt", "修武县总工会副主席李军萍荣获省级劳模称号。".encode(), "text/plain")
    ).run()
    assert calls == [
        {
            "text": "修武县总工会副主席李军萍荣获省级劳模称号。",
            "source": "xiuwu.txt",
            "document_date": "2023-02",
            "publisher": "焦作市总工会",
        }
    ]
    review = at.dataframe[0].value
    assert list(review["kind"]) == ["人物", "单位", "荣誉"] and review["confidence"].tolist()[-1] == 0.8
    at.button(key="import.load").click().run()
    changes = _table(at, "类型", "变化")
    assert set(changes["变化"]) >= {"+1"} and any("Person" in k for k in changes["类型"])


@pytest.mark.parametrize(
    "page, expected",
    [
        ("overview", "九里山矿"),
        ("honours", "焦作工匠"),
        ("organizations", "焦煤集团"),
        ("explore", "九里山矿"),
        ("console", "MATCH"),
        ("import_profiles", "导入"),
    ],
)
def test_every_page_renders_on_neo4j_with_the_sample(
    app_env: pytest.MonkeyPatch, neo4j_sample: dict[str, str], page: str, expected: str
) -> None:
    _on_neo4j(app_env, neo4j_sample)
    at = _page(_app(), page)
    assert not at.error, [e.value for e in at.error]
    shown = (
        " ".join(str(x.value) for x in [*at.markdown, *at.caption, *at.header, *at.subheader, *at.text_area])
        + " ".join(f.value.to_string() for f in [*at.dataframe, *at.table])
        + " ".join(str(o) for s in at.selectbox for o in s.options)
    )
    assert expected in shown


# --- long lists a page at a time, counts from the roll-ups (issue 12) ---------------------------
GENERATED_PEOPLE = 1500  # enough for every list below to be longer than its page


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store of 1,500 generated people (bench.generate, seed 7) with its roll-ups, and what a
    direct count over the same graph says: the largest group's people and roll lines, the most
    awarded honour's recipients, how many top-level organisations and honour series there are."""
    from bench.generate import generate
    from graph.bulk import bulk_load
    from graph.rollups import refresh_rollups

    path = tmp_path_factory.mktemp("ui-generated") / "generated.lbug"
    graph = generate(GENERATED_PEOPLE, 7)
    store = embedded_store(path)
    try:
        bulk_load(store, graph.nodes, graph.rels)
        refresh_rollups(store)
        walked = store.read(  # counted by walking every person's chain, not from the roll-ups
            "MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..6]->(o:Organization) "
            "MATCH (p)-[:RECEIVED]->(a:Award) "
            "RETURN o.id AS id, o.name AS name, count(DISTINCT a) AS awards ORDER BY awards DESC, name LIMIT 10"
        ).rows
        group = walked[0]["id"]
        in_group = store.read(
            "MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..6]->(:Organization {id: $org}) "
            "WITH DISTINCT p MATCH (p)-[:RECEIVED]->(a:Award) RETURN count(DISTINCT p) AS holders, count(a) AS awards",
            {"org": group},
        ).rows[0]
        people = store.read(
            "MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..6]->(:Organization {id: $org}) "
            "RETURN count(DISTINCT p) AS n",
            {"org": group},
        ).rows[0]["n"]
        first_page = {r["id"] for r in run(store, "org_roots", skip=0, top=20).rows}
        elsewhere = store.read(
            "MATCH (o:Organization) WHERE NOT o.id IN $shown RETURN o.id AS id, o.name AS name ORDER BY id LIMIT 1",
            {"shown": sorted(first_page)},
        ).rows[0]
        busiest = store.read(
            "MATCH (p:Person)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor) "
            "RETURN h.id AS id, count(DISTINCT p) AS n ORDER BY n DESC, id LIMIT 1"
        ).rows[0]
    finally:
        store.close()
    children = {r["src"] for r in graph.rels["PART_OF"]}
    return {
        "path": path,
        "group": group,
        "group_name": walked[0]["name"],
        "people": people,
        "roll_lines": in_group["awards"],
        "roll_people": in_group["holders"],
        "top": [(r["name"], r["awards"]) for r in walked],
        "elsewhere": elsewhere["id"],
        "elsewhere_name": elsewhere["name"],
        "honour": busiest["id"],
        "recipients": busiest["n"],
        "roots": len(set(graph.nodes["Organization"]) - children),
        "series": len({r["dst"] for r in graph.rels["OF_HONOR"]}),
    }


@pytest.fixture
def on_generated(app_env: pytest.MonkeyPatch, generated: dict[str, Any]) -> dict[str, Any]:
    app_env.setenv("LAOMO_DB", str(generated["path"]))
    return generated


def _person_links(at: AppTest) -> list[str]:
    return [qs for page, _, qs in _links(at) if page == "person"]


def test_the_organisation_people_come_fifty_at_a_time_with_their_total(on_generated: dict[str, Any]) -> None:
    at = _app(org=on_generated["group"])
    n = on_generated["people"]
    assert f"人员及最高荣誉等级（{n:,} 人）" in _texts(at)
    first_page = _person_links(at)
    assert len(first_page) == 50 and f"第 1–50 条，共 {n:,} 条" in _texts(at)
    at.number_input(key="orgs.people_page").set_value(2).run()
    second_page = _person_links(at)
    assert len(second_page) == min(50, n - 50) and not set(first_page) & set(second_page)


def test_the_organisation_tree_shows_twenty_top_level_organisations_a_page(on_generated: dict[str, Any]) -> None:
    at = _page(_app(), "organizations")
    assert f"顶层单位共 {on_generated['roots']:,} 个" in _texts(at)

    def roots() -> set[str]:
        names = _table(at, "单位", "人数（含下级）")["单位"]
        return {name for name in names if not name.startswith("\u3000")}

    first_page = roots()
    assert len(first_page) == 20
    at.number_input(key="orgs.tree_page").set_value(2).run()
    assert len(roots()) == 20 and not first_page & roots()


def test_an_organisation_deep_link_off_the_first_tree_page_opens_it(on_generated: dict[str, Any]) -> None:
    at = _app(org=on_generated["elsewhere"])
    assert at.header[0].value == on_generated["elsewhere_name"]
    assert at.selectbox(key="orgs.selected").value == on_generated["elsewhere"]


def test_the_roll_shows_a_page_of_lines_and_counts_them_all(on_generated: dict[str, Any]) -> None:
    at = _app(org=on_generated["group"])
    lines, people = on_generated["roll_lines"], on_generated["roll_people"]
    assert f"名册共 {lines} 条，涉及 {people} 人" in _texts(at)
    assert len(_table(at, "人物", "荣誉", "荣誉等级", "来源文献")) == 200
    assert f"下载的文件包含全部 {lines:,} 条" in _texts(at)
    assert {"下载 XLSX", "下载 DOCX", "下载 CSV", "下载 JSON"} <= {b.proto.label for b in at.get("download_button")}


def test_an_honours_recipients_come_fifty_at_a_time_with_their_total(on_generated: dict[str, Any]) -> None:
    at = _app(honor=on_generated["honour"])
    n = on_generated["recipients"]
    assert f"共 {n:,} 人次" in _texts(at)
    first_page = _person_links(at)
    assert len(first_page) == 50
    at.number_input(key="honours.r_page").set_value(2).run()
    assert len(_person_links(at)) == min(50, n - 50) and not set(first_page) & set(_person_links(at))


def test_the_honour_series_list_is_paged_with_its_total(on_generated: dict[str, Any]) -> None:
    at = _page(_app(), "honours")
    total = on_generated["series"]
    assert f"符合条件的荣誉系列：{total:,} 个" in _texts(at)
    assert len(_table(at, "荣誉", "级别", "获奖次数")) == 50
    last = -(-total // 50)
    at.number_input(key="honours.page").set_value(last).run()
    assert len(_table(at, "荣誉", "级别", "获奖次数")) == total - 50 * (last - 1)


def test_overview_ranks_organisations_by_rolled_up_awards_as_a_direct_count_does(
    on_generated: dict[str, Any],
) -> None:
    at = _app()
    top = _table(at, "单位", "获奖次数")
    assert list(zip(top["单位"], top["获奖次数"], strict=True)) == on_generated["top"]
