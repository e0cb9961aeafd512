"""Profile validation: a fast compiled check for valid files, the same errors as always for bad ones."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from graph.errors import InputError
from loaders.profile_io import _validators, profile_schema, validate_profile
from tests.conftest import SAMPLE_PROFILE


def sample() -> dict[str, Any]:
    profile: dict[str, Any] = json.loads(SAMPLE_PROFILE.read_text(encoding="utf-8"))
    return profile


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(p: dict[str, Any]) -> None:
        node = p
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return mutate


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(p: dict[str, Any]) -> None:
        node = p
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return mutate


# Mistakes publicity staff make in hand-written profiles, and the field each error must name.
MISTAKES = {
    "year written in characters": (_set(("people", 0, "honors", 0, "year"), "二〇二一"), "people[0].honors[0].year"),
    "year impossible": (_set(("people", 0, "honors", 0, "year"), 20221), "people[0].honors[0].year"),
    "no name": (_drop(("people", 1, "name")), "people[1]"),
    "empty name": (_set(("people", 1, "name"), ""), "people[1].name"),
    "birth date as 1980年2月": (_set(("people", 0, "born"), "1980年2月"), "people[0].born"),
    "gender as male": (_set(("people", 0, "gender"), "male"), "people[0].gender"),
    "a field the format lacks": (_set(("people", 0, "mobile"), "13800000000"), "people[0]"),
    "confidence above one": (
        _set(("people", 0, "honors", 0, "evidence", "confidence"), 1.5),
        "people[0].honors[0].evidence.confidence",
    ),
    "negative patent count": (
        _set(("people", 0, "patent_counts"), [{"count": -3}]),
        "people[0].patent_counts[0].count",
    ),
    "level outside the six": (_set(("people", 0, "honors", 0, "level"), "全国"), "people[0].honors[0].level"),
    "sha256 not hex": (_set(("document", "sha256"), "z" * 64), "document.sha256"),
    "people not a list": (_set(("people",), {"name": "张伟"}), "people"),
}


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_a_mistake_is_reported_with_the_field_it_is_in(mistake: str) -> None:
    mutate, field = MISTAKES[mistake]
    profile = sample()
    mutate(profile)
    with pytest.raises(InputError) as err:
        validate_profile(profile, file="焦作日报.json")
    assert "焦作日报.json" in str(err.value) and field in str(err.value)


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_the_fast_check_refuses_everything_the_reference_validator_refuses(mistake: str) -> None:
    mutate, _ = MISTAKES[mistake]
    profile = sample()
    mutate(profile)
    fast, _ = _validators()
    assert not jsonschema.Draft202012Validator(profile_schema()).is_valid(profile)
    assert not fast.is_valid(profile)


def test_the_error_message_is_the_reference_validators_own() -> None:
    profile = sample()
    profile["people"][0]["honors"][0]["year"] = "二〇二一"
    expected = next(jsonschema.Draft202012Validator(profile_schema()).iter_errors(copy.deepcopy(profile))).message
    with pytest.raises(InputError) as err:
        validate_profile(profile, file="焦作日报.json")
    assert expected in str(err.value)


def test_the_sample_profile_passes_the_fast_check_alone() -> None:
    fast, _ = _validators()
    assert fast.is_valid(sample())


class _PdfText(str):
    """A string as a PDF reader hands it over (a ``str`` subclass, not plain JSON)."""


def test_text_a_pdf_reader_hands_over_is_validated_like_any_string() -> None:
    profile = sample()
    profile["document"]["title"] = _PdfText("焦作市总工会关于表彰第三届焦作工匠的决定")
    validate_profile(profile, file="决定.pdf")
    profile["people"][0]["born"] = _PdfText("1980年2月")
    with pytest.raises(InputError, match=r"people\[0\]\.born"):
        validate_profile(profile, file="决定.pdf")
