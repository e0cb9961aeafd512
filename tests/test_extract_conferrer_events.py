"""Conferring bodies read from the event an honour was given at, from an approval before 授予, from
a statement that a longer match used to hide, and the bodies that are not conferrers (the winners'
own units, an honour's name taken for a body's full name) (loaders/extract/context.py, relations.py)."""

from __future__ import annotations

from loaders.extract.context import (
    _granted_object,
    _level_fits,
    event_organisers,
    fuller_body,
    joined_apart,
    statements,
)
from loaders.extract.relations import _clean_raw_and_bodies, canonical_body
from tests.conftest import conferrers


def test_a_grant_after_a_meeting_that_names_its_series_is_still_read() -> None:
    text = (
        "4月28日，2015年庆祝“五一”国际劳动节暨表彰全国劳动模范和先进工作者大会在北京隆重举行，"
        "2968名同志被党中央和国务院授予全国劳动模范和先进工作者荣誉称号。"
    )
    assert ("党中央", "国务院") in [s.bodies for s in statements(text, 0, len(text))]


def test_the_body_that_organised_a_commendation_meeting_confers_what_is_given_there() -> None:
    text = (
        "3月20日，由洛阳市总工会组织的全市职工技能表彰大会在洛阳举行。"
        "会上，洛阳轴承集团装配车间主任王建华被授予“洛阳市五一劳动奖章”。"
    )
    assert conferrers(text)["王建华"] == [("洛阳市五一劳动奖章", ["洛阳市总工会"])]


def test_an_activity_said_to_be_run_by_a_body_names_it_as_organiser() -> None:
    text = "该活动是由中国职工教育和职业培训协会主办的，旨在表彰一批优秀培训师。"
    assert [e.bodies for e in event_organisers(text, 0, len(text))] == [("中国职工教育和职业培训协会",)]


def test_a_body_holding_its_own_sitting_confers_what_the_sitting_commends_next() -> None:
    text = (
        "4月8日，湖北省交通工会三届五次全委（扩大）会议在武汉召开。\n"
        "会议通报表彰了2012年度全省交通系统先进集体和个人，宜昌港务公司装卸队队长刘志强荣获全省交通系统劳动模范荣誉称号。"
    )
    assert ("全省交通系统劳动模范", ["湖北省交通工会"]) in conferrers(text)["刘志强"]


def test_an_honour_in_a_later_paragraph_not_at_the_meeting_keeps_no_event_body() -> None:
    text = (
        "3月20日，由洛阳市总工会组织的全市职工技能表彰大会在洛阳举行。\n"
        "据了解，洛阳轴承集团装配车间主任王建华此前已被授予“洛阳市技术能手”称号。"
    )
    assert conferrers(text)["王建华"] == [("洛阳市技术能手", [])]


def test_an_event_body_of_another_level_or_place_does_not_fit_the_honour() -> None:
    assert not _level_fits("全国技术能手", ("洛阳市总工会",))
    assert not _level_fits("山东省劳动模范", ("中华全国总工会",))
    assert not _level_fits("郑州市五一劳动奖章", ("洛阳市总工会",))
    assert _level_fits("洛阳市五一劳动奖章", ("洛阳市总工会",))


def test_the_body_that_approved_a_grant_is_its_agent() -> None:
    text = "经市卫生局推荐，省卫生厅批准，授予市人民医院内科护士长赵丽萍同志“优质护理服务标兵”荣誉称号。"
    assert [s.bodies for s in statements(text, 0, len(text))] == [("省卫生厅",)]


def test_a_body_defined_as_giving_an_honour_confers_it() -> None:
    text = "全国劳动模范是中共中央、国务院给予劳动者的最高荣誉。2020年，龙煤集团采煤队队长孙国庆荣获全国劳动模范称号。"
    assert ("全国劳动模范", ["中共中央", "国务院"]) in conferrers(text)["孙国庆"]


def test_a_ministry_written_with_the_state_name_is_the_ministry() -> None:
    assert canonical_body("中国人力资源社会保障部") == "人力资源和社会保障部"
    assert canonical_body("中华人民共和国教育部") == "教育部"


def test_a_company_department_with_a_ministry_like_name_stays_as_written() -> None:
    assert canonical_body("中国铁建十二局集团工程部") == "中国铁建十二局集团工程部"


def test_units_granted_an_honour_are_not_its_conferrers() -> None:
    text = "授予市中心医院骨科、县人民医院妇产科“优质护理服务先进病区”称号。"
    assert _granted_object(text, "县人民医院妇产科")
    assert _granted_object(text, "市中心医院骨科")


def test_a_body_that_grants_is_kept_as_conferrer() -> None:
    text = "山西省卫生厅授予市中心医院骨科“优质护理服务先进病区”称号。"
    assert not _granted_object(text, "山西省卫生厅")


def test_an_honours_name_is_not_taken_for_the_bodys_full_name() -> None:
    assert fuller_body("山东省建设工会", ["山东省建设系统先进工会"]) == "山东省建设工会"


def test_a_committee_and_government_written_together_are_two_bodies() -> None:
    assert joined_apart("市委市政府") == ["市委", "市政府"]
    assert joined_apart("省委省人民政府") == ["省委", "省人民政府"]


def test_two_bodies_written_together_are_not_a_full_name() -> None:
    assert fuller_body("市政府", ["市委市政府"]) == "市政府"


def test_a_groups_union_written_with_the_bare_kind_takes_the_groups_name() -> None:
    assert fuller_body("集团工会", ["文化中心", "玉柴集团", "玉柴重工"]) == "玉柴集团工会"


def test_a_groups_union_stays_bare_when_two_groups_are_named() -> None:
    assert fuller_body("集团工会", ["玉柴集团", "柳工集团"]) == "集团工会"


def test_the_verb_a_body_was_read_out_with_is_no_part_of_its_name() -> None:
    value = {"title": "青年岗位能手", "raw": "“青年岗位能手”", "conferred_by": ["宣读了集团公司团委"]}
    _clean_raw_and_bodies(value)
    assert value["conferred_by"] == ["集团公司团委"]
