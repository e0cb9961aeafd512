"""总览 Overview: what the graph holds, honours over time, and a search that finds anyone."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from graph.reports import anniversary
from graph.search import exact_people, normalise_query, parse_people_query, people_cards
from ui.components import join, level_scale, link, rank_filter, table
from ui.data import rows
from ui.i18n import label_name, t
from ui.people_search import PAGE_SIZE, pages, person_label, total_line, total_of

KIND_PARAM = {"Person": "person", "Honor": "honor", "Organization": "org"}
METRIC_LABELS = ("Person", "Honor", "Award", "Organization", "Patent", "Document")

st.title(t("overview.title"))
st.caption(t("overview.intro"))

# --- search: people (graph.search, paged), then honours and organisations -----------------
search_col, rank_col = st.columns([3, 1])
query = search_col.text_input(t("overview.search"), key="overview.q", placeholder=t("search.people_hint"))
by_rank = rank_filter("overview.rank", rank_col)
wanted = parse_people_query(query)
if wanted.name:
    rank = by_rank.params()
    if st.session_state.get("overview.page_of") != (query, rank):  # a new search starts on page 1
        st.session_state["overview.page_of"] = (query, rank)
        st.session_state["overview.page"] = 1
    if wanted.ranked(rank):
        totals = rows("people_search_ranked_total", **wanted.params(rank))
    elif wanted.terms:
        totals = rows("people_search_at_total", **wanted.params())
    else:
        totals = rows("people_search_total", **wanted.params())
    found = total_of(totals)
    st.markdown(f"**{t('search.people')}** · {total_line(totals, wanted)}")
    if wanted.ignored:
        st.caption(t("search.ignored", words=" ".join(wanted.ignored)))
    if found:
        last_page = pages(found)
        if last_page > 1:
            page = int(
                st.number_input(
                    t("search.page", pages=last_page), min_value=1, max_value=last_page, step=1, key="overview.page"
                )
            )
        else:
            page = 1
        skip = (min(page, last_page) - 1) * PAGE_SIZE
        if wanted.ranked(rank):
            hits = rows("people_search_ranked", **wanted.params(rank), skip=skip, top=PAGE_SIZE)
        elif wanted.terms:
            hits = rows("people_search_at", **wanted.params(), skip=skip, top=PAGE_SIZE)
        else:
            hits = rows("people_search", **wanted.params(), exact=exact_people(totals), skip=skip, top=PAGE_SIZE)
        ids = [r["id"] for r in hits]
        st.caption(t("search.showing", first=skip + 1, last=skip + len(ids)))
        for card in people_cards(rows("people_cards", ids=ids), ids):
            link("person", card["id"], person_label(card))
    else:
        st.info(t("search.no_people", q=query.strip()))
    others = rows("search_honours_orgs", q=normalise_query(wanted.name), top=20, **rank)
    if others:
        st.markdown(f"**{t('search.honours_orgs')}**")
        for r in others:
            extra = label_name(r["kind"]) + (f" · {r['rank']}" if r.get("rank") else "")
            link(KIND_PARAM[r["kind"]], r["id"], f"{r['name']}（{extra}）")

st.divider()

# --- counts ---------------------------------------------------------------------------
counts = {r["label"]: r["count"] for r in rows("label_counts")}
for col, label in zip(st.columns(len(METRIC_LABELS)), METRIC_LABELS, strict=True):
    col.metric(label_name(label), counts.get(label, 0))

left, right = st.columns(2)
with left:
    st.subheader(t("overview.per_year"))
    per_year = pd.DataFrame(rows("honours_per_year"), columns=["year", "level", "awards"])
    if per_year.empty:
        st.info(t("overview.no_dated"))
    else:
        per_year["level"] = per_year["level"].fillna(t("common.unknown"))
        chart = (
            alt.Chart(per_year)
            .mark_bar()
            .encode(
                x=alt.X("year:O", title=t("col.year"), axis=alt.Axis(labelAngle=0)),
                y=alt.Y("sum(awards):Q", title=t("col.awards"), axis=alt.Axis(tickMinStep=1, format="d")),
                color=alt.Color("level:N", title=t("col.level"), scale=level_scale()),
                tooltip=[
                    alt.Tooltip("year:O", title=t("col.year")),
                    alt.Tooltip("level:N", title=t("col.level")),
                    alt.Tooltip("awards:Q", title=t("col.awards")),
                ],
            )
        )
        st.altair_chart(chart, width="stretch")

with right:
    st.subheader(t("overview.by_level"))
    by_level = pd.DataFrame(rows("honour_levels"), columns=["level", "category", "awards"])
    if not by_level.empty:
        chart = (
            alt.Chart(by_level)
            .mark_bar()
            .encode(
                y=alt.Y("level:N", title=t("col.level"), sort="-x"),
                x=alt.X("sum(awards):Q", title=t("col.awards"), axis=alt.Axis(tickMinStep=1, format="d")),
                color=alt.Color("category:N", title=t("col.category")),
                tooltip=[
                    alt.Tooltip("level:N", title=t("col.level")),
                    alt.Tooltip("category:N", title=t("col.category")),
                    alt.Tooltip("awards:Q", title=t("col.awards")),
                ],
            )
        )
        st.altair_chart(chart, width="stretch")

# --- on this day: honours of N years ago this month, for anniversary features ---------------
st.subheader(t("overview.on_this_day"))
years_ago = st.number_input(t("overview.years_ago"), min_value=1, max_value=80, value=10, key="overview.years_ago")
when = anniversary(dt.date.today(), int(years_ago))
st.caption(t("overview.on_this_day_caption", years=int(years_ago), month=when["month"]))
then = rows("on_this_day", **when)
if then:
    table(
        [{**r, "organizations": join(r["organizations"])} for r in then],
        {
            "name": "col.person",
            "organizations": "col.organization",
            "honour": "col.honour",
            "rank": "col.rank",
            "edition": "col.edition",
            "date": "col.date",
        },
        key="overview.on_this_day",
    )
else:
    st.caption(t("overview.on_this_day_none", month=when["month"]))

st.subheader(t("overview.top_orgs"))
top = rows("org_top", top=10)  # from the roll-up counts (graph.rollups)
if top:
    table(top, {"name": "col.organization", "awards": "col.awards", "people": "col.people"}, key="overview.top")
    with st.expander(t("overview.open_org")):
        for r in top:
            link("org", r["id"], f"{r['name']}（{t('overview.org_counts', awards=r['awards'], people=r['people'])}）")
else:
    st.info(t("overview.empty"))
