"""leader reception days: roster (leaders, sit-in people), recurrence rules, sessions,
swap history

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reception_leader',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('post', sa.String(length=64), nullable=False),
    sa.Column('portfolio', sa.String(length=400), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_leader'))
    )
    op.create_table('reception_rule',
    sa.Column('title', sa.String(length=64), nullable=False),
    sa.Column('pattern', sa.String(length=24), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('nth', sa.Integer(), nullable=True),
    sa.Column('holiday_policy', sa.String(length=8), nullable=False),
    sa.Column('makeup_days', sa.Boolean(), nullable=False),
    sa.Column('leader_ids', sa.Text(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_rule'))
    )
    op.create_table('reception_sit_in',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_sit_in'))
    )
    op.create_table('reception_session',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('starts_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('ends_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('area_code', sa.String(length=16), nullable=True),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('leader_id', sa.Uuid(), nullable=False),
    sa.Column('sit_in_ids', sa.Text(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=True),
    sa.Column('booking_cutoff_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('rule_id', sa.Uuid(), nullable=True),
    sa.Column('planned_day', sa.Date(), nullable=True),
    sa.Column('on_rest_day', sa.Boolean(), nullable=False),
    sa.Column('published_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('published_by', sa.String(length=64), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['area_code'], ['area.code'], name=op.f('fk_reception_session_area_code_area')),
    sa.ForeignKeyConstraint(['leader_id'], ['reception_leader.id'], name=op.f('fk_reception_session_leader_id_reception_leader')),
    sa.ForeignKeyConstraint(['rule_id'], ['reception_rule.id'], name=op.f('fk_reception_session_rule_id_reception_rule')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_session'))
    )
    op.create_index('ix_reception_session_day', 'reception_session', ['day', 'status'], unique=False)
    op.create_index('ix_reception_session_leader', 'reception_session', ['leader_id', 'day'], unique=False)
    op.create_table('reception_swap',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('from_leader_id', sa.Uuid(), nullable=False),
    sa.Column('to_leader_id', sa.Uuid(), nullable=False),
    sa.Column('requested_by', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['from_leader_id'], ['reception_leader.id'], name=op.f('fk_reception_swap_from_leader_id_reception_leader')),
    sa.ForeignKeyConstraint(['session_id'], ['reception_session.id'], name=op.f('fk_reception_swap_session_id_reception_session')),
    sa.ForeignKeyConstraint(['to_leader_id'], ['reception_leader.id'], name=op.f('fk_reception_swap_to_leader_id_reception_leader')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_swap'))
    )
    op.create_index(op.f('ix_reception_swap_session_id'), 'reception_swap', ['session_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_reception_swap_session_id'), table_name='reception_swap')
    op.drop_table('reception_swap')
    op.drop_index('ix_reception_session_leader', table_name='reception_session')
    op.drop_index('ix_reception_session_day', table_name='reception_session')
    op.drop_table('reception_session')
    op.drop_table('reception_sit_in')
    op.drop_table('reception_rule')
    op.drop_table('reception_leader')
