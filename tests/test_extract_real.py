"""The extractor on real public texts (tests/data/real/dev, 548 texts with answer keys).

A regression floor just below the figure measured on 7 December 2026 after the fourteenth round:
micro-F1 0.816, recall 0.766 over 001–025, 101–118, 201–239, 301–336, 401–440, 501–540, 601–640,
701–740, 801–840, 901–980, 1001–1040, 1041–1080, 1081–1120 and 1121–1160 (the last fourteen were
locked sets, each scored once blind and then folded in; docs/extraction.md).  The eleventh to
fourteenth rounds wrote their rules from fresh, unannotated texts without reading dev.  In the
fourteenth, dev (508 texts) moved 0.8229 → 0.8246 and its locked set (1121–1160) 0.648 → 0.642;
folding that set in took dev to 0.816.  Issue 8 asks for 0.85 micro-F1 and recall 0.75 on dev, and
0.80 on a locked set: both are short of it now.  The fresh locked set (tests/data/real/locked) is
scored by the lead only, once per round.
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
    assert len(pairs) >= 548
    total = micro(pool(pairs))
    assert total.f1 >= 0.81, f"micro-F1 {total.f1:.3f} (P {total.precision:.3f}, R {total.recall:.3f})"
    assert total.recall >= 0.76, f"recall {total.recall:.3f}"
