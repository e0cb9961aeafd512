"""Entity resolution's cost: people loaded per second with resolution on and off (embedded store).

``python -m bench.resolution --people 10000 --per-doc 20`` writes synthetic profiles (namesakes
on purpose: 60 surnames × 40 given names, so one name in ten thousand people recurs several
times), loads them once with resolution and once without into fresh embedded stores, then
loads the resolved set again (the idempotent reload), and prints one line per run.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from graph.store_ladybug import LadybugStore
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.resolution")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--per-doc", type=int, default=20)
    args = parser.parse_args(argv)
    for line in run(args.people, args.per_doc):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
