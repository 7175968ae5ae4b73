"""Seating plans in tables of their own (they were JSON rows of store_info).

Existing plans are moved over, seat by seat, with their version counters; delegations that
no longer exist are left out (the plan already ignored them when read).

Revision ID: 0005
Revises: 0004
"""

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seating_plan",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_seating_plan_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_plan")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_seating_plan_meeting_id")),
    )
    op.create_index("ix_seating_plan_uuid", "seating_plan", ["uuid"], unique=True)
    op.create_table(
        "seat",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("seat_index", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_seat_delegation_id_delegation")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["seating_plan.id"], name=op.f("fk_seat_plan_id_seating_plan")
        ),
        sa.PrimaryKeyConstraint("plan_id", "seat_index", name=op.f("pk_seat")),
    )
    _move_json_plans()


def _move_json_plans() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT key, value FROM store_info WHERE key LIKE 'seating:%'")
    ).all()
    for key, value in rows:
        meeting_uuid = key.split(":", 1)[1]
        data = json.loads(value)
        meeting_id = bind.execute(
            sa.text("SELECT id FROM meeting WHERE uuid = :u"),
            {"u": _uuid_param(bind, meeting_uuid)},
        ).scalar()
        if meeting_id is None:
            continue
        plan_uuid = uuid.uuid4()
        bind.execute(
            sa.text("INSERT INTO seating_plan (meeting_id, uuid, row_version) VALUES (:m, :u, :v)"),
            {"m": meeting_id, "u": _uuid_param(bind, str(plan_uuid)), "v": int(data["version"])},
        )
        plan_id = bind.execute(
            sa.text("SELECT id FROM seating_plan WHERE meeting_id = :m"), {"m": meeting_id}
        ).scalar()
        index = 0
        for delegation_uuid in data["seats"]:
            delegation_id = bind.execute(
                sa.text("SELECT id FROM delegation WHERE uuid = :u AND meeting_id = :m"),
                {"u": _uuid_param(bind, delegation_uuid), "m": meeting_id},
            ).scalar()
            if delegation_id is None:
                continue
            bind.execute(
                sa.text(
                    "INSERT INTO seat (plan_id, seat_index, delegation_id) VALUES (:p, :i, :d)"
                ),
                {"p": plan_id, "i": index, "d": delegation_id},
            )
            index += 1
        bind.execute(sa.text("DELETE FROM store_info WHERE key = :k"), {"k": key})


def _uuid_param(bind, value: str):
    """UUIDs are stored as 32 hex characters on SQLite and as uuid on PostgreSQL."""
    parsed = uuid.UUID(value)
    return parsed.hex if bind.dialect.name == "sqlite" else parsed


def downgrade() -> None:
    bind = op.get_bind()
    plans = bind.execute(
        sa.text(
            "SELECT p.id, p.row_version, m.uuid FROM seating_plan p JOIN meeting m "
            "ON m.id = p.meeting_id"
        )
    ).all()
    for plan_id, version, meeting_uuid in plans:
        seats = bind.execute(
            sa.text(
                "SELECT d.uuid FROM seat s JOIN delegation d ON d.id = s.delegation_id "
                "WHERE s.plan_id = :p ORDER BY s.seat_index"
            ),
            {"p": plan_id},
        ).scalars()
        value = json.dumps({"version": version, "seats": [str(uuid.UUID(str(u))) for u in seats]})
        bind.execute(
            sa.text("INSERT INTO store_info (key, value) VALUES (:k, :v)"),
            {"k": f"seating:{uuid.UUID(str(meeting_uuid))}", "v": value},
        )
    op.drop_table("seat")
    op.drop_index("ix_seating_plan_uuid", table_name="seating_plan")
    op.drop_table("seating_plan")
