"""The public API: extract_text / extract_file, decoding, document facts, evidence offsets, schema."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from graph.errors import InputError
from loaders.extract import extract_file, extract_text
from loaders.profile_io import validate_profile

PROFILE = (
    "河北工人报　2024年4月28日　星期日　第3版\n\n钢花深处的“炉前铁人”\n"
    "——记全国五一劳动奖章获得者、河钢集团唐钢公司炼钢部转炉作业区作业长赵铁军\n\n本报记者　孙立娟\n\n"
    "1978年11月出生的赵铁军是唐山丰南人。去年4月，中华全国总工会授予他全国五一劳动奖章。"
    "2018年被河北省总工会授予河北省五一劳动奖章。\n"
)


def test_the_result_validates_against_the_profile_schema() -> None:
    validate_profile(extract_text(PROFILE))


def test_the_document_carries_the_sha256_of_the_utf8_text_and_the_masthead() -> None:
    doc = extract_text(PROFILE, source="hebei.txt")["document"]
    assert doc["sha256"] == hashlib.sha256(PROFILE.encode("utf-8")).hexdigest()
    assert (doc["publisher"], doc["date"], doc["file"]) == ("河北工人报", "2024-04-28", "hebei.txt")


def test_last_year_follows_the_masthead_and_a_given_document_date_overrides_it() -> None:
    honours = {h["title"]: h for h in extract_text(PROFILE)["people"][0]["honors"]}
    assert honours["全国五一劳动奖章"]["year"] == 2023
    honours = {h["title"]: h for h in extract_text(PROFILE, document_date="2020-01")["people"][0]["honors"]}
    assert honours["全国五一劳动奖章"]["year"] == 2019


def test_a_text_without_any_date_leaves_last_year_unresolved() -> None:
    text = PROFILE.replace("河北工人报　2024年4月28日　星期日　第3版\n\n", "")
    honours = {h["title"]: h for h in extract_text(text)["people"][0]["honors"]}
    assert honours["全国五一劳动奖章"]["year"] is None


def test_evidence_offsets_point_at_the_sentence_in_the_source() -> None:
    out = extract_text(PROFILE)
    for fact in out["people"][0]["honors"] + out["people"][0]["positions"]:
        ev = fact["evidence"]
        assert PROFILE[ev["start"] : ev["end"]].replace("\n", "").strip() == ev["sentence"]
        assert 0 < ev["confidence"] <= 1


def test_a_bad_document_date_is_refused() -> None:
    with pytest.raises(InputError):
        extract_text(PROFILE, document_date="2024年")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_files_in_utf8_utf8_bom_and_gb18030_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "profile.txt"
    path.write_bytes(PROFILE.encode(encoding))
    assert extract_file(path)["people"][0]["name"] == "赵铁军"


def test_undecodable_bytes_raise_input_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xff\xfe\xfa\x80\x81" * 10)
    with pytest.raises(InputError) as err:
        extract_file(path)
    assert err.value.file == str(path)


def test_importing_and_running_the_extractor_prints_nothing() -> None:
    code = (
        "from loaders.extract import extract_text\n"
        "extract_text('张伟，男，1980年2月出生，焦煤集团九里山矿机电运转队队长，2022年获得中原大工匠。')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )
    assert done.stdout == ""
    assert "Building prefix dict" not in done.stderr


def test_importing_the_package_does_not_import_jieba() -> None:
    code = "import sys, loaders.extract; print('jieba' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )
    assert done.stdout.strip() == "False"
