"""What awaits the team's attention in the agreements: versions with the team lead, approved
agreements whose review date has passed or is near, and those dates for the team's calendar."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.gui.agreement_detail import ID_ROLE, alarm_colour, badge, overdue, read_only, set_ids
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.raci import reason_name, state_name
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import short_date
from wijkdesk.gui.tables import fill_table
from wijkdesk.services.agreements import ReviewItem


class ReviewPage(QWidget):
    """What needs the team's attention: versions awaiting approval, and approved agreements
    whose review date has passed or is near; and the review dates for the team's calendar."""

    open_requested = Signal(object)  # the uuid of the agreement version to show

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.items: list[ReviewItem] = []
        self.exported: int | None = None  # dates in the last export
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_calendar)
        top.addWidget(self.intro, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.table = QTableWidget(self)
        read_only(self.table)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.export_calendar)
        self.addAction(self.export_action)
        self.retranslate()

    def load(self) -> None:
        agreements = self.session.workspace.agreements(self.session.actor)
        self.session.run(lambda _p: agreements.review_queue(), "review queue", self._loaded,
                         lambda exc: fail(self, self.tr("Review"), exc), owner=self)

    def _loaded(self, items: list[ReviewItem]) -> None:
        self.items = items
        self._fill()

    def _fill(self) -> None:
        today = date.today()
        fill_table(self.table, [self.tr("Why"), self.tr("Title"), self.tr("Team"),
                                self.tr("Review date"), self.tr("State")],
                   [[reason_name(i.reason), i.agreement.title, i.agreement.team,
                     short_date(i.agreement.review_on), state_name(i.agreement.state)]
                    for i in self.items])
        set_ids(self.table, [i.agreement.id for i in self.items])
        alarm = alarm_colour()
        for n, i in enumerate(self.items):
            badge(self.table.item(n, 4), i.agreement.state)
            if overdue(i.agreement, today):
                for column in (0, 3):
                    self.table.item(n, column).setForeground(QBrush(alarm))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        if self.items and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)

    def _activated(self, index: Any) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None:
            self.open_requested.emit(uuid.UUID(item.data(ID_ROLE)))

    def export_calendar(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export review dates"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("iCalendar (*.ics)")])
        dialog.setDefaultSuffix("ics")
        dialog.selectFile("evaluaties-wijkdesk.ics")
        dialog.fileSelected.connect(self.export_to)
        return open_dialog(dialog)

    def export_to(self, path: str) -> None:
        agreements = self.session.workspace.agreements(self.session.actor)

        def exported(count: int) -> None:
            self.exported = count
            say_in_status(self, self.tr("%1 review dates exported to the calendar file.")
                          .replace("%1", str(count)))

        self.session.run(lambda _p: agreements.export_review_calendar(path),
                         "export review dates", exported,
                         lambda exc: fail(self, self.tr("Export review dates"), exc),
                         owner=self)

    def clear(self) -> None:
        self.items = []
        self.table.setRowCount(0)
        self.table.hide()
        self.empty.show()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Agreements awaiting a team lead's approval, and approved "
                                   "agreements whose review date has passed or falls within "
                                   "30 days. Double-click or press Enter to open one."))
        self.export_button.setText(self.tr("Export review dates (iCalendar)…"))
        self.export_button.setToolTip(self.export_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText))
        self.export_action.setText(self.tr("Export review dates (iCalendar)…"))
        self.empty.setText(self.tr("Nothing to review"))
        if self.items:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
