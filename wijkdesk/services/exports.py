"""Audit-ready exports: an agreement, the register of agreements and the access logs, as sealed
PDFs (and the registers as CSV or XLSX), each an audit entry of its own; and checking a file.

How an export goes: read the chain's head, lay the document out from a read transaction into a
temporary file beside the target (no writer is held while a long log renders), then record the
export in the audit log and give the file its name. The entry's detail keeps the document id,
the content's SHA-256 and the file's digest, so `verify` can tell an untouched file from this
database apart from an altered one or one from elsewhere. No name of a resident ever reaches a
file name, a log line or an exception message: the target path is the user's own choice.
"""

from __future__ import annotations

import enum
import re
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.export import signature
from wijkdesk.export.audit_words import person
from wijkdesk.export.canon import Canon
from wijkdesk.export.document import Cover, Listing, Seal, Written
from wijkdesk.export.files import atomic_file
from wijkdesk.export.pdf_kit import dmy, span
from wijkdesk.export.seal import file_digest, read_seal
from wijkdesk.export.signature import Certificate, SignatureFound
from wijkdesk.resources import resource_path
from wijkdesk.security.audit_chain import ChainReport
from wijkdesk.services import export_content as content
from wijkdesk.services.audit import AuditService
from wijkdesk.services.base import Actor, Progress, Service, reporting
from wijkdesk.store import audit_log
from wijkdesk.store.database import DATABASE_ID_KEY
from wijkdesk.store.models import AuditEntry, Meta, Profile
from wijkdesk.store.types import utcnow

AccessScope = content.AccessScope


class DocumentKind(enum.StrEnum):
    AGREEMENT = "agreement"
    REGISTER = "agreement_register"
    ACCESS_LOG = "access_log"


class DocumentFormat(enum.StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class Exported:
    document_id: uuid.UUID
    kind: DocumentKind
    format: DocumentFormat
    rows: int
    pages: int | None
    content_sha256: str
    file_sha256: str
    signed: bool = False


class Outcome(enum.StrEnum):
    VERIFIED = "verified"  # unaltered, and this database's audit log records its export
    ELSEWHERE = "elsewhere"  # unaltered, but not exported from this database
    ALTERED = "altered"  # changed since it was exported
    UNKNOWN = "unknown"  # no seal, and no export of this database wrote these bytes


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: str  # one English sentence; the window shows it in Dutch
    document_id: str | None = None
    kind: str | None = None
    exported_at: datetime | None = None
    exported_by: str = ""
    content_sha256: str | None = None
    head_seq: int | None = None
    chain: ChainReport | None = None
    signature: SignatureFound | None = None  # a signature appended after the export

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.VERIFIED


_DETAIL = re.compile(r"(?P<fmt>pdf|csv|xlsx) doc=(?P<doc>[0-9a-f-]{36}) "
                     r"content=(?P<content>[0-9a-f]{64}) file=(?P<file>[0-9a-f]{64})"
                     r"(?P<signed> signed)?")


def _detail(fmt: DocumentFormat, doc: uuid.UUID, written: Written) -> str:
    return f"{fmt.value} doc={doc} content={written.content_sha256} file={written.file_sha256}"


class ExportService(Service):
    # The three documents -----------------------------------------------------------------------

    def agreement(self, agreement_id: uuid.UUID, path: Path | str,
                  fmt: DocumentFormat | str = DocumentFormat.PDF,
                  progress: Progress | None = None,
                  certificate: Certificate | None = None) -> Exported:
        """One version with every field, its matrix and findings, the versions of its series
        and its trail. A PDF only: an agreement is a document, not a register."""
        from wijkdesk.export import agreement_pdf
        from wijkdesk.services.agreements import AgreementService

        fmt = _format(fmt)
        if fmt is not DocumentFormat.PDF:
            raise ValidationError("An agreement exports as PDF only; the register of "
                                  "agreements also exports as CSV or XLSX.")
        actor = self._require(Permission.READ_RECORDS, record_type="agreement")
        agreements = AgreementService(self.store, actor)
        version = agreements.get(agreement_id)
        history = agreements.versions(version.summary.series_id)
        c = version.content
        state = agreement_pdf.STATES.get(version.summary.state.value, "")

        def parts(k, canon: Canon) -> list:  # noqa: ANN001 (a pdf_kit.Kit)
            canon.add("agreement", version, history)
            return agreement_pdf.story(k, version, history)

        return self._export(
            DocumentKind.AGREEMENT, fmt, Path(path), progress, record_id=agreement_id,
            title=f"Samenwerkingsafspraak: {c.title}", period=span(c.period_from, c.period_to),
            scope=(("Versie", f"{version.summary.version} · {state}"),),
            body=lambda _s, _head: parts, certificate=certificate)

    def register(self, path: Path | str, fmt: DocumentFormat | str = DocumentFormat.PDF,
                 progress: Progress | None = None,
                 certificate: Certificate | None = None) -> Exported:
        """Every version of every agreement with its state, review date and approver."""
        self._require(Permission.READ_RECORDS, record_type="agreement")
        now = utcnow()
        return self._export(
            DocumentKind.REGISTER, _format(fmt), Path(path), progress, record_id=None,
            title="Register van samenwerkingsafspraken",
            period=f"stand op {dmy(now.astimezone())}",
            scope=(), body=lambda s, _head: content.register(s),
            total=lambda s, _head: content.register_count(s), certificate=certificate)

    def access_log(self, scope: AccessScope, path: Path | str,
                   fmt: DocumentFormat | str = DocumentFormat.PDF,
                   progress: Progress | None = None,
                   certificate: Certificate | None = None) -> Exported:
        """The access log of a resident, a professional or a period (NEN 7513): who did
        what, when, and on whose behalf. Only for the roles that handle privacy rights."""
        self._require(Permission.PRIVACY_RIGHTS, record_type="access_log")
        scope = scope.validated()
        lines: list[tuple[str, str]] = []
        with self._read() as s:
            if scope.resident_id is not None:
                # an erased resident's log stays exportable: a complaint may follow erasure
                named = content.resident_names(s, {scope.resident_id})
                if not named:
                    raise NotFound("This resident does not exist or was erased.")
                lines.append(("Bewoner", named[scope.resident_id]))
            if scope.profile_id is not None:
                profile = s.get(Profile, scope.profile_id)
                if profile is None:
                    raise NotFound("That profile does not exist.")
                lines.append(("Professional", person(profile.display_name, profile.username)))
        title = ("Toegangslog van een bewoner" if scope.resident_id else
                 "Toegangslog van een professional" if scope.profile_id else "Toegangslog")
        return self._export(
            DocumentKind.ACCESS_LOG, _format(fmt), Path(path), progress,
            record_id=scope.profile_id, client_id=scope.resident_id, title=title,
            period=scope.period(utcnow()), scope=tuple(lines),
            body=lambda s, head: content.access_log(s, scope, head),
            total=lambda s, head: content.access_count(s, scope, head),
            certificate=certificate)

    def profiles(self) -> list[tuple[uuid.UUID, str, str]]:
        """(id, display name, username) of every profile, for choosing whose actions to list."""
        self._require(Permission.PRIVACY_RIGHTS, record_type="access_log")
        with self._read() as s:
            return [tuple(r) for r in s.execute(
                select(Profile.id, Profile.display_name, Profile.username)
                .order_by(Profile.display_name))]

    # Checking a file ---------------------------------------------------------------------------

    def verify(self, path: Path | str, progress: Progress | None = None) -> Verdict:
        """Is the file unaltered, and was it exported from this database? A PDF answers from
        its seal; a CSV or XLSX file, which has none, from its digest alone."""
        path = Path(path)
        try:
            if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device would never end
                raise ValidationError("The file cannot be read.")
            found = read_seal(path)
            plain = file_digest(path) if found is None else None
        except OSError:
            raise ValidationError("The file cannot be read.") from None
        except ValueError:  # mmap of an empty file
            found, plain = None, file_digest(path)
        with self._read() as s:
            here = s.scalar(select(Meta.value).where(Meta.key == DATABASE_ID_KEY)) or ""
            if found is None:
                entry = _export_entry(s, file_sha=plain)
                if entry is None:
                    return Verdict(Outcome.UNKNOWN, "The file carries no wijkdesk seal, and no "
                                   "export from this database wrote these bytes.")
                parsed = _DETAIL.search(entry.detail or "")
                return self._judged(s, entry, parsed["doc"], parsed["content"], None, progress,
                                    None)
            seal = found.seal
            sealed_intact = found.actual_sha256 == found.file_sha256
            signed = signature.check(path) if sealed_intact and found.appended else None
            facts = dict(content_sha256=found.content_sha256, head_seq=seal.head_seq)
            entry = _export_entry(s, doc=seal.document_id) if seal.database_id == here else None
            if entry is None:
                if not sealed_intact:
                    return Verdict(Outcome.ALTERED, "The file was changed after it was "
                                   "exported.", seal.document_id, **facts)
                if found.appended and signed is None and not signature.available():
                    return Verdict(Outcome.UNKNOWN, "Something was added to the file after it "
                                   "was exported; checking whether it is a signature needs "
                                   "the optional pyHanko.", seal.document_id, **facts)
                if found.appended and (signed is None or not signed.intact):
                    return Verdict(Outcome.ALTERED, "Something was added to the file after it "
                                   "was exported, and it is not an intact signature.",
                                   seal.document_id, **facts)
                return Verdict(Outcome.ELSEWHERE, "The file carries an intact wijkdesk seal, "
                               "but it was not exported from this database, which therefore "
                               "cannot confirm that it is unaltered.", seal.document_id,
                               signature=signed, **facts)
            recorded = _DETAIL.search(entry.detail or "")
            # A signed export's entry keeps the digest of the whole signed file; an unsigned
            # one's, the seal's digest, and nothing may follow the sealed document.
            whole = recorded is not None and (
                recorded["file"] == file_digest(path) if recorded["signed"]
                else not found.appended and recorded["file"] == found.file_sha256)
            if not sealed_intact or not whole or recorded["content"] != found.content_sha256:
                return Verdict(Outcome.ALTERED, "The file was changed after it was exported "
                               "from this database.", seal.document_id,
                               exported_at=entry.at, exported_by=_name(s, entry.actor_id),
                               **facts)
            head = s.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seal.head_seq))
            if head != seal.head_hash:  # the file is as recorded; the log is not
                return Verdict(Outcome.UNKNOWN, "The file matches its export, but this "
                               "database's audit log no longer holds the entry the file was "
                               "sealed at, so the record proves nothing.", seal.document_id,
                               **facts)
            return self._judged(s, entry, seal.document_id, found.content_sha256, seal.head_seq,
                                progress, signed)

    def _judged(self, s, entry: AuditEntry, doc: str, content_sha: str,  # noqa: ANN001
                head_seq: int | None, progress: Progress | None,
                signed: SignatureFound | None) -> Verdict:
        """An export entry matches: it proves the file only if the chain holding it is intact."""
        facts = dict(document_id=doc, kind=entry.record_type, exported_at=entry.at,
                     exported_by=_name(s, entry.actor_id), content_sha256=content_sha,
                     head_seq=head_seq, signature=signed)
        chain = AuditService(self.store, self.actor).verify(progress)
        if not chain.ok:
            return Verdict(Outcome.UNKNOWN, "This database recorded the export, but its audit "
                           "log is not intact, so that record proves nothing.", chain=chain,
                           **facts)
        return Verdict(Outcome.VERIFIED, "The file is unaltered and was exported from this "
                       "database.", chain=chain, **facts)

    # The one way an export is made -------------------------------------------------------------

    def _export(self, kind: DocumentKind, fmt: DocumentFormat, path: Path,
                progress: Progress | None, *, record_id: uuid.UUID | None, title: str,
                period: str, scope: tuple, body: Callable, total: Callable | None = None,
                client_id: uuid.UUID | None = None,
                certificate: Certificate | None = None) -> Exported:
        from wijkdesk.services.settings import SettingsService

        actor: Actor = self.actor  # type: ignore[assignment] (a _require came first)
        if certificate is not None and fmt is not DocumentFormat.PDF:
            raise ValidationError("Only a PDF can be signed.")
        if certificate is not None and not signature.available():
            raise ValidationError(signature.MISSING)
        if not path.parent.is_dir() or path.is_dir():
            raise ValidationError("The file could not be written there.")
        if path.resolve().parent == self.store.path.resolve().parent:
            raise ValidationError("Choose another folder: this one holds the database itself.")
        self.flush_audit()  # recent searches belong in a log exported now
        organisation = SettingsService(self.store).get().organisation
        document_id = uuid7()
        cover = Cover(title, organisation, period, utcnow(),
                      person(actor.display_name, actor.username), scope)
        canon = Canon()
        try:
            with self._read() as s, atomic_file(path) as target:
                fh, part = target.fh, target.part
                head_seq, head_hash = audit_log.head(s)
                database_id = s.scalar(select(Meta.value).where(Meta.key == DATABASE_ID_KEY))
                seal = Seal(str(document_id), database_id or "", head_seq, head_hash)
                made = body(s, head_seq)
                if isinstance(made, Listing):  # the one way long work tells its progress
                    made.rows = reporting(made.rows, total(s, head_seq), progress, every=500)
                written = _render(fmt, fh, part, cover, seal, made, canon)
                if certificate is not None:
                    fh.flush()
                    signature.sign(part, certificate, f"Geëxporteerd uit wijkdesk, document "
                                   f"{document_id}")
                    # the entry keeps the digest of the file as signed: nothing may be
                    # appended after the signature either
                    written = replace(written, file_sha256=file_digest(part))
                with self._write() as tx:  # the entry and the file stand or fall together
                    tx.audit(AuditEvent.EXPORT, record_type=kind.value,
                             record_id=record_id, client_id=client_id,
                             detail=_detail(fmt, document_id, written)
                             + (" signed" if certificate else ""))
                    target.place()
        except OSError:
            raise ValidationError("The file could not be written there.") from None
        return Exported(document_id, kind, fmt, written.rows, written.pages,
                        written.content_sha256, written.file_sha256, certificate is not None)


def _render(fmt: DocumentFormat, fh, part: Path, cover: Cover, seal: Seal,  # noqa: ANN001
            body: Listing | Callable, canon: Canon) -> Written:
    """body is a Listing (a register) or a function of the PDF kit and the canon that gives
    the flowables of a document laid out by hand (an agreement)."""
    from wijkdesk.export import sheets

    if fmt is DocumentFormat.PDF:
        from wijkdesk.export import sealed_pdf

        parts = body if callable(body) else (lambda _k, _canon: [body])
        return sealed_pdf.write(fh, part, cover, seal, parts, canon,
                                fonts=resource_path("fonts"), wide=not callable(body))
    listing = body
    if fmt is DocumentFormat.CSV:
        sheets.write_csv(fh, cover, listing, canon)
    else:
        sheets.write_xlsx(part, cover, seal, listing, canon)
    return Written(canon.hexdigest(), file_digest(part), canon.rows)


def _format(fmt: DocumentFormat | str) -> DocumentFormat:
    try:
        return DocumentFormat(str(fmt).lower())
    except ValueError:
        raise ValidationError("Choose the format pdf, csv or xlsx.") from None


def _export_entry(s, *, doc: str | None = None,  # noqa: ANN001
                  file_sha: str | None = None) -> AuditEntry | None:
    needle = f"doc={doc} " if doc else f"file={file_sha}"
    return s.scalars(select(AuditEntry).where(
        AuditEntry.event == AuditEvent.EXPORT.value,
        AuditEntry.detail.contains(needle)).order_by(AuditEntry.seq).limit(1)).first()


def _name(s, profile_id: uuid.UUID | None) -> str:  # noqa: ANN001
    if profile_id is None:
        return ""
    row = s.execute(select(Profile.display_name, Profile.username)
                    .where(Profile.id == profile_id)).first()
    return person(*row) if row else ""
