"""The seed newspaper page scored against its answer key (loaders.scoring)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract_file
from loaders.profile_io import validate_profile

SEED = Path(__file__).resolve().parent / "data" / "seed" / "000_64891347c8508dc7"


def load_scorer():
    from loaders import scoring

    return scoring


@pytest.fixture(scope="module")
def seed_scores() -> dict:
    import json

    scorer = load_scorer()
    predicted = extract_file(SEED.with_suffix(".txt"))
    validate_profile(predicted)
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    cats = scorer.score(gold, predicted)
    return {"categories": {name: tally.f1 for name, tally in cats.items()}, "micro": scorer.micro(cats).f1}


def test_seed_micro_f1_is_at_least_095(seed_scores: dict) -> None:
    assert seed_scores["micro"] >= 0.95


@pytest.mark.parametrize(
    "category",
    [
        "people",
        "born",
        "employers",
        "positions",
        "honors",
        "honor_conferrers",
        "patents",
        "standards",
        "projects",
        "organizations",
        "org_parents",
    ],
)
def test_seed_category_f1_is_at_least_09(seed_scores: dict, category: str) -> None:
    assert seed_scores["categories"][category] >= 0.9, f"{category}: {seed_scores['categories'][category]:.2f}"
