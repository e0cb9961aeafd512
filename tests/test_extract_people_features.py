"""People of single-subject features the name stage used to miss (shapes of fresh pages):
an age or a form of address beside a name, names of peoples with no surname."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.names import find_person_mentions
from loaders.extract.people import find_people


def people_of(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text, document_date="2024-05")["people"]}


def test_a_name_after_an_age_is_found() -> None:
    text = "县总工会举办表扬大会，共有90位模范劳工受奖，其中年纪最大的是72岁的洪秋生，他从事驾驶工作五十年。"
    assert "洪秋生" in {n.name for n in find_person_mentions(text)}


def test_an_age_before_a_common_word_gives_no_name() -> None:
    assert not find_person_mentions("一位58岁的老师傅说，32岁的年轻人也来了。")


def test_a_name_before_xiaojie_is_closed_there() -> None:
    text = "服务年资最久的是县林区管理处萧秀枝小姐，她在林场工作了四十五年。"
    assert "萧秀枝" in {n.name for n in find_person_mentions(text)}


def test_a_mongolian_name_closing_a_profiles_subtitle_is_its_subject() -> None:
    text = (
        "守边护草原\n"
        "——记全国劳动模范、某旗某镇某嘎查委员会委员额尔敦巴雅尔\n"
        "4月30日，嘎查委员会委员额尔敦巴雅尔捧着全国劳动模范荣誉证书载誉归来，牧民们围拢上来。\n"
        "在嘎查里，额尔敦巴雅尔是出了名的“闲不住”。\n"
        "额尔敦巴雅尔用脚步丈量边境线，风雨无阻。\n"
    )
    people = people_of(text)
    assert "额尔敦巴雅尔" in people
    assert [h["title"] for h in people["额尔敦巴雅尔"]["honors"]] == ["全国劳动模范"]


def test_a_four_character_name_introduced_with_a_minority_people_is_a_name() -> None:
    text = (
        "热烈祝贺藏绣传承人卓玛拉吉荣获全国五一劳动奖章\n"
        "我县藏绣代表性传承人卓玛拉吉，荣获中华全国总工会颁发的2024年全国五一劳动奖章。\n"
        "卓玛拉吉，女，藏族，1988年3月出生于某县某乡的一个藏绣世家，有20多年从事藏绣的经历。\n"
    )
    assert "卓玛拉吉" in find_people(parse_document(text)).names()
    assert "全国五一劳动奖章" in [h["title"] for h in people_of(text)["卓玛拉吉"]["honors"]]


def test_a_four_character_introduction_written_once_gives_no_name() -> None:
    text = "二级警长，女，藏族，1988年3月出生，从警十五年，多次被评为优秀民警。"
    assert "二级警长" not in find_people(parse_document(text)).names()


def test_a_name_with_an_unlisted_surname_after_a_post_and_opening_a_sentence_is_found() -> None:
    text = (
        "某省一护士荣获南丁格尔奖章\n"
        "我国有3名护士获此奖，某市人民医院重症监护室护士长脱晓梅名列其中。\n"
        "脱晓梅从事护理工作26年，用爱心呵护着每一位患者。\n"
    )
    assert "脱晓梅" in find_people(parse_document(text)).names()


def test_a_word_after_a_post_opening_a_sentence_is_no_name() -> None:
    text = "他是车间主任。主任务是保证安全。车间主任务必到岗。"
    names = find_people(parse_document(text)).names()
    assert not any(n.startswith("主任") for n in names)


def test_a_county_head_who_attends_to_congratulate_is_an_official() -> None:
    from loaders.extract.people import is_official

    text = "县政府28日举行模范劳工表扬大会，县长林明德特出席致贺，并与理事长曾振发逐一颁发奖状。"
    assert is_official(text, "林明德")
    assert is_official(text, "曾振发")


def test_guests_watching_the_ceremony_are_officials() -> None:
    from loaders.extract.people import is_official

    text = "当天，县议员史雪梅、劳保局南投办事处主任陈炎明都到场观礼。许淑芬县长致词表示，感谢劳工朋友。"
    assert is_official(text, "史雪梅")
    assert is_official(text, "陈炎明")


def test_an_honouree_who_receives_the_award_is_no_official() -> None:
    from loaders.extract.people import is_official

    text = "县长逐一向郑秀慈等87位劳工颁发奖状，郑秀慈获颁模范劳工奖状。"
    assert not is_official(text, "郑秀慈")


def test_a_feature_about_one_titled_worker_keeps_that_worker_without_an_honour() -> None:
    text = (
        "匠心闪耀\n"
        "以匠心恪守初心\n"
        "三峡、溪洛渡、葛洲坝……某电机有限公司水轮机装配特级技师崔兴华步伐稳健、意气风发。\n"
        "从业30余年里，崔兴华在水轮机装配领域潜心钻研，掌握了降低水轮机不平衡力矩的关键技术。\n"
    )
    assert "崔兴华" in people_of(text)


def test_a_news_item_naming_one_official_keeps_nobody() -> None:
    text = (
        "市总工会举办主题演讲比赛\n"
        "4月29日，市总工会机关工会举办主题演讲比赛，市总工会党组书记、副主席高纯林任评委并讲话。\n"
        "高纯林在赛后总结中指出，工会活动要坚持正确导向。\n"
    )
    assert people_of(text) == {}


def test_a_visiting_union_official_in_a_dispatch_is_no_subject() -> None:
    text = (
        "工人报讯（通讯员 雪迎春）1月30日，某县总工会副主席罗建华一行走访慰问了困难劳模。\n"
        "在入户慰问过程中，罗建华一行详细询问了每位劳模的工作、身体、生活情况。\n"
    )
    assert "罗建华" not in people_of(text)
