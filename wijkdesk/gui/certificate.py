"""Signing a PDF export with the professional's own certificate (PKCS#12, .p12 or .pfx).

Where the certificate file is, is a preference of each profile on this computer (QSettings,
keyed by the profile's id). Its passphrase is asked at each export and kept nowhere: it lives
in the Certificate handed to that one export and goes with it. Without a certificate chosen,
or without the optional package pyHanko, an export goes ahead unsigned without asking.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.export.signature import Certificate, available
from wijkdesk.gui.feedback import open_dialog, say
from wijkdesk.gui.session import Session


def _key(profile_id: uuid.UUID) -> str:
    return f"signing/{profile_id.hex}/certificate"


def certificate_path(settings: QSettings, profile_id: uuid.UUID) -> str:
    """The certificate file the profile signs with on this computer ("" for none)."""
    value = settings.value(_key(profile_id), "")
    return value if isinstance(value, str) else ""


def set_certificate_path(settings: QSettings, profile_id: uuid.UUID, path: str) -> None:
    """Remember path for the profile; an empty path forgets the certificate."""
    if path:
        settings.setValue(_key(profile_id), path)
    else:
        settings.remove(_key(profile_id))
    settings.sync()


def signing_available() -> bool:
    return available()


class PassphraseDialog(QDialog):
    """Asks the certificate's passphrase; chosen carries a Certificate, or None to export
    without signing. Cancel (reject) stops the export."""

    chosen = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Sign with your certificate"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr("The PDF is signed with your certificate, so that any PDF "
                               "reader shows who signed it. Type the passphrase of the "
                               "certificate; it is used for this export only and not kept."),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.file_label = QLabel(path.name, self)
        self.file_label.setToolTip(str(path))
        form.addRow(self.tr("Certificate:"), self.file_label)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the certificate"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(self.tr("&Sign"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.unsigned_button = self.buttons.addButton(self.tr("&Without signing"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        self.unsigned_button.clicked.connect(self.without_signing)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update)
        self._missing = not path.is_file()
        say(self.message, self.tr("The certificate file is not found. Choose it again in "
                                  "Settings, or export without signing.")
            if self._missing else "")
        self.passphrase.setEnabled(not self._missing)
        self._update()
        (self.unsigned_button if self._missing else self.passphrase).setFocus()

    def _update(self) -> None:
        self.sign_button.setEnabled(bool(self.passphrase.text()) and not self._missing)

    def sign(self) -> None:
        if not self.sign_button.isEnabled():
            return
        certificate = Certificate(self.path, self.passphrase.text())
        self.passphrase.clear()  # the export holds it from here; the field need not
        self.chosen.emit(certificate)
        self.accept()

    def without_signing(self) -> None:
        self.passphrase.clear()
        self.chosen.emit(None)
        self.accept()

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()


def with_certificate(parent: QWidget, session: Session,
                     go: Callable[[Certificate | None], Any],
                     cancelled: Callable[[], None] | None = None) -> Any:
    """Start a PDF export through go(certificate): at once with None when the profile has no
    certificate here or signing is not available; otherwise once the passphrase dialog (which
    does not block, and is returned) is answered. Cancel there calls cancelled instead."""
    chosen = certificate_path(session.settings, session.actor.id)
    if not chosen or not signing_available():
        return go(None)
    dialog = PassphraseDialog(Path(chosen), parent)
    dialog.chosen.connect(go)
    if cancelled is not None:
        dialog.rejected.connect(cancelled)
    return open_dialog(dialog)
