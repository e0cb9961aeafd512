"""Honours given to the wrong person or with a wrong title (session 13, second wave, honb18)."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.mentions import honour_spans
from loaders.honours import parse_honour

# --- a head count before an honour's name is no year and no part of the name


def test_four_digits_before_a_count_word_are_no_year() -> None:
    parsed = parse_honour("授予1670人全国劳动模范")
    assert parsed is not None
    assert parsed.title == "全国劳动模范" and parsed.year is None


def test_a_year_before_the_name_still_dates_it() -> None:
    parsed = parse_honour("2015年全国劳动模范")
    assert parsed is not None and parsed.year == 2015


def test_the_count_word_opens_no_honour_phrase() -> None:
    assert [h.raw for h in honour_spans("大会授予1670人全国劳动模范称号")] == ["全国劳动模范称号"]
    assert [h.raw for h in honour_spans("共表彰235人省劳动模范")] == ["省劳动模范"]


def test_an_anaphor_takes_the_counted_honour_without_the_count() -> None:
    text = "大会授予1670人全国劳动模范称号。其中，某某重工机械厂工人李红军获此殊荣。"
    honours = [(h["title"], h["year"]) for p in extract_text(text)["people"] for h in p["honors"]]
    assert honours == [("全国劳动模范", None)]


# --- 分别于A年和B年获得X和Y: each honour keeps its own year


def _honours(text: str) -> list[tuple[str, int | None]]:
    return [(h["title"], h["year"]) for p in extract_text(text)["people"] for h in p["honors"]]


def test_paired_years_go_to_paired_honours_in_order() -> None:
    text = "某某钢铁公司炼钢厂工人王大力分别于2012年和2016年获得全国技术能手和中华技能大奖。"
    assert _honours(text) == [("全国技术能手", 2012), ("中华技能大奖", 2016)]


def test_paired_years_after_a_passive_verb_go_in_order_too() -> None:
    text = "某某钢铁公司炼钢厂工人王大力分别于2012年、2016年被评为河北省劳动模范和全国劳动模范。"
    assert _honours(text) == [("河北省劳动模范", 2012), ("全国劳动模范", 2016)]


# --- an honour on a line of its own under a résumé: 年度 is the year's, not the title's


def test_a_yearly_honour_on_its_own_line_keeps_its_title_whole() -> None:
    text = (
        "张建华，男，1970年生，某某钢铁公司炼钢厂炉长。\n主要荣誉：\n2017年度湖北省劳动模范\n2019年 全国五一劳动奖章\n"
    )
    assert _honours(text) == [("湖北省劳动模范", 2017), ("全国五一劳动奖章", 2019)]


def test_a_bracketed_yearly_date_after_the_honour_is_its_year() -> None:
    text = "张建华，男，1970年生，某某钢铁公司炼钢厂炉长。\n主要荣誉：\n全国劳动模范（2020年度）\n"
    assert _honours(text) == [("全国劳动模范", 2020)]


# --- one person read by two list readers, one of which tells rows apart by unit


def test_a_roster_row_read_twice_gives_one_person() -> None:
    text = "某市总工会关于公布劳动模范名单的通知\n2017年度湖北省劳动模范\n张建华 某某钢铁公司炼钢厂炉长\n李秀英 某某纺织有限公司挡车工\n"
    people = extract_text(text)["people"]
    assert [p["name"] for p in people] == ["张建华", "李秀英"]
    assert [h["title"] for h in people[0]["honors"]] == ["湖北省劳动模范"]


def test_one_name_at_two_units_is_still_two_people() -> None:
    text = (
        "关于表彰2018年度优秀共产党员的决定\n"
        "优秀共产党员\n王伟 某某煤矿综采一队队长\n王伟 某某热电厂运行部值长\n李秀英 某某纺织有限公司挡车工\n"
    )
    names = [p["name"] for p in extract_text(text)["people"]]
    assert names == ["王伟", "王伟", "李秀英"]


# --- an honour word that qualifies a studio, a spirit or deeds names no honour


def test_the_spirit_and_the_deeds_of_model_workers_are_no_honour_phrases() -> None:
    assert [h.raw for h in honour_spans("大力弘扬劳模精神、劳动精神、工匠精神")] == []
    assert [h.raw for h in honour_spans("举办全国劳动模范事迹报告会")] == []


def test_a_count_word_before_a_studio_opens_no_honour_phrase() -> None:
    assert [h.raw for h in honour_spans("授予12个省劳模")] == ["省劳模"]


def test_a_studio_list_gives_its_namesakes_no_honour() -> None:
    text = (
        "日前，某省总工会命名了一批省劳模工作室。"
        "12个省劳模工作室分别为庄巧云劳模工作室、陈伟玲劳模工作室、洪长山劳模工作室、戴荣华劳模工作室。"
    )
    assert _honours(text) == []


def test_a_list_of_holders_after_a_named_honour_still_reads() -> None:
    text = "2018年，共有4人获得“某省劳动模范”称号，他们分别是王立新、陈秀兰、赵建国、孙明亮。"
    assert [t for t, _ in _honours(text)] == ["某省劳动模范"] * 4


# --- 获评X的 + unit + post + name: the relative clause describes the name after a long unit


def test_a_relative_clause_reaches_a_holder_after_a_long_unit_and_post() -> None:
    text = "同样获评省劳模的泉州市南音传承中心演员李丽芬表示：“接下来，我会继续创作。”"
    people = extract_text(text)["people"]
    assert [(p["name"], [h["title"] for h in p["honors"]]) for p in people] == [("李丽芬", ["省劳动模范"])]


# --- a title cut back to its honour word is read again (loaders.extract.steps.tailed_titles)


def test_a_run_on_title_cut_at_its_relative_clause_takes_the_cut_names_level() -> None:
    from loaders.extract.document import Sentence
    from loaders.extract.facts import Fact
    from loaders.extract.steps import tailed_titles

    run_on = "省劳模的泉州市南音传承中心演员"
    value = {"title": run_on, "raw": run_on, "level": "企业", "year": None, "conferred_by": []}
    fact = Fact("honor", value, Sentence(0, len(run_on), run_on), 0, [], 0.75)
    (cut,) = tailed_titles([fact])
    assert (cut.value["title"], cut.value["level"], cut.value["raw"]) == ("省劳动模范", "省", "省劳模")


def test_the_speaker_likewise_honoured_keeps_the_full_series_name() -> None:
    text = (
        "“这次能评上省劳模，我很高兴。”某某陶瓷有限责任公司艺术总监陈仁海说。"
        "同样获评省劳模的泉州市南音传承中心演员李丽芬表示：“接下来，我会继续创作。”"
    )
    honours = {p["name"]: [(h["title"], h["level"]) for h in p["honors"]] for p in extract_text(text)["people"]}
    assert honours["李丽芬"] == [("省劳动模范", "省")]
    assert all(title == "省劳动模范" for title, _ in honours.get("陈仁海", []))
