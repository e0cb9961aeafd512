"""Edition rolls: 历届 lists, one edition and its holders a line (loaders/extract/editions.py)."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.editions import edition_line


def honours_of(text: str) -> dict[str, set[tuple[str, int | None]]]:
    return {p["name"]: {(h["title"], h.get("year")) for h in p["honors"]} for p in extract_text(text)["people"]}


SERIES_IN_HEADING = "某市护理协会历届“金牌护士”获得者\n第一届（2012年）：韩丽娟、蒋春梅\n第二届（2014年）：彭晓霞\n"


def test_each_holder_holds_the_series_honour_with_the_year_of_their_line() -> None:
    got = honours_of(SERIES_IN_HEADING)
    assert ("金牌护士", 2012) in {(t[-4:], y) for t, y in got["韩丽娟"]}
    assert ("金牌护士", 2012) in {(t[-4:], y) for t, y in got["蒋春梅"]}
    assert ("金牌护士", 2014) in {(t[-4:], y) for t, y in got["彭晓霞"]}


SERIES_IN_PROSE = (
    "历届获奖者名单\n"
    "我省自1997年首次参加第36届南丁格尔奖章评选以来，先后有9名护理工作者获此殊荣。名单如下：\n"
    "第36届(1997年)郑玉珍、鲁桂兰\n"
    "第38届(2001年)褚秀云\n"
)


def test_an_edition_number_in_the_line_above_names_the_series() -> None:
    got = honours_of(SERIES_IN_PROSE)
    assert got["郑玉珍"] == {("南丁格尔奖章", 1997)}
    assert got["鲁桂兰"] == {("南丁格尔奖章", 1997)}
    assert got["褚秀云"] == {("南丁格尔奖章", 2001)}


def test_a_year_first_edition_line_reads_the_person_and_unit() -> None:
    text = "2018年 第三届 韦建平 柳州钢铁集团公司"
    ed = edition_line(text, 0, len(text))
    assert ed is not None and ed.year == 2018
    assert [(p.name, p.unit) for p, _ in ed.people] == [("韦建平", "柳州钢铁集团公司")]


def test_an_edition_line_of_prose_gives_nobody() -> None:
    text = "第三届（2018年）评选共收到推荐材料一百余份，经专家评审产生结果"
    assert edition_line(text, 0, len(text)) is None


def test_edition_lines_with_no_series_honour_above_give_nobody() -> None:
    got = honours_of("本次活动安排如下\n第一届（2016年）：邵立军、唐海燕\n")
    assert not any(got.get(n) for n in ("邵立军", "唐海燕"))
