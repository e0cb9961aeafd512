"""Words of selection news (session 13, enum18): 本届 before an honour's name, and the posts
总裁 and 领队 that lists of young achievers give."""

from __future__ import annotations

from loaders.extract.posts import parse_post
from loaders.extract.relations import _cut_list_tail
from loaders.honours import parse_honour

# --- the honour's name (loaders.honours)


def test_this_edition_is_no_part_of_the_title() -> None:
    parsed = parse_honour("本届全省十大杰出青年称号")
    assert parsed is not None and parsed.title == "全省十大杰出青年"


# --- posts (data/dictionaries/posts.yaml)


def test_staff_officer_is_a_post() -> None:
    assert parse_post("某省消防总队某支队某县大队参谋") == ("某省消防总队某支队某县大队", "参谋")


def test_president_and_team_leader_are_posts() -> None:
    assert parse_post("某某新材料股份有限公司总裁") == ("某某新材料股份有限公司", "总裁")
    assert parse_post("国家跳水队副领队") == ("国家跳水队", "副领队")


# --- a list head read into a title (loaders.extract.relations)


def test_list_head_and_the_word_for_title_are_cut_together() -> None:
    value = {"title": "全省十大杰出青年称号的是", "raw": "全省十大杰出青年称号的是"}
    _cut_list_tail(value)
    assert value == {"title": "全省十大杰出青年", "raw": "全省十大杰出青年"}


def test_title_word_stays_when_no_list_head_was_cut() -> None:
    value = {"title": "全省优秀共产党员称号", "raw": "全省优秀共产党员称号"}
    _cut_list_tail(value)
    assert value["title"] == "全省优秀共产党员称号"
