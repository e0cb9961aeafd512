"""Honours in short news items and portal posts (session 12, honb17): a grant's object whose second
holder is joined by 和/及 with a unit and post of its own (loaders/extract/frames.py); a bare 授予
clause repeating the agent's verb gives nothing to the names of the clause before it."""

from __future__ import annotations

from loaders.extract.frames import GRANT_COORD_RE, _repeated_grant
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
