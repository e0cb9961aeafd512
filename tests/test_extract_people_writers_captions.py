"""People the finder misread in fresh news and reposts (session 14, ppl19): a writer's bare name
under the headline, a photo caption's 图为 before an honour, and words read as a name."""

from __future__ import annotations

from loaders.extract.names import find_person_mentions
from tests.conftest import names_in, people_of


def test_a_bare_name_under_the_headline_said_once_is_the_writer() -> None:
    text = (
        "老劳模喜迎新荣誉 矿区职工共话发展\n"
        "周海\n"
        "日前，荣获四川省劳动模范称号的攀枝花某煤矿综采队队长邓国栋载誉归来。"
        "邓国栋说：“荣誉属于全队职工。”\n"
    )
    people = names_in(text)
    assert "邓国栋" in people
    assert "周海" not in people


def test_a_name_line_under_the_headline_that_the_text_names_again_still_heads_it() -> None:
    text = (
        "新疆有她更美丽\n"
        "米尔班·艾依提\n"
        "她是乌鲁木齐至和田列车的列车长，荣获第七届自治区道德模范称号。"
        "米尔班·艾依提开设了广播节目，宣传民族团结。\n"
    )
    assert "米尔班·艾依提" in names_in(text)


def test_a_dictionary_noun_after_a_title_word_is_no_name() -> None:
    text = "会上，李建军等5名刚加入市劳模工匠宣讲团的劳模先进登台分享奋斗故事。"
    names = [m.name for m in find_person_mentions(text)]
    assert "李建军" in names
    assert "宣讲团" not in names


def test_a_name_after_a_title_word_is_still_found() -> None:
    text = "全国劳模工匠许启金在现场为青年职工讲解带电作业要领。"
    assert "许启金" in [m.name for m in find_person_mentions(text)]


def test_a_place_noun_and_a_locative_after_a_person_noun_is_no_name() -> None:
    text = "记者走进劳模公园内，看到了全国劳动模范许振超的雕像。"
    people = names_in(text)
    assert "公园内" not in people
    assert "许振超" in people


def test_a_famous_workers_name_the_dictionary_holds_is_found_after_a_lead_word_before_a_noun() -> None:
    text = "公园里矗立着全国劳动模范时传祥雕像，游客纷纷驻足。"
    assert "时传祥" in [m.name for m in find_person_mentions(text)]


def test_an_unknown_name_after_a_lead_word_before_a_noun_still_needs_a_close() -> None:
    # 劳动模范 is context only: a candidate the dictionary does not know, not closed, is no name
    text = "这里是劳动模范工人文化宫的旧址。"
    assert [m.name for m in find_person_mentions(text)] == []


def test_a_descriptor_does_not_start_inside_a_quoted_slogan_before_it() -> None:
    text = "“宁肯一人脏，换来万户净”全国劳动模范时传祥的故事感动了几代人。"
    people = people_of(text)
    titles = [h["title"] for h in people["时传祥"]["honors"]]
    assert titles == ["全国劳动模范"]


def test_a_famous_name_the_tagger_cut_before_its_last_character_is_read_whole() -> None:
    text = "全國勞動模範、感動中國十大人物之一王順友雕像。"
    names = [m.name for m in find_person_mentions(text)]
    assert "王順友" in names
    assert "王順" not in names


def test_the_members_a_superlative_picks_out_of_an_honoured_group_hold_its_honour() -> None:
    text = (
        "4月28日，全国劳动模范和先进工作者表彰大会在北京举行。"
        "长沙地区全国劳动模范平均年龄为46岁，年龄最大的是60岁的正高级工程师罗建华，来自中联重科股份有限公司；"
        "年龄最小的是29岁的高级技师邓小兵，来自三一重工股份有限公司泵送事业部。\n"
    )
    people = people_of(text)
    for name in ("罗建华", "邓小兵"):
        assert "全国劳动模范" in [h["title"] for h in people[name]["honors"]]


def test_a_superlative_without_an_honoured_group_before_it_gives_nothing() -> None:
    text = "车间里年龄最大的是58岁的老钳工罗建华，他每天第一个到岗。\n"
    people = people_of(text)
    assert not people.get("罗建华", {"honors": []})["honors"]


def test_a_name_line_under_a_heading_with_a_unit_line_after_it_is_a_holder_not_a_writer() -> None:
    text = "浙江省劳动模范\n沈立群\n杭州汽轮机股份有限公司装配车间班长\n"
    assert "沈立群" in names_in(text)
