"""Import every mapped class so ``Base.metadata`` is complete (migrations, tests)."""
from models.appraisal import Appraisal
from models.base import Base
from models.branch import Branch, CommitteeSeat, CommitteeTerm, PartyGroup
from models.bundle import BundleRecord, BundleSent, HeldReceipt
from models.development import Applicant, DevStep
from models.dues import DuesAccount, DuesBaseChange, DuesHandUp, DuesPayment
from models.meeting import Meeting, MeetingAttachment, MeetingAttendance, Motion
from models.member import Member, MemberEvent
from models.meta import Amendment, Attachment, MetaEntry, RowSeal, StandardOverride
from models.orglife import OrgLifeProblem, OrgLifeSpeech, RemediationItem
from models.plan import Assessment, AssessmentScore, Indicator, IndicatorSet, PlanDoc
from models.pledge import Pledge, PledgeEvidence, PledgePosting, PledgeProgress
from models.talk import Talk
from models.transfer import AwayMember, TransferLetter

# tables made by raw SQL in migrations (full-text search), not by the models
UNMAPPED_TABLE_PREFIXES = ("meeting_fts",)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """For Alembic autogenerate and the drift test: leave the full-text tables out."""
    return not (type_ == "table" and name is not None and name.startswith(UNMAPPED_TABLE_PREFIXES))

__all__ = ["Appraisal", "BundleRecord", "BundleSent", "HeldReceipt", "Assessment", "AssessmentScore", "AwayMember", "CommitteeSeat", "CommitteeTerm", "Indicator",
           "IndicatorSet", "OrgLifeProblem", "OrgLifeSpeech", "PlanDoc", "RemediationItem", "TransferLetter", "Applicant", "DevStep", "DuesAccount", "DuesBaseChange", "DuesHandUp", "DuesPayment", "Talk", "Amendment", "Attachment", "Base", "Branch", "Meeting", "MeetingAttachment", "MeetingAttendance",
           "Member", "MemberEvent", "MetaEntry", "RowSeal", "Motion", "PartyGroup", "Pledge", "PledgeEvidence", "PledgePosting", "PledgeProgress", "StandardOverride",
           "UNMAPPED_TABLE_PREFIXES", "include_name"]
