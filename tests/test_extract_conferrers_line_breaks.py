"""Conferring bodies in shapes read from fresh announcements and news items (second pass): a body run
stops at a line break."""

from __future__ import annotations

from loaders.extract.context import _level_fits
from loaders.extract.frames import split_bodies
from loaders.extract.relations import canonical_body
from tests.conftest import conferrers

JOINT_RELEASE = (
    "中央宣传部、全国总工会联合发布2021年“最美职工”先进事迹\n\n"
    "在“五一”国际劳动节来临之际，中央宣传部、全国总工会向全社会公开发布2021年“最美职工”先进事迹。\n\n"
    "2021年“最美职工”注重面向一线产业工人，王海涛、李春燕、赵立新等10名个人光荣入选。\n"
)


def test_a_breadcrumb_line_above_a_joint_headline_does_not_hide_its_first_body() -> None:
    text = "首页 > 新闻中心 > 工会动态\n" + JOINT_RELEASE
    assert dict(conferrers(text)["王海涛"])["最美职工"] == ["中共中央宣传部", "中华全国总工会"]


def test_a_national_list_of_a_series_is_the_series_its_national_announcers_name() -> None:
    text = (
        "在“五一”国际劳动节来临之际，中央宣传部、全国总工会向全社会公开发布2019年“最美职工”榜单。\n\n"
        "这3位2019年全国“最美职工”分别是：潍坊柴油机厂钳工孙振华，铜陵有色金属集团冶炼厂电工钱立伟，"
        "武汉重型机床厂车工周宏斌。\n"
    )
    assert dict(conferrers(text)["孙振华"])["全国最美职工"] == ["中共中央宣传部", "中华全国总工会"]


def test_a_city_list_is_not_the_series_national_announcers_name() -> None:
    text = (
        "在“五一”国际劳动节来临之际，中央宣传部、全国总工会向全社会公开发布2019年“最美职工”榜单。\n\n"
        "这3位2019年武汉市“最美职工”分别是：武汉重型机床厂车工周宏斌，武汉钢铁公司电工钱立伟，"
        "武汉地铁集团司机孙振华。\n"
    )
    titles = dict(conferrers(text)["周宏斌"])
    assert all(not bodies for bodies in titles.values())


def test_the_hall_the_document_names_as_the_venue_confers_nothing() -> None:
    text = (
        "唐山市劳模表彰大会在工人文化宫隆重举行\n"
        "4月28日上午，唐山市工人文化宫隆重举行唐山市劳动模范表彰大会。\n"
        "唐山市劳动模范、开滦集团钱家营矿掘进队队长刘建国代表全体劳模发言。\n"
    )
    for title, bodies in conferrers(text).get("刘建国", []):
        assert "唐山市工人文化宫" not in bodies, title


def test_a_body_that_decides_who_presents_the_awards_confers_nothing_on_the_presenter() -> None:
    text = (
        "本报讯 近日，宁波市海曙区总工会举办首届“海曙工匠”颁奖典礼。"
        "区总工会决定让刚刚荣获全国五一劳动奖章的海曙区第一医院护士长周丽萍为首届“海曙工匠”颁发荣誉证书和奖杯。\n"
    )
    assert conferrers(text)["周丽萍"] == [("全国五一劳动奖章", [])]


def test_a_district_body_confers_no_honour_named_at_the_province_level() -> None:
    assert not _level_fits("省劳动模范", ("宁波市海曙区总工会",))
    assert _level_fits("省劳动模范", ("浙江省总工会",))
    assert not _level_fits("市五一劳动奖章", ("海曙区总工会",))


def test_the_bare_word_autonomous_region_in_a_title_names_no_region() -> None:
    assert _level_fits("自治区劳动模范", ("广西壮族自治区总工会",))
    assert not _level_fits("自治区劳动模范", ("南宁市总工会",))


def test_the_writers_own_province_before_a_grant_is_no_body() -> None:
    text = (
        "我省对于大赛优秀选手和培养单位都予以表彰，其中，授予金牌获得者徐立新“江苏大工匠”称号，"
        "再加奖励30万元，授予银牌获得者蒋海燕“江苏工匠”称号。\n"
    )
    assert conferrers(text)["徐立新"] == [("江苏大工匠", [])]


def test_a_name_that_presents_the_honour_does_not_receive_it() -> None:
    text = (
        "近日，宁波市海曙区总工会举办首届“海曙工匠”颁奖典礼。"
        "区总工会邀请刚刚获评浙江省劳动模范的海曙区实验小学校长吴建国、海曙区第一医院护士长周丽萍"
        "为首届“海曙工匠”颁发荣誉证书和奖杯。\n"
    )
    assert "海曙工匠" not in dict(conferrers(text).get("周丽萍", []))


def test_a_state_council_office_known_by_its_short_name_keeps_the_body_joined_after_it() -> None:
    assert split_bodies("中宣部、商务部、国务院纠风办和全总") == ("中宣部", "商务部", "国务院纠风办", "全总")


def test_short_names_of_national_offices_take_their_full_names() -> None:
    assert canonical_body("国务院纠风办") == "国务院纠正行业不正之风办公室"
    assert canonical_body("国家发改委") == "国家发展和改革委员会"


def test_the_bodies_a_decision_is_sent_to_are_no_part_of_its_issuer() -> None:
    assert split_bodies("仙桃市总工会向全市各级工会") == ("仙桃市总工会",)
    assert split_bodies("省妇联向各市妇联") == ("省妇联",)


def test_organisers_of_a_contest_do_not_join_the_issuer_of_the_winners_medal() -> None:
    text = (
        "仙桃日报讯 近日，市总工会向全市各级工会下发《关于授予2022年仙桃职业技能竞赛优秀选手仙桃五一劳动奖章的决定》，"
        "授予获得焊工、电工比赛一等奖的选手“仙桃五一劳动奖章”。\n"
        "这2名选手分别为：仙桃职业学院教师胡志刚、仙桃市电力公司电工罗文斌。\n"
        "市总工会联合市人社局、教育局、科技局等部门于今年9月举办了2022年仙桃市职业技能竞赛。\n"
    )
    assert conferrers(text)["胡志刚"] == [("仙桃五一劳动奖章", ["仙桃市总工会"])]
