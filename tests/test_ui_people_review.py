"""The 人物核对 page, run headless with AppTest: a pending same-name pair, merged, then undone."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from graph import export
from graph.store_ladybug import LadybugStore
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile
from tests.conftest import EDITORS, signed_in

APP = Path(__file__).resolve().parents[1] / "ui" / "app.py"
TIMEOUT = 120


def _profile(n: int, person: dict[str, Any]) -> dict[str, Any]:
    doc = {"title": f"焦作日报 第{n}期", "source": f"daily-{n}.json", "sha256": f"{n:016x}" + "0" * 48}
    return normalise_profile({"document": doc, "people": [copy.deepcopy(person)]})


def _store_with_a_pending_pair(path: Path) -> str:
    """郜卫东 without an employer, 郜卫东 of 郑州煤矿机械集团 (another birth year), then 郜卫东 of 九里山矿."""
    store = LadybugStore(path)
    store.ensure_schema()
    load_profiles(store, [_profile(1, {"name": "郜卫东", "employers": [], "born": "1975"})])
    load_profiles(store, [_profile(2, {"name": "郜卫东", "employers": ["郑州煤矿机械集团"], "born": "1969"})])
    load_profiles(store, [_profile(3, {"name": "郜卫东", "employers": ["焦煤集团九里山矿"]})])
    dumped = export.to_json(export.dump(store))
    store.close()
    return dumped


def _dump(path: Path) -> str:
    store = LadybugStore(path, read_only=True)
    try:
        return export.to_json(export.dump(store))
    finally:
        store.close()


@pytest.fixture
def review_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[Path, str]:
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI"):
        monkeypatch.delenv(var, raising=False)
    path = tmp_path / "review.lbug"
    before = _store_with_a_pending_pair(path)
    monkeypatch.setenv("LAOMO_DB", str(path))
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    return path, before


def _review_page() -> AppTest:
    at = signed_in(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    at.run()
    at.switch_page("views/people_review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_review_page_lists_the_pair_with_reasons_then_merges_and_undoes_it(review_db: tuple[Path, str]) -> None:
    path, before = review_db
    at = _review_page()
    assert at.subheader[0].value.startswith("郜卫东") and "待核对" in at.subheader[0].value
    text = " ".join(m.value for m in at.markdown)
    assert "同名" in text and "同名候选人数" in text and "九里山矿" in " ".join(c.value for c in at.caption)
    merge = next(b for b in at.button if b.key.startswith("review.merge."))
    merge.click().run()
    assert not at.exception and at.success and "已合并" in at.success[0].value
    assert at.info and at.info[0].value == "没有待核对的同名人物。"
    at.radio(key="review.show").set_value("").run()
    undo = next(b for b in at.button if b.key.startswith("review.undo."))
    undo.click().run()
    assert at.success and "已撤销合并" in at.success[0].value
    assert not at.exception
    assert _dump(path) == before  # merge then undo: the graph as it was


def test_keep_separate_closes_the_pair(review_db: tuple[Path, str]) -> None:
    at = _review_page()
    next(b for b in at.button if b.key.startswith("review.separate.")).click().run()
    assert at.success and "不同的人" in at.success[0].value
    assert at.info[0].value == "没有待核对的同名人物。"


def test_reader_mode_leaves_the_review_page_out(review_db: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_READER", "1")
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("views/people_review.py")


def test_the_import_page_names_the_existing_person_an_upload_matches_and_can_keep_it_apart(
    review_db: tuple[Path, str],
) -> None:
    import json

    from tests.conftest import SAMPLE_PROFILE

    path, _ = review_db
    store = LadybugStore(path)
    load_profiles(store, [normalise_profile(json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8")))])
    store.close()
    upload = {
        "document": {"title": "焦作日报 2024-05", "source": "daily-2024-05.json"},
        "people": [{"name": "张伟", "employers": ["焦煤集团"], "born": "1980-02"}],
    }
    at = signed_in(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    at.run()
    at.switch_page("views/import_profiles.py").run()
    at.file_uploader(key="import.file").set_value(
        ("daily-2024-05.json", json.dumps(upload, ensure_ascii=False).encode(), "application/json")
    ).run()
    assert not at.exception, [e.value for e in at.exception]
    line = next(m.value for m in at.markdown if "张伟" in m.value and "相符" in m.value)
    assert "张伟（九里山矿）" in line and "单位上下级" in line
    choice = next(r for r in at.radio if r.key.startswith("import.match."))
    choice.set_value("new").run()
    at.button(key="import.load").click().run()
    assert not at.exception and at.success
    store = LadybugStore(path, read_only=True)
    try:
        assert len(store.read("MATCH (p:Person {name: '张伟'}) RETURN p.id AS id").rows) == 2
    finally:
        store.close()
