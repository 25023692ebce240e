"""Where wijkdesk keeps its files.

platformdirs gives each OS its expected places (XDG on Linux, Application Support on macOS,
AppData on Windows). A profile folder chosen with --data-dir or WIJKDESK_DATA_DIR holds all of
them together, so a test, a demo or a second team can live side by side.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "wijkdesk"
DATA_DIR_ENV = "WIJKDESK_DATA_DIR"
DATABASE_FILE = "wijkdesk.db"
STORE_FILE = "store.json"  # storage mode and database id; nothing secret
AUDIT_HEAD_FILE = "audit-head.json"  # the audit chain's anchor outside the database


@dataclass(frozen=True)
class Locations:
    data: Path
    backups: Path
    logs: Path
    config: Path

    @property
    def database(self) -> Path:
        return self.data / DATABASE_FILE

    @property
    def store_file(self) -> Path:
        return self.data / STORE_FILE

    @property
    def audit_head(self) -> Path:
        return self.data / AUDIT_HEAD_FILE

    @property
    def log_file(self) -> Path:
        return self.logs / "wijkdesk.log"

    def ensure(self) -> None:
        for folder in (self.data, self.backups, self.logs, self.config):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)


def locations(data_dir: str | os.PathLike[str] | None = None) -> Locations:
    """The locations for an explicit folder, WIJKDESK_DATA_DIR, or the OS defaults."""
    chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return Locations(
            data=root, backups=root / "backups", logs=root / "logs", config=root / "config"
        )
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return Locations(
        data=data,
        backups=data / "backups",
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
