"""Conferring bodies in shapes read from fresh decisions, 名单 notices and news items (loaders/extract/
context.py, frames.py, stages.py and the conferrer dictionaries): short local bodies resolved by the
place the document names (an autonomous region, a county, a department written with no place after
a body of that place), the tail of a body list (…等5部门)."""

from __future__ import annotations

from loaders.extract.context import (
    Statement,
    _document_bodies,
    agents,
    city_initial_expanded,
    fuller_body,
    joint_organisers,
    place_completed,
)
from loaders.extract.frames import split_bodies
from tests.conftest import conferrers


def test_a_bare_region_body_takes_the_autonomous_region_of_the_document() -> None:
    assert place_completed(["自治区总工会"], "广西壮族自治区", None) == ["广西壮族自治区总工会"]


def test_a_bare_region_body_is_not_given_a_province() -> None:
    assert place_completed(["自治区总工会"], "湖南省", None) == ["自治区总工会"]


def test_departments_written_without_a_place_share_the_place_of_the_body_before_them() -> None:
    assert place_completed(["广西壮族自治区总工会", "网信办", "人社厅"], None, None) == [
        "广西壮族自治区总工会",
        "广西壮族自治区网信办",
        "广西壮族自治区人力资源和社会保障厅",
    ]


def test_a_city_lends_its_place_to_a_bureau_but_not_to_a_provincial_department() -> None:
    assert place_completed(["宁波市总工会", "科技局", "科技厅"], None, None) == [
        "宁波市总工会",
        "宁波市科技局",
        "科技厅",
    ]


def test_a_national_list_lends_no_place() -> None:
    assert place_completed(["人力资源社会保障部", "国资委"], "湖南省", None) == ["人力资源社会保障部", "国资委"]


def test_a_bare_county_committee_and_government_take_the_county() -> None:
    assert place_completed(["县委", "县政府"], "湖北省", "十堰市", county="竹山县") == ["竹山县委", "竹山县政府"]


def test_a_bare_county_body_stays_as_written_when_no_county_is_known() -> None:
    assert place_completed(["县委", "县政府"], "湖北省", "十堰市") == ["县委", "县政府"]


def test_a_counted_tail_of_departments_is_no_part_of_the_last_body() -> None:
    assert split_bodies("太原市总工会、市委宣传部等5部门") == ("太原市总工会", "太原市委宣传部")
    assert agents("太原市总工会、市委宣传部等5部门") == ("太原市总工会", "市委宣传部")


def test_a_tail_of_departments_in_traditional_script_is_cut_too() -> None:
    assert split_bodies("自治區總工會、工信委、科技廳、人社廳等部門") == ("自治區總工會", "工信委", "科技廳", "人社廳")


def test_a_regions_joint_organisers_are_named_in_full() -> None:
    text = (
        "由自治区总工会、工信委、科技厅、人社厅等部门联合主办的2019年“广西工匠”推荐宣传学习活动结果日前揭晓。"
        "这10名“广西工匠”分别是：广西玉柴机器股份有限公司工人、高级技师覃明华，南宁铁路局南宁机务段电力机车司机李建平。"
    )
    bodies = dict(conferrers(text)["覃明华"])["广西工匠"]
    assert bodies[:2] == ["广西壮族自治区总工会", "广西壮族自治区工业和信息化委员会"]
    assert bodies[-1] == "广西壮族自治区人力资源和社会保障厅"


def test_a_provinces_assets_commission_written_short_takes_its_full_name() -> None:
    assert place_completed(["省国资委"], "四川省", None) == ["四川省人民政府国有资产监督管理委员会"]


def test_a_citys_model_workers_association_written_short_takes_its_full_name() -> None:
    assert place_completed(["市劳模协会"], None, "上海市") == ["上海市劳动模范协会"]


def test_a_commission_written_with_its_place_keeps_the_name_as_written() -> None:
    assert place_completed(["四川省国资委"], None, None) == ["四川省国资委"]


def test_the_organiser_of_the_ceremony_confers_the_honour_named_two_paragraphs_later() -> None:
    text = (
        "本报讯 21日，由南岗区总工会主办的南岗区首届“南岗名匠”表彰奖励大会举行。10名能工巧匠受到表彰。\n"
        "据了解，2023年8月起，南岗区总工会开展了推荐评选活动，经初审、复审、实地考察及公示等程序，最终评选出10名“南岗名匠”。\n"
        "在现场，刘建华和孙丽萍两名“南岗名匠”现场展示了剪纸和烙画的技能。"
    )
    assert conferrers(text)["刘建华"] == [("南岗名匠", ["南岗区总工会"])]


def test_an_honour_held_earlier_takes_no_body_of_the_document() -> None:
    text = (
        "本报讯 21日，由南岗区总工会主办的南岗区首届“南岗名匠”表彰奖励大会举行。\n"
        "获奖者刘建华是一名老焊工，曾获“优秀共产党员”称号。"
    )
    assert ("优秀共产党员", []) in conferrers(text).get("刘建华", [("优秀共产党员", [])])


def test_a_national_honour_takes_no_district_body() -> None:
    text = (
        "本报讯 21日，由南岗区总工会主办的2023年度职工技能表彰奖励大会举行。\n"
        "在现场，全国五一劳动奖章获得者刘建华现场展示了焊接技能。"
    )
    for title, bodies in conferrers(text).get("刘建华", []):
        assert "南岗区总工会" not in bodies, title


def test_two_different_bodies_of_the_document_confer_nothing_by_default() -> None:
    found = [Statement(("南岗区总工会",), (), 0), Statement(("南岗区妇联",), (), 10)]
    assert _document_bodies(found, "南岗名匠", 50) is None
    assert _document_bodies(found[:1], "南岗名匠", 50) == ("南岗区总工会",)


def test_a_body_said_to_confer_another_series_confers_nothing_by_default() -> None:
    found = [Statement(("南岗区总工会",), ("南岗区五一劳动奖章",), 0)]
    assert _document_bodies(found, "南岗名匠", 50) is None


def test_a_body_named_after_the_honour_confers_nothing_by_default() -> None:
    assert _document_bodies([Statement(("南岗区总工会",), (), 80)], "南岗名匠", 50) is None


def test_the_means_a_body_publishes_through_is_no_part_of_it() -> None:
    run = "中共中央宣传部、中央文明办和全国总工会通过中国文明网向全社会正式"
    assert agents(run) == ("中共中央宣传部", "中央文明办", "全国总工会")
    assert split_bodies(run) == ("中共中央宣传部", "中央文明办", "全国总工会")


def test_bodies_that_publish_a_list_through_a_website_confer_its_series() -> None:
    text = (
        "本报讯 在“五一”国际劳动节前夕，中共中央宣传部、中央文明办和全国总工会通过中国文明网向全社会正式发布"
        "10位“最美职工”榜单。这10位“最美职工”分别是：天津港第一港埠有限公司门机司机、高级技师张立军，"
        "大庆油田采油二厂采油工、高级技师王秀英。"
    )
    assert conferrers(text)["张立军"] == [
        ("最美职工", ["中共中央宣传部", "中央精神文明建设指导委员会办公室", "中华全国总工会"])
    ]


def test_a_reporters_bracket_after_the_dateline_does_not_hide_the_body_that_grants() -> None:
    text = (
        "本报讯(记者王晓燕)日前，吉林省通化市总工会举办首届“通化工匠”颁奖典礼，"
        "授予通化钢铁集团炼钢厂焊工李长河等10名职工“通化工匠”荣誉称号，同时授予通化市五一劳动奖章。"
    )
    assert dict(conferrers(text)["李长河"])["通化市五一劳动奖章"] == ["通化市总工会"]


def test_joint_organisers_of_a_selection_named_tuijian_huodong_are_read() -> None:
    text = "去年8月以来，市总工会联合市委组织部、市人社局等单位启动了第三批“甬江工匠”推荐活动。"
    assert [s.bodies for s in joint_organisers(text, 0, len(text))] == [("市总工会", "市委组织部", "市人社局")]


def test_a_nomination_notice_names_no_joint_organisers() -> None:
    text = "市总工会联合市人社局开展“甬江工匠”评选，现将拟推荐人选予以公示。"
    assert joint_organisers(text, 0, len(text)) == []


def test_the_organisers_named_after_the_list_confer_the_series_written_with_its_city() -> None:
    text = (
        "本报讯 昨天上午，在全市劳动竞赛动员大会上，表彰了获得我市第三批“甬江工匠”等荣誉的职工。\n"
        "据了解，获宁波市第三批“甬江工匠”荣誉的有丁海军等43人。\n"
        "去年8月以来，市总工会联合市委组织部、市人社局等单位启动了第三批“甬江工匠”推荐活动。"
    )
    assert conferrers(text)["丁海军"] == [
        ("宁波市甬江工匠", ["宁波市总工会", "中共宁波市委组织部", "宁波市人力资源和社会保障局"])
    ]


def test_a_phrase_read_as_a_county_lends_no_place() -> None:
    assert place_completed(["县总工会"], None, None, county="年度全县") == ["县总工会"]


def test_a_phrase_before_a_bodys_name_is_no_fuller_name_of_it() -> None:
    assert fuller_body("县总工会", ["年度全县总工会"]) == "县总工会"
    assert fuller_body("县总工会", ["修水县总工会"]) == "修水县总工会"


def test_a_city_written_by_its_first_character_takes_the_city_the_document_names() -> None:
    assert city_initial_expanded("哈市南岗区总工会", "哈尔滨市南岗区表彰能工巧匠") == "哈尔滨市南岗区总工会"


def test_a_city_initial_stays_when_the_document_names_no_such_city() -> None:
    assert city_initial_expanded("哈市南岗区总工会", "南岗区表彰能工巧匠") == "哈市南岗区总工会"


def test_a_bare_city_body_is_no_city_initial() -> None:
    assert city_initial_expanded("市总工会", "哈尔滨市表彰能工巧匠") == "市总工会"
