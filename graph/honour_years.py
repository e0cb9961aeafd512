"""Awards per year and recipients per year and edition, stored on each honour series
(``Honor.year_awards``, ``Honor.edition_recipients``), refreshed with the roll-ups.

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

"How many people received this series in each year and edition?" (the honours page's per-edition
counts, ``recipients_by_year_edition``) read every award of the series and its recipient (353,516
db hits on Neo4j at a million people).  ``Honor.edition_recipients`` holds one string per (year,
edition) with a recipient: 13 digits, ``code × 10¹² + year × 10⁸ + people``, then the edition
(``encode_editions``); ``code`` is 1 + 2 when the year is null + 1 when the edition is null, so
``left(s, 13)`` and ``right(s, size(s) - 13)`` read it back alike in both dialects.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from graph.store import Batch, GraphStore

# Far above any one series' awards in one year (a million people hold about 1.4 million awards).
YEAR_SCALE = 10_000_000
# Recipients per (year, edition): 13 digits, then the edition (see the module's docstring).
EDITION_DIGITS = 13
EDITION_CODE = 10**12
EDITION_YEAR = 10**8
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
# distinct people per year and edition, as ``recipients_by_year_edition`` counted them
_EDITIONS = """
UNWIND $honours AS x
MATCH (h:Honor {id: x})<-[:OF_HONOR]-(a:Award)<-[:RECEIVED]-(p:Person)
RETURN h.id AS id, a.year AS year, a.edition AS edition, count(DISTINCT p) AS people
"""
_EDITION_CHUNK = 200  # series a read: bounded by their awards, not the whole graph's
_EVERY = "MATCH (h:Honor) RETURN h.id AS id"
_SET = "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.year_awards = r.years"
# A batch of empty lists alone has no element type for ladybug to bind: the literal has.
_CLEAR = "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.year_awards = []"
_SET_EDITIONS = "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.edition_recipients = r.editions"
_CLEAR_EDITIONS = "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.edition_recipients = []"


def encode(counts: dict[int, int]) -> list[str]:
    """A series' awards per year as stored, in year order.

    >>> encode({2021: 3, 2019: 12})
    ['20190000012', '20210000003']
    """
    return [str(int(y) * YEAR_SCALE + int(n)) for y, n in sorted(counts.items())]


def encode_editions(counts: dict[tuple[int | None, str | None], int]) -> list[str]:
    """A series' recipients per (year, edition) as stored, in year order (undated last), then edition.

    >>> encode_editions({(2021, "第三届"): 12, (None, None): 2, (2019, None): 5})
    ['2201900000005', '1202100000012第三届', '4000000000002']
    """

    def key(k: tuple[int | None, str | None]) -> tuple[int, int, int, str]:
        y, e = k
        return (y is None, y or 0, e is not None, e or "")

    out = []
    for (y, e), n in sorted(counts.items(), key=lambda kv: key(kv[0])):
        code = 1 + (2 if y is None else 0) + (1 if e is None else 0)
        out.append(f"{code * EDITION_CODE + (y or 0) * EDITION_YEAR + int(n)}{e or ''}")
    return out


def refresh_year_awards(store: GraphStore, honour_ids: Iterable[str] | None = None) -> int:
    """Recount the awards per year and the recipients per year and edition of these honour
    series (None: every series) and store them; returns how many series were written."""
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
    people: dict[str, dict[tuple[int | None, str | None], int]] = defaultdict(dict)
    for i in range(0, len(every), _EDITION_CHUNK):
        for r in store.read(_EDITIONS, {"honours": every[i : i + _EDITION_CHUNK]}, timeout_s=_TIMEOUT_S).rows:
            year = None if r["year"] is None else int(r["year"])
            edition = None if r["edition"] is None else str(r["edition"])
            people[str(r["id"])][(year, edition)] = int(r["people"])
    rows = [{"id": h, "years": encode(counts[h])} for h in every if counts.get(h)]
    empty = [{"id": h} for h in every if not counts.get(h)]
    edition_rows = [{"id": h, "editions": encode_editions(people[h])} for h in every if people.get(h)]
    no_editions = [{"id": h} for h in every if not people.get(h)]
    batches = [
        Batch(c, todo[i : i + _CHUNK])
        for c, todo in (
            (_SET, rows),
            (_CLEAR, empty),
            (_SET_EDITIONS, edition_rows),
            (_CLEAR_EDITIONS, no_editions),
        )
        for i in range(0, len(todo), _CHUNK)
    ]
    if batches:
        store.write(batches)
    return len(every)
