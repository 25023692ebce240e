"""Signing in: profile password, and the database passphrase where the database has one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from wijkdesk.errors import WrongKey
from wijkdesk.gui.feedback import say
from wijkdesk.gui.forms.login_dialog import Ui_LoginDialog
from wijkdesk.gui.icons import app_icon
from wijkdesk.gui.lane import Lane
from wijkdesk.gui.messages import describe

# (user name, password, passphrase or None) -> whatever the caller needs once signed in
SignIn = Callable[[str, str, str | None], Any]


class LoginDialog(QDialog):
    signed_in = Signal(object)

    def __init__(self, lane: Lane, sign_in: SignIn, *, needs_passphrase: bool,
                 username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.ui.logo.setPixmap(app_icon().pixmap(48, 48))
        self._lane = lane
        self._sign_in = sign_in
        self._needs_passphrase = needs_passphrase
        self.result_value: Any = None
        self.ui.form.setRowVisible(self.ui.passphrase, needs_passphrase)
        self.ui.username.setText(username)
        say(self.ui.message)
        self._retranslate()
        (self.ui.password if username else self.ui.username).setFocus()

    def _retranslate(self) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _inputs(self) -> list[QWidget]:
        return [self.ui.username, self.ui.password, self.ui.passphrase, self.ui.buttons]

    def accept(self) -> None:
        username = self.ui.username.text().strip()
        password = self.ui.password.text()
        passphrase = self.ui.passphrase.text() if self._needs_passphrase else None
        if not username or not password or (self._needs_passphrase and not passphrase):
            say(self.ui.message, self.tr("Fill in every field."))
            return
        for w in self._inputs():
            w.setEnabled(False)
        say(self.ui.message, self.tr("Signing in…"), error=False)
        self._lane.submit(lambda _progress: self._sign_in(username, password, passphrase),
                          "sign in", on_success=self._succeeded, on_failure=self._failed)

    def _succeeded(self, result: Any) -> None:
        self.result_value = result
        self.signed_in.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        for w in self._inputs():
            w.setEnabled(True)
        say(self.ui.message, describe(exc))
        wrong = self.ui.passphrase if isinstance(exc, WrongKey) else self.ui.password
        wrong.clear()
        wrong.setFocus()
