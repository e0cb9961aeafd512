"""Officials at award ceremonies who must not become subjects (session 13, offc18): the speaker
who gives the address (致辞), and the last of a run of officials attending a named meeting."""

from __future__ import annotations

from loaders.extract.people import is_official
from tests.conftest import people_of

# --- the speaker of the ceremony (people.OFFICIAL_AFTER_RE)


def test_union_chair_giving_the_address_on_behalf_of_the_union_is_an_official() -> None:
    assert is_official("王丽华代表市总工会致辞时表示，要持续深化工匠选树机制。", "王丽华")


def test_official_who_gave_the_address_is_an_official() -> None:
    assert is_official("典礼上，周敏致了辞，她说，今天受到表彰的工匠是职工的杰出代表。", "周敏")
    assert is_official("陈立新在致辞中指出，劳动者是城市发展的主力军。", "陈立新")


def test_an_honouree_speaking_for_the_honourees_stays_a_subject() -> None:
    assert not is_official("劳模代表赵志刚发言，表示要珍惜荣誉。", "赵志刚")


def test_a_speaker_named_again_is_not_output_as_a_person() -> None:
    text = (
        "5月4日上午，首届“河湾工匠”颁奖典礼在河湾市第六中学举行。市委常委、宣传部部长周敏出席。"
        "典礼上，周敏致了辞，她说，今天受到表彰的10位“河湾工匠”是全市职工的杰出代表。"
        "周敏强调，各单位要大力宣传工匠精神。"
    )
    assert "周敏" not in people_of(text)


# --- a run of officials closing on 出席 + the meeting's name (people.ATTENDING_RUN)


def test_a_run_closing_on_attending_the_named_meeting_makes_officials() -> None:
    text = (
        "市总工会党组书记、副主席张立明，市人社局局长许红，68名历届金城大工匠，"
        "以及各区总工会代表、市产改协调小组成员单位负责同志等出席表彰大会。"
    )
    assert is_official(text, "张立明")
    assert is_official(text, "许红")


def test_a_long_run_of_posts_before_attending_still_makes_officials() -> None:
    text = (
        "省总工会副主席刘晓东，市委副书记、副市长杨帆，市人大常委会副主任、市总工会主席"
        "韩冰，市教育局局长孙一鸣，市总工会党组书记、副主席何平，获奖工匠代表，"
        "以及各县区总工会负责同志等出席颁奖典礼。"
    )
    assert is_official(text, "刘晓东")


def test_a_worker_whose_sentence_names_no_attendance_is_not_an_official() -> None:
    text = "市总工会副主席张立明，焊工许红荣获“金城工匠”称号。许红说，要继续钻研。"
    assert not is_official(text, "许红")


# --- a role at the event, then the speech (people.OFFICIAL_AFTER_RE)


def test_union_leader_who_judges_and_speaks_is_an_official() -> None:
    text = "市总工会党组书记、副主席林国栋任评委并讲话。林国栋在赛后总结中指出，此次比赛是一次精神的洗礼。"
    assert is_official(text, "林国栋")


def test_a_leader_attending_and_giving_an_important_speech_is_an_official() -> None:
    assert is_official("县委书记马建军出席并作重要讲话。", "马建军")


def test_union_leader_who_judges_and_speaks_is_not_output_as_a_person() -> None:
    text = (
        "4月29日，市总工会机关工会举办主题演讲比赛，市总工会党组书记、副主席林国栋任评委并讲话。"
        "林国栋在赛后总结中指出，此次演讲比赛是一次精神的洗礼。林国栋强调，工会活动要坚持正确导向。"
    )
    assert "林国栋" not in people_of(text)


def test_a_worker_who_spoke_of_the_team_is_not_an_official() -> None:
    assert not is_official("焊工郑海涛荣获“金城工匠”称号，他在班组会上讲起了经验。", "郑海涛")


# --- honour + 代表 before a name (loaders.honours.parse_honour)


def test_honouree_speaking_for_the_honourees_holds_the_honour() -> None:
    people = people_of("会上，全国劳动模范代表张卫东发言。")
    assert [h["title"] for h in people["张卫东"]["honors"]] == ["全国劳动模范"]


def test_two_representatives_of_editions_are_both_holders() -> None:
    text = "第一届金城大工匠代表刘志刚和第二届金城大工匠代表孟凡东为第三届金城大工匠致推荐词。"
    people = people_of(text)
    assert [h["edition"] for h in people["孟凡东"]["honors"]] == ["第二届"]
