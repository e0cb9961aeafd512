"""County-level cities (places.yaml ``county_cities``): kept apart from the prefecture list, and a
county-level city's honour and bare 市总工会 read at county level."""

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
