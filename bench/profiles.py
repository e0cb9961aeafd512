"""Generated graph rows → profile files, so ``laomo bench load`` can time ``laomo load`` itself.

``bench.generate.generate`` builds graph rows directly (for the bulk and MERGE paths); the
transactional loader reads profiles (``data/profile.schema.json``), one per source
document.  ``profiles_from_rows`` writes each generated newspaper page back as the profile
a reader of that page would have made: its people with their employer (the organisation
chain as one string, 焦煤集团九里山矿机电运转队, as 名单 write it), honours with year,
edition, conferring bodies and evidence, posts, patents, reported patent counts, standards
and projects.  Loading these profiles gives a graph of the same shape and nearly the same
size as the rows (keys differ: the loader derives them from the profile, and co-inventors
a page names only in passing are left out).

    >>> from bench.generate import generate
    >>> profiles = profiles_from_rows(generate(200, seed=7))
    >>> sum(len(p["people"]) for p in profiles)
    200
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from loaders.graph_rows import GraphRows


def _evidence(rel: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not rel or not rel.get("sentence"):
        return None
    return {
        "sentence": rel["sentence"],
        "start": rel.get("span_start"),
        "end": rel.get("span_end"),
        "confidence": rel.get("confidence"),
    }


def profiles_from_rows(rows: GraphRows) -> list[dict[str, Any]]:
    """One validated-shape profile per document that names people, in document order."""
    nodes = rows.nodes
    out_rels: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for t, rels in rows.rels.items():
        for r in rels:
            out_rels[t][r["src"]].append(r)
    parent = {r["src"]: r["dst"] for r in rows.rels.get("PART_OF", [])}
    org_name = {oid: o["name"] for oid, o in nodes.get("Organization", {}).items()}

    def chain(oid: str) -> str:
        names = [org_name[oid]]
        seen = {oid}
        while (up := parent.get(oid)) and up not in seen and len(names) < 6:
            seen.add(up)
            names.append(org_name[up])
            oid = up
        return "".join(reversed(names))

    def evidenced(fact: str, doc: str) -> dict[str, Any] | None:
        return next((e for e in out_rels["EVIDENCED_BY"].get(fact, []) if e["dst"] == doc), None)

    people_of: dict[str, list[str]] = defaultdict(list)
    for pid in nodes.get("Person", {}):
        for e in out_rels["EVIDENCED_BY"].get(pid, []):
            people_of[e["dst"]].append(pid)
    honour_of = {r["src"]: r["dst"] for r in rows.rels.get("OF_HONOR", [])}
    at = {r["src"]: r["dst"] for r in rows.rels.get("AT", [])}

    profiles = []
    for doc_id, doc in nodes.get("Document", {}).items():
        if doc_id not in people_of:
            continue
        people = []
        for pid in people_of[doc_id]:
            p = nodes["Person"][pid]
            intro = evidenced(pid, doc_id)
            person: dict[str, Any] = {
                "name": p["name"],
                **{k: p[k] for k in ("gender", "born", "native_place", "ethnicity", "summary") if p.get(k)},
                "employers": [chain(r["dst"]) for r in out_rels["WORKS_AT"].get(pid, []) if r["doc"] == doc_id],
                "positions": [],
                "honors": [],
                "patents": [],
                "patent_counts": [],
                "standards": [],
                "projects": [],
                "evidence": _evidence(intro),
            }
            for r in out_rels["HELD"].get(pid, []):
                pos = nodes["Position"][r["dst"]]
                person["positions"].append(
                    {
                        "title": pos["title"],
                        "org": chain(at[r["dst"]]) if r["dst"] in at else None,
                        "start": pos.get("start_year"),
                        "evidence": _evidence(evidenced(r["dst"], doc_id)),
                    }
                )
            for r in out_rels["RECEIVED"].get(pid, []):
                award = nodes["Award"][r["dst"]]
                honour = nodes["Honor"][honour_of[r["dst"]]]
                person["honors"].append(
                    {
                        "title": honour["name"],
                        "raw": award.get("raw"),
                        "edition": award.get("edition"),
                        "year": award.get("year"),
                        "level": honour.get("level"),
                        "category": honour.get("category"),
                        "conferred_by": [org_name[c["dst"]] for c in out_rels["CONFERRED_BY"].get(r["dst"], [])],
                        "evidence": _evidence(evidenced(r["dst"], doc_id)),
                    }
                )
            for r in out_rels["INVENTED"].get(pid, []):
                if r["doc"] == doc_id and r["dst"] in nodes.get("Patent", {}):
                    pat = nodes["Patent"][r["dst"]]
                    person["patents"].append(
                        {
                            "title": pat["title"],
                            "kind": pat.get("kind"),
                            "number": pat.get("number"),
                            "evidence": _evidence(r),
                        }
                    )
            for r in out_rels["REPORTED_PATENTS"].get(pid, []):
                person["patent_counts"].append({"count": r["count"], "evidence": _evidence(r)})
            for r in out_rels["DRAFTED"].get(pid, []):
                std = nodes["Standard"][r["dst"]]
                person["standards"].append(
                    {
                        "title": std["title"],
                        "code": std.get("code"),
                        "kind": std.get("kind"),
                        "role": r.get("role"),
                        "evidence": _evidence(r),
                    }
                )
            for r in out_rels["WORKED_ON"].get(pid, []):
                prj = nodes["Project"][r["dst"]]
                person["projects"].append(
                    {"title": prj["title"], "role": r.get("role"), "year": r.get("year"), "evidence": _evidence(r)}
                )
            people.append(person)
        profiles.append(
            {
                "format": "laomo-profile/1",
                "document": {k: doc.get(k) for k in ("title", "publisher", "date", "source", "sha256", "kind")},
                "people": people,
                "organizations": [],
            }
        )
    return profiles


#: Labels a generated piece may point to in an earlier piece (an employer, a conferring body,
#: an honour, a standard or project a person worked on): kept across pieces while streaming.
_CARRIED_LABELS = ("Organization", "Honor", "Standard", "Project")
#: What a profile says of a person besides the document's own evidence, by relationship:
#: (relationship from the person, the fact's label, relationships from the fact).
_PERSON_FACTS = (
    ("HELD", "Position", ("AT",)),
    ("RECEIVED", "Award", ("OF_HONOR", "CONFERRED_BY")),
    ("DRAFTED", None, ()),
    ("WORKED_ON", None, ()),
    ("REPORTED_PATENTS", None, ()),
    ("WORKS_AT", None, ()),
)


def profiles_from_chunks(pieces: Iterable[GraphRows]) -> Iterator[dict[str, Any]]:
    """``profiles_from_rows`` over ``bench.generate.generate_chunks``: the same profiles in the
    same order, holding one piece at a time plus the organisations, honours, standards and
    projects seen so far and each person's own facts, compressed (a later page names people
    of earlier pieces again, with what they hold).  One difference: a patent first generated
    in a later piece is not added to an earlier page (35 of 25,000 people, in pieces of 10,000).

        >>> from bench.generate import generate, generate_chunks
        >>> whole = profiles_from_rows(generate(200, seed=7))
        >>> streamed = list(profiles_from_chunks(generate_chunks(200, seed=7, chunk_people=64)))
        >>> [p["document"] for p in streamed] == [p["document"] for p in whole]
        True
        >>> def without_patents(ps):
        ...     return [[{k: v for k, v in q.items() if k != "patents"} for q in p["people"]] for p in ps]
        >>> without_patents(streamed) == without_patents(whole)
        True
    """
    carried: dict[str, dict[str, dict[str, Any]]] = {label: {} for label in _CARRIED_LABELS}
    part_of: list[dict[str, Any]] = []
    people: dict[str, tuple[int, bytes]] = {}  # person id → (order, its node and facts, pickled)
    patents: dict[str, bytes] = {}
    for piece in pieces:
        for label in _CARRIED_LABELS:
            carried[label].update(piece.nodes.get(label, {}))
        part_of.extend(piece.rels.get("PART_OF", []))
        by_src: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for t, rels in piece.rels.items():
            for r in rels:
                by_src[t][r["src"]].append(r)
        own = piece.nodes.get("Person", {})
        # earlier people (and patents) this piece's relationships name again
        earlier = sorted(
            {r["src"] for t in ("EVIDENCED_BY", "INVENTED", "REPORTED_PATENTS") for r in piece.rels.get(t, [])}
            & people.keys(),
            key=lambda pid: people[pid][0],
        )
        view = GraphRows()
        for label, nodes in piece.nodes.items():
            view.nodes[label] = dict(nodes)
        view.nodes.update(carried)
        view.nodes["Person"] = {}
        extra_rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for pid in earlier:
            node, facts = pickle.loads(zlib.decompress(people[pid][1]))
            view.nodes["Person"][pid] = node
            for t, nodes_of, rels in facts:
                extra_rels[t].extend(rels)
                for held_label, held in nodes_of.items():
                    view.nodes[held_label].update(held)
        view.nodes["Person"].update(own)
        for r in piece.rels.get("INVENTED", []):
            if r["dst"] not in view.nodes.get("Patent", {}) and r["dst"] in patents:
                view.nodes["Patent"][r["dst"]] = pickle.loads(patents[r["dst"]])
        for t in set(piece.rels) | set(extra_rels):
            own_rels = piece.rels.get(t, [])
            view.rels[t] = extra_rels[t] + own_rels if t in extra_rels else list(own_rels)
        view.rels["PART_OF"] = part_of
        yield from profiles_from_rows(view)
        # keep what a later page needs of this piece's people and patents
        for pid in own:
            facts = []
            for t, fact_label, fact_rels in _PERSON_FACTS:
                rels = list(by_src[t].get(pid, []))
                fact_nodes: dict[str, dict[str, dict[str, Any]]] = {}
                if fact_label:
                    fact_nodes[fact_label] = {r["dst"]: piece.nodes[fact_label][r["dst"]] for r in rels}
                    for ft in fact_rels:
                        facts.append((ft, {}, [x for r in rels for x in by_src[ft].get(r["dst"], [])]))
                facts.append((t, fact_nodes, rels))
            people[pid] = (len(people), zlib.compress(pickle.dumps((own[pid], facts))))
        for pat_id, pat in piece.nodes.get("Patent", {}).items():
            patents[pat_id] = pickle.dumps(pat)


def write_profiles(profiles: Iterable[dict[str, Any]], folder: Path) -> int:
    """Each profile as a JSON file of ``folder`` (``page-000001.json`` …, in document order)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for i, profile in enumerate(profiles, 1):
        text = json.dumps(profile, ensure_ascii=False)
        (folder / f"page-{i:06d}.json").write_text(text, encoding="utf-8")
        written = i
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.profiles --people N FOLDER``: the generated graph as profile files, so
    ``laomo load FOLDER`` itself can be timed and its memory measured."""
    parser = argparse.ArgumentParser(prog="python -m bench.profiles", description=main.__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    from bench.generate import generate_chunks

    written = write_profiles(profiles_from_chunks(generate_chunks(args.people, args.seed)), args.folder)
    print(f"{written} profiles of {args.people} people in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
