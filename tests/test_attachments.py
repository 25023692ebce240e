"""Attachments: type by content, size limits, round trip, encryption at rest, removal."""

import hashlib
import secrets
import uuid
import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from wijkdesk.domain.places import PlaceLevel
from wijkdesk.errors import NotFound, PermissionDenied, ValidationError
from wijkdesk.services import attachments as attachments_module
from wijkdesk.services.attachments import AttachmentInfo, OwnerType
from wijkdesk.services.places import PlaceService
from wijkdesk.store.models import Attachment, AuditEntry, Initiative, InitiativeSupport


def _png(payload: bytes = b"") -> bytes:
    """A 1×1 PNG (signature, IHDR, IDAT, IEND) with payload in a text chunk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data).to_bytes(4, "big")
        return len(data).to_bytes(4, "big") + kind + data + crc

    ihdr = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    text = chunk(b"tEXt", b"Comment\x00" + payload) if payload else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + text
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


@pytest.fixture
def initiative(workspace, admin):
    places = PlaceService(workspace.store, admin)
    gm = places.add(PlaceLevel.MUNICIPALITY, "GM1999", "Testgemeente")
    wk = places.add(PlaceLevel.DISTRICT, "WK199900", "Testwijk", gm.id)
    bu = places.add(PlaceLevel.NEIGHBOURHOOD, "BU19990000", "Testbuurt", wk.id)
    with workspace.store.write() as s:
        row = Initiative(title="Testinitiatief", place_id=bu.id, status="idea",
                         started_on=date(2024, 3, 1))
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def support(workspace, initiative):
    with workspace.store.write() as s:
        row = InitiativeSupport(initiative_id=initiative, kind="financial",
                                asked_on=date(2024, 3, 1), given_on=None)
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def service(workspace, admin):
    return workspace.attachments(admin)


def _rows(workspace):
    with workspace.store.read() as s:
        return s.scalar(select(func.count()).select_from(Attachment))


@pytest.mark.parametrize(("data", "content_type"), [
    (PDF, "application/pdf"), (_png(), "image/png"), (JPEG, "image/jpeg"),
])
def test_pdf_png_and_jpeg_are_accepted_by_their_content(service, support, data, content_type):
    added = service.add(OwnerType.INITIATIVE_SUPPORT, support, "Bon", data)
    [info] = service.list("initiative_support", support)
    assert isinstance(info, AttachmentInfo) and not hasattr(info, "data")
    assert (info.id, info.content_type, info.size) == (added, content_type, len(data))
    assert info.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("data", [
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff",  # a Windows program
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00",  # a zip archive
    b"Dit is gewoon tekst, geen bon.\n",
    b"\x89PNG",  # a cut-off signature is not a PNG
])
def test_other_types_are_refused_with_the_accepted_ones_named(workspace, service, support, data):
    with pytest.raises(ValidationError, match="Only PDF, PNG and JPEG"):
        service.add(OwnerType.INITIATIVE_SUPPORT, support, "", data)
    assert _rows(workspace) == 0


def test_the_file_name_decides_nothing_and_is_not_kept(workspace, service, initiative,
                                                       tmp_path):
    disguised = tmp_path / "Jansen_Pietje_bon.exe"
    disguised.write_bytes(PDF)
    added = service.add_file("initiative", initiative, disguised)
    [info] = service.list(OwnerType.INITIATIVE, initiative)
    assert info.id == added and info.content_type == "application/pdf" and info.label == ""
    fake = tmp_path / "foto.png"
    fake.write_bytes(b"niet echt een plaatje")
    with pytest.raises(ValidationError, match="Only PDF, PNG and JPEG"):
        service.add_file("initiative", initiative, fake)
    with workspace.store.read() as s:
        stored = " ".join(repr(tuple(r)) for r in s.execute(
            select(*[c for c in Attachment.__table__.c if c.key != "content"])))
    assert "Jansen" not in stored and "exe" not in stored


def test_too_large_is_refused_and_nothing_written(workspace, service, support, monkeypatch):
    monkeypatch.setattr(attachments_module, "MAX_BYTES", 1_000)
    with pytest.raises(ValidationError, match="too large"):
        service.add("initiative_support", support, "Groot", _png(b"x" * 1_000))
    assert _rows(workspace) == 0
    service.add("initiative_support", support, "Past", _png(b"x" * 100))
    assert _rows(workspace) == 1


def test_a_too_large_file_is_refused_before_it_is_read(workspace, service, support, monkeypatch,
                                                       tmp_path):
    big = tmp_path / "groot.png"
    big.write_bytes(_png(b"y" * 5_000))
    monkeypatch.setattr(attachments_module, "MAX_BYTES", 1_000)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(ValidationError, match="too large"):
        service.add_file("initiative_support", support, big)
    assert _rows(workspace) == 0


def test_empty_is_refused(workspace, service, support, tmp_path):
    with pytest.raises(ValidationError, match="empty"):
        service.add("initiative_support", support, "", b"")
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        service.add_file("initiative_support", support, empty)
    with pytest.raises(ValidationError):
        service.add_file("initiative_support", support, tmp_path / "bestaat-niet.pdf")
    assert _rows(workspace) == 0


def test_owner_and_label_are_checked(workspace, service, support):
    with pytest.raises(NotFound):
        service.add("spending", uuid.uuid4(), "", PDF)
    with pytest.raises(NotFound):
        service.add("initiative", support, "", PDF)  # a support id is not an initiative
    with pytest.raises(ValidationError):
        service.add("resident", support, "", PDF)
    with pytest.raises(ValidationError):
        service.add("initiative_support", support, "x" * 161, PDF)
    assert _rows(workspace) == 0


def test_round_trip_of_the_bytes_with_reading_on_record(workspace, service, support, tmp_path):
    data = _png(secrets.token_bytes(3_000))
    added = service.add("initiative_support", support, "Foto van de bon", data)
    opened = service.open(added)
    assert (opened.data, opened.content_type, opened.label) == (data, "image/png",
                                                              "Foto van de bon")
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "kopie.png"
    service.save_to(added, target)
    assert target.read_bytes() == data
    assert [p.name for p in out.iterdir()] == ["kopie.png"]  # no part file left over
    with pytest.raises(ValidationError):
        service.save_to(added, tmp_path / "bestaat-niet" / "kopie.png")
    with workspace.store.read() as s:
        facts = s.execute(select(AuditEntry.event, AuditEntry.fields, AuditEntry.detail)
                          .where(AuditEntry.record_id == str(added))
                          .order_by(AuditEntry.seq)).all()
    assert [f.event for f in facts] == ["create", "read", "export"]
    assert all("Foto" not in repr(tuple(f)) for f in facts)  # field names only


def test_the_bytes_are_not_in_the_database_file_in_plaintext(workspace, locations, service,
                                                             support):
    marker = b"WIJKDESK-MARKER-" + secrets.token_hex(8).encode()
    data = _png(marker * 40)
    added = service.add("initiative_support", support, "", data)
    assert marker in service.open(added).data  # it went in
    workspace.close()
    files = [p for p in locations.data.rglob("*") if p.is_file()]
    assert locations.database in files
    for path in files:
        assert marker not in path.read_bytes(), path.name


def test_remove_blanks_the_content(workspace, service, support):
    data = _png(b"te verwijderen")
    added = service.add("initiative_support", support, "Verkeerde bon", data)
    service.remove(added)
    with workspace.store.read() as s:
        row = s.get(Attachment, added)
        assert row.deleted_at is not None
        assert (row.content, row.label, row.sha256) == (b"", "", "")
    assert service.list("initiative_support", support) == []
    with pytest.raises(NotFound):
        service.open(added)
    with pytest.raises(NotFound):
        service.remove(added)


def test_without_a_profile_attachments_are_out_of_reach(workspace, service, support):
    added = service.add("initiative_support", support, "", PDF)
    anonymous = workspace.attachments(None)
    with pytest.raises(PermissionDenied):
        anonymous.add("initiative_support", support, "", PDF)
    with pytest.raises(PermissionDenied):
        anonymous.open(added)
    with pytest.raises(PermissionDenied):
        anonymous.list("initiative_support", support)
    assert _rows(workspace) == 1
