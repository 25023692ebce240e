"""Reading a residents spreadsheet saved as CSV: encodings, delimiters, column names in Dutch or
English, Dutch dates and household relations.

Pure rules, no database. Every message here is about the file's shape, never a quote of a value:
a cell can hold a name, and messages reach the screen, exceptions and sometimes logs.
"""

import re
from dataclasses import dataclass
from datetime import date

from wijkdesk.domain.residents import HouseholdRelation
from wijkdesk.errors import ValidationError

MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000

# ResidentData.validated() requires both names, so a file without either column cannot succeed.
REQUIRED = {"given_name": "voornaam", "family_name": "achternaam"}

# Recognised column names, compared after squash(): lower case without spaces, '_', '-' or '.'.
_ALIASES = {
    "given_name": ("voornaam", "voornamen", "roepnaam", "given_name", "first_name"),
    "family_name": ("achternaam", "familienaam", "family_name", "last_name", "surname"),
    "date_of_birth": ("geboortedatum", "date_of_birth", "birth_date", "dob"),
    "street": ("straat", "straatnaam", "street"),
    "house_number": ("huisnummer", "house_number", "number"),
    "postcode": ("postcode", "postal_code", "zip"),
    "city": ("plaats", "woonplaats", "city", "town"),
    "phone": ("telefoon", "telefoonnummer", "phone", "telephone"),
    "email": ("email", "e-mail", "e-mailadres", "emailadres"),
    "neighbourhood_code": ("buurtcode", "cbs_buurtcode", "neighbourhood_code",
                           "neighborhood_code"),
    "household": ("huishouden", "household"),
    "relation": ("relatie", "relation", "household_relation"),
}
FIELDS = tuple(_ALIASES)

# Column lengths of the residents table that ResidentData.validated() does not check itself.
LIMITS = {"street": ("street", 120), "house_number": ("house number", 16),
          "city": ("place", 80), "phone": ("phone number", 32), "email": ("e-mail address", 120)}

_RELATIONS = {
    "head": HouseholdRelation.HEAD, "hoofdbewoner": HouseholdRelation.HEAD,
    "hoofd": HouseholdRelation.HEAD,
    "partner": HouseholdRelation.PARTNER,
    "child": HouseholdRelation.CHILD, "kind": HouseholdRelation.CHILD,
    "parent": HouseholdRelation.PARENT, "ouder": HouseholdRelation.PARENT,
    "other": HouseholdRelation.OTHER, "anders": HouseholdRelation.OTHER,
    "overig": HouseholdRelation.OTHER,
}

_BUURT_CODE = re.compile(r"BU\d{8}")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_DUTCH = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
_SHORT_YEAR = re.compile(r"\d{1,2}([-/.])\d{1,2}\1\d{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def squash(name: str) -> str:
    return re.sub(r"[\s_\-.\ufeff]+", "", name.lower())


_BY_NAME = {squash(alias): name for name, aliases in _ALIASES.items() for alias in aliases}


# The file ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16" or "windows-1252"


def decode(data: bytes) -> Decoded:
    """The file's text. UTF-8 (with or without BOM) is tried first: text in Windows-1252 with
    accented letters is almost never valid UTF-8, so what fails is read as an Excel export."""
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError("This is an Excel workbook (or another zip file), not CSV: save it "
                              "as CSV (semicolon or comma separated) first.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _strict(data, "utf-8-sig"), "utf-8-sig"
    elif b"\x00" in data:
        raise ValidationError("The file is not a text (CSV) file.")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _strict(data, "windows-1252"), "windows-1252"
    if "\x00" in text or len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise ValidationError("The file is not a text (CSV) file.")
    if not text.strip():
        raise ValidationError("The file is empty.")
    return Decoded(text, encoding)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ValidationError("The file is not a text (CSV) file.") from None


def choose_delimiter(text: str) -> str:
    """The delimiter the header line uses: column names hold no ';', ',' or tab themselves."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def clean_cell(value: str) -> str:
    """A cell without stray control characters (Excel leaves some) and outer spaces."""
    return _CONTROL.sub(" ", value).strip()


# The header --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    columns: tuple[str | None, ...]  # field of each column; None for a column without a name
    problems: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c is not None)


def read_header(cells: list[str]) -> Header:
    names = [clean_cell(c).lstrip("\ufeff").strip() for c in cells]
    columns: list[str | None] = []
    unknown: list[str] = []
    twice: list[str] = []
    for name in names:
        if not name:
            columns.append(None)
            continue
        field = _BY_NAME.get(squash(name))
        if field is None:
            unknown.append(name)
        elif field in columns:
            twice.append(name)
        columns.append(field)  # None for an unknown name: reported below
    problems = []
    if not any(columns):
        # Probably a file without a header row: its "names" would be someone's data.
        problems.append("The first line holds no known column names; it must name the columns, "
                        "for example achternaam;voornaam;geboortedatum;postcode.")
        return Header(tuple(columns), tuple(problems))
    if unknown:
        listed = ", ".join(f"'{n[:40]}'" for n in unknown)
        problems.append(f"Unknown column{'s' if len(unknown) > 1 else ''}: {listed}. Known "
                        "columns are " + ", ".join(FIELDS) + " and their Dutch names.")
    if twice:
        problems.append("These columns appear twice: " + ", ".join(f"'{n[:40]}'" for n in twice)
                        + ".")
    missing = [f"{f} ({dutch})" for f, dutch in REQUIRED.items() if f not in columns]
    if missing:
        problems.append(f"Required column{'s are' if len(missing) > 1 else ' is'} missing: "
                        + ", ".join(missing) + ".")
    return Header(tuple(columns), tuple(problems))


# Values ------------------------------------------------------------------------------------------


def parse_date(value: str) -> date | None:
    """dd-mm-yyyy, d-m-yyyy (also with / or .) or yyyy-mm-dd; empty is None."""
    value = value.strip()
    if not value:
        return None
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DUTCH.fullmatch(value):
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif _SHORT_YEAR.fullmatch(value):
        raise ValidationError("Write the year of the date of birth in four digits.")
    else:
        raise ValidationError("The date of birth is not a date in the form dd-mm-yyyy or "
                              "yyyy-mm-dd.")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError("The date of birth does not exist on the calendar.") from None


def parse_relation(value: str) -> HouseholdRelation | None:
    """The household relation in English or Dutch; empty is None (decided per household)."""
    value = value.strip().lower()
    if not value:
        return None
    try:
        return _RELATIONS[value]
    except KeyError:
        raise ValidationError("The relation is not one of head, partner, child, parent, other "
                              "(or hoofdbewoner, partner, kind, ouder, anders).") from None


def parse_buurt_code(value: str) -> str:
    """The normalised CBS buurt code; empty stays empty."""
    value = value.strip().upper().replace(" ", "")
    if value and not _BUURT_CODE.fullmatch(value):
        raise ValidationError("The buurt code is not a CBS buurt code (BU and eight digits).")
    return value


def check_length(value: str, field: str) -> None:
    what, limit = LIMITS[field]
    if len(value) > limit:
        raise ValidationError(f"The {what} is longer than {limit} characters.")


def fill_relations(relations: list[HouseholdRelation | None]) -> list[HouseholdRelation]:
    """A household's relations with the blanks decided: the first blank is the head when no
    one is named head, later blanks are 'other'."""
    has_head = HouseholdRelation.HEAD in relations
    out = []
    for relation in relations:
        if relation is None:
            relation = HouseholdRelation.OTHER if has_head else HouseholdRelation.HEAD
            has_head = True
        out.append(relation)
    return out
