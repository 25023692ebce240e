"""Individual support: help questions, plans and goals, scores, contacts, consents, referrals;
the residents' full-text index (SQLite FTS5, kept current by triggers).

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import wijkdesk.store.types
from wijkdesk.domain.residents import sort_name

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = wijkdesk.store.types.UTCDateTime(timezone=True)


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", UTC, nullable=True),
    ]


def _fk(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


# The SQLite corner of this revision. Contentless (the index keeps no copy of the text) with
# contentless_delete. A deleted row's tokens stay in their segment until a merge, so erasure
# rewrites the index (store.search.forget_deleted_tokens).
SEARCH_DDL = (
    "CREATE VIRTUAL TABLE resident_search USING fts5(name, address, postcode, content='', "
    "contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    "INSERT INTO resident_search(resident_search, rank) VALUES ('secure-delete', 1)",
)
# The address leaves out the city: nearly every resident of a team shares it, so it would make
# every one-letter search match everyone.
_VALUES = ("new.search_key, new.given_name || ' ' || new.family_name, "
           "new.street || ' ' || new.house_number, "
           "new.postcode || ' ' || replace(new.postcode, ' ', '')")
TRIGGERS = (
    "CREATE TRIGGER residents_search_insert AFTER INSERT ON residents "
    "WHEN new.deleted_at IS NULL BEGIN "
    f"INSERT INTO resident_search(rowid, name, address, postcode) VALUES ({_VALUES}); END",
    "CREATE TRIGGER residents_search_update AFTER UPDATE OF given_name, family_name, street, "
    "house_number, postcode, deleted_at, search_key ON residents BEGIN "
    "DELETE FROM resident_search WHERE rowid = old.search_key; "
    "INSERT INTO resident_search(rowid, name, address, postcode) "
    f"SELECT {_VALUES} WHERE new.deleted_at IS NULL; END",
    "CREATE TRIGGER residents_search_delete AFTER DELETE ON residents BEGIN "
    "DELETE FROM resident_search WHERE rowid = old.search_key; END",
)


def upgrade() -> None:
    with op.batch_alter_table("residents") as batch:
        batch.add_column(sa.Column("search_key", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("sort_name", sa.String(240), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("erased_at", UTC, nullable=True))
    op.execute("UPDATE residents SET search_key = rowid")
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, family_name, given_name FROM residents")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE residents SET sort_name = :key WHERE id = :id"),
            [{"id": r.id, "key": sort_name(r.family_name, r.given_name)} for r in rows])
    with op.batch_alter_table("residents") as batch:
        batch.alter_column("search_key", existing_type=sa.Integer(), nullable=False)
        batch.create_unique_constraint(op.f("uq_residents_search_key"), ["search_key"])
    op.create_index("ix_residents_name", "residents", ["sort_name", "id"])
    op.create_index("ix_residents_buurt_name", "residents", ["neighbourhood_id", "sort_name", "id"])
    op.create_index("ix_residents_postcode", "residents", ["postcode", "house_number", "id"])

    op.create_table(
        "support_requests",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("life_domain", sa.String(32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("professional_id", sa.Uuid(), nullable=True),
        sa.Column("care_kind", sa.String(8), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("legal_basis", sa.String(24), nullable=False),
        *_record_columns(),
        _fk("resident_id", "support_requests", "residents"),
        _fk("professional_id", "support_requests", "professionals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_requests")),
    )
    op.create_index(op.f("ix_support_requests_resident_id"), "support_requests", ["resident_id"])
    op.create_index(op.f("ix_support_requests_professional_id"), "support_requests",
                    ["professional_id"])

    op.create_table(
        "support_plans",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        *_record_columns(),
        _fk("request_id", "support_plans", "support_requests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_plans")),
        sa.UniqueConstraint("request_id", name=op.f("uq_support_plans_request_id")),
    )
    op.create_table(
        "plan_goals",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        *_record_columns(),
        _fk("plan_id", "plan_goals", "support_plans"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goals")),
    )
    op.create_index(op.f("ix_plan_goals_plan_id"), "plan_goals", ["plan_id"])
    op.create_table(
        "domain_scores",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("life_domain", sa.String(32), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("moment", sa.String(8), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        *_record_columns(),
        _fk("request_id", "domain_scores", "support_requests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_domain_scores")),
    )
    op.create_index(op.f("ix_domain_scores_request_id"), "domain_scores", ["request_id"])
    op.create_table(
        "contacts",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("professional_id", sa.Uuid(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
        *_record_columns(),
        _fk("resident_id", "contacts", "residents"),
        _fk("request_id", "contacts", "support_requests"),
        _fk("professional_id", "contacts", "professionals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_index(op.f("ix_contacts_request_id"), "contacts", ["request_id"])
    op.create_index("ix_contacts_resident_date", "contacts", ["resident_id", "occurred_on", "id"])
    op.create_index("ix_contacts_date", "contacts", ["occurred_on", "id"])
    op.create_index("ix_contacts_professional_date", "contacts",
                    ["professional_id", "occurred_on"])
    op.create_table(
        "consents",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        *_record_columns(),
        _fk("resident_id", "consents", "residents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index(op.f("ix_consents_resident_id"), "consents", ["resident_id"])
    op.create_table(
        "referrals",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
        *_record_columns(),
        _fk("resident_id", "referrals", "residents"),
        _fk("request_id", "referrals", "support_requests"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_resident_id"), "referrals", ["resident_id"])

    for statement in SEARCH_DDL + TRIGGERS:
        op.execute(statement)
    op.execute(
        "INSERT INTO resident_search(rowid, name, address, postcode) SELECT search_key, "
        "given_name || ' ' || family_name, street || ' ' || house_number, "
        "postcode || ' ' || replace(postcode, ' ', '') FROM residents WHERE deleted_at IS NULL")


def downgrade() -> None:
    for trigger in ("residents_search_insert", "residents_search_update",
                    "residents_search_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS resident_search")
    for table in ("referrals", "consents", "contacts", "domain_scores", "plan_goals",
                  "support_plans", "support_requests"):
        op.drop_table(table)
    for index in ("ix_residents_name", "ix_residents_buurt_name", "ix_residents_postcode"):
        op.drop_index(index, "residents")
    with op.batch_alter_table("residents") as batch:
        batch.drop_constraint(op.f("uq_residents_search_key"), type_="unique")
        batch.drop_column("erased_at")
        batch.drop_column("sort_name")
        batch.drop_column("search_key")
