"""main.py user … / --user / audit verify, as an administrator scripts them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from helpers import make_id_number

ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: str, stdin: str = "", password: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAIFANG_DATA_DIR=str(tmp_path / "data"))
    env.pop("LAIFANG_PASSWORD", None)
    if password is not None:
        env["LAIFANG_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "main.py", "--db", f"sqlite:///{tmp_path / 'db.sqlite3'}", *args],
        cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=120)


def test_users_login_and_audit_verify(tmp_path: Path) -> None:
    # No users yet: commands run without credentials (the demo, scripts, first start).
    made = run(tmp_path, "ticket", "--name", "王五", "--id-number", make_id_number())
    assert made.returncode == 0, made.stderr
    added = run(tmp_path, "user", "add", "--username", "admin", "--display-name", "管理员甲",
                "--role", "admin", stdin="Admin-pass-1\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == {"username": "admin", "display_name": "管理员甲",
                                        "role": "admin", "active": True}
    # Now a command without valid credentials is refused, with exit code 2.
    refused = run(tmp_path, "user", "list")
    assert refused.returncode == 2
    assert "需要以用户身份运行" in refused.stderr and "--user" in refused.stderr
    wrong = run(tmp_path, "--user", "admin", "user", "list", password="wrong-pass")
    assert wrong.returncode == 2 and "用户名或密码不正确" in wrong.stderr
    # The login password from stdin, the new user's password on the next line.
    clerk = run(tmp_path, "--user", "admin", "user", "add", "--username", "clerk",
                "--display-name", "接谈员丙", "--role", "clerk",
                stdin="Admin-pass-1\nClerk-pass-22\n")
    assert clerk.returncode == 0, clerk.stderr
    ticket = run(tmp_path, "--user", "clerk", "ticket", "--name", "赵六", "--id-number",
                 make_id_number(seq=456), password="Clerk-pass-22")
    assert ticket.returncode == 0, ticket.stderr
    listed = run(tmp_path, "--user", "admin", "user", "list", password="Admin-pass-1")
    assert [u["username"] for u in json.loads(listed.stdout)] == ["admin", "clerk"]
    # A clerk may not read the audit log; an administrator verifies it.
    assert run(tmp_path, "--user", "clerk", "audit", "verify",
               password="Clerk-pass-22").returncode == 2
    verified = run(tmp_path, "--user", "admin", "audit", "verify", password="Admin-pass-1")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["intact"] is True
    # No password or hash anywhere in the log.
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        rows = db.execute("SELECT actor, action, subject_id, detail FROM audit_entry").fetchall()
        assert ("clerk", "login", "clerk", None) in rows
        assert "Admin-pass-1" not in repr(rows) and "argon2" not in repr(rows)
        # Tampered with directly in the database: verify names the entry, exit 3.
        db.execute("DROP TRIGGER audit_entry_no_update")
        db.execute("UPDATE audit_entry SET actor = 'nobody' WHERE seq = 2")
    tampered = run(tmp_path, "--user", "admin", "audit", "verify", password="Admin-pass-1")
    assert tampered.returncode == 3
    assert json.loads(tampered.stdout)["first_bad"]["seq"] == 2
    assert "第 2 条" in tampered.stderr
    disabled = run(tmp_path, "--user", "admin", "user", "disable", "clerk",
                   password="Admin-pass-1")
    assert json.loads(disabled.stdout) == {"username": "clerk", "active": False}
