"""Rules for one roster entry, each named after its source."""
from __future__ import annotations

from datetime import date

import pytest

from models.rules.dates import BadDate, parse_date
from models.rules.idcard import check_digit
from models.rules.roster import normalise, validate_member
from models.services.dto import MemberInput

TODAY = date(2026, 11, 21)


def idn(body: str) -> str:
    return body + check_digit(body)


def good(**kw: object) -> MemberInput:
    base = dict(name="张三", gender="男", birth_date=date(1980, 5, 12), id_number=idn("11010519800512001"),
                join_date=date(2003, 7, 1), full_date=date(2004, 7, 1), status="正式党员", category="在职")
    base.update(kw)
    return normalise(MemberInput(**base))  # type: ignore[arg-type]


def fields(m: MemberInput) -> tuple[set[str], set[str]]:
    errors, warnings = validate_member(m, TODAY)
    return {e.field for e in errors}, {w.field for w in warnings}


def test_a_complete_entry_is_valid() -> None:
    assert fields(good()) == (set(), set())


def test_required_fields_are_named() -> None:
    m = normalise(MemberInput(status="", category=""))
    errors, _ = validate_member(m, TODAY)
    assert {"name", "gender", "birth_date", "join_date", "status", "category"} <= {e.field for e in errors}
    assert any(e.message == "姓名：必填" for e in errors)


def test_gb11643_id_birth_date_must_agree_with_birth_date() -> None:
    assert "birth_date" in fields(good(birth_date=date(1980, 5, 13)))[0]


def test_gb11643_id_gender_must_agree_with_gender() -> None:
    assert "gender" in fields(good(gender="女"))[0]


def test_birth_date_and_gender_are_filled_from_a_valid_id() -> None:
    m = good(birth_date=None, gender="")
    assert m.birth_date == date(1980, 5, 12) and m.gender == "男"


def test_party_constitution_art1_member_joins_at_18_or_older() -> None:
    assert "join_date" in fields(good(join_date=date(1998, 5, 11), full_date=date(1999, 5, 11)))[0]
    assert fields(good(join_date=date(1998, 5, 12), full_date=date(1999, 5, 12))) == (set(), set())


def test_party_constitution_art7_full_date_not_before_join_date() -> None:
    assert "full_date" in fields(good(full_date=date(2003, 6, 30)))[0]


def test_party_constitution_art7_probation_longer_than_two_years_is_warned() -> None:
    errors, warnings = fields(good(full_date=date(2005, 7, 2)))
    assert not errors and "full_date" in warnings


def test_probationary_member_has_no_full_date_yet() -> None:
    assert "full_date" in fields(good(status="预备党员"))[0]
    assert fields(good(status="预备党员", full_date=None, join_date=date(2026, 3, 1))) == (set(), set())


def test_party_age_counts_from_full_date_so_full_member_needs_it() -> None:
    assert "full_date" in fields(good(full_date=None))[0]


def test_dates_cannot_be_in_the_future() -> None:
    assert "join_date" in fields(good(join_date=date(2027, 1, 1), full_date=None, status="预备党员"))[0]


def test_synonyms_people_type_are_understood() -> None:
    m = good(status="正式", category="退休", education="本科", ethnicity="回")
    assert (m.status, m.category, m.education, m.ethnicity) == ("正式党员", "离退休", "大学本科", "回族")
    assert fields(m) == (set(), set())


def test_phone_must_look_like_a_phone() -> None:
    assert "phone" in fields(good(phone="打电话"))[0]


@pytest.mark.parametrize("text,expected", [
    ("2020-01-05", date(2020, 1, 5)), ("2020/1/5", date(2020, 1, 5)), ("2020.01.05", date(2020, 1, 5)),
    ("2020年1月5日", date(2020, 1, 5)), ("20200105", date(2020, 1, 5)), ("2020.01", date(2020, 1, 1)),
    (43835, date(2020, 1, 5)), ("", None),
])
def test_dates_as_spreadsheets_write_them(text: object, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_impossible_date_is_refused_as_impossible() -> None:
    with pytest.raises(BadDate) as e:
        parse_date("2021-02-30")
    assert e.value.impossible
    with pytest.raises(BadDate) as e:
        parse_date("去年七月")
    assert not e.value.impossible
