"""谈心谈话 service (book 10): talks, the recycle bin, and who nobody has talked with this year."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from models.base import utcnow
from models.db import Workspace
from models.errors import FieldIssue, UserError, ValidationError
from models.i18n import pick
from models.member import Member, on_roster_from
from models.rules.periods import Period
from models.services.live import get_row
from models.talk import Talk


@dataclass
class TalkInput:
    held_on: date | None
    talker: str
    member_id: int | None
    topic: str = ""
    content: str = ""
    follow_up: str = ""
    place: str = ""


@dataclass(frozen=True)
class TalkRow:
    id: int
    uuid: str
    held_on: date
    talker: str
    member_id: int
    member: str
    topic: str
    content: str
    follow_up: str
    place: str
    version: int
    deleted: bool


@dataclass(frozen=True)
class NotTalkedWith:
    member_id: int
    name: str
    group: str


class TalkService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def _check(self, t: TalkInput, today: date) -> None:
        issues = []
        if t.held_on is None:
            issues.append(FieldIssue("held_on", pick("谈话日期：必填", "Date: required")))
        elif t.held_on > today:
            issues.append(FieldIssue("held_on", pick("谈话日期：不能晚于今天", "Date: cannot be in the future")))
        if not t.talker.strip():
            issues.append(FieldIssue("talker", pick("谈话人：必填", "Who talked: required")))
        if t.member_id is None:
            issues.append(FieldIssue("member_id", pick("谈话对象：必填", "Talked with: required")))
        if not (t.topic.strip() or t.content.strip()):
            issues.append(FieldIssue("topic", pick("请填写谈话主题或内容", "Give the topic or the content")))
        if not issues and t.member_id is not None and t.held_on is not None:
            with self.ws.session() as s:
                m = s.get(Member, t.member_id)
                if m is None or ((on_roster_from(m) or t.held_on) > t.held_on) or (m.left_on and m.left_on <= t.held_on):
                    issues.append(FieldIssue("member_id", pick("谈话对象在谈话当天不在本支部花名册上",
                                                               "That member was not on the roster on that day")))
        if issues:
            raise ValidationError(issues)

    def add(self, t: TalkInput, today: date | None = None) -> TalkRow:
        self._check(t, today or date.today())
        with self.ws.session() as s:
            row = Talk()
            _apply(row, t)
            s.add(row)
            s.flush()
            tid = row.id
        return self.get(tid)

    def update(self, talk_id: int, t: TalkInput, expected_version: int | None = None,
               today: date | None = None) -> TalkRow:
        self._check(t, today or date.today())
        with self.ws.session() as s:
            row = get_row(s, Talk, talk_id, version=expected_version)
            _apply(row, t)
            row.version += 1
            row.updated_at = utcnow()
        return self.get(talk_id)

    def delete(self, talk_id: int) -> None:
        with self.ws.session() as s:
            row = s.get(Talk, talk_id)
            if row is not None:
                row.deleted_at = utcnow()
                row.version += 1

    def restore(self, talk_id: int) -> None:
        with self.ws.session() as s:
            row = s.get(Talk, talk_id)
            if row is not None:
                row.deleted_at = None
                row.version += 1

    def get(self, talk_id: int) -> TalkRow:
        rows = self.list_talks(ids=[talk_id], deleted=None)
        if not rows:
            raise UserError(pick("找不到该谈话记录。", "That talk record does not exist."))
        return rows[0]

    def list_talks(self, period: Period | None = None, deleted: bool | None = False,
                   ids: list[int] | None = None) -> list[TalkRow]:
        with self.ws.session() as s:
            q = select(Talk, Member.name).join(Member, Member.id == Talk.member_id)
            if deleted is not None:
                q = q.where(Talk.deleted_at.is_not(None) if deleted else Talk.deleted_at.is_(None))
            if period is not None:
                q = q.where(Talk.held_on >= period.start, Talk.held_on <= period.end)
            if ids is not None:
                q = q.where(Talk.id.in_(ids))
            return [TalkRow(t.id, t.uuid, t.held_on, t.talker, t.member_id, name, t.topic, t.content, t.follow_up,
                            t.place, t.version, t.deleted_at is not None)
                    for t, name in s.execute(q.order_by(Talk.held_on.desc(), Talk.id.desc()))]

    def not_talked_with(self, start: date, end: date) -> list[NotTalkedWith]:
        """Members on the roster at the end of the span (or today) whom nobody talked with in it."""
        from models.services.roster import RosterService

        on = min(end, date.today())
        talked = {t.member_id for t in self.list_talks(Period("", start, end))}
        return [NotTalkedWith(m.id, m.name, m.group) for m in RosterService(self.ws).list_members(on=on)
                if m.id not in talked]


def _apply(row: Talk, t: TalkInput) -> None:
    assert t.held_on is not None and t.member_id is not None
    row.held_on, row.talker, row.member_id = t.held_on, t.talker.strip(), t.member_id
    row.topic, row.content, row.follow_up, row.place = t.topic.strip(), t.content.strip(), t.follow_up.strip(), t.place.strip()
