"""The split chart: per professional type the agreed and the actual share of individual work
in its hours, each bar with its collective remainder, and a legend saying which colour is
which kind of work. A QtCharts chart, shown in the window (SplitChart) and exported alone
(paint_split_chart)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QWidget

from wijkdesk.gui.chart_common import (
    ON_LEVEL,
    PRINT_INK,
    Ink,
    chart_font,
    image_painter,
    new_image,
    scope_name,
    screen_ink,
    translated,
    type_heading,
)
from wijkdesk.gui.hours_chart import COLLECTIVE_COLOUR, INDIVIDUAL_COLOUR
from wijkdesk.services.roles import MatrixView, SplitRow

_TEXT = {  # in the context all charts share (chart_common.CONTEXT)
    "split_title": QT_TRANSLATE_NOOP(
        "RoleCharts", "Individual and collective work, agreed and actual: %1"),
    "agreed": QT_TRANSLATE_NOOP("RoleCharts", "agreed"),
    "actual": QT_TRANSLATE_NOOP("RoleCharts", "actual, %1 h"),
    "actual_none": QT_TRANSLATE_NOOP("RoleCharts", "actual"),
    "not_agreed": QT_TRANSLATE_NOOP("RoleCharts", "not agreed"),
    "no_hours": QT_TRANSLATE_NOOP("RoleCharts", "no hours recorded in the last 12 months"),
    "loading": QT_TRANSLATE_NOOP("RoleCharts", "loading hours…"),
    # the legend: which colour is which kind of work, and where its hours come from
    "individual": QT_TRANSLATE_NOOP("RoleCharts", "individual work: contacts with residents"),
    "collective": QT_TRANSLATE_NOOP("RoleCharts",
                                    "collective work: activities and initiatives"),
    "share": QT_TRANSLATE_NOOP("RoleCharts", "share of the hours (%)"),
}


def _t(key: str) -> str:
    return translated(_TEXT[key])


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

    Per type two bars: the agreed and the actual individual share of the hours, each with its
    collective remainder; the legend under the title names the two colours. A share that does
    not exist is said in words, never drawn as 0. After show_splits: lines (the data), notes
    {(type id, 'agreed' or 'actual'): text shown instead of a bar} and labels {(type id, kind):
    (individual text, collective text)}."""

    AGREED, ACTUAL = "agreed", "actual"
    ROWS_PER_TYPE = 2  # agreed, actual

    def __init__(self) -> None:
        super().__init__()
        # the legend under the title: in the window the bottom of a tall chart may be
        # scrolled out of sight
        self.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
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
        self.setTitleFont(chart_font(15, bold=True))
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
        rows_axis.setLabelsFont(chart_font(12))
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
        types_axis.setLabelsFont(chart_font(12))
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
        self.legend().setFont(chart_font(12))
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
        font = chart_font(12, bold=True)
        for line in self.lines:
            for kind, share in ((self.AGREED, line.agreed), (self.ACTUAL, line.actual)):
                key, row = (line.type_id, kind), self.row_of(line.type_id, kind)
                if share is not None:
                    left, right = self.labels[key]
                    if share >= 9:  # narrower segments show their share on the axis only
                        self._add(left, font, QColor("#ffffff"), share / 2, row, "centre")
                    if 100 - share >= 9:
                        self._add(right, font, ON_LEVEL, (100 + share) / 2, row, "centre")
                else:
                    self._add(self.notes[key], chart_font(12, italic=True), ink.muted, 0, row,
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
    image = new_image(QSize(width, height), PRINT_INK)
    p = image_painter(image)
    try:
        scene.render(p, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    finally:
        p.end()
    return image  # the scene owns the plot and takes it along
