"""Employers, posts and organisations read from fresh real pages (the seventeenth round, units):
名单 notices and news whose rows run unit + post + name.  Sentences follow the shapes of real
notices; names and most units are invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.posts import parse_post
from tests.conftest import people_of


def orgs_of(text: str) -> dict[str, str | None]:
    """Each organisation the extractor lists for ``text``, with its parent."""
    return {o["name"]: o.get("parent") for o in extract_text(text)["organizations"]}


# ---------------------------------------------------------------- 小学校长: one 校 for the school and its head


def test_a_primary_schools_head_reads_the_school_without_the_shared_character() -> None:
    assert parse_post("漳州市实验小学校长") == ("漳州市实验小学", "校长")


def test_a_school_that_ends_in_xuexiao_keeps_it_before_a_doubled_head() -> None:
    assert parse_post("龙海区东园中心学校校长") == ("龙海区东园中心学校", "校长")


def test_a_line_whose_head_shares_its_character_keeps_the_line() -> None:
    assert parse_post("某公司冲压焊接线长") == ("某公司冲压焊接线", "线长")


def test_a_middle_school_head_in_a_list_is_employed_by_the_school() -> None:
    text = "新晋的3名全国劳动模范分别是：漳州市第二中学校长林秀梅、漳州市实验小学校长许建华、漳州灿坤实业有限公司车间主任陈志强。"
    people = people_of(text)
    assert people["林秀梅"]["employers"] == ["漳州市第二中学"]
    assert people["许建华"]["employers"] == ["漳州市实验小学"]


def test_no_organisation_is_named_by_the_school_and_its_heads_character() -> None:
    orgs = orgs_of("漳州市实验小学校长许建华荣获“全国优秀教师”称号。")
    assert "漳州市实验小学" in orgs
    assert "漳州市实验小学校" not in orgs
