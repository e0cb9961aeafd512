"""Posts and employers of honoured people read from fresh real pages (session 14, employers and
positions): a department head's post written after a first post at a named body, and a list row's
post cell that names a department before its head's post.  Sentences follow the shapes of real
pages; names and units are invented."""

from __future__ import annotations

from typing import Any

from loaders.extract.posts import department_after
from tests.conftest import people_of, posts_of


def orgs_of(text: str) -> list[tuple[str, Any]]:
    from loaders.extract import extract_text

    return [(o["name"], o.get("parent")) for o in extract_text(text)["organizations"]]


# ---------------------------------------------------------------- 某公司总工程师、技术部部长某某


def test_a_department_head_after_a_post_at_a_company_is_held_at_its_department() -> None:
    text = "接受表彰的全国劳动模范、江西某某机械制造有限公司总工程师、技术部部长黄立新说,这份荣誉属于大家。"
    assert ("部长", "江西某某机械制造有限公司技术部") in posts_of(text, "黄立新")


def test_the_first_post_keeps_the_company() -> None:
    text = "接受表彰的全国劳动模范、江西某某机械制造有限公司总工程师、技术部部长黄立新说,这份荣誉属于大家。"
    assert ("总工程师", "江西某某机械制造有限公司") in posts_of(text, "黄立新")


def test_the_department_is_listed_under_the_company() -> None:
    text = "接受表彰的全国劳动模范、江西某某机械制造有限公司总工程师、技术部部长黄立新说,这份荣誉属于大家。"
    assert ("技术部", "江西某某机械制造有限公司") in orgs_of(text)


def test_a_department_after_a_unit_goes_under_the_units_body() -> None:
    assert department_after("生产部部长", "湖南某钢铁有限公司炼钢厂") == ("湖南某钢铁有限公司炼钢厂生产部", "部长")


def test_a_post_with_no_department_is_left_alone() -> None:
    assert department_after("副总经理", "湖南某钢铁有限公司") is None


def test_a_department_with_no_body_before_it_is_left_alone() -> None:
    assert department_after("技术部部长", None) is None


# ---------------------------------------------------------------- 名单: 姓名 单位 职称、科室主任

ROWS = """第三届“最美医者”候选人名单
邓志华 江西省人民医院 主任医师、肝胆外科副主任
罗晓梅 江西省人民医院 主任护师、科护士长
钟建国 南昌市第一医院 骨科主任
"""


def test_a_rows_department_before_a_deputy_head_goes_into_the_posts_org() -> None:
    assert posts_of(ROWS, "邓志华") == [("副主任", "江西省人民医院肝胆外科")]


def test_a_rows_department_before_a_head_goes_into_the_posts_org() -> None:
    assert posts_of(ROWS, "钟建国") == [("主任", "南昌市第一医院骨科")]


def test_a_rows_rank_of_head_nurse_stays_a_title() -> None:
    assert posts_of(ROWS, "罗晓梅") == [("科护士长", "江西省人民医院")]


def test_a_rows_department_is_listed_under_the_hospital() -> None:
    assert ("肝胆外科", "江西省人民医院") in orgs_of(ROWS)


def test_a_current_post_clause_places_the_second_department_head_too() -> None:
    text = "黄立新现任江西某某机械制造有限公司总工程师、技术部部长。他荣获全国劳动模范。"
    assert ("部长", "江西某某机械制造有限公司技术部") in posts_of(text, "黄立新")


# ---------------------------------------------------------------- 本届“某某”之一某医院某科教授某某

ONE_OF = "本届“江西最美医师”之一南昌大学第一附属医院心内科教授孙丽娟分享了从医心得。"


def test_one_of_a_group_opens_no_employers_name() -> None:
    assert people_of(ONE_OF)["孙丽娟"]["employers"] == ["南昌大学第一附属医院"]


def test_one_of_a_group_leaves_the_department_in_the_posts_org() -> None:
    assert posts_of(ONE_OF, "孙丽娟") == [("教授", "南昌大学第一附属医院心内科")]


def test_no_organisation_carries_the_group_before_one_of() -> None:
    assert not [name for name, _ in orgs_of(ONE_OF) if "之一" in name or "最美" in name]


# ---------------------------------------------------------------- 股份公司 / 总公司 alone: no body named


def test_a_legal_form_alone_is_a_bare_kind() -> None:
    from loaders.extract.orgfind import bare_kind

    assert bare_kind("股份公司") and bare_kind("总公司")


def test_a_named_company_with_that_legal_form_is_no_bare_kind() -> None:
    from loaders.extract.orgfind import bare_kind

    assert not bare_kind("江西铜业股份公司")


def test_a_legal_form_alone_employs_no_one() -> None:
    text = "刘志强是磨万铁路项目部常务副经理。他负责的项目获股份公司优秀工程咨询成果一等奖1项,他被评为全国优秀工程师。"
    assert "股份公司" not in people_of(text)["刘志强"]["employers"]
    assert "股份公司" not in [name for name, _ in orgs_of(text)]


# ---------------------------------------------------------------- 第四批: a selection's batch is no body's name


def test_a_batch_inside_an_honours_title_names_no_organisation() -> None:
    text = "李红梅被评为六安市第四批中小学骨干教师。"
    assert not [name for name, _ in orgs_of(text) if "第四批" in name]


def test_a_school_written_after_a_batch_honour_is_still_found() -> None:
    text = "李红梅被评为六安市第四批骨干教师,她是六安市第二中学的语文教师。"
    assert "六安市第二中学" in [name for name, _ in orgs_of(text)]


# ---------------------------------------------------------------- 曾都区公安分局 (headline) and 随州市曾都区公安分局西城派出所


def test_a_parent_written_without_its_city_goes_beside_its_station() -> None:
    from loaders.extract.entries import lowest_employers

    assert lowest_employers(["孝感市孝南区公安分局书院派出所", "孝南区公安分局"]) == ["孝感市孝南区公安分局书院派出所"]


def test_a_parent_written_whole_still_goes_beside_its_unit() -> None:
    from loaders.extract.entries import lowest_employers

    assert lowest_employers(["白玉县国有林业局", "白玉县国有林业局拉龙林场"]) == ["白玉县国有林业局拉龙林场"]


def test_a_body_written_after_a_word_that_is_no_place_stays() -> None:
    from loaders.extract.entries import lowest_employers

    assert lowest_employers(["东风公司", "神华东风公司机修厂"]) == ["东风公司", "神华东风公司机修厂"]


def test_a_police_officers_headline_station_and_body_station_give_one_employer() -> None:
    text = (
        "扎根社区\n——记孝南区公安分局东街社区民警刘志刚\n"
        "孝感市孝南区公安分局城东派出所东街社区民警刘志刚,从警8年,先后被评为“十佳社区民警”、“执法工作先进个人”。"
    )
    assert people_of(text)["刘志刚"]["employers"] == ["孝感市孝南区公安分局城东派出所"]


# ---------------------------------------------------------------- 2017年度某镇商会: the year's 年度 opens no name


def scanned(text: str) -> list[str]:
    from loaders.extract.orgfind import OrgIndex

    return [m.name for m in OrgIndex(text, city=None, province=None).scan(0, len(text))]


def test_a_years_nian_du_before_a_body_is_no_part_of_its_name() -> None:
    assert scanned("1月20日,2019年度横林镇商会年会暨表彰大会举行。") == ["横林镇商会"]


def test_a_years_nian_before_a_body_is_no_part_of_its_name() -> None:
    assert scanned("2021年湖塘镇总工会召开表彰会。") == ["湖塘镇总工会"]


# ---------------------------------------------------------------- 原中国某协会会长: 原 marks the officer, not the body


def test_former_before_a_national_body_is_no_part_of_its_name() -> None:
    assert scanned("原中国医师协会会长张志远致辞。") == ["中国医师协会"]


def test_current_before_a_city_body_is_no_part_of_its_name() -> None:
    assert scanned("现杭州市总工会副主席王某出席。") == ["杭州市总工会"]


def test_a_city_whose_name_opens_with_yuan_keeps_it() -> None:
    assert scanned("原平市人民医院护士长李某。") == ["原平市人民医院"]


# ---------------------------------------------------------------- 某公司党委书记、总经理某某: one body, two offices


def test_a_second_office_before_a_name_is_held_at_the_first_offices_body() -> None:
    text = "全国劳动模范、湖北某某机械有限公司党委书记、总经理周建华出席了会议。"
    assert ("总经理", "湖北某某机械有限公司") in posts_of(text, "周建华")


def test_an_office_in_a_body_of_its_own_takes_no_body_from_the_first() -> None:
    text = "全国劳动模范、湖北某某机械有限公司总经理、全国人大代表周建华出席了会议。"
    assert ("全国人大代表", None) in posts_of(text, "周建华")


def test_a_village_committees_head_after_its_party_secretary_is_at_the_village() -> None:
    text = "省劳动模范、孟州市城伯镇东桑坡村党总支书记、村委会主任赵红军,今年被评为省劳动模范。"
    assert ("村委会主任", "孟州市城伯镇东桑坡村") in posts_of(text, "赵红军")


# ---------------------------------------------------------------- 某村村委会主任: the village is the post's, no employer


def test_a_village_committees_head_has_no_village_employer() -> None:
    text = "孟州市城伯镇东桑坡村村委会主任赵红军被评为省劳动模范。"
    person = people_of(text)["赵红军"]
    assert person["employers"] == []
    assert person["positions"][0]["org"] == "孟州市城伯镇东桑坡村"


def test_a_village_doctor_still_has_no_village_employer() -> None:
    text = "孟州市城伯镇东桑坡村乡村医生赵红军被评为省劳动模范。"
    assert people_of(text)["赵红军"]["employers"] == []


# ---------------------------------------------------------------- 某供电公司台区经理 (session 16, org21b)


def test_a_grids_service_area_manager_is_one_title_at_the_company() -> None:
    # 台区 is a power grid's service area, named by no name: 台区经理 is the post, as 车间主任 is
    text = "国网湖北省电力有限公司某某县供电公司台区经理周建华被评为全国五一劳动奖章获得者。"
    assert posts_of(text, "周建华") == [("台区经理", "国网湖北省电力有限公司某某县供电公司")]


def test_a_grids_service_area_is_no_organisation() -> None:
    text = "国网湖北省电力有限公司某某县供电公司台区经理周建华被评为全国五一劳动奖章获得者。"
    assert not [name for name, _ in orgs_of(text) if name.endswith("台区")]
