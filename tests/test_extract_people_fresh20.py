"""People of single-subject features the name stage used to miss (session 15, fresh pages):
an age or a form of address beside a name, names of peoples with no surname."""

from __future__ import annotations

from loaders.extract.names import find_person_mentions


def test_a_name_after_an_age_is_found() -> None:
    text = "县总工会举办表扬大会，共有90位模范劳工受奖，其中年纪最大的是72岁的洪秋生，他从事驾驶工作五十年。"
    assert "洪秋生" in {n.name for n in find_person_mentions(text)}


def test_an_age_before_a_common_word_gives_no_name() -> None:
    assert not find_person_mentions("一位58岁的老师傅说，32岁的年轻人也来了。")


def test_a_name_before_xiaojie_is_closed_there() -> None:
    text = "服务年资最久的是县林区管理处萧秀枝小姐，她在林场工作了四十五年。"
    assert "萧秀枝" in {n.name for n in find_person_mentions(text)}
