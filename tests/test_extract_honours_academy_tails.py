"""Honours of people who are found (session 14, hon19): academy honours, tails cut from
a title, and the holders of an honour the sentence names for someone else."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.honours import parse_honour


def _honours(text: str, name: str) -> list[str]:
    profile = extract_text(text, document_date="2021-05-01")
    for person in profile["people"]:
        if person["name"] == name:
            return [h["title"] for h in person.get("honors", [])]
    raise AssertionError(f"{name} not found: {[p['name'] for p in profile['people']]}")


def _holders(text: str, document_date: str) -> dict[str, list[str]]:
    """Each person's honour titles in the extractor's reading of ``text``."""
    profile = extract_text(text, document_date=document_date)
    return {p["name"]: [h["title"] for h in p.get("honors", [])] for p in profile["people"]}


# --- an academy's own honours (data/dictionaries/honour_series.yaml: not_honour_exceptions)


def test_academy_honour_is_an_honour() -> None:
    parsed = parse_honour("中国科学院先进工作者称号")
    assert parsed is not None and parsed.title == "中国科学院先进工作者"


def test_academy_honour_of_a_researcher_is_found() -> None:
    text = "中国科学院大连化学物理研究所研究员王立新荣获中国科学院优秀共产党员称号。"
    assert _honours(text, "王立新") == ["中国科学院优秀共产党员"]


def test_a_college_is_still_no_honour() -> None:
    assert parse_honour("郑州铁路职业技术学院") is None


# --- counted candidates hold no honour of an earlier sentence (loaders.extract.rolls)


def test_counted_candidates_take_no_earlier_honour() -> None:
    text = (
        "陈秀兰,2015年5月当选“湖南省劳动模范”。"
        "在感动湖南2015年度候选人中,还有3位教师当选,他们分别是长沙市第一中学教师周建平、"
        "湘潭县实验小学校长唐志军和株洲市二中教师刘雨晴。"
    )
    holders = _holders(text, "2016-03-01")
    assert holders.get("陈秀兰") == ["湖南省劳动模范"]
    assert not holders.get("周建平") and not holders.get("刘雨晴")


def test_counted_holders_still_take_the_honour() -> None:
    text = "我市2人荣获“湖南省劳动模范”称号,她们分别是长沙市第一中学教师周建平和株洲市二中教师刘雨晴。"
    assert _honours(text, "刘雨晴") == ["湖南省劳动模范"]


# --- a list's close and what follows it are no part of the last item (loaders.extract.facts)


def test_list_close_after_the_last_item_is_cut() -> None:
    text = "这是王建华继获得全国技术能手、全国优秀共产党员等多项荣誉之后的又一至高荣誉。"
    assert _honours(text, "王建华") == ["全国技术能手", "全国优秀共产党员"]


def test_title_word_then_after_is_cut() -> None:
    text = "王建华继获得全国优秀共产党员称号后,又当选感动中国年度人物。"
    assert _honours(text, "王建华") == ["全国优秀共产党员", "感动中国年度人物"]


# --- a year between the quote and the words that finish the name (facts.SUFFIX_KEEP_RE, frames.QUOTE_TAIL)


def test_year_between_quote_and_tail_keeps_one_honour() -> None:
    text = "高铁工人王建华荣获“感动中国”2016年度十大人物。"
    profile = extract_text(text, document_date="2017-02-10")
    (person,) = profile["people"]
    assert [(h["title"], h["year"]) for h in person["honors"]] == [("感动中国十大人物", 2016)]


# --- a collective among the items of an enumeration breaks no chain (loaders.extract.rolls)


def test_collective_item_leaves_the_people_of_the_enumeration() -> None:
    text = (
        "“第五届感动安化年度人物”分别是热心公益的退休老教师周国华;"
        "拾金不昧的好少年谭小雨;"
        "“风里雨里守护平安,路上路下送去温暖”的安化县公安局交通管理大队;"
        "维护正义的检察官李秋月。"
    )
    holders = _holders(text, "2021-02-04")
    assert holders.get("李秋月") == ["感动安化年度人物"]
    assert holders.get("谭小雨") == ["感动安化年度人物"]


# --- a heading whose quote marks part of the name, over lines of praise——entry (loaders.extract.rolls)

PRAISED_ROLL = """“感动湖南”十大人物获表彰
2018“感动湖南”十大人物
三十年守护山村孩子的乡村教师——新化县桑梓镇中心学校教师章秀英
把湘绣带向世界的巧手——湖南省湘绣研究所工艺美术师刘春兰
"""


def test_praised_lines_under_a_framed_heading_hold_its_honour() -> None:
    profile = extract_text(PRAISED_ROLL, document_date="2019-02-01")
    holders = {p["name"]: [(h["title"], h["year"]) for h in p.get("honors", [])] for p in profile["people"]}
    assert holders.get("章秀英") == [("感动湖南十大人物", 2018)]
    assert holders.get("刘春兰") == [("感动湖南十大人物", 2018)]


def test_epithet_closing_a_line_of_praise_is_no_honour() -> None:
    text = "平凡人的伟大\n一次次创造“中国制造”神话的大国工匠——湘钢集团技术中心高级工程师李振邦\n"
    holders = _holders(text, "2019-02-01")
    assert "大国工匠" not in holders.get("李振邦", [])


def test_a_special_prize_over_a_collective_goes_to_no_name_above() -> None:
    text = PRAISED_ROLL + "2018“感动湖南”特别奖\n专业、随时待命的民间救援“特种部队”——湖南蓝天救援队\n"
    holders = _holders(text, "2019-02-01")
    assert holders.get("刘春兰") == ["感动湖南十大人物"]


# --- a quoted pair of a person's honour and its team twin (loaders.honours)


def test_person_takes_the_person_half_of_a_team_pair() -> None:
    text = "经评选,陈立军等6个个人和团队获得2019年“中国农业科学院年度人物和年度团队”称号。"
    assert _honours(text, "陈立军") == ["中国农业科学院年度人物"]


def test_pair_with_a_collective_other_than_a_team_stays_no_honour() -> None:
    assert parse_honour("先进个人和先进集体", titled=True) is None
