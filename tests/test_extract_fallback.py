"""The fallback reading (loaders/extract/fallback.py): an article whose honours reach nobody gives
them to the people named beside them, and to nobody else."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract_text
from tests.conftest import honours


def _honours(text: str) -> dict[str, list[str]]:
    profile: dict[str, Any] = extract_text(text)
    return {p["name"]: [h["title"] for h in p["honors"]] for p in profile["people"]}


def test_an_honour_read_before_the_name_goes_to_the_person_the_paragraph_reveals() -> None:
    text = (
        "一个左手完全残疾的普通焊工，数十年如一日，执着地坚守在自己平凡的工作岗位上，"
        "并成为全国技术能手、内蒙古自治区“五一劳动奖章”获得者，内蒙古焊接技术的领军人。"
        "他就是卢仁峰，内蒙古一机集团的一名普通焊工。"
    )
    assert "全国技术能手" in _honours(text)["卢仁峰"]


def test_an_honour_named_in_a_sentence_no_finder_reads_goes_to_the_names_of_the_sentence() -> None:
    text = (
        "在这份全国五一劳动奖章名单里，安徽江淮汽车集团股份有限公司阜阳分公司技术员贾亮、"
        "阜阳建工集团有限公司砌筑工李元俊榜上有名。"
    )
    honours = _honours(text)
    assert honours["贾亮"] == ["全国五一劳动奖章"]
    assert honours["李元俊"] == ["全国五一劳动奖章"]


def test_the_honour_a_run_of_scopes_names_is_the_one_after_the_national_scope() -> None:
    text = "阜阳市本届全国五一劳动奖章名单上：阜阳分公司技术员贾亮、阜阳建工集团有限公司砌筑工李元俊。"
    assert _honours(text)["贾亮"] == ["全国五一劳动奖章"]


@pytest.mark.usefixtures("person_gate_off")
def test_candidates_on_a_list_for_public_comment_hold_nothing() -> None:
    text = (
        "阜阳市入选全国五一劳动奖章拟表彰名单的有：安徽江淮汽车集团股份有限公司阜阳分公司技术员贾亮、"
        "阜阳建工集团有限公司砌筑工李元俊。"
    )
    assert _honours(text) == {}


@pytest.mark.usefixtures("person_gate_off")
def test_leaders_attending_with_honoured_workers_hold_no_honour() -> None:
    text = (
        "12月2日下午，2020年上海市劳动模范表彰会举行。区领导胡卫国、刘健、王美新等与2020年我区新一届"
        "全国劳动模范、上海市劳动模范代表共同在分会场参加会议。"
    )
    assert _honours(text) == {}


@pytest.mark.usefixtures("person_gate_off")
def test_the_leader_of_a_team_given_a_collective_honour_holds_none() -> None:
    text = "51岁的冯友华已从事衬胶工作33年，她带领的衬胶甲班荣获全国总工会授予的“全国工人先锋号”。"
    assert _honours(text) == {}


def test_a_colleague_speaking_of_an_honour_does_not_hold_it() -> None:
    text = "加工厂化验作业区作业长古宏渊说，全国劳动模范是大家学习的榜样。"
    assert _honours(text) == {}


def test_the_fallback_stays_out_of_an_article_whose_honours_already_reach_someone() -> None:
    text = "2023年，张伟荣获“全国劳动模范”称号。车间里，王强也把上海市劳动模范当作目标。"
    assert _honours(text) == {"张伟": ["全国劳动模范"]}


def test_the_subjects_of_the_lines_under_a_heading_naming_an_honour_hold_it() -> None:
    text = (
        "大国工匠人物事迹介绍\n"
        "张冬伟，沪东中华造船集团焊工。\n"
        "宁允展，南车青岛四方机车车辆股份有限公司高级技师。\n"
        "他是CRH380A的首席研磨师，是中国第一位从事高铁列车转向架“定位臂”研磨的工人。"
    )
    honours = _honours(text)
    assert honours["张冬伟"] == ["大国工匠"]
    assert honours["宁允展"] == ["大国工匠"]


@pytest.mark.usefixtures("person_gate_off")
def test_a_worker_who_failed_to_be_chosen_holds_nothing() -> None:
    text = "2022年，车间焊工赵强未能入选全国技术能手，但他没有气馁。"
    assert _honours(text) == {}


def test_a_decisions_opening_formula_is_no_holder_of_the_honour_it_announces() -> None:
    text = (
        "许昌市总工会关于命名2024年度许昌市五一劳动奖章获得者的决定\n"
        "各县（市、区）总工会，各产业工会：\n"
        "经研究，市总工会决定命名下列同志为2024年度许昌市五一劳动奖章获得者。\n"
        "许昌市总工会\n2024年4月18日"
    )
    assert _honours(text) == {}


def test_a_heading_line_naming_an_honour_hands_it_to_the_names_of_the_next_line() -> None:
    text = (
        "全市交通系统荣获省五一劳动奖章的职工\n"
        "市公交集团第三分公司驾驶员孙立平,市港航管理局船闸站机修工周德江、市路桥公司养护中心刘海燕。"
    )
    honours = _honours(text)
    assert honours["孙立平"] == ["省五一劳动奖章"]
    assert honours["周德江"] == ["省五一劳动奖章"]


def test_the_sentence_that_picks_out_the_commended_holds_the_honour_of_the_one_before() -> None:
    text = (
        "1月19日,表彰大会在北京举行,81名个人被授予“国家卓越工程师”称号。"
        "其中,贵州省地质勘查局总工程师罗远航、贵州山区桥梁建造技术团队获得表彰。"
    )
    assert _honours(text) == {"罗远航": ["国家卓越工程师"]}


@pytest.mark.usefixtures("person_gate_off")
def test_people_picked_out_after_several_honours_hold_none_of_them() -> None:
    text = (
        "大会表彰了10名全国三八红旗手标兵、300名全国三八红旗手。"
        "其中,市妇幼保健院护士长李秀英、市第二中学教师王丽获得表彰。"
    )
    assert _honours(text) == {}


def test_a_next_line_with_an_honour_of_its_own_takes_nothing_from_the_heading() -> None:
    text = "全市交通系统荣获省五一劳动奖章的职工\n市公交集团第三分公司驾驶员孙立平获评全国最美公交司机。"
    assert _honours(text) == {"孙立平": ["全国最美公交司机"]}


def test_an_honour_before_the_holders_homes_goes_to_the_names_of_the_run() -> None:
    text = "节前，县总工会一行到柯明远、蒋立群、邹德全等省级劳动模范家中，开展走访慰问活动。"
    got = _honours(text)
    for name in ("柯明远", "蒋立群", "邹德全"):
        assert got.get(name) == ["省级劳动模范"], name


def _raws(text: str) -> dict[str, list[str]]:
    profile: dict[str, Any] = extract_text(text)
    return {p["name"]: [h["raw"] for h in p["honors"]] for p in profile["people"]}


def test_a_quoted_honour_the_fallback_reads_keeps_its_whole_quote_as_raw() -> None:
    text = "日前,市教育局决定,评选陈文海为“师德标兵”,评选李秀梅为“师德先进个人”。"
    assert "“师德标兵”" in _raws(text)["陈文海"]


def test_a_quoted_honour_with_a_mirrors_glosses_keeps_its_last_character_and_quote() -> None:
    text = "日前,市教育局決定,評(píng)選陳文海爲“師(shī)德標兵”,評(píng)選李秀梅爲“師(shī)德先進(jìn)個人”。"
    assert "“師(shī)德先進(jìn)個人”" in _raws(text)["李秀梅"]


def test_a_short_items_one_introduced_person_holds_the_honour_its_lead_announces() -> None:
    text = (
        "1月9日，自治区总工会等四部门共同举办2018年“广西工匠”年度人物发布活动，将年度选树的20名“广西工匠”予以揭晓。\n"
        "南宁某某酒业有限公司的覃建良，他是高级技师，也是河池市非物质文化遗产项目传承人。\n"
    )
    assert "覃建良" in _honours(text)


def test_a_name_listed_among_officials_at_the_ceremony_holds_nothing() -> None:
    text = (
        "5月4日上午，首届“乌苏工匠”颁奖典礼在乌苏市第六中学举行。"
        "市委常委、宣传部部长葛俐，市人大常委会副主任王益东，副市长李明出席并致辞。\n"
    )
    assert "王益东" not in _honours(text)


def test_two_introduced_people_do_not_share_an_honour_by_default() -> None:
    text = (
        "4月27日，我省新当选的141名全国劳动模范赴京受奖。\n"
        "某某客运公司工会主席刘双笑容灿烂。某某鼓风机集团设计室主任姜妍主导设计了首台压缩机。\n"
    )
    honours = _honours(text)
    assert "刘双" not in honours and "姜妍" not in honours


def test_a_companys_union_chair_is_a_worker_who_holds_the_honour_beside_the_name() -> None:
    text = (
        "我省全国劳动模范赴京受奖\n"
        "4月27日，省总工会主席戴玉林率领我省新当选的141名全国劳动模范赴京参加表彰大会。\n"
        "身披“全国劳动模范”的红绶带，盘锦市长途客运公司工会主席刘双笑容灿烂。他先后收养19名流浪青少年。\n"
    )
    honours = _honours(text)
    assert honours.get("刘双") == ["全国劳动模范"]
    assert "戴玉林" not in honours  # the provincial union's chair leads the delegation: an official


def test_a_superlative_member_of_a_group_counted_under_a_bare_honour_word_holds_it() -> None:
    # 计有N位模范劳工受奖，其中年纪最大的是…的X: the group has no scope before its honour word
    got = honours("县总工会昨日举办表扬大会，计有87位模范劳工受奖，其中年纪最大的是68岁的林春木。")
    assert [t for t, _, _ in got["林春木"]] == ["模范劳工"]


def test_a_counted_group_that_is_no_honour_gives_its_superlative_member_none() -> None:
    got = honours("县总工会昨日慰问了87位退休职工，其中年纪最大的是92岁的林春木。")
    assert all(not hs for hs in got.values())
