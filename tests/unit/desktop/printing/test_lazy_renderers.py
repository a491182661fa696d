"""ReportLab and qrcode load on the first render, not when the program opens its services
(they cost ~40 ms and 7 MiB before the first card swipe)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]

# A fresh interpreter: other tests in this process have long imported ReportLab.
_PROBE = """
import json, sys
import desktop.app
host = desktop.app.open_services(sys.argv[1], "FRONT-1", "前台")
before = sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "qrcode"})
host.printing.warm_up()
after = sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "qrcode"})
host.close()
print(json.dumps([before, after]))
"""


def test_opening_services_does_not_import_reportlab_or_qrcode(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'laifang.db'}"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, url],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )
    before, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == []
    # The warm-up after ready loads both, so the first ticket prints without waiting.
    assert after == ["qrcode", "reportlab"]
