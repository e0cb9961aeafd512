"""The honours page's recipients total, from the per-year-and-edition counts it has already read.

No Streamlit import: tests read this module without starting a UI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from graph.queries import UNDATED_YEAR


def recipients_total(per_edition: Iterable[Mapping[str, Any]], year: int, edition: str) -> int:
    """How many lines ``honour_recipients`` gives for a year (0 = any) and an edition ('' = any).

    ``per_edition``: the rows of ``recipients_by_year_edition`` for the same series, each the number
    of distinct people of one year and edition; a line is one person, year and edition, so the lines
    are the sum of the rows the filter keeps — what ``honour_recipients_count`` counts by reading the
    series' awards a second time (0.2 s for a city honour at 100,000 people on Neo4j).

    >>> rows = [{"year": 2021, "edition": "第三届", "recipients": 5}, {"year": None, "edition": None, "recipients": 2}]
    >>> recipients_total(rows, 0, ""), recipients_total(rows, 2021, ""), recipients_total(rows, 0, "第二届")
    (7, 5, 0)
    """
    return sum(
        int(r["recipients"] or 0)
        for r in per_edition
        if (not year or r["year"] == year) and (not edition or r["edition"] == edition)
    )


def recipients_window(
    per_edition: Iterable[Mapping[str, Any]], year: int, edition: str, skip: int, top: int
) -> dict[str, int]:
    """The years a page of ``honour_recipients`` reaches, as that query's ``from_year``, ``to_year``
    and ``skip`` (counted from the first line of ``from_year``).

    The lines are sorted by year (undated last, ``graph.queries.UNDATED_YEAR``), so a page from
    ``skip`` of ``top`` lines needs only the years whose lines it reaches; each year's lines are
    summed from ``recipients_by_year_edition``'s rows as ``recipients_total`` sums them.  Nothing
    counted (no rows): every year, ``skip`` unchanged.

    >>> rows = [{"year": 2019, "edition": None, "recipients": 40}, {"year": 2021, "edition": None, "recipients": 30},
    ...         {"year": None, "edition": None, "recipients": 5}]
    >>> recipients_window(rows, 0, "", 0, 20), recipients_window(rows, 0, "", 30, 20)
    ({'from_year': 2019, 'to_year': 2019, 'skip': 0}, {'from_year': 2019, 'to_year': 2021, 'skip': 30})
    >>> recipients_window(rows, 0, "", 60, 50), recipients_window([], 0, "", 10, 50)
    ({'from_year': 2021, 'to_year': 0, 'skip': 20}, {'from_year': 0, 'to_year': 0, 'skip': 10})
    """
    lines: dict[int, int] = {}
    for r in per_edition:
        if (not year or r["year"] == year) and (not edition or r["edition"] == edition):
            key = UNDATED_YEAR if r["year"] is None else int(r["year"])
            lines[key] = lines.get(key, 0) + int(r["recipients"] or 0)
    keys = [k for k in sorted(lines) if lines[k] > 0]
    if not keys:
        return {"from_year": 0, "to_year": 0, "skip": skip}
    before, first, last, skip_in = 0, keys[-1], keys[-1], 0
    found = False
    for k in keys:
        if not found and before + lines[k] > skip:
            first, skip_in, found = k, skip - before, True
        if before < skip + top:
            last = k
        before += lines[k]
    if not found:  # the page lies after every line: the last year, an empty page
        first, skip_in = keys[-1], skip - (before - lines[keys[-1]])
    return {"from_year": first, "to_year": 0 if last == UNDATED_YEAR else last, "skip": skip_in}
