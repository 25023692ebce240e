"""Errors that carry a message fit for the user.

Domain errors describe what the user asked for; environment errors describe the machine or the
files. Both are "known conditions": the command line prints their message as one sentence and
exits non-zero, without a traceback. Messages never contain personal data.
"""


class WijkdeskError(Exception):
    """A known condition with a message fit for the user."""

    exit_code = 1


# Domain errors -------------------------------------------------------------------------------


class ValidationError(WijkdeskError):
    exit_code = 3


class PermissionDenied(WijkdeskError):
    exit_code = 4


class NotFound(WijkdeskError):
    exit_code = 5


class Conflict(WijkdeskError):
    exit_code = 6


class LockedRecord(WijkdeskError):
    exit_code = 6


class AuthenticationFailed(WijkdeskError):
    exit_code = 4


class WrongPassword(AuthenticationFailed):
    """The password given again to confirm an act (an approval) was not the profile's."""


class LoginThrottled(AuthenticationFailed):
    """Too many failed sign-ins in a row: the next attempt must wait."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


class Cancelled(WijkdeskError):
    """The user stopped a long task; nothing of it was kept."""

    exit_code = 130


# Environment errors --------------------------------------------------------------------------


class EnvironmentProblem(WijkdeskError):
    exit_code = 2


class NotInitialised(EnvironmentProblem):
    pass


class AlreadyInitialised(EnvironmentProblem):
    pass


class WrongKey(EnvironmentProblem):
    pass


class NotADatabase(EnvironmentProblem):
    pass


class NewerSchema(EnvironmentProblem):
    pass


class CipherUnavailable(EnvironmentProblem):
    pass


class KeyringUnavailable(EnvironmentProblem):
    pass


class PassphraseRequired(EnvironmentProblem):
    pass


class BackupProblem(EnvironmentProblem):
    pass


class StorageFull(EnvironmentProblem):
    pass
