"""Residents: find anyone in the caseload as you type, filter, and open their file."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import RequestStatus
from wijkdesk.gui.area import Area, SearchHit
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.forms.residents_page import Ui_ResidentsPage
from wijkdesk.gui.messages import describe_text
from wijkdesk.gui.paged_model import Column, PagedModel
from wijkdesk.gui.privacy import RetentionDialog
from wijkdesk.gui.progress import run_with_progress
from wijkdesk.gui.record_dialogs import ResidentDialog, add_ids, id_of
from wijkdesk.gui.resident_file import ResidentFileView
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import short_date, status_names
from wijkdesk.services.residents import ResidentQuery, display_name

TYPING_PAUSE_MS = 180  # search once the typist pauses, not at every key


class ResidentsArea(Area):
    icon_name = "residents"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.stack = QStackedWidget(self)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.layout().addWidget(self.stack)
        self.list_page = QWidget(self)
        self.ui = Ui_ResidentsPage()
        self.ui.setupUi(self.list_page)
        self.file_view = ResidentFileView(session, self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.file_view)
        self.professionals: list[tuple[uuid.UUID, str]] = []
        self.neighbourhoods: list[tuple[uuid.UUID, str]] = []
        self.model = PagedModel(session, [
            Column(lambda: self.tr("Name"), lambda r: display_name(r.family_name, r.given_name)),
            Column(lambda: self.tr("Born"), lambda r: short_date(r.date_of_birth)),
            Column(lambda: self.tr("Address"), lambda r: r.address),
            Column(lambda: self.tr("Postcode"), lambda r: r.postcode),
            Column(lambda: self.tr("Neighbourhood"), lambda r: r.neighbourhood),
            Column(lambda: self.tr("Open questions"),
                   lambda r: str(r.open_requests) if r.open_requests else "", align_right=True),
        ], parent=self)
        ui = self.ui
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((210, 90, 190, 75, 140)):
            header.resizeSection(column, width)
        ui.table.activated.connect(self._activated)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: fail(self, self.tr("Residents"), exc))
        self.shown_query: ResidentQuery | None = None  # what the list shows (or is fetching)
        self.open_first_when_loaded = False
        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.reload)
        ui.query.textChanged.connect(lambda _t: self.typing.start())
        ui.query.returnPressed.connect(self._open_first)
        ui.buurt.currentIndexChanged.connect(lambda _i: self.reload())
        ui.status.currentIndexChanged.connect(lambda _i: self.reload())
        ui.mine.toggled.connect(lambda _on: self.reload())
        ui.newButton.clicked.connect(self.new_resident)
        new = QAction(self)
        new.setShortcut(QKeySequence("Ctrl+N"))
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.new_resident)
        self.list_page.addAction(new)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (ui.query.setFocus(), ui.query.selectAll()))
        self.list_page.addAction(find)
        ui.importButton.clicked.connect(self.choose_import)
        ui.retentionButton.setVisible(session.may(Permission.PRIVACY_RIGHTS))
        ui.retentionButton.clicked.connect(self.review_retention)
        self.file_view.back_requested.connect(self.show_list)
        self.file_view.changed.connect(self._file_changed)
        self.file_view.erased.connect(self._erased)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Residents")

    # The list -------------------------------------------------------------------------------

    def query(self) -> ResidentQuery:
        ui = self.ui
        status = ui.status.currentData()
        return ResidentQuery(text=ui.query.text(), neighbourhood_id=id_of(ui.buurt),
                             status=RequestStatus(status) if status else None,
                             mine=ui.mine.isChecked())

    def refresh(self) -> None:
        places = self.session.workspace.places(self.session.actor)
        professionals = self.session.workspace.professionals(self.session.actor)

        def work(_p: Any) -> tuple[list, list]:
            buurten = [(p.id, p.name) for p in places.list(PlaceLevel.NEIGHBOURHOOD)]
            return buurten, [(p.id, p.name) for p in professionals.list()]

        self.session.run(work, "residents choices", self._choices, owner=self)
        self.reload()

    def _choices(self, result: tuple[list, list]) -> None:
        self.neighbourhoods = sorted(result[0], key=lambda p: p[1])
        self.professionals = result[1]
        combo = self.ui.buurt
        current = id_of(combo)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All neighbourhoods"), None)
        add_ids(combo, self.neighbourhoods, current)
        combo.blockSignals(False)

    def reload(self) -> None:
        self.typing.stop()
        query = self.query()
        self.shown_query = query
        residents = self.session.workspace.residents(self.session.actor)
        self.model.load(lambda after, size: residents.page(query, after, size))

    def _loaded(self, count: int) -> None:
        if self.open_first_when_loaded:
            self.open_first_when_loaded = False
            if count:
                self._activated(self.model.index(0, 0))
        more = "" if self.model.complete else "+"
        self.ui.summary.setText(self.tr("%1 residents shown").replace("%1", f"{count}{more}")
                                if count else self.tr("No resident matches."))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_file(row.id)

    def _open_first(self) -> None:
        """Enter in the search field opens the first resident of what was typed, also when
        Enter comes before the list caught up with the typing."""
        if self.query() == self.shown_query and self.model.rowCount() and not self.model.busy:
            self._activated(self.model.index(0, 0))
            return
        self.open_first_when_loaded = True
        if self.query() != self.shown_query:
            self.reload()

    # The file -------------------------------------------------------------------------------

    def open_file(self, resident_id: uuid.UUID) -> None:
        files = self.session.workspace.resident_file(self.session.actor)
        self.session.run(lambda _p: files.open(resident_id), "open file", self._show_file,
                         lambda exc: fail(self, self.tr("Resident file"), exc), owner=self)

    def _show_file(self, file: Any) -> None:
        self.file_view.show_file(file, self.professionals, self.neighbourhoods)
        self.stack.setCurrentWidget(self.file_view)
        self.show_requested.emit()
        self.file_view.ui.contactButton.setFocus()

    def show_list(self) -> None:
        self.file_view.clear()
        self.stack.setCurrentWidget(self.list_page)
        self.ui.table.setFocus()

    def _file_changed(self) -> None:
        if self.file_view.file is not None:
            self.open_file(self.file_view.file.id)
        self.reload()

    def _erased(self) -> None:
        self.show_list()
        self.reload()
        say_in_status(self, self.tr("The resident's data was erased."), 8000)

    def review_retention(self) -> RetentionDialog:
        dialog = RetentionDialog(self.session, self.open_file, self)
        dialog.finished.connect(lambda _r: self.reload())
        return open_dialog(dialog)

    def new_resident(self) -> Any:
        dialog = ResidentDialog(self.session, self.neighbourhoods, parent=self)
        dialog.saved.connect(self.open_file)
        return open_dialog(dialog)

    # Import ---------------------------------------------------------------------------------

    def choose_import(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Import residents from a spreadsheet"))
        dialog.setNameFilters([self.tr("CSV files (*.csv *.txt)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        return open_dialog(dialog)

    def import_file(self, path: str) -> None:
        """Check the whole file first; only a file without problems is written, in one go."""
        importer = self.session.workspace.resident_import(self.session.actor)
        run_with_progress(self, self.session, self.tr("Import residents"),
                          self.tr("Checking the file…"), lambda p: importer.check(path, p),
                          "check import", lambda check: self._checked(path, check),
                          lambda exc: fail(self, self.tr("Import residents"), exc))

    def _checked(self, path: str, check: Any) -> None:
        if not check.ok:
            lines = [self.tr("line %1: %2").replace("%1", str(p.line)).replace(
                "%2", describe_text(p.reason)) if p.line else describe_text(p.reason)
                for p in check.problems[:15]]
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import residents"),
                              self.tr("The file has %1 problem(s); nothing was imported. Correct "
                                      "them in the spreadsheet and try again.")
                              .replace("%1", str(check.problem_count)),
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(lines))
            open_dialog(box)
            return
        importer = self.session.workspace.resident_import(self.session.actor)
        run_with_progress(self, self.session, self.tr("Import residents"),
                          self.tr("Importing %1 residents…").replace("%1", str(check.rows)),
                          lambda p: importer.run(path, p), "import residents", self._imported,
                          lambda exc: fail(self, self.tr("Import residents"), exc))

    def _imported(self, result: Any) -> None:
        self.reload()
        say_in_status(self, self.tr("Imported %1 residents in %2 households.").replace(
            "%1", str(result.residents)).replace("%2", str(result.households)), 8000)

    def clear(self) -> None:
        self.open_first_when_loaded = False
        self.shown_query = None
        self.model.clear()
        self.file_view.clear()
        self.ui.query.clear()
        self.stack.setCurrentWidget(self.list_page)

    # Global search --------------------------------------------------------------------------

    def search_later(self, query: str, deliver: Callable[[list[SearchHit]], None]) -> None:
        """Residents matching query, delivered from the lane (the global search, Ctrl+K)."""
        residents = self.session.workspace.residents(self.session.actor)

        def hits(rows: list) -> None:
            deliver([SearchHit(f"{display_name(r.family_name, r.given_name)} · "
                               f"{r.postcode or r.address}", "residents",
                               lambda rid=r.id: self.open_file(rid)) for r in rows])

        self.session.run(lambda _p: residents.search(query), "search residents", hits,
                         owner=self)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.list_page)
        combo = self.ui.status
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any help question"), None)
        for status, name in status_names().items():
            combo.addItem(self.tr("Question %1").replace("%1", name), RequestStatus(status))
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
