"""The heat map: the whole matrix as a coloured grid of levels, the cells of each finding
outlined and numbered, the legend and the numbered list of findings under it.

It is drawn with QPainter from a layout computed first, so the PNG export and the agreement
PDF show one picture and tests can find every cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from wijkdesk.domain.role_matrix import Cell, Finding, Level
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
    text_height,
    text_width,
    today_text,
    translated,
    type_heading,
    widest_word,
)
from wijkdesk.gui.raci import (
    FINDING_COLOUR,
    LEVEL_COLOURS,
    assignment_name,
    finding_explanation,
    finding_subject,
    finding_title,
)
from wijkdesk.services.roles import DomainInfo, MatrixView, TaskInfo, TypeInfo

_TEXT = {  # in the context all charts share (chart_common.CONTEXT)
    "heat_title": QT_TRANSLATE_NOOP("RoleCharts", "Who does what: %1"),
    "heat_subtitle": QT_TRANSLATE_NOOP("RoleCharts", "Responsibility matrix on %1"),
    "findings": QT_TRANSLATE_NOOP("RoleCharts", "Findings"),
    "no_findings": QT_TRANSLATE_NOOP("RoleCharts",
                                     "No findings: every rule of the analysis is met."),
    "policy": QT_TRANSLATE_NOOP("RoleCharts", "policy"),
}


def _t(key: str) -> str:
    return translated(_TEXT[key])


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
    fonts = Fonts()
    types, tasks = view.types, view.tasks
    findings = view.findings()
    numbers: dict[Cell, list[int]] = {}
    for n, finding in enumerate(findings, start=1):
        for cell in finding.cells:
            numbers.setdefault(cell, []).append(n)
    tag_w = text_width(fonts.small, _t("policy")) + 14
    label_w = max([text_width(fonts.body, t.name) for t in tasks] + [200.0])
    label_w = min(label_w, 330.0) + 16 + tag_w + 8
    headers = [(type_heading(t), assignment_name(t.assignment)) for t in types]
    column_w = max([96.0] + [max(widest_word(fonts.header, name),
                                 widest_word(fonts.small, kind)) + 16
                             for name, kind in headers])
    natural = label_w + column_w * len(types)
    if width is not None and types and width - 2 * MARGIN > natural:
        column_w = (width - 2 * MARGIN - label_w) / len(types)
    grid_w = max(label_w + column_w * len(types), 560.0)
    x0 = MARGIN
    y = MARGIN
    title = _t("heat_title").replace("%1", scope_name(view))
    title_h = text_height(fonts.title, grid_w, title)
    title_rect = QRectF(x0, y, grid_w, title_h)
    y += title_h + 2
    subtitle = _t("heat_subtitle").replace("%1", today_text())
    subtitle_rect = QRectF(x0, y, grid_w, line_height(fonts.subtitle))
    y += subtitle_rect.height() + 16

    header_h = max([text_height(fonts.header, column_w - 10, name, CENTRE_WRAP)
                    + 2 + line_height(fonts.small) for name, _kind in headers] + [0.0])
    columns = []
    for i, (ptype, (name, _kind)) in enumerate(zip(types, headers, strict=True)):
        left = x0 + label_w + i * column_w
        name_h = text_height(fonts.header, column_w - 10, name, CENTRE_WRAP)
        top = y + header_h - name_h - 2 - line_height(fonts.small)  # bottom-aligned over the grid
        columns.append((ptype, QRectF(left + 5, top, column_w - 10, name_h),
                        QRectF(left + 2, top + name_h + 2, column_w - 4, line_height(fonts.small))))
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
            band_h = max(26.0, text_height(fonts.strong, grid_w - 16, domain.name) + 8)
            bands.append((domain, QRectF(x0, y, grid_w, band_h)))
            y += band_h + 2
        row_h = max(32.0, text_height(fonts.body, text_w, task.name) + 10)
        name_rect = QRectF(x0 + 16, y, text_w, row_h)
        tag = None
        if task.policy:
            tag_h = line_height(fonts.small) + 2
            tag = QRectF(x0 + label_w - tag_w - 8, y + (row_h - tag_h) / 2, tag_w, tag_h)
        rows.append((task, name_rect, tag))
        for i, ptype in enumerate(types):
            cells[(task.id, ptype.id)] = QRectF(x0 + label_w + i * column_w, y,
                                                column_w, row_h)
        y += row_h
    empty_rect = None
    if not tasks or not types:
        empty_rect = QRectF(x0, y, grid_w, line_height(fonts.body) + 8)
        y += empty_rect.height()
    y += 16
    legend, y = level_legend(fonts, x0, y, grid_w, with_finding=True)
    y += 20
    heading = QRectF(x0, y, grid_w, line_height(fonts.strong) + 4)
    y += heading.height() + 6
    notes: list[FindingNote] = []
    for n, finding in enumerate(findings, start=1):
        line = _finding_line(finding, view)
        explanation = finding_explanation(finding.rule)
        line_h = text_height(fonts.strong, grid_w - 34, line)
        text_h = text_height(fonts.body, grid_w - 34, explanation)
        notes.append(FindingNote(
            n, finding, QRectF(x0, y, 22, 18), QRectF(x0 + 34, y, grid_w - 34, line_h), line,
            QRectF(x0 + 34, y + line_h + 1, grid_w - 34, text_h), explanation))
        y += line_h + text_h + 10
    if not findings:
        y += text_height(fonts.body, grid_w, _t("no_findings")) + 6
    size = QSize(int(grid_w + 2 * MARGIN + 0.999), int(y + MARGIN + 0.999))
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
    while len(shown) > 1 and text_width(font, text) + 8 > room:
        shown.pop()
        text = "·".join(str(n) for n in shown) + "+"
    return text


def paint_heat_map_on(p: QPainter, layout: HeatMapLayout, ink: Ink = PRINT_INK) -> None:
    """Draw the heat map with its top left at the painter's origin."""
    fonts = Fonts()
    p.setPen(ink.text)
    p.setFont(fonts.title)
    p.drawText(layout.title_rect, WRAP, layout.title)
    p.setPen(ink.muted)
    p.setFont(fonts.subtitle)
    p.drawText(layout.subtitle_rect, WRAP, layout.subtitle)
    for ptype, name_rect, kind_rect in layout.columns:
        p.setPen(ink.text)
        p.setFont(fonts.header)
        p.drawText(name_rect, CENTRE_WRAP, type_heading(ptype))
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
        p.drawText(rect.adjusted(8, 0, -8, 0), WRAP | Qt.AlignmentFlag.AlignVCenter,
                   domain.name)
    for task, name_rect, tag in layout.rows:
        p.setPen(ink.text)
        p.setFont(fonts.body)
        p.drawText(name_rect, WRAP | Qt.AlignmentFlag.AlignVCenter, task.name)
        if tag is not None:
            p.setPen(QPen(ink.muted, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(tag, 4, 4)
            p.setFont(fonts.small)
            p.drawText(tag, Qt.AlignmentFlag.AlignCenter, _t("policy"))
        p.setPen(QPen(ink.grid, 1))
        p.drawLine(QPointF(name_rect.left() - 16, name_rect.bottom()),
                   QPointF(layout.title_rect.left() + layout.size.width() - 2 * MARGIN,
                           name_rect.bottom()))
    for cell, rect in layout.cells.items():
        inner = rect.adjusted(1, 1, -1, -1)
        level = layout.levels.get(cell)
        if level is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LEVEL_COLOURS[level])
            p.drawRect(inner)
            p.setPen(ON_LEVEL)
            p.setFont(fonts.letter)
            p.drawText(inner, Qt.AlignmentFlag.AlignCenter, level.value)
        numbers = layout.numbers.get(cell)
        if numbers:
            p.setPen(QPen(FINDING_COLOUR, 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(inner.adjusted(1.5, 1.5, -1.5, -1.5))
            text = _corner_numbers(numbers, fonts.badge, inner.width() / 2 - 8)
            badge_w = text_width(fonts.badge, text) + 8
            _number_badge(p, QRectF(inner.right() - 3 - badge_w, inner.top() + 4, badge_w, 13),
                          text, fonts.badge)
    if layout.empty_rect is not None:
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(layout.empty_rect, WRAP, translated(EMPTY_MATRIX))
    paint_legend(p, layout.legend, fonts, ink)
    p.setPen(ink.text)
    p.setFont(fonts.strong)
    p.drawText(layout.findings_heading, WRAP, _t("findings"))
    for note in layout.notes:
        _number_badge(p, note.badge, str(note.number), fonts.badge)
        p.setPen(ink.text)
        p.setFont(fonts.strong)
        p.drawText(note.title_rect, WRAP, note.title)
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(note.text_rect, WRAP, note.text)
    if not layout.notes:
        top = layout.findings_heading.bottom() + 6
        p.setPen(ink.muted)
        p.setFont(fonts.body)
        p.drawText(QRectF(layout.findings_heading.left(), top,
                          layout.findings_heading.width(), 1000), WRAP, _t("no_findings"))


def paint_heat_map(view: MatrixView, width: int | None = None) -> QImage:
    """The whole matrix for print: a coloured grid with the findings outlined and numbered,
    the legend and the numbered list of findings. width is in layout pixels."""
    layout = heat_map_layout(view, width)
    image = new_image(layout.size, PRINT_INK)
    p = image_painter(image)
    try:
        paint_heat_map_on(p, layout)
    finally:
        p.end()
    return image
