"""Posts of honoured people read from fresh real pages (the eighteenth round, positions): a deputy's
office held for a run of terms, and a unit's deputy or acting head named by the unit's kind again.
Sentences follow the shapes of real pages; names and units are invented."""

from __future__ import annotations

from loaders.extract.posts import parse_post
from tests.conftest import people_of


def titles_of(text: str, name: str) -> list[str]:
    """The post titles the extractor gives ``name`` in ``text``."""
    return [p["title"] for p in people_of(text)[name]["positions"]]


# ---------------------------------------------------------------- 第一、二、三届…代表: one office, several terms


def test_a_run_of_terms_before_an_office_is_one_office() -> None:
    assert parse_post("第一、二、三届全国人民代表大会代表") == (None, "全国人民代表大会代表")


def test_a_run_of_terms_each_with_its_own_term_word_is_one_office() -> None:
    assert parse_post("第十届、十一届、十二届全国人大代表") == (None, "全国人大代表")


def test_a_run_of_terms_in_traditional_script_is_one_office() -> None:
    assert parse_post("第一、二、三屆全國人民代表大會代表") == (None, "全國人民代表大會代表")


def test_a_worker_elected_for_several_terms_keeps_no_ordinal_as_a_post() -> None:
    text = "张铁军是河北某钢铁公司炼钢厂的炉长,1989年被评为全国劳动模范。他先后当选第七、八、九届全国人民代表大会代表。"
    assert titles_of(text, "张铁军").count("全国人民代表大会代表") == 1
    assert not {"第七", "八"} & set(titles_of(text, "张铁军"))


def test_posts_joined_by_the_comma_mark_still_split() -> None:
    assert parse_post("某集团有限公司党委书记、总经理") == ("某集团有限公司", "党委书记、总经理")


# ---------------------------------------------------------------- 某总院副院长: the kind named again


def test_a_deputy_head_named_by_the_units_kind_is_the_bare_post() -> None:
    assert parse_post("长江汽车研发总院副院长") == (None, "副院长")


def test_an_acting_deputy_head_keeps_the_acting_mark() -> None:
    assert parse_post("长江汽车研发总院代理副院长") == (None, "代理副院长")


def test_the_head_named_by_the_kind_again_still_reads() -> None:
    assert parse_post("某福利会会长") == (None, "会长")
