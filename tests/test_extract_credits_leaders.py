"""Credits, cited leaders and attending officials are never the people an article honours."""

from __future__ import annotations

from tests.conftest import names_in


def test_every_reporter_of_a_bracketed_credit_is_a_byline() -> None:
    text = (
        "新华网银川5月1日电（记者马晓东、孙立娟）30日上午，2024年“宁夏工匠”年度人物在银川发布。"
        "宁夏电力公司变电检修班班长周海涛荣获“宁夏工匠”称号。\n"
    )
    assert names_in(text, source="page.txt") == {"周海涛"}


def test_a_bracket_after_a_news_site_and_its_xun_is_a_byline() -> None:
    text = (
        "中国电力新闻网讯（付春阳）4月28日，为进一步发挥“行业工匠”的示范引领作用，省电力工会召开表彰大会。"
        "检修公司高级技师邓建华荣获“行业工匠”称号。\n"
    )
    assert "付春阳" not in names_in(text, source="page.txt")


def test_a_padded_bracketed_name_on_its_own_line_is_a_byline() -> None:
    text = "在全国劳动模范表彰大会上，种粮大户宋春生荣获“全国劳动模范”称号。\n（黄丽萍  ）\n"
    assert names_in(text, source="page.txt") == {"宋春生"}


def test_a_department_credit_closing_a_report_is_a_byline() -> None:
    text = "公司焦化厂工程师赵晓军荣获“全国五一劳动奖章”。\n（设备管理部：孔令辉）\n"
    assert names_in(text, source="page.txt") == {"赵晓军"}


def test_review_credits_at_a_page_end_are_no_people() -> None:
    text = "资兴市电力公司总工程师郭建新荣获“湖南省劳动模范”称号。\n\n一审：何丽娟\n二审：邝志军\n终审：罗文斌\n"
    assert names_in(text, source="page.txt") == {"郭建新"}


def test_leaders_who_received_a_model_worker_are_no_people() -> None:
    text = (
        "1956年，赵国胜被评为全国先进生产者，受到了毛泽东、刘少奇、朱德等党和国家领导人的亲切接见，"
        "成为新中国第一代全国劳模。\n"
    )
    people = names_in(text, source="page.txt")
    assert "赵国胜" in people
    assert not people & {"毛泽东", "刘少奇", "朱德"}


def test_a_leader_cited_by_his_thought_is_no_person() -> None:
    text = (
        "这批劳动英雄都认真学习马列主义、毛泽东思想，在生产中作出了卓越贡献。"
        "大庆油田钻井队队长孙宝山被授予“劳动英雄”称号。\n"
    )
    assert "毛泽东" not in names_in(text, source="page.txt")


def test_officials_in_a_run_closing_on_chuxi_are_not_the_subject_of_the_next_sentence() -> None:
    text = (
        "副省长钱国华，省政协副主席刘正明出席仪式。"
        "活动中，全国劳模代表上台点亮了象征荣誉的旗帜，第三届“江西工匠”发布仪式正式启动。\n"
    )
    people = names_in(text, source="page.txt")
    assert "钱国华" not in people
    assert "刘正明" not in people


def test_the_photographer_of_a_bracketed_photo_caption_is_a_byline() -> None:
    text = (
        "3月8日，荣获全国三八红旗手称号的代表在台上领奖。新华社发（王明远 摄）\n"
        "当日，全国妇联在北京表彰全国三八红旗手。\n"
    )
    assert names_in(text, source="page.txt") == set()


def test_a_photographer_in_half_width_brackets_after_a_blank_is_a_byline() -> None:
    text = "成都市技师学院教师刘晓梅荣获全国五一劳动奖章。 (陈海波 摄)\n"
    assert names_in(text, source="page.txt") == {"刘晓梅"}
