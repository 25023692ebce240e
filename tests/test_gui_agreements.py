"""Samenwerkingsafspraken in the window: writing and submitting, approving with the password
given again, a new version of a frozen one, comparing versions, and the review work
(offscreen, real widgets, a real encrypted database)."""

from __future__ import annotations

import csv
import threading
from datetime import date, timedelta
from types import SimpleNamespace

import openpyxl
import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from tests.conftest import audit_entries
from wijkdesk.domain.agreements import AgreementContent, AgreementState
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.role_matrix import Level
from wijkdesk.domain.roles import Role
from wijkdesk.errors import WrongPassword
from wijkdesk.gui.agreement_compare import ADDED, REMOVED, CompareDialog, word_diff
from wijkdesk.gui.agreement_dialogs import AgreementDialog, ApproveDialog, NoteDialog
from wijkdesk.gui.agreement_review import ReviewPage
from wijkdesk.gui.agreements import REGISTER_FORMATS, AgreementsPage, register_format
from wijkdesk.gui.lane import Job
from wijkdesk.gui.messages import describe
from wijkdesk.gui.raci import STATE_COLOURS, reason_name, state_name
from wijkdesk.gui.session import Session
from wijkdesk.services import export_content
from wijkdesk.services.demo import DEMO_ORGANISATION
from wijkdesk.services.profiles import NewProfile

MEMBER_PASSWORD = "medewerker-wachtwoord-6"
LEAD_PASSWORD = "teamleider-wachtwoord-6"
TEAM = "Wijkteam Noord"
TODAY = date.today()
WAIT = 20_000
S = AgreementState
DEMO_PASSWORDS = {"medewerker": "medewerker-wachtwoord-7", "teamleider": "teamleider-wachtwoord-7"}


def build_team(workspace, admin) -> SimpleNamespace:
    """A member, a team lead, a wijk with a buurt, and the team's matrix with a few cells."""
    profiles = workspace.profiles(admin)
    profiles.create(NewProfile("sanne", "Sanne Medewerker", MEMBER_PASSWORD, Role.TEAM_MEMBER))
    profiles.create(NewProfile("tessa", "Tessa Leider", LEAD_PASSWORD, Role.TEAM_LEAD))
    member = workspace.profiles().authenticate("sanne", MEMBER_PASSWORD)
    lead = workspace.profiles().authenticate("tessa", LEAD_PASSWORD)
    places = workspace.places(admin)
    gemeente = places.add(PlaceLevel.MUNICIPALITY, "GM9901", "Demostad")
    wijk = places.add(PlaceLevel.DISTRICT, "WK990101", "Noord", gemeente.id)
    places.add(PlaceLevel.NEIGHBOURHOOD, "BU99010101", "Zonnehoek", wijk.id)
    workspace.professionals(admin).add("Tessa Leider", "area_worker", TEAM, lead.id)
    roles = workspace.roles(admin)
    matrix = roles.open_matrix(TEAM)
    tasks = {t.code: t for t in roles.tasks()}
    types = {t.code: t for t in roles.types()}
    cells = [
        ("signal_neighbourhood", "community_worker", Level.RESPONSIBLE),
        ("signal_neighbourhood", "area_worker", Level.ACCOUNTABLE),
        ("kitchen_table", "social_professional", Level.RESPONSIBLE),
        ("kitchen_table", "area_worker", Level.INFORMED),
        ("organise_activities", "community_worker", Level.ACCOUNTABLE),
        ("organise_activities", "freelancer", Level.RESPONSIBLE),
        ("allocate_budget", "community_worker", Level.ACCOUNTABLE),  # a deliberate finding
        ("allocate_budget", "area_worker", Level.CONSULTED),
    ]
    roles.set_levels(matrix.id, [(tasks[t].id, types[p].id, lv) for t, p, lv in cells])
    roles.set_split(matrix.id, types["community_worker"].id, 20)
    return SimpleNamespace(member=member, lead=lead, matrix=matrix, wijk=wijk, tasks=tasks,
                           types=types)


def content(title: str = "Samen sterk in Noord", **changes) -> AgreementContent:
    values = dict(title=title, parties="Opbouwwerk Demostad; Wijkteam Noord",
                  team=TEAM, assignment="Bewoners ondersteunen bij hun eigen initiatieven.",
                  expected_results="Drie nieuwe initiatieven per jaar.",
                  mandate="De gebiedswerker beslist over het wijkbudget.",
                  period_from=TODAY - timedelta(days=400), hours_per_week=16,
                  budget_cents=250_000, review_on=TODAY + timedelta(days=200))
    values.update(changes)
    return AgreementContent(**values)


def approved(workspace, team, **changes):
    """An agreement written by the member and approved by the team lead (through services)."""
    member = workspace.agreements(team.member)
    made = member.create(content(**changes), team.matrix.id)
    member.submit(made.summary.id)
    return workspace.agreements(team.lead).approve(made.summary.id, LEAD_PASSWORD, "Akkoord.")


@pytest.fixture
def team(workspace, admin):
    return build_team(workspace, admin)


@pytest.fixture
def session_of(workspace, lane, tmp_path):
    def make(actor) -> Session:
        settings = QSettings(str(tmp_path / f"{actor.username}.ini"),
                             QSettings.Format.IniFormat)
        return Session(workspace, actor, lane, settings)
    return make


def open_page(qtbot, session: Session, *, show=None) -> AgreementsPage:
    page = AgreementsPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load(show=show)
    qtbot.waitUntil(lambda: not session.lane.busy, timeout=WAIT)
    if show is not None:
        qtbot.waitUntil(lambda: page.current is not None and page.current.summary.id == show,
                        timeout=WAIT)
    return page


def save(qtbot, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_a_member_writes_an_agreement_submits_it_and_cannot_approve(
        qtbot, workspace, team, session_of):
    session = session_of(team.member)
    page = open_page(qtbot, session)
    assert page.choices.teams == [TEAM]
    assert not page.actions_["approve"].isEnabled()
    dialog = page.new_agreement()
    assert isinstance(dialog, AgreementDialog)
    # sensible defaults: the only team, its matrix, the period from today, review in a year
    assert dialog.team.currentText() == TEAM
    assert dialog.matrix.currentData() == str(team.matrix.id)
    assert dialog.period_from.date() == QDate.currentDate()
    assert dialog.review.date() == QDate.currentDate().addYears(1)
    dialog.title_.setText("Wie doet wat in Noord")
    dialog.parties.setPlainText("Opbouwwerk Demostad\nWijkteam Noord")
    dialog.assignment.setPlainText("Samen de wijkagenda maken.")
    dialog.area.setCurrentIndex(dialog.area.findData(str(team.wijk.id)))
    dialog.hours.setValue(12)
    dialog.budget.setValue(1234.56)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: gone(dialog), timeout=WAIT)
    qtbot.waitUntil(lambda: page.current is not None, timeout=WAIT)
    made = workspace.agreements(team.member).get(page.current.summary.id)
    assert made.content.budget_cents == 123_456  # euros typed, cents kept
    assert made.content.hours_per_week == 12 and made.content.place_id == team.wijk.id
    assert made.matrix_id == team.matrix.id and made.snapshot.cells  # the matrix came along
    assert made.summary.state is S.DRAFT
    assert page.actions_["edit"].isEnabled() and page.actions_["submit"].isEnabled()

    note = page.submit()
    assert isinstance(note, NoteDialog)
    note.note.setPlainText("Graag voor de teamdag bekijken.")
    save(qtbot, note)
    qtbot.waitUntil(lambda: page.current.summary.state is S.SUBMITTED, timeout=WAIT)
    table = page.listing.table
    qtbot.waitUntil(lambda: table.rowCount() == 1
                    and table.item(0, 4).text() == state_name(S.SUBMITTED), timeout=WAIT)
    assert table.item(0, 4).background().color() == STATE_COLOURS[S.SUBMITTED]
    # a member neither approves nor changes what is with the team lead
    assert not page.actions_["approve"].isEnabled()
    assert not page.buttons_["approve"].isEnabled()
    assert not page.actions_["send_back"].isEnabled()
    assert not page.actions_["edit"].isEnabled()
    assert page.approve() is None and page.edit() is None
    assert not any(isinstance(w, ApproveDialog) for w in QApplication.topLevelWidgets())
    assert page.current.steps[-1].note == "Graag voor de teamdag bekijken."


def test_the_team_lead_approves_only_with_the_right_password(qtbot, workspace, team,
                                                            session_of):
    member = workspace.agreements(team.member)
    made = member.create(content(), team.matrix.id)
    member.submit(made.summary.id)
    page = open_page(qtbot, session_of(team.lead), show=made.summary.id)
    assert page.actions_["approve"].isEnabled() and page.actions_["send_back"].isEnabled()
    dialog = page.approve()
    assert isinstance(dialog, ApproveDialog)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.note.setPlainText("Akkoord; evaluatie na een jaar met het hele team.")
    dialog.password.setText("niet-mijn-wachtwoord")
    save(qtbot, dialog)
    wrong = describe(WrongPassword("The password is wrong; the agreement is not approved."))
    qtbot.waitUntil(lambda: dialog.message.text() == wrong, timeout=WAIT)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.password.text() == ""  # typed again, not kept
    assert workspace.agreements(team.lead).get(made.summary.id).summary.state is S.SUBMITTED

    dialog.password.setText(LEAD_PASSWORD)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: gone(dialog), timeout=WAIT)
    qtbot.waitUntil(lambda: page.current.summary.state is S.APPROVED, timeout=WAIT)
    stored = workspace.agreements(team.lead).get(made.summary.id)
    assert stored.summary.state is S.APPROVED and stored.summary.approved_by_name == "Tessa Leider"
    step = page.current.steps[-1]
    assert (step.from_state, step.to_state, step.by_name) == ("submitted", S.APPROVED,
                                                              "Tessa Leider")
    shown = page.detail_pane.text.toPlainText()
    assert "Akkoord; evaluatie na een jaar met het hele team." in shown
    assert f"{state_name(S.SUBMITTED)} → {state_name(S.APPROVED)}" in shown
    pane = page.detail_pane
    assert pane.notice.isVisible()
    assert pane.notice.text() == pane.tr("Frozen — changing it makes a new version.")


def test_an_approved_version_changes_only_in_a_new_version(qtbot, workspace, team, session_of):
    first = approved(workspace, team)
    page = open_page(qtbot, session_of(team.member), show=first.summary.id)
    assert not page.actions_["edit"].isVisible() and not page.buttons_["edit"].isVisible()
    assert page.buttons_["new_version"].isVisible() and page.actions_["new_version"].isEnabled()
    assert page.edit() is None
    assert not page.actions_["compare"].isEnabled()  # one version: nothing to compare
    # the context menu offers the same steps as the buttons
    table = page.listing.table
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(0, 0)).center())
    qtbot.waitUntil(page.menu.isVisible, timeout=WAIT)
    offered = [a.text() for a in page.menu.actions() if a.isVisible() and a.isEnabled()]
    assert page.actions_["new_version"].text() in offered
    assert page.actions_["edit"].text() not in offered
    page.menu.close()
    # and so does the keyboard
    page.activateWindow()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, AgreementDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    editor = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AgreementDialog) and w.isVisible())
    assert editor.version.summary.version == 2 and editor.version.summary.state is S.DRAFT
    assert editor.title_.text() == "Samen sterk in Noord"  # the new draft starts from v1
    editor.title_.setText("Samen sterker in Noord")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: gone(editor), timeout=WAIT)
    qtbot.waitUntil(lambda: page.current.summary.version == 2
                    and page.current.content.title == "Samen sterker in Noord", timeout=WAIT)
    versions = workspace.agreements(team.member).versions(first.summary.series_id)
    assert [(v.version, v.state, v.title) for v in versions] == [
        (1, S.APPROVED, "Samen sterk in Noord"), (2, S.DRAFT, "Samen sterker in Noord")]
    assert page.listing.versions.rowCount() == 2 and page.actions_["compare"].isEnabled()
    assert page.actions_["edit"].isVisible() and page.actions_["edit"].isEnabled()


def test_the_comparison_shows_a_changed_title_and_a_changed_matrix_cell(
        qtbot, workspace, team, session_of, admin):
    first = approved(workspace, team)
    member = workspace.agreements(team.member)
    draft = member.new_version(first.summary.id)
    task, ptype = team.tasks["kitchen_table"], team.types["area_worker"]
    workspace.roles(admin).set_levels(team.matrix.id, [(task.id, ptype.id, Level.CONSULTED)])
    member.update(draft.summary.id, content(title="Samen sterker in Noord"), team.matrix.id)
    page = open_page(qtbot, session_of(team.member), show=draft.summary.id)
    dialog = page.compare()
    assert isinstance(dialog, CompareDialog)
    assert dialog.old_combo.currentData() == str(first.summary.id)  # previous and newest
    assert dialog.new_combo.currentData() == str(draft.summary.id)
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=WAIT)
    assert [f.field for f in dialog.comparison.fields] == ["title"]
    (cell,) = dialog.comparison.cells
    assert (cell.task, cell.old, cell.new) == ("Keukentafelgesprek en ondersteuningsplan",
                                               "I", "C")
    html, text = dialog.view.toHtml(), dialog.view.toPlainText()
    assert "Samen sterk in Noord" in text and "Samen sterker in Noord" in text
    assert "Keukentafelgesprek en ondersteuningsplan" in text
    assert "sterker" in html and "line-through" in html  # the changed word is marked
    dialog.only_changes.setChecked(True)
    assert "Drie nieuwe initiatieven per jaar." not in dialog.view.toPlainText()
    assert "Samen sterker in Noord" in dialog.view.toPlainText()
    dialog.close()


def test_word_differences_mark_only_the_words_that_changed():
    left, right = word_diff("de buurt doet mee", "de hele buurt doet niet mee")
    assert left == "de buurt doet mee"  # nothing taken out
    assert right.count(f'<span style="{ADDED}">') == 2
    assert ">hele</span> " in right and ">niet</span> " in right  # the space is not marked
    left, right = word_diff("drie <initiatieven>", "vier <initiatieven>")
    assert f'<span style="{REMOVED}">drie</span> ' in left and "&lt;initiatieven&gt;" in left


def test_the_review_queue_and_the_calendar_of_review_dates(qtbot, workspace, team, session_of,
                                                           tmp_path):
    lead = session_of(team.lead)
    empty = ReviewPage(lead)
    qtbot.addWidget(empty)
    empty.show()
    empty.load()
    qtbot.waitUntil(lambda: not lead.lane.busy, timeout=WAIT)
    assert empty.empty.isVisible() and not empty.table.isVisible()
    assert empty.empty.text() == empty.tr("Nothing to review")

    member = workspace.agreements(team.member)
    waiting = member.create(content("Buurtpreventie"), team.matrix.id)
    member.submit(waiting.summary.id)
    late = approved(workspace, team, title="Taalcafé", review_on=TODAY - timedelta(days=10))
    later = approved(workspace, team, title="Moestuin",
                     review_on=TODAY + timedelta(days=300))  # not due: not in the queue
    page = ReviewPage(lead)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT)
    from wijkdesk.domain.agreements import ReviewReason

    assert [page.table.item(r, 0).text() for r in range(2)] == [
        reason_name(ReviewReason.AWAITING_APPROVAL), reason_name(ReviewReason.REVIEW_OVERDUE)]
    assert [page.table.item(r, 1).text() for r in range(2)] == ["Buurtpreventie", "Taalcafé"]
    assert page.table.item(1, 4).text() == state_name(S.APPROVED)
    assert page.table.item(1, 3).foreground().color() != page.table.item(0, 3).foreground(
        ).color()  # the passed date stands out
    page.table.setFocus()
    page.table.setCurrentCell(1, 1)
    with qtbot.waitSignal(page.open_requested, timeout=WAIT) as asked:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert asked.args == [late.summary.id]

    target = tmp_path / "evaluaties-wijkdesk.ics"
    chooser = page.export_calendar()
    assert chooser.isVisible()  # not blocking: the test goes on while it is open
    assert chooser.selectedFiles()[0].endswith("evaluaties-wijkdesk.ics")
    chooser.fileSelected.emit(str(target))
    chooser.close()
    qtbot.waitUntil(lambda: page.exported is not None, timeout=WAIT)
    calendar = target.read_text()
    assert page.exported == 2 and calendar.count("BEGIN:VEVENT") == 2  # approved ones only
    for agreement in (late, later):
        assert f"DTSTART;VALUE=DATE:{agreement.summary.review_on:%Y%m%d}" in calendar
    assert "Buurtpreventie" not in calendar


def test_an_agreements_page_forgets_everything_when_cleared(qtbot, workspace, team,
                                                           session_of):
    first = approved(workspace, team)
    page = open_page(qtbot, session_of(team.lead), show=first.summary.id)
    assert "Samen sterk in Noord" in page.detail_pane.text.toPlainText()
    assert page.detail_pane.snapshot.rowCount() == len(team.tasks)
    page.clear()
    assert page.listing.table.rowCount() == 0 and page.detail_pane.text.toPlainText() == ""
    assert page.current is None and not page.actions_["withdraw"].isEnabled()


def test_the_shown_version_is_exported_as_a_pdf(qtbot, workspace, team, session_of, tmp_path):
    first = approved(workspace, team)
    session = session_of(team.member)
    window = QMainWindow()  # the confirmation goes to its status bar
    qtbot.addWidget(window)
    page = AgreementsPage(session)
    window.setCentralWidget(page)
    window.resize(1280, 800)
    window.show()
    action, button = page.actions_["pdf"], page.buttons_["pdf"]
    assert not action.isEnabled() and page.export_pdf() is None  # nothing shown yet
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P") and action in page.menu.actions()
    page.load(show=first.summary.id)
    qtbot.waitUntil(lambda: page.current is not None, timeout=WAIT)
    assert action.isEnabled() and button.isEnabled() and button.isVisible()

    chooser = page.export_pdf()
    assert chooser.isVisible()  # not blocking: the test goes on while it is open
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    shown = page.current.summary
    assert chooser.selectedFiles()[0].endswith(f"afspraak-{shown.id.hex[-8:]}-v1.pdf")
    chooser.close()
    target = tmp_path / "afspraak noord.pdf"
    job = page.export_pdf_to(str(target))  # what the chooser's fileSelected calls
    assert isinstance(job, Job)  # on the lane, behind a progress dialog with Stop
    qtbot.waitUntil(lambda: page.exported_pdf is not None, timeout=WAIT)
    assert page.exported_pdf == target
    assert target.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(str(target))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Samen sterk in Noord" in text and "Wie doet wat" in text
    message = window.statusBar().currentMessage()
    assert "afspraak noord.pdf" in message and str(len(reader.pages)) in message
    assert str(tmp_path) not in message  # the name only
    (entry,) = [e for e in audit_entries(workspace) if e.event == "export"]
    assert (entry.record_type, entry.record_id, entry.actor_id) == (
        "agreement", str(first.summary.id), team.member.id)
    assert entry.detail.startswith("pdf doc=") and str(page.last_export.document_id) in \
        entry.detail
    # the chooser is wired to that method, for the version shown when it was opened
    again = page.export_pdf()
    second = tmp_path / "tweede.pdf"
    again.fileSelected.emit(str(second))
    again.close()
    qtbot.waitUntil(lambda: page.exported_pdf == second, timeout=WAIT)
    assert second.read_bytes().startswith(b"%PDF-")


@pytest.fixture
def demo(workspace, admin):
    """The demo town's agreements (every state, two versions of one) and its team member."""
    workspace.demo(admin).generate(households=5, seed=7)
    workspace.demo(admin).add_team(DEMO_PASSWORDS)
    return workspace.profiles().authenticate("medewerker", DEMO_PASSWORDS["medewerker"])


def window_with_page(qtbot, session: Session) -> tuple[QMainWindow, AgreementsPage]:
    window = QMainWindow()  # the confirmations go to its status bar
    qtbot.addWidget(window)
    page = AgreementsPage(session)
    window.setCentralWidget(page)
    window.resize(1280, 800)
    window.show()
    page.load()
    qtbot.waitUntil(lambda: not session.lane.busy and page.listing.table.rowCount() > 0,
                    timeout=WAIT)
    return window, page


def register_exports(workspace) -> list:
    return [e for e in audit_entries(workspace)
            if e.event == "export" and e.record_type == "agreement_register"]


def every_version(workspace, actor) -> set[tuple[str, str]]:
    agreements = workspace.agreements(actor)
    return {(v.title, str(v.version)) for newest in agreements.list()
            for v in agreements.versions(newest.series_id)}


def test_the_register_format_follows_the_typed_extension_else_the_filter():
    pdf, csv_filter, xlsx = (f for f, _fmt in REGISTER_FORMATS)
    assert register_format("/tmp/register.xlsx", pdf) == "xlsx"  # typed wins
    assert register_format("/tmp/REGISTER.CSV", xlsx) == "csv"
    assert register_format("/tmp/register", csv_filter) == "csv"  # no extension: the filter
    assert register_format("/tmp/register.txt", xlsx) == "xlsx"
    assert register_format("/tmp/register", "") == "pdf"


def test_the_register_is_exported_as_pdf_csv_and_xlsx_from_the_page(
        qtbot, workspace, demo, session_of, tmp_path):
    session = session_of(demo)  # a team member: reading is enough
    window, page = window_with_page(qtbot, session)
    action, button = page.actions_["register"], page.buttons_["register"]
    assert action.isEnabled() and button.isVisible() and button.isEnabled()
    assert action in page.menu.actions()
    keys = [a.shortcut() for a in page.actions_.values()]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+X") and keys.count(action.shortcut()) == 1
    assert "&" in action.text()  # a mnemonic

    # the keyboard opens the chooser; it does not block, and names no one
    page.activateWindow()
    page.listing.table.setFocus()
    qtbot.keyClick(page.listing.table, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(QFileDialog)),
                    timeout=WAIT)
    chooser = next(d for d in page.findChildren(QFileDialog) if d.isVisible())
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert chooser.nameFilters() == [f for f, _fmt in REGISTER_FORMATS]
    assert chooser.selectedFiles()[0].endswith(f"/register-afspraken-{TODAY.isoformat()}.pdf")
    # choosing the CSV filter changes the name's extension along with the format
    csv_filter = REGISTER_FORMATS[1][0]
    chooser.selectNameFilter(csv_filter)
    chooser.filterSelected.emit(csv_filter)
    assert chooser.selectedFiles()[0].endswith(f"/register-afspraken-{TODAY.isoformat()}.csv")
    as_csv = tmp_path / "register"  # no extension typed: the filter says CSV
    chooser.fileSelected.emit(str(as_csv))
    chooser.close()
    qtbot.waitUntil(lambda: page.exported_register == as_csv, timeout=WAIT)
    with as_csv.open(encoding="utf-8-sig", newline="") as fh:
        header, *rows = list(csv.reader(fh, delimiter=";"))
    assert header == [c.title for c in export_content.REGISTER_COLUMNS]
    versions = every_version(workspace, demo)
    assert len(versions) >= 7 and any(v == "2" for _t, v in versions)  # the demo's, v2 too
    assert len(rows) == len(versions)
    assert {(r[0], r[3]) for r in rows} == versions  # one row per version, every agreement
    assert window.statusBar().currentMessage() == page.tr(
        "Register exported to %1 (rows: %2).").replace("%1", "register").replace(
        "%2", str(len(rows)))  # the name only, not the folder

    as_pdf = tmp_path / "register.pdf"
    page.export_register_to(str(as_pdf), "pdf")
    qtbot.waitUntil(lambda: page.exported_register == as_pdf, timeout=WAIT)
    reader = PdfReader(str(as_pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Register van samenwerkingsafspraken" in text
    assert DEMO_ORGANISATION in text  # the demo names its (invented) organisation
    assert page.last_export.pages == len(reader.pages) and page.last_export.rows == len(rows)
    assert window.statusBar().currentMessage() == page.tr(
        "Register exported to %1 (rows: %2; pages: %3).").replace("%1", "register.pdf").replace(
        "%2", str(len(rows))).replace("%3", str(len(reader.pages)))

    # the typed extension wins over the PDF filter
    as_xlsx = tmp_path / "register.xlsx"
    page.export_register_to(str(as_xlsx), register_format(str(as_xlsx), REGISTER_FORMATS[0][0]))
    qtbot.waitUntil(lambda: page.exported_register == as_xlsx, timeout=WAIT)
    book = openpyxl.load_workbook(as_xlsx, read_only=True)
    listed = list(book.worksheets[0].iter_rows(values_only=True))
    assert len(listed) == len(rows) + 1
    assert {(r[0], str(r[3])) for r in listed[1:]} == versions
    about = dict(book["Verantwoording"].iter_rows(values_only=True))
    assert about["Organisatie"] == DEMO_ORGANISATION
    book.close()

    entries = register_exports(workspace)
    assert [e.detail.split()[0] for e in entries] == ["csv", "pdf", "xlsx"]  # one per file
    assert all(e.actor_id == demo.id and e.client_id is None for e in entries)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_stop_in_the_progress_dialog_leaves_no_file_and_no_entry(
        qtbot, workspace, demo, session_of, tmp_path, monkeypatch):
    session = session_of(demo)
    window, page = window_with_page(qtbot, session)
    # hold the export once it has begun (its file opened, its rows counted) until Stop is
    # pressed, so the stop lands in the middle, whatever the speed of the machine
    begun, go_on = threading.Event(), threading.Event()
    count = export_content.register_count

    def held(s):  # noqa: ANN001, ANN202
        begun.set()
        go_on.wait(WAIT / 1000)
        return count(s)

    monkeypatch.setattr(export_content, "register_count", held)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "register.xlsx"
    before = len(audit_entries(workspace))
    page.export_register_to(str(target), "xlsx")
    assert begun.wait(WAIT / 1000)
    progress = page.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=WAIT)  # shown while the export runs
    progress.findChild(QPushButton).click()  # Stop
    go_on.set()
    qtbot.waitUntil(lambda: not session.lane.busy, timeout=WAIT)
    qtbot.waitUntil(lambda: not shiboken6.isValid(progress) or not progress.isVisible(),
                    timeout=WAIT)
    assert not target.exists() and list(folder.iterdir()) == []  # no part file left either
    assert page.exported_register is None
    assert len(audit_entries(workspace)) == before and not register_exports(workspace)
    assert window.statusBar().currentMessage() == page.tr(
        "Export stopped; no file was written.")
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]  # no warning for a Stop

    # and the next export, left alone, is written
    monkeypatch.setattr(export_content, "register_count", count)
    page.export_register_to(str(target), "xlsx")
    qtbot.waitUntil(lambda: page.exported_register == target, timeout=WAIT)
    assert target.read_bytes().startswith(b"PK") and len(register_exports(workspace)) == 1


def test_a_register_that_cannot_be_written_says_why(qtbot, workspace, demo, session_of,
                                                    tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: warned.append((title, text)))
    session = session_of(demo)
    _window, page = window_with_page(qtbot, session)
    page.export_register_to(str(tmp_path / "no such folder" / "register.csv"), "csv")
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert warned[0][0] == page.tr("Export register")
    assert page.exported_register is None and not register_exports(workspace)
