"""row seals: a content digest per stored row, so changes made outside the program are found

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 15:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('row_seal',
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('rid', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'rid', name=op.f('pk_row_seal'))
    )
    # the rows are sealed by the workspace after every migration (models.seals.reseal_all)


def downgrade() -> None:
    op.drop_table('row_seal')
