"""Importing residents from a spreadsheet (CSV): all rows or none, problems by line without the
values, households, search, audit, and a command line that keeps names out of the log."""

import csv
import io
from datetime import date, timedelta

import pytest
from faker import Faker
from sqlalchemy import func, select

from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, cli_env, run_cli
from wijkdesk.domain import resident_import as rules
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.errors import Cancelled, PermissionDenied, ValidationError
from wijkdesk.services import resident_import
from wijkdesk.services.resident_import import ImportProblem, ResidentImportService
from wijkdesk.store.models import AuditEntry, Household, Resident

BUURT = "BU19990000"
DUTCH = ("voornaam", "achternaam", "geboortedatum", "straat", "huisnummer", "postcode",
         "woonplaats", "telefoon", "email", "buurtcode", "huishouden", "relatie")
ENGLISH = ("given_name", "family_name", "date_of_birth", "street", "house_number", "postcode",
           "city", "phone", "email", "neighbourhood_code", "household", "relation")
RELATIONS_NL = ("hoofdbewoner", "partner", "kind")
RELATIONS_EN = ("head", "partner", "child")


@pytest.fixture
def buurt(workspace, admin):
    places = workspace.places(admin)
    gm = places.add(PlaceLevel.MUNICIPALITY, "GM1999", "Proefstad")
    wk = places.add(PlaceLevel.DISTRICT, "WK199900", "Centrum", gm.id)
    return places.add(PlaceLevel.NEIGHBOURHOOD, BUURT, "Binnenstad", wk.id)


def _dated(born: date, style: int) -> str:
    """The three ways spreadsheets write a date of birth."""
    if style == 0:
        return born.strftime("%d-%m-%Y")
    if style == 1:
        return f"{born.day}-{born.month}-{born.year}"
    return born.isoformat()


def people(households: int = 12, seed: int = 7, english: bool = False) -> list[list[str]]:
    """Synthetic rows (Faker nl_NL) in the order of DUTCH/ENGLISH; households of 1 to 3."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    relations = RELATIONS_EN if english else RELATIONS_NL
    rows = []
    for h in range(households):
        family, street = fake.last_name(), fake.street_name()
        number, postcode, city = fake.building_number(), fake.postcode(), fake.city()
        size = 1 + h % 3
        for m in range(size):
            born = fake.date_of_birth(minimum_age=0 if m == 2 else 20,
                                      maximum_age=17 if m == 2 else 90)
            rows.append([fake.first_name(), family, _dated(born, (h + m) % 3), street,
                         str(number), postcode, city, fake.phone_number() if m < 2 else "",
                         fake.free_email() if m == 0 else "", BUURT,
                         f"HH-{h}" if size > 1 else "", relations[m] if size > 1 else ""])
    rows[0][0], rows[0][1] = "Zoë", "Brüggemann-Ærø"  # accents that Windows-1252 must carry
    return rows


def households_in(rows: list[list[str]]) -> int:
    return len({r[10] for r in rows if r[10]}) + sum(1 for r in rows if not r[10])


def csv_bytes(rows, header=DUTCH, delimiter=";", encoding="windows-1252") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def state(workspace) -> tuple[int, int, int]:
    """(residents, households, audit entries): what an import must leave alone when it fails."""
    with workspace.store.read() as s:
        return (s.scalar(select(func.count()).select_from(Resident)),
                s.scalar(select(func.count()).select_from(Household)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def audit_texts(workspace) -> list[str]:
    with workspace.store.read() as s:
        return [repr(tuple(r)) for r in s.execute(select(AuditEntry.__table__))]


# A good file ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "delimiter", "encoding", "detected"), [
    (DUTCH, ";", "windows-1252", "windows-1252"),
    (ENGLISH, ",", "utf-8-sig", "utf-8-sig"),
])
def test_a_good_file_imports_with_households_and_is_searchable(
        workspace, admin, buurt, tmp_path, header, delimiter, encoding, detected):
    rows = people(english=header is ENGLISH)
    path = tmp_path / "bewoners Zoë Brüggemann.csv"  # a file name that holds a name
    path.write_bytes(csv_bytes(rows, header, delimiter, encoding))
    service = ResidentImportService(workspace.store, admin)
    before = state(workspace)

    check = service.check(path)
    assert check.ok and check.problems == () and check.problem_count == 0
    assert (check.rows, check.households) == (len(rows), households_in(rows))
    assert (check.encoding, check.delimiter, check.columns) == (detected, delimiter, ENGLISH)
    assert state(workspace) == before  # checking writes nothing

    seen = []
    result = service.run(path, progress=lambda done, total: seen.append((done, total)))
    assert (result.residents, result.households) == (len(rows), households_in(rows))
    assert seen[-1] == (2 * len(rows), 2 * len(rows))
    residents, households, audits = state(workspace)
    assert (residents, households) == (before[0] + len(rows), before[1] + result.households)
    # one entry per resident and per household, and the summary
    assert audits == before[2] + len(rows) + result.households + 1

    found = workspace.residents(admin).search("bruggemann zoe")  # FTS ignores the accents
    assert [(r.given_name, r.family_name) for r in found] == [("Zoë", "Brüggemann-Ærø")]
    view = workspace.residents(admin).get(found[0].id)
    assert view.neighbourhood_code == BUURT
    assert view.data.postcode == rules_postcode(rows[0][5])
    assert view.data.date_of_birth == _parsed_date(rows[0][2])

    # The third household has three members: head, partner and child, in one household.
    head_row = next(r for r in rows if r[10] == "HH-2" and r[11] in ("hoofdbewoner", "head"))
    head = workspace.residents(admin).search(f"{head_row[0]} {head_row[1]}")[0]
    others = workspace.residents(admin).household(head.id)
    assert sorted(m.relation for m in others) == ["child", "partner"]

    with workspace.store.read() as s:
        summary = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "import")).one()
        keys = list(s.scalars(select(Resident.search_key)))
    assert summary.event == "create" and summary.actor_id == admin.id
    assert summary.detail == f"{len(rows)} residents, {result.households} households"
    assert summary.record_id == str(result.import_id)
    assert len(set(keys)) == len(keys)
    texts = audit_texts(workspace)
    assert not any("Brüggemann" in t or "bewoners" in t or head_row[1] in t for t in texts)


def rules_postcode(value: str) -> str:
    from wijkdesk.domain.residents import normalise_postcode

    return normalise_postcode(value)


def _parsed_date(value: str) -> date:
    return rules.parse_date(value)


def test_audit_entries_name_fields_and_client_not_values(workspace, admin, buurt, tmp_path):
    rows = people(households=2)
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(rows))
    ResidentImportService(workspace.store, admin).run(path)
    with workspace.store.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "resident")).all()
    assert len(entries) == len(rows)
    assert all(e.client_id is not None and str(e.client_id) == e.record_id for e in entries)
    child = next(e for e in entries if "email" not in e.fields)
    assert {"given_name", "family_name", "date_of_birth", "postcode", "neighbourhood_id",
            "household_id", "household_relation"} <= set(child.fields)


def test_blank_relations_are_decided_per_household(workspace, admin, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Achternaam;Voornaam;Huishouden;Relatie\n"
                    "Proefmans;Aart;h1;\nProefmans;Bep;h1;\nProefmans;Cas;h1;Kind\n"
                    "Testerink;Dirk;;\n", encoding="utf-8")
    result = ResidentImportService(workspace.store, admin).run(path)
    assert (result.residents, result.households) == (4, 2)
    with workspace.store.read() as s:
        got = dict(s.execute(select(Resident.given_name, Resident.household_relation)).all())
    assert got == {"Aart": "head", "Bep": "other", "Cas": "child", "Dirk": "head"}


def test_empty_trailing_rows_and_columns_of_a_spreadsheet_are_ignored(workspace, admin,
                                                                       tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("achternaam;voornaam;;\nProefmans;Aart;;\n;;;\n;;;\n", encoding="utf-8")
    check = ResidentImportService(workspace.store, admin).check(path)
    assert check.ok and check.rows == 1


# Bad rows: reported by line and reason, never the value, and nothing written ------------------

FUTURE = (date.today() + timedelta(days=400)).strftime("%d-%m-%Y")
BAD_ROWS = {
    "bad postcode": (5, "12345X", 5,
                     "A Dutch postcode has four digits and two letters, as in 1234 AB."),
    "bad date": (5, "31-02-1980", 2, "The date of birth does not exist on the calendar."),
    "unreadable date": (5, "1980/13", 2,
                        "The date of birth is not a date in the form dd-mm-yyyy or yyyy-mm-dd."),
    "future date of birth": (5, FUTURE, 2, "The date of birth lies in the future or before 1900."),
    "missing family name": (5, "", 1, "The family name is required."),
    "unknown buurt code": (5, "BU19990099", 9,
                           "The buurt code is not a buurt in this database (add the buurt under "
                           "Places first)."),
    "malformed buurt code": (5, "Binnenstad", 9,
                             "The buurt code is not a CBS buurt code (BU and eight digits)."),
    "unknown relation": (5, "buurman", 11,
                         "The relation is not one of head, partner, child, parent, other "
                         "(or hoofdbewoner, partner, kind, ouder, anders)."),
    "bad e-mail": (5, "zoe.at.example", 8, "The e-mail address is not valid."),
}


@pytest.mark.parametrize("kind", list(BAD_ROWS))
def test_a_bad_row_is_reported_by_line_and_nothing_is_written(workspace, admin, buurt, tmp_path,
                                                             kind):
    line, value, column, reason = BAD_ROWS[kind]
    rows = people(households=3)
    rows[line - 2][column] = value  # line 1 is the header
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(rows))
    _refused(workspace, admin, path, [ImportProblem(line, reason)], secret=value)


def _refused(workspace, admin, path, expected, secret=""):
    service = ResidentImportService(workspace.store, admin)
    before = state(workspace)
    check = service.check(path)
    assert list(check.problems) == expected
    assert not check.ok and check.more_problems == 0
    with pytest.raises(ValidationError) as raised:
        service.run(path)
    message = str(raised.value)
    assert str(expected[0]) in message
    assert f"{len(expected)} problem" in message and "nothing was imported" in message
    if len(secret) > 3:
        assert secret not in message
        assert all(secret not in p.reason for p in check.problems)
    assert state(workspace) == before
    return check


def test_duplicate_rows_are_reported_with_both_lines(workspace, admin, buurt, tmp_path):
    rows = people(households=3)
    rows.append(list(rows[1]))  # line 3 again, as line 8
    rows[-1][3] = "Andere Straat"  # another address does not make it another person
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(rows))
    problem = ImportProblem(len(rows) + 1, "The same resident as line 3 (same name, date of "
                            "birth and postcode).")
    _refused(workspace, admin, path, [problem])


def test_a_second_import_of_the_same_file_is_refused(workspace, admin, buurt, tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(people(households=2)))
    ResidentImportService(workspace.store, admin).run(path)
    check = _refused(workspace, admin, path, [
        ImportProblem(line, "A resident with the same name, date of birth and postcode exists "
                      "already (was this file imported before?).") for line in (2, 3, 4)])
    assert check.rows == 0


def test_unknown_columns_are_named(workspace, admin, buurt, tmp_path):
    rows = [r + ["42"] for r in people(households=2)]
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(rows, header=(*DUTCH, "Schoenmaat")))
    reason = _refused(workspace, admin, path, [ImportProblem(1, rules.read_header(
        [*DUTCH, "Schoenmaat"]).problems[0])]).problems[0].reason
    assert reason.startswith("Unknown column: 'Schoenmaat'.")


@pytest.mark.parametrize(("dropped", "reason"), [
    (1, "Required column is missing: family_name (achternaam)."),
    (0, "Required column is missing: given_name (voornaam)."),
])
def test_a_missing_required_column_is_reported(workspace, admin, buurt, tmp_path, dropped,
                                               reason):
    rows = [r[:dropped] + r[dropped + 1:] for r in people(households=2)]
    header = DUTCH[:dropped] + DUTCH[dropped + 1:]
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(rows, header=header))
    _refused(workspace, admin, path, [ImportProblem(1, reason)])


def test_a_file_without_header_does_not_echo_its_first_row(workspace, admin, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Proefmans;Aart;12-03-1970\nTesterink;Bep;1-1-1980\n", encoding="utf-8")
    check = _refused(workspace, admin, path, [ImportProblem(1, (
        "The first line holds no known column names; it must name the columns, for example "
        "achternaam;voornaam;geboortedatum;postcode."))])
    assert "Proefmans" not in str(check.problems)


@pytest.mark.parametrize(("content", "line", "reason"), [
    (b"", None, "The file is empty."),
    (b"\r\n  \r\n", None, "The file is empty."),
    (b"achternaam;voornaam\r\n", None,
     "The file names the columns but holds no residents."),
    (bytes(range(256)) * 8, None, "The file is not a text (CSV) file."),
    (b"PK\x03\x04\x14\x00\x06\x00", None, "This is an Excel workbook (or another zip file), not "
     "CSV: save it as CSV (semicolon or comma separated) first."),
])
def test_files_that_are_not_a_list_of_residents(workspace, admin, tmp_path, content, line,
                                                reason):
    path = tmp_path / "a.csv"
    path.write_bytes(content)
    _refused(workspace, admin, path, [ImportProblem(line, reason)])


def test_a_missing_file_is_a_problem_not_a_crash(workspace, admin, tmp_path):
    _refused(workspace, admin, tmp_path / "nergens.csv",
             [ImportProblem(None, "The file cannot be read (does it exist?).")])


def test_too_many_rows(workspace, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(rules, "MAX_ROWS", 3)
    path = tmp_path / "a.csv"
    path.write_text("achternaam,voornaam\n" + "".join(f"Proefmans,Aart{i}\n" for i in range(4)),
                    encoding="utf-8")
    _refused(workspace, admin, path, [ImportProblem(
        None, "The file holds more than 3 residents; split it into parts.")])


def test_a_row_with_more_values_than_columns(workspace, admin, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("achternaam;voornaam\nProefmans;Aart\nTesterink;Bep;extra\n",
                    encoding="utf-8")
    _refused(workspace, admin, path, [ImportProblem(3, (
        "The row holds more values than there are columns (check the delimiter and the "
        "quotes)."))])


def test_problems_are_capped_and_counted(workspace, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(resident_import, "MAX_PROBLEMS", 5)
    path = tmp_path / "a.csv"
    path.write_text("achternaam;voornaam;postcode\n"
                    + "".join(f"Proefmans;Aart{i};99\n" for i in range(12)), encoding="utf-8")
    check = ResidentImportService(workspace.store, admin).check(path)
    assert [p.line for p in check.problems] == [2, 3, 4, 5, 6]
    assert (check.more_problems, check.problem_count, check.rows) == (7, 12, 0)


def test_every_problem_of_a_row_is_reported(workspace, admin, buurt, tmp_path):
    rows = people(households=1)
    rows[0][2], rows[0][5] = "1-1-80", "0000"
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(rows))
    check = ResidentImportService(workspace.store, admin).check(path)
    assert [str(p) for p in check.problems] == [
        "line 2: Write the year of the date of birth in four digits.",
        "line 2: A Dutch postcode has four digits and two letters, as in 1234 AB.",
    ]


# Cancelling and permissions ----------------------------------------------------------------


def test_cancelling_while_writing_keeps_nothing(workspace, admin, buurt, tmp_path, monkeypatch):
    monkeypatch.setattr(resident_import, "BATCH_SIZE", 4)
    rows = people(households=8)
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(rows))
    before = state(workspace)
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > len(rows):  # a batch of residents has been inserted by now
            raise Cancelled("Stopped.")

    with pytest.raises(Cancelled):
        ResidentImportService(workspace.store, admin).run(path, progress)
    assert seen[-1] == len(rows) + 4
    assert state(workspace) == before
    assert workspace.residents(admin).search(rows[3][1]) == []


def test_no_signed_in_profile_may_import(workspace, admin, buurt, tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes(people(households=2)))
    residents, households, _audits = state(workspace)
    for call in (ResidentImportService(workspace.store, None).check,
                 ResidentImportService(workspace.store, None).run):
        with pytest.raises(PermissionDenied):
            call(path)
    assert state(workspace)[:2] == (residents, households)
    with workspace.store.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last.event == "permission_denied" and last.detail == "write_records"


# Pure rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("07-03-1981", date(1981, 3, 7)), ("7-3-1981", date(1981, 3, 7)),
    ("7/3/1981", date(1981, 3, 7)), ("1981-03-07", date(1981, 3, 7)),
    ("1981-03-07 00:00:00", date(1981, 3, 7)), ("", None),
])
def test_dates_in_the_forms_spreadsheets_write(text, expected):
    assert rules.parse_date(text) == expected


@pytest.mark.parametrize("text", ["7-3-81", "1981/3/7", "7 maart 1981", "07-03-1981-"])
def test_dates_that_are_refused(text):
    with pytest.raises(ValidationError):
        rules.parse_date(text)


def test_header_names_in_any_case_and_spelling():
    header = rules.read_header(["Voornaam", "ACHTERNAAM", "E-mail", "CBS buurtcode",
                                "Woonplaats", "Date of Birth", "\ufeffRelatie"])
    assert header.problems == ()
    assert header.fields == ("given_name", "family_name", "email", "neighbourhood_code", "city",
                             "date_of_birth", "relation")


def test_the_delimiter_comes_from_the_header_line():
    assert rules.choose_delimiter('voornaam;achternaam;"x,y"\nA,B;C') == ";"
    assert rules.choose_delimiter("voornaam,achternaam\nA;B,C") == ","
    assert rules.choose_delimiter("voornaam\tachternaam\n") == "\t"


def test_windows_1252_and_utf8_are_told_apart():
    assert rules.decode("Zoë;Ærø\n".encode("cp1252")).text == "Zoë;Ærø\n"
    assert rules.decode("Zoë;Ærø\n".encode()).encoding == "utf-8"
    assert rules.decode("Zoë\n".encode("utf-8-sig")).text == "Zoë\n"
    assert rules.decode("Zoë\n".encode("utf-16")).text == "Zoë\n"


# The command line ----------------------------------------------------------------------------


def _cli(locations, tmp_path, *args):
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE, WIJKDESK_PASSWORD=ADMIN_PASSWORD)
    return run_cli("--data-dir", str(locations.data), "import", "residents", *args,
                   "--user", "beheer", env=env)


def test_the_command_line_checks_imports_and_keeps_names_out_of_the_log(
        workspace, admin, buurt, locations, tmp_path):
    rows = people(households=4)
    bad_rows = [list(r) for r in rows]
    bad_rows[5][5] = "99999"
    bad = tmp_path / "slecht Brüggemann.csv"
    bad.write_bytes(csv_bytes(bad_rows))
    good = tmp_path / "goed Brüggemann.csv"
    good.write_bytes(csv_bytes(rows))
    before = state(workspace)

    checked = _cli(locations, tmp_path, str(bad), "--check")
    assert checked.returncode == 1, checked.stderr
    assert checked.stdout.splitlines()[0] == (
        "line 7: A Dutch postcode has four digits and two letters, as in 1234 AB.")
    assert "1 problem found; nothing was imported." in checked.stdout
    refused = _cli(locations, tmp_path, str(bad))
    assert refused.returncode == 1 and "line 7:" in refused.stdout
    assert state(workspace)[:2] == before[:2]
    with workspace.store.read() as s:
        added = list(s.scalars(select(AuditEntry.event).where(AuditEntry.seq > before[2])))
    assert added == ["login", "login"]  # signing in, and nothing of the refused import

    fine = _cli(locations, tmp_path, str(good), "--check")
    assert fine.returncode == 0, fine.stderr
    assert fine.stdout.strip() == (f"The file is fine: {len(rows)} residents in "
                                   f"{households_in(rows)} households would be imported.")
    assert state(workspace)[:2] == before[:2]

    done = _cli(locations, tmp_path, str(good))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (f"Imported {len(rows)} residents in {households_in(rows)} "
                                   "households.")
    assert done.stderr == ""  # no progress when stderr is not a terminal
    assert state(workspace)[0] == before[0] + len(rows)

    log = locations.log_file.read_text(encoding="utf-8")
    assert f"resident import: {len(rows)} residents" in log  # the log was written to
    words = {w for r in rows for w in (r[0], r[1], r[3], r[6], r[8]) if len(w) > 3}
    words |= {"Brüggemann", "slecht", "goed"}
    assert not [w for w in words if w in log]
