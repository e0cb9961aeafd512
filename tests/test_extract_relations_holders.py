"""Who holds an honour a sentence names for a group: the relation-stage readers of
loaders/extract/relations.py (holders after 的有, a head count closing a run of names, examples after
如, a medal handed with a title, a place's share of a higher list) and the 在其列 trigger."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from tests.conftest import honours


def _honours(profile: dict[str, Any]) -> dict[str, list[str]]:
    return {p["name"]: [h["title"] for h in p.get("honors", [])] for p in profile["people"]}


NAMED_AFTER_DE_YOU = (
    "日前，晋江市总工会公布“晋江工匠”名单。被命名为“晋江工匠”的有福建恒安集团有限公司吴志强、"
    "晋江市金泰纺织有限公司许文彬、泉州港务集团有限公司洪德胜等20人。"
)


def test_every_name_of_a_unit_list_after_de_you_holds_the_honour() -> None:
    got = _honours(extract_text(NAMED_AFTER_DE_YOU))
    for name in ("吴志强", "许文彬", "洪德胜"):
        assert got.get(name) == ["晋江工匠"]


COUNTED_RUN = (
    "经过推荐申报、集中评审等环节，最终从全省职工中选出了国网青海省电力公司检修工程师马建军、"
    "青海盐湖工业股份有限公司电工李秀芳等10名青海省“最美职工”。"
)


def test_names_closed_by_a_head_count_hold_the_honour_that_follows_the_count() -> None:
    got = _honours(extract_text(COUNTED_RUN))
    assert got.get("李秀芳") == ["青海省最美职工"]


EXAMPLES_OF_HOLDERS = (
    "今年全省有300名职工获得“五一劳动奖章”。这些获奖者来自各行各业，"
    "如长沙公交集团售票员刘美华、湘潭钢铁集团有限公司炉前工张国庆等。"
)


def test_names_given_as_examples_of_the_holders_hold_the_articles_honour() -> None:
    got = _honours(extract_text(EXAMPLES_OF_HOLDERS))
    assert "五一劳动奖章" in got.get("刘美华", [])
    assert "五一劳动奖章" in got.get("张国庆", [])


EXAMPLES_WITHOUT_HOLDERS = (
    "公司重视技能培训，如长沙公交集团售票员刘美华、湘潭钢铁集团有限公司炉前工张国庆等都参加了培训。"
)


def test_examples_in_a_paragraph_that_speaks_of_no_holders_hold_no_honour() -> None:
    got = _honours(extract_text(EXAMPLES_WITHOUT_HOLDERS))
    assert not any(got.values())


IN_THEIR_RANKS = (
    "今年的“五一劳动奖章”授予了全国一千余名先进人物。"
    "长江航运集团船长赵明德、武汉理工大学副教授孙立平等知名人士的名字也在其列。"
)


def test_zai_qi_lie_gives_the_honour_named_before_to_the_names_of_its_clause() -> None:
    got = _honours(extract_text(IN_THEIR_RANKS))
    assert got.get("孙立平") and all("劳动奖章" in t for t in got["孙立平"])


MEDAL_WITH_TITLE = (
    "省劳动竞赛委员会、省总工会决定：授予李建华等30位同志2023年度江西省劳动竞赛先进个人，并颁发江西省五一劳动奖章。"
)


def test_a_medal_handed_with_a_granted_title_goes_to_the_same_people() -> None:
    got = _honours(extract_text(MEDAL_WITH_TITLE))
    assert "江西省五一劳动奖章" in got.get("李建华", [])


LOCAL_SHARE = """5·12护士节 我市3名护士获省级表彰
省卫生健康委决定授予100名护士“浙江省优秀护士”荣誉称号。其中，我市共有3名护士获表彰。
他们分别是：
温州优秀护士名单(3名)
陈晓燕 温州医科大学附属第一医院
周丽萍 温州市中心医院
林海燕 温州市人民医院
"""


def test_a_list_heading_with_a_place_below_the_honours_level_means_the_honour_named_in_full() -> None:
    got = _honours(extract_text(LOCAL_SHARE))
    for name in ("陈晓燕", "周丽萍", "林海燕"):
        assert got.get(name) == ["浙江省优秀护士"]


TWO_CLASSES = (
    "其中：江苏华耀机械制造有限公司葛兆星被评为江苏省卓越技师(A类)，盐城清迈信息科技有限公司许文彬、"
    "盐城市崇达石化机械有限公司陈文华和江苏福吉特有限公司肖玉旺等3名同志被评选为江苏省卓越技师(B类)。"
)


def test_a_second_frame_of_the_same_honour_gives_it_to_its_own_subjects_not_the_first_ones() -> None:
    got = _honours(extract_text(TWO_CLASSES))
    for name in ("葛兆星", "许文彬", "陈文华", "肖玉旺"):
        assert got.get(name) == ["江苏省卓越技师"]


HOLDERS_AFTER_DE_WEI = (
    "近日，全国妇联发布表彰决定，我省10名个人获评全国三八红旗手。\n"
    "获得全国三八红旗手荣誉称号的为：湘潭电机股份有限公司高级工程师刘美兰，"
    "岳阳市第一人民医院护士长陈慧芳，株洲市天元区实验小学教师龙秋萍。"
)


def test_every_entry_after_de_wei_holds_the_honour_before_it() -> None:
    got = _honours(extract_text(HOLDERS_AFTER_DE_WEI))
    for name in ("刘美兰", "陈慧芳", "龙秋萍"):
        assert got.get(name) == ["全国三八红旗手"]


WINNERS_ARE = (
    "本报讯 4月28日，全市庆祝五一国际劳动节大会召开。受表彰的全国五一劳动奖章获得者是"
    "烟台港集团有限公司装卸工王立新，山东大学机械工程学院教授孙晓东，万华化学集团股份有限公司技师赵永刚。"
)


def test_every_entry_after_huodezhe_shi_holds_the_medal_not_only_the_first() -> None:
    got = _honours(extract_text(WINNERS_ARE))
    for name in ("王立新", "孙晓东", "赵永刚"):
        assert got.get(name) == ["全国五一劳动奖章"]


def test_the_first_entry_after_huodezhe_shi_is_employed_by_its_own_unit() -> None:
    person = next(p for p in extract_text(WINNERS_ARE)["people"] if p["name"] == "王立新")
    assert person["employers"] == ["烟台港集团有限公司"]


COUNTED_NAME_LIST = (
    "宜昌12名省劳模赴汉领奖\n"
    "昨日上午，我市12名全省劳动模范起程前往武汉，参加湖北省2020年劳动模范和先进工作者表彰大会。\n"
    "附：名单\n"
    "王建国（宜昌市第一人民医院）\n李红梅（夷陵区龙泉镇中心学校）\n张德明（兴发集团）\n"
    "刘晓燕（枝江市农业农村局）\n陈志刚（宜昌港务集团）\n赵丽华（当阳市人民医院）\n"
    "孙长林（远安县茶叶专业合作社）\n周海波（宜都市公安局）\n吴秀英（秭归县脐橙合作社）\n"
    "郑国强（长阳县供电公司）\n冯春梅（五峰县民族中学）\n何建华（宜昌高新区管委会）\n"
)


def test_a_name_list_as_long_as_the_head_count_holds_the_counted_honour_of_the_named_province() -> None:
    got = _honours(extract_text(COUNTED_NAME_LIST))
    assert got.get("王建国") == ["湖北省劳动模范"]
    assert got.get("何建华") == ["湖北省劳动模范"]


def test_a_name_list_of_another_length_than_the_head_count_holds_nothing() -> None:
    shorter = COUNTED_NAME_LIST.replace("何建华（宜昌高新区管委会）\n", "")
    got = _honours(extract_text(shorter))
    assert not got.get("王建国")


COUNTED_INDIVIDUALS = (
    "大会授予宁夏建工集团有限公司等30个集体“建设宁夏贡献奖状”；"
    "宁夏电力公司检修工程师马志强等120名个人“建设宁夏贡献奖章”。"
)


def test_a_name_closed_by_a_count_of_individuals_holds_the_honour_after_the_count() -> None:
    got = _honours(extract_text(COUNTED_INDIVIDUALS))
    assert got.get("马志强") == ["建设宁夏贡献奖章"]


ATTACHED_NAME_LIST = (
    "关于表彰青川市最美女性的决定\n"
    "各县(市)区妇联：\n"
    "经过层层推荐选拔，市妇联决定授予周晓梅等三人2018年度“青川最美女性”荣誉称号。\n"
    "希望受表彰的先进个人珍惜荣誉，再接再厉。\n"
    "附件:2018年度“青川最美女性”名单\n"
    "青川市妇女联合会\n"
    "2018年3月6日\n"
    "附件\n"
    "青川最美女性名单\n"
    "(3名)\n"
    "周晓梅 青川市第三中学 教师\n"
    "林 芳 北山县林芳农业合作社 理事长\n"
    "何秀兰 青川市人民医院 护士长\n"
)


def test_a_count_line_under_the_list_heading_does_not_end_the_list() -> None:
    got = _honours(extract_text(ATTACHED_NAME_LIST))
    assert got.get("何秀兰") == ["青川最美女性"]


def test_an_attached_list_takes_the_count_of_the_decision_signed_above_it() -> None:
    person = next(p for p in extract_text(ATTACHED_NAME_LIST)["people"] if p["name"] == "林芳")
    assert [(h["title"], h["year"]) for h in person["honors"]] == [("青川最美女性", 2018)]


def test_a_list_without_a_decision_attaching_it_takes_no_count_from_the_text_before() -> None:
    # the same lines, but the text above names no attached list: the two parts stay apart
    text = ATTACHED_NAME_LIST.replace("附件:2018年度“青川最美女性”名单\n", "")
    got = _honours(extract_text(text))
    assert not got.get("何秀兰")


def test_a_counted_group_on_a_list_takes_the_list_honour_not_its_own_noun() -> None:
    # 甲、乙等5名浏阳工匠榜上有名: 浏阳工匠 says who they are; the list named before is the honour
    got = honours("近日，市总工会公布了2023年“长沙工匠”名单，彭立新、卢国强等5名浏阳工匠榜上有名。")
    for name in ("彭立新", "卢国强"):
        assert [(t, y) for t, y, _ in got[name]] == [("长沙工匠", 2023)]


def test_a_counted_group_under_its_honour_without_a_list_word_keeps_it() -> None:
    got = honours("大会评选出彭立新、卢国强等5名“长沙工匠”。")
    assert [t for t, _, _ in got["彭立新"]] == ["长沙工匠"]
