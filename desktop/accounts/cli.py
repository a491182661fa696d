"""The command line's side of accounts (main.py): acting as a user (`--user NAME`, the
password from LAIFANG_PASSWORD or standard input), `user add|passwd|disable|enable|list`
and `audit verify`.

Passwords are never taken from an argument (they would show in the process list and the
shell history): the login password from the environment or the first line of standard
input, a new password from the next line (or a prompt on a terminal)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any, TextIO

from desktop.accounts.roles import ROLE_LABELS, Role
from desktop.i18n import QT_TRANSLATE_NOOP, UserError

PASSWORD_VARIABLE = "LAIFANG_PASSWORD"


class CredentialsNeeded(UserError):
    pass


NEED_USER = QT_TRANSLATE_NOOP(
    "Errors",
    "数据库已有用户，命令需要以用户身份运行：请加上 --user 用户名，密码放在环境变量 "
    "LAIFANG_PASSWORD 中或从标准输入提供")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "没有读到密码：请在环境变量 LAIFANG_PASSWORD 中或从标准输入提供密码")


def add_parsers(sub: Any) -> None:
    user = sub.add_parser("user", help="user accounts (password from standard input)")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add a user; the password is read from stdin")
    add.add_argument("--username", required=True)
    add.add_argument("--display-name", required=True)
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    passwd = user_sub.add_parser("passwd", help="set a user's password (read from stdin)")
    passwd.add_argument("username")
    for name, text in (("disable", "disable a user (never deleted)"),
                       ("enable", "enable a disabled user")):
        parser = user_sub.add_parser(name, help=text)
        parser.add_argument("username")
    user_sub.add_parser("list", help="the users as JSON")
    audit = sub.add_parser("audit", help="the audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser(
        "verify", help="check the hash chain: exit 0 when intact, 3 naming the first bad entry")


class _Input:
    """Standard input's lines, read when first needed (a prompt on a terminal)."""

    def __init__(self, stream: TextIO, prompt: Callable[[str], str] = getpass.getpass) -> None:
        self._stream = stream
        self._prompt = prompt

    def password(self, prompt: str) -> str:
        if self._stream.isatty():
            return self._prompt(prompt)
        line = self._stream.readline()
        if not line:
            raise CredentialsNeeded(NO_PASSWORD, field="password")
        return line.rstrip("\r\n")


def sign_in(user: str | None, services: Any, environ: Mapping[str, str] = os.environ,
            stream: TextIO | None = None) -> _Input:
    """Log the command in as `user` when the database has users; refused (a
    UserError, exit code 2) without valid credentials. Returns the input for any
    further password the command reads."""
    reader = _Input(stream if stream is not None else sys.stdin)
    if not services.workstation.acting.users_exist:
        return reader  # a fresh install, the demo: as before accounts
    if not user:
        raise CredentialsNeeded(NEED_USER, field="user")
    password = environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = reader.password("密码：")
    services.login.login(user, password)
    return reader


def run_user(args: argparse.Namespace, services: Any, reader: _Input) -> int:
    command = args.user_command
    users = services.users
    if command == "list":
        print(json.dumps([{
            "username": view.username, "display_name": view.display_name,
            "role": view.role.value, "role_label": ROLE_LABELS[view.role],
            "active": view.active,
            "locked_until": view.locked_until.isoformat() if view.locked_until else None,
            "last_login_at": view.last_login_at.isoformat() if view.last_login_at else None,
        } for view in users.list_users()], ensure_ascii=False))
        return 0
    if command == "add":
        password = reader.password("新用户的密码：")
        from desktop.accounts.users import NewUser  # SQLAlchemy: not when main.py parses

        view = users.add_user(NewUser(args.username, args.display_name, Role(args.role),
                                      password))
        print(json.dumps({"username": view.username, "display_name": view.display_name,
                          "role": view.role.value, "active": view.active},
                         ensure_ascii=False))
        return 0
    if command == "passwd":
        users.set_password(args.username, reader.password("新密码："))
        print(json.dumps({"username": args.username.strip().lower(), "password_set": True},
                         ensure_ascii=False))
        return 0
    view = users.set_active(args.username, command == "enable")
    print(json.dumps({"username": view.username, "active": view.active}, ensure_ascii=False))
    return 0


def run_audit(args: argparse.Namespace, services: Any) -> int:
    report = services.audit_log.verify()
    result: dict[str, Any] = {
        "intact": report.intact, "entries": report.entries,
        "terminals": [{"terminal": head.terminal, "entries": head.entries,
                       "last_seq": head.last_seq,
                       "last_at": head.last_at.isoformat() if head.last_at else None}
                      for head in report.heads],
    }
    bad = report.first_bad
    if bad is not None:
        result["first_bad"] = {"terminal": bad.terminal, "seq": bad.seq,
                               "id": str(bad.entry_id) if bad.entry_id else None,
                               "reason": bad.reason}
    print(json.dumps(result, ensure_ascii=False))
    if bad is not None:
        print(f"审计日志被改动：终端 {bad.terminal} 第 {bad.seq} 条"
              f"{f'（{bad.entry_id}）' if bad.entry_id else ''}：{bad.reason}", file=sys.stderr)
        return 3
    return 0
