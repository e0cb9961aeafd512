"""The import page reads every format `laomo load` reads, the same way, and says what it did not load."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import EDITORS, REPO, embedded_store, signed_in

APP = REPO / "ui" / "app.py"
EXAMPLES = REPO / "data" / "examples"
BAD = REPO / "tests" / "data" / "bad"


@pytest.fixture
def import_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    """The import page over an empty embedded store."""
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI"):
        monkeypatch.delenv(var, raising=False)
    db = tmp_path / "empty.lbug"
    embedded_store(db).close()
    monkeypatch.setenv("LAOMO_DB", str(db))
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    at = signed_in(AppTest.from_file(str(APP), default_timeout=120))
    at.run()
    at.switch_page("views/import_profiles.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_uploader_accepts_every_format_the_reader_reads(import_page: AppTest) -> None:
    from loaders.intake import SUPPORTED_SUFFIXES

    uploader = import_page.get("file_uploader")[0]
    assert set(uploader.proto.type) == set(SUPPORTED_SUFFIXES)


def test_an_xlsx_list_is_reviewed_with_its_collectives_and_skipped_rows_reported(import_page: AppTest) -> None:
    path = EXAMPLES / "2023年焦作市劳动模范名单.xlsx"
    import_page.file_uploader(key="import.file").set_value(
        (path.name, path.read_bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ).run()
    assert not import_page.exception and not import_page.error
    review = import_page.dataframe[0].value
    people = review[review["kind"] == "人物"]["person"].tolist()
    assert people[:3] == ["张伟", "李秀兰", "王建国"] and len(people) == 11
    assert (
        "1 个集体未导入" in import_page.warning[0].value and "焦煤集团九里山矿综采一队" in import_page.warning[0].value
    )
    assert any("名单共读取 11 行" in c.value for c in import_page.caption)
    import_page.button(key="import.load").click().run()
    assert import_page.success and "11 人" in import_page.success[0].value


def test_a_gbk_article_the_cli_reads_is_read_by_the_page_too(import_page: AppTest) -> None:
    text = "2023年焦作市劳动模范名单\n序号\t姓名\t工作单位\n1\t张伟\t焦煤集团九里山矿\n".encode("gbk")
    import_page.file_uploader(key="import.file").set_value(("名单.txt", text, "text/plain")).run()
    assert not import_page.error, [e.value for e in import_page.error]
    review = import_page.dataframe[0].value
    assert "张伟" in set(review["person"])


def test_a_bad_file_is_refused_on_the_page_with_the_same_message_as_the_cli(import_page: AppTest) -> None:
    path = BAD / "年度20221.csv"
    import_page.file_uploader(key="import.file").set_value((path.name, path.read_bytes(), "text/csv")).run()
    assert "年度20221.csv: row 3: field 年度: year '20221' is impossible" in import_page.error[0].value


def test_skipping_bad_rows_on_the_page_loads_the_others_and_lists_the_skipped(import_page: AppTest) -> None:
    path = BAD / "重复的行.csv"
    import_page.checkbox(key="import.skip_bad").check().run()
    import_page.file_uploader(key="import.file").set_value((path.name, path.read_bytes(), "text/csv")).run()
    assert not import_page.error
    review = import_page.dataframe[0].value
    assert review[review["kind"] == "人物"]["person"].tolist() == ["张伟", "李秀兰"]
    notes = "\n".join(t.value for t in import_page.text)
    assert "row 4: field 姓名: repeats row 2" in notes


ARTICLE = "本报讯 近日，市总工会召开表彰大会，电工张伟荣获今年的“焦作市五一劳动奖章”。\n".encode()
ARTICLE_URL = "http://www.jzrb.cn/news/2023/0428/123456.html"


def test_an_article_s_address_dates_it_and_is_shown_with_the_document(import_page: AppTest) -> None:
    import_page.text_input(key="import.url").input(ARTICLE_URL).run()
    import_page.file_uploader(key="import.file").set_value(("焦作日报报道.txt", ARTICLE, "text/plain")).run()
    assert not import_page.error, [e.value for e in import_page.error]
    assert any(c.value == "日期取自网址：2023-04-28" for c in import_page.caption)
    assert ARTICLE_URL in import_page.markdown[0].value.replace("\\", "")  # shown as text, not as markdown
    review = import_page.dataframe[0].value
    honour = review[review["fact"].str.contains("五一劳动奖章")]
    assert honour["year"].tolist() == ["2023"]


def test_a_source_address_that_is_not_an_address_is_refused_naming_the_field(import_page: AppTest) -> None:
    import_page.text_input(key="import.url").input("焦作日报2023年4月28日").run()
    import_page.file_uploader(key="import.file").set_value(("焦作日报报道.txt", ARTICLE, "text/plain")).run()
    assert "“原文网址”不是网址：焦作日报2023年4月28日" in import_page.error[0].value
    assert not import_page.dataframe


def test_a_source_address_is_not_applied_to_a_list(import_page: AppTest) -> None:
    path = EXAMPLES / "2023年焦作市劳动模范名单.xlsx"
    import_page.text_input(key="import.url").input(ARTICLE_URL).run()
    import_page.file_uploader(key="import.file").set_value(
        (path.name, path.read_bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ).run()
    assert not import_page.error
    assert f"{path.name} 不是文章，未使用该网址" in import_page.info[0].value
    document_line = import_page.markdown[0].value.replace("\\", "")
    assert path.name in document_line and ARTICLE_URL not in document_line


def test_the_document_line_shows_a_markdown_like_title_as_text(import_page: AppTest) -> None:
    article = "# 市总工会召开2023年度工作推进会\n\n本报讯 电工张伟荣获今年的“焦作市五一劳动奖章”。\n".encode()
    import_page.file_uploader(key="import.file").set_value(("焦作日报报道.txt", article, "text/plain")).run()
    assert not import_page.error, [e.value for e in import_page.error]
    assert not import_page.markdown[0].value.startswith("#")
