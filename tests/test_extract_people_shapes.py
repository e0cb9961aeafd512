"""Names cut right: a last character kept before an award verb, a profile's opening name with a rare
surname, and words that only look like names (a title's end, 暨 before a common word, 原标题)."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.names import find_person_mentions
from loaders.extract.people import find_people


def people_of(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, document_date="2023-05")["people"]}


def test_a_titled_name_ending_on_a_verb_character_keeps_it_before_an_award_verb() -> None:
    text = "第二分公司项目经理李发起荣获全市建设系统劳动模范荣誉称号。"
    assert [m.name for m in find_person_mentions(text)] == ["李发起"]


def test_a_numeral_closing_a_name_stays_the_names_before_an_award_verb() -> None:
    text = "运输公司调度员周国三被评为全省交通系统先进工作者。"
    assert "周国三" in people_of(text)


def test_a_name_followed_by_a_numeral_and_a_measure_word_keeps_two_characters() -> None:
    text = "调度员周国三次荣获全省交通系统先进工作者称号。"
    assert "周国三" not in {m.name for m in find_person_mentions(text)}


def test_a_word_across_an_open_post_ending_starts_no_name() -> None:
    text = "他攻克了设备低耗长寿运行的难题，获得省科技进步奖。"
    assert not any(m.name.startswith("寿") for m in find_person_mentions(text))


def test_the_end_of_a_quoted_honour_is_no_name() -> None:
    text = "他先后荣获“全省技术能手”“最美延长石油人”“省劳动模范”等荣誉称号。"
    assert "石油人" not in find_people(parse_document(text)).names()


def test_a_conjunction_before_a_listed_common_word_is_no_surname() -> None:
    text = "第五届全国优秀教师暨优秀校长评选活动落下帷幕，我校的周晓红老师荣获“全国优秀教师”称号。"
    names = people_of(text)
    assert "暨优秀" not in names
    assert "周晓红" in names


def test_a_reposts_original_title_label_is_no_name() -> None:
    text = "原标题：劳模工匠共迎新春\n本报讯 1月17日，市总工会举办劳模工匠迎新春活动。"
    assert "原标题" not in find_people(parse_document(text)).names()


def test_a_profile_opening_on_a_name_with_an_unlisted_surname_is_about_that_person() -> None:
    text = (
        "琚国安：以劳动托起中国梦\n"
        "琚国安，国网某供电公司变电运维班班长。\n"
        "目前已获12项专利，荣获“全国劳动模范”“全国五一劳动奖章”。\n"
    )
    assert "琚国安" in people_of(text)


def test_an_opening_name_said_only_once_is_not_taken() -> None:
    text = "琚国安：以劳动托起中国梦\n他是国网某供电公司变电运维班班长，荣获“全国劳动模范”。\n"
    assert "琚国安" not in find_people(parse_document(text)).names()
