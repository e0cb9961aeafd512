"""Organisation names: hierarchy from kind suffixes, kinds, canonical names through the alias file."""

from __future__ import annotations

from pathlib import Path

import pytest

import loaders.orgs as orgs
from loaders.orgs import canonical_org, employer_of, org_kind, resolve_local, split_org


def names(text: str) -> list[str]:
    return [p.name for p in split_org(text)]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("焦煤集团九里山矿机电运转队", ["焦煤集团", "九里山矿", "机电运转队"]),
        ("河钢集团唐钢公司炼钢部转炉作业区", ["河钢集团", "唐钢公司", "炼钢部", "转炉作业区"]),
        (
            "中国铁路沈阳局集团有限公司沈阳动车段沈阳北动车运用所质检组",
            ["中国铁路沈阳局集团有限公司", "沈阳动车段", "沈阳北动车运用所", "质检组"],
        ),
        (
            "河南省工业和信息化委员会煤炭行业高级技师评审委员会",
            ["河南省工业和信息化委员会", "煤炭行业高级技师评审委员会"],
        ),
        ("湖北宜化集团有限责任公司合成氨厂造气车间甲班", ["湖北宜化集团有限责任公司", "合成氨厂", "造气车间", "甲班"]),
        ("宜昌市公安局西陵区分局", ["宜昌市公安局", "西陵区分局"]),
    ],
)
def test_composite_names_split_at_kind_suffixes(text: str, parts: list[str]) -> None:
    assert names(text) == parts


def test_an_academy_of_sciences_written_short_heads_its_institute() -> None:
    assert names("中国农科院作物科学研究所") == ["中国农科院", "作物科学研究所"]


def test_an_academy_of_sciences_written_short_is_one_name() -> None:
    assert names("中科院") == ["中科院"]


@pytest.mark.parametrize(
    "text",
    [
        "博爱县清化镇卫生院",  # a town names the hospital after it
        "铁塔集团焦作公司",  # a branch named by its city
        "平顶山天安煤业股份有限公司",  # 煤业 before a legal form is one name
        "宜昌市中心人民医院",  # 中心 inside a hospital's name
        "矿用高压电缆",  # 矿 inside a word (矿用) ends nothing
    ],
)
def test_names_that_are_one_body_stay_whole(text: str) -> None:
    assert len(split_org(text)) == 1


def test_a_numbered_or_placed_subsidiary_keeps_its_parent_in_its_name() -> None:
    assert names("中建八局第一建设有限公司") == ["中建八局", "中建八局第一建设有限公司"]
    assert names("山东钢铁集团日照有限公司") == ["山东钢铁集团", "山东钢铁集团日照有限公司"]


def test_a_specialty_word_before_a_bare_hospital_word_is_part_of_the_hospitals_name() -> None:
    assert names("河南省胸科医院护理部") == ["河南省胸科医院", "护理部"]
    assert names("某市口腔科医院") == ["某市口腔科医院"]


def test_a_unit_union_hangs_under_the_unit() -> None:
    assert names("东风商用车有限公司车身厂工会") == ["东风商用车有限公司", "车身厂", "车身厂工会"]


def test_a_short_name_from_the_alias_file_heads_a_chain_only_when_something_follows() -> None:
    assert names("中国石化胜利油田分公司孤东采油厂") == ["中国石化", "胜利油田分公司", "孤东采油厂"]
    assert names("河南能源化工集团") == ["河南能源化工集团"]


@pytest.mark.parametrize(
    "name, kind",
    [
        ("焦煤集团", "集团"),
        ("九里山矿", "矿"),
        ("机电运转队", "队"),
        ("焦作市总工会", "工会"),
        ("焦作市人力资源和社会保障局", "政府部门"),
        ("博爱县清化镇卫生院", "医院"),
        ("县雁子电子商务有限公司", "公司"),
        ("张伟", None),
    ],
)
def test_org_kind_reads_the_suffix(name: str, kind: str | None) -> None:
    assert org_kind(name) == kind


def test_the_employer_is_the_body_not_the_team() -> None:
    assert employer_of("焦煤集团九里山矿机电运转队") == "焦煤集团九里山矿"
    assert employer_of("江苏常熟金梭纺织股份有限公司细纱工段") == "江苏常熟金梭纺织股份有限公司"
    assert employer_of("威海市文登区张家产镇") == ""  # a town employs nobody


def test_short_and_full_names_meet_through_the_alias_file() -> None:
    assert canonical_org("河南能源") == "河南能源化工集团"
    assert canonical_org("焦作市总工会") == "焦作市总工会"


def test_city_and_county_unions_resolve_through_the_document() -> None:
    assert canonical_org("市总工会", city="焦作市") == "焦作市总工会"
    assert canonical_org("县总工会", county="修武县") == "修武县总工会"
    assert resolve_local("省政府", province="辽宁省") == "辽宁省政府"
    assert canonical_org("市总工会") == "市总工会"  # unknown city: left as written
    assert resolve_local("市一级巡视员", city="焦作市") == "市一级巡视员"  # a post, not a body


def test_an_alias_added_to_the_file_is_used(union_alias: Path) -> None:
    assert canonical_org("焦作总工会") == "焦作市总工会"


@pytest.mark.parametrize(
    "text, parts",
    [
        ("辽河油田钻采工艺研究处", ["辽河油田", "钻采工艺研究处"]),  # an oilfield is a body, a 处 its unit
        ("青山村卫生室", ["青山村卫生室"]),  # a village clinic is one body
        ("滨海化工园区实训基地", ["滨海化工园区实训基地"]),
    ],
)
def test_oilfields_clinics_bases_and_offices_are_kinds_of_their_own(text: str, parts: list[str]) -> None:
    assert names(text) == parts


def test_an_oilfield_is_a_body_and_a_training_base_a_unit() -> None:
    assert orgs.org_tier("辽河油田") == "body"
    assert orgs.org_tier("青山村卫生室") == "body"
    assert orgs.org_tier("滨海实训基地") == "unit"
    assert orgs.org_tier("设备管理处") == "unit"


def test_a_centre_head_is_a_post_at_the_centre() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("技术中心主任") == ("技术中心", "主任")


def test_a_team_named_for_a_trade_keeps_its_suffix_even_when_it_ends_in_a_plain_word() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("结构件分厂焊接班班长") == ("结构件分厂焊接班", "班长")  # 焊接|班, not 焊|接班


def test_a_numbered_plant_or_unit_under_a_company_is_a_part_of_its_own() -> None:
    assert names("宝鸡纺织集团有限公司一分厂") == ["宝鸡纺织集团有限公司", "一分厂"]
    assert names("包钢集团轨梁厂二分厂") == ["包钢集团", "轨梁厂", "二分厂"]


def test_a_short_listed_company_name_ending_in_gufen_heads_its_chain() -> None:
    assert names("包钢股份轨梁厂") == ["包钢股份", "轨梁厂"]
    assert names("内蒙古包钢钢联股份有限公司轨梁厂") == ["内蒙古包钢钢联股份有限公司", "轨梁厂"]


def test_a_branch_plant_employs_and_its_workshop_does_not() -> None:
    assert employer_of("包钢集团轨梁厂二分厂精整车间") == "包钢集团轨梁厂二分厂"


def test_a_numbered_company_after_a_full_company_name_is_its_subsidiary_not_its_name() -> None:
    assert names("河北建工集团有限责任公司第三建筑工程公司") == ["河北建工集团有限责任公司", "第三建筑工程公司"]
    assert names("中建八局第一建设有限公司") == ["中建八局", "中建八局第一建设有限公司"]  # a short parent name


def test_an_oilfield_bureau_is_one_name_under_its_brand() -> None:
    assert names("中国石油华北油田管理局采油三厂") == ["中国石油", "华北油田管理局", "采油三厂"]


def test_hospitals_courts_and_mine_districts_have_kinds() -> None:
    assert org_kind("绍兴市妇幼保健院") == "医院" and org_kind("嘉兴市妇保院") == "医院"
    assert org_kind("南宁市人民检察院") == "其他" and org_kind("徐州市中级人民法院") == "其他"
    assert names("淮北矿业集团朱庄矿三采区") == ["淮北矿业集团", "朱庄矿", "三采区"]


def test_party_posts_keep_their_committee_and_follow_a_company_name() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("烟台市莱山区工贸总公司党总支书记") == ("烟台市莱山区工贸总公司", "党总支书记")
    assert parse_post("温州医科大学附属第一医院党委副书记") == ("温州医科大学附属第一医院", "党委副书记")
    assert parse_post("党支部书记") == (None, "党支部书记")


def test_a_second_post_after_jian_is_held_at_a_part_of_the_same_body() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("淮北矿业集团朱庄矿三采区副区长兼综采一队队长") == ("淮北矿业集团朱庄矿综采一队", "队长")


def test_a_pronoun_and_copula_before_a_post_phrase_are_no_part_of_its_body() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("她就是宁波港集团有限公司桥吊司机") == ("宁波港集团有限公司", "桥吊司机")


def test_a_short_name_of_initials_stands_for_the_full_name_the_text_gives() -> None:
    from loaders.extract.orgfind import full_company

    assert full_company("淮矿集团朱庄矿", ["淮北矿业集团"]) == "淮北矿业集团朱庄矿"
    assert full_company("中煤集团", ["中国煤炭科工集团"]) == "中煤集团"  # not every character's word


def test_laboratories_design_offices_and_welding_lines_are_units_of_their_body() -> None:
    assert names("攀钢集团钢铁研究院钒钛材料研究室") == ["攀钢集团", "钢铁研究院", "钒钛材料研究室"]
    assert names("秦川机床集团有限公司精度试验室") == ["秦川机床集团有限公司", "精度试验室"]
    assert names("徐工集团挖掘机事业部动臂焊接线") == ["徐工集团", "挖掘机事业部", "动臂焊接线"]


def test_an_army_unit_is_a_body_with_its_detachments_under_it() -> None:
    assert names("中国人民解放军31618部队3分队") == ["中国人民解放军31618部队", "3分队"]
    assert employer_of("杭州市公安局刑事技术支队") == "杭州市公安局"


def test_a_bare_kind_word_or_a_general_prefix_continues_the_name_before_it() -> None:
    assert names("咸阳纺织集团有限公司二分厂织部车间") == ["咸阳纺织集团有限公司", "二分厂", "织部车间"]
    assert names("淮矿总医院") == ["淮矿总医院"]


def test_words_inside_a_mine_or_shift_name_are_no_boundaries() -> None:
    assert names("马钢矿渣综合利用公司") == ["马钢矿渣综合利用公司"]
    assert names("南芬选矿厂") == ["南芬选矿厂"]
    assert names("热轧作业区倒班") == ["热轧作业区倒班"]


def test_an_allowance_named_after_the_state_council_names_no_organisation() -> None:
    from loaders.extract.orgfind import OrgIndex

    text = "他享受国务院政府特殊津贴，现任柳州钢铁集团有限公司首席技师。"
    index = OrgIndex(text, city=None, province=None)
    listed = [m.name for m in index.scan(0, len(text)) if not m.generic]
    assert listed == ["柳州钢铁集团有限公司"]


def test_posts_joined_by_a_pause_mark_after_a_full_post_phrase_are_held_at_its_body() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("大庆油田有限责任公司党委书记、总经理") == ("大庆油田有限责任公司", "党委书记、总经理")
    assert parse_post("技师、高级技师评审专家") == (None, "技师、高级技师评审专家")  # a shared head


def test_a_post_after_jian_at_the_same_body_is_kept_beside_the_first() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("株洲市中心医院党委副书记兼院长") == ("株洲市中心医院", "党委副书记、院长")


def test_a_line_leader_shares_the_last_character_of_the_line() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("格力电器总装焊接线长") == ("格力电器总装焊接线", "线长")
    assert parse_post("中建三局钢筋工班长") == ("中建三局", "钢筋工班长")  # a trade's team: the title as written


def test_an_affiliated_school_or_hospital_carries_its_parents_name() -> None:
    assert names("南京师范大学附属中学") == ["南京师范大学", "南京师范大学附属中学"]
    assert names("中南大学湘雅医学院第二附属医院")[-1].endswith("第二附属医院")


def test_a_universitys_named_hospital_carries_its_parents_name() -> None:
    assert names("浙江大学邵逸夫医院") == ["浙江大学", "浙江大学邵逸夫医院"]


def test_a_universitys_numbered_named_hospital_carries_its_parents_name() -> None:
    assert names("四川大学华西第二医院") == ["四川大学", "四川大学华西第二医院"]


def test_a_department_of_a_universitys_hospital_hangs_under_the_whole_name() -> None:
    assert names("北京大学人民医院心血管内科") == ["北京大学", "北京大学人民医院", "心血管内科"]


def test_a_universitys_hospital_employs_its_doctors() -> None:
    assert employer_of("中山大学孙逸仙纪念医院乳腺外科") == "中山大学孙逸仙纪念医院"


def test_a_bare_centre_after_a_department_ends_the_departments_name() -> None:
    assert names("湘潭市中心医院心血管内科中心") == ["湘潭市中心医院", "心血管内科中心"]


def test_a_named_centre_after_a_department_stays_a_part_of_its_own() -> None:
    assert names("某某公司技术部检测中心") == ["某某公司", "技术部", "检测中心"]


def test_a_college_of_a_university_employs_nobody_of_its_own() -> None:
    assert employer_of("福建农林大学园艺学院") == "福建农林大学"
    assert employer_of("泉州师范学院") == "泉州师范学院"


def test_troupes_museums_and_japanese_style_school_names_have_kinds() -> None:
    assert org_kind("蒲城县秦腔剧团") == "其他" and org_kind("敦煌研究院陈列博物馆") == "其他"
    assert names("吉林市第二十中学校") == ["吉林市第二十中学校"]
    assert employer_of("长治市上党梆子剧院有限公司") == "长治市上党梆子剧院有限公司"


def test_a_hotels_executive_chef_is_a_post() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("襄阳汉江国际饭店有限公司行政总厨") == ("襄阳汉江国际饭店有限公司", "行政总厨")


def test_a_team_leader_post_is_one_word_after_a_trade_team() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("中建八局第二建设有限公司抹灰工班组长") == ("中建八局第二建设有限公司", "抹灰工班组长")


def test_a_quoted_team_name_ends_at_its_closing_quote() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("西安飞机工业有限公司“王刚班组”班组长") == ("西安飞机工业有限公司王刚班组", "班组长")


def test_a_known_brand_before_a_materials_word_and_legal_form_is_no_part_of_its_own() -> None:
    # 中国建筑 is a known name, but 中国建筑材料集团有限公司 is another company's whole name
    assert [p.name for p in split_org("中国建筑材料集团有限公司")] == ["中国建筑材料集团有限公司"]


def test_a_known_brand_before_a_named_institute_still_heads_it() -> None:
    assert [p.name for p in split_org("中国建筑西南设计研究院有限公司")] == ["中国建筑", "西南设计研究院有限公司"]


def test_a_universitys_life_science_school_is_a_part_of_its_own() -> None:
    # 大学生 is "student", but 大学 + 生命科学学院 is a university and its school
    assert [p.name for p in split_org("东江大学生命科学学院")] == ["东江大学", "生命科学学院"]
    assert [p.name for p in split_org("东江工业大学生物与环境工程学院")] == ["东江工业大学", "生物与环境工程学院"]


def test_a_students_centre_after_daxue_stays_one_name() -> None:
    assert [p.name for p in split_org("大学生创业中心")] == ["大学生创业中心"]


def test_a_national_unions_committee_stays_one_body() -> None:
    # 工会 inside it ends no name of its own: the committee is the national union, named whole
    assert names("中国海员建设工会全国委员会") == ["中国海员建设工会全国委员会"]


def test_a_national_unions_committee_stays_whole_though_a_kind_word_sits_inside() -> None:
    # 科 of 教科文卫体 and the brand 中国能源 would otherwise cut the union's own name
    assert names("中国教科文卫体工会全国委员会") == ["中国教科文卫体工会全国委员会"]
    assert names("中国能源化学工会全国委员会") == ["中国能源化学工会全国委员会"]


def test_a_department_of_a_national_unions_committee_hangs_under_it() -> None:
    assert names("中国机冶建材工会全国委员会建材工作部") == ["中国机冶建材工会全国委员会", "建材工作部"]


def test_a_teachers_rank_names_no_school() -> None:
    from loaders.extract.orgfind import OrgIndex

    # 小学中学高级教师 is a rank: neither 中学 nor 小学中学 is a school of the text
    text = "宁波市实验小学校长、小学中学高级教师林晓红获评省劳动模范。"
    index = OrgIndex(text, city=None, province=None)
    listed = [m.name for m in index.scan(0, len(text)) if not m.generic]
    assert listed == ["宁波市实验小学"]


def _listed(text: str) -> list[str]:
    from loaders.extract.orgfind import OrgIndex

    index = OrgIndex(text, city=None, province=None)
    return [m.name for m in index.scan(0, len(text)) if not m.generic]


def test_a_party_branch_before_its_secretarys_post_is_no_part_of_the_units_name() -> None:
    # 党支部书记 is the title (a body with officers of its own); the unit is the plant
    text = "湖南华菱湘潭钢铁有限公司炼钢厂党支部书记刘建国荣获全国五一劳动奖章。"
    assert _listed(text) == ["湖南华菱湘潭钢铁有限公司炼钢厂"]


def test_a_youth_league_committee_before_a_deputy_secretary_is_cut_too() -> None:
    text = "中国船舶集团有限公司第七一九研究所团委副书记王丽获评全国优秀共青团干部。"
    assert _listed(text) == ["中国船舶集团有限公司第七一九研究所"]


def test_a_youth_league_committee_that_confers_keeps_its_whole_name() -> None:
    # no officer's post after it: the committee itself acts, named whole (the conventions' 中国有色集团团委)
    text = "中国铁路郑州局集团有限公司团委授予王丽优秀共青团干部称号。"
    assert _listed(text)[0] == "中国铁路郑州局集团有限公司团委"


def test_a_village_work_team_is_one_part_under_the_body_that_sent_it() -> None:
    # 驻村 is where the team is stationed, no village body of the chain
    assert names("河南省交通运输厅驻王庄村工作队") == ["河南省交通运输厅", "驻王庄村工作队"]


def test_a_unit_stationed_at_a_forest_farm_does_not_hang_under_the_farm() -> None:
    assert names("黑龙江省某某林业局驻青山林场资源监督中心")[1] == "驻青山林场资源监督中心"


def test_a_stationed_teams_own_group_is_still_a_part_of_its_own() -> None:
    assert names("某县卫健委驻村工作队二组") == ["某县卫健委", "驻村工作队", "二组"]


def test_the_city_zhumadian_after_a_body_is_no_stationed_unit() -> None:
    assert names("中国邮政集团有限公司驻马店市分公司") == ["中国邮政集团有限公司", "驻马店市分公司"]


def test_a_count_of_a_schools_units_ends_the_schools_name() -> None:
    # 首个…工作室 says which of the school's studios is meant; it names none
    text = "上海市某某工程学校首个市级技能大师工作室启动仪式在学校举行。"
    assert _listed(text) == ["上海市某某工程学校"]


def test_a_first_of_its_kind_after_a_company_names_no_unit() -> None:
    text = "中铁一局集团有限公司首家国家级技能大师工作室在西安揭牌。"
    assert _listed(text) == ["中铁一局集团有限公司"]


def test_a_communitys_party_committee_is_left_to_the_posts_chain() -> None:
    # 某街道某社区党委书记: the post lists the community under its street office; the glued name stays
    # as it was found (a party organ, not listed), so the whole place chain does not shadow that entry
    text = "武威市凉州区东关街道东关花园社区党委书记王晓平获评全省优秀共产党员。"
    assert _listed(text) == ["武威市凉州区东关街道东关花园社区党委"]


def test_a_red_banner_honours_collective_is_no_body() -> None:
    from loaders.extract.orgfind import is_generic

    # 全国五四红旗团委 is the honour a committee wins, not a committee of the text
    assert is_generic("全国五四红旗团委")
    assert not is_generic("一汽红旗汽车销售有限公司")  # 红旗 of a brand's name stays a name


def test_committees_of_all_provinces_are_no_particular_body() -> None:
    from loaders.extract.orgfind import is_generic

    assert is_generic("全国各省级团委")


def test_a_youth_league_committee_alone_is_a_bare_kind() -> None:
    from loaders.extract.orgfind import bare_kind

    assert bare_kind("团委")
    assert not bare_kind("苏州大学团委")


def test_a_station_named_as_a_centre_is_one_name() -> None:
    # 环境监测中心站 is a station; its 站 is no unit under a 中心
    assert names("河北省环境监测中心站") == ["河北省环境监测中心站"]


def test_a_centre_station_after_its_bureau_is_a_part_of_its_own() -> None:
    assert names("某某市生态环境局环境监测中心站") == ["某某市生态环境局", "环境监测中心站"]


def test_a_bare_kind_word_inside_a_units_own_name_stays_in_it() -> None:
    # 科 of 科尔沁 is no section of the bureau: the county's name begins the branch bureau's
    assert [p.name for p in split_org("内蒙古自治区通辽市公安局科尔沁分局")] == [
        "内蒙古自治区通辽市公安局",
        "科尔沁分局",
    ]


def test_a_word_without_a_kind_begins_the_unit_after_it() -> None:
    # 社区 names no unit of the branch bureau; 社区一队 is the unit
    assert [p.name for p in split_org("大庆市公安局红岗分局社区一队")] == ["大庆市公安局", "红岗分局", "社区一队"]


def test_a_bracketed_group_word_continues_the_company_name() -> None:
    assert [p.name for p in split_org("上海振华重工(集团)股份有限公司长兴分公司")] == [
        "上海振华重工(集团)股份有限公司",
        "长兴分公司",
    ]


def test_a_police_station_a_township_names_is_a_unit_of_its_own() -> None:
    assert [p.name for p in split_org("鹤岗市公安局东山分局新华镇派出所")] == [
        "鹤岗市公安局",
        "东山分局",
        "新华镇派出所",
    ]


def test_a_foremans_post_is_no_team() -> None:
    # 总领班 is the foreman's post (领班), not a 班 of the plant
    text = "上海汽轮机厂数控立车总领班"
    assert orgs.is_suffix_word(text, len(text) - 1, len(text))


def test_a_bracketed_place_continues_the_company_name() -> None:
    assert [p.name for p in split_org("华东重工(福州)有限公司港机分公司")] == ["华东重工(福州)有限公司", "港机分公司"]


def test_a_name_with_a_converter_gloss_keeps_its_pieces() -> None:
    # 鄉(xiāng): the gloss is converter noise; no piece is carried into the next across it
    assert "村鄉(xiāng)四龍廟村" not in [p.name for p in split_org("河南省某縣段村鄉(xiāng)四龍廟村")]


def test_a_companys_board_is_no_bureau() -> None:
    # 董事局 (the board of 董事局主席) ends in 局 but names no government bureau or unit
    text = "远东控股集团有限公司董事局"
    assert orgs.is_suffix_word(text, len(text) - 1, len(text))
