"""Which organisations a text's units give, and at which level: kind words of farms, communities,
hospital campuses and company regions; a bracketed place inside a company's name; the conferring
clause before a unit; kind words alone and the top bodies named for their policy; a brand that
several companies share.  Every name and unit is invented."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.extract.orgfind import _short_cores
from loaders.extract.profile import joined_bodies, last_list_item, legal_form_tail, named_rest
from tests.conftest import people_of


def orgs_of(text: str) -> list[tuple[str, str | None]]:
    return [(o["name"], o.get("parent")) for o in extract_text(text)["organizations"]]


def posts_of(person: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(p["title"], p.get("org")) for p in person.get("positions") or []]


# ---------------------------------------------------------------- kind words


def test_a_forest_farm_employs_its_worker() -> None:
    person = people_of("省龙泉林场职工杨德芝获国务院授予“劳动模范”称号。")["杨德芝"]
    assert person["employers"] == ["省龙泉林场"]


def test_an_urban_community_employs_its_party_secretary() -> None:
    person = people_of("通州市新华街道杨柳社区党委书记陈小燕获评全国三八红旗手。")["陈小燕"]
    assert person["employers"] == ["通州市新华街道杨柳社区"]


def test_a_community_health_centre_keeps_its_whole_name() -> None:
    person = people_of("虎台社区卫生服务中心全科护师靳芳获评全国劳动模范。")["靳芳"]
    assert person["employers"] == ["虎台社区卫生服务中心"]


def test_a_hospital_campus_stands_between_the_hospital_and_its_department() -> None:
    orgs = orgs_of("新乡市第一人民医院东院区麻醉科主任李红梅获评全国优秀护士。")
    assert ("东院区", "新乡市第一人民医院") in orgs
    assert ("麻醉科", "东院区") in orgs


def test_a_company_region_is_a_unit_under_the_company() -> None:
    orgs = orgs_of("中建钢构有限公司华南大区项目经理陆建华获评全国劳动模范。")
    assert ("华南大区", "中建钢构有限公司") in orgs


# ---------------------------------------------------------------- the words around a unit


def test_a_bracketed_place_inside_a_company_name_stays_in_the_posts_unit() -> None:
    person = people_of("顺达物流(宁夏)有限公司贺兰片区快递员常立新获全国五一劳动奖章。")["常立新"]
    assert posts_of(person) == [("快递员", "顺达物流(宁夏)有限公司贺兰片区")]


def test_a_bracketed_place_gives_no_company_of_its_own() -> None:
    orgs = orgs_of("顺达物流(宁夏)有限公司贺兰片区快递员常立新获全国五一劳动奖章。")
    assert ("贺兰片区", "顺达物流(宁夏)有限公司") in orgs
    assert not any(name.startswith("有限公司") for name, _ in orgs)


def test_the_conferring_clause_is_no_part_of_the_first_listed_unit() -> None:
    people = people_of("省总工会决定授予贵州省黔南州水文水资源局李国强、江苏省泰州市排水管理处陈秋红“最美职工”称号。")
    assert people["李国强"]["employers"] == ["贵州省黔南州水文水资源局"]


def test_the_conferring_clause_gives_no_organisation() -> None:
    orgs = orgs_of("省总工会决定授予贵州省黔南州水文水资源局李国强、江苏省泰州市排水管理处陈秋红“最美职工”称号。")
    assert not any("授予" in name for name, _ in orgs)


# ---------------------------------------------------------------- what names no organisation


def test_a_workshop_named_by_its_kind_alone_is_no_organisation() -> None:
    orgs = orgs_of(
        "江苏华宝纺织有限公司前纺车间设备主任李运全、江苏双山集团股份有限公司车间主任杨定勇获评盐城市劳动模范。"
    )
    assert ("前纺车间", "江苏华宝纺织有限公司") in orgs
    assert "车间" not in [name for name, _ in orgs]


def test_our_company_names_no_organisation() -> None:
    orgs = orgs_of("我公司工程技术人员黄科、傅强分获2017年度和2018年度科技创新突出贡献奖。")
    assert "我公司" not in [name for name, _ in orgs]


def test_the_state_council_named_for_its_policy_is_not_listed() -> None:
    orgs = orgs_of("在党中央、国务院的高度重视下，江阴纺织股份有限公司挡车工王建英获评全国劳动模范。")
    assert [name for name, _ in orgs] == ["江阴纺织股份有限公司"]


def test_the_state_council_conferring_an_honour_is_listed() -> None:
    orgs = orgs_of("省龙泉林场职工杨德芝获国务院授予“劳动模范”称号。")
    assert "国务院" in [name for name, _ in orgs]


# ---------------------------------------------------------------- short names


def test_a_brand_two_full_company_names_share_stands_for_neither() -> None:
    cores = _short_cores(["北京华冶建设投资有限公司", "中国华冶国际贸易工程有限公司"])
    assert "华冶" not in cores


def test_a_brand_one_full_company_name_carries_stands_for_it() -> None:
    assert _short_cores(["广西柳工机械股份有限公司"]) == {"柳工": "广西柳工机械股份有限公司"}


# ---------------------------------------------------------------- brands with their trade word


def test_a_known_brand_with_its_trade_word_is_listed_as_written() -> None:
    names = [n for n, _ in orgs_of("来自市邮政企业、申通快递、顺丰速运等单位的10名快递员被授予“最美投递员”荣誉。")]
    assert "申通快递" in names and "顺丰速运" in names
    assert "申通" not in names and "顺丰" not in names


def test_a_known_brand_written_alone_stays_the_brand() -> None:
    names = [n for n, _ in orgs_of("他2015年加入顺丰,从一名快递员成长为站点负责人。")]
    assert "顺丰速运" not in names


# ---------------------------------------------------------------- centres


def test_a_centre_a_province_names_is_listed_when_it_stands_alone() -> None:
    names = [n for n, _ in orgs_of("经综合审核评定,四川省卫生宣传新闻中心2月28日发文表彰,我院王某惠受表彰。")]
    assert "四川省卫生宣传新闻中心" in names


def test_a_station_a_county_names_is_listed_when_it_stands_alone() -> None:
    text = "省农业农村厅近日发布名单,清远县植物检疫站高级农艺师李某华入选2021年广东十佳最美农技员。"
    assert ("清远县植物检疫站", None) in orgs_of(text)


def test_a_centre_inside_a_chain_stays_under_its_body() -> None:
    orgs = orgs_of("四川省某人民医院体检中心主任王某惠获评“我最喜爱的健康卫士”。")
    assert ("体检中心", "四川省某人民医院") in orgs


# ---------------------------------------------------------------- commissions


def test_a_national_standing_commission_is_listed() -> None:
    names = [n for n, _ in orgs_of("表彰会上,某省林业厅、某钢铁公司被全国绿化委员会表彰为国土绿化突出贡献单位。")]
    assert "全国绿化委员会" in names


def test_a_selections_review_committee_is_not_listed() -> None:
    names = [n for n, _ in orgs_of("经浙江省工匠评审委员会评审,王某惠被评为“浙江工匠”。")]
    assert not any("评审委员会" in n for n in names)


# ---------------------------------------------------------------- officials' offices


def test_the_ministry_of_an_attending_official_is_not_listed() -> None:
    text = "第49届南丁格尔奖颁奖大会在北京举行,7名护理工作者获得南丁格尔奖章。中共中央政治局委员、外交部部长王某等出席大会。"
    assert "外交部" not in [n for n, _ in orgs_of(text)]


def test_a_body_named_for_its_own_part_in_the_story_stays_listed() -> None:
    text = "外交部机关服务局组织开展评选,王某惠获评“最美服务之星”。"
    assert any(n.startswith("外交部") for n, _ in orgs_of(text))


def test_a_brands_courier_post_is_no_trade_word() -> None:
    names = [n for n, _ in orgs_of("去年被评为我市“最美快递员”的顺丰快递员王某峰日前在接受记者采访时说。")]
    assert "顺丰快递" not in names


def test_a_commission_heading_a_selections_committee_is_not_listed_for_it() -> None:
    text = "2018年,张某被聘为河南省工业和信息化委员会煤炭行业高级技师评审委员会委员。"
    assert not any("委员会" in n for n, _ in orgs_of(text))


# ---------------------------------------------------------------- numbered bureaus of engineering groups


def test_a_bureau_with_companies_under_it_heads_its_chain() -> None:
    text = "5月4日,中铁九局三公司西南分公司渝昆高铁项目团支部获评省五四红旗团支部,项目职工王某杰获省青年岗位能手。"
    orgs = orgs_of(text)
    assert ("中铁九局", None) in orgs
    assert ("三公司", "中铁九局") in orgs
    assert ("西南分公司", "三公司") in orgs


def test_a_government_bureau_alone_is_not_listed_for_it() -> None:
    names = [n for n, _ in orgs_of("会上,王某杰作为青年代表发言,区民政局等单位负责人出席。")]
    assert "区民政局" not in names


# ---------------------------------------------------------------- joined conferring bodies


def test_two_bodies_joined_by_and_are_listed_one_by_one() -> None:
    assert joined_bodies("中国民航局宣传部和人民网新媒体中心") == ["中国民航局宣传部", "人民网新媒体中心"]


def test_a_body_whose_name_holds_a_conjunction_stays_whole() -> None:
    assert joined_bodies("湖南省人力资源和社会保障厅") == ["湖南省人力资源和社会保障厅"]


def test_a_conjunction_before_a_word_that_names_no_body_keeps_the_name() -> None:
    assert joined_bodies("中国铁路总公司宣传部和各路局") == ["中国铁路总公司宣传部和各路局"]


# ---------------------------------------------------------------- generic heads of position orgs


def test_a_unit_word_after_a_generic_head_names_no_body() -> None:
    text = (
        "3月9日上午,受公安部党委委托,省公安厅副厅长周某一行专程到滁州市公安局,举行王海洋同志"
        "“全国公安系统二级英雄模范”授奖仪式。\n会议宣读了公安部关于授予王海洋同志“全国公安系统二级英雄模范”"
        "的表彰命令,并为王海洋同志颁发二级英模奖章、证书。接过奖章,王海洋表示:“作为基层派出所所长,"
        "将继续发挥模范带头作用,带领全所民警辅警,聚力守护一方安宁!”"
    )
    names = [n for n, _ in orgs_of(text)]
    assert "滁州市公安局" in names and "基层派出所" not in names


def test_a_department_of_our_hospital_is_listed_by_its_own_name() -> None:
    assert named_rest("我院心血管内科") == "心血管内科"


def test_a_name_opening_with_a_place_is_not_generic_here() -> None:
    assert named_rest("全椒县人民医院") == "全椒县人民医院"


def test_a_count_of_bodies_names_no_body() -> None:
    text = (
        "本报讯 近日,临渭区龙背卫生院院长张某红荣获“全国乡镇卫生院优秀院长”称号。"
        "张某红从全国36000多个乡镇卫生院院长中脱颖而出,全国共有373名乡镇卫生院院长当选。"
    )
    names = [n for n, _ in orgs_of(text)]
    assert "临渭区龙背卫生院" in names
    assert not any(ch.isdigit() for n in names for ch in n)


def test_a_post_unit_that_swallowed_the_item_before_keeps_the_last_items_chain() -> None:
    org = "宝钢股份热电厂电力首席工程师高某全、宝钢矿业烧结厂破碎车间"
    assert last_list_item(org) == "宝钢矿业烧结厂破碎车间"


def test_a_post_unit_without_a_list_stays_whole() -> None:
    assert last_list_item("宝钢矿业烧结厂破碎车间") == "宝钢矿业烧结厂破碎车间"


# ---------------------------------------------------------------- 经 before a body


def test_jing_before_a_bare_association_names_no_body() -> None:
    orgs = orgs_of("经行业协会和基层工会推荐、综合评审,决定授予王建华等12名同志2021年“江城纺织工匠”荣誉称号。")
    assert not any(name.startswith("经") for name, _ in orgs)


def test_jing_before_a_named_college_is_no_part_of_its_name() -> None:
    orgs = orgs_of("经江城工业职业技术学院2025年3月召开的党委会研究,决定授予李红梅“优秀教师”称号。")
    assert ("江城工业职业技术学院", None) in orgs
    assert not any(name.startswith("经") for name, _ in orgs)


def test_a_governments_website_is_no_station_under_it() -> None:
    orgs = orgs_of(
        "近日江城市人民政府网站发布《江城市人民政府关于表彰全市劳动模范的决定》,江城市儿童医院护士长王丽获江城市劳动模范称号。"
    )
    assert ("江城市人民政府", None) in orgs
    assert not any(name in ("网站", "江城市人民政府网站") for name, _ in orgs)


def test_a_lists_subject_and_you_are_no_part_of_the_first_units_name() -> None:
    orgs = orgs_of(
        "江城市共有5个集体和12名个人受到表彰。荣获全国工人先锋号的先进集体有国网江城市供电公司江城电力调度控制中心等5家。"
    )
    assert ("国网江城市供电公司", None) in orgs
    assert not any(name.startswith("先进集体") for name, _ in orgs)


def test_a_short_core_that_is_half_of_another_word_stands_for_no_company() -> None:
    # 交通 (赣州交通控股有限公司 without place and industry words) opens 交通运输部 only as half of 交通运输
    orgs = orgs_of(
        "4月29日,“感动交通十大年度人物”视频报告会在交通运输部举行。"
        "赣州交通控股有限公司章江大桥总工程师吴林荣获“感动交通年度人物”称号。"
    )
    assert ("交通运输部", None) in orgs
    assert not any(parent == "赣州交通控股有限公司" and name == "运输部" for name, parent in orgs)


def test_expand_short_still_reads_a_brand_core_before_a_plant() -> None:
    from loaders.extract.orgfind import expand_short

    cores = {"柳工": "广西柳工机械股份有限公司", "交通": "江城交通控股有限公司"}
    assert expand_short("柳工结构件制造厂", cores) == "广西柳工机械股份有限公司结构件制造厂"
    assert expand_short("交通运输部", cores) == "交通运输部"


# ---------------------------------------------------------------- a group named on its own (session 16, org21b)


def test_a_company_written_with_a_named_groups_core_is_the_groups_child() -> None:
    from loaders.extract.orgfind import group_child

    assert group_child("山西焦煤霍州煤电吕梁山煤电有限公司", "霍州煤电集团") == "吕梁山煤电有限公司"


def test_the_groups_own_legal_name_or_a_numbered_branch_is_no_child() -> None:
    from loaders.extract.orgfind import group_child

    assert group_child("霍州煤电集团有限责任公司", "霍州煤电集团") is None
    assert group_child("中国建筑第八工程局有限公司", "中国建筑集团有限公司") is None
    assert group_child("山东钢铁集团日照有限公司", "山东钢铁集团有限公司") is None


def test_the_child_and_its_plant_hang_under_the_group_the_text_names() -> None:
    text = (
        "霍州煤电集团吕梁山煤电有限公司综采队队长王峰获评山西省劳动模范。"
        "同时受表彰的还有山西焦煤霍州煤电吕梁山煤电有限公司洗煤厂厂长杜利民。"
    )
    orgs = orgs_of(text)
    assert ("吕梁山煤电有限公司", "霍州煤电集团") in orgs
    assert ("洗煤厂", "吕梁山煤电有限公司") in orgs
    assert "山西焦煤霍州煤电吕梁山煤电有限公司" not in [name for name, _ in orgs]


def test_a_part_naming_bodies_at_large_ends_the_chain() -> None:
    # 部分集团公司 is "some of the group's companies", no company of its own under the group
    text = (
        "4月28日,华岭水泥有限公司召开表彰大会。中国水泥协会领导,华岭集团部分集团公司领导,"
        "华岭集团下属企业职工代表参加会议。华岭水泥有限公司窑操作员魏雪琴荣获“全国五一劳动奖章”。"
    )
    found = orgs_of(text)
    assert ("华岭集团", None) in found
    assert not [name for name, _ in found if name.startswith("部分")]


# ---------------------------------------------------------------- legal-form fragments


def test_a_legal_form_cut_off_by_a_stray_space_is_no_organisation() -> None:
    orgs = orgs_of("其中,青山生态环境 (集团)股份有限公司、内蒙古北方重型汽车股份有限公司等单位获得全国五一劳动奖状。")
    assert "(集团)股份有限公司" not in [name for name, _ in orgs]


def test_a_unit_under_a_legal_form_fragment_keeps_no_fragment_parent() -> None:
    orgs = orgs_of("弘元新材料 (包头)有限公司二厂单晶集控组等27个集体荣获全国工人先锋号。")
    assert all(not (parent or "").startswith("有限公司") for _, parent in orgs)
    assert "有限公司二厂" not in [name for name, _ in orgs]


def test_legal_form_tail_tells_a_fragment_from_a_named_company() -> None:
    assert legal_form_tail("责任公司")
    assert legal_form_tail("有限公司二厂")
    assert not legal_form_tail("河北长安汽车有限公司")
    assert not legal_form_tail("公司工会")


def test_the_suffix_of_a_holder_word_does_not_open_the_unit_after_it() -> None:
    orgs = orgs_of("张淑琴等三位劳动奖章获得者;“全国五一劳动奖状”获得者山东青林机械集团股份有限公司。")
    names = [name for name, _ in orgs]
    assert "山东青林机械集团股份有限公司" in names
    assert not any(name.startswith("者") for name in names)


def test_a_social_body_honoured_as_a_collective_is_listed_whole() -> None:
    orgs = orgs_of("近日,六安市霍邱县村嫂理事会、合肥市蓝天救援队获评全国三八红旗集体。")
    names = [name for name, _ in orgs]
    assert "六安市霍邱县村嫂理事会" in names
    assert "六安市霍邱县村" not in names


def test_a_foundation_is_an_organisation_kind() -> None:
    from loaders.orgs import org_kind

    assert org_kind("宁波市见义勇为基金会") == "协会"
    assert org_kind("江西省红十字会") == "协会"
