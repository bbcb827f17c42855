"""The rule values in force for this branch: resources/standards with the branch's recorded overrides."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.base import utcnow
from models.db import Workspace
from models.errors import FieldIssue, ValidationError
from models.i18n import pick
from models.meta import StandardOverride
from models.rules.dues import table_problem
from models.rules.meetings import EVERY
from models.rules.standards import Standard, load_standards
from models.services.reading import remembered


@dataclass(frozen=True)
class StandardInForce:
    standard: Standard
    value: Any
    overridden: bool
    reason: str = ""


def is_period_rule(key: str) -> bool:
    """Rules whose value is how often something is due: month, quarter or year."""
    return key.startswith("meeting_every_") or key.endswith("_every")


class StandardsService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    @remembered
    def in_force(self) -> dict[str, StandardInForce]:
        with self.ws.session() as s:
            overrides = {o.key: o for o in s.scalars(select(StandardOverride))}
        out = {}
        for key, std in load_standards().items():
            o = overrides.get(key)
            out[key] = (StandardInForce(std, json.loads(o.value), True, o.reason) if o
                        else StandardInForce(std, std.value, False))
        return out

    def value(self, key: str) -> Any:
        return self.in_force()[key].value

    def override(self, key: str, value: Any, reason: str) -> None:
        """Record the branch's own value with the reason (e.g. a local rule: 党课每学期2次)."""
        std = load_standards().get(key)
        if std is None:
            raise ValidationError([FieldIssue("key", pick(f"没有规则“{key}”", f"No rule “{key}”"))])
        if not reason.strip():
            raise ValidationError([FieldIssue("reason", pick("请写明修改依据（如本地文件）", "Say why (e.g. the local rule)"))])
        if type(value) is not type(std.value) and not (isinstance(std.value, float) and isinstance(value, int)):
            raise ValidationError([FieldIssue("value", pick(f"“{value}”的类型不对", f"“{value}” has the wrong type"))])
        if isinstance(value, list) and not value:
            raise ValidationError([FieldIssue("value", pick("不能为空", "cannot be empty"))])
        if key == "pledges_per_member" and not (len(value) == 2 and all(isinstance(x, int) for x in value)
                                                and 0 <= value[0] <= value[1]):
            raise ValidationError([FieldIssue("value", pick("应为最少和最多两个数，如 2、5", "two numbers, fewest and most"))])
        if key.startswith("dues_") and (problem := table_problem(key, value)):
            raise ValidationError([FieldIssue("value", problem)])
        if key in ("dev_contacts", "dev_extension_months", "dev_approval_within_months") and not (
                len(value) == 2 and all(isinstance(x, int) for x in value) and 0 < value[0] <= value[1]):
            raise ValidationError([FieldIssue("value", pick("应为最少和最多两个数，如 6、12", "two numbers, least and most"))])
        if is_period_rule(key):
            if value not in EVERY:
                raise ValidationError([FieldIssue("value", pick("应为每月、每季度或每年（month、quarter、year）", "must be every month, quarter or year (month, quarter, year)"))])
        with self.ws.session() as s:
            s.merge(StandardOverride(key=key, value=json.dumps(value), reason=reason.strip(), set_at=utcnow()))

    def reset(self, key: str) -> None:
        with self.ws.session() as s:
            o = s.get(StandardOverride, key)
            if o is not None:
                s.delete(o)


