"""Search keys move from space-delimited text columns of events to rows of event_keys (indexed lookups); an index of
events by id with their times lets text matches be sorted by time without reading whole rows.

Revision ID: 0004_event_keys
Revises: 0003_document_analysis
Create Date: 2026-11-25 12:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_event_keys'
down_revision = '0003_document_analysis'
branch_labels = None
depends_on = None

KEY_LENGTH = 160
OLD_COLUMNS = (('search_text', 'w', ' '), ('actor_keys', 'a', ' '), ('langs_text', 'l', ' '), ('sources_text', 's', '|'))


def upgrade() -> None:
    keys = op.create_table(
        'event_keys',
        sa.Column('field', sa.String(length=1), nullable=False),
        sa.Column('key', sa.String(length=KEY_LENGTH), nullable=False),
        sa.Column('event_id', sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(['event_id'], ['events.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('field', 'key', 'event_id'),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f('ix_event_keys_event_id'), 'event_keys', ['event_id'], unique=False)
    op.create_index('ix_events_id_start_at_end_at', 'events', ['id', 'start_at', 'end_at'], unique=False)
    _copy_keys(keys)
    # Not batch mode: SQLite (3.35 and later) drops a column in place, where a batch would copy the events table and
    # dropping the old copy would fire the ON DELETE actions of event_sources and event_keys.
    for column, _, _ in OLD_COLUMNS:
        op.drop_column('events', column)


def downgrade() -> None:
    op.add_column('events', sa.Column('search_text', sa.Text(), nullable=False, server_default=' '))
    op.add_column('events', sa.Column('actor_keys', sa.Text(), nullable=False, server_default=' '))
    op.add_column('events', sa.Column('langs_text', sa.String(length=80), nullable=False, server_default=' '))
    op.add_column('events', sa.Column('sources_text', sa.Text(), nullable=False, server_default='|'))
    op.drop_index('ix_events_id_start_at_end_at', table_name='events')
    op.drop_index(op.f('ix_event_keys_event_id'), table_name='event_keys')
    op.drop_table('event_keys')


def _copy_keys(keys: sa.Table) -> None:
    """Each stored event's old key columns as event_keys rows."""
    connection = op.get_bind()
    names = ', '.join(column for column, _, _ in OLD_COLUMNS)
    rows = []
    for event_id, *values in connection.execute(sa.text(f'SELECT id, {names} FROM events')):
        found = {(field, key[:KEY_LENGTH]) for (_, field, separator), text in zip(OLD_COLUMNS, values)
                 for key in (text or '').split(separator) if key.strip()}
        rows += [{'event_id': event_id, 'field': field, 'key': key} for field, key in sorted(found)]
        if len(rows) >= 5000:
            connection.execute(keys.insert(), rows)
            rows = []
    if rows:
        connection.execute(keys.insert(), rows)
