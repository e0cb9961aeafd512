"""Page timings in a real browser (bench.browser): the explorer in headless chromium over a generated store."""

from __future__ import annotations

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
    assert urlparse(person.nav_address).path == "/person"
    assert parse_qs(urlparse(person.nav_address).query)["person"][0].startswith("p-")


LINKS_PAGE = """<html><body>
<a href="/honours?honor=h-1ebbd95fe771d035">全国五一劳动奖章</a>
<a href="person?person=p-4a09598246c41a83">李娜</a>
<a href="person?person=p-03093195a94baeb9">张伟</a>
</body></html>"""
SITE = "http://127.0.0.1:9"  # never contacted: the page is answered inside the browser


@pytest.fixture(scope="module")
def links_page() -> Iterator[Any]:
    """A page of links at ``SITE``/honours in headless chromium, answered by the browser itself."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=browser.CHROMIUM, headless=True, args=browser.CHROMIUM_ARGS)
        page = chromium.new_page()
        page.route(f"{SITE}/**", lambda route: route.fulfill(body=LINKS_PAGE, content_type="text/html; charset=utf-8"))
        page.goto(f"{SITE}/honours?honor=h-1ebbd95fe771d035")
        yield page
        chromium.close()


def test_the_link_to_the_bench_address_is_followed_when_the_page_shows_it(links_page) -> None:
    link = browser._link_to(links_page, SITE, "/person?person=p-03093195a94baeb9")
    assert link.inner_text() == "张伟"


def test_without_the_bench_address_the_first_link_to_the_same_page_is_followed(links_page) -> None:
    link = browser._link_to(links_page, SITE, "/person?person=p-91b1b6b7ca2aa7b5")
    assert link.inner_text() == "李娜"


def test_a_page_without_a_link_to_the_page_gives_no_link(links_page) -> None:
    assert browser._link_to(links_page, SITE, "/orgs?org=o-ca56b4ae40bcc867") is None
