"""Honours in shapes read from fresh résumés, features, ministries' notices and headlines
(loaders/extract/relations.py fuller_titles, steps.py decision_covers and honours_tidied,
facts.py decisions_in and year_before, frames.py _year_of, loaders/honours.py): a career list keeps
its honours undated when another person's line dates the same series, the later items of a
decision's title share the scope of its first, a decision issued by 发文, 追授 cut from a raw, 之一
after a name, a demonstrative read as a name, a bracket's remnant and a headline's separator read
into a title, and 1980年来 as a period's start."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.steps import decision_covers
from tests.conftest import conferrers, honours


def _raws(text: str) -> dict[str, list[tuple[str, str]]]:
    return {p["name"]: [(h["title"], h["raw"]) for h in p.get("honors", [])] for p in extract_text(text)["people"]}


def test_a_career_list_does_not_take_the_year_another_person_won_the_series() -> None:
    text = (
        "许振超，山东港青岛港前湾集装箱码头有限公司工程部固机高级经理。先后获得“全国优秀工人”、“全国五一劳动奖章”等荣誉称号。\n"
        "胡双钱，1960年7月出生，中国商飞上海飞机制造有限公司数控加工车间钳工组组长。"
        "2016年4月，胡双钱获得2016年度“全国五一劳动奖章”。"
    )
    assert ("全国五一劳动奖章", None, []) in honours(text)["许振超"]


def test_a_later_item_of_a_decisions_title_shares_the_scope_of_the_first() -> None:
    body = "表彰全国卫生健康系统先进集体、先进工作者及“白求恩奖章”获得者"
    assert decision_covers(body, "全国卫生健康系统先进工作者")


def test_a_decision_scope_is_not_lent_to_another_levels_title() -> None:
    assert not decision_covers("表彰全国卫生健康系统先进集体、先进工作者", "湖南省先进工作者")


def test_bodies_that_issued_a_decision_by_fawen_confer_what_it_covers() -> None:
    text = (
        "3月31日，人社部、国家卫健委发文《关于表彰全国卫生健康系统先进集体、先进工作者及“白求恩奖章”获得者的决定》。"
        "秦皇岛市中医医院院长、主任医师李刚荣获“全国卫生健康系统先进工作者”。"
    )
    assert conferrers(text)["李刚"] == [("全国卫生健康系统先进工作者", ["人力资源和社会保障部", "国家卫生健康委员会"])]


def test_a_posthumous_grant_is_cut_from_the_raw() -> None:
    text = "近日，内蒙古公安民警何建华被公安部追授“全国公安系统二级英雄模范”称号。"
    assert _raws(text)["何建华"] == [("全国公安系统二级英雄模范", "“全国公安系统二级英雄模范”")]


def test_zhiyi_after_a_name_is_no_part_of_it() -> None:
    text = "赵梦桃，1935年出生，河南省洛阳市人。2009年9月14日，她被评为100位新中国成立以来感动中国人物之一。"
    titles = [t for t, _ in _raws(text)["赵梦桃"]]
    assert titles and not any(t.endswith("之一") for t in titles)


def test_a_demonstrative_with_a_medal_word_names_no_honour() -> None:
    text = "2013年1月7日，华山医院终身教授翁心华被授予“白求恩奖章”。华山医院顾玉东院士曾于1996年获此奖章。"
    assert all(t != "此奖章" for hs in _raws(text).values() for t, _ in hs)


def test_a_brackets_remnant_and_its_verb_are_cut_from_a_title() -> None:
    text = "赵琳丽等60位同志(含党会广等18位各类技能比武活动第一名获得者)获“阜阳市五一劳动奖章”称号。"
    assert [t for t, _ in _raws(text)["赵琳丽"]] == ["阜阳市五一劳动奖章"]


def test_a_headlines_separator_and_holder_word_are_cut_from_a_title() -> None:
    text = "“七一勋章”获得者丨黄宝妹——勤勤恳恳\n  黄宝妹，上海人，1952年11月入党。两次荣获“全国劳动模范”称号。"
    titles = [t for t, _ in _raws(text)["黄宝妹"]]
    assert "七一勋章" in titles and not any("丨" in t or t.endswith("获得者") for t in titles)


def test_a_year_followed_by_lai_opens_a_period_and_dates_no_honour() -> None:
    text = "1980年来，郑小凤先后荣获“鞋山湖市好人奖”、“全国劳动模范”等荣誉称号。"
    assert honours(text)["郑小凤"] == [("鞋山湖市好人奖", None, []), ("全国劳动模范", None, [])]


def test_a_year_followed_by_laidao_still_dates_the_sentence() -> None:
    text = "1980年来到公司，郑小凤荣获“全国劳动模范”称号。"
    assert honours(text)["郑小凤"] == [("全国劳动模范", 1980, [])]


def test_the_space_a_list_leaves_before_a_quote_is_cut_from_the_raw() -> None:
    text = "郑小凤先后荣获“鞋山湖市好人奖”、 “省女职工建功立业标兵”等荣誉称号。"
    assert ("省女职工建功立业标兵", "“省女职工建功立业标兵”") in _raws(text)["郑小凤"]


def test_a_master_named_for_a_person_is_no_honour() -> None:
    text = "她有个好师傅，也就是当过朱先进师傅的黄红梅。黄红梅，是新中国第一代纺织工人的杰出代表。"
    assert all(not t.endswith("师傅") for hs in _raws(text).values() for t, _ in hs)


def test_a_caption_run_into_the_next_line_gives_no_conferrer_and_no_honour() -> None:
    text = (
        "广州市国研机械设备制造有限公司市场部经理刘启刚同志当选广州市劳动模范。\n"
        "广州市委书记朱小丹(右一)、市长张广宁(右二)为刘启刚等劳模颁奖并合影留念\n"
        "广州市委、市政府授予刘启刚同志广州市劳动模范奖状"
    )
    assert conferrers(text)["刘启刚"] == [("广州市劳动模范", ["中共广州市委", "广州市人民政府"])]


def test_a_holders_unit_before_a_national_series_is_no_part_of_its_title_or_raw() -> None:
    text = (
        "华山医院“白求恩奖章”获得者翁心华终身教授赴京接受表彰\n"
        "2013年1月7日，在京召开的全国卫生工作会议对“白求恩奖章”获得者进行了隆重表彰。"
    )
    assert _raws(text)["翁心华"] == [("白求恩奖章", "“白求恩奖章”")]


def test_a_later_quoted_name_with_its_own_level_shares_no_prefix_in_its_raw() -> None:
    text = "郑小凤先后荣获河南省“五一劳动奖章”、“全国劳动模范”等荣誉称号。"
    assert _raws(text)["郑小凤"] == [
        ("河南省五一劳动奖章", "河南省“五一劳动奖章”"),
        ("全国劳动模范", "“全国劳动模范”"),
    ]
