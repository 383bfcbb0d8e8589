"""hours: categories and requirement rule sets per program, entry history and verification, issued logs

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 18:09:54.698378

"""
from collections import defaultdict
from datetime import date

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('hours_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('group', sa.String(length=12), nullable=False),
    sa.Column('aapi', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_hours_category_program_id_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hours_category')),
    sa.UniqueConstraint('program_id', 'code', name='uq_hours_category_program_code')
    )
    op.create_table('hours_requirement_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_hours_requirement_set_program_id_program')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hours_requirement_set')),
    sa.UniqueConstraint('program_id', 'code', name='uq_hours_requirement_set_program_code')
    )
    op.create_table('hours_log_export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('verified_minutes', sa.Integer(), nullable=False),
    sa.Column('entry_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['user.id'], name=op.f('fk_hours_log_export_created_by_id_user')),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_hours_log_export_program_id_program')),
    sa.ForeignKeyConstraint(['trainee_id'], ['user.id'], name=op.f('fk_hours_log_export_trainee_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hours_log_export'))
    )
    with op.batch_alter_table('hours_log_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hours_log_export_content_sha256'), ['content_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_hours_log_export_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('hours_entry_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['user.id'], name=op.f('fk_hours_entry_event_actor_id_user')),
    sa.ForeignKeyConstraint(['entry_id'], ['hours_entry.id'], name=op.f('fk_hours_entry_event_entry_id_hours_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hours_entry_event'))
    )
    with op.batch_alter_table('hours_entry_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hours_entry_event_entry_id'), ['entry_id'], unique=False)

    # New NOT NULL columns on a table that may hold rows: a temporary server default for `version`; the two
    # timestamps start nullable, take the entry's creation time, then become NOT NULL.
    with op.batch_alter_table('hours_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('rejected_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('rejected_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_hours_entry_program_status', ['program_id', 'status'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_hours_entry_rejected_by_id_user'), 'user', ['rejected_by_id'], ['id'])
    op.execute(sa.text(
        "UPDATE hours_entry SET updated_at = COALESCE(verified_at, created_at), submitted_at = created_at"))
    with op.batch_alter_table('hours_entry', schema=None) as batch_op:
        batch_op.alter_column('version', server_default=None)
        batch_op.alter_column('updated_at', existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.alter_column('submitted_at', existing_type=sa.DateTime(timezone=True), nullable=False)
    op.create_table('hours_week',
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('week', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('verified_minutes', sa.Integer(), nullable=False),
    sa.Column('logged_minutes', sa.Integer(), nullable=False),
    sa.Column('verified_direct', sa.Integer(), nullable=False),
    sa.Column('verified_indirect', sa.Integer(), nullable=False),
    sa.Column('verified_supervision', sa.Integer(), nullable=False),
    sa.Column('logged_direct', sa.Integer(), nullable=False),
    sa.Column('logged_indirect', sa.Integer(), nullable=False),
    sa.Column('logged_supervision', sa.Integer(), nullable=False),
    sa.Column('verified_by_category', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('logged_by_category', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'], name=op.f('fk_hours_week_program_id_program')),
    sa.ForeignKeyConstraint(['trainee_id'], ['user.id'], name=op.f('fk_hours_week_trainee_id_user')),
    sa.PrimaryKeyConstraint('program_id', 'trainee_id', 'week', name=op.f('pk_hours_week'))
    )
    with op.batch_alter_table('hours_week', schema=None) as batch_op:
        batch_op.create_index('ix_hours_week_program_week', ['program_id', 'week'], unique=False)
    _fill_hours_week()
    # Programs without category or rule-set rows use the defaults (hours.services.program_categories), and get
    # their own rows on the director's first change; new programs are seeded when created.


# The default categories' groups at this revision (every program uses the defaults until a director edits them);
# a code outside them counts as indirect, as the app counts it. Kept here: migrations do not import the app.
DEFAULT_GROUPS = {
    'individual': 'direct', 'couple_family': 'direct', 'group': 'direct', 'intake': 'direct', 'assessment': 'direct',
    'individual_supervision': 'supervision', 'group_supervision': 'supervision',
    'consultation': 'indirect', 'documentation': 'indirect', 'training': 'indirect',
}
EPOCH_MONDAY = date(2000, 1, 3)


def _fill_hours_week():
    """The weekly rollup of the entries already there (as hours.services.rebuild_week_totals writes it)."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT program_id, trainee_id, date, category, "
        "SUM(CASE WHEN status = 'verified' THEN minutes ELSE 0 END), SUM(minutes) "
        "FROM hours_entry WHERE status IN ('verified', 'pending') GROUP BY program_id, trainee_id, date, category"
    )).all()
    weeks = defaultdict(lambda: {'verified_minutes': 0, 'logged_minutes': 0, 'verified_direct': 0,
                                 'verified_indirect': 0, 'verified_supervision': 0, 'logged_direct': 0,
                                 'logged_indirect': 0, 'logged_supervision': 0, 'verified_by_category': {},
                                 'logged_by_category': {}})
    for program_id, trainee_id, day, category, verified, logged in rows:
        day = day if isinstance(day, date) else date.fromisoformat(str(day))
        row = weeks[(program_id, trainee_id, (day - EPOCH_MONDAY).days // 7)]
        group = DEFAULT_GROUPS.get(category, 'indirect')
        verified, logged = int(verified), int(logged)
        row['verified_minutes'] += verified
        row['logged_minutes'] += logged
        row['verified_' + group] += verified
        row['logged_' + group] += logged
        if verified:
            row['verified_by_category'][category] = row['verified_by_category'].get(category, 0) + verified
        row['logged_by_category'][category] = row['logged_by_category'].get(category, 0) + logged
    table = sa.table('hours_week', *(sa.column(name) for name in (
        'program_id', 'trainee_id', 'week', 'verified_minutes', 'logged_minutes', 'verified_direct',
        'verified_indirect', 'verified_supervision', 'logged_direct', 'logged_indirect', 'logged_supervision')),
        sa.column('verified_by_category', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')),
        sa.column('logged_by_category', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')))
    values = [{'program_id': p, 'trainee_id': t, 'week': w, **data} for (p, t, w), data in weeks.items()]
    if values:
        op.bulk_insert(table, values)


def downgrade():
    with op.batch_alter_table('hours_week', schema=None) as batch_op:
        batch_op.drop_index('ix_hours_week_program_week')

    op.drop_table('hours_week')
    with op.batch_alter_table('hours_entry', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_hours_entry_rejected_by_id_user'), type_='foreignkey')
        batch_op.drop_index('ix_hours_entry_program_status')
        batch_op.drop_column('submitted_at')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('rejected_at')
        batch_op.drop_column('rejected_by_id')
        batch_op.drop_column('version')

    with op.batch_alter_table('hours_entry_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hours_entry_event_entry_id'))

    op.drop_table('hours_entry_event')
    with op.batch_alter_table('hours_log_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hours_log_export_file_sha256'))
        batch_op.drop_index(batch_op.f('ix_hours_log_export_content_sha256'))

    op.drop_table('hours_log_export')
    op.drop_table('hours_requirement_set')
    op.drop_table('hours_category')
