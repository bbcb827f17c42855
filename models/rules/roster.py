"""Rules for one roster entry (book 2, 党员花名册).

- ID number valid after GB 11643-1999 and agreeing with birth date and gender (idcard.py);
- 入党 at 18 or older: 《中国共产党章程》第一条;
- 入党 ≤ 转正, and 转正 within the probation of at most two years: 《中国共产党章程》第七条;
- a probationary member has no 转正 date yet, a full member has one (party age counts from 转正,
  《中国共产党章程》第七条: 党员的党龄，从预备期满转为正式党员之日算起);
- required fields and closed lists (gender, status, category).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from models.errors import FieldIssue
from models.i18n import pick
from models.member import COMMITTEE_ROLES, EDUCATIONS, ETHNIC_GROUPS, GENDERS, GROUP_ROLES, MemberCategory, MemberStatus
from models.rules.dates import add_months, age_on
from models.rules.idcard import birth_date_of, gender_of, id_problem, normalise_id
from models.rules.standards import standard
from models.services.dto import MemberInput

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "Name"),
    "gender": ("性别", "Gender"),
    "ethnicity": ("民族", "Ethnicity"),
    "birth_date": ("出生日期", "Birth date"),
    "id_number": ("身份证号", "ID number"),
    "education": ("学历", "Education"),
    "job": ("工作单位及职务", "Workplace and post"),
    "join_date": ("入党日期", "Date joined"),
    "full_date": ("转正日期", "Date made full member"),
    "status": ("党员类型", "Membership"),
    "category": ("党员类别", "Category"),
    "group": ("党小组", "Party group"),
    "committee_role": ("支委职务", "Committee post"),
    "group_role": ("党小组职务", "Group post"),
    "phone": ("联系电话", "Phone"),
    "notes": ("备注", "Notes"),
}

_STATUS_SYNONYMS = {"正式": "正式党员", "预备": "预备党员", "正式党员": "正式党员", "预备党员": "预备党员"}
_CATEGORY_SYNONYMS = {
    "在职": "在职", "在岗": "在职", "在职党员": "在职", "离退休": "离退休", "退休": "离退休", "离休": "离退休",
    "离退休党员": "离退休", "学生": "学生", "学生党员": "学生", "农民": "农民", "农牧渔民": "农民",
    "失业": "失业或无固定职业", "无固定职业": "失业或无固定职业", "失业或无固定职业": "失业或无固定职业", "其他": "其他",
}
_EDUCATION_SYNONYMS = {
    "博士": "研究生", "硕士": "研究生", "博士研究生": "研究生", "硕士研究生": "研究生", "研究生": "研究生",
    "本科": "大学本科", "大学本科": "大学本科", "大学": "大学本科", "大专": "大学专科", "专科": "大学专科",
    "大学专科": "大学专科", "中专": "中专", "中技": "中专", "职高": "中专", "高中": "高中", "初中": "初中及以下",
    "小学": "初中及以下", "初中及以下": "初中及以下",
}
_PHONE = re.compile(r"^\+?[\d\- ]{7,20}$")


def label(field: str) -> str:
    zh, en = FIELD_LABELS.get(field, (field, field))
    return pick(zh, en)


def normalise(m: MemberInput) -> MemberInput:
    """Tidy what people type: trim, synonyms (本科 → 大学本科, 正式 → 正式党员), and fill birth date and
    gender from a valid ID number when they are empty."""
    m = replace(
        m,
        name=re.sub(r"\s+", "", m.name),
        gender=m.gender.strip().replace("性", ""),
        ethnicity=m.ethnicity.strip() or "汉族",
        id_number=normalise_id(m.id_number) if m.id_number else "",
        education=_EDUCATION_SYNONYMS.get(m.education.strip(), m.education.strip()),
        job=m.job.strip(),
        status=_STATUS_SYNONYMS.get(m.status.strip(), m.status.strip()),
        category=_CATEGORY_SYNONYMS.get(m.category.strip(), m.category.strip()),
        group=m.group.strip(),
        committee_role=m.committee_role.strip(),
        group_role=m.group_role.strip(),
        phone=m.phone.strip(),
        notes=m.notes.strip(),
    )
    if m.ethnicity and f"{m.ethnicity}族" in ETHNIC_GROUPS:  # “汉”, “东乡” as often written; “穿青人” stays as it is
        m = replace(m, ethnicity=m.ethnicity + "族")
    if m.id_number and id_problem(m.id_number) is None:
        if m.birth_date is None:
            m = replace(m, birth_date=birth_date_of(m.id_number))
        if not m.gender:
            m = replace(m, gender=gender_of(m.id_number))
    return m


def _issue(field: str, zh: str, en: str) -> FieldIssue:
    return FieldIssue(field, f"{label(field)}{pick('：', ': ')}{pick(zh, en)}")


def id_number_issue(id_number: str, today: date) -> FieldIssue | None:
    """GB 11643-1999: length, characters, embedded birth date, check character."""
    p = id_problem(id_number, today)
    if p is None:
        return None
    msgs = {
        "excel_sci": (f"“{p.detail}”被Excel改成了科学计数法，后几位已丢失；请把该列设为“文本”后重新填写",
                      f"“{p.detail}” was turned into scientific notation by Excel and its last digits are lost; "
                      "format the column as text and type it again"),
        "excel_number": ("被Excel当作数字保存，后三位已变成0；请把该列设为“文本”后重新填写",
                         "stored by Excel as a number, its last three digits became 0; format the column as text "
                         "and type it again"),
        "old15": ("15位旧号码，请改为18位身份证号", "an old 15-digit number; use the 18-digit ID number"),
        "length": (f"应为18位，实为{p.detail}位", f"must have 18 characters, has {p.detail}"),
        "chars": ("前17位应为数字，最后一位为数字或X", "the first 17 must be digits and the last a digit or X"),
        "birth_date": (f"其中的出生日期“{p.detail}”不存在", f"its birth date “{p.detail}” does not exist"),
        "check_digit": ("校验位错误：号码中有一位不对。请对照身份证逐位核对整个号码，不要只改最后一位（GB 11643）",
                        "wrong check character: a digit is wrong somewhere. Check the whole number against the card, "
                        "not just the last character (GB 11643)"),
    }
    zh, en = msgs[p.code]
    return _issue("id_number", zh, en)


def validate_member(m: MemberInput, today: date | None = None) -> tuple[list[FieldIssue], list[FieldIssue]]:
    """Errors (the record is refused) and warnings (shown, not blocking) for a normalised entry."""
    today = today or date.today()
    errors: list[FieldIssue] = []
    warnings: list[FieldIssue] = []

    def required(field: str, value: object) -> bool:
        if value in (None, ""):
            errors.append(_issue(field, "必填", "is required"))
            return False
        return True

    if required("name", m.name) and (len(m.name) > 40 or re.search(r"\d", m.name)):
        errors.append(_issue("name", "不像姓名（含数字或过长）", "does not look like a name (digits or too long)"))
    if required("gender", m.gender) and m.gender not in GENDERS:
        errors.append(_issue("gender", f"应为“男”或“女”，不是“{m.gender}”", f"must be 男 or 女, not “{m.gender}”"))
    if required("status", m.status) and m.status not in {s.value for s in MemberStatus}:
        errors.append(_issue("status", f"应为“正式党员”或“预备党员”，不是“{m.status}”",
                             f"must be 正式党员 or 预备党员, not “{m.status}”"))
    if required("category", m.category) and m.category not in {c.value for c in MemberCategory}:
        allowed = "、".join(c.value for c in MemberCategory)
        errors.append(_issue("category", f"“{m.category}”不在可选项（{allowed}）中", f"“{m.category}” is not one of {allowed}"))
    if m.ethnicity and m.ethnicity not in ETHNIC_GROUPS:
        warnings.append(_issue("ethnicity", f"“{m.ethnicity}”不是 GB 3304-91 中的民族名称（如“汉族”“回族”）",
                               f"“{m.ethnicity}” is not one of the names of GB 3304-91 (such as 汉族, 回族)"))
    if m.education and m.education not in EDUCATIONS:
        warnings.append(_issue("education", f"“{m.education}”不是常用学历分类", f"“{m.education}” is not a usual level"))
    if m.committee_role and m.committee_role not in COMMITTEE_ROLES:
        errors.append(_issue("committee_role", f"“{m.committee_role}”不是支委职务", f"“{m.committee_role}” is not a committee post"))
    if m.group_role and m.group_role not in GROUP_ROLES:
        errors.append(_issue("group_role", f"“{m.group_role}”不是党小组职务", f"“{m.group_role}” is not a group post"))
    if m.group_role and not m.group:
        errors.append(_issue("group_role", "未分配党小组，不能担任组长", "a group post needs a party group"))
    if m.phone and not _PHONE.match(m.phone):
        errors.append(_issue("phone", "只能包含数字、空格、“-”和“+”，7到20位", "only digits, spaces, - and +, 7 to 20 long"))

    if m.id_number:
        bad = id_number_issue(m.id_number, today)
        if bad:
            errors.append(bad)
        else:
            if m.birth_date and birth_date_of(m.id_number) != m.birth_date:
                errors.append(_issue("birth_date", f"与身份证号中的出生日期 {birth_date_of(m.id_number)} 不一致",
                                     f"differs from the birth date in the ID number, {birth_date_of(m.id_number)}"))
            if m.gender in GENDERS and gender_of(m.id_number) != m.gender:
                errors.append(_issue("gender", f"与身份证号不一致（身份证号表明为{gender_of(m.id_number)}）",
                                     f"differs from the ID number, which says {gender_of(m.id_number)}"))

    if required("birth_date", m.birth_date) and m.birth_date and m.birth_date > today:
        errors.append(_issue("birth_date", "不能晚于今天", "cannot be in the future"))
    if required("join_date", m.join_date) and m.join_date:
        if m.join_date > today:
            errors.append(_issue("join_date", "不能晚于今天", "cannot be in the future"))
        min_age = int(standard("min_join_age").value)
        if m.birth_date and age_on(m.birth_date, m.join_date) < min_age:  # one age rule for roster and recruitment
            errors.append(_issue("join_date", f"入党时未满{min_age}周岁（党章第一条）",
                                 f"the member was under {min_age} (Party Constitution, Art. 1)"))
    if m.status == MemberStatus.PROBATIONARY and m.full_date:
        errors.append(_issue("full_date", "预备党员还没有转正日期；已转正请把党员类型改为正式党员",
                             "a probationary member has no such date yet; if made full, set the membership to 正式党员"))
    if m.status == MemberStatus.FULL:
        required("full_date", m.full_date)
    if m.full_date and m.join_date:
        if m.full_date < m.join_date:
            errors.append(_issue("full_date", "不能早于入党日期", "cannot be before the date joined"))
        elif m.full_date > add_months(m.join_date, int(standard("probation_max_months").value)):
            warnings.append(_issue("full_date", "距入党超过两年，预备期最长两年（党章第七条），请核对",
                                   "more than two years after joining; probation lasts two years at most "
                                   "(Party Constitution, Art. 7), please check"))
    if m.full_date and m.full_date > today:
        errors.append(_issue("full_date", "不能晚于今天", "cannot be in the future"))
    return errors, warnings
