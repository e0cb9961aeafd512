"""Bad files are refused by `laomo load` with exit code 2, a message naming where, and the store unchanged.

Each file of tests/data/bad/ (written by scripts/make_examples.py) is loaded into a
store already holding the sample; the JSON export before and after must be
identical, on the embedded store and on Neo4j.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from laomo.cli import main
from tests.conftest import REPO, SAMPLE_PROFILE

BAD = REPO / "tests" / "data" / "bad"

# file → fragments the error message must hold (the file name is always checked)
EXPECTED = {
    "截断的名单.xlsx": ["damaged or truncated"],
    "压缩包改名.xlsx": ["not a readable XLSX workbook"],
    "没有姓名列.xlsx": ["[先进名单]", "row 1", "field 姓名", "no 姓名 column"],
    "年度20221.csv": ["row 3", "field 年度", "'20221' is impossible"],
    "生于1899年.csv": ["row 2", "field 出生年月", "1899.05", "before 1900"],
    "重复的行.csv": ["row 4", "field 姓名", "repeats row 2"],
    "空文件.csv": ["the file is empty"],
    "GBK却标为UTF8.csv": ["UTF-8 byte-order mark", "mislabelled"],
    "公式单元格.csv": ["row 2", "field 工作单位", "spreadsheet formula"],
    "只有脚本的网页.html": ["no text outside its scripts"],
    "扫描件.pdf": ["no text layer", "OCR is not supported"],
    "外部实体.docx": ["word/document.xml", "<!ENTITY"],
    "旧版文档.doc": ["save it as .docx"],
    "乱码.txt": ["mojibake"],
}


def _export(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["export", "--format", "json", *args]) == 0
    return capsys.readouterr().out


def _refused(path: Path, args: list[str], capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    """Load ``path`` into a seeded store; assert exit 2 and an unchanged export; return the message."""
    assert main(["load", str(SAMPLE_PROFILE), *args]) == 0
    before = _export(args, capsys)
    code = main(["load", str(path), *extra, *args])
    err = capsys.readouterr().err
    assert code == 2, err
    assert _export(args, capsys) == before
    return err


def test_every_bad_file_is_in_the_list() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_bad_file_exits_2_names_where_and_leaves_the_store_unchanged(
    name: str, cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(BAD / name, cli_store, capsys)
    assert f"{BAD / name}" in err
    for fragment in EXPECTED[name]:
        assert fragment in err


def test_a_50_mb_single_line_file_is_refused_by_size(
    tmp_path: Path, cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "一行五十兆.txt"
    big.write_bytes(b"x" * (50 * 1024 * 1024))
    err = _refused(big, cli_store, capsys)
    assert "50.0 MB, over the 20 MB limit" in err


def test_one_bad_file_in_a_folder_keeps_the_good_ones_out_too(
    tmp_path: Path, cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "批量"
    folder.mkdir()
    (folder / "a_好的名单.xlsx").write_bytes((REPO / "data/examples/2023年焦作市劳动模范名单.xlsx").read_bytes())
    (folder / "b_重复的行.csv").write_bytes((BAD / "重复的行.csv").read_bytes())
    err = _refused(folder, cli_store, capsys)
    assert "b_重复的行.csv: row 4" in err


def test_skip_bad_rows_loads_the_good_rows_and_reports_each_skipped_one(
    cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(BAD / "重复的行.csv"), "--skip-bad-rows", *cli_store]) == 0
    out = capsys.readouterr()
    assert "row 4: field 姓名: repeats row 2 (张伟, 焦作市劳动模范, 2023) (skipped)" in out.err
    assert "2 people" in out.out
    assert main(["query", "MATCH (p:Person) RETURN p.name AS name ORDER BY name", "--format", "json", *cli_store]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["张伟", "李秀兰"]


def test_python_docx_does_not_resolve_an_external_entity_even_without_the_check() -> None:
    from docx.oxml.parser import parse_xml

    with zipfile.ZipFile(BAD / "外部实体.docx") as zf:
        xml = zf.read("word/document.xml")
    element = parse_xml(xml)
    text = "".join(element.itertext())
    assert "root:" not in text  # /etc/passwd was not read into the document


def test_csv_output_escapes_cells_that_a_spreadsheet_would_run(
    tmp_path: Path, cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    profile = {
        "document": {"title": "公式测试"},
        "people": [{"name": "张伟", "employers": ['=HYPERLINK("http://x.invalid")'], "honors": []}],
    }
    path = tmp_path / "公式.json"
    path.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    assert main(["load", str(path), *cli_store]) == 0
    capsys.readouterr()
    query = "MATCH (:Person)-[:WORKS_AT]->(o:Organization) RETURN o.name AS name"
    assert main(["query", query, "--format", "csv", *cli_store]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("\"'=HYPERLINK(")
