"""Every model, imported once so that SQLAlchemy and Alembic see the whole schema."""
from .audit import AuditEvent
from .auth.models import ApiToken, User
from .hours.models import HoursEntry
from .notes.models import Approval, Note, PhiDismissal, Revision
from .notifications.models import Notification
from .programs.models import Invitation, Program, SupervisionAssignment
from .threads.models import Annotation, AnnotationAnchor, Comment

__all__ = [
    "Annotation", "AnnotationAnchor", "ApiToken", "Approval", "AuditEvent", "Comment", "HoursEntry", "Invitation", "Note", "Notification",
    "PhiDismissal", "Program", "Revision", "SupervisionAssignment", "User",
]
