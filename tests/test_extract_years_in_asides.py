"""Honour years written inside a bracketed aside after a name (张某（2016年全国技术能手）):
a year in brackets dates the honour in the same aside, while an aside that closes before the
honour (a birth date, a source stamp) dates nothing of it (loaders/extract/facts.py, year_before).
Also a date whose 年月日 a copy lost (2015 10 13、…被授予…; loaders/dates.py, DATE_RE)."""

from __future__ import annotations

from tests.conftest import honours


def _years(text: str, name: str) -> dict[str, int | None]:
    return {t: y for t, y, _ in honours(text)[name]}


def test_a_year_in_the_honours_own_aside_dates_it() -> None:
    text = "座谈会上，劳模代表赵红梅（2015年全国劳动模范）作了发言。\n"
    assert _years(text, "赵红梅") == {"全国劳动模范": 2015}


def test_an_aside_closed_before_the_honour_dates_nothing() -> None:
    text = "孙建国（1968年出生）多次被评为公司优秀共产党员，荣获全国五一劳动奖章。\n"
    assert _years(text, "孙建国")["全国五一劳动奖章"] is None


def test_a_spaced_date_opening_a_sentence_dates_its_conferral() -> None:
    text = "李春燕，女，某公司装配钳工。2017 04 26、李春燕被全国总工会授予全国五一劳动奖章。\n"
    assert _years(text, "李春燕") == {"全国五一劳动奖章": 2017}
