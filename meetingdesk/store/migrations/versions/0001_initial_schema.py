"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 11:57:01.353127
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


TABLES = (
    "audit_event",
    "meeting",
    "store_info",
    "user_account",
    "delegation",
    "document",
    "room",
    "clause",
    "participant",
    "revision",
    "silence_objection",
    "action_item",
    "agenda_session",
    "clause_ad_ref",
    "clause_version",
    "comment",
    "action_follow_up",
    "action_link",
    "action_partner",
    "agenda_item",
    "proposal",
    "revision_entry",
    "session_speaker",
    "position",
)


def _indexes(table: str, *columns: str, unique: tuple[str, ...] = ()) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=column in unique)


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_login", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    _indexes("audit_event", "entity_uuid", "uuid", unique=("uuid",))

    op.create_table(
        "meeting",
        sa.Column("short_name", sa.String(length=64), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_ja", sa.Text(), nullable=False),
        sa.Column("host_en", sa.String(length=200), nullable=False),
        sa.Column("host_ja", sa.String(length=200), nullable=False),
        sa.Column("city_en", sa.String(length=200), nullable=False),
        sa.Column("city_ja", sa.String(length=200), nullable=False),
        sa.Column("venue_en", sa.String(length=300), nullable=False),
        sa.Column("venue_ja", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("languages", sa.String(length=32), nullable=False),
        sa.Column("precedence_rule", sa.String(length=16), nullable=False),
        sa.Column("host_placement", sa.String(length=16), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"], ["meeting.id"], name=op.f("fk_meeting_carried_from_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    _indexes("meeting", "uuid", unique=("uuid",))

    op.create_table(
        "store_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_info")),
    )
    op.create_table(
        "user_account",
        sa.Column("login", sa.String(length=128), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("login", name=op.f("uq_user_account_login")),
    )
    _indexes("user_account", "uuid", unique=("uuid",))

    op.create_table(
        "delegation",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_fr", sa.String(length=200), nullable=False),
        sa.Column("name_ja", sa.String(length=200), nullable=False),
        sa.Column("reading_ja", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("protocol_rank", sa.Integer(), nullable=False),
        sa.Column("is_host", sa.Boolean(), nullable=False),
        sa.Column("contact_point", sa.String(length=300), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_delegation_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
        sa.UniqueConstraint("meeting_id", "code", name=op.f("uq_delegation_meeting_id")),
    )
    _indexes("delegation", "meeting_id", "uuid", unique=("uuid",))

    op.create_table(
        "document",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("short_name", sa.String(length=64), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_ja", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("adopted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("adopted_hash", sa.String(length=64), nullable=False),
        sa.Column("silence_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("silence_zone", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_document_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["document.id"], name=op.f("fk_document_parent_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("meeting_id", "short_name", name=op.f("uq_document_meeting_id")),
    )
    _indexes("document", "meeting_id", "uuid", unique=("uuid",))

    op.create_table(
        "room",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_ja", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_room_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
    )
    _indexes("room", "meeting_id", "uuid", unique=("uuid",))

    op.create_table(
        "clause",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("head_en_id", sa.Integer(), nullable=True),
        sa.Column("head_ja_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_clause_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["head_en_id"], ["clause_version.id"], name="fk_clause_head_en", use_alter=True
        ),
        sa.ForeignKeyConstraint(
            ["head_ja_id"], ["clause_version.id"], name="fk_clause_head_ja", use_alter=True
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause")),
    )
    _indexes("clause", "document_id", "uuid", unique=("uuid",))

    op.create_table(
        "participant",
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("family_name_ja", sa.String(length=200), nullable=False),
        sa.Column("given_name_ja", sa.String(length=200), nullable=False),
        sa.Column("reading_ja", sa.String(length=300), nullable=False),
        sa.Column("honorific", sa.String(length=64), nullable=False),
        sa.Column("position_en", sa.Text(), nullable=False),
        sa.Column("position_ja", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("arrival", sa.DateTime(timezone=True), nullable=True),
        sa.Column("departure", sa.DateTime(timezone=True), nullable=True),
        sa.Column("accreditation", sa.String(length=20), nullable=False),
        sa.Column("badge_number", sa.String(length=32), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_participant_delegation_id_delegation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    _indexes("participant", "delegation_id", "uuid", unique=("uuid",))

    op.create_table(
        "revision",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_revision_document_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision")),
        sa.UniqueConstraint("document_id", "label", name=op.f("uq_revision_document_id")),
    )
    _indexes("revision", "document_id", "uuid", unique=("uuid",))

    op.create_table(
        "silence_objection",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_silence_objection_delegation_id_delegation"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_silence_objection_document_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_silence_objection")),
    )
    _indexes("silence_objection", "document_id", "uuid", unique=("uuid",))

    op.create_table(
        "action_item",
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_ja", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["action_item.id"],
            name=op.f("fk_action_item_carried_from_id_action_item"),
        ),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_action_item_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["participant.id"], name=op.f("fk_action_item_contact_id_participant")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["delegation.id"], name=op.f("fk_action_item_owner_id_delegation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
        sa.UniqueConstraint("clause_id", name=op.f("uq_action_item_clause_id")),
    )
    _indexes("action_item", "uuid", unique=("uuid",))

    op.create_table(
        "agenda_session",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_ja", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["participant.id"], name=op.f("fk_agenda_session_chair_id_participant")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_session_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["room.id"], name=op.f("fk_agenda_session_room_id_room")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_session")),
    )
    _indexes("agenda_session", "meeting_id", "uuid", unique=("uuid",))

    op.create_table(
        "clause_ad_ref",
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_clause_ad_ref_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_clause_ad_ref_delegation_id_delegation"),
        ),
        sa.PrimaryKeyConstraint("clause_id", "delegation_id", name=op.f("pk_clause_ad_ref")),
    )
    op.create_table(
        "clause_version",
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=128), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("merge_parent_id", sa.Integer(), nullable=True),
        sa.Column("translated_from_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_clause_version_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_clause_version_delegation_id_delegation"),
        ),
        sa.ForeignKeyConstraint(
            ["merge_parent_id"],
            ["clause_version.id"],
            name=op.f("fk_clause_version_merge_parent_id_clause_version"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["clause_version.id"],
            name=op.f("fk_clause_version_parent_id_clause_version"),
        ),
        sa.ForeignKeyConstraint(
            ["translated_from_id"],
            ["clause_version.id"],
            name=op.f("fk_clause_version_translated_from_id_clause_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause_version")),
    )
    _indexes("clause_version", "clause_id", "uuid", unique=("uuid",))

    op.create_table(
        "comment",
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(length=128), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=128), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_comment_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["comment.id"], name=op.f("fk_comment_parent_id_comment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
    )
    _indexes("comment", "clause_id", "uuid", unique=("uuid",))

    op.create_table(
        "action_follow_up",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action_item.id"],
            name=op.f("fk_action_follow_up_action_id_action_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_follow_up")),
    )
    _indexes("action_follow_up", "action_id", "uuid", unique=("uuid",))

    op.create_table(
        "action_link",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action_item.id"], name=op.f("fk_action_link_action_id_action_item")
        ),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_action_link_clause_id_clause")
        ),
        sa.PrimaryKeyConstraint("action_id", "clause_id", name=op.f("pk_action_link")),
    )
    op.create_table(
        "action_partner",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action_item.id"], name=op.f("fk_action_partner_action_id_action_item")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_action_partner_delegation_id_delegation"),
        ),
        sa.PrimaryKeyConstraint("action_id", "delegation_id", name=op.f("pk_action_partner")),
    )
    op.create_table(
        "agenda_item",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("title_ja", sa.Text(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_agenda_item_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["agenda_session.id"],
            name=op.f("fk_agenda_item_session_id_agenda_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    _indexes("agenda_item", "session_id", "uuid", unique=("uuid",))

    op.create_table(
        "proposal",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("after_clause_id", sa.Integer(), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("author", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result_version_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["after_clause_id"], ["clause.id"], name=op.f("fk_proposal_after_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_proposal_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_proposal_delegation_id_delegation")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_proposal_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["result_version_id"],
            ["clause_version.id"],
            name=op.f("fk_proposal_result_version_id_clause_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    _indexes("proposal", "clause_id", "document_id", "uuid", unique=("uuid",))

    op.create_table(
        "revision_entry",
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("ad_ref", sa.String(length=200), nullable=False),
        sa.Column("en_version_id", sa.Integer(), nullable=True),
        sa.Column("ja_version_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_revision_entry_clause_id_clause")
        ),
        sa.ForeignKeyConstraint(
            ["en_version_id"],
            ["clause_version.id"],
            name=op.f("fk_revision_entry_en_version_id_clause_version"),
        ),
        sa.ForeignKeyConstraint(
            ["ja_version_id"],
            ["clause_version.id"],
            name=op.f("fk_revision_entry_ja_version_id_clause_version"),
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revision.id"], name=op.f("fk_revision_entry_revision_id_revision")
        ),
        sa.PrimaryKeyConstraint("revision_id", "clause_id", name=op.f("pk_revision_entry")),
    )
    op.create_table(
        "session_speaker",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_session_speaker_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["agenda_session.id"],
            name=op.f("fk_session_speaker_session_id_agenda_session"),
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_session_speaker")),
    )
    op.create_table(
        "position",
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("stance", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_position_delegation_id_delegation")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_position_proposal_id_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position")),
        sa.UniqueConstraint("proposal_id", "delegation_id", name=op.f("uq_position_proposal_id")),
    )
    _indexes("position", "proposal_id", "uuid", unique=("uuid",))


def downgrade() -> None:
    # Dropping a table drops its indexes; children first (reverse creation order).
    for name in reversed(TABLES):
        op.drop_table(name)
