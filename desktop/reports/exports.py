"""Writing report files: the kind from the file name, written whole (a temporary file
renamed) and audited in the transaction that read the figures."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from desktop.accounts import audit
from desktop.i18n import QT_TRANSLATE_NOOP, UserError
from desktop.reports import figures as f
from desktop.terminal import Workstation

ExportKind = Literal["xlsx", "pdf", "csv"]
EXPORT_ACTION = "export"
REPORT_SUBJECT = "statistics"
LIST_SUBJECT = "visit_list"


class ExportNameError(UserError):
    """A report file name whose kind cannot be written."""


@dataclass(frozen=True)
class ReportExport:
    path: Path
    kind: ExportKind
    rows: int  # visits counted (a report) or listed (a visit list)
    bytes: int


def export_kind(path: str | Path, allowed: tuple[ExportKind, ...]) -> ExportKind:
    suffix = Path(path).suffix.lower().lstrip(".")
    for kind in allowed:
        if suffix == kind:
            return kind
    raise ExportNameError(
        QT_TRANSLATE_NOOP("Errors", "导出文件名应以 {suffixes} 结尾：{name}"), field="path",
        suffixes=" 或 ".join(f".{kind}" for kind in allowed), name=Path(path).name)


def write_report(session: Session, workstation: Workstation, path: str | Path,
                 fig: f.Figures) -> ReportExport:
    from desktop.reports import report_files
    from desktop.storage.files import save_file

    kind = export_kind(path, ("pdf", "xlsx"))
    target = Path(path).expanduser().resolve()
    data = report_files.figures_pdf(fig) if kind == "pdf" else report_files.figures_xlsx(fig)
    save_file(target, data)
    audit.record(session, workstation, EXPORT_ACTION, REPORT_SUBJECT,
                 f"{fig.period.first.isoformat()}..{fig.period.last.isoformat()}",
                 f"{kind}; {fig.period.kind.value}; {fig.totals.visits} visits")
    return ReportExport(target, kind, fig.totals.visits, len(data))


def write_visits(session: Session, workstation: Workstation, path: str | Path, key: str,
                 value: str, first: str, last: str,
                 lines: tuple[f.VisitLine, ...]) -> ReportExport:
    from desktop.reports import report_files
    from desktop.storage.files import save_file

    kind = export_kind(path, ("xlsx", "csv"))
    target = Path(path).expanduser().resolve()
    data = (report_files.visits_xlsx(lines) if kind == "xlsx"
            else report_files.visits_csv(lines))
    save_file(target, data)
    # Which list went out (the figure and its value), never who is on it.
    audit.record(session, workstation, EXPORT_ACTION, LIST_SUBJECT, f"{first}..{last}",
                 f"{kind}; figure {key}; {len(lines)} rows")
    return ReportExport(target, kind, len(lines), len(data))
