"""Honour ranks: how union records and benefit rules treat the holders of an honour series.

An Honor's ``level`` (国家/省/市/县/行业/企业) says who names the series; its ``rank``
(国家级/省部级/地市级/县级/行业/企业) says how it counts for treatment and for the
questions publicity offices are asked ("how many 省部级及以上劳模 …").  The two differ
where equivalences apply: 全国五一劳动奖章 is treated as 省部级, a 国务院 conferral is
national whatever the title says.  The rules are data (data/dictionaries/honour_ranks.yaml,
each with its source); this module is the one function that applies them, used by the
loader (loaders.graph_rows), the generator (bench.generate) and ``laomo report ranks``.

``rank_order`` is stored next to ``rank`` so "省部级及以上" is a comparison in Cypher
(``h.rank_order >= 5``); 0 means the rank is unknown.

>>> honour_rank("全国五一劳动奖章", "国家", "五一劳动奖章", ["中华全国总工会"])
'省部级'
>>> honour_rank("焦作工匠", "市", "工匠", ["焦作市总工会"])
'地市级'
>>> RankFilter.parse("省部级及以上").admits(rank_order("国家级")), RankFilter.parse("省部级及以上").admits(4)
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputError
from graph.schema import RANK_ORDERS

RANKS_FILE = Path(__file__).resolve().parents[1] / "data" / "dictionaries" / "honour_ranks.yaml"
AT_OR_ABOVE = "及以上"
_RULE_KEYS = {
    "series",
    "name_ends",
    "name_contains",
    "levels",
    "categories",
    "conferred_any",
    "conferred_all",
    "conferred_only",
    "rank",
    "source",
}


@dataclass(frozen=True)
class RankRule:
    """One equivalence: every condition given must hold; ``source`` says where it comes from."""

    rank: str
    source: str
    series: tuple[str, ...] = ()
    name_ends: tuple[str, ...] = ()
    name_contains: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    conferred_any: tuple[str, ...] = ()
    conferred_all: tuple[str, ...] = ()
    conferred_only: tuple[str, ...] = ()

    def matches(self, name: str, level: str | None, category: str | None, conferrers: Sequence[str]) -> bool:
        if self.series and name not in self.series:
            return False
        if self.name_ends and not name.endswith(self.name_ends):
            return False
        if self.name_contains and not any(w in name for w in self.name_contains):
            return False
        if self.levels and level not in self.levels:
            return False
        if self.categories and category not in self.categories:
            return False
        if self.conferred_any and not any(w in c for c in conferrers for w in self.conferred_any):
            return False
        if self.conferred_all and not all(any(w in c for c in conferrers) for w in self.conferred_all):
            return False
        only = self.conferred_only
        return not only or bool(conferrers and all(any(w in c for w in only) for c in conferrers))


@dataclass(frozen=True)
class RankTable:
    """The ranks (highest first) with their order, the level defaults and the rules, as the file states them."""

    orders: dict[str, int]
    labels_en: dict[str, str]
    at_or_above: tuple[str, ...]
    by_level: dict[str, str]
    rules: tuple[RankRule, ...]


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or []))


def read_table(path: Path = RANKS_FILE) -> RankTable:
    """The rank table in ``path``; InputError names the file and the rule that is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the honour rank rules: {exc}", file=str(path)) from exc
    orders = {str(r["rank"]): int(r["order"]) for r in data.get("ranks") or []}
    labels = {str(r["rank"]): str(r.get("label_en") or r["rank"]) for r in data.get("ranks") or []}
    rules = []
    for i, raw in enumerate(data.get("rules") or []):
        unknown = set(raw) - _RULE_KEYS
        if unknown or raw.get("rank") not in orders or not raw.get("source"):
            problem = f"unknown keys {sorted(unknown)}" if unknown else "needs a known rank and a source"
            raise InputError(f"rank rule {i + 1}: {problem}", file=str(path), row=i + 1, field="rules")
        rules.append(
            RankRule(
                rank=str(raw["rank"]),
                source=" ".join(str(raw["source"]).split()),
                **{k: _strings(raw.get(k)) for k in _RULE_KEYS - {"rank", "source"}},
            )
        )
    by_level = {str(k): str(v) for k, v in (data.get("by_level") or {}).items()}
    bad = [v for v in [*by_level.values(), *(data.get("at_or_above") or [])] if v not in orders]
    if bad:
        raise InputError(f"unknown ranks {bad}", file=str(path), field="by_level/at_or_above")
    return RankTable(orders, labels, _strings(data.get("at_or_above")), by_level, tuple(rules))


@lru_cache(maxsize=1)
def table() -> RankTable:
    """The project's rank table (data/dictionaries/honour_ranks.yaml), read once."""
    return read_table()


def ranks() -> tuple[str, ...]:
    """The ranks, highest first.

    >>> ranks()
    ('国家级', '省部级', '地市级', '县级', '行业', '企业')
    """
    orders = table().orders
    return tuple(sorted(orders, key=lambda r: -orders[r]))


def rank_order(rank: str | None) -> int:
    """The comparable order of a rank, 0 when unknown.

    >>> rank_order("国家级") > rank_order("省部级") > rank_order("企业") > rank_order(None)
    True
    """
    return table().orders.get(rank or "", 0)


def honour_rank(
    name: str, level: str | None, category: str | None = None, conferrers: Iterable[str] = ()
) -> str | None:
    """The rank of an honour series from its name, level, category and conferring bodies.

    The first rule of the table that matches decides; otherwise the level's default rank;
    None when neither says anything (a series of unknown level and no telling conferrer).

    >>> honour_rank("全国先进工作者", "国家")
    '国家级'
    >>> honour_rank("河南省五一劳动奖章", "省", "五一劳动奖章", ["河南省总工会"])
    '地市级'
    >>> honour_rank("优秀共产党员", None, None, ["中共河南省委"]), honour_rank("某某之星", None)
    ('省部级', None)
    """
    bodies = [c for c in conferrers if c]
    for rule in table().rules:
        if rule.matches(name, level, category, bodies):
            return rule.rank
    return table().by_level.get(level or "")


def rank_props(
    name: str, level: str | None, category: str | None = None, conferrers: Iterable[str] = ()
) -> dict[str, Any]:
    """``rank`` and ``rank_order`` as the Honor node stores them.

    An unknown rank is ``None`` in both (queries read a missing ``rank_order`` as 0): the
    writers keep a stored value over ``None``, so a later source that names no conferring body
    does not erase the rank an earlier one established.

    >>> rank_props("焦作工匠", "市")
    {'rank': '地市级', 'rank_order': 4}
    >>> rank_props("某某荣誉", None)
    {'rank': None, 'rank_order': None}
    """
    rank = honour_rank(name, level, category, conferrers)
    return {"rank": rank, "rank_order": rank_order(rank) if rank else None}


@dataclass(frozen=True)
class RankFilter:
    """A rank filter as the UI and the CLI offer it: everything, one rank, or "X及以上".

    ``low``/``high`` bound ``rank_order`` (inclusive); the named queries take them as
    ``min_rank``/``max_rank``.

    >>> RankFilter.parse("省部级及以上")
    RankFilter(text='省部级及以上', low=5, high=99)
    >>> RankFilter.parse("县级").params()
    {'min_rank': 3, 'max_rank': 3}
    """

    text: str = ""
    low: int = 0
    high: int = 99

    @classmethod
    def parse(cls, text: str | None) -> RankFilter:
        """'' (any rank), a rank (国家级), or a rank followed by 及以上; InputError otherwise."""
        text = (text or "").strip()
        if not text or text in ("全部", "all"):
            return cls()
        base = text.removesuffix(AT_OR_ABOVE)
        order = table().orders.get(base)
        if order is None or (text.endswith(AT_OR_ABOVE) and base not in table().at_or_above):
            raise InputError(f"unknown rank filter {text!r}; use one of {', '.join(choices()[1:])}", field="--rank")
        return cls(text, order, 99) if text.endswith(AT_OR_ABOVE) else cls(text, order, order)

    def admits(self, order: int | None) -> bool:
        """True when a rank of this order passes; unknown ranks pass only an empty filter."""
        if not self.text:
            return True
        return self.low <= (order or 0) <= self.high

    def params(self) -> dict[str, int]:
        return {"min_rank": self.low, "max_rank": self.high}


def choices() -> list[str]:
    """The filters offered: '' (all), the "X及以上" filters, then each rank alone.

    >>> choices()[:3]
    ['', '省部级及以上', '地市级及以上']
    """
    return ["", *(r + AT_OR_ABOVE for r in table().at_or_above), *ranks()]


def rank_case(order_expr: str) -> str:
    """Cypher turning a rank order back into the rank's name (both stores).

    >>> rank_case("x").startswith("CASE WHEN x = 6 THEN '国家级' WHEN x = 5 THEN '省部级'")
    True
    """
    ordered = sorted(table().orders.items(), key=lambda i: -i[1])
    whens = " ".join(f"WHEN {order_expr} = {o} THEN '{r}'" for r, o in ordered)
    return f"CASE {whens} ELSE NULL END"


# Per-rank counts stored on each organisation (graph.rollups: ``people_rank{r}``, ``awards_rank{r}``)
# are read in a named query as one list of numbers ``rank × RANK_SCALE + count``, which both
# stores' integer arithmetic takes apart again (lists are indexed from 1 in ladybug, 0 in Neo4j).
RANK_SCALE = 10**12


def rank_counts(node: str, prefix: str, orders: Iterable[int] = RANK_ORDERS) -> str:
    """Cypher for the list of an organisation's stored per-rank counts, as ``rank × RANK_SCALE + count``.

    >>> rank_counts("o", "people_rank", (6, 5))
    '[6 * 1000000000000 + coalesce(o.people_rank6, 0), 5 * 1000000000000 + coalesce(o.people_rank5, 0)]'
    """
    return "[" + ", ".join(f"{r} * {RANK_SCALE} + coalesce({node}.{prefix}{r}, 0)" for r in orders) + "]"


def stored_counts(node: str, prefix: str) -> str:
    """Cypher for an organisation's stored per-rank counts as a list indexed by rank order (0‥6).

    >>> stored_counts("o", "people_rank").startswith("[coalesce(o.people_rank0, 0), coalesce(o.people_rank1, 0)")
    True
    """
    return "[" + ", ".join(f"coalesce({node}.{prefix}{r}, 0)" for r in RANK_ORDERS) + "]"


def page_low(counts: Sequence[int | None] | None, min_rank: int, max_rank: int, skip: int, top: int) -> int:
    """The lowest rank a page reaches, from an organisation's stored per-rank counts (``stored_counts``).

    The same rule as ``page_low_rank`` computed by the page itself: rows sorted by rank (highest
    first) within ``min_rank``‥``max_rank``, a page of ``top`` from ``skip``; a rank whose rows start
    at or after ``skip + top`` is not reached.  A named query given it as ``low_rank`` reads only the
    people at or above it.  ``min_rank`` when no rank in the range has rows or nothing is counted.

    >>> page_low([0, 0, 0, 9000, 800, 60, 40], 0, 99, 0, 50)  # 40 国家级, 60 省部级
    5
    >>> page_low([0, 0, 0, 9000, 800, 60, 40], 0, 99, 100, 50), page_low(None, 3, 99, 0, 50)
    (4, 3)
    """
    if not counts:
        return min_rank
    rows = {r: (counts[r] or 0) if min_rank <= r <= max_rank and r < len(counts) else 0 for r in RANK_ORDERS}
    for r in RANK_ORDERS:  # lowest first, as the Cypher's CASE tries them
        if rows[r] > 0 and sum(rows[x] for x in RANK_ORDERS if x > r) < skip + top:
            return r
    return min_rank


def page_low_rank(node: str, prefix: str) -> str:
    """A Cypher expression: the lowest rank a page reaches.

    Rows sorted by rank (highest first) within ``$min_rank``‥``$max_rank``, a page of ``$top``
    from ``$skip``: a rank whose rows start at or after ``$skip + $top`` (the rows of the higher
    ranks, from the stored counts ``prefix{r}`` of the organisation ``node``, fill the page) is
    not reached, so the page needs only rows of that lowest rank and above.  Where no rank in
    the range has rows (or a store not yet counted holds none), it is ``$min_rank``.  One
    expression over the stored counts, no UNWIND or aggregation: ladybug then walks the
    organisation's people from the organisation itself.

    >>> page_low_rank("o", "people_rank").startswith("CASE WHEN CASE WHEN 0 >= $min_rank")
    True
    """
    rows = {
        r: f"CASE WHEN {r} >= $min_rank AND {r} <= $max_rank THEN coalesce({node}.{prefix}{r}, 0) ELSE 0 END"
        for r in RANK_ORDERS
    }
    whens = []
    for r in RANK_ORDERS:
        above = " + ".join(rows[x] for x in RANK_ORDERS if x > r) or "0"
        whens.append(f"WHEN {rows[r]} > 0 AND {above} < «int $skip» + «int $top» THEN {r}")
    return "CASE " + " ".join(whens) + " ELSE $min_rank END"
