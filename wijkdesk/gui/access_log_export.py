"""The access log (NEN 7513) out of the window: whose log, which period, which format, where.

A team lead or administrator chooses one resident (when asked from that resident's file), one
professional or the whole log, optionally within a period, as a sealed PDF or as CSV or XLSX.
The export runs on the lane behind a progress dialog whose Stop leaves no file and no audit
entry. The suggested file name holds only the date: a file name travels to recent-file lists,
mail subjects and backups, where the document's protection does not follow it.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.errors import Cancelled
from wijkdesk.gui.certificate import with_certificate
from wijkdesk.gui.feedback import fail, open_dialog, say, say_in_status
from wijkdesk.gui.messages import describe, describe_text
from wijkdesk.gui.progress import run_with_progress
from wijkdesk.gui.record_dialogs import add_ids, id_of
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import to_date
from wijkdesk.services.exports import AccessScope, Certificate, Exported

_C = "AccessLogExport"
FORMATS = (
    ("pdf", QT_TRANSLATE_NOOP("AccessLogExport", "PDF: a sealed document")),
    ("csv", QT_TRANSLATE_NOOP("AccessLogExport", "CSV: for a spreadsheet (semicolons)")),
    ("xlsx", QT_TRANSLATE_NOOP("AccessLogExport", "XLSX: an Excel workbook")),
)
_FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("AccessLogExport", "PDF documents (*.pdf)"),
    "csv": QT_TRANSLATE_NOOP("AccessLogExport", "CSV files (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("AccessLogExport", "Excel workbooks (*.xlsx)"),
}


def default_file_name(fmt: str, today: date | None = None) -> str:
    """toegangslog-<date>.<fmt>: never a name of a resident or a professional."""
    return f"toegangslog-{(today or date.today()).isoformat()}.{fmt}"


def _date_edit(parent: QWidget, value: QDate) -> QDateEdit:
    edit = QDateEdit(value, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


class AccessLogExportDialog(QDialog):
    exported = Signal(object)  # the Exported, once the file is written and the export audited

    def __init__(self, session: Session, resident: tuple[uuid.UUID, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.resident = resident
        self.job: Any = None  # the export on the lane, while it runs
        self._path = Path()
        self.setWindowTitle(self.tr("Export access log"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "The access log lists who did what, when and on whose behalf, in the order of the "
            "audit chain (NEN 7513). The export itself is recorded in the audit log."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        whose = QGroupBox(self.tr("Whose access"), self)
        grid = QGridLayout(whose)
        grid.setColumnStretch(1, 1)
        self.views = QButtonGroup(self)
        self.by_resident: QRadioButton | None = None
        row = 0
        if resident is not None:
            self.by_resident = QRadioButton(self.tr("One &resident:"), whose)
            grid.addWidget(self.by_resident, row, 0)
            grid.addWidget(QLabel(resident[1], whose), row, 1)
            self.views.addButton(self.by_resident)
            row += 1
        self.by_professional = QRadioButton(self.tr("One &professional:"), whose)
        self.professional = QComboBox(whose)
        self.professional.setAccessibleName(self.tr("Professional"))
        self.professional.addItem(self.tr("Loading…"), None)
        grid.addWidget(self.by_professional, row, 0)
        grid.addWidget(self.professional, row, 1)
        self.whole = QRadioButton(self.tr("The &whole log"), whose)
        grid.addWidget(self.whole, row + 1, 0, 1, 2)
        for button in (self.by_professional, self.whole):
            self.views.addButton(button)
        (self.by_resident or self.whole).setChecked(True)
        self.by_professional.toggled.connect(self._update)
        layout.addWidget(whose)

        period = QGroupBox(self.tr("Period"), self)
        dates = QGridLayout(period)
        dates.setColumnStretch(2, 1)
        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("&From"), period)
        self.from_date = _date_edit(period, QDate(today.year(), today.month(), 1))
        self.use_to = QCheckBox(self.tr("&Up to and including"), period)
        self.to_date = _date_edit(period, today)
        self.from_date.setAccessibleName(self.tr("From"))
        self.to_date.setAccessibleName(self.tr("Up to and including"))
        dates.addWidget(self.use_from, 0, 0)
        dates.addWidget(self.from_date, 0, 1)
        dates.addWidget(self.use_to, 1, 0)
        dates.addWidget(self.to_date, 1, 1)
        hint = QLabel(self.tr("Without a date the log runs from its start up to now."), period)
        hint.setWordWrap(True)
        hint.setEnabled(False)  # a quieter tone for a remark
        dates.addWidget(hint, 2, 0, 1, 3)
        self.use_from.toggled.connect(self.from_date.setEnabled)
        self.use_to.toggled.connect(self.to_date.setEnabled)
        layout.addWidget(period)

        form = QFormLayout()
        self.format = QComboBox(self)
        for code, text in FORMATS:
            self.format.addItem(QCoreApplication.translate(_C, text), code)
        form.addRow(self.tr("F&ormat:"), self.format)
        layout.addLayout(form)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._tell()
        self._update()
        self.resize(self.minimumWidth(), self._height_for(self.minimumWidth()))
        exports = session.workspace.exports(session.actor)
        session.run(lambda _p: exports.profiles(), "export profiles", self._profiles,
                    lambda exc: self._tell(describe(exc)), owner=self)

    def _tell(self, text: str = "", *, error: bool = True) -> None:
        """An inline message; the dialog grows rather than squeeze the form to make room."""
        say(self.message, text, error=error)
        needed = self._height_for(self.width())
        if self.isVisible() and self.height() < needed:
            self.resize(self.width(), needed)

    def _height_for(self, width: int) -> int:
        """The height the form needs at width (the size hint assumes a narrower dialog, in
        which the wrapped texts take more lines)."""
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else self.sizeHint().height()

    # Choices --------------------------------------------------------------------------------

    def _profiles(self, rows: list[tuple[uuid.UUID, str, str]]) -> None:
        combo = self.professional
        combo.clear()
        add_ids(combo, [(pid, f"{name} ({user})") for pid, name, user in rows], None)
        if not rows:
            combo.addItem(self.tr("(no profiles)"), None)
        self._update()

    def _update(self) -> None:
        self.professional.setEnabled(self.by_professional.isChecked()
                                     and id_of(self.professional) is not None)

    def format_code(self) -> str:
        return self.format.currentData()

    def _dates(self) -> tuple[date | None, date | None]:
        return (to_date(self.from_date.date()) if self.use_from.isChecked() else None,
                to_date(self.to_date.date()) if self.use_to.isChecked() else None)

    def problem(self) -> str:
        """What keeps the choices from being exported, in the interface language ("" if
        nothing does)."""
        start, end = self._dates()
        if start and end and start > end:
            return describe_text("The period ends before it starts.")
        if self.by_professional.isChecked() and id_of(self.professional) is None:
            return self.tr("Choose a professional.")
        return ""

    def scope(self) -> AccessScope:
        """What the choices ask for (check problem() first)."""
        start, end = self._dates()
        if self.by_resident is not None and self.by_resident.isChecked():
            return AccessScope(resident_id=self.resident[0], start=start, end=end)
        if self.by_professional.isChecked():
            return AccessScope(profile_id=id_of(self.professional), start=start, end=end)
        return AccessScope(start=start, end=end)

    # Exporting ------------------------------------------------------------------------------

    def choose_file(self) -> QFileDialog | None:
        """Ask where the file goes (without blocking), once the choices hold together."""
        problem = self.problem()
        self._tell(problem)
        if problem:
            return None
        fmt = self.format_code()
        dialog = QFileDialog(self, self.tr("Export access log"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([QCoreApplication.translate(_C, _FILTERS[fmt])])
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(default_file_name(fmt))
        dialog.fileSelected.connect(lambda path: self.export_to(path, fmt))
        return open_dialog(dialog)

    def export_to(self, path: str, fmt: str | None = None) -> Any:
        """Export to path; a PDF is signed if the profile chose a certificate and gives its
        passphrase (asked without blocking: then that dialog is returned, else the job)."""
        problem = self.problem()
        if problem:
            self._tell(problem)
            return None
        scope = self.scope()
        fmt = fmt or self.format_code()
        if fmt != "pdf":  # only a PDF carries a signature
            return self._start(path, fmt, scope, None)
        return with_certificate(self, self.session,
                                lambda certificate: self._start(path, fmt, scope, certificate))

    def _start(self, path: str, fmt: str, scope: AccessScope,
               certificate: Certificate | None) -> Any:
        exports = self.session.workspace.exports(self.session.actor)
        self.export_button.setEnabled(False)
        self._tell(self.tr("Exporting…"), error=False)
        self._path = Path(path)
        self.job = run_with_progress(
            self, self.session, self.tr("Export access log"),
            self.tr("Writing the access log…"),
            lambda p: exports.access_log(scope, path, fmt, progress=p, certificate=certificate),
            "export access log", self._exported, self._failed)
        if self.job is None:  # the window locked in between
            self.export_button.setEnabled(True)
            self._tell()
        return self.job

    def _exported(self, result: Exported) -> None:
        self.job = None
        if result.pages and result.signed:
            text = self.tr("Access log exported to %1: %2 row(s) on %3 page(s), signed.")
        elif result.pages:
            text = self.tr("Access log exported to %1: %2 row(s) on %3 page(s).")
        else:
            text = self.tr("Access log exported to %1: %2 row(s).")
        text = text.replace("%1", self._path.name).replace("%2", str(result.rows)) \
            .replace("%3", str(result.pages))
        say_in_status(self.parentWidget() or self, text, 10_000)
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._tell(describe(exc), error=False)
            return
        self._tell()
        fail(self, self.tr("Export access log"), exc)


def export_access_log(parent: QWidget, session: Session,
                      resident: tuple[uuid.UUID, str] | None = None) -> AccessLogExportDialog:
    """Open the dialog without blocking; resident (id, name) preselects that resident's log."""
    return open_dialog(AccessLogExportDialog(session, resident, parent))
