"""Pictures of who does what: the matrix as a heat map with its findings, the role map (types
by task domains) and the agreed against the actual split of hours.

The heat map and the role map are drawn with QPainter from a layout computed first, so the
window, the PNG export and the agreement PDF show one picture, and tests can find every cell.
Exported images are drawn light (they are printed) at twice the pixels of their layout.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QToolTip, QWidget

from wijkdesk.domain.role_matrix import LEVEL_ORDER, Cell, Finding, Level, RoleMapCell
from wijkdesk.errors import EnvironmentProblem
from wijkdesk.gui.hours_chart import COLLECTIVE_COLOUR, INDIVIDUAL_COLOUR
from wijkdesk.gui.raci import (
    FINDING_COLOUR,
    LEVEL_COLOURS,
    assignment_name,
    finding_explanation,
    finding_subject,
    finding_title,
    level_name,
    type_label,
)
from wijkdesk.services.roles import DomainInfo, MatrixView, SplitRow, TaskInfo, TypeInfo

SCALE = 2  # device pixels per layout pixel in an exported image: sharp when printed
_CONTEXT = "RoleCharts"

_TEXT = {
    "heat_title": QT_TRANSLATE_NOOP("RoleCharts", "Who does what: %1"),
    "heat_subtitle": QT_TRANSLATE_NOOP("RoleCharts", "Responsibility matrix on %1"),
    "map_title": QT_TRANSLATE_NOOP("RoleCharts", "Role map: %1"),
    "map_subtitle": QT_TRANSLATE_NOOP(
        "RoleCharts", "Colour: the strongest level a type holds in the domain. Text: on how "
                      "many tasks it holds each level, for example A2 R1."),
    "split_title": QT_TRANSLATE_NOOP(
        "RoleCharts", "Individual and collective work, agreed and actual: %1"),
    "finding": QT_TRANSLATE_NOOP("RoleCharts", "finding (the number refers to the list below)"),
    "findings": QT_TRANSLATE_NOOP("RoleCharts", "Findings"),
    "no_findings": QT_TRANSLATE_NOOP("RoleCharts",
                                     "No findings: every rule of the analysis is met."),
    "policy": QT_TRANSLATE_NOOP("RoleCharts", "policy"),
    "empty": QT_TRANSLATE_NOOP("RoleCharts", "The matrix has no tasks or professional types "
                                             "yet."),
    "cell_tip": QT_TRANSLATE_NOOP("RoleCharts", "%1 in %2"),
    "no_level": QT_TRANSLATE_NOOP("RoleCharts", "holds no level on this domain's tasks"),
    "agreed": QT_TRANSLATE_NOOP("RoleCharts", "agreed"),
    "actual": QT_TRANSLATE_NOOP("RoleCharts", "actual, %1 h"),
    "actual_none": QT_TRANSLATE_NOOP("RoleCharts", "actual"),
    "not_agreed": QT_TRANSLATE_NOOP("RoleCharts", "not agreed"),
    "no_hours": QT_TRANSLATE_NOOP("RoleCharts", "no hours recorded in the last 12 months"),
    "loading": QT_TRANSLATE_NOOP("RoleCharts", "loading hours…"),
    "individual": QT_TRANSLATE_NOOP("RoleCharts", "individual"),
    "collective": QT_TRANSLATE_NOOP("RoleCharts", "collective"),
    "share": QT_TRANSLATE_NOOP("RoleCharts", "share of the hours (%)"),
    "unwritable": QT_TRANSLATE_NOOP("RoleCharts", "The image could not be written to %1."),
}


def _t(key: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _TEXT[key])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def type_heading(ptype: TypeInfo) -> str:
    """A type as a heading: its (Dutch) label with a capital."""
    return _capital(type_label(ptype.code, ptype.name))


def scope_name(view: MatrixView) -> str:
    """The team, and the wijk where the matrix is for one wijk only."""
    info = view.info
    return f"{info.team}, {info.place_name}" if info.place_name else info.team


# Colours and fonts -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Ink:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    band: QColor  # the domain headings of the heat map


PRINT_INK = Ink(QColor("#ffffff"), QColor("#1b1f23"), QColor("#5b6470"), QColor("#c9cfd6"),
                QColor("#eef1f4"))
_ON_LEVEL = QColor("#1b1f23")  # the level colours are all light enough for dark letters


def screen_ink(palette: QPalette) -> Ink:
    role = QPalette.ColorRole
    return Ink(palette.color(role.Base), palette.color(role.Text),
               palette.color(role.PlaceholderText), palette.color(role.Mid),
               palette.color(role.AlternateBase))


def _font(pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    font.setItalic(italic)
    return font


@dataclass(frozen=True)
class _Fonts:
    title: QFont = field(default_factory=lambda: _font(19, bold=True))
    subtitle: QFont = field(default_factory=lambda: _font(12))
    header: QFont = field(default_factory=lambda: _font(12, bold=True))
    small: QFont = field(default_factory=lambda: _font(11))
    body: QFont = field(default_factory=lambda: _font(13))
    strong: QFont = field(default_factory=lambda: _font(13, bold=True))
    letter: QFont = field(default_factory=lambda: _font(14, bold=True))
    badge: QFont = field(default_factory=lambda: _font(10, bold=True))


_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
_CENTRE_WRAP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_MARGIN = 24.0


def _width(font: QFont, text: str) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


def _height(font: QFont, width: float, text: str, flags: int = _WRAP) -> float:
    """The height text takes when wrapped at width."""
    if not text:
        return 0.0
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100_000), flags, text).height()


def _widest_word(font: QFont, text: str) -> float:
    return max((_width(font, word) for word in text.split()), default=0.0)


def _line(font: QFont) -> float:
    return QFontMetricsF(font).height()


@dataclass(frozen=True)
class LegendItem:
    level: Level | None  # None with finding=True: the outline; None alone: an empty cell
    finding: bool
    swatch: QRectF
    text_rect: QRectF
    text: str


def _legend(fonts: _Fonts, x: float, y: float, width: float, *,
            with_finding: bool) -> tuple[list[LegendItem], float]:
    """The levels (and the finding outline) as swatches with names, flowing over lines;
    returns the items and the y under them."""
    entries: list[tuple[Level | None, bool, str]] = [
        (lv, False, level_name(lv)) for lv in LEVEL_ORDER]
    entries.append((None, False, level_name(None)))
    if with_finding:
        entries.append((None, True, _t("finding")))
    items: list[LegendItem] = []
    line_h = max(20.0, _line(fonts.body))
    cx, cy = x, y
    for level, finding, text in entries:
        need = 20 + 6 + _width(fonts.body, text) + 18
        if cx > x and cx + need > x + width:
            cx, cy = x, cy + line_h + 6
        swatch = QRectF(cx, cy + (line_h - 18) / 2, 20, 18)
        text_rect = QRectF(cx + 26, cy, _width(fonts.body, text) + 2, line_h)
        items.append(LegendItem(level, finding, swatch, text_rect, text))
        cx += need
    return items, cy + line_h


def _paint_legend(p: QPainter, items: Sequence[LegendItem], fonts: _Fonts, ink: Ink) -> None:
    for item in items:
        if item.finding:
            p.setPen(QPen(FINDING_COLOUR, 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(item.swatch.adjusted(1.5, 1.5, -1.5, -1.5))
        else:
            p.setPen(QPen(ink.grid, 1))
            p.setBrush(LEVEL_COLOURS[item.level] if item.level else ink.background)
            p.drawRect(item.swatch)
            if item.level is not None:
                p.setPen(_ON_LEVEL)
                p.setFont(fonts.badge)
                p.drawText(item.swatch, Qt.AlignmentFlag.AlignCenter, item.level.value)
        p.setPen(ink.text)
        p.setFont(fonts.body)
        p.drawText(item.text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   item.text)


def _new_image(size: QSize, ink: Ink) -> QImage:
    image = QImage(size * SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(SCALE)
    image.fill(ink.background)
    return image


def _painter(image: QImage) -> QPainter:
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return p


def _today() -> str:
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


# The heat map ----------------------------------------------------------------------------------

@dataclass
class FindingNote:
    number: int
    finding: Finding
    badge: QRectF
    title_rect: QRectF
    title: str
    text_rect: QRectF
    text: str


@dataclass
class HeatMapLayout:
    """Where everything of the heat map goes, in layout pixels (the image has SCALE times)."""

    size: QSize
    title_rect: QRectF
    title: str
    subtitle_rect: QRectF
    subtitle: str
    columns: list[tuple[TypeInfo, QRectF, QRectF]]  # type, name rect, assignment rect
    bands: list[tuple[DomainInfo, QRectF]]
    rows: list[tuple[TaskInfo, QRectF, QRectF | None]]  # task, name rect, policy tag rect
    cells: dict[Cell, QRectF]
    levels: dict[Cell, Level]
    numbers: dict[Cell, list[int]]  # the findings (numbered from 1) that concern each cell
    legend: list[LegendItem]
    findings_heading: QRectF
    notes: list[FindingNote]
    empty_rect: QRectF | None = None


def _finding_line(finding: Finding, view: MatrixView) -> str:
    return finding_title(finding.rule, finding_subject(finding, view))


def heat_map_layout(view: MatrixView, width: int | None = None) -> HeatMapLayout:
    """The heat map's geometry; width (layout pixels) widens the columns to fill it, but the
    map never gets narrower than its content needs."""
    fonts = _Fonts()
    types, tasks = view.types, view.tasks
    findings = view.findings()
    numbers: dict[Cell, list[int]] = {}
    for n, finding in enumerate(findings, start=1):
        for cell in finding.cells:
            numbers.setdefault(cell, []).append(n)
    tag_w = _width(fonts.small, _t("policy")) + 14
    label_w = max([_width(fonts.body, t.name) for t in tasks] + [200.0])
    label_w = min(label_w, 330.0) + 16 + tag_w + 8
    headers = [(type_heading(t), assignment_name(t.assignment)) for t in types]
    column_w = max([96.0] + [max(_widest_word(fonts.header, name),
                                 _widest_word(fonts.small, kind)) + 16
                             for name, kind in headers])
    natural = label_w + column_w * len(types)
    if width is not None and types and width - 2 * _MARGIN > natural:
        column_w = (width - 2 * _MARGIN - label_w) / len(types)
    grid_w = max(label_w + column_w * len(types), 560.0)
    x0 = _MARGIN
    y = _MARGIN
    title = _t("heat_title").replace("%1", scope_name(view))
    title_h = _height(fonts.title, grid_w, title)
    title_rect = QRectF(x0, y, grid_w, title_h)
    y += title_h + 2
    subtitle = _t("heat_subtitle").replace("%1", _today())
    subtitle_rect = QRectF(x0, y, grid_w, _line(fonts.subtitle))
    y += subtitle_rect.height() + 16

    header_h = max([_height(fonts.header, column_w - 10, name, _CENTRE_WRAP)
                    + 2 + _line(fonts.small) for name, _kind in headers] + [0.0])
    columns = []
    for i, (ptype, (name, _kind)) in enumerate(zip(types, headers, strict=True)):
        left = x0 + label_w + i * column_w
        name_h = _height(fonts.header, column_w - 10, name, _CENTRE_WRAP)
        top = y + header_h - name_h - 2 - _line(fonts.small)  # bottom-aligned over the grid
        columns.append((ptype, QRectF(left + 5, top, column_w - 10, name_h),
                        QRectF(left + 2, top + name_h + 2, column_w - 4, _line(fonts.small))))
    y += header_h + 6

    bands: list[tuple[DomainInfo, QRectF]] = []
    rows: list[tuple[TaskInfo, QRectF, QRectF | None]] = []
    cells: dict[Cell, QRectF] = {}
    domain_of = {d.id: d for d in view.domains}
    text_w = label_w - 16 - tag_w - 8
    current = None
    for task in tasks:
        if task.domain_id != current:
            current = task.domain_id
            domain = domain_of.get(current) or DomainInfo(current, "", "")
            band_h = max(26.0, _height(fonts.strong, grid_w - 16, domain.name) + 8)
            bands.append((domain, QRectF(x0, y, grid_w, band_h)))
            y += band_h + 2
        row_h = max(32.0, _height(fonts.body, text_w, task.name) + 10)
        name_rect = QRectF(x0 + 16, y, text_w, row_h)
        tag = None
        if task.policy:
            tag_h = _line(fonts.small) + 2
            tag = QRectF(x0 + label_w - tag_w - 8, y + (row_h - tag_h) / 2, tag_w, tag_h)
        rows.append((task, name_rect, tag))
        for i, ptype in enumerate(types):
            cells[(task.id, ptype.id)] = QRectF(x0 + label_w + i * column_w, y,
                                                column_w, row_h)
        y += row_h
    empty_rect = None
    if not tasks or not types:
        empty_rect = QRectF(x0, y, grid_w, _line(fonts.body) + 8)
        y += empty_rect.height()
    y += 16
    legend, y = _legend(fonts, x0, y, grid_w, with_finding=True)
    y += 20
    heading = QRectF(x0, y, grid_w, _line(fonts.strong) + 4)
    y += heading.height() + 6
    notes: list[FindingNote] = []
    for n, finding in enumerate(findings, start=1):
        line = _finding_line(finding, view)
        explanation = finding_explanation(finding.rule)
        line_h = _height(fonts.strong, grid_w - 34, line)
        text_h = _height(fonts.body, grid_w - 34, explanation)
        notes.append(FindingNote(
            n, finding, QRectF(x0, y, 22, 18), QRectF(x0 + 34, y, grid_w - 34, line_h), line,
            QRectF(x0 + 34, y + line_h + 1, grid_w - 34, text_h), explanation))
        y += line_h + text_h + 10
    if not findings:
        y += _height(fonts.body, grid_w, _t("no_findings")) + 6
    size = QSize(int(grid_w + 2 * _MARGIN + 0.999), int(y + _MARGIN + 0.999))
    return HeatMapLayout(size, title_rect, title, subtitle_rect, subtitle, columns, bands, rows,
                         cells, dict(view.levels), numbers, legend, heading, notes, empty_rect)


def _number_badge(p: QPainter, rect: QRectF, text: str, font: QFont) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(FINDING_COLOUR)
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    p.setPen(QColor("#ffffff"))
    p.setFont(font)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _corner_numbers(numbers: list[int], font: QFont, room: float) -> str:
    """The finding numbers of a cell, as many as fit its corner ('1·4', or '1·4+')."""
    text = "·".join(str(n) for n in numbers)
    shown = list(numbers)
    while len(shown) > 1 and _width(font, text) + 8 > room:
        shown.pop()
        text = "·".join(str(n) for n in shown) + "+"
    return text


def paint_heat_map_on(p: QPainter, layout: HeatMapLayout, ink: Ink = PRINT_INK) -> None:
    """Draw the heat map with its top left at the painter's origin."""
    fonts = _Fonts()
    p.setPen(ink.text)
    p.setFont(fonts.title)
    p.drawText(layout.title_rect, _WRAP, layout.title)
    p.setPen(ink.muted)
    p.setFont(fonts.subtitle)
    p.drawText(layout.subtitle_rect, _WRAP, layout.subtitle)
    for ptype, name_rect, kind_rect in layout.columns:
        p.setPen(ink.text)
        p.setFont(fonts.header)
        p.drawText(name_rect, _CENTRE_WRAP, type_heading(ptype))
        p.setPen(ink.muted)
        p.setFont(fonts.small)
        p.drawText(kind_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   assignment_name(ptype.assignment))
    for domain, rect in layout.bands:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ink.band)
        p.drawRect(rect)
        p.setPen(ink.text)
        p.setFont(fonts.strong)
        p.drawText(rect.adjusted(8, 0, -8, 0), _WRAP | Qt.AlignmentFlag.AlignVCenter,
                   domain.name)
    for task, name_rect, tag in layout.rows:
        p.setPen(ink.text)
        p.setFont(fonts.body)
        p.drawText(name_rect, _WRAP | Qt.AlignmentFlag.AlignVCenter, task.name)
        if tag is not None:
            p.setPen(QPen(ink.muted, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(tag, 4, 4)
            p.setFont(fonts.small)
            p.drawText(tag, Qt.AlignmentFlag.AlignCenter, _t("policy"))
        p.setPen(QPen(ink.grid, 1))
        p.drawLine(QPointF(name_rect.left() - 16, name_rect.bottom()),
                   QPointF(layout.title_rect.left() + layout.size.width() - 2 * _MARGIN,
                           name_rect.bottom()))
    for cell, rect in layout.cells.items():
        inner = rect.adjusted(1, 1, -1, -1)
        level = layout.levels.get(cell)
        if level is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LEVEL_COLOURS[level])
            p.drawRect(inner)
            p.setPen(_ON_LEVEL)
            p.setFont(fonts.letter)
            p.drawText(inner, Qt.AlignmentFlag.AlignCenter, level.value)
        numbers = layout.numbers.get(cell)
        if numbers:
            p.setPen(QPen(FINDING_COLOUR, 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(inner.adjusted(1.5, 1.5, -1.5, -1.5))
            text = _corner_numbers(numbers, fonts.badge, inner.width() / 2 - 8)
            badge_w = _width(fonts.badge, text) + 8
            _number_badge(p, QRectF(inner.right() - 3 - badge_w, inner.top() + 4, badge_w, 13),
                          text, fonts.badge)
    if layout.empty_rect is not None:
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(layout.empty_rect, _WRAP, _t("empty"))
    _paint_legend(p, layout.legend, fonts, ink)
    p.setPen(ink.text)
    p.setFont(fonts.strong)
    p.drawText(layout.findings_heading, _WRAP, _t("findings"))
    for note in layout.notes:
        _number_badge(p, note.badge, str(note.number), fonts.badge)
        p.setPen(ink.text)
        p.setFont(fonts.strong)
        p.drawText(note.title_rect, _WRAP, note.title)
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(note.text_rect, _WRAP, note.text)
    if not layout.notes:
        top = layout.findings_heading.bottom() + 6
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(QRectF(layout.findings_heading.left(), top,
                          layout.findings_heading.width(), 1000), _WRAP, _t("no_findings"))


def paint_heat_map(view: MatrixView, width: int | None = None) -> QImage:
    """The whole matrix for print: a coloured grid with the findings outlined and numbered,
    the legend and the numbered list of findings. width is in layout pixels."""
    layout = heat_map_layout(view, width)
    image = _new_image(layout.size, PRINT_INK)
    p = _painter(image)
    try:
        paint_heat_map_on(p, layout)
    finally:
        p.end()
    return image


# The role map ----------------------------------------------------------------------------------

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
    fonts = _Fonts()
    used = {t.domain_id for t in view.tasks}
    domains = [d for d in view.domains if d.id in used]
    cells_map = view.role_map()
    # each column as wide as its domain's longest word and its widest cell: compact enough
    # to take in at a glance
    widths = [max([96.0, _widest_word(fonts.header, d.name) + 14]
                  + [_width(fonts.strong, role_cell_text(cells_map.get((t.id, d.id)))) + 18
                     for t in view.types]) for d in domains]
    names = [type_heading(t) for t in view.types]
    label_w = min(max([_width(fonts.strong, n) for n in names] + [150.0]), 240.0) + 12
    lefts = [x + label_w for x in _running(widths)]
    grid_w = max(label_w + sum(widths), 560.0)
    x0, y = _MARGIN, _MARGIN
    title = _t("map_title").replace("%1", scope_name(view))
    title_h = _height(fonts.title, grid_w, title)
    title_rect = QRectF(x0, y, grid_w, title_h)
    y += title_h + 2
    subtitle = _t("map_subtitle")
    subtitle_rect = QRectF(x0, y, grid_w, _height(fonts.subtitle, grid_w, subtitle))
    y += subtitle_rect.height() + 16
    heights = [_height(fonts.header, w - 8, d.name, _CENTRE_WRAP)
               for d, w in zip(domains, widths, strict=True)]
    header_h = max(heights + [0.0])
    columns = [(domain, QRectF(x0 + left + 4, y + header_h - h, w - 8, h))
               for domain, left, w, h in zip(domains, lefts, widths, heights, strict=True)]
    y += header_h + 8
    rows = []
    cells = {}
    for ptype, name in zip(view.types, names, strict=True):
        name_h = _height(fonts.strong, label_w - 12, name)
        badge_text = assignment_name(ptype.assignment)
        badge_h = _line(fonts.small) + 4
        row_h = max(44.0, name_h + badge_h + 12)
        top = y + (row_h - name_h - badge_h - 4) / 2
        rows.append((ptype, QRectF(x0, top, label_w - 12, name_h),
                     QRectF(x0, top + name_h + 4, _width(fonts.small, badge_text) + 14,
                            badge_h)))
        for domain, left, w in zip(domains, lefts, widths, strict=True):
            cells[(ptype.id, domain.id)] = QRectF(x0 + left, y, w, row_h)
        y += row_h
    empty_rect = None
    if not domains or not view.types:
        empty_rect = QRectF(x0, y, grid_w, _line(fonts.body) + 8)
        y += empty_rect.height()
    y += 18
    legend, y = _legend(fonts, x0, y, grid_w, with_finding=False)
    size = QSize(int(grid_w + 2 * _MARGIN + 0.999), int(y + _MARGIN + 0.999))
    return RoleMapLayout(size, title_rect, title, subtitle_rect, subtitle, columns, rows, cells,
                         cells_map, legend, empty_rect)


def paint_role_map_on(p: QPainter, layout: RoleMapLayout, ink: Ink = PRINT_INK,
                      focus: tuple[uuid.UUID, uuid.UUID] | None = None,
                      focus_colour: QColor | None = None) -> None:
    fonts = _Fonts()
    p.setPen(ink.text)
    p.setFont(fonts.title)
    p.drawText(layout.title_rect, _WRAP, layout.title)
    p.setPen(ink.muted)
    p.setFont(fonts.subtitle)
    p.drawText(layout.subtitle_rect, _WRAP, layout.subtitle)
    p.setPen(ink.text)
    p.setFont(fonts.header)
    for domain, rect in layout.columns:
        p.drawText(rect, _CENTRE_WRAP, domain.name)
    for ptype, name_rect, badge in layout.rows:
        p.setPen(ink.text)
        p.setFont(fonts.strong)
        p.drawText(name_rect, _WRAP, type_heading(ptype))
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
        p.setPen(_ON_LEVEL if level else ink.muted)
        p.setFont(fonts.strong)
        p.drawText(inner, Qt.AlignmentFlag.AlignCenter, role_cell_text(cell))
        if key == focus:
            p.setPen(QPen(focus_colour or ink.text, 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
    if layout.empty_rect is not None:
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(layout.empty_rect, _WRAP, _t("empty"))
    _paint_legend(p, layout.legend, fonts, ink)


def paint_role_map(view: MatrixView) -> QImage:
    layout = role_map_layout(view)
    image = _new_image(layout.size, PRINT_INK)
    p = _painter(image)
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


# The split of hours ----------------------------------------------------------------------------

@dataclass(frozen=True)
class SplitLine:
    """One type in the split chart; None where there is nothing to draw."""

    type_id: uuid.UUID
    label: str
    agreed: int | None  # individual percent
    actual: int | None
    minutes: int  # recorded in the last twelve months

    @property
    def agreed_note(self) -> str:
        return _t("not_agreed") if self.agreed is None else ""

    def actual_note(self, loaded: bool = True) -> str:
        if not loaded:
            return _t("loading")
        return _t("no_hours") if self.actual is None else ""


def split_lines(view: MatrixView, rows: Sequence[SplitRow] | None) -> list[SplitLine]:
    """Per type of the view, in its order: the agreed share as the view holds it (it may be
    newer than the rows) and the actual share from the rows' minutes."""
    by_type = {r.type_id: r for r in rows or ()}
    lines = []
    for ptype in view.types:
        row = by_type.get(ptype.id)
        minutes = row.individual_minutes + row.collective_minutes if row else 0
        lines.append(SplitLine(ptype.id, type_heading(ptype), view.splits.get(ptype.id),
                               row.actual_individual if row else None, minutes))
    return lines


def _hours_text(minutes: int) -> str:
    return QLocale().toString(round(minutes / 60))


class SplitPlot(QChart):
    """The chart itself (the window shows it in a SplitChart, the export renders it alone).

    Per type two bars: the agreed and the actual individual share of the
    hours, each with its collective remainder. A share that does not exist is said in words,
    never drawn as 0. After show_splits: lines (the data), notes {(type id, 'agreed' or
    'actual'): text shown instead of a bar} and labels {(type id, kind): (individual text,
    collective text)}."""

    AGREED, ACTUAL = "agreed", "actual"
    ROWS_PER_TYPE = 2  # agreed, actual

    def __init__(self) -> None:
        super().__init__()
        self.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setMargins(self.margins() * 0)
        self.lines: list[SplitLine] = []
        self.loaded = False
        self.notes: dict[tuple[uuid.UUID, str], str] = {}
        self.labels: dict[tuple[uuid.UUID, str], tuple[str, str]] = {}
        self.series: QHorizontalStackedBarSeries | None = None
        self.categories: list[str] = []
        self._items: list[QGraphicsSimpleTextItem] = []
        self._placements: list[tuple[QGraphicsSimpleTextItem, float, int, str]] = []
        self.plotAreaChanged.connect(lambda _area: self._place())

    def clear(self) -> None:
        self.lines, self.notes, self.labels, self.categories = [], {}, {}, []
        self._reset()
        self.setTitle("")

    def _reset(self) -> None:
        for item in self._items:
            if item.scene() is not None:
                item.scene().removeItem(item)
            item.setParentItem(None)
        self._items, self._placements = [], []
        self.removeAllSeries()
        for axis in self.axes():
            self.removeAxis(axis)
        self.series = None

    def show_splits(self, view: MatrixView, rows: Sequence[SplitRow] | None, ink: Ink,
                    title: str = "") -> None:
        """rows None: the hours are still being fetched."""
        self._reset()
        self.setTitle(title)
        self.setTitleBrush(QBrush(ink.text))
        self.setTitleFont(_font(15, bold=True))
        self.loaded = rows is not None
        self.lines = split_lines(view, rows)
        self.notes, self.labels = {}, {}
        individual = QBarSet(_t("individual"))
        collective = QBarSet(_t("collective"))
        for bar_set, colour in ((individual, INDIVIDUAL_COLOUR), (collective, COLLECTIVE_COLOUR)):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
        top_down: list[tuple[str, int, int]] = []  # (category label, individual, collective)
        for n, line in enumerate(self.lines):
            actual = (_t("actual").replace("%1", _hours_text(line.minutes)) if line.minutes
                      else _t("actual_none"))
            # the axis keeps one of equal labels: invisible spaces tell the types' rows apart
            unique = "\u200b" * (n + 1)
            for kind, label, share, note in (
                    (self.AGREED, _t("agreed"), line.agreed, line.agreed_note),
                    (self.ACTUAL, actual, line.actual, line.actual_note(self.loaded))):
                top_down.append((escape(label) + unique, 0 if share is None else share,
                                 0 if share is None else 100 - share))
                if share is None:
                    self.notes[(line.type_id, kind)] = note
                else:
                    self.labels[(line.type_id, kind)] = (f"{share} %", f"{100 - share} %")
        # a horizontal chart counts its categories from the bottom: the first type goes last
        bottom_up = top_down[::-1]
        self.categories = [label for label, _i, _c in bottom_up]
        individual.append([float(i) for _label, i, _c in bottom_up])
        collective.append([float(c) for _label, _i, c in bottom_up])
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.8)
        series.append(individual)
        series.append(collective)
        self.addSeries(series)
        self.series = series
        rows_axis = QBarCategoryAxis()  # agreed / actual, beside the bars
        rows_axis.append(self.categories)
        rows_axis.setLabelsColor(ink.text)
        rows_axis.setLabelsFont(_font(12))
        rows_axis.setGridLineVisible(False)
        rows_axis.setLinePenColor(ink.grid)
        types_axis = QCategoryAxis()  # the types, outside, each over its two rows
        types_axis.setRange(-0.5, len(self.categories) - 0.5)
        types_axis.setStartValue(-0.5)
        for n, line in enumerate(reversed(self.lines)):
            types_axis.append(f"<b>{escape(line.label)}</b>" + "\u200b" * n,
                              -0.5 + self.ROWS_PER_TYPE * (n + 1))
        types_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        types_axis.setLabelsColor(ink.text)
        types_axis.setLabelsFont(_font(12))
        types_axis.setLineVisible(False)
        types_axis.setGridLineColor(ink.muted)  # a line between the types
        share_axis = QValueAxis()
        share_axis.setRange(0, 100)
        share_axis.setTickCount(6)
        share_axis.setLabelFormat("%d")
        share_axis.setTitleText(_t("share"))
        share_axis.setLabelsColor(ink.text)
        share_axis.setTitleBrush(QBrush(ink.text))
        share_axis.setGridLineColor(ink.grid)
        self.addAxis(rows_axis, Qt.AlignmentFlag.AlignLeft)  # first: nearest to the bars
        self.addAxis(types_axis, Qt.AlignmentFlag.AlignLeft)
        self.addAxis(share_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(rows_axis)
        series.attachAxis(share_axis)
        self.setBackgroundBrush(QBrush(ink.background))
        self.legend().setLabelColor(ink.text)
        self._texts(ink)
        self._place()

    def row_of(self, type_id: uuid.UUID, kind: str) -> int:
        """The category index of a bar (counted from the bottom, as the chart does)."""
        n = next(i for i, line in enumerate(self.lines) if line.type_id == type_id)
        top = self.ROWS_PER_TYPE * n + (0 if kind == self.AGREED else 1)
        return len(self.categories) - 1 - top

    def _texts(self, ink: Ink) -> None:
        """Text items over the bars: the percentages inside them, the notes where a bar is
        missing; placed again whenever the plot area moves."""
        font = _font(12, bold=True)
        for line in self.lines:
            for kind, share in ((self.AGREED, line.agreed), (self.ACTUAL, line.actual)):
                key, row = (line.type_id, kind), self.row_of(line.type_id, kind)
                if share is not None:
                    left, right = self.labels[key]
                    if share >= 9:  # narrower segments show their share on the axis only
                        self._add(left, font, QColor("#ffffff"), share / 2, row, "centre")
                    if 100 - share >= 9:
                        self._add(right, font, _ON_LEVEL, (100 + share) / 2, row, "centre")
                else:
                    self._add(self.notes[key], _font(12, italic=True), ink.muted, 0, row,
                              "left")

    def _add(self, text: str, font: QFont, colour: QColor, value: float, row: int,
             anchor: str) -> None:
        item = QGraphicsSimpleTextItem(text, self)
        item.setFont(font)
        item.setBrush(QBrush(colour))
        item.setZValue(10)
        self._items.append(item)
        self._placements.append((item, value, row, anchor))

    def _place(self) -> None:
        if self.series is None:
            return
        for item, value, row, anchor in self._placements:
            point = self.mapToPosition(QPointF(value, row), self.series)
            box = item.boundingRect()
            x = point.x() - box.width() / 2 if anchor == "centre" else point.x() + 6
            item.setPos(x, point.y() - box.height() / 2)

    def text_items(self) -> list[str]:
        """Every text drawn over the bars."""
        return [item.text() for item in self._items]


class SplitChart(QChartView):
    """The split chart in the window, in the window's colours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.plot = SplitPlot()
        self.setChart(self.plot)
        self._shown: tuple[MatrixView, Sequence[SplitRow] | None] | None = None

    def show_splits(self, view: MatrixView, rows: Sequence[SplitRow] | None) -> None:
        self._shown = (view, rows)
        self.plot.show_splits(view, rows, screen_ink(self.palette()))
        self.setMinimumHeight(split_chart_height(view, title=False, row=28))

    def clear(self) -> None:
        self._shown = None
        self.plot.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.plot.show_splits(*self._shown, screen_ink(self.palette()))


def split_chart_height(view: MatrixView, title: bool = True, row: int = 26) -> int:
    """Enough for every row to read (layout pixels): the axis and legend, the title, and row
    pixels per bar."""
    return 100 + (40 if title else 0) + row * SplitPlot.ROWS_PER_TYPE * max(len(view.types), 1)


def paint_split_chart(view: MatrixView, splits: Sequence[SplitRow] | None,
                      width: int = 960) -> QImage:
    """The split chart for print, with its title; width in layout pixels."""
    plot = SplitPlot()
    scene = QGraphicsScene()  # a chart view would scale twice on a high-density image
    scene.addItem(plot)
    height = split_chart_height(view)
    plot.show_splits(view, splits, PRINT_INK,
                     _t("split_title").replace("%1", scope_name(view)))
    plot.resize(width, height)
    image = _new_image(QSize(width, height), PRINT_INK)
    p = _painter(image)
    try:
        scene.render(p, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    finally:
        p.end()
    return image  # the scene owns the plot and takes it along


# Writing ---------------------------------------------------------------------------------------

class ImageNotWritten(EnvironmentProblem, OSError):
    """The PNG could not be written (a folder that is not there or not writable, a full disk):
    a known condition, in the interface language, naming the file."""


def save_png(image: QImage, path: str | Path) -> Path:
    """Write image as PNG at path; ImageNotWritten (an OSError) when Qt cannot."""
    target = Path(path)
    if image.isNull() or not image.save(str(target), "PNG"):
        raise ImageNotWritten(_t("unwritable").replace("%1", str(target)))
    return target

