"""Documents record the fingerprint of the analysis that derived their mentions and events (NULL: unknown, older).

Revision ID: 0003_document_analysis
Revises: 0002_event_members
Create Date: 2026-11-26 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_document_analysis'
down_revision = '0002_event_members'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('analysis', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('analysis')
