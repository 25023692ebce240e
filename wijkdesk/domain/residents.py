"""Rules for residents' basic data (names, Dutch postcodes, dates of birth)."""

import enum
import re
import unicodedata
from datetime import date

from wijkdesk.errors import ValidationError

_POSTCODE = re.compile(r"([1-9]\d{3})\s?([A-Z]{2})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def normalise_postcode(value: str) -> str:
    """'1234ab' -> '1234 AB'; empty stays empty."""
    value = value.strip().upper()
    if not value:
        return ""
    match = _POSTCODE.fullmatch(value)
    if not match:
        raise ValidationError("A Dutch postcode has four digits and two letters, as in 1234 AB.")
    return f"{match.group(1)} {match.group(2)}"


def check_name(value: str, what: str, limit: int = 120) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValidationError(f"The {what} is required.")
    if len(value) > limit:
        raise ValidationError(f"The {what} is longer than {limit} characters.")
    return value


def check_birth_date(value: date | None, today: date) -> date | None:
    if value is not None and not date(1900, 1, 1) <= value <= today:
        raise ValidationError("The date of birth lies in the future or before 1900.")
    return value


def check_email(value: str) -> str:
    value = value.strip()
    if value and not _EMAIL.fullmatch(value):
        raise ValidationError("The e-mail address is not valid.")
    return value


class HouseholdRelation(enum.StrEnum):
    HEAD = "head"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# Dutch family names sort on their core: "de Vries" files under V, "van den Berg" under B.
_PREFIXES = frozenset({"van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op",
                       "von", "la", "le", "du", "d'", "l'", "dos", "da", "del", "di"})


def sort_name(family_name: str, given_name: str) -> str:
    """The key the resident list sorts on: core of the family name, prefixes, given name."""
    words = family_name.split()
    prefix = []
    while len(words) > 1 and words[0].lower() in _PREFIXES:
        prefix.append(words.pop(0))
    core = " ".join(words)
    key = f"{core} {' '.join(prefix)}\x1f{given_name}".casefold()
    # Öztürk files under O and Çelik under C, not after Z
    return "".join(c for c in unicodedata.normalize("NFKD", key)
                   if not unicodedata.combining(c))
