"""notification e-mail outbox and preferences

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 18:20:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('notification', schema=None) as batch_op:
        # Temporary server default so existing rows are valid; dropped below.
        batch_op.add_column(sa.Column('email_attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('next_email_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('email_error', sa.String(length=200), nullable=True))
        batch_op.create_index('ix_notification_outbox', ['emailed_at', 'next_email_at'], unique=False)
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.alter_column('email_attempts', server_default=None)
    # Notifications written before the outbox existed are not e-mailed now (they are old news).
    op.execute(sa.text("UPDATE notification SET emailed_at = created_at WHERE emailed_at IS NULL"))

    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email_preference', sa.String(length=10), nullable=False, server_default='immediate'))
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.alter_column('email_preference', server_default=None)


def downgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('email_preference')
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_index('ix_notification_outbox')
        batch_op.drop_column('email_error')
        batch_op.drop_column('next_email_at')
        batch_op.drop_column('email_attempts')
