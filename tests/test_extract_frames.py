"""Stage 4 (loaders/extract/frames.py): trigger frames read one sentence with its person mentions.

Each test is one frame or rule of data/dictionaries/triggers.yaml, on an invented sentence.
"""

from __future__ import annotations

from loaders.extract.frames import (
    blocked_spans,
    honour_relations,
    split_bodies,
    trigger_table,
    vetoed,
)
from loaders.extract.mentions import PersonSpan
from tests.conftest import honours


def spans(text: str, *names: str) -> list[PersonSpan]:
    """Person mentions of ``names`` at their first occurrence after the previous one."""
    out, pos = [], 0
    for name in names:
        i = text.index(name, pos)
        out.append(PersonSpan(name, i, i + len(name)))
        pos = i + len(name)
    return out


def tuples(text: str, *names: str, before: str = "", doc_year: int | None = None) -> list[tuple]:
    return [
        (r.persons, r.title, r.year, r.edition, r.conferred_by)
        for r in honour_relations(text, spans(text, *names), doc_year=doc_year, before=before)
    ]


def test_the_trigger_words_are_data() -> None:
    table = trigger_table()
    assert "荣获" in table.receive and "被评为" in table.receive
    assert "授予" in table.grant_verbs and "说" in table.speech_verbs
    assert "劳动模范" in table.honour_suffixes


def test_a_plain_receive_frame_links_subject_and_unquoted_honour() -> None:
    assert tuples("刘建国荣获全国五一劳动奖章。", "刘建国") == [(("刘建国",), "全国五一劳动奖章", None, None, ())]


def test_a_dated_clause_gives_the_year_and_the_edition_stays_apart() -> None:
    assert tuples("2022年，韩冰被评为第二届“洛阳工匠”。", "韩冰") == [(("韩冰",), "洛阳工匠", 2022, "第二届", ())]


def test_a_passive_frame_names_its_conferrers() -> None:
    got = tuples("苏立强被人社部和全国总工会联合授予“全国技术能手”称号。", "苏立强")
    assert got == [(("苏立强",), "全国技术能手", None, None, ("人社部", "全国总工会"))]


def test_a_grant_frame_puts_the_persons_after_the_verb() -> None:
    got = tuples("市总工会授予张伟、李娜“焦作工匠”称号。", "张伟", "李娜")
    assert got == [(("张伟", "李娜"), "焦作工匠", None, None, ("市总工会",))]


def test_a_grant_to_a_pronoun_leaves_the_subject_to_the_document() -> None:
    got = tuples("次年，全国总工会授予他“全国五一劳动奖章”。", before="2014年，魏红军被授予“陕西省劳动模范”称号。")
    assert got == [((), "全国五一劳动奖章", 2015, None, ("全国总工会",))]


def test_a_ba_frame_reads_body_person_and_honour() -> None:
    got = tuples("2021年，河南省总工会把农机手牛长顺评为“河南省五一劳动奖章”获得者。", "牛长顺")
    assert got == [(("牛长顺",), "河南省五一劳动奖章", 2021, None, ("河南省总工会",))]


def test_coordinated_subjects_each_receive_every_listed_honour() -> None:
    got = tuples("张伟、王强和李娜先后荣获全国劳动模范、全国五一劳动奖章等荣誉。", "张伟", "王强", "李娜")
    assert [g[:2] for g in got] == [
        (("张伟", "王强", "李娜"), "全国劳动模范"),
        (("张伟", "王强", "李娜"), "全国五一劳动奖章"),
    ]


def test_a_comma_list_of_unit_post_name_entries_is_one_subject_list() -> None:
    text = "鞍钢股份炼铁总厂总作业长刘振宇，矿业集团选矿厂班长谷安成荣获辽宁省劳动模范称号。"
    assert tuples(text, "刘振宇", "谷安成")[0][0] == ("刘振宇", "谷安成")


def test_a_relative_clause_gives_the_honour_to_the_name_after_de() -> None:
    got = tuples("荣膺“全国劳动模范”称号的采煤队长向前进，把奖章交给了父亲。", "向前进")
    assert got == [(("向前进",), "全国劳动模范", None, None, ())]


def test_a_subjectless_clause_after_a_date_is_left_to_the_document() -> None:
    assert tuples("2016年，被评为河南省技术能手。") == [((), "河南省技术能手", 2016, None, ())]


def test_a_clause_whose_subject_is_no_known_person_gives_nothing() -> None:
    assert tuples("10位一线技术工人获评2024年“大国工匠年度人物”。") == []


def test_tongnian_and_cinian_count_from_the_previous_dated_fact() -> None:
    assert tuples("同年，她还荣获“辽宁省五一劳动奖章”。", before="2019年，韩梅入选首批“辽宁工匠”。")[0][2] == 2019
    assert tuples("次年荣获“全国五一劳动奖章”。", before="黄河于2012年获评“山东省劳动模范”。")[0][2] == 2013


def test_a_birth_year_never_dates_an_honour() -> None:
    assert tuples("张伟1975年出生，荣获全国技术能手称号。", "张伟")[0][2] is None


def test_respective_years_pair_with_the_honours_in_order() -> None:
    got = tuples("邢国华分别于2016年和2019年被评为“焦作工匠”和“河南省劳动模范”。", "邢国华")
    assert [(g[1], g[2]) for g in got] == [("焦作工匠", 2016), ("河南省劳动模范", 2019)]


def test_quoted_honours_in_a_run_share_their_issuer_prefix() -> None:
    got = tuples("他先后荣获焦煤公司“首席员工”“技术标兵”；河南省“劳动模范”等多项荣誉称号。")
    assert [g[1] for g in got] == ["焦煤公司首席员工", "焦煤公司技术标兵", "河南省劳动模范"]


def test_an_anaphoric_honour_is_the_one_named_last() -> None:
    got = tuples("2023年“焦作工匠”评选结果揭晓，电工张伟获此殊荣。", "张伟")
    assert got == [(("张伟",), "焦作工匠", 2023, None, ())]


def test_an_anaphoric_honour_reaches_a_quoted_title_counted_in_people() -> None:
    # “优秀乡村医生” has no honour word; the head count 46名 before it marks it as a title
    text = "市卫健委近日对46名“优秀乡村医生”进行了通报表彰，我县村医方建国、卢春梅等2人获此殊荣。"
    got = tuples(text, "方建国", "卢春梅")
    assert [(g[0], g[1]) for g in got] == [(("方建国", "卢春梅"), "优秀乡村医生")]


def test_an_anaphoric_honour_reaches_a_quoted_title_followed_by_chenghao() -> None:
    got = tuples("我县村医方建国获此殊荣。", "方建国", before="方建国荣获“十佳乡村医生”称号\n")
    assert [(g[0], g[1]) for g in got] == [(("方建国",), "十佳乡村医生")]


def test_an_anaphoric_honour_skips_a_quoted_slogan_not_marked_as_a_title() -> None:
    # “两学一做” is quoted but neither counted in people nor followed by 称号: no title to point back to
    assert tuples("在“两学一做”学习教育中，村医方建国获此殊荣。", "方建国") == []


def test_an_anaphoric_honour_reaches_an_award_conferred_at_an_event() -> None:
    # no honour phrase before 获此殊荣, but the clause before names an award and its 颁奖
    text = "第三届全国乡村医生奖昨天在杭州颁奖，我县村医方建国、卢春梅等20名医生获此殊荣。"
    got = tuples(text, "方建国", "卢春梅")
    assert [(g[0], g[1]) for g in got] == [(("方建国", "卢春梅"), "全国乡村医生奖")]


def test_an_award_without_its_conferral_event_is_no_antecedent() -> None:
    assert tuples("全国乡村医生奖的评选标准很严，我县村医方建国获此殊荣。", "方建国") == []


def test_a_list_after_a_colon_gives_the_heads_honour_to_everyone_listed() -> None:
    text = "获得2024年“三晋工匠”称号的有：太钢炉前工王建，潞安化工采煤机司机李虎。"
    assert tuples(text, "王建", "李虎") == [(("王建", "李虎"), "三晋工匠", 2024, None, ())]


def test_an_honours_heading_lists_the_documents_subjects_honours_with_bracket_years() -> None:
    got = tuples("主要荣誉：全国劳动模范（2020年）、全国技术能手（2014年）")
    assert [(g[0], g[1], g[2]) for g in got] == [((), "全国劳动模范", 2020), ((), "全国技术能手", 2014)]


def test_hoped_for_or_failed_honours_give_nothing() -> None:
    assert tuples("吴建平有望获得今年的全国五一劳动奖章。", "吴建平") == []
    assert tuples("赵强未能入选“三秦工匠”。", "赵强") == []
    assert tuples("王芳立志成为一名大国工匠。", "王芳") == []


def test_candidates_collectives_and_grade_words_are_vetoed_titles() -> None:
    assert vetoed("全国劳动模范候选人") and vetoed("优秀") and vetoed("全国示范性劳模创新工作室")
    assert not vetoed("大国工匠年度人物提名人选")


def test_a_notice_sentence_and_a_collective_subject_are_blocked() -> None:
    assert blocked_spans("拟授予孙海涛等20名同志“郑州市劳动模范”称号（公示稿）。", []) != []
    text = "孙丽华创新工作室入选全国示范性劳模和工匠人才创新工作室。"
    assert blocked_spans(text, spans(text, "孙丽华")) != []


def test_an_official_handing_over_an_award_is_blocked_but_the_recipients_are_not() -> None:
    text = "市长孙志刚为新当选的“焦作工匠”授牌。"
    assert blocked_spans(text, spans(text, "孙志刚")) != []
    text = "王建国为荣获“山西省五一劳动奖章”的太钢炉前工李虎颁奖。"
    assert blocked_spans(text, spans(text, "王建国", "李虎")) == []


def test_bodies_are_split_restored_and_resolved_to_the_place_named() -> None:
    assert split_bodies("河南省总工会、河南省人力资源和社会保障厅联合") == (
        "河南省总工会",
        "河南省人力资源和社会保障厅",
    )
    assert split_bodies("辽宁省委、省政府") == ("辽宁省委", "辽宁省政府")
    assert split_bodies("市委、市政府", "郑州市举行劳模表彰大会") == ("郑州市委", "郑州市政府")
    assert split_bodies("为大力弘扬劳模精神") == ()


def test_an_honour_right_before_a_name_is_that_persons_with_its_bracketed_year() -> None:
    got = tuples("全国劳动模范（2020年）韦东海，现任广西玉柴机器股份有限公司铸造车间主任。", "韦东海")
    assert got == [(("韦东海",), "全国劳动模范", 2020, None, ())]


def test_an_apposition_reaches_over_a_unit_and_post_to_a_coordination() -> None:
    text = "两名接受表彰的全国劳动模范、总医院主任医师荣良群和张双楼矿综采二区采煤机维护员马奔载誉归来。"
    assert tuples(text, "荣良群", "马奔")[0][:2] == (("荣良群", "马奔"), "全国劳动模范")


def test_an_honour_in_another_clause_is_no_apposition() -> None:
    text = "湖南省表彰100名“湖湘工匠”，湘电集团的线圈绕制工龚伟被省总工会授予该称号。"
    assert tuples(text, "龚伟")[0][4] == ("湖南省总工会",)


def test_a_grant_clause_takes_the_body_that_decided_in_an_earlier_clause() -> None:
    text = "近日，四川省妇联决定，授予郑红梅等20人“四川省三八红旗手”称号，授予李桂英等5人“四川省三八红旗手标兵”称号。"
    got = tuples(text, "郑红梅", "李桂英")
    assert (("郑红梅",), "四川省三八红旗手", None, None, ("四川省妇联",)) in got
    assert (("李桂英",), "四川省三八红旗手标兵", None, None, ("四川省妇联",)) in got


def test_a_head_count_after_the_first_name_is_no_part_of_the_honour() -> None:
    text = "铁路总工会决定授予中国铁路兰州局集团有限公司嘉峪关车务段值班员马永福等600名先进个人火车头奖章。"
    assert tuples(text, "马永福") == [(("马永福",), "火车头奖章", None, None, ("铁路总工会",))]


def test_a_period_start_does_not_date_the_honours_of_its_sentence() -> None:
    text = "从2008年进入宝钢以来，轧钢工吴志刚先后获得“宝钢工匠”“上海市技术能手”称号。"
    assert {(t, y) for _, t, y, _, _ in tuples(text, "吴志刚")} == {("宝钢工匠", None), ("上海市技术能手", None)}


def test_a_sentence_defining_a_series_blocks_every_honour_in_it() -> None:
    text = "“齐鲁工匠”是山东省总工会授予一线技术工人的最高荣誉称号。"
    assert blocked_spans(text, []) == [(0, len(text))]


def test_a_later_clause_about_a_counted_group_is_not_the_named_persons() -> None:
    text = "工会主席李卫东荣获“厦门市五一劳动奖章”，以及有多名会员获得“优秀会员”称号。"
    lo = text.index("以及")
    assert any(a <= lo < b for a, b in blocked_spans(text, spans(text, "李卫东")))


def test_a_bracketed_second_name_stays_with_the_honour_phrase() -> None:
    assert trigger_table().suffix_re.fullmatch("河北省十大工匠(河北大工匠)")


def test_what_holders_of_a_series_are_entitled_to_is_said_of_no_one() -> None:
    text = "“全国卫生健康系统先进工作者”和“白求恩奖章”获得者享受省部级劳动模范待遇。"
    assert blocked_spans(text, []) == [(0, len(text))]


def test_a_sentence_closing_a_semicolon_list_of_honours_names_the_earlier_subjects_honours() -> None:
    before = "多年来，张铁军先后荣获平煤集团“技术标兵”;平顶山市“五一劳动奖章”;"
    text = "全国煤炭行业技术能手、全国煤炭行业技能大师等多项荣誉称号。"
    got = tuples(text, before=before)
    assert [(p, t) for p, t, _, _, _ in got] == [((), "全国煤炭行业技术能手"), ((), "全国煤炭行业技能大师")]
    assert tuples(text) == []  # without the list opened before, the sentence names no one's honours


def test_a_counted_group_after_a_named_speaker_is_the_clauses_subject() -> None:
    text = "总经理刘振东在会上说，公司两名青年职工同时获评“宁波市青年岗位能手”。"
    lo = text.index("公司两名")
    assert any(a <= lo < b for a, b in blocked_spans(text, spans(text, "刘振东")))


def test_a_grant_by_a_body_after_you_pairs_persons_and_honours_in_order_with_fenbie() -> None:
    text = (
        "会上，李建平和周红梅获“全国五一劳动奖章”，并由省委、省政府分别授予“湖南省劳动模范”和“湖南省先进工作者”称号。"
    )
    got = tuples(text, "李建平", "周红梅")
    assert (("李建平",), "湖南省劳动模范", None, None, ("省委", "省政府")) in got
    assert (("周红梅",), "湖南省先进工作者", None, None, ("省委", "省政府")) in got


def test_a_conditional_grant_names_no_one() -> None:
    text = "省人社厅、省总工会分别对符合相应条件的工艺大师授予“湖南省技术能手”称号。"
    assert tuples(text) == []
    assert blocked_spans(text, []) != []


# -- speaking as a holder


def test_a_worker_speaking_as_the_holders_representative_holds_the_medal() -> None:
    text = "鞍钢集团的钳工刘志刚作为全国五一劳动奖章获得者代表在大会上发言。"
    assert [r[:2] for r in tuples(text, "刘志刚")] == [(("刘志刚",), "全国五一劳动奖章")]


def test_an_opening_as_a_holder_belongs_to_the_person_after_the_comma() -> None:
    text = "作为全国劳动模范，王秀英始终把带好徒弟当作自己的责任。"
    assert [r[:2] for r in tuples(text, "王秀英")] == [(("王秀英",), "全国劳动模范")]


def test_speaking_as_a_representative_of_an_unnamed_group_gives_no_honour() -> None:
    text = "鞍钢集团的钳工刘志刚作为青年职工代表在大会上发言。"
    assert tuples(text, "刘志刚") == []


def test_an_honour_pointed_back_to_drops_the_batch_word_of_its_mention() -> None:
    before = "今年，全国总工会评选表彰了一批全国五一劳动奖章获得者。"
    text = "燕山石化技术员赵明亮获此殊荣。"
    assert [r[:2] for r in tuples(text, "赵明亮", before=before)] == [(("赵明亮",), "全国五一劳动奖章")]


def test_a_head_count_closing_the_run_of_names_before_it_is_that_run() -> None:
    text = "县农机站技术员张建国、镇兽医站站长刘海波，2人获得四川省“稻香杯”暨农业丰收奖先进个人。"
    lo = text.index("2人")
    assert not any(a <= lo < b for a, b in blocked_spans(text, spans(text, "张建国", "刘海波")))


def test_a_head_count_larger_than_the_run_before_it_is_another_group() -> None:
    text = "县农机站技术员张建国、镇兽医站站长刘海波，5人获得四川省“稻香杯”暨农业丰收奖先进个人。"
    lo = text.index("5人")
    assert any(a <= lo < b for a, b in blocked_spans(text, spans(text, "张建国", "刘海波")))


def test_the_named_run_counted_after_it_holds_the_honour() -> None:
    from loaders.extract import extract_text

    text = "县农机站技术员张建国、镇兽医站站长刘海波,2人获得四川省“稻香杯”暨农业丰收奖先进个人。"
    people = {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}
    assert people == {
        "张建国": ["四川省稻香杯暨农业丰收奖先进个人"],
        "刘海波": ["四川省稻香杯暨农业丰收奖先进个人"],
    }


def test_a_year_that_anchors_a_span_dates_no_fact() -> None:
    from loaders.extract.frames import _context_year

    assert _context_year("2018年4月28日召开表彰大会。这是继1979年后时隔39年再次表彰劳模。") == 2018
    assert _context_year("2003年以来，全市涌现出一大批先进模范人物。") is None
    assert _context_year("自2016年起，连续三年被评为先进。2019年底当选。") == 2019


def test_a_roster_under_a_meeting_takes_the_meeting_year_not_a_span_anchor() -> None:
    from loaders.extract import extract_text

    text = (
        "2015年庆祝“五一”国际劳动节暨表彰全国劳动模范和先进工作者大会28日在北京举行。"
        "这是继1979年后时隔36年再次进行最高规格表彰。\n"
        "其中,有2位本省职工荣获了全国劳动模范荣誉称号,他们是:\n"
        "张建国 河北钢铁集团唐山钢铁公司炼钢厂厂长\n"
        "刘海波 邯郸市公共交通总公司驾驶员\n"
    )
    years = {p["name"]: [(h["title"], h["year"]) for h in p["honors"]] for p in extract_text(text)["people"]}
    assert years["张建国"] == [("全国劳动模范", 2015)]
    assert years["刘海波"] == [("全国劳动模范", 2015)]


def test_a_title_holding_a_visits_verb_is_vetoed() -> None:
    assert vetoed("县总工会慰问困难劳模")
    assert vetoed("开展走访劳动模范")
    assert not vetoed("全国劳动模范")


def test_a_headline_about_a_visit_gives_its_people_no_honour() -> None:
    from loaders.extract import extract_text

    text = "县总工会慰问困难劳模\n劳模柯明远激动地说：“感谢工会一直记挂着我们。”"
    for person in extract_text(text)["people"]:
        assert all("慰问" not in h["title"] for h in person["honors"])


def test_this_title_points_back_to_the_series_a_ceremony_is_named_by() -> None:
    # 中国传统工艺大师颁奖典礼…举行，…等5人获得这一称号: no honour phrase before it, the ceremony's series
    s = "中国民间工艺美术大师颁奖典礼11月8日在杭州举行，浙江推选的钱国华、孙丽萍等5人获得这一称号。"
    got = tuples(s, "钱国华", "孙丽萍")
    assert got == [(("钱国华", "孙丽萍"), "中国民间工艺美术大师", None, None, ())]


def test_a_festival_meeting_names_no_series_for_this_title() -> None:
    # 庆祝“五一”国际劳动节表彰大会: a festival is no series for 这一称号
    s = "全市庆祝五一国际劳动节表彰大会昨日举行，钱国华获得这一称号。"
    assert tuples(s, "钱国华") == []


def test_the_copula_between_the_grantees_and_the_honour_is_no_part_of_it() -> None:
    # 授予罗某等8名同志为优秀团干: 为 names what they are made, the honour is 优秀团干
    s = "公司团委决定，授予罗海波等8名同志为优秀团干。"
    assert [t[:2] for t in tuples(s, "罗海波")] == [(("罗海波",), "优秀团干")]


def test_a_title_closed_by_its_title_word_ends_before_a_second_predicate() -> None:
    # 荣获西安市劳动模范称号并受到表彰: 称号 closes the name, 并受到表彰 is another predicate
    s = "我院急诊科主任钱国华同志荣获宝鸡市劳动模范称号并受到表彰。"
    assert [t[:2] for t in tuples(s, "钱国华")] == [(("钱国华",), "宝鸡市劳动模范")]


def test_the_extractor_reads_the_title_without_the_second_predicate() -> None:
    from tests.conftest import honours

    found = honours("我院急诊科主任钱国华同志荣获宝鸡市劳动模范称号并受到表彰。")
    assert [h[0] for h in found["钱国华"]] == ["宝鸡市劳动模范"]


def test_an_anaphoric_honour_prefers_the_conferral_of_its_own_sentence() -> None:
    # 全国先进工作者 is named three times before, but the sentence of 获此殊荣 commends its own holders
    before = "王建华荣获“全国先进工作者”称号，并作为全国先进工作者代表上台领奖。王建华是我校第一位全国先进工作者。"
    text = "表彰大会还对天津市“五一”劳动奖章获得者进行了表彰，我校李明、赵刚获此殊荣。"
    got = tuples(text, "李明", "赵刚", before=before, doc_year=2015)
    assert [(g[0], g[1]) for g in got] == [(("李明", "赵刚"), "天津市五一劳动奖章")]


def test_an_anaphoric_honour_without_a_conferral_in_its_sentence_keeps_the_series_named_most() -> None:
    before = "王建华荣获“全国先进工作者”称号。王建华是我校第一位全国先进工作者。"
    got = tuples("我校李明也获此殊荣。", "李明", before=before)
    assert [(g[0], g[1]) for g in got] == [(("李明",), "全国先进工作者")]


def test_a_merit_clause_before_the_holders_is_no_honour() -> None:
    # 在…中做出突出贡献的 describes the holders; only the quoted medal is theirs
    text = "共青团中央决定，授予在脱贫攻坚中做出突出贡献的张亚林等15名同志“中国青年五四奖章”。"
    got = tuples(text, "张亚林")
    assert [g[1] for g in got] == ["中国青年五四奖章"]


def test_huo_ci_jiang_points_back_to_the_award_named_before() -> None:
    before = "2021年第48届南丁格尔奖章的获奖者名单公布，来自18个国家的25名护士获得南丁格尔奖章。"
    got = tuples("我国有3名护士获此奖，市人民医院护士长李秀芳荣列其中。", "李秀芳", before=before)
    assert [(g[0], g[1]) for g in got] == [(("李秀芳",), "南丁格尔奖章")]


def test_a_counted_list_takes_the_honour_by_ci_xiang_shurong() -> None:
    text = "市红十字会公布了36位荣获“南丁格尔式优秀护士”的护理工作者名单，我院王丽、张敏护师荣获此项殊荣。"
    got = tuples(text, "王丽", "张敏")
    assert [(g[0], g[1]) for g in got] == [(("王丽", "张敏"), "南丁格尔式优秀护士")]


def test_a_year_heading_a_bare_selection_dates_the_conferral() -> None:
    got = tuples("在2016年的评选中，市第一人民医院护士长李秀芳获评“十佳护士”。", "李秀芳")
    assert [(g[1], g[2]) for g in got] == [("十佳护士", 2016)]


def test_a_year_heading_a_competition_still_dates_the_competition() -> None:
    got = tuples("在2016年全省技能大赛中，市第一人民医院护士李秀芳被评为“技术能手”。", "李秀芳")
    assert [(g[1], g[2]) for g in got] == [("技术能手", None)]


def test_a_list_head_electing_its_people_to_an_unquoted_honour_reaches_each_listed_person() -> None:
    # 这些光荣当选X的人分别是：…的A、…的B: the honour is the election verb's unquoted object
    got = honours(
        "这些光荣当选最美乡村医生的人分别是：长安区王曲街办南堡村卫生室的刘春花、"
        "临潼区斜口街办芷阳村卫生室的韩志刚、周至县马召镇群兴村卫生室的孙永福。"
    )
    for name in ("刘春花", "韩志刚", "孙永福"):
        assert [t for t, _, _ in got[name]] == ["最美乡村医生"]


def test_a_list_head_without_an_election_verb_gives_no_unquoted_honour() -> None:
    # 参加座谈的代表分别是: no verb elects the listed people to anything
    got = honours("参加座谈的乡村医生代表分别是：南堡村卫生室的刘春花、芷阳村卫生室的韩志刚。")
    assert all(not hs for hs in got.values())


def test_a_second_relative_clause_in_a_coordination_keeps_its_own_honour() -> None:
    # 获得X称号的甲和获得Y称号的乙: 乙 is no coordinate of 甲 under X
    got = honours("获得省优秀团员称号的张桂芳和获得公司优秀团干称号的罗海波分别作了经验交流。")
    assert [t for t, _, _ in got["张桂芳"]] == ["省优秀团员"]
    assert [t for t, _, _ in got["罗海波"]] == ["公司优秀团干"]


def test_a_long_praise_clause_after_the_grant_verb_leaves_every_name_of_the_run_the_honour() -> None:
    text = (
        "省林业厅决定，授予在凉山州木里县森林火灾扑救中为保护森林资源作出突出贡献的"
        "赵国庆、钱德明、孙立平、李志强等4人“森林卫士”荣誉称号。"
    )
    found = honours(text)
    assert sorted(found) == sorted(["赵国庆", "钱德明", "孙立平", "李志强"])
    assert all(h[0][0] == "森林卫士" for h in found.values())


def test_a_praise_clause_in_traditional_script_leaves_the_run_its_honour() -> None:
    text = "省林業廳決定，授予在涼山州木里縣森林火災撲救中為保護森林資源作出突出貢獻的趙國慶、錢德明、孫立平等3人「森林衛士」榮譽稱號。"
    assert sorted(honours(text)) == sorted(["趙國慶", "錢德明", "孫立平"])


def test_the_praise_clause_reaches_the_first_name_only_through_its_de() -> None:
    from loaders.extract.frames import praise_end

    text = "授予在全市职工技能大赛中表现突出的赵国庆、钱德明"
    assert praise_end(text, 2, text.index("赵国庆")) == text.index("赵国庆")
    assert praise_end("授予市第五人民医院赵国庆", 2, 9) is None  # a unit, not a praise clause
