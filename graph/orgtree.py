"""Walking the organisation tree (``PART_OF``) a level at a time, for the stored roll-ups.

The roll-ups (``graph.rollups``, ``graph.conferrals``) need, for a set of units, every unit below
them and every unit above each of them, as ``PART_OF*0..MAX_ORG_DEPTH`` would reach.  A variable
length pattern over a whole group is slow in ladybug, so the walks read one level per query, a
chunk of ids at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from graph.queries import MAX_ORG_DEPTH
from graph.store import GraphStore

BULK = 20_000  # ids per UNWIND
TIMEOUT_S = 3600.0

PARENTS = """
UNWIND $orgs AS x
MATCH (o:Organization {id: x})-[:PART_OF]->(up:Organization)
RETURN DISTINCT o.id AS src, up.id AS dst
"""
CHILDREN = """
UNWIND $orgs AS x
MATCH (o:Organization {id: x})<-[:PART_OF]-(down:Organization)
RETURN DISTINCT down.id AS id
"""


def read_chunked(
    store: GraphStore, cypher: str, key: str, ids: Iterable[str], size: int = BULK, **params: Any
) -> list[dict[str, Any]]:
    """``cypher`` over these ids (``$key``, sorted), ``size`` at a time, the rows of every chunk."""
    todo = sorted(set(ids))
    out: list[dict[str, Any]] = []
    for i in range(0, len(todo), size):
        out += store.read(cypher, {key: todo[i : i + size], **params}, timeout_s=TIMEOUT_S).rows
    return out


def below(store: GraphStore, org_ids: Iterable[str], depth: int = MAX_ORG_DEPTH) -> set[str]:
    """These organisations and every organisation below them, up to ``depth`` steps."""
    seen = frontier = set(org_ids)
    for _ in range(depth):
        frontier = {str(r["id"]) for r in read_chunked(store, CHILDREN, "orgs", frontier) if r["id"]} - seen
        seen = seen | frontier
    return seen


def up(store: GraphStore, org_ids: Iterable[str]) -> dict[str, set[str]]:
    """Each of these units with every unit above it (itself included), up to ``MAX_ORG_DEPTH`` steps."""
    org_ids = set(org_ids)
    parents: dict[str, set[str]] = defaultdict(set)
    seen, frontier = set(org_ids), set(org_ids)
    for _ in range(MAX_ORG_DEPTH):
        if not frontier:
            break
        for r in read_chunked(store, PARENTS, "orgs", frontier):
            parents[r["src"]].add(r["dst"])
        frontier = {u for o in frontier for u in parents.get(o, ())} - seen
        seen |= frontier
    out: dict[str, set[str]] = {}
    for o in org_ids:
        reach, level = {o}, {o}
        for _ in range(MAX_ORG_DEPTH):
            level = {u for x in level for u in parents.get(x, ())} - reach
            if not level:
                break
            reach |= level
        out[o] = reach
    return out
