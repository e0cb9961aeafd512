"""Layouts the first rule set did not read: person sections (WeChat team pages, announcements with
one bio per person), bullet honour lines, two-column award lists, joint issuers of a decision,
organisers as conferrers, quoted patents and ZL numbers.  Every example is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.orgs import split_org
from tests.conftest import people_of

TEAM_PAGE = """\
滨江电缆工会　2023-09-12 08:00　江苏

走进班组｜这支“三人小组”，把电缆接头做到零返修

在南京滨江电缆有限公司高压事业部的附件车间，有一间小小的创新屋。

01｜领衔人：许志豪
👨‍🔧 1976年出生，电缆附件高级技师，1995年进厂。
🏅 全国技术能手（2018年）
🏅 江苏省五一劳动奖章（2021年）
他主持的“高压电缆接头一次成型工艺”项目，获公司科技进步一等奖。

02｜技术骨干：沈佳怡
👩‍🔧 附件车间检验组组长。
🏅 南京市技术能手（2022年）

✨小组成立五年来，累计完成技术攻关18项。
编辑：吴迪　审核：潘杰
"""


def test_a_line_naming_only_a_person_opens_that_persons_section() -> None:
    people = people_of(TEAM_PAGE)
    assert set(people) == {"许志豪", "沈佳怡"}
    assert people["许志豪"]["born"] == "1976"
    assert {(h["title"], h["year"]) for h in people["许志豪"]["honors"]} == {
        ("全国技术能手", 2018),
        ("江苏省五一劳动奖章", 2021),
    }
    assert [(h["title"], h["year"]) for h in people["沈佳怡"]["honors"]] == [("南京市技术能手", 2022)]


def test_the_first_line_of_a_section_describes_its_person() -> None:
    people = people_of(TEAM_PAGE)
    assert [p["title"] for p in people["沈佳怡"]["positions"]] == ["组长"]
    # the section label 领衔人 is a role too (see test_a_post_labelling_a_section_line_is_that_persons_role)
    assert [p["title"] for p in people["许志豪"]["positions"]] == ["领衔人", "高级技师"]
    assert [p["title"] for p in people["许志豪"]["projects"]] == ["高压电缆接头一次成型工艺"]


def test_a_section_ends_at_the_paragraph_break_so_collective_counts_stay_unassigned() -> None:
    people = people_of(TEAM_PAGE)
    assert all(not p["patent_counts"] and not p["projects"] for n, p in people.items() if n == "沈佳怡")
    assert "吴迪" not in people and "潘杰" not in people


ANNOUNCEMENT = """\
东海晨报　2023-05-02

2022年“海港工匠年度人物”揭晓

4月30日，由宁波市总工会、宁波广播电视集团联合主办的2022年“海港工匠年度人物”发布仪式举行。8名一线职工获评2022年“海港工匠年度人物”。以下是其中两位的简介。

戴文斌（北仑）
宁波港集团有限公司北仑第二集装箱码头分公司桥吊司机，1984年生。曾获浙江省技术能手称号。

司马红英（镇海）
镇海炼化有限公司第三联合车间操作工，女，1979年生。2020年获浙江省五一劳动奖章。
"""


def test_each_bio_of_an_announcement_holds_the_announced_honour_from_its_organisers() -> None:
    people = people_of(ANNOUNCEMENT)
    assert set(people) == {"戴文斌", "司马红英"}
    for person in people.values():
        announced = [h for h in person["honors"] if h["title"] == "海港工匠年度人物"]
        assert announced and announced[0]["year"] == 2022
        assert announced[0]["conferred_by"] == ["宁波市总工会", "宁波广播电视集团"]


def test_the_bio_line_gives_employer_post_and_birth_and_its_honours_stay_with_its_person() -> None:
    people = people_of(ANNOUNCEMENT)
    assert people["司马红英"]["born"] == "1979"
    assert people["司马红英"]["gender"] == "女"
    assert [p["title"] for p in people["司马红英"]["positions"]] == ["操作工"]
    assert "浙江省五一劳动奖章" in [h["title"] for h in people["司马红英"]["honors"]]
    assert "浙江省五一劳动奖章" not in [h["title"] for h in people["戴文斌"]["honors"]]
    assert people["戴文斌"]["employers"] and people["戴文斌"]["employers"][0].startswith("宁波港集团有限公司")


DECISION = """\
绵阳市总工会　绵阳市人力资源和社会保障局
关于表彰2024年绵阳市五一劳动奖章获得者的决定

市总工会、市人力资源和社会保障局决定，授予罗建华等3名同志“绵阳市五一劳动奖章”。

附件
2024年绵阳市五一劳动奖章获得者名单（3名）

四川长虹电器股份有限公司　罗建华
绵阳市中心医院重症医学科护士长　蒲晓琳（女）
安州区桑枣镇养蜂大户　冉德贵
"""


def test_every_body_above_a_decision_title_confers_every_honour_of_its_lists() -> None:
    people = people_of(DECISION)
    assert set(people) == {"罗建华", "蒲晓琳", "冉德贵"}
    for person in people.values():
        assert person["honors"][0]["title"] == "绵阳市五一劳动奖章"
        assert person["honors"][0]["year"] == 2024
        assert person["honors"][0]["conferred_by"] == ["绵阳市总工会", "绵阳市人力资源和社会保障局"]


def test_a_two_column_list_row_gives_the_unit_as_employer_and_a_glued_post_as_position() -> None:
    people = people_of(DECISION)
    assert people["罗建华"]["employers"] == ["四川长虹电器股份有限公司"]
    assert people["蒲晓琳"]["employers"] == ["绵阳市中心医院"]
    assert [p["title"] for p in people["蒲晓琳"]["positions"]] == ["护士长"]
    assert people["冉德贵"]["employers"] == []  # a place and a description: nobody employs him


def test_quoted_patents_in_a_patent_sentence_and_zl_numbers_give_the_kind() -> None:
    text = (
        "——记全国五一劳动奖章获得者、某某重工有限公司焊工卢建军\n\n"
        "卢建军先后获得国家实用新型专利6项，其中“一种管道焊口自动定心夹具”已在车间推广。"
        "他的发明“厚壁管件窄间隙焊接方法”（ZL 2020 1 0456789.3）获得授权。"
    )
    person = people_of(text)["卢建军"]
    kinds = {p["title"]: p["kind"] for p in person["patents"]}
    assert kinds == {"一种管道焊口自动定心夹具": "实用新型", "厚壁管件窄间隙焊接方法": "发明"}


def test_a_numbered_plant_under_a_company_is_a_body_of_its_own() -> None:
    parts = [p.name for p in split_org("辽河石化有限公司第三炼油厂")]
    assert parts == ["辽河石化有限公司", "第三炼油厂"]


def test_a_last_section_above_a_closing_source_credit_is_no_new_article() -> None:
    text = (
        "全国五一劳动奖章获得者\n"
        "孙海峰\n"
        "青岛港湾机械有限公司电气工程师\n"
        "刘晓燕\n"
        "青岛海洋科技有限公司技术主管\n"
        "（来源：市南区融媒体中心）\n"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert people["刘晓燕"]["employers"] == ["青岛海洋科技有限公司"]


def test_posts_after_a_party_post_in_a_sections_intro_are_held_at_its_body() -> None:
    text = (
        "山东省劳动模范\n"
        "郑海涛\n"
        "烟台市芝罘区东方工贸总公司党总支书记、董事长、总经理\n"
        "王丽\n"
        "烟台海洋科技有限公司技术主管\n"
    )
    person = {p["name"]: p for p in extract_text(text)["people"]}["郑海涛"]
    assert person["employers"] == ["烟台市芝罘区东方工贸总公司"]
    assert {p["title"] for p in person["positions"]} == {"党总支书记", "董事长", "总经理"}


YEARLY_SECTIONS = """\
《晚读》摘选了几段历年的颁奖辞，敬最可爱的人。

01
2021年度感动中国人物
陈红梅
云南某县中心小学校长
【颁奖辞】山路弯弯，你把孩子们一个个送出大山。

02
2021年度感动中国人物
周家和、李素兰夫妇
开办“爱心厨房”十五年
【颁奖辞】小小的灶台，烧出了人间的暖。

03
2018年度感动中国人物
郑秋生
“大漠守护人”
【颁奖辞】半生风沙，守住一窟壁画。
"""


def test_a_section_headed_by_its_own_year_does_not_take_the_first_sections_year() -> None:
    people = people_of(YEARLY_SECTIONS)
    assert [(h["title"], h["year"]) for h in people["郑秋生"]["honors"]] == [("感动中国人物", 2018)]
    assert [(h["title"], h["year"]) for h in people["陈红梅"]["honors"]] == [("感动中国人物", 2021)]
