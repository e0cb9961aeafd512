"""The shortcuts that keep extraction fast give the answers of the work they skip.

Each shortcut (a cheap check before a costly pattern, a search started near where a match can
be, a clause read once) is compared here with the full work on sentences of the kind it skips.
"""

from __future__ import annotations

from loaders.dates import parse_birth
from loaders.extract import names
from loaders.extract.context import _fuller_body, fuller_body
from loaders.extract.document import split_sentences
from loaders.extract.frames import blocked_spans, trigger_table
from loaders.extract.listrows import cells_of
from loaders.extract.mentions import honour_spans, suffix_matches
from loaders.textnorm import normalise

SUFFIX_SENTENCES = [
    "许红梅荣获2019年度河南省劳动模范称号，同年被评为焦作工匠。",
    "他先后获得全国五一劳动奖章、全国技术能手、河北省十大工匠(河北大工匠)等荣誉。",
    "2015   年度全省优秀共产党员",  # blanks between a year and its 年
    "车间里的老师傅们每天清晨六点就来到岗位上，检查设备，准备材料，从来没有迟到过一次。",
    "",
]


def _spans(matches: list) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]


def test_the_suffix_search_finds_what_a_scan_of_every_position_finds() -> None:
    table = trigger_table()
    for text in SUFFIX_SENTENCES:
        assert _spans(suffix_matches(table, text)) == _spans(list(table.suffix_re.finditer(text)))


def test_a_year_written_with_blanks_before_its_nian_stays_in_the_honour() -> None:
    (m,) = suffix_matches(trigger_table(), "2015   年度全省优秀共产党员")
    assert m.group() == "2015   年度全省优秀共产党员"


def test_a_clause_without_a_suffix_word_has_no_unquoted_honour() -> None:
    assert honour_spans("车间里的老师傅们每天清晨六点就来到岗位上，检查设备。") == []
    assert [h.raw for h in honour_spans("刘建国荣获全国五一劳动奖章")] == ["全国五一劳动奖章"]


def test_the_tagger_reads_a_clause_once_however_many_places_it_holds() -> None:
    r = names._rules()
    text = "有限公司张清、学者黄昆，工人们很高兴。"  # two places (张清, 黄昆) in the first clause
    windows = names._tagger_windows(r, text, names._rule_candidates(r, text))
    assert windows == [(0, 12)]  # one window: the first clause, up to and with its comma
    # (a Mongolian name in the last clause: a Tibetan one of two known pairs, 次仁多吉, is a rule's
    # name since session 13 and needs no window)
    text = "车间里，副所长弥海晨获奖，乌力吉图荣获奖章。"
    windows = names._tagger_windows(r, text, names._rule_candidates(r, text))
    assert windows == [(4, 13), (13, 22)]  # a window for each clause holding a place, none for 车间里


def test_a_body_is_given_its_full_name_the_same_when_remembered() -> None:
    bodies = ["焦作市总工会", "重庆市妇女联合会", "重庆市人力资源和社会保障局"]
    assert _fuller_body("市妇联", tuple(bodies)) == fuller_body("市妇联", bodies) == "重庆市妇女联合会"
    assert _fuller_body("市妇联", tuple(bodies)) == "重庆市妇女联合会"  # the remembered answer


def test_an_official_handing_over_an_award_is_still_blocked() -> None:
    text = "市长孙志刚为新当选的“焦作工匠”授牌。"
    assert blocked_spans(text, []) != []
    assert blocked_spans("王建国在车间里检查设备。", []) == []


def test_a_birth_date_is_read_with_or_without_the_word_for_birth() -> None:
    assert parse_birth("张伟，1980年2月出生，中共党员。") == "1980-02"
    assert parse_birth("张伟（1975年3月— ），高级技师。") == "1975-03"
    assert parse_birth("张伟在焊接车间工作了二十年。") is None


def test_a_name_with_a_middle_dot_is_read_and_a_text_without_one_has_none() -> None:
    r = names._rules()
    dotted = names._dot_candidates(r, "维吾尔族工人买买提·吐尔逊被评为劳动模范。")
    assert [c.name for c in dotted] == ["买买提·吐尔逊"]
    assert names._dot_candidates(r, "工人王建国被评为劳动模范。") == []


def test_a_title_glued_before_a_name_is_read_whole() -> None:
    r = names._rules()
    text = "电工高级技师张全民说"
    assert names._title_before(r, text, 6) == ("电工高级技师", "title", 0)
    assert names._title_before(r, "我们和张全民说", 3) is None
    assert names._starts_title(r, "高级技师张全民", 0)
    assert not names._starts_title(r, "张全民高级技师", 0)


def test_a_surname_after_a_noun_opens_a_phrase_and_after_a_verb_does_not() -> None:
    assert names._after_noun("著名学者黄昆来到车间", 4)  # 学者 is a noun
    assert not names._after_noun("我们看到黄昆来到车间", 4)  # 看到 is a verb: no noun ends before 黄


def test_sentences_are_cut_at_their_ends_and_at_an_ellipsis() -> None:
    text = "他说：“我会继续努力。”大家都笑了……后来他成了工匠！"
    sentences = [s.text for s in split_sentences(text, 0, len(text))]
    assert sentences == ["他说：“我会继续努力。”", "大家都笑了……", "后来他成了工匠！"]


def test_a_span_is_read_in_the_source_spelling_with_or_without_a_joined_line() -> None:
    norm = normalise("2021年被授予第三屆焦作工匠")
    assert norm.raw(0, len(norm.text)) == "2021年被授予第三屆焦作工匠"  # a run kept whole: the source's own
    broken = "焦作市总工会号召全市广大职工向劳动模范学习，立足本职岗位，争当新时代的技术能手和创新标\n\n兵，为建设现代化强市贡献力量。\n"
    joined = normalise(broken)  # a word broken by the page layout, joined
    start = joined.text.index("创新标兵")
    assert joined.raw(start, start + 4) == "创新标兵"


def test_list_cells_remembered_are_handed_out_as_new_lists() -> None:
    line = "1. 罗建平（女） 潍坊钢铁集团有限公司 电工"
    cells = cells_of(line)
    cells.append("changed")
    assert cells_of(line) == cells[:-1]
