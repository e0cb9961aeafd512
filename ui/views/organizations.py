"""组织 Organisations: the 集团 → 矿 → 队 tree with counts rolled up, and any subtree's people and honours.

Counts come from the roll-ups stored on each organisation (graph.rollups), the tree a page of
top-level organisations at a time; people, sub-units, the honour roll and what it conferred
are paged with their totals, and pages of the roll are cached per store, graph version and
organisation."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import streamlit as st

from graph import queries
from graph.conferrals import window as conferred_window
from graph.errors import LaomoError
from graph.ranks import page_low
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
from ui.data import current_version, first, get_store, rows, store_label
from ui.i18n import t
from ui.paging import pager, shown
from ui.privacy import reader_mode, redact, scrub_row

INDENT = "\u3000"  # an ideographic space keeps Chinese names aligned
ROOTS_PAGE = 20  # top-level organisations per page of the tree, each with all its units
UNITS_PAGE = 50
PEOPLE_PAGE = 50
ROLL_PAGE = 200
GRAPH_UNITS = 60  # units drawn in the picture beside the people


def tree_order(orgs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """Organisations depth-first from the roots (most honoured first), each with its depth."""
    by_id = {o["id"]: o for o in orgs}
    children: dict[str | None, list[dict[str, Any]]] = {}
    for o in orgs:
        parent = o["parent_id"] if o["parent_id"] in by_id else None
        children.setdefault(parent, []).append(o)
    for kids in children.values():
        kids.sort(key=lambda o: (-(o["awards"] or 0), -(o["people"] or 0), o["name"]))
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


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def roll_rows(store_key: str, version: tuple[int, ...], org_id: str, params: tuple[tuple[str, Any], ...]) -> Any:
    """One page of an organisation's honour roll, cached until the graph changes."""
    return rows("honour_roll", org=org_id, **dict(params))


def whole_roll(org_id: str, org_name: str, params: dict[str, Any], rank_text: str) -> Callable[[str], bytes]:
    """The file of the whole roll in a format, made only when its download button is pressed."""
    store = get_store()
    scrub = reader_mode()

    def make(fmt: str) -> bytes:
        found = queries.run(store, "honour_roll", org=org_id, **params).rows
        roll = build_roll(
            [scrub_row(r) for r in found] if scrub else found,
            org_id=org_id,
            org_name=org_name,
            year_from=params["year_from"],
            year_to=params["year_to"],
            rank_filter=rank_text,
            redact=redact if scrub else None,
        )
        return roll_files.write(roll, fmt)

    return make


st.title(t("orgs.title"))
st.caption(t("orgs.intro"))

only_active = st.toggle(t("orgs.only_active"), value=True, key="orgs.only_active")
root_total = int((first("org_roots_count", active=only_active) or {"total": 0})["total"])
st.caption(t("orgs.tree_count", n=f"{root_total:,}", per=ROOTS_PAGE))
root_skip = pager("orgs.tree_page", root_total, ROOTS_PAGE)
orgs = rows("org_roots", active=only_active, skip=root_skip, top=ROOTS_PAGE)
ordered = tree_order(orgs)
shown_orgs = [
    (o, d)
    for o, d in ordered
    if not only_active or o["people"] or o["awards"] or o["conferred"] or any(p["parent_id"] == o["id"] for p in orgs)
]
table(
    [
        {
            "name": INDENT * d + ("└ " if d else "") + o["name"],
            "kind": o["kind"],
            "people": o["people"],
            "awards": o["awards"],
            "high": o["high"],
            "conferred": o["conferred"],
        }
        for o, d in shown_orgs
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
wanted = st.query_params.get("org")
if wanted and wanted not in options:
    # a deep link to a unit on another page of the tree
    linked = first("org_summary", org=wanted)
    if linked:
        options[wanted] = linked["name"]
org_id = picked("org", "orgs.selected", options, t("orgs.pick"))
if not org_id:
    st.info(t("orgs.none"))
    st.stop()

org = first("org_summary", org=org_id) or {}
org_name = str(org.get("name") or "")
st.header(org_name)
chain = rows("org_chain", org=org_id)
if chain:
    st.markdown(f"**{t('orgs.belongs_to')}**：" + " › ".join(r["name"] for r in reversed(chain)))
unit_total = int(org.get("units") or 0)
c1, c2, c3, c4, c5 = st.columns(5)
c1.metric(t("col.people_rollup"), org.get("people") or 0)
c2.metric(t("col.awards_rollup"), org.get("awards") or 0)
c3.metric(t("orgs.at_or_above"), org.get("high") or 0)
c4.metric(t("col.conferred"), org.get("conferred") or 0)
c5.metric(t("orgs.sub_units"), unit_total)
by_rank = rows("org_rank_breakdown", org=org_id)
if by_rank:
    st.markdown(f"**{t('orgs.rank_counts')}**：" + " · ".join(f"{r['rank']} {r['people']}" for r in by_rank))

people_rank = rank_filter("orgs.people_rank")
if not people_rank.text and org.get("people") is not None:
    people_total = int(org["people"])  # everyone in it and its units, as the roll-ups count them
else:
    people_total = int((first("org_people_count", org=org_id, **people_rank.params()) or {"total": 0})["total"])
left, right = st.columns([2, 3])
with left:
    st.subheader(t("orgs.ranked_people", n=f"{people_total:,}"))
    people_skip = pager("orgs.people_page", people_total, PEOPLE_PAGE)
    # the lowest rank this page reaches, from the stored counts: only people at or above it are read
    low = page_low(org.get("people_by_rank"), people_rank.low, people_rank.high, people_skip, PEOPLE_PAGE)
    people = rows(
        "org_people_ranks", org=org_id, skip=people_skip, top=PEOPLE_PAGE, low_rank=low, **people_rank.params()
    )
    if note := shown(people_skip, len(people), people_total):
        st.caption(note)
    for p in people:
        person_link(p["id"], p["name"], join([join(p["units"]), p["rank"] or t("rank.unranked")], " · "))
    kids: list[dict[str, Any]] = []
    if unit_total:
        st.markdown(f"**{t('orgs.sub_units')}**")
        unit_skip = pager("orgs.units_page", unit_total, UNITS_PAGE)
        kids = rows("org_sub_units", org=org_id, skip=unit_skip, top=UNITS_PAGE)
        if note := shown(unit_skip, len(kids), unit_total):
            st.caption(note)
        for k in kids:
            org_link(k["id"], k["name"], t("overview.org_counts", awards=k["awards"], people=k["people"]))
with right:
    # the unit, the chain above it and its units below (from the tree page, else its first sub-units)
    below = {o["id"]: o for o, _ in ordered}
    subtree: list[dict[str, Any]] = []
    if org_id in below:
        inside = {org_id}
        for o, _ in ordered:
            if o["parent_id"] in inside and o["id"] not in inside:
                inside.add(o["id"])
                subtree.append(o)
    else:
        subtree = [{**k, "parent_id": org_id} for k in kids]
    drawn = sorted(subtree, key=lambda o: (-(o["awards"] or 0), -(o["people"] or 0), o["name"]))[:GRAPH_UNITS]
    drawn_ids = {org_id} | {o["id"] for o in drawn}
    node_rows = [(org_id, "Organization", org_name)] + [(o["id"], "Organization", o["name"]) for o in drawn]
    node_rows += [(r["id"], "Organization", r["name"]) for r in chain]
    # drawn parent → child so a top-down layout puts the group at the top
    edges = [(o["parent_id"], o["id"], "HAS_UNIT", t("rel.HAS_UNIT")) for o in drawn if o["parent_id"] in drawn_ids]
    above = [org_id, *(r["id"] for r in chain)]
    edges += [(above[i + 1], above[i], "HAS_UNIT", t("rel.HAS_UNIT")) for i in range(len(above) - 1)]
    if len(subtree) > len(drawn):
        st.caption(t("orgs.graph_sample", n=len(drawn), total=len(subtree)))
    show_graph(simple_elements(node_rows, edges), key=f"orgs.graph.{org_id}", height=320, layout=TREE_LAYOUT)

version = current_version()  # the cached roll pages below last until the graph changes
conferred_total = int(org.get("conferred") or 0)
# what its people received is the roll itself; what it conferred comes a page at a time
tab_roll, tab_given = st.tabs([t("orgs.roll"), t("orgs.given", n=f"{conferred_total:,}")])
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
    if (params["year_from"], params["year_to"]) == (0, 0) and not roll_rank.text and org.get("holders") is not None:
        # the whole roll: every award its people hold, as the roll-ups count them
        lines, holders = int(org.get("awards") or 0), int(org["holders"])
    else:
        counted = first("honour_roll_count", org=org_id, **params) or {"lines": 0, "people": 0}
        lines, holders = int(counted["lines"]), int(counted["people"])
    st.caption(t("orgs.roll_count", n=lines, people=holders))
    roll_skip = pager("orgs.roll_page", lines, ROLL_PAGE)
    whole_years = (params["year_from"], params["year_to"]) == (0, 0)  # a year range reads every rank
    roll_low = (
        page_low(org.get("lines_by_rank"), params["min_rank"], params["max_rank"], roll_skip, ROLL_PAGE)
        if whole_years
        else 0
    )
    roll = build_roll(
        roll_rows(
            store_label(),
            version,
            org_id,
            tuple(sorted({**params, "skip": roll_skip, "top": ROLL_PAGE, "low_rank": roll_low}.items())),
        ),
        org_id=org_id,
        org_name=org_name,
        year_from=params["year_from"],
        year_to=params["year_to"],
        rank_filter=roll_rank.text,
        redact=redact if reader_mode() else None,
    )
    if note := shown(roll_skip, len(roll.lines), lines):
        st.caption(f"{note}；{t('orgs.roll_page', n=f'{lines:,}')}")
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
    make = whole_roll(org_id, org_name, params, roll_rank.text)
    for col, fmt in zip(st.columns(len(roll_files.FORMATS)), roll_files.FORMATS, strict=True):
        col.download_button(
            t("orgs.download", fmt=fmt.upper()),
            partial(make, fmt),
            file_name=roll_files.file_name(roll, fmt),
            mime=roll_files.MIME[fmt],
            key=f"orgs.roll.{fmt}",
            on_click="ignore",
        )
cols = {"person": "col.person", "honor": "col.honour", "year": "col.year", "edition": "col.edition", "via": "col.via"}
with tab_given:
    given_skip = pager("orgs.given_page", conferred_total, ROLL_PAGE)
    # only the series (and years) this page reaches, found from the stored counts, are read
    window = conferred_window(org.get("conferred_series"), given_skip, ROLL_PAGE)
    given = rows("org_conferred", org=org_id, **window) if conferred_total else []
    if given:
        if note := shown(given_skip, len(given), conferred_total):
            st.caption(note)
        table([{**r, "via": join(r["via"])} for r in given], cols, key="orgs.given")
    else:
        st.caption(t("orgs.nothing"))
if not people_total and not conferred_total:
    st.caption(t("orgs.empty_hint", names=join(o["name"] for o in kids)))
