"""Stage 4 wiring and stage 5 (loaders/extract/relations.py, profile assembly): frames over whole texts."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract_text


def honours(text: str, **kwargs: Any) -> dict[str, list[tuple]]:
    profile = extract_text(text, **kwargs)
    return {
        p["name"]: [(h["title"], h.get("year"), h.get("edition"), h.get("conferred_by")) for h in p.get("honors", [])]
        for p in profile["people"]
    }


NEWS_ITEM = """焦煤集团电工张伟荣获省五一劳动奖章
本报讯（记者　李明）近日，省总工会召开表彰大会，焦煤集团九里山矿电工张伟荣获“河南省五一劳动奖章”。
张伟扎根一线二十年，带领班组完成技术革新三十余项。2021年，他被评为第三届“焦作工匠”。
“荣誉属于大家，我会继续努力。”张伟说。
"""


def test_a_four_paragraph_news_item_gives_its_subject_both_honours_and_no_speaker_name() -> None:
    got = honours(NEWS_ITEM)
    assert set(got) == {"张伟"}
    titles = {(t, y, e) for t, y, e, _ in got["张伟"]}
    assert ("焦作工匠", 2021, "第三届") in titles
    assert any(t == "河南省五一劳动奖章" for t, _, _ in titles)


def test_one_line_sentences_give_person_and_honour() -> None:
    assert honours("许红梅被授予“河南省劳动模范”称号。") == {"许红梅": [("河南省劳动模范", None, None, [])]}
    assert honours("2022年，韩冰被评为第二届“洛阳工匠”。") == {"韩冰": [("洛阳工匠", 2022, "第二届", [])]}


def test_a_pronoun_sentence_takes_the_previous_sentences_person() -> None:
    got = honours("张雪梅是大连港集装箱码头的门机司机。她今年获得了“大连市技术能手”称号。", document_date="2022-11-03")
    assert got == {"张雪梅": [("大连市技术能手", 2022, None, [])]}


def test_a_coordination_found_by_the_frame_gives_every_person_the_honour() -> None:
    got = honours("鞍钢股份炼焦总厂作业长张允东、钢铁研究院研究室主任郑之旺被授予全国五一劳动奖章。")
    assert set(got) == {"张允东", "郑之旺"}


def test_the_body_of_a_commendation_scope_confers_the_honours_in_it() -> None:
    text = "在辽宁省总工会的表彰中，钢铁研究院一级研究员于淑娟、科技部部长马旭峰荣获优秀岗位争先创优带头人称号。"
    got = honours(text)
    assert got["于淑娟"][0][3] == ["辽宁省总工会"]


def test_the_organisers_of_an_announcement_confer_its_honour() -> None:
    text = (
        "由中华全国总工会、中央广播电视总台联合主办的2023年“大国工匠年度人物”发布活动举行。隧道掘进机主司机母建军当选。"
    )
    got = honours(text)
    assert got["母建军"] == [("大国工匠年度人物", 2023, None, ["中华全国总工会", "中央广播电视总台"])]


def test_conferrers_keep_the_script_of_a_traditional_text() -> None:
    got = honours("2005年，丁國強被國務院授予「全國勞動模範」稱號。")
    assert got["丁國強"][0][3] == ["國務院"]


@pytest.mark.usefixtures("person_gate_off")
def test_a_negated_sentence_gives_no_honour_even_where_another_reader_saw_one() -> None:
    assert honours("赵强未能入选“三秦工匠”。") == {}
    assert honours("拟授予孙海涛等20名同志“郑州市劳动模范”称号（公示稿）。") == {}
    assert honours("会上，市长孙志刚为新当选的“焦作工匠”授牌。") == {}


def test_a_list_head_is_no_part_of_an_honour_title() -> None:
    text = "将要宣传发布的10位“最美职工”分别是：\n中国航发沈阳黎明航空发动机有限责任公司工人　洪家光\n天津海鸥表业集团有限公司高级技师　李家琦\n"
    for items in honours(text).values():
        assert all("分别是" not in t for t, *_ in items)


def employers(text: str, **kwargs: Any) -> dict[str, list[str]]:
    profile = extract_text(text, **kwargs)
    return {p["name"]: p.get("employers", []) for p in profile["people"]}


def test_a_short_national_body_is_given_its_full_name() -> None:
    got = honours("2019年，周立新被中宣部、全国总工会授予“最美职工”称号。")
    assert got == {"周立新": [("最美职工", 2019, None, ["中共中央宣传部", "中华全国总工会"])]}


def test_a_named_provinces_government_and_party_committee_are_given_their_full_names() -> None:
    got = honours("2016年，宫成林被辽宁省委、省政府授予“辽宁省劳动模范”称号。")
    assert got == {"宫成林": [("辽宁省劳动模范", 2016, None, ["中共辽宁省委", "辽宁省人民政府"])]}


def test_a_bare_provincial_government_stays_as_written() -> None:
    got = honours("罗志刚被省委、省政府授予“省劳动模范”称号。")
    assert got == {"罗志刚": [("省劳动模范", None, None, ["省委", "省政府"])]}


def test_a_city_government_named_after_its_party_committee_takes_the_city_and_the_verb_is_no_part_of_a_body() -> None:
    got = honours("长城电工电器集团焊工陈建军荣获天水市委、市政府共同授予的“天水工匠”称号。")
    assert got["陈建军"][0][3] == ["中共天水市委", "天水市人民政府"]


def test_a_ministry_named_in_its_own_short_form_gets_its_full_name() -> None:
    got = honours("人力资源社会保障部决定，授予中铁一局焊工王海涛“全国技术能手”称号。")
    assert got["王海涛"][0][3] == ["人力资源和社会保障部"]


def test_a_year_written_apart_from_its_nian_du_dates_the_honour_named_later() -> None:
    text = (
        "陇南市妇联对2021 年度陇南市三八红旗手标兵进行了表彰。"
        "其中，陇南市中心医院护士长赵丽萍荣获陇南市三八红旗手标兵荣誉称号。"
    )
    assert honours(text)["赵丽萍"][0][:2] == ("陇南市三八红旗手标兵", 2021)


def test_two_people_each_with_their_unit_joined_by_he_share_the_honour_and_keep_their_employers() -> None:
    text = "国网安阳供电公司孟凡和国网鹤壁供电公司张晓东2名同志荣获全国五一劳动奖章。"
    assert set(honours(text)) == {"孟凡", "张晓东"}
    assert employers(text) == {"孟凡": ["国网安阳供电公司"], "张晓东": ["国网鹤壁供电公司"]}


def test_a_body_whose_commendation_a_paragraph_reports_confers_the_honours_in_it() -> None:
    text = "公司多名职工获河南省总工会表彰，其中，平煤神马集团电工赵东亮荣获河南省五一劳动奖章。"
    assert honours(text) == {"赵东亮": [("河南省五一劳动奖章", None, None, ["河南省总工会"])]}


def test_an_honour_counted_out_to_a_group_is_not_the_speakers() -> None:
    text = (
        "全总宣教部部长王海平透露，中宣部、全国总工会将共同发布10位2018年全国“最美职工”。\n"
        "10位“最美职工”分别是：湘潭钢铁集团焊工刘文涛，鞍钢股份车工何建军。"
    )
    got = honours(text)
    assert "王海平" not in got
    assert {t for t, *_ in got["刘文涛"]} == {"全国最美职工"}


def test_a_list_repeating_an_honour_short_takes_the_year_and_level_the_article_named_it_with() -> None:
    text = (
        "4月26日，中宣部、全国总工会发布10位2018年全国“最美职工”。\n"
        "10位“最美职工”分别是：湘潭钢铁集团焊工刘文涛，鞍钢股份车工何建军。"
    )
    got = honours(text)
    assert got["何建军"][0][:2] == ("全国最美职工", 2018)


def test_an_undated_list_honour_takes_the_year_the_article_gave_it_before() -> None:
    text = (
        "2020年全国劳动模范和先进工作者表彰大会在北京举行。\n"
        "其中，3名同志获得“全国劳动模范”荣誉称号，他们分别是一重集团锻造工刘宏伟，北满特钢电工孙立平，"
        "龙江化工操作工赵丽娜。"
    )
    got = honours(text)
    assert got["孙立平"][0][:2] == ("全国劳动模范", 2020)


def test_a_nomination_award_is_an_honour_not_a_nomination() -> None:
    got = honours("钱志刚先后荣获全国技术能手、全国道德模范提名奖等荣誉称号。")
    assert {t for t, *_ in got["钱志刚"]} == {"全国技术能手", "全国道德模范提名奖"}


def test_a_run_of_quoted_honours_after_one_body_is_one_honour_a_quote() -> None:
    got = honours(
        "他叫宋海军。宋海军先后荣获平煤公司“首席员工”“技术标兵”；河南能源“青年岗位能手”“技术能手”等荣誉称号。"
    )
    titles = {t for t, *_ in got["宋海军"]}
    assert {"河南能源青年岗位能手", "河南能源技术能手", "平煤公司首席员工", "平煤公司技术标兵"} <= titles


def test_a_line_naming_only_an_honour_opens_a_roster_of_name_first_rows() -> None:
    text = "名单如下：\n全国五一劳动奖章\n李 涛 国网湖南省电力有限公司岳阳供电分公司运维班班长\n王秀英 长沙市实验中学教师\n"
    got = honours(text, document_date="2024-04-28")
    assert set(got) == {"李涛", "王秀英"}
    assert all(t == "全国五一劳动奖章" for person in got.values() for t, *_ in person)
    assert employers(text, document_date="2024-04-28") == {
        "李涛": ["国网湖南省电力有限公司岳阳供电分公司"],
        "王秀英": ["长沙市实验中学"],
    }


def test_a_heading_ending_in_mingdan_opens_a_roster_and_dates_its_rows() -> None:
    text = "2023年洛阳工匠名单\n韩立军　中信重工铸造厂浇注工\n孙桂兰（女）　洛阳市第一人民医院护士\n"
    got = honours(text)
    assert got == {"韩立军": [("洛阳工匠", 2023, None, [])], "孙桂兰": [("洛阳工匠", 2023, None, [])]}
    assert employers(text)["孙桂兰"] == ["洛阳市第一人民医院"]


def test_an_employer_running_over_a_list_is_dropped() -> None:
    text = (
        "10位“大国工匠年度人物”分别是：湘潭钢铁有限公司焊接顾问刘建华，中交一航局工程测量工陈海涛，"
        "北京金隅天坛家具股份有限公司龙顺成公司工艺总监王德顺。"
    )
    for units in employers(text).values():
        assert all("，" not in u and ":" not in u and "：" not in u for u in units)


def positions(text: str, **kwargs: Any) -> dict[str, list[str]]:
    profile = extract_text(text, **kwargs)
    return {p["name"]: [x["title"] for x in p.get("positions", [])] for p in profile["people"]}


def test_a_rank_beside_a_post_is_not_a_post() -> None:
    text = "10位“齐鲁最美职工”分别是：济宁市看守所副所长、一级警长孔令梅，山东大学齐鲁医院血液科主任、主任医师贾文华。"
    got = positions(text)
    assert got["孔令梅"] == ["副所长"]
    assert got["贾文华"] == ["主任"]


def test_a_status_word_and_a_skill_grade_alone_give_no_post() -> None:
    text = "将要发布的“最美职工”分别是:\n天津海鸥表业集团有限公司工人、高级技师 刘志刚\n"
    assert positions(text).get("刘志刚", []) == []


def test_a_laboratory_glued_before_a_post_goes_to_the_posts_unit() -> None:
    text = "其中，鞍钢集团钢铁研究院汽车用钢研究室主任郑国旺荣获辽宁省劳动模范称号。"
    assert positions(text)["郑国旺"] == ["主任"]


def test_the_bodies_that_publish_an_honours_list_confer_it() -> None:
    text = (
        "湖北省委宣传部、湖北省总工会日前公布2025年湖北省“最美职工”名单。\n"
        "武汉钢铁有限公司炼钢工周海涛等10人入选2025年湖北省“最美职工”。"
    )
    got = honours(text)
    assert got["周海涛"][0][3] == ["中共湖北省委宣传部", "湖北省总工会"]


def test_a_body_commending_a_years_models_confers_the_honours_of_its_paragraph() -> None:
    text = "近日，浙江省总工会表彰2023年先进典型，超威集团王立新荣获“浙江省五一劳动奖章”。"
    assert honours(text) == {"王立新": [("浙江省五一劳动奖章", 2023, None, ["浙江省总工会"])]}


def test_no_organisation_is_a_list_read_as_one_name_or_carries_its_list_number() -> None:
    text = (
        "10位“大国工匠年度人物”分别是:湘潭钢铁有限公司焊接顾问刘建华,中交一航局工程测量工陈海涛。\n"
        "3.天津港集团第一港埠有限公司装卸机械司机张文明荣获“大国工匠年度人物”。"
    )
    names = [o["name"] for o in extract_text(text)["organizations"]]
    assert names and not [n for n in names if any(c in n for c in ",，:：") or n[0].isdigit()]
    assert "天津港集团第一港埠有限公司" in names


def test_a_body_that_decided_confers_its_series_on_a_later_roster() -> None:
    text = (
        "近日，全国妇联决定，授予李秀英等10人全国三八红旗手标兵称号。\n"
        "其中，我市1人荣获全国三八红旗手标兵称号。\n"
        "全国三八红旗手标兵\n"
        "周玉兰\n"
        "铜川市妇幼保健院护士长\n"
    )
    got = honours(text)
    assert got["周玉兰"] == [("全国三八红旗手标兵", None, None, ["中华全国妇女联合会"])]


def test_the_holder_of_a_commendation_meeting_confers_the_series_it_names() -> None:
    text = "9月20日，湖南省总工会在长沙举行第四届“湖湘工匠”授称大会，株洲中车电工罗建华被授予第四届“湖湘工匠”称号。"
    assert honours(text)["罗建华"] == [("湖湘工匠", None, "第四届", ["湖南省总工会"])]


def test_a_definition_of_a_series_names_its_conferrer_for_the_article() -> None:
    text = "“五一”劳动奖章是全总设立的。去年，沈阳机车车辆厂钳工孙德胜获得“五一”劳动奖章。"
    got = honours(text, document_date="1987-04-28")
    assert got["孙德胜"][0][3] == ["中华全国总工会"]


def test_a_commendation_named_after_the_honour_in_its_sentence_confers_it() -> None:
    text = "五一前夕，余德胜荣获“全国劳动模范”称号，并受到中共中央、国务院的表彰。"
    assert honours(text)["余德胜"] == [("全国劳动模范", None, None, ["中共中央", "国务院"])]


def test_a_commendation_of_a_year_dates_the_honours_of_its_paragraph() -> None:
    text = "4月26日，安徽省总工会发布了关于表彰2022年安徽省五一劳动奖的决定。铜陵有色冬瓜山铜矿凿岩工汪国平获“安徽省五一劳动奖章”。"
    assert honours(text)["汪国平"] == [("安徽省五一劳动奖章", 2022, None, ["安徽省总工会"])]


def test_a_news_paragraph_of_the_day_dates_its_conferral_with_the_document_year() -> None:
    text = "近日，国网嘉兴供电公司配电运检工陆海峰被授予“浙江省五一劳动奖章”。"
    assert honours(text, document_date="2019-05-08")["陆海峰"][0][1] == 2019
    assert honours("陆海峰曾被授予“浙江省五一劳动奖章”。", document_date="2019-05-08")["陆海峰"][0][1] is None


def test_a_coordinated_series_in_a_dated_meeting_dates_both_honours() -> None:
    text = (
        "2010年全国劳动模范和先进工作者表彰大会在京举行。其中，攀枝花市中心医院护士长罗玉梅获得“全国先进工作者”称号。"
    )
    assert honours(text)["罗玉梅"][0][1] == 2010


def test_the_signature_date_of_a_decision_dates_its_honours() -> None:
    text = (
        "桐庐县卫生健康局关于表彰第二届“桐庐县最美护士”的决定\n"
        "经研究，决定授予以下同志第二届“桐庐县最美护士”称号：\n"
        "方丽君　桐庐县第一人民医院\n"
        "希望受表彰的同志珍惜荣誉，再接再厉。\n"
        "桐庐县卫生健康局\n"
        "2021年5月10日\n"
    )
    assert honours(text)["方丽君"] == [("桐庐县最美护士", 2021, "第二届", ["桐庐县卫生健康局"])]


def test_a_list_heading_that_names_an_honour_short_takes_the_full_name_of_the_title() -> None:
    text = (
        "象山县教育局关于表彰第三届“象山县优秀教师”和“象山县师德标兵”的决定\n"
        "一、优秀教师\n"
        "俞晓红　丹城中学\n"
        "二、师德标兵\n"
        "贺国庆　爵溪小学\n"
    )
    got = honours(text)
    assert got["俞晓红"] == [("象山县优秀教师", None, "第三届", ["象山县教育局"])]
    assert got["贺国庆"] == [("象山县师德标兵", None, None, ["象山县教育局"])]


def test_a_roster_row_may_carry_its_unit_on_the_next_line() -> None:
    text = "2022年东营工匠名单\n刘振华\n胜利油田采油工\n王海燕\n东营市人民医院护士长\n"
    got = honours(text)
    assert got["刘振华"] == [("东营工匠", 2022, None, [])]
    assert got["王海燕"] == [("东营工匠", 2022, None, [])]


def test_bare_honour_lines_over_names_are_headings_not_the_previous_persons_honours() -> None:
    text = "2021年度授勋名单：\n银紫荆星章\n梁国雄\n荣誉勋章\n钟美玲\n"
    got = honours(text)
    assert got == {"梁国雄": [("银紫荆星章", 2021, None, [])], "钟美玲": [("荣誉勋章", 2021, None, [])]}


def test_a_team_named_after_a_person_and_the_prose_after_a_roster_are_no_roster_rows() -> None:
    text = (
        "2019年“最美职工”名单\n"
        "王建国\n"
        "湘潭钢铁集团焊工\n"
        "国棉一厂细纱车间 郝建秀小组\n"
        "郝建秀是上世纪五十年代的纺织女工，她总结的工作法影响了几代人。\n"
    )
    got = honours(text)
    assert got["王建国"] == [("最美职工", 2019, None, [])]
    assert "最美职工" not in [t for t, *_ in got.get("郝建秀", [])]


def test_honour_headings_over_paragraphs_are_not_the_next_paragraphs_persons_honours() -> None:
    text = (
        "浙江省五一劳动奖章\n"
        "近日，浙江省总工会表彰一批先进个人，宁波港桥吊司机竺建国荣获“浙江省五一劳动奖章”。\n"
        "宁波市劳动模范\n"
        "4月28日，宁波市召开劳模表彰大会。北仑区环卫工人周秀英被授予“宁波市劳动模范”称号。\n"
    )
    got = honours(text)
    assert [t for t, *_ in got["竺建国"]] == ["浙江省五一劳动奖章"]
    assert [t for t, *_ in got["周秀英"]] == ["宁波市劳动模范"]


def test_an_award_named_with_its_year_dates_the_medal_of_a_later_list() -> None:
    text = "4月28日，全国总工会召开2022年全国五一劳动奖表彰大会。\n全国五一劳动奖章获得者\n陆建华\n上海港桥吊司机\n"
    assert honours(text)["陆建华"] == [("全国五一劳动奖章", 2022, None, ["中华全国总工会"])]


DATED_LIST_NEWS = """绍兴8人获评省劳动模范
12月26日上午，浙江省劳动模范和先进工作者表彰大会在杭州举行。
被评为浙江省劳动模范的有：绍兴市轨道交通集团钱国梁、诸暨市人民医院楼晓燕。
钱国梁是一名高级技师，获得绍兴市五一劳动奖章、浙江省技术能手、浙江金蓝领等荣誉称号。
"""


def test_a_list_under_a_dated_lead_event_takes_the_document_year() -> None:
    got = honours(DATED_LIST_NEWS, document_date="2025-12-28")
    assert ("浙江省劳动模范", 2025, None, []) in got["楼晓燕"]


def test_a_lead_event_in_a_later_month_than_the_document_is_of_the_year_before() -> None:
    got = honours(DATED_LIST_NEWS, document_date="2026-01-04")
    assert ("浙江省劳动模范", 2025, None, []) in got["楼晓燕"]


def test_a_resume_of_honours_held_is_not_dated_by_the_lead_event() -> None:
    got = honours(DATED_LIST_NEWS, document_date="2025-12-28")
    assert ("浙江省技术能手", None, None, []) in got["钱国梁"]
    assert ("浙江省劳动模范", 2025, None, []) in got["钱国梁"]


def test_a_nominee_named_after_the_announced_honour_holds_none_of_it() -> None:
    text = (
        "3月1日,由江州市总工会主办的2023年“江州工匠年度人物”发布活动,在江州市揭晓10位“江州工匠年度人物”"
        "和40位提名人选,职业学院特聘教授王立群入围提名人选。\n"
        "十位“江州工匠年度人物”分别是:\n"
        "江州电机有限公司 水轮机装配特级技师 崔国兴\n"
        "江州污水处理有限公司 高级技师杨雷\n"
    )
    people = {p["name"]: p["honors"] for p in extract_text(text)["people"]}
    assert people.get("王立群", []) == []


def test_a_person_selected_for_the_honour_itself_still_holds_it() -> None:
    text = "3月1日,2023年“江州工匠年度人物”揭晓,职业学院特聘教授王立群入选“江州工匠年度人物”。"
    people = {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}
    assert people["王立群"] == ["江州工匠年度人物"]


EDITION_BEFORE_LEVEL = "12月20日，第二届青川省“最美劳动者”发布仪式举行，正式公布了罗春燕等10名“最美劳动者”名单。"


def test_an_edition_before_the_level_of_a_fuller_name_is_the_edition_not_part_of_the_level() -> None:
    person = next(p for p in extract_text(EDITION_BEFORE_LEVEL)["people"] if p["name"] == "罗春燕")
    assert [(h["title"], h["edition"]) for h in person["honors"]] == [("青川省最美劳动者", "第二届")]


def test_the_fuller_prefix_reads_an_edition_and_a_level() -> None:
    from loaders.extract.relations import fuller_prefixes

    assert fuller_prefixes("第二届青川省“最美劳动者”，…“最美劳动者”", "最美劳动者") == ["第二届青川省", ""]


SHORT_AFTER_QUOTED_FULL = (
    "12月25日，2023年度青川省“最美职工”发布仪式举行，选出了3名“最美职工”。"
    "3名最美职工分别是：青川钢铁公司炼钢厂电工罗春燕，青川市人民医院护士龚建华，北山县第一中学教师蒲志强。"
)


def test_an_unquoted_short_name_takes_the_level_the_article_quotes_it_with() -> None:
    person = next(p for p in extract_text(SHORT_AFTER_QUOTED_FULL)["people"] if p["name"] == "蒲志强")
    assert [(h["title"], h["year"]) for h in person["honors"]] == [("青川省最美职工", 2023)]


def test_an_edition_written_before_the_quoted_name_alone_is_the_lists_edition() -> None:
    text = (
        "近日，交通运输部、中华全国总工会联合印发《关于公布第二届“最美公路人”名单的通知》。\n"
        "我区2名个人入选“最美公路人”，分别是：\n"
        "青川公路养护中心水库道班班长罗春燕\n"
        "北山路桥集团有限责任公司材料设备中心副主任 蒲志强\n"
    )
    person = next(p for p in extract_text(text)["people"] if p["name"] == "罗春燕")
    assert [(h["title"], h["edition"]) for h in person["honors"]] == [("最美公路人", "第二届")]


def test_the_end_of_a_year_range_dates_no_honour_named_with_the_range() -> None:
    from tests.conftest import honours

    text = (
        "4月28日下午，公司2021-2022年度劳动模范表彰大会隆重举行。"
        "最终，钱国华、孙丽萍等6名员工荣获“2021-2022年度劳动模范”称号。"
    )
    assert honours(text)["钱国华"] == [("劳动模范", None, [])]


def test_a_single_year_named_with_the_series_still_dates_it() -> None:
    from tests.conftest import honours

    text = "4月28日下午，公司2022年度劳动模范表彰大会隆重举行。最终，钱国华、孙丽萍等6名员工荣获“劳动模范”称号。"
    assert honours(text)["钱国华"] == [("劳动模范", 2022, [])]


def test_a_name_and_its_verb_before_a_level_word_are_no_fuller_prefix() -> None:
    from loaders.extract.relations import fuller_prefixes

    text = "二中教师胡金玲获市“最美乡村教师”称号。另悉，对覃炳秋等10名“最美乡村教师”以奖励"
    assert fuller_prefixes(text, "最美乡村教师") == ["", ""]


def test_a_place_before_a_level_word_is_still_a_fuller_prefix() -> None:
    from loaders.extract.relations import fuller_prefixes

    assert fuller_prefixes("荣成市“最美渔民”，…“最美渔民”", "最美渔民") == ["荣成市", ""]


def test_a_counted_run_does_not_take_an_earlier_sentences_name_tail_into_its_honour() -> None:
    text = "其中，二中教师胡金玲获市“最美乡村教师”称号。另悉，在此次表彰大会上，对覃炳秋等10名“最美乡村教师”以奖励。"
    person = next(p for p in extract_text(text)["people"] if p["name"] == "覃炳秋")
    titles = [h["title"] for h in person["honors"]]
    assert "最美乡村教师" in titles
    assert not any("获市" in t for t in titles)
