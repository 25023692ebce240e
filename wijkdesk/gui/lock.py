"""The lock screen: nothing of the records shows until the profile's password is given."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from wijkdesk.gui.feedback import say
from wijkdesk.gui.forms.lock_screen import Ui_LockScreen
from wijkdesk.gui.icons import icon


class LockScreen(QWidget):
    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.icon.setPixmap(icon("lock").pixmap(48, 48))
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.password.returnPressed.connect(self._unlock)
        self.ui.signOutButton.clicked.connect(self.sign_out_requested)
        self._username = ""
        self._minutes: int | None = None

    def show_for(self, username: str, idle_minutes: int | None) -> None:
        """Locked for this profile; idle_minutes None when the user locked it themselves."""
        self._username = username
        self._minutes = idle_minutes
        self.ui.password.clear()
        self.set_busy(False)
        say(self.ui.message)
        self._explain()
        self.ui.password.setFocus()

    def _explain(self) -> None:
        if self._minutes is None:
            first = self.tr("You locked wijkdesk.")
        else:
            first = self.tr("It locked itself after %n minute(s) without use.", "",
                            self._minutes)
        second = self.tr("Enter the password of profile '%1' to go on.").replace(
            "%1", self._username)
        self.ui.explanation.setText(f"{first} {second}")

    def set_busy(self, busy: bool) -> None:
        for w in (self.ui.password, self.ui.unlockButton, self.ui.signOutButton):
            w.setEnabled(not busy)
        if busy:
            say(self.ui.message, self.tr("Unlocking…"), error=False)

    def refused(self, text: str) -> None:
        self.set_busy(False)
        say(self.ui.message, text)
        self.ui.password.clear()
        self.ui.password.setFocus()

    def _unlock(self) -> None:
        if self.ui.password.text():
            self.set_busy(True)
            self.unlock_requested.emit(self.ui.password.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._explain()
        super().changeEvent(event)
