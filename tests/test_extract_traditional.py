"""Traditional-script news and WeChat credit lines: people found on the simplified copy, reported as written."""

from __future__ import annotations

from loaders.dates import parse_birth
from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.people import find_people

TRAD = (
    "港鐵工程師梁浩軒獲評「全國技術能手」\n2023年12月8日　星期五　A12版　大灣區\n\n"
    "【本報深圳訊】記者鄭嘉欣報道：日前，人力資源和社會保障部公佈第十六屆「全國技術能手」名單，"
    "港鐵公司深圳地鐵4號綫車輛維修工程師梁浩軒榜上有名。\n\n"
    "梁浩軒一九八八年在香港出生，二〇一〇年加入港鐵公司，從事列車維修工作。二〇一八年，他獲評「深圳市技術能手」。\n"
)


def test_a_traditional_article_reports_its_subject_as_written_with_the_simplified_alias() -> None:
    people = {p["name"]: p for p in extract_text(TRAD)["people"]}
    assert list(people) == ["梁浩軒"]
    assert people["梁浩軒"]["aliases"] == ["梁浩轩"]


def test_corner_quoted_honours_keep_their_conferrer_and_employer() -> None:
    person = extract_text(TRAD)["people"][0]
    national = next(h for h in person["honors"] if h["title"] == "全国技术能手")
    assert national["conferred_by"] == ["人力資源和社會保障部"]  # bodies as written, like names
    assert person["employers"] == ["港鐵公司"]  # units as written too
    assert ("深圳市技术能手", 2018) in {(h["title"], h["year"]) for h in person["honors"]}


def test_a_birth_year_in_chinese_numerals_with_a_place_before_chusheng() -> None:
    assert parse_birth("梁浩轩一九八八年在香港出生，二〇一〇年加入港铁公司") == "1988"
    assert extract_text(TRAD)["people"][0]["born"] == "1988"


def test_credit_labels_and_their_values_are_never_subjects() -> None:
    text = (
        "文字：黄思远　图片：郭雨桐　编辑：蔡晓梅　审核：林志刚\n\n"
        "近日，市总工会公布名单，公交集团驾驶员彭立伟荣获“最美公交司机”称号。\n"
    )
    found = find_people(parse_document(text))
    assert {"黄思远", "郭雨桐", "蔡晓梅", "林志刚"} <= found.bylines
    names = [p["name"] for p in extract_text(text, document_date="2024-03")["people"]]
    assert names == ["彭立伟"]


def test_common_words_and_verbs_are_never_names() -> None:
    text = "荣获“最美公交司机”称号的公交集团驾驶员彭立伟说，文字：王敏。\n"
    names = find_people(parse_document(text)).names()
    assert not names & {"荣获", "文字"}


def test_names_listed_before_a_head_count_and_an_award_verb_are_found() -> None:
    text = "表彰大会上，韦立强、詹国栋、鲁海燕等3人被评为集团首席技师。\n"
    assert {"韦立强", "詹国栋", "鲁海燕"} <= find_people(parse_document(text)).names()


# a Hong Kong union's list of the year's honours: each award heads the column of its holders
HK_HONOURS = (
    "工聯會熱烈祝賀獲授勳各界同仁。\n工聯會獲授勳名單 :\n銅紫荊星章\n陳家明\n"
    "行政長官社區服務獎\n黃志強\n梁美玲\n周子聰\n林淑儀\n"
)


def test_a_community_service_award_heading_a_column_is_an_honour_of_its_names() -> None:
    people = {p["name"]: p for p in extract_text(HK_HONOURS)["people"]}
    for name in ("黃志強", "梁美玲", "周子聰", "林淑儀"):
        assert [h["title"] for h in people[name]["honors"]] == ["行政长官社区服务奖"]
