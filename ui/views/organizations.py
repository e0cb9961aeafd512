"""组织 Organisations: the 集团 → 矿 → 队 tree with counts rolled up, and any subtree's people and honours."""

from __future__ import annotations

from functools import partial
from typing import Any

import streamlit as st

from graph.errors import LaomoError
from graph.ranks import RankFilter, rank_order, ranks
from graph.reports import build_roll, roll_params, roll_table
from ui import roll_files
from ui.components import (
    TREE_LAYOUT,
    join,
    org_link,
    person_link,
    picked,
    rank_filter,
    show_graph,
    simple_elements,
    table,
)
from ui.data import rows
from ui.i18n import t
from ui.privacy import reader_mode, redact

INDENT = "\u3000"  # an ideographic space keeps Chinese names aligned


def tree_order(orgs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """Organisations depth-first from the roots (most honoured first), each with its depth."""
    by_id = {o["id"]: o for o in orgs}
    children: dict[str | None, list[dict[str, Any]]] = {}
    for o in orgs:
        parent = o["parent_id"] if o["parent_id"] in by_id else None
        children.setdefault(parent, []).append(o)
    for kids in children.values():
        kids.sort(key=lambda o: (-o["awards"], -o["people"], o["name"]))
    out: list[tuple[dict[str, Any], int]] = []
    seen: set[str] = set()

    def visit(o: dict[str, Any], depth: int) -> None:
        if o["id"] in seen:  # a PART_OF cycle in bad data must not loop forever
            return
        seen.add(o["id"])
        out.append((o, depth))
        for kid in children.get(o["id"], []):
            visit(kid, depth + 1)

    for root in children.get(None, []):
        visit(root, 0)
    return out


st.title(t("orgs.title"))
st.caption(t("orgs.intro"))

orgs = rows("org_tree_counts")
conferred = {r["id"]: r["conferred"] for r in rows("org_conferred_counts")}
# people per highest rank, rolled up through PART_OF: org id → {rank_order: people}
by_rank: dict[str, dict[int, int]] = {}
for r in rows("org_rank_counts"):
    by_rank.setdefault(r["id"], {})[r["rank_order"]] = r["people"]
HIGH = RankFilter.parse("省部级及以上")


def at_or_above(org_id: str) -> int:
    return sum(n for order, n in by_rank.get(org_id, {}).items() if HIGH.admits(order))


ordered = tree_order(orgs)
only_active = st.toggle(t("orgs.only_active"), value=True, key="orgs.only_active")
shown = [
    (o, d)
    for o, d in ordered
    if not only_active
    or o["people"]
    or o["awards"]
    or conferred.get(o["id"])
    or any(p["parent_id"] == o["id"] for p in orgs)
]
table(
    [
        {
            "name": INDENT * d + ("└ " if d else "") + o["name"],
            "kind": o["kind"],
            "people": o["people"],
            "awards": o["awards"],
            "high": at_or_above(o["id"]),
            "conferred": conferred.get(o["id"], 0),
        }
        for o, d in shown
    ],
    {
        "name": "col.organization",
        "kind": "col.kind",
        "people": "col.people_rollup",
        "awards": "col.awards_rollup",
        "high": "orgs.at_or_above",
        "conferred": "col.conferred",
    },
    key="orgs.tree",
    height=360,
)

options = {o["id"]: INDENT * d + o["name"] for o, d in ordered}
org_id = picked("org", "orgs.selected", options, t("orgs.pick"))
if not org_id:
    st.info(t("orgs.none"))
    st.stop()

org = next(o for o in orgs if o["id"] == org_id)
st.header(org["name"])
chain = rows("org_chain", org=org_id)
if chain:
    st.markdown(f"**{t('orgs.belongs_to')}**：" + " › ".join(r["name"] for r in reversed(chain)))
kids = [o for o in orgs if o["parent_id"] == org_id]
c1, c2, c3, c4, c5 = st.columns(5)
c1.metric(t("col.people_rollup"), org["people"])
c2.metric(t("col.awards_rollup"), org["awards"])
c3.metric(t("orgs.at_or_above"), at_or_above(org_id))
c4.metric(t("col.conferred"), conferred.get(org_id, 0))
c5.metric(t("orgs.sub_units"), len(kids))
counts = by_rank.get(org_id, {})
if counts:
    st.markdown(
        f"**{t('orgs.rank_counts')}**："
        + " · ".join(f"{rank} {counts[rank_order(rank)]}" for rank in ranks() if counts.get(rank_order(rank)))
    )

# the subtree and the chain above it, as a picture
subtree_ids = {org_id}
for o, _ in ordered:
    if o["parent_id"] in subtree_ids:
        subtree_ids.add(o["id"])
node_rows = [(o["id"], "Organization", o["name"]) for o in orgs if o["id"] in subtree_ids] + [
    (r["id"], "Organization", r["name"]) for r in chain
]
by_id = {o["id"]: o for o in orgs}
# drawn parent → child so a top-down layout puts the group at the top
edges = [
    (o_parent, o, "HAS_UNIT", t("rel.HAS_UNIT"))
    for o, o_parent in ((n[0], by_id[n[0]]["parent_id"]) for n in node_rows if n[0] in by_id)
    if o_parent
]

people_rank = rank_filter("orgs.people_rank")
people = rows("org_people_ranks", org=org_id, **people_rank.params())
rollup = rows("org_rollup", org=org_id)
left, right = st.columns([2, 3])
with left:
    st.subheader(t("orgs.ranked_people", n=len(people)))
    for p in people:
        person_link(p["id"], p["name"], join([join(p["units"]), p["rank"] or t("rank.unranked")], " · "))
    if kids:
        st.markdown(f"**{t('orgs.sub_units')}**")
        for k in kids:
            org_link(k["id"], k["name"], t("overview.org_counts", awards=k["awards"], people=k["people"]))
with right:
    show_graph(simple_elements(node_rows, edges), key=f"orgs.graph.{org_id}", height=320, layout=TREE_LAYOUT)

received = [r for r in rollup if r["relation"] == "received"]
given = [r for r in rollup if r["relation"] == "conferred"]
tab_roll, tab_received, tab_given = st.tabs(
    [t("orgs.roll"), t("orgs.received", n=len(received)), t("orgs.given", n=len(given))]
)
with tab_roll:
    st.caption(t("orgs.roll_intro"))
    f1, f2, f3 = st.columns(3)
    year_from = int(f1.number_input(t("orgs.year_from"), 0, 2100, 0, key="orgs.roll_from"))
    year_to = int(f2.number_input(t("orgs.year_to"), 0, 2100, 0, key="orgs.roll_to"))
    roll_rank = rank_filter("orgs.roll_rank", f3)
    try:
        params = roll_params(year_from, year_to, roll_rank.text)
    except LaomoError as exc:
        st.warning(str(exc))
        params = roll_params(0, 0, roll_rank.text)
    roll = build_roll(
        rows("honour_roll", org=org_id, **params),
        org_id=org_id,
        org_name=org["name"],
        year_from=params["year_from"],
        year_to=params["year_to"],
        rank_filter=roll_rank.text,
        redact=redact if reader_mode() else None,
    )
    st.caption(t("orgs.roll_count", n=len(roll.lines), people=len({line.person_id for line in roll.lines})))
    table(
        roll_table(roll),
        {
            "name": "col.person",
            "units": "col.units",
            "honour": "col.honour",
            "rank": "col.rank",
            "year": "col.year",
            "edition": "col.edition",
            "conferred_by": "col.conferred_by",
            "document": "col.document",
            "sentence": "col.sentence",
        },
        key="orgs.roll",
    )
    for col, fmt in zip(st.columns(len(roll_files.FORMATS)), roll_files.FORMATS, strict=True):
        col.download_button(
            t("orgs.download", fmt=fmt.upper()),
            partial(roll_files.write, roll, fmt),
            file_name=roll_files.file_name(roll, fmt),
            mime=roll_files.MIME[fmt],
            key=f"orgs.roll.{fmt}",
            on_click="ignore",
        )
cols = {"person": "col.person", "honor": "col.honour", "year": "col.year", "edition": "col.edition", "via": "col.via"}
with tab_received:
    if received:
        table(sorted(received, key=lambda r: (r["person"], r["year"] or 0)), cols, key="orgs.received")
    else:
        st.caption(t("orgs.nothing"))
with tab_given:
    if given:
        table(sorted(given, key=lambda r: (r["honor"], r["year"] or 0, r["person"])), cols, key="orgs.given")
    else:
        st.caption(t("orgs.nothing"))
if not people and not rollup:
    st.caption(t("orgs.empty_hint", names=join(o["name"] for o in kids)))
