"""People search that copes with namesakes: name index, organisation words, classes, paging.

Store tests run on the embedded store and on the real Neo4j server (``namesakes``: a 2023
list with 25 张伟, 24 of them at the mines and teams of 焦煤集团, and 赵伟, 周伟, 张卫, 张伟明).
"""

from __future__ import annotations

from typing import Any

from graph.queries import get, run
from graph.search import exact_people, index_people, name_keys, parse_people_query, people_cards, sort_key
from graph.store import Batch, GraphStore
from loaders import people
from loaders.pipeline import load_profiles
from loaders.removal import remove_document
from tests.conftest import NAMESAKE_MINES, NAMESAKE_TEAMS, namesakes_profile


def search(store: GraphStore, text: str, **paging: int) -> tuple[dict[int, int], list[dict[str, Any]]]:
    """(people per match class, the page of hits) as the overview asks for them."""
    wanted = parse_people_query(text)
    page, total = wanted.named_queries()
    total_rows = run(store, total, **wanted.params()).rows
    exact = {"exact": exact_people(total_rows)} if page == "people_search" else {}
    hits = run(store, page, **wanted.params(), **exact, **{"skip": 0, "top": 100, **paging}).rows
    return {r["match"]: r["people"] for r in total_rows}, hits


def cards(store: GraphStore, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = [h["id"] for h in hits]
    return people_cards(run(store, "people_cards", ids=ids).rows, ids)


# --- without a store ---------------------------------------------------------------------
def test_a_query_is_a_name_then_up_to_three_organisation_words() -> None:
    q = parse_people_query(" 張偉，焦煤  九里山 机电运转队 一号井 ")
    assert (q.name, q.terms, q.ignored) == ("张伟", ("焦煤", "九里山", "机电运转队"), ("一号井",))


def test_a_person_is_indexed_by_name_alias_pinyin_and_initials() -> None:
    assert name_keys("张伟", ["張偉", "张大伟"]) == [
        ("张伟", "name"),
        ("zhangwei", "pinyin"),
        ("zw", "initials"),
        ("张大伟", "alias"),
        ("zhangdawei", "pinyin"),
        ("zdw", "initials"),
    ]


def test_equal_matches_follow_the_pinyin_of_the_name_then_its_characters() -> None:
    assert sorted(["周伟", "张卫", "赵伟", "张伟"], key=sort_key) == ["张伟", "张卫", "赵伟", "周伟"]


# --- on both stores --------------------------------------------------------------------
def test_a_name_finds_every_namesake_and_says_how_many(namesakes: GraphStore) -> None:
    totals, hits = search(namesakes, "张伟")
    assert totals == {0: 25, 2: 1}  # 25 张伟 exactly, 张伟明 by its start
    assert [h["name"] for h in hits] == ["张伟"] * 25 + ["张伟明"]


def test_an_organisation_word_narrows_namesakes_at_any_level_of_the_chain(namesakes: GraphStore) -> None:
    teams, mines = len(NAMESAKE_TEAMS), len(NAMESAKE_MINES)
    assert search(namesakes, "张伟 焦煤")[0] == {0: teams * mines}  # the group at the top
    assert search(namesakes, "张伟 九里山")[0] == {0: teams}  # a mine in the middle
    assert search(namesakes, "张伟 综采一队")[0] == {0: mines}  # the team at the bottom
    _, hits = search(namesakes, "张伟 焦煤 古汉山 运输队")
    assert [c["units"] for c in cards(namesakes, hits)] == [["焦煤集团 › 古汉山矿 › 运输队"]]


def test_pages_follow_one_order_without_gaps_or_repeats(namesakes: GraphStore) -> None:
    _, everyone = search(namesakes, "zw")
    pages = [search(namesakes, "zw", skip=skip, top=10)[1] for skip in (0, 10, 20)]
    assert [h["id"] for page in pages for h in page] == [h["id"] for h in everyone]
    assert [len(page) for page in pages] == [10, 10, 9]


def test_a_page_among_whole_name_matches_is_read_from_the_name_key_alone_with_the_same_rows(
    namesakes: GraphStore,
) -> None:
    exact = exact_people(run(namesakes, "people_search_total", q="张伟").rows)
    assert exact == 25  # 张伟明 (by its start) ranks after them
    for skip in (0, 8, 15):  # the last page ends on the 25th
        assert get("people_search").cypher_for({"q": "张伟", "exact": exact, "skip": skip, "top": 10}) != (
            get("people_search").cypher
        )
        by_key = run(namesakes, "people_search", q="张伟", exact=exact, skip=skip, top=10).rows
        assert by_key == run(namesakes, "people_search", q="张伟", skip=skip, top=10).rows


def test_initials_put_whole_names_first_in_pinyin_order_then_longer_names(namesakes: GraphStore) -> None:
    totals, hits = search(namesakes, "zw")
    assert totals == {1: 28, 2: 1}
    names = [h["name"] for h in hits]
    assert names == ["张伟"] * 25 + ["张卫", "赵伟", "周伟", "张伟明"]
    assert [h["match"] for h in hits] == [1] * 28 + [2]


def test_full_pinyin_finds_homophones_as_whole_name_matches(namesakes: GraphStore) -> None:
    totals, hits = search(namesakes, "ZhangWei")
    assert totals == {1: 26, 2: 1} and {h["name"] for h in hits if h["match"] == 1} == {"张伟", "张卫"}


def test_traditional_input_finds_the_simplified_name(namesakes: GraphStore) -> None:
    assert search(namesakes, "張偉 九里山") == search(namesakes, "张伟 九里山")


def test_no_match_gives_no_total_and_no_page(namesakes: GraphStore) -> None:
    assert search(namesakes, "尉迟恭") == ({}, [])
    assert search(namesakes, "张伟 宇通客车") == ({}, [])


def test_cards_give_the_unit_chain_top_down_and_each_honour_with_its_year(namesakes: GraphStore) -> None:
    _, hits = search(namesakes, "张伟 九里山 机电运转队")
    (card,) = cards(namesakes, hits)
    assert card["units"] == ["焦煤集团 › 九里山矿 › 机电运转队"]
    assert [(h["honour"], h["year"]) for h in card["honours"]] == [("河南省劳动模范", 2015)]


def test_a_rank_filter_keeps_people_whose_highest_honour_is_of_that_rank(namesakes: GraphStore) -> None:
    wanted = parse_people_query("张伟")
    provincial = {"min_rank": 5, "max_rank": 99}
    national = {"min_rank": 6, "max_rank": 99}
    # the 张伟 of 平煤 and 张伟明 are 焦作市劳动模范 (地市级): left out
    assert wanted.named_queries(provincial) == ("people_search_ranked", "people_search_ranked_total")
    assert run(namesakes, "people_search_ranked_total", **wanted.params(provincial)).rows == [
        {"match": 0, "people": 24}
    ]
    assert run(namesakes, "people_search_ranked_total", **wanted.params(national)).rows == []


def test_a_rank_filter_keeps_the_order_and_classes_of_the_search_it_narrows(namesakes: GraphStore) -> None:
    wanted, provincial = parse_people_query("zw"), {"min_rank": 5, "max_rank": 99}
    page, total = wanted.named_queries(provincial)
    _, everyone = search(namesakes, "zw")
    held = {r["id"] for r in provincials(namesakes)}
    kept = [h for h in everyone if h["id"] in held]  # the 24 张伟 of 焦煤集团, in the search's order
    assert run(namesakes, page, **wanted.params(provincial), skip=0, top=100).rows == kept
    assert run(namesakes, total, **wanted.params(provincial)).rows == [{"match": 1, "people": 24}]


def test_ranked_unit_words_may_name_units_above_different_employers_of_one_person(namesakes: GraphStore) -> None:
    (miner,) = search(namesakes, "张伟 九里山 机电运转队")[1]
    namesakes.write(
        [
            Batch(
                "UNWIND $rows AS r MATCH (p:Person {id: r.person}) MATCH (o:Organization {name: r.unit}) "
                "CREATE (p)-[:WORKS_AT]->(o)",
                [{"person": miner["id"], "unit": "焦作市总工会"}],
            )
        ]
    )
    provincial = {"min_rank": 5, "max_rank": 99}
    for text in ("张伟 九里山 总工会", "张伟 总工会 九里山"):
        wanted = parse_people_query(text)
        page, _ = wanted.named_queries(provincial)
        assert [h["id"] for h in run(namesakes, page, **wanted.params(provincial), skip=0, top=100).rows] == [
            miner["id"]
        ]


def provincials(store: GraphStore) -> list[dict[str, Any]]:
    """The people whose highest honour is 省部级 or above, by the walk over their awards."""
    return store.read(
        "MATCH (p:Person)-[:RECEIVED]->(:Award)-[:OF_HONOR]->(h:Honor) WITH p.id AS id, max(h.rank_order) AS top "
        "WHERE top >= 5 RETURN id ORDER BY id"
    ).rows


def test_a_merged_namesake_is_found_once_and_again_twice_after_the_split(namesakes: GraphStore) -> None:
    a, b = (h["id"] for h in search(namesakes, "张伟 九里山 机电运转队")[1] + search(namesakes, "张伟 演马庄")[1][:1])
    people.merge(namesakes, a, b)
    assert search(namesakes, "张伟")[0][0] == 24
    people.split(namesakes, a)
    assert search(namesakes, "张伟")[0][0] == 25


def test_removing_the_list_removes_its_people_from_the_search(store: GraphStore) -> None:
    load_profiles(store, [namesakes_profile()])
    remove_document(store, "henan-model-workers-jiaozuo.json")
    assert search(store, "张伟") == ({}, [])


def test_a_store_written_before_the_name_index_is_indexed_in_one_call(namesakes: GraphStore) -> None:
    namesakes.write([Batch("UNWIND $rows AS r MATCH (k:NameKey) DETACH DELETE k", [{}])])
    assert search(namesakes, "张伟") == ({}, [])
    assert index_people(namesakes, chunk=10) == 29
    assert search(namesakes, "张伟")[0] == {0: 25, 2: 1}


def test_honours_and_organisations_are_found_beside_people_and_honours_by_rank(namesakes: GraphStore) -> None:
    found = run(namesakes, "search_honours_orgs", q="焦煤").rows
    assert ("Organization", "焦煤集团") in [(r["kind"], r["name"]) for r in found]
    assert {r["kind"] for r in found} == {"Organization"}
    provincial = run(namesakes, "search_honours_orgs", q="劳动模范", min_rank=5).rows
    assert [(r["name"], r["rank"]) for r in provincial] == [("河南省劳动模范", "省部级")]
