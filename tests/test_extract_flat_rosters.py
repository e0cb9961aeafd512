"""Rosters flattened onto one line (issue 8, session 13): a page that loses a table's line breaks
writes a whole 名单 as one run of blank-separated cells.  ``listrows.roster_cuts`` cuts the run back
into one row per person and ``document.parse_document`` hands the rows to the list readers as the
table's lines.  Every name, unit and place below is invented."""

from __future__ import annotations

from loaders.extract.awards import list_heading
from loaders.extract.document import parse_document
from loaders.extract.listrows import glued_name, parse_list_line, roster_cuts
from tests.conftest import people_of


def parts(text: str, *, grid: bool = False) -> list[tuple[str, str]] | None:
    cuts = roster_cuts(text, grid=grid)
    return None if cuts is None else [(text[c.start : c.end], c.kind) for c in cuts]


def test_a_name_first_run_is_cut_into_one_row_per_person_after_its_heading() -> None:
    line = (
        "“金牌职工”名单 张建业 临沂港务有限公司桥吊司机 李红英 临沂市中心医院护士长 王志成 临沂钢铁有限公司炼钢厂炉长"
    )
    assert parts(line) == [
        ("“金牌职工”名单", "heading"),
        ("张建业 临沂港务有限公司桥吊司机", "row"),
        ("李红英 临沂市中心医院护士长", "row"),
        ("王志成 临沂钢铁有限公司炼钢厂炉长", "row"),
    ]


def test_a_flattened_header_row_stays_one_row_before_the_people() -> None:
    line = "附件：优秀护士名单 姓名 单位 职务 周丽萍 滨州市人民医院 护士长 吴敏华 滨州市中医院 主管护师"
    assert parts(line) == [
        ("附件：优秀护士名单", "heading"),
        ("姓名 单位 职务", "row"),
        ("周丽萍 滨州市人民医院 护士长", "row"),
        ("吴敏华 滨州市中医院 主管护师", "row"),
    ]


def test_a_unit_first_run_ends_each_row_on_its_name() -> None:
    line = "荣获“最美教师”称号的教师有： 滨海大学教授 张文涛 滨海职业技术学院教师 高文明"
    assert parts(line) == [
        ("荣获“最美教师”称号的教师有：", "heading"),
        ("滨海大学教授 张文涛", "row"),
        ("滨海职业技术学院教师 高文明", "row"),
    ]


def test_prose_with_blanks_around_names_is_no_roster() -> None:
    # the clause goes on after the last name: 教授 is 柯某's, not a cell of the next row
    assert parts("我校医学院 金华平 教授、附属医院 柯开明 教授荣获“先进工作者”荣誉称号。") is None


def test_names_after_a_byline_label_are_no_roster() -> None:
    assert parts("作者：王鸿达 刘婧怡 张娟秀 来源：滨海日报") is None
    assert parts("（汤晶晶 何航宇 赵天成）") is None


def test_a_line_of_bare_names_is_cut_only_under_a_list() -> None:
    line = "兰玉芳 李金宝 叶 飞 张 云"
    assert parts(line) is None
    assert parts(line, grid=True) == [("兰玉芳", "row"), ("李金宝", "row"), ("叶 飞", "row"), ("张 云", "row")]


def test_a_name_glued_to_its_unit_is_read_off_the_cell() -> None:
    assert glued_name("郑九林永嘉县山坑乡后垟村党支部书记") == 3
    assert glued_name("李丽第二军医大学附属东方医院") == 2  # the unit opens on its ordinal
    assert glued_name("张璇上海交通大学医学院附属同仁医院") == 2  # …on a place
    assert glued_name("黄山市公安局") == 0  # a unit opening on a place is no name
    assert glued_name("张家港市第一人民医院院长") == 0


def test_a_list_line_that_glues_name_and_unit_gives_both() -> None:
    person = parse_list_line("徐亚琴(女)浙江东方教育集团董事长")
    assert person is not None
    assert (person.name, person.unit, person.post, person.marks) == ("徐亚琴", "浙江东方教育集团", "董事长", ["女"])


def test_a_place_led_unit_before_a_post_no_reader_knows_is_the_unit() -> None:
    person = parse_list_line("陆鑫林嘉兴市秀洲区新塍镇人民政府民政助理")
    assert person is not None
    assert (person.unit, person.post) == ("嘉兴市秀洲区新塍镇人民政府", "民政助理")
    # a status is no post: the unit alone (its workshop kept; the employer is read from it later)
    person = parse_list_line("刘美玲 山西天玉粮油食品有限公司包装车间工人")
    assert person is not None
    assert (person.unit, person.post) == ("山西天玉粮油食品有限公司包装车间", None)


def test_the_document_hands_the_cut_rows_to_the_list_readers_as_rows() -> None:
    doc = parse_document(
        "今年评出十佳职工。“金牌职工”名单 张建业 临沂港务有限公司桥吊司机 李红英 临沂市中心医院护士长\n"
    )
    kinds = [(s.text, s.kind) for a in doc.articles for s in a.sentences]
    assert ("张建业 临沂港务有限公司桥吊司机", "row") in kinds
    assert ("李红英 临沂市中心医院护士长", "row") in kinds


def test_each_person_of_a_flattened_roster_gets_unit_post_and_the_heading_honour() -> None:
    text = (
        "本报讯 近日，临沂市总工会公布2016年度“临沂金牌职工”名单，5名一线职工入选。"
        "“临沂金牌职工”名单 张建业 临沂港务有限公司桥吊司机 李红英 临沂市中心医院护士长 "
        "王志成 临沂钢铁有限公司炼钢厂炉长\n"
    )
    people = people_of(text)
    assert set(people) == {"张建业", "李红英", "王志成"}
    assert people["李红英"]["employers"] == ["临沂市中心医院"]
    assert [p["title"] for p in people["李红英"]["positions"]] == ["护士长"]
    assert people["张建业"]["employers"] == ["临沂港务有限公司"]  # not the unit of the row before
    assert all(h["title"] == "临沂金牌职工" for p in people.values() for h in p["honors"])


def test_a_page_flattened_into_one_line_of_prose_keeps_its_glued_roster() -> None:
    # the normaliser reads a blank between two long cells as a comma; a comma before a name glued to
    # its unit still parts two rows
    text = (
        "滨海市首次开展的“十大时代先锋”评选活动日前揭晓。 评选活动从6月8日启动以来，全市共有150万人次参与了投票活动，"
        "最终评选出“十大时代先锋”。 市“十大时代先锋”名单 郑九林永嘉县山坑乡后垟村党支部书记 "
        "王法德湖州市公安局吴兴区分局月河派出所副所长 朱汉清省公路管理局总工程师 来源：滨海日报\n"
    )
    people = people_of(text)
    assert {"郑九林", "王法德", "朱汉清"} <= set(people)
    assert people["王法德"]["employers"] == ["湖州市公安局吴兴区分局月河派出所"]
    assert [p["title"] for p in people["朱汉清"]["positions"]] == ["总工程师"]
    assert "来源" not in people


def test_a_grid_of_names_under_a_numbered_heading_holds_its_honour() -> None:
    text = (
        "关于表彰全市关心下一代工作先进工作者的决定\n"
        "一、关心下一代工作先进工作者\n"
        "兰玉芳 李金宝 缪延平 陈 忠\n"
        "廖济民 李烈华 叶 飞 张 云\n"
    )
    people = people_of(text)
    assert {"李金宝", "缪延平", "陈忠", "廖济民", "李烈华", "叶飞", "张云"} <= set(people)
    assert all(h["title"].endswith("关心下一代工作先进工作者") for p in people.values() for h in p["honors"])


def test_a_grid_of_proposed_names_is_left_whole() -> None:
    text = "关于“滨海工匠”建议人选的公示\n一、“滨海工匠”建议人选（按姓氏笔画排序）\n王小满 李振宇 张卓远 赵忠民\n"
    doc = parse_document(text)
    assert not any(s.kind == "row" for a in doc.articles for s in a.sentences)


def test_professional_titles_after_a_post_in_a_list_cell_are_no_posts() -> None:
    # a list's 职务、职称 column: the post stays, the professional title after it goes
    person = parse_list_line("李春华 蓟州区农业局蔬菜技术服务站副站长、高级农艺师")
    assert person is not None and person.post == "副站长"
    person = parse_list_line("杨德义 滨海大学材料学院硅材料实验室副主任、教授")
    assert person is not None and person.post == "副主任"
    # two posts stay; a title that is the only post given stays
    person = parse_list_line("张国庆 滨海港务集团有限公司董事长、党委书记")
    assert person is not None and person.post == "董事长、党委书记"
    person = parse_list_line("李振华 滨海大学教授")
    assert person is not None and person.post == "教授"


def test_each_group_of_a_flattened_decision_takes_its_own_heading() -> None:
    line = (
        "滨海市五一劳动奖状（2个） 滨海港务集团有限公司，滨海市第一人民医院，滨海市五一劳动奖章（2名） "
        "张建业 滨海港务集团有限公司桥吊司机 李红英 滨海市中心医院护士长"
    )
    assert parts(line) == [
        ("滨海市五一劳动奖状（2个） 滨海港务集团有限公司，滨海市第一人民医院，", "heading"),
        ("滨海市五一劳动奖章（2名）", "heading"),
        ("张建业 滨海港务集团有限公司桥吊司机", "row"),
        ("李红英 滨海市中心医院护士长", "row"),
    ]


def test_a_header_cell_of_joined_column_names_is_a_header() -> None:
    line = "2021年度滨海市三八红旗手名单 姓名 单位职务、职称 周丽萍 滨海市人民医院护理部主任、主任护师 郑红霞 滨海农商银行营业部主任"
    assert parts(line) == [
        ("2021年度滨海市三八红旗手名单", "heading"),
        ("姓名 单位职务、职称", "row"),
        ("周丽萍 滨海市人民医院护理部主任、主任护师", "row"),
        ("郑红霞 滨海农商银行营业部主任", "row"),
    ]
    people = people_of(line + "\n")
    assert {"周丽萍", "郑红霞"} <= set(people)
    assert [p["title"] for p in people["周丽萍"]["positions"]] == ["主任"]


def test_two_grids_of_names_each_hold_their_own_list_honour() -> None:
    # one name of a cut roster line heads no section: the first list's honour does not reach the
    # second list, and a 提名奖 list is a list of honourees too
    text = (
        "2013年“最美滨海人”评选结果的公告\n"
        "一、2013年“最美滨海人”名单(6个，按姓氏笔画排序，事迹详见2013年8月29日《滨海日报》第3版或滨海新闻网专题网页)\n"
        "王 强 王玉玲 牛秀丽\n"
        "朱义兵 闫见海 周丽君\n"
        "二、2013年“最美滨海人”提名奖名单(3个，按姓氏笔画排序)\n"
        "王开付 王书勤 韦谞深\n"
    )
    people = people_of(text)
    first = {"王强", "王玉玲", "牛秀丽", "朱义兵", "闫见海", "周丽君"}
    second = {"王开付", "王书勤", "韦谞深"}
    assert first | second <= set(people)
    assert all("最美滨海人" in [h["title"] for h in people[n]["honors"]] for n in first)
    assert all([h["title"] for h in people[n]["honors"]] == ["最美滨海人提名奖"] for n in second)


def test_two_single_characters_alone_are_one_padded_name() -> None:
    assert parts("李培俊 杨全鸿 岐 欢", grid=True) == [("李培俊", "row"), ("杨全鸿", "row"), ("岐 欢", "row")]


def test_a_long_note_after_a_list_heading_does_not_hide_its_honour() -> None:
    line = "一、2013年“最美滨海人”名单(20个，按姓氏笔画排序，事迹详见2013年8月29日《滨海日报》第3版或滨海新闻网、滨海网专题网页)"
    assert list_heading(line) == "2013年“最美滨海人”"
    assert (
        list_heading(
            "据悉，名单中的20人来自全市各行各业，事迹详见2013年8月29日《滨海日报》第3版或滨海新闻网、滨海网专题网页。"
        )
        is None
    )


PADDED_ROWS = (
    "获得第48届南丁格尔奖章的中国护士为:\n"
    "邵秀英 中日友好医院护理部主任\n"
    "甘   立 山西医科大学第一医院副院长兼护理部主任\n"
    "蒋卫东 吉林大学第二医院护理部主任\n"
)


def test_a_row_opened_by_a_name_padded_to_three_columns_gives_the_name() -> None:
    row = parse_list_line("甘   立 山西医科大学第一医院副院长兼护理部主任")
    assert row is not None and row.name == "甘立"
    assert row.unit == "山西医科大学第一医院"


def test_a_padded_name_in_a_roster_is_a_person_with_the_lists_honour() -> None:
    people = people_of(PADDED_ROWS)
    assert "甘立" in people
    assert [h["title"] for h in people["甘立"]["honors"]] == ["南丁格尔奖章"]
