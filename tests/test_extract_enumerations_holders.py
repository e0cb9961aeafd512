"""Enumerations of described honourees in selection news (session 13, enum18): the holders'
openers (荣获…称号的是：, 这10位…是：), descriptive nouns before the unit, brackets after the
name, an opener line with one entry a line, and comma items whose posts are joined by 、."""

from __future__ import annotations

from loaders.extract.awards import _enumeration_items, split_person_item
from loaders.extract.entries import laudation_entries
from loaders.extract.names import _counted_lists
from loaders.extract.openers import HOLDERS_OPEN_RE
from tests.conftest import people_of

# --- the openers (loaders.extract.openers)


def test_holders_opener_after_the_honour_with_a_sorting_note() -> None:
    m = HOLDERS_OPEN_RE.search("荣获本届“全省十大杰出青年”称号的是(按姓氏笔划排序):某县农机站站长甲某；")
    assert m is not None and m.group().endswith(":")


def test_holders_opener_with_a_head_count() -> None:
    assert HOLDERS_OPEN_RE.search("这8位优秀青年是：某公司员工甲某，") is not None


def test_holders_opener_needs_the_colon() -> None:
    # 这10名青年是从…推报的人选中产生的: a statement about them, no list
    assert HOLDERS_OPEN_RE.search("据介绍，这10名杰出青年是从各省级团委推报的44名人选中产生的。") is None


# --- laudation entries (loaders.extract.entries)


def test_laudation_entry_drops_descriptive_nouns_before_the_unit() -> None:
    entries = laudation_entries("在信息产业中取得优异成绩的民营企业家、黑龙江省某某集团有限公司董事长兼总裁邓立伟；")
    assert entries == [("邓立伟", "黑龙江省某某集团有限公司", "黑龙江省某某集团有限公司", ["董事长", "总裁"])]


def test_laudation_entry_glued_epithet_before_the_place_is_no_unit() -> None:
    entries = laudation_entries("誓死奋战在排爆第一线的不倒英雄武汉市公安局特警大队副大队长毛建国；")
    assert [(e[0], e[1]) for e in entries] == [("毛建国", "武汉市公安局特警大队")]


def test_laudation_entry_brand_before_the_place_stays() -> None:
    entries = laudation_entries("扎根电网一线的国网山东省电力公司检修班班长公海林；")
    assert entries and entries[0][1].startswith("国网山东省电力公司")


def test_laudation_entry_quoted_epithet_is_no_unit() -> None:
    entries = laudation_entries("球队的“场上灵魂”、亚洲足联“最佳球员”、某省女子足球队队长孙丽雯(女)；")
    assert [(e[0], e[1]) for e in entries] == [("孙丽雯", "某省女子足球队")]


def test_laudation_entry_mark_with_a_comma_after_the_name() -> None:
    entries = laudation_entries("扎根山区默默耕耘的湖南省某县塘溪乡中心小学教师盘玉梅(女，瑶族)；")
    assert [(e[0], e[3]) for e in entries] == [("盘玉梅", ["教师"])]


def test_laudation_list_after_a_holders_opener() -> None:
    text = (
        "日前，第九届“全省十大杰出青年”评选揭晓。荣获本届“全省十大杰出青年”称号的是(按姓氏笔划排序):"
        "扎根基层的某县人民医院副院长王建平；"
        "锐意改革的某某钢铁有限公司董事长丁国强；"
        "默默奉献的某市第一中学教师李秀英(女)。"
    )
    people = people_of(text)
    assert set(people) >= {"王建平", "丁国强", "李秀英"}
    assert [h["title"] for h in people["丁国强"]["honors"]] == ["全省十大杰出青年"]
    assert people["丁国强"]["employers"] == ["某某钢铁有限公司"]


def test_laudation_item_words_of_praise_are_no_honour() -> None:
    text = (
        "日前，第九届“全省十大杰出青年”评选揭晓。荣获本届“全省十大杰出青年”称号的是:"
        "北大毕业的村支书、农民致富带头人、某县茅塘镇石门村党支部书记吴立修；"
        "锐意改革的某某钢铁有限公司董事长丁国强；"
        "默默奉献的某市第一中学教师李秀英(女)。"
    )
    titles = [h["title"] for h in people_of(text)["吴立修"]["honors"]]
    assert titles == ["全省十大杰出青年"]


def test_laudation_list_one_entry_a_line_after_the_opener_line() -> None:
    text = (
        "由团省委主办的第九届全省十大杰出青年评选活动昨日揭晓。\n"
        "荣获本届全省十大杰出青年称号的是：\n"
        "矢志创新的某某微电子有限公司董事长邓明翰；\n"
        "挑战极限的某铁路建设指挥部指挥长吴国洲；\n"
        "服务三农的某某饲料集团有限公司董事长陈立丹。\n"
    )
    people = people_of(text)
    assert set(people) >= {"邓明翰", "吴国洲", "陈立丹"}
    assert people["吴国洲"]["positions"][0]["title"] == "指挥长"


# --- comma enumerations (loaders.extract.awards, loaders.extract.names)


def test_comma_items_keep_posts_joined_by_a_pause_mark() -> None:
    body = "某某电器股份有限公司员工王先进，某大学化工学院院长、教授陈建明，某某集团有限公司总裁陆国信"
    items = [item for item, _ in _enumeration_items(body, 0)]
    assert items[1] == "某大学化工学院院长、教授陈建明"
    assert len(items) == 3


def test_pause_mark_list_stays_split_at_the_pause_mark() -> None:
    items = [item for item, _ in _enumeration_items("王先进、陈建明、陆国信", 0)]
    assert items == ["王先进", "陈建明", "陆国信"]


def test_counted_list_counts_comma_items_after_a_head_count_opener() -> None:
    text = "这3位优秀青年是：某公司员工王先进，某大学化工学院院长、教授陈建明，某集团有限公司总裁陆国信。"
    pieces = [[text[a:b] for a, b in ps] for ps in _counted_lists(text)]
    assert ["某公司员工王先进", "某大学化工学院院长、教授陈建明", "某集团有限公司总裁陆国信"] in pieces


def test_comma_list_after_a_head_count_opener_holds_the_honour() -> None:
    text = (
        "昨天，10位优秀青年代表挂上第八届“全省十大杰出青年”奖牌。"
        "这3位杰出青年是：某某电器股份有限公司员工王先进，某大学化工学院院长、教授陈建明，"
        "某某集团有限公司总裁陆国信。"
    )
    people = people_of(text)
    assert [h["title"] for h in people["陈建明"]["honors"]] == ["全省十大杰出青年"]
    assert people["陆国信"]["employers"] == ["某某集团有限公司"]


# --- 的包括 with a note on the order (loaders.extract.relations, loaders.extract.awards)


def test_holders_after_include_and_an_order_note_is_no_part_of_the_unit() -> None:
    text = (
        "第十届全市十大杰出青年评选昨日揭晓。当选本届全市十大杰出青年的包括(按得票多少为序)"
        "某市电信局营销管理员李文森、某省人民医院副院长耿庆丰、某某音响器材有限公司董事长王锐明。"
    )
    people = people_of(text)
    assert people["李文森"]["employers"] == ["某市电信局"]
    assert [h["title"] for h in people["耿庆丰"]["honors"]] == ["全市十大杰出青年"]


def test_holders_opener_after_an_anaphor_and_a_head_count() -> None:
    assert HOLDERS_OPEN_RE.search("获此殊荣的15名青年是：某村党支部书记耿某，") is not None


# --- runs of laudation items with no opener, headed in the lead (loaders.extract.entries)

HEADED_RUN = (
    "4月29日，某省交通年度人物报告会举行。某某轨道客车股份有限公司装调工罗立强等{n}名个人荣获"
    "“2018年感动交通年度人物”称号；某海事局船员管理处处长牛百川等3名个人荣获“2018年感动交通特别致敬人物”称号。"
    "报告会上，一段段动人的故事感动了观众。"
    "打造高铁“金名片”，被称为大国工匠的某车公司装调工的罗立强；"
    "在高原坚守二十八年的西藏某公路养路工张国栋；"
    "曾走进中南海、心系家乡果的山西快递小哥黄志斌；"
    "忙一个人、暖一座村的福建三明公交驾驶员刘思思；"
    "扎根海丝古港、筑梦海上丝路的某港口斯里兰卡团队……，他们的感人事迹让观众动容。"
)


def test_headed_run_gives_the_heads_honour_to_every_item() -> None:
    people = people_of(HEADED_RUN.format(n=10))
    for name in ("张国栋", "黄志斌", "刘思思"):
        assert "感动交通年度人物" in [h["title"] for h in people[name]["honors"]], name


def test_headed_run_needs_a_count_that_covers_the_run() -> None:
    # 等2名: the head's group is smaller than the run, so the run is not the group
    people = people_of(HEADED_RUN.format(n=2))
    assert "感动交通年度人物" not in [h["title"] for h in people.get("黄志斌", {}).get("honors", [])]


# --- a name with a middle dot closing an item (loaders.extract.awards)


def test_item_closing_on_a_dotted_name_gives_unit_and_post() -> None:
    assert split_person_item("新疆某电视台副台长伊力汗·奥斯曼") == (
        "伊力汗·奥斯曼",
        "新疆某电视台",
        "新疆某电视台",
        "副台长",
        None,
    )


def test_dotted_name_needs_a_post_before_it() -> None:
    assert split_person_item("来自新疆的伊力汗·奥斯曼")[0] is None


def test_this_edition_is_the_one_the_text_names_with_the_series() -> None:
    text = (
        "第16届“全省十大杰出青年”评选昨日揭晓。\n"
        "荣获本届全省十大杰出青年称号的是：\n"
        "矢志创新的某某微电子有限公司董事长邓明翰；\n"
        "挑战极限的某铁路建设指挥部指挥长吴国洲；\n"
        "服务三农的某某饲料集团有限公司董事长陈立丹。\n"
    )
    honours = people_of(text)["吴国洲"]["honors"]
    assert [(h["title"], h["edition"]) for h in honours] == [
        ("全省十大杰出青年", "第十六届")
    ]  # Arabic editions are written in Chinese numerals


def test_de_list_items_with_unit_and_post_hold_the_honour() -> None:
    text = (
        "第十届全市十大杰出青年评选昨日揭晓。当选本届全市十大杰出青年的包括(按得票多少为序)"
        "某市电信局营销管理员李文森、某省人民医院副院长耿庆丰(女)、某某钢铁有限公司总经理徐志民、"
        "某某音响器材有限公司董事长王锐明。"
    )
    people = people_of(text)
    assert [h["title"] for h in people["徐志民"]["honors"]] == ["全市十大杰出青年"]
    assert people["徐志民"]["employers"] == ["某某钢铁有限公司"]
