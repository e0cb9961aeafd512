"""Conferring bodies in shapes read from fresh pages (session 14): a decision that commends only
"the collectives and individuals who emerged", a body written short with the county or county-level
city its honour's title names, a committee and government written as one name, a democratic party's
provincial committee, and bodies that 联合发文 before they grant."""

from __future__ import annotations

from loaders.extract.context import (
    GENERIC_COMMENDED_RE,
    fuller_body,
    headed_issuers,
    prefecture_named,
    title_local_place,
)
from loaders.extract.frames import elided_levels_spelt, full_local_body, meeting_owner, split_bodies
from loaders.extract.relations import canonical_bodies, glued_pair
from tests.conftest import conferrers


def test_a_decision_commending_those_who_emerged_confers_the_titles_named_next() -> None:
    text = (
        "日前，枣阳市总工会下发决定，表彰全市第五届职工职业技能大赛中涌现出的先进集体和获奖选手。"
        "刘海波等12人被授予“枣阳市技术标兵”称号。\n"
    )
    assert dict(conferrers(text)["刘海波"])["枣阳市技术标兵"] == ["枣阳市总工会"]


def test_a_body_commending_a_batch_of_individuals_confers_the_honour_reported_after() -> None:
    text = "近日，江西省总工会表彰了一批先进集体和先进个人，南昌铁路局职工王建军荣获“江西省五一劳动奖章”。\n"
    assert dict(conferrers(text)["王建军"])["江西省五一劳动奖章"] == ["江西省总工会"]


def test_a_commended_series_is_no_generic_commendation() -> None:
    assert GENERIC_COMMENDED_RE.match("第三届职工技能大赛中涌现出的先进集体和获奖选手")
    assert GENERIC_COMMENDED_RE.match("了一批先进集体和先进个人，王某荣获")
    assert not GENERIC_COMMENDED_RE.match("2023年全国五一劳动奖和全国工人先锋号获得者")
    assert not GENERIC_COMMENDED_RE.match("全国五一劳动奖状255个")


def test_a_county_body_written_short_takes_the_county_its_title_names() -> None:
    text = "县委、县政府日前作出决定，授予陈国平等10名同志“郧西县劳动模范”称号。\n"
    assert dict(conferrers(text)["陈国平"])["郧西县劳动模范"] == ["中共郧西县委", "郧西县人民政府"]


def test_a_one_character_county_gives_its_bureau_the_full_name() -> None:
    text = "近日，县人社局公布了2022年度“攸县技能能手”名单，攸县湘东机械厂车工王立新等10人上榜。\n"
    assert dict(conferrers(text)["王立新"])["攸县技能能手"] == ["攸县人力资源和社会保障局"]
    assert full_local_body("沛县人社局", restored=False) == "沛县人力资源和社会保障局"
    assert full_local_body("全县人社局", restored=False) == "全县人社局"


def test_a_county_level_city_in_the_title_places_a_bare_city_body() -> None:
    assert title_local_place("乐陵市金牌职工", None) == (None, "乐陵市")
    assert title_local_place("十堰市郧西县劳动模范", None) == ("郧西县", None)
    assert title_local_place("襄阳市技术能手", None) == (None, None)  # a prefecture city: placed already
    assert title_local_place("社区优秀工作者", None) == (None, None)
    assert title_local_place("全县劳动模范", None) == (None, None)


def test_a_committee_and_government_written_as_one_name_are_two_bodies() -> None:
    assert glued_pair("武汉市委市政府") == ["武汉市委", "武汉市政府"]
    assert canonical_bodies(["武汉市委市政府"]) == ["中共武汉市委", "武汉市人民政府"]
    assert canonical_bodies(["宣恩县委县政府"]) == ["中共宣恩县委", "宣恩县人民政府"]
    text = "武汉市委市政府召开大会，表彰2021年度先进个人，张德华荣获“武汉市优秀共产党员”称号。\n"
    assert dict(conferrers(text)["张德华"])["武汉市优秀共产党员"] == ["中共武汉市委", "武汉市人民政府"]


def test_a_democratic_partys_provincial_committee_is_no_communist_party_committee() -> None:
    assert canonical_bodies(["农工党湖南省委"]) == ["农工党湖南省委"]
    assert canonical_bodies(["民盟江苏省委"]) == ["民盟江苏省委"]
    assert canonical_bodies(["湖南省委"]) == ["中共湖南省委"]


def test_bodies_that_issue_a_joint_document_grant_in_the_next_clause() -> None:
    text = "近日，宜昌市人社局、宜昌市总工会联合发文，授予赵明亮等30人“宜昌市技术能手”称号。\n"
    assert dict(conferrers(text)["赵明亮"])["宜昌市技术能手"] == [
        "宜昌市人力资源和社会保障局",
        "宜昌市总工会",
    ]


def test_a_democratic_partys_committee_takes_the_full_name_the_document_writes() -> None:
    text = (
        "2018年4月28日，民盟江苏省委在南京召开表彰会，授予钱立群等120名同志“优秀盟员”称号。"
        "现将名单公布如下：\n中国民主同盟江苏省委员会\n"
    )
    assert dict(conferrers(text)["钱立群"])["优秀盟员"] == ["中国民主同盟江苏省委员会"]


def test_organisers_of_a_series_named_before_them_confer_it() -> None:
    text = "据悉，今年“荆楚工匠”由湖北省总工会、湖北省人社厅联合开展评选，我市孙志刚等10人入选。\n"
    assert dict(conferrers(text)["孙志刚"])["荆楚工匠"] == ["湖北省总工会", "湖北省人力资源和社会保障厅"]


def test_a_body_kind_written_once_for_two_levels_is_each_levels_body() -> None:
    assert elided_levels_spelt("省、市总工会") == "省总工会、市总工会"
    assert elided_levels_spelt("省市两级妇联") == "省妇联、市妇联"
    assert elided_levels_spelt("省、市领导") == "省、市领导"  # leaders are no body
    assert split_bodies("省、市总工会", "四川省绵阳市") == ("四川省总工会", "绵阳市总工会")


def test_of_two_bodies_commending_at_two_levels_each_confers_its_own_levels_honour() -> None:
    text = (
        "近日，四川省总工会、绵阳市总工会分别表彰了一批先进个人，绵投集团齐建飞荣获“四川省五一劳动奖章”，"
        "富乐山酒店范颖荣获“绵阳市五一巾帼标兵”。\n"
    )
    found = conferrers(text)
    assert dict(found["齐建飞"])["四川省五一劳动奖章"] == ["四川省总工会"]
    assert dict(found["范颖"])["绵阳市五一巾帼标兵"] == ["绵阳市总工会"]


def test_a_prefectures_bare_committee_and_government_take_its_full_name() -> None:
    text = (
        "2016年4月，凉山彝族自治州召开表彰大会。州委、州政府决定，授予吉克阿呷等100名同志"
        "“凉山彝族自治州劳动模范”称号。\n"
    )
    assert dict(conferrers(text)["吉克阿呷"])["凉山彝族自治州劳动模范"] == [
        "中共凉山彝族自治州委",
        "凉山彝族自治州人民政府",
    ]
    assert prefecture_named("延边朝鲜族自治州总工会表彰…延边朝鲜族自治州劳动模范", 0, 40) == "延边朝鲜族自治州"


def test_a_bare_party_committee_is_never_a_department_named_in_the_source_line() -> None:
    assert fuller_body("州委", ["州民宗委", "凉山彝族自治州人民政府"]) == "州委"
    assert fuller_body("市委", ["中共宜昌市委", "宜昌市总工会"]) == "中共宜昌市委"


def test_bodies_that_issue_a_named_decision_before_granting_all_confer() -> None:
    text = "襄阳市委、市政府日前印发《关于表彰2021年度优秀企业家的决定》，授予周建国等10人“襄阳市优秀企业家”称号。\n"
    assert dict(conferrers(text)["周建国"])["襄阳市优秀企业家"] == ["中共襄阳市委", "襄阳市人民政府"]


def test_bodies_that_jointly_issue_a_decision_before_granting_all_confer() -> None:
    text = "人社部、全国总工会联合印发决定，授予许立新等10人“全国技术能手”称号。\n"
    assert dict(conferrers(text)["许立新"])["全国技术能手"] == ["人力资源和社会保障部", "中华全国总工会"]


def test_bodies_whose_issued_decision_commends_a_years_series_confer_it_next() -> None:
    text = (
        "日前，枣阳市委、市政府印发《关于表彰2021年度全市乡村振兴先进个人的决定》。"
        "王德清、李红军等20人被评为“枣阳市乡村振兴先进个人”。\n"
    )
    assert dict(conferrers(text)["王德清"])["枣阳市乡村振兴先进个人"] == ["中共枣阳市委", "枣阳市人民政府"]


def test_a_body_whose_meeting_was_held_confers_the_grants_that_follow() -> None:
    text = (
        "4月27日，中华全国总工会庆祝“五一”国际劳动节大会在北京人民大会堂隆重召开。"
        "授予北京市丰台区环境卫生服务中心等315个单位全国五一劳动奖状；授予孟庆祥等1233名职工全国五一劳动奖章。\n"
    )
    assert dict(conferrers(text)["孟庆祥"])["全国五一劳动奖章"] == ["中华全国总工会"]


def test_a_meeting_named_for_a_place_gives_no_conferrer() -> None:
    assert meeting_owner("西安市劳动模范和先进集体表彰大会在西安举行。") == ""
    text = "西安市劳动模范和先进集体表彰大会在西安举行。授予孟庆祥等499名同志“西安市劳动模范”称号。\n"
    assert dict(conferrers(text)["孟庆祥"])["西安市劳动模范"] == []


def test_the_body_that_studied_the_matter_decides_the_grant() -> None:
    text = "经宜昌市总工会党组研究，决定授予梁建华等50名同志“宜昌市五一劳动奖章”。\n"
    assert dict(conferrers(text)["梁建华"])["宜昌市五一劳动奖章"] == ["宜昌市总工会"]


def test_a_bare_government_that_studied_the_grant_takes_its_titles_county() -> None:
    text = (
        "关于表彰2020年度全县脱贫攻坚先进个人的决定\n各乡镇人民政府：\n"
        "经县政府研究，决定授予梁建华等50名同志“竹溪县脱贫攻坚先进个人”称号。\n"
    )
    assert dict(conferrers(text)["梁建华"])["竹溪县脱贫攻坚先进个人"] == ["竹溪县人民政府"]


def test_the_bodies_on_the_line_below_a_decisions_title_issue_it() -> None:
    text = (
        "关于表彰2020年度全县脱贫攻坚先进个人的决定\n中共竹溪县委 竹溪县人民政府\n"
        "各乡镇党委、人民政府：\n经研究，决定授予梁建华等50名同志“竹溪县脱贫攻坚先进个人”称号。\n"
    )
    assert dict(conferrers(text)["梁建华"])["竹溪县脱贫攻坚先进个人"] == ["中共竹溪县委", "竹溪县人民政府"]
    assert headed_issuers("关于表彰优秀教师的决定\n发布时间：2020-09-08\n", 0, 20) == ()


def test_the_giver_named_after_the_honour_in_its_sentence_confers_it() -> None:
    text = "2019年，梁建华被评为“湖北省劳动模范”，由湖北省委、省政府授予。\n"
    assert dict(conferrers(text)["梁建华"])["湖北省劳动模范"] == ["中共湖北省委", "湖北省人民政府"]
    text = "梁建华被评为“湖北省劳动模范”，由单位推荐参评。\n"
    assert dict(conferrers(text)["梁建华"])["湖北省劳动模范"] == []
