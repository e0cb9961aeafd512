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
