"""The matrix editor's table and the legend under it: letters typed on the chosen cells set
their level, the columns and rows are shaped to the matrix after every reset of the model.
ColumnFit gives a table's name column the room the other columns leave (the agreement pages
use it too), FlowLayout lets the legend wrap onto a second row when the window is narrow.

Its texts keep the matrix page's translation context (they were written there first).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
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
TASK_MINIMUM_CHARS = 28  # below this the task column scrolls sideways rather than shrink

# the legend names the levels briefly: the letter is on the swatch, the full name in its tooltip
_LEGEND = {
    Level.RESPONSIBLE: QT_TRANSLATE_NOOP("MatrixPage", "executes"),
    Level.ACCOUNTABLE: QT_TRANSLATE_NOOP("MatrixPage", "accountable (mandate)"),
    Level.CONSULTED: QT_TRANSLATE_NOOP("MatrixPage", "consulted"),
    Level.INFORMED: QT_TRANSLATE_NOOP("MatrixPage", "informed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatrixPage", text)


class ColumnFit(QObject):
    """One column of a table takes the width the others leave, and never less than its minimum
    (the table then scrolls sideways): the names in it stay readable while the other columns
    keep the width their contents need. Optional columns give way first: they hide, in the
    order given, while the column would be narrower than its minimum, and come back when the
    table is wide again."""

    def __init__(self, table: QTableView, column: int, minimum: int = 120,
                 optional: tuple[int, ...] = ()):
        super().__init__(table)
        self.table, self.column, self.minimum, self.optional = table, column, minimum, optional
        self.widths: dict[int, int] = {}  # the optional columns' own widths
        self._fitting = False
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        """The user dragged another column: the fitted one gives or takes the difference."""
        if self._fitting or column == self.column:
            return
        if column in self.widths and new > 0:
            self.widths[column] = new
        self.fit()

    @contextmanager
    def measuring(self) -> Iterator[None]:
        """Within, the columns are filled and sized to their contents, every optional one
        shown and nothing fitted; after, the optional ones' widths are kept and all fitted."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column in self.optional:
                if column < header.count():
                    header.setSectionHidden(column, False)
            yield
        finally:
            self._fitting = False
        self.widths = {c: header.sectionSize(c) for c in self.optional if c < header.count()}
        self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        if self.column >= header.count() or self._fitting:
            return
        self._fitting = True
        try:
            for _attempt in range(3):  # a scroll bar that came or went changes the room
                room = self.table.viewport().width()
                self._fit(header, room)
                if self.table.viewport().width() == room:
                    break
        finally:
            self._fitting = False

    def _fit(self, header: QHeaderView, room: int) -> None:
        header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Fixed)
        fixed = sum(header.sectionSize(c) for c in range(header.count())
                    if c != self.column and c not in self.optional
                    and not header.isSectionHidden(c))
        left = room - fixed
        shown = []
        for column in self.optional:  # the first given is the last to go
            width = self.widths.get(column)
            if width is not None and left - width >= self.minimum:
                left -= width
                shown.append(column)
        for column in self.optional:
            if column in self.widths:
                header.setSectionHidden(column, column not in shown)
                if column in shown and header.sectionSize(column) != self.widths[column]:
                    header.resizeSection(column, self.widths[column])
        width = max(self.minimum, left)
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)


class FlowLayout(QLayout):
    """Items side by side, wrapping onto the next row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, row_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing, self._row_spacing = spacing, row_spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(
            0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + row_height + self._row_spacing
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


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
        header.setMinimumSectionSize(40)
        self.task_fit = ColumnFit(self, TASK_COLUMN)
        self.task_width = 0  # the task column with every name whole
        model.modelReset.connect(self.shape)

    def sizeHint(self) -> QSize:  # noqa: N802
        """As wide as the matrix with every task name whole: the window gives it that room
        when it has it (the task column shrinks, then scrolls, when it does not)."""
        hint = super().sizeHint()
        model = self.matrix_model
        if not model.tasks:
            return hint
        header = self.horizontalHeader()
        width = self.task_width + sum(header.sectionSize(c) for c in range(header.count())
                                      if c != TASK_COLUMN)
        width += 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, hint.height())

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
        """Spans for the domains, column widths and row heights for the matrix shown: the
        domains and the types as narrow as their longest word (they wrap between words), the
        tasks on one line in the room that leaves."""
        with self.task_fit.measuring():
            self._shape()
        self.updateGeometry()

    def _shape(self) -> None:
        model = self.matrix_model
        self.clearSpans()
        for first, count in model.domain_spans():
            if count > 1:
                self.setSpan(first, DOMAIN_COLUMN, count, 1)
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        header.setSectionResizeMode(DOMAIN_COLUMN, QHeaderView.ResizeMode.Interactive)
        bold = QFont(self.font())
        bold.setBold(True)
        self.setColumnWidth(DOMAIN_COLUMN, longest_word(
            QFontMetrics(bold), (model.domain_names.get(t.domain_id, "") for t in model.tasks),
            minimum=80) + 14)
        header_metrics = header.fontMetrics()
        for column in range(FIRST_TYPE, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            name = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(column, longest_word(header_metrics, [name], minimum=44) + 12)
        widest = max((metrics.horizontalAdvance(t.name) for t in model.tasks), default=0)
        self.task_width = widest + 16
        self.task_fit.minimum = min(widest, TASK_MINIMUM_CHARS
                                    * metrics.averageCharWidth()) + 16
        # type names wrap onto two lines; the header does not grow by itself
        header.setFixedHeight(2 * metrics.lineSpacing() + 12)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.lineSpacing() + 12)


def longest_word(metrics: QFontMetrics, texts: Iterable[str], minimum: int = 0) -> int:
    """The width of the longest word in texts: what a column they wrap in needs at least."""
    return max([minimum, *(metrics.horizontalAdvance(w) for t in texts for w in t.split())])


def matrix_legend(parent: QWidget) -> QWidget:
    """The levels' colours and the finding outline; wraps onto a second row when narrow."""
    legend = QWidget(parent)
    flow = FlowLayout(legend, spacing=14)
    flow.setContentsMargins(0, 2, 0, 2)

    def entry(swatch: QLabel, text: str, tip: str) -> None:
        box = QWidget(legend)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(5)
        swatch.setParent(box)
        swatch.setFixedSize(22, 20)
        row.addWidget(swatch)
        row.addWidget(QLabel(text, box))
        box.setToolTip(tip)
        flow.addWidget(box)

    for level in CYCLE[1:]:
        swatch = QLabel(level.value)
        swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        swatch.setStyleSheet(f"background: {LEVEL_COLOURS[level].name()}; color: #1b1b1b;"
                             "font-weight: bold;")
        entry(swatch, _tr(_LEGEND[level]), level_name(level))
    outline = QLabel()
    outline.setStyleSheet(f"border: 2px solid {FINDING_COLOUR.name()};")
    entry(outline, _tr(QT_TRANSLATE_NOOP("MatrixPage", "finding")),
          _tr(QT_TRANSLATE_NOOP("MatrixPage", "concerned by a finding")))
    return legend
