"""The fifteen record books (台账) in one place: their numbers, names, tables, page and printed forms.

Everything that lists the books derives from ``BOOKS``: the command line's choices (``list``, ``report``), the
window's side list, the yearly volume's order and titles, the bundle's record files and the names shown in the
export preview and in ``check``. A new book is one entry here (plus its page, service and renderers).

Books 3–7 (三会一课) share one page, one table and one record file; each of them is a ``Part`` with its own
number and printed title. Every other book is one part. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from models.i18n import pick

Scope = Literal["as_of", "period", "year", "record", "member", "day"]


@dataclass(frozen=True)
class FormSpec:
    """A printed form. ``key`` is the command line's ``report`` kind; ``render`` names the adapter in
    reports/forms.py (``module:function``) that takes (ws, FormRequest, out, fonts) and returns the page count.
    ``scope`` says what the form is printed for: the roster as at a day, a period, a year, one record, one
    member, or one day (a sign-in sheet)."""
    key: str
    zh: str
    en: str
    scope: Scope
    render: str
    requires: Literal["", "id", "member"] = ""  # the command line's option without which the form cannot print

    @property
    def name(self) -> str:
        return pick(self.zh, self.en)


@dataclass(frozen=True)
class Part:
    """One numbered book as the yearly volume prints it."""
    no: int
    key: str
    title: str  # the printed title in the volume


@dataclass(frozen=True)
class Book:
    key: str  # records/<key>.jsonl, ``list <key>``
    zh: str  # the book's name (side list, export preview, check)
    en: str
    parts: tuple[Part, ...]
    tables: tuple[str, ...]  # the record tables (rows with a UUID) whose lines go into records/<key>.jsonl
    page: str  # ``module:Class`` of its page in the window
    forms: tuple[FormSpec, ...] = ()

    @property
    def numbers(self) -> str:
        first, last = self.parts[0].no, self.parts[-1].no
        return str(first) if first == last else f"{first}–{last}"

    @property
    def name(self) -> str:
        return pick(self.zh, self.en)

    @property
    def label(self) -> str:
        """“3–7 三会一课”: number and name, as the side list and the export preview show it."""
        return f"{self.numbers} {self.name}"


def _f(key: str, zh: str, en: str, scope: Scope, fn: str | None = None,
       requires: Literal["", "id", "member"] = "") -> FormSpec:
    return FormSpec(key, zh, en, scope, f"reports.forms:{fn or key.replace('-', '_')}", requires)


MEETING_KINDS = ("general", "committee", "group", "lesson", "partyday")

BOOKS: tuple[Book, ...] = (
    Book("profile", "支部基本情况", "Branch profile", (Part(1, "profile", "支部基本情况"),),
         ("branch", "party_group", "committee_term"), "ui.profile_page:ProfilePage",
         (_f("profile", "支部基本情况表", "Branch profile", "as_of"),)),
    Book("roster", "党员花名册", "Member roster", (Part(2, "roster", "党员花名册"),),
         ("member",), "ui.roster_page:RosterPage",
         (_f("roster", "党员花名册", "Member roster", "as_of"),)),
    Book("meetings", "三会一课", "Meetings (三会一课)",
         (Part(3, "general", "支部党员大会记录"), Part(4, "committee", "支部委员会会议记录"),
          Part(5, "group", "党小组会记录"), Part(6, "lesson", "党课记录"), Part(7, "partyday", "主题党日活动记录")),
         ("meeting",), "ui.meetings_page:MeetingsPage",
         (_f("meeting", "会议记录", "Meeting record", "record", requires="id"),
          _f("meetings", "三会一课登记表", "Meetings register", "period"),
          _f("signin", "签到表", "Sign-in sheet", "day"))),
    Book("orglife", "组织生活会", "Organisational life", (Part(8, "orglife", "组织生活会记录"),),
         ("orglife_problem", "orglife_speech", "remediation_item"), "ui.orglife_page:OrgLifePage",
         (_f("orglife", "组织生活会记录和整改清单", "Organisational life and remediation", "year"),)),
    Book("appraisal", "民主评议党员", "Democratic appraisal", (Part(9, "appraisal", "民主评议党员"),),
         ("appraisal",), "ui.appraisal_page:AppraisalPage",
         (_f("appraisal", "民主评议党员登记表", "Appraisal register", "year"),)),
    Book("talks", "谈心谈话", "Heart-to-heart talks", (Part(10, "talks", "谈心谈话记录"),),
         ("talk",), "ui.talks_page:TalksPage",
         (_f("talks", "谈心谈话记录", "Talks record", "period"),)),
    Book("dues", "党费收缴登记", "Dues register", (Part(11, "dues", "党费收缴登记"),),
         ("dues_account", "dues_payment", "dues_handup"), "ui.dues_page:DuesPage",
         (_f("dues", "党费收缴登记表", "Dues register", "year"),
          _f("dues-member", "本人党费交纳记录", "One member's dues", "member", requires="member"),
          _f("dues-statement", "年度党费收缴情况公布", "Dues statement of the year", "year"))),
    Book("development", "发展党员全程纪实", "Recruitment record", (Part(12, "development", "发展党员全程纪实"),),
         ("applicant", "dev_step"), "ui.development_page:DevelopmentPage",
         (_f("development", "发展党员全程纪实表（或年度名册）", "Recruitment record (or the year's rosters)", "record"),)),
    Book("transfers", "组织关系转接与流动党员", "Transfers and members away",
         (Part(13, "transfers", "组织关系转接与流动党员"),),
         ("transfer_letter", "away_member"), "ui.transfers_page:TransfersPage",
         (_f("transfers", "组织关系转接与流动党员登记表", "Transfers and members away", "year"),)),
    Book("pledges", "党员承诺践诺", "Member pledges", (Part(14, "pledges", "党员承诺践诺"),),
         ("pledge", "pledge_progress", "pledge_posting"), "ui.pledges_page:PledgesPage",
         (_f("pledges", "践诺台账", "Pledge ledger", "year"),
          _f("pledge-board", "承诺公示栏", "Pledge board", "year"),
          _f("pledge-sheet", "承诺书", "Pledge sheets", "member"),
          _f("pledge-summary", "评诺汇总表", "Pledge assessment summary", "year"))),
    Book("plans", "计划总结与对标考评", "Plans and benchmark", (Part(15, "plans", "工作计划、总结与对标考评"),),
         ("plan_doc", "indicator_set", "assessment"), "ui.plans_page:PlansPage",
         (_f("plans", "工作计划、总结和对标自评", "Plans, summaries and self-assessments", "year"),)),
)

# Tables that are not a book's records: detail rows nested in their record's line (exchange/records.py CHILD_OF),
# and the program's own bookkeeping, which never leaves the workspace as records.
DETAIL_TABLES = ("member_event", "meeting_attendance", "meeting_attachment", "motion", "committee_seat", "indicator",
                 "assessment_score", "pledge_evidence", "dues_base_change")
OWN_TABLES = ("meta", "row_seal", "amendment", "standard_override", "attachment", "bundle_record", "bundle_sent",
              "held_receipt")

VOLUME_FORM = _f("book", "年度台账", "Yearly volume", "year", "volume")

BY_KEY: dict[str, Book] = {b.key: b for b in BOOKS}
BOOK_OF_TABLE: dict[str, str] = {t: b.key for b in BOOKS for t in b.tables}
PARTS: tuple[Part, ...] = tuple(p for b in BOOKS for p in b.parts)
FORMS: dict[str, FormSpec] = {f.key: f for b in BOOKS for f in b.forms} | {VOLUME_FORM.key: VOLUME_FORM}
# what ``list`` accepts: every book, and each meeting kind on its own
LIST_KEYS: tuple[str, ...] = tuple(dict.fromkeys([*(b.key for b in BOOKS), *MEETING_KINDS]))


def book(key: str) -> Book:
    return BY_KEY[key]


def label(key: str) -> str:
    """The book's number and name for a record file's key; an unknown key as it is."""
    b = BY_KEY.get(key)
    return b.label if b else key
