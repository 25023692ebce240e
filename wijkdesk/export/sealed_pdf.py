"""An audit-ready PDF: the cover block, the content, and on every page a footer with the
document id, the generating profile, "pagina X van Y", the content's SHA-256 and the audit
chain's head at export time; the same seal in the metadata, and the file's own digest.

Tables stream: a listing's rows are pulled a page at a time, measured, and laid out as one table
per page, so memory holds a page of rows, not the log. The page count and the content hash are
known only at the end; every footer refers to two small forms that are drawn then.

Only an export imports this module (services.exports, lazily), so ReportLab stays out of the
window's start-up.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from wijkdesk import __version__
from wijkdesk.export.canon import Canon
from wijkdesk.export.document import (
    Cover,
    Listing,
    Seal,
    Written,
    as_text,
    counted,
)
from wijkdesk.export.pdf_kit import FONT, FONT_BOLD, Kit, kit, moment
from wijkdesk.export.seal import close_seal, keywords

PAGES_FORM = "wijkdeskPages"
CONTENT_FORM = "wijkdeskContent"
CELL_SIZE, CELL_LEADING, PAD_X, PAD_Y = 8, 10, 3, 2
HINT = ("Dit document is verzegeld. Controleer het met ‘wijkdesk verify’ (of in wijkdesk via "
        "Extra › Document controleren…): dat meldt of het ongewijzigd is en of het uit deze "
        "database komt. De vingerafdruk (SHA-256) van de inhoud en de stand van de auditketen "
        "staan onderaan elke pagina.")


def page_layout(wide: bool) -> tuple[float, float, float, float]:
    """(page width, page height, side margin, bottom margin): A4, in landscape for the wide
    tables of registers and logs."""

    width, height = landscape(A4) if wide else A4
    return width, height, 15 * mm if wide else 18 * mm, 30 * mm


def write(fh: BinaryIO, part: Path, cover: Cover, seal: Seal,
          parts: Callable[[Kit, Canon], Iterable[Any]], canon: Canon, *, fonts: Path,
          wide: bool = False) -> Written:
    """parts gives the flowables and Listings of the content, in order; fh is the open file
    at path part (from files.atomic_file, so the caller decides when it takes its name)."""

    page_w, page_h, margin, bottom = page_layout(wide)
    k = kit(Path(fonts), page_w - 2 * margin)
    cover.add_to(canon)
    story = _Lazy(_story(k, cover, seal, parts, canon))
    footer = _footer(cover, seal, margin, page_w)
    doc = SimpleDocTemplate(fh, pagesize=(page_w, page_h), leftMargin=margin,
                            rightMargin=margin, topMargin=margin, bottomMargin=bottom,
                            title=cover.title, author=cover.generated_by, lang="nl-NL",
                            subject=cover.title, creator=f"wijkdesk {__version__}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer,
              canvasmaker=_sealing_canvas(seal, canon))
    fh.flush()
    file_sha = close_seal(part, keywords(seal, canon.hexdigest()))
    return Written(canon.hexdigest(), file_sha, canon.rows, doc.page)


class _Lazy(list):
    """A story that fills itself from a generator as platypus consumes it, so the flowables of
    a long log are made a few at a time (platypus only ever looks at the first ones)."""

    def __init__(self, source: Iterator[Any]) -> None:
        super().__init__()
        self._source = source

    def _fill(self) -> None:
        while self._source is not None and list.__len__(self) < 3:
            try:
                self.append(next(self._source))
            except StopIteration:
                self._source = None

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def __getitem__(self, index: Any) -> Any:
        self._fill()
        return list.__getitem__(self, index)


def _story(k: Kit, cover: Cover, seal: Seal, parts: Callable[[Kit, Canon], Iterable[Any]],
           canon: Canon) -> Iterator[Any]:

    yield k.p(cover.title, k.title)
    yield k.pairs([("Organisatie", cover.organisation or "niet ingesteld"),
                   ("Periode", cover.period), *cover.scope,
                   ("Gemaakt op", moment(cover.generated_at)),
                   ("Gemaakt door", cover.generated_by),
                   ("Document-id", seal.document_id)])
    yield Spacer(1, 2 * mm)
    yield k.p(HINT, k.muted)
    yield Spacer(1, 2 * mm)
    for part in parts(k, canon):
        if isinstance(part, Listing):
            yield from _listing(k, part, canon)
        else:
            yield part


def _listing(k: Kit, listing: Listing, canon: Canon) -> Iterator[Any]:
    if listing.heading:
        yield k.p(listing.heading, k.h1)
    if listing.intro:

        yield k.p(listing.intro, k.body)
        yield Spacer(1, 2 * mm)
    stream = RowStream(k, listing, counted(listing, canon))
    if stream.empty():
        yield k.none(listing.empty)
    else:
        yield stream


def table_style() -> Any:
    """The grid of every streamed table (and of the benchmark's bare ReportLab tables)."""

    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8b8b8")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef4")),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
    ])


def cell(k: Kit, text: str, width: float) -> tuple[Any, float]:
    """A table cell and its height: plain text where it fits on one line (cheap to lay out),
    a wrapping paragraph where it does not."""

    inner = width - 2 * PAD_X
    if "\n" not in text and stringWidth(text, FONT, CELL_SIZE) <= inner:
        return text, CELL_LEADING
    para = k.p(text)
    return para, para.wrap(inner, 1e6)[1]


def _flowable_base() -> type:

    return Flowable


class RowStream(_flowable_base()):  # type: ignore[misc]
    """A table that pulls its rows when platypus places it: each split lays out as many rows as
    fit in the space left, as an ordinary Table with the header row, and returns itself for
    the rest."""

    def __init__(self, k: Kit, listing: Listing, rows: Iterator[Any]) -> None:
        super().__init__()
        self.k = k
        self.columns = list(listing.columns)
        scale = k.width / sum(c.width for c in self.columns)
        self.widths = [c.width * scale for c in self.columns]
        self._rows = iter(rows)
        self._pending: deque = deque()
        self._header = [k.p(c.title, k.head) for c in self.columns]
        self._header_h = max(p.wrap(w - 2 * PAD_X, 1e6)[1] for p, w in
                             zip(self._header, self.widths, strict=True)) + 2 * PAD_Y + 1
        self._style = table_style()

    def _next(self) -> tuple[list[Any], float] | None:
        if self._pending:
            return self._pending.popleft()
        row = next(self._rows, None)
        if row is None:
            return None
        cells, height = [], 0.0
        for value, column, width in zip(row, self.columns, self.widths, strict=True):
            content, h = cell(self.k, as_text(value, column.kind), width)
            cells.append(content)
            height = max(height, h)
        return cells, height + 2 * PAD_Y + 1

    def empty(self) -> bool:
        first = self._next()
        if first is None:
            return True
        self._pending.appendleft(first)
        return False

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        # Never "fits": platypus then asks split() for what fits in avail_h.
        return (avail_w, 0) if self.empty() else (avail_w, avail_h + 1)

    def split(self, avail_w: float, avail_h: float) -> list[Any]:

        used = self._header_h
        cells, heights = [], []
        while (row := self._next()) is not None:
            if used + row[1] > avail_h:
                self._pending.appendleft(row)
                break
            cells.append(row[0])
            heights.append(row[1])
            used += row[1]
        if not cells:
            return []  # not even one row: platypus turns the page and asks again
        table = Table([self._header, *cells], colWidths=self.widths,
                      rowHeights=[self._header_h, *heights])
        table.setStyle(self._style)
        # platypus marks a flowable that found no room once and gives up on a second miss;
        # the rest of the rows is a new start, on the next page.
        self.__dict__.pop("_postponed", None)
        return [table] if self.empty() else [table, self]

    def draw(self) -> None:
        pass  # only what split() returns is ever drawn


def _footer(cover: Cover, seal: Seal, margin: float, page_w: float) -> Any:

    lines = (f"Document-id {seal.document_id}",
             f"Gemaakt door {cover.generated_by} op {moment(cover.generated_at)}",
             "Inhoud SHA-256: ",
             f"Auditketen bij export: nr. {seal.head_seq} · {seal.head_hash}")
    reserve = stringWidth("00000", FONT, 7)
    hash_at = margin + stringWidth(lines[2], FONT, 6.5)

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.setStrokeColor(colors.HexColor("#b8b8b8"))
        canvas.setLineWidth(0.4)
        canvas.line(margin, 22 * mm, page_w - margin, 22 * mm)
        for n, line in enumerate(lines):
            canvas.setFont(FONT, 7 if n < 2 else 6.5)
            canvas.drawString(margin, (18.5 - 3.3 * n) * mm, line)
        canvas.setFont(FONT, 7)
        canvas.drawRightString(page_w - margin - reserve, 18.5 * mm, f"pagina {doc.page} van ")
        for form, x, y in ((PAGES_FORM, page_w - margin - reserve, 18.5 * mm),
                           (CONTENT_FORM, hash_at, (18.5 - 6.6) * mm)):
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(form)
            canvas.restoreState()
        canvas.restoreState()

    return draw


def _compress_now(page: Any) -> None:
    """ReportLab keeps every finished page's drawing commands as text until it writes the
    file; compressing them as each page ends keeps a long log's memory to a few kilobytes a
    page instead of tens."""

    if page.Contents or not page.stream:
        return
    stream = PDFStream(content=PDFZCompress.encode(page.stream))
    stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
    stream.__Comment__ = "page stream"
    page.Contents, page.stream = stream, None


def _sealing_canvas(seal: Seal, canon: Canon) -> type:
    """A canvas that, once every page is laid out, draws the page count and the content hash
    into the forms the footers refer to and writes the seal into the metadata."""

    class SealingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["pageCompression"] = 1  # no page text can imitate the seal's empty slot
            super().__init__(*args, **kwargs)

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            super().showPage()
            _compress_now(self._doc.Pages.pages[-1])

        def save(self) -> None:
            pages = self.getPageNumber() - 1
            content = canon.hexdigest()
            for name, text, font, size in ((PAGES_FORM, str(pages), FONT, 7),
                                           (CONTENT_FORM, content, FONT_BOLD, 6.5)):
                self.beginForm(name, lowery=-3)
                self.setFont(font, size)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawString(0, 0, text)
                self.endForm()
            self.setKeywords(keywords(seal, content))
            super().save()

    return SealingCanvas
