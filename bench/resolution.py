"""Entity resolution's cost: people loaded per second with resolution on and off (embedded store).

``python -m bench.resolution --people 10000 --per-doc 20`` writes synthetic profiles (namesakes
on purpose: 60 surnames × 40 given names, so one name in ten thousand people recurs several
times), loads them once with resolution and once without into fresh embedded stores, then
loads the resolved set again (the idempotent reload), and prints one line per run.

``python -m bench.resolution --against 200000 --people 10000 --stores embedded,neo4j --workdir DIR``
times resolution alone against a large store: the store holds ``--against`` generated people
(``bench.generate``, seed ``--seed``; built once into ``DIR`` and reused), the incoming people
are ``--people`` generated people written back as profiles (``bench.profiles``, seed
``--incoming-seed``; the same names follow the same surname shares, so namesakes abound).
Each path reads the candidates (``PeopleIndex.load``) and decides every incoming person in
load order, as ``loaders.pipeline`` does: *before* reads every candidate's facts and
compares every pair (``decide(every_pair=True)``, the resolver before two stages), *after*
gives ``load`` the incoming people (``mentions``) and lets ``decide`` leave out far
namesakes.  It prints rows read, candidates whose facts were read, seconds per stage, and
whether the two paths' decisions are identical.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.hanzi import to_simplified
from graph.store import GraphStore
from graph.store_ladybug import LadybugStore
from loaders import ids
from loaders.graph_rows import profile_rows
from loaders.pipeline import document_orgs, load_profiles, mention_record
from loaders.profile_io import normalise_profile
from loaders.resolve import MERGE, NEW, REVIEW, SAME, PeopleIndex, ReadCounts, decide, weights

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
    "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
)
GIVEN = [
    "伟",
    "磊",
    "军",
    "勇",
    "杰",
    "涛",
    "强",
    "敏",
    "静",
    "丽",
    "建华",
    "卫东",
    "红梅",
    "志强",
    "海燕",
    "国庆",
    "晓峰",
    "来宾",
    "宏亮",
    "建军",
    "芳芳",
    "军萍",
    "新和",
    "振华",
    "玉兰",
    "秀英",
    "文博",
    "子涵",
    "俊杰",
    "明辉",
    "春生",
    "桂芳",
    "立新",
    "永刚",
    "建平",
    "小红",
    "天佑",
    "德胜",
    "长青",
    "金龙",
]
GROUPS = ["焦煤集团", "平煤集团", "郑州煤矿机械集团", "山西焦煤集团", "河南能源化工集团", "中原油田"]
UNITS = ["九里山矿", "古汉山矿", "演马庄矿", "机修厂", "洗煤厂", "运输公司", "供电处", "赵固二矿"]
HONOURS = ["焦作工匠", "河南省劳动模范", "全国五一劳动奖章", "中原大工匠", "最美劳动者"]


def synthetic_profiles(people: int, per_doc: int, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    profiles = []
    for d in range(0, people, per_doc):
        persons = []
        for _ in range(min(per_doc, people - d)):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            persons.append(
                {
                    "name": name,
                    "employers": [rng.choice(GROUPS) + rng.choice(UNITS)] if rng.random() < 0.85 else [],
                    "born": f"{rng.randint(1960, 1995)}" if rng.random() < 0.5 else None,
                    "honors": [
                        {"title": rng.choice(HONOURS), "year": rng.randint(2010, 2024), "evidence": {"sentence": name}}
                    ],
                }
            )
        profiles.append(
            normalise_profile(
                {
                    "document": {
                        "title": f"名单 {d}",
                        "source": f"bench/list-{d}.json",
                        "sha256": f"{d:016x}" + "0" * 48,
                    },
                    "people": persons,
                }
            )
        )
    return profiles


def run(people: int, per_doc: int) -> list[str]:
    import copy

    profiles = synthetic_profiles(people, per_doc)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for resolve in (False, True):
            store = LadybugStore(Path(tmp) / f"r{int(resolve)}.lbug")
            store.ensure_schema()
            started = time.perf_counter()
            report = load_profiles(store, copy.deepcopy(profiles), resolve=resolve)
            took = time.perf_counter() - started
            p = report.people_by_action()
            lines.append(
                f"resolution {'on ' if resolve else 'off'}: {people} people in {len(profiles)} documents, "
                f"{took:.1f} s, {people / took:.0f} people/s; new {p['new']}, merged {p['merge']}, "
                f"review {p['review']}, same {p['same']}; "
                + ", ".join(f"{k} {v:.1f} s" for k, v in report.timings.items())
            )
            if resolve:
                started = time.perf_counter()
                again = load_profiles(store, copy.deepcopy(profiles))
                took = time.perf_counter() - started
                lines.append(
                    f"reload (resolution on): {took:.1f} s, {people / took:.0f} people/s; "
                    f"facts added {again.facts_added}, unchanged {again.facts_unchanged}; "
                    + ", ".join(f"{k} {v:.1f} s" for k, v in again.timings.items())
                )
            store.close()
    return lines


# --- resolution alone against a large store ------------------------------------------------
@dataclass
class Resolved:
    decisions: list[dict[str, Any]]
    reads: ReadCounts
    load_s: float
    decide_s: float


def resolve_profiles(
    store: GraphStore,
    profiles: Sequence[dict[str, Any]],
    *,
    two_stage: bool,
    slice_docs: int = 0,
    every_pair: bool = False,
) -> Resolved:
    """Every incoming person's decision, in load order, as ``loaders.pipeline.load_profiles``
    takes them (a person decided joins the index: later ones see it), without writing.

    ``slice_docs``: read the store for that many documents at a time, deciding each slice before
    reading for the next (one index throughout), as a streaming load does; 0: all at once.
    ``every_pair``: ``decide`` compares each person with every namesake (as before two stages).
    """
    w = weights()
    index = PeopleIndex()
    load_s = decide_s = 0.0
    decisions: list[dict[str, Any]] = []
    step = slice_docs or max(1, len(profiles))
    for first in range(0, len(profiles), step):
        part = profiles[first : first + step]
        started = time.perf_counter()
        firsts = [profile_rows(p) for p in part]
        doc_ids = [ids.document_id(p["document"]["sha256"]) for p in part]
        names = {
            n
            for rows in firsts
            for m in rows.mentions
            for n in (m.name, *map(to_simplified, m.person.get("aliases", [])))
        }
        org_ids = {oid for rows in firsts for oid in rows.nodes.get("Organization", {})}
        mentions = None
        if two_stage:  # as the loader has them before the store is read: chains without the store's part
            mentions = []
            for rows, doc_id in zip(firsts, doc_ids, strict=True):
                parents, org_names = document_orgs(rows)
                mentions += [mention_record(m, doc_id, parents, org_names, index) for m in rows.mentions]
        index.load(store, names, org_ids, docs=doc_ids, mentions=mentions)
        load_s += time.perf_counter() - started
        started = time.perf_counter()
        for rows, doc_id in zip(firsts, doc_ids, strict=True):
            parents, org_names = document_orgs(rows)
            for m in rows.mentions:
                mention = mention_record(m, doc_id, parents, org_names, index)
                d = decide(mention, index.pool([m.name, *mention.aliases]), w, every_pair=every_pair)
                d.index = m.index
                decisions.append(d.as_dict())
                target = index.record(d.person_id) if d.action in (SAME, MERGE) else None
                keys = list(dict.fromkeys([*target.keys, m.key])) if target else [m.key]
                index.learn(target, mention, keys, doc_id)
        decide_s += time.perf_counter() - started
    return Resolved(decisions, index.reads, load_s, decide_s)


def _open_against(kind: str, people: int, seed: int, workdir: Path, stack: contextlib.ExitStack) -> GraphStore:
    """A store holding ``people`` generated people, built in ``workdir`` once and reused."""
    from bench.scale import load_embedded
    from graph.store import StoreConfig, open_store

    here = workdir / f"{people}-{seed}"
    here.mkdir(parents=True, exist_ok=True)
    if kind == "embedded":
        db = here / "embedded.lbug"
        if not (here / "embedded.done").exists():
            load_embedded(db, people, seed)
            (here / "embedded.done").write_text("built\n", encoding="utf-8")
        return stack.enter_context(contextlib.closing(open_store(StoreConfig(kind="embedded", db_path=db))))
    from bench.generate import generate_chunks
    from tools.neo4j.admin_import import finish, run_import, write_csv
    from tools.neo4j.server import Memory, start

    home = here / "neo4j"
    memory = Memory(heap="2g", page_cache="1g", tx_memory="1g")
    if not (here / "neo4j.done").exists():
        shutil.rmtree(home, ignore_errors=True)
        files = write_csv(generate_chunks(people, seed, 20_000), here / "neo4j-csv")
        run_import(files, home)
        with start(data_dir=home, memory=memory) as server:
            finish(server.uri, server.user, server.password)
        shutil.rmtree(here / "neo4j-csv", ignore_errors=True)
        (here / "neo4j.done").write_text("built\n", encoding="utf-8")
    server = stack.enter_context(start(data_dir=home, memory=memory))
    conf = StoreConfig(kind="neo4j", uri=server.uri, user=server.user, password=server.password)
    return stack.enter_context(contextlib.closing(open_store(conf)))


def run_against(
    against: int, people: int, kinds: Sequence[str], seed: int, incoming_seed: int, workdir: Path
) -> list[str]:
    from bench.generate import generate
    from bench.profiles import profiles_from_rows

    profiles = profiles_from_rows(generate(people, seed=incoming_seed))
    names = {to_simplified(p["name"]) for prof in profiles for p in prof["people"]}
    lines = [
        f"{sum(len(p['people']) for p in profiles)} incoming people ({len(names)} names, {len(profiles)} documents, "
        f"seed {incoming_seed}) against {against} stored people (seed {seed})"
    ]
    for kind in kinds:
        with contextlib.ExitStack() as stack:
            store = _open_against(kind, against, seed, workdir, stack)
            store.read("MATCH (p:Person) RETURN count(p) AS n")  # the store open and warm
            runs = {two: resolve_profiles(store, profiles, two_stage=two, every_pair=not two) for two in (False, True)}
            for two, r in runs.items():
                a = Counter(d["action"] for d in r.decisions)
                lines.append(
                    f"{kind} {'after' if two else 'before'}: read {r.load_s:.1f} s "
                    f"({', '.join(f'{k} {v:.1f} s' for k, v in r.reads.seconds.items())}), decide {r.decide_s:.1f} s; "
                    f"candidates {r.reads.candidates}, facts read for {r.reads.with_facts}; "
                    f"rows {r.reads.total_rows()} ("
                    + ", ".join(f"{k} {v} in {r.reads.query_s.get(k, 0):.1f} s" for k, v in r.reads.rows.items())
                    + "); "
                    + ", ".join(f"{k} {a[k]}" for k in (NEW, MERGE, REVIEW, SAME))
                )
            same = runs[False].decisions == runs[True].decisions
            lines.append(f"{kind}: decisions identical: {'yes' if same else 'NO'}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.resolution")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--per-doc", type=int, default=20)
    parser.add_argument("--against", type=int, default=0, help="stored people to resolve against (0: load bench)")
    parser.add_argument("--stores", default="embedded")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--incoming-seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.against:
        with contextlib.ExitStack() as stack:
            workdir = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory()))
            kinds = [k.strip() for k in args.stores.split(",") if k.strip()]
            lines = run_against(args.against, args.people, kinds, args.seed, args.incoming_seed, workdir)
    else:
        lines = run(args.people, args.per_doc)
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
