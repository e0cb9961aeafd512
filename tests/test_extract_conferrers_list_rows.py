"""Conferring bodies of list rows (session 13, second wave): a row of a 名单 under its heading takes
the bodies the article names for the same title where it tells the conferral."""

from __future__ import annotations

from tests.conftest import conferrers


def test_rows_of_a_name_grid_take_the_conferrers_of_their_title_told_above() -> None:
    text = (
        "9月10日，中国关工委、中央文明办在京召开全国关心下一代工作表彰大会。"
        "我省8名同志被授予“全国关心下一代工作先进工作者”荣誉称号，周志刚同志被授予“全国关心下一代工作突出贡献奖”。\n"
        "表彰名单如下：\n"
        "一、全国关心下一代工作先进工作者\n"
        "杨德明 罗桂芬 许国庆 胡春来\n"
        "钱文彬 孙立群 马晓东 郭秀英\n"
    )
    got = conferrers(text)
    bodies = ["中国关心下一代工作委员会", "中央精神文明建设指导委员会办公室"]
    assert dict(got["孙立群"])["全国关心下一代工作先进工作者"] == bodies
    assert dict(got["杨德明"])["全国关心下一代工作先进工作者"] == bodies


def test_rows_of_a_title_the_article_confers_nowhere_stay_without_a_conferrer() -> None:
    text = (
        "市总工会近日授予赵明等5名同志“十佳职工”称号。\n"
        "此外，以下同志获评全国关心下一代工作先进工作者：\n"
        "杨德明 罗桂芬 许国庆 胡春来\n"
    )
    got = conferrers(text)
    assert dict(got.get("许国庆", [])).get("全国关心下一代工作先进工作者", []) == []


def test_a_title_told_with_two_different_conferrers_gives_the_rows_neither() -> None:
    from dataclasses import dataclass

    from loaders.extract.context import same_title_conferrers

    @dataclass
    class Sent:
        text: str

    @dataclass
    class F:
        kind: str
        value: dict
        sent: Sent
        pos: int = 0

    @dataclass
    class Doc:
        year: int | None = None

    @dataclass
    class Ctx:
        doc: Doc

    facts = [
        F("honor", {"title": "优秀教师", "conferred_by": ["甲县教育局"]}, Sent("甲县教育局授予王某优秀教师称号")),
        F("honor", {"title": "优秀教师", "conferred_by": ["乙县教育局"]}, Sent("乙县教育局授予李某优秀教师称号")),
        F("honor", {"title": "优秀教师", "conferred_by": []}, Sent("张某")),
    ]
    out = same_title_conferrers(Ctx(Doc()), facts)
    assert out[2].value["conferred_by"] == []


def test_bodies_dated_with_yu_before_their_meeting_are_all_conferrers() -> None:
    from loaders.extract.frames import split_bodies

    assert split_bodies("国家税务总局、国家人事部于1993年12月6日") == ("国家税务总局", "人事部")
    assert split_bodies("于都县总工会于2019年4月28日") == ("于都县总工会",)  # a place named 于… stays


def test_a_magazine_dateline_glued_to_the_first_body_is_no_part_of_its_name() -> None:
    text = (
        "本刊讯国家税务总局、国家人事部于2004年12月8日在京联合召开全国税务系统先进工作者表彰会，"
        "周建华等81名先进工作者受到表彰。\n"
    )
    assert dict(conferrers(text)["周建华"])["先进工作者"] == ["国家税务总局", "人事部"]


def test_a_group_company_never_named_is_no_conferrer() -> None:
    text = "近日，集团公司下发表彰决定，机修厂钳工李国强被评为“集团公司劳动模范”。\n"
    assert dict(conferrers(text)["李国强"])["集团公司劳动模范"] == []


def test_a_party_committee_of_an_unnamed_group_is_no_conferrer() -> None:
    text = "7月1日，集团党委召开庆祝建党98周年表彰大会，后勤服务中心的刘海燕、周建军被评为优秀共产党员。\n"
    assert dict(conferrers(text)["周建军"])["优秀共产党员"] == []


def test_a_named_company_union_stays_a_conferrer() -> None:
    from loaders.extract.context import UNNAMED_BODY_RE

    assert UNNAMED_BODY_RE.match("集团公司")
    assert UNNAMED_BODY_RE.match("公司工会")
    assert not UNNAMED_BODY_RE.match("玉柴集团工会")
    assert not UNNAMED_BODY_RE.match("中国平煤神马集团")
