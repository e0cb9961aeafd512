"""A list heading's frame (loaders/extract/awards.py ``list_heading``): an attachment label before the
heading (附件：X名单) and a head count after it (X5名：) are not part of the honour's name.  Every name
and unit is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.awards import list_heading


def titles_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


def test_an_attachment_label_is_not_part_of_the_heading_honour() -> None:
    assert list_heading("附件：2023年度青川市优秀护士名单") == "2023年度青川市优秀护士"


def test_a_trailing_head_count_is_not_part_of_the_heading_honour() -> None:
    assert list_heading("一、青川市优秀共产党员5名：") == "青川市优秀共产党员"


def test_a_numbered_attachment_label_is_dropped_too() -> None:
    assert list_heading("附件2：青川市劳动模范名单") == "青川市劳动模范"


def test_rows_under_an_attachment_heading_hold_the_bare_honour() -> None:
    text = (
        "关于表彰2023年度优秀员工的决定\n附件：2023年度青川钢铁优秀员工名单\n"
        "邓晓峰 炼铁作业部\n钟秀兰 质检中心\n邵振宇 设备部\n"
    )
    got = titles_of(text)
    for name in ("邓晓峰", "钟秀兰", "邵振宇"):
        assert got.get(name) and not any("附件" in t for t in got[name])


def test_a_second_numbered_heading_with_a_head_count_gives_its_names_the_bare_honour() -> None:
    text = (
        "中共青川市委关于表彰优秀共产党员和优秀党务工作者的决定\n"
        "一、优秀共产党员3名：\n邓晓峰、钟秀兰、邵振宇\n二、优秀党务工作者2名：\n戴美玲、梁启航\n"
    )
    got = titles_of(text)
    assert got.get("戴美玲") == {"优秀党务工作者"}
    assert got.get("梁启航") == {"优秀党务工作者"}


def test_a_labelled_line_with_a_head_count_gives_no_counted_title() -> None:
    text = (
        "中共青川市委关于表彰优秀共产党员和优秀党务工作者的决定\n"
        "优秀共产党员3名：邓晓峰、钟秀兰、邵振宇\n优秀党务工作者2名：戴美玲、梁启航\n"
    )
    got = titles_of(text)
    assert got.get("戴美玲") == {"优秀党务工作者"}
    assert got.get("邓晓峰") == {"优秀共产党员"}


def test_a_bracketed_head_count_is_not_part_of_the_heading_honour() -> None:
    assert list_heading("二、青川市五一劳动奖章（共12名）：") == "青川市五一劳动奖章"


def test_a_short_attachment_label_is_not_part_of_the_honour() -> None:
    # 附：… after a news item or decision, the short form of 附件：
    assert list_heading("附：青川市青年志愿者优秀个人奖名单(东区)") == "青川市青年志愿者优秀个人奖"


def test_a_unit_beginning_with_fu_keeps_its_name() -> None:
    assert list_heading("附属医院优秀护士名单") == "附属医院优秀护士"
