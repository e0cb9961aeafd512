"""Who a list's entries are (loaders/extract/rolls.py, awards.py, listrows.py): the names a text's own
structure marks as entries — lines under 分别是：, a heading that only names an honour, a run closed by a
head count and the honour, items closing on a name — are subjects and hold the list's honour.  Every
name, unit and place is invented."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract.listrows import parse_list_line
from tests.conftest import people_of


def titles(person: dict[str, Any]) -> set[str]:
    return {h["title"] for h in person["honors"]}


LINE_ITEMS = (
    "近日，省总工会发布《关于表彰青川省优秀农民工的决定》，全省200人被授予“青川省优秀农民工”荣誉称号。\n"
    "其中，南桥市有3人登榜，分别是：\n"
    "南桥纺织股份有限公司挡车工林秀娟；\n"
    "南桥船舶重工有限公司班组长周德明；\n"
    "南桥市新城包子店创办人钱卫东\n"
    "据了解，该称号每五年评选一次。\n"
)


def test_entries_one_a_line_after_a_counted_colon_hold_the_honour_named_before() -> None:
    got = people_of(LINE_ITEMS)
    for name in ("林秀娟", "周德明", "钱卫东"):
        assert "青川省优秀农民工" in titles(got[name]), name


def test_an_entry_line_gives_its_unit_as_the_employer() -> None:
    got = people_of(LINE_ITEMS)
    assert got["周德明"]["employers"] == ["南桥船舶重工有限公司"]


NOMINEES = (
    "青川省全国劳动模范推荐委员会今天公示了我省全国劳动模范推荐人选名单，南桥市有3人入围。\n"
    "南桥市入围的3人分别是：\n"
    "●林秀娟 南桥大学附属医院副护士长（副主任护师）\n"
    "●周德明 南桥第一中学教务主任\n"
    "●钱卫东 南桥港务集团有限公司党委书记、董事长\n"
    "（记者 孙海燕）\n"
)


def test_nominees_of_a_candidacy_list_are_people_holding_nothing_yet() -> None:
    got = people_of(NOMINEES)
    for name in ("林秀娟", "周德明", "钱卫东"):
        assert name in got and got[name]["honors"] == [], name


def test_the_reporter_under_a_nominee_list_is_no_nominee() -> None:
    assert "孙海燕" not in people_of(NOMINEES)


def test_a_bracketed_grade_after_a_post_leaves_the_unit_and_post_readable() -> None:
    person = parse_list_line("林秀娟 南桥大学附属医院副护士长（副主任护师）")
    assert person is not None
    assert (person.unit, person.post) == ("南桥大学附属医院", "副护士长")


COUNTED_GROUPS = (
    "昨天下午，市城管局召开庆祝大会，对南桥区环卫服务中心林秀娟、北塘区环卫服务中心周德明等14名"
    "青川省优秀城市美容师，西湾区环卫管理站钱卫东等45名南桥市优秀城市美容师进行表彰。\n"
)


def test_each_run_closed_by_a_head_count_holds_the_honour_the_count_names() -> None:
    got = people_of(COUNTED_GROUPS)
    assert "青川省优秀城市美容师" in titles(got["林秀娟"])
    assert "青川省优秀城市美容师" in titles(got["周德明"])
    assert titles(got["钱卫东"]) == {"南桥市优秀城市美容师"}


def test_a_group_word_before_an_award_verb_is_no_honour() -> None:
    text = (
        "青川梁山机械有限公司技术员林秀娟、青川重齿机械有限公司机加车间副主任周德明等13名先进职工获全国五一劳动奖章。\n"
    )
    got = people_of(text)
    assert titles(got["林秀娟"]) == {"全国五一劳动奖章"}


def test_a_quoted_epithet_between_the_head_count_and_the_verb_keeps_the_run_holding_the_honour() -> None:
    text = (
        "1980年3月8日，南桥市第一批“女状元”受到表彰。\n"
        "南桥矿工程师林秀娟、北塘区小学教师周德明、西湾区妇代会主任钱卫东等120名“女状元”成为“三八”红旗手。\n"
    )
    got = people_of(text)
    for name in ("林秀娟", "周德明", "钱卫东"):
        assert "三八红旗手" in titles(got[name]), name


HONOUR_HEADINGS = (
    "大会还表彰了一批先进个人，南桥市多名民警获得全国公安机关爱民模范、全国优秀人民警察等荣誉。\n"
    "【光荣榜】\n"
    "●“全国公安机关爱民模范”\n"
    "南桥市公安局北塘派出所综合科二级警长林秀娟\n"
    "●“全国优秀人民警察”\n"
    "南桥市公安局西湾分局刑侦大队大队长周德明等3名同志\n"
)


def test_an_entry_line_under_a_heading_that_only_names_an_honour_holds_it() -> None:
    got = people_of(HONOUR_HEADINGS)
    assert titles(got["林秀娟"]) == {"全国公安机关爱民模范"}
    assert titles(got["周德明"]) == {"全国优秀人民警察"}


def test_an_honour_heading_belongs_to_the_entry_below_not_the_name_above() -> None:
    got = people_of(HONOUR_HEADINGS)
    assert "全国优秀人民警察" not in titles(got["林秀娟"])


EXAMPLE_ITEMS = (
    "4月29日，青川省五一劳动奖表彰大会在南桥召开。林秀娟等269名个人获省五一劳动奖章。\n"
    "此次表彰对象覆盖各个行业。他们中，有解决生产难题的南桥钢铁炼钢厂作业长林秀娟；"
    "坚守岗位的南桥供气公司客服员工周德明；真诚服务的快递小哥钱卫东。\n"
    "表彰重点选树能工巧匠。如创造“南桥速度”的南桥建设集团项目经理孙海燕；"
    "南桥光伏公司研发部员工吴建国；南桥电力研究院职工郑晓明。\n"
)


def test_items_closing_on_names_take_a_members_honour_read_elsewhere() -> None:
    got = people_of(EXAMPLE_ITEMS)
    for name in ("周德明", "钱卫东"):
        assert titles(got[name]) == {"省五一劳动奖章"}, name


def test_items_no_honour_reaches_take_the_one_honour_the_articles_people_hold() -> None:
    got = people_of(EXAMPLE_ITEMS)
    for name in ("孙海燕", "吴建国", "郑晓明"):
        assert titles(got[name]) == {"省五一劳动奖章"}, name


@pytest.mark.usefixtures("person_gate_off")
def test_items_closing_on_names_in_an_article_without_an_honour_give_none() -> None:
    text = (
        "南桥市今年春耕进展顺利。各地涌现出一批种粮能手，如南桥镇种粮大户孙海燕；"
        "北塘镇合作社理事长吴建国；西湾镇家庭农场主郑晓明。\n"
    )
    assert people_of(text) == {}
