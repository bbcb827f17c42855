"""Import every mapped class so ``Base.metadata`` is complete (migrations, tests)."""
from models.appraisal import Appraisal
from models.base import Base
from models.branch import Branch, PartyGroup
from models.development import Applicant, DevStep
from models.dues import DuesAccount, DuesHandUp, DuesPayment
from models.meeting import Amendment, Meeting, MeetingAttachment, MeetingAttendance, Motion, StandardOverride
from models.member import Member, MemberEvent
from models.meta import Attachment, MetaEntry
from models.pledge import Pledge, PledgeEvidence, PledgePosting, PledgeProgress
from models.talk import Talk

# tables made by raw SQL in migrations (full-text search), not by the models
UNMAPPED_TABLE_PREFIXES = ("meeting_fts",)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """For Alembic autogenerate and the drift test: leave the full-text tables out."""
    return not (type_ == "table" and name is not None and name.startswith(UNMAPPED_TABLE_PREFIXES))

__all__ = ["Appraisal", "Applicant", "DevStep", "DuesAccount", "DuesHandUp", "DuesPayment", "Talk", "Amendment", "Attachment", "Base", "Branch", "Meeting", "MeetingAttachment", "MeetingAttendance",
           "Member", "MemberEvent", "MetaEntry", "Motion", "PartyGroup", "Pledge", "PledgeEvidence", "PledgePosting", "PledgeProgress", "StandardOverride",
           "UNMAPPED_TABLE_PREFIXES", "include_name"]
