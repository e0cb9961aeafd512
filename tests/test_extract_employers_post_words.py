"""Employers and posts of honoured people read from fresh real pages (the thirteenth session,
employers and positions): post words the lexicon lacked, the unit of a post written before a
reveal (他就是…), a project of a contractor, experts at a hospital's department.  Sentences follow
the shapes of real pages; names and most units are invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.orgfind import brand_host, trade_name_before
from loaders.extract.posts import parse_post, staff_unit
from tests.conftest import employers_of, people_of, posts_of

# ---------------------------------------------------------------- post words: 总裁, 首席科学家


def test_a_vice_president_before_a_name_is_a_post_at_the_company() -> None:
    text = "东海医药股份有限公司生物分公司副总裁吕春明被评为浙江省劳动模范。"
    assert posts_of(text, "吕春明") == [("副总裁", "东海医药股份有限公司生物分公司")]
    assert employers_of(text, "吕春明") == ["东海医药股份有限公司生物分公司"]


def test_a_chief_scientist_of_a_bureau_is_a_post_there() -> None:
    text = "贵州省地矿局首席科学家周明琦荣获“全国五一劳动奖章”。"
    assert posts_of(text, "周明琦") == [("首席科学家", "贵州省地矿局")]


# ---------------------------------------------------------------- 他就是A，B，C张某。: comma items of a reveal

REVEAL = (
    "三十多年来，他带领同事完成了九万多亩生态公益林的界定工作。"
    "他就是杭州北山森林公园管理处(西湖区林场)主任,浙江省林业科技先进工作者,浙江省绿化奖章获得者张玉山。"
)


def test_a_post_in_an_earlier_comma_item_of_a_reveal_is_the_named_persons() -> None:
    assert posts_of(REVEAL, "张玉山") == [("主任", "杭州北山森林公园管理处")]
    assert employers_of(REVEAL, "张玉山") == ["杭州北山森林公园管理处"]


def test_an_honour_in_an_earlier_comma_item_of_a_reveal_is_held_too() -> None:
    titles = [h["title"] for h in people_of(REVEAL)["张玉山"]["honors"]]
    assert "浙江省林业科技先进工作者" in titles and "浙江省绿化奖章" in titles


def test_a_clause_between_the_reveal_and_the_name_gives_no_post() -> None:
    text = "他就是在三门峡供电公司坚守三十年,被誉为“活地图”的全国劳动模范李大伟。"
    assert posts_of(text, "李大伟") == []
    assert employers_of(text, "李大伟") == []


# ---------------------------------------------------------------- 某医院骨科专家: the hospital employs its expert


def test_an_expert_at_a_hospitals_department_is_employed_by_the_hospital() -> None:
    text = "江州市第一人民医院骨科专家桂明超荣获“白求恩式卫生工作者”荣誉称号。"
    assert employers_of(text, "桂明超") == ["江州市第一人民医院"]


def test_an_expert_of_an_association_stays_an_appointment() -> None:
    text = "江州市科学技术协会评审专家桂明超荣获“白求恩式卫生工作者”荣誉称号。"
    assert employers_of(text, "桂明超") == []


# ---------------------------------------------------------------- 领导的关怀和项目经理某某的领导下


def test_a_noun_joined_before_a_post_is_no_part_of_the_title() -> None:
    text = (
        "项目经理郭亚明荣获“优秀项目经理”称号。在公司领导的关怀和项目经理郭亚明的带领下,项目部如期完成了各项目标任务。"
    )
    assert [t for t, _ in posts_of(text, "郭亚明")] == ["项目经理"]


def test_two_posts_joined_by_he_stay_as_written() -> None:
    assert parse_post("党委书记和总经理") == (None, "党委书记和总经理")


# ---------------------------------------------------------------- 姓名 某公司某车间工人: a list line with a status word

STAFF_LIST = (
    "县总工会宣读了市委、市政府关于表彰吕梁市五一劳动奖章的决定。\n"
    "吕梁市五一劳动奖章(3名)\n"
    "刘龙海 山西方山汇丰新星煤业有限公司副总经理\n"
    "张艳华 方山县城内小学校长\n"
    "刘美玲 山西天玉粮油食品有限责任公司包装车间工人\n"
)


def test_a_list_lines_unit_before_a_status_word_employs_the_person() -> None:
    assert employers_of(STAFF_LIST, "刘美玲") == ["山西天玉粮油食品有限责任公司"]
    assert posts_of(STAFF_LIST, "刘美玲") == []


def test_a_status_word_after_a_unit_names_the_unit_only() -> None:
    assert staff_unit("山西天玉粮油食品有限责任公司包装车间工人") == "山西天玉粮油食品有限责任公司包装车间"
    assert staff_unit("村民") is None


# ---------------------------------------------------------------- 某处主任科员、博士: a degree after a post


def test_a_degree_after_a_post_leaves_the_post_at_its_unit() -> None:
    assert parse_post("宁波市政府办公厅教卫处主任科员、博士") == ("宁波市政府办公厅教卫处", "主任科员")


def test_a_name_first_roster_line_with_a_degree_tail_gives_the_employer() -> None:
    text = (
        "第四届宁波市道德模范名单\n"
        "敬业奉献模范\n"
        "俞复芳 江东区百丈街道划船社区党委书记\n"
        "见义勇为模范\n"
        "高顺林 宁波市政府办公厅教卫处主任科员、博士\n"
    )
    assert employers_of(text, "高顺林") == ["宁波市政府办公厅"]
    assert posts_of(text, "高顺林") == [("主任科员", "宁波市政府办公厅教卫处")]


# ---------------------------------------------------------------- 商店, 超市: shops are bodies


def test_a_shop_before_its_managers_post_is_the_employer() -> None:
    assert parse_post("奉化市状元楼利民办公用品商店经理") == ("奉化市状元楼利民办公用品商店", "经理")


def test_a_supermarket_employs_its_cashier() -> None:
    text = "东城区惠民超市收银员李秀梅荣获“全市最美职工”称号。"
    assert employers_of(text, "李秀梅") == ["东城区惠民超市"]


# ---------------------------------------------------------------- 斯尔邦石化烯烃事业部: a brand's unit


def test_a_unit_after_a_brand_short_name_is_hosted_by_the_brand() -> None:
    assert brand_host("斯尔邦石化烯烃事业部") == "斯尔邦石化"
    assert brand_host("烯烃事业部") is None


def test_a_brands_unit_is_not_put_under_the_company_the_article_keeps_naming() -> None:
    text = (
        "4月27日,盛虹石化产业集团多个集体和个人获得表彰。其中,盛虹炼化(连云港)有限公司荣获“全国五一劳动奖状”,"
        "盛虹炼化(连云港)有限公司化工一部乙烯二班荣获“连云港市工人先锋号”、盛虹炼化(连云港)有限公司设备部荣获"
        "“江苏省工人先锋号”、斯尔邦石化烯烃事业部总经理吴昂明荣获“连云港市五一劳动奖章”。"
    )
    assert employers_of(text, "吴昂明") == ["斯尔邦石化"]


def test_a_brands_workshop_worker_is_employed_by_the_brand() -> None:
    text = "巴陵石化烯烃事业部一联合车间工艺技术员刘立新荣获“全国五一劳动奖章”。"
    assert employers_of(text, "刘立新") == ["巴陵石化"]


def test_a_brand_short_name_before_a_job_is_the_body_the_job_is_held_at() -> None:
    assert parse_post("中国一冶砌筑工") == ("中国一冶", "砌筑工")
    text = "经过层层选拔推荐和严格评审,中国一冶砌筑工吴春明荣获“全国技术能手”称号。"
    assert employers_of(text, "吴春明") == ["中国一冶"]
    assert posts_of(text, "吴春明") == [("砌筑工", "中国一冶")]


def test_a_trade_word_that_ends_like_a_brand_stays_in_the_title() -> None:
    assert parse_post("新能源技术员") == (None, "新能源技术员")


def test_a_brand_ending_inside_a_word_of_the_job_is_no_brand() -> None:
    assert parse_post("贵金属冶炼工") == (None, "贵金属冶炼工")


# ---------------------------------------------------------------- 丰县疾病控制中心: a place's own centre

COUNTY_CENTRE = (
    "徐州市中心医院承办健康卫士楷模先进事迹报告会\n"
    "12月21日下午,徐州市卫生局在徐州市中心医院开展全市健康卫士楷模先进事迹报告会,徐州市中心医院院长王文致辞。"
    "经过各单位推荐,局严格筛选和考核,决定授予沛县人民医院主管护师孟淑英、"
    "丰县疾病控制中心检验技师成丽华等5位同志全市“健康卫士楷模”荣誉称号。"
)


def test_a_place_named_centre_is_not_put_under_the_company_the_article_names() -> None:
    orgs = extract_text(COUNTY_CENTRE)["organizations"]
    assert {"name": "丰县疾病控制中心", "parent": None} in [{k: o[k] for k in ("name", "parent")} for o in orgs]


def test_a_one_character_county_before_a_centre_makes_it_a_local_body() -> None:
    assert employers_of(COUNTY_CENTRE, "成丽华") == ["丰县疾病控制中心"]


# ---------------------------------------------------------------- 某医院眼防所李某: a department before a name


def test_a_department_of_a_named_body_before_a_name_gives_the_body_as_employer() -> None:
    text = (
        "决定授予徐州市第一人民医院眼防所李甦梅副主任医师、新沂市人民医院陶宏涛副主任医师"
        "2位同志全市“健康卫士楷模”荣誉称号。"
    )
    assert employers_of(text, "李甦梅") == ["徐州市第一人民医院"]


# ---------------------------------------------------------------- 顺丰速运的张某: a known brand and its trade word


def test_a_known_brand_with_its_trade_word_names_a_company() -> None:
    assert trade_name_before("也有见义勇为的英雄:顺丰速运") == "顺丰速运"
    assert trade_name_before("在国务院发展") is None


def test_a_courier_named_after_his_companys_brand_is_employed_by_it() -> None:
    text = (
        "哈弄多吉、张宇等10名“最美快递员”受到表彰。"
        "也有见义勇为的英雄:顺丰速运的张宇,面对浓烟滚滚、噬人火焰,徒手爬楼救下一家3口。"
    )
    assert employers_of(text, "张宇") == ["顺丰速运"]


# ---------------------------------------------------------------- 成为家族企业的一名木材检尺员


def test_a_place_of_work_naming_no_body_before_a_count_is_no_part_of_the_post() -> None:
    assert parse_post("家族企业一名木材检尺员") == (None, "木材检尺员")
    text = (
        "湘林集团有限公司总经理周志兰荣获全国五一劳动奖章。"
        "1998年,20岁的周志兰大学毕业,她决定做父亲的小跟班,成为家族企业的一名木材检尺员。"
    )
    assert "木材检尺员" in [t for t, _ in posts_of(text, "周志兰")]


# ---------------------------------------------------------------- 3名选手被授予…: a competitor is no post


def test_a_competitor_is_no_post() -> None:
    assert parse_post("选手") is None
    text = "当天的会上,包括刘栓林在内的3名选手被授予“贵州五一劳动奖章”,王德明等15名选手被授予“贵州省技术能手”荣誉称号。"
    assert posts_of(text, "王德明") == []


# ---------------------------------------------------------------- post words: 专责 (a grid company's post)


def test_a_grid_companys_specialist_post_zhuanze_is_a_post_at_the_bureau() -> None:
    assert parse_post("广东电网有限责任公司韶关供电局继电保护专责") == (
        "广东电网有限责任公司韶关供电局",
        "继电保护专责",
    )


def test_a_specialist_zhuanze_before_a_name_gives_the_bureau_as_employer() -> None:
    people = people_of("云南电网有限责任公司曲靖供电局安全专责李志刚荣获云南省五一劳动奖章。")
    assert people["李志刚"]["employers"] == ["云南电网有限责任公司曲靖供电局"]


# ------------------------------------------- a relative clause before the name: 担任…的某某, 在…任职的某某


def test_a_post_in_a_relative_clause_before_a_name_is_that_persons() -> None:
    text = "担任国网河南省电力公司检修公司运维检修部安全专责的刘海涛,负责全省变电站的安全管理。刘海涛荣获河南省五一劳动奖章。"
    people = people_of(text)
    assert people["刘海涛"]["employers"] == ["国网河南省电力公司检修公司"]
    assert ("安全专责", "国网河南省电力公司检修公司运维检修部") in posts_of(text, "刘海涛")


def test_a_unit_worked_at_in_a_relative_clause_before_a_name_is_that_persons_employer() -> None:
    text = "目前在台中市环保局任职的林美惠,对于平时的工作认真负责,今年她也荣获全国模范劳工。"
    assert people_of(text)["林美惠"]["employers"] == ["台中市环保局"]


def test_a_post_verbs_object_with_de_before_a_noun_is_not_cut_for_a_name() -> None:
    people = people_of("王建国担任潍坊港务有限公司的总经理，荣获山东省劳动模范。")
    assert people["王建国"]["employers"] == ["潍坊港务有限公司"]


# ------------------------------------------- 在/于 a unit, then the post verb: the post is held there


def test_a_post_taken_at_a_unit_named_with_zai_before_the_verb_is_held_at_that_unit() -> None:
    text = "王建国在潍坊港务有限公司担任桥吊司机，荣获山东省劳动模范。"
    assert people_of(text)["王建国"]["employers"] == ["潍坊港务有限公司"]
    assert ("桥吊司机", "潍坊港务有限公司") in posts_of(text, "王建国")


def test_words_before_a_post_verb_that_name_no_unit_give_the_post_no_org() -> None:
    people = people_of("王建国在工作中担任班长，荣获山东省劳动模范。")
    assert people["王建国"]["employers"] == []


# ------------------------------------------- what opens the words before a name: 个人有, an honour held


def test_a_group_with_you_that_lists_the_person_is_no_part_of_the_unit() -> None:
    text = "荣获全国五一劳动奖章的先进个人有四川省宜宾机械集团股份有限公司车工刘德明等27人。"
    assert people_of(text)["刘德明"]["employers"] == ["四川省宜宾机械集团股份有限公司"]
    assert ("车工", "四川省宜宾机械集团股份有限公司") in posts_of(text, "刘德明")


def test_an_honour_held_before_a_place_led_unit_and_post_leaves_the_unit_as_employer() -> None:
    text = "会上，保定市劳动模范莲池区育才街小学教师郑秀兰代表全体劳模宣读了倡议书。"
    assert people_of(text)["郑秀兰"]["employers"] == ["莲池区育才街小学"]
    assert ("教师", "莲池区育才街小学") in posts_of(text, "郑秀兰")


def test_an_honour_before_a_unit_that_opens_on_no_place_stays_with_the_unit() -> None:
    assert parse_post("潍坊港务有限公司劳模创新工作室主任") == ("潍坊港务有限公司劳模创新工作室", "主任")
