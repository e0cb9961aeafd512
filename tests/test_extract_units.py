"""Employers, posts and organisation names: deputies' offices, bodies a person went to work at,
units written with a lead word, named teams and offices, list lines grouped by unit, and the names
an organisation is listed under.  Every name and unit is invented."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.extract.orgfind import child_name, is_generic
from loaders.extract.posts import deputy_title, parse_post
from loaders.orgs import employer_of
from tests.conftest import people_of


def titles(person: dict[str, Any]) -> list[str]:
    return [p["title"] for p in person["positions"]]


def organisations(text: str) -> dict[str, str | None]:
    return {o["name"]: o.get("parent") for o in extract_text(text)["organizations"]}


# ---------------------------------------------------------------- deputies


def test_a_deputy_elected_is_a_post_of_the_person_named_before_it() -> None:
    text = "2018年，王建国荣获全国劳动模范。日前，定远人王建国当选党的十九大代表。"
    assert titles(people_of(text)["王建国"]) == ["党的十九大代表"]


def test_a_deputy_listed_among_honours_is_a_post_not_an_honour() -> None:
    text = "2015年，王建国先后获得了全国五一劳动奖章、全国劳动模范、第十二届全国人大代表等荣誉称号。"
    wang = people_of(text)["王建国"]
    assert titles(wang) == ["第十二届全国人大代表"]
    assert [h["title"] for h in wang["honors"]] == ["全国五一劳动奖章", "全国劳动模范"]


def test_deputies_in_an_introduction_are_each_a_post() -> None:
    text = "孙海星，某港口集团有限公司副部长，中国共产党某市第十二次代表大会代表、中国工会十八大代表，全国劳动模范。"
    assert {"中国共产党某市第十二次代表大会代表", "中国工会十八大代表"} <= set(titles(people_of(text)["孙海星"]))


def test_a_deputy_written_before_a_name_is_read_once() -> None:
    text = "2019年，湖南省人大代表王建国荣获全国劳动模范。"
    assert titles(people_of(text)["王建国"]) == ["湖南省人大代表"]


def test_a_term_count_before_a_deputy_is_no_part_of_the_office() -> None:
    assert deputy_title("丁文军连任四届福建省三明市人大代表") == "福建省三明市人大代表"


def test_an_honour_for_deputies_is_no_deputy_office() -> None:
    assert deputy_title("三明市优秀人大代表") is None


def test_deputies_as_a_group_or_an_assembly_name_no_office() -> None:
    assert deputy_title("人大代表") is None
    assert deputy_title("接受全国人大代表们") is None


# ---------------------------------------------------------------- employers


def test_the_body_of_a_post_employs_a_person_no_reader_placed() -> None:
    text = (
        "近日，全国总工会命名了一批全国优秀工会之友，"
        "中共某市委市直机关工委常务副书记陈晓明等6位同志获命名为全国优秀工会之友。"
    )
    assert people_of(text)["陈晓明"]["employers"] == ["中共某市委市直机关工委"]


def test_a_body_a_person_went_to_work_at_employs_them() -> None:
    text = "王建国，1951年进入沈阳某机床厂工作，先后完成十几项技术革新，1956年被评为全国劳动模范。"
    assert people_of(text)["王建国"]["employers"] == ["沈阳某机床厂"]


def test_the_body_a_person_moved_from_employed_them_too() -> None:
    text = "王建国2019年荣获全国五一劳动奖章。他2002年从某县水泥厂调入某县供电公司工作。"
    assert people_of(text)["王建国"]["employers"] == ["某县水泥厂", "某县供电公司"]


def test_a_visit_to_a_company_is_no_employment() -> None:
    text = "2019年，王建国荣获全国五一劳动奖章。市领导来到某县供电公司调研。"
    assert people_of(text)["王建国"]["employers"] == []


def test_a_school_a_person_went_to_study_at_does_not_employ_them() -> None:
    text = "2019年，王建国荣获全国五一劳动奖章。1980年，王建国进入某县师范学校学习。"
    assert people_of(text)["王建国"]["employers"] == []


def test_list_lines_grouped_by_unit_give_each_name_its_unit() -> None:
    text = (
        "关于表彰某区十佳护士的决定\n"
        "决定对沈丽娟、宋佳等4名同志授予“某区十佳护士”称号。\n"
        "某区人民医院：沈丽娟、周婉婷\n"
        "某区中医医院：宋佳、朱丽华\n"
    )
    people = people_of(text)
    assert people["沈丽娟"]["employers"] == ["某区人民医院"]
    assert people["宋佳"]["employers"] == ["某区中医医院"]


def test_a_geological_team_and_a_management_station_are_bodies_that_employ() -> None:
    assert employer_of("某省地质矿产勘查局313地质队") == "某省地质矿产勘查局313地质队"
    assert employer_of("省交通集团某分公司机场管理所收费班") == "省交通集团某分公司机场管理所"


def test_a_fire_and_rescue_detachment_employs_the_staff_of_its_stations() -> None:
    assert employer_of("某市消防救援支队开发区消防救援站") == "某市消防救援支队"


# ---------------------------------------------------------------- post phrases


def test_a_lead_verb_is_no_part_of_the_unit() -> None:
    assert parse_post("来自某区环境卫生管理处汽车修理工") == ("某区环境卫生管理处", "汽车修理工")
    assert parse_post("授予某局集团有限公司某车务段车站值班员") == ("某局集团有限公司某车务段", "车站值班员")


def test_the_head_of_an_office_named_by_its_kind_again_splits_there() -> None:
    assert parse_post("某公司铜川建设管理处处长") == ("某公司铜川建设管理处", "处长")


def test_a_named_team_goes_into_the_organisation_of_its_head() -> None:
    assert parse_post("某石化公司裂解车间压缩分离班长") == ("某石化公司裂解车间压缩分离班", "班长")


def test_a_team_named_by_its_trade_stays_in_the_title() -> None:
    assert parse_post("某建设集团有限公司瓦工班长") == ("某建设集团有限公司", "瓦工班长")


def test_staff_posts_of_an_office_are_posts() -> None:
    assert parse_post("省公路局公路养护处干事") == ("省公路局公路养护处", "干事")
    assert parse_post("某市消防救援支队开发区消防救援站站长助理") == (
        "某市消防救援支队开发区消防救援站",
        "站长助理",
    )


# ---------------------------------------------------------------- organisation names


def test_a_college_of_a_university_is_listed_under_its_full_name() -> None:
    assert child_name("汕头某大学", "医学院") == "汕头某大学医学院"
    assert child_name("汕头某大学医学院", "医学院第一附属医院", "医学院") == "汕头某大学医学院第一附属医院"


def test_a_department_of_a_company_keeps_its_own_name() -> None:
    assert child_name("某纺织有限公司", "营销部") == "营销部"


def test_a_committees_department_is_listed_with_the_committee() -> None:
    orgs = organisations("由中共某某市委宣传部、某某市总工会联合主办的“某某工匠”评选结果发布，王建国获评某某工匠。")
    assert orgs.get("中共某某市委宣传部") == "中共某某市委"


def test_a_ministry_written_short_is_listed_under_its_full_name() -> None:
    orgs = organisations("2020年，王建国被人社部授予全国技术能手称号。")
    assert "人力资源和社会保障部" in orgs
    assert "人社部" not in orgs


def test_a_collective_honours_title_is_no_organisation() -> None:
    assert is_generic("全国优秀公安局")
    assert is_generic("全国文明村")
    assert not is_generic("中央精神文明建设指导委员会办公室")


def test_a_company_name_with_an_industry_word_stays_whole() -> None:
    orgs = organisations("上海某电气电站设备有限公司的王建国荣获全国五一劳动奖章。")
    assert "上海某电气电站设备有限公司" in orgs


def test_an_epithet_naming_a_first_is_no_post() -> None:
    assert parse_post("新中国第一位女火车司机") is None


def test_praise_before_a_post_is_no_part_of_it() -> None:
    assert parse_post("某市中心医院麻醉科优秀护士长") == ("某市中心医院麻醉科", "护士长")


def test_a_place_before_a_job_word_is_no_part_of_the_post() -> None:
    assert parse_post("湖南女工") == (None, "女工")


# ---------------------------------------------------------------- seventh round


def test_a_deputys_whole_title_is_kept_after_a_unit_of_the_same_kind() -> None:
    assert parse_post("宜州市公安局刑警支队副支队长") == ("宜州市公安局刑警支队", "副支队长")


def test_an_enumerations_opening_words_are_no_part_of_the_unit() -> None:
    assert parse_post("民警分别是宜州市公安局交警大队大队长") == ("宜州市公安局交警大队", "大队长")


def test_a_post_after_jian_at_a_second_department_keeps_the_bare_title() -> None:
    org, title = parse_post("临江市第一人民医院急诊医学科兼血透室护士长") or (None, "")
    assert title == "护士长"
    assert employer_of(org or "") == "临江市第一人民医院"


def test_the_unit_before_a_status_word_employs_every_name_of_the_enumeration() -> None:
    text = (
        "近日，中国电力楷模评选结果揭晓。国网临江市供电公司员工周海涛、郑晓东、孙立华当选中国电力楷模。"
        "周海涛是一名输电线路工。"
    )
    people = people_of(text)
    assert [people[n]["employers"] for n in ("周海涛", "郑晓东", "孙立华")] == [["国网临江市供电公司"]] * 3


def test_a_short_core_followed_by_a_company_of_its_own_is_not_expanded() -> None:
    from loaders.extract.orgfind import expand_short

    cores = {"江钢": "江钢实业集团有限公司"}
    assert expand_short("江钢股份有限公司技术中心", cores) == "江钢股份有限公司技术中心"
    assert expand_short("江钢炼铁厂", cores) == "江钢实业集团有限公司炼铁厂"


def test_a_group_written_with_its_group_word_is_not_given_the_legal_form_twice() -> None:
    from loaders.extract.orgfind import full_company

    assert full_company("中国北方科技集团八院7306厂", ["中国北方科技集团有限公司"]) == "中国北方科技集团八院7306厂"


def test_a_medical_university_is_one_name() -> None:
    from loaders.orgs import split_org

    assert split_org("临江医科大学第二医院")[0].name == "临江医科大学"


def test_a_career_verb_ends_a_bodys_name_on_its_left() -> None:
    text = "1958年起，李秀英历任临江纺织总公司工会主席、副经理。"
    assert "临江纺织总公司" in organisations(text)


def test_a_bullet_mark_is_no_part_of_a_name() -> None:
    assert "国网临江县供电公司" in organisations("■国网临江县供电公司运检部王海涛荣获临江市劳动模范称号。")


def test_the_unit_before_a_status_word_after_a_head_count_employs_the_name_before_it() -> None:
    text = (
        "国网临江市供电公司员工周海涛当选中国电力楷模；"
        "孙立华等15名公司员工获中国电力楷模提名奖。孙立华是一名变电运维工。"
    )
    assert people_of(text)["孙立华"]["employers"] == ["国网临江市供电公司"]


def test_a_party_branch_written_with_bu_is_part_of_the_secretarys_title() -> None:
    assert parse_post("临江县七拱镇隔坑村党总支部书记") == ("临江县七拱镇隔坑村", "党总支部书记")


def test_a_body_named_only_for_its_departments_at_large_is_no_organisation_of_the_text() -> None:
    from loaders.extract.orgfind import OrgIndex

    text = "各省、自治区、直辖市人力资源社会保障厅（局），国务院有关部门："
    index = OrgIndex(text, city=None, province=None)
    index.scan(0, len(text))
    assert [m.name for m in index.mentions if m.name == "国务院" and not m.generic] == []


def test_our_company_on_a_companys_own_page_is_that_company() -> None:
    text = "作者：临江永固装饰工程有限公司\n5月9日，我公司项目部瓦工郑建国同志被授予2023年度“临江市五一劳动奖章”。"
    assert people_of(text)["郑建国"]["employers"] == ["临江永固装饰工程有限公司"]


def test_a_quoted_honour_named_like_a_body_is_no_organisation() -> None:
    text = "近年来，临江永固新材料有限公司斩获“绿色工厂”“行业领军”等殊荣。"
    assert "绿色工厂" not in organisations(text)


# ---------------------------------------------------------------- seventh round, odd half


def test_a_room_of_a_plant_before_a_post_is_no_part_of_the_title() -> None:
    assert parse_post("临江钢铁有限公司炼铁总厂综合管理室值班调度长") == ("临江钢铁有限公司炼铁总厂", "值班调度长")


def test_a_production_line_before_a_trade_is_no_part_of_the_title() -> None:
    assert parse_post("临江电机有限公司机加事业部金属结构产线冷作钣金工") == (
        "临江电机有限公司机加事业部",
        "冷作钣金工",
    )


def test_a_status_word_and_a_skill_grade_after_a_company_leave_it_the_employer() -> None:
    person = people_of("临江机床科技有限责任公司工人、高级技师刘建平荣获全国五一劳动奖章。")["刘建平"]
    assert (person["employers"], titles(person)) == (["临江机床科技有限责任公司"], [])


def test_a_chief_technician_described_is_a_grade_held_at_the_employer() -> None:
    person = people_of("临江石化公司首席技师张红梅因敬业奉献事迹突出，当选为“中国好人”。")["张红梅"]
    assert (person["employers"], titles(person)) == (["临江石化公司"], [])


def test_a_chief_technician_appointed_is_a_post() -> None:
    text = "2017年，王海涛被聘为临江钢铁公司首席技师。2019年，王海涛荣获全国五一劳动奖章。"
    assert titles(people_of(text)["王海涛"]) == ["首席技师"]


def test_a_grade_after_a_post_at_a_body_is_dropped_and_the_post_kept() -> None:
    person = people_of("张红梅现为临江石化化工分部裂解车间压缩分离班长、公司首席技师。")["张红梅"]
    assert titles(person) == ["班长"]


def test_two_grades_after_an_office_leave_the_office_the_employer() -> None:
    text = "近期，我市临江河务局供水局城关供水处首席技师、高级技师刘建平被评为“齐鲁大工匠”。"
    assert people_of(text)["刘建平"]["employers"][0].startswith("临江河务局供水局")


def test_the_words_naming_the_list_before_a_unit_are_no_part_of_it() -> None:
    assert parse_post("获得第三届全国师德标兵的是临江县温泉镇观口小学教师") == ("临江县温泉镇观口小学", "教师")


def test_a_worker_said_to_be_of_a_plant_is_employed_there() -> None:
    text = "王海涛是临江钢铁公司炼铁厂的一名普通工人，2019年荣获全国五一劳动奖章。"
    assert people_of(text)["王海涛"]["employers"] == ["临江钢铁公司炼铁厂"]


def test_a_communitys_party_committee_post_is_held_at_the_community() -> None:
    assert parse_post("临江镇樵北社区党委书记") == ("临江镇樵北社区", "党委书记")


# ---------------------------------------------------------------- party bodies and first jobs


def test_a_party_committee_before_a_post_belongs_to_the_title_not_the_unit() -> None:
    assert parse_post("青山市第一医院党委委员") == ("青山市第一医院", "党委委员")


def test_a_party_committee_members_post_is_held_at_the_unit_that_employs_them() -> None:
    text = "李红梅现任青山市第一医院党委委员、副院长。2020年，李红梅被评为全国先进工作者。"
    li = people_of(text)["李红梅"]
    assert [(p["title"], p["org"]) for p in li["positions"]] == [
        ("党委委员", "青山市第一医院"),
        ("副院长", "青山市第一医院"),
    ]
    assert "青山市第一医院" in li["employers"]


def test_a_standing_committee_seat_is_a_post_at_the_company() -> None:
    text = "刘志强，现任江南钢铁集团有限公司党委常委、工会主席。2015年，刘志强被授予全国劳动模范称号。"
    assert titles(people_of(text)["刘志强"]) == ["党委常委", "工会主席"]


def test_a_year_then_进_a_factory_then_当_a_job_gives_employer_and_first_job() -> None:
    text = "王秀兰，1958年生。1976年进东方纺织厂当挡车工，她刻苦钻研。1995年，王秀兰被授予全国劳动模范称号。"
    wang = people_of(text)["王秀兰"]
    assert "东方纺织厂" in wang["employers"]
    assert titles(wang) == ["挡车工"]


def test_a_year_then_到_a_city_for_a_meeting_names_no_employer() -> None:
    text = "王秀兰2010年到北京参加表彰大会，1995年，王秀兰被授予全国劳动模范称号。"
    assert people_of(text)["王秀兰"]["employers"] == []


# ---------------------------------------------------------------- seventh round, odd half (x9-units)


def test_a_status_word_after_a_unit_is_no_post() -> None:
    text = (
        "全国妇联决定授予陈丽等10位同志全国三八红旗手标兵荣誉称号。她们是：勇救落水儿童的青山纺织有限公司"
        "职工陈丽；扎根山区带头致富的清水县石门村农民李芳。"
    )
    people = people_of(text)
    assert titles(people["陈丽"]) == []
    assert people["陈丽"]["employers"] == ["青山纺织有限公司"]
    assert titles(people["李芳"]) == []


def test_a_status_word_alone_before_a_name_is_no_post() -> None:
    text = "十年干完三十年工作量的湖南女工彭玉兰荣获全国劳动模范称号。"
    assert titles(people_of(text)["彭玉兰"]) == []


def test_a_doctor_of_a_disease_control_centre_works_at_the_centre() -> None:
    assert parse_post("江北区疾病预防控制中心医生") == ("江北区疾病预防控制中心", "医生")


def test_a_chair_after_a_union_stays_one_title() -> None:
    assert parse_post("青山机械厂工会主席") == ("青山机械厂", "工会主席")


def test_a_member_of_a_party_group_is_not_cut_at_the_group() -> None:
    assert parse_post("集团公司党组成员") != ("集团公司党组", "成员")


def test_a_route_number_before_a_job_is_no_part_of_the_title() -> None:
    assert parse_post("天津23路公交车售票员") == (None, "公交车售票员")


def test_a_line_number_before_a_job_is_no_part_of_the_title() -> None:
    assert parse_post("广州地铁五号线地铁司机") == (None, "地铁司机")


def test_a_province_named_company_before_a_post_is_cut_from_the_title() -> None:
    assert parse_post("山东电力首席专家") == (None, "首席专家")


def test_a_ward_in_latin_letters_before_a_post_is_no_part_of_the_title() -> None:
    assert parse_post("ICU护士长") == (None, "护士长")


def test_a_city_deputy_keeps_the_city_in_the_seat() -> None:
    assert parse_post("宁德市人大代表") == (None, "宁德市人大代表")


def test_a_career_list_keeps_every_post_it_names() -> None:
    assert parse_post("掘进队长、区长、生产矿长、运输公司经理等职务") == (None, "掘进队长、区长、生产矿长、经理")


def test_a_career_list_in_a_profile_gives_each_post_to_its_subject() -> None:
    text = "张德胜，男，1935年生，全国劳动模范。张德胜历任掘进队长、区长、生产矿长等职务。"
    assert titles(people_of(text)["张德胜"]) == ["掘进队长", "区长", "生产矿长"]


def test_a_village_party_secretary_keeps_the_village_in_the_title() -> None:
    assert parse_post("村党支部书记30年") == (None, "村党支部书记")


def test_a_province_scoping_an_appointment_stays_in_the_title() -> None:
    assert parse_post("湖南省安全生产考核专家") == (None, "湖南省安全生产考核专家")


def test_a_trade_after_a_column_label_in_a_headline_is_the_persons_post() -> None:
    text = "【泉城工匠】电焊工刘建华：二十年练就一手绝活\n刘建华荣获全国技术能手称号。"
    assert titles(people_of(text)["刘建华"]) == ["电焊工"]


def test_a_village_party_secretary_in_a_list_has_no_village_employer() -> None:
    text = "重庆市2018年农业劳动模范名单\n巫溪县天元乡新田村党委书记　李德兵\n城口县坪坝镇光明村党支部书记　周远华\n"
    person = people_of(text)["李德兵"]
    assert person["employers"] == []
    assert titles(person) == ["党委书记"]


def test_a_status_word_glued_to_its_unit_is_no_post() -> None:
    text = (
        "会上，江西华瑞陶瓷有限公司技术员孙立新获江西省“赣鄱工匠”荣誉称号，"
        "南昌市青云竹编研究所职工赵文海等6人获江西省优秀工匠荣誉称号。"
    )
    person = people_of(text)["赵文海"]
    assert person["employers"] == ["南昌市青云竹编研究所"]
    assert person["positions"] == []


def test_a_count_word_between_a_unit_and_its_post_is_no_part_of_the_title() -> None:
    assert parse_post("河南中原建工集团的一名钢筋工") == ("河南中原建工集团", "钢筋工")


def test_a_body_before_a_former_post_is_no_part_of_the_title() -> None:
    assert parse_post("工联会前副会长") == (None, "副会长")


def test_a_leading_former_mark_is_no_part_of_the_title() -> None:
    assert parse_post("原副总经理") == (None, "副总经理")


def test_posts_risen_to_one_after_another_are_each_a_post() -> None:
    text = "王志刚，1965年生，全国劳动模范。王志刚从普通工人做起，逐步升为班长、副队长、队长。"
    assert titles(people_of(text)["王志刚"]) == ["班长", "副队长", "队长"]


def test_posts_held_before_with_guo_are_posts_and_guo_is_no_part_of_the_unit() -> None:
    text = "李红梅，女，1970年生，省劳动模范。参加工作后，李红梅担任过公司营销部主任、运检部主任等职务。"
    person = people_of(text)["李红梅"]
    assert person["employers"] == []
    assert "主任" in titles(person)


def test_a_named_department_before_its_heads_post_goes_to_the_posts_unit() -> None:
    assert parse_post("浙江恒丰机械有限公司技术部长") == ("浙江恒丰机械有限公司技术部", "部长")


def test_a_department_with_its_director_goes_to_the_posts_unit() -> None:
    assert parse_post("江苏华泰纺织有限公司质量管理部副主任") == ("江苏华泰纺织有限公司质量管理部", "副主任")


def test_a_department_with_no_body_before_it_leaves_the_post_without_unit() -> None:
    assert parse_post("组织部部长") == (None, "部长")


def test_a_general_office_is_no_named_department() -> None:
    assert parse_post("办公室主任") == (None, "主任")
