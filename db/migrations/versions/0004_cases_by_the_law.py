"""cases by the law: three-way sort, unit directory, case steps, repeat links, calendar

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 16:30:00

Saved deadlines are not recomputed here (the official calendar lives in desktop/):
`deadline_calendar` stays NULL on old cases, which the case housekeeping recounts.
A transfer used to be recorded as 受理; it is 受理审查中 until the unit decides.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_working', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=64), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    op.create_table('calendar_year',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('entered_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_calendar_year'))
    )
    op.create_table('handling_unit',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_handling_unit'))
    )
    op.create_table('case_step',
    sa.Column('case_visit_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('due_estimated', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('unit_name', sa.String(length=120), nullable=True),
    sa.Column('document_number', sa.String(length=64), nullable=True),
    sa.Column('approved_by', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('corrects_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('origin_terminal', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', db.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_visit_id'], ['visit.id'],
                            name=op.f('fk_case_step_case_visit_id_visit')),
    sa.ForeignKeyConstraint(['corrects_id'], ['case_step.id'],
                            name=op.f('fk_case_step_corrects_id_case_step')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_case_step_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_step'))
    )
    with op.batch_alter_table('case_step', schema=None) as batch_op:
        batch_op.create_index('ix_case_step_case', ['case_visit_id', 'recorded_at'], unique=False)

    false = sa.false()
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flag_group', sa.Boolean(), nullable=False,
                                      server_default=false))
        batch_op.add_column(sa.Column('route_basis', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('route_unit_code', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('matter_sort', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('respondent', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('materials', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('transferred_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('transfer_document_number', sa.String(length=64),
                                      nullable=True))
        batch_op.add_column(sa.Column('accepted_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('case_visit_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('repeat_decision', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('visit_count', sa.Integer(), nullable=False,
                                      server_default='1'))
        batch_op.add_column(sa.Column('next_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('next_due_step', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('deadline_calendar', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('deadline_estimated', sa.Boolean(), nullable=False,
                                      server_default=false))
        # Partial indexes (db/models.py): a ticket leaves these columns NULL and writes no
        # entry; the case number's uniqueness moves from the column to such an index.
        batch_op.drop_constraint(batch_op.f('uq_visit_case_number'), type_='unique')
        for name, column, unique in (('uq_visit_case_number', 'case_number', True),
                                     ('ix_visit_case_visit_id', 'case_visit_id', False),
                                     ('ix_visit_next_due', 'next_due', False)):
            where = sa.text(f"{column} IS NOT NULL")
            batch_op.create_index(batch_op.f(name), [column], unique=unique,
                                  sqlite_where=where, postgresql_where=where)
        batch_op.create_foreign_key(batch_op.f('fk_visit_route_unit_code_handling_unit'),
                                    'handling_unit', ['route_unit_code'], ['code'])
        batch_op.create_foreign_key(batch_op.f('fk_visit_case_visit_id_visit'), 'visit',
                                    ['case_visit_id'], ['id'])
    # The model has no server defaults (the ORM sets them); drop them again so the
    # schema matches the model on both databases.
    with op.batch_alter_table('visit', schema=None) as batch_op:
        for column in ('flag_group', 'visit_count', 'deadline_estimated'):
            batch_op.alter_column(column, server_default=None)
    op.execute(
        "UPDATE visit SET case_status = 'reviewing'"
        " WHERE route = 'transferred' AND case_status = 'accepted'"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE visit SET case_status = 'accepted'"
        " WHERE route = 'transferred' AND case_status = 'reviewing'"
    )
    op.execute("UPDATE visit SET route = 'answered' WHERE route = 'accepted_here'")
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_visit_case_visit_id_visit'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_visit_route_unit_code_handling_unit'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_visit_next_due'))
        batch_op.drop_index(batch_op.f('ix_visit_case_visit_id'))
        batch_op.drop_index(batch_op.f('uq_visit_case_number'))
        batch_op.create_unique_constraint(batch_op.f('uq_visit_case_number'), ['case_number'])
        for column in ('deadline_estimated', 'deadline_calendar', 'next_due_step', 'next_due',
                       'visit_count', 'repeat_decision', 'case_visit_id', 'accepted_on',
                       'transfer_document_number', 'transferred_on', 'materials',
                       'respondent', 'matter_sort', 'route_unit_code', 'route_basis',
                       'flag_group'):
            batch_op.drop_column(column)

    with op.batch_alter_table('case_step', schema=None) as batch_op:
        batch_op.drop_index('ix_case_step_case')
    op.drop_table('case_step')
    op.drop_table('handling_unit')
    op.drop_table('calendar_year')
    op.drop_table('calendar_day')
