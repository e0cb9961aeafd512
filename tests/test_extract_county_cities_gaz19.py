"""County-level cities (places.yaml ``county_cities``): kept apart from the prefecture list, and a
county-level city's name opening a sentence is no person's name."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.orgs import places


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text)["people"]]


def test_county_cities_apart_from_prefectures() -> None:
    p = places()
    assert "宜兴" in p["county_cities"] and "宜兴" not in p["cities"]
    assert p["county_city_to_province"]["晋江"] == "福建"
    assert "无锡" in p["cities"] and "无锡" not in p["county_cities"]


def test_county_city_opening_a_headline_is_no_person() -> None:
    text = (
        "高平举行2018年庆祝“五一”国际劳动节暨表彰先进大会\n\n"
        "26日上午，高平举行2018年庆祝“五一”国际劳动节暨表彰先进大会。高平市领导王建国、李明出席大会。\n"
        "大会共表彰2018年晋城市劳动模范11位。\n"
        "高平市委书记刘文华代表高平市四套班子，向荣获省、晋城市劳动模范的先进个人表示热烈祝贺。"
    )
    names = _names(text)
    assert "高平" not in names
    assert "刘文华" in names


def test_county_city_name_in_a_name_list_is_kept() -> None:
    # a person who happens to be named 江山 (江 + 山) in a list of names stays a person
    text = "2019年获得衢州市劳动模范称号的有：王建国、江山、李明华。"
    assert "江山" in _names(text)


def test_county_level_city_honour_is_county_level() -> None:
    from loaders.honours import honour_level

    assert honour_level("宜兴市劳动模范") == "县"
    assert honour_level("张家港市五一劳动奖章") == "县"
    assert honour_level("无锡市劳动模范") == "市"  # a prefecture city's stays 市
    assert honour_level("乐清市劳动模范") == "县"


def test_page_about_a_county_level_city_names_it() -> None:
    from loaders.extract.context import most_named_places

    text = "宜兴市召开表彰大会。无锡市总工会领导出席。宜兴市总工会主席讲话，宜兴市委书记颁奖。"
    assert most_named_places(text, 0, len(text)) == (None, "宜兴市")


def test_prefecture_named_more_often_keeps_its_city() -> None:
    from loaders.extract.context import most_named_places

    # a Wuxi list naming units of 江阴市 twice: the page is still about 无锡市
    text = "无锡市总工会决定，授予江阴市甲公司、江阴市乙公司无锡市五一劳动奖状。无锡市委书记讲话。"
    assert most_named_places(text, 0, len(text)) == (None, "无锡市")


def test_bare_city_union_on_a_county_level_city_page() -> None:
    text = (
        "宜兴市举行庆祝“五一”国际劳动节暨劳模表彰大会\n\n"
        "4月28日，宜兴市庆祝“五一”国际劳动节暨劳模表彰大会召开。会上，市总工会授予宜兴市丁蜀镇"
        "紫砂工艺厂高级技师周建明“五一劳动奖章”。宜兴市委书记出席会议。"
    )
    person = next(p for p in extract_text(text)["people"] if p["name"] == "周建明")
    assert person["honors"][0]["conferred_by"] == ["宜兴市总工会"]


def test_province_of_a_county_level_city() -> None:
    from loaders.extract.context import province_of_city

    assert province_of_city("昆山市") == "江苏省"
    assert province_of_city("库尔勒市") is None  # an autonomous region's bodies are no 省 bodies
