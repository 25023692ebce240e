"""What the pictures of the responsibility matrix (heat_map, role_map_chart, split_chart)
share: their texts' translation context, colours (ink) for screen and print, fonts and text
measuring, the level legend, and writing an image as PNG.

Exported images are drawn light (they are printed) at twice the pixels of their layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPalette,
    QPen,
)

from wijkdesk.domain.role_matrix import LEVEL_ORDER, Level
from wijkdesk.errors import EnvironmentProblem
from wijkdesk.gui.raci import FINDING_COLOUR, LEVEL_COLOURS, level_name, type_label
from wijkdesk.services.roles import MatrixView, TypeInfo

SCALE = 2  # device pixels per layout pixel in an exported image: sharp when printed
# every chart text is translated in this one context, whichever module draws it (the Dutch is
# keyed by it)
CONTEXT = "RoleCharts"

EMPTY_MATRIX = QT_TRANSLATE_NOOP("RoleCharts", "The matrix has no tasks or professional types "
                                               "yet.")
_FINDING = QT_TRANSLATE_NOOP("RoleCharts", "finding (the number refers to the list below)")
_UNWRITABLE = QT_TRANSLATE_NOOP("RoleCharts", "The image could not be written to %1.")


def translated(text: str) -> str:
    """A chart text (marked with QT_TRANSLATE_NOOP in CONTEXT) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def type_heading(ptype: TypeInfo) -> str:
    """A type as a heading: its (Dutch) label with a capital."""
    return capital(type_label(ptype.code, ptype.name))


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
ON_LEVEL = QColor("#1b1f23")  # the level colours are all light enough for dark letters


def screen_ink(palette: QPalette) -> Ink:
    role = QPalette.ColorRole
    return Ink(palette.color(role.Base), palette.color(role.Text),
               palette.color(role.PlaceholderText), palette.color(role.Mid),
               palette.color(role.AlternateBase))


def chart_font(pixels: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    font.setItalic(italic)
    return font


@dataclass(frozen=True)
class Fonts:
    title: QFont = field(default_factory=lambda: chart_font(19, bold=True))
    subtitle: QFont = field(default_factory=lambda: chart_font(12))
    header: QFont = field(default_factory=lambda: chart_font(12, bold=True))
    small: QFont = field(default_factory=lambda: chart_font(11))
    body: QFont = field(default_factory=lambda: chart_font(13))
    strong: QFont = field(default_factory=lambda: chart_font(13, bold=True))
    letter: QFont = field(default_factory=lambda: chart_font(14, bold=True))
    badge: QFont = field(default_factory=lambda: chart_font(10, bold=True))


WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
CENTRE_WRAP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
MARGIN = 24.0


def text_width(font: QFont, text: str) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


def text_height(font: QFont, width: float, text: str, flags: int = WRAP) -> float:
    """The height text takes when wrapped at width."""
    if not text:
        return 0.0
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100_000), flags, text).height()


def widest_word(font: QFont, text: str) -> float:
    return max((text_width(font, word) for word in text.split()), default=0.0)


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).height()


@dataclass(frozen=True)
class LegendItem:
    level: Level | None  # None with finding=True: the outline; None alone: an empty cell
    finding: bool
    swatch: QRectF
    text_rect: QRectF
    text: str


def level_legend(fonts: Fonts, x: float, y: float, width: float, *,
            with_finding: bool) -> tuple[list[LegendItem], float]:
    """The levels (and the finding outline) as swatches with names, flowing over lines;
    returns the items and the y under them."""
    entries: list[tuple[Level | None, bool, str]] = [
        (lv, False, level_name(lv)) for lv in LEVEL_ORDER]
    entries.append((None, False, level_name(None)))
    if with_finding:
        entries.append((None, True, translated(_FINDING)))
    items: list[LegendItem] = []
    line_h = max(20.0, line_height(fonts.body))
    cx, cy = x, y
    for level, finding, text in entries:
        need = 20 + 6 + text_width(fonts.body, text) + 18
        if cx > x and cx + need > x + width:
            cx, cy = x, cy + line_h + 6
        swatch = QRectF(cx, cy + (line_h - 18) / 2, 20, 18)
        text_rect = QRectF(cx + 26, cy, text_width(fonts.body, text) + 2, line_h)
        items.append(LegendItem(level, finding, swatch, text_rect, text))
        cx += need
    return items, cy + line_h


def paint_legend(p: QPainter, items: Sequence[LegendItem], fonts: Fonts, ink: Ink) -> None:
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
                p.setPen(ON_LEVEL)
                p.setFont(fonts.badge)
                p.drawText(item.swatch, Qt.AlignmentFlag.AlignCenter, item.level.value)
        p.setPen(ink.text)
        p.setFont(fonts.body)
        p.drawText(item.text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   item.text)


def new_image(size: QSize, ink: Ink) -> QImage:
    image = QImage(size * SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(SCALE)
    image.fill(ink.background)
    return image


def image_painter(image: QImage) -> QPainter:
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return p


def today_text() -> str:
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


# Writing ---------------------------------------------------------------------------------------

class ImageNotWritten(EnvironmentProblem, OSError):
    """The PNG could not be written (a folder that is not there or not writable, a full disk):
    a known condition, in the interface language, naming the file."""


def save_png(image: QImage, path: str | Path) -> Path:
    """Write image as PNG at path; ImageNotWritten (an OSError) when Qt cannot."""
    target = Path(path)
    if image.isNull() or not image.save(str(target), "PNG"):
        raise ImageNotWritten(translated(_UNWRITABLE).replace("%1", str(target)))
    return target
