"""`laomo load` over every format: folders, the end summary, --dry-run, --extract, the progress line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from laomo.cli import main
from laomo.progress import Progress
from tests.conftest import REPO

EXAMPLES = REPO / "data" / "examples"
XLSX = EXAMPLES / "2023年焦作市劳动模范名单.xlsx"


def test_a_folder_of_lists_and_announcements_loads_with_a_summary(
    cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(EXAMPLES), *cli_store]) == 0
    out = capsys.readouterr().out
    assert "读取 read: 6 files, 31 rows, 31 people, 31 honours" in out
    assert "2 collectives not loaded" in out
    assert "未导入的集体 collectives not loaded: 焦作市特种设备检验所检验一室、焦煤集团九里山矿综采一队" in out


def test_dry_run_reads_and_reports_but_writes_nothing(cli_store: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    main(["export", "--format", "json", *cli_store])
    before = capsys.readouterr().out
    assert main(["load", str(XLSX), "--dry-run", *cli_store]) == 0
    out = capsys.readouterr().out
    assert "dry run" in out
    assert "11 people" in out
    main(["export", "--format", "json", *cli_store])
    assert capsys.readouterr().out == before


def test_extract_is_still_accepted_and_changes_nothing_about_the_load(
    cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", "--extract", str(XLSX), *cli_store]) == 0
    assert "11 people" in capsys.readouterr().out


def test_warnings_and_skipped_rows_go_to_stderr_with_their_row(
    cli_store: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["load", str(XLSX), *cli_store]) == 0
    err = capsys.readouterr().err
    assert "[劳动模范]: row 10: 焦煤集团九里山矿综采一队 is a collective" in err
    assert "[劳动模范]: row 15: total row" in err


ARTICLE = "本报讯 近日，市总工会召开表彰大会，电工张伟荣获今年的“焦作市五一劳动奖章”。\n"
ARTICLE_URL = "http://www.jzrb.cn/news/2023/0428/123456.html"


def test_load_with_url_dates_an_undated_article_by_its_address(
    cli_store: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "焦作日报报道.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["load", str(article), "--url", ARTICLE_URL, *cli_store]) == 0
    capsys.readouterr()
    main(["export", "--format", "json", *cli_store])
    nodes = json.loads(capsys.readouterr().out)["nodes"]
    assert [d["date"] for d in nodes["Document"]] == ["2023-04-28"]
    assert [a["year"] for a in nodes["Award"]] == [2023]


def test_load_refuses_url_with_several_files_naming_url(
    cli_store: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "焦作日报报道.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["load", str(article), str(XLSX), "--url", ARTICLE_URL, *cli_store]) == 2
    assert "field --url: --url names the address of one text" in capsys.readouterr().err


def test_progress_off_a_terminal_prints_only_the_final_line() -> None:
    stream = io.StringIO()
    bar = Progress("reading", 3, stream=stream)
    for i in range(3):
        bar.update(i + 1, rows=100, current=f"名单{i}.xlsx")
    bar.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("reading: 3/3 files, 300 rows (")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_redraws_one_line_with_files_rows_and_rate() -> None:
    stream = _Terminal()
    bar = Progress("reading", 2, stream=stream)
    bar.update(2, rows=5000, current="2023年焦作市劳动模范名单.xlsx")
    text = stream.getvalue()
    assert text.startswith("\rreading [########################] 2/2 files, 5,000 rows (")
    assert "rows/s) 2023年焦作市劳动模范名单.xlsx" in text
