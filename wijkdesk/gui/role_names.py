"""Roles and storage modes as the interface names them."""

from PySide6.QtCore import QCoreApplication

from wijkdesk.domain.roles import Role
from wijkdesk.security.keys import StorageMode


def role_name(role: Role) -> str:
    names = {
        Role.TEAM_MEMBER: QCoreApplication.translate("Roles", "team member"),
        Role.TEAM_LEAD: QCoreApplication.translate("Roles", "team lead"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Roles", "administrator"),
    }
    return names[role]


def mode_name(mode: StorageMode) -> str:
    if mode is StorageMode.KEYRING:
        return QCoreApplication.translate("Roles", "key in the OS keyring")
    return QCoreApplication.translate("Roles", "protected by a passphrase")
