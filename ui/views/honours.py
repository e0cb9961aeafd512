"""荣誉 Honours: series by level, category and year; recipients per year and edition; co-recipients.

The series list and the recipients come a page at a time with their totals; without a year
filter the series and their counts are read from the roll-ups stored on each honour
(graph.rollups)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from ui.cohorts import NETWORK_PAIRS, network_window
from ui.components import cohort_layout, pair_elements, person_link, picked, rank_filter, show_graph, table
from ui.data import first, rows
from ui.i18n import t
from ui.paging import pager, shown
from ui.recipients import recipients_total, recipients_window

SERIES_PAGE = 50
RECIPIENTS_PAGE = 50

st.title(t("honours.title"))

levels = rows("honour_levels")
span = first("honour_years") or {}
years = list(range(span["last_year"], span["first_year"] - 1, -1)) if span.get("first_year") else []
c1, c2, c3, c4 = st.columns(4)
level = c1.selectbox(
    t("col.level"),
    ["", *sorted({r["level"] for r in levels})],
    key="honours.level",
    format_func=lambda v: v or t("common.all"),
)
category = c2.selectbox(
    t("col.category"),
    ["", *sorted({r["category"] for r in levels})],
    key="honours.category",
    format_func=lambda v: v or t("common.all"),
)
year = c3.selectbox(
    t("col.year"), [0, *years], key="honours.year", format_func=lambda v: str(v) if v else t("common.all")
)
by_rank = rank_filter("honours.rank", c4)

filters = {"level": level, "category": category, **by_rank.params()}
if year:  # awards of one year: counted from the awards themselves
    total = int((first("honour_series_count", year=year, **filters) or {"total": 0})["total"])
    skip = pager("honours.page", total, SERIES_PAGE)
    series = rows("honour_series", year=year, skip=skip, top=SERIES_PAGE, **filters)
else:  # every year: the roll-up counts of each series
    total = int((first("honour_list_count", **filters) or {"total": 0})["total"])
    skip = pager("honours.page", total, SERIES_PAGE)
    series = rows("honour_list", skip=skip, top=SERIES_PAGE, **filters)
st.caption(" · ".join(x for x in (t("honours.count", n=f"{total:,}"), shown(skip, len(series), total)) if x))
table(
    series,
    {
        "name": "col.honour",
        "level": "col.level",
        "rank": "col.rank",
        "category": "col.category",
        "awards": "col.awards",
        "first_year": "col.first_year",
        "last_year": "col.last_year",
    },
    key="honours.table",
    height=260,
)

options = {r["id"]: f"{r['name']}（{r['level'] or '—'} · {r['category'] or '—'}）" for r in series}
wanted = st.query_params.get("honor")
if wanted and wanted not in options:
    # a deep link wins over the filters and the page: show the series even if they hide it
    linked = first("honour_summary", honor=wanted)
    if linked:
        options[wanted] = f"{linked['name']}（{linked['level'] or '—'} · {linked['category'] or '—'}）"
honour_id = picked("honor", "honours.selected", options, t("honours.pick"))
if not honour_id:
    st.info(t("honours.none"))
    st.stop()

name = options[honour_id].split("（")[0]
st.header(name)

per_edition = rows("recipients_by_year_edition", honor=honour_id)
left, right = st.columns([3, 2])
with left:
    st.subheader(t("honours.per_edition"))
    if per_edition:
        frame = pd.DataFrame(
            [
                {
                    "when": f"{r['year'] or t('common.undated')} {r['edition'] or ''}".strip(),
                    "recipients": r["recipients"],
                }
                for r in per_edition
            ]
        )
        chart = (
            alt.Chart(frame)
            .mark_bar()
            .encode(
                x=alt.X("when:N", title=t("honours.when"), sort=None),
                y=alt.Y("recipients:Q", title=t("col.recipients"), axis=alt.Axis(tickMinStep=1)),
                tooltip=[
                    alt.Tooltip("when:N", title=t("honours.when")),
                    alt.Tooltip("recipients:Q", title=t("col.recipients")),
                ],
            )
        )
        st.altair_chart(chart, width="stretch")
        table(
            per_edition,
            {"year": "col.year", "edition": "col.edition", "recipients": "col.recipients"},
            key="honours.editions",
        )
with right:
    st.subheader(t("honours.recipients"))
    # narrow to one year / edition of the series (0 / '' = all)
    ed_years = sorted({r["year"] for r in per_edition if r["year"]})
    editions = sorted({r["edition"] for r in per_edition if r["edition"]})
    f1, f2 = st.columns(2)
    r_year = f1.selectbox(
        t("col.year"), [0, *ed_years], key="honours.r_year", format_func=lambda v: str(v) if v else t("common.all")
    )
    r_edition = f2.selectbox(
        t("col.edition"), ["", *editions], key="honours.r_edition", format_func=lambda v: v or t("common.all")
    )
    # the lines of the filter, summed from the per-edition counts above (ui.recipients), not counted again
    r_total = recipients_total(per_edition, r_year, r_edition)
    r_skip = pager("honours.r_page", r_total, RECIPIENTS_PAGE)
    # only the years this page reaches are read (ui.recipients, from the same per-edition counts)
    window = recipients_window(per_edition, r_year, r_edition, r_skip, RECIPIENTS_PAGE)
    recipients = rows(
        "honour_recipients", honor=honour_id, year=r_year, edition=r_edition, top=RECIPIENTS_PAGE, **window
    )
    st.caption(
        " · ".join(
            x for x in (t("honours.recipient_count", n=f"{r_total:,}"), shown(r_skip, len(recipients), r_total)) if x
        )
    )
    for r in recipients:
        when = " ".join(str(x) for x in (r["year"], r["edition"]) if x) or t("common.undated")
        orgs = "、".join(r["organizations"]) if r["organizations"] else t("overview.no_org")
        person_link(r["id"], r["name"], f"{when} · {orgs}")
if recipients:
    table(
        recipients,
        {
            "name": "col.person",
            "year": "col.year",
            "edition": "col.edition",
            "organizations": "col.organization",
            "conferred_by": "col.conferred_by",
        },
        key="honours.recipients",
    )

st.subheader(t("honours.network"))
st.caption(t("honours.network_help"))
# A picture of more than ~1,500 links is a hairball and costs seconds to read: the latest years whose
# links fit, or a capped sample of the latest year, chosen from the per-edition counts (ui.cohorts).
network = network_window(per_edition)
pairs = rows("co_recipient_network", honor=honour_id, top=NETWORK_PAIRS, **network.params())
if pairs:
    if network.sample:
        st.caption(
            t("honours.network_sample", when=network.years, n=f"{network.people:,}", all=f"{network.all_people:,}")
        )
    elif len(pairs) >= NETWORK_PAIRS:
        st.caption(t("honours.network_truncated", n=NETWORK_PAIRS))
    picture = pair_elements(pairs)
    show_graph(picture, key=f"honours.graph.{honour_id}", height=420, layout=cohort_layout(picture))
else:
    st.info(t("honours.no_pairs"))
