"""The extraction's stages one at a time (loaders/extract/stages.py, loaders/extract/steps.py).

A finder reads one sentence over a read-only article context and returns its facts; an article
step takes facts and gives facts back, new objects for the ones it changes, never editing its input.
"""

from __future__ import annotations

import copy

from loaders.extract.document import parse_document
from loaders.extract.facts import Context, Fact, honours_in, rows_in
from loaders.extract.orgfind import OrgIndex
from loaders.extract.people import find_people, main_subject
from loaders.extract.profile import _sections
from loaders.extract.relations import canonical_conferrers, clean_posts, event_year, frame_honours
from loaders.extract.stages import (
    HEADLINE_FINDERS,
    PROSE_FINDERS,
    finders_for,
    read_sentences,
    run_stages,
    sentence_facts,
)
from loaders.extract.steps import (
    news_year_and_conferrers,
    noted_conferrers,
    revalued,
    same_honour,
    section_roles,
    series_organisers_confer,
    share_within_sentence,
    units_under_bodies,
)


def article(text: str, date: str | None = None) -> Context:
    """The read-only context of the first article of ``text``, as the extraction builds it."""
    doc = parse_document(text)
    if date:
        doc.date = date
    people = find_people(doc)
    orgs = OrgIndex(doc.text, city=doc.city, province=doc.province)
    for art in doc.articles:
        orgs.scan(art.start, art.end, county=art.county)
    orgs.expand_short_names()
    art = doc.articles[0]
    sections, openers = _sections(doc, art, people)
    return Context(doc, art, people, orgs, main_subject(doc, art, people), sections, openers)


def found(ctx: Context) -> list[Fact]:
    """Every finder's facts for every sentence of the article."""
    return [f for s in ctx.art.sentences for f in sentence_facts(ctx, s)]


def honours(facts: list[Fact]) -> list[tuple[str, list[str] | None, int | None, list[str]]]:
    return [
        (f.value["title"], f.persons, f.value.get("year"), f.value["conferred_by"]) for f in facts if f.kind == "honor"
    ]


# ---------------------------------------------------------------- sentence stage (finders)


def test_a_finder_returns_the_facts_of_its_sentence() -> None:
    ctx = article("刘建国荣获全国五一劳动奖章。")
    facts = honours_in(ctx, ctx.art.sentences[0])
    assert [(f.kind, f.value["title"], f.pos) for f in facts] == [("honor", "全国五一劳动奖章", 5)]


def test_the_sentence_stage_concatenates_the_prose_finders_in_their_order() -> None:
    ctx = article("白振宇，男，回族，中航西飞总装厂装配钳工，全国劳动模范。")
    sent = ctx.art.sentences[0]
    assert sentence_facts(ctx, sent) == [f for finder in PROSE_FINDERS for f in finder(ctx, sent)]


def test_an_introduction_gives_its_post_and_honour_before_gender_and_ethnicity() -> None:
    ctx = article("白振宇，男，回族，中航西飞总装厂装配钳工，全国劳动模范。")
    assert [f.kind for f in found(ctx)] == ["position", "honor", "gender", "ethnicity"]


def test_a_headline_is_read_only_for_honours_and_what_stands_before_a_name() -> None:
    ctx = article("全国技术能手张伟：二十年守护一条线\n\n本报讯 张伟是国网焦作供电公司的一名带电作业工。")
    title = next(s for s in ctx.art.sentences if s.kind in ("title", "subtitle"))
    assert finders_for(title) == HEADLINE_FINDERS


def test_the_last_column_of_a_table_row_confers_the_honour_of_the_row() -> None:
    ctx = article("2018年　首批“三秦工匠”　陕西省总工会")
    facts = rows_in(ctx, ctx.art.sentences[0])
    assert honours(facts) == [("三秦工匠", None, 2018, ["陕西省总工会"])]


def test_the_trigger_frames_give_a_coordination_the_honour_on_a_copy_of_the_finders_fact() -> None:
    ctx = article("张允东、郑之旺被授予“全国五一劳动奖章”。")
    sent = ctx.art.sentences[0]
    facts = sentence_facts(ctx, sent)
    before = copy.deepcopy(facts)
    framed = frame_honours(ctx, sent, facts, 0)
    assert [(h[0], h[1]) for h in honours(framed)] == [("全国五一劳动奖章", ["张允东", "郑之旺"])]
    assert facts == before


def test_each_name_line_under_a_list_heading_holds_the_headings_honour() -> None:
    ctx = article("2024年度“华晟集团首席技师”名单：\n张伟\n李强\n王芳\n")
    facts = read_sentences(ctx, []).facts
    assert [(h[1], h[2]) for h in honours(facts)] == [(["张伟"], 2024), (["李强"], 2024), (["王芳"], 2024)]


# ---------------------------------------------------------------- article steps


def test_a_note_on_the_organisers_confers_the_earlier_honour_without_editing_it() -> None:
    ctx = article(
        "2023年，王秀英被评为“上海市职工优秀创新成果”获得者。这项由上海市总工会、上海市科委共同开展的评选每两年一次。"
    )
    first, note = ctx.art.sentences[:2]
    facts = sentence_facts(ctx, first)
    before = copy.deepcopy(facts)
    updated = noted_conferrers(ctx, facts, facts, ["上海市总工会", "上海市科委"], note.start)
    assert [f.value["conferred_by"] for f in updated if f.kind == "honor"] == [["上海市总工会", "上海市科委"]]
    assert facts == before


def test_a_later_mention_of_a_series_in_its_sentence_takes_the_year_and_bodies_of_the_first() -> None:
    ctx = article(
        "省人力资源和社会保障厅同步公布了2022年度“齐鲁首席技师”名单，其中，孔祥伟、马国栋、郑丽3人同时获评“齐鲁首席技师”。"
    )
    facts = found(ctx)
    first, second = [f for f in facts if f.kind == "honor"]
    # as another step may leave them: the first mention dated and conferred, the second bare
    first = revalued(first, conferred_by=["山东省人力资源和社会保障厅"])
    second = revalued(second, year=None)
    shared = share_within_sentence([first, second])
    assert (shared[1].value["year"], shared[1].value["conferred_by"]) == (2022, ["山东省人力资源和社会保障厅"])
    assert second.value["conferred_by"] == []


def test_the_organisers_of_a_named_event_confer_its_series_and_date_it() -> None:
    ctx = article(
        "由中华全国总工会、中央广播电视总台联合主办的2024年“大国工匠年度人物”发布活动在京举行。"
        "高凤林荣获“大国工匠年度人物”称号。"
    )
    facts = series_organisers_confer(ctx, found(ctx))
    assert honours(facts)[-1][2:] == (2024, ["中华全国总工会", "中央广播电视总台"])


def test_organisers_joined_by_he_that_read_as_one_name_confer_as_two() -> None:
    ctx = article(
        "由省总工会、山西日报社和山西广播电视台共同举办的2020“三晋工匠”年度人物发布晚会在山西卫视播出。"
        "田国锐荣获“三晋工匠”称号。"
    )
    facts = series_organisers_confer(ctx, found(ctx))
    assert honours(facts)[-1][3][-2:] == ["山西日报社", "山西广播电视台"]


def test_one_body_whose_name_holds_he_stays_one_organiser() -> None:
    ctx = article("由中国石油和化学工业联合会主办的2021年“石化工匠”评选揭晓。王海荣获“石化工匠”称号。")
    facts = series_organisers_confer(ctx, found(ctx))
    assert honours(facts)[-1][3] == ["中国石油和化学工业联合会"]


def test_the_people_of_a_same_honour_sentence_hold_the_honour_named_before() -> None:
    ctx = article("李强荣获“全国五一劳动奖章”。同样获此殊荣的还有公司焊接班班长潘国良。")
    first, second = ctx.art.sentences[:2]
    facts = sentence_facts(ctx, first)
    added = same_honour(ctx, facts + sentence_facts(ctx, second), second, len(facts))
    assert [(f.value["title"], f.persons) for f in added] == [("全国五一劳动奖章", ["潘国良"])]


def test_a_decision_the_article_names_confers_the_honours_it_covers() -> None:
    ctx = article("会上宣读了株洲市总工会《关于授予2024年株洲市五一劳动奖章的决定》。刘丽荣获株洲市五一劳动奖章。")
    facts = news_year_and_conferrers(ctx, found(ctx), [("授予2024年株洲市五一劳动奖章", ["株洲市总工会"])], None)
    assert [h[3] for h in honours(facts)] == [["株洲市总工会"]]


def test_a_news_item_dates_an_undated_conferral_to_the_documents_year() -> None:
    ctx = article(
        "本报讯（记者 王芳）焦作市总工会日前召开表彰大会。电工张伟荣获“河南省五一劳动奖章”。", date="2024-04-28"
    )
    facts = found(ctx)
    assert [h[2] for h in honours(facts)] == [None]
    assert [h[2] for h in honours(news_year_and_conferrers(ctx, facts, [], None))] == [2024]


def test_a_paragraph_opening_with_recent_news_dates_its_conferral_to_the_documents_year() -> None:
    ctx = article("近日，电工张伟荣获“河南省五一劳动奖章”。", date="2024-04-28")
    assert [h[2] for h in honours(news_year_and_conferrers(ctx, found(ctx), [], None))] == [2024]


def test_a_post_at_a_workshop_is_held_at_the_company_the_profile_keeps_naming() -> None:
    ctx = article(
        "扎根中车株洲电力机车有限公司二十年\n\n"
        "李明是中车株洲电力机车有限公司的一名技师。他在中车株洲电力机车有限公司工作了二十年。"
        "他现任总装车间班长。"
    )
    facts, links = units_under_bodies(ctx, found(ctx))
    posts = [f.value for f in facts if f.kind == "position" and f.value["title"] == "班长"]
    assert [p.get("parent") for p in posts] == ["中车株洲电力机车有限公司"]
    assert ("总装车间", "中车株洲电力机车有限公司") in links


def test_the_label_of_a_section_line_is_the_post_of_the_person_it_names() -> None:
    ctx = article(
        "大国工匠风采\n\n01｜领衔人：张伟\n\n张伟在焊接岗位工作了二十年。\n\n02｜领衔人：王强\n\n王强是一名钳工。"
    )
    assert [(f.value["title"], f.persons) for f in section_roles(ctx)] == [("领衔人", ["张伟"]), ("领衔人", ["王强"])]


def test_a_post_title_listing_two_posts_becomes_two_posts() -> None:
    ctx = article("张伟，男，1975年出生，现任某某集团有限公司党委书记、总经理。")
    facts = found(ctx)
    listed = [f for f in facts if f.kind == "position" and f.value["title"] == "党委书记、总经理"]
    cleaned = clean_posts(ctx, facts)
    assert [f.value["title"] for f in cleaned if f.kind == "position"] == ["总经理", "党委书记", "总经理"]
    assert [f.value["title"] for f in listed] == ["党委书记、总经理"]


def test_a_conferrer_written_short_gets_its_full_name_in_a_new_fact() -> None:
    ctx = article("2019年，李娜被中宣部授予“最美奋斗者”称号。")
    facts = found(ctx)
    assert [h[3] for h in honours(canonical_conferrers(facts))] == [["中共中央宣传部"]]
    assert [h[3] for h in honours(facts)] == [["中宣部"]]


def test_a_news_lead_reporting_the_days_commendation_dates_the_honours_it_tells() -> None:
    ctx = article(
        "本报讯 12月2日上午，四川省劳动模范表彰大会在成都举行。会上，电工李刚荣获“四川省劳动模范”称号。",
        date="2024-12-03",
    )
    assert [h[2] for h in honours(event_year(ctx, found(ctx)))] == [2024]


def test_all_stages_of_a_one_line_article_give_the_person_their_honour() -> None:
    ctx = article("2022年，韩冰被评为第二届“洛阳工匠”。")
    result = run_stages(ctx, [])
    assert [(t, p, y) for t, p, y, _ in honours(result.facts)] == [("洛阳工匠", ["韩冰"], 2022)]


def _years(text: str, date: str) -> dict[str, list[tuple[str, int | None]]]:
    from loaders.extract import extract_text

    people = extract_text(text, document_date=date)["people"]
    return {p["name"]: [(h["title"], h["year"]) for h in p["honors"]] for p in people}


def test_an_apposition_honour_other_than_the_one_a_news_item_tells_is_held_before() -> None:
    text = (
        "本报讯 昨日，宝鸡市召开庆祝“五一”国际劳动节表彰大会，50名先进个人被授予“宝鸡市五一劳动奖章”。\n"
        "此次受表彰者中，省劳动竞赛标兵、宝鸡制药股份有限公司动力车间技术主管赵文涛在节能降耗中贡献突出。\n"
    )
    assert _years(text, "2018-04-27")["赵文涛"] == [("省劳动竞赛标兵", None)]


def test_an_apposition_honour_the_news_item_tells_keeps_the_items_year() -> None:
    text = (
        "本报讯 昨日，全省劳动模范表彰大会召开，300人被授予“湖北省劳动模范”荣誉称号。\n"
        "会上，湖北省劳动模范、武汉重型机床集团有限公司钳工魏红军代表受表彰者发言。\n"
    )
    assert _years(text, "2018-05-03")["魏红军"] == [("湖北省劳动模范", 2018)]


def test_a_holder_noun_of_the_honour_the_item_reports_keeps_the_items_year() -> None:
    text = (
        "本报讯 4月28日，全国劳动模范和先进工作者表彰大会在北京举行，本次我省33人荣获全国劳动模范称号。\n"
        "“这份荣誉是对团队的肯定。”全国劳动模范称号获得者、贵州钢绳集团技术中心副主任陆丽萍说。\n"
    )
    assert dict(_years(text, "2025-04-29")["陆丽萍"])["全国劳动模范"] == 2025


def test_a_relative_clause_in_a_clause_opened_by_you_is_held_before() -> None:
    text = (
        "本报讯 昨日，宝鸡市召开庆祝“五一”国际劳动节表彰大会，刘建华等40人获得“宝鸡市五一劳动奖章”。\n"
        "此次受表彰者中，有荣获“全国优秀环卫工人”称号的渭滨区保洁所班长刘建华。\n"
    )
    years = dict(_years(text, "2018-04-27")["刘建华"])
    assert years["宝鸡市五一劳动奖章"] == 2018
    assert years["全国优秀环卫工人"] is None


def test_a_holder_noun_in_a_clause_opened_by_you_is_held_before() -> None:
    text = (
        "本报讯 昨日，宝鸡市召开庆祝“五一”国际劳动节表彰大会，王秀兰等40人获得“宝鸡市五一劳动奖章”。\n"
        "受表彰者中，也有倾注幼儿教育事业的全国“三八红旗手”获得者王秀兰。\n"
    )
    years = dict(_years(text, "2018-04-27")["王秀兰"])
    assert years["宝鸡市五一劳动奖章"] == 2018
    assert years["全国三八红旗手"] is None
