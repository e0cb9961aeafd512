"""A decision or notice dated by its page stamp dates the honours it confers; a short quote inside an
honour's name does not cut it; a collective's honour is no person's
(loaders/extract/steps.py, loaders/extract/frames.py, loaders/extract/falsehonours.py)."""

from __future__ import annotations

from tests.conftest import honours

# -- a page that is the decision itself


def test_a_notice_dated_by_its_page_stamp_dates_the_honours_it_confers() -> None:
    text = (
        "关于发布第二届“最美护林员”的通报\n"
        "2019-05-20 09:12\n\n"
        "为树立榜样，省林业局决定授予吉林省白山市林业局张海军、延边州林业局护林员李春生"
        "第二届“最美护林员”荣誉称号。\n"
    )
    found = honours(text)
    assert [year for _, year, _ in found["张海军"]] == [2019]
    assert [year for _, year, _ in found["李春生"]] == [2019]


def test_a_feature_that_tells_an_old_decision_late_in_its_text_leaves_it_undated() -> None:
    text = (
        "老劳模的新生活\n"
        "2019-05-20 09:12\n\n"
        "清晨六点，刘永福已经在菜园里忙开了。\n"
        "他八十岁了，身体依然硬朗。\n"
        "退休后他一直帮村里的年轻人学技术。\n"
        "年轻时，县政府决定授予刘永福“县劳动模范”称号。\n"
    )
    assert all(year is None for _, year, _ in honours(text).get("刘永福", []))


# -- a short quote inside a name


def test_a_quoted_festival_inside_an_honours_name_keeps_the_words_after_it() -> None:
    text = "沈阳市第一医院护士长赵春梅荣获全国“三八”红旗手称号。\n"
    assert [title for title, _, _ in honours(text)["赵春梅"]] == ["全国三八红旗手"]


# -- a collective's honour


def test_an_institutions_honour_read_for_its_staff_is_dropped() -> None:
    text = "经群众投票和专家评审，城关镇中心卫生院院长孙立平获评“十佳基层医疗卫生机构”。\n"
    assert all(not title.endswith("机构") for title, _, _ in honours(text).get("孙立平", []))


def test_a_persons_own_honour_beside_an_institutions_stays() -> None:
    text = "经群众投票和专家评审，卫生室医生孙立平获评“最美乡村医生”，城关镇中心卫生院获评“十佳基层医疗卫生机构”。\n"
    assert [title for title, _, _ in honours(text)["孙立平"]] == ["最美乡村医生"]


def test_a_posts_honour_read_for_a_person_is_dropped() -> None:
    text = "本报讯 3月6日，市妇联授予王丽华全国五一巾帼标兵岗称号。\n"
    assert all(not title.endswith("岗") for title, _, _ in honours(text).get("王丽华", []))
