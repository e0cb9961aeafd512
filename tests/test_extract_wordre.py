"""A document's word followed by a rule's pattern, read without compiling a pattern per word:
the answers are the ones ``re`` gives for the word's own pattern (speed: `laomo bench extract`)."""

from __future__ import annotations

import re

from loaders.extract.people import ATTENDING_RUN, FILE_NUMBER_AFTER, OFFICIAL_AFTER_RE, PLACE_COUNT
from loaders.extract.relations import FULLER_RE, fuller_prefixes
from loaders.extract.wordre import followed_by

NOTICE = (
    "焦作市总工会关于表彰2023年度焦作市五一劳动奖章的决定（焦工〔2023〕12号）。"
    "市委副书记李明出席会议并讲话，副市长王红、市政协副主席赵刚出席仪式。"
    "南海7人获评“最美职工”，焦工系统共表彰128名先进个人。"
)


def _by_pattern(text: str, word: str, pattern: str) -> bool:
    return re.search(re.escape(word) + pattern, text) is not None


def test_an_issuing_office_before_a_document_number_is_found_as_its_own_pattern_finds_it() -> None:
    assert followed_by(NOTICE, "焦工", FILE_NUMBER_AFTER) is True
    assert _by_pattern(NOTICE, "焦工", FILE_NUMBER_AFTER) is True


def test_a_later_occurrence_of_the_word_counts_when_the_first_is_followed_by_nothing() -> None:
    text = "南海区总工会召开表彰大会，南海7人获评“最美职工”。"
    assert followed_by(text, "南海", PLACE_COUNT) is True
    assert followed_by(text, "总工会", PLACE_COUNT) is False


def test_officials_who_speak_or_attend_are_found_for_every_name_of_the_notice() -> None:
    for name in ("李明", "王红", "赵刚", "焦作市", "最美职工"):
        for pattern in (OFFICIAL_AFTER_RE, ATTENDING_RUN):
            assert followed_by(NOTICE, name, pattern) == _by_pattern(NOTICE, name, pattern), (name, pattern)


def test_a_word_the_text_lacks_is_followed_by_nothing() -> None:
    assert followed_by(NOTICE, "张伟", OFFICIAL_AFTER_RE) is False


def test_the_year_and_level_written_before_a_short_honour_are_read_for_each_quote() -> None:
    text = "表彰10位2017年全国“最美职工”。10位“最美职工”分别是：……2018年度河南省“最美职工”"
    assert fuller_prefixes(text, "最美职工") == ["2017年全国", "", "2018年度河南省"]


def test_full_honour_prefixes_are_those_of_the_honours_own_pattern() -> None:
    texts = [
        "广西壮族自治区“八桂工匠”，2020年内蒙古自治区“草原工匠”，「八桂工匠」",
        "“2019年“最美职工”",
        "第三届“焦作工匠”、2021年焦作市“焦作工匠”和全省“焦作工匠”称号",
        "『十大工匠』2022年度全市『十大工匠』“十大工匠",
    ]
    for text in texts:
        for name in ("八桂工匠", "草原工匠", "最美职工", "焦作工匠", "十大工匠"):
            want = [m.group(1) for m in re.finditer(FULLER_RE + re.escape(name) + r"[”」』]", text)]
            assert fuller_prefixes(text, name) == want, (text, name)
