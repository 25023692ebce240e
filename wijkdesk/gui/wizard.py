"""First run: the first profile, how the database is protected, and the demo neighbourhood."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from wijkdesk.app import initialise
from wijkdesk.config import Locations
from wijkdesk.errors import ValidationError
from wijkdesk.gui.feedback import say
from wijkdesk.gui.forms.wizard_demo_page import Ui_WizardDemoPage
from wijkdesk.gui.forms.wizard_profile_page import Ui_WizardProfilePage
from wijkdesk.gui.forms.wizard_storage_page import Ui_WizardStoragePage
from wijkdesk.gui.forms.wizard_welcome_page import Ui_WizardWelcomePage
from wijkdesk.gui.icons import app_icon
from wijkdesk.gui.lane import Lane
from wijkdesk.gui.messages import describe
from wijkdesk.security.keys import (
    MIN_PASSPHRASE_LENGTH,
    DatabaseKey,
    PassphraseSource,
    keyring_usable,
    new_raw_key,
    passphrase_key,
)
from wijkdesk.services.profiles import NewProfile

DEMO_HOUSEHOLDS = 300


def suggest_username(display_name: str) -> str:
    """'Anna de Vries' -> 'anna.devries': a start the user may change."""
    plain = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    if not words:
        return ""
    return (words[0] + ("." + "".join(words[1:]) if len(words) > 1 else ""))[:64]


class _FormPage(QWizardPage):
    def __init__(self, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = form
        holder = QWidget(self)
        form.setupUi(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(holder)
        self.holder = holder
        self._retranslate()

    def _retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self.holder)
            self._retranslate()
        super().changeEvent(event)


class WelcomePage(_FormPage):
    def __init__(self) -> None:
        super().__init__(Ui_WizardWelcomePage())

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to wijkdesk"))


class ProfilePage(_FormPage):
    def __init__(self) -> None:
        super().__init__(Ui_WizardProfilePage())
        ui = self.ui
        self._username_touched = False
        ui.displayName.textEdited.connect(self._suggest)
        ui.username.textEdited.connect(lambda _t: setattr(self, "_username_touched", True))
        for w in (ui.displayName, ui.username, ui.password, ui.repeat):
            w.textChanged.connect(self.completeChanged)
        say(ui.message)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Your profile"))
        self.setSubTitle(self.tr("You will be the administrator."))

    def _suggest(self, name: str) -> None:
        if not self._username_touched:
            self.ui.username.setText(suggest_username(name))

    def isComplete(self) -> bool:
        ui = self.ui
        return all(w.text().strip() for w in (ui.displayName, ui.username, ui.password,
                                              ui.repeat))

    def profile(self) -> NewProfile:
        ui = self.ui
        return NewProfile(ui.username.text(), ui.displayName.text(), ui.password.text())

    def validatePage(self) -> bool:
        if self.ui.password.text() != self.ui.repeat.text():
            say(self.ui.message, self.tr("The two passwords differ."))
            return False
        try:
            self.profile().validated()
        except ValidationError as exc:
            say(self.ui.message, describe(exc))
            return False
        say(self.ui.message)
        return True


class StoragePage(_FormPage):
    def __init__(self, locations: Locations):
        self.locations = locations
        self.keyring_works: bool | None = None  # asked on the lane: the OS may be slow to say
        super().__init__(Ui_WizardStoragePage())
        ui = self.ui
        for choice in (ui.useKeyring, ui.usePassphrase):
            choice.setEnabled(False)
        ui.useKeyring.toggled.connect(self._mode_changed)
        for w in (ui.passphrase, ui.repeat):
            w.textChanged.connect(self.completeChanged)
        self._mode_changed()
        say(ui.message)

    def set_keyring(self, works: bool) -> None:
        self.keyring_works = works
        ui = self.ui
        ui.useKeyring.setEnabled(works)
        ui.usePassphrase.setEnabled(True)
        (ui.useKeyring if works else ui.usePassphrase).setChecked(True)
        self._mode_changed()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Where your data lives"))
        ui = self.ui
        ui.whereLabel.setText(
            self.tr("The database, its daily backups and a log without personal data are kept "
                    "in this folder of your computer account:") + f"<br><b>{self.locations.data}"
            "</b>")
        self._explain()

    def _explain(self) -> None:
        ui = self.ui
        if self.keyring_works is None:
            ui.modeExplanation.setText(self.tr("Looking for the keyring of this computer…"))
            return
        if ui.useKeyring.isChecked():
            text = self.tr("A random key locks the database. It is kept in the keyring of your "
                           "operating system, which opens it when you sign in to your computer.")
        else:
            text = self.tr("A passphrase of at least %n characters locks the database. You give "
                           "it each time wijkdesk starts. Nobody can recover it: keep it safe.",
                           "", MIN_PASSPHRASE_LENGTH)
        if not self.keyring_works:
            text = self.tr("This computer has no usable keyring, so a passphrase protects the "
                           "database.") + " " + text
        ui.modeExplanation.setText(text)

    def _mode_changed(self, *_args: object) -> None:
        phrase = self.ui.usePassphrase.isChecked()
        for w in (self.ui.passphrase, self.ui.repeat):
            self.ui.form.setRowVisible(w, phrase)
        self._explain()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.keyring_works is None:
            return False
        if self.ui.useKeyring.isChecked():
            return True
        return bool(self.ui.passphrase.text() and self.ui.repeat.text())

    def key(self) -> DatabaseKey:
        if self.ui.useKeyring.isChecked():
            return new_raw_key()
        return passphrase_key(self.ui.passphrase.text())

    def validatePage(self) -> bool:
        if self.ui.usePassphrase.isChecked():
            if self.ui.passphrase.text() != self.ui.repeat.text():
                say(self.ui.message, self.tr("The two passphrases differ."))
                return False
            try:
                passphrase_key(self.ui.passphrase.text())
            except ValidationError as exc:
                say(self.ui.message, describe(exc))
                return False
        say(self.ui.message)
        return True


class DemoPage(_FormPage):
    """The last page: its Finish builds the database on the lane, with progress."""

    def __init__(self, wizard: FirstRunWizard):
        self._wizard = wizard
        super().__init__(Ui_WizardDemoPage())
        self.ui.progress.hide()
        say(self.ui.message)
        self.done = False

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Demo neighbourhood"))

    def validatePage(self) -> bool:
        if self.done:
            return True
        if not self._wizard.building:
            self._wizard.build()
        return False


class FirstRunWizard(QWizard):
    """Emits created(workspace, actor) once the database exists and its first profile is in."""

    created = Signal(object, object)
    already_made = Signal()  # the database exists after all (a failure after it was made)

    def __init__(self, locations: Locations, lane: Lane, parent: QWidget | None = None):
        super().__init__(parent)
        self.locations = locations
        self.lane = lane
        self.building = False
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.welcome = WelcomePage()
        self.profile_page = ProfilePage()
        self.storage = StoragePage(locations)
        self.demo = DemoPage(self)
        for page in (self.welcome, self.profile_page, self.storage, self.demo):
            self.addPage(page)
        lane.submit(lambda _p: keyring_usable(), "look for the keyring",
                    on_success=self.storage.set_keyring,
                    on_failure=lambda _exc: self.storage.set_keyring(False))
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up wijkdesk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def build(self) -> None:
        first = self.profile_page.profile()
        key = self.storage.key()
        with_demo = self.demo.ui.loadDemo.isChecked()
        locations = self.locations

        def populate(builder, actor):  # type: ignore[no-untyped-def]
            builder.demo(actor).generate(households=DEMO_HOUSEHOLDS)

        def work(_progress):  # type: ignore[no-untyped-def]
            return initialise(locations, PassphraseSource(interactive=False), first,
                              populate if with_demo else None, key=key)

        self.building = True
        self._set_busy(True)
        say(self.demo.ui.message, self.tr("Making the encrypted database…"), error=False)
        self.lane.submit(work, "initialise", on_success=self._built, on_failure=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.demo.ui.progress.setRange(0, 0)
        self.demo.ui.progress.setVisible(busy)
        self.demo.ui.loadDemo.setEnabled(not busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _built(self, result: tuple) -> None:
        self.building = False
        self.demo.done = True
        self._set_busy(False)
        self.created.emit(*result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.building = False
        self._set_busy(False)
        if self.locations.database.exists():
            # made, but opening it afterwards failed: signing in is the way on, not a retry
            self.already_made.emit()
            return
        say(self.demo.ui.message, describe(exc))

    def reject(self) -> None:
        if not self.building:  # Escape or the close button while the database is being made
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.building:
            event.ignore()
        else:
            super().closeEvent(event)
