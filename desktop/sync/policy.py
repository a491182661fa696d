"""Per-table conflict policies, applied centrally when a pushed row's base version is
not the central one (someone else changed the row since this terminal last saw it).

A three-way merge by field: the terminal sends the values of the columns it changed
and what they were before (`base`). A field the central side has not changed since
takes the terminal's value; a field both changed is decided by the table's policy:

- visit: the queue status and the case status each go to the side further along their
  machine, with the fields that belong to that status; equal ranks and other fields
  keep the central value and go to the conflicts list for a person;
- any other table (visitor, bookings, …): field by field; a field both changed keeps
  the central value (the first to arrive) and goes to the conflicts list;
- delete beats update, both ways: the losing edit is kept in the conflicts list.

No wall clock decides anything: `updated_at` is carried along, never compared.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain import CaseStatus, QueueStatus


class ConflictKind(StrEnum):
    FIELDS = "fields"  # both changed the same fields
    STATUS = "status"  # the further status won (resolved by policy)
    DELETE_UPDATE = "delete_update"  # a delete won over an edit


class Resolution(StrEnum):
    AUTO = "auto"  # resolved by the policy, shown for information
    OPEN = "open"  # a person must decide (section chief)
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    fields: tuple[str, ...]
    resolution: Resolution


@dataclass(frozen=True)
class Merge:
    row: dict[str, Any]
    conflicts: list[Conflict] = field(default_factory=list)


# How far along its machine a status is; the further wins. Equal ranks with different
# values (e.g. no_show against cancelled) are for a person.
QUEUE_RANK: dict[str, int] = {
    QueueStatus.WAITING: 0,
    QueueStatus.PARKED: 1,
    QueueStatus.CALLED: 2,
    QueueStatus.SERVING: 3,
    QueueStatus.UNFINISHED: 4,
    QueueStatus.NO_SHOW: 5,
    QueueStatus.CANCELLED: 5,
    QueueStatus.DONE: 6,
}
CASE_RANK: dict[str, int] = {
    CaseStatus.REVIEWING: 0,
    CaseStatus.NOT_ACCEPTED: 1,
    CaseStatus.ACCEPTED: 1,
    CaseStatus.OPINION_ISSUED: 2,
    CaseStatus.REVIEW: 3,
    CaseStatus.RE_REVIEW: 4,
    CaseStatus.CLOSED: 5,
}

# A status and the fields that move with it (the winner's values are taken whole).
STATUS_GROUPS: dict[str, tuple[str, dict[str, int], tuple[str, ...]]] = {
    "visit.queue": ("queue_status", QUEUE_RANK, (
        "window_name", "called_at", "recall_count", "serving_started_at", "finished_at",
        "target_window", "queue_note")),
    "visit.case": ("case_status", CASE_RANK, (
        "accepted_on", "transferred_on", "accept_notice_due", "handling_due", "next_due",
        "next_due_step", "deadline_estimated", "deadline_calendar")),
}
TABLE_GROUPS: dict[str, tuple[str, ...]] = {"visit": ("visit.queue", "visit.case")}
# Never merged: identity and bookkeeping (the version is set by the caller).
_SKIP = frozenset({"id", "version", "origin_terminal"})


def _rank(ranks: Mapping[str, int], value: Any) -> int:
    return ranks.get(value, -1) if value is not None else -1


def merge_row(table: str, central: Mapping[str, Any], local: Mapping[str, Any],
              base: Mapping[str, Any] | None) -> Merge:
    """Merge a pushed row into the central row. `base`: the changed columns' values
    before the terminal changed them (None: the terminal sent a new row, every column
    counts as changed with no known base)."""
    changed = [c for c in local if c not in _SKIP and c != "updated_at"
               and (base is None or c in base)]
    result = dict(central)
    result["updated_at"] = local.get("updated_at", central.get("updated_at"))
    conflicts: list[Conflict] = []

    central_deleted = central.get("deleted_at") is not None
    local_deleted = local.get("deleted_at") is not None
    if central_deleted and not local_deleted:
        # The row was deleted elsewhere: the edit loses, and is shown.
        result["updated_at"] = central.get("updated_at")
        return Merge(result, [Conflict(ConflictKind.DELETE_UPDATE, tuple(changed),
                                       Resolution.OPEN)])

    both: list[str] = []
    for column in changed:
        mine, theirs = local[column], central.get(column)
        if mine == theirs:
            continue
        if base is not None and theirs == base[column]:
            result[column] = mine  # only this terminal changed it
        else:
            both.append(column)

    decided: set[str] = set()
    for group in TABLE_GROUPS.get(table, ()):
        status, ranks, companions = STATUS_GROUPS[group]
        members = (status, *companions)
        if not any(c in both for c in members):
            continue
        mine_rank = _rank(ranks, local.get(status))
        theirs_rank = _rank(ranks, central.get(status))
        if mine_rank == theirs_rank and local.get(status) != central.get(status):
            continue  # same rank, different status: for a person (below)
        winner = local if mine_rank > theirs_rank else central
        moved = [c for c in members if c in both]
        for column in moved:
            result[column] = winner.get(column)
            decided.add(column)
        if mine_rank != theirs_rank or any(local.get(c) != central.get(c) for c in moved):
            kind = ConflictKind.STATUS
            resolution = Resolution.AUTO
            if mine_rank == theirs_rank:  # e.g. two windows called the same ticket
                kind, resolution = ConflictKind.FIELDS, Resolution.OPEN
            conflicts.append(Conflict(kind, tuple(moved), resolution))

    open_fields = tuple(c for c in both if c not in decided)
    if open_fields:
        conflicts.append(Conflict(ConflictKind.FIELDS, open_fields, Resolution.OPEN))

    if local_deleted and not central_deleted:
        # This terminal's delete wins over the edits made elsewhere since; shown.
        result["deleted_at"] = local["deleted_at"]
        conflicts.append(Conflict(ConflictKind.DELETE_UPDATE, open_fields, Resolution.OPEN))
    return Merge(result, conflicts)
