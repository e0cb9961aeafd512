"""Long lists a page at a time: a page picker and the line saying which rows of how many are shown.

A list on a page never stops silently at a limit: its named query takes ``$skip`` and a page
size, a count query beside it gives the total, and ``pager`` lets the visitor move through it.
"""

from __future__ import annotations

import math
from typing import Any

import streamlit as st

from ui.i18n import t


def page_count(total: int, per_page: int) -> int:
    """How many pages ``total`` rows fill (at least one).

    >>> page_count(0, 50), page_count(50, 50), page_count(51, 50)
    (1, 1, 2)
    """
    return max(1, math.ceil(total / per_page))


def pager(key: str, total: int, per_page: int, container: Any = None) -> int:
    """A page picker for ``total`` rows ``per_page`` at a time; returns how many rows to skip.

    One page needs no picker: nothing is drawn and 0 is returned.  A page number left over
    from a longer list (the filters changed) falls back to the last page.
    """
    pages = page_count(total, per_page)
    if pages == 1:
        return 0
    if int(st.session_state.get(key, 1)) > pages:
        st.session_state[key] = pages
    where = container or st
    page = int(where.number_input(t("paging.page", pages=pages), 1, pages, 1, step=1, key=key))
    return (page - 1) * per_page


def shown(skip: int, count: int, total: int) -> str:
    """'第 51–100 条，共 2,904 条' for the rows on the page (empty when the page holds them all)."""
    if skip == 0 and count >= total:
        return ""
    return t("paging.shown", first=skip + 1 if count else skip, last=skip + count, total=f"{total:,}")
