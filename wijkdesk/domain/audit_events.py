"""The events the audit log knows (NEN 7513 style: who did what to which record, when)."""

import enum


class AuditEvent(enum.StrEnum):
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    SEARCH = "search"
    EXPORT = "export"
    PRINT = "print"
    LOGIN = "login"
    FAILED_LOGIN = "failed_login"
    LOCK = "lock"
    LOGOUT = "logout"
    PERMISSION_DENIED = "permission_denied"
    APPROVE = "approve"
    KEY_CHANGE = "key_change"
    BACKUP = "backup"
    RESTORE = "restore"
