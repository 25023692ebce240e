"""Roles of profiles and what each may do.

On a single laptop these are workflow controls; the services enforce them so that a team server
can enforce the same rules later.
"""

import enum


class Role(enum.StrEnum):
    TEAM_MEMBER = "team_member"
    TEAM_LEAD = "team_lead"
    ADMINISTRATOR = "administrator"


class Permission(enum.StrEnum):
    READ_RECORDS = "read_records"
    WRITE_RECORDS = "write_records"
    APPROVE_AGREEMENTS = "approve_agreements"
    MANAGE_PROFILES = "manage_profiles"
    MANAGE_STORE = "manage_store"  # backups, restore, key change, demo data
    PRIVACY_RIGHTS = "privacy_rights"  # AVG: subject access, erasure, retention
    MANAGE_TASKS = "manage_tasks"  # the list of neighbourhood tasks and their domains
    MANAGE_TYPES = "manage_types"  # professional types beyond the five seeded ones


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.TEAM_MEMBER: frozenset({Permission.READ_RECORDS, Permission.WRITE_RECORDS}),
    Role.TEAM_LEAD: frozenset(
        {Permission.READ_RECORDS, Permission.WRITE_RECORDS, Permission.APPROVE_AGREEMENTS,
         Permission.PRIVACY_RIGHTS, Permission.MANAGE_TASKS}
    ),
    Role.ADMINISTRATOR: frozenset(
        {
            Permission.READ_RECORDS,
            Permission.WRITE_RECORDS,
            Permission.MANAGE_PROFILES,
            Permission.MANAGE_STORE,
            Permission.PRIVACY_RIGHTS,
            Permission.MANAGE_TASKS,
            Permission.MANAGE_TYPES,
        }
    ),
}


def may(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]

