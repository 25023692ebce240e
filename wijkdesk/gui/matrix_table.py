"""The matrix editor's table and the legend under it: letters typed on the chosen cells set
their level, the columns and rows are shaped to the matrix after every reset of the model.

Its texts keep the matrix page's translation context (they were written there first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from wijkdesk.domain.role_matrix import Level
from wijkdesk.gui.raci import FINDING_COLOUR, LEVEL_COLOURS, level_name
from wijkdesk.gui.role_matrix_model import (
    CYCLE,
    DOMAIN_COLUMN,
    FIRST_TYPE,
    TASK_COLUMN,
    MatrixDelegate,
    MatrixModel,
)

NEXT_LEVEL = object()  # "the next level", asked with Space


class MatrixTable(QTableView):
    """The matrix's table: letters typed on the selection set levels; the arrows, F2 and a
    double click work as in any table."""

    level_typed = Signal(object)  # a Level, None (clear) or NEXT_LEVEL

    def __init__(self, model: MatrixModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.matrix_model = model
        self.setModel(model)
        self.setItemDelegate(MatrixDelegate(model, self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # arrows move between cells, Tab to the findings
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(60)
        model.modelReset.connect(self.shape)

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
            self.level_typed.emit(NEXT_LEVEL)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def shape(self) -> None:
        """Spans for the domains, column widths and row heights for the matrix shown."""
        model = self.matrix_model
        self.clearSpans()
        for first, count in model.domain_spans():
            if count > 1:
                self.setSpan(first, DOMAIN_COLUMN, count, 1)
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        header.setSectionResizeMode(DOMAIN_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TASK_COLUMN, QHeaderView.ResizeMode.Stretch)
        # wide enough for the longest single word of a domain's name (they wrap between words)
        words = [w for t in model.tasks for w in model.domain_names.get(t.domain_id, "").split()]
        bold = QFont(self.font())
        bold.setBold(True)
        widths = [QFontMetrics(bold).horizontalAdvance(w) + 16 for w in words]
        self.setColumnWidth(DOMAIN_COLUMN, max([150, *widths]))
        for column in range(FIRST_TYPE, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, 96)
        # type names wrap onto two lines; the header does not grow by itself
        header.setFixedHeight(2 * metrics.lineSpacing() + 12)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.lineSpacing() + 12)


def matrix_legend(parent: QWidget) -> QWidget:
    """The levels' colours and the finding outline, on one line."""
    legend = QWidget(parent)
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
    row.addWidget(QLabel(QCoreApplication.translate("MatrixPage", "concerned by a finding"),
                         legend))
    row.addStretch(1)
    return legend
