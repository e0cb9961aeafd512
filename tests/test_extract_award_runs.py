"""Honourees written in running news text rather than in a table: names joined by 、 before an award
verb, and 获评X的有：A（单位）、B… lists.  Every name and unit is invented."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text


def honours_of(text: str, **kw) -> dict[str, set[tuple]]:
    return {p["name"]: {(h["title"], h["year"]) for h in p["honors"]} for p in extract_text(text, **kw)["people"]}


def employers_of(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["employers"] for p in extract_text(text)["people"]}


@pytest.mark.parametrize("verb", ["荣获", "获评", "被评为", "获得", "当选"])
def test_names_joined_before_an_award_verb_each_get_the_honour(verb: str) -> None:
    text = f"本报讯 七一前夕，新乡重机公司党委开展评优活动。经评选，邵建国、祁晓梅、甘立新{verb}“优秀共产党员”称号。\n"
    people = honours_of(text)
    assert set(people) == {"邵建国", "祁晓梅", "甘立新"}
    assert all({t for t, _ in hs} == {"优秀共产党员"} for hs in people.values())


def test_listed_after_de_you_each_get_the_honour_named_before_it() -> None:
    text = "本报讯 新乡重机公司表彰年度先进。获评先进生产者的有：邵建国（机加车间）、祁晓梅（装配班组）、甘立新。\n"
    people = honours_of(text)
    assert set(people) == {"邵建国", "祁晓梅", "甘立新"}
    assert all({t for t, _ in hs} == {"先进生产者"} for hs in people.values())


def test_a_bracketed_unit_after_a_listed_name_is_that_persons_employer() -> None:
    text = "本报讯 新乡重机有限公司表彰年度先进。获评先进生产者的有：邵建国（新乡重机有限公司机加车间）、甘立新。\n"
    employers = employers_of(text)
    assert employers["邵建国"] == ["新乡重机有限公司"]
    assert employers["甘立新"] == []


def test_listed_after_de_shi_with_a_quoted_title_each_get_it() -> None:
    text = "本报讯 新乡重机公司召开表彰会。荣获“岗位能手”称号的是：邵建国、祁晓梅。\n"
    people = honours_of(text)
    assert set(people) == {"邵建国", "祁晓梅"}
    assert all({t for t, _ in hs} == {"岗位能手"} for hs in people.values())


def test_a_recently_published_list_in_dated_news_is_of_the_document_year() -> None:
    text = "本报讯 日前，新乡市总工会公布“新乡工匠”名单。经评选，邵建国、祁晓梅荣获“新乡工匠”称号。\n"
    assert honours_of(text, document_date="2024-05-06") == {n: {("新乡工匠", 2024)} for n in ("邵建国", "祁晓梅")}


def test_a_recently_published_list_in_undated_text_stays_undated() -> None:
    text = "日前，新乡市总工会公布“新乡工匠”名单。经评选，邵建国、祁晓梅荣获“新乡工匠”称号。\n"
    assert honours_of(text) == {n: {("新乡工匠", None)} for n in ("邵建国", "祁晓梅")}


def test_an_honour_in_a_recently_published_list_sentence_is_of_the_document_year() -> None:
    text = "近日，河南省总工会发布了河南省五一劳动奖章获得者名单，新乡重机公司钳工邵建国获评“河南省五一劳动奖章”。\n"
    assert honours_of(text, document_date="2024-05-06") == {"邵建国": {("河南省五一劳动奖章", 2024)}}
    assert honours_of(text) == {"邵建国": {("河南省五一劳动奖章", None)}}


def test_a_year_stated_in_the_announcement_is_kept() -> None:
    text = "近日，河南省总工会发布了2023年度河南省五一劳动奖章获得者名单，新乡重机公司钳工邵建国获评“河南省五一劳动奖章”。\n"
    assert honours_of(text, document_date="2024-05-06") == {"邵建国": {("河南省五一劳动奖章", 2023)}}


def test_names_counted_as_holders_of_an_honour_before_huodezhe_each_hold_it() -> None:
    text = (
        "5月12日上午，省护理学会举行座谈会。省卫生健康委副主任钱立军，省护理学会秘书长蒋红，"
        "邵秀英、祁晓梅、甘立新3名第48届南丁格尔奖章获得者等共40余人参加座谈会。\n"
    )
    people = honours_of(text)
    for name in ("邵秀英", "祁晓梅", "甘立新"):
        assert {t for t, _ in people[name]} == {"南丁格尔奖章"}


def test_officials_before_a_counted_run_of_holders_do_not_get_its_honour() -> None:
    text = (
        "5月12日上午，省护理学会举行座谈会。省卫生健康委副主任钱立军，省护理学会秘书长蒋红，"
        "邵秀英、祁晓梅、甘立新3名第48届南丁格尔奖章获得者等共40余人参加座谈会。\n"
    )
    people = honours_of(text)
    assert not people.get("钱立军")
    assert not people.get("蒋红")


POINTED_BACK = (
    "4月中旬，从北京传来喜讯，某矿业集团峰峰矿务局党委书记邵建国荣获“中国煤炭工业第十届石圪节精神奖”。"
    "和邵建国一起获此殊荣的共有48位全国煤炭系统的领导干部。"
    "某矿业集团获此奖的还有：某矿业集团党委副书记祁晓梅，某煤业公司党委书记甘立新。\n"
)


def test_holders_listed_after_huo_ci_jiang_de_hai_you_hold_the_honour_named_two_sentences_before() -> None:
    people = honours_of(POINTED_BACK)
    assert {t for t, _ in people["祁晓梅"]} == {"中国煤炭工业石圪节精神奖"}
    assert {t for t, _ in people["甘立新"]} == {"中国煤炭工业石圪节精神奖"}


def test_a_plain_list_opener_after_a_sentence_without_an_honour_reads_no_earlier_honour() -> None:
    text = (
        "邵建国荣获“中国煤炭工业第十届石圪节精神奖”。会议还听取了工作报告。"
        "出席会议的还有：某矿业集团党委副书记祁晓梅，某煤业公司党委书记甘立新。\n"
    )
    people = honours_of(text)
    assert not people.get("祁晓梅")


TITLED_LIST = (
    "感动中原十大人物2019 感动中原十大人物事迹及颁奖词\n"
    "感动中原十大人物2019名单如下:邵建国、祁晓梅、甘立新、蒋卫东、柳明华夫妇、何志远,下面请看榜单详细内容。\n"
)


def test_bare_names_after_a_list_titled_by_its_honour_hold_that_honour() -> None:
    people = honours_of(TITLED_LIST)
    assert people["祁晓梅"] == {("感动中原十大人物", 2019)}
    assert people["何志远"] == {("感动中原十大人物", 2019)}


def test_a_couple_in_a_run_of_holders_gives_its_named_member_no_honour() -> None:
    people = honours_of(TITLED_LIST)
    assert not people.get("柳明华")


def test_bare_names_after_an_opener_take_no_honour_of_the_sentence_before() -> None:
    text = (
        "秦某某先后获得过“全国最美职工”等称号。"
        "本届活动推选出4位“大国工匠年度人物”，他们分别是：邵建国、祁晓梅、甘立新、蒋卫东。\n"
    )
    people = honours_of(text)
    assert all(t != "全国最美职工" for t, _ in people.get("祁晓梅", set()))
