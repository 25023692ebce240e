"""CBS area codes: gemeente GM0363, wijk WK036300, buurt BU03630000.

A wijk code is the gemeente's four digits plus two; a buurt code is its wijk's six digits plus
two. The codes are how reports aggregate, so they are checked where they enter.
"""

import enum
import re

from wijkdesk.errors import ValidationError


class PlaceLevel(enum.StrEnum):
    MUNICIPALITY = "municipality"  # gemeente
    DISTRICT = "district"  # wijk
    NEIGHBOURHOOD = "neighbourhood"  # buurt


_PREFIX = {
    PlaceLevel.MUNICIPALITY: "GM",
    PlaceLevel.DISTRICT: "WK",
    PlaceLevel.NEIGHBOURHOOD: "BU",
}
_DIGITS = {PlaceLevel.MUNICIPALITY: 4, PlaceLevel.DISTRICT: 6, PlaceLevel.NEIGHBOURHOOD: 8}
PARENT_LEVEL = {
    PlaceLevel.DISTRICT: PlaceLevel.MUNICIPALITY,
    PlaceLevel.NEIGHBOURHOOD: PlaceLevel.DISTRICT,
}


def validate_code(level: PlaceLevel, code: str, parent_code: str | None = None) -> str:
    """The normalised code, or ValidationError when it is malformed or outside its parent."""
    code = code.strip().upper()
    if not re.fullmatch(rf"{_PREFIX[level]}\d{{{_DIGITS[level]}}}", code):
        raise ValidationError(f"'{code}' is not a CBS {level.value} code.")
    if level in PARENT_LEVEL:
        if parent_code is None:
            raise ValidationError(f"A {level.value} needs the area it lies in.")
        parent_level = PARENT_LEVEL[level]
        if not parent_code.startswith(_PREFIX[parent_level]):
            raise ValidationError(f"A {level.value} lies in a {parent_level.value}.")
        if not code[2:].startswith(parent_code[2:]):
            raise ValidationError(f"CBS code {code} does not lie in {parent_code}.")
    return code


def child_code(level: PlaceLevel, parent_code: str, number: int) -> str:
    """The code of the number-th district of a municipality or neighbourhood of a district."""
    if not 0 <= number <= 99:
        raise ValidationError("An area number lies between 0 and 99.")
    return f"{_PREFIX[level]}{parent_code[2:]}{number:02d}"
