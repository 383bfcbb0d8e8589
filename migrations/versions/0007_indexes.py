"""indexes chosen from EXPLAIN at program scale (issue 9): comment.parent_id

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 19:05:00

With 475,000 comments (bench/README.md), loading a note's replies (`Comment.replies`, WHERE parent_id IN ...)
was a parallel sequential scan of the whole table: 47-52 ms of the note page's 90 ms. With the index: 0.1 ms.
On PostgreSQL the index is built CONCURRENTLY (outside the migration's transaction) so that a large comment
table stays writable while it builds.
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade():
    if _postgresql():
        with op.get_context().autocommit_block():
            op.create_index('ix_comment_parent_id', 'comment', ['parent_id'], unique=False,
                            postgresql_concurrently=True, if_not_exists=True)
    else:
        with op.batch_alter_table('comment', schema=None) as batch_op:
            batch_op.create_index('ix_comment_parent_id', ['parent_id'], unique=False)


def downgrade():
    if _postgresql():
        with op.get_context().autocommit_block():
            op.drop_index('ix_comment_parent_id', table_name='comment', postgresql_concurrently=True,
                          if_exists=True)
    else:
        with op.batch_alter_table('comment', schema=None) as batch_op:
            batch_op.drop_index('ix_comment_parent_id')
