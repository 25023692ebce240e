"""AVG rights: subject access (JSON and a Dutch PDF), erasure that leaves no trace on disk,
retention periods. All names are made up; the markers are words no real text contains."""

import hashlib
import json
import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select, text

from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, cli_env, run_cli
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.residents import HouseholdRelation
from wijkdesk.domain.retention import (
    RetentionBasis,
    add_years,
    contact_kept_until,
    past_retention,
    request_kept_until,
    years_before,
)
from wijkdesk.domain.roles import Permission, Role, may
from wijkdesk.domain.support import (
    CareKind,
    ContactKind,
    LegalBasis,
    LifeDomain,
    RequestStatus,
    ScoreMoment,
)
from wijkdesk.errors import NotFound, PermissionDenied, ValidationError
from wijkdesk.export import files
from wijkdesk.export.subject_access import to_json_dict, write_json, write_pdf
from wijkdesk.resources import resource_path
from wijkdesk.services import privacy
from wijkdesk.services.consents import ConsentData, ReferralData
from wijkdesk.services.contacts import ContactData
from wijkdesk.services.privacy import ErasureReason, PrivacyService
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentData
from wijkdesk.services.support import GoalData, RequestData
from wijkdesk.store.models import AuditEntry, Contact, Household, Resident, SupportRequest

MARKER = "Zzmarkeerxq"  # the erased resident's family name, and in every text about them
KEEP = "Yykontrolexq"  # the partner who stays: proves that the checks can see a name at all
TODAY = date.today()


# Fixtures ------------------------------------------------------------------------------------


def _profile(workspace, admin, username, display, role):
    workspace.profiles(admin).create(NewProfile(username, display, f"{username}-wachtwoord-1",
                                                role))
    return workspace.profiles().authenticate(username, f"{username}-wachtwoord-1")


@pytest.fixture
def member(workspace, admin):
    return _profile(workspace, admin, "lid", "Team Lid", Role.TEAM_MEMBER)


@pytest.fixture
def lead(workspace, admin):
    return _profile(workspace, admin, "leider", "Tess Leider", Role.TEAM_LEAD)


@pytest.fixture
def buurt(workspace, admin):
    places = workspace.places(admin)
    town = places.add(PlaceLevel.MUNICIPALITY, "GM9901", "Proefstad")
    wijk = places.add(PlaceLevel.DISTRICT, "WK990101", "Proefwijk", town.id)
    return places.add(PlaceLevel.NEIGHBOURHOOD, "BU99010101", "Proefbuurt", wijk.id)


@pytest.fixture
def file(workspace, admin, lead, buurt):
    """A resident with one of everything (every text holds MARKER), a partner, and the file
    opened once by the team lead."""
    workspace.professionals(admin).add("Pim Proef", "community_worker", profile_id=admin.id)
    residents = workspace.residents(admin)
    rid = residents.create(ResidentData(
        "Anna", MARKER, date(1980, 2, 29), f"{MARKER}laan", "7", "9999 ZZ", "Proefstad",
        "0600000000", f"anna.{MARKER.lower()}@example.invalid", buurt.id))
    partner = residents.create(ResidentData("Bram", KEEP, date(1979, 5, 1),
                                            neighbourhood_id=buurt.id),
                               household_of=rid, relation=HouseholdRelation.PARTNER)
    with workspace.store.write() as s:  # no service sets labels yet; a real one could say this
        household = s.get(Resident, rid).household_id
        s.get(Household, household).label = f"Familie {MARKER}"
    support = workspace.support(admin)
    request = support.open_request(rid, RequestData(
        # long enough for overflow pages, which go to the free list when blanked
        LifeDomain.FINANCES, "Schulden. " * 300 + f"Bij {MARKER} thuis", CareKind.SOCIAL,
        f"Schuldhulp {MARKER}",  # the purpose is free text too
        LegalBasis.WMO, date(2020, 1, 6)))
    support.add_goal(request, GoalData(f"Budgetplan {MARKER}", date(2020, 6, 1),
                                       result=f"Lukt {MARKER} goed"), date(2020, 1, 10))
    support.record_scores(request, {LifeDomain.FINANCES: 2, LifeDomain.HOUSING: 4},
                          ScoreMoment.INTAKE, date(2020, 1, 6))
    contacts = workspace.contacts(admin)
    contacts.add(rid, ContactData(date(2020, 1, 7), 45, ContactKind.HOME_VISIT,
                                  f"Huisbezoek {MARKER}", request))
    contacts.add(rid, ContactData(date(2020, 3, 2), 10, ContactKind.PHONE, f"Belde {MARKER}"))
    contacts.add(partner, ContactData(date(2020, 3, 3), 10, ContactKind.PHONE, f"Belde {KEEP}"))
    consents = workspace.consents(admin)
    consents.give(rid, ConsentData(f"Overleg huisarts {MARKER}", date(2020, 1, 6)))
    consents.refer(rid, ReferralData(date(2020, 1, 8), f"Stichting {MARKER}", request_id=request,
                                     note=f"Verwezen {MARKER}"))
    workspace.resident_file(lead).open(rid)
    return rid, partner, request


def _last(workspace):
    with workspace.store.read() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()


# Roles, settings, retention rules ---------------------------------------------------------------


def test_privacy_rights_belong_to_team_leads_and_administrators():
    assert may(Role.TEAM_LEAD, Permission.PRIVACY_RIGHTS)
    assert may(Role.ADMINISTRATOR, Permission.PRIVACY_RIGHTS)
    assert not may(Role.TEAM_MEMBER, Permission.PRIVACY_RIGHTS)


def test_retention_settings_have_defaults_limits_and_are_stored(workspace, admin):
    settings = workspace.settings(admin)
    now = settings.get()
    assert (now.retention_youth_years, now.retention_social_years,
            now.retention_loose_contact_years) == (20, 15, 2)
    for name in ("retention_youth_years", "retention_social_years",
                 "retention_loose_contact_years"):
        for wrong in (0, 101, True):
            with pytest.raises(ValidationError, match="1 to 100 years"):
                replace(now, **{name: wrong}).validated()
    settings.update(replace(now, retention_youth_years=25))
    assert workspace.settings().get().retention_youth_years == 25


def test_29_february_ends_on_28_february_in_a_common_year():
    assert add_years(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)
    assert contact_kept_until(date(2020, 2, 29), 2) == date(2022, 2, 28)
    kept = request_kept_until("youth", "closed", date(2004, 2, 29), youth_years=20,
                              social_years=15)
    assert kept == date(2024, 2, 29)
    assert not past_retention(kept, date(2024, 2, 29)) and past_retention(kept, date(2024, 3, 1))
    assert request_kept_until("social", "active", None, youth_years=20, social_years=15) is None
    assert not past_retention(None, date(2999, 1, 1))


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)),
       st.integers(min_value=1, max_value=40))
def test_the_sql_cutoff_agrees_with_the_keep_until_date(start, today, years):
    # the services compare stored dates with years_before(); the rule is keep_until < today
    assert (start < years_before(today, years)) == (add_years(start, years) < today)


# Subject access -----------------------------------------------------------------------------------


def test_subject_access_holds_every_section_and_who_opened_the_file(workspace, admin, lead,
                                                                    file):
    rid, _partner, _request = file
    access = PrivacyService(workspace.store, lead).subject_access(rid)
    assert access.resident_id == rid and access.name == f"{MARKER}, Anna"
    assert access.data.family_name == MARKER and access.data.date_of_birth == date(1980, 2, 29)
    assert access.neighbourhood == "Proefbuurt" and access.relation == "head"
    assert [(m.name, m.relation) for m in access.household] == [(f"{KEEP}, Bram", "partner")]
    (request,) = access.requests
    assert MARKER in request.description and request.plan_agreed_on == date(2020, 1, 10)
    assert [g.goal for g in request.goals] == [f"Budgetplan {MARKER}"]
    assert {(s.life_domain, s.score) for s in request.scores} == {("finances", 2), ("housing", 4)}
    assert [c.note for c in access.contacts] == [f"Belde {MARKER}", f"Huisbezoek {MARKER}"]
    assert access.contacts[1].life_domain == "finances"
    assert access.contacts[1].professional == "Pim Proef"
    assert [c.purpose for c in access.consents] == [f"Overleg huisarts {MARKER}"]
    assert [r.organisation for r in access.referrals] == [f"Stichting {MARKER}"]
    log = access.access_log
    assert [e.at for e in log] == sorted(e.at for e in log)
    assert log[0].event == "create" and log[0].actor_username == "beheer"
    reads = [e for e in log if e.event == "read"]
    assert [(e.actor, e.actor_username) for e in reads] == [("Tess Leider", "leider")]
    assert access.generated_by == "Tess Leider"
    assert access.database_id == workspace.description.database_id
    last = _last(workspace)
    assert (last.event, last.client_id, last.record_type, last.actor_id) == (
        "export", rid, "resident", lead.id)
    assert MARKER not in (last.detail or "")


def test_a_team_member_is_refused_and_the_refusal_audited(workspace, member, file):
    rid, *_ = file
    service = PrivacyService(workspace.store, member)
    for call in (lambda: service.subject_access(rid),
                 lambda: service.erase(rid, ErasureReason.REQUEST),
                 service.past_retention):
        with pytest.raises(PermissionDenied):
            call()
        last = _last(workspace)
        assert (last.event, last.actor_id, last.detail) == (
            "permission_denied", member.id, "privacy_rights")
    with workspace.store.read() as s:
        assert s.get(Resident, rid).family_name == MARKER


def test_json_round_trips_with_iso_dates(workspace, admin, file, tmp_path):
    rid, *_ = file
    access = PrivacyService(workspace.store, admin).subject_access(rid)
    (out := tmp_path / "out").mkdir()
    target = out / "inzage.json"
    write_json(access, target)
    loaded = json.loads(target.read_text(encoding="utf-8"))
    assert loaded == to_json_dict(access)
    assert loaded["format"] == "wijkdesk.subject_access" and loaded["version"] == 1
    assert loaded["resident_id"] == str(rid)
    assert loaded["data"]["date_of_birth"] == "1980-02-29"
    assert loaded["requests"][0]["goals"][0]["target_date"] == "2020-06-01"
    assert loaded["contacts"][1]["occurred_on"] == "2020-01-07"
    assert {e["event"] for e in loaded["access_log"]} >= {"create", "read"}
    assert [p.name for p in out.iterdir()] == ["inzage.json"]  # no temporary file left


def _pdf_text(path):
    """The text a reader's PDF viewer would show (pypdf: no system tool needed on CI)."""
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_is_dutch_with_the_residents_data_and_page_numbers(workspace, admin, file,
                                                                 tmp_path):
    rid, *_ = file
    access = PrivacyService(workspace.store, admin).subject_access(rid)
    target = tmp_path / "inzage.pdf"
    write_pdf(access, target, fonts=resource_path("fonts"))
    assert target.read_bytes().startswith(b"%PDF")
    words = _pdf_text(target)
    for heading in ("Inzage in uw gegevens", "Persoonsgegevens", "Huishouden",
                    "Hulpvragen met plan en doelen", "Contacten", "Toestemmingen",
                    "Verwijzingen", "Wie heeft uw dossier ingezien"):
        assert heading in words, heading
    assert MARKER in words and "Anna" in words and "29-02-1980" in words
    for dutch in ("Financiën", "huisbezoek", "telefonisch", "ingezien", "Tess Leider",
                  "afgesproken op", "Proefbuurt", "partner"):
        assert dutch in words, dutch
    assert "home_visit" not in words and "finances" not in words
    assert "pagina 1 van" in words


def test_a_failed_write_leaves_no_file_and_no_temporary_file(workspace, admin, file, tmp_path,
                                                              monkeypatch):
    rid, *_ = file
    access = PrivacyService(workspace.store, admin).subject_access(rid)
    (out := tmp_path / "out").mkdir()

    def full_disk(*_args):
        raise OSError("no space left")

    monkeypatch.setattr(files.os, "replace", full_disk)  # the one writer every export uses
    for write in (write_json, lambda a, p: write_pdf(a, p, fonts=resource_path("fonts"))):
        with pytest.raises(OSError):
            write(access, out / "inzage")
        assert list(out.iterdir()) == []


# Erasure ------------------------------------------------------------------------------------------


def _text_columns_holding(workspace, needle):
    """(table, column) of every table (FTS5 shadow tables too) whose values contain needle."""
    found = []
    with workspace.store.raw() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for column in [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]:
                for probe in (needle, needle.lower()):
                    hit = conn.execute(
                        f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{column}" AS BLOB), '
                        "CAST(? AS BLOB)) > 0", (probe,)).fetchone()[0]
                    if hit:
                        found.append((table, column))
    return found


PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV and 64-byte HMAC-SHA512 at the end of each page


def _decrypt_page(page, key, first):
    """One SQLCipher 4 page (AES-256-CBC, its IV in the reserved tail) decrypted without asking
    SQLite, so that free pages and free space inside pages are seen too."""
    body = page[16 if first else 0:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return (b"SQLite format 3\x00" if first else b"") + dec.update(body) + dec.finalize()


def _plaintext_copies(workspace, tmp_path):
    """The database file and its WAL, decrypted page by page into tmp_path."""
    db = workspace.locations.database
    raw = db.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), raw[:16], 256_000, 32)
    plain = b"".join(_decrypt_page(raw[at:at + PAGE], key, at == 0)
                     for at in range(0, len(raw), PAGE))
    assert plain[16:18] == b"\x10\x00", "page 1 did not decrypt: the helper is wrong"
    (tmp_path / "plain.db").write_bytes(plain)
    wal = db.with_name(db.name + "-wal")
    frames = wal.read_bytes()[32:] if wal.exists() else b""  # after the WAL header
    wal_plain = b"".join(
        _decrypt_page(frames[at + 24:at + 24 + PAGE], key,
                      int.from_bytes(frames[at:at + 4], "big") == 1)
        for at in range(0, len(frames) - PAGE - 24 + 1, PAGE + 24))
    (tmp_path / "plain.db-wal").write_bytes(wal_plain)
    return plain, wal_plain


def _spellings(name):
    return (name.encode(), name.lower().encode())  # as typed, and as the index folds it


def test_erasure_leaves_no_trace_in_tables_index_pages_or_wal(workspace, admin, lead, file,
                                                               tmp_path):
    rid, partner, request = file
    residents = workspace.residents(admin)
    assert [r.id for r in residents.search(MARKER)] == [rid]
    assert ("residents", "family_name") in _text_columns_holding(workspace, MARKER)

    count = PrivacyService(workspace.store, lead).erase(rid, ErasureReason.REQUEST)
    # resident, request, goal, 2 contacts, consent, referral, household label
    assert count == 8

    # (a) the full-text index has forgotten every word
    assert residents.search(MARKER) == []
    assert residents.search("Anna") == []
    assert [r.id for r in residents.search(KEEP)] == [partner]
    # (b) no table, column or index shadow table holds the name
    assert _text_columns_holding(workspace, MARKER) == []
    assert _text_columns_holding(workspace, KEEP) != []  # the probe does see names
    # (c) nor does any byte of the decrypted file, free pages included, nor the WAL
    with workspace.store.raw() as conn:
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    plain, wal_plain = _plaintext_copies(workspace, tmp_path)
    assert any(n in plain for n in _spellings(KEEP)), "the decryption helper sees nothing"
    left = [(n, where) for n in _spellings(MARKER)
            for where, blob in (("file", plain), ("wal", wal_plain)) if n in blob]
    assert left == []
    # coded facts remain for anonymous counts
    with workspace.store.read() as s:
        row = s.get(Resident, rid)
        assert row.deleted_at is not None and row.erased_at is not None
        assert (row.given_name, row.family_name, row.street, row.email, row.date_of_birth,
                row.household_id) == ("", "", "", "", None, None)
        assert row.neighbourhood_id is not None and row.search_key > 0
        req = s.get(SupportRequest, request)
        assert (req.description, req.life_domain, req.care_kind, req.opened_on) == (
            "", "finances", "social", date(2020, 1, 6))
        minutes = sorted(s.scalars(select(Contact.minutes).where(Contact.resident_id == rid)))
        assert minutes == [10, 45]
        household = s.get(Household, s.get(Resident, partner).household_id)
        assert household.label == "" and household.deleted_at is None
    entry = _last(workspace)
    assert (entry.event, entry.record_type, entry.record_id, entry.client_id) == (
        "delete", "resident", str(rid), rid)
    assert entry.detail == "erased: request (8 records)"
    report = workspace.audit().verify()
    assert report.ok, report.sentence()
    with pytest.raises(NotFound):
        PrivacyService(workspace.store, lead).erase(rid, ErasureReason.REQUEST)
    with pytest.raises(NotFound):
        PrivacyService(workspace.store, lead).subject_access(rid)


def _snapshot(workspace):
    with workspace.store.read() as s:
        return {table: sorted(map(repr, s.execute(text(f"SELECT * FROM {table}")).all()))
                for table in ("residents", "households", "support_requests", "plan_goals",
                              "contacts", "consents", "referrals", "audit_log")}


def test_erasure_is_one_transaction(workspace, admin, file, monkeypatch):
    rid, *_ = file
    before = _snapshot(workspace)
    real = privacy._erase_resident

    def fails_after_blanking(*args):
        real(*args)
        raise OSError("disk gone")

    monkeypatch.setattr(privacy, "_erase_resident", fails_after_blanking)
    with pytest.raises(OSError):
        PrivacyService(workspace.store, admin).erase(rid, ErasureReason.RETENTION)
    assert _snapshot(workspace) == before
    assert [r.id for r in workspace.residents(admin).search(MARKER)] == [rid]


def test_the_last_member_takes_the_household_along(workspace, admin):
    rid = workspace.residents(admin).create(ResidentData("Cor", "Alleen"))
    PrivacyService(workspace.store, admin).erase(rid, "retention")
    with workspace.store.read() as s:
        assert s.scalars(select(Household.deleted_at)).all() != [None]
    with pytest.raises(ValidationError):
        PrivacyService(workspace.store, admin).erase(uuid.uuid4(), "because")


# Retention ----------------------------------------------------------------------------------------


def _closed(workspace, admin, kind, years_ago, *, also_open=False, name="Proef"):
    rid = workspace.residents(admin).create(ResidentData("Ria", name))
    closed = add_years(TODAY, -years_ago)
    workspace.support(admin).open_request(rid, RequestData(
        LifeDomain.HOUSING, "Woonvraag", kind, "Hulp bij wonen", LegalBasis.WMO,
        closed - timedelta(days=300), status=RequestStatus.CLOSED, closed_on=closed))
    if also_open:
        workspace.support(admin).open_request(rid, RequestData(
            LifeDomain.FINANCES, "Nieuw", CareKind.SOCIAL, "Hulp", LegalBasis.WMO, TODAY))
    return rid


def _loose(workspace, admin, rid, years_ago, days=0):
    on = add_years(TODAY, -years_ago) - timedelta(days=days)
    return workspace.contacts(admin).add(rid, ContactData(on, 15, ContactKind.OFFICE, "Vraag"))


def test_residents_past_retention_per_kind_of_care_and_settings(workspace, admin):
    youth_21 = _closed(workspace, admin, CareKind.YOUTH, 21)
    social_16 = _closed(workspace, admin, CareKind.SOCIAL, 16)
    youth_16 = _closed(workspace, admin, CareKind.YOUTH, 16)
    still_open = _closed(workspace, admin, CareKind.SOCIAL, 16, also_open=True)
    recent_contact = _closed(workspace, admin, CareKind.SOCIAL, 16)
    _loose(workspace, admin, recent_contact, 1)
    old_contact = _loose(workspace, admin, recent_contact, 3)
    only_contacts = workspace.residents(admin).create(ResidentData("Sem", "Los"))
    _loose(workspace, admin, only_contacts, 3)
    workspace.residents(admin).create(ResidentData("Nieuw", "Ingeschreven"))
    service = PrivacyService(workspace.store, admin)

    found = {i.resident_id: i for i in service.past_retention()}
    assert set(found) == {youth_21, social_16, only_contacts}
    assert found[youth_21].basis is RetentionBasis.YOUTH_REQUEST
    assert found[youth_21].retention_ended == add_years(add_years(TODAY, -21), 20)
    assert found[social_16].basis is RetentionBasis.SOCIAL_REQUEST
    assert found[only_contacts].basis is RetentionBasis.LOOSE_CONTACT
    assert still_open not in found and youth_16 not in found

    # the old contact of a resident whose file is kept may go on its own
    (loose,) = service.loose_contacts_past_retention()
    assert (loose.resident_id, loose.contacts) == (recent_contact, 1)
    assert service.purge_loose_contacts() == 1
    with workspace.store.read() as s:
        row = s.get(Contact, old_contact)
        assert row.deleted_at is not None and row.note == ""
    entry = _last(workspace)
    assert (entry.event, entry.client_id, entry.record_type) == ("delete", recent_contact,
                                                                  "contact")
    assert service.loose_contacts_past_retention() == []

    settings = workspace.settings(admin)
    settings.update(replace(settings.get(), retention_social_years=17, retention_youth_years=15))
    found = {i.resident_id for i in service.past_retention()}
    assert found == {youth_21, youth_16, only_contacts}
    # a day in the future moves the line: the contact of three years ago has long gone then
    later = {i.resident_id for i in service.past_retention(add_years(TODAY, 2))}
    assert recent_contact in later and still_open not in later


# Command line -------------------------------------------------------------------------------------


def test_cli_exports_and_erases_without_printing_names(workspace, admin, file, locations,
                                                       tmp_path):
    rid, partner, _request = file
    workspace.close()
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE, WIJKDESK_PASSWORD=ADMIN_PASSWORD)
    base = ("--data-dir", str(locations.data))
    out = tmp_path / "inzage.json"

    done = run_cli(*base, "export", "resident", str(rid), "-o", str(out), "--user", "beheer",
                   env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["data"]["family_name"] == MARKER
    assert MARKER not in done.stdout + done.stderr
    again = run_cli(*base, "export", "resident", str(rid), "-o", str(out), "--user", "beheer",
                    env=env)
    assert again.returncode != 0 and "--force" in again.stderr
    pdf = tmp_path / "inzage.pdf"
    done = run_cli(*base, "export", "resident", str(rid), "-o", str(pdf), "--user", "beheer",
                   env=env)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    refused = run_cli(*base, "erase", "resident", str(rid), "--reason", "request", "--user",
                      "beheer", env=env)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    erased = run_cli(*base, "erase", "resident", str(rid), "--reason", "request", "--user",
                     "beheer", "--yes", env=env)
    assert erased.returncode == 0, erased.stderr
    assert MARKER not in erased.stdout + erased.stderr
    gone = run_cli(*base, "export", "resident", str(rid), "-o", str(tmp_path / "x.json"),
                   "--user", "beheer", env=env)
    assert gone.returncode == NotFound.exit_code

    listed = run_cli(*base, "retention", "list", "--json", "--user", "beheer", env=env)
    assert listed.returncode == 0, listed.stderr
    # the partner's only record is a phone call of 2020: past the two years of a loose contact
    assert json.loads(listed.stdout) == [{"resident_id": str(partner), "basis": "loose_contact",
                                          "retention_ended": "2022-03-03"}]
    plain = run_cli(*base, "retention", "list", "--user", "beheer", env=env)
    assert str(partner) in plain.stdout and KEEP not in plain.stdout


def test_an_erased_file_takes_no_new_records_and_its_questions_end(workspace, admin, file):
    rid, _partner, request = file
    PrivacyService(workspace.store, admin).erase(rid, ErasureReason.REQUEST)
    with workspace.store.read() as s:
        row = s.get(SupportRequest, request)
        assert (row.status, row.closed_on, row.purpose) == ("closed", TODAY, "")
    support = workspace.support(admin)
    for attempt in (lambda: support.add_goal(request, GoalData("Nieuw doel")),
                    lambda: support.record_scores(request, {LifeDomain.FINANCES: 3},
                                                  ScoreMoment.REVIEW, TODAY),
                    lambda: support.update_request(request, RequestData(
                        LifeDomain.FINANCES, "Nieuwe tekst", CareKind.SOCIAL, "Hulp",
                        LegalBasis.WMO, date(2020, 1, 6))),
                    lambda: workspace.contacts(admin).add(rid, ContactData(
                        TODAY, 10, ContactKind.PHONE, "Na het wissen"))):
        with pytest.raises(NotFound):
            attempt()


def test_contacts_of_an_erased_resident_are_not_listed_as_still_in_care(workspace, admin):
    rid = workspace.residents(admin).create(ResidentData("Ria", "Los"))
    workspace.support(admin).open_request(rid, RequestData(
        LifeDomain.HOUSING, "Woonvraag", CareKind.SOCIAL, "Hulp", LegalBasis.WMO, TODAY))
    _loose(workspace, admin, rid, 3)
    privacy = PrivacyService(workspace.store, admin)
    assert [i.resident_id for i in privacy.loose_contacts_past_retention()] == [rid]
    privacy.erase(rid, ErasureReason.REQUEST)
    assert privacy.loose_contacts_past_retention() == []


def test_subject_access_holds_collective_participation(workspace, admin, file, tmp_path):
    from wijkdesk.services.activities import ActivityData

    rid, *_ = file
    buurt = next(p for p in workspace.places(admin).list() if p.level.value == "neighbourhood")
    aid = workspace.activities(admin).create(ActivityData("Taalcafé", buurt.id,
                                                          date(2020, 1, 1)))
    workspace.activities(admin).refer(rid, aid, date(2020, 2, 1))
    access = PrivacyService(workspace.store, admin).subject_access(rid)
    assert [(p.activity_title, p.via_referral) for p in access.participations] == [
        ("Taalcafé", True)]
    assert to_json_dict(access)["participations"][0]["activity_title"] == "Taalcafé"
    target = tmp_path / "inzage.pdf"
    write_pdf(access, target, fonts=resource_path("fonts"))
    words = _pdf_text(target)
    assert "Collectieve activiteiten" in words and "Taalcafé" in words
