"""parse_honour against the shared table of hand-parsed honour phrases (tests/data/honour_parses.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from loaders.extract import extract_text
from loaders.honours import is_honour, parse_honour, phrase_kind

TABLE = yaml.safe_load((Path(__file__).parent / "data" / "honour_parses.yaml").read_text(encoding="utf-8"))
FIELDS = ("title", "edition", "year", "level", "category", "conferred_by")


@pytest.mark.parametrize("case", TABLE["honours"], ids=[c["raw"] for c in TABLE["honours"]])
def test_honour_phrase_parses_as_annotated(case: dict) -> None:
    parsed = parse_honour(case["raw"], doc_year=case.get("doc_year"))
    assert parsed is not None, f"{case['raw']} was rejected"
    assert {f: getattr(parsed, f) for f in FIELDS} == {f: case[f] for f in FIELDS}
    assert parsed.raw == case["raw"]


@pytest.mark.parametrize("raw", TABLE["not_honours"])
def test_placings_posts_collectives_and_documents_are_not_honours(raw: str) -> None:
    assert parse_honour(raw) is None


def test_the_table_is_large_enough_to_mean_something() -> None:
    assert len(TABLE["honours"]) >= 50 and len(TABLE["not_honours"]) >= 10


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("全国行业职业技能竞赛焊工个人第一名", "competition"),
        ("第一届全国技能大赛焊接项目金牌", "competition"),
        ("九里山矿机电运转队队长", "position"),
        ("2016年被聘为河钢集团首席技师", "position"),
        ("第三届焦作工匠", "honour"),
        ("金牌工人", "honour"),
        ("全国工人先锋号", None),
    ],
)
def test_phrase_kind_tells_honours_from_placings_and_posts(phrase: str, kind: str | None) -> None:
    assert phrase_kind(phrase) == kind


def test_the_series_dictionary_gives_level_and_category_but_never_a_conferrer() -> None:
    parsed = parse_honour("2022年获得中原大工匠")
    assert (parsed.level, parsed.category, parsed.conferred_by) == ("省", "工匠", [])
    assert parsed.usual_conferrer  # background from data/dictionaries/honour_series.yaml


def test_a_user_added_series_is_read_from_the_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import loaders.honours as honours

    table = yaml.safe_load(honours.SERIES_FILE.read_text(encoding="utf-8"))
    table["series"].append({"title": "愚公工匠", "level": "市", "category": "工匠"})
    extended = tmp_path / "honour_series.yaml"
    extended.write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(honours, "SERIES_FILE", extended)
    honours._tables.cache_clear()
    try:
        assert honours.parse_honour("首届“愚公工匠”").level == "市"
    finally:
        monkeypatch.undo()
        honours._tables.cache_clear()


def test_is_honour_accepts_traditional_script() -> None:
    assert is_honour("全國五一勞動獎章")


def test_a_medal_closing_the_phrase_is_a_placing_but_a_gold_medal_worker_is_an_honour() -> None:
    assert phrase_kind("团体银牌") == "competition"
    assert phrase_kind("个人金牌") == "competition"
    assert phrase_kind("金牌工人") == "honour"


def test_column_labels_that_hold_an_honour_word_are_no_honours() -> None:
    assert phrase_kind("工匠风采") is None
    assert phrase_kind("劳模故事") is None
    assert phrase_kind("劳模精神") is None


def test_recipients_described_before_a_series_are_not_part_of_its_name() -> None:
    parsed = parse_honour("在抗洪抢险中作出突出贡献的8名优秀职工全国五一劳动奖章")
    assert parsed is not None and parsed.title == "全国五一劳动奖章"
    counted = parse_honour("等35名先进个人全国交通技术能手")
    assert counted is not None and counted.title == "全国交通技术能手"


def test_holders_described_after_a_series_are_not_part_of_its_name() -> None:
    parsed = parse_honour("全国五一劳动奖章的九三学社会员有")
    assert parsed is not None and parsed.title == "全国五一劳动奖章"


def test_the_front_of_a_union_workers_title_is_no_conferring_body() -> None:
    parsed = parse_honour("全国优秀工会工作者")
    assert parsed is not None and (parsed.title, parsed.conferred_by) == ("全国优秀工会工作者", [])


def test_a_naming_verb_before_a_dated_title_is_no_part_of_it() -> None:
    parsed = parse_honour("命名为2018年度全国优秀工会积极分子")
    assert parsed is not None and (parsed.title, parsed.year, parsed.conferred_by) == ("全国优秀工会积极分子", 2018, [])


def test_the_holders_named_before_a_series_are_no_part_of_it() -> None:
    parsed = parse_honour("合肥市某机械有限公司职工张立新等16位同志安徽省脱贫攻坚十大工程先锋称号")
    assert parsed is not None and (parsed.title, parsed.conferred_by) == ("安徽省脱贫攻坚十大工程先锋", [])


def test_a_counted_group_of_individuals_before_a_traditional_title_is_cut() -> None:
    parsed = parse_honour("800名個人全國優秀工會工作者")
    assert parsed is not None and (parsed.title, parsed.conferred_by) == ("全国优秀工会工作者", [])


def test_a_comrade_and_a_joyful_verb_before_a_quoted_title_are_cut() -> None:
    parsed = parse_honour("同志喜获“德清县劳动模范”")
    assert parsed is not None and parsed.title == "德清县劳动模范"


def test_a_head_count_of_individuals_after_a_series_is_no_part_of_it() -> None:
    parsed = parse_honour("获得开发建设新疆奖章的166 名个人")
    assert parsed is not None and parsed.title == "开发建设新疆奖章"


def test_medals_and_star_medals_of_an_honours_system_are_honours() -> None:
    assert phrase_kind("铜紫荆星章") == "honour"
    assert phrase_kind("荣誉勋章") == "honour"


def test_a_phrase_marked_as_a_title_is_an_honour_without_an_honour_word() -> None:
    parsed = parse_honour("“全国种粮大户”", titled=True)
    assert parsed is not None and parsed.title == "全国种粮大户"
    assert parse_honour("“全国种粮大户”") is None  # unmarked, the words alone name no honour


def test_a_title_ending_in_a_role_is_an_honour_when_marked_but_grades_and_cups_are_not() -> None:
    parsed = parse_honour("“三明市优秀人大代表”", titled=True)
    assert parsed is not None and parsed.title == "三明市优秀人大代表"
    assert parse_honour("“高级技师”", titled=True) is None
    assert parse_honour("“振兴杯”", titled=True) is None


def test_the_month_of_a_monthly_series_is_no_part_of_its_name() -> None:
    parsed = parse_honour("3月月度中国好医生", titled=True)
    assert parsed is not None and parsed.title == "中国好医生"


def test_certificates_handed_over_with_a_medal_are_no_part_of_it_and_a_clause_is_no_title() -> None:
    parsed = parse_honour("“全国五一劳动奖章”和证书")
    assert parsed is not None and parsed.title == "全国五一劳动奖章"
    assert parse_honour("煤矿工人却感动了共和国原总理") is None


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("全国劳模", "全国劳动模范"),
        ("被评为天津市劳模", "天津市劳动模范"),
        ("市劳模", "市劳动模范"),
        ("省级劳模", "省级劳模"),
    ],
)
def test_a_places_laomo_is_titled_with_the_series_name(raw: str, title: str) -> None:
    parsed = parse_honour(raw)
    assert parsed is not None and parsed.title == title and parsed.raw == raw


def test_the_holders_before_wei_in_a_naming_are_no_part_of_the_title() -> None:
    parsed = parse_honour("环卫工人为宁波市“最美环卫人”")
    assert parsed is not None and parsed.title == "宁波市最美环卫人"


def test_a_seat_marked_as_a_title_is_a_post_unless_praised() -> None:
    assert parse_honour("第十三届全国人大代表", titled=True) is None
    assert parse_honour("全国政协委员", titled=True) is None
    parsed = parse_honour("无锡市优秀政协委员", titled=True)
    assert parsed is not None and parsed.title == "无锡市优秀政协委员"


def test_a_households_honour_is_no_persons_even_when_marked_as_a_title() -> None:
    assert parse_honour("无锡市文明家庭", titled=True) is None
    assert phrase_kind("全国优秀家庭医生") == "honour"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("本次省劳动模范表彰", "省劳动模范"),
        ("和集团公司“技术标兵”", "集团公司技术标兵"),
        ("为哈尔滨市劳动模范", "哈尔滨市劳动模范"),
    ],
)
def test_a_deictic_or_joining_word_before_a_title_is_no_part_of_it(raw: str, title: str) -> None:
    parsed = parse_honour(raw)
    assert parsed is not None and parsed.title == title


def test_a_title_that_itself_opens_with_a_joining_character_keeps_it() -> None:
    parsed = parse_honour("和谐家园之星")
    assert parsed is not None and parsed.title == "和谐家园之星"


def test_a_post_word_after_the_praise_word_zhuoyue_is_an_honours_name() -> None:
    # 卓越 praises like 杰出: “国家卓越工程师” is a conferred title, 高级工程师 stays a grade
    assert phrase_kind("国家卓越工程师") == "honour"
    assert phrase_kind("高级工程师") == "position"


def test_a_list_under_an_engineers_title_gets_that_title() -> None:
    from loaders.extract import extract_text

    text = (
        "此次我省荣获“国家卓越工程师”称号的是:江淮重工机械股份有限公司周海涛、"
        "中国电子科技集团公司第三十八研究所林立新。"
    )
    people = {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}
    assert people == {"周海涛": ["国家卓越工程师"], "林立新": ["国家卓越工程师"]}


def test_an_honour_read_inside_a_bracketed_aside_leaves_the_closing_bracket_out() -> None:
    parsed = parse_honour("授予湖南省先进工作者）")
    assert parsed is not None
    assert parsed.title == "湖南省先进工作者"


def test_an_opening_bracket_left_at_the_start_of_an_honour_is_no_part_of_it() -> None:
    parsed = parse_honour("(江苏省劳动模范")
    assert parsed is not None
    assert parsed.title == "江苏省劳动模范"


def test_an_aside_in_a_sentence_gives_the_honour_without_its_bracket() -> None:
    out = extract_text(
        "中南林业科技大学教授谭晓风被授予全国五一劳动奖章（湖南省人民政府同时授予湖南省先进工作者），并作了发言。"
    )
    titles = {h["title"] for p in out["people"] for h in p["honors"]}
    assert "湖南省先进工作者" in titles
    assert not any(t.endswith(("）", ")")) for t in titles)


def test_an_honour_read_with_representative_after_it_is_the_honour() -> None:
    # 全国劳动模范代表某某发言: the holder speaks for the honourees; the title has no 代表
    parsed = parse_honour("全国劳动模范代表")
    assert parsed is not None
    assert parsed.title == "全国劳动模范"
    parsed = parse_honour("第二届北京大工匠代表")
    assert parsed is not None and (parsed.title, parsed.edition) == ("北京大工匠", "第二届")


def test_a_deputy_office_ending_in_representative_is_no_honour() -> None:
    assert parse_honour("全国人大代表") is None
    assert parse_honour("党代表") is None


def test_you_opening_a_word_of_the_name_is_kept() -> None:
    # 有色金属 is one word: its 有 is no verb before the honour (as in 有全国优秀警察)
    parsed = parse_honour("有色金属行业第四届技能大奖获得者", titled=True)
    assert parsed is not None
    assert (parsed.title, parsed.edition) == ("有色金属行业技能大奖", "第四届")


def test_a_prize_named_after_a_spirit_is_an_honour() -> None:
    # 精神 alone makes a phrase no honour (弘扬劳模精神), but X精神奖 is a prize's name
    parsed = parse_honour("中国煤炭工业第九届石圪节精神奖", titled=True)
    assert parsed is not None
    assert (parsed.title, parsed.edition) == ("中国煤炭工业石圪节精神奖", "第九届")


def test_a_reward_of_the_spirit_kind_stays_no_honour() -> None:
    assert parse_honour("给予精神奖励", titled=True) is None


def test_a_minguo_year_dates_a_taiwanese_series() -> None:
    # 南投縣111年度模範勞工: year 111 of the Minguo era is 2022, and no part of the name
    parsed = parse_honour("南投县111年度模范劳工")
    assert parsed is not None
    assert (parsed.title, parsed.year) == ("南投县模范劳工", 2022)


def test_a_two_digit_year_without_niandu_is_no_minguo_year() -> None:
    parsed = parse_honour("98年模范劳工")
    assert parsed is None or parsed.year != 2009


def test_huoxuan_is_a_verb_before_the_honour() -> None:
    parsed = parse_honour("获选为全国模范劳工")
    assert parsed is not None and parsed.title == "全国模范劳工"


def test_the_elected_and_the_recognition_after_a_title_are_no_part_of_it() -> None:
    assert parse_honour("全国模范劳工当选人").title == "全国模范劳工"  # type: ignore[union-attr]
    assert parse_honour("模范劳工肯定").title == "模范劳工"  # type: ignore[union-attr]
