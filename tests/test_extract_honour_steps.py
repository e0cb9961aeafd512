"""Article-level honour steps (loaders/extract/steps.py): the year of a conferral told as news, the
bodies a sentence says confer a series, and titles or conferrers read past the honour."""

from __future__ import annotations

from typing import Any

from loaders.extract import extract_text
from loaders.extract.document import Sentence
from loaders.extract.facts import Fact
from loaders.extract.frames import vetoed
from loaders.extract.relations import canonical_body
from loaders.extract.steps import honours_tidied, tailed_titles


def honours(text: str, **kwargs: Any) -> dict[str, list[tuple[Any, ...]]]:
    profile = extract_text(text, **kwargs)
    return {
        p["name"]: [(h["title"], h.get("year"), h.get("conferred_by")) for h in p.get("honors", [])]
        for p in profile["people"]
    }


def honour_fact(title: str, raw: str, conferred_by: list[str] | None = None) -> Fact:
    sent = Sentence(0, len(raw), raw)
    value = {"title": title, "raw": raw, "year": None, "edition": None, "conferred_by": conferred_by or []}
    return Fact("honor", value, sent, 0, ["王海涛"])


# -- the year of a conferral told as news


def test_a_recent_news_word_in_the_honours_own_sentence_gives_the_documents_year() -> None:
    text = (
        "洛阳公交驾驶员张建国：二十年安全行车无事故\n\n"
        "张建国是洛阳市公交集团的一名驾驶员，从业二十年安全行车一百多万公里，多次被评为公司先进个人。"
        "近日，他又被评为“河南省劳动模范”。\n"
    )
    assert ("河南省劳动模范", 2014, []) in honours(text, document_date="2014-05-02")["张建国"]


def test_a_lead_opening_with_a_websites_dateline_tells_the_days_conferral() -> None:
    text = (
        "闽东网4月27日讯 据省总工会消息，福建省总工会作出决定，授予一批职工福建省五一劳动奖章。\n\n"
        "我市第一医院护士长林秀英荣获福建省五一劳动奖章。\n"
    )
    assert honours(text, document_date="2021-04-27")["林秀英"] == [("福建省五一劳动奖章", 2021, ["福建省总工会"])]


def test_a_source_and_time_stamp_above_the_lead_is_passed_over() -> None:
    text = (
        "宁德发布 2021-04-27 10:42:24\n\n"
        "据省总工会消息，日前，福建省总工会作出决定，授予一批职工福建省五一劳动奖章。\n\n"
        "我市第一医院护士长林秀英荣获福建省五一劳动奖章。\n"
    )
    assert honours(text)["林秀英"] == [("福建省五一劳动奖章", 2021, ["福建省总工会"])]


def test_a_sentence_opening_with_its_year_dates_the_series_it_reports_conferred() -> None:
    text = (
        "2022年12月底，人社部在其官网公布了第十六届高技能人才表彰名单，共表彰30名中华技能大奖和295名全国技术能手。\n\n"
        "此次，来自杭州汽轮机股份有限公司的焊工王海涛获全国技术能手称号。\n"
    )
    found = honours(text, document_date="2023-02-02")["王海涛"]
    assert [(title, year) for title, year, _ in found] == [("全国技术能手", 2022)]


def test_head_counts_of_an_announcement_share_its_honours_among_the_sections_in_order() -> None:
    text = (
        "全国表彰！我县2人上榜\n\n"
        "近日，人力资源社会保障部、农业农村部决定，授予一批同志“全国农业农村劳动模范”称号和“全国农业农村先进工作者”称号。\n\n"
        "其中，我县有1人获“全国农业农村劳动模范”称号，1人获“全国农业农村先进工作者”称号。\n\n"
        "周明山\n\n周明山是县农机合作社理事长，带动农户二百多户。\n\n"
        "吴晓燕\n\n吴晓燕是县农技推广中心农艺师，从事农技推广二十年。\n"
    )
    found = honours(text, document_date="2023-07-30")
    assert [title for title, _, _ in found["周明山"]] == ["全国农业农村劳动模范"]
    assert [title for title, _, _ in found["吴晓燕"]] == ["全国农业农村先进工作者"]


# -- conferring bodies


def test_a_body_that_publishes_a_list_on_its_site_confers_the_series_the_sentence_names() -> None:
    text = (
        "2022年12月底，人社部在其官网公布了第十六届高技能人才表彰名单，共表彰30名中华技能大奖和295名全国技术能手。\n\n"
        "此次，来自杭州汽轮机股份有限公司的焊工王海涛获全国技术能手称号。\n"
    )
    assert honours(text, document_date="2023-02-02")["王海涛"][0][2] == ["人力资源和社会保障部"]


def test_bodies_that_commend_a_series_every_few_years_confer_each_honour_of_it() -> None:
    text = (
        "党中央、国务院每五年评选表彰一次的全国劳动模范和先进工作者，代表我国劳动者的最高荣誉。\n\n"
        "遵义市第一人民医院主任医师孙志刚获全国先进工作者称号。\n"
    )
    assert honours(text)["孙志刚"] == [("全国先进工作者", None, ["中共中央", "国务院"])]


def test_a_body_that_confers_posthumously_is_the_conferrer() -> None:
    text = "赵秀英，女，山西平顺人，农民。1983年被国务院追认为全国劳动模范。\n"
    assert honours(text)["赵秀英"] == [("全国劳动模范", 1983, ["国务院"])]


def test_a_county_committee_written_with_its_level_twice_gets_its_full_name() -> None:
    assert canonical_body("富源县县委") == "中共富源县委"
    assert canonical_body("富源县县政府") == "富源县人民政府"


def test_the_front_of_a_title_is_no_conferrer_and_a_verb_read_into_a_title_is_cut() -> None:
    text = (
        "日前，全国总工会决定，命名一批全国优秀工会积极分子。"
        "福州软件园工会工作委员会专干方丽萍等33位同志获命名为全国优秀工会积极分子。\n"
    )
    assert honours(text, document_date="2018-11-27")["方丽萍"] == [("全国优秀工会积极分子", 2018, ["中华全国总工会"])]


def test_a_counted_list_of_holders_is_cut_from_a_title_and_is_no_conferrer() -> None:
    text = (
        "2020年4月，安徽省总工会决定，授予合肥市某某机械有限公司职工张立新等16位同志安徽省脱贫攻坚十大工程先锋称号。\n"
    )
    assert honours(text, document_date="2020-04-28")["张立新"] == [
        ("安徽省脱贫攻坚十大工程先锋", 2020, ["安徽省总工会"])
    ]


def test_the_holders_before_an_award_verb_are_no_conferrers() -> None:
    text = "日前，全国总工会作出表彰决定。长乐某科技有限公司工会副主席陈建平等33位基层工会干部荣获全国优秀工会工作者称号。\n"
    assert honours(text, document_date="2018-11-27")["陈建平"] == [("全国优秀工会工作者", 2018, [])]


def test_a_verb_and_a_comrade_left_at_the_front_of_an_honours_raw_are_cut() -> None:
    (tidied,) = honours_tidied([honour_fact("德清县劳动模范", "同志喜获“德清县劳动模范”")])
    assert tidied.value["raw"] == "“德清县劳动模范”"


# -- titles read past the honour


def test_a_title_run_on_into_a_head_count_is_cut_at_its_honour_word() -> None:
    (cut,) = tailed_titles([honour_fact("自治区劳动模范的31人中", "自治区劳动模范的31人中")])
    assert (cut.value["title"], cut.value["raw"]) == ("自治区劳动模范", "自治区劳动模范")


def test_a_title_whose_tail_belongs_to_the_honour_is_kept() -> None:
    fact = honour_fact("国务院政府特殊津贴专家", "国务院政府特殊津贴专家")
    assert tailed_titles([fact]) == [fact]


def test_a_unions_home_or_a_teams_pioneer_title_is_no_persons_honour() -> None:
    assert vetoed("全国模范职工之家")
    assert vetoed("全国工人先锋号")
    assert not vetoed("全国五一巾帼标兵岗")


# -- honours listed after a word for them


def test_honours_listed_after_a_colon_following_many_honours_are_the_subjects() -> None:
    text = (
        "李建华，男，1983年10月出生，现为宁波某汽车公司装配钳工。"
        "凭着一手绝活，李建华收获了很多荣誉：全国劳动模范、中国青年五四奖章、全国技术能手等。\n"
    )
    titles = [title for title, _, _ in honours(text)["李建华"]]
    assert titles == ["全国劳动模范", "中国青年五四奖章", "全国技术能手"]


def test_honours_listed_after_the_honours_include_are_the_subjects() -> None:
    text = "宋建强现为青岛某建筑集团高级技师，获得的荣誉包括全国建筑行业技术能手、山东省首席技师、全国技术能手。\n"
    titles = [title for title, _, _ in honours(text)["宋建强"]]
    assert titles == ["全国建筑行业技术能手", "山东省首席技师", "全国技术能手"]


def test_an_honour_one_is_put_forward_for_is_not_held() -> None:
    (_held,) = honours_tidied(
        [honour_fact("泉州市技能大师", "优先推荐参评“泉州市技能大师”"), honour_fact("石狮工匠", "“石狮工匠”")]
    )
    assert _held.value["title"] == "石狮工匠"


def test_a_description_of_a_skilled_worker_is_no_honour() -> None:
    assert honours_tidied([honour_fact("铆装钳工全面能手", "他是一位公认的铆装钳工全面能手")]) == []
