"""The dispatcher: every format reads into the same profile shape, in every encoding offices use."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders.intake import SUPPORTED_SUFFIXES, expand_inputs, read_document
from loaders.intake.decode import decode_bytes
from loaders.intake.documents import read_html, split_text_tables

LIST_TEXT = "序号,姓名,性别,工作单位,荣誉称号,年度\n1,张伟,男,焦煤集团九里山矿机电运转队,焦作市劳动模范,2023\n"


def _names(result) -> list[str]:
    return [p["name"] for p in result.profile["people"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_a_csv_list_reads_the_same_in_every_encoding(encoding: str) -> None:
    result = read_document(LIST_TEXT.encode(encoding), "名单.csv")
    assert _names(result) == ["张伟"]
    assert result.profile["people"][0]["honors"][0]["title"] == "焦作市劳动模范"


def test_gbk_bytes_are_detected_as_gb18030() -> None:
    assert decode_bytes("焦作市总工会关于表彰劳动模范的决定".encode("gbk"), file="a.txt")[1] == "gb18030"


def test_an_html_page_declaring_utf8_but_holding_gbk_is_refused() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>焦作市劳动模范张伟</p></body></html>'.encode("gbk")
    with pytest.raises(InputError, match="declares charset utf-8 but is not UTF-8"):
        read_html(page, file="页面.html")


def test_a_utf16_bom_over_other_bytes_is_refused() -> None:
    with pytest.raises(InputError, match="UTF-16 byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", file="a.txt")


def test_a_tsv_list_is_read_with_tabs() -> None:
    result = read_document(LIST_TEXT.replace(",", "\t").encode(), "名单.tsv")
    assert _names(result) == ["张伟"]


def test_a_txt_with_a_tab_table_sends_the_table_to_the_list_reader() -> None:
    text = "2023年焦作市劳动模范名单\n序号\t姓名\t工作单位\n1\t张伟\t焦煤集团九里山矿\n2\t李秀兰\t焦作市第一人民医院\n"
    result = read_document(text.encode("gbk"), "名单.txt")
    assert _names(result) == ["张伟", "李秀兰"]
    assert result.profile["people"][1]["honors"][0]["year"] == 2023
    assert result.encoding == "gb18030"


def test_table_lines_are_blanked_so_prose_offsets_still_point_into_the_text() -> None:
    text = "前言。\n姓名\t单位\n张伟\t九里山矿\n结尾。"
    prose, tables = split_text_tables(text)
    assert len(prose) == len(text)
    assert prose.index("结尾") == text.index("结尾")
    assert tables[0].rows == [["姓名", "单位"], ["张伟", "九里山矿"]]


def test_an_html_page_yields_its_text_and_tables_but_never_its_scripts() -> None:
    page = (
        "<html><head><title>2023年焦作市劳动模范名单</title><script>var secret='王秘密';</script></head><body>"
        "<p>焦作市总工会公布2023年焦作市劳动模范名单。</p><script>document.write('赵脚本')</script>"
        "<table><tr><th>姓名</th><th>工作单位</th></tr><tr><td>张伟</td><td>焦煤集团九里山矿</td></tr></table>"
        "</body></html>"
    ).encode()
    doc = read_html(page, file="名单.html")
    assert "王秘密" not in doc.prose and "赵脚本" not in doc.prose
    assert doc.tables[0].rows == [["姓名", "工作单位"], ["张伟", "焦煤集团九里山矿"]]
    assert doc.title == "2023年焦作市劳动模范名单"


def test_an_xls_that_is_really_an_html_table_is_read_as_one() -> None:
    page = (
        "<html><body><table><tr><td>姓名</td><td>荣誉称号</td></tr>"
        "<tr><td>张伟</td><td>焦作工匠</td></tr></table></body></html>"
    )
    result = read_document(page.encode("gbk"), "导出.xls")
    assert _names(result) == ["张伟"]
    assert any("HTML page saved as .xls" in w for w in result.warnings)


def test_an_xlsx_list_on_two_sheets_reads_both_into_one_document() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "劳动模范"
    ws.append(["姓名", "工作单位", "荣誉称号"])
    ws.append(["张伟", "焦煤集团九里山矿", "焦作市劳动模范"])
    ws2 = wb.create_sheet("先进工作者")
    ws2.append(["姓名", "工作单位", "荣誉称号"])
    ws2.append(["李秀兰", "焦作市第一人民医院", "焦作市先进工作者"])
    buf = io.BytesIO()
    wb.save(buf)
    result = read_document(buf.getvalue(), "2023年表彰名单.xlsx")
    assert _names(result) == ["张伟", "李秀兰"]
    assert result.profile["people"][1]["evidence"]["sentence"].startswith("先进工作者 第2行：")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("决定.doc", "save it as .docx"),
        ("决定.wps", "save it as .docx"),
        ("名单.et", "save it as XLSX"),
        ("照片.jpg", "unsupported file type '.jpg'"),
        ("无后缀", "unsupported file type '(no suffix)'"),
    ],
)
def test_formats_we_do_not_read_get_a_message_saying_what_to_do(name: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_document(b"x", name)


def test_a_profile_json_reads_as_before() -> None:
    from tests.conftest import SAMPLE_PROFILE

    result = read_document(SAMPLE_PROFILE)
    assert result.kind == "profile"
    assert "张伟" in _names(result)


def test_a_folder_expands_to_every_supported_file_but_not_schemas_or_answer_keys(tmp_path: Path) -> None:
    for name in ("a.xlsx", "b.csv", "c.docx", "d.pdf", "e.txt", "f.json", "x.schema.json", "y.gold.json", "z.png"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "~$a.xlsx").write_bytes(b"x")  # Office's lock file
    got = [p.name for p in expand_inputs([tmp_path])]
    assert got == ["a.xlsx", "b.csv", "c.docx", "d.pdf", "e.txt", "f.json"]
    assert {".xlsx", ".xls", ".ods", ".csv", ".tsv", ".docx", ".pdf", ".html", ".txt"} <= set(SUPPORTED_SUFFIXES)


def test_a_line_over_the_limit_is_refused_with_its_length() -> None:
    with pytest.raises(InputError, match="line 2 is 100,001 characters long"):
        read_document(("标题\n" + "字" * 100_001).encode(), "长.txt")


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * (300 * 1024 * 1024))
    with pytest.raises(InputError, match="zip bomb"):
        read_document(buf.getvalue(), "炸弹.xlsx")
