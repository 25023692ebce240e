"""The responsibility-matrix editor: who does what for one team (in one wijk, or the whole
team), edited in a heat-map table, with its findings beside it and each type's agreed split of
individual and collective work under it.

An edit shows at once (the model changes, the analysis runs on it) and is written on the lane
as one call for the whole selection; the undo stack holds what the service said the cells were
before. When the service refuses, the old levels come back and the matrix is read again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.role_matrix import Finding, Level
from wijkdesk.domain.roles import Permission
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.neighbourhood import hours
from wijkdesk.gui.raci import (
    FINDING_COLOUR,
    LEVEL_COLOURS,
    finding_explanation,
    level_name,
    type_label,
)
from wijkdesk.gui.role_matrix_model import (
    CYCLE,
    DOMAIN_COLUMN,
    FIRST_TYPE,
    TASK_COLUMN,
    MatrixDelegate,
    MatrixModel,
    next_level,
)
from wijkdesk.gui.role_reference import TasksDialog, TypesDialog
from wijkdesk.gui.session import Session
from wijkdesk.services.roles import CellChange, MatrixView, SplitRow

FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
_CYCLE = object()  # "the next level" asked with Space
_SPLIT_PAUSE_MS = 500  # the spin box settles before its value is written
_NOT_AGREED = -1


class MatrixTable(QTableView):
    """The matrix's table: letters typed on the selection set levels; the arrows, F2 and a
    double click work as in any table."""

    level_typed = Signal(object)  # a Level, None (clear) or _CYCLE

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() == QAbstractItemView.State.EditingState or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier):
            super().keyPressEvent(event)
            return
        text = event.text().upper()
        if text in ("R", "A", "C", "I"):
            self.level_typed.emit(Level(text))
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text in ("0", "-"):
            self.level_typed.emit(None)
        elif event.key() == Qt.Key.Key_Space:
            self.level_typed.emit(_CYCLE)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class _LevelsCommand(QUndoCommand):
    """Cells set in one call; undo writes back what the service returned as their past."""

    def __init__(self, page: MatrixPage, matrix_id: uuid.UUID, after: list[CellChange],
                 before: list[CellChange], text: str):
        super().__init__(text)
        self.page, self.matrix_id, self.after, self.before = page, matrix_id, after, before

    def redo(self) -> None:
        self.page._write_levels(self, self.after, self.before, forward=True)

    def undo(self) -> None:
        self.page._write_levels(self, self.before, self.after, forward=False)


class _SplitCommand(QUndoCommand):
    def __init__(self, page: MatrixPage, matrix_id: uuid.UUID, type_id: uuid.UUID,
                 after: int | None, before: int | None, text: str):
        super().__init__(text)
        self.page, self.matrix_id, self.type_id = page, matrix_id, type_id
        self.after, self.before = after, before

    def redo(self) -> None:
        self.page._write_split(self, self.after, self.before, forward=True)

    def undo(self) -> None:
        self.page._write_split(self, self.before, self.after, forward=False)


class MatrixPage(QWidget):
    view_changed = Signal(object)  # the MatrixView as shown, after every load and edit

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = MatrixModel(self)
        self.splits: list[SplitRow] = []
        self.agreed: dict[uuid.UUID, int] = {}
        self.scope: tuple[str, uuid.UUID | None] | None = None  # what the user asked for
        self.undo_stack = QUndoStack(self)
        # writes on their way (token, matrix, what): a read that was queued before them must
        # not take them off the screen
        self._level_writes: list[tuple[object, uuid.UUID, list[CellChange]]] = []
        self._split_writes: list[tuple[object, uuid.UUID, uuid.UUID, int | None]] = []
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
        self.undo_action = self._history_action(
            stack.undo, stack.canUndoChanged, stack.undoTextChanged, self.tr("Undo"),
            self.tr("Undo %1"), QKeySequence.StandardKey.Undo, "Ctrl+Z")
        self.redo_action = self._history_action(
            stack.redo, stack.canRedoChanged, stack.redoTextChanged, self.tr("Redo"),
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

        self.table = MatrixTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(MatrixDelegate(self.model, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # arrows move between cells, Tab to the findings
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(60)
        self.table.setAccessibleName(self.tr("Responsibility matrix"))
        self.model.modelReset.connect(self._shape_table)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self._legend())
        hint = QLabel(self.tr("Type R, A, C or I on the chosen cells; Delete clears them, Space "
                              "steps to the next level, F2 or a double click chooses from a "
                              "list."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        left_layout.addWidget(hint)
        split_title = QLabel(self.tr("<b>Agreed split of individual and collective work</b>"),
                             self)
        left_layout.addWidget(split_title)
        self.split_table = QTableWidget(0, 5, self)
        self.split_table.verticalHeader().hide()
        self.split_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.split_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.split_table.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Maximum)
        self.split_table.setAccessibleName(self.tr("Agreed split"))
        left_layout.addWidget(self.split_table)
        self.split_note = QLabel(self.tr("Actual shares come from the hours recorded in the "
                                         "last twelve months, in the matrix's wijk or the "
                                         "whole gemeente."), self)
        self.split_note.setWordWrap(True)
        self.split_note.setEnabled(False)
        left_layout.addWidget(self.split_note)

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
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        right.setMinimumWidth(260)
        layout.addWidget(self.splitter, 1)
        self.split_timer = QTimer(self, singleShot=True, interval=_SPLIT_PAUSE_MS)
        self.split_timer.timeout.connect(self._split_settled)
        self._pending_splits: set[uuid.UUID] = set()
        for first, second in ((self.team, self.area), (self.area, self.table),
                              (self.table, self.findings), (self.findings, self.split_table),
                              (self.split_table, self.tasks_button),
                              (self.tasks_button, self.types_button)):
            QWidget.setTabOrder(first, second)
        self._set_findings_title()
        self._update_permissions()

    def _history_action(self, step: Callable[[], None], can: SignalInstance,
                        named: SignalInstance, plain: str, template: str,
                        standard: QKeySequence.StandardKey, *extra: str) -> QAction:
        """Undo or redo, named after the step it takes (the stack's own actions would join
        words in English order)."""
        action = QAction(plain, self)
        action.setEnabled(False)
        action.triggered.connect(lambda _c=False: step())
        can.connect(action.setEnabled)
        named.connect(lambda text: action.setText(template.replace("%1", text) if text
                                                  else plain))
        keys = list(QKeySequence.keyBindings(standard))
        keys += [QKeySequence(k) for k in extra if QKeySequence(k) not in keys]
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _legend(self) -> QWidget:
        legend = QWidget(self)
        row = QHBoxLayout(legend)
        row.setContentsMargins(0, 2, 0, 2)
        for level in CYCLE[1:]:
            swatch = QLabel(level.value, legend)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setFixedSize(22, 20)
            swatch.setStyleSheet(f"background: {LEVEL_COLOURS[level].name()}; color: #1b1b1b;"
                                 "font-weight: bold;")
            row.addWidget(swatch)
            row.addWidget(QLabel(level_name(level), legend))
            row.addSpacing(8)
        outline = QLabel(legend)
        outline.setFixedSize(22, 20)
        outline.setStyleSheet(f"border: 2px solid {FINDING_COLOUR.name()};")
        row.addWidget(outline)
        row.addWidget(QLabel(self.tr("concerned by a finding"), legend))
        row.addStretch(1)
        return legend

    def _shape_table(self) -> None:
        table = self.table
        table.clearSpans()
        for first, count in self.model.domain_spans():
            if count > 1:
                table.setSpan(first, DOMAIN_COLUMN, count, 1)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        header.setSectionResizeMode(DOMAIN_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TASK_COLUMN, QHeaderView.ResizeMode.Stretch)
        # wide enough for the longest single word of a domain's name (they wrap between words)
        words = [w for t in self.model.tasks
                 for w in self.model.domain_names.get(t.domain_id, "").split()]
        bold = QFont(table.font())
        bold.setBold(True)
        widths = [QFontMetrics(bold).horizontalAdvance(w) + 16 for w in words]
        table.setColumnWidth(DOMAIN_COLUMN, max([150, *widths]))
        for column in range(FIRST_TYPE, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, 96)
        # type names wrap onto two lines; the header does not grow by itself
        header.setFixedHeight(2 * metrics.lineSpacing() + 12)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.lineSpacing() + 12)

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
        self.agreed = dict(view.splits) if view else {}
        if view is not None:
            for _token, matrix_id, changes in self._level_writes:
                if matrix_id == view.info.id:
                    self.model.apply(changes)
            for _token, matrix_id, type_id, value in self._split_writes:
                if matrix_id == view.info.id:
                    self._set_agreed(type_id, value)
        self._update_permissions()
        self._analysed()
        if view is None:
            self.notice.setText(self.tr("No team has a matrix yet. Type a team name and press "
                                        "Enter to start one."))
            self.notice.show()
            self.split_table.setRowCount(0)
            return
        self.scope = (view.info.team, view.info.place_id)
        self._load_splits(view.info.id)

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

    def _load_splits(self, matrix_id: uuid.UUID) -> None:
        roles = self.session.workspace.roles(self.session.actor)
        self.session.run(lambda _p: (matrix_id, roles.splits(matrix_id)), "matrix splits",
                         self._splits_loaded, self._load_failed, owner=self)

    def _splits_loaded(self, result: tuple) -> None:
        matrix_id, rows = result
        if matrix_id != self.current_matrix_id:
            return
        self.splits = rows
        self._fill_splits()

    def clear(self) -> None:
        """Forget the matrix and everything chosen (the window locks)."""
        self.split_timer.stop()
        self._pending_splits.clear()
        self._level_writes, self._split_writes = [], []
        self.undo_stack.clear()
        self.model.clear()
        self.agreed, self.splits, self.scope = {}, [], None
        self.team.clear()
        self.area.clear()
        self.split_table.setRowCount(0)
        self.findings.clear()
        self.explanation.clear()
        self.notice.hide()
        self._set_findings_title()

    def _update_permissions(self) -> None:
        may_write = self.session.may(Permission.WRITE_RECORDS)
        self.model.read_only = not may_write
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
        if wanted is _CYCLE:
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
        self.undo_stack.push(_LevelsCommand(self, self.model.view.info.id, after, before, text))

    def _write_levels(self, command: _LevelsCommand, changes: list[CellChange],
                      revert: list[CellChange], *, forward: bool) -> None:
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
            self._drop(command, forward)
            fail(self, self.tr("Responsibility matrix"), exc)
            self.load()  # whatever else was on its way, show what the database holds

        job = self.session.run(lambda _p: roles.set_levels(matrix_id, changes),
                               "set matrix levels", written, refused, owner=self)
        if job is None:  # locked meanwhile: nothing is written, so nothing may show
            landed()
            self.model.apply(revert)

    def _drop(self, command: QUndoCommand, forward: bool) -> None:
        """Take a refused edit out of the history: off the top when it was the last step,
        otherwise the history no longer matches the database and goes."""
        stack = self.undo_stack
        if (forward and shiboken6.isValid(command) and stack.index() > 0
                and stack.command(stack.index() - 1) is command):
            command.setObsolete(True)
            stack.undo()  # an obsolete command is removed without running its undo
        else:
            stack.clear()

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

    def _fill_splits(self) -> None:
        view = self.model.view
        table = self.split_table
        table.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Agreed individual"),
                                         self.tr("Actual individual"),
                                         self.tr("Hours individual"),
                                         self.tr("Hours collective")])
        types = {t.id: t for t in view.types} if view else {}
        rows = [r for r in self.splits if r.type_id in types]
        table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            ptype = types[row.type_id]
            table.setItem(n, 0, QTableWidgetItem(type_label(ptype.code, ptype.name)))
            spin = QSpinBox(table)
            spin.setRange(_NOT_AGREED, 100)
            spin.setSpecialValueText(self.tr("not agreed"))
            spin.setSuffix(" %")
            spin.setValue(self.agreed.get(row.type_id, _NOT_AGREED))
            spin.setEnabled(not self.model.read_only)
            spin.setToolTip(self.tr("The agreed share of individual work in percent; one "
                                    "step below 0 % means nothing is agreed."))
            spin.setProperty("type_id", str(row.type_id))
            spin.valueChanged.connect(lambda _v, t=row.type_id: self._split_edited(t))
            table.setCellWidget(n, 1, spin)
            actual = row.actual_individual
            for column, text in ((2, "—" if actual is None else f"{actual} %"),
                                 (3, hours(row.individual_minutes)),
                                 (4, hours(row.collective_minutes))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(n, column, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(1, max(table.columnWidth(1), 130))
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height + 2)

    def split_spin(self, type_id: uuid.UUID) -> QSpinBox | None:
        for n in range(self.split_table.rowCount()):
            spin = self.split_table.cellWidget(n, 1)
            if isinstance(spin, QSpinBox) and spin.property("type_id") == str(type_id):
                return spin
        return None

    def _split_edited(self, type_id: uuid.UUID) -> None:
        self._pending_splits.add(type_id)
        self.split_timer.start()

    def _split_settled(self) -> None:
        view = self.model.view
        for type_id in sorted(self._pending_splits):
            spin = self.split_spin(type_id)
            if view is None or spin is None:
                continue
            value = None if spin.value() == _NOT_AGREED else spin.value()
            old = self.agreed.get(type_id)
            if value != old:
                self.undo_stack.push(_SplitCommand(self, view.info.id, type_id, value, old,
                                                   self.tr("change of an agreed split")))
        self._pending_splits.clear()

    def _write_split(self, command: _SplitCommand, value: int | None, revert: int | None, *,
                     forward: bool) -> None:
        matrix_id, type_id = command.matrix_id, command.type_id
        if matrix_id != self.current_matrix_id:
            return
        self._show_agreed(type_id, value)
        roles = self.session.workspace.roles(self.session.actor)
        token = object()
        self._split_writes.append((token, matrix_id, type_id, value))

        def landed() -> None:
            self._split_writes = [w for w in self._split_writes if w[0] is not token]

        def written(old: int | None) -> None:
            landed()
            if forward and shiboken6.isValid(command):
                command.before = old
            say_in_status(self, self.tr("Agreed split saved."))

        def refused(exc: BaseException) -> None:
            landed()
            if matrix_id == self.current_matrix_id:
                self._show_agreed(type_id, revert)
            self._drop(command, forward)
            fail(self, self.tr("Agreed split"), exc)

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
        spin = self.split_spin(type_id)
        if spin is not None:
            spin.blockSignals(True)
            spin.setValue(_NOT_AGREED if value is None else value)
            spin.blockSignals(False)
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

