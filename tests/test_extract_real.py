"""The extractor on real public texts (tests/data/real/dev, 668 texts with answer keys).

A regression floor just below the figure measured on 7 December 2026 after the seventeenth round:
micro-F1 0.794, recall 0.736 over 001–025, 101–118, 201–239, 301–336, 401–440, 501–540, 601–640,
701–740, 801–840, 901–980 and 1001–1280 (the last seventeen were locked sets, each scored once blind
and then folded in; docs/extraction.md).  The eleventh to seventeenth rounds wrote their rules from
fresh, unannotated texts without reading dev.  In the seventeenth, dev (628 texts) moved 0.8021 →
0.8026 and its locked set (1241–1280) stayed at 0.532 (no text changed); folding that set in took
dev to 0.794 and its recall to 0.736 (0.797 and 0.742 after a third wave), so the floors are 0.79
and 0.73 until the rounds lift them.
Issue 8 asks for 0.85 micro-F1 and recall 0.75 on dev, and 0.80 on a locked set: both are short of
it now.
The fresh locked set (tests/data/real/locked) is scored by the lead only, once per round.
"""

from __future__ import annotations

import json
from pathlib import Path

from loaders.extract import extract_file
from loaders.scoring import micro, pool

DEV = Path(__file__).parent / "data" / "real" / "dev"


def _pairs() -> list[tuple[dict, dict]]:
    out = []
    for gold_file in sorted(DEV.glob("*.gold.json")):
        text_file = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        # The page's address is an input, as a saved page or the importer gives it (its date stands
        # in for an undated text); the answers come from the key only.
        out.append((gold, extract_file(text_file, url=gold["document"].get("url"))))
    return out


def test_the_real_development_set_keeps_its_measured_micro_f1_and_recall() -> None:
    pairs = _pairs()
    assert len(pairs) >= 668
    total = micro(pool(pairs))
    assert total.f1 >= 0.79, f"micro-F1 {total.f1:.3f} (P {total.precision:.3f}, R {total.recall:.3f})"
    assert total.recall >= 0.73, f"recall {total.recall:.3f}"
