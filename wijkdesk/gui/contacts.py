"""All contacts, newest first (by default one's own): a million rows scroll without loading
them all, because the list is a keyset-paged model."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from wijkdesk.domain.support import ContactKind
from wijkdesk.gui.area import Area
from wijkdesk.gui.feedback import fail
from wijkdesk.gui.forms.contacts_page import Ui_ContactsPage
from wijkdesk.gui.paged_model import Column, PagedModel
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import contact_kind_names, domain_names, name_of, short_date
from wijkdesk.services.contacts import ContactQuery


class ContactsArea(Area):
    icon_name = "contacts"
    open_resident = Signal(uuid.UUID)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.page = QWidget(self)
        self.ui = Ui_ContactsPage()
        self.ui.setupUi(self.page)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.layout().addWidget(self.page)
        kinds = contact_kind_names()
        self.model = PagedModel(session, [
            Column(lambda: self.tr("Date"), lambda c: short_date(c.occurred_on)),
            Column(lambda: self.tr("Resident"), lambda c: c.resident_name),
            Column(lambda: self.tr("Kind"), lambda c: name_of(kinds, c.kind)),
            Column(lambda: self.tr("Minutes"), lambda c: str(c.minutes), align_right=True),
            Column(lambda: self.tr("Professional"), lambda c: c.professional),
            Column(lambda: self.tr("Help question"),
                   lambda c: name_of(domain_names(), c.life_domain)),
        ], parent=self)
        ui = self.ui
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((95, 230, 120, 70, 200)):
            header.resizeSection(column, width)
        ui.table.activated.connect(self._activated)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: fail(self, self.tr("Contacts"), exc))
        ui.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.mine.toggled.connect(lambda _on: self.refresh())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Contacts")

    def refresh(self) -> None:
        kind = self.ui.kind.currentData()
        query = ContactQuery(mine=self.ui.mine.isChecked(),
                             kind=ContactKind(kind) if kind else None)
        contacts = self.session.workspace.contacts(self.session.actor)
        self.model.load(lambda after, size: contacts.page(query, after, size))

    def _loaded(self, count: int) -> None:
        more = "" if self.model.complete else "+"
        self.ui.summary.setText(self.tr("%1 contacts shown").replace("%1", f"{count}{more}")
                                if count else self.tr("No contacts."))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_resident.emit(row.resident_id)

    def clear(self) -> None:
        self.model.clear()

    def showEvent(self, event: QShowEvent) -> None:
        # contacts are added from files elsewhere: show the current list whenever it comes up
        if self.session.open:
            self.refresh()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.page)
        combo = self.ui.kind
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Every kind"), None)
        for kind, name in contact_kind_names().items():
            combo.addItem(name, ContactKind(kind))
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
