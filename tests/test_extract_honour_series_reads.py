"""Honour titles and their holders read from series written without quotes, from subtitles, from a
selection's verb, and one honour read twice (loaders/extract/frames.py, relations.py, falsehonours.py,
steps.py)."""

from __future__ import annotations

from typing import Any

from loaders.extract.steps import nested_honours_merged, nominated_mains_dropped
from tests.conftest import honours


def _honour(title: str, year: int | None, raw: str, sentence: str, bodies: list[str] | None = None) -> dict[str, Any]:
    return {
        "title": title,
        "raw": raw,
        "year": year,
        "edition": None,
        "conferred_by": bodies or [],
        "evidence": {"sentence": sentence},
    }


# -- a 感动 series written bare, its round's year after it


def test_an_unquoted_ten_people_series_heads_its_list_with_the_year_written_after_it() -> None:
    found = honours("感动江苏十大人物2019名单如下：周海江、李桂芳、王志明，下面请看他们的事迹。\n")
    assert found["李桂芳"] == [("感动江苏十大人物", 2019, [])]
    assert found["王志明"] == [("感动江苏十大人物", 2019, [])]


# -- a feature's subtitle: ——记 / ----记 before the honour, the unit and the name


def test_a_subtitle_after_ascii_dashes_gives_its_honour_to_the_name_it_closes() -> None:
    found = honours("守护万家灯火----记全国劳模九江供电公司刘建华\n刘建华在九江供电公司抢修班工作了二十年。\n")
    assert found["刘建华"] == [("全国劳动模范", None, [])]


def test_the_subtitle_marker_is_no_part_of_the_honour_read_before_the_unit() -> None:
    found = honours("守护万家灯火——记全国劳模九江供电公司刘建华\n刘建华在九江供电公司抢修班工作了二十年。\n")
    assert [h[0] for h in found["刘建华"]] == ["全国劳动模范"]


# -- the selection's verb: 推选出 / 评选出 and the run of names it yields


def test_a_selection_verb_after_the_quote_stays_out_of_the_title() -> None:
    found = honours("2022年“最美护士”最终评选出张晓燕、刘丽、王芳3名个人。\n")
    assert found["刘丽"] == [("最美护士", 2022, [])]


def test_a_counted_run_after_a_selection_verb_holds_the_announced_honour_across_the_clause() -> None:
    text = (
        "省委宣传部、省总工会发布2021年“最美职工”先进事迹。\n"
        "2021年“最美职工”注重选树一线工人，最终推选出赵建国、钱丽(女)、孙海涛3名个人和1个集体。\n"
    )
    found = honours(text)
    assert [h[0] for h in found["钱丽"]] == ["最美职工"]
    assert [h[1] for h in found["孙海涛"]] == [2021]


def test_a_bare_count_after_names_without_a_selection_verb_holds_no_other_honour() -> None:
    text = (
        "区总工会举行首届“区级名匠”“职业能手”表彰大会，10位“区级名匠”和10位“职业能手”领取奖金。"
        "赵建国、钱丽、孙海涛3名“区级名匠”作表态发言。\n"
    )
    found = honours(text)
    assert "职业能手" not in [h[0] for h in found.get("钱丽", [])]


# -- a commending verb read into a level prefix, and the same words read twice


def test_a_commending_verb_leaves_the_title_and_the_body_and_the_bare_reading_folds_in() -> None:
    text = (
        "【喜讯】王晓红荣获2021年中华医学会“优秀医师”荣誉称号\n"
        "日期:2021-06-20\n"
        "中华医学会在北京以网络直播的形式召开大会，通报表彰2021年中华医学会“优秀医师”荣誉称号获得者。"
        "市人民医院医生王晓红荣获2021年中华医学会“优秀医师”荣誉称号。据悉，全省仅有四人获此荣誉。\n"
    )
    found = honours(text)
    titles = [h[0] for h in found["王晓红"]]
    assert not any(t.startswith("通报") for t in titles)
    assert all("通报表彰中华医学会" not in h[2] for h in found["王晓红"])
    assert len(titles) == 1


def test_two_readings_of_the_same_words_fold_even_below_the_length_bound() -> None:
    merged = nested_honours_merged(
        [
            _honour("杰出护理工作者", 2020, "“杰出护理工作者”", ""),
            _honour("中华护理学会杰出护理工作者", 2020, "“杰出护理工作者”", "", ["中华护理学会"]),
        ]
    )
    assert [(h["title"], h["conferred_by"]) for h in merged] == [("中华护理学会杰出护理工作者", ["中华护理学会"])]


# -- a nomination prize beside its main award


def test_the_main_award_goes_when_only_the_nomination_sentence_names_the_holder() -> None:
    kept = nominated_mains_dropped(
        [
            _honour(
                "感动中原十大优秀护士提名奖",
                2012,
                "“2012感动中原十大优秀护士”提名奖",
                "护师李娟荣获“2012感动中原十大优秀护士”提名奖",
            ),
            _honour(
                "感动中原十大优秀护士",
                2012,
                "“2012感动中原十大优秀护士”",
                "全省仅有10人获此殊荣",
                ["河南省卫生厅"],
            ),
        ],
        "李娟",
    )
    assert [(h["title"], h["conferred_by"]) for h in kept] == [("感动中原十大优秀护士提名奖", ["河南省卫生厅"])]


def test_a_main_award_and_a_nomination_both_said_of_the_holder_both_stay() -> None:
    kept = nominated_mains_dropped(
        [
            _honour("感动中原十大优秀护士提名奖", 2010, "提名奖", "李娟2010年获感动中原十大优秀护士提名奖"),
            _honour("感动中原十大优秀护士", 2010, "感动中原十大优秀护士", "李娟又获感动中原十大优秀护士"),
        ],
        "李娟",
    )
    assert len(kept) == 2
