"""Who becomes an honoured person, written from a second set of unannotated pages (x16 round:
features, retrospectives of historical model workers, WeChat posts, interviews): names said
together to be holders (都是/均为), a copula's honours going on over commas, a run of names closed
by its head count and an honour, a run whose entries carry their units, and what is no person
(a festival after a trade word)."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text


def people_of(text: str, date: str | None = "2019-05-02") -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, document_date=date)["people"]}


def titles(person: dict) -> list[str]:
    return [h["title"] for h in person["honors"]]


def test_a_run_of_names_said_together_to_be_holders_all_hold_the_honour() -> None:
    text = "后来又知道了沈阳的王崇伦、青岛的工人郝建秀。张名山、王崇伦和郝建秀，都是全国劳动模范。"
    people = people_of(text)
    assert {"张名山", "王崇伦", "郝建秀"} <= set(people)
    assert titles(people["张名山"]) == ["全国劳动模范"]


def test_names_said_together_to_be_something_else_hold_nothing() -> None:
    assert people_of("王明和李强都是车间里的好榜样。") == {}


def test_a_holder_noun_after_de_closes_a_copula_honour() -> None:
    people = people_of("马忠生是全国五一劳动奖章的获得者。")
    assert titles(people["马忠生"]) == ["全国五一劳动奖章"]


def test_a_copula_honour_list_goes_on_over_commas_while_each_clause_is_an_honour() -> None:
    text = "马忠生是全国五一劳动奖章的获得者，全国煤炭工业劳动模范，现任综采队队长。"
    assert titles(people_of(text)["马忠生"]) == ["全国五一劳动奖章", "全国煤炭工业劳动模范"]


def test_a_run_of_names_closed_by_its_head_count_and_an_honour_holds_it() -> None:
    text = "本报近期推出专栏，陆续报道刘恩和、李骏、罗发兵三位全国劳动模范的事迹。"
    people = people_of(text, "2005-04-26")
    assert set(people) == {"刘恩和", "李骏", "罗发兵"}
    assert titles(people["李骏"]) == ["全国劳动模范"]


@pytest.mark.usefixtures("person_gate_off")
def test_a_head_count_of_other_people_gives_no_honour() -> None:
    assert people_of("刘恩和、李骏两名职工在会上发言。") == {}


def test_a_festival_after_a_trade_word_is_no_person() -> None:
    text = (
        "9月23日，是第八个中国农民丰收节。"
        "钟祥市春源农作物种植农民专业合作社联合社理事长朱小林荣获“湖北省十佳农民”称号。"
    )
    assert set(people_of(text)) == {"朱小林"}


def test_a_visits_verbs_stay_out_of_the_honour_written_before_a_name() -> None:
    text = "4月30日上午，公司党委书记带领相关部门人员，来到市劳模吴从兰家中，送去组织的关怀和温暖。"
    assert titles(people_of(text)["吴从兰"]) == ["市劳动模范"]


def test_a_run_whose_last_entry_joins_with_he_and_a_units_de_holds_the_honour() -> None:
    text = (
        "太仓宏达热电有限公司的黄喜文、太仓交通运输集团有限公司的孙惠栋和太仓市第一人民医院的朱涛被评为江苏省劳动模范。"
    )
    people = people_of(text, "2016-04-29")
    assert set(people) == {"黄喜文", "孙惠栋", "朱涛"}
    assert titles(people["孙惠栋"]) == ["江苏省劳动模范"]


def test_names_said_together_to_be_holders_may_each_carry_a_unit_and_a_post() -> None:
    text = "气体压缩机厂的工程师吴家柱，拖拉机厂的车工林海峰和高压开关厂的青年车工吴大有，都是沈阳市劳动模范。"
    people = people_of(text, "1963-08-16")
    assert set(people) == {"吴家柱", "林海峰", "吴大有"}


def test_a_fame_word_inside_a_copula_honour_is_left_out() -> None:
    text = "拖拉机厂的车工林海峰和高压开关厂的青年车工吴大有，都是沈阳市著名的工业劳动模范。"
    assert titles(people_of(text, "1963-08-16")["林海峰"]) == ["沈阳市工业劳动模范"]
