"""Plain data that crosses from the domain to the UI, CLI and reports. No ORM objects leave a session."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from models.errors import Finding


@dataclass
class MemberInput:
    """What a person types or a spreadsheet row holds for one member (before validation)."""

    name: str = ""
    gender: str = ""
    ethnicity: str = "汉族"
    birth_date: date | None = None
    id_number: str = ""
    education: str = ""
    job: str = ""
    join_date: date | None = None
    full_date: date | None = None
    status: str = "正式党员"
    category: str = "在职"
    group: str = ""
    committee_role: str = ""
    group_role: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberRow:
    """One member as lists, forms and printouts see it."""

    id: int
    uuid: str
    name: str
    name_pinyin: str
    name_initials: str
    gender: str
    ethnicity: str
    birth_date: date | None
    id_number: str
    education: str
    job: str
    join_date: date | None
    full_date: date | None
    status: str
    category: str
    group_id: int | None
    group: str
    committee_role: str
    group_role: str
    phone: str
    notes: str
    left_on: date | None
    left_kind: str
    left_reason: str
    version: int
    arrived_on: date | None = None  # transferred in on this day (book 13); on the roster from then

    @property
    def active(self) -> bool:
        return self.left_on is None

    def to_input(self) -> MemberInput:
        return MemberInput(
            name=self.name, gender=self.gender, ethnicity=self.ethnicity, birth_date=self.birth_date,
            id_number=self.id_number, education=self.education, job=self.job, join_date=self.join_date,
            full_date=self.full_date, status=self.status, category=self.category, group=self.group,
            committee_role=self.committee_role, group_role=self.group_role, phone=self.phone, notes=self.notes,
        )


@dataclass(frozen=True)
class MemberEventRow:
    kind: str
    happened_on: date | None
    detail: str


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    sort_order: int
    member_count: int
    leader: str


@dataclass
class BranchProfile:
    """支部基本情况 as a form edits it."""

    name: str = ""
    branch_type: str = "机关"
    superior: str = ""
    code: str = ""
    address: str = ""
    founded_on: date | None = None
    term_started_on: date | None = None
    notes: str = ""
    uuid: str = ""
    records_from: date | None = None  # 启用日期: asked at set-up (default the first of this month); changed with a reason


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int


@dataclass(frozen=True)
class RosterStats:
    """四个清楚: how many members, their structure and their distribution."""

    total: int
    full: int
    probationary: int
    by_group: list[CountRow] = field(default_factory=list)
    by_category: list[CountRow] = field(default_factory=list)
    by_age: list[CountRow] = field(default_factory=list)
    by_education: list[CountRow] = field(default_factory=list)
    by_gender: list[CountRow] = field(default_factory=list)
    by_party_age: list[CountRow] = field(default_factory=list)
    average_age: float = 0.0
    checks: list[Finding] = field(default_factory=list)
