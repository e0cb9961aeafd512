"""Ranks in the named queries, honour rolls and their files, and "on this day", on both stores:
the seed page's sample and a generated graph."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook

from bench.generate import generate
from graph.bulk import bulk_load
from graph.queries import run
from graph.ranks import RankFilter
from graph.reports import Roll, RollLine, Source, honour_roll
from graph.rollups import refresh_rollups
from graph.store import GraphStore
from laomo.cli import main
from loaders.graph_rows import GraphRows
from loaders.pipeline import load_files
from tests.conftest import SAMPLE_PROFILE, embedded_store
from ui import roll_files

HIGH = RankFilter.parse("省部级及以上").params()


def _org(store: GraphStore, name: str) -> str:
    return run(store, "org_by_name", name=name).rows[0]["id"]


# --- named queries on the sample --------------------------------------------------------------
def test_people_of_an_organisation_tree_come_with_their_highest_rank(seeded: GraphStore) -> None:
    rows = run(seeded, "org_people_ranks", org=_org(seeded, "焦煤集团")).rows
    assert [(r["name"], r["units"], r["rank"], r["rank_order"]) for r in rows] == [("张伟", ["九里山矿"], "省部级", 5)]


def test_a_rank_filter_keeps_only_people_at_or_above_it(seeded: GraphStore) -> None:
    union = _org(seeded, "修武县总工会")
    assert [r["name"] for r in run(seeded, "org_people_ranks", org=union, **HIGH).rows] == ["李军萍"]
    national = RankFilter.parse("国家级").params()
    assert run(seeded, "org_people_ranks", org=_org(seeded, "焦煤集团"), **national).rows == []


def test_rank_counts_roll_up_from_the_mine_to_the_group(seeded: GraphStore) -> None:
    counts = {(r["name"], r["rank"]): r["people"] for r in run(seeded, "org_rank_counts").rows}
    assert counts[("九里山矿", "省部级")] == 1 and counts[("焦煤集团", "省部级")] == 1
    assert ("焦煤集团", "企业") not in counts  # 张伟 is counted once, at his highest rank


def test_the_honour_roll_lists_every_award_of_the_subtree_with_its_source(seeded: GraphStore) -> None:
    rows = run(seeded, "honour_roll", org=_org(seeded, "焦煤集团")).rows
    assert len(rows) == 8 and {r["name"] for r in rows} == {"张伟"}
    jz = next(r for r in rows if r["honour"] == "焦作工匠")
    assert (jz["year"], jz["edition"], jz["rank"]) == (2021, "第三届", "地市级")
    assert sorted(jz["conferred_by"]) == ["焦作市人力资源和社会保障局", "焦作市总工会"]
    _doc, title, date, sentence = jz["sources"][0]
    assert title.startswith("焦作市总工会报") and date == "2023-02" and "焦作工匠" in sentence
    assert [r["rank_order"] for r in rows] == sorted((r["rank_order"] for r in rows), reverse=True)


def test_a_year_range_and_a_rank_filter_narrow_the_roll(seeded: GraphStore) -> None:
    org = _org(seeded, "焦煤集团")
    dated = run(seeded, "honour_roll", org=org, year_from=2015, year_to=2021).rows
    assert [(r["year"], r["honour"]) for r in dated] == [
        (2021, "焦作工匠"),
        (2019, "全国煤炭行业技能大师"),
        (2020, "焦煤集团大工匠"),
    ]
    high = run(seeded, "honour_roll", org=org, **HIGH).rows
    assert [r["honour"] for r in high] == ["中原大工匠"]


def test_on_this_day_finds_the_awards_published_in_that_year_and_month(seeded: GraphStore) -> None:
    rows = run(seeded, "on_this_day", year=2023, month="2023-02").rows
    assert sorted(r["name"] for r in rows) == ["孙宏亮", "孙芳芳", "王来宾", "秦建军"]
    assert {r["honour"] for r in rows} == {"最美货车司机", "最美外卖送餐员", "最美家政服务员"}
    assert run(seeded, "on_this_day", year=2023, month="2023-03").rows == []
    assert run(seeded, "on_this_day", year=2022, month="2022-02").rows == []  # 2022 awards, 2023 source


def test_search_with_a_rank_filter_keeps_people_and_honours_of_that_rank(seeded: GraphStore) -> None:
    people = [r for r in run(seeded, "search", q="张伟", **HIGH).rows if r["kind"] == "Person"]
    assert [(r["name"], r["rank"]) for r in people] == [("张伟", "省部级")]
    national = RankFilter.parse("国家级").params()
    assert [r for r in run(seeded, "search", q="张伟", **national).rows if r["kind"] == "Person"] == []
    honours = {r["name"] for r in run(seeded, "search", q="最美", **RankFilter.parse("县级").params()).rows}
    assert honours == {"最美货车司机", "最美外卖送餐员", "最美家政服务员"}


def test_the_honour_lists_filter_by_rank(seeded: GraphStore) -> None:
    assert {r["name"] for r in run(seeded, "honours", **HIGH).rows} == {"中原大工匠", "省级劳模"}
    city = RankFilter.parse("地市级").params()
    assert {(r["name"], r["rank"]) for r in run(seeded, "honour_series", **city).rows} == {
        ("焦作工匠", "地市级"),
        ("最美快递员", "地市级"),
    }


def test_the_timeline_carries_each_honours_rank(seeded: GraphStore) -> None:
    from tests.conftest import person_id

    rows = run(seeded, "honour_timeline", person=person_id(seeded, "张伟")).rows
    assert {r["honor"]: r["rank"] for r in rows}["中原大工匠"] == "省部级"


# --- a generated graph ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def rows() -> GraphRows:
    return generate(400, seed=5)


@pytest.fixture
def generated(store: GraphStore, rows: GraphRows) -> GraphStore:
    bulk_load(store, rows.nodes, rows.rels)
    refresh_rollups(store)  # as every bulk path does: the rolls page by the stored per-rank counts
    return store


def _expected_roll(rows: GraphRows, group: str, low: int) -> set[str]:
    """Award ids of the people working under ``group``, of rank order >= low, from the rows alone."""
    parent = {r["src"]: r["dst"] for r in rows.rels["PART_OF"]}

    def under(org: str) -> bool:
        for _ in range(8):
            if org == group:
                return True
            if org not in parent:
                return False
            org = parent[org]
        return False

    people = {r["src"] for r in rows.rels["WORKS_AT"] if under(r["dst"])}
    honour_of = {r["src"]: r["dst"] for r in rows.rels["OF_HONOR"]}
    order = {h: n["rank_order"] for h, n in rows.nodes["Honor"].items()}
    return {r["dst"] for r in rows.rels["RECEIVED"] if r["src"] in people and order[honour_of[r["dst"]]] >= low}


def _largest_group(rows: GraphRows) -> dict[str, Any]:
    counts: dict[str, int] = defaultdict(int)
    parent = {r["src"]: r["dst"] for r in rows.rels["PART_OF"]}
    for r in rows.rels["WORKS_AT"]:
        org = r["dst"]
        while org in parent:
            org = parent[org]
        counts[org] += 1
    return rows.nodes["Organization"][max(counts, key=lambda o: (counts[o], o))]


def test_a_generated_groups_roll_holds_exactly_the_awards_of_its_people(generated: GraphStore, rows: GraphRows) -> None:
    group = _largest_group(rows)
    got = {r["award"] for r in run(generated, "honour_roll", org=group["id"]).rows}
    assert got == _expected_roll(rows, group["id"], 0) and len(got) > 20
    high = {r["award"] for r in run(generated, "honour_roll", org=group["id"], **HIGH).rows}
    assert high == _expected_roll(rows, group["id"], 5)


def test_a_generated_groups_rank_counts_match_its_peoples_highest_ranks(generated: GraphStore, rows: GraphRows) -> None:
    group = _largest_group(rows)
    roll = honour_roll(generated, group["id"])
    highest: dict[str, int] = {}
    for line in roll.lines:
        highest[line.person_id] = max(highest.get(line.person_id, 0), line.rank_order)
    counts = {r["rank_order"]: r["people"] for r in run(generated, "org_rank_counts").rows if r["id"] == group["id"]}
    expected: dict[int, int] = defaultdict(int)
    for order in highest.values():
        expected[order] += 1
    assert counts == dict(expected)
    people = run(generated, "org_people_ranks", org=group["id"], **HIGH).rows
    assert len(people) == sum(n for o, n in counts.items() if o >= 5)


def test_on_this_day_on_a_generated_graph_finds_the_awards_of_sources_of_that_month(
    generated: GraphStore, rows: GraphRows
) -> None:
    docs = {d["id"]: d["date"] or "" for d in rows.nodes["Document"].values()}
    years = {a["id"]: a["year"] for a in rows.nodes["Award"].values()}
    honour_of = {r["src"]: r["dst"] for r in rows.rels["OF_HONOR"]}
    holder = {r["dst"]: r["src"] for r in rows.rels["RECEIVED"]}
    expected = {
        (holder[e["src"]], honour_of[e["src"]])
        for e in rows.rels["EVIDENCED_BY"]
        if e["src_label"] == "Award" and years[e["src"]] == 2024 and docs[e["dst"]].startswith("2024-05")
    }
    got = {(r["person_id"], r["honor_id"]) for r in run(generated, "on_this_day", year=2024, month="2024-05").rows}
    assert got == expected and len(got) > 3


# --- files ---------------------------------------------------------------------------------------
def test_the_xlsx_roll_has_a_summary_and_one_sheet_per_rank(seeded: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "roll.xlsx"
    path.write_bytes(roll_files.to_xlsx(honour_roll(seeded, "焦煤集团")))
    wb = load_workbook(path)
    assert wb.sheetnames == ["汇总", "省部级", "地市级", "行业", "企业"]
    summary = {r[0]: r[1:] for r in wb["汇总"].iter_rows(min_row=5, values_only=True)}
    assert summary["省部级"] == (1, 1, 1) and summary["企业"] == (0, 1, 5) and summary["合计"] == (1, 1, 8)
    sheet = wb["地市级"]
    header = [c.value for c in sheet[1]]
    line = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert (line["姓名"], line["荣誉"], line["年份"], line["届次"]) == ("张伟", "焦作工匠", 2021, "第三届")
    assert line["授予单位"] == "焦作市人力资源和社会保障局、焦作市总工会" and "焦作工匠" in line["依据原句"]
    assert sheet["A1"].font.name == "黑体" and sheet["A2"].font.name == "宋体"
    assert sheet.column_dimensions["A"].width >= 6 and sheet.column_dimensions["K"].width == roll_files.MAX_WIDTH
    assert sheet.freeze_panes == "A2"


def _roll_with(raw: str) -> Roll:
    src = Source("doc-1", "=cmd|' /C calc'!A0", "2023-02", "+SUM(A1)")
    line = RollLine("p-1", "@张伟", ("-九里山矿",), "焦作工匠", "地市级", 4, "市", 2021, "第三届", raw, (), (src,))
    return Roll("o-1", "焦煤集团", lines=[line])


def test_no_roll_file_turns_a_cell_into_a_formula(tmp_path: Path) -> None:
    roll = _roll_with('=HYPERLINK("http://example.invalid","点击")')
    path = tmp_path / "r.xlsx"
    path.write_bytes(roll_files.to_xlsx(roll))
    sheet = load_workbook(path)["地市级"]
    cells = [c for c in sheet[2] if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert len(cells) == 5 and all(c.data_type == "s" for c in cells)
    assert "<f>" not in roll_files.to_xlsx(roll).decode("latin-1")
    lines = list(csv.reader(io.StringIO(roll_files.to_csv(roll).decode("utf-8-sig"))))
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in lines[1])


def test_the_docx_roll_is_a_landscape_document_in_chinese_fonts(seeded: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "roll.docx"
    path.write_bytes(roll_files.to_docx(honour_roll(seeded, "焦煤集团", year_from=2015, year_to=2023)))
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "焦煤集团荣誉名册（2015—2023年）"
    assert "省部级（1项）" in texts and "地市级（1项）" in texts
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "宋体"
    assert doc.sections[0].page_width > doc.sections[0].page_height
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    assert tables[1][0][:4] == ["姓名", "单位", "荣誉", "年份"] and tables[1][1][:4] == [
        "张伟",
        "九里山矿",
        "中原大工匠",
        "2022",
    ]
    assert any("中原大工匠" in t and "焦作市总工会报" in t for t in texts)  # the sources section


def test_the_json_roll_keeps_filters_summary_and_sources(seeded: GraphStore) -> None:
    data = json.loads(roll_files.to_json(honour_roll(seeded, "焦煤集团", rank="省部级及以上")))
    assert data["filters"] == {"from": None, "to": None, "rank": "省部级及以上"}
    assert [line["honour"] for line in data["lines"]] == ["中原大工匠"]
    assert data["lines"][0]["sources"][0]["date"] == "2023-02"


def test_a_generated_roll_writes_one_sheet_row_per_line(generated: GraphStore, rows: GraphRows, tmp_path: Path) -> None:
    roll = honour_roll(generated, _largest_group(rows)["id"], year_from=2010, year_to=2024)
    path = tmp_path / "g.xlsx"
    path.write_bytes(roll_files.to_xlsx(roll))
    wb = load_workbook(path)
    for rank, lines in roll.by_rank().items():
        assert wb[rank].max_row == len(lines) + 1
    assert all(2010 <= (line.year or 0) <= 2024 for line in roll.lines)
    doc = Document(io.BytesIO(roll_files.to_docx(roll)))
    assert sum(len(t.rows) - 1 for t in doc.tables[1:]) == len(roll.lines)


# --- the CLI -------------------------------------------------------------------------------------
@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    store = embedded_store(tmp_path / "s.lbug")
    load_files(store, [SAMPLE_PROFILE])
    store.close()
    return tmp_path / "s.lbug"


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "csv", "json"])
def test_laomo_report_roll_writes_the_file_asked_for(sample_db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"roll.{fmt}"
    args = ["report", "roll", "--db", str(sample_db), "--org", "焦煤集团", "--rank", "地市级及以上"]
    assert main([*args, "--from", "2015", "--to", "2023", "--format", fmt, "-o", str(out)]) == 0
    if fmt == "xlsx":
        assert load_workbook(out).sheetnames == ["汇总", "省部级", "地市级"]
    elif fmt == "docx":
        assert Document(str(out)).paragraphs[0].text == "焦煤集团荣誉名册（2015—2023年，地市级及以上）"
    elif fmt == "csv":
        lines = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
        assert [line[2] for line in lines[1:]] == ["中原大工匠", "焦作工匠"]
    else:
        assert len(json.loads(out.read_text("utf-8"))["lines"]) == 2


def test_laomo_report_roll_names_an_unknown_organisation_or_rank(sample_db: Path, capsys) -> None:
    assert main(["report", "roll", "--db", str(sample_db), "--org", "没有这个单位", "-o", "x.xlsx"]) == 2
    assert "--org" in capsys.readouterr().err
    assert main(["report", "roll", "--db", str(sample_db), "--org", "焦煤集团", "--rank", "部级"]) == 2
    assert "省部级及以上" in capsys.readouterr().err


def test_laomo_report_on_this_day_counts_back_from_a_date(sample_db: Path, capsys) -> None:
    args = ["report", "on-this-day", "--db", str(sample_db), "--years", "3", "--today", "2026-02-14"]
    assert main([*args, "--format", "json"]) == 0
    assert sorted(r["name"] for r in json.loads(capsys.readouterr().out)) == ["孙宏亮", "孙芳芳", "王来宾", "秦建军"]
