"""Honours read by the conventions of the real-text keys (tests/data/real/dev/README.md): the year of a
page that writes none, a series prefix glued in ``raw``, the level of the next item of a titled list,
honours joined to a unit's, and one honour not folded into another of a different level."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.extract.steps import _coordinated_parts
from loaders.honours import phrase_kind
from tests.conftest import honours


def _raws(text: str, **kwargs: Any) -> dict[str, list[tuple[Any, ...]]]:
    profile = extract_text(text, **kwargs)
    return {p["name"]: [(h["title"], h["raw"], h["year"]) for h in p["honors"]] for p in profile["people"]}


# -- the year of a dated page that writes none


def test_a_dated_notice_that_writes_no_year_confers_in_the_year_of_its_date() -> None:
    text = (
        "为表彰在优质护理服务工作中涌现出的先进个人，授予市人民医院心内科护士长王秀兰同志“优质护理服务标兵”荣誉称号。"
    )
    assert [h[1] for h in honours(text, document_date="2016-05-10")["王秀兰"]] == [2016]


def test_a_page_that_writes_a_year_word_is_dated_by_it_not_by_its_date() -> None:
    text = (
        "去年，为表彰在优质护理服务工作中涌现出的先进个人，授予市人民医院护士长王秀兰同志“优质护理服务标兵”荣誉称号。"
    )
    assert [h[1] for h in honours(text, document_date="2016-05-10")["王秀兰"]] == [2015]


# -- raw keeps the year and the series prefix glued before a quoted name


def test_raw_keeps_a_year_and_a_company_prefix_glued_before_the_quoted_name() -> None:
    text = (
        "日前，集团工会召开表彰会，表彰2018年度柳工“金牌工人”。集团工会主席为8名“金牌工人”颁奖，"
        "他们分别为铸造厂张立军、装备厂李红星、动力事业部王建华等。"
    )
    raws = _raws(text, document_date="2019-01-10")
    assert raws["李红星"] == [("金牌工人", "2018年度柳工“金牌工人”", 2018)]


def test_a_verb_between_the_year_and_the_quote_is_no_glued_prefix() -> None:
    text = "2018年，市总工会表彰“金牌工人”，装备厂李红星荣获“金牌工人”称号。"
    raws = _raws(text)
    assert all(not raw.startswith("2018") for _, raw, _ in raws["李红星"])


def test_raw_does_not_open_on_the_particle_after_the_verb() -> None:
    text = "作为职工代表，某机械公司车间主任周建华获得了湖北省五一劳动奖章。"
    assert [raw for _, raw, _ in _raws(text)["周建华"]] == ["湖北省五一劳动奖章"]


# -- a titled list: each item after a closed one is its own, level included


def test_the_level_before_the_next_quoted_item_of_a_titled_list_is_that_items() -> None:
    text = "从2005年开始，刘福生先后荣获“全国粮食生产大户”称号、“上饶县优秀人才”称号和江西省“种粮大户”称号。"
    titles = [title for title, _, _ in _raws(text)["刘福生"]]
    assert "江西省种粮大户" in titles


def test_the_raw_of_a_quoted_item_after_a_closed_one_starts_at_its_own_words() -> None:
    text = "从2005年开始，刘福生先后荣获“全国粮食生产大户”称号、“上饶县优秀人才”称号和“江西省劳动模范”称号。"
    raws = [raw for _, raw, _ in _raws(text)["刘福生"]]
    assert raws == ["“全国粮食生产大户”", "“上饶县优秀人才”", "“江西省劳动模范”"]


# -- 成长为 a title: the person grew into the honour


def test_a_person_who_grew_into_an_honour_holds_it() -> None:
    text = "由普通焊工成长为全国技术能手的赵国栋，是公司技能人才的代表。"
    assert [h[0] for h in honours(text)["赵国栋"]] == ["全国技术能手"]


def test_growing_into_a_post_gives_no_honour() -> None:
    assert honours("赵国栋从一名学徒成长为车间的技术骨干。").get("赵国栋", []) == []


# -- an undated page about a meeting


def test_an_undated_page_that_opens_on_a_dated_meeting_dates_every_conferral_it_tells() -> None:
    text = (
        "4月27日，2023年湖北省庆祝“五一”国际劳动节暨劳模表彰大会召开。\n"
        "会议由省总工会主持。\n"
        "作为宜昌市的职工代表，某公司车间主任周建华获得了湖北省五一劳动奖章。"
    )
    assert [h[1] for h in honours(text)["周建华"]] == [2023]


# -- a unit's honour joined to a person's


def test_a_units_honour_joined_to_a_persons_leaves_the_person_theirs() -> None:
    assert _coordinated_parts("全国优秀施工企业和中国建筑业优秀项目经理") == ["中国建筑业优秀项目经理"]


def test_two_honours_of_persons_joined_are_both_kept_with_the_shared_level() -> None:
    assert _coordinated_parts("全国劳动模范和先进工作者") == ["全国劳动模范", "全国先进工作者"]


def test_a_unit_honour_before_a_persons_still_lends_its_level() -> None:
    assert _coordinated_parts("全国先进集体和劳动模范") == ["全国劳动模范"]


# -- 精神文明 names honours; 精神 alone does not


def test_a_title_named_for_spiritual_civilisation_is_an_honour() -> None:
    assert phrase_kind("全国精神文明十佳人物") == "honour"


def test_a_spirit_is_still_no_honour() -> None:
    assert phrase_kind("劳模精神") is None
