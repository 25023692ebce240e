"""The role map: the professional types by task domains, each cell coloured by the strongest
level the type holds in the domain and saying on how many tasks it holds each level ('A2 R1').

It is drawn with QPainter from a layout computed first, so the window (RoleMapWidget), the PNG
export and the agreement PDF show one picture and tests can find every cell.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from wijkdesk.domain.role_matrix import LEVEL_ORDER, RoleMapCell
from wijkdesk.gui.chart_common import (
    CENTRE_WRAP,
    EMPTY_MATRIX,
    MARGIN,
    ON_LEVEL,
    PRINT_INK,
    WRAP,
    Fonts,
    Ink,
    LegendItem,
    image_painter,
    level_legend,
    line_height,
    new_image,
    paint_legend,
    scope_name,
    screen_ink,
    text_height,
    text_width,
    translated,
    type_heading,
    widest_word,
)
from wijkdesk.gui.raci import LEVEL_COLOURS, assignment_name, level_name
from wijkdesk.services.roles import DomainInfo, MatrixView, TypeInfo

_TEXT = {  # in the context all charts share (chart_common.CONTEXT)
    "map_title": QT_TRANSLATE_NOOP("RoleCharts", "Role map: %1"),
    "map_subtitle": QT_TRANSLATE_NOOP(
        "RoleCharts", "Colour: the strongest level a type holds in the domain. Text: on how "
                      "many tasks it holds each level, for example A2 R1."),
    "cell_tip": QT_TRANSLATE_NOOP("RoleCharts", "%1 in %2"),
    "no_level": QT_TRANSLATE_NOOP("RoleCharts", "holds no level on this domain's tasks"),
}


def _t(key: str) -> str:
    return translated(_TEXT[key])


def role_cell_text(cell: RoleMapCell | None) -> str:
    """'A2 R1': how many of the domain's tasks a type holds at each level, strongest first."""
    if cell is None:
        return "–"
    parts = [f"{lv.value}{cell.counts[lv]}" for lv in LEVEL_ORDER if cell.counts.get(lv)]
    return " ".join(parts) or "–"


@dataclass
class RoleMapLayout:
    size: QSize
    title_rect: QRectF
    title: str
    subtitle_rect: QRectF
    subtitle: str
    columns: list[tuple[DomainInfo, QRectF]]
    rows: list[tuple[TypeInfo, QRectF, QRectF]]  # type, name rect, assignment badge rect
    cells: dict[tuple[uuid.UUID, uuid.UUID], QRectF]  # (type id, domain id)
    map: dict[tuple[uuid.UUID, uuid.UUID], RoleMapCell]
    legend: list[LegendItem]
    empty_rect: QRectF | None = None

    def cell_at(self, point: QPointF) -> tuple[uuid.UUID, uuid.UUID] | None:
        return next((key for key, rect in self.cells.items() if rect.contains(point)), None)


def _running(widths: Sequence[float]) -> list[float]:
    """Where each of a row of widths starts."""
    starts, x = [], 0.0
    for w in widths:
        starts.append(x)
        x += w
    return starts


def role_map_layout(view: MatrixView) -> RoleMapLayout:
    fonts = Fonts()
    used = {t.domain_id for t in view.tasks}
    domains = [d for d in view.domains if d.id in used]
    cells_map = view.role_map()
    # each column as wide as its domain's longest word and its widest cell: compact enough
    # to take in at a glance
    widths = [max([96.0, widest_word(fonts.header, d.name) + 14]
                  + [text_width(fonts.strong, role_cell_text(cells_map.get((t.id, d.id)))) + 18
                     for t in view.types]) for d in domains]
    names = [type_heading(t) for t in view.types]
    label_w = min(max([text_width(fonts.strong, n) for n in names] + [150.0]), 240.0) + 12
    lefts = [x + label_w for x in _running(widths)]
    grid_w = max(label_w + sum(widths), 560.0)
    x0, y = MARGIN, MARGIN
    title = _t("map_title").replace("%1", scope_name(view))
    title_h = text_height(fonts.title, grid_w, title)
    title_rect = QRectF(x0, y, grid_w, title_h)
    y += title_h + 2
    subtitle = _t("map_subtitle")
    subtitle_rect = QRectF(x0, y, grid_w, text_height(fonts.subtitle, grid_w, subtitle))
    y += subtitle_rect.height() + 16
    heights = [text_height(fonts.header, w - 8, d.name, CENTRE_WRAP)
               for d, w in zip(domains, widths, strict=True)]
    header_h = max(heights + [0.0])
    columns = [(domain, QRectF(x0 + left + 4, y + header_h - h, w - 8, h))
               for domain, left, w, h in zip(domains, lefts, widths, heights, strict=True)]
    y += header_h + 8
    rows = []
    cells = {}
    for ptype, name in zip(view.types, names, strict=True):
        name_h = text_height(fonts.strong, label_w - 12, name)
        badge_text = assignment_name(ptype.assignment)
        badge_h = line_height(fonts.small) + 4
        row_h = max(44.0, name_h + badge_h + 12)
        top = y + (row_h - name_h - badge_h - 4) / 2
        rows.append((ptype, QRectF(x0, top, label_w - 12, name_h),
                     QRectF(x0, top + name_h + 4, text_width(fonts.small, badge_text) + 14,
                            badge_h)))
        for domain, left, w in zip(domains, lefts, widths, strict=True):
            cells[(ptype.id, domain.id)] = QRectF(x0 + left, y, w, row_h)
        y += row_h
    empty_rect = None
    if not domains or not view.types:
        empty_rect = QRectF(x0, y, grid_w, line_height(fonts.body) + 8)
        y += empty_rect.height()
    y += 18
    legend, y = level_legend(fonts, x0, y, grid_w, with_finding=False)
    size = QSize(int(grid_w + 2 * MARGIN + 0.999), int(y + MARGIN + 0.999))
    return RoleMapLayout(size, title_rect, title, subtitle_rect, subtitle, columns, rows, cells,
                         cells_map, legend, empty_rect)


def paint_role_map_on(p: QPainter, layout: RoleMapLayout, ink: Ink = PRINT_INK,
                      focus: tuple[uuid.UUID, uuid.UUID] | None = None,
                      focus_colour: QColor | None = None) -> None:
    fonts = Fonts()
    p.setPen(ink.text)
    p.setFont(fonts.title)
    p.drawText(layout.title_rect, WRAP, layout.title)
    p.setPen(ink.muted)
    p.setFont(fonts.subtitle)
    p.drawText(layout.subtitle_rect, WRAP, layout.subtitle)
    p.setPen(ink.text)
    p.setFont(fonts.header)
    for domain, rect in layout.columns:
        p.drawText(rect, CENTRE_WRAP, domain.name)
    for ptype, name_rect, badge in layout.rows:
        p.setPen(ink.text)
        p.setFont(fonts.strong)
        p.drawText(name_rect, WRAP, type_heading(ptype))
        p.setPen(QPen(ink.muted, 1))
        p.setBrush(ink.band)
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        p.setPen(ink.text)
        p.setFont(fonts.small)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, assignment_name(ptype.assignment))
    for key, rect in layout.cells.items():
        inner = rect.adjusted(2, 2, -2, -2)
        cell = layout.map.get(key)
        level = cell.strongest if cell else None
        p.setPen(QPen(ink.grid, 1) if level is None else Qt.PenStyle.NoPen)
        p.setBrush(LEVEL_COLOURS[level] if level else ink.background)
        p.drawRoundedRect(inner, 4, 4)
        p.setPen(ON_LEVEL if level else ink.muted)
        p.setFont(fonts.strong)
        p.drawText(inner, Qt.AlignmentFlag.AlignCenter, role_cell_text(cell))
        if key == focus:
            p.setPen(QPen(focus_colour or ink.text, 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
    if layout.empty_rect is not None:
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(layout.empty_rect, WRAP, translated(EMPTY_MATRIX))
    paint_legend(p, layout.legend, fonts, ink)


def paint_role_map(view: MatrixView) -> QImage:
    layout = role_map_layout(view)
    image = new_image(layout.size, PRINT_INK)
    p = image_painter(image)
    try:
        paint_role_map_on(p, layout)
    finally:
        p.end()
    return image


def role_cell_tooltip(view: MatrixView, type_id: uuid.UUID, domain_id: uuid.UUID) -> str:
    """Rich text: the type and domain, then every task of the domain with the type's level."""
    ptype = next(t for t in view.types if t.id == type_id)
    domain = next(d for d in view.domains if d.id == domain_id)
    head = _t("cell_tip").replace("%1", escape(type_heading(ptype))).replace(
        "%2", escape(domain.name))
    lines = []
    for task in view.tasks:
        if task.domain_id == domain_id:
            level = view.levels.get((task.id, type_id))
            lines.append(f"{escape(task.name)}: <i>{escape(level_name(level))}</i>")
    return f"<b>{head}</b><br>" + "<br>".join(lines)


def role_cell_summary(view: MatrixView, type_id: uuid.UUID, domain_id: uuid.UUID) -> str:
    """The same as the tooltip in plain text, for a label and screen readers."""
    ptype = next(t for t in view.types if t.id == type_id)
    domain = next(d for d in view.domains if d.id == domain_id)
    parts = []
    for task in view.tasks:
        if task.domain_id == domain_id:
            level = view.levels.get((task.id, type_id))
            if level is not None:
                parts.append(f"{task.name}: {level_name(level)}")
    head = _t("cell_tip").replace("%1", type_heading(ptype)).replace("%2", domain.name)
    return head + " — " + ("; ".join(parts) if parts else _t("no_level"))


class RoleMapWidget(QWidget):
    """The role map on screen: the picture of paint_role_map in the window's colours, with a
    tooltip per cell; arrow keys move through the cells and current_changed says what the
    current one holds."""

    current_changed = Signal(str)
    MIN_SCALE = 0.75  # smaller than this and the text is hard to read: scroll instead

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view: MatrixView | None = None
        self.layout_: RoleMapLayout | None = None
        self.current: tuple[int, int] = (0, 0)  # (type row, domain column)
        self.scale = 1.0
        self._available = 1 << 20  # the width to fit in (layout pixels of the window)

    def set_view(self, view: MatrixView | None) -> None:
        self.view = view
        self.layout_ = role_map_layout(view) if view is not None else None
        rows, cols = self._shape()
        self.current = (min(self.current[0], max(rows - 1, 0)),
                        min(self.current[1], max(cols - 1, 0)))
        self.fit_width(self._available)
        self._announce()

    def fit_width(self, available: int) -> None:
        """Shrink the map (down to MIN_SCALE) so that it fits in available pixels."""
        self._available = available
        natural = self.layout_.size if self.layout_ else QSize(0, 0)
        self.scale = 1.0
        if natural.width() > 0:
            self.scale = min(1.0, max(self.MIN_SCALE, available / natural.width()))
        self.setFixedSize(math.ceil(natural.width() * self.scale),
                          math.ceil(natural.height() * self.scale))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.size()

    def _at(self, point: QPointF) -> tuple[uuid.UUID, uuid.UUID] | None:
        if self.layout_ is None:
            return None
        return self.layout_.cell_at(QPointF(point.x() / self.scale, point.y() / self.scale))

    def _shape(self) -> tuple[int, int]:
        if self.layout_ is None:
            return 0, 0
        return len(self.layout_.rows), len(self.layout_.columns)

    def current_key(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        rows, cols = self._shape()
        if not rows or not cols or self.layout_ is None:
            return None
        row, col = self.current
        return self.layout_.rows[row][0].id, self.layout_.columns[col][0].id

    def current_rect(self) -> QRectF:
        """Where the current cell is drawn, in widget pixels (for scrolling it into view)."""
        key = self.current_key()
        if key is None or self.layout_ is None:
            return QRectF()
        rect = self.layout_.cells[key]
        return QRectF(rect.topLeft() * self.scale, rect.size() * self.scale)

    def cell_text(self, type_id: uuid.UUID, domain_id: uuid.UUID) -> str:
        return role_cell_text(self.layout_.map.get((type_id, domain_id))) if self.layout_ else ""

    def tooltip_for(self, type_id: uuid.UUID, domain_id: uuid.UUID) -> str:
        if self.view is None:
            return ""
        return role_cell_tooltip(self.view, type_id, domain_id)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = screen_ink(self.palette())
        p.fillRect(self.rect(), ink.background)
        if self.layout_ is not None:
            p.scale(self.scale, self.scale)
            focus = self.current_key() if self.hasFocus() else None
            paint_role_map_on(p, self.layout_, ink, focus,
                              self.palette().color(QPalette.ColorRole.Highlight))
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            key = self._at(QPointF(event.pos()))
            if key is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(*key), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        key = self._at(event.position())
        if key is not None and self.layout_ is not None:
            row = next(i for i, r in enumerate(self.layout_.rows) if r[0].id == key[0])
            col = next(i for i, c in enumerate(self.layout_.columns) if c[0].id == key[1])
            self._move_to(row, col)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                 Qt.Key.Key_Down: (1, 0)}
        step = steps.get(event.key())  # type: ignore[call-overload]  # Qt.Key is an int
        rows, cols = self._shape()
        if step is None or not rows or not cols:
            super().keyPressEvent(event)
            return
        row = min(max(self.current[0] + step[0], 0), rows - 1)
        col = min(max(self.current[1] + step[1], 0), cols - 1)
        self._move_to(row, col)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.update()
        self._announce()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()

    def _move_to(self, row: int, col: int) -> None:
        self.current = (row, col)
        self.update()
        self._announce()

    def _announce(self) -> None:
        key = self.current_key()
        text = role_cell_summary(self.view, *key) if key and self.view else ""
        self.setAccessibleDescription(text)
        self.current_changed.emit(text)
