"""Document context that list entries inherit (loaders/extract/context.py): the decision's date, the
meeting's date, the bodies a statement names once, level words of a series named short."""

from __future__ import annotations

from loaders.extract.context import (
    agents,
    cn_year,
    decision_year,
    headline_year,
    meeting_year,
    place_completed,
    statements,
)
from tests.conftest import honours


def test_a_signature_year_in_chinese_numerals_reads_as_digits() -> None:
    assert cn_year("二〇二三") == 2023
    assert cn_year("二○一九") == 2019
    assert cn_year("2021") == 2021


def test_a_decision_is_dated_by_the_signature_line_under_its_text() -> None:
    text = "关于授予王建军等同志襄阳市五一劳动奖章的决定\n经研究，决定授予以下同志襄阳市五一劳动奖章。\n二〇二三年四月二十日\n"
    found = decision_year(text, 0, len(text))
    assert found is not None and (found.year, found.source) == (2023, "decision")


def test_a_decision_without_a_signature_is_dated_by_its_file_number() -> None:
    text = "襄阳市总工会关于表彰先进个人的决定\n（襄工发〔2022〕15号）\n各县（市、区）总工会：\n"
    found = decision_year(text, 0, len(text))
    assert found is not None and found.year == 2022


def test_a_meeting_is_dated_by_the_full_date_in_its_sentence() -> None:
    text = "为表彰2019年度先进人物，市总工会于2020年4月28日召开第八届劳动模范表彰大会。会上授予一批同志称号。"
    found = meeting_year(text, 0, len(text))
    assert found is not None and (found.year, found.source) == (2020, "meeting")


def test_a_meeting_is_dated_by_a_year_written_into_its_name() -> None:
    text = "4月27日上午，2021年全省五一劳动奖表彰大会在长沙举行。"
    found = meeting_year(text, 0, len(text))
    assert found is not None and found.year == 2021


def test_a_headline_year_dates_a_list_but_a_nendo_year_does_not() -> None:
    assert headline_year(["2022年襄阳市五一劳动奖章获得者名单公布"], 0).year == 2022  # type: ignore[union-attr]
    assert headline_year(["2022年度襄阳工匠名单公布"], 0) is None


def test_the_agent_run_is_the_bodies_just_before_the_verb() -> None:
    assert agents("襄阳日报4月2日讯 (记者 张敏)湖北省人力资源和社会保障厅") == ("湖北省人力资源和社会保障厅",)
    assert agents("为进一步弘扬劳模精神") == ()


def test_a_nomination_statement_names_no_agent_of_the_series() -> None:
    text = "湖北省总工会发布2024年湖北五一劳动奖章拟表彰对象名单。"
    assert statements(text, 0, len(text)) == []


def test_a_body_written_without_its_place_takes_the_place_of_the_body_before_it() -> None:
    assert place_completed(["湖南省总工会", "省委宣传部"], None, None) == ["湖南省总工会", "湖南省委宣传部"]
    assert place_completed(["市总工会"], "湖北省", "襄阳市") == ["襄阳市总工会"]
    assert place_completed(["中华全国总工会"], "湖北省", None) == ["中华全国总工会"]


SIGNED_DECISION = """襄阳市总工会关于授予李国强等同志襄阳市五一劳动奖章的决定
各县（市、区）总工会：
为表彰先进，市总工会决定：授予李国强、周晓梅等2名同志襄阳市五一劳动奖章。
襄阳市总工会
二〇二三年四月二十日
"""


def test_entries_of_a_signed_decision_take_its_year() -> None:
    got = honours(SIGNED_DECISION)
    assert got["李国强"][0][:2] == ("襄阳市五一劳动奖章", 2023)
    assert got["周晓梅"][0][:2] == ("襄阳市五一劳动奖章", 2023)


MEETING_NEWS = """荆门市表彰第七届劳动模范
2019年4月29日，荆门市第七届劳动模范表彰大会在市会议中心召开。会上，授予刘德胜、陈秀兰等120人荆门市劳动模范荣誉称号。
"""


def test_entries_named_at_a_dated_meeting_take_the_meeting_year() -> None:
    got = honours(MEETING_NEWS)
    assert {y for name in ("刘德胜", "陈秀兰") for _, y, _ in got[name]} == {2019}


RESUME_AFTER_MEETING = """宜都市表彰劳动模范
2021年5月1日，宜都市劳动模范表彰大会在市民中心举行。
会上受表彰的电工罗红军，此前先后荣获湖北省技术能手、宜昌市五一劳动奖章、宜昌市劳动模范等荣誉称号。
"""


def test_honours_of_a_resume_keep_no_year_from_the_meeting() -> None:
    got = honours(RESUME_AFTER_MEETING)
    assert got["罗红军"] and all(year is None for _, year, _ in got["罗红军"])


ANNOUNCED_ONCE = """2023年度荆楚工匠名单公布 宜昌2人入选
宜昌日报12月20日讯 (记者 王磊)湖北省人力资源和社会保障厅日前公布2023年度“荆楚工匠”名单，宜昌有2人荣获此殊荣，他们分别是湖北兴发化工集团股份有限公司的孙志刚、宜昌长江电力检修厂的何丽娟。
"""


def test_the_body_that_publishes_the_list_confers_its_series() -> None:
    got = honours(ANNOUNCED_ONCE)
    assert got["孙志刚"][0][2] == ["湖北省人力资源和社会保障厅"]
    assert got["何丽娟"][0][2] == ["湖北省人力资源和社会保障厅"]


ORGANISED_MEETING = """咸宁5人获全国建材行业劳模
人力资源社会保障部、中国建筑材料联合会组织的全国建材行业先进集体、劳动模范和先进工作者表彰大会日前在北京召开。
获得全国建材行业劳动模范的分别是：湖北亚东水泥有限公司总经理胡建平、咸宁南玻玻璃有限公司车间主任邹丽娟。
"""


def test_the_organisers_of_the_commendation_meeting_confer_each_series_it_names() -> None:
    got = honours(ORGANISED_MEETING)
    assert set(got["胡建平"][0][2]) == {"人力资源和社会保障部", "中国建筑材料联合会"}  # the ministry in full


def test_a_department_of_the_region_takes_the_region_named_before_it() -> None:
    # 人社厅 also takes its full name (dev README, conventions of the sixth round)
    assert place_completed(["宁夏回族自治区总工会", "自治区人社厅"], None, None) == [
        "宁夏回族自治区总工会",
        "宁夏回族自治区人力资源和社会保障厅",
    ]


JOINT_SELECTION = """2023年度“宁夏工匠”发布
近日，由宁夏回族自治区总工会举办的2023年度“宁夏工匠”发布仪式在银川举行，马建军、杨海燕等10人荣获2023年度“宁夏工匠”称号。
此次选树活动由自治区总工会联合自治区网信办、自治区人社厅于2023年6月启动。
"""


def test_joint_organisers_of_the_selection_all_confer_its_series() -> None:
    got = honours(JOINT_SELECTION)
    # 人社厅 takes its full name (dev README, conventions of the sixth round)
    assert got["马建军"][0][2] == ["宁夏回族自治区总工会", "宁夏回族自治区网信办", "宁夏回族自治区人力资源和社会保障厅"]


def _editions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each person the extractor finds in ``text``, with (title, edition) per honour."""
    from loaders.extract import extract_text

    profile = extract_text(text)
    return {p["name"]: [(h["title"], h.get("edition")) for h in p.get("honors", [])] for p in profile["people"]}


def test_an_honour_read_after_a_meeting_of_its_nth_edition_takes_that_edition() -> None:
    text = (
        "4月26日上午，佛山市庆祝“五一”国际劳动节暨第九届劳动模范和先进集体表彰大会隆重召开。"
        "会上，陈建明等60位同志被授予“佛山市劳动模范”称号。"
    )
    assert _editions(text)["陈建明"] == [("佛山市劳动模范", "第九届")]


def test_a_meeting_edition_in_digits_is_written_in_chinese_numerals() -> None:
    text = "4月28日，全市第12届劳模表彰大会召开。会上，陈建明等60位同志被授予“佛山市劳动模范”称号。"
    assert _editions(text)["陈建明"] == [("佛山市劳动模范", "第十二届")]


def test_a_series_the_meeting_does_not_name_takes_no_edition() -> None:
    text = (
        "4月26日，佛山市第九届劳动模范表彰大会召开。"
        "会上，陈建明等60位同志被授予“佛山市劳动模范”称号，李晓红等20位同志被授予“佛山市先进工作者”称号。"
    )
    found = _editions(text)
    assert found["陈建明"] == [("佛山市劳动模范", "第九届")]
    assert found["李晓红"] == [("佛山市先进工作者", None)]


def test_an_honour_of_another_place_takes_no_edition_of_the_meeting() -> None:
    text = "4月26日，佛山市第九届劳动模范表彰大会召开。会上，陈建明被授予“广东省劳动模范”称号。"
    assert _editions(text)["陈建明"] == [("广东省劳动模范", None)]


def test_the_edition_of_a_sitting_is_no_edition_of_the_honours_commended_there() -> None:
    text = "4月26日，公司第三届职代会暨劳动模范表彰大会召开。会上，陈建明被授予“佛山市劳动模范”称号。"
    assert _editions(text)["陈建明"] == [("佛山市劳动模范", None)]


def test_a_decision_whose_title_is_lost_is_dated_by_the_signature_under_its_words() -> None:
    text = (
        "各区（市、县）文明委：\n市文明委决定，授予李春明等20名同志“第四届遵义市道德模范”荣誉称号。\n"
        "遵义市精神文明建设指导委员会\n2019年6月12日\n"
    )
    found = decision_year(text, 0, len(text))
    assert found is not None and (found.year, found.source) == (2019, "decision")


def test_a_news_item_without_decision_words_is_not_dated_by_a_closing_date_line() -> None:
    text = "市文明委近日表彰了李春明等20名同志。\n2019年6月12日\n"
    assert decision_year(text, 0, len(text)) is None


def test_a_committee_written_short_takes_the_full_name_the_signature_gives() -> None:
    from loaders.extract.context import fuller_body

    assert fuller_body("遵义市文明委", ["遵义市精神文明建设指导委员会"]) == "遵义市精神文明建设指导委员会"


def test_an_office_written_short_takes_the_full_name_the_document_gives() -> None:
    from loaders.extract.context import fuller_body

    assert fuller_body("遵义市文明办", ["遵义市精神文明建设指导委员会办公室"]) == "遵义市精神文明建设指导委员会办公室"


def test_a_party_committee_written_short_is_not_read_as_a_full_committee_name() -> None:
    from loaders.extract.context import fuller_body

    assert fuller_body("市委", ["中共遵义市委员会"]) == "市委"


def test_a_series_defined_by_the_bodies_that_run_it_names_them_its_agents() -> None:
    text = "中国民间工艺美术大师是由中国工艺美术学会、中国民间文艺家协会主办的评选活动，始于2012年。"
    found = [s for s in statements(text, 0, len(text)) if "中国民间工艺美术大师" in s.phrases]
    assert [s.bodies for s in found] == [("中国工艺美术学会", "中国民间文艺家协会")]


def test_a_body_before_this_time_and_a_head_count_is_still_the_agent() -> None:
    # 此次/本次 point at the conferral the item reports; the body before them still acts
    assert agents("中华全国总工会此次共") == ("中华全国总工会",)
    assert agents("省总工会本次") == ("省总工会",)


def test_a_body_that_this_time_commends_the_medal_holders_confers_the_medal() -> None:
    text = (
        "2021年4月27日，開封市汴京水表廠鉗工趙衛東榮獲全國五一勞動獎章。"
        "據了解，中華全國總工會此次共表彰全國五一勞動獎章獲得者1197人。"
    )
    assert honours(text)["趙衛東"] == [("全国五一劳动奖章", 2021, ["中華全國總工會"])]


def test_a_grant_as_after_a_counted_name_run_keeps_no_wei_in_the_title() -> None:
    # 授予A、B两位同志为2015年度X: no 等 before the count, so the grant's 为 must still go
    got = honours("会上宣读了表彰决定，授予李建华、周晓梅两位同志为2015年度局优秀共产党员。")
    assert [t for t, _, _ in got["李建华"]] == ["局优秀共产党员"]
    assert [t for t, _, _ in got["周晓梅"]] == ["局优秀共产党员"]


def test_a_grant_as_to_one_comrade_keeps_no_wei_in_the_title() -> None:
    got = honours("授予赵德林同志为优秀党务工作者。")
    assert [t for t, _, _ in got["赵德林"]] == ["优秀党务工作者"]


def test_an_honour_that_begins_with_wei_keeps_it() -> None:
    got = honours("王秀英荣获为侨服务先进个人称号。")
    assert [t for t, _, _ in got["王秀英"]] == ["为侨服务先进个人"]
