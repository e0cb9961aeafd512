"""Conferrers in Taiwan texts: 表揚大會 is a commendation meeting, and a county's government keeps
its own name (南投縣政府, no 人民 added)."""

from __future__ import annotations

from loaders.extract.relations import canonical_body
from loaders.textnorm import normalise, repair_layout
from tests.conftest import honours


def test_a_taiwan_county_government_keeps_its_own_name() -> None:
    assert canonical_body("南投縣政府") == "南投縣政府"
    assert canonical_body("臺北市政府") == "臺北市政府"


def test_a_mainland_city_government_still_takes_its_full_name() -> None:
    assert canonical_body("重慶市政府") == "重慶市人民政府"


def test_a_commendation_meeting_in_taiwan_words_reads_as_one_in_the_working_copy() -> None:
    norm = normalise("彰化縣政府今天舉辦模範勞工表揚大會。")
    assert "表彰大会" in norm.text
    assert len(norm.text) == len("彰化縣政府今天舉辦模範勞工表揚大會。")


def test_praise_outside_a_meeting_stays_praise() -> None:
    assert "表扬" in normalise("縣長逐一表揚辛勞的勞工。").text


def test_the_county_holding_the_commendation_meeting_confers_the_title() -> None:
    text = "宜蘭縣政府今天舉辦模範勞工表揚大會，宜蘭酒廠員工林美珠獲選模範勞工。"
    assert honours(text)["林美珠"] == [("模范劳工", None, ["宜蘭縣政府"])]


def test_a_caption_closing_with_its_photo_credit_is_not_joined_to_the_next_paragraph() -> None:
    text = "林美珠退休前夕獲選模範勞工。圖/宜蘭縣政府提供\n\n宜蘭縣政府今天舉辦模範勞工表揚大會。"
    assert "提供\n" in repair_layout(text).text
    bracketed = "宜蘭縣94名勞工獲模範表揚。(縣府提供)\n\n為感謝勞工朋友的付出，宜蘭縣總工會舉辦表揚大會。"
    assert "提供)\n" in repair_layout(bracketed).text


def test_the_credited_body_is_not_glued_to_the_conferrer_after_the_caption() -> None:
    text = (
        "林美珠到宜蘭酒廠工作48年,退休前夕獲選模範勞工。圖/宜蘭縣政府提供\n\n"
        "宜蘭縣政府今天舉辦模範勞工表揚大會,其中最資深的林美珠,18歲就到宜蘭酒廠工作。"
    )
    assert honours(text)["林美珠"] == [("模范劳工", None, ["宜蘭縣政府"])]
