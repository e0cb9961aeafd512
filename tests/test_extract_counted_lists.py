"""Counted lists and officials (loaders/extract/names.py, rolls.py, people.py): a head count written
with a 、-list (等3人, 3名…分别是：) says how many people it holds, so each piece closes on a name even
after a unit or a post the rules do not know; two counted groups under one verb share its honour; a
leader who announces the list or hands over the award is no subject.  Every name, unit and place is
invented."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.names import find_person_mentions
from loaders.extract.people import find_people


def names_in(text: str) -> list[str]:
    return [m.name for m in find_person_mentions(text)]


def honours_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


def test_each_piece_of_a_list_closed_by_its_head_count_ends_on_a_name() -> None:
    text = (
        "市政府决定，授予青川职业技术学院杨丁明远、青川市机电技师学院许建、青川重工有限公司曹文涛等3人“青川工匠”称号。"
    )
    assert {"杨丁明远", "许建", "曹文涛"} <= set(names_in(text))


def test_a_list_whose_pieces_do_not_match_its_head_count_gets_no_names_filled_in() -> None:
    text = "市政府决定，授予青川职业技术学院杨丁明远、青川市机电技师学院许建等5人“青川工匠”称号。"
    assert "杨丁明远" not in names_in(text)


def test_an_enumeration_after_a_counted_sentence_reads_a_name_after_a_police_post() -> None:
    text = (
        "青川市还有3名民警被授予“全国优秀人民警察”称号，他们分别是：青川市公安局南桥派出所刑警杜建、"
        "北山县公安局交警大队指导员侯启明、东湖区公安局治安大队副大队长梁红。"
    )
    got = honours_of(text)
    for name in ("杜建", "侯启明", "梁红"):
        assert any("全国优秀人民警察" in t for t in got.get(name, set())), name


def test_a_name_after_a_province_before_a_large_head_count_is_read_whole() -> None:
    text = "会议还授予内蒙古自治区官凤鸣等500名同志“全国种粮大户”称号。"
    got = names_in(text)
    assert "官凤鸣" in got
    assert "凤鸣" not in got


def test_two_counted_groups_joined_under_one_verb_share_its_honour() -> None:
    text = (
        "省政府近日决定，授予选手青川技师学院孔文博、北山技师学院汤立新等2人以及主教练青川技师学院钟建、"
        "北山技师学院罗国栋、南桥职业学院蒋小勇等3人“青川工匠”称号。"
    )
    got = honours_of(text)
    for name in ("孔文博", "汤立新", "钟建", "罗国栋", "蒋小勇"):
        assert any("青川工匠" in t for t in got.get(name, set())), name


def test_a_leader_who_announces_the_list_is_no_subject() -> None:
    text = (
        "12月22日，农业部副部长钱永福通报全国粮食生产先进单位和个人获奖名单，"
        "授予青川省孟长青等200名同志“全国粮食生产先进工作者”称号。"
    )
    people = find_people(parse_document(text))
    assert "钱永福" in people.bylines
    assert "孟长青" in honours_of(text)


def test_a_leader_who_hands_over_the_award_in_the_next_clause_is_no_subject() -> None:
    text = "5月29日，省总工会祁良才副主席一行专程赶到青川公司，为汤建新同志颁发“全国五一劳动奖章”。"
    got = honours_of(text)
    assert "祁良才" not in got
    assert "汤建新" in got


def test_a_conjunction_between_two_nouns_after_a_post_word_starts_no_name() -> None:
    text = "历届劳动模范是职工的优秀代表和典范，他们为广大职工树立了榜样。"
    assert "和典范" not in names_in(text)
    assert "和典范" not in find_people(parse_document(text)).names()


def test_characters_beside_bytes_a_mirror_lost_are_no_name() -> None:
    text = "荣获全国劳动模范称号2人，分别是：市海斯?;び邢挢?(zé)任公司技术总监曹运文、青川发电有限公司燃运主管余虹。"
    got = names_in(text)
    assert "邢挢" not in got
    assert {"曹运文", "余虹"} <= set(got)


def test_a_name_opening_a_text_or_closing_a_question_is_still_a_name() -> None:
    assert "闫慧芳" in names_in("闫慧芳 青川县眉户剧团演员")
    assert "孟长青" in names_in("你知道荣获全国劳动模范的孟长青?")


def test_a_name_after_an_epithet_closing_its_description_is_read() -> None:
    text = "他们中间有全国著名的拥军模范欧建联，还有安全志愿者宋卫东等来自煤矿各个岗位的模范人物。"
    assert {"欧建联", "宋卫东"} <= set(names_in(text))


def test_the_named_head_of_each_counted_group_holds_the_groups_honour() -> None:
    text = (
        "2014年涌现出了平安煤矿工会等4个先进单位、东坑煤矿刘文伟等30名优秀工会工作者"
        "和白山煤矿赵传海等50名优秀工会积极分子。"
    )
    assert honours_of(text) == {"刘文伟": {"优秀工会工作者"}, "赵传海": {"优秀工会积极分子"}}


@pytest.mark.usefixtures("person_gate_off")
def test_a_counted_group_of_workers_names_no_honour() -> None:
    assert honours_of("东坑煤矿刘文伟等30名职工参加了表彰大会。") == {}


def test_a_counted_group_before_its_verb_holds_the_verbs_honour_once() -> None:
    people = extract_text("刘文伟等10人被评为江州市劳动模范。")["people"]
    assert [(p["name"], [h["title"] for h in p["honors"]]) for p in people] == [("刘文伟", ["江州市劳动模范"])]
