"""The trained character labeller (loaders.extract.labeller) and its training script (loaders.extract.train_labeller)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.extract import labeller
from loaders.extract.labeller import MODEL_FILE, Span, features, label_spans, sentences, tags_to_spans
from loaders.extract.mentions import person_spans
from loaders.extract.train_labeller import dev_files, projected, train

DEV = Path(__file__).resolve().parent / "data" / "real" / "dev"


def _texts(text: str, spans: list[Span], kind: str) -> list[str]:
    return [text[s.start : s.end] for s in spans if s.kind == kind]


def test_the_shipped_model_is_small() -> None:
    assert MODEL_FILE.stat().st_size < 5_000_000


def test_a_plain_sentence_gives_its_person_and_its_honour() -> None:
    text = "刘建国荣获全国五一劳动奖章。"
    spans = label_spans(text)
    assert _texts(text, spans, "PER") == ["刘建国"]
    assert _texts(text, spans, "HON") == ["全国五一劳动奖章"]


def test_a_name_before_a_speech_verb_is_labelled_without_the_verb() -> None:
    text = "“我会继续努力。”张伟说。"
    assert _texts(text, label_spans(text), "PER") == ["张伟"]


def test_spans_are_offsets_into_the_whole_text() -> None:
    text = "本报讯　今年，全市表彰先进。\n刘建国荣获全国五一劳动奖章。"
    per = [s for s in label_spans(text) if s.kind == "PER"]
    assert [text[s.start : s.end] for s in per] == ["刘建国"]
    assert per[0].start == text.index("刘建国")


def test_tags_become_spans_and_a_stray_inside_tag_opens_one() -> None:
    tags = ["B-PER", "I-PER", "O", "I-HON", "I-HON", "B-HON", "O"]
    assert tags_to_spans(tags, offset=10) == [Span("PER", 10, 12), Span("HON", 13, 15), Span("HON", 15, 16)]


def test_sentences_never_cross_a_line_break() -> None:
    text = "焦作市总工会\n张伟荣获河南省五一劳动奖章。他说：“这是大家的荣誉。”"
    assert [s for _, s in sentences(text)] == [
        "焦作市总工会",
        "张伟荣获河南省五一劳动奖章。",
        "他说：“这是大家的荣誉。”",
    ]


def test_features_mark_a_surname_and_the_end_of_an_honour_suffix() -> None:
    feats = features("刘建国荣获全国五一劳动奖章")
    assert "sur" in feats[0]
    assert "sfx_end" in feats[-1]


def test_the_extractor_does_not_ask_the_labeller_unless_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAOMO_LABELLER", raising=False)
    assert not labeller.enabled()
    text = "马 伟(苏州富强科技有限公司工程中心总监)\n孙 健(江苏金龙科技股份有限公司)"
    assert all(p.source != "labeller" for p in person_spans(text))


def test_switched_on_the_labeller_adds_no_second_span_for_a_name_the_rules_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LAOMO_LABELLER", "1")
    assert [p.name for p in person_spans("刘建国荣获全国五一劳动奖章。")] == ["刘建国"]


def test_key_names_and_honours_are_projected_onto_the_normalised_text(tmp_path: Path) -> None:
    (tmp_path / "001_roster.txt").write_text(
        "賀 彪　湖南省電力公司變電檢修工\n賀彪被授予“湖南省五一勞動獎章”。\n", encoding="utf-8"
    )
    key = {"people": [{"name": "賀彪", "honors": [{"title": "湖南省五一劳动奖章", "raw": "“湖南省五一劳動獎章”"}]}]}
    (tmp_path / "001_roster.gold.json").write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")
    text, spans = projected(tmp_path / "001_roster.gold.json")
    assert _texts(text, spans, "PER") == ["贺 彪", "贺彪"]
    assert _texts(text, spans, "HON") == ["湖南省五一劳动奖章"]


def test_training_twice_on_the_same_keys_gives_the_same_model(tmp_path: Path) -> None:
    keys = sorted(DEV.glob("00[12]_*.gold.json"))
    train(keys, tmp_path / "a.crfsuite")
    train(keys, tmp_path / "b.crfsuite")
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


def test_the_training_script_reads_the_repositorys_dev_keys_by_default() -> None:
    assert dev_files("all") == sorted(DEV.glob("*.gold.json"))
    assert dev_files("odd") and all(int(p.name.split("_")[0]) % 2 == 1 for p in dev_files("odd"))
