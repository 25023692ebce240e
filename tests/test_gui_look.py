"""Icons are drawn from SVG at the screen's pixel ratio, in the palette's colours."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from wijkdesk.gui import palette
from wijkdesk.gui.icons import icon
from wijkdesk.resources import resource_path


def _ink(image) -> QColor:
    """The most opaque pixel's colour: the stroke of the icon."""
    best = (0, QColor())
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() > best[0]:
                best = (c.alpha(), c)
    return best[1]


def test_icons_are_crisp_at_high_dpi_and_follow_the_palette(qapp):
    for svg in resource_path("icons").glob("*.svg"):
        assert svg.read_text().lstrip().startswith("<svg")
    lock = icon("lock")
    sharp = lock.pixmap(QSize(24, 24), 2.0)
    assert sharp.devicePixelRatio() == 2.0
    assert (sharp.width(), sharp.height()) == (48, 48)  # drawn at 2x, not scaled up
    try:
        palette.apply(qapp, dark=False)
        light = _ink(icon("lock").pixmap(QSize(32, 32)).toImage())
        palette.apply(qapp, dark=True)
        dark = _ink(icon("lock").pixmap(QSize(32, 32)).toImage())
        assert qapp.palette().window().color().lightness() < 60
        assert light.lightness() < 80 and dark.lightness() > 180
    finally:
        palette.apply(qapp, dark=False)
