"""Honour years of a dated news item whose opening reports the commendation being held
(…表彰大会在京召开 / a slogan, then 4月28日，…表彰大会召开; loaders/extract/steps.py, opening_event), and
of a decision that confers with 决定分别授予 signed by its date line (signed_decision_year)."""

from __future__ import annotations

from loaders.extract.steps import ANNOUNCED_YEAR_RE, GROUP_COUNT_RE
from tests.conftest import honours


def _years(text: str, name: str, **kwargs: str) -> dict[str, int | None]:
    return {t: y for t, y, _ in honours(text, **kwargs)[name]}


def test_a_meeting_held_in_the_opening_dates_the_honours_it_confers() -> None:
    text = (
        "全国林业系统表彰大会在京召开，我省一批单位和个人受到表彰。\n"
        "会上，宜昌市夷陵区林业局护林员陈国平被表彰为全国林业系统劳动模范。\n"
    )
    assert _years(text, "陈国平", document_date="2013-08-15") == {"全国林业系统劳动模范": 2013}


def test_the_meeting_may_follow_a_slogan_line() -> None:
    text = (
        "劳动创造价值，奋斗成就梦想。4月27日，瑞安市庆祝“五一”国际劳动节暨劳模表彰大会召开。\n"
        "会上，浙江华峰机械有限公司车间主任周立新被授予“温州市劳动模范”称号。\n"
    )
    assert _years(text, "周立新", document_date="2023-04-29") == {"温州市劳动模范": 2023}


def test_a_resume_of_honours_held_is_not_dated_by_the_opening() -> None:
    text = (
        "全国林业系统表彰大会在京召开，我省一批单位和个人受到表彰。\n"
        "会上，宜昌市夷陵区林业局护林员陈国平被表彰为全国林业系统劳动模范。"
        "陈国平曾获得湖北省五一劳动奖章、湖北省技术能手、宜昌市劳动模范等荣誉称号。\n"
    )
    got = _years(text, "陈国平", document_date="2013-08-15")
    assert got["全国林业系统劳动模范"] == 2013
    assert got["湖北省技术能手"] is None


def test_a_meeting_of_another_year_in_the_opening_dates_nothing() -> None:
    text = (
        "2015年，全国劳动模范表彰大会在京召开，我省一批个人受到表彰。\n"
        "会上，某某钢铁公司炼钢厂工人刘建华被授予“全国劳动模范”称号。\n"
    )
    assert _years(text, "刘建华", document_date="2020-05-01") == {"全国劳动模范": 2015}


def test_an_undated_page_gets_no_year_from_its_opening() -> None:
    text = (
        "全国林业系统表彰大会在京召开，我省一批单位和个人受到表彰。\n"
        "会上，宜昌市夷陵区林业局护林员陈国平被表彰为全国林业系统劳动模范。\n"
    )
    assert _years(text, "陈国平") == {"全国林业系统劳动模范": None}


def test_a_decision_conferring_with_fenbie_takes_its_signed_year() -> None:
    text = (
        "各乡镇人民政府，市直各部门：\n"
        "2022年8月，赵德明在河中救起两名落水儿童。市人民政府决定分别授予赵德明同志“腾冲市见义勇为先进个人”荣誉称号。\n"
        "腾冲市人民政府\n"
        "2023年2月17日\n"
    )
    assert _years(text, "赵德明") == {"腾冲市见义勇为先进个人": 2023}


# -- 2010年…受表彰的全国劳动模范共有20人: a group's announcement dates the same title after it
# (loaders/extract/steps.py, announced_year)


def test_a_headline_honour_on_an_undated_page_takes_the_announcing_sentences_year() -> None:
    text = (
        "张建国、李红梅等化工行业18人被评为全国劳模\n"
        "2015年化工系统受表彰的全国劳动模范和先进工作者共有18人。"
        "中国石化扬子石化公司烯烃厂班长张建国，天津渤海化工集团技术中心主任李红梅等获此殊荣。\n"
    )
    assert _years(text, "张建国") == {"全国劳动模范": 2015}


def test_a_range_in_the_announcing_sentence_dates_nothing() -> None:
    text = (
        "张建国、李红梅等化工行业18人被评为全国劳模\n"
        "2013至2015年度化工系统受表彰的全国劳动模范和先进工作者共有18人。"
        "中国石化扬子石化公司烯烃厂班长张建国，天津渤海化工集团技术中心主任李红梅等获此殊荣。\n"
    )
    assert _years(text, "张建国") == {"全国劳动模范": None}


def test_an_announcement_year_is_a_plain_year_not_a_period_or_a_yearly_qualifier() -> None:
    def found(text: str) -> list[str]:
        return [m.group(1) for m in ANNOUNCED_YEAR_RE.finditer(text)]

    assert found("2015年化工系统受表彰的全国劳动模范共有18人") == ["2015"]
    assert found("自2014年以来，我市已评选出两届首席技师共12人") == []
    assert found("决定表彰一批2015年度先进单位，授予2名个人湖南省五一劳动奖章") == []
    assert found("2013至2015年度受表彰的劳动模范共有60人") == []


def test_a_group_announcement_needs_a_head_count_or_a_list() -> None:
    assert GROUP_COUNT_RE.search("受表彰的全国劳动模范和先进工作者共有18人")
    assert GROUP_COUNT_RE.search("2012年全市劳动模范名单")
    assert not GROUP_COUNT_RE.search("2016年4月，钳工胡德明获得2016年度“全国五一劳动奖章”")
