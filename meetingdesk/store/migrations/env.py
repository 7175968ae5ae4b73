"""Alembic environment: always run on a connection handed over by meetingdesk.store."""

from alembic import context

from meetingdesk.model import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via meetingdesk.store.migrate
    raise RuntimeError("run migrations through meetingdesk.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
