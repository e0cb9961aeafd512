"""Award lists split into groups (loaders/extract/awards.py ``group_heading``) and decisions whose
attached list follows the signature (loaders/extract/document.py ``_signs_text``): the rows under a
group line (安康市（7名）, 二、省直单位) keep the list's honour, and a body's name over a date after
the last sentence signs the text instead of opening a new article.  Every name and unit is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.awards import group_heading
from loaders.extract.document import parse_document


def titles_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


ROWS = "邓晓峰 青川市中医医院医务科科长\n钟秀兰 青川市人民医院护士长\n"


def test_a_place_with_a_head_count_is_a_group() -> None:
    assert group_heading("安康市(7名)")


def test_a_kind_of_unit_is_a_group() -> None:
    assert group_heading("省直单位")


def test_an_honour_heading_is_no_group() -> None:
    assert not group_heading("优秀共产党员（3名）")


def test_rows_under_a_counted_place_keep_the_list_honour() -> None:
    got = titles_of("陕西省优秀医务工作者名单\n安康市（2名）\n" + ROWS)
    assert got.get("邓晓峰") == {"陕西省优秀医务工作者"}
    assert got.get("钟秀兰") == {"陕西省优秀医务工作者"}


def test_rows_under_a_numbered_sector_group_keep_the_list_honour() -> None:
    got = titles_of("陕西省优秀医务工作者名单\n一、省直单位（2名）\n" + ROWS)
    assert got.get("邓晓峰") == {"陕西省优秀医务工作者"}


def test_a_new_honour_heading_still_switches_the_honour() -> None:
    got = titles_of("陕西省优秀医务工作者名单\n贺立群 西安市中心医院院长\n二、优秀共产党员（2名）\n" + ROWS)
    assert got.get("贺立群") == {"陕西省优秀医务工作者"}
    assert got.get("邓晓峰") == {"优秀共产党员"}


DECISION = (
    "陕西省人民政府关于表彰陕西省优秀医务工作者的决定\n"
    "省政府决定，授予贺立群等3名同志“陕西省优秀医务工作者”称号。\n"
    "希望受到表彰的个人珍惜荣誉，再创佳绩。\n"
    "附件：\n陕西省人民政府\n2025年8月3日\n陕西省优秀医务工作者名单\n"
)


def test_a_signature_after_the_last_sentence_opens_no_article() -> None:
    assert len(parse_document(DECISION + ROWS).articles) == 1


def test_the_attached_list_after_a_signature_is_read_with_its_conferrer() -> None:
    people = {p["name"]: p for p in extract_text(DECISION + ROWS)["people"]}
    honours = people["邓晓峰"]["honors"]
    assert [h["title"] for h in honours] == ["陕西省优秀医务工作者"]
    assert honours[0]["conferred_by"] == ["陕西省人民政府"]
