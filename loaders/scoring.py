"""Score extracted profile facts against a hand-written answer key (micro-averaged P/R/F1).

Gold and predicted files share the profile shape (``tests/data/seed/*.gold.json``):
``{"people": [{"name", "born", "employers", "positions", "honors", "patents",
"standards", "projects"}], "organizations": [{"name", "parent"}]}``.

Titles are compared after a light fold (punctuation, quotes, book-title marks and spaces
removed; traditional script folded to simplified).  Two titles match when they are equal or
one contains the other and the shorter is at least 60 % of the longer.  An honour matches
only when its year matches too (where gold has a year).  Each gold fact is used at most once.
People are keyed by name: two namesakes in one text count as one person (a known limit).

>>> gold = {"people": [{"name": "张伟", "honors": [{"title": "焦作工匠", "year": 2021}]}]}
>>> pred = {"people": [{"name": "张伟", "honors": [{"title": "“焦作工匠”", "year": 2021}]}]}
>>> round(micro(score(gold, pred)).f1, 2)
1.0
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.hanzi import to_simplified

CATEGORIES = (
    "people",
    "born",
    "employers",
    "positions",
    "honors",
    "honor_conferrers",
    "patents",
    "standards",
    "projects",
    "organizations",
    "org_parents",
)
_DROP = frozenset(" \t\r\n\u3000“”\"'‘’《》〈〉「」『』()（）[]【】·•,，、.。:：;；!！?？—-－_")


def fold(text: object) -> str:
    """The comparison key of a title: simplified script, no punctuation or spaces, lower case.

    >>> fold("第三屆「焦作工匠」")
    '第三届焦作工匠'
    """
    if not text:
        return ""
    return _fold(text if isinstance(text, str) else str(text))


_DROP_TABLE = dict.fromkeys(map(ord, _DROP))


@lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    """:func:`fold` of a string, remembered (the extractor folds the same titles and lines again and again)."""
    return to_simplified(text).translate(_DROP_TABLE).lower()


def title_match(a: object, b: object) -> bool:
    """Equal after :func:`fold`, or one contains the other and is at least 60 % as long.

    >>> title_match("河南省劳动模范", "“河南省劳动模范”称号")
    True
    >>> title_match("劳动模范", "河南省五一劳动奖章")
    False
    """
    x, y = fold(a), fold(b)
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    return short == long_ or (short in long_ and len(short) >= 0.6 * len(long_))


@dataclass
class Tally:
    """Counts of one category: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(
        self,
        gold: Iterable[Any],
        pred: Iterable[Any],
        match: Callable[[Any, Any], bool],
        label: Callable[[Any], str],
    ) -> None:
        """Match each gold item to at most one predicted item; count the rest."""
        pred = list(pred)
        used = [False] * len(pred)
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if not used[i] and match(g, p)), None)
            if hit is None:
                self.fn += 1
                self.misses.append(label(g))
            else:
                used[hit] = True
                self.tp += 1
        for i, p in enumerate(pred):
            if not used[i]:
                self.fp += 1
                self.extras.append(label(p))

    def __iadd__(self, other: Tally) -> Tally:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses += other.misses
        self.extras += other.extras
        return self

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 0.0 if self.fn else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _titles(items: Iterable[Any] | None, key: str = "title") -> list[Any]:
    out = [item.get(key) if isinstance(item, dict) else item for item in items or []]
    return [t for t in out if t]


def _honour_match(gh: Mapping[str, Any], ph: Mapping[str, Any]) -> bool:
    names_g, names_p = (gh.get("title"), gh.get("raw")), (ph.get("title"), ph.get("raw"))
    same = any(title_match(a, b) for a in names_g for b in names_p)
    return same and (gh.get("year") is None or gh.get("year") == ph.get("year"))


def _conferrals(person: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    return [
        (h.get("raw") or h.get("title"), body)
        for h in person.get("honors") or []
        for body in h.get("conferred_by") or []
    ]


def _pair_match(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    return title_match(a[0], b[0]) and title_match(a[1], b[1])


def _says(who: Any, fmt: Callable[[Any], str] = str) -> Callable[[Any], str]:
    """How a mistake about one person is listed: ``张伟: 焦作工匠 (2021)``."""

    def label(x: Any) -> str:
        return f"{who}: {fmt(x)}"

    return label


def _honour_text(h: Mapping[str, Any]) -> str:
    return f"{h.get('title') or h.get('raw')} ({h.get('year')})"


def _conferral_text(x: tuple[Any, Any]) -> str:
    return f"{x[0]} <- {x[1]}"


def _parent_text(x: tuple[Any, Any]) -> str:
    return f"{x[0]} -> {x[1]}"


def score(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> dict[str, Tally]:
    """One :class:`Tally` per category of :data:`CATEGORIES`."""
    cats = {c: Tally() for c in CATEGORIES}
    gp = {fold(p.get("name")): p for p in gold.get("people", []) if p.get("name")}
    pp = {fold(p.get("name")): p for p in pred.get("people", []) if p.get("name")}
    cats["people"].add(list(gp), list(pp), lambda g, p: g == p, str)
    for key, g in gp.items():
        p = pp.get(key, {})
        tag = _says(g.get("name"))
        if g.get("born"):
            born = [p["born"]] if p.get("born") else []
            cats["born"].add([g["born"]], born, lambda a, b: str(a) == str(b), tag)
        cats["employers"].add(g.get("employers") or [], p.get("employers") or [], title_match, tag)
        cats["positions"].add(_titles(g.get("positions")), _titles(p.get("positions")), title_match, tag)
        cats["honors"].add(
            g.get("honors") or [],
            p.get("honors") or [],
            _honour_match,
            _says(g.get("name"), _honour_text),
        )
        cats["honor_conferrers"].add(_conferrals(g), _conferrals(p), _pair_match, _says(g.get("name"), _conferral_text))
        for cat in ("patents", "standards", "projects"):
            cats[cat].add(_titles(g.get(cat)), _titles(p.get(cat)), title_match, tag)
    for key, p in pp.items():
        if key in gp:
            continue
        # Facts about people the key does not know are false positives.
        who = p.get("name")
        cats["honors"].add([], p.get("honors") or [], _honour_match, _says(who, lambda h: str(h.get("title"))))
        for cat in ("patents", "standards", "projects"):
            cats[cat].add([], _titles(p.get(cat)), title_match, _says(who))
    go, po = gold.get("organizations", []), pred.get("organizations", [])
    cats["organizations"].add(_titles(go, "name"), _titles(po, "name"), title_match, str)
    gpar = [(o["name"], o["parent"]) for o in go if o.get("parent")]
    ppar = [(o.get("name"), o.get("parent")) for o in po if o.get("parent")]
    cats["org_parents"].add(gpar, ppar, _pair_match, _parent_text)
    return cats


def micro(cats: Mapping[str, Tally]) -> Tally:
    """All categories pooled into one tally (the micro average)."""
    total = Tally()
    for tally in cats.values():
        total += tally
    return total


def pool(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> dict[str, Tally]:
    """Per-category tallies summed over several (gold, predicted) pairs."""
    pooled = {c: Tally() for c in CATEGORIES}
    for gold, pred in pairs:
        for name, tally in score(gold, pred).items():
            pooled[name] += tally
    return pooled


def read_json(path: str | Path) -> dict[str, Any]:
    """A gold or predicted file."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def report(cats: Mapping[str, Tally], *, misses: bool = False) -> str:
    """A plain-text table: P, R, F1, tp, fp, fn per category and overall."""
    lines = [f"{'category':18} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
    for name, t in [*cats.items(), ("overall", micro(cats))]:
        lines.append(f"{name:18} {t.precision:6.2f} {t.recall:6.2f} {t.f1:6.2f} {t.tp:4} {t.fp:3} {t.fn:3}")
        if misses and name != "overall":
            lines += [f"    missed: {m}" for m in t.misses] + [f"    extra:  {e}" for e in t.extras]
    return "\n".join(lines)


def as_json(cats: Mapping[str, Tally]) -> dict[str, dict[str, float]]:
    """The figures of :func:`report` as a dict (for ``--format json``)."""
    return {
        name: {"precision": t.precision, "recall": t.recall, "f1": t.f1, "tp": t.tp, "fp": t.fp, "fn": t.fn}
        for name, t in [*cats.items(), ("overall", micro(cats))]
    }
