"""From start to quit: first-run wizard or sign-in, the window, locking, signing out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QWidget

from wijkdesk.config import Locations
from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.gui.feedback import open_dialog
from wijkdesk.gui.i18n import Translations
from wijkdesk.gui.idle import IdleWatcher
from wijkdesk.gui.lane import Lane
from wijkdesk.gui.login import LoginDialog
from wijkdesk.gui.messages import describe
from wijkdesk.security.keys import (
    PassphraseSource,
    StorageMode,
    StoreDescription,
    passphrase_key,
)

if TYPE_CHECKING:
    from wijkdesk.app import Workspace
    from wijkdesk.gui.main_window import MainWindow
    from wijkdesk.gui.session import Session
    from wijkdesk.services.base import Actor
    from wijkdesk.services.settings import WorkspaceSettings

log = logging.getLogger(__name__)
DEFAULT_IDLE_MINUTES = 15  # until the database's own setting is read


def _warm_up(_progress: object) -> None:
    """Import what signing in needs while the user types (kept off the first paint)."""
    import wijkdesk.app  # noqa: F401
    import wijkdesk.gui.main_window  # noqa: F401


class Controller(QObject):
    """Owns the lane, the open workspace and the window; only one profile is signed in."""

    window_shown = Signal(object)  # the MainWindow, once someone signed in

    def __init__(self, app: QApplication, locations: Locations, passphrase: PassphraseSource,
                 settings: QSettings, translations: Translations):
        super().__init__()
        self.app = app
        self.locations = locations
        self.passphrase = passphrase
        self.settings = settings
        self.translations = translations
        self.lane = Lane(self)
        self.idle = IdleWatcher(app, self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self.workspace: Workspace | None = None  # for the GUI thread, once signed in
        # The workspace as the lane knows it: opened, and closed, only by lane work (so that
        # quitting while it is being opened still closes it).
        self._lane_workspace: Workspace | None = None
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.policy: WorkspaceSettings | None = None
        self.dialog: QWidget | None = None  # the wizard or sign-in dialog while it is open
        self.quitting = False

    # Start ------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.locations.database.is_file():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from wijkdesk.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.locations, self.lane)
        wizard.created.connect(self._signed_in)
        wizard.rejected.connect(self.quit)

        def sign_in_instead() -> None:
            wizard.rejected.disconnect(self.quit)
            wizard.close()
            self.show_login()

        wizard.already_made.connect(sign_in_instead)
        self.dialog = wizard
        wizard.show()

    def _needs_passphrase(self) -> bool:
        try:
            mode = StoreDescription.read(self.locations.store_file).mode
        except Exception:  # an unreadable store.json is reported when opening
            return False
        return mode is StorageMode.PASSPHRASE and not self.passphrase.explicit()

    def _open_and_sign_in(self, username: str, password: str,
                          phrase: str | None) -> tuple[Workspace, Actor]:
        """Runs on the lane. The workspace stays open between attempts at the password."""
        from wijkdesk.app import open_workspace

        if self._lane_workspace is None:
            key = passphrase_key(phrase) if phrase is not None else None
            self._lane_workspace = open_workspace(self.locations, self.passphrase, key=key)
        workspace = self._lane_workspace
        return workspace, workspace.profiles().authenticate(username, password)

    def show_login(self) -> None:
        dialog = LoginDialog(self.lane, self._open_and_sign_in,
                             needs_passphrase=self._needs_passphrase())
        dialog.signed_in.connect(lambda result: self._signed_in(*result))
        dialog.rejected.connect(self.quit)
        self.dialog = dialog
        dialog.show()
        self.lane.submit(_warm_up, "warm up")

    def _signed_in(self, workspace: Workspace, actor: Actor) -> None:
        from wijkdesk.gui.main_window import MainWindow
        from wijkdesk.gui.session import Session

        self.workspace = workspace
        if self._lane_workspace is None:  # made by the wizard: the lane closes it in the end
            self._lane_workspace = workspace
        self.dialog = None
        self.session = Session(workspace, actor, self.lane, self.settings)
        self.window = MainWindow(self.session)
        self.window.lock_requested.connect(lambda: self.lock(idle=False))
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.quit_requested.connect(self.quit)
        self.window.settings_requested.connect(self.open_settings)
        self.window.lock_screen.unlock_requested.connect(self.unlock)
        self.window.lock_screen.sign_out_requested.connect(self.sign_out)
        self.window.show()
        self.idle.start(self.idle_minutes() * 60_000)
        self._load_policy()
        self.window_shown.emit(self.window)

    def _load_policy(self) -> None:
        """Settings stays unavailable until the database's own values are known, so that
        nobody saves the defaults over them."""
        if self.session is None or self.window is None:
            return
        self.window.ui.actionSettings.setEnabled(False)
        workspace = self.session.workspace
        self.session.run(lambda _p: workspace.settings().get(), "read settings",
                         on_success=self._apply_policy)

    def _apply_policy(self, policy: WorkspaceSettings) -> None:
        self.policy = policy
        if self.session is not None and self.session.open and self.window is not None:
            self.idle.start(policy.idle_lock_minutes * 60_000)
            self.window.ui.actionSettings.setEnabled(True)

    # Settings ---------------------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        self.translations.use(language)

    def idle_minutes(self) -> int:
        return self.policy.idle_lock_minutes if self.policy else DEFAULT_IDLE_MINUTES

    def open_settings(self) -> None:
        from wijkdesk.gui.settings import SettingsDialog

        if self.session is None or self.window is None or self.policy is None:
            return
        dialog = SettingsDialog(self.session, self.policy, self.switch_language, self.window)

        def saved() -> None:
            if dialog.admin:
                self._apply_policy(dialog.applied)

        open_dialog(dialog, saved)

    # Lock, unlock, sign out, quit ------------------------------------------------------------

    def lock(self, *, idle: bool) -> None:
        """Hide the records at once; on the lane, record the lock and close the database
        connections after any running work. The key stays in memory, so the profile's
        password alone unlocks."""
        session = self.session
        if self.window is None or session is None or session.locked:
            return
        self.idle.stop()
        session.lock()
        self.window.show_locked(self.idle_minutes() if idle else None)
        self.lane.cancel_all()
        profiles = session.workspace.profiles(session.actor)
        store = session.workspace.store

        def close(_progress: object) -> None:
            try:
                profiles.record_session_end(AuditEvent.LOCK)
            finally:
                store.dispose()

        self.lane.submit(close, "lock", cancellable=False)
        log.info("locked (%s)", "idle" if idle else "by the user")

    def unlock(self, password: str) -> None:
        session = self.session
        if self.window is None or session is None:
            return
        username = session.actor.username
        profiles = session.workspace.profiles()
        store = session.workspace.store

        def attempt(_progress: object) -> Actor:
            try:
                return profiles.authenticate(username, password)
            except BaseException:
                store.dispose()  # still locked: no connection stays open
                raise

        def unlocked(actor: Actor) -> None:
            if self.session is not session or self.window is None:
                return
            if actor.role != session.actor.role:
                # the role changed while locked: the window is rebuilt for the new role
                session.end()
                self._close_window()
                self.session = None
                self._signed_in(session.workspace, actor)
                return
            session.unlock(actor)
            self.window.show_unlocked()
            self.idle.start(self.idle_minutes() * 60_000)
            if self.policy is None:
                self._load_policy()

        def refused(exc: BaseException) -> None:
            if self.session is session and self.window is not None:
                self.window.lock_screen.refused(describe(exc))

        self.lane.submit(attempt, "unlock", on_success=unlocked, on_failure=refused)

    def _close_window(self) -> None:
        self.idle.stop()
        if self.window is not None:
            window, self.window = self.window, None
            window.quit_requested.disconnect(self.quit)
            window.save_geometry()
            window.close()
            window.deleteLater()

    def _end(self, then: Callable[[], None] | None = None) -> None:
        """Close the window now; on the lane, record the sign-out and close the database."""
        session = self.session
        self.session = None
        self.workspace = None
        if session is not None:
            session.end()
        self._close_window()
        self.lane.cancel_all()

        def finish(_progress: object) -> None:
            try:
                if session is not None:
                    session.workspace.profiles(session.actor).record_session_end(
                        AuditEvent.LOGOUT)
            finally:
                if self._lane_workspace is not None:
                    self._lane_workspace.close()
                    self._lane_workspace = None

        self.lane.submit(finish, "sign out", cancellable=False,
                         before_start=lambda job: job.finished.connect(then) if then else None)

    def sign_out(self) -> None:
        self._end(then=self.show_login)

    def quit(self) -> None:
        if self.quitting:
            return
        self.quitting = True
        self._end()
        self.lane.shutdown()  # runs what is queued (the sign-out), then stops
        self.app.quit()
