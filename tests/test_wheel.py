"""The wheel carries everything wijkdesk needs at run time; the installed package works."""

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(REPO)],
        check=True, capture_output=True, timeout=300,
    )
    (found,) = out.glob("wijkdesk-*.whl")
    return found


def test_wheel_contains_migrations_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "wijkdesk/store/migrations/env.py" in names
    assert "wijkdesk/store/migrations/script.py.mako" in names
    assert any(n.startswith("wijkdesk/store/migrations/versions/0001") for n in names)
    assert "wijkdesk/resources/icons/wijkdesk.svg" in names
    assert "wijkdesk/resources/icons/lock.svg" in names
    assert "wijkdesk/resources/translations/wijkdesk_nl.qm" in names
    assert "wijkdesk/gui/forms/main_window.py" in names
    assert not any("__pycache__" in n or n.startswith("tests/") for n in names)


def test_installed_wheel_runs_version_and_check(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    py = bindir / "python"
    # Dependencies come from this interpreter's site-packages (no download); wijkdesk itself
    # only from the wheel, which sits first on the new environment's path.
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([py, "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                   check=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIJKDESK_")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               WIJKDESK_PASSPHRASE=PASSPHRASE, WIJKDESK_DATA_DIR=str(tmp_path / "data"))
    env.pop("PYTHONPATH", None)

    def run(*args):
        return subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300)

    where = run(str(py), "-c", "import wijkdesk; print(wijkdesk.__file__)")
    assert where.stdout.strip().startswith(str(venv)), where.stdout
    version = run(str(bindir / "wijkdesk"), "--version")
    assert version.returncode == 0 and version.stdout.startswith("wijkdesk ")
    demo = run(str(bindir / "wijkdesk"), "demo", "--households", "5")
    assert demo.returncode == 0, demo.stderr
    check = run(str(bindir / "wijkdesk"), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "All checks passed." in check.stdout
    icon = run(str(py), "-c", "from wijkdesk.resources import resource_path; "
                              "print(resource_path('icons', 'wijkdesk.svg'))")
    assert icon.stdout.strip().startswith(str(venv)), icon.stdout + icon.stderr
    # the installed window starts in Dutch from the wheel's own translation
    window = run(str(py), "-c", (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wijkdesk.config import locations\n"
        "from wijkdesk.gui.launch import prepare\n"
        "from wijkdesk.gui.login import LoginDialog\n"
        "from wijkdesk.gui.lane import Lane\n"
        "app = QApplication([]); prepare(app, locations(None)); lane = Lane()\n"
        "print(LoginDialog(lane, None, needs_passphrase=False).windowTitle()); lane.shutdown()"))
    assert window.stdout.strip() == "Aanmelden bij wijkdesk", window.stdout + window.stderr
