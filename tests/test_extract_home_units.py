"""Employers and posts, eleventh round: a company's own news listing its workers by unit, an expert
post an enterprise gives its own staff, police officers and plant operators by their trade, schools
named 高中/初中/驾校, and a body named without its kind word before its head's post.  Every name and
unit is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.orgfind import OrgIndex
from loaders.extract.posts import held_expert, parse_post
from loaders.orgs import org_kind
from tests.conftest import people_of


def posts_of(person: dict) -> list[tuple[str, str | None]]:
    return [(p["title"], p["org"]) for p in person["positions"]]


# ---------------------------------------------------------------- a company's own news


COMPANY_NEWS = (
    "3月8日，经职工投票和评委评审，长江化纤公司“十佳青年岗位能手”名单揭晓，聚酯事业部二车间工艺技术员"
    "程晓东、动力事业部供水车间电气技术员韦丽萍等10名青工上榜。公司团委负责人表示，将继续开展评选活动。"
)


def test_a_company_news_item_gives_its_workers_at_units_the_company_as_employer() -> None:
    people = people_of(COMPANY_NEWS)
    assert people["程晓东"]["employers"] == ["长江化纤公司"]
    assert people["韦丽萍"]["employers"] == ["长江化纤公司"]


def test_the_unit_stays_the_posts_organisation_in_a_company_news_item() -> None:
    people = people_of(COMPANY_NEWS)
    assert ("工艺技术员", "聚酯事业部二车间") in posts_of(people["程晓东"])


def test_a_text_naming_two_companies_has_no_home_company() -> None:
    text = "长江化纤公司举办职工技能比武。华中机电公司派员观摩。聚酯事业部二车间工艺技术员程晓东获得“技术能手”称号。"
    index = OrgIndex(text, city=None, province=None)
    index.scan(0, len(text))
    assert index.home_body() is None


def test_a_text_naming_one_company_and_its_units_has_that_home_company() -> None:
    index = OrgIndex(COMPANY_NEWS, city=None, province=None)
    index.scan(0, len(COMPANY_NEWS))
    assert index.home_body() == "长江化纤公司"


# ---------------------------------------------------------------- expert posts


def test_an_enterprises_expert_post_before_a_name_leaves_the_enterprise_the_employer() -> None:
    text = "近日，省总工会公布名单，国网江南市供电公司电网检修专家韩立新入选“江南工匠”。"
    assert people_of(text)["韩立新"]["employers"] == ["国网江南市供电公司"]


def test_an_expert_post_at_an_enterprise_is_held_there() -> None:
    assert held_expert("电网检修专家", "国网江南市供电公司")


def test_an_expert_of_an_association_stays_an_appointment() -> None:
    assert not held_expert("评审专家", "江南省机械工程学会")


# ---------------------------------------------------------------- trades


def test_a_police_officer_is_a_post_at_his_detachment() -> None:
    assert parse_post("江南市公安局刑事侦查支队民警") == ("江南市公安局刑事侦查支队", "民警")


def test_a_traffic_police_officer_is_a_post() -> None:
    assert parse_post("交警") == (None, "交警")


def test_a_plants_main_operator_is_a_post_at_its_workshop() -> None:
    assert parse_post("合成事业部氨合成车间总控主操") == ("合成事业部氨合成车间", "总控主操")


# ---------------------------------------------------------------- schools


def test_a_senior_high_school_is_a_school() -> None:
    assert org_kind("江南市育才高中") == "学校"


def test_a_driving_school_is_a_school() -> None:
    assert org_kind("江南通达驾校") == "学校"


def test_a_teacher_of_a_senior_high_school_is_employed_there() -> None:
    text = "江南市育才高中数学教师张丽华获得“全国优秀班主任”称号。"
    assert people_of(text)["张丽华"]["employers"] == ["江南市育才高中"]


def test_finishing_senior_high_school_names_no_school() -> None:
    text = "他高中毕业后进入江南机械厂当了一名车工。"
    assert all(o["name"] != "他高中" for o in extract_text(text)["organizations"])


# ---------------------------------------------------------------- a body without its kind word


def test_a_body_named_by_place_and_name_before_its_heads_post_is_the_posts_organisation() -> None:
    assert parse_post("襄阳青石岭厂长") == ("襄阳青石岭", "厂长")


def test_a_deputy_heads_title_is_not_split() -> None:
    assert parse_post("常务副校长") == (None, "常务副校长")


def test_a_short_name_without_a_place_is_left_whole() -> None:
    assert parse_post("青石岭厂长") == (None, "青石岭厂长")


def test_a_head_office_written_by_its_kind_alone_is_no_part_of_the_title() -> None:
    assert parse_post("总公司副总经理") == (None, "副总经理")


# ---------------------------------------------------------------- a post written once for a run of names


def test_a_post_written_once_before_a_run_of_names_closing_an_item_is_held_by_each() -> None:
    text = "江南机械厂车间主任王大明、李小红；江南电力公司班长张建国被评为市劳动模范。"
    assert posts_of(people_of(text)["李小红"]) == [("车间主任", "江南机械厂")]


def test_a_name_of_the_run_with_its_own_post_keeps_its_own() -> None:
    text = "江南机械厂车间主任王大明、副主任李小红；江南电力公司班长张建国被评为市劳动模范。"
    assert [t for t, _ in posts_of(people_of(text)["李小红"])] == ["副主任"]


def test_a_run_of_names_followed_by_a_verb_shares_no_post() -> None:
    text = "江南机械厂车间主任王大明、李小红被评为市劳动模范。"
    assert posts_of(people_of(text)["李小红"]) == []


# ---------------------------------------------------------------- a trade named by a head count


def test_the_trade_of_a_head_count_after_a_name_is_that_persons_job() -> None:
    text = "1月21日，江南县对环卫工作先进个人进行表彰，彭大成等10名环卫工人获得了“爱岗敬业标兵”荣誉证书。"
    assert posts_of(people_of(text)["彭大成"]) == [("环卫工人", None)]


def test_a_status_word_after_a_head_count_is_no_job() -> None:
    text = "江南机械厂王大明等5名职工获得表彰，被评为“岗位能手”。"
    assert posts_of(people_of(text)["王大明"]) == []
