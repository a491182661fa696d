"""The directory of units (承办单位名录): where matters are transferred, and the bodies
legal channels name. Reading only; the settings page edits it (desktop/settings)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import HandlingUnit
from desktop.domain import UnitKind


@dataclass(frozen=True)
class UnitItem:
    code: str
    name: str
    kind: UnitKind
    address: str = ""
    phone: str = ""
    active: bool = True


def unit_item(row: HandlingUnit) -> UnitItem:
    return UnitItem(row.code, row.name, UnitKind(row.kind), row.address or "",
                    row.phone or "", row.active)


def list_units(session: Session, *, active_only: bool = True) -> tuple[UnitItem, ...]:
    query = select(HandlingUnit).order_by(HandlingUnit.sort_order, HandlingUnit.code)
    if active_only:
        query = query.where(HandlingUnit.active)
    return tuple(unit_item(row) for row in session.scalars(query))


def find_unit(session: Session, code: str) -> UnitItem | None:
    row = session.get(HandlingUnit, code)
    return unit_item(row) if row is not None else None
