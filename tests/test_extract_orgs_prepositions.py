"""Words before a preposition inside an organisation's candidate name are no part of the name
(评选活动经过医院、基层推荐 names no hospital).  Sentences follow real pages; names are invented."""

from __future__ import annotations

from loaders.extract import extract_text


def org_names(text: str) -> list[str]:
    return [o["name"] for o in extract_text(text)["organizations"]]


def test_a_selections_steps_written_with_a_preposition_name_no_body() -> None:
    text = "首届“最美乡村教师”评选活动经过学校、教育部门推荐、专家评审，最终共有10名教师获此殊荣。"
    assert not any(name.endswith("学校") for name in org_names(text))


def test_the_body_after_a_preposition_keeps_its_own_name() -> None:
    text = "该项目通过江苏省科技厅组织的验收，王明华荣获“江苏省劳动模范”称号。"
    assert "江苏省科技厅" in org_names(text)


def test_a_name_without_a_preposition_is_kept_whole() -> None:
    text = "湖南省人民医院护士长李红梅荣获“全国三八红旗手”称号。"
    assert "湖南省人民医院" in org_names(text)
