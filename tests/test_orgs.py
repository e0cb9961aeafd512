"""Organisation names: hierarchy from kind suffixes, kinds, canonical names through the alias file."""

from __future__ import annotations

from pathlib import Path

import pytest

import loaders.orgs as orgs
from loaders.orgs import canonical_org, employer_of, org_kind, resolve_local, split_org


def names(text: str) -> list[str]:
    return [p.name for p in split_org(text)]


@pytest.mark.parametrize(
    "text, parts",
    [
        ("焦煤集团九里山矿机电运转队", ["焦煤集团", "九里山矿", "机电运转队"]),
        ("河钢集团唐钢公司炼钢部转炉作业区", ["河钢集团", "唐钢公司", "炼钢部", "转炉作业区"]),
        (
            "中国铁路沈阳局集团有限公司沈阳动车段沈阳北动车运用所质检组",
            ["中国铁路沈阳局集团有限公司", "沈阳动车段", "沈阳北动车运用所", "质检组"],
        ),
        (
            "河南省工业和信息化委员会煤炭行业高级技师评审委员会",
            ["河南省工业和信息化委员会", "煤炭行业高级技师评审委员会"],
        ),
        ("湖北宜化集团有限责任公司合成氨厂造气车间甲班", ["湖北宜化集团有限责任公司", "合成氨厂", "造气车间", "甲班"]),
        ("宜昌市公安局西陵区分局", ["宜昌市公安局", "西陵区分局"]),
    ],
)
def test_composite_names_split_at_kind_suffixes(text: str, parts: list[str]) -> None:
    assert names(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "博爱县清化镇卫生院",  # a town names the hospital after it
        "铁塔集团焦作公司",  # a branch named by its city
        "平顶山天安煤业股份有限公司",  # 煤业 before a legal form is one name
        "宜昌市中心人民医院",  # 中心 inside a hospital's name
        "矿用高压电缆",  # 矿 inside a word (矿用) ends nothing
    ],
)
def test_names_that_are_one_body_stay_whole(text: str) -> None:
    assert len(split_org(text)) == 1


def test_a_numbered_or_placed_subsidiary_keeps_its_parent_in_its_name() -> None:
    assert names("中建八局第一建设有限公司") == ["中建八局", "中建八局第一建设有限公司"]
    assert names("山东钢铁集团日照有限公司") == ["山东钢铁集团", "山东钢铁集团日照有限公司"]


def test_a_unit_union_hangs_under_the_unit() -> None:
    assert names("东风商用车有限公司车身厂工会") == ["东风商用车有限公司", "车身厂", "车身厂工会"]


def test_a_short_name_from_the_alias_file_heads_a_chain_only_when_something_follows() -> None:
    assert names("中国石化胜利油田分公司孤东采油厂") == ["中国石化", "胜利油田分公司", "孤东采油厂"]
    assert names("河南能源化工集团") == ["河南能源化工集团"]


@pytest.mark.parametrize(
    "name, kind",
    [
        ("焦煤集团", "集团"),
        ("九里山矿", "矿"),
        ("机电运转队", "队"),
        ("焦作市总工会", "工会"),
        ("焦作市人力资源和社会保障局", "政府部门"),
        ("博爱县清化镇卫生院", "医院"),
        ("县雁子电子商务有限公司", "公司"),
        ("张伟", None),
    ],
)
def test_org_kind_reads_the_suffix(name: str, kind: str | None) -> None:
    assert org_kind(name) == kind


def test_the_employer_is_the_body_not_the_team() -> None:
    assert employer_of("焦煤集团九里山矿机电运转队") == "焦煤集团九里山矿"
    assert employer_of("江苏常熟金梭纺织股份有限公司细纱工段") == "江苏常熟金梭纺织股份有限公司"
    assert employer_of("威海市文登区张家产镇") == ""  # a town employs nobody


def test_short_and_full_names_meet_through_the_alias_file() -> None:
    assert canonical_org("河南能源") == "河南能源化工集团"
    assert canonical_org("焦作市总工会") == "焦作市总工会"


def test_city_and_county_unions_resolve_through_the_document() -> None:
    assert canonical_org("市总工会", city="焦作市") == "焦作市总工会"
    assert canonical_org("县总工会", county="修武县") == "修武县总工会"
    assert resolve_local("省政府", province="辽宁省") == "辽宁省政府"
    assert canonical_org("市总工会") == "市总工会"  # unknown city: left as written
    assert resolve_local("市一级巡视员", city="焦作市") == "市一级巡视员"  # a post, not a body


def test_an_alias_added_to_the_file_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alias_file = tmp_path / "organizations.yaml"
    alias_file.write_text("organizations:\n  焦作市总工会: [焦作总工会]\n", encoding="utf-8")
    monkeypatch.setattr(orgs, "ALIASES", alias_file)
    orgs._alias_file.cache_clear()
    orgs.known_organizations.cache_clear()
    try:
        assert canonical_org("焦作总工会") == "焦作市总工会"
    finally:
        monkeypatch.undo()
        orgs._alias_file.cache_clear()
        orgs.known_organizations.cache_clear()


@pytest.mark.parametrize(
    "text, parts",
    [
        ("辽河油田钻采工艺研究处", ["辽河油田", "钻采工艺研究处"]),  # an oilfield is a body, a 处 its unit
        ("青山村卫生室", ["青山村卫生室"]),  # a village clinic is one body
        ("滨海化工园区实训基地", ["滨海化工园区实训基地"]),
    ],
)
def test_oilfields_clinics_bases_and_offices_are_kinds_of_their_own(text: str, parts: list[str]) -> None:
    assert names(text) == parts


def test_an_oilfield_is_a_body_and_a_training_base_a_unit() -> None:
    assert orgs.org_tier("辽河油田") == "body"
    assert orgs.org_tier("青山村卫生室") == "body"
    assert orgs.org_tier("滨海实训基地") == "unit"
    assert orgs.org_tier("设备管理处") == "unit"


def test_a_centre_head_is_a_post_at_the_centre() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("技术中心主任") == ("技术中心", "主任")


def test_a_team_named_for_a_trade_keeps_its_suffix_even_when_it_ends_in_a_plain_word() -> None:
    from loaders.extract.posts import parse_post

    assert parse_post("结构件分厂焊接班班长") == ("结构件分厂焊接班", "班长")  # 焊接|班, not 焊|接班
