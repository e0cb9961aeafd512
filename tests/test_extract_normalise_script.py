"""Traditional-script texts: matched on the simplified copy, units and posts reported as the source writes them."""

from __future__ import annotations

from loaders.extract import extract_text
from loaders.textnorm import normalise

# a mirror site's machine conversion leaves pinyin in brackets after some characters
GLOSSED = (
    "福建這些先進(jìn)個人獲全國總工會(huì)表彰\n\n"
    "日前,全國總工會(huì)印發(fā)決定,表彰全國優(yōu)秀工會(huì)工作者。"
    "我省泉州市總工會(huì)黨組書記、常務(wù)副主席林建華被授予全國優(yōu)秀工會(huì)工作者標(biāo)兵稱號。\n"
)


def test_a_unit_read_on_the_simplified_copy_is_respelled_with_its_gloss() -> None:
    norm = normalise("我省晉江市總工會(huì)黨組書記彭德明")
    assert norm.respell("晋江市总工会") == "晉江市總工會(huì)"


def test_a_gloss_inside_a_post_is_kept_in_its_spelling() -> None:
    assert normalise("常務(wù)副主席林建華").respell("常务副主席") == "常務(wù)副主席"


def test_a_name_ending_in_a_glossed_character_is_written_with_the_gloss() -> None:
    norm = normalise("2005年蔣興權(quán)當選全國勞動(dòng)模范")
    assert norm.written(5, 8) == "蔣興權(quán)"
    assert norm.raw(5, 8) == "蔣興權"  # raw stops at the span's last character


def test_a_phrase_the_text_does_not_hold_is_returned_as_given() -> None:
    assert normalise("全國總工會(huì)印發(fā)決定").respell("中华全国总工会") == "中华全国总工会"


def test_a_simplified_text_gives_back_the_phrase_unchanged() -> None:
    assert normalise("焦作市总工会副主席王建军").respell("焦作市总工会") == "焦作市总工会"


def test_full_width_digits_in_the_source_do_not_change_a_units_spelling() -> None:
    assert normalise("第１中學教師李紅").respell("第1中学") == "第1中学"


def test_a_hong_kong_variant_that_t2s_leaves_is_folded_for_matching_only() -> None:
    norm = normalise("縣城南衞生院五官科醫師")
    assert norm.text.startswith("县城南卫生院")
    assert norm.respell("县城南卫生院") == "縣城南衞生院"


def test_a_glossed_article_reports_posts_and_their_unit_as_written() -> None:
    person = extract_text(GLOSSED, document_date="2018-11")["people"][0]
    assert person["name"] == "林建華"
    posts = {(p["title"], p["org"]) for p in person["positions"]}
    assert ("黨組書記", "泉州市總工會(huì)") in posts
    assert "常務(wù)副主席" in {title for title, _ in posts}


def test_a_glossed_articles_organisations_are_listed_as_written() -> None:
    names = {o["name"] for o in extract_text(GLOSSED, document_date="2018-11")["organizations"]}
    assert "泉州市總工會(huì)" in names
    assert "泉州市总工会" not in names


def test_a_national_conferring_body_keeps_its_name_without_the_gloss() -> None:
    text = "杭鍋集團(tuán)容器車間焊工於明華被中共中央、國務(wù)院授予“全國勞動(dòng)模范”稱號。\n"
    orgs = {o["name"] for o in extract_text(text, document_date="2015-04")["organizations"]}
    state_council = {name for name in orgs if name.endswith(("國務院", "国务院", "國務(wù)院"))}
    assert state_council == {"国务院"}
