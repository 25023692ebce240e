"""Alembic environment: always run on an engine handed over by wijkdesk (never a URL)."""

from alembic import context

from wijkdesk.store.database import WRITE_OPTION
from wijkdesk.store.models import Base

engine = context.config.attributes["engine"]

with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
