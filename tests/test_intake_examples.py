"""Every example in data/examples/ loads on both stores with the people and honours its list names.

The examples are written by scripts/make_examples.py (invented people, real
Jiaozuo units and honours): a city 劳动模范 list in XLSX with a two-person row and
a collective, 第三届焦作工匠 in XLS, a GBK CSV of 河南省五一劳动奖章, a county list
in ODS, a government decision in DOCX and a union decision in PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.store import GraphStore
from loaders.intake import read_document
from loaders.pipeline import load_profiles
from tests.conftest import REPO

EXAMPLES = REPO / "data" / "examples"

AWARDS = (
    "MATCH (p:Person)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) "
    "RETURN p.name AS name, h.name AS honour, a.year AS year, a.edition AS edition ORDER BY name, honour"
)

EXPECTED = {
    "2023年焦作市劳动模范名单.xlsx": {
        "people": {
            "张伟",
            "李秀兰",
            "王建国",
            "赵丽娟",
            "刘洪涛",
            "陈静",
            "杨振华",
            "孙立新",
            "周海燕",
            "郭志刚",
            "马晓东",
        },
        "honour": ("焦作市劳动模范", 2023, None),
        "collectives": ["焦煤集团九里山矿综采一队"],
    },
    "第三届焦作工匠名单.xls": {
        "people": {"张伟", "黄志强", "吴晓燕", "徐海龙", "韩雪梅"},
        "honour": ("焦作工匠", 2021, "第三届"),
        "collectives": [],
    },
    "2023年河南省五一劳动奖章焦作市获奖名单.csv": {
        "people": {"宋建军", "田慧敏", "冯国栋", "李娜", "高峰"},
        "honour": ("河南省五一劳动奖章", 2023, None),
        "collectives": ["焦作市特种设备检验所检验一室"],
    },
    "2022年修武县劳动模范名单.ods": {
        "people": {"曹振宇", "彭丽华", "蒋卫东"},
        "honour": ("修武县劳动模范", 2022, None),
        "collectives": [],
    },
    "焦作市总工会命名决定.pdf": {
        "people": {"吕俊杰", "邵春燕", "潘志远"},
        "honour": ("焦作市五一劳动奖章", 2023, None),
        "collectives": [],
    },
}


def _awards(store: GraphStore) -> list[dict]:
    return store.read(AWARDS, {}).rows


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_example_list_loads_its_people_with_the_honour_of_the_list(store: GraphStore, name: str) -> None:
    want = EXPECTED[name]
    result = read_document(EXAMPLES / name)
    load_profiles(store, [result.profile])
    rows = _awards(store)
    assert {r["name"] for r in rows} == want["people"]
    assert {(r["honour"], r["year"], r["edition"]) for r in rows} == {want["honour"]}
    assert [c["name"] for c in result.collectives] == want["collectives"]


def test_the_docx_decision_gives_each_person_the_honour_of_their_row(store: GraphStore) -> None:
    result = read_document(EXAMPLES / "焦作市人民政府表彰决定.docx")
    load_profiles(store, [result.profile])
    got = {(r["name"], r["honour"], r["year"]) for r in _awards(store)}
    assert got == {
        ("张伟", "焦作市劳动模范", 2023),
        ("赵文博", "焦作市劳动模范", 2023),
        ("钱玉梅", "焦作市先进工作者", 2023),
        ("林海峰", "焦作市先进工作者", 2023),
    }
    conferrers = store.read("MATCH (:Award)-[:CONFERRED_BY]->(o:Organization) RETURN DISTINCT o.name AS name", {}).rows
    assert [r["name"] for r in conferrers] == ["焦作市人民政府"]


def test_the_two_people_of_one_row_share_its_unit_but_not_a_birth_date(store: GraphStore) -> None:
    result = read_document(EXAMPLES / "2023年焦作市劳动模范名单.xlsx")
    load_profiles(store, [result.profile])
    rows = store.read(
        "MATCH (p:Person)-[:WORKS_AT]->(o:Organization) WHERE p.name IN ['王建国', '赵丽娟'] "
        "RETURN p.name AS name, p.born AS born, o.name AS unit ORDER BY name",
        {},
    ).rows
    assert [(r["name"], r["born"], r["unit"]) for r in rows] == [("王建国", None, "环卫处"), ("赵丽娟", None, "环卫处")]


def test_a_table_row_is_the_evidence_of_its_facts_with_sheet_and_row_number(store: GraphStore) -> None:
    result = read_document(EXAMPLES / "2023年焦作市劳动模范名单.xlsx")
    load_profiles(store, [result.profile])
    rows = store.read(
        "MATCH (:Person {name: '张伟'})-[:RECEIVED]->(a:Award)-[e:EVIDENCED_BY]->(d:Document) "
        "RETURN e.sentence AS sentence, d.sha256 AS sha",
        {},
    ).rows
    assert rows[0]["sentence"] == "劳动模范 第3行：1 | 张伟 | 男 | 汉族 | 1978.05 | 焦煤集团九里山矿机电运转队队长"
    import hashlib

    assert rows[0]["sha"] == hashlib.sha256((EXAMPLES / "2023年焦作市劳动模范名单.xlsx").read_bytes()).hexdigest()


def test_loading_all_examples_twice_changes_nothing_the_second_time(store: GraphStore) -> None:
    from loaders.intake import expand_inputs

    files = expand_inputs([EXAMPLES])
    assert len(files) == 6
    profiles = [read_document(f).profile for f in files]
    load_profiles(store, profiles)
    again = load_profiles(store, [read_document(f).profile for f in files])
    assert again.changes() == {}


def test_zhang_wei_of_the_same_team_is_one_person_across_the_xlsx_xls_and_docx(store: GraphStore) -> None:
    names = ["2023年焦作市劳动模范名单.xlsx", "第三届焦作工匠名单.xls", "焦作市人民政府表彰决定.docx"]
    load_profiles(store, [read_document(EXAMPLES / n).profile for n in names])
    rows = store.read(
        "MATCH (p:Person {name: '张伟'})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) "
        "RETURN p.id AS id, h.name AS honour, a.year AS year ORDER BY year, honour",
        {},
    ).rows
    assert len({r["id"] for r in rows}) == 1
    assert [(r["honour"], r["year"]) for r in rows] == [("焦作工匠", 2021), ("焦作市劳动模范", 2023)]


def test_the_pdf_table_is_read_from_its_text_layer() -> None:
    result = read_document(EXAMPLES / "焦作市总工会命名决定.pdf")
    people = {p["name"]: p for p in result.profile["people"]}
    assert people["邵春燕"]["gender"] == "女"
    assert people["邵春燕"]["employers"] == ["焦作市人民医院"]
    assert people["邵春燕"]["honors"][0]["conferred_by"] == ["焦作市总工会"]


def test_the_examples_are_what_the_generator_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed CSV is byte-identical to a fresh run of scripts/make_examples.py (the others embed timestamps)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_examples", REPO / "scripts" / "make_examples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "fresh.csv"
    module.write_csv_gbk(out)
    assert out.read_bytes() == (EXAMPLES / "2023年河南省五一劳动奖章焦作市获奖名单.csv").read_bytes()
