"""Enumerations of honourees inside one sentence (loaders/extract/awards.py, ``_enumerations``)."""

from __future__ import annotations

from loaders.extract import extract_text

GRANTED_AS = (
    "会上，十堰市人民政府授予东风商用车有限公司等56个单位为十堰市先进单位荣誉称号；"
    "授予张建国、李秀英(女)、王志刚、陈德明等24人为十堰市特等劳动模范荣誉称号。"
)


def test_an_unquoted_honour_after_wei_is_given_to_every_name_of_the_enumeration() -> None:
    profile = extract_text(GRANTED_AS)
    got = {p["name"]: [h["title"] for h in p.get("honors", [])] for p in profile["people"]}
    for name in ("张建国", "李秀英", "王志刚", "陈德明"):
        assert got.get(name) == ["十堰市特等劳动模范"]


def test_the_body_before_the_first_grant_confers_the_enumerated_honour() -> None:
    profile = extract_text(GRANTED_AS)
    person = next(p for p in profile["people"] if p["name"] == "陈德明")
    assert person["honors"][0]["conferred_by"] == ["十堰市人民政府"]


OF_UNIT_LIST = (
    "湖北省人民政府办公厅日前公布2021年度“荆楚首席技师”名单，宜昌有3人荣获此殊荣，他们分别是湖北兴发化工集团股份有限公司的孙志刚、"
    "宜昌市第一中学的何丽娟以及宜昌长江电力检修厂的周德兵。"
)


def test_the_body_before_de_in_an_enumeration_employs_the_listed_person() -> None:
    profile = extract_text(OF_UNIT_LIST)
    got = {p["name"]: p.get("employers") for p in profile["people"]}
    assert got["孙志刚"] == ["湖北兴发化工集团股份有限公司"]
    assert got["周德兵"] == ["宜昌长江电力检修厂"]


ANAPHOR_LIST = """湖北省第九届劳动模范表彰大会召开 我市纺织行业3名同志获表彰
省政府决定授予张立新等600人“湖北省劳动模范”称号，授予刘红梅等300人“湖北省先进工作者”称号。其中，我市纺织行业3名同志获此殊荣。名单如下(排名不分先后):
周建华 湖北际华纺织有限公司织布车间主任
李秋云 襄阳汉江纺织集团有限公司质检员
吴国平 宜昌东方纺织有限公司设备科科长
"""


def test_a_bare_list_after_an_anaphor_takes_the_first_honour_named_before_it() -> None:
    profile = extract_text(ANAPHOR_LIST)
    got = {p["name"]: [h["title"] for h in p.get("honors", [])] for p in profile["people"]}
    for name in ("周建华", "李秋云", "吴国平"):
        assert got.get(name) == ["湖北省劳动模范"]


# 评选出A、B…等N名…的“X”: the names a selection produced hold the quoted honour they are counted as
SELECTED = (
    "3月8日，青川县“巾帼心向党 最美家政人”发布仪式在县妇联举行。"
    "经过推荐、评审、公示等程序，最终评选出柯秀兰、殷红梅、邵丽华等3名来自基层一线的“青川最美家政人”。"
)


def test_names_a_selection_produced_hold_the_quoted_honour() -> None:
    got = {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(SELECTED)["people"]}
    assert got == {n: ["青川最美家政人"] for n in ("柯秀兰", "殷红梅", "邵丽华")}


def test_a_selection_of_units_gives_no_person_an_honour() -> None:
    text = "最终评选出青川县第一中学、青川县人民医院等2个单位为“青川最美窗口”。"
    assert extract_text(text)["people"] == []
