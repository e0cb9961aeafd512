"""What an organisation conferred, counted per honour series and year (graph.conferrals): a page
of ``org_conferred`` found from the stored counts is the page the whole list has at that place.

That the stored counts equal a walk of the graph after loads, reloads, new versions, removals,
merges, splits and partial refreshes is checked with every other roll-up (``tests.test_rollups``:
``stored`` / ``direct``; ``tests.test_rollups_delta``).
"""

from __future__ import annotations

from typing import Any

from graph import conferrals
from graph.queries import run
from graph.rollups import ensure_rollups
from graph.store import Batch, GraphStore
from tests.conftest import load_generated


def _busiest_conferrer(store: GraphStore) -> str:
    """300 generated people with their roll-ups; the organisation that conferred most."""
    load_generated(store, 300)
    found = store.read("MATCH (o:Organization) RETURN o.id AS id ORDER BY o.conferred_total DESC, id LIMIT 1").rows
    return str(found[0]["id"])


def _rows(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """A page's rows; the units each came through as a set (``collect`` keeps no order)."""
    return [(r["person_id"], r["honor"], r["year"], r["award"], tuple(sorted(r["via"]))) for r in found]


def _stored(store: GraphStore, org: str) -> list[str]:
    return list(run(store, "org_summary", org=org).rows[0]["conferred_series"] or [])


def test_each_page_found_from_the_stored_counts_is_that_page_of_the_whole_list(store: GraphStore) -> None:
    org = _busiest_conferrer(store)
    whole = _rows(run(store, "org_conferred", org=org, top=100_000).rows)
    stored = _stored(store, org)
    assert sum(n for _, _, n in conferrals.decode(stored)) == len(whole) > 40
    for size in (7, 40):
        for skip in range(0, len(whole) + size, size):
            page = run(store, "org_conferred", org=org, **conferrals.window(stored, skip, size)).rows
            assert _rows(page) == whole[skip : skip + size], (size, skip)


def test_a_page_reads_only_the_series_it_reaches(store: GraphStore) -> None:
    org = _busiest_conferrer(store)
    stored = _stored(store, org)
    first = conferrals.decode(stored)[0]  # the first series by name, its first year
    window = conferrals.window(stored, 0, first[2])
    assert window["series"] == [first[0]] and window["from_year"] == window["to_year"] == first[1]
    assert {r["honor"] for r in run(store, "org_conferred", org=org, **window).rows} == {first[0]}


def test_a_store_without_conferral_counts_gets_them_when_opened_for_writing(store: GraphStore) -> None:
    org = _busiest_conferrer(store)
    counted = sorted(_stored(store, org))
    store.write([Batch("MATCH (o:Organization) SET o.conferred_series = NULL", [{}])])
    assert not _stored(store, org)
    assert ensure_rollups(store)
    assert sorted(_stored(store, org)) == counted
    assert not ensure_rollups(store)  # nothing lacking now


def test_the_organisations_page_and_its_benchmark_find_the_window_from_a_column_of_the_summary() -> None:
    from graph.queries import REGISTRY
    from ui.pages import PAGES, WINDOW_FROM

    for name, column in WINDOW_FROM.items():
        assert name in PAGES["orgs"].names
        assert set(conferrals.window(["1|2020|劳动模范"], 0, 1)) <= set(REGISTRY[name].params)
        assert f"AS {column}" in REGISTRY["org_summary"].cypher
