"""Units and their posts read from fresh real pages (the sixteenth round): where a unit's name
begins, which part of a chain employs, which phrases are no posts, and whose units a list's
companies hold.  Sentences follow the shapes of real notices and news; names are invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.posts import parse_post
from loaders.orgs import employer_of, split_org
from tests.conftest import people_of


def organisations(text: str) -> dict[str, str | None]:
    return {o["name"]: o.get("parent") for o in extract_text(text)["organizations"]}


# ---------------------------------------------------------------- where a name begins


def test_a_one_character_adjective_split_from_a_name_is_its_first_character() -> None:
    orgs = organisations("所在班组多次被评为高庄煤业公司“先进班组”,其个人也荣获集团“劳动模范”称号。")
    assert "高庄煤业公司" in orgs
    assert "庄煤业公司" not in orgs


def test_a_street_office_company_keeps_its_first_character_after_a_semicolon() -> None:
    orgs = organisations("北关街办公厕管理员刘艳;红庙坡街办保洁公司经理刘宏江。")
    assert "红庙坡街办保洁公司" in orgs


def test_a_selection_verb_before_a_unit_is_no_part_of_the_employer() -> None:
    text = (
        "在专业奖章部分,从43位受推荐人中选出最具贡献者核定马偕纪念医院资深主治医师赖允亮等4人获颁二等卫生福利专业奖章。"
    )
    lai = people_of(text)["赖允亮"]
    assert lai["employers"] == ["马偕纪念医院"]
    assert "马偕纪念医院" in organisations(text)


def test_a_traditional_selection_verb_ends_the_name_on_its_left() -> None:
    text = (
        "在專業獎章部分,從43位受推薦人中選出最具貢獻者核定馬偕紀念醫院資深主治醫師賴允亮等4人獲頒二等衛生福利專業獎章。"
    )
    assert list(organisations(text)) == ["馬偕紀念醫院"]


def test_a_city_after_a_bureau_begins_the_next_part_of_the_chain() -> None:
    parts = split_org("广州铁路公安局长沙公安处")
    assert [p.name for p in parts] == ["广州铁路公安局", "长沙公安处"]


def test_a_bureau_head_written_after_the_bureau_stays_a_post() -> None:
    assert [p.name for p in split_org("公安局长沙明")] == ["公安局长沙明"]


# ---------------------------------------------------------------- chains and employers


def test_a_unit_word_alone_after_its_company_is_no_part_of_the_employer() -> None:
    assert employer_of("鲁泰纺织股份有限公司实验室") == "鲁泰纺织股份有限公司"


def test_a_brand_followed_by_its_trade_word_heads_one_group_name() -> None:
    parts = [p.name for p in split_org("中国移动通信集团山东有限公司淄博分公司")]
    assert parts == ["中国移动通信集团", "中国移动通信集团山东有限公司", "淄博分公司"]


def test_an_agency_named_by_shu_employs_and_its_sections_are_units() -> None:
    assert employer_of("内政部警政署防治组妇幼安全科") == "内政部警政署"
    assert parse_post("海关总署副署长") == ("海关总署", "副署长")


def test_a_plan_deployed_names_no_agency() -> None:
    assert parse_post("精心部署") is None


def test_a_brand_followed_by_its_industry_heads_one_group_name() -> None:
    assert [p.name for p in split_org("中国石油天然气集团公司")] == ["中国石油天然气集团公司"]


def test_a_railway_guide_post_names_its_station_workshop() -> None:
    text = "这个“润秋”,就是中国铁路北京局集团公司北京南站客运车间业务指导张润秋。张润秋荣获“最美铁路人”称号。"
    zhang = people_of(text)["张润秋"]
    assert [(p["title"], p["org"]) for p in zhang["positions"]] == [
        ("业务指导", "中国铁路北京局集团公司北京南站客运车间")
    ]


# ---------------------------------------------------------------- phrases that are no posts


def test_a_group_named_with_a_demonstrative_is_no_post() -> None:
    assert parse_post("这个杰出群体新成员") is None


def test_the_honourees_representatives_are_no_post() -> None:
    assert parse_post("全国劳动模范和先进工作者代表") is None


def test_a_deputy_introduced_with_this_is_keeps_the_office_alone() -> None:
    assert parse_post("這是第十三屆全國人大代表") == (None, "第十三屆全國人大代表")


def test_a_deputy_to_a_congress_stays_a_post() -> None:
    assert parse_post("第十三届全国人大代表") == (None, "第十三届全国人大代表")


# ---------------------------------------------------------------- a list of companies' people


def test_units_in_a_list_of_several_companies_are_not_put_under_the_last_company() -> None:
    text = (
        "此次受表彰的十大环卫职工,在他们身上体现了爱岗敬业、乐于奉献的环卫精神。"
        "这十位环卫职工他们是:北院门街办保洁员徐娟;红庙坡街办保洁公司经理刘宏江;西大街道路保洁所保洁员李三友;"
        "莲湖区环卫车队队长王中斌;枣园街办保洁公司经理、环卫所所长杨金根;北院门街办保洁公司经理蒋光荣。"
    )
    orgs = organisations(text)
    assert all(parent != "北院门街办保洁公司" for name, parent in orgs.items() if name != "北院门街办保洁公司")
