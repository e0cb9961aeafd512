"""Honour rolls and the other reports a union publicity office writes, as plain data.

The query side only: which lines a roll holds, in which order, with which counts.
Turning a roll into XLSX, DOCX, CSV or JSON is ``ui.roll_files`` (the UI and the CLI
both use it), so graph/ stays free of file-format libraries.

A roll is built from the rows of the ``honour_roll`` named query (``build_roll``), so a
page that runs the query through its own cache gets exactly what ``laomo report roll``
writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph import queries
from graph.errors import InputError
from graph.ranks import RankFilter, rank_props, ranks
from graph.rollups import refresh_rollups
from graph.store import Batch, GraphStore

UNRANKED = "未定级"

# The columns of a roll as files show them: key of ``roll_table`` rows → Chinese header.
ROLL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "姓名"),
    ("units", "单位"),
    ("honour", "荣誉"),
    ("rank", "级别"),
    ("year", "年份"),
    ("edition", "届次"),
    ("conferred_by", "授予单位"),
    ("raw", "原文"),
    ("document", "来源文献"),
    ("date", "文献日期"),
    ("sentence", "依据原句"),
)


@dataclass(frozen=True)
class Source:
    """The document a roll line comes from and the sentence that states it."""

    doc: str
    title: str | None
    date: str | None
    sentence: str | None


@dataclass(frozen=True)
class RollLine:
    """One award on a roll: who, where, what, when, by whom, and where it was read."""

    person_id: str
    name: str
    units: tuple[str, ...]
    honour: str
    rank: str | None
    rank_order: int
    level: str | None
    year: int | None
    edition: str | None
    raw: str | None
    conferred_by: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass
class Roll:
    """An organisation's honour roll with the filters that made it."""

    org_id: str
    org_name: str
    year_from: int = 0
    year_to: int = 0
    rank_filter: str = ""
    lines: list[RollLine] = field(default_factory=list)
    made_on: str = field(default_factory=lambda: dt.date.today().isoformat())

    @property
    def title(self) -> str:
        """The roll's heading, e.g. 焦煤集团荣誉名册（2015—2023年，省部级及以上）."""
        bits = []
        if self.year_from or self.year_to:
            bits.append(f"{self.year_from or ''}—{self.year_to or ''}年")
        if self.rank_filter:
            bits.append(self.rank_filter)
        return f"{self.org_name}荣誉名册" + (f"（{'，'.join(bits)}）" if bits else "")

    def by_rank(self) -> dict[str, list[RollLine]]:
        """Lines grouped by rank, highest first; lines of unknown rank under 未定级, last."""
        out: dict[str, list[RollLine]] = {r: [] for r in ranks()}
        out[UNRANKED] = []
        for line in self.lines:
            out[line.rank or UNRANKED].append(line)
        return {k: v for k, v in out.items() if v}

    def summary(self) -> list[dict[str, Any]]:
        """Per rank (highest first): people whose highest award on the roll is of that rank,
        people holding any award of it, and awards; then a 合计 row.

        "How many 省部级及以上 does the unit have" is the sum of ``people_highest`` over those ranks.
        """
        highest: dict[str, int] = {}
        for line in self.lines:
            highest[line.person_id] = max(highest.get(line.person_id, -1), line.rank_order)
        out = []
        for rank, lines in self.by_rank().items():
            order = lines[0].rank_order
            out.append(
                {
                    "rank": rank,
                    "people_highest": sum(1 for o in highest.values() if o == order),
                    "people": len({line.person_id for line in lines}),
                    "awards": len(lines),
                }
            )
        out.append({"rank": "合计", "people_highest": len(highest), "people": len(highest), "awards": len(self.lines)})
        return out


def _source(item: Sequence[Any]) -> Source | None:
    doc, title, date, sentence = (list(item) + [None] * 4)[:4]
    return Source(str(doc), title, date, sentence) if doc else None


def build_roll(
    rows: Iterable[dict[str, Any]],
    *,
    org_id: str,
    org_name: str,
    year_from: int = 0,
    year_to: int = 0,
    rank_filter: str = "",
    redact: Callable[[str | None], str | None] | None = None,
) -> Roll:
    """A roll from the rows of the ``honour_roll`` named query (already in roll order).

    ``redact`` (reader mode) is applied to evidence sentences and raw phrases.
    """
    keep = redact or (lambda s: s)
    lines = []
    for r in rows:
        sources = tuple(
            sorted(
                (
                    Source(s.doc, s.title, s.date, keep(s.sentence))
                    for s in (_source(x) for x in r.get("sources") or [])
                    if s
                ),
                key=lambda s: (s.date or "", s.doc),
            )
        )
        lines.append(
            RollLine(
                person_id=r["person_id"],
                name=r["name"],
                units=tuple(sorted(r.get("units") or [])),
                honour=r["honour"],
                rank=r.get("rank"),
                rank_order=int(r.get("rank_order") or 0),
                level=r.get("level"),
                year=r.get("year"),
                edition=r.get("edition"),
                raw=keep(r.get("raw")),
                conferred_by=tuple(sorted(r.get("conferred_by") or [])),
                sources=sources,
            )
        )
    return Roll(org_id, org_name, year_from, year_to, rank_filter, lines)


def roll_params(year_from: int = 0, year_to: int = 0, rank: str = "") -> dict[str, Any]:
    """The ``honour_roll`` parameters for a year range and a rank filter text (省部级及以上).

    >>> roll_params(2015, 2023, "省部级及以上")
    {'year_from': 2015, 'year_to': 2023, 'min_rank': 5, 'max_rank': 99}
    """
    if year_from and year_to and year_from > year_to:
        raise InputError(f"--from {year_from} is after --to {year_to}", field="--from")
    return {"year_from": year_from, "year_to": year_to, **RankFilter.parse(rank).params()}


def find_org(store: GraphStore, text: str) -> tuple[str, str]:
    """(id, name) of the organisation with this id, name or alias; InputError when none or several."""
    text = text.strip()
    found = store.read("MATCH (o:Organization {id: $id}) RETURN o.id AS id, o.name AS name", {"id": text}).rows
    if not found:
        found = queries.run(store, "org_by_name", name=text).rows
    if not found:
        raise InputError(f"no organisation named {text!r} (give its name, an alias or its id)", field="--org")
    if len(found) > 1:
        listed = "; ".join(f"{r['id']} {r['name']}" for r in found)
        raise InputError(f"{len(found)} organisations are named {text!r}: {listed}; give the id", field="--org")
    return str(found[0]["id"]), str(found[0]["name"])


def honour_roll(store: GraphStore, org: str, *, year_from: int = 0, year_to: int = 0, rank: str = "") -> Roll:
    """The honour roll of an organisation (id, name or alias) and its sub-units."""
    org_id, org_name = find_org(store, org)
    params = roll_params(year_from, year_to, rank)
    rows = queries.run(store, "honour_roll", org=org_id, **params).rows
    return build_roll(
        rows, org_id=org_id, org_name=org_name, year_from=year_from, year_to=year_to, rank_filter=rank.strip()
    )


def roll_table(roll: Roll) -> list[dict[str, Any]]:
    """The roll as flat rows keyed as ``ROLL_COLUMNS``: lists joined with 、, one source per line
    (the earliest document; the others follow in the same cell, separated by ；)."""
    out = []
    for line in roll.lines:
        out.append(
            {
                "name": line.name,
                "units": "、".join(line.units),
                "honour": line.honour,
                "rank": line.rank or UNRANKED,
                "year": line.year,
                "edition": line.edition or "",
                "conferred_by": "、".join(line.conferred_by),
                "raw": line.raw or "",
                "document": "；".join(s.title or s.doc for s in line.sources),
                "date": "；".join(s.date or "" for s in line.sources),
                "sentence": "；".join(s.sentence or "" for s in line.sources),
            }
        )
    return out


def anniversary(today: dt.date, years_ago: int) -> dict[str, Any]:
    """The ``on_this_day`` parameters for ``years_ago`` years before ``today``'s month.

    >>> anniversary(dt.date(2025, 5, 1), 10)
    {'year': 2015, 'month': '2015-05'}
    """
    year = today.year - years_ago
    return {"year": year, "month": f"{year:04d}-{today.month:02d}"}


def refresh_ranks(store: GraphStore) -> int:
    """Re-derive ``rank``/``rank_order`` of every honour series from the rank rules (after
    data/dictionaries/honour_ranks.yaml changed), using every body its awards name as
    conferrer, then recompute the roll-up counts (``graph.rollups``); returns how many series
    changed rank."""
    found = store.read(
        """
MATCH (h:Honor)
OPTIONAL MATCH (h)<-[:OF_HONOR]-(:Award)-[:CONFERRED_BY]->(c:Organization)
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank,
       h.rank_order AS rank_order, collect(DISTINCT c.name) AS conferrers
"""
    ).rows
    changed = []
    for r in found:
        props = rank_props(r["name"] or "", r["level"], r["category"], sorted(r["conferrers"] or []))
        if (props["rank"], props["rank_order"]) != (r["rank"], r["rank_order"]):
            changed.append({"id": r["id"], **props})
    if changed:
        store.write(
            [
                Batch(
                    "UNWIND $rows AS r MATCH (h:Honor {id: r.id}) SET h.rank = r.rank, h.rank_order = r.rank_order",
                    changed,
                )
            ]
        )
    # who counts as 省部级及以上 may have changed; this also fills the roll-ups of a store made
    # before they existed (graph.rollups)
    refresh_rollups(store)
    return len(changed)
