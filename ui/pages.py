"""Which named queries each UI page runs: the one list of them.

A page asks the store through ``ui.data.rows("name", …)`` / ``first("name", …)``;
this registry says which names, in page order, with the parameters a visitor's
first click gives them.  ``laomo bench pages`` times exactly these lists
(``bench.run`` imports this module: bench may import ui, graph and loaders never
do), and ``tests/test_ui_query_lists.py`` checks them against the calls written
in each ``ui/views/*.py`` file, so a page that starts asking a new question
fails that test until its line here says so.

No Streamlit import: bench and tests read this module without starting a UI.
Keys are those of ``ui.components.PAGE_FILES``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.reports import anniversary


@dataclass(frozen=True)
class QueryCall:
    """One named query a page runs, with parameters fixed by the page or a visitor's first click."""

    name: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageQueries:
    """The named queries of one page: those of a first visit, then those behind a button or a search box."""

    view: str  # the module in ui/views/
    first_visit: tuple[QueryCall, ...]
    on_request: tuple[QueryCall, ...] = ()

    @property
    def names(self) -> set[str]:
        return {c.name for c in (*self.first_visit, *self.on_request)}


def q(name: str, **params: Any) -> QueryCall:
    return QueryCall(name, params)


# A parameter the organisations page finds from an answer rather than a click: ``low_rank``, the
# lowest rank a page of people or of the roll reaches, from the ``org_summary`` column named here
# (stored per-rank counts; graph.ranks.page_low; the roll only without a year range).  The bench
# finds it the same way for these queries.
LOW_RANK_FROM: dict[str, str] = {"org_people_ranks": "people_by_rank", "honour_roll": "lines_by_rank"}
# Likewise the series (and years) a page of what an organisation conferred reaches, from the
# ``org_summary`` column named here (stored conferral rows per series and year;
# graph.conferrals.window gives the query's ``series``, ``first_series`` … and ``skip``).
WINDOW_FROM: dict[str, str] = {"org_conferred": "conferred_series"}
# And the years a page of an honour's recipients reaches, from the rows of the named query the
# honours page has already read (per year and edition; ui.recipients.recipients_window gives the
# query's ``from_year``, ``to_year`` and ``skip``); likewise the years its co-recipient network
# draws (ui.cohorts.network_window: ``from_year``, ``to_year`` and ``awards``).
YEARS_FROM: dict[str, str] = {
    "honour_recipients": "recipients_by_year_edition",
    "co_recipient_network": "recipients_by_year_edition",
}


PAGES: dict[str, PageQueries] = {
    "overview": PageQueries(
        "overview",
        (
            q("label_counts"),
            q("honours_per_year"),
            q("honour_levels"),
            q("on_this_day", **anniversary(dt.date.today(), 10)),  # the page's default: ten years ago this month
            q("org_top", top=10),
        ),
        (  # the search box: people (paged, with units and honours), then honours and organisations
            q("people_search_total"),
            q("people_search", top=20),
            q("people_search_at_total"),
            q("people_search_at", top=20),
            q("people_search_ranked_total", min_rank=5),
            q("people_search_ranked", min_rank=5, top=20),
            q("people_cards"),
            q("search_honours_orgs", top=20),
        ),
    ),
    "person": PageQueries(
        "person",
        (
            q("person_profile"),
            q("org_chain"),
            q("person_positions"),
            q("honour_timeline"),
            q("person_works"),
            q("person_patent_counts"),
            q("person_sources"),
            q("co_recipients", skip=0, top=50),
            q("co_recipients_count"),  # when the first page is full
            q("ego_network", top=300),
        ),
        (  # the find box that puts namesakes with their units into the picker
            q("people_search_total"),
            q("people_search", top=20),
            q("people_search_at_total"),
            q("people_search_at", top=20),
            q("people_cards"),
        ),
    ),
    "honours": PageQueries(
        "honours",
        (
            q("honour_levels"),
            q("honour_years"),
            q("honour_list_count"),
            q("honour_list", skip=0, top=50),
            q("honour_summary"),
            q("recipients_by_year_edition"),
            q("honour_recipients", year=0, skip=0, top=50),  # from_year …: YEARS_FROM
            q("co_recipient_network", top=1500),  # from_year …: YEARS_FROM
        ),
        (q("honour_series_count", year=2021), q("honour_series", year=2021, skip=0, top=50)),  # a year chosen
    ),
    "orgs": PageQueries(
        "organizations",
        (
            q("org_roots_count"),
            q("org_roots", skip=0, top=20),
            q("org_summary"),
            q("org_chain"),
            q("org_rank_breakdown"),
            q("org_people_ranks", skip=0, top=50),  # low_rank: LOW_RANK_FROM
            q("org_sub_units", skip=0, top=50),
            q("honour_roll", skip=0, top=200),  # low_rank: LOW_RANK_FROM
            q("org_conferred", skip=0, top=200),  # series …: WINDOW_FROM
        ),
        (  # a rank filter set on the people, a year range or rank filter set on the roll
            q("org_people_count", min_rank=5),
            q("honour_roll_count", year_from=2015),
        ),
    ),
    # Explore's shortest path runs when the visitor presses its button; the network
    # analytics (graph.analytics) on that page are not named queries.
    "explore": PageQueries(
        "explore",
        (
            q("org_top", top=10),
            q("neighbourhood", label="Person", top=200),
            q("honour_list", skip=0, top=100),
            q("honour_list_count"),
        ),
        (
            q("shortest_connection"),
            # the find box that puts namesakes with their units, and organisations, into the pickers
            q("people_search_total"),
            q("people_search", top=20),
            q("people_search_at_total"),
            q("people_search_at", top=20),
            q("people_cards"),
            q("search_honours_orgs", top=20),
        ),
    ),
    "console": PageQueries("console", ()),  # the visitor's own Cypher
    "import": PageQueries("import_profiles", (q("recent_loads", top=10),)),  # writes through loaders.pipeline
    "people_review": PageQueries("people_review", ()),  # asks and writes through loaders.people
}
