"""Attachments: receipts, photos and signed forms for initiative support, spending or an
initiative.

The bytes live in the attachments table, inside the SQLCipher database, so they are encrypted
like every other record and go with its backups. The type is read from the content (a file
name says nothing reliable and may itself hold personal data, so it is never stored).
Nothing is written to disk in plaintext except where the user saves a copy on purpose.
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import choice, text
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.export.files import write_atomically
from wijkdesk.services.base import Service
from wijkdesk.store.models import Attachment, Initiative, InitiativeSupport, Spending
from wijkdesk.store.types import utcnow

RECORD_TYPE = "attachment"
MAX_BYTES = 10 * 1024 * 1024
LABEL_LIMIT = 160

# Magic bytes at the start of the content, and the type each means.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
ACCEPTED_TYPES = tuple(t for _, t in _SIGNATURES)


class OwnerType(enum.StrEnum):
    INITIATIVE_SUPPORT = "initiative_support"
    SPENDING = "spending"
    INITIATIVE = "initiative"


_OWNERS = {
    OwnerType.INITIATIVE_SUPPORT: (InitiativeSupport, "This support record does not exist."),
    OwnerType.SPENDING: (Spending, "This spending does not exist."),
    OwnerType.INITIATIVE: (Initiative, "This initiative does not exist."),
}


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    owner_type: OwnerType
    owner_id: uuid.UUID
    label: str
    content_type: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class AttachmentContent:
    id: uuid.UUID
    label: str
    content_type: str
    data: bytes


def content_type_of(data: bytes) -> str:
    """The accepted type data is, by its first bytes; ValidationError for anything else."""
    for magic, content_type in _SIGNATURES:
        if data.startswith(magic):
            return content_type
    raise ValidationError("Only PDF, PNG and JPEG files can be attached.")


def _check_size(size: int) -> None:
    if size <= 0:
        raise ValidationError("This file is empty.")
    if size > MAX_BYTES:
        raise ValidationError("This file is too large to attach; the limit is 10 MB.")


class AttachmentService(Service):
    def add(self, owner_type: OwnerType | str, owner_id: uuid.UUID, label: str,
            data: bytes) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        owner_type = choice(OwnerType, owner_type, "kind of record to attach to")
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ValidationError("An attachment is the content of a file.")
        data = bytes(data)
        _check_size(len(data))
        content_type = content_type_of(data)
        label = text(label, "label", LABEL_LIMIT)
        with self._write() as tx:
            s = tx.session
            model, missing = _OWNERS[owner_type]
            owner = s.get(model, owner_id)
            if owner is None or owner.deleted_at is not None:
                raise NotFound(missing)
            row = Attachment(owner_type=owner_type.value, owner_id=owner_id, label=label,
                             content_type=content_type, size=len(data),
                             sha256=hashlib.sha256(data).hexdigest(), content=data,
                             updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=row.id,
                     fields=("owner_type", "owner_id", "label", "content"),
                     detail=content_type)
            return row.id

    def add_file(self, owner_type: OwnerType | str, owner_id: uuid.UUID, path: Path,
                 label: str = "") -> uuid.UUID:
        """Attach a file's content; its name is not kept (pass it as label to keep it)."""
        path = Path(path)
        try:
            if not path.is_file():
                raise ValidationError("This is not a file that can be attached.")
            _check_size(path.stat().st_size)  # before reading: a huge file is never loaded
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)  # it may have grown since
        except OSError:
            raise ValidationError("The file could not be read.") from None
        return self.add(owner_type, owner_id, label, data)

    def list(self, owner_type: OwnerType | str, owner_id: uuid.UUID) -> list[AttachmentInfo]:
        """The attachments of a record, oldest first, without their content."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        owner_type = choice(OwnerType, owner_type, "kind of record to attach to")
        columns = [c for c in Attachment.__table__.c if c.key != "content"]
        with self._read() as s:
            rows = s.execute(select(*columns).where(
                Attachment.owner_type == owner_type.value, Attachment.owner_id == owner_id,
                Attachment.deleted_at.is_(None)).order_by(Attachment.created_at, Attachment.id))
            return [AttachmentInfo(r.id, OwnerType(r.owner_type), r.owner_id, r.label,
                                   r.content_type, r.size, r.sha256, r.created_at)
                    for r in rows]

    def open(self, attachment_id: uuid.UUID) -> AttachmentContent:
        """The content, to show; reading it is on record."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._write() as tx:
            row = self._live(tx.session, attachment_id)
            tx.audit(AuditEvent.READ, record_type=RECORD_TYPE, record_id=row.id,
                     fields=("content",))
            return AttachmentContent(row.id, row.label, row.content_type, row.content)

    def save_to(self, attachment_id: uuid.UUID, path: Path) -> None:
        """A copy outside the encrypted store, where the user chose ("save as"); written whole
        or not at all, and on record as an export."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        path = Path(path)
        with self._write() as tx:
            row = self._live(tx.session, attachment_id)
            try:
                write_atomically(path, row.content)
            except OSError:
                raise ValidationError("The file could not be written there.") from None
            tx.audit(AuditEvent.EXPORT, record_type=RECORD_TYPE, record_id=row.id,
                     fields=("content",))

    def remove(self, attachment_id: uuid.UUID) -> None:
        """Tombstone an attachment; its content, label and fingerprint are blanked so that
        they leave the file (secure_delete overwrites the freed pages)."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        with self._write() as tx:
            row = self._live(tx.session, attachment_id)
            row.deleted_at = utcnow()
            row.content, row.label, row.sha256 = b"", "", ""
            row.updated_by = self.actor_id
            tx.audit(AuditEvent.DELETE, record_type=RECORD_TYPE, record_id=row.id)

    @staticmethod
    def _live(session: Session, attachment_id: uuid.UUID) -> Attachment:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("This attachment does not exist.")
        return row
