"""The 名单 loader: headings, title rows, rows naming several people, collectives, dates and bad rows."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.errors import InputError
from loaders.dates import cell_date
from loaders.intake.headers import header_field
from loaders.intake.roster import RosterContext, Table, read_roster, split_employer_post, title_honour


def _read(rows: list[list[object]], *, title: str | None = None, skip: bool = False, **table: object):
    return read_roster(Table(rows=rows, **table), RosterContext(file="名单.xlsx", title=title, skip_bad_rows=skip))


def _honour(result, i: int = 0) -> tuple:
    h = result.people[i]["honors"][0]
    return h["title"], h["year"], h["edition"], h["level"], h["conferred_by"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("姓名", "name"),
        ("姓　　名", "name"),
        ("姓\n名", "name"),
        ("出生年月", "born"),
        ("出生日期", "born"),
        ("出生年月（年.月）", "born"),
        ("单位", "employer"),
        ("工作单位", "employer"),
        ("所在单位", "employer"),
        ("职务", "post"),
        ("岗位", "post"),
        ("工种", "post"),
        ("职称", "post"),
        ("工作单位及职务", "employer_post"),
        ("荣誉称号", "honour"),
        ("称号", "honour"),
        ("奖项", "honour"),
        ("年度", "year"),
        ("获奖年份", "year"),
        ("届次", "edition"),
        ("批次", "edition"),
        ("授予单位", "conferrer"),
        ("表彰单位", "conferrer"),
        ("备注", "notes"),
        ("身份证号", "personal"),
    ],
)
def test_header_variants_real_lists_use_map_to_one_field(heading: str, field: str) -> None:
    assert header_field(heading) == field


def test_an_unknown_column_is_a_warning_and_personal_data_is_not_loaded() -> None:
    result = _read([["姓名", "爱好", "身份证号"], ["张伟", "书法", "410800197805120011"]])
    assert any("'爱好' is not a known 名单 column" in w for w in result.warnings)
    assert any("'身份证号' holds personal data: not loaded" in w for w in result.warnings)
    assert "410800197805120011" not in str(result.people[0])


def test_a_title_row_above_the_header_gives_every_row_its_honour_and_year() -> None:
    result = _read(
        [["2023年焦作市劳动模范名单", None, None], ["序号", "姓名", "工作单位"], [1, "张伟", "焦煤集团九里山矿"]],
        merged=[(0, 0, 0, 2)],
    )
    assert _honour(result) == ("焦作市劳动模范", 2023, None, "市", [])


def test_a_decision_title_names_the_conferring_body() -> None:
    honour, bodies = title_honour("焦作市总工会关于命名2023年度焦作市五一劳动奖章获得者的决定")
    assert (honour.title, honour.year, bodies) == ("焦作市五一劳动奖章", 2023, ["焦作市总工会"])


def test_the_file_name_is_the_honour_of_last_resort() -> None:
    result = _read([["姓名", "单位"], ["张伟", "焦煤集团九里山矿"]], title="第三届焦作工匠名单")
    assert _honour(result)[:3] == ("焦作工匠", None, "第三届")


def test_without_honour_column_or_title_people_load_without_honours_and_a_warning() -> None:
    result = _read([["姓名", "单位"], ["张伟", "焦煤集团九里山矿"]], title="附件1")
    assert result.people[0]["honors"] == []
    assert any("no 荣誉称号 column" in w for w in result.warnings)


def test_a_merged_header_cell_over_two_subheadings_is_read_as_two_columns() -> None:
    rows = [
        ["序号", "姓名", "荣誉", None],
        [None, None, "称号", "年度"],
        [1, "张伟", "焦作工匠", 2021],
    ]
    result = _read(rows, merged=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)])
    assert _honour(result)[:2] == ("焦作工匠", 2021)


def test_a_section_row_inside_the_table_gives_the_honour_of_the_rows_below() -> None:
    rows = [
        ["序号", "姓名", "工作单位"],
        ["一、焦作市劳动模范（1名）", "一、焦作市劳动模范（1名）", "一、焦作市劳动模范（1名）"],
        [1, "张伟", "焦煤集团九里山矿"],
        ["二、焦作市先进工作者（1名）", None, None],
        [2, "李秀兰", "焦作市第一人民医院"],
    ]
    result = _read(rows, title="2023年表彰名单")
    assert [(p["name"], p["honors"][0]["title"], p["honors"][0]["year"]) for p in result.people] == [
        ("张伟", "焦作市劳动模范", 2023),
        ("李秀兰", "焦作市先进工作者", 2023),
    ]


def test_one_row_naming_two_people_gives_two_people_sharing_unit_and_honour() -> None:
    result = _read(
        [["姓名", "工作单位", "荣誉称号", "出生年月"], ["王建国、赵丽娟", "焦作市环卫处", "焦作市劳动模范", "1975.03"]]
    )
    assert [p["name"] for p in result.people] == ["王建国", "赵丽娟"]
    assert all(p["employers"] == ["焦作市环卫处"] and p["born"] is None for p in result.people)


def test_a_name_spaced_out_for_alignment_is_one_person() -> None:
    result = _read([["姓名", "荣誉称号"], ["张　伟", "焦作工匠"], ["欧阳建国", "焦作工匠"]])
    assert [p["name"] for p in result.people] == ["张伟", "欧阳建国"]


@pytest.mark.parametrize("name", ["焦煤集团九里山矿机电运转队", "李娜劳模创新工作室", "焦作市人民医院急诊科护理班组"])
def test_a_collective_is_reported_and_never_made_a_person(name: str) -> None:
    result = _read([["姓名", "荣誉称号"], [name, "焦作市工人先锋号"], ["张伟", "焦作市劳动模范"]])
    assert [p["name"] for p in result.people] == ["张伟"]
    assert [c["name"] for c in result.collectives] == [name]
    assert any("collectives are not loaded" in w for w in result.warnings)


def test_blank_total_and_footnote_rows_are_skipped_and_reported() -> None:
    rows = [["姓名", "荣誉称号"], ["张伟", "焦作工匠"], [None, None], ["合计", "1人"], ["注：排名不分先后", None]]
    result = _read(rows)
    assert [p["name"] for p in result.people] == ["张伟"]
    assert [s.split(": ", 2)[2] for s in result.skipped] == [
        "blank row (skipped)",
        "total row '合计 1人' (skipped)",
        "footnote '注：排名不分先后' (skipped)",
    ]


@pytest.mark.parametrize(
    ("cell", "born"),
    [
        ("1980.02", "1980-02"),
        ("1980年2月", "1980-02"),
        ("198002", "1980-02"),
        (198002, "1980-02"),
        (1980.02, "1980-02"),
        (1980.1, "1980-10"),
        (29252, "1980-02-01"),
        (dt.date(1980, 2, 1), "1980-02"),
        (dt.datetime(1980, 2, 15), "1980-02-15"),
        ("1980-02-15", "1980-02-15"),
        ("一九八〇年二月", "1980-02"),
    ],
)
def test_birth_dates_in_every_form_lists_use(cell: object, born: str) -> None:
    result = _read([["姓名", "出生年月", "荣誉称号", "年度"], ["张伟", cell, "焦作工匠", 2021]])
    assert result.people[0]["born"] == born


def test_cell_date_refuses_a_five_digit_year_and_a_thirteenth_month() -> None:
    with pytest.raises(ValueError, match="5-digit year"):
        cell_date("20221")
    with pytest.raises(ValueError, match="month 13"):
        cell_date("1980.13")


def test_an_impossible_year_names_file_row_and_column() -> None:
    with pytest.raises(InputError) as err:
        _read([["姓名", "荣誉称号", "年度"], ["张伟", "焦作工匠", 2021], ["李秀兰", "焦作工匠", 20221]], sheet="名单")
    assert (
        str(err.value)
        == "名单.xlsx [名单]: row 3: field 年度: year '20221' is impossible (expected 1949–"
        + str(dt.date.today().year + 1)
        + ")"
    )


def test_someone_born_in_1899_cannot_be_honoured_in_2023() -> None:
    with pytest.raises(InputError, match=r"row 2: field 出生年月: born '1899.05'"):
        _read([["姓名", "出生年月", "荣誉称号", "年度"], ["张伟", "1899.05", "焦作工匠", 2023]])


def test_a_ten_year_old_honouree_is_impossible() -> None:
    with pytest.raises(InputError, match="10 years old is impossible"):
        _read([["姓名", "出生年月", "荣誉称号", "年度"], ["张伟", "2013.05", "焦作工匠", 2023]])


def test_a_repeated_row_is_an_error_naming_both_rows() -> None:
    rows = [["姓名", "荣誉称号", "年度"], ["张伟", "焦作工匠", 2021], ["张伟", "焦作工匠", 2021]]
    with pytest.raises(InputError, match=r"row 3: field 姓名: repeats row 2"):
        _read(rows)


def test_the_same_name_with_another_unit_is_another_person_not_a_repeat() -> None:
    rows = [["姓名", "工作单位", "荣誉称号"], ["张伟", "九里山矿", "焦作工匠"], ["张伟", "古汉山矿", "焦作工匠"]]
    assert len(_read(rows).people) == 2


def test_skip_bad_rows_keeps_the_good_rows_and_lists_each_bad_one() -> None:
    rows = [
        ["姓名", "荣誉称号", "年度"],
        ["张伟", "焦作工匠", 2021],
        ["李秀兰", "焦作工匠", 20221],
        [None, "焦作工匠", 2021],
        ["王建国", "焦作工匠", 2021],
    ]
    result = _read(rows, skip=True)
    assert [p["name"] for p in result.people] == ["张伟", "王建国"]
    next_year = dt.date.today().year + 1
    assert result.skipped == [
        f"名单.xlsx: row 3: field 年度: year '20221' is impossible (expected 1949–{next_year}) (skipped)",
        "名单.xlsx: row 4: field 姓名: the 姓名 cell is empty (skipped)",
    ]


def test_a_sheet_whose_header_has_no_name_column_is_refused() -> None:
    with pytest.raises(InputError, match="has no 姓名 column"):
        _read([["序号", "工作单位", "荣誉称号"], [1, "九里山矿", "焦作工匠"]], sheet="Sheet1")


def test_honour_year_edition_conferrer_and_level_columns_fill_the_award() -> None:
    rows = [
        ["姓名", "荣誉称号", "届次", "年度", "授予单位", "级别"],
        ["张伟", "焦作工匠", "3", "2021", "焦作市总工会、焦作市人社局", "市级"],
    ]
    assert _honour(_read(rows)) == ("焦作工匠", 2021, "第3届", "市", ["焦作市总工会", "焦作市人社局"])


def test_two_honours_in_one_cell_are_two_awards() -> None:
    result = _read([["姓名", "荣誉称号", "年度"], ["张伟", "焦作市劳动模范、焦作工匠", 2021]])
    assert [h["title"] for h in result.people[0]["honors"]] == ["焦作市劳动模范", "焦作工匠"]


@pytest.mark.parametrize(
    ("cell", "split"),
    [
        ("焦煤集团九里山矿机电运转队队长", ("焦煤集团九里山矿机电运转队", "队长")),
        ("焦作市第一人民医院护士长", ("焦作市第一人民医院", "护士长")),
        ("焦作市第一人民医院 护士长", ("焦作市第一人民医院", "护士长")),
        ("焦煤集团九里山矿", ("焦煤集团九里山矿", None)),
    ],
)
def test_a_unit_and_post_cell_is_split_at_the_post(cell: str, split: tuple) -> None:
    assert split_employer_post(cell) == split


def test_a_formula_in_a_loaded_column_is_refused() -> None:
    with pytest.raises(InputError, match="field 工作单位: cell '=1\\+1' is a spreadsheet formula"):
        _read([["姓名", "工作单位"], ["张伟", "=1+1"]])
