"""Employers and posts at units the text names by a number (212队, 3号井) and at bodies named by
the kind words of small rural and service businesses (家庭农场, 经营部, 理发店).  Every name and
unit is invented."""

from __future__ import annotations

from loaders.extract.orgfind import OrgIndex
from loaders.extract.posts import stray_digits
from tests.conftest import people_of


def org_names(text: str) -> list[str]:
    index = OrgIndex(text, city=None, province=None)
    return [m.name for m in index.scan(0, len(text))]


# ---------------------------------------------------------------- numbered units


def test_a_team_named_by_its_number_is_the_posts_unit_in_a_profile_line() -> None:
    person = people_of("王德顺，河南平煤集团八矿212队队长，获评2023年全国五一劳动奖章。")["王德顺"]
    assert person["employers"] == ["河南平煤集团八矿"]
    assert [(p["title"], p["org"]) for p in person["positions"]] == [("队长", "河南平煤集团八矿212队")]


def test_a_team_named_by_its_number_is_the_posts_unit_after_shi() -> None:
    person = people_of("王德顺是河南平煤集团八矿212队队长，获评2023年全国五一劳动奖章。")["王德顺"]
    assert [(p["title"], p["org"]) for p in person["positions"]] == [("队长", "河南平煤集团八矿212队")]


def test_a_number_naming_a_unit_is_no_stray_number() -> None:
    assert not stray_digits("某钢铁公司炼铁厂3号高炉炉长")


def test_a_year_still_keeps_a_phrase_from_being_a_post() -> None:
    assert stray_digits("2019年起任采煤队队长")


def test_a_count_still_keeps_a_phrase_from_being_a_post() -> None:
    assert stray_digits("带出3个班组长")


# ---------------------------------------------------------------- small businesses


def test_a_family_farm_employs_its_chairman() -> None:
    person = people_of("周海平是湖北省谷城县丰禾种植家庭农场理事长，获评2023年全国劳动模范。")["周海平"]
    assert person["employers"] == ["湖北省谷城县丰禾种植家庭农场"]


def test_a_trading_department_is_a_body_of_its_own() -> None:
    assert org_names("陈秀英创办了象山县海旺水产品经营部。") == ["象山县海旺水产品经营部"]


def test_a_barber_shop_employs_its_head() -> None:
    person = people_of("孙建华是南通市友谊理发店主任，获评全国劳动模范。")["孙建华"]
    assert person["employers"] == ["南通市友谊理发店"]
    assert [p["title"] for p in person["positions"]] == ["主任"]


# ---------------------------------------------------------------- the formal copula


def test_a_post_after_the_formal_copula_wei_gives_employer_and_post() -> None:
    text = "2015年，孙建国获评全国劳动模范。孙建国为公司下属原胜利理发店主任，他带领店员上门服务。"
    person = people_of(text)["孙建国"]
    assert person["employers"] == ["胜利理发店"]
    assert [(p["title"], p["org"]) for p in person["positions"]] == [("主任", "胜利理发店")]


def test_a_post_after_the_formal_copula_xi_gives_the_employer() -> None:
    text = "2020年，周丽华获评全国劳动模范。周丽华系南通市友谊理发店主任，从业三十年。"
    assert people_of(text)["周丽华"]["employers"] == ["南通市友谊理发店"]


def test_wei_read_as_for_after_a_name_gives_no_post() -> None:
    text = "2015年，孙建国获评全国劳动模范。孙建国为人热情，常为顾客上门服务。"
    assert people_of(text)["孙建国"]["positions"] == []


def test_a_post_after_shenwei_closed_by_de_before_a_name_is_that_persons_post() -> None:
    text = "2022年，马志刚获评青海高原工匠。身为企业总工程师的马志刚一直从事高原特色食品的研发工作。"
    assert [(p["title"], p["org"]) for p in people_of(text)["马志刚"]["positions"]] == [("总工程师", None)]
