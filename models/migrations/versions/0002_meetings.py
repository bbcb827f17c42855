"""meetings (books 3–7), amendments, standard overrides, and full-text search over meetings

The search index is an SQLite FTS5 table with the trigram tokenizer (Chinese phrases of 3+ characters),
kept in step with ``meeting`` by triggers. A later batch-mode ALTER of ``meeting`` recreates the table and
drops these triggers: such a migration must create them again (see FTS_TRIGGERS).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 05:17:02.491688
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


FTS_TABLE = (
    "CREATE VIRTUAL TABLE meeting_fts USING fts5(title, agenda, minutes, "
    "content='meeting', content_rowid='id', tokenize='trigram')"
)
FTS_TRIGGERS = (
    """CREATE TRIGGER meeting_fts_ai AFTER INSERT ON meeting BEGIN
         INSERT INTO meeting_fts(rowid, title, agenda, minutes) VALUES (new.id, new.title, new.agenda, new.minutes);
       END""",
    """CREATE TRIGGER meeting_fts_ad AFTER DELETE ON meeting BEGIN
         INSERT INTO meeting_fts(meeting_fts, rowid, title, agenda, minutes)
         VALUES ('delete', old.id, old.title, old.agenda, old.minutes);
       END""",
    """CREATE TRIGGER meeting_fts_au AFTER UPDATE OF title, agenda, minutes ON meeting BEGIN
         INSERT INTO meeting_fts(meeting_fts, rowid, title, agenda, minutes)
         VALUES ('delete', old.id, old.title, old.agenda, old.minutes);
         INSERT INTO meeting_fts(rowid, title, agenda, minutes) VALUES (new.id, new.title, new.agenda, new.minutes);
       END""",
)


def upgrade() -> None:
    op.create_table('amendment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_type', sa.String(length=20), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('amended_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendment'))
    )
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendment_record_uuid'), ['record_uuid'], unique=False)

    op.create_table('standard_override',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_standard_override'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('starts', sa.String(length=5), nullable=False),
    sa.Column('ends', sa.String(length=5), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('host', sa.String(length=40), nullable=False),
    sa.Column('recorder', sa.String(length=40), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('lecturer', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('guests', sa.Text(), nullable=False),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['party_group.id'], name=op.f('fk_meeting_group_id_party_group'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('uuid', name=op.f('uq_meeting_uuid'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_kind'), ['kind'], unique=False)

    op.create_table('meeting_attachment',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], name=op.f('fk_meeting_attachment_attachment_id_attachment'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attachment_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'attachment_id', name=op.f('pk_meeting_attachment'))
    )
    op.create_table('meeting_attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('full_member', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_meeting_attendance_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'member_id', name=op.f('pk_meeting_attendance'))
    )
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('motion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('yes', sa.Integer(), nullable=True),
    sa.Column('no', sa.Integer(), nullable=True),
    sa.Column('abstain', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_motion_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_motion'))
    )
    with op.batch_alter_table('motion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_motion_meeting_id'), ['meeting_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        op.execute(FTS_TABLE)
        for trigger in FTS_TRIGGERS:
            op.execute(trigger)



def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("meeting_fts_ai", "meeting_fts_ad", "meeting_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS meeting_fts")
    with op.batch_alter_table('motion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_motion_meeting_id'))

    op.drop_table('motion')
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_member_id'))

    op.drop_table('meeting_attendance')
    op.drop_table('meeting_attachment')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_kind'))
        batch_op.drop_index(batch_op.f('ix_meeting_held_on'))

    op.drop_table('meeting')
    op.drop_table('standard_override')
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_amendment_record_uuid'))

    op.drop_table('amendment')
