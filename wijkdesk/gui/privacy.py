"""The resident's AVG rights in the window: subject access export, erasure, retention review.

Suggested file names hold a short record number, never a name: a file name ends up in recent-
file lists, backups and mail subjects.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.retention import RetentionBasis
from wijkdesk.gui.feedback import fail, open_dialog, say
from wijkdesk.gui.messages import describe
from wijkdesk.gui.record_dialogs import RecordDialog
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import short_date
from wijkdesk.services.privacy import ErasureReason, ExportFormat
from wijkdesk.services.resident_file import ResidentFile


def export_access(parent: QWidget, session: Session, file: ResidentFile, fmt: ExportFormat,
                  done: Callable[[str], None]) -> QFileDialog:
    """Ask where, then write everything held about the resident there (on the lane)."""
    suffix = fmt.value
    title = QCoreApplication.translate("Privacy", "Export subject access")
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    if fmt is ExportFormat.PDF:
        kind = QCoreApplication.translate("Privacy", "PDF for the resident (*.pdf)")
    else:
        kind = QCoreApplication.translate("Privacy", "JSON for systems (*.json)")
    dialog.setNameFilters([kind])
    dialog.selectFile(f"inzage-{str(file.id)[-8:]}.{suffix}")
    privacy = session.workspace.privacy(session.actor)
    resident_id = file.id

    def chosen(path: str) -> None:
        session.run(lambda _p: privacy.export(resident_id, Path(path), fmt), "export access",
                    lambda _a: done(path),
                    lambda exc: fail(parent, title, exc),
                    owner=parent)

    dialog.fileSelected.connect(chosen)
    return open_dialog(dialog)


class EraseDialog(RecordDialog):
    """Erase a resident's personal data: on their request, or after the retention period."""

    def __init__(self, session: Session, resident_id: uuid.UUID, name: str,
                 reason: ErasureReason = ErasureReason.REQUEST, parent: QWidget | None = None):
        super().__init__(session, self.tr("Erase the data of %1").replace("%1", name), parent)
        self.resident_id = resident_id
        warning = QLabel(self.tr(
            "Names, address, contact details and every text in this file (questions, goals, "
            "notes, consents, referrals) are erased for good, in one step. Only anonymous "
            "facts stay for reports (dates, life domains, minutes). The audit log keeps that "
            "you erased the file, not its data. Backups made earlier still hold it until they "
            "are rotated away."), self)
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.reason = self.choice_field(self.tr("Reason"), {
            ErasureReason.REQUEST: self.tr("the resident asked for erasure"),
            ErasureReason.RETENTION: self.tr("the retention period is over"),
        }, reason)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Erase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def work(self) -> Callable[[], Any]:
        privacy = self.session.workspace.privacy(self.session.actor)
        resident_id, reason = self.resident_id, ErasureReason(self.reason.currentData())
        return lambda: privacy.erase(resident_id, reason)


class RetentionDialog(QDialog):
    """Files past their retention period, for a team lead to review and erase."""

    def __init__(self, session: Session, open_file: Callable[[uuid.UUID], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.open_file = open_file
        self.setWindowTitle(self.tr("Past the retention period"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("File number"),
                                              self.tr("Retention ended"), self.tr("Because of")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table)
        self.loose = QLabel(self)
        self.loose.setWordWrap(True)
        layout.addWidget(self.loose)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(self.tr("&Open file"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button = self.buttons.addButton(self.tr("&Erase…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button = self.buttons.addButton(self.tr("Remove old &loose contacts"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.purge_button.clicked.connect(self.purge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.items: list = []
        say(self.message)
        self.refresh()

    def refresh(self) -> None:
        privacy = self.session.workspace.privacy(self.session.actor)
        self.intro.setText(self.tr("Looking for files past their retention period…"))
        self.session.run(lambda _p: (privacy.past_retention(),
                                     privacy.loose_contacts_past_retention()),
                         "retention review", self._loaded,
                         lambda exc: say(self.message, describe(exc)), owner=self)

    def _loaded(self, result: tuple[list, list]) -> None:
        self.items, loose = result
        bases = {RetentionBasis.YOUTH_REQUEST: self.tr("youth care question"),
                 RetentionBasis.SOCIAL_REQUEST: self.tr("social work question"),
                 RetentionBasis.LOOSE_CONTACT: self.tr("contacts without a question"),
                 RetentionBasis.REGISTRATION: self.tr("registration only")}
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for col, value in enumerate((str(item.resident_id)[-8:],
                                         short_date(item.retention_ended),
                                         bases.get(item.basis, item.basis))):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, str(item.resident_id))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.intro.setText(self.tr("%1 file(s) are past their retention period. Open one to "
                                   "check it, then erase it.").replace("%1", str(len(self.items)))
                           if self.items else
                           self.tr("No file is past its retention period."))
        contacts = sum(item.contacts for item in loose)
        self.loose.setText(self.tr("%1 contact(s) without a help question, of %2 resident(s) "
                                   "still in care, are past their retention period.")
                           .replace("%1", str(contacts)).replace("%2", str(len(loose)))
                           if contacts else "")
        self.purge_button.setEnabled(bool(contacts))
        self.open_button.setEnabled(bool(self.items))
        self.erase_button.setEnabled(bool(self.items))
        if self.items:
            self.table.selectRow(0)

    def selected(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()].resident_id if rows else None

    def open_selected(self) -> None:
        resident_id = self.selected()
        if resident_id is not None:
            self.open_file(resident_id)
            self.accept()

    def erase_selected(self) -> EraseDialog | None:
        resident_id = self.selected()
        if resident_id is None:
            return None
        dialog = EraseDialog(self.session, resident_id, str(resident_id)[-8:],
                             ErasureReason.RETENTION, self)
        dialog.saved.connect(lambda _n: self.refresh())
        return open_dialog(dialog)

    def purge(self) -> QMessageBox:
        """Ask first: the notes of these contacts are erased for good."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove old loose contacts"),
                          self.loose.text() + "\n\n" + self.tr(
                              "Remove them? Their notes are erased for good; dates and minutes "
                              "stay for reports."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: self._purge() if box.standardButton(button)
            == QMessageBox.StandardButton.Yes else None)
        return open_dialog(box)

    def _purge(self) -> None:
        privacy = self.session.workspace.privacy(self.session.actor)
        self.purge_button.setEnabled(False)
        self.session.run(lambda _p: privacy.purge_loose_contacts(), "purge loose contacts",
                         lambda n: (say(self.message, self.tr("%1 contact(s) removed.")
                                        .replace("%1", str(n)), error=False), self.refresh()),
                         lambda exc: say(self.message, describe(exc)), owner=self)
