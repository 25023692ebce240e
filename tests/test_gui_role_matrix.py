"""The responsibility-matrix editor (offscreen, real widgets): keys set levels in one write per
selection, undo restores what the database had, the findings follow the edits, a finding
selects its cells, the agreed split is saved, and the tasks dialog adds a row."""

import pytest
import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QStyledItemDelegate

from tests.conftest import ADMIN_PASSWORD
from wijkdesk.app import initialise, open_workspace
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.role_matrix import Level, Rule
from wijkdesk.domain.roles import Permission, Role, may
from wijkdesk.gui.lane import Lane
from wijkdesk.gui.role_matrix import FINDING_ROLE, MatrixPage
from wijkdesk.gui.role_matrix_model import FIRST_TYPE, MatrixModel
from wijkdesk.gui.role_reference import TaskDialog
from wijkdesk.gui.session import Session
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.roles import RoleService

LEAD_PASSWORD = "teamleider-wachtwoord-6"
TEAM = "Wijkteam Ooievaarsnest"
WAIT = 20_000


@pytest.fixture
def lead_session(locations, passphrase, tmp_path):
    """A team lead signed in on a fresh workspace whose team has a professional and a wijk."""
    def populate(builder, actor):
        lead = builder.profiles(actor).create(
            NewProfile("tessa", "Tessa Leider", LEAD_PASSWORD, Role.TEAM_LEAD))
        builder.professionals(actor).add("Tessa Leider", "area_worker", TEAM, lead.id)
        places = builder.places(actor)
        town = places.add(PlaceLevel.MUNICIPALITY, "GM9901", "Proefdorp")
        places.add(PlaceLevel.DISTRICT, "WK990101", "Kikkerbuurt-Oost", town.id)

    workspace, _ = initialise(locations, passphrase,
                              NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD), populate)
    workspace.close()
    workspace = open_workspace(locations, passphrase)
    actor = workspace.profiles().authenticate("tessa", LEAD_PASSWORD)
    lane = Lane()
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    yield Session(workspace, actor, lane, settings)
    lane.shutdown()
    workspace.close()


def _open(qtbot, session) -> MatrixPage:
    page = MatrixPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.load()
    qtbot.waitUntil(lambda: page.current_matrix_id is not None and not session.lane.busy,
                    timeout=WAIT)
    return page


def _roles(session) -> RoleService:
    return session.workspace.roles(session.actor)


def _stored(session, page, cell):
    return _roles(session).matrix(page.current_matrix_id).levels.get(cell)


def _settled(qtbot, session) -> None:
    qtbot.waitUntil(lambda: not session.lane.busy, timeout=WAIT)


def _select(page, cells) -> None:
    selection = QItemSelection()
    for cell in cells:
        index = page.model.index_of(cell)
        selection.select(index, index)
    page.table.setFocus()
    page.table.selectionModel().setCurrentIndex(page.model.index_of(cells[0]),
                                                QItemSelectionModel.SelectionFlag.NoUpdate)
    page.table.selectionModel().select(selection,
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _findings(page):
    return [page.findings.item(n).data(FINDING_ROLE) for n in range(page.findings.count())]


def _cells(page, row, columns):
    return [page.model.cell(page.model.index(row, FIRST_TYPE + c)) for c in columns]


def test_typing_a_letter_stores_the_level_and_undo_restores_the_database(qtbot, lead_session):
    page = _open(qtbot, lead_session)
    cell = _cells(page, 0, [1])[0]
    _roles(lead_session).set_levels(page.current_matrix_id, [(*cell, Level.CONSULTED)])
    page.load()
    _settled(qtbot, lead_session)
    assert page.model.level(cell) is Level.CONSULTED
    shown = []
    page.view_changed.connect(shown.append)

    _select(page, [cell])
    qtbot.keyClick(page.table, "a")  # lower case counts
    assert page.model.level(cell) is Level.ACCOUNTABLE  # at once, before the write lands
    assert shown and shown[-1].levels[cell] is Level.ACCOUNTABLE  # the role map hears it
    _settled(qtbot, lead_session)
    assert _stored(lead_session, page, cell) is Level.ACCOUNTABLE

    page.activateWindow()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, lead_session)
    assert _stored(lead_session, page, cell) is Level.CONSULTED
    assert page.model.level(cell) is Level.CONSULTED
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    _settled(qtbot, lead_session)
    assert _stored(lead_session, page, cell) is Level.ACCOUNTABLE

    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # A → C
    _settled(qtbot, lead_session)
    assert _stored(lead_session, page, cell) is Level.CONSULTED


def test_a_selection_is_cleared_in_one_write(qtbot, lead_session, monkeypatch):
    page = _open(qtbot, lead_session)
    cells = _cells(page, 2, [0, 2, 4])
    _roles(lead_session).set_levels(page.current_matrix_id, [
        (*cells[0], Level.RESPONSIBLE), (*cells[1], Level.ACCOUNTABLE),
        (*cells[2], Level.INFORMED)])
    page.load()
    _settled(qtbot, lead_session)
    calls = []
    original = RoleService.set_levels

    def counted(self, matrix_id, changes):
        calls.append(list(changes))
        return original(self, matrix_id, changes)

    monkeypatch.setattr(RoleService, "set_levels", counted)
    _select(page, cells)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _settled(qtbot, lead_session)
    assert len(calls) == 1 and {(t, p) for t, p, _ in calls[0]} == set(cells)
    assert all(_stored(lead_session, page, c) is None for c in cells)

    page.undo_action.trigger()  # the three come back together
    _settled(qtbot, lead_session)
    assert len(calls) == 2
    assert [_stored(lead_session, page, c) for c in cells] == [
        Level.RESPONSIBLE, Level.ACCOUNTABLE, Level.INFORMED]


def test_the_findings_follow_each_edit_and_select_their_cells(qtbot, lead_session):
    page = _open(qtbot, lead_session)
    task = page.model.tasks[0]
    first, second = _cells(page, 0, [0, 3])

    def rules_of_task():
        return {f.rule for f in _findings(page) if f.task_id == task.id}

    assert Rule.NO_ACCOUNTABLE in rules_of_task()
    _select(page, [first])
    qtbot.keyClick(page.table, "A")
    assert Rule.NO_ACCOUNTABLE not in rules_of_task()  # no wait: the analysis is local
    assert Rule.SEVERAL_ACCOUNTABLE not in rules_of_task()
    _select(page, [second])
    qtbot.keyClick(page.table, "A")
    assert Rule.SEVERAL_ACCOUNTABLE in rules_of_task()
    _settled(qtbot, lead_session)

    row = next(n for n, f in enumerate(_findings(page))
               if f.rule is Rule.SEVERAL_ACCOUNTABLE and f.task_id == task.id)
    page.table.clearSelection()
    item = page.findings.item(row)
    page.findings.scrollToItem(item)
    qtbot.mouseClick(page.findings.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.findings.visualItemRect(item).center())
    chosen = {page.model.cell(i) for i in page.table.selectionModel().selectedIndexes()}
    assert chosen == {first, second}
    assert page.explanation.text()
    # a finding over a whole row selects the row's cells, and Enter takes the user there
    row = next(n for n, f in enumerate(_findings(page)) if f.rule is Rule.NO_ACCOUNTABLE)
    page.findings.setFocus()
    page.findings.setCurrentRow(row)
    qtbot.keyClick(page.findings, Qt.Key.Key_Return)
    finding = _findings(page)[row]
    chosen = {page.model.cell(i) for i in page.table.selectionModel().selectedIndexes()}
    assert chosen == set(finding.cells) and len(chosen) == len(page.model.types)
    assert page.table.hasFocus()


def test_the_list_editor_sets_a_cell(qtbot, lead_session):
    page = _open(qtbot, lead_session)
    cell = _cells(page, 1, [2])[0]
    index = page.model.index_of(cell)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert editor is not None
    editor.setCurrentIndex(editor.findData("I"))
    delegate = page.table.itemDelegateForIndex(index)
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
    _settled(qtbot, lead_session)
    assert _stored(lead_session, page, cell) is Level.INFORMED


def test_the_agreed_split_is_saved_and_undone(qtbot, lead_session):
    page = _open(qtbot, lead_session)
    qtbot.waitUntil(lambda: page.split_table.rowCount() == len(page.model.types),
                    timeout=WAIT)
    ptype = page.model.types[1]

    def agreed():
        rows = _roles(lead_session).splits(page.current_matrix_id)
        return next(r.agreed_individual for r in rows if r.type_id == ptype.id)

    spin = page.split_spin(ptype.id)
    spin.setValue(35)
    qtbot.waitUntil(lambda: agreed() == 35, timeout=WAIT)
    assert page.model.current_view(page.agreed).splits[ptype.id] == 35
    page.undo_action.trigger()
    _settled(qtbot, lead_session)
    assert agreed() is None
    assert page.split_spin(ptype.id).value() == spin.minimum()  # shown as "not agreed"


def test_a_refused_edit_puts_the_old_level_back(qtbot, lead_session, monkeypatch):
    page = _open(qtbot, lead_session)
    failures = []
    monkeypatch.setattr("wijkdesk.gui.role_matrix.fail",
                        lambda _w, _t, exc: failures.append(exc))
    task = page.model.tasks[-1]
    cell = _cells(page, len(page.model.tasks) - 1, [0])[0]
    _roles(lead_session).retire_task(task.id)  # behind the page's back
    _select(page, [cell])
    qtbot.keyClick(page.table, "r")
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT)
    assert page.model.level(cell) is None
    assert page.undo_stack.count() == 0  # the refused step left the history
    _settled(qtbot, lead_session)
    assert task.id not in {t.id for t in page.model.tasks}  # read again


def test_the_tasks_dialog_adds_a_task_that_becomes_a_row(qtbot, lead_session):
    page = _open(qtbot, lead_session)
    assert page.tasks_button.isEnabled()
    assert not page.types_button.isEnabled()  # types are for administrators
    dialog = page.manage_tasks()
    qtbot.waitUntil(lambda: bool(dialog.tasks), timeout=WAIT)
    adding = dialog.add_task()
    assert isinstance(adding, TaskDialog)
    adding.name.setText("Buurtkompas bijhouden")
    adding.domain.setCurrentIndex(2)
    adding.policy.setChecked(True)
    adding.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(adding), timeout=WAIT)
    qtbot.waitUntil(lambda: any(t.name == "Buurtkompas bijhouden" for t in page.model.tasks),
                    timeout=WAIT)
    task = next(t for t in page.model.tasks if t.name == "Buurtkompas bijhouden")
    assert task.policy and task.domain_id == dialog.domains[2].id
    row = page.model.tasks.index(task)
    assert page.model.index(row, 1).data() == "Buurtkompas bijhouden"
    # a new task has no owner yet, and the analysis says so
    assert {f.rule for f in _findings(page) if f.task_id == task.id} >= {
        Rule.NO_ACCOUNTABLE, Rule.NO_RESPONSIBLE}


def test_a_profile_that_may_not_write_sees_the_matrix_read_only(qtbot, lead_session,
                                                               monkeypatch):
    _roles(lead_session).open_matrix(TEAM)
    monkeypatch.setattr(Session, "may", lambda self, p: p is not Permission.WRITE_RECORDS
                        and may(self.actor.role, p))
    page = _open(qtbot, lead_session)
    cell = _cells(page, 0, [0])[0]
    assert not page.model.flags(page.model.index_of(cell)) & Qt.ItemFlag.ItemIsEditable
    _select(page, [cell])
    qtbot.keyClick(page.table, "a")
    _settled(qtbot, lead_session)
    assert page.model.level(cell) is None and _stored(lead_session, page, cell) is None
    assert page.notice.isVisible()


def test_the_scope_bar_opens_a_new_team_and_a_wijk(qtbot, lead_session):
    page = _open(qtbot, lead_session)
    assert page.model.view.info.team == TEAM and page.model.view.info.place_id is None
    first = page.current_matrix_id
    page.team.setFocus()
    page.team.lineEdit().selectAll()
    qtbot.keyClicks(page.team.lineEdit(), "Wijkteam Zuidpunt")
    qtbot.keyClick(page.team.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.view.info.team == "Wijkteam Zuidpunt", timeout=WAIT)
    _settled(qtbot, lead_session)
    assert page.current_matrix_id != first
    assert {m.team for m in _roles(lead_session).matrices()} == {TEAM, "Wijkteam Zuidpunt"}

    wijk = page.area.findText("Kikkerbuurt-Oost")
    page.area.setCurrentIndex(wijk)
    page.area.activated.emit(wijk)
    qtbot.waitUntil(lambda: page.model.view.info.place_name == "Kikkerbuurt-Oost",
                    timeout=WAIT)
    _settled(qtbot, lead_session)
    assert page.model.view.info.team == "Wijkteam Zuidpunt"
    assert len(_roles(lead_session).matrices()) == 3


def test_an_edit_made_while_the_matrix_is_read_again_stays_on_screen(qtbot, lead_session):
    page = _open(qtbot, lead_session)
    cell = _cells(page, 3, [2])[0]
    page.load()  # queued before the write: it reads the matrix without the new level
    _select(page, [cell])
    qtbot.keyClick(page.table, "i")
    _settled(qtbot, lead_session)
    assert _stored(lead_session, page, cell) is Level.INFORMED
    assert page.model.level(cell) is Level.INFORMED


def test_a_cleared_page_shapes_its_empty_table(qtbot, lead_session):
    """The window locks: the model is emptied and the table shaped for no tasks at all."""
    page = _open(qtbot, lead_session)
    assert page.model.domain_spans()
    page.clear()  # an exception in the table's shaping would fail the test (pytest-qt)
    assert page.model.rowCount() == 0 and page.model.domain_spans() == []
    assert MatrixModel().domain_spans() == []
