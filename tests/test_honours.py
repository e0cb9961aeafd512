"""parse_honour against the shared table of hand-parsed honour phrases (tests/data/honour_parses.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from loaders.honours import is_honour, parse_honour, phrase_kind

TABLE = yaml.safe_load((Path(__file__).parent / "data" / "honour_parses.yaml").read_text(encoding="utf-8"))
FIELDS = ("title", "edition", "year", "level", "category", "conferred_by")


@pytest.mark.parametrize("case", TABLE["honours"], ids=[c["raw"] for c in TABLE["honours"]])
def test_honour_phrase_parses_as_annotated(case: dict) -> None:
    parsed = parse_honour(case["raw"], doc_year=case.get("doc_year"))
    assert parsed is not None, f"{case['raw']} was rejected"
    assert {f: getattr(parsed, f) for f in FIELDS} == {f: case[f] for f in FIELDS}
    assert parsed.raw == case["raw"]


@pytest.mark.parametrize("raw", TABLE["not_honours"])
def test_placings_posts_collectives_and_documents_are_not_honours(raw: str) -> None:
    assert parse_honour(raw) is None


def test_the_table_is_large_enough_to_mean_something() -> None:
    assert len(TABLE["honours"]) >= 50 and len(TABLE["not_honours"]) >= 10


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("全国行业职业技能竞赛焊工个人第一名", "competition"),
        ("第一届全国技能大赛焊接项目金牌", "competition"),
        ("九里山矿机电运转队队长", "position"),
        ("2016年被聘为河钢集团首席技师", "position"),
        ("第三届焦作工匠", "honour"),
        ("金牌工人", "honour"),
        ("全国工人先锋号", None),
    ],
)
def test_phrase_kind_tells_honours_from_placings_and_posts(phrase: str, kind: str | None) -> None:
    assert phrase_kind(phrase) == kind


def test_the_series_dictionary_gives_level_and_category_but_never_a_conferrer() -> None:
    parsed = parse_honour("2022年获得中原大工匠")
    assert (parsed.level, parsed.category, parsed.conferred_by) == ("省", "工匠", [])
    assert parsed.usual_conferrer  # background from data/dictionaries/honour_series.yaml


def test_a_user_added_series_is_read_from_the_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import loaders.honours as honours

    table = yaml.safe_load(honours.SERIES_FILE.read_text(encoding="utf-8"))
    table["series"].append({"title": "愚公工匠", "level": "市", "category": "工匠"})
    extended = tmp_path / "honour_series.yaml"
    extended.write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(honours, "SERIES_FILE", extended)
    honours._tables.cache_clear()
    try:
        assert honours.parse_honour("首届“愚公工匠”").level == "市"
    finally:
        monkeypatch.undo()
        honours._tables.cache_clear()


def test_is_honour_accepts_traditional_script() -> None:
    assert is_honour("全國五一勞動獎章")


def test_a_medal_closing_the_phrase_is_a_placing_but_a_gold_medal_worker_is_an_honour() -> None:
    assert phrase_kind("团体银牌") == "competition"
    assert phrase_kind("个人金牌") == "competition"
    assert phrase_kind("金牌工人") == "honour"


def test_column_labels_that_hold_an_honour_word_are_no_honours() -> None:
    assert phrase_kind("工匠风采") is None
    assert phrase_kind("劳模故事") is None
    assert phrase_kind("劳模精神") is None
