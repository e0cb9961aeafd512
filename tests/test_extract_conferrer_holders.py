"""Who confers an honour when the article names the body only as the runner of the selection or the
holder of the event (loaders/extract/context.py, frames.py): a newspaper that runs a selection, an
activity held by a body (开展…荣誉授予日活动), a meeting of any name that commends (召开庆祝大会，对…
进行表彰), the honour's sentence opening at the meeting (会上，…), a body's own meeting (在市委…会议上),
a series' top rank (…标兵) conferred with the series, and conferrers read as a clause or with their
province before the city."""

from __future__ import annotations

from loaders.extract.context import event_organisers
from loaders.extract.frames import is_body
from tests.conftest import conferrers


def test_a_newspaper_is_a_body() -> None:
    assert is_body("吉林日报报业集团农村报")
    assert is_body("扬子晚报")


def test_a_newspaper_running_the_selection_with_a_bureau_confers_its_series() -> None:
    text = (
        "全省首届“十佳护林员”评选揭晓\n"
        "本报讯全省首届“十佳护林员”评选活动今天揭晓。本次评选活动由吉林省林业厅和吉林日报报业集团农村报联合主办。\n"
        "获得全省首届“十佳护林员”的是汪清县林业局护林员赵铁柱,安图县林业局护林员孙小军。\n"
    )
    assert conferrers(text)["赵铁柱"][0][1] == ["吉林省林业厅", "吉林日报报业集团农村报"]


def test_a_body_holding_an_honours_activity_confers_what_the_activity_gives() -> None:
    text = (
        "18日上午，湖南省消防救援总队开展首次“湖南消防荣誉授予日”活动。"
        "活动中，长沙市消防救援支队特勤站站长刘志刚当选“湖南省优秀消防员”。"
    )
    found = event_organisers(text, 0, len(text))
    assert [e.bodies for e in found] == [("湖南省消防救援总队",)]
    assert conferrers(text)["刘志刚"] == [("湖南省优秀消防员", ["湖南省消防救援总队"])]


def test_a_meeting_of_any_name_that_commends_is_a_commendation_event() -> None:
    text = "昨天下午，市园林局在人民剧场召开庆祝大会，对40名优秀园林工人进行了隆重表彰。"
    found = event_organisers(text, 0, len(text))
    assert [e.bodies for e in found] == [("市园林局",)]


def test_an_honour_in_a_sentence_opening_at_the_meeting_takes_the_holders() -> None:
    text = (
        "绍兴讯 昨天下午，绍兴市园林局在人民剧场召开庆祝大会，对40名优秀园林工人进行了隆重表彰。\n"
        "昨天下午，全市800余名园林工人代表欢聚一堂。会上，有关领导对越城区园林养护中心王桂芳等20名绍兴市优秀园林工人进行表彰。\n"
    )
    assert conferrers(text)["王桂芳"] == [("绍兴市优秀园林工人", ["绍兴市园林局"])]


def test_an_honour_after_a_later_sentence_without_the_meeting_stays_without_holders() -> None:
    text = (
        "绍兴讯 昨天下午，绍兴市园林局在人民剧场召开庆祝大会，对40名优秀园林工人进行了隆重表彰。\n"
        "全市800余名园林工人代表欢聚一堂。越城区园林养护中心王桂芳去年被评为绍兴市优秀园林工人。\n"
    )
    assert conferrers(text)["王桂芳"] == [("绍兴市优秀园林工人", [])]


def test_a_series_top_rank_is_conferred_by_the_series_bodies() -> None:
    text = (
        "据了解，由共青团中央、人力资源和社会保障部联合表彰的600名“全国青年岗位能手”，经过层层遴选产生。"
        "其中，太原钢铁集团技师李晓峰获“全国青年岗位能手标兵”称号。"
    )
    assert conferrers(text)["李晓峰"][0][1][-1] == "人力资源和社会保障部"


def test_a_meeting_read_as_a_body_gives_way_to_the_holder() -> None:
    text = (
        "3月5日，德阳市城市管理局召开2018年度环卫工作表彰大会。"
        "此次表彰大会上，授予陈建国等10名环卫工人“十佳环卫之星”荣誉称号。"
    )
    bodies = conferrers(text)["陈建国"][0][1]
    assert "此次表彰大会上" not in bodies and all("会上" not in b for b in bodies)


def test_a_conferrer_read_as_a_clause_keeps_its_first_body() -> None:
    text = (
        "在“五一”国际劳动节来临之际，西宁市城中区南川东路社区组织辖区劳动者在南山社区举行“最美劳动者”表彰大会，"
        "物业公司保洁员马秀兰荣获“最美劳动者”荣誉称号。"
    )
    assert conferrers(text)["马秀兰"] == [("最美劳动者", ["西宁市城中区南川东路社区"])]


def test_a_body_s_own_meeting_confers_what_is_granted_at_it() -> None:
    text = "近日，在陕西省宝鸡市委视频会议上，宝鸡石油机械公司技师张晓东等5名职工被授予首届“宝鸡工匠”称号。"
    assert conferrers(text)["张晓东"] == [("宝鸡工匠", ["中共宝鸡市委"])]


def test_the_publisher_of_a_list_confers_what_the_sentence_reports_from_it() -> None:
    text = (
        "记者3月2日从海东市总工会获悉：在省人才办近日通报的2022年度青海省“昆仑英才”入选名单中，"
        "海东市推荐的马福林喜获“青海高原工匠”荣誉称号。"
    )
    assert conferrers(text)["马福林"] == [("青海高原工匠", ["青海省人才办"])]


def test_a_sentence_opening_with_a_published_list_gives_its_publisher() -> None:
    text = "澳门特区政府今天(12月20日)公布2023年度勋章名单，澳门工会联合总会副理事长何志强荣获银莲花荣誉勋章。"
    assert conferrers(text)["何志强"] == [("银莲花荣誉勋章", ["澳门特别行政区政府"])]
