"""The SQLite corner of resident search: the FTS5 table kept by the triggers of revision 0004.

A PostgreSQL backend would put a tsvector column and its trigger here instead; the services only
use match_expression(), matches(), search_index and next_search_keys().
"""

import re

from sqlalchemy import ColumnElement, String, bindparam, column, func, select, table, text
from sqlalchemy.orm import Session

from wijkdesk.store.models import Resident

# Lightweight table clause: not ORM metadata, so Alembic never treats it as a plain table.
search_index = table("resident_search", column("rowid"))

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8


def match_expression(query: str) -> str | None:
    """Every word the user typed as a prefix, all required; None when no word is left.

    Each word is quoted, so FTS5 syntax typed by a user (AND, NEAR, *, ^, column:) is searched
    for as text instead of being obeyed.
    """
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:MAX_WORDS])


def matches() -> ColumnElement[bool]:
    """The MATCH condition; its expression is the bound parameter `match`."""
    return text("resident_search MATCH :match").bindparams(bindparam("match", type_=String))


def next_search_keys(session: Session, count: int) -> range:
    """Fresh search keys for count new residents, inside the caller's IMMEDIATE transaction."""
    top = session.scalar(select(func.max(Resident.search_key))) or 0
    return range(top + 1, top + 1 + count)


def is_search_table(name: str | None) -> bool:
    """The FTS5 table and its shadow tables, which Alembic's model comparison must skip."""
    return bool(name) and (name == "resident_search" or name.startswith("resident_search_"))


def forget_deleted_tokens(session: Session) -> None:
    """Rewrite the full-text index without the rows deleted from it (erasure).

    A contentless_delete FTS5 table deletes by tombstone, leaving the tokens in their segment
    until a merge; its 'secure-delete' option cannot act without the deleted text. 'optimize'
    merges every segment into one without the deleted rows (about 0.15 s for 50,000
    residents), and PRAGMA secure_delete zeroes the pages of the old segments."""
    session.execute(text("INSERT INTO resident_search(resident_search) VALUES ('optimize')"))
