"""Honours and their conferring bodies in shapes read from fresh official notices and news items
(loaders/extract/context.py, frames.py, steps.py, falsehonours.py, loaders/honours.py and the
conferrer dictionaries): a body that named a list, a body that commended by 对…进行了表彰, the
Youth League's short names, a raw read with a list's remnant or an event's verb, a sector's name
run together, a further grant joined by 并, a 团委's banner, a decision's issuers apart by a space and
its joined honours, a signature read apart from its notice, the giver after 获得."""

from __future__ import annotations

from loaders.extract.context import agents
from loaders.extract.steps import decision_covers
from loaders.honours import org_prefix
from tests.conftest import conferrers, people_of


def test_the_body_that_named_a_list_confers_its_series() -> None:
    text = (
        "经全国煤炭企业推荐、专家组评审，由中国煤炭工业协会命名的第六批煤炭行业（工程技术人员）技能大师名单日前公布。"
        "集团公司通风灭火部张吉福、生产技术部孟嘉彬、天祝煤业公司赵忠3名同志被命名为“煤炭行业（工程技术人员）技能大师”。"
    )
    assert conferrers(text)["张吉福"] == [("煤炭行业技能大师", ["中国煤炭工业协会"])]


def test_a_body_that_commended_the_holders_by_dui_confers_their_series() -> None:
    text = (
        "日前，第十三届高技能人才表彰大会在北京举行。人力资源社会保障部对全国30名中华技能大奖获得者和299名全国技术能手进行了隆重表彰。"
        "上海隧道工程有限公司管涵顶进工李鸿、宝山钢铁股份有限公司热轧厂钳工王军位列中华技能大奖之列。"
    )
    assert conferrers(text)["李鸿"] == [("中华技能大奖", ["人力资源和社会保障部"])]


def test_a_youth_league_committee_written_short_takes_the_provinces_full_name() -> None:
    text = (
        "近日，团省委对2015年度“陕西省优秀共青团员”进行表彰。共青团陕西省委决定，"
        "授予西安市第一医院政工科科员郭城等131名共青团员2015年度“陕西省优秀共青团员”称号。"
    )
    assert conferrers(text)["郭城"] == [("陕西省优秀共青团员", ["共青团陕西省委"])]


def test_a_youth_league_committee_is_no_party_committee() -> None:
    text = "共青团陕西省委决定，授予西安市第一医院政工科科员郭城2015年度“陕西省优秀共青团员”称号。"
    assert conferrers(text)["郭城"] == [("陕西省优秀共青团员", ["共青团陕西省委"])]


def test_the_body_before_zuochu_biaozhang_jueding_decides_every_grant() -> None:
    text = (
        "本报讯 五四青年节来临之际，山西省人社厅、团省委、省青联作出表彰决定，"
        "授予山西省冰雪运动中心运动员苏翊鸣等30人“山西青年五四奖章”称号，"
        "授予王菁等165名同志“山西省优秀共青团员”称号。"
    )
    found = conferrers(text)
    bodies = ["山西省人力资源和社会保障厅", "共青团山西省委", "山西省青年联合会"]
    assert found["苏翊鸣"] == [("山西青年五四奖章", bodies)]


def test_the_national_youth_federation_written_short_takes_its_full_name() -> None:
    text = (
        "共青团中央、全国青联日前决定，授予国家电网山东省电力公司检修公司输电检修中心带电班工人王进等27人"
        "第20届“中国青年五四奖章”。"
    )
    assert conferrers(text)["王进"] == [("中国青年五四奖章", ["共青团中央", "中华全国青年联合会"])]


def test_the_words_between_a_body_and_its_decision_are_no_part_of_its_name() -> None:
    text = "团中央近日还作出决定，授予张留芳等200名同志2015年度“全国优秀共青团员”称号。"
    assert conferrers(text)["张留芳"] == [("全国优秀共青团员", ["共青团中央"])]


def test_a_list_remnant_before_a_quoted_name_is_no_part_of_its_raw() -> None:
    text = (
        "共青团陕西省委决定，授予西安市第一医院政工科科员郭城等131 名共青团员2015 年度“陕西省优秀共青团员”称号，"
        "授予共青团周至县委书记张文峰等73名共青团干部2015年度“陕西省优秀共青团干部”称号。"
    )
    raws = {h["raw"] for h in people_of(text)["张文峰"]["honors"]}
    assert raws == {"2015年度“陕西省优秀共青团干部”"}


def test_the_body_and_verb_of_an_event_held_for_a_series_are_no_part_of_its_raw() -> None:
    text = (
        "本报讯 日前，吉林省辽源市总工会举办首届“辽源工匠”颁奖典礼，"
        "授予富奥汽车零部件股份公司泵业分公司焊工丁照民等10名职工“辽源工匠”荣誉称号。"
    )
    raws = [h["raw"] for h in people_of(text)["丁照民"]["honors"]]
    assert raws == ["首届“辽源工匠”"]


def test_a_sectors_name_run_together_names_no_body_in_a_title() -> None:
    assert org_prefix("河南省教科文卫体系统优秀工匠人才") is None


def test_a_further_grant_joined_by_bing_is_no_part_of_the_honours_name() -> None:
    text = (
        "日前，吉林省辽源市总工会举办首届“辽源工匠”颁奖典礼，"
        "授予富奥汽车零部件股份公司泵业分公司焊工丁照民“辽源工匠”荣誉称号，同时授予辽源市五一劳动奖章并奖励1万元奖金。"
    )
    titles = [title for title, _ in conferrers(text)["丁照民"]]
    assert "辽源市五一劳动奖章" in titles


def test_a_youth_league_committees_banner_is_no_members_honour() -> None:
    text = (
        "共青团陕西省委决定，授予共青团周至县委书记张文峰等73名共青团干部2015年度“陕西省优秀共青团干部”称号，"
        "授予西安市红庙坡街道北火巷社区团支部等70个基层团支部2015年度“陕西省五四红旗团支部”称号。"
    )
    titles = [title for title, _ in conferrers(text)["张文峰"]]
    assert titles == ["陕西省优秀共青团干部"]


def test_issuers_written_apart_by_a_space_in_a_decisions_title_each_confer() -> None:
    text = (
        "本报5月3日讯 4月30日，滨州市庆“五一”暨劳动模范表彰大会召开。"
        "市委常委、市总工会主席魏克田宣读《中共中央 国务院关于表彰全国劳动模范和先进工作者的决定》。"
        "郭丰粱、舒中峰、赵建光3人获全国劳动模范荣誉称号。"
    )
    assert conferrers(text)["郭丰粱"] == [("全国劳动模范", ["中共中央", "国务院"])]


def test_a_decision_on_two_joined_honours_confers_the_second_with_the_shared_level() -> None:
    assert decision_covers("表彰全国劳动模范和先进工作者", "全国先进工作者")


def test_a_decision_naming_the_city_with_shi_covers_its_series_written_without() -> None:
    assert decision_covers("表彰滨州市劳动模范", "滨州劳动模范")


def test_a_signature_below_an_attachment_line_signs_the_notice_above() -> None:
    text = (
        "镇人社发〔2022〕94号\n各市、区人力资源和社会保障局，各有关单位：\n"
        "决定授予在2022年全市职业技能竞赛中获得优异成绩的谢文韬等98位选手“镇江市技术能手”称号（名单附后）。\n"
        "希望获奖选手珍惜荣誉，不断学习新知识。\n"
        "附件：2022年镇江市技术能手名单\n镇江市人力资源和社会保障局\n2022年12月30日\n"
    )
    assert conferrers(text)["谢文韬"] == [("镇江市技术能手", ["镇江市人力资源和社会保障局"])]


def test_the_giver_after_huode_in_a_grant_clause_is_the_agent() -> None:
    assert agents("在大运会工程建设中作出突出贡献而获得中华全国总工会专项") == ("中华全国总工会",)


def test_a_year_glued_before_the_name_of_a_conferral_meeting_is_no_part_of_the_raw() -> None:
    text = (
        "2020年10月，湖北省总工会2020年第四届“荆楚工匠”授称大会在武汉成功举办。"
        "活动现场，湖北凯龙化工股份有限公司技术中心副主任于永华、湖北大运汽车有限公司班长王海强等人"
        "被湖北省总工会授予“荆楚工匠”称号。"
    )
    raws = {h["raw"] for h in people_of(text)["于永华"]["honors"]}
    assert raws == {"“荆楚工匠”"}


def test_a_year_before_a_longer_honour_of_the_same_run_is_no_part_of_the_shorter_ones_raw() -> None:
    text = (
        "在“三八”国际妇女节来临之际，全国妇联公布2023年度全国三八红旗手标兵、全国三八红旗手、全国三八红旗集体表彰名单。"
        "获得全国三八红旗手称号的是杭州市建兰中学党委书记饶美红，浙江台绣服饰有限公司艺术设计总监林霞。"
    )
    raws = {h["raw"] for h in people_of(text)["饶美红"]["honors"]}
    assert raws == {"全国三八红旗手"}
