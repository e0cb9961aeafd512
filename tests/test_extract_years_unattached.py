"""Honour years written beside an honour but not attached: a year that heads a
先后 series' own clause (2019年，他先后获得A、B; loaders/extract/frames.py, series_after) and the month
or day after the year of a résumé line (2015.05 全国五一劳动奖章; loaders/extract/facts.py, LINE_YEAR_RE)."""

from __future__ import annotations

from loaders.extract.facts import LINE_YEAR_RE
from loaders.extract.frames import series_after
from tests.conftest import honours


def _years(text: str, name: str) -> dict[str, int | None]:
    return {t: y for t, y, _ in honours(text)[name]}


# -- 2019年，他先后获得A、B: the year heads the series' clause and dates every item


def test_a_year_heading_a_series_clause_dates_every_item() -> None:
    text = "朱立军是鞍钢股份炼钢总厂高级技师。2019年，他先后获得“辽宁省劳动模范”“全国五一劳动奖章”等荣誉称号。\n"
    assert _years(text, "朱立军") == {"辽宁省劳动模范": 2019, "全国五一劳动奖章": 2019}


def test_a_year_and_month_heading_a_series_clause_with_the_name_as_subject() -> None:
    text = "2016年4月，覃海燕相继被评为广西壮族自治区劳动模范、全国五一巾帼标兵。\n"
    assert _years(text, "覃海燕") == {"广西壮族自治区劳动模范": 2016, "全国五一巾帼标兵": 2016}


def test_a_year_of_joining_before_the_series_clause_dates_nothing() -> None:
    text = "2005年，马恒良进入山东临工，先后获得临沂市技术能手、山东省技术能手。\n"
    assert _years(text, "马恒良") == {"临沂市技术能手": None, "山东省技术能手": None}


def test_the_end_of_a_range_heading_a_series_clause_dates_nothing() -> None:
    text = "2010年至2020年，袁明伟先后荣获江苏省技术能手、江苏省企业首席技师。\n"
    assert _years(text, "袁明伟") == {"江苏省技术能手": None, "江苏省企业首席技师": None}


def test_the_series_lead_after_a_bare_year_and_pronoun_is_the_years_own() -> None:
    assert not series_after("年，他先后获得")
    assert not series_after("年4月，他先后获得")
    assert series_after("年，他进入公司，先后获得")  # the year is the joining clause's
    assert series_after("年，先后获得", "2010年至")  # a range's end


# -- 2015.05 全国五一劳动奖章: the month is the date's, not the honour's


def test_a_resume_line_dated_by_year_and_month_with_a_dot() -> None:
    text = "郭建英\n2015.05 全国五一劳动奖章\n2018.04 河南省劳动模范\n"
    assert _years(text, "郭建英") == {"全国五一劳动奖章": 2015, "河南省劳动模范": 2018}


def test_a_resume_line_dated_by_year_and_month_with_a_dash() -> None:
    text = "郭建英\n2016-12 全国技术能手\n"
    assert _years(text, "郭建英") == {"全国技术能手": 2016}


def test_the_line_date_takes_month_and_day_but_not_a_count() -> None:
    m = LINE_YEAR_RE.match("2015.05.01 全国五一劳动奖章")
    assert m and m["y1"] == "2015" and m.end() == len("2015.05.01 ")
    m = LINE_YEAR_RE.match("2015.5 全国五一劳动奖章")
    assert m and m.end() == len("2015.5 ")


# -- 2015-2016年，某某荣获A、B: a range is no single year


def test_a_range_heading_the_clause_dates_no_honour() -> None:
    text = "李建国是苟州村卫生室医生。2015-2016年，李建国还荣获了“重庆市最美基层好医生”、“江津区最美医生”等称号。\n"
    assert _years(text, "李建国") == {"重庆市最美基层好医生": None, "江津区最美医生": None}


def test_a_range_written_with_zhi_dates_no_honour() -> None:
    text = "覃海燕是柳州市人民医院护士长。2016年至2018年，她荣获“广西优秀护士”称号。\n"
    assert _years(text, "覃海燕") == {"广西优秀护士": None}


def test_a_single_year_after_a_range_elsewhere_still_dates() -> None:
    text = "覃海燕是柳州市人民医院护士长。2016年至2018年任护理部主任。2019年，她荣获“广西优秀护士”称号。\n"
    assert _years(text, "覃海燕") == {"广西优秀护士": 2019}


# -- 授予王某等243名同志（名单附后）“X”: the decision's note is no part of the grant


def test_a_list_note_after_the_head_count_keeps_the_grant_and_the_headings_year() -> None:
    text = (
        "关于表彰2011年度全国技术能手的决定\n"
        "我部决定授予陈立新等300名同志（名单附后）“全国技术能手”荣誉称号，颁发奖章、证书和奖牌。\n"
    )
    assert _years(text, "陈立新") == {"全国技术能手": 2011}


def test_the_count_tail_takes_the_bracketed_note() -> None:
    from loaders.extract.frames import COUNT_TAIL_RE

    m = COUNT_TAIL_RE.match("等243名同志(名单附后)“全国技术能手”")
    assert m and m.group(0) == "等243名同志(名单附后)"


# -- 2024年，甲被授予X；乙被授予Y，丙被授予Z。: the year that opens the sentence dates every clause


def test_a_year_opening_a_sentence_of_grants_dates_its_later_clauses() -> None:
    text = (
        "2023年，诸暨某公司锻压车间被授予“全国工人先锋号”荣誉称号；于光远、马巍峰等10人被授予“浙江省劳动模范”"
        "荣誉称号；越溪学堂被授予“浙江省五一巾帼标兵岗”荣誉称号，张柳梅被授予“浙江省五一巾帼标兵”荣誉称号。\n"
    )
    assert _years(text, "张柳梅") == {"浙江省五一巾帼标兵": 2023}


def test_a_later_clause_telling_an_earlier_honour_stays_undated() -> None:
    text = "2023年，于光远被授予“浙江省劳动模范”荣誉称号；张柳梅曾被授予“浙江省五一巾帼标兵”荣誉称号。\n"
    assert _years(text, "张柳梅") == {"浙江省五一巾帼标兵": None}


def test_a_year_opening_a_clause_without_a_grant_dates_nothing_after_it() -> None:
    text = "2023年，诸暨市工业产值突破两千亿元；张柳梅被授予“浙江省五一巾帼标兵”荣誉称号。\n"
    assert _years(text, "张柳梅") == {"浙江省五一巾帼标兵": None}


# -- 29日，…表彰大会召开。…同时，大会还对甲等三位“X”获得者…进行了表彰: the meeting's year (the page's)

MEETING_TEXT = (
    "2015年04月30日 11:20 来源:某某晚报\n"
    "29日，全市庆祝“五一”国际劳动节暨劳动模范表彰大会召开，授予范成果等239名同志“临沂市劳动模范”荣誉称号。\n"
    "2012年以来，全市各行各业涌现出一大批模范人物。\n"
    "同时，大会还对张淑琴等三位“全国五一劳动奖章”获得者；胡晓梅等24位“山东省富民兴鲁劳动奖章”获得者进行了表彰。\n"
)


def test_a_meeting_dated_by_its_day_alone_dates_what_it_commends_later() -> None:
    found = honours(MEETING_TEXT)
    assert [(t, y) for t, y, _ in found["张淑琴"]] == [("全国五一劳动奖章", 2015)]
    assert [(t, y) for t, y, _ in found["胡晓梅"]] == [("山东省富民兴鲁劳动奖章", 2015)]


def test_a_later_paragraph_back_on_the_meeting_may_open_with_a_connective() -> None:
    from loaders.extract.steps import MEETING_BACK_RE, MEETING_DAY_RE

    assert MEETING_BACK_RE.match("同时，大会还对张淑琴等三位“全国五一劳动奖章”获得者")
    assert not MEETING_BACK_RE.match("同时，张淑琴还对徒弟进行了指导")
    assert MEETING_DAY_RE.search("29日，全市庆祝“五一”国际劳动节暨劳动模范表彰大会召开")


# -- 2017年全国脱贫攻坚奖40名获奖者13日揭晓，…段某、程某分别获得“奋进奖”和“贡献奖”: the reveal's year

REVEAL_TEXT = (
    "2018-09-18 12:49:50 转载\n"
    "2018年全国脱贫攻坚奖40名获奖者15日揭晓，其中10人获得“奋进奖”，10人获得“贡献奖”。"
    "贵州大学生村官杨光明、湖南扶贫干部黄诗燕分别获得“奋进奖”和“贡献奖”。\n"
)


def test_conferrals_after_a_revealed_series_take_the_year_it_is_named_with() -> None:
    found = honours(REVEAL_TEXT)
    assert [(t, y) for t, y, _ in found["杨光明"]] == [("奋进奖", 2018)]
    assert [(t, y) for t, y, _ in found["黄诗燕"]] == [("贡献奖", 2018)]


def test_a_reveal_of_a_yearly_period_is_not_a_year() -> None:
    from loaders.extract.steps import REVEAL_YEAR_RE

    assert REVEAL_YEAR_RE.search("2018年全国脱贫攻坚奖40名获奖者15日揭晓")
    assert not REVEAL_YEAR_RE.search("2018年度全国脱贫攻坚奖获奖者揭晓")
    assert not REVEAL_YEAR_RE.search("2016—2018年全国脱贫攻坚奖获奖者揭晓")


# -- 今年，全市共有省劳动模范23名和先进工作者9名。其中，…是甲和乙: the count's year

AMONG_TEXT = (
    "红网4月28日讯 2016年4月28日，桂东县2名省劳动模范将赴长沙受奖。\n"
    "据悉，今年，全市共有省劳动模范20名。其中，桂东县的2名省劳动模范是来自沤江镇的农民郭春生和县电力公司的李卫红。\n"
)


def test_an_among_sentence_takes_the_year_of_the_count_before_it() -> None:
    found = honours(AMONG_TEXT, document_date="2016-04-28")
    assert [y for _, y, _ in found["郭春生"]] == [2016]


def test_the_count_lead_reads_the_source_phrase_and_the_time() -> None:
    from loaders.extract.steps import COUNT_TIME_LEAD_RE

    m = COUNT_TIME_LEAD_RE.match("据悉，今年，全市共有省劳动模范20名。")
    assert m and m.group(1) == "今年"
    assert not COUNT_TIME_LEAD_RE.match("2016年度，全市共有省劳动模范20名。")


# -- 2016年被评为X，两年后获得Y: Y is of 2018


def test_a_count_of_years_after_the_date_moves_the_year_on() -> None:
    text = "张建华是某机械公司钳工。2016年被评为全国技术能手，两年后获得全国五一劳动奖章。\n"
    assert _years(text, "张建华") == {"全国技术能手": 2016, "全国五一劳动奖章": 2018}


def test_the_years_later_count_needs_a_bare_numeral() -> None:
    from loaders.extract.facts import YEARS_LATER_RE

    assert YEARS_LATER_RE.search("，三年后获得")
    assert not YEARS_LATER_RE.search("2013年后")  # a year, not a count


# -- a table's time column over its cell: 2019年 / 全国五一劳动奖章, a line each


def test_a_line_that_is_only_a_year_dates_the_honour_line_under_it() -> None:
    text = "郭建英，某纺织公司挡车工。\n2019年\n全国五一劳动奖章\n2020年\n全国劳动模范\n"
    assert _years(text, "郭建英") == {"全国五一劳动奖章": 2019, "全国劳动模范": 2020}


def test_a_line_with_more_than_a_year_dates_no_line_under_it() -> None:
    from loaders.extract.facts import _year_line_before

    text = "2019年参加工作\n全国五一劳动奖章\n"
    assert _year_line_before(text, text.index("全国")) is None
    text = "2019.05\n全国五一劳动奖章\n"
    assert _year_line_before(text, text.index("全国")) == 2019


# -- 4月25日，省总工会发布第五届“X”，张某入选 on a dated news page: the page's year

PUBLISHED_TEXT = "第五届“齐鲁最美职工”发布\n2021-04-26 来源：大众日报\n4月25日，省总工会发布第五届“齐鲁最美职工”，张建华、李明亮等10名职工入选。\n"


def test_a_dated_lead_publishing_a_series_dates_those_selected() -> None:
    found = honours(PUBLISHED_TEXT)
    assert [y for _, y, _ in found["张建华"]] == [2021]
    assert [y for _, y, _ in found["李明亮"]] == [2021]


def test_publishing_and_selection_words_are_event_words() -> None:
    from loaders.extract.relations import EVENT_WORD_RE

    assert EVENT_WORD_RE.search("省总工会发布第五届“齐鲁最美职工”")
    assert EVENT_WORD_RE.search("张建华入选")


# -- 日前…揭晓…。2015-2016年，某某还荣获了A、B: a span's honours are held before the item's day

SPAN_TEXT = (
    "发表于 2017-2-16 10:54:12\n"
    "日前，“最美卫生计生志愿者”评选活动已经揭晓，苟州村村医李建国喜获“最美卫生计生志愿者”提名奖。\n"
    "2015-2016年，李建国还荣获了“重庆市最美基层好医生”、“江津区最美医生”等称号。\n"
)


def test_honours_of_a_span_of_years_do_not_take_the_news_items_year() -> None:
    found = _years(SPAN_TEXT, "李建国")
    assert found["重庆市最美基层好医生"] is None
    assert found["江津区最美医生"] is None


def test_a_yearly_range_of_a_series_is_not_a_span_held_before() -> None:
    from loaders.dates import year_span

    assert year_span("2015-2016年，白云才还荣获了")
    assert not year_span("表彰2010—2014年度全国劳动模范")


# -- 2015.05获A；2018.04获B: a résumé sentence opening with a dotted date is no numbered heading


def test_a_dotted_date_opening_a_sentence_is_not_a_heading_number() -> None:
    text = "刘海燕，女，1978年生，济南某公司技术员。2015.05获山东省五一劳动奖章；2018.04获全国五一劳动奖章。\n"
    assert _years(text, "刘海燕") == {"山东省五一劳动奖章": 2015, "全国五一劳动奖章": 2018}


def test_a_heading_number_before_a_dot_still_opens_a_heading() -> None:
    from loaders.extract.relations import HEADING_NUMBER_RE

    assert HEADING_NUMBER_RE.match("2.优秀共产党员") and not HEADING_NUMBER_RE.match("2015.05获山东省五一劳动奖章")
