"""leader reception days, part 2: bookings (预约) and the leader's instructions (批示,
交办, 督办)

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reception_booking',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('slot_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('visitor_id', sa.Uuid(), nullable=False),
    sa.Column('people_count', sa.Integer(), nullable=False),
    sa.Column('representatives', sa.Text(), nullable=False),
    sa.Column('case_visit_id', sa.Uuid(), nullable=True),
    sa.Column('content_category_code', sa.String(length=16), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('override_rules', sa.String(length=120), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('override_by', sa.String(length=64), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('checked_in_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('notify_note', sa.Text(), nullable=True),
    sa.Column('notified_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('moved_from_session_id', sa.Uuid(), nullable=True),
    sa.Column('booked_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('booked_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_visit_id'], ['visit.id'], name=op.f('fk_reception_booking_case_visit_id_visit')),
    sa.ForeignKeyConstraint(['content_category_code'], ['content_category.code'], name=op.f('fk_reception_booking_content_category_code_content_category')),
    sa.ForeignKeyConstraint(['moved_from_session_id'], ['reception_session.id'], name=op.f('fk_reception_booking_moved_from_session_id_reception_session')),
    sa.ForeignKeyConstraint(['session_id'], ['reception_session.id'], name=op.f('fk_reception_booking_session_id_reception_session')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_reception_booking_visit_id_visit')),
    sa.ForeignKeyConstraint(['visitor_id'], ['visitor.id'], name=op.f('fk_reception_booking_visitor_id_visitor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_booking')),
    sa.UniqueConstraint('code', name=op.f('uq_reception_booking_code'))
    )
    op.create_index('ix_reception_booking_session', 'reception_booking', ['session_id', 'status'], unique=False)
    op.create_index('ix_reception_booking_visitor', 'reception_booking', ['visitor_id'], unique=False)
    op.create_table('reception_instruction',
    sa.Column('booking_id', sa.Uuid(), nullable=True),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('visitor_id', sa.Uuid(), nullable=False),
    sa.Column('case_visit_id', sa.Uuid(), nullable=True),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('unit_code', sa.String(length=32), nullable=True),
    sa.Column('unit_name', sa.String(length=120), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('reply_due', sa.Date(), nullable=True),
    sa.Column('finish_due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('replied_on', sa.Date(), nullable=True),
    sa.Column('reply', sa.Text(), nullable=True),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['booking_id'], ['reception_booking.id'], name=op.f('fk_reception_instruction_booking_id_reception_booking')),
    sa.ForeignKeyConstraint(['case_visit_id'], ['visit.id'], name=op.f('fk_reception_instruction_case_visit_id_visit')),
    sa.ForeignKeyConstraint(['session_id'], ['reception_session.id'], name=op.f('fk_reception_instruction_session_id_reception_session')),
    sa.ForeignKeyConstraint(['unit_code'], ['handling_unit.code'], name=op.f('fk_reception_instruction_unit_code_handling_unit')),
    sa.ForeignKeyConstraint(['visitor_id'], ['visitor.id'], name=op.f('fk_reception_instruction_visitor_id_visitor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_instruction'))
    )
    op.create_index(op.f('ix_reception_instruction_booking_id'), 'reception_instruction', ['booking_id'], unique=False)
    op.create_index('ix_reception_instruction_open', 'reception_instruction', ['status', 'finish_due'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_reception_instruction_open', table_name='reception_instruction')
    op.drop_index(op.f('ix_reception_instruction_booking_id'), table_name='reception_instruction')
    op.drop_table('reception_instruction')
    op.drop_index('ix_reception_booking_visitor', table_name='reception_booking')
    op.drop_index('ix_reception_booking_session', table_name='reception_booking')
    op.drop_table('reception_booking')
