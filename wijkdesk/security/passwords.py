"""Profile passwords: Argon2id with RFC 9106's low-memory profile (64 MiB, t=3, p=4).

That is well above OWASP's minimum for Argon2id (19 MiB, t=2, p=1).
"""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY

from wijkdesk.errors import ValidationError

MIN_PASSWORD_LENGTH = 10

_hasher = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)


def check_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if password.strip() == "":
        raise ValidationError("A password cannot be only spaces.")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
