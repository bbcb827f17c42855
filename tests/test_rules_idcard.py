"""GB 11643-1999 《公民身份号码》: check character, birth date, gender digit, and what Excel does to ID numbers."""
from __future__ import annotations

from datetime import date

from models.rules.idcard import birth_date_of, check_digit, gender_of, id_problem, normalise_id


def test_gb11643_check_character_of_the_standard_example() -> None:
    # the worked example of GB 11643-1999 annex: 11010519491231002X
    assert check_digit("11010519491231002") == "X"
    assert id_problem("11010519491231002X") is None


def test_gb11643_every_wrong_check_character_is_refused() -> None:
    body = "44010619910819080"
    good = check_digit(body)
    for wrong in (c for c in "0123456789X" if c != good):
        p = id_problem(body + wrong)
        assert p is not None and p.code == "check_digit" and p.detail == good


def test_gb11643_birth_date_inside_must_exist() -> None:
    body = "11010520210230001"  # 30 February
    p = id_problem(body + check_digit(body))
    assert p is not None and p.code == "birth_date"


def test_gb11643_birth_date_inside_cannot_be_in_the_future() -> None:
    body = "11010520300101001"
    p = id_problem(body + check_digit(body), today=date(2026, 11, 21))
    assert p is not None and p.code == "birth_date"


def test_gb11643_17th_digit_odd_is_male_even_is_female() -> None:
    assert gender_of("11010519491231001" + check_digit("11010519491231001")) == "男"
    assert gender_of("11010519491231002X") == "女"
    assert birth_date_of("11010519491231002X") == date(1949, 12, 31)


def test_normalise_full_width_digits_spaces_and_lower_case_x() -> None:
    assert normalise_id(" １１０１０５ 19491231002x ") == "11010519491231002X"


def test_excel_scientific_notation_is_recognised() -> None:
    p = id_problem("1.10105E+17")
    assert p is not None and p.code == "excel_sci"


def test_old_15_digit_numbers_and_wrong_lengths_are_refused_with_reason() -> None:
    assert id_problem("110105491231002").code == "old15"  # type: ignore[union-attr]
    assert id_problem("1101051949123100").code == "length"  # type: ignore[union-attr]
    assert id_problem("11010519491231002Y").code == "chars"  # type: ignore[union-attr]
