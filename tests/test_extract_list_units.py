"""Where a listed person works when the list writes the unit in its own way: one ``姓名（单位）``
line per person under a 名单 line, a unit glued before each name in a 、-list, and a list that
names the body once and only the department in its later items.  Every name and unit is
invented."""

from __future__ import annotations

from loaders.extract.names import find_person_mentions
from tests.conftest import people_of

ROSTER = (
    "宜都11名市劳模昨日受表彰\n"
    "昨日上午，宜都市庆祝五一国际劳动节暨劳动模范表彰大会召开，11名同志被授予“宜都市劳动模范”称号。"
    "（记者 张红 通讯员 李明）\n"
    "附：名单\n"
    "周国庆（宜都市第一中学）\n"
    "田秀英（红花套镇卫生院）\n"
    "覃建军（宜都东阳光化成箔）\n"
    "向红梅（宜都市公安局交警大队）\n"
)


def test_each_line_of_a_name_and_bracketed_unit_roster_gives_that_persons_employer() -> None:
    people = people_of(ROSTER)
    assert people["周国庆"]["employers"] == ["宜都市第一中学"]
    assert people["田秀英"]["employers"] == ["红花套镇卫生院"]


def test_a_short_company_name_in_a_roster_of_units_is_read_as_the_employer() -> None:
    assert people_of(ROSTER)["覃建军"]["employers"] == ["宜都东阳光化成箔"]


def test_a_department_in_a_roster_bracket_is_employed_by_its_body() -> None:
    assert people_of(ROSTER)["向红梅"]["employers"] == ["宜都市公安局"]


def test_a_roster_whose_brackets_are_notes_not_units_gives_no_employer() -> None:
    text = "昨日，8名同志被授予“宜都市劳动模范”称号。\n附：名单\n周国庆（党员）\n田秀英（返聘）\n覃建军（连续三年）\n"
    people = people_of(text)
    assert set(people) == {"周国庆", "田秀英", "覃建军"}
    assert [p["employers"] for p in people.values()] == [[], [], []]


def test_names_each_glued_after_a_unit_in_a_list_are_all_found() -> None:
    text = "荣获“辽宁省五一巾帼标兵”的是：大连港集团客运分公司孙丽娟、沈阳市第四人民医院赵雪、鞍山市第一中学刘晓燕。"
    assert [m.name for m in find_person_mentions(text)] == ["孙丽娟", "赵雪", "刘晓燕"]


def test_a_later_list_item_naming_only_a_department_works_at_the_body_of_the_first() -> None:
    text = "宜都市人民医院骨科护士长周秀兰、肿瘤内科护士谭丽荣获“宜都市三八红旗手”称号。"
    tan = people_of(text)["谭丽"]
    assert tan["employers"] == ["宜都市人民医院"]
    assert [(p["title"], p["org"]) for p in tan["positions"]] == [("护士", "宜都市人民医院肿瘤内科")]


def test_a_list_of_units_side_by_side_keeps_each_items_own_unit() -> None:
    text = "荣获“宜都市劳动模范”称号的有：原铸锻厂邓国强、铸造事业部杨立新、电力公司周明。"
    assert people_of(text)["杨立新"]["employers"] == ["铸造事业部"]


def test_a_company_written_right_before_an_honourees_name_is_their_employer() -> None:
    text = "其中，徐州重型机械有限公司李向东被授予“徐州市劳动模范”称号。"
    assert people_of(text)["李向东"]["employers"] == ["徐州重型机械有限公司"]


def test_a_workshop_written_right_before_a_name_is_no_employer() -> None:
    text = "装配车间李向东被授予“徐州市劳动模范”称号。"
    assert people_of(text)["李向东"]["employers"] == []


GLUED_UNITS = (
    "平顶山市人民政府关于表彰2011年度烟叶工作先进个人的通报\n"
    "附件：先进个人名单\n"
    "王建业平顶山市烟草公司生产科\n"
    "李秀梅宝丰县烟叶技术服务中心\n"
    "赵德胜鲁山县烟草研究所\n"
)


def test_a_name_glued_to_a_place_led_unit_in_a_roster_line_is_a_person_with_that_employer() -> None:
    people = people_of(GLUED_UNITS)
    assert people["李秀梅"]["employers"] == ["宝丰县烟叶技术服务中心"]
    assert people["赵德胜"]["employers"] == ["鲁山县烟草研究所"]


def test_a_glued_roster_line_ending_in_a_department_is_employed_by_its_body() -> None:
    assert people_of(GLUED_UNITS)["王建业"]["employers"] == ["平顶山市烟草公司"]


def test_a_collective_line_with_no_name_before_its_place_stays_no_person() -> None:
    from loaders.extract.listrows import parse_list_line

    assert parse_list_line("宝丰县烟叶技术服务中心") is None
