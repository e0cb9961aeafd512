"""List heads written as a count and an honour (loaders/extract/frames.py ``LIST_HEAD_RE``): a head
such as ``17名北京市劳动模范：`` or ``全国劳动模范（5名）：`` opens a list of unit+post+name entries,
each of whom holds the honour of the head without its count, as ``获得X称号的有：`` does.  Beside
it (people.py, frames.py, name_rules.yaml): a credit word (记者, 编辑) before a name an award verb
follows is a trade, a ``获得者、`` apposition reaches a long unit+post descriptor, and a name closing
on 上榜/名列其中 keeps a verb-like last character.  Every name and unit is invented."""

from __future__ import annotations

from loaders.extract import extract_text


def honours_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


def test_a_count_then_an_honour_before_a_colon_gives_each_entry_the_honour() -> None:
    text = (
        "12月20日，青川市召开劳动模范表彰大会。3名青川市劳动模范：青川钢铁炼铁作业部高炉作业区作业长梁启航，"
        "青川重工有限公司焊工邓晓峰，青川市第一人民医院急诊科主任钟秀兰。"
    )
    got = honours_of(text)
    for name in ("梁启航", "邓晓峰", "钟秀兰"):
        assert got.get(name) == {"青川市劳动模范"}


def test_an_honour_with_its_count_in_brackets_before_a_colon_gives_each_entry_the_honour() -> None:
    text = (
        "近日，青川市表彰了一批先进个人。青川市五一劳动奖章（2名）：青川港务集团装卸队队长邵振宇、"
        "青川市公交公司驾驶员戴美玲。"
    )
    got = honours_of(text)
    for name in ("邵振宇", "戴美玲"):
        assert got.get(name) == {"青川市五一劳动奖章"}


def test_a_count_of_collectives_before_a_colon_gives_no_one_an_honour() -> None:
    text = "近日，青川市表彰了一批先进集体。3个青川市模范集体：青川重工有限公司、青川港务集团装卸队、青川市公交公司。"
    assert honours_of(text) == {}


def test_a_counted_head_whose_entries_are_units_gives_no_person() -> None:
    text = "会议通报了年度考核结果。5名驾驶员：客运一队、客运二队、货运队、维修车间、调度室各一名。"
    assert all(not hs for hs in honours_of(text).values())


def test_a_reporter_named_before_an_award_verb_is_a_subject_not_a_credit() -> None:
    text = "青川日报社会部主任记者乔文博等12人获全国五一劳动奖章。"
    assert honours_of(text).get("乔文博") == {"全国五一劳动奖章"}


def test_a_reporter_who_learns_the_news_stays_a_credit() -> None:
    text = "本报记者乔文博获悉，青川市今年有12人获全国五一劳动奖章。"
    assert "乔文博" not in honours_of(text)


def test_a_holder_written_before_a_long_unit_and_post_holds_the_honour() -> None:
    text = (
        "“要用心服务好每一位客户。”全国五一劳动奖章获得者、青川速运(东港)有限公司北湖片区南桥路速运业务部"
        "绿洲营业站快递员邹明轩说出了很多快递员的心声。"
    )
    assert honours_of(text).get("邹明轩") == {"全国五一劳动奖章"}


def test_names_closing_on_is_on_the_list_keep_a_verb_like_last_character() -> None:
    text = (
        "近日，青川市召开表彰大会，授予刘志远等120人“青川市优秀农民工”荣誉称号，其中我区青川机械有限公司铆工"
        "吕云峰、青川建设集团有限公司水电施工队队长郑永发名列其中。"
    )
    got = honours_of(text)
    assert got.get("郑永发") == {"青川市优秀农民工"}
    assert got.get("吕云峰") == {"青川市优秀农民工"}
