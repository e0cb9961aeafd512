"""The sample profile file matches the seed page's answer key and its own schema."""
from __future__ import annotations

import importlib.util
import json

import jsonschema

from loaders.profile_io import profile_schema
from tests.conftest import SAMPLE_PROFILE, SEED_GOLD, SEED_TEXT, SHARED


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SHARED / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sample_validates_against_the_profile_schema() -> None:
    jsonschema.validate(json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8")), profile_schema())


def test_the_sample_agrees_with_the_seed_answer_key_in_every_category() -> None:
    scorer = _scorer()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    sample = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    for category, tally in scorer.score(gold, sample).items():
        assert tally.prf()[2] == 1.0, (category, tally.misses, tally.extras)


def test_evidence_spans_point_into_the_seed_text() -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    sample = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    spans = [h["evidence"] for p in sample["people"] for h in p["honors"]]
    for ev in spans:
        original = text[ev["start"]:ev["end"]].replace("\n", "")
        assert original == ev["sentence"], ev


def test_the_document_hash_is_the_seed_text_hash() -> None:
    import hashlib
    sample = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    assert sample["document"]["sha256"] == hashlib.sha256(SEED_TEXT.read_bytes()).hexdigest()
