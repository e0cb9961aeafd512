"""Rules for profiles written as running prose rather than lists: who a paragraph is about, names
in clauses, honours pointed back to or named in idioms, posts of 是…的一名…, units of the company a
profile keeps naming, patent list lines, run-in paragraph heads, bar-separated tables, county papers.
Every example is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.document import is_meta_line, parse_document
from tests.conftest import people_of


def honours(person: dict) -> set[tuple[str, int | None]]:
    return {(h["title"], h["year"]) for h in person["honors"]}


COUNTY_NEWS = """\
青溪新闻　2025年1月10日　第2版

我县表彰2024年度“最美护林员”“最美快递员”

本报讯（记者　方宁）1月9日，由县总工会、县林业局联合举办的2024年度“最美护林员”“最美快递员”发布仪式在县会展中心举行，20名职工受到表彰。

白马乡林场护林员陶明辉是获评“最美护林员”的10人之一。他在山里守了22年，去年还被评为“市级优秀护林员”。

同样获此殊荣的还有龙潭林场的邵红英。这位52岁的护林员每天巡山20公里。

“最美快递员”齐向阳则是青溪速达物流有限公司的一名快递员，他去年派件10万多件，零投诉。
"""


def test_a_county_paper_resolves_county_bodies_and_dates_the_announced_series() -> None:
    people = people_of(COUNTY_NEWS)
    award = next(h for h in people["陶明辉"]["honors"] if h["title"] == "最美护林员")
    assert award["year"] == 2024
    assert award["conferred_by"] == ["青溪县总工会", "青溪县林业局"]


def test_an_honour_pointed_back_to_goes_to_the_people_of_that_sentence() -> None:
    people = people_of(COUNTY_NEWS)
    assert ("最美护林员", 2024) in honours(people["邵红英"])
    assert "市级优秀护林员" not in {h["title"] for h in people["邵红英"]["honors"]}


def test_a_name_after_a_unit_and_its_possessive_closes_a_clause() -> None:
    assert "邵红英" in people_of(COUNTY_NEWS)


def test_a_full_name_after_a_quoted_honour_may_run_straight_into_its_predicate() -> None:
    people = people_of(COUNTY_NEWS)
    assert ("最美快递员", 2024) in honours(people["齐向阳"])


def test_is_x_s_one_job_gives_the_post_and_the_employer() -> None:
    person = people_of(COUNTY_NEWS)["齐向阳"]
    assert person["employers"] == ["青溪速达物流有限公司"]
    assert [p["title"] for p in person["positions"]] == ["快递员"]


def test_a_verb_phrase_in_a_county_headline_names_no_county() -> None:
    doc = parse_document("发布仪式在县会展中心举行\n本报讯　1月9日，发布仪式在县会展中心举行。\n")
    assert all(a.county is None for a in doc.articles)


COMPANY_PROFILE = """\
企业风采｜江淮精细化工股份有限公司：以绿色工艺做强主业

滨江市化工行业协会　2024年6月3日

江淮精细化工股份有限公司位于滨江市化工园区，现有员工620人，设有技术中心、聚合车间和包装车间。

技术攻关　公司副总工程师、技术中心主任葛文涛，1970年5月生，2021年被评为“滨江工匠”。以他为第一发明人的授权专利有：
一种聚合釜温度自动补偿装置（ZL 2019 2 1122334.5）
一种低残单聚合工艺（ZL 2020 1 0556677.8）

班组风采　聚合车间操作工柏晓燕是一线职工的代表。她1985年出生，2006年进厂，2019年起担任聚合车间乙班班长。2023年，她荣获滨江市五一劳动奖章。
"""


def test_a_paragraph_opening_on_another_person_is_about_that_person() -> None:
    people = people_of(COMPANY_PROFILE)
    assert ("滨江市五一劳动奖章", 2023) in honours(people["柏晓燕"])
    assert "滨江市五一劳动奖章" not in {h["title"] for h in people["葛文涛"]["honors"]}
    assert people["柏晓燕"]["born"] == "1985"


def test_a_run_in_paragraph_head_is_neither_honour_nor_part_of_a_post() -> None:
    people = people_of(COMPANY_PROFILE)
    assert {h["title"] for h in people["柏晓燕"]["honors"]} == {"滨江市五一劳动奖章"}
    assert "操作工" in {p["title"] for p in people["柏晓燕"]["positions"]}


def test_a_post_at_a_unit_of_the_profiled_company_is_held_at_that_company() -> None:
    profile = extract_text(COMPANY_PROFILE)
    people = {p["name"]: p for p in profile["people"]}
    assert people["柏晓燕"]["employers"] == ["江淮精细化工股份有限公司"]
    assert people["葛文涛"]["employers"] == ["江淮精细化工股份有限公司"]
    parents = {o["name"]: o.get("parent") for o in profile["organizations"]}
    assert parents.get("技术中心") == "江淮精细化工股份有限公司"


def test_bare_patent_lines_with_zl_numbers_are_patents_of_their_kind() -> None:
    person = people_of(COMPANY_PROFILE)["葛文涛"]
    assert {(p["title"], p["kind"]) for p in person["patents"]} == {
        ("一种聚合釜温度自动补偿装置", "实用新型"),
        ("一种低残单聚合工艺", "发明"),
    }


def test_a_body_with_a_date_under_a_headline_is_a_layout_line() -> None:
    assert is_meta_line("滨江市化工行业协会　2024年6月3日")
    assert parse_document(COMPANY_PROFILE).articles[0].title is not None


def test_a_trade_name_with_a_conjunction_after_a_place_stays_whole() -> None:
    text = "湖州瑞和纺织有限公司的挡车工沈丽萍，2022年获评湖州市技术能手。\n"
    orgs = {o["name"] for o in extract_text(text)["organizations"]}
    assert "湖州瑞和纺织有限公司" in orgs


def test_a_province_with_its_level_word_before_a_conjunction_is_no_trade_name() -> None:
    text = "在湖北省和中国华电集团重点工程建设中,华电湖北发电有限公司副总经理周某平2021年获评湖北省劳动模范。\n"
    orgs = {o["name"] for o in extract_text(text)["organizations"]}
    assert "中国华电集团" in orgs
    assert not any(n.startswith("湖北省和") for n in orgs)


def test_a_place_suffix_inside_a_longer_word_is_no_town() -> None:
    text = "公司主要生产解热镇痛类原料药。车间主任郑开元2020年获评江苏省劳动模范。\n"
    assert not any(o["name"].endswith("镇") for o in extract_text(text)["organizations"])


BAIKE_BAR_TABLE = """\
庞立军（中国工匠）

庞立军（1979年2月－），男，汉族，高级技师。

荣誉表彰
年份｜荣誉名称｜授予单位
2014年｜湖南省技术能手｜湖南省人力资源和社会保障厅
2019年｜首届“潇湘工匠”｜湖南省总工会
"""


def test_a_table_with_bars_between_cells_reads_like_one_with_wide_blanks() -> None:
    person = people_of(BAIKE_BAR_TABLE)["庞立军"]
    got = {(h["title"], h["year"], tuple(h["conferred_by"])) for h in person["honors"]}
    assert got == {("湖南省技术能手", 2014, ("湖南省人力资源和社会保障厅",)), ("潇湘工匠", 2019, ("湖南省总工会",))}


IDIOMS = """\
“油井巧姐”邱红梅：在井场绽放芳华
本报记者　蒋立　通讯员　何芸
1986年出生的邱红梅，2005年技校毕业后来到松原石化有限责任公司第三采油厂，当上了一名采油工。
2017年，她代表公司参加全国采油工职业技能竞赛，获得个人金牌。去年4月，她又站上了全国五一劳动奖章的领奖台。
"""


def test_becoming_a_worker_gives_the_job_not_the_verb() -> None:
    person = people_of(IDIOMS, document_date="2024-05-01")["邱红梅"]
    assert [p["title"] for p in person["positions"]] == ["采油工"]


def test_an_honour_named_in_a_podium_idiom_is_an_honour_and_a_medal_is_not() -> None:
    person = people_of(IDIOMS, document_date="2024-05-01")["邱红梅"]
    assert honours(person) == {("全国五一劳动奖章", 2023)}


def test_coming_from_a_company_names_the_employer() -> None:
    text = (
        "“年度工匠”提名揭晓\n本报记者　周明远\n"
        "提名人选顾长青来自南方重型机械股份有限公司，从事数控加工28年，2021年获评全国技术能手。\n"
    )
    assert people_of(text)["顾长青"]["employers"] == ["南方重型机械股份有限公司"]


TEAM_UNDER_GROUP = """\
滨海电缆工会　2024-06-01 08:00　江苏

走进工作室｜这支“四人小队”，让接头零返修

在华东电气集团旗下滨海电缆有限公司高压事业部的附件车间，有一间创新工作室。

01｜领衔人：许志豪
附件车间检验组组长。
🏅 江苏省技术能手（2021年）

02｜技术骨干：沈佳怡
附件车间装配班班长。
🏅 滨海市技术能手（2022年）
"""


def test_team_members_at_units_work_for_the_company_the_lead_paragraph_names() -> None:
    profile = extract_text(TEAM_UNDER_GROUP)
    people = {p["name"]: p for p in profile["people"]}
    assert people["许志豪"]["employers"] == ["滨海电缆有限公司"]
    assert people["沈佳怡"]["employers"] == ["滨海电缆有限公司"]
    assert "滨海电缆有限公司" in {o["name"] for o in profile["organizations"]}


def test_an_accounts_original_credit_is_a_layout_line() -> None:
    assert is_meta_line("原创　滨海电缆工会")


def test_a_short_company_name_stands_for_the_full_name_the_text_gives() -> None:
    text = (
        "——记华工涂装制造厂焊接班班长蒙少华\n本报记者　周明远\n"
        "在湖南华工机械股份有限公司涂装制造厂的焊接车间里，焊花飞溅。\n"
        "蒙少华，1988年3月生。2015年至今，他担任涂装制造厂焊接班班长。\n"
    )
    person = people_of(text)["蒙少华"]
    assert person["employers"] == ["湖南华工机械股份有限公司涂装制造厂"]


def test_a_post_labelling_a_section_line_is_that_persons_role() -> None:
    person = people_of(TEAM_UNDER_GROUP)["许志豪"]
    assert "领衔人" in [p["title"] for p in person["positions"]]


def test_the_body_that_gave_an_honour_attributively_confers_it() -> None:
    text = (
        "“焊花里的青春”：记湖北焊工柯俊\n本报记者　周明远\n"
        "柯俊，1990年生。2021年获湖北省总工会授予的湖北五一劳动奖章。\n"
    )
    person = people_of(text)["柯俊"]
    assert [(h["title"], h["year"], h["conferred_by"]) for h in person["honors"]] == [
        ("湖北五一劳动奖章", 2021, ["湖北省总工会"])
    ]


def test_an_interview_subtitle_names_no_honour_for_its_verb() -> None:
    text = (
        "“听声辨病”的电力医生\n——专访荆楚工匠、江城供电公司变电检修班班长柯俊\n本报记者　周明远\n"
        "柯俊，1990年生，2023年入选“荆楚工匠”。\n"
    )
    person = people_of(text)["柯俊"]
    assert {h["title"] for h in person["honors"]} == {"荆楚工匠"}


def test_a_studio_named_in_quotes_still_gives_the_post_at_it() -> None:
    text = "“听声辨病”的电力医生\n本报记者　周明远\n柯俊，1990年生。2018年起他担任“柯俊技能大师工作室”领衔人。\n"
    person = people_of(text)["柯俊"]
    assert "领衔人" in [p["title"] for p in person["positions"]]


MASTHEAD = "江淮工人日报　2024年11月19日　第3版"


def test_a_subtitle_run_into_the_headline_gives_the_honour_not_the_headline() -> None:
    text = f"焊花里的青春——记全国技术能手柯俊峰\n{MASTHEAD}\n\n柯俊峰是江城重工有限公司的一名焊工。\n"
    person = people_of(text)["柯俊峰"]
    assert {h["title"] for h in person["honors"]} == {"全国技术能手"}


def test_a_name_opening_two_sentences_with_a_predicate_is_a_name() -> None:
    text = (
        f"把焊缝当作艺术品\n{MASTHEAD}\n\n柯俊峰是江城重工有限公司的一名焊工。2021年，他荣获全国技术能手称号。"
        "柯俊峰说，焊接是门手艺。\n"
    )
    person = people_of(text)["柯俊峰"]
    assert [h["title"] for h in person["honors"]] == ["全国技术能手"]


def test_a_word_opening_one_sentence_only_is_no_name() -> None:
    text = f"把焊缝当作艺术品\n{MASTHEAD}\n\n高精度是焊接的生命。2021年，车间荣获市级先进集体称号。\n"
    assert people_of(text) == {}


def test_a_name_after_a_quoted_nickname_closing_the_headline_is_the_subject() -> None:
    text = f"“焊缝艺术家”柯俊峰\n{MASTHEAD}\n\n2021年，柯俊峰荣获全国技术能手称号。他在江城重工有限公司工作了20年。\n"
    person = people_of(text)["柯俊峰"]
    assert [h["title"] for h in person["honors"]] == ["全国技术能手"]
    assert person["employers"] == ["江城重工有限公司"]


def test_an_employer_named_short_is_given_by_the_full_name_the_text_uses() -> None:
    text = (
        "江城重工焊工柯俊峰：二十年磨一剑\n江淮工会　2024-11-19 08:00　安徽\n\n"
        "今年45岁的柯俊峰，是江城重工有限公司结构件车间的焊工。2021年，他荣获全国技术能手称号。\n"
    )
    assert people_of(text)["柯俊峰"]["employers"] == ["江城重工有限公司"]
