"""A second title written after a first post at a hospital or school, opening with the ward or
section where it is held (某医院副院长、心内科教授): the title is held at that ward of the body.
Sentences follow the shapes of real pages; names and units are invented."""

from __future__ import annotations

from loaders.extract.relations import _ward_title
from tests.conftest import posts_of

TEXT = "湖南省人民医院副院长、心内科教授周丽华荣获“全国三八红旗手”称号。"


def test_a_title_after_a_ward_is_held_at_that_ward_of_the_first_body() -> None:
    assert ("教授", "湖南省人民医院心内科") in posts_of(TEXT, "周丽华")


def test_the_ward_is_not_left_in_the_title() -> None:
    assert all(not title.startswith("心内科") for title, _ in posts_of(TEXT, "周丽华"))


def test_the_first_post_keeps_the_body() -> None:
    assert ("副院长", "湖南省人民医院") in posts_of(TEXT, "周丽华")


def test_a_professional_title_after_a_ward_is_cut_from_it() -> None:
    assert _ward_title("骨科主任医师") == ("骨科", "主任医师")


def test_a_generic_room_is_no_ward() -> None:
    assert _ward_title("办公室主任") is None


def test_a_title_with_no_ward_is_left_alone() -> None:
    assert _ward_title("高级工程师") is None
