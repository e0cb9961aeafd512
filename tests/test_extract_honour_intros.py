"""Honour years and conferring bodies read from what introduces them (loaders/extract/steps.py,
loaders/extract/context.py): a list's introduction, a dated mention of the same title, a headline
glued to its dateline, an activity's organisers, and the words left around an honour's ``raw``."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from loaders.extract.facts import Context
from loaders.extract.steps import honours_tidied, same_title_year
from tests.conftest import honour_fact, honours

CTX = cast(Context, None)  # same_title_year reads only the facts


def tidied_raw(title: str, raw: str, conferred_by: list[str] | None = None) -> str:
    (fact,) = honours_tidied([honour_fact(title, raw, conferred_by)])
    return str(fact.value["raw"])


# -- the year of a list


LIST_TEXT = (
    "为表彰在一线护理岗位上表现优异的护理人员，{intro}\n"
    "“仁心护理奖”（3名）\n"
    "市第一人民医院 张丽华\n"
    "市中医医院 李秀梅\n"
    "市妇幼保健院 王晓燕\n"
)


def test_a_list_takes_the_one_year_its_introduction_names() -> None:
    intro = "市卫生健康委员会于2019年3月设立“仁心护理奖”。首届“仁心护理奖”经专家评审，获奖名单如下。"
    found = honours(LIST_TEXT.format(intro=intro))
    assert [h[:2] for h in found["李秀梅"]] == [("仁心护理奖", 2019)]


def test_a_list_whose_introduction_names_two_years_stays_undated() -> None:
    intro = "该奖项自2016年起每两年评选一次，2019年起改为每年评选。本届获奖名单如下。"
    found = honours(LIST_TEXT.format(intro=intro))
    assert [h[:2] for h in found["李秀梅"]] == [("仁心护理奖", None)]


def test_an_honour_told_again_takes_the_year_of_its_dated_mention() -> None:
    dated = honour_fact("全国五一劳动奖章", "全国五一劳动奖章")
    dated = replace(dated, value={**dated.value, "year": 2016, "_verb": True})
    again = honour_fact("全国五一劳动奖章", "全国五一劳动奖章")
    again = replace(again, value={**again.value, "_verb": True})
    assert [f.value["year"] for f in same_title_year(CTX, [dated, again])] == [2016, 2016]


def test_an_honour_held_earlier_keeps_no_year_from_a_dated_mention_of_its_title() -> None:
    dated = honour_fact("全国五一劳动奖章", "全国五一劳动奖章")
    dated = replace(dated, value={**dated.value, "year": 2016, "_verb": True})
    earlier = honour_fact("全国五一劳动奖章", "全国五一劳动奖章")
    earlier = replace(earlier, value={**earlier.value, "_verb": True, "_past": True})
    assert [f.value["year"] for f in same_title_year(CTX, [dated, earlier])] == [2016, None]


# -- a dateline after a headline the layout joined to it


def test_a_dateline_glued_to_the_headline_above_it_still_opens_a_news_item() -> None:
    text = (
        "全省环卫系统表彰大会召开,30名环卫工人受表彰"
        "浙江日报消息(记者 陈小明)全省环卫系统表彰大会在杭州召开,表彰了一批优秀环卫工人。\n\n"
        "经过逐级推荐、组织公示,杭州市环境集团清扫班班长赵德明被授予“浙江省优秀环卫工人”称号。\n"
    )
    found = honours(text, document_date="2021-06-15")
    assert [h[:2] for h in found["赵德明"]] == [("浙江省优秀环卫工人", 2021)]


# -- the bodies of an activity


def test_the_organisers_of_a_named_selection_confer_it() -> None:
    text = (
        "今日，首届株洲“十大最美护士”评选活动落下帷幕。\n\n"
        "首届株洲十大最美护士评选由株洲市卫生局、株洲市文明办、株洲市妇联共同主办，从全市护士中评出10名。\n\n"
        "市中心医院护士长刘春梅当选首届株洲十大最美护士。\n"
    )
    (honour,) = honours(text, document_date="2015-05-10")["刘春梅"]
    assert honour[2] == ["株洲市卫生局", "株洲市精神文明建设指导委员会办公室", "株洲市妇女联合会"]


def test_the_bodies_that_chose_an_unquoted_series_confer_each_of_its_titles() -> None:
    text = (
        "近日，全省公安机关表彰大会在杭州召开，集中表彰由省人力资源和社会保障厅、省公安厅联合评选出的"
        "2016-2020年度浙江省优秀公安局和优秀人民警察。\n\n"
        "宁波市公安局刑侦支队教导员孙立新等100名同志被授予“浙江省优秀人民警察”称号。\n"
    )
    (honour,) = honours(text, document_date="2021-10-09")["孙立新"]
    assert honour[2] == ["浙江省人力资源和社会保障厅", "浙江省公安厅"]


def test_bodies_that_chose_the_holders_of_a_medal_confer_it() -> None:
    text = (
        "人社部、卫生部近日评选产生了一批全国卫生系统先进工作者和“白求恩奖章”获得者。\n\n"
        "青海省人民医院主任医师马德山荣获“白求恩奖章”。\n"
    )
    (honour,) = honours(text, document_date="2013-01-10")["马德山"]
    assert honour[2] == ["人力资源和社会保障部", "卫生部"]


# -- the words around an honour's raw


def test_a_role_and_a_conferral_verb_before_the_quoted_honour_leave_its_raw() -> None:
    assert tidied_raw("全国最美教师", "老师光荣当选“2018全国最美教师”") == "“2018全国最美教师”"


def test_a_conferring_body_written_before_the_year_and_quote_leaves_its_raw() -> None:
    raw = "四川省总工会2022年“四川工匠”年度人物称号"
    assert tidied_raw("四川工匠年度人物", raw, ["四川省总工会"]) == "2022年“四川工匠”年度人物"


def test_a_companys_name_qualifying_its_own_honour_stays_in_its_raw() -> None:
    raw = "黄山市供电公司劳动模范"
    assert tidied_raw("黄山市供电公司劳动模范", raw, ["黄山市供电公司"]) == raw


def test_a_comment_run_on_after_an_honour_is_cut_from_its_title() -> None:
    (fact,) = honours_tidied([honour_fact("全国劳动模范年龄最大", "全国劳动模范年龄最大")])
    assert fact.value["title"] == "全国劳动模范"


def test_a_comment_run_on_after_a_word_that_names_no_honour_is_not_held() -> None:
    (fact,) = honours_tidied([honour_fact("劳动英雄中有老劳模", "劳动英雄中有老劳模")])
    assert fact.value.get("_not_held") is True
