"""Who is a person, who is a subject: names found by context, bylines and officials left out."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.people import find_people


def people_of(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, document_date="2023-05")["people"]}


def test_a_name_after_a_post_is_found_and_its_length_decided_by_what_follows() -> None:
    doc = parse_document("1980年2月出生的队长张伟擦了一把脸上的煤灰。快递员王晓峰日前在接受采访时说。")
    assert {"张伟", "王晓峰"} <= find_people(doc).names()


def test_surnames_that_are_common_words_are_names_only_in_context() -> None:
    text = (
        "——记全国劳动模范、中建八局第一建设有限公司钢筋工高级技师和国庆\n\n"
        "和国庆说，矿井生产和工人的安全都要顾及。他的徒弟向文涛去年也被评为“济南市技术能手”。"
    )
    names = find_people(parse_document(text)).names()
    assert {"和国庆", "向文涛"} <= names
    assert not any(n.startswith("和工") for n in names)


def test_bylines_are_never_subjects() -> None:
    text = (
        "## 修武县总工会举行评先授奖仪式\n\n本报讯（记者李新和 通讯员王影）2月7日上午，"
        "被授予“最美外卖送餐员”称号的县雁子电子商务有限公司外卖送餐员王来宾激动地说。"
    )
    found = people_of(text)
    assert "王来宾" in found and "李新和" not in found and "王影" not in found


def test_officials_who_only_speak_are_not_subjects_but_honoured_officials_are() -> None:
    text = (
        "## 颁奖仪式举行\n\n本报讯（记者李新和）2月7日，仪式举行。市一级巡视员、市总工会主席许竹英出席会议并讲话。"
        "颁奖仪式上，省级劳模、县总工会副主席李军萍勉励大家。"
    )
    found = people_of(text)
    assert "许竹英" not in found
    assert [h["title"] for h in found["李军萍"]["honors"]] == ["省级劳模"]


def test_names_listed_after_a_quoted_honour_each_get_it() -> None:
    text = (
        "## 评先授奖仪式\n\n本报讯 2月7日上午，在修武县总工会举行的评先授奖仪式上，"
        "一起受到表彰奖励的“最美货车司机”孙宏亮、秦建军，“最美家政服务员”孙芳芳等。"
    )
    found = people_of(text)
    assert [h["title"] for h in found["秦建军"]["honors"]] == ["最美货车司机"]
    assert [h["title"] for h in found["孙芳芳"]["honors"]] == ["最美家政服务员"]


def test_an_apprentice_who_only_placed_in_a_competition_is_not_a_subject() -> None:
    text = (
        "——记全国五一劳动奖章获得者、河钢集团唐钢公司炼钢部转炉作业区作业长赵铁军\n\n"
        "赵铁军带出的徒弟中，徒弟刘洋在全国钢铁行业职业技能竞赛中获得三等奖。"
    )
    assert set(people_of(text)) == {"赵铁军"}


def test_a_subtitle_name_with_a_rare_surname_counts_when_the_text_repeats_it() -> None:
    text = (
        "焊花里的青春\n——记全国五一劳动奖章获得者、兰州石化公司检修车间班长禚建军\n"
        "禚建军是兰州石化公司的一名焊工。2021年，禚建军获得全国五一劳动奖章。禚建军说，焊接是一门手艺。\n"
    )
    assert set(people_of(text)) == {"禚建军"}


def test_a_subtitle_ending_in_a_post_and_a_word_said_once_names_nobody() -> None:
    text = "矿山脊梁\n——记靖远煤业集团综放二队的好队长\n他在井下干了十四年。\n"
    assert people_of(text) == {}


def test_a_post_that_goes_on_after_a_trade_word_starts_no_name() -> None:
    text = "中建三局第一建设工程有限责任公司钢筋工班长简德明荣获“湖北省五一劳动奖章”。"
    assert set(people_of(text)) == {"简德明"}


def test_a_magazine_reporters_credit_under_the_headline_is_a_byline() -> None:
    text = "十位最美职工揭晓\n本刊记者-邢立新\n4月24日，全国总工会召开新闻发布会，焊工宋文斌荣获“最美职工”称号。\n"
    assert set(people_of(text)) == {"宋文斌"}


def test_a_titled_name_closing_its_clause_keeps_a_last_character_that_can_be_a_verb() -> None:
    text = "获得“全国先进工作者”称号的有：吉林市实验小学党支部书记、校长方秀会，吉林市中心医院护士长王丽。"
    assert "方秀会" in people_of(text)
