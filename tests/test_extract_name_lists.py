"""People of 、-lists whose pieces the name finder reads only in part (loaders/extract/mentions.py),
and the members of an honoured group named after 他们中有 (loaders/extract/rolls.py).  Every name,
unit and place is invented."""

from __future__ import annotations

from loaders.extract.mentions import person_spans
from loaders.textnorm import normalise
from tests.conftest import people_of


def names_in(text: str) -> list[str]:
    return [p.name for p in person_spans(normalise(text).text)]


def titles(person: dict[str, object]) -> set[str]:
    return {str(h["title"]) for h in person["honors"]}  # type: ignore[attr-defined]


def test_the_first_piece_of_a_list_of_people_gives_the_name_after_an_unknown_post() -> None:
    text = "青川省劳动模范：北河钢铁炼钢作业区科级助理邓远山、北河钢铁物流部班长罗建国、北河钢铁机修车间主任潘志明。"
    assert "邓远山" in names_in(text)


def test_a_last_piece_running_on_into_the_honour_gives_the_name_before_it() -> None:
    text = (
        "授予青川省水文局东山水文站邹明亮、青川省河道管理处田晓华、青川市排水处董立新、"
        "西河水文局北坝水文站曹国平第二届“最美河湖卫士”荣誉称号。"
    )
    assert "曹国平" in names_in(text)


def test_a_surname_no_list_knows_is_read_after_the_word_the_other_pieces_write_before_their_names() -> None:
    text = "东矿公司职工禤志强、北矿公司职工何建军、西矿公司职工冯立新4人荣获“青年岗位能手”称号。"
    assert "禤志强" in names_in(text)


def test_a_list_with_one_name_only_is_no_list_of_people() -> None:
    text = "会议由青川市总工会主持，北河机械厂、青川纺织厂、东山水文站负责人刘建华出席。"
    assert names_in(text) == ["刘建华"]


def test_the_people_a_pronoun_group_names_after_an_honoured_group_hold_its_honour() -> None:
    text = (
        "青川邮政快递业12人获表彰\n"
        "记者获悉，青川邮政快递业共有12人获青川五一劳动奖章。\n"
        "入选本次表彰的从业者，来自行业一线岗位。\n"
        "他们中有安全行驶300万公里的青川邮政北河分公司驾驶员董国庆；有连续10年零投诉的东山速运公司收派员马晓东。\n"
    )
    people = people_of(text)
    assert titles(people["董国庆"]) == {"青川五一劳动奖章"}
    assert titles(people["马晓东"]) == {"青川五一劳动奖章"}


def test_the_people_a_pronoun_group_names_with_no_honour_said_before_hold_none() -> None:
    text = (
        "青川邮政快递业12人获表彰\n"
        "记者获悉，青川邮政快递业共有12人获青川五一劳动奖章。\n"
        "全市快递网点去年新增了200多个，从业者来自各个乡镇。\n"
        "天气转凉以后，业务量明显上升。快递员工作辛苦，早出晚归。\n"
        "他们中有北河分公司驾驶员董国庆；有东山速运公司收派员马晓东。\n"
    )
    assert "董国庆" not in people_of(text)


def test_a_name_after_an_ethnic_epithet_and_before_lai_zi_is_found() -> None:
    text = "彝族女子沙丽芬来自青川山区，她成为一名熟练的钢筋工。"
    assert "沙丽芬" in names_in(text)
