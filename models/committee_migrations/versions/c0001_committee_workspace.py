"""committee workspace

Revision ID: c0001
Revises: 
Create Date: 2026-11-21 08:29:20.187427
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'c0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('cm_branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('branch_type', sa.String(length=20), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.Column('last_uuid', sa.String(length=36), nullable=False),
    sa.Column('last_sha256', sa.String(length=64), nullable=False),
    sa.Column('roster', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cm_branch')),
    sa.UniqueConstraint('code', name=op.f('uq_cm_branch_code'))
    )
    op.create_table('cm_meta',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_cm_meta'))
    )
    op.create_table('cm_rejected',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('branch_code', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cm_rejected'))
    )
    op.create_table('cm_bundle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('producer', sa.String(length=60), nullable=False),
    sa.Column('bagging_date', sa.String(length=10), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('comments', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['cm_branch.id'], name=op.f('fk_cm_bundle_branch_id_cm_branch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cm_bundle')),
    sa.UniqueConstraint('branch_id', 'sequence', name=op.f('uq_cm_bundle_branch_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_cm_bundle_uuid'))
    )
    with op.batch_alter_table('cm_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cm_bundle_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cm_bundle_period'), ['period'], unique=False)

    op.create_table('cm_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bundle_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['bundle_id'], ['cm_bundle.id'], name=op.f('fk_cm_document_bundle_id_cm_bundle'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cm_document'))
    )
    with op.batch_alter_table('cm_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cm_document_bundle_id'), ['bundle_id'], unique=False)

    op.create_table('cm_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('book', sa.String(length=20), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.Text(), nullable=True),
    sa.Column('bundle_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['cm_branch.id'], name=op.f('fk_cm_record_branch_id_cm_branch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['bundle_id'], ['cm_bundle.id'], name=op.f('fk_cm_record_bundle_id_cm_bundle'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cm_record')),
    sa.UniqueConstraint('branch_id', 'uuid', name=op.f('uq_cm_record_branch_id'))
    )
    with op.batch_alter_table('cm_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cm_record_book'), ['book'], unique=False)
        batch_op.create_index(batch_op.f('ix_cm_record_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cm_record_bundle_id'), ['bundle_id'], unique=False)
    from models import faults

    faults.point("migrating")  # the fault tests kill the program here: tables made, no schema version yet




def downgrade() -> None:

    with op.batch_alter_table('cm_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cm_record_bundle_id'))
        batch_op.drop_index(batch_op.f('ix_cm_record_branch_id'))
        batch_op.drop_index(batch_op.f('ix_cm_record_book'))

    op.drop_table('cm_record')
    with op.batch_alter_table('cm_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cm_document_bundle_id'))

    op.drop_table('cm_document')
    with op.batch_alter_table('cm_bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cm_bundle_period'))
        batch_op.drop_index(batch_op.f('ix_cm_bundle_branch_id'))

    op.drop_table('cm_bundle')
    op.drop_table('cm_rejected')
    op.drop_table('cm_meta')
    op.drop_table('cm_branch')

