"""Checking a document: is an exported PDF, CSV or XLSX file unaltered, and did it leave this
database? The answer rests on the audit chain, which is checked whole, so it runs on the lane
behind a progress dialog; the verdict comes as one headline with the facts under it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wijkdesk.errors import Cancelled
from wijkdesk.gui.feedback import fail, open_dialog, say_in_status
from wijkdesk.gui.lane import Job
from wijkdesk.gui.messages import describe_text
from wijkdesk.gui.progress import run_with_progress
from wijkdesk.gui.session import Session
from wijkdesk.services.exports import Outcome, SignatureFound, Verdict

_C = "VerifyDocument"
HEADLINES = {
    Outcome.VERIFIED: QT_TRANSLATE_NOOP("VerifyDocument", "Unaltered, and exported from this "
                                        "database."),
    Outcome.ELSEWHERE: QT_TRANSLATE_NOOP("VerifyDocument", "Sealed, but not exported from this "
                                         "database."),
    Outcome.ALTERED: QT_TRANSLATE_NOOP("VerifyDocument", "Changed after export: not "
                                       "reliable."),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("VerifyDocument", "Not recognised: no wijkdesk seal, "
                                       "and no export from this database matches."),
}
# UNKNOWN also answers a recorded export whose chain is broken: that needs its own headline.
BROKEN_CHAIN = QT_TRANSLATE_NOOP("VerifyDocument", "Cannot be confirmed: the audit log of this "
                                 "database is not intact.")
# ... and a sealed file this database cannot judge (its log moved on, or pyHanko is missing)
CANNOT_CONFIRM = QT_TRANSLATE_NOOP("VerifyDocument", "Cannot be confirmed by this database.")
# What to make of it; the service's reason joins it where it tells cases apart (which change).
ADVICE = {
    Outcome.VERIFIED: QT_TRANSLATE_NOOP("VerifyDocument", "The audit log records this export "
                                        "and is intact."),
    Outcome.ELSEWHERE: QT_TRANSLATE_NOOP("VerifyDocument", "It may come from another wijkdesk "
                                         "database; only that database can confirm that it is "
                                         "unaltered."),
    Outcome.ALTERED: QT_TRANSLATE_NOOP("VerifyDocument", "Do not rely on its content; ask for "
                                       "a new export."),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("VerifyDocument", "It is not a wijkdesk export, or it "
                                       "was saved again by another program."),
}
BROKEN_CHAIN_ADVICE = QT_TRANSLATE_NOOP("VerifyDocument", "Tell your administrator: the audit "
                                        "log needs to be checked.")
ICONS = {
    Outcome.VERIFIED: QMessageBox.Icon.Information,
    Outcome.ELSEWHERE: QMessageBox.Icon.Warning,
    Outcome.ALTERED: QMessageBox.Icon.Critical,
    Outcome.UNKNOWN: QMessageBox.Icon.Warning,
}
SIGNED_BY = QT_TRANSLATE_NOOP("VerifyDocument", "Signed by")
NO_SIGNER = QT_TRANSLATE_NOOP("VerifyDocument", "(not readable)")
SIGNATURE = QT_TRANSLATE_NOOP("VerifyDocument", "Signature")
INTACT = QT_TRANSLATE_NOOP("VerifyDocument", "intact: it covers the whole file")
NOT_INTACT = QT_TRANSLATE_NOOP("VerifyDocument", "not intact")
CERTIFICATE = QT_TRANSLATE_NOOP("VerifyDocument", "Certificate")
TRUSTED = QT_TRANSLATE_NOOP("VerifyDocument", "trusted on this computer")
NOT_TRUSTED = QT_TRANSLATE_NOOP("VerifyDocument", "not trusted by this computer, as with a "
                                "team's own certificate: each reader's own list decides")
KINDS = {
    "agreement": QT_TRANSLATE_NOOP("VerifyDocument", "collaboration agreement"),
    "agreement_register": QT_TRANSLATE_NOOP("VerifyDocument", "register of collaboration "
                                            "agreements"),
    "access_log": QT_TRANSLATE_NOOP("VerifyDocument", "access log"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def title() -> str:
    return QCoreApplication.translate("VerifyDocument", "Check a document")


def broken_chain(verdict: Verdict) -> bool:
    return verdict.chain is not None and not verdict.chain.ok


def sealed_but_unjudged(verdict: Verdict) -> bool:
    return verdict.outcome is Outcome.UNKNOWN and verdict.document_id is not None


def headline(verdict: Verdict) -> str:
    if broken_chain(verdict):
        return _tr(BROKEN_CHAIN)
    if sealed_but_unjudged(verdict):
        return _tr(CANNOT_CONFIRM)
    return _tr(HEADLINES[verdict.outcome])


def local_moment(moment: datetime) -> str:
    if moment.tzinfo is None:  # the store keeps UTC
        moment = moment.replace(tzinfo=UTC)
    return QLocale().toString(moment.astimezone().replace(tzinfo=None), "dd-MM-yyyy HH:mm")


def facts(verdict: Verdict, file_name: str = "") -> list[tuple[str, str]]:
    """(label, value) lines of what the verdict knows, in the interface language."""
    lines = []
    if file_name:
        lines.append((QCoreApplication.translate("VerifyDocument", "File"), file_name))
    if verdict.document_id:
        lines.append((QCoreApplication.translate("VerifyDocument", "Document"),
                      verdict.document_id))
    if verdict.kind:
        kind = KINDS.get(verdict.kind)
        lines.append((QCoreApplication.translate("VerifyDocument", "Kind"),
                      _tr(kind) if kind else verdict.kind))
    if verdict.exported_at is not None:
        when = local_moment(verdict.exported_at)
        if verdict.exported_by:
            when = QCoreApplication.translate("VerifyDocument", "%1 by %2").replace(
                "%1", when).replace("%2", verdict.exported_by)
        lines.append((QCoreApplication.translate("VerifyDocument", "Exported"), when))
    if verdict.content_sha256:
        lines.append((QCoreApplication.translate("VerifyDocument", "Fingerprint of the content "
                                                 "(SHA-256)"), verdict.content_sha256))
    if verdict.head_seq is not None:
        lines.append((QCoreApplication.translate("VerifyDocument", "Audit chain up to entry"),
                      QLocale().toString(verdict.head_seq)))
    if verdict.signature is not None:
        lines.extend(signature_facts(verdict.signature))
    return lines


def signature_facts(found: SignatureFound) -> list[tuple[str, str]]:
    """Who signed, whether the signature still holds, and whether this computer trusts the
    certificate: a team's own certificate is trusted by no one's list until a reader adds it."""
    return [
        (_tr(SIGNED_BY), found.signer or _tr(NO_SIGNER)),
        (_tr(SIGNATURE), _tr(INTACT if found.intact else NOT_INTACT)),
        (_tr(CERTIFICATE), _tr(TRUSTED if found.trusted else NOT_TRUSTED)),
    ]


def explanation(verdict: Verdict) -> str:
    if broken_chain(verdict):
        return describe_text(verdict.reason) + " " + _tr(BROKEN_CHAIN_ADVICE)
    advice = _tr(ADVICE[verdict.outcome])
    if sealed_but_unjudged(verdict):
        return describe_text(verdict.reason)
    if verdict.outcome is Outcome.ALTERED:
        return describe_text(verdict.reason) + " " + advice
    return advice


def _details_html(verdict: Verdict, file_name: str) -> str:
    rows = []
    for label, value in facts(verdict, file_name):
        shown, keep = escape(value), " " not in value and len(value) <= 40
        if len(value) == 64 and all(c in "0123456789abcdef" for c in value):
            # a digest in two halves, so that the box stays a readable width
            shown, keep = f"<tt>{value[:32]}<br>{value[32:]}</tt>", True
        # labels and ids on one line each (an id would break at its hyphens)
        rows.append(f"<tr><td style='padding-right:12px; white-space:pre'>{escape(label)}</td>"
                    f"<td style='white-space:{'pre' if keep else 'normal'}'>{shown}</td></tr>")
    return (f"<p>{escape(explanation(verdict))}</p>"
            f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")


def verdict_box(parent: QWidget | None, verdict: Verdict, file_name: str = "") -> QMessageBox:
    """The verdict as a message box (not yet shown): headline, reason, facts."""
    icon = QMessageBox.Icon.Critical if broken_chain(verdict) else ICONS[verdict.outcome]
    box = QMessageBox(icon, title(), "", QMessageBox.StandardButton.Close, parent)
    box.setObjectName("documentVerdict")
    box.setProperty("outcome", verdict.outcome.value)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<b>{escape(headline(verdict))}</b>")
    box.setInformativeText(_details_html(verdict, file_name))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def check_document(parent: QWidget, session: Session, path: str | Path,
                   shown: Callable[[QMessageBox], None] | None = None) -> Job | None:
    """Check the file at path on the lane and show the verdict (the box goes to shown)."""
    exports = session.workspace.exports(session.actor)
    name = Path(path).name

    def done(verdict: Verdict) -> None:
        if not shiboken6.isValid(parent):
            return
        box = open_dialog(verdict_box(parent, verdict, name))
        if shown is not None:
            shown(box)

    def failed(exc: BaseException) -> None:
        if not shiboken6.isValid(parent):
            return
        if isinstance(exc, Cancelled):
            say_in_status(parent, QCoreApplication.translate("VerifyDocument",
                                                             "Check stopped."), 5000)
        else:
            fail(parent, title(), exc)

    return run_with_progress(
        parent, session, title(),
        QCoreApplication.translate("VerifyDocument", "Checking the document and the audit "
                                   "chain…"),
        lambda p: exports.verify(path, progress=p), "verify document", done, failed)


def choose_document(parent: QWidget, session: Session,
                    shown: Callable[[QMessageBox], None] | None = None) -> QFileDialog:
    """Ask which file to check (without blocking), then check it."""
    dialog = QFileDialog(parent, title())
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([
        QCoreApplication.translate("VerifyDocument", "Exported documents (*.pdf *.csv *.xlsx)"),
        QCoreApplication.translate("VerifyDocument", "All files (*)")])
    dialog.fileSelected.connect(lambda path: check_document(parent, session, path, shown))
    return open_dialog(dialog)
