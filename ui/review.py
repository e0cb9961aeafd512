"""Reviewing a profile before it is loaded: one row per fact, accept or reject each.

Pure functions, shared by the import page and its tests.  A row's ``key``
addresses the fact inside the profile (``p0`` is the first person,
``p0.honors.2`` that person's third honour, ``o3`` the fourth organisation),
so the decisions made in the table map back onto the profile exactly.
Rejecting a person drops everything said about them.
"""

from __future__ import annotations

import copy
from typing import Any

# Lists of facts a person carries, in the order the review table shows them.
PERSON_FACTS = ("employers", "positions", "honors", "competitions", "patents", "patent_counts", "standards", "projects")


def _evidence(item: Any, fallback: dict[str, Any] | None) -> dict[str, Any]:
    ev = item.get("evidence") if isinstance(item, dict) else None
    return ev or fallback or {}


def describe_fact(kind: str, item: Any) -> tuple[str, int | None]:
    """A fact as one line of text, and its year when it has one."""
    if isinstance(item, str):
        return item, None
    year = item.get("year") if isinstance(item.get("year"), int) else item.get("start")
    if kind == "honors":
        text = item.get("raw") or item["title"]
        if item.get("raw") and item.get("title") and item["title"] != item["raw"]:
            text += f"（{item['title']}）"
        extras = [x for x in (item.get("edition"), item.get("level"), item.get("category")) if x]
        if extras:
            text += " · " + " · ".join(extras)
        if item.get("conferred_by"):
            text += " · 授予：" + "、".join(item["conferred_by"])
        return text, year
    if kind == "positions":
        return item["title"] + (f" @ {item['org']}" if item.get("org") else ""), year
    if kind == "patent_counts":
        return f"{item['count']} 项{item.get('kind') or ''}专利", None
    if kind == "competitions":
        return item["title"] + (f" · {item['placing']}" if item.get("placing") else ""), year
    if kind == "standards":
        return item["title"] + (f" · {item['code']}" if item.get("code") else ""), year
    if kind == "patents":
        return item["title"] + (f" · {item['kind']}" if item.get("kind") else ""), year
    return item.get("title") or item.get("name") or "", year


def fact_rows(profile: dict[str, Any]) -> list[dict[str, Any]]:
    """One review row per person, per fact about them, and per organisation (all accepted at first)."""
    out: list[dict[str, Any]] = []
    for i, person in enumerate(profile.get("people", [])):
        person_ev = person.get("evidence") or {}
        born = f" · {person['born']}" if person.get("born") else ""
        out.append(_row(f"p{i}", person["name"], "person", person["name"] + born, None, person_ev))
        for kind in PERSON_FACTS:
            for j, item in enumerate(person.get(kind) or []):
                text, year = describe_fact(kind, item)
                # employers are bare names: the person's own evidence sentence is where they were read
                out.append(
                    _row(
                        f"p{i}.{kind}.{j}",
                        person["name"],
                        kind,
                        text,
                        year,
                        _evidence(item, person_ev if kind == "employers" else None),
                    )
                )
    for j, org in enumerate(profile.get("organizations") or []):
        text = org["name"] + (f" ⊂ {org['parent']}" if org.get("parent") else "")
        out.append(_row(f"o{j}", "", "organizations", text, None, _evidence(org, None)))
    return out


def _row(key: str, person: str, kind: str, fact: str, year: int | None, ev: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": key,
        "accept": True,
        "person": person,
        "kind": kind,
        "fact": fact,
        "year": year,
        "sentence": ev.get("sentence") or "",
        "confidence": ev.get("confidence"),
    }


def apply_decisions(profile: dict[str, Any], accepted: set[str] | list[str]) -> dict[str, Any]:
    """A copy of ``profile`` keeping only the accepted people, facts and organisations."""
    accepted = set(accepted)
    out = copy.deepcopy(profile)
    people = []
    for i, person in enumerate(out.get("people", [])):
        if f"p{i}" not in accepted:
            continue
        for kind in PERSON_FACTS:
            if kind in person and isinstance(person[kind], list):
                person[kind] = [x for j, x in enumerate(person[kind]) if f"p{i}.{kind}.{j}" in accepted]
        people.append(person)
    out["people"] = people
    if "organizations" in out:
        out["organizations"] = [o for j, o in enumerate(out["organizations"]) if f"o{j}" in accepted]
    return out
