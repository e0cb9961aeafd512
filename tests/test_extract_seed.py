"""The seed newspaper page scored against its answer key (loaders.scoring): it stays at 1.00."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders import scoring
from loaders.extract import extract_file
from loaders.profile_io import validate_profile

SEED = Path(__file__).resolve().parent / "data" / "seed" / "000_64891347c8508dc7"


@pytest.fixture(scope="module")
def seed_scores() -> dict:
    predicted = extract_file(SEED.with_suffix(".txt"))
    validate_profile(predicted)
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    cats = scoring.score(gold, predicted)
    return {"categories": {name: tally.f1 for name, tally in cats.items()}, "micro": scoring.micro(cats).f1}


def test_the_seed_page_scores_a_micro_f1_of_one(seed_scores: dict) -> None:
    assert seed_scores["micro"] == 1.0


@pytest.mark.parametrize("category", scoring.CATEGORIES)
def test_every_category_of_the_seed_page_scores_one(seed_scores: dict, category: str) -> None:
    assert seed_scores["categories"][category] == 1.0, f"{category}: {seed_scores['categories'][category]:.2f}"
