"""Newspapers and other media as conferring bodies: their names kept whole (经济日报), and the
items of a run the text itself closes as media (…等媒体 / …等首都10家新闻单位) read as bodies,
with the series a sentence says they run (“S”评选活动由A、B联合主办)."""

from __future__ import annotations

from loaders.extract.frames import split_bodies


def test_a_newspaper_named_for_the_economy_keeps_its_first_character() -> None:
    assert split_bodies("经济日报") == ("经济日报",)


def test_jing_before_a_body_is_still_the_approval_word() -> None:
    assert split_bodies("经省总工会") == ("省总工会",)
