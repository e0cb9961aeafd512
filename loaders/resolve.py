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

>>> w = weights()
>>> a = PersonRecord(id="p-1", name="李军萍", orgs=[(("o-1", "修武县总工会"),)])
>>> b = PersonRecord(id="p-2", name="李军萍", orgs=[(("o-1", "修武县总工会"),)])
>>> c = compare(a, b, candidates=1, w=w)
>>> c.score, [r.code for r in c.reasons]
(10.0, ['name_match', 'org_same'])
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.store import GraphStore
from loaders.orgs import places

WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "resolution" / "weights.yaml"
NAME_CHUNK = 20_000
# ladybug answers a look-up by a list of keys with a hash join over the relationship table: one
# big list costs about one scan, many small ones a scan each (measured at 200k people).
ID_CHUNK = 50_000

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


@dataclass
class PersonRecord:
    """What resolution knows about one person: a node in the store or an incoming mention."""

    id: str
    name: str
    keys: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    born: str | None = None
    gender: str | None = None
    native_place: str | None = None
    orgs: list[Chain] = field(default_factory=list)
    honours: set[tuple[str, int]] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    # natural key of a fact (award: honour id, year, edition …) → the fact node's id
    facts: dict[tuple[Any, ...], str] = field(default_factory=dict)
    props: dict[str, Any] = field(default_factory=dict)


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
    shared_docs = mention.docs & candidate.docs
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
    if shared := sorted(mention.honours & candidate.honours):
        reasons.append(Reason("honour_shared", w["honour_shared"], f"{shared[0][0]} {shared[0][1]}"))
    if posts := sorted(mention.posts & candidate.posts):
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


def decide(mention: PersonRecord, pool: Sequence[PersonRecord], w: Weights) -> Decision:
    """The decision for one mention against the same-named people in ``pool``."""
    d = Decision(
        index=-1,
        name=mention.name,
        key=mention.keys[0] if mention.keys else mention.id,
        action=NEW,
        person_id=mention.id,
    )
    for cand in pool:
        if d.key in cand.keys or d.key == cand.id:
            d.action, d.person_id, d.candidate = SAME, cand.id, cand.id
            return d
    scored = [(compare(mention, c, candidates=len(pool), w=w), c) for c in pool]
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


# --- the people index: store + this load ----------------------------------------------
class PeopleIndex:
    """Same-named people by name: those the store held when the load began, plus those the
    load has written (or, in a dry run, would have written) since."""

    def __init__(self) -> None:
        self.by_name: dict[str, dict[str, PersonRecord]] = {}
        self.by_id: dict[str, PersonRecord] = {}
        self.ancestors: dict[str, set[tuple[str, str]]] = {}  # org id → {(id, name)} above it (store)
        self.org_names: dict[str, str] = {}
        self.names_loaded: set[str] = set()

    def pool(self, names: Iterable[str]) -> list[PersonRecord]:
        seen: dict[str, PersonRecord] = {}
        for n in names:
            seen.update(self.by_name.get(n, {}))
        return list(seen.values())

    def add(self, rec: PersonRecord) -> None:
        self.by_name.setdefault(rec.name, {})[rec.id] = rec
        self.by_id[rec.id] = rec

    def record(self, person_id: str) -> PersonRecord | None:
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
        return tuple(out.items())

    # --- filling from the store -------------------------------------------------------
    def load(
        self, store: GraphStore, names: Iterable[str], org_ids: Iterable[str], docs: Iterable[str] | None = None
    ) -> None:
        """Fetch the same-named people (and ancestors of the given organisations) from the store.

        ``docs``: the ids of the documents being loaded.  What resolution asks of a candidate's
        sources is only whether one of them is among those (two people of one document are two
        people), so only that is read: at 200,000 people the candidates of 10,000 incoming
        names are half the store, and all their documents were 99,000 rows.  ``None`` reads all.
        """
        from graph.queries import run

        wanted = sorted(set(names) - self.names_loaded)
        incoming = None if docs is None else sorted(set(docs))
        self.names_loaded.update(wanted)
        cand_orgs: set[str] = set()
        works: dict[str, list[str]] = {}
        for i in range(0, len(wanted), NAME_CHUNK):
            chunk = wanted[i : i + NAME_CHUNK]
            recs: dict[str, PersonRecord] = {}
            for r in run(store, "resolution_people", names=chunk).rows:
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
                for r in run(store, "resolution_employers", ids=by_id).rows:
                    works.setdefault(r["id"], []).append(r["org"])
                    self.org_names[r["org"]] = r["org_name"]
                    cand_orgs.add(r["org"])
                for r in run(store, "resolution_awards", ids=by_id).rows:
                    rec = recs[r["id"]]
                    rec.facts[("award", r["honor"], r["year"], r["edition"])] = r["award"]
                    if r["year"] is not None:
                        rec.honours.add((r["honor_name"], int(r["year"])))
                for r in run(store, "resolution_positions", ids=by_id).rows:
                    rec = recs[r["id"]]
                    rec.facts[("position", r["title"], r["org"], r["start"])] = r["position"]
                    rec.posts.add(r["title"])
                for r in run(store, "resolution_works", ids=by_id).rows:
                    recs[r["id"]].facts[(r["kind"], r["title"], r["number"])] = r["fact"]
                if incoming is None:
                    for r in run(store, "resolution_documents", ids=by_id).rows:
                        recs[r["id"]].docs.add(r["doc"])
            if incoming:
                cypher = (
                    "UNWIND $docs AS d MATCH (:Document {id: d})<-[:EVIDENCED_BY]-(p:Person) "
                    "RETURN DISTINCT p.id AS id, d AS doc"
                )
                for r in store.read(cypher, {"docs": incoming}, timeout_s=600).rows:
                    if r["id"] in recs:
                        recs[r["id"]].docs.add(r["doc"])
            for rec in recs.values():
                self.add(rec)
        self.load_orgs(store, set(org_ids) | cand_orgs)
        for pid, orgs in works.items():
            worker = self.record(pid)
            if worker is not None:
                worker.orgs = [self.chain(o, {}, {}) for o in orgs]

    def load_orgs(self, store: GraphStore, org_ids: Iterable[str]) -> None:
        from graph.queries import run

        todo = sorted(set(org_ids) - set(self.ancestors))
        for i in range(0, len(todo), NAME_CHUNK):
            chunk = todo[i : i + NAME_CHUNK]
            for oid in chunk:
                self.ancestors.setdefault(oid, set())
            for r in run(store, "resolution_org_ancestors", orgs=chunk).rows:
                self.org_names[r["up"]] = r["name"]
                if r["up"] != r["id"]:
                    self.ancestors[r["id"]].add((r["up"], r["name"]))
                else:
                    self.org_names[r["id"]] = r["name"]
