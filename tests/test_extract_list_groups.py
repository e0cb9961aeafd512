"""Award lists split into groups (loaders/extract/awards.py ``group_heading``) and decisions whose
attached list follows the signature (loaders/extract/document.py ``_signs_text``): the rows under a
group line (安康市（7名）, 二、省直单位) keep the list's honour, and a body's name over a date under
the decision's attachment label (附件：) signs the text instead of opening a new article.  Every name and unit is invented."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.awards import group_heading
from loaders.extract.document import parse_document
from loaders.extract.listrows import epithet_names, parse_list_line


def titles_of(text: str) -> dict[str, set[str]]:
    return {p["name"]: {h["title"] for h in p["honors"]} for p in extract_text(text)["people"]}


ROWS = "邓晓峰 青川市中医医院医务科科长\n钟秀兰 青川市人民医院护士长\n"


def test_a_place_with_a_head_count_is_a_group() -> None:
    assert group_heading("安康市(7名)")


def test_a_kind_of_unit_is_a_group() -> None:
    assert group_heading("省直单位")


def test_an_honour_heading_is_no_group() -> None:
    assert not group_heading("优秀共产党员（3名）")


def test_rows_under_a_counted_place_keep_the_list_honour() -> None:
    got = titles_of("陕西省优秀医务工作者名单\n安康市（2名）\n" + ROWS)
    assert got.get("邓晓峰") == {"陕西省优秀医务工作者"}
    assert got.get("钟秀兰") == {"陕西省优秀医务工作者"}


def test_rows_under_a_numbered_sector_group_keep_the_list_honour() -> None:
    got = titles_of("陕西省优秀医务工作者名单\n一、省直单位（2名）\n" + ROWS)
    assert got.get("邓晓峰") == {"陕西省优秀医务工作者"}


def test_a_new_honour_heading_still_switches_the_honour() -> None:
    got = titles_of("陕西省优秀医务工作者名单\n贺立群 西安市中心医院院长\n二、优秀共产党员（2名）\n" + ROWS)
    assert got.get("贺立群") == {"陕西省优秀医务工作者"}
    assert got.get("邓晓峰") == {"优秀共产党员"}


DECISION = (
    "陕西省人民政府关于表彰陕西省优秀医务工作者的决定\n"
    "省政府决定，授予贺立群等3名同志“陕西省优秀医务工作者”称号。\n"
    "希望受到表彰的个人珍惜荣誉，再创佳绩。\n"
    "附件：\n陕西省人民政府\n2025年8月3日\n陕西省优秀医务工作者名单\n"
)


def test_a_signature_under_an_attachment_label_opens_no_article() -> None:
    assert len(parse_document(DECISION + ROWS).articles) == 1


def test_the_attached_list_after_a_signature_is_read_with_its_conferrer() -> None:
    people = {p["name"]: p for p in extract_text(DECISION + ROWS)["people"]}
    honours = people["邓晓峰"]["honors"]
    assert [h["title"] for h in honours] == ["陕西省优秀医务工作者"]
    assert honours[0]["conferred_by"] == ["陕西省人民政府"]


RESULTS = (
    "由青川市总工会主办的2023年“青川大工匠”发布活动，12月20日揭晓评选结果。\n"
    "一起来听听“青川大工匠”怎么说。\n"
    "青川钢铁公司炼钢厂炉长、高级技师，邓晓峰：把最普通的事情干到极致。\n"
    "青川港务集团装卸机械司机，钟秀兰：每一次变革都会带来进步。\n"
)


def test_a_cited_row_gives_its_unit_and_post_not_the_quote() -> None:
    person = parse_list_line("青川钢铁公司炼钢厂炉长、高级技师，邓晓峰：把最普通的事情干到极致。")
    assert person is not None
    assert (person.name, person.unit, person.post) == ("邓晓峰", "青川钢铁公司炼钢厂", "炉长")


def test_a_lead_before_a_name_and_colon_is_no_unit() -> None:
    person = parse_list_line("一起来听听吧，邓晓峰：把最普通的事情干到极致。")
    assert person is None or person.unit is None


def test_rows_after_a_results_lead_hold_its_honour_and_year() -> None:
    people = {p["name"]: p for p in extract_text(RESULTS)["people"]}
    for name in ("邓晓峰", "钟秀兰"):
        assert [(h["title"], h["year"]) for h in people[name]["honors"]] == [("青川大工匠", 2023)]
    assert people["钟秀兰"]["employers"] == ["青川港务集团"]


def test_a_results_lead_reaches_only_the_first_block_of_rows() -> None:
    text = RESULTS + "记者手记：他们的故事还在继续。\n贺立群，青川市人民医院院长：我们会继续努力。\n"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert not any(h["title"] == "青川大工匠" for h in people.get("贺立群", {}).get("honors", []))


def test_a_numbered_name_and_epithet_is_a_person() -> None:
    person = parse_list_line("4、郭明义——雷锋传人")
    assert person is not None and person.name == "郭明义" and person.unit is None


def test_an_epithet_before_the_name_is_read_too() -> None:
    person = parse_list_line("二、中华之光——朱光亚")
    assert person is not None and person.name == "朱光亚"


def test_a_unit_after_the_dash_stays_the_unit() -> None:
    person = parse_list_line("1、邓晓峰——青川钢铁公司")
    assert person is not None and person.unit == "青川钢铁公司"


EPITHETS = (
    "“感动青川2019年度十大人物”揭晓\n"
    "1、郭明义——雷锋传人\n颁奖辞：他总看别人，还需要什么。\n"
    "2、邓晓峰——大山之子\n颁奖辞：大雨滂沱，冲毁了房屋。\n"
)


def test_numbered_items_under_a_results_headline_hold_its_honour_across_their_citations() -> None:
    got = {p["name"]: [(h["title"], h["year"]) for h in p["honors"]] for p in extract_text(EPITHETS)["people"]}
    assert got.get("郭明义") == [("感动青川十大人物", 2019)]
    assert got.get("邓晓峰") == [("感动青川十大人物", 2019)]


def test_an_epithet_item_may_name_two_people() -> None:
    assert epithet_names("2、邓晓峰、邓晓林——信义兄弟") == ["邓晓峰", "邓晓林"]


def test_two_names_either_side_of_a_dash_are_no_epithet_item() -> None:
    assert epithet_names("2、邓晓峰——钟秀兰") == []


def test_both_people_of_a_paired_item_hold_the_list_honour() -> None:
    text = EPITHETS + "3、贺立群、贺立新——信义兄弟\n颁奖辞：言忠信，行笃敬。\n"
    got = {p["name"]: [h["title"] for h in p["honors"]] for p in extract_text(text)["people"]}
    assert got.get("贺立群") == ["感动青川十大人物"]
    assert got.get("贺立新") == ["感动青川十大人物"]


ROUND_HEADING_ITEMS = (
    "2024年3月2日发布\n"
    "2013“感动北山”年度人物评选\n"
    "一、大山之子——钱某远\n"
    "颁奖词\n"
    "他把一生交给了大山里的孩子，三十年守着一所只有一名教师的小学。\n"
    "二、生死相托——孟某、艾某蓉\n"
    "颁奖词\n"
    "他们背着病重的邻居走了四十里山路，把生的希望送到了县医院。\n"
)


def test_numbered_items_under_a_round_heading_are_its_honourees() -> None:
    people = {p["name"]: p for p in extract_text(ROUND_HEADING_ITEMS)["people"]}
    assert {"钱某远", "孟某", "艾某蓉"} <= set(people)
    assert {h["title"] for h in people["孟某"]["honors"]} == {"感动北山"}


def test_a_round_heading_dates_its_honourees_by_its_own_year_not_the_pages() -> None:
    people = {p["name"]: p for p in extract_text(ROUND_HEADING_ITEMS)["people"]}
    assert [h["year"] for h in people["钱某远"]["honors"]] == [2013]


def test_a_heading_that_launches_a_round_is_no_round_heading() -> None:
    text = ROUND_HEADING_ITEMS.replace("年度人物评选\n", "年度人物评选活动启动\n")
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert all(not p["honors"] for p in people.values())
