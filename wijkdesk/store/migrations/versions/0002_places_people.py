"""Places (CBS codes), professional types, professionals, households and residents.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import wijkdesk.store.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('places',
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['places.id'], name=op.f('fk_places_parent_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
    sa.UniqueConstraint('code', name=op.f('uq_places_code'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_parent_id'), ['parent_id'], unique=False)

    op.create_table('professional_types',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('assignment', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_professional_types')),
    sa.UniqueConstraint('code', name=op.f('uq_professional_types_code'))
    )

    op.create_table('households',
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('neighbourhood_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['places.id'], name=op.f('fk_households_neighbourhood_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households'))
    )
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_households_neighbourhood_id'), ['neighbourhood_id'], unique=False)

    op.create_table('professionals',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('professional_type_id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=True),
    sa.Column('team', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['professional_type_id'], ['professional_types.id'], name=op.f('fk_professionals_professional_type_id_professional_types')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_professionals_profile_id_profiles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_professionals'))
    )
    with op.batch_alter_table('professionals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_professionals_professional_type_id'), ['professional_type_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_professionals_profile_id'), ['profile_id'], unique=False)

    op.create_table('residents',
    sa.Column('given_name', sa.String(length=80), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=120), nullable=False),
    sa.Column('house_number', sa.String(length=16), nullable=False),
    sa.Column('postcode', sa.String(length=7), nullable=False),
    sa.Column('city', sa.String(length=80), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('neighbourhood_id', sa.Uuid(), nullable=True),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('household_relation', sa.String(length=24), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', wijkdesk.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_residents_household_id_households')),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['places.id'], name=op.f('fk_residents_neighbourhood_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residents'))
    )
    with op.batch_alter_table('residents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_residents_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_residents_neighbourhood_id'), ['neighbourhood_id'], unique=False)


def downgrade() -> None:
    for table, indexes in (
        ("residents", ("ix_residents_neighbourhood_id", "ix_residents_household_id")),
        ("professionals", ("ix_professionals_profile_id", "ix_professionals_professional_type_id")),
        ("households", ("ix_households_neighbourhood_id",)),
        ("professional_types", ()),
        ("places", ("ix_places_parent_id",)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for index in indexes:
                batch_op.drop_index(index)
        op.drop_table(table)
