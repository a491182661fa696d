"""LISTEN/NOTIFY wake-ups: another terminal's notice wakes the loop, its own does not,
an unreachable centre is retried quietly, and the listener ends soon after `stop`."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy.engine import make_url
from sync_setup import Central

from desktop.sync.central import central_engine
from desktop.sync.listen import POLL_S, listen, notify

pytestmark = pytest.mark.pg


def test_a_notice_from_another_terminal_wakes_the_loop(central: Central) -> None:
    stop, wake = threading.Event(), threading.Event()
    thread = threading.Thread(target=listen, args=(central.engine.url, "T1", stop, wake))
    thread.start()
    try:
        time.sleep(0.5)  # LISTEN is in place
        notify(central.engine, "T1")  # its own notice
        assert not wake.wait(0.6)
        started = time.monotonic()
        notify(central.engine, "T2")
        assert wake.wait(2.0)
        assert time.monotonic() - started < 0.5
    finally:
        stop.set()
        thread.join(POLL_S * 4)
    assert not thread.is_alive()


def test_an_unreachable_centre_is_retried_until_stop() -> None:
    dead = central_engine("postgresql+psycopg://postgres@127.0.0.1:1/none")
    stop, wake = threading.Event(), threading.Event()
    thread = threading.Thread(target=listen, args=(make_url(str(dead.url)), "T1", stop, wake))
    thread.start()
    time.sleep(0.3)
    stop.set()
    thread.join(1.0)
    dead.dispose()
    assert not thread.is_alive() and not wake.is_set()
