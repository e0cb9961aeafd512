"""Where the dictionary segmentation ends a word: the one reader (``loaders.extract.nlp.word_ends_at``)
that the organisation finder and the post parser use before cutting a unit name in two."""

from __future__ import annotations

from loaders.extract.nlp import word_ends_at


def test_a_cut_between_two_words_is_a_word_end() -> None:
    assert word_ends_at("柳工结构件", 2)


def test_a_cut_inside_a_word_is_no_word_end() -> None:
    assert not word_ends_at("绿化委员会办公室", 3)  # 绿化委|员会: a cut inside 委员会


def test_the_end_of_the_text_is_a_word_end() -> None:
    assert word_ends_at("办公室", 3)
