"""Dates as profiles write them → partial ISO dates; relative years only against a known document date."""

from __future__ import annotations

import pytest

from loaders.dates import (
    cn_to_int,
    ends_in_open_range,
    find_dates,
    month_day,
    parse_birth,
    parse_date,
    parse_period,
    parse_year,
    relative_year,
    year_span,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("九", 9),
        ("十", 10),
        ("二十三", 23),
        ("一百零二", 102),
        ("两万三千", 23000),
        ("一九八〇", 1980),
        ("2019", 2019),
    ],
)
def test_chinese_and_arabic_numerals_become_integers(text: str, expected: int) -> None:
    assert cn_to_int(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019年", "2019"),
        ("1980年2月", "1980-02"),
        ("2023年2月6日", "2023-02-06"),
        ("2023.2.6", "2023-02-06"),
        ("2023-05-01 08:30", "2023-05-01"),
        ("一九八〇年二月", "1980-02"),
        ("二〇二一年度", "2021"),
    ],
)
def test_absolute_dates_keep_the_precision_they_are_written_with(text: str, expected: str) -> None:
    assert parse_date(text) == expected


def test_last_year_is_resolved_against_the_document_date() -> None:
    assert parse_year("去年被评为我市“最美快递员”", doc_year=2023) == 2022
    assert relative_year("前年", 2024) == 2022 and relative_year("今年", 2024) == 2024


def test_last_year_stays_unknown_without_a_document_date() -> None:
    assert parse_year("去年被山东省总工会评为“齐鲁大工匠”") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2019年至今，他担任考评员", (2019, None)),
        ("2014年至2018年期间", (2014, 2018)),
        ("2014—2018年", (2014, 2018)),
        ("2022-2023年", (2022, 2023)),
    ],
)
def test_periods_give_start_and_end_with_open_ended_ones_ending_in_none(text: str, expected: tuple) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1980年2月出生的张伟，是焦煤集团九里山矿机电运转队队长", "1980-02"),
        ("和国庆，1972年生于山东省临沂市沂南县", "1972"),
        ("出生于一九八〇年二月", "1980-02"),
        ("张伟（1980年2月— ），男", "1980-02"),
        ("出生年月：1976年8月", "1976-08"),
    ],
)
def test_birth_phrases_give_the_birth_date(text: str, expected: str) -> None:
    assert parse_birth(text) == expected


def test_a_year_of_production_is_not_a_birth() -> None:
    assert parse_birth("2016年，合作社生产大米1.2万吨") is None


def test_numbers_that_are_not_years_are_not_dates() -> None:
    assert [d.year for d in find_dates("全年新建工会组织264家，新发展会员29635人")] == []


def test_a_dateline_without_a_year_gives_month_and_day() -> None:
    assert month_day("本报讯（记者李新和）2月6日，市总工会召开会议") == (2, 6)


def test_a_date_whose_year_month_and_day_words_were_lost_is_read_from_its_spaced_numbers() -> None:
    assert parse_date("2015 10 13、胡双钱被授予全国爱岗敬业模范称号") == "2015-10-13"


def test_a_year_followed_by_one_spaced_number_is_no_date() -> None:
    assert find_dates("共计2015 10人参加") == []


@pytest.mark.parametrize(
    "text",
    ["2016—2018年，他先后荣获", "2016至2018年连续三年被评为", "2015 年 - 2016 年，白云荣获", "2016～2018年间获得"],
)
def test_a_span_of_years_written_whole_is_read_as_one_span(text: str) -> None:
    assert year_span(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "表彰2016至2018年度全市劳动模范",  # a series' years: the item's own conferral, no span held before
        "2016-18年，他先后荣获",  # a two-digit end is not read as a year
        "2016年，他荣获",
    ],
)
def test_a_yearly_series_or_a_single_year_is_no_span(text: str) -> None:
    assert year_span(text) is None


def test_a_span_is_looked_for_only_between_the_bounds_given() -> None:
    text = "2015-2016年，白云还荣获了市劳动模范"
    assert year_span(text, 0, len(text)) is not None
    assert year_span(text, 6) is None


@pytest.mark.parametrize("text", ["2010年至", "表彰2016—", "2016年 到 ", "2016～"])
def test_words_ending_in_a_ranges_first_year_leave_the_range_open(text: str) -> None:
    assert ends_in_open_range(text)


@pytest.mark.parametrize("text", ["2016年", "2016年至今", "16—", "2016年至2018年"])
def test_words_ending_otherwise_leave_no_range_open(text: str) -> None:
    assert not ends_in_open_range(text)


def test_both_years_of_a_dashed_range_are_dates() -> None:
    assert [d.year for d in find_dates("2016—2018年，他先后荣获")] == [2016, 2018]
