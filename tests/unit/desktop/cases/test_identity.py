"""Tests for desktop.cases.identity: resident IDs, other documents, phones, masking.

Valid ID numbers are built with compute_check_character, never taken from real people.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.cases.identity import (
    FEMALE,
    ID_TYPE_LABELS,
    MALE,
    IdType,
    InvalidIdNumber,
    InvalidPhone,
    ResidentId,
    compute_check_character,
    mask_id_number,
    mask_phone,
    normalize_document_number,
    parse_id_number,
    validate_mobile_or_landline,
)
from desktop.i18n import UserError

TODAY = date(2025, 6, 15)

# Spelled out (not derived from the module) so a wrong table in the module shows up.
PROVINCES = [
    *(11, 12, 13, 14, 15),
    *(21, 22, 23),
    *(31, 32, 33, 34, 35, 36, 37),
    *(41, 42, 43, 44, 45, 46),
    *(50, 51, 52, 53, 54),
    *(61, 62, 63, 64, 65),
    *(71, 81, 82, 83),
]


def make_id(area: str = "460105", birth: str = "19800101", seq: str = "123") -> str:
    first17 = area + birth + seq
    return first17 + compute_check_character(first17)


def raises_id_error(text: str, *words: str, today: date = TODAY) -> InvalidIdNumber:
    with pytest.raises(InvalidIdNumber) as info:
        parse_id_number(text, today=today)
    for word in words:
        assert word in info.value.message, (word, info.value.message)
    return info.value


# --- check character ---------------------------------------------------------


def test_check_character_known_values() -> None:
    # Standard worked example from GB 11643-1999 (11010519491231002X).
    assert compute_check_character("11010519491231002") == "X"
    # Hand-computed: weighted sum of 46010519800101123 is 202; 202 mod 11 = 4 -> "8".
    assert compute_check_character("46010519800101123") == "8"
    assert compute_check_character("00000000000000000") == "1"
    # Vectors with no zero digits, so every weight is exercised.
    assert compute_check_character("12345678901234567") == "7"
    assert compute_check_character("98765432198765432") == "0"
    assert compute_check_character("44444444444444444") == "8"


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_character_matches_iso_7064_definition(first17: str) -> None:
    # ISO 7064 MOD 11-2: weight of position i (from the left) is 2**(17 - i) mod 11, and
    # the weighted sum plus the check value (X = 10) is congruent to 1 modulo 11.
    check = compute_check_character(first17)
    value = 10 if check == "X" else int(check)
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    assert (total + value) % 11 == 1


@pytest.mark.parametrize(
    "bad", ["", "1234", "4601051980010112X", "４６０１０５１９８００１０１１２３"]
)
def test_check_character_rejects_non_17_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        compute_check_character(bad)


# --- valid resident IDs ------------------------------------------------------


def test_parse_valid_number() -> None:
    number = make_id()
    assert number == "460105198001011238"
    result = parse_id_number(number, today=TODAY)
    assert result == ResidentId(
        number="460105198001011238",
        birth_date=date(1980, 1, 1),
        sex=MALE,
        area_code="460105",
        province_code="46",
        converted_from_15=False,
    )


def test_parse_female_and_age() -> None:
    result = parse_id_number(make_id(birth="20100616", seq="124"), today=TODAY)
    assert result.sex == FEMALE
    assert result.age_on(TODAY) == 14  # birthday is tomorrow
    assert result.age_on(date(2025, 6, 16)) == 15


def test_lower_case_x_is_accepted_and_stored_upper_case() -> None:
    number = "11010519491231002X"
    result = parse_id_number(number.lower(), today=TODAY)
    assert result.number == "11010519491231002X"
    assert result.birth_date == date(1949, 12, 31)
    assert result.sex == FEMALE  # sequence 002 is even


def test_outer_whitespace_from_card_reader_is_stripped() -> None:
    assert parse_id_number("  460105198001011238\r\n", today=TODAY).number == make_id()


def test_today_default_is_used() -> None:
    # Born yesterday: valid with the real clock.
    yesterday = (date.today() - timedelta(days=1)).strftime("%Y%m%d")
    assert parse_id_number(make_id(birth=yesterday)).birth_date.strftime("%Y%m%d") == yesterday


def test_birth_today_is_accepted() -> None:
    assert parse_id_number(make_id(birth="20250615"), today=TODAY).birth_date == TODAY


def test_leap_day_is_accepted() -> None:
    assert parse_id_number(make_id(birth="20000229"), today=TODAY).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize("province", ["71", "81", "82", "83"])
def test_taiwan_hk_macau_codes_accepted(province: str) -> None:
    assert parse_id_number(make_id(area=province + "0000"), today=TODAY).province_code == province


# --- 15-digit numbers --------------------------------------------------------


def test_fifteen_digit_number_is_converted() -> None:
    result = parse_id_number("460105800101123", today=TODAY)
    assert result.number == "460105198001011238"
    assert result.converted_from_15 is True
    assert result.birth_date == date(1980, 1, 1)
    assert result.sex == MALE


def test_fifteen_digit_number_with_x_rejected() -> None:
    raises_id_error("46010580010112X", "15位", "X")


def test_fifteen_digit_impossible_date_rejected() -> None:
    raises_id_error("460105800231123", "出生日期", "19800231")


# --- errors ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_rejected(text: str) -> None:
    raises_id_error(text, "请输入身份证号码")


@pytest.mark.parametrize("length", [1, 14, 16, 17, 19, 20])
def test_wrong_length_rejected(length: int) -> None:
    error = raises_id_error(("46010519800101123899")[:length], "18位", f"{length}位", "核对")
    assert error.params == {"length": length}


def test_inner_space_rejected_not_removed() -> None:
    raises_id_error("460105 198001011234", "空格")


def test_full_width_digits_rejected() -> None:
    raises_id_error("４６０１０５１９８００１０１１２３４", "全角", "半角")


def test_x_in_the_middle_rejected() -> None:
    raises_id_error("4601051980X1011234", "X", "最后一位")


@pytest.mark.parametrize("char", ["A", "-", "一", "*"])
def test_invalid_character_rejected(char: str) -> None:
    error = raises_id_error("46010519800101" + char + "234", "无效字符", char, "数字")
    assert error.params == {"char": char}


@pytest.mark.parametrize(
    "province",
    [
        "00",
        "10",
        "16",
        "20",
        "24",
        "30",
        "38",
        "47",
        "55",
        "66",
        "70",
        "72",
        "80",
        "84",
        "91",
        "99",
    ],
)
def test_unknown_province_rejected(province: str) -> None:
    raises_id_error(make_id(area=province + "0105"), "前两位", f"“{province}”", "省级")


@pytest.mark.parametrize(
    "birth", ["19800230", "19810229", "19801301", "19800001", "19800100", "19800132"]
)
def test_impossible_birth_date_rejected(birth: str) -> None:
    raises_id_error(make_id(birth=birth), "出生日期", birth, "不是有效日期")


def test_future_birth_date_rejected() -> None:
    raises_id_error(make_id(birth="20250616"), "出生日期", "2025-06-16", "晚于今天")


def test_birth_before_1900_rejected() -> None:
    raises_id_error(make_id(birth="18991231"), "出生日期", "1899-12-31", "早于1900年")
    assert parse_id_number(make_id(birth="19000101"), today=TODAY).birth_date == date(1900, 1, 1)


def test_wrong_check_digit_rejected_without_revealing_it() -> None:
    good = make_id()
    bad = good[:17] + ("5" if good[17] != "5" else "6")
    error = raises_id_error(bad, "校验位不正确", "逐位核对")
    assert good[17] not in error.message  # the correct character "8" is not shown
    assert error.params == {}


def test_error_is_user_error_and_value_error() -> None:
    error = raises_id_error("123")
    assert isinstance(error, UserError)
    assert isinstance(error, ValueError)
    assert error.context == "Errors"
    assert str(error) == error.message


# --- properties --------------------------------------------------------------

areas = st.builds(
    lambda province, rest: f"{province:02d}{rest:04d}",
    st.sampled_from(PROVINCES),
    st.integers(0, 9999),
)
births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(0, 999).map(lambda n: f"{n:03d}")


@given(area=areas, birth=births, seq=sequences, lower=st.booleans())
def test_valid_numbers_round_trip(area: str, birth: date, seq: str, lower: bool) -> None:
    number = make_id(area, birth.strftime("%Y%m%d"), seq)
    result = parse_id_number(number.lower() if lower else number, today=TODAY)
    assert result.number == number
    assert result.birth_date == birth
    assert result.area_code == area
    assert result.province_code == area[:2]
    assert result.sex == (MALE if int(seq) % 2 == 1 else FEMALE)
    assert result.converted_from_15 is False


@given(
    area=areas,
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    seq=sequences,
)
def test_fifteen_digit_numbers_convert(area: str, birth: date, seq: str) -> None:
    old = area + birth.strftime("%y%m%d") + seq
    result = parse_id_number(old, today=TODAY)
    assert result.number == make_id(area, birth.strftime("%Y%m%d"), seq)
    assert result.converted_from_15 is True
    assert result.birth_date == birth
    # The converted number is itself valid.
    assert parse_id_number(result.number, today=TODAY).converted_from_15 is False


@given(
    area=areas,
    birth=births,
    seq=sequences,
    position=st.integers(0, 16),
    delta=st.integers(1, 9),
)
def test_any_single_digit_change_is_detected(
    area: str, birth: date, seq: str, position: int, delta: int
) -> None:
    number = make_id(area, birth.strftime("%Y%m%d"), seq)
    changed_digit = str((int(number[position]) + delta) % 10)
    typo = number[:position] + changed_digit + number[position + 1 :]
    assert typo != number
    with pytest.raises(InvalidIdNumber):
        parse_id_number(typo, today=TODAY)


@given(st.text(max_size=25))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        result = parse_id_number(text, today=TODAY)
    except InvalidIdNumber as error:
        assert error.message
    else:
        assert len(result.number) == 18
        assert compute_check_character(result.number[:17]) == result.number[17]


# --- other documents ---------------------------------------------------------


def test_labels_cover_every_type() -> None:
    assert set(ID_TYPE_LABELS) == set(IdType)
    assert ID_TYPE_LABELS[IdType.RESIDENT_ID] == "居民身份证"
    assert ID_TYPE_LABELS[IdType.HK_MACAU_PERMIT] == "港澳居民来往内地通行证"
    assert IdType("foreign_permanent") is IdType.FOREIGN_PERMANENT


def test_normalize_resident_id_uses_full_check() -> None:
    assert normalize_document_number(IdType.RESIDENT_ID, " 11010519491231002x ") == (
        "11010519491231002X"
    )
    with pytest.raises(InvalidIdNumber, match="校验位"):
        normalize_document_number(IdType.RESIDENT_ID, "110105194912310021")


@pytest.mark.parametrize(
    ("id_type", "text", "expected"),
    [
        (IdType.PASSPORT, " e12345678\n", "E12345678"),
        (IdType.HK_MACAU_PERMIT, "h12345678", "H12345678"),
        (IdType.TAIWAN_PERMIT, "12345678", "12345678"),
        (IdType.FOREIGN_PERMANENT, "USA123456789012", "USA123456789012"),
        (IdType.OTHER, "a123456(7)", "A123456(7)"),
        (IdType.OTHER, "ab-1", "AB-1"),
        (IdType.PASSPORT, "ABC", "ABC"),
        (IdType.PASSPORT, "A" * 40, "A" * 40),
    ],
)
def test_normalize_other_documents(id_type: IdType, text: str, expected: str) -> None:
    assert normalize_document_number(id_type, text) == expected


def test_other_documents_skip_resident_id_checks() -> None:
    # An 18-digit number with a wrong check digit is fine as a passport number.
    assert normalize_document_number(IdType.PASSPORT, "110105194912310021") == (
        "110105194912310021"
    )


@pytest.mark.parametrize(
    ("id_type", "name"),
    [
        (IdType.PASSPORT, "护照号码"),
        (IdType.HK_MACAU_PERMIT, "港澳居民来往内地通行证号码"),
        (IdType.TAIWAN_PERMIT, "台湾居民来往大陆通行证号码"),
        (IdType.FOREIGN_PERMANENT, "外国人永久居留身份证号码"),
        (IdType.OTHER, "证件号码"),
    ],
)
@pytest.mark.parametrize("bad", ["AB", "A" * 41, "E1234 5678", "E1234_5678", "Ｅ12345678", "护照1"])
def test_other_documents_invalid(id_type: IdType, name: str, bad: str) -> None:
    with pytest.raises(InvalidIdNumber) as info:
        normalize_document_number(id_type, bad)
    assert info.value.message.startswith(name + "应为3–40位")
    with pytest.raises(InvalidIdNumber) as info:
        normalize_document_number(id_type, "  ")
    assert info.value.message == "请输入" + name


# --- phones ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678", "13812345678"),
        (" 19912345678\n", "19912345678"),
        ("16612345678", "16612345678"),
        ("+8613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("+86 13812345678", "13812345678"),
        ("+86-13812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("0898-66778899", "0898-66778899"),
        ("089866778899", "0898-66778899"),
        ("(0898)66778899", "0898-66778899"),
        ("（0898）66778899", "0898-66778899"),
        ("(0898) 66778899", "0898-66778899"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("02112345678", "021-12345678"),
        ("0898-6677889", "0898-6677889"),
        ("08986677889", "0898-6677889"),
        ("0898-66778899-123", "0898-66778899-123"),
        ("(010)12345678-8001", "010-12345678-8001"),
    ],
)
def test_valid_phones(text: str, expected: str) -> None:
    assert validate_mobile_or_landline(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", ["请输入联系电话"]),
        ("  ", ["请输入联系电话"]),
        ("1381234567", ["11位", "10位"]),
        ("138123456789", ["11位", "12位"]),
        ("66778899", ["区号", "0898-66778899"]),
        ("6677889", ["区号"]),
        ("12812345678", ["以1开头的11位", "区号"]),  # second digit must be 3-9
        ("10012345678", ["以1开头的11位"]),
        ("138 1234 5678", ["以1开头的11位"]),
        ("１３８１２３４５６７８", ["以1开头的11位"]),
        ("0898-667788", ["区号"]),  # subscriber too short
        ("0898-667788990", ["区号"]),  # subscriber too long
        ("0101-12345678", ["区号"]),  # 01x/02x area codes have 3 digits
        ("089-66778899", ["区号"]),  # other area codes have 4 digits
        ("0012-12345678", ["区号"]),  # 00 is the international prefix
        ("0898-06677889", ["区号"]),  # local numbers never start with 0
        ("089806677889", ["区号"]),
        ("+85212345678", ["区号"]),
        ("abc", ["电话号码格式不正确"]),
    ],
)
def test_invalid_phones(text: str, words: list[str]) -> None:
    with pytest.raises(InvalidPhone) as info:
        validate_mobile_or_landline(text)
    assert isinstance(info.value, ValueError)
    for word in words:
        assert word in info.value.message, (word, info.value.message)


@given(
    second=st.integers(3, 9),
    rest=st.integers(0, 10**9 - 1),
    prefix=st.sampled_from(["", "+86", "86", "+86 ", "0086"]),
)
def test_any_mobile_prefix_accepted(second: int, rest: int, prefix: str) -> None:
    mobile = f"1{second}{rest:09d}"
    assert validate_mobile_or_landline(prefix + mobile) == mobile


@given(
    area=st.one_of(
        st.sampled_from(["010", *(f"02{d}" for d in range(10))]),
        st.integers(300, 999).map(lambda n: f"0{n}"),
    ),
    subscriber=st.one_of(st.integers(10**6, 10**7 - 1), st.integers(10**7, 10**8 - 1)).map(str),
    form=st.sampled_from(["{a}-{s}", "{a}{s}", "({a}){s}", "（{a}）{s}"]),
)
def test_landline_forms_normalise(area: str, subscriber: str, form: str) -> None:
    text = form.format(a=area, s=subscriber)
    assert validate_mobile_or_landline(text) == f"{area}-{subscriber}"


@given(st.text(max_size=20))
def test_arbitrary_phone_text_never_crashes(text: str) -> None:
    try:
        result = validate_mobile_or_landline(text)
    except InvalidPhone as error:
        assert error.message
    else:
        assert validate_mobile_or_landline(result) == result  # normalised form is stable


# --- masking -----------------------------------------------------------------


def test_mask_id_number() -> None:
    assert mask_id_number("46010519800101123X") == "4601**********123X"
    assert mask_id_number("460105800101123") == "46***********23"  # 15 chars
    assert mask_id_number("E12345678") == "E1*****78"
    assert mask_id_number("ABCDE") == "AB*DE"
    assert mask_id_number("ABCD") == "***D"
    assert mask_id_number("AB") == "*B"
    assert mask_id_number("A") == "*"
    assert mask_id_number("") == ""


@given(st.text(alphabet="0123456789ABCDEFGHXYZ-()", min_size=1, max_size=40))
def test_mask_id_number_never_reveals_everything(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    assert masked != number
    assert masked.count("*") >= max(1, len(number) - 8)


def test_mask_phone() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 13812345678") == "138****5678"
    assert mask_phone("0898-66778899") == "0898-******99"
    assert mask_phone("010-1234567") == "010-*****67"
    assert mask_phone("(0898)66778899-123") == "0898-******99-123"
    # Unparseable stored values are still masked, never raised on.
    assert mask_phone("12345") == "12*45"
    assert mask_phone("") == ""
