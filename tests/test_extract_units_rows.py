"""Employers, posts and organisations read from fresh real pages (the seventeenth round, units):
名单 notices and news whose rows run unit + post + name.  Sentences follow the shapes of real
notices; names and most units are invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.facts import CAREER_VERB_RE
from loaders.extract.posts import parse_post
from loaders.orgs import employer_of, split_org
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


# ---------------------------------------------------------------- railway stations employ their staff


def test_a_station_named_by_its_place_is_a_part_of_its_own_after_the_railway_body() -> None:
    parts = [p.name for p in split_org("中国铁路太原局集团有限公司大同车站运转车间")]
    assert parts == ["中国铁路太原局集团有限公司", "大同车站", "运转车间"]


def test_a_station_is_the_employer_level_of_a_railway_chain() -> None:
    assert employer_of("中国铁路太原局集团有限公司大同车站运转车间") == "中国铁路太原局集团有限公司大同车站"
    assert employer_of("南宁铁路局柳州火车站客运车间") == "南宁铁路局柳州火车站"


def test_a_station_worker_in_a_list_is_employed_by_the_station() -> None:
    text = "中国铁路太原局集团有限公司大同车站运转车间车站值班员赵建国今年1月被授予“最美铁路人”称号。"
    person = people_of(text)["赵建国"]
    assert person["employers"] == ["中国铁路太原局集团有限公司大同车站"]
    assert [p["title"] for p in person["positions"]] == ["车站值班员"]


def test_the_station_is_listed_under_the_railway_body_and_its_workshop_under_the_station() -> None:
    orgs = orgs_of("中国铁路太原局集团有限公司大同车站运转车间车站值班员赵建国荣获全国五一劳动奖章。")
    assert orgs["大同车站"] == "中国铁路太原局集团有限公司"
    assert orgs["运转车间"] == "大同车站"


def test_a_station_without_a_place_before_it_stays_a_plain_word() -> None:
    assert [p.name for p in split_org("某公司运转车间车站")] != ["某公司", "运转车间", "车站"]


# ---------------------------------------------------------------- an adverb opens no unit's name


def test_an_adverb_before_a_unit_is_no_part_of_the_post_organisation() -> None:
    assert parse_post("最终市第二人民医院心内科主任医师") == ("市第二人民医院心内科", "主任医师")


def test_an_adverb_before_a_unit_is_no_part_of_the_employer() -> None:
    text = "经过群众投票和专家评审，最终市第二人民医院心内科主任医师周建平获评“最美医生”。"
    assert people_of(text)["周建平"]["employers"] == ["市第二人民医院"]


def test_a_name_that_begins_like_an_adverb_word_stays_whole() -> None:
    assert parse_post("长春市第一医院院长") == ("长春市第一医院", "院长")


# ---------------------------------------------------------------- 王某，某公司技术工人，…: an apposed unit and status


def test_a_unit_and_status_word_apposed_to_the_name_employ_the_person() -> None:
    text = "刘长福，国网甘肃甘南供电公司技术工人，今年52岁。今年，刘长福获得了甘肃省五一劳动奖章。"
    person = people_of(text)["刘长福"]
    assert person["employers"] == ["国网甘肃甘南供电公司"]
    assert person["positions"] == []


def test_an_apposed_status_word_inside_a_longer_item_reads_no_employer() -> None:
    text = "刘长福，国网甘肃甘南供电公司工人文化宫的常客，今年52岁。刘长福获得了甘肃省五一劳动奖章。"
    assert people_of(text)["刘长福"]["employers"] == []


# ---------------------------------------------------------------- 鞍钢矿业齐大山铁矿: brand + industry word heads the chain


def test_an_industry_word_after_a_brand_names_the_subsidiary_heading_the_chain() -> None:
    assert [p.name for p in split_org("攀钢矿业白马铁矿")] == ["攀钢矿业", "白马铁矿"]


def test_a_brand_without_an_industry_word_still_heads_its_plant() -> None:
    assert [p.name for p in split_org("太钢不锈炼钢二厂")] == ["太钢不锈", "炼钢二厂"]


def test_the_mine_is_listed_under_the_brands_subsidiary() -> None:
    orgs = orgs_of("鞍钢矿业眼前山铁矿采场公路管理员赵志刚荣获“中央企业劳动模范”称号。")
    assert orgs["眼前山铁矿"] == "鞍钢矿业"


# ---------------------------------------------------------------- a byline is no signature


def test_a_byline_whose_name_ends_in_cun_is_no_organisation() -> None:
    text = (
        "新华社北京4月28日电\n新华社记者王春村\n28日上午，中国石油辽河油田分公司采油工班长赵秀兰荣获全国五一劳动奖章。"
    )
    profile = extract_text(text)
    assert "新华社记者王春村" not in {o["name"] for o in profile["organizations"]}
    assert profile["document"]["publisher"] != "新华社记者王春村"


def test_a_signature_line_still_names_the_publisher() -> None:
    text = "经研究，决定授予赵秀兰同志“优秀共产党员”称号。\n中共盘锦市委\n2021年6月28日"
    assert extract_text(text)["document"]["publisher"] == "中共盘锦市委"


# ---------------------------------------------------------------- 任 inside 有限责任公司 / 主任 is no career verb


def test_a_limited_liability_company_in_an_introduction_item_employs_the_person() -> None:
    text = "2020年全国劳动模范名单如下：\n赵国庆：\n准格尔能源有限责任公司设备维修中心班组长，完成技术创新项目多项。\n"
    person = people_of(text)["赵国庆"]
    assert person["employers"] == ["准格尔能源有限责任公司"]
    assert [p["title"] for p in person["positions"]] == ["班组长"]


def test_a_head_and_professional_title_item_gives_the_head_post() -> None:
    text = "2020年全国劳动模范名单如下：\n钱立新：\n北京市第三人民医院院长、主任医师，长期致力于传染病临床诊治工作。\n"
    person = people_of(text)["钱立新"]
    assert person["employers"] == ["北京市第三人民医院"]
    assert [p["title"] for p in person["positions"]] == ["院长"]


def test_a_career_verb_still_marks_an_item_but_a_word_holding_ren_does_not() -> None:
    assert CAREER_VERB_RE.search("曾任北京市第三人民医院院长")
    assert CAREER_VERB_RE.search("2001年担任车间主任")
    assert not CAREER_VERB_RE.search("准格尔能源有限责任公司设备维修中心班组长")
    assert not CAREER_VERB_RE.search("北京市第三人民医院主任医师")


def test_a_station_named_by_its_place_alone_is_split_from_the_railway_bureau() -> None:
    assert [p.name for p in split_org("沈阳铁路局锦州站")] == ["沈阳铁路局", "锦州站"]
    assert employer_of("沈阳铁路局锦州站") == "沈阳铁路局锦州站"


def test_a_station_under_a_depot_is_listed_under_the_depot() -> None:
    orgs = orgs_of("中国铁路广州局集团有限公司怀化车务段怀化站车站值班员陈立军荣获“最美铁路人”称号。")
    assert orgs["怀化车务段"] == "中国铁路广州局集团有限公司"
    assert orgs["怀化站"] == "怀化车务段"


def test_a_substation_stays_a_unit_of_its_power_company() -> None:
    assert employer_of("国网某县供电公司城关供电站") == "国网某县供电公司"


# ---------------------------------------------------------------- a kind word alone employs no one


def test_a_bare_company_word_is_no_employer() -> None:
    text = "公司总经理、党委书记孙建华荣膺“湖北省劳动模范”荣誉称号。"
    assert people_of(text)["孙建华"]["employers"] == []


def test_a_company_named_in_the_text_still_employs_its_manager() -> None:
    text = "大冶特殊钢有限公司总经理、党委书记孙建华荣膺“湖北省劳动模范”荣誉称号。"
    assert people_of(text)["孙建华"]["employers"] == ["大冶特殊钢有限公司"]


# ---------------------------------------------------------------- 某客运段和田一队列车长: the team, then 列车长


def test_a_team_before_a_three_character_post_ends_at_its_kind() -> None:
    assert parse_post("中国铁路兰州局集团有限公司兰州客运段青海一队列车长") == (
        "中国铁路兰州局集团有限公司兰州客运段青海一队",
        "列车长",
    )


def test_a_team_head_written_with_the_kind_once_stays_the_teams_head() -> None:
    assert parse_post("某客运段三队队长") == ("某客运段三队", "队长")


def test_the_conductor_in_a_list_holds_the_bare_post() -> None:
    text = "他们中有中国铁路兰州局集团有限公司兰州客运段青海一队列车长马秀兰，今年1月被授予“最美铁路人”称号。"
    assert [p["title"] for p in people_of(text)["马秀兰"]["positions"]] == ["列车长"]


# ---------------------------------------------------------------- 主任工程师 is one role


def test_a_chief_engineer_is_one_post_not_a_head_with_a_grade() -> None:
    assert parse_post("攀成钢公司主任工程师") == ("攀成钢公司", "主任工程师")


def test_a_trade_with_a_skill_grade_still_keeps_the_trade() -> None:
    assert parse_post("某建筑公司钢筋工高级技师") == ("某建筑公司", "钢筋工")


def test_the_chief_engineer_in_a_list_holds_the_whole_title() -> None:
    text = "获得“中央企业劳动模范”荣誉称号的有，中铁二局集团公司主任工程师刘建平、中铁二局集团公司班长赵勇。"
    assert [p["title"] for p in people_of(text)["刘建平"]["positions"]] == ["主任工程师"]
