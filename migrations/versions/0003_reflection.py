"""reflection log and peer groups

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 17:57:05.479450

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('competency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_competency_program_id_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competency')),
    sa.UniqueConstraint('program_id', 'code', name='uq_competency_program_code')
    )
    op.create_table('peer_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_peer_group_program_id_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer_group')),
    sa.UniqueConstraint('program_id', 'name', name='uq_peer_group_program_name')
    )
    op.create_table('peer_group_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['peer_group.id'], name=op.f('fk_peer_group_member_group_id_peer_group')),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_peer_group_member_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer_group_member')),
    sa.UniqueConstraint('group_id', 'user_id', name='uq_peer_group_member_group_user')
    )
    with op.batch_alter_table('peer_group_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_peer_group_member_user_id'), ['user_id'], unique=False)

    op.create_table('note_share',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('peer_group_id', sa.Integer(), nullable=False),
    sa.Column('shared_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_note_share_note_id_note')),
    sa.ForeignKeyConstraint(['peer_group_id'], ['peer_group.id'], name=op.f('fk_note_share_peer_group_id_peer_group')),
    sa.ForeignKeyConstraint(['shared_by_id'], ['user.id'], name=op.f('fk_note_share_shared_by_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_share'))
    )
    with op.batch_alter_table('note_share', schema=None) as batch_op:
        batch_op.create_index('ix_note_share_group_note', ['peer_group_id', 'note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_share_note_id'), ['note_id'], unique=False)

    op.create_table('reflection_prompt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.String(length=12), nullable=True),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_reflection_prompt_note_id_note')),
    sa.ForeignKeyConstraint(['trainee_id'], ['user.id'], name=op.f('fk_reflection_prompt_trainee_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflection_prompt'))
    )
    with op.batch_alter_table('reflection_prompt', schema=None) as batch_op:
        batch_op.create_index('ix_reflection_prompt_trainee_open', ['trainee_id', 'closed_at'], unique=False)

    op.create_table('reflection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=True),
    sa.Column('comment_id', sa.Integer(), nullable=True),
    sa.Column('annotation_id', sa.Integer(), nullable=True),
    sa.Column('quote', sa.Text(), nullable=True),
    sa.Column('quote_author_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotation.id'], name=op.f('fk_reflection_annotation_id_annotation')),
    sa.ForeignKeyConstraint(['comment_id'], ['comment.id'], name=op.f('fk_reflection_comment_id_comment')),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_reflection_note_id_note')),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_reflection_program_id_program')),
    sa.ForeignKeyConstraint(['quote_author_id'], ['user.id'], name=op.f('fk_reflection_quote_author_id_user')),
    sa.ForeignKeyConstraint(['trainee_id'], ['user.id'], name=op.f('fk_reflection_trainee_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflection'))
    )
    with op.batch_alter_table('reflection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reflection_note_id'), ['note_id'], unique=False)
        batch_op.create_index('ix_reflection_trainee_created', ['trainee_id', 'created_at'], unique=False)

    op.create_table('reflection_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reflection_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['user.id'], name=op.f('fk_reflection_comment_author_id_user')),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_reflection_comment_reflection_id_reflection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflection_comment'))
    )
    with op.batch_alter_table('reflection_comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reflection_comment_reflection_id'), ['reflection_id'], unique=False)

    op.create_table('reflection_competency',
    sa.Column('reflection_id', sa.Integer(), nullable=False),
    sa.Column('competency_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['competency_id'], ['competency.id'], name=op.f('fk_reflection_competency_competency_id_competency')),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_reflection_competency_reflection_id_reflection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('reflection_id', 'competency_id', name=op.f('pk_reflection_competency'))
    )
    op.create_table('reflection_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reflection_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('competencies', sa.JSON(), nullable=False),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('saved_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_reflection_version_reflection_id_reflection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflection_version')),
    sa.UniqueConstraint('reflection_id', 'number', name='uq_reflection_version_reflection_number')
    )
    # Existing programs get the default competencies (new programs get them from create_program).
    bind = op.get_bind()
    competency = sa.table('competency', sa.column('program_id', sa.Integer), sa.column('code', sa.String),
                          sa.column('name', sa.String), sa.column('position', sa.Integer),
                          sa.column('active', sa.Boolean))
    defaults = [("reflective_practice", "Reflective practice"), ("assessment", "Assessment"),
                ("intervention", "Intervention"), ("relationships", "Relationships"), ("ethics", "Ethics"),
                ("diversity", "Diversity"), ("professionalism", "Professionalism"),
                ("use_of_supervision", "Use of supervision")]
    programs = [row[0] for row in bind.execute(sa.text("SELECT id FROM program"))]
    if programs:
        op.bulk_insert(competency, [
            {"program_id": pid, "code": code, "name": name, "position": i, "active": True}
            for pid in programs for i, (code, name) in enumerate(defaults)
        ])


def downgrade():
    op.drop_table('reflection_version')
    op.drop_table('reflection_competency')
    with op.batch_alter_table('reflection_comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reflection_comment_reflection_id'))

    op.drop_table('reflection_comment')
    with op.batch_alter_table('reflection', schema=None) as batch_op:
        batch_op.drop_index('ix_reflection_trainee_created')
        batch_op.drop_index(batch_op.f('ix_reflection_note_id'))

    op.drop_table('reflection')
    with op.batch_alter_table('reflection_prompt', schema=None) as batch_op:
        batch_op.drop_index('ix_reflection_prompt_trainee_open')

    op.drop_table('reflection_prompt')
    with op.batch_alter_table('note_share', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_share_note_id'))
        batch_op.drop_index('ix_note_share_group_note')

    op.drop_table('note_share')
    with op.batch_alter_table('peer_group_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_peer_group_member_user_id'))

    op.drop_table('peer_group_member')
    op.drop_table('peer_group')
    op.drop_table('competency')
