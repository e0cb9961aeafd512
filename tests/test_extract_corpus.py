"""The annotated texts of other genres (tests/data/extraction), pooled micro-F1 with loaders.scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders import scoring
from loaders.extract import extract_file
from loaders.profile_io import validate_profile

CORPUS = Path(__file__).parent / "data" / "extraction"
GOLDS = sorted(CORPUS.glob("*.gold.json"))


@pytest.fixture(scope="module")
def predictions() -> dict[Path, dict]:
    return {gold: extract_file(gold.with_name(gold.name.replace(".gold.json", ".txt"))) for gold in GOLDS}


def test_the_corpus_has_at_least_twelve_annotated_texts() -> None:
    assert len(GOLDS) >= 12


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name for g in GOLDS])
def test_every_prediction_validates_against_the_schema(predictions: dict, gold: Path) -> None:
    validate_profile(predictions[gold], file=gold.name)


def test_pooled_micro_f1_over_the_corpus_is_at_least_085(predictions: dict) -> None:
    pooled = scoring.pool((json.loads(g.read_text(encoding="utf-8")), p) for g, p in predictions.items())
    assert scoring.micro(pooled).f1 >= 0.85
