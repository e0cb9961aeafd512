"""Titled runs (loaders/extract/titledruns.py): a category head, 为/包括, and items written unit,
name and a post or form of address after the name, as Taiwan commendation pages write them.
Every name, school and unit is invented."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.extract.titledruns import head_honour, is_unit, unit_and_post


def people_of(text: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in extract_text(text)["people"]}


def honours(p: dict[str, Any]) -> set[str]:
    return {h["title"] for h in p["honors"]}


def posts(p: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {(x["title"], x.get("org")) for x in p["positions"]}


TEACHERS = "縣長逐一頒獎表揚。特殊優良教師為青溪高中周雅雯老師、東林國中宋志豪老師、明德國小范惠君老師。\n"


def test_each_item_of_a_category_run_holds_the_category() -> None:
    got = people_of(TEACHERS)
    for name in ("周雅雯", "宋志豪", "范惠君"):
        assert name in got, name
        assert "特殊优良教师" in honours(got[name]), name


def test_the_school_before_the_name_employs_and_the_word_after_is_the_post() -> None:
    got = people_of(TEACHERS)
    assert got["宋志豪"]["employers"] == ["東林國中"]
    assert ("老師", "東林國中") in posts(got["宋志豪"])


def test_the_head_is_no_part_of_the_first_items_employer() -> None:
    got = people_of(TEACHERS)
    assert got["周雅雯"]["employers"] == ["青溪高中"]


def test_a_post_between_unit_and_name_is_read() -> None:
    text = "縣府今天表揚。特殊優良職員工為東林國中事務組長邱秀蘭、青溪國小工友鄭大川。\n"
    got = people_of(text)
    assert ("事務組長", "東林國中") in posts(got["邱秀蘭"])
    assert ("工友", "青溪國小") in posts(got["鄭大川"])
    assert "特殊优良职员工" in honours(got["鄭大川"])


def test_a_holders_head_joins_two_items_with_he() -> None:
    text = "縣府今天舉辦教師節表揚大會。今年師鐸獎得主為青溪高中潘志遠校長和東林高中黃明蓉老師。\n"
    got = people_of(text)
    assert {"潘志遠", "黃明蓉"} <= set(got)
    assert "师铎奖" in honours(got["潘志遠"])
    assert ("校長", "青溪高中") in posts(got["潘志遠"])


def test_a_form_of_address_after_the_name_is_no_post() -> None:
    text = "市府今天表揚模範勞工。優良模範勞工為青山食品公司林美珠小姐、東林機械公司張家豪先生。\n"
    got = people_of(text)
    assert "林美珠" in got and "張家豪" in got
    assert posts(got["林美珠"]) == set()


def test_a_head_of_people_in_general_opens_no_run() -> None:
    text = "與會人員為青溪高中周雅雯老師、東林國中宋志豪老師。\n"
    assert people_of(text) == {}


def test_head_honour_drops_time_words_and_the_clause_before_de() -> None:
    found = head_honour("由县府推荐的师铎奖", 2024)
    assert found is not None and found[1] == "师铎奖"
    found = head_honour("今年特殊优良教师", 2024)
    assert found is not None and found[1] == "特殊优良教师"
    assert head_honour("与会人员", 2024) is None


def test_taiwan_school_short_forms_are_units() -> None:
    assert is_unit("东林国中") and is_unit("明德国小") and is_unit("青溪商工")
    assert not is_unit("东林")


def test_unit_and_post_split_a_school_and_its_post() -> None:
    assert unit_and_post("东林国中事务组长") == ("东林国中", "事务组长")
    assert unit_and_post("青溪国小工友") == ("青溪国小", "工友")
    assert unit_and_post("明德国小") == ("明德国小", None)
    assert unit_and_post("大家") == (None, None)


def test_a_counted_group_is_no_category() -> None:
    assert head_honour("此次获奖的8位教师", 2024) is None


def test_a_company_name_with_you_opens_no_run() -> None:
    text = "入选拟表彰名单的有：青山汽车集团股份有限公司技术员贾文亮、青山建工集团有限公司砌筑工李元武。"
    assert all(not p["honors"] for p in extract_text(text)["people"])


def test_a_minguo_year_on_the_head_dates_the_category() -> None:
    found = head_honour("102年特殊优良校长", 2013)
    assert found is not None and found[0].title == "特殊优良校长" and found[0].year == 2013
