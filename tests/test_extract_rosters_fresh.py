"""Rosters read by their layout (rolls.py, textnorm.py): lists whose holders no other reader reached.

Each shape comes from a real page no one had annotated: a list opened by 的有 and a comma, a
counted group named sentences before 他们分别是：, lines of 单位+岗位+姓名 under a sentence naming
the honour, one line of 、-separated entries under 荣获…的职工, and numbers split from their unit.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.textnorm import normalise


def _holders(profile: dict[str, Any]) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in profile["people"]}


def test_a_comma_after_de_you_opens_the_list_like_a_colon() -> None:
    text = "获得“中央企业劳动模范”荣誉称号的有，鞍钢矿业齐大山铁矿采场公路管理员郭明义、鞍钢股份炼铁总厂首席工程师于成忠、鞍钢股份能源动力总厂厂长陈海。"
    norm = normalise(text)
    assert "称号的有：鞍钢" in norm.text
    assert len(norm.text) == len(text)


def test_a_comma_after_de_you_before_no_list_stays_a_comma() -> None:
    text = "值得一提的有，他连续三年被评为先进个人。"
    assert "的有，他" in normalise(text).text


def test_holders_listed_after_de_you_and_a_comma_hold_the_honour() -> None:
    text = (
        "由人力资源和社会保障部、国务院国资委联合授予的“中央企业劳动模范”日前揭晓，鞍钢集团公司3名职工榜上有名。\n"
        "获得“中央企业劳动模范”荣誉称号的有，鞍钢矿业齐大山铁矿生产技术室采场公路管理员郭明义、"
        "鞍钢股份炼铁总厂机械专业首席工程师于成忠、鞍钢股份能源动力总厂厂长陈海。\n"
    )
    holders = _holders(extract_text(text))
    for name in ("郭明义", "于成忠", "陈海"):
        assert "中央企业劳动模范" in holders[name]


def test_a_number_keeps_the_unit_it_was_split_from() -> None:
    norm = normalise("航天科工集团二院283 厂数控维修工胡兴盛")
    assert "283厂数控维修工" in norm.text
    assert norm.quote(0, len(norm.text)) == "航天科工集团二院283 厂数控维修工胡兴盛"  # offsets kept


def test_a_serial_number_before_a_name_is_not_glued_to_it() -> None:
    assert "1 张" in normalise("1 张明 某公司焊工").text


def test_a_group_counted_sentences_before_fen_bie_shi_holds_its_honour() -> None:
    text = (
        "全国劳动模范和先进工作者表彰大会即将在北京举行。\n"
        "21日，泉州市举行仪式欢送3名全国劳动模范进京接受表彰。"
        "此次我市进京接受表彰的劳动模范，既有优秀民营企业家，也有一线技术工人。"
        "他们分别是：九牧集团有限公司董事长林孝发、福建万龙金刚石工具有限公司生产总监吴阿宁、泉州市实验小学校长曾旭晴。\n"
    )
    holders = _holders(extract_text(text))
    for name in ("林孝发", "吴阿宁", "曾旭晴"):
        assert "全国劳动模范" in holders[name]


def test_lines_of_unit_post_and_name_under_a_sentence_naming_the_honour_hold_it() -> None:
    text = (
        "他们是全国最美护林员\n"
        "国家林业和草原局宣传中心日前在全国评选出4名“最美护林员”，并号召各地生态护林员学习先进典型。\n"
        "河北省阜平县东风林场护林员段金龙\n"
        "吉林省三岔子林业局森林扑火队员李国林\n"
        "福建省洋口林场科研基地护林员陈世兴\n"
        "青海省玛可河林业局护林员鄂全林\n"
    )
    holders = _holders(extract_text(text))
    for name in ("段金龙", "李国林", "陈世兴", "鄂全林"):
        assert holders[name] & {"最美护林员", "全国最美护林员"}


def test_a_line_of_entries_under_a_line_naming_who_holds_the_honour_holds_it() -> None:
    text = (
        "中华全国总工会决定，授予966名职工全国五一劳动奖章。\n"
        "国防科技工业系统荣获全国五一劳动奖章的职工\n"
        "航天科技集团一院型号总设计师李东、航天科技集团五院总体设计部研发项目负责人王文龙、"
        "航天科工集团三院159厂焊工韩积冬、航天科工集团二院283 厂数控维修工胡兴盛。\n"
    )
    holders = _holders(extract_text(text))
    for name in ("李东", "王文龙", "韩积冬", "胡兴盛"):
        assert "全国五一劳动奖章" in holders[name]


def test_a_line_of_entries_under_a_line_that_names_no_holders_gets_no_honour_from_it() -> None:
    text = (
        "近日，市总工会召开全国五一劳动奖章评选工作座谈会\n"
        "航天科技集团一院型号总设计师李东、航天科技集团五院总体设计部研发项目负责人王文龙、"
        "航天科工集团三院159厂焊工韩积冬参加座谈。\n"
    )
    holders = _holders(extract_text(text))
    assert not any(holders.get(name) for name in ("李东", "王文龙", "韩积冬"))
