"""Samenwerkingsafspraken: the lifecycle and who may take each step, the frozen version (in the
service and in the database file), new versions and their comparison, the review queue and the
review calendar, and the validation of what an agreement says."""

import importlib.util
import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from tests.conftest import REPO, audit_entries, make_profile
from wijkdesk.domain.agreements import (
    AgreementContent,
    AgreementState,
    CellChange,
    FieldChange,
    ReviewReason,
)
from wijkdesk.domain.role_matrix import Level
from wijkdesk.domain.roles import Role
from wijkdesk.errors import (
    AuthenticationFailed,
    Conflict,
    LockedRecord,
    LoginThrottled,
    PermissionDenied,
    ValidationError,
    WrongPassword,
)
from wijkdesk.store.models import Agreement, Profile
from wijkdesk.store.types import utcnow

S = AgreementState
LEAD_PASSWORD = "leider-wachtwoord-1"  # noqa: S105 (synthetic test profile)


def content(**changes) -> AgreementContent:
    base = AgreementContent(
        title="Afspraken Team Noord (test)", parties="Wijkteam, opbouwwerk (verzonnen)",
        team="Team Noord", assignment="Samen de buurt versterken.",
        expected_results="Meer bewoners doen mee.", mutual_expectations="Elkaar informeren.",
        mandate="De gebiedswerker beslist over het wijkbudget.",
        evaluation_criteria="Aantal initiatieven.", hours_per_week=24, budget_cents=150_000)
    return replace(base, **changes)








@pytest.fixture
def other_member(workspace, admin):
    return make_profile(workspace, admin, "collega", Role.TEAM_MEMBER)




def _read_state(workspace, agreement_id) -> AgreementState:
    with workspace.store.read() as s:
        return S(s.scalar(select(Agreement.state).where(Agreement.id == agreement_id)))


def _submitted(workspace, writer, **changes):
    svc = workspace.agreements(writer)
    made = svc.create(content(**changes))
    return svc.submit(made.summary.id, "Graag bekijken.").summary.id


def _approved(workspace, writer, lead, **changes):
    agreement_id = _submitted(workspace, writer, **changes)
    workspace.agreements(lead).approve(agreement_id, LEAD_PASSWORD, "Akkoord.")
    return agreement_id


# The lifecycle -------------------------------------------------------------------------------


def test_draft_submitted_approved_with_a_trail_of_who_and_why(workspace, member, lead):
    mine = workspace.agreements(member)
    draft = mine.create(content())
    assert draft.summary.state is S.DRAFT and draft.summary.version == 1
    assert draft.created_by_name == "Test Lid"
    submitted = mine.submit(draft.summary.id, "Klaar voor de teamleider.")
    assert submitted.summary.state is S.SUBMITTED
    before = len(audit_entries(workspace))
    approved = workspace.agreements(lead).approve(draft.summary.id, LEAD_PASSWORD,
                                                  "Goed onderbouwd.")
    assert approved.summary.state is S.APPROVED
    assert approved.summary.approved_by_name == "Test Leider"
    assert approved.summary.approved_at is not None
    assert approved.approval_note == "Goed onderbouwd."
    assert [(st.from_state, st.to_state, st.by_name, st.note) for st in approved.steps] == [
        ("", S.DRAFT, "Test Lid", ""),
        ("draft", S.SUBMITTED, "Test Lid", "Klaar voor de teamleider."),
        ("submitted", S.APPROVED, "Test Leider", "Goed onderbouwd."),
    ]
    new = audit_entries(workspace)[before:]
    assert [(e.event, e.actor_id, e.record_id) for e in new] == [
        ("approve", lead.id, str(draft.summary.id))]
    assert "Goed onderbouwd" not in (new[0].detail or "")
    assert approved.content == content().validated()
    assert workspace.agreements(member).get(draft.summary.id) == approved


def test_a_team_member_cannot_approve(workspace, member):
    agreement_id = _submitted(workspace, member)
    before = len(audit_entries(workspace))
    with pytest.raises(PermissionDenied):
        workspace.agreements(member).approve(agreement_id, "lid-wachtwoord-1", "Zelf goed.")
    new = audit_entries(workspace)[before:]
    assert [(e.event, e.actor_id, e.detail) for e in new] == [
        ("permission_denied", member.id, "approve_agreements")]
    assert _read_state(workspace, agreement_id) is S.SUBMITTED
    with pytest.raises(PermissionDenied):
        workspace.agreements(None).approve(agreement_id, "", "Niemand.")


def test_a_wrong_password_does_not_approve(workspace, member, lead):
    agreement_id = _submitted(workspace, member)
    before = len(audit_entries(workspace))
    with pytest.raises(WrongPassword) as refused:  # an AuthenticationFailed of its own kind
        workspace.agreements(lead).approve(agreement_id, "niet-het-wachtwoord", "Akkoord.")
    assert isinstance(refused.value, AuthenticationFailed)
    new = audit_entries(workspace)[before:]
    assert [(e.event, e.actor_id, e.record_id) for e in new] == [
        ("permission_denied", lead.id, str(agreement_id))]
    assert "niet-het-wachtwoord" not in (new[0].detail or "")
    version = workspace.agreements(lead).get(agreement_id)
    assert version.summary.state is S.SUBMITTED and version.summary.approved_at is None
    assert [st.to_state for st in version.steps] == [S.DRAFT, S.SUBMITTED]


@pytest.mark.parametrize("note", ["", "   \n"])
def test_approval_needs_a_note(workspace, member, lead, note):
    agreement_id = _submitted(workspace, member)
    with pytest.raises(ValidationError):
        workspace.agreements(lead).approve(agreement_id, LEAD_PASSWORD, note)
    assert _read_state(workspace, agreement_id) is S.SUBMITTED


def test_only_a_submitted_version_is_approved(workspace, member, lead):
    draft = workspace.agreements(member).create(content()).summary.id
    with pytest.raises(Conflict):
        workspace.agreements(lead).approve(draft, LEAD_PASSWORD, "Te vroeg.")
    assert _read_state(workspace, draft) is S.DRAFT
    approved = _approved(workspace, member, lead)
    with pytest.raises(Conflict):
        workspace.agreements(lead).approve(approved, LEAD_PASSWORD, "Nog eens.")


def test_a_team_lead_sends_a_version_back_with_a_note(workspace, member, lead):
    agreement_id = _submitted(workspace, member)
    with pytest.raises(PermissionDenied):
        workspace.agreements(member).send_back(agreement_id, "Zelf terug.")
    assert audit_entries(workspace)[-1].event == "permission_denied"
    with pytest.raises(ValidationError):
        workspace.agreements(lead).send_back(agreement_id, "  ")
    assert _read_state(workspace, agreement_id) is S.SUBMITTED
    back = workspace.agreements(lead).send_back(agreement_id, "Mandaat scherper.")
    assert back.summary.state is S.DRAFT
    assert (back.steps[-1].from_state, back.steps[-1].to_state, back.steps[-1].by_name,
            back.steps[-1].note) == ("submitted", S.DRAFT, "Test Leider", "Mandaat scherper.")
    # a draft again: its writer changes it and submits again
    changed = workspace.agreements(member).update(agreement_id, content(mandate="Scherper."))
    assert changed.content.mandate == "Scherper."
    with pytest.raises(Conflict):  # a draft is not sent back
        workspace.agreements(lead).send_back(agreement_id, "Nog eens.")


def test_the_writer_withdraws_a_draft_another_member_does_not(workspace, member,
                                                              other_member):
    draft = workspace.agreements(member).create(content()).summary.id
    before = len(audit_entries(workspace))
    with pytest.raises(PermissionDenied):
        workspace.agreements(other_member).withdraw(draft, "Niet van mij.")
    new = audit_entries(workspace)[before:]
    assert [(e.event, e.actor_id, e.record_id) for e in new] == [
        ("permission_denied", other_member.id, str(draft))]
    assert _read_state(workspace, draft) is S.DRAFT
    with pytest.raises(ValidationError):
        workspace.agreements(member).withdraw(draft, "")
    ended = workspace.agreements(member).withdraw(draft, "Niet meer nodig.")
    assert ended.summary.state is S.WITHDRAWN
    assert ended.steps[-1].note == "Niet meer nodig."


def test_a_member_may_not_withdraw_an_approved_version_a_lead_may(workspace, member, lead):
    approved = _approved(workspace, member, lead)
    before = len(audit_entries(workspace))
    with pytest.raises(PermissionDenied):
        workspace.agreements(member).withdraw(approved, "Ik stop ermee.")
    new = audit_entries(workspace)[before:]
    assert [(e.event, e.actor_id, e.record_id) for e in new] == [
        ("permission_denied", member.id, str(approved))]
    assert _read_state(workspace, approved) is S.APPROVED
    ended = workspace.agreements(lead).withdraw(approved, "Team opgeheven.")
    assert ended.summary.state is S.WITHDRAWN
    assert [st.to_state for st in ended.steps][-2:] == [S.APPROVED, S.WITHDRAWN]


def _superseded(workspace, member, lead):
    v1 = _approved(workspace, member, lead)
    v2 = workspace.agreements(member).new_version(v1).summary.id
    workspace.agreements(member).submit(v2)
    workspace.agreements(lead).approve(v2, LEAD_PASSWORD, "Nieuwe versie akkoord.")
    return v1


@pytest.mark.parametrize("ending", ["withdrawn", "superseded"])
def test_an_ended_version_refuses_every_step(workspace, member, lead, ending):
    if ending == "withdrawn":
        ended = workspace.agreements(member).create(content()).summary.id
        workspace.agreements(member).withdraw(ended, "Weg ermee.")
    else:
        ended = _superseded(workspace, member, lead)
    assert _read_state(workspace, ended).value == ending
    steps = [
        lambda: workspace.agreements(member).submit(ended),
        lambda: workspace.agreements(lead).send_back(ended, "Terug."),
        lambda: workspace.agreements(lead).approve(ended, LEAD_PASSWORD, "Toch."),
        lambda: workspace.agreements(lead).withdraw(ended, "Nogmaals."),
        lambda: workspace.agreements(lead).update(ended, content(title="Anders")),
    ]
    for step in steps:
        with pytest.raises(LockedRecord):
            step()
    version = workspace.agreements(lead).get(ended)
    assert version.summary.state.value == ending
    assert version.content == content().validated()


# Frozen through the service --------------------------------------------------------------------


@pytest.mark.parametrize("state", ["submitted", "approved"])
def test_the_service_refuses_to_edit_a_submitted_or_approved_version(workspace, member, lead,
                                                                      state):
    if state == "approved":
        agreement_id = _approved(workspace, member, lead)
    else:
        agreement_id = _submitted(workspace, member)
    before = workspace.agreements(lead).get(agreement_id)
    audit_before = len(audit_entries(workspace))
    for actor in (member, lead):
        with pytest.raises(LockedRecord):
            workspace.agreements(actor).update(agreement_id, content(title="Stilletjes anders",
                                                                     hours_per_week=99))
    assert workspace.agreements(lead).get(agreement_id) == before
    new = audit_entries(workspace)[audit_before:]
    # the refusals are facts an auditor may ask about; no update slipped in
    assert [e.event for e in new] == ["permission_denied", "permission_denied"]
    assert all(e.record_id == str(agreement_id) for e in new)


# Frozen in the database file -----------------------------------------------------------------

_MIGRATION = REPO / "wijkdesk/store/migrations/versions/0006_roles_and_agreements.py"


def _migration():
    spec = importlib.util.spec_from_file_location("migration_0006", _MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _raw(workspace, sql, **params):
    with workspace.store.write() as s:
        return s.execute(text(sql), params).rowcount


def _row(workspace, agreement_id) -> dict:
    with workspace.store.read() as s:
        return dict(s.execute(text("SELECT * FROM agreements WHERE id = :id"),
                              {"id": agreement_id.hex}).mappings().one())


def test_the_freeze_names_every_column_of_the_agreements_table(workspace):
    m = _migration()
    named = set(m._AGREEMENT_COLUMNS) | set(m._MAY_CHANGE_ON_ENDING)
    with workspace.store.read() as s:
        in_file = {c["name"] for c in inspect(s.connection()).get_columns("agreements")}
    assert named == in_file
    assert named == {c.name for c in Agreement.__table__.columns}
    assert not set(m._AGREEMENT_COLUMNS) & set(m._MAY_CHANGE_ON_ENDING)
    assert "state" in m._MAY_CHANGE_ON_ENDING


def test_raw_sql_cannot_change_any_column_of_an_approved_version(workspace, member, lead):
    approved = _approved(workspace, member, lead, review_on=date(2031, 1, 1))
    before = _row(workspace, approved)
    passed = []
    for column in _migration()._AGREEMENT_COLUMNS:
        # a value that always differs from the stored one, whatever the column holds
        try:
            _raw(workspace, f"UPDATE agreements SET {column} = CASE WHEN {column} IS NULL "  # noqa: S608
                 "THEN 'x' ELSE NULL END WHERE id = :id", id=approved.hex)
        except DBAPIError as exc:
            assert "frozen" in str(exc.orig), column
        else:
            passed.append(column)
    assert passed == []
    assert _row(workspace, approved) == before


@pytest.mark.parametrize("state", ["draft", "submitted", "approved"])
def test_raw_sql_cannot_move_an_approved_version_back(workspace, member, lead, state):
    approved = _approved(workspace, member, lead)
    with pytest.raises(DBAPIError, match="frozen|lifecycle"):
        _raw(workspace, "UPDATE agreements SET state = :state, title = title || '' "
             "WHERE id = :id", state=state, id=approved.hex)
    with pytest.raises(DBAPIError, match="frozen|lifecycle"):
        _raw(workspace, "UPDATE agreements SET state = :state, approval_note = 'anders' "
             "WHERE id = :id", state=state, id=approved.hex)
    if state != "approved":
        with pytest.raises(DBAPIError, match="frozen|lifecycle"):
            _raw(workspace, "UPDATE agreements SET state = :state WHERE id = :id",
                 state=state, id=approved.hex)
    assert _read_state(workspace, approved) is S.APPROVED


def test_raw_sql_may_end_an_approved_version_and_then_nothing(workspace, member, lead):
    approved = _approved(workspace, member, lead)
    assert _raw(workspace, "UPDATE agreements SET state = 'withdrawn', updated_at = "
                "updated_at WHERE id = :id", id=approved.hex) == 1
    for sql in ("UPDATE agreements SET state = 'approved' WHERE id = :id",
                "UPDATE agreements SET updated_by = NULL WHERE id = :id",
                "UPDATE agreements SET updated_at = '2000-01-01 00:00:00' WHERE id = :id",
                "UPDATE agreements SET state = 'superseded' WHERE id = :id",
                "UPDATE agreements SET title = 'Anders' WHERE id = :id",
                "DELETE FROM agreements WHERE id = :id"):
        with pytest.raises(DBAPIError, match="frozen|lifecycle"):
            _raw(workspace, sql, id=approved.hex)
    assert _read_state(workspace, approved) is S.WITHDRAWN


def test_raw_sql_cannot_delete_an_approved_or_superseded_version(workspace, member, lead):
    v1 = _superseded(workspace, member, lead)
    v2 = workspace.agreements(lead).versions(
        workspace.agreements(lead).get(v1).summary.series_id)[-1].id
    for agreement_id in (v1, v2):
        with pytest.raises(DBAPIError, match="frozen"):
            _raw(workspace, "DELETE FROM agreements WHERE id = :id", id=agreement_id.hex)
    assert [a.state for a in workspace.agreements(lead).versions(
        workspace.agreements(lead).get(v1).summary.series_id)] == [S.SUPERSEDED, S.APPROVED]


def test_the_trail_is_append_only(workspace, member, lead):
    approved = _approved(workspace, member, lead)
    draft = workspace.agreements(member).create(content(title="Nog een")).summary.id
    for agreement_id in (approved, draft):
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(workspace, "UPDATE agreement_steps SET note = 'anders' "
                 "WHERE agreement_id = :id", id=agreement_id.hex)
        with pytest.raises(DBAPIError, match="append-only"):
            _raw(workspace, "DELETE FROM agreement_steps WHERE agreement_id = :id",
                 id=agreement_id.hex)
    assert [st.note for st in workspace.agreements(lead).get(approved).steps] == [
        "", "Graag bekijken.", "Akkoord."]


def test_raw_sql_still_changes_a_draft(workspace, member):
    """The freeze is aimed: a draft (and a submitted version) are plain rows."""
    draft = workspace.agreements(member).create(content()).summary.id
    assert _raw(workspace, "UPDATE agreements SET title = 'Bijgewerkt (test)', "
                "hours_per_week = 3 WHERE id = :id", id=draft.hex) == 1
    got = workspace.agreements(member).get(draft).content
    assert (got.title, got.hours_per_week) == ("Bijgewerkt (test)", 3)
    submitted = _submitted(workspace, member, title="Tweede (test)")
    assert _raw(workspace, "UPDATE agreements SET state = 'draft' WHERE id = :id",
                id=submitted.hex) == 1


# Versions and comparison ---------------------------------------------------------------------


def test_a_new_version_starts_as_a_draft_with_the_same_content(workspace, member, lead):
    v1 = _approved(workspace, member, lead, review_on=date(2031, 3, 1))
    v2 = workspace.agreements(member).new_version(v1)
    first = workspace.agreements(member).get(v1)
    assert v2.summary.version == 2 and v2.summary.state is S.DRAFT
    assert v2.summary.series_id == first.summary.series_id and v2.summary.id != v1
    assert v2.content == first.content
    assert v2.approval_note == "" and v2.summary.approved_at is None
    assert [(st.from_state, st.to_state, st.note) for st in v2.steps] == [
        ("", S.DRAFT, "from version 1")]
    assert first.summary.state is S.APPROVED  # in force until v2 is approved
    with pytest.raises(Conflict):
        workspace.agreements(member).new_version(v1)
    with pytest.raises(Conflict):
        workspace.agreements(member).new_version(v2.summary.id)
    workspace.agreements(member).submit(v2.summary.id)
    with pytest.raises(Conflict):  # submitted is still open
        workspace.agreements(member).new_version(v1)
    assert len(workspace.agreements(member).versions(first.summary.series_id)) == 2


def test_approving_a_new_version_supersedes_the_old_one(workspace, member, lead):
    v1 = _approved(workspace, member, lead)
    v2 = workspace.agreements(member).new_version(v1).summary.id
    workspace.agreements(member).update(v2, content(hours_per_week=32))
    workspace.agreements(member).submit(v2)
    approved = workspace.agreements(lead).approve(v2, LEAD_PASSWORD, "Meer uren akkoord.")
    assert approved.summary.state is S.APPROVED
    old = workspace.agreements(lead).get(v1)
    assert old.summary.state is S.SUPERSEDED
    assert (old.steps[-1].from_state, old.steps[-1].to_state, old.steps[-1].by_name,
            old.steps[-1].note) == ("approved", S.SUPERSEDED, "Test Leider", "by version 2")
    assert old.content.hours_per_week == 24  # the old version still says what it said
    newest = workspace.agreements(lead).list()
    assert [(a.id, a.version) for a in newest] == [(v2, 2)]
    assert {a.id for a in workspace.agreements(lead).list(all_versions=True)} == {v1, v2}


def test_superseding_and_approving_are_one_transaction(workspace, member, lead):
    """When the approval of v2 fails in the file, v1 is not left superseded."""
    v1 = _approved(workspace, member, lead)
    v2 = workspace.agreements(member).new_version(v1).summary.id
    workspace.agreements(member).submit(v2)
    _raw(workspace, "CREATE TRIGGER test_refuse_v2 BEFORE UPDATE ON agreements "
         f"WHEN new.id = '{v2.hex}' AND new.state = 'approved' "
         "BEGIN SELECT RAISE(ABORT, 'test: refused'); END")
    with pytest.raises((LockedRecord, DBAPIError)):
        workspace.agreements(lead).approve(v2, LEAD_PASSWORD, "Akkoord.")
    assert _read_state(workspace, v1) is S.APPROVED
    assert _read_state(workspace, v2) is S.SUBMITTED
    assert [st.to_state for st in workspace.agreements(lead).get(v1).steps][-1] is S.APPROVED
    _raw(workspace, "DROP TRIGGER test_refuse_v2")
    workspace.agreements(lead).approve(v2, LEAD_PASSWORD, "Akkoord.")
    assert _read_state(workspace, v1) is S.SUPERSEDED


@pytest.fixture
def matrix(workspace, lead):
    roles = workspace.roles(lead)
    m = roles.open_matrix("Team Noord").id
    view = roles.matrix(m)
    return roles, m, view.tasks, view.types


def test_compare_shows_changed_fields_cells_and_splits_only(workspace, member, lead, matrix):
    roles, m, tasks, types = matrix
    t1, t2, t3 = tasks[0], tasks[1], tasks[2]
    x, y = types[0], types[1]
    roles.set_levels(m, [(t1.id, x.id, Level.ACCOUNTABLE), (t2.id, y.id, Level.RESPONSIBLE)])
    svc = workspace.agreements(member)
    v1 = svc.create(content(), matrix_id=m).summary.id
    # the snapshot is taken again at submit: this change is in v1
    roles.set_levels(m, [(t3.id, y.id, Level.INFORMED)])
    svc.submit(v1)
    workspace.agreements(lead).approve(v1, LEAD_PASSWORD, "Akkoord.")
    first = svc.get(v1)
    assert first.snapshot.cells[(_domain(roles, t3), t3.name, y.code)] == "I"
    v2 = svc.new_version(v1).summary.id
    assert svc.compare(v1, v2).cells == [] and svc.compare(v1, v2).fields == []
    roles.set_levels(m, [(t1.id, x.id, Level.RESPONSIBLE)])
    roles.set_split(m, x.id, 30)
    svc.update(v2, content(title="Afspraken Team Noord 2 (test)"), matrix_id=m)
    roles.set_levels(m, [(t2.id, y.id, None)])  # after the update, before the submit
    svc.submit(v2)
    diff = svc.compare(v1, v2)
    assert diff.fields == [FieldChange("title", "Afspraken Team Noord (test)",
                                       "Afspraken Team Noord 2 (test)")]
    assert sorted(diff.cells, key=lambda c: c.task) == sorted([
        CellChange(t1.name, _domain(roles, t1), x.code, "A", "R"),
        CellChange(t2.name, _domain(roles, t2), y.code, "R", ""),
    ], key=lambda c: c.task)
    assert diff.splits == [(x.code, None, 30)]
    assert (diff.old.id, diff.new.id) == (v1, v2)
    # the approved version's snapshot did not follow the matrix
    assert svc.get(v1).snapshot == first.snapshot
    for same in (v1, v2):
        itself = svc.compare(same, same)
        assert (itself.fields, itself.cells, itself.splits) == ([], [], [])
    back = svc.compare(v2, v1)
    assert [(c.old, c.new) for c in back.fields] == [("Afspraken Team Noord 2 (test)",
                                                       "Afspraken Team Noord (test)")]
    assert back.splits == [(x.code, 30, None)]


def _domain(roles, task_info) -> str:
    return next(d.name for d in roles.domains() if d.id == task_info.domain_id)


def test_compare_shows_every_changed_field(workspace, member):
    svc = workspace.agreements(member)
    v1 = svc.create(content()).summary.id
    v2 = svc.create(content(parties="Andere partijen", review_on=date(2031, 1, 1),
                            budget_cents=0)).summary.id
    assert [(c.field, c.old, c.new) for c in svc.compare(v1, v2).fields] == [
        ("parties", "Wijkteam, opbouwwerk (verzonnen)", "Andere partijen"),
        ("budget_cents", 150_000, 0),
        ("review_on", None, date(2031, 1, 1)),
    ]


# Review work ---------------------------------------------------------------------------------

TODAY = date(2030, 6, 1)


def test_the_review_queue(workspace, member, lead):
    def made(title, review_on, how):
        if how == "draft":
            return workspace.agreements(member).create(
                content(title=title, review_on=review_on)).summary.id
        if how == "submitted":
            return _submitted(workspace, member, title=title, review_on=review_on)
        agreement_id = _approved(workspace, member, lead, title=title, review_on=review_on)
        if how == "withdrawn":
            workspace.agreements(lead).withdraw(agreement_id, "Gestopt.")
        return agreement_id

    day = timedelta(days=1)
    waiting = made("Wacht (test)", None, "submitted")
    waiting_late = made("Wacht met datum (test)", TODAY - 40 * day, "submitted")
    overdue = made("Te laat (test)", TODAY - day, "approved")
    today = made("Vandaag (test)", TODAY, "approved")
    due = made("Binnen dertig dagen (test)", TODAY + 30 * day, "approved")
    made("Over 31 dagen (test)", TODAY + 31 * day, "approved")
    made("Zonder datum (test)", None, "approved")
    made("Ingetrokken (test)", TODAY - day, "withdrawn")
    made("Concept (test)", TODAY - day, "draft")
    old = made("Oude versie (test)", TODAY - 10 * day, "approved")
    newer = workspace.agreements(member).new_version(old).summary.id
    workspace.agreements(member).update(newer, content(title="Nieuwe versie (test)",
                                                       review_on=TODAY + 200 * day))
    workspace.agreements(member).submit(newer)
    workspace.agreements(lead).approve(newer, LEAD_PASSWORD, "Akkoord.")
    queue = workspace.agreements(member).review_queue(today=TODAY)
    got = [(i.agreement.id, i.reason) for i in queue]
    assert set(got[:2]) == {(waiting, ReviewReason.AWAITING_APPROVAL),
                            (waiting_late, ReviewReason.AWAITING_APPROVAL)}
    assert got[2:] == [(overdue, ReviewReason.REVIEW_OVERDUE),
                       (today, ReviewReason.REVIEW_DUE), (due, ReviewReason.REVIEW_DUE)]
    # a day later the thirty-day horizon moves and yesterday's due date is overdue
    later = {i.agreement.title: i.reason
             for i in workspace.agreements(member).review_queue(today=TODAY + day)}
    assert later["Vandaag (test)"] is ReviewReason.REVIEW_OVERDUE
    assert later["Over 31 dagen (test)"] is ReviewReason.REVIEW_DUE


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return [c for c in cal.walk() if c.name == "VEVENT"]


def test_the_review_calendar(workspace, member, lead, tmp_path):
    first = _approved(workspace, member, lead, title="Afspraak Noord (test)",
                      review_on=date(2030, 9, 1))
    _approved(workspace, member, lead, title="Afspraak Zuid (test)", team="Team Zuid",
              review_on=date(2030, 10, 15))
    _approved(workspace, member, lead, title="Zonder evaluatie (test)")
    _submitted(workspace, member, title="Nog niet goedgekeurd (test)",
               review_on=date(2030, 8, 1))
    path = tmp_path / "evaluaties.ics"
    before = len(audit_entries(workspace))
    assert workspace.agreements(member).export_review_calendar(path) == 2
    events = _events(path)
    assert len(events) == 2
    by_summary = {str(e["SUMMARY"]): e for e in events}
    noord = next(e for s, e in by_summary.items() if "Afspraak Noord (test)" in s)
    zuid = next(e for s, e in by_summary.items() if "Afspraak Zuid (test)" in s)
    for event, day in ((noord, date(2030, 9, 1)), (zuid, date(2030, 10, 15))):
        start = event.decoded("DTSTART")
        assert start == day and type(start) is date  # all day, not a moment
        assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert str(noord["UID"]) != str(zuid["UID"])
    entries = audit_entries(workspace)[before:]
    assert [(e.event, e.actor_id, e.record_type) for e in entries] == [
        ("export", member.id, "agreement")]
    assert "Afspraak" not in entries[0].detail and "Noord" not in entries[0].detail
    # a new approved version of the series keeps its event (same UID, new date)
    uids = {str(e["UID"]) for e in events}
    v2 = workspace.agreements(member).new_version(first).summary.id
    workspace.agreements(member).update(v2, content(title="Afspraak Noord (test)",
                                                    review_on=date(2030, 12, 1)))
    workspace.agreements(member).submit(v2)
    workspace.agreements(lead).approve(v2, LEAD_PASSWORD, "Akkoord.")
    again = tmp_path / "opnieuw.ics"
    assert workspace.agreements(member).export_review_calendar(again) == 2
    events = _events(again)
    assert {str(e["UID"]) for e in events} == uids
    assert date(2030, 12, 1) in {e.decoded("DTSTART") for e in events}
    assert date(2030, 9, 1) not in {e.decoded("DTSTART") for e in events}


# Validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["title", "parties", "team", "assignment"])
def test_required_fields(workspace, member, field):
    with pytest.raises(ValidationError):
        content(**{field: "  \n "}).validated()
    with pytest.raises(ValidationError):
        workspace.agreements(member).create(content(**{field: ""}))
    assert workspace.agreements(member).list() == []


@pytest.mark.parametrize("changes", [
    {"period_from": date(2030, 2, 1), "period_to": date(2030, 1, 31)},
    {"period_from": date(2030, 2, 1), "review_on": date(2030, 1, 31)},
    {"hours_per_week": -1},
    {"budget_cents": -1},
    {"hours_per_week": 2_001},
    {"title": "x" * 201},
    {"team": "y" * 121},
    {"mandate": "z" * 8_001},
])
def test_content_that_is_refused(workspace, member, changes):
    with pytest.raises(ValidationError):
        content(**changes).validated()
    with pytest.raises(ValidationError):
        workspace.agreements(member).create(content(**changes))
    assert workspace.agreements(member).list() == []


@pytest.mark.parametrize("changes", [{"hours_per_week": 1.5}, {"hours_per_week": True},
                                     {"budget_cents": "100"}])
def test_amounts_that_are_no_whole_number_are_a_programming_error(changes):
    # the window hands whole numbers from its spin boxes; anything else is a bug, not input
    with pytest.raises(TypeError):
        content(**changes).validated()


def test_content_at_its_limits_is_kept_tidy(workspace, member):
    tidy = content(title="  Afspraken \n  Noord  ", team="x" * 120, assignment="  Opdracht ",
                   period_from=date(2030, 1, 1), period_to=date(2030, 1, 1),
                   review_on=date(2030, 1, 1), hours_per_week=2_000).validated()
    assert (tidy.title, tidy.assignment) == ("Afspraken Noord", "Opdracht")
    assert content(title="t" * 200).validated().title == "t" * 200
    made = workspace.agreements(member).create(content(title="  Twee   woorden "))
    assert made.content.title == "Twee woorden"


def test_a_draft_that_does_not_exist_or_an_unknown_matrix(workspace, member):
    from wijkdesk.errors import NotFound

    with pytest.raises(NotFound):
        workspace.agreements(member).get(uuid.uuid4())
    with pytest.raises(NotFound):
        workspace.agreements(member).create(content(), matrix_id=uuid.uuid4())
    with pytest.raises(NotFound):
        workspace.agreements(member).update(uuid.uuid4(), content())


# What the review found: paths around the freeze, and steps that race -------------------------


def test_insert_or_replace_cannot_rewrite_an_approved_version_or_its_trail(workspace, member,
                                                                           lead):
    approved = _approved(workspace, member, lead)
    row = _row(workspace, approved)
    columns = ", ".join(row)
    values = ", ".join(f":{c}" for c in row)
    for state in ("approved", "draft"):  # REPLACE deletes the old row without delete triggers
        with pytest.raises(DBAPIError, match="new draft"):
            _raw(workspace, f"INSERT OR REPLACE INTO agreements ({columns}) "  # noqa: S608
                 f"VALUES ({values})", **{**row, "title": "Herschreven", "state": state})
    assert _row(workspace, approved) == row
    with workspace.store.read() as s:
        step = dict(s.execute(text("SELECT * FROM agreement_steps WHERE agreement_id = :id "
                                   "LIMIT 1"), {"id": approved.hex}).mappings().one())
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(workspace, "INSERT OR REPLACE INTO agreement_steps (id, agreement_id, from_state, "
             "to_state, at, by, note) VALUES (:id, :agreement_id, :from_state, :to_state, :at, "
             ":by, 'herschreven')", **step)


def test_raw_sql_cannot_skip_review_or_approve_without_an_approver(workspace, member):
    draft = workspace.agreements(member).create(content()).summary.id
    for sql in ("UPDATE agreements SET state = 'approved' WHERE id = :id",
                "UPDATE agreements SET state = 'superseded' WHERE id = :id"):
        with pytest.raises(DBAPIError, match="lifecycle"):
            _raw(workspace, sql, id=draft.hex)
    submitted = _submitted(workspace, member)
    with pytest.raises(DBAPIError, match="lifecycle"):  # approval names its approver
        _raw(workspace, "UPDATE agreements SET state = 'approved' WHERE id = :id",
             id=submitted.hex)
    assert _read_state(workspace, submitted) is S.SUBMITTED
    row = _row(workspace, draft)
    with pytest.raises(DBAPIError, match="new draft"):  # born approved
        _raw(workspace, "INSERT INTO agreements (id, series_id, version, state, title, parties, "
             "team, assignment, expected_results, mutual_expectations, mandate, hours_per_week, "
             "budget_cents, evaluation_criteria, snapshot, approval_note, created_at, "
             "updated_at) VALUES (:id, :series, 9, 'approved', 't', 'p', 't', 'a', '', '', '', "
             "0, 0, '', '{}', '', :at, :at)",
             id=uuid.uuid4().hex, series=row["series_id"], at=row["created_at"])


def test_a_team_lead_approves_only_what_they_read(workspace, member, lead):
    agreement_id = _submitted(workspace, member)
    read = workspace.agreements(lead).get(agreement_id).summary.updated_at
    # meanwhile another team lead sends it back, and the writer changes and resubmits it
    workspace.agreements(lead).send_back(agreement_id, "Mandaat scherper.")
    workspace.agreements(member).update(agreement_id, content(mandate="Anders dan gelezen."))
    workspace.agreements(member).submit(agreement_id)
    with pytest.raises(Conflict):
        workspace.agreements(lead).approve(agreement_id, LEAD_PASSWORD, "Akkoord.", seen=read)
    assert _read_state(workspace, agreement_id) is S.SUBMITTED
    fresh = workspace.agreements(lead).get(agreement_id).summary.updated_at
    approved = workspace.agreements(lead).approve(agreement_id, LEAD_PASSWORD, "Akkoord.",
                                                  seen=fresh)
    assert approved.summary.state is S.APPROVED


def test_a_step_someone_else_took_first_is_a_conflict(workspace, member, lead):
    agreement_id = _submitted(workspace, member)
    workspace.agreements(lead).send_back(agreement_id, "Eerst het mandaat.")
    with pytest.raises(Conflict):  # the second team lead's window still showed "submitted"
        workspace.agreements(lead).approve(agreement_id, LEAD_PASSWORD, "Akkoord.")


def test_a_new_version_starts_from_the_newest_or_the_one_in_force(workspace, member, lead):
    v1 = _superseded(workspace, member, lead)
    versions = workspace.agreements(member).versions(
        workspace.agreements(member).get(v1).summary.series_id)
    v2 = versions[-1].id
    with pytest.raises(Conflict):  # approving a copy of v1 would quietly undo v2
        workspace.agreements(member).new_version(v1)
    assert workspace.agreements(member).new_version(v2).summary.version == 3


def test_guessing_the_approval_password_is_slowed_like_signing_in(workspace, member, lead):
    agreement_id = _submitted(workspace, member)
    service = workspace.agreements(lead)

    def failures() -> int:
        with workspace.store.read() as s:
            return s.get(Profile, lead.id).failed_logins

    with pytest.raises(WrongPassword):
        service.approve(agreement_id, "geraden-1", "Akkoord.")
    assert failures() == 1  # counted with the sign-in's failures: it is the same password
    with workspace.store.write() as s:  # as after many guesses, the last one just now
        s.get(Profile, lead.id).failed_logins = 8
        s.get(Profile, lead.id).last_failed_login_at = utcnow()
    with pytest.raises(LoginThrottled):  # refused before the password is even looked at
        service.approve(agreement_id, LEAD_PASSWORD, "Akkoord.")
    assert _read_state(workspace, agreement_id) is S.SUBMITTED
    assert [e.detail for e in audit_entries(workspace)[-2:]] == [
        "approval: wrong password", "approval: throttled"]
    with workspace.store.write() as s:  # the wait is over: the right password approves
        s.get(Profile, lead.id).last_failed_login_at = utcnow() - timedelta(hours=1)
    assert service.approve(agreement_id, LEAD_PASSWORD, "Akkoord.").summary.state is S.APPROVED
    assert failures() == 0
