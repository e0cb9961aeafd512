"""A ceremony's list cut at each ； (loaders/extract/steps.py ceremony_chain_holders): 为A模范甲、乙；B模范丙、丁
…等10名X颁奖 — the head count and X close the whole list, so every name back to the ceremony's 为 holds X.
Every name and place is invented."""

from __future__ import annotations

from loaders.extract import extract_text


def honours_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


CEREMONY = (
    "3月5日，青川县举行第三届道德模范颁奖仪式，为孝老爱亲模范杜春燕、林优玉；诚实守信模范胡美蓉、周岚；"
    "助人为乐模范关良胜、陈华民等6名青川县第三届道德模范颁奖。"
)


def test_the_names_of_the_earlier_clauses_hold_the_counted_honour() -> None:
    got = honours_of(CEREMONY)
    for name in ("杜春燕", "林优玉", "胡美蓉", "周岚"):
        assert "青川县道德模范" in got[name], name


def test_the_names_of_the_last_clause_keep_the_counted_honour() -> None:
    got = honours_of(CEREMONY)
    assert "青川县道德模范" in got["关良胜"]
    assert "青川县道德模范" in got["陈华民"]


def test_a_list_of_an_earlier_sentence_is_not_joined_to_the_count() -> None:
    text = (
        "去年，孝老爱亲模范杜春燕、林优玉受到县里走访慰问。"
        "3月5日，青川县举行颁奖仪式，为关良胜、陈华民等2名青川县第三届道德模范颁奖。"
    )
    got = honours_of(text)
    assert "青川县道德模范" not in got.get("杜春燕", set())
    assert "青川县道德模范" in got["关良胜"]


def test_a_descriptor_after_a_space_keeps_its_whole_name_as_raw() -> None:
    # (loaders/extract/facts.py _split_items: the stripped front space moves the item's offset)
    text = (
        "3月5日，青川县举行颁奖仪式，为诚实守信模范胡美蓉、周岚； 敬业奉献模范王玉明、钟秀林等4名青川县道德模范颁奖。"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    raws = {h["raw"] for h in people["王玉明"]["honors"]}
    assert "敬业奉献模范" in raws
    assert " 敬业奉献模" not in raws


def test_the_ceremony_word_for_whom_is_no_part_of_a_descriptor_honour() -> None:
    # (loaders/extract/facts.py descriptors: 为 before the first group's honour is the ceremony's)
    got = honours_of(CEREMONY)
    assert "孝老爱亲模范" in got["杜春燕"]
    assert not any(title.startswith("为") for title in got["杜春燕"])


def test_a_descriptor_after_suizhe_drops_the_preposition() -> None:
    # (loaders/extract/facts.py descriptors: 随着…的播放 opens the phrase around the name)
    text = "3月5日晚，随着助人为乐道德模范杜春燕的电视短片的播放，青川县第三届道德模范颁奖礼拉开了帷幕。"
    got = honours_of(text)
    assert "助人为乐道德模范" in got["杜春燕"]
    assert not any(title.startswith("随着") for title in got["杜春燕"])


def test_a_count_of_pairs_before_a_bare_huo_is_no_part_of_the_honour() -> None:
    # (loaders/extract/facts.py HOLDERS_COUNT_RE: 等十对婆媳获 is the holders' count and the verb)
    text = "经公众投票和组委会评审等环节，杜春燕、林优玉等十对婆媳获青川市第二届“最美婆媳”称号。"
    got = honours_of(text)
    assert got["林优玉"] == {"青川市最美婆媳"}
