"""`wijkdesk export agreement|agreements|access-log` and `wijkdesk verify` (issue 7) on a small
database: exit statuses, what the terminal says, and no resident's name on it (each command
is a subprocess of a second or two, so a few well-chosen runs)."""

import csv
from datetime import date

import keyring
import keyring.backends.fail
import pytest
from pypdf import PdfReader

from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, cli_env, make_profile, run_cli
from wijkdesk.app import initialise
from wijkdesk.config import locations as make_locations
from wijkdesk.domain.agreements import AgreementContent
from wijkdesk.domain.roles import Role
from wijkdesk.security.keys import PassphraseSource
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentData

MARKER = "Markeernaamxq"  # made up; must never reach the terminal or the log file
PASSWORDS = {"leider": "leider-wachtwoord-1", "lid": "lid-wachtwoord-1"}


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    """(profile folder, approved agreement id, resident id), the database closed again."""
    folder = tmp_path_factory.mktemp("cli-exports")
    mp = pytest.MonkeyPatch()
    mp.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    workspace, admin = initialise(make_locations(folder / "p"),
                                  PassphraseSource(interactive=False),
                                  NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD))
    try:
        lead = make_profile(workspace, admin, "leider", Role.TEAM_LEAD)
        member = make_profile(workspace, admin, "lid", Role.TEAM_MEMBER)
        mine = workspace.agreements(member)
        agreement = mine.create(AgreementContent(
            title="Afspraken Team Noord (test)", parties="Wijkteam (verzonnen)",
            team="Team Noord", assignment="Samen de buurt versterken.",
            review_on=date(2027, 3, 1))).summary.id
        mine.submit(agreement, "")
        workspace.agreements(lead).approve(agreement, PASSWORDS["leider"], "Akkoord.")
        resident = workspace.residents(admin).create(ResidentData("Anna", MARKER))
        workspace.resident_file(lead).open(resident)
    finally:
        workspace.close()
    yield folder, agreement, resident
    keyring.set_keyring(previous)
    mp.undo()


def _run(town, tmp_path, *args, user=None):
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE,
                  **({"WIJKDESK_PASSWORD": PASSWORDS[user]} if user else {}))
    extra = ("--user", user) if user else ()
    return run_cli("--data-dir", str(town[0] / "p"), *args, *extra, env=env)


def test_export_the_register_as_csv_and_verify_it(town, tmp_path):
    target = tmp_path / "register-afspraken.csv"
    made = _run(town, tmp_path, "export", "agreements", "-o", str(target), user="lid")
    assert made.returncode == 0, made.stderr
    assert "register of agreements is written to" in made.stdout and "(csv, " in made.stdout
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:5] == ["Titel", "Team", "Gebied", "Versie", "Status"]
    assert rows[1][:5] == ["Afspraken Team Noord (test)", "Team Noord", "hele team", "1",
                           "goedgekeurd"]
    assert rows[1][7] == "2027-03-01"

    checked = _run(town, tmp_path, "verify", str(target))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("VERIFIED: The file is unaltered and was exported from "
                                     "this database.")
    assert "By: Test Lid (lid)" in checked.stdout
    assert "Kind: register of agreements" in checked.stdout

    again = _run(town, tmp_path, "export", "agreements", "-o", str(target), user="lid")
    assert again.returncode != 0 and "--force" in again.stderr  # no silent overwrite


def test_a_tampered_pdf_fails_verify_with_a_clear_sentence(town, tmp_path):
    _folder, agreement, _resident = town
    target = tmp_path / "afspraak.pdf"
    made = _run(town, tmp_path, "export", "agreement", str(agreement), "-o", str(target),
                user="leider")
    assert made.returncode == 0, made.stderr
    assert "Samenwerkingsafspraak" in PdfReader(target).pages[0].extract_text()
    raw = bytearray(target.read_bytes())
    at = raw.index(b"stream", len(raw) // 3) + 40
    raw[at] ^= 0x01
    target.write_bytes(bytes(raw))
    checked = _run(town, tmp_path, "verify", str(target))
    assert checked.returncode == 1
    assert checked.stdout.startswith("NOT VERIFIED: The file was changed after it was exported "
                                     "from this database.")
    missing = _run(town, tmp_path, "verify", str(tmp_path / "bestaat-niet.pdf"))
    assert missing.returncode != 0 and "is not a file" in missing.stderr


def test_a_team_member_may_not_export_an_access_log(town, tmp_path):
    _folder, _agreement, resident = town
    target = tmp_path / "toegangslog.pdf"
    refused = _run(town, tmp_path, "export", "access-log", "--resident", str(resident),
                   "-o", str(target), user="lid")
    assert refused.returncode == 4, refused.stderr
    assert "privacy_rights" in refused.stderr or "not allow" in refused.stderr
    assert not target.exists() and list(tmp_path.glob("*.part")) == []


def test_a_team_lead_exports_a_residents_log_and_no_name_reaches_the_terminal(town, tmp_path):
    folder, _agreement, resident = town
    target = tmp_path / "toegangslog.xlsx"
    made = _run(town, tmp_path, "export", "access-log", "--resident", str(resident),
                "-o", str(target), user="leider")
    assert made.returncode == 0, made.stderr
    assert "access log is written to" in made.stdout and "(xlsx," in made.stdout
    checked = _run(town, tmp_path, "verify", str(target))
    assert checked.returncode == 0, checked.stdout
    for result in (made, checked):
        assert MARKER not in result.stdout + result.stderr
    for path in (folder / "p").rglob("*"):
        assert MARKER.lower() not in str(path).lower()
        if path.is_file():  # the log file, and the database, which is encrypted
            assert MARKER.encode() not in path.read_bytes(), path
    assert (folder / "p" / "logs" / "wijkdesk.log").is_file()
