"""AppServices makes each service at its first use (its module imported then), once per
host, shared with the UI's view; the window's start loads only the few it needs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.app import open_services
from desktop.app_services import SERVICE_NAMES, AppServices
from desktop.queue.tickets import TicketService
from desktop.settings.reference import ReferenceService
from desktop.storage.backup import BackupService

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAIFANG_DATA_DIR", str(tmp_path / "data"))


def test_nothing_is_made_before_it_is_asked_for(tmp_path: Path) -> None:
    host = open_services(f"sqlite:///{tmp_path / 'a.sqlite3'}", "FRONT-1", "前台")
    try:
        assert host.loaded() == frozenset()
        tickets = host.tickets
        assert isinstance(tickets, TicketService)
        assert host.tickets is tickets  # made once
        assert host.loaded() == {"tickets"}
        # The UI's view has no database handle but the very same services.
        view = host.ui_services()
        assert type(view) is AppServices
        assert not hasattr(view, "engine") and not hasattr(view, "sessions")
        assert view.tickets is tickets
        assert isinstance(view.reference, ReferenceService)
        assert host.loaded() == {"tickets", "reference", "settings"}
        assert host.reference is view.reference
        assert isinstance(host.backups, BackupService) and host.backups.enabled
        assert view.workstation is host.workstation
    finally:
        host.close()


def test_load_all_makes_every_service_each_of_its_own_type(tmp_path: Path) -> None:
    host = open_services(f"sqlite:///{tmp_path / 'a.sqlite3'}", "FRONT-1", "前台")
    try:
        host.ui_services().load_all()
        assert host.loaded() == frozenset(SERVICE_NAMES)
        made = [getattr(host, name) for name in SERVICE_NAMES]
        assert len({id(service) for service in made}) == len(SERVICE_NAMES)
        # Every property AppServices has is named in SERVICE_NAMES (and only those).
        properties = {name for name, value in vars(AppServices).items()
                      if isinstance(value, property)}
        assert properties == set(SERVICE_NAMES)
        with pytest.raises(ValueError, match="no such service: engine"):
            host.load("engine")
    finally:
        host.close()


def test_threads_asking_at_once_get_the_same_service(tmp_path: Path) -> None:
    host = open_services(f"sqlite:///{tmp_path / 'a.sqlite3'}", "FRONT-1", "前台")
    try:
        view = host.ui_services()
        seen: list[object] = []
        start = threading.Barrier(4)

        def ask() -> None:
            start.wait()
            seen.append(view.reception_bookings)
            seen.append(view.reference)

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(seen) == 8
        assert len({id(service) for service in seen}) == 2
    finally:
        host.close()


def test_replace_swaps_one_service_and_shares_the_rest(tmp_path: Path) -> None:
    host = open_services(f"sqlite:///{tmp_path / 'a.sqlite3'}", "FRONT-1", "前台")
    try:
        fake = object()
        replaced = host.ui_services().replace(reception_schedule=fake)
        assert replaced.reception_schedule is fake
        assert host.reception_schedule is not fake
        assert replaced.tickets is host.tickets
        with pytest.raises(TypeError, match="no such services: sessions"):
            host.replace(sessions=fake)
    finally:
        host.close()


def test_opening_the_services_imports_none_of_their_modules(tmp_path: Path) -> None:
    """open_services imports the database code, not the services' modules (registration,
    cases, reception, accounts): those come with their first use."""
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    script = (
        "import sys\n"
        "from desktop.app import open_services\n"
        f"host = open_services({url!r}, 'FRONT-1', 'x')\n"
        "heavy = ('desktop.cases.registration', 'desktop.cases.case_service',\n"
        "         'desktop.reception.booking', 'desktop.accounts.login', 'argon2',\n"
        "         'desktop.queue.tickets', 'desktop.printing.service')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "host.tickets\n"
        "print('desktop.queue.tickets' in sys.modules)\n"
        "host.close()\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=True,
                            env=dict(os.environ, LAIFANG_DATA_DIR=str(tmp_path / "data")))
    assert result.stdout.split("\n")[:2] == ["[]", "True"]
