"""index audit_event (actor_id, action, created_at) for a supervisor's review turnaround

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 21:30:00

The supervisor's dashboard shows the turnaround of their decisions in the last 30 days
(`review.stats.turnaround`): audit events of one actor, two actions, a time window. Without an index on the
actor, PostgreSQL reads the whole audit log, which grows by every act in every program and is never pruned.
With this index it reads only that supervisor's recent decisions. Built CONCURRENTLY on PostgreSQL, so that the
audit log stays writable (every state change appends to it) while it builds.
"""
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

NAME, COLUMNS = 'ix_audit_event_actor_action_created', ['actor_id', 'action', 'created_at']


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade():
    if _postgresql():
        with op.get_context().autocommit_block():
            op.create_index(NAME, 'audit_event', COLUMNS, unique=False, postgresql_concurrently=True,
                            if_not_exists=True)
    else:
        with op.batch_alter_table('audit_event', schema=None) as batch_op:
            batch_op.create_index(NAME, COLUMNS, unique=False)


def downgrade():
    if _postgresql():
        with op.get_context().autocommit_block():
            op.drop_index(NAME, table_name='audit_event', postgresql_concurrently=True, if_exists=True)
    else:
        with op.batch_alter_table('audit_event', schema=None) as batch_op:
            batch_op.drop_index(NAME)
