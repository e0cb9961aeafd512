"""The date in a web page's address (loaders.extract.urldate), read when a text has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.urldate import date_from_url


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("http://news.qtv.com.cn/system/2019/04/24/015341741.shtml", "2019-04-24"),
        ("http://hlj.people.com.cn/BIG5/n2/2020/1126/c220077-34439925.html", "2020-11-26"),
        ("http://www.taweekly.com/xhdt/201704/t20170426_2384430.html", "2017-04-26"),
        ("http://big5.news.cn/gate/big5/gs.news.cn/20250429/92f115bce17e4900979ffe6bb9cc793b/c.html", "2025-04-29"),
        ("https://workercn.cn/350/201505/06/150506154347140.shtml", "2015-05-06"),
        ("http://m.gztianxun.net/html/main/col8/2022-04/29/20220429171745430419998_1.html", "2022-04-29"),
        ("https://andrewcorbin.com/nx2017-05-03/e8a8e8304d87fbc4a9eeae06b10f5d08.html", "2017-05-03"),
        ("http://1gyyg.cc/art/2013/10/14/art_164_12750.html", "2013-10-14"),
        ("http://www.jianyangnews.com/wap/2025-03/07/content_1997117.htm", "2025-03-07"),
    ],
)
def test_a_day_in_the_path_is_read_in_every_common_spelling(url: str, date: str) -> None:
    assert date_from_url(url) == date


def test_a_month_alone_gives_the_month() -> None:
    assert date_from_url("https://m.yybnet.net/panzhihua/miyi/201104/4965806.html") == "2011-04"
    assert date_from_url("http://86cm.net/html/news/2016-05/info-206812-122.html") == "2016-05"


def test_a_day_that_cannot_exist_falls_back_to_its_month() -> None:
    assert date_from_url("http://www.dswhj.com/html/20220335404.htm") == "2022-03"


def test_ids_in_the_path_and_the_query_string_are_not_dates() -> None:
    assert date_from_url("http://www.cyjfsw.com/zxgg/content/post_652360.html") is None
    assert date_from_url("http://www.360elib.com:2027/detail.aspx?NewsCode=NC2056&NewsId=38262498") is None
    assert date_from_url("http://www.yilongnews.cn/news/show/id/57907.html") is None


def test_no_address_gives_no_date() -> None:
    assert date_from_url(None) is None
    assert date_from_url("") is None


# --- the address as an input: a saved page names it, the caller may give it ----------------------

_UNDATED = "本报讯 近日，市总工会召开表彰大会，电工张伟荣获今年的“焦作市五一劳动奖章”。"


def test_an_undated_text_takes_its_year_from_the_address_it_was_published_at() -> None:
    from loaders.extract import extract_text

    profile = extract_text(_UNDATED, source="a.txt", url="http://www.jzrb.cn/news/2023/0428/123456.html")
    assert profile["document"]["date"] == "2023-04-28"
    assert profile["document"]["url"] == "http://www.jzrb.cn/news/2023/0428/123456.html"
    assert [h["year"] for h in profile["people"][0]["honors"]] == [2023]


def test_a_date_in_the_text_wins_over_the_address() -> None:
    from loaders.extract import extract_text

    text = "焦作日报　2021年4月30日\n" + _UNDATED
    profile = extract_text(text, source="a.txt", url="http://www.jzrb.cn/news/2023/0428/123456.html")
    assert profile["document"]["date"].startswith("2021")


def test_a_saved_web_page_gives_its_own_address_and_so_its_date() -> None:
    from loaders.intake import read_document

    page = (
        "<!-- saved from url=(0047)http://www.jzrb.cn/news/2023/0428/123456.html -->\n"
        f"<html><head><title>表彰</title></head><body><p>{_UNDATED}</p></body></html>"
    ).encode()
    profile = read_document(page, "表彰.html").profile
    assert profile["document"]["url"] == "http://www.jzrb.cn/news/2023/0428/123456.html"
    assert profile["document"]["date"] == "2023-04-28"


def test_the_canonical_link_of_a_page_is_its_address() -> None:
    from loaders.intake.documents import page_url

    html = '<html><head><link rel="canonical" href="https://news.example.cn/2020/1126/c1.html"></head></html>'
    assert page_url(html) == "https://news.example.cn/2020/1126/c1.html"


def test_laomo_extract_takes_the_address_of_one_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from laomo.cli import main

    (tmp_path / "a.txt").write_text(_UNDATED, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--url", "http://www.jzrb.cn/news/2023/0428/1.html"]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["date"] == "2023-04-28"


def test_laomo_extract_refuses_one_address_for_several_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from laomo.cli import main

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(_UNDATED, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--url", "http://www.jzrb.cn/news/2023/0428/1.html"]) == 2
    assert "--url" in capsys.readouterr().err
