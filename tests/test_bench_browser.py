"""Page timings in a real browser (bench.browser): the explorer in headless chromium over a generated store."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from bench import browser
from bench.generate import generate_chunks
from bench.scale import ParamsCollector
from graph.bulk_stream import load_new_file
from ui.components import DEEP_LINKS, PAGE_FILES

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def thousand_people(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """An embedded store of 1,000 generated people and the bench's parameters for it."""
    db = tmp_path_factory.mktemp("bench-browser") / "bench.lbug"
    collector = ParamsCollector()
    load_new_file(db, collector.watch(generate_chunks(1000, 7, 500)))
    return db, browser.page_addresses(collector.params(7).values)


def test_each_address_opens_its_page_at_the_bench_parameters(thousand_people) -> None:
    _, addresses = thousand_people
    for key, address in addresses.items():
        parsed = urlparse(address)
        assert key in PAGE_FILES
        assert parsed.path in ("/", f"/{key}")
        for param, values in parse_qs(parsed.query).items():
            assert DEEP_LINKS[param] == key
            assert values[0].startswith(param[0])  # p-…, h-…, o-…: an id, not a name


@pytest.fixture(scope="module")
def person_visits(thousand_people, tmp_path_factory: pytest.TempPathFactory) -> browser.Visits:
    """The person page timed once cold, once warm in a new tab and once reached by a click in the app."""
    db, addresses = thousand_people
    env = {"LAOMO_STORE": "embedded", "LAOMO_DB": str(db)}
    log = tmp_path_factory.mktemp("bench-browser-log") / "streamlit.log"
    visits = browser.time_pages(env, {"person": addresses["person"]}, repeat=1, log=log, from_addresses=addresses)
    return visits["person"]


def test_a_page_is_timed_from_navigation_to_idle_with_its_own_server_time(person_visits: browser.Visits) -> None:
    person = person_visits
    assert person.error == ""
    assert 0 < person.cold_server < person.cold_browser
    assert len(person.browser) == len(person.server) == 1
    assert 0 < person.server[0] < person.browser[0]


def test_a_new_tab_visit_passes_document_ready_connection_and_script_run_before_idle(
    person_visits: browser.Visits,
) -> None:
    for phases in person_visits.phases:
        assert 0 < phases["dom_ready"] < phases["connected"] < phases["running"] < phases["idle"]


def test_an_in_app_click_is_timed_from_the_click_to_the_new_page_idle_in_the_same_tab(
    person_visits: browser.Visits,
) -> None:
    person = person_visits
    assert person.nav_error == ""
    assert len(person.nav) == len(person.nav_server) == 1
    assert 0 < person.nav_server[0] < person.nav[0]
    assert len(person.nav_from_busy) == 1 and person.nav_from_busy[0] >= 0
    assert urlparse(person.nav_address).path == "/person"
    assert parse_qs(urlparse(person.nav_address).query)["person"][0].startswith("p-")


def test_each_new_tab_visit_records_how_long_the_page_kept_drawing_after_it_was_idle(
    person_visits: browser.Visits,
) -> None:
    person = person_visits
    assert len(person.draw) == len(person.phases) == 2  # the cold visit and the warm one
    assert all(0 <= seconds < browser.VISIT_TIMEOUT_S for seconds in person.draw)


LINKS_PAGE = """<html><body>
<a href="/honours?honor=h-1ebbd95fe771d035">全国五一劳动奖章</a>
<a href="person?person=p-4a09598246c41a83">李娜</a>
<a href="person?person=p-03093195a94baeb9">张伟</a>
</body></html>"""
SITE = "http://127.0.0.1:9"  # never contacted: the page is answered inside the browser


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """Headless chromium as the bench launches it (after the app-timing fixture: one Playwright at a time)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=browser.CHROMIUM, headless=True, args=browser.CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def links_page(chromium) -> Any:
    """A page of links at ``SITE``/honours, answered by the browser itself."""
    page = chromium.new_page()
    page.route(f"{SITE}/**", lambda route: route.fulfill(body=LINKS_PAGE, content_type="text/html; charset=utf-8"))
    page.goto(f"{SITE}/honours?honor=h-1ebbd95fe771d035")
    return page


def test_the_link_to_the_bench_address_is_followed_when_the_page_shows_it(links_page) -> None:
    link = browser._link_to(links_page, SITE, "/person?person=p-03093195a94baeb9")
    assert link.inner_text() == "张伟"


def test_without_the_bench_address_the_first_link_to_the_same_page_is_followed(links_page) -> None:
    link = browser._link_to(links_page, SITE, "/person?person=p-91b1b6b7ca2aa7b5")
    assert link.inner_text() == "李娜"


def test_a_page_without_a_link_to_the_page_gives_no_link(links_page) -> None:
    assert browser._link_to(links_page, SITE, "/orgs?org=o-ca56b4ae40bcc867") is None


# The explore page in miniature: a graph in an iframe that lays itself out (600 ms of the tab's
# main thread) a moment after the page is shown.
DRAWING_PAGE = """<html><body><h1>探索</h1>
<iframe srcdoc="<script>setTimeout(() => { const end = Date.now() + 600; while (Date.now() < end); }, 150)</script>">
</iframe></body></html>"""


@pytest.fixture
def drawing_page(chromium) -> Iterator[tuple[Any, float]]:
    """``DRAWING_PAGE`` at ``SITE``/explore with the bench's watch installed; (the page, the epoch
    second it was opened)."""
    context = chromium.new_context()
    context.add_init_script(browser.IDLE_WATCH)
    page = context.new_page()
    page.route(f"{SITE}/**", lambda route: route.fulfill(body=DRAWING_PAGE, content_type="text/html; charset=utf-8"))
    opened = time.time()
    page.goto(f"{SITE}/explore")
    yield page, opened
    context.close()


def test_an_in_app_click_waits_until_a_frame_drawing_after_the_page_is_shown_has_finished(drawing_page) -> None:
    page, opened = drawing_page
    busy = browser._quiet(page, opened)
    assert busy >= 0.6  # the frame's task, which began after the page was shown, is waited out
    now = page.evaluate("() => performance.timeOrigin + performance.now()") / 1000
    assert now - (opened + busy) >= browser.QUIET_MS / 1000
