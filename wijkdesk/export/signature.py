"""Signing a sealed PDF with a professional's own certificate (PKCS#12), so any PDF reader shows
who signed it, and reading that signature back when a file is checked.

pyHanko is optional (`pip install 'wijkdesk[signing]'`). The signature is an incremental update
appended after the sealed document: the seal's digest covers the document as exported, the
signature covers the whole file, and `verify` accepts an appended update only when it is a
signature that is intact and covers the entire file.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wijkdesk.errors import ValidationError

MISSING = ("Signing needs the optional package pyHanko: install wijkdesk with "
           "pip install 'wijkdesk[signing]'.")


@dataclass(frozen=True)
class Certificate:
    """Where a PKCS#12 file is and how to open it; never logged or stored."""

    path: Path
    passphrase: str


@dataclass(frozen=True)
class SignatureFound:
    intact: bool  # the signed bytes are unchanged and the signature covers the whole file
    signer: str  # the certificate's subject, as a reader shows it
    trusted: bool  # chains to a trust root this machine knows (rare for a team's own certs)


def available() -> bool:
    """Without importing it: pyHanko takes most of a second to import, and the window asks."""
    try:
        return importlib.util.find_spec("pyhanko.sign") is not None
    except ImportError:  # no pyhanko package at all
        return False


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pyHanko logs certificate subjects (people's names) when it cannot build a trust path:
    nothing of that reaches the console or a log."""
    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    others = logging.getLogger("pyhanko_certvalidator")
    other_level = others.level
    others.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)
        others.setLevel(other_level)


def sign(part: Path, certificate: Certificate, reason: str) -> None:
    """Append a signature to the PDF at part, in place."""
    if not available():
        raise ValidationError(MISSING)
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    with _quiet():
        try:
            signer = signers.SimpleSigner.load_pkcs12(
                str(certificate.path), passphrase=certificate.passphrase.encode("utf-8"))
        except (OSError, ValueError):
            signer = None
        if signer is None:
            raise ValidationError("The certificate cannot be opened: the passphrase is wrong "
                                  "or the file is not a PKCS#12 certificate (.p12, .pfx).")
        with open(part, "rb+") as fh:
            writer = IncrementalPdfFileWriter(fh)
            signers.sign_pdf(writer, signers.PdfSignatureMetadata(
                field_name="wijkdesk", reason=reason, location="wijkdesk"),
                signer=signer, in_place=True)


def check(path: Path) -> SignatureFound | None:
    """The last signature of the PDF at path; None if there is none or pyHanko is missing."""
    if not available():
        return None
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    with _quiet(), open(path, "rb") as fh, warnings.catch_warnings():
        # pyHanko announces it will stop reading the OS trust list; until then it still is
        # the only list a team lead's reader would use too
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            signatures = PdfFileReader(fh, strict=False).embedded_signatures
            if not signatures:
                return None
            status = validate_pdf_signature(signatures[-1])
        except Exception:  # noqa: BLE001 (a damaged signature is a finding, not a crash)
            return SignatureFound(False, "", False)
        whole = status.coverage is SignatureCoverageLevel.ENTIRE_FILE
        subject = status.signing_cert.subject
        # the person's name as a reader shows it; the whole subject only if it has none
        name = subject.native.get("common_name") or subject.human_friendly
        return SignatureFound(bool(status.intact and status.valid and whole), str(name),
                              bool(status.trusted))
