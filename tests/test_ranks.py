"""Honour ranks: the equivalence rules (data/dictionaries/honour_ranks.yaml) on real series,
the rank filters, and the rank the loader, the generator and ``laomo report ranks`` store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.generate import generate
from graph import ranks
from graph.bulk import bulk_load
from graph.errors import InputError
from graph.ranks import RankFilter, honour_rank, rank_order, read_table
from graph.reports import refresh_ranks
from graph.store import Batch, GraphStore
from loaders.graph_rows import profile_rows
from loaders.pipeline import load_profiles
from loaders.profile_io import normalise_profile
from tests.conftest import REPO, SAMPLE_PROFILE

CASES: list[dict[str, Any]] = yaml.safe_load((REPO / "tests" / "data" / "honour_ranks.yaml").read_text("utf-8"))


def test_the_table_of_real_series_holds_at_least_thirty_distinct_series() -> None:
    assert len({c["series"] for c in CASES}) >= 30
    assert {c["rank"] for c in CASES} == set(ranks.ranks())


@pytest.mark.parametrize("case", CASES, ids=[f"{c['series']}-{'、'.join(c['conferred_by']) or '无'}" for c in CASES])
def test_a_real_series_gets_the_rank_union_records_give_it(case: dict[str, Any]) -> None:
    assert honour_rank(case["series"], case["level"], case["category"], case["conferred_by"]) == case["rank"]


def test_the_may_day_medal_ranks_with_provincial_model_workers_not_above_them() -> None:
    may1 = rank_order(honour_rank("全国五一劳动奖章", "国家", "五一劳动奖章", ["中华全国总工会"]))
    assert may1 == rank_order(honour_rank("河南省劳动模范", "省", "劳动模范", ["河南省人民政府"]))
    assert may1 < rank_order(honour_rank("全国劳动模范", "国家", "劳动模范", ["中共中央", "国务院"]))


def test_every_rule_in_the_data_file_names_its_source() -> None:
    table = read_table()
    assert table.rules and all(len(rule.source) > 20 for rule in table.rules)


def test_a_rule_without_a_source_is_refused_naming_the_file_and_rule(tmp_path: Path) -> None:
    text = (REPO / "data" / "dictionaries" / "honour_ranks.yaml").read_text("utf-8")
    bad = tmp_path / "ranks.yaml"
    bad.write_text(text + "\n  - {series: [某某奖], rank: 国家级}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_table(bad)
    assert "ranks.yaml" in str(err.value) and "source" in str(err.value)


def test_ranks_are_ordered_so_that_at_or_above_is_a_comparison() -> None:
    orders = [rank_order(r) for r in ranks.ranks()]
    assert ranks.ranks()[:2] == ("国家级", "省部级") and orders == sorted(orders, reverse=True)
    assert rank_order(None) == 0 < min(orders)


@pytest.mark.parametrize(
    ("text", "admitted", "refused"),
    [
        ("省部级及以上", ["国家级", "省部级"], ["地市级", "县级", "行业", "企业", None]),
        ("地市级及以上", ["国家级", "省部级", "地市级"], ["县级", "行业", "企业"]),
        ("县级", ["县级"], ["国家级", "地市级", "企业"]),
        ("", ["国家级", "企业", None], []),
    ],
)
def test_a_rank_filter_admits_exactly_its_ranks(text: str, admitted: list[Any], refused: list[Any]) -> None:
    f = RankFilter.parse(text)
    assert all(f.admits(rank_order(r)) for r in admitted)
    assert not any(f.admits(rank_order(r)) for r in refused)


@pytest.mark.parametrize("text", ["部级", "企业及以上", "国家级以上"])
def test_an_unknown_rank_filter_is_an_input_error_listing_the_choices(text: str) -> None:
    with pytest.raises(InputError) as err:
        RankFilter.parse(text)
    assert "省部级及以上" in str(err.value)


def test_the_loader_stores_rank_and_order_on_each_honour_of_the_sample() -> None:
    rows = profile_rows(normalise_profile(json.loads(SAMPLE_PROFILE.read_text("utf-8"))))
    got = {h["name"]: (h["rank"], h["rank_order"]) for h in rows.nodes["Honor"].values()}
    assert got["中原大工匠"] == ("省部级", 5) and got["省级劳模"] == ("省部级", 5)
    assert got["焦作工匠"] == ("地市级", 4) and got["最美货车司机"] == ("县级", 3)
    assert got["全国煤炭行业技能大师"] == ("行业", 2) and got["焦煤集团大工匠"] == ("企业", 1)


def test_the_generator_gives_each_series_the_rank_of_the_rules() -> None:
    honours = {h["name"]: h for h in generate(300, seed=3).nodes["Honor"].values()}
    assert honours["全国五一劳动奖章"]["rank"] == "省部级" and honours["全国劳动模范"]["rank"] == "国家级"
    assert honours["河南省五一劳动奖章"]["rank"] == "地市级" and honours["河南省劳动模范"]["rank"] == "省部级"
    assert all(h["rank_order"] == rank_order(h["rank"]) > 0 for h in honours.values())


def test_a_generated_graph_needs_no_rank_refresh_so_bulk_and_rules_agree(store: GraphStore) -> None:
    rows = generate(300, seed=3)
    bulk_load(store, rows.nodes, rows.rels)
    assert refresh_ranks(store) == 0


def test_refreshing_ranks_rewrites_a_stale_rank_from_the_rules(seeded: GraphStore) -> None:
    stale = "UNWIND $rows AS r MATCH (h:Honor {name: r.name}) SET h.rank = '企业', h.rank_order = 1"
    seeded.write([Batch(stale, [{"name": "中原大工匠"}])])
    assert refresh_ranks(seeded) == 1
    got = seeded.read("MATCH (h:Honor {name: '中原大工匠'}) RETURN h.rank AS rank, h.rank_order AS o").rows[0]
    assert (got["rank"], got["o"]) == ("省部级", 5)


def test_a_later_source_that_names_no_conferrer_keeps_the_rank_an_earlier_one_established(store: GraphStore) -> None:
    def doc(source: str, conferred_by: list[str]) -> dict[str, Any]:
        sentence = "2021年，李红被评为优秀共产党员。"
        honour = {
            "title": "优秀共产党员",
            "year": 2021,
            "conferred_by": conferred_by,
            "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
        }
        person = {"name": "李红", "employers": ["焦煤集团九里山矿"], "honors": [honour]}
        return normalise_profile({"document": {"title": source, "source": source}, "people": [person]})

    load_profiles(store, [doc("henan-party-2021.json", ["中共河南省委"])])
    load_profiles(store, [doc("mine-news-2022.json", [])])
    got = store.read("MATCH (h:Honor {name: '优秀共产党员'}) RETURN h.rank AS rank, h.rank_order AS o").rows
    assert [(r["rank"], r["o"]) for r in got] == [("省部级", 5)]
