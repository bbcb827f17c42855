"""公民身份号码 (citizen ID number) after GB 11643-1999 《公民身份号码》.

An ID number has 18 characters: a 6-digit address code, the 8-digit birth date (YYYYMMDD), a 3-digit
sequence code whose last digit is odd for men and even for women, and a check character computed
with ISO 7064:1983 MOD 11-2 (weights 2^(17-i) mod 11; remainder → 1 0 X 9 8 7 6 5 4 3 2).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_SCI = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class IdProblem:
    code: str  # 'excel_number', 'excel_sci', 'length', 'chars', 'birth_date', 'check_digit', 'old15'
    detail: str = ""


def normalise_id(raw: str) -> str:
    """Full-width to half-width, spaces removed, a trailing x upper-cased."""
    s = unicodedata.normalize("NFKC", raw).strip().replace(" ", "").replace("\u00a0", "")
    return s.upper()


def check_digit(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def birth_date_of(id_number: str) -> date | None:
    try:
        return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def gender_of(id_number: str) -> str:
    """男 when the 17th digit is odd, 女 when even (GB 11643-1999, 顺序码)."""
    return "男" if int(id_number[16]) % 2 == 1 else "女"


def id_problem(id_number: str, today: date | None = None) -> IdProblem | None:
    """What is wrong with an (already normalised) ID number, or None when it is valid."""
    s = id_number
    if _SCI.match(s):
        return IdProblem("excel_sci", s)
    if len(s) == 15 and s.isdigit():
        return IdProblem("old15")
    if len(s) != 18:
        return IdProblem("length", str(len(s)))
    if not (s[:17].isdigit() and (s[17].isdigit() or s[17] == "X")):
        return IdProblem("chars")
    born = birth_date_of(s)
    if born is None or born > (today or date.today()) or born.year < 1890:
        return IdProblem("birth_date", s[6:14])
    if check_digit(s[:17]) != s[17]:
        return IdProblem("check_digit", check_digit(s[:17]))
    return None


def mask_id(id_number: str) -> str:
    """Lists, printouts and bundles mask ID numbers unless the branch asks otherwise: 110105********002X."""
    s = normalise_id(id_number)
    return s[:6] + "*" * 8 + s[14:] if len(s) == 18 else s
