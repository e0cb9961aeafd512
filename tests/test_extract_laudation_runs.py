"""People in enumerations (session 17, enum22): a laudation list whose items close on a found name
without a unit+post before it, a photo caption closing the run, a list whose head names no honour
that parses, and a name cut inside a unit word (苏州大|学) that broke a run of [unit][post]NAME items."""

from __future__ import annotations

import pytest

from loaders.extract.people import _cut_unit_word
from tests.conftest import people_of


def _titles(person: dict) -> set[str]:
    return {h["title"] for h in person.get("honors", [])}


LAUDATION = (
    "2019年12月20日\n"
    "19日晚，“感动江城”2019年度人物评选颁奖典礼在江城举行，揭晓了十大感动人物。\n"
    "获评“感动江城”2019年度人物的十大感动人物分别是：\n"
    "因长期超负荷工作不幸殉职的江城市纪委监委第二纪检监察室主任孙海东；\n"
    "拄着双拐带领残疾人自主创业、共同致富的江城县自强青年邓凯；\n"
    "不忘初心，救死扶伤的江城市人民医院外科主任医师吴俊晶；\n"
    "二十一年任劳任怨，助人为乐的中国邮政集团公司江城市分公司邮运司机曹飞；\n"
    "颁奖典礼现场。\n"
    "(新华网记者某某摄)\n"
    "坚守平凡，四十年来一直为居民服务的江城市清泉街社区党委书记武荷芳；\n"
    "火场上的“拼命三郎”，江城市森林消防支队直属大队教导员陶伟。\n"
)


def test_laudation_item_closing_on_a_found_name_counts_for_the_run() -> None:
    # 自强青年 is no post: the item still closes on a name and the run's honour reaches it
    people = people_of(LAUDATION)
    assert "邓凯" in people
    assert "吴俊晶" in people and "曹飞" in people


def test_laudation_run_keeps_unit_and_post_of_read_items() -> None:
    people = people_of(LAUDATION)
    assert people["曹飞"]["employers"] == ["中国邮政集团公司江城市分公司"]
    assert [p["title"] for p in people["曹飞"]["positions"]] == ["邮运司机"]


def test_laudation_run_shares_the_honour_across_items() -> None:
    people = people_of(LAUDATION)
    held = [_titles(people[n]) for n in ("孙海东", "邓凯", "吴俊晶", "曹飞")]
    assert all(h and h == held[0] for h in held)


def test_name_cut_inside_a_unit_word_is_no_name() -> None:
    assert _cut_unit_word("苏州大学团委书记", 3)
    assert not _cut_unit_word("苏州大学团委书记", 4)


def test_run_of_unit_post_name_items_holds_the_honour_after_it() -> None:
    text = (
        "2010年5月4日\n"
        "南京市鼓楼团区委书记陈乙华、无锡市惠山团区委书记孟栋、苏州大学团委书记李朝阳等获"
        "2009年度“全国优秀共青团干部”称号。\n"
    )
    people = people_of(text)
    assert set(people) == {"陈乙华", "孟栋", "李朝阳"}
    assert people["李朝阳"]["employers"] == ["苏州大学团委"]
    assert all("全国优秀共青团干部" in _titles(p) for p in people.values())


def test_four_character_name_closed_by_a_mark_is_read_whole() -> None:
    from loaders.extract.awards import split_person_item

    name, unit, _, post, marks = split_person_item("凉山州甘洛县公安局法制大队大队长解古依格(女)")
    assert (name, unit, post, marks) == ("解古依格", "凉山州甘洛县公安局", "大队长", "女")


def test_four_character_name_without_a_mark_still_needs_a_double_surname() -> None:
    from loaders.extract.awards import split_person_item

    assert split_person_item("凉山州甘洛县公安局法制大队大队长解古依格")[0] is None


def test_minority_names_in_a_police_list_keep_their_last_character() -> None:
    text = (
        "2017年6月16日\n"
        "我省首批10名“最美人民警察”正式亮相。他们分别是:成都市公安局青羊区分局刑警大队三中队中队长阮立波、"
        "凉山州甘洛县公安局法制大队大队长解古依格(女)、内江市公安局市中区分局刑事科学技术室法医中队副指导员王艳(女)、"
        "凉山州公安局法制大队民警阿苏木呷(女)、泸州市公安局禁毒缉毒支队情报站副主任解冻。\n"
    )
    people = people_of(text)
    assert {"解古依格", "阿苏木呷", "王艳", "阮立波", "解冻"} <= set(people)
    assert "解古依" not in people
    assert "最美人民警察" in _titles(people["阿苏木呷"])


def test_name_between_a_post_and_an_ethnicity_mark_needs_no_known_surname() -> None:
    from loaders.extract.people import _marked_names

    text = "西藏自治区某县文化局副局长次旺卓玛(女,藏族),某旗边防派出所所长达林台(蒙古族),"
    assert _marked_names(text, 0, len(text)) == ["次旺卓玛", "达林台"]


def test_no_marked_name_without_a_post_before_it() -> None:
    from loaders.extract.people import _marked_names

    text = "据统计，参加活动的有许多人(女)和少数民族群众。"
    assert _marked_names(text, 0, len(text)) == []


@pytest.mark.usefixtures("person_gate_off")
def test_minority_names_with_marks_in_a_youth_medal_list() -> None:
    text = (
        "2017年5月3日\n"
        "荣获第21届“中国青年五四奖章”的分别是:某大学物理学院副院长、教授王正汹(满族),"
        "内蒙古自治区某旗白音哈达边防派出所所长达林台(蒙古族),"
        "西藏自治区安多县文化局副局长次旺卓玛(女,藏族),水利部某规划设计总院高级工程师李云玲(女,满族)。\n"
    )
    people = people_of(text)
    assert {"达林台", "次旺卓玛"} <= set(people)
    assert "卓玛" not in people
    assert [p["title"] for p in people["次旺卓玛"]["positions"]] == ["副局长"]
    assert "中国青年五四奖章" in _titles(people["达林台"])


def test_laudation_run_goes_on_past_a_photo_caption() -> None:
    people = people_of(LAUDATION)
    assert "武荷芳" in people and "陶伟" in people
    assert _titles(people["陶伟"]) == _titles(people["孙海东"])


def test_photo_caption_lines_are_left_out_of_the_sentences() -> None:
    from loaders.extract.document import Sentence
    from loaders.extract.entries import _without_captions

    text = "甲项；颁奖典礼现场。(新华网记者某某摄)乙项；"
    cuts = [(0, 3), (3, 10), (10, 20), (20, 23)]
    sents = [Sentence(a, b, text[a:b]) for a, b in cuts]
    kept = _without_captions(text, sents)
    assert [text[s.start : s.end] for s in kept] == ["甲项；", "乙项；"]


def test_procuratorate_officer_is_a_post_before_a_name() -> None:
    text = (
        "2023年4月24日\n"
        "10位“齐鲁最美职工”分别是:\n"
        "某石化公司炼油厂联合装置车间技术员于江波\n"
        "山东省人民检察院第八检察部二级检察官助理王浩然\n"
        "东明县人民医院消化内科主任仪爱民\n"
    )
    people = people_of(text)
    assert people["王浩然"]["employers"] == ["山东省人民检察院"]
    assert "齐鲁最美职工" in _titles(people["王浩然"])
