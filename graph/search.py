"""Chinese search without the store's full-text extension: spellings, the name index, queries.

ladybug's ``fts`` extension downloads from the internet, so search is built from plain
properties and nodes that both stores index:

* every searchable node carries a ``search`` string — its names and aliases in the written
  and simplified script, full pinyin and pinyin initials, lower-cased and joined by ``|`` —
  which honours and organisations are matched against with CONTAINS;
* people, of whom there may be a million, are found through the **name index**: one
  ``NameKey`` node per spelling (the simplified name or alias, its full pinyin, its
  initials) with a ``KEY_OF`` edge to every person it names.  A key's id is its primary
  key, so ``张伟`` is a hash lookup and its namesakes an adjacency list on ladybug (which has
  no secondary indexes), and a uniqueness-constraint lookup on Neo4j (prefix and contains
  scan the keys: a few hundred thousand short strings at a million people, a TEXT index on
  Neo4j).  ``name_key_rows`` derives the index from Person rows, and every write path adds
  it: ``loaders.graph_rows.profile_rows`` (``laomo load``), ``graph.writer.batches_for``
  (dumps, merges), ``graph.bulk.bulk_tables`` and ``graph.bulk_stream`` (generated graphs);
  merges move a person's keys with its other edges, removals drop keys left naming nobody
  (``unused_keys_batch``), and ``index_people`` indexes a store written before the index.

>>> search_text(["張偉"])
'張偉|张伟|zhangwei|zw'
>>> name_keys("张伟", ["張偉"])
[('张伟', 'name'), ('zhangwei', 'pinyin'), ('zw', 'initials')]

A query is a name, then at most three words that narrow by organisation (any level of the
chain 队 → 矿 → 集团):

>>> parse_people_query("張偉  九里山,焦煤")
PeopleQuery(name='张伟', terms=('九里山', '焦煤'), ignored=())

Matches rank in classes (``MATCH_CLASSES``): the exact name or alias; the whole name's pinyin
or initials (``zw`` → 张伟, 赵伟, 周伟); a name, pinyin or initials that starts with the query;
one that contains it.  Within a class people follow their name's pinyin, then the characters
(homophones apart), then the id, so paging is stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graph.hanzi import to_simplified
from graph.store import Batch, GraphStore

MAX_TERMS = 3
# The match classes the people search returns (``match`` column), best first.
MATCH_CLASSES = ("exact", "pinyin", "prefix", "contains")
_WORDS = re.compile(r"[\s,，、;；|]+")


@lru_cache(maxsize=65536)  # a load builds rows more than once and names repeat: pypinyin is the slow part
def _pinyin(text: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin

    full = "".join(lazy_pinyin(text, errors="ignore"))
    initials = "".join(s[0] for s in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore") if s)
    return full.lower(), initials.lower()


def search_text(names: Iterable[str | None]) -> str:
    """All the spellings a user might type for these names, for CONTAINS search."""
    keys: list[str] = []
    for name in names:
        if not name:
            continue
        simple = to_simplified(name)
        full, initials = _pinyin(simple)
        for key in (name.lower(), simple.lower(), full, initials):
            if key and key not in keys:
                keys.append(key)
    return "|".join(keys)


def normalise_query(query: str) -> str:
    """A user's query in the index's spelling: simplified, lower case, no spaces."""
    return to_simplified(query.strip()).lower().replace(" ", "")


# --- the name index -------------------------------------------------------------------
@lru_cache(maxsize=65536)
def _keys(name: str, aliases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    keys: dict[str, str] = {}
    for i, written in enumerate((name, *aliases)):
        simple = normalise_query(written or "")
        if not simple:
            continue
        full, initials = _pinyin(simple)
        for key, kind in ((simple, "name" if i == 0 else "alias"), (full, "pinyin"), (initials, "initials")):
            if key and key not in keys:
                keys[key] = kind
    return tuple(keys.items())


def name_keys(name: str, aliases: Sequence[str] = ()) -> list[tuple[str, str]]:
    """The index keys of a person: (spelling, kind) for the name and each alias, first kind wins."""
    return list(_keys(name, tuple(a for a in aliases if a)))


def sort_key(name: str) -> str:
    """The order of equal matches: pinyin, then the characters (homophones apart).

    >>> sorted(["周伟", "张伟", "赵伟"], key=sort_key)
    ['张伟', '赵伟', '周伟']
    """
    simple = normalise_query(name)
    return f"{_pinyin(simple)[0]}\t{simple}"


def name_key_rows(
    people: Iterable[Mapping[str, Any]],
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """NameKey nodes (by id) and KEY_OF rows, in graph-row shape, for Person rows (id, name, aliases)."""
    nodes: dict[str, dict[str, Any]] = {}
    rels: list[dict[str, Any]] = []
    for person in people:
        name = person.get("name")
        if not name:
            continue
        order = sort_key(name)
        for key, kind in name_keys(name, person.get("aliases") or ()):
            nodes[key] = {"id": key}
            rels.append(
                {
                    "src": key,
                    "dst": person["id"],
                    "src_label": "NameKey",
                    "dst_label": "Person",
                    "kind": kind,
                    "sort": order,
                }
            )
    return nodes, rels


def with_name_keys(nodes: Mapping[str, Any], rels: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Graph rows (label → id → row; type → rows) plus the name index of their Person rows.

    The write paths call this (``graph.writer.batches_for``, ``graph.bulk.bulk_tables``), so
    the index is written wherever people are.
    """
    people = nodes.get("Person") or {}
    key_nodes, key_rels = name_key_rows(people.values())
    if not key_rels:
        return dict(nodes), dict(rels)
    out_nodes = {**nodes, "NameKey": {**(nodes.get("NameKey") or {}), **key_nodes}}
    out_rels = {**rels, "KEY_OF": [*(rels.get("KEY_OF") or []), *key_rels]}
    return out_nodes, out_rels


def index_people(store: GraphStore, *, chunk: int = 20_000) -> int:
    """Write the name index of every person already in ``store``; returns the people indexed.

    For a store written before the index existed (its people are not found by the people
    search until then); idempotent, so also a repair.  Loads keep the index themselves.
    """
    from graph.writer import batches_for

    done, after = 0, ""
    while True:
        people = store.read(
            "MATCH (p:Person) WHERE p.id > $after RETURN p.id AS id, p.name AS name, p.aliases AS aliases "
            "ORDER BY id LIMIT $n",
            {"after": after, "n": chunk},
            timeout_s=600,
        ).rows
        if not people:
            return done
        key_nodes, key_rels = name_key_rows(people)
        store.write(batches_for({"NameKey": key_nodes}, {"KEY_OF": key_rels}))
        done += len(people)
        after = people[-1]["id"]


def unused_keys_batch() -> Batch:
    """A write batch that deletes name keys left naming nobody (after people were deleted)."""
    return Batch(
        "UNWIND $rows AS r MATCH (k:NameKey) WHERE NOT EXISTS { MATCH (k)-[:KEY_OF]->(:Person) } DELETE k",
        [{"after": "people deleted"}],
    )


# --- queries ------------------------------------------------------------------------
@dataclass(frozen=True)
class PeopleQuery:
    """What a reader typed into a people search: a name, then organisation words."""

    name: str
    terms: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()  # organisation words beyond MAX_TERMS

    @staticmethod
    def ranked(rank: Mapping[str, int] | None) -> bool:
        """True when ``rank`` (``min_rank``/``max_rank``) filters anything out."""
        return bool(rank and (rank.get("min_rank", 0) > 0 or rank.get("max_rank", 99) < 99))

    def params(self, rank: Mapping[str, int] | None = None) -> dict[str, Any]:
        """The parameters of the total and page queries (paging is added by the caller).

        >>> parse_people_query("张伟 九里山").params()
        {'q': '张伟', 't1': '九里山', 't2': '', 't3': ''}
        >>> parse_people_query("张伟").params({"min_rank": 5, "max_rank": 99})
        {'q': '张伟', 't1': '', 't2': '', 't3': '', 'min_rank': 5, 'max_rank': 99}
        """
        if not self.terms and not self.ranked(rank):
            return {"q": self.name}
        padded = (*self.terms, "", "", "")[:MAX_TERMS]
        words = {"q": self.name, **{f"t{i + 1}": t for i, t in enumerate(padded)}}
        return {**words, "min_rank": 0, "max_rank": 99, **(rank or {})} if self.ranked(rank) else words

    def named_queries(self, rank: Mapping[str, int] | None = None) -> tuple[str, str]:
        """(page query, total query) in graph.queries for this search: plain, by unit, or by rank too."""
        if self.ranked(rank):
            return "people_search_ranked", "people_search_ranked_total"
        if self.terms:
            return "people_search_at", "people_search_at_total"
        return "people_search", "people_search_total"


def exact_people(totals: Iterable[Mapping[str, Any]]) -> int:
    """People the query's whole spelling finds (classes "exact" and "pinyin"), from
    ``people_search_total`` rows: every other match ranks after them, so a page within them
    is read from that one name key (``people_search``'s ``exact`` parameter).

    >>> exact_people([{"match": 0, "people": 9930}, {"match": 2, "people": 761}])
    9930
    """
    return sum(int(r["people"]) for r in totals if int(r["match"]) <= MATCH_CLASSES.index("pinyin"))


def parse_people_query(text: str) -> PeopleQuery:
    """Words apart by spaces or commas: the first is the name, up to three more narrow by unit."""
    words = [w for w in (normalise_query(p) for p in _WORDS.split(text or "")) if w]
    if not words:
        return PeopleQuery("")
    rest = tuple(dict.fromkeys(words[1:]))
    return PeopleQuery(words[0], rest[:MAX_TERMS], rest[MAX_TERMS:])


def unit_path(names_by_distance: Iterable[tuple[str | None, int | None]]) -> str:
    """An organisation chain, top first: 焦煤集团 › 九里山矿 › 机电运转队.

    >>> unit_path([("机电运转队", 0), ("焦煤集团", 2), ("九里山矿", 1)])
    '焦煤集团 › 九里山矿 › 机电运转队'
    """
    seen: dict[str, int] = {}
    for name, distance in names_by_distance:
        if name and (name not in seen or (distance or 0) < seen[name]):
            seen[name] = distance or 0
    return " › ".join(sorted(seen, key=lambda n: -seen[n]))


def people_cards(rows: Iterable[Mapping[str, Any]], ids: Sequence[str]) -> list[dict[str, Any]]:
    """``people_cards`` rows in the order of ``ids``: units as chains, honours by year."""
    by_id = {r["id"]: r for r in rows}
    out: list[dict[str, Any]] = []
    for pid in ids:
        r = by_id.get(pid)
        if r is None:
            continue
        units = []
        for u in r.get("units") or []:
            if not u or not u.get("name"):
                continue
            chain = [(up.get("name"), up.get("d")) for up in (u.get("ups") or []) if up and up.get("name")]
            units.append(unit_path([(u["name"], 0), *chain]))
        honours = sorted(
            (h for h in (r.get("honours") or []) if h and h.get("honour")),
            key=lambda h: (h.get("year") is None, h.get("year") or 0, h["honour"]),
        )
        out.append({**r, "units": sorted(set(units)), "honours": honours})
    return out
