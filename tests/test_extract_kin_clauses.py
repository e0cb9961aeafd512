"""A clause about a relative of the person (张某父亲是…, 他的妻子是…) gives the relative's unit and job,
not the person's.  Every name and unit is invented."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text

PROFILE = "张建国，湘潭钢铁集团炼铁厂212队队长，2023年荣获全国五一劳动奖章。"


def person(text: str) -> dict[str, Any]:
    people = {p["name"]: p for p in extract_text(text)["people"]}
    return people["张建国"]


def posts_of(p: dict[str, Any]) -> list[str]:
    return [x["title"] for x in p.get("positions") or []]


def test_a_fathers_unit_does_not_employ_the_person() -> None:
    p = person(PROFILE + "张建国父亲是湘潭电机公司一名老钳工。")
    assert p["employers"] == ["湘潭钢铁集团炼铁厂"]


def test_a_fathers_job_is_not_the_persons_post() -> None:
    p = person(PROFILE + "张建国父亲是湘潭电机公司一名老钳工。")
    assert "老钳工" not in posts_of(p)


def test_a_wife_named_by_a_pronoun_keeps_her_post() -> None:
    p = person(PROFILE + "他的妻子是湘潭市中心医院护士长。")
    assert "护士长" not in posts_of(p)


def test_the_persons_own_copula_clause_still_gives_the_unit_and_job() -> None:
    p = person("张建国是湘潭电机公司一名老钳工，2023年荣获全国五一劳动奖章。")
    assert p["employers"] == ["湘潭电机公司"] and posts_of(p) == ["老钳工"]
