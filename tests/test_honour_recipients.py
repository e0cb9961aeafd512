"""The honours page's recipients: one line per person, year and edition, a page at a time, with the
total summed from the per-year-and-edition counts the page reads anyway (ui.recipients)."""

from __future__ import annotations

from typing import Any

import pytest

from graph.queries import run
from graph.store import GraphStore
from tests.conftest import load_generated
from ui.recipients import recipients_total, recipients_window


@pytest.fixture
def busiest_honour(store: GraphStore) -> str:
    """300 generated people with their roll-ups; the series with the most recipients."""
    load_generated(store, 300)
    found = store.read("MATCH (h:Honor) RETURN h.id AS id ORDER BY h.recipients_total DESC, id LIMIT 1").rows
    return str(found[0]["id"])


def _filters(per_edition: list[dict[str, Any]]) -> list[tuple[int, str]]:
    years = sorted({r["year"] for r in per_edition if r["year"]})
    editions = sorted({r["edition"] for r in per_edition if r["edition"]})
    return [(0, ""), *((y, "") for y in years), *((0, e) for e in editions), *((y, e) for y in years for e in editions)]


def test_the_recipients_total_from_the_per_edition_counts_is_what_the_count_query_counts(
    store: GraphStore, busiest_honour: str
) -> None:
    per_edition = run(store, "recipients_by_year_edition", honor=busiest_honour).rows
    for year, edition in _filters(per_edition):
        counted = run(store, "honour_recipients_count", honor=busiest_honour, year=year, edition=edition).rows
        assert recipients_total(per_edition, year, edition) == counted[0]["total"], (year, edition)


def test_the_recipients_total_is_the_number_of_lines_listed(store: GraphStore, busiest_honour: str) -> None:
    per_edition = run(store, "recipients_by_year_edition", honor=busiest_honour).rows
    for year, edition in _filters(per_edition)[:4]:
        listed = run(store, "honour_recipients", honor=busiest_honour, year=year, edition=edition).rows
        assert recipients_total(per_edition, year, edition) == len(listed) > 0, (year, edition)


def test_the_pages_of_recipients_read_year_by_year_are_the_whole_list(store: GraphStore, busiest_honour: str) -> None:
    per_edition = run(store, "recipients_by_year_edition", honor=busiest_honour).rows
    for year, edition in _filters(per_edition)[:3]:
        whole = run(store, "honour_recipients", honor=busiest_honour, year=year, edition=edition).rows
        paged: list[dict[str, Any]] = []
        for skip in range(0, len(whole) + 7, 7):  # one page past the end: empty
            window = recipients_window(per_edition, year, edition, skip, 7)
            paged += run(
                store, "honour_recipients", honor=busiest_honour, year=year, edition=edition, top=7, **window
            ).rows
        assert paged == whole, (year, edition)


def test_each_recipients_line_names_the_persons_units_and_the_conferring_bodies(
    store: GraphStore, busiest_honour: str
) -> None:
    page = run(store, "honour_recipients", honor=busiest_honour, skip=3, top=4).rows
    for line in page:
        expected = store.read(
            """MATCH (p:Person {id: $p})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(:Honor {id: $h})
               WHERE coalesce(a.year, -1) = $y AND coalesce(a.edition, '') = $e
               OPTIONAL MATCH (a)-[:CONFERRED_BY]->(c:Organization)
               OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organization)
               RETURN collect(DISTINCT c.name) AS conferred_by, collect(DISTINCT o.name) AS organizations""",
            {"p": line["id"], "h": busiest_honour, "y": line["year"] or -1, "e": line["edition"] or ""},
        ).rows[0]
        assert sorted(line["conferred_by"]) == sorted(expected["conferred_by"])
        assert sorted(line["organizations"]) == sorted(expected["organizations"]) != []
