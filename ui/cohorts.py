"""Which cohorts the honours page draws in its co-recipient network, from the per-year-and-edition
counts it has already read (``recipients_by_year_edition``).

A cohort (the recipients of one year and edition) of n people makes n(n-1)/2 links: a national
medal's yearly cohort of a thousand people alone makes half a million, and pairing every award of
such a series with every other one read the whole series twice (1.2 s at a million people).  The
page draws the latest years whose links fit in ``NETWORK_PAIRS``; when even the latest year does
not fit, at most ``awards`` of its awards (the smallest ids), so that the picture stays readable and
the read bounded.  Nothing is cut when every year fits: then the query reads the whole series.

No Streamlit import: tests read this module without starting a UI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from graph.queries import UNDATED_YEAR

# A picture of more than ~1,500 links is a hairball and costs seconds to draw.
NETWORK_PAIRS = 1500
# ``awards`` when nothing is capped: more than any series holds.
NO_CAP = 1_000_000_000


@dataclass(frozen=True)
class NetworkWindow:
    """The ``co_recipient_network`` parameters of a drawing and what it leaves out.

    ``from_year`` / ``to_year``: the years drawn (0 = open; undated = ``UNDATED_YEAR``);
    ``awards``: at most this many awards read; ``people`` / ``all_people``: the recipients
    (lines of person, year and edition) of the years drawn and of the whole series."""

    from_year: int
    to_year: int
    awards: int
    people: int
    all_people: int

    @property
    def sample(self) -> bool:
        """Whether some recipients are left out of the drawing."""
        return self.people < self.all_people

    @property
    def years(self) -> str:
        """The years drawn, for the page's note: ``2021`` or ``2019–2021``."""
        return str(self.from_year) if self.from_year == self.to_year else f"{self.from_year}–{self.to_year}"

    def params(self) -> dict[str, int]:
        return {"from_year": self.from_year, "to_year": self.to_year, "awards": self.awards}


def network_window(per_edition: Iterable[Mapping[str, Any]], max_pairs: int = NETWORK_PAIRS) -> NetworkWindow:
    """The latest years whose co-recipient links fit in ``max_pairs`` (undated awards only when the
    whole series fits), or the latest year alone with at most as many awards as make ``max_pairs``
    links when even that year does not fit.  ``per_edition``: ``recipients_by_year_edition``'s rows.

    >>> rows = [{"year": 2019, "edition": None, "recipients": 40},
    ...         {"year": 2021, "edition": "第二届", "recipients": 30}, {"year": None, "edition": None, "recipients": 5}]
    >>> network_window(rows, 1_000)
    NetworkWindow(from_year=2021, to_year=2021, awards=1000000000, people=30, all_people=75)
    >>> network_window(rows, 2_000).params(), network_window(rows, 100).params()
    ({'from_year': 0, 'to_year': 0, 'awards': 1000000000}, {'from_year': 2021, 'to_year': 2021, 'awards': 14})
    """
    people: dict[int, int] = {}
    pairs: dict[int, int] = {}
    for r in per_edition:
        n = int(r["recipients"] or 0)
        key = UNDATED_YEAR if r["year"] is None else int(r["year"])
        people[key] = people.get(key, 0) + n
        pairs[key] = pairs.get(key, 0) + n * (n - 1) // 2
    everyone = sum(people.values())
    dated = sorted((k for k in people if k != UNDATED_YEAR and people[k] > 0), reverse=True)
    if sum(pairs.values()) <= max_pairs or not dated:
        return NetworkWindow(0, 0, NO_CAP, everyone, everyone)
    taken, drawn, first = 0, 0, 0
    for year in dated:
        if taken + pairs[year] > max_pairs:
            break
        taken, drawn, first = taken + pairs[year], drawn + people[year], year
    if first:
        return NetworkWindow(first, dated[0], NO_CAP, drawn, everyone)
    cap = 1  # the latest year alone does not fit: as many of its awards as make max_pairs links
    while (cap + 1) * cap // 2 <= max_pairs:
        cap += 1
    return NetworkWindow(dated[0], dated[0], cap, min(cap, people[dated[0]]), everyone)
