"""The server records who acts, and announces every write.

PostgreSQL only (an SQLite file has no logins; its windows poll ``PRAGMA data_version``):

- ``audit_event.user_login`` is the connection's login (``session_user``): filled in when
  empty, refused when a client names someone else. ``session_user`` and not
  ``current_user``: a ``SET ROLE`` does not change who logged in.
- The author columns of rows written directly (clause_version, proposal, comment, revision,
  action_follow_up, and comment.resolved_by) are overwritten with ``session_user``. A
  check-in copies versions written on a laptop under their own authors: it marks its
  transaction with ``SET LOCAL meetingdesk.import = 'on'``, and its audit event, which
  cannot be marked, names the login that brought them in.
- After each audit event a ``NOTIFY meetingdesk_changes`` carries its id, action, entity and
  login, delivered at commit to every listening window.

Group roles and privileges are cluster-wide or need CREATEROLE: ``server init`` sets them
(meetingdesk.store.server), not this migration.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHANNEL = "meetingdesk_changes"
AUTHOR_TABLES = ("clause_version", "proposal", "comment", "revision", "action_follow_up")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE OR REPLACE FUNCTION meetingdesk_audit_login() RETURNS trigger AS $$
        BEGIN
            IF NEW.user_login IS NULL OR NEW.user_login = '' THEN
                NEW.user_login := session_user;
            ELSIF NEW.user_login <> session_user THEN
                RAISE EXCEPTION 'meetingdesk: the audit records the login %, not %',
                    session_user, NEW.user_login USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER audit_event_login BEFORE INSERT ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION meetingdesk_audit_login()"
    )
    op.execute(
        """
        CREATE OR REPLACE FUNCTION meetingdesk_stamp_author() RETURNS trigger AS $$
        BEGIN
            IF coalesce(current_setting('meetingdesk.import', true), '') <> 'on' THEN
                NEW.author := session_user;
            END IF;
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    for table in AUTHOR_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_author BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION meetingdesk_stamp_author()"
        )
    op.execute(
        """
        CREATE OR REPLACE FUNCTION meetingdesk_stamp_resolver() RETURNS trigger AS $$
        BEGIN
            IF NEW.resolved_by <> '' AND NEW.resolved_by IS DISTINCT FROM OLD.resolved_by
               AND coalesce(current_setting('meetingdesk.import', true), '') <> 'on' THEN
                NEW.resolved_by := session_user;
            END IF;
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER comment_resolver BEFORE UPDATE ON comment "
        "FOR EACH ROW EXECUTE FUNCTION meetingdesk_stamp_resolver()"
    )
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION meetingdesk_notify_change() RETURNS trigger AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', json_build_object(
                'id', NEW.id, 'action', NEW.action, 'entity_type', NEW.entity_type,
                'entity_uuid', NEW.entity_uuid, 'user', NEW.user_login, 'at', NEW.at
            )::text);
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        "CREATE TRIGGER audit_event_notify AFTER INSERT ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION meetingdesk_notify_change()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_notify ON audit_event")
    op.execute("DROP TRIGGER IF EXISTS comment_resolver ON comment")
    for table in AUTHOR_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_author ON {table}")
    op.execute("DROP TRIGGER IF EXISTS audit_event_login ON audit_event")
    for fn in (
        "meetingdesk_notify_change",
        "meetingdesk_stamp_resolver",
        "meetingdesk_stamp_author",
        "meetingdesk_audit_login",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS {fn}()")
