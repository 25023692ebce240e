"""Settings: the interface language and the profile's certificate for signing exports on this
computer; the organisation's name (on the cover of every export), idle lock, backups and the
retention of records for everyone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wijkdesk.domain.roles import Permission
from wijkdesk.export.signature import MISSING
from wijkdesk.gui.certificate import certificate_path, set_certificate_path, signing_available
from wijkdesk.gui.feedback import open_dialog, say
from wijkdesk.gui.forms.settings_dialog import Ui_SettingsDialog
from wijkdesk.gui.i18n import LANGUAGES, save_language, saved_language
from wijkdesk.gui.messages import describe, describe_text
from wijkdesk.gui.session import Session
from wijkdesk.services.settings import WorkspaceSettings


class SettingsDialog(QDialog):
    def __init__(self, session: Session, current: WorkspaceSettings,
                 switch_language: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.current = current
        self.applied: WorkspaceSettings = current
        self._switch_language = switch_language
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in LANGUAGES.items():
            self.ui.language.addItem(name, code)
        settings: QSettings = session.settings
        self.ui.language.setCurrentIndex(self.ui.language.findData(saved_language(settings)))
        self.signing = signing_available()
        self._certificate = certificate_path(settings, session.actor.id)
        self.ui.browseCertificate.clicked.connect(self.choose_certificate)
        self.ui.clearCertificate.clicked.connect(lambda: self._show_certificate(""))
        self._show_certificate(self._certificate)
        self.ui.organisation.setText(current.organisation)
        self.ui.organisation.setCursorPosition(0)  # a long name shows its start
        self.ui.idleMinutes.setValue(current.idle_lock_minutes)
        self.ui.backupDaily.setValue(current.backup_daily)
        self.ui.backupWeekly.setValue(current.backup_weekly)
        self.ui.retentionYouth.setValue(current.retention_youth_years)
        self.ui.retentionSocial.setValue(current.retention_social_years)
        self.ui.retentionLoose.setValue(current.retention_loose_contact_years)
        self.admin = session.may(Permission.MANAGE_STORE)
        for w in (self.ui.organisation, self.ui.idleMinutes, self.ui.backupDaily,
                  self.ui.backupWeekly, self.ui.retentionYouth, self.ui.retentionSocial,
                  self.ui.retentionLoose):
            w.setEnabled(self.admin)
        self._note()
        say(self.ui.message)
        # the wrapped notes need more lines in a wordier language: grow rather than squeeze
        layout = self.layout()
        if layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    # The certificate for signing ------------------------------------------------------------

    def certificate(self) -> str:
        """The certificate file chosen in the dialog ("" for none)."""
        return self._certificate

    def _show_certificate(self, path: str) -> None:
        self._certificate = path
        ui = self.ui
        ui.certificate.setText(path)
        ui.certificate.setToolTip(path)
        ui.certificate.setCursorPosition(len(path))  # the file's name, at the end, shows
        for w in (ui.certificateLabel, ui.certificate, ui.browseCertificate):
            w.setEnabled(self.signing)
        ui.clearCertificate.setEnabled(self.signing and bool(path))
        self._certificate_note()

    def _certificate_note(self) -> None:
        self.ui.certificateNote.setText(
            self.tr("Exports as PDF are signed with it, so any PDF reader shows who signed "
                    "them. Its passphrase is asked at each export and never stored.")
            if self.signing else
            self.tr("Signing is not available on this computer.") + " " + describe_text(MISSING))

    def choose_certificate(self) -> QFileDialog:
        """Ask for the PKCS#12 file (the chooser does not block)."""
        dialog = QFileDialog(self, self.tr("Choose your certificate for signing"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("PKCS#12 certificates (*.p12 *.pfx)"),
                               self.tr("All files (*)")])
        if self._certificate:
            dialog.setDirectory(str(Path(self._certificate).parent))
        dialog.fileSelected.connect(self._show_certificate)
        return open_dialog(dialog)

    def _note(self) -> None:
        self.ui.policyNote.setText(
            self.tr("These hold for every profile on this database and are recorded in the audit "
                    "log.") if self.admin else
            self.tr("Only an administrator can change these."))

    def chosen(self) -> WorkspaceSettings:
        ui = self.ui
        return replace(self.current, organisation=ui.organisation.text(),
                       idle_lock_minutes=ui.idleMinutes.value(),
                       backup_daily=ui.backupDaily.value(),
                       backup_weekly=ui.backupWeekly.value(),
                       retention_youth_years=ui.retentionYouth.value(),
                       retention_social_years=ui.retentionSocial.value(),
                       retention_loose_contact_years=ui.retentionLoose.value())

    def accept(self) -> None:
        language = self.ui.language.currentData()
        if language != saved_language(self.session.settings):
            save_language(self.session.settings, language)
            self._switch_language(language)
        profile = self.session.actor.id
        if self._certificate != certificate_path(self.session.settings, profile):
            set_certificate_path(self.session.settings, profile, self._certificate)
        wanted = self.chosen()
        if not self.admin or wanted == self.current:
            super().accept()
            return
        self.ui.buttons.setEnabled(False)
        service = self.session.workspace.settings(self.session.actor)
        self.session.run(lambda _p: service.update(wanted), "update settings",
                         self._saved, self._failed)

    def _saved(self, applied: WorkspaceSettings) -> None:
        self.applied = applied
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        say(self.ui.message, describe(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._note()
            self._certificate_note()
        super().changeEvent(event)
