"""Loads that are cut short: every document is all there or absent, and loading again completes it.

A Neo4j server killed with SIGKILL mid-load (its own server on its own data
directory: the test session's shared server is never killed), a ``laomo load``
process killed with SIGKILL while writing the embedded store, a full disk, and
the explorer answering readers while an editor imports.  One transaction per
document (loaders.pipeline) is what makes the first two hold.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from graph.errors import LaomoError, StoreError
from graph.store import GraphStore, StoreConfig, open_store
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile
from tests.conftest import EDITORS, REPO, embedded_store, signed_in

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
PEOPLE_PER_DOCUMENT = 4


def announcements(n: int, people: int = PEOPLE_PER_DOCUMENT) -> list[dict[str, Any]]:
    """``n`` 公示 documents of a union office, each naming its own ``people`` 焦作工匠 (no one twice)."""
    out = []
    k = 0
    for i in range(n):
        named = []
        for _ in range(people):
            name = SURNAMES[k % 20] + GIVEN[(k // 20) % 24] + GIVEN[(k // 480) % 24]
            k += 1
            named.append(
                {
                    "name": name,
                    "gender": "男" if k % 2 else "女",
                    "employers": [f"焦煤集团第{i + 1}煤矿"],
                    "honors": [
                        {
                            "title": "焦作工匠",
                            "raw": "第三届焦作工匠",
                            "year": 2021,
                            "edition": "第三届",
                            "evidence": {"sentence": f"{name}获评第三届焦作工匠。"},
                        }
                    ],
                }
            )
        out.append(
            {
                "document": {
                    "title": f"焦作市总工会关于第三届焦作工匠的公示（第{i + 1}号）",
                    "source": f"gongshi-{i + 1:03d}.json",
                    "date": "2021-05",
                    "publisher": "焦作市总工会",
                },
                "people": named,
            }
        )
    return out


def write_files(folder: Path, profiles: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for p in profiles:
        (folder / p["document"]["source"]).write_text(json.dumps(p, ensure_ascii=False), encoding="utf-8")
    return folder


def per_document(store: GraphStore) -> dict[str, tuple[int, int]]:
    """Source file → (facts with evidence in it, employments it states) for every document in the graph."""
    docs = {r["id"]: r["source"] for r in store.read("MATCH (d:Document) RETURN d.id AS id, d.source AS source").rows}
    evidence = {
        r["doc"]: r["n"]
        for r in store.read("MATCH (x)-[e:EVIDENCED_BY]->(d:Document) RETURN d.id AS doc, count(*) AS n").rows
    }
    employment = {
        r["doc"]: r["n"] for r in store.read("MATCH ()-[r:WORKS_AT]->() RETURN r.doc AS doc, count(*) AS n").rows
    }
    orphans = [k for k in employment if k not in docs]
    assert not orphans, f"facts sourced to documents that are not in the graph: {orphans}"
    return {Path(src).name: (evidence.get(doc, 0), employment.get(doc, 0)) for doc, src in docs.items()}


def assert_all_or_nothing(partial: dict[str, tuple[int, int]], complete: dict[str, tuple[int, int]]) -> None:
    """Each document is there with all the facts a complete load gives it, or not there at all."""
    torn = {s: (counts, complete.get(s)) for s, counts in partial.items() if counts != complete.get(s)}
    assert not torn, f"documents left half-written (found, complete): {torn}"


def total_people(store: GraphStore) -> int:
    return int(store.read("MATCH (p:Person) RETURN count(p) AS n").rows[0]["n"])


# --- the embedded store: `laomo load` killed -----------------------------------------------------------
PROGRESS = re.compile(rb"writing \[[#-]+\] (\d+)/(\d+) documents")


def _load_until(db: Path, folder: Path, stop_after: int, timeout_s: float = 240) -> tuple[int, int]:
    """Run `laomo load` on a terminal (so it draws its progress) and SIGKILL it once ``stop_after`` documents
    are written; return (documents written when killed, total)."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("LAOMO_STORE", "NEO4J_URI")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "laomo.cli", "load", "--db", str(db), str(folder)],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    done = total = 0
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1.0)
            if ready:
                try:
                    seen += os.read(master, 4096)
                except OSError:
                    break  # the terminal closed: the process ended
                found = PROGRESS.findall(seen[-400:])
                if found:
                    done, total = int(found[-1][0]), int(found[-1][1])
                    if done >= stop_after:
                        proc.send_signal(signal.SIGKILL)
                        break
            if proc.poll() is not None:
                break
        assert proc.wait(timeout=30) == -signal.SIGKILL, f"laomo load ended before it was killed: {seen[-2000:]!r}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return done, total


def test_an_embedded_load_killed_mid_write_leaves_whole_documents_and_completes_when_run_again(
    tmp_path: Path,
) -> None:
    profiles = announcements(40)
    sources = [p["document"]["source"] for p in profiles]
    folder = write_files(tmp_path / "gongshi", profiles)
    db = tmp_path / "killed.lbug"

    done, total = _load_until(db, folder, stop_after=8)
    assert 8 <= done < total == 40

    store = embedded_store(db)  # opens again after the kill
    try:
        partial = per_document(store)
        people_then = total_people(store)
        assert done <= len(partial) < total  # what was reported written is there; the rest is absent
    finally:
        store.close()

    again = subprocess.run(
        [sys.executable, "-m", "laomo.cli", "load", "--db", str(db), str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={k: v for k, v in os.environ.items() if k not in ("LAOMO_STORE", "NEO4J_URI")},
    )
    assert again.returncode == 0, again.stderr[-2000:]
    store = embedded_store(db, read_only=True)
    try:
        complete = per_document(store)
        assert set(complete) == set(sources)
        assert total_people(store) == PEOPLE_PER_DOCUMENT * len(sources)  # nobody loaded twice
    finally:
        store.close()
    assert_all_or_nothing(partial, complete)
    assert people_then == PEOPLE_PER_DOCUMENT * len(partial)  # nobody without their document


# --- Neo4j: the server killed ----------------------------------------------------------------------------
@pytest.fixture
def own_neo4j(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A Neo4j server of this test's own (never the session's shared one), on a data directory it can restart on."""
    from tools.neo4j.server import free_port, start

    data_dir = tmp_path / "neo4j-data"
    servers = [start(port=free_port(), data_dir=data_dir)]
    state: dict[str, Any] = {"data_dir": data_dir, "servers": servers}
    try:
        yield state
    finally:
        for server in state["servers"]:
            server.stop()


def _neo4j(server: Any) -> GraphStore:
    return open_store(StoreConfig(kind="neo4j", uri=server.uri, user=server.user, password=server.password))


def test_a_neo4j_server_killed_mid_load_keeps_whole_documents_and_the_load_completes_after_restart(
    own_neo4j: dict[str, Any],
) -> None:
    from tools.neo4j.server import free_port, start

    server = own_neo4j["servers"][0]
    profiles = announcements(24)
    sources = [p["document"]["source"] for p in profiles]
    store = _neo4j(server)
    killed = threading.Event()

    def kill_soon(done: int, total: int, source: str) -> None:
        if done == 6 and not killed.is_set():
            killed.set()
            # a few milliseconds on: the next document's transaction is under way when the JVM dies
            threading.Timer(0.02, lambda: os.kill(server.process.pid, signal.SIGKILL)).start()

    with pytest.raises(LaomoError) as failure:
        load_profiles(store, [normalise_profile(copy.deepcopy(p)) for p in profiles], progress=kill_soon)
    assert killed.is_set() and server.process.wait(timeout=30) == -signal.SIGKILL
    assert isinstance(failure.value, StoreError), repr(failure.value)  # reported as the store failing
    with contextlib.suppress(Exception):  # the driver may complain about its dead connections on close
        store.close()

    restarted = start(port=free_port(), data_dir=own_neo4j["data_dir"])
    own_neo4j["servers"].append(restarted)
    store = _neo4j(restarted)
    try:
        partial = per_document(store)
        people_then = total_people(store)
        assert 6 <= len(partial) < len(sources)
        load_profiles(store, [normalise_profile(copy.deepcopy(p)) for p in profiles])
        complete = per_document(store)
        assert set(complete) == set(sources)
        assert total_people(store) == PEOPLE_PER_DOCUMENT * len(sources)
        assert_all_or_nothing(partial, complete)
        assert people_then == PEOPLE_PER_DOCUMENT * len(partial)
    finally:
        store.close()


# --- a full disk ------------------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 96 MB tmpfs mounted for this test (CI and the dev machine run as root)."""
    if os.geteuid() != 0:
        pytest.fail("the full-disk test mounts a tmpfs and must run as root (CI does)", pytrace=False)
    mount = tmp_path / "small-disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path, leave_mb: int) -> None:
    """Fill the disk until about ``leave_mb`` MB are free."""
    import shutil

    free = shutil.disk_usage(disk).free
    with open(disk / "filler.bin", "wb") as fh:
        remaining = free - leave_mb * 1024 * 1024
        block = b"\0" * (1024 * 1024)
        while remaining > 0:
            fh.write(block[: min(len(block), remaining)])
            remaining -= len(block)


def test_a_load_on_a_full_disk_fails_with_disk_full_naming_the_store_and_the_store_opens_after(
    small_disk: Path,
) -> None:
    db = small_disk / "laomo.lbug"
    store = embedded_store(db)
    load_profiles(store, [normalise_profile(p) for p in announcements(3)])
    before = per_document(store)
    _fill(small_disk, leave_mb=20)  # under the 64 MB margin a write keeps free
    with pytest.raises(StoreError) as full:
        load_profiles(store, [normalise_profile(p) for p in announcements(10)[3:]])
    assert "disk full" in str(full.value) and str(db) in str(full.value)
    store.close()

    (small_disk / "filler.bin").unlink()
    store = embedded_store(db)  # opens again, holding what was there before
    try:
        assert per_document(store) == before
        load_profiles(store, [normalise_profile(p) for p in announcements(10)])
        assert len(per_document(store)) == 10
    finally:
        store.close()


def test_the_cli_says_disk_full_and_names_the_store(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "laomo.lbug"
    embedded_store(db).close()
    folder = write_files(tmp_path / "gongshi", announcements(5))
    _fill(small_disk, leave_mb=20)
    done = subprocess.run(
        [sys.executable, "-m", "laomo.cli", "load", "--db", str(db), str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={k: v for k, v in os.environ.items() if k not in ("LAOMO_STORE", "NEO4J_URI")},
    )
    assert done.returncode == 1, done.stderr[-2000:]
    assert "disk full" in done.stderr and str(db) in done.stderr
    assert "Traceback" not in done.stderr


# --- the explorer while an editor imports -----------------------------------------------------------------
def test_the_explorer_answers_readers_while_an_editor_imports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI", "LAOMO_CONSOLE"):
        monkeypatch.delenv(var, raising=False)
    db = tmp_path / "busy.lbug"
    store = embedded_store(db)
    load_profiles(store, [normalise_profile(p) for p in announcements(5)])
    store.close()
    monkeypatch.setenv("LAOMO_DB", str(db))
    monkeypatch.setenv("LAOMO_EDITORS", EDITORS)

    # one large announcement: 400 people in one document, one transaction
    big = {
        "document": {"title": "焦作市第三届焦作工匠名单（汇总）", "source": "huizong.json", "date": "2021-05"},
        "people": [p for doc in announcements(105)[5:] for p in doc["people"]],
    }
    editor = signed_in(AppTest.from_file(str(REPO / "ui" / "app.py"), default_timeout=600))
    editor.run()
    editor.switch_page("views/import_profiles.py").run()
    editor.file_uploader(key="import.file").set_value(
        ("huizong.json", json.dumps(big, ensure_ascii=False).encode(), "application/json")
    ).run()
    assert not editor.exception, [e.value for e in editor.exception]
    load_button = editor.button(key="import.load")

    finished: list[float] = []

    def import_now() -> None:
        load_button.click().run()
        finished.append(time.monotonic())

    worker = threading.Thread(target=import_now)
    worker.start()
    served: list[tuple[float, float]] = []  # (seconds the overview took, when it was done)
    try:
        while worker.is_alive() and len(served) < 3:
            reader = AppTest.from_file(str(REPO / "ui" / "app.py"), default_timeout=120)
            started = time.monotonic()
            try:
                reader.run()
            except KeyError:
                # AppTest holds one stand-in Streamlit runtime per process and takes it down when a
                # run ends: the editor's import ending in the other thread can pull it from under a
                # reader mid-run (a harness race, not the app's). Only then is the reader run again.
                worker.join(timeout=60)
                if worker.is_alive():
                    raise
                reader = AppTest.from_file(str(REPO / "ui" / "app.py"), default_timeout=120)
                reader.run()
            assert not reader.exception, [e.value for e in reader.exception]
            # the reader sees the graph before the import or after it, never half of it
            assert {m.label: m.value for m in reader.metric}["人物"] in {"20", "420"}
            served.append((time.monotonic() - started, time.monotonic()))
    finally:
        worker.join(timeout=600)
    assert not editor.exception, [e.value for e in editor.exception]
    assert editor.success, [e.value for e in editor.error]
    during = [took for took, done in served if done < finished[0]]
    assert during, f"no overview was served while the import ran ({served}, import done {finished})"
    assert max(during) < 30, during
