"""Honours of people the extractor finds, in shapes read from fresh pages:
the person→honour links and the honour spans of features about a few people."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text


def _raws(text: str) -> dict[str, list[tuple[Any, Any]]]:
    """Each person found, with (title, raw) per honour."""
    profile = extract_text(text)
    return {p["name"]: [(h["title"], h["raw"]) for h in p.get("honors", [])] for p in profile["people"]}


# -- 在/经/受 + honour + name: the preposition opens the phrase, it is no part of the honour


def test_the_preposition_before_a_descriptor_stays_out_of_the_raw() -> None:
    text = "在省劳动模范、班长李红的带领下，班组成员攻克了多道技术难题。\n"
    assert _raws(text)["李红"] == [("省劳动模范", "省劳动模范")]


def test_a_descriptor_after_zai_is_counted_once() -> None:
    text = "二十多年来，在全国劳模、师傅王建国的指引下，徒弟张强成长为车间的技术骨干。\n"
    assert _raws(text)["王建国"] == [("全国劳动模范", "全国劳模")]


def test_a_descriptor_after_jing_keeps_its_level() -> None:
    text = "经市劳动模范赵明介绍，他进入了机修车间。\n"
    assert _raws(text)["赵明"] == [("市劳动模范", "市劳动模范")]


def test_a_descriptor_after_the_clause_copula_is_the_named_persons() -> None:
    text = "本报讯 某造船公司船体车间装配二班是全国劳动模范李红梅同志所在的班组，现有员工25人。\n"
    assert _raws(text)["李红梅"] == [("全国劳动模范", "全国劳动模范")]


def test_the_subject_before_the_copula_does_not_take_the_descriptor() -> None:
    text = "李红梅是全国劳动模范张建军的徒弟，在车间干了十年。\n"
    found = _raws(text)
    assert found["张建军"] == [("全国劳动模范", "全国劳动模范")]
    assert found.get("李红梅", []) == []


# -- an honour named up to an inner keyword (红旗手 of 三八红旗手标兵) is the whole name, read once


def test_a_pacesetter_title_is_not_read_twice_through_its_inner_keyword() -> None:
    text = (
        "今年获评的从业人员中，年纪最小的只有35岁。这位最年轻的大师就是上海某珠宝公司设计部主任林雅琴，"
        "她同时还是上海市三八红旗手标兵、全国五一巾帼标兵。\n"
    )
    titles = [t for t, _ in _raws(text)["林雅琴"]]
    assert titles == ["上海市三八红旗手标兵", "全国五一巾帼标兵"]


def test_the_outermost_span_keeps_separate_names_apart() -> None:
    from loaders.extract.fallback import _honour_names

    found = [t for t, _, _ in _honour_names("她同时还是上海市劳动模范、上海市三八红旗手标兵")]
    assert found == ["上海市劳动模范", "上海市三八红旗手标兵"]


# -- 将报请…授予“X” / 将报请…推荐参加“X”评选: asked for, nobody holds X yet


def test_a_conferral_still_to_be_requested_gives_no_honour() -> None:
    text = (
        "本报讯 昨日记者从市总工会获悉，我市某汽车零部件公司员工周海涛获得全国汽车装调工技能竞赛决赛第一名。"
        "获得决赛第一名的选手，将报请人力资源和社会保障部授予“全国技术能手”称号。\n"
    )
    assert _raws(text).get("周海涛", []) == []


def test_a_nomination_to_a_selection_gives_no_honour() -> None:
    text = (
        "本报讯 昨日记者从市总工会获悉，我市某汽车零部件公司员工周海涛获得全国汽车装调工技能竞赛决赛第一名。"
        "获得决赛第一名的选手，将报请人力资源和社会保障部授予“全国技术能手”称号；"
        "对获得决赛综合成绩第一名的选手，将报请中华全国总工会推荐参加“全国五一劳动奖章”评选。\n"
    )
    assert _raws(text).get("周海涛", []) == []


def test_a_conferral_after_a_past_request_stays() -> None:
    text = "经市总工会报请，省总工会授予冯建国“江苏省五一劳动奖章”。\n"
    assert [t for t, _ in _raws(text)["冯建国"]] == ["江苏省五一劳动奖章"]


# -- 两次获得“X” / 多次被评为X: a count of conferrals sums up a career; the meeting's year is not theirs


def _years(text: str, name: str) -> dict[str, Any]:
    profile = extract_text(text)
    person = next(p for p in profile["people"] if p["name"] == name)
    return {h["title"]: h.get("year") for h in person.get("honors", [])}


def test_a_counted_conferral_in_a_profile_keeps_no_meeting_year() -> None:
    text = (
        "2021年6月29日上午，首届“七一勋章”颁授仪式在北京人民大会堂举行，29名党员获此殊荣。\n"
        "黄丽华，女，汉族，1931年12月生，原上海某棉纺织厂工会副主席。她退休后坚持发光发热，两次荣获“全国劳动模范”称号。\n"
    )
    assert _years(text, "黄丽华")["全国劳动模范"] is None


def test_the_meetings_own_conferral_keeps_its_year() -> None:
    text = "2021年6月29日上午，首届“七一勋章”颁授仪式在北京人民大会堂举行，黄丽华荣获“七一勋章”。\n"
    assert _years(text, "黄丽华")["七一勋章"] == 2021


# -- 技能大赛获优秀个人奖: a prize its clause says was won in a contest is a placing, not an honour


def test_a_prize_won_in_a_contest_is_no_honour() -> None:
    text = "班组成员吴涛在2006年全省“星城杯”技能大赛中荣获第四名，2007年“中联杯”首届技能大赛获优秀个人奖。\n"
    assert [t for t, _ in _raws(text).get("吴涛", [])] == []


def test_a_named_series_won_at_a_contest_stays_an_honour() -> None:
    text = "2012年，张建军在全国职工技能大赛中荣获中华技能大奖。\n"
    assert [t for t, _ in _raws(text)["张建军"]] == ["中华技能大奖"]


def test_a_title_conferred_at_a_contest_stays_an_honour() -> None:
    text = "张建军在全省焊工大赛中荣获“全国技术能手”称号。\n"
    assert [t for t, _ in _raws(text)["张建军"]] == ["全国技术能手"]


# -- 曾荣获过A和B: the aspect particle is no part of A, and A's body is not B's


def test_the_particle_guo_stays_out_of_the_title() -> None:
    from loaders.honours import parse_honour

    parsed = parse_honour("过冶金部劳动模范")
    assert parsed is not None and parsed.title == "冶金部劳动模范"


def test_a_body_written_in_one_joined_honour_is_not_the_others() -> None:
    text = "曹志德原是某铜矿选矿车间的主任，曾荣获过冶金部劳动模范和湖北省劳动模范荣誉称号。\n"
    profile = extract_text(text)
    person = next(p for p in profile["people"] if p["name"] == "曹志德")
    bodies = {h["title"]: h.get("conferred_by") for h in person["honors"]}
    assert bodies == {"冶金部劳动模范": ["冶金部"], "湖北省劳动模范": []}


# -- a couple's or a family's honour (好夫妻, 最美家庭) is the household's, no person's own


def test_a_couples_honour_is_no_persons() -> None:
    text = (
        "来自我市的卢志亮被授予“广东十大现代好丈夫”称号，郑树德、季英夫妻以及张晓思、萧彦红夫妻"
        "分别被授予“广东十大银婚好夫妻”称号和“广东十大铜婚好夫妻”称号。\n"
    )
    found = _raws(text)
    assert [t for t, _ in found["卢志亮"]] == ["广东十大现代好丈夫"]
    assert all(not t.endswith("夫妻") for hs in found.values() for t, _ in hs)


# -- 从2006年起，…多次被评为X: the start of a period dates no conferral


def test_the_start_of_a_period_does_not_date_the_honour() -> None:
    text = "从2006年起，卢志亮就成为了固定的献血者，多次被深圳市红十字会评为优秀献血志愿者。\n"
    assert _years(text, "卢志亮")["优秀献血志愿者"] is None
