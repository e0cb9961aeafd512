"""The synthetic graph generator: seeded, shaped like real profiles, loadable by both paths."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from bench.generate import NATIONAL_MODEL_YEARS, cn_number, edition_word, generate, generate_chunks, patent_number
from loaders import ids


@pytest.fixture(scope="module")
def rows():
    return generate(2000, seed=7)


def _honour_awards(rows, title: str) -> list[dict]:
    hid = ids.honor_id(title)
    award_ids = {r["src"] for r in rows.rels["OF_HONOR"] if r["dst"] == hid}
    return [rows.nodes["Award"][a] for a in award_ids]


def test_the_same_seed_gives_the_same_graph_and_another_seed_another() -> None:
    a, b, c = generate(300, seed=3), generate(300, seed=3), generate(300, seed=4)
    assert a.nodes == b.nodes and a.rels == b.rels
    assert set(a.nodes["Person"]) != set(c.nodes["Person"])


def _rel_multiset(pieces) -> dict[str, Counter]:
    out: dict[str, Counter] = defaultdict(Counter)
    for piece in pieces:
        for rel_type, rels in piece.rels.items():
            out[rel_type].update(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rels)
    return dict(out)


def test_the_streamed_pieces_together_are_the_graph_generate_makes() -> None:
    whole = generate(1200, seed=11)
    pieces = list(generate_chunks(1200, seed=11, chunk_people=250))
    nodes: dict[str, dict] = defaultdict(dict)
    for piece in pieces:
        for label, table in piece.nodes.items():
            nodes[label].update(table)
    assert dict(nodes) == whole.nodes
    assert _rel_multiset(pieces) == _rel_multiset([whole])


def test_each_piece_holds_at_most_the_people_asked_for_and_each_node_comes_once() -> None:
    pieces = list(generate_chunks(1000, seed=3, chunk_people=300))
    assert [len(p.nodes.get("Person", {})) for p in pieces] == [300, 300, 300, 100]
    keys = [(label, key) for p in pieces for label, table in p.nodes.items() for key in table]
    assert len(keys) == len(set(keys))


def test_no_relationship_comes_before_both_its_endpoints() -> None:
    # a bulk load can then insert each piece as it comes, nodes first; pieces of a few people
    # leave a newspaper page open over several of them
    seen: set[tuple[str, str]] = set()
    for piece in generate_chunks(1000, seed=3, chunk_people=7):
        seen.update((label, key) for label, table in piece.nodes.items() for key in table)
        for rel_type, rels in piece.rels.items():
            for r in rels:
                assert (r["src_label"], r["src"]) in seen and (r["dst_label"], r["dst"]) in seen, rel_type


def test_the_same_seed_streams_the_same_pieces() -> None:
    a = list(generate_chunks(600, seed=5, chunk_people=200))
    b = list(generate_chunks(600, seed=5, chunk_people=200))
    assert [p.nodes for p in a] == [p.nodes for p in b] and [p.rels for p in a] == [p.rels for p in b]


def test_a_piece_size_below_one_person_is_refused() -> None:
    with pytest.raises(ValueError, match="chunk_people"):
        next(generate_chunks(10, seed=1, chunk_people=0))


def test_it_generates_exactly_the_people_asked_for_each_with_a_distinct_key(rows) -> None:
    assert len(rows.nodes["Person"]) == 2000
    assert len(rows.rels["WORKS_AT"]) == 2000


def test_common_names_collide_but_same_name_people_stay_apart(rows) -> None:
    names = Counter(p["name"] for p in rows.nodes["Person"].values())
    name, count = names.most_common(1)[0]
    assert count >= 5 and name[-1] in "伟芳强娜敏磊军"
    employer = {r["src"]: r["dst"] for r in rows.rels["WORKS_AT"]}
    namesakes = [pid for pid, p in rows.nodes["Person"].items() if p["name"] == name]
    assert len({employer[p] for p in namesakes}) == len(namesakes)  # never two of them at one unit


def test_person_keys_follow_the_loader_rule_name_plus_employer(rows) -> None:
    for r in rows.rels["WORKS_AT"][:200]:
        person = rows.nodes["Person"][r["src"]]
        assert r["src"] == ids.person_id(person["name"], r["dst"], r["doc"])


def test_organisations_form_group_unit_team_chains(rows) -> None:
    orgs = rows.nodes["Organization"]
    parent = {r["src"]: r["dst"] for r in rows.rels["PART_OF"]}
    teams = [o for o in orgs if orgs[o]["kind"] in ("队", "车间", "班组", "班")]
    assert teams
    for team in teams:
        unit = parent[team]
        assert orgs[unit]["kind"] in ("矿", "厂", "公司")
        assert orgs[parent[unit]]["kind"] == "集团" and parent[unit] not in parent
    # a generic team name repeats across units but each is its own node
    by_name = Counter(orgs[t]["name"] for t in teams)
    assert by_name.most_common(1)[0][1] > 1


def test_honours_span_national_to_enterprise_levels_across_several_provinces(rows) -> None:
    levels = {h["level"] for h in rows.nodes["Honor"].values()}
    assert {"国家", "省", "市", "行业", "企业", "县"} <= levels
    provincial_unions = {
        o["name"] for o in rows.nodes["Organization"].values() if re.fullmatch(r".+省总工会", o["name"])
    }
    assert len(provincial_unions) >= 3


def test_national_model_workers_are_named_every_five_years_and_may_day_medals_in_between(rows) -> None:
    model_years = {a["year"] for a in _honour_awards(rows, "全国劳动模范")}
    may1_years = {a["year"] for a in _honour_awards(rows, "全国五一劳动奖章")}
    assert model_years and model_years <= set(NATIONAL_MODEL_YEARS)
    assert may1_years and not may1_years & set(NATIONAL_MODEL_YEARS)


def test_a_numbered_series_gives_one_edition_per_year_written_into_the_raw_phrase(rows) -> None:
    by_series: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for h in rows.nodes["Honor"].values():
        for a in _honour_awards(rows, h["name"]):
            if a["edition"]:
                by_series[h["name"]][a["year"]].add(a["edition"])
                assert a["raw"].startswith(a["edition"]) or a["edition"][1:] in a["raw"]
    assert by_series
    for series, editions in by_series.items():
        assert all(len(e) == 1 for e in editions.values()), series
        ordered = [next(iter(editions[y])) for y in sorted(editions)]
        assert len(set(ordered)) == len(ordered), series  # later years, later editions


def test_some_enterprise_titles_are_undated_as_profiles_often_write_them(rows) -> None:
    undated = [a for a in rows.nodes["Award"].values() if a["year"] is None]
    assert undated and all(a["edition"] is None for a in undated)


def test_every_fact_node_has_an_evidence_sentence_whose_span_fits_it(rows) -> None:
    evidenced = defaultdict(list)
    for r in rows.rels["EVIDENCED_BY"]:
        evidenced[r["src"]].append(r)
        assert r["span_end"] - r["span_start"] == len(r["sentence"])
    for label in ("Person", "Award", "Position", "Patent", "Standard", "Project", "Organization"):
        assert all(key in evidenced for key in rows.nodes[label]), label
    for pid, person in list(rows.nodes["Person"].items())[:100]:
        assert any(person["name"] in e["sentence"] for e in evidenced[pid])


def test_every_relationship_points_at_generated_nodes(rows) -> None:
    for rel_type, rels in rows.rels.items():
        for r in rels:
            assert r["src"] in rows.nodes[r["src_label"]] and r["dst"] in rows.nodes[r["dst_label"]], rel_type


def test_patent_numbers_carry_the_check_digit_of_the_chinese_rule() -> None:
    # ZL + 12 digits + '.' + (Σ digit × 2,3,4,5,6,7,8,9,2,3,4,5) mod 11, 10 written X
    assert patent_number(2019, 2, 1234567) == "ZL201921234567.X"
    assert patent_number(2014, 1, 25) == "ZL201410000025.1"
    assert re.fullmatch(r"ZL20\d{2}[12]\d{7}\.[\dX]", patent_number(2021, 1, 9_999_999))


def test_editions_are_written_the_chinese_way() -> None:
    assert [cn_number(n) for n in (1, 10, 16, 23)] == ["一", "十", "十六", "二十三"]
    assert edition_word(1, "届") == "首届" and edition_word(3, "届") == "第三届" and edition_word(6, "批") == "第六批"


def test_bench_generate_loads_a_seeded_graph_into_an_embedded_store(tmp_path: Path, capsys) -> None:
    from bench.run import main
    from loaders.pipeline import graph_counts
    from tests.conftest import embedded_store

    db = tmp_path / "bench.lbug"
    assert main(["generate", "--people", "150", "--seed", "2", "--db", str(db)]) == 0
    assert "150 people" in capsys.readouterr().out
    store = embedded_store(db, read_only=True)
    try:
        assert graph_counts(store)["Person"] == 150
    finally:
        store.close()
