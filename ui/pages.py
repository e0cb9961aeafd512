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

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


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


PAGES: dict[str, PageQueries] = {
    "overview": PageQueries(
        "overview",
        (
            q("counts"),
            q("honours_per_year"),
            q("honours_by_level"),
            q("on_this_day"),
            q("top_organizations", top=10),
        ),
        (q("search", top=50),),  # the search box
    ),
    "person": PageQueries(
        "person",
        (
            q("people"),
            q("person_profile"),
            q("org_chain"),
            q("person_positions"),
            q("honour_timeline"),
            q("person_works"),
            q("person_patent_counts"),
            q("person_sources"),
            q("co_recipients"),
            q("ego_network", top=300),
        ),
    ),
    "honours": PageQueries(
        "honours",
        (
            q("honours_by_level"),
            q("honours_per_year"),
            q("honour_series"),
            q("honours"),
            q("recipients_by_year_edition"),
            q("honour_recipients", year=0),
            q("co_recipient_network", top=1500),
        ),
    ),
    "orgs": PageQueries(
        "organizations",
        (
            q("org_tree_counts"),
            q("org_conferred_counts"),
            q("org_rank_counts"),
            q("org_chain"),
            q("org_people_ranks"),
            q("org_rollup"),
            q("honour_roll"),
        ),
    ),
    # Explore's shortest path runs when the visitor presses its button; the network
    # analytics (graph.analytics) on that page are not named queries.
    "explore": PageQueries(
        "explore",
        (q("people"), q("organizations"), q("neighbourhood", top=200), q("honours")),
        (q("shortest_connection"),),
    ),
    "console": PageQueries("console", ()),  # the visitor's own Cypher
    "import": PageQueries("import_profiles", (q("recent_loads", top=10),)),  # writes through loaders.pipeline
    "people_review": PageQueries("people_review", ()),  # asks and writes through loaders.people
}
