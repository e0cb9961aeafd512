"""The seed newspaper page scored against its answer key with the shared scorer."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from loaders.extract import extract_file
from loaders.profile_io import validate_profile

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_64891347c8508dc7"
SCORER = SHARED / "tools" / "score_extraction.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_scores() -> dict:
    import json

    scorer = load_scorer()
    predicted = extract_file(SEED.with_suffix(".txt"))
    validate_profile(predicted)
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    cats = scorer.score(gold, predicted)
    total = scorer.Tally()
    for tally in cats.values():
        total.tp, total.fp, total.fn = total.tp + tally.tp, total.fp + tally.fp, total.fn + tally.fn
    return {"categories": {name: tally.prf()[2] for name, tally in cats.items()}, "micro": total.prf()[2]}


def test_seed_micro_f1_is_at_least_095(seed_scores: dict) -> None:
    assert seed_scores["micro"] >= 0.95


@pytest.mark.parametrize("category", ["people", "born", "employers", "positions", "honors", "honor_conferrers",
                                      "patents", "standards", "projects", "organizations", "org_parents"])
def test_seed_category_f1_is_at_least_09(seed_scores: dict, category: str) -> None:
    assert seed_scores["categories"][category] >= 0.9, f"{category}: {seed_scores['categories'][category]:.2f}"
