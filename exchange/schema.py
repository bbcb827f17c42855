"""JSON Schemas of what a bundle holds (docs/bundle-format.md), made from the record tables themselves so the
format cannot drift from the data: ``record.schema.json`` (one line of ``data/records/*.jsonl`` and
``data/roster.jsonl``) and ``summary.schema.json``. They travel in every bundle under ``data/schema/`` and are
checked in under ``docs/schema/`` (a test keeps the copies equal)."""
from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, Table

from exchange.records import CHILD_OF, VOLATILE
from models.all import Base
from models.books import BOOK_OF_TABLE

SCHEMA_VERSION = "1"
DIALECT = "http://json-schema.org/draft-07/schema#"
BASE_ID = "https://branchdesk.invalid/schema/1/"
UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256 = "^[0-9a-f]{64}$"
MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$"


def _type(col: Any) -> dict[str, Any]:
    t = col.type
    if isinstance(t, Boolean):
        base: dict[str, Any] = {"type": "boolean"}
    elif isinstance(t, Integer):
        base = {"type": "integer"}
    elif isinstance(t, Numeric):
        base = {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"}
    elif isinstance(t, DateTime):
        base = {"type": "string"}
    elif isinstance(t, Date):
        base = {"type": "string", "format": "date"}
    else:
        base = {"type": "string"}
    if col.nullable:
        base = {**base, "type": [base["type"], "null"]}
    return base


def _fields(t: Table, skip: str = "") -> dict[str, Any]:
    props: dict[str, Any] = {}
    for c in t.c:
        if c.name in VOLATILE or c.name == skip:
            continue
        fks = list(c.foreign_keys)
        if fks:
            target = fks[0].column.table.name
            ref = c.name[:-3] if c.name.endswith("_id") else c.name
            if target in BOOK_OF_TABLE:
                props[ref] = {"type": ["string", "null"], "pattern": UUID}
            elif target == "attachment":
                props["attachment"] = {"type": "string", "pattern": r"^[0-9a-f]{64}(\.[A-Za-z0-9]{1,16})?$"}
            elif target == "indicator":
                props["indicator"] = {"type": ["string", "null"]}
            continue
        props[c.name] = _type(c)
    return props


def _table_def(name: str) -> dict[str, Any]:
    tables = Base.metadata.tables
    props = _fields(tables[name])
    for child, (parent, col) in CHILD_OF.items():
        if parent == name:
            cp = _fields(tables[child], skip=col)
            props[child] = {"type": "array", "items": {"type": "object", "properties": cp,
                                                       "additionalProperties": False}}
    props["amendments"] = {"type": "array", "items": {
        "type": "object", "required": ["amended_at", "reason", "before"],
        "properties": {"amended_at": {"type": ["string", "null"]}, "reason": {"type": "string"},
                       "before": {"type": "string"}}, "additionalProperties": False}}
    return {"type": "object", "properties": props, "additionalProperties": False}


@cache
def record_schema() -> dict[str, Any]:
    defs = {name: _table_def(name) for name in BOOK_OF_TABLE}
    return {
        "$schema": DIALECT, "$id": BASE_ID + "record.schema.json",
        "title": "One record of a branch's books, as a line of data/records/<book>.jsonl or data/roster.jsonl",
        "type": "object",
        "required": ["book", "table", "uuid", "version", "state", "deleted", "updated_at", "hash", "payload"],
        "properties": {
            "book": {"enum": sorted(set(BOOK_OF_TABLE.values()))},
            "table": {"enum": list(BOOK_OF_TABLE)},
            "uuid": {"type": "string", "pattern": UUID},
            "version": {"type": "integer", "minimum": 0},
            "state": {"type": "string"},
            "deleted": {"type": "boolean"},
            "updated_at": {"type": "string"},
            "hash": {"type": "string", "pattern": SHA256},
            "payload": {"type": ["object", "null"]},
        },
        "additionalProperties": False,
        "allOf": [{"if": {"properties": {"table": {"const": n}, "payload": {"type": "object"}}},
                   "then": {"properties": {"payload": {"$ref": f"#/$defs/{n}"}}}} for n in BOOK_OF_TABLE],
        "$defs": defs,
    }


_COUNT = {"type": "integer", "minimum": 0}


@cache
def summary_schema() -> dict[str, Any]:
    return {
        "$schema": DIALECT, "$id": BASE_ID + "summary.schema.json",
        "title": "data/summary.json: the counts the committee checks and ranks a branch's month on",
        "type": "object",
        "required": ["schema_version", "branch", "period", "as_of", "members", "meetings", "obligations", "metrics",
                     "pledges", "dues", "development", "benchmark", "changes"],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "branch": {"type": "object", "required": ["code", "name", "type", "superior"],
                       "properties": {k: {"type": "string"} for k in ("code", "name", "type", "superior")}},
            "period": {"type": "string", "pattern": MONTH},
            "as_of": {"type": "string", "format": "date"},
            "members": {"type": "object", "required": ["total", "full", "probationary", "by_group"],
                        "properties": {"total": _COUNT, "full": _COUNT, "probationary": _COUNT,
                                       "by_group": {"type": "object", "additionalProperties": _COUNT}}},
            "meetings": {"type": "object", "additionalProperties": {
                "type": "object", "required": ["count", "due", "present"],
                "properties": {"count": _COUNT, "due": _COUNT, "present": _COUNT}}},
            "obligations": {"type": "array", "items": {
                "type": "object", "required": ["kind", "name", "period", "state", "source", "meetings"],
                "properties": {"kind": {"type": "string"}, "name": {"type": "string"}, "period": {"type": "string"},
                               "state": {"enum": ["done", "due", "overdue", "before_start"]}, "source": {"type": "string"},
                               "meetings": {"type": "array", "items": {"type": "string", "pattern": UUID}}}}},
            "metrics": {"type": "object", "additionalProperties": {"type": "string"}},
            "pledges": {"type": "object", "required": ["year", "count", "rate"],
                        "properties": {"year": {"type": "integer"}, "count": _COUNT,
                                       "rate": {"type": ["number", "null"]}}},
            "dues": {"type": "object", "required": ["due_cents", "paid_cents", "members_due", "members_paid"],
                     "properties": {k: _COUNT for k in ("due_cents", "paid_cents", "members_due", "members_paid")}},
            "development": {"type": "object", "additionalProperties": _COUNT},
            "benchmark": {"type": "object", "required": ["set", "total", "out_of"],
                          "properties": {"set": {"type": ["string", "null"]}, "total": {"type": ["string", "null"]},
                                         "out_of": {"type": ["string", "null"]},
                                         "scores": {"type": "object", "additionalProperties": {"type": "string"}}}},
            "changes": {"type": "object", "additionalProperties": {
                "type": "object", "required": ["new", "changed", "deleted"],
                "properties": {"new": _COUNT, "changed": _COUNT, "deleted": _COUNT}}},
            "reports": {"type": "array", "items": {"type": "string"}},
        },
    }


def schema_files() -> dict[str, bytes]:
    """The files under ``data/schema/`` and ``docs/schema/``."""
    return {n: (json.dumps(s, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
            for n, s in (("record.schema.json", record_schema()), ("summary.schema.json", summary_schema()))}


class Validators:
    """Compiled validators (fastjsonschema turns each schema into Python code: a first bundle of thousands of records
    checks in a fraction of a second); a record line is checked against its table's definition only."""

    def __init__(self) -> None:
        import fastjsonschema

        rs = record_schema()
        envelope = {k: v for k, v in rs.items() if k not in ("allOf", "$defs")}
        self.envelope = fastjsonschema.compile(envelope)
        self.tables = {n: fastjsonschema.compile({"$schema": DIALECT, **d}) for n, d in rs["$defs"].items()}
        self.summary = fastjsonschema.compile(summary_schema())

    @staticmethod
    def _errors(check: Any, data: Any) -> list[str]:
        import fastjsonschema

        try:
            check(data)
        except fastjsonschema.JsonSchemaValueException as e:
            return [e.message[:300]]
        return []

    def line_errors(self, line: Any) -> list[str]:
        errs = self._errors(self.envelope, line)
        if not errs and isinstance(line.get("payload"), dict):
            errs = self._errors(self.tables[line["table"]], line["payload"])
        return errs

    def summary_errors(self, data: Any) -> list[str]:
        return self._errors(self.summary, data)


@cache
def validators() -> Validators:
    return Validators()
