"""Stage 3 (loaders/extract/mentions.py): person and honour mentions with their spans."""

from __future__ import annotations

from loaders.extract.mentions import honour_spans, person_spans


def test_a_name_is_never_a_name_plus_a_speech_verb() -> None:
    text = "“我会继续努力。”张伟说。"
    found = person_spans(text)
    assert [p.name for p in found] == ["张伟"]
    assert text[found[0].start : found[0].end] == "张伟"


def test_a_name_glued_to_a_post_is_the_name_alone() -> None:
    assert "杨戌雷" in {p.name for p in person_spans("高级技师杨戌雷荣获全国技术能手称号。")}


def test_person_spans_index_the_whole_text_across_lines() -> None:
    text = "本报讯 近日，焦煤集团举行表彰会。\n电工张伟荣获“河南省五一劳动奖章”。"
    found = [p for p in person_spans(text) if p.name == "张伟"]
    assert found and text[found[0].start : found[0].end] == "张伟"


def test_quoted_phrases_are_honour_mentions_without_their_quotes() -> None:
    found = honour_spans("许红梅被授予“河南省劳动模范”称号")
    assert [(h.raw, h.quoted) for h in found] == [("河南省劳动模范", True)]


def test_an_unquoted_honour_ends_in_an_honour_suffix() -> None:
    assert [h.raw for h in honour_spans("刘建国荣获全国五一劳动奖章")] == ["全国五一劳动奖章"]
    assert [h.raw for h in honour_spans("他是一名普通的养路工")] == []


def test_the_verb_before_an_unquoted_honour_is_not_part_of_it() -> None:
    assert [h.raw for h in honour_spans("获得宁波市劳动模范称号的有")] == ["宁波市劳动模范称号"]


def test_honour_offsets_are_shifted_by_the_clause_offset() -> None:
    clause = "荣获全国五一劳动奖章"
    (h,) = honour_spans(clause, offset=100)
    assert (h.start, h.end) == (102, 110)


def test_a_carriage_return_is_never_part_of_a_name() -> None:
    text = "02｜技术骨干：刘敏\r\n装配车间质检组组长，荣获“陕西省技术能手”称号。"
    assert all("\r" not in p.name and "\r" not in text[p.start : p.end] for p in person_spans(text))


def test_a_name_that_names_a_series_or_an_ideal_is_no_person_mention() -> None:
    text = "北京协和医院护士长张秀兰荣获“白求恩奖章”，她说要一辈子践行白求恩精神。"
    assert [p.name for p in person_spans(text)] == ["张秀兰"]


def test_a_function_character_opening_a_list_pieces_name_after_the_shared_post_word_is_a_surname() -> None:
    text = "集团一院总设计师李东、集团一院14所主任设计师及红娟、集团五院副主任设计师张家强、集团八院总设计师王文龙"
    assert [p.name for p in person_spans(text)] == ["李东", "及红娟", "张家强", "王文龙"]


def test_a_common_word_after_ji_in_a_list_piece_is_no_name() -> None:
    text = "集团一院总设计师李东、集团一院主任设计师及家人、集团五院副主任设计师张家强"
    assert "及家人" not in [p.name for p in person_spans(text)]


def test_a_bare_honour_word_glued_to_the_phrase_before_is_one_honour() -> None:
    text = "全国总工会公布2025年大国工匠培育对象名单，某煤矿李建华入选。"
    (found,) = honour_spans(text)
    assert found.raw == "2025年大国工匠培育对象"
    assert text[found.start : found.end] == found.raw


def test_two_honours_written_back_to_back_stay_two() -> None:
    assert [h.raw for h in honour_spans("他先后荣获全国劳动模范全国五一劳动奖章")] == [
        "全国劳动模范",
        "全国五一劳动奖章",
    ]
