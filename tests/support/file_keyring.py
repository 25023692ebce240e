"""A keyring backend for tests: a JSON file named by WIJKDESK_TEST_KEYRING_FILE.

It stands in for the OS keyring in subprocesses (PYTHON_KEYRING_BACKEND), so keyring mode can be
tested on a machine without Secret Service, and a developer's real keyring is never touched.
"""

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["WIJKDESK_TEST_KEYRING_FILE"])

    def _load(self) -> dict:
        try:
            return json.loads(self._path.read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):  # type: ignore[no-untyped-def]
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service, username):  # type: ignore[no-untyped-def]
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(data))


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[str, str] = {}

    def get_password(self, service, username):  # type: ignore[no-untyped-def]
        return self.store.get(f"{service}/{username}")

    def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
        self.store[f"{service}/{username}"] = password

    def delete_password(self, service, username):  # type: ignore[no-untyped-def]
        if self.store.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
