"""Signing exports with the professional's own certificate, in the window: the certificate is a
preference of the profile on this computer, its passphrase is asked at each PDF export and kept
nowhere, a wrong one leaves nothing behind, and the document check names the signer
(offscreen, real widgets, a real encrypted database, a synthetic self-signed certificate)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
)

from tests.conftest import audit_entries
from tests.support.certificates import make_p12
from tests.test_gui_agreements import approved, build_team
from wijkdesk.gui import certificate as certificate_module
from wijkdesk.gui.access_log_export import AccessLogExportDialog
from wijkdesk.gui.agreements import AgreementsPage
from wijkdesk.gui.certificate import (
    PassphraseDialog,
    certificate_path,
    set_certificate_path,
    with_certificate,
)
from wijkdesk.gui.lane import Job
from wijkdesk.gui.messages import describe_text
from wijkdesk.gui.session import Session
from wijkdesk.gui.settings import SettingsDialog
from wijkdesk.gui.verify_document import check_document
from wijkdesk.services.exports import Outcome

pytest.importorskip("pyhanko")
SIGNER = "Synthetische Ondertekenaar"
SECRET = "certificaat-geheim-7"
WAIT = 30_000
WRONG = ("The certificate cannot be opened: the passphrase is wrong or the file is not a "
         "PKCS#12 certificate (.p12, .pfx).")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(scope="module")
def p12(tmp_path_factory) -> Path:
    return make_p12(tmp_path_factory.mktemp("cert") / "ondertekenaar.p12", SIGNER, SECRET)


@pytest.fixture
def ini(tmp_path) -> Path:
    return tmp_path / "window.ini"


@pytest.fixture
def session(workspace, lead, lane, ini) -> Session:
    return Session(workspace, lead, lane, QSettings(str(ini), QSettings.Format.IniFormat))


@pytest.fixture
def page(qtbot, session) -> tuple[QMainWindow, AgreementsPage]:
    window = QMainWindow()  # the confirmations go to its status bar
    qtbot.addWidget(window)
    made = AgreementsPage(session)
    window.setCentralWidget(made)
    window.resize(1280, 800)
    window.show()
    made.load()
    qtbot.waitUntil(lambda: not session.lane.busy, timeout=WAIT)
    return window, made


def exports_of(workspace) -> list:
    return [e for e in audit_entries(workspace) if e.event == "export"]


def asked(widget) -> PassphraseDialog | None:
    return next((d for d in widget.findChildren(PassphraseDialog) if d.isVisible()), None)


def no_warnings() -> bool:
    return not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_with_a_certificate_the_register_pdf_is_signed_after_the_passphrase(
        qtbot, workspace, session, page, p12, tmp_path, ini):
    window, view = page
    set_certificate_path(session.settings, session.actor.id, str(p12))
    target = tmp_path / "register.pdf"
    dialog = view.export_register_to(str(target), "pdf")
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()  # asked, not blocking
    assert dialog.windowTitle() == tr("PassphraseDialog", "Sign with your certificate")
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert p12.name in dialog.file_label.text()
    assert not target.exists() and not exports_of(workspace)  # nothing before the answer
    assert not dialog.sign_button.isEnabled()  # a passphrase first
    dialog.passphrase.setText(SECRET)
    assert dialog.sign_button.isEnabled() and dialog.sign_button.isDefault()
    dialog.sign_button.click()

    qtbot.waitUntil(lambda: view.exported_register == target, timeout=WAIT)
    assert view.last_export.signed
    (entry,) = exports_of(workspace)
    assert entry.record_type == "agreement_register" and entry.detail.endswith(" signed")
    assert window.statusBar().currentMessage() == view.tr(
        "Register exported to %1 (rows: %2; pages: %3), signed.").replace(
        "%1", "register.pdf").replace("%2", str(view.last_export.rows)).replace(
        "%3", str(view.last_export.pages))
    verdict = workspace.exports(session.actor).verify(target)
    assert verdict.outcome is Outcome.VERIFIED
    assert verdict.signature is not None and verdict.signature.intact
    assert SIGNER in verdict.signature.signer
    # the passphrase was used, not kept: not in the settings, not in the dialog's field
    session.settings.sync()
    assert SECRET not in ini.read_text(encoding="utf-8")
    assert str(p12) in ini.read_text(encoding="utf-8")
    assert not shiboken6.isValid(dialog) or dialog.passphrase.text() == ""
    assert no_warnings()


def test_without_signing_exports_the_pdf_unsigned(qtbot, workspace, session, page, p12,
                                                   tmp_path):
    window, view = page
    set_certificate_path(session.settings, session.actor.id, str(p12))
    target = tmp_path / "register.pdf"
    dialog = view.export_register_to(str(target), "pdf")
    dialog.passphrase.setText("typed, then changed my mind")
    dialog.unsigned_button.click()
    qtbot.waitUntil(lambda: view.exported_register == target, timeout=WAIT)
    assert not view.last_export.signed
    (entry,) = exports_of(workspace)
    assert not entry.detail.endswith(" signed")
    verdict = workspace.exports(session.actor).verify(target)
    assert verdict.outcome is Outcome.VERIFIED and verdict.signature is None
    assert window.statusBar().currentMessage().endswith(view.tr(
        "Register exported to %1 (rows: %2; pages: %3).").split("%3")[-1])
    assert "signed" not in window.statusBar().currentMessage()


def test_a_wrong_passphrase_says_so_and_leaves_no_file_and_no_entry(
        qtbot, workspace, session, page, p12, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: warned.append((title, text)))
    _window, view = page
    set_certificate_path(session.settings, session.actor.id, str(p12))
    folder = tmp_path / "exports"
    folder.mkdir()
    before = len(audit_entries(workspace))
    dialog = view.export_register_to(str(folder / "register.pdf"), "pdf")
    dialog.passphrase.setText("niet het goede wachtwoord")
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert warned == [(view.tr("Export register"), describe_text(WRONG))]
    assert tr("ServiceMessages", WRONG) == describe_text(WRONG)  # translated as a whole
    assert list(folder.iterdir()) == []  # no file, no part file
    assert len(audit_entries(workspace)) == before and view.exported_register is None


def test_cancel_in_the_passphrase_dialog_stops_the_export(qtbot, workspace, session, page,
                                                          p12, tmp_path):
    window, view = page
    set_certificate_path(session.settings, session.actor.id, str(p12))
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = view.export_register_to(str(folder / "register.pdf"), "pdf")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not session.lane.busy and list(folder.iterdir()) == []
    assert not exports_of(workspace)
    assert window.statusBar().currentMessage() == view.tr("Export stopped; no file was written.")
    assert no_warnings()


def test_without_a_certificate_or_for_a_csv_nothing_is_asked(qtbot, workspace, session, page,
                                                             p12, tmp_path, monkeypatch):
    _window, view = page
    job = view.export_register_to(str(tmp_path / "register.pdf"), "pdf")
    assert isinstance(job, Job) and asked(view) is None
    qtbot.waitUntil(lambda: view.exported_register == tmp_path / "register.pdf", timeout=WAIT)
    assert not view.last_export.signed

    set_certificate_path(session.settings, session.actor.id, str(p12))
    job = view.export_register_to(str(tmp_path / "register.csv"), "csv")  # only a PDF signs
    assert isinstance(job, Job) and asked(view) is None
    qtbot.waitUntil(lambda: view.exported_register == tmp_path / "register.csv", timeout=WAIT)

    # without pyHanko a chosen certificate is passed over, not asked for
    monkeypatch.setattr(certificate_module, "available", lambda: False)
    job = view.export_register_to(str(tmp_path / "again.pdf"), "pdf")
    assert isinstance(job, Job) and asked(view) is None
    qtbot.waitUntil(lambda: view.exported_register == tmp_path / "again.pdf", timeout=WAIT)
    assert [e.detail.endswith(" signed") for e in exports_of(workspace)] == [False] * 3


def test_the_certificate_belongs_to_one_profile(session, workspace, admin, p12):
    set_certificate_path(session.settings, session.actor.id, str(p12))
    assert certificate_path(session.settings, session.actor.id) == str(p12)
    assert certificate_path(session.settings, admin.id) == ""  # another profile: none
    assert certificate_path(session.settings, uuid.uuid4()) == ""
    set_certificate_path(session.settings, session.actor.id, "")
    assert certificate_path(session.settings, session.actor.id) == ""


def test_a_missing_certificate_file_is_told_and_only_unsigned_is_offered(qtbot, session,
                                                                       tmp_path):
    set_certificate_path(session.settings, session.actor.id, str(tmp_path / "weg.p12"))
    parent = QMainWindow()
    qtbot.addWidget(parent)
    started = []
    dialog = with_certificate(parent, session, started.append)
    assert isinstance(dialog, PassphraseDialog)
    dialog.passphrase.setText("iets")
    assert not dialog.sign_button.isEnabled() and dialog.message.isVisible()
    dialog.sign()  # Enter with Sign disabled does nothing
    assert started == []
    dialog.unsigned_button.click()
    assert started == [None]


def test_the_agreement_pdf_and_the_access_log_are_signed_too(
        qtbot, workspace, admin, session, p12, tmp_path):
    """The two other PDF exports ask the same way (the team lead exports both)."""
    team = build_team(workspace, admin)
    first = approved(workspace, team)
    session.actor = team.lead
    set_certificate_path(session.settings, team.lead.id, str(p12))
    window = QMainWindow()
    qtbot.addWidget(window)
    view = AgreementsPage(session)
    window.setCentralWidget(view)
    window.show()
    view.load(show=first.summary.id)
    qtbot.waitUntil(lambda: view.current is not None, timeout=WAIT)
    target = tmp_path / "afspraak.pdf"
    dialog = view.export_pdf_to(str(target))
    assert isinstance(dialog, PassphraseDialog)
    dialog.passphrase.setText(SECRET)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: view.exported_pdf == target, timeout=WAIT)
    assert window.statusBar().currentMessage() == view.tr(
        "Agreement exported to %1 (pages: %2), signed.").replace("%1", "afspraak.pdf").replace(
        "%2", str(view.last_export.pages))

    log = AccessLogExportDialog(session, None, window)  # goes with its window
    log.show()
    qtbot.waitUntil(lambda: not session.lane.busy, timeout=WAIT)
    log.format.setCurrentIndex(log.format.findData("csv"))
    as_csv = tmp_path / "toegangslog.csv"
    assert isinstance(log.export_to(str(as_csv)), Job) and asked(log) is None
    qtbot.waitUntil(lambda: as_csv.exists() and log.job is None, timeout=WAIT)

    log = AccessLogExportDialog(session, None, window)  # goes with its window
    log.show()
    qtbot.waitUntil(lambda: not session.lane.busy, timeout=WAIT)
    done = []
    log.exported.connect(done.append)
    as_pdf = tmp_path / "toegangslog.pdf"
    dialog = log.export_to(str(as_pdf), "pdf")
    assert isinstance(dialog, PassphraseDialog) and log.export_button.isEnabled()
    dialog.passphrase.setText(SECRET)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert done[0].signed and as_pdf.exists()
    assert window.statusBar().currentMessage() == log.tr(
        "Access log exported to %1: %2 row(s) on %3 page(s), signed.").replace(
        "%1", "toegangslog.pdf").replace("%2", str(done[0].rows)).replace(
        "%3", str(done[0].pages))
    details = {e.record_type: e.detail for e in exports_of(workspace)}
    assert details["agreement"].endswith(" signed")
    assert details["access_log"].startswith("pdf ") and details["access_log"].endswith(" signed")
    for path in (target, as_pdf):
        verdict = workspace.exports(team.lead).verify(path)
        assert verdict.ok and verdict.signature.intact and SIGNER in verdict.signature.signer
    assert no_warnings()


def test_the_settings_store_and_remove_the_certificate_of_the_profile(
        qtbot, workspace, session, p12, ini):
    current = workspace.settings().get()

    def opened() -> SettingsDialog:
        made = SettingsDialog(session, current, lambda _language: None)
        qtbot.addWidget(made)
        made.show()
        return made

    dialog = opened()
    ui = dialog.ui
    assert ui.certificate.text() == "" and not ui.clearCertificate.isEnabled()
    assert ui.certificateLabel.buddy() is ui.certificate  # reached by its mnemonic
    assert ui.browseCertificate.isEnabled() and ui.certificateNote.text()
    chooser = dialog.choose_certificate()
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()  # not blocking
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFile
    assert any("*.p12" in f and "*.pfx" in f for f in chooser.nameFilters())
    chooser.fileSelected.emit(str(p12))
    chooser.close()
    assert ui.certificate.text() == str(p12) and ui.clearCertificate.isEnabled()
    assert certificate_path(session.settings, session.actor.id) == ""  # only on OK
    ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert certificate_path(session.settings, session.actor.id) == str(p12)

    dialog = opened()  # shown again as stored; Cancel keeps it
    assert dialog.ui.certificate.text() == str(p12)
    dialog.ui.clearCertificate.click()
    assert dialog.ui.certificate.text() == ""
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert certificate_path(session.settings, session.actor.id) == str(p12)

    dialog = opened()
    dialog.ui.clearCertificate.click()
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert certificate_path(session.settings, session.actor.id) == ""
    session.settings.sync()
    assert str(p12) not in ini.read_text(encoding="utf-8")


def test_without_pyhanko_the_settings_say_signing_is_not_available(
        qtbot, workspace, session, p12, monkeypatch):
    monkeypatch.setattr(certificate_module, "available", lambda: False)
    dialog = SettingsDialog(session, workspace.settings().get(), lambda _language: None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    for w in (ui.certificate, ui.browseCertificate, ui.clearCertificate):
        assert not w.isEnabled()
    note = ui.certificateNote.text()
    assert note.startswith(dialog.tr("Signing is not available on this computer."))
    assert describe_text("Signing needs the optional package pyHanko: install wijkdesk with "
                         "pip install 'wijkdesk[signing]'.") in note


def test_the_document_check_names_the_signer(qtbot, workspace, session, p12, tmp_path):
    from wijkdesk.export.signature import Certificate

    target = tmp_path / "register.pdf"
    workspace.exports(session.actor).register(target, "pdf",
                                              certificate=Certificate(p12, SECRET))
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.show()
    boxes = []
    check_document(parent, session, target, boxes.append)
    qtbot.waitUntil(lambda: bool(boxes), timeout=WAIT)
    box = boxes[0]
    assert box.property("outcome") == Outcome.VERIFIED.value
    details = box.informativeText()
    assert SIGNER in details
    assert tr("VerifyDocument", "Signed by") in details
    assert tr("VerifyDocument", "intact: it covers the whole file") in details
    # a self-made certificate is on no list of this computer: the reader's own list decides
    assert tr("VerifyDocument", "not trusted by this computer, as with a team's own "
              "certificate: each reader's own list decides").replace("'", "&#x27;") in details
    box.close()

    unsigned = tmp_path / "unsigned.pdf"
    workspace.exports(session.actor).register(unsigned, "pdf")
    boxes.clear()
    check_document(parent, session, unsigned, boxes.append)
    qtbot.waitUntil(lambda: bool(boxes), timeout=WAIT)
    assert tr("VerifyDocument", "Signed by") not in boxes[0].informativeText()
    boxes[0].close()
