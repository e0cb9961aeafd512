"""Honours of people the extractor finds, in shapes read from fresh pages (session 13, hon18): the
laureates of a counted selection named 状元 (loaders/honours.py, data/dictionaries/honour_series.yaml)."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.relations import canonical_body
from loaders.honours import edition_numerals, is_placing, parse_honour, phrase_kind
from tests.conftest import honours

# -- 十大…状元: a counted selection's laureates, not a contest's winner


def test_a_counted_selection_of_zhuangyuan_is_an_honour() -> None:
    assert not is_placing("全国十大农民女状元")
    assert phrase_kind("全国十大绿化女状元") == "honour"


def test_a_contest_zhuangyuan_stays_a_placing() -> None:
    assert is_placing("技能大赛状元")
    assert is_placing("十大岗位技能大赛状元")


def test_the_women_federation_laureate_is_keyed_with_the_news_year() -> None:
    text = (
        "2010年3月8日讯 8日，全国“三八”妇女节纪念大会在北京举行，"
        "桦南县驼腰子镇新发村农民刘凤琴荣获“全国十大农民女状元”称号。\n"
    )
    assert ("全国十大农民女状元", 2010, []) in honours(text)["刘凤琴"]


# -- a year glued to one item of a list dates that item only


def test_a_year_inside_a_list_dates_its_own_item_only() -> None:
    text = "周建华先后荣获全国劳动模范、2019年“大国工匠年度人物”、全国五一劳动奖章、全国最美职工等荣誉。\n"
    found = {t: y for t, y, _ in honours(text)["周建华"]}
    assert found["大国工匠年度人物"] == 2019
    assert found["全国五一劳动奖章"] is None
    assert found["全国最美职工"] is None


def test_a_year_glued_to_the_first_item_of_a_successive_list_stays_with_it() -> None:
    text = "周建华先后荣获2016年“齐鲁大工匠”、山东省劳动模范等称号。\n"
    found = {t: y for t, y, _ in honours(text)["周建华"]}
    assert found["齐鲁大工匠"] == 2016
    assert found["山东省劳动模范"] is None


def test_a_year_that_opens_the_clause_still_dates_every_item() -> None:
    text = "周建华2018年荣获全国五一劳动奖章、全国最美职工等荣誉。\n"
    assert [y for _, y, _ in honours(text)["周建华"]] == [2018, 2018]


# -- a short quote inside a name: the name runs to its longest honour word


def test_a_quoted_festival_name_keeps_its_model_suffix() -> None:
    text = "刘凤琴曾先后被评为黑龙江省“双学双比”能手、哈尔滨市“三八”红旗手标兵。\n"
    titles = [t for t, _, _ in honours(text)["刘凤琴"]]
    assert "哈尔滨市三八红旗手标兵" in titles
    assert "哈尔滨市三八红旗手" not in titles


def test_a_quoted_festival_name_keeps_its_whole_medal() -> None:
    text = "刘凤琴曾被评为全国“三八”绿色奖章获得者。\n"
    assert [t for t, _, _ in honours(text)["刘凤琴"]] == ["全国三八绿色奖章"]


# -- 有 before a level: the existential verb of 其中有…, no part of the honour


def test_you_before_a_national_honour_is_not_its_name() -> None:
    text = "这些老民警中,有全国优秀人民警察、省劳动模范陈立新等先进典型。\n"
    titles = [t for t, _, _ in honours(text)["陈立新"]]
    assert "全国优秀人民警察" in titles
    assert not any(t.startswith("有") for t in titles)


def test_you_that_opens_an_honour_name_stays() -> None:
    parsed = parse_honour("有为青年标兵")  # 有为 (promising) is the name's own word
    assert parsed is not None and parsed.title == "有为青年标兵"


# -- editions in Chinese numerals


def test_an_edition_in_arabic_digits_is_written_in_chinese_numerals() -> None:
    assert edition_numerals("第24届") == "第二十四届"
    assert edition_numerals("第10届") == "第十届"
    assert edition_numerals("第105届") == "第一百零五届"
    assert edition_numerals("第3批") == "第三批"


def test_an_edition_already_in_words_is_kept() -> None:
    assert edition_numerals("首届") == "首届"
    assert edition_numerals("第十四届") == "第十四届"


def test_the_extracted_honour_carries_the_numeral_edition() -> None:
    text = "日前，第26届“中国青年五四奖章”评选结果揭晓，杭州市公安局西湖区分局民警陈晓峰获第26届“中国青年五四奖章”。\n"
    profile = extract_text(text)
    (person,) = [p for p in profile["people"] if p["name"] == "陈晓峰"]
    assert [h["edition"] for h in person["honors"]] == ["第二十六届"]


# -- 被追授: a posthumous award with no body named


def test_a_posthumous_award_names_a_title_as_any_conferral_does() -> None:
    text = "消防员林海峰在扑救山火时英勇牺牲，被追授“森林卫士”称号。\n"
    assert [t for t, _, _ in honours(text)["林海峰"]] == ["森林卫士"]


def test_a_posthumous_award_of_a_list_keeps_every_title() -> None:
    text = "林海峰牺牲后被追认为革命烈士，并被追授“新时期消防勇士”等多项荣誉称号，还被追授“中国青年五四奖章”。\n"
    titles = [t for t, _, _ in honours(text)["林海峰"]]
    assert titles == ["新时期消防勇士", "中国青年五四奖章"]


# -- “X”十大人物: the counted selection after the quote is part of the name


def test_a_top_ten_after_the_quote_stays_in_the_title() -> None:
    text = "王秀英荣获2012年度“感动河南”十大人物称号。\n"
    assert honours(text)["王秀英"] == [("感动河南十大人物", 2012, [])]


def test_a_top_ten_with_its_own_praise_word_stays_too() -> None:
    text = "王秀英当选2015年度“三晋”十大杰出人物。\n"
    assert [t for t, _, _ in honours(text)["王秀英"]] == ["三晋十大杰出人物"]


# -- a run of levels before one honour word: one honour per level


def test_levels_before_one_honour_word_are_honours_of_their_own() -> None:
    text = "赵立军是铸造车间的班长，先后被评为市、省劳动模范。\n"
    titles = [t for t, _, _ in honours(text)["赵立军"]]
    assert titles == ["市劳动模范", "省劳动模范"]


def test_a_counted_run_of_levels_drops_its_count() -> None:
    text = "赵立军先后获得县、市、省三级劳动模范称号。\n"
    titles = [t for t, _, _ in honours(text)["赵立军"]]
    assert titles == ["县劳动模范", "市劳动模范", "省劳动模范"]


def test_levels_before_a_quoted_name_keep_their_level_word() -> None:
    text = "赵立军先后获得市级、省级“劳动模范”称号与“全国五一劳动奖章”。\n"
    titles = [t for t, _, _ in honours(text)["赵立军"]]
    assert titles == ["市级劳动模范", "省级劳动模范", "全国五一劳动奖章"]


def test_one_level_stays_one_honour() -> None:
    text = "赵立军2015年被评为省劳动模范。\n"
    assert honours(text)["赵立军"] == [("省劳动模范", 2015, [])]


# -- short names of the party's central departments


def test_the_central_organisation_department_gets_its_full_name() -> None:
    assert canonical_body("中央组织部") == "中共中央组织部"
    assert canonical_body("中组部") == "中共中央组织部"


def test_a_joint_campaign_of_two_central_departments_names_both_in_full() -> None:
    text = (
        "本报讯 12月2日晚，全国“最美公务员”发布仪式播出，永安镇党委书记刘长海成为全国“最美公务员”之一。"
        "中央组织部、中央宣传部联合开展“最美公务员”学习宣传活动。\n"
    )
    (found,) = honours(text)["刘长海"]
    assert found[2] == ["中共中央组织部", "中共中央宣传部"]


# -- a nomination after the quote: past a space, and in an enumeration of names


def test_a_nomination_after_a_space_is_still_the_nomination() -> None:
    text = "王秀兰荣获“最美巾帼志愿者” 提名奖。\n"
    assert [t for t, _, _ in honours(text)["王秀兰"]] == ["最美巾帼志愿者提名奖"]


def test_the_named_nominees_hold_the_nomination_not_the_title() -> None:
    text = "周丽华、蒋春燕等10人被评为“最美巾帼志愿者”，王秀兰、刘晓梅等10人获“最美巾帼志愿者”提名奖。\n"
    found = honours(text)
    assert [t for t, _, _ in found["周丽华"]] == ["最美巾帼志愿者"]
    assert [t for t, _, _ in found["王秀兰"]] == ["最美巾帼志愿者提名奖"]


# -- 评选出 before a place: the verb's tail 出 is no part of the honour


def test_chu_of_a_selection_verb_is_not_in_the_title() -> None:
    parsed = parse_honour("出荆门市“最美妇联人”")
    assert parsed is not None and parsed.title == "荆门市最美妇联人"


def test_a_list_repeating_the_short_name_takes_the_place_not_the_verb() -> None:
    text = "周丽华、蒋春燕等10人被评为“最美妇联人”。经过层层推选，全市共评选出宜昌市“最美妇联人”10人。\n"
    assert [t for t, _, _ in honours(text)["周丽华"]] == ["宜昌市最美妇联人"]


def test_an_honour_that_opens_with_chu_stays_whole() -> None:
    parsed = parse_honour("出彩河南人")
    assert parsed is None or parsed.title == "出彩河南人"


# -- 获此殊荣 after a name described by an earlier honour


def test_this_honour_points_back_past_the_person_s_own_description() -> None:
    text = (
        "近日，省总工会正式发布“2022八闽工匠年度人物”名单。"
        "省劳动模范、福州某机械公司总工程师林志坚是我市唯一获此殊荣的工匠。\n"
    )
    titles = [t for t, _, _ in honours(text)["林志坚"]]
    assert "八闽工匠年度人物" in titles
    assert "省劳动模范" in titles


def test_the_noun_this_honour_describes_is_no_honour_of_its_own() -> None:
    text = "近日，省总工会正式发布“2022八闽工匠年度人物”名单。林志坚是我市唯一获此殊荣的漳州工匠。\n"
    assert [t for t, _, _ in honours(text)["林志坚"]] == ["八闽工匠年度人物"]


# -- a line that introduces a person inside one block: its unnamed honours are that person's


def test_a_bullet_line_that_introduces_a_person_keeps_its_honours() -> None:
    text = (
        "人物风采\n\n"
        "王建华,1965年3月出生于河南省郑州市,现任郑州市第一人民医院院长。\n"
        "  • 刘淑芬,原名刘小芬,是登封市大冶镇中心小学校长。先后荣获“全国模范教师”、“河南省师德标兵”等荣誉称号。\n"
    )
    found = honours(text)
    assert [t for t, _, _ in found["刘淑芬"]] == ["全国模范教师", "河南省师德标兵"]
    assert found.get("王建华", []) == []


# -- a list line that opens with its year and 年度


def test_a_line_opening_with_a_yearly_series_keeps_the_whole_name() -> None:
    text = "张永红，南通市第一人民医院护士长。\n主要荣誉：\n2019年度 南通市最美护士\n2021年 江苏省优秀护士\n"
    found = dict((t, y) for t, y, _ in honours(text)["张永红"])
    assert found.get("南通市最美护士") == 2019
    assert not any(t.startswith("度") for t in found)


def test_levels_before_a_quote_in_a_glossed_mirror_text_are_read_too() -> None:
    text = "44歲的李長林是某汽車廠的模具鉗工，先后獲得企業(yè)、市級(jí)、省級(jí)“勞動(dòng)模范”稱號(hào)。\n"
    titles = [t for t, _, _ in honours(text)["李長林"]]
    assert titles == ["企业劳动模范", "市级劳动模范", "省级劳动模范"]


# -- a clause whose subject is a group of others: its honours are not the profiled person's


def test_the_apprentices_honours_are_not_the_master_s() -> None:
    text = (
        "李长林是某汽车厂的模具钳工，先后获得省级劳动模范称号。"
        "以他为带头人的创新工作室培养出了一大批高技能人才，其中多人荣获吉林省“首席技师”“全国技术能手”等荣誉称号。\n"
    )
    assert [t for t, _, _ in honours(text)["李长林"]] == ["省级劳动模范"]


def test_a_counted_group_of_apprentices_holds_its_own_honour() -> None:
    text = "王强是机修厂钳工，2016年获评全国技术能手。他带出徒弟50多名，其中8人被评为省技术能手。\n"
    assert honours(text)["王强"] == [("全国技术能手", 2016, [])]


# -- a household's plaque


def test_a_meritorious_family_plaque_is_no_person_s_honour() -> None:
    assert phrase_kind("一等功臣之家") != "honour"
    text = "4月25日，消防救援支队为消防员周海波及其家属送上“一等功臣之家”牌匾。周海波2008年加入消防队伍。\n"
    assert honours(text).get("周海波", []) == []


# -- 被 BODY 评为“X”: the passive frame's verb marks a quoted title, as 被评为 does


def test_a_quoted_title_after_a_passive_body_frame_is_an_honour() -> None:
    text = "李振华被福建省消防救援总队评为“入职培训全优队员”。\n"
    assert honours(text)["李振华"] == [("入职培训全优队员", None, ["福建省消防救援总队"])]


def test_a_passive_frame_keeps_both_of_a_resume_s_titles() -> None:
    text = "李振华先后被国家消防救援局授予“训练标兵”，被福建省消防救援总队评为“入职培训全优队员”。\n"
    titles = [t for t, _, _ in honours(text)["李振华"]]
    assert titles == ["训练标兵", "入职培训全优队员"]


# -- a national award named as one (全国…奖, 中国…奖)


def test_a_national_award_by_its_name_is_an_honour() -> None:
    assert phrase_kind("全国脱贫攻坚奖奋进奖") == "honour"
    assert phrase_kind("中国青年科技奖") == "honour"


def test_a_national_contest_s_prize_stays_a_placing() -> None:
    assert phrase_kind("全国职业技能大赛一等奖") != "honour"
    assert phrase_kind("全国职工创新大赛奖") != "honour"


def test_the_winner_of_a_national_award_is_found_with_it() -> None:
    text = "2020-10-17\n本报讯 今天，2020年全国脱贫攻坚奖表彰大会在北京举行。东平县某村党支部书记陈立军获得全国脱贫攻坚奖奋进奖。\n"
    assert ("全国脱贫攻坚奖奋进奖", 2020, []) in honours(text)["陈立军"]


def test_a_dated_national_award_is_an_honour_with_its_year() -> None:
    parsed = parse_honour("2016年全国脱贫攻坚奖贡献奖")
    assert parsed is not None and (parsed.title, parsed.year) == ("全国脱贫攻坚奖贡献奖", 2016)


# -- HONOUR——NAME: a dash right before the name closes the descriptor


def test_an_honour_dash_name_headline_gives_the_honour() -> None:
    text = "2016年全国脱贫攻坚奖贡献奖——陈秀英\n她扶贫16年，两次到贫困村担任第一书记。\n"
    assert ("全国脱贫攻坚奖贡献奖", 2016, []) in honours(text)["陈秀英"]


def test_a_headline_before_a_dash_and_ji_is_still_no_descriptor() -> None:
    text = "焊花里的青春——记全国技术能手王强\n他是焊工。\n"
    assert [t for t, _, _ in honours(text)["王强"]] == ["全国技术能手"]


# -- a party branch's or a village's honour is a collective's


def test_a_village_s_honours_are_not_its_secretary_s() -> None:
    text = (
        "王秀兰任大吴庄村第一书记期间，带领村民艰苦创业，"
        "大吴庄村被评为河南省生态文明示范村、驻马店市先进党支部。她先后被评为全国劳动模范。\n"
    )
    assert [t for t, _, _ in honours(text)["王秀兰"]] == ["全国劳动模范"]


def test_a_quoted_name_followed_by_renwu_keeps_it() -> None:
    text = "陈秀英先后被评为全国劳动模范、全国“三农”人物、全国三八红旗手标兵。\n"
    assert "全国三农人物" in [t for t, _, _ in honours(text)["陈秀英"]]


# -- an honour written short after the article named it in full, unquoted


def test_a_short_honour_takes_the_one_full_name_written_before_it() -> None:
    text = (
        "2月25日，全国脱贫攻坚总结表彰大会在北京举行，大会对全国脱贫攻坚楷模荣誉称号获得者、"
        "全国脱贫攻坚先进个人、先进集体进行了表彰。\n"
        "我市受表彰的2名先进个人分别是某县扶贫办主任张立新，某镇党委书记刘永昌。\n"
    )
    found = honours(text)
    assert [t for t, _, _ in found["张立新"]] == ["全国脱贫攻坚先进个人"]


def test_two_full_names_with_the_ending_leave_the_short_one() -> None:
    text = (
        "会上表彰了全国脱贫攻坚先进个人、全省扶贫先进个人。\n"
        "我市受表彰的2名先进个人分别是某县扶贫办主任张立新，某镇党委书记刘永昌。\n"
    )
    assert [t for t, _, _ in honours(text)["张立新"]] == ["先进个人"]


# -- 受到X表彰 at the end of a line: the next line that lists the commended is in its scope


def test_the_bodies_that_commended_reach_the_list_of_the_commended() -> None:
    text = (
        "2月25日，全国脱贫攻坚总结表彰大会在北京举行。我市5名个人受到党中央、国务院表彰。\n\n"
        "我市受表彰的5名先进个人分别是某县扶贫办主任张立新，某镇党委书记刘永昌。\n"
    )
    assert honours(text)["张立新"][0][2] == ["中共中央", "国务院"]


def test_an_award_for_a_piece_of_work_is_not_a_person_s_honour() -> None:
    assert phrase_kind("中国机械工业科学技术奖") != "honour"
    assert phrase_kind("中国专利金奖") != "honour"


def test_a_clause_ending_in_the_honour_is_no_fuller_name() -> None:
    text = (
        "会议授予六十名先进人物以“劳动英雄”称号。"
        "石油系统有四十名劳动英雄，其中包括林建华、周德明，“钢铁钻工”钱卫东，模范家属孙海燕等。\n"
    )
    assert [t for t, _, _ in honours(text)["林建华"]] == ["劳动英雄"]
