"""Organisations and honours on traditional-script pages read fresh (session 16, third wave):
Taiwan and mirrored headlines, units glued to a verb, categories glued to an honour."""

from __future__ import annotations

from loaders.extract import extract_text
from tests.conftest import conferrers


def _orgs(text: str) -> list[str]:
    return [o["name"] for o in extract_text(text)["organizations"]]


def test_a_headline_phrase_with_a_lost_space_is_no_conferring_body() -> None:
    text = (
        "林淑芬16歲進紡織廠 一做40年 今年退休獲彰化最資深模範勞工\n\n"
        "彰化紡織廠林淑芬服務年資長達40年,今年將屆齡退休。\n"
    )
    assert dict(conferrers(text)["林淑芬"])["彰化最资深模范劳工"] == []
    assert not any("退休" in name for name in _orgs(text))


def test_a_selection_category_glued_after_the_series_is_no_part_of_its_title() -> None:
    text = "臺中市政府社會局表示,王美玲獲選為112年全國模範勞工事業單位組當選人,市府特予表揚。\n"
    assert [title for title, _ in conferrers(text)["王美玲"]] == ["全国模范劳工"]


def test_a_crew_ending_in_zu_is_left_alone() -> None:
    from loaders.honours import CATEGORY_GROUP_RE

    assert CATEGORY_GROUP_RE.sub(r"\g<series>", "全国模范劳工产业劳工组") == "全国模范劳工"
    assert CATEGORY_GROUP_RE.sub(r"\g<series>", "全国劳动模范先进班组") == "全国劳动模范先进班组"


def test_the_word_for_distinction_after_an_honour_is_no_part_of_its_title() -> None:
    text = "記者從廈門市總工會獲悉,今年廈門市有2人獲全國五一勞動獎章殊榮,他們分別是廈門港務集團技術員林志強、廈門市第一醫院護士陳雅婷。\n"
    assert [title for title, _ in conferrers(text)["林志強"]] == ["全国五一劳动奖章"]


def test_a_plain_word_ending_in_a_kind_suffix_is_no_unit_in_either_script() -> None:
    from loaders.orgs import is_suffix_word

    assert is_suffix_word("第一階段", 3, 4)  # 階段 read as 阶段
    assert is_suffix_word("第一阶段", 3, 4)  # the segmenter's 第一阶段 still holds 阶段
    assert not is_suffix_word("三号机务段", 4, 5)


def test_a_stage_after_a_ministry_is_no_child_organisation() -> None:
    text = "金港河、臺嶼河等5條河道順利通過住建部2019年第二階段黑臭水體整治考核驗收。\n"
    assert not any("階段" in name or "阶段" in name for name in _orgs(text))


def test_a_taiwan_township_office_is_an_employer() -> None:
    text = "王美玲任職於竹山鎮公所,服務年資長達30年,今年獲選模範勞工。\n"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert people["王美玲"]["employers"] == ["竹山鎮公所"]


def test_a_farmers_association_is_an_organisation_with_its_units() -> None:
    text = "李志明服務於水里鄉農會信用部,今年獲選模範勞工。\n"
    orgs = {o["name"]: o.get("parent") for o in extract_text(text)["organizations"]}
    assert orgs.get("水里鄉農會", "missing") is None
    assert orgs.get("信用部") == "水里鄉農會"


def test_a_taiwan_county_government_keeps_its_own_name() -> None:
    from loaders.extract.relations import canonical_body

    assert canonical_body("澎湖縣政府") == "澎湖縣政府"
    assert canonical_body("重慶市政府") == "重慶市人民政府"


def test_a_taiwan_city_government_is_an_organisation_as_written() -> None:
    text = "臺中市政府勞工局科員王大同今年獲選模範勞工。\n"
    orgs = {o["name"]: o.get("parent") for o in extract_text(text)["organizations"]}
    assert orgs.get("勞工局") == "臺中市政府"
    assert not any("人民政府" in name for name in orgs)


def test_a_brand_that_begins_a_university_name_opens_no_title() -> None:
    from loaders.honours import org_prefix

    assert org_prefix("中国石油大学杰出校友") is None
    assert org_prefix("中国石油劳动模范") == "中国石油"


def test_an_alumnus_of_a_university_named_after_a_brand_has_no_brand_conferrer() -> None:
    text = "中國石油大學杰出校友李長青被授予“全國勞動模範”稱號。\n"
    assert "中國石油" not in [o["name"] for o in extract_text(text)["organizations"]]
