"""Awards per year, stored on each honour series (``Honor.year_awards``), refreshed with the roll-ups.

"How many awards were conferred in each year?" (the overview's chart, ``honours_per_year``)
read every dated award: 0.5 s on Neo4j at 100,000 people, 8 s at a million.  The answer changes
only when something is written, so ``graph.rollups.refresh_rollups`` ends by calling
``refresh_year_awards`` for the series whose roll-ups it refreshed, and the query sums a few
numbers per series.

Each series holds one number per year in which it has dated awards, ``year × YEAR_SCALE +
count``, written as a string (a list of strings, like every other list property, is what every
write path of both stores carries): a list is unwound alike by both stores and ``x / YEAR_SCALE``,
``x % YEAR_SCALE`` read the number back in either dialect, where ladybug indexes lists from 1
and Neo4j from 0.  A series with no dated award holds an empty list, never null, as the other roll-ups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from graph.store import Batch, GraphStore

# Far above any one series' awards in one year (a million people hold about 1.4 million awards).
YEAR_SCALE = 10_000_000
_CHUNK = 2000
_TIMEOUT_S = 3600.0

_ALL = """
MATCH (h:Honor)<-[:OF_HONOR]-(a:Award) WHERE a.year IS NOT NULL
RETURN h.id AS id, a.year AS year, count(*) AS awards
"""
_SOME = """
UNWIND $honours AS x
MATCH (h:Honor {id: x})<-[:OF_HONOR]-(a:Award) WHERE a.year IS NOT NULL
RETURN h.id AS id, a.year AS year, count(*) AS awards
"""
_EVERY = "MATCH (h:Honor) RETURN h.id AS id"
_SET = "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.year_awards = r.years"
# A batch of empty lists alone has no element type for ladybug to bind: the literal has.
_CLEAR = "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.year_awards = []"


def encode(counts: dict[int, int]) -> list[str]:
    """A series' awards per year as stored, in year order.

    >>> encode({2021: 3, 2019: 12})
    ['20190000012', '20210000003']
    """
    return [str(int(y) * YEAR_SCALE + int(n)) for y, n in sorted(counts.items())]


def refresh_year_awards(store: GraphStore, honour_ids: Iterable[str] | None = None) -> int:
    """Recount the awards per year of these honour series (None: every series) and store them;
    returns how many series were written."""
    counts: dict[str, dict[int, int]] = defaultdict(dict)
    if honour_ids is None:
        every = sorted(str(r["id"]) for r in store.read(_EVERY, {}, timeout_s=_TIMEOUT_S).rows)
        found = store.read(_ALL, {}, timeout_s=_TIMEOUT_S).rows
    else:
        every = sorted(set(honour_ids))
        found = []
        for i in range(0, len(every), _CHUNK):
            found += store.read(_SOME, {"honours": every[i : i + _CHUNK]}, timeout_s=_TIMEOUT_S).rows
    for r in found:
        counts[str(r["id"])][int(r["year"])] = int(r["awards"])
    rows = [{"id": h, "years": encode(counts[h])} for h in every if counts.get(h)]
    empty = [{"id": h} for h in every if not counts.get(h)]
    batches = [
        Batch(c, todo[i : i + _CHUNK])
        for c, todo in ((_SET, rows), (_CLEAR, empty))
        for i in range(0, len(todo), _CHUNK)
    ]
    if batches:
        store.write(batches)
    return len(every)
