"""The `laomo` command on both stores: load, query, stats, export, import-dump, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from laomo.cli import main
from tests.conftest import SAMPLE_PROFILE

HONOURS = (
    "MATCH (p:Person {name: $name})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) "
    "RETURN a.year AS year, h.name AS honor "
    "ORDER BY CASE WHEN a.year IS NULL THEN 1 ELSE 0 END, a.year, honor"
)


def test_load_then_query_lists_zhang_weis_honours_in_year_order(cli_store, capsys) -> None:
    assert main(["load", str(SAMPLE_PROFILE), *cli_store]) == 0
    capsys.readouterr()
    assert main(["query", HONOURS, "--param", "name=张伟", "--format", "json", *cli_store]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["year"], r["honor"]) for r in rows[:4]] == [
        (2019, "全国煤炭行业技能大师"),
        (2020, "焦煤集团大工匠"),
        (2021, "焦作工匠"),
        (2022, "中原大工匠"),
    ]
    assert {r["honor"] for r in rows[4:]} == {"优秀员工", "先进工作者", "创新标兵", "劳动模范"}
    assert all(r["year"] is None for r in rows[4:])


def test_loading_twice_reports_no_changes(cli_store, capsys) -> None:
    main(["load", str(SAMPLE_PROFILE), *cli_store])
    capsys.readouterr()
    assert main(["load", str(SAMPLE_PROFILE), *cli_store]) == 0
    assert "changes: {}" in capsys.readouterr().out


def test_resuming_a_load_over_stored_documents_changes_nothing(cli_store, capsys) -> None:
    main(["load", str(SAMPLE_PROFILE), *cli_store])
    capsys.readouterr()
    assert main(["load", str(SAMPLE_PROFILE), "--resume", *cli_store]) == 0
    assert "changes: {}" in capsys.readouterr().out


def test_a_malformed_file_exits_2_naming_file_and_field(cli_store, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "坏文件.json"
    profile = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    profile["people"][0]["born"] = "1980年2月"
    bad.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    assert main(["load", str(bad), *cli_store]) == 2
    err = capsys.readouterr().err
    assert "坏文件.json" in err and "people[0].born" in err


def test_a_write_through_query_is_refused(cli_store, capsys) -> None:
    assert main(["query", "CREATE (:Person {id: 'x', name: '王晓峰'})", *cli_store]) == 1
    assert "ReadOnlyError" in capsys.readouterr().err
    main(["stats", "--format", "json", *cli_store])
    assert json.loads(capsys.readouterr().out) == []


def test_csv_and_table_formats(cli_store, capsys) -> None:
    main(["load", str(SAMPLE_PROFILE), *cli_store])
    capsys.readouterr()
    main(
        [
            "query",
            "MATCH (p:Person {name: '张伟'}) RETURN p.name AS name, p.born AS born",
            "--format",
            "csv",
            *cli_store,
        ]
    )
    assert capsys.readouterr().out.splitlines() == ["name,born", "张伟,1980-02"]
    main(["query", "MATCH (p:Person {name: '张伟'}) RETURN p.name AS name", *cli_store])
    assert capsys.readouterr().out.splitlines() == ["name", "张伟"]


def test_export_then_import_dump_into_a_fresh_store_gives_an_identical_export(
    cli_store, tmp_path: Path, capsys
) -> None:
    main(["load", str(SAMPLE_PROFILE), *cli_store])
    first = tmp_path / "first.json"
    assert main(["export", "--format", "json", "-o", str(first), *cli_store]) == 0
    fresh = ["--store", "embedded", "--db", str(tmp_path / "fresh.lbug")]
    assert main(["import-dump", str(first), *fresh]) == 0
    second = tmp_path / "second.json"
    main(["export", "--format", "json", "-o", str(second), *fresh])
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert len(json.loads(first.read_text(encoding="utf-8"))["nodes"]["Person"]) == 7


def test_graphml_and_cypher_exports_are_well_formed(cli_store, tmp_path: Path) -> None:
    import networkx as nx

    main(["load", str(SAMPLE_PROFILE), *cli_store])
    graphml, script = tmp_path / "g.graphml", tmp_path / "g.cypher"
    main(["export", "--format", "graphml", "-o", str(graphml), *cli_store])
    main(["export", "--format", "cypher", "-o", str(script), *cli_store])
    g = nx.read_graphml(graphml)
    assert any(d.get("name") == "张伟" for _, d in g.nodes(data=True))
    assert "MERGE (:Person" in script.read_text(encoding="utf-8")
