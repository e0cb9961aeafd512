"""ui/pages.py lists exactly the named queries each page's file asks for (and bench times those)."""

from __future__ import annotations

import ast

import pytest

from bench.run import page_steps
from graph.queries import REGISTRY
from tests.conftest import REPO
from ui.components import PAGE_FILES
from ui.pages import LOW_RANK_FROM, PAGES, YEARS_FROM


def asked_in(view: str) -> set[str]:
    """Names passed to ``rows("…")`` / ``first("…")`` in ui/views/<view>.py."""
    tree = ast.parse((REPO / "ui" / "views" / f"{view}.py").read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("rows", "first")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def test_every_page_of_the_app_has_a_query_list() -> None:
    assert set(PAGES) == set(PAGE_FILES)
    assert {key: f"views/{page.view}.py" for key, page in PAGES.items()} == PAGE_FILES


@pytest.mark.parametrize("key", sorted(PAGES))
def test_a_page_asks_the_store_exactly_the_named_queries_its_list_gives(key: str) -> None:
    assert asked_in(PAGES[key].view) == PAGES[key].names


def test_every_listed_query_is_registered_and_takes_the_listed_parameters() -> None:
    for page in PAGES.values():
        for call in (*page.first_visit, *page.on_request):
            assert call.name in REGISTRY, call.name
            assert set(call.params) <= set(REGISTRY[call.name].params), call


def test_the_page_benchmark_times_the_pages_own_lists() -> None:
    steps = page_steps()
    assert [name for name, _ in steps["person"]] == [c.name for c in PAGES["person"].first_visit]
    assert [name for name, _ in steps["overview, on request"]] == [c.name for c in PAGES["overview"].on_request]
    assert "connecting_conferrers" in [name for name, _ in steps["explore, on request"]]


def test_a_parameter_the_organisations_page_finds_from_stored_counts_is_taken_by_its_query() -> None:
    for name, column in LOW_RANK_FROM.items():
        assert name in PAGES["orgs"].names
        assert "low_rank" in REGISTRY[name].params
        assert f"AS {column}" in REGISTRY["org_summary"].cypher


def test_the_years_a_page_of_recipients_reaches_come_from_a_query_the_same_page_reads_first() -> None:
    for name, source in YEARS_FROM.items():
        page = next(p for p in PAGES.values() if name in p.names)
        order = [c.name for c in page.first_visit]
        assert order.index(source) < order.index(name)
        assert {"from_year", "to_year"} <= set(REGISTRY[name].params)
