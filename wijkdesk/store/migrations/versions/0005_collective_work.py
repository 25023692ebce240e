"""Collective work: activities and their sessions, resident initiatives with their status
history, initiators and support, professional time, funding sources, budgets, commitments,
spending, offset savings, attachments (stored in the encrypted database), and residents'
participation in activities.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import wijkdesk.store.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The SQLite corner of this revision: contact_months follows contacts (added, changed,
# tombstoned, removed) and residents moving to another buurt.
_MONTH = "CAST(substr({0}.occurred_on, 1, 4) AS INTEGER) * 100 + CAST(substr({0}.occurred_on, 6, 2) AS INTEGER)"
_ADD = ("INSERT INTO contact_months(neighbourhood_key, month, professional_key, contacts, minutes) "
        "SELECT coalesce(r.neighbourhood_id, ''), " + _MONTH.format("new") + ", "
        "coalesce(new.professional_id, ''), 1, new.minutes FROM residents r "
        "WHERE r.id = new.resident_id AND new.deleted_at IS NULL "
        "ON CONFLICT(neighbourhood_key, month, professional_key) DO UPDATE SET "
        "contacts = contacts + 1, minutes = minutes + excluded.minutes;")
_SUBTRACT = ("UPDATE contact_months SET contacts = contacts - 1, minutes = minutes - old.minutes "
             "WHERE old.deleted_at IS NULL AND month = " + _MONTH.format("old") + " "
             "AND professional_key = coalesce(old.professional_id, '') "
             "AND neighbourhood_key = (SELECT coalesce(neighbourhood_id, '') FROM residents "
             "WHERE id = old.resident_id);")
_GROUPED = ("SELECT {key}, " + _MONTH.format("contacts") + " AS month, "
            "coalesce(professional_id, '') AS professional_key, count(*) AS contacts, "
            "sum(minutes) AS minutes FROM contacts WHERE {where} AND deleted_at IS NULL "
            "GROUP BY 2, 3")
ROLLUP_TRIGGERS = (
    "CREATE TRIGGER contacts_months_insert AFTER INSERT ON contacts BEGIN " + _ADD + " END",
    "CREATE TRIGGER contacts_months_update AFTER UPDATE OF deleted_at, minutes, occurred_on, "
    "professional_id, resident_id ON contacts BEGIN " + _SUBTRACT + " " + _ADD + " END",
    "CREATE TRIGGER contacts_months_delete AFTER DELETE ON contacts BEGIN " + _SUBTRACT + " END",
    "CREATE TRIGGER residents_months_move AFTER UPDATE OF neighbourhood_id ON residents "
    "WHEN coalesce(old.neighbourhood_id, '') <> coalesce(new.neighbourhood_id, '') BEGIN "
    "UPDATE contact_months SET contacts = contact_months.contacts - g.contacts, "
    "minutes = contact_months.minutes - g.minutes FROM ("
    + _GROUPED.format(key="''", where="resident_id = new.id") + ") AS g "
    "WHERE contact_months.neighbourhood_key = coalesce(old.neighbourhood_id, '') "
    "AND contact_months.month = g.month AND contact_months.professional_key = g.professional_key; "
    "INSERT INTO contact_months(neighbourhood_key, month, professional_key, contacts, minutes) "
    "SELECT coalesce(new.neighbourhood_id, ''), month, professional_key, contacts, minutes FROM ("
    + _GROUPED.format(key="''", where="resident_id = new.id") + ") WHERE true "
    "ON CONFLICT(neighbourhood_key, month, professional_key) DO UPDATE SET "
    "contacts = contacts + excluded.contacts, minutes = minutes + excluded.minutes; END",
)


def upgrade() -> None:
    op.create_table(
        "contact_months",
        sa.Column("neighbourhood_key", sa.String(length=32), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("professional_key", sa.String(length=32), nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("neighbourhood_key", "month", "professional_key",
                                name=op.f("pk_contact_months")),
    )
    op.execute(
        "INSERT INTO contact_months(neighbourhood_key, month, professional_key, contacts, "
        "minutes) SELECT coalesce(r.neighbourhood_id, ''), "
        + _MONTH.format("c") + ", coalesce(c.professional_id, ''), count(*), sum(c.minutes) "
        "FROM contacts c JOIN residents r ON r.id = c.resident_id WHERE c.deleted_at IS NULL "
        "GROUP BY 1, 2, 3")
    for statement in ROLLUP_TRIGGERS:
        op.execute(statement)
    op.create_table('attachments',
    sa.Column('owner_type', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('label', sa.String(length=160), nullable=False),
    sa.Column('content_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    op.create_index(op.f('ix_attachments_owner_id'), 'attachments', ['owner_id'], unique=False)
    op.create_table('funding_sources',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_funding_sources_name'))
    )
    op.create_table('initiatives',
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('idea', sa.Text(), nullable=False),
    sa.Column('place_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_initiatives_place_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiatives'))
    )
    op.create_index(op.f('ix_initiatives_place_id'), 'initiatives', ['place_id'], unique=False)
    op.create_table('activities',
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('theme', sa.String(length=80), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('organiser', sa.String(length=160), nullable=False),
    sa.Column('place_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('initiative_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_activities_initiative_id_initiatives')),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_activities_place_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    op.create_index(op.f('ix_activities_initiative_id'), 'activities', ['initiative_id'], unique=False)
    op.create_index(op.f('ix_activities_place_id'), 'activities', ['place_id'], unique=False)
    op.create_table('initiative_status_changes',
    sa.Column('initiative_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_initiative_status_changes_initiative_id_initiatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative_status_changes'))
    )
    op.create_index(op.f('ix_initiative_status_changes_initiative_id'), 'initiative_status_changes', ['initiative_id'], unique=False)
    op.create_table('initiative_support',
    sa.Column('initiative_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('amount_asked', sa.Integer(), nullable=False),
    sa.Column('amount_granted', sa.Integer(), nullable=False),
    sa.Column('amount_paid', sa.Integer(), nullable=False),
    sa.Column('amount_accounted', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_initiative_support_initiative_id_initiatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative_support'))
    )
    op.create_index(op.f('ix_initiative_support_initiative_id'), 'initiative_support', ['initiative_id'], unique=False)
    op.create_table('initiators',
    sa.Column('initiative_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_initiators_initiative_id_initiatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiators'))
    )
    op.create_index(op.f('ix_initiators_initiative_id'), 'initiators', ['initiative_id'], unique=False)
    op.create_table('activity_sessions',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('attendance', sa.Integer(), nullable=False),
    sa.Column('new_participants', sa.Integer(), nullable=False),
    sa.Column('referred_participants', sa.Integer(), nullable=False),
    sa.Column('volunteers', sa.Integer(), nullable=False),
    sa.Column('volunteer_minutes', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_sessions_activity_id_activities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_sessions'))
    )
    op.create_index('ix_activity_sessions_activity_held', 'activity_sessions', ['activity_id', 'held_on'], unique=False)
    op.create_table('budgets',
    sa.Column('funding_source_id', sa.Uuid(), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=True),
    sa.Column('initiative_id', sa.Uuid(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_budgets_activity_id_activities')),
    sa.ForeignKeyConstraint(['funding_source_id'], ['funding_sources.id'], name=op.f('fk_budgets_funding_source_id_funding_sources')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_budgets_initiative_id_initiatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budgets'))
    )
    op.create_index(op.f('ix_budgets_activity_id'), 'budgets', ['activity_id'], unique=False)
    op.create_index(op.f('ix_budgets_funding_source_id'), 'budgets', ['funding_source_id'], unique=False)
    op.create_index(op.f('ix_budgets_initiative_id'), 'budgets', ['initiative_id'], unique=False)
    op.create_table('offset_savings',
    sa.Column('activity_id', sa.Uuid(), nullable=True),
    sa.Column('initiative_id', sa.Uuid(), nullable=True),
    sa.Column('funding_source_id', sa.Uuid(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_offset_savings_activity_id_activities')),
    sa.ForeignKeyConstraint(['funding_source_id'], ['funding_sources.id'], name=op.f('fk_offset_savings_funding_source_id_funding_sources')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_offset_savings_initiative_id_initiatives')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offset_savings'))
    )
    op.create_table('professional_time',
    sa.Column('professional_id', sa.Uuid(), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=True),
    sa.Column('initiative_id', sa.Uuid(), nullable=True),
    sa.Column('worked_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('intensive', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_professional_time_activity_id_activities')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_professional_time_initiative_id_initiatives')),
    sa.ForeignKeyConstraint(['professional_id'], ['professionals.id'], name=op.f('fk_professional_time_professional_id_professionals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_professional_time'))
    )
    op.create_index(op.f('ix_professional_time_activity_id'), 'professional_time', ['activity_id'], unique=False)
    op.create_index(op.f('ix_professional_time_initiative_id'), 'professional_time', ['initiative_id'], unique=False)
    op.create_index('ix_professional_time_professional_on', 'professional_time', ['professional_id', 'worked_on'], unique=False)
    op.create_table('commitments',
    sa.Column('budget_id', sa.Uuid(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('committed_on', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['budget_id'], ['budgets.id'], name=op.f('fk_commitments_budget_id_budgets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments'))
    )
    op.create_index(op.f('ix_commitments_budget_id'), 'commitments', ['budget_id'], unique=False)
    op.create_table('participations',
    sa.Column('resident_id', sa.Uuid(), nullable=False),
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('referral_id', sa.Uuid(), nullable=True),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_participations_activity_id_activities')),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_participations_referral_id_referrals')),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_participations_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participations'))
    )
    op.create_index(op.f('ix_participations_activity_id'), 'participations', ['activity_id'], unique=False)
    op.create_index(op.f('ix_participations_resident_id'), 'participations', ['resident_id'], unique=False)
    op.create_table('spending',
    sa.Column('budget_id', sa.Uuid(), nullable=False),
    sa.Column('commitment_id', sa.Uuid(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('spent_on', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('overspend_confirmed', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['budget_id'], ['budgets.id'], name=op.f('fk_spending_budget_id_budgets')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_spending_commitment_id_commitments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spending'))
    )
    op.create_index(op.f('ix_spending_budget_id'), 'spending', ['budget_id'], unique=False)
    with op.batch_alter_table("consents") as batch:
        batch.add_column(sa.Column("scope", sa.String(length=32), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("initiative_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(op.f("fk_referrals_initiative_id_initiatives"), "initiatives",
                                 ["initiative_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("referrals") as batch:
        batch.drop_constraint(op.f("fk_referrals_initiative_id_initiatives"), type_="foreignkey")
        batch.drop_column("initiative_id")
    op.drop_index(op.f('ix_spending_budget_id'), table_name='spending')
    op.drop_table('spending')
    op.drop_index(op.f('ix_participations_resident_id'), table_name='participations')
    op.drop_index(op.f('ix_participations_activity_id'), table_name='participations')
    op.drop_table('participations')
    op.drop_index(op.f('ix_commitments_budget_id'), table_name='commitments')
    op.drop_table('commitments')
    op.drop_index('ix_professional_time_professional_on', table_name='professional_time')
    op.drop_index(op.f('ix_professional_time_initiative_id'), table_name='professional_time')
    op.drop_index(op.f('ix_professional_time_activity_id'), table_name='professional_time')
    op.drop_table('professional_time')
    op.drop_table('offset_savings')
    op.drop_index(op.f('ix_budgets_initiative_id'), table_name='budgets')
    op.drop_index(op.f('ix_budgets_funding_source_id'), table_name='budgets')
    op.drop_index(op.f('ix_budgets_activity_id'), table_name='budgets')
    op.drop_table('budgets')
    op.drop_index('ix_activity_sessions_activity_held', table_name='activity_sessions')
    op.drop_table('activity_sessions')
    op.drop_index(op.f('ix_initiators_initiative_id'), table_name='initiators')
    op.drop_table('initiators')
    op.drop_index(op.f('ix_initiative_support_initiative_id'), table_name='initiative_support')
    op.drop_table('initiative_support')
    op.drop_index(op.f('ix_initiative_status_changes_initiative_id'), table_name='initiative_status_changes')
    op.drop_table('initiative_status_changes')
    op.drop_index(op.f('ix_activities_place_id'), table_name='activities')
    op.drop_index(op.f('ix_activities_initiative_id'), table_name='activities')
    op.drop_table('activities')
    op.drop_index(op.f('ix_initiatives_place_id'), table_name='initiatives')
    op.drop_table('initiatives')
    op.drop_table('funding_sources')
    op.drop_index(op.f('ix_attachments_owner_id'), table_name='attachments')
    op.drop_table('attachments')
    with op.batch_alter_table("consents") as batch:
        batch.drop_column("scope")
    for trigger in ("contacts_months_insert", "contacts_months_update", "contacts_months_delete",
                    "residents_months_move"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table("contact_months")
