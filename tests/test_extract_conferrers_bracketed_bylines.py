"""Conferring bodies written short or with words glued on, in shapes read from fresh pages (session 14,
second wave): a bracketed byline before the body that opens a news lead."""

from __future__ import annotations

from loaders.extract.context import _bare_province
from loaders.extract.frames import joined_bodies, split_bodies
from loaders.extract.relations import canonical_body
from tests.conftest import conferrers


def test_a_byline_in_brackets_is_no_part_of_the_body_that_opens_the_lead() -> None:
    assert split_bodies("（记者 李丽）中华全国总工会") == ("中华全国总工会",)


def test_a_dateline_and_its_byline_are_dropped_before_the_deciding_body() -> None:
    assert split_bodies("新华社北京4月28日电（记者 王宁）中华全国总工会") == ("中华全国总工会",)


def test_a_news_lead_opened_by_a_byline_names_the_deciding_body_alone() -> None:
    text = "（记者张帆）中华全国总工会日前决定，授予济南二机床集团钳工李刚全国五一劳动奖章。\n"
    assert dict(conferrers(text)["李刚"])["全国五一劳动奖章"] == ["中华全国总工会"]


def test_two_issuers_joined_by_he_of_a_named_decision_are_two_bodies() -> None:
    text = (
        "近日，人力资源社会保障部和民政部发布《关于表彰全国民政系统先进集体、劳动模范和先进工作者的决定》。"
        "武威市殡仪馆职工赵明荣获“全国民政系统劳动模范”称号。\n"
    )
    assert sorted(dict(conferrers(text)["赵明"])["全国民政系统劳动模范"]) == ["人力资源和社会保障部", "民政部"]


def test_one_body_with_he_inside_its_name_stays_one_issuer() -> None:
    assert joined_bodies("中国石油和化学工业协会") == ["中国石油和化学工业协会"]


def test_a_ministry_written_after_guojia_takes_its_own_name() -> None:
    assert canonical_body("国家人力资源社会保障部") == "人力资源和社会保障部"
    assert canonical_body("国家安全部") == "国家安全部"


def test_a_province_named_only_short_places_its_bare_provincial_bodies() -> None:
    text = (
        "2020“最美浙江人·最美工匠”揭晓\n"
        "11月5日下午，省委宣传部、省总工会联合发布了100名2020年“最美浙江人·最美工匠”名单。"
        "今年1月，省总工会启动“浙江工匠”选树活动。\n"
        "在百名“最美工匠”中，年龄最大的是78岁的中国陶瓷艺术大师周国桢，他从事青瓷工作40年。\n"
    )
    got = dict(conferrers(text)["周国桢"])["最美浙江人·最美工匠"]
    assert sorted(got) == ["中共浙江省委宣传部", "浙江省总工会"]


def test_a_province_named_once_in_passing_places_nothing() -> None:
    assert _bare_province("省总工会表彰一批职工，其中一人曾在浙江工作", ["浙江"], {}) == {}
