"""Award lists (名单) in every layout union offices publish: tables with a header row in any column
order and with any separator, header-less tables, one line per person, honour headings over their
lists, enumerations after 授予.  The same list written differently must give the same
(person, employer, honour) triples.  Every name, unit and place is invented."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.extract.entries import laudation_entry
from loaders.extract.listrows import is_collective, name_first_entries, parse_list_line
from tests.conftest import people_of

HEAD = "潍坊市总工会关于授予2024年度潍坊市五一劳动奖章的决定\n\n各区县总工会：\n经研究，决定授予以下同志潍坊市五一劳动奖章。\n\n潍坊市五一劳动奖章获得者名单（3名）\n"
ROWS = [
    ("罗建平", "男", "汉族", "潍坊钢铁集团有限公司炼钢厂", "电工"),
    ("和晓燕", "女", "回族", "潍坊市第一人民医院", "护士长"),
    ("万长江", "男", "汉族", "潍坊港务有限公司", "桥吊司机"),
]
EXPECTED = {
    ("罗建平", "潍坊钢铁集团有限公司炼钢厂", "潍坊市五一劳动奖章"),
    ("和晓燕", "潍坊市第一人民医院", "潍坊市五一劳动奖章"),
    ("万长江", "潍坊港务有限公司", "潍坊市五一劳动奖章"),
}


def triples(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for p in extract_text(text)["people"]:
        for h in p["honors"]:
            for e in p["employers"] or [""]:
                out.add((p["name"], e, h["title"]))
    return out


def table(columns: list[str], sep: str) -> str:
    idx = {"姓名": 0, "性别": 1, "民族": 2, "单位": 3, "职务": 4, "岗位": 4, "工作单位": 3}
    lines = [sep.join(columns)] + [sep.join(row[idx[c]] for c in columns) for row in ROWS]
    return HEAD + "\n".join(lines) + "\n"


def markdown(columns: list[str]) -> str:
    idx = {"姓名": 0, "性别": 1, "民族": 2, "单位": 3, "职务": 4}
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(row[idx[c]] for c in columns) + " |" for row in ROWS]
    return HEAD + "\n".join(lines) + "\n"


def one_liners(fmt: str) -> str:
    return HEAD + "\n".join(fmt.format(n=r[0], u=r[3], p=r[4], i=k + 1) for k, r in enumerate(ROWS)) + "\n"


LAYOUTS = {
    "full-width spaces": table(["姓名", "性别", "单位", "职务"], "\u3000"),
    "unit first": table(["单位", "姓名", "职务"], "\u3000"),
    "post before unit": table(["职务", "姓名", "民族", "工作单位"], "\u3000"),
    "ascii spaces": table(["姓名", "单位", "岗位"], "    "),
    "tabs": table(["单位", "岗位", "姓名"], "\t"),
    "bars": table(["姓名", "单位", "职务"], "｜"),
    "markdown": markdown(["姓名", "性别", "单位", "职务"]),
    "header-less": one_liners("{u}　{p}　{n}"),
    "name (unit post)": one_liners("{n}（{u}{p}）"),
    "unit+post name": one_liners("{u}{p} {n}"),
    "name unit post": one_liners("{n} {u} {p}"),
    "triangle colon": one_liners("▲{n}：{u}{p}"),
    "numbered comma": one_liners("{i}. {n}，{u}{p}"),
    "wechat bar": one_liners("🏅 {n}｜{u} {p}"),
    "dash": one_liners("{n} — {u}{p}"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_of_a_list_gives_the_same_triples(layout: str) -> None:
    assert triples(LAYOUTS[layout]) == EXPECTED


@pytest.mark.parametrize("layout", ["full-width spaces", "markdown", "name (unit post)", "wechat bar"])
def test_every_listed_person_gets_the_issuer_and_year_of_the_decision(layout: str) -> None:
    for person in people_of(LAYOUTS[layout]).values():
        assert [(h["year"], h["conferred_by"]) for h in person["honors"]] == [(2024, ["潍坊市总工会"])]


def test_a_post_column_gives_a_position_at_the_unit() -> None:
    people = people_of(LAYOUTS["unit first"])
    assert [(p["title"], p["org"]) for p in people["万长江"]["positions"]] == [("桥吊司机", "潍坊港务有限公司")]


def test_gender_and_ethnicity_columns_and_marks_after_a_name_are_read() -> None:
    people = people_of(LAYOUTS["markdown"])
    assert people["和晓燕"]["gender"] == "女"
    marked = people_of(HEAD + "潍坊市第一人民医院　护士长　和晓燕（女，回族）\n")
    assert marked["和晓燕"]["gender"] == "女" and marked["和晓燕"]["ethnicity"] == "回族"


def test_a_list_line_reads_its_cells_by_kind_not_by_position() -> None:
    a = parse_list_line("罗建平　潍坊钢铁集团有限公司炼钢厂　电工")
    b = parse_list_line("电工　潍坊钢铁集团有限公司炼钢厂　罗建平")
    assert a is not None and b is not None
    assert (a.name, a.unit, a.post) == (b.name, b.unit, b.post) == ("罗建平", "潍坊钢铁集团有限公司炼钢厂", "电工")


@pytest.mark.parametrize("name", ["和平", "向前进", "甘露", "万里", "常青", "高峰", "游泳", "文静", "白雪", "龙飞"])
def test_names_that_are_common_words_are_read_in_a_name_column(name: str) -> None:
    person = parse_list_line(f"{name}　潍坊港务有限公司　桥吊司机", ["name", "unit", "post"])
    assert person is not None and person.name == name


HEADINGS = """\
潍坊市总工会　潍坊市人力资源和社会保障局
关于表彰2023年度潍坊市劳动模范和五一劳动奖章的决定

一、潍坊市劳动模范（2名）
潍坊钢铁集团有限公司炼钢厂　电工　罗建平
潍坊市第一人民医院　护士长　和晓燕（女）
二、潍坊市五一劳动奖章（1名）
潍坊港务有限公司　桥吊司机　万长江
三、潍坊市工人先锋号（2个）
潍坊港务有限公司装卸一队
潍坊钢铁集团有限公司炼钢厂二车间电工班
"""


def test_an_honour_heading_applies_to_each_person_below_it_until_the_next() -> None:
    people = people_of(HEADINGS)
    assert set(people) == {"罗建平", "和晓燕", "万长江"}
    assert [h["title"] for h in people["罗建平"]["honors"]] == ["潍坊市劳动模范"]
    assert [h["title"] for h in people["万长江"]["honors"]] == ["潍坊市五一劳动奖章"]


def test_joint_issuers_above_a_decision_confer_every_listed_honour() -> None:
    for person in people_of(HEADINGS).values():
        assert person["honors"][0]["conferred_by"] == ["潍坊市总工会", "潍坊市人力资源和社会保障局"]
        assert person["honors"][0]["year"] == 2023


EDITION = """\
第三届潍坊工匠（3名）：
罗建平　潍坊钢铁集团有限公司炼钢厂电工
和晓燕　潍坊市第一人民医院护士长
万长江　潍坊港务有限公司桥吊司机
"""


def test_an_edition_heading_gives_each_person_the_series_and_edition() -> None:
    people = people_of(EDITION)
    assert set(people) == {"罗建平", "和晓燕", "万长江"}
    assert {(h["title"], h["edition"]) for p in people.values() for h in p["honors"]} == {("潍坊工匠", "第三届")}


def test_a_news_lead_names_the_conferrer_of_the_list() -> None:
    text = (
        "日前，潍坊市总工会发布2024年度“潍坊工匠”名单，10名职工入选。\n\n名单如下：\n"
        "罗建平　潍坊钢铁集团有限公司炼钢厂　电工\n万长江　潍坊港务有限公司　桥吊司机\n"
    )
    people = people_of(text)
    assert {(h["title"], h["year"], tuple(h["conferred_by"])) for p in people.values() for h in p["honors"]} == {
        ("潍坊工匠", 2024, ("潍坊市总工会",))
    }


def honours_of(text: str) -> dict[str, set[tuple]]:
    return {
        p["name"]: {(h["title"], h["year"], tuple(h["conferred_by"])) for h in p["honors"]}
        for p in extract_text(text)["people"]
    }


def test_names_after_grant_with_a_head_count_each_get_the_honour_of_the_decision() -> None:
    text = "株洲市总工会关于表彰2023年度株洲工匠的决定\n\n经研究，决定授予邓志华、欧阳兰、廖冬生等3名同志“株洲工匠”称号。\n"
    assert honours_of(text) == {n: {("株洲工匠", 2023, ("株洲市总工会",))} for n in ("邓志华", "欧阳兰", "廖冬生")}


def test_names_with_a_shared_unit_before_an_award_verb_take_the_announcing_bodies_and_year() -> None:
    text = "日前，衡阳市总工会公布2024年度“衡阳工匠”评选结果。谭建新、肖云（衡阳钢管集团有限公司）获“衡阳工匠”称号。\n"
    people = people_of(text)
    assert {n: p["employers"] for n, p in people.items()} == {
        "谭建新": ["衡阳钢管集团有限公司"],
        "肖云": ["衡阳钢管集团有限公司"],
    }
    assert honours_of(text)["肖云"] == {("衡阳工匠", 2024, ("衡阳市总工会",))}


def test_an_enumeration_of_collectives_makes_no_people() -> None:
    text = "决定授予常德卷烟厂制丝车间、常德卷烟厂动力班组等2个集体“常德市工人先锋号”称号。\n"
    assert people_of(text) == {}


def test_a_unit_string_splits_into_its_chain_and_the_employer_is_the_last_body() -> None:
    # a branch plant (分厂) employs its workers; its workshops and teams are units
    text = "第三届岳阳工匠（1名）：\n龚卫东　岳阳石化集团有限公司炼油分公司第二分厂装配车间焊接班　班长\n"
    profile = extract_text(text)
    person = profile["people"][0]
    assert person["employers"] == ["岳阳石化集团有限公司炼油分公司第二分厂"]
    assert {(o["name"], o["parent"]) for o in profile["organizations"]} >= {
        ("炼油分公司", "岳阳石化集团有限公司"),
        ("第二分厂", "炼油分公司"),
        ("装配车间", "第二分厂"),
        ("焊接班", "装配车间"),
    }


def test_a_chief_technician_heading_is_an_honour_as_written() -> None:
    text = "二、集团首席技师（2名）\n湘潭钢铁集团有限公司　轧钢厂　彭立军\n湘潭钢铁集团有限公司　炼铁厂　易晓红\n"
    people = people_of(text)
    assert {n: [h["title"] for h in p["honors"]] for n, p in people.items()} == {
        "彭立军": ["集团首席技师"],
        "易晓红": ["集团首席技师"],
    }
    assert all(p["positions"] == [] for p in people.values())


def test_a_chief_technician_in_the_unit_and_post_column_is_a_post() -> None:
    people = people_of("第三届湘潭工匠（1名）：\n彭立军　湘潭钢铁集团有限公司轧钢厂首席技师\n")
    assert [h["title"] for h in people["彭立军"]["honors"]] == ["湘潭工匠"]
    assert [(p["title"], p["org"]) for p in people["彭立军"]["positions"]] == [
        ("首席技师", "湘潭钢铁集团有限公司轧钢厂")
    ]


def test_the_body_signing_a_public_notice_confers_its_list() -> None:
    text = (
        "关于2024年度常德市五一劳动奖章拟表彰对象的公示\n\n常德市总工会\n\n常德市五一劳动奖章（2名）\n"
        "常德烟草机械有限公司　钳工　鲁春生\n常德市第一人民医院　护士　郑小雨\n"
    )
    assert honours_of(text) == {n: {("常德市五一劳动奖章", 2024, ("常德市总工会",))} for n in ("鲁春生", "郑小雨")}


def test_a_news_lead_confers_and_dates_the_headed_list_after_it() -> None:
    text = (
        "近日，邵阳市总工会、邵阳市人社局联合发布2024年度邵阳工匠名单。\n\n一、邵阳工匠（2名）\n"
        "邵阳纺织机械有限公司　车工　曾国良\n邵阳市中心医院　护士　龙小燕\n"
    )
    bodies = ("邵阳市总工会", "邵阳市人力资源和社会保障局")  # 人社局 in full (dev README, sixth-round conventions)
    assert honours_of(text) == {n: {("邵阳工匠", 2024, bodies)} for n in ("曾国良", "龙小燕")}


def test_a_list_without_a_stated_year_stays_undated() -> None:
    text = "郴州市五一劳动奖章（1名）\n郴州钻石钨制品有限公司　磨工　侯建华\n"
    assert honours_of(text) == {"侯建华": {("郴州市五一劳动奖章", None, ())}}


def test_a_collective_row_under_a_personal_honour_is_no_person() -> None:
    text = (
        "郴州市五一劳动奖章（2名）\n郴州钻石钨制品有限公司　磨工　侯建华\n"
        "郴州钻石钨制品有限公司　侯建华劳模创新工作室\n郴州市第一人民医院　急诊科护理团队\n"
    )
    assert set(people_of(text)) == {"侯建华"}


def test_is_collective_tells_teams_from_people() -> None:
    assert is_collective("潍坊港务有限公司装卸一队") and is_collective("侯建华劳模创新工作室")
    assert not is_collective("侯建华")


# ---- list shapes of ministry decisions and news copies (round 3)

DECISION_LIST = (
    "人力资源和社会保障部关于表彰第十二届中华技能大奖获得者的决定\n"
    "各省、自治区、直辖市人力资源社会保障厅（局）：\n"
    "人力资源社会保障部决定授予李强等3人“中华技能大奖”荣誉称号。\n"
    "2014年3月5日\n"
    "第十二届中华技能大奖获得者名单\n"
    "（共3名）\n"
    "李　强　兰州石化公司炼油厂操作工（高级技师）\n"
    "周海燕　青岛纺织集团有限公司挡车工（技师）\n"
    "鲁 明 武汉锅炉厂电焊工（高级技师）\n"
)


def test_a_name_padded_to_three_characters_is_one_name() -> None:
    assert parse_list_line("鲁 明 武汉锅炉厂电焊工").name == "鲁明"  # type: ignore[union-attr]
    assert parse_list_line("李　强　兰州石化公司炼油厂操作工").name == "李强"  # type: ignore[union-attr]


def test_a_grade_in_brackets_after_the_job_is_no_part_of_the_unit_or_the_post() -> None:
    person = parse_list_line("周海燕　青岛纺织集团有限公司挡车工（技师）")
    assert person is not None
    assert (person.unit, person.post) == ("青岛纺织集团有限公司", "挡车工")


def test_a_gender_mark_in_brackets_after_the_job_becomes_a_mark() -> None:
    person = parse_list_line("王芳　衡阳市中心医院护士（女）")
    assert person is not None and person.marks == ["女"] and person.post == "护士"


def test_name_unit_job_grade_rows_of_a_decision_give_employer_job_and_honour() -> None:
    people = people_of(DECISION_LIST)
    assert set(people) == {"李强", "周海燕", "鲁明"}
    assert people["周海燕"]["employers"] == ["青岛纺织集团有限公司"]
    assert [p["title"] for p in people["鲁明"]["positions"]] == ["电焊工"]
    assert {h["title"] for h in people["李强"]["honors"]} == {"中华技能大奖"}


def test_run_in_entries_name_then_unit_and_posts_give_each_person_their_own() -> None:
    text = (
        "近日，国家卫生健康委员会公布全国医德标兵名单，我市2名个人上榜。其中，获全国医德标兵表彰的有："
        "许文涛 柳州市人民医院副院长、主任医师，谭晓梅 柳州市妇幼保健院护士长、副主任护师。"
    )
    people = people_of(text)
    assert people["许文涛"]["employers"] == ["柳州市人民医院"]
    assert [p["title"] for p in people["许文涛"]["positions"]] == ["副院长"]  # 主任医师 is a grade
    assert people["谭晓梅"]["employers"] == ["柳州市妇幼保健院"]


def test_name_first_entries_need_every_piece_to_be_an_entry() -> None:
    assert name_first_entries("获奖者是：许文涛 柳州市人民医院副院长，谭晓梅 柳州市妇幼保健院护士长") != []
    assert name_first_entries("他说：我们医院的护士长，工作很辛苦，许文涛 柳州市人民医院副院长") == []
    assert name_first_entries("会议强调：要做好安全生产，加强职工培训") == []


LAUDATIONS = (
    "在五一国际劳动节到来之际，全国总工会决定授予3名优秀职工全国五一劳动奖章。\n"
    "他们是：扎根一线二十年、带出徒弟上百名的鞍钢股份冷轧厂三分厂钳工周立新；\n"
    "攻克多项技术难题的中铁十二局集团有限公司隧道队队长马俊峰；\n"
    "坚守山区线路三十年的国网宁夏电力公司固原供电公司线路工韩志国。\n"
)


def test_semicolon_laudations_give_each_person_the_lists_honour_unit_and_post() -> None:
    people = people_of(LAUDATIONS)
    assert set(people) == {"周立新", "马俊峰", "韩志国"}
    assert all({h["title"] for h in p["honors"]} == {"全国五一劳动奖章"} for p in people.values())
    assert people["马俊峰"]["employers"] == ["中铁十二局集团有限公司"]
    assert [p["title"] for p in people["韩志国"]["positions"]] == ["线路工"]


def test_laudation_entries_read_posts_joined_by_jian_or_dun() -> None:
    entry = laudation_entry("胸怀公平正义的南宁市人民检察院副检察长兼侦查局局长黄丽萍；")
    assert entry == ("黄丽萍", "南宁市人民检察院", "南宁市人民检察院", ["副检察长", "局长"])
    entry = laudation_entry("为牧区送电影的阿勒泰地区电影公司经理、女子放映队队长古丽娜；")
    assert entry is not None and entry[3] == ["经理", "队长"]


def test_a_semicolon_list_of_collectives_or_bare_names_gives_no_honour() -> None:
    text = (
        "全国总工会决定授予2个集体全国工人先锋号。\n"
        "他们是：勇挑重担的鞍钢股份冷轧厂三分厂连退机组；\n攻坚克难的中铁十二局集团有限公司隧道队。\n"
    )
    assert all(not p["honors"] for p in extract_text(text)["people"])
    assert laudation_entry("他们是：张华；") is None


def test_members_named_before_a_head_count_hold_the_counted_honour_with_unit_and_post() -> None:
    text = (
        "铁路系统二十八名个人荣获2019年全国五一劳动奖章\n"
        "28人荣获全国五一劳动奖章，其中中国铁路郑州局集团有限公司郑州机务段电力机车司机韩冰等11人经铁路推荐，"
        "中国铁路南宁局集团有限公司柳州车辆段工长覃立新等17人经地方推荐。"
    )
    people = people_of(text)
    assert set(people) == {"韩冰", "覃立新"}
    assert {(h["title"], h["year"]) for h in people["韩冰"]["honors"]} == {("全国五一劳动奖章", 2019)}
    assert people["覃立新"]["employers"] == ["中国铁路南宁局集团有限公司柳州车辆段"]
    assert [p["title"] for p in people["覃立新"]["positions"]] == ["工长"]


def test_a_counted_clause_of_collectives_names_no_person() -> None:
    text = "22个集体荣获全国工人先锋号，其中中国铁路郑州局集团有限公司郑州机务段检修车间等18个集体经铁路推荐。"
    assert people_of(text) == {}


def test_a_region_label_before_the_name_is_no_part_of_the_unit() -> None:
    person = parse_list_line("黑龙江：郑玉华 哈尔滨市第三中学校教师")
    assert person is not None
    assert (person.name, person.unit, person.post) == ("郑玉华", "哈尔滨市第三中学校", "教师")


def test_the_unit_before_a_status_word_and_a_name_employs_that_person() -> None:
    text = "近日，国网浙江安吉县供电公司员工沈佳明同志被授予“浙江省五一劳动奖章”。"
    assert people_of(text)["沈佳明"]["employers"] == ["国网浙江安吉县供电公司"]


def test_a_status_word_after_a_place_gives_no_employer() -> None:
    text = "近日，安吉县职工沈佳明同志被授予“浙江省五一劳动奖章”。"
    assert people_of(text)["沈佳明"]["employers"] == []


def test_a_grade_after_the_post_in_a_name_first_row_is_no_post() -> None:
    row = parse_list_line("赵某平 北京某某新材料科技股份有限公司设备工程师，高级技师")
    assert row is not None
    assert (row.name, row.unit, row.post) == ("赵某平", "北京某某新材料科技股份有限公司", "设备工程师")


def test_a_chief_technician_after_a_trade_in_a_row_is_a_grade_not_the_post() -> None:
    row = parse_list_line("钱某松 中国石油化工股份有限公司某某分公司炼油厂第一作业区操作工，首席技师")
    assert row is not None and row.post == "操作工"
    assert row.unit == "中国石油化工股份有限公司某某分公司炼油厂第一作业区"


def test_a_grade_that_is_the_only_post_of_a_row_is_kept() -> None:
    row = parse_list_line("孙某 某某建设集团有限公司，高级工程师")
    assert row is not None and row.post == "高级工程师"


def test_a_block_of_name_first_rows_with_grades_gives_each_person_unit_and_post() -> None:
    text = (
        "2025年全国劳动模范名单\n"
        "廖某均 北京某某新材料科技股份有限公司设备工程师，高级技师\n"
        "张某(女) 北京某某路网管理有限公司设备技术检测中心主任，高级工程师\n"
        "刘某松 中国石油化工股份有限公司北京某某分公司炼油厂第一作业区操作工，首席技师\n"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert people["廖某均"]["employers"] == ["北京某某新材料科技股份有限公司"]
    assert [p["title"] for p in people["廖某均"]["positions"]] == ["设备工程师"]
    assert [p["title"] for p in people["张某"]["positions"]] == ["主任"]
    assert [p["title"] for p in people["刘某松"]["positions"]] == ["操作工"]


def test_bare_names_after_qizhong_hold_the_counted_honour() -> None:
    text = (
        "2018年4月，福建省首次将台籍人员纳入劳动模范评选范围，5名台胞获评为福建省劳动模范，"
        "其中汤俊明、徐翊华是作为车间普通技术工人入选的。\n"
        "在湖北，鸿富锦精密工业有限公司总经理陈聪德当选为湖北省劳动模范。"
    )
    people = {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}
    assert people.get("汤俊明") == {"福建省劳动模范"}
    assert people.get("徐翊华") == {"福建省劳动模范"}


def test_a_place_led_cell_before_a_post_cell_is_the_unit_whatever_it_ends_in() -> None:
    person = parse_list_line("邝 明 青川市社会精神病院 副院长")
    assert person is not None
    assert (person.name, person.unit, person.post) == ("邝明", "青川市社会精神病院", "副院长")


def test_a_shop_led_by_its_county_is_the_unit_of_the_post_beside_it() -> None:
    person = parse_list_line("柏秀云 北山县云峰饲料店 总经理")
    assert person is not None
    assert (person.unit, person.post) == ("北山县云峰饲料店", "总经理")


def test_a_cadre_of_an_office_is_a_person_not_a_department() -> None:
    # 干部 ends in 部 but is a status: the line names a person, glued to the office they serve
    assert not is_collective("青川区绿化委员会办公室干部")
    assert is_collective("青川钢铁公司设备部")
    person = parse_list_line("柯志远青川区绿化委员会办公室干部")
    assert person is not None and person.name == "柯志远"
    assert person.unit == "青川区绿化委员会办公室"


def test_a_profile_rows_age_schooling_and_party_are_no_part_of_the_unit() -> None:
    person = parse_list_line("钱某贵：男，35岁，大学学历，中共党员，青川石油管理局高级工程师")
    assert person is not None
    assert (person.name, person.unit, person.post) == ("钱某贵", "青川石油管理局", "高级工程师")


def test_a_profile_rows_life_dates_and_shengqianxi_are_no_part_of_the_unit() -> None:
    person = parse_list_line("柯某：（1968——2019），男，生前系北山县某镇卫生院医生")
    assert person is not None
    assert (person.unit, person.post) == ("北山县某镇卫生院", "医生")


def test_profile_rows_under_a_published_list_give_each_honouree_a_unit() -> None:
    text = (
        "本报讯 日前，共青团北山市委公布了第三届“北山青年五四奖章”获得者名单。名单如下：\n"
        "钱某贵：男，35岁，大学学历，中共党员，青川石油管理局勘探开发研究院高级工程师\n"
        "孟某：男，38岁，大专学历，中共党员，北山液压机械厂工人\n"
        "艾某蓉：女，土家族，27岁，中师学历，中共党员，北山县某乡中心小学教师\n"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert set(people) == {"钱某贵", "孟某", "艾某蓉"}
    assert people["艾某蓉"]["employers"] == ["北山县某乡中心小学"]
    assert {h["title"] for h in people["孟某"]["honors"]} == {"北山青年五四奖章"}
