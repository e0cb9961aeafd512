"""One person's honours read twice or read past their name (loaders/extract/steps.py, applied per person
in loaders/extract/profile.py), and the year of a conferral told with a day but no year."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.extract.steps import coordinated_duplicates_dropped, holder_cut_from_titles, nested_honours_merged
from tests.conftest import honours


def _honour(
    title: str, year: int | None = None, raw: str | None = None, bodies: list[str] | None = None
) -> dict[str, Any]:
    return {"title": title, "raw": raw or title, "year": year, "edition": None, "conferred_by": bodies or []}


# -- one honour read twice, once without its level or series prefix


def test_a_title_that_ends_a_fuller_title_of_the_same_person_is_folded_into_it() -> None:
    merged = nested_honours_merged(
        [_honour("十佳最美护士", 2016), _honour("漳州市十佳最美护士", raw="漳州市“十佳最美护士”")]
    )
    assert [(h["title"], h["raw"], h["year"]) for h in merged] == [("漳州市十佳最美护士", "漳州市“十佳最美护士”", 2016)]


def test_the_fuller_title_takes_the_conferrers_of_the_shorter() -> None:
    merged = nested_honours_merged([_honour("劳动模范", bodies=["中共广东省委"]), _honour("全国劳动模范")])
    assert [(h["title"], h["conferred_by"]) for h in merged] == [("全国劳动模范", ["中共广东省委"])]


def test_nested_titles_of_different_years_stay_two_honours() -> None:
    merged = nested_honours_merged([_honour("劳动模范", 2010), _honour("全国劳动模范", 2015)])
    assert [h["title"] for h in merged] == ["劳动模范", "全国劳动模范"]


def test_a_title_that_only_begins_a_longer_one_is_not_folded_into_it() -> None:
    # 中国好人 beside 中国好人榜: the longer one may run on past the honour
    merged = nested_honours_merged([_honour("中国好人"), _honour("中国好人榜")])
    assert [h["title"] for h in merged] == ["中国好人", "中国好人榜"]


def test_a_short_title_under_sixty_percent_of_the_long_one_stays_apart() -> None:
    merged = nested_honours_merged([_honour("劳动模范"), _honour("全国煤炭工业劳动模范")])
    assert [h["title"] for h in merged] == ["劳动模范", "全国煤炭工业劳动模范"]


def test_a_list_sentence_with_the_series_name_and_a_meeting_gives_each_nurse_one_honour() -> None:
    text = (
        "漳州市表彰“十佳最美护士”\n\n"
        "市第一医院急诊科护师陈丽华、市中医院手术室护士长林美玲被授予漳州市“十佳最美护士”荣誉称号，"
        "在纪念国际护士节暨“十佳最美护士”表彰大会上受到表彰。\n"
    )
    found = honours(text, document_date="2019-05-13")
    assert [h[0] for h in found["陈丽华"]] == ["漳州市十佳最美护士"]


# -- a pair read whole beside one of its parts


def test_a_pair_of_titles_beside_one_of_its_parts_is_dropped() -> None:
    kept = coordinated_duplicates_dropped(
        [_honour("全国五一巾帼标兵岗和全国五一巾帼标兵", 2023), _honour("全国五一巾帼标兵", 2023)]
    )
    assert [h["title"] for h in kept] == ["全国五一巾帼标兵"]


def test_a_pair_of_titles_alone_is_kept() -> None:
    kept = coordinated_duplicates_dropped([_honour("广东省劳动模范和先进工作者", 2015)])
    assert [h["title"] for h in kept] == ["广东省劳动模范和先进工作者"]


# -- a title run over the holder's introduction


def test_a_title_holding_its_holders_name_is_cut_after_the_name() -> None:
    raw = "福山区福新街道垆上村村委会主任助理张秀兰全国三八红旗手"
    cut = holder_cut_from_titles([_honour(raw, 2011, raw=raw)], "张秀兰")
    assert [(h["title"], h["raw"]) for h in cut] == [("全国三八红旗手", "全国三八红旗手")]


def test_a_title_without_the_holders_name_is_left_as_it_is() -> None:
    cut = holder_cut_from_titles([_honour("全国三八红旗手", 2011)], "张秀兰")
    assert [h["title"] for h in cut] == ["全国三八红旗手"]


# -- tails of a title


def test_a_nomination_award_after_the_quoted_series_is_part_of_the_title() -> None:
    profile = extract_text("本报讯 2016年5月10日，附属二院心内科护士长王丽娟荣获省“最美护士”提名奖。")
    person = next(p for p in profile["people"] if p["name"] == "王丽娟")
    assert [(h["title"], h["raw"]) for h in person["honors"]] == [("省最美护士提名奖", "省“最美护士”提名奖")]


def test_praise_written_before_chenghao_is_no_part_of_the_title() -> None:
    text = "他在全国汽车维修技能大赛中夺冠，获得全国技术能手光荣称号。"
    found = honours("台州汽车维修工李建华\n\n李建华是吉利集团的一名维修工。" + text)
    assert [h[0] for h in found["李建华"]] == ["全国技术能手"]


# -- the year of a conferral told with a day but no year


def test_a_day_without_a_year_in_the_honours_sentence_dates_it_to_the_document() -> None:
    text = (
        "2013-12-26 来源：农业信息网\n\n"
        "这是记者23日从全国农业工作会议上获悉的，会议授予河南省张国强等200名同志“全国粮食生产先进工作者”称号。\n"
    )
    assert [(h[0], h[1]) for h in honours(text, document_date="2013-12-26")["张国强"]] == [
        ("全国粮食生产先进工作者", 2013)
    ]


def test_a_day_written_with_its_year_is_left_to_the_year() -> None:
    text = (
        "2013-12-26 来源：农业信息网\n\n回顾往事，2009年5月1日，河南省农民张国强被授予“全国粮食生产先进工作者”称号。\n"
    )
    assert [h[1] for h in honours(text, document_date="2013-12-26")["张国强"]] == [2009]


def test_a_ceremony_dated_by_its_day_after_zai_dates_the_conferral_it_reports() -> None:
    text = (
        "为弘扬职业精神，5月11日，市文明办在全市卫生系统开展了“十佳最美护士”评选活动。\n"
        "市第一医院急诊科护师陈丽华等十名同志被授予漳州市“十佳最美护士”荣誉称号，"
        "在5月11日举办的纪念国际护士节暨“十佳最美护士”表彰大会上受到表彰。\n"
    )
    found = honours(text, document_date="2019-05-13")
    assert [(h[0], h[1]) for h in found["陈丽华"]] == [("漳州市十佳最美护士", 2019)]


# -- a description before a name is no honour


def test_an_honour_word_after_a_relative_clause_describes_the_person() -> None:
    text = "他们中间有全国著名的拥军模范孙德明，有井下支护专家赵卫东。孙德明是某矿的采煤工。"
    people = extract_text(text)["people"]
    assert not any(p["honors"] for p in people if p["name"] == "孙德明")


def test_an_old_model_worker_is_a_description() -> None:
    text = "二十年过去了。而今，老劳模钱福生已经79岁高龄，仍常回矿上看看。"
    people = extract_text(text)["people"]
    assert not any(p["honors"] for p in people if p["name"] == "钱福生")


def test_a_levelled_honour_after_de_stays_an_honour() -> None:
    text = "交通系统的全国劳动模范李向东在会上作了发言，他是一名公路养护工。"
    assert [h[0] for h in honours(text)["李向东"]] == ["全国劳动模范"]
