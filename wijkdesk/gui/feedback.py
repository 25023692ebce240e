"""Small ways the window tells the user something: inline messages and message boxes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from wijkdesk.gui.messages import describe


def say(label: QLabel, text: str = "", *, error: bool = True) -> None:
    """An inline message under a form; empty text hides it."""
    label.setProperty("tone", "error" if error else "info")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D, on_accepted: Callable[[], None] | None = None) -> D:
    """Show a window-modal dialog without blocking (no nested event loop); it deletes itself
    when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    dialog.open()
    return dialog


def say_in_status(widget: QWidget, text: str, ms: int = 6000) -> None:
    """A short confirmation in the main window's status bar (nothing when shown elsewhere)."""
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, ms)


def fail(parent: QWidget | None, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, describe(exc))


STYLE = """
QLabel[tone="error"] { color: %(error)s; }
QLabel[tone="info"] { color: %(info)s; }
QListWidget#navigation { padding-top: 6px; }
QStatusBar QLabel { padding: 0 10px; }
QListWidget#navigation::item { padding: 7px 8px; border-radius: 4px; }
QListWidget#navigation::item:selected { background: %(accent)s; color: #ffffff; }
"""


def stylesheet(dark: bool) -> str:
    return STYLE % ({"error": "#ff8a80", "info": "#9ccfe0", "accent": "#2f89a8"} if dark
                    else {"error": "#b3261e", "info": "#1f6f8b", "accent": "#1f6f8b"})
