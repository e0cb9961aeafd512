"""Shared fixtures: both stores through one parametrised fixture, a real Neo4j server.

The Neo4j server is the project's own launcher (tools/neo4j, tools.neo4j.server)
started once per session unless NEO4J_URI points at one.  A Neo4j that cannot
start fails the tests that need it: it is never skipped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.store import GraphStore, StoreConfig, open_store

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO / "tests" / "data" / "seed"
SEED_TEXT = SEED_DIR / "000_64891347c8508dc7.txt"
SEED_GOLD = SEED_DIR / "000_64891347c8508dc7.gold.json"
SAMPLE_PROFILE = REPO / "data" / "profiles" / "jiaozuo-union-2023-02.json"
STORES = ("embedded", "neo4j")
# An editor credential for the UI tests (ui.auth): LAOMO_EDITORS=EDITORS, password EDITOR_PASSWORD.
# 1,000 iterations keep the tests fast; `laomo hash-password` uses 600,000.
EDITOR = "王编辑"
EDITOR_PASSWORD = "焦作劳模-编辑2023"
EDITORS = (
    f"{EDITOR}:pbkdf2_sha256$1000$6c616f6d6f2d746573742d73616c7421$"
    "a87f1a5d8931d91762e5d2ab1abc008e99c1c6445f001c657e9316f726e93e75"
)


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[dict[str, str]]:
    """Connection settings of a real Neo4j server for this test session."""
    if os.environ.get("NEO4J_URI"):
        yield {
            "uri": os.environ["NEO4J_URI"],
            "user": os.environ.get("NEO4J_USER", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
        }
        return
    from tools.neo4j.server import start

    try:
        server = start()
    except Exception as exc:  # never a skip: a missing Neo4j is a failure
        pytest.fail(f"could not start the local Neo4j server: {exc}", pytrace=False)
    with server:
        yield {"uri": server.uri, "user": server.user, "password": server.password}


def embedded_store(path: Path, *, read_only: bool = False) -> GraphStore:
    """The embedded store file at ``path``, opened as the app opens it (``open_store``)."""
    return open_store(StoreConfig(kind="embedded", db_path=path, read_only=read_only))


def neo4j_store(conf: dict[str, str], *, read_only: bool = False) -> GraphStore:
    """The test session's Neo4j server (``neo4j_server``), opened as the app opens it."""
    return open_store(
        StoreConfig(kind="neo4j", uri=conf["uri"], user=conf["user"], password=conf["password"], read_only=read_only)
    )


def open_test_store(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, *, read_only: bool = False
) -> GraphStore:
    """A store of this kind for one test: a file in ``tmp_path`` or the session's Neo4j server
    (emptied first unless read-only, since Neo4j Community has one database)."""
    if kind == "embedded":
        return embedded_store(tmp_path / "test.lbug", read_only=read_only)
    store = neo4j_store(request.getfixturevalue("neo4j_server"), read_only=read_only)
    if not read_only:
        store.clear()
    return store


@pytest.fixture(params=STORES)
def cli_store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``laomo`` arguments selecting an empty store, once per store kind."""
    if request.param == "embedded":
        return ["--store", "embedded", "--db", str(tmp_path / "cli.lbug")]
    conf = request.getfixturevalue("neo4j_server")
    for key, value in (("NEO4J_URI", conf["uri"]), ("NEO4J_USER", conf["user"]), ("NEO4J_PASSWORD", conf["password"])):
        monkeypatch.setenv(key, value)
    from graph.store import config_from_env, open_store

    empty = open_store(config_from_env("neo4j"))
    empty.clear()
    empty.close()
    return ["--store", "neo4j"]


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty store with the schema in place, once per store kind."""
    s = open_test_store(request.param, tmp_path, request)
    yield s
    s.close()


@pytest.fixture
def seeded(store: GraphStore) -> GraphStore:
    """A store holding the sample profile of the seed page (张伟 and the others)."""
    from loaders.pipeline import load_files

    load_files(store, [SAMPLE_PROFILE])
    return store


# --- namesakes: a 2023 honour list naming many 张伟 (people search, graph.search) ----------------
NAMESAKE_MINES = ("九里山矿", "演马庄矿", "古汉山矿", "中马村矿", "冯营矿", "韩王矿")
NAMESAKE_TEAMS = ("机电运转队", "综采一队", "掘进二队", "运输队")
# Not 张伟 but found by the same initials, pinyin or prefix: 赵伟/周伟 (zw), 张卫 (zhangwei), 张伟明 (张伟…).
NAMESAKE_OTHERS = (
    ("赵伟", "焦作市公交公司"),
    ("周伟", "河南油田采油一厂"),
    ("张卫", "焦作市第二人民医院"),
    ("张伟明", "焦作市总工会"),
    ("张伟", "平煤神马集团一矿"),
)


def namesakes_profile() -> dict[str, Any]:
    """A list of 劳动模范 with 24 张伟 of 焦煤集团 (one per mine and team), each a 河南省劳动模范
    (省部级), and the people of NAMESAKE_OTHERS, each a 焦作市劳动模范 (地市级); years 2015–2023."""
    from loaders.profile_io import normalise_profile

    people = []
    units = [(f"焦煤集团{mine}{team}", "张伟") for mine in NAMESAKE_MINES for team in NAMESAKE_TEAMS]
    for i, (unit, name) in enumerate(units + [(u, n) for n, u in NAMESAKE_OTHERS]):
        title, level = ("河南省劳动模范", "省") if i < len(units) else ("焦作市劳动模范", "市")
        sentence = f"{unit}{name}，{title}（{2015 + i % 9}年）。"
        people.append(
            {
                "name": name,
                "employers": [unit],
                "born": f"{1965 + i}-{1 + i % 12:02d}",
                "honors": [
                    {
                        "title": title,
                        "level": level,
                        "year": 2015 + i % 9,
                        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
                    }
                ],
            }
        )
    return normalise_profile(
        {
            "document": {
                "title": "河南省劳动模范名单（2015—2023年，焦作部分）",
                "source": "henan-model-workers-jiaozuo.json",
                "sha256": "5a" * 32,
                "date": "2023-04",
            },
            "people": people,
        }
    )


@pytest.fixture
def namesakes(store: GraphStore) -> GraphStore:
    """A store holding ``namesakes_profile``: 25 张伟 (24 of them at 焦煤集团) and their like-named."""
    from loaders.pipeline import load_profiles

    load_profiles(store, [namesakes_profile()])
    return store


@pytest.fixture
def union_alias(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An organisation alias file naming 焦作总工会 as 焦作市总工会, in force for one test (the
    dictionaries' caches are cleared on the way in and out)."""
    from loaders import orgs

    alias_file = tmp_path / "organizations.yaml"
    alias_file.write_text("organizations:\n  焦作市总工会: [焦作总工会]\n", encoding="utf-8")
    monkeypatch.setattr(orgs, "ALIASES", alias_file)
    orgs._alias_file.cache_clear()
    orgs.known_organizations.cache_clear()
    try:
        yield alias_file
    finally:
        monkeypatch.undo()
        orgs._alias_file.cache_clear()
        orgs.known_organizations.cache_clear()


@pytest.fixture
def document_transactions(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many documents each write transaction of a load stamps, in order, as the test's loads
    write ``store`` (transactions that stamp none, such as the roll-ups' after them, left out)."""
    from graph.store import Batch

    stamped: list[int] = []
    write = store.write

    def counting(batches: Any) -> Any:
        batches = list(batches)
        n = sum(len(b.rows) for b in batches if isinstance(b, Batch) and "loaded_at" in b.cypher)
        if n:
            stamped.append(n)
        return write(batches)

    monkeypatch.setattr(store, "write", counting)
    return stamped


def person_id(store: GraphStore, name: str) -> str:
    from graph.queries import run

    rows = [r for r in run(store, "search", q=name).rows if r["kind"] == "Person" and r["name"] == name]
    assert len(rows) == 1, f"expected one person named {name}, got {rows}"
    return rows[0]["id"]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Say how many tests ran against the real Neo4j server: CI must show them executed."""
    stats = terminalreporter.stats
    counts = {
        outcome: sum(1 for r in stats.get(outcome, []) if "neo4j" in getattr(r, "nodeid", ""))
        for outcome in ("passed", "failed", "skipped", "error")
    }
    terminalreporter.write_line(
        f"tests against the real Neo4j server: passed {counts['passed']}, failed {counts['failed']}, "
        f"skipped {counts['skipped']}, errors {counts['error']}"
    )


@pytest.fixture(autouse=True)
def _close_ui_stores() -> Iterator[None]:
    """After a test that ran the explorer, close the stores its pages opened (ui.data caches them per process):
    each open embedded store reserves terabytes of address space, and a long session would run out."""
    yield
    if "ui.data" in sys.modules:
        import streamlit as st

        st.cache_resource.clear()


def signed_in(at: Any) -> Any:
    """An AppTest session in which the test editor has signed in (before its first run)."""
    at.session_state["auth.editor"] = EDITOR
    return at


def load_generated(store: GraphStore, people: int = 300) -> None:
    """Fill ``store`` with ``people`` generated people (seed 11) and their roll-ups, as a page sees
    a loaded store."""
    from bench.generate import generate
    from graph.bulk import bulk_load
    from graph.rollups import refresh_rollups

    rows = generate(people, seed=11)
    bulk_load(store, rows.nodes, rows.rels)
    refresh_rollups(store)


# --- extraction: what a text gives each person -------------------------------------------------------
def honours(text: str, **kwargs: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Each person the extractor finds in ``text``, with (title, year, conferring bodies) per honour."""
    from loaders.extract import extract_text

    profile = extract_text(text, **kwargs)
    return {
        p["name"]: [(h["title"], h.get("year"), h.get("conferred_by")) for h in p.get("honors", [])]
        for p in profile["people"]
    }


def conferrers(text: str, **kwargs: Any) -> dict[str, list[tuple[str, list[str]]]]:
    """Each person the extractor finds in ``text``, with (title, conferring bodies) per honour."""
    from loaders.extract import extract_text

    profile = extract_text(text, **kwargs)
    return {
        p["name"]: [(h["title"], h.get("conferred_by") or []) for h in p.get("honors", [])] for p in profile["people"]
    }


def people_of(text: str, **kwargs: Any) -> dict[str, dict[str, Any]]:
    """Each person the extractor finds in ``text``, by name, as the profile gives them."""
    from loaders.extract import extract_text

    return {p["name"]: p for p in extract_text(text, **kwargs)["people"]}


def names_in(text: str, **kwargs: Any) -> set[str]:
    """The names of the people the extractor finds in ``text``."""
    return set(people_of(text, **kwargs))


def employers_of(text: str, name: str) -> list[str]:
    """The employers the extractor gives ``name`` in ``text``."""
    return list(people_of(text)[name]["employers"])


def posts_of(text: str, name: str) -> list[tuple[str, str | None]]:
    """The (title, org) pairs the extractor gives ``name`` in ``text``."""
    return [(p["title"], p["org"]) for p in people_of(text)[name]["positions"]]


def honour_fact(title: str, raw: str, conferred_by: list[str] | None = None) -> Any:
    """An honour fact of 王海涛 in a sentence that is only its ``raw``, for the steps that tidy facts."""
    from loaders.extract.document import Sentence
    from loaders.extract.facts import Fact

    sent = Sentence(0, len(raw), raw)
    value = {"title": title, "raw": raw, "year": None, "edition": None, "conferred_by": conferred_by or []}
    return Fact("honor", value, sent, 0, ["王海涛"])


def numbered_page(
    n: int,
    persons: list[dict[str, Any]],
    *,
    title: str | None = None,
    source: str | None = None,
    mark: str = "0",
    organizations: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A small document dated 2023-05 stating ``persons`` (copied), its sha256 made from ``n`` and
    ``mark`` so that documents of different tests never share one: 焦作日报 第n期 unless titled."""
    import copy

    from loaders.profile_io import normalise_profile

    profile: dict[str, Any] = {
        "document": {
            "title": title or f"焦作日报 第{n}期",
            "source": source or f"jiaozuo-daily-{n}.json",
            "sha256": f"{n:016x}" + mark * 48,
            "date": "2023-05",
        },
        "people": copy.deepcopy(persons),
    }
    if organizations is not None:
        profile["organizations"] = copy.deepcopy(organizations)
    return normalise_profile(profile)


@pytest.fixture
def person_gate_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The people rules alone, without the learned person gate (loaders/extract/person_gate.py):
    for tests that specify which names the rules make subjects; the gate admits some of these names
    as subjects without an honour (docs/extraction.md, the person gate)."""
    monkeypatch.setenv("LAOMO_PERSON_GATE", "0")
