"""Recipients per year and edition read from each series' stored counts (``Honor.edition_recipients``).

The honours page's per-edition counts (``recipients_by_year_edition``) are read from the numbers
graph.honour_years keeps on every honour series with the other roll-ups, not counted award by
award.  They must be the rows the walk gave, on both stores: for every series of 300 generated
people, for undated awards and awards without an edition, and on a store written before the
counts existed once it is opened for writing.  That the stored counts equal a recount after
loads, new versions, removals, merges and splits is checked with every other roll-up
(``tests.test_rollups``: ``stored`` / ``direct``).
"""

from __future__ import annotations

from typing import Any

from graph.honour_years import encode_editions
from graph.queries import run
from graph.rollups import ensure_rollups
from graph.store import Batch, GraphStore
from tests.conftest import load_generated

# the query the stored counts replaced; its rows are put in the page's order here, because
# ladybug 0.22 now and then returned the runs of an ORDER BY on a pre-aggregation property
# unmerged (2 walks in 4,920)
WALK = """
MATCH (h:Honor {id: $honor})<-[:OF_HONOR]-(a:Award)<-[:RECEIVED]-(p:Person)
RETURN a.year AS year, a.edition AS edition, count(DISTINCT p) AS recipients
"""
SERIES = "MATCH (h:Honor) WHERE h.recipients_total > 0 RETURN h.id AS id ORDER BY h.awards_total DESC, id"


def _rows(found: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["year"], r["edition"], r["recipients"]) for r in found]


def _in_page_order(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Undated last, then by year, then the named edition before none."""
    return sorted(rows, key=lambda r: (r[0] is None, r[0] or 0, r[1] is None, r[1] or ""))


def test_every_series_per_edition_counts_are_those_the_walk_counted(store: GraphStore) -> None:
    load_generated(store, 300)
    series = [r["id"] for r in store.read(SERIES).rows]
    assert len(series) > 5
    for honour in series:
        walked = _in_page_order(_rows(store.read(WALK, {"honor": honour}).rows))
        assert _rows(run(store, "recipients_by_year_edition", honor=honour).rows) == walked, honour


def test_undated_awards_and_awards_without_an_edition_read_back_as_nulls(store: GraphStore) -> None:
    counts: dict[tuple[int | None, str | None], int] = {
        (2019, "第三届"): 12,
        (2019, None): 4,
        (2021, "2021年度"): 7,  # an edition that starts with digits
        (None, "首届"): 2,
        (None, None): 1,
    }
    store.write(
        [
            Batch(
                "UNWIND $rows AS r CREATE (h:Honor {id: r.id, name: r.name}) SET h.edition_recipients = r.editions",
                [{"id": "honor:焦作工匠", "name": "焦作工匠", "editions": encode_editions(counts)}],
            )
        ]
    )
    assert _rows(run(store, "recipients_by_year_edition", honor="honor:焦作工匠").rows) == [
        (2019, "第三届", 12),
        (2019, None, 4),
        (2021, "2021年度", 7),
        (None, "首届", 2),
        (None, None, 1),
    ]


def test_a_store_without_per_edition_counts_gets_them_when_opened_for_writing(store: GraphStore) -> None:
    load_generated(store, 300)
    honour = store.read(SERIES).rows[0]["id"]
    counted = _rows(run(store, "recipients_by_year_edition", honor=honour).rows)
    assert counted
    store.write([Batch("MATCH (h:Honor) SET h.edition_recipients = NULL", [{}])])
    assert not run(store, "recipients_by_year_edition", honor=honour).rows
    assert ensure_rollups(store)
    assert _rows(run(store, "recipients_by_year_edition", honor=honour).rows) == counted
    assert not ensure_rollups(store)  # nothing lacking now
