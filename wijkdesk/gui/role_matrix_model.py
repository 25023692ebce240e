"""The responsibility matrix as a table: its item model (tasks by domain × professional types,
each cell a level on its heat-map colour) and the delegate that outlines what a finding concerns
and edits a cell with a list of level names.

The model keeps the levels the window shows and analyses them on every change (the analysis is
pure and quick), so the findings follow the user's typing without a round trip to the database.
Edits are not written here: the model asks for them (edit_requested) and the page writes them.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wijkdesk.domain.role_matrix import Cell, Finding, Level, analyse
from wijkdesk.gui.raci import (
    FINDING_COLOUR,
    LEVEL_COLOURS,
    assignment_name,
    finding_subject,
    finding_title,
    level_name,
    type_label,
    work_name,
)
from wijkdesk.services.roles import CellChange, MatrixView, TaskInfo, TypeInfo

Index = QModelIndex | QPersistentModelIndex

DOMAIN_COLUMN, TASK_COLUMN, FIRST_TYPE = 0, 1, 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell's level letter, "" for none
CYCLE: tuple[Level | None, ...] = (None, Level.RESPONSIBLE, Level.ACCOUNTABLE, Level.CONSULTED,
                                   Level.INFORMED)
_INK = QColor("#1b1b1b")  # the letters stay dark on every level colour, in a dark palette too


def next_level(level: Level | None) -> Level | None:
    """The level after this one when the user presses Space: none → R → A → C → I → none."""
    return CYCLE[(CYCLE.index(level) + 1) % len(CYCLE)]


class MatrixModel(QAbstractTableModel):
    edit_requested = Signal(object)  # [CellChange] asked for through the delegate's editor

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: MatrixView | None = None
        self.tasks: list[TaskInfo] = []
        self.types: list[TypeInfo] = []
        self.domain_names: dict[uuid.UUID, str] = {}
        self.levels: dict[Cell, Level] = {}
        self.findings: list[Finding] = []
        self.by_cell: dict[Cell, list[Finding]] = {}
        self.read_only = False
        self._first_of_domain: set[int] = set()

    # What it holds ---------------------------------------------------------------------------

    def show(self, view: MatrixView | None) -> None:
        """Show a matrix; when only its levels differ from what is shown, the rows stay (and
        with them the user's selection and scroll position)."""
        same = (view is not None and self.view is not None and view.info == self.view.info
                and view.tasks == self.tasks and view.types == self.types
                and view.domains == self.view.domains)
        if same:
            self.view = view
            self.levels = dict(view.levels)
            self.analyse()
            return
        self.beginResetModel()
        self.view = view
        self.tasks = list(view.tasks) if view else []
        self.types = list(view.types) if view else []
        self.domain_names = {d.id: d.name for d in view.domains} if view else {}
        self.levels = dict(view.levels) if view else {}
        self._first_of_domain = {row for row, task in enumerate(self.tasks)
                                 if row == 0 or self.tasks[row - 1].domain_id != task.domain_id}
        self._analyse_only()
        self.endResetModel()

    def clear(self) -> None:
        self.show(None)

    def current_view(self, splits: dict[uuid.UUID, int] | None = None) -> MatrixView | None:
        """The matrix as the user sees it now (edits included, written or on their way)."""
        if self.view is None:
            return None
        return replace(self.view, levels=dict(self.levels),
                       splits=dict(self.view.splits if splits is None else splits))

    def domain_spans(self) -> list[tuple[int, int]]:
        """(first row, number of rows) of each domain's group of tasks."""
        starts = sorted(self._first_of_domain)
        if not starts:  # no matrix shown (cleared when the window locks), or no tasks
            return []
        ends = [*starts[1:], len(self.tasks)]
        return [(start, end - start) for start, end in zip(starts, ends, strict=True)]

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid() or index.column() < FIRST_TYPE:
            return None
        return (self.tasks[index.row()].id, self.types[index.column() - FIRST_TYPE].id)

    def index_of(self, cell: Cell) -> QModelIndex:
        task_id, type_id = cell
        for row, task in enumerate(self.tasks):
            if task.id == task_id:
                for column, ptype in enumerate(self.types, FIRST_TYPE):
                    if ptype.id == type_id:
                        return self.index(row, column)
        return QModelIndex()

    def level(self, cell: Cell) -> Level | None:
        return self.levels.get(cell)

    def title(self, finding: Finding) -> str:
        return finding_title(finding.rule, finding_subject(finding, self.view)) if self.view \
            else ""

    # Changing it -----------------------------------------------------------------------------

    def apply(self, changes: list[CellChange]) -> None:
        """Show levels at once (before the database has them) and analyse again."""
        for task_id, type_id, level in changes:
            if level is None:
                self.levels.pop((task_id, type_id), None)
            else:
                self.levels[(task_id, type_id)] = Level(level)
        self.analyse()

    def analyse(self) -> None:
        self._analyse_only()
        if self.tasks and self.types:
            # the outline and tooltips of any cell may change with one edit
            self.dataChanged.emit(self.index(0, FIRST_TYPE),
                                  self.index(len(self.tasks) - 1, self.columnCount() - 1))

    def _analyse_only(self) -> None:
        self.findings = analyse([t.ref() for t in self.tasks], [t.ref() for t in self.types],
                                self.levels)
        self.by_cell = {}
        for finding in self.findings:
            for cell in finding.cells:
                self.by_cell.setdefault(cell, []).append(finding)

    # QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self.tasks else FIRST_TYPE + len(self.types)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIRST_TYPE and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        column = index.column()
        if column == DOMAIN_COLUMN:
            return self._domain_data(task, role)
        if column == TASK_COLUMN:
            return self._task_data(task, role)
        cell = (task.id, self.types[column - FIRST_TYPE].id)
        level = self.levels.get(cell)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return level.value if level else ""
        if role == LEVEL_ROLE:
            return level.value if level else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return LEVEL_COLOURS[level] if level else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _INK if level else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            ptype = self.types[column - FIRST_TYPE]
            lines = [f"{task.name} · {type_label(ptype.code, ptype.name)}: {level_name(level)}"]
            lines += ["• " + self.title(f) for f in self.by_cell.get(cell, [])]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return level_name(level)
        return None

    def _domain_data(self, task: TaskInfo, role: int) -> Any:
        name = self.domain_names.get(task.domain_id, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return name
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def _task_data(self, task: TaskInfo, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return task.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.task_tooltip(task)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def task_tooltip(self, task: TaskInfo) -> str:
        lines = [task.name]
        if task.description:
            lines.append(task.description)
        lines.append(self.tr("Kind of work: %1").replace("%1", work_name(task.work)))
        if task.policy:
            lines.append(self.tr("Policy task"))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.tasks):
                return None
            task = self.tasks[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return task.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.task_tooltip(task)
            return None
        if section == DOMAIN_COLUMN:
            return self.tr("Domain") if role == Qt.ItemDataRole.DisplayRole else None
        if section == TASK_COLUMN:
            return self.tr("Task") if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section - FIRST_TYPE < len(self.types):
            return None
        ptype = self.types[section - FIRST_TYPE]
        if role == Qt.ItemDataRole.DisplayRole:
            return type_label(ptype.code, ptype.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [type_label(ptype.code, ptype.name), assignment_name(ptype.assignment)]
            if ptype.description:
                lines.append(ptype.description)
            return "\n".join(lines)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The delegate's editor asks for a level: the page writes it (and makes it undoable)."""
        cell = self.cell(index)
        if cell is None or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        level = Level(value) if value else None
        if level != self.levels.get(cell):
            self.edit_requested.emit([(cell[0], cell[1], level)])
        return True


class MatrixDelegate(QStyledItemDelegate):
    """Paints a level cell as its heat-map colour with the letter, a finding's outline over it,
    and edits it with a list of the level names (F2 or a double click)."""

    def __init__(self, model: MatrixModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() == TASK_COLUMN:
            # a task on one line, cut at its end: wrapped, only its first words would show
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideRight

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() < FIRST_TYPE:
            super().paint(painter, option, index)
            return
        rect = QRect(option.rect)
        cell = self.model.cell(index)
        level = self.model.level(cell) if cell else None
        painter.save()
        try:
            self._paint_cell(painter, option, rect, cell, level)
        finally:
            painter.restore()

    def _paint_cell(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                    cell: Cell | None, level: Level | None) -> None:
        palette = option.palette
        painter.fillRect(rect, LEVEL_COLOURS[level] if level else palette.color(
            QPalette.ColorRole.Base))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            # a see-through highlight: the heat map stays readable under a selection
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(90)
            painter.fillRect(rect, shade)
        if level:
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(_INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, level.value)
        if cell in self.model.by_cell:
            pen = QPen(FINDING_COLOUR)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Text))
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(4, 4, -5, -5))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for level in CYCLE:
            combo.addItem(level_name(level), level.value if level else "")
        # a choice with the mouse is the whole edit: no Enter needed
        combo.activated.connect(lambda _n, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        # the level names are longer than a cell is wide
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
