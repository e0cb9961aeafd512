"""What each organisation conferred, counted per honour series and year (``Organization.conferred_series``).

The organisations page lists what an organisation and its sub-units conferred (``org_conferred``)
sorted by series name, year (undated last), recipient and award.  The largest group of a
million-person graph conferred 158,493 awards: sorting all of them for a page of 200 took
0.6-0.8 s.  Stored here, per organisation, is how many rows of that list each (series name,
year) holds, so a page finds which series and years it reaches (``window``) and the query reads
only those, from the series side.

Each organisation holds one string per (series name, year) with rows, ``count|year|name``
(``year`` empty for undated awards), in no particular order; an organisation whose list is empty
conferred nothing.  A row is one (recipient, award, series) of an award conferred by the
organisation or a unit below it (``PART_OF*0..MAX_ORG_DEPTH``), each award once however many of
those units conferred it, exactly as ``org_conferred`` lists them.  ``graph.rollups.refresh_rollups``
recounts the organisations whose counts it refreshed (and those above the conferrers of awards a
load re-dated, re-filed or gave a recipient) by calling ``refresh_conferrals``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from graph.orgtree import below as _below
from graph.orgtree import read_chunked as _read
from graph.orgtree import up as _up
from graph.queries import MAX_ORG_DEPTH, UNDATED_YEAR
from graph.store import Batch, GraphStore

_CHUNK = 2000
_BULK = 20_000
_TIMEOUT_S = 3600.0
UNDATED = UNDATED_YEAR  # the year key of an undated award: after every dated one, as the list sorts them

# Awards by the set of bodies that conferred them, with their rows per series name and year.
_TAIL = """
WITH x, a, collect(DISTINCT c.id) AS units
MATCH (p:Person)-[:RECEIVED]->(a)-[:OF_HONOR]->(h:Honor)
RETURN units, h.name AS name, a.year AS year, count(*) AS n
"""
_ALL = "MATCH (a:Award)-[:CONFERRED_BY]->(c:Organization) WITH a.id AS x, a, c" + _TAIL
_SOME = "UNWIND $awards AS x MATCH (a:Award {id: x})-[:CONFERRED_BY]->(c:Organization)" + _TAIL
# Some organisations, each down its subtree (Neo4j, whose variable-length expansion is cheap).
_WALK = f"""
UNWIND $orgs AS x
MATCH (o:Organization {{id: x}})
MATCH (a:Award)-[:CONFERRED_BY]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o)
WITH DISTINCT o, a
MATCH (p:Person)-[:RECEIVED]->(a)-[:OF_HONOR]->(h:Honor)
RETURN o.id AS id, h.name AS name, a.year AS year, count(*) AS n
"""
_WALKS = ("neo4j",)
_CAPPED = ("neo4j",)  # a per-transaction memory cap: the whole graph is summed a chunk of awards at a time
_CAPPED_BULK = 5_000
_EVERY_ORG = "MATCH (o:Organization) RETURN o.id AS id"
_EVERY_AWARD = "MATCH (a:Award) RETURN a.id AS id"
_CONFERRED = """
UNWIND $orgs AS x
MATCH (:Organization {id: x})<-[:CONFERRED_BY]-(a:Award)
RETURN DISTINCT a.id AS id
"""
# Organisations conferring some awards (what a load re-dated, re-filed or gave a recipient).
_CONFERRERS = """
UNWIND $awards AS x
MATCH (:Award {id: x})-[:CONFERRED_BY]->(o:Organization)
RETURN DISTINCT o.id AS id
"""
_SET = "UNWIND $rows AS r MATCH (o:Organization {id: r.id}) SET o.conferred_series = r.series"
# A batch of empty lists alone has no element type for ladybug to bind: the literal has.
_CLEAR = "UNWIND $rows AS r MATCH (o:Organization {id: r.id}) SET o.conferred_series = []"
# Organisations that conferred something and hold no counts (a store written before they existed).
STALE = (
    "MATCH (o:Organization) WHERE o.conferred_total > 0 AND coalesce(size(o.conferred_series), 0) = 0 "
    "RETURN count(o) AS n"
)


def encode(counts: Mapping[tuple[str, int | None], int]) -> list[str]:
    """An organisation's rows per (series name, year) as stored, in the list's order.

    >>> encode({("劳动模范", None): 2, ("劳动模范", 2021): 5})
    ['5|2021|劳动模范', '2||劳动模范']
    """
    keys = sorted((k for k, n in counts.items() if n), key=lambda k: (k[0], _year_key(k[1])))
    return [f"{counts[k]}|{'' if k[1] is None else k[1]}|{k[0]}" for k in keys]


def decode(stored: Iterable[str] | None) -> list[tuple[str, int, int]]:
    """(series name, year key, rows) in the order ``org_conferred`` lists them (``UNDATED`` last).

    >>> decode(['2||劳动模范', '5|2021|劳动模范', '1|2019|优秀员工'])
    [('优秀员工', 2019, 1), ('劳动模范', 2021, 5), ('劳动模范', 9999, 2)]
    """
    out = []
    for s in stored or ():
        n, year, name = str(s).split("|", 2)
        out.append((name, int(year) if year else UNDATED, int(n)))
    return sorted(out)


def _year_key(year: int | None) -> int:
    return UNDATED if year is None else int(year)


def window(stored: Sequence[str] | None, skip: int, top: int) -> dict[str, Any]:
    """The ``org_conferred`` parameters for a page of ``top`` rows from ``skip``, from an
    organisation's stored counts (``org_summary``'s ``conferred_series``): the series names the
    page reaches, the first one's rows from ``from_year`` and the last one's up to ``to_year``,
    and ``skip`` counted from the first row of those.  Nothing stored: the whole list is read
    (``series`` empty); a page past the end reads no row.

    >>> stored = ['3|2020|甲', '4|2021|甲', '2||甲', '5|2019|乙']   # 乙 (U+4E59) sorts before 甲 (U+7532)
    >>> w = window(stored, 0, 4); (w['series'], w['first_series'], w['from_year'], w['last_series'], w['to_year'])
    (['乙'], '乙', 2019, '乙', 2019)
    >>> w = window(stored, 6, 4); (w['series'], w['from_year'], w['to_year'], w['skip'])
    (['甲'], 2020, 2021, 1)
    >>> window(stored, 3, 10)['series'], window(stored, 14, 10)['from_year'] > UNDATED
    (['乙', '甲'], True)
    """
    groups = decode(stored)
    if not groups:
        return {"series": [], "skip": skip, "top": top}
    start, reached = 0, []
    for name, year, n in groups:
        if start < skip + top and start + n > skip:
            reached.append((name, year, start))
        start += n
    if not reached:  # past the end: the last series from a year after every year, so no row is read
        last = groups[-1][0]
        after = {"series": [last], "first_series": last, "from_year": UNDATED + 1, "last_series": last}
        return {**after, "to_year": UNDATED + 1, "skip": 0, "top": top}
    names = list(dict.fromkeys(name for name, _, _ in reached))
    return {
        "series": names,
        "first_series": reached[0][0],
        "from_year": reached[0][1],
        "last_series": reached[-1][0],
        "to_year": reached[-1][1],
        "skip": skip - reached[0][2],
        "top": top,
    }


def _ids(store: GraphStore, cypher: str, key: str, ids: Iterable[str]) -> set[str]:
    return {str(r["id"]) for r in _read(store, cypher, key, ids, _BULK) if r["id"]}


def conferrers_above(store: GraphStore, awards: Iterable[str]) -> set[str]:
    """The organisations that conferred these awards and every organisation above them."""
    direct = _ids(store, _CONFERRERS, "awards", awards)
    return {o for above in _up(store, direct).values() for o in above}


def counts(
    store: GraphStore, org_ids: Iterable[str] | None = None, *, capped: bool = False, chunk: int = _CAPPED_BULK
) -> dict[str, dict[tuple[str, int | None], int]]:
    """Rows of each organisation's conferral list per (series name, year): these organisations
    (None: every one), each of them present.  ``capped`` (a store with a memory cap: Neo4j's per
    transaction, a large embedded store's buffer pool): the whole graph is summed ``chunk`` awards
    at a time."""
    every = (
        {str(r["id"]) for r in store.read(_EVERY_ORG, {}, timeout_s=_TIMEOUT_S).rows}
        if org_ids is None
        else set(org_ids)
    )
    out: dict[str, dict[tuple[str, int | None], int]] = {o: defaultdict(int) for o in every}
    if not every:
        return out
    if org_ids is not None and store.name in _WALKS:
        for r in _read(store, _WALK, "orgs", every, _CHUNK):
            out[r["id"]][(str(r["name"]), r["year"])] += int(r["n"])
        return out
    if org_ids is None and capped:
        awards = {str(r["id"]) for r in store.read(_EVERY_AWARD, {}, timeout_s=_TIMEOUT_S).rows}
        groups = _read(store, _SOME, "awards", awards, chunk)
    elif org_ids is None:
        groups = store.read(_ALL, {}, timeout_s=_TIMEOUT_S).rows
    else:
        groups = _read(store, _SOME, "awards", _ids(store, _CONFERRED, "orgs", _below(store, every)), _BULK)
    up = _up(store, {o for r in groups for o in r["units"]})
    for r in groups:
        above = {a for u in r["units"] for a in up.get(u, ())}
        for o in above & every:
            out[o][(str(r["name"]), r["year"])] += int(r["n"])
    return out


def refresh_conferrals(
    store: GraphStore,
    org_ids: Iterable[str] | None = None,
    *,
    capped: bool | None = None,
    chunked: bool | None = None,
    chunk: int = _CAPPED_BULK,
    tx_rows: int = _CHUNK,
) -> int:
    """Recount and store the conferral rows per series and year of these organisations (None:
    every one); returns how many were written.  On a store with a per-transaction memory cap
    (``capped``; default: Neo4j) they are written ``tx_rows`` organisations a transaction.  The
    whole graph is read ``chunk`` awards at a time when ``chunked`` (default: ``capped``; a large
    embedded store, whose buffer pool is a cap too), else in one read (``graph.rollups`` passes
    its own bounds)."""
    capped = store.name in _CAPPED if capped is None else capped
    found = counts(store, org_ids, capped=capped if chunked is None else chunked, chunk=chunk)
    rows = [{"id": o, "series": encode(c)} for o, c in sorted(found.items()) if any(c.values())]
    empty = [{"id": o} for o, c in sorted(found.items()) if not any(c.values())]
    size = min(tx_rows, _CHUNK) if capped else _CHUNK
    batches = [
        Batch(c, todo[i : i + size]) for c, todo in ((_SET, rows), (_CLEAR, empty)) for i in range(0, len(todo), size)
    ]
    if capped:
        for b in batches:
            store.write([b])
    elif batches:
        store.write(batches)
    return len(found)
