"""Registers as CSV and XLSX for the municipality: the rows of a sealed PDF's table, streamed.

CSV: UTF-8 with a byte-order mark and semicolons, as Dutch spreadsheet programs expect; dates
ISO 8601. XLSX (XlsxWriter): real date cells, a frozen header row, and a second sheet
*Verantwoording* with the cover and the seal. XlsxWriter's constant-memory mode keeps its
working files in the export's own folder, never in the system's temporary folder.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from wijkdesk.export.canon import Canon
from wijkdesk.export.document import Cover, Kind, Listing, Seal, counted
from wijkdesk.export.pdf_kit import moment

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_value(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind is Kind.MOMENT and isinstance(value, datetime):
        return value.astimezone().isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if kind is Kind.TEXT and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_csv(fh: BinaryIO, cover: Cover, listing: Listing, canon: Canon) -> None:
    cover.add_to(canon)
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="", write_through=False)
    out = csv.writer(text, delimiter=";", lineterminator="\r\n")
    out.writerow([c.title for c in listing.columns])
    kinds = [c.kind for c in listing.columns]
    for row in counted(listing, canon):
        out.writerow([csv_value(v, k) for v, k in zip(row, kinds, strict=True)])
    text.flush()
    text.detach()  # the caller owns fh


def write_xlsx(part: Path, cover: Cover, seal: Seal, listing: Listing, canon: Canon) -> None:
    import xlsxwriter
    from xlsxwriter.exceptions import XlsxFileError

    cover.add_to(canon)
    # XlsxWriter removes its working files only when all goes well: give it a folder of its
    # own beside the export and remove that folder whatever happens
    work = Path(tempfile.mkdtemp(prefix=".wijkdesk-xlsx.", dir=part.parent))
    book = xlsxwriter.Workbook(str(part), {"constant_memory": True, "tmpdir": str(work),
                                           "remove_timezone": True})
    try:
        _fill(book, cover, seal, listing, canon)
        book.close()
    except XlsxFileError:
        raise OSError("the workbook could not be written") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fill(book: Any, cover: Cover, seal: Seal, listing: Listing, canon: Canon) -> None:
    head = book.add_format({"bold": True, "bg_color": "#E9EEF4", "border": 1})
    formats = {Kind.DATE: book.add_format({"num_format": "dd-mm-yyyy"}),
               Kind.MOMENT: book.add_format({"num_format": "dd-mm-yyyy hh:mm"})}
    sheet = book.add_worksheet(_sheet_name(listing.heading or cover.title))
    total = sum(c.width for c in listing.columns)
    for col, column in enumerate(listing.columns):
        # the PDF's relative widths, spread over about 160 characters of a wide screen
        sheet.set_column(col, col, max(8, min(60, 160 * column.width / total)))
        sheet.write_string(0, col, column.title, head)
    sheet.freeze_panes(1, 0)
    kinds = [c.kind for c in listing.columns]
    r = 0
    for r, row in enumerate(counted(listing, canon), start=1):
        for col, (value, kind) in enumerate(zip(row, kinds, strict=True)):
            _cell(sheet, r, col, value, kind, formats)
    if r:
        sheet.autofilter(0, 0, r, len(listing.columns) - 1)
    about = book.add_worksheet("Verantwoording")
    about.set_column(0, 0, 24)
    about.set_column(1, 1, 80)
    lines = [("Titel", cover.title), ("Organisatie", cover.organisation or "niet ingesteld"),
             ("Periode", cover.period), *cover.scope,
             ("Gemaakt op", moment(cover.generated_at)),
             ("Gemaakt door", cover.generated_by), ("Document-id", seal.document_id),
             ("Rijen", str(canon.rows)), ("Inhoud SHA-256", canon.hexdigest()),
             ("Auditketen bij export", f"nr. {seal.head_seq} · {seal.head_hash}")]
    for i, (label, value) in enumerate(lines):
        about.write_string(i, 0, label, head)
        about.write_string(i, 1, value)
    book.set_properties({"title": cover.title, "author": cover.generated_by,
                         "comments": f"wijkdesk-document={seal.document_id}"})


def _cell(sheet: Any, r: int, col: int, value: Any, kind: Kind, formats: dict) -> None:
    if value is None:
        return
    if kind is Kind.MOMENT and isinstance(value, datetime):
        sheet.write_datetime(r, col, value.astimezone().replace(tzinfo=None), formats[kind])
    elif kind is Kind.DATE and isinstance(value, date):
        sheet.write_datetime(r, col, datetime(value.year, value.month, value.day),
                             formats[kind])
    elif kind is Kind.NUMBER and isinstance(value, int | float):
        sheet.write_number(r, col, value)
    else:  # never write_formula: a typed "=…" stays text
        sheet.write_string(r, col, str(value))


def _sheet_name(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return cleaned[:31] or "Register"
