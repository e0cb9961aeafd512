"""Conferring bodies in shapes read from fresh announcements and news items (second pass): a body run
stops at a line break."""

from __future__ import annotations

from tests.conftest import conferrers

JOINT_RELEASE = (
    "中央宣传部、全国总工会联合发布2021年“最美职工”先进事迹\n\n"
    "在“五一”国际劳动节来临之际，中央宣传部、全国总工会向全社会公开发布2021年“最美职工”先进事迹。\n\n"
    "2021年“最美职工”注重面向一线产业工人，王海涛、李春燕、赵立新等10名个人光荣入选。\n"
)


def test_a_breadcrumb_line_above_a_joint_headline_does_not_hide_its_first_body() -> None:
    text = "首页 > 新闻中心 > 工会动态\n" + JOINT_RELEASE
    assert dict(conferrers(text)["王海涛"])["最美职工"] == ["中共中央宣传部", "中华全国总工会"]
