"""What every wijkdesk PDF shares: the embedded fonts, the styles, Dutch dates, tables, and
a canvas whose footer says "pagina X van Y". ReportLab is imported only when a PDF is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

FONT = "WijkdeskSans"
FONT_BOLD = "WijkdeskSans-Bold"


def dmy(value: date | datetime | None) -> str:
    return "" if value is None else f"{value:%d-%m-%Y}"


def span(start: date | None, end: date | None, none: str = "niet vastgelegd") -> str:
    """A period the Dutch way, open on either side."""
    if start and end:
        return f"{dmy(start)} tot en met {dmy(end)}"
    if start:
        return f"vanaf {dmy(start)}"
    if end:
        return f"tot en met {dmy(end)}"
    return none


def moment(value: datetime) -> str:
    """A UTC moment in the reader's local time, the Dutch way."""
    return f"{value.astimezone():%d-%m-%Y %H:%M}"


def register_fonts(fonts: Path) -> None:
    """DejaVu Sans from resources/fonts, embedded in every PDF (no reliance on system fonts)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(Path(fonts) / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(Path(fonts) / "DejaVuSans-Bold.ttf")))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)


@dataclass
class Kit:
    """Styles and builders for one document of a given text width."""

    width: float
    body: Any
    cell: Any
    centred: Any
    head: Any
    title: Any
    h1: Any
    h2: Any
    muted: Any
    grid: Any
    pairs_style: Any

    def p(self, text: Any, style: Any = None) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style or self.cell)

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> Any:
        from reportlab.platypus import Table

        scale = self.width / sum(widths)
        data = [[self.p(h, self.head) for h in header]] + [
            [v if hasattr(v, "wrap") else self.p(v) for v in row] for row in rows]
        # a long text may be taller than a page: let its row split rather than fail
        t = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, splitInRow=1)
        t.setStyle(self.grid)
        return t

    def pairs(self, rows: list[tuple[str, Any]]) -> Any:
        from reportlab.platypus import Table

        t = Table([[self.p(k, self.head), self.p(v)] for k, v in rows],
                  colWidths=[0.3 * self.width, 0.7 * self.width], splitInRow=1)
        t.setStyle(self.pairs_style)
        return t

    def none(self, text: str) -> Any:
        return self.p(text, self.muted)


def kit(fonts: Path, width: float) -> Kit:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import TableStyle

    register_fonts(fonts)
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10)
    return Kit(
        width=width, body=body, cell=cell,
        centred=ParagraphStyle("centred", parent=cell, alignment=1),
        head=ParagraphStyle("head", parent=cell, fontName=FONT_BOLD),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22,
                             spaceAfter=4 * mm),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=13, leading=16,
                          spaceBefore=6 * mm, spaceAfter=2 * mm, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=10, leading=13,
                          spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1),
        muted=ParagraphStyle("muted", parent=body, textColor=colors.HexColor("#555555")),
        grid=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8b8b8")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef4")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]),
        pairs_style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d0d0d0")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]),
    )


def numbered_canvas(footer: str, margin: float, page_width: float) -> type:
    """A canvas class that keeps each page until the end, so that every footer can say how
    many pages there are."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(margin, 10 * mm, footer)
                self.drawRightString(page_width - margin, 10 * mm,
                                     f"pagina {number} van {total}")
                super().showPage()
            super().save()

    return NumberedCanvas
