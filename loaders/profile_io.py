"""Reading and validating structured profile files (data/profile.schema.json).

A profile file is JSON or YAML.  Validation happens before anything touches a
store, and every error names the file and the field (as a JSON path such as
``people[0].honors[2].year``) so publicity staff can find and fix it.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from graph.errors import InputError

if TYPE_CHECKING:
    import jsonschema

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "data" / "profile.schema.json"
FORMAT = "laomo-profile/1"
_TITLED = ("patents", "standards", "projects")


@lru_cache(maxsize=1)
def profile_schema() -> dict[str, Any]:
    """The JSON Schema of a profile file (data/profile.schema.json)."""
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def _json_path(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


@lru_cache(maxsize=1)
def _fast_validator() -> Any:
    """The schema compiled once for the fast check (``jsonschema_rs``, Rust)."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(profile_schema())


@lru_cache(maxsize=1)
def _reference_validator() -> jsonschema.Draft202012Validator:
    """The reference validator, imported only to explain an invalid profile (its import costs start-up)."""
    import jsonschema

    return jsonschema.Draft202012Validator(profile_schema())


def _validators() -> tuple[Any, jsonschema.Draft202012Validator]:
    """The fast check and the reference one."""
    return _fast_validator(), _reference_validator()


def validate_profile(profile: Any, *, file: str = "<profile>") -> None:
    """Raise InputError naming the first invalid field (in document order).

    A valid profile passes the compiled Rust check alone (a 10,000-row 名单 in a few
    milliseconds, where ``jsonschema`` took seconds); an invalid one is read again by
    ``jsonschema``, whose messages and paths the errors have always used.
    """
    fast = _fast_validator()
    try:
        if fast.is_valid(profile):
            return
    except (ValueError, TypeError):  # a value that is not plain JSON (a str subclass from a PDF reader …)
        pass
    errors = sorted(_reference_validator().iter_errors(profile), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        err = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise InputError(f"{err.message}{more}", file=file, field=_json_path(err.absolute_path))


def parse_profile_bytes(data: bytes, *, file: str) -> dict[str, Any]:
    """Decode and parse JSON or YAML bytes; syntax errors name the line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", file=file) from exc
    try:
        loaded = yaml.safe_load(text) if file.endswith((".yaml", ".yml")) else json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", file=file) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", file=file) from exc
    if not isinstance(loaded, dict):
        raise InputError("a profile file holds one JSON object with 'document' and 'people'", file=file)
    return loaded


def read_profile(path: str | Path) -> dict[str, Any]:
    """Read, validate and normalise one profile file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(p)) from exc
    profile = parse_profile_bytes(data, file=str(p))
    validate_profile(profile, file=str(p))
    doc = profile.setdefault("document", {})
    doc.setdefault("source", str(p))
    if not doc.get("sha256"):
        # a hand-written profile with no source text is identified by its own bytes
        doc["sha256"] = hashlib.sha256(data).hexdigest()
    return normalise_profile(profile)


def normalise_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """Fill defaults so downstream code never branches on a missing key."""
    profile.setdefault("format", FORMAT)
    profile.setdefault("organizations", [])
    doc = profile.setdefault("document", {})
    if not doc.get("sha256"):
        canonical = json.dumps(profile, ensure_ascii=False, sort_keys=True).encode("utf-8")
        doc["sha256"] = hashlib.sha256(canonical).hexdigest()
    for person in profile.get("people", []):
        for key in (
            "aliases",
            "employers",
            "positions",
            "honors",
            "competitions",
            "patents",
            "patent_counts",
            "standards",
            "projects",
        ):
            person.setdefault(key, [])
        for key in _TITLED:
            person[key] = [{"title": x} if isinstance(x, str) else x for x in person[key]]
        for honor in person["honors"]:
            honor.setdefault("conferred_by", [])
    return profile
