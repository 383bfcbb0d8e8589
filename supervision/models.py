"""Every model, imported once so that SQLAlchemy and Alembic see the whole schema."""
from .access_log import NoteRead
from .audit import AuditEvent
from .auth.models import ApiToken, PasswordReset, SignInFailure, User
from .hours.models import HoursEntry
from .notes.models import Approval, Note, PhiDismissal, Revision
from .notifications.models import Notification
from .programs.models import Invitation, NoteShare, PeerGroup, PeerGroupMember, Program, SupervisionAssignment
from .reflection.models import Competency, Reflection, ReflectionComment, ReflectionPrompt, ReflectionVersion
from .threads.models import Annotation, AnnotationAnchor, Comment

__all__ = [
    "Annotation", "AnnotationAnchor", "ApiToken", "Approval", "AuditEvent", "Comment", "Competency", "HoursEntry",
    "Invitation", "Note", "NoteRead", "NoteShare", "Notification", "PasswordReset", "PeerGroup", "PeerGroupMember",
    "PhiDismissal", "Program", "Reflection", "ReflectionComment", "ReflectionPrompt", "ReflectionVersion", "Revision",
    "SignInFailure", "SupervisionAssignment", "User",
]
