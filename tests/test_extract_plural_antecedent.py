"""Honours given to people a sentence refers to by a plural pronoun or a demonstrative head count
(他们都获得了X / 授予这5名同志X): held by the people the sentence before it names."""

from __future__ import annotations

from tests.conftest import people_of


def _titles(people: dict, name: str) -> list[str]:
    return [h["title"] for h in people[name]["honors"]] if name in people else []


def test_a_demonstrative_head_count_object_takes_the_names_before() -> None:
    text = (
        "经过激烈角逐，北山晶科公司崔某钊、刘龙飞、王迪菲、程娜娜，北山松宫公司王兆峰等5名选手获得第一名。"
        "市总工会授予这5名同志“北山市五一奖章”称号。"
    )
    people = people_of(text)
    for name in ("崔某钊", "刘龙飞", "王迪菲", "程娜娜", "王兆峰"):
        assert "北山市五一奖章" in _titles(people, name)


def test_a_head_count_that_differs_from_the_names_before_gives_nothing() -> None:
    text = "北山晶科公司刘龙飞、王迪菲在比赛中获得第一名。市总工会授予这5名同志“北山市五一奖章”称号。"
    people = people_of(text)
    assert "北山市五一奖章" not in _titles(people, "刘龙飞")


def test_a_plural_pronoun_subject_takes_the_names_before() -> None:
    text = "如北山电厂的吴建林、北山供电公司的林晓东等。他们都获得了“北山市劳动模范”称号。"
    people = people_of(text)
    assert "北山市劳动模范" in _titles(people, "吴建林")
    assert "北山市劳动模范" in _titles(people, "林晓东")
