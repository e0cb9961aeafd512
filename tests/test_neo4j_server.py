"""The local Neo4j 5.26 server (tools/neo4j + graph/neo4j_server) behaves like a real one.

These start a real JVM (about 7 s each), so one server is shared by the read/write checks.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import READ_ACCESS, Driver, GraphDatabase
from neo4j.exceptions import AuthError, ClientError

from graph.errors import StoreError
from tools.neo4j import server as neo4j_server
from tools.neo4j.server import LocalNeo4j, start


@pytest.fixture(scope="module")
def neo() -> Iterator[LocalNeo4j]:
    with start() as server:
        yield server


@pytest.fixture()
def driver(neo: LocalNeo4j) -> Iterator[Driver]:
    with GraphDatabase.driver(neo.uri, auth=(neo.user, neo.password)) as drv:
        drv.execute_query("MATCH (n) DETACH DELETE n")
        yield drv


def _port_accepts(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_server_listens_on_loopback_bolt_with_password_auth(neo: LocalNeo4j) -> None:
    assert neo.uri == f"bolt://127.0.0.1:{neo.port}"
    assert neo.env() == {"NEO4J_URI": neo.uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": "laomo-test-pw"}
    with GraphDatabase.driver(neo.uri, auth=(neo.user, neo.password)) as drv:
        records, _, _ = drv.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition"
        )
    assert records[0]["name"] == "Neo4j Kernel"
    assert records[0]["version"].startswith("5.26.")
    assert records[0]["edition"] == "community"


def test_wrong_password_is_refused(neo: LocalNeo4j) -> None:
    with GraphDatabase.driver(neo.uri, auth=(neo.user, "not-the-password")) as drv, pytest.raises(AuthError):
        drv.verify_connectivity()


def test_chinese_text_round_trips(driver: Driver) -> None:
    driver.execute_query("CREATE (:Person {name:'张伟', honour:'全国劳动模范', org:'焦作市总工会'})")
    records, _, _ = driver.execute_query(
        "MATCH (p:Person {name:'张伟'}) RETURN p.name AS name, p.honour AS honour, size(p.name) AS chars"
    )
    assert [(r["name"], r["honour"], r["chars"]) for r in records] == [("张伟", "全国劳动模范", 2)]


def test_server_refuses_a_write_in_a_read_access_session(driver: Driver) -> None:
    # The query console relies on this: Neo4j itself, not our code, rejects writes in READ mode.
    with driver.session(default_access_mode=READ_ACCESS) as session, pytest.raises(ClientError) as refused:
        session.execute_read(lambda tx: tx.run("CREATE (:Person {name:'李军萍'})").consume())
    assert refused.value.code == "Neo.ClientError.Statement.AccessMode"
    assert "Writing in read access mode not allowed" in refused.value.message
    records, _, _ = driver.execute_query("MATCH (p:Person {name:'李军萍'}) RETURN count(p) AS n")
    assert records[0]["n"] == 0


def test_build_is_skipped_when_up_to_date(neo: LocalNeo4j) -> None:
    # The module fixture already built it; a second build must not touch the artefact.
    before = neo4j_server.ARTEFACT.stat().st_mtime_ns
    assert neo4j_server.is_built()
    neo4j_server.build()
    assert neo4j_server.ARTEFACT.stat().st_mtime_ns == before


def test_an_explicit_port_in_use_raises_store_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(StoreError, match=f"port {port} .* already in use"):
            start(port=port, timeout_s=30)


def test_a_failed_start_raises_store_error_naming_the_log_and_the_cause(neo: LocalNeo4j, tmp_path) -> None:
    # A second server on a data directory that a running one holds: Neo4j refuses the store lock.
    log = tmp_path / "second.log"
    with pytest.raises(StoreError) as failed:
        start(data_dir=neo.data_dir, log_file=log, timeout_s=60)
    message = str(failed.value)
    assert str(log) in message
    assert "NEO4J FAILED cause:" in message and "lock" in message.lower()


def test_stop_shuts_down_cleanly_frees_the_port_and_removes_the_temporary_data_dir(tmp_path) -> None:
    log = tmp_path / "console.log"  # outside the data dir, so it outlives stop()
    server = start(log_file=log)
    try:
        assert _port_accepts(server.port)
        assert (server.data_dir / "data" / "databases" / "neo4j").is_dir()
    finally:
        server.stop()
    assert server.process.returncode is not None
    assert "NEO4J STOPPED" in log.read_text()  # the shutdown hook ran, not SIGKILL
    assert not _port_accepts(server.port)
    assert not server.data_dir.exists()
    # A new server could listen there straight away (servers set SO_REUSEADDR, as Neo4j's does).
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", server.port))
        again.listen()


def test_server_exits_when_the_python_process_that_started_it_dies(tmp_path) -> None:
    # A crashed test run must not leave a JVM holding 400 MB and a port.
    script = textwrap.dedent(f"""
        import os
        from tools.neo4j.server import start
        server = start(data_dir={str(tmp_path / "db")!r})
        print(server.process.pid, server.port, flush=True)
        os._exit(0)  # die without stop()
    """)
    child = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=180, cwd=neo4j_server.REPO_ROOT
    )
    assert child.returncode == 0, child.stderr
    java_pid, port = map(int, child.stdout.split())
    deadline = time.monotonic() + 30
    while _pid_alive(java_pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    try:
        assert not _pid_alive(java_pid)
        assert not _port_accepts(port)
    finally:
        if _pid_alive(java_pid):
            os.kill(java_pid, signal.SIGKILL)


def _pid_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False
    return state != "Z"
