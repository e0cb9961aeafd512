"""Posts written after a ward, room, section or numbered plant of a named body (手术室护士长,
二病区主任, 蚕桑系主任, 10号高炉总作业长): the bare post is the title, the ward goes into the
position's organisation and is listed under its body, and the body stays the employer.  Every
name and unit is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.posts import dept_unit_tail, parse_post


def test_a_ward_before_a_head_nurse_goes_into_the_posts_organisation() -> None:
    assert parse_post("宁安市人民医院手术室护士长") == ("宁安市人民医院手术室", "护士长")


def test_a_numbered_ward_before_a_directors_post_goes_into_the_posts_organisation() -> None:
    assert parse_post("东山县中心医院三病区主任") == ("东山县中心医院三病区", "主任")


def test_a_college_department_before_its_head_is_the_posts_unit() -> None:
    assert parse_post("江淮农学院园艺系主任") == ("江淮农学院园艺系", "主任")


def test_latin_letters_naming_a_ward_are_cut_from_the_title() -> None:
    assert parse_post("清河市第二医院ICU护士长") == ("清河市第二医院ICU", "护士长")


def test_a_numbered_furnace_is_equipment_and_the_plant_keeps_the_post() -> None:
    assert parse_post("北岭钢铁公司炼铁厂3号高炉总作业长") == ("北岭钢铁公司炼铁厂", "总作业长")


def test_a_nurses_grade_glued_after_the_post_is_no_part_of_the_title() -> None:
    assert parse_post("宁安市人民医院手术室护士长主管护师") == ("宁安市人民医院手术室", "护士长")


def test_a_city_district_before_a_managers_post_is_not_read_as_a_department() -> None:
    org, _title = parse_post("华信商贸有限公司朝阳区经理") or (None, "")
    assert not (org or "").endswith("朝阳区")


def test_a_ward_after_its_body_is_split_for_the_organisations_list() -> None:
    assert dept_unit_tail("宁安市人民医院手术室") == ("宁安市人民医院", "手术室")


def test_a_department_the_organisation_finder_splits_is_left_to_it() -> None:
    assert dept_unit_tail("宁安市人民医院心内科") is None


def test_a_head_nurse_of_a_ward_keeps_the_hospital_as_employer_and_the_ward_as_organisation() -> None:
    profile = extract_text("宁安市人民医院手术室护士长刘秀芝荣获2021年度“宁安市优秀护士”称号。")
    person = next(p for p in profile["people"] if p["name"] == "刘秀芝")
    assert [p["title"] for p in person["positions"]] == ["护士长"]
    assert person["employers"] == ["宁安市人民医院"]
    assert {"name": "手术室", "parent": "宁安市人民医院"}.items() <= next(
        o for o in profile["organizations"] if o["name"] == "手术室"
    ).items()


def test_a_hospital_named_by_what_it_treats_is_an_organisation() -> None:
    profile = extract_text("南江市职业病防治院护士长陈丽华被评为南江市劳动模范。")
    person = next(p for p in profile["people"] if p["name"] == "陈丽华")
    assert person["employers"] == ["南江市职业病防治院"]


def test_a_shift_leaders_post_is_not_cut_into_a_team_and_its_head() -> None:
    assert parse_post("华源热电厂发电运行部大值班长") == ("华源热电厂发电运行部", "大值班长")


def test_a_team_named_by_its_work_still_goes_into_the_posts_organisation() -> None:
    assert parse_post("华源石化公司裂解车间压缩分离班长") == ("华源石化公司裂解车间压缩分离班", "班长")


def test_a_committee_office_is_not_cut_inside_its_committee_word() -> None:
    # 绿化委|员会办公室 would list a body 某绿化委 and a unit 员会办公室
    assert dept_unit_tail("平潭综合实验区绿化委员会办公室") is None
    assert dept_unit_tail("某县人民医院手术室") == ("某县人民医院", "手术室")
