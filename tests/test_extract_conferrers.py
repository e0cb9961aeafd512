"""Conferring bodies read from a document's context (loaders/extract/context.py, frames.py): the
issuer of a decision written with its day, a notice's signatories, the holders of a commendation
meeting, a body that sat and decided, bare local bodies given their place and full name."""

from __future__ import annotations

from loaders.extract.context import (
    agents,
    fuller_body,
    most_named_places,
    place_completed,
    province_of_city,
    round_organisers,
    signatories,
    statements,
)
from loaders.extract.frames import full_local_body, split_bodies
from tests.conftest import conferrers


def test_an_issuer_written_with_the_day_it_decided_is_the_agent() -> None:
    assert agents("新华社北京6月13日电 中华全国总工会13日") == ("中华全国总工会",)


def test_an_issuer_that_sent_out_a_document_is_the_agent() -> None:
    assert agents("日前，省政府发文") == ("省政府",)
    assert agents("市总工会下发通知") == ("市总工会",)


def test_a_dated_decision_confers_the_medal_it_grants() -> None:
    text = (
        "新华社杭州5月15日电 为表彰抗洪抢险中的先进职工，浙江省总工会15日决定，授予李明华等20名同志浙江省五一劳动奖章。"
    )
    assert conferrers(text)["李明华"] == [("浙江省五一劳动奖章", ["浙江省总工会"])]


def test_a_purpose_clause_with_biaozhang_is_not_the_statement() -> None:
    text = "为表彰先进集体和个人，湖南省总工会决定，授予周建国等50名同志湖南省五一劳动奖章。"
    found = statements(text, 0, len(text))
    assert [s.bodies for s in found] == [("湖南省总工会",)]


def test_a_bare_provincial_government_takes_the_province_the_article_names_most() -> None:
    text = (
        "日前，省政府发文表彰30名“浙江工匠”，我县宏达机械有限公司陈立新被授予“浙江工匠”称号。"
        "此前他已获浙江省技术能手、浙江省五一劳动奖章。"
    )
    assert ("浙江工匠", ["浙江省人民政府"]) in conferrers(text)["陈立新"]


def test_the_bodies_signing_a_notice_are_read_above_its_date_line() -> None:
    text = "希望受表彰的同志再接再厉。\n附件：名单\n宁 波 市 鄞 州 区 卫生局\n共青团宁波市鄞州区委员会\n二〇一五年五月十日\n"
    assert signatories(text, 0, len(text)) == ("宁波市鄞州区卫生局", "共青团宁波市鄞州区委员会")


def test_a_notice_proposing_candidates_has_no_signatories_that_confer() -> None:
    text = "现将拟推荐候选人名单予以公示。\n广东省妇女联合会\n2021年12月13日\n"
    assert signatories(text, 0, len(text)) == ()


def test_a_notices_signatories_confer_the_honours_of_its_list() -> None:
    text = (
        "关于表彰鄞州区十佳护士的决定\n"
        "各医疗卫生单位：\n"
        "经评选，决定对陈晓燕等10名同志予以表彰。\n"
        "鄞州区第二医院：陈晓燕获评鄞州区“十佳护士”。\n"
        "宁波市鄞州区卫生局\n"
        "二〇一五年五月十日\n"
    )
    assert conferrers(text)["陈晓燕"] == [("鄞州区十佳护士", ["宁波市鄞州区卫生局"])]


def test_the_bodies_holding_a_commendation_meeting_are_the_agents_of_its_series() -> None:
    text = "4月28日，省委、省政府2023年劳动模范、先进工作者表彰大会在西安隆重举行。"
    found = statements(text, 0, len(text))
    assert found and found[0].bodies == ("省委", "省政府")
    assert "省劳动模范" in found[0].phrases


def test_a_body_that_calls_a_meeting_confers_the_series_the_meeting_is_for() -> None:
    text = "全国总工会召开2023年全国五一劳动奖和全国工人先锋号表彰大会。"
    found = statements(text, 0, len(text))
    assert found and found[0].bodies == ("全国总工会",)


def test_the_province_an_article_names_most_completes_a_bare_provincial_committee() -> None:
    text = "我省召开表彰大会。陕西建工集团获2012年陕西省先进集体称号，西安市某厂职工获表彰。"
    assert most_named_places(text, 0, len(text)) == ("陕西省", "西安市")
    assert place_completed(["省委", "省政府"], "陕西省", None) == ["陕西省委", "陕西省政府"]


def test_a_standing_committee_that_sat_and_approved_is_the_agent() -> None:
    text = "经大庆市第十届人民代表大会常务委员会第三次会议审议通过，授予王立新等10人为大庆市特等劳动模范荣誉称号。"
    found = statements(text, 0, len(text))
    assert found and found[0].bodies == ("大庆市人民代表大会常务委员会",)


def test_a_governments_executive_meeting_leaves_the_government_as_agent() -> None:
    text = "经市政府第15次常务会议研究决定，授予张海军等5人市劳动模范称号。"
    found = statements(text, 0, len(text))
    assert found and found[0].bodies == ("市政府",)


def test_the_writers_own_province_is_no_conferring_body() -> None:
    text = "10月26日，我省决定对刘建华等100名优秀环卫工人通报表扬，授予他们湖北省“优秀环卫工人”荣誉称号。"
    assert all(bodies == [] for _, bodies in conferrers(text).get("刘建华", []))


def test_a_body_that_opens_the_sentence_publishes_the_list_named_later() -> None:
    text = "近日，中央文明办在合肥举办全国道德模范与身边好人现场交流活动，发布三月份“中国好人榜”。"
    found = statements(text, 0, len(text))
    assert found and found[0].bodies == ("中央文明办",)


def test_a_bare_womens_federation_given_its_place_gets_its_full_name() -> None:
    assert full_local_body("佛山市妇联") == "佛山市妇女联合会"
    assert full_local_body("四川省妇联", restored=False) == "四川省妇联"


def test_a_city_body_known_by_its_short_name_gets_its_full_name_however_written() -> None:
    assert full_local_body("杭州城管委", restored=False) == "杭州市城市管理委员会"
    assert full_local_body("长沙市文明办", restored=False) == "长沙市精神文明建设指导委员会办公室"
    assert full_local_body("自治区文明办") == "自治区文明办"


def test_an_autonomous_regions_party_committee_gets_its_full_name() -> None:
    assert full_local_body("内蒙古自治区党委宣传部", restored=False) == "中共内蒙古自治区委员会宣传部"
    assert full_local_body("新疆维吾尔自治区党委", restored=False) == "中共新疆维吾尔自治区委员会"


def test_a_body_written_short_takes_the_full_name_the_document_gives_it() -> None:
    names = ["重庆市人力资源和社会保障局", "重庆市妇女联合会"]
    assert fuller_body("市妇联", names) == "重庆市妇女联合会"
    assert fuller_body("市人力社保局", names) == "重庆市人力资源和社会保障局"


def test_a_short_name_with_two_possible_full_names_stays_as_written() -> None:
    assert fuller_body("集团公司", ["华北矿业集团有限公司", "华北能源集团股份有限公司"]) == "集团公司"


def test_a_group_of_people_is_no_full_name_of_a_ministry() -> None:
    assert fuller_body("农业部", ["全国农业系统广大干部"]) == "农业部"


def test_a_national_body_is_not_taken_for_a_longer_name() -> None:
    assert fuller_body("中华全国总工会", ["中华全国铁路总工会"]) == "中华全国总工会"


def test_the_group_company_named_in_full_confers_what_the_group_company_selects() -> None:
    text = (
        "2021年，集团公司出台了《江淮重工集团控股有限公司技能人才管理办法》。"
        "经专家评审，集团公司授予王海涛、刘春生“集团公司首席技师”称号。"
    )
    assert conferrers(text)["王海涛"] == [("集团公司首席技师", ["江淮重工集团控股有限公司"])]


def test_an_association_named_with_he_is_one_body() -> None:
    assert split_bodies("国家人力资源和社会保障部、中国石油和化学工业协会联合") == (
        "人力资源和社会保障部",
        "中国石油和化学工业协会",
    )


def test_two_ministries_joined_by_he_are_two_bodies() -> None:
    assert split_bodies("石油工业部和化学工业部") == ("石油工业部", "化学工业部")


def test_two_city_bodies_joined_by_he_are_two_bodies() -> None:
    assert split_bodies("市工人文化宫和市小记者协会", "洛阳市举行") == ("洛阳市工人文化宫", "洛阳市小记者协会")


def test_the_clause_before_the_organisers_is_no_part_of_their_name() -> None:
    assert split_bodies("日前结束的由国家林业局") == ("国家林业局",)


def test_the_organisers_of_this_round_confer_every_honour_of_the_list() -> None:
    text = (
        "四川省有6人近日荣获“全国农业劳动模范”称号，另有5人被评为“全国农业先进工作者”。"
        "此次评选表彰活动由农业部和人力资源社会保障部联合举行，是新世纪以来的首次集中表彰。"
        "全国农业劳动模范：张德明、李秀英。"
    )
    found = round_organisers(text, 0, len(text))
    assert [s.bodies for s in found] == [("农业部", "人力资源社会保障部")]


def test_a_round_of_an_unrelated_activity_names_no_conferrer() -> None:
    text = "本次活动由市工人文化宫和市小记者协会共同组织，8名小记者采访了劳动模范。"
    assert round_organisers(text, 0, len(text)) == []


def test_an_adverb_between_the_body_and_its_verb_is_no_part_of_the_body() -> None:
    assert agents("据了解，今年全国总工会一共") == ("全国总工会",)


def test_the_body_opening_a_sentence_commends_what_dui_names() -> None:
    text = "日前，扬州市委、市政府根据《关于做好劳动模范评选工作的通知》要求，对先进集体和劳动模范进行表彰。"
    found = statements(text, 0, len(text))
    assert [s.bodies for s in found] == [("扬州市委", "市政府")]
    assert "扬州市劳动模范" in found[0].phrases


def test_a_periods_city_models_take_the_city_bodies_that_commended_them() -> None:
    text = (
        "日前，扬州市委、市政府根据《关于做好评选工作的通知》要求，对先进集体和劳动模范进行表彰。"
        "扬州港务公司班长王立军获评“2019-2021年扬州市劳动模范”荣誉称号。"
    )
    assert conferrers(text)["王立军"][0][1] == ["中共扬州市委", "扬州市人民政府"]


def test_a_body_named_after_the_dateline_and_a_day_word_holds_the_commendation_meeting() -> None:
    text = (
        "本报北京5月8日电 中国农林水利气象工会全国委员会今天在北京举行第二届全国农林水利优秀职工表彰会。"
        "获得第二届全国农林水利优秀职工的是 黑龙江省某林场护林员赵长海、湖南省某水库管理员周玉兰。\n"
    )
    assert conferrers(text)["赵长海"] == [("全国农林水利优秀职工", ["中国农林水利气象工会全国委员会"])]


def test_a_body_that_commends_a_count_of_each_honour_confers_them() -> None:
    text = (
        "在4月28日召开的庆祝大会上，全国总工会共表彰“全国五一劳动奖状”300个、“全国五一劳动奖章”1000个。"
        "我市某中学教师吴慧兰荣获“全国五一劳动奖章”。\n"
    )
    assert conferrers(text)["吴慧兰"] == [("全国五一劳动奖章", ["中华全国总工会"])]


def test_a_provincial_human_resources_department_written_short_gets_its_full_name() -> None:
    text = "2019年，某石化公司仪表工孟凡强被山东省人社厅授予“齐鲁首席技师”称号。"
    assert conferrers(text)["孟凡强"] == [("齐鲁首席技师", ["山东省人力资源和社会保障厅"])]


def test_a_department_restored_to_its_region_gets_its_full_name() -> None:
    text = (
        "12日，由内蒙古自治区总工会举办的2023年度“北疆工匠”发布仪式在呼和浩特举行，"
        "巴特尔等10人荣获2023年度“北疆工匠”称号。\n此次选树活动由自治区总工会联合自治区人社厅于2023年5月启动。\n"
    )
    assert conferrers(text)["巴特尔"] == [("北疆工匠", ["内蒙古自治区总工会", "内蒙古自治区人力资源和社会保障厅"])]


def test_a_former_ministry_confers_under_its_own_name() -> None:
    text = "乡村医生王秀英从医二十年，2008年被原国家卫生部评为全国优秀乡村医生。"
    assert conferrers(text)["王秀英"] == [("全国优秀乡村医生", ["卫生部"])]


def test_a_city_whose_name_begins_with_yuan_is_no_former_body() -> None:
    assert split_bodies("原平市总工会") == ("原平市总工会",)


def test_the_body_that_issued_a_special_allowance_title_confers_it() -> None:
    text = "2012年，割胶工黄丽娟获得国务院颁发的2011年度政府特殊津贴专家称号。"
    assert conferrers(text)["黄丽娟"] == [("政府特殊津贴专家", ["国务院"])]


def test_the_organisers_of_an_activity_named_just_before_confer_its_series() -> None:
    text = (
        "5月10日，“最美乡村教师”现场交流活动在成都举行，该活动由中央文明办、教育部主办。"
        "会上，某县村小教师何春燕荣获“最美乡村教师”称号。\n"
    )
    got = conferrers(text, document_date="2020-05-11")["何春燕"]
    assert got == [("最美乡村教师", ["中央精神文明建设指导委员会办公室", "教育部"])]


def test_a_list_that_names_a_second_body_ends_the_first_bodys_honours() -> None:
    text = (
        "赵桂兰，某县某村乡村医生。先后被河北省卫生厅评为河北省优秀乡村医生、河北电视台评为河北省最美村医、"
        "感动邢台年度人物等荣誉称号。"
    )
    got = dict(conferrers(text)["赵桂兰"])
    assert got["河北省优秀乡村医生"] == ["河北省卫生厅"] and got["感动邢台年度人物"] == []


def test_a_paper_dateline_opening_the_lead_is_text_and_its_meeting_host_confers() -> None:
    text = (
        "江西日报5月9日讯(记者 刘敏)全国妇联在京举行表彰大会。我省8名优秀女性获评全国三八红旗手。\n"
        "获得全国三八红旗手荣誉称号的为:南昌市某医院护士长胡秀英,九江市某中学教师邓丽萍。\n"
    )
    got = conferrers(text, document_date="2019-05-10")
    assert got["胡秀英"] == [("全国三八红旗手", ["中华全国妇女联合会"])]


def test_a_body_that_named_the_first_batch_confers_it_with_the_place_of_the_title() -> None:
    text = (
        "11月20日,省总工会命名了首批50名“江西工匠”,我市3人入选。"
        "我市入选的3人分别为:某机械公司钳工刘德明,某电力公司检修工陈建华,某化工公司操作工吴国庆。\n"
    )
    assert conferrers(text)["陈建华"] == [("江西工匠", ["江西省总工会"])]


def test_a_commendation_told_after_a_comma_confers_the_honour_of_its_own_sentence() -> None:
    text = (
        "2018年,在全省职工技能提升活动中,砌筑工王德发荣获了“青海省技术标兵”称号,受到了青海省总工会表彰。"
        "2019年,他又获得“青海省五一劳动奖章”。"
    )
    got = dict(conferrers(text)["王德发"])
    assert got["青海省技术标兵"] == ["青海省总工会"] and got["青海省五一劳动奖章"] == []


def test_a_company_that_holds_a_meeting_and_then_grants_confers_the_title() -> None:
    text = (
        "12日,某某重型机械股份有限公司召开“学习李卫东同志先进事迹大会”,授予李卫东“重机最美职工”称号,"
        "并奖励5万元。李卫东是该公司铸造车间的一名浇注工。"
    )
    assert conferrers(text)["李卫东"] == [("重机最美职工", ["某某重型机械股份有限公司"])]


# -- BODY 为 PERSON 颁发 HONOUR


def test_a_body_presenting_a_medal_to_a_named_worker_confers_it_on_him() -> None:
    text = "2019年4月，四川省总工会为成都市自来水公司管道工何建明同志颁发“全国五一劳动奖章”。"
    assert conferrers(text)["何建明"] == [("全国五一劳动奖章", ["四川省总工会"])]


def test_an_official_presenting_on_behalf_of_a_body_leaves_the_body_as_conferrer() -> None:
    text = "市总工会主席刘强代表贵阳市总工会向贵阳公交驾驶员吴丽娟颁发“贵州省五一劳动奖章”。"
    assert conferrers(text)["吴丽娟"] == [("贵州省五一劳动奖章", ["贵阳市总工会"])]


def test_an_official_presenting_certificates_to_unnamed_winners_gives_no_honour() -> None:
    text = "市长陈志刚为获奖的优秀职工颁发荣誉证书，并与他们合影留念。"
    assert "陈志刚" not in conferrers(text)


def test_a_city_office_known_by_its_short_name_is_a_body() -> None:
    assert agents("近日，绍兴市文明办") == ("绍兴市文明办",)


def test_a_health_bureau_known_by_its_short_name_takes_its_full_name() -> None:
    assert full_local_body("宁波市卫生计生局", restored=False) == "宁波市卫生和计划生育局"
    assert full_local_body("宁波市卫生计生委", restored=False) == "宁波市卫生和计划生育委员会"


def test_the_bodies_that_publish_the_deeds_of_a_series_confer_it() -> None:
    text = "中共中央宣传部、应急管理部日前向全社会公开发布2022年“最美应急管理工作者”先进事迹。"
    found = statements(text, 0, len(text))
    assert found and found[0].bodies == ("中共中央宣传部", "应急管理部")


def test_bodies_that_ran_a_selection_across_their_area_are_its_agents() -> None:
    text = "4月8日，宜宾市文明办、市妇联在全市卫生系统组织开展了“十佳白衣天使”评选活动。"
    found = statements(text, 0, len(text))
    assert found and found[0].bodies == ("宜宾市文明办", "宜宾市妇女联合会")


def test_a_place_after_the_bodies_that_is_not_their_whole_area_stays_in_the_run() -> None:
    assert agents("市总工会在北京") == ()


def test_a_youth_league_committee_written_short_takes_the_name_the_notice_signs() -> None:
    names = ["绍兴市柯桥区卫生健康局", "共青团绍兴市柯桥区委员会"]
    assert fuller_body("团区委", names) == "共青团绍兴市柯桥区委员会"


def test_the_issuer_speaking_of_itself_is_the_body_that_signs() -> None:
    text = (
        "为表彰在职业技能竞赛中取得优异成绩的选手，经研究，我部决定授予王建国等5名同志“全国技术能手”荣誉称号。\n"
        "中华人民共和国劳动和社会保障部\n"
        "二〇〇四年三月十日\n"
    )
    assert conferrers(text)["王建国"] == [("全国技术能手", ["劳动和社会保障部"])]


def test_a_meeting_that_grants_is_no_conferring_body() -> None:
    text = "这是记者从全国农业工作会议上获悉的，会议还授予河北省赵振山等200名同志“全国粮食生产先进工作者”称号。"
    assert conferrers(text)["赵振山"] == [("全国粮食生产先进工作者", [])]


def test_the_body_whose_notice_makes_a_list_public_confers_its_series() -> None:
    text = (
        "12月28日，潍坊市人民政府办公室下发通知，经专家评审和公示，并报市政府批准，"
        "2022年度潍坊市首席技师40人名单公布，潍坊柴油机厂的刘志强入选。"
    )
    found = statements(text, 0, len(text))
    assert any(s.bodies == ("潍坊市人民政府办公室",) and "潍坊市首席技师" in s.phrases for s in found)


def test_a_province_body_written_bare_takes_the_province_of_the_city_the_article_names() -> None:
    assert most_named_places("齐齐哈尔市第一医院…齐齐哈尔市总工会", 0, 20)[1] == "齐齐哈尔市"
    assert place_completed(["省委宣传部"], province_of_city("齐齐哈尔市"), "齐齐哈尔市") == ["黑龙江省委宣传部"]


def test_a_city_of_an_autonomous_region_lends_no_province() -> None:
    assert province_of_city("南宁市") is None


def test_a_place_s_civilisation_office_takes_the_official_full_name() -> None:
    assert full_local_body("满洲里市文明办", restored=False) == "满洲里市精神文明建设指导委员会办公室"


def test_a_health_commission_written_shortest_takes_its_full_name() -> None:
    assert full_local_body("黑龙江省卫计委", restored=False) == "黑龙江省卫生和计划生育委员会"


def test_the_topic_of_a_decision_headline_is_no_conferrer() -> None:
    text = "关于授予吴建军等同志“洛阳市劳动模范”称号的决定\n经研究，决定授予吴建军“洛阳市劳动模范”称号。"
    assert conferrers(text)["吴建军"] == [("洛阳市劳动模范", [])]


def test_the_purpose_clause_before_an_approval_is_no_conferrer() -> None:
    text = "为表彰先进，经市卫生局推荐，省卫生厅批准，授予周晓红“优质护理服务标兵”称号。"
    assert all(not body.startswith("为") for _, bodies in conferrers(text)["周晓红"] for body in bodies)
