"""The learned person gate (loaders.extract.person_gate) and its hook in the people stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.extract import extract_text, person_gate
from loaders.extract.document import Sentence
from loaders.extract.facts import Fact
from loaders.extract.mentions import PersonSpan
from loaders.extract.person_gate import MODEL_FILE, Candidate, Model, candidates, features, model_from
from loaders.extract.train_person_gate import fit, in_ranges, parse_ranges


def _span(text: str, name: str, source: str = "rule") -> PersonSpan:
    at = text.index(name)
    return PersonSpan(name, at, at + len(name), source)


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}


LISTED = "近日，第一批集团公司特级技师名单公布，吴建华、马志强、王丽萍、汪文涛、倪国伟5人入选“第一批集团公司特级技师”。"


def test_the_shipped_model_is_small_and_has_a_threshold() -> None:
    assert MODEL_FILE.stat().st_size < 2_000_000
    model = model_from(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) == len(model.names) + 1


def test_a_dropped_name_and_a_byline_are_candidates_with_their_sources() -> None:
    text = "记者 王晓明 摄\n红星机械厂钳工周德明荣获“全国五一劳动奖章”。"
    spans = [_span(text, "王晓明"), _span(text, "周德明", "tagger")]
    found = {"王晓明": "byline"}
    cands = {c.name: c for c in candidates(text, spans, found, {"王晓明"}, labelled=False)}
    assert cands["王晓明"].byline and cands["王晓明"].context == "byline"
    assert not cands["周德明"].byline and cands["周德明"].context == ""
    assert cands["周德明"].sources == {"tagger"}


def test_a_kept_name_is_a_candidate_from_its_context() -> None:
    text = "市中心医院护士长陈小梅获“最美护士”称号。"
    cands = candidates(text, [], {"陈小梅": "post"}, set(), labelled=False)
    assert [(c.name, c.context, c.sources, c.starts) for c in cands] == [("陈小梅", "post", {"context"}, [8])]


def test_a_name_in_a_run_before_an_award_verb_has_the_list_features() -> None:
    cand = Candidate("王丽萍", {"rule"}, [LISTED.index("王丽萍")], context="list")
    f = features(LISTED, cand, {"吴建华": "list", "王丽萍": "list"})
    assert f["prev_list"] == f["next_list"] == f["list_clause"] == 1.0
    assert f["award_later"] == f["honour_sentence"] == f["peer_in_line"] == 1.0
    assert f["credit_before"] == f["leader_before"] == 0.0
    assert f["live"] == f["ctx_list"] == 1.0


def test_a_reporters_credit_and_a_leaders_post_are_features() -> None:
    text = "（通讯员 刘海波）\n市委书记张国平出席颁奖仪式并讲话。"
    credit = features(text, Candidate("刘海波", {"rule"}, [text.index("刘海波")]), {})
    leader = features(text, Candidate("张国平", {"tagger"}, [text.index("张国平")]), {})
    assert credit["credit_before"] == 1.0 and credit["live"] == 0.0
    assert leader["leader_before"] == leader["leader_after"] == leader["ceremony_sentence"] == 1.0


def test_the_model_is_a_standardised_logistic_regression() -> None:
    model = Model(("live",), (0.5,), (0.5,), (0.0, 2.0), 0.5)
    assert model.probability({"live": 1.0}) == pytest.approx(1 / (1 + 2.718281828459045**-2.0))
    assert model.probability({"live": 0.0}) < 0.5 < model.probability({"live": 1.0})


def test_training_separates_a_feature_that_predicts_the_label() -> None:
    feats = [{"bias": 1.0, "live": float(k % 2), "noise": float(k % 3)} for k in range(60)]
    y = [float(k % 2) for k in range(60)]
    import numpy as np

    model = model_from(fit(feats, np.array(y)))
    assert model.probability({"live": 1.0, "noise": 1.0}) > 0.8
    assert model.probability({"live": 0.0, "noise": 1.0}) < 0.2


def test_text_number_ranges() -> None:
    ranges = parse_ranges("1-1000,1141-1280")
    assert ranges == [(1, 1000), (1141, 1280)]
    assert in_ranges(1141, ranges) and not in_ranges(1001, ranges)


def test_admitted_names_follow_the_model_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a model that admits every name the people rules keep in a list, and nothing else
    path = tmp_path / "gate.json"
    path.write_text(
        json.dumps({"names": ["ctx_list"], "mean": [0.0], "scale": [1.0], "weights": [-5.0, 10.0], "threshold": 0.5})
    )
    monkeypatch.setenv("LAOMO_PERSON_GATE_MODEL", str(path))
    text = "记者 王晓明 摄\n吴建华、马志强入选。"
    spans = [_span(text, "王晓明"), _span(text, "吴建华"), _span(text, "马志强")]
    found = {"王晓明": "byline", "吴建华": "list", "马志强": "list"}
    assert person_gate.admitted(text, spans, found, {"王晓明"}) == ["吴建华", "马志强"]


def test_a_listed_run_without_an_honour_reaches_the_output_only_with_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_PERSON_GATE", "0")
    assert _people(LISTED) == {}
    monkeypatch.setenv("LAOMO_PERSON_GATE", "1")
    assert set(_people(LISTED)) == {"吴建华", "马志强", "王丽萍", "汪文涛", "倪国伟"}


def test_a_photographers_credit_is_not_admitted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAOMO_PERSON_GATE", "1")
    text = "记者 王晓明 摄\n市第一人民医院护士陈丽华荣获“全国五一劳动奖章”。"
    assert _people(text) == {"陈丽华": ["全国五一劳动奖章"]}


def test_a_named_worker_with_an_honour_is_unchanged_by_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "市中心医院护士长陈小梅获“最美护士”称号。"
    monkeypatch.setenv("LAOMO_PERSON_GATE", "0")
    off = extract_text(text)["people"]
    monkeypatch.setenv("LAOMO_PERSON_GATE", "1")
    assert extract_text(text)["people"] == off


def _honour(sent: Sentence, title: str, holder: str) -> Fact:
    return Fact("honor", {"title": title, "raw": title}, sent, sent.start, [holder])


def test_an_admitted_name_shares_the_one_honour_its_sentence_gives_others() -> None:
    text = "张建华、李红梅、王志刚入选“第一批集团公司首席技师”。"
    sent = Sentence(0, len(text), text)
    others = [
        ("张建华", _honour(sent, "第一批集团公司首席技师", "张建华")),
        ("李红梅", _honour(sent, "第一批集团公司首席技师", "李红梅")),
    ]
    shared = person_gate.peer_honour(text, [text.index("王志刚")], others)
    assert shared is not None and shared.value["title"] == "第一批集团公司首席技师"


def test_an_admitted_name_shares_nothing_where_its_sentence_gives_two_honours() -> None:
    text = "张建华获评“全国劳动模范”，李红梅获评“全国五一劳动奖章”，王志刚作交流发言。"
    sent = Sentence(0, len(text), text)
    text = "张建华、李红梅、王志刚分获“全国劳动模范”“全国五一劳动奖章”。"
    sent = Sentence(0, len(text), text)
    others = [
        ("张建华", _honour(sent, "全国劳动模范", "张建华")),
        ("李红梅", _honour(sent, "全国五一劳动奖章", "李红梅")),
    ]
    assert person_gate.peer_honour(text, [text.index("王志刚")], others) is None


def test_an_admitted_name_shares_nothing_from_another_sentence() -> None:
    text = "张建华荣获“全国劳动模范”称号。\n王志刚参加了座谈会。"
    first = Sentence(0, text.index("\n"), text[: text.index("\n")])
    held = [("张建华", _honour(first, "全国劳动模范", "张建华"))]
    assert person_gate.peer_honour(text, [text.index("王志刚")], held) is None


def test_an_official_in_the_clause_before_the_run_shares_nothing() -> None:
    text = "省护理学会秘书长蒋丽，邵秀英、祁晓梅2名第48届南丁格尔奖章获得者参加座谈会。"
    sent = Sentence(0, len(text), text)
    held = [(n, _honour(sent, "南丁格尔奖章", n)) for n in ("邵秀英", "祁晓梅")]
    assert person_gate.peer_honour(text, [text.index("蒋丽")], held) is None
    assert person_gate.peer_honour(text, [text.index("祁晓梅")], held[:1]) is not None


def test_a_dotted_slogan_the_rules_read_as_a_name_is_no_candidate() -> None:
    text = "博爱县总工会开展“一线岗位送温暖·工会关爱显真情”活动"
    name = "线岗位送温暖·工会关爱显真情"
    cands = candidates(text, [_span(text, name)], {name: "tagger"}, set(), labelled=False)
    assert [c.name for c in cands] == []


def test_a_dropped_word_inside_quotes_is_never_admitted() -> None:
    text = "全市各级工会融入市总工会“普惠化”服务系统。"
    cand = Candidate("普惠化", {"labeller"}, [text.index("普惠化")], label_p=0.9)
    feats = features(text, cand, {})
    assert feats["in_quote"] == 1.0 and not person_gate.readable(feats)
    kept = Candidate("普惠化", {"rule"}, [text.index("普惠化")], context="list")
    assert person_gate.readable(features(text, kept, {"普惠化": "list"}))


def test_a_name_outside_a_run_shares_nothing_with_a_holder_in_its_clause() -> None:
    text = "李红梅是全国劳动模范张建军的徒弟。"
    sent = Sentence(0, len(text), text)
    held = [("张建军", _honour(sent, "全国劳动模范", "张建军"))]
    assert person_gate.peer_honour(text, [0], held) is None


def test_a_reading_with_a_quotation_mark_glued_on_is_no_candidate() -> None:
    text = "省总工会授予县二中教师李红“浙江省五一劳动奖章”。"
    spans = [_span(text, "李红“"), _span(text, "李红")]
    assert [c.name for c in candidates(text, spans, {}, set(), labelled=False)] == ["李红"]
