"""The installed `laomo` command can import every package the CLI composes (not only from the repo)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOT_SHIPPED = {"tests", "scripts"}  # run from a checkout only


def test_every_package_the_cli_imports_is_installed_with_it() -> None:
    include = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"][
        "find"
    ]["include"]
    packages = {p.parent.name for p in REPO.glob("*/__init__.py")} - NOT_SHIPPED
    missing = {p for p in packages if not any(fnmatch.fnmatch(p, pattern) for pattern in include)}
    assert not missing, f"add to [tool.setuptools.packages.find] include in pyproject.toml: {sorted(missing)}"
