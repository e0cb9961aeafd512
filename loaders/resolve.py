"""Entity resolution: is the 张伟 of this document a person the graph already holds?

Names never merge on their own (张伟 is among the commonest names in China).  Each
incoming person (a *mention*) is compared with the people of the same name already
in the store and earlier in the same load, and scored Fellegi–Sunter style: the sum of
log2 likelihood ratios of what the two records show (same organisation, one inside the
other through PART_OF and the alias file, birth year/month, gender, a shared honour of
the same year, a shared post; against: different birth dates, unrelated organisations in
different provinces).  The weights and the two thresholds live in
``data/resolution/weights.yaml``; every decision keeps its score and its reasons as
``code:weight:detail`` strings.

* score ≥ merge threshold, one such candidate: the mention takes the existing node id
  (its facts attach there with their own document evidence);
* review threshold ≤ score, or two candidates above the merge threshold: a new node and
  a ``ReviewItem`` for an editor (``laomo people review``);
* below: a new person.

A mention's key (``loaders.ids.person_id``: name + employer, or name + document) is
recorded in ``Person.keys``; a mention whose key a node already holds lands there
without scoring, so loading a file twice changes nothing, and a merge or split done by
an editor is remembered by the next load.

Why not ``splink``: it is a batch deduplicator over DuckDB/Spark tables that estimates
its weights by EM over the whole population; here each load is resolved incrementally
against a live graph store, inside the load's transactions, with a few hand-set weights
an editor can read and change.  A small scorer is easier to test and to explain.

Speed: candidates come from one parameterised query for the whole load's names (blocked
on the name: an index seek on Neo4j, one scan of the Person table on ladybug, which has no
secondary indexes), then one look-up by key per kind of evidence; resolution itself is
in memory with a name → people index that grows as the load goes: never a query per
person and never a comparison of every pair.

Two stages (``PeopleIndex.load(…, mentions=…)``): common names make half a large store
candidates of a load, and reading their awards, posts and works (the fact nodes, so that a
merged mention's facts land on the existing ones) was most of its reading.  Stage 1 reads, for
every candidate, what places it: the person's properties, employers with their ancestors,
sources among the documents being loaded.  Their dated honours (name, year) and post titles,
one row per person, are read only for the candidates ``decide`` can compare with one of the
slice's people (``_Foreseen``: 81,235 of the 177,002 namesakes of a slice at 505,470 people, of
whom ``decide`` compares 39,716), and for any other just before ``decide`` compares it
(``Pool.ready``).  Stage 2
reads the fact nodes only for candidates a mention could merge into (``score_bounds`` reaches
the merge threshold) or names by its key: the only ones whose facts a load uses, and the only
ones it changes.  Every other candidate stays in the pool as stage 1 read it, so every
``compare``, the pool's size and every decision are what reading everything gives
(``tests/test_resolve_two_stage.py`` and ``tests/test_resolve_bounded.py`` hold both paths to
that).  ``decide`` itself leaves out namesakes surely born in another year and
surely in unrelated organisations when even the best score such a one could reach matters
to nothing (``_scored``): a common name's pool holds hundreds.  Given the index's own pool
(``PeopleIndex.pool``), it finds a key's holder and the close namesakes through blocks by key,
birth year and organisation that ``add`` and ``learn`` keep up to date, and bounds the rest group
by group without visiting them (``_scored_blocked``): at a million people a name has thousands.

Memory: the index holds every person of the load (a million in the largest), so it keeps only what
resolution reads, compactly: fact ids only for people read from the store, tuples for a made
person's honours, posts and documents, one object for equal chains and dated honours, and no
blocks for names of at most ``SMALL_BLOCK`` people (about 1 KB a person, docs/benchmarks.md).

>>> w = weights()
>>> a = PersonRecord(id="p-1", name="李军萍", orgs=[(("o-1", "修武县总工会"),)])
>>> b = PersonRecord(id="p-2", name="李军萍", orgs=[(("o-1", "修武县总工会"),)])
>>> c = compare(a, b, candidates=1, w=w)
>>> c.score, [r.code for r in c.reasons]
(10.0, ['name_match', 'org_same'])
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar, overload

import yaml

from graph.store import GraphStore
from loaders.orgs import places

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "resolution" / "weights.yaml"
NAME_CHUNK = 20_000
# ladybug answers a look-up by a list of keys with a hash join over the relationship table: one
# big list costs about one scan, many small ones a scan each (measured at 200k people).
ID_CHUNK = 50_000
# Organisations whose ancestors one query reads: the PART_OF*0..6 paths of 20,000 at once did not
# fit a ladybug buffer pool capped at 1–4 GB at 100,000 people; smaller lists keep each one small.
ORG_CHUNK = 2_000
# One PART_OF step up from each of $orgs (the organisation's own name with it), each (child, parent)
# pair once: PART_OF is kept once per document stating it, and without DISTINCT a 1M-store slice's
# first read gave 2.5 million rows for ~35,000 organisations (65,850 with it, docs/benchmarks.md).
# The rows' order is left to the store: ``load_orgs`` orders each unit's ancestors itself.
ORG_STEP_CYPHER = (
    "UNWIND $orgs AS x MATCH (o:Organization {id: x}) OPTIONAL MATCH (o)-[:PART_OF]->(up:Organization) "
    "RETURN DISTINCT o.id AS id, o.name AS name, up.id AS up, up.name AS up_name"
)
# The people of the documents being loaded (two people of one document are two people), read only
# for those of them the store holds: by key the look-up costs nothing, while the EVIDENCED_BY join
# cost ladybug ~1–3 s a slice at 500,000 people for none (a slice's documents are new).
DOCUMENTS_HELD_CYPHER = "UNWIND $docs AS d MATCH (x:Document {id: d}) RETURN x.id AS id"
DOCUMENT_PEOPLE_CYPHER = (
    "UNWIND $docs AS d MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(p:Person) RETURN DISTINCT p.id AS id, d AS doc"
)
# A look-up of a short list of people.  The named queries (``graph.queries``, ``UNWIND $ids … {id: x}``)
# cost ladybug about the same for 15 ids as for 50,000 (its plan joins the whole relationship table:
# 2–17 s each at 500,000 people, 23 s for one slice's stage 2 of 15 people); filtering the scan by
# ``p.id IN $ids`` costs per id (0.1–0.3 s for 20 ids, ~3 s for 300).  Same rows, same order where
# the named query orders them (measured on the 1M store, docs/benchmarks.md); Neo4j seeks either way.
FEW_IDS = 100
FEW_IDS_CYPHER = {
    "resolution_employers": (
        "MATCH (p:Person)-[:WORKS_AT]->(o:Organization) WHERE p.id IN $ids "
        "RETURN DISTINCT p.id AS id, o.id AS org, o.name AS org_name ORDER BY id, org"
    ),
    "resolution_awards": (
        "MATCH (p:Person)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) WHERE p.id IN $ids "
        "RETURN DISTINCT p.id AS id, a.id AS award, h.id AS honor, h.name AS honor_name, a.year AS year, "
        "a.edition AS edition ORDER BY id, award"
    ),
    "resolution_positions": (
        "MATCH (p:Person)-[:HELD]->(pos:Position) WHERE p.id IN $ids "
        "OPTIONAL MATCH (pos)-[:AT]->(o:Organization) "
        "RETURN DISTINCT p.id AS id, pos.id AS position, pos.title AS title, o.id AS org, pos.start_year AS start "
        "ORDER BY id, position"
    ),
    "resolution_honour_years": (
        "MATCH (p:Person)-[:RECEIVED]->(a:Award)-[:OF_HONOR]->(h:Honor) WHERE p.id IN $ids AND a.year IS NOT NULL "
        "RETURN p.id AS id, collect(DISTINCT {name: h.name, year: a.year}) AS honours"
    ),
    "resolution_post_titles": (
        "MATCH (p:Person)-[:HELD]->(pos:Position) WHERE p.id IN $ids "
        "RETURN p.id AS id, collect(DISTINCT pos.title) AS posts"
    ),
    "resolution_works": (
        "MATCH (p:Person)-[:INVENTED|WORKED_ON]->(w) WHERE p.id IN $ids "
        "RETURN DISTINCT p.id AS id, «label w» AS kind, w.id AS fact, w.title AS title, "
        "CASE WHEN «label w» = 'Patent' THEN w.number ELSE w.title END AS number"
    ),
    "resolution_documents": (
        "MATCH (p:Person)-[:EVIDENCED_BY]->(d:Document) WHERE p.id IN $ids RETURN DISTINCT p.id AS id, d.id AS doc"
    ),
}

# One organisation chain: (id, name) from the employer up through PART_OF.
Chain = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Weights:
    merge_at: float
    review_at: float
    prior: dict[str, float]
    weights: dict[str, float]
    common_names: frozenset[str]

    def __getitem__(self, code: str) -> float:
        return self.weights.get(code, self.prior.get(code, 0.0))


def weights(path: Path = WEIGHTS_FILE) -> Weights:
    """The weights and thresholds of ``data/resolution/weights.yaml``."""
    return _weights(str(path))


@lru_cache(maxsize=4)
def _weights(path: str) -> Weights:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    th = data.get("thresholds") or {}
    return Weights(
        merge_at=float(th.get("merge", 4.0)),
        review_at=float(th.get("review", 1.0)),
        prior={k: float(v) for k, v in (data.get("prior") or {}).items()},
        weights={k: float(v) for k, v in (data.get("weights") or {}).items()},
        common_names=frozenset(data.get("common_names") or []),
    )


@dataclass(slots=True)
class PersonRecord:
    """What resolution knows about one person: a node in the store or an incoming mention.

    ``slots``: a load of a million people holds a million of these (the index); without a
    ``__dict__`` each is ~100 bytes smaller.  ``honours``, ``posts`` and ``docs`` are sets for an
    incoming mention and a person read from the store, tuples for a person the load made (a set
    of one is 216 bytes, a tuple 48): ``grown`` adds to either."""

    id: str
    name: str
    keys: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    born: str | None = None
    gender: str | None = None
    native_place: str | None = None
    orgs: list[Chain] = field(default_factory=list)
    honours: Collection[tuple[str, int]] = field(default_factory=set)
    posts: Collection[str] = field(default_factory=set)
    docs: Collection[str] = field(default_factory=set)
    # natural key of a fact (award: honour id, year, edition …) → the fact node's id; kept only for
    # people read from the store (``fact_ids``): a person the load made gets its ids from its own
    # id (``loaders.pipeline._resolve_document``)
    facts: Mapping[tuple[Any, ...], str] = field(default_factory=dict)
    props: Mapping[str, Any] = field(default_factory=dict)


_T = TypeVar("_T")


# facts and props of a person the load made: none, and one read-only empty mapping for all of them
_NONE: Mapping[Any, Any] = MappingProxyType({})


def fact_ids(rec: PersonRecord) -> dict[tuple[Any, ...], str]:
    """``rec.facts``, to be added to."""
    if not isinstance(rec.facts, dict):
        rec.facts = dict(rec.facts)
    return rec.facts


def grown(held: Collection[_T], more: Iterable[_T]) -> Collection[_T]:
    """``held`` with ``more`` added: a set in place, a tuple replaced by a longer one."""
    if isinstance(held, set):
        held.update(more)
        return held
    new = [x for x in dict.fromkeys(more) if x not in held]
    return (*held, *new) if new else held


def _common(a: Collection[_T], b: Collection[_T]) -> set[_T]:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return {x for x in small if x in large}


def _meets(a: Collection[_T], b: Collection[_T]) -> bool:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return any(x in large for x in small)


@dataclass(frozen=True)
class Reason:
    code: str
    weight: float
    detail: str = ""

    def text(self) -> str:
        """``org_same:+6:九里山矿`` — the form stored on review items."""
        return f"{self.code}:{self.weight:+g}:{self.detail}"


@dataclass(frozen=True)
class Comparison:
    score: float
    reasons: tuple[Reason, ...]

    def texts(self) -> list[str]:
        return [r.text() for r in self.reasons]


def _born_parts(born: str | None) -> tuple[str, str | None] | None:
    if not born:
        return None
    parts = str(born).split("-")
    return parts[0], parts[1] if len(parts) > 1 else None


def province_of(names: Iterable[str]) -> set[str]:
    """Provinces an organisation chain names (河南能源化工集团 → 河南, 郑州煤矿机械集团 → 河南).

    >>> sorted(province_of(["九里山矿", "河南能源化工集团"]))
    ['河南']
    >>> province_of(["焦煤集团"])
    set()
    """
    out: set[str] = set()
    for name in names:
        out |= _provinces_of(name)
    return out


@lru_cache(maxsize=65_536)
def _provinces_of(name: str) -> frozenset[str]:
    # organisation names repeat across every comparison of a load: each is read once
    p = places()
    provinces: frozenset[str] = p["provinces"]
    city_to_province: dict[str, str] = p["city_to_province"]
    found = {prov for prov in provinces if name.startswith(prov)}
    found |= {prov for city, prov in city_to_province.items() if name.startswith(city)}
    return frozenset(found)


def _org_reason(a: Sequence[Chain], b: Sequence[Chain], w: Weights) -> Reason | None:
    if not a or not b:
        return None
    best: Reason | None = None
    for ca in a:
        for cb in b:
            ids_a, ids_b = [x[0] for x in ca], [x[0] for x in cb]
            names_a, names_b = [x[1] for x in ca], [x[1] for x in cb]
            if ids_a[0] == ids_b[0]:
                r = Reason("org_same", w["org_same"], names_a[0])
            elif ids_a[0] in ids_b or ids_b[0] in ids_a:
                inner, outer = (names_a[0], names_b[0]) if ids_b[0] in ids_a else (names_b[0], names_a[0])
                r = Reason("org_hierarchy", w["org_hierarchy"], f"{inner}⊂{outer}")
            elif shared := [n for i, n in zip(ids_a[1:], names_a[1:], strict=True) if i in ids_b[1:]]:
                r = Reason("org_related", w["org_related"], shared[0])
            else:
                continue
            if best is None or r.weight > best.weight:
                best = r
    if best:
        return best
    pa = province_of(n for c in a for _, n in c)
    pb = province_of(n for c in b for _, n in c)
    detail = f"{a[0][0][1]}≠{b[0][0][1]}"
    if pa and pb and not pa & pb:
        return Reason(
            "org_other_province", w["org_other_province"], f"{detail} ({'/'.join(sorted(pa))}≠{'/'.join(sorted(pb))})"
        )
    return Reason("org_unrelated", w["org_unrelated"], detail)


def compare(mention: PersonRecord, candidate: PersonRecord, *, candidates: int, w: Weights) -> Comparison:
    """Score the hypothesis "``mention`` and ``candidate`` are one person" (log2 odds).

    ``candidates`` is how many same-named people the mention could be: each further one
    costs log2(n) of prior odds.  Two different people of one document are never one.

    >>> w = weights()
    >>> a = PersonRecord(id="p-1", name="张伟", born="1980-02")
    >>> compare(a, PersonRecord(id="p-2", name="张伟", born="1985"), candidates=1, w=w).score
    -9.0
    """
    reasons = [Reason("name_match", w["name_match"], mention.name)]
    if mention.name in w.common_names:
        reasons.append(Reason("common_name", w["common_name"], mention.name))
    if candidates > 1:
        reasons.append(
            Reason("other_candidates", round(w["per_other_candidate"] * math.log2(candidates), 2), str(candidates))
        )
    shared_docs = _common(mention.docs, candidate.docs)
    if shared_docs:
        # two people a document names separately are two people
        return Comparison(-math.inf, (*reasons, Reason("same_document", -math.inf, sorted(shared_docs)[0])))
    org = _org_reason(mention.orgs, candidate.orgs, w)
    if org:
        reasons.append(org)
    ba, bb = _born_parts(mention.born), _born_parts(candidate.born)
    if ba and bb:
        if ba[0] != bb[0] or (ba[1] and bb[1] and ba[1] != bb[1]):
            reasons.append(Reason("born_differs", w["born_differs"], f"{mention.born}≠{candidate.born}"))
        elif ba[1] and bb[1]:
            reasons.append(Reason("born_same_month", w["born_same_month"], str(mention.born)))
        else:
            reasons.append(Reason("born_same_year", w["born_same_year"], ba[0]))
    if mention.gender and candidate.gender:
        same = mention.gender == candidate.gender
        code = "gender_same" if same else "gender_differs"
        reasons.append(Reason(code, w[code], f"{mention.gender}/{candidate.gender}"))
    if mention.native_place and candidate.native_place:
        same = mention.native_place == candidate.native_place
        code = "native_place_same" if same else "native_place_differs"
        reasons.append(Reason(code, w[code], f"{mention.native_place}/{candidate.native_place}"))
    if shared := sorted(_common(mention.honours, candidate.honours)):
        reasons.append(Reason("honour_shared", w["honour_shared"], f"{shared[0][0]} {shared[0][1]}"))
    if posts := sorted(_common(mention.posts, candidate.posts)):
        reasons.append(Reason("post_shared", w["post_shared"], posts[0]))
    return Comparison(round(sum(r.weight for r in reasons), 2), tuple(reasons))


# --- decisions ------------------------------------------------------------------
NEW, SAME, MERGE, REVIEW = "new", "same", "merge", "review"


@dataclass
class Decision:
    """What resolution decided for one incoming person (``index`` in the profile's people)."""

    index: int
    name: str
    key: str
    action: str  # new / same (its key is known) / merge (into an existing node) / review
    person_id: str
    score: float | None = None
    reasons: list[str] = field(default_factory=list)
    candidate: str | None = None  # the existing person merged into or put up for review
    review: list[tuple[str, float, list[str]]] = field(default_factory=list)  # (candidate id, score, reasons)
    candidate_names: dict[str, str] = field(default_factory=dict)  # id → "张伟（焦煤集团九里山矿）"

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "name": self.name,
            "action": self.action,
            "person": self.person_id,
            "candidate": self.candidate,
            "score": None if self.score is None or math.isinf(self.score) else self.score,
            "reasons": self.reasons,
            "review": [{"candidate": c, "score": s, "reasons": r} for c, s, r in self.review],
            "candidate_names": self.candidate_names,
        }


def decide(mention: PersonRecord, pool: Sequence[PersonRecord], w: Weights, *, every_pair: bool = False) -> Decision:
    """The decision for one mention against the same-named people in ``pool``.

    ``every_pair=True`` compares the mention with every one of them, even those ``_scored``
    shows cannot matter (the same decision, slower: tests and benchmarks hold the default to it).
    """
    d = Decision(
        index=-1,
        name=mention.name,
        key=mention.keys[0] if mention.keys else mention.id,
        action=NEW,
        person_id=mention.id,
    )
    blocked = isinstance(pool, Pool) and pool.blocked()
    if blocked:
        assert isinstance(pool, Pool)
        holder = pool.holder(d.key)
        if holder is not None:
            d.action, d.person_id, d.candidate = SAME, holder.id, holder.id
            return d
    else:
        for cand in pool:
            if d.key in cand.keys or d.key == cand.id:
                d.action, d.person_id, d.candidate = SAME, cand.id, cand.id
                return d
    if every_pair:
        _ready(pool, pool)
        scored = [(compare(mention, c, candidates=len(pool), w=w), c) for c in pool]
    elif blocked:
        assert isinstance(pool, Pool)
        scored = _scored_blocked(mention, pool, w)
    else:
        scored = _scored(mention, pool, w)
    scored.sort(key=lambda sc: -sc[0].score)
    sure = [(c, p) for c, p in scored if c.score >= w.merge_at]
    maybe = [(c, p) for c, p in scored if w.review_at <= c.score]
    if len(sure) == 1:
        comp, cand = sure[0]
        d.action, d.person_id, d.candidate = MERGE, cand.id, cand.id
        d.score, d.reasons = comp.score, comp.texts()
        return d
    if maybe:
        d.action = REVIEW
        d.score, d.reasons = maybe[0][0].score, maybe[0][0].texts()
        if len(sure) > 1:
            d.reasons.append(f"ambiguous:+0:{len(sure)}")
        d.candidate = maybe[0][1].id
        d.review = [(p.id, c.score, c.texts()) for c, p in maybe]
        return d
    if scored:
        d.score, d.reasons = scored[0][0].score, scored[0][0].texts()
    return d


# --- bounds: what compare could give before the honours and posts are read ------------
# compare rounds its sum to 0.01; the bounds allow for that, with room to spare.
_ROUNDING = 0.02
_FALLBACK = ("org_unrelated", "org_other_province")
# one of the mention's chains: (employer, ids surely in the chain, ids it may hold)
_MentionChain = tuple[str, frozenset[str], frozenset[str]]
# one of the candidate's chains: (employer, all its ids, the ids above the employer)
_CandidateChain = tuple[str, frozenset[str], frozenset[str]]


def _other_candidates(n: int, w: Weights) -> float:
    return round(w["per_other_candidate"] * math.log2(n), 2) if n > 1 else 0.0


def _mention_chains(
    m: PersonRecord, ancestors: Mapping[str, Collection[tuple[str, str]]] | None
) -> list[_MentionChain]:
    """The mention's chains for bounding: with ``ancestors`` (the store's, by organisation) when its
    chains were built before the store was read (``PeopleIndex.chain`` then adds, for the employer,
    all of the store's ancestors, and for the others at most theirs)."""
    out = []
    for c in m.orgs:
        ids = frozenset(i for i, _ in c)
        if ancestors is None:
            out.append((c[0][0], ids, ids))
        else:
            sure = frozenset({c[0][0], *(up for up, _ in ancestors.get(c[0][0], ()))})
            out.append((c[0][0], sure, ids | {up for i in ids for up, _ in ancestors.get(i, ())}))
    return out


def _candidate_chains(c: PersonRecord) -> list[_CandidateChain]:
    return [(ch[0][0], frozenset(i for i, _ in ch), frozenset(i for i, _ in ch[1:])) for ch in c.orgs]


def _org_bounds(ours: Sequence[_MentionChain], theirs: Sequence[_CandidateChain], w: Weights) -> tuple[float, float]:
    """Lowest and highest weight ``_org_reason`` can give (both sides have chains)."""
    found: list[float] = []  # weights some pair can give
    floor = -math.inf  # a weight some pair surely reaches
    all_may_miss = True
    for e, sure, may in ours:
        for c0, ids, above in theirs:
            if e == c0:
                codes: set[str | None] = {"org_same"}
            elif e in ids or c0 in sure:
                codes = {"org_hierarchy"}
            else:
                if not above.isdisjoint(sure - {e}):
                    codes = {"org_related"}
                elif not above.isdisjoint(may - {e}):
                    codes = {"org_related", None}
                else:
                    codes = {None}
                if c0 in may:
                    codes.add("org_hierarchy")
            weights_ = [w[x] for x in codes if x is not None]
            found += weights_
            if None not in codes:
                all_may_miss = False
                floor = max(floor, min(weights_))
    if all_may_miss:
        found += [w[x] for x in _FALLBACK]
        floor = min(found)
    return floor, max(found)


def score_bounds(
    mention: PersonRecord,
    candidate: PersonRecord,
    *,
    candidates: tuple[int, int],
    w: Weights,
    ancestors: Mapping[str, Collection[tuple[str, str]]] | None = None,
    facts_known: bool = True,
) -> tuple[float, float]:
    """The lowest and highest score ``compare(mention, candidate, …)`` can give.

    ``candidates``: the fewest and most same-named people the mention's pool can hold when it
    is decided (the load adds people as it goes).  ``ancestors``: the store's organisation
    ancestors (``PeopleIndex.ancestors``), when the mention's chains were built before they were
    read (``None``: its chains are complete).  ``facts_known=False``: the candidate's honours
    and posts are not read yet, so a shared one may or may not be there.

    >>> w = weights()
    >>> a = PersonRecord(id="p-1", name="李军萍", born="1980-02", honours={("焦作工匠", 2021)})
    >>> b = PersonRecord(id="p-2", name="李军萍", born="1985")
    >>> score_bounds(a, b, candidates=(1, 1), w=w, facts_known=False)
    (-6.02, -0.98)
    """
    return _bounds(
        mention,
        _mention_chains(mention, ancestors),
        candidate,
        _candidate_chains(candidate),
        candidates,
        facts_known,
        w,
    )


def _bounds(
    m: PersonRecord,
    ours: Sequence[_MentionChain],
    c: PersonRecord,
    theirs: Sequence[_CandidateChain],
    candidates: tuple[int, int],
    facts_known: bool,
    w: Weights,
) -> tuple[float, float]:
    if _meets(m.docs, c.docs):
        return -math.inf, -math.inf
    lo = hi = w["name_match"] + (w["common_name"] if m.name in w.common_names else 0.0)
    few, many = (_other_candidates(n, w) for n in candidates)
    lo, hi = lo + min(few, many), hi + max(few, many)
    if ours and theirs:
        org_lo, org_hi = _org_bounds(ours, theirs, w)
        lo, hi = lo + org_lo, hi + org_hi
    ba, bb = _born_parts(m.born), _born_parts(c.born)
    if ba and bb:
        if ba[0] != bb[0] or (ba[1] and bb[1] and ba[1] != bb[1]):
            born = w["born_differs"]
        else:
            born = w["born_same_month"] if ba[1] and bb[1] else w["born_same_year"]
        lo, hi = lo + born, hi + born
    if m.gender and c.gender:
        g = w["gender_same"] if m.gender == c.gender else w["gender_differs"]
        lo, hi = lo + g, hi + g
    if m.native_place and c.native_place:
        n = w["native_place_same"] if m.native_place == c.native_place else w["native_place_differs"]
        lo, hi = lo + n, hi + n
    for code, ours_, shared in (
        ("honour_shared", bool(m.honours), _meets(m.honours, c.honours)),
        ("post_shared", bool(m.posts), _meets(m.posts, c.posts)),
    ):
        if ours_ and not facts_known:  # shared or not: either can be
            lo, hi = lo + min(0.0, w[code]), hi + max(0.0, w[code])
        elif shared:
            lo, hi = lo + w[code], hi + w[code]
    return round(lo - _ROUNDING, 2), round(hi + _ROUNDING, 2)


def _rest_hi(m: PersonRecord, has_orgs: bool, n: tuple[int, int], w: Weights) -> float:
    """The highest score ``m`` can reach against any namesake surely born in another year (if ``m``
    says) and surely in organisations unrelated to its own (if it names any: ``has_orgs``)."""
    hi = w["name_match"] + (w["common_name"] if m.name in w.common_names else 0.0)
    hi += max(_other_candidates(n[0], w), _other_candidates(n[1], w))
    if has_orgs:
        hi += max(w[c] for c in _FALLBACK)
    if m.born:
        hi += w["born_differs"]
    return round(hi + _known_hi(m, w) + _ROUNDING, 2)


class _Foreseen:
    """What ``decide`` can ask of the store's people when it comes to ``mentions`` (a slice's incoming
    people, in load order, their chains perhaps without the store's part): whom it can compare
    (``compared``: their dated honours and post titles are read before the slice is decided), and
    whom a mention could merge into or land on by its key (``need()``, once those are read: their
    awards, posts and works, stage 2).  Anyone else ``decide`` leaves out whatever their honours and
    posts, so reading them would change nothing: at 500,000 people a slice's names have ~177,000
    namesakes in the store, of whom ``decide`` compares about a third (docs/benchmarks.md).

    For each mention, as ``_scored_blocked`` (and ``_scored``) will see it: those close on birth year
    or organisation (with any organisation the mention's chain may hold once the store's ancestors
    are in it) are compared unless their group is surely left out, and the far rest only unless surely
    left out.  A group is surely left out when the highest score one of it can reach is below both
    thresholds and below a score some namesake surely compared before it surely reaches
    (``_bounds``' lower bound, counting only namesakes no earlier mention of the slice can change by
    a merge or a key).  Whatever this misses, ``decide`` reads before it compares (``Pool.ready``):
    the decisions never depend on it, only the number of reads.
    """

    def __init__(self, index: PeopleIndex, mentions: Sequence[PersonRecord], w: Weights) -> None:
        self.compared: set[str] = set()
        self._need: set[str] = set()
        self._index, self._w = index, w
        # (mention, its chains, a namesake whose honours and posts were not read, pool sizes): whether
        # the mention could merge into it is known only once they are read
        self._unsure: list[tuple[PersonRecord, list[_MentionChain], PersonRecord, tuple[int, int]]] = []
        self._chains: dict[str, list[_CandidateChain]] = {}
        self._changing: set[str] = set()  # people an earlier mention may merge into or land on by its key
        if not index.from_store:  # nobody to read
            return
        coming: dict[str, int] = {}
        for m in mentions:
            coming[m.name] = coming.get(m.name, 0) + 1
        pools: dict[tuple[str, ...], tuple[Pool, dict[str, PersonRecord]]] = {}
        for m in mentions:
            names = tuple(dict.fromkeys([m.name, *m.aliases]))  # as ``decide`` is given them
            if names not in pools:
                pool = index.pool(names)
                pools[names] = (pool, {c.id: c for c in pool})
            pool, people = pools[names]
            n = (len(people), len(people) + sum(coming.get(x, 0) for x in set(names)))
            holders = pool.holding(m.keys[0] if m.keys else m.id)
            if holders:  # lands there by its key, compares no one
                self._changing |= holders
                self._need |= holders
                continue
            self._mention(m, pool, people, n, len(names) > 1)

    def _mention(
        self, m: PersonRecord, pool: Pool, people: Mapping[str, PersonRecord], n: tuple[int, int], two: bool
    ) -> None:
        """Who of ``pool`` ``decide`` can compare with ``m``, and which of them it could merge into."""
        w = self._w
        floor = min(w.merge_at, w.review_at)
        ours = _mention_chains(m, self._index.ancestors)
        bounds: dict[str, tuple[float, float]] = {}

        def lo(ids: Iterable[str]) -> float:
            return max(
                (self._bound(m, ours, people[i], n, bounds)[0] for i in ids if i not in self._changing),
                default=-math.inf,
            )

        year = _born_parts(m.born)
        sure_ids = {i for ch in m.orgs for i, _ in ch}
        rest_hi = max(_rest_hi(m, bool(sure_ids), (k, k), w) for k in n)
        close: Collection[str]
        if n[0] < 2 or (year is None and not sure_ids):  # compares everyone
            close, everyone = people.keys(), True
        else:
            yr = None if year is None else year[0]
            by_year, org_sure = pool.close(yr, sure_ids)
            _, org_may = pool.close(None, {i for _, _, may in ours for i in may})
            # the groups ``_scored_blocked`` bounds: (their highest score over the pool's sizes, lowest
            # and highest; who may be in it; who is in it or in the first, whatever the mention's chain)
            groups: list[tuple[tuple[float, float], set[str], set[str]]] = []
            if yr is not None and sure_ids:
                first, top = by_year & org_may, lo(by_year & org_sure)
                # as ``_scored_blocked`` bounds them
                year_up = max(0.0, w["born_same_month"], w["born_same_year"], w["born_differs"])
                org_up = max(0.0, *(w[c] for c in ("org_same", "org_hierarchy", "org_related", *_FALLBACK)))
                year_hi = [_group_hi(m, k, year_up, max(w[c] for c in _FALLBACK), w) for k in n]
                org_hi = [_group_hi(m, k, w["born_differs"], org_up, w) for k in n]
                groups = [
                    ((min(year_hi), max(year_hi)), by_year, by_year),
                    ((min(org_hi), max(org_hi)), org_may, org_sure),
                ]
            elif yr is None:  # everyone close is in the first group
                first, top = org_may, lo(org_sure)
            else:
                first, top = by_year, lo(by_year)
            for (least, _), _, surely in groups:  # compared before any group that can be left out
                if least >= floor:
                    top = max(top, lo(surely))
            close = set(first)
            for (_, most), may, _ in groups:
                if two or most >= floor or most >= top:  # two names: ``_scored`` compares everyone close
                    close |= may
            everyone = rest_hi >= floor or rest_hi >= top
        for i in close:
            self._bound(m, ours, people[i], n, bounds)
        if everyone and rest_hi >= w.merge_at:  # the far rest may hold someone to merge into
            for c in people.values():
                self._bound(m, ours, c, n, bounds)
        self.compared.update(people if everyone else close)
        self._changing.update(i for i, b in bounds.items() if b[1] >= w.merge_at)

    def _bound(
        self,
        m: PersonRecord,
        ours: list[_MentionChain],
        c: PersonRecord,
        n: tuple[int, int],
        bounds: dict[str, tuple[float, float]],
    ) -> tuple[float, float]:
        """``score_bounds`` of ``m`` and ``c`` (once a mention), noting whom ``m`` could merge into."""
        got = bounds.get(c.id)
        if got is None:
            theirs = self._chains.get(c.id)
            if theirs is None:
                theirs = self._chains[c.id] = _candidate_chains(c)
            known = c.id not in self._index.without_brief
            got = bounds[c.id] = _bounds(m, ours, c, theirs, n, known, self._w)
            if got[1] >= self._w.merge_at:
                if known:
                    self._need.add(c.id)
                else:
                    self._unsure.append((m, ours, c, n))
        return got

    def need(self) -> set[str]:
        """Those a mention could merge into or names by its key, now that the honours and posts of
        everyone ``compared`` are read."""
        for m, ours, c, n in self._unsure:
            if c.id not in self._need:
                known = c.id not in self._index.without_brief
                if _bounds(m, ours, c, _candidate_chains(c), n, known, self._w)[1] >= self._w.merge_at:
                    self._need.add(c.id)
        return self._need


@dataclass
class ReadCounts:
    """What ``PeopleIndex.load`` read: rows per named query, candidates, seconds per stage."""

    rows: dict[str, int] = field(default_factory=dict)
    query_s: dict[str, float] = field(default_factory=dict)  # seconds per named query, rows converted
    candidates: int = 0  # store people read in stage 1
    brief: int = 0  # of those, whose dated honours and post titles were read (for ``compare``)
    late_brief: int = 0  # … of them, when ``decide`` came to compare them (not foreseen)
    with_facts: int = 0  # of those, whose awards, posts and works were read (stage 2)
    seconds: dict[str, float] = field(default_factory=dict)

    def total_rows(self) -> int:
        return sum(self.rows.values())

    def count(self, query: str, rows: int, seconds: float = 0.0) -> None:
        self.rows[query] = self.rows.get(query, 0) + rows
        self.query_s[query] = self.query_s.get(query, 0.0) + seconds

    def took(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


def _ready(pool: Sequence[PersonRecord], people: Iterable[PersonRecord]) -> None:
    """``Pool.ready`` (a plain list of records holds what it holds)."""
    if isinstance(pool, Pool):
        pool.ready(people)


def _scored(mention: PersonRecord, pool: Sequence[PersonRecord], w: Weights) -> list[tuple[Comparison, PersonRecord]]:
    """``compare`` of the mention with each of ``pool``, in pool order, leaving out only people
    surely born in another year and surely in unrelated organisations when even the highest score
    such a one could reach is below both thresholds and below someone else's score: ``decide``
    looks at no one else (a common name's pool holds hundreds)."""
    n = len(pool)
    year = _born_parts(mention.born)
    ids = {i for ch in mention.orgs for i, _ in ch}
    if n < 2 or (year is None and not ids):
        _ready(pool, pool)
        return [(compare(mention, c, candidates=n, w=w), c) for c in pool]

    def apart(c: PersonRecord) -> bool:
        if year is not None:
            theirs = _born_parts(c.born)
            if theirs is None or theirs[0] == year[0]:
                return False
        return not ids or (bool(c.orgs) and ids.isdisjoint(i for ch in c.orgs for i, _ in ch))

    far = [apart(c) for c in pool]
    _ready(pool, (c for i, c in enumerate(pool) if not far[i]))
    scored = {i: compare(mention, c, candidates=n, w=w) for i, c in enumerate(pool) if not far[i]}
    top = max((c.score for c in scored.values()), default=-math.inf)
    hi = _rest_hi(mention, bool(ids), (n, n), w)
    if hi >= min(w.merge_at, w.review_at) or hi >= top:
        _ready(pool, (c for i, c in enumerate(pool) if far[i]))
        scored.update({i: compare(mention, c, candidates=n, w=w) for i, c in enumerate(pool) if far[i]})
    return [(scored[i], c) for i, c in enumerate(pool) if i in scored]


def _scored_blocked(mention: PersonRecord, pool: Pool, w: Weights) -> list[tuple[Comparison, PersonRecord]]:
    """What ``_scored`` gives, or the same less people who cannot matter, without visiting the far
    namesakes.  The pool's blocks give, in pool order, those close on both birth year and
    organisation (compared always), those close on one only, and the rest; a group is compared only
    when the highest score one of it could reach (``_group_hi``) is at or above a threshold or the
    best score so far: whoever is left out scores below both thresholds and below someone compared,
    so ``decide`` gives what it gives comparing every pair."""
    n = len(pool)
    year = _born_parts(mention.born)
    ids = {i for ch in mention.orgs for i, _ in ch}
    if n < 2 or (year is None and not ids):
        pool.ready(pool)
        return [(compare(mention, c, candidates=n, w=w), c) for c in pool]
    both, year_only, org_only = pool.near(None if year is None else year[0], ids)
    pool.ready(both)
    scored = {c.id: compare(mention, c, candidates=n, w=w) for c in both}
    top = max((c.score for c in scored.values()), default=-math.inf)
    floor = min(w.merge_at, w.review_at)
    year_up = max(0.0, w["born_same_month"], w["born_same_year"], w["born_differs"])
    org_up = max(0.0, *(w[c] for c in ("org_same", "org_hierarchy", "org_related", *_FALLBACK)))
    groups: list[tuple[float, list[PersonRecord] | None]] = [
        (_group_hi(mention, n, year_up, max(w[c] for c in _FALLBACK), w), year_only),
        (_group_hi(mention, n, w["born_differs"], org_up, w), org_only),
        (_rest_hi(mention, bool(ids), (n, n), w), None),  # None: the far rest
    ]
    rest = False
    for hi, people in sorted(groups, key=lambda g: -g[0]):
        if hi < floor and hi < top:
            break
        if people is None:
            rest = True
            break
        pool.ready(people)
        for c in people:
            comp = scored[c.id] = compare(mention, c, candidates=n, w=w)
            top = max(top, comp.score)
    if rest:
        pool.ready(pool)
        return [(scored.get(c.id) or compare(mention, c, candidates=n, w=w), c) for c in pool]
    return [(scored[c.id], c) for c in pool.in_order([*both, *year_only, *org_only]) if c.id in scored]


def _known_hi(m: PersonRecord, w: Weights) -> float:
    """The most the mention's gender, native place, honours and posts can add to a score."""
    hi = 0.0
    for known, codes in (
        (m.gender, ("gender_same", "gender_differs")),
        (m.native_place, ("native_place_same", "native_place_differs")),
        (m.honours, ("honour_shared",)),
        (m.posts, ("post_shared",)),
    ):
        if known:
            hi += max(0.0, *(w[c] for c in codes))
    return hi


def _group_hi(m: PersonRecord, n: int, born: float, org: float, w: Weights) -> float:
    """The highest score ``m`` can reach against a namesake whose birth and organisation weights are
    at most ``born`` and ``org`` (``_rest_hi`` for other groups)."""
    hi = w["name_match"] + (w["common_name"] if m.name in w.common_names else 0.0)
    hi += _other_candidates(n, w) + born + org
    return round(hi + _known_hi(m, w) + _ROUNDING, 2)


# A name with at most this many people is not indexed: ``decide`` looks at each of them (as fast
# for so few), and the indexes' empty dicts and sets (~1.5 KB a name) are not made.  Most names of
# a load have a few people; a common name at a million people has thousands.
SMALL_BLOCK = 16


class _Namesakes:
    """The people of one name (``PeopleIndex.by_name[name]``, the same dict) indexed for ``decide``:
    by key, by birth year and by organisation (any id of any of their chains), each person with its
    place in the name's insertion order (the pool order, which fixes ties and the review order).
    Up to ``SMALL_BLOCK`` people the same answers come from a look at each of them."""

    __slots__ = ("_interned", "by_key", "by_org", "by_year", "indexed", "name", "order", "orgless", "people")
    # made when the name passes SMALL_BLOCK people (``_start``):
    order: dict[str, int]
    # key → the one id holding it, or the set of them (a key is nearly always one person's: a
    # set of one is 216 bytes)
    by_key: dict[str, str | set[str]]
    by_year: dict[str | None, set[str]]  # None: no birth year
    by_org: dict[str, set[str]]
    orgless: set[str]
    # what each person is indexed under: keys and id (None: only its id), birth year, organisation ids
    indexed: dict[str, tuple[tuple[str, ...] | None, str | None, tuple[str, ...] | None]]

    def __init__(self, name: str, people: dict[str, PersonRecord], interned: dict[Any, Any] | None = None) -> None:
        self.name = name
        self.people = people
        self._interned = {} if interned is None else interned  # the organisation id tuples people share

    def _indexing(self) -> bool:
        return hasattr(self, "indexed")

    def _start(self) -> None:
        self.order, self.by_key, self.by_year, self.by_org = {}, {}, {}, {}
        self.orgless, self.indexed = set(), {}
        for rec in list(self.people.values()):
            self._put(rec)

    def put(self, rec: PersonRecord) -> None:
        """Index ``rec`` (new, or changed since it was indexed)."""
        if self._indexing():
            self._put(rec)
            return
        self.people[rec.id] = rec
        if len(self.people) > SMALL_BLOCK:
            self._start()

    def _put(self, rec: PersonRecord) -> None:
        self.order.setdefault(rec.id, len(self.order))
        self.people[rec.id] = rec
        born = _born_parts(rec.born)
        orgs: tuple[str, ...] | None = None
        if rec.orgs:
            orgs = tuple(sorted({i for ch in rec.orgs for i, _ in ch}))
            orgs = self._interned.setdefault(orgs, orgs)
        keys = None if not rec.keys or rec.keys == [rec.id] else tuple(sorted({*rec.keys, rec.id}))
        now = (keys, None if born is None else born[0], orgs)
        was = self.indexed.get(rec.id)
        if was == now:
            return
        if was is not None:
            for k in was[0] or (rec.id,):
                holding = self.by_key[k]
                if isinstance(holding, set):
                    holding.discard(rec.id)
                elif holding == rec.id:
                    del self.by_key[k]
            self.by_year[was[1]].discard(rec.id)
            for i in was[2] if was[2] is not None else ():
                self.by_org[i].discard(rec.id)
            self.orgless.discard(rec.id)
        for k in now[0] or (rec.id,):
            held = self.by_key.get(k)
            if held is None:
                self.by_key[k] = rec.id
            elif isinstance(held, set):
                held.add(rec.id)
            elif held != rec.id:
                self.by_key[k] = {held, rec.id}
        self.by_year.setdefault(now[1], set()).add(rec.id)
        if now[2] is None:
            self.orgless.add(rec.id)
        else:
            for i in now[2]:
                self.by_org.setdefault(i, set()).add(rec.id)
        self.indexed[rec.id] = now

    def consistent(self) -> bool:
        """Every person of the name indexed (a small name is looked at whole)."""
        return not self._indexing() or len(self.order) == len(self.people)

    def holders(self, key: str) -> Collection[str]:
        """The ids holding ``key`` as a key or as their id."""
        if not self._indexing():
            return [i for i, r in self.people.items() if i == key or key in r.keys]
        held = self.by_key.get(key)
        return () if held is None else (held,) if isinstance(held, str) else held

    def close(self, year: str | None, org_ids: Collection[str]) -> tuple[set[str], set[str]]:
        """Those born in ``year`` or with no birth year (if a year is given), and those with no
        organisation or one of ``org_ids`` in a chain (if any are given)."""
        by_year: set[str] = set()
        by_org: set[str] = set()
        if not self._indexing():
            for i, r in self.people.items():
                born = _born_parts(r.born)
                if year is not None and (born is None or born[0] == year):
                    by_year.add(i)
                if org_ids and (not r.orgs or any(o in org_ids for ch in r.orgs for o, _ in ch)):
                    by_org.add(i)
            return by_year, by_org
        if year is not None:
            by_year.update(self.by_year.get(year, ()), self.by_year.get(None, ()))
        if org_ids:
            by_org.update(self.orgless)
            for i in org_ids:
                by_org.update(self.by_org.get(i, ()))
        return by_year, by_org

    def place(self, pid: str) -> int:
        """``pid``'s place in the name's order."""
        return self.order[pid] if self._indexing() else list(self.people).index(pid)

    def ordered(self, found: Iterable[str]) -> list[PersonRecord]:
        if not self._indexing():
            wanted = set(found)
            return [r for i, r in self.people.items() if i in wanted]
        return [self.people[i] for i in sorted(found, key=self.order.__getitem__)]


class Pool(Sequence[PersonRecord]):
    """The same-named people of ``PeopleIndex.pool``: a view of the index (valid until it next
    changes) that ``decide`` asks for the holder of a key and for the close namesakes without
    visiting the others; as a sequence, what the index held, name by name in insertion order."""

    def __init__(
        self,
        blocks: Sequence[_Namesakes],
        indexed: bool,
        ready: Callable[[Iterable[PersonRecord]], None] | None = None,
    ) -> None:
        self._blocks = blocks
        self._indexed = indexed
        self._ready = ready
        self._all: list[PersonRecord] | None = None

    def ready(self, people: Iterable[PersonRecord]) -> None:
        """Before ``compare`` is given ``people`` (of this pool): read what the index has not read of
        them yet (their honours and posts, ``PeopleIndex.load_brief``)."""
        if self._ready is not None:
            self._ready(people)

    def _people(self) -> list[PersonRecord]:
        if self._all is None:
            seen: dict[str, PersonRecord] = {}
            for b in self._blocks:
                seen.update(b.people)
            self._all = list(seen.values())
        return self._all

    def blocked(self) -> bool:
        """Whether the blocks answer for the pool (every person indexed, no one under two names)."""
        return self._indexed and all(b.consistent() for b in self._blocks)

    def __len__(self) -> int:
        if self._all is None and self.blocked():
            return sum(len(b.people) for b in self._blocks)
        return len(self._people())

    def __iter__(self) -> Iterator[PersonRecord]:
        return iter(self._people())

    @overload
    def __getitem__(self, i: int) -> PersonRecord: ...
    @overload
    def __getitem__(self, i: slice) -> list[PersonRecord]: ...
    def __getitem__(self, i: int | slice) -> PersonRecord | list[PersonRecord]:
        return self._people()[i]

    def holder(self, key: str) -> PersonRecord | None:
        """The first person (in pool order) holding ``key`` as a key or as its id."""
        for b in self._blocks:
            found = b.holders(key)
            if found:
                return b.ordered(found)[0]
        return None

    def holding(self, key: str) -> set[str]:
        """The ids holding ``key`` as a key or as their id."""
        return {i for b in self._blocks for i in b.holders(key)}

    def close(self, year: str | None, org_ids: Collection[str]) -> tuple[set[str], set[str]]:
        """``_Namesakes.close`` over the pool's names."""
        by_year: set[str] = set()
        by_org: set[str] = set()
        for b in self._blocks:
            y, o = b.close(year, org_ids)
            by_year |= y
            by_org |= o
        return by_year, by_org

    def near(
        self, year: str | None, org_ids: Collection[str]
    ) -> tuple[list[PersonRecord], list[PersonRecord], list[PersonRecord]]:
        """Those ``_scored`` does not count far, in pool order: (close on both, on the birth year
        only, on the organisation only).  Close on the year: born in ``year`` or with no birth year
        (when the mention gives one); on the organisation: with none, or one of ``org_ids`` in a
        chain (when the mention names any).  When the mention gives only one of the two, everyone
        close is in the first."""
        both: list[PersonRecord] = []
        year_only: list[PersonRecord] = []
        org_only: list[PersonRecord] = []
        for b in self._blocks:
            by_year, by_org = b.close(year, org_ids)
            if year is None:
                both += b.ordered(by_org)
            elif not org_ids:
                both += b.ordered(by_year)
            else:
                both += b.ordered(by_year & by_org)
                year_only += b.ordered(by_year - by_org)
                org_only += b.ordered(by_org - by_year)
        return both, year_only, org_only

    def in_order(self, people: Iterable[PersonRecord]) -> list[PersonRecord]:
        """``people`` (of this pool) in pool order."""
        place = {b.name: k for k, b in enumerate(self._blocks)}
        return sorted(people, key=lambda c: (place[c.name], self._blocks[place[c.name]].place(c.id)))

    def only(self, ids: Collection[str | None]) -> list[PersonRecord]:
        """Those of ``ids`` in the pool, in pool order."""
        if not self.blocked():
            return [c for c in self._people() if c.id in ids]
        return [c for b in self._blocks for c in b.ordered(i for i in b.people.keys() & set(ids) if i)]


# --- the people index: store + this load ----------------------------------------------
class PeopleIndex:
    """Same-named people by name: those the store held when the load began, plus those the
    load has written (or, in a dry run, would have written) since."""

    def __init__(self) -> None:
        self.by_name: dict[str, dict[str, PersonRecord]] = {}
        self.by_id: dict[str, PersonRecord] = {}
        self._namesakes: dict[str, _Namesakes] = {}  # name → its people, indexed (``Pool``)
        self._two_names = False  # some id is under two names (the blocks then do not answer)
        # org id → the (id, name) above it in the store, nearest first and at one distance by name
        # then id (a chain lists them in this order, and ``org_related`` names the first one shared:
        # a set gave a different one in each process, by the strings' hashes; ``load_orgs``)
        self.ancestors: dict[str, dict[tuple[str, str], None]] = {}
        self.org_names: dict[str, str] = {}
        self.names_loaded: set[str] = set()
        self.from_store: set[str] = set()  # ids of the people read from the store
        self.without_facts: set[str] = set()  # … of those whose awards, posts and works are not read (yet)
        self.without_brief: set[str] = set()  # … and whose dated honours and post titles are not read (yet)
        self.reads = ReadCounts()
        self.store: GraphStore | None = None  # the store read last (for ``record``)
        # one object for equal organisation chains, (honour, year) pairs and post titles: people of
        # one unit share a chain, and a million people share some 40,000 dated honours
        self._interned: dict[Any, Any] = {}

    def intern(self, value: Any) -> Any:
        """The index's one copy of an immutable ``value`` (a chain, a dated honour, a title)."""
        return self._interned.setdefault(value, value)

    def pool(self, names: Iterable[str]) -> Pool:
        """The people of these names (each once), name by name in the order they came."""
        blocks = [self._block(n) for n in dict.fromkeys(names) if n in self.by_name]
        return Pool(blocks, len(blocks) < 2 or not self._two_names, self._ready if self.without_brief else None)

    def _block(self, name: str) -> _Namesakes:
        block = self._namesakes.get(name)
        if block is None or block.people is not self.by_name[name]:
            block = self._namesakes[name] = _Namesakes(name, self.by_name[name], self._interned)
            for rec in list(block.people.values()):
                block.put(rec)
        return block

    def add(self, rec: PersonRecord) -> None:
        was = self.by_id.get(rec.id)
        if was is not None and was.name != rec.name:
            self._two_names = True
        self.by_name.setdefault(rec.name, {})
        self._block(rec.name).put(rec)
        self.by_id[rec.id] = rec

    def changed(self, rec: PersonRecord) -> None:
        """Index again a person whose keys, birth or organisations changed."""
        block = self._namesakes.get(rec.name)
        if block is not None and block.people.get(rec.id) is rec:
            block.put(rec)

    def learn(self, target: PersonRecord | None, mention: PersonRecord, keys: list[str], doc_id: str) -> PersonRecord:
        """What a decided mention tells later mentions: folded into the person it joined
        (``target``), or a new person of its own; ``keys`` are the person's keys after it."""
        rec = target or PersonRecord(
            id=mention.id, name=mention.name, honours=(), posts=(), docs=(), facts=_NONE, props=_NONE
        )
        rec.keys = keys
        rec.aliases = list(dict.fromkeys([*rec.aliases, *mention.aliases]))
        rec.born = mention.born or rec.born
        rec.gender = mention.gender or rec.gender
        rec.native_place = mention.native_place or rec.native_place
        rec.orgs = [*rec.orgs, *(self.intern(c) for c in mention.orgs if c not in rec.orgs)]
        rec.honours = grown(rec.honours, (self.intern(h) for h in mention.honours if h not in rec.honours))
        rec.posts = grown(rec.posts, (self.intern(p) for p in mention.posts if p not in rec.posts))
        rec.docs = grown(rec.docs, (doc_id,))
        if target is None:
            self.add(rec)
        else:
            self.changed(rec)
        return rec

    def record(self, person_id: str) -> PersonRecord | None:
        """The person, with its fact nodes (read now if stage 2 did not foresee it: one query)."""
        if person_id in self.without_facts and self.store is not None:
            self.load_facts(self.store, [person_id])
        return self.by_id.get(person_id)

    def chain(self, org_id: str, parents: Mapping[str, Iterable[str]], names: Mapping[str, str]) -> Chain:
        """The org and everything above it: this load's PART_OF rows first, then the store's."""
        out: dict[str, str] = {org_id: names.get(org_id) or self.org_names.get(org_id, "")}
        todo, depth = [org_id], 0
        while todo and depth < 7:
            nxt = []
            for oid in todo:
                for up, up_name in self.ancestors.get(oid, ()):
                    out.setdefault(up, up_name)
                for up in parents.get(oid, ()):
                    if up not in out:
                        out[up] = names.get(up) or self.org_names.get(up, "")
                        nxt.append(up)
            todo, depth = nxt, depth + 1
        chain: Chain = self.intern(tuple(out.items()))
        return chain

    # --- filling from the store -------------------------------------------------------
    def load(
        self,
        store: GraphStore,
        names: Iterable[str],
        org_ids: Iterable[str],
        docs: Iterable[str] | None = None,
        mentions: Iterable[PersonRecord] | None = None,
    ) -> None:
        """Fetch the same-named people (and ancestors of the given organisations) from the store.

        ``docs``: the ids of the documents being loaded.  What resolution asks of a candidate's
        sources is only whether one of them is among those (two people of one document are two
        people), so only that is read: at 200,000 people the candidates of 10,000 incoming
        names are half the store, and all their documents were 99,000 rows; and only for those of
        the documents the store holds already (none, in a load of new ones).  ``None`` reads all.

        ``mentions``: the incoming people, as they will be given to ``decide`` (in load order;
        their organisation chains may lack the store's part above the load's organisations).
        With them, the honours and posts of the candidates ``decide`` can compare are read in
        brief, and the fact nodes only for the candidates a mention could merge into or names by
        its key (``_Foreseen``; the module's "two stages"); without, the fact nodes of every
        candidate.  Either way every ``compare`` is the same: a candidate nobody foresaw has its
        honours and posts read when ``decide`` comes to compare it, and its facts when ``record``
        gives it.

        Python's cycle collector is paused meanwhile: the hundreds of thousands of records and
        rows this builds are no garbage, and it kept walking them (half the time of the bounds).
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            self._load(store, names, org_ids, docs, mentions)
        finally:
            if paused:
                gc.enable()

    def _load(
        self,
        store: GraphStore,
        names: Iterable[str],
        org_ids: Iterable[str],
        docs: Iterable[str] | None,
        mentions: Iterable[PersonRecord] | None,
    ) -> None:
        started = time.perf_counter()
        self.store = store
        asked = set(names)
        wanted = sorted(asked - self.names_loaded)
        incoming = None if docs is None else sorted(set(docs))
        held: list[str] | None = None  # of ``incoming``, those the store holds (looked up when first asked)
        self.names_loaded.update(wanted)
        cand_orgs: set[str] = set()
        works: dict[str, list[str]] = {}
        for i in range(0, len(wanted), NAME_CHUNK):
            chunk = wanted[i : i + NAME_CHUNK]
            recs: dict[str, PersonRecord] = {}
            for r in self._run(store, "resolution_people", names=chunk):
                rec = PersonRecord(
                    id=r["id"],
                    name=r["name"],
                    keys=list(r["keys"] or []),
                    aliases=list(r["aliases"] or []),
                    born=r["born"],
                    gender=r["gender"],
                    native_place=r["native_place"],
                    props={k: r[k] for k in ("aliases", "keys", "born", "gender", "native_place")},
                )
                recs[rec.id] = rec
            found = sorted(recs)
            for j in range(0, len(found), ID_CHUNK):
                by_id = found[j : j + ID_CHUNK]
                for r in self._run(store, "resolution_employers", ids=by_id):
                    works.setdefault(r["id"], []).append(r["org"])
                    self.org_names[r["org"]] = r["org_name"]
                    cand_orgs.add(r["org"])
                if incoming is None:
                    for r in self._run(store, "resolution_documents", ids=by_id):
                        recs[r["id"]].docs = grown(recs[r["id"]].docs, (r["doc"],))
            if incoming and held is None:
                held = self._documents_held(store, incoming)
            if held:
                t0 = time.perf_counter()
                rows = store.read(DOCUMENT_PEOPLE_CYPHER, {"docs": held}, timeout_s=600).rows
                self.reads.count("documents_loaded", len(rows), time.perf_counter() - t0)
                for r in rows:
                    if r["id"] in recs:
                        recs[r["id"]].docs = grown(recs[r["id"]].docs, (r["doc"],))
            for rec in recs.values():
                self.add(rec)
            self.from_store.update(recs)
            self.without_facts.update(recs)
            if mentions is not None:  # honours and posts later, for those ``decide`` can compare
                self.without_brief.update(recs)
            self.reads.candidates += len(recs)
        incoming_people = None if mentions is None else list(mentions)
        chained = {i for m in incoming_people or () for c in m.orgs for i, _ in c}
        self.load_orgs(store, set(org_ids) | cand_orgs | chained)
        for pid, orgs in works.items():
            worker = self.by_id.get(pid)
            if worker is not None:
                worker.orgs = [self.chain(o, {}, {}) for o in orgs]
                self.changed(worker)
        self.reads.took("stage 1", time.perf_counter() - started)
        started = time.perf_counter()
        if incoming_people is None:
            self.load_facts(store, {c.id for n in asked for c in self.by_name.get(n, {}).values()})
            self.reads.took("stage 2", time.perf_counter() - started)
            return
        foreseen = _Foreseen(self, incoming_people, weights())
        self.reads.took("bounds", time.perf_counter() - started)
        started = time.perf_counter()
        self.load_brief(store, foreseen.compared)
        need = foreseen.need()
        self.reads.took("honours and posts", time.perf_counter() - started)
        started = time.perf_counter()
        self.load_facts(store, need)
        self.reads.took("stage 2", time.perf_counter() - started)

    def _documents_held(self, store: GraphStore, docs: list[str]) -> list[str]:
        """Those of ``docs`` the store holds: a look-up by key, so that the people of the documents
        being loaded are read only for documents loaded before (in a load of new documents, none)."""
        t0 = time.perf_counter()
        rows = store.read(DOCUMENTS_HELD_CYPHER, {"docs": docs}, timeout_s=600).rows
        self.reads.count("documents_held", len(rows), time.perf_counter() - t0)
        return sorted({str(r["id"]) for r in rows})

    def load_brief(self, store: GraphStore, person_ids: Iterable[str]) -> None:
        """Read the dated honours and post titles (what ``compare`` asks of them) of these store people."""
        todo = sorted(set(person_ids) & self.without_brief)
        for j in range(0, len(todo), ID_CHUNK):
            by_id = todo[j : j + ID_CHUNK]
            for r in self._run(store, "resolution_honour_years", ids=by_id):
                rec = self.by_id[r["id"]]
                dated = (self.intern((h["name"], int(h["year"]))) for h in r["honours"] or ())
                rec.honours = grown(rec.honours, dated)
            for r in self._run(store, "resolution_post_titles", ids=by_id):
                rec = self.by_id[r["id"]]
                rec.posts = grown(rec.posts, (self.intern(t) for t in r["posts"] or ()))
        self.without_brief.difference_update(todo)
        self.reads.brief += len(todo)

    def _ready(self, people: Iterable[PersonRecord]) -> None:
        """Before ``decide`` compares ``people``: the honours and posts of those not read yet (those
        ``_Foreseen`` did not foresee; one read for the lot)."""
        late = [c.id for c in people if c.id in self.without_brief]
        if late and self.store is not None:
            self.reads.late_brief += len(late)
            self.load_brief(self.store, late)

    def load_facts(self, store: GraphStore, person_ids: Iterable[str]) -> None:
        """Read the awards, posts and works of these store people (stage 2)."""
        todo = sorted(set(person_ids) & self.without_facts)
        for j in range(0, len(todo), ID_CHUNK):
            by_id = todo[j : j + ID_CHUNK]
            for r in self._run(store, "resolution_awards", ids=by_id):
                rec = self.by_id[r["id"]]
                fact_ids(rec)[("award", r["honor"], r["year"], r["edition"])] = r["award"]
                if r["year"] is not None:
                    rec.honours = grown(rec.honours, ((r["honor_name"], int(r["year"])),))
            for r in self._run(store, "resolution_positions", ids=by_id):
                rec = self.by_id[r["id"]]
                fact_ids(rec)[("position", r["title"], r["org"], r["start"])] = r["position"]
                rec.posts = grown(rec.posts, (r["title"],))
            for r in self._run(store, "resolution_works", ids=by_id):
                fact_ids(self.by_id[r["id"]])[(r["kind"], r["title"], r["number"])] = r["fact"]
        self.without_facts.difference_update(todo)
        self.without_brief.difference_update(todo)  # the awards and posts give the honours and titles
        self.reads.with_facts += len(todo)

    def _run(self, store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
        from graph.queries import run

        started = time.perf_counter()
        few = FEW_IDS_CYPHER.get(name)
        if few is not None and len(params.get("ids", ())) <= FEW_IDS:
            rows = store.read(few, params, timeout_s=600).rows
        else:
            rows = run(store, name, **params).rows
        self.reads.count(name, len(rows), time.perf_counter() - started)
        return rows

    def load_orgs(self, store: GraphStore, org_ids: Iterable[str]) -> None:
        """Each organisation's ancestors (up to ``MAX_ORG_DEPTH`` PART_OF steps) and names, one step
        a query (``ORG_STEP_CYPHER``): what ``resolution_org_ancestors`` answers, without its
        variable-length path, which did not fit a ladybug buffer pool capped at 1 GB at 20,000 people."""
        from graph.queries import MAX_ORG_DEPTH

        todo = sorted(set(org_ids) - set(self.ancestors))
        for i in range(0, len(todo), ORG_CHUNK):
            chunk = todo[i : i + ORG_CHUNK]
            for oid in chunk:
                self.ancestors.setdefault(oid, {})
            parents: dict[str, list[tuple[str, str]]] = {}
            asked: set[str] = set()
            ask = list(chunk)
            for _ in range(MAX_ORG_DEPTH):
                asked.update(ask)
                for r in self._read(store, ORG_STEP_CYPHER, orgs=ask):
                    self.org_names[r["id"]] = r["name"]
                    if r["up"] is not None:
                        parents.setdefault(r["id"], []).append((r["up"], r["up_name"]))
                ask = sorted({up for oid in ask for up, _ in parents.get(oid, ())} - asked)
                if not ask:
                    break
            for oid in chunk:
                # Nearest first; at one distance, by name then id.  ``org_related`` names the first
                # unit of a chain the other chain shares, and a unit under two parents or more (张村
                # under two towns) shares several at one distance: this order names the same one on
                # either store whatever order the documents stating them came in (the store's row
                # order differed between the stores, and DISTINCT changes it again).
                seen, level, depth = {oid}, [oid], 0
                while level and depth < MAX_ORG_DEPTH:
                    ups = {(up, name) for x in level for up, name in parents.get(x, ()) if up not in seen}
                    nxt = sorted(ups, key=lambda u: (u[1], u[0]))
                    for up, name in nxt:
                        self.org_names[up] = name
                        self.ancestors[oid][(up, name)] = None
                        seen.add(up)
                    level, depth = [up for up, _ in nxt], depth + 1

    def _read(self, store: GraphStore, cypher: str, **params: Any) -> list[dict[str, Any]]:
        started = time.perf_counter()
        rows = store.read(cypher, params, timeout_s=600).rows
        self.reads.count("org_parents", len(rows), time.perf_counter() - started)
        return rows
