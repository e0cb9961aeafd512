"""A validated profile → node and relationship rows keyed as graph.schema declares.

Pure: no store, no I/O, so the same rows feed the transactional loader, the
bulk path and the tests.  Organisation strings are resolved through the
profile's own ``organizations`` list first, then split by ``loaders.orgs`` into
a chain (焦煤集团九里山矿机电运转队 → 焦煤集团 ⊃ 九里山矿 ⊃ 机电运转队).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from graph import hanzi, ranks, search
from graph.search import name_key_rows
from loaders import ids, orgs
from loaders.orgs import OrgPart, kinds_in
from loaders.textnorm import PINYIN_GLOSS_RE


class _Memo:
    """The pure steps of row making, remembered across documents: names repeat (an employer
    string on every page of a mine, an honour title, a conferring body), and these steps were
    half of ``profile_rows``' time (10,000 people: 1.55 s → 0.63 s CPU).  Each cache is bounded;
    all are dropped when the organisation dictionaries are read again (``loaders.orgs`` caches
    them; a test that edits the alias file clears that cache)."""

    SIZE = 1 << 16

    def __init__(self) -> None:
        self.owner: object = None
        self.reset()

    def reset(self) -> None:
        size = self.SIZE
        self.simplified = functools.lru_cache(size)(hanzi.to_simplified)
        self.canonical = functools.lru_cache(size)(lambda text: orgs.canonical_org(written_as_simplified(text)))
        self.kind = functools.lru_cache(size)(orgs.org_kind)
        self.split = functools.lru_cache(size)(lambda name: tuple(orgs.split_org(name)))
        self.search = functools.lru_cache(size)(lambda names: search.search_text(names))
        self.rank = functools.lru_cache(size)(ranks.rank_props)

    def current(self) -> _Memo:
        owner = orgs.known_organizations()
        if owner is not self.owner:
            self.owner = owner
            self.reset()
        return self


_MEMO = _Memo()


def to_simplified(text: str) -> str:
    return _MEMO.simplified(text)


def written_as_simplified(text: str) -> str:
    """A name as the graph keys it: simplified, without a mirror's pinyin glosses (晉江市總工會(huì) →
    晋江市总工会), so a traditional reprint's unit is the same node as the simplified page's."""
    return hanzi.to_simplified(PINYIN_GLOSS_RE.sub("", text))


def canonical_org(text: str) -> str:
    return _MEMO.canonical(text)


def _as_written(text: str) -> list[str]:
    """The source's own spelling, as an alias, when the graph keys the name in simplified script."""
    return [text] if written_as_simplified(text) != text else []


def org_kind(name: str) -> str | None:
    return _MEMO.kind(name)


def split_org(name: str) -> tuple[OrgPart, ...]:
    return _MEMO.split(name)


def search_text(names: list[str]) -> str:
    return _MEMO.search(tuple(names))


def rank_props(name: str, level: str | None, category: str | None, conferrers: list[str]) -> dict[str, Any]:
    return dict(_MEMO.rank(name, level, category, tuple(conferrers)))


@dataclass
class Binding:
    """Where entity resolution put one incoming person (``loaders.resolve``).

    ``id`` is the node the person's facts attach to, ``keys``/``aliases`` the node's full
    lists after this load, ``facts`` the ids of facts the node already holds by their
    natural key (so a fact restated by a later source lands on the same node).
    """

    id: str
    keys: list[str]
    aliases: list[str] = field(default_factory=list)
    facts: dict[tuple[Any, ...], str] = field(default_factory=dict)


@dataclass
class Mention:
    """One person as this document states it, before resolution."""

    index: int
    key: str
    name: str
    employers: list[str]
    person: dict[str, Any]


@dataclass
class GraphRows:
    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    rels: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    mentions: list[Mention] = field(default_factory=list)

    def add_node(self, label: str, row: dict[str, Any]) -> str:
        existing = self.nodes[label].get(row["id"])
        if existing:  # keep the first non-empty value of each property
            for k, v in row.items():
                if existing.get(k) in (None, [], "") and v not in (None, [], ""):
                    existing[k] = v
        else:
            self.nodes[label][row["id"]] = row
        return str(row["id"])

    def add_rel(self, rel_type: str, src: str, dst: str, src_label: str, dst_label: str, **props: Any) -> None:
        self.rels[rel_type].append({"src": src, "dst": dst, "src_label": src_label, "dst_label": dst_label, **props})

    def counts(self) -> dict[str, int]:
        out = {label: len(rows) for label, rows in self.nodes.items()}
        out.update({t: len(rows) for t, rows in self.rels.items()})
        return out


def _evidence(ev: dict[str, Any] | None) -> dict[str, Any]:
    ev = ev or {}
    return {
        "sentence": ev.get("sentence"),
        "span_start": ev.get("start"),
        "span_end": ev.get("end"),
        "confidence": ev.get("confidence"),
    }


class _Orgs:
    """Resolves organisation strings of one profile to node keys, creating the chain."""

    def __init__(self, rows: GraphRows, declared: list[dict[str, Any]], doc_id: str) -> None:
        self.rows, self.doc_id = rows, doc_id
        self.parent_of: dict[str, str | None] = {}
        self.declared: dict[str, dict[str, Any]] = {}
        for org in declared:
            name = canonical_org(org["name"])
            self.declared[name] = org
            self.parent_of[name] = canonical_org(org["parent"]) if org.get("parent") else None
        self.cache: dict[str, str] = {}

    def resolve(self, text: str, evidence: dict[str, Any] | None = None) -> str:
        name = canonical_org(text)
        if name in self.cache:
            return self.cache[name]
        parent_name: str | None
        parent_id: str | None
        if name in self.declared or len(parts := split_org(name)) <= 1:
            parent = self.parent_of.get(name)
            parent_id = self.resolve(parent) if parent else None
            kind = (self.declared.get(name) or {}).get("kind") or org_kind(name)
            declared_ev = (self.declared.get(name) or {}).get("evidence")
            oid = self._node(
                name,
                kind,
                parent_id,
                parent,
                declared_ev or evidence,
                [*((self.declared.get(name) or {}).get("aliases") or []), *_as_written(text)],
            )
        else:  # a composite string: resolve each part under the previous one
            parent_name, parent_id = None, None
            for part in parts:
                pname = canonical_org(part.name)
                if pname in self.declared and pname != name:
                    oid = self.resolve(pname)
                else:
                    oid = self._node(
                        pname,
                        part.kind,
                        parent_id,
                        parent_name,
                        evidence,
                        [] if pname != parts[-1].name else [text] if text != pname else [],
                    )
                parent_id, parent_name = oid, pname
        self.cache[name] = oid
        return oid

    def _node(
        self,
        name: str,
        kind: str | None,
        parent_id: str | None,
        parent_name: str | None,
        evidence: dict[str, Any] | None,
        aliases: list[str],
    ) -> str:
        # units whose names repeat across employers (机电运转队 exists at many mines):
        # their key includes the parent's so two mines' teams stay apart
        qualified = f"{parent_name}/{name}" if parent_name and kind in kinds_in("generic_unit") else name
        oid = ids.org_id(qualified)
        all_aliases = [a for a in aliases if a != name]
        self.rows.add_node(
            "Organization",
            {
                "id": oid,
                "name": name,
                "aliases": all_aliases,
                "kind": kind,
                "search": search_text([name, *all_aliases]),
            },
        )
        self.rows.add_rel("EVIDENCED_BY", oid, self.doc_id, "Organization", "Document", **_evidence(evidence))
        if parent_id and parent_id != oid:
            self.rows.add_rel(
                "PART_OF", oid, parent_id, "Organization", "Organization", doc=self.doc_id, **_evidence(evidence)
            )
        return oid


def profile_rows(profile: dict[str, Any], bindings: dict[int, Binding] | None = None) -> GraphRows:
    """All nodes and relationships a normalised profile asserts, with provenance.

    Without ``bindings`` every person is a node of its own keyed by its mention key
    (name + employer, or name + document); ``bindings`` (person index → Binding) put
    people on the nodes entity resolution chose.
    """
    _MEMO.current()
    rows = GraphRows()
    doc = profile["document"]
    doc_id = ids.document_id(doc["sha256"])
    rows.add_node(
        "Document",
        {
            "id": doc_id,
            "title": doc.get("title"),
            "publisher": doc.get("publisher"),
            "date": doc.get("date"),
            "source": doc.get("source") or doc.get("file"),
            "sha256": doc["sha256"],
            "kind": doc.get("kind"),
        },
    )
    orgs = _Orgs(rows, profile.get("organizations", []), doc_id)
    for org in profile.get("organizations", []):
        orgs.resolve(org["name"], org.get("evidence"))
    for i, person in enumerate(profile.get("people", [])):
        _person_rows(rows, orgs, person, doc_id, i, (bindings or {}).get(i))
    # the people-search index (graph.search): derived from the Person rows, written with them
    key_nodes, key_rels = name_key_rows(rows.nodes.get("Person", {}).values())
    for key_row in key_nodes.values():
        rows.add_node("NameKey", key_row)
    rows.rels["KEY_OF"].extend(key_rels)
    return rows


def _person_rows(
    rows: GraphRows, orgs: _Orgs, person: dict[str, Any], doc_id: str, index: int, binding: Binding | None
) -> None:
    name = to_simplified(person["name"]).strip()
    employer_ids = [orgs.resolve(e, person.get("evidence")) for e in person["employers"]]
    key = person.get("id") or ids.person_id(name, employer_ids[0] if employer_ids else None, doc_id)
    rows.mentions.append(Mention(index, key, name, employer_ids, person))
    pid = binding.id if binding else key
    facts = binding.facts if binding else {}
    aliases = [a for a in person.get("aliases", []) if a != name]
    if person["name"] != name:
        aliases.append(person["name"])
    if binding:
        aliases = list(dict.fromkeys([*binding.aliases, *aliases]))
    rows.add_node(
        "Person",
        {
            "id": pid,
            "name": name,
            "aliases": aliases,
            "gender": person.get("gender"),
            "born": person.get("born"),
            "native_place": person.get("native_place"),
            "ethnicity": person.get("ethnicity"),
            "summary": person.get("summary"),
            "search": search_text([name, *aliases]),
            "keys": binding.keys if binding else [key],
        },
    )
    rows.add_rel("EVIDENCED_BY", pid, doc_id, "Person", "Document", **_evidence(person.get("evidence")))
    for oid in employer_ids:
        rows.add_rel("WORKS_AT", pid, oid, "Person", "Organization", doc=doc_id, **_evidence(person.get("evidence")))
    for pos in person["positions"]:
        org = orgs.resolve(pos["org"], pos.get("evidence")) if pos.get("org") else None
        start = pos.get("start") or pos.get("year")
        pos_id = facts.get(("position", pos["title"], org, start)) or ids.position_id(pid, pos["title"], org, start)
        rows.add_node(
            "Position", {"id": pos_id, "title": pos["title"], "start_year": start, "end_year": pos.get("end")}
        )
        rows.add_rel("HELD", pid, pos_id, "Person", "Position")
        if org:
            rows.add_rel("AT", pos_id, org, "Position", "Organization")
        rows.add_rel("EVIDENCED_BY", pos_id, doc_id, "Position", "Document", **_evidence(pos.get("evidence")))
    for honor in person["honors"]:
        _award_rows(rows, orgs, pid, honor, doc_id, facts)
    for pat in person["patents"]:
        pat_id = facts.get(("Patent", pat["title"], pat.get("number"))) or ids.patent_id(
            pat["title"], pat.get("number"), pid
        )
        rows.add_node(
            "Patent", {"id": pat_id, "title": pat["title"], "kind": pat.get("kind"), "number": pat.get("number")}
        )
        rows.add_rel("INVENTED", pid, pat_id, "Person", "Patent", doc=doc_id, **_evidence(pat.get("evidence")))
        rows.add_rel("EVIDENCED_BY", pat_id, doc_id, "Patent", "Document", **_evidence(pat.get("evidence")))
    for count in person["patent_counts"]:
        rows.add_rel(
            "REPORTED_PATENTS",
            pid,
            doc_id,
            "Person",
            "Document",
            count=count["count"],
            kind=count.get("kind") or "全部",
            **_evidence(count.get("evidence")),
        )
    for std in person["standards"]:
        std_id = ids.standard_id(std["title"], std.get("code"))
        rows.add_node(
            "Standard", {"id": std_id, "title": std["title"], "code": std.get("code"), "kind": std.get("kind")}
        )
        rows.add_rel(
            "DRAFTED",
            pid,
            std_id,
            "Person",
            "Standard",
            doc=doc_id,
            role=std.get("role"),
            **_evidence(std.get("evidence")),
        )
        rows.add_rel("EVIDENCED_BY", std_id, doc_id, "Standard", "Document", **_evidence(std.get("evidence")))
    for prj in person["projects"]:
        prj_id = facts.get(("Project", prj["title"], None)) or ids.project_id(prj["title"], pid)
        rows.add_node("Project", {"id": prj_id, "title": prj["title"]})
        rows.add_rel(
            "WORKED_ON",
            pid,
            prj_id,
            "Person",
            "Project",
            doc=doc_id,
            role=prj.get("role"),
            year=prj.get("year"),
            **_evidence(prj.get("evidence")),
        )
        rows.add_rel("EVIDENCED_BY", prj_id, doc_id, "Project", "Document", **_evidence(prj.get("evidence")))


def _award_rows(
    rows: GraphRows,
    orgs: _Orgs,
    pid: str,
    honor: dict[str, Any],
    doc_id: str,
    facts: dict[tuple[Any, ...], str],
) -> None:
    title = to_simplified(honor["title"]).strip()
    hid = ids.honor_id(title)
    rows.add_node(
        "Honor",
        {
            "id": hid,
            "name": title,
            "level": honor.get("level"),
            "category": honor.get("category"),
            "search": search_text([title]),
            # the rank after equivalences (全国五一劳动奖章 → 省部级), from the bodies this source names
            **rank_props(title, honor.get("level"), honor.get("category"), list(honor.get("conferred_by") or ())),
        },
    )
    edition = to_simplified(honor["edition"]) if honor.get("edition") else None
    aid = facts.get(("award", hid, honor.get("year"), edition)) or ids.award_id(pid, hid, honor.get("year"), edition)
    rows.add_node(
        "Award", {"id": aid, "year": honor.get("year"), "edition": edition, "raw": honor.get("raw") or honor["title"]}
    )
    rows.add_rel("RECEIVED", pid, aid, "Person", "Award")
    rows.add_rel("OF_HONOR", aid, hid, "Award", "Honor")
    for body in honor["conferred_by"]:
        rows.add_rel(
            "CONFERRED_BY",
            aid,
            orgs.resolve(body, honor.get("evidence")),
            "Award",
            "Organization",
            doc=doc_id,
            **_evidence(honor.get("evidence")),
        )
    rows.add_rel("EVIDENCED_BY", aid, doc_id, "Award", "Document", **_evidence(honor.get("evidence")))
