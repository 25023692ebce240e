"""The arrows point down: the import rules of DESIGN.md, checked on every module."""

import ast
import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "wijkdesk"
QT = ("PySide6", "shiboken6")
ORM = ("sqlalchemy", "alembic", "sqlcipher3", "wijkdesk.store")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _hits(imports: set[str], prefixes: tuple[str, ...]) -> set[str]:
    return {i for i in imports if any(i == p or i.startswith(p + ".") for p in prefixes)}


def test_the_checker_sees_imports():
    assert "wijkdesk.store.database" in _imports(PACKAGE / "app.py")
    assert len(_modules()) > 20


def _layer(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else None


def test_nothing_outside_gui_imports_qt():
    bad = {_rel(p): _hits(_imports(p), QT) for p in _modules() if _layer(p) != "gui"}
    assert {k: v for k, v in bad.items() if v} == {}


def test_gui_imports_no_orm_or_session_module():
    bad = {_rel(p): _hits(_imports(p), ORM) for p in _modules() if _layer(p) == "gui"}
    assert {k: v for k, v in bad.items() if v} == {}


ALLOWED = {
    # plain types and rules; errors are plain types shared by every layer
    "domain": ("wijkdesk.domain", "wijkdesk.errors"),
    "security": ("wijkdesk.domain", "wijkdesk.errors", "wijkdesk.security"),
    "store": ("wijkdesk.domain", "wijkdesk.errors", "wijkdesk.security", "wijkdesk.store"),
    "export": ("wijkdesk.domain", "wijkdesk.errors", "wijkdesk.export"),
}


def test_lower_layers_do_not_reach_up():
    bad = {}
    for path in _modules():
        allowed = ALLOWED.get(_layer(path) or "")
        if allowed is None:
            continue  # services, gui and the top level compose the layers
        ours = {i for i in _imports(path) if i.startswith("wijkdesk.")}
        extra = ours - _hits(ours, allowed)
        if extra:
            bad[_rel(path)] = extra
    assert bad == {}


def test_a_violation_would_be_seen(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from PySide6.QtCore import QObject\nimport wijkdesk.store.models as m\n")
    assert _hits(_imports(probe), QT) == {"PySide6.QtCore"}
    assert _hits(_imports(probe), ORM) == {"wijkdesk.store.models"}


def test_python_311_users_are_held_below_pyside6_612():
    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["project"]
    pyside = [d for d in project["dependencies"] if d.lower().startswith("pyside6")]
    old = [d for d in pyside if "python_version < '3.12'" in d]
    assert old and all("<6.12" in d for d in old)
    assert project["requires-python"] == ">=3.11"
