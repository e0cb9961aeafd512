"""Honours read where words only describe, name an event or run on into the next clause; the year of a
competition told in a relative clause; datelines and page stamps that make a page the day's news
(loaders/extract/falsehonours.py, loaders/extract/frames.py, loaders/extract/document.py)."""

from __future__ import annotations

from loaders.extract.document import parse_document
from loaders.extract.falsehonours import describes
from tests.conftest import honours

# -- words that describe a person name no honour


def test_an_honour_word_after_a_descriptive_de_clause_is_no_honour() -> None:
    text = "王秀兰相信，只要肯干，就会有更多年轻人成为新时代的劳模。\n"
    assert honours(text).get("王秀兰", []) == []


def test_a_generation_before_an_honour_word_describes_the_person() -> None:
    text = "李桂英是新中国第一代全国劳动模范，1930年出生于河北保定。\n"
    assert all(title != "新中国第一代全国劳动模范" for title, _, _ in honours(text).get("李桂英", []))


def test_a_de_clause_in_the_honours_raw_describes_it_even_when_the_title_drops_it() -> None:
    assert describes("杰出妇女", "此殊荣的杰出妇女")


def test_a_place_before_de_names_the_honours_level() -> None:
    assert not describes("北京市的劳动模范", "北京市的劳动模范")


def test_a_de_inside_the_quoted_name_is_the_names_own() -> None:
    assert not describes("实干苦干的新型矿工", "“实干苦干的新型矿工”")


# -- a quoted name followed by an event noun names the event


def test_a_quoted_campaign_followed_by_its_activity_is_no_honour() -> None:
    text = (
        "经县教育局推荐，周建平老师在省电视台、省教育厅联合主办的“寻找最美乡村教师2019”大型公益活动中"
        "脱颖而出，荣获全省十大“最美乡村教师”称号。\n"
    )
    assert [title for title, _, _ in honours(text)["周建平"]] == ["最美乡村教师"]


def test_a_quoted_competition_with_a_placing_is_no_honour() -> None:
    text = "获得2020年全市“金点子”创新大赛一等奖的技术员刘晓东也受到表彰。\n"
    assert all("金点子" not in title for title, _, _ in honours(text).get("刘晓东", []))


def test_an_honour_word_after_the_activity_keeps_the_honour() -> None:
    text = "陈丽华被授予全省“巾帼建功”竞赛活动先进个人称号。\n"
    assert honours(text)["陈丽华"] != []


def test_a_list_of_quoted_campaigns_before_their_activity_gives_no_honour() -> None:
    text = "2020年，某县开展“最美护士”“最美医生”等评选活动，县医院护士长刘小燕参与了组织工作。\n"
    assert honours(text).get("刘小燕", []) == []


def test_a_list_joined_by_marks_before_the_activity_gives_no_honour() -> None:
    text = "2020年，某县开展“最美护士”、“最美医生”评选活动，县医院护士长刘小燕参与了组织工作。\n"
    assert honours(text).get("刘小燕", []) == []


def test_a_list_of_quoted_honours_closed_by_its_title_word_stays() -> None:
    text = "2021年，邓小英先后荣获“优秀志愿者”“文明市民”等荣誉称号。\n"
    assert [title for title, _, _ in honours(text)["邓小英"]] == ["优秀志愿者", "文明市民"]


# -- runs of names and clauses: each honour to its own holders


def test_a_second_honour_in_a_run_of_names_opens_its_own_run() -> None:
    text = "全国劳动模范赵建军、孙丽、省劳动模范钱文斌和市劳动模范周海出席了座谈会。\n"
    found = honours(text)
    assert [title for title, _, _ in found["钱文斌"]] == ["省劳动模范"]
    assert [title for title, _, _ in found["周海"]] == ["市劳动模范"]


def test_holders_named_with_huodezhe_are_no_trigger_for_the_next_honour() -> None:
    text = "中华技能大奖获得者代表郑志强、韩梅和全国技术能手代表冯涛在会上发言。\n"
    assert [title for title, _, _ in honours(text)["冯涛"]] == ["全国技术能手"]


def test_a_second_trigger_after_a_joint_ends_the_first_persons_object() -> None:
    text = "高建华喜获“河源客家工匠”荣誉称号、李秀英喜获广东省“工人技术明星”荣誉称号。\n"
    assert [title for title, _, _ in honours(text)["高建华"]] == ["河源客家工匠"]


def test_a_prizes_own_class_after_the_quote_stays_in_the_title() -> None:
    text = "今年5月，王立新获得第三届“袁隆平农业科技奖”杰出贡献奖。\n"
    assert [title for title, _, _ in honours(text)["王立新"]] == ["袁隆平农业科技奖杰出贡献奖"]


def test_a_placing_after_the_quote_is_no_part_of_the_title() -> None:
    text = "王立新获得“金桥奖”优秀奖。\n"
    assert [title for title, _, _ in honours(text)["王立新"]] == ["金桥奖"]


# -- years


def test_the_year_of_a_competition_in_the_holders_clause_is_not_the_awards() -> None:
    text = (
        "经审核，决定向李明等200名在2021—2022年度全省行业职业技能竞赛中取得优异成绩的选手授予“江西省技术能手”称号。\n"
    )
    assert honours(text)["李明"][0][1] is None


def test_in_an_undated_chronicle_a_month_alone_takes_the_paragraphs_last_year() -> None:
    text = (
        "2016年3月8日，全国妇联授予刘淑芬“全国三八红旗手”称号；6月20日，省委授予刘淑芬“全省优秀共产党员”称号；"
        "10月，荣获第五届全国道德模范。\n"
    )
    assert ("全省优秀共产党员", 2016) in [(title, year) for title, year, _ in honours(text)["刘淑芬"]]


def test_a_dated_page_keeps_its_own_year_for_a_day_without_one() -> None:
    text = "2016年，刘淑芬被评为全国三八红旗手。\n\n6月20日，省委授予刘淑芬“全省优秀共产党员”称号。\n"
    found = honours(text, document_date="2021-06-22")["刘淑芬"]
    assert ("全省优秀共产党员", 2021) in [(title, year) for title, year, _ in found]


def test_a_commendation_headline_makes_the_stamped_page_news_of_the_day() -> None:
    text = (
        "某某工程建设劳动竞赛表彰大会举行\n"
        "- 2015/05/12 10:20:00\n"
        "- 来源:中铁某局\n"
        "某某工程建设劳动竞赛表彰大会隆重举行，钱卫东等15人获“优秀建设者”称号。\n"
    )
    assert honours(text)["钱卫东"] == [("优秀建设者", 2015, [])]


def test_a_papers_dateline_with_a_day_only_opens_a_news_item() -> None:
    doc = parse_document("全市“十佳护士”揭晓\n本报8日讯全市首届“十佳护士”评选结果今天揭晓。\n")
    assert doc.articles[0].news


def test_a_copied_pages_address_and_stamp_is_a_meta_line_giving_the_date() -> None:
    doc = parse_document(
        "全市“十佳护士”揭晓\nhttp://www.example.com.cn 2006年05月09日07:02 某某日报\n"
        "本报8日讯全市首届“十佳护士”评选结果今天揭晓。\n"
    )
    assert doc.date == "2006-05-09"
    assert doc.articles[0].news
