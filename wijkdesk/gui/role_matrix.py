"""The responsibility-matrix editor: who does what for one team (in one wijk, or the whole
team), edited in a heat-map table, with its findings beside it and each type's agreed split of
individual and collective work under it. The table and its legend are in matrix_table, the
split under it in split_table, the undo commands in matrix_undo.

An edit shows at once (the model changes, the analysis runs on it) and is written on the lane
as one call for the whole selection; the undo stack holds what the service said the cells were
before. When the service refuses, the old levels come back and the matrix is read again.
"""

from __future__ import annotations

import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.role_matrix import Finding
from wijkdesk.domain.roles import Permission
from wijkdesk.gui.feedback import fail, open_dialog
from wijkdesk.gui.matrix_table import NEXT_LEVEL, MatrixTable, matrix_legend
from wijkdesk.gui.matrix_undo import LevelsCommand, drop_refused, history_action
from wijkdesk.gui.raci import finding_explanation
from wijkdesk.gui.role_matrix_model import FIRST_TYPE, MatrixModel, next_level
from wijkdesk.gui.role_reference import TasksDialog, TypesDialog
from wijkdesk.gui.session import Session
from wijkdesk.gui.split_table import SplitPanel
from wijkdesk.services.roles import CellChange, MatrixView

FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


class MatrixPage(QWidget):
    view_changed = Signal(object)  # the MatrixView as shown, after every load and edit

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = MatrixModel(self)
        self.scope: tuple[str, uuid.UUID | None] | None = None  # what the user asked for
        self.undo_stack = QUndoStack(self)
        # writes on their way (token, matrix, what): a read that was queued before them must
        # not take them off the screen
        self._level_writes: list[tuple[object, uuid.UUID, list[CellChange]]] = []
        self._build()
        self.model.edit_requested.connect(self._request)
        self.table.level_typed.connect(self._typed)

    # Layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.team = QComboBox(self)
        self.team.setEditable(True)
        self.team.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.team.setMinimumContentsLength(18)
        self.team.lineEdit().setPlaceholderText(self.tr("Team name"))
        self.team.activated.connect(lambda _n: self._scope_chosen())
        self.team.lineEdit().returnPressed.connect(self._scope_chosen)
        team_label = QLabel(self.tr("&Team:"), self)
        team_label.setBuddy(self.team)
        self.area = QComboBox(self)
        self.area.setMinimumContentsLength(16)
        self.area.activated.connect(lambda _n: self._scope_chosen())
        area_label = QLabel(self.tr("A&rea:"), self)
        area_label.setBuddy(self.area)
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)
        stack = self.undo_stack
        self.undo_action = history_action(
            self, stack.undo, stack.canUndoChanged, stack.undoTextChanged, self.tr("Undo"),
            self.tr("Undo %1"), QKeySequence.StandardKey.Undo, "Ctrl+Z")
        self.redo_action = history_action(
            self, stack.redo, stack.canRedoChanged, stack.redoTextChanged, self.tr("Redo"),
            self.tr("Redo %1"), QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.tasks_button = QPushButton(self.tr("Manage ta&sks…"), self)
        self.tasks_button.clicked.connect(self.manage_tasks)
        self.types_button = QPushButton(self.tr("Manage t&ypes…"), self)
        self.types_button.clicked.connect(self.manage_types)
        for widget in (team_label, self.team, area_label, self.area, self.undo_button,
                       self.redo_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.tasks_button)
        bar.addWidget(self.types_button)
        layout.addLayout(bar)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.table = MatrixTable(self.model, self)
        self.table.setAccessibleName(self.tr("Responsibility matrix"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(matrix_legend(self))
        hint = QLabel(self.tr("Type R, A, C or I on the chosen cells; Delete clears them, Space "
                              "steps to the next level, F2 or a double click chooses from a "
                              "list."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        left_layout.addWidget(hint)
        self.split_panel = SplitPanel(self.session, self.undo_stack, self)
        self.split_panel.agreed_changed.connect(self._agreed_changed)
        self.split_table = self.split_panel.table
        left_layout.addWidget(self.split_panel)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_title = QLabel(self)
        right_layout.addWidget(self.findings_title)
        self.findings = QListWidget(self)
        self.findings.setWordWrap(True)
        self.findings.setSpacing(2)
        self.findings.setAlternatingRowColors(True)
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.currentItemChanged.connect(self._finding_chosen)
        self.findings.itemActivated.connect(lambda _i: self._go_to_cells())
        self.findings_title.setBuddy(self.findings)
        right_layout.addWidget(self.findings, 1)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setMinimumHeight(70)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explanation.setMargin(6)
        right_layout.addWidget(self.explanation)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        # the matrix takes what the window gains; the findings wrap in a narrow column
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        right.setMinimumWidth(190)
        self.splitter.setSizes([1000, 205])
        layout.addWidget(self.splitter, 1)
        for first, second in ((self.team, self.area), (self.area, self.table),
                              (self.table, self.findings), (self.findings, self.split_table),
                              (self.split_table, self.tasks_button),
                              (self.tasks_button, self.types_button)):
            QWidget.setTabOrder(first, second)
        self._set_findings_title()
        self._update_permissions()

    # Loading ---------------------------------------------------------------------------------

    @property
    def current_matrix_id(self) -> uuid.UUID | None:
        return self.model.view.info.id if self.model.view else None

    def load(self) -> None:
        """Read the scope choices and the matrix asked for (or the one shown, or the first)."""
        self._open(self.scope)

    def open_scope(self, team: str, place_id: uuid.UUID | None = None) -> None:
        self.scope = (team, place_id)
        self._open(self.scope)

    def _open(self, scope: tuple[str, uuid.UUID | None] | None) -> None:
        workspace, actor = self.session.workspace, self.session.actor
        roles, places = workspace.roles(actor), workspace.places(actor)

        def work(_p: Any) -> tuple:
            teams = roles.teams()
            districts = [(p.id, p.name) for p in places.list(PlaceLevel.DISTRICT)]
            if scope is not None:
                info = roles.open_matrix(*scope)
            else:
                existing = roles.matrices()
                if existing:
                    info = existing[0]
                elif teams:
                    info = roles.open_matrix(teams[0])
                else:
                    return teams, districts, None
            return roles.teams(), districts, roles.matrix(info.id)

        self.session.run(work, "open responsibility matrix", self._loaded, self._load_failed,
                         owner=self)

    def _loaded(self, result: tuple) -> None:
        teams, districts, view = result
        before = self.current_matrix_id
        self._fill_scope(teams, districts, view)
        if view is not None and view.info.id != before:
            self.undo_stack.clear()  # each matrix has its own history
        self.model.show(view)
        self.split_panel.show_matrix(view)
        if view is not None:
            for _token, matrix_id, changes in self._level_writes:
                if matrix_id == view.info.id:
                    self.model.apply(changes)
        self._update_permissions()
        self._analysed()
        if view is None:
            self.notice.setText(self.tr("No team has a matrix yet. Type a team name and press "
                                        "Enter to start one."))
            self.notice.show()
            self.split_panel.load(self._load_failed)  # empties the table
            return
        self.scope = (view.info.team, view.info.place_id)
        self.split_panel.load(self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        shown = self.model.view.info if self.model.view else None
        self.scope = (shown.team, shown.place_id) if shown else None  # not the refused one
        if shown is not None:
            self._fill_scope([self.team.itemText(n) for n in range(self.team.count())],
                             [(uuid.UUID(self.area.itemData(n)), self.area.itemText(n))
                              for n in range(1, self.area.count())], self.model.view)
        fail(self, self.tr("Responsibility matrix"), exc)

    def _fill_scope(self, teams: list[str], districts: list[tuple[uuid.UUID, str]],
                    view: MatrixView | None) -> None:
        for combo in (self.team, self.area):
            combo.blockSignals(True)
        self.team.clear()
        self.team.addItems(teams)
        self.area.clear()
        self.area.addItem(self.tr("Whole team"), "")
        for place_id, name in districts:
            self.area.addItem(name, str(place_id))
        if view is not None:
            self.team.setCurrentIndex(self.team.findText(view.info.team))
            self.team.setEditText(view.info.team)
            place = str(view.info.place_id) if view.info.place_id else ""
            self.area.setCurrentIndex(max(0, self.area.findData(place)))
        for combo in (self.team, self.area):
            combo.blockSignals(False)

    def _scope_chosen(self) -> None:
        team = " ".join(self.team.currentText().split())
        if not team:
            return
        data = self.area.currentData()
        place_id = uuid.UUID(data) if data else None
        # Enter on a known team also activates the combo: one opening is enough
        if self.scope is not None and (self.scope[0].casefold(), self.scope[1]) == (
                team.casefold(), place_id):
            return
        self.open_scope(team, place_id)

    def clear(self) -> None:
        """Forget the matrix and everything chosen (the window locks)."""
        self.split_panel.clear()
        self._level_writes = []
        self.undo_stack.clear()
        self.model.clear()
        self.scope = None
        self.team.clear()
        self.area.clear()
        self.findings.clear()
        self.explanation.clear()
        self.notice.hide()
        self._set_findings_title()

    def _update_permissions(self) -> None:
        may_write = self.session.may(Permission.WRITE_RECORDS)
        self.model.read_only = self.split_panel.read_only = not may_write
        self.tasks_button.setEnabled(self.session.may(Permission.MANAGE_TASKS))
        self.types_button.setEnabled(self.session.may(Permission.MANAGE_TYPES))
        self.undo_button.setVisible(may_write)
        self.redo_button.setVisible(may_write)
        if not may_write:
            self.notice.setText(self.tr("Read only: your role cannot change the matrix."))
        self.notice.setVisible(not may_write)

    # Editing ---------------------------------------------------------------------------------

    def _typed(self, wanted: object) -> None:
        if self.model.read_only or self.model.view is None:
            return
        indexes = [i for i in self.table.selectionModel().selectedIndexes()
                   if i.column() >= FIRST_TYPE]
        current = self.table.currentIndex()
        if not indexes and current.isValid() and current.column() >= FIRST_TYPE:
            indexes = [current]
        if not indexes:
            return
        if wanted is NEXT_LEVEL:
            anchor = current if current.column() >= FIRST_TYPE else indexes[0]
            wanted = next_level(self.model.level(self.model.cell(anchor)))
        cells = [self.model.cell(i) for i in sorted(indexes, key=lambda i: (i.row(),
                                                                            i.column()))]
        self._request([(task, ptype, wanted) for task, ptype in cells])

    def set_levels(self, changes: list[CellChange]) -> None:
        """Set cells as the user would (one undoable write); cells already so are left out."""
        self._request(changes)

    def _request(self, changes: list[CellChange]) -> None:
        if self.model.read_only or self.model.view is None:
            return
        after = [(t, p, level) for t, p, level in changes
                 if self.model.level((t, p)) != level]
        if not after:
            return
        before = [(t, p, self.model.level((t, p))) for t, p, _ in after]
        text = (self.tr("change of %1 cells").replace("%1", str(len(after))) if len(after) > 1
                else self.tr("change of a cell"))
        self.undo_stack.push(LevelsCommand(self._write_levels, self.model.view.info.id, after,
                                           before, text))

    def _write_levels(self, command: LevelsCommand, changes: list[CellChange],
                      revert: list[CellChange], forward: bool) -> None:
        matrix_id = command.matrix_id
        if matrix_id != self.current_matrix_id:
            return
        self.model.apply(changes)
        self._analysed()
        roles = self.session.workspace.roles(self.session.actor)
        token = object()
        self._level_writes.append((token, matrix_id, changes))

        def landed() -> None:
            self._level_writes = [w for w in self._level_writes if w[0] is not token]

        def written(previous: list[CellChange]) -> None:
            landed()
            if forward and shiboken6.isValid(command):
                command.before = previous  # what the database had: undo restores exactly that

        def refused(exc: BaseException) -> None:
            landed()
            if matrix_id == self.current_matrix_id:
                self.model.apply(revert)
                self._analysed()
            drop_refused(self.undo_stack, command, forward)
            fail(self, self.tr("Responsibility matrix"), exc)
            self.load()  # whatever else was on its way, show what the database holds

        job = self.session.run(lambda _p: roles.set_levels(matrix_id, changes),
                               "set matrix levels", written, refused, owner=self)
        if job is None:  # locked meanwhile: nothing is written, so nothing may show
            landed()
            self.model.apply(revert)

    def _analysed(self) -> None:
        """Show the findings of the levels on screen and tell the role map."""
        chosen = self._finding_key(self.findings.currentItem())
        self.findings.blockSignals(True)
        self.findings.clear()
        for finding in self.model.findings:
            item = QListWidgetItem(self.model.title(finding), self.findings)
            item.setData(FINDING_ROLE, finding)
            item.setToolTip(finding_explanation(finding.rule))
            if chosen is not None and self._finding_key(item) == chosen:
                self.findings.setCurrentItem(item)
        self.findings.blockSignals(False)
        current = self.findings.currentItem()
        self.explanation.setText(finding_explanation(current.data(FINDING_ROLE).rule)
                                 if current else "")
        self._set_findings_title()
        view = self.model.current_view(self.agreed)
        if view is not None:
            self.view_changed.emit(view)

    @staticmethod
    def _finding_key(item: QListWidgetItem | None) -> tuple | None:
        if item is None:
            return None
        f: Finding = item.data(FINDING_ROLE)
        return (f.rule, f.task_id, f.type_id, f.domain_id)

    def _set_findings_title(self) -> None:
        n = len(self.model.findings)
        text = (self.tr("No findings") if n == 0 else self.tr("1 finding") if n == 1
                else self.tr("%1 findings").replace("%1", str(n)))
        self.findings_title.setText(f"<b>{text}</b>")

    def _finding_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.explanation.clear()
            return
        finding: Finding = item.data(FINDING_ROLE)
        self.explanation.setText(finding_explanation(finding.rule))
        self.select_cells(finding)

    def select_cells(self, finding: Finding) -> None:
        """Select exactly the cells a finding concerns and show the first."""
        selection = QItemSelection()
        indexes = [i for i in (self.model.index_of(c) for c in finding.cells) if i.isValid()]
        for index in indexes:
            selection.select(index, index)
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if indexes:
            model.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(indexes[0])

    def _go_to_cells(self) -> None:
        item = self.findings.currentItem()
        if item is not None:
            self.select_cells(item.data(FINDING_ROLE))
            self.table.setFocus()

    # Agreed split ----------------------------------------------------------------------------

    @property
    def agreed(self) -> dict[uuid.UUID, int]:
        """The agreed shares of individual work on screen, by type (absent: not agreed)."""
        return self.split_panel.agreed

    def split_spin(self, type_id: uuid.UUID) -> QSpinBox | None:
        return self.split_panel.spin(type_id)

    def _agreed_changed(self) -> None:
        view = self.model.current_view(self.agreed)
        if view is not None:
            self.view_changed.emit(view)

    # Reference data --------------------------------------------------------------------------

    def manage_tasks(self) -> TasksDialog:
        dialog = TasksDialog(self.session, self)
        dialog.changed.connect(self.load)
        return open_dialog(dialog)

    def manage_types(self) -> TypesDialog:
        dialog = TypesDialog(self.session, self)
        dialog.changed.connect(self.load)
        return open_dialog(dialog)

