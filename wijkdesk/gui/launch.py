"""Starting the window: the display check, the Qt application, language, palette, controller."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from wijkdesk.config import Locations
from wijkdesk.security.keys import PassphraseSource

log = logging.getLogger(__name__)


def display_problem() -> str | None:
    """One sentence when no window can be shown here (instead of Qt's abort), else None."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") \
            or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("wijkdesk: there is no display here to open the window on; start it from a desktop "
            "session, or use a subcommand such as `wijkdesk info` (see `wijkdesk --help`).")


def prepare(app, locations: Locations):  # type: ignore[no-untyped-def]
    """Settings file, palette and language of a QApplication; returns (settings, translations)."""
    from PySide6.QtCore import QSettings

    from wijkdesk.gui import palette
    from wijkdesk.gui.i18n import Translations, saved_language
    from wijkdesk.gui.icons import app_icon

    app.setApplicationName("wijkdesk")
    app.setOrganizationName("wijkdesk")
    app.setDesktopFileName("wijkdesk")
    # between signing out and the sign-in dialog no window is open: that is not the end
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())
    locations.config.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(locations.config / "window.ini"), QSettings.Format.IniFormat)
    palette.follow_os(app)
    translations = Translations(app)
    language = saved_language(settings)
    translations.use(language)
    return settings, translations


def _report_unexpected(kind: type[BaseException], exc: BaseException,
                       tb: TracebackType | None) -> None:
    """Qt slots that raise end here: log where (never the message), tell the user plainly."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wijkdesk.gui.messages import describe

    if QApplication.instance() is not None:
        QMessageBox.critical(None, "wijkdesk", describe(exc))
    else:
        log.error("unexpected %s", kind.__name__)


def run(locations: Locations, passphrase: PassphraseSource) -> int:
    from PySide6.QtWidgets import QApplication

    from wijkdesk.gui.controller import Controller  # the database layers load after first paint

    app = QApplication(sys.argv[:1])
    settings, translations = prepare(app, locations)
    sys.excepthook = _report_unexpected
    controller = Controller(app, locations, passphrase, settings, translations)
    app.aboutToQuit.connect(controller.quit)  # e.g. the session manager ends the desktop
    controller.start()
    return app.exec()
