"""The sample profile file matches the seed page's answer key and its own schema."""

from __future__ import annotations

import json

import jsonschema

from loaders import scoring
from loaders.profile_io import profile_schema
from tests.conftest import SAMPLE_PROFILE, SEED_GOLD, SEED_TEXT


def test_the_sample_validates_against_the_profile_schema() -> None:
    jsonschema.validate(json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8")), profile_schema())


def test_the_sample_agrees_with_the_seed_answer_key_in_every_category() -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    sample = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    for category, tally in scoring.score(gold, sample).items():
        assert tally.f1 == 1.0, (category, tally.misses, tally.extras)


def test_evidence_spans_point_into_the_seed_text() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    sample = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    spans = [h["evidence"] for p in sample["people"] for h in p["honors"]]
    for ev in spans:
        original = text[ev["start"] : ev["end"]].replace("\n", "")
        assert original == ev["sentence"], ev


def test_the_document_hash_is_the_seed_text_hash() -> None:
    import hashlib

    sample = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    assert sample["document"]["sha256"] == hashlib.sha256(SEED_TEXT.read_bytes()).hexdigest()
