"""Editors sign in to change the graph; readers do not; every load and merge says who and when.

Credentials are configured as hashes (``laomo hash-password``), never as passwords;
with none configured the site is reader-only and the writing pages refuse to run
even when addressed directly.  Guessing slows down after a few failures.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from graph.store import GraphStore
from loaders import people
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile
from tests.conftest import EDITOR, EDITOR_PASSWORD, EDITORS, REPO, SAMPLE_PROFILE, embedded_store, signed_in
from ui.credentials import (
    ALLOWED_FAILURES,
    CredentialError,
    Throttle,
    check,
    hash_password,
    parse_editors,
    verify_password,
)

APP = REPO / "ui" / "app.py"
TIMEOUT = 120
WRITING_PAGES = ("views/import_profiles.py", "views/people_review.py", "views/console.py")


# --- credentials --------------------------------------------------------------------------------------
def test_a_stored_hash_holds_neither_the_password_nor_the_same_salt_twice() -> None:
    first, second = hash_password("九里山矿-2023春"), hash_password("九里山矿-2023春")
    assert first != second and "九里山矿" not in first
    assert verify_password("九里山矿-2023春", first) and verify_password("九里山矿-2023春", second)
    assert not verify_password("九里山矿-2023秋", first)


def test_a_plain_password_in_the_configuration_is_refused() -> None:
    with pytest.raises(CredentialError, match="hash-password"):
        parse_editors("王芳:mima123456")


def test_an_unknown_editor_name_does_not_sign_in_even_with_a_known_password() -> None:
    editors = parse_editors(EDITORS)
    assert check(editors, EDITOR, EDITOR_PASSWORD)
    assert not check(editors, "李强", EDITOR_PASSWORD)
    assert not check(editors, EDITOR, EDITOR_PASSWORD + "x")


def test_after_a_few_failures_each_attempt_waits_even_with_the_right_password() -> None:
    now = [1000.0]
    throttle = Throttle(clock=lambda: now[0])
    for _ in range(ALLOWED_FAILURES - 1):
        throttle.failed(EDITOR)
        assert throttle.wait_s(EDITOR) == 0
    throttle.failed(EDITOR)
    assert throttle.wait_s(EDITOR) == 2.0
    assert throttle.wait_s("李强") == 0  # another name is not held up
    throttle.failed(EDITOR)
    assert throttle.wait_s(EDITOR) == 4.0  # and each further failure doubles the wait
    now[0] += 4.0
    assert throttle.wait_s(EDITOR) == 0
    throttle.succeeded(EDITOR)
    assert throttle.failures == {}


def test_laomo_hash_password_prints_a_line_to_configure() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "laomo.cli", "hash-password", "李强", "--stdin"],
        input="焦煤集团-编辑部2024\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith("李强:pbkdf2_sha256$600000$") and "焦煤集团-编辑部2024" not in line
    assert check(parse_editors(line), "李强", "焦煤集团-编辑部2024")


def test_laomo_hash_password_refuses_a_short_password() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "laomo.cli", "hash-password", "李强", "--stdin"],
        input="123456\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode != 0 and "at least 10 characters" in done.stderr
    assert "pbkdf2" not in done.stdout


# --- the explorer -----------------------------------------------------------------------------------
@pytest.fixture
def on_sample(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The app over an embedded store holding the sample; no editor configured until a test says so."""
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI", "LAOMO_EDITORS", "LAOMO_CONSOLE"):
        monkeypatch.delenv(var, raising=False)
    path = tmp_path / "auth.lbug"
    store = embedded_store(path)
    load_profiles(store, [normalise_profile(json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8")))], actor="cli:test")
    store.close()
    monkeypatch.setenv("LAOMO_DB", str(path))
    return path


def _run(what: Any) -> AppTest:
    """Run an app (or the app a clicked widget belongs to) and check it raised nothing."""
    at: AppTest = what.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _nav(at: AppTest) -> set[str]:
    """The page files the sidebar navigation offers."""
    return {page for page in WRITING_PAGES if _offers(at, page)}


def _offers(at: AppTest, page: str) -> bool:
    try:
        at.switch_page(page)
    except ValueError:
        return False
    at.switch_page("views/overview.py")
    return True


def test_without_an_editor_configured_the_site_is_reader_only(on_sample: Path) -> None:
    at = _run(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    assert _nav(at) == set()
    assert not [w for w in at.text_input if w.key == "auth.name"]  # nobody to sign in as
    for page in WRITING_PAGES:  # a writing page run directly refuses server-side
        direct = _run(AppTest.from_file(str(APP.parent / page), default_timeout=TIMEOUT))
        assert direct.error[0].value.startswith("本站点未配置编辑账号"), page
        assert not direct.get("file_uploader") and not direct.text_area and not direct.button


def test_a_reader_only_site_opens_the_store_read_only(on_sample: Path) -> None:
    at = AppTest.from_string(
        "from ui.data import get_store\n"
        "from graph.errors import ReadOnlyError\n"
        "import streamlit as st\n"
        "try:\n"
        "    get_store().write([])\n"
        "    st.write('written')\n"
        "except ReadOnlyError as exc:\n"
        "    st.write(f'refused: {exc}')\n",
        default_timeout=TIMEOUT,
    )
    at.run()
    assert at.markdown[0].value.startswith("refused"), at.markdown[0].value


def test_an_editor_who_has_not_signed_in_sees_no_writing_page(on_sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    at = _run(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    assert _nav(at) == set()
    assert at.text_input(key="auth.name").label == "编辑用户名"
    direct = _run(AppTest.from_file(str(APP.parent / "views" / "import_profiles.py"), default_timeout=TIMEOUT))
    assert direct.error[0].value == "此页面仅限编辑使用，请先在侧栏登录。"


def test_signing_in_offers_import_review_and_console(on_sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    at = _run(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    at.text_input(key="auth.name").input(EDITOR)
    at.text_input(key="auth.password").input(EDITOR_PASSWORD)
    _run(next(b for b in at.button if b.label == "登录").click())
    assert at.session_state["auth.editor"] == EDITOR
    assert _nav(at) == set(WRITING_PAGES)
    assert f"已登录编辑：{EDITOR}" in [c.value for c in at.caption]
    _run(at.button(key="auth.sign_out").click())
    assert _nav(at) == set()


def test_a_wrong_password_does_not_sign_in(on_sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    at = _run(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    at.text_input(key="auth.name").input(EDITOR)
    at.text_input(key="auth.password").input("焦作劳模-编辑2022")
    _run(next(b for b in at.button if b.label == "登录").click())
    assert "auth.editor" not in at.session_state
    assert "用户名或密码不正确。" in [e.value for e in at.error]
    assert _nav(at) == set()


def test_the_console_can_be_opened_to_readers_by_a_setting(on_sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_CONSOLE", "readers")
    at = _run(AppTest.from_file(str(APP), default_timeout=TIMEOUT))
    assert _nav(at) == {"views/console.py"}  # the console, and still no import or review


def test_reader_mode_offers_no_sign_in_even_with_editors_configured(
    on_sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    monkeypatch.setenv("LAOMO_READER", "1")
    at = _run(signed_in(AppTest.from_file(str(APP), default_timeout=TIMEOUT)))
    assert _nav(at) == set()  # a session claiming an editor is not one on a public screen
    assert not [w for w in at.text_input if w.key == "auth.name"]


def test_no_widget_can_set_the_signed_in_editor(on_sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    at = _run(signed_in(AppTest.from_file(str(APP), default_timeout=TIMEOUT)))
    for page in ("views/overview.py", *WRITING_PAGES):
        at.switch_page(page)
        _run(at)
        keys = {w.key for kind in ("text_input", "text_area", "selectbox", "button", "checkbox") for w in at.get(kind)}
        assert "auth.editor" not in keys, page


# --- who loaded, who merged ---------------------------------------------------------------------------
PROFILE: dict[str, Any] = {
    "document": {"title": "焦作日报 2024-05-01", "source": "jiaozuo-daily-2024-05-01.json", "date": "2024-05-01"},
    "people": [{"name": "李红梅", "gender": "女", "employers": ["焦作市第一人民医院"]}],
}


def test_a_load_records_who_loaded_each_document_and_when(store: GraphStore) -> None:
    load_profiles(store, [normalise_profile(copy.deepcopy(PROFILE))], actor=EDITOR)
    rows = store.read("MATCH (d:Document) RETURN d.loaded_by AS by, d.loaded_at AS at").rows
    assert [r["by"] for r in rows] == [EDITOR]
    assert rows[0]["at"][:2] == "20" and rows[0]["at"].endswith("+00:00")


def test_a_merge_records_who_merged_and_when(store: GraphStore) -> None:
    twin = copy.deepcopy(PROFILE)
    twin["document"] = {"title": "焦作晚报", "source": "jiaozuo-evening.json", "date": "2024-05-02"}
    twin["people"][0]["employers"] = ["焦作市总工会"]
    load_profiles(store, [normalise_profile(copy.deepcopy(PROFILE))], resolve=False)
    load_profiles(store, [normalise_profile(twin)], keep_apart=["李红梅"])
    ids = [r["id"] for r in store.read("MATCH (p:Person {name: '李红梅'}) RETURN p.id AS id ORDER BY id").rows]
    assert len(ids) == 2
    people.merge(store, ids[0], ids[1], actor=EDITOR)
    record = store.read("MATCH (m:MergeRecord) RETURN m.by AS by, m.at AS at").rows
    assert record[0]["by"] == EDITOR and record[0]["at"].endswith("+00:00")


def test_the_import_page_loads_as_the_signed_in_editor_and_lists_recent_loads(
    on_sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)
    at = _run(signed_in(AppTest.from_file(str(APP), default_timeout=TIMEOUT)))
    at.switch_page("views/import_profiles.py")
    _run(at)
    data = json.dumps(PROFILE, ensure_ascii=False).encode()
    at.file_uploader(key="import.file").set_value(("jiaozuo-daily-2024-05-01.json", data, "application/json"))
    _run(at)
    _run(at.button(key="import.load").click())
    assert at.success, [e.value for e in at.error]
    recent = next(t.value for t in at.table if "导入人" in t.value.columns)
    assert list(recent.columns) == ["来源文献", "导入人", "导入时间"]
    first = recent.iloc[0]
    assert first["来源文献"] == "焦作日报 2024-05-01" and first["导入人"] == EDITOR
    assert "cli:test" in set(recent["导入人"])  # the sample, loaded from the command line before
