"""The repository stands on its own: no paths of one machine, no sibling folders, no build output.

Every text file git knows (committed, or new and not ignored) is read, except the test
inputs under tests/data/ — their README files are documentation and are read too.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.conftest import REPO

# Written so that this file does not match itself: [k] is "k" to the regex, not in the text.
WEB_ADDRESS = re.compile(r"https?://\S+")
MACHINE_PATHS = re.compile(
    r"/wor[k]/"  # the machine the project was developed on
    r"|/roo[t]/"
    r"|/hom[e]/[a-z_][a-z0-9_-]*/"
    r"|/tm[p]/"  # a temporary file is tempfile's or pytest's tmp_path, never a fixed path
    r"|[C]:\\Users\\"
    r"|\.\./share[d]\b",  # a sibling folder of the clone
    re.I,
)
ARTEFACTS = re.compile(r"\.whl$|(^|/)\.install\.stamp$|\.egg-info(/|$)|(^|/)__pycache__/|\.pyc$|(^|/)\.venv/")


def git_files(*args: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z", *args], cwd=REPO, capture_output=True, check=True)
    return [f for f in out.stdout.decode("utf-8").split("\0") if f]


def checked(name: str) -> bool:
    """Test inputs are data, not documentation: only their README/Markdown files are read."""
    return not name.startswith("tests/data/") or name.endswith(".md")


def text_of(path: Path) -> str | None:
    """The file as UTF-8 text, or None for binary files (and files deleted from the work tree)."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None
    if b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def test_no_file_names_a_path_of_one_machine_or_a_folder_outside_the_clone() -> None:
    names = sorted(set(git_files("--cached", "--others", "--exclude-standard")))
    assert len(names) > 100, "git ls-files found too few files: is this a clone?"
    found = []
    for name in filter(checked, names):
        text = text_of(REPO / name)
        for lineno, line in enumerate((text or "").splitlines(), 1):
            m = MACHINE_PATHS.search(WEB_ADDRESS.sub("", line))  # a page's address is no local path
            if m:
                found.append(f"{name}:{lineno}: {m.group(0)!r} in {line.strip()[:100]}")
    assert not found, "machine paths in the repository:\n" + "\n".join(found)


def test_no_build_artefact_is_committed() -> None:
    tracked = [n for n in git_files("--cached") if ARTEFACTS.search(n)]
    assert not tracked, f"build output is tracked by git: {tracked}"


def test_the_patterns_catch_what_they_are_for() -> None:
    # each example is split with + so that this file does not hold the paths it forbids
    for bad in (
        "see /w" + "ork/shared/x.py",
        "C:" + "\\Users\\me\\a.txt",
        "../sh" + "ared/notes",
        "/ho" + "me/alice/x",
    ):
        assert MACHINE_PATHS.search(bad), bad
    for fine in ("network/graph", "tests/data/seed/", "tmp_path / 'x'", "/homework"):
        assert not MACHINE_PATHS.search(fine), fine
    for artefact in (
        "pypdf-7.1.1-py3-none-any.whl",
        ".install.stamp",
        "laomo_graph.egg-info/PKG-INFO",
        "a/__pycache__/b.pyc",
    ):
        assert ARTEFACTS.search(artefact), artefact
