"""Rolls (loaders/extract/rolls.py): every person of a list shares the list's honour, whatever words
introduce it — a unit line naming two people after its colon, a run of names in one sentence,
items separated by semicolons that each close on a name.  Every name, unit and place is invented."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.extract.listrows import parse_list_line
from loaders.extract.people import Mention
from loaders.extract.rolls import (
    COUNTED_LABEL_GATE_RE,
    COUNTED_LABEL_RE,
    ON_LIST_RE,
    ON_LIST_WORDS,
    roll_line,
    run_names,
)


def honours_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


UNIT_ROLL = (
    "附件：\n"
    "青川区“十佳护士长”名单\n"
    "一、青川区“十佳护士长”\n"
    "青川区人民医院：林秀娟、周美华\n"
    "青川区中医医院：钱丽萍\n"
    "南桥镇卫生院：马晓燕、宋雅琴\n"
)


def test_every_name_after_a_units_colon_holds_the_lists_honour() -> None:
    got = honours_of(UNIT_ROLL)
    for name in ("林秀娟", "周美华", "马晓燕", "宋雅琴"):
        assert any("十佳护士长" in t for t in got.get(name, set())), name


def test_a_roll_line_reads_the_unit_and_each_name() -> None:
    text = "南桥镇卫生院：马晓燕、宋雅琴"
    line = roll_line(text, 0, len(text))
    assert line is not None
    assert line.unit == "南桥镇卫生院"
    assert [name for name, _, _ in line.items] == ["马晓燕", "宋雅琴"]


def test_a_line_of_prose_is_no_roll_line() -> None:
    text = "南桥镇卫生院：马晓燕说，今年护理工作再上新台阶。"
    assert roll_line(text, 0, len(text)) is None


SEMICOLON_ITEMS = (
    "2023年青川“工匠之星”发布仪式日前举行。\n"
    "此次评选出的4位“青川工匠之星”分别是：数控车床操作工林建华；"
    "传统木雕技艺传承人周德明；在一线守护电网的检修班长钱卫东；扎根乡村的农技员孙海燕。\n"
)


def test_items_closing_on_a_name_share_the_honour_before_the_list() -> None:
    got = honours_of(SEMICOLON_ITEMS)
    for name in ("林建华", "周德明", "钱卫东", "孙海燕"):
        assert any("青川工匠之星" in t for t in got.get(name, set())), name


def test_a_descriptor_inside_one_item_stays_with_that_item() -> None:
    text = SEMICOLON_ITEMS.replace("在一线守护电网的检修班长钱卫东", "在一线守护电网的“电网先锋”钱卫东")
    got = honours_of(text)
    assert not any("电网先锋" in t for t in got.get("孙海燕", set()))


def test_officials_attending_a_ceremony_get_no_honour() -> None:
    text = (
        "4月28日，青川区“最美职工”发布会举行。区领导林国强、周文斌、钱志远出席活动。\n"
        "周德明、孙海燕、宋雅琴荣获“青川区最美职工”称号。\n"
    )
    got = honours_of(text)
    assert "钱志远" not in got and "林国强" not in got


NOTICE = (
    "近日，青川市总工会印发决定，表彰一批先进个人。获奖情况如下：\n"
    "【青川市五一劳动奖章】：林建华 青川市第一人民医院急诊科主任\n"
    "【青川市优秀工会积极分子】：周德明、孙海燕\n"
)


def test_a_bracketed_honour_label_gives_its_honour_to_the_name_after_the_colon() -> None:
    got = honours_of(NOTICE)
    assert any("五一劳动奖章" in t for t in got.get("林建华", set()))


def test_every_name_after_an_honour_label_holds_it() -> None:
    got = honours_of(NOTICE)
    for name in ("周德明", "孙海燕"):
        assert any("优秀工会积极分子" in t for t in got.get(name, set())), name


def test_a_label_that_names_no_honour_opens_no_list() -> None:
    text = "会议地点：青川市职工服务中心\n主持人：林建华 青川市总工会副主席\n"
    assert "林建华" not in honours_of(text)


def test_officials_named_in_the_sentence_of_a_ceremony_get_no_honour() -> None:
    text = "4月28日，青川区2023年度“最美职工”发布会举行，区领导林国强、周文斌、钱志远出席活动。\n"
    assert honours_of(text) == {}


HEADED_ROLL = (
    "经评选，决定对林秀娟等3名“青川区优秀护士”予以表彰。\n"
    "附件：\n"
    "三、青川区“优秀护士”\n"
    "青川区人民医院：林秀娟、周美华\n"
    "南桥镇卫生院：马晓燕\n"
)


def test_names_beside_one_named_in_prose_take_the_honour_of_their_heading() -> None:
    got = honours_of(HEADED_ROLL)
    assert any("优秀护士" in t for t in got.get("周美华", set()))


BARE_HEADING_ROLL = (
    "青川日报讯 近日，青川市护理工作先进个人评选结果揭晓。\n"
    "2023年度青川市优秀护士\n"
    "林秀娟　青川区人民医院护士长\n"
    "周美华　南桥镇卫生院护士\n"
    "马晓燕　青川市中医院护理部主任\n"
)


def test_a_line_that_only_names_an_honour_heads_the_person_lines_below_it() -> None:
    people = {p["name"]: p for p in extract_text(BARE_HEADING_ROLL)["people"]}
    for name in ("林秀娟", "周美华", "马晓燕"):
        assert [h["title"] for h in people[name]["honors"]] == ["青川市优秀护士"], name


def test_a_person_line_under_a_bare_heading_keeps_its_unit() -> None:
    people = {p["name"]: p for p in extract_text(BARE_HEADING_ROLL)["people"]}
    assert people["周美华"]["employers"] == ["南桥镇卫生院"]


def test_person_lines_under_a_heading_that_names_no_honour_hold_nothing() -> None:
    text = (
        "近日，青川市召开护理工作座谈会。\n"
        "出席会议的领导\n"
        "林秀娟　青川市总工会主席\n"
        "周美华　青川市卫健委主任\n"
        "马晓燕　青川市人民医院院长\n"
    )
    assert honours_of(text) == {}


def test_people_after_an_honour_label_may_be_separated_by_semicolons() -> None:
    text = (
        "近日，青川市总工会印发决定。获奖情况如下：\n"
        "【青川市五一劳动奖章】：林建华 青川市第一人民医院急诊科主任；周德明 南桥机械有限公司钳工\n"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert [h["title"] for h in people["周德明"]["honors"]] == ["青川市五一劳动奖章"]
    assert people["周德明"]["employers"] == ["南桥机械有限公司"]


# -- unit + name rows under a quoted award heading with a head count

AWARD_ROWS = (
    "为表彰优秀护理人员，青川市卫生局设立“秀英护理奖”，首届获奖名单如下。\n"
    "“秀英护理奖”特别奖（1名）\n"
    "青川市第一人民医院 林秀娟\n"
    "“秀英护理奖”（3名）：\n"
    "青川市中医医院 周 华\n"
    "南桥镇卫生院 马晓燕\n"
    "青川市妇幼保健院 宋雅琴\n"
)


def test_a_quoted_award_heading_gives_its_award_to_the_unit_name_rows_under_it() -> None:
    got = honours_of(AWARD_ROWS)
    for name in ("马晓燕", "宋雅琴"):
        assert "秀英护理奖" in got.get(name, set()), name


def test_a_name_padded_with_a_space_in_a_row_is_read_whole() -> None:
    assert "秀英护理奖" in honours_of(AWARD_ROWS).get("周华", set())


def test_a_head_count_vouches_for_a_one_line_block() -> None:
    assert "秀英护理奖特别奖" in honours_of(AWARD_ROWS).get("林秀娟", set())


def test_a_heading_without_a_count_over_one_line_opens_no_roll() -> None:
    text = "“秀英护理奖”特别奖\n青川市第一人民医院 林秀娟\n"
    assert "林秀娟" not in honours_of(text)


# -- an award label before a colon and names


def test_an_award_label_before_two_names_gives_them_the_award() -> None:
    text = "工会决定授予以下同志年度五一奖，具体名单如下：\n爱岗奖：林建华、周德明\n敬业奖：钱卫东、孙海燕\n"
    got = honours_of(text)
    assert "爱岗奖" in got.get("林建华", set())
    assert "敬业奖" in got.get("孙海燕", set())


def test_a_label_that_is_no_award_opens_no_list() -> None:
    text = "表彰大会于昨日举行。\n主持人：林建华、周德明\n"
    assert not any(honours_of(text).values())


# -- a counted enumeration after 分别是/分别为

COUNTED = (
    "12月27日，省总工会命名了首批80名“青川工匠”，我市4人入选。"
    "我市入选的4人分别为：青川机械厂副经理林建华，南桥纺织公司总工程师周德明，"
    "青川供电公司检修专家钱卫东，青川农机站站长孙海燕。\n"
)


def test_names_as_many_as_the_head_count_hold_the_honour_named_before() -> None:
    got = honours_of(COUNTED)
    for name in ("林建华", "周德明", "钱卫东", "孙海燕"):
        assert "青川工匠" in got.get(name, set()), name


def test_an_enumeration_longer_than_its_head_count_is_left_alone() -> None:
    got = honours_of(COUNTED.replace("我市入选的4人", "我市入选的5人").replace("我市4人入选", "我市5人入选"))
    assert "青川工匠" not in got.get("周德明", set())


def test_the_honour_of_a_counted_enumeration_may_be_an_award_without_an_honour_word() -> None:
    text = (
        "3名青川护理工作者荣获第12届秀英奖\n"
        "记者从市卫生局获悉，今年共有3名护理人员获得秀英奖。\n"
        "获奖的3名护理工作者分别是：青川市第一人民医院护士长林秀娟、南桥镇卫生院护士马晓燕、"
        "青川市中医医院护理部主任宋雅琴。\n"
    )
    got = honours_of(text)
    for name in ("林秀娟", "马晓燕", "宋雅琴"):
        assert "秀英奖" in got.get(name, set()), name


def test_a_count_in_the_sentence_before_a_colonless_enumeration_vouches_for_it() -> None:
    text = (
        "日前，青川省又有2名民警被授予“全省公安系统二级英模”称号。\n"
        "此次被授予二级英模称号的民警分别是青川市公安局支队长林建华，以及南桥县公安局副局长周德明。\n"
    )
    got = honours_of(text)
    for name in ("林建华", "周德明"):
        assert "全省公安系统二级英模" in got.get(name, set()), name


# -- holders named after a counted group of an honour


def test_names_after_a_counted_group_of_an_honour_hold_it() -> None:
    text = (
        "会议授予六十名先进人物以“劳动英雄”称号。"
        "石油系统有四十名劳动英雄，其中包括林建华、周德明，“钢铁钻工”钱卫东，模范家属孙海燕等。\n"
    )
    got = honours_of(text)
    for name in ("林建华", "周德明", "钱卫东", "孙海燕"):
        assert "劳动英雄" in got.get(name, set()), name


def test_a_companion_named_in_the_group_sentence_is_no_holder() -> None:
    text = "石油系统有四十名劳动英雄，其中包括同老劳模王铁汉一起被誉为“三面红旗”的林建华、周德明、钱卫东等。\n"
    got = honours_of(text)
    assert "劳动英雄" in got.get("林建华", set())
    assert "劳动英雄" not in got.get("王铁汉", set())


# -- a run of names over items joined by semicolons


def test_a_run_of_names_in_items_that_do_not_close_on_a_name_shares_the_honour() -> None:
    text = (
        "在此次表彰中，青川机械厂技术中心、南桥纺织公司织造车间荣获“先进集体”称号；"
        "青川机械厂装配车间动力班组点检员林建华、南桥纺织公司织造车间挡车工周德明、"
        "青川供电公司运维班长钱卫东、青川农机站站长孙海燕荣获“青川市劳动模范”称号。\n"
    )
    got = honours_of(text)
    for name in ("林建华", "周德明", "钱卫东", "孙海燕"):
        assert "青川市劳动模范" in got.get(name, set()), name


def test_a_name_read_inside_the_next_ones_description_breaks_no_run() -> None:
    text = "青川钢铁公司点检员林建华、热轧作业区电焊工周德明"
    found = [Mention("林建华", 9, 12, "text"), Mention("区电焊", 17, 20, "text"), Mention("周德明", 21, 24, "text")]
    assert [m.name for m in run_names(text, found)] == ["林建华", "周德明"]


RUN_WITH_POSTS = (
    "此次表彰中，青川机务段运用车间“先锋号”机车组司机长林建华，青川工务段线路车间工长周德明，"
    "青川车辆段“红旗号”机车组党支部书记、司机长钱卫东等30名个人荣获青川市劳动模范称号。\n"
)


def test_quoted_crew_names_and_posts_joined_by_a_pause_mark_keep_a_run_whole() -> None:
    got = honours_of(RUN_WITH_POSTS)
    for name in ("林建华", "周德明", "钱卫东"):
        assert "青川市劳动模范" in got.get(name, set()), name


def test_two_names_joined_by_a_pause_mark_share_the_honour_their_verb_names() -> None:
    text = (
        "记者了解到，青川海洋研究所所长林建华、青川渔政总队“海巡0371”船政委周德明荣获“全国五一劳动奖章”；"
        "青川渔业应急指挥中心荣获“全国工人先锋号”。\n"
    )
    got = honours_of(text)
    for name in ("林建华", "周德明"):
        assert "全国五一劳动奖章" in got.get(name, set()), name


def test_a_pair_apart_from_the_honours_verb_shares_nothing() -> None:
    text = "青川研究所所长林建华、青川渔政总队政委周德明出席仪式，并为荣获“全国五一劳动奖章”的钱卫东颁奖。\n"
    got = honours_of(text)
    assert "全国五一劳动奖章" not in got.get("林建华", set())


GENDER_ROLL = (
    "青川区第三届“最美护林员”名单揭晓。\n"
    "青川区最美护林员(4人)\n"
    "郑秀英(女) 青川区国有林场\n"
    "冯建国(男) 南桥镇林业站\n"
    "邹 敏(女) 青川绿源生态保护有限公司\n"
    "韩立军(男) 北山林区管护站\n"
)


def test_a_name_with_its_gender_in_brackets_then_a_unit_is_a_list_line() -> None:
    person = parse_list_line("冯建国(男) 南桥镇林业站")
    assert person is not None
    assert (person.name, person.unit, person.marks) == ("冯建国", "南桥镇林业站", ["男"])


def test_a_padded_name_with_its_gender_in_brackets_is_one_name() -> None:
    person = parse_list_line("邹 敏(女) 青川绿源生态保护有限公司")
    assert person is not None
    assert person.name == "邹敏"


def test_every_gender_marked_line_under_the_heading_holds_its_honour() -> None:
    got = honours_of(GENDER_ROLL)
    for name in ("郑秀英", "冯建国", "邹敏", "韩立军"):
        assert any("最美护林员" in t for t in got.get(name, set())), name


LISTED_HOLDERS = (
    "青川区荣获2023年度青川市“优秀志愿者”称号的4位个人来自不同行业；"
    "包括青川区南桥税务师事务所有限公司总经理孙立平，青川中学副校长周慧敏，"
    "南桥镇社区卫生服务中心医生吴雅静，全国残运会女子100米仰泳冠军郑晓雯。\n"
)


def test_a_list_readers_honour_given_at_each_item_does_not_split_the_run() -> None:
    got = honours_of(LISTED_HOLDERS)
    assert any("优秀志愿者" in t for t in got.get("郑晓雯", set()))


COUNTED_AFTER_PUBLISHED_LIST = (
    "近日，2023年度青川市首席技师名单公布。经逐级推荐、评审，全市共评选出20名首席技师，"
    "其中3名农工党党员入选。这三名党员分别是青川机床厂车工技师孙立平，"
    "青川职业技术学院副教授周慧敏，青川精工机械有限公司董事长吴德海。\n"
)


def test_a_counted_enumeration_takes_the_honour_of_the_list_published_before_it() -> None:
    got = honours_of(COUNTED_AFTER_PUBLISHED_LIST)
    for name in ("孙立平", "周慧敏", "吴德海"):
        assert "青川市首席技师" in got.get(name, set()), name


def test_a_published_list_of_candidates_names_no_honour() -> None:
    text = COUNTED_AFTER_PUBLISHED_LIST.replace("首席技师名单公布", "首席技师候选人名单公布").replace(
        "全市共评选出20名首席技师，", ""
    )
    got = honours_of(text)
    assert not any(got.get(name) for name in ("孙立平", "周慧敏", "吴德海"))


STANDOUT = (
    "在青川市总工会组织开展的“青川工匠”选树活动中，青川精工机械有限公司钳工高级技师孙立平、"
    "青川鞋业公司鞋样设计师周慧敏、青川供电公司检修技师吴德海等一批一线职工脱颖而出。\n"
)


def test_a_run_closed_by_deng_that_stands_out_in_a_selection_holds_its_honour() -> None:
    got = honours_of(STANDOUT)
    for name in ("孙立平", "周慧敏", "吴德海"):
        assert "青川工匠" in got.get(name, set()), name


def test_the_honour_a_selection_is_for_goes_to_the_names_that_stand_out() -> None:
    text = "今年所评选的是第三批青川市首席技师，孙立平等18人从90名初选人选中脱颖而出。\n"
    assert "青川市首席技师" in honours_of(text).get("孙立平", set())


def test_a_run_named_holders_of_a_bare_award_takes_its_series_named_before() -> None:
    text = (
        "今年共选出8名“青川工匠”和3名“青川工匠”提名奖获得者。孙立平、周慧敏、吴德海等8位匠人荣获“青川工匠”称号，"
        "郑晓雯、冯建国、韩立军等三人为提名奖获得者。\n"
    )
    got = honours_of(text)
    for name in ("郑晓雯", "冯建国", "韩立军"):
        assert "青川工匠提名奖" in got.get(name, set()), name


def test_a_unit_word_holding_an_award_character_does_not_break_a_run() -> None:
    # 选矿分公司 and 粗选作业区 hold 选, yet neither is an award verb (入选 / 评选) between two names
    text = (
        "青钢股份有限公司炼钢总厂转检二作业区转炉动力班组主机动力点检员周立新、"
        "青钢股份有限公司冷轧厂三分厂热处理作业区连退机组电气点检组电气点检员韩德胜、"
        "南桥北营钢铁(集团)股份有限公司炼钢厂炼钢二作业区1号转炉炉长邹明亮、"
        "南钢集团矿业有限公司选矿分公司粗选作业区生产乙班倒班作业长高建华、"
        "南桥钢铁(集团)矿业有限责任公司青山铁矿汽车作业区设备组组长罗志强、"
        "青钢集团千山矿业有限责任公司设备管理室设备综合点检员陶永刚、"
        "青钢建设集团有限公司机电安装工程分公司热轧工区电焊班组班长罗志明、"
        "青钢实业集团有限公司冶金资源再生利用分公司加工作业区副作业长丁海涛荣获“中央企业劳动模范”称号。"
    )
    got = honours_of(text)
    for name in ("周立新", "韩德胜", "邹明亮", "高建华", "丁海涛"):
        assert "中央企业劳动模范" in got.get(name, set()), name


def test_a_bracketed_unit_with_a_bracket_of_its_own_is_the_listed_persons_unit() -> None:
    person = parse_list_line("罗文涛(宏达电子(昆山)有限公司)")
    assert person is not None
    assert (person.name, person.unit) == ("罗文涛", "宏达电子(昆山)有限公司")


def test_a_padded_name_before_a_long_bracketed_unit_and_post_is_one_name() -> None:
    person = parse_list_line("江 平(常州精工科技有限公司研发中心首席工程师/研发中心总监)")
    assert person is not None
    assert person.name == "江平"


def test_every_line_of_a_name_and_bracketed_unit_list_holds_its_honour() -> None:
    text = (
        "会议命名表彰了4名第三届“太湖工匠”。\n"
        "第三届“太湖工匠”名单\n"
        "丁海涛(无锡华光锅炉股份有限公司)\n"
        "韩 洁(江阴兴澄特种钢铁有限公司技术中心首席工程师/技术中心主任)\n"
        "罗文涛(宏达电子(昆山)有限公司)\n"
        "钱志刚(宜兴市精密陶瓷厂)\n"
    )
    got = {p["name"]: p for p in extract_text(text)["people"]}
    assert {"丁海涛", "韩洁", "罗文涛", "钱志刚"} <= set(got)
    assert "太湖工匠" in {h["title"] for h in got["韩洁"]["honors"]}
    assert got["罗文涛"]["employers"] == ["宏达电子(昆山)有限公司"]


def test_names_that_go_on_a_list_just_announced_hold_its_honour() -> None:
    text = (
        "12月20日，经职工投票和评委评审，某化工公司“最美一线职工”名单揭晓，聚合车间班长王建军、"
        "动力车间电工李海燕、检修车间钳工赵立新3名职工上榜。"
    )
    got = honours_of(text)
    for name in ("王建军", "李海燕", "赵立新"):
        assert any("最美一线职工" in t for t in got.get(name, set())), name


def test_names_said_to_be_on_the_list_of_the_sentence_before_hold_its_honour() -> None:
    got = honours_of("近日，市人社局公布了第五批“金牌技师”名单。我县的刘长河、孙玉梅榜上有名。")
    assert got.get("刘长河") == {"金牌技师"} and got.get("孙玉梅") == {"金牌技师"}


@pytest.mark.usefixtures("person_gate_off")
def test_names_after_a_list_that_are_not_said_to_be_on_it_hold_nothing() -> None:
    assert honours_of("近日，市人社局公布了第五批“金牌技师”名单。我县的刘长河、孙玉梅参加了培训。") == {}


def test_names_on_a_published_list_hold_the_honour_the_list_is_named_for() -> None:
    text = "近日，市政府办公室公布了第十二批滨州市首席技师名单。我区的高长河、孙玉梅榜上有名，涉及机械加工行业。"
    got = honours_of(text)
    assert got.get("高长河") == {"滨州市首席技师"} and got.get("孙玉梅") == {"滨州市首席技师"}


def test_two_names_each_with_a_trailing_title_share_the_honour_of_their_verb() -> None:
    text = "我校医学院 王立新 教授、附属医院 陈海燕 教授荣获“2014年江州市先进工作者”荣誉称号。"
    assert honours_of(text) == {"王立新": {"江州市先进工作者"}, "陈海燕": {"江州市先进工作者"}}


def test_a_run_of_names_with_trailing_titles_shares_the_honour() -> None:
    text = (
        "江州市人民医院 周建平 主任医师、江州一中 孙红梅 高级教师、江州农科所 郑国强 高级农艺师被评为江州市劳动模范。"
    )
    assert honours_of(text) == {n: {"江州市劳动模范"} for n in ("周建平", "孙红梅", "郑国强")}


HEADLINE_RUN = (
    "周立新、吴海涛等建材业12人被评为全国劳模\n"
    "2010年建材系统受表彰的全国劳动模范共有12人。"
    "江州建材集团有限公司董事长周立新,江州玻璃股份有限公司副总裁吴海涛,"
    "江州水泥有限公司烧成工段工段长郑国平,江州复合材料有限公司拉丝工孙建军。\n"
)


def test_a_bare_run_of_names_shares_the_title_two_of_its_members_hold_from_the_headline() -> None:
    found = honours_of(HEADLINE_RUN)
    assert found["郑国平"] == {"全国劳动模范"} and found["孙建军"] == {"全国劳动模范"}


@pytest.mark.usefixtures("person_gate_off")
def test_a_bare_run_with_one_member_honoured_elsewhere_shares_nothing() -> None:
    text = (
        "周立新被评为全国劳模\n"
        "座谈会上,江州建材集团有限公司董事长周立新,江州玻璃股份有限公司副总裁吴海涛,"
        "江州水泥有限公司烧成工段工段长郑国平,江州复合材料有限公司拉丝工孙建军。\n"
    )
    assert "郑国平" not in honours_of(text)


def test_a_professional_title_written_after_each_name_keeps_the_run_whole() -> None:
    text = (
        "市卫生局决定授予市第一人民医院眼科李建华副主任医师、新沂市人民医院陶志强副主任医师、"
        "沛县人民医院孟丽君主管护师3位同志全市“健康卫士楷模”荣誉称号。"
    )
    holders = {p["name"] for p in extract_text(text)["people"] if p["honors"]}
    assert holders == {"李建华", "陶志强", "孟丽君"}


def test_a_clause_after_a_name_still_breaks_the_run() -> None:
    text = "市卫生局授予李建华副主任医师“健康卫士楷模”称号，陶志强主任带队参加了会议、孟丽君主持。"
    holders = {p["name"] for p in extract_text(text)["people"] if p["honors"]}
    assert holders == {"李建华"}


COUNTED_LABELS = (
    "会上宣读了表彰决定，表彰先进党支部2个，机械系党支部、化工系党支部，优秀共产党员4名，"
    "韦小燕、阎志刚、欧阳明辉、潮小李，优秀党务工作者2名，何静、阮丽萍。"
)


def _titles_by_name(text: str) -> dict[str, list[str]]:
    return {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}


def test_a_counted_honour_gives_the_run_of_names_after_it() -> None:
    got = _titles_by_name(COUNTED_LABELS)
    assert got.get("阎志刚") == ["优秀共产党员"]
    assert got.get("阮丽萍") == ["优秀党务工作者"]


def test_the_count_vouches_for_a_name_the_rules_do_not_know() -> None:
    assert _titles_by_name(COUNTED_LABELS).get("潮小李") == ["优秀共产党员"]


def test_a_run_of_another_length_than_its_count_gives_nothing() -> None:
    text = COUNTED_LABELS.replace("优秀共产党员4名", "优秀共产党员5名")
    assert "优秀共产党员" not in _titles_by_name(text).get("阎志刚", [])


def test_units_after_a_counted_collective_honour_are_no_people() -> None:
    got = _titles_by_name(COUNTED_LABELS)
    assert "机械系党支部" not in got and "化工系党支部" not in got


def test_an_honour_written_before_a_bare_pair_describes_both_names() -> None:
    got = honours_of("节前，县总工会走访慰问全国劳动模范韩立群、邵德明，询问他们的身体状况。")
    assert got.get("韩立群") == {"全国劳动模范"}
    assert got.get("邵德明") == {"全国劳动模范"}


def test_a_pair_whose_second_name_has_its_own_description_does_not_share() -> None:
    got = honours_of("节前，县总工会走访慰问全国劳动模范韩立群、记者邵德明，询问他们的身体状况。")
    assert got.get("韩立群") == {"全国劳动模范"}
    assert "全国劳动模范" not in got.get("邵德明", set())


# --- speed gates: a cheap test in front of a costly pattern must let every match of it through


def test_the_counted_label_gate_admits_every_counted_label() -> None:
    for text in (
        "表彰优秀共产党员6名，甲某、乙某",
        "评出劳动模范 三 位：丙某、丁某、戊某",
        "优秀党务工作者2人,庚某、辛某",
    ):
        assert COUNTED_LABEL_RE.search(text), text
        assert COUNTED_LABEL_GATE_RE.search(text), text


def test_the_counted_label_gate_turns_away_a_sentence_without_a_counted_label() -> None:
    assert not COUNTED_LABEL_GATE_RE.search("全厂三百名职工参加了技能比武。")


def test_every_word_an_on_list_clause_closes_on_opens_the_gate() -> None:
    for text in ("甲某、乙某等10名青工上榜", "我区的丙某榜上有名", "丁某名列其中"):
        m = ON_LIST_RE.search(text)
        assert m is not None, text
        assert any(w in m.group() for w in ON_LIST_WORDS), text


def test_a_counted_label_run_still_gives_each_name_the_honour() -> None:
    got = honours_of("公司决定，表彰优秀共产党员3名，林秀娟、周美华、钱丽萍，希望受表彰者再接再厉。")
    for name in ("林秀娟", "周美华", "钱丽萍"):
        assert any("优秀共产党员" in t for t in got.get(name, set())), name


# a table flattened to one cell a line: a border line (|) stands between each heading and its names
BORDERED_ROLL = (
    "为表彰先进，共青团南江市委员会决定授予以下同志荣誉称号。\n"
    "|\n"
    "南江市优秀志愿者\n"
    "|\n"
    "柯雪梅、杜明远、邵佳琪、殷浩然\n"
    "|\n"
    "共青团南江市委员会\n"
)


def test_a_table_border_line_does_not_hide_the_heading_of_a_roll() -> None:
    got = honours_of(BORDERED_ROLL)
    for name in ("柯雪梅", "杜明远", "邵佳琪", "殷浩然"):
        assert "南江市优秀志愿者" in got.get(name, set()), name


def test_two_counted_groups_joined_by_he_share_the_verbs_honour() -> None:
    # 甲、乙等13名老师和丙、丁、戊3名同学被…授予X: both groups are one run under the verb
    got = honours_of("柯志远、殷红梅等13名老师和于泳、邵家宝、童永泉3名同学被团省委授予“南江市优秀志愿者”荣誉称号。")
    for name in ("柯志远", "殷红梅", "于泳", "邵家宝", "童永泉"):
        assert "南江市优秀志愿者" in got.get(name, set()), name


def test_a_run_of_department_name_doctor_items_shares_the_honour() -> None:
    # 某科张某医生、某科李某医生、…获授X: 医生 after each name is that name's own title, not a clause
    text = (
        "本报讯 4位医生获授2020年“上海好医生”称号。"
        "市第一人民医院心脏外科罗振邦医生、市中医医院呼吸科苗秀兰医生、市儿童医院眼科韩立群医生获授2020年“上海好医生”。"
    )
    held = honours_of(text)
    assert {name for name, titles in held.items() if "上海好医生" in titles} == {"罗振邦", "苗秀兰", "韩立群"}


SECTOR_ROLL = "2024年全国五一劳动奖章获得者（部分）\n韩立军（航天）、邵德明（铁路）、罗小燕（电力）、黄志勇（港口）\n"


def test_names_with_a_sector_note_each_hold_the_headings_honour() -> None:
    got = honours_of(SECTOR_ROLL)
    for name in ("韩立军", "邵德明", "罗小燕", "黄志勇"):
        assert "全国五一劳动奖章" in got.get(name, set()), name


def test_a_sector_note_names_no_unit_but_a_company_in_the_note_does() -> None:
    text = "某某纺织有限公司"
    line = f"裴秀兰（女，{text}）、汤国庆（铁路）"
    r = roll_line(line, 0, len(line))
    assert r is not None
    assert [(n, note) for n, _, note in r.items] == [("裴秀兰", text), ("汤国庆", None)]


def test_a_photo_position_note_makes_no_roll_line() -> None:
    line = "裴秀兰（左一）、汤国庆（右二）"
    assert roll_line(line, 0, len(line)) is None
