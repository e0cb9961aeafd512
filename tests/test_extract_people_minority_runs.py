"""Names the finder missed in fresh multi-person news (session 12, ppl17): dotted minority names
after a title, and exactly counted runs of names without a Han surname."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.entries import laudation_entries
from loaders.extract.mentions import person_spans
from loaders.extract.names import find_person_mentions
from loaders.extract.people import PLACE_AFTER, find_people, is_official
from loaders.extract.wordre import followed_by


def _names(text: str) -> list[str]:
    return [m.name for m in find_person_mentions(text)]


def test_dotted_name_after_a_title_the_match_opens_inside() -> None:
    # the dotted-name pattern takes six characters before the dot: 事长阿不力孜 → the title is 董事长
    text = "被评为全国见义勇为模范的和田市残疾人工贸发展中心董事长阿不力孜·买买提尼牙孜24年来救助了70多名群众。"
    assert "阿不力孜·买买提尼牙孜" in _names(text)


def test_dotted_name_wins_over_its_first_part() -> None:
    # a title rule and the tagger agree on 沙吾尔; the dotted reading is the whole name
    text = (
        "被评为全国敬业奉献模范的尉犁县兴平乡达西村党支部书记沙吾尔·芒力克带领村民把达西村从一个贫困村建成南疆第一村。"
    )
    names = _names(text)
    assert "沙吾尔·芒力克" in names
    assert "沙吾尔" not in names


def test_dotted_title_outside_a_name_stays_out() -> None:
    assert _names("人民铁道报·东北版刊发了这篇报道。") == []


def test_counted_run_of_names_without_surnames() -> None:
    text = "现场，罗布斯达、蒋良文、格桑罗布、禹代林、扎西尼玛、平措、解钊7人荣膺2018年度“西藏工匠”称号。"
    names = _names(text)
    for name in ("禹代林", "扎西尼玛", "平措", "解钊"):
        assert name in names


def test_counted_run_of_places_is_no_list_of_names() -> None:
    assert _names("北京、上海、广州3人获奖后返回。") == []


def test_counted_run_needs_the_exact_count() -> None:
    # 5人 counts more people than the three pieces: no piece is taken whole (a Mongolian name here:
    # a Tibetan name of two known pairs, 扎西尼玛, is a name by its own shape since session 13)
    assert "乌力吉图" not in _names("会上，次仁、乌力吉图、平措5人获得表彰。")


# --- laudation lists (loaders.extract.entries): colleagues sharing one entry


def test_laudation_entry_with_colleagues_sharing_unit_and_post() -> None:
    entries = laudation_entries("击毙持枪逃犯的重庆市公安局沙坪坝分局民警王晓渝、周缙；")
    assert [e[0] for e in entries] == ["王晓渝", "周缙"]
    assert all(e[1] == "重庆市公安局沙坪坝分局" and e[3] == ["民警"] for e in entries)


def test_laudation_entry_partner_must_be_a_name() -> None:
    assert laudation_entries("常年坚守的某县公安局民警王晓渝、交警大队；") == []


def test_laudation_list_gives_the_honour_to_both_colleagues() -> None:
    text = (
        "2012年10月26日，10名代表被授予“全国公安系统二级英雄模范”荣誉称号，他们是："
        "在暴雨中以身殉职的北京市公安局燕山分局向阳路派出所所长李方洪；"
        "击毙持枪杀人逃犯的重庆市公安局沙坪坝分局民警王晓渝、周缙；"
        "长年战斗在刑侦一线的宁夏石嘴山市公安局法医陈莉。"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert "王晓渝" in people
    assert [h["title"] for h in people["王晓渝"]["honors"]] == ["全国公安系统二级英雄模范"]
    assert people["王晓渝"]["employers"] == ["重庆市公安局沙坪坝分局"]


def test_counted_groups_quoted_epithet_is_no_honour_of_the_list() -> None:
    text = (
        "2012年10月26日，10名“最美警察”代表被授予“全国公安系统二级英雄模范”荣誉称号，他们是："
        "在暴雨中以身殉职的北京市公安局燕山分局向阳路派出所所长李方洪；"
        "击毙持枪杀人逃犯的重庆市公安局沙坪坝分局民警王晓渝；"
        "在失控汽车前以身殉职的陕西省扶风县公安局民警马彩凤。"
    )
    for person in extract_text(text)["people"]:
        assert "最美警察" not in [h["title"] for h in person["honors"]]


# --- people (loaders.extract.people): a word the text writes as a township or village is a place


def test_word_written_as_a_village_is_no_person() -> None:
    text = (
        "西藏隆子县玉麦乡玉麦村的卓嘎、央宗姐妹，是“全国敬业奉献模范”的杰出代表。"
        "几十年来，姐妹俩追随父亲在玉麦这个中国人口最少的乡，守护着祖国的领土。"
    )
    names = find_people(parse_document(text)).names()
    assert "玉麦" not in names
    assert "卓嘎" in names


def test_village_post_after_a_name_keeps_the_name() -> None:
    # 刘江县长 / 王伟村委委员: a post held in the place, the name stays a name
    assert not followed_by("会上，刘江县长讲话。", "刘江", PLACE_AFTER)
    assert not followed_by("王伟村委委员出席。", "王伟", PLACE_AFTER)
    assert followed_by("在玉麦乡", "玉麦", PLACE_AFTER)


def test_dotted_name_ends_before_it_is_on_the_list() -> None:
    # 位列其中 (is among them) closes the name, as 名列其中 does
    text = "这29名功勋党员中，来自内蒙古的廷·巴特尔位列其中，他也是内蒙古唯一获此殊荣的人。"
    assert _names(text) == ["廷·巴特尔"]


# --- Uyghur and Kazakh names written with a blank for the dot


def test_spaced_uyghur_names_in_a_list() -> None:
    text = "热汗古丽 依米尔、余文丽、马合沙提 斯拉木等26人，荣获第三届自治区道德模范荣誉称号。"
    names = _names(text)
    assert "热汗古丽 依米尔" in names
    assert "余文丽" in names


def test_spaced_name_after_an_epithet_and_a_job() -> None:
    text = "获得该荣誉的还有“私车公用大叔”艾尼瓦尔 芒素、“熊猫血”献血者海来提 哈得尔。"
    names = _names(text)
    assert "艾尼瓦尔 芒素" in names
    assert "海来提 哈得尔" in names


def test_spaced_name_closes_before_a_verb() -> None:
    assert _names("如今，热汗古丽 依米尔是新疆职业大学汉语翻译专业学生。") == ["热汗古丽 依米尔"]


def test_words_spaced_for_layout_are_no_spaced_names() -> None:
    assert _names("常 州 市 武 进 区 卫生局") == []
    assert _names("公司 技术中心 荣获先进集体。") == []


def test_spaced_name_in_traditional_script() -> None:
    text = (
        "8月22日，第三屆自治區道德模範頒獎典禮舉行。熱汗古麗 依米爾、余文麗等26人，榮獲第三屆自治區道德模範榮譽稱號。"
    )
    names = [p["name"].replace(" ", "") for p in extract_text(text)["people"]]
    assert "熱汗古麗依米爾" in names


# --- mentions: an institution named after a person


def test_name_of_a_memorial_hospital_is_no_person() -> None:
    text = "附属一院钟颂平、孙逸仙纪念医院杨雪红荣获此项殊荣。"
    names = [p.name for p in person_spans(text)]
    assert "孙逸仙" not in names
    assert "杨雪红" in names


# --- officials at the ceremony (people.is_official, profile.attribute)


def test_attending_or_speaking_at_the_ceremony_is_an_official() -> None:
    assert is_official("区委副书记张国亮出席颁奖典礼。", "张国亮")
    assert is_official("自治区党委副书记刘江在发布仪式上说，要珍惜荣誉。", "刘江")
    assert not is_official("焊工刘江在岗位上坚守了二十年。", "刘江")


def test_speaker_at_the_ceremony_holds_no_honour_the_speech_names() -> None:
    text = (
        "4月3日，2023年西藏工匠年度人物发布仪式在拉萨举行。\n"
        "自治区党委副书记刘江在发布仪式上说，“西藏工匠”是全区产业工人队伍的优秀代表。"
    )
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert "西藏工匠" not in [h["title"] for h in people.get("刘江", {"honors": []})["honors"]]


def test_honouree_after_an_officials_sentence_keeps_the_honour() -> None:
    text = "区委副书记张国亮出席颁奖典礼。烟台海德机床有限公司职工王建仁荣获“牟平工匠”称号。"
    people = {p["name"]: p for p in extract_text(text)["people"]}
    assert [h["title"] for h in people["王建仁"]["honors"]] == ["牟平工匠"]
    assert "张国亮" not in people


# --- four-character names after a title (names._four_after_title)


def test_four_character_tibetan_name_after_a_title() -> None:
    text = "西藏自治区农牧科学院研究员、牦牛育肥专家巴桑旺堆，中铁十二局安多车间主任高钱胜，山南市的代表。"
    assert _names(text)[:2] == ["巴桑旺堆", "高钱胜"]


def test_three_character_name_keeps_a_following_frequent_word_out() -> None:
    assert _names("车间主任张建国一行，来到现场。") == ["张建国"]
    assert _names("班长王强说，大家要努力。") == ["王强"]


# --- profile: one person whichever dot the text writes


def test_two_dots_of_one_minority_name_are_one_person() -> None:
    text = (
        "10月13日，我区周丽娜、沙吾尔•芒力克、陈明三人当选第五届全国道德模范。"
        "被评为全国敬业奉献模范的尉犁县兴平乡达西村党支部书记沙吾尔·芒力克带领村民建成南疆第一村。"
    )
    people = [p for p in extract_text(text)["people"] if p["name"].startswith("沙吾尔")]
    assert len(people) == 1
    titles = {h["title"] for h in people[0]["honors"]}
    assert {"全国道德模范", "全国敬业奉献模范"} <= titles
