"""Conferring bodies written short or with words glued on, in shapes read from fresh pages (session 14,
second wave): a bracketed byline before the body that opens a news lead."""

from __future__ import annotations

from loaders.extract.frames import split_bodies
from tests.conftest import conferrers


def test_a_byline_in_brackets_is_no_part_of_the_body_that_opens_the_lead() -> None:
    assert split_bodies("（记者 李丽）中华全国总工会") == ("中华全国总工会",)


def test_a_dateline_and_its_byline_are_dropped_before_the_deciding_body() -> None:
    assert split_bodies("新华社北京4月28日电（记者 王宁）中华全国总工会") == ("中华全国总工会",)


def test_a_news_lead_opened_by_a_byline_names_the_deciding_body_alone() -> None:
    text = "（记者张帆）中华全国总工会日前决定，授予济南二机床集团钳工李刚全国五一劳动奖章。\n"
    assert dict(conferrers(text)["李刚"])["全国五一劳动奖章"] == ["中华全国总工会"]
