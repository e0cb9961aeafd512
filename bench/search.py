"""``laomo bench search``: the people search as the overview page runs it, p50/p95 per kind of query.

One search is what a visitor's query costs the page: the total (``people_search_total`` or
``…_at_total``), the first page of 20 (``people_search`` / ``people_search_at``) and the cards of
that page (``people_cards``: units and honours), through ``graph.queries.run``.  The queries
are picked from the generated graph: its commonest name (the most namesakes), that name with
the 矿 or the 集团 of one of them, its pinyin initials, its traditional spelling, a surname
alone (every 张…), a given name (contained in many names) and a name nobody has.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph import queries
from graph.search import _pinyin, parse_people_query, people_cards
from graph.store import GraphStore

PAGE = 20
TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Case:
    label: str
    text: str


def _traditional(name: str) -> str:
    from opencc import OpenCC

    return str(OpenCC("s2t").convert(name))


def pick_cases(store: GraphStore) -> list[Case]:
    """The searches to time, chosen from what the store holds (deterministic for a graph)."""
    common = store.read(
        "MATCH (k:NameKey)-[r:KEY_OF]->(:Person) WHERE r.kind = 'name' "
        "RETURN k.id AS name, count(*) AS n ORDER BY n DESC, name LIMIT 1",
        timeout_s=600,
    ).rows[0]
    name = str(common["name"])
    first = queries.run(store, "people_search", q=name, top=1).rows
    card = people_cards(queries.run(store, "people_cards", ids=[first[0]["id"]]).rows, [first[0]["id"]])[0]
    chain = card["units"][0].split(" › ") if card["units"] else [""]
    top, middle = chain[0], chain[1] if len(chain) > 2 else chain[-1]
    return [
        Case(f"exact name, {common['n']} namesakes", name),
        Case("name + a middle unit", f"{name} {middle}"),
        Case("name + the top unit", f"{name} {top}"),
        Case("traditional spelling", _traditional(name)),
        Case("pinyin initials", _pinyin(name)[1]),
        Case("surname alone (prefix)", name[0]),
        Case("given name (contains)", name[1:]),
        Case("no match", "尉迟不存在"),
    ]


def search_once(store: GraphStore, text: str) -> tuple[int, int]:
    """Run one search as the overview page does: (people found, cards shown)."""
    pq = parse_people_query(text)
    page, total = pq.named_queries()
    found = sum(r["people"] for r in queries.run(store, total, timeout_s=TIMEOUT_S, **pq.params()).rows)
    hits = queries.run(store, page, timeout_s=TIMEOUT_S, **pq.params(), skip=0, top=PAGE).rows
    ids = [r["id"] for r in hits]
    cards = people_cards(queries.run(store, "people_cards", timeout_s=TIMEOUT_S, ids=ids).rows, ids) if ids else []
    return found, len(cards)


def time_cases(stores: Mapping[str, GraphStore], cases: list[Case], repeat: int) -> list[list[Any]]:
    """One table line per case: for each store p50 and p95 (ms) over ``repeat`` runs after a warm-up, and the count."""
    table = []
    for case in cases:
        line: list[Any] = [case.label, f"`{case.text}`"]
        for store in stores.values():
            found, _ = search_once(store, case.text)  # warm-up: plans cached, pages in memory
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                search_once(store, case.text)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            line += [f"{statistics.median(times):.0f}", f"{p95:.0f}", found]
        table.append(line)
    return table


def key_counts(store: GraphStore) -> dict[str, int]:
    """Size of the name index: keys and key → person edges."""
    out: dict[str, int] = defaultdict(int)
    out["keys"] = int(store.read("MATCH (k:NameKey) RETURN count(*) AS n").rows[0]["n"])
    out["edges"] = int(store.read("MATCH (:NameKey)-[r:KEY_OF]->(:Person) RETURN count(r) AS n").rows[0]["n"])
    return dict(out)
