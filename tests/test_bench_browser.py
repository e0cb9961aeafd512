"""Page timings in a real browser (bench.browser): the explorer in headless chromium over a generated store."""

from __future__ import annotations

from pathlib import Path
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


def test_a_page_is_timed_from_navigation_to_idle_with_its_own_server_time(thousand_people, tmp_path: Path) -> None:
    db, addresses = thousand_people
    env = {"LAOMO_STORE": "embedded", "LAOMO_DB": str(db)}
    visits = browser.time_pages(env, {"person": addresses["person"]}, repeat=1, log=tmp_path / "streamlit.log")
    person = visits["person"]
    assert person.error == ""
    assert 0 < person.cold_server < person.cold_browser
    assert len(person.browser) == len(person.server) == 1
    assert 0 < person.server[0] < person.browser[0]
