"""The named-query registry: every question the UI, CLI and tests ask the graph.

Each query has a name, the question it answers (its docstring), default
parameters and Cypher that runs on both stores.  Where the dialects differ the
Cypher uses a macro (``«shortest p a b 8»``) that each store renders.  Every
variable-length pattern is bounded: ladybug can hang on an unbounded one.

Call them by name::

    run(store, "honour_timeline", person="p-…")
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from graph.errors import InputError
from graph.honour_years import EDITION_CODE, EDITION_DIGITS, EDITION_YEAR, YEAR_SCALE
from graph.ranks import RANK_SCALE, page_low_rank, rank_case, rank_counts, stored_counts
from graph.schema import FACT_LABELS, FACT_RELS, NODES, RANK_ORDERS, RELS, SEARCH_NODES, SEARCH_RELS
from graph.store import GraphStore, QueryResult

MAX_ORG_DEPTH = 6
# The node labels and relationship types ``counts`` and ``rel_counts`` count, each in turn: the
# model (facts, documents, review records), not the people-search index (schema.SEARCH_NODES:
# derived name keys, several per person, that a reader never sees as such).
NODE_LABELS = tuple(n.label for n in NODES if n not in SEARCH_NODES)
REL_TYPES = tuple(r.type for r in RELS if r not in SEARCH_RELS)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    cypher: str
    params: dict[str, Any] = field(default_factory=dict)
    title_zh: str = ""
    # Cypher for one node label, chosen by the ``label`` parameter (a label of graph.schema,
    # checked here; "" runs ``cypher``): ladybug finds a node by its key only in a query that
    # names the node's table.
    by_label: dict[str, str] = field(default_factory=dict)
    # Cypher for some parameter values, chosen by ``variant`` (a key of ``variants``, or "" for
    # ``cypher``): the same rows by a cheaper read where the values allow one (people_search_ranked).
    variants: dict[str, str] = field(default_factory=dict)
    variant: Callable[[dict[str, Any]], str] | None = None

    def cypher_for(self, params: dict[str, Any]) -> str:
        """The Cypher to run with these parameters; InputError for a label it has no query for."""
        chosen = self.variant(params) if self.variant else ""
        if chosen:
            return self.variants[chosen]
        label = params.get("label") or ""
        if not self.by_label or not label:
            return self.cypher
        if label not in self.by_label:
            raise InputError(f"query {self.name!r} takes a label among {sorted(self.by_label)}, not {label!r}")
        return self.by_label[label]

    @property
    def whole_graph(self) -> bool:
        """True for aggregates over the whole graph (no node id among the parameters).

        Their answers change only when something is loaded, so a UI may cache them
        until the next load; they are also the slowest queries on a large graph.
        """
        return not (set(self.params) & {"person", "honor", "org", "node", "source", "target", "q", "name", "ids"})


REGISTRY: dict[str, NamedQuery] = {}


def _q(qname: str, title_zh: str, question: str, cypher: str, /, **params: Any) -> NamedQuery:
    nq = NamedQuery(qname, question.strip(), cypher.strip(), params, title_zh)
    REGISTRY[qname] = nq
    return nq


def get(name: str) -> NamedQuery:
    try:
        return REGISTRY[name]
    except KeyError as exc:
        raise InputError(f"no named query {name!r}; known: {', '.join(sorted(REGISTRY))}") from exc


def run(
    store: GraphStore, name: str, /, *, limit: int | None = None, timeout_s: float | None = None, **params: Any
) -> QueryResult:
    """Run a named query with its defaults overridden by ``params``."""
    nq = get(name)
    unknown = set(params) - set(nq.params)
    if unknown:
        raise InputError(f"query {name!r} takes {sorted(nq.params)}, not {sorted(unknown)}")
    given = {**nq.params, **params}
    return store.read(nq.cypher_for(given), given, limit=limit, timeout_s=timeout_s)


# --- counts and overview ----------------------------------------------------
_q(
    "counts",
    "数量统计",
    """How many nodes of each label does the graph hold (labels with none left out; the
people-search index's name keys are not counted)?  One count per label (UNION ALL, in label
order; Neo4j answers each from its count store), not a scan of every node grouped by its label
(0.85 s on Neo4j at a million people).""",
    " UNION ALL ".join(
        f"MATCH (n:{label}) WITH count(n) AS c WHERE c > 0 RETURN '{label}' AS label, c AS count"
        for label in sorted(NODE_LABELS)
    ),
)

_q(
    "rel_counts",
    "关系统计",
    """How many relationships of each type does the graph hold (types with none left out; the
people-search index's KEY_OF edges are not counted)?  One count per type (UNION ALL, in type
order; Neo4j answers each from its count store), not a scan of every relationship grouped by its
type (1.4 s / 3.6 s at a million people).""",
    " UNION ALL ".join(
        f"MATCH ()-[r:{rel}]->() WITH count(r) AS c WHERE c > 0 RETURN '{rel}' AS type, c AS count"
        for rel in sorted(REL_TYPES)
    ),
)

_q(
    "honours_per_year",
    "历年荣誉",
    """How many awards were conferred in each year (dated awards only)?  Summed from each
series' stored awards per year (``Honor.year_awards``, kept by graph.honour_years with the
other roll-ups: ``year × 10,000,000 + count`` per year), not read award by award (that walk
took 0.05 s / 0.5 s at 100,000 people, 0.7 s / 8 s at a million, embedded / Neo4j).""",
    f"""
MATCH (h:Honor) WITH h.level AS level, h.year_awards AS years
UNWIND years AS s WITH level, «int s» AS x
WITH x / {YEAR_SCALE} AS year, level, x % {YEAR_SCALE} AS awards
RETURN year, level, «int sum(awards)» AS awards ORDER BY year, level
""",
)

_q(
    "top_organizations",
    "荣誉最多的单位",
    """Which organisations' people (including their sub-units' people) hold the most awards,
and how many of those people hold any award?  Read from the roll-up counts (graph.rollups:
``awards_total``, ``holders_total``), not by walking PART_OF*0..6 from every person (6.9 s /
10.6 s at a million people); ``org_top`` counts every person of the subtree, holders or not.""",
    """
MATCH (o:Organization) WHERE o.awards_total > 0
RETURN o.id AS id, o.name AS name, o.awards_total AS awards, o.holders_total AS people
ORDER BY awards DESC, name LIMIT $top
""",
    top=10,
)

_q(
    "search",
    "搜索",
    """Which people, honours and organisations match a name, alias, traditional or
simplified spelling or pinyin initials?  Same-name people come with their organisations.
A rank filter (``min_rank``/``max_rank`` on rank_order, see graph.ranks.RankFilter) keeps
people whose highest honour and honours whose own rank fall in it; organisations are not
ranked and stay listed.""",
    f"""
MATCH (n) WHERE «label n» IN ['Person', 'Honor', 'Organization'] AND n.search CONTAINS $q
OPTIONAL MATCH (n)-[:WORKS_AT]->(o:Organization)
WITH n, collect(DISTINCT o.name) AS organizations
OPTIONAL MATCH (n)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
WITH n, organizations, coalesce(max(h.rank_order), 0) AS held
WITH n, organizations, CASE WHEN «label n» = 'Honor' THEN coalesce(n.rank_order, 0) ELSE held END AS top
WHERE «label n» = 'Organization' OR (top >= $min_rank AND top <= $max_rank)
RETURN «label n» AS kind, n.id AS id, n.name AS name, organizations,
       CASE WHEN «label n» = 'Organization' THEN NULL ELSE {rank_case("top")} END AS rank
ORDER BY kind DESC, size(n.name), name LIMIT $top
""",
    q="",
    top=50,
    min_rank=0,
    max_rank=99,
)

# --- people search (graph.search: the NameKey index, match classes, paging) --------------
# A name key is found by CONTAINS over the keys (a few hundred thousand short strings at a
# million people), its people through KEY_OF; properties are read before the first WITH
# (ladybug re-scans a node table for properties of nodes carried through an aggregation).
# ladybug's ``'x' CONTAINS ''`` is false, hence ``$t = '' OR``; people_cards keeps ``pid`` in
# its WITHs (without it ladybug 0.22 fails: "Cannot evaluate expression with type VARIABLE").
# The tail of ``org_conferred`` (a page's series): each award's recipient, a page of rows in the
# list's order, and the units of the subtree each row came through.
_CONFERRED_ROWS = f"""OPTIONAL MATCH (p:Person)-[:RECEIVED]->(a)
WITH h, a, p WHERE p IS NOT NULL
WITH p, a, h ORDER BY h.name, CASE WHEN a.year IS NULL THEN 1 ELSE 0 END, a.year, p.name, a.id SKIP $skip LIMIT $top
OPTIONAL MATCH (a)-[:CONFERRED_BY]->(u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(:Organization {{id: $org}})
RETURN p.id AS person_id, p.name AS person, h.name AS honor, a.year AS year, a.edition AS edition,
       collect(DISTINCT u.name) AS via, a.id AS award
ORDER BY honor, CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, person, award
"""

_PEOPLE_MATCH = """
MATCH (k:NameKey) WHERE k.id CONTAINS $q
MATCH (k)-[r:KEY_OF]->(p:Person){more}
WITH p.id AS id, p.name AS name, min(r.sort) AS sort{collected},
     min(CASE WHEN k.id = $q AND (r.kind = 'name' OR r.kind = 'alias') THEN 0 WHEN k.id = $q THEN 1
              WHEN k.id STARTS WITH $q THEN 2 ELSE 3 END) AS match
"""
_PLAIN = _PEOPLE_MATCH.format(more="", collected="")
# The total needs no property of the people: grouping on the node itself is ~1.5× faster.
_PLAIN_TOTAL = """
MATCH (k:NameKey) WHERE k.id CONTAINS $q
MATCH (k)-[r:KEY_OF]->(p:Person)
WITH p, min(CASE WHEN k.id = $q AND (r.kind = 'name' OR r.kind = 'alias') THEN 0 WHEN k.id = $q THEN 1
                 WHEN k.id STARTS WITH $q THEN 2 ELSE 3 END) AS match
"""
_WORDS = """WITH id, name, sort, match, top, «joined chain» AS units
WHERE ($t1 = '' OR units CONTAINS $t1) AND ($t2 = '' OR units CONTAINS $t2) AND ($t3 = '' OR units CONTAINS $t3)
"""
_CHAIN = f"-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization)"
# By unit: the first word filters the chain's organisations inside the MATCH, so the planner
# starts from the few units it names (1.5 ms at 20,000 people, against 12 ms for walking every
# namesake's chain and joining it into a string); the others must name a unit on the same chain.
# Neo4j walks down from a large group to every person in it unless told to join the name side and
# the unit side on the person («joinon p»: 201 → 59 ms at 100,000 people for a group's 12,000 people).
_AT = f"""
MATCH (k:NameKey)-[r:KEY_OF]->(p:Person)-[:WORKS_AT]->(e:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization)
«joinon p»
WHERE k.id CONTAINS $q AND o.search CONTAINS $t1
  AND ($t2 = '' OR EXISTS {{ MATCH (e)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o2:Organization) WHERE o2.search CONTAINS $t2 }})
  AND ($t3 = '' OR EXISTS {{ MATCH (e)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o3:Organization) WHERE o3.search CONTAINS $t3 }})
WITH p.id AS id, p.name AS name, min(r.sort) AS sort,
     min(CASE WHEN k.id = $q AND (r.kind = 'name' OR r.kind = 'alias') THEN 0 WHEN k.id = $q THEN 1
              WHEN k.id STARTS WITH $q THEN 2 ELSE 3 END) AS match
"""
# By rank: each namesake's highest rank first (one row per person), the rank filter on it, and
# only then the unit chain of those left, so honours and chain units are not multiplied together.
_RANKED = (
    f"""
MATCH (k:NameKey) WHERE k.id CONTAINS $q
MATCH (k)-[r:KEY_OF]->(p:Person)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
WITH p, min(r.sort) AS sort, max(coalesce(h.rank_order, 0)) AS top,
     min(CASE WHEN k.id = $q AND (r.kind = 'name' OR r.kind = 'alias') THEN 0 WHEN k.id = $q THEN 1
              WHEN k.id STARTS WITH $q THEN 2 ELSE 3 END) AS match
WHERE top >= $min_rank AND top <= $max_rank
OPTIONAL MATCH (p){_CHAIN}
WITH p.id AS id, p.name AS name, sort, match, top, collect(coalesce(o.search, '')) AS chain
"""
    + _WORDS
)
# The same rows, read from each person's stored highest rank (``Person.top_rank``, graph.rollups:
# the highest rank_order among the series held, so a rank ≥ 1 is a person with such an award)
# instead of walking every namesake's awards, and without the unit chain when no word is given:
# 1M people, 张伟 省部级及以上 on ladybug, total 1.3 → 0.12 s, page 1.7 → 0.11 s (load 8–10).
# The rank filter comes after the grouping: filtered before it, ladybug starts from a scan of
# every Person for ``top_rank`` (166,067 of a million) and walks their KEY_OF edges back (0.9 s).
_RANKED_TAIL = """
WITH p.id AS id, p.name AS name, p.top_rank AS top, min(r.sort) AS sort,
     min(CASE WHEN k.id = $q AND (r.kind = 'name' OR r.kind = 'alias') THEN 0 WHEN k.id = $q THEN 1
              WHEN k.id STARTS WITH $q THEN 2 ELSE 3 END) AS match
WHERE top >= $min_rank AND top <= $max_rank
"""
_RANKED_PLAIN = "MATCH (k:NameKey) WHERE k.id CONTAINS $q\nMATCH (k)-[r:KEY_OF]->(p:Person)" + _RANKED_TAIL
# With words: found from the units the first word names, as in people_search_at, but every word
# may name a unit above any of the person's employers (as in ``_WORDS``: one joined chain).
_RANKED_AT = (
    f"""
MATCH (k:NameKey)-[r:KEY_OF]->(p:Person)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization)
«joinon p»
WHERE k.id CONTAINS $q AND o.search CONTAINS $t1
  AND ($t2 = '' OR EXISTS {{ MATCH (p)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o2:Organization)
                              WHERE o2.search CONTAINS $t2 }})
  AND ($t3 = '' OR EXISTS {{ MATCH (p)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o3:Organization)
                              WHERE o3.search CONTAINS $t3 }})"""
    + _RANKED_TAIL
)


def _ranked_variant(params: dict[str, Any]) -> str:
    """Which reading of people_search_ranked these parameters allow: "" (the walk) unless the
    filter starts at a rank (``min_rank`` ≥ 1: people without a ranked award fall out anyway),
    then "plain" without words, "at" with a first word."""
    if int(params.get("min_rank") or 0) < 1:
        return ""
    if params.get("t1"):
        return "at"
    return "" if params.get("t2") or params.get("t3") else "plain"


_PAGE = "RETURN id, name, match ORDER BY match, sort, id SKIP $skip LIMIT $top"
# The page when it lies within the people the query's whole spelling names (classes 0 and 1:
# ``exact``, their count in people_search_total, which every caller reads first): those people
# hang off one key found by its primary key, and every other match ranks after them, so the
# page is read from that key alone, without the CONTAINS scan of every key or the grouping of
# every person it finds (one KEY_OF per key and person: graph.writer MERGEs it), and names only
# for the page.  1M people, 张伟 (9,930 of the name, 761 more starting with it), first page:
# ladybug 47 → 14 ms, Neo4j 150 → 52 ms (load 7–9).
_PLAIN_EXACT = """
MATCH (:NameKey {id: $q})-[r:KEY_OF]->(p:Person)
WITH p.id AS id, r.sort AS sort, CASE WHEN r.kind = 'name' OR r.kind = 'alias' THEN 0 ELSE 1 END AS match
ORDER BY match, sort, id SKIP $skip LIMIT $top
MATCH (x:Person {id: id})
RETURN id, x.name AS name, match ORDER BY match, sort, id
"""


def _plain_variant(params: dict[str, Any]) -> str:
    """The ``exact`` variant when the page (``skip``, ``top``) lies within the ``exact`` people, else "" (the scan)."""
    return (
        "exact" if int(params.get("skip") or 0) + int(params.get("top") or 0) <= int(params.get("exact") or 0) else ""
    )


_TOTAL = "RETURN match, count(*) AS people ORDER BY match"
_MATCH_DOC = """Classes (``match``): 0 the exact name or an alias, 1 the whole name's pinyin or
initials (zw → 张伟), 2 a name, pinyin or initials starting with the query, 3 containing it;
equal matches in pinyin order of the name, then by characters, then by id."""
_WORDS_DOC = """Every word ``t1``‥``t3`` (``t1`` given, the others may be empty) names the person's
unit or a unit above it (张伟 + 九里山 finds the 张伟 of 焦煤集团九里山矿机电运转队)."""
_RANK_DOC = """The person's highest honour lies in ``min_rank``‥``max_rank`` (rank_order,
graph.ranks.RankFilter); words ``t1``‥``t3`` as in people_search_at."""

_q(
    "people_search",
    "人物搜索",
    f"""Which people does a name, pinyin or initials query find, best matches first, one page
at a time (``skip``, ``top``)?  {_MATCH_DOC}  ``exact``: how many people the whole spelling
finds (classes 0 and 1 of people_search_total, graph.search.exact_people); a page within them is
read from that name key alone (the same rows); 0, the default, always reads every matching key.""",
    _PLAIN + _PAGE,
    q="",
    exact=0,
    skip=0,
    top=20,
)
REGISTRY["people_search"] = replace(
    REGISTRY["people_search"], variants={"exact": _PLAIN_EXACT.strip()}, variant=_plain_variant
)

_q(
    "people_search_total",
    "人物搜索总数",
    "How many people does a name, pinyin or initials query find, per match class (see people_search)?",
    _PLAIN_TOTAL + _TOTAL,
    q="",
)

_q(
    "people_search_at",
    "按单位搜索人物",
    f"""Which people of this name work where the words say, one page at a time?  {_WORDS_DOC}
{_MATCH_DOC}""",
    _AT + _PAGE,
    q="",
    t1="",
    t2="",
    t3="",
    skip=0,
    top=20,
)

_q(
    "people_search_at_total",
    "按单位搜索人物总数",
    f"How many people of this name work where the words say, per match class?  {_WORDS_DOC}",
    _AT + _TOTAL,
    q="",
    t1="",
    t2="",
    t3="",
)

_q(
    "people_search_ranked",
    "按荣誉等级搜索人物",
    f"""Which people of this name hold honours of the rank asked (省部级及以上 …), one page at a
time?  {_RANK_DOC}  {_MATCH_DOC}""",
    _RANKED + _PAGE,
    q="",
    t1="",
    t2="",
    t3="",
    min_rank=0,
    max_rank=99,
    skip=0,
    top=20,
)

_q(
    "people_search_ranked_total",
    "按荣誉等级搜索人物总数",
    f"How many people of this name hold honours of the rank asked, per match class?  {_RANK_DOC}",
    _RANKED + _TOTAL,
    q="",
    t1="",
    t2="",
    t3="",
    min_rank=0,
    max_rank=99,
)

for _name, _tail in (("people_search_ranked", _PAGE), ("people_search_ranked_total", _TOTAL)):
    REGISTRY[_name] = replace(
        REGISTRY[_name],
        variants={"plain": (_RANKED_PLAIN + _tail).strip(), "at": (_RANKED_AT + _tail).strip()},
        variant=_ranked_variant,
    )

_q(
    "people_cards",
    "人物名片",
    """Where do these people (``ids``, a page of search results) work and what were they
honoured with: their units with the chain above each (``ups``: name and distance), and
every honour with its year and rank?""",
    f"""
UNWIND $ids AS pid
MATCH (p:Person {{id: pid}})
OPTIONAL MATCH (p)-[:WORKS_AT]->(e:Organization)
OPTIONAL MATCH path = (e)-[:PART_OF*1..{MAX_ORG_DEPTH}]->(up:Organization)
WITH pid, p, e, collect({{name: up.name, d: length(path)}}) AS ups
WITH pid, p, collect({{id: e.id, name: e.name, ups: ups}}) AS units
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
RETURN p.id AS id, p.name AS name, p.born AS born, units,
       collect({{honour: h.name, year: a.year, rank_order: h.rank_order, rank: h.rank}}) AS honours
""",
    ids=[],
)

_q(
    "search_honours_orgs",
    "搜索荣誉和单位",
    """Which honour series and organisations match a name, alias, traditional or simplified
spelling or pinyin initials (the shortest names first, ``top`` of each)?  Honours whose rank
lies outside ``min_rank``‥``max_rank`` are left out; organisations are not ranked.""",
    """
MATCH (n:Honor) WHERE n.search CONTAINS $q
      AND coalesce(n.rank_order, 0) >= $min_rank AND coalesce(n.rank_order, 0) <= $max_rank
RETURN 'Honor' AS kind, n.id AS id, n.name AS name, n.rank AS rank ORDER BY size(name), name LIMIT $top
UNION ALL
MATCH (n:Organization) WHERE n.search CONTAINS $q
RETURN 'Organization' AS kind, n.id AS id, n.name AS name, '' AS rank ORDER BY size(name), name LIMIT $top
""",
    q="",
    min_rank=0,
    max_rank=99,
    top=20,
)

# --- people -------------------------------------------------------------------
_q(
    "person_profile",
    "人物档案",
    "Who is this person: name, birth, gender, employers and positions?",
    """
MATCH (p:Person {id: $person})
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organization)
WITH DISTINCT p, o
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.gender AS gender, p.born AS born,
       p.native_place AS native_place, p.ethnicity AS ethnicity, p.summary AS summary,
       collect(o.name) AS employers, collect(o.id) AS employer_ids
""",
    person="",
)

_q(
    "person_positions",
    "职务",
    "Which posts has this person held, where and from when?",
    """
MATCH (p:Person {id: $person})-[:HELD]->(pos:Position)
OPTIONAL MATCH (pos)-[:AT]->(o:Organization)
RETURN pos.title AS title, o.id AS org_id, o.name AS org, pos.start_year AS start, pos.end_year AS end_year
ORDER BY CASE WHEN pos.start_year IS NULL THEN 1 ELSE 0 END, start, title
""",
    person="",
)

_q(
    "org_chain",
    "组织链",
    "Which organisations does this one belong to, nearest first (队 → 矿 → 集团)?",
    f"""
MATCH path = (o:Organization {{id: $org}})-[:PART_OF*1..{MAX_ORG_DEPTH}]->(up:Organization)
RETURN DISTINCT up.id AS id, up.name AS name, up.kind AS kind, length(path) AS distance
ORDER BY distance
""",
    org="",
)

_q(
    "honour_timeline",
    "荣誉时间线",
    """What honours did this person receive, in year order, with edition, level and
conferring bodies?  Dated awards first (by year), undated ones after (flag ``dated``).""",
    """
MATCH (p:Person {id: $person})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
OPTIONAL MATCH (a)-[:CONFERRED_BY]->(c:Organization)
RETURN a.id AS award, h.id AS honor_id, h.name AS honor, a.year AS year, a.edition AS edition, a.raw AS raw,
       h.level AS level, h.category AS category, h.rank AS rank, coalesce(h.rank_order, 0) AS rank_order,
       collect(DISTINCT c.name) AS conferred_by,
       a.year IS NOT NULL AS dated
ORDER BY CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, honor
""",
    person="",
)

_q(
    "person_works",
    "专利与标准",
    "Which patents, standards and projects is this person named in?",
    """
MATCH (p:Person {id: $person})-[r:INVENTED|DRAFTED|WORKED_ON]->(x)
RETURN DISTINCT «label x» AS kind, x.id AS id, x.title AS title, x.kind AS subtype,
       CASE WHEN «label x» = 'Standard' THEN x.code ELSE x.number END AS code
ORDER BY kind, title
""",
    person="",
)

_q(
    "person_patent_counts",
    "专利数量",
    "How many patents do sources report for this person, named or not?",
    """
MATCH (p:Person {id: $person})-[r:REPORTED_PATENTS]->(d:Document)
RETURN r.kind AS kind, r.count AS count, d.title AS document, r.sentence AS sentence ORDER BY count DESC
""",
    person="",
)

_q(
    "person_sources",
    "事实来源",
    "For each fact about this person, which document and sentence does it come from?",
    """
MATCH (p:Person {id: $person})
MATCH (p)-[:RECEIVED|HELD|INVENTED|DRAFTED|WORKED_ON]->(f)-[e:EVIDENCED_BY]->(d:Document)
RETURN «label f» AS kind, f.id AS fact, coalesce(f.raw, f.title) AS what,
       d.id AS doc, d.title AS document, d.date AS date, e.sentence AS sentence,
       e.span_start AS span_start, e.span_end AS span_end, e.confidence AS confidence
ORDER BY kind, what
""",
    person="",
)

# A person's cohorts: each (series, year, edition) they received, once however many of its awards
# they hold.  An undated award's cohort is the series' undated awards, as in its per-edition counts.
_CO_COHORTS = """
MATCH (p:Person {id: $person})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
WITH DISTINCT p, h, a.year AS year, a.edition AS edition"""
_q(
    "co_recipients",
    "同批获奖者",
    """Who received the same honour in the same year and edition as this person?  One line per
cohort (series, year, edition) and co-recipient: someone holding two awards of one edition (two
people merged into one) is one line, as in ``recipients_by_year_edition``'s counts; ordered by the
series' name, year (undated last), edition and name; one page at a time (``skip``, ``top``; total:
``co_recipients_count``).
A national series' cohort runs to tens of thousands of people at a million people; the lines were
one per pair of awards (the total counted them all, 483,587 db hits on Neo4j for the bench's
person at a million people).""",
    f"""
{_CO_COHORTS}
MATCH (h)<-[:OF_HONOR]-(b:Award)<-[:RECEIVED]-(other:Person)
WHERE other.id <> p.id AND (b.year = year OR (b.year IS NULL AND year IS NULL))
      AND (b.edition = edition OR (b.edition IS NULL AND edition IS NULL))
RETURN DISTINCT h.id AS honor_id, h.name AS honor, year, edition, other.id AS id, other.name AS name
ORDER BY honor, honor_id, CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, coalesce(edition, ''), name, id
SKIP $skip LIMIT $top
""",
    person="",
    skip=0,
    top=1_000_000,
)

_q(
    "co_recipients_count",
    "同批获奖者人次",
    """How many lines does this person's list of co-recipients hold (the total beside
``co_recipients``' pages): for each of the person's cohorts, the people who received it, less the
person?  Summed from the series' stored per-edition counts (``Honor.edition_recipients``,
graph.honour_years), not counted award by award (that read every award of each of the person's
series: 483,587 → 133 db hits on Neo4j for the bench's person at a million people).""",
    f"""
MATCH (p:Person {{id: $person}})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
WITH DISTINCT h, a.year AS year, a.edition AS edition
WITH h, (1 + CASE WHEN year IS NULL THEN 2 ELSE 0 END + CASE WHEN edition IS NULL THEN 1 ELSE 0 END)
        * {EDITION_CODE // EDITION_YEAR} + coalesce(year, 0) AS head, coalesce(edition, '') AS edition
UNWIND h.edition_recipients AS s
WITH head, edition, s, «int left(s,{EDITION_DIGITS})» AS x
WHERE x / {EDITION_YEAR} = head AND right(s, size(s) - {EDITION_DIGITS}) = edition
RETURN «int coalesce(sum(x%{EDITION_YEAR}-1),0)» AS total
""",
    person="",
)

_q(
    "ego_network",
    "关系网络",
    "Which nodes are within one step of this person (awards expanded to honours and conferrers)?",
    """
MATCH (p:Person {id: $person})-[r]->(x)
WHERE «label x» <> 'Document'
OPTIONAL MATCH (x)-[r2:OF_HONOR|CONFERRED_BY|AT|PART_OF]->(y)
RETURN p AS person, r AS rel, x AS node, r2 AS rel2, y AS node2 LIMIT $top
""",
    person="",
    top=300,
)

# --- honours ------------------------------------------------------------------
# The year key of an undated award in a list sorted by year (a conferral list, graph.conferrals; an
# honour's recipients, ui.recipients): after every dated one.
UNDATED_YEAR = 9999
# The awards ``co_recipient_network`` reads when no ``awards`` is given: as many as make at most
# its default ``top`` links (200 awards, 19,900 pairs if all were one cohort).  Without a bound the
# query paired every cohort of the series before sorting: 33.3 million pairs for 全国五一劳动奖章
# at a million people (5-13 s on ladybug; on Neo4j past its 2 GB transaction-memory cap).
NETWORK_TOP = 20_000
NETWORK_AWARDS = (1 + math.isqrt(1 + 8 * NETWORK_TOP)) // 2

_q(
    "honours",
    "荣誉列表",
    """Which honour series exist (those with no award too), filtered by level, category and
rank (e.g. 省部级及以上), with their awards and span of years, most conferred first, one page
at a time (``skip``, ``top``)?  Read from the roll-up counts stored on each series
(graph.rollups), not counted from the awards; ``honour_list`` pages the series with awards.""",
    """
MATCH (h:Honor)
WHERE ($level = '' OR h.level = $level) AND ($category = '' OR h.category = $category)
      AND coalesce(h.rank_order, 0) >= $min_rank AND coalesce(h.rank_order, 0) <= $max_rank
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank,
       coalesce(h.awards_total, 0) AS awards, h.first_year AS first_year, h.last_year AS last_year
ORDER BY awards DESC, name, id SKIP $skip LIMIT $top
""",
    level="",
    category="",
    min_rank=0,
    max_rank=99,
    skip=0,
    top=500,
)

_q(
    "honour_recipients",
    "获奖名单",
    """Who received this honour, optionally only in one year (0 = any) or one edition?
(e.g. all 2021 recipients of 焦作工匠, or all recipients of the third edition)  One line per
person, year and edition, one page at a time: the page is picked from the ids, names, years and
editions alone, and only its lines read their units and conferring bodies (every award of the
series did: 130,433 → 45,229 db hits for 全国五一劳动奖章 at 100,000 people on Neo4j).  The page's
awards are found again from each person by OPTIONAL MATCH steps, which ladybug follows along
adjacency lists (a plain MATCH of the same path took 0.26 s instead of 0.12 at a million people).
``from_year``/``to_year`` (0 = open; undated = 9999): the years a page reaches, as
``ui.recipients.recipients_window`` finds them from ``recipients_by_year_edition``'s counts, with
``skip`` counted from the first line of ``from_year``: only those years' recipients are read (the
first page of a series of 36,243 awards at a million people reads one year's).""",
    f"""
MATCH (h:Honor {{id: $honor}})<-[:OF_HONOR]-(a:Award)<-[:RECEIVED]-(p:Person)
WHERE ($year = 0 OR a.year = $year) AND ($edition = '' OR a.edition = $edition)
      AND coalesce(a.year, {UNDATED_YEAR}) >= $from_year
      AND ($to_year = 0 OR coalesce(a.year, {UNDATED_YEAR}) <= $to_year)
WITH DISTINCT p.id AS id, p.name AS name, a.year AS year, a.edition AS edition
ORDER BY CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, name, id, edition SKIP $skip LIMIT $top
MATCH (p:Person {{id: id}})
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award)
WITH id, name, year, edition, p, a
WHERE (a.year = year OR (a.year IS NULL AND year IS NULL))
      AND (a.edition = edition OR (a.edition IS NULL AND edition IS NULL))
OPTIONAL MATCH (a)-[:OF_HONOR]->(h:Honor)
WITH id, name, year, edition, p, a, h WHERE h.id = $honor
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organization)
OPTIONAL MATCH (a)-[:CONFERRED_BY]->(c:Organization)
RETURN id, name, year, edition, collect(DISTINCT o.name) AS organizations, collect(DISTINCT c.name) AS conferred_by
ORDER BY CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, name, id, edition
""",
    honor="",
    year=0,
    edition="",
    from_year=0,
    to_year=0,
    skip=0,
    top=1000,
)

_q(
    "honour_by_name",
    "按名称查荣誉",
    "Which honour series has exactly this name?",
    """
MATCH (h:Honor {name: $name}) RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category
""",
    name="",
)

_q(
    "recipients_by_year_edition",
    "历届获奖人数",
    """How many people received this honour per year and edition?  Read from the series' stored
counts (``Honor.edition_recipients``, kept by graph.honour_years with the other roll-ups: 13
digits of null flags, year and people, then the edition), not counted award by award (that
walk read every award of the series and its recipient: 353,516 db hits on Neo4j for
全国五一劳动奖章 at a million people).""",
    f"""
MATCH (h:Honor {{id: $honor}})
UNWIND h.edition_recipients AS s
WITH s, «int left(s,{EDITION_DIGITS})» AS x
WITH s, x, x / {EDITION_CODE} AS code
WITH CASE WHEN code >= 3 THEN NULL ELSE (x / {EDITION_YEAR}) % 10000 END AS year,
     CASE WHEN code % 2 = 0 THEN NULL ELSE right(s, size(s) - {EDITION_DIGITS}) END AS edition,
     x % {EDITION_YEAR} AS recipients
RETURN year, edition, recipients
ORDER BY CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, edition
""",
    honor="",
)

_q(
    "co_recipient_network",
    "同批获奖网络",
    """Which pairs of people received this honour in the same year and edition?  The edges of the
co-recipient network, one per pair of awards.  ``from_year``/``to_year`` (0 = open; undated =
9999): only those years' awards are read; ``awards``: at most this many of them (the smallest
ids) — the honours page draws the latest years whose links fit in its picture, or a capped
sample of the latest year (``ui.cohorts.network_window``, from the per-edition counts it has
read), and passes ``awards`` itself (``ui.cohorts.NO_CAP`` when the whole series fits).  By
default only ``NETWORK_AWARDS`` (200) awards are read, a sample whose links fit in the default
``top``: every pair is sorted before ``top`` is taken, and the whole of a national medal's
series makes tens of millions of pairs.  The awards are grouped into cohorts and paired within
each, so the cost grows with the awards read, not with their square: pairing each award with
every award of the series read 58,179 awards a pair at a million people (1.2 s for
全国五一劳动奖章).""",
    f"""
MATCH (h:Honor {{id: $honor}})<-[:OF_HONOR]-(a:Award)
WITH h, a WHERE coalesce(a.year, {UNDATED_YEAR}) >= $from_year
                AND ($to_year = 0 OR coalesce(a.year, {UNDATED_YEAR}) <= $to_year)
WITH h, a ORDER BY a.id LIMIT $awards
OPTIONAL MATCH (a)<-[:RECEIVED]-(p:Person)
WITH h, a, p WHERE p IS NOT NULL
WITH h, coalesce(a.year, -1) AS y, coalesce(a.edition, '') AS e,
     collect({{id: p.id, name: p.name, year: a.year, edition: a.edition}}) AS cohort
UNWIND cohort AS s
UNWIND cohort AS t
WITH h, y, e, s, t WHERE s.id < t.id
RETURN s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name,
       h.name AS honor, s.year AS year, s.edition AS edition
ORDER BY source, target, y, e LIMIT $top
""",
    honor="",
    from_year=0,
    to_year=0,
    awards=NETWORK_AWARDS,
    top=NETWORK_TOP,
)

# --- organisations ------------------------------------------------------------
_q(
    "organizations",
    "组织列表",
    """Which organisations exist, by name, with their parent and direct member counts, one page
at a time (``skip``, ``top``; total: ``label_counts``' Organization)?  Not used by the UI since
the explore page's pickers hold what its find box found (``search_honours_orgs``) and the most
honoured units (``org_top``); it counts every organisation's members (0.7 s / 0.3 s at a
million people).""",
    """
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
OPTIONAL MATCH (p:Person)-[:WORKS_AT]->(o)
RETURN o.id AS id, o.name AS name, o.kind AS kind, parent.id AS parent_id, parent.name AS parent,
       count(DISTINCT p) AS people
ORDER BY name, id SKIP $skip LIMIT $top
""",
    skip=0,
    top=5000,
)

_q(
    "org_tree_people",
    "组织成员",
    "Which people work in this organisation or any of its sub-units?",
    f"""
MATCH (p:Person)-[:WORKS_AT]->(u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization {{id: $org}})
RETURN DISTINCT p.id AS id, p.name AS name, u.name AS unit ORDER BY name LIMIT $top
""",
    org="",
    top=1000,
)

_q(
    "org_rollup",
    "组织荣誉汇总",
    """What did this organisation and its sub-units confer, and what did their people
receive?  (e.g. everything 焦作市总工会 conferred, including its sub-units)""",
    f"""
MATCH (u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization {{id: $org}})
MATCH (a:Award)-[:CONFERRED_BY]->(u)
MATCH (p:Person)-[:RECEIVED]->(a)-[:OF_HONOR]->(h:Honor)
RETURN DISTINCT 'conferred' AS relation, p.id AS person_id, p.name AS person, h.name AS honor,
       a.year AS year, a.edition AS edition, u.name AS via
UNION
MATCH (u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization {{id: $org}})
MATCH (p:Person)-[:WORKS_AT]->(u)
MATCH (p)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
RETURN DISTINCT 'received' AS relation, p.id AS person_id, p.name AS person, h.name AS honor,
       a.year AS year, a.edition AS edition, u.name AS via
""",
    org="",
)

_q(
    "org_by_name",
    "按名称查组织",
    "Which organisations have this name or alias?",
    """
MATCH (o:Organization) WHERE o.name = $name OR $name IN o.aliases
RETURN o.id AS id, o.name AS name, o.kind AS kind
""",
    name="",
)

# --- ranks, honour rolls and anniversaries (graph.ranks, graph.reports) ------------
# A rank filter is a range of rank_order: min_rank/max_rank (0/99 = any rank, unknown included);
# graph.ranks.RankFilter.parse("省部级及以上").params() gives them.
# The organisations page's people and roll are paged rank by rank: each organisation stores how
# many of its people have each highest rank and how many roll lines each rank has (graph.rollups:
# people_rankN, awards_rankN), each person its highest rank (Person.top_rank), so a page reads only
# the people at or above the lowest rank it reaches (``graph.ranks.page_low_rank``).  ladybug plans a
# predicate on a parameter alone as a scan of that node's table, hence ``hi``, ``y1``, ``y2`` carried
# in the WITHs; and an aggregation keyed on a node reads all of its properties, hence the properties a
# page shows are read before its lists are collected.
# A page also passes the lowest rank it reaches, found from ``org_summary``'s stored counts
# (graph.ranks.page_low), as the parameter ``low_rank`` (0: every rank); ``low`` still decides, so a
# ``low_rank`` at or below the page's own lowest rank changes nothing but the time.
_ORG_SUBTREE = f"-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(:Organization {{id: $org}})"
_ORG_UNITS = f"-[:WORKS_AT]->(u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(:Organization {{id: $org}})"
# The roll's lines found by walking every member (``honour_roll_count``: a year range on request
# reads every rank, where ladybug's joins over the walk beat a lookup per member, 0.20 s against
# 0.56 s at 100,000 people).
_ROLL_LINES = f"""
MATCH (p:Person)-[:WORKS_AT]->(u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o)
WHERE coalesce(p.top_rank, 99) >= low
WITH p, low, hi, y1, y2, collect(DISTINCT u.name) AS units
MATCH (p)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
WHERE coalesce(h.rank_order, 0) >= low AND coalesce(h.rank_order, 0) <= hi
      AND (y1 = 0 OR a.year >= y1) AND (y2 = 0 OR a.year <= y2)
"""
# Since the rank keys (graph.rankkeys): the people of an organisation (and its sub-units) whose
# highest rank is ``top`` are the ids listed on the key ``$org|top``, a primary-key lookup on both
# stores; each is then found by its id and kept while the key is among its ``rank_keys`` (a key may
# still name someone deleted or moved since).  ``{with}``: the variables carried, then ``top``, the
# person ``p`` and its key.  Only the ranks from ``{low}`` up to ``{high}`` are read: the page never
# touches the members of the ranks it does not reach.  (ladybug: the key is computed in a WITH of
# its own, then matched, so it plans a primary-key lookup, not a scan of the keys.  Neo4j: the key's
# list is unwound straight from the node, never named: a named list stays in every row's slots, and
# the sort of 2,200 roll lines then took 698 MB, past the transaction memory cap.)
_RANKS_DOWN = "[" + ", ".join(str(r) for r in sorted(RANK_ORDERS, reverse=True)) + "]"
_KEYED_PEOPLE = """
UNWIND {ranks} AS top
WITH {with}, top, $org + '|' + «str top» AS key
WHERE top >= {low} AND top <= {high} AND top >= {floor}
MATCH (k:OrgRankKey {{id: key}})
UNWIND k.people AS pid
WITH {with}, top, key, pid
MATCH (p:Person {{id: pid}}) WHERE key IN p.rank_keys
"""


def _keyed_people(carried: str, low: str, high: str = "99", floor: str = "$low_rank") -> str:
    """The people of ``$org`` whose highest rank is within ``low``‥``high`` (``top``), from the rank keys;
    ``floor``: the lowest rank the page passes (``$low_rank``), else any."""
    return _KEYED_PEOPLE.format(ranks=_RANKS_DOWN, low=low, high=high, floor=floor, **{"with": carried})


# Roll lines (award, series) of the people found: ranks and years within the page's window.  Each
# step from a person is an OPTIONAL MATCH, which ladybug follows along the person's adjacency list.
# ``pid`` (the id unwound from a key) is carried into every aggregation after it: without it ladybug
# 0.22 refuses the query ("Cannot evaluate expression with type VARIABLE").
_KEYED_LINES = """
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
WHERE coalesce(h.rank_order, 0) >= low AND coalesce(h.rank_order, 0) <= hi
      AND (y1 = 0 OR a.year >= y1) AND (y2 = 0 OR a.year <= y2)
WITH {with}, pid, p, a, h WHERE a IS NOT NULL
"""
# The units of a page's people (those within the organisation), read for the page only.
_PAGE_UNITS = f"OPTIONAL MATCH (p)-[:WORKS_AT]->(u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o)"

_q(
    "org_people_ranks",
    "组织人员最高级别",
    """Which people work in this organisation or any of its sub-units, and what is the
highest rank each holds (e.g. everyone at 焦煤集团 and its mines at or above 省部级)?  Highest
rank first, then by name, one page at a time; only the people of the ranks the page reaches
are sorted (stored ``Person.top_rank`` and per-rank counts, graph.rollups).  ``low_rank``: the
lowest rank the page reaches, as ``graph.ranks.page_low`` finds it from ``org_summary``'s
``people_by_rank`` (0 = found in the query; only faster when given).""",
    f"""
MATCH (o:Organization {{id: $org}})
WITH o, {page_low_rank("o", "people_rank")} AS low, $max_rank AS hi
{_keyed_people("o, low, hi", "low", "hi")}
WITH o, pid, p, top, p.id AS id, p.name AS name
ORDER BY top DESC, name, id SKIP $skip LIMIT $top
{_PAGE_UNITS}
WITH pid, p, id, name, top, collect(DISTINCT u.name) AS units
OPTIONAL MATCH (p)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
WITH pid, id, name, top, units, count(DISTINCT h) AS series
RETURN id, name, units, {rank_case("top")} AS rank, top AS rank_order, series
ORDER BY rank_order DESC, name, id
""",
    org="",
    min_rank=0,
    max_rank=99,
    low_rank=0,
    skip=0,
    top=5000,
)

_q(
    "org_rank_counts",
    "组织各级别人数",
    """For every organisation, how many people of it and its sub-units hold each rank as
their highest (rolled up through PART_OF; e.g. how many 省部级及以上劳模 焦煤集团 has,
its mines included), by organisation name, one page at a time (``skip``, ``top``)?
Each person's highest rank is found once, then carried up the chain.  Not used by the UI
(the organisations page asks ``org_rank_breakdown`` for one organisation and reads
``high_total``): it walks every honoured person's chain, seconds at a million people.""",
    f"""
MATCH (p:Person)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor)
WITH p, coalesce(max(h.rank_order), 0) AS top
WHERE top > 0
MATCH (p)-[:WORKS_AT]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization)
WITH DISTINCT o, p, top
RETURN o.id AS id, o.name AS name, {rank_case("top")} AS rank, top AS rank_order, count(p) AS people
ORDER BY name, id, rank_order DESC SKIP $skip LIMIT $top
""",
    skip=0,
    top=50000,
)

_q(
    "honour_roll",
    "荣誉名册",
    """What is this organisation's honour roll: every award held by the people of it and its
sub-units, optionally within a year range (0 = open; a bounded range leaves undated awards
out) and a rank filter, with unit, honour, year, edition, conferring bodies and the source
document and sentence of each line?  One page at a time ($skip, $top), in roll order (rank,
year, name); without a year range only the ranks the page reaches are read (stored per-rank
line counts and ``Person.top_rank``, graph.rollups).  ``low_rank``: that lowest rank, as
``graph.ranks.page_low`` finds it from ``org_summary``'s ``lines_by_rank`` (0 = found in the
query; without a year range only).""",
    f"""
MATCH (o:Organization {{id: $org}})
WITH o, CASE WHEN $year_from = 0 AND $year_to = 0 THEN {page_low_rank("o", "awards_rank")} ELSE $min_rank END AS low,
     $max_rank AS hi, $year_from AS y1, $year_to AS y2
{_keyed_people("o, low, hi, y1, y2", "low")}
{_KEYED_LINES.format(**{"with": "o, low, hi, y1, y2"})}
WITH o, pid, p, a, h, p.name AS name, coalesce(h.rank_order, 0) AS rank_order, a.year AS year, h.name AS honour,
     a.id AS award
ORDER BY rank_order DESC, CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, name, honour, award
SKIP $skip LIMIT $top
{_PAGE_UNITS}
WITH pid, p, a, h, name, rank_order, year, honour, award, collect(DISTINCT u.name) AS units
WITH a, units, name, rank_order, year, honour, award, pid AS person_id, h.id AS honor_id, h.level AS level,
     h.rank AS rank, a.edition AS edition, a.raw AS raw
OPTIONAL MATCH (a)-[:CONFERRED_BY]->(c:Organization)
OPTIONAL MATCH (a)-[e:EVIDENCED_BY]->(d:Document)
RETURN person_id, name, units, honor_id, honour, level, rank, rank_order, award, year, edition, raw,
       collect(DISTINCT c.name) AS conferred_by, collect(DISTINCT [d.id, d.title, d.date, e.sentence]) AS sources
ORDER BY rank_order DESC, CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, name, honour, award
""",
    org="",
    year_from=0,
    year_to=0,
    min_rank=0,
    max_rank=99,
    low_rank=0,
    skip=0,
    top=100000,
)

_q(
    "on_this_day",
    "历年今日",
    """Who was honoured in this year and month (e.g. ten years ago this month, for an
anniversary feature)?  Awards carry only a year, so the month is that of a source
document of the same year (a list or report published then): pass year=2013 and
month='2013-05' (month '' = any month of that year).  Read from the documents of that month
(a few hundred at a million people) back to their awards, not from every award of the year:
ladybug has no index on ``Award.year`` and scanned all awards (0.89 s at a million people);
each step is an OPTIONAL MATCH, which ladybug answers by following adjacency lists where a
plain MATCH joined whole relationship tables (0.17 s → 0.07 s at 300,000 people).""",
    """
MATCH (d:Document) WHERE d.date STARTS WITH (CASE WHEN $month = '' THEN «str $year» ELSE $month END)
OPTIONAL MATCH (a:Award)-[:EVIDENCED_BY]->(d)
WITH a, d WHERE a.year = $year
OPTIONAL MATCH (p:Person)-[:RECEIVED]->(a)
OPTIONAL MATCH (a)-[:OF_HONOR]->(h:Honor)
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organization)
WITH p, h, a, o, d WHERE p IS NOT NULL AND h IS NOT NULL
RETURN p.id AS person_id, p.name AS name, collect(DISTINCT o.name) AS organizations, h.id AS honor_id,
       h.name AS honour, h.rank AS rank, coalesce(h.rank_order, 0) AS rank_order, a.year AS year,
       a.edition AS edition, collect(DISTINCT d.title) AS documents, min(d.date) AS date
ORDER BY rank_order DESC, honour, name, person_id, edition LIMIT $top
""",
    year=0,
    month="",
    top=500,
)

# --- connections --------------------------------------------------------------
_q(
    "shortest_connection",
    "最短关联",
    """What is the shortest chain of facts connecting two nodes (people or
organisations), at most 8 steps, ignoring source documents?  Each end is looked up by its key
as ``:Person|Organization`` (an id of another label finds no path; a MATCH without a label
scanned every node: Neo4j 0.9 s → 0.05 s at 100,000 people).  The search is bounded by depth
(8 steps), not by fan-out: through a large honour series or group the breadth-first walk
reaches much of the graph, which ladybug walks from one end (0.4–2.8 s at 100,000 people,
6–13 s at a million) where Neo4j searches from both.  The explore page asks
graph.connections.shortest_connection instead (this query on Neo4j; on ladybug a search from
both ends within a bounded number of reads, which says when it stopped) and runs this one on
ladybug only when the visitor asks to search the whole graph.""",
    """
MATCH (a:Person|Organization {id: $source}), (b:Person|Organization {id: $target})
«shortest path a b 8 FACT_RELS»
RETURN path
""",
    source="",
    target="",
)

_NEIGHBOURS = """
MATCH (n:{labels} {{id: $node}})-[r]-(m:{facts})
RETURN n AS node, r AS rel, m AS neighbour LIMIT $top
"""
REGISTRY["neighbourhood"] = replace(
    _q(
        "neighbourhood",
        "邻居",
        """Which nodes are directly connected to this node (sources excluded), at most ``top`` of
them?  The node is one of the facts a page draws (graph.schema.FACT_LABELS: a person, unit,
honour, award, post, patent, standard or project; a document or search key finds nothing).
Given its ``label`` (one of those, checked against the schema), the query names that one label
and both stores find the node by its key; without it the node is named with all those labels
(``n:Person|Organization|…``): Neo4j then seeks it in each label's key index, but ladybug scans
those node tables for the key (0.08–0.17 s at 100,000 people against 0.002–0.03 s by label; it
cannot mix node tables in a UNION ALL or a coalesce, so only a query written for one label is a
lookup).  Neighbours are named by the fact labels too, which leaves sources and search keys out
without reading them.""",
        _NEIGHBOURS.format(labels="|".join(FACT_LABELS), facts="|".join(FACT_LABELS)),
        node="",
        label="",
        top=200,
    ),
    by_label={label: _NEIGHBOURS.format(labels=label, facts="|".join(FACT_LABELS)).strip() for label in FACT_LABELS},
)

# --- the steps of graph.connections' search from both ends ---------------------------------
# One label per query (``label``), nodes found by key after UNWIND, neighbours read with
# OPTIONAL MATCH: ladybug then follows each node's adjacency list, where a plain MATCH after
# UNWIND joined against a scan of every relationship table (1.4 s for two people at 100,000
# people against 0.02 s).  Relationships: graph.schema.FACT_RELS, as ``shortest_connection``.
_FACT_RELS = "|".join(FACT_RELS)
_FACTS = "|".join(FACT_LABELS)
_DEGREES = f"""
UNWIND $ids AS x
MATCH (n:{{labels}} {{{{id: x}}}})
RETURN x AS id, COUNT {{{{ MATCH (n)-[:{_FACT_RELS}]-() }}}} AS degree
"""
_STEP = f"""
UNWIND $ids AS x
MATCH (n:{{labels}} {{{{id: x}}}})
OPTIONAL MATCH (n)-[:{_FACT_RELS}]-(m:{_FACTS})
RETURN x AS source, «label m» AS label, m.id AS id, COUNT {{{{ MATCH (m)-[:{_FACT_RELS}]-() }}}} AS degree LIMIT $top
"""
_LINK = f"""
MATCH (n:{{labels}} {{{{id: $node}}}})
OPTIONAL MATCH (n)-[r:{_FACT_RELS}]-(m:{_FACTS})
WITH n, r, m WHERE m.id = $other
RETURN n AS node, r AS rel, m AS neighbour LIMIT 1
"""
for _name, _title, _question, _text, _params in (
    (
        "connection_degrees",
        "关联度数",
        """How many fact relationships (graph.schema.FACT_RELS) does each of these nodes have,
for those of them that are of ``label``?  graph.connections expands the side of its search
whose next step reads fewer.""",
        _DEGREES,
        {"ids": [], "label": ""},
    ),
    (
        "connection_step",
        "关联一步",
        """Which nodes are one fact relationship away from these nodes of ``label``, with how
many fact relationships each of them has (at most ``top`` rows; a node with none gives one row
with a null ``id``)?  One step of graph.connections' search from both ends.""",
        _STEP,
        {"ids": [], "label": "", "top": 50_000},
    ),
    (
        "connection_link",
        "关联一环",
        """Which fact relationship joins this node of ``label`` to the node ``other``, with both
nodes (at most one row; none if they are not neighbours)?  graph.connections draws a path it
found with these.  (``WITH … WHERE``: ladybug filters the node's neighbours; a ``WHERE`` on
the OPTIONAL MATCH itself scanned the neighbour tables, 0.34 s against 0.009 s.)""",
        _LINK,
        {"node": "", "other": "", "label": ""},
    ),
):
    REGISTRY[_name] = replace(
        _q(_name, _title, _question, _text.format(labels=_FACTS), **_params),
        by_label={label: _text.format(labels=label).strip() for label in FACT_LABELS},
    )

# --- UI pickers and roll-ups (added for the Streamlit explorer) -----------------
_q(
    "people",
    "人物列表",
    """Which people are in the graph, most honoured first, with their employers and how many
awards each holds, one page at a time (``skip``, ``top``; total: ``label_counts``' Person)?
Not used by the UI: it counts every person's awards (5.0 s / 1.6 s at a million people), so
the person and explore pages find people by name (``people_search``) instead.""",
    """
MATCH (p:Person)
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Award)
WITH p, count(DISTINCT a) AS awards ORDER BY awards DESC, p.name, p.id SKIP $skip LIMIT $top
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organization)
RETURN p.id AS id, p.name AS name, collect(DISTINCT o.name) AS organizations, awards
ORDER BY awards DESC, name, id
""",
    skip=0,
    top=5000,
)

_q(
    "honour_series",
    "荣誉系列筛选",
    """Which honour series have awards matching a level, category, year and rank
('' / 0 = any; a rank filter such as 省部级及以上 bounds rank_order), with how many such
awards and the span of years, one page at a time (total: ``honour_series_count``)?  Any year
(``year`` 0): the roll-up counts of each series (graph.rollups, as ``honour_list``); one year:
that year's count among each series' stored awards per year (``Honor.year_awards``,
graph.honour_years), not its awards read one by one (2.5 / 4.7 s at a million people).""",
    f"""
MATCH (h:Honor)
WHERE $year = 0 AND h.awards_total > 0
      AND ($level = '' OR h.level = $level) AND ($category = '' OR h.category = $category)
      AND coalesce(h.rank_order, 0) >= $min_rank AND coalesce(h.rank_order, 0) <= $max_rank
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank,
       h.awards_total AS awards, h.first_year AS first_year, h.last_year AS last_year
ORDER BY awards DESC, name, id SKIP $skip LIMIT $top
UNION ALL
MATCH (h:Honor)
WHERE $year <> 0 AND h.first_year <= $year AND h.last_year >= $year
      AND ($level = '' OR h.level = $level) AND ($category = '' OR h.category = $category)
      AND coalesce(h.rank_order, 0) >= $min_rank AND coalesce(h.rank_order, 0) <= $max_rank
UNWIND h.year_awards AS s
WITH h, «int s» AS x
WHERE x / {YEAR_SCALE} = $year
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank,
       x % {YEAR_SCALE} AS awards, x / {YEAR_SCALE} AS first_year, x / {YEAR_SCALE} AS last_year
ORDER BY awards DESC, name, id SKIP $skip LIMIT $top
""",
    level="",
    category="",
    year=0,
    min_rank=0,
    max_rank=99,
    skip=0,
    top=500,
)

_q(
    "org_tree_counts",
    "组织汇总计数",
    """For every organisation, how many people work in it or its sub-units, how many
awards those people hold, and what is its parent (to draw the 集团 → 矿 → 队 tree), by name,
one page at a time (``skip``, ``top``; total: ``label_counts``' Organization)?  Read from the
roll-up counts (graph.rollups), not by walking PART_OF*0..6 from every person (7.7 s / 1.5 s
at a million people); the organisations page draws the tree with ``org_roots``.""",
    """
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
RETURN o.id AS id, o.name AS name, o.kind AS kind, parent.id AS parent_id,
       coalesce(o.people_total, 0) AS people, coalesce(o.awards_total, 0) AS awards
ORDER BY name, id SKIP $skip LIMIT $top
""",
    skip=0,
    top=5000,
)

_q(
    "org_conferred_counts",
    "组织授予计数",
    """For every organisation that conferred awards (itself or through its
sub-units), how many awards did it confer?""",
    f"""
MATCH (a:Award)-[:CONFERRED_BY]->(:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(o:Organization)
RETURN o.id AS id, o.name AS name, count(DISTINCT a) AS conferred
ORDER BY conferred DESC, name LIMIT $top
""",
    top=5000,
)

# --- roll-ups and paged lists (graph.rollups keeps the counts these read) -------------------
# Whole-graph pages read the counts stored on Organization and Honor nodes instead of walking
# PART_OF*0..6 from every person; lists come a page at a time ($skip/$top) with a count query
# beside them, so a page always says how many there are in all.
_q(
    "label_counts",
    "主要数量",
    """How many people, honour series, awards, organisations, patents and documents does the
graph hold?  One count per label (Neo4j answers each from its count store), not a scan of
every node as ``counts`` makes.""",
    " UNION ALL ".join(
        f"MATCH (n:{label}) RETURN '{label}' AS label, count(n) AS count"
        for label in ("Person", "Honor", "Award", "Organization", "Patent", "Document")
    ),
)

_q(
    "org_top",
    "荣誉最多的单位（汇总）",
    """Which organisations' people (including their sub-units' people) hold the most awards?
Read from the roll-up counts (graph.rollups); ``top_organizations`` counts the same by walking.""",
    """
MATCH (o:Organization) WHERE o.awards_total > 0
RETURN o.id AS id, o.name AS name, o.awards_total AS awards, o.people_total AS people
ORDER BY awards DESC, name LIMIT $top
""",
    top=10,
)

# A top-level organisation: no PART_OF leaves it.  Counted with ``COUNT { }`` on the bare
# relationship (the schema's PART_OF joins organisations only): Neo4j reads the node's degree
# where ``OPTIONAL MATCH (r)-[:PART_OF]->(up:Organization) … count(up)`` expanded and label-checked
# every organisation's relationships (36,365 organisations, 668,000 db hits: 0.54 → 0.12 s at a
# million people; ladybug 0.10 → 0.04 s).  The active filter (stored roll-ups) comes first.
_ROOT = """MATCH (r:Organization)
WHERE (NOT $active OR r.people_total > 0 OR r.conferred_total > 0) AND COUNT { MATCH (r)-[:PART_OF]->() } = 0"""

_q(
    "org_roots",
    "顶层组织（分页）",
    """Which top-level organisations (集团, unions, bodies with no parent) are there, most
honoured first, one page at a time (``active``: only those with people or conferrals), and
every unit below each of them, with the roll-up counts, to draw the 集团 → 矿 → 队 tree?
A root is an organisation with no outgoing ``PART_OF`` (``_ROOT``).""",
    f"""
{_ROOT}
WITH r ORDER BY r.awards_total DESC, r.people_total DESC, r.name, r.id SKIP $skip LIMIT $top
MATCH (u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(r)
WITH DISTINCT r, u
OPTIONAL MATCH (u)-[:PART_OF]->(parent)
RETURN r.id AS root, u.id AS id, u.name AS name, u.kind AS kind,
       CASE WHEN u.id = r.id THEN NULL ELSE parent.id END AS parent_id,
       u.people_total AS people, u.awards_total AS awards, u.high_total AS high, u.conferred_total AS conferred
ORDER BY root, id
""",
    active=True,
    skip=0,
    top=20,
)

_q(
    "org_roots_count",
    "顶层组织数",
    "How many top-level organisations are there (``active``: only those with people or conferrals)?",
    f"""
{_ROOT}
RETURN count(r) AS total
""",
    active=True,
)

_q(
    "org_summary",
    "组织汇总",
    """What are this organisation's roll-up counts (people, awards, people holding any award,
people at 省部级及以上 and conferrals, its sub-units included), its parent and how many direct
sub-units it has?  (Its whole honour roll has ``awards`` lines held by ``holders`` people.)
``people_by_rank`` / ``lines_by_rank``: its stored per-rank counts, indexed by rank order 0‥6
(people whose highest rank that is; roll lines of that rank), from which a page finds the lowest
rank it reaches (``graph.ranks.page_low``) and passes it as ``low_rank``.  ``conferred_series``:
its stored conferral rows per series and year, from which a page of ``org_conferred`` finds the
series it reaches (``graph.conferrals.window``).""",
    f"""
MATCH (o:Organization {{id: $org}})
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
WITH o, min(parent.id) AS parent_id
OPTIONAL MATCH (kid:Organization)-[:PART_OF]->(o)
RETURN o.id AS id, o.name AS name, o.kind AS kind, parent_id, o.people_total AS people,
       o.awards_total AS awards, o.holders_total AS holders, o.high_total AS high,
       o.conferred_total AS conferred, count(DISTINCT kid) AS units,
       {stored_counts("o", "people_rank")} AS people_by_rank, {stored_counts("o", "awards_rank")} AS lines_by_rank,
       o.conferred_series AS conferred_series
""",
    org="",
)

_q(
    "org_sub_units",
    "下级单位（分页）",
    "Which units belong directly to this organisation, most honoured first, one page at a time?",
    """
MATCH (u:Organization)-[:PART_OF]->(o:Organization {id: $org})
WITH DISTINCT u
RETURN u.id AS id, u.name AS name, u.kind AS kind, u.people_total AS people, u.awards_total AS awards,
       u.high_total AS high, u.conferred_total AS conferred
ORDER BY awards DESC, people DESC, name, id SKIP $skip LIMIT $top
""",
    org="",
    skip=0,
    top=50,
)

_q(
    "org_conferred",
    "本单位授予的荣誉（分页）",
    """Which awards did this organisation and its sub-units confer (to whom, which honour, when,
through which of its units), one page at a time?  The total is ``org_summary``'s ``conferred``.
A page passes the series it reaches (``series``: their names; the first one's rows from
``from_year``, the last one's up to ``to_year``, undated = 9999; ``skip`` counted from the first
of those rows), as ``graph.conferrals.window`` finds them from ``org_summary``'s stored
``conferred_series``: only those series' awards are read, from the series side, not the 158,493
awards the largest group of a million people conferred (0.6-0.8 s to sort for one page).
Each award's conferrers and the units each row came through are read with OPTIONAL MATCH (every
row has one) and the subtree's unit ids: ladybug then extends from those awards instead of
joining every conferral of the graph (1M, load 14: 0.86 → 0.30 s for a page; the units each row
came through, 0.54 → 0.04 s at 100,000 people).  ``series`` empty (nothing stored yet): every
award the subtree conferred is read, by MATCH steps from the subtree's units without label
checks (the schema's CONFERRED_BY, RECEIVED and OF_HONOR join only those labels; 2.39 million db
hits on Neo4j against 2.87 with them), a Cypher of its own: those steps as OPTIONAL MATCH in a
second branch of a UNION beside the series read took ladybug 3× as long at a million people
(5.5 s against 1.7 for the largest group's first page), and as MATCH steps in that branch they
made the series read 23× as long.""",
    f"""
MATCH (u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(:Organization {{id: $org}})
WITH collect(u.id) AS units
MATCH (h:Honor) WHERE h.name IN $series
MATCH (h)<-[:OF_HONOR]-(a:Award)
WITH units, h, a, coalesce(a.year, {UNDATED_YEAR}) AS yk
WHERE (h.name <> $first_series OR yk >= $from_year) AND (h.name <> $last_series OR yk <= $to_year)
OPTIONAL MATCH (a)-[:CONFERRED_BY]->(c:Organization)
WITH units, h, a, c WHERE c.id IN units
WITH DISTINCT h, a
{_CONFERRED_ROWS}""",
    org="",
    series=[],
    first_series="",
    from_year=0,
    last_series="",
    to_year=0,
    skip=0,
    top=200,
)
REGISTRY["org_conferred"] = replace(
    REGISTRY["org_conferred"],
    variants={
        "whole": f"""
MATCH (u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(:Organization {{id: $org}})
MATCH (a)-[:CONFERRED_BY]->(u)
WITH DISTINCT a
MATCH (p)-[:RECEIVED]->(a)-[:OF_HONOR]->(h)
WITH p, a, h ORDER BY h.name, CASE WHEN a.year IS NULL THEN 1 ELSE 0 END, a.year, p.name, a.id SKIP $skip LIMIT $top
MATCH (a)-[:CONFERRED_BY]->(u:Organization)-[:PART_OF*0..{MAX_ORG_DEPTH}]->(:Organization {{id: $org}})
RETURN p.id AS person_id, p.name AS person, h.name AS honor, a.year AS year, a.edition AS edition,
       collect(DISTINCT u.name) AS via, a.id AS award
ORDER BY honor, CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, person, award
""".strip()
    },
    variant=lambda params: "" if params["series"] else "whole",
)

_q(
    "org_rank_breakdown",
    "组织各等级人数",
    """How many people of this organisation and its sub-units hold each rank as their
highest (e.g. how many 省部级 劳模 焦煤集团 has, its mines included)?  Read from the stored
per-rank counts (graph.rollups: ``people_rankN``).""",
    f"""
MATCH (o:Organization {{id: $org}})
UNWIND {rank_counts("o", "people_rank")} AS x
WITH x / {RANK_SCALE} AS top, x % {RANK_SCALE} AS people
WHERE top > 0 AND people > 0
RETURN {rank_case("top")} AS rank, top AS rank_order, people
ORDER BY rank_order DESC
""",
    org="",
)

_q(
    "org_people_count",
    "组织人数（按等级）",
    """How many people work in this organisation or its sub-units whose highest rank falls in
a rank filter (the total beside ``org_people_ranks``' pages)?  Summed from the stored per-rank
counts (graph.rollups: ``people_rankN``), as ``org_rank_breakdown`` reads them, not by reading
every member's honours (1.9 s for the largest group at a million people).""",
    f"""
MATCH (o:Organization {{id: $org}})
UNWIND {rank_counts("o", "people_rank")} AS x
WITH x / {RANK_SCALE} AS top, x % {RANK_SCALE} AS people
WHERE top >= $min_rank AND top <= $max_rank
RETURN coalesce(«int sum(people)», 0) AS total
""",
    org="",
    min_rank=0,
    max_rank=99,
)

_q(
    "honour_roll_count",
    "名册条数",
    """How many lines (awards) and people does this organisation's honour roll hold for a
year range and a rank filter (the totals beside ``honour_roll``'s pages)?  Only people whose
stored highest rank reaches the filter are read.""",
    f"""
MATCH (o:Organization {{id: $org}})
WITH o, $min_rank AS low, $max_rank AS hi, $year_from AS y1, $year_to AS y2
{
        _ROLL_LINES.replace("collect(DISTINCT u.name) AS units", "count(*) AS via").replace(
            "WHERE coalesce(p.top_rank, 99) >= low", "WHERE (p.top_rank >= $min_rank OR p.top_rank IS NULL)"
        )
    }
RETURN count(DISTINCT a) AS lines, count(DISTINCT p) AS people
""",
    org="",
    year_from=0,
    year_to=0,
    min_rank=0,
    max_rank=99,
)

_q(
    "honour_levels",
    "按级别（汇总）",
    """How many awards exist at each honour level and category?  Summed from each series'
stored ``awards_total`` (graph.rollups), not counted award by award.""",
    """
MATCH (h:Honor) WHERE h.awards_total > 0
RETURN coalesce(h.level, '未知') AS level, coalesce(h.category, '其他') AS category,
       «int sum(h.awards_total)» AS awards
ORDER BY awards DESC, level, category
""",
)

_q(
    "honour_years",
    "荣誉年份范围",
    "Which years do dated awards span (the earliest and the latest, from the roll-up counts)?",
    """
MATCH (h:Honor) WHERE h.first_year IS NOT NULL
RETURN min(h.first_year) AS first_year, max(h.last_year) AS last_year
""",
)

_q(
    "honour_list",
    "荣誉列表（分页）",
    """Which honour series match a level, category and rank filter (e.g. 省部级及以上), with
their awards, recipients and span of years, most conferred first, one page at a time?
Read from the roll-up counts (graph.rollups).""",
    """
MATCH (h:Honor)
WHERE h.awards_total > 0 AND ($level = '' OR h.level = $level) AND ($category = '' OR h.category = $category)
      AND coalesce(h.rank_order, 0) >= $min_rank AND coalesce(h.rank_order, 0) <= $max_rank
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank,
       h.awards_total AS awards, h.recipients_total AS recipients, h.first_year AS first_year,
       h.last_year AS last_year
ORDER BY awards DESC, name, id SKIP $skip LIMIT $top
""",
    level="",
    category="",
    min_rank=0,
    max_rank=99,
    skip=0,
    top=50,
)

_q(
    "honour_list_count",
    "荣誉系列数",
    "How many honour series with awards match a level, category and rank filter?",
    """
MATCH (h:Honor)
WHERE h.awards_total > 0 AND ($level = '' OR h.level = $level) AND ($category = '' OR h.category = $category)
      AND coalesce(h.rank_order, 0) >= $min_rank AND coalesce(h.rank_order, 0) <= $max_rank
RETURN count(h) AS total
""",
    level="",
    category="",
    min_rank=0,
    max_rank=99,
)

_q(
    "honour_series_count",
    "某年荣誉系列数",
    """How many honour series have awards in a year and match a level, category and rank
filter (the total beside ``honour_series``' pages)?  Only series whose stored span of years
(graph.rollups) holds the year are looked into, in their stored awards per year
(``Honor.year_awards``: one number a year, so a series counts once), not their awards.""",
    f"""
MATCH (h:Honor)
WHERE h.awards_total > 0 AND ($level = '' OR h.level = $level) AND ($category = '' OR h.category = $category)
      AND coalesce(h.rank_order, 0) >= $min_rank AND coalesce(h.rank_order, 0) <= $max_rank
      AND ($year = 0 OR (h.first_year <= $year AND h.last_year >= $year))
UNWIND CASE WHEN $year = 0 THEN ['0'] ELSE h.year_awards END AS s
WITH h, «int s» AS x
WHERE $year = 0 OR x / {YEAR_SCALE} = $year
RETURN count(h) AS total
""",
    level="",
    category="",
    year=0,
    min_rank=0,
    max_rank=99,
)

_q(
    "honour_summary",
    "荣誉汇总",
    "What is this honour series: name, level, category, rank and its roll-up counts?",
    """
MATCH (h:Honor {id: $honor})
RETURN h.id AS id, h.name AS name, h.level AS level, h.category AS category, h.rank AS rank,
       h.awards_total AS awards, h.recipients_total AS recipients, h.first_year AS first_year,
       h.last_year AS last_year
""",
    honor="",
)

_q(
    "honour_recipients_count",
    "获奖人数",
    """How many people received this honour, optionally in one year (0 = any) or one edition
(the total beside ``honour_recipients``' pages)?""",
    """
MATCH (h:Honor {id: $honor})<-[:OF_HONOR]-(a:Award)<-[:RECEIVED]-(p:Person)
WHERE ($year = 0 OR a.year = $year) AND ($edition = '' OR a.edition = $edition)
WITH DISTINCT p, a.year AS year, a.edition AS edition
RETURN count(*) AS total
""",
    honor="",
    year=0,
    edition="",
)

# --- analytics ------------------------------------------------------------------
_q(
    "connecting_conferrers",
    "授奖机构",
    """Which conferring bodies connect the most people (people who received
an award they conferred), with how many awards?  It reads every conferral (2.0 s / 6.2 s at a
million people): the explore page's analytics run it on request only, beside the network
analytics that take longer.""",
    """
MATCH (p:Person)-[:RECEIVED]->(a:Award)-[:CONFERRED_BY]->(o:Organization)
RETURN o.id AS id, o.name AS name, count(DISTINCT p) AS people, count(DISTINCT a) AS awards
ORDER BY people DESC, awards DESC, name LIMIT $top
""",
    top=10,
)

# graph.analytics reads these instead of the two above: bounded reads, the same answers.
_q(
    "conferrer_candidates",
    "授奖机构候选",
    """Which organisations conferred awards, with how many conferrals each (its CONFERRED_BY
relationships, counted from its adjacency list, not by reading the awards), most first?  An
upper bound of the people and awards ``connecting_conferrers`` counts for it:
graph.analytics.connecting_conferrers counts those exactly only for the bodies that may rank.""",
    """
MATCH (o:Organization)
WITH o, COUNT { MATCH (o)<-[:CONFERRED_BY]-(:Award) } AS conferrals
WHERE conferrals > 0
RETURN o.id AS id, o.name AS name, conferrals ORDER BY conferrals DESC, name, id
""",
)

_q(
    "conferrer_reach",
    "授奖机构覆盖",
    """For each of these organisations (``ids``), how many people received an award it
conferred, and how many such awards are there (as ``connecting_conferrers`` counts them)?""",
    """
UNWIND $ids AS x
MATCH (o:Organization {id: x})
OPTIONAL MATCH (o)<-[:CONFERRED_BY]-(a:Award)<-[:RECEIVED]-(p:Person)
RETURN o.id AS id, o.name AS name, count(DISTINCT p) AS people, count(DISTINCT a) AS awards
""",
    ids=[],
)

_q(
    "co_recipient_cohorts",
    "同批获奖批次",
    """Which honour series have awards (all, or the one ``honor``), with their rank, how many
awards each has and how many in each year (``year_awards``: year × 10,000,000 + count, as
graph.honour_years stores them)?  graph.analytics picks the cohorts of its network from these
before it reads a single award.""",
    """
MATCH (h:Honor) WHERE h.awards_total > 0 AND ($honor = '' OR h.id = $honor)
RETURN h.id AS id, h.name AS name, coalesce(h.rank_order, 0) AS rank_order, h.awards_total AS awards,
       h.year_awards AS year_awards
ORDER BY rank_order DESC, name, id
""",
    honor="",
)

_q(
    "co_recipient_awards",
    "同批获奖名单",
    """Who received these honours in these years (``series``: ``{honor, years}`` each; year -1 =
undated), with each award's year and edition?  The people of some cohorts of the co-recipient
network (graph.analytics pairs them).  The years are filtered before the recipients are read
(``WITH … WHERE``: ladybug then walks only the series' own awards; 0.04 s against 0.08 s for
one series when filtered after).""",
    """
UNWIND $series AS s
MATCH (h:Honor {id: s.honor})
OPTIONAL MATCH (h)<-[:OF_HONOR]-(a:Award)
WITH s, h, a WHERE coalesce(a.year, -1) IN s.years
OPTIONAL MATCH (a)<-[:RECEIVED]-(p:Person)
WITH h, a, p WHERE p IS NOT NULL
RETURN h.id AS honor_id, p.id AS person, p.name AS name, h.name AS honor, a.year AS year, a.edition AS edition
""",
    series=[{"honor": "", "years": [-1]}],
)

# --- entity resolution and review (loaders.resolve, loaders.people) --------------------
# Blocking on the name: one scan (or index seek) for a whole load's names, then look-ups by key,
# never a query per person.  Rows come ordered so that candidates, and the labels a review shows,
# do not follow the store's row order.
_q(
    "resolution_people",
    "同名候选人",
    "Which people bear one of these names (the candidates an incoming person could be)?",
    """
UNWIND $names AS nm
MATCH (p:Person) WHERE p.name = nm
RETURN p.id AS id, p.name AS name, p.keys AS keys, p.aliases AS aliases, p.born AS born, p.gender AS gender,
       p.native_place AS native_place
ORDER BY id
""",
    names=["张伟"],
)

_q(
    "resolution_employers",
    "候选人单位",
    "Where do these people work (organisation ids)?",
    """
UNWIND $ids AS x
MATCH (p:Person {id: x})-[:WORKS_AT]->(o:Organization)
RETURN DISTINCT p.id AS id, o.id AS org, o.name AS org_name
ORDER BY id, org
""",
    ids=["p-"],
)

_q(
    "resolution_awards",
    "候选人荣誉",
    "Which awards (honour, year, edition) do these people hold?",
    """
UNWIND $ids AS x
MATCH (p:Person {id: x})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
RETURN DISTINCT p.id AS id, a.id AS award, h.id AS honor, h.name AS honor_name, a.year AS year, a.edition AS edition
ORDER BY id, award
""",
    ids=["p-"],
)

_q(
    "resolution_positions",
    "候选人职务",
    "Which posts (title, organisation, start) do these people hold?",
    """
UNWIND $ids AS x
MATCH (p:Person {id: x})-[:HELD]->(pos:Position)
OPTIONAL MATCH (pos)-[:AT]->(o:Organization)
RETURN DISTINCT p.id AS id, pos.id AS position, pos.title AS title, o.id AS org, pos.start_year AS start
ORDER BY id, position
""",
    ids=["p-"],
)

_q(
    "resolution_honour_years",
    "候选人荣誉年份",
    "Which dated honours (honour name and year) do these people hold, one row per person?",
    """
UNWIND $ids AS x
MATCH (p:Person {id: x})-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor)
WHERE a.year IS NOT NULL
RETURN p.id AS id, collect(DISTINCT {name: h.name, year: a.year}) AS honours
""",
    ids=["p-"],
)

_q(
    "resolution_post_titles",
    "候选人职务名称",
    "Which post titles do these people hold, one row per person?",
    """
UNWIND $ids AS x
MATCH (p:Person {id: x})-[:HELD]->(pos:Position)
RETURN p.id AS id, collect(DISTINCT pos.title) AS posts
""",
    ids=["p-"],
)

_q(
    "resolution_works",
    "候选人专利与项目",
    "Which patents and projects are these people named in?",
    """
UNWIND $ids AS x
MATCH (p:Person {id: x})-[:INVENTED|WORKED_ON]->(w)
RETURN DISTINCT p.id AS id, «label w» AS kind, w.id AS fact, w.title AS title,
       CASE WHEN «label w» = 'Patent' THEN w.number ELSE w.title END AS number
""",
    ids=["p-"],
)

_q(
    "resolution_documents",
    "候选人来源",
    "Which documents speak of these people?",
    """
UNWIND $ids AS x
MATCH (p:Person {id: x})-[:EVIDENCED_BY]->(d:Document)
RETURN DISTINCT p.id AS id, d.id AS doc
""",
    ids=["p-"],
)

_q(
    "documents_by_source",
    "同源文献",
    """Which documents were loaded from this source (file name or address)?  Not used by the
UI: a load or removal asks it once per source; ``ENDS WITH`` scans the documents (0.6 s / 4 s
at a million people when every document matches, as with an empty tail).""",
    """
MATCH (d:Document) WHERE d.source = $source OR d.source ENDS WITH $tail
RETURN d.id AS id, d.source AS source, d.sha256 AS sha256, d.title AS title ORDER BY id
""",
    source="",
    tail="",
)

_q(
    "review_items",
    "待核对的同名人物",
    """Which possible same-person pairs wait for an editor (status pending, merged or
separate; '' = all), with each side's organisations and birth date and the resolver's reasons?""",
    """
MATCH (r:ReviewItem) WHERE $status = '' OR r.status = $status
OPTIONAL MATCH (a:Person {id: r.person_a})
OPTIONAL MATCH (a)-[:WORKS_AT]->(oa:Organization)
WITH r, a, collect(DISTINCT oa.name) AS orgs_a
OPTIONAL MATCH (b:Person {id: r.person_b})
OPTIONAL MATCH (b)-[:WORKS_AT]->(ob:Organization)
RETURN r.id AS id, r.status AS status, r.name AS name, r.score AS score, r.reasons AS reasons, r.doc AS doc,
       r.merge AS merge, r.person_a AS person_a, a.born AS born_a, orgs_a,
       r.person_b AS person_b, b.born AS born_b, collect(DISTINCT ob.name) AS orgs_b
ORDER BY name, id LIMIT $top
""",
    status="pending",
    top=500,
)

_q(
    "merge_records",
    "合并记录",
    "Which merges of two people were made (newest first), optionally those involving one person?",
    """
MATCH (m:MergeRecord) WHERE $person = '' OR m.kept = $person OR m.absorbed = $person
RETURN m.id AS id, m.kept AS kept, m.absorbed AS absorbed, m.name AS name, m.score AS score,
       m.reasons AS reasons, m.review AS review, m.at AS at, m.by AS by
ORDER BY at DESC, id LIMIT $top
""",
    person="",
    top=100,
)

_q(
    "recent_loads",
    "最近导入",
    "Which documents were written most recently, by whom and when (loaded_by, loaded_at)?",
    """
MATCH (d:Document) WHERE d.loaded_at IS NOT NULL
RETURN d.id AS id, coalesce(d.title, d.source) AS document, d.source AS source,
       d.loaded_by AS loaded_by, d.loaded_at AS loaded_at
ORDER BY loaded_at DESC, id LIMIT $top
""",
    top=10,
)
