"""Who becomes an honoured person, written from unannotated pages (x16 round): a roster closed by its
head count, the holders named after 获得者…分别是, a name's last character before a passive award
verb, and what is no subject (a line the layout broke off, a magazine's credit, a dated presenter)."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.names import find_person_mentions
from loaders.extract.people import find_people, is_official, section_name


def people_of(text: str, date: str | None = "2018-04-28") -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, document_date=date)["people"]}


ROSTER = (
    "中央宣传部、全国总工会向全社会发布2018年“最美职工”\n\n"
    "新华社北京4月28日电 在五一国际劳动节来临之际，中央宣传部、全国总工会在中国文明网向全社会"
    "公开发布一批最美职工的先进事迹。\n\n"
    "孙丽、林鸣、徐州、谭文波、王俊堂、李杰、冯世毅、梁庆莲、郭玉全、杨发英等10名个人和"
    "贵州乌江水电开发有限责任公司构皮滩发电厂保护班，都是常年工作在基层生产一线的技术工人和群体。\n"
)


def test_a_roster_closed_by_its_exact_head_count_holds_the_announced_honour() -> None:
    people = people_of(ROSTER)
    assert {"孙丽", "杨发英"} <= set(people)
    assert [h["title"] for h in people["孙丽"]["honors"]] == ["最美职工"]


def test_a_piece_that_is_a_place_word_is_a_name_in_a_roster_of_exact_count() -> None:
    text = "孙丽、林鸣、徐州、谭文波、王俊堂、李杰等6名个人都是基层一线的技术工人。"
    assert "徐州" in [m.name for m in find_person_mentions(text)]


def test_a_place_word_stays_no_name_when_the_count_is_of_something_else() -> None:
    text = "南京、无锡、徐州、常州等4个城市入选。"
    assert "徐州" not in [m.name for m in find_person_mentions(text)]


@pytest.mark.usefixtures("person_gate_off")
def test_a_run_whose_head_count_differs_is_no_roster() -> None:
    assert "孙丽" not in people_of(ROSTER.replace("等10名个人", "等12名个人"))


def test_the_names_after_holders_of_an_honour_hold_it() -> None:
    text = (
        "会上，集团工会副主席钱建人宣读了《关于表彰“走基层，寻找交投最美女职工”活动的通报》，"
        "宣布交投十佳最美女职工获得者，她们分别是潘玲利、范小萍、曾小丹。"
    )
    people = people_of(text, None)
    assert {"潘玲利", "范小萍", "曾小丹"} <= set(people)
    assert people["范小萍"]["honors"][0]["title"] == "交投十佳最美女职工"
    assert "钱建人" not in people


@pytest.mark.usefixtures("person_gate_off")
def test_candidates_named_after_holders_hold_nothing() -> None:
    text = "拟推荐全国五一劳动奖章候选人获得者分别是张红、李明。"
    assert not {"张红", "李明"} & set(people_of(text, "2023-04"))


def test_a_name_after_a_title_keeps_its_last_character_before_a_passive_award_verb() -> None:
    text = "诸暨市绿康果蔬专业合作社理事、高级农技师冯永才被授予全国五一劳动奖章。"
    assert [m.name for m in find_person_mentions(text)] == ["冯永才"]


def test_a_bare_name_before_only_then_keeps_two_characters() -> None:
    text = "直到去年，张伟才获得这一称号。"
    assert [m.name for m in find_person_mentions(text)] == ["张伟"]


def test_a_word_the_layout_broke_off_a_sentence_is_no_section_heading() -> None:
    text = "他自豪表示：“成员个个拉出来，都是大国工匠的\n苗子\n。”\n"
    start = text.index("苗子")
    assert section_name(text, start, start + 2) is None


def test_a_name_alone_between_full_sentences_still_heads_a_section() -> None:
    text = "以下是其中两位的事迹。\n王振强\n他是机车组的司机长。\n"
    start = text.index("王振强")
    assert section_name(text, start, start + 3) == ("王振强", start)


def test_reporters_in_brackets_after_a_magazine_dateline_are_credits() -> None:
    text = "本刊讯(郑莉 张锐) 在“五一”国际劳动节来临之际，中央宣传部、全国总工会发布2019年“最美职工”。"
    assert {"郑莉", "张锐"} <= find_people(parse_document(text)).bylines


def test_officials_presenting_awards_on_a_dated_day_are_officials() -> None:
    text = (
        "全国总工会主席王兆国和天津市委书记张立昌20日向十佳单位和十佳标兵颁发了奖牌和奖章。"
        "获得十佳标兵的是：北京佑安医院护士长朱伟平。"
    )
    assert is_official(text, "张立昌") and is_official(text, "王兆国")
    assert "张立昌" not in people_of(text, "2004-03-20")


@pytest.mark.usefixtures("person_gate_off")
def test_a_counted_run_of_officials_at_the_ceremony_holds_no_announced_honour() -> None:
    text = ROSTER + "王建国、李红梅等2名同志出席发布仪式并为最美职工颁发证书。\n"
    people = people_of(text)
    assert "孙丽" in people
    assert not {"王建国", "李红梅"} & set(people)


def test_a_dotted_list_heading_is_no_section_name() -> None:
    text = "附件\n青川好人·最美时代女性名单\n(2名)\n罗春燕 青川市第三中学 教师\n"
    start = text.index("青川好人")
    assert section_name(text, start, text.index("\n", start)) is None


def test_a_dotted_minority_name_on_its_own_line_still_heads_a_section() -> None:
    text = "阿不都·热合曼\n他是青川市第三中学的教师。\n"
    assert section_name(text, 0, text.index("\n")) == ("阿不都·热合曼", 0)


def test_a_name_under_a_list_heading_ending_in_gongzuozhe_is_no_byline() -> None:
    # 工作者 holds 作者, the credit word: the first name under 二、…先进工作者 is a person, not a writer
    text = "关于表彰全市关心下一代工作先进工作者的决定\n二、关心下一代工作先进工作者\n兰玉芳\n李金宝\n"
    people = find_people(parse_document(text))
    assert "兰玉芳" not in people.bylines
    assert "兰玉芳" in people_of(text)
    # a real credit word still marks a byline
    assert "王影" in find_people(parse_document("本报讯 通讯员 王影 近日，某公司召开表彰大会。\n")).bylines


SELECTED = (
    "中央宣传部、全国总工会联合发布2024年“最美职工”先进事迹\n\n"
    "新华社北京4月29日电 中央宣传部、全国总工会向全社会公开发布2024年“最美职工”先进事迹。"
    "2024年“最美职工”注重选树一线职工，最终推选出邵建国、祁晓梅(女)、甘立新、蒋卫东4名个人和"
    "某某公司检修班1个集体。\n"
)


def test_a_run_counted_without_deng_after_its_series_subject_holds_that_series() -> None:
    people = people_of(SELECTED)
    assert {"邵建国", "祁晓梅", "甘立新", "蒋卫东"} <= set(people)
    assert [(h["title"], h["year"]) for h in people["甘立新"]["honors"]] == [("最美职工", 2024)]


def test_a_gender_note_inside_a_counted_run_does_not_break_it() -> None:
    people = people_of(SELECTED)
    assert [h["title"] for h in people["邵建国"]["honors"]] == ["最美职工"]
    assert [h["title"] for h in people["祁晓梅"]["honors"]] == ["最美职工"]


def test_a_counted_run_given_its_own_honour_after_it_keeps_that_one() -> None:
    text = "2024年“最美职工”发布仪式举行。会上，邵建国、祁晓梅2人获评“岗位标兵”。\n"
    people = people_of(text)
    assert [h["title"] for h in people["邵建国"]["honors"]] == ["岗位标兵"]


def test_a_count_without_deng_followed_by_the_groups_own_words_is_no_roster_of_the_series() -> None:
    text = (
        "中央宣传部、全国总工会向全社会公开发布2024年“最美职工”先进事迹。"
        "经层层推荐，邵建国、祁晓梅两位老师被评定为县级语文学科带头人。\n"
    )
    people = people_of(text)
    assert "最美职工" not in [h["title"] for h in people.get("邵建国", {}).get("honors", [])]
