"""Honours of people the extractor finds, in shapes read from fresh profiles and features (session 12,
hon17): praise before a post that names its kind of unit, a star rating and the Youth League's
突击手 series (loaders/honours.py, data/dictionaries/honour_series.yaml); two conferring bodies
joined by 和 are no body's full name (loaders/extract/context.py); nicknames (被誉为“…”, a listicle's
numbered epithet line, a title holding its holder's name) are dropped (loaders/extract/falsehonours.py)."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.context import fuller_body
from loaders.extract.relations import canonical_body
from loaders.extract.steps import _quoted_run_parts
from loaders.honours import phrase_kind
from tests.conftest import honours

# -- praise before a post that names its unit


def test_praise_before_a_village_party_post_is_an_honour() -> None:
    assert phrase_kind("全省优秀村级党组织书记") == "honour"
    assert phrase_kind("优秀农村党支部书记") == "honour"


def test_a_star_rating_before_a_post_is_an_honour() -> None:
    assert phrase_kind("四星级农村党支部书记") == "honour"


def test_the_post_alone_stays_a_post() -> None:
    assert phrase_kind("农村党支部书记") == "position"
    assert phrase_kind("村级党组织书记") == "position"


def test_a_dated_resume_clause_keys_the_praised_post_with_its_year_and_body() -> None:
    text = "李桂兰是东河镇王庄村党支部书记。2009年被县委授予“优秀农村党支部书记”称号，2012年被评为县劳动模范。\n"
    found = honours(text)["李桂兰"]
    assert ("优秀农村党支部书记", 2009) in [(t, y) for t, y, _ in found]


# -- the Youth League's 突击手


def test_new_long_march_commando_is_an_honour() -> None:
    text = "宋丽华是棉纺厂的挡车工。1986年被共青团聊城市委评为“新长征突击手”。\n"
    assert honours(text)["宋丽华"] == [("新长征突击手", 1986, ["共青团聊城市委"])]


# -- two bodies joined are not one body's full name


def test_a_body_is_not_filled_out_to_two_bodies_joined_by_he() -> None:
    names = ["共青团山东省委和聊城市委", "山东省妇联"]
    assert fuller_body("共青团聊城市委", names) == "共青团聊城市委"


def test_one_body_with_he_in_its_name_is_still_its_full_name() -> None:
    names = ["山东省人力资源和社会保障厅"]
    assert fuller_body("省人社厅", names) == "山东省人力资源和社会保障厅"


def test_the_earlier_clause_keeps_its_own_league_committee() -> None:
    text = (
        "宋丽华是棉纺厂的挡车工。1986年被共青团聊城市委评为“新长征突击手”；"
        "1987年被共青团山东省委和聊城市委评为“优秀团员”。\n"
    )
    found = dict((t, c) for t, _, c in honours(text)["宋丽华"])
    assert found["新长征突击手"] == ["共青团聊城市委"]


# -- nicknames are no honours


def test_a_nickname_given_by_beiyuwei_is_no_honour() -> None:
    text = "周建平是东方汽轮机厂的钳工组组长，被誉为“叶片工匠”。2016年4月，周建平获得“全国五一劳动奖章”。\n"
    assert [t for t, _, _ in honours(text)["周建平"]] == ["全国五一劳动奖章"]


def test_a_level_after_beiyuwei_still_names_an_honour() -> None:
    text = "周建平是东方汽轮机厂的钳工组组长，2015年被誉为“四川省劳动模范”。\n"
    assert [t for t, _, _ in honours(text)["周建平"]] == ["四川省劳动模范"]


def test_a_listicles_numbered_epithet_line_is_no_honour() -> None:
    text = (
        "十位劳模的故事\n\n"
        "1，金牌焊工周建平\n\n"
        "周建平，1962年出生，东方汽轮机厂焊工。先后获得“全国技术能手”、“全国五一劳动奖章”等荣誉称号。\n"
    )
    assert [t for t, _, _ in honours(text)["周建平"]] == ["全国技术能手", "全国五一劳动奖章"]


def test_a_title_that_holds_its_holders_name_is_no_honour() -> None:
    text = (
        "2022年十大工匠事迹\n\n"
        "3.叶片工匠周建平\n\n"
        "周建平，1960年7月出生，东方汽轮机厂钳工组组长。2016年4月，周建平获得“全国五一劳动奖章”。\n"
    )
    assert [t for t, _, _ in honours(text)["周建平"]] == ["全国五一劳动奖章"]


# -- 她是X: the pronoun and its copula are no part of the name


def test_a_copula_before_a_national_title_is_cut_and_the_honour_kept() -> None:
    text = "罗秀英是福州东飞环境集团有限公司的一名内河保洁员。\n她是全国五一巾帼标兵\n"
    assert [t for t, _, _ in honours(text)["罗秀英"]] == ["全国五一巾帼标兵"]


# -- honours told as held keep no year of the page


def test_a_list_of_the_honours_held_takes_no_page_year() -> None:
    text = (
        "青岛新闻网6月12日讯 从一名建筑队普通钢筋工成长为全国技术能手，王德胜是农民工朋友中的佼佼者。\n"
        "王德胜现为中启胶建集团建筑五分公司高级技师，获得的荣誉包括全国建筑行业技术能手、山东省首席技师、全国优秀农民工。\n"
    )
    found = honours(text, document_date="2016-06-12")["王德胜"]
    assert ("山东省首席技师", None) in [(t, y) for t, y, _ in found]


def test_being_a_holder_is_no_conferral_of_the_news_year() -> None:
    text = (
        "10月15日，2020年全国劳动模范和先进工作者拟表彰人选公示了！\n"
        "其中，福州东飞环境集团有限公司河道保洁管理员罗秀英上榜全国劳动模范。\n"
        "罗秀英\n"
        "她是全国五一劳动奖章获得者\n"
    )
    found = honours(text, document_date="2020-10-16")["罗秀英"]
    assert ("全国五一劳动奖章", None) in [(t, y) for t, y, _ in found]


# -- one quote round a list of honours


def test_a_quoted_run_of_honours_is_split_into_each() -> None:
    text = "段秀梅是唐华四棉有限公司的挡车工。段秀梅获得了“优秀党员、公司劳模、西安市劳模”等多项荣誉称号。\n"
    titles = [t for t, _, _ in honours(text)["段秀梅"]]
    assert "西安市劳动模范" in titles and "优秀党员" in titles
    assert not any("、" in t for t in titles)


def test_a_quoted_run_with_a_part_that_is_no_honour_stays_whole() -> None:
    assert _quoted_run_parts("“三八红旗手、纺织女工”") is None
    assert _quoted_run_parts("“三八红旗手、西安市劳模”") == ["三八红旗手", "西安市劳模"]


# -- a year that dates the person's own start of work


def test_the_year_work_began_is_not_the_year_of_the_honours_after_it() -> None:
    text = (
        "王新民是杨伙盘煤电公司工程部焊接高级技师。"
        "1992年参加工作以来，两次被共青团甘肃省委、甘肃省总工会联合授予“甘肃省岗位能手”称号。\n"
    )
    assert [(t, y) for t, y, _ in honours(text)["王新民"]] == [("甘肃省岗位能手", None)]


def test_the_year_after_work_began_still_counts_from_it() -> None:
    text = "王新民是杨伙盘煤电公司焊工。1992年参加工作，次年被评为“甘肃省技术标兵”。\n"
    assert [(t, y) for t, y, _ in honours(text)["王新民"]] == [("甘肃省技术标兵", 1993)]


# -- the Youth League's committee in traditional script is no party committee


def test_a_traditional_league_committee_gets_no_party_prefix() -> None:
    assert canonical_body("共青團甘肅省委") == "共青團甘肅省委"


def test_a_traditional_party_committee_still_gets_its_full_name() -> None:
    assert canonical_body("甘肅省委") == "中共甘肅省委"


# -- a headline that salutes holders names no honour


def test_a_saluting_headline_is_no_honour() -> None:
    assert phrase_kind("向劳模致敬") is None


# -- 从小学徒成长为A、B: the honours he grew into


def test_honours_grown_into_from_a_starting_point_are_held() -> None:
    text = (
        "陈国平是国网厦门供电公司带电班副班长。\n"
        "从小学徒成长为全国技术能手、福建省技能大师……这次又捧回“中华技能大奖”，有什么秘诀？\n"
    )
    titles = [t for t, _, _ in honours(text)["陈国平"]]
    assert "全国技术能手" in titles and "福建省技能大师" in titles


def test_the_verb_grown_into_is_no_part_of_the_title() -> None:
    text = "陈国平是国网厦门供电公司带电班副班长。他成长为全国技术能手、福建省技能大师。\n"
    assert [t for t, _, _ in honours(text)["陈国平"]] == ["全国技术能手", "福建省技能大师"]


# -- a resume closed by 等多项荣誉称号 on an undated page


def test_a_resume_closed_by_many_honours_takes_no_page_year() -> None:
    text = (
        "挡车高手段秀梅\n"
        "有着18年工龄的段秀梅，从18岁进厂就在唐华四棉有限公司挡车工的岗位上默默耕耘。\n"
        "段秀梅获得了“优秀党员”、“西安市劳模”等多项荣誉称号。\n"
    )
    found = honours(text, document_date="2001-06-29")["段秀梅"]
    assert ("西安市劳动模范", None) in [(t, y) for t, y, _ in found]


# -- raw: a date before the verb is no part of the name


def test_a_year_before_the_verb_is_cut_from_raw() -> None:
    text = "郑凤林是广州货运中心惠州货场的货运值班员，他在2001年获得过“火车头奖章”。\n"
    person = {p["name"]: p for p in extract_text(text)["people"]}["郑凤林"]
    assert [(h["raw"], h["year"]) for h in person["honors"]] == [("“火车头奖章”", 2001)]


def test_a_year_glued_before_the_name_stays_in_raw() -> None:
    text = "郑凤林是广州货运中心惠州货场的货运值班员，他荣获2021年“南粤工匠”称号。\n"
    person = {p["name"]: p for p in extract_text(text)["people"]}["郑凤林"]
    assert [h["raw"] for h in person["honors"]] == ["2021年“南粤工匠”"]


def test_the_verb_banshou_is_cut_from_raw() -> None:
    text = "习近平总书记为校友王启明颁授“人民楷模”国家荣誉称号奖章。王启明是大庆油田原副总地质师。\n"
    person = {p["name"]: p for p in extract_text(text)["people"]}["王启明"]
    assert "“人民楷模”" in [h["raw"] for h in person["honors"]]


# -- a series written with its 年度 dates the headline's honour of it


def test_a_yearly_series_in_the_body_dates_the_headlines_honour() -> None:
    text = (
        "金锣山村刘秀兰获湖北省“最美巾帼奋斗者”荣誉称号\n"
        "发布时间：2023-03-22\n"
        "3月21日，市、县妇联一行到草店镇为金锣山村党支部书记刘秀兰送去省妇联颁发的2022年度“最美巾帼奋斗者”荣誉证书和奖杯。\n"
    )
    found = honours(text, document_date="2023-03-22")["刘秀兰"]
    assert [y for _, y, _ in found] == [2022]


def test_two_yearly_rounds_of_the_series_leave_the_page_year() -> None:
    text = (
        "金锣山村刘秀兰获湖北省“最美巾帼奋斗者”荣誉称号\n"
        "发布时间：2023-03-22\n"
        "3月21日，市妇联一行到草店镇为刘秀兰送去荣誉证书。该镇此前已有2020年度“最美巾帼奋斗者”和2021年度“最美巾帼奋斗者”各一名。\n"
    )
    found = honours(text, document_date="2023-03-22")["刘秀兰"]
    assert found[0][1] == 2023  # the headline's honour: two 年度 rounds name no one year


# -- two quoted names sharing the honour word after the second


def test_quoted_names_joined_by_he_share_the_honour_word_after_them() -> None:
    text = "王新民是焊接高级技师，在神华工作期间，获“爱岗敬业”和“业务技能”标兵等荣誉称号。\n"
    assert [t for t, _, _ in honours(text)["王新民"]] == ["爱岗敬业标兵", "业务技能标兵"]


def test_chenghao_after_the_second_name_is_no_shared_word() -> None:
    text = "王新民是焊接高级技师，荣获“全国劳动模范”和“全国五一劳动奖章”称号。\n"
    assert [t for t, _, _ in honours(text)["王新民"]] == ["全国劳动模范", "全国五一劳动奖章"]


# -- 以及 joins the next item: the words before it are no prefix of the next name


def test_yiji_starts_the_next_items_prefix() -> None:
    text = "王新民是焊接高级技师，在神华工作期间，获“业务技能”标兵以及神华国神集团“劳动模范”等荣誉称号。\n"
    found = {t: c for t, _, c in honours(text)["王新民"]}
    assert found.get("神华国神集团劳动模范") == ["神华国神集团"]


# -- a long meeting name still dates the conferrals it opens on


def test_a_long_meeting_name_with_its_year_dates_all_the_honours_told() -> None:
    text = (
        "向劳模致敬\n"
        "4月29日，2022年陕西省庆祝“五一”国际劳动节暨省劳动模范、先进工作者和先进集体表彰大会在西安召开。"
        "集团所属杨伙盘煤电公司王新民被评为“陕西省劳动模范”“三秦工匠”、并获“陕西省五一劳动奖章”。\n"
    )
    assert [y for _, y, _ in honours(text)["王新民"]] == [2022, 2022, 2022]


# -- a selection is an event, not the honour it gives


def test_a_selection_is_no_honour() -> None:
    assert phrase_kind("最美浙江人——2015年度浙江骄傲人物评选") is None


def test_the_honour_the_selection_gives_is_kept() -> None:
    text = (
        "昨天晚上，“最美浙江人——2015年度浙江骄傲人物评选”活动颁奖典礼在杭州隆重举行。"
        "我县畜牧医生陈淑兰获得“浙江骄傲”荣誉，当选“最美浙江人”。\n"
    )
    titles = [t for t, _, _ in honours(text, document_date="2016-01-22")["陈淑兰"]]
    assert "浙江骄傲" in titles and not any("评选" in t for t in titles)
