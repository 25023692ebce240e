"""The chart of professional hours: individual against collective work, month by month."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QWidget

INDIVIDUAL_COLOUR = "#1f6f8b"
COLLECTIVE_COLOUR = "#e0913a"


def month_label(month: str) -> str:
    """'2026-03' as the interface language writes a short month: 'mrt. 26'."""
    year, number = (int(part) for part in month.split("-"))
    return QLocale().toString(QDate(year, number, 1), "MMM yy")


class HoursChart(QChartView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(self.chart_.margins() * 0)
        self.setChart(self.chart_)
        self.months: list[str] = []
        self.values: list[tuple[float, float]] = []

    def show_hours(self, months: Sequence[str], individual_minutes: Sequence[int],
                   collective_minutes: Sequence[int], individual: str, collective: str,
                   unit: str) -> None:
        """One pair of bars per month (hours, from minutes)."""
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.months = list(months)
        self.values = [(i / 60, c / 60) for i, c in zip(individual_minutes, collective_minutes,
                                                         strict=True)]
        sets = []
        for label, colour, column in ((individual, INDIVIDUAL_COLOUR, 0),
                                      (collective, COLLECTIVE_COLOUR, 1)):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            for pair in self.values:
                bar_set.append(round(pair[column], 1))
            sets.append(bar_set)
        series = QBarSeries()
        for bar_set in sets:
            series.append(bar_set)
        chart.addSeries(series)
        text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        months_axis = QBarCategoryAxis()
        months_axis.append([month_label(m) for m in self.months])
        months_axis.setLabelsColor(text)
        hours_axis = QValueAxis()
        top = max((max(pair) for pair in self.values), default=0)
        hours_axis.setRange(0, max(1.0, top * 1.1))
        hours_axis.applyNiceNumbers()  # 0, 20, 40 … rather than 0, 21, 41 …
        hours_axis.setLabelFormat("%.0f")
        hours_axis.setTitleText(unit)
        hours_axis.setLabelsColor(text)
        hours_axis.setTitleBrush(text)
        chart.addAxis(months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months_axis)
        series.attachAxis(hours_axis)
        chart.setBackgroundBrush(QGuiApplication.palette().color(QPalette.ColorRole.Base))
        chart.legend().setLabelColor(text)
