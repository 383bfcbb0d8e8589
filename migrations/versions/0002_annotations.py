"""annotations and resolvable threads

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 17:49:20.772574

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('annotation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('exact', sa.Text(), nullable=False),
    sa.Column('prefix', sa.String(length=64), nullable=False),
    sa.Column('suffix', sa.String(length=64), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('suggestion', sa.Text(), nullable=True),
    sa.Column('suggestion_status', sa.String(length=12), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['user.id'], name=op.f('fk_annotation_author_id_user')),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_annotation_note_id_note')),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['user.id'], name=op.f('fk_annotation_resolved_by_id_user')),
    sa.ForeignKeyConstraint(['revision_id'], ['revision.id'], name=op.f('fk_annotation_revision_id_revision')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotation'))
    )
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotation_note_id'), ['note_id'], unique=False)

    op.create_table('annotation_anchor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('annotation_id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('revision_number', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotation.id'], name=op.f('fk_annotation_anchor_annotation_id_annotation')),
    sa.ForeignKeyConstraint(['revision_id'], ['revision.id'], name=op.f('fk_annotation_anchor_revision_id_revision')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotation_anchor')),
    sa.UniqueConstraint('annotation_id', 'revision_id', name='uq_annotation_anchor_annotation_revision')
    )
    with op.batch_alter_table('annotation_anchor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotation_anchor_revision_id'), ['revision_id'], unique=False)

    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('annotation_id', sa.Integer(), nullable=True))
        # A temporary server default fills the existing rows; it is dropped again below.
        batch_op.add_column(sa.Column('kind', sa.String(length=20), nullable=False, server_default='comment'))
        batch_op.add_column(sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('resolved_by_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_comment_annotation_id'), ['annotation_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_comment_resolved_by_id_user'), 'user', ['resolved_by_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_comment_annotation_id_annotation'), 'annotation', ['annotation_id'], ['id'])

    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.alter_column('kind', server_default=None)
    # ### end Alembic commands ###


def downgrade():
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_comment_annotation_id_annotation'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_comment_resolved_by_id_user'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_comment_annotation_id'))
        batch_op.drop_column('resolved_by_id')
        batch_op.drop_column('resolved_at')
        batch_op.drop_column('kind')
        batch_op.drop_column('annotation_id')

    with op.batch_alter_table('annotation_anchor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotation_anchor_revision_id'))

    op.drop_table('annotation_anchor')
    with op.batch_alter_table('annotation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotation_note_id'))

    op.drop_table('annotation')
    # ### end Alembic commands ###
