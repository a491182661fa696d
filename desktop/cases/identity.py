"""Identity documents and phone numbers: validation, normalisation and masking.

Resident ID numbers follow GB 11643-1999 (check character by ISO 7064 MOD 11-2).
Other documents (passports, permits) get only a light format check, because their
formats vary and the counter must still be able to register the visitor.

Pure Python (no Qt): messages are Chinese source strings marked with
QT_TRANSLATE_NOOP so pyside6-lupdate collects them; the UI translates at display time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from desktop.i18n import QT_TRANSLATE_NOOP, UserError

__all__ = [
    "FEMALE",
    "ID_TYPE_LABELS",
    "MALE",
    "IdType",
    "InvalidIdNumber",
    "InvalidPhone",
    "ResidentId",
    "compute_check_character",
    "mask_id_number",
    "mask_phone",
    "normalize_document_number",
    "parse_id_number",
    "validate_mobile_or_landline",
]


class InvalidIdNumber(UserError, ValueError):
    """An identity document number the user must correct.

    Also a ValueError so generic validation code can catch it without knowing UserError.
    """


class InvalidPhone(UserError, ValueError):
    """A phone number the user must correct."""


class IdType(StrEnum):
    # Values are stored in the database: never rename them.
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAU_PERMIT = "hk_macau_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_PERMANENT = "foreign_permanent"
    OTHER = "other"


ID_TYPE_LABELS: Final[dict[IdType, str]] = {
    IdType.RESIDENT_ID: QT_TRANSLATE_NOOP("IdType", "居民身份证"),
    IdType.PASSPORT: QT_TRANSLATE_NOOP("IdType", "护照"),
    IdType.HK_MACAU_PERMIT: QT_TRANSLATE_NOOP("IdType", "港澳居民来往内地通行证"),
    IdType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("IdType", "台湾居民来往大陆通行证"),
    IdType.FOREIGN_PERMANENT: QT_TRANSLATE_NOOP("IdType", "外国人永久居留身份证"),
    IdType.OTHER: QT_TRANSLATE_NOOP("IdType", "其他证件"),
}

# Stored values of ResidentId.sex; marked so the UI can show them in English too.
MALE: Final = QT_TRANSLATE_NOOP("Sex", "男")
FEMALE: Final = QT_TRANSLATE_NOOP("Sex", "女")


# ---------------------------------------------------------------------------
# Resident ID (GB 11643-1999)
# ---------------------------------------------------------------------------

_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS: Final = "10X98765432"  # indexed by (weighted sum mod 11)

# Province-level codes (GB/T 2260 first two digits). 71 Taiwan, 81/82 Hong Kong/Macau
# and 83 (Taiwan) also appear on residence permits, which use the same number format.
_PROVINCE_CODES: Final[frozenset[int]] = frozenset(
    (
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
        71,
        81,
        82,
        83,
    )
)

_EARLIEST_BIRTH: Final = date(1900, 1, 1)
_ASCII_DIGITS: Final = frozenset("0123456789")
# Full-width digits and X come from a Chinese IME left in full-width mode.
_FULLWIDTH: Final = frozenset("０１２３４５６７８９Ｘｘ")


@dataclass(frozen=True)
class ResidentId:
    """A validated resident ID number and what it encodes."""

    number: str  # always the 18-character form, check character upper-case
    birth_date: date
    sex: str  # MALE or FEMALE
    area_code: str  # first 6 digits: county-level area of first registration
    province_code: str  # first 2 digits
    converted_from_15: bool  # True if the user entered an old 15-digit number

    def age_on(self, day: date) -> int:
        """Completed years on `day` (e.g. to spot minors who need a guardian)."""
        had_birthday = (day.month, day.day) >= (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - (0 if had_birthday else 1)


def compute_check_character(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID."""
    if len(first17) != 17 or not set(first17) <= _ASCII_DIGITS:
        # Programming error, not user input: callers validate the digits first.
        raise ValueError(f"expected 17 ASCII digits, got {first17!r}")
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def parse_id_number(text: str, *, today: date | None = None) -> ResidentId:
    """Validate a resident ID number (18 digits, or an old 15-digit one) and decode it.

    Only outer whitespace is stripped (a card reader types the number then Enter) and a
    final x is upper-cased; anything else the user typed is reported, never "fixed".
    Raises InvalidIdNumber with a message saying what is wrong and how to fix it.
    """
    today = today or date.today()
    number = text.strip()
    if not number:
        raise InvalidIdNumber(QT_TRANSLATE_NOOP("Errors", "请输入身份证号码"))
    _check_characters(number)
    number = number.upper()
    if len(number) not in (15, 18):
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP(
                "Errors", "身份证号码应为18位（旧证为15位），现在是{length}位，请核对后重新输入"
            ),
            length=len(number),
        )

    converted = len(number) == 15
    if converted:
        if "X" in number:
            # Old numbers have no check character, so X cannot appear at all.
            raise InvalidIdNumber(
                QT_TRANSLATE_NOOP(
                    "Errors", "15位的旧身份证号码只能是数字，不能有X，请核对后重新输入"
                )
            )
        birth_digits = "19" + number[6:12]  # every 15-digit number is a 1900s birth
    else:
        birth_digits = number[6:14]

    province = number[:2]
    if int(province) not in _PROVINCE_CODES:
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP(
                "Errors",
                "身份证号码前两位“{code}”不是有效的省级行政区代码，请核对后重新输入",
            ),
            code=province,
        )

    birth = _birth_date(birth_digits, today)

    if converted:
        first17 = number[:6] + birth_digits + number[12:15]
        number = first17 + compute_check_character(first17)
    elif compute_check_character(number[:17]) != number[17]:
        # Don't reveal the expected character: that would let a typo "pass" with a
        # made-up check character instead of the user finding the wrong digit.
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP(
                "Errors", "身份证号码校验位不正确，可能有数字输错，请逐位核对后重新输入"
            )
        )

    return ResidentId(
        number=number,
        birth_date=birth,
        sex=MALE if int(number[16]) % 2 == 1 else FEMALE,  # odd sequence = male
        area_code=number[:6],
        province_code=province,
        converted_from_15=converted,
    )


def _check_characters(number: str) -> None:
    """Reject anything but ASCII digits with an optional final X, saying why."""
    if any(ch.isspace() for ch in number):
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP("Errors", "身份证号码中间不能有空格，请删除空格后重新输入")
        )
    if any(ch in _FULLWIDTH for ch in number):
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP("Errors", "身份证号码含有全角字符，请切换到半角输入法后重新输入")
        )
    for index, ch in enumerate(number):
        if ch in _ASCII_DIGITS:
            continue
        if ch in "xX":
            if index == len(number) - 1:
                continue
            raise InvalidIdNumber(
                QT_TRANSLATE_NOOP("Errors", "身份证号码中X只能出现在最后一位，请核对后重新输入")
            )
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP(
                "Errors",
                "身份证号码含有无效字符“{char}”，只能是数字，最后一位可以是X，请核对后重新输入",
            ),
            char=ch,
        )


def _birth_date(digits: str, today: date) -> date:
    """Birth date from YYYYMMDD, rejecting impossible, future and pre-1900 dates."""
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP(
                "Errors", "身份证号码中的出生日期“{digits}”不是有效日期，请核对后重新输入"
            ),
            digits=digits,
        ) from None
    if birth > today:
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP("Errors", "身份证号码中的出生日期{date}晚于今天，请核对后重新输入"),
            date=birth.isoformat(),
        )
    if birth < _EARLIEST_BIRTH:
        raise InvalidIdNumber(
            QT_TRANSLATE_NOOP("Errors", "身份证号码中的出生日期{date}早于1900年，请核对后重新输入"),
            date=birth.isoformat(),
        )
    return birth


# ---------------------------------------------------------------------------
# Other documents
# ---------------------------------------------------------------------------

# One template per document type rather than a {document} parameter: parameters are
# not translated, so an English UI would otherwise show a Chinese document name.
_DOCUMENT_EMPTY: Final[dict[IdType, str]] = {
    IdType.PASSPORT: QT_TRANSLATE_NOOP("Errors", "请输入护照号码"),
    IdType.HK_MACAU_PERMIT: QT_TRANSLATE_NOOP("Errors", "请输入港澳居民来往内地通行证号码"),
    IdType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP("Errors", "请输入台湾居民来往大陆通行证号码"),
    IdType.FOREIGN_PERMANENT: QT_TRANSLATE_NOOP("Errors", "请输入外国人永久居留身份证号码"),
    IdType.OTHER: QT_TRANSLATE_NOOP("Errors", "请输入证件号码"),
}
_DOCUMENT_INVALID: Final[dict[IdType, str]] = {
    IdType.PASSPORT: QT_TRANSLATE_NOOP(
        "Errors",
        "护照号码应为3–40位字母、数字、连字符“-”或括号，不能有空格，请核对后重新输入",
    ),
    IdType.HK_MACAU_PERMIT: QT_TRANSLATE_NOOP(
        "Errors",
        "港澳居民来往内地通行证号码应为3–40位字母、数字、连字符“-”或括号，"
        "不能有空格，请核对后重新输入",
    ),
    IdType.TAIWAN_PERMIT: QT_TRANSLATE_NOOP(
        "Errors",
        "台湾居民来往大陆通行证号码应为3–40位字母、数字、连字符“-”或括号，"
        "不能有空格，请核对后重新输入",
    ),
    IdType.FOREIGN_PERMANENT: QT_TRANSLATE_NOOP(
        "Errors",
        "外国人永久居留身份证号码应为3–40位字母、数字、连字符“-”或括号，"
        "不能有空格，请核对后重新输入",
    ),
    IdType.OTHER: QT_TRANSLATE_NOOP(
        "Errors",
        "证件号码应为3–40位字母、数字、连字符“-”或括号，不能有空格，请核对后重新输入",
    ),
}
# ASCII only: full-width letters from an IME would make the same document two records.
_DOCUMENT_PATTERN: Final = re.compile(r"[A-Z0-9()\-]{3,40}")


def normalize_document_number(id_type: IdType, text: str, *, today: date | None = None) -> str:
    """Canonical form of a document number for storage and duplicate lookup.

    Resident IDs get the full GB 11643 check; other documents only a format check
    (outer whitespace stripped, upper-cased), since their formats vary by issuer.
    """
    if id_type is IdType.RESIDENT_ID:
        return parse_id_number(text, today=today).number
    number = text.strip().upper()
    if not number:
        raise InvalidIdNumber(_DOCUMENT_EMPTY[id_type])
    if not _DOCUMENT_PATTERN.fullmatch(number):
        raise InvalidIdNumber(_DOCUMENT_INVALID[id_type])
    return number


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------

# Mobile: 1, then 3-9, then 9 digits. Prefixes are not whitelisted: new ones keep
# being issued. An international prefix (+86, 86, 0086) is accepted and dropped.
_MOBILE: Final = re.compile(r"(?:(?:\+|00)?86[ -]?)?(1[3-9][0-9]{9})")
# Landline with area code: "(0898)66778899" (ASCII or full-width brackets),
# "0898-66778899", optional extension "-123".
_LANDLINE_BRACKETS: Final = re.compile(
    r"[(（](0[1-9][0-9]{1,2})[)）][ -]?([1-9][0-9]{6,7})(?:-([0-9]{1,6}))?"
)
_LANDLINE_HYPHEN: Final = re.compile(r"(0[1-9][0-9]{1,2})-([1-9][0-9]{6,7})(?:-([0-9]{1,6}))?")
# Digits only, "089866778899": the area code length follows from its second digit.
_LANDLINE_DIGITS: Final = re.compile(r"0[1-9][0-9]{8,10}")
_NORMALISED_LANDLINE: Final = re.compile(r"(0[0-9]{2,3})-([0-9]{7,8})((?:-[0-9]+)?)")


def _area_code_length(area_code_or_number: str) -> int:
    # Mainland area codes: 3 digits for 010 and 020-029 (the big cities), 4 otherwise.
    return 3 if area_code_or_number[1] in "12" else 4


def validate_mobile_or_landline(text: str) -> str:
    """Normalise a mainland mobile ("13812345678") or landline ("0898-66778899[-123]").

    Raises InvalidPhone for anything else, including an empty string: callers decide
    whether a phone number is optional.
    """
    phone = text.strip()
    if not phone:
        raise InvalidPhone(QT_TRANSLATE_NOOP("Errors", "请输入联系电话"))

    mobile = _MOBILE.fullmatch(phone)
    if mobile:
        return mobile.group(1)

    landline = _LANDLINE_BRACKETS.fullmatch(phone) or _LANDLINE_HYPHEN.fullmatch(phone)
    if landline:
        area, subscriber, extension = landline.groups()
        if len(area) == _area_code_length(area):
            return f"{area}-{subscriber}" + (f"-{extension}" if extension else "")
    elif _LANDLINE_DIGITS.fullmatch(phone):
        split = _area_code_length(phone)
        area, subscriber = phone[:split], phone[split:]
        if 7 <= len(subscriber) <= 8 and subscriber[0] != "0":
            return f"{area}-{subscriber}"

    # Specific hints for the two commonest mistakes, then the general rule.
    if phone.isascii() and phone.isdigit():
        if phone.startswith("1") and len(phone) != 11:
            raise InvalidPhone(
                QT_TRANSLATE_NOOP(
                    "Errors", "手机号码应为11位（现在是{length}位），请核对后重新输入"
                ),
                length=len(phone),
            )
        if phone[0] in "23456789" and 7 <= len(phone) <= 8:
            raise InvalidPhone(QT_TRANSLATE_NOOP("Errors", "固定电话请加上区号，例如0898-66778899"))
    raise InvalidPhone(
        QT_TRANSLATE_NOOP(
            "Errors",
            "电话号码格式不正确：手机号码应为以1开头的11位数字，"
            "固定电话应带区号，例如0898-66778899，请核对后重新输入",
        )
    )


# ---------------------------------------------------------------------------
# Masking (for lists, printouts and logs: never show a full number there)
# ---------------------------------------------------------------------------


def _mask_generic(value: str) -> str:
    if len(value) <= 4:
        # Too short to reveal both ends: show at most the last character.
        return "*" * len(value) if len(value) <= 1 else "*" * (len(value) - 1) + value[-1]
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


def mask_id_number(number: str) -> str:
    """Mask for display: 18 characters keep first 4 and last 4, others first 2 and last 2."""
    if len(number) == 18:
        return number[:4] + "*" * 10 + number[-4:]
    return _mask_generic(number)


def mask_phone(phone: str) -> str:
    """Mask for display: mobile 138****5678, landline 0898-******99 (extension kept).

    Never raises: stored values from older data may not validate any more.
    """
    try:
        normalised = validate_mobile_or_landline(phone)
    except InvalidPhone:
        return _mask_generic(phone.strip())
    if len(normalised) == 11 and normalised.isdigit():
        return normalised[:3] + "****" + normalised[-4:]
    landline = _NORMALISED_LANDLINE.fullmatch(normalised)
    assert landline is not None  # validate_mobile_or_landline only returns these forms
    area, subscriber, extension = landline.groups()
    return f"{area}-{'*' * (len(subscriber) - 2)}{subscriber[-2:]}{extension}"
