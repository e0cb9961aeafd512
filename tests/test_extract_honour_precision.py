"""Honour precision steps (loaders/extract/steps.py): the year of a meeting an article opens on by
its day, and titles that carry a particle or a collective's name."""

from __future__ import annotations

from tests.conftest import honours

# -- a meeting dated by its day


def test_a_meeting_dated_with_its_full_day_gives_the_year_to_the_conferrals_it_reports() -> None:
    text = (
        "九江表彰抗洪抢险先进个人\n\n"
        "为表彰抗洪抢险中涌现的先进个人，2016年7月28日上午，由九江市总工会组织的抗洪抢险先进事迹报告会在市会展中心举行。\n"
        "在会上，九江供电公司线路班长陈国华被授予“九江市五一劳动奖章”。\n"
    )
    assert [(t, y) for t, y, _ in honours(text)["陈国华"]] == [("九江市五一劳动奖章", 2016)]


def test_the_meetings_own_written_year_stands_against_a_later_document_date() -> None:
    text = (
        "中国铝业集团表彰优秀青年\n\n"
        "2013年5月4日上午，中国铝业集团在京召开了“五四”表彰暨青年志愿服务队成立大会，集团公司领导出席会议。\n"
        "会上首先宣读了集团公司团委关于命名表彰先进集体和个人的决定。西南铝业公司团委书记马丽娟被授予“优秀共青团干部”荣誉称号。\n"
    )
    found = honours(text, document_date="2021-06-01")["马丽娟"]
    assert [(t, y) for t, y, _ in found] == [("优秀共青团干部", 2013)]


def test_a_paragraph_that_does_not_go_back_to_the_meeting_keeps_no_year() -> None:
    text = (
        "九江表彰抗洪抢险先进个人\n\n"
        "为表彰抗洪抢险中涌现的先进个人，2016年7月28日上午，由九江市总工会组织的抗洪抢险先进事迹报告会在市会展中心举行。\n"
        "陈国华是九江供电公司的线路班长，曾被授予“九江市三八红旗手”称号。\n"
    )
    assert [(t, y) for t, y, _ in honours(text)["陈国华"]] == [("九江市三八红旗手", None)]


# -- titles that carry more than the honour's name


def test_the_particle_of_a_relative_clause_is_not_part_of_the_title() -> None:
    text = "刘德福是北京百货大楼售货员。1985年国务院授予他的全国劳动模范称号是他最骄傲的事情。\n"
    assert honours(text)["刘德福"] == [("全国劳动模范", 1985, ["国务院"])]


def test_a_collectives_honour_is_not_given_to_the_person_named_beside_it() -> None:
    text = "在此次会议上，五星食品公司工会荣获开封市“先进基层工会”、五星食品质检部主任王丽被授予“五一劳动奖章”。\n"
    assert [t for t, _, _ in honours(text)["王丽"]] == ["五一劳动奖章"]


def test_a_period_of_years_before_the_name_gives_no_single_year() -> None:
    text = "张建华是金山区电缆厂的电工。他被评为2014-2016年度金山区先进生产者。\n"
    assert honours(text)["张建华"] == [("金山区先进生产者", None, [])]


def test_a_post_qualified_by_praise_is_an_honour() -> None:
    text = "我校的数学教师孙丽娟被评为全国优秀班主任，为学校赢得了荣誉。\n"
    assert [t for t, _, _ in honours(text)["孙丽娟"]] == ["全国优秀班主任"]


def test_a_plain_post_is_not_an_honour() -> None:
    from loaders.honours import phrase_kind

    assert phrase_kind("第三车间主任") == "position"


def test_a_years_stub_left_before_the_name_is_cut() -> None:
    from loaders.extract.steps import honours_tidied
    from tests.conftest import honour_fact

    fact = honour_fact("年全国先进生产者", "年全国先进生产者")
    assert [f.value["title"] for f in honours_tidied([fact])] == ["全国先进生产者"]


# -- counted groups in one grant


def test_the_head_of_a_second_counted_group_holds_only_that_groups_honour() -> None:
    text = "市总工会决定,授予张建华等10名同志“市五一劳动奖章”、李秀梅等5名同志“市优秀工会工作者”称号。"
    found = honours(text)
    assert [t for t, _, _ in found["张建华"]] == ["市五一劳动奖章"]
    assert [t for t, _, _ in found["李秀梅"]] == ["市优秀工会工作者"]


def test_one_honour_written_with_yi_ming_before_a_name_still_describes_that_person() -> None:
    text = "作为一名全国劳模、市公交公司驾驶员王建军始终坚守在岗位上。"
    assert [t for t, _, _ in honours(text)["王建军"]] == ["全国劳动模范"]
