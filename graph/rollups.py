"""Roll-up counts stored on Organization and Honor nodes, recomputed after every write.

"How many people does 焦煤集团 have, its mines included, and how many awards do they hold?"
asked of every organisation walks ``PART_OF*0..6`` from every person: 0.5–1.2 s at 100,000
people, ten times that at a million.  The answers change only when something is written, so
each write path (``laomo load``, the bulk path of the benchmarks, ``laomo people merge`` /
``split``, ``laomo remove-document``, ``laomo report ranks``) ends with ``refresh_rollups``
and the pages read the stored counts (``graph.schema.ORG_ROLLUPS``, ``HONOR_ROLLUPS``):

* ``Organization.people_total`` / ``awards_total`` / ``holders_total`` / ``high_total`` — people
  working in it or any sub-unit, the awards they hold, those holding any award, those whose
  highest honour is 省部级及以上;
  ``conferred_total`` — awards it or a sub-unit conferred;
* ``Honor.awards_total`` / ``recipients_total`` / ``first_year`` / ``last_year``;
* ``Organization.conferred_series`` — the rows of its conferral list per honour series and year
  (``graph.conferrals``), recounted for the organisations a refresh touches;
* ``OrgRankKey`` / ``Person.rank_keys`` — per organisation and highest rank, its people
  (``graph.rankkeys``), rewritten for the people whose ``top_rank`` a refresh checks.

The counts are computed in Cypher that runs on both stores, for the whole graph or for the
organisations a change touched and every organisation above them: people (and awards) are
summed by the set of units they hang from, and each set's sums are spread over the units
above it, which Python finds one hierarchy level at a time.  Every organisation and honour
series always holds its counts (0, not null, when nothing rolls up to it), so a partial
refresh leaves the graph as a whole refresh would.

After a load that knows which of its rows were new (``LoadChanges``, noted from the load's
diff), the counts are updated by exact differences instead (``refresh_rollups(changes=…)``):
what each new person adds to every unit above its employers, what a person already in the
store now contributes minus what it contributed before (its old employers, awards and honours
are those reached through relationships the load did not add), what new awards add to their
series and to the bodies above their conferrers.  Only a unit whose place in the hierarchy
changed (a new ``PART_OF`` between units that were already there) and a series one of whose
existing awards changed year are recounted.  The work grows with what the load brought, not
with the size of the units above it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph import schema
from graph.conferrals import STALE as _STALE_CONFERRALS
from graph.conferrals import conferrers_above, refresh_conferrals
from graph.honour_years import refresh_year_awards
from graph.orgtree import below as _below
from graph.orgtree import read_chunked
from graph.orgtree import up as _up
from graph.queries import MAX_ORG_DEPTH
from graph.rankkeys import refresh_rank_keys
from graph.rankkeys import stale as _stale_rank_keys
from graph.ranks import RankFilter
from graph.store import Batch, GraphStore

# "省部级及以上" as a rank_order bound: the count the organisations page shows beside each unit.
HIGH_RANK = int(RankFilter.parse("省部级及以上").params()["min_rank"])
_CHUNK = 2000  # ids per UNWIND when only some organisations or honours are refreshed
_TIMEOUT_S = 3600.0
_BULK = 20_000  # people or awards per UNWIND when they are summed in the store
_TOP_BATCHES_PER_WRITE = 5  # Person.top_rank updates: up to 100,000 in the refresh's own transaction
_RANK_PEOPLE = tuple(f"people_rank{r}" for r in schema.RANK_ORDERS)
_RANK_AWARDS = tuple(f"awards_rank{r}" for r in schema.RANK_ORDERS)
_ORG_FIELDS = ("people", "awards", "holders", "high", "conferred", *_RANK_PEOPLE, *_RANK_AWARDS)
# A person's roll lines (award, series) by the series' rank, one column per rank_order: l0 … l6.
_LINES = ", ".join(
    f"sum(CASE WHEN h.id IS NOT NULL AND coalesce(h.rank_order, 0) = {r} THEN 1 ELSE 0 END) AS l{r}"
    for r in schema.RANK_ORDERS
)
_LINE_NAMES = ", ".join(f"l{r}" for r in schema.RANK_ORDERS)
_LINE_SUMS = ", ".join(f"sum(l{r}) AS l{r}" for r in schema.RANK_ORDERS)

# --- organisations ------------------------------------------------------------------
# People are summed in the store by the set of units they work at (most people have one unit;
# a set is the same set whatever order it comes in), each person's awards and highest rank once;
# the units above each set are then found in Python (``_up``), a set reaching one unit by two
# routes counting once there.  A variable-length PART_OF walk from every person or down from
# every unit costs ladybug 15-30x more than these one-step joins (2,000 people loaded by
# ``laomo load``: 1.2-2.2 s against 0.08 s).  ``x`` is carried through the WITHs: without it
# ladybug 0.22 refuses the query ("Cannot evaluate expression with type VARIABLE").
_GROUP_TAIL = f"""
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award)
OPTIONAL MATCH (a)-[:OF_HONOR]->(h:Honor)
WITH x, p, count(DISTINCT a) AS awards, coalesce(max(h.rank_order), 0) AS top, {_LINES}
MATCH (p)-[:WORKS_AT]->(e:Organization)
WITH x, awards, top, {_LINE_NAMES}, collect(DISTINCT e.id) AS units
RETURN units, top, count(*) AS people, sum(awards) AS awards, sum(CASE WHEN awards > 0 THEN 1 ELSE 0 END) AS holders,
       sum(CASE WHEN top >= $high THEN 1 ELSE 0 END) AS high, {_LINE_SUMS}
"""
_PEOPLE_GROUPS = "UNWIND $people AS x MATCH (p:Person {id: x})" + _GROUP_TAIL
_ALL_PEOPLE_GROUPS = "MATCH (p:Person) WITH p.id AS x, p" + _GROUP_TAIL
# Awards by the set of bodies that conferred them.
_AWARD_GROUPS = """
UNWIND $awards AS x
MATCH (a:Award {id: x})-[:CONFERRED_BY]->(c:Organization)
WITH x, collect(DISTINCT c.id) AS units
RETURN units, count(*) AS conferred
"""
_ALL_AWARD_GROUPS = """
MATCH (a:Award)-[:CONFERRED_BY]->(c:Organization)
WITH a.id AS x, collect(DISTINCT c.id) AS units
RETURN units, count(*) AS conferred
"""
# One level of the hierarchy, up or down.
# Who works at, and what was conferred by, some units.
_WORKERS = """
UNWIND $orgs AS x
MATCH (:Organization {id: x})<-[:WORKS_AT]-(p:Person)
RETURN DISTINCT p.id AS id
"""
_CONFERRED = """
UNWIND $orgs AS x
MATCH (:Organization {id: x})<-[:CONFERRED_BY]-(a:Award)
RETURN DISTINCT a.id AS id
"""
# Some organisations, each one down its subtree: on Neo4j, whose variable-length expansion is
# cheap, this beats sending the subtree's people back and forth (10,000 people, a tenth of
# them loaded again: 2.1 s against 4.6 s); on ladybug it is 15-30x slower than the groups.
_ORG_PEOPLE_WALK = f"""
UNWIND $orgs AS x
MATCH (o:Organization {{id: x}})
MATCH (p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o)
WITH DISTINCT o, p
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award)
OPTIONAL MATCH (a)-[:OF_HONOR]->(h:Honor)
WITH o, p, count(DISTINCT a) AS awards, coalesce(max(h.rank_order), 0) AS top, {_LINES}
RETURN o.id AS id, count(p) AS people, sum(awards) AS awards, sum(CASE WHEN awards > 0 THEN 1 ELSE 0 END) AS holders,
       sum(CASE WHEN top >= $high THEN 1 ELSE 0 END) AS high,
       {", ".join(f"sum(CASE WHEN top = {r} THEN 1 ELSE 0 END) AS people_rank{r}" for r in schema.RANK_ORDERS)},
       {", ".join(f"sum(l{r}) AS awards_rank{r}" for r in schema.RANK_ORDERS)}
"""
_ORG_CONFERRED_WALK = f"""
UNWIND $orgs AS x
MATCH (o:Organization {{id: x}})
MATCH (a:Award)-[:CONFERRED_BY]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o)
RETURN o.id AS id, count(DISTINCT a) AS conferred
"""
_WALKS = ("neo4j",)  # the stores (``GraphStore.name``) that count some organisations by walking
# The stores whose transactions have a memory cap (Neo4j: db.memory.transaction.max, 512 MiB on
# tools/neo4j): a whole-graph refresh sums a chunk of people or awards (``_CAPPED_BULK``) per read
# there, as the load's differences are summed, not every person in one aggregation; and every
# refresh writes in transactions of at most ``_TX_ROWS`` rows.
_CAPPED = ("neo4j",)
_CAPPED_BULK = 5_000
_TX_ROWS = 5_000
# Ladybug's buffer pool is a cap as well (``LAOMO_BUFFER_POOL_MB``, 2 GiB for a load): an
# aggregation over every person or award in one read (``count(DISTINCT …)`` over every award of
# every series) did not fit it at ~500,000 people.  So a whole-graph refresh reads a chunk of
# people or awards at a time (``_WHOLE_BULK``) on a store holding ``_ONE_READ_PEOPLE`` people or
# more.  Below that it reads in one statement: chunks cost ladybug a lookup per id (100,000
# people: the whole refresh 7-13 s in one read, 41-54 s in chunks of 20,000, 23-43 s in chunks of
# 100,000; docs/benchmarks.md).
_ONE_READ_PEOPLE = 150_000
_WHOLE_BULK = 100_000
_PEOPLE = "MATCH (p:Person) RETURN count(p) AS n"
_SET_ORG = """
UNWIND $rows AS r MATCH (o:Organization {id: r.id})
SET o.people_total = «int r.people», o.awards_total = «int r.awards», o.holders_total = «int r.holders»,
    o.high_total = «int r.high»,
    o.conferred_total = «int r.conferred»,
""" + ", ".join(f"o.{f} = «int r.{f}»" for f in (*_RANK_PEOPLE, *_RANK_AWARDS))

# --- each person's highest rank ---------------------------------------------------------------
# ``Person.top_rank``: rank_order of the highest series a person holds (0: none, or none ranked),
# what the organisations page sorts people by.  Only values that differ are written.
_TOP_TAIL = """
OPTIONAL MATCH (p)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
WITH p, coalesce(max(h.rank_order), 0) AS top
WHERE p.top_rank IS NULL OR p.top_rank <> top
RETURN p.id AS id, top
"""
_TOP_ALL = "MATCH (p:Person)" + _TOP_TAIL
_TOP_SOME = "UNWIND $people AS x MATCH (p:Person {id: x})" + _TOP_TAIL
_SET_TOP = "UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.top_rank = «int r.top»"
# People a document states, or who hold an award it states.
_DOC_PEOPLE = """
UNWIND $docs AS d
MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(p:Person)
RETURN DISTINCT p.id AS id
UNION
UNWIND $docs AS d
MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(:Award)<-[:RECEIVED]-(p:Person)
RETURN DISTINCT p.id AS id
"""

# --- honour series ---------------------------------------------------------------------
_HONOR_TAIL = """
OPTIONAL MATCH (h)<-[:OF_HONOR]-(a:Award)
OPTIONAL MATCH (a)<-[:RECEIVED]-(p:Person)
RETURN h.id AS id, count(DISTINCT a) AS awards, count(DISTINCT p) AS recipients,
       min(a.year) AS first_year, max(a.year) AS last_year
"""
_HONOR_ALL = "MATCH (h:Honor)" + _HONOR_TAIL
_HONOR_SOME = "UNWIND $honours AS x MATCH (h:Honor {id: x})" + _HONOR_TAIL
_SET_HONOR = """
UNWIND $rows AS r MATCH (h:Honor {id: r.id})
SET h.awards_total = «int r.awards», h.recipients_total = «int r.recipients»,
    h.first_year = «int r.first_year», h.last_year = «int r.last_year»
"""

# --- what a change touched -----------------------------------------------------------------
# Organisations a document speaks of: those it evidences (with their parents), the employers of
# its people and the bodies conferring its awards.  Honours: of its awards.
_DOC_ORGS = """
UNWIND $docs AS d
MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(o:Organization)
RETURN DISTINCT o.id AS id
UNION
UNWIND $docs AS d
MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(:Person)-[:WORKS_AT]->(o:Organization)
RETURN DISTINCT o.id AS id
UNION
UNWIND $docs AS d
MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(:Award)-[:CONFERRED_BY]->(o:Organization)
RETURN DISTINCT o.id AS id
"""
_DOC_HONOURS = """
UNWIND $docs AS d
MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(:Award)-[:OF_HONOR]->(h:Honor)
RETURN DISTINCT h.id AS id
UNION
UNWIND $docs AS d
MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(h:Honor)
RETURN DISTINCT h.id AS id
"""
# Organisations and honours of people (a merge or split): employers, conferrers, honours.
_PEOPLE_ORGS = """
UNWIND $people AS x
MATCH (:Person {id: x})-[:WORKS_AT]->(o:Organization)
RETURN DISTINCT o.id AS id
UNION
UNWIND $people AS x
MATCH (:Person {id: x})-[:RECEIVED]->(:Award)-[:CONFERRED_BY]->(o:Organization)
RETURN DISTINCT o.id AS id
"""
_PEOPLE_HONOURS = """
UNWIND $people AS x
MATCH (:Person {id: x})-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
RETURN DISTINCT h.id AS id
"""


@dataclass
class Affected:
    """Organisations and honour series whose roll-ups a change may alter."""

    orgs: set[str] = field(default_factory=set)
    honours: set[str] = field(default_factory=set)

    def __or__(self, other: Affected) -> Affected:
        return Affected(self.orgs | other.orgs, self.honours | other.honours)


@dataclass
class RollupReport:
    """What one refresh wrote: how many organisations and honour series, in how long."""

    whole_graph: bool
    orgs: int = 0
    honours: int = 0
    elapsed_s: float = 0.0


def _ids(store: GraphStore, cypher: str, params: dict[str, Any]) -> set[str]:
    return {str(r["id"]) for r in store.read(cypher, params, timeout_s=_TIMEOUT_S).rows if r["id"]}


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    todo = sorted(ids)
    for i in range(0, len(todo), _CHUNK):
        yield todo[i : i + _CHUNK]


def affected(store: GraphStore, *, docs: Iterable[str] = (), people: Iterable[str] = ()) -> Affected:
    """The organisations (with everything above them) and honour series that documents or
    people touch, as the graph stands now.  Ask before a removal (what the document held) or
    after a load or merge (what it brought)."""
    out = Affected()
    for part in _chunks(set(docs)):
        out.orgs |= _ids(store, _DOC_ORGS, {"docs": part})
        out.honours |= _ids(store, _DOC_HONOURS, {"docs": part})
    for part in _chunks(set(people)):
        out.orgs |= _ids(store, _PEOPLE_ORGS, {"people": part})
        out.honours |= _ids(store, _PEOPLE_HONOURS, {"people": part})
    out.orgs = ancestors(store, out.orgs)
    return out


def ancestors(store: GraphStore, org_ids: Iterable[str]) -> set[str]:
    """These organisations and every organisation above them (PART_OF, up to six steps)."""
    return {o for above in _up(store, org_ids).values() for o in above}


def _above(up: Mapping[str, set[str]], orgs: Iterable[str]) -> set[str]:
    return {a for o in orgs for a in up.get(o, ())}


def _read(store: GraphStore, cypher: str, key: str, ids: Iterable[str], size: int = _CHUNK) -> list[dict[str, Any]]:
    """``cypher`` over these ids (``$key``), a chunk at a time, with the national rank as ``$high``."""
    return read_chunked(store, cypher, key, ids, size, high=HIGH_RANK)


def _spread(
    store: GraphStore, people: list[dict[str, Any]], awards: list[dict[str, Any]], into: set[str] | None = None
) -> dict[str, dict[str, int]]:
    """Counts of groups of people and awards (``_PEOPLE_GROUPS``, ``_AWARD_GROUPS``) added up
    for every unit above their units (only those in ``into``, if given)."""
    up = _up(store, {o for r in (*people, *awards) for o in r["units"]})
    out: dict[str, dict[str, int]] = {}
    for r in people:
        counts = _group_counts(r)
        for o in _above(up, r["units"]):
            if into is None or o in into:
                _add(out, o, **counts)
    for r in awards:
        for o in _above(up, r["units"]):
            if into is None or o in into:
                _add(out, o, conferred=int(r["conferred"]))
    return out


def _group_counts(r: Mapping[str, Any]) -> dict[str, int]:
    """What a group of people (``_GROUP_TAIL``: one set of units, one highest rank) adds to each unit above it."""
    counts = {k: int(r[k] or 0) for k in ("people", "awards", "holders", "high")}
    if f"people_rank{r['top']}" in _RANK_PEOPLE:
        counts[f"people_rank{r['top']}"] = counts["people"]
    for rank in schema.RANK_ORDERS:
        counts[f"awards_rank{rank}"] = int(r[f"l{rank}"] or 0)
    return counts


def _add(target: dict[str, dict[str, int]], key: str, **counts: int) -> None:
    row = target.setdefault(key, dict.fromkeys(_ORG_FIELDS, 0))
    for k, v in counts.items():
        row[k] += v


def _whole_chunk(store: GraphStore) -> int | None:
    """People or awards a whole-graph refresh sums per read; None: the whole graph in one read
    (a store without a transaction memory cap holding fewer than ``_ONE_READ_PEOPLE`` people)."""
    if store.name in _CAPPED:
        return _CAPPED_BULK
    people = int(store.read(_PEOPLE, {}, timeout_s=_TIMEOUT_S).rows[0]["n"])
    return None if people < _ONE_READ_PEOPLE else _WHOLE_BULK


def _org_rows(store: GraphStore, org_ids: set[str] | None, chunk: int | None = None) -> list[dict[str, Any]]:
    """Counts for these organisations (None: all, summed ``chunk`` people or awards a read if
    given, else in one read), zeros included."""
    if org_ids is None:
        every = _ids(store, "MATCH (o:Organization) RETURN o.id AS id", {})
        if chunk:
            people = _read(store, _PEOPLE_GROUPS, "people", _every(store, "Person"), chunk)
            awards = _read(store, _AWARD_GROUPS, "awards", _every(store, "Award"), chunk)
        else:
            people = store.read(_ALL_PEOPLE_GROUPS, {"high": HIGH_RANK}, timeout_s=_TIMEOUT_S).rows
            awards = store.read(_ALL_AWARD_GROUPS, {}, timeout_s=_TIMEOUT_S).rows
    elif store.name in _WALKS:
        every = set(org_ids)
        counts: dict[str, dict[str, int]] = {}
        for r in _read(store, _ORG_PEOPLE_WALK, "orgs", every):
            _add(counts, r["id"], **{k: int(r[k] or 0) for k in _ORG_FIELDS if k != "conferred"})
        for r in _read(store, _ORG_CONFERRED_WALK, "orgs", every):
            _add(counts, r["id"], conferred=int(r["conferred"]))
        return [{"id": i, **counts.get(i, dict.fromkeys(_ORG_FIELDS, 0))} for i in sorted(every)]
    else:
        every = set(org_ids)
        below = _below(store, every)
        people = _read(store, _PEOPLE_GROUPS, "people", _ids_of(store, _WORKERS, below), _BULK)
        awards = _read(store, _AWARD_GROUPS, "awards", _ids_of(store, _CONFERRED, below), _BULK)
    counts = _spread(store, people, awards, every)
    zero = dict.fromkeys(_ORG_FIELDS, 0)
    return [{"id": i, **counts.get(i, zero)} for i in sorted(every)]


def _top_batches(store: GraphStore, people: set[str] | None, chunk: int | None = None) -> list[Batch]:
    """The ``Person.top_rank`` of these people (None: everyone, ``chunk`` a read if given) where
    it is missing or differs."""
    if people is None and chunk:
        rows = _read(store, _TOP_SOME, "people", _every(store, "Person"), chunk)
    elif people is None:
        rows = store.read(_TOP_ALL, {}, timeout_s=_TIMEOUT_S).rows
    else:
        rows = _read(store, _TOP_SOME, "people", people, _BULK)
    rows = sorted(({"id": r["id"], "top": int(r["top"])} for r in rows), key=lambda r: str(r["id"]))
    return [Batch(_SET_TOP, rows[i : i + _BULK]) for i in range(0, len(rows), _BULK)]


def _workers(store: GraphStore, org_ids: set[str]) -> set[str]:
    """Everyone working in these organisations or any unit below them."""
    return _ids_of(store, _WORKERS, _below(store, org_ids)) if org_ids else set()


def _ids_of(store: GraphStore, cypher: str, org_ids: Iterable[str]) -> set[str]:
    return {str(r["id"]) for r in _read(store, cypher, "orgs", org_ids, _BULK)}


def _every(store: GraphStore, label: str) -> set[str]:
    """The ids of every node of a label of graph.schema (streamed: no aggregation)."""
    return _ids(store, f"MATCH (n:{schema.node(label).label}) RETURN n.id AS id", {})


def _honour_sums(store: GraphStore, chunk: int) -> list[dict[str, Any]]:
    """Every series' counts, summed over ``chunk`` people and then awards at a time (each in one
    chunk, so the distinct counts add up): no read holds every award of a series at once."""
    rows: dict[str, dict[str, Any]] = {
        h: {"id": h, "awards": 0, "recipients": 0, "first_year": None, "last_year": None}
        for h in _every(store, "Honor")
    }
    for r in _read(store, _NEW_PEOPLE_HONOURS, "people", _every(store, "Person"), chunk):
        rows[r["id"]]["recipients"] += int(r["recipients"])
    for r in _read(store, _NEW_AWARDS_HONOURS, "awards", _every(store, "Award"), chunk):
        row = rows[r["id"]]
        row["awards"] += int(r["awards"])
        if r["first_year"] is not None and (row["first_year"] is None or r["first_year"] < row["first_year"]):
            row["first_year"] = r["first_year"]
        if r["last_year"] is not None and (row["last_year"] is None or r["last_year"] > row["last_year"]):
            row["last_year"] = r["last_year"]
    return [rows[h] for h in sorted(rows)]


def _write_bounded(store: GraphStore, batches: list[Batch]) -> None:
    """These batches in order: in one transaction, or on a store with a per-transaction memory
    cap (``_CAPPED``) in transactions of at most ``_TX_ROWS`` rows each (20,000 rows of
    ``Person.top_rank`` took more than 30 MiB on Neo4j).

    The load's differences come first (a row per unit or series the load touched); the rest set
    counts outright, so a refresh that stops halfway is mended by a whole refresh.
    """
    if store.name not in _CAPPED:
        if batches:
            store.write(batches)
        return
    todo: list[Batch] = []
    for b in batches:
        for i in range(0, len(b.rows), _TX_ROWS):
            part = Batch(b.cypher, b.rows[i : i + _TX_ROWS])
            if todo and sum(len(x.rows) for x in todo) + len(part.rows) > _TX_ROWS:
                store.write(todo)
                todo = []
            todo.append(part)
    if todo:
        store.write(todo)


def _honour_rows(store: GraphStore, honour_ids: set[str] | None, chunk: int | None = None) -> list[dict[str, Any]]:
    """Counts for these series (None: all, summed ``chunk`` people or awards a read if given)."""
    if honour_ids is None and chunk:
        return _honour_sums(store, chunk)
    if honour_ids is None:
        found = store.read(_HONOR_ALL, {}, timeout_s=_TIMEOUT_S).rows
    else:
        found = []
        for part in _chunks(honour_ids):
            found += store.read(_HONOR_SOME, {"honours": part}, timeout_s=_TIMEOUT_S).rows
    return [
        {
            "id": r["id"],
            "awards": int(r["awards"]),
            "recipients": int(r["recipients"]),
            "first_year": r["first_year"],
            "last_year": r["last_year"],
        }
        for r in sorted(found, key=lambda r: str(r["id"]))
    ]


# --- exact differences after a load ------------------------------------------------------------
ADDED, UPDATED = "added", "updated"  # the statuses a load's diff gives each row (loaders.pipeline)
_NEW_LABELS = ("Person", "Organization", "Award", "Honor")
_NEW_RELS = ("WORKS_AT", "PART_OF", "RECEIVED", "OF_HONOR", "CONFERRED_BY")

# What new people and awards bring to their series.
_NEW_PEOPLE_HONOURS = """
UNWIND $people AS x
MATCH (p:Person {id: x})-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
RETURN h.id AS id, count(DISTINCT p) AS recipients
"""
_NEW_AWARDS_HONOURS = """
UNWIND $awards AS x
MATCH (a:Award {id: x})-[:OF_HONOR]->(h:Honor)
RETURN h.id AS id, count(DISTINCT a) AS awards, min(a.year) AS first_year, max(a.year) AS last_year
"""
_NEW_LINKS_HONOURS = """
UNWIND $rows AS r
MATCH (a:Award {id: r.src})-[:OF_HONOR]->(h:Honor {id: r.dst})
RETURN h.id AS id, count(DISTINCT a) AS awards, min(a.year) AS first_year, max(a.year) AS last_year
"""
# A person already in the store: everything that decides what it contributes, new and old.
_PERSON_EMPLOYERS = """
UNWIND $people AS x
MATCH (p:Person {id: x})-[w:WORKS_AT]->(o:Organization)
RETURN p.id AS src, o.id AS dst, w.doc AS doc
"""
_PERSON_AWARDS = """
UNWIND $people AS x
MATCH (p:Person {id: x})-[:RECEIVED]->(a:Award)
OPTIONAL MATCH (a)-[:OF_HONOR]->(h:Honor)
RETURN p.id AS person, a.id AS award, h.id AS honour, h.rank_order AS rank
"""
_AWARD_RECIPIENTS = """
UNWIND $awards AS x
MATCH (p:Person)-[:RECEIVED]->(:Award {id: x})
RETURN DISTINCT p.id AS id
"""
_HONOUR_RECIPIENTS = """
UNWIND $honours AS x
MATCH (p:Person)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(:Honor {id: x})
RETURN DISTINCT p.id AS id
"""
_AWARD_CONFERRERS = """
UNWIND $awards AS x
MATCH (a:Award {id: x})-[c:CONFERRED_BY]->(o:Organization)
RETURN a.id AS src, o.id AS dst, c.doc AS doc
"""
_PARTS = """
UNWIND $orgs AS x
MATCH (o:Organization {id: x})-[e:PART_OF]->(up:Organization)
RETURN o.id AS src, up.id AS dst, e.doc AS doc
"""
_AWARDS_HONOUR = """
UNWIND $awards AS x
MATCH (:Award {id: x})-[:OF_HONOR]->(h:Honor)
RETURN DISTINCT h.id AS honour
"""
_CURRENT = {
    "Honor": "UNWIND $ids AS x MATCH (n:Honor {id: x}) RETURN n.id AS id, n.rank_order AS value",
    "Award": "UNWIND $ids AS x MATCH (n:Award {id: x}) RETURN n.id AS id, n.year AS value",
}
_ADD_ORG = """
UNWIND $rows AS r MATCH (o:Organization {id: r.id})
SET o.people_total = coalesce(o.people_total, 0) + «int r.people»,
    o.awards_total = coalesce(o.awards_total, 0) + «int r.awards»,
    o.holders_total = coalesce(o.holders_total, 0) + «int r.holders»,
    o.high_total = coalesce(o.high_total, 0) + «int r.high»,
    o.conferred_total = coalesce(o.conferred_total, 0) + «int r.conferred»,
""" + ", ".join(f"o.{f} = coalesce(o.{f}, 0) + «int r.{f}»" for f in (*_RANK_PEOPLE, *_RANK_AWARDS))
_ADD_HONOR = """
UNWIND $rows AS r MATCH (h:Honor {id: r.id})
SET h.awards_total = coalesce(h.awards_total, 0) + «int r.awards»,
    h.recipients_total = coalesce(h.recipients_total, 0) + «int r.recipients»,
    h.first_year = CASE WHEN r.first_year IS NULL THEN h.first_year
                        WHEN h.first_year IS NULL OR «int r.first_year» < h.first_year THEN «int r.first_year»
                        ELSE h.first_year END,
    h.last_year = CASE WHEN r.last_year IS NULL THEN h.last_year
                       WHEN h.last_year IS NULL OR «int r.last_year» > h.last_year THEN «int r.last_year»
                       ELSE h.last_year END
"""


def _identity(rel_type: str, row: Mapping[str, Any]) -> tuple[Any, ...]:
    """A relationship as a load's diff keys it: its ends and the properties it is merged on."""
    return (row["src"], row["dst"], *((row.get(k) or "") for k in schema.rel(rel_type).merge_on))


@dataclass
class LoadChanges:
    """What a load wrote, as its diff against the store saw it: the nodes and relationships
    that were new, and for existing honour series and awards the rank and year they had
    before the load (the only stored properties the roll-ups depend on).

    Note each document's changes in the order the load wrote them (``note``): a row new in
    one document and updated by a later one is still new to the load.  A new relationship
    from a new node is not kept (the node stands for all of them): what is held grows with the
    new people, units, awards and series, and with what existing ones gained.  A load that
    streams slices can refresh after each slice with that slice's changes.
    """

    nodes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    rels: dict[str, set[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(set))
    ranks_before: dict[str, Any] = field(default_factory=dict)  # Honor id → rank_order before the load
    years_before: dict[str, Any] = field(default_factory=dict)  # Award id → year before the load

    def note(
        self,
        nodes: Mapping[tuple[str, str], tuple[str, Mapping[str, Any]]],
        rels: Iterable[tuple[str, Mapping[str, Any], Mapping[str, Any]]],
    ) -> None:
        """One document's changes: ``nodes`` maps (label, id) to (status, stored properties
        before it), ``rels`` holds (status, row with type/src/dst and properties, before)."""
        for (label, nid), (status, before) in nodes.items():
            if label not in _NEW_LABELS:
                continue
            if status == ADDED:
                self.nodes[label].add(nid)
            elif status == UPDATED and nid not in self.nodes[label]:
                if label == "Honor":
                    self.ranks_before.setdefault(nid, before.get("rank_order"))
                elif label == "Award":
                    self.years_before.setdefault(nid, before.get("year"))
        for status, row, _ in rels:
            t = row["type"]
            if status == ADDED and t in _NEW_RELS and not self.is_new(schema.rel(t).pairs[0][0], row["src"]):
                self.rels[t].add(_identity(t, row))

    def is_new(self, label: str, nid: str) -> bool:
        return nid in self.nodes.get(label, ())

    def srcs(self, rel_type: str) -> set[str]:
        return {i[0] for i in self.rels.get(rel_type, ())}


def _touched_awards(ch: LoadChanges) -> set[str]:
    """Awards already in the store whose place in an organisation's conferral list a load may have
    changed: re-dated, placed in a series, given a recipient or a conferrer."""
    out = set(ch.years_before)
    out |= {str(i[0]) for t in ("OF_HONOR", "CONFERRED_BY") for i in ch.rels.get(t, ())}
    out |= {str(i[1]) for i in ch.rels.get("RECEIVED", ())}
    return {a for a in out if not ch.is_new("Award", a)}


def _changed(store: GraphStore, label: str, before: Mapping[str, Any]) -> set[str]:
    """Of these existing nodes, those whose rank (Honor) or year (Award) the load changed."""
    return {str(r["id"]) for r in _read(store, _CURRENT[label], "ids", before) if r["value"] != before.get(r["id"])}


def _old_pairs(
    store: GraphStore, cypher: str, key: str, ids: Iterable[str], rel_type: str, new: set[tuple[Any, ...]]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each source: its targets now, and those it had before the load (through a
    relationship the load did not add)."""
    now: dict[str, set[str]] = defaultdict(set)
    old: dict[str, set[str]] = defaultdict(set)
    for r in _read(store, cypher, key, ids):
        now[r["src"]].add(r["dst"])
        if _identity(rel_type, r) not in new:
            old[r["src"]].add(r["dst"])
    return now, old


def _delta_rows(store: GraphStore, ch: LoadChanges) -> tuple[set[str], set[str], list[Batch], set[str]]:
    """The organisations and series to recount, the batches that add the load's exact differences
    to the rest, and the people whose highest rank the load may have changed."""
    new_people = ch.nodes.get("Person", set())
    new_awards = ch.nodes.get("Award", set())
    # Units whose place in the hierarchy changed: a new PART_OF from a unit that was already there.
    moved_from = {s for s in ch.srcs("PART_OF") if not ch.is_new("Organization", s)}
    now, old = _old_pairs(store, _PARTS, "orgs", moved_from, "PART_OF", ch.rels.get("PART_OF", set()))
    recount_orgs = ancestors(store, {p for s in moved_from for p in now[s] - old[s]})
    # Series one of whose existing awards changed year; series whose rank changed.
    moved_awards = _changed(store, "Award", ch.years_before)
    recount_honours = {r["honour"] for r in _read(store, _AWARDS_HONOUR, "awards", moved_awards) if r["honour"]}
    reranked = _changed(store, "Honor", ch.ranks_before)

    honours: dict[str, dict[str, Any]] = {}

    def add_honour(hid: str, awards: int = 0, recipients: int = 0, first: Any = None, last: Any = None) -> None:
        row = honours.setdefault(hid, {"awards": 0, "recipients": 0, "first_year": None, "last_year": None})
        row["awards"] += awards
        row["recipients"] += recipients
        if first is not None and (row["first_year"] is None or first < row["first_year"]):
            row["first_year"] = first
        if last is not None and (row["last_year"] is None or last > row["last_year"]):
            row["last_year"] = last

    # New people and new awards: summed in the store by the set of units they hang from, chunk by
    # chunk (each person or award in one chunk), then spread over the units above each set.
    people_groups = _read(store, _PEOPLE_GROUPS, "people", new_people, _BULK)
    award_groups = _read(store, _AWARD_GROUPS, "awards", new_awards, _BULK)
    orgs = _spread(store, people_groups, award_groups)
    for r in _read(store, _NEW_PEOPLE_HONOURS, "people", new_people, _BULK):
        add_honour(r["id"], recipients=int(r["recipients"]))
    # New awards: their series and the bodies above their conferrers.
    for r in _read(store, _NEW_AWARDS_HONOURS, "awards", new_awards, _BULK):
        add_honour(r["id"], int(r["awards"]), 0, r["first_year"], r["last_year"])
    links = [
        {"src": a, "dst": h} for a, h, *_ in ch.rels.get("OF_HONOR", ()) if not ch.is_new("Award", a)
    ]  # an existing award placed in a series
    for i in range(0, len(links), _CHUNK):
        for r in store.read(_NEW_LINKS_HONOURS, {"rows": links[i : i + _CHUNK]}, timeout_s=_TIMEOUT_S).rows:
            add_honour(r["id"], int(r["awards"]), 0, r["first_year"], r["last_year"])

    # Existing awards with a new conferrer: the units above it now and not before.
    conferred = {a for a in ch.srcs("CONFERRED_BY") if not ch.is_new("Award", a)}
    now_c, old_c = _old_pairs(
        store, _AWARD_CONFERRERS, "awards", conferred, "CONFERRED_BY", ch.rels.get("CONFERRED_BY", set())
    )

    # People already in the store whose contribution the load may have changed.
    linked = {a for a, *_ in ch.rels.get("OF_HONOR", ()) if not ch.is_new("Award", a)}
    existing = (ch.srcs("WORKS_AT") | ch.srcs("RECEIVED")) - new_people
    existing |= {str(r["id"]) for r in _read(store, _AWARD_RECIPIENTS, "awards", linked)} - new_people
    existing |= {str(r["id"]) for r in _read(store, _HONOUR_RECIPIENTS, "honours", reranked)} - new_people
    emp_now, emp_old = _old_pairs(
        store, _PERSON_EMPLOYERS, "people", existing, "WORKS_AT", ch.rels.get("WORKS_AT", set())
    )
    up = _up(store, {o for e in (emp_now, now_c) for os_ in e.values() for o in os_})
    for a in conferred:
        for o in _above(up, now_c[a]) - _above(up, old_c[a]):
            _add(orgs, o, conferred=1)

    received, of_honor = ch.rels.get("RECEIVED", set()), ch.rels.get("OF_HONOR", set())
    held_now: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # person → award → series
    held_old: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rank: dict[str, Any] = {}
    for r in _read(store, _PERSON_AWARDS, "people", existing):
        p, a, h = r["person"], r["award"], r["honour"]
        held_now[p].setdefault(a, set())
        if (p, a) not in received:
            held_old[p].setdefault(a, set())
        if h:
            rank[h] = r["rank"]
            held_now[p][a].add(h)
            if (p, a) not in received and (a, h) not in of_honor:
                held_old[p][a].add(h)

    def ranks_of(held: Mapping[str, set[str]], old: bool) -> list[int]:
        """The rank of each (award, series) a person holds, as it was before the load (``old``) or is now."""
        ranks = [ch.ranks_before.get(h) if old and h in reranked else rank[h] for hs in held.values() for h in hs]
        return [int(x or 0) for x in ranks]

    for p in existing:
        old_ranks, now_ranks = ranks_of(held_old[p], True), ranks_of(held_now[p], False)
        before = (_above(up, emp_old[p]), len(held_old[p]), max(old_ranks, default=0), old_ranks)
        after = (_above(up, emp_now[p]), len(held_now[p]), max(now_ranks, default=0), now_ranks)
        for sign, (units, n, t, lines) in ((-1, before), (1, after)):
            by_rank = {f"people_rank{t}": sign} if f"people_rank{t}" in _RANK_PEOPLE else {}
            for line_rank in lines:
                if f"awards_rank{line_rank}" in _RANK_AWARDS:
                    by_rank[f"awards_rank{line_rank}"] = by_rank.get(f"awards_rank{line_rank}", 0) + sign
            for o in units:
                _add(
                    orgs,
                    o,
                    people=sign,
                    awards=sign * n,
                    holders=sign * (n > 0),
                    high=sign * (t >= HIGH_RANK),
                    **by_rank,
                )
        was = {h for hs in held_old[p].values() for h in hs}
        now_h = {h for hs in held_now[p].values() for h in hs}
        for h in now_h - was:
            add_honour(h, recipients=1)
        for h in was - now_h:
            add_honour(h, recipients=-1)

    # Units and series that came with the load get their counts set (0 where nothing reaches
    # them); those already there get the differences added.
    new_orgs, new_honours = ch.nodes.get("Organization", set()), ch.nodes.get("Honor", set())
    zero_o, zero_h = (
        dict.fromkeys(_ORG_FIELDS, 0),
        {"awards": 0, "recipients": 0, "first_year": None, "last_year": None},
    )
    set_o = [{"id": o, **orgs.get(o, zero_o)} for o in sorted(new_orgs - recount_orgs)]
    set_h = [{"id": h, **honours.get(h, zero_h)} for h in sorted(new_honours - recount_honours)]
    add_o = [
        {"id": o, **row}
        for o, row in sorted(orgs.items())
        if o not in recount_orgs and o not in new_orgs and any(row.values())
    ]
    add_h = [
        {"id": h, **row}
        for h, row in sorted(honours.items())
        if h not in recount_honours
        and h not in new_honours
        and (row["awards"] or row["recipients"] or row["first_year"] is not None)
    ]
    batches = [
        Batch(c, rows[i : i + _CHUNK])
        for c, rows in ((_SET_ORG, set_o), (_SET_HONOR, set_h), (_ADD_ORG, add_o), (_ADD_HONOR, add_h))
        for i in range(0, len(rows), _CHUNK)
    ]
    return recount_orgs, recount_honours, batches, new_people | existing


def refresh_rollups(
    store: GraphStore,
    org_ids: Iterable[str] | None = None,
    *,
    honour_ids: Iterable[str] | None = None,
    docs: Iterable[str] | None = None,
    people: Iterable[str] | None = None,
    changes: LoadChanges | None = None,
) -> RollupReport:
    """Recompute the roll-up counts and store them in one transaction, or on Neo4j in
    transactions of at most ``_TX_ROWS`` rows (``_write_bounded``); each person's highest rank,
    where more than 100,000 change at once, in transactions of their own before the rest.

    With no arguments: every organisation and honour series.  With ``changes`` (what a
    load wrote, its counts right before it): the load's exact differences added to the
    counts, recounting only units whose place in the hierarchy it changed and series
    whose awards it re-dated (``docs`` is then not needed).  Otherwise only those named
    (``org_ids``, ``honour_ids``), those the documents ``docs`` or the people ``people``
    touch as the graph stands now (``affected``), and every organisation above them.
    """
    started = time.perf_counter()
    whole = org_ids is None and honour_ids is None and docs is None and people is None and changes is None
    delta: list[Batch] = []
    ranked: set[str] = set(people or ())  # people whose top_rank to check (beside those of recounted units)
    for part in _chunks(set(docs or ())):
        ranked |= _ids(store, _DOC_PEOPLE, {"docs": part})
    chunk = _whole_chunk(store) if whole else None  # people or awards a whole-graph read sums
    if whole:
        org_rows, honour_rows = _org_rows(store, None, chunk), _honour_rows(store, None, chunk)
    elif changes is not None:
        orgs, honours, delta, changed_people = _delta_rows(store, changes)
        ranked |= changed_people
        orgs |= ancestors(store, org_ids or ())
        honours |= set(honour_ids or ())
        if docs is not None or people is not None:
            touched = affected(store, docs=docs or (), people=people or ())
            orgs, honours = orgs | touched.orgs, honours | touched.honours
        org_rows = _org_rows(store, orgs) if orgs else []
        honour_rows = _honour_rows(store, honours) if honours else []
        recounted = {r["id"] for r in org_rows} | {r["id"] for r in honour_rows}
        delta = [Batch(b.cypher, [r for r in b.rows if r["id"] not in recounted]) for b in delta]
    else:
        touched = affected(store, docs=docs or (), people=people or ())
        orgs = touched.orgs | ancestors(store, org_ids or ())
        honours = touched.honours | set(honour_ids or ())
        org_rows = _org_rows(store, orgs) if orgs else []
        honour_rows = _honour_rows(store, honours) if honours else []
    batches = [b for b in delta if b.rows]
    keyed = None if whole else ranked | _workers(store, {r["id"] for r in org_rows})  # top_rank and rank keys
    tops = _top_batches(store, keyed, chunk)
    if len(tops) > _TOP_BATCHES_PER_WRITE:
        # every person's rank at once (a store's first fill, a million people): a transaction
        # of its own per slice, so Neo4j's per-transaction memory (2 GiB at most) is not passed
        for i in range(0, len(tops), _TOP_BATCHES_PER_WRITE):
            _write_bounded(store, tops[i : i + _TOP_BATCHES_PER_WRITE])
    else:
        batches += tops
    batches += [Batch(_SET_ORG, org_rows[i : i + _CHUNK]) for i in range(0, len(org_rows), _CHUNK)]
    batches += [Batch(_SET_HONOR, honour_rows[i : i + _CHUNK]) for i in range(0, len(honour_rows), _CHUNK)]
    _write_bounded(store, batches)
    # the organisations page's rank keys of the same people, from the top ranks just written
    new_people = changes.nodes.get("Person", set()) if changes is not None else set()
    refresh_rank_keys(store, keyed, lambda b: _write_bounded(store, b), chunk if whole else _BULK, new_people)
    added_orgs = {r["id"] for b in delta if b.cypher in (_SET_ORG, _ADD_ORG) for r in b.rows}
    added_honours = {r["id"] for b in delta if b.cypher in (_SET_HONOR, _ADD_HONOR) for r in b.rows}
    refresh_year_awards(store, None if whole else {r["id"] for r in honour_rows} | added_honours)
    # each organisation's conferral rows per series and year: those recounted, those whose
    # conferrals the load's differences changed, those above the conferrers of existing awards a
    # load re-dated, placed in a series or gave a recipient
    given: set[str] | None = None
    if not whole:
        given = {r["id"] for r in org_rows}
        given |= {r["id"] for b in delta if b.cypher == _SET_ORG for r in b.rows}
        given |= {r["id"] for b in delta if b.cypher == _ADD_ORG for r in b.rows if r["conferred"]}
        if changes is not None:
            given |= conferrers_above(store, _touched_awards(changes))
    refresh_conferrals(
        store,
        given,
        capped=store.name in _CAPPED,
        chunked=chunk is not None,
        chunk=chunk or _CAPPED_BULK,
        tx_rows=_TX_ROWS,
    )
    return RollupReport(
        whole,
        len(org_rows) + len(added_orgs),
        len(honour_rows) + len(added_honours),
        time.perf_counter() - started,
    )


# A store written before a roll-up property existed (or before roll-ups were stored at all) holds
# nulls there, and the pages that read them would show nothing until the next load.  Opening the
# store for writing fills them once: two counts cost milliseconds even at a million people.
# (a store whose per-rank counts are missing lacks each person's highest rank too: they are written together)
_STALE_ORGS = (
    "MATCH (o:Organization) WHERE o.people_total IS NULL OR o.people_rank0 IS NULL OR o.awards_rank0 IS NULL "
    "RETURN count(o) AS n"
)
_STALE_HONOURS = "MATCH (h:Honor) WHERE h.awards_total IS NULL RETURN count(h) AS n"
# Series whose totals are there but not their per-year or per-edition counts (graph.honour_years, newer
# roll-ups): only those are recounted, not the whole graph (a whole refresh takes ~10 min at a million).
_STALE_YEARS = (
    "MATCH (h:Honor) WHERE (h.first_year IS NOT NULL AND coalesce(size(h.year_awards), 0) = 0) "  # no yearly counts
    "OR (h.recipients_total > 0 AND coalesce(size(h.edition_recipients), 0) = 0) "  # recipients, no per-edition counts
    "RETURN h.id AS id"
)


def ensure_rollups(store: GraphStore) -> bool:
    """Fill roll-up counts a store lacks (an older store, a new derived property); True when it did.

    >>> from graph.store_ladybug import LadybugStore
    >>> import tempfile, pathlib
    >>> store = LadybugStore(pathlib.Path(tempfile.mkdtemp()) / "g.lbug"); store.ensure_schema()
    >>> ensure_rollups(store)  # an empty store lacks nothing
    False
    """
    stale = store.read(_STALE_ORGS).rows[0]["n"] + store.read(_STALE_HONOURS).rows[0]["n"]
    if stale:
        refresh_rollups(store)
        return True
    years = {str(r["id"]) for r in store.read(_STALE_YEARS).rows}
    if years:  # only some series' counts per year or per edition (a newer roll-up) are missing
        refresh_year_awards(store, years)
    if _stale_rank_keys(store):  # the organisations page's rank keys are missing or a fill of them stopped
        refresh_rank_keys(store, None, lambda b: _write_bounded(store, b), _whole_chunk(store))
        return True
    if years:
        return True
    if store.read(_STALE_CONFERRALS).rows[0]["n"]:  # only the conferral rows (a newer roll-up) are missing
        chunk = _whole_chunk(store)
        capped = store.name in _CAPPED
        refresh_conferrals(
            store, capped=capped, chunked=chunk is not None, chunk=chunk or _CAPPED_BULK, tx_rows=_TX_ROWS
        )
        return True
    return False
