"""Organisation names: canonical names through an alias file, kinds, and splitting
composite strings into a hierarchy (焦煤集团九里山矿机电运转队 → 焦煤集团 ⊃ 九里山矿 ⊃ 机电运转队).

(First version by the lead for the loader; the extraction work extends it.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "data"
ALIASES = DATA / "aliases" / "organizations.yaml"

# Suffixes that end one organisation inside a composite name, longest first.
_KIND_SUFFIXES = [
    ("有限责任公司", "公司"), ("有限公司", "公司"), ("分公司", "公司"), ("子公司", "公司"), ("公司", "公司"),
    ("集团", "集团"), ("总工会", "工会"), ("工会", "工会"), ("煤矿", "矿"), ("矿", "矿"),
    ("工厂", "厂"), ("厂", "厂"), ("车间", "车间"), ("班组", "班组"), ("工区", "工区"),
    ("运转队", "队"), ("区队", "队"), ("队", "队"), ("中心", "中心"), ("协会", "协会"),
    ("局", "政府部门"), ("委员会", "委员会"), ("医院", "医院"), ("卫生院", "医院"), ("学校", "学校"), ("大学", "学校"),
]


@dataclass(frozen=True)
class OrgPart:
    name: str
    kind: str | None


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    if not ALIASES.exists():
        return {}
    data = yaml.safe_load(ALIASES.read_text(encoding="utf-8")) or {}
    out = {}
    for canonical, names in (data.get("organizations") or {}).items():
        for name in names or []:
            out[name] = canonical
    return out


def canonical_org(name: str) -> str:
    """The full name of a body, through the editable alias file (河南能源 → 河南能源化工集团)."""
    name = re.sub(r"\s+", "", name)
    return _aliases().get(name, name)


def org_kind(name: str) -> str | None:
    for suffix, kind in _KIND_SUFFIXES:
        if name.endswith(suffix):
            return kind
    return None


def split_org(name: str) -> list[OrgPart]:
    """Split a composite name at organisation-kind suffixes; a plain name gives one part."""
    parts: list[OrgPart] = []
    rest = name
    pattern = re.compile("|".join(re.escape(s) for s, _ in _KIND_SUFFIXES))
    start = 0
    for m in pattern.finditer(rest):
        end = m.end()
        piece = rest[start:end]
        # a suffix inside a longer word (矿用, 集团公司) is not a boundary
        if len(piece) < 2 or (end < len(rest) and rest[end] in "用业务区"):
            continue
        parts.append(OrgPart(piece, org_kind(piece)))
        start = end
    if start < len(rest):
        tail = rest[start:]
        if parts:
            parts[-1] = OrgPart(parts[-1].name + tail, org_kind(parts[-1].name + tail))
        else:
            parts.append(OrgPart(tail, org_kind(tail)))
    return parts or [OrgPart(name, org_kind(name))]
