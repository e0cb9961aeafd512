"""Facts of one person read from realistic sentences: honours, posts, patents, standards, projects, lists."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text

HEAD = "——记全国劳动模范、中建八局第一建设有限公司钢筋班班长和国庆\n\n"


def person(text: str, name: str = "和国庆", **kwargs) -> dict:
    people = {p["name"]: p for p in extract_text(text, **kwargs)["people"]}
    return people[name]


def titles(items: list) -> list[str]:
    return [i["title"] if isinstance(i, dict) else i for i in items]


def test_named_patents_keep_their_kind_and_counts_are_kept_without_inventing_titles() -> None:
    p = person(
        HEAD + "近年来，他获得国家专利12项，其中发明专利3项。这项成果获得国家实用新型专利《一种钢筋笼滚焊机定位装置》。"
    )
    assert [(x["title"], x["kind"]) for x in p["patents"]] == [("一种钢筋笼滚焊机定位装置", "实用新型")]
    assert {(c["count"], c["kind"]) for c in p["patent_counts"]} == {(12, None), (3, "发明")}


def test_standards_are_told_apart_from_policies_and_notices() -> None:
    p = person(
        HEAD + "他作为主要起草人参与制定了国家标准GB/T 40367-2021《转炉煤气干法净化回收技术规范》，"
        "并牵头修订了《炼钢部转炉作业区标准化作业管理办法》。对照《中国制造2025》和"
        "《关于公布2022年全国五一劳动奖和全国工人先锋号名单的通知》，他说要做得更好。"
    )
    std = {s["title"]: s for s in p["standards"]}
    assert set(std) == {"转炉煤气干法净化回收技术规范", "炼钢部转炉作业区标准化作业管理办法"}
    assert (std["转炉煤气干法净化回收技术规范"]["code"], std["转炉煤气干法净化回收技术规范"]["kind"]) == (
        "GB/T 40367-2021",
        "国家",
    )
    assert std["炼钢部转炉作业区标准化作业管理办法"]["kind"] == "管理办法"


def test_projects_are_read_from_quotes_and_from_lists_but_methods_are_not_projects() -> None:
    p = person(
        HEAD + "他主持完成的“超高层核心筒钢筋快速绑扎施工技术”“装配式建筑钢筋套筒灌浆质量控制”两项成果在公司推广。"
        "和国庆总结出“三看两量一复核”钢筋下料法。近年来，他先后主持主井变频电机的升级改造、"
        "地面配电房扩容改造等一系列研究技术工作。"
    )
    assert titles(p["projects"]) == [
        "超高层核心筒钢筋快速绑扎施工技术",
        "装配式建筑钢筋套筒灌浆质量控制",
        "主井变频电机的升级改造",
        "地面配电房扩容改造",
    ]


def test_a_competition_placing_is_a_competition_and_the_title_after_it_an_honour() -> None:
    p = person(
        HEAD + "2008年，他在全国船舶行业焊工技能大赛中获得一等奖，次年被人力资源和社会保障部授予“全国技术能手”称号。"
    )
    assert [(c["title"], c["placing"], c["year"]) for c in p["competitions"]] == [
        ("全国船舶行业焊工技能大赛", "一等奖", 2008)
    ]
    honour = next(h for h in p["honors"] if h["title"] == "全国技术能手")
    assert (honour["year"], honour["conferred_by"]) == (2009, ["人力资源和社会保障部"])


def test_appointments_are_positions_with_their_year_and_body() -> None:
    p = person(
        HEAD + "2017年被聘任为河南省煤矿安全生产标准化考核定级专家，2018年被聘为河南省工业和信息化委员会"
        "煤炭行业高级技师评审委员会委员，2021年被聘为全国行业职业技能竞赛——山西“焦煤杯”电工裁判。"
    )
    got = {(x["title"], x["org"], x["year"]) for x in p["positions"]}
    assert {
        ("河南省煤矿安全生产标准化考核定级专家", None, 2017),
        ("委员", "河南省工业和信息化委员会煤炭行业高级技师评审委员会", 2018),
        ("电工裁判", "全国行业职业技能竞赛——山西“焦煤杯”", 2021),
    } <= got
    assert p["honors"] and "电工裁判" not in titles(p["honors"])


def test_the_current_employer_is_the_body_not_the_team_and_appointments_employ_nobody() -> None:
    p = person(
        HEAD + "目前，他担任中建八局第一建设有限公司济南西站片区安置房项目部钢筋班班长。"
        "2016年，他被聘为山东省建筑业协会专家。"
    )
    assert p["employers"] == ["中建八局第一建设有限公司"]


def test_an_undated_honour_of_the_subtitle_joins_its_dated_mention() -> None:
    p = person(HEAD + "2020年被中共中央、国务院授予“全国劳动模范”称号。")
    assert [(h["title"], h["year"], h["conferred_by"]) for h in p["honors"]] == [
        ("全国劳动模范", 2020, ["中共中央", "国务院"])
    ]


def test_a_collective_honour_is_not_the_persons() -> None:
    p = person(HEAD + "他所在的钢筋班先后被评为山东省工人先锋号。以他名字命名的工作室被命名为省示范性劳模创新工作室。")
    assert titles(p["honors"]) == ["全国劳动模范"]


def test_several_named_people_before_a_head_count_share_the_honour() -> None:
    text = (
        "## 20名职工获评“齐鲁大工匠”\n\n本报讯 5月4日，省人力资源和社会保障厅同步公布了2022年度“齐鲁首席技师”名单，"
        "其中，孔祥伟，马国栋，郑丽3人同时获评“齐鲁首席技师”。"
    )
    people = {p["name"]: p for p in extract_text(text, document_date="2023-05", publisher="山东工人报")["people"]}
    assert set(people) == {"孔祥伟", "马国栋", "郑丽"}
    assert all(h["title"] == "齐鲁首席技师" and h["year"] == 2022 for p in people.values() for h in p["honors"])


def test_an_award_list_paragraph_separated_by_commas() -> None:
    text = (
        "焦作市五一劳动奖章获得者名单（3名）\n\n"
        "焦煤集团九里山矿综采队队长王建国，焦作市第一中学教师和平，焦作市公共交通有限公司驾驶员游海涛（女）。\n"
    )
    people = {p["name"]: p for p in extract_text(text, document_date="2023-04-20")["people"]}
    assert set(people) == {"王建国", "和平", "游海涛"}
    assert people["王建国"]["employers"] == ["焦煤集团九里山矿"]
    assert people["游海涛"]["gender"] == "女"
    assert people["和平"]["honors"][0]["title"] == "焦作市五一劳动奖章"


def test_an_award_list_of_rows_in_columns() -> None:
    text = (
        "二、宜昌市五一劳动奖章（3名）\n\n"
        "三峡大学　电气与新能源学院副教授　覃晓燕（女，土家族）\n"
        "宜昌市第一人民医院　心血管内科主任医师　游文斌\n"
        "中国长江电力股份有限公司三峡水力发电厂　运行值班员　和平\n"
    )
    people = {p["name"]: p for p in extract_text(text, document_date="2024-04-24")["people"]}
    assert people["覃晓燕"]["employers"] == ["三峡大学"] and people["覃晓燕"]["ethnicity"] == "土家族"
    assert [(x["title"], x["org"]) for x in people["游文斌"]["positions"]] == [
        ("主任医师", "宜昌市第一人民医院心血管内科")
    ]
    assert people["和平"]["honors"][0]["year"] == 2024


def test_an_encyclopedia_honour_table_gives_years_and_conferrers() -> None:
    text = (
        "白振宇，男，回族，1976年8月出生，中航西安飞机工业集团股份有限公司总装厂装配钳工。\n\n荣誉表彰\n"
        "时间　荣誉名称　授予单位\n2012年　第十一届全国技术能手　人力资源和社会保障部\n"
        "2020年　全国劳动模范　中共中央、国务院\n\n社会任职\n中国航空学会制造工程分会委员（2017年起）[3]\n"
    )
    p = person(text, "白振宇")
    assert {(h["title"], h["year"], h["edition"], tuple(h["conferred_by"])) for h in p["honors"]} == {
        ("全国技术能手", 2012, "第十一届", ("人力资源和社会保障部",)),
        ("全国劳动模范", 2020, None, ("中共中央", "国务院")),
    }
    assert ("委员", "中国航空学会制造工程分会", 2017) in {(x["title"], x["org"], x["year"]) for x in p["positions"]}
    assert (p["gender"], p["ethnicity"], p["born"]) == ("男", "回族", "1976-08")


def test_a_ceremony_host_confers_the_honours_given_at_it() -> None:
    text = (
        "## 修武县总工会举行评先授奖仪式\n\n本报讯 2月7日上午，在修武县总工会举行的评先授奖仪式上，"
        "被授予“最美外卖送餐员”称号的县雁子电子商务有限公司外卖送餐员王来宾激动地说。"
    )
    p = person(text, "王来宾", document_date="2023-02")
    assert [(h["title"], h["year"], h["conferred_by"]) for h in p["honors"]] == [
        ("最美外卖送餐员", 2023, ["修武县总工会"])
    ]
    assert p["employers"] == ["修武县雁子电子商务有限公司"]


def test_organizations_carry_their_parents() -> None:
    out = extract_text("1980年2月出生的张伟，是焦煤集团九里山矿机电运转队队长。2022年获得中原大工匠。")
    parents = {o["name"]: o["parent"] for o in out["organizations"]}
    assert parents["九里山矿"] == "焦煤集团" and parents["机电运转队"] == "九里山矿"


def test_a_quoted_honour_after_tuixuan_wei_is_read_after_an_earlier_mention_of_it() -> None:
    # the first sentence already gives one name the honour, so no fallback reads the run for the rest
    text = (
        "5月8日，第二届青川省“最美劳动者”发布仪式举行，公布了罗春燕等3名“最美劳动者”名单。\n"
        "经推荐、评审和公示，罗春燕、龚建华、蒲志强成功推选为第二届青川省“最美劳动者”。"
    )
    got = person(text, "蒲志强")
    assert [(h["title"], h["edition"]) for h in got["honors"]] == [("青川省最美劳动者", "第二届")]


UNITS_IN_THE_RUN = (
    "经专家评审，决定授予罗春燕、龚建华、柏明轩、邝小雨、青川大桥公司(集体)等5位个人(集体)“青川市十大青年工匠”称号，"
    "授予蒲志强等20位个人(集体)“青川市优秀青年工匠”称号。"
)


def test_a_bracket_counting_units_with_people_is_no_part_of_the_honour() -> None:
    got = person(UNITS_IN_THE_RUN, "蒲志强")
    assert [h["title"] for h in got["honors"]] == ["青川市优秀青年工匠"]


def test_a_unit_in_the_run_before_the_count_does_not_stop_the_run_holding_the_honour() -> None:
    got = person(UNITS_IN_THE_RUN, "罗春燕")
    assert [h["title"] for h in got["honors"]] == ["青川市十大青年工匠"]


DOCTORS_AMONG = (
    "8月19日，第13届“中国医师奖”颁奖大会在北京举行，80名医师获得“中国医师奖”。\n"
    "获表彰的80位优秀医师中，有两位来自青川。他们是：青川市人民医院医生罗春燕；北山县中医院医生蒲志强。"
)


def test_a_counted_group_some_people_are_among_is_no_honour() -> None:
    got = person(DOCTORS_AMONG, "蒲志强")
    assert not any(h["title"].endswith("中") for h in got["honors"])


def test_the_national_physicians_award_is_read_as_an_honour() -> None:
    got = person("其中，青川市人民医院的罗春燕、北山县中医院的蒲志强获“中国医师奖”。", "蒲志强")
    assert [h["title"] for h in got["honors"]] == ["中国医师奖"]


def test_an_award_verb_in_a_relative_clause_gives_the_honour_to_the_name_after_de() -> None:
    text = "随后，县委常委柯明远一行还慰问了83年被评为省劳模的蒋立群，详细询问了其身体情况。"
    people = {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}
    assert "蒋立群" in people
    assert "柯明远" not in people


def test_a_visitor_and_visit_verbs_before_an_apposition_are_not_part_of_it() -> None:
    text = "节前，县总工会走访慰问全国劳动模范韩立群，询问他的身体状况。"
    people = {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}
    assert people.get("韩立群") == ["全国劳动模范"]


def test_huocheng_is_the_short_form_of_receiving_a_title() -> None:
    # 获称 = 获得…称号: the honour is what follows, without 称
    text = "南江市表彰第三届道德模范，柯志远等8人获称助人为乐模范，殷红梅等6人获称孝老爱亲模范。"
    got = {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}
    assert "助人为乐模范" in got["柯志远"]
    assert "孝老爱亲模范" in got["殷红梅"]
    assert not any(t.startswith("称") for ts in got.values() for t in ts)


def test_huocheng_zan_is_praise_not_an_honour() -> None:
    people = extract_text("柯志远的做法获称赞。")["people"]
    assert all(not p["honors"] for p in people)


def test_a_counted_groups_honour_stops_at_the_ceremony_verb() -> None:
    # 为…等5名X颁发证书: 颁发证书 is what was done for them, no part of the honour's name
    text = "南江市公安局举行送奖仪式，为柯志远、殷红梅、邵家宝等3名省见义勇为先进个人颁发证书、奖章。"
    got = {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}
    assert got["柯志远"] == {"省见义勇为先进个人"}


@pytest.mark.usefixtures("person_gate_off")
def test_a_grant_broken_over_lines_drops_the_copula_before_the_honour() -> None:
    text = "日前\n南江区人民政府决定表彰奖励\n柯志远、殷红梅、邵家宝3人\n为见义勇为先进个人\n一起来认识一下他们\n"
    got = {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}
    assert got and all(ts == {"见义勇为先进个人"} for ts in got.values())


ROSTER_OF_GRADES = (
    "## 市政府公布本年度授勋名单\n\n市政府昨日公布授勋名单，向下列人士颁授勋章，表扬他们的杰出表现。\n\n"
    "获授予荣誉勋章者为：\n\n张国栋 金莲花荣誉勋章\n\n李秀英 银莲花荣誉勋章\n\n"
    "获授予功绩勋章者为：\n\n王建华 专业功绩勋章\n\n赵志刚 工商功绩勋章\n"
)


def test_a_roster_row_of_a_name_and_an_honour_gives_the_person_that_honour() -> None:
    people = {p["name"]: titles(p["honors"]) for p in extract_text(ROSTER_OF_GRADES)["people"]}
    assert "金莲花荣誉勋章" in people["张国栋"]
    assert "工商功绩勋章" in people["赵志刚"]


def test_a_row_naming_its_grade_does_not_also_hold_the_headings_general_honour() -> None:
    people = {p["name"]: titles(p["honors"]) for p in extract_text(ROSTER_OF_GRADES)["people"]}
    assert "荣誉勋章" not in people["李秀英"]
    assert people["李秀英"] == ["银莲花荣誉勋章"]


def test_a_coordinated_renddingwei_clause_gives_each_holder_only_their_own_honour() -> None:
    from tests.conftest import honours

    found = honours(
        "经申报、推荐、评审、公示，农业技术推广中心李明华被认定为“广东十佳最美农技员”、"
        "龙门县农业服务中心陈伟强被认定为“广东农技推广能手”。"
    )
    assert [h[0] for h in found["李明华"]] == ["广东十佳最美农技员"]
    assert [h[0] for h in found["陈伟强"]] == ["广东农技推广能手"]


def test_an_item_opening_with_tuixuanwei_is_the_predicate_of_the_name_before() -> None:
    from loaders.extract.facts import PREDICATE_ITEM_RE

    assert PREDICATE_ITEM_RE.match("被推选为“十佳人民警察”")
    assert PREDICATE_ITEM_RE.match("被认定为“广东农技推广能手”")
