"""security: password reset links, failed sign-ins per account, the note read log

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 18:24:34

Three new tables, nothing altered: `password_reset` (single-use e-mailed links, token hashes only),
`sign_in_failure` (failed password checks per address hash, for the per-account lockout shared by every
worker) and `note_read` (who opened which note and when; no note text).
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('sign_in_failure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email_hash', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_in_failure'))
    )
    with op.batch_alter_table('sign_in_failure', schema=None) as batch_op:
        batch_op.create_index('ix_sign_in_failure_email_at', ['email_hash', 'at'], unique=False)

    op.create_table('password_reset',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_password_reset_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_password_reset')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_password_reset_token_hash'))
    )
    with op.batch_alter_table('password_reset', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_password_reset_user_id'), ['user_id'], unique=False)

    op.create_table('note_read',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('via', sa.String(length=10), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_note_read_note_id_note')),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_note_read_program_id_program')),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_note_read_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_read'))
    )
    with op.batch_alter_table('note_read', schema=None) as batch_op:
        batch_op.create_index('ix_note_read_note_at', ['note_id', 'at'], unique=False)
        batch_op.create_index('ix_note_read_program_at', ['program_id', 'at'], unique=False)
        batch_op.create_index('ix_note_read_user_at', ['user_id', 'at'], unique=False)


def downgrade():
    with op.batch_alter_table('note_read', schema=None) as batch_op:
        batch_op.drop_index('ix_note_read_user_at')
        batch_op.drop_index('ix_note_read_program_at')
        batch_op.drop_index('ix_note_read_note_at')
    op.drop_table('note_read')

    with op.batch_alter_table('password_reset', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_password_reset_user_id'))
    op.drop_table('password_reset')

    with op.batch_alter_table('sign_in_failure', schema=None) as batch_op:
        batch_op.drop_index('ix_sign_in_failure_email_at')
    op.drop_table('sign_in_failure')
