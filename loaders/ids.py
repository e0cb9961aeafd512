"""Deterministic node keys.

A key is a short hash of the facts that identify a thing, prefixed by its kind,
so loading the same facts twice lands on the same nodes.  People are never keyed
on the name alone: 张伟 is among the commonest names in China.  A person is keyed
on name + employing organisation, or, when the source names no employer, on
name + source document (two such mentions stay apart until entity resolution
joins them on stronger evidence).
"""

from __future__ import annotations

import hashlib


def _h(prefix: str, *parts: object) -> str:
    material = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}-{hashlib.sha1(material.encode('utf-8')).hexdigest()[:16]}"


def person_id(name: str, employer_id: str | None, doc_id: str) -> str:
    return _h("p", name, employer_id) if employer_id else _h("p", name, "doc", doc_id)


def org_id(qualified_name: str) -> str:
    """``qualified_name`` is the canonical name, prefixed by the parent's for generic units."""
    return _h("o", qualified_name)


def honor_id(title: str) -> str:
    return _h("h", title)


def award_id(person: str, honor: str, year: int | None, edition: str | None) -> str:
    return _h("a", person, honor, year, edition)


def position_id(person: str, title: str, org: str | None, start: int | None) -> str:
    return _h("pos", person, title, org, start)


def patent_id(title: str, number: str | None, person: str) -> str:
    # a patent number identifies the patent; a bare title only within one inventor
    return _h("pat", number) if number else _h("pat", title, person)


def standard_id(title: str, code: str | None) -> str:
    return _h("std", code) if code else _h("std", title)


def project_id(title: str, person: str) -> str:
    return _h("prj", title, person)


def review_id(person_a: str, person_b: str) -> str:
    """A possible same-person pair, whichever way round it is named."""
    return _h("rev", *sorted((person_a, person_b)))


def merge_id(kept: str, absorbed: str, at: str) -> str:
    return _h("merge", kept, absorbed, at)


def document_id(sha256: str) -> str:
    return f"doc-{sha256[:16]}"
