"""The agreed split of individual and collective work under the matrix: per professional type
a spin box for the agreed share of individual work, beside the actual share and the hours of
the last twelve months.

A change is written once the spin box settles, as an undoable step on the matrix page's
history; until the write lands, a new read of the matrix does not take it off the screen.
Its texts keep the matrix page's translation context (they were written there first).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.gui.feedback import fail, say_in_status
from wijkdesk.gui.matrix_undo import SplitCommand, drop_refused
from wijkdesk.gui.neighbourhood import hours
from wijkdesk.gui.raci import type_label
from wijkdesk.gui.session import Session
from wijkdesk.services.roles import MatrixView, SplitRow

_SPLIT_PAUSE_MS = 500  # the spin box settles before its value is written
_NOT_AGREED = -1


class SplitPanel(QWidget):
    """The agreed split of the matrix shown (show_matrix, then load for the hours)."""

    agreed_changed = Signal()  # an agreed share on screen changed: edited, undone or refused

    def __init__(self, session: Session, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.undo_stack = session, undo_stack
        self.view: MatrixView | None = None
        self.rows: list[SplitRow] = []
        self.agreed: dict[uuid.UUID, int] = {}
        self.read_only = True
        # writes on their way (token, matrix, type, share): a read queued before them must not
        # take them off the screen
        self._writes: list[tuple[object, uuid.UUID, uuid.UUID, int | None]] = []
        self._pending: set[uuid.UUID] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "MatrixPage", "<b>Agreed split of individual and collective work</b>"), self))
        self.table = QTableWidget(0, 5, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        self.table.setAccessibleName(QCoreApplication.translate("MatrixPage", "Agreed split"))
        layout.addWidget(self.table)
        self.note = QLabel(QCoreApplication.translate(
            "MatrixPage", "Actual shares come from the hours recorded in the last twelve "
                          "months, in the matrix's wijk or the whole gemeente."), self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.timer = QTimer(self, singleShot=True, interval=_SPLIT_PAUSE_MS)
        self.timer.timeout.connect(self._settled)

    @property
    def matrix_id(self) -> uuid.UUID | None:
        return self.view.info.id if self.view else None

    def show_matrix(self, view: MatrixView | None) -> None:
        """A matrix as read: its agreed shares, with the writes still on their way."""
        if self._pending and self.view is not None and (
                view is None or view.info.id != self.view.info.id):
            self.timer.stop()  # the typed shares belong to the matrix being left: save them now
            self._settled()
        self.view = view
        self.agreed = dict(view.splits) if view else {}
        if view is not None:
            for _token, matrix_id, type_id, value in self._writes:
                if matrix_id == view.info.id:
                    self._set_agreed(type_id, value)

    def load(self, on_failure: Callable[[BaseException], None]) -> None:
        """Read the hours of the matrix shown on the lane and fill the table with them."""
        if self.view is None:
            self.table.setRowCount(0)
            return
        matrix_id = self.view.info.id
        roles = self.session.workspace.roles(self.session.actor)
        self.session.run(lambda _p: (matrix_id, roles.splits(matrix_id)), "matrix splits",
                         self._loaded, on_failure, owner=self)

    def _loaded(self, result: tuple) -> None:
        matrix_id, rows = result
        if matrix_id != self.matrix_id:
            return
        self.rows = rows
        self._fill()

    def clear(self) -> None:
        self.timer.stop()
        self._pending.clear()
        self._writes = []
        self.view, self.agreed, self.rows = None, {}, []
        self.table.setRowCount(0)

    def _fill(self) -> None:
        table = self.table
        table.setHorizontalHeaderLabels([
            QCoreApplication.translate("MatrixPage", "Type"),
            QCoreApplication.translate("MatrixPage", "Agreed individual"),
            QCoreApplication.translate("MatrixPage", "Actual individual"),
            QCoreApplication.translate("MatrixPage", "Hours individual"),
            QCoreApplication.translate("MatrixPage", "Hours collective")])
        types = {t.id: t for t in self.view.types} if self.view else {}
        rows = [r for r in self.rows if r.type_id in types]
        table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            ptype = types[row.type_id]
            table.setItem(n, 0, QTableWidgetItem(type_label(ptype.code, ptype.name)))
            spin = QSpinBox(table)
            spin.setRange(_NOT_AGREED, 100)
            spin.setSpecialValueText(QCoreApplication.translate("MatrixPage", "not agreed"))
            spin.setSuffix(" %")
            spin.setValue(self.agreed.get(row.type_id, _NOT_AGREED))
            spin.setEnabled(not self.read_only)
            spin.setToolTip(QCoreApplication.translate(
                "MatrixPage", "The agreed share of individual work in percent; one step "
                              "below 0 % means nothing is agreed."))
            spin.setProperty("type_id", str(row.type_id))
            spin.valueChanged.connect(lambda _v, t=row.type_id: self._edited(t))
            table.setCellWidget(n, 1, spin)
            actual = row.actual_individual
            for column, text in ((2, "—" if actual is None else f"{actual} %"),
                                 (3, hours(row.individual_minutes)),
                                 (4, hours(row.collective_minutes))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(n, column, item)
        # the headings wrap between their words: the columns are as wide as their contents
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(2 * header.fontMetrics().lineSpacing() + 10)
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):
            words = table.horizontalHeaderItem(column).text().split()
            width = max([table.sizeHintForColumn(column) + 8, *(
                header.fontMetrics().horizontalAdvance(w) + 16 for w in words)])
            table.setColumnWidth(column, width)
        table.setColumnWidth(1, max(table.columnWidth(1), 130))
        # as wide as its columns: narrower, a sideways scroll bar would hide the last row
        table.setFixedWidth(sum(table.columnWidth(c) for c in range(table.columnCount()))
                            + 2 * table.frameWidth())
        height = header.height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height + 2)

    def spin(self, type_id: uuid.UUID) -> QSpinBox | None:
        for n in range(self.table.rowCount()):
            spin = self.table.cellWidget(n, 1)
            if isinstance(spin, QSpinBox) and spin.property("type_id") == str(type_id):
                return spin
        return None

    # Editing ---------------------------------------------------------------------------------

    def _edited(self, type_id: uuid.UUID) -> None:
        self._pending.add(type_id)
        self.timer.start()

    def _settled(self) -> None:
        view = self.view
        for type_id in sorted(self._pending):
            spin = self.spin(type_id)
            if view is None or spin is None:
                continue
            value = None if spin.value() == _NOT_AGREED else spin.value()
            old = self.agreed.get(type_id)
            if value != old:
                self.undo_stack.push(SplitCommand(
                    self._write, view.info.id, type_id, value, old,
                    QCoreApplication.translate("MatrixPage", "change of an agreed split")))
        self._pending.clear()

    def _write(self, command: SplitCommand, value: int | None, revert: int | None,
               forward: bool) -> None:
        matrix_id, type_id = command.matrix_id, command.type_id
        if matrix_id != self.matrix_id:
            return
        self._show_agreed(type_id, value)
        roles = self.session.workspace.roles(self.session.actor)
        token = object()
        self._writes.append((token, matrix_id, type_id, value))

        def landed() -> None:
            self._writes = [w for w in self._writes if w[0] is not token]

        def written(old: int | None) -> None:
            landed()
            if forward and shiboken6.isValid(command):
                command.before = old
            say_in_status(self, QCoreApplication.translate("MatrixPage", "Agreed split saved."))

        def refused(exc: BaseException) -> None:
            landed()
            if matrix_id == self.matrix_id:
                self._show_agreed(type_id, revert)
            drop_refused(self.undo_stack, command, forward)
            fail(self, QCoreApplication.translate("MatrixPage", "Agreed split"), exc)

        if self.session.run(lambda _p: roles.set_split(matrix_id, type_id, value),
                            "set split", written, refused, owner=self) is None:
            landed()
            self._show_agreed(type_id, revert)

    def _set_agreed(self, type_id: uuid.UUID, value: int | None) -> None:
        if value is None:
            self.agreed.pop(type_id, None)
        else:
            self.agreed[type_id] = value

    def _show_agreed(self, type_id: uuid.UUID, value: int | None) -> None:
        self._set_agreed(type_id, value)
        spin = self.spin(type_id)
        if spin is not None:
            spin.blockSignals(True)
            spin.setValue(_NOT_AGREED if value is None else value)
            spin.blockSignals(False)
        self.agreed_changed.emit()
