"""Newspapers and other media as conferring bodies: their names kept whole (经济日报), and the
items of a run the text itself closes as media (…等媒体 / …等首都10家新闻单位) read as bodies,
with the series a sentence says they run (“S”评选活动由A、B联合主办)."""

from __future__ import annotations

from loaders.extract.frames import split_bodies


def test_a_newspaper_named_for_the_economy_keeps_its_first_character() -> None:
    assert split_bodies("经济日报") == ("经济日报",)


def test_jing_before_a_body_is_still_the_approval_word() -> None:
    assert split_bodies("经省总工会") == ("省总工会",)


def test_a_run_closed_as_news_bodies_reads_every_paper_and_site_as_a_body() -> None:
    from loaders.extract.context import agents

    run = "省卫生厅与大河网、健康报、河南手机报等媒体"
    assert agents(run) == ("省卫生厅", "大河网", "健康报", "河南手机报")


def test_a_run_not_closed_as_news_bodies_still_rejects_an_unknown_site() -> None:
    from loaders.extract.context import agents

    assert agents("大河网、河南手机报") == ()


def test_the_quoted_selection_run_by_bodies_and_papers_is_theirs_to_confer() -> None:
    from tests.conftest import conferrers

    text = (
        "第十二届“中国十大杰出青年”评选结果近日揭晓。"
        "“中国十大杰出青年”评选活动由中华全国青年联合会与人民日报、光明日报、解放军报等首都5家新闻单位联合主办。"
        "荣获本届中国十大杰出青年称号的是：某部班长李卫东。\n"
    )
    assert dict(conferrers(text)["李卫东"])["中国十大杰出青年"] == [
        "中华全国青年联合会",
        "人民日报",
        "光明日报",
        "解放军报",
    ]
