"""held_receipt: a committee's receipt whose key the secretary has not confirmed yet is kept, not applied

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 18:50:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('held_receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('bundle_uuid', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('committee', sa.String(length=200), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_receipt')),
    sa.UniqueConstraint('sha256', name=op.f('uq_held_receipt_sha256'))
    )
    with op.batch_alter_table('held_receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_receipt_fingerprint'), ['fingerprint'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('held_receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_receipt_fingerprint'))
    op.drop_table('held_receipt')
