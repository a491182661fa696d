"""Password hashing (argon2id, argon2-cffi) and the rules a new password must meet.

Neither a password nor its hash is ever logged, shown or put into a message: the errors
here say what is wrong in general terms only."""

from __future__ import annotations

import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop.i18n import QT_TRANSLATE_NOOP, UserError

MAX_PASSWORD_LENGTH = 128
_HASHER = PasswordHasher()


class PasswordRejected(UserError):
    """A new password that does not meet the rules (field="password")."""


def check_new_password(password: str, min_length: int) -> str:
    if not isinstance(password, str):
        raise TypeError("password must be a string")
    if len(password) < min_length:
        raise PasswordRejected(
            QT_TRANSLATE_NOOP("Errors", "密码至少需要 {count} 个字符，请换一个更长的密码"),
            field="password", count=min_length)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordRejected(
            QT_TRANSLATE_NOOP("Errors", "密码不能超过 {count} 个字符"),
            field="password", count=MAX_PASSWORD_LENGTH)
    if password != password.strip():
        raise PasswordRejected(
            QT_TRANSLATE_NOOP("Errors", "密码的开头和结尾不能是空格"), field="password")
    if any(ord(char) < 32 or ord(char) == 127 for char in password):
        raise PasswordRejected(
            QT_TRANSLATE_NOOP("Errors", "密码不能包含换行、制表符等控制字符"), field="password")
    if password.isdigit() and len(set(password)) <= 2:
        raise PasswordRejected(
            QT_TRANSLATE_NOOP("Errors", "密码过于简单（只由一两个数字重复组成），请换一个"),
            field="password")
    return password


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when `password` matches; False for a mismatch or an unreadable hash."""
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


@functools.cache
def dummy_hash() -> str:
    """A hash to verify against when the user name is unknown, so an unknown name takes
    as long to refuse as a wrong password (nobody learns which names exist). Made at the
    first use (or the services' warm-up after start), not at import: an argon2 hash
    costs ~50-100 ms and 64 MiB, which would delay the window's start."""
    return _HASHER.hash("laifang-desk-no-such-user")
