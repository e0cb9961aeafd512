"""The organisations page's rank keys: per organisation and highest rank, the people holding it.

A page of an organisation's people (``org_people_ranks``) or of its honour roll (``honour_roll``)
reaches only the highest ranks (the stored per-rank counts say which, ``graph.ranks.page_low``).
Walking every member of a group to find them cost ~2 db hits a member on Neo4j (the largest group
of a million people holds 115,871) and an index on ``Person.top_rank`` did not help: the top rank
is eight times commoner in the whole graph than in one group (docs/benchmarks.md).  So the roll-up
refresh stores, for every organisation ``o`` and rank ``r`` that has people, one ``OrgRankKey``
node with the id ``key(o, r)`` (``'<o>|<r>'``) whose ``people`` are the ids of everyone working in
``o`` or a unit below it (``PART_OF*0..6``) whose ``Person.top_rank`` is ``r``; and on each person
the keys it is in (``Person.rank_keys``).  A page looks the keys of its ranks up by primary key
(both stores) and each of their people by id: the ranks it does not reach are never read.

``Person.rank_keys`` is the truth a page checks (``key IN p.rank_keys``); a key's ``people`` may
still name someone a merge or a removal deleted since (a lookup of a deleted id finds nothing), and
the whole refresh rebuilds every key.  Keys live on their own nodes, not as relationships to the
people, so the model's neighbourhoods, paths and merges never see them; like the name keys they
are an index (``graph.schema.SEARCH_NODES``): counted nowhere, kept in dumps by id (their lists are
derived and rebuilt after an import).

A refresh that writes in more than one transaction (a million people's keys: about twenty) puts a
marker key (``FILLING``, no people) in its first transaction and deletes it in its last, so a
refresh stopped half way (a killed process, a full buffer pool) leaves it behind: ``stale`` asks
for it by primary key and the next writable open refills every key (``graph.rollups.ensure_rollups``),
where a partly filled store used to pass for a filled one and its pages silently showed too few
people.  Asking costs one key lookup, whatever the store's size.

On the embedded store ladybug 0.22 can leave the persons' key lists unreadable (a million people's
fill, December 2026: every read of ``Person.rank_keys`` failed with "String dictionary index is
outside the offset table", so did every query returning a person; LadybugDB/ladybug#992; the same
writes on fresh files, up to a million people, did not reproduce it: docs/benchmarks.md).  So
``stale`` also reads that column whole on the embedded store, and a whole refresh that finds it
unreadable first drops and re-adds the column (one DDL statement each, about a second at 1M;
``clear_held``) and then refills every person's keys: opening a damaged store writable repairs it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from graph.errors import StoreError
from graph.orgtree import read_chunked as _read
from graph.orgtree import up as _up
from graph.store import Batch, GraphStore

SEP = "|"
# The marker of a refresh under way (see the module's docstring); no organisation id is empty.
FILLING = f"{SEP}filling"
TIMEOUT_S = 3600.0
BULK = 20_000  # people per read
IDS_PER_BATCH = 50_000  # person ids per write batch (a group's key can hold tens of thousands)
BATCHES_PER_WRITE = 5
# People whose stored keys are unknown (a merge or a split restores a person's derived properties as
# null) are looked for in every key's list when there are this few (a scan of the keys); a load's
# new people are not (no key can name them, unless a removed person comes back: then the page's
# check of ``rank_keys`` still leaves the old entry out, and the next whole refresh drops it).
SCAN_UNKNOWN = 50
Writer = Callable[[list[Batch]], None]

# Each person's rank and employers (``x`` carried through the WITH for ladybug).
_PEOPLE = """
UNWIND $people AS x
MATCH (p:Person {id: x})
OPTIONAL MATCH (p)-[:WORKS_AT]->(e:Organization)
WITH x, p, collect(DISTINCT e.id) AS units
RETURN x AS id, coalesce(p.top_rank, 0) AS top, p.rank_keys AS held, units
"""
_ALL_PEOPLE = """
MATCH (p:Person)
OPTIONAL MATCH (p)-[:WORKS_AT]->(e:Organization)
WITH p, collect(DISTINCT e.id) AS units
RETURN p.id AS id, coalesce(p.top_rank, 0) AS top, p.rank_keys AS held, units
"""
_KEYS = "UNWIND $ids AS x MATCH (k:OrgRankKey {id: x}) RETURN k.id AS id, k.people AS people"
_LISTING = "UNWIND $people AS x MATCH (k:OrgRankKey) WHERE x IN k.people RETURN k.id AS id, x AS person"
_ALL_KEYS = "MATCH (k:OrgRankKey) RETURN k.id AS id"
_EVERY_PERSON = "MATCH (p:Person) RETURN p.id AS id"
_NEW_KEY = "UNWIND $rows AS r CREATE (:OrgRankKey {id: r.id, people: r.people})"
_SET_KEY = "UNWIND $rows AS r MATCH (k:OrgRankKey {id: r.id}) SET k.people = r.people"
_DROP_KEY = "UNWIND $rows AS r MATCH (k:OrgRankKey {id: r.id}) DELETE k"
_SET_HELD = "UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.rank_keys = r.keys"
_CLEAR_HELD = "UNWIND $rows AS r MATCH (p:Person {id: r.id}) SET p.rank_keys = NULL"
_STALE = "MATCH (k:OrgRankKey) RETURN count(k) AS n"
_MARKED = "MATCH (k:OrgRankKey {id: $id}) RETURN count(k) AS n"
# A batch of empty lists alone has no element type for ladybug to bind: the literal has.
_MARK = "UNWIND $rows AS r CREATE (:OrgRankKey {id: r.id, people: []})"
_EMPLOYED = "MATCH ()-[w:WORKS_AT]->() RETURN count(w) AS n"
# Reads every person's stored keys (the strings themselves, not only their null marks).
_READ_HELD = "MATCH (p:Person) RETURN sum(size(p.rank_keys)) AS n"
_HELD_IDS = "MATCH (p:Person) WHERE p.rank_keys IS NOT NULL RETURN p.id AS id"
# ladybug's message for a column whose string dictionary is corrupt (LadybugDB/ladybug#992, #993)
_CORRUPT = "String dictionary"


def key(org: str, rank: int) -> str:
    """The id of an organisation's key for one rank.

    >>> key("o-焦煤集团", 6)
    'o-焦煤集团|6'
    """
    return f"{org}{SEP}{int(rank)}"


def _by_ids(cypher: str, rows: list[dict[str, Any]], field: str) -> list[Batch]:
    """Write batches holding at most ``IDS_PER_BATCH`` list entries (one large key alone)."""
    out: list[Batch] = []
    part: list[dict[str, Any]] = []
    held = 0
    for r in rows:
        n = max(1, len(r[field]))
        if part and held + n > IDS_PER_BATCH:
            out.append(Batch(cypher, part))
            part, held = [], 0
        part.append(r)
        held += n
    if part:
        out.append(Batch(cypher, part))
    return out


class _Units:
    """Every unit above a unit (itself included), read from the store once per unit."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.above: dict[str, set[str]] = {}

    def load(self, units: Iterable[str]) -> None:
        """Read the units above all of these at once (a walk of a few chunked reads, not one per unit:
        at 100k people one read per unit was 58 of a whole refresh's 65 s)."""
        todo = {u for u in units if u and u not in self.above}
        if todo:
            self.above.update(_up(self.store, todo))

    def keys(self, units: Iterable[str], top: int) -> list[str]:
        units = [u for u in units if u]
        self.load(units)
        return sorted({key(o, top) for u in units for o in self.above[u]})


def refresh_rank_keys(
    store: GraphStore, people: Iterable[str] | None, write: Writer, chunk: int | None = BULK, new: Iterable[str] = ()
) -> int:
    """Bring the rank keys of these people (None: everyone, every key rebuilt) up to date with
    their ``top_rank`` and employers as stored now; returns the number of people whose keys changed.

    Call after ``Person.top_rank`` is written.  ``write`` writes a list of batches (the roll-ups'
    bounded writer); ``chunk``: people a read (None: everyone in one read, a small store's whole
    refresh); ``new``: people a load created (no key can name them yet).
    """
    units = _Units(store)
    whole = people is None
    if whole and unreadable(store):  # the keys cannot even be read: start from none
        clear_held(store)
    if people is None and chunk is None:  # a small store: everyone in one read
        read = store.read(_ALL_PEOPLE, {}, timeout_s=TIMEOUT_S).rows
    else:
        ids = (
            {str(r["id"]) for r in store.read(_EVERY_PERSON, {}, timeout_s=TIMEOUT_S).rows}
            if people is None
            else set(people)
        )
        read = _read(store, _PEOPLE, "people", ids, chunk or BULK)
    now: dict[str, list[str]] = {}  # person → its keys now
    before: dict[str, list[str]] = {}  # person → the keys it was in
    unknown: set[str] = set()  # people whose keys were never stored, or wiped (a merge restores nulls)
    units.load(u for r in read for u in r["units"] or ())
    for r in read:
        pid = str(r["id"])
        now[pid] = units.keys(r["units"] or (), int(r["top"]))
        before[pid] = sorted(r["held"] or ())
        if not r["held"]:
            unknown.add(pid)
    del read  # a million people's rows: not held through the writes
    changed = sorted(p for p in now if now[p] != before[p])
    if whole:
        members: dict[str, set[str]] = defaultdict(set)
        for p, ks in now.items():
            for k in ks:
                members[k].add(p)
        stored = {str(r["id"]) for r in store.read(_ALL_KEYS, {}, timeout_s=TIMEOUT_S).rows} - {FILLING}
    else:
        wiped = (unknown & set(changed)) - set(new)
        if 0 < len(wiped) <= SCAN_UNKNOWN:  # a few such people (a merge, a split): the keys naming them
            for r in store.read(_LISTING, {"people": sorted(wiped)}, timeout_s=TIMEOUT_S).rows:
                if str(r["id"]) not in now[str(r["person"])]:
                    before[str(r["person"])].append(str(r["id"]))
        touched = {k for p in changed for k in (*now[p], *before[p])}
        found = {str(r["id"]): set(r["people"] or ()) for r in _read(store, _KEYS, "ids", touched, 2_000)}
        stored = set(found)
        members = defaultdict(set, {k: set(found.get(k, ())) for k in touched})
        for p in changed:
            for k in set(before[p]) - set(now[p]):
                members[k].discard(p)
            for k in now[p]:
                members[k].add(p)
    rows = {k: {"id": k, "people": sorted(ps)} for k, ps in members.items() if ps}
    batches = _by_ids(_SET_KEY, [rows[k] for k in sorted(rows) if k in stored], "people")
    batches += _by_ids(_NEW_KEY, [rows[k] for k in sorted(rows) if k not in stored], "people")
    dropped = sorted((stored - set(rows)) if whole else {k for k in stored if k not in rows})
    batches += [Batch(_DROP_KEY, [{"id": k} for k in dropped[i : i + BULK]]) for i in range(0, len(dropped), BULK)]
    held = [{"id": p, "keys": now[p]} for p in changed if now[p]]
    cleared = [{"id": p} for p in changed if not now[p]]
    batches += [Batch(_SET_HELD, held[i : i + BULK]) for i in range(0, len(held), BULK)]
    batches += [Batch(_CLEAR_HELD, cleared[i : i + BULK]) for i in range(0, len(cleared), BULK)]
    # a million people's keys: not one transaction, and marked as under way until the last is written
    writes = [batches[i : i + BATCHES_PER_WRITE] for i in range(0, len(batches), BATCHES_PER_WRITE)]
    marked = _filling(store)  # a refresh stopped half way before this one: only a whole one undoes it
    if len(writes) > 1 and not marked:
        writes[0] = [Batch(_MARK, [{"id": FILLING}]), *writes[0]]
        marked = True
    if marked and (whole or len(writes) > 1):
        writes = writes or [[]]
        writes[-1] = [*writes[-1], Batch(_DROP_KEY, [{"id": FILLING}])]
    for part in writes:
        write(part)
    return len(changed)


def _filling(store: GraphStore) -> bool:
    """True while a refresh's marker is stored: one is under way or was stopped half way."""
    return bool(store.read(_MARKED, {"id": FILLING}).rows[0]["n"])


def unreadable(store: GraphStore) -> bool:
    """True when the embedded store cannot read its persons' stored keys (see the module's docstring).

    Reads the whole column: 1.0–1.2 s at a million people (a loaded machine), on every writable
    open.  Neo4j is not affected and not asked."""
    if store.name != "embedded":
        return False
    try:
        store.read(_READ_HELD, timeout_s=TIMEOUT_S)
    except StoreError as exc:
        if _CORRUPT in str(exc):
            return True
        raise
    return False


def clear_held(store: GraphStore) -> None:
    """Forget every person's stored keys and mark the store for a whole refill (the marker), which the
    next writable open runs (``graph.rollups.ensure_rollups``).

    On the embedded store the column is dropped and declared again (empty lists): its values may be
    unreadable, and a statement that rewrites them would read them first.  On Neo4j the property is
    removed from everyone holding it, ``BULK`` people a transaction."""
    if store.name == "embedded":
        store.write([Batch("ALTER TABLE Person DROP rank_keys", [{}])])
        store.ensure_schema()  # declares the column again (graph.store_ladybug.added_columns)
    else:
        ids = [{"id": r["id"]} for r in store.read(_HELD_IDS, {}, timeout_s=TIMEOUT_S).rows]
        for i in range(0, len(ids), BULK):
            store.write([Batch(_CLEAR_HELD, ids[i : i + BULK])])
    if not _filling(store):
        store.write([Batch(_MARK, [{"id": FILLING}])])


def stale(store: GraphStore) -> bool:
    """True for a store that has people at units but no rank key at all (written before the keys),
    whose last refresh of them stopped half way (its marker is still there), or whose persons' keys
    cannot be read (``unreadable``)."""
    if _filling(store) or unreadable(store):
        return True
    return not store.read(_STALE).rows[0]["n"] and bool(store.read(_EMPLOYED).rows[0]["n"])
