"""Rollen en afspraken: who does what (the matrix), the role map, the agreements, and what
awaits review. One area, four tabs; each page loads when it is first shown."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from wijkdesk.gui.agreement_review import ReviewPage
from wijkdesk.gui.agreements import AgreementsPage
from wijkdesk.gui.area import Area
from wijkdesk.gui.role_map_page import RoleMapPage
from wijkdesk.gui.role_matrix import MatrixPage
from wijkdesk.gui.session import Session


class RolesArea(Area):
    icon_name = "agreements"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.tabs = QTabWidget(self)
        self.matrix = MatrixPage(session, self)
        self.role_map = RoleMapPage(session, self)
        self.agreements = AgreementsPage(session, self)
        self.review = ReviewPage(session, self)
        for page, name in ((self.matrix, self.tr("Who does what")),
                           (self.role_map, self.tr("Role map")),
                           (self.agreements, self.tr("Agreements")),
                           (self.review, self.tr("To review"))):
            self.tabs.addTab(page, name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._loaded: set[int] = set()
        self.matrix.view_changed.connect(self.role_map.show_view)
        self.review.open_requested.connect(self.open_agreement)
        self.tabs.currentChanged.connect(self._first_show)

    def title(self) -> str:
        return self.tr("Roles and agreements")

    def refresh(self) -> None:
        """Reload the page in front; the others reload when they are shown next."""
        self._loaded = set()
        self._first_show(self.tabs.currentIndex())

    def _first_show(self, index: int) -> None:
        if index in self._loaded or index < 0:
            return
        self._loaded.add(index)
        page = self.tabs.widget(index)
        if page is self.role_map:  # it draws the matrix page's matrix: load that one
            self._first_show(self.tabs.indexOf(self.matrix))
        else:
            page.load()

    def open_agreement(self, agreement_id: uuid.UUID) -> None:
        self.tabs.setCurrentWidget(self.agreements)
        self.agreements.show_agreement(agreement_id)

    def clear(self) -> None:
        self._loaded = set()
        for page in (self.matrix, self.role_map, self.agreements, self.review):
            page.clear()
