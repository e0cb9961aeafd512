"""How a glued chain of units splits into organisations: a company numbered by a bare number is a
part of its own under the bureau before it, and a brand written without a kind word (鄂钢, 营口港,
乌海能源) heads the chain it begins.  Every name is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.orgs import split_org


def parts(name: str) -> list[str]:
    return [p.name for p in split_org(name)]


def orgs_of(text: str) -> list[tuple[str, str | None]]:
    return [(o["name"], o.get("parent")) for o in extract_text(text)["organizations"]]


# ---------------------------------------------------------------- numbered companies


def test_a_company_numbered_by_a_bare_number_is_its_own_part() -> None:
    assert parts("中铁九局四公司") == ["中铁九局", "四公司"]


def test_a_numbered_company_with_its_own_legal_name_keeps_the_parents_short_name() -> None:
    assert parts("中建五局第二建设有限公司") == ["中建五局", "中建五局第二建设有限公司"]


def test_a_team_of_a_numbered_company_hangs_under_that_company() -> None:
    orgs = orgs_of("中铁九局四公司盾构队队长李明荣获全国五一劳动奖章。")
    assert ("四公司", "中铁九局") in orgs and ("盾构队", "四公司") in orgs


# ---------------------------------------------------------------- brands without a kind word


def test_a_steel_brand_heads_the_plant_after_it() -> None:
    assert parts("鄂钢炼钢二厂") == ["鄂钢", "炼钢二厂"]


def test_a_port_heads_the_branch_after_it() -> None:
    assert parts("营口港集装箱码头分公司") == ["营口港", "集装箱码头分公司"]


def test_a_company_named_after_its_brand_keeps_the_brand() -> None:
    assert parts("营口港集装箱码头公司") == ["营口港集装箱码头公司"]


def test_an_energy_brand_heads_the_mine_after_it() -> None:
    assert parts("乌海能源骆驼山煤矿") == ["乌海能源", "骆驼山煤矿"]


def test_two_brands_in_a_row_are_two_parts() -> None:
    assert parts("首钢长治钢钒轧钢厂") == ["首钢", "长治钢钒", "轧钢厂"]


def test_a_brand_before_a_legal_form_stays_in_the_name() -> None:
    assert parts("马钢合肥钢铁有限责任公司") == ["马钢合肥钢铁有限责任公司"]


def test_a_brand_before_a_team_stays_with_the_team() -> None:
    assert parts("大连港矿石码头装卸一队") == ["大连港矿石码头装卸一队"]


def test_a_product_word_is_no_brand() -> None:
    assert parts("不锈钢制品厂") == ["不锈钢制品厂"]


def test_the_plant_of_a_brand_is_an_organisation_under_it() -> None:
    orgs = orgs_of("鄂钢炼钢二厂炉长王建军荣获湖北省五一劳动奖章。")
    assert ("炼钢二厂", "鄂钢") in orgs


def test_the_worker_of_a_brands_plant_keeps_the_employer_as_written() -> None:
    person = extract_text("鄂钢炼钢二厂炉长王建军荣获湖北省五一劳动奖章。")["people"][0]
    assert person["employers"] == ["鄂钢炼钢二厂"]


def test_a_brand_written_before_a_name_in_a_list_employs_that_person() -> None:
    text = "在第十二届高技能人才表彰中，中原油田高建华、荆门石化宋立新、九江石化李国庆等3人获得全国技术能手荣誉称号。"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert people["宋立新"]["employers"] == ["荆门石化"]


# ---------------------------------------------------------------- a place's service units


def test_a_districts_service_centre_employs_the_worker_named_after_it() -> None:
    text = "其中，鼓楼区环卫养护中心陈建华荣获福建省优秀城市美容师称号。"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert people["陈建华"]["employers"] == ["鼓楼区环卫养护中心"]


def test_a_companys_centre_named_before_a_worker_is_no_employer() -> None:
    text = "其中，中建三局技术中心陈建华荣获湖北省五一劳动奖章。"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert "中建三局技术中心" not in people["陈建华"]["employers"]


# ---------------------------------------------------------------- hospitals


def test_a_universitys_numbered_hospital_is_named_whole_under_the_university() -> None:
    orgs = orgs_of("山西某医科大学第二医院护理部副主任张某慧获南丁格尔奖章。")
    assert ("山西某医科大学第二医院", "山西某医科大学") in orgs


def test_a_numbered_hospital_is_not_taken_for_another_universitys_hospital() -> None:
    orgs = orgs_of(
        "获奖的护理工作者是:重庆某医科大学附属第二医院护理部主任甘某妮,山西某医科大学第二医院护理部副主任张某惠。"
    )
    names = [n for n, _ in orgs]
    assert "山西某医科大学第二医院" in names and "重庆某医科大学附属第二医院" in names


def test_a_specialty_hospital_ending_a_list_is_an_organisation() -> None:
    orgs = orgs_of("我省7人上榜,他们分别是河南某肿瘤医院徐某霞、河南省胸科医院唐某。")
    assert ("河南省胸科医院", None) in orgs


# ---------------------------------------------------------------- mining brands


def test_a_mining_brand_heads_the_mine_after_it() -> None:
    assert parts("淮北矿业朱庄煤矿综采一队") == ["淮北矿业", "朱庄煤矿", "综采一队"]


def test_a_collective_honours_mine_under_a_mining_brand_is_listed_with_its_parent() -> None:
    orgs = orgs_of("日前,中华全国总工会授予淮北矿业朱庄煤矿综采一队“全国工人先锋号”荣誉称号。")
    assert ("朱庄煤矿", "淮北矿业") in orgs and ("综采一队", "朱庄煤矿") in orgs


def test_a_mining_group_with_its_legal_form_stays_one_name() -> None:
    assert parts("某金矿业集团股份有限公司") == ["某金矿业集团股份有限公司"]


# ---------------------------------------------------------------- 甲所属乙 / 甲旗下的乙


def test_a_group_written_before_suoshu_is_the_parent_of_the_plant_after_it() -> None:
    orgs = orgs_of("2015年,江北建材集团所属平川陶瓷厂有限责任公司党委书记赵立群被评为全国劳动模范。")
    assert ("平川陶瓷厂有限责任公司", "江北建材集团") in orgs


def test_a_group_written_before_qixia_is_the_parent_of_the_company_after_it() -> None:
    orgs = orgs_of("王海东是临江控股集团旗下的临江汽车第三制造公司的钳工,2019年荣获全国五一劳动奖章。")
    assert ("临江汽车第三制造公司", "临江控股集团") in orgs


def test_owned_units_needs_a_body_on_both_sides() -> None:
    from loaders.extract.profile import owned_units

    assert owned_units(["江北建材集团所属平川陶瓷厂"]) == [("江北建材集团", "平川陶瓷厂")]
    assert owned_units(["江北建材集团所属单位"]) == []  # 所属单位 names no body
    assert owned_units(["近年来所属平川陶瓷厂"]) == []  # no body before the word


# ---------------------------------------------------------------- a roster row without a gap


ROSTER_WITHOUT_GAPS = """近日,全国绿化委员会、人力资源社会保障部、国家林业和草原局印发决定,表彰全国绿化劳动模范。
二、全国绿化劳动模范(江西省)
郑明远江西省武宁县罗溪国有林场场长
万汝根江西省修水县黄沙国有林场场长
"""


def test_a_persons_name_glued_before_the_unit_is_no_part_of_the_unit() -> None:
    names = [name for name, _ in orgs_of(ROSTER_WITHOUT_GAPS)]
    assert "江西省武宁县罗溪国有林场" in names
    assert not any(n.startswith(("郑明远", "明远", "汝根")) for n in names)


def test_name_cut_leaves_a_name_that_opens_with_no_persons_name() -> None:
    from loaders.extract.profile import name_cut

    text = "王强江西省武宁县罗溪国有林场场长"
    assert name_cut(text, 0, 14, text[:14], ["王强"]) == "江西省武宁县罗溪国有林场"
    assert name_cut(text, 2, 14, text[2:14], ["王强"]) == "江西省武宁县罗溪国有林场"
    assert name_cut(text, 0, 14, text[:14], ["李明"]) == text[:14]


# ---------------------------------------------------------------- a post and 及 glued before a unit


def test_a_post_and_ji_before_a_unit_are_no_part_of_the_units_name() -> None:
    orgs = orgs_of(
        "近日,省政府公布第四届技能大奖获奖名单,江城和泰电动工具有限公司技术科科长、"
        "企业技术中心副主任及工业设计中心主任周国政上榜,获评“江城工匠”。"
    )
    names = [name for name, _ in orgs]
    assert "工业设计中心" in names
    assert not any("副主任" in name for name in names)


def test_post_joined_cut_keeps_a_name_with_a_conjunction_of_its_own() -> None:
    from loaders.extract.profile import post_joined_cut

    assert post_joined_cut("副总经理及财务部") == "财务部"
    assert post_joined_cut("经济和信息化委员会") == "经济和信息化委员会"


def test_inner_name_cut_takes_a_persons_name_out_of_two_glued_roster_rows() -> None:
    from loaders.extract.profile import inner_name_cut

    glued = "华新矿业有限公司王建国东方稀有金属集团有限公司"
    assert inner_name_cut(glued, ["王建国"]) == "华新矿业有限公司东方稀有金属集团有限公司"


def test_inner_name_cut_leaves_a_name_with_no_body_after_the_person() -> None:
    from loaders.extract.profile import inner_name_cut

    assert inner_name_cut("华新矿业有限公司王建国班组", ["王建国"]) == "华新矿业有限公司王建国班组"
    assert inner_name_cut("华新矿业有限公司", ["王建国"]) == "华新矿业有限公司"
