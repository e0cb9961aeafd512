"""The extractor on real public texts (tests/data/real/dev, 708 texts with answer keys).

A regression floor just below the figure measured on 8 December 2026 after the eighteenth round:
micro-F1 0.798, recall 0.752 over 001–025, 101–118, 201–239, 301–336, 401–440, 501–540, 601–640,
701–740, 801–840, 901–980 and 1001–1320 (the last eighteen were locked sets, each scored once blind
and then folded in; docs/extraction.md).  The eighteenth round merged one learned component, the
person gate (trained on these keys, so dev is a training-set figure for it: 0.7974 → 0.8081 on the
668 texts before the fold); measured held out on the spent blind sets it gave 0.6678 → 0.6908, and
the eighteenth locked set (1281–1320) moved 0.578 → 0.598.  The floors keep a margin of about 0.01
because the gate's probabilities come from floating-point models that may round differently on
another CPU.  Issue 8 asks for 0.85 micro-F1 and recall 0.75 on dev, and 0.80 on a locked set: both
are short of it now.
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
    assert len(pairs) >= 708
    total = micro(pool(pairs))
    assert total.f1 >= 0.79, f"micro-F1 {total.f1:.3f} (P {total.precision:.3f}, R {total.recall:.3f})"
    assert total.recall >= 0.74, f"recall {total.recall:.3f}"
