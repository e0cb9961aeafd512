"""An honour's ``raw``, the words that name it as the text writes them (tests/data/real/dev/README.md,
sixth and eighth rounds): a year glued before the name in the text's report of the conferral is kept,
a year elsewhere in the clause, before a meeting or before a pair of names is not, and the words read
with the name (a particle, a clause and its verb, 获得者) are left out."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.extract.document import Sentence
from loaders.extract.facts import Fact
from loaders.extract.steps import honours_tidied


def raws(text: str, date: str) -> dict[str, list[tuple[str, int | None]]]:
    profile = extract_text(text, document_date=date)
    return {p["name"]: [(h.get("raw"), h.get("year")) for h in p.get("honors", [])] for p in profile["people"]}


def tidied_raw(title: str, raw: str) -> str:
    sent = Sentence(0, len(raw), raw)
    value: dict[str, Any] = {"title": title, "raw": raw, "year": None, "edition": None, "conferred_by": []}
    (fact,) = honours_tidied([Fact("honor", value, sent, 0, ["王海涛"])])
    return str(fact.value["raw"])


# -- a year glued before the name


def test_a_headline_that_glues_the_year_to_the_name_gives_every_holder_that_raw() -> None:
    text = (
        "2023年“滨海工匠”名单公布\n\n"
        "近日，滨海市总工会发布名单，滨海港务集团门机司机刘建平、滨海钢铁公司焊工陈志强被评为“滨海工匠”。\n"
    )
    found = raws(text, "2023-05-06")
    assert found["刘建平"] == [("2023年“滨海工匠”", 2023)]
    assert found["陈志强"] == [("2023年“滨海工匠”", 2023)]


def test_a_level_written_between_the_year_and_the_name_stays_in_the_raw() -> None:
    text = (
        "2017年省“浙江工匠”公布 我市三人入选\n\n"
        "日前，浙江省总工会公布名单，宁波港集团桥吊司机竺士杰被命名为“浙江工匠”。\n"
    )
    assert raws(text, "2017-12-20")["竺士杰"] == [("2017年省“浙江工匠”", 2017)]


def test_a_year_elsewhere_in_the_clause_is_not_glued() -> None:
    text = "宁波港集团桥吊司机竺士杰于2016年被评为“宁波工匠”，此后又带出了一支技术过硬的队伍。\n"
    assert raws(text, "2021-03-02")["竺士杰"] == [("“宁波工匠”", 2016)]


def test_a_year_naming_a_meeting_after_the_honour_is_not_glued() -> None:
    text = "4月28日，2022年“滨海工匠”表彰大会在市会堂举行。会上，滨海港务集团门机司机刘建平被授予“滨海工匠”称号。\n"
    assert raws(text, "2022-04-29")["刘建平"] == [("“滨海工匠”", 2022)]


def test_a_year_written_with_another_conferral_of_the_same_name_is_not_this_ones() -> None:
    text = "2019年“滨海工匠”名单公布\n\n滨海港务集团门机司机刘建平2021年被评为“滨海工匠”。\n"
    assert raws(text, "2021-06-01")["刘建平"] == [("“滨海工匠”", 2021)]


# -- words read with the name


def test_a_particle_read_with_the_name_is_cut() -> None:
    assert tidied_raw("全国技术能手", "了“全国技术能手”") == "“全国技术能手”"


def test_a_counted_clause_and_its_verb_before_the_name_are_cut() -> None:
    assert tidied_raw("全国农业农村劳动模范", "温州有1人获“全国农业农村劳动模范”") == "“全国农业农村劳动模范”"


def test_a_clause_ending_in_become_before_a_glued_year_leaves_the_year() -> None:
    assert tidied_raw("南粤工匠", "深圳有两人成为2021年“南粤工匠”") == "2021年“南粤工匠”"


def test_the_holder_word_after_the_name_is_left_out() -> None:
    assert tidied_raw("全国五一劳动奖章", "全國五一勞動獎章獲得者") == "全國五一勞動獎章"
