"""Mirror pages that lost 章's first byte: 獎?wù)路Q號 is read back as 獎章稱號, offsets kept."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.textnorm import normalise

# 王建國同志榮獲全國五一勞動獎章稱號。 as a big5 mirror stores it: 章 lost its first byte, so the
# characters after it are read one byte out of step until an ASCII character puts them back
MEDAL = "市供電公司變電運維班班長王建國同志榮獲全國五一勞動獎?wù)路Q號。\n"


def test_the_lost_zhang_and_the_characters_after_it_are_read_back() -> None:
    assert "全国五一劳动奖章称号。" in normalise(MEDAL).text


def test_characters_read_back_keep_their_source_offsets() -> None:
    norm = normalise(MEDAL)
    i = norm.text.index("奖章")
    start, end = norm.span(i, i + 2)
    assert MEDAL[start:end] == "獎?"


def test_a_run_out_of_step_until_an_ascii_byte_is_realigned() -> None:
    text = "大會向榮獲五一勞動獎?wù)隆⒐と讼蠕h號的先進集體和個人頒發獎牌。\n"
    assert "五一劳动奖章、工人先锋号的先进集体" in normalise(text).text


def test_a_question_mark_elsewhere_is_left_alone() -> None:
    text = "記者問：你為什麼選擇這份工作?王建國說，因為熱愛。\n"
    assert normalise(text).text.endswith("工作?王建国说，因为热爱。\n")


def test_the_medallist_of_a_mirror_page_is_a_person() -> None:
    profile = extract_text(MEDAL, source="mirror.txt")
    assert "王建國" in {p["name"] for p in profile["people"]}
