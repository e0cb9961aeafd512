"""The sentence-pattern table (tests/data/extraction/sentences.yaml) as a specification of the extractor.

Each case is one sentence or short paragraph with the (person, honour, year, edition, conferrer)
tuples a correct extractor produces; negatives (``expect: []``) must produce no honour at all.
Matching follows tests/data/extraction/sentences.README.md.  The goal of issue 8: at least 95 % of
expected tuples right and no negative producing a fact.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from loaders.extract import extract_text
from loaders.extract.relations import canonical_body
from loaders.scoring import title_match

TABLE = Path(__file__).parent / "data" / "extraction" / "sentences.yaml"
QUOTES_RE = re.compile(r"[“”「」『』‘’《》\s]")

Tuple = tuple[str, str, Any, Any, frozenset[str]]


def _cases() -> list[dict[str, Any]]:
    return yaml.safe_load(TABLE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def predicted(case: dict[str, Any]) -> list[Tuple]:
    """The honour tuples the extractor gives for one case."""
    profile = extract_text(case["text"], document_date=case.get("doc_date"))
    return [
        (p["name"], h["title"], h.get("year"), h.get("edition"), _bodies(h.get("conferred_by")))
        for p in profile["people"]
        for h in p.get("honors", [])
    ]


def _honour_equal(a: str, b: str) -> bool:
    return QUOTES_RE.sub("", a) == QUOTES_RE.sub("", b) or title_match(a, b)


def _bodies(names: Any) -> frozenset[str]:
    """Conferring bodies compared by full name: the extractor completes a short name the text
    pins down (辽宁省政府 → 辽宁省人民政府, 中宣部 → 中共中央宣传部; docs/extraction.md), the table
    writes bodies as the text does."""
    return frozenset(canonical_body(n) for n in names or [])


def matched(case: dict[str, Any], preds: list[Tuple]) -> int:
    """How many expected tuples of ``case`` some predicted tuple matches (each prediction used once)."""
    free = list(dict.fromkeys(preds))
    hits = 0
    for e in case["expect"]:
        want = (e["person"], e["honour"], e.get("year"), e.get("edition"), _bodies(e.get("conferrer")))
        for p in free:
            if (
                p[0] == want[0]
                and _honour_equal(p[1], want[1])
                and p[2] == want[2]
                and p[3] == want[3]
                and p[4] == want[4]
            ):
                free.remove(p)
                hits += 1
                break
    return hits


@cache
def table_result() -> tuple[int, int, list[str], list[str]]:
    """(matched tuples, expected tuples, ids of negatives that produced a fact, ids of missed positives)."""
    hits = total = 0
    bad_negatives: list[str] = []
    missed: list[str] = []
    for case in _cases():
        preds = predicted(case)
        if not case["expect"]:
            if preds:
                bad_negatives.append(case["id"])
            continue
        got = matched(case, preds)
        hits += got
        total += len(case["expect"])
        if got < len(case["expect"]):
            missed.append(case["id"])
    return hits, total, bad_negatives, missed


def test_the_table_is_well_formed_with_enough_cases() -> None:
    cases = _cases()
    assert len(cases) >= 300
    assert len({c["id"] for c in cases}) == len(cases)
    assert all(isinstance(c["expect"], list) for c in cases)


def test_a_plain_sentence_gives_its_person_and_honour() -> None:
    case = {"text": "刘建国荣获全国五一劳动奖章。", "expect": [{"person": "刘建国", "honour": "全国五一劳动奖章"}]}
    assert matched(case, predicted(case)) == 1


# Issue 8's goal is 0.95: reached on 2026-12-06 with 493/511 = 0.965 (0.943 on 2026-11-29);
# 512/527 = 0.972 at the end of the seventh round.
# The floor sits just under the measured figure so a regression shows.
FLOOR = 0.965


def test_the_tables_tuples_are_extracted_at_least_as_well_as_the_last_measured_floor() -> None:
    hits, total, _, missed = table_result()
    assert hits / total >= FLOOR, f"{hits}/{total} = {hits / total:.3f}; missed in {len(missed)} cases: {missed[:40]}"


def test_no_negative_case_of_the_table_produces_an_honour() -> None:
    _, _, bad_negatives, _ = table_result()
    assert bad_negatives == [], f"{len(bad_negatives)} negatives produced facts: {bad_negatives}"
