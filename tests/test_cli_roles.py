"""`wijkdesk matrix` and `wijkdesk agreements` on a small demo database (one per module: every
command is a subprocess of a second or two)."""

import re

import keyring
import keyring.backends.fail
import pytest
from icalendar import Calendar

from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, cli_env, run_cli
from wijkdesk.app import initialise, open_workspace
from wijkdesk.cli_roles import prefix_length, resolve_id, type_labels
from wijkdesk.config import locations as make_locations
from wijkdesk.domain.agreements import AgreementState
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.security.keys import PassphraseSource
from wijkdesk.services.profiles import NewProfile

PASSWORDS = {"medewerker": "medewerker-wachtwoord-1", "teamleider": "teamleider-wachtwoord-1"}


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    """(profile folder, ids by state) of a small demo with its team, closed again."""
    folder = tmp_path_factory.mktemp("cli-roles")
    mp = pytest.MonkeyPatch()
    mp.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())

    def populate(builder, actor):
        builder.demo(actor).generate(households=20, seed=8)
        builder.demo(actor).add_team(PASSWORDS)

    workspace, admin = initialise(make_locations(folder / "p"),
                                  PassphraseSource(interactive=False),
                                  NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD), populate)
    try:
        ids = {a.state: a.id for a in workspace.agreements(admin).list(all_versions=True)}
    finally:
        workspace.close()
    yield folder, ids
    keyring.set_keyring(previous)
    mp.undo()


def _run(town, tmp_path, *args, user="medewerker", password=None):
    folder, _ids = town
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE,
                  WIJKDESK_PASSWORD=password or PASSWORDS[user])
    return run_cli("--data-dir", str(folder / "p"), *args, "--user", user, env=env)


def test_matrix_show_prints_the_grid_the_findings_and_the_split(town, tmp_path):
    result = _run(town, tmp_path, "matrix", "show")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Responsibility matrix of Wijkteam Centrum (whole team)" in out
    header = next(line for line in out.splitlines() if line.strip().startswith("task"))
    assert header.split()[-5:] == ["CW", "AW", "SP", "FR", "SE"]
    network = next(line for line in out.splitlines() if "Netwerk van partners" in line)
    assert network.split()[-5:] == ["A", "A", "R", "I", "C"]
    findings = out[out.index("Findings (4):"):out.index("Split of hours")]
    assert "No one accountable: Signalen uit de buurt ophalen (Signaleren)" in findings
    assert ("Several accountable: Netwerk van partners onderhouden (Netwerk): accountable are "
            "Community worker (opbouwwerker), Area worker (gebiedswerker)") in findings
    assert ("Community worker (opbouwwerker) on Aanvragen van initiatieven beoordelen"
            in findings)
    assert "No shared owner: domain Signaleren" in findings
    assert "no type holds the mandate (A)" in findings  # the explanation, in English
    split = next(line for line in out.splitlines()
                 if line.strip().startswith("Social professional (wijkteam)"))
    assert split.split()[3] == "80%"

    wijk = _run(town, tmp_path, "matrix", "show", "--wijk", "wk199900")
    assert wijk.returncode == 0, wijk.stderr
    assert "in Centrum" in wijk.stdout and "No findings" in wijk.stdout


def test_agreements_list_shows_every_state(town, tmp_path):
    result = _run(town, tmp_path, "agreements", "list", "--all-versions")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    states = {line.split()[2] for line in lines[1:-1]}
    assert states == {s.value for s in AgreementState}
    assert lines[-1] == "7 versions."
    # the printed ids are prefixes that the other commands take back
    _folder, ids = town
    shown = {line.split()[0] for line in lines[1:-1]}
    assert {i.hex[:len(next(iter(shown)))] for i in ids.values()} <= shown


def test_approve_needs_a_team_lead_and_their_password(town, tmp_path, passphrase):
    folder, ids = town
    submitted = ids[AgreementState.SUBMITTED]
    refused = _run(town, tmp_path, "agreements", "approve", str(submitted), "--note", "Akkoord")
    assert refused.returncode != 0
    assert "Your role does not allow this (approve_agreements)" in refused.stderr
    approved = _run(town, tmp_path, "agreements", "approve", submitted.hex[:16], "--note",
                    "Akkoord, besproken in het teamoverleg.", user="teamleider")
    assert approved.returncode == 0, approved.stderr
    assert "approved by Teun Teamleider (demo)" in approved.stdout
    workspace = open_workspace(make_locations(folder / "p"), passphrase, daily_backup=False)
    try:
        lead = workspace.profiles().authenticate("teamleider", PASSWORDS["teamleider"])
        now = workspace.agreements(lead).get(submitted)
    finally:
        workspace.close()
    assert now.summary.state is AgreementState.APPROVED
    assert now.approval_note == "Akkoord, besproken in het teamoverleg."


def test_calendar_holds_an_event_per_approved_review_date(town, tmp_path, passphrase):
    folder, _ids = town
    target = tmp_path / "evaluaties.ics"
    result = _run(town, tmp_path, "agreements", "calendar", "-o", str(target))
    assert result.returncode == 0, result.stderr
    workspace = open_workspace(make_locations(folder / "p"), passphrase, daily_backup=False)
    try:
        lead = workspace.profiles().authenticate("teamleider", PASSWORDS["teamleider"])
        expected = sorted(a.review_on for a in workspace.agreements(lead).list(
            state=AgreementState.APPROVED, all_versions=True) if a.review_on)
    finally:
        workspace.close()
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(e.decoded("dtstart") for e in events) == expected and len(expected) >= 3
    assert re.search(rf"\b{len(expected)} review dates written", result.stdout)


# The CLI's own helpers, without a subprocess ----------------------------------------------------


class _Listing:
    def __init__(self, ids):
        self.ids = ids

    def list(self, *, all_versions=False):
        return [type("A", (), {"id": i})() for i in self.ids]


def test_ids_resolve_from_a_unique_prefix_of_eight_or_more_hex_characters():
    import uuid

    a = uuid.UUID("01a22130-2d39-748d-acb9-40cd38c97614")
    b = uuid.UUID("01a22130-2f11-748d-acb9-40cd38c97614")
    service = _Listing([a, b])
    assert resolve_id(service, str(a)) == a
    assert resolve_id(service, "01A221302F") == b
    assert resolve_id(service, "01a22130-2d") == a
    assert prefix_length([a, b]) == 10 and prefix_length([a]) == 8
    for text, error in (("01a22130", ValidationError), ("01a2213", ValidationError),
                        ("zz22130x2d", ValidationError), ("ffffffff", NotFound)):
        with pytest.raises(error):
            resolve_id(service, text)


def test_type_labels_are_short_and_distinct():
    import uuid

    types = [type("T", (), {"id": uuid.uuid4(), "code": code})() for code in (
        "community_worker", "freelancer", "coach_worker-1a2b3c4d", "coach_worker-9f8e7d6c")]
    assert list(type_labels(types).values()) == ["CW", "FR", "CW2", "CW3"]
