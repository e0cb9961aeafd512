"""Hostile console input (tests/data/hostile_queries.yaml) through `laomo query` and the console page.

Every write, outside access, multi-statement input and runaway query is refused or
stopped with a message (never a traceback) and leaves the graph exactly as it was
(``graph.export.dump`` before and after); reads that merely mention those words in
strings or comments run.  Both paths, both stores.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from graph import export
from graph.store import GraphStore
from laomo.cli import main
from loaders.pipeline import load_files
from tests.conftest import EDITORS, SAMPLE_PROFILE, STORES, embedded_store, neo4j_store, signed_in

REPO = Path(__file__).resolve().parents[1]
CORPUS: list[dict[str, Any]] = yaml.safe_load((REPO / "tests" / "data" / "hostile_queries.yaml").read_text("utf-8"))
CONSOLE = REPO / "ui" / "views" / "console.py"
# Seconds a query may run here: the runaway entries must be stopped by it (or sooner, by memory).
LIMIT_S = 4
# Words every "stopped" message uses (English from the store, Chinese from the console's frame).
STOPPED_WORDS = ("memory", "ran past", "超过")


@pytest.fixture(scope="module", params=STORES)
def target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The sample graph in one store: CLI arguments, console environment and a way to open it."""
    if request.param == "embedded":
        path = tmp_path_factory.mktemp("hostile") / "sample.lbug"
        store = embedded_store(path)
        load_files(store, [SAMPLE_PROFILE])
        store.close()
        return {
            "kind": "embedded",
            "args": ["--store", "embedded", "--db", str(path)],
            "env": {"LAOMO_STORE": "embedded", "LAOMO_DB": str(path)},
            "open": lambda: embedded_store(path),
        }
    conf = request.getfixturevalue("neo4j_server")
    store = neo4j_store(conf)
    store.clear()
    load_files(store, [SAMPLE_PROFILE])
    store.close()
    return {
        "kind": "neo4j",
        "args": ["--store", "neo4j"],
        "env": {
            "LAOMO_STORE": "neo4j",
            "NEO4J_URI": conf["uri"],
            "NEO4J_USER": conf["user"],
            "NEO4J_PASSWORD": conf["password"],
        },
        "open": lambda: neo4j_store(conf),
    }


@pytest.fixture
def env(target: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    for var in ("LAOMO_READER", "LAOMO_STORE", "LAOMO_DB", "NEO4J_URI", "LAOMO_CONSOLE"):
        monkeypatch.delenv(var, raising=False)
    for key, value in target["env"].items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)  # the console is for signed-in editors (ui.auth)
    yield target
    # The console page keeps its store open (st.cache_resource): drop it so the CLI opens the file alone.
    from ui.data import _open

    _open.clear()
    gc.collect()


def _snapshot(target: dict[str, Any]) -> dict[str, Any]:
    store: GraphStore = target["open"]()
    try:
        return export.dump(store)
    finally:
        store.close()


def _id(entry: dict[str, Any]) -> str:
    return f"{entry['expect']}:{entry['why']}"


def _check_message(entry: dict[str, Any], message: str) -> None:
    assert message.strip(), "no message"
    assert "Traceback" not in message
    if entry["expect"] == "stopped":
        assert any(w in message for w in STOPPED_WORDS), message


@pytest.mark.parametrize("entry", CORPUS, ids=_id)
def test_laomo_query_refuses_or_stops_hostile_input_and_leaves_the_graph_unchanged(
    env: dict[str, Any], entry: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(env)
    params = [f"--param={k}={json.dumps(v)}" for k, v in (entry.get("params") or {}).items()]
    argv = ["query", entry["cypher"], *params, "--timeout", str(LIMIT_S), "--format", "json", *env["args"]]
    code = main(argv)
    out, err = capsys.readouterr()
    if entry["expect"] == "accepted":
        assert code == 0, err
        if "rows" in entry:
            assert json.loads(out) == entry["rows"]
    else:
        assert code in (1, 2), out
        assert err.startswith("laomo:"), err
        _check_message(entry, err)
    assert _snapshot(env) == before


@pytest.mark.parametrize("entry", CORPUS, ids=_id)
def test_the_console_page_refuses_or_stops_hostile_input_and_leaves_the_graph_unchanged(
    env: dict[str, Any], entry: dict[str, Any]
) -> None:
    before = _snapshot(env)
    at = signed_in(AppTest.from_file(str(CONSOLE), default_timeout=120))
    at.run()
    at.text_area(key="console.cypher").input(entry["cypher"])
    at.text_area(key="console.params").input(json.dumps(entry.get("params") or {}))
    at.number_input(key="console.timeout").set_value(float(LIMIT_S))
    at.button(key="console.run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    if entry["expect"] == "accepted":
        assert not errors, errors
        assert at.success, "no result line"
        if "rows" in entry:
            shown = at.dataframe[0].value.to_dict("records")
            assert shown == entry["rows"]
    else:
        assert len(errors) == 1, errors
        _check_message(entry, errors[0])
        assert not at.dataframe
    assert _snapshot(env) == before
