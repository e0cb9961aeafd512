"""Article-level honour steps (loaders/extract/steps.py): the year of a conferral told as news, the
bodies a sentence says confer a series, and titles or conferrers read past the honour."""

from __future__ import annotations

from loaders.extract.facts import Fact
from loaders.extract.frames import vetoed
from loaders.extract.relations import canonical_body
from loaders.extract.steps import honours_tidied, tailed_titles
from tests.conftest import honour_fact, honours

# -- the year of a conferral told as news


def test_a_recent_news_word_in_the_honours_own_sentence_gives_the_documents_year() -> None:
    text = (
        "洛阳公交驾驶员张建国：二十年安全行车无事故\n\n"
        "张建国是洛阳市公交集团的一名驾驶员，从业二十年安全行车一百多万公里，多次被评为公司先进个人。"
        "近日，他又被评为“河南省劳动模范”。\n"
    )
    assert ("河南省劳动模范", 2014, []) in honours(text, document_date="2014-05-02")["张建国"]


def test_a_lead_opening_with_a_websites_dateline_tells_the_days_conferral() -> None:
    text = (
        "闽东网4月27日讯 据省总工会消息，福建省总工会作出决定，授予一批职工福建省五一劳动奖章。\n\n"
        "我市第一医院护士长林秀英荣获福建省五一劳动奖章。\n"
    )
    assert honours(text, document_date="2021-04-27")["林秀英"] == [("福建省五一劳动奖章", 2021, ["福建省总工会"])]


def test_a_source_and_time_stamp_above_the_lead_is_passed_over() -> None:
    text = (
        "宁德发布 2021-04-27 10:42:24\n\n"
        "据省总工会消息，日前，福建省总工会作出决定，授予一批职工福建省五一劳动奖章。\n\n"
        "我市第一医院护士长林秀英荣获福建省五一劳动奖章。\n"
    )
    assert honours(text)["林秀英"] == [("福建省五一劳动奖章", 2021, ["福建省总工会"])]


def test_a_sentence_opening_with_its_year_dates_the_series_it_reports_conferred() -> None:
    text = (
        "2022年12月底，人社部在其官网公布了第十六届高技能人才表彰名单，共表彰30名中华技能大奖和295名全国技术能手。\n\n"
        "此次，来自杭州汽轮机股份有限公司的焊工王海涛获全国技术能手称号。\n"
    )
    found = honours(text, document_date="2023-02-02")["王海涛"]
    assert [(title, year) for title, year, _ in found] == [("全国技术能手", 2022)]


def test_head_counts_of_an_announcement_share_its_honours_among_the_sections_in_order() -> None:
    text = (
        "全国表彰！我县2人上榜\n\n"
        "近日，人力资源社会保障部、农业农村部决定，授予一批同志“全国农业农村劳动模范”称号和“全国农业农村先进工作者”称号。\n\n"
        "其中，我县有1人获“全国农业农村劳动模范”称号，1人获“全国农业农村先进工作者”称号。\n\n"
        "周明山\n\n周明山是县农机合作社理事长，带动农户二百多户。\n\n"
        "吴晓燕\n\n吴晓燕是县农技推广中心农艺师，从事农技推广二十年。\n"
    )
    found = honours(text, document_date="2023-07-30")
    assert [title for title, _, _ in found["周明山"]] == ["全国农业农村劳动模范"]
    assert [title for title, _, _ in found["吴晓燕"]] == ["全国农业农村先进工作者"]


# -- conferring bodies


def test_a_body_that_publishes_a_list_on_its_site_confers_the_series_the_sentence_names() -> None:
    text = (
        "2022年12月底，人社部在其官网公布了第十六届高技能人才表彰名单，共表彰30名中华技能大奖和295名全国技术能手。\n\n"
        "此次，来自杭州汽轮机股份有限公司的焊工王海涛获全国技术能手称号。\n"
    )
    assert honours(text, document_date="2023-02-02")["王海涛"][0][2] == ["人力资源和社会保障部"]


def test_bodies_that_commend_a_series_every_few_years_confer_each_honour_of_it() -> None:
    text = (
        "党中央、国务院每五年评选表彰一次的全国劳动模范和先进工作者，代表我国劳动者的最高荣誉。\n\n"
        "遵义市第一人民医院主任医师孙志刚获全国先进工作者称号。\n"
    )
    assert honours(text)["孙志刚"] == [("全国先进工作者", None, ["中共中央", "国务院"])]


def test_a_body_that_confers_posthumously_is_the_conferrer() -> None:
    text = "赵秀英，女，山西平顺人，农民。1983年被国务院追认为全国劳动模范。\n"
    assert honours(text)["赵秀英"] == [("全国劳动模范", 1983, ["国务院"])]


def test_a_county_committee_written_with_its_level_twice_gets_its_full_name() -> None:
    assert canonical_body("富源县县委") == "中共富源县委"
    assert canonical_body("富源县县政府") == "富源县人民政府"


def test_the_front_of_a_title_is_no_conferrer_and_a_verb_read_into_a_title_is_cut() -> None:
    text = (
        "日前，全国总工会决定，命名一批全国优秀工会积极分子。"
        "福州软件园工会工作委员会专干方丽萍等33位同志获命名为全国优秀工会积极分子。\n"
    )
    assert honours(text, document_date="2018-11-27")["方丽萍"] == [("全国优秀工会积极分子", 2018, ["中华全国总工会"])]


def test_a_counted_list_of_holders_is_cut_from_a_title_and_is_no_conferrer() -> None:
    text = (
        "2020年4月，安徽省总工会决定，授予合肥市某某机械有限公司职工张立新等16位同志安徽省脱贫攻坚十大工程先锋称号。\n"
    )
    assert honours(text, document_date="2020-04-28")["张立新"] == [
        ("安徽省脱贫攻坚十大工程先锋", 2020, ["安徽省总工会"])
    ]


def test_the_holders_before_an_award_verb_are_no_conferrers() -> None:
    text = "日前，全国总工会作出表彰决定。长乐某科技有限公司工会副主席陈建平等33位基层工会干部荣获全国优秀工会工作者称号。\n"
    assert honours(text, document_date="2018-11-27")["陈建平"] == [("全国优秀工会工作者", 2018, [])]


def test_a_verb_and_a_comrade_left_at_the_front_of_an_honours_raw_are_cut() -> None:
    (tidied,) = honours_tidied([honour_fact("德清县劳动模范", "同志喜获“德清县劳动模范”")])
    assert tidied.value["raw"] == "“德清县劳动模范”"


# -- titles read past the honour


def test_a_title_run_on_into_a_head_count_is_cut_at_its_honour_word() -> None:
    (cut,) = tailed_titles([honour_fact("自治区劳动模范的31人中", "自治区劳动模范的31人中")])
    assert (cut.value["title"], cut.value["raw"]) == ("自治区劳动模范", "自治区劳动模范")


def test_a_title_run_on_into_its_holders_unit_and_post_is_cut_at_its_honour_word() -> None:
    (cut,) = tailed_titles([honour_fact("大同市劳动模范城区第三中学教师", "大同市劳动模范城区第三中学教师")])
    assert (cut.value["title"], cut.value["raw"]) == ("大同市劳动模范", "大同市劳动模范")


def test_a_title_run_on_past_its_honorific_into_the_clause_is_cut() -> None:
    (cut,) = tailed_titles([honour_fact("全国五一劳动奖章荣誉称号的", "全国五一劳动奖章荣誉称号的")])
    assert cut.value["title"] == "全国五一劳动奖章"


def test_a_title_run_on_into_a_statistic_after_a_joint_is_cut() -> None:
    raw = "全省道德模范及提名奖人数位居全市各县区第一"
    (cut,) = tailed_titles([honour_fact(raw, raw)])
    assert cut.value["title"] == "全省道德模范"


def test_a_collective_units_title_after_an_honour_word_is_not_cut() -> None:
    fact = honour_fact("全国技术能手培养突出贡献单位", "全国技术能手培养突出贡献单位")
    assert tailed_titles([fact]) == [fact]


def test_a_title_whose_tail_belongs_to_the_honour_is_kept() -> None:
    fact = honour_fact("国务院政府特殊津贴专家", "国务院政府特殊津贴专家")
    assert tailed_titles([fact]) == [fact]


def test_a_unions_home_or_a_teams_pioneer_title_is_no_persons_honour() -> None:
    assert vetoed("全国模范职工之家")
    assert vetoed("全国工人先锋号")
    assert not vetoed("全国五一巾帼标兵岗")


# -- honours listed after a word for them


def test_honours_listed_after_a_colon_following_many_honours_are_the_subjects() -> None:
    text = (
        "李建华，男，1983年10月出生，现为宁波某汽车公司装配钳工。"
        "凭着一手绝活，李建华收获了很多荣誉：全国劳动模范、中国青年五四奖章、全国技术能手等。\n"
    )
    titles = [title for title, _, _ in honours(text)["李建华"]]
    assert titles == ["全国劳动模范", "中国青年五四奖章", "全国技术能手"]


def test_honours_listed_after_the_honours_include_are_the_subjects() -> None:
    text = "宋建强现为青岛某建筑集团高级技师，获得的荣誉包括全国建筑行业技术能手、山东省首席技师、全国技术能手。\n"
    titles = [title for title, _, _ in honours(text)["宋建强"]]
    assert titles == ["全国建筑行业技术能手", "山东省首席技师", "全国技术能手"]


def test_an_honour_one_is_put_forward_for_is_not_held() -> None:
    (_held,) = honours_tidied(
        [honour_fact("泉州市技能大师", "优先推荐参评“泉州市技能大师”"), honour_fact("石狮工匠", "“石狮工匠”")]
    )
    assert _held.value["title"] == "石狮工匠"


def test_a_description_of_a_skilled_worker_is_no_honour() -> None:
    assert honours_tidied([honour_fact("铆装钳工全面能手", "他是一位公认的铆装钳工全面能手")]) == []


# -- a news item's dateline, a decision's signature date, bare words and section headings


def test_a_dateline_below_a_teaser_line_makes_the_item_the_days_news() -> None:
    text = (
        "宁波市举行环卫工人节庆祝活动\n\n今天，一起为这些可爱的“城市美容师”点赞！\n\n你们辛苦了！\n\n"
        "宁波在线10月20日讯（记者 方立群）今天下午，宁波市城管局举行环卫工人节庆祝活动。\n\n"
        "活动现场，宁波市城管局授予陈海平等10名环卫工人宁波市“十佳环卫工人”荣誉称号。\n"
    )
    years = [year for _, year, _ in honours(text, document_date="2019-10-20")["陈海平"]]
    assert years == [2019]


def test_a_dateline_deep_in_the_article_is_no_news_opening() -> None:
    text = (
        "陈海平是宁波市环卫处的一名清扫工。\n\n他1999年进处，扫了二十年马路，从不叫苦。\n\n他的班组年年评优。\n\n"
        "工友们都很敬重他。\n\n宁波在线10月20日讯 他被评为宁波市“十佳环卫工人”。\n"
    )
    years = [year for _, year, _ in honours(text, document_date="2019-10-20")["陈海平"]]
    assert years == [None]


def test_a_lead_that_reports_a_series_unveiled_recently_dates_its_conferral() -> None:
    text = (
        "从台州市总工会获悉，首批“台州工匠”日前正式揭晓，台州某泵业有限公司钳工林志强等20人获此殊荣。\n\n"
        "台州市总工会决定命名林志强等20名同志为首批“台州工匠”。\n"
    )
    assert 2019 in [year for _, year, _ in honours(text, document_date="2019-11-20")["林志强"]]


def test_a_decision_signed_with_a_reprints_zeros_in_its_chinese_date_dates_its_attached_list() -> None:
    text = (
        "各镇卫生院：\n"
        "经评选活动领导小组审定，决定对周红梅等2名“溧阳市十佳护士”予以表彰。\n"
        "溧 阳 市 卫 生 局\n"
        "二0一0年五月十日\n"
        "附件：溧阳市“十佳护士”名单\n"
        "一、溧阳市“十佳护士”\n"
        "溧阳市人民医院：周红梅\n"
        "溧阳市中医医院：王丽萍\n"
    )
    found = honours(text)
    assert [(title, year) for title, year, _ in found["王丽萍"]] == [("溧阳市十佳护士", 2010)]


def test_a_signature_year_written_with_digit_zeros_among_chinese_numerals_is_read() -> None:
    from loaders.extract.steps import SIGNED_DATE_RE, _signed_year

    m = SIGNED_DATE_RE.search("溧阳市卫生局\n二00九年五月十一日\n")
    assert m is not None and _signed_year(m.group("y")) == 2009


def test_a_signature_date_before_any_conferring_sentence_dates_nothing() -> None:
    text = "二〇一〇年五月十日\n溧阳市人民医院护士周红梅曾获“溧阳市十佳护士”称号。\n"
    assert [year for _, year, _ in honours(text)["周红梅"]] == [None]


def test_a_bare_word_of_praise_is_no_honour() -> None:
    assert honours_tidied([honour_fact("工匠", "工匠"), honour_fact("英雄", "“英雄”")]) == []


def test_a_numbered_section_heading_after_a_name_is_not_that_persons_honour() -> None:
    heading = honour_fact("二、溧阳市十佳护士", "二、溧阳市“十佳护士”")
    heading = Fact("honor", {**heading.value, "_apposition": True}, heading.sent, 0, ["周红梅"])
    held = honour_fact("溧阳市十佳护士长", "“溧阳市十佳护士长”")
    assert [f.value["title"] for f in honours_tidied([held, heading])] == ["溧阳市十佳护士长"]


# -- sentence finders: a relative clause's year, introductions, titled lists


def test_the_year_of_a_relative_clauses_honour_does_not_date_the_honour_after_it() -> None:
    found = honours("同时，入选2019年“江苏工匠”的陈建平将直接命名为“无锡工匠”一并表彰。\n")
    assert [(title, year) for title, year, _ in found["陈建平"]] == [("江苏工匠", 2019), ("无锡工匠", None)]


def test_honours_ending_in_party_member_or_person_are_items_of_an_introduction() -> None:
    text = "陈建平，男，1975年出生，江苏无锡人，中共党员，无锡某供电公司运维班班长，全国优秀共产党员，江苏好人。\n"
    assert [title for title, _, _ in honours(text)["陈建平"]] == ["全国优秀共产党员", "江苏好人"]


def test_every_item_of_a_list_closed_by_honorary_titles_is_a_title() -> None:
    text = (
        "赵秀兰先后获得江苏省优秀乡村医生、江苏最美乡村医生、无锡市十大新闻人物、无锡市特别关注乡村医生等荣誉称号。\n"
    )
    titles = [title for title, _, _ in honours(text)["赵秀兰"]]
    assert titles == ["江苏省优秀乡村医生", "江苏最美乡村医生", "无锡市十大新闻人物", "无锡市特别关注乡村医生"]


def test_a_titled_lists_item_with_its_own_body_and_verb_keeps_only_the_honour() -> None:
    text = "赵秀兰先后被江苏省卫生厅评为江苏省优秀乡村医生、江苏电视台评为无锡市特别关注乡村医生等荣誉称号。\n"
    titles = [title for title, _, _ in honours(text)["赵秀兰"]]
    assert titles == ["江苏省优秀乡村医生", "无锡市特别关注乡村医生"]


def test_a_seat_and_a_households_honour_in_a_titled_list_are_no_honours() -> None:
    text = "赵秀兰先后获得江苏省优秀乡村医生、第十三届全国人大代表、无锡市文明家庭等荣誉称号。\n"
    assert [title for title, _, _ in honours(text)["赵秀兰"]] == ["江苏省优秀乡村医生"]


# -- years from a qualified mention and a dateline; candidacies and clauses read as honours


def test_a_list_repeating_an_honour_takes_the_year_of_its_earlier_qualified_mention() -> None:
    text = (
        "发布日期:06月12日,2019年\n集团工会表彰2018年度先进\n"
        "日前，集团工会在文化中心召开表彰会，表彰2018年度海锐“金牌工人”。"
        "集团工会主席为3名“金牌工人”颁奖，他们分别为铸造事业部张国栋、工程研究院李志强、船电动力事业部王建军。\n"
    )
    found = honours(text)
    assert [(title, year) for title, year, _ in found["李志强"]] == [("金牌工人", 2018)]


def test_a_dateline_followed_by_its_correspondent_makes_the_item_the_days_news() -> None:
    text = (
        "某某网讯 通讯员李明报道：为庆祝“五一”国际劳动节，表彰先进个人，4月28日，某市召开庆祝大会。\n"
        "为了弘扬模范的崇高精神，经层层推荐评选，某市总工会决定授予郑国平等79人为“某市五一劳动奖章”荣誉称号。\n"
    )
    found = honours(text, url="https://news.example.cn/system/2022/04/28/019617485.shtml")
    assert [(title, year) for title, year, _ in found["郑国平"]] == [("某市五一劳动奖章", 2022)]


def test_the_people_of_a_candidates_list_are_named_without_the_honour() -> None:
    text = (
        "经各地推荐，拟推荐全国三八红旗手候选人2名，现将推荐名单予以公示。公示名单如下：\n"
        "一、全国三八红旗手候选人推荐名单（2名）\n1.黄秀兰 某市第一人民医院护理部主任\n2.刘晓燕 某市实验小学校长\n"
    )
    assert honours(text) == {"黄秀兰": [], "刘晓燕": []}


def test_an_honour_read_into_the_clause_that_names_its_holders_is_cut_before_the_clause() -> None:
    text = (
        "4月26日，青岛市庆祝“五一”国际劳动节暨劳模表彰大会召开。"
        "受表彰的全国五一劳动奖章获得者是青岛某港口物流有限公司机械司机孙海涛，某大学海洋学院院长邓志明。\n"
    )
    found = honours(text, document_date="2019-04-27")
    assert [(title, year) for title, year, _ in found["孙海涛"]] == [("全国五一劳动奖章", 2019)]


def test_a_quoted_remark_is_no_honour() -> None:
    text = "某银行支行主任陈永刚获得了广东省五一劳动奖章。“获得此奖章我深受鼓舞，这是对我们的一种认同。”陈永刚表示。\n"
    assert [title for title, _, _ in honours(text)["陈永刚"]] == ["广东省五一劳动奖章"]


def test_the_pronoun_of_the_holders_is_cut_from_the_front_of_an_honour() -> None:
    text = (
        "10月26日，第24个环卫工人节到来之际，我省决定对王春生等120名优秀环卫工人通报表扬，"
        "授予他们2021年度湖北省“优秀环卫工人”的荣誉称号。\n"
    )
    found = honours(text, document_date="2021-10-27")
    assert [(title, year) for title, year, _ in found["王春生"]] == [("湖北省优秀环卫工人", 2021)]


def test_two_honours_joined_by_he_are_two_honours() -> None:
    found = honours("王凤英是某纺织厂挡车工，1978年被评为全国先进生产者和全国劳动模范。\n")
    assert [(title, year) for title, year, _ in found["王凤英"]] == [("全国先进生产者", 1978), ("全国劳动模范", 1978)]


def test_the_level_written_once_before_joined_honours_is_each_ones() -> None:
    text = "某县农业公司总经理陈志刚被授予全国劳动模范和先进工作者称号。\n"
    assert [title for title, _, _ in honours(text)["陈志刚"]] == ["全国劳动模范", "全国先进工作者"]


def test_an_industry_joined_by_he_inside_one_honour_is_not_split() -> None:
    found = honours("某化工集团技师李建军被评为全国石油和化学工业劳动模范。\n")
    assert [title for title, _, _ in found["李建军"]] == ["全国石油和化学工业劳动模范"]


def test_a_year_opening_a_period_does_not_date_the_honour_conferred_for_it() -> None:
    text = (
        "市委、市政府于2006年4月26日决定，对2003年以来为我市的建设和发展作出显著贡献的先进个人予以通报表彰，"
        "授予徐建华等30人“深圳市劳动模范”称号。\n"
    )
    assert [(title, year) for title, year, _ in honours(text)["徐建华"]] == [("深圳市劳动模范", 2006)]


def test_an_honour_just_conferred_in_a_dated_item_takes_the_documents_year() -> None:
    text = "瑞丰粮食种植专业合作社理事长孙德胜刚刚被农业农村部表彰为“全国粮食生产先进个人”。"
    assert honours(text, document_date="2022-01-30")["孙德胜"] == [("全国粮食生产先进个人", 2022, ["农业农村部"])]


def test_a_lead_telling_news_from_the_eve_of_a_festival_dates_its_conferral() -> None:
    text = "五一前夕，某市庆“五一”表彰大会上传来喜讯，某煤矿采煤班长郑立军同志被授予“某市劳动模范”荣誉称号。\n"
    assert honours(text, document_date="2019-05-08")["郑立军"] == [("某市劳动模范", 2019, [])]


def test_a_nominee_under_public_notice_holds_no_honour() -> None:
    fact = honour_fact("河北五一劳动奖章推荐对象", "河北五一劳动奖章推荐对象")
    assert [f.value.get("_not_held") for f in honours_tidied([fact])] == [True]


def test_an_honour_named_with_a_contribution_clause_keeps_its_de() -> None:
    text = "王建军获得河北省有突出贡献的技师、全国五一劳动奖章等荣誉。"
    assert [h[0] for h in honours(text)["王建军"]] == ["河北省有突出贡献的技师", "全国五一劳动奖章"]


def test_an_honour_someone_once_was_is_held() -> None:
    text = "二十年里，养路工李德胜当过省劳动模范，获过“全国五一劳动奖章”。"
    assert [h[0] for h in honours(text)["李德胜"]] == ["省劳动模范", "全国五一劳动奖章"]


def test_an_occasion_before_a_zero_subject_conferral_leaves_it_to_the_documents_subject() -> None:
    text = (
        "周海涛是某管件集团的一名焊接技师。2015年，他荣获“江苏省技术能手”称号。"
        "2023年，第十六届高技能人才表彰大会上被授予“全国技术能手”称号。"
    )
    assert ("全国技术能手", 2023, []) in honours(text)["周海涛"]


def test_an_honour_of_a_company_is_not_held_by_the_person_who_describes_it() -> None:
    fact = honour_fact("全国示范劳动关系和谐企业", "了“全国示范劳动关系和谐企业”")
    assert [f.value.get("_not_held") for f in honours_tidied([fact])] == [True]


def test_a_round_of_a_series_named_with_its_year_after_the_list_dates_the_list() -> None:
    text = (
        "12月20日,省总工会命名了首批50名“江西工匠”,我市3人入选。"
        "我市入选的3人分别为:某机械公司钳工刘德明,某电力公司检修工陈建华,某化工公司操作工吴国庆。"
        "省总工会于今年5月启动了2020年度“江西工匠”选树活动。\n"
    )
    assert [(title, year) for title, year, _ in honours(text)["刘德明"]] == [("江西工匠", 2020)]


def test_a_birth_year_before_an_honour_in_a_relative_clause_does_not_date_it() -> None:
    text = "记者见到了两位劳模:一位是1958年出生、1985年获得“全国五一劳动奖章”、2018年退休的刘长福。"
    assert [(title, year) for title, year, _ in honours(text, document_date="2021-05-01")["刘长福"]] == [
        ("全国五一劳动奖章", 1985)
    ]


def test_the_company_of_a_holder_described_after_the_medal_confers_nothing() -> None:
    text = "获得湖北省五一劳动奖章的湖北某某科技集团股份有限公司董事长王建国表示,将带领员工再创佳绩。"
    assert honours(text)["王建国"] == [("湖北省五一劳动奖章", None, [])]


# -- a run of years counted as so many conferrals


def test_two_years_counted_as_two_conferrals_give_one_honour_for_each_year() -> None:
    text = "周海燕是宁波港集团的桥吊司机。2015年、2018年两次获得“浙江省五一劳动奖章”。"
    assert sorted(year for title, year, _ in honours(text)["周海燕"] if title == "浙江省五一劳动奖章") == [2015, 2018]


def test_years_joined_by_a_comma_and_a_repeat_word_give_one_honour_for_each_year() -> None:
    text = "孙立军是大庆油田的采油工。2009年,2014年先后两次被评为“黑龙江省劳动模范”。"
    assert sorted(year for title, year, _ in honours(text)["孙立军"] if title == "黑龙江省劳动模范") == [2009, 2014]


def test_two_years_of_different_events_without_a_count_do_not_repeat_the_honour() -> None:
    text = "孙立军是大庆油田的采油工，2009年入党，2014年被评为“黑龙江省劳动模范”。"
    assert [year for title, year, _ in honours(text)["孙立军"] if title == "黑龙江省劳动模范"] == [2014]


# -- a latest honour told with 如今, and a news item opened by a 消息 dateline


def test_an_honour_told_after_a_leading_rujin_gives_the_documents_year() -> None:
    text = "郑州铁路局的检车员刘红军工作二十多年，多次被评为先进生产者。\n如今，他又获得“河南省劳动模范”的殊荣。\n"
    assert ("河南省劳动模范", 2019, []) in honours(text, document_date="2019-05-01")["刘红军"]


def test_an_honour_of_a_nowadays_description_is_not_dated() -> None:
    text = "郑州铁路局的检车员刘红军工作二十多年，先后获得“河南省劳动模范”称号，如今已退休在家。\n"
    assert ("河南省劳动模范", None, []) in honours(text, document_date="2019-05-01")["刘红军"]


def test_a_dateline_ending_in_xiaoxi_opens_a_news_item() -> None:
    text = (
        "宜宾在线消息 (记者 王芳)由市公安局主办的第三届“最美警察”评选活动结果揭晓。"
        "翠屏区公安分局民警李建华被授予“全国特级优秀人民警察”荣誉称号。\n"
    )
    assert ("全国特级优秀人民警察", 2015, []) in honours(text, document_date="2015-11-05")["李建华"]


# -- a person said to be a holder (某某是…)


def test_a_person_said_to_be_holders_of_two_honours_holds_both() -> None:
    text = "王建平是全国劳动模范、全国五一劳动奖章获得者。"
    assert [title for title, _, _ in honours(text)["王建平"]] == ["全国劳动模范", "全国五一劳动奖章"]


def test_a_person_said_to_be_one_of_the_first_holders_holds_the_honour() -> None:
    text = "李建平是首届北京十大工匠之一。"
    assert [title for title, _, _ in honours(text)["李建平"]] == ["北京十大工匠"]


def test_a_person_said_to_be_the_organiser_of_an_honour_holds_nothing() -> None:
    text = "李建平是全国劳动模范评选的组织者。"
    assert not any(honours(text).values())


# -- the level word before a quoted series, a body's 颁发的 before it, and a prize's 奖 after it


def test_the_national_level_word_before_a_quoted_medal_is_part_of_its_title() -> None:
    text = "孙立军是大庆油田的采油工，2014年被授予全国“五一劳动奖章”。"
    assert honours(text)["孙立军"] == [("全国五一劳动奖章", 2014, [])]


def test_an_honour_presented_by_a_body_before_de_is_still_held() -> None:
    text = "周海燕是宁波港集团的桥吊司机，2010年荣获宁波港集团颁发的“金扳手”奖。"
    assert [(title, year) for title, year, _ in honours(text)["周海燕"]] == [("金扳手奖", 2010)]


def test_a_prize_word_after_a_quoted_name_belongs_to_the_title() -> None:
    text = "周海燕是宁波港集团的桥吊司机，2010年荣获“金扳手”奖。"
    assert honours(text)["周海燕"] == [("金扳手奖", 2010, [])]


def test_a_bonus_after_a_quoted_honour_is_no_part_of_its_title() -> None:
    text = "周海燕是宁波港集团的桥吊司机，2010年荣获“技术标兵”称号和“金扳手”奖金五千元。"
    assert ("金扳手奖", 2010, []) not in honours(text)["周海燕"]
