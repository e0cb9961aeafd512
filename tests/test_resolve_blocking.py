"""Blocked resolution: ``decide`` against the index's pool of namesakes (``PeopleIndex.pool``)
finds the holder of a key and the close namesakes through the index's blocks (birth year,
organisation) instead of walking every namesake, and decides exactly as walking them does
(``decide`` on the same people as a plain list) and as comparing every pair: same action,
person, candidate, score, reasons and review list, in the same order.

The pools are a large group's honour rolls: hundreds of 张伟 and 王芳 at its mines and teams
and at other groups' units, born in many years (or not said), some under several keys, and
the people a load adds as it goes (``learn``: a merge gives a person a birth date, another
employer, another key).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

import loaders.resolve as resolve
from loaders.resolve import Chain, PeopleIndex, PersonRecord, decide, weights

GROUP = ("o-jm", "焦煤集团")
UNITS: list[Chain] = [
    *(((f"o-jm-{i}", f"{mine}"), GROUP) for i, mine in enumerate(("九里山矿", "古汉山矿", "演马庄矿", "中马村矿"))),
    *(
        ((f"o-jm-{i}-{j}", f"{mine}{team}"), (f"o-jm-{i}", mine), GROUP)
        for i, mine in enumerate(("九里山矿", "古汉山矿"))
        for j, team in enumerate(("机电运转队", "综采一队"))
    ),
    (("o-pm1", "平煤神马集团一矿"), ("o-pm", "平煤神马集团")),
    (("o-zz", "郑州煤矿机械集团"),),
    (("o-sx", "山西焦煤西山煤电"),),
]
HONOURS = ("焦作市劳动模范", "焦煤集团劳动模范", "河南省劳动模范")
POSTS = ("班组长", "队长", "技术员")


def random_person(rng: random.Random, name: str, pid: str) -> PersonRecord:
    born = rng.choice([None, f"{rng.randint(1960, 1995)}", f"{rng.randint(1960, 1995)}-{rng.randint(1, 12):02d}"])
    return PersonRecord(
        id=pid,
        name=name,
        keys=[pid, *([f"{pid}-k2"] if rng.random() < 0.2 else [])],
        born=born,
        gender=rng.choice([None, "男", "女"]),
        native_place=rng.choice([None, "河南焦作", "河南平顶山"]),
        orgs=rng.sample(UNITS, rng.choice([0, 1, 1, 1, 2])),
        honours={(rng.choice(HONOURS), rng.randint(2015, 2023))} if rng.random() < 0.4 else set(),
        posts={rng.choice(POSTS)} if rng.random() < 0.3 else set(),
        docs={f"d-{rng.randint(0, 400)}"},
    )


def mentions(rng: random.Random, name: str, known: list[str], count: int) -> Iterator[PersonRecord]:
    for i in range(count):
        m = random_person(rng, name, f"{name}-in-{i}")
        if known and rng.random() < 0.1:  # named by a key a person already holds
            m.keys = [rng.choice(known)]
        yield m


@pytest.mark.parametrize(("seed", "fewest", "most"), [(7, 200, 400), (11, 200, 400), (2026, 200, 400), (5, 2, 30)])
def test_blocked_decisions_equal_walking_the_pool_and_comparing_every_pair(seed: int, fewest: int, most: int) -> None:
    rng = random.Random(seed)
    w = weights()
    index = PeopleIndex()
    for name in ("张伟", "王芳"):
        for i in range(rng.randint(fewest, most)):
            index.add(random_person(rng, name, f"{name}-{i}"))
    known = [k for people in index.by_name.values() for c in people.values() for k in c.keys]
    for i, mention in enumerate(mentions(rng, rng.choice(["张伟", "王芳"]), known, 150)):
        mention.aliases = ["王芳"] if mention.name == "张伟" and i % 10 == 0 else []
        pool = index.pool([mention.name, *mention.aliases])
        blocked = decide(mention, pool, w)
        assert blocked == decide(mention, list(pool), w)
        assert blocked == decide(mention, list(pool), w, every_pair=True)
        target = index.record(blocked.person_id) if blocked.action in ("same", "merge") else None
        keys = list(dict.fromkeys([*target.keys, mention.keys[0]])) if target else mention.keys
        index.learn(target, mention, keys, next(iter(mention.docs)))


def test_a_learned_birth_employer_or_key_moves_a_person_into_the_right_blocks() -> None:
    w = weights()
    index = PeopleIndex()
    far = PersonRecord(id="p-1", name="张伟", keys=["p-1"], born="1970", orgs=[UNITS[-1]])
    index.add(far)
    for i in range(30):
        index.add(PersonRecord(id=f"p-x{i}", name="张伟", keys=[f"p-x{i}"], born="1962", orgs=[UNITS[-2]]))
    news = PersonRecord(id="p-in", name="张伟", keys=["k-new"], born="1985-04", orgs=[UNITS[0]], docs={"d-2"})
    index.learn(far, news, ["p-1", "k-new"], "d-2")  # an editor's merge, as a load learns it
    mention = PersonRecord(id="p-m", name="张伟", keys=["k-m"], born="1985-04", orgs=[UNITS[0]], docs={"d-3"})
    pool = index.pool(["张伟"])
    assert decide(mention, pool, w) == decide(mention, list(pool), w, every_pair=True)
    assert decide(mention, pool, w).candidate == "p-1"
    again = PersonRecord(id="p-n", name="张伟", keys=["k-new"], docs={"d-4"})
    assert decide(again, index.pool(["张伟"]), w).person_id == "p-1"


def compare_calls(monkeypatch: pytest.MonkeyPatch, far: int) -> int:
    """How many namesakes ``decide`` compares a 九里山矿 张伟 born 1975 with, when the pool holds
    ten born that year at 焦煤集团's mines and ``far`` who cannot be him: born in other years at
    other groups' units, born in 1975 at other groups' units, or born in other years at 焦煤集团."""
    w = weights()
    index = PeopleIndex()
    rng = random.Random(far)
    for i in range(10):
        index.add(PersonRecord(id=f"p-c{i}", name="张伟", keys=[f"p-c{i}"], born="1975", orgs=[UNITS[i % 2]]))
    for i in range(far):
        born = "1975" if i % 3 == 1 else str(rng.choice([y for y in range(1960, 1996) if y != 1975]))
        unit = rng.choice(UNITS[2:4] if i % 3 == 2 else UNITS[-3:])
        index.add(PersonRecord(id=f"p-f{i}", name="张伟", keys=[f"p-f{i}"], born=born, orgs=[unit]))
    calls = 0
    real = resolve.compare

    def counted(*args: object, **kwargs: object) -> resolve.Comparison:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(resolve, "compare", counted)
    mention = PersonRecord(id="p-in", name="张伟", keys=["p-in"], born="1975-03", orgs=[UNITS[0]], docs={"d-9"})
    decide(mention, index.pool(["张伟"]), w)
    return calls


def test_a_mention_compares_only_its_close_namesakes_however_many_far_ones_the_pool_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert compare_calls(monkeypatch, 200) == compare_calls(monkeypatch, 5000) == 10
