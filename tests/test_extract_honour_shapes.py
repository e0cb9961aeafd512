"""Honours of the people a feature, profile or news item is about (loaders/extract/steps.py,
frames.py, context.py, loaders/honours.py): the bodies a series is chosen by, a body's 颁发的 before
a quoted name, a meeting named with its year, honours listed after 殊荣——, a pronoun's 是, and the
words (a count, the nation) around a title that are not part of it."""

from __future__ import annotations

from typing import Any, cast

from loaders.extract import extract_text
from loaders.extract.context import fuller_body
from loaders.extract.document import Sentence
from loaders.extract.facts import Context, Fact
from loaders.extract.steps import same_title_year
from loaders.honours import parse_honour

CTX = cast(Context, None)  # same_title_year reads only the facts


def honours(text: str, **kwargs: Any) -> dict[str, list[tuple[Any, ...]]]:
    profile = extract_text(text, **kwargs)
    return {
        p["name"]: [(h["title"], h.get("raw"), h.get("year"), h.get("conferred_by")) for h in p.get("honors", [])]
        for p in profile["people"]
    }


# -- conferring bodies


def test_a_series_chosen_by_named_bodies_is_conferred_by_them() -> None:
    text = "9月9日，城关中学的王红梅老师荣获2019年全国优秀教师称号。据悉，2019年全国优秀教师由人社部、教育部组织评选。"
    (held,) = honours(text, document_date="2019-09-10")["王红梅"]
    assert held[3] == ["人力资源和社会保障部", "教育部"]


def test_a_commendation_added_with_bing_huo_does_not_confer_the_honours_before_it() -> None:
    text = (
        "陆丽华，女，1978年生，中共党员，某市中心医院急诊科护士长。"
        "先后获得湖北省优秀护士、最美护士等荣誉称号，并获武汉市政府嘉奖。"
    )
    held = honours(text)["陆丽华"]
    assert [h[0] for h in held] == ["湖北省优秀护士", "最美护士"]
    assert all(h[3] == [] for h in held)


def test_a_count_before_the_verb_is_no_part_of_the_conferring_body() -> None:
    parsed = parse_honour("三次荣获铁道部“火车头奖章”")
    assert parsed is not None
    assert parsed.conferred_by == ["铁道部"]


def test_a_body_that_presented_the_quoted_award_confers_it() -> None:
    text = "陈建刚是株洲某机车厂的钳工。2010年，他荣获湖南省总工会颁发的“技术革新能手”奖。"
    (held,) = honours(text)["陈建刚"]
    assert (held[2], held[3]) == (2010, ["湖南省总工会"])
    assert not held[1].startswith("湖南省总工会")  # the body and 颁发的 are no part of the name as written


def test_a_unit_under_a_company_is_not_the_companys_full_name() -> None:
    assert fuller_body("国网湖南省电力有限公司", ["国网湖南省电力有限公司县公司"]) == "国网湖南省电力有限公司"


# -- years


def test_the_year_a_meeting_is_named_with_dates_the_medals_it_presents() -> None:
    text = (
        "5月1日上午，株洲市2019年庆祝“五一”国际劳动节大会在市体育馆召开。会上表彰了一批先进集体和个人，"
        "株洲某建设公司项目经理张立被授予株洲市五一劳动奖章。"
    )
    assert honours(text)["张立"] == [("株洲市五一劳动奖章", "株洲市五一劳动奖章", 2019, [])]


# -- who holds them, and the title


def test_a_name_introduced_with_jiao_opens_an_introduction_of_comma_items() -> None:
    text = "“老黄牛”叫刘建国，某铁路局集团公司机务段司机长，全国优秀共产党员，全国五一劳动奖章获得者。"
    titles = [h[0] for h in honours(text)["刘建国"]]
    assert titles == ["全国优秀共产党员", "全国五一劳动奖章"]


def test_honours_listed_after_shurong_and_a_dash_are_the_subjects() -> None:
    text = "汪明，一个普通的名字，背后却有着许多沉甸甸的殊荣——国网湖南省电力有限公司劳动模范、优秀共产党员，长沙县劳动模范。"
    titles = [h[0] for h in honours(text)["汪明"]]
    assert titles == ["国网湖南省电力有限公司劳动模范", "优秀共产党员", "长沙县劳动模范"]


def test_a_pronoun_before_shi_holds_the_honour_in_a_one_person_article() -> None:
    text = "2021年9月，女拖拉机手王秀英在哈尔滨逝世，享年90岁。她是新中国第一批全国劳动模范，被称为“开国劳模”。"
    assert [h[0] for h in honours(text)["王秀英"]] == ["全国劳动模范"]


def test_the_nation_before_a_national_honours_round_is_no_part_of_the_title() -> None:
    parsed = parse_honour("新中国第一批全国劳动模范")
    assert parsed is not None
    assert (parsed.title, parsed.edition) == ("全国劳动模范", "第一批")


def held_fact(title: str, year: int | None) -> Fact:
    sent = Sentence(0, len(title), title)
    value: dict[str, Any] = {
        "title": title,
        "raw": title,
        "year": year,
        "edition": None,
        "conferred_by": [],
        "_verb": True,
    }
    return Fact("honor", value, sent, 0, ["张志强"])


def test_a_series_nomination_award_takes_the_year_of_the_series_title() -> None:
    facts = [held_fact("桐庐工匠", 2023), held_fact("桐庐工匠提名奖", None)]
    assert [f.value["year"] for f in same_title_year(CTX, facts)] == [2023, 2023]


def test_a_nomination_award_of_another_series_stays_undated() -> None:
    facts = [held_fact("桐庐工匠", 2023), held_fact("富阳工匠提名奖", None)]
    assert [f.value["year"] for f in same_title_year(CTX, facts)] == [2023, None]
