"""人物 Person: profile card, honour timeline, works, network and the source of every fact."""

from __future__ import annotations

from functools import partial

import altair as alt
import pandas as pd
import streamlit as st

from graph.errors import LaomoError
from graph.search import exact_people, parse_people_query, people_cards
from ui import profile_card
from ui.components import graph_elements, honour_link, join, level_scale, org_link, picked, show_graph, table, year_text
from ui.data import first, rows
from ui.i18n import t
from ui.paging import pager
from ui.paging import shown as shown_rows
from ui.people_search import PAGE_SIZE, total_of, unit_label
from ui.privacy import reader_mode

CO_PAGE = 50

st.title(t("person.title"))

# The picker holds the people a name search finds (namesakes told apart by unit) and the person
# a link opened: never a list of the whole graph (at a million people that list alone took seconds).
found = parse_people_query(
    st.text_input(t("person.find"), key="person.find", placeholder=t("search.people_hint"), help=t("person.find_help"))
)
options: dict[str, str] = {}
if found.name:
    if found.terms:
        totals = rows("people_search_at_total", **found.params())
        hits = rows("people_search_at", **found.params(), skip=0, top=PAGE_SIZE)
    else:
        totals = rows("people_search_total", **found.params())
        hits = rows("people_search", **found.params(), exact=exact_people(totals), skip=0, top=PAGE_SIZE)
    found_ids = [r["id"] for r in hits]
    options = {c["id"]: unit_label(c) for c in people_cards(rows("people_cards", ids=found_ids), found_ids)}
    st.caption(t("person.found", n=total_of(totals), shown=len(options)))
wanted = st.query_params.get("person") or st.session_state.get("person.selected.url")
if wanted and wanted not in options:
    # the person a link (or the last visit) opened stays in the picker beside the search's
    extra = first("person_profile", person=wanted)
    if extra and extra.get("id"):
        options[wanted] = f"{extra['name']}（{join(extra['employers']) or t('overview.no_org')}）"
pid = picked("person", "person.selected", options, t("person.pick"))
if not pid:
    st.info(t("person.search_first"))
    st.stop()

profile = first("person_profile", person=pid)
if not profile or not profile.get("id"):
    st.warning(t("person.not_found", id=pid))
    st.stop()

# --- profile card -------------------------------------------------------------------
chains = []
# employer_ids and employers are collected from the same distinct rows: pairwise aligned
for org_id, org_name in zip(profile["employer_ids"], profile["employers"], strict=True):
    ups = [r["name"] for r in rows("org_chain", org=org_id)]
    chains.append(" › ".join([*reversed(ups), org_name]))
positions = rows("person_positions", person=pid)
timeline = rows("honour_timeline", person=pid)
works = rows("person_works", person=pid)
patent_counts = rows("person_patent_counts", person=pid)
sources = rows("person_sources", person=pid)

st.header(profile["name"])
facts = [
    x
    for x in (
        profile.get("gender"),
        t("person.born", born=profile["born"]) if profile.get("born") else None,
        profile.get("ethnicity"),
        profile.get("native_place"),
    )
    if x
]
top_rank = profile_card.highest_rank(timeline)
if top_rank:
    facts.append(t("person.highest_rank", rank=top_rank))
if facts:
    st.markdown(" · ".join(facts))
if profile.get("aliases"):
    st.caption(t("person.aliases", aliases=join(profile["aliases"])))
for chain in chains:
    st.markdown(f"**{t('person.organisation')}**：{chain}")
if profile.get("summary"):
    st.write(profile["summary"])
if profile["employer_ids"]:
    with st.expander(t("person.open_orgs")):
        for org_id, org_name in zip(profile["employer_ids"], profile["employers"], strict=True):
            org_link(org_id, org_name)

if positions:
    st.subheader(t("person.positions"))
    table(positions, {"title": "col.position", "org": "col.organization", "start": "col.start"}, key="person.pos")

# --- honour timeline ----------------------------------------------------------------
st.subheader(t("person.timeline"))
dated = [r for r in timeline if r["dated"]]
undated = [r for r in timeline if not r["dated"]]
left, right = st.columns([3, 2])
with left:
    if dated:
        frame = pd.DataFrame(
            [
                {
                    "year": r["year"],
                    "honour": r["honor"],
                    "edition": r.get("edition") or "",
                    "level": r.get("level") or t("common.unknown"),
                    "conferred_by": join(r["conferred_by"]) or t("person.not_stated"),
                }
                for r in dated
            ]
        )
        lo, hi = int(frame["year"].min()), int(frame["year"].max())
        base = alt.Chart(frame).encode(
            # room on the right for the last honour's name
            x=alt.X(
                "year:Q",
                title=t("col.year"),
                scale=alt.Scale(domain=[lo - 0.5, hi + 1.5]),
                axis=alt.Axis(format="d", values=sorted(set(frame["year"])), labelFontSize=12),
            ),
            y=alt.Y("honour:N", title=None, sort=alt.SortField("year"), axis=None),
            tooltip=[
                alt.Tooltip("year:Q", title=t("col.year"), format="d"),
                alt.Tooltip("honour:N", title=t("col.honour")),
                alt.Tooltip("edition:N", title=t("col.edition")),
                alt.Tooltip("conferred_by:N", title=t("col.conferred_by")),
            ],
        )
        dots = base.mark_circle(size=220).encode(color=alt.Color("level:N", title=t("col.level"), scale=level_scale()))
        chart = dots + base.mark_text(align="left", dx=12, fontSize=12).encode(text="honour:N")
        st.altair_chart(chart.properties(height=max(180, 48 * len(frame))), width="stretch")
    else:
        st.info(t("person.no_dated"))
with right:
    st.markdown(f"**{t('person.undated')}**")
    if not undated:
        st.caption(t("person.none_undated"))
    for r in undated:
        bits = [x for x in (r.get("edition"), r.get("level"), r.get("category")) if x]
        st.markdown(
            f"- **{r['honor']}**"
            + (f" · {' · '.join(bits)}" if bits else "")
            + f"  \n  {t('col.conferred_by')}：{join(r['conferred_by']) or t('person.not_stated')}"
        )
if dated:
    table(
        dated,
        {
            "year": "col.year",
            "honor": "col.honour",
            "edition": "col.edition",
            "level": "col.level",
            "rank": "col.rank",
            "category": "col.category",
            "conferred_by": "col.conferred_by",
            "raw": "col.raw",
        },
        key="person.dated",
        static=True,
    )
if timeline:
    with st.expander(t("person.open_honours")):
        for r in timeline:
            when = year_text(r["year"]) + (f" {r['edition']}" if r.get("edition") else "")
            honour_link(r["honor_id"], r["honor"], when)

# A national series' cohort runs to thousands: a page at a time, counted only when a page is full.
co = rows("co_recipients", person=pid, skip=0, top=CO_PAGE)
co_total = len(co)
if co_total >= CO_PAGE:
    co_total = int((first("co_recipients_count", person=pid) or {"total": co_total})["total"])
if co:
    st.markdown(f"**{t('person.co_recipients')}**")
    co_skip = pager("person.co_page", co_total, CO_PAGE)
    if co_skip:
        co = rows("co_recipients", person=pid, skip=co_skip, top=CO_PAGE)
    if note := shown_rows(co_skip, len(co), co_total):
        st.caption(note)
    table(
        co, {"honor": "col.honour", "year": "col.year", "edition": "col.edition", "name": "col.person"}, key="person.co"
    )

# --- works, network, sources -------------------------------------------------------------
tab_works, tab_network, tab_sources, tab_export = st.tabs(
    [t("person.works"), t("person.network"), t("person.sources"), t("person.export")]
)
with tab_works:
    named_patents = [w for w in works if w["kind"] == "Patent"]
    reported = max((c["count"] or 0 for c in patent_counts), default=0)
    c1, c2, c3 = st.columns(3)
    c1.metric(
        t("person.patents"),
        max(len(named_patents), reported),
        help=t("person.patents_help", named=len(named_patents), reported=reported),
    )
    c2.metric(t("person.standards"), sum(1 for w in works if w["kind"] == "Standard"))
    c3.metric(t("person.projects"), sum(1 for w in works if w["kind"] == "Project"))
    if patent_counts:
        table(
            patent_counts,
            {"count": "col.count", "kind": "col.kind", "document": "col.document", "sentence": "col.sentence"},
            key="person.pcounts",
        )
    if works:
        shown = [{**w, "kind": t(f"label.{w['kind']}")} for w in works]
        table(
            shown,
            {"kind": "col.kind", "title": "col.title", "subtype": "col.subtype", "code": "col.code"},
            key="person.works",
        )
    else:
        st.caption(t("person.no_works"))

with tab_network:
    st.caption(t("person.network_help"))
    show_graph(graph_elements(rows("ego_network", person=pid, top=300)), key="person.graph", height=520)

with tab_sources:
    if sources:
        shown = [{**s, "kind": t(f"label.{s['kind']}")} for s in sources]
        table(
            shown,
            {
                "kind": "col.kind",
                "what": "col.fact",
                "document": "col.document",
                "date": "col.date",
                "sentence": "col.sentence",
                "confidence": "col.confidence",
            },
            key="person.sources",
        )
    else:
        st.caption(t("person.no_sources"))

with tab_export:
    card = profile_card.build_card(
        profile,
        chains=chains,
        positions=positions,
        timeline=timeline,
        works=works,
        patent_counts=patent_counts,
        sources=sources,
        reader=reader_mode(),
    )
    try:
        profile_card.find_cjk_font()
    except LaomoError as exc:
        st.error(t("person.font_missing", error=str(exc)))
    else:
        c1, c2 = st.columns(2)
        c1.download_button(
            t("person.png"),
            partial(profile_card.card_png, card),
            file_name=f"{card.name}.png",
            mime="image/png",
            key="person.png",
            on_click="ignore",
        )
        c2.download_button(
            t("person.pdf"),
            partial(profile_card.card_pdf, card),
            file_name=f"{card.name}.pdf",
            mime="application/pdf",
            key="person.pdf",
            on_click="ignore",
        )
    st.download_button(
        t("person.json"),
        profile_card.card_json(card),
        file_name=f"{card.name}.json",
        mime="application/json",
        key="person.json",
        on_click="ignore",
    )
