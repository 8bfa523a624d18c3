"""subjects: cards, episodes, 무연고 reports, histories, fees, vocational; municipal report drafts

Revision ID: 0005_subjects
Revises: 0004_hr
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0005_subjects'
down_revision = "0004_hr"
branch_labels = None
depends_on = None


def _synced():
    """The columns of store.base.SyncedMixin."""
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('facility_id', sa.String(length=36), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('server_version', sa.Integer(), nullable=True),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
    ]


def _subject_fk(table):
    return sa.ForeignKeyConstraint(['subject_id'], ['subject.id'], name=f'fk_{table}_subject_id_subject')


def _facility_index(table):
    op.create_index(f'ix_{table}_facility_id', table, ['facility_id'], unique=False)


TABLES = ('subject', 'subject_episode', 'no_kin_report', 'subject_outing', 'program_session', 'daily_log',
          'fee_charge', 'fee_receipt', 'trainee_attendance', 'work_record', 'vocational_wage',
          'municipal_report_draft')


def upgrade() -> None:
    op.create_table('subject', *_synced(),
    sa.Column('subject_no', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('resident_number_enc', sa.Text(), nullable=True),
    sa.Column('resident_number_hash', sa.String(length=64), nullable=True),
    sa.Column('resident_number_masked', sa.String(length=16), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('support_category', sa.String(length=32), nullable=False),
    sa.Column('ltc_grade', sa.String(length=16), nullable=False),
    sa.Column('ltc_valid_from', sa.Date(), nullable=True),
    sa.Column('ltc_valid_to', sa.Date(), nullable=True),
    sa.Column('disability_degree', sa.String(length=32), nullable=False),
    sa.Column('guardians', sa.Text(), nullable=False),
    sa.Column('no_kin', sa.Boolean(), nullable=False),
    sa.Column('photo_path', sa.String(length=255), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('health_notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name='pk_subject'),
    )
    op.create_index('ix_subject_resident_number_hash', 'subject', ['resident_number_hash'], unique=False)

    op.create_table('subject_episode', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('service', sa.String(length=32), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    _subject_fk('subject_episode'),
    sa.PrimaryKeyConstraint('id', name='pk_subject_episode'),
    )
    op.create_index('ix_subject_episode_subject_service', 'subject_episode', ['subject_id', 'service'], unique=False)
    op.create_index('ix_subject_episode_started_on', 'subject_episode', ['facility_id', 'started_on'], unique=False)

    op.create_table('no_kin_report', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('event', sa.String(length=32), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('police_reported_at', sa.DateTime(), nullable=True),
    sa.Column('police_station', sa.String(length=100), nullable=False),
    sa.Column('police_officer', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    _subject_fk('no_kin_report'),
    sa.PrimaryKeyConstraint('id', name='pk_no_kin_report'),
    )
    op.create_index('ix_no_kin_report_subject_id', 'no_kin_report', ['subject_id'], unique=False)

    op.create_table('subject_outing', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('out_at', sa.DateTime(), nullable=False),
    sa.Column('planned_return_at', sa.DateTime(), nullable=True),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('companion', sa.String(length=100), nullable=False),
    sa.Column('destination', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    _subject_fk('subject_outing'),
    sa.PrimaryKeyConstraint('id', name='pk_subject_outing'),
    )
    op.create_index('ix_subject_outing_subject_out', 'subject_outing', ['subject_id', 'out_at'], unique=False)

    op.create_table('program_session', *_synced(),
    sa.Column('program', sa.String(length=100), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('leader', sa.String(length=100), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('evaluation', sa.Text(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name='pk_program_session'),
    )
    op.create_index('ix_program_session_held_on', 'program_session', ['facility_id', 'held_on'], unique=False)

    op.create_table('program_attendance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['program_session.id'],
                            name='fk_program_attendance_session_id_program_session', ondelete='CASCADE'),
    _subject_fk('program_attendance'),
    sa.PrimaryKeyConstraint('id', name='pk_program_attendance'),
    )
    op.create_index('ix_program_attendance_subject', 'program_attendance', ['subject_id', 'session_id'], unique=False)

    op.create_table('daily_log', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('log_type', sa.String(length=32), nullable=False),
    sa.Column('logged_at', sa.DateTime(), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    _subject_fk('daily_log'),
    sa.PrimaryKeyConstraint('id', name='pk_daily_log'),
    )
    op.create_index('ix_daily_log_subject_logged', 'daily_log', ['subject_id', 'logged_at'], unique=False)

    op.create_table('fee_charge', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('plan_id', sa.String(length=32), nullable=False),
    sa.Column('base_amount', sa.Integer(), nullable=False),
    sa.Column('rate_bp', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    _subject_fk('fee_charge'),
    sa.PrimaryKeyConstraint('id', name='pk_fee_charge'),
    )
    op.create_index('ix_fee_charge_subject_month', 'fee_charge', ['subject_id', 'month'], unique=False)

    op.create_table('fee_receipt', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('receipt_no', sa.String(length=20), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('payer', sa.String(length=100), nullable=False),
    sa.Column('prepayment', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    _subject_fk('fee_receipt'),
    sa.PrimaryKeyConstraint('id', name='pk_fee_receipt'),
    )
    op.create_index('ix_fee_receipt_subject_received', 'fee_receipt', ['subject_id', 'received_on'], unique=False)

    op.create_table('trainee_attendance', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    _subject_fk('trainee_attendance'),
    sa.PrimaryKeyConstraint('id', name='pk_trainee_attendance'),
    )
    op.create_index('ix_trainee_attendance_subject_day', 'trainee_attendance', ['subject_id', 'work_date'], unique=False)

    op.create_table('work_record', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('work_date', sa.Date(), nullable=False),
    sa.Column('task', sa.String(length=100), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    _subject_fk('work_record'),
    sa.PrimaryKeyConstraint('id', name='pk_work_record'),
    )
    op.create_index('ix_work_record_subject_day', 'work_record', ['subject_id', 'work_date'], unique=False)

    op.create_table('vocational_wage', *_synced(),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('time_pay', sa.Integer(), nullable=False),
    sa.Column('piece_pay', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    _subject_fk('vocational_wage'),
    sa.PrimaryKeyConstraint('id', name='pk_vocational_wage'),
    )
    op.create_index('ix_vocational_wage_subject_month', 'vocational_wage', ['subject_id', 'month'], unique=False)

    op.create_table('municipal_report_draft', *_synced(),
    sa.Column('report_type', sa.String(length=32), nullable=False),
    sa.Column('event_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('source_entity', sa.String(length=64), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name='pk_municipal_report_draft'),
    )
    op.create_index('ix_municipal_report_draft_source', 'municipal_report_draft', ['source_id'], unique=False)
    op.create_index('ix_municipal_report_draft_status', 'municipal_report_draft',
                    ['facility_id', 'status', 'event_on'], unique=False)

    for table in TABLES:
        _facility_index(table)


def downgrade() -> None:
    for table in ('municipal_report_draft', 'vocational_wage', 'work_record', 'trainee_attendance', 'fee_receipt',
                  'fee_charge', 'daily_log', 'program_attendance', 'program_session', 'subject_outing',
                  'no_kin_report', 'subject_episode', 'subject'):
        op.drop_table(table)
