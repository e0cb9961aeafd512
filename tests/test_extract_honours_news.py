"""Honours in short news items and portal posts (session 12, honb17): a grant's object whose second
holder is joined by 和/及 with a unit and post of its own (loaders/extract/frames.py); a bare 授予
clause repeating the agent's verb gives nothing to the names of the clause before it; a dated lead
read past a site's line or a headline (loaders/extract/relations.py, event_year)."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.facts import REPRESENTATIVE_AFTER_RE
from loaders.extract.frames import (
    COUNTED_JOINT_RE,
    GRANT_COORD_RE,
    PUBLIC_NOTICE_RE,
    _presented_holders,
    _repeated_grant,
    series_after,
)
from loaders.extract.relations import FESTIVAL_EVE_RE
from loaders.honours import LEADING_VERBS
from tests.conftest import honours

# -- 授予甲单位职务赵某及乙单位职务陈某“X”称号: both hold X


def test_a_second_holder_after_ji_with_unit_and_post_holds_the_grant() -> None:
    text = "2018年3月6日，全国妇联作出决定，授予承德市妇联主席赵春丽及塞罕坝机械林场总场工作人员陈彦娴全国三八红旗手荣誉称号。\n"
    found = honours(text)
    assert [t for t, _, _ in found["赵春丽"]] == ["全国三八红旗手"]
    assert [t for t, _, _ in found["陈彦娴"]] == ["全国三八红旗手"]


def test_a_second_holder_after_he_takes_a_quoted_provincial_medal() -> None:
    text = "2019年，省总工会授予市一医院护士王丽华和县二中教师李红“浙江省五一劳动奖章”。\n"
    found = honours(text)
    assert [t for t, _, _ in found["王丽华"]] == ["浙江省五一劳动奖章"]
    assert [t for t, _, _ in found["李红"]] == ["浙江省五一劳动奖章"]


def test_the_coordinated_entry_is_a_unit_and_post_not_a_clause() -> None:
    assert GRANT_COORD_RE.fullmatch("及塞罕坝机械林场总场工作人员")
    assert GRANT_COORD_RE.fullmatch("和县二中教师")
    assert not GRANT_COORD_RE.fullmatch("和荣誉称号的")  # an honour's words begin no entry
    assert not GRANT_COORD_RE.fullmatch("和他所在的")  # a clause of its own


# -- 授予赵某…称号，授予某社区“…集体”称号: the second grant is the unit's


def test_a_repeated_grant_to_a_community_gives_the_holders_before_it_nothing() -> None:
    text = (
        "2018年3月6日，全国妇联作出决定，授予承德市妇联主席赵春丽和塞罕坝机械林场总场工作人员陈彦娴"
        "全国“三八”红旗手荣誉称号，授予双滦区御祥园社区全国“三八”红旗集体荣誉称号。\n"
    )
    found = honours(text)
    assert [t for t, _, _ in found["陈彦娴"]] == ["全国三八红旗手"]
    assert [t for t, _, _ in found["赵春丽"]] == ["全国三八红旗手"]


def test_a_grant_is_repeated_only_after_an_earlier_grant_outside_quotes() -> None:
    assert _repeated_grant("全国妇联决定，授予赵某全国三八红旗手称号，授予", 22)
    assert not _repeated_grant("他工作出色，", 6)
    assert not _repeated_grant("他被市委授予", 3)


# -- a dated news item whose first prose line is a site's line: the lead is the next sentence


def test_a_dated_lead_after_a_site_line_dates_the_day_s_conferrals() -> None:
    text = (
        "进入移动版，省流量，体验好\n"
        "南京讯 3月12日，人力资源和社会保障部在京举行高技能人才表彰大会，对全国技术能手进行表彰。\n"
        "金陵石化公司仪表工周建华荣获“全国技术能手”荣誉称号。\n"
        "据悉，全国技术能手评选从1995年开始，每两年一届。\n"
    )
    found = honours(text, document_date="2015-03-20")
    assert [(t, y) for t, y, _ in found["周建华"]] == [("全国技术能手", 2015)]


def test_a_second_sentence_is_no_lead_after_a_full_first_sentence() -> None:
    text = (
        "周建华是金陵石化公司的一名仪表工，干了三十年。\n"
        "3月12日，他去北京参加了一次技术交流。\n"
        "他曾荣获“全国技术能手”荣誉称号。\n"
        "据悉，全国技术能手评选从1995年开始，每两年一届。\n"
    )
    found = honours(text, document_date="2015-03-20")
    assert [(t, y) for t, y, _ in found["周建华"]] == [("全国技术能手", None)]


# -- 甲公司测量工白某和中铁宝桥电焊工王某荣获X: the subject run joined by 和 with the next unit and post


def test_a_subject_after_he_with_a_brand_unit_and_trade_holds_the_honour() -> None:
    text = "2019年1月17日，中铁一局五公司测量工白芝勇和中铁宝桥电焊工王汝运荣获“全国技术能手”荣誉称号。\n"
    found = honours(text)
    assert [t for t, _, _ in found["白芝勇"]] == ["全国技术能手"]
    assert [t for t, _, _ in found["王汝运"]] == ["全国技术能手"]


def test_a_name_before_a_clause_of_its_own_is_no_subject() -> None:
    text = "2019年，车间主任白芝勇带领的班组和中铁宝桥电焊工王汝运一道攻关，王汝运荣获“全国技术能手”荣誉称号。\n"
    found = honours(text)
    assert [t for t, _, _ in found.get("白芝勇", [])] == []


# -- 甲、乙等10人和丙、丁等10名同学分别被授予“A”和“B”: each counted group takes its own honour

GROUPS_TEXT = (
    "9月22日下午，汉台区道德模范表彰大会在汉台中学举行，金红、刘建红等10人和王佳庆、杨姝莫等10名同学"
    "分别被授予“汉台区第五届道德模范”和“汉台区第二届十佳美德少年”荣誉称号。\n"
)


def test_the_first_counted_group_takes_the_first_honour() -> None:
    found = honours(GROUPS_TEXT)
    assert [t for t, _, _ in found["金红"]] == ["汉台区道德模范"]
    assert [t for t, _, _ in found["刘建红"]] == ["汉台区道德模范"]


def test_the_second_counted_group_takes_the_second_honour() -> None:
    found = honours(GROUPS_TEXT)
    assert [t for t, _, _ in found["王佳庆"]] == ["汉台区十佳美德少年"]
    assert [t for t, _, _ in found["杨姝莫"]] == ["汉台区十佳美德少年"]


def test_groups_are_split_only_at_a_head_count() -> None:
    assert COUNTED_JOINT_RE.fullmatch("等10人和")
    assert COUNTED_JOINT_RE.fullmatch("等三名同志、")
    assert not COUNTED_JOINT_RE.fullmatch("和")


def test_one_name_each_still_pairs_in_order() -> None:
    text = "2018年，李越、昌向荣分别获得“优秀共产党员”和“优秀党务工作者”称号。\n"
    found = honours(text)
    assert [t for t, _, _ in found["李越"]] == ["优秀共产党员"]
    assert [t for t, _, _ in found["昌向荣"]] == ["优秀党务工作者"]


# -- 甲及乙被授予“X”荣誉称号、丙及丁被授予“Y”荣誉称号: X is no descriptor of 丙

PAIRS_TEXT = (
    "2019年，合肥项目部团支部书记何楠及沈阳公司团支部委员张缓被授予“优秀共青团干部”荣誉称号、"
    "漳州项目部安质部副部长李正飞及武汉项目部人力资源部副部长程鹏举被授予“优秀共青团员”荣誉称号。\n"
)


def test_the_honour_of_the_pair_before_is_not_the_next_pair_s() -> None:
    found = honours(PAIRS_TEXT)
    assert [t for t, _, _ in found["李正飞"]] == ["优秀共青团员"]


def test_each_pair_keeps_its_own_honour() -> None:
    found = honours(PAIRS_TEXT)
    assert [t for t, _, _ in found["何楠"]] == ["优秀共青团干部"]
    assert [t for t, _, _ in found["程鹏举"]] == ["优秀共青团员"]


def test_an_honour_written_before_the_first_name_still_describes_it() -> None:
    text = "2019年，全国劳动模范、县总工会副主席李军萍出席会议并讲话。\n"
    found = honours(text)
    assert [t for t, _, _ in found["李军萍"]] == ["全国劳动模范"]


# -- 名单进行公示，…等60人入选: a public notice names candidates, who hold nothing yet


def test_people_on_a_list_under_public_notice_hold_nothing() -> None:
    text = "9月23日，我市第七届道德模范名单进行公示，县供电公司综合服务中心专工姚健等60人入选。\n"
    assert all(not hs for hs in honours(text).values())


def test_a_notice_in_traditional_script_names_candidates_too() -> None:
    text = "9月23日，我市第七屆道德模範名單進行公示，縣供電公司綜合服務中心專工姚健等60人入選。\n"
    assert all(not hs for hs in honours(text).values())


def test_a_grant_after_the_notice_period_still_holds() -> None:
    text = "2019年9月23日，经评审并公示无异议，市委决定授予姚健“德州市道德模范”称号。\n"
    assert [t for t, _, _ in honours(text)["姚健"]] == ["德州市道德模范"]


def test_the_notice_shapes() -> None:
    assert PUBLIC_NOTICE_RE.search("巫彩青等10位候选人进入该评选活动为期三天的公示阶段")
    assert not PUBLIC_NOTICE_RE.search("经名单公示无异议")


# -- 向X荣誉的获得者甲同志、乙同志颁发证书: the recipients hold X

CEREMONY_TEXT = (
    "2018年6月29日下午，总支委员洪永富同志向优秀党员荣誉的获得者缪莉同志、李蕙同志颁发证书；"
    "纪检委员吴庆民同志向优秀党务工作者的荣誉获得者屈毅同志颁发证书。\n"
)


def test_the_recipients_named_as_holders_hold_the_honour() -> None:
    found = honours(CEREMONY_TEXT)
    assert [t for t, _, _ in found["缪莉"]] == ["优秀党员"]
    assert [t for t, _, _ in found["李蕙"]] == ["优秀党员"]


def test_the_next_clause_s_recipient_holds_its_own_honour() -> None:
    assert [t for t, _, _ in honours(CEREMONY_TEXT)["屈毅"]] == ["优秀党务工作者"]


def test_the_presenting_official_holds_nothing() -> None:
    assert not honours(CEREMONY_TEXT).get("洪永富")


def test_holders_named_without_a_presentation_are_left_to_other_readers() -> None:
    from dataclasses import dataclass

    @dataclass
    class Name:
        name: str
        start: int
        end: int

    shown = "党委为优秀党员获得者缪莉颁发证书。"
    learnt = "大家向优秀党员获得者缪莉学习。"
    assert [r.persons for r in _presented_holders(shown, [Name("缪莉", 10, 12)], None)] == [("缪莉",)]
    assert _presented_holders(learnt, [Name("缪莉", 10, 12)], None) == []


# -- …2021年度获得公司特殊贡献奖，先后获得A、B、C: the year is the earlier clause's

SERIES_TEXT = (
    "侯国政是扬州和益电动工具有限公司技术科科长。工作期间，他在2018、2019、2021年度获得公司特殊贡献奖，"
    "先后获得高邮市十佳技术能手、扬州工匠、扬州市五一劳动奖章等荣誉称号。\n"
)


def test_honours_received_one_after_another_take_no_earlier_clause_s_year() -> None:
    found = dict((t, y) for t, y, _ in honours(SERIES_TEXT)["侯国政"])
    assert found["高邮市十佳技术能手"] is None
    assert found["扬州市五一劳动奖章"] is None


def test_a_year_in_the_same_clause_still_dates_the_verb() -> None:
    text = "侯国政是扬州和益电动工具有限公司技术科科长。2021年，他被评为扬州工匠，并获得扬州市五一劳动奖章。\n"
    found = dict((t, y) for t, y, _ in honours(text)["侯国政"])
    assert found["扬州工匠"] == 2021


def test_the_series_lead_needs_a_clause_break_after_the_year() -> None:
    assert series_after("年度获得公司特殊贡献奖，先后获得")
    assert series_after("年度获得公司特殊贡献奖，先后")
    assert not series_after("年先后获得")  # 2010年先后获得: the year opens the series' own clause


# -- 2017年度“最美晋中人”代表、…总经理李某: the representative holds the quoted honour

REPRESENTATIVE_TEXT = (
    "2020年1月，晋中市决定授予刘立本等101人“最美晋中人”称号，授予高晋文等3人“最美晋中人特别奖”称号。\n"
    "活动现场，2017年度“最美晋中人”代表、山西太谷鑫炳记食业有限公司总经理李俊伟宣读了倡议书。\n"
)


def test_the_representative_after_a_quoted_honour_holds_it() -> None:
    found = honours(REPRESENTATIVE_TEXT)
    assert ("最美晋中人", 2017) in [(t, y) for t, y, _ in found["李俊伟"]]


def test_the_name_of_the_sentence_before_keeps_only_its_own() -> None:
    found = honours(REPRESENTATIVE_TEXT)
    assert [t for t, _, _ in found["高晋文"]] == ["最美晋中人特别奖"]


def test_a_congress_of_representatives_names_no_holder() -> None:
    assert REPRESENTATIVE_AFTER_RE.match("代表、山西某公司总经理")
    assert not REPRESENTATIVE_AFTER_RE.match("代表大会在京召开")


# -- 其中涌现出“时代楷模”李某: the raw starts at the honour, after the stripped verbs


def test_a_group_s_yield_is_no_part_of_the_descriptor_s_raw() -> None:
    text = "2024年1月，宣城前六届共推选表彰市级道德模范65人，其中涌现出“时代楷模”李夏。\n"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert [h["raw"] for h in people["李夏"]["honors"]] == ["“时代楷模”"]


def test_a_visit_s_verbs_before_a_descriptor_are_cut_from_its_raw() -> None:
    text = "2019年5月，记者走访慰问了全国劳动模范、县供电公司班长王强。\n"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert [h["raw"] for h in people["王强"]["honors"]] == ["全国劳动模范"]


# -- 在“三八”国际妇女节前夕，全国妇联做出决定，授予…: a festival's eve dates the lead


def test_a_festival_eve_lead_dates_the_day_s_conferral() -> None:
    text = (
        "承德市两人在“三八”前被全国妇联表彰\n"
        "进入移动版，省流量，体验好\n"
        "为表彰先进，培树巾帼楷模，在“三八”国际妇女节前夕，全国妇联做出决定，授予承德市妇联主席赵春丽及塞罕坝机械林场总场"
        "工作人员陈彦娴全国“三八”红旗手荣誉称号。\n"
        "据悉，评选活动自20世纪60年代初开展以来，在全社会产生了广泛影响。\n"
    )
    found = honours(text, document_date="2018-03-06")
    assert [(t, y) for t, y, _ in found["赵春丽"]] == [("全国三八红旗手", 2018)]


def test_the_eve_shapes() -> None:
    assert FESTIVAL_EVE_RE.search("在“五一”国际劳动节前夕")
    assert FESTIVAL_EVE_RE.search("在“七一”来临之际")
    assert not FESTIVAL_EVE_RE.search("每逢节日前夕")


def test_a_group_s_yield_before_a_quote_is_no_part_of_the_raw() -> None:
    assert LEADING_VERBS.sub("", "其中涌现出") == ""
    assert LEADING_VERBS.sub("", "中评选出") == ""
    assert LEADING_VERBS.sub("", "中华") == "中华"  # a name's own 中 stays
