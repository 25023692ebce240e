"""Small read-only tables (a file's household, an initiative's support): filled whole."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    """Show rows under headers, columns sized to what they hold. The selection is kept where
    the rows allow it (clearContents, not clear: a refreshed list keeps its place)."""
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
