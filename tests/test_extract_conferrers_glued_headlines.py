"""Conferring bodies in shapes read from fresh pages (session 13): national bodies glued in a
headline, a quoted series released by its bodies, a county name read across a verb."""

from __future__ import annotations

from loaders.extract.context import _level_fits, agents, most_named_places
from loaders.extract.frames import _place_of
from loaders.extract.relations import canonical_bodies, glued_national
from loaders.honours import parse_honour
from tests.conftest import conferrers, honours


def test_two_national_bodies_glued_in_a_headline_are_two_conferrers() -> None:
    text = (
        "中宣部 国家卫生健康委发布2022年“最美医生”\n"
        "今天是第五个中国医师节，2022年“最美医生”名单揭晓，张春华、李建平等10名医生光荣入选。\n"
    )
    assert dict(conferrers(text)["张春华"])["最美医生"] == ["中共中央宣传部", "国家卫生健康委员会"]


def test_a_glued_pair_splits_only_into_known_national_bodies() -> None:
    assert glued_national("中共中央国务院") == ["中共中央", "国务院"]
    assert glued_national("國務院國資委") == ["國務院國資委"]  # one body's own short name
    assert glued_national("中国石油天然气集团公司") == ["中国石油天然气集团公司"]
    assert canonical_bodies(["人力资源社会保障部国资委"]) == [
        "人力资源和社会保障部",
        "国务院国有资产监督管理委员会",
    ]


def test_bodies_that_release_a_quoted_series_confer_it_on_those_named_next() -> None:
    text = (
        "在中国医师节到来之际，中央宣传部、国家卫生健康委向全社会公开发布2023年“最美医生”。\n"
        "赵志强、孙丽娟、周明等10名同志光荣入选。\n"
    )
    assert dict(conferrers(text)["孙丽娟"])["最美医生"] == ["中共中央宣传部", "国家卫生健康委员会"]


def test_a_release_of_something_else_names_no_conferrer() -> None:
    text = "市卫生健康委向全社会公开发布“健康生活倡议书”。\n市人民医院医生赵志强荣获“最美医生”称号。\n"
    assert dict(conferrers(text)["赵志强"])["最美医生"] == []


def test_a_county_read_across_a_verb_starts_after_the_verb() -> None:
    text = (
        "本报讯 为调动全区干部群众的积极性，区委宣传部、区总工会开展泉港区“最美职工”评选活动，"
        "决定授予林志明等10名同志“最美职工”称号。\n"
    )
    assert dict(conferrers(text)["林志明"])["最美职工"] == ["中共泉港区委宣传部", "泉港区总工会"]


def test_a_party_committee_civilisation_office_takes_the_offices_full_name() -> None:
    text = "日前，长沙市委文明办决定授予陈国华等10名同志“长沙好人”称号。\n"
    assert dict(conferrers(text)["陈国华"])["长沙好人"] == ["长沙市精神文明建设指导委员会办公室"]


def test_a_bare_region_government_takes_the_region_its_people_name_hides() -> None:
    text = (
        "新疆维吾尔自治区人民政府关于表彰防沙治沙先进个人的决定\n"
        "为了表彰先进，自治区人民政府决定，授予艾力·买买提等30名同志“防沙治沙先进个人”称号。\n"
    )
    bodies = dict(conferrers(text)["艾力·买买提"])["防沙治沙先进个人"]
    assert bodies == ["新疆维吾尔自治区人民政府"]


def test_a_class_of_schools_before_a_quoted_series_is_its_scope_not_its_conferrer() -> None:
    parsed = parse_honour("全市中小学“优秀班主任”")
    assert parsed is not None
    assert parsed.conferred_by == [] and parsed.title == "全市中小学优秀班主任"
    named = parse_honour("上海市石化工业学校“优秀教师”")  # one named school does confer its own title
    assert named is not None and named.conferred_by == ["上海市石化工业学校"]


def test_a_decision_of_a_class_of_schools_is_conferred_by_its_organisers() -> None:
    text = (
        "杭州市教育局关于表彰杭州市中等职业学校“学生喜爱的好老师”的通知\n"
        "杭州市教育局和杭州市教育基金会决定从2015年起定期举行杭州市中等职业学校“学生喜爱的好老师”评选活动。"
        "经过民主推荐、网上公示和集中评审，杭州市电子信息职业学校周海燕等30位同志"
        "被评选为杭州市中等职业学校“学生喜爱的好老师”。\n"
    )
    bodies = dict(conferrers(text)["周海燕"])["杭州市中等职业学校学生喜爱的好老师"]
    assert bodies == ["杭州市教育局", "杭州市教育基金会"]


def test_bodies_that_jointly_present_a_medal_confer_it_on_those_their_decision_names() -> None:
    text = (
        "在五四青年节来临之际，共青团中央、全国青联共同颁授第25届“中国青年五四奖章”，表彰青年中的优秀典型。"
        "决定授予刘晓东等40名同志第25届“中国青年五四奖章”。\n"
    )
    bodies = dict(conferrers(text)["刘晓东"])["中国青年五四奖章"]
    assert bodies == ["共青团中央", "中华全国青年联合会"]


def test_a_county_party_committee_headline_names_the_county_without_its_zhonggong() -> None:
    text = (
        "中共竹山县委 竹山县人民政府关于表彰2018年度优秀教师的决定\n"
        "各乡镇党委、政府，县直各单位：\n"
        "为表彰先进，县委、县政府决定，授予张国庆等20名同志“竹山县优秀教师”称号。\n"
    )
    assert dict(conferrers(text)["张国庆"])["竹山县优秀教师"] == ["中共竹山县委", "竹山县人民政府"]


def test_bodies_named_before_the_rule_they_follow_are_the_agents_of_their_joint_selection() -> None:
    text = (
        "今年以来，烟台市委宣传部、烟台市总工会按照省文明办的统一部署，联合开展了第五届全市道德模范评选表彰活动。"
        "经过层层推荐、严格审核，决定授予于海涛等10名同志“全市道德模范”称号。\n"
    )
    bodies = dict(conferrers(text)["于海涛"])["全市道德模范"]
    assert bodies == ["中共烟台市委宣传部", "烟台市总工会"]


def test_a_manner_clause_without_bodies_gives_no_agent() -> None:
    assert agents("为表彰先进，按照上级统一部署，联合") == ()
    assert agents("市总工会按照省总工会的部署，联合") == ("市总工会",)


def test_a_bare_city_government_is_the_county_level_city_whose_government_the_text_names() -> None:
    text = (
        "制发机关：江阴市人民政府\n"
        "根据《无锡市奖励和保护见义勇为人员条例》《江阴市见义勇为称号评定实施办法》规定，"
        "市政府决定授予王建华等12名同志“江阴市见义勇为先进个人”称号。\n"
    )
    bodies = dict(conferrers(text)["王建华"])["江阴市见义勇为先进个人"]
    assert bodies == ["江阴市人民政府"]


def test_a_ministry_deciding_as_we_confers_by_its_document_number() -> None:
    text = (
        "关于表彰2011年度全国技术能手的决定(人社部发[2012]25号)\n"
        "各省、自治区、直辖市人力资源社会保障厅(局)：\n"
        "为表彰在2011年度国家级职业技能竞赛中取得优异成绩的选手，我部决定授予李建军等198名同志"
        "“全国技术能手”荣誉称号，颁发奖章、证书和奖牌。\n"
    )
    assert dict(conferrers(text)["李建军"])["全国技术能手"] == ["人力资源和社会保障部"]


def test_a_ministry_named_without_guojia_fits_a_national_title_and_a_province_does_not() -> None:
    assert _level_fits("全国优秀教师", ("教育部",))
    assert _level_fits("全路技术能手", ("铁道部",))
    assert not _level_fits("全国技术能手", ("河南省人社厅",))
    assert not _level_fits("山东省劳动模范", ("国务院",))


def test_bare_city_bodies_take_the_city_the_text_names_only_without_shi() -> None:
    text = (
        "今年以来，市委宣传部、市总工会按照省文明办的统一部署，联合开展了全市道德模范评选表彰活动，"
        "决定授予李秀英等10名同志“全市道德模范”称号。\n"
        "各级各单位要大力宣传道德模范的先进事迹，为建设幸福烟台、文明烟台提供思想保证。\n"
    )
    bodies = dict(conferrers(text)["李秀英"])["全市道德模范"]
    assert bodies == ["中共烟台市委宣传部", "烟台市总工会"]


def test_a_city_named_once_without_shi_is_not_enough() -> None:
    assert most_named_places("市总工会决定授予王某“全市五一劳动奖章”，建设幸福烟台。", 0, 40) == (None, None)


def test_a_governed_city_is_read_as_the_name_the_text_writes_most_before_shi() -> None:
    assert _place_of("根据宜兴市人民政府的意见，《宜兴市见义勇为称号评定实施办法》") == ("宜兴", None)
    assert _place_of("为刘某等劳模颁奖并合影留念广州市委、市政府") == ("广州", None)


def test_a_person_before_a_headline_gap_is_not_read_as_the_conferrer() -> None:
    # 林美珠 今年退休獲…: the resolver drops the gap, which must not pass the run off as a resolved body
    found = honours("林美珠 今年退休獲宜蘭最資深模範勞工。")
    assert all(not bodies for _, _, bodies in found["林美珠"])


def test_a_body_before_a_gap_in_its_clause_still_confers() -> None:
    found = honours("河南省總工會 授予鄭州大學教師雷萌萌河南省五一勞動獎章。")
    assert found["雷萌萌"] == [("河南省五一劳动奖章", None, ["河南省總工會"])]
