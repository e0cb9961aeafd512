"""Posts of honoured people read from fresh real pages (the seventeenth round, positions): roll
lines, careers listed with 、 and posts at named departments.  Sentences follow the shapes of real
pages; names and most units are invented."""

from __future__ import annotations

from loaders.extract.posts import parse_post
from tests.conftest import posts_of

# ---------------------------------------------------------------- 名：单位职务 roll lines


ROLL = (
    "以下是一些宁德市三八红旗手的优秀代表:\n"
    "- 郑秀梅:霞浦县医院护理部副主任、内三科护士长,在疫情防控中表现突出。\n"
    "- 陈雅琴:福鼎市城关小学校长,三十年扎根乡村教育。\n"
)


def test_a_roll_line_with_a_colon_after_the_name_gives_the_post_at_the_unit() -> None:
    assert ("校长", "福鼎市城关小学") in posts_of(ROLL, "陈雅琴")


def test_a_roll_lines_posts_joined_by_a_comma_mark_are_all_read() -> None:
    titles = [t for t, _ in posts_of(ROLL, "郑秀梅")]
    assert "副主任" in titles and "护士长" in titles


def test_speech_after_a_name_and_colon_is_no_post() -> None:
    text = "王建国荣获全国劳动模范称号。\n王建国:我只是做了一个普通工人该做的事,车间主任也这么说。"
    assert posts_of(text, "王建国") == []


# ---------------------------------------------------------------- 先后担任A部部长、B部部长: one post per department

CAREER = (
    "孙立新获全国五一劳动奖章。孙立新2001年毕业后进入东风重工集团工作,"
    "先后担任总装部部长、焊装部部长、质量管理部部长等职务。"
)


def test_the_same_title_at_listed_departments_is_one_post_per_department() -> None:
    assert posts_of(CAREER, "孙立新") == [("部长", "总装部"), ("部长", "焊装部"), ("部长", "质量管理部")]


def test_a_later_department_of_a_named_body_is_placed_under_that_body() -> None:
    text = "孙立新获全国五一劳动奖章。他先后担任东风重工集团总装部部长、焊装部部长。"
    assert ("部长", "东风重工集团焊装部") in posts_of(text, "孙立新")


def test_posts_without_departments_after_a_full_post_stay_at_its_body() -> None:
    text = "刘海峰获评全国劳动模范。刘海峰现任江南重机集团有限公司党委书记、总经理。"
    assert posts_of(text, "刘海峰") == [("党委书记", "江南重机集团有限公司"), ("总经理", "江南重机集团有限公司")]


# ---------------------------------------------------------------- a bracket inside a unit's name


def test_a_short_bracket_inside_the_units_name_keeps_the_post_after_it() -> None:
    text = "马建平荣获全国劳动模范。马建平现为中铁建工集团第三工程有限公司第二项目管理(高铁)分公司技术员。"
    assert posts_of(text, "马建平") == [("技术员", "中铁建工集团第三工程有限公司第二项目管理(高铁)分公司")]


def test_a_bracket_after_the_post_is_a_note_that_ends_the_phrase() -> None:
    text = "马建平荣获全国劳动模范。马建平现任中铁建工集团第三工程有限公司经理(副处级),曾参加大秦线施工。"
    assert posts_of(text, "马建平") == [("经理", "中铁建工集团第三工程有限公司")]


# ---------------------------------------------------------------- a court's division before 庭长


def test_a_courts_division_goes_into_the_posts_organisation() -> None:
    assert parse_post("保定市中级人民法院民一庭副庭长") == ("保定市中级人民法院民一庭", "副庭长")


def test_a_division_head_in_a_roll_line_has_the_bare_title() -> None:
    text = "河北省三八红旗手名单\n孙丽娟 保定市中级人民法院民一庭副庭长\n周海燕 保定市第三中学校长\n"
    assert posts_of(text, "孙丽娟") == [("副庭长", "保定市中级人民法院民一庭")]


# ---------------------------------------------------------------- professional titles as the only posts


def test_professional_titles_that_are_the_only_posts_given_are_kept() -> None:
    text = "何文静荣获全国五一劳动奖章。何文静现为中国农业银行西宁分行工程师、经济师。"
    assert [t for t, _ in posts_of(text, "何文静")] == ["工程师", "经济师"]


def test_skill_grades_beside_a_status_word_are_still_no_posts() -> None:
    text = "王大伟荣获全国五一劳动奖章。王大伟现为青海重工集团有限公司工人、高级技师。"
    assert posts_of(text, "王大伟") == []


def test_a_professional_title_beside_a_post_is_still_dropped() -> None:
    text = "何文静荣获全国五一劳动奖章。何文静现为中国农业银行西宁分行副行长、高级经济师。"
    assert [t for t, _ in posts_of(text, "何文静")] == ["副行长"]


# ---------------------------------------------------------------- a body's short name glued to the title


def test_a_short_name_glued_to_the_title_is_the_same_post_as_the_bare_title_at_the_body() -> None:
    text = "恒远董事长周建军获全国五一劳动奖章\n最近,恒远电缆集团董事长周建军荣获“全国五一劳动奖章”。"
    assert posts_of(text, "周建军") == [("董事长", "恒远电缆集团")]


def test_the_same_title_at_an_unrelated_body_stays_a_post_of_its_own() -> None:
    text = "周建军荣获“全国五一劳动奖章”。周建军现任恒远电缆集团董事长,兼任江苏光缆协会会长。"
    titles = [t for t, _ in posts_of(text, "周建军")]
    assert "董事长" in titles and "会长" in titles
