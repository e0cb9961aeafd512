"""Page timings in a real browser: the explorer in headless chromium, navigation to an idle page.

``laomo bench pages --browser`` comes here after the server-side table.  For each page it starts
``streamlit run ui/app.py`` afresh over the store (read-only, no editor configured: what a reader
sees), so the first visit finds Streamlit's caches empty ("cold": what the first reader after a
restart waits, opening the store included), then visits the same address ``repeat`` more times,
each in a new tab (a new Streamlit session, the browser's cache kept: "warm", what a returning
reader waits while the cached whole-graph answers last).  The cold visit starts from an empty
browser cache too, so it includes fetching Streamlit's scripts.  A visit is timed from
``page.goto`` to the page being idle: the footer caption with the server time drawn (the script
run ended) and no script running.  The caption's own figure (``app.server_time``) is read back,
so each row shows browser and server time.

Pages are opened at the bench's parameters (``bench.run.pick_params``): the busiest person, the
largest group, the same honour as the server-side table.  Editor-only pages (import, people
review, console) are left out: they need a sign-in and write.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
SERVER_TIME = re.compile(r"(?:页面服务器用时|Page served in) ([0-9.]+)")
START_TIMEOUT_S = 120.0
VISIT_TIMEOUT_S = 300.0
# Variables of the caller that would point the app elsewhere or let it write.
DROPPED_ENV = (
    *("LAOMO_STORE", "LAOMO_DB", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"),
    *("LAOMO_EDITORS", "LAOMO_READER", "LAOMO_CONSOLE"),
)


def page_addresses(values: Mapping[str, Any]) -> dict[str, str]:
    """Page key (``ui.pages.PAGES``) → the address a reader opens, at the bench's parameters."""
    return {
        "overview": "/",
        "person": f"/person?person={values['person']}",
        "honours": f"/honours?honor={values['honor']}",
        "orgs": f"/orgs?org={values['org']}",
        "explore": "/explore",
    }


@dataclass
class Visits:
    """One page's visits: the cold one, then the warm ones (seconds, browser and server)."""

    cold_browser: float = 0.0
    cold_server: float = 0.0
    browser: list[float] = field(default_factory=list)
    server: list[float] = field(default_factory=list)
    error: str = ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def run_app(store_env: Mapping[str, str], log: Path) -> Iterator[str]:
    """``streamlit run ui/app.py`` on a free local port over the store ``store_env`` names; its URL."""
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env.update(store_env)
    env["PYTHONUNBUFFERED"] = "1"
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(REPO / "ui" / "app.py")]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"]
    command += ["--browser.gatherUsageStats", "false"]
    url = f"http://127.0.0.1:{port}"
    with open(log, "a", encoding="utf-8") as out:
        proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while True:
                with (
                    contextlib.suppress(OSError),
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply,
                ):
                    if reply.status == 200:
                        break
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise ConfigError(f"streamlit did not start (log: {log})")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def visit(context: Any, url: str) -> tuple[float, float]:
    """Open ``url`` in a new tab of ``context`` (a new Streamlit session; the browser's cache is the
    context's); (seconds to an idle page, the page's own server time)."""
    page = context.new_page()
    try:
        page.set_default_timeout(VISIT_TIMEOUT_S * 1000)
        started = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_selector("text=/页面服务器用时 [0-9.]+ 秒/")
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"] button')")
        took = time.perf_counter() - started
        found = SERVER_TIME.findall(page.inner_text("body"))
        return took, float(found[-1]) if found else 0.0
    finally:
        page.close()


def time_pages(
    store_env: Mapping[str, str],
    addresses: Mapping[str, str],
    repeat: int,
    log: Path,
    progress: Any = None,
) -> dict[str, Visits]:
    """Every page of ``addresses``: a fresh app, one cold visit, then ``repeat`` warm visits."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise ConfigError("chromium is not installed: run `make system-deps` (Debian packages chromium)")
    out: dict[str, Visits] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for key, address in addresses.items():
                visits = out.setdefault(key, Visits())
                try:
                    with run_app(store_env, log) as url:
                        context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="zh-CN")
                        try:
                            for n in range(repeat + 1):
                                if progress:
                                    progress(f"browser: {key} (visit {n + 1}) …")
                                took, server = visit(context, url + address)
                                if n == 0:
                                    visits.cold_browser, visits.cold_server = took, server
                                else:
                                    visits.browser.append(took)
                                    visits.server.append(server)
                        finally:
                            context.close()
                except (PlaywrightError, ConfigError) as exc:
                    visits.error = str(exc).splitlines()[0][:120]
        finally:
            browser.close()
    return out
