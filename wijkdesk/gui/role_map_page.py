"""The pictures of a team's matrix: the role map (types by task domains) over the agreed
against the actual split of hours, and PNG exports of these and of the heat map."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.gui.chart_common import ImageNotWritten, save_png
from wijkdesk.gui.feedback import fail, open_dialog, say, say_in_status
from wijkdesk.gui.heat_map import paint_heat_map
from wijkdesk.gui.messages import describe
from wijkdesk.gui.role_map_chart import RoleMapWidget, paint_role_map
from wijkdesk.gui.session import Session
from wijkdesk.gui.split_chart import SplitChart, paint_split_chart
from wijkdesk.services.roles import MatrixView, SplitRow

# hours change with every contact recorded anywhere; a matrix edit does not change them, so
# they are fetched again for another matrix, or when they are this old (seconds)
HOURS_KEPT = 300


def file_safe(text: str, fallback: str = "team") -> str:
    """A piece of a file name that every operating system accepts: 'Wijkteam Oost/Zuid' ->
    'wijkteam-oost-zuid'."""
    safe = re.sub(r"[^\w-]+", "-", text.casefold()).strip("-_")[:60].strip("-_")
    return safe or fallback


class RoleMapPage(QWidget):
    """Shown beside the matrix: the lead calls show_view with every new state of the matrix."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.view: MatrixView | None = None
        self.rows: list[SplitRow] | None = None
        self._hours_of = None  # the matrix id the rows belong to
        self._hours_at = 0.0
        self._ticket = 0  # raised at every question, so only the latest answer is shown

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.map = RoleMapWidget()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.map)
        self.scroll.setWidgetResizable(False)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Base)  # one panel with the map
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.map.current_changed.connect(self._current_changed)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.scroll, 1)
        top_layout.addWidget(self.detail)

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.chart = SplitChart()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setWidgetResizable(True)  # the chart takes the width, and the height
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)  # it needs to stay legible
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addWidget(self.caption)
        bottom_layout.addWidget(self.message)
        bottom_layout.addWidget(self.chart_scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False  # the splitter is sized to the first matrix, then left to the user

        self.heat_button = QPushButton()
        self.map_button = QPushButton()
        self.split_button = QPushButton()
        self.heat_button.clicked.connect(self.export_heat_map)
        self.map_button.clicked.connect(self.export_role_map)
        self.split_button.clicked.connect(self.export_split)
        buttons = QHBoxLayout()
        for button in (self.heat_button, self.map_button, self.split_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.splitter, 1)
        content_layout.addLayout(buttons)
        self.content = content

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)
        self.scroll.installEventFilter(self)
        self.setTabOrder(self.map, self.heat_button)
        self.setTabOrder(self.heat_button, self.map_button)
        self.setTabOrder(self.map_button, self.split_button)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Open a team's matrix to see its role map and how its "
                                   "hours are split."))
        self.caption.setText(self.tr("Individual and collective work: agreed, and as recorded "
                                     "in the last 12 months"))
        self.heat_button.setText(self.tr("Export &heat map as PNG…"))
        self.map_button.setText(self.tr("Export &role map as PNG…"))
        self.split_button.setText(self.tr("Export &split as PNG…"))
        self.map.setAccessibleName(self.tr("Role map"))
        self.chart.setAccessibleName(self.tr("Split of hours"))
        if self.view is not None:
            self.map.set_view(self.view)
            self.chart.show_splits(self.view, self.rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.scroll and event.type() == QEvent.Type.Resize:
            # as if the vertical scroll bar were there: a map that fits with it fits without,
            # and the width does not swing as the bar comes and goes
            bar = self.scroll.verticalScrollBar().sizeHint().width()
            self.map.fit_width(self.scroll.width() - bar - 2)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Showing ---------------------------------------------------------------------------------

    def show_view(self, view: MatrixView) -> None:
        """The matrix as it is now; the hours follow from the lane when they are not known."""
        if self.view is None or self.view.info.id != view.info.id:
            self.rows = None
        self.view = view
        self.map.set_view(view)
        self.chart.show_splits(view, self._rows_for(view))
        self.stack.setCurrentWidget(self.content)
        self._enable()
        if not self._sized:
            QTimer.singleShot(0, self, self._size_splitter)  # once the page is laid out
        stale = time.monotonic() - self._hours_at > HOURS_KEPT
        if self._hours_of != view.info.id or stale:
            self.refresh_hours()

    def _current_changed(self, text: str) -> None:
        self.detail.setText(text)
        cell = self.map.current_rect()
        if not cell.isEmpty():  # arrow keys may move past the visible part of the map
            centre = cell.center()
            self.scroll.ensureVisible(int(centre.x()), int(centre.y()),
                                      int(cell.width() / 2) + 8, int(cell.height() / 2) + 8)

    def _size_splitter(self) -> None:
        """The map as high as it is drawn, the chart the rest (each keeps a usable part)."""
        total = self.splitter.height()
        if self._sized or self.view is None or not self.splitter.isVisible() or total <= 0:
            return
        self._sized = True
        wanted = self.map.height() + self.detail.heightForWidth(self.splitter.width()) + 12
        top = max(min(wanted, total - 220), min(total // 2, 160))
        self.splitter.setSizes([top, total - top])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self, self._size_splitter)

    def _rows_for(self, view: MatrixView) -> list[SplitRow] | None:
        return self.rows if self._hours_of == view.info.id else None

    def refresh_hours(self) -> None:
        """Ask the lane for the hours of the matrix shown (a newer question wins)."""
        if self.view is None:
            return
        self._ticket += 1
        ticket, matrix_id = self._ticket, self.view.info.id
        self._hours_of, self._hours_at = matrix_id, time.monotonic()
        roles = self.session.workspace.roles(self.session.actor)
        say(self.message)
        self.session.run(lambda _p: roles.splits(matrix_id), "role splits",
                         lambda rows: self._hours_arrived(ticket, rows),
                         lambda exc: self._hours_failed(ticket, exc), owner=self)

    def _hours_arrived(self, ticket: int, rows: Sequence[SplitRow]) -> None:
        if ticket != self._ticket or self.view is None:
            return
        self.rows = list(rows)
        self.chart.show_splits(self.view, self.rows)
        self._enable()

    def _hours_failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket:
            return
        self._hours_of = None  # ask again next time
        say(self.message, describe(exc))

    def clear(self) -> None:
        """Forget the matrix (the window locked, or no matrix is open)."""
        self._ticket += 1  # an answer on its way is dropped
        self.view, self.rows, self._hours_of, self._hours_at = None, None, None, 0.0
        self.map.set_view(None)
        self.chart.clear()
        self.detail.clear()
        say(self.message)
        self.stack.setCurrentWidget(self.empty)
        self._enable()

    def _enable(self) -> None:
        shown = self.view is not None
        self.heat_button.setEnabled(shown)
        self.map_button.setEnabled(shown)
        self.split_button.setEnabled(shown and self.rows is not None)

    # Exporting -------------------------------------------------------------------------------

    def export_heat_map(self) -> QFileDialog | None:
        return self._export("heatmap", self.tr("Export the heat map"), paint_heat_map)

    def export_role_map(self) -> QFileDialog | None:
        return self._export("rolkaart", self.tr("Export the role map"), paint_role_map)

    def export_split(self) -> QFileDialog | None:
        rows = self.rows
        if rows is None:
            return None
        return self._export("verdeling", self.tr("Export the split of hours"),
                            lambda view: paint_split_chart(view, rows))

    def _export(self, stem: str, title: str,
                paint: Callable[[MatrixView], QImage]) -> QFileDialog | None:
        """Ask where (without blocking), draw the picture of the matrix as it was when asked,
        and write it on the lane. The team name in the file name is no personal data."""
        view = self.view
        if view is None:
            return None
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("png")
        dialog.setNameFilters([self.tr("PNG image (*.png)")])
        dialog.selectFile(f"{stem}-{file_safe(view.info.team)}.png")

        def chosen(path: str) -> None:
            image = paint(view)
            self.session.run(lambda _p: save_png(image, path), "save picture",
                             lambda _r: say_in_status(self, self.tr("Picture saved.")),
                             lambda exc: self._not_saved(title, exc), owner=self)

        dialog.fileSelected.connect(chosen)
        return open_dialog(dialog)

    def _not_saved(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, ImageNotWritten):  # its message names the file and is translated
            QMessageBox.warning(self, title, str(exc))
        else:
            fail(self, title, exc)
