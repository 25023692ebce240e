"""The list of samenwerkingsafspraken: the newest version of each, filtered by state and text,
beside the versions of the chosen one. Choosing in either table asks the page for a version."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.agreements import AgreementState
from wijkdesk.gui.agreement_detail import (
    ID_ROLE,
    alarm_colour,
    approved_text,
    badge,
    day,
    overdue,
    read_only,
    set_ids,
)
from wijkdesk.gui.matrix_table import ColumnFit
from wijkdesk.gui.raci import state_name
from wijkdesk.gui.support_names import short_date
from wijkdesk.gui.tables import fill_table
from wijkdesk.services.agreements import AgreementSummary


class AgreementList(QWidget):
    """Filters and the agreements on the left, the versions of the chosen one on the right.
    The page owns the buttons' actions (new agreement, compare) and the context menu."""

    version_chosen = Signal(object)  # the uuid of a version picked in either table
    menu_requested = Signal(object, QPoint)  # a version, and where (global) its menu goes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[AgreementSummary] = []  # the newest version of each agreement
        self.series: list[AgreementSummary] = []  # every version of the chosen agreement
        self.current_id: uuid.UUID | None = None  # the version shown in full
        tlay = QHBoxLayout(self)
        tlay.setContentsMargins(8, 8, 8, 4)
        lay = QVBoxLayout()
        tlay.addLayout(lay, 1)
        filters = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_filter = QComboBox(self)
        self.state_label.setBuddy(self.state_filter)
        self.text_filter = QLineEdit(self)
        self.text_filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        filters.addWidget(self.state_label)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addSpacing(12)
        filters.addWidget(self.new_button)
        lay.addLayout(filters)
        self.table = QTableWidget(self)
        read_only(self.table)
        # the title takes the room; the approver (also in the state's tooltip and the version
        # shown) gives way first, then the team
        self.title_fit = ColumnFit(self.table, 0, minimum=200, optional=(1, 6))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        lay.addWidget(self.empty)
        self.versions_box = QGroupBox(self)
        self.versions_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        vlay = QVBoxLayout(self.versions_box)
        self.versions = QTableWidget(self.versions_box)
        read_only(self.versions)
        self.versions.horizontalHeader().setStretchLastSection(True)
        vlay.addWidget(self.versions, 1)
        self.compare_button = QPushButton(self.versions_box)
        compare_row = QHBoxLayout()
        compare_row.addStretch(1)
        compare_row.addWidget(self.compare_button)
        vlay.addLayout(compare_row)
        tlay.addWidget(self.versions_box)
        self.state_filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.text_filter.textChanged.connect(lambda _t: self._fill())
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.versions.itemSelectionChanged.connect(self._version_chosen)
        self.retranslate()

    # Filling --------------------------------------------------------------------------------

    def show_rows(self, rows: list[AgreementSummary]) -> None:
        self.rows = rows
        self._fill()

    def show_series(self, series: list[AgreementSummary], current_id: uuid.UUID) -> None:
        """The versions of the agreement shown, that one chosen in both tables."""
        self.series, self.current_id = series, current_id
        self._fill_versions()
        self._select_series()

    def _chosen_series(self) -> uuid.UUID | None:
        return next((v.series_id for v in self.series if v.id == self.current_id), None)

    def _filtered(self) -> list[AgreementSummary]:
        state = self.state_filter.currentData()
        text = self.text_filter.text().strip().casefold()
        return [r for r in self.rows if (state is None or r.state.value == state)
                and (not text or text in f"{r.title} {r.team} {r.place_name}".casefold())]

    def _fill(self) -> None:
        rows = self._filtered()
        today = date.today()
        self.table.blockSignals(True)
        with self.title_fit.measuring():
            fill_table(self.table, [self.tr("Title"), self.tr("Team"), self.tr("Area"),
                                    self.tr("Version"), self.tr("State"),
                                    self.tr("Review date"), self.tr("Approved by")],
                       [[r.title, r.team, r.place_name, str(r.version), state_name(r.state),
                         short_date(r.review_on), r.approved_by_name] for r in rows])
            widest = max((self.table.fontMetrics().horizontalAdvance(r.title) for r in rows),
                         default=0)
            self.title_fit.minimum = min(
                widest, 32 * self.table.fontMetrics().averageCharWidth()) + 16
        set_ids(self.table, [r.id for r in rows])
        alarm = alarm_colour()
        for n, r in enumerate(rows):
            self.table.item(n, 0).setToolTip(r.title)
            self.table.item(n, 3).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            badge(self.table.item(n, 4), r.state)
            if r.approved_at is not None:
                self.table.item(n, 4).setToolTip(approved_text(r))
            if overdue(r, today):
                when = self.table.item(n, 5)
                when.setForeground(QBrush(alarm))
                when.setToolTip(self.tr("The review date has passed"))
        self.table.blockSignals(False)
        self._select_series()
        self.empty.setText(self.tr("No agreements yet. Make the first with “New agreement”.")
                           if not self.rows else self.tr("No agreement matches the filter."))
        self.empty.setVisible(not rows)

    def _select_series(self) -> None:
        series_id = self._chosen_series()
        by_id = {str(r.id): r for r in self.rows}
        self.table.blockSignals(True)
        self.table.clearSelection()
        for n in range(self.table.rowCount()):
            row = by_id.get(self.table.item(n, 0).data(ID_ROLE))
            if row is not None and row.series_id == series_id:
                self.table.selectRow(n)
                break
        self.table.blockSignals(False)

    def _fill_versions(self) -> None:
        self.versions.blockSignals(True)
        fill_table(self.versions, [self.tr("Version"), self.tr("State"), self.tr("Changed")],
                   [[str(v.version), state_name(v.state), day(v.updated_at)]
                    for v in self.series])
        set_ids(self.versions, [v.id for v in self.series])
        self.versions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for n, v in enumerate(self.series):
            self.versions.item(n, 0).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            badge(self.versions.item(n, 1), v.state)
            if v.id == self.current_id:
                self.versions.selectRow(n)
        self.versions.blockSignals(False)
        self._size_versions()

    def _size_versions(self) -> None:
        """The versions as wide as their columns need (room kept for a scroll bar), so the
        list beside them has the rest."""
        table = self.versions
        metrics = table.fontMetrics()
        samples = (["99", self.tr("Version")],
                   [state_name(s) for s in AgreementState] + [self.tr("State")],
                   [short_date(date(2000, 12, 28)), self.tr("Changed")])
        width = sum(max(metrics.horizontalAdvance(t) for t in column) + 18
                    for column in samples)
        width += 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        margins = self.versions_box.layout().contentsMargins()
        width = max(width, self.compare_button.sizeHint().width(),
                    metrics.horizontalAdvance(self.versions_box.title()) + 16)
        self.versions_box.setFixedWidth(width + margins.left() + margins.right())

    def reveal(self, agreement_id: uuid.UUID) -> None:
        """Clear the filters when they hide that version (e.g. opened from the review queue)."""
        if any(r.id == agreement_id for r in self._filtered()):
            return
        for widget in (self.state_filter, self.text_filter):
            widget.blockSignals(True)
        self.state_filter.setCurrentIndex(0)
        self.text_filter.clear()
        for widget in (self.state_filter, self.text_filter):
            widget.blockSignals(False)
        self._fill()

    # Choosing -------------------------------------------------------------------------------

    def find(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def _row_chosen(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.version_chosen.emit(
                uuid.UUID(self.table.item(selected[0].row(), 0).data(ID_ROLE)))

    def _version_chosen(self) -> None:
        selected = self.versions.selectionModel().selectedRows()
        if selected:
            wanted = uuid.UUID(self.versions.item(selected[0].row(), 0).data(ID_ROLE))
            if self.current_id != wanted:
                self.version_chosen.emit(wanted)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.table.itemAt(pos)
        if item is None:
            return
        self.table.blockSignals(True)  # the page loads the version for its menu itself
        self.table.selectRow(item.row())
        self.table.blockSignals(False)
        self.menu_requested.emit(uuid.UUID(self.table.item(item.row(), 0).data(ID_ROLE)),
                                 self.table.viewport().mapToGlobal(pos))

    # Lock, language ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.rows, self.series, self.current_id = [], [], None
        self.table.setRowCount(0)
        self.versions.setRowCount(0)

    def retranslate(self) -> None:
        self.state_label.setText(self.tr("&State:"))
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("All"), None)
        for state in AgreementState:
            self.state_filter.addItem(state_name(state), state.value)
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(current)))
        self.state_filter.blockSignals(False)
        self.text_filter.setPlaceholderText(self.tr("Filter by title, team or area (Ctrl+F)"))
        self.versions_box.setTitle(self.tr("Versions of this agreement"))
        self._size_versions()
        if self.rows:
            self._fill()
        if self.series:
            self._fill_versions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
