"""The access log (NEN 7513) and checking a document, in the window: a team lead exports a
resident's log from the file, a period or a professional from the Extra menu, stops one half
way, and checks an exported file and an altered copy; a team member is not offered the export
(offscreen, real widgets, a real encrypted database)."""

from __future__ import annotations

import csv
import shutil
import threading
import uuid
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QPushButton

from tests.conftest import ADMIN_PASSWORD, audit_entries
from tests.test_gui_window import sign_in
from wijkdesk.app import initialise
from wijkdesk.domain.roles import Role
from wijkdesk.gui import access_log_export
from wijkdesk.gui.access_log_export import AccessLogExportDialog
from wijkdesk.gui.messages import describe
from wijkdesk.gui.record_dialogs import id_of
from wijkdesk.gui.residents import ResidentsArea
from wijkdesk.gui.verify_document import HEADLINES
from wijkdesk.services import export_content
from wijkdesk.services.exports import Outcome
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentData

LEAD_PASSWORD = "teamleider-wachtwoord-7"
MEMBER_PASSWORD = "medewerker-wachtwoord-7"
GIVEN, FAMILY = "Fenna", "Zwanenburgh"  # synthetic: no demo name is this
WAIT = 30_000


@pytest.fixture
def team(locations, passphrase):
    """Demo residents, a team lead, a team member, and one known resident whose file the
    member has read (so the log holds the resident, the member and many others)."""
    made = {}

    def populate(builder, actor):
        builder.demo(actor).generate(households=15, seed=17)
        profiles = builder.profiles(actor)
        profiles.create(NewProfile("tessa", "Tessa Leider", LEAD_PASSWORD, Role.TEAM_LEAD))
        made["sanne"] = profiles.create(NewProfile("sanne", "Sanne Medewerker",
                                                   MEMBER_PASSWORD, Role.TEAM_MEMBER)).id
        made["resident"] = builder.residents(actor).create(ResidentData(
            GIVEN, FAMILY, date(1980, 5, 17), "Lindelaan", "12", "3771 RH", "Demostad"))

    workspace, _ = initialise(locations, passphrase,
                              NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD), populate)
    sanne = workspace.profiles().authenticate("sanne", MEMBER_PASSWORD)
    workspace.resident_file(sanne).open(made["resident"])
    workspace.close()
    return made


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def exports_of(workspace) -> list:
    return [e for e in audit_entries(workspace) if e.event == "export"]


def open_file(qtbot, window, resident_id: uuid.UUID):
    area = next(a for a in window.areas if isinstance(a, ResidentsArea))
    area.open_file(resident_id)
    view = area.file_view
    qtbot.waitUntil(lambda: view.file is not None and view.file.id == resident_id,
                    timeout=WAIT)
    return view


def export_dialog(qtbot, window) -> AccessLogExportDialog:
    """The dialog the Extra menu opens, once its professionals have arrived."""
    window.actionExportAccessLog.trigger()
    dialog = next(d for d in window.findChildren(AccessLogExportDialog) if d.isVisible())
    qtbot.waitUntil(lambda: id_of(dialog.professional) is not None, timeout=WAIT)
    return dialog


def export_to(qtbot, dialog: AccessLogExportDialog, target: Path, fmt: str) -> None:
    """Choose fmt, take the suggested file name into target's folder, wait for the file."""
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    chooser = dialog.choose_file()
    assert isinstance(chooser, QFileDialog)
    suggested = Path(chooser.selectedFiles()[0]).name
    assert suggested == f"toegangslog-{date.today().isoformat()}.{fmt}"
    chooser.fileSelected.emit(str(target))
    chooser.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=WAIT)
    assert target.exists()


def csv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    return rows[0], rows[1:]


def verdict(qtbot, window, path: Path) -> QMessageBox:
    """Check path through Extra > Check a document; the verdict's message box."""
    window.actionCheckDocument.trigger()
    chooser = next(d for d in window.findChildren(QFileDialog) if d.isVisible())
    chooser.fileSelected.emit(str(path))
    chooser.close()

    def shown() -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox)
                     if b.objectName() == "documentVerdict" and b.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=WAIT)
    return shown()


def test_a_team_lead_exports_a_residents_access_log_from_the_file(qtbot, controller, team,
                                                                   tmp_path):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    workspace = controller.workspace
    view = open_file(qtbot, window, team["resident"])
    entry = tr("ResidentFileView", "Export access log…")
    assert entry in [a.text() for a in view.menu.actions()]

    dialog = view.export_access_log()
    assert isinstance(dialog, AccessLogExportDialog)
    assert dialog.by_resident is not None and dialog.by_resident.isChecked()
    assert f"{FAMILY}, {GIVEN}" in [w.text() for w in dialog.findChildren(QLabel)]
    chooser = dialog.choose_file()
    suggested = Path(chooser.selectedFiles()[0]).name
    assert suggested.endswith(".pdf")
    for part in (GIVEN, FAMILY, GIVEN.lower(), FAMILY.lower()):
        assert part not in suggested  # no part of the name in the file name
    chooser.close()

    others = {e.client_id for e in audit_entries(workspace)} - {team["resident"], None}
    assert others  # the log holds other residents too, so the filter has work to do
    pdf = tmp_path / "log.pdf"
    export_to(qtbot, dialog, pdf, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "log.pdf" in window.statusBar().currentMessage()
    first = exports_of(workspace)
    assert [(e.record_type, e.client_id) for e in first] == [("access_log", team["resident"])]
    assert first[0].detail.startswith("pdf doc=")

    dialog = view.export_access_log()
    target = tmp_path / "log.csv"
    export_to(qtbot, dialog, target, "csv")
    header, rows = csv_rows(target)
    # one resident, and still named on each row: a CSV has no cover to say whose log it is
    assert header[0] == "Nr." and "Bewoner" in header
    assert {row[header.index("Bewoner")] for row in rows} == {f"{FAMILY}, {GIVEN}"}
    by_seq = {e.seq: e for e in audit_entries(workspace)}
    second = exports_of(workspace)[-1]
    assert second.client_id == team["resident"] and second.detail.startswith("csv doc=")
    expected = [s for s, e in by_seq.items()
                if e.client_id == team["resident"] and s < second.seq]
    assert sorted(int(r[0]) for r in rows) == expected
    assert {by_seq[int(r[0])].client_id for r in rows} == {team["resident"]}
    assert first[0].seq in expected  # the PDF's export is itself access to the file
    message = window.statusBar().currentMessage()
    assert "log.csv" in message and str(len(rows)) in message


def test_a_period_and_a_professional_from_the_extra_menu(qtbot, controller, team, tmp_path):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    workspace = controller.workspace
    assert window.actionExportAccessLog.isVisible()
    text = tr("MainWindow", "Export &access log…").replace("&", "").rstrip("…")
    assert text in [h.text for h in window._command_hits(text[:8])]

    # the whole log over yesterday: everything here happened today, so nothing is listed
    dialog = export_dialog(qtbot, window)
    assert dialog.by_resident is None and dialog.whole.isChecked()
    yesterday = QDate.currentDate().addDays(-1)
    dialog.use_from.setChecked(True)
    dialog.use_to.setChecked(True)
    dialog.from_date.setDate(yesterday)
    dialog.to_date.setDate(yesterday.addDays(-1))  # ends before it starts: said, not exported
    assert dialog.choose_file() is None and dialog.message.isVisible()
    assert dialog.message.text() == QCoreApplication.translate(
        "ServiceMessages", "The period ends before it starts.")
    dialog.to_date.setDate(yesterday)
    empty = tmp_path / "gisteren.csv"
    export_to(qtbot, dialog, empty, "csv")
    assert csv_rows(empty)[1] == []
    assert exports_of(workspace)[-1].client_id is None

    # Sanne's actions from today on
    dialog = export_dialog(qtbot, window)
    dialog.by_professional.setChecked(True)
    assert dialog.professional.isEnabled()
    dialog.professional.setCurrentIndex(dialog.professional.findData(str(team["sanne"])))
    dialog.use_from.setChecked(True)
    dialog.from_date.setDate(QDate.currentDate())
    target = tmp_path / "sanne.csv"
    export_to(qtbot, dialog, target, "csv")
    header, rows = csv_rows(target)
    assert "Bewoner" in header
    last = exports_of(workspace)[-1]
    by_seq = {e.seq: e for e in audit_entries(workspace)}
    expected = [s for s, e in by_seq.items() if s < last.seq
                and team["sanne"] in (e.actor_id, e.on_behalf_of_id)]
    assert expected and sorted(int(r[0]) for r in rows) == expected
    assert f"{FAMILY}, {GIVEN}" in [r[header.index("Bewoner")] for r in rows]  # her read
    assert last.record_type == "access_log" and last.record_id == str(team["sanne"])
    assert last.client_id is None


def test_stop_leaves_no_file_and_no_export_entry(qtbot, controller, team, tmp_path,
                                                 monkeypatch):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    workspace = controller.workspace
    view = open_file(qtbot, window, team["resident"])
    dialog = view.export_access_log()
    # hold the export once it has begun (file opened, rows counted) until Stop is pressed,
    # so that the stop lands in the middle whatever the speed of the machine
    begun, go_on = threading.Event(), threading.Event()
    count = export_content.access_count

    def held(*args):  # noqa: ANN002, ANN202
        begun.set()
        go_on.wait(WAIT / 1000)
        return count(*args)

    monkeypatch.setattr(export_content, "access_count", held)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "toegangslog.pdf"
    before = len(audit_entries(workspace))
    dialog.export_to(str(target), "pdf")
    try:
        assert begun.wait(WAIT / 1000)
        progress = dialog.findChild(QProgressDialog)
        qtbot.waitUntil(progress.isVisible, timeout=WAIT)
        stop = progress.findChild(QPushButton)
        assert stop.text() == tr("Progress", "Stop")
        stop.click()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    qtbot.waitUntil(lambda: not session_busy(controller), timeout=WAIT)
    assert not target.exists() and list(folder.iterdir()) == []  # no part file either
    assert len(audit_entries(workspace)) == before and not exports_of(workspace)
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # try again, or close
    assert dialog.message.text() == tr("Messages", "Stopped. Nothing of it was kept.")
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    # trying again into a folder that is not there: the service's reason, in the window
    monkeypatch.setattr(export_content, "access_count", count)
    warned = []
    monkeypatch.setattr(access_log_export, "fail",
                        lambda _parent, title, exc: warned.append((title, describe(exc))))
    dialog.export_to(str(folder / "weg" / "toegangslog.pdf"), "pdf")
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert warned == [(dialog.windowTitle(), tr("ServiceMessages",
                                                "The file could not be written there."))]
    assert not exports_of(workspace) and dialog.export_button.isEnabled()


def session_busy(controller) -> bool:
    return controller.lane.busy


def test_a_team_member_is_not_offered_the_export(qtbot, controller, team):
    window = sign_in(qtbot, controller, "sanne", MEMBER_PASSWORD)
    assert not window.actionExportAccessLog.isVisible()
    assert window.actionCheckDocument.isVisible()  # checking a file is for everyone
    text = tr("MainWindow", "Export &access log…").replace("&", "").rstrip("…")
    assert text not in [h.text for h in window._command_hits(text[:8])]
    check = tr("MainWindow", "Check a &document…").replace("&", "").rstrip("…")
    assert check in [h.text for h in window._command_hits(check[:6])]
    view = open_file(qtbot, window, team["resident"])
    assert tr("ResidentFileView", "Export access log…") not in \
        [a.text() for a in view.menu.actions()]


def test_the_actions_rest_while_the_window_is_locked(qtbot, controller, team):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    actions = (window.actionExportAccessLog, window.actionCheckDocument)
    assert all(a.isEnabled() for a in actions)
    window.ui.actionLock.trigger()
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT)
    assert not any(a.isEnabled() for a in actions)
    window.lock_screen.ui.password.setText(LEAD_PASSWORD)
    window.lock_screen.ui.unlockButton.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT)
    assert all(a.isEnabled() for a in actions)


def test_checking_an_exported_pdf_and_an_altered_copy(qtbot, controller, team, tmp_path):
    window = sign_in(qtbot, controller, "tessa", LEAD_PASSWORD)
    view = open_file(qtbot, window, team["resident"])
    pdf = tmp_path / "log.pdf"
    export_to(qtbot, view.export_access_log(), pdf, "pdf")
    document_id = exports_of(controller.workspace)[-1].detail.split()[1].removeprefix("doc=")

    box = verdict(qtbot, window, pdf)
    assert box.icon() == QMessageBox.Icon.Information
    assert tr("VerifyDocument", HEADLINES[Outcome.VERIFIED]) in box.text()
    details = box.informativeText()
    assert document_id in details and "Tessa Leider" in details
    assert tr("VerifyDocument", "access log") in details
    box.close()

    altered = tmp_path / "kopie.pdf"
    shutil.copy(pdf, altered)
    data = bytearray(altered.read_bytes())
    data[data.index(b"stream") + 20] ^= 0x01  # one byte inside the first stream, not the seal
    altered.write_bytes(bytes(data))
    box = verdict(qtbot, window, altered)
    assert box.icon() == QMessageBox.Icon.Critical
    assert tr("VerifyDocument", HEADLINES[Outcome.ALTERED]) in box.text()
    assert tr("VerifyDocument", HEADLINES[Outcome.VERIFIED]) not in box.text()
    assert document_id in box.informativeText()
