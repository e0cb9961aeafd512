"""Years of honours the extractor finds, in shapes read from fresh pages (session 14, year19):
a list's year is not the year its award was founded; an edition in Arabic digits stays with the
honour's name; a headline's receiving verb is no part of a fuller title."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.frames import _context_year
from loaders.extract.mentions import honour_spans
from tests.conftest import honours

# -- the year an award was founded dates no holder of this year's list


def test_a_founding_clause_is_no_context_year() -> None:
    context = "2019年5月9日，红十字国际委员会公布了获奖者名单。这一奖项是在1912年举行的国际红十字大会上设立的。"
    assert _context_year(context) == 2019


def test_an_award_that_began_in_a_year_is_no_context_year() -> None:
    context = "2016年4月，省总工会公布了今年的获奖名单。全国五一劳动奖章的评选表彰始于1985年。"
    assert _context_year(context) == 2016


def test_a_company_founded_in_a_year_is_still_a_context_year() -> None:
    # a company's founding is a dated fact of the text (2010年成立合作社，次年…), not an award's
    assert _context_year("他于2010年成立了蔬菜专业合作社。") == 2010


def test_a_list_under_a_founding_sentence_takes_the_announcement_year() -> None:
    text = (
        "2019年5月9日，红十字国际委员会公布了第47届南丁格尔奖章获得者名单，我国有4名护士获此殊荣。\n"
        "南丁格尔奖章是国际护理界的最高荣誉，这一奖项是在1912年举行的国际红十字大会上设立的。\n"
        "获得第47届南丁格尔奖章的中国护士为：\n"
        "张红梅 南京市第一医院护理部主任\n"
        "刘晓燕 西安市中心医院急诊科护士长\n"
    )
    found = honours(text)
    assert [(t, y) for t, y, _ in found["张红梅"]] == [("南丁格尔奖章", 2019)]
    assert [(t, y) for t, y, _ in found["刘晓燕"]] == [("南丁格尔奖章", 2019)]


# -- an edition written in Arabic digits opens the honour's name


def test_an_arabic_edition_opens_the_honour_span() -> None:
    assert [h.raw for h in honour_spans("李建国荣获第16届中国青年五四奖章")] == ["第16届中国青年五四奖章"]


def test_an_arabic_edition_is_the_honours_edition_not_its_title() -> None:
    profile = extract_text("2012年5月，某钢铁公司轧钢厂工人李建国被评为第7届全国道德模范。\n")
    (person,) = [p for p in profile["people"] if p["name"] == "李建国"]
    titles = {(h["title"], h.get("edition")) for h in person["honors"]}
    assert ("全国道德模范", "第七届") in titles
    assert not any(t.startswith("届") for t, _ in titles)


# -- a headline's receiving verb is no part of the fuller title


def test_a_headline_with_a_receiving_verb_gives_no_fuller_title() -> None:
    text = (
        "4名中国护士喜获第47届南丁格尔奖章\n"
        "2019年5月9日，红十字国际委员会公布了第47届南丁格尔奖章获得者名单。\n"
        "获得第47届南丁格尔奖章的中国护士为：\n"
        "张红梅 南京市第一医院护理部主任\n"
        "刘晓燕 西安市中心医院急诊科护士长\n"
    )
    found = honours(text)
    assert {t for t, _, _ in found["张红梅"]} == {"南丁格尔奖章"}


# -- an honour read only by the fallback takes the year the article announces it with


def test_a_fallback_honour_takes_its_announced_year() -> None:
    text = (
        "本报讯 昨日下午，我市召开全市尊师重教表彰会，表彰2019年“乡村教师之星”“乡村校长之星”。\n"
        "10人获评“乡村校长之星”\n"
        "10名长期扎根乡村教育一线的校长获得2019年“乡村校长之星”表彰。\n"
        "李文斌是石峰区龙洲完全小学校长，从事乡村教学工作已有19年。\n"
    )
    assert [(t, y) for t, y, _ in honours(text)["李文斌"]] == [("乡村校长之星", 2019)]


def test_a_fallback_honour_takes_the_announced_series_name() -> None:
    text = (
        "2018“最美浙江人·最美工匠”揭晓\n"
        "11月7日下午，省委宣传部、省总工会联合发布了100名2018年“最美浙江人·最美工匠”名单。\n"
        "在百名“最美工匠”中，年龄最大的是82岁的中国工艺美术大师赵锡祥，他从事花边工作50年。\n"
    )
    profile = extract_text(text)
    (person,) = [p for p in profile["people"] if p["name"] == "赵锡祥"]
    assert [(h["title"], h["year"], h["raw"]) for h in person["honors"]] == [
        ("最美浙江人·最美工匠", 2018, "2018年“最美浙江人·最美工匠”")
    ]


def test_an_unannounced_quoted_honour_keeps_its_quotes_and_no_year() -> None:
    text = "在百名“最美工匠”中，年龄最大的是82岁的中国工艺美术大师赵锡祥，他从事花边工作50年。\n"
    profile = extract_text(text)
    (person,) = [p for p in profile["people"] if p["name"] == "赵锡祥"]
    assert [(h["title"], h["year"], h["raw"]) for h in person["honors"]] == [("最美工匠", None, "“最美工匠”")]


def test_two_announced_years_give_the_fallback_honour_none() -> None:
    text = (
        "表彰2018年“乡村校长之星”和2019年“乡村校长之星”。\n"
        "10人获评“乡村校长之星”\n"
        "李文斌是石峰区龙洲完全小学校长，从事乡村教学工作已有19年。\n"
    )
    assert all(y is None for _, y, _ in honours(text).get("李文斌", []))


# -- a sequel sentence after an earlier dated one is no news of the page's day


def test_a_sequel_after_an_earlier_year_takes_no_page_year() -> None:
    text = (
        "新华社北京4月30日电 五一前夕，记者走近几位最美劳动者。\n"
        "记者在某机床厂的数控机床旁看到23岁的王海涛时，他刚刚获得今年全国五一劳动奖章。\n"
        "王海涛是数控机床维修工。\n"
        "2021年，他参加了全国职工职业技能大赛的选拔赛，并获得第一名。"
        "随后的全国赛事中，他斩获该项目全国一等奖，并获得全国技术能手称号。\n"
    )
    found = {t: y for t, y, _ in honours(text, url="http://example.cn/2022-05/01/c_1.htm")["王海涛"]}
    assert found["全国五一劳动奖章"] == 2022
    assert found["全国技术能手"] is None


def test_a_sequel_after_a_sentence_of_the_page_year_keeps_it() -> None:
    text = "新华社北京4月30日电 2022年4月，某机床厂举行技能比武。随后，王海涛被授予全国技术能手称号。\n"
    found = {t: y for t, y, _ in honours(text, url="http://example.cn/2022-05/01/c_1.htm")["王海涛"]}
    assert found["全国技术能手"] == 2022


# -- a dated news item telling a release that names holders of a quoted honour


RELEASE = (
    "迎春时节他们最美——走近“最美铁路人”\n"
    "2020-01-09 10:23:00\n"
    "来源：新华网\n"
    "新华社北京1月8日电 题：迎春时节他们最美\n"
    "春运将至，又到了一年铁路人最忙的时节。\n"
    "为大力弘扬铁路人的奋斗精神，中央宣传部、中国国家铁路集团有限公司发布了王建平等一批“最美铁路人”先进事迹。\n"
    "在北京南站的候车大厅，“建平爱心服务区”十分显眼。这个“建平”，就是北京南站客运车间业务指导王建平。\n"
)


def test_a_release_naming_holders_in_a_dated_news_item_is_of_the_page_year() -> None:
    found = honours(RELEASE, url="http://example.cn/xwzx/202001/t20200109_1.htm")
    assert [(t, y) for t, y, _ in found["王建平"]] == [("最美铁路人", 2020)]


def test_a_release_on_an_undated_page_stays_undated() -> None:
    undated = RELEASE.replace("2020-01-09 10:23:00\n", "")
    assert [(t, y) for t, y, _ in honours(undated)["王建平"]] == [("最美铁路人", None)]


# -- a series' first edition and a tally of every edition since date no holder


def test_a_tally_since_the_first_edition_gives_its_holders_no_year() -> None:
    text = (
        "2023-03-01 18:24:05\n"
        "28日，2022年“大国工匠年度人物”在南京揭晓。\n"
        "首届“大国工匠年度人物”发布活动于2018年举办，迄今已是第四届，共推选出高建军、刘志强等40位家喻户晓的大国工匠。\n"
    )
    found = honours(text)
    assert found["高建军"] and all(y is None for _, y, _ in found["高建军"])


def test_a_first_edition_year_without_a_tally_still_dates_the_sentence() -> None:
    text = "首届“金牌工人”评选于2018年举办，钢铁公司焊工刘志强荣获“金牌工人”称号。\n"
    assert [(t, y) for t, y, _ in honours(text)["刘志强"]] == [("金牌工人", 2018)]


# -- the year's work meeting named in the lead dates the conferrals it tells


def test_a_work_meeting_named_with_its_year_dates_its_conferrals() -> None:
    text = (
        "3月22日，某建设公司工会召开2019年工会工作部署会议，会议总结了上一年度工作，同时表彰了一批先进，"
        "杨丽同志荣获“百岗明星”荣誉称号；刘建新同志荣获“优秀工会干部”荣誉称号。\n"
    )
    found = honours(text)
    assert [(t, y) for t, y, _ in found["杨丽"]] == [("百岗明星", 2019)]
    assert [(t, y) for t, y, _ in found["刘建新"]] == [("优秀工会干部", 2019)]


# -- 获评为: the verb's 为 opens no honour's name


def test_huopingwei_gives_the_bare_title() -> None:
    found = honours("经过评选，最终12名护理人员获评为优秀护士，分别是：张欢、姚宗平、文杨。\n")
    assert {t for t, _, _ in found["张欢"]} == {"优秀护士"}
