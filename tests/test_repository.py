"""The repository keeps its promises to a new user and to CI."""

import re

from tests.conftest import REPO


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    return [b.strip() for b in blocks]


def test_ci_runs_exactly_the_readme_test_command():
    commands = _readme_commands()
    test_command = next(c for c in commands if "pytest" in c)
    ci = (REPO / ".ci" / "run").read_text().splitlines()
    assert test_command in ci


def test_readme_starts_wijkdesk_with_demo_data():
    first = _readme_commands()[0]
    assert "wijkdesk demo" in first and "pip install" in first
    assert first.endswith("/wijkdesk")  # and then opens the window


def test_gitignore_keeps_databases_and_environments_out():
    ignored = (REPO / ".gitignore").read_text().splitlines()
    for pattern in ("*.db", "*.db-wal", ".venv/", "*.log", "dist/"):
        assert pattern in ignored


def test_ruff_finds_nothing():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--quiet", str(REPO)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
