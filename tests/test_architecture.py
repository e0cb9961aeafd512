"""The import rules of docs/architecture.md hold in every module of the repository.

The rules are read from the table between ``<!-- import-rules -->`` markers in the
document, so the document and the check cannot drift apart.  Imports are found with
``ast``: module-level ones and those inside functions (lazy imports) alike.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

DOC = REPO / "docs" / "architecture.md"
SKIP_DIRS = {"__pycache__", ".venv", "target", "node_modules"}


def import_rules() -> dict[str, set[str]]:
    """package → the project packages it may import, from the document's table."""
    text = DOC.read_text(encoding="utf-8")
    table = re.search(r"<!-- import-rules -->(.*?)<!-- /import-rules -->", text, re.S)
    assert table, "docs/architecture.md lost its import-rules table"
    rules: dict[str, set[str]] = {}
    for line in table.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        name = re.fullmatch(r"`(\w+)`", cells[0]) if len(cells) == 3 else None
        if name:
            rules[name.group(1)] = set(re.findall(r"`(\w+)`", cells[2]))
    return rules


RULES = import_rules()


def python_files(package: str) -> list[Path]:
    return sorted(p for p in (REPO / package).rglob("*.py") if not SKIP_DIRS & set(p.relative_to(REPO).parts))


def project_imports(path: Path) -> list[tuple[int, str]]:
    """(line, top-level project package) of every absolute import in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue  # relative imports stay inside their own package
        found += [(node.lineno, n.split(".")[0]) for n in names if n.split(".")[0] in RULES]
    return found


def test_the_document_states_a_rule_for_every_package_with_python_code() -> None:
    packages = {
        p.relative_to(REPO).parts[0]
        for p in REPO.glob("*/**/*.py")
        if not SKIP_DIRS & set(p.relative_to(REPO).parts) and not p.relative_to(REPO).parts[0].startswith(".")
    }
    assert packages <= set(RULES), f"add a row to docs/architecture.md for {sorted(packages - set(RULES))}"
    assert {"graph", "loaders", "ui", "laomo", "bench", "tools", "tests"} <= set(RULES)


def test_the_core_layers_are_stated_as_the_issue_requires() -> None:
    assert RULES["graph"] == set()
    assert RULES["loaders"] == {"graph"}
    assert RULES["ui"] == {"graph", "loaders"}
    assert "tests" not in set().union(*(allowed for name, allowed in RULES.items() if name != "tests"))


@pytest.mark.parametrize("package", sorted(RULES))
def test_a_package_imports_only_what_the_architecture_allows(package: str) -> None:
    allowed = RULES[package] | {package}
    files = python_files(package)
    assert files or package not in {"graph", "loaders", "ui", "laomo"}, f"no Python files found under {package}/"
    wrong = [
        f"{path.relative_to(REPO)}:{line} imports {target}"
        for path in files
        for line, target in project_imports(path)
        if target not in allowed
    ]
    assert not wrong, f"{package} may import only {sorted(allowed)}:\n" + "\n".join(wrong)


def test_a_lazy_import_inside_a_function_is_seen(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from ui.data import rows\n    import bench.run\n", encoding="utf-8")
    assert project_imports(module) == [(2, "ui"), (3, "bench")]
