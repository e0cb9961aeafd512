"""Stopping ``laomo ui`` stops the Streamlit server it started (the port and the store's lock are freed)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO

START_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 30.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serving(port: int) -> bool:
    """Streamlit answers its health check (listening alone is too early: a signal then trips it up)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as reply:
            return bool(reply.status == 200)
    except OSError:
        return False


def _port_free(port: int) -> bool:
    """Nobody listens on the port: a new server could bind it now."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Streamlit binds: TIME_WAIT is no obstacle
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_to_laomo_ui_stops_streamlit_and_frees_the_port(signum: int, tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("LAOMO_STORE", "NEO4J_URI", "LAOMO_READER")}
    laomo = subprocess.Popen(
        [sys.executable, "-m", "laomo.cli", "ui", "--db", str(tmp_path / "ui.lbug"), "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _serving(port):
            assert laomo.poll() is None, "laomo ui exited before Streamlit listened"
            assert time.monotonic() < deadline, f"Streamlit did not listen on {port} within {START_TIMEOUT_S:.0f} s"
            time.sleep(0.2)
        streamlit = _children(laomo.pid)
        assert len(streamlit) == 1, streamlit

        laomo.send_signal(signum)

        # laomo handled the signal and returned Streamlit's status; a negative code would mean the signal killed it
        assert laomo.wait(timeout=STOP_TIMEOUT_S) >= 0
        assert not _alive(streamlit[0]), "Streamlit outlived laomo ui"
        assert _port_free(port)
    finally:
        if laomo.poll() is None:
            laomo.kill()
            laomo.wait()
