"""Errors as the window tells them: in the interface language, one clear sentence.

Services speak English (the command line prints their messages). The window translates the
messages it can meet through the "ServiceMessages" context below; an error it does not know
is told in general terms, never with a traceback, and logged without its message.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wijkdesk.errors import (
    AuthenticationFailed,
    BackupProblem,
    Cancelled,
    Conflict,
    KeyringUnavailable,
    LockedRecord,
    LoginThrottled,
    NewerSchema,
    NotADatabase,
    NotFound,
    PermissionDenied,
    StorageFull,
    ValidationError,
    WijkdeskError,
    WrongKey,
    WrongPassword,
)
from wijkdesk.gui.lane import code_trace
from wijkdesk.gui.service_texts import translated

log = logging.getLogger(__name__)

# Messages of the services that the window can meet, so that lupdate offers them for translation.
SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "A user name has 3 to 64 characters: lower-case "
                      "letters, digits, '.', '_' or '-'."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A display name has 1 to 120 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A password needs at least 10 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A password cannot be only spaces."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A passphrase needs at least 12 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That user name is taken; choose another."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That profile does not exist."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This is the last active administrator; make another "
                      "profile administrator first."),
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot disable your own profile."),
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot change your own role; ask another "
                      "administrator."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The idle lock takes 1 to 60 minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Keep the daily backups of 1 to 90 days."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Keep the weekly backups of 0 to 104 weeks."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This database already has profiles; sign in to add "
                      "more."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Keep youth care requests 1 to 100 years after "
                      "closure."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Keep social work requests 1 to 100 years after "
                      "closure."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Keep contacts without a request 1 to 100 years."),
)


# What the window says for each kind of error, most specific first. A service message that
# has its own translation (above) wins over the kind's sentence for plain domain errors.
_BY_KIND: tuple[tuple[type[BaseException], str], ...] = (
    (WrongPassword, QT_TRANSLATE_NOOP(
        "Messages", "The password is wrong, so nothing was approved. Type your own password "
        "again.")),
    (AuthenticationFailed, QT_TRANSLATE_NOOP(
        "Messages", "The user name or password is wrong, or the profile is disabled.")),
    (WrongKey, QT_TRANSLATE_NOOP(
        "Messages", "The passphrase does not open this database. Check it and try again.")),
    (KeyringUnavailable, QT_TRANSLATE_NOOP(
        "Messages", "The operating system's keyring, which holds the key to this database, "
        "cannot be reached. Unlock it (or sign in to your computer account again) and retry.")),
    (NotADatabase, QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged or is not a wijkdesk database. Restore a "
        "backup with the command 'wijkdesk backup restore'.")),
    (NewerSchema, QT_TRANSLATE_NOOP(
        "Messages", "This database was written by a newer wijkdesk. Install that version to "
        "open it.")),
    (StorageFull, QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Nothing was changed; free some space and try again.")),
    (PermissionDenied, QT_TRANSLATE_NOOP("Messages", "Your role does not allow this.")),
    (Cancelled, QT_TRANSLATE_NOOP("Messages", "Stopped. Nothing of it was kept.")),
    (BackupProblem, QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be made. Check the free disk space and that the "
        "backups folder can be written; the database itself is unchanged.")),
)
_FALLBACK_BY_KIND: tuple[tuple[type[BaseException], str], ...] = (
    (ValidationError, QT_TRANSLATE_NOOP("Messages", "What was filled in is not valid.")),
    (Conflict | LockedRecord, QT_TRANSLATE_NOOP(  # type: ignore[arg-type]
        "Messages", "This clashes with what is already recorded; nothing was changed.")),
    (NotFound, QT_TRANSLATE_NOOP("Messages", "This no longer exists.")),
    (WijkdeskError, QT_TRANSLATE_NOOP(
        "Messages", "wijkdesk cannot do this on this computer right now. The log file names the "
        "kind of problem; nothing was changed.")),
)
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "Something went wrong that wijkdesk did not expect. Nothing was changed; the "
    "log file tells the technical details (without personal data).")


def _first(table: tuple[tuple[type[BaseException], str], ...], exc: BaseException) -> str | None:
    found = next((text for kind, text in table if isinstance(exc, kind)), None)
    return None if found is None else QCoreApplication.translate("Messages", found)


def describe(exc: BaseException) -> str:
    """One sentence for the user about exc, in the interface language."""
    if isinstance(exc, LoginThrottled):
        return QCoreApplication.translate(
            "Messages", "Too many failed attempts. Try again in %n second(s).", None,
            exc.retry_after)
    said = _first(_BY_KIND, exc)
    if said is not None:
        return said
    if not isinstance(exc, WijkdeskError):
        log.error("unexpected %s\n%s", type(exc).__name__, code_trace(exc))
        return QCoreApplication.translate("Messages", _UNEXPECTED)
    text = str(exc)
    said = translated(text)
    if said != text or not _language_is_not_english():
        return said
    # a message nobody translated yet: say what kind of problem it is, in the language
    log.info("no translation for a %s message", type(exc).__name__)
    return _first(_FALLBACK_BY_KIND, exc) or text


def _language_is_not_english() -> bool:
    app = QCoreApplication.instance()
    return bool(app and app.property("wijkdesk_language") not in (None, "en"))


def describe_text(text: str) -> str:
    """A service sentence (e.g. an import problem) in the interface language where translated."""
    return translated(text)
