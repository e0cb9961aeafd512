"""A deep link to a person, honour or organisation that is not in the graph says so.

An old or mistyped address (``?person=p-doesnotexist``) shows 未找到 with a search
box, on either store: it never opens another record in its place and never
rewrites the address to another record's id.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from loaders.pipeline import load_files
from tests.conftest import SAMPLE_PROFILE, embedded_store, neo4j_store

APP = Path(__file__).resolve().parents[1] / "ui" / "app.py"
TIMEOUT = 120
MISSING = {"person": "p-doesnotexist", "honor": "h-doesnotexist", "org": "o-doesnotexist"}
PAGE_OF = {"person": "person", "honor": "honours", "org": "organizations"}
KIND_ZH = {"person": "人物", "honor": "荣誉", "org": "单位"}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("deeplinks") / "sample.lbug"
    store = embedded_store(path)
    load_files(store, [SAMPLE_PROFILE])
    store.close()
    return path


@pytest.fixture(scope="module")
def neo4j_sample(neo4j_server: dict[str, str]) -> Iterator[dict[str, str]]:
    store = neo4j_store(neo4j_server)
    store.clear()
    load_files(store, [SAMPLE_PROFILE])
    store.close()
    yield neo4j_server


@pytest.fixture(params=["embedded", "neo4j"])
def on_store(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The app's environment pointed at the sample on one store kind (no editor: a reader's view)."""
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI", "LAOMO_EDITORS", "LAOMO_CONSOLE"):
        monkeypatch.delenv(var, raising=False)
    if request.param == "embedded":
        monkeypatch.setenv("LAOMO_DB", str(request.getfixturevalue("sample_db")))
    else:
        conf = request.getfixturevalue("neo4j_sample")
        monkeypatch.setenv("LAOMO_STORE", "neo4j")
        monkeypatch.setenv("NEO4J_URI", conf["uri"])
        monkeypatch.setenv("NEO4J_USER", conf["user"])
        monkeypatch.setenv("NEO4J_PASSWORD", conf["password"])
    return str(request.param)


def _open(param: str, value: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params[param] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _address(at: AppTest, param: str) -> str:
    """The value of one query parameter in the app's address (a list once the app has set it)."""
    value = at.query_params[param]
    return value[0] if isinstance(value, list) else value


@pytest.mark.parametrize("param", ["person", "honor", "org"])
def test_a_link_to_a_missing_record_says_not_found_and_opens_nothing_else(on_store: str, param: str) -> None:
    at = _open(param, MISSING[param])
    warnings = [w.value for w in at.warning]
    assert warnings and warnings[0].startswith(f"未找到{KIND_ZH[param]}“{MISSING[param]}”"), warnings
    assert not at.header, [h.value for h in at.header]  # no record's name is shown as the page's subject
    assert not [s for s in at.selectbox if s.key and s.key.endswith(".selected")]  # nor a picker set to one
    assert _address(at, param) == MISSING[param]  # the address still names what was asked for
    assert at.text_input(key=f"deeplink.{param}.q").label == "搜索人物、荣誉或单位"


@pytest.mark.parametrize("param", ["person", "honor", "org"])
def test_the_search_box_on_a_not_found_page_links_to_what_exists(on_store: str, param: str) -> None:
    at = _open(param, MISSING[param])
    at.text_input(key=f"deeplink.{param}.q").input("张伟").run()
    assert not at.exception, [e.value for e in at.exception]
    links = [(p.proto.label, p.proto.query_string) for p in at.get("page_link")]
    assert any(label == "张伟（人物）" and qs.startswith("person=p-") for label, qs in links), links
    assert _address(at, param) == MISSING[param]  # searching does not rewrite the address either
    assert not at.header


def test_a_missing_record_page_is_still_the_page_the_link_named(on_store: str) -> None:
    at = _open("honor", MISSING["honor"])
    assert at.title[0].value == "荣誉"  # the honours page, not the overview or another page


def test_an_existing_record_still_opens_from_its_link(on_store: str) -> None:
    at = _open("person", MISSING["person"])
    at.text_input(key="deeplink.person.q").input("张伟").run()
    target = next(p.proto.query_string for p in at.get("page_link") if p.proto.label == "张伟（人物）")
    at = _open("person", target.split("=", 1)[1])
    assert at.header[0].value == "张伟" and not at.warning
