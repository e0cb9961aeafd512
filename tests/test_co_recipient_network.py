"""The honours page's co-recipient network: every pair of people of one year and edition of a series
when the links fit in the picture, else the latest years that fit, or a capped sample of the latest
year, chosen from the per-year-and-edition counts the page reads anyway (ui.cohorts)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from graph.queries import REGISTRY, run
from graph.store import GraphStore
from tests.conftest import load_generated
from ui.cohorts import network_window

Pair = tuple[str, str, int, str]


@pytest.fixture
def busiest_series(store: GraphStore) -> tuple[str, list[dict[str, Any]]]:
    """2,000 generated people with their roll-ups; the series with the most recipients and its
    per-year-and-edition counts."""
    load_generated(store, 2000)
    found = store.read("MATCH (h:Honor) RETURN h.id AS id ORDER BY h.recipients_total DESC, id LIMIT 1").rows
    honour = str(found[0]["id"])
    return honour, run(store, "recipients_by_year_edition", honor=honour).rows


def _pairs_of_the_awards(store: GraphStore, honour: str, years: set[int] | None = None) -> list[Pair]:
    """Every two recipients of the same year and edition, paired from the series' awards in Python."""
    awards = store.read(
        """MATCH (:Honor {id: $h})<-[:OF_HONOR]-(a:Award)<-[:RECEIVED]-(p:Person)
           RETURN p.id AS id, coalesce(a.year, -1) AS year, coalesce(a.edition, '') AS edition""",
        {"h": honour},
    ).rows
    cohorts: dict[tuple[int, str], list[str]] = defaultdict(list)
    for a in awards:
        if years is None or a["year"] in years:
            cohorts[(a["year"], a["edition"])].append(a["id"])
    return sorted((p, q, y, e) for (y, e), ids in cohorts.items() for p in ids for q in ids if p < q)


def _drawn(rows: list[dict[str, Any]]) -> list[Pair]:
    return sorted((r["source"], r["target"], -1 if r["year"] is None else r["year"], r["edition"] or "") for r in rows)


def _pairs_per_year(per_edition: list[dict[str, Any]]) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for r in per_edition:
        if r["year"] is not None:
            out[r["year"]] += r["recipients"] * (r["recipients"] - 1) // 2
    return out


def test_when_every_link_fits_the_network_is_every_pair_of_one_year_and_edition(
    store: GraphStore, busiest_series: tuple[str, list[dict[str, Any]]]
) -> None:
    honour, per_edition = busiest_series
    window = network_window(per_edition, max_pairs=10**9)
    rows = run(store, "co_recipient_network", honor=honour, top=10**6, **window.params()).rows
    assert not window.sample
    assert _drawn(rows) == _pairs_of_the_awards(store, honour) != []


def test_when_the_links_do_not_fit_only_the_latest_years_that_fit_are_drawn(
    store: GraphStore, busiest_series: tuple[str, list[dict[str, Any]]]
) -> None:
    honour, per_edition = busiest_series
    per_year = _pairs_per_year(per_edition)
    linked = sorted((y for y in per_year if per_year[y] > 0), reverse=True)
    window = network_window(per_edition, max_pairs=per_year[linked[0]] + per_year[linked[1]])
    rows = run(store, "co_recipient_network", honor=honour, top=10**6, **window.params()).rows
    assert window.sample and linked[2] < window.from_year <= linked[1] and window.to_year == max(per_year)
    assert _drawn(rows) == _pairs_of_the_awards(store, honour, set(linked[:2])) != []


def test_a_latest_year_too_large_to_draw_is_drawn_from_a_few_of_its_awards(
    store: GraphStore, busiest_series: tuple[str, list[dict[str, Any]]]
) -> None:
    honour, per_edition = busiest_series
    latest = max(r["year"] for r in per_edition if r["year"] is not None)
    window = network_window(per_edition, max_pairs=10)
    rows = run(store, "co_recipient_network", honor=honour, top=10**6, **window.params()).rows
    people = {r["source"] for r in rows} | {r["target"] for r in rows}
    assert window.sample and window.awards == 5 and len(people) <= 5
    assert 0 < len(rows) <= 10 and {r["year"] for r in rows} == {latest}
    assert set(_drawn(rows)) <= set(_pairs_of_the_awards(store, honour, {latest}))


def test_without_a_window_the_network_reads_the_most_awards_whose_links_fit_in_its_top() -> None:
    defaults = REGISTRY["co_recipient_network"].params
    awards, top = defaults["awards"], defaults["top"]
    assert awards * (awards - 1) // 2 <= top < (awards + 1) * awards // 2


def test_without_a_window_a_series_of_fewer_awards_is_drawn_whole(
    store: GraphStore, busiest_series: tuple[str, list[dict[str, Any]]]
) -> None:
    honour, per_edition = busiest_series
    assert sum(r["recipients"] for r in per_edition) <= REGISTRY["co_recipient_network"].params["awards"]
    rows = run(store, "co_recipient_network", honor=honour).rows
    assert _drawn(rows) == _pairs_of_the_awards(store, honour) != []
