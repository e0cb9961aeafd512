"""The people search as the pages show it: the total line, paging and one line per person.

The pages ask the store themselves (``rows("people_search", …)`` in ``ui/views/*.py``, so
``ui/pages.py`` and its test see every query); this module only turns the answers into
text: the unit chain, the most notable honours with their years, the match counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from graph.search import PeopleQuery
from ui.i18n import t

PAGE_SIZE = 20
HONOURS_SHOWN = 3


def total_of(totals: Iterable[Mapping[str, Any]]) -> int:
    """People found, from ``people_search_total`` rows (one per match class)."""
    return sum(int(r["people"]) for r in totals)


def total_line(totals: Sequence[Mapping[str, Any]], query: PeopleQuery) -> str:
    """共找到 233 人（单位含“九里山”） · 其中 同名 230、开头相符 3."""
    n = total_of(totals)
    head = t("search.total_at", n=n, units=" ".join(query.terms)) if query.terms else t("search.total", n=n)
    parts = [t(f"search.class.{r['match']}", n=r["people"]) for r in totals if r["people"]]
    return f"{head} · {t('search.classes', parts='、'.join(parts))}" if len(parts) > 1 else head


def pages(total: int, size: int = PAGE_SIZE) -> int:
    """How many pages ``total`` people fill (at least one)."""
    return max(1, -(-total // size))


def honours_text(honours: Sequence[Mapping[str, Any]], shown: int = HONOURS_SHOWN) -> str:
    """The highest-ranked honours first, each with its year: 中原大工匠 2022、焦作工匠 2021 等 8 项荣誉."""
    best = sorted(honours, key=lambda h: (-(h.get("rank_order") or 0), -(h.get("year") or 0), h["honour"]))
    parts = [f"{h['honour']} {h['year']}" if h.get("year") else h["honour"] for h in best[:shown]]
    text = "、".join(parts)
    return f"{text} {t('search.more_honours', n=len(honours))}" if len(honours) > shown else text


def top_rank(honours: Sequence[Mapping[str, Any]]) -> str:
    """The rank of the highest honour (省部级 …), or ''."""
    ranked = [h for h in honours if h.get("rank")]
    return str(max(ranked, key=lambda h: h.get("rank_order") or 0)["rank"]) if ranked else ""


def person_label(card: Mapping[str, Any]) -> str:
    """张伟（焦煤集团 › 九里山矿 › 机电运转队 · 省部级 · 中原大工匠 2022、焦作工匠 2021）."""
    honours = card.get("honours") or []
    parts = ("；".join(card.get("units") or []), top_rank(honours), honours_text(honours))
    extra = [u for u in parts if u]
    if not extra:
        extra = [t("overview.no_org")]
    return f"{card['name']}（{' · '.join(extra)}）"


def unit_label(card: Mapping[str, Any]) -> str:
    """张伟（焦煤集团 › 九里山矿 › 机电运转队）: a person in a picker, told apart from namesakes by unit."""
    return f"{card['name']}（{'；'.join(card.get('units') or []) or t('overview.no_org')}）"
