"""Train the person gate (loaders/extract/person_gate.py) from the real development keys.

    python -m loaders.extract.train_person_gate cache --dir D            # extract every dev text once (gate off),
                                                                       # keep outputs and candidates' features
    python -m loaders.extract.train_person_gate train --dir D --train 1-1280 --out data/models/person_gate.json
    python -m loaders.extract.train_person_gate eval --dir D --train 1-1140 --test 1141-1280

A candidate (a name the sources propose and the people rules drop) is positive when its name, folded
as the scorer folds it, is a key person's name.  The model is a logistic regression (numpy, L2,
full-batch gradient descent on standardised features).  The threshold is chosen by 5-fold
cross-validation inside the training texts only: each training text is extracted again with the
candidates admitted whose held-out probability reaches the lowest threshold tried, and every
threshold is scored end to end with ``loaders.scoring`` by keeping only the admitted people at or
above it.  ``eval`` prints totals only (tp/fp/fn per category, micro P/R/F1), gate off and on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "real" / "dev"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
L2 = 1.0
STEPS = 3000
RATE = 0.1


def parse_ranges(spec: str) -> list[tuple[int, int]]:
    """``1-1000,1141-1280`` → [(1, 1000), (1141, 1280)]."""
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.append((int(a), int(b or a)))
    return out


def in_ranges(num: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= num <= b for a, b in ranges)


def gold_files(ranges: Sequence[tuple[int, int]]) -> list[Path]:
    return [g for g in sorted(DEV.glob("*.gold.json")) if in_ranges(int(g.name.split("_", 1)[0]), ranges)]


# -- extraction (one worker process per call)


def _extract(gold_file: str, admit: dict[str, float] | None, record: bool) -> dict[str, Any]:
    """One dev text's output; ``record``: with its candidates' features (the gate itself off);
    ``admit``: names to admit whatever the model says (name → probability, kept in the output)."""
    from loaders.extract import extract_file, person_gate

    g = Path(gold_file)
    gold = json.loads(g.read_text(encoding="utf-8"))
    calls: list[list[dict[str, Any]]] = []
    real = person_gate.admitted

    def recorder(text: str, spans: Any, found: Any, bylines: set[str]) -> list[str]:
        cands = person_gate.candidates(text, spans, found, bylines)
        rows = [{"name": c.name, "feats": person_gate.features(text, c, found)} for c in cands]
        calls.append(rows)
        return [c.name for c in cands if admit and c.name in admit]

    person_gate.enabled = lambda: True
    person_gate.admitted = recorder
    try:
        out = extract_file(g.with_name(g.name.replace(".gold.json", ".txt")), url=gold["document"].get("url"))
    finally:
        person_gate.admitted = real
    res: dict[str, Any] = {"file": g.name, "output": out}
    if record:
        res["candidates"] = calls[-1] if calls else []
    return res


def _extract_record(gold_file: str) -> dict[str, Any]:
    return _extract(gold_file, None, True)


def _extract_admit(args: tuple[str, dict[str, float]]) -> dict[str, Any]:
    return _extract(args[0], args[1], False)


def run_many(fn: Callable[[Any], dict[str, Any]], items: Sequence[Any], jobs: int) -> list[dict[str, Any]]:
    if jobs <= 1:
        return [fn(x) for x in items]
    with ProcessPoolExecutor(jobs) as ex:
        return list(ex.map(fn, items, chunksize=2))


def cache(cache_dir: Path, jobs: int) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    files = [str(g) for g in gold_files([(1, 10**6)])]
    todo = [f for f in files if not (cache_dir / (Path(f).name + ".out.json")).exists()]
    for start in range(0, len(todo), 20):
        for res in run_many(_extract_record, todo[start : start + 20], jobs):
            (cache_dir / (res["file"] + ".out.json")).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    print(f"cached {len(files)} texts ({len(todo)} extracted now)")


def load_cache(cache_dir: Path, ranges: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
    out = []
    for g in gold_files(ranges):
        res = json.loads((cache_dir / (g.name + ".out.json")).read_text(encoding="utf-8"))
        res["gold"] = json.loads(g.read_text(encoding="utf-8"))
        res["path"] = str(g)
        out.append(res)
    return out


# -- examples and the model


def key_names(gold: dict[str, Any]) -> set[str]:
    from loaders.scoring import fold

    return {fold(p.get("name")) for p in gold.get("people") or [] if p.get("name")}


def examples(texts: Iterable[dict[str, Any]]) -> tuple[list[tuple[int, str]], list[dict[str, float]], np.ndarray]:
    """(text index, name), features, label of every candidate the gate-off output does not hold."""
    from loaders.extract.person_gate import readable, shaped
    from loaders.scoring import fold

    ids, feats, labels = [], [], []
    for t, res in enumerate(texts):
        keys = key_names(res["gold"])
        emitted = {fold(p.get("name")) for p in res["output"].get("people", [])}
        for row in res["candidates"]:
            if fold(row["name"]) in emitted or not shaped(row["name"]) or not readable(row["feats"]):
                continue  # the rules already make this name a person, or the gate does not read it
            ids.append((t, row["name"]))
            feats.append(row["feats"])
            labels.append(float(fold(row["name"]) in keys))
    return ids, feats, np.array(labels)


def fit(feats: Sequence[dict[str, float]], y: np.ndarray, threshold: float = 0.5) -> dict[str, Any]:
    """Logistic regression with an L2 penalty, gradient descent on standardised features."""
    names = sorted({k for f in feats for k in f if k != "bias"})
    x = np.array([[f.get(k, 0.0) for k in names] for f in feats], dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    z = np.hstack([np.ones((len(z), 1)), z])
    w = np.zeros(z.shape[1])
    n = len(y)
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) / n
        grad[1:] += L2 * w[1:] / n
        w -= RATE * grad * 10
    return {
        "names": names,
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": w.round(6).tolist(),
        "threshold": threshold,
    }


def predict(model: dict[str, Any], feats: Sequence[dict[str, float]]) -> np.ndarray:
    from loaders.extract.person_gate import model_from

    m = model_from(model)
    return np.array([m.probability(f) for f in feats])


def cv_probabilities(
    ids: list[tuple[int, str]], feats: list[dict[str, float]], y: np.ndarray, k: int = 5
) -> np.ndarray:
    """Held-out probabilities, the folds split by text (text index mod k)."""
    p = np.zeros(len(y))
    texts = np.array([t for t, _ in ids])
    for fold_no in range(k):
        test = texts % k == fold_no
        model = fit([f for f, m in zip(feats, test, strict=True) if not m], y[~test])
        p[test] = predict(model, [f for f, m in zip(feats, test, strict=True) if m])
    return p


# -- end-to-end scoring


def totals(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> tuple[dict[str, Any], Any]:
    from loaders.scoring import micro, pool

    cats = pool(list(pairs))
    return cats, micro(cats)


def without(output: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """``output`` with the people named in ``names`` left out (a higher threshold would not admit them)."""
    from loaders.scoring import fold

    drop = {fold(n) for n in names}
    return {**output, "people": [p for p in output.get("people", []) if fold(p.get("name")) not in drop]}


def admitted_runs(
    texts: list[dict[str, Any]], probs: dict[tuple[int, str], float], low: float, jobs: int
) -> dict[int, dict[str, Any]]:
    """Each text with a candidate at ``low`` or above, extracted with those candidates admitted."""
    todo: dict[int, dict[str, float]] = {}
    for (t, name), p in probs.items():
        if p >= low:
            todo.setdefault(t, {})[name] = p
    order = sorted(todo)
    outs = run_many(_extract_admit, [(texts[t]["path"], todo[t]) for t in order], jobs)
    return {t: {"output": o["output"], "admit": todo[t]} for t, o in zip(order, outs, strict=True)}


def scored_at(
    texts: list[dict[str, Any]], runs: dict[int, dict[str, Any]], threshold: float, people_before: list[set[str]]
) -> Any:
    """Micro totals with the candidates at ``threshold`` or above admitted (from the runs at the lowest)."""
    pairs = []
    for t, res in enumerate(texts):
        run = runs.get(t)
        if run is None or not any(p >= threshold for p in run["admit"].values()):
            pairs.append((res["gold"], res["output"]))
            continue
        below = {n for n, p in run["admit"].items() if p < threshold and n not in people_before[t]}
        pairs.append((res["gold"], without(run["output"], below)))
    return totals(pairs)


def choose_threshold(texts: list[dict[str, Any]], jobs: int) -> tuple[float, list[str]]:
    """The threshold with the best cross-validated end-to-end F1 on ``texts`` (None when none gains)."""
    from loaders.scoring import fold

    ids, feats, y = examples(texts)
    p = cv_probabilities(ids, feats, y)
    probs = dict(zip(ids, p.tolist(), strict=True))
    before = [{fold(x.get("name")) for x in r["output"].get("people", [])} for r in texts]
    runs = admitted_runs(texts, probs, min(THRESHOLDS), jobs)
    _, base = totals((r["gold"], r["output"]) for r in texts)
    lines = [f"  CV off: F1 {base.f1:.4f} P {base.precision:.4f} R {base.recall:.4f}"]
    best, best_f1 = 2.0, base.f1
    for th in THRESHOLDS:
        _, tot = scored_at(texts, runs, th, before)
        n = int((p >= th).sum())
        lines.append(f"  CV th {th:.1f}: admitted {n} F1 {tot.f1:.4f} P {tot.precision:.4f} R {tot.recall:.4f}")
        if tot.f1 > best_f1 + 1e-9:
            best, best_f1 = th, tot.f1
    return best, lines


def train(cache_dir: Path, train_spec: str, out: Path, jobs: int) -> dict[str, Any]:
    texts = load_cache(cache_dir, parse_ranges(train_spec))
    _ids, feats, y = examples(texts)
    th, lines = choose_threshold(texts, jobs)
    model = fit(feats, y, th)
    out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"train {train_spec}: {len(texts)} texts, {len(y)} candidates, {int(y.sum())} positive; threshold {th}")
    print("\n".join(lines))
    return model


def _cat_line(cats: dict[str, Any]) -> str:
    return " | ".join(f"{k} {v.tp}/{v.fp}/{v.fn}" for k, v in cats.items() if v.tp + v.fp + v.fn)


def evaluate(cache_dir: Path, test_spec: str, model_file: Path, jobs: int) -> None:
    """Held-out totals, gate off (the cached outputs) and on (the texts with an admitted candidate
    extracted again with the model)."""
    texts = load_cache(cache_dir, parse_ranges(test_spec))
    model = json.loads(model_file.read_text(encoding="utf-8"))
    ids, feats, _ = examples(texts)
    p = predict(model, feats) if feats else np.zeros(0)
    probs = {i: float(x) for i, x in zip(ids, p, strict=True) if x >= model["threshold"]}
    runs = admitted_runs(texts, probs, model["threshold"], jobs)
    cats_off, off = totals((r["gold"], r["output"]) for r in texts)
    cats_on, on = totals((r["gold"], runs[t]["output"] if t in runs else r["output"]) for t, r in enumerate(texts))
    print(
        f"test {test_spec}: {len(texts)} texts, {len(ids)} candidates, {len(probs)} admitted, {len(runs)} texts rerun"
    )
    print(f"  off F1 {off.f1:.4f} P {off.precision:.4f} R {off.recall:.4f}  tp {off.tp} fp {off.fp} fn {off.fn}")
    print(f"  on  F1 {on.f1:.4f} P {on.precision:.4f} R {on.recall:.4f}  tp {on.tp} fp {on.fp} fn {on.fn}")
    print("  off " + _cat_line(cats_off))
    print("  on  " + _cat_line(cats_on))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("cache", "train", "eval"))
    ap.add_argument("--dir", type=Path, required=True, help="cache directory")
    ap.add_argument("--train", default="1-1280")
    ap.add_argument("--test", default="")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "models" / "person_gate.json")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    os.environ.pop("LAOMO_PERSON_GATE", None)
    if args.command == "cache":
        cache(args.dir, args.jobs)
    elif args.command == "train":
        train(args.dir, args.train, args.out, args.jobs)
    else:
        model = args.out
        if not model.exists() or args.train:
            model = args.dir / f"model_{args.train}.json"
            train(args.dir, args.train, model, args.jobs)
        evaluate(args.dir, args.test, model, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
