"""The shortest connection between two people or organisations: a search from both ends.

The named query ``shortest_connection`` asks the store for a shortest path.  Neo4j's
shortestPath searches from both ends inside the server (milliseconds); ladybug walks
breadth-first from one end only, and through a large honour series or group that walk reaches
much of the graph (0.4–2.8 s at 100,000 people, 6–13 s at a million).  ``shortest_connection``
here asks a store that searches from both ends itself (``searches_from_both_ends``, stopped
after ``NATIVE_TIMEOUT_S``); any other store is searched from both ends in Python, one level at
a time, over bounded reads (named queries ``connection_degrees`` for the two ends,
``connection_step`` for each level, ``connection_link`` to draw the path; one node label each):

* each round expands the side whose next level reads fewer relationships (the sum of its
  frontier's degrees, read with the step before), so a hub is read only when the other side
  would read more;
* a level is read in chunks, the nodes with fewest relationships first, and the search ends
  at the first node both sides have reached: once every shorter chain has been ruled out
  level by level, any meeting on the current level is a shortest chain, so a hub late in the
  list is often never read.  Rows are taken in (label, id) order, so the path found does not
  depend on the store's row order (between equally short chains it may differ from the
  store's own choice);
* it reads at most ``budget`` neighbour rows in all (``READ_BUDGET``).  A search that would
  read more stops and says so (``Connection.complete`` is False): then no chain was found in
  the levels it finished, and a longer search (the named query) may still find one.

What it guarantees: a path it returns is a shortest chain of facts (graph.schema.FACT_RELS,
sources ignored) between the two nodes, of at most ``max_hops`` steps, as long as the named
query's; no path with ``complete`` True means there is none within ``max_hops``; it never
reads more than ``budget`` neighbour rows (or runs longer than ``timeout_s`` on a store that
searches itself).

On the sample (``store`` holds it), 孙宏亮 and 孙芳芳 are four steps apart:

    >>> ids = {r["name"]: r["id"] for r in store.read("MATCH (p:Person) RETURN p.name AS name, p.id AS id").rows}
    >>> found = shortest_connection(store, ids["孙宏亮"], ids["孙芳芳"])
    >>> found.complete, len(found.rows[0]["path"]["rels"])
    (True, 4)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from graph.errors import QueryTimeout
from graph.queries import run
from graph.store import GraphStore

MAX_HOPS = 8  # as the named query ``shortest_connection``
# A store searching from both ends itself is stopped after this long.
NATIVE_TIMEOUT_S = 10.0
# Neighbour rows one search reads at most: ladybug reads some 20,000–60,000 a second through
# the step query on the shared 2-core machine (load 10), so a search stops within 1–3 s.
READ_BUDGET = 50_000
# A level is read in chunks of about this many relationships, fewest first.
CHUNK_ROWS = 5_000
# The step query's own bound: a node's degree was read before its step, so only a graph
# changing under the search could pass it.
STEP_TOP = 1_000_000
# The kinds of node a connection starts and ends at (the named query's ``:Person|Organization``).
END_LABELS = ("Person", "Organization")

Key = tuple[str, str]  # (label, id)


@dataclass
class Connection:
    """The answer: ``rows`` as the named query ``shortest_connection`` gives them (``[]`` or
    one row with a ``path`` of ``nodes`` and ``rels``), whether the search finished
    (``complete``) and how many neighbour rows it read."""

    rows: list[dict[str, Any]]
    complete: bool = True
    read: int = 0


@dataclass
class _Side:
    start: Key
    parent: dict[Key, Key | None] = field(default_factory=dict)
    frontier: list[Key] = field(default_factory=list)
    level: int = 0
    cost: int = 0  # relationships its next level reads

    def __post_init__(self) -> None:
        self.parent[self.start] = None
        self.frontier = [self.start]

    def chain(self, key: Key) -> list[Key]:
        """From ``key`` back to this side's start."""
        out: list[Key] = []
        at: Key | None = key
        while at is not None:
            out.append(at)
            at = self.parent[at]
        return out


def _by_label(keys: Iterable[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for label, node_id in keys:
        grouped[label].append(node_id)
    return {label: sorted(ids) for label, ids in sorted(grouped.items())}


def _degrees(store: GraphStore, keys: Iterable[Key]) -> dict[Key, int]:
    out: dict[Key, int] = {}
    for label, ids in _by_label(keys).items():
        for row in run(store, "connection_degrees", ids=ids, label=label).rows:
            out[(label, row["id"])] = int(row["degree"] or 0)
    return out


def _end(store: GraphStore, node_id: str) -> tuple[Key, int] | None:
    for label in END_LABELS:
        found = _degrees(store, [(label, node_id)])
        if found:
            return next(iter(found.items()))
    return None


def shortest_connection(
    store: GraphStore,
    source: str,
    target: str,
    *,
    budget: int | None = None,
    timeout_s: float = NATIVE_TIMEOUT_S,
) -> Connection:
    """A shortest chain of facts (at most 8 steps) between two people or organisations (ids).

    A store that searches from both ends itself (``searches_from_both_ends``: Neo4j's
    shortestPath) answers the named query ``shortest_connection``, stopped after ``timeout_s``;
    any other store is searched from both ends here (``search_from_both_ends``), within
    ``budget`` neighbour rows.  Either way a path returned is a shortest one; ``complete`` is
    False when the search stopped before it could say.

    >>> ids = {r["name"]: r["id"] for r in store.read("MATCH (p:Person) RETURN p.name AS name, p.id AS id").rows}
    >>> shortest_connection(store, ids["孙宏亮"], ids["孙宏亮"]).rows
    []
    """
    if not source or not target or source == target:
        return Connection([])
    if getattr(store, "searches_from_both_ends", False):
        try:
            rows = run(store, "shortest_connection", source=source, target=target, timeout_s=timeout_s).rows
        except QueryTimeout:
            return Connection([], complete=False)
        return Connection(rows)
    return search_from_both_ends(store, source, target, budget=budget)


def search_from_both_ends(
    store: GraphStore, source: str, target: str, *, max_hops: int = MAX_HOPS, budget: int | None = None
) -> Connection:
    """A shortest chain of facts between two people or organisations (ids), searched from both
    ends here within ``budget`` neighbour rows (default ``READ_BUDGET``); see the module's
    docstring for what it guarantees."""
    budget = READ_BUDGET if budget is None else budget
    if not source or not target or source == target:
        return Connection([])
    a_end, b_end = _end(store, source), _end(store, target)
    if a_end is None or b_end is None:
        return Connection([])
    a, b = _Side(a_end[0], cost=a_end[1]), _Side(b_end[0], cost=b_end[1])
    degree = {a_end[0]: a_end[1], b_end[0]: b_end[1]}
    read = 0
    while a.frontier and b.frontier and a.level + b.level < max_hops:
        side, other = (a, b) if a.cost <= b.cost else (b, a)
        side.level += 1
        fresh: list[Key] = []
        # the level's nodes fewest relationships first, a chunk at a time: a meeting found on
        # the way is already a shortest chain, so hubs at the end of the list are often not read
        for chunk in _chunks(sorted(side.frontier, key=lambda k: (degree[k], k)), degree):
            cost = sum(degree[k] for k in chunk)
            if read + cost > budget:
                return Connection([], complete=False, read=read)
            rows = _step(store, chunk)
            read += len(rows)
            new = _adopt(side, rows, degree)
            fresh.extend(new)
            met = sorted(k for k in new if k in other.parent)
            if met:
                return Connection(_draw(store, _path_keys(a, b, met[0]), degree), complete=True, read=read)
        side.frontier = fresh
        side.cost = sum(degree[k] for k in fresh)
    return Connection([], complete=True, read=read)


def _chunks(keys: list[Key], degree: dict[Key, int]) -> Iterable[list[Key]]:
    """``keys`` in runs of at most ``CHUNK_ROWS`` relationships (a node with more is a run of its own)."""
    chunk: list[Key] = []
    rows = 0
    for key in keys:
        if chunk and rows + degree[key] > CHUNK_ROWS:
            yield chunk
            chunk, rows = [], 0
        chunk.append(key)
        rows += degree[key]
    if chunk:
        yield chunk


def _step(store: GraphStore, keys: list[Key]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for label, ids in _by_label(keys).items():
        for row in run(store, "connection_step", ids=ids, label=label, top=STEP_TOP).rows:
            rows.append({**row, "source": (label, row["source"])})
    return rows


def _adopt(side: _Side, rows: list[dict[str, Any]], degree: dict[Key, int]) -> list[Key]:
    """The nodes of ``rows`` this side had not reached, each given its parent (the first by key)."""
    fresh: list[Key] = []
    for row in sorted(rows, key=lambda r: (r["source"], r["label"] or "", r["id"] or "")):
        if row["id"] is None:
            continue
        key = (str(row["label"]), str(row["id"]))
        if key not in side.parent:
            side.parent[key] = row["source"]
            degree[key] = int(row["degree"] or 0)
            fresh.append(key)
    return fresh


def _path_keys(a: _Side, b: _Side, meet: Key) -> list[Key]:
    return list(reversed(a.chain(meet))) + b.chain(meet)[1:]


def _draw(store: GraphStore, keys: list[Key], degree: dict[Key, int]) -> list[dict[str, Any]]:
    """The path through ``keys`` with its nodes and relationships as the store gives them."""
    nodes: list[dict[str, Any]] = []
    rels: list[dict[str, Any]] = []
    for u, v in pairwise(keys):
        # read the link from its end with fewer relationships (a hub's list is long)
        near, far = (u, v) if degree.get(u, 0) <= degree.get(v, 0) else (v, u)
        found = run(store, "connection_link", node=near[1], other=far[1], label=near[0]).rows
        if not found:  # the graph changed under the search
            return []
        row = found[0]
        first, second = (row["node"], row["neighbour"]) if near == u else (row["neighbour"], row["node"])
        if not nodes:
            nodes.append(first)
        nodes.append(second)
        rels.append(row["rel"])
    return [{"path": {"nodes": nodes, "rels": rels}}]
