"""People of unseen text (loaders/extract/names.py, rolls.py, entries.py): a name closed by 分获, a
dotted name glued after its unit, a name after 我校, a few names of a larger head count, and a group
counted with its honour in the headline or the sentence before.  Every name, unit and place is
invented."""

from __future__ import annotations

import pytest

from loaders.extract.names import find_person_mentions
from loaders.textnorm import normalise
from tests.conftest import people_of


def names_in(text: str) -> list[str]:
    return [m.name for m in find_person_mentions(normalise(text).text)]


def titles(person: dict[str, object]) -> set[str]:
    return {str(h["title"]) for h in person["honors"]}  # type: ignore[attr-defined]


def test_a_name_before_fen_huo_ends_before_the_verb() -> None:
    text = "我厂技术员林可、魏强分获2021年度和2022年度技术革新奖。"
    assert names_in(text) == ["林可", "魏强"]


def test_a_dotted_name_glued_after_its_unit_starts_after_the_unit_word() -> None:
    text = "据统计，共有青河供电公司艾尔肯·吐拉洪等12人获得表彰。"
    assert "艾尔肯·吐拉洪" in names_in(text)


def test_a_name_after_our_school_and_before_a_form_of_address_is_found() -> None:
    text = "喜报：我校宋立新老师荣获“青川市劳动模范”称号。"
    assert names_in(text) == ["宋立新"]


def test_each_name_after_a_unit_before_a_larger_head_count_is_found() -> None:
    text = "全省电力系统共有北河供电公司高会祥、南湖供电公司金子航等86人获得表彰。"
    assert {"高会祥", "金子航"} <= set(names_in(text))


def test_a_few_names_of_a_larger_head_count_are_never_read_as_four_characters_after_a_unit() -> None:
    text = "会上，青川职业技术学院杨丁明远、青川市机电技师学院许建等30人发言。"
    assert "杨丁明远" not in names_in(text)


def test_names_before_a_head_count_hold_the_honour_the_headline_counts() -> None:
    text = (
        "青川电力系统86名全国劳动模范获表彰\n"
        "11月24日，表彰大会在北京举行。\n"
        "全省电力系统共有北河供电公司高会祥、南湖供电公司金子航等86人获得表彰。\n"
    )
    got = people_of(text)
    assert titles(got["高会祥"]) == {"全国劳动模范"} and titles(got["金子航"]) == {"全国劳动模范"}


@pytest.mark.usefixtures("person_gate_off")
def test_a_head_count_no_honour_goes_with_gives_the_names_nothing() -> None:
    text = "青川电力系统召开座谈会\n全省电力系统共有北河供电公司高会祥、南湖供电公司金子航等86人参加会议。\n"
    assert "高会祥" not in people_of(text)


def test_a_counting_verb_before_the_unit_is_no_part_of_the_employer() -> None:
    text = (
        "青川电力系统86名全国劳动模范获表彰\n全省电力系统共有北河供电公司高会祥、南湖供电公司金子航等86人获得表彰。\n"
    )
    assert people_of(text)["高会祥"]["employers"] == ["北河供电公司"]


def test_a_sentence_naming_as_many_people_as_the_counted_holders_before_it_gives_each_the_honour() -> None:
    text = (
        "青川荣获全国五一劳动奖章代表见面会召开\n"
        "5月24日，见面会在青川举行，3名荣获全国五一劳动奖章的先进代表与记者面对面交流。"
        "见面会现场，北河电网公司检修班班长高会祥，南湖制药有限公司车间主任金子航，"
        "青川邮政分公司揽投员罗晓梅在主持人的引导下分享奋斗故事。\n"
    )
    got = people_of(text)
    for name in ("高会祥", "金子航", "罗晓梅"):
        assert titles(got[name]) == {"全国五一劳动奖章"}, name


def test_a_sentence_naming_fewer_people_than_the_count_before_it_gives_no_honour() -> None:
    text = (
        "青川荣获全国五一劳动奖章代表见面会召开\n"
        "5月24日，见面会在青川举行，5名荣获全国五一劳动奖章的先进代表与记者面对面交流。"
        "见面会现场，北河电网公司检修班班长高会祥，南湖制药有限公司车间主任金子航，"
        "青川邮政分公司揽投员罗晓梅在主持人的引导下分享奋斗故事。\n"
    )
    assert "罗晓梅" not in people_of(text)


def test_a_person_named_after_among_the_awardees_holds_the_honour_the_others_hold() -> None:
    text = (
        "青川市表彰劳动模范\n"
        "大会授予北河机械厂钳工周永刚、青川纺织厂挡车工孙丽华“青川市劳动模范”称号。\n"
        "在获奖者当中，技术人员占了近三成，他们的事迹十分感人。青川农学院植保系主任洪静雯多年扎根田间。\n"
    )
    assert titles(people_of(text)["洪静雯"]) == {"青川市劳动模范"}


def test_a_person_named_after_the_awardees_paragraph_gets_no_honour() -> None:
    text = (
        "青川市表彰劳动模范\n"
        "大会授予北河机械厂钳工周永刚、青川纺织厂挡车工孙丽华“青川市劳动模范”称号。\n"
        "在获奖者当中，技术人员占了近三成，他们的事迹十分感人。\n"
        "会后，青川农学院植保系主任洪静雯介绍了学院的科研工作。\n"
    )
    assert "洪静雯" not in people_of(text)
