"""Light and dark palettes that follow the operating system's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from wijkdesk.gui.feedback import stylesheet

ACCENT = QColor("#1f6f8b")  # the wijkdesk blue of the app icon


def _dark() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#202326", role.WindowText: "#e8eaed", role.Base: "#17191c",
        role.AlternateBase: "#24282c", role.ToolTipBase: "#2c3034", role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#8f959b", role.Text: "#e8eaed", role.Button: "#2a2e32",
        role.ButtonText: "#e8eaed", role.BrightText: "#ff6b6b", role.Highlight: "#2f89a8",
        role.HighlightedText: "#ffffff", role.Link: "#6cc4e0", role.Mid: "#3a3f44",
        role.Dark: "#111315", role.Light: "#3c4247",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#6c7278"))
    return p


def _light() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, ACCENT)
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, ACCENT)
    return p


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() is Qt.ColorScheme.Dark


def apply(app: QApplication, dark: bool | None = None) -> None:
    """The palette for the OS's scheme now (or the one asked for)."""
    dark = is_dark() if dark is None else dark
    app.setPalette(_dark() if dark else _light())
    app.setStyleSheet(stylesheet(dark))


def follow_os(app: QApplication) -> None:
    apply(app)
    if not app.property("wijkdesk_follows_os"):
        app.setProperty("wijkdesk_follows_os", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))
