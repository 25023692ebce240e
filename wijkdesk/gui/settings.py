"""Settings: the interface language on this computer; the organisation's name (on the cover of
every export), idle lock, backups and the retention of records for everyone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from wijkdesk.domain.roles import Permission
from wijkdesk.gui.feedback import say
from wijkdesk.gui.forms.settings_dialog import Ui_SettingsDialog
from wijkdesk.gui.i18n import LANGUAGES, save_language, saved_language
from wijkdesk.gui.messages import describe
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
        super().changeEvent(event)
