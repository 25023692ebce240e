"""Shared fixtures. Qt runs offscreen; the OS keyring is never touched; data is synthetic."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import pytest  # noqa: E402

from tests.support.file_keyring import MemoryKeyring  # noqa: E402
from wijkdesk.app import initialise  # noqa: E402
from wijkdesk.config import locations as make_locations  # noqa: E402
from wijkdesk.domain.roles import Role  # noqa: E402
from wijkdesk.security.keys import PassphraseSource  # noqa: E402
from wijkdesk.services.profiles import NewProfile  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "tijdelijk-test-wachtwoord"
ADMIN_PASSWORD = "beheer-wachtwoord-1"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch):
    """No test sees the developer's keyring, data folder or secrets."""
    for var in ("WIJKDESK_DATA_DIR", "WIJKDESK_PASSPHRASE", "WIJKDESK_NEW_PASSPHRASE",
                "WIJKDESK_PASSWORD", "WIJKDESK_INIT_USERNAME", "WIJKDESK_INIT_DISPLAY_NAME",
                "WIJKDESK_INIT_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def locations(tmp_path):
    return make_locations(tmp_path / "profile")


@pytest.fixture
def passphrase(monkeypatch):
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    return PassphraseSource(interactive=False)


@pytest.fixture
def opened(locations, passphrase):
    """(workspace, administrator actor) on a fresh encrypted database in passphrase mode."""
    workspace, admin = initialise(
        locations, passphrase, NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD)
    )
    yield workspace, admin
    workspace.close()


@pytest.fixture
def workspace(opened):
    return opened[0]


@pytest.fixture
def admin(opened):
    return opened[1]


def make_profile(workspace, admin, username: str, role, display: str | None = None):
    """A signed-in actor of a new profile; its password is "<username>-wachtwoord-1"."""
    password = f"{username}-wachtwoord-1"
    workspace.profiles(admin).create(NewProfile(username, display or f"Test {username.title()}",
                                                password, role))
    return workspace.profiles().authenticate(username, password)


@pytest.fixture
def lead(workspace, admin):
    return make_profile(workspace, admin, "leider", Role.TEAM_LEAD)


@pytest.fixture
def member(workspace, admin):
    return make_profile(workspace, admin, "lid", Role.TEAM_MEMBER)


@pytest.fixture
def lane(qapp, workspace):
    """The background lane of a window on this workspace; it stops before the workspace
    closes (tests of the lane alone define their own)."""
    from wijkdesk.gui.lane import Lane

    made = Lane()
    yield made
    made.shutdown()


def audit_entries(workspace) -> list:
    """Every audit entry, oldest first."""
    from sqlalchemy import select

    from wijkdesk.store.models import AuditEntry

    with workspace.store.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Environment for a wijkdesk subprocess: fail keyring unless told otherwise, repo on path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIJKDESK_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONPATH"] = str(REPO)
    env["HOME"] = str(tmp_path / "home")
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str], timeout: float = 120,
            stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wijkdesk", *args],
        env=env, capture_output=True, text=True, timeout=timeout,
        input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
    )


@pytest.fixture
def controller(qapp, locations):
    """The window's controller on a fresh profile folder (nothing created yet)."""
    from tests.support.gui import make_controller

    made = make_controller(qapp, locations)
    yield made
    made.quit()
    for w in qapp.topLevelWidgets():
        w.close()
