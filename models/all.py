"""Import every mapped class so ``Base.metadata`` is complete (migrations, tests)."""
from models.base import Base
from models.branch import Branch, PartyGroup
from models.member import Member, MemberEvent
from models.meta import Attachment, MetaEntry

__all__ = ["Attachment", "Base", "Branch", "Member", "MemberEvent", "MetaEntry", "PartyGroup"]
