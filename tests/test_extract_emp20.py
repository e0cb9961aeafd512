"""Employers and posts of honoured people read from fresh real pages (session 15, employers and
positions): words read into a unit that name no part of it — a headline's greeting, the writer's
own 我省, a parent's 旗下 chain.  Sentences follow the shapes of real pages; names and units are
invented."""

from __future__ import annotations

from tests.conftest import people_of


def employers_of(text: str, name: str) -> list[str]:
    return list(people_of(text)[name]["employers"])


def posts_of(text: str, name: str) -> list[tuple[str, str | None]]:
    """(title, org) of each post the extractor gives ``name`` in ``text``."""
    return [(p["title"], p["org"]) for p in people_of(text)[name]["positions"]]


# ---------------------------------------------------------------- 我省 / 热烈祝贺 / 旗下 before a unit


def test_the_writers_province_before_a_company_is_no_part_of_the_employer() -> None:
    text = (
        "11月16日,人力资源社会保障部下发决定。我省中石化股份有限公司华东油田分公司测井中心周建明、"
        "中车南京某某车辆有限公司孙立新荣获“中华技能大奖”。"
    )
    assert employers_of(text, "周建明") == ["中石化股份有限公司华东油田分公司"]


def test_a_headline_greeting_is_no_part_of_the_unit() -> None:
    text = "热烈祝贺西安某某建设集团有限公司王立栋同志荣获“西安市劳动模范”荣誉称号\n12月23日,西安市劳动模范表彰大会举行。"
    assert employers_of(text, "王立栋") == ["西安某某建设集团有限公司"]


def test_the_plant_a_parent_owns_is_the_employer() -> None:
    text = "44岁的冯立斌是中国某某汽车集团有限公司旗下某某解放汽车有限公司卡车厂的模具钳工,先后获得“全国五一劳动奖章”。"
    assert employers_of(text, "冯立斌") == ["某某解放汽车有限公司卡车厂"]


def test_a_parent_before_the_plant_is_no_part_of_the_posts_organisation() -> None:
    text = "44岁的冯立斌是中国某某汽车集团有限公司旗下某某解放汽车有限公司卡车厂的模具钳工,先后获得“全国五一劳动奖章”。"
    assert posts_of(text, "冯立斌") == [("模具钳工", "某某解放汽车有限公司卡车厂")]


def test_a_greeting_in_a_mirror_is_cut_too() -> None:
    text = "熱烈祝賀西安某某建設集團有限公司王立棟同志榮獲「西安市勞動模範」榮譽稱號\n12月23日,西安市勞動模範表彰大會舉行。"
    assert employers_of(text, "王立棟") == ["西安某某建設集團有限公司"]
