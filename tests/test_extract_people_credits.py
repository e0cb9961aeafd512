"""People the finder missed or misread in fresh features and short news (session 13, ppl18):
dotted minority names with a word glued to them, closing credits and page-stamp writers,
exactly counted runs after a quoted honour, and surname-less names closing a subtitle or a
headline's part before its colon."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.extract.document import parse_document
from loaders.extract.mentions import person_spans
from loaders.extract.names import find_person_mentions
from loaders.extract.people import find_people
from loaders.honours import parse_honour
from tests.conftest import names_in, people_of


def _names(text: str) -> list[str]:
    return [m.name for m in find_person_mentions(text)]


# ---------------------------------------------------------------- dotted names


def test_dotted_name_after_a_trade_word_no_list_holds() -> None:
    # 护边员 is in no title list; a word ending in 员 still closes before the transliteration
    text = "今年9月，塔什库尔干县提孜那甫乡护边员阿不都·热合曼获得“人民卫士”国家荣誉称号。"
    names = _names(text)
    assert "阿不都·热合曼" in names
    assert not any(n.startswith("护边员") for n in names)


def test_dotted_name_whose_six_character_window_opens_inside_the_trade_word() -> None:
    # the dot pattern takes at most six characters before the dot: 员毛拉艾买提 → 毛拉艾买提
    text = "2023年9月，守卫边境45年的护边员毛拉艾买提·提里万迪光荣退休离岗。"
    assert "毛拉艾买提·提里万迪" in _names(text)


def test_dotted_name_after_a_comparison_word_and_before_its_family() -> None:
    names = _names("像库尔班·吐尔逊一家一样，忠于使命是护边员队伍的鲜明特色。")
    assert "库尔班·吐尔逊" in names
    assert not any("一家" in n or n.startswith("像") for n in names)


def test_dotted_name_read_as_the_text_writes_it_alone() -> None:
    # a joined layout line glues the source's last word (客户端) to the name it precedes
    text = "刻中国石——艾山·吐尔逊\n来源:央视新闻客户端艾山·吐尔逊,男,维吾尔族,乌恰县吉根乡护边员。"
    names = [p.name for p in person_spans(text)]
    assert names.count("艾山·吐尔逊") == 2
    assert all(n == "艾山·吐尔逊" for n in names if "·" in n)


def test_dotted_honouree_of_a_profile_keeps_her_honours() -> None:
    # the page's header line runs on into the introduction once the layout lines are joined
    text = (
        "网站首页 > 先锋模范\n\n"
        "刻中国石，传爱国情——布茹玛汗·毛勒朵 发布时间:2020-07-13 来源:光明网 央视新闻客户端\n\n"
        "  布茹玛汗·毛勒朵,女,柯尔克孜族,1942年6月生,新疆乌恰县吉根乡护边员。"
        "荣获“全国三八红旗手”“全国民族团结进步模范个人”等称号。"
    )
    people = people_of(text)
    assert list(people) == ["布茹玛汗·毛勒朵"]
    titles = {h["title"] for h in people["布茹玛汗·毛勒朵"]["honors"]}
    assert {"全国三八红旗手", "全国民族团结进步模范个人"} <= titles


# ---------------------------------------------------------------- credits


def test_closing_credits_of_a_multimedia_item_are_no_people() -> None:
    text = (
        "4月28日，全国劳动模范和先进工作者表彰大会在北京举行。洱源县凤羽镇上寺村村民李春喜获评“全国劳动模范”。\n\n"
        "指导:中共云南省委宣传部\n\n统筹:张俊辉\n\n美编:刘韬\n\n编辑:蔡飞 窦崇尹\n"
    )
    assert names_in(text) == {"李春喜"}


def test_credit_word_reported_as_the_title_of_the_name_after_it() -> None:
    assert [(m.name, m.title) for m in find_person_mentions("策划：何蓬磊")] == [("何蓬磊", "策划")]


def test_writer_named_before_the_page_date_stamp_is_a_byline() -> None:
    text = (
        "西藏自治区三八红旗手达卓玛：努力将藏医药文化发扬光大\n\n"
        "娄梦琳 发布时间:2020-03-20 10:40:00来源: 中国西藏新闻网\n\n"
        "3月7日，西藏自治区妇联公布了38名荣获2019年度西藏自治区三八红旗手的名单，"
        "西藏甘露藏药股份有限公司的达卓玛就是其中之一。"
    )
    people = find_people(parse_document(text))
    assert "娄梦琳" in people.bylines
    assert "娄梦琳" not in names_in(text)


# ---------------------------------------------------------------- counted runs


def test_counted_run_after_a_quoted_honour_keeps_a_name_without_surname() -> None:
    text = "报告会上，“北疆楷模”关慧明、董鸿儒、尼玛3位典型个人和两家模范单位分别作了精彩报告。"
    assert {"关慧明", "董鸿儒", "尼玛"} <= set(_names(text))


def test_quoted_honour_before_a_run_the_count_does_not_match_adds_nothing() -> None:
    # three pieces, a count of five: the run is not the whole group, its unread piece stays unread
    text = "“北疆楷模”关慧明、董鸿儒、塞上愚公5位典型个人作了报告。"
    assert "塞上愚公" not in _names(text)


# ---------------------------------------------------------------- subtitle and headline names


def test_surname_less_name_closing_a_profile_subtitle() -> None:
    text = (
        "用劳动改写“靠天吃饭”的命运\n"
        "——记黄南州泽库县宁秀镇智格日村牧民完玛卡着\n"
        "5月5日，藏族妇女完玛卡着已经在蔬菜大棚和牧场间忙碌开来。"
        "2025年，完玛卡着荣获全国劳动模范称号。完玛卡着说，这份荣誉属于乡亲们。"
    )
    people = people_of(text)
    assert "完玛卡着" in people
    assert "全国劳动模范" in {h["title"] for h in people["完玛卡着"]["honors"]}


def test_surname_less_name_closing_a_headline_before_its_colon() -> None:
    text = (
        "西藏自治区三八红旗手达卓玛：努力将藏医药文化发扬光大\n\n"
        "3月7日，西藏自治区妇联公布了38名荣获2019年度西藏自治区三八红旗手的名单，"
        "西藏甘露藏药股份有限公司的达卓玛就是其中之一。\n\n"
        "从1995年参加工作以来，达卓玛一直从事藏药方面的工作。"
    )
    assert "达卓玛" in names_in(text)


def test_headline_closing_words_written_once_are_no_name() -> None:
    # the repetition is the evidence: what closes the headline once, after a holder's word, stays words
    text = (
        "西藏自治区三八红旗手风采：努力将藏医药文化发扬光大\n\n"
        "3月7日，西藏自治区妇联公布了38名荣获2019年度西藏自治区三八红旗手的名单。"
    )
    assert names_in(text) == set()


# ---------------------------------------------------------------- posthumous honours, verbs read as names


def test_posthumous_conferral_verb_is_no_part_of_the_honour() -> None:
    assert parse_honour("获追授省优秀共产党员").title == "省优秀共产党员"
    assert parse_honour("被追授全国五一劳动奖章").title == "全国五一劳动奖章"


def test_posthumous_honour_in_a_headline_keeps_its_name() -> None:
    text = (
        "32岁扶贫干部吴国良车祸逝世 获追授省优秀共产党员\n\n"
        "日前，记者从中共云南省委办公厅获悉，中共云南省委决定追授吴国良为“云南省优秀共产党员”。"
    )
    people = people_of(text)
    titles = {h["title"] for h in people["吴国良"]["honors"]}
    assert "云南省优秀共产党员" in titles
    assert not any(t.startswith("追授") for t in titles)


def test_verb_with_aspect_particle_after_a_lead_word_is_no_name() -> None:
    # 满 is a surname and 劳模 a lead word, but 满载着 is a verb and its particle
    names = _names("黄树新和韦文武、农华安3位劳模满载着党和人民给予的荣誉回到蒙山。")
    assert "满载" not in names
    assert {"韦文武", "农华安"} <= set(names)


def test_name_that_is_also_a_word_of_another_class_stays_a_name() -> None:
    # 张扬 is a name word in the dictionary (not a bare verb): the particle after it does not drop it
    assert "张扬" in _names("劳模张扬了解情况后，连夜赶到现场。")


# ---------------------------------------------------------------- ethnicities


def test_ethnicity_in_an_infobox_or_introduction_is_no_person() -> None:
    # 蒙 is a surname: 蒙古族 on its own line or between commas looked like a three-character name
    text = (
        "满都拉\n\n满都拉，蒙古族，中国工商银行内蒙古自治区分行信息科技部总经理。\n\n"
        "  • 中文名：满都拉\n  • 民族：蒙古族\n\n2015年“全国劳动模范”荣誉称号获得者。满都拉说，荣誉属于大家。"
    )
    people = people_of(text)
    assert "蒙古族" not in people
    assert "满都拉" in people


# ---------------------------------------------------------------- more dotted names


def test_dotted_name_glued_after_a_verb_matches_its_other_dot() -> None:
    # the text writes • in one place and · in another; 给予 glues 予 to the first part
    text = "感动中国组委会给予买买提江•吾买尔颁奖词。\n买买提江·吾买尔是新疆伊犁布力开村村支部书记。"
    names = [p.name for p in person_spans(text)]
    assert "买买提江•吾买尔" in names
    assert not any(n.startswith("予") for n in names)


def test_dotted_name_after_a_residents_word() -> None:
    # 居民 is a status word, not a post; it still closes before the name
    assert "阿尼帕·阿力马洪" in _names("他们是：青河县青河镇居民阿尼帕·阿力马洪、乌鲁木齐市个体工商户阿里木。")


def test_nominee_people_of_a_series_hold_its_nominee_title() -> None:
    # 提名人物 is the series' nominee title, as 提名奖 and 提名人选 are: the clause is no mere nomination
    text = "3月31日，第六届感动内蒙古人物颁奖盛典在首府隆重举行。任明德等10人被评为感动内蒙古提名人物。"
    people = people_of(text)
    assert [h["title"] for h in people["任明德"]["honors"]] == ["感动内蒙古提名人物"]


# ---------------------------------------------------------------- long names without a dot


def test_long_transliterated_name_opening_an_introduction() -> None:
    # five characters, no dot: a Kazakh name the Han intro pattern (two to four characters) cut short
    text = (
        "人物档案：\n阿思里别克，哈萨克族，1988年5月出生，现任道浪特边境派出所副所长，"
        "2022年被公安部评为“全国优秀人民警察”。\n\n2014年，阿思里别克来到道浪特边境派出所工作。"
    )
    people = people_of(text)
    assert "阿思里别克" in people
    assert "阿思里" not in people
    assert "全国优秀人民警察" in {h["title"] for h in people["阿思里别克"]["honors"]}


def test_long_opening_words_written_once_are_no_name() -> None:
    # the same shape with words the text never repeats: no name
    text = "中国石油新疆油田，维吾尔族，员工占三成。公司获评全国五一劳动奖状。"
    assert not any(len(p["name"]) > 4 for p in extract_text(text)["people"])


# ---------------------------------------------------------------- Tibetan names


def test_tibetan_name_of_two_pairs_is_not_cut_at_a_surname_character() -> None:
    # 白 is a surname: the surname rules read 白珍 out of 扎西白珍
    names = _names("近日，江达县人民医院党支部书记、副主任医师扎西白珍成为了当地备受关注的焦点人物。")
    assert names == ["扎西白珍"]


def test_tibetan_name_after_a_title_gets_its_honour_not_the_official() -> None:
    text = (
        "3月26日，共青团西藏自治区委员会、自治区青联向在事件中英勇救人、身负重伤的藏族医生洛桑次仁"
        "颁发“西藏青年五四奖章”。"
    )
    people = people_of(text)
    assert list(people) == ["洛桑次仁"]
    assert [h["title"] for h in people["洛桑次仁"]["honors"]] == ["西藏青年五四奖章"]


def test_single_tibetan_pair_in_a_names_place() -> None:
    # one pair is a whole name after a job title, or opening a clause before 说
    assert _names("西藏自治区人民医院神经外科医生仁增在医学这条道路已奋战20余年。") == ["仁增"]
    assert _names("仁增说，在今后的工作中，将继续弘扬这种精神。") == ["仁增"]


def test_tibetan_pairs_that_are_greetings_or_flowers_stay_words() -> None:
    # 扎西 opens a greeting and 格桑 names a flower: no name's place, no second pair
    assert _names("扎西德勒，草原上的格桑花开了。") == []
