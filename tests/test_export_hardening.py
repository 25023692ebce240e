"""What a review of the exports found, kept found: files renamed only when closed (Windows),
no working files left by a failed XLSX, a title that imitates a seal, hostile files handed to
verify, exports into the database's own folder, and the log of an erased resident."""

import os
import sys

import pytest

from tests.conftest import audit_entries
from wijkdesk.domain.agreements import AgreementContent
from wijkdesk.errors import Cancelled, ValidationError
from wijkdesk.export import files
from wijkdesk.services.exports import AccessScope, Outcome
from wijkdesk.services.residents import ResidentData


def test_a_file_is_closed_before_it_takes_its_name(tmp_path, monkeypatch):
    """Windows refuses to rename a file that is still open."""
    seen = []
    real = os.replace

    def replace(src, dst):  # noqa: ANN001
        seen.append(target.fh.closed)
        real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    with files.atomic_file(tmp_path / "x.pdf") as target:
        target.fh.write(b"inhoud")
    assert seen == [True]
    assert (tmp_path / "x.pdf").read_bytes() == b"inhoud"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_a_stopped_xlsx_export_leaves_no_working_files(workspace, lead, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for n in range(3):
        workspace.agreements(lead).create(AgreementContent(
            title=f"Afspraak {n} (test)", parties="Team en partners", team="Team Test",
            assignment="Samen de buurt versterken."))

    def stop(done: int, total: int) -> None:
        if done:
            raise Cancelled("stopped")

    before = len(audit_entries(workspace))
    with pytest.raises(Cancelled):
        workspace.exports(lead).register(folder / "register.xlsx", "xlsx", progress=stop)
    # xlsxwriter's working files (row data in plain text) went with its private folder
    assert list(folder.iterdir()) == []
    assert len(audit_entries(workspace)) == before


def test_a_title_that_imitates_the_seal_still_seals(workspace, lead, tmp_path):
    """Titles and names are plain text in the PDF's information dictionary: the seal is found
    by the new document's id, which no title can know in advance."""
    title = "Afspraak file-sha256=" + "0" * 64
    made = workspace.agreements(lead).create(AgreementContent(
        title=title, parties="Team en partners", team="Team Test",
        assignment="Samen de buurt versterken."))
    target = tmp_path / "afspraak.pdf"
    workspace.exports(lead).agreement(made.summary.id, target)
    assert workspace.exports(lead).verify(target).outcome is Outcome.VERIFIED


def test_hostile_files_are_judged_not_read_for_ever(workspace, lead, tmp_path):
    keywords = tmp_path / "keywords.pdf"
    keywords.write_bytes(b"%PDF-1.4\n" + b"/Keywords(" * 20_000)
    assert workspace.exports(lead).verify(keywords).outcome is Outcome.UNKNOWN

    target = tmp_path / "register.pdf"
    workspace.exports(lead).register(target)
    grown = tmp_path / "grown.pdf"
    grown.write_bytes(target.read_bytes().replace(b"Register", b"Regist3r", 1)
                      + b"%%EOF" + b"\r" * 50_000)
    assert workspace.exports(lead).verify(grown).outcome is Outcome.ALTERED


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")
def test_a_fifo_is_refused_instead_of_waited_on(workspace, lead, tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="cannot be read"):
        workspace.exports(lead).verify(fifo)


def test_an_export_never_lands_in_the_databases_own_folder(workspace, lead):
    folder = workspace.store.path.parent
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(ValidationError, match="holds the database"):
        workspace.exports(lead).register(folder / workspace.store.path.name, "csv")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_an_erased_residents_log_can_still_be_exported(workspace, admin, lead, tmp_path):
    resident = workspace.residents(admin).create(ResidentData("Erna", "Gewistxq"))
    workspace.resident_file(lead).open(resident)
    workspace.privacy(admin).erase(resident, "request")
    target = tmp_path / "log.csv"
    made = workspace.exports(lead).access_log(AccessScope(resident_id=resident), target, "csv")
    text = target.read_text(encoding="utf-8-sig")
    assert made.rows >= 2 and "(gewist)" in text and "Gewistxq" not in text
