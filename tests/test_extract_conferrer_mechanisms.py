"""Which sentence roles name a conferring body, and how a document's issuer reaches its entries
(loaders/extract/context.py, frames.py; relations.py and steps.py where a reader's bodies are
completed): compound commendation verbs, bodies listed with 等部门, awards handed over (颁发), a
series' nominee award, a decision title that names no body, an event held by a body, a credit line
of organisers, a holder's unit read into the honour, a series named by the body's own area."""

from __future__ import annotations

from loaders.extract.context import agents, credited_organisers, placed_phrases, statements
from loaders.extract.steps import decision_covers
from tests.conftest import conferrers


def test_the_first_verb_of_a_compound_commendation_is_no_part_of_the_agent() -> None:
    assert agents("近日，全国钢铁行业职工技能竞赛组织委员会命名") == ("全国钢铁行业职工技能竞赛组织委员会",)
    assert agents("日前，省总工会通报") == ("省总工会",)


def test_a_body_that_named_and_commended_a_series_confers_it() -> None:
    text = (
        "近日，中国化学工业协会命名表彰了第五届化工行业青年岗位能手，"
        "集团公司3名青年职工上榜。其中，合成氨车间操作工周立强荣获“第五届化工行业青年岗位能手”称号。"
    )
    assert conferrers(text)["周立强"] == [("化工行业青年岗位能手", ["中国化学工业协会"])]


def test_bodies_listed_before_dengbumen_are_the_agents() -> None:
    assert agents("中国科协、教育部、科技部等部门") == ("中国科协", "教育部", "科技部")


def test_a_body_running_a_selection_since_a_year_confers_its_series() -> None:
    text = (
        "据了解，国家林业和草原局自2016年起实施“最美护林员”遴选活动，每年推出一批先进典型。"
        "今年，黑河市护林员王德成获评“最美护林员”。"
    )
    found = statements(text, 0, len(text))
    assert [s.bodies for s in found] == [("国家林业和草原局",)]


def test_a_body_handing_over_an_award_confers_it() -> None:
    text = "会上，中国机械工业联合会颁发了2021年度机械工业科技进步奖，以表彰在行业科技工作中作出突出贡献的个人。"
    found = statements(text, 0, len(text))
    assert [s.bodies for s in found] == [("中国机械工业联合会",)]


def test_the_receiver_of_a_handed_over_award_is_no_part_of_the_agent() -> None:
    text = "日前，中国纺织工业联合会向江苏阳光集团高级工程师孙浩颁发了纺织之光科技进步奖。"
    found = statements(text, 0, len(text))
    assert [s.bodies for s in found] == [("中国纺织工业联合会",)]


def test_a_nominee_award_is_conferred_by_the_bodies_of_its_series() -> None:
    text = (
        "日前，湖南省委宣传部、湖南省卫生健康委员会表彰了第二届“湖南最美护士”。"
        "湖南省人民医院急诊科护士长黄丽华获得“湖南最美护士”提名奖。"
    )
    assert conferrers(text)["黄丽华"] == [("湖南最美护士提名奖", ["中共湖南省委宣传部", "湖南省卫生健康委员会"])]


def test_a_provincial_grade_title_is_the_provinces_series_a_decision_names() -> None:
    assert decision_covers("表彰湖南省劳动模范和先进工作者", "省级劳动模范")
    assert not decision_covers("表彰湖南省劳动模范和先进工作者", "市级劳动模范")


def test_a_decision_title_is_no_conferrer_and_leaves_the_signature_its_issuer() -> None:
    text = (
        "关于授予周建华等同志“宜昌工匠”称号的决定\n"
        "各县市区总工会：\n"
        "经评审，决定授予周建华等10名同志“宜昌工匠”称号。\n"
        "宜昌市总工会\n"
        "2023年4月26日\n"
    )
    assert conferrers(text)["周建华"] == [("宜昌工匠", ["宜昌市总工会"])]


def test_a_body_written_with_you_before_it_is_named_without_it() -> None:
    text = "2018年，李振东获得由中华全国总工会颁发的全国五一劳动奖章。"
    assert conferrers(text)["李振东"] == [("全国五一劳动奖章", ["中华全国总工会"])]


def test_the_holder_of_a_meeting_said_to_organise_it_confers_what_it_grants() -> None:
    text = (
        "4月28日，全市庆祝五一国际劳动节暨劳模表彰大会召开。会议由市委、市政府主办。"
        "会上，市公交集团驾驶员郑海涛等50人被授予“株洲市劳动模范”称号。"
    )
    assert conferrers(text)["郑海涛"] == [("株洲市劳动模范", ["中共株洲市委", "株洲市人民政府"])]


def test_a_credit_line_names_the_organisers_of_the_series() -> None:
    text = "第三届“最美快递员”名单公布\n主办单位：中国邮政快递报社\n承办单位：某传媒公司\n"
    found = credited_organisers(text, 0, len(text))
    assert [s.bodies for s in found] == [("中国邮政快递报社",)]


def test_a_credited_organiser_confers_the_series_the_page_lists() -> None:
    text = (
        "第三届“最美快递员”名单公布\n主办单位：中国邮政快递报社\n"
        "近日，第三届“最美快递员”名单公布，顺丰速运收派员王建强入选。\n"
    )
    assert conferrers(text)["王建强"] == [("最美快递员", ["中国邮政快递报社"])]


def test_the_unit_of_a_granted_person_is_not_the_body_that_grants() -> None:
    text = "日前，浙江省妇联授予杭州市公交集团驾驶员吴芳浙江省三八红旗手称号。"
    assert conferrers(text)["吴芳"] == [("浙江省三八红旗手", ["浙江省妇联"])]


def test_the_unit_before_a_head_count_is_not_the_body_that_grants() -> None:
    text = "4月28日，河北省总工会在石家庄召开大会，授予唐山钢铁集团电工吴刚等100名职工河北省五一劳动奖章。"
    assert conferrers(text)["吴刚"] == [("河北省五一劳动奖章", ["河北省总工会"])]


def test_a_series_named_by_the_bodys_own_area_takes_the_bodys_place() -> None:
    assert "江苏省脱贫攻坚先进个人" in placed_phrases(["全省脱贫攻坚先进个人"], ("江苏省委", "省政府"))
    assert placed_phrases(["全市脱贫攻坚先进个人"], ("江苏省委",)) == ["全市脱贫攻坚先进个人"]


def test_a_body_that_issued_a_circular_commends_what_dui_names() -> None:
    text = (
        "近日，江苏省委、省政府印发通报，对全省脱贫攻坚先进个人予以表彰，南通市农民周文被评为“江苏省脱贫攻坚先进个人”。"
    )
    assert conferrers(text)["周文"] == [("江苏省脱贫攻坚先进个人", ["中共江苏省委", "江苏省人民政府"])]


def test_bodies_known_by_their_kind_of_association_or_press_confer() -> None:
    text = (
        "1995年，卫生部医政司、中国农村卫生协会、健康报社授予他“全国优秀乡村医生”称号。"
        "2012年，刘福生被全国城市轨道交通企业工会联委会评为“列车先锋”。"
    )
    assert conferrers(text)["刘福生"] == [("列车先锋", ["全国城市轨道交通企业工会联委会"])]
    assert agents("卫生部医政司、中国农村卫生协会、健康报社") == ("卫生部医政司", "中国农村卫生协会", "健康报社")


def test_the_bodies_that_decided_are_named_without_the_jing_before_them() -> None:
    text = "经省委、省政府研究决定，授予王建国、李红梅“山西省劳动模范”称号。"
    assert conferrers(text)["王建国"] == [("山西省劳动模范", ["中共山西省委", "山西省人民政府"])]


def test_a_government_that_decided_is_not_given_the_jing_before_it_as_its_name() -> None:
    text = "为表彰先进，经市人民政府研究决定，授予张海洋“优秀环卫工人”称号。"
    assert conferrers(text)["张海洋"] == [("优秀环卫工人", ["市人民政府"])]


def test_an_honour_of_a_run_headed_by_a_company_title_shares_the_company() -> None:
    text = "张强先后获得宝钢集团劳动模范、优秀共产党员、上海市五一劳动奖章等荣誉。"
    assert conferrers(text)["张强"] == [
        ("宝钢集团劳动模范", ["宝钢集团"]),
        ("优秀共产党员", ["宝钢集团"]),
        ("上海市五一劳动奖章", []),
    ]


def test_an_honour_of_a_run_headed_by_a_national_title_shares_no_body() -> None:
    text = "张强先后获得全国劳动模范、优秀共产党员等荣誉。"
    assert conferrers(text)["张强"] == [("全国劳动模范", []), ("优秀共产党员", [])]


def test_the_body_of_an_officer_reading_out_a_decision_issued_it() -> None:
    text = (
        "会上，市总工会常务副主席张立新宣读了《关于表彰2023年度襄阳市五一劳动奖章获得者的决定》，"
        "东风公司钳工王伟荣获襄阳市五一劳动奖章。"
    )
    assert conferrers(text)["王伟"] == [("襄阳市五一劳动奖章", ["襄阳市总工会"])]


def test_a_decision_whose_title_names_its_issuer_is_not_the_readers_bodys() -> None:
    text = (
        "会上，市总工会主席张立新宣读了《襄阳市人民政府关于表彰襄阳市劳动模范的决定》，"
        "东风公司钳工王伟荣获“襄阳市劳动模范”称号。"
    )
    assert conferrers(text)["王伟"] == [("襄阳市劳动模范", ["襄阳市人民政府"])]
