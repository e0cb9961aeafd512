"""Page timings in a real browser: the explorer in headless chromium, navigation to an idle page.

``laomo bench pages --browser`` comes here after the server-side table.  For each page it starts
``streamlit run ui/app.py`` afresh over the store (read-only, no editor configured: what a reader
sees), so the first visit finds Streamlit's caches empty ("cold": what the first reader after a
restart waits, opening the store included), then visits the same address ``repeat`` more times,
each in a new tab (a new Streamlit session, the browser's cache kept: "warm", what a returning
reader waits while the cached whole-graph answers last).  The cold visit starts from an empty
browser cache too, so it includes fetching Streamlit's scripts.  A visit is timed from
``page.goto`` to the page being idle: the run's "finished" message received, Streamlit's script
state "not running", the footer caption with the server time drawn and no Stop button.  The page
stamps that moment itself (``IDLE_WATCH``, installed before the app's scripts), so the figure does
not include how often the bench looks.  The caption's own figure (``app.server_time``) is read back, so each row
shows browser and server time.

Then what a reader does after the first page: **in-app navigation** (``NAVIGATION``).  In a tab on
another page of the app, the bench clicks a link to the page (a sidebar link, or a page link
inside an expander, opened first as a reader would), and times the click to the new page being
idle, in the same tab: no reload, no new session, Streamlit's scripts already running.  The link to
the bench's own address is taken when the page shows it, else the first link to the same page
(``Visits.nav_address`` says which address was reached).  The click waits until the page it starts
from has finished drawing: a component in an iframe (the explore page's graph) lays itself out after
the page is idle, on the tab's one main thread, for 0.6–2.4 s at a million people — a click landing
before that task starts had the new page's messages wait behind it (``QUIET_MS``;
``Visits.nav_from_busy`` keeps how long the page kept the tab busy after its idle stamp).

**Drawing time** (``Visits.draw``): after each new-tab visit's idle stamp the bench waits the same
``QUIET_MS`` and keeps how long the tab's main thread stayed busy past that stamp (the end of its last
long task, 50 ms or more, the page's own or its iframes'): what a reader waits for a graph to be laid
out and drawn after the page says it is ready.  0 when nothing ran that long.

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
from urllib.parse import urljoin, urlparse

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
LINK_WAIT_MS = 5000
# Before an in-app click: this long with no long task (50 ms+, the page's own or an iframe's) after
# the page was idle.  The explore graph's layout starts 0.15–0.45 s after idle (1M, 7 Dec).
QUIET_MS = 1000
# Installed in every tab before the app's scripts: stamps (epoch ms) the first moment the page is
# idle — the script run ended (its ``script_finished`` message, field 6 of Streamlit's ForwardMsg,
# FINISHED_SUCCESSFULLY = 0, received), script state "notRunning", a server-time caption drawn and
# no Stop button.  A click starts the watch again.  The run's own message is what tells a new run's
# end from the page before it: a fast run may reach the page in one render (its "running" state
# never drawn), and a page switch draws the old page's caption again in new nodes.  Phases of a
# visit (document ready, WebSocket connected, script running) are stamped on the way.
IDLE_WATCH = r"""
(() => {
  const w = window.__laomo = {phases: {}, idle: 0, click: 0, finished: false, busy: 0};
  const now = () => performance.timeOrigin + performance.now();
  // the end of the latest long task on the tab's main thread, same-origin iframes' included
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.busy = Math.max(w.busy, performance.timeOrigin + e.startTime + e.duration);
    }).observe({type: 'longtask', buffered: true});
  } catch (e) {}
  const phase = (name) => { if (!(name in w.phases)) w.phases[name] = now(); };
  const pattern = /(?:页面服务器用时|Page served in) [0-9.]+/;
  const check = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    const state = app ? app.getAttribute('data-test-script-state') : null;
    if (state === 'running') phase('running');
    if (app && app.getAttribute('data-test-connection-state') === 'CONNECTED') phase('connected');
    if (w.idle || !w.finished || state !== 'notRunning') return;
    if (document.querySelector('[data-testid="stStatusWidget"] button')) return;
    const captions = document.querySelectorAll('[data-testid="stCaptionContainer"]');
    if ([...captions].some((c) => pattern.test(c.textContent))) w.idle = now();
  };
  // the value of a top-level varint field 6 of a ForwardMsg (script_finished), else -1
  const finishedStatus = (data) => {
    if (!(data instanceof ArrayBuffer)) return -1;
    const b = new Uint8Array(data);
    let i = 0;
    const varint = () => {
      let v = 0, shift = 0, x;
      do { x = b[i++]; v += (x & 0x7f) * 2 ** shift; shift += 7; } while (x & 0x80 && i < b.length);
      return v;
    };
    while (i < b.length) {
      const key = varint(), field = Math.floor(key / 8), type = key % 8;
      if (type === 0) { const v = varint(); if (field === 6) return v; }
      else if (type === 2) { const length = varint(); i += length; }  // not `i += varint()`: i is read first
      else if (type === 1) i += 8;
      else if (type === 5) i += 4;
      else return -1;
    }
    return -1;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (finishedStatus(event.data) !== 0) return;
        w.finished = true;
        for (const ms of [0, 50, 250]) setTimeout(check, ms);  // after the app has handled it
      });
    }
  };
  const all = {subtree: true, childList: true, attributes: true, characterData: true};
  new MutationObserver(check).observe(document, all);
  document.addEventListener('DOMContentLoaded', () => phase('dom_ready'));
  document.addEventListener('click', () => { w.click = now(); w.idle = 0; w.finished = false; }, true);
})();
"""
# From which page (``ui.pages.PAGES`` key) a reader reaches each page inside the app.
NAVIGATION = {
    "overview": "explore",  # the sidebar link
    "person": "honours",  # a recipient of the bench honour
    "honours": "person",  # the busiest person's honours (expander)
    "orgs": "overview",  # the largest organisations (expander)
    "explore": "overview",  # the sidebar link
}
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
    # in-app navigation to the page (same tab, a click): seconds to idle, its server time, where it led
    nav: list[float] = field(default_factory=list)
    nav_server: list[float] = field(default_factory=list)
    nav_address: str = ""
    # seconds the page clicked from kept the tab busy after its idle stamp (its last long task's end)
    nav_from_busy: list[float] = field(default_factory=list)
    # each new-tab visit (cold first): seconds the page kept the tab busy after its idle stamp (drawing)
    draw: list[float] = field(default_factory=list)
    nav_error: str = ""
    # each new-tab visit's phases, seconds from navigation: dom_ready, connected, running, idle
    phases: list[dict[str, float]] = field(default_factory=list)
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


def _idle_stamp(page: Any) -> float:
    """Wait until the page is idle (``IDLE_WATCH``); the epoch second it became so."""
    page.wait_for_function("() => window.__laomo && window.__laomo.idle", polling=100)
    stamp: float = page.evaluate("() => window.__laomo.idle") / 1000
    return stamp


def _quiet(page: Any, since: float) -> float:
    """Wait until the page has had ``QUIET_MS`` without a long task after ``since`` (an epoch second,
    its idle stamp); seconds from ``since`` to the end of its last long task (0 when none)."""
    check = (
        "([since, quiet]) => performance.timeOrigin + performance.now() - Math.max(since, window.__laomo.busy) >= quiet"
    )
    page.wait_for_function(check, arg=[since * 1000, QUIET_MS], polling=50)
    busy: float = page.evaluate("() => window.__laomo.busy") / 1000
    return max(0.0, busy - since)


def _server_time(page: Any) -> float:
    found = SERVER_TIME.findall(page.inner_text("body"))
    return float(found[-1]) if found else 0.0


def visit(context: Any, url: str) -> tuple[float, float, dict[str, float], float]:
    """Open ``url`` in a new tab of ``context`` (a new Streamlit session; the browser's cache is the
    context's); (seconds to an idle page, the page's own server time, the visit's phases, seconds the
    tab stayed busy drawing after the idle stamp: ``_quiet``)."""
    page = context.new_page()
    try:
        page.set_default_timeout(VISIT_TIMEOUT_S * 1000)
        started = time.time()
        page.goto(url, wait_until="commit")
        idle = _idle_stamp(page)
        took = idle - started
        stamps = page.evaluate("() => window.__laomo.phases")
        phases = {k: round(v / 1000 - started, 3) for k, v in stamps.items()} | {"idle": round(took, 3)}
        server = _server_time(page)
        return took, server, phases, _quiet(page, idle)
    finally:
        page.close()


def _link_to(page: Any, base: str, address: str) -> Any:
    """The link on ``page`` to ``address`` (else the first to the same page, with a parameter),
    opening collapsed expanders as a reader would; None when the page has none."""
    from playwright.sync_api import Error as PlaywrightError

    target = urlparse(base + address)
    closed = page.locator('[data-testid="stExpander"] details:not([open]) > summary')
    for _ in range(closed.count()):  # each click opens one: the locator then finds the next
        closed.first.click()
    if target.query:  # a page link with a parameter drawn (the sidebar's links are always there)
        with contextlib.suppress(PlaywrightError):
            page.locator(f'a[href*="{target.path.strip("/")}?"]').first.wait_for(timeout=LINK_WAIT_MS)
    same_page = None
    for link in page.locator("a[href]").all():
        href = urlparse(urljoin(page.url, link.get_attribute("href") or ""))
        if href.netloc != target.netloc or href.path != target.path:
            continue
        if href.query == target.query:
            return link
        if same_page is None and href.query and target.query:
            same_page = link
    return same_page


def navigate(context: Any, base: str, from_address: str, address: str) -> tuple[float, float, str, float]:
    """In a tab on ``from_address``, once that page has finished drawing (``_quiet``), click the link
    to ``address`` (``_link_to``): (seconds from the click to the new page idle, its server time, the
    address reached, seconds the page clicked from kept the tab busy after its idle stamp).  No
    reload: a click that loads a new document is an error."""
    page = context.new_page()
    try:
        page.set_default_timeout(VISIT_TIMEOUT_S * 1000)
        page.goto(base + from_address, wait_until="commit")
        ready = _idle_stamp(page)
        link = _link_to(page, base, address)
        if link is None:
            raise ConfigError(f"no link to {address} on {from_address}")
        from_busy = _quiet(page, ready)
        origin = page.evaluate("() => performance.timeOrigin")
        link.click()
        idle = _idle_stamp(page)
        if page.evaluate("() => performance.timeOrigin") != origin:
            raise ConfigError(f"the link to {address} reloaded the page")
        clicked: float = page.evaluate("() => window.__laomo.click") / 1000
        reached = urlparse(page.url)
        where = reached.path + (f"?{reached.query}" if reached.query else "")
        return idle - clicked, _server_time(page), where, from_busy
    finally:
        page.close()


def time_pages(
    store_env: Mapping[str, str],
    addresses: Mapping[str, str],
    repeat: int,
    log: Path,
    progress: Any = None,
    from_addresses: Mapping[str, str] | None = None,
) -> dict[str, Visits]:
    """Every page of ``addresses``: a fresh app, one cold visit, then ``repeat`` warm visits in new
    tabs, then ``repeat`` in-app navigations to it (from the page ``NAVIGATION`` names, looked up in
    ``from_addresses``, by default ``addresses``)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise ConfigError("chromium is not installed: run `make system-deps` (Debian packages chromium)")
    all_addresses = {**(from_addresses or {}), **addresses}
    out: dict[str, Visits] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for key, address in addresses.items():
                visits = out.setdefault(key, Visits())
                try:
                    with run_app(store_env, log) as url:
                        context = browser.new_context(viewport={"width": 1400, "height": 1600}, locale="zh-CN")
                        context.add_init_script(IDLE_WATCH)
                        try:
                            for n in range(repeat + 1):
                                if progress:
                                    progress(f"browser: {key} (visit {n + 1}) …")
                                took, server, phases, drawing = visit(context, url + address)
                                visits.phases.append(phases)
                                visits.draw.append(round(drawing, 3))
                                if n == 0:
                                    visits.cold_browser, visits.cold_server = took, server
                                else:
                                    visits.browser.append(took)
                                    visits.server.append(server)
                            from_key = NAVIGATION.get(key, "")
                            try:
                                for n in range(repeat if from_key in all_addresses else 0):
                                    if progress:
                                        progress(f"browser: {key} (in-app navigation {n + 1}) …")
                                    took, server, reached, busy = navigate(
                                        context, url, all_addresses[from_key], address
                                    )
                                    visits.nav.append(took)
                                    visits.nav_server.append(server)
                                    visits.nav_address = reached
                                    visits.nav_from_busy.append(round(busy, 3))
                            except (PlaywrightError, ConfigError) as exc:  # the new-tab figures stand
                                visits.nav_error = str(exc).splitlines()[0][:120]
                        finally:
                            context.close()
                except (PlaywrightError, ConfigError) as exc:
                    visits.error = str(exc).splitlines()[0][:120]
        finally:
            browser.close()
    return out
