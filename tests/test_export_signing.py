"""Signing an export with a team lead's own PKCS#12 certificate (pyHanko), and what verify makes
of a signed file and of anything added after the signature."""

import shutil

import pytest

from tests.conftest import audit_entries
from tests.support.certificates import make_p12
from wijkdesk.errors import ValidationError
from wijkdesk.export.signature import Certificate
from wijkdesk.services.exports import Outcome

pytest.importorskip("pyhanko")
SIGNER = "Synthetische Teamleider"


@pytest.fixture(scope="module")
def p12(tmp_path_factory):
    path = make_p12(tmp_path_factory.mktemp("cert") / "leider.p12", SIGNER,
                    "certificaat-geheim")
    return Certificate(path, "certificaat-geheim")


def test_a_signed_register_verifies_and_names_its_signer(workspace, lead, p12, tmp_path):
    target = tmp_path / "register.pdf"
    made = workspace.exports(lead).register(target, "pdf", certificate=p12)
    assert made.signed
    entry = audit_entries(workspace)[-1]
    assert entry.detail.endswith(" signed") and str(made.document_id) in entry.detail

    verdict = workspace.exports(lead).verify(target)
    assert verdict.outcome is Outcome.VERIFIED
    assert verdict.signature is not None and verdict.signature.intact
    assert SIGNER in verdict.signature.signer
    assert not verdict.signature.trusted  # self-signed: the reader's own list decides


def test_anything_after_the_signature_makes_a_signed_file_altered(workspace, lead, p12, tmp_path):
    target = tmp_path / "register.pdf"
    workspace.exports(lead).register(target, "pdf", certificate=p12)
    grown = tmp_path / "grown.pdf"
    shutil.copy(target, grown)
    with open(grown, "ab") as fh:
        fh.write(b"\n%%EOF\n")
    assert workspace.exports(lead).verify(grown).outcome is Outcome.ALTERED

    # a second signature by someone else is an addition this database did not export
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    cosigned = tmp_path / "cosigned.pdf"
    shutil.copy(target, cosigned)
    with open(cosigned, "rb+") as fh:
        signers.sign_pdf(IncrementalPdfFileWriter(fh),
                         signers.PdfSignatureMetadata(field_name="tweede"),
                         signer=signers.SimpleSigner.load_pkcs12(
                             str(p12.path), passphrase=p12.passphrase.encode()),
                         in_place=True)
    assert workspace.exports(lead).verify(cosigned).outcome is Outcome.ALTERED


def test_an_unsigned_export_with_a_signature_added_later_is_altered(workspace, lead, p12,
                                                                   tmp_path):
    """Signing afterwards is allowed by PDF, but then the file is no longer what was
    exported: the entry of an unsigned export admits nothing after the seal."""
    target = tmp_path / "register.pdf"
    workspace.exports(lead).register(target, "pdf")
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    with open(target, "rb+") as fh:
        signers.sign_pdf(IncrementalPdfFileWriter(fh),
                         signers.PdfSignatureMetadata(field_name="later"),
                         signer=signers.SimpleSigner.load_pkcs12(
                             str(p12.path), passphrase=p12.passphrase.encode()),
                         in_place=True)
    assert workspace.exports(lead).verify(target).outcome is Outcome.ALTERED


def test_a_wrong_passphrase_writes_nothing(workspace, lead, p12, tmp_path):
    before = len(audit_entries(workspace))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "register.pdf"
    with pytest.raises(ValidationError, match="passphrase is wrong"):
        workspace.exports(lead).register(target, "pdf",
                                         certificate=Certificate(p12.path, "niet dit"))
    assert list(folder.iterdir()) == []  # no file, no .part left behind
    assert len(audit_entries(workspace)) == before


def test_only_a_pdf_is_signed(workspace, lead, p12, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError, match="Only a PDF"):
        workspace.exports(lead).register(folder / "register.csv", "csv", certificate=p12)
    assert list(folder.iterdir()) == []
